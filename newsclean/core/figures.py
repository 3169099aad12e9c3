"""Recognising caption lines in a page's text form.

A caption in flattened text is an ordinary line; what gives it away is a credit. Only clear
signals count (a credit label, a parenthesised agency credit, "Pictured:"), because mistaking
a paragraph for a caption would lose article text.
"""

from __future__ import annotations

import re

from ..article import Image
from ..normalize._caption_rules import COMPOUND_LABEL
from ..normalize.caption import split_caption
from ..normalize.text import key, line_cache, squash
from ..rules.vocab import alternation, mapping, sections_for, words

MAX_CAPTION_CHARS = 600

# Credit labels that mark a text line as a caption: the "lines" section of the credit labels
# ("Photo:", "Credit..."), narrower than the labels split_caption reads inside a caption.
_LINE_LABELS = words("credit_labels", *sections_for("credit_labels", "lines"))
# An image word and a source word together ("Image source:", "Fuente de la imagen:") are as
# clear a credit label as "Photo:".
_LABEL = re.compile(
    r"(?:\b(?:" + COMPOUND_LABEL + "|" + alternation(_LINE_LABELS) + r")\s?(?::|\.\.\.)|©)",
    re.IGNORECASE,
)
# Agencies whose bare name ends a caption line ("(AP)", " - Reuters"): the organisations
# table's "lines" sections, as printed ("AP", "dpa") and in capitals ("REUTERS").
_LINE_ORGS = mapping("organisations", *sections_for("organisations", "lines"))
_LINE_AGENCIES = {f for w, shown in _LINE_ORGS.items() for f in (shown or w, (shown or w).upper())}
_AGENCY_ALT = alternation(_LINE_AGENCIES)
_PAREN_CREDIT = re.compile(
    r"\((?:[^()\n]{1,60}/[^()\n]{1,60}|[^()\n]{1,40} via [^()\n]{1,40}|[^()\n]{0,30}\bphoto\b"
    rf"[^()\n]{{0,30}}|{_AGENCY_ALT})\)\s*$",
    re.IGNORECASE,
)
_DASH_AGENCY = re.compile(rf"\s-\s?(?:{_AGENCY_ALT})$")
_DASH_SPAN = max(map(len, _LINE_AGENCIES)) + 4  # " - " and a final newline "$" allows
_LABEL_SPAN = max(map(len, _LINE_LABELS)) + 2  # a label and the one space before its colon
# A wire credit in capitals after the last sentence, agency first or last ("... 2015.
# REUTERS/Jane Doe/File Photo", "... le 3 mai. LUDOVIC MARIN / AFP"): the wires' own shape.
_CAPS_AGENCY_ALT = alternation({w.upper() for w in _LINE_AGENCIES})
_CAPS_NAME = r"[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+(?: [A-ZÀ-Þ][A-ZÀ-Þ'’.-]+){0,3}"
_NAME_SEG = r"[A-ZÀ-Þ][\w'’.-]*(?: [A-ZÀ-Þ][\w'’.-]*){0,3}"
_WIRE_CREDIT = re.compile(
    rf"[.!?]\s+(?:(?:{_CAPS_AGENCY_ALT}) ?/ ?{_NAME_SEG}(?:/{_NAME_SEG}){{0,3}}"
    rf"|{_CAPS_NAME} ?/ ?(?:{_CAPS_AGENCY_ALT}))$"
)
_PICTURED = re.compile(r"^(?:Pictured|Above|Top|Main picture|Main image):\s", re.IGNORECASE)
_PICTURED_FIRST = frozenset("PpAaTtMm")
"""What ``_PICTURED`` can start with (no other letter matches these case-insensitively)."""


def _pictured(text: str) -> bool:
    return text[:1] in _PICTURED_FIRST and _PICTURED.match(text) is not None


_COURTESY = re.compile(
    r"[.!?]\s(?:"
    + alternation(w for w in words("bare_labels") if w.count(" ") >= 2)
    + r")\s(?=[A-ZÀ-Þ])",
    re.IGNORECASE,
)
"""A courtesy credit after the caption's sentence, with no colon ("… on Monday. Photo
courtesy of MDRRMO Oras"): the bare labels of ``rules/bare_labels.txt`` of three words or
more, which no sentence of prose opens with."""
_COURTESY_SPAN = 120
_CJK_SHOT = re.compile(
    r"^(?P<cap>.{4,200}[。！？])\s*[（(](?P<credit>[^()（）/／]{1,20}?)\s*(?:"
    + alternation(words("cjk_suffixes", "photo"))
    + r")[）)]$"
)
"""A Chinese or Japanese caption closed by its photographer in brackets ("…最後階段。（黃子朗攝）"),
the marks of ``rules/cjk_suffixes.txt`` [photo]."""
# A credit label after the caption's last sentence and a short capitalised credit ending the
# line ("… in November. Source: Supplied"); a bracketed CJK label and credit closing it.
_TAIL_LABELS = alternation(words("credit_labels", *sections_for("credit_labels", "tails")))
_TAIL_CREDIT = re.compile(
    rf"[.!?]\s+(?i:{_TAIL_LABELS})\s?:\s*[A-ZÀ-Þ][\w'’.&-]*(?: [A-ZÀ-Þ][\w'’.&/-]*){{0,3}}$"
)
_BRACKET_LABELS = alternation(words("credit_labels", *sections_for("credit_labels", "brackets")))
_BRACKET_CREDIT = re.compile(rf"[（(](?:{_BRACKET_LABELS})\s?[：:=]\s?[^()（）\n]{{1,30}}[)）]$")
_TAIL_SPAN = 80
_TAIL_LINE = 200
"""Longest line a tail credit makes a caption: a paragraph citing its source runs longer."""


