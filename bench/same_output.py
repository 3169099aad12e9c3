"""Same output as a base commit: this checkout's ``clean_text`` (and ``clean_html``,
``parse_byline``, ``split_caption``) against a base commit's, side by side in one process,
over every text input at hand. A speed change must print ``0 differ``.

    python bench/same_output.py [--base main] [--html] [--extra RECORDED.pkl] [--speed N]

The base's ``newsclean`` package is unpacked with ``git archive`` into a temporary folder and
imported as ``newsclean_base`` (the package imports itself relatively). Inputs: the reference
bodies of ``bench/bench_text.py``, the shared aggregator halves (``../halves/agg-tune``,
``agg-check``) and cases (``../shared/eval/aggregator_text/cases``), every
``tests/data/**/*.json`` case with a ``text``, every fixture ``body.txt`` (``fixtures/**``),
and ``--extra``: a pickle of ``(kind, input, options)`` calls (``bench/record_calls.py``
records the tests' own). Each text is cleaned twice, plain and with ``explain`` (so the
removed lines and their rules are compared too), at a fixed fetch time. ``--html`` adds
every fixture page and the reference pages to ``clean_html``. ``--speed N`` also prints the
median items/s ratio (this / base) of N passes over the reference bodies and each
aggregator half, alternating between the two trees.
"""

from __future__ import annotations

import argparse
import gzip
import importlib
import json
import pickle
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_text import SHARED, bodies  # noqa: E402

NOW = datetime(2025, 3, 15, 12, 0, tzinfo=UTC)
HALVES = SHARED.resolve().parent / "halves"  # (../shared may be a link beside a worktree)
Call = tuple[str, str | bytes, dict[str, Any]]
ORIGIN = "_origin"  # the file an input came from (in a call's options; not passed on)
# Inputs whose text a rule writer must not see: a differing one is named by its folder only.
HELD_OUT = re.compile(r"integrator_heldout|writer_pages/u(?:7|8|10|11|13)/|held-?out|holdout"
                      r"|agg-check|/check/")


def base_package(ref: str, into: Path) -> ModuleType:
    """The ``newsclean`` package of ``ref``, imported as ``newsclean_base``."""
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", ref, "newsclean"], check=True, capture_output=True
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True)
    (into / "newsclean").rename(into / "newsclean_base")
    sys.path.insert(0, str(into))
    return importlib.import_module("newsclean_base")


def _url_of(folder: Path) -> str | None:
    response = folder / "response.json"
    if not response.is_file():
        return None
    url = json.loads(response.read_text(encoding="utf-8")).get("url")
    return url if isinstance(url, str) else None


def text_calls(*case_dirs: Path) -> Iterator[Call]:
    """Every text input at hand (or the cases of ``case_dirs``), with its options."""
    if not case_dirs:
        yield from (("text", text, {}) for text in bodies())
        case_dirs = (*(HALVES / "agg-tune", HALVES / "agg-check"),
                     SHARED / "eval" / "aggregator_text" / "cases", ROOT / "tests" / "data")
    for folder in case_dirs:
        for path in sorted(folder.rglob("*.json")):
            case = json.loads(path.read_text(encoding="utf-8"))
            if isinstance(case, dict) and isinstance(case.get("text"), str):
                yield "text", case["text"], {"url": case.get("url"), ORIGIN: str(path)}
    if len(case_dirs) == 1:
        return
    for path in sorted((ROOT / "fixtures").rglob("body.txt")):
        yield "text", path.read_text(encoding="utf-8"), {"url": _url_of(path.parent),
                                                          ORIGIN: str(path)}


def html_calls() -> Iterator[Call]:
    """Every fixture page and the reference pages."""
    for path in sorted((ROOT / "fixtures").rglob("*.html")):
        yield "html", path.read_bytes(), {"url": _url_of(path.parent), ORIGIN: str(path)}
    for path in sorted((SHARED / "bench" / "article-extraction" / "html").glob("*.html.gz")):
        yield "html", gzip.decompress(path.read_bytes()), {}


def string_inputs() -> Iterator[tuple[str, str]]:
    """The raw strings of every byline/caption set at hand (``*.jsonl`` with a ``raw``), each
    with the file it came from."""
    for folder in (ROOT / "tests" / "data", HALVES):
        for path in sorted(folder.rglob("*.jsonl")):
            for line in path.read_text(encoding="utf-8").splitlines():
                row = json.loads(line) if line.strip() else None
                if isinstance(row, dict) and isinstance(row.get("raw"), str):
                    yield row["raw"], str(path)


