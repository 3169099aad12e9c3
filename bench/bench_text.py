"""Speed and memory of the text path (``newsclean.clean_text``) on a stream of text items.

The items are the 91 human-labelled article bodies of the article-extraction benchmark kept
beside this checkout (``../shared/bench/article-extraction/ground-truth-dev.json``, read at run
time, never copied), cycled to the stream's length. Printed side by side in one run:

* items/s per core (CPU time of this process, median of ``--rounds`` passes over the 91
  bodies), the same with newsclean's caches emptied before each pass ("cold": every line is
  new to the line-keyed caches, as in a stream of distinct pages; the warm figure repeats the
  91 bodies, so lines keyed before are found again) and the fixed cost of one call on a
  one-line item;
* for each stream length (1,000 / 10,000 / 100,000 items by default), in a forked child: items/s
  per core over the whole stream and peak RSS against the child's RSS at the start. Each item of
  a stream gets a line of its own (its number), so no cache keyed on a line or a text can hold
  the stream: a flat peak RSS from 1k to 100k items means nothing grows per item.

    python bench/bench_text.py [--sizes 1000,10000,100000] [--rounds 5] [--profile N]

``--profile N`` prints the top N functions of a cProfile run over the 91 bodies instead.
Times are CPU time on whatever machine runs this; compare figures of one run, not across runs.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import json
import os
import pstats
import statistics
import sys
import time
from collections.abc import Iterator
from multiprocessing.connection import Connection, Pipe
from pathlib import Path
from typing import Any

from newsclean import clean_text

# ../shared beside the checkout; a worktree under wt/ finds it one level further up.
SHARED = next(
    (p / "shared" for p in Path(__file__).resolve().parents[1:4]
     if (p / "shared" / "bench").is_dir()),
    Path(__file__).resolve().parents[1].parent / "shared",
)
GROUND_TRUTH = SHARED / "bench" / "article-extraction" / "ground-truth-dev.json"
SIZES = (1_000, 10_000, 100_000)


def bodies() -> list[str]:
    """The reference bodies, in a fixed order."""
    data = json.loads(GROUND_TRUTH.read_text(encoding="utf-8"))
    return [data[key]["articleBody"] for key in sorted(data) if data[key]["articleBody"]]


def _caches() -> list[Any]:
    """newsclean's bounded functools caches, the ones keyed on a page's text (line keys,
    parsed bylines, caption reads …); not the unbounded loaders of vocabularies and sites."""
    found: dict[int, Any] = {}
    for name, module in list(sys.modules.items()):
        if name != "newsclean" and not name.startswith("newsclean."):
            continue
        for value in vars(module).values():
            info = getattr(value, "cache_info", None)
            if (
                callable(info)
                and info().maxsize is not None
                and str(getattr(value, "__module__", "")).startswith("newsclean")
            ):
                found[id(value)] = value
    return list(found.values())


def rate(texts: list[str], rounds: int, cold: bool = False) -> float:
    """Items/s per core: the median of ``rounds`` passes over ``texts`` (``cold``: with the
    caches emptied before each pass, outside the timing)."""
    caches = _caches() if cold else []
    rates = []
    for _ in range(rounds):
        for cache in caches:
            cache.cache_clear()
        start = time.process_time()
        for text in texts:
            clean_text(text)
        rates.append(len(texts) / (time.process_time() - start))
    return statistics.median(rates)


def fixed_cost_us(calls: int = 2000) -> float:
    """CPU µs of one call on a one-line item: what every item pays whatever its length."""
    start = time.process_time()
    for _ in range(calls):
        clean_text("The council approved the budget on Monday.")
    return (time.process_time() - start) / calls * 1e6


def _status_kb(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def stream(texts: list[str], size: int) -> Iterator[str]:
    """``size`` items cycling over ``texts``, each with a line of its own."""
    for i in range(size):
        yield f"{texts[i % len(texts)]}\n\nItem {i} of the stream."


def _child(texts: list[str], size: int, conn: Connection) -> None:
    # Reset the peak RSS mark to the current RSS (Linux: "5" to clear_refs) so the peak is the
    # stream's own, not the parent's at fork time.
    with contextlib.suppress(OSError):
        Path("/proc/self/clear_refs").write_text("5")
    start_kb = _status_kb("VmRSS")
    start = time.process_time()
    for text in stream(texts, size):
        clean_text(text)
    cpu = time.process_time() - start
    conn.send((size / cpu, start_kb, _status_kb("VmHWM")))
    conn.close()


def run_stream(texts: list[str], size: int) -> tuple[float, int, int]:
    """(items/s per core, start RSS kB, peak RSS kB) of a stream, measured in a forked child."""
    parent, child = Pipe(duplex=False)
    pid = os.fork()
    if pid == 0:  # the child
        code = 0
        try:
            _child(texts, size, child)
        except BaseException:
            code = 1
        os._exit(code)
    child.close()
    result: tuple[float, int, int] = parent.recv()
    os.waitpid(pid, 0)
    return result


def profile(texts: list[str], top: int) -> None:
    """cProfile over the bodies, top functions by own time."""
    prof = cProfile.Profile()
    prof.enable()
    for text in texts:
        clean_text(text)
    prof.disable()
    pstats.Stats(prof).sort_stats("tottime").print_stats(top)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default=",".join(map(str, SIZES)))
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--profile", type=int, default=0, metavar="N")
    args = ap.parse_args()
    texts = bodies()
    for text in texts:  # warm-up: vocabularies, compiled rules, language model
        clean_text(text)
    if args.profile:
        profile(texts, args.profile)
        return 0
    print(f"`clean_text` on the {len(texts)} reference bodies: "
          f"{rate(texts, args.rounds):,.0f} items/s per core warm, "
          f"{rate(texts, args.rounds, cold=True):,.0f} cold "
          f"(median of {args.rounds} passes); fixed cost {fixed_cost_us():.0f} µs/item\n")
    print("| items | items/s per core | RSS at start | peak RSS | growth |")
    print("| ---: | ---: | ---: | ---: | ---: |")
    for size in (int(s) for s in args.sizes.split(",")):
        per_s, start_kb, peak_kb = run_stream(texts, size)
        print(f"| {size:,} | {per_s:,.0f} | {start_kb / 1024:.1f} MB | {peak_kb / 1024:.1f} MB "
              f"| {(peak_kb - start_kb) / 1024:+.1f} MB |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
