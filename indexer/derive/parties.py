"""Derive stage, parties: find the United States, Canada and Mexico, named or by office.

One case-sensitive alternation scans the body. Phrases that contain a country word without naming
the party ("New Mexico", "North America", "Gulf of Mexico", "Bank of America") are matched by the
same alternation and dropped, so they consume their text first. Judgement calls:

- "Washington D.C." / "Washington, D.C." is a meeting place, not the government: not a mention.
  "Washington", "Ottawa" and "Mexico City" right after "in", "at", "to", "from" or "near" are venues,
  not mentions; elsewhere they stand for the government (metonyms: "Ottawa rejected the proposal").
- An adjective or capital followed by a capitalised word that is not an office ("American Express",
  "Canadian Pacific", "Washington Post") is a company or institution name: not a mention. The same
  with an office word ("Canadian Prime Minister", "American Embassy") is a mention.
- A country name that opens a company name ending in a corporate suffix ("U.S. Shoe Corp",
  "Canada Development Corp") is not a mention; "Bank of Canada" and "Bank of Mexico" are (central banks).
- A country named inside a company name ("GM Canada", "Gulf Canada Resources", "Grupo Mexico") is not a
  mention: a capitalised word right before it that is neither a function word nor a government agency's
  ("Statistics Canada", "Revenue Canada" are mentions), or a capitalised non-office word right after it.
- The agreement's own name ("United States-Mexico-Canada Agreement", "Canada-U.S. Free Trade Agreement")
  and currency units ("Canadian dlrs", "U.S. dollar", "Mexican pesos") are not mentions.
- "US" counts only in upper case, never the pronoun "us".
"""

from __future__ import annotations

import re

from indexer.derive import make_mention
from indexer.derive.gazetteer import NATIONALITIES
from indexer.models import Article, Mention

_SP = r"(?:[ \t]+|[ \t]*\n[ \t]*)"  # white space within one paragraph
_OFFICE = (
    r"Administration|Ambassador|Ambassadors|Embassy|Embassies|Consulate|Government|Governments|President|"
    r"Presidents|Prime|Premier|Minister|Ministers|Ministry|Secretary|Secretariat|Parliament|Congress|Senate|"
    r"Senator|Senators|House|Trade|Finance|Foreign|Economy|Commerce|Treasury|Agriculture|Customs|Officials|"
    r"Negotiator|Negotiators|Chief|Deputy|Federal|Cabinet|Department|Court|Supreme|Army|Navy|Air|Forces|"
    r"Military|Defense|Defence|Energy|Labor|Labour|Justice|State|Delegation|Council|Dairy|Wheat|Border|"
    r"International|Executive|Team|Congressman|Legislators|Lawmakers|Diplomats|Economic|Central|"
    r"Constitution|Revolution|Revolutionary|Independence|War|Civil|Charter"  # "the Mexican Constitution"
)
_CORPORATE = (
    r"Corp|Corporation|Inc|Co|Cos|Ltd|Ltda|Plc|PLC|Bancorp|Bancshares|Holdings|Industries|Fund|Airlines|Airways"
)
_NOT_ORG_NAME = rf"(?!{_SP}(?:[A-Z][\w&.'-]*{_SP}){{0,3}}(?:{_CORPORATE})\b)"
_NATIONAL_BODY = (  # "Canadian Institute of Chartered Accountants", "American Soybean Association": a national body
    r"Association|Associations|Institute|Council|Federation|Chamber|Union|Bureau|League|Coalition|Alliance|Society|"
    r"Bankers|Manufacturers|Exporters|Producers|Growers|Farmers|Workers"
)
_NOT_NAMED_AFTER = rf"(?!{_SP}(?!(?:{_OFFICE})\b)(?!(?:[A-Z][\w&'’-]*{_SP}){{0,3}}(?:{_NATIONAL_BODY})\b)[A-Z][a-z])"

