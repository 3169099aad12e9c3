"""Aggregator profiles and how a page is matched to one."""

from __future__ import annotations

from collections.abc import Sequence
from urllib.parse import urlsplit

from ..textnorm import key
from .base import Profile
from .generic import GENERIC, GENERIC_RULES
from .inkl import INKL
from .msn import MSN
from .newsbreak import NEWSBREAK
from .yahoo import YAHOO

PROFILES: dict[str, Profile] = {p.name: p for p in (INKL, YAHOO, MSN, NEWSBREAK, GENERIC)}

__all__ = ["GENERIC", "GENERIC_RULES", "PROFILES", "Profile", "get_profile", "profile_for"]

_SIGNATURE_WINDOW = 25


def get_profile(name: str) -> Profile:
    """The profile called ``name``; a clear error lists the known ones."""
    try:
        return PROFILES[name]
    except KeyError:
        known = ", ".join(sorted(PROFILES))
        raise ValueError(f"unknown aggregator {name!r}; known profiles: {known}") from None


def profile_for(
    url: str | None = None,
    aggregator: str | None = None,
    lines: Sequence[str] | None = None,
) -> Profile:
    """Pick the profile: an explicit name wins, then the URL's host, then the text's signature."""
    if aggregator:
        return get_profile(aggregator)
    if url:
        host = urlsplit(url).hostname or ""
        for profile in PROFILES.values():
            if profile.claims_host(host):
                return profile
    if lines:
        head = {key(line) for line in lines[:_SIGNATURE_WINDOW] if line.strip()}
        for profile in PROFILES.values():
            if any(sig in head for sig in profile.text_signature):
                return profile
    return GENERIC
