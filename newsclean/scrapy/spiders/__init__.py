"""Scrapy spiders, one per site of the registry (:mod:`newsclean.sites`): ``scrapy crawl <name>``.

Each site module holds its spider (a thin :class:`newsclean.scrapy.spiders.base.AggregatorSpider`
subclass, built by the site's ``spider()`` factory so that the core never imports Scrapy); this
package builds them once and holds them, so that ``SPIDER_MODULES = ["newsclean.scrapy.spiders"]``
finds every site's spider. They yield raw items that
``newsclean.scrapy.pipeline.CleanArticlePipeline`` turns into clean Articles. Set
``NEWSCLEAN_REPLAY_DIR=fixtures`` to replay the stored pages instead of fetching.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Any

from ...sites import all_sites
from .base import AggregatorSpider

__all__ = ["SPIDERS", "AggregatorSpider", "spider_class"]


def _build() -> dict[str, type[AggregatorSpider]]:
    classes: dict[str, type[AggregatorSpider]] = {}
    for name, site in all_sites().items():
        if site.crawl is None:
            continue
        crawl = site.crawl
        base = site.spider() if site.spider is not None else AggregatorSpider
        attrs: dict[str, Any] = {
            "name": name,
            "profile_name": name,
            "listing_url": crawl.listing_url,
            "default_section": crawl.default_section,
            "article_example": crawl.article_example,
            # Scrapy's spider loader takes the classes defined in a module it walks: this one.
            "__module__": __name__,
        }
        if crawl.link_css:
            attrs["link_css"] = crawl.link_css
        classes[name] = type(crawl.class_name, (base,), attrs)
    return classes


SPIDERS = MappingProxyType(_build())
"""Every site's spider class, by spider name (the site's name), in registry order."""

globals().update({cls.__name__: cls for cls in SPIDERS.values()})


def spider_class(name: str) -> type[AggregatorSpider]:
    """The spider of the site called ``name``."""
    try:
        return SPIDERS[name]
    except KeyError:
        raise ValueError(f"unknown spider {name!r}; known: {', '.join(SPIDERS)}") from None
