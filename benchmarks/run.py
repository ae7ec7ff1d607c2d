"""The benchmark harness of issue 6: build, serve and query nafta-search and Datasette side by side.

One command (``make bench``, or ``.venv/bin/python benchmarks/run.py [--scaled]``):

1. converts Reuters-21578 to JSON Lines and times ``nafta-search index`` on it (wall, docs/s, peak RSS);
2. serves the index with ``nafta-search serve`` (waitress) and runs the workload over HTTP, one cold
   round right after start, then warm rounds;
3. loads the same articles, with the project's own party and chapter tags, into SQLite FTS5 with
   sqlite-utils, serves them with Datasette and runs the equivalent workload the same way;
4. with ``--scaled``, repeats the project's part on a generated corpus of 200,000 articles.

It prints a side-by-side table and writes every figure as JSON under ``benchmarks/results/``.
All traffic goes to 127.0.0.1; every server started here is stopped in a ``finally``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import http.client
import json
import math
import os
import platform
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path

import reuters
from workload import WORKLOAD, Case, peer_url, project_url

HOST = "127.0.0.1"
BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
BIN = Path(sys.executable).parent
RESULTS = BENCH / "results"
PEER_DB = reuters.WORK / "articles.db"
BUILD_TIMEOUT = 3 * 3600.0  # seconds an index build may take before it is killed
START_TIMEOUT = 300.0  # seconds a server may take to listen (serve builds a missing index first)
REQUEST_TIMEOUT = 60.0
ROUND_BUDGET = 900.0  # seconds one round of the workload may take in all
SCALED_LIMIT_MS = 250.0
PEER_SETTINGS = {
    "suggest_facets": "off",
    "facet_time_limit_ms": "20000",
    "sql_time_limit_ms": "30000",
    "default_facet_size": "50",
}


# ---------------------------------------------------------------- figures


@dataclass
class BuildFigures:
    """One timed index build."""

    articles: int
    wall_s: float
    docs_per_s: float
    peak_rss_mb: float
    index_mb: float
    output: str


@dataclass
class Sample:
    """One timed request."""

    case: str
    round: int
    ms: float
    status: int
    total: int | None
    done_at: float  # perf_counter when the last byte arrived


@dataclass
class ServeFigures:
    """One server's run of the workload: start-up, latencies per round, memory."""

    name: str
    start_to_listen_s: float = 0.0
    start_to_first_answer_s: float = 0.0
    samples: list[Sample] = field(default_factory=list)
    rss_after_cold_mb: float = 0.0
    rss_end_mb: float = 0.0
    rss_peak_mb: float = 0.0
    memory_end: dict[str, float] = field(default_factory=dict)

    def latencies(self, cold: bool) -> list[float]:
        return [s.ms for s in self.samples if (s.round == 1) == cold]

    def summary(self) -> dict:
        """p50/p95/max for the cold round and the warm rounds, and failed requests."""
        return {
            "cold": latency_stats(self.latencies(cold=True)),
            "warm": latency_stats(self.latencies(cold=False)),
            "errors": sum(1 for s in self.samples if s.status != 200),
        }


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile (``q`` in 0–100) of a non-empty list."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(q / 100 * len(ordered)) - 1)]


def latency_stats(values: list[float]) -> dict:
    """p50, p95, max and count of latencies in milliseconds, rounded for reading."""
    if not values:
        return {"n": 0, "p50": None, "p95": None, "max": None}
    return {
        "n": len(values),
        "p50": round(percentile(values, 50), 1),
        "p95": round(percentile(values, 95), 1),
        "max": round(max(values), 1),
    }


def per_case(samples: list[Sample]) -> dict[str, dict]:
    """Each case's worst latency, cold and warm, to find the queries that miss a target."""
    cases: dict[str, dict] = {}
    for sample in samples:
        entry = cases.setdefault(sample.case, {"cold_ms": None, "warm_max_ms": 0.0, "total": sample.total})
        if sample.round == 1:
            entry["cold_ms"] = round(sample.ms, 1)
        else:
            entry["warm_max_ms"] = round(max(entry["warm_max_ms"], sample.ms), 1)
    return cases


# ---------------------------------------------------------------- processes


