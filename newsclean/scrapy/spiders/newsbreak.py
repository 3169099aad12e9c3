"""Kept so that ``from newsclean.scrapy.spiders.newsbreak import NewsBreakSpider`` works: the
spider lives in its site's module, ``newsclean/sites/newsbreak.py``."""

from __future__ import annotations

from . import spider_class

NewsBreakSpider = spider_class(__name__.rpartition(".")[2])

__all__ = ["NewsBreakSpider"]
