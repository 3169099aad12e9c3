"""newsclean: clean article records from news pages scraped off aggregators.

The core (everything but ``newsclean.scrapy`` and its compatibility paths ``pipelines`` and
``middlewares``) has no Scrapy imports: ``clean_text``/``clean_html`` turn a page into an
:class:`Article`,
``parse_byline`` and ``split_caption`` normalise the two strings extractors get most wrong.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .article import Article, Author, Image, Metadata, PageLine, Removal
from .core.html import clean_html
from .core.options import CleanOptions
from .core.text import clean_text
from .normalize.byline import Byline, parse_byline
from .normalize.caption import Caption, split_caption

if TYPE_CHECKING:
    from .scrapy.addon import Addon

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
    # The add-on needs Scrapy; import it only when asked for, so the core stays Scrapy-free.
    if name == "Addon":
        from .scrapy.addon import Addon

        return Addon
    raise AttributeError(f"module 'newsclean' has no attribute {name!r}")
