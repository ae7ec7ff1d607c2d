"""Derive stage, people and organisations: a gazetteer of the NAFTA (2017-2018) and U.S.-Canada (1987) talks,
plus context rules for names nobody listed.

One alternation scans the gazetteer; runs of capitalised words are people when a title, a role, a U.S. state
in parentheses, a reporting verb or an appositive says so, and organisations when they end in an
institutional word. Judgement calls:

- "the Trump administration" names Donald Trump: it is a person mention (the gold set agrees).
- A bare surname is the person only if the article named them in full before, or the gazetteer allows
  the surname alone in the article's era ("Trudeau" is Justin after 2012, Pierre before 1985).
- Companies get a party only when their name says so ("Canadian Forest Industry Council"): General Motors,
  Ford and Fiat Chrysler are multinationals, so their party is None.
- "Ford" is the company unless a first name precedes it ("Gerald Ford", "Doug Ford").
- Think tanks, newspapers and private associations get no party unless their name or the text ties them to
  a country (the Atlantic Council rule); government bodies get their government's.
- "Chad Bown of the Peterson Institute": the name stops before "of" and an organisation or a place, which
  may give the party ("Sen. John Smith of South Dakota").
- A person's party is the gazetteer's, else the country the title names ("Canadian Trade Minister"),
  a U.S. state in parentheses, or a U.S.-only title ("Sen.", "Rep.", "Congressman"); all mentions of a
  person in one article share the first party found.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from indexer.derive.dates import year_told_at
from indexer.derive.gazetteer import NATIONALITIES
from indexer.derive.given_names import GIVEN_NAMES
from indexer.models import Article, Mention

US, CA, MX = "united-states", "canada", "mexico"
ERAS = {
    "*": (0, 9999), "1970s": (1965, 1995), "1980s": (1978, 1995), "2000s": (1999, 2011), "2010s": (2012, 2035),
    "2000s-2010s": (2004, 2035),
    "": None,
    "full": None,  # named in full only: the bare surname is never this person ("Taylor" is not Zachary Taylor)
}  # fmt: skip


@dataclass(frozen=True)
class Person:
    """A known person: canonical name, party, usual role, other names, and when the surname alone is them."""

    name: str
    party: str | None
    role: str | None
    aliases: tuple[str, ...] = ()
    era: tuple[int, int] | None = None  # years in which the bare surname refers to this person
    full_name_only: bool = False  # era "full": a bare surname found by its context is never this person


@dataclass(frozen=True)
class Organization:
    """A known organisation: canonical name, party (None for multinationals and international bodies)."""

    name: str
    party: str | None
    aliases: tuple[str, ...] = ()


def _rows(text: str) -> list[str]:
    """The rows of a table; a line that starts with "|" continues the aliases that end the row above."""
    rows: list[str] = []
    for line in filter(None, (line.strip() for line in text.splitlines())):
        if line.startswith("|") and rows:
            rows[-1] += line
        else:
            rows.append(line)
    return rows


def _people(rows: str) -> tuple[Person, ...]:
    """Parse "name; party; role; alias|alias; era" rows."""
    people = []
    for row in _rows(rows):
        name, party, role, aliases, era = (cell.strip() for cell in row.split(";"))
        party = {"us": US, "ca": CA, "mx": MX}.get(party)
        aliases = tuple(filter(None, aliases.split("|")))
        people.append(Person(name, party, role or None, aliases, ERAS[era], full_name_only=era == "full"))
    return tuple(people)


def _organizations(rows: str) -> tuple[Organization, ...]:
    """Parse "name; party; alias|alias" rows."""
    orgs = []
    for row in _rows(rows):
        name, party, aliases = (cell.strip() for cell in row.split(";"))
        orgs.append(
            Organization(name, {"us": US, "ca": CA, "mx": MX}.get(party), tuple(filter(None, aliases.split("|"))))
        )
    return tuple(orgs)


PEOPLE = _people("""
    Donald Trump; us; President; Trump|Donald J. Trump|President Trump; 2010s
    Mike Pence; us; Vice President; Pence|Michael Pence; 2010s
    Robert Lighthizer; us; U.S. Trade Representative; Lighthizer|Bob Lighthizer|Robert E. Lighthizer; *
    Wilbur Ross; us; Commerce Secretary; Ross|Wilbur L. Ross; 2010s
    Steven Mnuchin; us; Treasury Secretary; Mnuchin|Steve Mnuchin; *
    Rex Tillerson; us; Secretary of State; Tillerson; *
    Mike Pompeo; us; Secretary of State; Pompeo; *
    Gary Cohn; us; economic adviser; Cohn; 2010s
    Peter Navarro; us; trade adviser; Navarro; 2010s
    Larry Kudlow; us; economic adviser; Kudlow; *
    Jared Kushner; us; senior adviser; Kushner; *
    Sonny Perdue; us; Agriculture Secretary; Perdue; 2010s
    John Melle; us; chief negotiator; Melle; *
    Vernon Walters; us; U.N. ambassador; Vernon A. Walters; full
    Jake Garn; us; Senator; Garn; 1980s
    John Tower; us; Senator; ; full
    Brent Scowcroft; us; National Security Adviser; Scowcroft; *
    Melvin Laird; us; Defense Secretary; ; full
    C.J. Mahoney; us; Deputy U.S. Trade Representative; Mahoney; 2010s
    Kelly Knight Craft; us; Ambassador; Kelly Craft;
    John Thune; us; Sen.; Thune; *
    Cory Gardner; us; Sen.; Gardner; 2010s
    Pat Roberts; us; Sen.; ;
    Lindsey Graham; us; Sen.; ;
    Chuck Grassley; us; Sen.; Grassley|Charles Grassley|Charles E. Grassley; *
    Orrin Hatch; us; Sen.; Hatch; 2010s
    Ron Wyden; us; Sen.; Wyden; *
    Sherrod Brown; us; Sen.; ;
    Ben Sasse; us; Sen.; Sasse; *
    Pat Toomey; us; Sen.; Toomey; *
    Mitch McConnell; us; Senate Majority Leader; McConnell; *
    Chuck Schumer; us; Sen.; Schumer; *
    Paul Ryan; us; Speaker of the House; ;
    Nancy Pelosi; us; Speaker of the House; Pelosi; *
    Kevin Brady; us; Rep.; ;
    Richard Neal; us; Rep.; ;
    Bill Pascrell; us; Rep.; Pascrell; *
    Barack Obama; us; President; Obama; *
    Bill Clinton; us; President; ;
    George W. Bush; us; President; Bush; 2000s
    George H. W. Bush; us; President; George Bush|George H.W. Bush|George H W Bush|Bush; 1980s
    Justin Trudeau; ca; Prime Minister; Trudeau; 2010s
    Pierre Trudeau; ca; Prime Minister; Pierre Elliott Trudeau|Trudeau; 1970s
    Chrystia Freeland; ca; Foreign Minister; Freeland; *
    Steve Verheul; ca; chief negotiator; Verheul; *
    François-Philippe Champagne; ca; Trade Minister; Francois-Philippe Champagne;
    Bill Morneau; ca; Finance Minister; Morneau; *
    David MacNaughton; ca; Ambassador; MacNaughton; *
    Jim Carr; ca; Trade Minister; ;
    Andrew Scheer; ca; Conservative leader; Scheer; *
    Stephen Poloz; ca; Governor of the Bank of Canada; Poloz; *
    Doug Ford; ca; Premier of Ontario; ;
    Jerry Dias; ca; Unifor president; Dias; 2010s
    Stephen Harper; ca; Prime Minister; Harper; 2000s-2010s
    Jean Chrétien; ca; Prime Minister; Chrétien|Chretien|Jean Chretien; *
    Mark Carney; ca; Governor of the Bank of Canada; ;
    Enrique Peña Nieto; mx; President; Peña Nieto|Pena Nieto|Enrique Pena Nieto; *
    Andrés Manuel López Obrador; mx; President; López Obrador|Lopez Obrador|Andres Manuel Lopez Obrador|AMLO; *
    Ildefonso Guajardo; mx; Secretary of Economy; Guajardo|Ildefonso Guajardo Villarreal; *
    Luis Videgaray; mx; Foreign Minister; Videgaray; *
    Jesús Seade; mx; chief negotiator; Seade|Jesus Seade; *
    Kenneth Smith Ramos; mx; chief negotiator; Smith Ramos|Kenneth Smith; *
    Juan Carlos Baker; mx; Undersecretary of Foreign Trade; ;
    Marcelo Ebrard; mx; Foreign Minister; Ebrard; *
    Graciela Márquez; mx; Secretary of Economy; Graciela Marquez|Graciela Márquez Colín|Graciela Marquez Colin;
    Carlos Salinas de Gortari; mx; President; Salinas de Gortari|Carlos Salinas|Salinas; 1980s
    Jaime Serra Puche; mx; Secretary of Trade; Serra Puche|Jaime Serra; *
    Moisés Kalach; mx; business negotiator; Moises Kalach|Kalach; *
    Ronald Reagan; us; President; Reagan; *
    Clayton Yeutter; us; U.S. Trade Representative; Yeutter; *
    Peter Murphy; us; chief negotiator; Murphy; 1980s
    Malcolm Baldrige; us; Commerce Secretary; Baldrige; *
    James Baker; us; Treasury Secretary; James A. Baker|James Baker III|Baker; 1980s
    Richard Lyng; us; Agriculture Secretary; Lyng; *
    George Shultz; us; Secretary of State; Shultz; *
    Lloyd Bentsen; us; Sen.; Bentsen; *
    Robert Byrd; us; Sen.; Byrd; 1980s
    Richard Gephardt; us; Rep.; Gephardt; *
    Dan Rostenkowski; us; Rep.; Rostenkowski; *
    Jim Wright; us; Speaker of the House; James Wright;
    Bob Dole; us; Sen.; Dole; 1980s
    Max Baucus; us; Sen.; Baucus; *
    John Danforth; us; Sen.; Danforth; 1980s
    Alan Greenspan; us; Federal Reserve Chairman; Greenspan; *
    Paul Volcker; us; Federal Reserve Chairman; Volcker; *
    Alan Woods; us; Deputy U.S. Trade Representative; ;
    Bruce Smart; us; Under Secretary of Commerce; ;
    Carla Hills; us; U.S. Trade Representative; ;
    Mickey Kantor; us; U.S. Trade Representative; Kantor; *
    Brian Mulroney; ca; Prime Minister; Mulroney; *
    Simon Reisman; ca; chief negotiator; Reisman; *
    Gordon Ritchie; ca; deputy chief negotiator; ;
    Pat Carney; ca; Trade Minister; Patricia Carney|Carney; 1980s
    Michael Wilson; ca; Finance Minister; Wilson; 1980s
    Joe Clark; ca; External Affairs Minister; Clark; 1980s
    John Crosbie; ca; Transport Minister; Crosbie; *
    Allan Gotlieb; ca; Ambassador; Gotlieb; *
    Derek Burney; ca; chief of staff; Burney; 1980s
    Sylvia Ostry; ca; Ambassador; Ostry; *
    John Turner; ca; Liberal leader; ;
    Ed Broadbent; ca; New Democratic Party leader; Broadbent; *
    Lloyd Axworthy; ca; Liberal member of Parliament; Axworthy; *
    Gerald Bouey; ca; Governor of the Bank of Canada; Bouey; *
    John Crow; ca; Governor of the Bank of Canada; ;
    Robert Bourassa; ca; Premier of Quebec; Bourassa; *
    David Peterson; ca; Premier of Ontario; ;
    Don Getty; ca; Premier of Alberta; Getty; 1980s
    Brian Peckford; ca; Premier of Newfoundland; Peckford; *
    Grant Devine; ca; Premier of Saskatchewan; Devine; 1980s
    Miguel de la Madrid; mx; President; De la Madrid|de la Madrid|Miguel de la Madrid Hurtado; *
    Gustavo Petricioli; mx; Finance Minister; Petricioli; *
    Héctor Hernández Cervantes; mx; Secretary of Trade; Hernandez Cervantes|Hector Hernandez Cervantes; *
    Jesús Silva Herzog; mx; Finance Minister; Silva Herzog|Jesus Silva Herzog; *
    Gerald Ford; us; President; President Ford;
    Richard Nixon; us; President; Nixon|Richard M. Nixon; *
    Jimmy Carter; us; President; President Carter;
    John F. Kennedy; us; President; President Kennedy;
    Lyndon B. Johnson; us; President; Lyndon Johnson;
    Dwight D. Eisenhower; us; President; Eisenhower|Dwight Eisenhower; *
    Franklin D. Roosevelt; us; President; Franklin Roosevelt|President Roosevelt;
    Harry S. Truman; us; President; Harry Truman|President Truman;
    Christopher Dodd; us; Sen.; Dodd|Chris Dodd; 1980s
    George Mitchell; us; Sen.; Mitchell; 1980s
    Daniel Patrick Moynihan; us; Sen.; Moynihan|Patrick Moynihan; *
    Bill Frenzel; us; Rep.; Frenzel; *
    Sam Gibbons; us; Rep.; Gibbons; 1980s
    John Heinz; us; Sen.; Heinz; 1980s
    William Lyon Mackenzie King; ca; Prime Minister; Mackenzie King|W. L. Mackenzie King; *
    Louis St. Laurent; ca; Prime Minister; St. Laurent|Louis St-Laurent|St-Laurent; *
    Lester B. Pearson; ca; Prime Minister; Lester Pearson; *
    John Diefenbaker; ca; Prime Minister; Diefenbaker; *
    Kim Campbell; ca; Prime Minister; ;
    Paul Martin; ca; Prime Minister; ;
    Marcel Masse; ca; Energy Minister; Masse; 1980s
    Tom Hockin; ca; Minister of State for Finance; Hockin; 1980s
    Vicente Fox; mx; President; ;
    Felipe Calderón; mx; President; Felipe Calderon|Calderón|Calderon; *
    Ernesto Zedillo; mx; President; Zedillo; *
    José López Portillo; mx; President; López Portillo|Lopez Portillo|Jose Lopez Portillo; *
    Luis Echeverría; mx; President; Echeverría|Echeverria|Luis Echeverria; *
    Lázaro Cárdenas; mx; President; Lazaro Cardenas;
    Jorge Castañeda; mx; Foreign Minister; Castañeda|Castaneda|Jorge Castaneda; *
    Patricia Espinosa; mx; Foreign Minister; ;
    Carlos Slim; mx; businessman; ;
    William McKinley; us; President; President McKinley;
    Theodore Roosevelt; us; President; Teddy Roosevelt|President Theodore Roosevelt;
    William Howard Taft; us; President; President Taft|William H. Taft;
    Woodrow Wilson; us; President; President Wilson;
    Warren G. Harding; us; President; Warren Harding|President Harding;
    Calvin Coolidge; us; President; President Coolidge;
    Herbert Hoover; us; President; President Hoover;
    Joe Biden; us; Vice President; Joseph Biden|Joseph R. Biden;
    Walter Mondale; us; Vice President; ;
    Dan Quayle; us; Vice President; ;
    Al Gore; us; Vice President; ;
    Dick Cheney; us; Vice President; ;
    Kamala Harris; us; Vice President; ;
    Robert Strauss; us; U.S. Trade Representative; Robert S. Strauss;
    Bill Brock; us; U.S. Trade Representative; William Brock|William E. Brock;
    Charlene Barshefsky; us; U.S. Trade Representative; Barshefsky; *
    Robert Zoellick; us; U.S. Trade Representative; Zoellick; *
    Rob Portman; us; U.S. Trade Representative; Robert Portman;
    Susan Schwab; us; U.S. Trade Representative; ;
    Ron Kirk; us; U.S. Trade Representative; ;
    Michael Froman; us; U.S. Trade Representative; Froman; *
    Katherine Tai; us; U.S. Trade Representative; ;
    William Verity; us; Commerce Secretary; C. William Verity;
    Robert Mosbacher; us; Commerce Secretary; ;
    Ron Brown; us; Commerce Secretary; Ronald Brown;
    William Daley; us; Commerce Secretary; Bill Daley;
    Donald Evans; us; Commerce Secretary; Don Evans;
    Carlos Gutierrez; us; Commerce Secretary; Carlos Gutiérrez;
    Gary Locke; us; Commerce Secretary; ;
    Penny Pritzker; us; Commerce Secretary; ;
    Gina Raimondo; us; Commerce Secretary; ;
    Donald Regan; us; Treasury Secretary; ;
    Nicholas Brady; us; Treasury Secretary; Nicholas F. Brady;
    Robert Rubin; us; Treasury Secretary; ;
    Lawrence Summers; us; Treasury Secretary; Larry Summers;
    Henry Paulson; us; Treasury Secretary; Hank Paulson;
    Timothy Geithner; us; Treasury Secretary; Tim Geithner;
    Jack Lew; us; Treasury Secretary; Jacob Lew;
    Janet Yellen; us; Federal Reserve Chair; ;
    Ben Bernanke; us; Federal Reserve Chairman; ;
    Jerome Powell; us; Federal Reserve Chairman; Jay Powell;
    John Block; us; Agriculture Secretary; John R. Block;
    Edward Madigan; us; Agriculture Secretary; ;
    Mike Espy; us; Agriculture Secretary; ;
    Dan Glickman; us; Agriculture Secretary; ;
    Ann Veneman; us; Agriculture Secretary; ;
    Mike Johanns; us; Agriculture Secretary; ;
    Tom Vilsack; us; Agriculture Secretary; ;
    Alexander Haig; us; Secretary of State; ;
    Warren Christopher; us; Secretary of State; ;
    Madeleine Albright; us; Secretary of State; ;
    Colin Powell; us; Secretary of State; ;
    Condoleezza Rice; us; Secretary of State; ;
    Hillary Clinton; us; Secretary of State; Hillary Rodham Clinton;
    John Kerry; us; Secretary of State; ;
    Antony Blinken; us; Secretary of State; ;
    Robert Reich; us; Labor Secretary; ;
    Alexander Acosta; us; Labor Secretary; Alex Acosta;
    Elaine Chao; us; Transportation Secretary; ;
    Rick Perry; us; Energy Secretary; ;
    Ryan Zinke; us; Interior Secretary; ;
    Scott Pruitt; us; EPA Administrator; ;
    Linda McMahon; us; Small Business Administrator; ;
    James Mattis; us; Defense Secretary; Jim Mattis|Mattis; 2010s
    John F. Kelly; us; White House chief of staff; ;
    Kirstjen Nielsen; us; Homeland Security Secretary; ;
    Jeff Sessions; us; Attorney General; ;
    Nikki Haley; us; U.N. Ambassador; ;
    John Bolton; us; National Security Adviser; ;
    Michael Flynn; us; National Security Adviser; Mike Flynn;
    H. R. McMaster; us; National Security Adviser; H.R. McMaster|McMaster; 2010s
    Steve Bannon; us; chief strategist; Stephen Bannon;
    Reince Priebus; us; White House chief of staff; Priebus; 2010s
    Mick Mulvaney; us; budget director; Mulvaney; 2010s
    Sean Spicer; us; press secretary; Spicer; 2010s
    Sarah Huckabee Sanders; us; press secretary; Sarah Sanders;
    Kellyanne Conway; us; counselor to the President; ;
    Ivanka Trump; us; adviser to the President; ;
    Kevin Hassett; us; economic adviser; Hassett; 2010s
    Newt Gingrich; us; Speaker of the House; ;
    Tom Foley; us; Speaker of the House; Thomas Foley;
    Dennis Hastert; us; Speaker of the House; ;
    John Boehner; us; Speaker of the House; Boehner; 2000s-2010s
    Kevin McCarthy; us; House Majority Leader; ;
    Steny Hoyer; us; House Majority Leader; ;
    Tom Daschle; us; Senate Majority Leader; ;
    Trent Lott; us; Senate Majority Leader; ;
    Harry Reid; us; Senate Majority Leader; ;
    Charles Rangel; us; Representative; Charlie Rangel;
    Bill Thomas; us; Representative; ;
    Dave Camp; us; Representative; ;
    Sander Levin; us; Representative; Sandy Levin;
    Elizabeth Warren; us; Senator; ;
    Bernie Sanders; us; Senator; ;
    Ted Cruz; us; Senator; ;
    Marco Rubio; us; Senator; ;
    Rand Paul; us; Senator; ;
    John McCain; us; Senator; ;
    Debbie Stabenow; us; Senator; ;
    John Cornyn; us; Senator; ;
    Jeff Flake; us; Senator; ;
    Bob Corker; us; Senator; ;
    Ross Perot; us; presidential candidate; H. Ross Perot|Perot; *
    Pat Buchanan; us; presidential candidate; Patrick Buchanan;
    Ralph Nader; us; consumer advocate; Nader; *
    Richard Trumka; us; AFL-CIO president; Trumka; *
    Thomas Donohue; us; Chamber of Commerce president; Tom Donohue;
    Julius Katz; us; Deputy U.S. Trade Representative; ;
    Edwin Meese; us; Attorney General; Ed Meese|Edwin Meese III;
    Betsy DeVos; us; Education Secretary; DeVos; *
    Ben Carson; us; Housing Secretary; ;
    Tom Price; us; Health Secretary; ;
    Neil Gorsuch; us; Supreme Court Justice; Gorsuch; *
    James Comey; us; FBI Director; Comey; *
    John Weekes; ca; chief negotiator; ;
    Flora MacDonald; ca; External Affairs Minister; ;
    Porfirio Díaz; mx; President; Porfirio Diaz;
    John A. Macdonald; ca; Prime Minister; Sir John A. Macdonald;
    Wilfrid Laurier; ca; Prime Minister; Sir Wilfrid Laurier|Laurier; *
    Robert Borden; ca; Prime Minister; Sir Robert Borden;
    Arthur Meighen; ca; Prime Minister; Meighen; *
    R. B. Bennett; ca; Prime Minister; R.B. Bennett|Richard Bedford Bennett;
    Roy MacLaren; ca; Trade Minister; ;
    Art Eggleton; ca; Trade Minister; ;
    Sergio Marchi; ca; Trade Minister; ;
    Pierre Pettigrew; ca; Trade Minister; ;
    Jim Peterson; ca; Trade Minister; ;
    David Emerson; ca; Trade Minister; ;
    Stockwell Day; ca; Trade Minister; ;
    Peter Van Loan; ca; Trade Minister; ;
    Ed Fast; ca; Trade Minister; ;
    Mary Ng; ca; Trade Minister; ;
    Don Mazankowski; ca; Finance Minister; ;
    John Manley; ca; Finance Minister; ;
    Ralph Goodale; ca; Finance Minister; ;
    Jim Flaherty; ca; Finance Minister; ;
    Joe Oliver; ca; Finance Minister; ;
    Barbara McDougall; ca; Foreign Minister; ;
    André Ouellet; ca; Foreign Minister; Andre Ouellet;
    John Baird; ca; Foreign Minister; ;
    Stéphane Dion; ca; Foreign Minister; Stephane Dion;
    Raymond Chrétien; ca; Ambassador; Raymond Chretien;
    Frank McKenna; ca; Ambassador; ;
    Gary Doer; ca; Ambassador; ;
    Kirsten Hillman; ca; Ambassador; ;
    Gordon Thiessen; ca; Bank of Canada Governor; ;
    David Dodge; ca; Bank of Canada Governor; ;
    Tiff Macklem; ca; Bank of Canada Governor; ;
    Jagmeet Singh; ca; NDP leader; ;
    Thomas Mulcair; ca; NDP leader; Tom Mulcair;
    Jack Layton; ca; NDP leader; ;
    Rona Ambrose; ca; Conservative leader; ;
    Rachel Notley; ca; Premier; ;
    Kathleen Wynne; ca; Premier; ;
    Philippe Couillard; ca; Premier; ;
    François Legault; ca; Premier; Francois Legault;
    John Horgan; ca; Premier; ;
    Brad Wall; ca; Premier; ;
    Jason Kenney; ca; Premier; ;
    Miguel Alemán; mx; President; Miguel Aleman|Miguel Alemán Valdés;
    Adolfo López Mateos; mx; President; Adolfo Lopez Mateos;
    Gustavo Díaz Ordaz; mx; President; Gustavo Diaz Ordaz;
    Pedro Aspe; mx; Finance Secretary; ;
    Guillermo Ortiz; mx; Finance Secretary; ;
    José Ángel Gurría; mx; Finance Secretary; Jose Angel Gurria|Angel Gurria|Ángel Gurría;
    Luis Donaldo Colosio; mx; presidential candidate; Colosio|Luis Donaldo Colosio Murrieta; *
    José Francisco Ruiz Massieu; mx; PRI secretary-general; Jose Francisco Ruiz Massieu;
    Cuauhtémoc Cárdenas; mx; opposition leader; Cuauhtemoc Cardenas;
    Manuel Camacho Solís; mx; Mayor of Mexico City; Manuel Camacho|Manuel Camacho Solis;
    Jaime Zabludovsky; mx; deputy chief negotiator; ;
    Francisco Gil Díaz; mx; Finance Secretary; Francisco Gil Diaz;
    Agustín Carstens; mx; Finance Secretary; Agustin Carstens;
    José Antonio Meade; mx; Finance Secretary; Jose Antonio Meade;
    Carlos Urzúa; mx; Finance Secretary; Carlos Urzua;
    Arturo Herrera; mx; Finance Secretary; ;
    Herminio Blanco; mx; Trade Secretary; Herminio Blanco Mendoza;
    Luis Ernesto Derbez; mx; Economy Secretary; ;
    Fernando Canales; mx; Economy Secretary; ;
    Bruno Ferrari; mx; Economy Secretary; ;
    Bernardo Sepúlveda; mx; Foreign Secretary; Bernardo Sepulveda;
    Fernando Solana; mx; Foreign Secretary; ;
    Rosario Green; mx; Foreign Secretary; ;
    Claudia Ruiz Massieu; mx; Foreign Secretary; ;
    Gerónimo Gutiérrez; mx; Ambassador; Geronimo Gutierrez;
    Arturo Sarukhán; mx; Ambassador; Arturo Sarukhan;
    Martha Bárcena; mx; Ambassador; Martha Barcena;
    Miguel Mancera Aguayo; mx; Bank of Mexico Governor; Miguel Mancera;
    Alejandro Díaz de León; mx; Bank of Mexico Governor; Alejandro Diaz de Leon;
    Ricardo Anaya; mx; presidential candidate; ;
    Donald Hodel; us; Interior Secretary; Hodel|Donald P. Hodel; 1980s
    John Herrington; us; Energy Secretary; Herrington|John S. Herrington; 1980s
    Elizabeth Dole; us; Transportation Secretary; ;
    Caspar Weinberger; us; Defense Secretary; Weinberger; *
    Frank Carlucci; us; National Security Adviser; Carlucci; *
    Howard Baker; us; White House chief of staff; Howard H. Baker;
    Marlin Fitzwater; us; White House spokesman; Fitzwater; *
    Larry Speakes; us; White House spokesman; Speakes; *
    John Poindexter; us; National Security Adviser; Poindexter|John M. Poindexter; *
    Robert McFarlane; us; National Security Adviser; McFarlane|Robert C. McFarlane; 1980s
    Oliver North; us; National Security Council aide; Oliver L. North;
    William Casey; us; CIA Director; Casey|William J. Casey; 1980s
    Robert Gates; us; CIA Director; Robert M. Gates;
    William Webster; us; FBI Director; William H. Webster;
    Lawrence Walsh; us; independent counsel; Lawrence E. Walsh;
    Beryl Sprinkel; us; Council of Economic Advisers chairman; Sprinkel; *
    Manuel Johnson; us; Federal Reserve Vice Chairman; Manuel H. Johnson;
    Wayne Angell; us; Federal Reserve governor; Angell; 1980s
    Martha Seger; us; Federal Reserve governor; Seger; 1980s
    Robert Heller; us; Federal Reserve governor; H. Robert Heller;
    Preston Martin; us; Federal Reserve Vice Chairman; ;
    E. Gerald Corrigan; us; New York Federal Reserve Bank president; Gerald Corrigan|Corrigan; 1980s
    David Mulford; us; Assistant Treasury Secretary; Mulford|David C. Mulford; *
    Richard Darman; us; Deputy Treasury Secretary; Darman; *
    Daniel Amstutz; us; Under Secretary of Agriculture; Amstutz|Daniel G. Amstutz; *
    Peter Myers; us; Deputy Agriculture Secretary; ;
    William Seidman; us; FDIC chairman; L. William Seidman|Seidman; *
    Susan Phillips; us; CFTC chairman; ;
    Kalo Hineman; us; CFTC commissioner; Hineman; *
    Frank Naylor; us; Farm Credit Administration chairman; Naylor; 1980s
    Alan Holmer; us; USTR general counsel; Holmer; *
    W. Allen Wallis; us; Under Secretary of State for Economic Affairs; Allen Wallis|Wallis; 1980s
    Bob Packwood; us; Sen.; Robert Packwood|Packwood; *
    Bill Bradley; us; Sen.; Bradley; 1980s
    Donald Riegle; us; Sen.; Don Riegle|Riegle; *
    John Chafee; us; Sen.; Chafee; *
    Ernest Hollings; us; Sen.; Fritz Hollings|Hollings; *
    Jesse Helms; us; Sen.; Helms; *
    Patrick Leahy; us; Sen.; Leahy; *
    Edward Zorinsky; us; Sen.; Zorinsky; *
    David Boren; us; Sen.; Boren; *
    Spark Matsunaga; us; Sen.; Matsunaga; *
    Alan Cranston; us; Sen.; Cranston; *
    Sam Nunn; us; Sen.; Nunn; *
    Richard Lugar; us; Sen.; Lugar; *
    Edward Kennedy; us; Sen.; Ted Kennedy|Edward M. Kennedy;
    Pete Wilson; us; Sen.; ;
    Thad Cochran; us; Sen.; Cochran; *
    Larry Pressler; us; Sen.; Pressler; *
    Tom Harkin; us; Sen.; Harkin; *
    Kent Conrad; us; Sen.; ;
    Quentin Burdick; us; Sen.; Burdick; *
    Mark Andrews; us; Sen.; ;
    David Durenberger; us; Sen.; Dave Durenberger|Durenberger; *
    Rudy Boschwitz; us; Sen.; Boschwitz; *
    Howard Metzenbaum; us; Sen.; Metzenbaum; *
    John Glenn; us; Sen.; ;
    Carl Levin; us; Sen.; ;
    Pete Domenici; us; Sen.; Domenici; *
    Phil Gramm; us; Sen.; Gramm; *
    Warren Rudman; us; Sen.; Rudman; *
    Robert Michel; us; House Republican leader; Bob Michel;
    John Dingell; us; Rep.; Dingell; *
    Don Bonker; us; Rep.; Bonker; *
    Ed Jenkins; us; Rep.; ;
    Phil Crane; us; Rep.; Philip Crane;
    Bill Archer; us; Rep.; ;
    Guy Vander Jagt; us; Rep.; Vander Jagt; *
    Jack Kemp; us; Rep.; Kemp; 1980s
    Helen Bentley; us; Rep.; Helen Delich Bentley;
    Kika de la Garza; us; Rep.; de la Garza|De la Garza; 1980s
    Jamie Whitten; us; Rep.; Whitten; *
    Fernand St. Germain; us; Rep.; Fernand St Germain|St Germain|St. Germain; *
    Dave Reichert; us; Rep.; Reichert; *
    Steve Daines; us; Sen.; Daines; *
    Gregg Doud; us; chief agricultural negotiator; Doud; *
    Jeffrey Gerrish; us; Deputy U.S. Trade Representative; Gerrish; *
    Dennis Shea; us; Deputy U.S. Trade Representative; ;
    Ted McKinney; us; Under Secretary of Agriculture; ;
    Michel Côté; ca; Consumer and Corporate Affairs Minister; Michel Cote;
    Sinclair Stevens; ca; Industry Minister; ;
    Harvie Andre; ca; Consumer and Corporate Affairs Minister; ;
    Robert de Cotret; ca; Treasury Board President; De Cotret|de Cotret; *
    Ray Hnatyshyn; ca; Justice Minister; Hnatyshyn; *
    Perrin Beatty; ca; Defence Minister; Beatty; *
    Tom Siddon; ca; Fisheries Minister; Siddon; *
    James Kelleher; ca; Trade Minister; Jim Kelleher|Kelleher; 1980s
    Jake Epp; ca; Health Minister; ;
    Benoît Bouchard; ca; Transport Minister; Benoit Bouchard;
    Bill McKnight; ca; Agriculture Minister; ;
    Stewart McInnes; ca; Public Works Minister; ;
    Otto Jelinek; ca; Sports Minister; Jelinek; *
    John Wise; ca; Agriculture Minister; ;
    Charles Mayer; ca; Minister responsible for the Canadian Wheat Board; ;
    Don Blenkarn; ca; Commons finance committee chairman; Blenkarn; *
    Germain Denis; ca; deputy chief negotiator; ;
    Howard Pawley; ca; Manitoba Premier; Pawley; *
    Bill Vander Zalm; ca; British Columbia Premier; Vander Zalm; *
    John Buchanan; ca; Nova Scotia Premier; ;
    Richard Hatfield; ca; New Brunswick Premier; Hatfield; 1980s
    Joe Ghiz; ca; Prince Edward Island Premier; Ghiz; *
    Dick Johnston; ca; Alberta Treasurer; ;
    Bob Rae; ca; Ontario NDP leader; ;
    Shirley Carr; ca; Canadian Labour Congress president; ;
    Bob White; ca; Canadian Auto Workers president; ;
    Thomas d'Aquino; ca; Business Council on National Issues president; d'Aquino|Tom d'Aquino; *
    Marc Garneau; ca; Transport Minister; Garneau; 2010s
    Andrew Leslie; ca; parliamentary secretary; ;
    Lawrence MacAulay; ca; Agriculture Minister; MacAulay; 2010s
    Navdeep Bains; ca; Innovation Minister; Bains; 2010s
    Dominic LeBlanc; ca; Minister; ;
    Gerald Butts; ca; Principal Secretary to the Prime Minister; Butts; 2010s
    Katie Telford; ca; Chief of Staff to the Prime Minister; Telford; 2010s
    Flavio Volpe; ca; Automotive Parts Manufacturers' Association president; Volpe; 2010s
    Dennis Darby; ca; Canadian Manufacturers & Exporters president; ;
    Hassan Yussuff; ca; Canadian Labour Congress president; Yussuff; *
    Brian Pallister; ca; Manitoba Premier; Pallister; *
    Scott Moe; ca; Saskatchewan Premier; ;
    Stephen McNeil; ca; Nova Scotia Premier; ;
    Blaine Higgs; ca; New Brunswick Premier; Higgs; 2010s
    Alfredo del Mazo; mx; Energy Minister; Alfredo Del Mazo|del Mazo|Del Mazo; 1980s
    Mario Ramón Beteta; mx; Pemex director; Mario Ramon Beteta|Beteta; 1980s
    Francisco Rojas; mx; Pemex director; ;
    Francisco Suárez Dávila; mx; Deputy Finance Minister; Francisco Suarez Davila;
    Manuel Bartlett; mx; Interior Minister; ;
    Fidel Velázquez; mx; Confederation of Mexican Workers leader; Fidel Velazquez;
    Salvador Behar; mx; deputy chief negotiator; ;
    Juan Pablo Castañón; mx; Consejo Coordinador Empresarial president; Juan Pablo Castanon|Castañón|Castanon; 2010s
    Bosco de la Vega; mx; National Agricultural Council president; ;
    Tatiana Clouthier; mx; campaign manager; Clouthier; 2010s
    Olga Sánchez Cordero; mx; Interior Secretary; Olga Sanchez Cordero;
    Héctor Vasconcelos; mx; Senator; Hector Vasconcelos;
    Miguel Ángel Osorio Chong; mx; Interior Secretary; Miguel Angel Osorio Chong|Osorio Chong; *
    Pedro Joaquín Coldwell; mx; Energy Secretary; Pedro Joaquin Coldwell|Joaquín Coldwell|Joaquin Coldwell; *
    Alfonso Romo; mx; chief of staff; ;
    Yasuhiro Nakasone; ; Prime Minister; Nakasone; 1980s
    Winston Churchill; ; Prime Minister; Churchill; *
    Boris Johnson; ; Prime Minister; ;
    Theresa May; ; Prime Minister; ;
    David Cameron; ; Prime Minister; Cameron; 2010s
    Tony Blair; ; Prime Minister; Blair; 2000s
    Adam Smith; ; economist; ;
    John Maynard Keynes; ; economist; Keynes; *
    David Ricardo; ; economist; ;
    Frédéric Bastiat; ; economist; Frederic Bastiat|Bastiat; *
    Karl Marx; ; philosopher; Marx; *
    Hernán Cortés; ; conquistador; Hernan Cortes|Cortés|Cortes; *
    Christopher Columbus; ; explorer; Columbus;
    Xi Jinping; ; President; Xi; 2010s
    Hu Jintao; ; President; ;
    Deng Xiaoping; ; leader; Deng; 1980s
    Shinzo Abe; ; Prime Minister; Abe; 2010s
    Angela Merkel; ; Chancellor; Merkel; *
    Emmanuel Macron; ; President; Macron; *
    Vladimir Putin; ; President; Putin; *
    Mikhail Gorbachev; ; Soviet leader; Gorbachev; *
    Fidel Castro; ; President; Castro; 1980s
    Hugo Chávez; ; President; Hugo Chavez|Chávez|Chavez; 2000s
    Nicolás Maduro; ; President; Nicolas Maduro|Maduro; *
    Luiz Inácio Lula da Silva; ; President; Lula|Luiz Inacio Lula da Silva; *
    Dilma Rousseff; ; President; Rousseff; *
    Jair Bolsonaro; ; President; Bolsonaro; *
    Mauricio Macri; ; President; Macri; *
    Evo Morales; ; President; ;
    Michelle Bachelet; ; President; Bachelet; *
    Narendra Modi; ; Prime Minister; Modi; *
    Jean-Claude Juncker; ; European Commission President; Juncker; *
    Cecilia Malmström; ; EU Trade Commissioner; Cecilia Malmstrom|Malmström|Malmstrom; *
    Roberto Azevêdo; ; WTO Director-General; Roberto Azevedo|Azevêdo|Azevedo; *
    Pascal Lamy; ; WTO Director-General; Lamy; *
    Christine Lagarde; ; IMF Managing Director; Lagarde; *
    Noboru Takeshita; ; Prime Minister; Takeshita; 1980s
    Kiichi Miyazawa; ; Finance Minister; Miyazawa; 1980s
    Satoshi Sumita; ; Bank of Japan Governor; Sumita; 1980s
    Hajime Tamura; ; Trade and Industry Minister; Tamura; 1980s
    Makoto Kuroda; ; Vice Minister for International Affairs; Kuroda; 1980s
    Margaret Thatcher; ; Prime Minister; Thatcher; 1980s
    Nigel Lawson; ; Chancellor of the Exchequer; Lawson; 1980s
    Helmut Kohl; ; Chancellor; Kohl; 1980s
    Gerhard Stoltenberg; ; Finance Minister; Stoltenberg; 1980s
    Karl Otto Poehl; ; Bundesbank President; Karl Otto Pöhl|Poehl|Pöhl; 1980s
    Edouard Balladur; ; Finance Minister; Balladur; 1980s
    Jacques Delors; ; European Commission President; Delors; 1980s
    Willy De Clercq; ; EC External Relations Commissioner; Willy de Clercq|De Clercq|de Clercq; 1980s
    Dilson Funaro; ; Finance Minister; Funaro; 1980s
    Jose Sarney; ; President; José Sarney|Sarney; 1980s
    Margarita Zavala; mx; presidential candidate; ;
    George Washington; us; President; ; full
    John Adams; us; President; ; full
    Thomas Jefferson; us; President; ; full
    James Madison; us; President; ; full
    James Monroe; us; President; ; full
    John Quincy Adams; us; President; ; full
    Andrew Jackson; us; President; ; full
    Martin Van Buren; us; President; ; full
    William Henry Harrison; us; President; ; full
    John Tyler; us; President; ; full
    James K. Polk; us; President; James Polk; full
    Zachary Taylor; us; President; ; full
    Millard Fillmore; us; President; ; full
    Franklin Pierce; us; President; ; full
    James Buchanan; us; President; ; full
    Abraham Lincoln; us; President; ; full
    Andrew Johnson; us; President; ; full
    Ulysses S. Grant; us; President; Ulysses Grant; full
    Rutherford B. Hayes; us; President; Rutherford Hayes; full
    James A. Garfield; us; President; James Garfield; full
    Chester A. Arthur; us; President; Chester Arthur; full
    Grover Cleveland; us; President; ; full
    Benjamin Harrison; us; President; ; full
    Nelson Rockefeller; us; Vice President; ; full
    Spiro Agnew; us; Vice President; ; full
    Henry A. Wallace; us; Vice President; ; full
    Aaron Burr; us; Vice President; ; full
    John C. Calhoun; us; Vice President; ; full
    Alexander Mackenzie; ca; Prime Minister; ; full
    John Abbott; ca; Prime Minister; Sir John Abbott; full
    John Sparrow Thompson; ca; Prime Minister; Sir John Thompson|John Sparrow David Thompson; full
    Mackenzie Bowell; ca; Prime Minister; ; full
    Charles Tupper; ca; Prime Minister; Sir Charles Tupper; full
    Benito Juárez; mx; President; Benito Juarez; full
    Antonio López de Santa Anna; mx; President; Antonio Lopez de Santa Anna|Santa Anna; full
    Francisco I. Madero; mx; President; Francisco Madero; full
    Victoriano Huerta; mx; President; ; full
    Venustiano Carranza; mx; President; ; full
    Álvaro Obregón; mx; President; Alvaro Obregon; full
    Plutarco Elías Calles; mx; President; Plutarco Elias Calles; full
    Manuel Ávila Camacho; mx; President; Manuel Avila Camacho; full
    Adolfo Ruiz Cortines; mx; President; ; full
    James Clapper; us; Director of National Intelligence; ; full
    Michael S. Rogers; us; NSA Director; Mike Rogers; full
    Thomas P. Bossert; us; Homeland Security Adviser; Tom Bossert; full
    David Bonior; us; Rep.; ; full
    Dick Armey; us; House Majority Leader; ; full
    John Kelly; us; White House Chief of Staff; John F. Kelly; full
    Stephen Miller; us; senior adviser; ; full
    David Shulkin; us; Veterans Affairs Secretary; Shulkin; 2010s
    Dan Coats; us; Director of National Intelligence; Coats; 2010s
    Jason Greenblatt; us; special representative for international negotiations; Greenblatt; 2010s
    Sally Yates; us; acting Attorney General; Yates; 2010s
    Devin Nunes; us; Rep.; Nunes; 2010s
    Adam Schiff; us; Rep.; Schiff; 2010s
    Richard Burr; us; Sen.; Burr; 2010s
    Mark Warner; us; Sen.; ; full
    Heidi Heitkamp; us; Sen.; Heitkamp; 2010s
    Claire McCaskill; us; Sen.; McCaskill; 2010s
    Tim Kaine; us; Sen.; Kaine; 2010s
    Chris Christie; us; Governor of New Jersey; Christie; 2010s
    Rudy Giuliani; us; Mayor of New York; Rudolph Giuliani|Giuliani; 2000s-2010s
    Hope Hicks; us; White House communications director; ; full
    Anthony Scaramucci; us; White House communications director; Scaramucci; 2010s
    Rod Rosenstein; us; Deputy Attorney General; Rosenstein; 2010s
    Robert Mueller; us; special counsel; Robert S. Mueller|Robert S. Mueller III|Mueller; 2010s
    Jeff Zients; us; National Economic Council director; Zients; *
    Stephen Vaughn; us; USTR general counsel; ; full
    Peter MacKay; ca; Minister of Foreign Affairs; ; full
    Audrey McLaughlin; ca; New Democratic Party leader; ; full
    Preston Manning; ca; Reform Party leader; ; full
    Lucien Bouchard; ca; Bloc Québécois leader; ; full
    Jacques Parizeau; ca; Premier of Quebec; Parizeau; *
    Jesús Silva-Herzog; mx; Finance Secretary; Jesus Silva Herzog|Jesús Silva Herzog|Silva Herzog|Silva-Herzog; *
    Henry Kissinger; us; Secretary of State; Kissinger; *
    Joe Arpaio; us; Sheriff; Arpaio; *
    Paul Manafort; us; campaign chairman; Manafort; 2010s
    Carter Page; us; campaign adviser; ; full
    Corey Lewandowski; us; campaign manager; Lewandowski; 2010s
    Joseph F. Dunford Jr.; us; Chairman of the Joint Chiefs of Staff; Joseph Dunford|Joseph Dunford Jr.|Dunford; 2010s
    Dana Boente; us; acting Attorney General; Boente; 2010s
    Thomas Homan; us; acting ICE director; Tom Homan|Homan; 2010s
    Daniel Ragsdale; us; acting ICE director; Ragsdale; 2010s
    Michael Hayden; us; CIA director; Michael V. Hayden; full
    Richard Burt; us; Ambassador to Germany; ; full
