"""Reliability run: push N generated hostile inputs through ``CleanArticlePipeline``.

    python bench/reliability.py -n 100000            # all CPUs, seed 0
    python bench/reliability.py -n 2000 --jobs 1 --seed 7

Inputs are dict items ``{"url": ..., "html" | "text": ...}`` from a seeded mix of generators
(fixture pages mutated, truncated/malformed HTML, wrong charsets, binary bodies, NULs, mixed
line endings, deep nesting, entity bombs and XXE, regex-backtracking bait, empty and chrome-only
pages, non-text field values). Most are small; a few are up to a few MB. Even-numbered inputs
go through a pipeline with ``NEWSCLEAN_ON_ERROR="flag"`` (the default), odd-numbered ones
through one with ``"drop"``.

Printed per mode: inputs, crashes (exceptions other than ``DropItem`` escaping
``process_item``, plus items that ran past ``--item-timeout``), flagged, dropped, max and p99
time per item, and the peak resident memory of the worker processes. The exit status is 1 when
anything crashed. Not a test: nothing here is asserted.
"""

from __future__ import annotations

import argparse
import logging
import multiprocessing as mp
import os
import random
import resource
import signal
import sys
import time
import traceback
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # measure this checkout, whatever is installed

CHROME = (
    "Get all your news in one place.",
    "100’s of premium titles.",
    "One app.",
    "Start reading",
    "Sign up to read this article",
    "Story continues",
    "Download the app",
    "Advertisement",
    "Share",
    "Related stories",
    "Subscribe now",
    "Already a subscriber?",
    "Open in App",
    "Continue reading…",
    "See all our climate coverageThe",
    "5 min read",
    "9 hours ago",
)
BYLINES = ("By Jane Doe", "By JANE O'MALLEY and Tom McTavish, Wire Press Staff", "Reuters")
CAPTIONS = ("Crowds at the harbour. Photograph: Jo Bloggs/AP", "A fox (AP Photo/Sam Smith)")
WORDS = ("The", "river", "bridge", "reopened", "on", "Monday.", "Mayor", "said", "council")
RUN_UNITS = (" ", ".", ", ", "Word ", "By ", "Photograph: ", "A. ", "(", "© ", "JANE DOE ",
             "AbcDef", "\t", "- ", "9 hours ago ", "See all our ", "x")  # fmt: skip
WHITESPACE_UNITS = (" ", "\t", "\u00a0", "\u2003", "\u2029")


def _sentence(rng: random.Random) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 30)))


def _size(rng: random.Random) -> int:
    """Mostly small (10 B to 30 kB, log-uniform); 1 in 1000 from 0.5 to 3 MB."""
    if rng.random() < 0.001:
        return rng.randint(500_000, 3_000_000)
    return int(10 ** rng.uniform(1, 4.5))


def gen_text_page(rng: random.Random) -> tuple[str, Any]:
    lines = []
    for _ in range(rng.randint(0, 60)):
        pick = rng.random()
        if pick < 0.5:
            lines.append(_sentence(rng))
        elif pick < 0.75:
            lines.append(rng.choice(CHROME))
        elif pick < 0.85:
            lines.append(rng.choice(BYLINES))
        elif pick < 0.95:
            lines.append(rng.choice(CAPTIONS))
        else:
            lines.append("")
    sep = rng.choice(["\n", "\n\n", "\r\n", "\r", "\u2028"])
    return "text", sep.join(lines)


def gen_html_page(rng: random.Random) -> tuple[str, Any]:
    _kind, text = gen_text_page(rng)
    body = "".join(f"<p>{line}</p>" for line in text.splitlines())
    page = f"<html><head><title>T</title></head><body><article><h1>Headline</h1>{body}</article>"
    if rng.random() < 0.5:
        page += "</body></html>"
    return "html", page if rng.random() < 0.5 else page.encode(
        rng.choice(["utf-8", "latin-1"]), "replace"
    )


def gen_truncated(rng: random.Random) -> tuple[str, Any]:
    kind, page = gen_html_page(rng)
    return kind, page[: rng.randint(0, len(page))]


def gen_malformed(rng: random.Random) -> tuple[str, Any]:
    tags = ["<p>", "</p>", "<div>", "</div>", "<b>", "</i>", "<<", ">>", "<td>", "</html>",
            "<p attr=\"", "<!--", "-->", "<script>", "</script>", "&amp", "&#0;",
            "&#xD800;"]  # fmt: skip
    parts = [rng.choice(tags) if rng.random() < 0.5 else _sentence(rng) for _ in range(200)]
    return "html", "".join(parts)


