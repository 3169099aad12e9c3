"""Replay is offline or nothing: no request leaves the process, and a bad folder stops the crawl.

The subprocess tests run the real commands with a ``sitecustomize`` that blocks and records
every socket connection and DNS lookup; the in-process tests record every request that reaches
a download handler (of any scheme) and check the add-on path.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from scrapy import Request, Spider, signals
from scrapy.core.downloader.handlers import DownloadHandlers
from scrapy.exceptions import UsageError
from scrapy.http import Response
from scrapy.settings import Settings
from scrapy.utils.defer import deferred_f_from_coro_f, maybe_deferred_to_future
from scrapy.utils.test import get_crawler

from newsclean.scrapy.addon import REPLAY_MIDDLEWARE_PRIORITY, Addon
from newsclean.scrapy.middleware import ReplayConfigError, ReplayMiddleware
from newsclean.scrapy.spiders.inkl import InklSpider
from newsclean.sites import spider_names
from tools.regen_fixtures import stored_articles

from .conftest import FIXTURES, ROOT
from .test_replay import BAD_FOLDERS, _bad_folder, copy_fixtures, edit_urls
from .test_spiders import Collector

GUARD = '''
"""Test guard: block and record every socket connection and DNS lookup of this process."""
import os
import re
import socket

_LOG = os.environ["NEWSCLEAN_TEST_NET_LOG"]


def _blocked(what):
    with open(_LOG, "a", encoding="utf-8") as log:
        log.write(what + "\\n")
    return OSError(f"network blocked by the test guard: {what}")


_connect = socket.socket.connect
_connect_ex = socket.socket.connect_ex


def connect(self, address):
    if self.family == getattr(socket, "AF_UNIX", None):  # a local pipe, not the network
        return _connect(self, address)
    raise _blocked(f"connect {address!r}")


def connect_ex(self, address):
    if self.family == getattr(socket, "AF_UNIX", None):
        return _connect_ex(self, address)
    raise _blocked(f"connect_ex {address!r}")


def create_connection(address, *args, **kwargs):
    raise _blocked(f"create_connection {address!r}")


def getaddrinfo(host, port, *args, **kwargs):
    raise socket.gaierror(str(_blocked(f"getaddrinfo {host!r} {port!r}")))


socket.socket.connect = connect
socket.socket.connect_ex = connect_ex
socket.create_connection = create_connection
socket.getaddrinfo = getaddrinfo
'''


class Guarded:
    """Runs commands with the network guard installed; ``attempts`` lists what it blocked."""

    def __init__(self, tmp_path: Path) -> None:
        guard_dir = tmp_path / "guard"
        guard_dir.mkdir()
        (guard_dir / "sitecustomize.py").write_text(GUARD, encoding="utf-8")
        self.log = tmp_path / "network-attempts.log"
        self.log.touch()
        self.env = {
            **os.environ,
            "PYTHONPATH": os.pathsep.join(
                [str(guard_dir), *filter(None, [os.environ.get("PYTHONPATH")])]
            ),
            "NEWSCLEAN_TEST_NET_LOG": str(self.log),
        }
        self.env.pop("NEWSCLEAN_REPLAY_DIR", None)

    def run(self, *args: str, cwd: Path = ROOT, **env: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, *args], cwd=cwd, env={**self.env, **env},
            capture_output=True, text=True, timeout=180, check=False,
        )  # fmt: skip

    @property
    def attempts(self) -> list[str]:
        return self.log.read_text(encoding="utf-8").splitlines()


@pytest.fixture
def guarded(tmp_path: Path) -> Guarded:
    return Guarded(tmp_path)


@pytest.fixture
def no_download(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every URL that reaches any download handler, whatever its scheme (there must be none)."""
    reached: list[str] = []

    async def download_request_async(self: Any, request: Request) -> Response:
        reached.append(request.url)
        raise AssertionError(f"download handler reached for {request.url}")

    monkeypatch.setattr(DownloadHandlers, "download_request_async", download_request_async)
    return reached


