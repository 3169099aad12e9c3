"""``newsclean clean``: files or stdin → one Article JSON object per line."""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from . import __version__
from .article import Article
from .htmlclean import clean_html
from .profiles import PROFILES
from .textclean import clean_text

_HTML_START = re.compile(
    rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|div|p|article)\b",
    re.IGNORECASE | re.DOTALL,
)


def looks_like_html(data: bytes) -> bool:
    """Sniff the input kind when neither --text nor --html is given."""
    return bool(_HTML_START.match(data[:4096]))


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
        choices=sorted(p for p in PROFILES if p != "generic"),
        help="force an aggregator profile",
    )
    clean.add_argument(
        "--explain",
        action="store_true",
        help="record each removed line and its rule in metadata.removed",
    )
    clean.add_argument(
        "-o", "--output", type=Path, help="write JSON lines to this file instead of standard output"
    )
    clean.add_argument("paths", nargs="+", metavar="PATH", help="input files, or - for stdin")
    crawl = sub.add_parser(
        "crawl", help="run aggregator spiders into one JSONL file (replay stored pages offline)"
    )
    crawl.add_argument("spiders", nargs="*", metavar="SPIDER",
                       help="spiders to run (default: inkl yahoo msn newsbreak)")
    crawl.add_argument("--replay", type=Path, metavar="DIR",
                       help="answer every request from the stored pages under DIR (no network)")
    crawl.add_argument("-o", "--output", type=Path, default=Path("articles.jsonl"),
                       help="JSON lines file to write (default: articles.jsonl)")
    crawl.add_argument("--log-level", default="INFO", help="Scrapy log level (default: INFO)")
    return parser


def _read(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    return Path(path).read_bytes()


def clean_bytes(
    data: bytes, *, kind: str | None, url: str | None, aggregator: str | None, explain: bool
) -> Article:
    """Decode and clean one input; raises UnicodeDecodeError for undecodable text."""
    if kind == "html" or (kind is None and looks_like_html(data)):
        return clean_html(data, url=url, aggregator=aggregator, explain=explain)
    text = data.decode("utf-8-sig")
    return clean_text(text, url=url, aggregator=aggregator, explain=explain)


def run_clean(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    status = 0
    for path in args.paths:
        name = "<stdin>" if path == "-" else path
        try:
            data = _read(path)
            article = clean_bytes(
                data, kind=args.kind, url=args.url, aggregator=args.aggregator, explain=args.explain
            )
        except OSError as exc:
            err.write(f"newsclean: cannot read {name}: {exc.strerror or exc}\n")
            status = 1
            continue
        except UnicodeDecodeError as exc:
            err.write(
                f"newsclean: {name} is not UTF-8 text ({exc.reason} at byte {exc.start}); "
                "pass --html if it is an HTML page\n"
            )
            status = 1
            continue
        out.write(json.dumps(article.to_dict(), ensure_ascii=False) + "\n")
    return status


def main(argv: Sequence[str] | None = None) -> int:
    args = _build_parser().parse_args(argv)
    if args.command == "crawl":
        from .crawl import SPIDERS, crawl
        from .middlewares import ReplayConfigError

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
        with args.output.open("w", encoding="utf-8") as out:
            return run_clean(args, out, sys.stderr)
    return run_clean(args, sys.stdout, sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
