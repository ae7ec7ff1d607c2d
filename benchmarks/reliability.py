"""The reliability run of issue 7: bad input, generated requests, load, rebuilds under load, kills, damage.

One command (``make reliability``, or ``.venv/bin/python benchmarks/reliability.py``):

1. writes a corpus under the git-ignored ``benchmarks/work/reliability/`` (the seed articles, one
   article full of markup, ~2,000 Reuters articles when ``../shared/data/reuters21578`` is there) and
   builds it with ``nafta-search index``, timing the full build;
2. starts the production server (``nafta-search serve``, waitress) on a free loopback port;
3. sends every request of the committed bad-input list and checks the class of each answer;
4. runs Schemathesis against ``/api/openapi.json`` (at least 1,000 generated requests);
5. load: 16 keep-alive clients for 60 s on a mixed workload, server RSS before and after;
6. rebuilds the index as often as fits in 60 s while 8 clients keep asking;
7. kills full builds with SIGKILL at points spread over a build's duration, and runs two builds at once;
8. damages copies of the index folder and starts a server on each.

It prints a summary table, writes every figure to ``benchmarks/results/reliability-<timestamp>.json``
and exits 1 when any check failed. Only 127.0.0.1 is contacted; every process started here is killed
in a ``finally``; every loop is bounded in count and time.
"""

from __future__ import annotations

import datetime as dt
import http.client
import json
import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import traceback
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from urllib.parse import quote, urlencode

import reuters
import yaml

from indexer.building import current_generation, segment_files, verify_generation

HOST = "127.0.0.1"
BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
BIN = Path(sys.executable).parent
WORK = reuters.WORK / "reliability"
CORPUS = WORK / "corpus"
INDEX = WORK / "index"
RESULTS = BENCH / "results"
SEEDS = ROOT / "corpus" / "articles"
REUTERS_ARTICLES = 2000
SEED_ID = "ustr-nafta-renegotiation-objectives-2017"
MARKER_ID = "reliability-marker"
LOCK_MESSAGE = "another index build is running"
BUILD_TIMEOUT = 600.0  # seconds one build may take before it is killed
START_TIMEOUT = 120.0  # seconds a server may take to answer
BAD_INPUT_BOUND_S = 10.0  # every bad input is answered within this: no hang (on a busy shared machine)
LOAD_CLIENTS, LOAD_SECONDS = 16, 60.0
REINDEX_CLIENTS, REINDEX_SECONDS, REINDEX_MAX_BUILDS = 8, 60.0, 60
KILLS, KILL_ATTEMPTS = 5, 9
CONCURRENT_TRIALS, CONCURRENT_ATTEMPTS = 3, 8
SCHEMATHESIS_EXAMPLES, SCHEMATHESIS_MIN_REQUESTS = 120, 1000
RSS_GROWTH_LIMIT = 0.10
SCHEMATHESIS_CHECKS = "not_a_server_error,response_schema_conformance,status_code_conformance,content_type_conformance"


# ---------------------------------------------------------------- hostile text and bad input

HOSTILE = {
    "id": "hostile-markup",
    "title": '<script>alert(21)</script> Tariffs & "quotes" <img src=x onerror=alert(22)>',
    "publisher": "<b>Evil</b> Wire onmouseover=alert(23)",
    "author": "<svg onload=alert(24)>",
    "url": 'https://example.org/"><script>alert(25)</script>',
    "published": "2018-02-14",
}
HOSTILE_BODY = """Robert Lighthizer said Canada must act on dairy <script>alert(26)</script> before the next round.

Mexico replied with <img src=x onerror="alert(27)"> and a <a href="javascript:alert(28)">link</a> on rules of origin.

Entities stay as typed: &amp; &lt;b&gt;bold&lt;/b&gt; &#60;script&#62; and <svg onload=alert(29)>.
"""
# Raw markup that must never reach an HTML page unescaped (each sent in a request or in the corpus).
UNSAFE = (
    "<script>alert(",
    "<img src=x",
    "<svg onload",
    "<b>Evil</b>",
    "<b>bold</b>",
    '<a href="javascript:',
    '" onmouseover="alert(',
    "<iframe",
)

OK, WARNING, ERROR, NOT_FOUND, REFUSED = "ok", "warning", "error", "not_found", "refused"
ANY_200 = frozenset({OK, WARNING})
REFUSAL_STATUSES = (413, 414, 431)  # the server's own refusal of an oversize request