# --- the guard, the real commands ------------------------------------------------------------


def test_the_guard_blocks_and_records_connections_and_lookups(guarded: Guarded) -> None:
    # Without this the tests below could pass with a guard that catches nothing.
    probe = textwrap.dedent("""
        import socket
        for attempt in (lambda: socket.getaddrinfo("example.org", 80),
                        lambda: socket.create_connection(("127.0.0.1", 9)),
                        lambda: socket.socket().connect(("127.0.0.1", 9))):
            try:
                attempt()
            except OSError:
                pass
            else:
                raise SystemExit("not blocked")
    """)
    proc = guarded.run("-c", probe)
    assert proc.returncode == 0, proc.stderr
    assert [a.split()[0] for a in guarded.attempts] == ["getaddrinfo", "create_connection",
                                                         "connect"]


def test_newsclean_crawl_replay_writes_every_article_without_touching_the_network(
    guarded: Guarded, tmp_path: Path
) -> None:
    out = tmp_path / "articles.jsonl"
    proc = guarded.run("-m", "newsclean", "crawl", "--replay", "fixtures", "-o", str(out))
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert guarded.attempts == []
    articles = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    stored = sum(len(stored_articles(FIXTURES / name)) for name in spider_names())
    assert len(articles) == stored >= 13  # every stored article of every site
    assert "'downloader/request_count'" in proc.stderr  # requests were made, all replayed


@pytest.mark.parametrize("kind", BAD_FOLDERS)
def test_newsclean_crawl_with_a_bad_replay_folder_stops_with_one_line(
    guarded: Guarded, tmp_path: Path, kind: str
) -> None:
    folder, reason = _bad_folder(tmp_path, kind)
    out = tmp_path / "articles.jsonl"
    proc = guarded.run("-m", "newsclean", "crawl", "--replay", str(folder), "-o", str(out),
                       "inkl")
    assert proc.returncode == 2
    assert proc.stderr.splitlines() == [proc.stderr.strip()]
    assert proc.stderr.startswith(f"newsclean: replay folder {folder}: ")
    assert re.search(reason, proc.stderr)
    assert guarded.attempts == []
    assert not out.exists()
    assert not (tmp_path / ".articles.jsonl.parts").exists()


def test_newsclean_crawl_with_a_mistyped_environment_variable_stops(
    guarded: Guarded, tmp_path: Path
) -> None:
    proc = guarded.run("-m", "newsclean", "crawl", "-o", str(tmp_path / "a.jsonl"),
                       cwd=tmp_path, NEWSCLEAN_REPLAY_DIR="fixtrues")
    assert (proc.returncode, proc.stderr) == (2, "newsclean: replay folder fixtrues: no such "
                                                 "folder\n")
    assert guarded.attempts == []


def test_scrapy_crawl_with_a_bad_replay_folder_fails_before_any_request(
    guarded: Guarded, tmp_path: Path
) -> None:
    out = tmp_path / "inkl.jsonl"
    proc = guarded.run("-m", "scrapy", "crawl", "inkl", "-s", "NEWSCLEAN_REPLAY_DIR=typo",
                       "-s", "TELNETCONSOLE_ENABLED=False", "-O", str(out))
    assert proc.returncode == 2  # a usage error, stated on one line, no traceback
    assert "error: replay folder typo: no such folder" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert "downloader/request_count" not in proc.stderr
    assert guarded.attempts == []
    assert not out.exists()


def test_scrapy_check_runs_every_contract_offline_on_the_fixtures(guarded: Guarded) -> None:
    proc = guarded.run("-m", "scrapy", "check", "-s", "NEWSCLEAN_REPLAY_DIR=fixtures")
    assert proc.returncode == 0, proc.stderr[-3000:]
    # every site's spider × (items, requests, scrapes)
    assert f"Ran {3 * len(spider_names())} contracts" in proc.stderr
    assert proc.stderr.rstrip().endswith("OK")
    assert guarded.attempts == []