def free_port() -> int:
    """A free TCP port on the loopback interface."""
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


def memory_mb(pid: int) -> dict[str, float]:
    """Memory of a live process in MB from /proc: VmRSS, VmHWM (peak RSS), RssAnon, RssFile and Pss.

    RSS counts a file mapped N times N times (one index mapping per searcher); Pss counts it once.
    """
    wanted = {"VmRSS", "VmHWM", "RssAnon", "RssFile", "Pss"}
    figures = {}
    for source in (f"/proc/{pid}/status", f"/proc/{pid}/smaps_rollup"):
        try:
            lines = Path(source).read_text().splitlines()
        except OSError:
            continue
        for line in lines:
            name, _, value = line.partition(":")
            if name in wanted:
                figures[name] = round(int(value.split()[0]) / 1024, 1)
    return figures


def run_timed(command: list[str]) -> tuple[int, float, float, str]:
    """Run ``command`` to the end (killed after BUILD_TIMEOUT): exit code, wall s, its peak RSS in MB, output."""
    started = time.perf_counter()
    options = {"cwd": ROOT, "stdout": subprocess.PIPE, "stderr": subprocess.STDOUT, "text": True}
    with subprocess.Popen(command, start_new_session=True, **options) as child:
        watchdog = threading.Timer(BUILD_TIMEOUT, kill_group, [child])
        watchdog.start()
        try:
            output = child.stdout.read()
            _pid, status, usage = os.wait4(child.pid, 0)
        except BaseException:
            kill_group(child)  # interrupted: take the build's worker processes down with it
            raise
        finally:
            watchdog.cancel()
        child.returncode = os.waitstatus_to_exitcode(status)
    return child.returncode, time.perf_counter() - started, usage.ru_maxrss / 1024, output


