"""The declarative description of one aggregator: hosts, text layout, chrome, selectors."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING

from ..rules import RuleSet

if TYPE_CHECKING:
    from ..core.page import Page

HeaderLayout = Callable[["Page", "Profile"], None]
"""A header parser for the text form: claims the header lines of a page and fills its fields
(``newsclean.core.header`` has the shared ones; a site module may bring its own)."""


@dataclass(frozen=True, slots=True)
class Profile:
    """Everything newsclean knows about one site, as data.

    A site module in :mod:`newsclean.sites` declares one of these; the cleaning code reads only
    these fields.
    """

    name: str
    """Profile name; also the ``aggregator`` value of its articles."""

    aggregator: str | None
    """Value for ``Article.aggregator`` (None for the generic profile)."""

    hosts: tuple[str, ...]
    """Host names (or parent domains) whose pages this profile claims."""

    rules: RuleSet
    """Site chrome, tried before the generic rules."""

    header_layout: HeaderLayout | None = None
    """The header parser of the text form's header lines (None: the generic one,
    :func:`newsclean.core.header.parse_generic`)."""

    sections: frozenset[str] = frozenset()
    """Known section names (case-folded), to tell a section line from a byline."""

    text_signature: tuple[tuple[str, ...], ...] = ()
    """What identifies the site in text with no URL: groups of line keys, one group enough when
    all its lines are near the top. A line common elsewhere ("Open in App") identifies a site
    only in a group with lines of the site's own (its nav under it)."""

    article_url: re.Pattern[str] | None = None
    """Matches the site's article URLs (spiders follow these; cleaning trusts the host)."""

    selectors: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    """CSS selectors for the HTML form: headline, publisher, section, byline, date, body,
    figure, caption, credit, gate, drop (chrome subtrees removed before extraction)."""

    gate_selectors: tuple[str, ...] = ()
    """CSS selectors whose presence in a page means the body stops at a gate."""

    def claims_host(self, host: str) -> bool:
        host = host.lower().rstrip(".")
        return any(host == h or host.endswith("." + h) for h in self.hosts)