_COUNTRY = r"(?:U\.S\.|US|United[ \t]+States|Canada|Mexico)"
_AGREEMENT_NAME = (
    rf"{_COUNTRY}(?:[-–/]{_COUNTRY}){{2}}\b|"  # "United States-Mexico-Canada Agreement", "US-Mexico-Canada deal"
    rf"{_COUNTRY}[-–/]{_COUNTRY}{_SP}(?:Free{_SP}Trade{_SP}|Trade{_SP})?(?:Agreement|Accord|Pact|FTA)\b"
)
_CURRENCY = (  # "Canadian dlrs", "6-mln-U.S.-dlr", "US $26,320"
    rf"(?:U\.S\.|US|Canadian|Mexican|American)(?:{_SP}|-)(?:dlrs?|DLRS?|dollars?|DOLLARS?|cents|cts|pesos?|currency)\b|"
    r"(?:U\.S\.|US)[ \t]?(?=\$)"
)
_NOT_PARTIES = (
    rf"{_AGREEMENT_NAME}|{_CURRENCY}|"
    rf"New{_SP}Mexic(?:o|an)s?|NEW{_SP}MEXICO|Gulf{_SP}of{_SP}Mexico|"
    rf"(?:North|South|Central|Latin|Middle|Meso){_SP}America(?:n|s)?|"
    rf"(?:NORTH|SOUTH|CENTRAL|LATIN){_SP}AMERICA(?:N|S)?|GULF{_SP}OF{_SP}MEXICO|Pan[ -]American?|Americas|"
    rf"Native{_SP}Americans?|African[ -]Americans?|Anglo-Americans?|Inter-American|"
    rf"(?:Mexican|Canadian|American){_SP}(?:restaurants?|food|cuisine)\b|"
    rf"(?!United{_SP}States)(?:[A-Z][\w&.-]*{_SP})+of{_SP}America|"
    rf"Washington,?{_SP}D\.?{_SP}?C\b\.?|George{_SP}Washington|University{_SP}of{_SP}(?:Washington|Ottawa)|"
    rf"(?:Washington|Ottawa)-based|Washington{_SP}(?:state|State)|Air{_SP}Canada|Petro-Canada|"
    rf"U\.S\.{_SP}(?:Steel|West|Sprint|Shoe|Home|Air|Surgical|Tobacco|Bancorp|Healthcare|Trust|Gypsum)|"
    rf"USAir|USX|Canada{_SP}Goose|Mexico{_SP}City{_SP}Policy"  # a U.S. abortion-funding rule named for a conference
)
_PATTERNS: dict[str, str] = {
    "none": _NOT_PARTIES,
    "united-states": (
        rf"(?:U\.S\.|United{_SP}States\b|UNITED{_SP}STATES\b)(?:{_SP}Trade{_SP}Representative)?{_NOT_ORG_NAME}|"
        rf"U\.S\.A\.|USA\b|US\b(?!-?\$)|USTR\b|Trade{_SP}Representative|White{_SP}House|Capitol{_SP}Hill|"
        rf"America\b{_NOT_ORG_NAME}|AMERICA\b|Americans?\b{_NOT_NAMED_AFTER}|AMERICANS?\b|"
        rf"Washington\b{_NOT_NAMED_AFTER}|Congress(?:ional)?\b(?!{_SP}Party)|"
        rf"(?:Commerce|State|Agriculture|Treasury){_SP}Department|Department{_SP}of{_SP}Commerce|"
        rf"(?:President{_SP}(?:Donald{_SP})?)Trump|Trump{_SP}administration|Trump's{_SP}administration|"
        rf"Reagan\b|Lighthizer|Yeutter|Baldrige|Mnuchin|Wilbur{_SP}Ross|Pence\b"
    ),
    "canada": (
        rf"Canada\b{_NOT_ORG_NAME}|CANADA\b|Canadians?\b{_NOT_NAMED_AFTER}|CANADIANS?\b|"
        rf"Ottawa\b{_NOT_NAMED_AFTER}|Trudeau|Mulroney|Freeland|Reisman|Pat{_SP}Carney|Joe{_SP}Clark"
    ),
    "mexico": (
        rf"United{_SP}Mexican{_SP}States|Mexico{_SP}City|Mexico\b{_NOT_ORG_NAME}|MEXICO\b|Mexicans?\b{_NOT_NAMED_AFTER}|MEXICANS?\b|"
        rf"Guajardo|Pe[ñn]a{_SP}Nieto|Videgaray|L[óo]pez{_SP}Obrador|AMLO\b|(?:Miguel{_SP}de|De){_SP}la{_SP}Madrid|"
        rf"Petricioli|Pemex|PEMEX|Seade\b"
    ),
}
_NOT_COMPANY_WORDS = frozenset(
    (
        "In At To From For With And But Or Nor If As By Of On Under Unlike Like While When Whereas Although Though "
        "Because Since Then So Both Only Even Also Meanwhile However Still Yet Today Yesterday Now Last Next That "
        "This Where Why How What Whether Once After Before Between Against Including Besides Neither Either Among "
        "Across Within Throughout Until Did Does Do Has Have Had Is Was Will Would Could Should Can May Must The A "
        "An Said Says Buy Team Western Eastern Northern Southern Central Atlantic Rural English French Greater "
        "Statistics Revenue Investment Agriculture Environment Transport Health Employment Immigration Industry "
        "Fisheries Finance Justice Labour Elections Parks Communications Affairs Services Customs Excise Heritage "
        "Defence Energy Trade Veterans Development Revolution War Independence Constitution"
    ).split()
) | frozenset(_OFFICE.split("|"))
_WORD_BEFORE = re.compile(r"\b([A-Z][\w&'-]*)[ \t]+$")
_WORD_AFTER = re.compile(r"[ \t]+([A-Z][\w&'-]*)")
_CALENDAR = re.compile(
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|"
    r"August|September|October|November|December"
)
_GROUP_NAMES = {"none": "none", "united-states": "us", "canada": "ca", "mexico": "mx"}
_SLUGS = {group: slug for slug, group in _GROUP_NAMES.items()}
_PARTY = re.compile(
    r"(?=[A-Z])\b(?:" + "|".join(rf"(?P<{_GROUP_NAMES[slug]}>{pattern})" for slug, pattern in _PATTERNS.items()) + ")"
)
US_STATUTES = frozenset({"U.S. Code"})  # publishers whose texts are U.S. law
_STATUTE_INSTITUTION = re.compile(
    rf"\bPresident\b|\b[Cc]ongress(?:ional)?\b|Federal{_SP}Register|Department{_SP}of{_SP}(?:the{_SP})?[A-Z]\w+|"
    rf"Secretary{_SP}of{_SP}(?:the{_SP})?[A-Z]\w+|Customs{_SP}and{_SP}Border{_SP}Protection"
)
_NAMED_CONGRESS = re.compile(
    r"(?<![\w.])(?!(?:The|This|That|Democratic|Republican|Democrat|Federal|New|Next|Whole|America['’]s)\b)"
    r"[A-Z][a-z]+[ \t]+$"
)
_CAPITAL = re.compile(r"Washington|Ottawa|Mexico\s+City")
_PLACE_BEFORE = re.compile(r"\b(?:in|at|to|from|near)\s+$")
_FOREIGN_BEFORE = re.compile(  # "the Mexican Congress", "Brazil's Congress", "the National Congress"
    rf"(?:\b(?:Mexican|Canadian|Soviet|French|Dutch|Greek|Philippine|{'|'.join(NATIONALITIES)})|"
    r"\b(?!America['’]s)[A-Z]\w*['’]s|National|Party)\s+$"
)