def gen_binary(rng: random.Random) -> tuple[str, Any]:
    data = rng.randbytes(_size(rng))
    return rng.choice(["html", "text"]), data


def gen_nuls(rng: random.Random) -> tuple[str, Any]:
    _kind, page = gen_text_page(rng)
    chars = list(page)
    for _ in range(rng.randint(1, 50)):
        chars.insert(rng.randint(0, len(chars)), rng.choice(["\x00", "\x0b", "\x1b", "\ufeff"]))
    return rng.choice(["html", "text"]), "".join(chars)


def gen_charset(rng: random.Random) -> tuple[str, Any]:
    text = "<p>Café crème — 日本語 “quotes”.</p>" * rng.randint(1, 50)
    declared = rng.choice(["utf-8", "iso-8859-1", "windows-1252", "shift_jis", "x-bogus", ""])
    meta = f'<meta charset="{declared}">' if declared else ""
    encoding = rng.choice(["utf-8", "latin-1", "cp1252", "utf-16", "shift_jis"])
    return "html", f"<html><head>{meta}</head><body>{text}</body></html>".encode(
        encoding, "replace"
    )


def gen_deep(rng: random.Random) -> tuple[str, Any]:
    depth = rng.choice([300, 1000, 10_000])
    open_, close = rng.choice([("<div>", "</div>"), ("<b>", "</b>"), ("<ul><li>", "")])
    page = "<html><body><p>Intro.</p>" + open_ * depth + "Deep." + close * depth + "<p>End.</p>"
    if rng.random() < 0.3:
        page = (
            '<html><head><script type="application/ld+json">'
            + "[" * depth
            + "</script></head><body><p>Story.</p></body></html>"
        )
    return "html", page


def gen_entities(rng: random.Random) -> tuple[str, Any]:
    lol = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "' + f"&lol{i - 1 if i > 1 else ''};" * 10 + '">' for i in range(1, 10)
    )
    choices = [
        f"<!DOCTYPE lolz [{lol}]><html><body><p>&lol9;</p></body></html>",
        '<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><html><body><p>&xxe;</p>',
        '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY % d SYSTEM "file:///etc/passwd"> %d;]>'
        "<html><body><p>x</p></body></html>",
        '<!DOCTYPE html SYSTEM "file:///etc/passwd"><p>External DTD.</p>',
    ]
    return rng.choice(["html", "html", "text"]), rng.choice(choices)