# (what, query text, kind): "plain" may warn, "repaired" must warn, "too_long" is over the 2,000-character limit
QUERIES = (
    ("empty", "", "plain"),
    ("whitespace only", "   \t  ", "plain"),
    ("line breaks only", "\r\n\n", "plain"),
    ("10,000 characters", "x" * 10_000, "too_long"),
    ("10,000 characters of words", ("tariff " * 1429)[:10_000], "too_long"),
    ("2,000 characters, the limit", ("trade " * 334)[:2000], "plain"),
    ("control characters", "tariff\x01\x02\x1b[31m\x7f duties", "plain"),
    ("NUL bytes", "\x00tariff\x00s", "plain"),
    ("only NUL bytes", "\x00\x00\x00", "plain"),
    ("C1 controls", "\x85\x9ftrade", "plain"),
    ("mixed scripts", "тариф 关税 تعريفة tariff δασμός", "plain"),
    ("emoji", "🇨🇦🇲🇽 trade 🚗💥", "plain"),
    ("emoji only", "🙂🙃", "plain"),
    ("right-to-left override", "\u202etariff\u202c", "plain"),
    ("zero-width joiner", "tar\u200diff", "plain"),
    ("unbalanced quote", '"rules of origin', "repaired"),
    ("three quotes", '"canada" "mexico', "repaired"),
    ("unbalanced open bracket", "(canada OR mexico", "repaired"),
    ("unbalanced close bracket", "canada OR mexico)", "repaired"),
    ("open brackets only", "((((", "repaired"),
    ("close brackets only", "))))", "repaired"),
    ("500 nested brackets", "(" * 500 + "trade" + ")" * 500, "repaired"),
    ("bare title:", "title:", "repaired"),
    ("bare party:", "party:", "repaired"),
    ("bare field before a bracket", "tariffs (chapter:)", "repaired"),
    ("unknown field", "colour:red", "repaired"),
    ("unknown field with a phrase", 'foo:"bar baz"', "repaired"),
    ("leading wildcard", "*tariff", "plain"),
    ("leading question mark", "?ariff", "plain"),
    ("star alone", "*", "plain"),
    ("stars", "** * ***", "plain"),
    ("wildcard over 512 words", "s*", "repaired"),
    ("huge OR list", " OR ".join(f"w{n}" for n in range(240)), "plain"),
    ("huge OR list of real words", " OR ".join(["tariffs", "grain", "oil", "dollar", "wheat"] * 40), "plain"),
    ("OR list over the limit", " OR ".join(f"tariff{n}" for n in range(400)), "too_long"),
    ("operators only", "AND OR NOT", "plain"),
    ("trailing operator", "tariffs AND", "plain"),
    ("fuzzy and boost", "tariff~3 trade^100", "plain"),
    ("range syntax", "[a TO z]", "plain"),
    ("date range syntax", "published:[2018 TO 2019]", "plain"),
    ("script tag", "<script>alert(1)</script>", "plain"),
    ("attribute injection", '"><img src=x onerror=alert(2)>', "repaired"),
    ("javascript: URL", "javascript:alert(4)", "repaired"),
    ("quote-breaking attribute", '" onmouseover="alert(5)', "plain"),
    ("HTML entities", "&lt;script&gt;alert(6)&lt;/script&gt; &amp; &#60;", "plain"),
    ("backslashes", '\\ \\\\ \\"', "plain"),
    ("SQL injection", "' OR 1=1 --", "plain"),
    ("format strings", "100% %00 %s %n {0} ${x}", "plain"),
)
QUERY_ENDPOINTS = {  # endpoint → query kind → classes of answer allowed
    "/": {"plain": ANY_200, "repaired": {WARNING}, "too_long": {WARNING}},
    "/api/search": {"plain": ANY_200, "repaired": {WARNING}, "too_long": {ERROR}},
    "/api/search.csv": {"plain": {OK}, "repaired": {OK}, "too_long": {ERROR}},
    f"/articles/{SEED_ID}": {"plain": {OK}, "repaired": {OK}, "too_long": {OK}},
}

# (what, parameters, the parameter the API's error must name — None when the request is valid)
PARAMETERS = (
    ("page not a number", [("page", "x")], "page"),
    ("page negative", [("page", "-1")], "page"),
    ("page zero", [("page", "0")], "page"),
    ("page a fraction", [("page", "1.5")], "page"),
    ("page blank", [("page", " ")], "page"),
    ("page of 20 digits", [("page", "9" * 20)], "page"),
    ("page far past the end", [("q", "tariffs"), ("page", "500")], None),
    ("page over the limit", [("page", "501")], "page"),
    ("size not a number", [("size", "ten")], "size"),
    ("size negative", [("size", "-5")], "size"),
    ("size zero", [("size", "0")], "size"),
    ("size over the limit", [("size", "101")], "size"),
    ("size with an exponent", [("size", "1e2")], "size"),
    ("unknown parameter", [("colour", "red")], "colour"),
    ("unknown parameter with markup", [("<script>alert(7)</script>", "1")], "<script>alert(7)</script>"),
    ("unknown party", [("party", "atlantis")], "party"),
    ("unknown chapter", [("chapter", "nope")], "chapter"),
    ("unknown kind", [("kind", "planet")], "kind"),
    ("unknown publisher with markup", [("publisher", "<script>alert(8)</script>")], "publisher"),
    ("facet value breaking an attribute", [("party", '" onmouseover="alert(9)')], "party"),
    ("empty facet values", [("party", ""), ("chapter", "")], None),
    ("impossible date", [("published_from", "2018-02-30")], "published_from"),
    ("not a leap year", [("mentioned_to", "2019-02-29")], "mentioned_to"),
    ("month 13", [("published_to", "2018-13")], "published_to"),
    ("month 00", [("published_from", "2018-00")], "published_from"),
    ("day 00", [("published_to", "2018-05-00")], "published_to"),
    ("year zero", [("published_from", "0000")], "published_from"),
    ("a word for a date", [("published_from", "yesterday")], "published_from"),
    ("two-digit year", [("mentioned_from", "18-01-01")], "mentioned_from"),
    ("date with a time", [("published_to", "2018-01-01T00:00")], "published_to"),
    ("published from after to", [("published_from", "2019"), ("published_to", "2018")], "published_from"),
    ("mentioned from after to", [("mentioned_from", "2018-06"), ("mentioned_to", "2018-05")], "mentioned_from"),
    ("repeated q", [("q", "a"), ("q", "b")], "q"),
    ("repeated sort", [("sort", "newest"), ("sort", "oldest")], "sort"),
    ("repeated page", [("page", "1"), ("page", "2")], "page"),
    ("repeated size", [("size", "5"), ("size", "5")], "size"),
    ("repeated date", [("published_from", "2018"), ("published_from", "2017")], "published_from"),
    ("unknown sort", [("sort", "random")], "sort"),
)
PARAMETER_ENDPOINTS = ("/", "/api/search", "/api/search.csv")
OVERSIZE = "x" * 300_000  # beyond waitress's 262,144-byte request header limit

# Paths that name nothing: a 404 each (the API's in its error shape).
PATHS = (
    "/articles/no-such-article",
    "/articles/..%2f..%2fetc%2fpasswd",
    "/articles/../../etc/passwd",
    "/articles/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "/articles/%00",
    "/articles/a%20b%3Cscript%3Ealert(10)%3C%2Fscript%3E",
    "/articles/%E2%80%AE",
    "/articles/%FF%FE",
    "/articles/" + "a" * 3000,
    f"/articles/{SEED_ID}/extra",
    "/entities/person:nobody",
    "/entities/..%2f..",
    "/entities/%3Cscript%3Ealert(11)%3C%2Fscript%3E",
    "/entities/party:",
    "/entities/:",
    "/entities/person:%E2%80%AE%00",
    "/api/articles/..%2f..%2fetc%2fpasswd",
    "/api/articles/nope",
    "/api/entities/person:%00",
    "/api/entities/..",
    "/api/nothing-here",
    "/static/..%2f..%2fpyproject.toml",
    "/static/../../pyproject.toml",
    "/%2e%2e/%2e%2e/etc/passwd",
)

