"""The aggregator spiders crawl their stored pages through the real Scrapy engine (replay on).

Each stored article must be found from the listing pages and yielded exactly once, equal to its
case's ``expected.json`` (regenerate with ``python -m tools.regen_fixtures``) and true
to the hand-written facts of its ``spec.json`` (``fixtures/<site>/<case>/``).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from scrapy import Spider, signals
from scrapy.utils.defer import deferred_f_from_coro_f, maybe_deferred_to_future
from scrapy.utils.test import get_crawler

import newsclean.scrapy.project as project_settings
from newsclean.scrapy.spiders import SPIDERS
from newsclean.scrapy.spiders.inkl import InklSpider
from newsclean.scrapy.spiders.msn import MsnSpider
from newsclean.scrapy.spiders.newsbreak import NewsBreakSpider
from newsclean.scrapy.spiders.yahoo import YahooSpider
from tools.regen_fixtures import (
    expected_dict,
    expected_path,
    spec_path,
    spec_problems,
    stored_articles,
    stored_file_for,
    url_map,
)

from .conftest import FIXTURES, IN_THREAD, ROOT

# Spec facts the core does not meet yet, each with the reason; strict: fixed → remove the entry.
KNOWN_GAPS: dict[tuple[str, str], str] = {}


def project_settings_dict(**overrides: Any) -> dict[str, Any]:
    """newsclean's Scrapy project settings (as ``scrapy crawl`` uses them) plus test ones."""
    settings = {k: getattr(project_settings, k) for k in dir(project_settings) if k.isupper()}
    settings.update(
        {
            "REMOTE_CONTROL_ENABLED": False,
            "TELNETCONSOLE_ENABLED": False,
            "LOG_LEVEL": "WARNING",
            "NEWSCLEAN_CONTACT": "tests@newsclean.invalid",
        }
    )
    settings.update(overrides)
    return settings


class Collector:
    """Receives ``item_scraped``; a live object, since signal receivers are weak references."""

    def __init__(self) -> None:
        self.items: list[Any] = []

    def item_scraped(self, item: Any) -> None:
        self.items.append(item)


async def crawl(
    spidercls: type[Spider],
    replay_dir: Path,
    *,
    settings: dict[str, Any] | None = None,
    **spider_args: Any,
) -> tuple[list[Any], dict[str, Any]]:
    """Run one spider over stored pages; its items and its final stats."""
    crawler = get_crawler(
        spidercls,
        project_settings_dict(NEWSCLEAN_REPLAY_DIR=str(replay_dir), **(settings or {})),
    )
    collector = Collector()
    crawler.signals.connect(collector.item_scraped, signal=signals.item_scraped)
    await maybe_deferred_to_future(crawler.crawl(**spider_args))
    return collector.items, crawler.stats.get_stats()


def _cases() -> list[Any]:
    cases = []
    for name in SPIDERS:
        for stored in stored_articles(FIXTURES / name):
            marks = []
            if (name, stored) in KNOWN_GAPS:
                marks.append(pytest.mark.xfail(reason=KNOWN_GAPS[name, stored], strict=True))
            cases.append(pytest.param(name, stored, id=f"{name}/{stored}", marks=marks))
    return cases


# One crawl per spider, shared by the tests of that spider's articles.
_CRAWLS: dict[str, tuple[list[Any], dict[str, Any]]] = {}


async def crawled(name: str) -> tuple[list[Any], dict[str, Any]]:
    if name not in _CRAWLS:
        _CRAWLS[name] = await crawl(SPIDERS[name], FIXTURES)
    return _CRAWLS[name]


@pytest.mark.parametrize("name", list(SPIDERS))
@deferred_f_from_coro_f
async def test_every_stored_article_is_crawled_once(name: str) -> None:
    items, stats = await crawled(name)
    agg_dir = FIXTURES / name
    urls = [expected_dict(item)["url"] for item in items]
    assert len(urls) == len(set(urls)), "an article was yielded twice"
    assert sorted(stored_file_for(agg_dir, u) or u for u in urls) == stored_articles(agg_dir)
    assert len(items) >= 3
    assert stats.get("newsclean/spider/parse_error", 0) == 0
    assert stats.get("newsclean/replay/miss", 0) == 0
    assert stats["newsclean/replay/hit"] == stats["downloader/request_count"]
    assert stats["newsclean/items/cleaned"] == len(items)
    assert stats.get("robotstxt/response_status_count/200", 0) >= 1


@pytest.mark.parametrize("name", list(SPIDERS))
def test_spiders_hold_no_article_urls(name: str) -> None:
    """Articles are discovered from listings: a spider starts from listing pages only."""
    spider = SPIDERS[name]()
    assert spider.start_urls
    assert not any(spider.is_article_url(u) for u in spider.start_urls)


@pytest.mark.parametrize(("name", "stored"), _cases())
@deferred_f_from_coro_f
async def test_article_matches_expected_and_spec(name: str, stored: str) -> None:
    items, _ = await crawled(name)
    agg_dir = FIXTURES / name
    by_file = {stored_file_for(agg_dir, expected_dict(i)["url"]): expected_dict(i) for i in items}
    article = by_file[stored]
    expected = json.loads(expected_path(agg_dir, stored).read_text(encoding="utf-8"))
    for field, value in expected.items():
        assert article[field] == value, f"{field} differs from {stored} expected.json"
    assert article == expected
    spec = json.loads(spec_path(agg_dir, stored).read_text(encoding="utf-8"))
    # The spec's hand-written facts, spelled out, then everything else it states.
    assert article["headline"] == spec["headline"]
    assert article["publisher"] == spec["publisher"]
    assert [a["name"] for a in article["authors"]] == spec["authors"]
    assert article["truncated"] is spec["truncated"]
    paragraphs = article["articleBody"].split("\n\n")
    assert " ".join(paragraphs[0].split()) == " ".join(spec["first_paragraph"].split())
    assert " ".join(paragraphs[-1].split()) == " ".join(spec["last_paragraph"].split())
    for chrome in spec["without"]:
        assert chrome not in article["articleBody"]
    assert spec_problems(article, spec) == []


