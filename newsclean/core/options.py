"""The keyword options of the cleaning entry points, declared once.

:func:`newsclean.clean_text` and :func:`newsclean.clean_html` take the same options; a
``TypedDict`` (PEP 692) keeps one typed, documented list that both signatures share.
"""

from __future__ import annotations

from datetime import datetime
from typing import TypedDict

from .page import Facts


class CleanOptions(TypedDict, total=False):
    """Keyword options of ``clean_text`` and ``clean_html`` (all optional)."""

    url: str | None
    """The page URL: picks the site profile by host, and becomes ``Article.url``."""

    aggregator: str | None
    """A site profile by name, instead of the URL's host or the text's own signature."""

    explain: bool
    """Record every removed line and its rule in ``metadata.removed``."""

    now: datetime | None
    """Anchors relative dates ("9 hours ago") and ``metadata.dateDownloaded`` (default: now)."""

    content_type: str | None
    """The HTTP ``Content-Type`` header, for decoding bytes."""

    encoding: str | None
    """An encoding known for certain, for decoding bytes."""

    max_bytes: int | None
    """Cut a longer input, flagged ``input-truncated``."""

    facts: Facts | None
    """What the caller knows of the page besides its text (an API's JSON, the item)."""


_KNOWN = frozenset(CleanOptions.__annotations__)


def check_options(function: str, options: CleanOptions) -> None:
    """Reject an unknown keyword as Python would for a spelled-out signature (a typo such as
    ``urls=`` must not be ignored silently)."""
    unknown = sorted(set(options) - _KNOWN)
    if unknown:
        raise TypeError(
            f"{function}() got an unexpected keyword argument {unknown[0]!r} "
            f"(options: {', '.join(sorted(_KNOWN))})"
        )
