"""Shapes of header lines in languages no word list holds.

Between a headline and its text, a line's shape tells what it is when its words are unknown:
a stamp is a year, a day and a few words ("mánudagur 7. desember 2026 kl. 14:20"); an age is
a small number and lower-case words ("pirms 3 stundām"); a label line is one word and a colon
over a stamp ("Gepubliseer:"); a labelled line is one word, a colon and a value ("Egilea: Ane
Etxeberria", "Burimi: Gazeta Drini"); another credit is one word, a by-word and a name
("Edited by …", "Foto von …"). Callers read them only in the header zone: in the text the same
shapes are prose.
"""

from __future__ import annotations

import re

from ..normalize.scripts import WORD_RUN
from ..rules.vocab import ordered

_TOKENS = re.compile(rf"{WORD_RUN}|\d+")
"""A stamp's words and figures, read apart ("7.", "desember", "2026", "14", "20")."""
_YEAR = re.compile(r"^(?:19|20)\d\d$")
"""A stamp holds one year."""
_SPACED_MARK = re.compile(r"\s[-–—|·•]\s")
"""What parts a header line: a stamp's parts all hold a figure."""
_NAME_PAIR = re.compile(r"(?<![^\W\d_])[^\W\d_]*[A-ZÀ-ÞА-Я][^\W\d_]* [A-ZÀ-ÞА-Я][^\W\d_]+")
_GLUED = re.compile(r"[^\W\d_]\d")
"""A letter glued to a figure: a name printed against its date."""
STAMP_CHARS = 60
STAMP_WORDS = 3
WORD_CHARS = 12


def stamp_shape(text: str) -> bool:
    """A year, a day or a clock and at most three short words: a date stamp in any language."""
    if len(text) > STAMP_CHARS or text.rstrip().endswith(("!", "?")):
        return False
    if any(not any(c.isdigit() for c in part) for part in _SPACED_MARK.split(text)):
        return False  # "Harbour Times — 4 Mar 2026": a name beside the stamp
    if _NAME_PAIR.search(text) or _GLUED.search(text):
        return False  # "Harian Pesisir07-12-2026": a paper's name glued to its date
    tokens = _TOKENS.findall(text)
    numbers = [str(int(t)) for t in tokens if t.isdecimal()]  # ("২০২৬" is 2026)
    words = [t for t in tokens if not t.isdecimal()]
    if len(numbers) == 2 and len(_CLOCK.findall(text)) == 1:
        return _clock_words(words)  # "i dag kl. 11:32", "Dnes 10:45": a day word and a time
    years = [t for t in numbers if _YEAR.match(t)]
    small = [t for t in numbers if len(t) <= 2]
    return (
        len(years) == 1
        and bool(small)
        and len(years) + len(small) == len(numbers)
        and len(words) <= STAMP_WORDS
        and all(len(w) <= WORD_CHARS for w in words)
    )


_CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}\b")
CLOCK_WORD_CHARS = 6


def _clock_words(words: list[str]) -> bool:
    """The words beside a bare time: at most three short ones ("i dag kl."), lower-case
    after the first: a relative day and a time label, no name."""
    return len(words) <= STAMP_WORDS and all(
        len(w) <= CLOCK_WORD_CHARS and (n == 0 or w.islower()) for n, w in enumerate(words)
    )


_ROLE_TAIL = re.compile(r"^(?P<name>[^,]{4,40}?)(?:,\s*|\s[-–—]\s)(?P<role>[^,]{2,60})$")
ROLE_WORDS = 6


def name_and_role(text: str) -> tuple[str, str] | None:
    """(name, role) of a line of a name and the writer's role after a comma or a spaced dash
    ("Олена Коваль, журналістка", "Ana Moreira - Repórter da Agência Brasil"): the caller
    checks the name; a role after a comma starts lower-case (else it is a second name)."""
    found = _ROLE_TAIL.match(text.strip())
    if found is None:
        return None
    role = found["role"].strip()
    comma = "," in text
    if len(role.split()) > ROLE_WORDS or (comma and not role[:1].islower()):
        return None
    return found["name"].strip(), role


AGE_WORDS = 3


def age_shape(text: str) -> bool:
    """One small number among at most three lower-case words ("pirms 3 stundām", "3 óra
    óta"): a relative age in any language, the second part of a "Source | age" line."""
    tokens = text.split()
    numbers = [t for t in tokens if t.isdigit()]
    words = [t for t in tokens if not t.isdigit()]
    return (
        len(numbers) == 1
        and len(numbers[0]) <= 2
        and 1 <= len(words) <= AGE_WORDS
        and all(w.isalpha() and w.islower() for w in words)
    )


_LABEL_LINE = re.compile(r"^[^\W\d_]{3,16}\s?[:：]$")


def label_line(text: str) -> bool:
    """One word and a colon alone on a line ("Gepubliseer:"): the label of the line below."""
    return _LABEL_LINE.match(text.strip()) is not None


_LABELLED = re.compile(r"^(?P<label>[^\W\d_]{3,16})\s?[:：]\s*(?P<value>[^\W\d_].{1,70})$")


def labelled_value(text: str) -> str | None:
    """The value of a line of one capitalised word, a colon and a value ("Egilea: Ane
    Etxeberria"): the caller decides from the value whether a source or a writer is named."""
    found = _LABELLED.match(text.strip())
    if found is None or not found["label"][:1].isupper():
        return None
    value = found["value"].strip()
    return None if value.endswith((".", "!", "?")) else value


_OTHER_CREDIT = re.compile(
    r"^[^\W\d_]{3,16} (?:" + "|".join(map(re.escape, ordered("by_words")))
    + r") (?P<name>[^\W\d_][^\s,]*(?: [^\s,]+){1,3})$",
    re.IGNORECASE,
)


def other_credit(text: str) -> str | None:
    """The name of a credit line of one word, a by-word and a name ("Edited by Funke Adeyemi",
    "Fotos von Jan Berg"): under a byline, an editor's, a photographer's or a translator's."""
    found = _OTHER_CREDIT.match(text.strip())
    if found is None or not text[:1].isupper():
        return None
    name = found["name"]
    return name if all(w[:1].isupper() for w in name.split()) else None
