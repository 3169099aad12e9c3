"""The Article record: one schema for the Python API, the pipeline and the CLI.

Field names follow zyte-common-items' ``Article`` (itself aligned with schema.org) so that
newsclean output drops into tools built for it; fields newsclean adds are marked "(newsclean)".
Plain stdlib dataclasses keep the core free of Scrapy and let itemadapter and JSON export work.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(kw_only=True, slots=True)
class Author:
    """A person credited in the byline."""

    name: str
    """Person name in natural order and proper case, without "By" or roles."""

    nameRaw: str | None = None
    """The byline text the name came from."""


@dataclass(kw_only=True, slots=True)
class Image:
    """An image of the article, with its caption and credit split apart."""

    url: str | None = None
    """Image URL, when the page gives one (text input usually does not)."""

    caption: str | None = None
    """(newsclean) Caption text without the credit."""

    credit: str | None = None
    """(newsclean) Photographer/agency credit without "Photo:"/"Photograph:" labels."""


@dataclass(kw_only=True, slots=True)
class Removal:
    """(newsclean) One line removed as chrome, and the rule that removed it (``--explain``)."""

    line: str
    """The removed line as it stood in the input."""

    rule: str
    """Name of the rule, e.g. ``inkl:header-promo`` or ``generic:app-promo``."""


@dataclass(kw_only=True, slots=True)
class PageLine:
    """(newsclean) One line of the page as the line stage saw it, in page order (``--explain``):
    kept in the body (``rule`` None) or removed, and by which rule."""

    text: str
    """The line as it stood in the input."""

    rule: str | None = None
    """The rule or header field that took it (as in :class:`Removal`); None: kept."""

    gate: bool = False
    """True on the paywall/sign-up line that set ``truncated``."""


@dataclass(kw_only=True, slots=True)
class Metadata:
    """Facts about the extraction rather than the article."""

    dateDownloaded: str | None = None
    """When the page was fetched or cleaned, ISO 8601 UTC."""

    removed: list[Removal] | None = None
    """(newsclean) With explain on: every line removed as chrome and why."""

    lines: list[PageLine] | None = None
    """(newsclean) With explain on: the page's non-blank lines in order, each kept or removed
    and why (what ``newsclean report`` shows). Blocks the HTML stage removed before the lines
    were made (``html:drop …``, ``main-content:not-kept``) and fragments cut out of a line are
    in ``removed`` only: they have no place in this order."""

    flags: list[str] = field(default_factory=list)
    """(newsclean) Problems met while cleaning (e.g. ``input-truncated``, ``kept-unclean``)."""


@dataclass(kw_only=True, slots=True)
class Article:
    """A clean article record."""

    url: str | None = None
    """The page URL as fetched (after redirects)."""

    canonicalUrl: str | None = None
    """The publisher's own URL when the page states it."""

    headline: str | None = None
    """Headline."""

    description: str | None = None
    """Standfirst or summary, when the page has one."""

    articleBody: str = ""
    """Clean article text; paragraphs separated by one blank line."""

    authors: list[Author] = field(default_factory=list)
    """People credited in the byline (never organisations)."""

    datePublished: str | None = None
    """ISO 8601 publication date, with time zone when known."""

    datePublishedRaw: str | None = None
    """The publication date text as shown."""

    dateModified: str | None = None
    """ISO 8601 modification date, with time zone when known."""

    dateModifiedRaw: str | None = None
    """The modification date text as shown."""

    inLanguage: str | None = None
    """ISO 639-1 language code."""

    images: list[Image] = field(default_factory=list)
    """Images with caption and credit split apart."""

    aggregator: str | None = None
    """(newsclean) Name of the site (``inkl``, ``yahoo``, …: a module of ``newsclean.sites``)
    whose profile cleaned the page; None for a publisher's own page."""

    publisher: str | None = None
    """(newsclean) The original publisher as the page names it (e.g. ``Bangkok Post``)."""

    articleSection: str | None = None
    """(newsclean) Section, e.g. ``World`` (schema.org name)."""

    bylineRaw: str | None = None
    """(newsclean) The whole byline exactly as shown."""

    organizations: list[str] = field(default_factory=list)
    """(newsclean) Organisations credited in the byline: agencies, desks, publishers."""

    truncated: bool = False
    """(newsclean) True when the body stops at a paywall or sign-up gate."""

    storyId: str | None = None
    """(newsclean) The story this record tells, the same for every copy of it (aggregators'
    and the publisher's, truncated or lightly edited) and stable across runs. Set by the
    separate dedup stage over finished records (``newsclean.dedup``), never by cleaning;
    None when that stage is off."""

    duplicateOf: str | None = None
    """(newsclean) URL of the story's canonical record (complete over truncated, publisher
    over aggregator, then the longer body) when this record is another copy of it; None for
    the canonical record itself or when the dedup stage is off. Set by the dedup stage only:
    a streaming crawl writes it as known at the time, ``newsclean dedup`` over a file gives
    the final answer."""

    metadata: Metadata = field(default_factory=Metadata)
    """Facts about the extraction: download date, removed lines, flags."""

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (the JSONL line the CLI writes); ``removed`` and ``lines`` only
        when recorded, ``storyId``/``duplicateOf`` only when the dedup stage ran."""
        data = asdict(self)
        for name in ("removed", "lines"):
            if data["metadata"][name] is None:
                del data["metadata"][name]
        if data["storyId"] is None:
            del data["storyId"], data["duplicateOf"]
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        """Rebuild an Article from :meth:`to_dict` output (unknown keys are rejected)."""
        data = dict(data)
        data["authors"] = [Author(**a) for a in data.get("authors") or []]
        data["images"] = [Image(**i) for i in data.get("images") or []]
        meta = dict(data.get("metadata") or {})
        if meta.get("removed") is not None:
            meta["removed"] = [Removal(**r) for r in meta["removed"]]
        if meta.get("lines") is not None:
            meta["lines"] = [PageLine(**line) for line in meta["lines"]]
        data["metadata"] = Metadata(**meta)
        return cls(**data)
