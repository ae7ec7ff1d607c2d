"""Derive stage: find date expressions in an article body and normalise each to an inclusive ISO interval.

A compact regex grammar finds the expressions; year-less ones are placed by a year stated earlier in the
same paragraph (unless it was only a term of comparison, or the tense contradicts it), else by the article's
published date and the tense of their sentence. A reference work (Wikipedia) is dated by the years it tells
of, since it was copied long after the events.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from indexer.models import Article, Mention, Paragraph

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("jan",),
            ("feb",),
            ("mar",),
            ("apr",),
            ("may",),
            ("jun",),
            ("jul",),
            ("aug",),
            ("sep", "sept"),
            ("oct",),
            ("nov",),
            ("dec",),
        ],
        start=1,
    )
    for name in names
}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# Bare month names that are also verbs or first names need a preposition before them ("in May").
AMBIGUOUS_MONTHS = {"may", "march", "april", "june", "august"}
PREPOSITIONS = {
    "in",
    "on",
    "since",
    "until",
    "till",
    "by",
    "from",
    "during",
    "through",
    "before",
    "after",
    "of",
    "to",
    "and",
    "or",
    "between",
    "the",
    "each",
    "every",
    "for",
    "late",
    "early",
    "mid",
    "last",
    "next",
    "this",
    "that",
    "around",
    "about",
    "throughout",
    "into",
    "as",
    "at",
    "than",
    "within",
    "beginning",
    "end",
}
# A four-digit number after these words is an identifier, not a year.
NOT_YEAR_BEFORE = {
    "section",
    "sec",
    "u.s.c",  # "22 U.S.C. 1978": a section of the Code
    "usc",
    "chapter",
    "article",
    "art",
    "no",
    "nos",
    "number",
    "rule",
    "title",
    "paragraph",
    "annex",
    "resolution",
    "h.r",
    "hr",
    "s",
    "law",
    "item",
    "page",
    "pages",
    "flight",
    "route",
    "room",
    "model",
    "code",
    "part",
    "subpart",
    "form",
    "docket",
    "case",
    "bill",
    "order",
    "heading",
    "subheading",
    "appendix",
    "tariff",
    "hts",
    "sitc",
    "schedule",
    "vol",
    "volume",
    "issue",
    "exhibit",
    "note",
    "sic",
}
NOT_YEAR_AFTER = re.compile(
    r"\s*(?:pct|percent|per\s+cent|%|dlrs?|dollars?|cts|cents|tonnes?|tons?|mln|million|billion|bln|"
    r"barrels?|bushels?|ounces?|shares?|units?|cars|vehicles|workers|people|jobs|employees|acres|"
    r"hectares|feet|ft|metres|meters|miles|km|kilometres|kilometers|lbs|pounds|kg|bales|head|points?|"
    r"yen|marks|francs|pesos|stg|sterling|hours|days|members|companies|firms|items|lines|products|gmt|edt|est|hrs|"
    r"[-/]\s*\d{1,2}(?!\d))\b",
    re.IGNORECASE,
)
YEAR_PARTS = {
    "early": (1, 4),
    "mid": (5, 8),
    "late": (9, 12),
    "first half": (1, 6),
    "second half": (7, 12),
    "beginning": (1, 1),
    "start": (1, 1),
    "middle": (6, 7),
}
MONTH_PARTS = {
    "early": (1, 10),
    "beginning": (1, 10),
    "start": (1, 10),
    "mid": (11, 20),
    "middle": (11, 20),
    "late": (21, 0),
    "end": (21, 0),
    "first half": (1, 15),
    "second half": (16, 0),
}  # day 0 stands for the last day of the month
REFERENCE_PUBLISHERS = {"wikipedia"}  # published (copied) long after the events they tell
NEAR_DAYS = 60  # a year-less date this close to the publication is placed there whatever the tense
SEASONS = {"spring": (3, 5), "summer": (6, 8), "fall": (9, 11), "autumn": (9, 11), "winter": (12, 2)}
NUMBERS = {
    "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
QUARTERS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "final": 4}

_MON_FULL = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_MON_ABBR = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"
_MON = rf"(?:{_MON_FULL}|{_MON_ABBR}\.?)(?![a-z])"
_DAY = r"(?<![\d.,$/])(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d%:]|[.,]\d)"
_YEAR = r"(?:1[89]\d\d|20\d\d)(?![\d%]|[.,]\d)"
_DAY_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine)(?![\w-])"  # Reuters spells days under ten: "April nine"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DASH = r"(?:\s*[-–—]\s*|\s+(?:to|through|thru|until|till|and)\s+)"
_PART = (  # "end-March", "end July", "the first half of December" too
    r"(?i:early|mid|late|end(?=-|\s+" + _MON_FULL + r"\b)|(?:the\s+)?(?:end|beginning|start|middle)\s+of|"
    r"(?:the\s+)?(?:first|second)\s+half\s+of)"
)
_REL = r"(?i:last|next|this|past|coming)"
_REL_YEAR = r"\s+(?P<ry>(?i:this|last|next))\s+year\b"  # "February this year", "January last year"

_PRESENT = re.compile(r"\b(?:is|are|remains?|usually|typically|often|normally|generally|tends?|each|every)\b")
_STATED_YEAR = re.compile(rf"(?:{_MON}\s+(?:{_DAY},?\s+)?|\b(?i:in|during)\s+)(?P<y>{_YEAR})")
_TIME_PREPOSITIONS = {"in", "from", "since", "until", "till", "by", "during", "before", "after", "of", "to"}
_DEADLINE_AFTER = re.compile(r"['’]s\s+(?:deadline|vote|meeting|talks|session)\b|\s+unless\b")  # "on Thursday unless"
_THREAT_BEFORE = re.compile(r"\bthreaten(?:s|ed)?\s+to\s+\w+[^.;]{0,60}$")  # "threatened to strike ... on Thursday"
_BASE_YEAR = re.compile(r"\s+(?:prices|dollars|dlrs|constant|terms|value|base)\b", re.IGNORECASE)  # "1981 prices"
_BOUND_WORDS = {"since", "until", "till", "through", "by", "before", "of"}  # "since 2014", "Act of 1974": no setting
_BOUND_YEAR = re.compile(  # "by the year 2000"
    rf"\b(?i:{'|'.join(sorted(_BOUND_WORDS - {'of'}))})\s+(?i:the\s+)?(?i:year)\s+$"
)
_SENTENCE_START = re.compile(  # not after an initial or a title: "St. Lawrence", "U.S. Senate", "Sen. Dole"
    r"(?<!\b[A-Z])(?<!\b(?:St|Mr|Ms|Dr|Jr|No))(?<!\b(?:Sen|Rep|Gov|Mrs|Gen))[.!?;:]\s+(?=[A-Z\"“(])"
    r"|\n[ \t]*\n|\n[ \t]+(?=\S)"
)
_FUTURE = re.compile(
    r"\b(?:will|shall|won't|'ll|next|upcoming|scheduled|planned|plans?|expected|expects?|set\s+to|due\s+to|"
    r"is\s+to|are\s+to|would|going\s+to|likely|forthcoming|intends?\s+to|deadline|(?<!the\s)(?<!official\s)target|hoped?\s+to|"
    r"hopes\s+to|aims?\s+to|aimed|begins|starts|opens|expires|commences|leaves|arrives|departs|resumes|convenes|"
    r"tomorrow|was\s+to|were\s+to|(?<!had\s)(?<!has\s)(?<!have\s)(?<!was\s)(?<!were\s)to\s+be|should|could|might|(?-i:may))\b",
    re.IGNORECASE,
)
_PAST = re.compile(  # plainly past: an event dated in the publication's future would not be told so
    r"\b(?:was|were|had|did|met|held|took|began|ended|ago|earlier|previously|came|signed)\b",
    re.IGNORECASE,
)
_PAST_WEAK = re.compile(  # reporting verbs and participles: "said the board called a meeting for April 22"
    r"\b(?:said|told|last|previous|since|made|gave|agreed|reached|"
    r"(?!(?:United|indeed|need|hundred|proceed|exceed|succeed|speed)\b)\w{3,}ed)\b",
    re.IGNORECASE,
)
_PAST_CLAUSE = re.compile(  # a finite past verb after a future word: "the deal it worked out in February"
    r"\b(?:it|he|she|they|we|which|who)\s+(?:was|were|had|did|met|held|took|began|came|signed|"
    r"(?!(?:need|proceed|exceed|succeed|speed)\b)\w{3,}ed)\b"
    # a participle with no comma after it: "the plan, proposed at GATT in" (not "the talks, convened by X, in")
    r"|,\s+(?!(?:need|proceed|exceed|succeed|speed)\b)\w{3,}ed\s+(?:at|in|on|by)\b[^,;]*$",
    re.IGNORECASE,
)
_REPORTED = re.compile(r"\b(?:said|told)\b(?!,)(?=[^\"“”,]*$)")  # not ", it said, with work to start": an aside
_COMPARISON = re.compile(  # "against 1.02 billion in March 1986", "compared with January 1986"
    r"\b(?:against|compared\s+(?:with|to)|versus|vs|from)\s+(?:[^.;:]|\.(?=\d))*?\d(?:[^.;:]|\.(?=\d))*$"
    r"|\b(?:against|compared\s+(?:with|to)|versus|vs\.?|than)\s+(?:the\s+|in\s+)?$",
    re.IGNORECASE,
)
_FEDERAL = re.compile(
    r"\b(?:U\.S\.|federal|budget|Congress|Senate|House|administration|Reagan|government|deficit|appropriations?|"
    r"Pentagon|USDA|CCC|Treasury|department|agency|spending|outlays|bill)\b",
    re.IGNORECASE,
)
_CANADIAN = re.compile(r"\b(?:Canada|Canadian|Ottawa|Treasury\s+Board|provinc\w*|Mulroney|Wilson)\b")
_COMPANY = re.compile(r"\b(?:company|company's|Inc|Corp|Ltd|Co|earnings|profits?|net|shares?|revenues?|sales)\b")
# A fiscal year whose end the text states: "fiscal 1986 ended September 30", "fiscal 1987, which ends June 30".
_FISCAL_END = re.compile(
    r",?\s+(?:which\s+|that\s+)?(?:ended|ending|ends|closed)\s+(?:on\s+)?(?P<month>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*)\.?\s+(?P<day>\d{1,2})\b"
)
# "the fiscal year ending March 31, 1988, ... in fiscal 1989": a year end the text states holds for its later years
_FISCAL_YEAR_ENDING = re.compile(
    r"\b(?i:fiscal)\s+(?i:year)\s+(?:which\s+|that\s+)?(?:ended|ending|ends)\s+(?:on\s+)?"
    r"(?P<month>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*)\.?\s+(?P<day>\d{1,2})\b"
)
# The month a company's year ends in, as the text implies it: "the year ended August 31", "the fiscal year ending
# April 30", "the first quarter ended January 31" (a year ending in October).
_YEAR_END_STATED = re.compile(
    r"\b(?:(?i:the|its)\s+(?:(?i:fiscal|financial)\s+)?(?i:year)|(?P<q>(?i:first|second|third|fourth|1st|2nd|3rd|4th))"
    r"[\s-]+(?i:quarter))\s+(?:which\s+|that\s+)?(?:ended|ending|ends)\s+(?:on\s+)?"
    r"(?P<month>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*)\.?\s+(?P<day>\d{1,2})\b"
)
_FISCAL_ENDED_ON = re.compile(
    r"\b(?i:fiscal)\s+(?:(?i:year)\s+)?(?P<y>(?:19|20)\d\d|\d\d),?\s+(?:which\s+|that\s+)?(?:ended|ending|ends|closed)"
    r"\s+(?:on\s+)?$"
)
_AGO_COMPARED = re.compile(r"\b(?:compared|against|versus|vs|from|than)\b[^.;:]*$", re.IGNORECASE)
_AGO_PERIOD = re.compile(r"\s+(?:period|levels?|quarter|month|figures?)\b")
_QUALIFIED = re.compile(
    r"\b(?:nearly|almost|about|around|some|roughly|over|more\s+than|less\s+than|at\s+least|up\s+to|"
    r"several|few|many)\s+$",
    re.IGNORECASE,
)
_WORD_BEFORE = re.compile(r"(?<!['’])([A-Za-z.]+)\W*$")  # a possessive "'s" is not the word "s" (S. 1985, a bill)


@dataclass(frozen=True)
class Context:
    """What placing a year-less expression needs: the publication interval and a carried-over year."""

    published: dt.date | None
    precision: str
    anchor: tuple[dt.date, dt.date] | None = None  # the last date with a stated year earlier in the paragraph
    floor: int = 0  # where the paragraph starts: the tense is read within it
    period: tuple[dt.date, dt.date] | None = None  # what a reference work is about ("First 100 days of ...")
    # months the article placed by "last" or "next" ("last September"): a bare "the September agreement" later on
    # is the same month
    named: dict[int, tuple[dt.date, dt.date]] = field(default_factory=dict)
    previous: tuple[dt.date, dt.date] | None = None  # the last date found earlier in the paragraph


@dataclass(frozen=True)
class Found:
    """A resolved date expression before it becomes a mention."""

    start: int
    end: int
    first: dt.date
    last: dt.date
    precision: str
    stated: bool = False  # it states its year, so it anchors the year-less expressions after it


@dataclass(frozen=True)
class MonthDays:
    """A year-less span of days, ``(month, day)`` to ``(month, day)``; day 0 means the month's last day."""

    month: int
    day: int
    end_month: int
    end_day: int


