"""Faults and hostile input: damaged indexes, killed builds, rebuilds under load, odd paths, any query."""

from __future__ import annotations

import json
import os
import random
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from indexer.building import build_index, current_generation, segment_files
from search_app import create_app
from search_app.index import IndexHandle, IndexUnavailable
from search_app.params import KNOWN, parse_params
from search_app.service import allowed_values, search
from tests.conftest import write_article

BIN = Path(sys.executable).parent / "nafta-search"


def segment_of(generation: Path) -> Path:
    return segment_files(generation)[0]


def test_truncated_segment_falls_back_to_the_last_good_generation(built, corpus_dir, capsys):
    good = current_generation(built)
    write_article(corpus_dir, "extra", "Extra article", "Quotas on softwood lumber.")
    build_index(corpus_dir, built, full=True)  # an update shares segment files with `good` (hard links)
    damaged = current_generation(built)
    segment = segment_of(damaged)
    segment.write_bytes(segment.read_bytes()[:100])
    handle = IndexHandle(built)
    assert handle.generation().path == good
    assert "damaged" in handle.problem and damaged.name in handle.problem
    assert "nafta-search index --index" in capsys.readouterr().err


def test_damaged_only_generation_is_a_clear_503(built):
    segment = segment_of(current_generation(built))
    os.remove(segment)
    client = create_app({"TESTING": True, "INDEX_PATH": str(built)}).test_client()
    response = client.get("/api/search?q=tariffs")
    assert response.status_code == 503
    message = response.get_json()["error"]["message"]
    assert str(built) in message and "nafta-search index --index" in message and f"{segment.name} is missing" in message
    page = client.get("/")
    assert page.status_code == 503 and "nafta-search index --index" in page.get_data(as_text=True)


