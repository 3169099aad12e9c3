"""The site registry: every aggregator newsclean knows is one module in this package.

A site module (``newsclean/sites/<name>.py``) exports ``SITE``, a :class:`~.base.Site`: its
profile (hosts, article-URL pattern, chrome rules, header layout, HTML selectors), its spider
factory and, for a site that serves JSON, its adapter. Modules are discovered, not listed:
adding a file here (plus ``fixtures/<name>/``) adds the site to profile matching, the CLI, the
crawl command, fixture regeneration and the tests. Discovery is lazy (on first use), so a site
module may import any core module without an import cycle.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Mapping
from functools import cache
from types import MappingProxyType

from .base import JsonAdapter, Site

__all__ = ["JsonAdapter", "Site", "all_sites", "get_site", "json_adapters", "spider_names"]

_NOT_SITES = frozenset({"base"})


@cache
def all_sites() -> Mapping[str, Site]:
    """Every site module's ``SITE``, by name, in module-name order."""
    found: dict[str, Site] = {}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if info.name in _NOT_SITES or info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        site = getattr(module, "SITE", None)
        if not isinstance(site, Site):
            raise TypeError(f"{module.__name__} defines no SITE (a newsclean.sites.Site)")
        if site.name in found:
            raise ValueError(f"two site modules are named {site.name!r}")
        found[site.name] = site
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


def json_adapters() -> tuple[JsonAdapter, ...]:
    """The JSON-API adapters of the sites that have one."""
    return tuple(s.json_adapter for s in all_sites().values() if s.json_adapter is not None)
