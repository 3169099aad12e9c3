"""Kept so that ``from newsclean.scrapy.spiders.yahoo import YahooSpider`` works:
the spider lives in its site's module, ``newsclean/sites/yahoo.py``."""

from __future__ import annotations

from . import spider_class

YahooSpider = spider_class(__name__.rpartition(".")[2])

__all__ = ["YahooSpider"]
