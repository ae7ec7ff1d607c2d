"""Page models: everything a template shows, URLs included, built in Python (templates hold no URL logic)."""

from __future__ import annotations

import calendar
import datetime as dt
from urllib.parse import urlencode, urlsplit

from flask import url_for

from search_app.labels import facet_label, month_label
from search_app.params import SORTS, SearchParams
from search_app.service import SearchResult

FACET_TITLES = {
    "party": "Party",
    "chapter": "Chapter",
    "kind": "Kind",
    "publisher": "Publisher",
    "mentioned_month": "Dates mentioned",
}
COLLAPSED = 8  # values shown before "show all"
KIND_BADGES = {
    "article": "Article",
    "party": "Party",
    "chapter": "Chapter",
    "person": "Person",
    "organization": "Organisation",
    "date": "Date or round",
}
SORT_LABELS = {"relevance": "Relevance", "newest": "Newest first", "oldest": "Oldest first"}


def search_url(params: SearchParams, **changes: object) -> str:
    """The search page URL for ``params`` with ``changes``; any change but page resets to page 1."""
    if "page" not in changes:
        changes["page"] = 1
    query = urlencode(params.query_args(**changes))
    return url_for("views.search_page") + (f"?{query}" if query else "")


def facet_models(result: SearchResult) -> list[dict]:
    """Sidebar facets with a toggle URL per value (Datasette's facet results shape)."""
    models = []
    for facet in result.facets:
        if facet.name not in FACET_TITLES or facet.name == "mentioned_month":
            continue
        selected = result.params.filters[facet.name]
        values = [
            {
                "value": v.value,
                "label": facet_label(facet.name, v.value),
                "count": v.count,
                "selected": v.selected,
                "toggle_url": search_url(result.params, **{facet.name: _toggle(selected, v.value)}),
            }
            for v in facet.values
        ]
        top = [v for index, v in enumerate(values) if index < COLLAPSED or v["selected"]]
        models.append(
            {
                "name": facet.name,
                "title": FACET_TITLES[facet.name],
                "values": values,
                "top": top,
                "more": [v for v in values if v not in top],
                "truncated": facet.truncated,
            }
        )
    return models


def active_filter_count(params: SearchParams) -> int:
    """How many filters are on, shown beside the collapsed "Filters" heading on a phone."""
    dates = ("published_from", "published_to", "mentioned_from", "mentioned_to")
    return sum(len(v) for v in params.filters.values()) + sum(1 for name in dates if getattr(params, name))


def chip_models(params: SearchParams) -> list[dict]:
    """Removable chips for every active filter."""
    chips = []
    for name, values in params.filters.items():
        for value in values:
            label = f"{FACET_TITLES[name]}: {facet_label(name, value)}"
            chips.append(
                {"label": label, "remove_url": search_url(params, **{name: [v for v in values if v != value]})}
            )
    for name, title in (("published", "Published"), ("mentioned", "Mentions a date")):
        start, end = getattr(params, f"{name}_from"), getattr(params, f"{name}_to")
        if start or end:
            label = f"{title}: {start or '…'} – {end or '…'}"
            chips.append(
                {"label": label, "remove_url": search_url(params, **{f"{name}_from": None, f"{name}_to": None})}
            )
    return chips


def clear_url(params: SearchParams) -> str:
    return search_url(SearchParams(q=params.q, sort=params.sort, size=params.size))


def hidden_inputs(params: SearchParams, *replaced: str) -> list[tuple[str, str]]:
    """The current state as hidden form fields, minus the fields a form itself asks for (and the page)."""
    return [(name, value) for name, value in params.query_args(page=1) if name not in replaced]


def sort_models(params: SearchParams) -> list[dict]:
    return [
        {"value": s, "label": SORT_LABELS[s], "selected": s == params.sort, "url": search_url(params, sort=s)}
        for s in SORTS
    ]