# Pages that show the hostile article: a 200 each, and not one raw tag.
HOSTILE_PAGES = (
    "/articles/hostile-markup",
    "/articles/hostile-markup?q=dairy&p=p1",
    "/?q=dairy",
    "/?q=tariffs&kind=article",
    "/?q=lighthizer&sort=newest",
    "/entities/person:robert-lighthizer",
    "/api/search?q=dairy+lighthizer",
    "/overview",
)


@dataclass(frozen=True)
class BadInput:
    """One request of the bad-input list and the classes of answer it may get."""

    what: str
    path: str
    expect: frozenset[str]
    param: str | None = None  # the parameter an API error must name


def bad_inputs() -> list[BadInput]:
    """The committed bad-input list: queries, parameters, oversize requests, paths, hostile pages."""
    return [*query_inputs(), *parameter_inputs(), *oversize_inputs(), *path_inputs(), *hostile_inputs()]


def query_inputs() -> Iterator[BadInput]:
    for what, text, kind in QUERIES:
        for endpoint, expect in QUERY_ENDPOINTS.items():
            param = "q" if kind == "too_long" and endpoint.startswith("/api/") else None
            yield BadInput(f"q: {what}", f"{endpoint}?{urlencode({'q': text})}", frozenset(expect[kind]), param)
    yield BadInput("q: invalid UTF-8", "/api/search?q=%ED%A0%80%FF%FE", ANY_200)
    yield BadInput("q: invalid UTF-8", "/?q=%ED%A0%80%FF%FE", ANY_200)


def parameter_inputs() -> Iterator[BadInput]:
    for what, pairs, param in PARAMETERS:
        query = urlencode(pairs)
        yield BadInput(what, f"/?{query}", frozenset({WARNING} if param else ANY_200))
        yield BadInput(what, f"/api/search?{query}", frozenset({ERROR} if param else ANY_200), param)
        export_param = next((name for name, _ in pairs if name in ("page", "size")), param)
        yield BadInput(what, f"/api/search.csv?{query}", frozenset({ERROR} if export_param else {OK}), export_param)


def oversize_inputs() -> Iterator[BadInput]:
    for endpoint in ("/", "/api/search", "/api/search.csv", f"/articles/{SEED_ID}"):
        yield BadInput("URL over the server's limit", f"{endpoint}?q={OVERSIZE}", frozenset({REFUSED}))
    long_value = urlencode({"publisher": "x" * 9000})  # over the app's MAX_URL_CHARS, under waitress's limit
    yield BadInput("9,000-character facet value", f"/api/search?{long_value}", frozenset({ERROR, REFUSED}), "publisher")
    yield BadInput("9,000-character facet value", f"/?{long_value}", frozenset({WARNING, REFUSED}))


def path_inputs() -> Iterator[BadInput]:
    for path in PATHS:
        yield BadInput("path", path, frozenset({NOT_FOUND}))


def hostile_inputs() -> Iterator[BadInput]:
    for path in HOSTILE_PAGES:
        yield BadInput("hostile article", path, ANY_200)


# ---------------------------------------------------------------- HTTP


@dataclass
class Reply:
    """One answer: status, lower-cased headers, the whole body, seconds from request to last byte."""

    status: int
    headers: dict[str, str]
    body: bytes
    seconds: float

    def json(self):
        return json.loads(self.body)


class Client:
    """One keep-alive HTTP/1.1 connection to the server under test; paths are sent exactly as given."""

    def __init__(self, port: int, timeout: float = 60.0):
        self.connection = http.client.HTTPConnection(HOST, port, timeout=timeout)

    def get(self, path: str) -> Reply:
        started = time.perf_counter()
        try:
            self.connection.request("GET", path)
            response = self.connection.getresponse()
            body = response.read()
        except (OSError, http.client.HTTPException):
            self.connection.close()  # the next request reconnects
            raise
        headers = {name.lower(): value for name, value in response.getheaders()}
        return Reply(response.status, headers, body, time.perf_counter() - started)

    def close(self) -> None:
        self.connection.close()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def rss_mb(pid: int) -> float:
    """A process's resident memory (VmRSS) in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return round(int(line.split()[1]) / 1024, 1)
    raise RuntimeError(f"no VmRSS for pid {pid}")


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else 0.0


# ---------------------------------------------------------------- processes


@dataclass
class Build:
    """One finished ``nafta-search index`` run."""

    returncode: int
    seconds: float
    output: str


def start_build(*options: str) -> subprocess.Popen:
    """``nafta-search index`` on the work corpus, in its own session so its workers can be found."""
    command = [BIN / "nafta-search", "index", "--corpus", CORPUS, "--index", INDEX, *options]
    return subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, start_new_session=True
    )


def finish_build(process: subprocess.Popen, started: float, timeout: float = BUILD_TIMEOUT) -> Build:
    """Wait for a build (killing it and its workers after ``timeout``)."""
    try:
        output, _ = process.communicate(timeout=timeout)
    finally:
        kill_group(process)
    return Build(process.returncode, round(time.monotonic() - started, 2), output.strip())


def run_build(*options: str) -> Build:
    started = time.monotonic()
    return finish_build(start_build(*options), started)


def group_members(process: subprocess.Popen) -> list[int]:
    """Live processes left in the session of a build started here (its workers), by id."""
    members = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            state, _ppid, _group, session = (entry / "stat").read_text().rsplit(")", 1)[1].split()[:4]
            command = (entry / "cmdline").read_bytes()
        except (OSError, ValueError):
            continue
        if int(session) == process.pid and state != "Z" and b"nafta-search" in command:
            members.append(int(entry.name))
    return members


def kill_group(process: subprocess.Popen) -> int:
    """SIGKILL a build and every worker it left behind; return how many workers were left."""
    if process.returncode is None:
        process.kill()
        process.wait(timeout=30)
    left = group_members(process)
    for pid in left:
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    return len(left)


@dataclass
class Server:
    """A running ``nafta-search serve`` and the port it answers on."""

    process: subprocess.Popen
    port: int
    log: Path

    def client(self) -> Client:
        return Client(self.port)


@contextmanager
def serving(index: Path, log: Path) -> Iterator[Server]:
    """Run the production server on ``index`` until the block ends; fail if it does not answer."""
    server = launch_server(index, log)
    try:
        if not wait_until_up(server):
            raise RuntimeError(f"the server did not answer; see {log}")
        yield server
    finally:
        stop(server.process)


def launch_server(index: Path, log: Path) -> Server:
    """Start ``nafta-search serve`` on ``index`` and a free loopback port, its output to ``log``."""
    port = free_port()
    command = [BIN / "nafta-search", "serve", "--index", index, "--corpus", CORPUS, "--host", HOST, "--port", str(port)]
    with log.open("w") as handle:
        process = subprocess.Popen(command, stdout=handle, stderr=subprocess.STDOUT, cwd=WORK)
    return Server(process, port, log)


def wait_until_up(server: Server, timeout: float = START_TIMEOUT) -> bool:
    """Whether the server answers a search before ``timeout`` (False when it exits first)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and server.process.poll() is None:
        client = server.client()
        try:
            if client.get("/api/search?size=1").status == 200:
                return True
        except (OSError, http.client.HTTPException):
            time.sleep(0.2)
        finally:
            client.close()
    return False