def find_dates(article: Article) -> list[Mention]:
    """Return every date expression of ``article`` as a "date" mention with its inclusive ISO interval."""
    if article.publisher.lower() not in REFERENCE_PUBLISHERS:
        named: dict[int, tuple[dt.date, dt.date]] = {}
        return [m for paragraph in article.paragraphs for m in _paragraph_dates(article, paragraph, named=named)]
    # A reference work was copied long after the events it tells: its copy date places nothing. A year-less
    # date takes the year stated last before it; with none stated before, its year is unknown and it is left out.
    # One that names its period in its title ("First 100 days of Donald Trump's presidency") places the
    # year-less dates that fall in that period there, whatever year a flashback stated ("In 2015, ...").
    stated = _stated_years(article.body)
    undated = replace(article, published=None, published_precision="unknown")
    period = _told_period(article.title)
    return [
        mention
        for paragraph in article.paragraphs
        for mention in _paragraph_dates(undated, paragraph, _whole_year(_year_before(stated, paragraph.start)), period)
    ]


_FIRST_100_DAYS = re.compile(r"\bFirst 100 days of (?P<who>.+?)(?:['’]s|s) presidency", re.IGNORECASE)  # "Trumps" too
INAUGURATED = {  # the year each president took office, for the periods reference works are titled by
    "Franklin D. Roosevelt": 1933, "Ronald Reagan": 1981, "George H. W. Bush": 1989, "Bill Clinton": 1993,
    "George W. Bush": 2001, "Barack Obama": 2009, "Donald Trump": 2017, "Joe Biden": 2021,
}  # fmt: skip


def _told_period(title: str) -> tuple[dt.date, dt.date] | None:
    """The period a reference work's title names: a president's first 100 days run from January to April."""
    found = _FIRST_100_DAYS.search(title or "")
    year = INAUGURATED.get(found["who"].strip()) if found else None
    return (dt.date(year, 1, 1), dt.date(year, 4, 30)) if year else None


def _whole_year(year: int | None) -> tuple[dt.date, dt.date] | None:
    return (dt.date(year, 1, 1), dt.date(year, 12, 31)) if year else None


def year_told_at(article: Article) -> Callable[[int], int | None]:
    """The year an offset of the article tells of, which a name is read in ("Trudeau" in 1975 is Pierre): the
    publication year, or for a reference work the year stated last before the offset, else first after it."""
    published = article.published.year if article.published else None
    if article.publisher.lower() not in REFERENCE_PUBLISHERS:
        return lambda offset: published
    stated = _stated_years(article.body)
    return lambda offset: _year_before(stated, offset) or (stated[0][1] if stated else published)


def _stated_years(body: str) -> list[tuple[int, int]]:
    """Where the body states a year ("February 2017", "in 2017"), with the year."""
    return [(match.start(), int(match["y"])) for match in _STATED_YEAR.finditer(body)]


def _year_before(stated: list[tuple[int, int]], offset: int) -> int | None:
    """The year a reference work stated last before ``offset``."""
    before = [year for start, year in stated if start < offset]
    return before[-1] if before else None


def _paragraph_dates(
    article: Article,
    paragraph: Paragraph,
    anchor: tuple[dt.date, dt.date] | None = None,
    period: tuple[dt.date, dt.date] | None = None,
    named: dict[int, tuple[dt.date, dt.date]] | None = None,
) -> list[Mention]:
    """Apply the rules left to right, longest first; a year stated carries over to later expressions."""
    mentions: list[Mention] = []
    taken, previous = -1, None
    named = {} if named is None else named
    for match, rule in _candidates(article.body, paragraph.start, paragraph.end):
        if match.start() < taken:
            continue
        context = Context(
            article.published, article.published_precision, anchor, paragraph.start, period, named, previous
        )
        found = rule(match, article.body, context)
        if found and previous and _follows_coordinated(article, found, previous, taken):
            found = _a_year_later(found)  # "to start in December or January": the January after that December
        if found:
            taken, previous = found.end, (found.first, found.last)
            if found.stated and found.first.year == found.last.year and not _sets_no_year(article.body, found):
                anchor = (found.first, found.last)
            mentions.append(_mention(article.body, found, paragraph.id))
    return mentions


_COORDINATED = re.compile(r",?\s+(?:or|and)\s+")


def _follows_coordinated(article: Article, found: Found, previous: tuple[dt.date, dt.date], taken: int) -> bool:
    """Whether a bare month joined to a month ahead of the publication was placed before the publication and so
    before that month: a list runs forward ("to start in December or January" in March, "the May and June
    registrations" in March), so it is the one after it."""
    published = article.published
    return bool(
        published
        and re.fullmatch(_MON_FULL, article.body[found.start : found.end])
        and _COORDINATED.fullmatch(article.body, taken, found.start)
        and found.last < published < previous[0]
    )


def _a_year_later(found: Found) -> Found:
    """``found`` moved a year on (a month's last day stays its last day: February 28 -> 29 in a leap year)."""

    def later(day: dt.date) -> dt.date:
        last = day.day == _last_day(day.year, day.month)
        return _day(day.year + 1, day.month, 0 if last else day.day)

    return replace(found, first=later(found.first), last=later(found.last))


def _mention(body: str, found: Found, paragraph: str) -> Mention:
    first, last = found.first.isoformat(), found.last.isoformat()
    return Mention(
        type="date",
        value=f"{first}/{last}",
        start=found.start,
        end=found.end,
        text=body[found.start : found.end],
        paragraph=paragraph,
        date_start=first,
        date_end=last,
        precision=found.precision,
    )


def _candidates(body: str, start: int, end: int) -> list[tuple[re.Match, Callable]]:
    """All rule matches in ``body[start:end]``, leftmost first, then longest first. A rule runs only where its
    trigger occurs: a rule's pattern, tried at every character, cost a third of all derivation time."""
    matches = [
        (m, rule)
        for (pattern, rule), trigger in zip(_RULES, _TRIGGERS, strict=True)
        if trigger.search(body, start, end)
        for m in pattern.finditer(body, start, end)
    ]
    return sorted(matches, key=lambda item: (item[0].start(), -item[0].end()))


# ---- calendar helpers -------------------------------------------------------------------------------


