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
    run = run_dedup if args.command == "dedup" else run_clean
    if (args.command == "dedup" and args.output and args.input != "-"
            and Path(args.input).resolve() == args.output.resolve()):
        sys.stderr.write("newsclean: dedup cannot write over its input; name another -o file\n")
        return 2
    if args.command == "crawl":
        from .scrapy.crawl import SPIDERS, crawl
        from .scrapy.middleware import ReplayConfigError

        unknown = sorted(set(args.spiders) - set(SPIDERS))
        if unknown:
            sys.stderr.write(f"newsclean: unknown spider(s) {', '.join(unknown)}; "
                             f"known: {', '.join(SPIDERS)}\n")
            return 2
        try:
            return crawl(args.spiders or SPIDERS, args.output, args.replay, args.log_level)
        except ReplayConfigError as exc:  # replay asked for but impossible: never go online
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
