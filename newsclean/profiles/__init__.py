"""Aggregator profiles and how a page is matched to one.

Each site's profile lives in its module in :mod:`newsclean.sites` (the registry); this package
holds the :class:`Profile` type, the generic profile and the matching.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from ..normalize.text import key
from ..normalize.urls import url_host
from .base import Profile
from .generic import GENERIC, GENERIC_RULES

__all__ = ["GENERIC", "GENERIC_RULES", "PROFILES", "Profile", "get_profile", "profile_for"]

_SIGNATURE_WINDOW = 25


@cache
def _profiles() -> dict[str, Profile]:
    from ..sites import all_sites  # sites import this package: read them on first use

    profiles = {name: site.profile for name, site in all_sites().items()}
    profiles[GENERIC.name] = GENERIC
    return profiles


@cache
def _signatures() -> tuple[tuple[Profile, tuple[frozenset[str], ...]], ...]:
    """Each profile (in order) with its signature groups as sets: a subset test per group,
    not a generator per profile, for every page."""
    return tuple(
        (profile, tuple(frozenset(group) for group in profile.text_signature))
        for profile in _profiles().values()
    )


def __getattr__(name: str) -> dict[str, Profile]:
    if name == "PROFILES":  # every site's profile plus the generic one, by name
        return _profiles()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def get_profile(name: str) -> Profile:
    """The profile called ``name``; a clear error lists the known ones."""
    try:
        return _profiles()[name]
    except KeyError:
        known = ", ".join(sorted(_profiles()))
        raise ValueError(f"unknown aggregator {name!r}; known profiles: {known}") from None


def profile_for(
    url: str | None = None,
    aggregator: str | None = None,
    lines: Sequence[str] | None = None,
) -> Profile:
    """Pick the profile: an explicit name wins, then the URL's host, then the text's signature."""
    if aggregator:
        return get_profile(aggregator)
    profiles = _profiles().values()
    if url:
        host = url_host(url)
        for profile in profiles:
            if profile.claims_host(host):
                return profile
    if lines:
        head = {key(line) for line in lines[:_SIGNATURE_WINDOW] if line.strip()}
        for profile, groups in _signatures():
            for group in groups:
                if group <= head:  # every line of one of its signature groups is there
                    return profile
    return GENERIC