""")

ORGANIZATIONS = _organizations("""
    Office of the United States Trade Representative; us; USTR|Office of the U.S. Trade Representative
        |Office of the US Trade Representative|U.S. Trade Representative's office
    U.S. Congress; us; Congress|United States Congress|US Congress
    Senate; us; U.S. Senate|US Senate|United States Senate
    U.S. House of Representatives; us; House of Representatives|U.S. House|United States House of Representatives
    House Ways and Means Committee; us; Ways and Means Committee|House Ways and Means|Ways and Means
        |House Committee on Ways and Means|Committee on Ways and Means
    Senate Finance Committee; us; Senate Finance|Senate Committee on Finance|Committee on Finance
    House Appropriations Committee; us; House Committee on Appropriations|Committee on Appropriations
    Senate Appropriations Committee; us; Senate Committee on Appropriations
    White House; us;
    U.S. Department of Commerce; us; Commerce Department|U.S. Commerce Department|Department of Commerce
        |US Commerce Department
    U.S. Department of Agriculture; us; Agriculture Department|U.S. Agriculture Department|USDA
        |Department of Agriculture
    U.S. Department of the Treasury; us; Treasury Department|U.S. Treasury|Treasury
    U.S. Department of State; us; State Department|U.S. State Department
    U.S. Department of Labor; us; Labor Department|U.S. Labor Department|Department of Labor
    U.S. International Trade Commission; us; International Trade Commission|ITC|USITC
    U.S. Customs Service; us; Customs Service|U.S. Customs|United States Customs Service
    U.S. Customs and Border Protection; us; Customs and Border Protection|CBP|U.S. Customs and Border Protection
    Federal Reserve; us; Federal Reserve Board|Fed
    U.S. Chamber of Commerce; us; US Chamber of Commerce
    AFL-CIO; us;
    United Auto Workers; us; UAW
    National Association of Manufacturers; us;
    Business Roundtable; us;
    American Farm Bureau Federation; us; Farm Bureau
    Republican Party; us; GOP
    Democratic Party; us;
    Bank of Canada; ca;
    Global Affairs Canada; ca;
    Department of External Affairs; ca; External Affairs Department|External Affairs Canada
        |Department of External Affairs and International Trade
    Statistics Canada; ca;
    House of Commons; ca; Commons
    Parliament of Canada; ca; Canadian Parliament|Parliament
    Senate of Canada; ca; Canadian Senate
    Progressive Conservative Party; ca; Progressive Conservatives|Progressive Conservative
        |Progressive Conservative Party of Canada|Tories
    Liberal Party of Canada; ca; Liberal Party
    New Democratic Party; ca; NDP
    Canadian Chamber of Commerce; ca;
    Business Council of Canada; ca;
    Canadian Labour Congress; ca;
    Unifor; ca;
    Dairy Farmers of Canada; ca;
    The Globe and Mail; ca; Globe and Mail
    Bank of Mexico; mx; Banco de Mexico|Banco de México|Banxico
    Secretariat of Economy; mx; Secretaría de Economía|Secretaria de Economia|Mexican Economy Ministry
        |Mexico's Economy Ministry
    Institutional Revolutionary Party; mx; PRI
    National Action Party; mx; PAN
    Morena; mx; MORENA
    Consejo Coordinador Empresarial; mx; CCE|Business Coordinating Council
    Pemex; mx; Petróleos Mexicanos|Petroleos Mexicanos|PEMEX
    General Motors; ; GM|General Motors Corp|General Motors Co|General Motors Corporation
    Ford; ; Ford Motor|Ford Motor Co|Ford Motor Company
    Fiat Chrysler; ; Fiat Chrysler Automobiles|FCA
    Chrysler; ; Chrysler Corp|Chrysler Corporation
    American Motors; ; American Motors Corp
    Toyota; ; Toyota Motor|Toyota Motor Corp
    Honda; ; Honda Motor
    Nissan; ; Nissan Motor
    Volkswagen; ; VW
    Bombardier; ;
    Manufacturers Hanover Trust Co; ; Manufacturers Hanover|Manufacturers Hanover Trust|Manufacturers Hanover Corp
    Citibank; ; Citicorp
    Chase Manhattan Bank; ; Chase Manhattan|Chase Manhattan Corp
    Bank of America; ; BankAmerica|BankAmerica Corp
    Morgan Guaranty Trust Co; ; Morgan Guaranty|Morgan Guaranty Trust
    Merrill Lynch; ; Merrill Lynch and Co|Merrill Lynch Co|Merrill Lynch, Pierce, Fenner and Smith|
    |Merrill Lynch, Pierce, Fenner and Smith Inc|Merrill Lynch, Pierce, Fenner & Smith
    James Capel; ; James Capel and Co|James Capel & Co
    Goldman Sachs; ; Goldman Sachs and Co|Goldman, Sachs and Co
    Salomon Brothers; ; Salomon Brothers Inc
    Cargill; ; Cargill Inc
    Boeing; ;
    Caterpillar; ; Caterpillar Inc
    European Commission; ; EC Commission
    European Community; ; EC|European Economic Community|EEC
    European Union; ; EU
    General Agreement on Tariffs and Trade; ; GATT
    GATT Council; ;
    World Trade Organization; ; WTO
    International Monetary Fund; ; IMF
    World Bank; ;
    Organisation for Economic Co-operation and Development; ; OECD|Organization for Economic Cooperation and Development
    United Nations; ; U.N.|UN
    Organization of American States; ; OAS
    Reuters; ;
    Peterson Institute for International Economics; ; Peterson Institute|PIIE
    Institute for International Economics; ;
    Brookings Institution; ; Brookings|Brookings Institute
    Cato Institute; ; Cato
    C.D. Howe Institute; ; C. D. Howe Institute|CD Howe Institute|C.D. Howe
    Council on Foreign Relations; ;
    American Enterprise Institute; ; AEI
    Heritage Foundation; ;
    Conference Board of Canada; ca;
    Conference Board; ;
    Wall Street Journal; ; The Wall Street Journal
    New York Times; ; The New York Times
    Washington Post; ; The Washington Post
    Los Angeles Times; ;
    Journal of Commerce; ;
    Financial Times; ;
    Toronto Star; ; The Toronto Star
    Financial Post; ; The Financial Post
    National Post; ;
    El Economista; ;
    El Financiero; ;
    El Universal; ;
    La Jornada; ;
    Associated Press; ;
    Bloomberg; ;
    Euromoney; ;
    The Economist; ; Economist
    Business Week; ; BusinessWeek
    BBC; ; British Broadcasting Corporation
    CBC; ca; Canadian Broadcasting Corporation|CBC News
    Politico; ;
    Inside U.S. Trade; ;
    Canadian Press; ca;
    Environmental Protection Agency; us; EPA|U.S. Environmental Protection Agency
    Food and Drug Administration; us; FDA|U.S. Food and Drug Administration
    Federal Trade Commission; us; FTC
    Securities and Exchange Commission; us; SEC
    Interstate Commerce Commission; us;
    Federal Energy Regulatory Commission; us; FERC
    Federal Communications Commission; us; FCC
    Commodity Credit Corporation; us; CCC|Commodity Credit Corp
    U.S. Department of Energy; us; Energy Department|U.S. Energy Department|Department of Energy
    U.S. Department of Justice; us; Justice Department|U.S. Justice Department|Department of Justice
    U.S. Department of Defense; us; Defense Department|U.S. Defense Department|Department of Defense|Pentagon
    U.S. Department of Transportation; us; Transportation Department|Department of Transportation
    U.S. Department of the Interior; us; Interior Department|Department of the Interior
    U.S. Department of Homeland Security; us; Department of Homeland Security|Homeland Security Department
    U.S. Immigration and Customs Enforcement; us; Immigration and Customs Enforcement|ICE
    Joint Chiefs of Staff; us;
    Office of Management and Budget; us; OMB
    Congressional Budget Office; us; CBO
    General Accounting Office; us; GAO|Government Accountability Office
    Office of Technology Assessment; us; OTA
    Export-Import Bank; us; Export-Import Bank of the United States|Ex-Im Bank|Eximbank
    National Security Council; us; NSC
    Council of Economic Advisers; us;
    U.S. Court of International Trade; us; Court of International Trade
    Supreme Court; us; U.S. Supreme Court
    Senate Agriculture Committee; us;
    House Agriculture Committee; us;
    Senate Foreign Relations Committee; us;
    House Energy and Commerce Committee; us; Energy and Commerce Committee
    House Foreign Affairs Committee; us;
    Senate Banking Committee; us;
    House Banking Committee; us;
    National Farmers Union; ;
    National Pork Producers Council; ; NPPC
    National Cattlemen's Beef Association; ;
    American Iron and Steel Institute; us;
    Motor Vehicle Manufacturers Association; ;
    American Automotive Policy Council; us;
    Canadian International Trade Tribunal; ca; CITT
    Canadian Import Tribunal; ca;
    Investment Canada; ca;
    Agriculture Canada; ca; Agriculture and Agri-Food Canada
    Industry Canada; ca; Innovation, Science and Economic Development Canada
    Revenue Canada; ca;
    Treasury Board of Canada; ca; Treasury Board
    Transport Canada; ca;
    Employment and Immigration Canada; ca;
    Energy, Mines and Resources Canada; ca;
    Export Development Corporation; ca; Export Development Canada|EDC
    Canadian Wheat Board; ca; Wheat Board
    Canadian Dairy Commission; ca;
    Canadian Radio-television and Telecommunications Commission; ca; CRTC
    Commission for Environmental Cooperation; ; CEC
    Canadian Manufacturers' Association; ca; Canadian Manufacturers Association|Canadian Manufacturers’ Association
    Canadian Manufacturers & Exporters; ca; Canadian Manufacturers and Exporters
    Canadian Federation of Independent Business; ca; CFIB
    Canadian Federation of Agriculture; ca;
    Business Council on National Issues; ca; BCNI
    Canadian Vehicle Manufacturers' Association; ca; Canadian Vehicle Manufacturers Association
    Automotive Parts Manufacturers' Association; ca; Automotive Parts Manufacturers Association
    Toronto Stock Exchange; ca;
    Saskatchewan Wheat Pool; ca;
    Secretariat of Commerce and Industrial Development; mx; SECOFI|Secofi|Mexican Commerce Ministry
        |Mexico's Commerce Ministry|Mexican Trade Ministry|Mexico's Trade Ministry
    Secretariat of Finance and Public Credit; mx; Mexican Finance Ministry|Mexico's Finance Ministry
    Secretariat of Foreign Affairs; mx; Mexican Foreign Ministry|Mexico's Foreign Ministry|Foreign Relations Ministry
    Mexican Senate; mx; Senate of Mexico|Senado
    Mexican Congress; mx; Congress of Mexico
    Confederation of Mexican Workers; mx; CTM
    National Agricultural Council; mx; Consejo Nacional Agropecuario
    Supreme Court of Canada; ca; Canadian Supreme Court
    Commodity Futures Trading Commission; us; CFTC
    Federal Deposit Insurance Corporation; us; Federal Deposit Insurance Corp|FDIC
    Farm Credit Administration; us;
    Federal Home Loan Bank Board; us;
    Comptroller of the Currency; us; Office of the Comptroller of the Currency
    Central Intelligence Agency; us; CIA
    National Security Agency; us; NSA
    Federal Bureau of Investigation; us; FBI
    Internal Revenue Service; us; IRS
    Foreign Agricultural Service; us;
    Small Business Administration; us;
    Overseas Private Investment Corporation; us; OPIC
    Federal Reserve Bank of New York; us; New York Federal Reserve Bank|New York Fed
    National Energy Board; ca;
    Foreign Investment Review Agency; ca; FIRA
    Ontario Securities Commission; ca;
    Canadian Transport Commission; ca;
    Canada Border Services Agency; ca;
    Petro-Canada; ca; Petro Canada|PetroCanada
    Nacional Financiera; mx; Nafinsa
    Comisión Federal de Electricidad; mx; Comision Federal de Electricidad|Federal Electricity Commission
    Conasupo; mx;
    Secretariat of Energy; mx; Mexico's Energy Ministry|Mexican Energy Ministry
    Coparmex; mx;
    European Parliament; ;
    Asian Development Bank; ;
    Inter-American Development Bank; ; IDB
    Paris Club; ;
    Organization of Petroleum Exporting Countries; ; OPEC
    Group of Seven; ; G7|G-7|Group of 7
    Group of Five; ; G5|G-5
    Group of Ten; ; G10|G-10|Group of 10
    Group of 20; ; G20|G-20|Group of Twenty
    Asia-Pacific Economic Cooperation; ; APEC
    North Atlantic Treaty Organization; ; NATO
    United Nations Conference on Trade and Development; ; UNCTAD
    United Nations Security Council; ; U.N. Security Council|UN Security Council
    International Court of Justice; ; World Court
    World Economic Forum; ;
    Southern Common Market; ; Mercosur|Mercosul
    League of Nations; ;
    Bank for International Settlements; ; BIS
    International Energy Agency; ; IEA
    European Central Bank; ; ECB
    Bank of Japan; ;
    Bundesbank; ; Deutsche Bundesbank
    Bank of England; ;
    Ministry of International Trade and Industry; ; MITI|Japan's Ministry of International Trade and Industry
    Keidanren; ; Federation of Economic Organisations|Federation of Economic Organizations
    Pew Research Center; ;
    The Guardian; ;
    The Telegraph; ; Daily Telegraph
    The Times; ;
    The Atlantic; ;
    South China Morning Post; ;
    Nikkei Asian Review; ;
    PolitiFact; ;
    Kyodo News; ; Kyodo News Service|Kyodo
    Xinhua; ; Xinhua News Agency
    Agence France-Presse; ; AFP
    CNN; ;
    Fox News; ;
    CBS; ; CBS News
    NBC; ; NBC News
    New York Stock Exchange; us; NYSE
    Lockheed Martin; ;
    McDonnell Douglas; ;
    Whirlpool Corporation; ; Whirlpool
    United States Steel Corporation; us; U.S. Steel|USX
    Shearson Lehman Brothers; ; Shearson Lehman
    JPMorgan Chase; ; JP Morgan Chase
    Johnson & Johnson; ;
    Telmex; mx; Teléfonos de México
    Canadian Auto Workers; ca; CAW
    United Steelworkers; ; United Steelworkers of America
    Teamsters; ; International Brotherhood of Teamsters
    Ontario Federation of Labour; ca;
