"""The fixed benchmark workload: queries × facet combinations for ``/api/search``, and the
equivalent request to Datasette's table JSON API over the same articles.

Every case is the parameter dict a user's click sends to ``GET /api/search``. ``peer_params``
turns it into the Datasette request that returns the same page of the same article set with the
same facets (publisher, parties, chapters, published month). Differences that remain, by design of
the peer: Datasette 0.65 does not rank search results (it orders by primary key), returns whole
rows instead of excerpts, pages by keyset (``_next``) instead of page numbers, and holds articles
only (the project also searches its entity records unless ``kind=article``).

Run directly to print every case with both URLs.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from urllib.parse import urlencode

PEER_FACETS = (
    ("_facet", "publisher"),
    ("_facet_array", "parties"),
    ("_facet_array", "chapters"),
    ("_facet", "published_month"),
)
PEER_TABLE = "/articles/articles.json"
MARCH_1987 = {"published_from": "1987-03", "published_to": "1987-03"}


@dataclass(frozen=True)
class Case:
    """One workload entry: a short name and the ``/api/search`` parameters."""

    name: str
    params: dict[str, str] = field(default_factory=dict)

    @property
    def page(self) -> int:
        return int(self.params.get("page", "1"))


def _case(name: str, **params: str) -> Case:
    return Case(name, params)


WORKLOAD: tuple[Case, ...] = (
    # plain keywords
    _case("kw tariffs", q="tariffs"),
    _case("kw free trade", q="free trade"),
    _case("kw softwood lumber", q="softwood lumber"),
    _case("kw grain", q="grain"),
    _case("kw yeutter", q="yeutter"),
    _case("kw subsidies", q="subsidies"),
    _case("kw countervailing duties", q="countervailing duties"),
    _case("kw gatt", q="gatt"),
    _case("kw oil prices", q="oil prices"),
    _case("kw wheat exports", q="wheat exports"),
    _case("kw auto parts", q="auto parts"),
    _case("kw dollar", q="dollar"),
    _case("kw textiles", q="textiles"),
    _case("kw investment", q="investment"),
    _case("kw mexico debt", q="mexico debt"),
    _case("kw trade", q="trade"),
    # phrases
    _case("phrase free trade", q='"free trade"'),
    _case("phrase countervailing duty", q='"countervailing duty"'),
    _case("phrase trade deficit", q='"trade deficit"'),
    _case("phrase softwood lumber", q='"softwood lumber"'),
    _case("phrase agriculture secretary", q='"agriculture secretary"'),
    # one facet filter
    _case("f party=canada", party="canada"),
    _case("f party=mexico", party="mexico"),
    _case("f chapter=agriculture", chapter="agriculture"),
    _case("f chapter=trade-remedies", chapter="trade-remedies"),
    _case("kw+f tariffs party=canada", q="tariffs", party="canada"),
    _case("kw+f grain chapter=agriculture", q="grain", chapter="agriculture"),
    _case("kw+f oil chapter=energy", q="oil", chapter="energy"),
    _case("kw+f trade party=united-states", q="trade", party="united-states"),
    _case("phrase+f free trade party=mexico", q='"free trade"', party="mexico"),
    # two facet filters
    _case("ff canada+trade-remedies", party="canada", chapter="trade-remedies"),
    _case("ff united-states+investment", party="united-states", chapter="investment"),
    _case("ff mexico+energy", party="mexico", chapter="energy"),
    _case("kw+ff free trade canada+market-access", q="free trade", party="canada", chapter="market-access"),
    _case("kw+ff subsidies canada+agriculture", q="subsidies", party="canada", chapter="agriculture"),
    # a published date range
    _case("date march 1987", **MARCH_1987),
    _case("kw+date trade march 1987", q="trade", **MARCH_1987),
    _case("kw+f+date tariffs canada march 1987", q="tariffs", party="canada", **MARCH_1987),
    _case("kw+date lumber 1987-01-01..1987-06-30", q="lumber", published_from="1987-01-01", published_to="1987-06-30"),
    # browse-all, pages, sorting
    _case("browse all"),
    _case("browse all page 5", page="5"),
    _case("browse all oldest", sort="oldest"),
    _case("kw trade page 5", q="trade", page="5"),
    _case("kw tariffs page 5", q="tariffs", page="5"),
    _case("kw tariffs newest", q="tariffs", sort="newest"),
    _case("kw+f free trade canada newest", q="free trade", party="canada", sort="newest"),
    _case("kw tariffs articles only", q="tariffs", kind="article"),
)


def project_url(case: Case) -> str:
    """The project's request path for ``case``."""
    return "/api/search" + (f"?{urlencode(case.params)}" if case.params else "")


def peer_params(case: Case) -> list[tuple[str, str]]:
    """The Datasette table-API parameters equivalent to ``case`` (page 1 of it; see ``peer_sort``)."""
    params = case.params
    pairs: list[tuple[str, str]] = [("_search", params["q"])] if params.get("q") else []
    if "party" in params:
        pairs.append(("parties__arraycontains", params["party"]))
    if "chapter" in params:
        pairs.append(("chapters__arraycontains", params["chapter"]))
    if "published_from" in params:
        pairs.append(("published__gte", day_bound(params["published_from"], end=False)))
    if "published_to" in params:
        pairs.append(("published__lte", day_bound(params["published_to"], end=True)))
    pairs += peer_sort(case)
    return [*pairs, *PEER_FACETS, ("_size", params.get("size", "20"))]


def peer_sort(case: Case) -> list[tuple[str, str]]:
    """Datasette's sort for ``case``: by date when the project sorts by date (browsing does)."""
    sort = case.params.get("sort", "relevance")
    if sort == "oldest":
        return [("_sort", "published")]
    if sort == "newest" or not case.params.get("q"):
        return [("_sort_desc", "published")]
    return []


def peer_url(case: Case, next_token: str | None = None) -> str:
    """The Datasette request path for ``case``; pages after the first need their ``_next`` token."""
    pairs = peer_params(case) + ([("_next", next_token)] if next_token else [])
    return f"{PEER_TABLE}?{urlencode(pairs)}"


def day_bound(value: str, end: bool) -> str:
    """Expand YYYY or YYYY-MM to the first (or last) day, as the project's date parameters do."""
    parts = value.split("-")
    year = int(parts[0])
    month = int(parts[1]) if len(parts) > 1 else (12 if end else 1)
    day = int(parts[2]) if len(parts) > 2 else (calendar.monthrange(year, month)[1] if end else 1)
    return f"{year:04d}-{month:02d}-{day:02d}"


if __name__ == "__main__":
    for number, entry in enumerate(WORKLOAD, start=1):
        print(f"{number:2d}. {entry.name}\n    {project_url(entry)}\n    {peer_url(entry)}")
