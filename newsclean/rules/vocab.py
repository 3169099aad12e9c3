"""Word lists kept as data files next to this module, loaded once.

Why files and not Python literals: one list per vocabulary, shared by every normaliser that
needs it (months serve both bylines and dates), with the language of each word visible as a
section instead of a comment, and a new word a one-line change to a text file.

File format (UTF-8, ``<name>.txt`` in this folder):

- ``# ...`` starts a comment (a whole line, or after a word when preceded by two spaces);
- ``[section]`` starts a section, usually a language code (``[en]``, ``[de]``) or a use;
  words before the first header belong to the section ``""``;
- any other non-blank line is one entry, kept as written (spaces trimmed at both ends); an
  entry ``key = value`` also carries a value (e.g. an organisation's canonical short form),
  and "=" may stand nowhere else;
- an entry may appear in several sections (``mai`` is French and German), never twice in one.

Plain lines rather than TOML because all the lists (~2,100 entries) parse in about 2 ms,
where ``tomllib`` took ~14 ms to import and ~8 ms to parse a list of that size.
"""

from __future__ import annotations

import functools
import importlib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

__all__ = [
    "Entry",
    "Vocabulary",
    "VocabularyError",
    "alternation",
    "load",
    "mapping",
    "ordered",
    "sections_for",
    "words",
]

_FOLDER = Path(__file__).resolve().parent


class VocabularyError(ValueError):
    """A malformed vocabulary file; the message names the file and the line."""


class Entry(NamedTuple):
    """One line of a vocabulary file (a tuple: two thousand of them are built at import)."""

    word: str
    value: str | None
    section: str
    line: int


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """The entries of one file, in file order, with their sections."""

    name: str
    entries: tuple[Entry, ...]
    sections: tuple[str, ...] = field(init=False, repr=False, compare=False)
    """The section names in file order: computed once (asked for at every :meth:`select`,
    1,300 times as the cleaners import, it walked all the entries each time)."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "sections", tuple(dict.fromkeys(e.section for e in self.entries)))

    def select(self, sections: Iterable[str] = (), exclude: Iterable[str] = ()) -> list[Entry]:
        """Entries of the named sections (all when none are named), minus ``exclude``."""
        wanted = frozenset(sections)
        unwanted = frozenset(exclude)
        for s in wanted | unwanted:
            if s not in self.sections:
                raise VocabularyError(f"{self.name}.txt: no section [{s}]")
        return [
            e
            for e in self.entries
            if (not wanted or e.section in wanted) and e.section not in unwanted
        ]


def parse(text: str, name: str) -> Vocabulary:
    """Parse one file's text; ``name`` is only used in error messages."""
    entries: list[Entry] = []
    section = ""
    seen: set[str] = set()  # words of the current section
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.split("  #", 1)[0].strip() if "  #" in raw else raw.strip()
        if not line or line[0] == "#":
            continue
        if line[0] == "[":
            if not line.endswith("]") or not line[1:-1].strip() or "]" in line[1:-1]:
                raise VocabularyError(f"{name}.txt:{number}: malformed section header {line!r}")
            section = line[1:-1].strip()
            seen = {e.word for e in entries if e.section == section}
            continue
        value: str | None = None
        if "=" in line:
            word, eq, rest = line.partition(" = ")
            if not eq or not word.strip() or not rest.strip():
                raise VocabularyError(f"{name}.txt:{number}: malformed entry {line!r}")
            line, value = word.strip(), rest.strip()
        if line in seen:
            raise VocabularyError(
                f"{name}.txt:{number}: {line!r} appears twice in section [{section}]"
            )
        seen.add(line)
        entries.append(Entry(line, value, section, number))
    if not entries:
        raise VocabularyError(f"{name}.txt: no entries")
    return Vocabulary(name, tuple(entries))


@functools.cache
def load(name: str) -> Vocabulary:
    """The vocabulary in ``<name>.txt``, read once per process."""
    path = _FOLDER / f"{name}.txt"
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise VocabularyError(f"{name}.txt: cannot be read ({exc})") from exc
    return parse(text, name)


def sections_for(name: str, use: str) -> tuple[str, ...]:
    """Sections whose name lists ``use`` among its words (``[bylines credits]`` for "credits")."""
    found = tuple(s for s in load(name).sections if use in s.split())
    if not found:
        raise VocabularyError(f"{name}.txt: no section for {use!r}")
    return found


def words(name: str, *sections: str, exclude: Iterable[str] = ()) -> frozenset[str]:
    """The words of a vocabulary (of the given sections, or all), as a frozenset."""
    return frozenset(e.word for e in load(name).select(sections, exclude))


def ordered(name: str, *sections: str, exclude: Iterable[str] = ()) -> tuple[str, ...]:
    """The words in file order without repeats, for callers that build alternations."""
    return tuple(dict.fromkeys(e.word for e in load(name).select(sections, exclude)))


def mapping(name: str, *sections: str) -> dict[str, str | None]:
    """``word -> value`` (None where the line has no ``= value``), first entry winning."""
    out: dict[str, str | None] = {}
    for e in load(name).select(sections):
        out.setdefault(e.word, e.value)
    return out


def alternation(items: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first so "by" never shadows "by:".

    Literals only, so a pattern built from it stays linear-time whatever the lists hold.
    The words are grouped by their first character ("Reuters|A(?:FP|P)"): ``re`` tries an
    alternation branch by branch at every position of a searched line, and a branch per
    first character fails there several times faster than one per word (~6x for a search
    of the organisations' names). Two words can only match at one place when their first
    characters match the same letter (in any case, ``re.IGNORECASE`` included), and such
    words share a group, in their longest-first order: what matches is what the flat
    alternation matched.

    >>> alternation(["AP", "AFP", "Reuters"])
    'Reuters|A(?:FP|P)'
    """
    # Longest first; words of one length (which cannot shadow each other) in code-point order,
    # not a set's: the same lists make the same pattern text in every process and every run.
    ordered = sorted(set(items), key=lambda w: (-len(w), w))
    if _tolower is None:  # pragma: no cover - without re's case folding: no groups
        return "|".join(re.escape(w) for w in ordered)
    groups: dict[str, list[str]] = {}
    for word in ordered:
        groups.setdefault(_case_class(word[:1]), []).append(word)
    parts = []
    for words in groups.values():
        first = words[0][:1]
        if len(words) > 1 and first and all(w[:1] == first for w in words):
            rest = "|".join(re.escape(w[1:]) for w in words)
            parts.append(f"{re.escape(first)}(?:{rest})")
        else:
            parts.append("|".join(re.escape(w) for w in words))
    return "|".join(parts)


_tolower: Callable[[int], int] | None
_EXTRA_CASES: dict[int, tuple[int, ...]]
try:  # how re itself folds case (private, so looked up: without them, no groups)
    _tolower = importlib.import_module("_sre").unicode_tolower
    _EXTRA_CASES = importlib.import_module("re._casefix")._EXTRA_CASES
except (ImportError, AttributeError):  # pragma: no cover - every supported Python has them
    _tolower, _EXTRA_CASES = None, {}


def _case_class(char: str) -> str:
    """One key for every character ``re.IGNORECASE`` lets match ``char``: its lower case, or
    the least of the letters re folds it with ("i" and "ı", "s" and "ſ"); "" for none."""
    if not char or _tolower is None:
        return char
    low = _tolower(ord(char))
    return chr(min((low, *_EXTRA_CASES.get(low, ()))))
