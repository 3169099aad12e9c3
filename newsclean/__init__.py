"""newsclean: clean article records from news pages scraped off aggregators.

The core (everything but ``newsclean.scrapy`` and its compatibility paths ``pipelines`` and
``middlewares``) has no Scrapy imports: ``clean_text``/``clean_html`` turn a page into an
:class:`Article`,
``parse_byline`` and ``split_caption`` normalise the two strings extractors get most wrong.

The names below are imported on first use (PEP 562), not with the package: importing any
``newsclean.x`` (the Scrapy pipeline, its middleware, the settings) runs this file first, and
the cleaners' import (about 1.3 s of compiling rules) would then come before anything else a
crawl does, such as starting its worker processes.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .article import Article, Author, Image, Metadata, PageLine, Removal
    from .core.html import clean_html
    from .core.options import CleanOptions
    from .core.text import clean_text
    from .normalize.byline import Byline, parse_byline
    from .normalize.caption import Caption, split_caption
    from .scrapy.addon import Addon

_WHERE = {
    "Addon": ".scrapy.addon",
    "Article": ".article",
    "Author": ".article",
    "Byline": ".normalize.byline",
    "Caption": ".normalize.caption",
    "CleanOptions": ".core.options",
    "Image": ".article",
    "Metadata": ".article",
    "PageLine": ".article",
    "Removal": ".article",
    "clean_html": ".core.html",
    "clean_text": ".core.text",
    "parse_byline": ".normalize.byline",
    "split_caption": ".normalize.caption",
}
"""Where each public name lives. ``Addon`` needs Scrapy: the core stays Scrapy-free until it
is asked for."""

__all__ = [
    "Addon",
    "Article",
    "Author",
    "Byline",
    "Caption",
    "CleanOptions",
    "Image",
    "Metadata",
    "PageLine",
    "Removal",
    "clean_html",
    "clean_text",
    "parse_byline",
    "split_caption",
]

__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    where = _WHERE.get(name)
    if where is None:
        raise AttributeError(f"module 'newsclean' has no attribute {name!r}")
    value = getattr(import_module(where, __name__), name)
    globals()[name] = value  # the next lookup is a plain attribute
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_WHERE})