""")

US_STATES = (
    "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|"
    "Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|"
    "Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|"
    "North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|"
    "Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|"
    "Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Kans|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|"
    "N\\.H|N\\.J|N\\.M|N\\.Y|N\\.C|N\\.D|Okla|Ore|Pa|R\\.I|S\\.C|S\\.D|Tenn|Tex|Vt|Va|Wash|W\\.Va|Wis|Wyo|"
    "AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|"  # postal codes
    "NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC"
)
PROVINCES = (
    "Ontario|Quebec|Québec|British Columbia|Alberta|Saskatchewan|Manitoba|Nova Scotia|New Brunswick|"
    "Newfoundland|Prince Edward Island|Yukon|Nunavut|Northwest Territories"
)
# Words that open a title: whatever capitalised name follows them is a person.
TITLE_WORDS = {
    "historian",
    "historians",
    "scholar",
    "sen",
    "senator",
    "senators",
    "sens",
    "rep",
    "reps",
    "representative",
    "representatives",
    "congressman",
    "congresswoman",
    "congressmen",
    "secretary",
    "secretaries",
    "minister",
    "ministers",
    "president",
    "presidents",
    "chancellor",
    "governor",
    "gov",
    "ambassador",
    "chairman",
    "chairwoman",
    "chair",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "commissioner",
    "director",
    "premier",
    "premiers",
    "mayor",
    "leader",
    "judge",
    "justice",
    "dr",
    "mr",
    "mrs",
    "ms",
    "sir",
    "lord",
    "undersecretary",
    "negotiator",
    "negotiators",
    "economist",
    "analyst",
    "investigator",
    "lawyer",
    "lawyers",
    "attorney",
    "deputy",
    "chief",
    "speaker",
    "whip",
    "lawmaker",
    "king",
    "queen",
    "prince",
    "envoy",
    "consul",
    "ceo",
    "treasurer",
    "administrator",
    "adviser",
    "advisor",
    "aide",
    "manager",
    "columnist",
    "official",
    "professor",
    "executive",
    "head",
    "vice-president",
    "vice-chairman",
    "member",
    "mp",
    "counsel",
    "editor",
    "founder",
    "owner",
    "partner",
    "trader",
    "dealer",
    "correspondent",
    "commentator",
    "writer",
    "candidate",
    "lobbyist",
    "officer",
    "investor",
    "businessman",
    "businesswoman",
}
PLACES = {
    "japan",
    "china",
    "tokyo",
    "britain",
    "england",
    "france",
    "germany",
    "italy",
    "spain",
    "brazil",
    "korea",
    "taiwan",
    "australia",
    "india",
    "europe",
    "london",
    "paris",
    "bonn",
    "brussels",
    "geneva",
    "venice",
    "moscow",
    "beijing",
    "peking",
    "seoul",
    "sydney",
    "toronto",
    "montreal",
    "vancouver",
    "chicago",
    "york",
    "texas",
    "california",
    "argentina",
    "chile",
    "peru",
    "colombia",
    "venezuela",
    "indonesia",
    "malaysia",
    "singapore",
    "thailand",
    "philippines",
    "pakistan",
    "israel",
    "egypt",
    "nigeria",
    "kenya",
    "russia",
    "poland",
    "hungary",
    "sweden",
    "norway",
    "denmark",
    "finland",
    "netherlands",
    "holland",
    "belgium",
    "switzerland",
    "austria",
    "greece",
    "turkey",
    "iran",
    "iraq",
    "kuwait",
    "saudi",
    "arabia",
    "zealand",
    "ireland",
    "scotland",
    "asia",
    "africa",
    "latin",
    "pacific",
    "atlantic",
    "ottawa",
    "quebec",
    "ontario",
    "alberta",
    "saskatchewan",
    "manitoba",
    "columbia",
    "hong",
    "kong",
    "soviet",
    "union",
    "world",
    "gulf",
    "city",
    "county",
    "street",
    "ecuador",
    "trinidad",
    "trinidad-tobago",
    "tobago",
    "cuba",
    "jamaica",
    "bolivia",
    "uruguay",
    "paraguay",
    "nicaragua",
    "guatemala",
    "honduras",
    "panama",
    "costa",
    "rica",
    "haiti",
    "portugal",
    "luxembourg",
    "iceland",
    "yugoslavia",
    "romania",
    "bulgaria",
    "czechoslovakia",
    "morocco",
    "algeria",
    "libya",
    "tunisia",
    "ghana",
    "zaire",
    "zambia",
    "zimbabwe",
    "ethiopia",
    "uganda",
    "tanzania",
    "sudan",
    "syria",
    "lebanon",
    "oman",
    "qatar",
    "bahrain",
    "emirates",
    "yemen",
    "afghanistan",
    "sri",
    "lanka",
    "burma",
    "vietnam",
    "bangladesh",
    "nepal",
}
ORG_WORDS = {
    "workers",
    "organisations",
    "organizations",
    "nations",
    "petroleum",
    "society",
    "unity",
    "organisation",
    "organization",
    "organistion",
    "prize",
    "prize-winning",
    "times",
    "post",
    "journal",
    "news",
    "press",
    "securities",
    "unit",
    "fund",
    "exchange",
    "brothers",
    "capital",
    "markets",
    "trust",
    "holdings",
    "industries",
    "international",
    "systems",
    "steel",
    "oil",
    "planning",
    "negotiations",
    "exchequer",
    "intelligence",
    "statistics",
    "bureau",
    "service",
    "services",
    "policy",
    "studies",
    "research",
    "council",
    "institute",
    "association",
    "airlines",
    "energy",
    "institution",
    "division",
    "weekly",
    "daily",
    "econometrics",
    "associations",
    "advisers",
    "communication",
    "manufacturers",
    "producers",
    "exporters",
    "importers",
    "growers",
    "farmers",
    "brokers",
    "order",
    "orders",
}
# Capitalised words that are never part of a person's name.
STOP_WORDS = (
    TITLE_WORDS
    | PLACES
    | ORG_WORDS
    | {
        "told",  # "Binney, senior vice-president of Chase Manhattan Bank N.A., Told a group ...": a verb
        "officials",
        "lawmakers",
        "economists",
        "analysts",
        "traders",
        "dealers",
        "mps",
        "negotiators",
        "vice",
        "prime",
        "general",
        "trade",
        "finance",
        "foreign",
        "affairs",
        "external",
        "economy",
        "economic",
        "commerce",
        "agriculture",
        "energy",
        "labor",
        "labour",
        "treasury",
        "state",
        "defense",
        "defence",
        "interior",
        "industry",
        "development",
        "environment",
        "health",
        "transport",
        "transportation",
        "international",
        "natural",
        "resources",
        "fisheries",
        "mines",
        "justice",
        "budget",
        "house",
        "senate",
        "committee",
        "department",
        "ministry",
        "office",
        "council",
        "bank",
        "board",
        "party",
        "government",
        "administration",
        "cabinet",
        "congress",
        "parliament",
        "commons",
        "federal",
        "national",
        "central",
        "u.s",
        "us",
        "usa",
        "u.s.a",
        "united",
        "states",
        "america",
        "american",
        "americans",
        "canada",
        "canadian",
        "canadians",
        "mexico",
        "mexican",
        "mexicans",
        "republican",
        "republicans",
        "democratic",
        "democrat",
        "democrats",
        "liberal",
        "liberals",
        "conservative",
        "conservatives",
        "progressive",
        "new",
        "nafta",
        "usmca",
        "gatt",
        "ustr",
        "reuters",
        "washington",
        "ottawa",
        "the",
        "a",
        "an",
        "in",
        "on",
        "at",
        "but",
        "and",
        "however",
        "meanwhile",
        "also",
        "if",
        "while",
        "when",
        "after",
        "before",
        "under",
        "this",
        "that",
        "these",
        "those",
        "it",
        "he",
        "she",
        "they",
        "we",
        "i",
        "his",
        "her",
        "their",
        "our",
        "its",
        "some",
        "many",
        "most",
        "such",
        "other",
        "both",
        "each",
        "every",
        "no",
        "not",
        "as",
        "for",
        "from",
        "with",
        "by",
        "of",
        "to",
        "since",
        "although",
        "though",
        "because",
        "so",
        "then",
        "now",
        "still",
        "yet",
        "even",
        "only",
        "last",
        "next",
        "first",
        "second",
        "third",
        "fourth",
        "earlier",
        "later",
        "today",
        "yesterday",
        "indeed",
        "instead",
        "thus",
        "what",
        "who",
        "why",
        "how",
        "where",
        "there",
        "here",
        "all",
        "any",
        "more",
        "one",
        "two",
        "senior",
        "junior",
        "former",
        "acting",
        "assistant",
        "associate",
        "trade-minister",
        "north",
        "south",
        "east",
        "west",
        "western",
        "eastern",
        "european",
        "british",
        "japanese",
        "chinese",
        "french",
        "german",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "god",
        "mr.",
        "inc",
        "corp",
        "co",
        "ltd",
        "plc",
        "group",
        "association",
        "commission",
        "agency",
        "union",
        "institute",
        "university",
        "chamber",
        "organization",
        "organisation",
        "federation",
        "motors",
        "court",
        "supreme",
        "embassy",
        "secretariat",
        "statistics",
        "province",
        "provinces",
        "provincial",
        "talks",
        "round",
        "agreement",
        "act",
        "bill",
        "law",
        "section",
        "chapter",
        "article",
        "title",
        "annex",
    }
)
ORG_ENDINGS = {
    "inc",
    "corp",
    "corporation",
    "co",
    "company",
    "ltd",
    "plc",
    "llc",
    "bank",
    "council",
    "association",
    "federation",
    "institute",
    "commission",
    "committee",
    "board",
    "agency",
    "party",
    "union",
    "department",
    "ministry",
    "group",
    "partners",
    "foundation",
    "chamber",
    "university",
    "organization",
    "organisation",
    "industries",
    "holdings",
    "bancorp",
    "authority",
    "service",
    "coalition",
    "alliance",
    "society",
    "tribunal",
    "institution",
    "bureau",
    "exchange",
    "secretariat",
    "pool",
    "cooperative",
    "co-operative",
}
NOT_ORGANIZATIONS = {"Soviet Union", "European Union"}
PARTY_CUES = {
    US: r"U\.S\.|US|USA|(?<!North )(?<!Latin )(?<!South )(?<!Central )(?<!Inter-)Americans?|America's|United States'?|"
    r"Washington's|Republican|(?<!Social )(?<!Christian )(?<!Free )(?<!Liberal )Democrat(?:ic)?|GOP",
    CA: r"Canadians?|Canada's|Canada|[A-Z][a-z]+Canada|Ottawa's|Liberal(?! Democrat)|Tory|Conservative|Quebec|"
    r"Ontario|Alberta|"
    r"British Columbia|Saskatchewan|Manitoba|Newfoundland|Nova Scotia|New Brunswick",
    MX: r"(?<!New )(?<!New\n)(?<!Gulf of )(?:Mexicans?|Mexico's|Mexico)",  # not "Public Service of New Mexico"
}
CALENDAR_WORDS = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
    "april", "may", "june", "july", "august", "september", "october", "november", "december",
}  # fmt: skip
COMPANIES = {
    "General Motors", "Ford", "Fiat Chrysler", "Chrysler", "American Motors", "Toyota", "Honda", "Nissan",
    "Volkswagen", "Bombardier", "Boeing", "Caterpillar", "Pemex", "Manufacturers Hanover Trust Co", "Citibank",
    "Chase Manhattan Bank", "Bank of America", "Morgan Guaranty Trust Co", "Merrill Lynch", "Goldman Sachs",
    "Salomon Brothers", "Cargill", "James Capel",
}  # fmt: skip
SURNAME_ORGS = {"ford", "chrysler", "dole", "honda"}  # company names that follow a first name when they are people
US_ONLY_TITLES = {"sen", "senator", "senators", "sens", "rep", "reps", "congressman", "congresswoman", "congressmen"}

_SP = r"(?:[ \t]+|[ \t]*\n[ \t]*)"  # white space within a paragraph (Reuters wraps lines)
_BETWEEN = re.compile(r"\b(?:between|among)\b[^,.;:]*$", re.IGNORECASE)
_WORD_PERIOD = re.compile(r"\b(?P<word>[A-Z]?[a-z]{2,})\.\s+")  # "States. " ends a sentence, "U.S. " does not
_RANKS = {"General", "Admiral", "Colonel", "Commander", "Lieutenant", "Major", "Captain", "Sergeant"}
_MILITARY_BEFORE_RANK = {"Corps", "Army", "Navy", "Force", "Retired", "Lt", "Major", "Brigadier", "Lieutenant", "Vice"}
_TITLE_ABBREVIATIONS = {"Sen", "Sens", "Rep", "Reps", "Gov", "Mr", "Mrs", "Ms", "Dr", "Gen", "Col", "Adm", "Hon",
                        "Prof", "Dept", "Corp", "Inc", "Ltd", "Co", "St", "Jr", "Sr", "Sgt", "Capt", "Lt"}  # fmt: skip
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n|\n[ \t]{2,}")  # a title does not run on from the paragraph before
_TOKEN = (  # a capitalised word ("McConnell", "Woong-Bae", "Chrétien"), an initial ("T.K.") or "O'Brien"
    r"(?:[A-ZÀ-Þ](?:[a-zß-ÿ]+(?:['’][A-Za-zß-ÿ]+)?(?:[A-Z][a-zß-ÿ]+)?(?:-[A-ZÀ-Þa-zß-ÿ][a-zß-ÿ]+)*|\.(?:[A-Z]\.)*)"
    r"|O['’][A-Z][a-z]+|(?<=\s)(?:al|el|bin|ibn)-[A-Z][a-z]+)"  # "Bashar al-Assad", "Abdel Fattah el-Sisi"
)
_LINK = rf"(?:{_SP}(?:(?:of|de|del|la|van|von|da|dos|du|der|y)(?:{_SP}the|{_SP}la)?{_SP})?)"
_CAPSEQ = re.compile(rf"(?<![^\W_]|[.'’-]){_TOKEN}(?:{_LINK}{_TOKEN}){{0,7}}(?![^\W_]|[’'-])")
_TITLE_HINT = re.compile(
    r"\b(?:Sen|Sens|Rep|Reps|Gov|Dr|Mr|Mrs|Ms|Gen|Lt|Col|Adm|Hon|Prof)\.|"
    + r"\b(?:"
    + "|".join(re.escape(w) for w in sorted(TITLE_WORDS, key=len, reverse=True))
    + r")s?\b",
    re.IGNORECASE,
)
_TITLE_BEFORE = re.compile(
    r"(?:\b(?P<abbr>Sen|Sens|Rep|Reps|Gov|Dr|Mr|Mrs|Ms|Gen|Lt|Col|Adm|Hon|Prof)\.|"
    r"\b(?P<word>(?:[A-Za-z.'’-]+[ \t]+){0,4}?(?:" + "|".join(sorted(TITLE_WORDS, key=len, reverse=True)) + r")s?)"
    r"(?:\s+(?:of|for|at|to|from|with)\s+(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w.&'’-]*){0,5},)?,?)"
    r"[ \t]*\n?[ \t]*$",
    re.IGNORECASE,
)
_SAID_AFTER = re.compile(
    rf",?{_SP}(?:has{_SP}|had{_SP})?(?:said|says|told|added|noted|wrote|stated|argued|explained|asked|replied|"
    rf"testified|warned|urged|commented|declared|insisted|predicted|acknowledged|conceded)\b"
)
_SAID_BEFORE = re.compile(rf"\b(?:said|says|wrote|according{_SP}to|added|asked)[ \t]*\n?[ \t]*$")
_APPOSITIVE = re.compile(
    rf",{_SP}(?:(?:the|a|an|who{_SP}is|now){_SP})?(?P<role>(?:[\w.'’-]+{_SP}){{0,4}}"
    rf"(?:{'|'.join(sorted(TITLE_WORDS - {'mr', 'mrs', 'ms', 'dr', 'sir', 'lord', 'member'}, key=len, reverse=1))})s?\b"
    rf"(?:{_SP}[A-Z][\w-]+['’]s\b)?"  # "one of President Bush's speechwriters": the patron's possessive
    rf"(?:{_SP}(?:of|at|for|with|from|in){_SP}(?:(?!{_SP}(?:told|said|says|added|announced)\b)"
    rf"(?:[^,;()\n.]|\n(?=\S)|\.(?=\s?[A-Z])|\.(?=[\w-])|\((?:USA|U\.S\.|Canada|Mexico)\)))+)?)",
    # "President of X told the Y": the role is "of X"; "of Cargill (USA)" keeps the country its name gives
    re.IGNORECASE,
)
_MEMBER_OF = re.compile(
    rf",{_SP}(?:a|an|the){_SP}(?P<role>(?:[\w-]+{_SP})?members?{_SP}of{_SP}(?:[^,;()\n.]|\.(?!\s)|(?<=U\.S)\.|{_SP}){{1,80}})"
)  # ", a member of the\n Federal Reserve Board," (wrapped) too
_BARE_CORPORATE_ROLE = re.compile(
    r"(?:(?:the|bank|company|its|group|firm)\s+)?(?:(?:senior|executive|deputy|chief)\s+)?"
    r"(?:chairman|president|vice[- ]president|spokes(?:man|woman)|chief\s+executive(?:\s+officer)?|treasurer|"
    r"chief\s+financial\s+officer|managing\s+director|director|general\s+manager|chief\s+economist)",
    re.IGNORECASE,
)  # a title with no "of X": the officer of the company the story is about
_PLACE_BEFORE = re.compile(  # a place named for a person: "Delegación Benito Juárez", "Fort Jackson"
    rf"\b(?:Delegaci[oó]n|Ciudad|Fort|Mount|Lake|Port|Cape|Avenida|Municipio){_SP}$"
)
_GEOGRAPHIC_LAST = re.compile(
    r"\s(?:Lake|Lakes|River|Mountain|Mountains|Island|Islands|Bay|Valley|Park|Archipelago|Strait|Sea|Falls|Creek|"
    r"Colony|Peninsula|Plain|Plains|Desert|Canyon|Harbour|Harbor)$"
)
_NAME_SUFFIX = re.compile(r",?[ \t]+(?:Jr\.|Sr\.|II|III|IV)(?![\w.])")
_FIRM_LAST = re.compile(
    r"(?:^|\s)(?:Lines|Airlines|Airways|Railway|Railways|Railroad|Motors|Mines|Resources|Petroleum|Industries|"
    r"Securities|Holdings|Insurance|Technologies|Systems|Chemicals|Foods|Stores|Corporation|Company|Group|"
    r"Association|Foundation|Institute|Council|Committee|Commission|Agency|Board|Bureau|Department|Ministry|Centre|"
    r"Center|Buses|Trucks|Products|Enterprises|Partners|Associates|Electronics|Laboratories|Pharmaceuticals|"
    r"Bancorp|Bancorporation|Bankshares|Data|Computer|Computers|Energy|Oil|Gas|Communications|Radio|Television)$"
)
_NAMED_FOR_AFTER = re.compile(
    rf"{_SP}(?:Bridge|University|Airport|Memorial|Parkway|Boulevard|Avenue|Street|Hospital|County|Foundation|"
    rf"Center|Centre|Library|School|College|Institute|Award|Prize|Doctrine)\b"
)
_TICKER_AFTER = re.compile(rf"{_SP}?<[A-Z][A-Z.]*>")
_CITY = {
    CA: re.compile(
        r"\b(?:Toronto|Montreal|Montréal|Vancouver|Calgary|Edmonton|Winnipeg|Halifax|Regina|Saskatoon|Quebec City|"
        r"Hamilton, Ontario|Windsor, Ontario|Oshawa|Mississauga|Kitchener)\b"
    ),
    US: re.compile(
        r"\b(?:New York|Chicago|Houston|Detroit|Los Angeles|San Francisco|Boston|Dallas|Pittsburgh|Philadelphia|"
        r"Atlanta|Seattle|Minneapolis|St\. Louis|Cleveland|Denver|Salt Lake City|Miami|Phoenix|Omaha|Kansas City|"
        r"Cincinnati|Milwaukee|Baltimore|Oklahoma City|Tulsa|New Orleans|Indianapolis|Hartford|Newark|San Diego|"
        r"San Jose|Sacramento|Des Moines|Memphis|Nashville|Charlotte|Stamford|Wall Street)\b"
    ),
    MX: re.compile(r"\b(?:Monterrey|Guadalajara|Tijuana|Ciudad Juárez|Ciudad Juarez|Puebla|Querétaro|Queretaro)\b"),
}
_VENUE = re.compile(rf"\b(?:in|at|to|from|near){_SP}(?:[A-Z][\w.'’-]*{_SP}?)+")  # "in New York": where, not whose
_ACADEMIC = re.compile(r"\b(?:University|College|Institute|School|professor|economist)\b")
# Offices only the U.S. government names so (Canada's was the Secretary of State for External Affairs).
_US_CABINET = re.compile(
    r"(?i:(?:under[\s-]*|deputy\s+|assistant\s+)secretary\s+of\s+state\b|secretary\s+of\s+state\b(?!\s+for\b)|"
    r"secretary\s+of\s+the\s+treasury|treasury\s+secretary|"
    r"(?:agriculture|commerce|energy|labor|defense|transportation|housing|education)\s+(?:under\s*)?secretary|"
    r"(?:under\s*)?secretary\s+of\s+(?:agriculture|commerce|energy|labor|defense|transportation|housing|education|"
    r"health\s+and\s+human\s+services|veterans\s+affairs|homeland\s+security)\b)"
)
_US_OFFICE_TITLE = re.compile(
    r"(?i:trade\s+representative)|(?<!National )Congress(?! Party)|House Speaker|Speaker of the House(?! of Commons)|"
    r"\bHouse\s+(?:[A-Z][\w&-]*\s+|and\s+){1,5}(?:Committee|Subcommittee)\b"  # "House Budget Committee Chairman"
)
_CONSTITUENCY_TITLE = re.compile(
    r"\b(?i:sen|senator|gov|governor|rep|representative|congress(?:wo)?man|lawmaker|legislator|premier|mla|mpp)\b"
)
_APPOSITIVE_SPAN = re.compile(r",[^.;:()\"“”]{1,90}")  # up to the clause's end
_STATE_AFTER = re.compile(
    rf"{_SP}?\((?:(?:[RDI]|Rep|Dem)\.?{_SP}?[-–,]?{_SP}?)?(?P<state>{US_STATES})\.?\)"
    rf"|,{_SP}(?:[RDI][-–](?P<abbreviated>{US_STATES})\.?|an?{_SP}(?P<described>{US_STATES}){_SP}(?:Democrat|Republican))\b"
    rf"|{_SP}?\((?P<province>{PROVINCES})\)"
)
_LIST_GAP = re.compile(rf"^(?:{_SP}?\([^()\n]{{1,40}}\))?{_SP}?(?:,|,?{_SP}and|,{_SP}and){_SP}$")
_CUE = {party: re.compile(rf"(?<![\w.])(?:{pattern})(?![\w])") for party, pattern in PARTY_CUES.items()}
_FOREIGN = re.compile(
    rf"\b(?=[A-Z])(?:{'|'.join(NATIONALITIES)})s?\b|"
    r"\b(?:Soviet|French|Dutch|Swiss|Thai|Greek|Israeli|Iraqi|Iranian|Saudi|Pakistani|Kuwaiti|Bangladeshi|Sir|"
    r"Argentine|Philippine|Filipino|Czech|Omani|Qatari|Yemeni|Bahraini|Emirati|Afghan|Nepali|Somali)\b|"
    r"\b(?:Britain|Japan|France|Germany|China|Italy|Brazil|India|Australia|Korea|Taiwan|Spain|Argentina|"
    r"Europe|Israel|Sweden|Norway)['’]s\b"
)
_ABROAD = re.compile(
    rf"{_FOREIGN.pattern}|\b(?:Japan|China|Britain|England|France|Germany|Italy|Spain|Brazil|Korea|Taiwan|Australia|"
    r"India|Europe|Argentina|Chile|Peru|Colombia|Venezuela|Indonesia|Malaysia|Singapore|Thailand|Philippines|"
    r"Pakistan|Israel|Egypt|Nigeria|Russia|Poland|Sweden|Norway|Denmark|Netherlands|Holland|Belgium|Switzerland|"
    r"Austria|New Zealand|Hong Kong|Algeria|Saudi Arabia|Kuwait|Iran|Iraq|EC|European Community|Tokyo|Taipei|"
    r"Ecuador|Trinidad|Cuba|Bolivia|Uruguay|Paraguay|Nicaragua|Guatemala|Honduras|El Salvador|Panama|Costa Rica|"
    r"Jamaica|Portugal|Yugoslavia|Morocco|South Africa|Vietnam|Chad|Libya|Zambia|Zaire|Ghana|Kenya|"
    r"Brussels|Bonn|Paris|London|Seoul|Beijing|Peking)\b|"
    rf"\b(?:yen|sterling|francs|lire|guilders|D-?marks|Deutsche{_SP}marks|pounds{_SP}sterling)\b"  # a foreign currency
)
_AFFILIATION_TAIL = re.compile(rf"[\w.'’&-]*(?:{_SP}(?:[A-Z][\w.'’&-]*|of|and|for|the|on|in)(?![\w'’]))*")
_COMPANY_FORMS = {"Corp", "Inc", "Co", "Ltd", "Corporation", "Company", "Pty", "PLC", "Plc", "LP", "L.P", "Bancorp",
                  "AG", "A/S", "NV", "SpA", "GmbH"}  # fmt: skip
_COMPANY_FORM_NAMES = "|".join(sorted(_COMPANY_FORMS)).replace(".", "[.]")  # "L.P": the period is literal
_COMPANY_AFTER = re.compile(rf"{_SP}?(?:{_COMPANY_FORM_NAMES})\b")
_PUBLICATION_AFTER = re.compile(rf"{_SP}(?:newspaper|magazine|daily|weekly|journal|news\s+agency)\b")
_ORG_APPOSITIVE = re.compile(
    rf">?,{_SP}(?:a|an|the){_SP}((?:[\w.-]+{_SP}){{0,2}}?(?:{PARTY_CUES[US]}|{PARTY_CUES[CA]}|{PARTY_CUES[MX]}))\b"
)
_OWN_COUNTRY = re.compile(  # "Labatt, Canada's leading brewer"
    rf">?,{_SP}(Canada|Mexico|America|the{_SP}United{_SP}States)['’]s{_SP}(?:[a-z-]+{_SP}){{0,2}}[a-z]+\b"
)
_LEAD_WORDS = {"the", "a", "an", "in", "on", "at", "but", "and", "by", "for", "from", "with", "of", "to", "if", "as",
               "its", "their", "his", "her", "both", "under", "after"}  # fmt: skip
_ROLE_LEAD_WORDS = (_LEAD_WORDS - {"under"}) | {"said", "says"}  # dropped from a role: "But analyst X"; not "Under"
_WORD_BEFORE_NAME = re.compile(rf"\b([A-Z][a-z]+){_SP}$")
_PORTFOLIOS = {"Security", "State", "Commerce", "Treasury", "Interior", "Agriculture", "Energy", "Labor", "Labour",
               "Defense", "Defence", "Transportation", "Transport", "Economy", "Finance", "Trade", "Affairs",
               "Services", "Development", "Health", "Education", "Justice", "Resources", "Industry",
               "Environment"}  # fmt: skip
_TITLE_OF_BEFORE = re.compile(rf"\b(?:Secretary|Secretaries|Minister|Ministers){_SP}of(?:{_SP}the)?{_SP}$")
_ENDING_AFTER = re.compile(rf"{_SP}(?:{'|'.join(w.title() for w in sorted(ORG_ENDINGS))})\b")
_LONGER_COMPANY_AFTER = re.compile(
    rf"(?:{_SP}(?!(?:{_COMPANY_FORM_NAMES})\b)[A-Z][\w.&'’-]*){{1,3}}{_SP}"
    rf"(?:{_COMPANY_FORM_NAMES})\b"
)
_OF_FOREIGN = re.compile(rf"{_SP}of{_SP}(?:the{_SP})?([A-Z][\w.]*)")
_NATIONALITY_BESIDE = (  # "by a Mexican, Antonio Ortiz Mena"; "Cheryl Richmond, a 25-year-old Canadian teacher"
    re.compile(rf"\b(?:a|an){_SP}(?P<cue>American|Canadian|Mexican),{_SP}$"),
    re.compile(
        rf",{_SP}(?:a|an){_SP}(?:(?!(?:on|of|in|for|to|with|at|from|about|and|or)\b)[\w-]+{_SP}){{0,3}}?"
        rf"(?P<cue>American|Canadian|Mexican|U\.S\.)(?![\w-])"
    ),
)
_BARE_HOUSE = re.compile(rf"\b[Tt]he{_SP}(House)\b(?!{_SP}(?:[A-Z]|of\b)|['’-])")
_US_LEGISLATURE = re.compile(r"\b(?:Senate|Congress|Congressional|House of Representatives|Rep\.|Sen\.)")
_CANADIAN_LEGISLATURE = re.compile(r"\b(?:Commons|Parliament|MPs?|Legislature)\b")
_ENDING_OF = re.compile(
    rf"\b(?:{'|'.join(w.title() for w in sorted(ORG_ENDINGS))}){_SP}of{_SP}(?:the{_SP})?"
    rf"(?P<tail>[A-Z][\w.'’-]*(?:{_SP}[A-Z][\w.'’-]*){{0,2}})$"
)
_ACRONYM_COMPANY = re.compile(rf"(?<![\w.&-])[A-Z][A-Z&]{{1,5}}{_SP}(?:Inc|Corp|Corporation|Ltd|Co|Plc|PLC)\b(?!\.\w)")
_OF_LINK = re.compile(rf"{_SP}of{_SP}(?:the{_SP})?")
_FOREIGN_BEFORE = re.compile(rf"(?:{_FOREIGN.pattern}){_SP}$")
_OF_HOME_STATE = re.compile(  # full names only: not "of IN", "of OR"
    rf"\bof{_SP}(?:(?P<state>{'|'.join(s for s in US_STATES.split('|') if len(s) > 4 and s[1].islower())})"
    rf"|(?P<province>{PROVINCES}))$"
)
_PLACE_NAME = re.compile(rf"(?:{US_STATES}|{PROVINCES})")
_PLACE_IN_TITLE = re.compile(rf"(?<![\w.])(?:{US_STATES}|{PROVINCES})(?![\w])")  # "Kansas Senator", not "NSW"
_TITLE_AFTER_ORG = re.compile(
    rf"{_SP}(?:Minister|Ministers|Secretary|Secretaries|Undersecretary|Under{_SP}Secretary)\b"
)
# "U.S. ambassador", "U.S. Deputy Secretary" run on within one clause; "with the U.S.\n Vice Minister Ho" does not
_CLAUSE_END = re.compile(
    r"(?<!U\.S)(?<!U\.K)[.;,:()\"“”\]]\s|"
    r"(?<=U\.S|U\.K)\.(?![ ](?:[a-z]|(?:Deputy|Under|Assistant|Special|Chief|Trade|Treasury|Commerce|Agriculture|"
    r"Energy|Defense|State|Labor|Secretary|Ambassador|Embassy|Senator|Sen|Rep|Representative|Attorney|IMF|"
    r"Executive|Director|Delegate|Permanent)\b))\s"
)
_AIDE_AFTER = re.compile(  # "Trump foreign policy adviser": the patron's party
    r"(?:[ \t]+[a-z-]+){0,3}[ \t]+(?:advis[eo]rs?|aides?|spokes(?:man|woman|person)|envoys?|appointees?)\b"
)
_AT_AFTER = re.compile(rf"{_SP}at{_SP}(?:the{_SP})?")
_COMPANY_FORM = re.compile(rf"{_SP}(?:{_COMPANY_FORM_NAMES})\.?$")
_SAID_LEAD = re.compile(rf"(?:Said|Says|Added|Asked){_SP}(?=[A-Z])")
_FIRM_AFTER = re.compile(rf",{_SP}(?:[A-Z][\w&'-]*{_SP}){{1,3}}(?:Ltd|Inc|Co|Corp|LP)\b")
_AND_CO_AFTER = re.compile(
    rf",?{_SP}(?:and|&){_SP}(?:Co|Company|Sons|Associates|[A-Z][a-z]+{_SP}(?:Inc|Co|Corp|Ltd)\b)\b"
)  # "Birr, Wilson and Co", "Manning, Selvage and Lee Inc"
_ENVOY_TO = re.compile(r"\b(?:[Aa]mbassadors?|[Ee]nvoys?|[Cc]onsul(?:s|-[Gg]eneral)?)\s+(?:to|in)\s+(?:the\s+)?$")
_NOT_PERSON_AFTER = re.compile(
    rf"{_SP}(?:Corp|Inc|Co|Ltd|Motors?|Bank|Group|Party|[Dd]octrine|Oil|Petroleum|Resources|Securities)\b"
)
_SAINT_BEFORE = re.compile(rf"\b(?:St\.?|Saint|Ste\.?){_SP}$")
_ORG_NOUN_BEFORE = re.compile(rf"\b(?:securities|brokerage|investment|trading){_SP}(?:house|firm|bank){_SP}$")
_SECRETARIES_ABROAD = re.compile(r"\b(?:Philippines?|Filipino|Manila|Argentin\w+)\b")  # cabinets of Secretaries
_PLACE_VISITED = re.compile(
    rf"\b(?:visit(?:s|ed|ing)?|trip|tour|journey){_SP}(?:to|in){_SP}(?:the{_SP})?[A-Z][\w.]*(?:{_SP}[A-Z][\w.]*)*"
)
_POLITICAL = re.compile(r"\b(?:Liberal|Tory|Conservative)s?\b")  # parties of Britain, Greece, Australia too
_COUNTRY_NAMED = {
    US: re.compile(r"\b(?:U\.S\.|United States|America|American|Washington)\b"),
    CA: re.compile(r"\b(?:Canada|Canadian|Ottawa)"),
    MX: re.compile(r"(?<!New )\b(?:Mexico|Mexican)"),
}
_NAME_AFTER_ROLE = re.compile(rf"{_SP}[A-Z][a-z]+(?:{_SP}[A-Z]\.)?{_SP}[A-Z][a-z]+")
_DOCTRINE_AFTER = re.compile(rf"{_SP}[Dd]octrine\b")  # "the Castañeda Doctrine" names a policy


def _surname(name: str) -> str:
    """The last word of a name that is not a suffix: "Orrick" of "William Orrick III", "Dunford" of "Joseph F.
    Dunford Jr."."""
    words = [w for w in name.split() if w.rstrip(".,") not in ("Jr", "Sr", "II", "III", "IV")]
    return (words or name.split())[-1]


