"""newsclean's own metadata reading against trafilatura's ``extract_metadata`` and htmldate.

Fields compared: the publication date (day), the authors and the site name. Two data sets:

* the article-extraction benchmark pages (``../shared/bench/article-extraction/html``), which
  have no metadata labels: per field, how often both systems agree, only one answers, or
  both answer differently (``--show`` prints the disagreements, to read the pages);
* Readability.js's test pages (``../shared/bench/readability/<case>/``), whose
  ``expected-metadata.json`` labels ``byline``, ``siteName`` and ``publishedTime``: per field
  and system, right / wrong / no answer on the pages with a label. Split them with
  ``../shared/eval/halves.py`` and pass each half with ``--readability``;
* folders of our own labelled pages (``--labelled fixtures/metadata/holdout``): fixture
  cases (``<id>/body.html``) whose ``spec.json`` gives the page's ``authors`` (a list, empty
  when the page names nobody), ``datePublished`` (the page's own offset) and ``publisher``.
  Per field and system right / wrong / none (authors right only as the exact set; a name
  where the label has none is wrong, and so is a date where ``datePublished`` is ``null``:
  a page that states no date), the dates also exact to the minute in the page's offset
  (newsclean only: the libraries give days), and pages fully right (all three fields).
  A ``spec.json`` may also give ``bodyContains`` (strings of the article that must be in its
  body: list items, table cells, subheadings) and ``bodyWithout`` (chrome that must not be:
  cross-links, appeals, related titles): the body is right when all hold, for newsclean's
  ``articleBody`` and trafilatura's ``extract`` (tables on) alike.

Also the time each system's metadata step takes on a parsed tree (ms per page, median), and
with ``--speed`` the median ``clean_html`` time on the benchmark pages (fastest of 3 runs a
page). Nothing from ``../shared`` is imported or copied; the pages are only read at run time.

    python bench/bench_metadata.py [--data DIR] [--readability DIR ...] [--labelled DIR ...]
                                   [--show] [--speed]
"""

from __future__ import annotations

import argparse
import gzip
import json
import statistics
import sys
import time
import warnings
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import htmldate
import lxml.html
import trafilatura
from trafilatura.metadata import extract_metadata

import newsclean
from newsclean.core.html import _metadata
from newsclean.core.page import scan_head
from newsclean.normalize.dates import find_dates_in_html
from newsclean.normalize.text import squash
from newsclean.profiles import GENERIC

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the repository's dev tools
from tools.regen_fixtures import cases as fixture_cases

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "bench"
NOW = datetime(2026, 1, 1, tzinfo=UTC)
FIELDS = ("date", "authors", "site")


@dataclass
class Answers:
    date: str | None = None
    authors: frozenset[str] | None = None
    site: str | None = None

    def get(self, name: str) -> Any:
        return getattr(self, name)


def _fold(name: str) -> str:
    """A name compared without case or punctuation: "Sarah E. Needleman" = "sarah e needleman"."""
    return squash("".join(ch if ch.isalnum() else " " for ch in name.casefold()))


def _names(values: list[str]) -> frozenset[str] | None:
    found = frozenset(_fold(v) for v in values if _fold(v))
    return found or None


def _day(value: str | None) -> str | None:
    return value[:10] if value and len(value) >= 10 else None


def _site(value: str | None) -> str | None:
    return squash(value).casefold() or None if value else None


def _parse(html: bytes) -> Any:
    return lxml.html.document_fromstring(html)


def ours(html: bytes, url: str | None = None) -> Answers:
    return _answers(newsclean.clean_html(html, now=NOW, url=url))


def _answers(art: newsclean.Article) -> Answers:
    return Answers(
        date=_day(art.datePublished),
        authors=_names([a.name for a in art.authors]),
        site=_site(art.publisher),
    )


def _our_metadata_step(tree: Any) -> None:
    head = scan_head(tree)
    _metadata(tree, GENERIC, head)
    find_dates_in_html(head=head, now=NOW)


def trafilatura_answers(tree: Any, url: str | None = None) -> Answers:
    doc = extract_metadata(tree, default_url=url)
    authors = (doc.author or "").split(";")
    return Answers(date=_day(doc.date), authors=_names(authors), site=_site(doc.sitename))


def htmldate_answer(tree: Any, url: str | None = None) -> str | None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return _day(htmldate.find_date(tree, original_date=True, extensive_search=True, url=url))


def _timed(fn: Callable[[Any], Any], html: bytes) -> float:
    best = float("inf")
    for _ in range(3):
        tree = _parse(html)  # a fresh tree: trafilatura edits the one it is given
        start = time.perf_counter()
        fn(tree)
        best = min(best, time.perf_counter() - start)
    return best * 1000


@dataclass
class Case:
    id: str
    html: bytes
    labels: dict[str, Any] | None = None
    url: str | None = None
    """The address the page was fetched from (a labelled case's ``response.json``): every
    system is given it, as a crawl gives it, for a date its path holds."""