def test_serve_refuses_to_start_on_a_damaged_index(built):
    os.remove(segment_of(current_generation(built)))
    result = subprocess.run([BIN, "serve", "--index", built, "--port", "1"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert "nafta-search index --index" in result.stderr and str(built) in result.stderr


def big_corpus(folder: Path, count: int) -> Path:
    folder.mkdir()
    lines = [
        json.dumps(
            {
                "id": f"doc-{n}",
                "title": f"Trade note {n}",
                "body": "Canada and Mexico discussed dairy tariffs. " * 8,
                "published": "2018-01-02",
                "publisher": "Wire",
                "url": None,
            }
        )
        for n in range(count)
    ]
    (folder / "bulk.jsonl").write_text("\n".join(lines))
    return folder


def test_build_killed_at_a_random_point_leaves_the_old_index_and_the_next_build_works(built, tmp_path):
    before = current_generation(built)
    corpus = big_corpus(tmp_path / "big", 1500)
    process = subprocess.Popen(
        [BIN, "index", "--corpus", corpus, "--index", built], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    time.sleep(random.uniform(0.3, 1.2))
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    assert current_generation(built) == before
    handle = IndexHandle(built)
    generation, searcher = handle.searcher()
    assert generation.path == before and searcher.doc_count() > 0
    finished = subprocess.run(
        [BIN, "index", "--corpus", corpus, "--index", built], capture_output=True, text=True, timeout=300
    )
    assert finished.returncode == 0, finished.stderr
    assert not list(built.glob(".building-*"))
    assert IndexHandle(built).generation().manifest["articles"] == 1500


def test_two_builds_at_once_the_second_stops_with_a_message(built, tmp_path):
    corpus = big_corpus(tmp_path / "big", 600)
    first = subprocess.Popen(
        [BIN, "index", "--corpus", corpus, "--index", built], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    deadline = time.time() + 30
    while time.time() < deadline and "pid" not in (built / ".lock").read_text():
        time.sleep(0.02)
    second = subprocess.run(
        [BIN, "index", "--corpus", corpus, "--index", built], capture_output=True, text=True, timeout=60
    )
    assert first.wait(timeout=300) == 0
    assert second.returncode == 1
    assert "another index build is running" in second.stderr


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_rebuild_under_load_serves_every_request_and_switches_without_restart(built, corpus_dir):
    port = free_port()
    server = subprocess.Popen(
        [BIN, "serve", "--index", built, "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(base)
        errors, done, stop = [], [0], threading.Event()

        def client():
            while not stop.is_set():
                try:
                    with urllib.request.urlopen(f"{base}/api/search?q=tariffs&kind=article", timeout=10) as response:
                        body = json.loads(response.read())
                        assert "total" in body and isinstance(body["hits"], list)
                    done[0] += 1
                except Exception as error:  # noqa: BLE001 - every failure counts
                    errors.append(repr(error))

        threads = [threading.Thread(target=client) for _ in range(8)]
        for thread in threads:
            thread.start()
        for n in range(2):
            write_article(corpus_dir, f"new-{n}", f"Lumber quotas {n}", "Canada accepts softwood lumber quotas.")
            build_index(corpus_dir, built)
            time.sleep(0.5)
        stop.set()
        for thread in threads:
            thread.join(timeout=30)
        assert errors == [] and done[0] > 50
        with urllib.request.urlopen(f"{base}/api/search?q=lumber+quotas&kind=article") as response:
            assert {hit["id"] for hit in json.loads(response.read())["hits"]} == {"new-0", "new-1"}
    finally:
        server.terminate()
        server.wait(timeout=10)


def wait_until_up(base: str) -> None:
    deadline = time.time() + 20
    while time.time() < deadline:
        try:
            urllib.request.urlopen(f"{base}/api/search?size=1", timeout=2).read()
            return
        except (urllib.error.URLError, ConnectionError):
            time.sleep(0.1)
    raise AssertionError("server did not start")


@pytest.mark.parametrize(
    "path",
    [
        "/articles/..%2f..%2fetc%2fpasswd",
        "/articles/../../etc/passwd",
        "/entities/..%2f..",
        "/articles/%00",
        "/articles/a%20b<script>",
        "/static/..%2f..%2fpyproject.toml",
        "/entities/person:%E2%80%AE",
    ],
)
def test_odd_paths_are_plain_404s(client, path):
    response = client.get(path)
    assert response.status_code == 404
    assert b"<script>" not in response.data


# Any query text and any parameter combination: a result or a defined error, never another exception.
texts = st.text(alphabet=st.characters(codec="utf-8"), max_size=300) | st.sampled_from(
    [
        '"unbalanced',
        "((((",
        "))",
        "title:",
        "foo:bar",
        "*",
        "*tariff",
        "a OR",
        "NOT",
        "AND OR NOT",
        "chapter:",
        "party:canada",
        "kind:person",
        '"sunset clause"',
        "ISDS",
        "\x00\x01",
        "🇨🇦 trade",
        "日本 貿易",
        "tariff~",
        "tariff^2",
        "[a TO b]",
        "a:b:c",
    ]
)
param_values = st.one_of(
    st.text(max_size=30),
    st.sampled_from(["1", "0", "-1", "100", "101", "2018", "2018-02-30", "2018-13", "canada", "relevance", "newest"]),
)


@pytest.fixture(scope="module")
def module_handle(tmp_path_factory):
    from tests.fixture_corpus import write_fixture_corpus

    root = tmp_path_factory.mktemp("hypothesis")
    build_index(write_fixture_corpus(root / "corpus"), root / "index")
    return IndexHandle(root / "index")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    q=texts,
    extra=st.dictionaries(
        st.sampled_from([*KNOWN, "bogus"]), st.lists(param_values, min_size=1, max_size=3), max_size=4
    ),
)
def test_any_input_gives_a_result_or_a_defined_error(module_handle, q, extra):
    generation, searcher = module_handle.searcher()
    params, errors = parse_params({"q": [q], **extra}, allowed_values(generation, searcher))
    result = search(params, generation, searcher)
    assert result.total >= len(result.hits)
    assert all(isinstance(e.message, str) and e.param for e in errors)
    for hit in result.hits:
        for excerpt in hit.excerpts:
            assert "<script" not in excerpt.html.lower()


def test_index_unavailable_for_an_empty_folder(tmp_path):
    with pytest.raises(IndexUnavailable, match="no index has been built"):
        IndexHandle(tmp_path).generation()