def _alias_table() -> dict[str, list[Person | Organization]]:
    """Every gazetteer name, folded, to the people or organisations it may stand for."""
    table: dict[str, list[Person | Organization]] = {}
    for entry in (*PEOPLE, *ORGANIZATIONS):
        for alias in (entry.name, *entry.aliases):
            table.setdefault(_fold(alias), []).append(entry)
    return table


def _fold(text: str) -> str:
    """Fold white space, case and a plural's apostrophe: "Pork Producers' Council" is "pork producers council"."""
    return re.sub(r"(?<=s)'(?= )", "", " ".join(text.replace("’", "'").split())).lower()


def _alias_pattern(alias: str) -> str:
    """An alias as a pattern: line breaks between words, an optional apostrophe after a plural inside it."""
    words = alias.split()
    return _SP.join(
        re.escape(word) + ("['’]?" if word.endswith("s") and i < len(words) - 1 else "") for i, word in enumerate(words)
    )


_ALIASES = _alias_table()
_SURNAMES: dict[str, list[Person]] = {}
for _person in PEOPLE:
    if not _person.full_name_only:
        _SURNAMES.setdefault(_fold(_surname(_person.name)), []).append(_person)
_GAZETTEER = re.compile(  # every alias starts with a capital but "de la Madrid": skip other words at once
    r"(?<![^\W_]|[.'’-])(?=[A-ZÀ-Þ]|de )(?:"
    + "|".join(
        _alias_pattern(alias)
        for alias in sorted({a for e in (*PEOPLE, *ORGANIZATIONS) for a in (e.name, *e.aliases)}, key=len, reverse=True)
    )
    + r")(?![^\W_]|[’-]|'(?!s\b|\s)|\.\w)"  # "Pemex' executive vice president" too
)