def find_parties(article: Article) -> list[Mention]:
    """Return a "party" mention (value = party slug) for every place the article names a party."""
    mentions = [
        make_mention(article, "party", _SLUGS[match.lastgroup], match.start(), match.end())
        for match in _PARTY.finditer(article.body)
        if match.lastgroup != "none"
        and not _foreign_congress(article.body, match)
        and not _venue(article.body, match)
        and not _in_company_name(article.body, match)
    ]
    if article.publisher in US_STATUTES:
        mentions += _statute_institutions(article, {m.start for m in mentions})
    return sorted(mentions, key=lambda m: m.start)


def _statute_institutions(article: Article, taken: set[int]) -> list[Mention]:
    """In a U.S. statute, "the President", "congressional committees", "the Federal Register" and the
    departments are the United States' own institutions, named without the country's name."""
    return [
        make_mention(article, "party", "united-states", match.start(), match.end())
        for match in _STATUTE_INSTITUTION.finditer(article.body)
        if match.start() not in taken
    ]


def _in_company_name(body: str, match: re.Match) -> bool:
    """Tell whether "Canada" or "Mexico" is part of a company name ("GM Canada", "Gulf Canada Resources")."""
    if match.group() not in ("Canada", "Mexico"):
        return False
    before = _WORD_BEFORE.search(body, max(0, match.start() - 40), match.start())
    if before and before.group(1) not in _NOT_COMPANY_WORDS:
        return True
    after = _WORD_AFTER.match(body, match.end())
    return bool(after and after.group(1) not in _NOT_COMPANY_WORDS and not _CALENDAR.fullmatch(after.group(1)))


def _venue(body: str, match: re.Match) -> bool:
    """Tell whether a capital is named as a place ("talks in Washington", "done at Mexico City")."""
    if not _CAPITAL.fullmatch(match.group()):
        return False
    return bool(_PLACE_BEFORE.search(body, max(0, match.start() - 12), match.start()))


def _foreign_congress(body: str, match: re.Match) -> bool:
    """Tell whether a "Congress" match is another country's ("Mexican Congress", "Mexico's Congress") or another
    body's ("the World Petroleum Congress", "the National Congress")."""
    if not match.group().startswith("Congress"):
        return False
    before = body[max(0, match.start() - 30) : match.start()]
    return bool(_FOREIGN_BEFORE.search(before) or _NAMED_CONGRESS.search(before))