def _tail_credit(line: str) -> bool:
    """A credit closing the line in one of the tail shapes (searched in its last characters)."""
    if len(line) > _TAIL_LINE:
        return False
    end = line.rstrip()[-_TAIL_SPAN:]
    if end.endswith(("）", ")")):
        return _BRACKET_CREDIT.search(end) is not None
    return ":" in end and _TAIL_CREDIT.search(end) is not None


_GLUED_UI = re.compile(r"\s+(?:Expand|Enlarge|Open gallery)$")
PROMO_SENTENCE = re.compile(
    r"\s*\bFollow (?:the|our) (?:latest|live) (?:news|developments|updates|coverage)\b"
    r"[^.]{0,160}\.(?=\s|$)"
)


def _paren_credit(line: str) -> bool:
    """``_PAREN_CREDIT.search(line)``, tried at the line's last "(" only: the bracket holds no
    bracket and only spaces follow it, so a match can start nowhere else (searched, the
    pattern backtracks through its bounded runs at every "(" of a long caption)."""
    start = line.rfind("(")
    return start >= 0 and _PAREN_CREDIT.match(line, start) is not None


def _has_credit_signal(line: str) -> bool:
    # Each pattern has a cheap precondition (a closing parenthesis at the end, a label's colon
    # or ©, a slash near the end, a " -" before an agency): most paragraphs fail them all and
    # skip the regexes.
    if line.rstrip().endswith(")") and _paren_credit(line):
        return True
    if line.rstrip().endswith("）") and _CJK_SHOT.match(line.strip()):
        return True
    if _tail_credit(line):
        return True
    if (":" in line or "©" in line or "..." in line) and _has_label(line):
        return True
    if "/" in line[-80:] and _WIRE_CREDIT.search(line[-120:]):
        return True
    if _COURTESY.search(line, max(0, len(line) - _COURTESY_SPAN)):
        return True
    # the agency ends the line: only its last characters are searched
    return " -" in line and _DASH_AGENCY.search(line, max(0, len(line) - _DASH_SPAN)) is not None


def _has_label(line: str) -> bool:
    """``_LABEL.search(line)``, tried only near each colon and "..." a label must end with:
    a prose line with a colon is not searched through at every word."""
    if "©" in line:
        return True
    for mark in (":", "..."):
        at = line.find(mark)
        while at >= 0:
            if _LABEL.search(line, max(0, at - _LABEL_SPAN), at + len(mark)):
                return True
            at = line.find(mark, at + 1)
    return False


def caption_of(line: str) -> Image | None:
    """The image a caption line describes, or None when the line is not clearly a caption."""
    if len(line) > 4 * MAX_CAPTION_CHARS:
        return None
    found = _caption_parts(line)
    return None if found is None else Image(caption=found[0], credit=found[1])


@line_cache
def _caption_parts(line: str) -> tuple[str | None, str | None] | None:
    """``caption_of`` as (caption, credit), kept for the lines last asked about: the header
    stage and the caption stage ask about the same top lines, often more than once."""
    if not (_has_credit_signal(line) or _pictured(line.lstrip())):
        return None  # cheap guards: most lines are paragraphs with no credit in sight
    text = squash(line)
    if not text or len(text) > MAX_CAPTION_CHARS:
        return None
    text = _GLUED_UI.sub("", text)
    shot = _CJK_SHOT.match(text) if text.endswith(("）", ")")) else None
    if shot is not None:
        return shot["cap"], shot["credit"]
    if _has_credit_signal(text):
        cap = split_caption(text)
        if cap.credit:
            caption = PROMO_SENTENCE.sub("", cap.text).strip() if cap.text else None
            return caption or None, cap.credit
    if _PICTURED.match(text):
        return text, None
    return None


def credit_only(line: str) -> Image | None:
    """A line that is nothing but a credit (``UK Parliament/PA``, ``REUTERS``)."""
    text = squash(line)
    if not text or len(text) > 80 or text.endswith("."):
        return None
    cap = split_caption(text)
    if cap.credit and not cap.text:
        return Image(caption=None, credit=cap.credit)
    return None


def same_caption(a: str, b: str) -> bool:
    """True when line ``a`` is the caption of line ``b`` printed again (alt text, no credit)."""
    ka = key(a).rstrip(". ")
    kb = key(b)
    return bool(ka) and (kb.startswith(ka) or ka.startswith(kb.rstrip(". ")))