def test_scrapy_check_with_a_bad_replay_folder_fails_offline(guarded: Guarded) -> None:
    proc = guarded.run("-m", "scrapy", "check", "inkl", "-s", "NEWSCLEAN_REPLAY_DIR=typo")
    assert proc.returncode == 2
    assert "error: replay folder typo: no such folder" in proc.stderr
    assert guarded.attempts == []


def test_scrapy_crawl_with_a_misspelt_setting_is_a_usage_error_before_any_request(
    guarded: Guarded, tmp_path: Path
) -> None:
    proc = guarded.run("-m", "scrapy", "crawl", "inkl", "-s", "NEWSCLEAN_REPLAYDIR=fixtures",
                       "-O", str(tmp_path / "x.jsonl"))
    assert proc.returncode == 2
    assert "did you mean NEWSCLEAN_REPLAY_DIR?" in proc.stderr
    assert guarded.attempts == []


# --- the add-on, in process ------------------------------------------------------------------


def addon_settings(**overrides: Any) -> dict[str, Any]:
    """A project that only names the add-on: no DOWNLOADER_MIDDLEWARES, no ITEM_PIPELINES."""
    return {
        "ADDONS": {"newsclean.Addon": 0},
        "ROBOTSTXT_OBEY": True,
        "TELNETCONSOLE_ENABLED": False,
        "LOG_LEVEL": "WARNING",
        **overrides,
    }


class UserSpider(Spider):
    """A spider of the user's own project (not newsclean's): only the add-on's middleware
    stands between it and the network."""

    name = "user"
    start_urls = ("https://www.inkl.com/sections/world",)


async def addon_crawl(
    settings: dict[str, Any], spider: type[Spider] = InklSpider
) -> tuple[list[Any], dict[str, Any], Any]:
    crawler = get_crawler(spider, settings)
    collector = Collector()
    crawler.signals.connect(collector.item_scraped, signal=signals.item_scraped)
    await maybe_deferred_to_future(crawler.crawl())
    return collector.items, crawler.stats.get_stats(), crawler


@deferred_f_from_coro_f
async def test_addon_installs_replay_so_nothing_reaches_a_download_handler(
    no_download: list[str],
) -> None:
    items, stats, crawler = await addon_crawl(addon_settings(NEWSCLEAN_REPLAY_DIR=str(FIXTURES)))
    assert isinstance(crawler.get_downloader_middleware(ReplayMiddleware), ReplayMiddleware)
    assert len(items) == 3
    assert no_download == []
    assert stats["newsclean/replay/hit"] == stats["downloader/request_count"] == 6
    assert stats["robotstxt/response_status_count/200"] == 1  # robots.txt, from the fixtures


@deferred_f_from_coro_f
async def test_addon_with_a_bad_replay_folder_fails_the_crawl_without_a_request(
    tmp_path: Path, no_download: list[str]
) -> None:
    with pytest.raises(ReplayConfigError, match="no such folder"):
        await addon_crawl(
            addon_settings(NEWSCLEAN_REPLAY_DIR=str(tmp_path / "typo")), spider=UserSpider
        )
    assert no_download == []


def test_newsclean_spiders_refuse_a_bad_replay_folder_as_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="no such folder"):
        get_crawler(InklSpider, {"NEWSCLEAN_REPLAY_DIR": str(tmp_path / "typo")})


@deferred_f_from_coro_f
async def test_robots_txt_not_stored_is_a_replay_miss_not_a_download(
    tmp_path: Path, no_download: list[str]
) -> None:
    folder = copy_fixtures(tmp_path, "inkl")
    edit_urls(folder, lambda urls: urls.pop("https://www.inkl.com/robots.txt"))
    items, stats, _ = await addon_crawl(addon_settings(NEWSCLEAN_REPLAY_DIR=str(folder)))
    assert len(items) == 3  # a 404 robots.txt allows everything
    assert stats["robotstxt/response_status_count/404"] == 1
    assert stats["newsclean/replay/miss"] == 1
    assert no_download == []


