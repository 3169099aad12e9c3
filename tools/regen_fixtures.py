"""Regenerate the ``expected.json`` of every site fixture case from an offline replay crawl.

    python -m tools.regen_fixtures            # every site's spider, write changes
    python -m tools.regen_fixtures --check    # exit 1 if any generated file differs
    python -m tools.regen_fixtures NAME ...   # some sites only

Fixtures follow one convention (README, "Fixtures"): ``fixtures/<group>/<case>/`` holds one
stored response — ``body.<ext>`` (the bytes as served) and ``response.json`` (``url``,
``status``, ``headers``) — plus ``spec.json`` (hand-written expectations) and ``expected.json``
(the expected Article) where the case has them. A site's group is ``fixtures/<site>/``; sites
and their spiders come from the site registry (:mod:`newsclean.sites`).

For each site this tool first writes ``fixtures/<site>/urls.json``, the replay map generated
from the case folders (URL → ``<case>/body.<ext>`` with status and content type), which is what
``ReplayMiddleware`` reads. Then each spider crawls its stored pages through the real Scrapy
engine with ``ReplayMiddleware`` and ``CleanArticlePipeline`` (no network), exactly as ``scrapy
crawl <name> -s NEWSCLEAN_REPLAY_DIR=fixtures`` does. Every article is written into its case as
the full Article (``Article.to_dict()`` without ``metadata.dateDownloaded``). Changed files are
shown as a unified diff to review by eye, and each result is checked against the case's
hand-written ``spec.json``: a disagreement is printed and makes the exit status 1.
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from itemadapter import ItemAdapter

from newsclean.sites import json_adapters, spider_names

AGGREGATORS = spider_names()
DEFAULT_FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"

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


RESPONSE_FILE = "response.json"
"""A case's response description: ``url``, ``status``, ``headers`` (with ``Content-Type``)."""
BODY_STEM = "body"
"""A case's response body is ``body.<ext>`` (``.html``, ``.json``, ``.txt``)."""
SPEC_FILE = "spec.json"
EXPECTED_FILE = "expected.json"
URL_MAP_FILE = "urls.json"


@dataclass(frozen=True)
class Case:
    """One fixture case: a stored response and, where it has them, its expectations."""

    folder: Path
    url: str | None
    status: int
    headers: dict[str, str]
    body_path: Path

    @property
    def name(self) -> str:
        return self.folder.name

    @property
    def spec_path(self) -> Path:
        return self.folder / SPEC_FILE

    @property
    def expected_path(self) -> Path:
        return self.folder / EXPECTED_FILE

    @property
    def content_type(self) -> str | None:
        for header, value in self.headers.items():
            if header.lower() == "content-type":
                return value
        return None

    def body(self) -> bytes:
        return self.body_path.read_bytes()

    def text(self) -> str:
        return self.body_path.read_text(encoding=self.charset() or "utf-8")

    def charset(self) -> str | None:
        """The ``charset`` parameter of the case's ``Content-Type`` header, if any."""
        for param in (self.content_type or "").split(";")[1:]:
            name, _, value = param.partition("=")
            if name.strip().lower() == "charset" and value.strip():
                return value.strip().strip('"')
        return None

    def spec(self) -> dict[str, Any] | None:
        return _read_json(self.spec_path) if self.spec_path.exists() else None

    def expected(self) -> dict[str, Any] | None:
        return _read_json(self.expected_path) if self.expected_path.exists() else None


def _read_json(path: Path) -> dict[str, Any]:
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ValueError(f"{path}: not a JSON object")
    return data


def is_case(folder: Path) -> bool:
    """A fixture case is a folder holding a ``response.json``."""
    return (folder / RESPONSE_FILE).is_file()


def read_case(folder: Path) -> Case:
    """The case stored in ``folder``; ValueError when it does not follow the convention."""
    info = _read_json(folder / RESPONSE_FILE)
    bodies = sorted(folder.glob(f"{BODY_STEM}.*"))
    if len(bodies) != 1:
        raise ValueError(f"{folder}: {len(bodies)} {BODY_STEM}.* files, expected exactly one")
    url, status, headers = info.get("url"), info.get("status", 200), info.get("headers") or {}
    if not (url is None or isinstance(url, str)) or not isinstance(status, int):
        raise ValueError(f"{folder / RESPONSE_FILE}: url must be a string or null, status an int")
    if not isinstance(headers, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in headers.items()
    ):
        raise ValueError(f"{folder / RESPONSE_FILE}: headers must map names to strings")
    return Case(folder=folder, url=url, status=status, headers=dict(headers), body_path=bodies[0])