@dataclass
class _Found:
    """A person or organisation found, before all mentions of one name are given the same party."""

    type: str
    value: str
    start: int
    end: int
    party: str | None = None
    role: str | None = None


def find_people_and_organizations(article: Article) -> list[Mention]:
    """Return "person" and "organization" mentions with canonical names, parties and roles."""
    year_at = year_told_at(article)  # "Trudeau" is Pierre in a history of the 1970s, Justin in 2018 news
    found = _gazetteer(article.body, year_at)
    found += _context_people(article.body, found, year_at)
    found += _surnames(article.body, found)
    found += _generic_organizations(article.body, found)
    found += _bare_house(article.body, found)
    firms = _title_firms(article.title)  # "HUGHES TOOL <HT> ...": "Hughes Tool said" is the company
    found = sorted((f for f in found if not (f.type == "person" and f.value.lower() in firms)), key=lambda f: f.start)
    found = _same_as_known(_staff_at_firm(article.body, _staff_of_named_firm(_staff_of_subject(article, found))))
    return _mentions(article, _unify(_surname_before_full_name(found)))


def _mentions(article: Article, found: list[_Found]) -> list[Mention]:
    mentions = []
    for item in found:
        paragraph = article.paragraph_at(item.start)
        mentions.append(
            Mention(
                type=item.type,
                value=item.value,
                start=item.start,
                end=item.end,
                text=article.body[item.start : item.end],
                paragraph=paragraph.id if paragraph else "",
                party=item.party,
                role=item.role,
            )
        )
    return mentions


