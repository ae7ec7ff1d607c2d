"""Derive stage, reference data: common given names of people in U.S., Canadian and Mexican news.

A run of capitalised words that opens with one of these names ("Mark Fields", "Alice Desjardins") is a
person even with no title or reporting verb around it. Names that are also common capitalised words,
months, places or brands ("May", "June", "Will", "Grant", "Georgia", "Jordan", "Chase") are left out.
"""

from __future__ import annotations

GIVEN_NAMES = frozenset(
    """
    aaron abigail adam adrian adriana agustin agustín alan albert alberto alejandro alex alexander alexandra alfonso
    alfred alfredo alice alicia allan allen alvaro álvaro amanda amy ana andrea andrew andrés andres andy angela
    angelo ann anna anne annie anthony antonio armando arnold arthur arturo audrey barbara barry beatriz ben benjamin
    bernard bernardo betty beverly bill billy blanca bob bobby bonnie brad bradley brandon brenda brent brett brian
    bruce bruno bryan candice carl carla carlos carmen carol caroline carolyn catherine cecilia celine charles
    charlie cheryl chris christian christina christine christopher chrystia chuck cindy claire clara claude claudia
    clayton colin connie constance craig cristina curtis cynthia dale dan dana daniel daniela danielle darrell dave
    david dean deborah debra denis denise dennis derek diana diane diego dominic donald donna doris dorothy
    doug douglas duncan dwight earl ed eddie edgar edith eduardo edward edwin eileen elaine eleanor elena elizabeth
    ellen elon emilio emily emma enrique eric erica erik ernesto esteban esther ethel eugene eva evelyn federico
    felipe felix fernando frances francisco françois francois frank franklin fred frederick gabriel
    gabriela gail gary gene geoffrey george gerald gerard gerardo gilbert gilles glen glenn gloria gordon graciela
    greg gregory guillermo gustavo harold harriet harry harvey hector héctor heather helen henry herbert
    hilary hillary howard hugh hugo ian ignacio ildefonso irene isabel jack jacqueline jacques jaime james jamie jane
    janet janice jason javier jean jeff jeffrey jennifer jeremy jerome jerry jesse jessica jesús jesus jill jim jimmy
    joan joanne joe joel john johnny jon jonathan jorge josé jose joseph joshua joyce juan juana judith judy julia
    julian julie julio justin karen karl kate katherine kathleen kathryn kathy keith kelly ken kenneth kevin kim kirk
    kristen larry laura laurent lawrence leonard leonardo leslie lester linda lisa lloyd lois lorenzo lori louis
    louise lucia lucía luis luz lynn malcolm manuel marc marcel marcelo marco marcos margaret maria maría marian
    marie marilyn mario marion marjorie marlin martha martin marty mary matthew maurice max maxime megan melanie
    melissa michael michel michele michelle miguel mike mildred mitch mitchell monica monique nancy natalie nathan
    neil nicholas nicolas nicole norma norman olga oliver omar oscar óscar pablo pamela pat patricia patrick paul
    paula pauline pedro peggy penny peter phil philip phillip pierre rafael ralph ramón ramon randy raúl raul ray
    raymond rebecca reince renata rené rene rex ricardo richard rick ricky rita robert roberta roberto robin
    rodrigo roger roland ron ronald rosa ruth ryan salvador sam samuel sandra sara sarah scott sean sergio
    sharon sheila sherrod shirley simon sonia sophie stanley stephanie stephen steve steven stuart susan suzanne
    sylvia tammy ted teresa terry thelma theresa thomas tim timothy tina todd tom tommy tony tracy valerie vanessa
    vera veronica vicente victor víctor vincent virginie walter wanda warren wayne wendy wilbur willard william
    yolanda yves
    akio eliot elliott gerhard hans heinz helmut hiroshi jake juergen jurgen klaus kurt takeshi toshio wolfgang
    yasuhiro
    """.split()
)
