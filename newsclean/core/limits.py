"""Input limits and the record of a page that could not be cleaned, shared by every entry point.

The pipeline and the CLI take the same limits with the same defaults (``NEWSCLEAN_MAX_INPUT_BYTES``
and ``--max-bytes``, ``NEWSCLEAN_TIME_BUDGET`` and ``--time-budget``) and give the same record
for a failure, so a page behaves alike in a crawl and on the command line.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from w3lib.html import remove_tags, remove_tags_with_content, replace_entities

from ..article import Article, Metadata
from .decode import decode_html, decode_text

if TYPE_CHECKING:
    from .options import CleanOptions

MAX_INPUT_BYTES = 5_000_000
"""Inputs longer than this many bytes are cut to it before cleaning, and flagged."""

TIME_BUDGET = 10.0
"""Wall-clock seconds one input may take to clean (0: no limit)."""

INPUT_TRUNCATED = "input-truncated"


def cap_input(raw: str | bytes, max_bytes: int | None) -> tuple[str | bytes, bool]:
    """``raw`` cut to ``max_bytes`` bytes (its UTF-8 size for text), and whether it was cut.

    Text is cut on bytes, the setting's unit, and a character split by the cut is dropped.
    """
    if not max_bytes or max_bytes <= 0:
        return raw, False
    if isinstance(raw, bytes):
        return (raw[:max_bytes], True) if len(raw) > max_bytes else (raw, False)
    if len(raw) * 4 <= max_bytes:  # cheap: no UTF-8 character is longer than 4 bytes
        return raw, False
    data = raw.encode("utf-8", "surrogatepass")
    if len(data) <= max_bytes:
        return raw, False
    return data[:max_bytes].decode("utf-8", "ignore"), True


def read_input(raw: str | bytes, *, html: bool, options: CleanOptions) -> tuple[str, list[str]]:
    """The input as text: cut to ``max_bytes``, bytes decoded (:mod:`newsclean.core.decode`,
    with the options' ``content_type`` and ``encoding``); with the flags both steps raised,
    for the Article to carry."""
    raw, cut = cap_input(raw, options.get("max_bytes"))
    flags = [INPUT_TRUNCATED] if cut else []
    if isinstance(raw, str):
        return raw, flags
    decode = decode_html if html else decode_text
    decoded = decode(
        raw, content_type=options.get("content_type"), encoding=options.get("encoding")
    )
    return decoded.text, flags + decoded.flags


def failed_article(raw: Any, url: str | None, exc: BaseException) -> Article:
    """The record of an input that could not be cleaned: its visible text, flagged with why,
    so a failure never loses the page."""
    reason = f"{type(exc).__name__}: {exc}"
    return Article(
        url=url,
        articleBody=visible_text(raw),
        metadata=Metadata(flags=[f"clean-failed: {reason}"]),
    )


def visible_text(raw: Any) -> str:
    """What a reader would see of an input we could not clean: its text, tags removed."""
    if isinstance(raw, bytes):
        raw = decode_html(raw).text
    if not isinstance(raw, str):
        return ""
    if "<" in raw:
        raw = remove_tags(remove_tags_with_content(raw, ("script", "style")))
        raw = replace_entities(raw)
    return "\n\n".join(line.strip() for line in raw.splitlines() if line.strip())