def _staff_of_subject(article: Article, found: list[_Found]) -> list[_Found]:
    """Give the party of the company a story is about (named in its title, "Canadian Tire <CTC> to ...") to its
    officers: people whose role is a bare corporate title ("chairman Hugh Macaulay said") or one of that company
    ("Cominco spokesman", "chairman of Allegis"). Not "President X", a head of state's title. A company's party is
    its own (its name, the gazetteer) or a Toronto listing ("<CLT.TO>")."""
    title_words = set(re.findall(r"[a-z]+", article.title.lower()))
    subject, keys = next(
        ((f, words) for f in found if f.type == "organization" and (words := _title_keys(f.value, title_words))),
        (None, []),
    )
    stated = (_listed_in_toronto(article, key) or _stated_party(article.body, key) for key in keys)
    party = subject and (subject.party or next((p for p in stated if p), None))
    if not party:
        return found
    own = [_officer_role(key) for key in keys]
    for item in found:
        role = item.role or ""
        if item.type == "person" and item.party is None and role != "President" and any(o.fullmatch(role) for o in own):
            item.party = party
    return found


def _staff_of_named_firm(found: list[_Found]) -> list[_Found]:
    """Give a person whose role names an organisation of known party that party: "Michael Phelps, vice president
    of <Westcoast Transmission Co Ltd>, a major Canadian natural gas carrier"."""
    firms = {_COMPANY_AFTER.sub("", f.value).strip(): f.party for f in found if f.type == "organization" and f.party}
    for item in found:
        role = " ".join((item.role or "").split())
        if item.type == "person" and item.party is None and role:
            item.party = next((party for name, party in firms.items() if _names(role, name)), None)
    return found


def _staff_at_firm(body: str, found: list[_Found]) -> list[_Found]:
    """Give a person named right before "at" a company of known party that party: "analyst Jeff Carney at Merrill
    Lynch Canada Inc." (not "met with Merkel at the White House")."""
    orgs = {f.start: f for f in found if f.type == "organization" and f.party and _COMPANY_FORM.search(f.value)}
    for item in found:
        at = item.type == "person" and item.party is None and _AT_AFTER.match(body, item.end)
        if at and (org := orgs.get(at.end())):
            item.party = org.party
    return found


def _names(text: str, name: str) -> bool:
    """Whether ``text`` holds ``name`` as whole words."""
    return bool(name) and name in text and bool(re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text))


@lru_cache(maxsize=512)
def _officer_role(name: str) -> re.Pattern:
    """An officer's role at the company ``name``: "spokesman", "Cominco spokesman", "chairman of Allegis"."""
    name = re.escape(name)
    of_it = rf"(?:\s+of\s+(?:the\s+)?{name}\b.*)?"
    return re.compile(rf"(?:{name}(?:['’]s?)?\s+)?(?:{_BARE_CORPORATE_ROLE.pattern}){of_it}", re.IGNORECASE)


def _listed_in_toronto(article: Article, name: str) -> str | None:
    """Canada for a company with a Toronto Stock Exchange ticker after its name ("COMINCO <CLT.TO>")."""
    if ".TO>" not in article.title and ".TO>" not in article.body:
        return None
    ticker = re.compile(rf"\b{re.escape(name)}\b[^<\n]{{0,40}}<[A-Z.]+\.TO>", re.IGNORECASE)
    return CA if ticker.search(article.title) or ticker.search(article.body) else None


def _title_keys(name: str, title_words: set[str]) -> list[str]:
    """The words of a company's name that the story's title uses: its first word ("COMINCO <CLT.TO> ..."), and
    the surname of a company named for a person ("LABATT STUDYING ..." of John Labatt Ltd)."""
    words = name.split()
    keys = [words[0]] if words[0].lower() in title_words else []
    if len(words) > 1 and words[1].lower() in title_words and _given_name(" ".join(words[:2])) and not _cue(words[1]):
        keys.append(words[1])
    return keys


def _stated_party(body: str, name: str) -> str | None:
    """The party the text gives a company in an appositive after its name: "Labatt, Canada's leading brewer",
    "<Westcoast Transmission Co Ltd>, a major Canadian natural gas carrier"."""
    for run in re.finditer(rf"\b{re.escape(name)}\b(?:{_SP}[A-Z][\w&.'’-]*)*", body):
        if own := _OWN_COUNTRY.match(body, run.end()):
            return _cue(own[1])
        if party := _appositive_party(body, run.end()):
            return party
    return None


def _unify(found: list[_Found]) -> list[_Found]:
    """Give every mention of one name the first party and role found for it in the article."""
    party: dict[tuple[str, str], str | None] = {}
    role: dict[tuple[str, str], str | None] = {}
    for item in found:
        key = (item.type, item.value)
        party[key] = party.get(key) or item.party
        role[key] = role.get(key) or item.role
    for item in found:
        item.party, item.role = party[(item.type, item.value)], role[(item.type, item.value)]
    return found


def _overlaps(found: list[_Found], start: int, end: int) -> bool:
    return any(f.start < end and start < f.end for f in found)


# ---- gazetteer --------------------------------------------------------------------------------------


def _gazetteer(body: str, year_at: Callable[[int], int | None]) -> list[_Found]:
    """Known people and organisations by any of their names."""
    found = []
    for match in _GAZETTEER.finditer(body):
        entry = _pick(body, match, year_at(match.start()))
        named_for = _DOCTRINE_AFTER.match(body, match.end()) or _in_firm_name(body, match)  # a policy or a firm
        named_for = named_for or (" " not in match[0] and _NOT_PERSON_AFTER.match(body, match.end()))  # "Getty Oil"
        named_for = named_for or _PLACE_BEFORE.search(body, max(0, match.start() - 20), match.start())
        named_for = named_for or _NAMED_FOR_AFTER.match(body, match.end())  # "the George Washington Bridge"
        if isinstance(entry, Person) and not named_for:
            found.append(_Found("person", entry.name, match.start(), match.end(), entry.party, entry.role))
        elif isinstance(entry, Organization):
            party = _org_party(body, match.start(), entry)
            found.append(_Found("organization", entry.name, match.start(), match.end(), party))
    return found


def _pick(body: str, match: re.Match, year: int | None) -> Person | Organization | None:
    """The entry a gazetteer match stands for: a bare surname only in its era, "Ford" only without a first name."""
    text = _fold(match[0])
    for entry in _ALIASES[text]:
        if isinstance(entry, Organization):
            return None if _not_organization(body, match, text) else entry
        if " " in text or text in (_fold(entry.name), "amlo") or _in_era(entry, year):
            if " " in text or text == _fold(entry.name) or not _first_name_before(body, match.start()):
                return None if " " not in text and _namesake(body, match[0], entry) else entry
    return None


def _namesake(body: str, surname: str, person: Person) -> bool:
    """Whether the text names someone else of that surname ("Ambassador Nobuo Matsunaga ... Matsunaga said" is
    not Senator Spark Matsunaga)."""
    names = {_fold(person.name), *(_fold(alias) for alias in person.aliases)}
    if any(" " in name and name in _folded(body) for name in names):
        return False  # the known person is named in full too
    return any(  # "Howard Baker told ... Baker said": not James Baker, though both are known
        full not in names and person not in _ALIASES.get(full, ()) and not _nickname_form(full, names)
        for full in _full_names(body, surname)
    )


def _nickname_form(full: str, names: set[str]) -> bool:
    """Whether a folded "Given Surname" is one of ``names`` with the given name in another form ("Thomas Hockin"
    for "Tom Hockin")."""
    given, _, surname = full.partition(" ")
    forms = _NICKNAME_OF.get(given, ())
    return any(name.endswith(" " + surname) and name.split()[0] in forms for name in names)


@lru_cache(maxsize=8)
def _folded(body: str) -> str:
    return _fold(" ".join(body.split()))


@lru_cache(maxsize=256)
def _full_names(body: str, surname: str) -> tuple[str, ...]:
    """The folded "Given Surname" pairs the text has for a surname, title words aside."""
    pairs = re.finditer(rf"\b([A-Z][\w'’-]{{2,}}){_SP}{re.escape(surname)}\b", body)
    return tuple(_fold(f"{m[1]} {surname}") for m in pairs if m[1].lower() not in STOP_WORDS)


def _not_organization(body: str, match: re.Match, alias: str) -> bool:
    """ "Ford" after a first name is a person; "External Affairs Minister" and "Treasury Secretary" are titles."""
    if alias in SURNAME_ORGS and _first_name_before(body, match.start()):
        return True
    if alias.split()[0] in STOP_WORDS | ORG_ENDINGS and _name_continues_before(body, match.start()):
        return True  # "Royal Bank of Canada" is not the Bank of Canada, "Secretary of the Treasury" no department
    entry = _ALIASES[alias][0]
    if entry.party and _FOREIGN_BEFORE.search(body, max(0, match.start() - 25), match.start()):
        return True  # "the British Parliament", "the Australian Wheat Board"
    word = _WORD_BEFORE_NAME.search(body, max(0, match.start() - 30), match.start())
    if entry.party and word and (other := _cue(word[1])) and other != entry.party:
        return True  # "the Ontario Supreme Court" is not the U.S. Supreme Court
    if entry.party and _of_foreign(body, match.end()):
        return True  # "the Export-Import Bank of Japan"
    if " " not in alias and entry.name not in COMPANIES and _ENDING_AFTER.match(body, match.end()):
        return True  # "Treasury Board" is not the Treasury
    if _LONGER_COMPANY_AFTER.match(body, match.end()):
        return True  # "Merrill Lynch Canada Inc", "Salomon Brothers International Ltd" are subsidiaries
    if entry.name not in COMPANIES and _COMPANY_AFTER.match(body, match.end()):
        return True  # "Cato Corp", "New York Times Co" are other organisations
    return bool(_TITLE_AFTER_ORG.match(body, match.end()))


def _name_continues_before(body: str, start: int) -> bool:
    """Whether a capitalised word inside the sentence, or a title and "of", runs into ``start``."""
    if _TITLE_OF_BEFORE.search(body, max(0, start - 30), start):
        return True
    word = _WORD_BEFORE_NAME.search(body, max(0, start - 30), start)
    return bool(word) and word[1].lower() not in _LEAD_WORDS | STOP_WORDS and not _cue(word[1])


def _of_foreign(body: str, end: int) -> bool:
    """Whether "of" and a foreign place follow: "Export-Import Bank of Japan"."""
    place = _OF_FOREIGN.match(body, end)
    return bool(place) and (place[1].lower() in PLACES or bool(_FOREIGN.match(place[1])))


def _latest_before(people: list[Person], year: int | None) -> list[Person]:
    """Of people no one of whom is in their era, the one whose era ended last before ``year`` first ("the Obama
    and Bush administrations" in 2017 are George W. Bush's), else the gazetteer's order."""
    ended = [p for p in people if p.era and year and p.era[1] < year]
    return sorted(ended, key=lambda p: -p.era[1]) + [p for p in people if p not in ended]