def kill_group(child: subprocess.Popen) -> None:
    """Kill the process group of a child started in its own session (the child and its workers)."""
    try:
        os.killpg(child.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


@contextmanager
def server(command: list[str], port: int, log: Path) -> Iterator[tuple[subprocess.Popen, float, float]]:
    """Start a server, wait until it listens; yield (process, start time, seconds to listen); always stop it."""
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("w") as output:
        started = time.perf_counter()
        process = subprocess.Popen(command, cwd=ROOT, stdout=output, stderr=subprocess.STDOUT)
        try:
            wait_listening(process, port, log)
            yield process, started, time.perf_counter() - started
        finally:
            stop(process)


def wait_listening(process: subprocess.Popen, port: int, log: Path) -> None:
    """Poll the port (TCP connect only, no request) until it accepts, the process dies or time runs out."""
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited with {process.returncode}; see {log}:\n{log.read_text()[-2000:]}")
        try:
            socket.create_connection((HOST, port), timeout=0.5).close()
            return
        except OSError:
            time.sleep(0.01)
    raise RuntimeError(f"server did not listen on {HOST}:{port} within {START_TIMEOUT:.0f} s; see {log}")


def stop(process: subprocess.Popen) -> None:
    """Terminate a server process we started, killing it if it does not exit promptly."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


# ---------------------------------------------------------------- HTTP


def get(connection: http.client.HTTPConnection, path: str) -> tuple[int, bytes, float]:
    """GET ``path`` on a kept-alive connection: status, body and milliseconds to the last byte."""
    started = time.perf_counter()
    connection.request("GET", path)
    response = connection.getresponse()
    body = response.read()
    return response.status, body, (time.perf_counter() - started) * 1000


def run_round(port: int, requests: list[tuple[str, str]], number: int, total_key: str) -> list[Sample]:
    """Send every request once, in order, on one keep-alive connection, within ROUND_BUDGET."""
    deadline = time.monotonic() + ROUND_BUDGET
    connection = http.client.HTTPConnection(HOST, port, timeout=REQUEST_TIMEOUT)
    samples = []
    try:
        for name, path in requests:
            if time.monotonic() > deadline:
                raise RuntimeError(f"round {number} took longer than {ROUND_BUDGET:.0f} s")
            status, body, ms = get(connection, path)
            total = json.loads(body).get(total_key) if status == 200 else None
            samples.append(Sample(name, number, ms, status, total, time.perf_counter()))
    finally:
        connection.close()
    return samples


@dataclass
class Running:
    """A started server and what the harness sends it."""

    figures: ServeFigures
    process: subprocess.Popen
    started: float
    port: int
    requests: list[tuple[str, str]]
    total_key: str


@contextmanager
def running(
    name: str, command: list[str], port: int, requests: list[tuple[str, str]], total_key: str
) -> Iterator[Running]:
    """Start a server and wait until it listens; yield it; record its memory and stop it on the way out."""
    figures = ServeFigures(name)
    with server(command, port, reuters.WORK / f"{name}.log") as (process, started, listen):
        figures.start_to_listen_s = round(listen, 3)
        target = Running(figures, process, started, port, requests, total_key)
        yield target
        figures.memory_end = memory_mb(process.pid)
        figures.rss_end_mb, figures.rss_peak_mb = (
            figures.memory_end.get("VmRSS", 0.0),
            figures.memory_end.get("VmHWM", 0.0),
        )


def measure(target: Running, number: int) -> None:
    """Run round ``number``; round 1 also times start → first answer and the memory after it."""
    samples = run_round(target.port, target.requests, number, target.total_key)
    if number == 1:
        target.figures.start_to_first_answer_s = round(samples[0].done_at - target.started, 3)
        target.figures.rss_after_cold_mb = memory_mb(target.process.pid).get("VmRSS", 0.0)
    target.figures.samples.extend(samples)


# ---------------------------------------------------------------- the project


def build_project(corpus: Path, index: Path, articles: int) -> BuildFigures:
    """Time ``nafta-search index`` (load + derive + records + Whoosh build) into a fresh index root."""
    shutil.rmtree(index, ignore_errors=True)
    code, wall, peak, output = run_timed(
        [str(BIN / "nafta-search"), "index", "--corpus", str(corpus), "--index", str(index)]
    )
    if code != 0:
        raise RuntimeError(f"nafta-search index failed ({code}):\n{output[-3000:]}")
    return BuildFigures(
        articles,
        round(wall, 2),
        round(articles / wall, 1),
        round(peak, 1),
        round(folder_mb(index), 1),
        output.strip()[-500:],
    )


def folder_mb(path: Path) -> float:
    """Bytes on disk under ``path`` in MB."""
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 1e6


def project_server(name: str, corpus: Path, index: Path) -> AbstractContextManager[Running]:
    """The project under waitress on a free loopback port, with the workload's requests."""
    port = free_port()
    command = [str(BIN / "nafta-search"), "serve", "--corpus", str(corpus), "--index", str(index)]
    requests = [(case.name, project_url(case)) for case in WORKLOAD]
    return running(name, [*command, "--host", HOST, "--port", str(port)], port, requests, "total")


def export_tags(port: int) -> dict[str, dict]:
    """Every article's parties and chapters as the project derived them, via the JSON Lines export."""
    connection = http.client.HTTPConnection(HOST, port, timeout=300)
    try:
        status, body, _ms = get(connection, "/api/search.jsonl?kind=article")
    finally:
        connection.close()
    if status != 200:
        raise RuntimeError(f"export failed with HTTP {status}: {body[:300]!r}")
    rows = (json.loads(line) for line in body.decode("utf-8").splitlines() if line.strip())
    return {row["id"]: {"parties": row["parties"], "chapters": row["chapters"]} for row in rows}


# ---------------------------------------------------------------- the peer


def load_peer(articles: list[dict], tags: dict[str, dict], path: Path = PEER_DB) -> float:
    """Load the articles with the project's tags into SQLite + FTS5 with sqlite-utils; return seconds."""
    import sqlite_utils

    started = time.perf_counter()
    path.unlink(missing_ok=True)
    db = sqlite_utils.Database(path)
    db["articles"].insert_all((peer_row(a, tags.get(a["id"], {})) for a in articles), pk="id", batch_size=1000)
    db["articles"].enable_fts(["title", "body"], tokenize="porter")
    for column in ("published", "publisher", "published_month"):
        db["articles"].create_index([column])
    db.vacuum()
    db.close()
    return round(time.perf_counter() - started, 2)


def peer_row(article: dict, tags: dict) -> dict:
    """One SQLite row: the article, its month, and its parties and chapters as JSON arrays."""
    return {
        "id": article["id"],
        "title": article["title"],
        "body": article["body"],
        "published": article["published"],
        "published_month": article["published"][:7],
        "publisher": article["publisher"],
        "url": article["url"],
        "parties": json.dumps(tags.get("parties", [])),
        "chapters": json.dumps(tags.get("chapters", [])),
    }


def peer_command(port: int) -> list[str]:
    """Datasette serving the database immutably with facet suggestions off and generous time limits."""
    settings = [arg for name, value in PEER_SETTINGS.items() for arg in ("--setting", name, value)]
    return [str(BIN / "datasette"), "serve", "-i", str(PEER_DB), "--host", HOST, "--port", str(port), *settings]


def peer_requests(next_tokens: dict[str, str]) -> list[tuple[str, str]]:
    """The peer's workload; a page-N case uses the ``_next`` token of its page N."""
    return [(case.name, peer_url(case, next_tokens.get(case.name))) for case in WORKLOAD]


def resolve_next_tokens() -> dict[str, str]:
    """Follow Datasette's ``next`` links to each page-N case's page, on a throwaway server."""
    port = free_port()
    tokens = {}
    with server(peer_command(port), port, reuters.WORK / "datasette-tokens.log"):
        connection = http.client.HTTPConnection(HOST, port, timeout=REQUEST_TIMEOUT)
        try:
            for case in (c for c in WORKLOAD if c.page > 1):
                tokens[case.name] = follow_next(connection, case)
        finally:
            connection.close()
    return tokens


def follow_next(connection: http.client.HTTPConnection, case: Case) -> str:
    """The ``_next`` token that opens page ``case.page`` of the case's Datasette results."""
    token = None
    for _page in range(case.page - 1):
        status, body, _ms = get(connection, peer_url(case, token) + "&_nofacet=1&_nocount=1")
        token = json.loads(body).get("next") if status == 200 else None
        if token is None:
            raise RuntimeError(f"Datasette has no page {case.page} for {case.name!r}")
    return token


def peer_server(next_tokens: dict[str, str]) -> AbstractContextManager[Running]:
    """Datasette on a free loopback port, with the equivalent requests."""
    port = free_port()
    return running("datasette", peer_command(port), port, peer_requests(next_tokens), "filtered_table_rows_count")


# ---------------------------------------------------------------- report


def machine() -> dict:
    """Where and when the figures were taken."""
    meminfo = Path("/proc/meminfo").read_text().split()
    return {
        "date": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "nproc": os.cpu_count(),
        "ram_gb": round(int(meminfo[meminfo.index("MemTotal:") + 1]) / 1024**2, 1),
        "cpu": cpu_model(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "git_commit": git("rev-parse", "HEAD"),
        "git_dirty": bool(git("status", "--porcelain")),
        "loadavg_before": os.getloadavg(),
    }


def cpu_model() -> str:
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return platform.processor()


def git(*args: str) -> str | None:
    """Output of a read-only git command, or None outside a repository or before the first commit."""
    try:
        return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return None


def ratio(project: float | None, peer: float | None) -> str:
    return f"{project / peer:.2f}" if project and peer else "–"


def format_table(results: dict) -> str:
    """The side-by-side table: project vs Datasette, cold and warm, with the ratio project/peer."""
    project, peer, build = results["project"]["summary"], results["peer"]["summary"], results["project"]["build"]
    rows = [
        ("build (ingest+derive+index) wall s", build["wall_s"], results["peer"]["load_s"], "sqlite-utils load+FTS"),
        ("build docs/s", build["docs_per_s"], None, ""),
        ("build peak RSS MB", build["peak_rss_mb"], None, ""),
        ("index size on disk MB", build["index_mb"], results["peer"]["db_mb"], ""),
        (
            "start → first answer s",
            results["project"]["serve"]["start_to_first_answer_s"],
            results["peer"]["serve"]["start_to_first_answer_s"],
            "",
        ),
    ]
    for temperature in ("cold", "warm"):
        for stat in ("p50", "p95", "max"):
            rows.append(
                (
                    f"{temperature} {stat} ms (n={project[temperature]['n']})",
                    project[temperature][stat],
                    peer[temperature][stat],
                    None,
                )
            )
    rows += [
        ("server RSS end MB", results["project"]["serve"]["rss_end_mb"], results["peer"]["serve"]["rss_end_mb"], None),
        ("server PSS end MB", _pss(results["project"]), _pss(results["peer"]), None),
        (
            "server peak RSS MB",
            results["project"]["serve"]["rss_peak_mb"],
            results["peer"]["serve"]["rss_peak_mb"],
            None,
        ),
        ("failed requests", project["errors"], peer["errors"], ""),
    ]
    lines = [f"{'':40} {'nafta-search':>13} {'Datasette':>11} {'ratio':>7}"]
    for label, mine, theirs, note in rows:
        shown_ratio = ratio(mine, theirs) if note is None else note
        lines.append(f"{label:40} {_cell(mine):>13} {_cell(theirs):>11} {shown_ratio:>7}".rstrip())
    return "\n".join(lines)


def format_scaled(scaled: dict) -> str:
    """The scaled corpus's figures, with the queries over the per-query target."""
    build, serve, summary = scaled["build"], scaled["serve"], scaled["summary"]
    lines = [
        f"Scaled corpus: {build['articles']:,} articles",
        f"  build {build['wall_s']} s ({build['docs_per_s']} docs/s), peak RSS {build['peak_rss_mb']} MB",
        f"  index on disk {build['index_mb']} MB",
        f"  start → first answer {serve['start_to_first_answer_s']} s",
        f"  server RSS end {serve['rss_end_mb']} MB (PSS {_pss(scaled)} MB), peak {serve['rss_peak_mb']} MB",
    ]
    for temperature in ("cold", "warm"):
        stats = summary[temperature]
        lines.append(
            f"  {temperature}: p50 {stats['p50']} ms, p95 {stats['p95']} ms, max {stats['max']} ms (n={stats['n']})"
        )
    slow = scaled["over_target"]
    lines.append(
        f"  queries over {SCALED_LIMIT_MS:.0f} ms (worst of any round): {len(slow)}"
        + "".join(f"\n    {name}: {ms} ms" for name, ms in slow)
    )
    return "\n".join(lines)


def format_header(results: dict) -> str:
    """Which corpus, workload, machine and commit the figures are from."""
    info = results["machine"]
    corpus = f"Reuters-21578, {results['corpus']['articles']:,} articles" if "corpus" in results else "Scaled corpus"
    return (
        f"{corpus}, {len(results['workload'])} queries × "
        f"{results['rounds']} rounds (1 cold)\n{info['date']}, {info['nproc']} CPUs ({info['cpu']}), "
        f"{info['ram_gb']} GB RAM, commit {(info['git_commit'] or 'none')[:10]}, "
        f"load average before {info['loadavg_before'][0]:.1f}"
    )


def format_all(results: dict) -> str:
    """Every table of a results file."""
    text = format_header(results) + ("\n\n" + format_table(results) if "project" in results else "")
    return text + ("\n\n" + format_scaled(results["scaled"]) if "scaled" in results else "")


def _pss(record: dict) -> float | None:
    return record["serve"].get("memory_end", {}).get("Pss")


def _cell(value: object) -> str:
    return "–" if value is None else str(value)


# ---------------------------------------------------------------- phases


def reuters_phase(rounds: int) -> dict:
    """Build the Reuters index, then serve and query the project and the peer, their rounds interleaved.

    Both servers start cold; after each one's cold round the warm rounds alternate between them, so
    load from other work on a shared machine falls on both sides alike.
    """
    stats = reuters.convert()
    print(f"Converted {stats.articles} Reuters articles (skipped {stats.skipped_no_body} without body)", flush=True)
    articles = reuters.read_corpus(reuters.REUTERS_DIR)
    index = reuters.WORK / "index-reuters"
    build = build_project(reuters.REUTERS_DIR, index, len(articles))
    print(f"Built the index in {build.wall_s} s", flush=True)
    with project_server("nafta-search", reuters.REUTERS_DIR, index) as project:
        measure(project, 1)
        load_s = load_peer(articles, export_tags(project.port))
        with peer_server(resolve_next_tokens()) as peer:
            measure(peer, 1)
            for number in range(2, rounds + 1):
                measure(project, number)
                measure(peer, number)
    print("Workload done on both servers", flush=True)
    return {
        "corpus": {"articles": stats.articles, "skipped_no_body": stats.skipped_no_body},
        "project": serve_record(project.figures, build=asdict(build)),
        "peer": serve_record(peer.figures, load_s=load_s, db_mb=round(PEER_DB.stat().st_size / 1e6, 1)),
        "peer_settings": PEER_SETTINGS,
        "loadavg_after": os.getloadavg(),
    }


def scaled_phase(rounds: int, size: int) -> dict:
    """Generate the scaled corpus, then build, serve and query the project on it."""
    written = reuters.write_scaled(reuters.read_corpus(reuters.REUTERS_DIR), size)
    print(f"Wrote the scaled corpus: {written} articles", flush=True)
    index = reuters.WORK / "index-scaled"
    build = build_project(reuters.SCALED_DIR, index, written)
    print(f"Built the scaled index in {build.wall_s} s", flush=True)
    with project_server("nafta-search-scaled", reuters.SCALED_DIR, index) as project:
        for number in range(1, rounds + 1):
            measure(project, number)
    record = serve_record(project.figures, build=asdict(build), loadavg_after=os.getloadavg())
    worst = {name: max(c["cold_ms"] or 0, c["warm_max_ms"]) for name, c in record["per_case"].items()}
    slow = ((name, ms) for name, ms in worst.items() if ms > SCALED_LIMIT_MS)
    record["over_target"] = sorted(slow, key=lambda item: -item[1])
    return record


def serve_record(figures: ServeFigures, **extra: object) -> dict:
    """A server's figures for the JSON: summary, per-case worst latencies, every sample."""
    serve = {k: v for k, v in asdict(figures).items() if k != "samples"}
    return {
        **extra,
        "serve": serve,
        "summary": figures.summary(),
        "per_case": per_case(figures.samples),
        "samples": [asdict(s) for s in figures.samples],
    }


def save(results: dict, path: Path) -> None:
    """Write the results as JSON under benchmarks/results/."""
    RESULTS.mkdir(exist_ok=True)
    path.write_text(json.dumps(results, indent=2, ensure_ascii=False))


def main() -> None:
    """Run the benchmark and print the tables."""
    args = parse_args()
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # so every ``finally`` stops its server
    if args.show:
        print(format_all(json.loads(args.show.read_text())))
        return
    results = {"machine": machine(), "rounds": args.rounds, "workload": [asdict(c) for c in WORKLOAD]}
    path = RESULTS / f"bench-{dt.datetime.now():%Y%m%dT%H%M%S}.json"
    if not args.scaled_only:
        results.update(reuters_phase(args.rounds))
        save(results, path)  # kept even if the long scaled part is interrupted
        print("\n" + format_header(results) + "\n\n" + format_table(results), flush=True)
    if args.scaled or args.scaled_only:
        results["scaled"] = scaled_phase(args.rounds, args.scaled_size)
        save(results, path)
        print("\n" + format_scaled(results["scaled"]))
    print(f"\nFigures written to {path.relative_to(ROOT)}")


def parse_args() -> argparse.Namespace:
    """The command line: rounds, the scaled corpus, or a results file to show."""
    parser = argparse.ArgumentParser(description="Benchmark nafta-search against Datasette (issue 6).")
    parser.add_argument("--rounds", type=int, default=3, help="workload rounds per server, the first cold (2–20)")
    parser.add_argument("--scaled", action="store_true", help="also run the project on the scaled corpus")
    parser.add_argument("--scaled-only", action="store_true", help="run only the scaled corpus part")
    parser.add_argument("--scaled-size", type=int, default=reuters.SCALED_SIZE, help="articles in the scaled corpus")
    parser.add_argument("--show", type=Path, metavar="JSON", help="only print the tables of a results file")
    args = parser.parse_args()
    if not 2 <= args.rounds <= 20:
        parser.error("--rounds must be from 2 to 20")
    if not 1_000 <= args.scaled_size <= 2_000_000:
        parser.error("--scaled-size must be from 1,000 to 2,000,000")
    return args


if __name__ == "__main__":
    main()
