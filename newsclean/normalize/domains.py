"""Is this token a site's domain name ("heise.de", "example.co.uk")? Bylines and credits print
sites this way, and a domain names a site, never a person."""

from __future__ import annotations

import re

from ..rules.vocab import alternation, words

_DOMAIN = re.compile(
    r"[\w-]+(?:\.[\w-]+)*\.(?:" + alternation(words("domain_suffixes")) + r")", re.IGNORECASE
)


def is_domain(token: str) -> bool:
    """True when the whole of ``token`` is a domain with a known ending (rules/domain_suffixes).

    >>> is_domain("heise.de"), is_domain("example.co.uk"), is_domain("J. Doe")
    (True, True, False)
    """
    return _DOMAIN.fullmatch(token) is not None
