"""Kept so that ``from newsclean.scrapy.spiders.inkl import InklSpider`` works:
the spider lives in its site's module, ``newsclean/sites/inkl.py``."""

from __future__ import annotations

from . import spider_class

InklSpider = spider_class(__name__.rpartition(".")[2])

__all__ = ["InklSpider"]