def benchmark_pages(data: Path) -> list[Case]:
    return [
        Case(p.name.removesuffix(".html.gz"), gzip.decompress(p.read_bytes()))
        for p in sorted((data / "html").glob("*.html.gz"))
    ]


def readability_pages(folder: Path) -> list[Case]:
    cases = []
    for case in sorted(p for p in folder.iterdir() if (p / "source.html").is_file()):
        labels_file = case / "expected-metadata.json"
        labels = json.loads(labels_file.read_text()) if labels_file.is_file() else {}
        cases.append(Case(case.name, (case / "source.html").read_bytes(), labels))
    return cases


def _label(case: Case, name: str) -> Any:
    labels = case.labels or {}
    if name == "date":
        return _day(labels.get("publishedTime"))
    if name == "site":
        return _site(labels.get("siteName"))
    byline = labels.get("byline")
    return _fold(byline) if isinstance(byline, str) and byline.strip() else None


def _right(name: str, value: Any, label: Any) -> bool:
    if name == "authors":  # every name read is in the labelled byline
        return all(n in label for n in value)
    return bool(value == label)


def _fully_right(case: Case, got: Answers) -> bool:
    """Every field the page labels answered right (a page labelling none is not counted)."""
    labels = [(name, _label(case, name)) for name in FIELDS]
    labels = [(name, label) for name, label in labels if label]
    return bool(labels) and all(
        got.get(name) and _right(name, got.get(name), label) for name, label in labels)


def run(cases: list[Case], title: str, show: bool) -> None:
    rows: dict[tuple[str, str], Counter[str]] = {}
    ms: dict[str, list[float]] = {"newsclean": [], "trafilatura": [], "htmldate": []}
    shown: list[str] = []
    full: Counter[str] = Counter()  # pages whose every labelled field a system got right
    for case in cases:
        mine = ours(case.html)
        libs = {"trafilatura": trafilatura_answers(_parse(case.html))}
        libs["htmldate"] = Answers(date=htmldate_answer(_parse(case.html)))
        ms["newsclean"].append(_timed(_our_metadata_step, case.html))
        ms["trafilatura"].append(_timed(extract_metadata, case.html))
        ms["htmldate"].append(_timed(htmldate_answer, case.html))
        if case.labels is not None:
            full["labelled"] += any(_label(case, name) for name in FIELDS)
            for who, got in (("newsclean", mine), ("trafilatura", libs["trafilatura"])):
                full[who] += _fully_right(case, got)
        for lib, theirs in libs.items():
            for name in FIELDS:
                if lib == "htmldate" and name != "date":
                    continue
                a, b = mine.get(name), theirs.get(name)
                c = rows.setdefault((name, lib), Counter())
                if a and b:
                    c["agree" if a == b else "disagree"] += 1
                    if a != b:
                        shown.append(f"  {case.id} {name}: newsclean={a!r} {lib}={b!r}")
                elif a:
                    c["newsclean-only"] += 1
                elif b:
                    c["library-only"] += 1
                    shown.append(f"  {case.id} {name}: newsclean=None {lib}={b!r}")
                label = _label(case, name) if case.labels is not None else None
                if label:
                    for who, value in (("nc", a), ("lib", b)):
                        verdict = "none" if not value else (
                            "right" if _right(name, value, label) else "wrong")
                        c[f"{who}-{verdict}"] += 1
                        if verdict == "wrong":
                            shown.append(f"  {case.id} {name}: {who} {value!r} "
                                         f"but labelled {label!r}")
                    c["labelled"] += 1
    print(f"\n### {title} ({len(cases)} pages)\n")
    labelled = any(c["labelled"] for c in rows.values())
    head = "| field | library | agree | newsclean-only | library-only | disagree |"
    if labelled:
        head += " labelled | newsclean right/wrong/none | library right/wrong/none |"
    print(head)
    print("|" + "---|" * (head.count("|") - 1))
    for (name, lib), c in rows.items():
        line = (f"| {name} | {lib} | {c['agree']} | {c['newsclean-only']} | "
                f"{c['library-only']} | {c['disagree']} |")
        if labelled:
            line += (f" {c['labelled']} | {c['nc-right']}/{c['nc-wrong']}/{c['nc-none']} | "
                     f"{c['lib-right']}/{c['lib-wrong']}/{c['lib-none']} |")
        print(line)
    if full["labelled"]:
        print(f"\npages fully right (every labelled field right) of {full['labelled']}: "
              f"newsclean {full['newsclean']}, trafilatura {full['trafilatura']}")
    print("\nms per page (median, metadata step on a parsed tree): " + ", ".join(
        f"{who} {statistics.median(v):.2f}" for who, v in ms.items()))
    if show and shown:
        print("\ndisagreements:\n" + "\n".join(shown))


def labelled_pages(folder: Path) -> list[Case]:
    return [Case(case.name, case.body(), case.spec(), case.url) for case in fixture_cases(folder)]


