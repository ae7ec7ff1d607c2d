"""Support for the browser tests: the fixture corpus with a hostile article, the production server in a
subprocess, and small page probes (focus visibility, viewport, axe-core)."""

from __future__ import annotations

import contextlib
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

from tests.conftest import PROJECT, SEEDS, write_article
from tests.fixture_corpus import write_fixture_corpus

CHROMIUM = Path("/usr/bin/chromium")
SKIP_REASON = f"browser tests need Chromium at {CHROMIUM}: install Debian's chromium: apt-get install -y chromium"
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SCREENSHOTS = PROJECT / "tests" / "screenshots"
DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}

HOSTILE_ID = "hostile-markup"
HOSTILE_TITLE = '<script>alert(1)</script> Tariffs & "quotes" <img src=x onerror=alert(2)>'
HOSTILE_PUBLISHER = "<b>Evil</b> Wire onmouseover=alert(7)"
HOSTILE_SCRIPT = "<script>alert(3)</script>"
HOSTILE_BODY = """
Robert Lighthizer said Canada must act on dairy <script>alert(3)</script> before the next round.

Mexico replied with <img src=x onerror="alert(4)"> and a <a href="javascript:alert(5)">link</a> on rules of origin.

Entities stay as typed: &amp; &lt;b&gt;bold&lt;/b&gt; &#60;script&#62; and <svg onload=alert(8)>.
"""


def write_browser_corpus(folder: Path) -> Path:
    """The service fixture corpus, the two seed articles and one article full of markup."""
    write_fixture_corpus(folder)
    for seed in SEEDS.glob("*.md"):
        shutil.copy(seed, folder / seed.name)
    write_article(
        folder,
        HOSTILE_ID,
        HOSTILE_TITLE,
        HOSTILE_BODY,
        published="2018-02-14",
        publisher=HOSTILE_PUBLISHER,
        author="<svg onload=alert(6)>",
        url='https://example.org/"><script>alert(9)</script>',
    )
    return folder


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _command() -> list[str]:
    script = Path(sys.executable).with_name("nafta-search")
    return [str(script)] if script.exists() else [sys.executable, "-c", "from search_app.cli import main; main()"]


@contextlib.contextmanager
def production_server(corpus: Path, index: Path, log: Path, timeout: float = 60.0) -> Iterator[str]:
    """``nafta-search serve`` (waitress) on a free port; it builds the index from ``corpus`` first."""
    port = free_port()
    args = [*_command(), "serve", "--corpus", str(corpus), "--index", str(index), "--port", str(port)]
    url = f"http://127.0.0.1:{port}"
    with log.open("w") as out, subprocess.Popen(args, stdout=out, stderr=subprocess.STDOUT, cwd=PROJECT) as process:
        try:
            _wait_until_serving(url, process, log, timeout)
            yield url
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def _wait_until_serving(url: str, process: subprocess.Popen, log: Path, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"nafta-search serve exited with {process.returncode}:\n{log.read_text()}")
        try:
            with urllib.request.urlopen(url + "/", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"nafta-search serve did not answer within {timeout:.0f} s:\n{log.read_text()}")


FOCUS_PROBE = """() => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const style = getComputedStyle(el);
  const width = parseFloat(style.outlineWidth) || 0;
  return {
    tag: el.tagName.toLowerCase(), id: el.id, cls: el.getAttribute("class") || "",
    href: el.getAttribute("href") || "", text: (el.textContent || "").trim().slice(0, 60),
    visible: (style.outlineStyle !== "none" && width >= 2) || style.boxShadow !== "none",
  };
}"""

IN_VIEWPORT = """(el) => {
  const box = el.getBoundingClientRect();
  return box.top >= 0 && box.bottom <= window.innerHeight && box.height > 0;
}"""

INJECTED_MARKUP = """() => ({
  scripts: [...document.scripts].map((s) => s.getAttribute("src")),
  handlers: [...document.querySelectorAll("*")].flatMap((el) =>
      [...el.attributes].filter((a) => a.name.startsWith("on")).map((a) => el.tagName + " " + a.name)),
  scriptUrls: [...document.querySelectorAll("[href], [src]")]
      .map((el) => el.getAttribute("href") || el.getAttribute("src"))
      .filter((v) => /^\\s*javascript:/i.test(v)),
  images: document.images.length,
})"""


def serious_accessibility_violations(page) -> list[str]:
    """axe-core's serious and critical violations on the current page, one line each."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    return [
        f"{v['impact']}: {v['id']} ({v['help']}) at {[n['target'] for n in v['nodes']][:3]}"
        for v in results.response["violations"]
        if v["impact"] in ("serious", "critical")
    ]