def _in_era(person: Person, year: int | None) -> bool:
    return person.era is not None and (year is None or person.era[0] <= year <= person.era[1])


def _first_name_before(body: str, start: int) -> bool:
    """Whether a capitalised word that is not a title or a list word directly precedes ``start``."""
    word = re.search(rf"([A-Z][\w.'’-]*){_SP}$", body[max(0, start - 30) : start])
    if word and re.fullmatch(r"[A-Z][a-z]{2,}\.", word[1]) and word[1][:-1] not in _TITLE_ABBREVIATIONS:
        return False  # "... Reince Priebus. Spicer described": the word before ends a sentence
    folded = word[1].lower().rstrip(".") if word else ""
    return bool(word) and (folded not in STOP_WORDS or folded in GIVEN_NAMES)  # "Rep. Bill Emerson": a first name


def _org_party(body: str, start: int, entry: Organization) -> str | None:
    """An organisation's party: a country word right before it ("Canadian Senate") beats the gazetteer."""
    before = re.search(rf"(\S+){_SP}$", body[max(0, start - 25) : start])
    if before and entry.name in ("Senate", "U.S. Congress"):
        for party, cue in _CUE.items():
            if cue.fullmatch(before[1]):
                return party
    return entry.party


# ---- context rules ----------------------------------------------------------------------------------


def _context_people(body: str, taken: list[_Found], year_at: Callable[[int], int | None]) -> list[_Found]:
    """Runs of capitalised words that a title, a role, a state, a reporting verb or a list makes people."""
    found: list[_Found] = []
    known = [f for f in taken if f.type == "person"]  # a list may open with a gazetteer name
    for run in _CAPSEQ.finditer(body):
        person = _person_in_run(body, run, year_at(run.start()), found, known)
        if person and not _overlaps(taken, person.start, person.end):
            found.append(person)
    return found


def _person_in_run(
    body: str, run: re.Match, year: int | None, earlier: list[_Found], known: list[_Found]
) -> _Found | None:
    """The person a run of capitalised words names, if its context says it is one (``earlier``: people found so
    far by their context, ``known``: by the gazetteer)."""
    named = _before_affiliation(body, run)
    split = _split_title(body, named)
    if split is None:
        return None
    start, end, title = split
    if (said := _SAID_LEAD.match(body, start, end)) and said.end() < end:
        start = said.end()  # 'Said David Gluskin, vice-president of ..., "When ..."'
    if (suffix := _NAME_SUFFIX.match(body, end)) and len(body[start:end].split()) >= 2:
        end = suffix.end()  # "U.S. District Judge William Orrick III"; not "Mark IV", a firm
    name = " ".join(body[start:end].split())
    if any(city.fullmatch(name) for city in _CITY.values()) or _FOREIGN.fullmatch(name):
        return None  # "Mayors of New York, Boston, Denver": places; "chief Colombian delegate": a nationality
    if _ORG_NOUN_BEFORE.search(body, max(0, start - 20), start):
        return None  # "economist at securities house Barclays de Zoete Wedd said": a firm
    if _SAINT_BEFORE.search(body, max(0, start - 8), start):
        return None  # "the St. Lawrence Seaway", "St. John's": named for a saint, a place
    if _NOT_PERSON_AFTER.match(body, end) or name.lower() in STOP_WORDS or _PLACE_NAME.fullmatch(name):
        return None
    if _GEOGRAPHIC_LAST.search(name) or _FIRM_LAST.search(name) or name.lower() in _firm_names(body):
        return None  # "Mildred Lake" is a place; "Canadian Pacific Air Lines said", "GenCorp said": firms
    if _AND_CO_AFTER.match(body, end) or (" " not in name and _FIRM_AFTER.match(body, end)):
        return None  # "Birr, Wilson and Co", "McLeod, Young Weir Ltd" are firms
    if name.split()[-1] in _PORTFOLIOS and _TITLE_OF_BEFORE.search(body, max(0, start - 30), start):
        return None  # "the Secretary of Homeland Security" names an office
    if title and _FOREIGN.search(title) and not _cue(title):
        return _Found("person", _canonical(name, year, earlier), start, end, None, _clean_role(title))
    affiliation = body[named.end() : run.end()] if named is not run else ""
    after = _AFFILIATION_TAIL.match(body, run.end()).end() if affiliation else end  # "of the X Institute, said"
    title = title or _title_before(body, start)
    if title and _FOREIGN.fullmatch(title.split()[0].capitalize()) and not _cue(title):
        return _Found("person", _canonical(name, year, earlier), start, end, None, _clean_role(title))  # "peruvian"
    state = _STATE_AFTER.match(body, end)
    appositive = _appositive(body, end) or _appositive(body, after)
    listed = _listed_after(body, start, [*earlier, *known])
    words = len(name.split())
    said = words > 1 and (
        _SAID_AFTER.match(body, end)
        or _SAID_AFTER.match(body, after)
        or _SAID_BEFORE.search(body, max(0, start - 30), start)
    )
    if not (title or state or listed or said or (appositive and words > 1) or _given_name(name)):
        return None
    appositive = appositive or _member_of(body, end)
    role = title or (appositive["role"] if appositive else None) or (listed.role if listed else None)
    party = _party(body, start, title, state, appositive) or (listed.party if listed else None)
    party = party or _affiliation_party(affiliation) or _patron_party(role, [*earlier, *known])
    party = party or _nationality_beside(body, start, end)
    canonical = _canonical(name, year, earlier)
    if listed and not title and (known := _gazetteer_person(known_as(canonical))):
        party = known.party  # "Diefenbaker and Kennedy", "Reagan and Chirac": a known person keeps his own party
    elif listed and not title and (same := [f for f in earlier if f.value == canonical and f is not listed]):
        party = same[0].party  # "French Prime Minister Jacques Chirac ... Reagan and Chirac": so does one named before
    party = party or known_party(known_as(canonical))
    return _Found("person", canonical, start, end, party, _clean_role(role))


def _patron_party(role: str | None, earlier: list[_Found]) -> str | None:
    """The party of a person named earlier whose possessive opens the role ("Peterson's trade minister")."""
    if not (patron := re.search(r"\b([A-Z][\w'-]+)['’]s\b", role or "")):
        return None
    matches = [f.party for f in earlier if f.party and f.value.split()[-1] == patron[1]]
    return matches[-1] if matches else None


def _nationality_beside(body: str, start: int, end: int) -> str | None:
    """The party of a nationality word right before a name or opening its appositive."""
    before, after = _NATIONALITY_BESIDE
    match = before.search(body, max(0, start - 30), start) or after.match(body, end)
    return _cue(match["cue"]) if match else None


def _member_of(body: str, end: int) -> re.Match | None:
    """ ", a member of the Federal Reserve Board": a membership is a role only in a known institution."""
    match = _MEMBER_OF.match(body, end)
    return match if match and _institution_party(match["role"]) else None


def known_party(name: str) -> str | None:
    """The party of a gazetteer person by canonical name, as a surname was read ("president Fox's administration")."""
    person = _gazetteer_person(name)
    return person.party if person else None


def _gazetteer_person(name: str) -> Person | None:
    """The gazetteer person of that canonical name, if any."""
    people = [e for e in _ALIASES.get(_fold(name), []) if isinstance(e, Person) and e.name == name]
    return people[0] if people else None


def _appositive(body: str, end: int) -> re.Match | None:
    """The role after a name and a comma, unless the comma goes on with a list (", and American judges X")."""
    match = _APPOSITIVE.match(body, end)  # "X, whose chief executive ...": X is the firm, not the officer
    if match and _NAME_AFTER_ROLE.match(body, match.end()) and not re.search(r"\b(?:of|for|at|to)\b", match["role"]):
        return None  # "Dauster, Assistant U.S. Trade Representative Jon Rosenbaum and ...": the next one's title;
        # not "Helmut Kramer, spokesman for Chancellor Franz Vranitzky"
    return None if match and re.match(r"(?:and|or|but|while|whose)\b", match["role"]) else match


_INTERNATIONAL = re.compile(
    r"\b(?:World\s+Bank|IMF|International\s+Monetary\s+Fund|GATT|OECD|United\s+Nations|U\.N\.|UN|"
    r"European\s+(?:Community|Commission|Union|Parliament)|EC|EEC|OPEC|Opec|Inter-American\s+Development\s+Bank|"
    r"IDB|Asian\s+Development\s+Bank|Paris\s+Club|WTO|Bank\s+for\s+International\s+Settlements|BIS|"
    r"International\s+Energy\s+Agency|IEA|NATO|Organization\s+of\s+American\s+States|OAS|Secretary[\s-]+General)\b"
)


def international_role(role: str | None) -> bool:
    """Whether a role names an international body ("World Bank President"): its holder has no party of his own."""
    return bool(role and _INTERNATIONAL.search(role))


def abroad(body: str) -> bool:
    """Whether the text also speaks of a country outside NAFTA ("Japan", "Japanese", "the EC")."""
    return bool(_ABROAD.search(body))


def foreign_before(body: str, start: int) -> bool:
    """Whether a foreign country word stands in the title just before a name ("Japanese Foreign Minister X")."""
    return bool(_FOREIGN.search(body, max(0, start - 40), start))


def foreign_after(body: str, end: int) -> bool:
    """Whether the appositive right after a name ties it abroad ("Youcef Yousfi, director-general of Sonatrach,
    the Algerian state petroleum company")."""
    appositive = _APPOSITIVE_SPAN.match(body, end)
    return bool(appositive and _FOREIGN.search(appositive[0]) and not _cue(appositive[0]))


def _given_name(name: str) -> bool:
    """Whether two to four capitalised words open with a common given name ("Mark Fields", "Alice Desjardins")."""
    words = name.split()
    return (
        2 <= len(words) <= 4
        and _fold(words[0]) in GIVEN_NAMES
        and _personal(words)
        and not any(word.lower().strip(".,") in PLACES for word in words)
    )


def _affiliation_party(affiliation: str) -> str | None:
    """The party of the place or organisation a person is "of": a U.S. state, a province, a country word
    opening the name ("of the Canadian Manufacturers' Association")."""
    words = re.sub(r"^of (?:the )?", "", " ".join(affiliation.split()))
    place = _PLACE_NAME.fullmatch(words)
    if place:
        return CA if re.fullmatch(PROVINCES, words) else US
    return _cue(words.split()[0]) if words else None


def _before_affiliation(body: str, run: re.Match) -> re.Match:
    """Cut a run after the name when an organisation or a place follows it: "Chad Bown of the Peterson
    Institute", "John Smith of South Dakota"; not "the Monetary Authority of Singapore" or "X of America Inc"."""
    if _word_before_is_the(body, run.start()):
        return run
    if _COMPANY_AFTER.match(body, run.end()) and not _person_of_firm(run[0]):
        return run  # "Birr Wilson of America Inc"; but "Doug Gowland of Brown Baldwin Nisker Ltd" is a person
    # "X of America Inc" is one company, but "said Steve Cerier of Manufacturers Hanover Trust Co" is a person's
    # company: after a reporting verb, a two-word personal name before "of" is cut off.
    company = run[0].split()[-1].rstrip(".") in _COMPANY_FORMS
    if company and not _SAID_BEFORE.search(body, max(0, run.start() - 30), run.start()) and not _person_of_firm(run[0]):
        return run
    for link in _OF_LINK.finditer(run[0]):
        head, rest = run[0][: link.start()].split(), run[0][link.end() :]
        if company and len(head) < 2:
            continue
        if head and not _stop_token(head[-1], True) and _personal(_after_title(head)):
            named = _given_name(" ".join(_after_title(head))) and "of" not in head
            titled = len(head) in (2, 3) and "of" not in head and _title_before(body, run.start()) is not None
            if _affiliation(rest) or named or titled:  # "John Thompson of Wood Gundy", "analyst Eliot Laurence of
                # Wessels Arnold"; not "the Church of Jesus Christ of ..."
                return _CAPSEQ.match(body, run.start(), run.start() + link.start()) or run
    return run


@lru_cache(maxsize=8)
def _firm_names(body: str) -> frozenset[str]:
    """Names, in lower case, the text gives a company form ("GenCorp Inc", "Hughes Tool Co"), a ticker
    ("<MB.TO>") or a publication's noun ("the Business Day newspaper"): said alone, the firm or the paper."""
    names = set()
    for run in _CAPSEQ.finditer(body):
        words = run[0].lower().split()
        if any(form.match(body, run.end()) for form in (_COMPANY_AFTER, _TICKER_AFTER, _PUBLICATION_AFTER)):
            names.add(" ".join(words))
        elif len(words) > 2 and run[0].split()[-1].rstrip(".") in _COMPANY_FORMS:
            names.add(" ".join(words[:-1]))  # "Entertainment Marketing Inc", one run with its form
    return frozenset(names)


def _title_firms(title: str) -> set[str]:
    """What a Reuters headline may name as the company before a ticker ("HUGHES TOOL <HT> U.S. RIG COUNT",
    "FDA PANEL BACKS UPJOHN <UPJ> ..."): the last one, two or three words before it, in lower case."""
    names = set()
    for ticker in re.finditer(r"<[A-Z][A-Z.]*>", title):
        words = title[: ticker.start()].lower().split()
        names |= {" ".join(words[-k:]) for k in (1, 2, 3) if len(words) >= k}
    return names


def _person_of_firm(run: str) -> bool:
    """Whether a run opens with a person's given and family name before "of" ("Doug Gowland of Brown ...")."""
    head = run.split(" of ", 1)[0].split() if " of " in " ".join(run.split()) else []
    return len(head) >= 2 and _given_name(" ".join(_after_title(head)))


def _after_title(words: list[str]) -> list[str]:
    """The words after the last title or common word: "Energy Minister Javier Espinosa" -> the name."""
    return words[_last_stop(words) + 1 :] or words


def _last_stop(words: list[str]) -> int:
    """The index of the last word that cannot belong to a name (-1 if none)."""
    return max((i for i, word in enumerate(words) if _stop_token(word, i == len(words) - 1)), default=-1)


def _word_before_is_the(body: str, start: int) -> bool:
    return bool(re.search(rf"\b[Tt]he{_SP}$", body[max(0, start - 6) : start]))


def _personal(words: list[str]) -> bool:
    """Whether words may be a person's name: no institutional word, not opened by "The"."""
    folded = [word.lower().rstrip(".,") for word in words]
    return folded[0] != "the" and not any(word in ORG_ENDINGS or word in ORG_WORDS for word in folded)


def _affiliation(text: str) -> bool:
    """Whether capitalised words name an organisation or a place."""
    last = text.split()[-1].lower().rstrip(".")
    return (
        last in ORG_ENDINGS | ORG_WORDS | PLACES
        or bool(_ABROAD.fullmatch(" ".join(text.split())))
        or bool(_PLACE_NAME.fullmatch(" ".join(text.split())))
        or (_cue(text) is not None)
    )


def _split_title(body: str, run: re.Match) -> tuple[int, int, str | None] | None:
    """Split a run into a title ("U.S. Trade Representative") and the name after it."""
    tokens = list(re.finditer(r"[^\s]+", run[0]))
    while len(tokens) > 2 and tokens[-1][0].lower() in CALENDAR_WORDS:
        tokens.pop()  # "Prime Minister Ismail Haniyeh Friday denounced"
    last_stop = _last_stop([t[0] for t in tokens])
    ranks = [i for i, t in enumerate(tokens[:-2]) if t[0] in _RANKS and i > last_stop]
    if ranks and _given_name(tokens[ranks[-1] + 1][0] + " " + tokens[-1][0]):
        last_stop = ranks[-1]  # "Major Randy Morger said", "Navy Admiral William Crowe": a rank before a full name
    names = tokens[last_stop + 1 :]
    if last_stop > 1 and tokens[last_stop][0] == "of" and _country(" ".join(t[0] for t in names)):
        tokens = tokens[:last_stop]  # "King Hussein of Jordan": the name is before the country
        last_stop = _last_stop([t[0] for t in tokens])
        names = tokens[last_stop + 1 :]
    if last_stop >= 0 and tokens[last_stop][0] in ("of", "the") and len(names) >= 3:
        names = names[1:]
    if not names or len(names) > 4 or names[0][0].lower() in ("of", "de", "la", "y"):
        return None
    title_tokens = tokens[: last_stop + 1]
    has_title = any(t[0].lower().rstrip(".") in TITLE_WORDS for t in title_tokens) or _ranked(title_tokens, names)
    title = _own_title(run[0][: names[0].start()]) if has_title else None
    end = run.start() + names[-1].end() - (2 if re.search(r"['’]s$", names[-1][0]) else 0)
    return run.start() + names[0].start(), end, title


def _country(text: str) -> bool:
    """Whether capitalised words name a country or a place outside the three parties."""
    return text.lower() in PLACES or bool(_ABROAD.fullmatch(text))


def _ranked(title_tokens: list[re.Match], names: list[re.Match]) -> bool:
    """Whether a military rank titles the name after it: "U.S. Marine Corps General John R. Allen", "General
    Mark Milley"; not "General Electric Credit" or "General Public Utilities"."""
    if not title_tokens or title_tokens[-1][0] not in _RANKS or len(names) < 2:
        return False
    military = len(title_tokens) > 1 and title_tokens[-2][0].rstrip(".") in _MILITARY_BEFORE_RANK
    return military or _given_name(" ".join(n[0] for n in names))


def _own_title(text: str) -> str:
    """The title words of the name's own sentence: a run may start in the paragraph or sentence before
    ("... with the U.S.\n    Vice Finance Minister", "... the United States. Foreign Ministry spokesman")."""
    text = _PARAGRAPH_BREAK.split(text)[-1]
    ends = [m.end() for m in _WORD_PERIOD.finditer(text) if m["word"] not in _TITLE_ABBREVIATIONS]
    return text[ends[-1] if ends else 0 :].strip()


