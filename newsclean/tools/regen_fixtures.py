"""Regenerate ``fixtures/<aggregator>/<page>.expected.json`` from an offline replay crawl.

    python -m newsclean.tools.regen_fixtures            # every site's spider, write changes
    python -m newsclean.tools.regen_fixtures --check    # exit 1 if any expected file differs
    python -m newsclean.tools.regen_fixtures NAME ...   # some sites only

Sites and their spiders come from the site registry (:mod:`newsclean.sites`); a site's
fixtures are ``fixtures/<site>/``.

Each spider crawls its stored pages through the real Scrapy engine with ``ReplayMiddleware``
and ``CleanArticlePipeline`` (no network), exactly as ``scrapy crawl <name> -s
NEWSCLEAN_REPLAY_DIR=fixtures`` does. Every article is written next to its stored page as the
full Article (``Article.to_dict()`` without ``metadata.dateDownloaded``). Changed files are shown
as a unified diff to review by eye, and each result is checked against the hand-written
``<page>.spec.json``: a disagreement is printed and makes the exit status 1.
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import sys
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from itemadapter import ItemAdapter

from ..sites import json_adapters, spider_names

AGGREGATORS = spider_names()
DEFAULT_FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"

_SPEC_FIELDS = (
    "url",
    "headline",
    "publisher",
    "articleSection",
    "bylineRaw",
    "organizations",
    "datePublished",
    "inLanguage",
    "truncated",
)
_WS = re.compile(r"\s+")


def expected_dict(article: Any) -> dict[str, Any]:
    """The stored form of an Article: ``to_dict()`` without ``metadata.dateDownloaded``."""
    data: dict[str, Any] = (
        article.to_dict() if hasattr(article, "to_dict") else ItemAdapter(article).asdict()
    )
    data = dict(data)
    meta = dict(data.get("metadata") or {})
    meta.pop("dateDownloaded", None)
    data["metadata"] = meta
    return data


def dumps(data: Mapping[str, Any]) -> str:
    """The exact text of an expected file (stable, readable, UTF-8)."""
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def url_map(agg_dir: Path) -> dict[str, str]:
    data = json.loads((agg_dir / "urls.json").read_text(encoding="utf-8"))
    return {url: (v if isinstance(v, str) else v["file"]) for url, v in data.items()}


def stored_file_for(agg_dir: Path, article_url: str) -> str | None:
    """The stored file an article came from: its page, or for a JSON-API site the JSON its
    page URL is served from."""
    urls = url_map(agg_dir)
    for adapter in json_adapters():
        api = adapter.request_url(article_url)
        if api is not None and api in urls:
            return urls[api]
    return urls.get(article_url)


def expected_path(agg_dir: Path, stored_file: str) -> Path:
    return agg_dir / (Path(stored_file).stem + ".expected.json")


def spec_path(agg_dir: Path, stored_file: str) -> Path:
    return agg_dir / (Path(stored_file).stem + ".spec.json")


def stored_articles(agg_dir: Path) -> list[str]:
    """Stored files that are articles: those with a hand-written spec."""
    files = set(url_map(agg_dir).values())
    return sorted(f for f in files if spec_path(agg_dir, f).exists())


def _norm(text: str | None) -> str:
    return _WS.sub(" ", text or "").strip()


def spec_problems(article: Mapping[str, Any], spec: Mapping[str, Any]) -> list[str]:
    """Where an Article dict disagrees with a hand-written spec (empty: it agrees)."""
    problems: list[str] = []
    for name in _SPEC_FIELDS:
        if name in spec and article.get(name) != spec[name]:
            problems.append(f"{name}: {article.get(name)!r} != spec {spec[name]!r}")
    if "authors" in spec:
        names = [a.get("name") for a in article.get("authors") or []]
        if names != spec["authors"]:
            problems.append(f"authors: {names!r} != spec {spec['authors']!r}")
    if "images" in spec:
        images = [
            {"caption": i.get("caption"), "credit": i.get("credit")}
            for i in article.get("images") or []
        ]
        if images != spec["images"]:
            problems.append(f"images: {images!r} != spec {spec['images']!r}")
    body = article.get("articleBody") or ""
    paragraphs = [p for p in body.split("\n\n") if p.strip()]
    if "paragraph_count" in spec and len(paragraphs) != spec["paragraph_count"]:
        problems.append(f"paragraph_count: {len(paragraphs)} != spec {spec['paragraph_count']}")
    for key, index in (("first_paragraph", 0), ("last_paragraph", -1)):
        if key in spec:
            got = _norm(paragraphs[index]) if paragraphs else ""
            if got != _norm(spec[key]):
                problems.append(f"{key}: {got[:70]!r}… != spec {_norm(spec[key])[:70]!r}…")
    for chrome in spec.get("without") or ():
        if chrome in body:
            problems.append(f"articleBody contains chrome {chrome!r}")
    return problems


def crawl_offline(names: Sequence[str], fixtures: Path) -> dict[str, list[Any]]:
    """Run the named spiders over the stored pages (one process, one reactor); their items."""
    from scrapy import signals
    from scrapy.crawler import CrawlerProcess
    from scrapy.settings import Settings

    from ..scrapy.spiders import SPIDERS

    settings = Settings()
    settings.setmodule("newsclean.scrapy.project", priority="project")
    settings.setdict(
        {
            "NEWSCLEAN_REPLAY_DIR": str(fixtures),
            "LOG_LEVEL": "WARNING",
            "TELNETCONSOLE_ENABLED": False,
            "REMOTE_CONTROL_ENABLED": False,
        },
        priority="cmdline",
    )
    collected: dict[str, list[Any]] = {name: [] for name in names}

    class Collector:
        def __init__(self, name: str) -> None:
            self.name = name

        def item_scraped(self, item: Any) -> None:
            collected[self.name].append(item)

    collectors = []  # kept alive: signal receivers are weak references
    process = CrawlerProcess(settings)
    for name in names:
        crawler = process.create_crawler(SPIDERS[name])
        collector = Collector(name)
        collectors.append(collector)
        crawler.signals.connect(collector.item_scraped, signal=signals.item_scraped)
        process.crawl(crawler)
    process.start()
    return collected


def regenerate(
    names: Iterable[str], fixtures: Path, *, check: bool = False, out: Any = sys.stdout
) -> int:
    """Crawl, compare, write (unless ``check``); the exit status."""
    names = list(names)
    results = crawl_offline(names, fixtures)
    status = 0
    for name in names:
        agg_dir = fixtures / name
        seen: dict[str, dict[str, Any]] = {}
        for item in results[name]:
            data = expected_dict(item)
            stored = stored_file_for(agg_dir, data.get("url") or "")
            if stored is None:
                print(f"{name}: item for unknown URL {data.get('url')}", file=out)
                status = 1
                continue
            if stored in seen:
                print(f"{name}: {stored} yielded more than once", file=out)
                status = 1
            seen[stored] = data
        for stored in stored_articles(agg_dir):
            if stored not in seen:
                print(f"{name}: {stored} was not crawled", file=out)
                status = 1
        for stored, data in sorted(seen.items()):
            status |= _write_one(agg_dir, stored, data, check=check, out=out)
        print(f"{name}: {len(results[name])} articles", file=out)
    return status


def _write_one(agg_dir: Path, stored: str, data: dict[str, Any], *, check: bool, out: Any) -> int:
    status = 0
    spec_file = spec_path(agg_dir, stored)
    if spec_file.exists():
        spec = json.loads(spec_file.read_text(encoding="utf-8"))
        for problem in spec_problems(data, spec):
            print(f"{agg_dir.name}/{spec_file.name}: {problem}", file=out)
            status = 1
    target = expected_path(agg_dir, stored)
    new = dumps(data)
    old = target.read_text(encoding="utf-8") if target.exists() else ""
    if new == old:
        return status
    diff = difflib.unified_diff(
        old.splitlines(keepends=True),
        new.splitlines(keepends=True),
        fromfile=f"a/{agg_dir.name}/{target.name}",
        tofile=f"b/{agg_dir.name}/{target.name}",
    )
    out.writelines(diff)
    if check:
        return 1
    target.write_text(new, encoding="utf-8")
    return status


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m newsclean.tools.regen_fixtures",
        description="Regenerate fixtures/<aggregator>/*.expected.json from a replay crawl.",
    )
    parser.add_argument("spiders", nargs="*", metavar="SPIDER", help=", ".join(AGGREGATORS))
    parser.add_argument("--fixtures", type=Path, default=DEFAULT_FIXTURES)
    parser.add_argument("--check", action="store_true", help="compare only; exit 1 on changes")
    args = parser.parse_args(argv)
    unknown = sorted(set(args.spiders) - set(AGGREGATORS))
    if unknown:
        parser.error(f"unknown spiders {unknown}; known: {', '.join(AGGREGATORS)}")
    names = [n for n in AGGREGATORS if n in args.spiders] or list(AGGREGATORS)
    return regenerate(names, args.fixtures.resolve(), check=args.check)


if __name__ == "__main__":
    sys.exit(main())