def stop(process: subprocess.Popen) -> None:
    """Terminate a server (SIGTERM, then SIGKILL after 15 s)."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=15)


# ---------------------------------------------------------------- the run


@dataclass
class Check:
    """One pass/fail assertion of the run, with what was seen."""

    name: str
    ok: bool
    detail: str = ""


@dataclass
class Run:
    """What the phases share: the server, the marker article's state and every check made."""

    server: Server
    marker: int = 0  # the marker word the corpus holds now: relmark<marker>
    served_by: dict[str, int] = field(default_factory=dict)  # generation name → marker it holds
    checks: list[Check] = field(default_factory=list)

    def check(self, name: str, ok: bool, detail: str = "") -> bool:
        self.checks.append(Check(name, bool(ok), detail))
        if not ok:
            print(f"  FAILED: {name}: {detail}", flush=True)
        return bool(ok)

    def marker_hits(self, number: int, client: Client | None = None) -> list[str]:
        """Ids of the articles the running server finds for marker word ``number``."""
        own = client or self.server.client()
        try:
            reply = own.get(f"/api/search?q=relmark{number}&kind=article")
        finally:
            if client is None:
                own.close()
        return [hit["id"] for hit in reply.json()["hits"]] if reply.status == 200 else [f"HTTP {reply.status}"]

    def serves_marker(self, number: int) -> bool:
        return self.marker_hits(number) == [MARKER_ID]

    def change_marker(self) -> int:
        """Rewrite the marker article with the next marker word; return its number."""
        self.marker += 1
        write_marker(self.marker)
        return self.marker

    def note_generation(self) -> None:
        self.served_by[current_generation(INDEX).name] = self.marker


def write_markdown(folder: Path, meta: dict, body: str) -> None:
    front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False)
    (folder / f"{meta['id']}.md").write_text(f"---\n{front}---\n\n{body.strip()}\n", encoding="utf-8")


def write_marker(number: int) -> None:
    """The one article the rebuilds change: its marker word tells which version serves."""
    meta = {"id": MARKER_ID, "title": "Reliability marker", "published": "2018-03-01", "publisher": "Test Wire"}
    write_markdown(CORPUS, meta, f"Canada and Mexico discussed dairy tariffs, round relmark{number}.")


# ---------------------------------------------------------------- 1. corpus and build


def prepare_corpus() -> dict:
    """Write the seeds, the hostile article, the marker and up to 2,000 Reuters articles."""
    shutil.rmtree(WORK, ignore_errors=True)
    CORPUS.mkdir(parents=True)
    for seed in SEEDS.glob("*.md"):
        shutil.copy(seed, CORPUS / seed.name)
    write_markdown(CORPUS, HOSTILE, HOSTILE_BODY)
    write_marker(0)
    articles = reuters_sample(REUTERS_ARTICLES)
    if articles:
        reuters.write_jsonl(CORPUS / "reuters.jsonl", articles)
    return {"seeds": len(list(SEEDS.glob("*.md"))), "hostile": 1, "marker": 1, "reuters": len(articles)}


def reuters_sample(count: int) -> list[dict]:
    """The first ``count`` dated Reuters articles with body text, converted by benchmarks/reuters.py."""
    kept: list[dict] = []
    for path in sorted(reuters.SOURCE.glob("reut2-*.sgm")):
        kept.extend(a for a in reuters.parse_file(path) if a is not None and a["published"] is not None)
        if len(kept) >= count:
            break
    return kept[:count]


def first_build() -> Build:
    build = run_build("--full")
    if build.returncode != 0:
        raise RuntimeError(f"the first build failed:\n{build.output}")
    return build


# ---------------------------------------------------------------- 3. bad input


def answer_class(reply: Reply, path: str) -> str:
    """The class of an answer: ok, warning, error (the API's shape), not_found, refused, or what went wrong."""
    if reply.status >= 500:
        return f"server error {reply.status}"
    if reply.status in REFUSAL_STATUSES:
        return REFUSED
    api = path.startswith("/api/")
    if reply.status == 404:
        return NOT_FOUND if not api or error_shape(reply) == "not_found" else "404 without the error shape"
    if reply.status == 400:
        return ERROR if error_shape(reply) else "400 without the error shape"
    if reply.status == 200:
        return WARNING if has_warning(reply) else OK
    return f"status {reply.status}"


def error_shape(reply: Reply) -> str | None:
    """The error code when the body is exactly ``{"error": {"code", "message", "param"}}``."""
    try:
        body = reply.json()
    except ValueError:
        return None
    if set(body) != {"error"} or set(body["error"]) != {"code", "message", "param"}:
        return None
    return body["error"]["code"] if body["error"]["message"] else None


def has_warning(reply: Reply) -> bool:
    kind = reply.headers.get("content-type", "")
    if kind.startswith("application/json"):
        return bool(reply.json().get("warnings"))
    return kind.startswith("text/html") and b'class="warning"' in reply.body


def problems(item: BadInput, reply: Reply) -> list[str]:
    """Everything wrong with the answer to one bad input."""
    found = []
    got = answer_class(reply, item.path)
    if got not in item.expect:
        found.append(f"answer {got!r}, expected {sorted(item.expect)}")
    if got == ERROR and item.param is not None and reply.json()["error"]["param"] != item.param:
        found.append(f"error names {reply.json()['error']['param']!r}, expected {item.param!r}")
    if reply.seconds > BAD_INPUT_BOUND_S:
        found.append(f"took {reply.seconds:.1f} s")
    if reply.headers.get("content-type", "").startswith("text/html"):
        text = reply.body.decode("utf-8", "replace")
        found += [f"unescaped {raw!r} in the page" for raw in UNSAFE if raw in text]
    if api_excerpts_unsafe(reply):
        found.append("markup other than <mark> in an excerpt")
    return found


