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
- A person's party is the gazetteer's, else the country the title names ("Canadian Trade Minister"),
  a U.S. state in parentheses, or a U.S.-only title ("Sen.", "Rep.", "Congressman"); all mentions of a
  person in one article share the first party found.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from indexer.models import Article, Mention

US, CA, MX = "united-states", "canada", "mexico"
ERAS = {"*": (0, 9999), "1980s": (1978, 1995), "2010s": (2012, 2035), "": None}


@dataclass(frozen=True)
class Person:
    """A known person: canonical name, party, usual role, other names, and when the surname alone is them."""

    name: str
    party: str | None
    role: str | None
    aliases: tuple[str, ...] = ()
    era: tuple[int, int] | None = None  # years in which the bare surname refers to this person


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
        people.append(Person(name, party, role or None, tuple(filter(None, aliases.split("|"))), ERAS[era]))
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
    C.J. Mahoney; us; Deputy U.S. Trade Representative; Mahoney; 2010s
    Kelly Knight Craft; us; Ambassador; Kelly Craft;
    John Thune; us; Sen.; Thune; *
    Cory Gardner; us; Sen.; Gardner; 2010s
    Pat Roberts; us; Sen.; ;
    Lindsey Graham; us; Sen.; ;
    Chuck Grassley; us; Sen.; Grassley; *
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
    George W. Bush; us; President; ;
    George Bush; us; President; George H.W. Bush|George H. W. Bush|Bush; 1980s
    Justin Trudeau; ca; Prime Minister; Trudeau; 2010s
    Pierre Trudeau; ca; Prime Minister; Pierre Elliott Trudeau|Trudeau; 1980s
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
    Stephen Harper; ca; Prime Minister; Harper; 2010s
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
    Graciela Márquez; mx; Secretary of Economy; Graciela Marquez;
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
    Jim Wright; us; Speaker of the House; ;
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
""")

ORGANIZATIONS = _organizations("""
    Office of the United States Trade Representative; us; USTR|Office of the U.S. Trade Representative
        |Office of the US Trade Representative|U.S. Trade Representative's office
    U.S. Congress; us; Congress|United States Congress|US Congress
    Senate; us; U.S. Senate|US Senate|United States Senate
    U.S. House of Representatives; us; House of Representatives|U.S. House|United States House of Representatives
    House Ways and Means Committee; us; Ways and Means Committee|House Ways and Means|Ways and Means
    Senate Finance Committee; us; Senate Finance
    White House; us;
    U.S. Department of Commerce; us; Commerce Department|U.S. Commerce Department|Department of Commerce
        |US Commerce Department
    U.S. Department of Agriculture; us; Agriculture Department|U.S. Agriculture Department|USDA
        |Department of Agriculture
    U.S. Department of the Treasury; us; Treasury Department|U.S. Treasury|Treasury
    U.S. Department of State; us; State Department|U.S. State Department
    U.S. Department of Labor; us; Labor Department|U.S. Labor Department
    U.S. International Trade Commission; us; International Trade Commission|ITC|USITC
    U.S. Customs Service; us; Customs Service|U.S. Customs|U.S. Customs and Border Protection
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
    Department of External Affairs; ca; External Affairs Department
    Statistics Canada; ca;
    House of Commons; ca; Commons
    Parliament of Canada; ca; Canadian Parliament
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
    Boeing; ;
    Caterpillar; ; Caterpillar Inc
    European Commission; ; EC Commission
    European Community; ; EC|European Economic Community|EEC
    European Union; ; EU
    General Agreement on Tariffs and Trade; ; GATT
    World Trade Organization; ; WTO
    International Monetary Fund; ; IMF
    World Bank; ;
    Organisation for Economic Co-operation and Development; ; OECD|Organization for Economic Cooperation and Development
    United Nations; ; U.N.|UN
    Reuters; ;