def _stop_token(token: str, last: bool) -> bool:
    """Whether a token cannot belong to a name: a title or common word, or a possessive before the end."""
    word = token.lower().rstrip(".")
    if not last and re.search(r"['’]s$", word):
        return True
    if not last and token[:1].isupper() and word in GIVEN_NAMES:
        return False  # "Rep. Bill Emerson": "Bill" is his name here, not a bill
    return word in STOP_WORDS or re.sub(r"['’]s$", "", word) in STOP_WORDS or word.rstrip(",") in STOP_WORDS


def _title_before(body: str, start: int) -> str | None:
    """A title or role right before a name: "Sen.", "Secretary of Economy,", "committee chairman"."""
    hint = _TITLE_HINT.search(body, max(0, start - 120), start)  # a cheap scan before the costly pattern
    if not hint:
        return None
    match = _TITLE_BEFORE.search(body, max(0, start - 120, hint.start() - 60), start)
    if not match:
        return None
    words = _own_title(match[0]).split()
    while words and words[0].lower() in _ROLE_LEAD_WORDS:
        words.pop(0)
    return " ".join(words).rstrip(",") or None


def _listed_after(body: str, start: int, earlier: list[_Found]) -> _Found | None:
    """The person this name follows in a list ("Sen. A (Texas), B (Ohio) and C"), if any."""
    before = [f for f in earlier if f.end <= start]
    last = max(before, key=lambda f: f.end, default=None)
    if last is None or start - last.end > 60:
        return None
    if _BETWEEN.search(body, max(0, last.start - 40), last.start):
        return None  # "talks between Reagan and Nakasone" pairs two sides, not one party's people
    if body[last.end : start].strip() == "," and _SAID_AFTER.match(body, _name_end(body, start)):
        return None  # "... spoke with Mexican President de la Madrid, Huayta said": the speaker, not a list
    return last if _LIST_GAP.match(body[last.end : start]) else None


def _name_end(body: str, start: int) -> int:
    """The end of the run of capitalised words that starts at ``start``."""
    return run.end() if (run := _CAPSEQ.match(body, start)) else start


def _party(body: str, start: int, title: str | None, state: re.Match | None, appositive: re.Match | None) -> str | None:
    """The party a title, a state or province in parentheses, or an appositive gives a person."""
    if state:
        return CA if state["province"] else US
    if international_role(appositive["role"] if appositive else None):
        return None  # "president of an Organization of American States committee" speaks for no party
    for text in (title or "", appositive["role"] if appositive else ""):
        party = _cue_in(body, text) or _secretary_at_home(body, text) and _institution_party(text) or _city_party(text)
        if party:
            return party
    clause = _clause_before(body, start)  # "Bank of Montreal Chairman X"; not a venue: "talks in New York when X"
    place = _PLACE_VISITED.sub(" ", clause)  # "a visit to the United States by President Corazon Aquino"
    institution = _secretary_at_home(body, clause) and _institution_party(clause)
    if party := _cue_in(body, place) or institution or _city_party(_VENUE.sub(" ", clause)):
        return party
    if title and title.lower().rstrip(".").split()[0] in US_ONLY_TITLES:
        return US
    if title and (party := _constituency_party(title)):
        return party
    role = title or (appositive["role"] if appositive else "")
    if role and _US_OFFICE_TITLE.search(role) and not _FOREIGN.search(role):
        return US  # "Suzanne Early, assistant trade representative, told Reuters"
    if role and _US_CABINET.search(role) and _secretary_at_home(body, role):
        return US  # not "Agriculture Secretary Carlos Dominguez" of the Philippines
    return None


def _institution_party(text: str) -> str | None:
    """The party of a known institution or official named in a title or role: "White House spokesman",
    "chairman of the FERC", "Trump's senior adviser"."""
    for match in _GAZETTEER.finditer(text):
        named = re.search(r"([A-Z][a-z]+)\s+$", text[: match.start()])
        if (
            " " not in match[0]
            and not match[0].isupper()
            and named
            and not _cue(named[1])
            and (named[1].lower() not in _LEAD_WORDS)
        ):
            continue  # "African National Congress president": another body whose name ends in the word
        possessive = text.startswith(("'s", "’s"), match.end()) or bool(_AIDE_AFTER.match(text, match.end()))
        entries = [e for e in _ALIASES[_fold(match[0])] if e.party and (possessive or isinstance(e, Organization))]
        if entries:
            return entries[0].party
    return None


def _city_party(text: str) -> str | None:
    """The party of a city a role ties a person to: "a Toronto securities analyst", "of Houston"; not an
    academic's ("University of Toronto economist": academics and think tanks get no party)."""
    if _ACADEMIC.search(text):
        return None
    cities = [(m.start(), party) for party, pattern in _CITY.items() for m in pattern.finditer(text)]
    return max(cities)[1] if cities else None


def _constituency_party(title: str) -> str | None:
    """The party of a state or province that a legislator or governor represents: "Kansas Senator"."""
    place = _PLACE_IN_TITLE.search(title)
    if not place or not _CONSTITUENCY_TITLE.search(title):
        return None
    return CA if re.fullmatch(PROVINCES, place[0]) else US


def _clause_before(body: str, start: int) -> str:
    """The words before a name back to the previous comma or sentence end, at most 50 characters."""
    before = body[max(0, start - 50) : start]
    return _CLAUSE_END.split(before)[-1]


def _secretary_at_home(body: str, title: str) -> bool:
    """Whether a Secretary's title may be the U.S. one: not "Treasury Secretary Mario Brodersohn" of Argentina."""
    return not (re.search(r"\b(?i:secretary)\b", title) and _SECRETARIES_ABROAD.search(body))


def _cue_in(body: str, text: str) -> str | None:
    """The party of ``text``'s country word; a political party's name alone ("Conservative opposition leader") only
    in a story at home that names that country: Greece has Conservatives too."""
    party = _cue(text)
    if party and _POLITICAL.search(text) and not (_COUNTRY_NAMED[party].search(text) or _US_LEGISLATURE.search(text)):
        if abroad(body) or not _COUNTRY_NAMED[party].search(body):
            return None
    return party


def _cue(text: str) -> str | None:
    """The party whose country word comes last in ``text`` (the one nearest to the name)."""
    best, where = None, -1
    for party, cue in _CUE.items():
        for match in cue.finditer(text):
            if match.start() > where and not _ENVOY_TO.search(text, 0, match.start()):
                best, where = party, match.start()
    return best


def _clean_role(role: str | None) -> str | None:
    return " ".join(role.strip(" ,\n").split()) if role else None


def _canonical(name: str, year: int | None, earlier: list[_Found]) -> str:
    """The canonical name: a gazetteer name, a full name seen earlier in the article, or the name itself."""
    name = re.sub(r"['’]s$", "", name)
    folded = _fold(name)
    people = [e for e in _ALIASES.get(folded, []) if isinstance(e, Person)]
    if people:
        return people[0].name
    words = name.split()
    if len(words) == 2 and (same := _same_person_by_nickname(words, earlier)):
        return same  # "Steve Miller" after "Stephen Miller"
    if len(words) == 2 and (fuller := _fuller_name_before(name, earlier)):
        return fuller  # "Antonio Ortiz Mena ... Ortiz Mena said": a double surname
    if " " not in name:
        for item in reversed(earlier):
            if item.type == "person" and _fold(_surname(item.value)) == folded:
                return item.value
        known = _SURNAMES.get(folded, [])
        in_era = [p for p in known if _in_era(p, year)]
        if in_era or known:
            return (in_era or _latest_before(known, year))[0].name
    return name


_NICKNAMES = [
    {"stephen", "steven", "steve"}, {"michael", "mike"}, {"robert", "bob", "rob", "bobby"},
    {"william", "bill", "billy", "will"}, {"james", "jim", "jimmy"}, {"thomas", "tom"}, {"richard", "dick", "rick"},
    {"david", "dave"}, {"daniel", "dan"}, {"joseph", "joe"}, {"edward", "ed", "ted"}, {"christopher", "chris"},
    {"anthony", "tony"}, {"patrick", "pat"}, {"andrew", "andy"}, {"lawrence", "larry"}, {"gerald", "jerry"},
    {"kenneth", "ken"}, {"ronald", "ron"}, {"donald", "don"}, {"alexander", "alex"}, {"samuel", "sam"},
    {"benjamin", "ben"}, {"charles", "chuck", "charlie"}, {"jeffrey", "jeff"}, {"gregory", "greg"},
    {"matthew", "matt"}, {"nicholas", "nick"}, {"peter", "pete"}, {"timothy", "tim"}, {"frederick", "fred"},
    {"philip", "phil"}, {"raymond", "ray"}, {"bernard", "bernie"}, {"mitchell", "mitch"}, {"elizabeth", "liz"},
    {"katherine", "kate"}, {"susan", "sue"}, {"margaret", "peggy"}, {"jonathan", "jon"},
]  # fmt: skip
_NICKNAME_OF = {name: frozenset(group) for group in _NICKNAMES for name in group}


def _fuller_name_before(name: str, earlier: list[_Found]) -> str | None:
    """An earlier person whose name ends in these two words and has more before them ("Antonio Ortiz Mena")."""
    folded = _fold(name)
    for item in reversed(earlier):
        value = _fold(item.value)
        if item.type == "person" and value.endswith(" " + folded) and len(value.split()) > 2:
            return item.value
    return None


def known_as(name: str) -> str:
    """The gazetteer's name for a person the text names in a variant ("Robert Dole" is Bob Dole), else the name."""
    return _known_variant(name) or name


def _known_variant(name: str) -> str | None:
    """The gazetteer person a name is with a middle name or initial or another form of the given name ("Stephen
    K. Bannon", "Pierre Elliot Trudeau", "Thomas Hockin")."""
    words = name.split()
    if _gazetteer_person(name):
        return None  # "George W. Bush" is not his father
    if len(words) == 3:
        people = [e for e in _ALIASES.get(_fold(f"{words[0]} {words[2]}"), []) if isinstance(e, Person)]
        return people[0].name if people else _known_by_nickname([words[0], words[2]])
    return _known_by_nickname(words) if len(words) == 2 else None


def _same_as_known(found: list[_Found]) -> list[_Found]:
    """One name for a person the text names both as the gazetteer does and in a variant ("Thomas Hockin ... Tom
    Hockin"); a variant alone keeps the text's form (only its party comes from the gazetteer)."""
    known = {f.value for f in found if f.type == "person"}
    for item in found:
        if item.type == "person" and (variant := _known_variant(item.value)) and variant in known:
            item.value = variant
    return found


def _surname_before_full_name(found: list[_Found]) -> list[_Found]:
    """A bare surname told before the full name ("analyst Thompson forecast ... analyst Albert Thompson") is that
    person, when one person of the article has the surname."""
    full: dict[str, set[str]] = {}
    for item in found:
        if item.type == "person" and " " in item.value:
            full.setdefault(_surname(item.value), set()).add(item.value)
    for item in found:
        if item.type == "person" and " " not in item.value and len(names := full.get(item.value, ())) == 1:
            item.value = next(iter(names))
    return found


def _known_by_nickname(words: list[str]) -> str | None:
    """The gazetteer person with this surname and the given name in another form."""
    given, surname = _fold(words[0]), _fold(words[1])
    for form in _NICKNAME_OF.get(given, ()):
        people = [e for e in _ALIASES.get(f"{form} {surname}", []) if isinstance(e, Person)]
        if people:
            return people[0].name
    return None


def _same_person_by_nickname(words: list[str], earlier: list[_Found]) -> str | None:
    """An earlier person with the same surname and the same given name in another form ("Steve" for "Stephen")."""
    given, surname = _fold(words[0]), _fold(words[1])
    forms = _NICKNAME_OF.get(given)
    if not forms:
        return None
    for item in reversed(earlier):
        parts = item.value.split()
        if item.type == "person" and len(parts) == 2 and _fold(parts[1]) == surname and _fold(parts[0]) in forms:
            return item.value
    return None


# ---- surnames and generic organisations --------------------------------------------------------------


def _in_firm_name(body: str, match: re.Match) -> bool:
    """Whether a surname stands beside an "&" ("Johnson & Johnson", "Procter & Gamble") or before "and Co"
    ("Birr, Wilson and Co"): a firm's name."""
    return (
        body[max(0, match.start() - 2) : match.start()].strip() == "&"
        or body[match.end() : match.end() + 2].strip() == "&"
        or bool(_AND_CO_AFTER.match(body, match.end()))
        or (" " not in match[0] and bool(_FIRM_AFTER.match(body, match.end())))  # "McLeod, Young Weir Ltd"
    )


def _surnames(body: str, found: list[_Found]) -> list[_Found]:
    """Bare surnames of people the article named in full before."""
    full = {}
    for item in sorted(found, key=lambda f: f.start):
        if item.type == "person" and " " in item.value:
            full.setdefault(_surname(item.value), item)
    if not full:
        return []
    pattern = re.compile(r"(?<![\w.'’-])(" + "|".join(map(re.escape, full)) + r")(?![\w’-]|'(?!s\b))")
    extra = []
    for match in pattern.finditer(body):
        first = full[match[1]]
        if match.start() > first.start and not _overlaps(found + extra, match.start(), match.end()):
            if not _NOT_PERSON_AFTER.match(body, match.end()) and not _in_firm_name(body, match):
                extra.append(_Found("person", first.value, match.start(), match.end(), first.party, first.role))
    return extra


def _generic_organizations(body: str, found: list[_Found]) -> list[_Found]:
    """Capitalised names ending in an institutional word: "Canadian Forest Industry Council", "Husky Oil Ltd"."""
    extra = _acronym_companies(body, found)
    for run in map(lambda run: _before_title(body, run), _CAPSEQ.finditer(body)):
        words = run[0].split()
        if len(words) < 2 or (words[-1].lower().rstrip(".") not in ORG_ENDINGS and not _of_place(run[0])):
            continue
        start = _skip_leading(body, _after_of(body, run), run.end())
        if start is None or _overlaps(found + extra, start, run.end()):
            continue
        name = " ".join(body[start : run.end()].split())
        if name in NOT_ORGANIZATIONS or all(w.lower().rstrip(".") in ORG_ENDINGS for w in name.split()):
            continue
        party = US if re.match(r"(?:House|Senate|Congressional)\b", name) else _cue(name)
        party = party or _possessive_party(body, run.start(), start) or _appositive_party(body, run.end())
        extra.append(_Found("organization", name, start, run.end(), party or _home_state_party(name)))
    return extra


def _before_title(body: str, run: re.Match) -> re.Match:
    """Cut a run before a title that follows an organisation: "Royal Bank of Canada Chairman Allan Taylor"."""
    for token in list(re.finditer(r"\S+", run[0]))[1:]:
        if token[0].lower().rstrip(".,") in TITLE_WORDS - ORG_ENDINGS:
            return _CAPSEQ.match(body, run.start(), run.start() + token.start()) or run
    return run


def _home_state_party(name: str) -> str | None:
    """The party of a body named for a state or province: "Flagstaff Institute of Arizona", "Bank of Nova Scotia"."""
    found = _OF_HOME_STATE.search(name)
    return (CA if found["province"] else US) if found else None


def of_a_state(name: str) -> bool:
    """Whether an organisation the gazetteer does not know is named for a U.S. state ("Public Service of New
    Mexico"): its party is the state's country, but it is no institution of that party."""
    found = _OF_HOME_STATE.search(name)
    return bool(found and found["state"]) and _fold(name) not in _ALIASES


def _of_place(run: str) -> bool:
    """Whether a run ends in an institutional word "of" a place: "Royal Bank of Canada", "Bank of Montreal"."""
    match = _ENDING_OF.search(run)
    if not match:
        return False
    tail = " ".join(match["tail"].split())
    plain = {word.lower().rstrip(".") for word in tail.split()}
    return bool(_PLACE_NAME.fullmatch(tail)) or plain <= (STOP_WORDS - TITLE_WORDS) | PLACES


def _acronym_companies(body: str, found: list[_Found]) -> list[_Found]:
    """Companies named by an acronym and a legal form: "CBS Inc", "AMR Corp"."""
    return [
        _Found("organization", " ".join(match[0].split()), match.start(), match.end())
        for match in _ACRONYM_COMPANY.finditer(body)
        if not _overlaps(found, match.start(), match.end())
    ]


def _possessive_party(body: str, lead: int, start: int) -> str | None:
    """The party of a country named in the possessive before an organisation: "Mexico's Economy Ministry"."""
    possessive = re.search(r"([\w.]+['’]s)\s+$", body[lead:start])
    return _cue(possessive[1]) if possessive else None


def _appositive_party(body: str, end: int) -> str | None:
    """The party an appositive gives an organisation: "Alliance Resource Partners, a big US coal operation"."""
    appositive = _ORG_APPOSITIVE.match(body, end)
    return _cue(appositive[1]) if appositive else None


def _bare_house(body: str, found: list[_Found]) -> list[_Found]:
    """ "the House" is the U.S. House of Representatives where the text speaks of Congress, not of Parliament."""
    if not _US_LEGISLATURE.search(body) or _CANADIAN_LEGISLATURE.search(body):
        return []
    return [
        _Found("organization", "U.S. House of Representatives", match.start(1), match.end(1), US)
        for match in _BARE_HOUSE.finditer(body)
        if not _overlaps(found, match.start(1), match.end(1))
    ]


def _after_of(body: str, run: re.Match) -> int:
    """Where the organisation starts in "Joe Carson of Chemical Bank" or "President of the Coffee Institute"."""
    last = None
    for link in re.finditer(rf"{_SP}of{_SP}(?:the{_SP})?", run[0]):
        head = run[0][: link.start()].split()[-1].lower()
        if head not in ORG_ENDINGS | {"office", "bank", "secretariat", "house", "ministry", "department"}:
            last = link
    return run.start() + last.end() if last else run.start()


def _skip_leading(body: str, start: int, end: int) -> int | None:
    """Drop a leading article or sentence word ("The", "In") from an organisation's name."""
    lead = r"The|A|An|In|On|At|But|And|By|For|From|With|Under|After|Both|Its|Their|His|Her|[\w.]+-based|[\w.]+['’]s"
    start += re.match(rf"(?:(?:{lead})(?![\w-]){_SP})*", body[start:end]).end()
    return start if end - start > 3 and " " in body[start:end].strip() else None