def api_excerpts_unsafe(reply: Reply) -> bool:
    if not (reply.status == 200 and reply.headers.get("content-type", "").startswith("application/json")):
        return False
    hits = reply.json().get("hits", [])
    html = " ".join(e["html"] for hit in hits for e in hit.get("excerpts", []))
    return "<" in html.replace("<mark>", "").replace("</mark>", "")


def bad_input_phase(run: Run) -> dict:
    """Send every bad input; each must get its class of answer, in time, with nothing unescaped."""
    items, failures, classes, timings = bad_inputs(), [], Counter(), []
    client = run.server.client()
    try:
        for item in items:
            try:
                reply = client.get(item.path)
            except (OSError, http.client.HTTPException) as error:
                failures.append({"what": item.what, "path": item.path[:200], "problems": [repr(error)]})
                continue
            classes[answer_class(reply, item.path)] += 1
            timings.append((round(reply.seconds, 3), item.path[:100]))
            if found := problems(item, reply):
                failures.append({"what": item.what, "path": item.path[:200], "status": reply.status, "problems": found})
    finally:
        client.close()
    run.check("bad input: every answer as expected", not failures, json.dumps(failures[:5], ensure_ascii=False))
    run.check("bad input: at least 100 requests", len(items) >= 100, str(len(items)))
    run.check("server alive after bad input", run.server.process.poll() is None)
    slowest = sorted(timings, reverse=True)[:5]
    figures = {"requests": len(items), "failures": failures, "classes": dict(classes), "bound_s": BAD_INPUT_BOUND_S}
    return figures | {"slowest_s": slowest[0][0] if slowest else 0.0, "slowest": slowest}


# ---------------------------------------------------------------- 4. schemathesis


def schemathesis_phase(run: Run) -> dict:
    """Schemathesis against the OpenAPI document; parse its JSON report."""
    seed = random.randrange(1, 2**31)
    report = WORK / "schemathesis.json"
    command = [
        BIN / "schemathesis", "run", f"http://{HOST}:{run.server.port}/api/openapi.json",
        "--checks", SCHEMATHESIS_CHECKS, "--max-examples", str(SCHEMATHESIS_EXAMPLES), "--seed", str(seed),
        "--workers", "2", "--request-timeout", "60", "--report", "json", "--report-json-path", report,
    ]  # fmt: skip
    with (WORK / "schemathesis.log").open("w") as log:
        finished = subprocess.run(command, stdout=log, stderr=subprocess.STDOUT, cwd=WORK, timeout=900)
    summary = json.loads(report.read_text())
    cases = summary["test_cases"]
    figures = {
        "seed": seed,
        "exit_code": finished.returncode,
        "operations": summary["operations"]["tested"],
        "requests": cases["generated"],
        "failures": cases["with_failures"],
        "errors": cases["errored"],
        "server_errors": sum("not_a_server_error" in json.dumps(f) for f in summary["failures"]),
        "seconds": round(summary["running_time"], 1),
    }
    run.check("schemathesis: at least 1,000 requests", cases["generated"] >= SCHEMATHESIS_MIN_REQUESTS, str(cases))
    run.check("schemathesis: no failures", finished.returncode == 0 and not cases["with_failures"], str(figures))
    return figures


# ---------------------------------------------------------------- 5 and 6. clients


@dataclass
class Tally:
    """What a group of clients saw."""

    latencies: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, seconds: float, error: str | None) -> None:
        with self.lock:
            self.latencies.append(seconds)
            if error:
                self.errors.append(error)

    def figures(self, seconds: float) -> dict:
        ms = [s * 1000 for s in self.latencies]
        return {
            "requests": len(ms),
            "errors": len(self.errors),
            "error_rate": round(len(self.errors) / max(1, len(ms)), 5),
            "throughput_rps": round(len(ms) / seconds, 1),
            "p50_ms": round(percentile(ms, 0.50), 1),
            "p95_ms": round(percentile(ms, 0.95), 1),
            "max_ms": round(max(ms, default=0.0), 1),
            "first_errors": self.errors[:5],
        }


Validator = Callable[[str, Reply], str | None]


def client_loop(port: int, paths: list[str], validate: Validator, stop: threading.Event, tally: Tally, seed: int):
    """One client: random paths on one keep-alive connection until ``stop``, each answer validated."""
    rng, client = random.Random(seed), Client(port)
    try:
        while not stop.is_set():
            path = rng.choice(paths)
            started = time.perf_counter()
            try:
                reply = client.get(path)
                tally.add(reply.seconds, validate(path, reply))
            except (OSError, http.client.HTTPException, ValueError) as error:
                tally.add(time.perf_counter() - started, f"{path}: {error!r}")
    finally:
        client.close()


@contextmanager
def clients(port: int, count: int, paths: list[str], validate: Validator) -> Iterator[Tally]:
    """``count`` client threads running for as long as the block runs."""
    tally, stop = Tally(), threading.Event()
    threads = [
        threading.Thread(target=client_loop, args=(port, paths, validate, stop, tally, n), daemon=True)
        for n in range(count)
    ]
    for thread in threads:
        thread.start()
    try:
        yield tally
    finally:
        stop.set()
        for thread in threads:
            thread.join(timeout=120)


def whole_answer(path: str, reply: Reply) -> str | None:
    """None for a complete 200: JSON that parses with all its parts, HTML up to its closing tag."""
    if reply.status != 200:
        return f"{path}: HTTP {reply.status}"
    if "content-length" in reply.headers and int(reply.headers["content-length"]) != len(reply.body):
        return f"{path}: {len(reply.body)} of {reply.headers['content-length']} bytes"
    if reply.headers.get("content-type", "").startswith("application/json"):
        body = reply.json()
        wanted = {"total", "hits", "facets", "histogram"} if path.startswith("/api/search") else {"id", "title"}
        if not wanted <= set(body) or len(body.get("hits", [])) > body.get("size", 100):
            return f"{path}: incomplete JSON"
    elif not reply.body.rstrip().endswith(b"</html>"):
        return f"{path}: HTML cut short"
    return None