def _month_number(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")[:4] if name.lower().startswith("sept") else name.lower()[:3]]


def _day_number(text: str) -> int:
    return NUMBERS[text] if text in NUMBERS else int(re.match(r"\d+", text)[0])


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _day(year: int, month: int, day: int) -> dt.date | None:
    """The date, or None for impossible days such as February 30; day 0 is the month's last day."""
    try:
        return dt.date(year, month, day or _last_day(year, month))
    except ValueError:
        return None


def _place(span: MonthDays, year: int) -> tuple[dt.date, dt.date] | None:
    """Place a year-less span in ``year``; a span that wraps (Dec 30 - Jan 3) ends the next year."""
    wraps = (span.end_month, span.end_day or 31) < (span.month, span.day or 31)
    first, last = _day(year, span.month, span.day), _day(year + wraps, span.end_month, span.end_day)
    return (first, last) if first and last and first <= last else None


def _publication(context: Context) -> tuple[dt.date, dt.date]:
    """The interval the article was published in, by its precision."""
    day = context.published
    if context.precision == "year":
        return dt.date(day.year, 1, 1), dt.date(day.year, 12, 31)
    if context.precision == "month":
        return day.replace(day=1), day.replace(day=_last_day(day.year, day.month))
    return day, day


def _distance(first: dt.date, last: dt.date, lo: dt.date, hi: dt.date) -> int:
    return max(0, (first - hi).days, (lo - last).days)


def _resolve(span: MonthDays, context: Context, direction: str) -> tuple[dt.date, dt.date] | None:
    """Choose the year of a year-less span: near the publication if it is close to it, else near the
    date stated earlier in the paragraph, else where the tense and the publication allow."""
    in_period = _place(span, context.period[0].year) if context.period else None
    if in_period and context.period[0] <= in_period[0] and in_period[1] <= context.period[1]:
        return in_period
    placed = _near(span, *_publication(context), direction) if context.published else None
    if context.anchor is None or direction in ("before", "after"):
        return placed
    anchored = _near(span, *context.anchor, "")
    if placed and anchored and not _allowed(anchored, *_publication(context), direction):
        return placed  # "will" speaks of the publication's future, whatever year the paragraph told of before
    return anchored


def _near(span: MonthDays, lo: dt.date, hi: dt.date, direction: str) -> tuple[dt.date, dt.date] | None:
    """The placement of ``span`` nearest to ``[lo, hi]`` that agrees with the direction when it matters."""
    options = [placed for y in (lo.year - 1, lo.year, lo.year + 1) if (placed := _place(span, y))]
    near = [o for o in options if _distance(*o, lo, hi) <= NEAR_DAYS]
    if not (near and direction in ("past?", "future")):  # close to publication, the nearest beats weak tense
        near = [o for o in options if _allowed(o, lo, hi, direction)] or options
    return min(near, key=lambda o: _distance(*o, lo, hi) * (1.5 if o[1] < lo else 1)) if near else None


def _allowed(option: tuple[dt.date, dt.date], lo: dt.date, hi: dt.date, direction: str) -> bool:
    """Whether a placement agrees with the direction ("past", "future", "before", "after" or "")."""
    first, last = option
    month_lo, month_hi = lo.replace(day=1), hi.replace(day=_last_day(hi.year, hi.month))
    return {
        "past": first <= hi,
        "past?": first <= hi,
        "future": last >= lo,
        "before": last < month_lo,
        "after": first > month_hi,
    }.get(direction, True)


_ATTRIBUTIVE = re.compile(
    r"\s+(?:visit|meeting|meetings|summit|talks|round|session|deadline|vote|election|trip|accord|agreement|pact|deal)\b"
)


def _tense(body: str, start: int, end: int, floor: int = 0) -> str:
    """Guess whether the sentence around ``body[start:end]`` speaks of the future or the past."""
    determiner = re.search(r"\b(?:the|a|an|its|their|his|her)\s+$", body[max(0, start - 7) : start])
    if (noun := _ATTRIBUTIVE.match(body, end)) and determiner:
        if re.match(r"\s+(?:will|would|are\s+to|is\s+to|are\s+due|is\s+due|are\s+scheduled)\b", body[noun.end() :]):
            return "future"  # "the Thursday and Friday talks will be headed by ...": the noun's own verb
        if noun[0].split()[0] in ("accord", "agreement", "pact", "deal"):
            return "past?"  # "to review its December accord": an agreement named by its month is one reached
        return ""  # "paving the way for the April 29 visit": the verb's tense is not the date's
    before = _sentence_before(body, start, floor)
    after = body[end : end + 50].split("\n", 1)[0]
    after = after[: m.start()] if (m := _SENTENCE_START.search(after)) else after
    if re.search(r"\b(?i:effective)(?:\s+(?:from|on|as\s+of))?\s*$", before) and not _PAST_WEAK.search(after):
        return "future"  # "the lifting of bans, effective from July": a measure takes effect ahead
    if re.search(r"\bby\s+(?:(?:\S+\s+){1,3}(?:or|and)\s+)?$", before) and not _PAST.search(before):
        return "future"  # "forecast inflation at 4.5 pct by year-end", "by late September or early October"
    if re.search(r"\b[Ii]f\b", before) and re.search(r"\bwould\b", after):
        return "future"  # "if output were kept down through the end of June, it would ...": a hypothesis ahead
    future = [m.end() for m in _FUTURE.finditer(before)]
    if future and (reported := _REPORTED.search(before, future[-1])):
        # "the ministry, which considers X to be a guide, said output in January fell": the reported clause tells
        before, future = before[reported.end() :], []
    if future and _PAST_CLAUSE.search(before, future[-1]):
        return "past"  # "has no plans to renegotiate the agreement it worked out in February": the clause is past
    if not future and re.search(r"\b(?:originally|initially)\b[^,;]{0,40}$", before):
        return "past"  # "the cuts, originally brought in from February 1, would ...": where it began
    if future or re.match(r"\W*(?:will|would|is\s+to|are\s+to)\b", after):
        return "future"
    if _PAST.search(before) or _PAST.search(after):
        return "past"
    return "past?" if _PAST_WEAK.search(before) or _PAST_WEAK.search(after) else ""


def _sentence_before(body: str, start: int, floor: int) -> str:
    """The words of the sentence before ``start``, at most 160 characters back."""
    window_start = max(floor, start - 160)
    breaks = list(_SENTENCE_START.finditer(body, window_start, start))
    return body[breaks[-1].end() if breaks else window_start : start]


def _compared(body: str, start: int) -> bool:
    """Whether a date is the term of a comparison ("against 1.02 billion in March 1986"), which sets no year."""
    return bool(_COMPARISON.search(body, max(0, start - 60), start))


def _sets_no_year(body: str, found: Found) -> bool:
    """Whether a dated expression leaves the year told of unchanged: the term of a comparison, a bound
    ("since 2014", "until 2020"), a law's year ("the Trade Act of 1974") or a base year ("in 1981 prices")."""
    start = found.start
    return (
        _compared(body, start)
        or _word_before(body, start) in _BOUND_WORDS
        or bool(_BOUND_YEAR.search(body, max(0, start - 20), start))
        or bool(_BASE_YEAR.match(body, found.end))
        or _word_before(body, start) == "base"  # "the index, base 1980, stood at 104.1 in February"
    )


def _word_before(body: str, start: int) -> str:
    found = _WORD_BEFORE.search(body, max(0, start - 20), start)
    return found[1].lower().rstrip(".") if found else ""


# ---- rules: each takes a match, the body and the context, and returns a Found or None ---------------


def _explicit(match: re.Match, first: dt.date | None, last: dt.date | None, precision: str) -> Found | None:
    if first is None or last is None or first > last:
        return None
    return Found(match.start(), match.end(), first, last, precision, stated=True)


def _year_less(
    match: re.Match, body: str, context: Context, span: MonthDays, precision: str, direction: str | None = None
) -> Found | None:
    direction = _tense(body, match.start(), match.end(), context.floor) if direction is None else direction
    placed = _resolve(span, context, direction)
    return Found(match.start(), match.end(), *placed, precision) if placed else None


_ATTACKS = re.compile(r"\s+(?:terrorist\s+)?attacks?\b", re.I)


def _after_9_11(match: re.Match, body: str, context: Context) -> bool:
    """ "The September 11 attacks" in a text written after them."""
    written = context.published or dt.date.max
    return written > dt.date(2001, 9, 11) and _ATTACKS.match(body, match.end()) is not None


def _days_rule(match: re.Match, body: str, context: Context) -> Found | None:
    """Days and ranges of days, with or without a year: "Jan. 9", "December 9-15", "Dec 30 - Jan 3"; "April 6 and 7"
    (two days in a row) is a range, "March 3 and 10" the first day alone unless "between" opens it."""
    month = _month_number(match["m1"])
    end_month = _month_number(match["m2"]) if match["m2"] else month
    if match["d1"].isalpha() and match["m1"] == "May":
        return None  # "May one ask": a verb, not a day
    day = _day_number(match["d1"])
    end_day = _day_number(match["d2"]) if match["d2"] else day
    if match["joiner"] and match["joiner"].strip() == "and" and _word_before(body, match.start()) != "between":
        if not _next_day(month, day, end_month, end_day):
            return _first_of_two_days(match, body, context, month, day)
    precision = "day" if (month, day) == (end_month, end_day) else "range"
    year, end_year = match["y1"] or match["y2"], match["y2"] or match["y1"]
    if not year and (fiscal := _FISCAL_ENDED_ON.search(body, max(context.floor, match.start() - 60), match.start())):
        year = end_year = str(_full_year(fiscal["y"]))  # "fiscal 1986 ended September 30": that year's
    if not year and (relative := _relative_year(match.groupdict().get("ry"), context, anchored=False)):
        year = end_year = str(relative)  # "September 30 this year", "November six last year" whatever came before
    if not year and (month, day, precision) == (9, 11, "day") and _after_9_11(match, body, context):
        year = end_year = "2001"  # "the September 11 attacks" name their day
    if year:
        return _explicit(match, _day(int(year), month, day), _day(int(end_year), end_month, end_day), precision)
    direction = {"next": "after", "last": "before"}.get(_word_before(body, match.start()))  # "next March 31"
    return _year_less(match, body, context, MonthDays(month, day, end_month, end_day), precision, direction)


_PERIOD_MONTHS = {"year": 12, "quarter": 3, "half": 6, "month": 1}


def _period_ending_rule(match: re.Match, body: str, context: Context) -> Found | None:
    """ "the week ended March 31", "the 53 weeks ending January 3, 1987", "the third quarter ended January 31",
    "the fiscal year ending March 31, 1987": the whole period that ends on that day."""
    day = _days_rule(match, body, context)
    if day is None:
        return None
    unit = match["unit"].lower().split()[-1].rstrip("s")
    count = (int(match["n"]) if match["n"].isdigit() else NUMBERS[match["n"].lower()]) if match["n"] else 1
    after = day.last + dt.timedelta(days=1)
    if unit == "week":
        first = after - dt.timedelta(days=7 * count)
    else:
        year, month = divmod(after.year * 12 + after.month - 1 - _PERIOD_MONTHS[unit] * count, 12)
        first = dt.date(year, month + 1, min(after.day, _last_day(year, month + 1)))
    return Found(match.start(), match.end(), first, day.last, "range", stated=day.stated)


def _current_period_rule(match: re.Match, body: str, context: Context) -> Found | None:
    """ "the current quarter", "the current month", "the current year": the one the publication falls in."""
    unit = match["unit"].lower()
    if not _deictic(context, "month" if unit != "year" else "year"):
        return None
    first, last = _period(context.published, unit, 0)
    return Found(match.start(), match.end(), first, last, {"quarter": "range"}.get(unit, unit))


def _start_of_year_rule(match: re.Match, body: str, context: Context) -> Found | None:
    """ "since the start of the year": early January (1-10, read like "the beginning of January", as "the end of
    the year" is late December), of the year the tense and the publication point to."""
    return _year_less(match, body, context, MonthDays(1, 1, 1, 10), "month")


def _end_of_period_rule(match: re.Match, body: str, context: Context) -> Found | None:
    """ "by the end of the decade": the late years of the publication's decade (as "the late 1980s" are 1987-89);
    "the end of the quarter", "quarter-end": the last days (21-end) of the publication's quarter; "the end of the
    first quarter", "the end of first quarter, 1987": that quarter's, in the year stated, else the publication's."""
    dated = _deictic(context, "month")
    if match["q"]:
        year = int(match["y"]) if match["y"] else context.published.year if dated else None
        return _quarter_end(match, year, QUARTERS[match["q"].lower()] * 3) if year else None
    if not dated:
        return None
    year = context.published.year
    if match["decade"]:
        return Found(
            match.start(),
            match.end(),
            dt.date(year // 10 * 10 + 7, 1, 1),
            dt.date(year // 10 * 10 + 9, 12, 31),
            "range",
        )
    return _quarter_end(match, year, (context.published.month - 1) // 3 * 3 + 3)


def _quarter_end(match: re.Match, year: int, month: int) -> Found:
    """The last days (21 to the month's end) of the quarter that ends in ``month``."""
    return Found(match.start(), match.end(), dt.date(year, month, 21), _day(year, month, 0), "month")


def _until_year_rule(match: re.Match, body: str, context: Context) -> Found | None:
    """ "between now and 1992": from the publication to that year's end."""
    year = int(match["y"])
    if not _deictic(context, "day") or year < context.published.year:
        return None
    return Found(match.start(), match.end(), context.published, dt.date(year, 12, 31), "range")


def _to_date_rule(match: re.Match, body: str, context: Context) -> Found | None:
    """ "from 1984 to date": from the start of that year to the publication."""
    if not _deictic(context, "day"):
        return None
    return Found(match.start(), match.end(), dt.date(int(match["y"]), 1, 1), context.published, "range")


def _year_to_date_rule(match: re.Match, body: str, context: Context) -> Found | None:
    """ "the year to date", "year-to-date": from the start of the publication's year to its day."""
    if not _deictic(context, "day"):
        return None
    return Found(match.start(), match.end(), dt.date(context.published.year, 1, 1), context.published, "range")


def _day_list_rule(match: re.Match, body: str, context: Context) -> Found | None:
    """ "September 8, 9, 12, and 14, 1993": the days of one month listed, from the first to the last."""
    year, month = int(match["y"]), _month_number(match["m1"])
    first, last = _day(year, month, _day_number(match["d1"])), _day(year, month, _day_number(match["d2"]))
    return _explicit(match, first, last, "range") if first and last and first < last else None


def _next_day(month: int, day: int, end_month: int, end_day: int) -> bool:
    """Whether the second day follows the first ("April 6 and 7", "June 30 and July 1"; any year will do)."""
    first = _day(2000, month, day)
    return first is not None and first + dt.timedelta(days=1) == _day(2000, end_month, end_day)


def _first_of_two_days(match: re.Match, body: str, context: Context, month: int, day: int) -> Found | None:
    """ "March 3 and 10": the first day, which names its month ("3 and 10 April" does not, and yields nothing)."""
    if match.start("d1") < match.start("m1"):
        return None
    year = match["y1"] or match["y2"]
    if year:
        found = _explicit(match, _day(int(year), month, day), _day(int(year), month, day), "day")
    else:
        found = _year_less(match, body, context, MonthDays(month, day, month, day), "day")
    return replace(found, end=match.end("y1") if match["y1"] else match.end("d1")) if found else None


def _iso_rule(match: re.Match, body: str, context: Context) -> Found | None:
    """An ISO day: "2018-01-09"."""
    day = _day(int(match["y"]), int(match["m"]), int(match["d"]))
    return _explicit(match, day, day, "day")


def _month_rule(match: re.Match, body: str, context: Context) -> Found | None:
    """A month, whole or in part: "October 2017", "last October", "late November", "mid-March"."""
    part, rel, name = match["part"], match["rel"], match["mon"]
    if not (part or rel or match["y"]) and not _bare_month_ok(body, match.start(), name):
        return None
    month = _month_number(name)
    lo, hi = MONTH_PARTS[_part_key(part)] if part else (1, 0)
    precision = "month"  # "late November" too: a part of a month keeps month precision
    year = int(match["y"]) if match["y"] else _relative_year(match["ry"], context)
    if year:
        return _explicit(match, _day(year, month, lo), _day(year, month, hi), precision)
    if match["ry"]:
        return None
    if not (part or rel) and month in context.named:
        return Found(match.start(), match.end(), *context.named[month], precision)
    direction = _rel_direction(body, match)
    if (
        direction is None
        and not part
        and _CONTRACT_AFTER.match(body, match.end())
        and _word_before(body, match.start()) not in _TIME_PREPOSITIONS
    ):
        direction = "after"  # "June Swiss francs", "December crude": a futures delivery month lies ahead
    found = _year_less(match, body, context, MonthDays(month, lo, month, hi), precision, direction)
    if found and rel and not part and rel.lower() in ("last", "next"):
        context.named[month] = (found.first, found.last)
    return found


_CONTRACT_AFTER = re.compile(
    r"\s+(?:(?:Swiss|German|West\s+German|Japanese|British|Canadian|U\.S\.|Treasury|T-)\s*)?(?i:francs|marks|yen|"
    r"sterling|pounds?|dollars?|bonds?|bills|notes|crude|gasoline|heating\s+oil|gold|silver|copper|platinum|corn|wheat|"
    r"soybeans?|soymeal|cattle|hogs|sugar|coffee|cocoa|cotton|futures|contracts?|delivery|options|puts|calls)\b"
    r"(?!\s+(?i:output|production|imports?|exports?|sales|stocks|inventories|shipments|prices|reserves|supplies)\b)"
)


def _relative_year(word: str | None, context: Context, anchored: bool = True) -> int | None:
    """The year "this year", "last year" or "next year" names, when the publication tells it (``anchored``: not
    in a paragraph that tells of a time long before it)."""
    if not word or not (_deictic(context, "year") if anchored else _dated(context, "year")):
        return None
    return context.published.year + {"last": -1, "next": 1, "this": 0}[word.lower()]


def _bare_month_ok(body: str, start: int, name: str) -> bool:
    """A lone month name is a date unless it may be a verb or a first name ("May", "March", "June")."""
    return name.lower() not in AMBIGUOUS_MONTHS or _word_before(body, start) in PREPOSITIONS


def _part_key(part: str) -> str:
    """ "the end of" -> "end", "Mid" -> "mid", "first half of" -> "first half"."""
    return " ".join(word for word in part.lower().split() if word not in ("the", "of"))


def _rel_direction(body: str, match: re.Match) -> str | None:
    """ "last October" is before the publication month, "next January" after it; "the next January round"
    is merely ahead; without a word, the tense decides (None)."""
    rel = (match["rel"] or "").lower()
    if rel in ("last", "past"):
        return "before"
    if rel in ("next", "coming"):
        return "future" if _word_before(body, match.start()) == "the" or rel == "coming" else "after"
    return "" if rel == "this" else None


def _month_range_rule(match: re.Match, body: str, context: Context) -> Found | None:
    """A span of months, whole or in part: "January-March 1987", "from June to late August 2018",
    "between March and May", "between September and end-year"."""
    if match["joiner"].strip().lower() == "and" and _word_before(body, match.start()) != "between":
        return None
    month, end_month = _month_number(match["m1"]), _month_number(match["m2"]) if match["m2"] else 12
    lo = MONTH_PARTS[_part_key(match["p1"])][0] if match["p1"] else 1
    hi = MONTH_PARTS[_part_key(match["p2"])][1] if match["p2"] else 0
    year = int(match["y"]) if match["y"] else _relative_year(match["ry"], context)
    if year or match["y1"]:
        start_year = int(match["y1"]) if match["y1"] else year - (end_month < month)
        year = year or start_year + (end_month < month)
        return _explicit(match, _day(start_year, month, lo), _day(year, end_month, hi), "range")
    if match["ry"]:
        return None
    return _year_less(match, body, context, MonthDays(month, lo, end_month, hi), "range")


_UNIT_MONTHS = {"month": 1, "quarter": 3}


def _same_period_rule(match: re.Match, body: str, context: Context) -> Found | None:
    """ "the same quarter last year", "the year-ago period", "the 1986 quarter": the span of the date before it in
    the paragraph, in the year before or the year named: a quarter or month only after a quarter or month, a period
    after a month or more."""
    unit = (match["unit"] or match["unit2"] or match["unit3"]).lower()
    if context.previous is None:
        return None
    first, last = context.previous
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    whole_months = first.day == 1 and last == _day(last.year, last.month, 0)
    if unit in _UNIT_MONTHS and (months != _UNIT_MONTHS[unit] or not whole_months):
        return None
    if (last - first).days < 27:  # "said on Tuesday ... from the same period last year": no period was named
        return None
    year = int(match["y"] or match["y2"] or first.year - 1)
    shift = year - first.year
    start, end = _day(first.year + shift, first.month, first.day), _day(last.year + shift, last.month, last.day)
    if start is None or end is None:  # February 29 a year away
        return None
    return Found(match.start(), match.end(), start, end, "month" if unit == "month" else "range")


def _year_rule(match: re.Match, body: str, context: Context) -> Found | None:
    """A year on its own ("in 2017", "the 1988 agreement"), unless it is a number or an identifier."""
    before = _word_before(body, match.start())
    if before in NOT_YEAR_BEFORE or NOT_YEAR_AFTER.match(body, match.end()):
        return None
    if _STORY_CODE.search(body, max(0, match.start() - 20), match.start()):
        return None  # "(MRUA 2019, NYFK 2123)": a news digest's story codes
    year = int(match["y"])
    if year < 1900 and before not in _TIME_PREPOSITIONS and not _parenthesised(body, match):
        return None  # "1850 shares": a nineteenth-century year only after "in", "from", "since"...
    return _explicit(match, dt.date(year, 1, 1), dt.date(year, 12, 31), "year")


_STORY_CODE = re.compile(r"[(,]\s*[A-Z]{4}\s+$")


def _budget_year_rule(match: re.Match, body: str, context: Context) -> Found | None:
    """ "the 1987/88 budget", "the 1987/88 fiscal year": a government's year from April to March (Japan, Canada,
    Britain), as "fiscal 1987/88" is."""
    first = int(match["y1"])
    if _full_year(match["y2"], first) != first + 1:
        return None
    return _explicit(match, dt.date(first, 4, 1), dt.date(first + 1, 3, 31), "range")


def _parenthesised(body: str, match: re.Match) -> bool:
    """ "the Dominion of Canada (1867)", "Queen Anne's War (1702–1713)": a year or a span alone in parentheses."""
    return body[match.start() - 1 : match.start()] == "(" and body[match.end() : match.end() + 1] == ")"


def _year_span_rule(match: re.Match, body: str, context: Context) -> Found | None:
    """Spans of years: "1987-88", "1987/88", "from 1987 to 1990", "the 1980s"."""
    first = int(match["y1"])
    if " and " in match[0] and not match[0].lower().startswith("between"):
        return None
    if first < 1900 and not match["decade"] and not match[0].lower().startswith(("from", "between")):
        if _word_before(body, match.start()) not in _TIME_PREPOSITIONS and not _parenthesised(body, match):
            return None  # "in 1851-1951" and "King William's War (1689–1697)" are spans, "1850-1990 shares" not
    if match["decade"]:
        first, last = _decade_part(first, match["part"])
    else:
        tail = match["y2"]
        last = int(tail) if len(tail) == 4 else first // 100 * 100 + int(tail)
    if not first < last <= first + (100 if len(match["y2"]) == 4 else 50):
        return None  # "1963-2014" is a span; "1850-1990" shares are not (a nineteenth-century start)
    return _explicit(match, dt.date(first, 1, 1), dt.date(last, 12, 31), "range")


def _decade_part(first: int, part: str | None) -> tuple[int, int]:
    """The years of a decade, or of its early, mid or late part: "the early 1980s" is 1980-1982, as "the late
    1970s" is 1977-1979 and "the mid-1980s" 1984-1986 (the gold set's convention)."""
    word = (part or "").lower().split()[0] if part else ""  # "the beginning of the 1980s" reads as the early 1980s
    word = {"beginning": "early", "start": "early", "middle": "mid", "end": "late", "later": "late"}.get(word, word)
    lo, hi = {"early": (0, 2), "mid": (4, 6), "late": (7, 9)}.get(word, (0, 9))
    return first + lo, first + hi


def _year_part_rule(match: re.Match, body: str, context: Context) -> Found | None:
    """Part of a year: "mid-1987", "early 2018", "the first half of 1987", "the fourth quarter of 1986"."""
    year = int(match["y"])
    if match["q"]:
        quarter = QUARTERS[match["q"].lower()]
        if "fiscal" in match[0].lower() and (year_end := _year_end_month(body, match.start())):
            return _explicit(
                match, *_fiscal_quarter_of(year, quarter, year_end), "range"
            )  # "first quarter of fiscal 1988"
        return _explicit(match, dt.date(year, 3 * quarter - 2, 1), _day(year, 3 * quarter, 0), "range")
    part = _part_key(match["part"]).replace("-", " ")
    return _explicit(match, *_year_part(year, part), "month" if part == "end" else "range")


def _relative_day_rule(match: re.Match, body: str, context: Context) -> Found | None:
    """ "today", "yesterday", "last night", "tomorrow": only when the article's day is known."""
    if not _deictic(context, "day") or _word_before(body, match.start()) == "usa":
        return None
    word = " ".join(match[0].lower().split())
    shift = -1 if word in ("yesterday", "last night") else 1 if word == "tomorrow" else 0
    day = context.published + dt.timedelta(days=shift)
    return Found(match.start(), match.end(), day, day, "day")


def _weekday_rule(match: re.Match, body: str, context: Context) -> Found | None:
    """ "on Monday", "last Friday", "next Tuesday": the nearest such day in the tense's direction; the
    publication's own weekday is the publication day."""
    if not _deictic(context, "day"):
        return None
    if _word_before(body, match.start()) in ("black", "good", "super", "ash", "holy", "easter", "cyber"):
        return None
    rel = (match["rel"] or "").lower()
    future = rel == "next" or (rel != "last" and _tense(body, match.start(), match.end(), context.floor) == "future")
    future = future or (not rel and _deadline(body, match))
    gap = (WEEKDAYS.index(match["wd"].lower()) - context.published.weekday()) % 7
    if not gap and not rel:
        shift = 0  # a Tuesday story's "Tuesday" is that day, whatever the tense ("will meet Tuesday")
    else:
        shift = (gap or 7) if future else gap - 7 if gap or rel == "last" else 0
    day = context.published + dt.timedelta(days=shift)
    if second := match.groupdict().get("wd2"):  # "Thursday and Friday": two days in a row are one range
        if (WEEKDAYS.index(second.lower()) - WEEKDAYS.index(match["wd"].lower())) % 7 != 1:
            return None  # "Monday and Wednesday": each day alone
        return Found(match.start(), match.end(), day, day + dt.timedelta(days=1), "range")
    return Found(match.start(), match.end(), day, day, "day")


def _deadline(body: str, match: re.Match) -> bool:
    """ "settled by Thursday", "until Friday", "ahead of Thursday's deadline", "prepared for a Thursday meeting":
    a day still to come."""
    for_meeting = re.search(r"\bfor\s+(?:a|the)\s+$", body[max(0, match.start() - 12) : match.start()])
    return (
        _word_before(body, match.start()) in ("by", "until", "till", "before")
        or bool(_DEADLINE_AFTER.match(body, match.end()))
        or bool(_THREAT_BEFORE.search(body, max(0, match.start() - 80), match.start()))
        or bool(for_meeting and _ATTRIBUTIVE.match(body, match.end()))
    )


def _weekend_rule(match: re.Match, body: str, context: Context) -> Found | None:
    """ "over the weekend" (the one just past), "meetings scheduled for the weekend" (the one to come)."""
    if not _deictic(context, "day"):
        return None
    future = _tense(body, match.start(), match.end(), context.floor) == "future"
    saturday = context.published + dt.timedelta(days=(5 - context.published.weekday()) % 7)
    if not future and saturday > context.published:
        saturday -= dt.timedelta(days=7)
    return Found(match.start("w"), match.end(), saturday, saturday + dt.timedelta(days=1), "range")


def _relative_period_rule(match: re.Match, body: str, context: Context) -> Found | None:
    """ "last week", "next month", "this year", "early next year": relative to the publication."""
    unit, rel = match["unit"].lower(), match["rel"].lower()
    rel = "this" if rel.startswith("in") else rel  # "earlier in the year" reads as "earlier this year"
    if not match["part"] and rel != "this" and _word_before(body, match.start()) == "the":
        return None  # "over the last year" is a stretch of time, not the calendar year
    if not _deictic(
        context, {"week": "day", "weekend": "day", "month": "month", "quarter": "month", "year": "year"}[unit]
    ):
        return None
    part = _part_key(match["part"] or "").lower()
    first, last = _period(context.published, unit, {"last": -1, "next": 1, "this": 0}[rel])
    if part in ("earlier", "later"):
        if rel != "this" or unit == "weekend":
            return None
        lo, hi = _publication(context)
        first, last = (first, hi) if part == "earlier" else (lo, last)
        return Found(match.start(), match.end(), first, last, "range")
    if part and unit == "quarter":
        return None
    if part and unit in ("month", "year"):
        first, last = _period_part(first, unit, part)
    if part and unit == "week":  # "early next week": Monday to Wednesday; mid: Tuesday to Thursday; late: Thursday on
        lo, hi = {"early": (0, 2), "beginning": (0, 2), "start": (0, 2), "mid": (1, 3), "middle": (1, 3)}.get(
            part, (3, 6)
        )
        first, last = first + dt.timedelta(days=lo), first + dt.timedelta(days=hi)
    if unit == "weekend" and rel == "this" and first > context.published and context.published.weekday() < 2:
        if _tense(body, match.start(), match.end(), context.floor) in ("past", "past?"):  # told on a Monday or Tuesday
            first, last = first - dt.timedelta(days=7), last - dt.timedelta(days=7)  # "OPEC agreed this weekend"
    precision = unit if unit in ("month", "year") and not (part and unit == "year") else "range"
    return Found(match.start(), match.end(), first, last, precision)


def _dated(context: Context, needed: str) -> bool:
    """Whether the published date is known finely enough for ``needed``."""
    order = ["day", "month", "year", "unknown"]
    return bool(context.published) and order.index(context.precision) <= order.index(needed)


def _deictic(context: Context, needed: str) -> bool:
    """Whether "today", "last week" or "this year" can be resolved: the published date is known finely
    enough, and the paragraph is not telling of a time long before it (a history recounted later). A year
    ahead ("available until April 1988") does not make the paragraph a history."""
    if not _dated(context, needed):
        return False
    return context.anchor is None or (_publication(context)[0] - context.anchor[1]).days <= 366


def _season_rule(match: re.Match, body: str, context: Context) -> Found | None:
    """Seasons, meteorological: "last summer" is June-August; "winter 1987" runs December 1986 to February 1987."""
    rel, year, part = (match["rel"] or "").lower(), match["y"], match["part"]
    if not (
        rel
        or year
        or part
        or re.search(
            r"\b(?:in|during|by|until|till|since|through|over|this|of)(?:\s+the)?\s*$",
            body[max(0, match.start() - 14) : match.start()],
            re.IGNORECASE,
        )
    ):
        return None
    if not (rel or year or part) and _recurring(body, match, context):
        return None  # "pollution remains an issue during the summer" is every summer
    span = _season_span(match["season"].lower(), _part_key(part or "").replace("-", " "))
    if match["season2"]:  # "the spring and summer of 1870": from the first season's start to the second's end
        span = MonthDays(span.month, span.day, SEASONS[match["season2"].lower()][1], 0)
    first, last = SEASONS[match["season"].lower()]
    if year:
        placed = _place(span, int(year) - (first > last and span.month > last))
        return Found(match.start(), match.end(), *placed, "range", stated=True) if placed else None
    found = _year_less(match, body, context, span, "range", _rel_direction(body, match))
    if found and match["side"] and _deictic(context, "day") and found.first <= context.published <= found.last:
        # "later this spring": from the publication to the season's end; "earlier this spring": up to it
        later = match["side"].lower() == "later"
        first, last = (context.published, found.last) if later else (found.first, context.published)
        return Found(match.start(), match.end(), first, last, "range")
    return found


def _months_of_year_rule(match: re.Match, body: str, context: Context) -> Found | None:
    """The first or last months of a year: "the first two months of the year", "the second half of 1987",
    "the last three months of last year"; "the year" is the paragraph's year, else the publication's."""
    rel = (match["rel"] or "").lower()
    year = int(match["y"]) if match["y"] else _relative_year("this" if rel == "the" else rel, context)
    if rel == "the" and not year and context.anchor:
        year = context.anchor[0].year  # a history told in a reference work: the year it tells of
    if not year:
        return None
    if match["half"]:
        lo, hi = YEAR_PARTS[match["half"].lower() + " half"]
    else:
        count = int(match["n"]) if match["n"].isdigit() else NUMBERS[match["n"].lower()]
        if not 1 <= count <= 11:
            return None
        lo, hi = (1, count) if match["edge"].lower() == "first" else (13 - count, 12)
    return Found(match.start(), match.end(), dt.date(year, lo, 1), _day(year, hi, 0), "range", bool(match["y"]))


def _fiscal_rule(match: re.Match, body: str, context: Context) -> Found | None:
    """A fiscal year: "fiscal 1987/88" and the Canadian government's "fiscal 1987" run April to March;
    the U.S. government's "fiscal year 2020" runs October 2019 to September 2020; a company's "fiscal 1987"
    is taken as the calendar year."""
    year = _full_year(match["y1"] or match["y1b"])
    if match["y2"] and match["years"]:
        return _fiscal_years(match, body, context, year, _full_year(match["y2"], year))
    if match["y2"]:
        end_year = _full_year(match["y2"], year)
        if end_year != year + 1:
            return None
        return _explicit(match, dt.date(year, 4, 1), dt.date(end_year, 3, 31), "range")
    if ended := _FISCAL_END.match(body, match.end()):
        last = _day(year, _month_number(ended["month"]), int(ended["day"]))
        return _explicit(match, last and _twelve_months_to(last), last, "range")
    if stated := list(_FISCAL_YEAR_ENDING.finditer(body, 0, match.start())):
        last = _day(year, _month_number(stated[-1]["month"]), int(stated[-1]["day"]))  # the text's own year end
        return _explicit(match, last and _twelve_months_to(last), last, "range")
    if year_end := _year_end_month(body, match.start(), before=True):  # one its quarters imply
        last = _day(year, year_end, _last_day(year, year_end))
        return _explicit(match, last and _twelve_months_to(last), last, "range")
    government = _government(body, match.start(), context.floor)
    if government == "canada":
        return _explicit(match, dt.date(year - 1, 4, 1), dt.date(year, 3, 31), "range")
    if government == "united-states":
        return _explicit(match, dt.date(year - 1, 10, 1), dt.date(year, 9, 30), "range")
    return _explicit(match, dt.date(year, 1, 1), dt.date(year, 12, 31), "range")


def _year_end_month(body: str, at: int, before: bool = False) -> int | None:
    """The month the text's company closes its year in, by the statement nearest to ``at`` (only those before
    it if ``before``); None if the text states none or says December."""
    stated = [m for m in _YEAR_END_STATED.finditer(body) if not before or m.end() <= at]
    if not stated:
        return None
    nearest = min(stated, key=lambda m: min(abs(m.start() - at), abs(m.end() - at)))
    month = _month_number(nearest["month"])
    if nearest["q"]:
        month = _months_on(month, 3 * (4 - QUARTERS[nearest["q"].lower()]))  # the year ends that many months on
    return month if month != 12 else None


def _months_on(month: int, months: int) -> int:
    """The month ``months`` after ``month`` (negative: before), 1 to 12."""
    return (month + months - 1) % 12 + 1


def _fiscal_quarter_of(year: int, quarter: int, year_end: int) -> tuple[dt.date, dt.date]:
    """The days of a quarter of the fiscal year ``year`` that ends in the month ``year_end``."""
    end_month = _months_on(year_end, -3 * (4 - quarter))
    end_year = year if end_month <= year_end else year - 1
    first_year = end_year if end_month > 2 else end_year - 1
    return dt.date(first_year, _months_on(end_month, -2), 1), dt.date(
        end_year, end_month, _last_day(end_year, end_month)
    )


def _fiscal_quarter(match: re.Match, body: str, context: Context, quarter: int, year_end: int) -> Found | None:
    """A year-less quarter of a company whose year ends in ``year_end``: "a good fourth quarter" of a year
    ending April 30 is February to April, placed by the tense like the months it spans."""
    end_month = _months_on(year_end, -3 * (4 - quarter))
    first_month = _months_on(end_month, -2)
    if first_month < end_month:
        return _year_less(match, body, context, MonthDays(first_month, 1, end_month, 0), "range")
    last = _year_less(match, body, context, MonthDays(end_month, 1, end_month, 0), "range")
    return last and replace(last, first=dt.date(last.last.year - 1, first_month, 1))


def _year_beginning_rule(match: re.Match, body: str, context: Context) -> Found | None:
    """ "the fiscal year beginning next month": the twelve months from the first of next month. (With a day,
    "the fiscal year starting April 1", the day is the date the text gives, as the gold readers read it.)"""
    if not _deictic(context, "month"):
        return None
    first = _period(context.published, "month", 1)[0]
    return Found(
        match.start(), match.end(), first, dt.date(first.year + 1, first.month, 1) - dt.timedelta(days=1), "range"
    )


def _fiscal_years(match: re.Match, body: str, context: Context, first: int, last: int) -> Found | None:
    """Several fiscal years, "fiscal years 1987-89": from the start of the first to the end of the last."""
    government = _government(body, match.start(), context.floor)
    if last <= first or government is None:
        return _explicit(match, dt.date(first, 1, 1), dt.date(last, 12, 31), "range")
    start_month = 4 if government == "canada" else 10
    end = dt.date(last, start_month, 1) - dt.timedelta(days=1)
    return _explicit(match, dt.date(first - 1, start_month, 1), end, "range")


def _twelve_months_to(last: dt.date) -> dt.date:
    """The first day of the twelve months that end on ``last`` ("fiscal 1986 ended September 30")."""
    following = last + dt.timedelta(days=1)
    return _day(following.year - 1, following.month, following.day) or dt.date(following.year - 1, 3, 1)


def _full_year(digits: str, after: int | None = None) -> int:
    """ "87" is 1987 (or the first such year after ``after``), "2020" is 2020."""
    if len(digits) == 4:
        return int(digits)
    if after is not None:
        return after // 100 * 100 + int(digits) + (100 if int(digits) < after % 100 else 0)
    return (1900 if int(digits) >= 50 else 2000) + int(digits)


def _government(body: str, start: int, floor: int) -> str | None:
    """Whose government's budget the text around ``start`` speaks of ("canada", "united-states"); None for
    a company's."""
    end = start + 40
    while end < len(body) and body[end].isalnum():  # the window ends at a word's end: "Commerce" is not "Co"
        end += 1
    if _COMPANY.search(body, max(floor, start - 60), end):
        return None
    for around in (body[max(floor, start - 300) : start + 80], body[max(0, start - 600) : start]):
        if _CANADIAN.search(around):
            return "canada"
        if _FEDERAL.search(around):
            return "united-states"
    return None  # nothing in this paragraph or just before it tells whose budget it is


def _numeric_rule(match: re.Match, body: str, context: Context) -> Found | None:
    """A numeric day in the U.S. order, month first: "3/15/87", "03/15/1987"."""
    day = _day(_full_year(match["y"]), int(match["m"]), int(match["d"]))
    return _explicit(match, day, day, "day")


_DOTTED = re.compile(
    r"(?<![\w.])(?P<a>0?[1-9]|[12]\d|3[01])\.(?P<b>0?[1-9]|[12]\d|3[01])\.(?P<y>(?:19|20)\d\d)(?![\w]|\.\d)"
)


def _dotted_rule(match: re.Match, body: str, context: Context) -> Found | None:
    """ "01.26.2000": a dotted date, month first or day first as the article's other dotted dates show (one with
    a first number over 12 is day first, one with a second over 12 month first); left out when none shows it."""
    pairs = [(int(m["a"]), int(m["b"])) for m in _DOTTED.finditer(body)]
    day_first, month_first = any(a > 12 for a, _ in pairs), any(b > 12 for _, b in pairs)
    if day_first == month_first:
        return None
    a, b = int(match["a"]), int(match["b"])
    month, day = (b, a) if day_first else (a, b)
    first = _day(int(match["y"]), month, day)
    return _explicit(match, first, first, "day") if first else None


def _crop_year_rule(match: re.Match, body: str, context: Context) -> Found | None:
    """A two-digit crop or season year: "the 86/87 season" spans 1986 and 1987."""
    year = _full_year(match["y1"])
    if _full_year(match["y2"], year) != year + 1:
        return None
    return _explicit(match, dt.date(year, 1, 1), dt.date(year + 1, 12, 31), "range")


def _quarter_rule(match: re.Match, body: str, context: Context) -> Found | None:
    """A quarter: "Q1 1987", "1987 first quarter", "the first quarter of next year", and a year-less
    "the fourth quarter" placed by the tense."""
    quarter = int(match["qn"]) if match["qn"] else QUARTERS[match["q"].lower()]
    span = MonthDays(3 * quarter - 2, 1, 3 * quarter, 0)
    if match["y"] or match["y2"]:
        placed = _place(span, int(match["y"] or match["y2"]))
        return Found(match.start(), match.end(), *placed, "range", stated=True)
    if match["rel"]:
        step = {"last": -1, "next": 1, "this": 0}[match["rel"].lower()]
        if not _deictic(context, "year"):
            return None
        placed = _place(span, context.published.year + step)
        return Found(match.start(), match.end(), *placed, "range")
    if year_end := _year_end_month(body, match.start()):
        return _fiscal_quarter(match, body, context, quarter, year_end)
    return _year_less(match, body, context, span, "range")


def _ago_rule(match: re.Match, body: str, context: Context) -> Found | None:
    """ "two weeks ago", "three months ago", "10 days ago": the day, week, month or year that far back."""
    if _QUALIFIED.search(body, max(0, match.start() - 20), match.start()):
        return None  # "nearly two years ago" is vague
    if _AGO_COMPARED.search(body, max(0, match.start() - 80), match.start()) or _AGO_PERIOD.match(body, match.end()):
        return None  # "compared with 3.03 billion a year ago" is the year-ago period, not a calendar span
    unit = match["unit"].lower().rstrip("s")
    count = int(match["n"]) if match["n"].isdigit() else NUMBERS[match["n"].lower()]
    if not _deictic(context, {"day": "day", "week": "day", "month": "month", "year": "year"}[unit]):
        return None
    if unit == "day":
        day = context.published - dt.timedelta(days=count)
        return Found(match.start(), match.end(), day, day, "day")
    first, last = _period(context.published, unit, -count)
    return Found(match.start(), match.end(), first, last, unit if unit in ("month", "year") else "range")


def _recurring(body: str, match: re.Match, context: Context) -> bool:
    """Whether a bare season is every year's: told in the present tense, with no plain past or future."""
    tense = _tense(body, match.start(), match.end(), context.floor)
    sentence = _sentence_before(body, match.start(), context.floor)
    return not tense or (tense == "past?" and bool(_PRESENT.search(sentence)))


def _season_span(season: str, part: str) -> MonthDays:
    """A season's months, or the part of them named: "the end of the summer" reads like late August."""
    first, last = SEASONS[season]
    middle = first % 12 + 1
    return {
        "early": MonthDays(first, 1, first, 10),
        "beginning": MonthDays(first, 1, first, 10),
        "start": MonthDays(first, 1, first, 10),
        "mid": MonthDays(middle, 1, middle, 0),
        "middle": MonthDays(middle, 1, middle, 0),
        "late": MonthDays(last, 21, last, 0),
        "end": MonthDays(last, 21, last, 0),
    }.get(part, MonthDays(first, 1, last, 0))


def _period(day: dt.date, unit: str, step: int) -> tuple[dt.date, dt.date]:
    """The week, weekend, month, quarter or year ``step`` units away from ``day``."""
    if unit == "quarter":
        first, _ = _period(day.replace(month=day.month - (day.month - 1) % 3), "month", 3 * step)
        return first, _period(first, "month", 2)[1]
    if unit == "year":
        return dt.date(day.year + step, 1, 1), dt.date(day.year + step, 12, 31)
    if unit == "month":
        year, month = divmod(day.year * 12 + day.month - 1 + step, 12)
        return dt.date(year, month + 1, 1), dt.date(year, month + 1, _last_day(year, month + 1))
    monday = day - dt.timedelta(days=day.weekday()) + dt.timedelta(weeks=step)
    if unit == "weekend":
        return monday + dt.timedelta(days=5), monday + dt.timedelta(days=6)
    return monday, monday + dt.timedelta(days=6)


def _period_part(first: dt.date, unit: str, part: str) -> tuple[dt.date, dt.date]:
    if unit == "year":
        return _year_part(first.year, part)
    lo, hi = MONTH_PARTS.get(part, (1, 0))
    return first.replace(day=lo), _day(first.year, first.month, hi)


def _year_part(year: int, part: str) -> tuple[dt.date, dt.date]:
    """The months of a part of a year; its end is late December (21-31), like "the end of the year"."""
    if part == "end":
        return dt.date(year, 12, 21), dt.date(year, 12, 31)
    if part in ("beginning", "start"):  # early January, as "the start of the year" is
        return dt.date(year, 1, 1), dt.date(year, 1, 10)
    lo, hi = YEAR_PARTS.get(part, (1, 12))
    return dt.date(year, lo, 1), _day(year, hi, 0)


def _same_time_rule(match: re.Match, body: str, context: Context) -> Found | None:
    """ "this time next year", "this time last year": the publication's month a year on or back."""
    if not _deictic(context, "month"):
        return None
    year = context.published.year + (1 if match["rel"].lower() == "next" else -1)
    month = context.published.month
    return Found(
        match.start(), match.end(), dt.date(year, month, 1), dt.date(year, month, _last_day(year, month)), "month"
    )


def _end_of_year_rule(match: re.Match, body: str, context: Context) -> Found | None:
    """ "by the end of the year", "year-end", "end-1986": late December (21-31, read like "the end of
    December"), of the year stated, else of the year the tense and the publication point to."""
    if match["y"]:
        year = int(match["y"])
        return Found(match.start(), match.end(), dt.date(year, 12, 21), dt.date(year, 12, 31), "month", stated=True)
    return _year_less(match, body, context, MonthDays(12, 21, 12, 0), "month")


def _so_far_rule(match: re.Match, body: str, context: Context) -> Found | None:
    """ "so far this year" runs from the period's start to the publication, "the rest of the year" from the
    publication to the period's end; "the end of the month" is the publication month's last days (21-end)."""
    span = " ".join((match["span"] or "end").lower().split())
    if match["y"] and (not context.published or int(match["y"]) != context.published.year):
        year = int(match["y"])  # "the rest of 1988" in 1987: the year named
        return _explicit(match, dt.date(year, 1, 1), dt.date(year, 12, 31), "year")
    unit = (match["unit"] or ("year" if match["y"] else "month")).lower()
    if not _deictic(context, unit):
        return None
    first, last = _period(context.published, unit, 0)
    if span == "end":
        return Found(match.start(), match.end(), *_period_part(first, unit, "end"), "month")
    lo, hi = _publication(context)
    first, last = (first, hi) if span == "so far" else (lo, last)
    return Found(match.start(), match.end(), first, last, "range", stated=bool(match["y"]))


_RULES: list[tuple[re.Pattern, Callable[[re.Match, str, Context], Found | None]]] = [
    (
        re.compile(
            r"\b(?i:the)\s+(?:(?P<n>\d{1,2}|(?i:two|three|four|five|six|nine|twelve))\s+)?(?P<unit>(?i:(?:fiscal\s+)?"
            r"years?|(?:(?:first|second|third|fourth)\s+)?quarters?|(?:(?:first|second)\s+)?half|months?|weeks?))\s+"
            rf"(?i:ended|ending)\s+(?P<m1>{_MON})\s+(?P<d1>{_DAY})(?P<m2>)(?P<d2>)(?P<joiner>)(?:,?\s+(?P<y1>{_YEAR}))?(?P<y2>)"
        ),
        _period_ending_rule,
    ),
    (
        re.compile(
            rf"\b(?P<m1>{_MON})\s+(?P<d1>{_DAY})/(?P<d2>[12]\d|3[01]|0?[1-9])(?![\d/])(?P<m2>)(?P<joiner>)"
            rf"(?:,?\s+(?P<y1>{_YEAR}))?(?P<y2>)"
        ),
        _days_rule,
    ),
    (re.compile(r"\b(?i:the\s+current)\s+(?P<unit>(?i:quarter|month|year))\b"), _current_period_rule),
    (re.compile(r"\b(?i:the\s+(?:start|beginning|begining)\s+of\s+the\s+(?:calendar\s+)?year)\b"), _start_of_year_rule),
    (re.compile(rf"\b(?i:between\s+now\s+and|from\s+now\s+(?:until|till|to))\s+(?P<y>{_YEAR})"), _until_year_rule),
    (re.compile(r"\b(?i:over|at|during|for)\s+(?P<w>(?i:the)\s+(?i:weekend))\b"), _weekend_rule),
    (re.compile(rf"\b(?i:from|since)\s+(?P<y>{_YEAR})\s+(?i:to\s+date)\b"), _to_date_rule),
    (re.compile(r"\b(?i:the\s+year\s+to\s+date|year-to-date)\b"), _year_to_date_rule),
    (
        re.compile(
            r"\b(?i:the\s+end\s+of\s+the\s+(?:(?P<decade>decade)|(?:current\s+)?quarter)|quarter-end)\b|"
            rf"\b(?i:the\s+end\s+of\s+(?:the\s+|their\s+|its\s+)?)(?P<q>(?i:first|second|third|fourth|final))"
            rf"\s+(?i:quarter)(?:,?\s+(?:(?i:of)\s+)?(?P<y>{_YEAR}))?"
        ),
        _end_of_period_rule,
    ),
    (
        re.compile(rf"\b(?P<m1>{_MON})\s+(?P<d1>{_DAY})(?:,\s*{_DAY})+,?\s+and\s+(?P<d2>{_DAY}),?\s+(?P<y>{_YEAR})"),
        _day_list_rule,
    ),
    (
        re.compile(
            rf"\b(?:{_WEEKDAY},?\s+)?(?P<m1>{_MON})\s+(?P<d1>{_DAY}|{_DAY_WORD})(?:,?\s+(?P<y1>{_YEAR}))?"
            rf"(?:(?P<joiner>{_DASH})(?:(?P<m2>{_MON})\s+)?(?P<d2>{_DAY})(?!\s+{_MON}))?(?:,?\s+(?P<y2>{_YEAR})|,?{_REL_YEAR})?"
        ),
        _days_rule,
    ),
    (
        re.compile(
            rf"\b(?:{_WEEKDAY},?\s+)?(?P<d1>{_DAY})(?:(?P<joiner>{_DASH})(?P<d2>{_DAY}))?"
            rf"\s+(?:of\s+)?(?P<m1>{_MON})(?P<m2>)(?:,?\s+(?P<y1>{_YEAR}))?(?P<y2>)"
        ),
        _days_rule,
    ),
    (re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>0[1-9]|1[0-2])-(?P<d>[0-2]\d|3[01])\b"), _iso_rule),
    (
        re.compile(
            rf"\b(?:(?P<part>{_PART})[\s-]+)?(?:(?P<rel>{_REL})\s+)?(?P<mon>{_MON_FULL})(?![a-z])(?!\s+\d{{1,2}}(?!\d))"
            rf"(?:,?\s+(?:of\s+)?(?P<y>{_YEAR})|{_REL_YEAR})?"
        ),
        _month_rule,
    ),
    (
        re.compile(
            rf"(?<!\w)(?:(?P<p1>{_PART})[\s-]+)?(?P<m1>{_MON_FULL})(?:,?\s+(?P<y1>{_YEAR}))?"
            rf"(?P<joiner>\s*[-–/]\s*|\s+(?:to|through|until|till|and)\s+)"
            rf"(?:(?<=/)(?:{_MON_FULL}|{_MON_ABBR})/)*(?:(?P<p2>{_PART})[\s-]+)?"
            rf"(?:(?P<m2>{_MON_FULL}|(?<=/){_MON_ABBR}\.?)(?![a-z])(?!\s+\d{{1,2}}\b)|"
            rf"(?P<eoy>end-year|year-end|the\s+end\s+of\s+the\s+year)\b)"
            rf"(?:,?\s+(?:of\s+)?(?P<y>{_YEAR})|{_REL_YEAR})?"
        ),
        _month_range_rule,
    ),
    (
        re.compile(
            r"\b(?i:the)\s+(?:(?i:same)\s+(?P<unit>(?i:quarter|period|month))\s+(?:(?i:last\s+year|a\s+year\s+(?:ago|"
            rf"earlier)|the\s+(?:year\s+before|previous\s+year))|(?:of|in)\s+(?P<y>{_YEAR}))|(?i:year[-\s](?:ago|earlier))"
            rf"\s+(?P<unit2>(?i:quarter|period|month))|(?P<y2>{_YEAR})\s+(?P<unit3>(?i:quarter|period|month)))\b"
        ),
        _same_period_rule,
    ),
    (
        re.compile(
            r"(?<![\w$.,/#-])(?P<y1>(?:19|20)\d\d)/(?P<y2>\d\d)(?=\s+(?i:budget|fiscal\s+year|financial\s+year)\b)"
        ),
        _budget_year_rule,
    ),
    (re.compile(r"(?<![\w$€£.,/#-])(?P<y>(?:1[5-9]|20)\d\d)(?![\w%]|[.,]\d|[-–/]\d)"), _year_rule),
    (
        re.compile(
            r"(?<![\w$.,/#-])(?:(?i:from|between)\s+)?(?P<y1>(?:1[5-9]|20)\d\d)"
            r"(?:\s*[-–/]\s*|\s+(?:to|through|and)\s+)(?P<y2>\d\d(?:\d\d)?)(?![\w%]|[.,]\d)(?P<decade>)"
        ),
        _year_span_rule,
    ),
    (
        re.compile(
            r"(?<![\w$.,/#-])(?:(?P<part>(?i:early|mid|late|later|(?:beginning|start|middle|end)\s+of\s+the))[\s-]+)?"
            r"(?P<y1>(?:1[5-9]|20)\d0)(?P<decade>s|'s)\b(?P<y2>)"
        ),
        _year_span_rule,
    ),
    (
        re.compile(
            rf"\b(?:(?:the\s+)?(?P<part>(?i:early|mid|late|(?:the\s+)?(?:end|beginning|start|middle)\s+of|"
            rf"(?:first|second)\s+half(?:\s+of)?))[\s-]+|(?P<q>(?i:first|second|third|fourth|final|1st|2nd|3rd|4th))"
            rf"[\s-]+quarter\s+(?:of\s+)?(?:(?i:fiscal)\s+)?)(?P<y>{_YEAR})(?!s\b|'s\b)"
        ),
        _year_part_rule,
    ),
    (
        re.compile(
            r"\b(?:[Tt]oday|[Tt]onight|[Yy]esterday|[Tt]omorrow|[Ll]ast\s+night|[Tt]his\s+(?:morning|afternoon|evening))\b"
            r"(?!'s\s+(?:newspaper|paper|edition))"
        ),
        _relative_day_rule,
    ),
    (
        re.compile(
            rf"\b(?:(?P<rel>[Ll]ast|[Nn]ext|[Tt]his)\s+)?(?P<wd>{_WEEKDAY})\s+(?:and|or|to|through)\s+(?P<wd2>{_WEEKDAY})\b"
        ),
        _weekday_rule,
    ),
    (re.compile(rf"\b(?:(?P<rel>[Ll]ast|[Nn]ext|[Tt]his)\s+)?(?P<wd>{_WEEKDAY})\b"), _weekday_rule),
    (
        re.compile(
            r"\b(?:(?P<part>(?i:earlier|later|early|mid|late|(?:the\s+)?(?:end|beginning|start|middle)\s+of))[\s-]+)?"
            r"(?P<rel>(?i:last|next|this|(?<=earlier\s)in\s+the|(?<=later\s)in\s+the))\s+(?P<unit>week(?:end)?|month|quarter|year)\b"
        ),
        _relative_period_rule,
    ),
    (
        re.compile(
            r"\b(?i:(?:the\s+)?end\s+of\s+the\s+(?:calendar\s+)?year|year[-\s]end|end-year|"
            r"(?:the\s+)?end(?:-|\s+of\s+(?:calendar\s+(?:year\s+)?)?)(?P<y>(?:19|20)\d\d))\b"
        ),
        _end_of_year_rule,
    ),
    (re.compile(r"\b(?i:(?:this|the\s+same)\s+time\s+(?P<rel>next|last)\s+year)\b"), _same_time_rule),
    (
        re.compile(
            rf"\b(?:(?P<edge>(?i:first|last|final))\s+(?P<n>(?i:two|three|four|five|six|seven|eight|nine|ten|eleven)|\d{{1,2}})"
            rf"\s+(?i:months)|(?P<half>(?i:first|second))\s+(?i:half))\s+(?i:of)\s+"
            rf"(?:(?P<rel>(?i:the|this|last|next))\s+(?i:year)\b|(?P<y>{_YEAR}))"
        ),
        _months_of_year_rule,
    ),
    (
        re.compile(
            r"\b(?i:fiscal)(?:\s+(?i:(?P<years>years)|year))?\s+(?P<y1>(?:19|20)\d\d|[5-9]\d|[0-4]\d)"
            r"(?:[-/](?P<y2>\d\d(?:\d\d)?))?"
            r"(?![\w%]|[.,]\d)"
            r"|\b(?P<fy>FY)[ -]?(?P<y1b>(?:19|20)\d\d|\d\d)\b"
        ),
        _fiscal_rule,
    ),
    (
        re.compile(
            r"(?<![\w/.$-])(?P<m>0?[1-9]|1[0-2])/(?P<d>0?[1-9]|[12]\d|3[01])/(?P<y>\d\d|(?:19|20)\d\d)(?![\w/]|[.,]\d)"
        ),
        _numeric_rule,
    ),
    (
        re.compile(
            r"(?<![\w$.,/#-])(?P<y1>[5-9]\d)/(?P<y2>\d\d)(?=\s+(?i:season|crop|marketing|campaign|harvest|year|sugar|wheat))"
        ),
        _crop_year_rule,
    ),
    (_DOTTED, _dotted_rule),
    (
        re.compile(
            rf"\b(?:(?P<y>{_YEAR})[\s-]+)?(?P<q>(?i:first|second|third|fourth|final|1st|2nd|3rd|4th))[\s-]+(?i:quarter)"
            rf"(?:\s+of\s+(?P<rel>(?i:this|next|last))\s+year|\s+of\s+(?i:the)\s+(?i:year)\b"
            rf"|(?!\s+of\s+(?:(?i:fiscal)\s+)?(?:\d|(?i:a|an|the|this|last|next|century)\b)))"
            rf"|\b(?i:Q)(?P<qn>[1-4])(?:\s+|\s*of\s+|\s*[-/']\s*)(?P<y2>{_YEAR})"
        ),
        _quarter_rule,
    ),
    (
        re.compile(
            r"\b(?P<n>(?i:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)|\d{1,2})[\s-]+"
            r"(?P<unit>(?i:days?|weeks?|months?|years?))\s+(?i:ago)\b"
        ),
        _ago_rule,
    ),
    (
        re.compile(
            rf"\b(?:(?P<part>{_PART}|(?i:late|early|mid))[\s-]+(?:(?i:the)\s+)?|(?P<side>(?i:later|earlier))\s+(?=this\s))?"
            rf"(?:(?P<rel>{_REL})\s+)?(?P<season>(?i:spring|summer|fall|autumn|winter))\b(?!-|\s+(?:Olympic|Games|wheat|barley|crops?|plantings?)\b)"
            r"(?!(?<=[Ff]all)\s+(?:of|in)\s+(?!\d))"
            r"(?:\s+and\s+(?P<season2>(?i:spring|summer|fall|autumn|winter))\b)?"
            rf"(?:\s+(?:of\s+)?(?P<y>{_YEAR}))?"
        ),
        _season_rule,
    ),
    (
        re.compile(
            r"\b(?:(?P<span>(?i:so\s+far|(?<=the\s)rest|(?<=the\s)remainder|(?<=the\s)balance))\s+(?i:(?:of\s+)?(?:this|the)\s+)?"
            rf"(?:(?P<unit>(?i:year|month))\b|(?i:of\s+)(?P<y>{_YEAR}))|(?<=the\s)(?i:end\s+of\s+the\s+month)\b)"
        ),
        _so_far_rule,
    ),
    (
        re.compile(
            r"\b(?i:the|its|a)\s+(?:(?i:new)\s+)?(?i:fiscal|financial|budget)\s+(?i:year)\s+"
            r"(?:(?:that|which)\s+)?(?i:beginning|starting|begins|starts)\s+(?:on\s+)?"
            r"(?i:next\s+month)\b"
        ),
        _year_beginning_rule,
    ),
]

# For each rule, text that every one of its matches contains (a superset test is enough). Each starts with a
# literal or a class of them, so the regular expression engine scans for it instead of trying a rule everywhere.
_YEAR_DIGITS = r"(?:1[89]|20)\d\d"
_TRIGGERS: list[re.Pattern] = [
    re.compile(p, f)
    for p, f in (
        (r"ended|ending", re.IGNORECASE),  # period ending on a day
        (_MON, 0),  # days with a slash
        (r"current", re.IGNORECASE),  # the current period
        (r"start|beginning|begining", re.IGNORECASE),  # the start of the year
        (r"now", re.IGNORECASE),  # between now and a year
        (r"weekend", re.IGNORECASE),  # over the weekend
        (r"to\s+date", re.IGNORECASE),  # from a year to date
        (r"year.to.date", re.IGNORECASE),  # the year to date
        (r"decade|quarter", re.IGNORECASE),  # the end of the decade, of the quarter
        (_MON, 0),  # list of days
        (_MON, 0),  # day and month
        (_MON, 0),  # day of month
        (r"(?:19|20)\d\d-", 0),  # ISO date
        (_MON_FULL, 0),  # month
        (_MON_FULL, 0),  # month range
        (r"quarter|period|month", re.IGNORECASE),  # the same period
        (r"\d/\d\d\s+(?i:budget|fiscal|financial)", 0),  # budget year
        (r"(?:1[5-9]|20)\d\d", 0),  # year
        (r"(?:1[5-9]|20)\d\d", 0),  # year span
        (r"(?:1[5-9]|20)\d0", 0),  # decade
        (_YEAR_DIGITS, 0),  # part of a year
        (r"[Tt]o(?:day|night|morrow)|[Yy]esterday|night|morning|afternoon|evening", 0),  # relative day
        (_WEEKDAY, 0),  # two weekdays
        (_WEEKDAY, 0),  # weekday
        (r"week|month|quarter|year", re.IGNORECASE),  # relative period
        (r"end", re.IGNORECASE),  # end of the year
        (r"time", re.IGNORECASE),  # this time next year
        (r"months|half", re.IGNORECASE),  # months of a year
        (r"fiscal|FY", re.IGNORECASE),  # fiscal year
        (r"/", 0),  # numeric date
        (r"/", 0),  # crop year
        (r"\d\.\d", 0),  # dotted date
        (r"quarter|q[1-4]", re.IGNORECASE),  # quarter
        (r"ago", re.IGNORECASE),  # ago
        (r"spring|summer|fall|autumn|winter", re.IGNORECASE),  # season
        (
            r"so\s+far|rest|remainder|balance|end\s+of\s+the\s+month",
            re.IGNORECASE,
        ),  # so far, the rest, end of the month
        (r"year\s+(?:(?:that|which)\s+)?(?:beginning|starting|begins|starts)", re.IGNORECASE),  # year beginning
    )
]
