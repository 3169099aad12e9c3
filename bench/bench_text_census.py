"""The structure of ``clean_text``'s cost, counted rather than timed: per item and per stage,
the Python calls made, the regex searches run, the walks over the page's lines, and the
line predicates asked again of a line they already answered for on the same page.

Times on a shared machine move by tens of per cent between runs; these counts do not, and
they say where a redesign has to cut (``bench/bench_text_stages.py`` says how long each stage
takes). Stages are ``bench_text_stages.STAGES``; what no stage names is "other".

    PYTHONPATH=$PWD python bench/bench_text_census.py [--cases DIR] [--top N]

Columns: ``calls`` Python function calls (a generator's every step counts once), ``regex``
searches of a compiled pattern (match, search, findall, sub, split …), ``walks`` walks over
the page's free lines by ``Page.free`` (a loop over ``page.lines`` itself is not counted),
``asked`` questions put to a line (a function of one line's text: its first argument is a
line of the page), ``again`` those a function had answered for the same line of the same
item already. Answers a line cache remembers are no calls (the cache is C code).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from types import FrameType
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_text_stages import STAGES, inputs

import newsclean
from newsclean.core import text as text_module

_REGEX_METHODS = frozenset({"match", "search", "fullmatch", "findall", "finditer", "sub",
                            "subn", "split"})
_WALKS = frozenset({"free"})


class Census:
    """A ``sys.setprofile`` hook counting, per stage, what one ``clean_text`` call does."""

    def __init__(self) -> None:
        self.stage_of = {}
        for name, label in STAGES.items():
            func = getattr(text_module, name)
            code = getattr(getattr(func, "__wrapped__", func), "__code__", None)
            if code is not None:
                self.stage_of[code] = label.strip()
        self.stack: list[tuple[FrameType, str]] = []
        self.counts: dict[str, Counter[str]] = defaultdict(Counter)
        self.asked: dict[str, Counter[str]] = defaultdict(Counter)  # stage -> function -> n
        self.again: dict[str, Counter[str]] = defaultdict(Counter)
        self.lines: frozenset[str] = frozenset()
        self.seen: set[tuple[Any, str]] = set()
        self.walking: set[FrameType] = set()

    def start_item(self, lines: list[str]) -> None:
        self.lines = frozenset(line.strip() for line in lines if line.strip())
        self.seen = set()
        self.walking = set()

    def hook(self, frame: FrameType, event: str, arg: Any) -> None:
        if event == "return":
            if self.stack and self.stack[-1][0] is frame:
                self.stack.pop()
            return
        stage = self.stack[-1][1] if self.stack else "other"
        if event == "c_call":
            owner = getattr(arg, "__self__", None)
            if isinstance(owner, re.Pattern) and arg.__name__ in _REGEX_METHODS:
                self.counts[stage]["regex"] += 1
            return
        if event != "call":
            return
        code = frame.f_code
        label = self.stage_of.get(code)
        if label is not None:
            self.stack.append((frame, label))
            stage = label
        self.counts[stage]["calls"] += 1
        walk = code.co_name in _WALKS and code.co_filename.endswith("page.py")
        if walk and frame not in self.walking:  # (a generator's later steps are calls too)
            self.walking.add(frame)
            self.counts[stage]["walks"] += 1
        if code.co_argcount and code.co_varnames:
            first = frame.f_locals.get(code.co_varnames[0])
            if isinstance(first, str) and first.strip() in self.lines and first.strip():
                name = f"{Path(code.co_filename).stem}.{code.co_name}"
                self.counts[stage]["asked"] += 1
                self.asked[stage][name] += 1
                if (code, first.strip()) in self.seen:
                    self.counts[stage]["again"] += 1
                    self.again[stage][name] += 1
                self.seen.add((code, first.strip()))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=Path, default=None, help="aggregator case folder")
    parser.add_argument("--top", type=int, default=8, help="functions listed per stage")
    args = parser.parse_args(argv)
    items = inputs(args.cases, one_line=False)
    for item, options in items:  # warm-up: imports, compiled rules, line caches
        newsclean.clean_text(item, **options)
    census = Census()
    for item, options in items:
        census.start_item(item.split("\n"))
        sys.setprofile(census.hook)
        try:
            newsclean.clean_text(item, **options)
        finally:
            sys.setprofile(None)
    n = len(items)
    lines = sum(1 for item, _ in items for line in item.split("\n") if line.strip()) / n
    print(f"{n} inputs ({lines:.0f} non-blank lines an item): counts per item\n")
    print("| stage | calls | regex | walks | asked | again |\n|---|---:|---:|---:|---:|---:|")
    total: Counter[str] = Counter()
    ranked = sorted(census.counts.items(), key=lambda kv: -kv[1]["calls"])
    for stage, counts in ranked:
        total.update(counts)
        print(f"| {stage} | " + " | ".join(
            f"{counts[c] / n:.0f}" for c in ("calls", "regex", "walks", "asked", "again")
        ) + " |")
    print("| all | " + " | ".join(
        f"{total[c] / n:.0f}" for c in ("calls", "regex", "walks", "asked", "again")
    ) + " |")
    print("\nQuestions asked again of a line (per item), by stage:")
    for stage, _ in ranked:
        top = census.again[stage].most_common(args.top)
        if top and top[0][1] / n >= 1:
            print(f"  {stage}: " + ", ".join(
                f"{name} {count / n:.0f}/{census.asked[stage][name] / n:.0f}"
                for name, count in top if count / n >= 1
            ))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