def workload(run: Run) -> dict[str, list[str]]:
    """Mixed paths from the served index: searches with facets, the search page, articles, entities."""
    client = run.server.client()
    try:
        facets = client.get("/api/search?size=1").json()["facets"]
        articles = [h["id"] for h in client.get("/api/search?kind=article&size=100&sort=newest").json()["hits"]]
        kinds = [("kind", v["value"]) for v in facets["kind"]["values"] if v["value"] not in ("article", "date")]
        people = client.get(f"/api/search?{urlencode([*kinds, ('size', '60')])}").json()["hits"]
    finally:
        client.close()
    values = {name: [v["value"] for v in facet["values"][:4]] for name, facet in facets.items()}
    filters = [[], *[[(name, v)] for name in ("party", "chapter", "publisher") for v in values.get(name, [])[:2]]]
    filters += [[("published_from", "1987-03"), ("published_to", "1987-04")], [("sort", "newest"), ("kind", "article")]]
    queries = ["", "tariffs", "rules of origin", "dairy", "wheat exports", "oil prices", '"free trade"', "canada"]
    searches = [urlencode([("q", q), *f]) for q in queries for f in filters]
    return {
        "api": [f"/api/search?{s}" for s in searches],
        "page": [f"/?{s}" for s in searches[::3]],
        "article": [f"/articles/{quote(a)}" for a in articles]
        + [f"/articles/{quote(a)}?q=trade" for a in articles[:9]],
        "entity": [f"/entities/{quote(h['id'], safe=':')}" for h in people],
    }


