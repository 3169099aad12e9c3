"""``newsclean clean``: files or stdin → one Article JSON object per line."""

from __future__ import annotations

import argparse
import io
import json
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

from . import __version__
from .article import Article
from .core.budget import TimeBudgetExceeded, time_budget
from .core.decode import UnknownEncodingError, decode_text, gunzip, is_gzip
from .core.html import clean_html
from .core.limits import MAX_INPUT_BYTES, TIME_BUDGET, failed_article
from .core.text import clean_text
from .learn.store import MAX_LINES
from .profiles import PROFILES
from .sites import spider_names

_HTML_START = re.compile(
    rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|div|p|article)\b",
    re.IGNORECASE | re.DOTALL,
)


def looks_like_html(data: bytes) -> bool:
    """Sniff the input kind when neither --text nor --html is given (UTF-16/32 too)."""
    head = data[:4096]
    if head[:2] in (b"\xff\xfe", b"\xfe\xff") or head[:4] in (b"\x00\x00\xfe\xff",):
        head = decode_text(head).text.encode("utf-8", "replace")
    return bool(_HTML_START.match(head.lstrip(b"\xef\xbb\xbf")))


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsclean", description="Clean news pages scraped from aggregators."
    )
    parser.add_argument("--version", action="version", version=f"newsclean {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    clean = sub.add_parser("clean", help="clean page files (text or HTML) into Article JSON lines")
    kind = clean.add_mutually_exclusive_group()
    kind.add_argument(
        "--text", dest="kind", action="store_const", const="text", help="treat inputs as page text"
    )
    kind.add_argument(
        "--html", dest="kind", action="store_const", const="html", help="treat inputs as HTML"
    )
    clean.add_argument("--url", help="the page URL (picks the aggregator profile)")
    clean.add_argument(
        "--aggregator",
        choices=sorted(p for p, profile in PROFILES.items() if profile.aggregator),
        help="force an aggregator profile",
    )
    clean.add_argument(
        "--explain",
        action="store_true",
        help="record each removed line and its rule in metadata.removed",
    )
    clean.add_argument(
        "--encoding",
        help="the inputs' encoding, when known for certain (default: as a browser decides: "
        "BOM, <meta charset>, else detected)",
    )
    clean.add_argument(
        "--max-bytes", type=int, default=MAX_INPUT_BYTES, metavar="N",
        help=f"cut longer inputs to N bytes, flagged input-truncated (default {MAX_INPUT_BYTES})",
    )
    clean.add_argument(
        "--time-budget", type=float, default=TIME_BUDGET, metavar="SECONDS",
        help=f"seconds one input may take; past it the record is flagged with the input's "
        f"visible text (default {TIME_BUDGET:g}; 0: no limit)",
    )
    clean.add_argument(
        "-o", "--output", type=Path, help="write JSON lines to this file instead of standard output"
    )
    _add_learning_flags(clean)
    clean.add_argument("paths", nargs="+", metavar="PATH",
                       help="input files (gzip is decompressed), or - for stdin")
    crawl = sub.add_parser(
        "crawl", help="run aggregator spiders into one JSONL file (replay stored pages offline)"
    )
    crawl.add_argument("spiders", nargs="*", metavar="SPIDER",
                       help=f"spiders to run (default: all: {' '.join(spider_names())})")
    crawl.add_argument("--replay", type=Path, metavar="DIR",
                       help="answer every request from the stored pages under DIR (no network)")
    crawl.add_argument("-o", "--output", type=Path, default=Path("articles.jsonl"),
                       help="JSON lines file to write (default: articles.jsonl)")
    crawl.add_argument("--log-level", default="INFO", help="Scrapy log level (default: INFO)")
    crawl.add_argument("--redis", metavar="URL",
                       help="share one queue and dupefilter with other workers on this Redis "
                       "(redis://[:PASSWORD@]HOST:PORT/DB, rediss:// for TLS; needs the redis "
                       "extra)")
    crawl.add_argument("-s", "--set", dest="settings", action="append", default=[],
                       metavar="NAME=VALUE", help="set a Scrapy setting (repeatable)")
    crawl.add_argument("--explain", action="store_true",
                       help="record each line's rule (metadata.removed, metadata.lines): what "
                       "`newsclean report` shows")
    _add_report_parser(sub)
    dedup = sub.add_parser(
        "dedup", help="set storyId/duplicateOf on Article JSON lines (one story, one record)"
    )
    dedup.add_argument("input", metavar="IN", help="Article JSON lines file, or - for stdin")
    dedup.add_argument("-o", "--output", type=Path,
                       help="write JSON lines to this file instead of standard output")
    dedup.add_argument("--db", default=":memory:", metavar="FILE",
                       help="story store to use and keep: an SQLite file, or a redis:// URL "
                       "(default: none, this file only)")
    return parser


def _add_report_parser(sub: Any) -> None:
    report = sub.add_parser(
        "report", help="an HTML audit of Article JSON lines: what was removed from each page, why"
    )
    report.add_argument("paths", nargs="+", type=Path, metavar="IN.jsonl",
                        help="Article JSON lines (written with --explain to see removed lines)")
    report.add_argument("-o", "--output", type=Path, default=Path("report.html"),
                        help="HTML file to write (default: report.html)")
    report.add_argument("--bench", type=Path, action="append", default=[], metavar="FILE",
                        help="a benchmark result to chart (bench/bench_extraction.py --json)")


def run_report(args: argparse.Namespace, err: TextIO) -> int:
    """``newsclean report``: skipped lines are named and make the exit status 1."""
    from .report import report_from_jsonl

    try:
        benches = [json.loads(path.read_text(encoding="utf-8")) for path in args.bench]
        summary, bad = report_from_jsonl(args.paths, args.output, benches)
    except (OSError, ValueError) as exc:
        err.write(f"newsclean: report: {exc}\n")
        return 2
    for line in bad:
        err.write(f"newsclean: {line}: skipped\n")
    err.write(f"newsclean: report of {summary.pages} pages ({summary.explained} with --explain) "
              f"written to {args.output}\n")
    return 1 if bad else 0


def _add_learning_flags(clean: argparse.ArgumentParser) -> None:
    clean.add_argument(
        "--jsonl", action="store_true",
        help='inputs are JSON lines, one page each: {"url", "text" or "html"}',
    )
    clean.add_argument(
        "--learn-chrome", action="store_true",
        help="with --jsonl: learn each host's repeated lines across the batch (read twice: "
        "observe all, then clean all) and remove them as chrome",
    )
    clean.add_argument(
        "--chrome-db", metavar="FILE|URL",
        help="learned-chrome store: an SQLite file or a redis:// URL (default: "
        "$NEWSCLEAN_CHROME_DB, else .newsclean/chrome.sqlite)",
    )
    clean.add_argument("--chrome-min-pages", type=int, default=5, metavar="N",
                       help="pages of a host a line must be on to be learned (default 5)")
    clean.add_argument("--chrome-max-lines", type=int, default=MAX_LINES, metavar="N",
                       help="learned lines kept per host, the least seen dropped first "
                       f"(default {MAX_LINES}; NEWSCLEAN_CHROME_MAX_LINES in a crawl)")


def run_jsonl(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """``--jsonl``: one Article per record; with ``--learn-chrome`` two passes over the batch."""
    from .learn import (
        Bound,
        ChromeLearner,
        ChromeStoreError,
        Policy,
        default_path,
        open_chrome_store,
    )
    from .learn.batch import BadRecord, clean_record, read_records

    try:
        texts = [_read(path).decode("utf-8", "replace") for path in args.paths]
    except OSError as exc:
        err.write(f"newsclean: cannot read input: {exc.strerror or exc}\n")
        return 1
    learner = None
    if args.learn_chrome:
        try:
            store = open_chrome_store(args.chrome_db or default_path(),
                                      Bound(max_lines=args.chrome_max_lines))
            learner = ChromeLearner(store, Policy(min_pages=args.chrome_min_pages))
        except (ChromeStoreError, ValueError) as exc:
            err.write(f"newsclean: --learn-chrome: {exc}\n")
            return 2
    status = 0
    options: dict[str, Any] = {"explain": args.explain, "max_bytes": args.max_bytes}
    passes = ("observe", "clean") if learner is not None else ("clean",)
    try:
        for step in passes:
            if learner is not None:
                learner.learn = step == "observe"
            for name, text in zip(args.paths, texts, strict=True):
                for number, record in read_records(text.splitlines()):
                    if isinstance(record, BadRecord):
                        if step == "clean":
                            err.write(f"newsclean: {name}:{number}: skipped: {record}\n")
                            status = 1
                        continue
                    try:
                        with time_budget(args.time_budget):
                            article = clean_record(record, learner, **options)
                    except TimeBudgetExceeded as exc:
                        if step == "clean":
                            err.write(f"newsclean: {name}:{number}: {exc}; written flagged\n")
                            status = 1
                        article = failed_article(record.get("html") or record.get("text"),
                                                 record.get("url"), exc)
                    if step == "clean":
                        out.write(json.dumps(article.to_dict(), ensure_ascii=False) + "\n")
    except ChromeStoreError as exc:
        err.write(f"newsclean: --learn-chrome: {exc}\n")
        return 2
    finally:
        if learner is not None:
            learner.close()
    return status


def _read(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    return Path(path).read_bytes()


def clean_bytes(
    data: bytes,
    *,
    kind: str | None,
    url: str | None,
    aggregator: str | None,
    explain: bool,
    encoding: str | None = None,
    max_bytes: int | None = MAX_INPUT_BYTES,
) -> Article:
    """Clean one input's (decompressed) bytes; raises ``UnknownEncodingError`` for an
    ``encoding`` that does not exist."""
    options: dict[str, Any] = {"url": url, "aggregator": aggregator, "explain": explain,
                               "encoding": encoding, "max_bytes": max_bytes}
    if kind == "html" or (kind is None and looks_like_html(data)):
        return clean_html(data, **options)
    return clean_text(data, **options)


def run_clean(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    if args.jsonl:
        return run_jsonl(args, out, err)
    if args.learn_chrome:
        err.write("newsclean: --learn-chrome needs --jsonl (a batch of pages to learn from)\n")
        return 2
    status = 0
    for path in args.paths:
        name = "<stdin>" if path == "-" else path
        try:
            data = _read(path)
            if is_gzip(data):
                # One byte past the limit, so that cleaning sees the cut and flags it.
                limit = args.max_bytes + 1 if args.max_bytes > 0 else sys.maxsize
                data = gunzip(data, limit)
        except OSError as exc:  # gzip.BadGzipFile is one
            err.write(f"newsclean: cannot read {name}: {exc.strerror or exc}\n")
            status = 1
            continue
        try:
            with time_budget(args.time_budget):
                article = clean_bytes(
                    data, kind=args.kind, url=args.url, aggregator=args.aggregator,
                    explain=args.explain, encoding=args.encoding, max_bytes=args.max_bytes,
                )
        except UnknownEncodingError as exc:
            err.write(f"newsclean: --encoding: {exc}\n")
            return 2
        except TimeBudgetExceeded as exc:
            err.write(f"newsclean: {name}: {exc}; written flagged, with its visible text\n")
            article = failed_article(data, args.url, exc)
            status = 1
        out.write(json.dumps(article.to_dict(), ensure_ascii=False) + "\n")
    return status


def run_dedup(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from .dedup import StoreError
    from .dedup.jsonl import dedup_lines

    try:
        if args.input == "-":
            stdin = io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8", errors="replace")
            return dedup_lines(stdin, out, err, name="<stdin>", db=args.db)
        with open(args.input, encoding="utf-8", errors="replace") as lines:
            return dedup_lines(lines, out, err, name=args.input, db=args.db)
    except OSError as exc:
        err.write(f"newsclean: cannot read {args.input}: {exc.strerror or exc}\n")
    except StoreError as exc:
        err.write(f"newsclean: {exc}\n")
    return 2


def main(argv: Sequence[str] | None = None) -> int:
    args = _build_parser().parse_args(argv)
    if args.command == "report":
        return run_report(args, sys.stderr)
    run = run_dedup if args.command == "dedup" else run_clean
    if (args.command == "dedup" and args.output and args.input != "-"
            and Path(args.input).resolve() == args.output.resolve()):
        sys.stderr.write("newsclean: dedup cannot write over its input; name another -o file\n")
        return 2
    if args.command == "crawl":
        from .scrapy.crawl import SPIDERS, crawl
        from .scrapy.middleware import ReplayConfigError
        from .scrapy.redis_settings import RedisUnavailableError
        from .scrapy.settings import BadSettingError, UnknownSettingError

        pairs = [item.partition("=") for item in args.settings]
        if any(not name or not sep for name, sep, _ in pairs):
            sys.stderr.write("newsclean: -s takes NAME=VALUE\n")
            return 2
        unknown = sorted(set(args.spiders) - set(SPIDERS))
        if unknown:
            sys.stderr.write(f"newsclean: unknown spider(s) {', '.join(unknown)}; "
                             f"known: {', '.join(SPIDERS)}\n")
            return 2
        try:
            return crawl(args.spiders or SPIDERS, args.output, args.replay, args.log_level,
                         redis_url=args.redis, overrides={n: v for n, _, v in pairs},
                         explain=args.explain)
        # Replay asked for but impossible: never go online. Redis unreachable: say it once.
        except (ReplayConfigError, RedisUnavailableError, UnknownSettingError,
                BadSettingError) as exc:
            sys.stderr.write(f"newsclean: {exc}\n")
            return 2
    if args.output:
        try:
            out = args.output.open("w", encoding="utf-8")
        except OSError as exc:
            sys.stderr.write(f"newsclean: cannot write {args.output}: {exc.strerror or exc}\n")
            return 2
        with out:
            return run(args, out, sys.stderr)
    return run(args, sys.stdout, sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