def _describe(data: str | bytes, options: dict[str, Any]) -> str:
    """A differing input as the report shows it: never a held-out input's text or URL."""
    origin = options.get(ORIGIN, "")
    if HELD_OUT.search(origin):
        return f"a held-out input in {Path(origin).parent.parent.name}/.../"
    return f"{options.get('url')} {str(data[:60])!r}"


def _outcome(fn: Callable[..., Any], *args: Any, **options: Any) -> Any:
    try:
        value = fn(*args, **options)
    except Exception as exc:  # the same exception on both sides is the same output
        return ("raised", type(exc).__name__, str(exc))
    return value.to_dict() if hasattr(value, "to_dict") else repr(value)


def compare(mine: ModuleType, base: ModuleType, calls: list[Call]) -> list[str]:
    """The calls whose output differs (a short description of each)."""
    differ = []
    for kind, data, options in calls:
        shown = _describe(data, options)
        options = {"now": NOW, **{k: v for k, v in options.items() if k != ORIGIN}}
        for explain in (False, True):
            opts = {**options, "explain": explain}
            name = "clean_text" if kind == "text" else "clean_html"
            ours = _outcome(getattr(mine, name), data, **opts)
            theirs = _outcome(getattr(base, name), data, **opts)
            if ours != theirs:
                differ.append(f"{name} explain={explain}: {shown}")
    return differ


def compare_strings(mine: ModuleType, base: ModuleType) -> list[str]:
    """The byline/caption strings parsed differently."""
    differ = []
    for raw, origin in dict(string_inputs()).items():
        for name in ("parse_byline", "split_caption"):
            ours = _outcome(getattr(mine, name), raw)
            theirs = _outcome(getattr(base, name), raw)
            if ours != theirs:
                differ.append(f"{name} " + _describe(raw, {ORIGIN: origin, "url": ""}))
    return differ


def speed_ratio(
    mine: ModuleType, base: ModuleType, rounds: int, calls: list[Call]
) -> tuple[float, float, float]:
    """(items/s this, items/s base, median ratio) of ``clean_text`` over ``calls``, passes
    alternating between the two so that both see the same machine load."""
    ours, theirs, ratios = [], [], []
    for _ in range(rounds):
        pair = []
        for module in (mine, base):
            start = time.process_time()
            for _kind, text, options in calls:
                module.clean_text(text, **{k: v for k, v in options.items() if k != ORIGIN})
            pair.append(len(calls) / (time.process_time() - start))
        ours.append(pair[0])
        theirs.append(pair[1])
        ratios.append(pair[0] / pair[1])
    return statistics.median(ours), statistics.median(theirs), statistics.median(ratios)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--base", default="main")
    ap.add_argument("--html", action="store_true")
    ap.add_argument("--extra", type=Path, action="append", default=[])
    ap.add_argument("--speed", type=int, default=0, metavar="N")
    ap.add_argument("--show", type=int, default=10)
    args = ap.parse_args()
    import newsclean as mine

    if not Path(mine.__file__ or "").is_relative_to(ROOT):
        print(f"newsclean imported from {mine.__file__}, not {ROOT}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        base = base_package(args.base, Path(tmp))
        calls = list(text_calls())
        if args.html:
            calls += html_calls()
        for path in args.extra:
            recorded: list[Call] = pickle.loads(path.read_bytes())
            calls += [c for c in recorded if args.html or c[0] == "text"]
        differ = compare(mine, base, calls)
        differ += compare_strings(mine, base)
        texts = sum(1 for c in calls if c[0] == "text")
        print(f"{texts} text and {len(calls) - texts} HTML inputs (x2: plain and explain), "
              f"byline/caption strings: {len(differ)} differ from {args.base}")
        for line in differ[: args.show]:
            print("  " + line)
        if args.speed:
            sets: dict[str, list[Call]] = {"reference bodies": [("text", t, {}) for t in bodies()]}
            sets.update({
                f"{d.name} cases": [c for c in text_calls(d) if c[2].get("url") is not None]
                for d in (HALVES / "agg-tune", HALVES / "agg-check")
            })
            for name, items in sets.items():
                ours, theirs, ratio = speed_ratio(mine, base, args.speed, items)
                print(f"{name}: {ours:,.0f} items/s per core vs base {theirs:,.0f}: "
                      f"x{ratio:.2f} (median of {args.speed} alternating passes)")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