def test_gated_fixtures_are_truncated() -> None:
    gated = [
        (name, stored)
        for name in SPIDERS
        for stored in stored_articles(FIXTURES / name)
        if json.loads(spec_path(FIXTURES / name, stored).read_text(encoding="utf-8"))["truncated"]
    ]
    assert {name for name, _ in gated} == set(SPIDERS)  # a gated page for every site
    for name, stored in gated:
        expected = json.loads(expected_path(FIXTURES / name, stored).read_text(encoding="utf-8"))
        assert expected["truncated"] is True, f"{name}/{stored}"


@deferred_f_from_coro_f
async def test_start_urls_and_max_items_arguments() -> None:
    items, stats = await crawl(
        InklSpider, FIXTURES, start_urls="https://www.inkl.com/sections/world", max_items="1"
    )
    assert len(items) == 1
    assert stats["newsclean/spider/article_requests"] == 1


@deferred_f_from_coro_f
async def test_start_url_that_is_an_article_is_fetched_as_one() -> None:
    url = "https://www.msn.com/en-us/news/world/port-city-weighs-tolls-on-cruise-passengers-as-day-trip-crowds-swell/ar-AA1zR7mW"
    items, _ = await crawl(MsnSpider, FIXTURES, start_urls=url)
    assert [expected_dict(i)["url"] for i in items] == [url]
    assert expected_dict(items[0])["truncated"] is True


def test_bad_spider_arguments() -> None:
    with pytest.raises(ValueError, match="max_items"):
        InklSpider(max_items="many")
    with pytest.raises(ValueError, match="max_items"):
        InklSpider(max_items=-1)
    assert YahooSpider(section="science").start_urls == ["https://www.yahoo.com/news/science/"]
    assert NewsBreakSpider(start_urls="https://a.example/x, https://a.example/y").start_urls == [
        "https://a.example/x",
        "https://a.example/y",
    ]


def test_scrapy_crawl_command_replays_fixtures(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "scrapy",
            "crawl",
            "inkl",
            "-s",
            "NEWSCLEAN_REPLAY_DIR=fixtures",
            "-s",
            "REMOTE_CONTROL_ENABLED=False",
            "-s",
            "TELNETCONSOLE_ENABLED=False",
            "-O",
            str(out),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    lines = out.read_text(encoding="utf-8").splitlines()
    articles = [json.loads(line) for line in lines]
    assert sorted(a["url"] for a in articles) == sorted(
        url for url, case in url_map(FIXTURES / "inkl").items()
        if case in stored_articles(FIXTURES / "inkl")
    )
    assert all(a["publisher"] and a["articleBody"] for a in articles)
    assert "’" in out.read_text(encoding="utf-8")  # FEED_EXPORT_ENCODING utf-8, not \u2019


def test_pipeline_cleans_msn_json_items() -> None:
    from scrapy.utils.misc import build_from_crawler

    from newsclean.article import Article
    from newsclean.scrapy.pipeline import CleanArticlePipeline

    crawler = get_crawler(settings_dict=IN_THREAD)
    pipeline = build_from_crawler(CleanArticlePipeline, crawler)
    url = "https://www.msn.com/en-us/news/world/x/ar-AA1zQ4kT"
    text = (FIXTURES / "msn" / "detail-AA1zQ4kT" / "body.json").read_text(encoding="utf-8")
    for raw in (text, text.encode("utf-8"), json.loads(text)):
        article = pipeline.process_item({"url": url, "msn_json": raw, "aggregator": "msn"})
        assert isinstance(article, Article)
        assert (article.url, article.publisher, article.aggregator) == (url, "Reuters", "msn")
    flagged = pipeline.process_item({"url": url, "msn_json": "[1, 2]"})
    assert flagged.metadata.flags[0].startswith("clean-failed: ValueError")
    assert crawler.stats.get_value("newsclean/items/cleaned") == 3
    assert crawler.stats.get_value("newsclean/errors/ValueError") == 1


def test_user_agent_names_the_contact_and_replay_drops_delays() -> None:
    live = get_crawler(InklSpider, project_settings_dict(NEWSCLEAN_CONTACT="ops@example.org"))
    assert "ops@example.org" in live.settings["USER_AGENT"]
    assert live.settings.getbool("ROBOTSTXT_OBEY") and live.settings.getbool("AUTOTHROTTLE_ENABLED")
    assert live.settings.getfloat("DOWNLOAD_DELAY") > 0
    replay = get_crawler(InklSpider, project_settings_dict(NEWSCLEAN_REPLAY_DIR=str(FIXTURES)))
    assert replay.settings.getfloat("DOWNLOAD_DELAY") == 0
    assert not replay.settings.getbool("AUTOTHROTTLE_ENABLED")


def test_article_item_decodes_an_undeclared_legacy_page_as_a_browser_would() -> None:
    """Scrapy reads a page that declares no charset as cp1252; the spider's item must hold
    the page's own text."""
    from scrapy.http import HtmlResponse

    from newsclean.scrapy.spiders.inkl import InklSpider

    page = "<html><body><article><p>東京で大雨、交通機関に遅れ</p></article></body></html>"
    response = HtmlResponse(
        url="https://www.inkl.com/news/x", body=page.encode("shift_jis"),
        headers={"Content-Type": "text/html"},
    )
    assert InklSpider().article_item(response)["html"] == page
