"""Score the body of invented publisher pages by what must and must not be in it, newsclean
beside trafilatura.

Each case's ``spec.json`` (``fixtures/publishers/body-tune``, ``body-holdout``; made by
``tests/data/pubbody/pagegen.py``) gives the ``articleBody`` and two lists: ``keep`` (the
lists, table cells, subheadings and details of the article) and ``without`` (cross-links,
appeals, press contacts, source lines and related titles). Per page and in total: token F1 by
the article-extraction benchmark's metric, the share of the article's lines found, of the
``keep`` strings found and of the ``without`` strings left out (words only, case
ignored).

    python bench/body_chrome.py fixtures/publishers/body-tune [--show]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import trafilatura

import newsclean

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the repository's dev tools
from bench.bench_extraction import corpus_scores, tp_fp_fn
from tools.regen_fixtures import Case, cases

_WORD = re.compile(r"\w+")


def _norm(text: str) -> str:
    """Words only, case-blind: a table row printed between bars or a list item after a
    dash still reads as its cells' or item's words."""
    return " " + " ".join(_WORD.findall(text)).casefold() + " "


@dataclass
class Failures:
    """What one page's body got wrong: article lines lost, ``keep`` strings missing,
    ``without`` strings leaked; and how many of each there were to get right."""

    lost: list[str]
    missing: list[str]
    leaked: list[str]
    totals: tuple[int, int, int]


def score(body: str, spec: dict[str, Any]) -> Failures:
    got = _norm(body)
    lines = [ln for ln in str(spec["articleBody"]).split("\n") if ln.strip()]
    keep, without = list(spec.get("keep", [])), list(spec.get("without", []))
    return Failures(
        lost=[ln for ln in lines if _norm(ln) not in got],
        missing=[k for k in keep if _norm(k) not in got],
        leaked=[w for w in without if _norm(w) in got],
        totals=(len(lines), len(keep), len(without)),
    )


def _row(name: str, run: Callable[[str, str | None], str], pages: list[Case],
         show: bool) -> str:
    counts: list[tuple[float, float, float]] = []
    totals, wrong, clean = Counter[str](), Counter[str](), 0
    for case in pages:
        spec = case.spec() or {}
        body = run(case.body().decode("utf-8"), case.url)
        counts.append(tp_fp_fn(str(spec["articleBody"]), body))
        failed = score(body, spec)
        totals.update(dict(zip(("lost", "missing", "leaked"), failed.totals, strict=True)))
        for what in ("lost", "missing", "leaked"):
            texts = getattr(failed, what)
            wrong[what] += len(texts)
            if show:
                for text in texts:
                    print(f"  {name} {case.name} {what}: {text[:90]!r}")
        clean += not (failed.lost or failed.missing or failed.leaked)
    f1 = corpus_scores(counts)[2]
    shares = " | ".join(f"{totals[w] - wrong[w]}/{totals[w]}" for w in totals)
    return f"| {name} | {f1:.3f} | {shares} | {clean}/{len(pages)} |"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", type=Path, nargs="+", help="fixture groups of cases")
    parser.add_argument("--show", action="store_true", help="list every failed string")
    args = parser.parse_args(argv)
    systems: dict[str, Callable[[str, str | None], str]] = {
        "newsclean": lambda html, url: newsclean.clean_html(html, url=url).articleBody or "",
        "trafilatura": lambda html, url: trafilatura.extract(html, url=url) or "",
    }
    for group in args.data:
        pages = [c for c in cases(group) if c.spec() is not None]
        print(f"## {group} ({len(pages)} pages)\n")
        print("| system | F1 | article lines kept | keep found | chrome left out | pages clean |")
        print("|---|---|---|---|---|---|")
        for name, run in systems.items():
            print(_row(name, run, pages, args.show))
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
