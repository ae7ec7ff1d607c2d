"""Request stage: parse user parameters once into typed, clamped values or collected errors."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

MAX_QUERY_CHARS = 2000
MAX_PAGE = 500
DEFAULT_SIZE = 20
MAX_SIZE = 100
DEFAULT_FACET_SIZE = 50  # values per facet, as Datasette's default_facet_size and Solr's facet.limit
MAX_FACET_SIZE = 1000
SORTS = ("relevance", "newest", "oldest")
FILTERS = ("party", "chapter", "kind", "publisher")
DATE_PARAMS = ("published_from", "published_to", "mentioned_from", "mentioned_to")
SINGLE = ("q", "sort", "page", "size", "facet_size", *DATE_PARAMS)
KNOWN = (*SINGLE, *FILTERS)
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


@dataclass(frozen=True)
class ParamError:
    param: str
    message: str
    code: str = "invalid_parameter"


@dataclass
class SearchParams:
    q: str = ""
    filters: dict[str, list[str]] = field(default_factory=lambda: {name: [] for name in FILTERS})
    published_from: dt.date | None = None
    published_to: dt.date | None = None
    mentioned_from: dt.date | None = None
    mentioned_to: dt.date | None = None
    sort: str = "relevance"
    page: int = 1
    size: int = DEFAULT_SIZE
    facet_size: int = DEFAULT_FACET_SIZE

    def query_args(self, **changes: object) -> list[tuple[str, str]]:
        """These parameters as URL query pairs (only non-defaults), with ``changes`` applied."""
        values = {"q": self.q, "sort": self.sort, "page": self.page, "size": self.size, "facet_size": self.facet_size}
        values.update({name: getattr(self, name) for name in DATE_PARAMS})
        values.update(self.filters)
        values.update(changes)
        defaults = {"q": "", "sort": "relevance", "page": 1, "size": DEFAULT_SIZE, "facet_size": DEFAULT_FACET_SIZE}
        pairs = []
        for name in KNOWN:
            value = values.get(name)
            if value in (None, "", []) or defaults.get(name) == value:
                continue
            for item in value if isinstance(value, list) else [value]:
                pairs.append((name, item.isoformat() if isinstance(item, dt.date) else str(item)))
        return pairs


def parse_params(
    args: Mapping[str, Sequence[str]], allowed: Mapping[str, set[str]] | None = None
) -> tuple[SearchParams, list[ParamError]]:
    """Parse a multi-mapping of request arguments; ``allowed`` lists the known facet values."""
    params, errors = SearchParams(), []
    for name in args:
        if name not in KNOWN:
            errors.append(
                ParamError(name, f"unknown parameter {name!r} (known: {', '.join(KNOWN)})", "unknown_parameter")
            )
    for name in SINGLE:
        values = list(args.get(name, []))
        if len(values) > 1:
            errors.append(ParamError(name, f"{name!r} may be given once, got {len(values)} values"))
        elif values:
            _parse_single(params, name, values[0], errors)
    for name in FILTERS:
        params.filters[name] = _parse_filter(name, args.get(name, []), (allowed or {}).get(name), errors)
    _check_ranges(params, errors)
    return params, errors


def _parse_single(params: SearchParams, name: str, raw: str, errors: list[ParamError]) -> None:
    if name == "q":
        params.q = _parse_query(raw, errors)
    elif name == "sort":
        if raw not in SORTS:
            errors.append(ParamError(name, f"sort must be one of {', '.join(SORTS)}, not {raw!r}"))
        else:
            params.sort = raw
    elif name in ("page", "size", "facet_size"):
        limit = {"page": MAX_PAGE, "size": MAX_SIZE, "facet_size": MAX_FACET_SIZE}[name]
        value = _parse_int(name, raw, 1, limit, errors)
        if value is not None:
            setattr(params, name, value)
    else:
        setattr(params, name, parse_date(name, raw, errors))


def _parse_query(raw: str, errors: list[ParamError]) -> str:
    if len(raw) > MAX_QUERY_CHARS:
        errors.append(ParamError("q", f"the query is {len(raw):,} characters long; the limit is {MAX_QUERY_CHARS:,}"))
        return ""
    cleaned = "".join(ch if ch.isprintable() or ch in " " else " " for ch in raw)
    return " ".join(cleaned.split())


def _parse_int(name: str, raw: str, low: int, high: int, errors: list[ParamError]) -> int | None:
    if not re.fullmatch(r"\s*-?\d{1,9}\s*", raw):
        errors.append(ParamError(name, f"{name} must be a whole number from {low} to {high}, not {raw[:40]!r}"))
        return None
    value = int(raw)
    if not low <= value <= high:
        errors.append(ParamError(name, f"{name} must be from {low} to {high}, not {value}"))
        return None
    return value


def parse_date(name: str, raw: str, errors: list[ParamError]) -> dt.date | None:
    """Parse YYYY, YYYY-MM or YYYY-MM-DD; a ``_to`` date stands for the end of its period."""
    raw = raw.strip()
    if not raw:
        return None
    match = _DATE.match(raw)
    if not match:
        errors.append(ParamError(name, f"{name} must be a date as YYYY, YYYY-MM or YYYY-MM-DD, not {raw[:40]!r}"))
        return None
    year, end = int(match[1]), name.endswith("_to")
    month, day = (int(part) if part is not None else None for part in (match[2], match[3]))
    try:
        if month is None:
            return dt.date(year, 12, 31) if end else dt.date(year, 1, 1)
        if day is None:
            return dt.date(year, month, calendar.monthrange(year, month)[1] if end else 1)
        return dt.date(year, month, day)
    except (ValueError, calendar.IllegalMonthError):
        errors.append(ParamError(name, f"{name}: {raw!r} is not a real date"))
        return None


def _parse_filter(name: str, values: Sequence[str], allowed: set[str] | None, errors: list[ParamError]) -> list[str]:
    kept: list[str] = []
    for value in values:
        value = " ".join(value.split())
        if not value or value in kept:
            continue
        if allowed is not None and value not in allowed:
            errors.append(ParamError(name, f"unknown {name} {value[:80]!r}"))
            continue
        kept.append(value)
    return kept


def _check_ranges(params: SearchParams, errors: list[ParamError]) -> None:
    for prefix in ("published", "mentioned"):
        start, end = getattr(params, f"{prefix}_from"), getattr(params, f"{prefix}_to")
        if start and end and start > end:
            errors.append(ParamError(f"{prefix}_from", f"{prefix}_from ({start}) is after {prefix}_to ({end})"))
