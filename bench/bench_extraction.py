"""Benchmark newsclean against trafilatura on the article-extraction benchmark pages.

Runs both systems side by side in one process over the pages of
scrapinghub/article-extraction-benchmark kept beside this checkout
(``../shared/bench/article-extraction``: ``html/<id>.html.gz`` and ``ground-truth-dev.json``;
see ``../shared/bench/README.md``) and prints a markdown table: quality (precision, recall, F1 of
the benchmark's own metric), speed (median ms/page, pages/s) and, in a separate pass, peak
memory (tracemalloc). The bare ``lxml.html.fromstring`` parse is the speed floor, and
``newsclean.clean_text`` is timed on text items (the ground-truth bodies as input).

The metric follows the benchmark's ``evaluate.py``: tokens are ``\\w+`` runs (case-sensitive);
each text is a multiset of overlapping token 4-grams ("shingles"); per page tp/fp/fn are the
multiset overlap and surpluses, normalised by tp+fp+fn; precision is the mean over pages with a
non-empty prediction, recall the mean over pages with a non-empty reference, and F1 the
harmonic mean of those two means.

    python bench/bench_extraction.py [--data DIR] [--limit N] [--no-memory] [--worst N]
    python bench/bench_extraction.py --json bench.json   # also the figures as JSON, which
                                                         # `newsclean report --bench` charts
    python bench/bench_extraction.py --data fixtures/publishers   # pages not in ../shared
    python bench/bench_extraction.py --ids-from /tmp/tune   # one half of the shared pages

``--ids-from DIR`` keeps only the pages whose id names a file or folder in DIR (a half made by
``../shared/eval/halves.py``: ``<id>.html.gz`` files, or fixture case folders). The JSON rows
also carry p95 ms/page and each system's per-page F1 and time. resiliparse (the ``bench``
extra) gets a row when it is installed; "× trafilatura" is a system's median against
trafilatura's default in the same run.

``fixtures/publishers`` holds invented pages in the layouts of common publisher CMSes, one
fixture case each (``<id>/body.html``, ``<id>/response.json``, the ground truth in
``<id>/spec.json``): the same comparison on pages that no tuning ever looked at in
``../shared``.

Nothing from ``../shared`` is imported or copied; the pages are only read at run time.
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import json
import re
import statistics
import sys
import time
import tracemalloc
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import lxml.html
import trafilatura

import newsclean

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the repository's dev tools
from tools.regen_fixtures import cases

DEFAULT_DATA = (
    Path(__file__).resolve().parents[1].parent / "shared" / "bench" / "article-extraction"
)

Extractor = Callable[[str, str], str | None]


# --- data ----------------------------------------------------------------------------------


@dataclass
class Page:
    id: str
    url: str
    html: str
    truth: str
    raw: bytes = field(default=b"", repr=False)
    """The page's bytes as stored (``bench/bench_encodings.py`` feeds them to ``clean_html``)."""


def load_pages(data: Path, limit: int | None) -> list[Page]:
    """The benchmark's layout (``ground-truth-dev.json`` + ``html/<id>.html[.gz]``), or a group
    of fixture cases ``<id>/body.html`` each with a ``spec.json`` truth (``fixtures/publishers``,
    README "Fixtures")."""
    truth_path = data / "ground-truth-dev.json"
    if truth_path.exists():
        pages = list(_benchmark_pages(data, json.loads(truth_path.read_text(encoding="utf-8"))))
    else:
        pages = list(_paired_pages(data))
    if not pages:
        sys.exit(
            f"no pages at {data}: expected ground-truth-dev.json, or fixture cases "
            "<id>/body.html + <id>/spec.json"
        )
    return pages[:limit] if limit is not None else pages


def ids_in(folder: Path) -> set[str]:
    """The case ids a half's folder names: file names without their extensions, folder names."""
    return {name.name.split(".")[0] for name in folder.iterdir()}


