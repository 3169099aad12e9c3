"""What one site declares: its data file (hosts, URL pattern, chrome phrases, selectors, crawl)
and, in its module, the code of its own (header layout, spider logic, JSON-API adapter).

A site's declarative facts are data, ``newsclean/sites/<name>.toml``, read by :func:`load_site`;
the module beside it exists only when the site needs code. Everything here is core (no
Scrapy): a site's spider is a factory the Scrapy layer calls (:mod:`newsclean.scrapy.spiders`),
so that finding a profile never imports Scrapy.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from ..article import Article
from ..normalize.text import key
from ..profiles.base import HeaderLayout, Profile
from ..rules import LineRule, ruleset

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


SITES_DIR = Path(__file__).resolve().parent
_RULE_KEYS = frozenset({"name", "action", "phrases", "patterns", "bulleted"})
_CRAWL_KEYS = frozenset(Crawl.__dataclass_fields__)
_SITE_KEYS = frozenset(
    {"name", "hosts", "article_url", "text_signature", "selectors", "gate_selectors", "rules",
     "crawl"}
)


class SiteDataError(ValueError):
    """A site's data file is malformed: names the file and the key."""


def load_site(
    name: str,
    *,
    header_layout: HeaderLayout | None = None,
    spider: Callable[[], type[AggregatorSpider]] | None = None,
    json_adapter: JsonAdapter | None = None,
) -> Site:
    """The site described by ``newsclean/sites/<name>.toml``, completed with its module's code.

    ``name`` may be a module's ``__name__`` (``newsclean.sites.inkl``): a site module calls
    ``load_site(__name__, header_layout=…)``.
    """
    name = name.rpartition(".")[2]
    path = SITES_DIR / f"{name}.toml"
    with path.open("rb") as f:
        data = tomllib.load(f)
    _check_keys(path, "", data, _SITE_KEYS)
    if data.get("name", name) != name:
        raise SiteDataError(f"{path.name}: name = {data['name']!r}, but the file is {name!r}")
    for i, rule in enumerate(data.get("rules", [])):
        _check_keys(path, f"rules[{i}].", rule, _RULE_KEYS)
    crawl_data = data.get("crawl")
    if crawl_data is not None:
        _check_keys(path, "crawl.", crawl_data, _CRAWL_KEYS)
    selectors: Mapping[str, str] = MappingProxyType(dict(data.get("selectors", {})))
    profile = Profile(
        name=name,
        aggregator=name,
        hosts=tuple(data["hosts"]),
        rules=ruleset([LineRule.of(**rule) for rule in data.get("rules", [])]),
        header_layout=header_layout,
        text_signature=tuple(
            tuple(key(line) for line in ([entry] if isinstance(entry, str) else entry))
            for entry in data.get("text_signature", ())
        ),
        article_url=re.compile(data["article_url"]) if "article_url" in data else None,
        selectors=selectors,
        gate_selectors=tuple(data.get("gate_selectors", ())),
    )
    crawl = Crawl(**crawl_data) if crawl_data is not None else None
    return Site(profile=profile, crawl=crawl, spider=spider, json_adapter=json_adapter)


def _check_keys(path: Path, where: str, table: dict[str, Any], known: frozenset[str]) -> None:
    unknown = sorted(set(table) - known)
    if unknown:
        raise SiteDataError(
            f"{path.name}: unknown key {where}{unknown[0]} (known: {', '.join(sorted(known))})"
        )
