"""Derive stage, reference data: the NAFTA parties, the negotiating chapters, other countries' nationalities.

Chapter terms are literal phrases. A phrase with an upper-case letter is matched case-sensitively
(acronyms such as "ISDS"); others match in any case. ``terms`` are unambiguous in trade text;
``context_terms`` count only in a sentence that is about trade policy (see ``chapters.py``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

USMCA_AGREED = "2018-09-30"  # before this day an unqualified "Chapter 19" is NAFTA's


@dataclass(frozen=True)
class PartyInfo:
    """A NAFTA party: slug, display name and the phrases that name it in a query."""

    slug: str
    name: str
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class ChapterInfo:
    """A negotiating chapter with its NAFTA and USMCA numbers and the terms used for it."""

    slug: str
    name: str
    nafta: tuple[str, ...]
    usmca: tuple[str, ...]
    terms: tuple[str, ...]
    context_terms: tuple[str, ...] = ()


PARTIES: dict[str, PartyInfo] = {
    party.slug: party
    for party in (
        PartyInfo(
            "united-states",
            "United States",
            ("united states", "u.s.", "us", "usa", "america", "american", "washington", "ustr"),
        ),
        PartyInfo("canada", "Canada", ("canada", "canadian", "ottawa")),
        PartyInfo("mexico", "Mexico", ("mexico", "mexican", "mexico city")),
    )
}

# fmt: off
CHAPTERS: dict[str, ChapterInfo] = {
    chapter.slug: chapter
    for chapter in (
        ChapterInfo(
            "market-access",
            "National treatment and market access for goods (tariffs)",
            ("3",),
            ("2",),
            (
                "market access", "national treatment", "tariff", "tariffs", "duty-free", "duty free",
                "import duties", "import duty", "customs duties", "tariff barriers", "non-tariff barriers",
                "tariff cuts", "tariff elimination", "import quotas", "import quota",
                "import restrictions", "import restriction", "import curbs", "import barriers", "import licences",
                "import licenses", "import licensing", "tariff-free", "tariff free", "zero tariffs", "tariff rates",
                "tariff reductions", "tariff schedule", "tariff schedules", "duty-free access", "market opening",
                "open its market", "open their markets", "open up their markets", "access to markets",
                "access to their markets", "access to its market", "import restraints", "import restraint",
                "voluntary restraint", "voluntary restraints", "export restraint agreement", "export restraints",
                "voluntary export restraints", "protectionist barriers", "protectionist trade barriers",
                "open to imports", "open its markets",
                "import tax", "import taxes", "border adjustment tax", "border-adjustment tax", "rate of duty",
                "rates of duty", "duty rates", "trade liberalization", "trade liberalisation",
                "liberalization of trade", "liberalisation of trade",
                "trade war", "trade wars", "trade sanctions",
                "most-favored-nation", "most favored nation", "most-favoured-nation", "most favoured nation",
                "opening their markets", "open foreign markets", "open its domestic market", "opening of its market",
                "barriers to foreign goods", "curbs on imports", "curbing imports", "closed to foreign goods",
            ),
            ("quotas", "quota", "open markets"),
        ),
        ChapterInfo(
            "agriculture",
            "Agriculture (dairy, supply management, seasonal produce)",
            ("7A",),
            ("3",),
            (
                "agriculture", "agricultural", "dairy", "supply management", "supply-managed",
                "farm trade", "farm goods", "farm products", "farm exports", "farm imports",
                "farm subsidies", "farm policy", "farm policies", "farm support", "seasonal produce",
                "perishable produce", "seasonal and perishable", "Class 7", "class 7 milk", "milk pricing",
            ),
            (
                "farm", "farmers", "wheat", "grain", "grains", "sugar", "corn", "beef", "pork", "poultry",
                "milk", "cheese", "fresh produce",
            ),
        ),
        ChapterInfo(
            "rules-of-origin",
            "Rules of origin and origin procedures (regional value content, autos, certification)",
            ("4",),
            ("4", "5"),
            (
                "rules of origin", "rule of origin", "origin rules", "origin rule", "regional value content",
                "regional content", "regional content value", "RVC", "North American content",
                "local content", "content requirement", "content requirements", "certificate of origin",
                "certification of origin", "origin procedures", "labor value content", "auto content",
                "automotive content", "tracing list",
                "domestic content", "content rules", "content rule", "value content", "origin requirements",
                "auto rules", "automotive rules", "content threshold", "content thresholds", "North American parts",
                "originating good", "originating goods", "originating material", "originating materials",
                "non-originating", "change in tariff classification",
            ),
        ),
        ChapterInfo(
            "textiles",
            "Textiles and apparel (tariff preference levels, yarn-forward)",
            ("Annex 300-B",),
            ("6",),
            (
                "textile", "textiles", "apparel", "tariff preference level", "tariff preference levels",
                "TPL", "TPLs", "yarn-forward", "yarn forward", "garments", "clothing imports",
            ),
        ),
        ChapterInfo(
            "customs",
            "Customs administration and trade facilitation (de minimis)",
            ("5",),
            ("7",),
            (
                "customs administration", "customs procedures", "customs clearance", "trade facilitation",
                "de minimis", "customs", "customs user fee", "customs user fees", "customs procedure",
                "customs rules", "customs regulations", "customs paperwork", "customs formalities",
                "customs inspections", "border paperwork", "border formalities", "border procedures",
                "border delays", "border clearance", "low-value shipments", "duty-free threshold",
                "duty-free limit", "trans-shipment", "trans-shipped", "transshipment", "transshipped",
                "trans-shipments", "transshipments", "advance ruling", "advance rulings",
            ),
        ),
        ChapterInfo(
            "energy",
            "Energy",
            ("6",),
            ("8",),
            (
                "energy chapter", "energy trade", "oil import fee", "oil import tax", "gas imports", "gas exports",
                "natural gas imports", "natural gas exports", "energy exports", "electricity exports",
                "electricity imports", "energy policy", "energy policies", "tax on oil imports", "oil tax",
                "oil import taxes", "oil import fees", "Canadian gas", "Mexican oil", "oil import tariff",
                "oil import tariffs", "tariff on oil imports", "hydrocarbons", "proven reserves", "crude output",
                "oil output", "oil production", "crude production", "natural gas output", "gas output",
                "state oil company", "power exports", "electricity sales", "domestic oil industry", "energy trading",
                "oil pipeline", "oil and gas exploration", "oil and gas industry", "oil industry aid",
            ),
            (
                "energy", "oil imports", "oil exports", "crude imports", "crude exports", "crude oil imports",
                "crude oil exports", "imported oil", "imported gasoline", "gasoline imports", "electricity",
                "oil industry", "natural gas", "pipeline",
            ),
        ),
        ChapterInfo(
            "sps",
            "Sanitary and phytosanitary measures",
            ("7B",),
            ("9",),
            (
                "sanitary and phytosanitary", "phytosanitary", "SPS", "food safety", "plant health", "animal health",
                "meat inspection", "meat inspections", "veterinary inspection", "veterinary inspections",
                "veterinary inspectors", "mad cow", "BSE", "sanitary standards", "sanitary regulations",
                "sanitary rules", "health certificates", "animal diseases", "plant diseases", "animal disease",
                "livestock disease", "livestock diseases", "bovine tuberculosis", "brucellosis", "screwworm",
                "screwworms", "hormone-fed", "hormone-treated", "hormone ban", "hormones ban", "animal hormones",
                "meat hormones", "feeding of hormones",
            ),
        ),
        ChapterInfo(
            "trade-remedies",
            "Trade remedies (antidumping, countervailing duties, safeguards)",
            ("8", "19"),
            ("10",),
            (
                "trade remedies", "trade remedy", "antidumping", "anti-dumping", "countervailing",
                "countervail", "countervailed", "AD/CVD", "safeguard laws", "safeguard measures",
                "safeguard measure", "safeguard action", "safeguard actions", "global safeguard",
                "global safeguards", "softwood lumber", "lumber dispute", "import relief", "escape clause",
                "Section 201",
                "dumping duties", "dumping duty", "dumping margin", "dumping margins", "sunset review",
                "sunset reviews", "unfair trade practices", "injury determination", "investigating authority",
                "investigating authorities",
            ),
            ("dumping", "dumped", "safeguard", "safeguards", "subsidies", "subsidy", "subsidized", "lumber"),
        ),
        ChapterInfo(
            "tbt",
            "Technical barriers to trade",
            ("9",),
            ("11",),
            (
                "technical barriers to trade", "technical barriers", "TBT", "technical regulations",
                "conformity assessment", "product standards", "labeling requirements",
                "labelling requirements", "labeling rules", "labelling rules", "country-of-origin labeling",
                "country of origin labeling", "country-of-origin labelling", "technical regulation",
            ),
        ),
        ChapterInfo(
            "government-procurement",
            "Government procurement",
            ("10",),
            ("13",),
            (
                "government procurement", "public procurement", "Buy American", "Buy America",
                "government purchasing", "government contracts", "Buy Canada", "Buy Canadian", "Buy North America",
                "Buy Mexican", "government purchase", "government purchases", "public works contracts",
                "public contracts", "foreign contractors", "foreign bidders", "defense contracts", "defence contracts",
                "government tenders", "public tenders",
                "procuring entity", "procuring entities", "covered procurement", "tender documentation",
            ),
            ("procurement", "public works"),
        ),
        ChapterInfo(
            "investment",
            "Investment (investor-state dispute settlement, \"Chapter 11\")",
            ("11",),
            ("14",),
            (
                "investor-state", "investor state", "investor-state dispute settlement",
                "investor state dispute settlement", "ISDS", "investment chapter", "investor protection",
                "investor protections", "investment protection", "investment protections", "investment rules",
                "investment restrictions", "investment provisions", "foreign investment", "Investment Canada",
                "foreign direct investment",
                "investment screening", "investment review",
                "investment policy", "investment policies", "investment barriers", "investment curbs",
                "restrictions on investment", "restrictions on foreign investment", "screen foreign investment",
                "screen foreign investments", "Foreign Investment Review Agency", "investor rights",
                "foreign investments", "foreign-owned", "foreign owned", "foreign takeover", "foreign takeovers",
                "foreign acquisitions", "direct investment", "investment in the United States",
                "investment in the U.S.", "investment in Canada", "investment in Mexico", "Japanese investment",
                "overseas investment", "investment abroad", "inward investment", "outward investment",
                "investor of a Party", "investors of a Party", "investor of another Party",
                "investors of another Party", "investor of the other Party", "investors of the other Party",
                "investments of investors", "investment of an investor", "covered investment",
                "covered investments", "performance requirements", "minimum standard of treatment", "ICSID",
                "disputing investor", "disputing investors",
            ),
            (
                "foreign ownership", "investment", "services and investment", "services and investments",
                "investment and services", "investments and services",
            ),
        ),
        ChapterInfo(
            "services",
            "Cross-border trade in services",
            ("12",),
            ("15",),
            (
                "trade in services", "services trade", "cross-border services", "services chapter",
                "trade in service", "service supplier", "service suppliers", "services suppliers",
                "cross-border supply",
            ),
            ("services", "service sector", "services sector", "services industries", "trucking"),
        ),
        ChapterInfo(
            "temporary-entry",
            "Temporary entry for business persons",
            ("16",),
            ("16",),
            (
                "temporary entry", "business persons", "business visas", "TN visa", "TN visas", "professional visas",
                "TN status", "work visas", "work permits",
            ),
        ),
        ChapterInfo(
            "financial-services",
            "Financial services (banking, insurance)",
            ("14",),
            ("17",),
            (
                "financial services", "financial services chapter", "Dodd-Frank", "Dodd–Frank", "financial system",
                "financial regulation", "financial regulations", "banking system", "banking regulation",
                "banking regulations", "nationalised banks", "nationalized banks", "bank deregulation",
                "financial deregulation", "securities industry", "securities firms", "brokerage industry",
                "cross-border financial services", "financial service supplier", "financial service suppliers",
                "financial services suppliers",
            ),
            ("banking", "insurance", "banking and insurance", "financial sector"),
        ),
        ChapterInfo(
            "telecommunications",
            "Telecommunications",
            ("13",),
            ("18",),
            (
                "telecommunications chapter", "telecommunications services", "telecommunications trade",
                "public telecommunications",
            ),
            ("telecommunications", "telecom", "telecoms"),
        ),
        ChapterInfo(
            "digital-trade",
            "Digital trade (e-commerce, safe harbor, data localization)",
            ("–",),
            ("19",),
            (
                "digital trade", "e-commerce", "electronic commerce", "safe harbor", "safe harbour", "source code",
                "digital economy",
                "data localization", "data localisation", "cross-border data flows", "data flows",
                "digital products", "internet companies", "electronic transmission", "electronic transmissions",
            ),
        ),
        ChapterInfo(
            "intellectual-property",
            "Intellectual property (patents, copyright, data protection for biologics)",
            ("17",),
            ("20",),
            (
                "intellectual property", "intellectual-property", "biologics", "data exclusivity",
                "patent protection", "copyright protection", "counterfeiting", "counterfeit goods",
                "patent law", "patent laws", "patent act", "patent legislation", "patent rights", "drug patents",
                "drug patent", "pharmaceutical patents", "patent term", "patent terms", "patent life",
                "compulsory licensing", "compulsory licence", "compulsory licences", "compulsory license",
                "compulsory licenses", "copyright law", "copyright laws", "copyright act", "trademark protection",
                "trade secrets", "geographical indications", "patent holders", "holders of drug patents",
            ),
            ("patent", "patents", "copyright", "copyrights", "trademarks", "piracy", "pirated", "pirating",
             "generic drugs", "generic drug"),
        ),
        ChapterInfo(
            "competition",
            "Competition policy",
            ("15",),
            ("21",),
            (
                "competition policy", "competition law", "competition laws", "anti-competitive practices",
                "antitrust", "anti-trust", "anticompetitive", "anti-competitive",
            ),
        ),
        ChapterInfo(
            "state-owned-enterprises",
            "State-owned enterprises and monopolies",
            ("15",),
            ("22",),
            (
                "state-owned enterprises", "state-owned enterprise", "SOEs", "SOE", "state enterprises",
                "designated monopolies", "crown corporations", "state-owned companies", "nationalised banks",
                "nationalized banks", "nationalised industries", "nationalized industries", "state monopoly",
                "government monopoly", "state-owned banks", "state-owned firms", "reprivatisation",
                "reprivatization", "reprivatise", "reprivatize", "nationalisation", "nationalization",
                "designated monopoly", "state enterprise",
            ),
            ("privatisation", "privatization", "privatised", "privatized"),
        ),
        ChapterInfo(
            "labor",
            "Labor",
            ("side agreement",),
            ("23",),
            (
                "labor standards", "labour standards", "labor rights", "labour rights", "labor provisions",
                "labour provisions", "labor chapter", "labour chapter", "labor obligations", "labor protections",
                "workers' rights", "worker rights", "forced labor", "labor laws", "labour laws",
                "labor law", "labour law", "labor reform", "labour reform", "labor cooperation",
                "labour cooperation", "labor side agreement", "labour side agreement",
                "ILO Declaration", "child labor", "child labour", "forced labour",
            ),
            ("labor", "labour"),
        ),
        ChapterInfo(
            "environment",
            "Environment",
            ("side agreement",),
            ("24",),
            (
                "environmental standards", "environmental protection", "environmental provisions",
                "environmental protections", "environment chapter", "environmental chapter",
                "environmental obligations", "environmental rules", "environmental laws",
                "environmental law", "environmental regulations", "environmental cooperation",
                "Border Environment Cooperation", "environmental side agreement",
                "multilateral environmental agreement", "multilateral environmental agreements",
            ),
            ("environment", "environmental"),
        ),
        ChapterInfo(
            "smes",
            "Small and medium-sized enterprises",
            ("–",),
            ("25",),
            (
                "small and medium-sized enterprises", "small and medium enterprises",
                "small and medium-sized businesses", "small and medium businesses", "SMEs",
                "small and medium sized companies", "small and medium-sized companies", "small and medium sized firms",
                "small and medium-sized firms", "small and medium sized businesses",
                "small and medium sized enterprises",
            ),
            ("small businesses",),
        ),
        ChapterInfo(
            "anticorruption",
            "Anticorruption",
            ("–",),
            ("27",),
            ("anticorruption", "anti-corruption"),
            ("corruption", "bribery"),
        ),
        ChapterInfo(
            "good-regulatory-practices",
            "Good regulatory practices",
            ("–",),
            ("28",),
            (
                "good regulatory practices", "regulatory practices", "regulatory cooperation", "regulatory coherence",
                "regulatory costs", "regulatory burden", "regulatory review", "regulatory freeze",
            ),
        ),
        ChapterInfo(
            "exceptions",
            "Exceptions, including the cultural industries exemption",
            ("21",),
            ("32",),
            (
                "cultural exemption", "cultural exception", "cultural industries", "culture exemption",
                "cultural carve-out", "cultural industry", "national security exception", "general exceptions",
                "cultural sovereignty", "cultural identity", "culture industries", "cultural sector",
                "cultural policy", "cultural policies", "cultural products", "cultural exemptions",
                "cultural imperialism",
                "cultural exceptions", "Canadian culture", "national security exemption",
                "national security exceptions", "essential security", "balance of payments exception",
                "split-run", "Article XX", "Article XXI", "taxation measures",
            ),
            ("culture", "cultural", "publishing", "broadcasting", "film industry", "magazines"),
        ),
        ChapterInfo(
            "currency",
            "Macroeconomic policies and exchange rates (currency manipulation)",
            ("–",),
            ("33",),
            (
                "currency manipulation", "currency manipulator", "competitive devaluation", "competitive devaluations",
                "currency provisions", "currency chapter", "exchange rate provisions", "exchange rate policies",
                "currency misalignment", "exchange rate manipulation", "currency undervaluation",
                "undervalued currency", "currency practices", "devaluation", "devaluations", "devalued",
                "devaluation of the dollar", "currency devaluation",
                "Plaza Agreement", "Plaza accord", "Paris Accord", "Paris currency accord", "Louvre Accord",
                "Louvre agreement", "dollar's decline", "dollar's fall", "dollar's value", "value of the dollar",
                "decline in the dollar", "decline of the dollar", "fall in the dollar", "fall of the dollar",
                "dollar depreciation", "depreciation of the dollar", "yen's rise", "rise of the yen",
                "rise in the yen", "stronger yen", "weaker dollar", "strong yen", "weak dollar", "cheaper dollar",
                "stabilise currencies", "stabilize currencies", "currency stability", "exchange rate stability",
            ),
            ("exchange rate", "exchange rates", "currency", "currencies"),
        ),
        ChapterInfo(
            "dispute-settlement",
            "Dispute settlement (\"Chapter 19\" binational panels, \"Chapter 20\", state-to-state)",
            ("19", "20"),
            ("10D", "31"),
            (
                "dispute settlement", "dispute-settlement", "dispute resolution", "binational panel",
                "binational panels", "bi-national panel", "bi-national panels", "dispute panel",
                "dispute panels", "state-to-state", "dispute mechanism", "dispute-resolution",
                "dispute commission", "disputes commission", "dispute tribunal", "disputes tribunal",
                "settlement of disputes", "settlement of trade disputes",
                "resolution of trade disputes", "resolve trade disputes", "resolving trade disputes",
                "resolve bilateral trade disputes", "settle bilateral trade disputes", "arbitration cases",
                "settling trade disputes", "settling bilateral trade disputes", "resolving bilateral trade disputes",
                "WTO complaint", "WTO complaints", "complaint with the WTO", "complaint to the WTO", "WTO challenge",
                "GATT complaint", "complaint to GATT", "complaint with GATT",
                "nullification or impairment", "arbitral panel", "arbitral panels", "Model Rules of Procedure",
            ),
            (
                "panel", "panels", "resolve disputes", "resolving disputes", "arbitration panel",
                "resolution of disputes",
            ),
        ),
        ChapterInfo(
            "sunset-clause",
            "Review and term extension (\"sunset clause\")",
            ("–",),
            ("34",),
            (
                "sunset clause", "sunset provision", "sunset mechanism", "term extension", "five-year review clause",
                "expire automatically", "automatically expire", "automatic termination", "16-year term",
                "five-year review", "five-year reviews", "expire after five years", "automatic expiry",
                "automatic expiration", "renewed every five years",
            ),
            ("sunset",),
        ),
    )
}
# fmt: on


def chapter(slug: str) -> ChapterInfo:
    """Return the chapter with this slug; raise KeyError for an unknown one."""
    return CHAPTERS[slug]


def party(slug: str) -> PartyInfo:
    """Return the party with this slug; raise KeyError for an unknown one."""
    return PARTIES[slug]


def chapter_numbers(agreement: str) -> dict[str, str]:
    """Map each chapter number of ``agreement`` ("nafta" or "usmca") to its chapter slug."""
    numbers: dict[str, str] = {}
    for info in CHAPTERS.values():
        for number in getattr(info, agreement):
            if number[0].isdigit():
                numbers.setdefault(number, info.slug)
    if agreement == "nafta":
        numbers["19"] = "dispute-settlement"  # the binational panels, not trade remedies
    return numbers


# Names a searcher uses for a chapter, beyond its own name and number: a query naming a chapter
# this way also matches articles tagged with it. Topical words ("dairy", "tariffs") are not
# names: expanding them would swamp a precise query with every article of the chapter.
NICKNAMES: dict[str, tuple[str, ...]] = {
    "investment": ("isds", "investor-state", "investor-state dispute settlement", "investor state dispute settlement"),
    "sunset-clause": ("sunset clause", "sunset provision", "term extension", "five-year review"),
    "dispute-settlement": ("binational panels", "binational panel", "state-to-state dispute settlement"),
    "trade-remedies": ("ad/cvd", "antidumping and countervailing duties", "trade remedy"),
    "customs": ("de minimis", "trade facilitation"),
    "digital-trade": ("safe harbor", "data localization", "e-commerce", "electronic commerce"),
    "agriculture": ("supply management",),
    "rules-of-origin": ("regional value content", "auto rules of origin", "rule of origin"),
    "textiles": ("tpls", "tariff preference levels", "yarn-forward", "yarn forward"),
    "exceptions": ("cultural exemption", "cultural industries exemption", "cultural exception"),
    "currency": ("currency manipulation", "exchange rates"),
    "intellectual-property": ("data protection for biologics", "ip chapter"),
    "state-owned-enterprises": ("soes", "state-owned enterprises"),
    "smes": ("small and medium-sized enterprises", "small business"),
    "government-procurement": ("procurement", "buy american"),
    "temporary-entry": ("business visas",),
    "good-regulatory-practices": ("regulatory practices",),
}
_AMBIGUOUS_PARTY_ALIASES = {"us", "america", "american"}  # pronoun, continent, "North American"


def query_aliases() -> dict[str, str]:
    """Map lower-cased names of parties and chapters (and "chapter N") to "party:" or "chapter:" ids."""
    aliases = {
        alias: f"party:{info.slug}"
        for info in PARTIES.values()
        for alias in info.aliases
        if alias not in _AMBIGUOUS_PARTY_ALIASES
    }
    for info in CHAPTERS.values():
        acronyms = [term for term in info.terms if re.fullmatch(r"[A-Z][A-Z0-9/&-]+s?", term)]
        for term in (info.slug.replace("-", " "), info.name.split(" (")[0], *acronyms, *NICKNAMES.get(info.slug, ())):
            aliases.setdefault(term.lower(), f"chapter:{info.slug}")
        for number in info.usmca:
            aliases.setdefault(f"usmca chapter {number}".lower(), f"chapter:{info.slug}")
    for number, slug in chapter_numbers("nafta").items():
        aliases.setdefault(f"chapter {number}".lower(), f"chapter:{slug}")
    return aliases


# Nationality and regional adjectives of places outside NAFTA: a list, not a suffix ("Reagan", "Brian",
# "Dunstan" and "Republican" end in "-an" too).
NATIONALITIES = """
    Afghani African Albanian Algerian Andean Angolan Arab Arabian Argentinian Armenian Asian Australian Austrian
    Azerbaijani Balkan Baltic Belgian Beninese Bolivian Bosnian Brazilian British Bulgarian Burmese Cambodian
    Cameroonian Caribbean Chilean Chinese Colombian Congolese Croatian Cuban Cypriot Danish Dominican Ecuadorean
    Ecuadorian Egyptian English Estonian Ethiopian European Finnish Flemish Gabonese Georgian German Ghanaian
    Guatemalan Guinean Haitian Honduran Hungarian Icelandic Indian Indonesian Iranian Irish Italian Ivorian Jamaican
    Japanese Jordanian Kenyan Korean Kurdish Lebanese Liberian Libyan Lithuanian Latvian Malaysian Maltese Mongolian
    Moroccan Mozambican Namibian Nepalese Nicaraguan Nigerian Norwegian Palestinian Panamanian Paraguayan Persian
    Peruvian Polish Portuguese Romanian Russian Rwandan Salvadoran Salvadorean Scandinavian Scottish Senegalese
    Serbian Singaporean Slovak Slovenian Spanish Sudanese Swedish Syrian Taiwanese Tanzanian Tunisian Turkish
    Ugandan Ukrainian Uruguayan Venezuelan Vietnamese Yugoslav Yugoslavian Zambian Zimbabwean Zairean
""".split()