def _benchmark_pages(data: Path, truth: dict[str, dict[str, str]]) -> Iterator[Page]:
    for page_id in sorted(truth):
        html_path = data / "html" / f"{page_id}.html.gz"
        if html_path.exists():
            raw = gzip.decompress(html_path.read_bytes())
        else:
            raw = (data / "html" / f"{page_id}.html").read_bytes()
        yield _page(page_id, raw, truth[page_id])


def _paired_pages(data: Path) -> Iterator[Page]:
    """The HTML cases of a fixture group that have a truth (``spec.json``), by name."""
    for case in cases(data):
        truth = case.spec()
        if truth is not None and case.body_path.suffix == ".html":
            yield _page(case.name, case.body(), truth)


def _page(page_id: str, raw: bytes, entry: dict[str, str]) -> Page:
    return Page(
        id=page_id,
        url=entry.get("url") or "",
        html=raw.decode("utf-8", "replace"),
        truth=entry.get("articleBody") or "",
        raw=raw,
    )


# --- metric (scrapinghub/article-extraction-benchmark, evaluate.py) ---------------------------

_TOKEN_RE = re.compile(r"\w+")
NGRAM_N = 4


def shingles(text: str) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN_RE.findall(text or "")
    grams = (tuple(tokens[i : i + NGRAM_N]) for i in range(max(1, len(tokens) - NGRAM_N + 1)))
    return Counter(g for g in grams if g)


def tp_fp_fn(truth: str, pred: str) -> tuple[float, float, float]:
    t, p = shingles(truth), shingles(pred)
    tp = float(sum((t & p).values()))
    fp = float(sum((p - t).values()))
    fn = float(sum((t - p).values()))
    total = tp + fp + fn
    if total > 0:
        return tp / total, fp / total, fn / total
    return tp, fp, fn


