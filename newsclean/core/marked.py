"""Elements marked by a word in their class (a byline's, a heading's), found for all their
readers in one pass over the page's class attributes.

libxml2 tests a word in a class (``//@class[contains(., 'byline')]``) by copying the
attribute's value for every ``contains()``: the byline and heading XPaths took 0.39 and
0.28 ms a page (median, benchmark and fixture pages) testing their words on every class. One
read of all class values into Python, where a substring test copies nothing, takes 0.37 ms
for both. The words are tested as ``contains()`` tests them: case-sensitive, each in lower case
and capitalised ("byline", "Byline").
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from itertools import accumulate
from typing import Any

import lxml.etree

# "/descendant::*/@class" rather than "//@class" (the same attributes, in the same order): the
# attributes of elements only, not of every text node too; attribute walks take a fifth less.
_CLASSES = lxml.etree.XPath("/descendant::*/@class")


def class_forms(words: Iterable[str]) -> tuple[str, ...]:
    """``words`` each in lower case and capitalised: the substrings a class is tested for."""
    return tuple(dict.fromkeys(f for w in words for f in (w, w[:1].upper() + w[1:])))


def _stems(words: Iterable[str]) -> tuple[str, ...]:
    """The shortest substrings held by every form of ``words`` (a word without its first
    letter), none holding another: a class holding none of them holds no form."""
    stems = sorted({w[1:] for w in words}, key=len)
    return tuple(s for n, s in enumerate(stems) if not any(t in s for t in stems[:n]))


class PageClasses:
    """A page's class attributes, read once for every :class:`MarkedElements` of the page
    (its byline and heading words, its date words, its rarer byline marks): one attribute
    walk, where each set of words walked the page again (0.16 ms a walk, median, tuning
    half). A set's words are looked for by one C-level ``str.find`` per stem over all values
    joined, where testing every stem in every value, in Python, took longer than the walk.
    Read the page again (a new instance) after deleting elements from it."""

    def __init__(self, root: Any) -> None:
        self._root = root
        self._values: list[Any] | None = None
        self._joined = ""
        self._ends: list[int] = []

    def holding(self, stems: tuple[str, ...]) -> list[tuple[str, Any]]:
        """(class value, element) of every class holding one of ``stems``, in document
        order."""
        if self._values is None:
            self._values = _CLASSES(self._root)
            # NUL joins them: an HTML parse keeps none in a value, so no stem spans two.
            self._joined = "\0".join(self._values)
            self._ends = list(accumulate(len(v) + 1 for v in self._values))
        joined, ends, hits = self._joined, self._ends, set()
        for stem in stems:
            at = joined.find(stem)
            while at >= 0:
                n = bisect_right(ends, at)  # the value holding position ``at``
                hits.add(n)
                at = joined.find(stem, ends[n])
        values = self._values
        return [(str(values[n]), values[n].getparent()) for n in sorted(hits)]


class MarkedElements:
    """The elements of a page whose class holds one of ``words`` (in a form of
    :func:`class_forms`), read once, on the first question, in document order. Read the page
    again (a new instance, without the ``classes`` read before) after deleting elements from
    it. ``classes``: the page's class attributes as other readers share them."""

    def __init__(self, root: Any, words: Iterable[str],
                 classes: PageClasses | None = None) -> None:
        self._classes = classes if classes is not None else PageClasses(root)
        self._stems = _stems(words)
        self._found: list[tuple[str, Any]] | None = None

    def holding(self, forms: tuple[str, ...]) -> list[Any]:
        """The elements whose class holds one of ``forms`` (a subset of the words' forms)."""
        return [el for value, el in self._marked() if any(f in value for f in forms)]

    def _marked(self) -> list[tuple[str, Any]]:
        if self._found is None:
            self._found = self._classes.holding(self._stems)
        return self._found