def pagination(result: SearchResult) -> dict:
    """Previous/next and a window of page numbers."""
    params = result.params
    last = max(1, -(-result.total // params.size))
    window = range(max(1, params.page - 3), min(last, params.page + 3) + 1)
    return {
        "page": params.page,
        "last": last,
        "first_shown": min(result.total, (params.page - 1) * params.size + 1),
        "last_shown": min(result.total, params.page * params.size),
        "first_url": search_url(params, page=1),
        "prev_url": search_url(params, page=params.page - 1) if params.page > 1 else None,
        "next_url": search_url(params, page=params.page + 1) if params.page < last else None,
        "pages": [{"number": n, "url": search_url(params, page=n), "current": n == params.page} for n in window],
    }


def histogram_model(result: SearchResult) -> dict | None:
    """Bars for the inline SVG chart of hits per month; each bar links to its month."""
    model = timeline_model(result.histogram)
    for bar in model["bars"] if model else []:
        year, number = int(bar["month"][:4]), int(bar["month"][5:7])
        last_day = calendar.monthrange(year, number)[1]
        first_day = dt.date(year, number, 1)
        bar["url"] = search_url(result.params, published_from=first_day, published_to=dt.date(year, number, last_day))
    return model


def timeline_model(months: list[dict], width: int = 640, height: int = 90) -> dict | None:
    """Geometry of an SVG bar chart over consecutive months ``[{month, count, ...}]``."""
    if not months:
        return None
    peak = max(m["count"] for m in months) or 1
    step = width / len(months)
    bars = []
    for index, month in enumerate(months):
        bar_height = round(height * month["count"] / peak, 1)
        bars.append(
            {
                **month,
                "label": month_label(month["month"]),
                "x": round(index * step, 1),
                "width": max(1.0, round(step - 1, 1)),
                "y": round(height - bar_height, 1),
                "height": bar_height,
            }
        )
    return {"bars": bars, "width": width, "height": height, "first": months[0]["month"], "last": months[-1]["month"]}


def article_link(hit_id: str, q: str, paragraph: str | None) -> str:
    """Open an article at a paragraph, carrying the query so its terms are marked."""
    args = {k: v for k, v in (("q", q), ("p", paragraph)) if v}
    return url_for("views.article_page", article_id=hit_id, **args) + (f"#{paragraph}" if paragraph else "")


def entity_search_url(kind: str, entity_id: str, name: str) -> str | None:
    """A search for the articles about an entity: its facet for a party or chapter, its name for others."""
    params = SearchParams()
    if kind in ("party", "chapter"):
        params.filters[kind] = [entity_id.split(":", 1)[1]]
        params.filters["kind"] = ["article"]
    elif kind in ("person", "organization"):
        params.q = '"' + name.replace('"', " ") + '"'
    else:
        return None
    return search_url(params)


def tag_url(params: SearchParams, facet: str, value: str) -> str:
    """Add one filter value (a tag on a hit) to the current search."""
    current = params.filters[facet]
    return search_url(params, **{facet: current if value in current else [*current, value]})


def kind_label(kind: str) -> str:
    """One record's kind as a badge: 'Chapter', 'Person'."""
    return KIND_BADGES.get(kind, kind)


def safe_url(url: str | None) -> str | None:
    """An article's original URL if it is a web address; anything else (``javascript:``…) is shown, not linked."""
    return url if url and urlsplit(url.strip()).scheme.lower() in ("http", "https") else None


def _toggle(selected: list[str], value: str) -> list[str]:
    return [v for v in selected if v != value] if value in selected else [*selected, value]


def usmca_number(chapter: str) -> str | None:
    """The USMCA chapter number(s) shown beside a chapter's name."""
    from indexer.derive.gazetteer import CHAPTERS

    found = CHAPTERS.get(chapter)
    return ", ".join(found.usmca) if found and found.usmca else None


def date_label(iso: str, precision: str | None) -> str:
    """A published date as precise as it is known: '20 July 2017', 'January 2018'."""
    day = dt.date.fromisoformat(iso)
    if precision == "month":
        return day.strftime("%B %Y")
    if precision == "year":
        return str(day.year)
    return f"{day.day} {day:%B %Y}"


def mention_link(mention: dict, records: dict) -> str:
    """Where a derived mention leads: its entity page, or for a date that is no event, a search."""
    from indexer.records import slugify

    kind, value = mention["type"], mention["value"]
    if kind == "date":
        record_id = f"date:{mention['date_start']}--{mention['date_end']}"
        if record_id not in records:
            dates = {"mentioned_from": mention["date_start"], "mentioned_to": mention["date_end"]}
            return url_for("views.search_page", **dates)
    else:
        record_id = f"{kind}:{value if kind in ('party', 'chapter') else slugify(value)}"
    return url_for("views.entity_page", entity_id=record_id)


def mention_label(mention: dict) -> str:
    """How a derived mention is listed beside the article."""
    if mention["type"] in ("party", "chapter"):
        return facet_label(mention["type"], mention["value"])
    if mention["type"] == "date":
        start, end = mention.get("date_start"), mention.get("date_end")
        return f"{mention['text']} ({start}{'' if start == end else ' – ' + str(end)})"
    return mention["value"]
