"""A picture's caption under a headline whose credit label no list knows.

Between a headline and its first paragraph, a line that is a sentence followed by a short
label and a short capitalised name ("… vasútállomás. Fotó: Szegedi Közlekedési Társaság",
"… Lamu. PICHA: AMINA ODHIAMBO", "… станцията. Снимка: Столична община") is the lead
picture's caption in any language: a one-word label before a colon, a spaced dash ("… lundi
matin. - Belga"), or a label of
``rules/credit_labels.txt`` [captions header] with none ("Photo by", "Kuha ni"), perhaps in
brackets. Only the header zone is read so: in the text, a sentence and "Word: Name" is prose.
"""

from __future__ import annotations

import re

from ..article import Image
from ..normalize.scripts import MARKS
from ..rules.vocab import alternation, ordered

_OPEN_LABELS = alternation(ordered("credit_labels", "captions header"))
_LETTERS = rf"(?:[^\W\d_]|[{MARKS}])"  # (with the marks of Indic scripts: "ছবি")
_LABEL = rf"(?:[^\W\d_]{_LETTERS}{{2,11}}\.?\s?:|(?i:{_OPEN_LABELS})|[-–—](?=\s))"
_WORD = rf"[^\W\d_][\w{MARKS}'’.&-]*"
_CREDIT = rf"{_WORD}(?:\s?/\s?|\s)?(?:{_WORD}(?:\s?/\s?|\s)?){{0,5}}"
_SHAPE = re.compile(
    rf"^(?P<cap>.{{8,300}}?[.!?।۔。])\s+(?P<open>[(（]?){_LABEL}\s*(?P<credit>{_CREDIT})[)）]?$"
)
CREDIT_CHARS = 60
MAX_LINE = 400


def header_credit(text: str) -> Image | None:
    """The caption and credit of a header-zone picture line, or None."""
    line = text.strip()
    if len(line) > MAX_LINE or line.endswith((".", "!", "?", "।", "。")):
        return None  # a credit ends with a name, not with a sentence's stop
    found = _SHAPE.match(line)
    if found is None:
        return None
    credit = found["credit"].strip()
    words = credit.split()
    if (
        not credit
        or len(credit) > CREDIT_CHARS
        or words[0][:1].islower()  # (a script without capitals passes)
        or bool(found["open"]) != line.endswith((")", "）"))
    ):
        return None
    return Image(caption=found["cap"].strip(), credit=credit)