def cases(group_dir: Path) -> list[Case]:
    """The cases of a group (``fixtures/<group>/<case>/``), by name; a nested group such as
    ``publishers/holdout`` holds no ``response.json`` and is not one of them."""
    if not group_dir.is_dir():
        return []
    return [read_case(d) for d in sorted(group_dir.iterdir()) if d.is_dir() and is_case(d)]


def generated_url_map(agg_dir: Path) -> dict[str, dict[str, Any]]:
    """The replay map of a site's cases: URL → ``{"file", "status", "content_type",
    "encoding"}``, the form ``ReplayMiddleware`` reads (``urls.json``)."""
    entries: dict[str, dict[str, Any]] = {}
    for case in cases(agg_dir):
        if case.url is None:
            continue
        if case.url in entries:
            raise ValueError(f"{agg_dir}: {case.url} is stored by two cases")
        entry: dict[str, Any] = {
            "file": case.body_path.relative_to(agg_dir).as_posix(),
            "status": case.status,
        }
        if case.content_type:
            entry["content_type"] = case.content_type.split(";")[0].strip()
        if case.charset():
            entry["encoding"] = case.charset()
        entries[case.url] = entry
    return entries


def url_map(agg_dir: Path) -> dict[str, str]:
    """A site's stored URLs, each to the name of the case that stores it."""
    return {case.url: case.name for case in cases(agg_dir) if case.url is not None}


def stored_file_for(agg_dir: Path, article_url: str) -> str | None:
    """The case an article came from: its page, or for a JSON-API site the case of the JSON
    its page URL is served from."""
    urls = url_map(agg_dir)
    for adapter in json_adapters():
        api = adapter.request_url(article_url)
        if api is not None and api in urls:
            return urls[api]
    return urls.get(article_url)


def expected_path(agg_dir: Path, case: str) -> Path:
    return agg_dir / case / EXPECTED_FILE


def spec_path(agg_dir: Path, case: str) -> Path:
    return agg_dir / case / SPEC_FILE


def stored_articles(agg_dir: Path) -> list[str]:
    """The cases that are articles: those with a hand-written spec."""
    return [case.name for case in cases(agg_dir) if case.spec_path.exists()]


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

    from newsclean.scrapy.spiders import SPIDERS

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
    """Write the replay maps, crawl, compare, write (unless ``check``); the exit status."""
    names = list(names)
    status = 0
    for name in names:
        status |= _write_file(
            fixtures / name / URL_MAP_FILE, dumps(generated_url_map(fixtures / name)),
            label=f"{name}/{URL_MAP_FILE}", check=check, out=out,
        )  # fmt: skip
    results = crawl_offline(names, fixtures)
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
            print(f"{agg_dir.name}/{stored}/{spec_file.name}: {problem}", file=out)
            status = 1
    target = expected_path(agg_dir, stored)
    label = f"{agg_dir.name}/{stored}/{target.name}"
    return status | _write_file(target, dumps(data), label=label, check=check, out=out)


def _write_file(target: Path, new: str, *, label: str, check: bool, out: Any) -> int:
    """Write ``new`` to ``target`` unless it holds it already; show the diff. With ``check``
    nothing is written and a difference is exit status 1."""
    old = target.read_text(encoding="utf-8") if target.exists() else ""
    if new == old:
        return 0
    diff = difflib.unified_diff(
        old.splitlines(keepends=True),
        new.splitlines(keepends=True),
        fromfile=f"a/{label}",
        tofile=f"b/{label}",
    )
    out.writelines(diff)
    if check:
        return 1
    target.write_text(new, encoding="utf-8")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tools.regen_fixtures",
        description="Regenerate fixtures/<site>/urls.json and <case>/expected.json "
        "from a replay crawl.",
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
