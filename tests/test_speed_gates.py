"""Cheap pre-checks in front of slow patterns (speed only): each says "no" only where the
pattern behind it cannot match, so a line reads the same with or without it."""

from __future__ import annotations

import pytest

from newsclean.core import header
from newsclean.core.chromeshape import site_names
from newsclean.core.page import Page


def _glued_ungated(text: str) -> tuple[str, str] | None:
    """``header._glued_stamp_byline`` with no pre-check but its capitals test."""
    if text.isascii() and not any(c.isupper() for c in text[1:]):
        return None
    m = header._GLUED_STAMP.match(text)
    if m is None or not m["name"][-1:].islower() or not header.is_date_stamp(m["stamp"]):
        return None
    name = header.byline_of(m["name"])
    return (name, m["stamp"]) if name else None


_STAMP = "Published June 5, 2026"
_LINES = [
    "Ana Ruiz Published June 5, 2026",
    "Elif DemirYayınlanma: 07.12.2026 11:20",
    "Abc" + _STAMP,  # the shortest name the pattern allows
    "Ab " + _STAMP,
    "Maria " + "x" * 55 + "a " + _STAMP,  # the longest name, then a space
    "Maria " + "x" * 56 + "a " + _STAMP,  # one character too long
    "Maria " + "x" * 55 + "a " + _STAMP + " " + "y" * 46,  # and the longest stamp
    "Maria " + "x" * 55 + "a " + _STAMP + " " + "y" * 47,
    "The council Published June 5, 2026",
    "The council met on Monday and Published the plan. " * 4,
]


@pytest.mark.parametrize("line", _LINES)
def test_a_glued_stamp_line_reads_the_same_behind_its_gates(line: str) -> None:
    assert header._glued_stamp_byline(line) == _glued_ungated(line)


def test_the_glued_stamp_gates_still_let_the_glued_byline_through() -> None:
    assert header._glued_stamp_byline("Ana Ruiz Published June 5, 2026") == (
        "Ana Ruiz", "Published June 5, 2026",
    )


@pytest.mark.parametrize(
    ("line", "names"),
    [("© 2026 Harbourwire", {"harbourwire"}),
     ("(C) 2026 Harbourwire", {"harbourwire"}),
     ("(c) Harbourwire 2026", {"harbourwire"}),
     ("Harbourwire (the wire) said so.", set())],
)
def test_a_copyright_brand_is_found_in_any_case_of_its_c(line: str, names: set[str]) -> None:
    page = Page(lines=["The council met on Monday.", "", line])
    assert site_names(page, None) == names