def gen_runs(rng: random.Random, max_ws_run: int) -> tuple[str, Any]:
    unit = rng.choice(RUN_UNITS)
    size = _size(rng)
    if not unit.strip():
        size = min(size, max_ws_run)  # see --max-ws-run
    payload = unit * max(1, size // len(unit))
    return rng.choice(["text", "text", "html"]), payload


def gen_ws_run(rng: random.Random, max_ws_run: int) -> tuple[str, Any]:
    run = "".join(rng.choice(WHITESPACE_UNITS) for _ in range(rng.randint(1, max_ws_run)))
    return "text", "Story text" + run + "more story text."


def gen_empty(rng: random.Random) -> tuple[str, Any]:
    kind = rng.choice(["html", "text"])
    return kind, rng.choice(["", " ", "\n\n\n", "\t \r\n", b"", b"   ", "<html></html>", "\x00"])


def gen_chrome_only(rng: random.Random) -> tuple[str, Any]:
    lines = [rng.choice(CHROME) for _ in range(rng.randint(1, 30))]
    return rng.choice(["text", "html"]), "\n".join(lines)


def gen_not_text(rng: random.Random) -> tuple[str, Any]:
    return rng.choice(["html", "text"]), rng.choice([123, 4.5, ["<p>x</p>"], {"a": 1}, True])


_FIXTURES: list[tuple[str, bytes]] = []


def _load_fixtures() -> None:
    for path in sorted((ROOT / "fixtures").glob("text/*/body.txt")):
        _FIXTURES.append(("text", path.read_bytes()))
    for path in sorted((ROOT / "fixtures").glob("*/*/body.html")):  # site and publisher cases
        _FIXTURES.append(("html", path.read_bytes()))


def gen_fixture_mutation(rng: random.Random) -> tuple[str, Any]:
    if not _FIXTURES:
        return gen_text_page(rng)
    kind, data = rng.choice(_FIXTURES)
    for _ in range(rng.randint(1, 4)):
        op = rng.randrange(6)
        lines = data.split(b"\n")
        if op == 0 and len(lines) > 1:
            del lines[rng.randrange(len(lines))]
            data = b"\n".join(lines)
        elif op == 1 and len(lines) > 1:
            i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
            lines[i], lines[j] = lines[j], lines[i]
            data = b"\n".join(lines)
        elif op == 2:
            data = data[: rng.randint(0, len(data))]
        elif op == 3:
            at = rng.randint(0, len(data))
            data = data[:at] + rng.randbytes(rng.randint(1, 64)) + data[at:]
        elif op == 4:
            data = data.replace(b"</", b"<", rng.randint(1, 50))
        else:
            data = data.replace(b"\n", rng.choice([b"\r\n", b"\r", b"\x00\n"]))
    if kind == "text" or rng.random() < 0.5:
        return kind, data.decode("utf-8", "replace")
    return kind, data


def make_input(rng: random.Random, max_ws_run: int) -> tuple[str, Any]:
    r = rng.random()
    table: list[tuple[float, Any]] = [
        (0.22, gen_fixture_mutation),
        (0.14, gen_text_page),
        (0.10, gen_html_page),
        (0.07, gen_truncated),
        (0.06, gen_malformed),
        (0.04, gen_binary),
        (0.06, gen_nuls),
        (0.05, gen_charset),
        (0.02, gen_deep),
        (0.03, gen_entities),
        (0.10, lambda g: gen_runs(g, max_ws_run)),
        (0.01, lambda g: gen_ws_run(g, max_ws_run)),
        (0.04, gen_empty),
        (0.04, gen_chrome_only),
        (0.02, gen_not_text),
    ]
    acc = 0.0
    for weight, gen in table:
        acc += weight
        if r < acc:
            return gen(rng)  # type: ignore[no-any-return]
    return gen_text_page(rng)


# ---------------------------------------------------------------------------- worker


class _Timeout(Exception):
    pass


def _on_alarm(signum: int, frame: Any) -> None:
    raise _Timeout


def _worker(args: tuple[int, int, int, int, float]) -> dict[str, Any]:
    start, stop, seed, max_ws_run, item_timeout = args
    logging.disable(logging.CRITICAL)  # flagged items log a warning each
    from scrapy.exceptions import DropItem
    from scrapy.utils.misc import build_from_crawler
    from scrapy.utils.test import get_crawler

    from newsclean.scrapy.pipeline import CleanArticlePipeline

    if not _FIXTURES:
        _load_fixtures()
    # get_crawler() applies the settings, which creates crawler.stats before any crawl starts.
    crawlers = {
        mode: get_crawler(settings_dict={"NEWSCLEAN_ON_ERROR": mode}) for mode in ("flag", "drop")
    }
    pipes = {m: build_from_crawler(CleanArticlePipeline, c) for m, c in crawlers.items()}
    use_alarm = item_timeout > 0 and hasattr(signal, "SIGALRM")
    if use_alarm:
        signal.signal(signal.SIGALRM, _on_alarm)
    out: dict[str, Any] = {
        m: {"inputs": 0, "crashes": 0, "timeouts": 0, "dropped_raised": 0, "times": []}
        for m in pipes
    }
    examples: list[str] = []
    for i in range(start, stop):
        rng = random.Random(seed * 1_000_003 + i)
        kind, payload = make_input(rng, max_ws_run)
        mode = "flag" if i % 2 == 0 else "drop"
        item = {"url": f"https://news.example.org/story/{i}", kind: payload}
        res = out[mode]
        res["inputs"] += 1
        t0 = time.perf_counter()
        if use_alarm:
            signal.setitimer(signal.ITIMER_REAL, item_timeout)
        try:
            pipes[mode].process_item(item)
        except DropItem:
            res["dropped_raised"] += 1
        except _Timeout:
            res["timeouts"] += 1
            examples.append(f"#{i} ({mode}) TIMEOUT > {item_timeout}s: {kind}={payload!r:.120}")
        except Exception as exc:
            res["crashes"] += 1
            tb = traceback.format_exception_only(type(exc), exc)[-1].strip()
            examples.append(f"#{i} ({mode}) {tb[:200]}: {kind}={payload!r:.120}")
        finally:
            if use_alarm:
                signal.setitimer(signal.ITIMER_REAL, 0)
        res["times"].append(time.perf_counter() - t0)
    for mode, crawler in crawlers.items():
        out[mode]["stats"] = dict(crawler.stats.get_stats())
    out["examples"] = examples[:20]
    out["maxrss_kb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return out


def _pct(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-n", type=int, default=10_000, help="number of inputs (default 10000)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="worker processes")
    ap.add_argument("--chunk", type=int, default=500, help="inputs per task")
    ap.add_argument(
        "--item-timeout",
        type=float,
        default=60.0,
        help="seconds before an item counts as hung (a crash); 0: no limit",
    )
    ap.add_argument(
        "--max-ws-run",
        type=int,
        default=200_000,
        help="longest whitespace run generated (a regression test for the once-quadratic "
        "inline-chrome pattern)",
    )
    args = ap.parse_args(argv)
    tasks = [
        (s, min(s + args.chunk, args.n), args.seed, args.max_ws_run, args.item_timeout)
        for s in range(0, args.n, args.chunk)
    ]
    t0 = time.perf_counter()
    totals: dict[str, dict[str, Any]] = {
        m: {"inputs": 0, "crashes": 0, "timeouts": 0, "dropped_raised": 0, "times": [],
            "stats": Counter()}
        for m in ("flag", "drop")
    }  # fmt: skip
    examples: list[str] = []
    peak_kb = 0
    ctx = mp.get_context("fork" if hasattr(os, "fork") else "spawn")
    with ctx.Pool(args.jobs, maxtasksperchild=20) as pool:
        for done, res in enumerate(pool.imap_unordered(_worker, tasks), 1):
            for mode in ("flag", "drop"):
                tot, r = totals[mode], res[mode]
                for k in ("inputs", "crashes", "timeouts", "dropped_raised"):
                    tot[k] += r[k]
                tot["times"].extend(r["times"])
                tot["stats"].update(r["stats"])
            examples.extend(res["examples"])
            peak_kb = max(peak_kb, res["maxrss_kb"])
            if done % 20 == 0:
                print(f"  {done}/{len(tasks)} tasks", file=sys.stderr, flush=True)
    wall = time.perf_counter() - t0
    print(f"newsclean reliability: n={args.n} seed={args.seed} jobs={args.jobs} "
          f"wall={wall:.1f}s")  # fmt: skip
    header = (
        f"{'mode':<6}{'inputs':>9}{'crashes':>9}{'hung':>6}{'flagged':>9}{'dropped':>9}"
        f"{'cleaned':>9}{'skipped':>9}{'max s':>9}{'p99 ms':>9}{'mean ms':>9}"
    )
    print(header)
    any_crash = False
    for mode in ("flag", "drop"):
        t = totals[mode]
        st = t["stats"]
        crashes = t["crashes"] + t["timeouts"]
        any_crash |= crashes > 0
        times = t["times"]
        mean = sum(times) / len(times) if times else 0.0
        print(
            f"{mode:<6}{t['inputs']:>9}{crashes:>9}{t['timeouts']:>6}"
            f"{st.get('newsclean/items/flagged', 0):>9}{st.get('newsclean/items/dropped', 0):>9}"
            f"{st.get('newsclean/items/cleaned', 0):>9}"
            f"{st.get('newsclean/items/skipped_no_text', 0):>9}{max(times, default=0):>9.2f}"
            f"{_pct(times, 0.99) * 1000:>9.1f}{mean * 1000:>9.2f}"
        )
    from newsclean.scrapy.settings import DEFAULTS

    print(f"configured per-item budget (NEWSCLEAN_TIME_BUDGET): "
          f"{DEFAULTS['NEWSCLEAN_TIME_BUDGET']:g} s")
    print(f"peak memory (max RSS of a worker process): {peak_kb / 1024:.0f} MiB")
    errors = Counter()
    for mode in ("flag", "drop"):
        for k, v in totals[mode]["stats"].items():
            if k.startswith(("newsclean/errors/", "newsclean/flags/")):
                errors[k] += v
    if errors:
        print("pipeline stats (errors caught and flags, both modes):")
        for k, v in errors.most_common():
            print(f"  {k}: {v}")
    if examples:
        print("crash examples:")
        for line in examples[:20]:
            print("  " + line)
    return 1 if any_crash else 0


if __name__ == "__main__":
    sys.exit(main())
