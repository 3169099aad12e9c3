"""What one site module declares: its profile, header layout, spider and JSON-API adapter.

Everything here is core (no Scrapy): a site's spider is a factory the Scrapy layer calls
(:mod:`newsclean.scrapy.spiders`), so that finding a profile never imports Scrapy.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..article import Article
from ..profiles.base import Profile

if TYPE_CHECKING:
    from ..scrapy.spiders.base import AggregatorSpider


@dataclass(frozen=True, slots=True)
class JsonAdapter:
    """A site that serves its articles as JSON from an API rather than as HTML pages (MSN).

    Its spider requests ``request_url(page_url)`` for every article page and yields the item
    ``{"url": page_url, field: <the JSON>, "aggregator": name}``; the pipeline hands an item
    carrying ``field`` to ``to_article`` instead of the HTML cleaner.
    """

    field: str
    """Item field that carries the JSON (a dict, or its text as str or bytes)."""

    request_url: Callable[[str], str | None]
    """The API URL that serves an article page's JSON (None: not an article page URL)."""

    to_article: Callable[..., Article]
    """``to_article(data, *, url=None, explain=False, now=None) -> Article``; raises
    ``ValueError`` for data that is not the API's JSON object."""

    check: Callable[[object], None] = lambda data: None
    """Raise ``ValueError`` when decoded JSON is not an article (the spider's parse check)."""


@dataclass(frozen=True, slots=True)
class Crawl:
    """How the site's spider walks the site, as data: the Scrapy layer builds the spider from
    it, so a site whose pages need no crawl logic of its own has no spider code."""

    class_name: str
    """Name of the spider class (``scrapy list`` shows the site's name)."""

    listing_url: str
    """Listing page of a section; ``{section}`` is replaced by the ``section`` argument."""

    default_section: str
    """Section crawled when neither ``start_urls`` nor ``section`` is given."""

    article_example: str = ""
    """An article URL stored in the site's fixtures: ``scrapy check`` fetches it (replayed) and
    expects one item. Empty for a site whose articles have their own callback (MSN)."""

    link_css: str | None = None
    """Candidate article links on a listing page, when not every ``<a href>``."""


@dataclass(frozen=True, slots=True)
class Site:
    """One aggregator: exported as ``SITE`` by its module in :mod:`newsclean.sites`."""

    profile: Profile
    """Hosts, URL pattern, chrome rules, header layout, selectors (see :class:`Profile`)."""

    crawl: Crawl | None = None
    """How its spider walks it; no crawl: the site has no spider."""

    spider: Callable[[], type[AggregatorSpider]] | None = None
    """For a site with crawl logic of its own: builds the spider base class (a subclass of
    ``AggregatorSpider``) that :mod:`newsclean.scrapy.spiders` completes with ``crawl``."""

    json_adapter: JsonAdapter | None = None
    """For a site whose articles come from a JSON API."""

    @property
    def name(self) -> str:
        return self.profile.name
