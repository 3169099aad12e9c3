"""Score the body of invented publisher pages by what must and must not be in it, newsclean
beside trafilatura.

Each case's ``spec.json`` (``fixtures/publishers/body-tune``, ``body-holdout``; made by
``tests/data/pubbody/make_*.py``) gives the ``articleBody`` and two lists: ``keep`` (the
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
from pathlib import Path

import trafilatura

import newsclean

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the repository's dev tools
from bench.bench_extraction import corpus_scores, tp_fp_fn
from tools.regen_fixtures import cases

_WORD = re.compile(r"\w+")


def _norm(text: str) -> str:
    """Words only, case-blind: a table row printed between bars or a list item after a
    dash still reads as its cells' or item's words."""
    return " " + " ".join(_WORD.findall(text)).casefold() + " "


def score(body: str, spec: dict[str, object]) -> dict[str, float | list[str]]:
    """The shares above for one page's ``body``, with the strings that failed."""
    got = _norm(body)
    lines = [ln for ln in str(spec["articleBody"]).split("\n") if ln.strip()]
    lost = [ln for ln in lines if _norm(ln) not in got]
    missing = [k for k in spec.get("keep", []) if _norm(str(k)) not in got]  # type: ignore[attr-defined]
    leaked = [w for w in spec.get("without", []) if _norm(str(w)) in got]  # type: ignore[attr-defined]
    return {"lost": lost, "missing": missing, "leaked": leaked,
            "lines": len(lines), "keep": len(spec.get("keep", [])),  # type: ignore[arg-type]
            "without": len(spec.get("without", []))}  # type: ignore[arg-type]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", type=Path, nargs="+", help="fixture groups of cases")
    parser.add_argument("--show", action="store_true", help="list every failed string")
    args = parser.parse_args(argv)
    systems = {
        "newsclean": lambda html, url: newsclean.clean_html(html, url=url).articleBody or "",
        "trafilatura": lambda html, url: trafilatura.extract(html, url=url) or "",
    }
    for group in args.data:
        pages = [c for c in cases(group) if c.spec() is not None]
        print(f"## {group} ({len(pages)} pages)\n")
        print("| system | F1 | article lines kept | keep found | chrome left out | pages clean |")
        print("|---|---|---|---|---|---|")
        for name, run in systems.items():
            counts, lines, lost, keep, missing, without, leaked, clean = [], 0, 0, 0, 0, 0, 0, 0
            for case in pages:
                spec = case.spec() or {}
                body = run(case.body().decode("utf-8"), case.url)
                counts.append(tp_fp_fn(str(spec["articleBody"]), body))
                s = score(body, spec)
                lines += s["lines"]; lost += len(s["lost"])  # type: ignore[operator,arg-type]
                keep += s["keep"]; missing += len(s["missing"])  # type: ignore[operator,arg-type]
                without += s["without"]; leaked += len(s["leaked"])  # type: ignore[operator,arg-type]
                clean += not (s["lost"] or s["missing"] or s["leaked"])
                if args.show:
                    for what in ("lost", "missing", "leaked"):
                        for text in s[what]:  # type: ignore[union-attr]
                            print(f"  {name} {case.name} {what}: {str(text)[:90]!r}")
            _, _, f1 = corpus_scores(counts)
            print(f"| {name} | {f1:.3f} | {lines - lost}/{lines} | {keep - missing}/{keep} "
                  f"| {without - leaked}/{without} | {clean}/{len(pages)} |")
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