""")

US_STATES = (
    "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|"
    "Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|"
    "Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|"
    "North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|"
    "Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|"
    "Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Kans|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|"
    "N\\.H|N\\.J|N\\.M|N\\.Y|N\\.C|N\\.D|Okla|Ore|Pa|R\\.I|S\\.C|S\\.D|Tenn|Tex|Vt|Va|Wash|W\\.Va|Wis|Wyo|"
    "[A-Z]{2}"
)
PROVINCES = (
    "Ontario|Quebec|Québec|British Columbia|Alberta|Saskatchewan|Manitoba|Nova Scotia|New Brunswick|"
    "Newfoundland|Prince Edward Island|Yukon|Nunavut|Northwest Territories"
)
# Words that open a title: whatever capitalised name follows them is a person.
TITLE_WORDS = {
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
}
ORG_WORDS = {
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
}
# Capitalised words that are never part of a person's name.
STOP_WORDS = (
    TITLE_WORDS
    | PLACES
    | ORG_WORDS
    | {
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
}
NOT_ORGANIZATIONS = {"Soviet Union", "European Union"}
PARTY_CUES = {
    US: r"U\.S\.|US|USA|American|America's|United States'?|Washington's|Republican|Democratic|Democrat|GOP",
    CA: r"Canadian|Canada's|Canada|Ottawa's|Liberal|Tory|Conservative|Quebec|Ontario|Alberta|British Columbia|"
    r"Saskatchewan|Manitoba|Newfoundland|Nova Scotia|New Brunswick",
    MX: r"Mexican|Mexico's|Mexico",
}
SURNAME_ORGS = {"ford", "chrysler", "dole"}  # company names that follow a first name when they are people
US_ONLY_TITLES = {"sen", "senator", "senators", "sens", "rep", "reps", "congressman", "congresswoman", "congressmen"}

_SP = r"(?:[ \t]+|[ \t]*\n[ \t]*)"  # white space within a paragraph (Reuters wraps lines)
_TOKEN = (  # a capitalised word ("McConnell", "Woong-Bae", "Chrétien"), an initial ("T.K.") or "O'Brien"
    r"(?:[A-ZÀ-Þ](?:[a-zß-ÿ]+(?:['’][A-Za-zß-ÿ]+)?(?:[A-Z][a-zß-ÿ]+)?(?:-[A-ZÀ-Þa-zß-ÿ][a-zß-ÿ]+)*|\.(?:[A-Z]\.)*)"
    r"|O['’][A-Z][a-z]+)"
)
_LINK = rf"(?:{_SP}(?:(?:of|de|del|la|van|von|da|dos|du|der|y)(?:{_SP}the|{_SP}la)?{_SP})?)"
_CAPSEQ = re.compile(rf"(?<![^\W_]|[.'’-]){_TOKEN}(?:{_LINK}{_TOKEN}){{0,7}}(?![^\W_]|[’'-])")
_TITLE_BEFORE = re.compile(
    r"(?:\b(?P<abbr>Sen|Sens|Rep|Reps|Gov|Dr|Mr|Mrs|Ms|Gen|Lt|Col|Adm|Hon|Prof|St)\.|"
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
    rf",{_SP}(?:(?:the|a|an|who{_SP}is|now){_SP})?(?P<role>(?:[\w.'’-]+{_SP}){{0,5}}?"
    rf"(?:{'|'.join(sorted(TITLE_WORDS - {'mr', 'mrs', 'ms', 'dr', 'sir', 'lord', 'member'}, key=len, reverse=1))})s?\b"
    rf"(?:{_SP}(?:of|at|for|with|from){_SP}(?:[^,;()\n.]|\.(?=\s?[A-Z])|\.(?=\w))+)?)",
    re.IGNORECASE,
)
_STATE_AFTER = re.compile(
    rf"{_SP}?\((?:(?:[RDI]|Rep|Dem)\.?{_SP}?[-–,]?{_SP}?)?(?P<state>{US_STATES})\.?\)"
    rf"|{_SP}?\((?P<province>{PROVINCES})\)"
)
_LIST_GAP = re.compile(rf"^(?:{_SP}?\([^()\n]{{1,40}}\))?{_SP}?(?:,|,?{_SP}and|,{_SP}and){_SP}$")
_CUE = {party: re.compile(rf"(?<![\w.])(?:{pattern})(?![\w])") for party, pattern in PARTY_CUES.items()}
_FOREIGN = re.compile(
    r"\b(?!(?:American|Canadian|Mexican|Republican)\b)[A-Z][a-z]+(?:an|ese|ish|ian)\b|"
    r"\b(?:Soviet|French|Dutch|Swiss|Thai|Greek|Israeli|Iraqi|Iranian|Saudi|Pakistani|Kuwaiti|Bangladeshi|Sir)\b|"
    r"\b(?:Britain|Japan|France|Germany|China|Italy|Brazil|India|Australia|Korea|Taiwan|Spain|Argentina|"
    r"Europe|Israel|Sweden|Norway)['’]s\b"
)
_PLACE_NAME = re.compile(rf"(?:{US_STATES}|{PROVINCES})")
_TITLE_AFTER_ORG = re.compile(
    rf"{_SP}(?:Minister|Ministers|Secretary|Secretaries|Undersecretary|Under{_SP}Secretary)\b"
)
_NOT_PERSON_AFTER = re.compile(rf"{_SP}(?:Corp|Inc|Co|Ltd|Motors?|Bank|Group|Party)\b")


def _alias_table() -> dict[str, list[Person | Organization]]:
    """Every gazetteer name, folded, to the people or organisations it may stand for."""
    table: dict[str, list[Person | Organization]] = {}
    for entry in (*PEOPLE, *ORGANIZATIONS):
        for alias in (entry.name, *entry.aliases):
            table.setdefault(_fold(alias), []).append(entry)
    return table


def _fold(text: str) -> str:
    return " ".join(text.replace("’", "'").split()).lower()


_ALIASES = _alias_table()
_SURNAMES: dict[str, list[Person]] = {}
for _person in PEOPLE:
    _SURNAMES.setdefault(_fold(_person.name.split()[-1]), []).append(_person)
_GAZETTEER = re.compile(
    r"(?<![^\W_]|[.'’-])(?:"
    + "|".join(
        _SP.join(re.escape(word) for word in alias.split())
        for alias in sorted({a for e in (*PEOPLE, *ORGANIZATIONS) for a in (e.name, *e.aliases)}, key=len, reverse=True)
    )
    + r")(?![^\W_]|[’-]|'(?!s\b)|\.\w)"
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
    year = article.published.year if article.published else None
    found = _gazetteer(article.body, year)
    found += _context_people(article.body, found, year)
    found += _surnames(article.body, found)
    found += _generic_organizations(article.body, found)
    return _mentions(article, _unify(sorted(found, key=lambda f: f.start)))


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


def _gazetteer(body: str, year: int | None) -> list[_Found]:
    """Known people and organisations by any of their names."""
    found = []
    for match in _GAZETTEER.finditer(body):
        entry = _pick(body, match, year)
        if isinstance(entry, Person):
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
                return entry
    return None


def _not_organization(body: str, match: re.Match, alias: str) -> bool:
    """ "Ford" after a first name is a person; "External Affairs Minister" and "Treasury Secretary" are titles."""
    if alias in SURNAME_ORGS and _first_name_before(body, match.start()):
        return True
    return bool(_TITLE_AFTER_ORG.match(body, match.end()))


def _in_era(person: Person, year: int | None) -> bool:
    return person.era is not None and (year is None or person.era[0] <= year <= person.era[1])


def _first_name_before(body: str, start: int) -> bool:
    """Whether a capitalised word that is not a title or a list word directly precedes ``start``."""
    word = re.search(rf"([A-Z][\w.'’-]*){_SP}$", body[max(0, start - 30) : start])
    return bool(word) and word[1].lower().rstrip(".") not in STOP_WORDS


def _org_party(body: str, start: int, entry: Organization) -> str | None:
    """An organisation's party: a country word right before it ("Canadian Senate") beats the gazetteer."""
    before = re.search(rf"(\S+){_SP}$", body[max(0, start - 25) : start])
    if before and entry.name in ("Senate", "U.S. Congress"):
        for party, cue in _CUE.items():
            if cue.fullmatch(before[1]):
                return party
    return entry.party