class SchemesSpider(Spider):
    """Requests one URL of every scheme Scrapy has a download handler for."""

    name = "schemes"
    urls = ("ftp://ftp.example/pub/a.txt", "s3://bucket/key", "file:///etc/hostname",
            "data:text/plain,hello", "https://www.inkl.com/sections/world")

    async def start(self) -> Any:
        for url in self.urls:
            yield Request(url, callback=self.parse, errback=self.failed)

    def parse(self, response: Response, **kwargs: Any) -> Any:
        yield {"url": response.url, "status": response.status}

    def failed(self, failure: Any) -> Any:
        response = failure.value.response  # HttpError: the 404 miss
        yield {"url": response.url, "status": response.status}


@deferred_f_from_coro_f
async def test_every_scheme_is_answered_by_replay_in_a_crawl(no_download: list[str]) -> None:
    crawler = get_crawler(SchemesSpider, addon_settings(
        NEWSCLEAN_REPLAY_DIR=str(FIXTURES), ROBOTSTXT_OBEY=False, NEWSCLEAN_ENABLED=False,
    ))  # fmt: skip
    collector = Collector()
    crawler.signals.connect(collector.item_scraped, signal=signals.item_scraped)
    await maybe_deferred_to_future(crawler.crawl())
    statuses = {item["url"]: item["status"] for item in collector.items}
    assert statuses == {url: 404 for url in SchemesSpider.urls[:-1]} | {SchemesSpider.urls[-1]: 200}
    assert no_download == []


# --- the add-on's settings -------------------------------------------------------------------


def addon_applied(setup: Callable[[Settings], None]) -> Settings:
    settings = Settings()
    setup(settings)
    Addon().update_settings(settings)
    return settings


def replay_entries(settings: Settings) -> dict[Any, Any]:
    return {
        k: v for k, v in settings.getdict("DOWNLOADER_MIDDLEWARES").items()
        if k in (ReplayMiddleware, "newsclean.scrapy.middleware.ReplayMiddleware")
    }  # fmt: skip


@pytest.mark.parametrize("priority", ["project", "spider", "cmdline"])
def test_addon_keeps_the_users_replay_dir_and_installs_the_middleware(priority: str) -> None:
    settings = addon_applied(lambda s: s.set("NEWSCLEAN_REPLAY_DIR", "stored", priority=priority))
    assert settings["NEWSCLEAN_REPLAY_DIR"] == "stored"
    assert replay_entries(settings) == {ReplayMiddleware: REPLAY_MIDDLEWARE_PRIORITY}


def test_addon_installs_no_middleware_without_a_replay_dir() -> None:
    assert replay_entries(addon_applied(lambda s: None)) == {}
    blank = addon_applied(lambda s: s.set("NEWSCLEAN_REPLAY_DIR", "  ", priority="project"))
    assert replay_entries(blank) == {}


@pytest.mark.parametrize("value", [543, None])
def test_addon_leaves_the_users_own_middleware_entry(
    value: int | None, caplog: pytest.LogCaptureFixture
) -> None:
    def setup(s: Settings) -> None:
        s.set("NEWSCLEAN_REPLAY_DIR", "stored", priority="project")
        s.set("DOWNLOADER_MIDDLEWARES", {"newsclean.scrapy.middleware.ReplayMiddleware": value},
              priority="project")

    settings = addon_applied(setup)
    assert replay_entries(settings) == {"newsclean.scrapy.middleware.ReplayMiddleware": value}
    # Disabling it while asking for replay sends requests online: that must be said.
    assert ("requests will go to the network" in caplog.text) is (value is None)

