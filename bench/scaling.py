"""How cleaning time grows with page size: newsclean against trafilatura on generated pages.

Pages of 1,000 to 150,000 short paragraphs, one page holding a single 12 MB text node (past
libxml2's 10,000,000-byte limit) and one paragraph of 20,000 inline elements go through
``newsclean.clean_html`` and ``trafilatura.extract`` (default and ``fast=True``); the same
texts as text input go through ``newsclean.clean_text``. Each call runs in a forked child with
a per-call timeout, so a quadratic case is reported as "> N s" instead of blocking the run.
Printed as a markdown table: input size, time, time per MB, and the share of the input's text
characters (white space aside) that came back in the body.

    python bench/scaling.py [--timeout S] [--sizes 1000,5000,...] [--no-huge-node] [--no-inline]

Pages are generated here; nothing is read from disk. Times are wall-clock on whatever machine
runs this, one call each (no repeats: the large cases take seconds).
"""

from __future__ import annotations

import argparse
import multiprocessing
import time
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection

import trafilatura

import newsclean

SIZES = (1_000, 5_000, 10_000, 20_000, 50_000, 100_000, 150_000)
HUGE_NODE_BYTES = 12_000_000
INLINE = 20_000
SENTENCE = "Lorem ipsum dolor sit amet, the council said on Monday. "


@dataclass(frozen=True)
class Case:
    """One generated input: its label, paragraphs and whether it is a single text node."""

    label: str
    paragraphs: int = 0
    huge_node: bool = False
    inline: int = 0  # one paragraph of this many <b> elements

    def texts(self) -> list[str]:
        if self.huge_node:
            return [SENTENCE * (HUGE_NODE_BYTES // len(SENTENCE))]
        if self.inline:
            return [" ".join(f"word{i}" for i in range(self.inline))]
        line = SENTENCE.strip()
        return [f"Paragraph {i} of the long report: {line}" for i in range(self.paragraphs)]

    def html(self) -> str:
        if self.inline:
            body = "<p>" + " ".join(f"<b>word{i}</b>" for i in range(self.inline)) + "</p>"
        else:
            body = "".join(f"<p>{t}</p>" for t in self.texts())
        return (
            "<html><head><title>Long report | Ledger</title></head><body>"
            "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
            f"<article><h1>Long report</h1>{body}</article>"
            "<footer>© Ledger</footer></body></html>"
        )

    def text(self) -> str:
        return "Long report\n\n" + "\n\n".join(self.texts())


def _newsclean_html(case: Case) -> tuple[str, Callable[[], str]]:
    html = case.html()
    return html, lambda: newsclean.clean_html(html).articleBody


def _trafilatura(fast: bool) -> Callable[[Case], tuple[str, Callable[[], str]]]:
    def prepare(case: Case) -> tuple[str, Callable[[], str]]:
        html = case.html()
        return html, lambda: trafilatura.extract(html, fast=fast) or ""

    return prepare


def _newsclean_text(case: Case) -> tuple[str, Callable[[], str]]:
    text = case.text()
    return text, lambda: newsclean.clean_text(text).articleBody


SYSTEMS: dict[str, tuple[str, Callable[[Case], tuple[str, Callable[[], str]]]]] = {
    "newsclean clean_html": ("html", _newsclean_html),
    "trafilatura": ("html", _trafilatura(False)),
    "trafilatura fast": ("html", _trafilatura(True)),
    "newsclean clean_text": ("text", _newsclean_text),
}


def _chars(text: str) -> int:
    return sum(len(part) for part in text.split())


def _child(system: str, case: Case, conn: Connection) -> None:
    """Build the input, then time the one call; send (MB, seconds, recovered share)."""
    source, call = SYSTEMS[system][1](case)
    expected = sum(_chars(t) for t in case.texts())
    start = time.perf_counter()
    body = call()
    elapsed = time.perf_counter() - start
    conn.send((len(source.encode()) / 1e6, elapsed, _chars(body) / expected))
    conn.close()


def measure(system: str, case: Case, timeout: float) -> tuple[float, float, float] | None:
    """(MB, seconds, share) from a forked child, or None when it ran past ``timeout``."""
    ctx = multiprocessing.get_context("fork")
    receive, send = ctx.Pipe(duplex=False)
    child = ctx.Process(target=_child, args=(system, case, send))
    child.start()
    send.close()
    if receive.poll(timeout):
        result: tuple[float, float, float] = receive.recv()
        child.join()
        return result
    child.kill()
    child.join()
    return None


def _warm_up() -> None:
    """Imports, compiled rules and trafilatura's settings loaded once, before forking."""
    small = Case("warm-up", paragraphs=20)
    newsclean.clean_html(small.html())
    newsclean.clean_text(small.text())
    trafilatura.extract(small.html())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--timeout", type=float, default=30.0, help="seconds per call")
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)), help="paragraph counts")
    parser.add_argument("--no-huge-node", action="store_true", help="skip the 12 MB text node")
    parser.add_argument("--no-inline", action="store_true", help="skip the inline-heavy page")
    parser.add_argument("--systems", default=",".join(SYSTEMS), help="which systems to run")
    args = parser.parse_args()
    cases = [Case(f"{int(n):,} paragraphs", paragraphs=int(n)) for n in args.sizes.split(",")]
    if not args.no_huge_node:
        cases.append(Case("one 12 MB text node", huge_node=True))
    if not args.no_inline:
        cases.append(Case(f"one `<p>` of {INLINE:,} `<b>`", inline=INLINE))
    systems = [s for s in args.systems.split(",") if s]
    _warm_up()
    print(f"newsclean from {newsclean.__file__}, trafilatura {trafilatura.__version__}, "
          f"timeout {args.timeout:g} s per call\n")
    print("| input | system | size MB | time s | s/MB | text recovered |")
    print("|---|---|---:|---:|---:|---:|")
    for case in cases:
        for system in systems:
            kind = SYSTEMS[system][0]
            result = measure(system, case, args.timeout)
            if result is None:
                mb = len((case.html() if kind == "html" else case.text()).encode()) / 1e6
                cells = [f"{mb:.2f}", f"> {args.timeout:g}", "–", "–"]
            else:
                mb, seconds, share = result
                cells = [f"{mb:.2f}", f"{seconds:.2f}", f"{seconds / mb:.2f}", f"{share:.1%}"]
            print(f"| {case.label} ({kind}) | {system} | " + " | ".join(cells) + " |", flush=True)


if __name__ == "__main__":
    main()