# ---- context rules ----------------------------------------------------------------------------------


def _context_people(body: str, taken: list[_Found], year: int | None) -> list[_Found]:
    """Runs of capitalised words that a title, a role, a state, a reporting verb or a list makes people."""
    found: list[_Found] = []
    for run in _CAPSEQ.finditer(body):
        person = _person_in_run(body, run, year, found)
        if person and not _overlaps(taken, person.start, person.end):
            found.append(person)
    return found


def _person_in_run(body: str, run: re.Match, year: int | None, earlier: list[_Found]) -> _Found | None:
    """The person a run of capitalised words names, if its context says it is one."""
    split = _split_title(body, run)
    if split is None:
        return None
    start, end, title = split
    name = " ".join(body[start:end].split())
    if _NOT_PERSON_AFTER.match(body, end) or name.lower() in STOP_WORDS or _PLACE_NAME.fullmatch(name):
        return None
    if title and _FOREIGN.search(title) and not _cue(title):
        return _Found("person", _canonical(name, year, earlier), start, end, None, _clean_role(title))
    title = title or _title_before(body, start)
    state = _STATE_AFTER.match(body, end)
    appositive = _APPOSITIVE.match(body, end)
    listed = _listed_after(body, start, earlier)
    words = len(name.split())
    said = words > 1 and (_SAID_AFTER.match(body, end) or _SAID_BEFORE.search(body, max(0, start - 30), start))
    if not (title or state or listed or said or (appositive and words > 1)):
        return None
    role = title or (appositive["role"] if appositive else None) or (listed.role if listed else None)
    party = _party(body, start, title, state, appositive) or (listed.party if listed else None)
    return _Found("person", _canonical(name, year, earlier), start, end, party, _clean_role(role))