def mixed(paths: dict[str, list[str]]) -> list[str]:
    """One list whose random choice gives 40 % API searches, 20 % each of pages, articles and entities."""
    weights = {"api": 4, "page": 2, "article": 2, "entity": 2}
    return [path for kind, weight in weights.items() for path in paths[kind] * (weight * 100 // len(paths[kind]) + 1)]


def warm_up(port: int, paths: list[str]) -> list[str]:
    """Fetch every path once, spread over LOAD_CLIENTS threads (so every server thread has its searcher)."""
    tally = Tally()

    def fetch(share: list[str]) -> None:
        client = Client(port)
        try:
            for path in share:
                reply = client.get(path)
                tally.add(reply.seconds, whole_answer(path, reply))
        finally:
            client.close()

    threads = [threading.Thread(target=fetch, args=(paths[n::LOAD_CLIENTS],)) for n in range(LOAD_CLIENTS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    return tally.errors


def load_phase(run: Run) -> dict:
    """16 clients for 60 s; zero errors and server RSS growth under 10 %."""
    paths = mixed(workload(run))
    warm_errors = warm_up(run.server.port, sorted(set(paths)))
    before = rss_mb(run.server.process.pid)
    started = time.monotonic()
    with clients(run.server.port, LOAD_CLIENTS, paths, whole_answer) as tally:
        time.sleep(LOAD_SECONDS)
    figures = tally.figures(time.monotonic() - started)
    after = rss_mb(run.server.process.pid)
    growth = (after - before) / before
    figures.update(clients=LOAD_CLIENTS, seconds=LOAD_SECONDS, rss_before_mb=before, rss_after_mb=after)
    figures.update(rss_growth=round(growth, 4), distinct_paths=len(set(paths)), warm_up_errors=warm_errors[:5])
    run.check("load: zero errors", figures["errors"] == 0 and not warm_errors, str(figures["first_errors"]))
    run.check("load: RSS growth under 10 %", growth < RSS_GROWTH_LIMIT, f"{before} → {after} MB")
    return figures


def reindex_phase(run: Run) -> dict:
    """8 clients for 60 s while the marker article changes and the index is rebuilt again and again."""
    paths = mixed(workload(run))[::2] + [f"/api/articles/{MARKER_ID}"] * 20
    builds: list[dict] = []
    started = time.monotonic()
    with clients(run.server.port, REINDEX_CLIENTS, paths, whole_answer) as tally:
        while time.monotonic() - started < REINDEX_SECONDS and len(builds) < REINDEX_MAX_BUILDS:
            builds.append(rebuild_and_check(run))
    figures = tally.figures(time.monotonic() - started)
    failed = [b for b in builds if not (b["ok"] and b["served"])]
    figures.update(clients=REINDEX_CLIENTS, rebuilds=len(builds), failed_rebuilds=failed[:5])
    figures["build_s"] = [b["seconds"] for b in builds]
    run.check("reindex under load: zero failed or torn responses", figures["errors"] == 0, str(figures["first_errors"]))
    run.check("reindex under load: every rebuild served without restart", builds and not failed, str(failed[:3]))
    return figures


def rebuild_and_check(run: Run) -> dict:
    """Change the marker, rebuild, and check the server finds only the new marker word."""
    number = run.change_marker()
    build = run_build()
    served = build.returncode == 0 and wait_for(lambda: run.serves_marker(number), 10.0)
    stale = run.marker_hits(number - 1)
    if build.returncode == 0:
        run.note_generation()
    return {
        "ok": build.returncode == 0,
        "served": served and not stale,
        "seconds": build.seconds,
        "output": build.output[-300:],
    }


def wait_for(condition: Callable[[], bool], timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return condition()


# ---------------------------------------------------------------- 7. kills and concurrent builds


MID_BUILD, AFTER_SWAP, FINISHED = "killed mid-build", "killed after the swap", "finished first"


def kill_phase(run: Run, duration: float) -> dict:
    """Kill full builds at points spread over a build's duration (re-measured by every build that ends
    before its kill point); the previous generation serves and the next build works."""
    trials: list[dict] = []
    rng = random.Random()
    for _attempt in range(KILL_ATTEMPTS):
        done = sum(t["outcome"] == MID_BUILD for t in trials)
        if done >= KILLS:
            break
        trials.append(kill_trial(run, duration * (0.05 + 0.8 * (done + rng.random()) / KILLS)))
        if trials[-1]["outcome"] == FINISHED:
            duration = min(duration, trials[-1]["build_s"])
    mid = [t for t in trials if t["outcome"] == MID_BUILD]
    run.check(
        "kills: at least 5 builds killed mid-build", len(mid) >= KILLS, str(Counter(t["outcome"] for t in trials))
    )
    for name in ("old_serves", "whole", "next_build_ok", "new_serves", "no_leftovers"):
        run.check(f"kills: {name.replace('_', ' ')} after every kill mid-build", all(t[name] for t in mid), str(mid))
    late = [t for t in trials if t["outcome"] == AFTER_SWAP]
    run.check(
        "kills: a build killed after its swap leaves the new generation serving",
        all(t["whole"] and t["new_serves"] for t in late),
        str(late),
    )
    return {"duration_s": round(duration, 1), "killed": len(mid), "attempts": len(trials), "trials": trials}


def kill_trial(run: Run, at: float) -> dict:
    """One full build killed ``at`` seconds after its start (unless it finished first)."""
    before, old = current_generation(INDEX), run.marker
    new = run.change_marker()
    process = start_build("--full")
    started = time.monotonic()
    try:
        finished = wait_exit(process, at)
        if not finished:
            os.kill(process.pid, signal.SIGKILL)  # the build's main process, as `kill -9 <pid>` does
        process.wait(timeout=30)
        untouched = current_generation(INDEX) == before
        trial = {
            "at_s": round(at, 1),
            "outcome": FINISHED if finished else MID_BUILD if untouched else AFTER_SWAP,
            "build_s": round(time.monotonic() - started, 1),
            "workers_left": len(group_members(process)),
            "old_serves": untouched and run.serves_marker(old),
            "whole": verify_generation(current_generation(INDEX)) is None,
        }
        trial.update(next_build_after_kill(run, process, new))
    finally:
        kill_group(process)
    return trial


def wait_exit(process: subprocess.Popen, seconds: float) -> bool:
    """Whether the process ended within ``seconds``."""
    try:
        process.wait(timeout=seconds)
        return True
    except subprocess.TimeoutExpired:
        return False


def next_build_after_kill(run: Run, killed: subprocess.Popen, new: int) -> dict:
    """Run the next build at once; if workers of the killed one still hold the lock, record it, clear them, retry."""
    build = run_build()
    refused = build.returncode != 0 and LOCK_MESSAGE in build.output
    if refused:
        kill_group(killed)
        build = run_build()
    if build.returncode == 0:
        run.note_generation()
    return {
        "next_build_ok": build.returncode == 0 and not refused,
        "next_refused_by_left_workers": refused,
        "next_build_ok_after_clearing": build.returncode == 0,
        "new_serves": wait_for(lambda: run.serves_marker(new), 10.0),
        "no_leftovers": not list(INDEX.glob(".building-*")),
        "next_output": build.output[-300:],
    }


def concurrent_phase(run: Run) -> dict:
    """Two builds started together, at least 3 times: one builds, the other stops with the lock message."""
    trials = []
    for _attempt in range(CONCURRENT_ATTEMPTS):
        if sum(t["overlapped"] for t in trials) >= CONCURRENT_TRIALS:
            break
        trials.append(concurrent_trial(run))
    overlapped = [t for t in trials if t["overlapped"]]
    run.check("concurrent builds: at least 3 overlapping pairs", len(overlapped) >= CONCURRENT_TRIALS, str(trials))
    stopped = all(t["lock_message"] for t in overlapped)
    run.check("concurrent builds: the second stops with the lock message", stopped, str(overlapped))
    whole = all(t["whole"] and t["serves"] for t in trials)
    run.check("concurrent builds: index whole and serving after each", whole, str(trials))
    return {"pairs": len(trials), "overlapped": len(overlapped), "trials": trials}


def concurrent_trial(run: Run) -> dict:
    number = run.change_marker()
    started = time.monotonic()
    pair = [start_build(), start_build()]
    builds = [finish_build(process, started) for process in pair]
    codes = sorted(b.returncode for b in builds)
    loser = max(builds, key=lambda b: b.returncode)
    if 0 in codes:
        run.note_generation()
    return {
        "codes": codes,
        "overlapped": codes == [0, 1],
        "lock_message": LOCK_MESSAGE in loser.output,
        "loser_output": loser.output[-200:],
        "whole": verify_generation(current_generation(INDEX)) is None,
        "serves": wait_for(lambda: run.serves_marker(number), 10.0),
    }


# ---------------------------------------------------------------- 8. damaged index


def damaged_phase(run: Run) -> list[dict]:
    """Start a server on damaged copies of the index folder and record what each does."""
    outcomes = [damaged_trial(run, name, damage) for name, damage in DAMAGES.items()]
    for outcome in outcomes:
        name = f"damaged index ({outcome['damage']}): previous generation serves or a clear refusal"
        run.check(name, outcome["ok"], str(outcome))
    return outcomes


def largest_segment(generation: Path) -> Path:
    return segment_files(generation)[0]


def truncate_current(copy: Path) -> None:
    segment = largest_segment(current_generation(copy))
    segment.write_bytes(segment.read_bytes()[: segment.stat().st_size // 2])


def delete_current(copy: Path) -> None:
    largest_segment(current_generation(copy)).unlink()


def delete_everywhere(copy: Path) -> None:
    for generation in copy.glob("gen-*"):
        largest_segment(generation).unlink()


DAMAGES = {
    "segment truncated in the serving generation": truncate_current,
    "segment deleted in the serving generation": delete_current,
    "segment deleted in every generation": delete_everywhere,
}


def damaged_trial(run: Run, name: str, damage: Callable[[Path], None]) -> dict:
    copy = WORK / f"damaged-{len(list(WORK.glob('damaged-*')))}"
    shutil.copytree(INDEX, copy)
    current = current_generation(copy)
    previous = [g for g in copy.glob("gen-*") if g != current]
    damage(copy)
    server = launch_server(copy, copy.with_suffix(".log"))
    try:
        up = wait_until_up(server, 60.0)
        outcome = served_outcome(run, server, previous) if up else refused_outcome(server, copy)
    finally:
        stop(server.process)
    outcome.update(damage=name, log=server.log.read_text()[-400:])
    return outcome


def served_outcome(run: Run, server: Server, previous: list[Path]) -> dict:
    """The server started: it must serve a whole older generation, and the log must say so."""
    expected = max((run.served_by.get(g.name, -1) for g in previous), default=-1)
    client = server.client()
    try:
        hits = run.marker_hits(expected, client)
    finally:
        client.close()
    log = server.log.read_text()
    ok = hits == [MARKER_ID] and "damaged" in log and "nafta-search index" in log
    return {"outcome": "serves the previous generation", "ok": ok, "marker_hits": hits}


def refused_outcome(server: Server, copy: Path) -> dict:
    """The server did not start: it must have exited, naming the folder and the command that rebuilds it."""
    server.process.wait(timeout=30)
    log = server.log.read_text()
    ok = server.process.returncode != 0 and str(copy) in log and "nafta-search index" in log
    return {"outcome": "refuses to start", "ok": ok, "exit_code": server.process.returncode}


# ---------------------------------------------------------------- report


def _bad_row(bad: dict) -> str:
    return f"{bad['requests']} requests, {len(bad['failures'])} failed; slowest {bad['slowest_s']} s; {bad['classes']}"


def _schemathesis_row(st: dict) -> str:
    return f"{st['requests']} generated requests, {st['failures']} failures, {st['server_errors']} server errors"


def _load_row(load: dict) -> str:
    return (
        f"{load['clients']} clients × {load['seconds']:.0f} s: {load['requests']} requests, "
        f"{load['throughput_rps']} req/s, "
        f"{load['errors']} errors, p50 {load['p50_ms']} ms, p95 {load['p95_ms']} ms; "
        f"RSS {load['rss_before_mb']} → {load['rss_after_mb']} MB ({load['rss_growth']:+.1%})"
    )


def _reindex_row(reindex: dict) -> str:
    return (
        f"{reindex['rebuilds']} rebuilds under {reindex['clients']} clients, {reindex['requests']} requests, "
        f"{reindex['errors']} failed or torn, p95 {reindex['p95_ms']} ms"
    )


def _kills_row(kills: dict) -> str:
    mid = [t for t in kills["trials"] if t["outcome"] == MID_BUILD]
    at = ", ".join(f"{t['at_s']:.0f}" for t in mid)
    return (
        f"{len(mid)} full builds (~{kills['duration_s']} s) killed mid-build at {at} s ({kills['attempts']} attempts); "
        f"previous generation served after {sum(t['old_serves'] for t in mid)}; "
        f"next build ok at once after {sum(t['next_build_ok'] for t in mid)}, "
        f"refused by workers left holding the lock after {sum(t['next_refused_by_left_workers'] for t in mid)}"
    )


def _concurrent_row(conc: dict) -> str:
    stopped = sum(t["lock_message"] for t in conc["trials"] if t["overlapped"])
    whole = sum(t["whole"] and t["serves"] for t in conc["trials"])
    return (
        f"{conc['overlapped']} overlapping pairs of {conc['pairs']}; {stopped} stopped with the lock message; "
        f"index whole after {whole}"
    )


ROWS = {
    "bad_input": ("bad inputs", _bad_row),
    "schemathesis": ("schemathesis", _schemathesis_row),
    "load": ("load", _load_row),
    "reindex": ("reindex under load", _reindex_row),
    "kills": ("kills", _kills_row),
    "concurrent": ("concurrent builds", _concurrent_row),
}


def summary_rows(figures: dict) -> list[tuple[str, str]]:
    """One line per phase; a phase that crashed says so."""
    rows = [("corpus", f"{figures['build']['articles']} articles; full build {figures['build']['seconds']} s")]
    for key, (title, row) in ROWS.items():
        value = figures.get(key, {"crashed": "not run"})
        rows.append((title, f"CRASHED: {value['crashed']}" if "crashed" in value else row(value)))
    for damaged in figures.get("damaged") or []:
        rows.append((f"damaged: {damaged['damage']}", f"{damaged['outcome']} ({'ok' if damaged['ok'] else 'FAILED'})"))
    return rows


def print_summary(figures: dict, checks: list[Check]) -> None:
    rows = summary_rows(figures)
    width = max(len(name) for name, _ in rows)
    print("\nReliability run")
    for name, value in rows:
        print(f"  {name:<{width}}  {value}")
    failed = [c for c in checks if not c.ok]
    print(f"\n{len(checks) - len(failed)} of {len(checks)} checks passed")
    for check in failed:
        print(f"  FAILED: {check.name}: {check.detail[:600]}")


def write_results(figures: dict, checks: list[Check]) -> Path:
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / f"reliability-{dt.datetime.now():%Y%m%dT%H%M%S}.json"
    figures["checks"] = [asdict(c) for c in checks]
    figures["passed"] = all(c.ok for c in checks)
    path.write_text(json.dumps(figures, indent=2, ensure_ascii=False, default=str))
    return path


def phase(title: str):
    print(f"[{time.strftime('%H:%M:%S')}] {title}", flush=True)


def serve_phases(run: Run, figures: dict, duration: float) -> None:
    """Every phase that needs the running server, in order."""
    for key, title, action in (
        ("bad_input", "bad input", bad_input_phase),
        ("schemathesis", "schemathesis", schemathesis_phase),
        ("load", f"load: {LOAD_CLIENTS} clients for {LOAD_SECONDS:.0f} s", load_phase),
        ("reindex", f"rebuilds under load: {REINDEX_CLIENTS} clients for {REINDEX_SECONDS:.0f} s", reindex_phase),
        ("kills", f"kills of full builds ({duration:.0f} s each)", lambda r: kill_phase(r, duration)),
        ("concurrent", "two builds at once", concurrent_phase),
        ("damaged", "damaged copies of the index", damaged_phase),
    ):
        phase(title)
        try:
            figures[key] = action(run)
        except Exception as error:  # noqa: BLE001 - a crashed phase is a failed check; the others still run
            figures[key] = {"crashed": repr(error)}
            run.check(f"{key}: phase ran", False, traceback.format_exc())


def main() -> int:
    started = time.monotonic()
    figures: dict = {"started": dt.datetime.now().isoformat(timespec="seconds"), "cpus": os.cpu_count()}
    phase("corpus and first build")
    figures["corpus"] = prepare_corpus()
    build = first_build()
    figures["build"] = {"seconds": build.seconds, "output": build.output, "articles": sum(figures["corpus"].values())}
    phase("starting the server")
    with serving(INDEX, WORK / "server.log") as server:
        run = Run(server)
        run.note_generation()
        figures["rss_at_start_mb"] = rss_mb(server.process.pid)
        serve_phases(run, figures, build.seconds)
        run.check("server alive at the end", server.process.poll() is None)
    figures["seconds"] = round(time.monotonic() - started, 1)
    path = write_results(figures, run.checks)
    print_summary(figures, run.checks)
    print(f"\nFigures: {path.relative_to(ROOT)} ({figures['seconds']:.0f} s)")
    return 0 if figures["passed"] else 1


if __name__ == "__main__":
    sys.exit(main())
