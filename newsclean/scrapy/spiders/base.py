"""``AggregatorSpider``: the shared crawl of every aggregator spider.

A crawl starts at listing pages (a section's page, or ``-a start_urls=URL1,URL2``), follows
"next page" links, and requests every link the profile's ``article_url`` pattern accepts, once.
An article page becomes a raw item ``{"url", "html", "aggregator"}``; the
``CleanArticlePipeline`` turns it into a clean Article. Start URLs that are themselves article
URLs are fetched as articles.

Spider arguments (``-a name=value``):

- ``start_urls``: comma-separated listing (or article) URLs; overrides ``section``;
- ``section``: the site's section/listing name, filled into ``listing_url``
  (``world`` → ``https://www.inkl.com/sections/world``);
- ``max_items``: request at most this many articles (0 or absent: no limit).

A page that cannot be parsed is logged with its URL and counted in
``newsclean/spider/parse_error``; the crawl goes on.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import Any, ClassVar, Self
from urllib.parse import urldefrag

from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.exceptions import UsageError
from scrapy.http import Response, TextResponse
from scrapy.settings import BaseSettings

from ...core.decode import decode_html
from ...profiles import get_profile
from ...profiles.base import Profile
from ..middleware import ReplayConfigError, check_replay_settings
from ..project import user_agent
from ..settings import BadSettingError, UnknownSettingError

logger = logging.getLogger(__name__)

PARSE_ERROR_STAT = "newsclean/spider/parse_error"
ARTICLES_STAT = "newsclean/spider/article_requests"
LISTINGS_STAT = "newsclean/spider/listing_pages"


_ARTICLE_CONTRACT = """A {site} article page → a raw item.

        @url {url}
        @returns items 1 1
        @returns requests 0 0
        @scrapes url html aggregator
        """


class ParseError(ValueError):
    """A page is not what its callback expects (not text, no article markup, bad JSON)."""


class AggregatorSpider(Spider):
    """Base of every site's spider (see :mod:`newsclean.sites`)."""

    profile_name: ClassVar[str] = ""
    """Name of the aggregator profile (its hosts, ``article_url`` pattern, selectors)."""

    listing_url: ClassVar[str] = ""
    """Listing page of a section; ``{section}`` is replaced by the ``section`` argument."""

    default_section: ClassVar[str] = ""
    """Section crawled when neither ``start_urls`` nor ``section`` is given."""

    next_page_css: ClassVar[tuple[str, ...]] = (
        "link[rel~=next]::attr(href)",
        "a[rel~=next]::attr(href)",
        "a.load-more::attr(href)",
    )
    """Where listing pages name their next page."""

    link_css: ClassVar[str] = "a[href]::attr(href)"
    """Candidate article links on a listing page (filtered by the profile's pattern)."""

    article_example: ClassVar[str] = ""
    """A stored article URL: the class gets a ``parse_article`` whose contract fetches it."""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if cls.article_example and "parse_article" not in cls.__dict__:
            # Scrapy contracts live in a callback's docstring, so each spider needs its own.
            def parse_article(self: AggregatorSpider, response: Response) -> Iterator[Any]:
                return AggregatorSpider.parse_article(self, response)

            parse_article.__doc__ = _ARTICLE_CONTRACT.format(
                site=cls.name, url=cls.article_example
            )
            cls.parse_article = parse_article  # type: ignore[method-assign]

    profile: Profile
    max_items: int

    def __init__(
        self,
        *args: Any,
        start_urls: str | Iterable[str] | None = None,
        section: str | None = None,
        max_items: str | int | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        if not self.profile_name:
            raise ValueError(f"{type(self).__name__} names no profile")
        self.profile = get_profile(self.profile_name)
        self.allowed_domains = list(self.profile.hosts)
        self.section = (section or self.default_section).strip().strip("/")
        self.start_urls = _url_list(start_urls) or self._section_urls()
        self.max_items = _non_negative_int(max_items, "max_items")
        self._requested: set[str] = set()

    @classmethod
    def update_settings(cls, settings: BaseSettings) -> None:
        super().update_settings(settings)
        _check_before_crawling(settings)
        # The contact may come from `-s NEWSCLEAN_CONTACT=…`, after the settings module built
        # USER_AGENT; rebuild it unless USER_AGENT itself was set above project level.
        contact = str(settings.get("NEWSCLEAN_CONTACT") or "").strip()
        if contact and (settings.getpriority("USER_AGENT") or 0) <= 20:
            settings.set("USER_AGENT", user_agent(contact), priority="spider")
        if str(settings.get("NEWSCLEAN_REPLAY_DIR") or "").strip():
            # Replay touches no site: politeness delays would only slow it down.
            for name, value in (("DOWNLOAD_DELAY", 0), ("AUTOTHROTTLE_ENABLED", False)):
                if (settings.getpriority(name) or 0) <= 20:
                    settings.set(name, value, priority="spider")

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> Self:
        spider: Self = super().from_crawler(crawler, *args, **kwargs)
        settings = crawler.settings
        if not settings.get("NEWSCLEAN_REPLAY_DIR") and not settings.get("NEWSCLEAN_CONTACT"):
            logger.warning(
                "NEWSCLEAN_CONTACT is not set: crawling %s without a contact in the User-Agent",
                spider.name,
            )
        return spider

    def _section_urls(self) -> list[str]:
        if not self.listing_url or not self.section:
            return []
        return [self.listing_url.format(section=self.section)]

    # --- crawl ------------------------------------------------------------------------------

    async def start(self) -> AsyncIterator[Request]:
        if not self.start_urls:
            raise ValueError(f"{self.name}: give -a start_urls=URL[,URL…] or -a section=NAME")
        for url in self.start_urls:
            if self.is_article_url(url):
                request = self._article_request_once(url)
                if request is not None:
                    yield request
            else:
                yield Request(url, callback=self.parse_listing, dont_filter=True)

    def parse(self, response: Response, **kwargs: Any) -> Any:
        """Default callback: treat the page as a listing."""
        return self.parse_listing(response)

    def parse_listing(self, response: Response) -> Iterator[Request]:
        """A listing page → requests for its articles (each once) and its next pages."""
        try:
            links = self.article_links(response)
            next_pages = self.next_pages(response)
        except Exception as exc:
            self.parse_failed(response, exc)
            return
        self._inc(LISTINGS_STAT)
        for url in links:
            request = self._article_request_once(url)
            if request is not None:
                yield request
        for url in next_pages:
            yield Request(url, callback=self.parse_listing)

    def parse_article(self, response: Response) -> Iterator[dict[str, Any]]:
        """An article page → the raw item the pipeline cleans."""
        try:
            item = self.article_item(response)
        except Exception as exc:
            self.parse_failed(response, exc)
            return
        yield item

    # --- hooks for the thin spiders ----------------------------------------------------------

    def is_article_url(self, url: str) -> bool:
        pattern = self.profile.article_url
        return bool(pattern and pattern.match(url))

    def article_links(self, response: Response) -> list[str]:
        """Absolute article URLs of a listing page, in page order, without duplicates."""
        text = _text_response(response)
        found: list[str] = []
        for href in self.candidate_links(text):
            url = urldefrag(text.urljoin(href.strip()))[0]
            if self.is_article_url(url) and url not in found:
                found.append(url)
        return found

    def candidate_links(self, response: TextResponse) -> Iterable[str]:
        """Hrefs that may be articles; the profile's pattern decides."""
        return response.css(self.link_css).getall()

    def next_pages(self, response: Response) -> list[str]:
        text = _text_response(response)
        pages: list[str] = []
        for css in self.next_page_css:
            for href in text.css(css).getall():
                url = urldefrag(text.urljoin(href.strip()))[0]
                if url != response.url and url not in pages and not self.is_article_url(url):
                    pages.append(url)
        return pages

    def article_request(self, url: str) -> Request:
        """The request that fetches an article (a site whose articles are JSON overrides it)."""
        return Request(url, callback=self.parse_article)

    def article_item(self, response: Response) -> dict[str, Any]:
        text = _text_response(response)
        if not text.css("body *"):
            raise ParseError("no HTML body")
        # Decoded by newsclean, not Scrapy: for a page that declares no charset Scrapy falls
        # back to cp1252, which turns a Cyrillic or Japanese page into mojibake.
        content_type = response.headers.get("Content-Type")
        html = decode_html(
            response.body, content_type=content_type.decode("latin-1") if content_type else None
        ).text
        return {"url": response.url, "html": html, "aggregator": self.profile.name}

    # --- shared plumbing -----------------------------------------------------------------------

    def _article_request_once(self, url: str) -> Request | None:
        if url in self._requested:
            return None
        if self.max_items and len(self._requested) >= self.max_items:
            return None
        self._requested.add(url)
        self._inc(ARTICLES_STAT)
        return self.article_request(url)

    def parse_failed(self, response: Response, exc: Exception) -> None:
        self._inc(PARSE_ERROR_STAT)
        self.logger.warning(
            "Could not parse %s (%s: %s); crawl goes on", response.url, type(exc).__name__, exc
        )

    def _inc(self, key: str) -> None:
        crawler = getattr(self, "crawler", None)
        if crawler is not None:
            crawler.stats.inc_value(key)


def _check_before_crawling(settings: BaseSettings) -> None:
    """A misspelt ``NEWSCLEAN_*`` setting, a value the pipeline cannot use or a replay folder
    that cannot be replayed is a usage error of ``scrapy crawl``: one line and exit status 2,
    before the crawl starts (the replay middleware or the pipeline would stop it too, but
    later, behind a traceback)."""
    from ..pipeline import check_pipeline_settings

    try:
        check_replay_settings(settings)
        check_pipeline_settings(settings)
    except (UnknownSettingError, BadSettingError, ReplayConfigError) as exc:
        raise UsageError(str(exc), print_help=False) from None


def _text_response(response: Response) -> TextResponse:
    if not isinstance(response, TextResponse):
        raise ParseError(f"not a text response ({type(response).__name__})")
    return response


def _url_list(value: str | Iterable[str] | None) -> list[str]:
    if value is None:
        return []
    parts = value.split(",") if isinstance(value, str) else list(value)
    return [p.strip() for p in parts if p and p.strip()]


def _non_negative_int(value: str | int | None, name: str) -> int:
    if value is None or value == "":
        return 0
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise ValueError(f"{name} must be a whole number, not {value!r}") from None
    if number < 0:
        raise ValueError(f"{name} must be 0 or more, not {number}")
    return number