def _split_title(body: str, run: re.Match) -> tuple[int, int, str | None] | None:
    """Split a run into a title ("U.S. Trade Representative") and the name after it."""
    tokens = list(re.finditer(r"[^\s]+", run[0]))
    last_stop = max((i for i, t in enumerate(tokens) if _stop_token(t[0], i == len(tokens) - 1)), default=-1)
    names = tokens[last_stop + 1 :]
    if last_stop >= 0 and tokens[last_stop][0] in ("of", "the") and len(names) >= 3:
        names = names[1:]
    if not names or len(names) > 4 or names[0][0].lower() in ("of", "de", "la", "y"):
        return None
    title_tokens = tokens[: last_stop + 1]
    has_title = any(t[0].lower().rstrip(".") in TITLE_WORDS for t in title_tokens)
    title = run[0][: names[0].start()].strip() if has_title else None
    end = run.start() + names[-1].end() - (2 if re.search(r"['’]s$", names[-1][0]) else 0)
    return run.start() + names[0].start(), end, title


def _stop_token(token: str, last: bool) -> bool:
    """Whether a token cannot belong to a name: a title or common word, or a possessive before the end."""
    word = token.lower().rstrip(".")
    if not last and re.search(r"['’]s$", word):
        return True
    return word in STOP_WORDS or re.sub(r"['’]s$", "", word) in STOP_WORDS or word.rstrip(",") in STOP_WORDS


def _title_before(body: str, start: int) -> str | None:
    """A title or role right before a name: "Sen.", "Secretary of Economy,", "committee chairman"."""
    match = _TITLE_BEFORE.search(body, max(0, start - 120), start)
    if not match:
        return None
    return " ".join(match[0].split()).rstrip(",")


def _listed_after(body: str, start: int, earlier: list[_Found]) -> _Found | None:
    """The person this name follows in a list ("Sen. A (Texas), B (Ohio) and C"), if any."""
    if not earlier or earlier[-1].end > start or start - earlier[-1].end > 60:
        return None
    return earlier[-1] if _LIST_GAP.match(body[earlier[-1].end : start]) else None


def _party(body: str, start: int, title: str | None, state: re.Match | None, appositive: re.Match | None) -> str | None:
    """The party a title, a state or province in parentheses, or an appositive gives a person."""
    if state:
        return US if state["state"] else CA
    for text in (title or "", appositive["role"] if appositive else "", _clause_before(body, start)):
        party = _cue(text)
        if party:
            return party
    if title and title.lower().rstrip(".").split()[0] in US_ONLY_TITLES:
        return US
    if title and re.search(r"Trade Representative|Congress", title):
        return US
    return None


def _clause_before(body: str, start: int) -> str:
    """The words before a name back to the previous comma or sentence end, at most 50 characters."""
    before = body[max(0, start - 50) : start]
    return re.split(r"[.;,:()\"“”]\s", before)[-1]


def _cue(text: str) -> str | None:
    """The party whose country word comes last in ``text`` (the one nearest to the name)."""
    best, where = None, -1
    for party, cue in _CUE.items():
        for match in cue.finditer(text):
            if match.start() > where:
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
    if " " not in name:
        for item in reversed(earlier):
            if item.type == "person" and _fold(item.value.split()[-1]) == folded:
                return item.value
        known = _SURNAMES.get(folded, [])
        in_era = [p for p in known if _in_era(p, year)]
        if in_era or known:
            return (in_era or known)[0].name
    return name


# ---- surnames and generic organisations --------------------------------------------------------------


def _surnames(body: str, found: list[_Found]) -> list[_Found]:
    """Bare surnames of people the article named in full before."""
    full = {}
    for item in sorted(found, key=lambda f: f.start):
        if item.type == "person" and " " in item.value:
            full.setdefault(item.value.split()[-1], item)
    if not full:
        return []
    pattern = re.compile(r"(?<![\w.'’-])(" + "|".join(map(re.escape, full)) + r")(?![\w’-]|'(?!s\b))")
    extra = []
    for match in pattern.finditer(body):
        first = full[match[1]]
        if match.start() > first.start and not _overlaps(found + extra, match.start(), match.end()):
            if not _NOT_PERSON_AFTER.match(body, match.end()):
                extra.append(_Found("person", first.value, match.start(), match.end(), first.party, first.role))
    return extra


def _generic_organizations(body: str, found: list[_Found]) -> list[_Found]:
    """Capitalised names ending in an institutional word: "Canadian Forest Industry Council", "Husky Oil Ltd"."""
    extra = []
    for run in _CAPSEQ.finditer(body):
        words = run[0].split()
        if len(words) < 2 or words[-1].lower().rstrip(".") not in ORG_ENDINGS:
            continue
        start = _skip_leading(body, _after_of(body, run), run.end())
        if start is None or _overlaps(found + extra, start, run.end()):
            continue
        name = " ".join(body[start : run.end()].split())
        if name in NOT_ORGANIZATIONS or all(w.lower().rstrip(".") in ORG_ENDINGS for w in name.split()):
            continue
        party = US if re.match(r"(?:House|Senate|Congressional)\b", name) else _cue(name)
        extra.append(_Found("organization", name, start, run.end(), party))
    return extra


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
