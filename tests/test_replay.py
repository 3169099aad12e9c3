"""``ReplayMiddleware``: stored pages answer every request; nothing reaches the network."""

from __future__ import annotations

import json
import logging
import shutil
from pathlib import Path
from typing import Any

import pytest
from scrapy import Request
from scrapy.core.downloader.handlers.http11 import HTTP11DownloadHandler
from scrapy.exceptions import NotConfigured
from scrapy.http import HtmlResponse, Response, TextResponse
from scrapy.utils.defer import deferred_f_from_coro_f
from scrapy.utils.misc import build_from_crawler
from scrapy.utils.test import get_crawler

from newsclean.scrapy.middleware import ReplayConfigError, ReplayMiddleware, load_url_map
from newsclean.scrapy.spiders.inkl import InklSpider
from newsclean.scrapy.spiders.msn import MsnSpider
from newsclean.sites import spider_names
from tools.regen_fixtures import expected_dict

from .conftest import FIXTURES
from .test_spiders import crawl

INKL_ARTICLE = "https://www.inkl.com/news/councils-warn-of-pothole-backlog-as-road-repair-fund-is-delayed-again"


def middleware(replay_dir: Path | str) -> ReplayMiddleware:
    crawler = get_crawler(settings_dict={"NEWSCLEAN_REPLAY_DIR": str(replay_dir)})
    mw: ReplayMiddleware = build_from_crawler(ReplayMiddleware, crawler)
    return mw


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every URL that reaches the HTTP download handler (there must be none)."""
    reached: list[str] = []

    async def download_request(self: Any, request: Request, *args: Any) -> Any:
        reached.append(request.url)
        raise AssertionError(f"network request to {request.url}")

    monkeypatch.setattr(HTTP11DownloadHandler, "download_request", download_request)
    return reached


def copy_fixtures(tmp_path: Path, name: str) -> Path:
    target = tmp_path / name
    shutil.copytree(FIXTURES / name, target)
    return target


def edit_urls(folder: Path, change: Any) -> None:
    path = folder / "urls.json"
    urls = json.loads(path.read_text(encoding="utf-8"))
    change(urls)
    path.write_text(json.dumps(urls), encoding="utf-8")


# --- the middleware on its own -------------------------------------------------------------


@pytest.mark.parametrize("value", ["", "   ", None])
def test_not_configured_only_when_replay_dir_is_unset_or_blank(value: str | None) -> None:
    crawler = get_crawler(settings_dict={"NEWSCLEAN_REPLAY_DIR": value})
    with pytest.raises(NotConfigured):
        build_from_crawler(ReplayMiddleware, crawler)


def _bad_folder(tmp_path: Path, kind: str) -> tuple[Path, str]:
    """A replay folder that cannot be replayed, and the reason the error must give."""
    folder = tmp_path / "replay"
    if kind == "missing":
        return folder, "no such folder"
    if kind == "file":
        folder.write_text("{}", encoding="utf-8")
        return folder, "not a folder"
    folder.mkdir()
    if kind == "empty":
        return folder, "empty"
    if kind == "no-map":
        (folder / "page.html").write_text("<html></html>", encoding="utf-8")
        (folder / "deep" / "deeper").mkdir(parents=True)  # below the direct sub-folders
        (folder / "deep" / "deeper" / "urls.json").write_text("{}", encoding="utf-8")
        return folder, r"no urls\.json"
    sub = folder / "site"
    sub.mkdir()
    body = {"broken-json": '{"https://a.example/": ', "not-object": '["page.html"]'}[kind]
    (sub / "urls.json").write_text(body, encoding="utf-8")
    return folder, {"broken-json": "not valid JSON", "not-object": "not a JSON object"}[kind]


BAD_FOLDERS = ["missing", "file", "empty", "no-map", "broken-json", "not-object"]


@pytest.mark.parametrize("kind", BAD_FOLDERS)
def test_a_bad_folder_is_a_replay_config_error_never_not_configured(
    tmp_path: Path, kind: str
) -> None:
    # NotConfigured would make Scrapy leave the middleware out and crawl online.
    folder, reason = _bad_folder(tmp_path, kind)
    with pytest.raises(ReplayConfigError, match=reason) as caught:
        middleware(folder)
    assert not isinstance(caught.value, NotConfigured)
    assert caught.value.folder == str(folder)
    assert str(caught.value).startswith(f"replay folder {folder}: ")


def test_reads_every_map_below_the_folder_or_one_map_in_it() -> None:
    everything = load_url_map(FIXTURES)
    inkl_only = load_url_map(FIXTURES / "inkl")
    assert set(inkl_only) < set(everything)
    for name in spider_names():
        urls = json.loads((FIXTURES / name / "urls.json").read_text(encoding="utf-8"))
        assert len(urls) >= 6
        assert all(page.path.exists() for page in load_url_map(FIXTURES / name).values())


def test_hit_answers_with_the_stored_page() -> None:
    mw = middleware(FIXTURES)
    html = mw.process_request(Request(INKL_ARTICLE))
    assert isinstance(html, HtmlResponse)
    assert (html.status, html.encoding, html.url) == (200, "utf-8", INKL_ARTICLE)
    assert "Councils warn of pothole backlog" in html.text
    api = mw.process_request(
        Request("https://assets.msn.com/content/view/v2/Detail/en-us/AA1zQ4kT")
    )
    assert type(api) is TextResponse
    assert json.loads(api.text)["id"] == "AA1zQ4kT"
    robots = mw.process_request(Request("https://www.inkl.com/robots.txt"))
    assert type(robots) is TextResponse and "Disallow: /account/" in robots.text
    # Matching is on canonical URLs: a fragment or the query order make no difference.
    assert mw.process_request(Request(INKL_ARTICLE + "#comments")).status == 200
    assert mw.crawler.stats.get_value("newsclean/replay/hit") == 4


def test_miss_is_a_404_counted_and_logged(caplog: pytest.LogCaptureFixture) -> None:
    mw = middleware(FIXTURES)
    with caplog.at_level(logging.WARNING, logger="newsclean.scrapy.middleware"):
        response = mw.process_request(Request("https://www.inkl.com/news/not-stored"))
    assert response.status == 404 and response.body == b""
    assert mw.crawler.stats.get_value("newsclean/replay/miss") == 1
    assert "https://www.inkl.com/news/not-stored" in caplog.text


@pytest.mark.parametrize(
    "url",
    ["ftp://ftp.example/pub/a.txt", "s3://bucket/key.html", "file:///etc/hostname",
     "data:text/html,<p>hi</p>"],
)
def test_other_schemes_are_misses_even_when_stored(tmp_path: Path, url: str) -> None:
    # Only http(s) is replayed: nothing else may stand in for a download handler.
    (tmp_path / "page.html").write_text("<html><body><p>x</p></body></html>", encoding="utf-8")
    (tmp_path / "urls.json").write_text(json.dumps({url: "page.html"}), encoding="utf-8")
    mw = middleware(tmp_path)
    response = mw.process_request(Request(url))
    assert (response.status, response.body) == (404, b"")
    assert mw.crawler.stats.get_value("newsclean/replay/miss") == 1
    assert mw.crawler.stats.get_value("newsclean/replay/hit") is None


def test_encoding_from_the_page_when_not_utf8(tmp_path: Path) -> None:
    page = '<html><head><meta charset="iso-8859-1"></head><body><p>Café déjà vu</p></body></html>'
    (tmp_path / "page.html").write_bytes(page.encode("iso-8859-1"))
    (tmp_path / "data.bin").write_bytes(b"\x00\x01\xff\xfe")
    (tmp_path / "urls.json").write_text(
        json.dumps({"https://a.example/p": "page.html", "https://a.example/b": "data.bin"})
    )
    mw = middleware(tmp_path)
    response = mw.process_request(Request("https://a.example/p"))
    assert isinstance(response, HtmlResponse)
    assert "Café déjà vu" in response.text
    binary = mw.process_request(Request("https://a.example/b"))
    assert type(binary) is Response


# --- through the engine ---------------------------------------------------------------------


@deferred_f_from_coro_f
async def test_crawl_makes_no_network_request(no_network: list[str]) -> None:
    items, stats = await crawl(InklSpider, FIXTURES)
    assert len(items) == 3
    assert no_network == []
    assert stats["newsclean/replay/hit"] == stats["downloader/request_count"] == 6


@deferred_f_from_coro_f
async def test_miss_and_parse_error_do_not_stop_the_crawl(
    tmp_path: Path, no_network: list[str], caplog: pytest.LogCaptureFixture
) -> None:
    folder = copy_fixtures(tmp_path, "inkl")
    # One article is not stored (miss → 404), one is stored as binary junk (parse error).
    edit_urls(folder, lambda urls: urls.pop(INKL_ARTICLE))
    (folder / "article-free-cottage" / "body.html").write_bytes(b"\x00\x9f\x92\x96 not a page")
    with caplog.at_level(logging.WARNING):
        items, stats = await crawl(InklSpider, tmp_path)
    assert [expected_dict(i)["headline"] for i in items] == [
        "Cyclone Miri live: storm makes landfall on Viti Levu as thousands shelter"
    ]
    assert stats["newsclean/replay/miss"] == 1
    assert stats["downloader/response_status_count/404"] == 1
    assert stats["newsclean/spider/parse_error"] == 1
    assert "lighthouse-keeper-s-cottage" in caplog.text  # the page that failed, by URL
    assert INKL_ARTICLE in caplog.text  # the miss, by URL
    assert no_network == []


@deferred_f_from_coro_f
async def test_msn_bad_json_is_a_parse_error(tmp_path: Path, no_network: list[str]) -> None:
    folder = copy_fixtures(tmp_path, "msn")
    (folder / "detail-AA1zR7mW" / "body.json").write_text('{"title": "cut off', encoding="utf-8")
    items, stats = await crawl(MsnSpider, tmp_path)
    assert len(items) == 2
    assert stats["newsclean/spider/parse_error"] == 1
    assert no_network == []


@deferred_f_from_coro_f
async def test_robots_txt_still_applies(tmp_path: Path, no_network: list[str]) -> None:
    folder = copy_fixtures(tmp_path, "inkl")
    robots = folder / "robots" / "body.txt"
    robots.write_text("User-agent: *\nDisallow: /news/\n", encoding="utf-8")
    items, stats = await crawl(InklSpider, tmp_path)
    assert items == []
    assert stats["robotstxt/forbidden"] == 3
    assert no_network == []


def test_a_misspelt_replay_setting_stops_the_crawl_instead_of_going_online() -> None:
    from newsclean.scrapy.settings import UnknownSettingError

    crawler = get_crawler(settings_dict={"NEWSCLEAN_REPLAYDIR": str(FIXTURES)})
    with pytest.raises(UnknownSettingError, match="did you mean NEWSCLEAN_REPLAY_DIR"):
        build_from_crawler(ReplayMiddleware, crawler)
