"""Kept so that ``from newsclean.scrapy.spiders.msn import MsnSpider`` works:
the spider lives in its site's module, ``newsclean/sites/msn.py``."""

from __future__ import annotations

from . import spider_class

MsnSpider = spider_class(__name__.rpartition(".")[2])

__all__ = ["MsnSpider"]