def precision_score(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    if tp == fp == 0:
        return 0.0
    return tp / (tp + fp)


def recall_score(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    if tp == fn == 0:
        return 0.0
    return tp / (tp + fn)


def corpus_scores(counts: list[tuple[float, float, float]]) -> tuple[float, float, float]:
    precisions = [precision_score(*c) for c in counts if c[0] + c[1] > 0]
    recalls = [recall_score(*c) for c in counts if c[0] + c[2] > 0]
    precision = statistics.mean(precisions) if precisions else 0.0
    recall = statistics.mean(recalls) if recalls else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


# --- systems -------------------------------------------------------------------------------


def run_newsclean(html: str, url: str) -> str | None:
    return newsclean.clean_html(html, url=url or None).articleBody


def run_trafilatura(html: str, url: str) -> str | None:
    return trafilatura.extract(html, url=url or None)


def trafilatura_fast_row() -> tuple[str, Extractor]:
    """trafilatura's fast mode: ``fast=True`` (2.x) or ``no_fallback=True`` (1.x)."""
    import inspect

    params = inspect.signature(trafilatura.extract).parameters
    if "fast" in params:
        return "trafilatura (fast=True)", lambda h, u: trafilatura.extract(
            h, url=u or None, fast=True
        )
    return "trafilatura (no_fallback=True)", lambda h, u: trafilatura.extract(
        h, url=u or None, no_fallback=True
    )


def resiliparse_row() -> tuple[str, Extractor] | None:
    """resiliparse's main-content text (a bench-only extra), or None when it is not installed."""
    try:
        from resiliparse.extract.html2text import extract_plain_text
        from resiliparse.parse.html import HTMLTree
    except ImportError:
        return None

    def run(html: str, url: str) -> str:
        return str(extract_plain_text(HTMLTree.parse(html), main_content=True))

    from importlib.metadata import version

    return f"resiliparse {version('resiliparse')} (main_content)", run


def run_lxml(html: str, url: str) -> None:
    lxml.html.fromstring(html)
    return None


# --- measuring -----------------------------------------------------------------------------


@dataclass
class Result:
    name: str
    times: list[float] = field(default_factory=list)
    preds: dict[str, str] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)
    peak_bytes: int | None = None


def time_systems(
    systems: list[tuple[str, Extractor]], pages: list[Page], repeat: int
) -> list[Result]:
    """Time every system on every page, interleaved, keeping each page's fastest of ``repeat``.

    Interleaving (page by page, systems in rotating order) exposes all systems to the same
    background load on a shared machine; the minimum of repeats is the usual estimate of a
    call's cost without the noise that only ever adds time.
    """
    results = [Result(name) for name, _ in systems]
    for _, func in systems:
        with contextlib.suppress(Exception):  # warm-up: imports, caches, compiled rules
            func(pages[0].html, pages[0].url)
    for n, page in enumerate(pages):
        best = [float("inf")] * len(systems)
        for r in range(repeat):
            order = list(range(len(systems)))
            shift = (n + r) % len(systems)
            for k in order[shift:] + order[:shift]:
                func = systems[k][1]
                start = time.perf_counter()
                try:
                    pred = func(page.html, page.url)
                except Exception as exc:
                    pred = None
                    results[k].errors[page.id] = f"{type(exc).__name__}: {exc}"
                best[k] = min(best[k], time.perf_counter() - start)
                if r == 0:
                    results[k].preds[page.id] = pred or ""
        for k, t in enumerate(best):
            results[k].times.append(t)
    return results


def time_system(name: str, func: Extractor, pages: list[Page], repeat: int = 1) -> Result:
    return time_systems([(name, func)], pages, repeat)[0]


def peak_memory(func: Extractor, pages: list[Page]) -> int:
    """Largest traced allocation peak of one call over all pages (a separate, slower pass)."""
    peak = 0
    tracemalloc.start()
    try:
        for page in pages:
            tracemalloc.reset_peak()
            base = tracemalloc.get_traced_memory()[0]
            with contextlib.suppress(Exception):
                func(page.html, page.url)
            peak = max(peak, tracemalloc.get_traced_memory()[1] - base)
    finally:
        tracemalloc.stop()
    return peak


def time_clean_text(pages: list[Page]) -> tuple[float, float, int]:
    """(items/s, median ms/item, errors) of ``newsclean.clean_text`` on the reference bodies."""
    texts = [p.truth for p in pages if p.truth]
    newsclean.clean_text(texts[0])  # warm-up
    times = []
    errors = 0
    for text in texts:
        start = time.perf_counter()
        try:
            newsclean.clean_text(text)
        except Exception:
            errors += 1
        times.append(time.perf_counter() - start)
    return len(texts) / sum(times), statistics.median(times) * 1000, errors


# --- report --------------------------------------------------------------------------------


def fmt(value: float | None, spec: str) -> str:
    return "–" if value is None else format(value, spec)


def p95(times: list[float]) -> float:
    """The 95th percentile (nearest rank) of per-page times."""
    ordered = sorted(times)
    return ordered[min(len(ordered) - 1, max(0, round(0.95 * len(ordered)) - 1))]


def summary(result: Result, pages: list[Page], scored: bool) -> dict[str, object]:
    """One row's figures (``--json`` writes these; the table prints them)."""
    row: dict[str, object] = {
        "name": result.name,
        "ms_per_page": statistics.median(result.times) * 1000,
        "p95_ms": p95(result.times) * 1000,
        "pages_per_s": len(pages) / sum(result.times),
        "peak_mb": result.peak_bytes / 1e6 if result.peak_bytes is not None else None,
        "errors": len(result.errors),
        "page_ms": {p.id: t * 1000 for p, t in zip(pages, result.times, strict=True)},
    }
    if scored:
        counts = [tp_fp_fn(p.truth, result.preds[p.id]) for p in pages]
        row["precision"], row["recall"], row["f1"] = corpus_scores(counts)
        row["page_f1"] = {p.id: corpus_scores([c])[2] for p, c in zip(pages, counts, strict=True)}
    return row


def _num(row: dict[str, object], name: str) -> float | None:
    value = row.get(name)
    return float(value) if isinstance(value, int | float) else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="benchmark folder")
    parser.add_argument("--limit", type=int, default=None, help="only the first N pages")
    parser.add_argument("--ids-from", type=Path, default=None,
                        help="only the pages a half's folder names (../shared/eval/halves.py)")
    parser.add_argument("--no-memory", action="store_true", help="skip the tracemalloc pass")
    parser.add_argument("--worst", type=int, default=0, help="list newsclean's N worst pages")
    parser.add_argument("--repeat", type=int, default=3,
                        help="timed runs per page and system; the fastest counts (default 3)")
    parser.add_argument("--json", type=Path, metavar="OUT",
                        help="also write the figures as JSON (newsclean report --bench OUT)")
    args = parser.parse_args(argv)

    pages = load_pages(args.data, None)
    if args.ids_from is not None:
        wanted = ids_in(args.ids_from)
        pages = [p for p in pages if p.id in wanted]
    pages = pages[: args.limit] if args.limit is not None else pages
    systems: list[tuple[str, Extractor]] = [
        (f"newsclean {newsclean.__version__}", run_newsclean),
        (f"trafilatura {trafilatura.__version__}", run_trafilatura),
        trafilatura_fast_row(),
    ]
    resiliparse = resiliparse_row()
    if resiliparse is not None:
        systems.append(resiliparse)
    floor_row = (f"lxml.html.fromstring {lxml.__version__} (floor)", run_lxml)
    *results, floor = time_systems([*systems, floor_row], pages, args.repeat)
    if not args.no_memory:
        for result, (_, func) in zip(results, systems, strict=True):
            result.peak_bytes = peak_memory(func, pages)
        floor.peak_bytes = peak_memory(run_lxml, pages)

    rows = [summary(r, pages, r is not floor) for r in [*results, floor]]
    print(f"{len(pages)} pages from {args.data}" + (f" (ids from {args.ids_from})"
                                                   if args.ids_from else "") + "\n")
    if not args.no_memory:
        print(
            "peak MB: largest tracemalloc peak of one call (Python heap only; memory libxml2"
            " allocates for trees is not traced)\n"
        )
    base = _num(rows[1], "ms_per_page") or 1.0
    print("| system | precision | recall | F1 | median ms/page | × trafilatura | p95 ms/page "
          "| pages/s | peak MB | errors |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for row in rows:
        median = _num(row, "ms_per_page") or 0.0
        print(
            f"| {row['name']} | {fmt(_num(row, 'precision'), '.3f')} "
            f"| {fmt(_num(row, 'recall'), '.3f')} | {fmt(_num(row, 'f1'), '.3f')} "
            f"| {median:.1f} | {median / base:.2f} | {fmt(_num(row, 'p95_ms'), '.1f')} "
            f"| {fmt(_num(row, 'pages_per_s'), '.1f')} | {fmt(_num(row, 'peak_mb'), '.1f')} "
            f"| {row['errors']} |"
        )
    if args.json:
        figures = {"title": f"article extraction ({args.data.name})", "pages": len(pages),
                   "systems": rows}
        args.json.write_text(json.dumps(figures, indent=1) + "\n", encoding="utf-8")
    items_s, item_ms, text_errors = time_clean_text(pages)
    print(
        f"\n`newsclean.clean_text` on the {len(pages)} reference bodies as text items: "
        f"{items_s:.0f} items/s (median {item_ms:.2f} ms/item, {text_errors} errors)"
    )

    for result in results:
        for page_id, error in result.errors.items():
            print(f"\n{result.name} failed on {page_id}: {error}", file=sys.stderr)
    if args.worst:
        ours = results[0]
        scored = []
        for page in pages:
            counts = tp_fp_fn(page.truth, ours.preds[page.id])
            scored.append((corpus_scores([counts])[2], page))
        print(f"\nnewsclean's {args.worst} worst pages (F1, id, url):")
        for f1, page in sorted(scored, key=lambda s: s[0])[: args.worst]:
            print(f"- {f1:.3f} {page.id[:12]} {page.url}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