def _exact_date(value: str | None, label: str | None) -> bool:
    """The label's wall time (to the minute, as far as it goes) and its offset, when it has one;
    for a page labelled with no date (``null``), no date."""
    if label is None or not value:
        return label is None and not value
    value, label = value.replace("Z", "+00:00"), label.replace("Z", "+00:00")
    wall = label[:16]
    offset = label[19:] if len(label) > 19 else ""
    return value.startswith(wall) and (not offset or value.endswith(offset))


def _verdict(name: str, value: Any, labels: dict[str, Any]) -> str:
    if name == "authors":
        people = _names(labels["authors"])
        if not value:
            return "right" if not people else "none"
        return "right" if value == people else "wrong"
    want = _day(labels["datePublished"]) if name == "date" else _site(labels["publisher"])
    if want is None:  # the page states none (a date-less guide): no answer is the right one
        return "wrong" if value else "right"
    return "none" if not value else ("right" if value == want else "wrong")


def _body_misses(body: str, labels: dict[str, Any]) -> list[str]:
    """The ``bodyContains`` strings missing from a body and the ``bodyWithout`` ones in it."""
    text = squash(body)
    return ([f"missing {s!r}" for s in labels.get("bodyContains", []) if squash(s) not in text]
            + [f"leaked {s!r}" for s in labels.get("bodyWithout", []) if squash(s) in text])


def _trafilatura_body(html: bytes) -> str:
    return trafilatura.extract(html, include_tables=True, include_comments=False) or ""


def run_labelled(cases: list[Case], title: str, show: bool) -> None:
    counts: dict[tuple[str, str], Counter[str]] = {}
    exact = full_nc = full_tf = 0
    bodies: Counter[str] = Counter()
    shown: list[str] = []
    for case in cases:
        labels = case.labels or {}
        art = newsclean.clean_html(case.html, now=NOW, url=case.url)
        if "bodyContains" in labels or "bodyWithout" in labels:
            bodies["labelled"] += 1
            for who, body in (("newsclean", art.articleBody or ""),
                              ("trafilatura", _trafilatura_body(case.html))):
                misses = _body_misses(body, labels)
                bodies[who] += not misses
                shown += [f"  {case.id} body: {who} {m}" for m in misses]
        answers = {"newsclean": _answers(art),
                   "trafilatura": trafilatura_answers(_parse(case.html), case.url),
                   "htmldate": Answers(date=htmldate_answer(_parse(case.html), case.url))}
        exact += _exact_date(art.datePublished, labels["datePublished"])
        for who, got in answers.items():
            verdicts = {}
            for name in FIELDS:
                if who == "htmldate" and name != "date":
                    continue
                verdicts[name] = _verdict(name, got.get(name), labels)
                counts.setdefault((name, who), Counter())[verdicts[name]] += 1
                if verdicts[name] != "right":
                    shown.append(f"  {case.id} {name}: {who} {got.get(name)!r} ({verdicts[name]})")
            if who != "htmldate" and all(v == "right" for v in verdicts.values()):
                full_nc += who == "newsclean"
                full_tf += who == "trafilatura"
    print(f"\n### {title} ({len(cases)} pages)\n")
    print("| field | system | right | wrong | none |\n|---|---|---|---|---|")
    for (name, who), c in counts.items():
        print(f"| {name} | {who} | {c['right']} | {c['wrong']} | {c['none']} |")
    print(f"\npages fully right (date, authors, publisher): newsclean {full_nc}, "
          f"trafilatura {full_tf}; newsclean dates exact to the minute in the page's offset: "
          f"{exact} of {len(cases)}")
    if bodies["labelled"]:
        print(f"bodies right (every bodyContains in, every bodyWithout out) of "
              f"{bodies['labelled']}: newsclean {bodies['newsclean']}, "
              f"trafilatura {bodies['trafilatura']}")
    if show and shown:
        print("\nmisses:\n" + "\n".join(shown))


def speed(cases: list[Case]) -> None:
    times = []
    for case in cases:
        best = float("inf")
        for _ in range(3):
            start = time.perf_counter()
            newsclean.clean_html(case.html, now=NOW)
            best = min(best, time.perf_counter() - start)
        times.append(best * 1000)
    print(f"\nclean_html: median {statistics.median(times):.2f} ms/page "
          f"(fastest of 3, {len(cases)} pages)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=SHARED / "article-extraction")
    ap.add_argument("--readability", type=Path, action="append", default=[])
    ap.add_argument("--labelled", type=Path, action="append", default=[],
                    help="a folder of fixture cases with spec.json labels")
    ap.add_argument("--show", action="store_true", help="print each disagreement")
    ap.add_argument("--speed", action="store_true", help="also time clean_html")
    ap.add_argument("--no-benchmark", action="store_true", help="skip --data's pages")
    args = ap.parse_args()
    pages = benchmark_pages(args.data) if not args.no_benchmark else []
    if pages:
        run(pages, f"article-extraction pages ({args.data.name})", args.show)
    for folder in args.readability:
        run(readability_pages(folder), f"Readability pages ({folder})", args.show)
    for folder in args.labelled:
        run_labelled(labelled_pages(folder), f"labelled pages ({folder})", args.show)
    if args.speed and pages:
        speed(pages)


if __name__ == "__main__":
    main()
