"""The site registry: every aggregator newsclean knows is a data file in this package.

A site is ``newsclean/sites/<name>.toml`` (hosts, article-URL pattern, chrome phrases and
patterns, HTML selectors, gates, how its spider crawls: see :func:`~.base.load_site`) and, when
it needs code of its own, the module ``<name>.py`` beside it, which exports ``SITE`` built by
``load_site(__name__, header_layout=…, spider=…, json_adapter=…)``. Sites are discovered, not
listed: adding the file (plus ``fixtures/<name>/``) adds the site to profile matching, the CLI,
the crawl command, fixture regeneration and the tests. Discovery is lazy (on first use), so a
site module may import any core module without an import cycle.
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Mapping
from functools import cache
from types import MappingProxyType

from .base import SITES_DIR, JsonAdapter, Site, SiteDataError, load_site

__all__ = [
    "JsonAdapter",
    "Site",
    "SiteDataError",
    "all_sites",
    "get_site",
    "json_adapters",
    "load_site",
    "spider_names",
]


@cache
def all_sites() -> Mapping[str, Site]:
    """Every site, by name, in name order: its module's ``SITE``, or its data file alone."""
    found: dict[str, Site] = {}
    for path in sorted(SITES_DIR.glob("*.toml")):
        name = path.stem
        module_name = f"{__name__}.{name}"
        if importlib.util.find_spec(module_name) is None:
            found[name] = load_site(name)
            continue
        site = getattr(importlib.import_module(module_name), "SITE", None)
        if not isinstance(site, Site) or site.name != name:
            raise TypeError(f"{module_name} defines no SITE = load_site(__name__, …)")
        found[name] = site
    return MappingProxyType(found)


def get_site(name: str) -> Site:
    """The site called ``name``; a clear error lists the known ones."""
    sites = all_sites()
    try:
        return sites[name]
    except KeyError:
        raise ValueError(f"unknown site {name!r}; known: {', '.join(sites)}") from None


def spider_names() -> tuple[str, ...]:
    """Names of the sites that have a spider, in registry order."""
    return tuple(name for name, site in all_sites().items() if site.crawl is not None)


@cache
def json_adapters() -> tuple[JsonAdapter, ...]:
    """The JSON-API adapters of the sites that have one (asked for every item of a crawl)."""
    return tuple(s.json_adapter for s in all_sites().values() if s.json_adapter is not None)
