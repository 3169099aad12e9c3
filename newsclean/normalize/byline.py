"""Turn a raw byline string into person names and credited organisations.

Scraped bylines mix names with prefixes ("By", "Von", "Par"), roles, desks, agencies,
dates, UI text and contact details, often glued together without spaces. Wrong authors are
worse than none, so anything that does not look like a person is left out of ``authors``;
agencies and publishers go to ``organizations`` instead.

The rules (word lists) live in :mod:`newsclean.normalize._byline_rules`; this module holds the small
functions around them. Every regex is built once at import and is linear-time: literal
alternations and single quantifiers, no nested repetition.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from ..rules.vocab import alternation as _alt
from . import _byline_rules as R
from ._date_rules import ZONES
from .domains import is_domain
from .scripts import DENSE

__all__ = ["Byline", "parse_byline"]

_MAX_LEN = 1500  # bylines are short; longer input is page text, the head is enough


@dataclass(frozen=True, slots=True)
class Byline:
    """A parsed byline: people in ``authors``, agencies/desks/publishers in ``organizations``."""

    raw: str
    authors: tuple[str, ...]
    organizations: tuple[str, ...]
    desks: tuple[str, ...] = field(default=(), repr=False)
    """Desks credited instead of people ("Our Foreign Staff", "Web Desk"): neither authors nor
    organisations, but they show the string is a credit line."""

    @property
    def organization(self) -> str | None:
        """All credited organisations joined with ", " (None when there are none)."""
        return ", ".join(self.organizations) or None


# --------------------------------------------------------------------------- regexes


_WB = r"(?<![\w'’-])"  # word start (apostrophes and hyphens count as word characters)
_WE = r"(?![\w'’-])"  # word end

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200f\u2028\u2029\ufeff]")
_NEWLINE = re.compile(r"[\r\n\t\v\f]+")
_LIST_NEWLINE = re.compile(r"(,|\band|&|\bund|\bet)[ ]*[\r\n\t\v\f][\s]*")
# "Ana Gil (texto) e Rui Paz (fotos)": after a closing bracket a risky conjunction ("e", "y")
# is no name particle, and the next name starts a new item.
_PAREN_CONJ = re.compile(
    r"(?<=\))\s+(?:" + _alt(R.RISKY_CONJUNCTIONS) + r")\s+(?=[A-ZÀ-Þ])"
)
_DATELINE = re.compile(
    r"\b[A-Z]{2,}(?:[ -][A-Z]{2,}){0,3}(?:,\s[A-Z][\w.]*){0,2}\s\((?=[^()]{1,30}\)\s*[-—–])"
)
_SPACES = re.compile(r"[ \u00a0\u2000-\u200a\u202f\u205f\u3000]+")
# Full-width punctuation of CJK pages, read as the ASCII the rules below know ("文：", "（…）").
_FULL_WIDTH = str.maketrans(
    {
        "（": " (",
        "）": ") ",
        "：": ": ",
        "／": " / ",
        "，": ", ",
        "、": ", ",
        "【": " [",
        "】": "] ",
        "〔": " [",
        "〕": "] ",
        "＝": "=",
        "｜": " | ",
    }
)
_CJK = DENSE  # kana, CJK ideographs and Hangul syllables (normalize/scripts.py)
# "山田太郎記者": a role glued after a name of at least two characters.
_CJK_ROLE = re.compile(f"(?<=[{_CJK}]{{2}})(?:{_alt(R.CJK_ROLE_SUFFIXES)})(?![\\w])")
# "记者 刘洋 通讯员 陈静", "人民日报 记者 王伟": a role word standing after a name or masthead
# starts a new credit, marked by that word.
_CJK_ROLE_BETWEEN = re.compile(
    f"(?<=[{_CJK}])\\s+(?:{_alt(R.CJK_ROLE_SUFFIXES)})\\s+(?=[{_CJK}])"
)
# "記者王小明／台北報導": a role word glued before the name (two to four characters) it
# introduces gets a space after it; the filing place after a slash or space ("／台北報導",
# " 报道") names nobody.
_CJK_ROLE_HEAD = re.compile(
    f"(?:^|(?<=[\\s\\[(]))({_alt(R.CJK_ROLE_SUFFIXES)})(?=[{_CJK}]{{2,4}}(?:[\\s/,\\])|]|$))"
)
# "聯合報記者王小明": a masthead glued before the role word and the name it introduces.
_CJK_MASTHEAD_ROLE = re.compile(
    f"(?:^|(?<=[\\s\\[(]))([{_CJK}]{{1,6}}(?:{_alt(R.CJK_ORG_SUFFIXES)}))"
    f"({_alt(R.CJK_ROLE_SUFFIXES)})(?=[{_CJK}]{{2,4}}(?:[\\s/,\\])|]|$))"
)
_CJK_REPORT_TAIL = re.compile(
    f"(?:\\s*/\\s*[{_CJK}]{{0,6}}|\\s+)(?:{_alt(R.CJK_REPORT_TAILS)})(?=[\\s\\])]|$)"
)
# "中央社記者王小明台北7日電": an agency's wire credit, the agency, the reporter (two or three
# characters), the place and the day; read as "agency | role name".
_CJK_WIRE = re.compile(
    f"(?:^|(?<=[\\s\\[(]))([{_CJK}]{{2,8}}?)({_alt(R.CJK_ROLE_SUFFIXES)})([{_CJK}]{{2,3}})"
    f"[{_CJK}]{{2,5}}\\d{{1,2}}日(?:{_alt(R.CJK_REPORT_TAILS)})"
)
# "新华社北京11月6日电": an agency's wire dateline, the agency ("…社"), the place, the month
# and day, then "电" (wired); only the agency credits anyone.
_CJK_WIRE_DATE = re.compile(
    f"([{_CJK}]{{1,6}}社)[{_CJK}]{{1,6}}?\\d{{1,2}}月\\d{{1,2}}日[电電]"
)
# "【パリ＝山本一郎】", "[서울=연합뉴스]": a dateline place, then "=", then the name or agency.
_CJK_DATELINE = re.compile(f"(?:^|(?<=[\\[(\\s]))[{_CJK}]{{1,10}}\\s?=\\s?(?=[{_CJK}])")
# "记者 王磊 张晓": Chinese bylines part names by spaces (only with a Chinese role word).
_CJK_SPACED = re.compile(f"(?<=[{_CJK}]{{2}})\\s+(?=[{_CJK}]{{2}})")
_CJK_SPACED_HINT = re.compile(_alt(R.CJK_SPACED_LIST))
# "経済部", "編集部": a desk of the paper (two characters before the suffix: "阿部" is a name).
_CJK_DESK_TOKEN = re.compile(f"[{_CJK}]{{2,8}}(?:{_alt(R.CJK_DESK_SUFFIXES)})$")
# A Japanese word, not a name: katakana alone without the "・" a foreign name has between its
# parts (トップ, ランキング), or one kanji with its kana ending (暮らし). UI labels and menu
# items over a headline have this shape; a person's name written in katakana has a "・".
_KANA_WORD = re.compile(r"^(?:[\u30a1-\u30fa\u30fc]{2,}|[\u4e00-\u9fff][\u3041-\u3096]{1,2})$")


_QUOTED = re.compile(r"\s[\"“][^\"“”]{1,30}[\"”]\s")
_KNOWN_ORG = re.compile(
    _WB + "(?P<org>" + _alt(R.KNOWN_ORGS) + ")"
    # an agency's service after a hyphen, in capitals ("dpa-AFX"): part of the name
    + "(?-i:-(?P<wire>[A-Z]{2,5}))?"
    + "(?:\\s+(?P<edition>" + _alt(R.ORG_EDITIONS) + "))?"
    + "(?:['’]s(?=\\s))?" + _WE
    # one capitalised word ending the item: the outlet's product or desk ("CNN Underscored")
    + "(?P<brand>(?-i: [A-ZÀ-Þ][^\\W\\d_]{2,})(?=\\s*(?:$|[,;|/()\\[\\]]|\\s[-–—]\\s)))?",
    re.I,
)
_DESK_SUFFIX = frozenset(
    {"staff", "team", "redaktion", "desk", "newsroom", "wire", "reports", "reporters"}
)
_HYPHEN_APOS = re.compile(r"([-'’])")
_WORD_AT = re.compile(r"[A-ZÀ-Þ][a-zà-ÿ]+")

_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_LOCAL_PARTS = re.compile(r"[._+-]+")
_URL = re.compile(r"(?:https?://|www\.)\S+", re.I)
_HANDLE = re.compile(r"@\w+")
_PHONE = re.compile(r"(?<![\d(+])\(?\+?\d[\d ()./-]{6,}\d")

_MONTH = _alt(R.MONTHS)
_WEEKDAY = _alt(R.WEEKDAYS)
_UNIT = _alt(R.TIME_UNITS)
# Time zones as dates know them, and the clock words bylines print after a time.
_TZ = f"(?:{_alt([*ZONES, 'Uhr', 'hrs.', 'hrs', 'HS', 'h'])})"
_DIGIT_NEEDED = "digit"
_BAR_NEEDED = "a comma or a bar"
_DATES = tuple(
    (re.compile(p, re.I), needs)
    for p, needs in (
        (r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?",
         _DIGIT_NEEDED),
        (r"\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b", _DIGIT_NEEDED),
        (rf"\b(?:(?:{_WEEKDAY})\.?,?\s)?\d{{1,2}}(?:st|nd|rd|th)?\.?\s?(?:de\s)?(?:{_MONTH})\b\.?"
         rf"(?:,?\s?(?:de\s)?\d{{4}})?", _DIGIT_NEEDED),
        (rf"\b(?:(?:{_WEEKDAY})\.?,?\s)?(?:{_MONTH})\b\.?\s\d{{1,2}}(?:st|nd|rd|th)?\b"
         rf"(?:,?\s\d{{4}})?", _DIGIT_NEEDED),
        (rf"\b(?:{_MONTH})\b\.?,?\s\d{{4}}\b", _DIGIT_NEEDED),
        (rf"\b\d{{1,2}}[:.h]\d{{2}}(?::\d{{2}})?\s?(?:[ap]\.?\s?m\b\.?)?(?:\s?{_TZ}\b)?",
         _DIGIT_NEEDED),
        (rf"\b\d{{1,2}}\s?[ap]\.?m\b\.?(?:\s?{_TZ}\b)?", _DIGIT_NEEDED),
        (rf"\b\d{{3,4}}\s?{_TZ}\b", _DIGIT_NEEDED),
        (rf"\b(?:hace|vor|il y a)\s\d+\s(?:{_UNIT})\b", _DIGIT_NEEDED),
        (rf"\b\d+\s?(?:{_UNIT})\b\.?(?:\s(?:ago|read|de lectura|lesezeit))?", _DIGIT_NEEDED),
        (r"\b(?:an?|one)\s(?:minute|hour|day|week)s?\sago\b", None),
        (r"\b(?:minutes?|hours?|days?)\sago\b", None),
        (r"\b(?:today|yesterday)\sat\b", None),
        (r"\b\d+\swords?\b", _DIGIT_NEEDED),
        (r"\b(?:19|20)\d{2}\b", _DIGIT_NEEDED),
        (rf"\b(?:{_WEEKDAY})\b(?=\s*[,|])", _BAR_NEEDED),
    )
)
"""Date and time stamps a byline prints, cut out in this order, each with what every match of
it needs (None: nothing known): a pattern of a month or weekday list is slow to fail, and
most bylines hold no digit."""
_DIGIT = re.compile(r"\d")

_UI = re.compile(_WB + "(?:" + _alt(R.UI_PHRASES) + ")" + _WE, re.I)
_CONTRIB = re.compile(
    r"\b(?:have\s|has\s|also\s)*contributed(?:\s(?:to|for)\s(?:this|the)\s(?:report|story|"
    r"article|piece|coverage))?\b\.?|\bcontributed\b",
    re.I,
)
_ROTA = re.compile(
    r"\(\s*(?:" + _alt(R.ROTA_WORDS) + r")(?:\s(?:and|&)\s(?:" + _alt(R.ROTA_WORDS) + r"))?\s*\)",
    re.I,
)
_STRONG_SEP = re.compile(r"\s*(?:[|•·▪►»«\n]|\s[-–—]+\s|\s[-–—]+$|^[-–—]+\s|:\s*$)\s*")
_STRONG_SEP_HINT = re.compile(r"[|•·▪►»«\n\-–—:]")
_SENTENCE = re.compile(r"(?<=[a-zà-ÿ]{3})\.\s+(?=[A-ZÀ-Þ])")
# "Jane Doe is a reporter ...", "Jo Roe hat ... berichtet": a lower-case verb after the name
# opens a bio sentence (case-sensitive: "Is" and "Hat" may be names or headline words).
_BIO = re.compile(r"\s(?:" + _alt(R.BIO_VERBS) + r")\s(?=\S+\s\S)")
_BIO_LIST = re.compile(r"[,;|&/]|\s(?:and|und|et|y|e|og|och|en)\s|^\s*\S+\s*:")

_AUTHOR_MARKERS = frozenset(R.AUTHOR_MARKERS)
_DROP_MARKERS = frozenset(R.NON_AUTHOR_MARKERS)
_MARKER = re.compile(
    _WB + "(" + _alt(R.AUTHOR_MARKERS + R.NON_AUTHOR_MARKERS) + r")(?:\s*:|" + _WE + ")", re.I
)
_LIST_SEP = re.compile(
    r"\s*(?:[,;/()\[\]]|\s(?:" + _alt(c for c in R.CONJUNCTIONS if c.strip()) + r")\s)\s*", re.I
)
_LEAD_CONJ = re.compile(
    r"\s*(?:"
    + _alt(c for c in R.CONJUNCTIONS if c.strip() and c not in R.RISKY_CONJUNCTIONS)
    + r")\s+",
    re.I,
)
_LOCATION = re.compile(r"\s(?:in|aus|from|à|en)\s(?=[A-ZÀ-Þ])")
_FOR_ORG = re.compile(r"\s(?:for|für|pour|para|per|für die|für den)\s(?=[A-ZÀ-Þ0-9])", re.I)
_POSSESSIVE = re.compile(r"^(.{2,40}?)(?:[’']s|(?<=s)[’'])\s+(?=[A-ZÀ-Þ])")
_INITIAL = re.compile(r"^(?:[^\W\d_]\.)+[^\W\d_]?\.?$|^[A-ZÀ-Þ]$")
_ROMAN = re.compile(r"^(?:II|III|IV|VI|VII|VIII)$")
_TRIM = " \t,;:.|-–—/\\()[]{}<>\"'“”‘’«»*•·…。・"
_ARTICLES = frozenset({"the", "die", "der", "das", "le", "la", "les", "el", "il", "los", "las"})


# --------------------------------------------------------------------------- small helpers


def _fold(s: str) -> str:
    return s.casefold().strip(_TRIM)


def _is_cjk(tok: str) -> bool:
    if tok.isascii():
        return False  # the common case, without a look at each character
    return any(ch.isalpha() and not ch.isupper() and not ch.islower() for ch in tok)


def _is_desk(tok: str) -> bool:
    """A desk of the paper ("Newsdesk", "Lokalredaktion"), never an organisation or a person."""
    f = _fold(tok)
    if _CJK_DESK_TOKEN.match(tok):
        return True
    return f in R.DESK_WORDS or any(
        f.endswith(suffix) and len(f) > len(suffix) + 2 for suffix in R.DESK_COMPOUNDS
    )


def _is_cjk_org(tok: str) -> bool:
    """"朝日新聞", "人民日报": a masthead, told by the word its name ends with."""
    return _is_cjk(tok) and any(
        tok.endswith(suffix) and len(tok) > len(suffix) for suffix in R.CJK_ORG_SUFFIXES
    )


def _is_cjk_prose(tok: str) -> bool:
    """A CJK (or Thai) token too long for a name or ending a sentence: page text, not a
    byline. Names are a few characters; a katakana name may join its parts with "・". Thai
    writes its vowels and tones as marks over and under the letters, and spells a name with
    more letters than Chinese or Japanese do ("ศรีสวัสดิ์", six letters and four marks): its
    marks are not counted, and its names may be longer."""
    if not _is_cjk(tok):
        return False
    if any(ch in "。！？" for ch in tok.rstrip("。")):
        return True
    most = _THAI_NAME_MAX if _THAI.search(tok) else _CJK_NAME_MAX
    return any(_letters(part) > most for part in re.split(r"[・·]", tok))


def _letters(part: str) -> int:
    """The characters of a token less its combining marks (Thai vowel and tone marks)."""
    return sum(unicodedata.category(ch) != "Mn" for ch in part)


_CJK_NAME_MAX = 8
_THAI_NAME_MAX = 12  # "ธนาเศรษฐพงศ์", a surname of 11; "ติดตามข่าวสารล่าสุด…", a sentence of 23
_THAI = re.compile("[\u0e00-\u0e7f]")


def _prefixed_surname(tok: str) -> bool:
    """"McDonald", "DeSantis", "VanDerBeek", "O'Neill": every piece before an inner capital
    is a surname head, so the token is one surname."""
    pieces = _INNER_CAP.split(tok.strip(_TRIM))
    return len(pieces) > 1 and all(p.casefold() in R.SURNAME_PREFIXES for p in pieces[:-1])


_INNER_CAP = re.compile(r"(?<=[a-zà-ÿ'’])(?=[A-ZÀ-Þ])")


def _has_upper(tok: str) -> bool:
    for ch in tok:
        if ch.isalpha():
            return ch.isupper()
    return False


def _is_all_caps(tok: str) -> bool:
    letters = [ch for ch in tok if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters)


def _deglue_camel(m: re.Match[str]) -> str:
    """Split "JamesStaff" or "HelselPhil Helsel" but not "McDonald" or "DeArdo"."""
    s = m.string
    i = m.start()
    j = i
    while j > 0 and s[j - 1].islower():
        j -= 1
    word = _WORD_AT.match(s, i)
    nxt = word.group(0).casefold() if word else ""
    head = s[j - 1 : i].casefold() if j else ""
    if head in R.SURNAME_PREFIXES and (j < 2 or not s[j - 2].isalpha()):
        return ""  # "McDonald", "DeSantis", "LaGuardia": one surname
    if word and _item_initial(s, j - 1) and _item_final(s, word.end()) and head not in _ORG_HEADS:
        return ""  # "GadgetDaily" standing alone between separators is a brand
    if nxt in _ORG_HEADS and i - j >= 2:
        return " | "  # "John SmithReuters": a credit node glued to the name
    if i - j >= 5:
        return " | "
    if nxt in _GLUE_WORDS and i - j >= 2 and not (word and _brand_before(s, j - 1, word.end())):
        return " | "
    if word and len(word.group(0)) > 2:
        w = word.group(0)
        k = s.find(w + " ", 0, j)
        if k == 0 or (k > 0 and s[k - 1].isspace()):
            return " | "  # the name is repeated: "Kristen Falc'honKristen Falc'hon"
    return ""


_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")


def _brand_before(s: str, start: int, end: int) -> bool:
    """Is the camel-case word ``s[start:end]`` a known organisation's name, alone or with the
    word after it ("BuzzFeed News"), not a name with a button glued to it ("SmithFollow")?"""
    if start > 0 and not s[start - 1].isspace():
        return False
    token = s[start:end].casefold()
    after = _NEXT_WORD.match(s, end)
    return token in R.KNOWN_ORGS or (
        after is not None and f"{token} {after.group(1).casefold()}" in R.KNOWN_ORGS
    )


def _item_initial(s: str, k: int) -> bool:
    """Does the word at ``k`` start the string or follow a list separator (", ", " | ")?"""
    while k > 0 and s[k - 1] == " ":
        k -= 1
    return k == 0 or s[k - 1] in ",;|/:(•"


def _item_final(s: str, k: int) -> bool:
    """Does the word ending at ``k`` end the string or come before a list separator?"""
    while k < len(s) and s[k] == " ":
        k += 1
    return k == len(s) or s[k] in ",;|/)•"


# First words of known organisations, which a glued credit node starts with ("SmithReuters").
_ORG_HEADS = frozenset(k.split()[0] for k in R.KNOWN_ORGS if k.split()[0] not in R.PARTICLES)

_GLUE_WORDS = (
    frozenset(R.MONTHS) | frozenset(R.WEEKDAYS) | R.ROLE_HEADS | R.ROLE_MODIFIERS | R.STOP_TOKENS
) - {"de", "la", "le", "a", "an", "the", "in", "and", "of"}


# Text nodes glued together ("ByGavin", "vonChris", "TUCKERAssociated", "JamesStaff",
# "Hofbeck1.", "2019Add", "Schmidt-Redaktion"): where each kind is pulled apart, and into what,
# in the order they are tried.
_UNGLUE: tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str], bool], ...] = (
    # (pattern, what it puts in, whether every match needs a digit)
    (re.compile(r"\b(By|by|BY|Von|von|VON|Par|par|Por|por)(?=[A-Z][a-z])"), r"\1 ", False),
    (re.compile(r"(?<=[A-Z]{2})(?=[A-Z][a-z]{2})"), " | ", False),
    (re.compile(r"(?<=[a-zà-ÿ])(?=[A-ZÀ-Þ][a-zà-ÿ]+)"), _deglue_camel, False),
    (re.compile(r"(?<=[^\W\d_]{2})(?=\d)"), " ", True),
    (re.compile(r"(?<=\d)(?=[^\W\d_]{2})"), " ", True),
    (re.compile(r"(?<=\w)-(Team|Redaktion|Staff|team|redaktion|staff)\b"), r" \1", False),
)


def _clean(raw: str) -> str:
    s = unicodedata.normalize("NFC", _SPACES.sub(" ", raw[: _MAX_LEN * 20])[:_MAX_LEN])
    s = _CONTROL.sub(" ", s)
    s = s.translate(_FULL_WIDTH)
    if "=" in s:
        s = _CJK_DATELINE.sub(" ", s)
    if _CJK_SPACED_HINT.search(s):
        s = _CJK_SPACED.sub(", ", s)
    # Each step below runs only where its pattern can match: CJK roles in a line with a
    # character outside ASCII, the line-break ones where a break or tab is (no step writes
    # one), the dateline's before a "(", the handle's at an "@" (slow searches to fail).
    if not s.isascii():
        s = _CJK_WIRE_DATE.sub(r"\1 | ", s)
        s = _CJK_WIRE.sub(r"\1 | \2 \3 ", s)
        s = _CJK_REPORT_TAIL.sub(" ", s)
        s = _CJK_MASTHEAD_ROLE.sub(r"\1 | \2 ", s)
        s = _CJK_ROLE_HEAD.sub(r"\1 ", s)
        s = _CJK_ROLE_BETWEEN.sub(lambda m: " | " + m.group(0).strip() + " ", s)
        s = _CJK_ROLE.sub(" ", s)
    broken = _NEWLINE.search(s) is not None
    if broken:
        s = _LIST_NEWLINE.sub(r"\1 ", s)  # "Jane Doe,\n Joe Bloggs": the list goes on
    s = _PAREN_CONJ.sub(" , ", s) if ")" in s else s
    if broken:
        s = _NEWLINE.sub(" | ", s)
    if "(" in s:
        s = _DATELINE.sub("(", s)  # "BEIJING (AP) —": the city is not an organisation
    s = _SPACES.sub(" ", s)
    s = _EMAIL.sub(_cut_email, s) if "@" in s else s
    s = _URL.sub(" | ", s)
    s = _HANDLE.sub(" | ", s) if "@" in s else s
    # (no step below writes a digit: a byline without one now never holds one)
    digits = _DIGIT.search(s) is not None
    for glued, apart, needs_digit in _UNGLUE:
        if digits or not needs_digit:
            s = glued.sub(apart, s)
    s = _ROTA.sub(" , ", s)
    s = _CONTRIB.sub(" | ", s)
    for rx, needs in _DATES:
        if needs == _DIGIT_NEEDED and not digits:
            continue
        if needs == _BAR_NEEDED and "," not in s and "|" not in s:
            continue
        s = rx.sub(" | ", s)
    s = _PHONE.sub(" | ", s) if digits else s
    s = _UI.sub(" | ", s)
    return _SPACES.sub(" ", s)


def _ascii_fold(s: str) -> str:
    """ "Montaño" -> "montano": names as an e-mail address spells them."""
    return "".join(c for c in unicodedata.normalize("NFKD", s.casefold()) if c.isascii())


def _cut_email(m: re.Match[str]) -> str:
    """Drop an e-mail address, keeping a name word glued to its front ("Ruizjose.ruiz@…").

    The address starts where its local part spells a name word of the byline (or the glued
    word itself): whole ("jose.ruiz") where it can, else after an initial ("pquinn",
    "t.kern"), so "Reinamaria.carrasquilla" keeps "Reina" rather than "Rein" + "amaria".
    """
    local = m.group(0).split("@", 1)[0]
    if not local[:1].isupper():
        return " | "
    before = m.string[max(0, m.start() - 120) : m.start()]
    known = {_ascii_fold(w) for w in _WORD_AT.findall(before)}
    splits: list[tuple[str, list[str]]] = []
    for k in range(2, min(len(local) - 1, 40)):
        head = local[:k]
        if not (head[1:].isalpha() and head[1:].islower()):
            break  # the glued word ends at the first non-letter
        if local[k].islower():
            parts = [p for p in _LOCAL_PARTS.split(_ascii_fold(local[k:])) if p]
            if parts:
                splits.append((head, parts))
    for whole in (True, False):
        for head, parts in splits:
            if _spells_name(parts, known | {_ascii_fold(head)}, whole):
                return head + " | "
    return " | "


def _spells_name(parts: list[str], names: set[str], whole: bool) -> bool:
    first = parts[0]
    if whole:
        return first in names  # "jose.ruiz"
    initial_of = any(n.startswith(first[0]) for n in names)
    if len(first) == 1:
        return initial_of and len(parts) > 1 and parts[1] in names  # "t.kern"
    return initial_of and first[1:] in names and first[0] != first[1]  # "pquinn"


def _cut_bio(text: str) -> str:
    """ "Dana Roe is a senior reporter covering transport.": keep the name before the verb.

    Only when the string opens with one name and nothing else (UI tokens such as "E-Mail"
    skipped): after a list, a marker or an organisation, the verb may belong to anything.
    """
    m = _BIO.search(text) if text.rstrip().endswith(".") else None
    if m is None:
        return text  # a bio is a sentence, full stop included
    head = text[: m.start()]
    if _BIO_LIST.search(head):
        return text
    toks = [t.strip(_TRIM) for t in head.split()]
    toks = [t for t in toks if t and _fold(t) not in R.STOP_TOKENS]
    kinds = [_kind(t) for t in toks]
    if not 2 <= len(toks) <= 5 or any(k not in ("name", "particle", "initial") for k in kinds):
        return text
    if not toks[-1][:1].isupper() or any(_is_cjk(t) or _fold(t) in R.KNOWN_ORGS for t in toks):
        return text
    return head


# --------------------------------------------------------------------------- casing


def _proper_word(word: str, first: bool) -> str:
    """Proper-case one ALL-CAPS or all-lower name word: O'Neil, McCoy, Zeldin-O'Neill."""
    low = word.lower()
    if not first and low in R.PARTICLES:
        return low
    if _ROMAN.match(word.upper()) and not first:
        return word.upper()  # "HENRY FORD III": a generation number stays in capitals
    if low.rstrip(".") in R.NAME_SUFFIXES:
        return low.rstrip(".").capitalize() + ("." if word.endswith(".") else "")
    parts = _HYPHEN_APOS.split(low)
    out = []
    for k, part in enumerate(parts):
        if part in "-'’":
            out.append(part)
            continue
        if k >= 2 and parts[k - 1] in "'’" and len(parts[k - 2]) > 1:
            out.append(part)  # "Falc'hon", "d'Artagnan" style tails stay lower
            continue
        p = part.capitalize()
        if p.startswith("Mc") and len(p) > 3:
            p = "Mc" + p[2:].capitalize()
        elif p.casefold() in R.MAC_NAMES:
            p = "Mac" + p[3:].capitalize()
        out.append(p)
    return "".join(out)


# "McDONALD", "MacLEOD", "DeSANTIS": an ALL-CAPS surname whose CMS kept the head's case.
_HEAD_CAPS = re.compile(r"(Mc|Mac|De|Di|La|Le|Van)([A-Z]{2,})")


def _case_name(tokens: list[str], all_lower: bool) -> str:
    out = []
    for k, tok in enumerate(tokens):
        head = _HEAD_CAPS.fullmatch(tok)
        if head:
            out.append(head.group(1) + head.group(2).capitalize())  # "DeSANTIS" -> "DeSantis"
        elif (_is_all_caps(tok) and not _INITIAL.match(tok)) or (all_lower and tok.islower()):
            out.append(_proper_word(tok, k == 0))
        else:
            out.append(tok)
    return " ".join(out)


def _case_org(org: str) -> str:
    """Canonical short forms ("Ap" -> "AP") and proper case for ALL-CAPS brand names."""
    org = " ".join(org.split()).strip(_TRIM.replace(".", ""))
    if not org:
        return org
    if org.split(" ", 1)[0] in _ARTICLES and " " in org:
        org = org[0].upper() + org[1:]  # "the Associated Press" in running text
    key = org.casefold()
    if key in R.KNOWN_ORGS:
        canon = R.KNOWN_ORGS[key]
        if canon is not None:
            return canon
    toks = org.split()
    if all(_is_all_caps(t) or not any(c.isalpha() for c in t) for t in toks):
        if len(toks) == 1 and len(toks[0]) <= 4:
            return org
        return " ".join(
            t if t in R.ACRONYMS or (len(t) <= 3 and t.lower() not in _SMALL) else t.capitalize()
            for t in toks
        )
    if len(toks) > 1:
        return " ".join(
            [toks[0]] + [t.lower() if t.lower() in _SMALL and t.istitle() else t for t in toks[1:]]
        )
    return org


_SMALL = frozenset({"of", "on", "and", "the", "for", "in", "at", "de", "du", "la", "le"})


# --------------------------------------------------------------------------- token classes


@functools.lru_cache(maxsize=4096)
def _kind(tok: str) -> str:
    """Classify a token: name, particle, initial, role, modifier, stop or other (kept for the
    tokens last asked about: one parse asks about each token three or four times)."""
    f = _fold(tok)
    if not f:
        return "other"
    if any(ch.isdigit() for ch in tok):
        return "other"
    if _INITIAL.match(tok.strip(",;")) and tok not in ("a", "y", "e", "i", "o"):
        return "initial"
    if f in R.PARTICLES:
        return "name" if _has_upper(tok) and len(f) > 1 else "particle"
    if f in R.ROLE_HEADS:
        return "role"
    if f in R.STOP_TOKENS or (
        f in R.CREDENTIALS and (tok.isupper() or "." in tok.rstrip(".")) and len(tok) > 1
    ):  # "MD", "Ph.D.": a degree after the name
        return "stop"
    if _prefixed_surname(tok):
        return "name"  # "deMarco", "diFranco", "vanDyke": one surname
    if _is_cjk(tok):  # a section label over the byline ("社会") or a masthead is no name
        if f in R.SECTIONS or _CJK_DESK_TOKEN.match(tok) or _KANA_WORD.match(tok):
            return "stop"  # "社会" over the byline, "編集部" (the editors)
        return "other" if _is_cjk_org(tok) else "name"
    if _has_upper(tok):
        return "name"
    return "other"


def _given_then_surname(tokens: list[str]) -> bool:
    """Two words, the first a common given name ("Felix Spiegel", "Anna Stern"): a person
    whose surname is also an organisation word, not an outlet, unless known as one."""
    return (
        len(tokens) == 2
        and _fold(tokens[0]) in R.GIVEN_NAMES
        and _fold(tokens[0]) not in R.ORG_WORDS
        and _fold(" ".join(tokens)) not in R.KNOWN_ORGS
        and not _is_all_caps(tokens[1])
    )


def _org_compound(folded: str) -> bool:
    """A compound ending in an organisation word, four letters or more before it."""
    return any(folded.endswith(e) and len(folded) >= len(e) + 4 for e in R.ORG_COMPOUNDS)


def _is_org_like(tokens: list[str], whole: bool) -> bool:
    """Does this capitalised run look like an organisation rather than a person?"""
    text = " ".join(tokens)
    key = _fold(text)
    if key in R.KNOWN_ORGS:
        return True
    folded = [_fold(t) for t in tokens]
    if _given_then_surname(tokens):
        return False
    if any(f in R.ORG_WORDS for f in folded) and not all(
        f in R.ORG_WORDS or f in R.ROLE_MODIFIERS for f in folded
    ):
        return True
    if any(_org_compound(f) for f in folded):
        return True  # "Redaktionsnetzwerk Deutschland"
    if len(tokens) == 1:
        t = tokens[0]
        letters = [c for c in t if c.isalpha()]
        if is_domain(t) or _is_cjk_org(t):
            return True
        if _is_all_caps(t) and len(letters) >= 3 and not _ROMAN.match(t):
            return True
        if _is_camel(t) and "-" not in t and "'" not in t and "’" not in t:
            return True
        if _site_word(t):
            return True
        if whole and t.islower() and len(letters) >= 3:
            return True
    return False


_SITE_REST = 4  # letters a site word keeps besides its piece ("Tech" + "loop")


def _site_word(tok: str) -> bool:
    """One capitalised word built as a site's name: a site piece ("tech", "wire", "beat")
    at its start or end and four letters or more besides ("Techloop", "Farmwire")."""
    if not tok[:1].isupper() or not tok.isalpha() or _is_all_caps(tok):
        return False
    f = tok.casefold()
    return any(
        f.startswith(p) and len(f) - len(p) >= _SITE_REST for p in R.SITE_HEADS
    ) or any(f.endswith(p) and len(f) - len(p) >= _SITE_REST for p in R.SITE_TAILS)


# --------------------------------------------------------------------------- items


@dataclass(slots=True)
class _Item:
    text: str
    sep: str  # "," (comma-like), "conj" or "" (first in segment)
    risky: bool = False  # after "e", "y", "en": also a preposition ("en Territorio")


def _one_word_follows(rest: str) -> bool:
    """Is the text after a conjunction, up to the next separator, a single word?"""
    nxt = _LIST_SEP.search(rest)
    return len((rest[: nxt.start()] if nxt else rest).split()) == 1


def _split_items(seg: str) -> list[_Item]:
    """Split a segment into list items on commas, slashes and conjunctions."""
    items: list[_Item] = []
    pos = 0
    sep = ""
    risky = False
    for m in _LIST_SEP.finditer(seg):
        tok = m.group(0).strip().casefold()
        if tok in R.RISKY_CONJUNCTIONS and (
            not _has_upper(seg[m.end() : m.end() + 2]) or not m.group(0).strip().islower()
        ):
            continue  # "e"/"y"/"en" not followed by a capitalised word: not a separator
        if tok in R.RISKY_CONJUNCTIONS and _one_word_follows(seg[m.end() :]):
            continue  # "Mariana da Costa e Silva": one word after "e" is no one's whole name
        items.append(_Item(seg[pos : m.start()], sep, risky))
        sep = "," if tok in {",", ";", "/", "(", ")", "[", "]"} else "conj"
        risky = tok in R.RISKY_CONJUNCTIONS
        pos = m.end()
    items.append(_Item(seg[pos:], sep, risky))
    for it in items:
        lead = _LEAD_CONJ.match(it.text)
        if lead:  # ", and Mitch Weiss" / "(avec Damien Leloup"
            it.text = it.text[lead.end() :]
            it.sep = "conj"
    return [it for it in items if it.text.strip(_TRIM)]


def _runs(tokens: list[str]) -> list[tuple[int, int]]:
    """Maximal runs of name-like tokens, as (start, end) index pairs."""
    kinds = [_kind(t) for t in tokens]
    runs: list[tuple[int, int]] = []
    i = 0
    n = len(tokens)
    while i < n:
        if kinds[i] in ("name", "initial") or (
            kinds[i] == "particle"
            and i + 1 < n
            and kinds[i + 1] == "name"
            and _particle_may_start(i, kinds)
        ):
            j = i
            while j < n and (
                kinds[j] in ("name", "initial")
                or (kinds[j] == "particle" and j + 1 < n and kinds[j + 1] in ("name", "particle"))
            ):
                j += 1
            runs.append((i, j))
            i = j
        else:
            i += 1
    return runs


def _particle_may_start(i: int, kinds: list[str]) -> bool:
    """A particle may start a run only at the start of an item ("de la Vega")."""
    return i == 0


def _role_follows(tokens: list[str], j: int) -> bool:
    while j < len(tokens) and (_fold(tokens[j]) in R.ROLE_MODIFIERS):
        j += 1
    return j < len(tokens) and _kind(tokens[j]) == "role"


_HONORIFIC_HEADS = frozenset(h.rstrip(".") for h in R.HONORIFICS)
_HONORIFIC_FORMS = R.HONORIFICS | _HONORIFIC_HEADS


def _strip_honorifics(tokens: list[str]) -> list[str]:
    while tokens and _fold(tokens[0]) in _HONORIFIC_FORMS:
        if len(tokens) < 3 and not tokens[0].endswith("."):
            break
        tokens = tokens[1:]
    while tokens and _fold(tokens[-1]) in R.CREDENTIALS and len(tokens) > 2:
        tokens = tokens[:-1]
    return tokens


def _split_org_from_run(run: list[str]) -> tuple[list[str], str | None, str]:
    """Split "Benjamin Romano Seattle Times" into name tokens and an organisation.

    Returns (name_tokens, org, where) with where "suffix"/"prefix"/"".
    """
    n = len(run)
    for k in range(1, n):
        tail = " ".join(run[k:])
        if _fold(tail) in R.KNOWN_ORGS and k >= 2:
            return run[:k], tail, "suffix"
    for k in range(n - 1, 0, -1):
        head = " ".join(run[:k])
        if _fold(head) in R.KNOWN_ORGS and n - k >= 2:
            return run[k:], head, "prefix"
    folded = [_fold(t) for t in run]
    if _given_then_surname(run):
        return run, None, ""
    for idx, f in enumerate(folded):
        if f in R.ORG_WORDS:
            if idx >= 1 and all(g in R.ORG_WORDS for g in folded[idx:]):
                return [], " ".join(run), "whole"  # "Orchard Valley Institute", "… Media Group"
            start = 2
            if n > 2 and _kind(run[1]) in ("initial", "particle"):
                start = 3
            if idx >= start:
                return run[:start], " ".join(run[start:]), "suffix"
            if idx <= 1 and n - idx - 1 >= 2:
                return run[idx + 1 :], " ".join(run[: idx + 1]), "prefix"
            break
    if n >= 3 and _is_all_caps(run[-1]) and not _is_all_caps(run[0]) and len(run[-1]) >= 3:
        return run[:-1], run[-1], "suffix"
    return run, None, ""


@dataclass(slots=True)
class _Result:
    name: str | None = None
    orgs: list[str] = field(default_factory=list)
    located: bool = False
    desk: bool = False


def _known_orgs(text: str) -> tuple[str, list[str]]:
    """Take known organisations out of an item ("Kevin McCoy USA TODAY")."""
    found: list[str] = []

    def repl(m: re.Match[str]) -> str:
        s, edition = m.group("org"), m.group("edition")
        canon = R.KNOWN_ORGS.get(s.casefold())
        ok = " " in s or s.isupper() or s == canon or _is_cjk(s)
        if canon and canon.isupper() and s[:1].isupper():
            ok = True  # "Ap Auto Writer"
        head = s.split(" ", 1)[1] if " " in s and s.split(" ", 1)[0] in _ARTICLES else s
        if not ok or not (head[:1].isupper() or s == canon or _is_cjk(s)):
            return m.group(0)
        brand = m.group("brand") or ""
        after = brand + m.string[m.end() :]
        if edition and _role_follows(after.split(), 0):
            found.append(s)  # "AP Sports Writer": the desk word belongs to the role
            return " ; " + m.group(0)[len(s) :]
        if edition and (edition[:1].isupper() or " " in edition):
            found.append(f"{s} {edition}")  # "CNN Brasil": the edition is part of the name
            return " ; " + brand
        if brand and not edition and _brand_word(brand.strip()):
            found.append(f"{s}{brand}")  # "CNN Underscored", "Reuters Breakingviews"
            return " ; "
        found.append(f"{s}-{m.group('wire')}" if m.group("wire") else s)
        return " ; " + (edition or "") + brand

    return _KNOWN_ORG.sub(repl, text), found


def _brand_word(word: str) -> bool:
    """Is the word after a known organisation its product or desk ("Reuters Breakingviews",
    "Bloomberg Businessweek"), not a role, desk, place, person or label?"""
    f = word.casefold()
    return not (
        f in R.ROLE_HEADS
        or f in _DESK_SUFFIX
        or f in R.DESK_WORDS
        or f in R.STOP_TOKENS
        or f in R.PLACES
        or f in R.GIVEN_NAMES
        or f in R.KNOWN_ORGS
        or f in _DROP_MARKERS
        or f in _AUTHOR_MARKERS
        or f in R.NON_AUTHOR_ROLE_ITEMS
    )


def _looks_like_org_item(tokens: list[str]) -> bool:
    """An item with no person: all capitalised/digits and naming an org word ("7 News X")."""
    if not tokens or len(tokens) > 6:
        return False
    folded = [_fold(t) for t in tokens]
    if not any(f in R.ORG_WORDS or _org_compound(f) for f in folded):
        return False
    if _given_then_surname(tokens):
        return False  # "Felix Spiegel", "Anna Stern": a given name, then a surname
    if all(f in R.ORG_WORDS or f in R.ROLE_MODIFIERS for f in folded) and not (
        len(folded) > 1
        and all(f in R.ORG_WORDS for f in folded)
        and not all(f in R.ROLE_MODIFIERS for f in folded)
        and not any(f in R.ROLE_HEADS for f in folded)
    ):
        return False  # "Digital News" is a desk; "Digital Trends", all org words, a site
    return all(
        t[:1].isupper() or t[:1].isdigit() or f in _SMALL or f in R.ORG_WORDS
        for t, f in zip(tokens, folded, strict=True)
    )


def _parse_item(text: str, marked: bool, whole: bool, all_lower: bool) -> _Result:
    if not text.isascii() and " " in text and _fold(text) in R.DESK_WORDS:
        return _Result(desk=True)  # "ویب ڈیسک", "वेब डेस्क": a desk of the words list, in a
        # script whose words the name rules would read as a person's
    res = _parse_item_parts(text, marked, whole, all_lower)
    if res.name is None and not res.orgs:
        res.desk = _is_desk_credit([t for t in (t.strip(_TRIM) for t in text.split()) if t], marked)
    return res


def _is_desk_credit(tokens: list[str], marked: bool) -> bool:
    """A desk credited instead of a person: "Our Foreign Staff", "Web Desk", "Sportredaktion",
    or any desk word after a marker ("By Staff"). A lone "News" or "Letters" is not one."""
    folded = [_fold(t) for t in tokens]
    if not folded:
        return False
    if _is_own_desk(tokens) or (marked and any(_is_desk(t) for t in tokens)):
        return True
    if _desk_run(tokens) == "":
        return True  # "Da Redação", "Die Online-Redaktion": the run _desk_run reads as a desk
    if len(folded) >= 2 and (
        " ".join(folded) in R.DESK_WORDS
        or (
            folded[-1] in _DESK_SUFFIX
            and all(f in R.ROLE_MODIFIERS or f in R.DESK_WORDS for f in folded[:-1])
        )
    ):
        return True
    return any(_is_desk(t) and _fold(t) not in R.DESK_WORDS for t in tokens)  # "Lokalredaktion"


def _parse_item_parts(text: str, marked: bool, whole: bool, all_lower: bool) -> _Result:
    res = _Result()
    text = _QUOTED.sub(" ", text)
    text = text.strip(_TRIM.replace(".", "")).strip().lstrip(".").strip()
    if not text:
        return res
    raw_toks = text.split()
    if _is_own_desk(raw_toks):
        return res  # "Our Foreign Staff", "Unsere Korrespondentin": the paper's own desk
    if _button_label(raw_toks, marked):
        return res  # "Get Started", "Download App": a button over the headline, nobody's name
    linked = _linked_org(raw_toks)
    if linked:
        res.orgs.append(linked)  # "Center for Rural Health", "Kestrel Institute for Energy"
        return res
    if whole and len(raw_toks) == 1 and _kind(raw_toks[0]) == "other":
        t = raw_toks[0].strip(_TRIM)
        if _is_org_like([t], True) and not _is_desk(t):
            res.orgs.append(t)
        return res
    kinds = [_kind(t) for t in raw_toks]
    if kinds.count("stop") >= 3 and kinds.count("stop") > kinds.count("name"):
        return res  # UI chrome: "Subscribe My Site Show Menu My Tools ..."
    lower_words = sum(
        1
        for t, k in zip(raw_toks, kinds, strict=True)
        if t[:1].islower() and k in ("stop", "other") and _fold(t) not in _SMALL
    )
    if lower_words >= 3 and not all_lower and (not marked or "name" not in kinds[:3]):
        return res  # a sentence ("He has covered tech for a decade at ..."), not a list
    brand = _brand_item(raw_toks)
    if brand:
        res.orgs.append(brand)  # "Tom's Guide", "heise online"
        return res
    if _fold(raw_toks[-1]) in R.LEGAL_FORMS and len(raw_toks) <= 5:
        res.orgs.append(" ".join(raw_toks).strip(_TRIM))  # "besserwisser eG"
        return res
    if raw_toks[0][:1].isdigit() and _looks_like_org_item(raw_toks):
        res.orgs.append(" ".join(raw_toks).strip(_TRIM))  # "7 News Somewhere"
        return res
    first = raw_toks[0]
    if (
        first[:1].islower()
        and not all_lower
        and _kind(first) not in ("particle", "initial", "role")
    ) and (
        not marked
        and not is_domain(first)
        and first.casefold() not in (R.KNOWN_ORGS)
    ):
        return res  # a sentence fragment ("hosts the weekly ..."), not a name list
    m = _POSSESSIVE.match(text)
    if m and _is_org_like(m.group(1).split(), True):
        res.orgs.append(m.group(1))
        text = text[m.end() :]
    m2 = _FOR_ORG.search(text)
    if m2:
        for_before = text[: m2.start()].split()
        for_after = text[m2.end() :].split()
        if len(for_before) >= 2 and all(
            _kind(t) in ("name", "initial", "particle") for t in for_before
        ):
            org_toks: list[str] = []
            for k, t in enumerate(for_after):
                if _kind(t) == "role" or (k and _role_follows(for_after, k)):
                    break
                if not (t[:1].isupper() or t[:1].isdigit() or _fold(t) in _SMALL):
                    break
                org_toks.append(t)
            if org_toks:
                res.orgs.append(" ".join(org_toks).strip(_TRIM))
            text = text[: m2.start()]
    m3 = _LOCATION.search(text)
    if m3 and m3.start() > 0:
        res.located = True
        text = text[: m3.start()]
    tokens = [t for t in (tok.strip(",;:|<>") for tok in text.split()) if t]
    tokens = [
        t.rstrip(".") if len(t) > 3 and t[-2].islower() and _fold(t) not in R.NAME_SUFFIXES else t
        for t in tokens
    ]
    tokens = _strip_honorifics(tokens)
    if not tokens:
        return res
    if whole and len(tokens) == 1 and _kind(tokens[0]) == "other":
        t = tokens[0]
        if _is_org_like([t], True) and not _is_desk(t):
            res.orgs.append(t)
        return res
    for t in tokens:
        if _kind(t) == "other" and (is_domain(t) or _is_camel(t) or _is_cjk_org(t)):
            res.orgs.append(t)
    if _broken_org_span(tokens):
        res.orgs.append(" ".join(tokens))  # "Harbourview Health Foundation"
        return res
    runs = _runs(tokens)
    for start, end in runs:
        run = tokens[start:end]
        half = len(run) // 2
        if len(run) >= 2 and len(run) % 2 == 0 and run[:half] == run[half:]:
            run = run[:half]  # "Phil Helsel Phil Helsel" (two text nodes with the same name)
        prev_tok = tokens[start - 1] if start else ""
        after = _fold(tokens[end]) if end < len(tokens) else ""
        if _fold(prev_tok) in _ARTICLES and prev_tok[:1].isupper():
            if not _is_desk_credit(tokens[start - 1 :], True):  # "The Editorial Board"
                res.orgs.append(" ".join([prev_tok, *run]))
            continue
        if (
            start == 0
            and end == len(tokens)
            and len(run) >= 2
            and _fold(run[0]) in _ARTICLES
            and run[0][:1].isupper()
            and not _is_desk_credit(run, True)
        ):
            res.orgs.append(" ".join(run))  # "Jo Roe, El Nuevo Día": an article opens an outlet
            continue
        if (
            not marked
            and start == 0
            and 1 <= len(tokens) - end <= 2
            and all(
                _fold(t) in R.ORG_WORDS and _kind(t) == "stop" and t[:1].isupper()
                for t in tokens[end:]
            )
            and not all(_fold(t) in R.ROLE_MODIFIERS or _is_desk(t) for t in run)
        ):
            # "Inside Climate News", "Kestrel News Service": outlet words end an outlet
            res.orgs.append(" ".join(tokens))
            continue
        if after in _DESK_SUFFIX and (len(run) == 1 or _is_org_like(run, True)):
            if not all(_fold(t) in R.ROLE_MODIFIERS or _is_desk(t) for t in run):
                while len(run) > 1 and _fold(run[-1]) in R.DESK_WORDS:
                    run = run[:-1]  # "Lisk Post Editorial Team": the desk's words go with it
                res.orgs.append(" ".join(run))  # "Reuters Staff", not "Political Staff"
            continue
        if _fold(" ".join(run)) in R.KNOWN_ORGS:
            res.orgs.append(" ".join(run))
            continue
        name_toks = run
        org: str | None = None
        if _role_follows(tokens, end):
            while name_toks and _fold(name_toks[-1]) in R.ROLE_MODIFIERS:
                name_toks = name_toks[:-1]
        if not name_toks:
            continue
        desk_of = _desk_run(name_toks)
        if desk_of is not None:
            if desk_of:
                res.orgs.append(desk_of)  # "BNN Newsroom": the outlet, its desk word dropped
            continue
        if _looks_like_org_item(name_toks) and not marked:
            _n2, o2, _w = _split_org_from_run(name_toks)
            if o2 is None:
                res.orgs.append(" ".join(name_toks))
                continue
        name_toks, org, _where = _split_org_from_run(name_toks)
        if org:
            res.orgs.append(org)
        if res.name is not None:
            continue
        while name_toks and _kind(name_toks[-1]) == "particle":
            name_toks = name_toks[:-1]
        core = [t for t in name_toks if _kind(t) != "particle"]
        if not core:
            continue
        if len(core) == 1:
            single = core[0]
            if _is_cjk(single) and sum(_kind(t) == "name" for t in tokens) == 1:
                if _is_cjk_org(single):
                    res.orgs.append(single)
                elif (whole or marked or len(tokens) > 1) and _fold(single) not in R.SECTIONS:
                    res.name = single
            elif marked and len(tokens) == 1 and not _is_org_like(core, whole):
                if not _is_desk(single) and _kind(single) == "name":
                    res.name = _case_name(name_toks, all_lower)
            elif (
                _is_org_like(core, whole)
                or (whole and len(tokens) == 1 and not marked and _fold(single) not in R.ORG_WORDS)
            ) and (
                not _is_desk(single) and _kind(single) == "name" and _fold(single) not in R.SECTIONS
            ):
                res.orgs.append(single)
            continue
        if len(core) > 5 or all(_kind(t) == "initial" for t in core):
            continue
        if any(_fold(t) in R.ORG_WORDS for t in core) and _looks_like_org_item(name_toks):
            res.orgs.append(" ".join(name_toks))
            continue
        if len(core) == 2 and _fold(core[0]) in R.DESK_WORDS and _fold(core[0]) not in R.ROLE_HEADS:
            continue  # "Redakcja Regionalna", "Redacción Deportes": a desk and its beat
        res.name = _case_name(name_toks, all_lower)
    if res.name is None and not res.orgs and marked and whole and 1 < len(tokens) <= 5:
        folded = [_fold(t) for t in tokens]
        if all(t[:1].isupper() for t in tokens) and not any(
            f in R.DESK_WORDS or f in R.ROLE_HEADS for f in folded
        ):
            res.orgs.append(" ".join(tokens))  # "Recipe by Some Kitchen Brand"
    return res


_BUTTON_WORDS = 3
"""Words at most in a button label ("Get the App", "Jetzt App laden")."""


def is_button_label(text: str) -> bool:
    """A short line opening with an imperative verb of ``rules/ui_verbs.txt`` ("Install App",
    "Jetzt testen"): a button, no name, section or headline."""
    return _button_label(text.split(), False)


def _button_label(tokens: list[str], marked: bool) -> bool:
    """A short unmarked item opening with an imperative verb of ``rules/ui_verbs.txt``: a
    button or call to action. Names never begin with such verbs (the ambiguous ones, as
    "Will" or "Mark", are not in the list). A verb that is also a stop token is skipped as
    before, so the name after it stays ("Follow Ana Ruiz": the author's follow button)."""
    if marked or not 1 < len(tokens) <= _BUTTON_WORDS:
        return False
    first = _fold(tokens[0])
    return first in R.UI_VERBS and first not in R.STOP_TOKENS


def _brand_item(tokens: list[str]) -> str | None:
    """Site names no person has: a possessive and one word ("Tom's Guide"), or up to three
    lower-case words ending in an organisation word ("heise online")."""
    folded = [_fold(t) for t in tokens]
    if (
        len(tokens) == 2
        and tokens[0][-2:] in ("'s", "’s")
        and all(t[:1].isupper() for t in tokens)
        and _kind(tokens[1]) == "name"
    ):
        return " ".join(tokens)
    if (
        2 <= len(tokens) <= 3
        and all(t.islower() and t.isalpha() for t in tokens)
        and folded[-1] in R.ORG_WORDS
        and folded[0] not in R.ORG_WORDS | R.ROLE_MODIFIERS | R.STOP_TOKENS | _SMALL
    ):
        return " ".join(tokens)
    return None


def _broken_org_span(tokens: list[str]) -> bool:
    """Capitalised words ending in an organisation word, with a beat or UI word among them
    that breaks a run of names ("Harbourview Health Foundation", "Kestrel News Trust"): one
    organisation's name, not a person and a stray word."""
    if not 3 <= len(tokens) <= 6 or _fold(tokens[-1]) not in R.ORG_WORDS:
        return False
    folded = [_fold(t) for t in tokens]
    kinds = [_kind(t) for t in tokens]
    return (
        "stop" in kinds[1:-1]
        and kinds[0] == "name"
        and folded[0] not in R.ORG_WORDS
        and folded[0] not in R.ROLE_MODIFIERS
        and all(t[:1].isupper() or f in _SMALL for t, f in zip(tokens, folded, strict=True))
        and not any(k == "role" or k == "initial" for k in kinds)
        and not any(_is_desk(t) for t in tokens)
    )


def _desk_run(core: list[str]) -> str | None:
    """A run ending in a desk word ("Da Redação", "Online Newsroom", "BNN Newsroom"): None
    when it is no desk; "" when it credits only the desk; else the outlet before the desk."""
    if len(core) < 2:
        return None
    if _fold(" ".join(core)) in R.DESK_WORDS:
        return ""  # "Haber Merkezi", "News Desk": a desk named in several words
    if _is_desk(core[0]) and _fold(core[0]) not in R.ROLE_HEADS:
        rest = core[1:]
        while rest and _fold(rest[0]) in R.PARTICLES | _ARTICLES and rest[0].islower():
            rest = rest[1:]  # "Redação do Estadão"
        if rest and (_fold(" ".join(rest)) in R.KNOWN_ORGS or _is_org_like(rest, True)):
            return " ".join(rest)  # "Onlineredaktion Stuttgarter Tagblatt", "Redação ClimaHoje"
        return None
    if not (_is_desk(core[-1]) or _fold(core[-1]) in _DESK_SUFFIX):
        return None
    head = core[:-1]
    while len(head) > 1 and _fold(head[-1]) in R.DESK_WORDS:
        head = head[:-1]  # "Lisk Post Editorial Team": the desk's own words go with it
    folded = [_fold(t) for t in head]
    if all(
        f in R.PARTICLES or f in _ARTICLES or f in R.ROLE_MODIFIERS or f in R.DESK_WORDS
        for f in folded
    ):
        return ""
    if _fold(" ".join(head)) in R.KNOWN_ORGS or (len(head) == 1 and _is_org_like(head, True)):
        return " ".join(head)
    if len(head) <= 4 and all(t[:1].isupper() and _kind(t) == "name" for t in head):
        return " ".join(head)  # "Harbor Light Newsroom": people have no newsroom
    return None


def _is_own_desk(tokens: list[str]) -> bool:
    """ "Our Political Staff": a possessive opener, then only desk and role words."""
    folded = [_fold(t) for t in tokens]
    return (
        len(folded) >= 2
        and folded[0] in R.DESK_POSSESSIVES
        and all(
            f in R.ROLE_MODIFIERS or f in R.ROLE_HEADS or _is_desk(f) or f in _DESK_SUFFIX
            for f in folded[1:]
        )
    )


def _linked_org(tokens: list[str]) -> str | None:
    """An item that is one organisation name built around a link word: an organisation word,
    then "for"/"of"/"für", then a capitalised name ("Center for Rural Health Policy")."""
    if not 3 <= len(tokens) <= 8:
        return None
    folded = [_fold(t) for t in tokens]
    if not all(
        t[:1].isupper() or f in R.ORG_LINKS or f in _SMALL
        for t, f in zip(tokens, folded, strict=True)
    ):
        return None
    for k in range(min(3, len(tokens) - 2)):
        if (
            folded[k] in R.ORG_WORDS
            and tokens[k][:1].isupper()
            and folded[k + 1] in R.ORG_LINKS
            and tokens[k + 1].islower()
            and tokens[-1][:1].isupper()
        ):
            if k == 2 and all(_kind(t) == "name" and f not in R.ORG_WORDS for t, f in zip(
                tokens[:2], folded[:2], strict=True
            )):
                return None  # "Jane Doe Institute of ...": a glued person first, left to the runs
            return " ".join(tokens).strip(_TRIM)
    return None


def _is_camel(tok: str) -> bool:
    """ "eHow", "LinkNaija": brand-style inner capitals (not "McCoy", "O'Neil", "DeArdo")."""
    if len(tok) < 4 or not any(c.isupper() for c in tok[1:]) or tok.isupper():
        return False
    if _prefixed_surname(tok):
        return False
    if tok[:2] in ("Mc", "O'", "O’", "D'", "D’") or tok[:3] in ("Mac", "De", "Di", "La", "Le"):
        return False
    return tok[0].islower() or (tok[:2] not in ("De", "Di", "La", "Le", "Du", "Va"))


# --------------------------------------------------------------------------- segments


def _segments(text: str) -> list[tuple[str, str]]:
    """Split on strong separators and role markers; tag each piece author/drop/plain."""
    out: list[tuple[str, str]] = []
    # (every separator holds one of _STRONG_SEP_HINT's characters: none, no split to try)
    for piece in _STRONG_SEP.split(text) if _STRONG_SEP_HINT.search(text) else (text,):
        for chunk in _sentences(piece):
            _split_markers(chunk.strip(), out)
    return out


_TRAIL_WITH = re.compile(r"[\s,;]*\b(?:with|and|plus)?\s*$", re.I)


def _sentences(piece: str) -> list[str]:
    """Split at sentence ends, not after an honorific ("Prof. Dr. Jane Doe" is one name)."""
    out: list[str] = []
    pos = 0
    for m in _SENTENCE.finditer(piece) if "." in piece else ():  # (a stop is needed)
        words = piece[pos : m.start()].split()
        if words and _fold(words[-1]) in _HONORIFIC_HEADS:
            continue
        out.append(piece[pos : m.start()])
        pos = m.end()
    out.append(piece[pos:])
    return out




def _names_follow(text: str) -> bool:
    """ "Autor Jens Pfahler": two or three capitalised name words and nothing else follow a
    label written without its colon, so it introduces them ("Author Profile" does not)."""
    toks = text.strip(_TRIM).split()
    return 2 <= len(toks) <= 3 and all(
        _kind(t) == "name" and t[:1].isupper() and not _is_all_caps(t)
        and _fold(t) not in R.STOP_TOKENS
        for t in toks
    )


def _starts_name(text: str) -> bool:
    """Does the text start with a capital, or with a letter of a script without case?"""
    return text[:1].isupper() or _is_cjk(text[:1])


def is_widget_label(chunk: str) -> bool:
    """A colon label written without its colon before one word ("Source Comparison", "Quelle
    Check") is the name of a page widget, not a credit: no organisation or person follows."""
    chunk = chunk.strip()
    m = _MARKER.match(chunk)
    if not m or ":" in m.group(0) or _fold(m.group(1)) not in R.LABEL_MARKERS:
        return False
    rest = chunk[m.end() :].strip(_TRIM).split()
    return (
        len(rest) == 1
        and rest[0][:1].isupper()
        and not _is_all_caps(rest[0])
        and _fold(rest[0]) not in R.KNOWN_ORGS
    )


def _split_markers(chunk: str, out: list[tuple[str, str]]) -> None:
    if not chunk:
        return
    if is_widget_label(chunk):
        out.append(("drop", chunk))
        return
    pos = 0
    kind = "plain"
    for m in _MARKER.finditer(chunk):
        word = m.group(1).casefold()
        at_start = not chunk[: m.start()].strip(_TRIM)
        if not at_start:
            if (
                ":" not in m.group(0)
                and word not in R.MID_MARKERS
                and not word.endswith((" by", " von", " par", " por", " de", " door", " da"))
            ):
                continue
            nxt = chunk[m.end() :].split()
            if not nxt or not (_has_upper(nxt[0]) or _is_cjk(nxt[0])):
                continue
            prev = chunk[: m.start()].split()
            if word in ("von", "par", "por", "door") and prev and _kind(prev[-1]) == "name":
                continue
            if word == "by" and prev and _fold(prev[-1]) in ("stand", "passed", "drop", "close"):
                continue
            if word == "by" and _LONE_PARTICIPLE.fullmatch(chunk[pos : m.start()].strip(_TRIM)):
                pos = m.start()  # "Narrated by Jo Roe": the verb is no organisation's name
        elif (
            # "Di Stefano" is a surname; a marker written lower case introduces even one
            # name ("di Chiara", "per Sanne")
            (len(chunk[m.end() :].split()) < R.MARKER_MIN_WORDS.get(word, 0) and m.group(1) != word)
            or (word in R.LOWER_CASE_MARKERS and m.group(1) != word)
            or (
                word not in R.MID_MARKERS
                and ":" not in m.group(0)
                and not _starts_name(chunk[m.end() :].lstrip(" /・"))
                and not _KNOWN_ORG.match(chunk[m.end() :].lstrip())  # "Mit Material von dpa"
            )
            or (
                (word in ("text", "interview", "autor", "author") or word in R.COLON_MARKERS)
                and ":" not in m.group(0)
                and not (word != "text" and _names_follow(chunk[m.end() :]))
            )
        ):
            continue
        before = chunk[pos : m.start()]
        if word in R.CONTINUATION_MARKERS and kind == "plain" and before.strip(_TRIM):
            kind = "author"  # "Jane Doe with additional reporting by ...": Jane Doe wrote it
            before = _TRAIL_WITH.sub("", before)
        out.append((kind, before))
        kind = "drop" if word in _DROP_MARKERS and word not in _AUTHOR_MARKERS else "author"
        if word in R.LABEL_MARKERS and ":" in m.group(0):
            kind = "source"  # "Quelle: dpa", "来源：人民网": what follows is the outlet
        pos = m.end()
    out.append((kind, chunk[pos:]))


# One English past participle ("Reported", "Narrated") before "by": part of the marker.
_LONE_PARTICIPLE = re.compile(r"[A-Z]?[a-z]{3,}ed")
_FOR_TAIL = re.compile(
    r"(?:,\s*|\s+)(?i:special\s+to|for|für|pour|para)\s+(?P<org>[A-ZÀ-Þ0-9][^,;|()\[\]]{1,60})$"
)
def _names_outlet(text: str) -> bool:
    """ "Lisk Diário", "Jornal Lisko": capitalised words with an outlet word among them, so
    "do Lisk Diário" after a name is the paper it wrote for, not where it was filed from."""
    toks = text.split()
    return 1 < len(toks) <= 5 and all(t[:1].isupper() for t in toks) and any(
        _fold(t) in R.ORG_WORDS for t in toks
    )


_PLACE_ITEM = re.compile(r"^(?:" + _alt(R.PLACE_LEADS) + r")\s+(?=[A-ZÀ-Þ])")


def _for_tail(seg: str, marked: bool) -> tuple[str, str | None]:
    """ "Jo Doe and Al Roe for The Globe and Mail", "Jo Doe, Special to The Times": the
    publication after the names, taken whole before the list is split on "and"."""
    m = _FOR_TAIL.search(seg.rstrip(_TRIM.replace(".", "")))
    if not m:
        return seg, None
    org = m.group("org").strip(_TRIM)
    toks = org.split()
    folded = [_fold(t) for t in toks]
    if len(toks) > 7 or not all(
        t[:1].isupper() or t[:1].isdigit() or f in _SMALL or f in R.ORG_LINKS
        for t, f in zip(toks, folded, strict=True)
    ):
        return seg, None
    before = seg[: m.start()].split()
    if not any(_kind(t) == "name" for t in before):
        return seg, None
    if _fold(before[-1]) in R.ORG_WORDS and (not marked or len(before) < 2):
        return seg, None  # "Institute for Digital Futures" is one name; "By Leah Stern for" not
    if not (
        folded[0] in _ARTICLES
        or any(f in R.ORG_WORDS for f in folded)
        or _fold(org) in R.KNOWN_ORGS
    ):
        return seg, None  # "Correspondent for Africa": a beat, not a publication
    return seg[: m.start()], org


def _title_after_marker(text: str) -> str:
    """ "by jason miller": an all-lower byline after a marker is names in lower case."""
    m = _MARKER.match(text.lstrip())
    if not m or m.group(1).casefold() not in _AUTHOR_MARKERS:
        return text
    cut = len(text) - len(text.lstrip()) + m.end()
    head, tail = text[:cut], text[cut:]
    words = [
        w if _fold(w) in R.PARTICLES or _fold(w) in _SMALL or not w[:1].isalpha()
        or w.casefold() in R.CONJUNCTIONS else _proper_word(w, True)
        for w in tail.split(" ")
    ]
    return head + " ".join(words)


def _parse(raw: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    text = _cut_bio(_clean(raw))
    all_lower = not any(ch.isupper() for ch in text) and any(ch.islower() for ch in text)
    if all_lower:
        titled = _title_after_marker(text)
        if titled != text:
            text, all_lower = titled, False
    segs = [(k, s.strip()) for k, s in _segments(text)]
    # a marker alone on its line ("By\n Scott Cunningham") marks the next segment
    merged: list[tuple[str, str]] = []
    pending = ""
    for kind, seg in segs:
        if not seg.strip(_TRIM):
            if kind != "plain":
                pending = kind
            continue
        if pending and kind == "plain":
            kind = pending
        pending = ""
        merged.append((kind, seg))
    seg_names: list[tuple[str, list[str]]] = []
    orgs: list[str] = []
    desks: list[str] = []
    whole_single = len(merged) == 1
    for kind, seg in merged:
        if kind == "drop":
            continue
        if kind == "source":
            orgs.extend(_source_orgs(seg))
            continue
        seg, for_org = _for_tail(seg, kind == "author")
        if for_org:
            orgs.append(for_org)
        seg, found = _known_orgs(seg)
        orgs.extend(found)
        if for_org:
            found.append(for_org)
        items = _split_items(seg)
        desks.extend(t for t in seg.split() if _CJK_DESK_TOKEN.match(t))  # "経済部 …"
        if any(_is_cjk_prose(t) for t in seg.split()):
            continue  # a Chinese or Japanese sentence, not a credit line
        one_comma = _ONE_COMMA.match(seg.strip(_TRIM + " ;"))
        flipped = _last_first(items, all_lower) if one_comma else None
        if flipped:
            seg_names.append((kind, [flipped]))
            continue
        flipped_list = _last_first_list(seg, all_lower) if not found else None
        if flipped_list:
            seg_names.append((kind, flipped_list))
            continue
        names: list[str] = []
        skipping = False
        # "佐藤花子、鈴木一郎": a list of one-word names in a script without spaces
        cjk_list = kind == "author" or (
            (len(items) > 1 or bool(found))
            and all(_cjk_one_name(it.text) for it in items)
        )
        for n_item, item in enumerate(items):
            if skipping and item.sep != "conj":
                continue
            skipping = False
            if names and item.sep == "," and _fold(item.text).rstrip(".") in R.NAME_SUFFIXES:
                names[-1] = f"{names[-1]} {item.text.strip(_TRIM.replace('.', ''))}"
                continue  # "Anna Roth, Jr.": the suffix belongs to the name before it
            if _fold(item.text) in R.NON_AUTHOR_ROLE_ITEMS and names and n_item:
                names.pop()  # "Jo Doe, Photographs": the previous name is a photographer
                continue
            place = _PLACE_ITEM.match(item.text.strip()) if item.sep == "," and names else None
            if place and not _names_outlet(item.text.strip()[place.end() :]):
                continue  # "Thiago Nunes, de São Paulo": where it was filed from
            if place:
                item.text = item.text.strip()[place.end() :]  # "do Lisk Diário": the paper
            if _fold(item.text) in R.PLACES and (len(merged) > 1 or len(items) > 1 or found):
                continue  # "Jo Roe, Senior Correspondent, New Delhi", "القاهرة - …": a dateline
            res = _parse_item(
                item.text,
                marked=(kind == "author" and n_item == 0) or (cjk_list and _is_cjk(item.text)),
                whole=len(items) == 1 and (whole_single or kind == "plain") and not found,
                all_lower=all_lower,
            )
            if found and kind == "author" and not res.name and _surname_org_word(item.text):
                res.orgs, res.name = [], _case_name(item.text.split(), all_lower)
            if not res.name and names and _listed_first_name(items, n_item):
                res.orgs, res.name = [], item.text.strip(_TRIM)  # "Jana Novak and Tariq"
            elif res.name and names and item.sep == "," and _masthead_item(item.text):
                res.orgs, res.name = [item.text.strip(_TRIM)], None  # "Jo Roe, Gadget Ledger"
            orgs.extend(res.orgs)
            if res.desk:
                desks.append(item.text.strip(_TRIM))
            if res.name:
                names.append(res.name)
            skipping = res.located
        seg_names.append((kind, names))
    # "Deal Professor By Jane Doe": text before the first "By" is a column or section name
    first = next((i for i, (k, n) in enumerate(seg_names) if k == "author" and n), None)
    authors: list[str] = []
    got_plain = False
    for i, (kind, ns) in enumerate(seg_names):
        if first is not None and i < first:
            continue
        if kind == "plain":
            # later unmarked pieces ("Jane Doe | Santo Domingo") are datelines and sections
            if got_plain or (first is not None and authors):
                continue
            got_plain = bool(ns)
        authors.extend(ns)
    folded_text = text.casefold()
    orgs.sort(key=lambda o: _first_at(folded_text, o))  # "Von RND/dpa": as printed
    return (
        _dedupe(authors),
        _dedupe(_case_org(o) for o in orgs if o.strip(_TRIM)),
        _dedupe(desks),
    )


def _first_at(folded_text: str, org: str) -> int:
    """Where an organisation is first printed (past the end when it was rewritten)."""
    at = folded_text.find(org.casefold())
    return at if at >= 0 else len(folded_text)


def _source_orgs(seg: str) -> list[str]:
    """The outlets a source label names ("Quelle: dpa", "来源：人民网", "Source: AP"): a
    source is an organisation, so a name-shaped one is credited as one, not as a person."""
    seg, found = _known_orgs(seg)
    out = list(found)
    for item in _split_items(seg):
        res = _parse_item(item.text, marked=True, whole=True, all_lower=False)
        out.extend(res.orgs)
        if res.name:
            out.append(res.name)
    return out
def _cjk_one_name(text: str) -> bool:
    """One CJK word, or a paper's or desk's name and one ("東北河北日報 佐々木陽菜", as the
    closing "（<paper>　<name>記者、<name>記者）" of a Japanese story lists its writers)."""
    toks = text.split()
    if not toks or not all(_is_cjk(t) for t in toks):
        return False
    return len(toks) == 1 or (len(toks) == 2 and (_is_cjk_org(toks[0]) or _is_desk(toks[0])))


def _masthead_item(text: str) -> bool:
    """A capitalised name of two to six words holding a newspaper or site word ("Gadget
    Ledger", "Valley Gazette"): a publication after a person's name, not a second person."""
    toks = text.strip(_TRIM).split()
    return (
        2 <= len(toks) <= 6
        and all(t[:1].isupper() or _kind(t) == "particle" for t in toks)
        and any(_fold(t) in R.MASTHEAD_WORDS for t in toks)
    )


def _listed_first_name(items: list[_Item], n: int) -> bool:
    """Item ``n`` is one capitalised word in a list of people ("Jana Novak and Tariq",
    "By Tariq, Leena and Sam"): a person known by a first name, not an organisation, when
    nothing marks it as one (a known or all-caps brand, an organisation word, a domain)."""
    item = items[n]
    in_list = (item.sep == "conj" and not item.risky) or (
        item.sep == "," and any(la.sep == "conj" and not la.risky for la in items[n + 1 :])
    )
    toks = item.text.strip(_TRIM).split()
    if not in_list or len(toks) != 1:
        return False
    tok = toks[0]
    f = _fold(tok)
    return (
        _kind(tok) == "name"
        and tok[:1].isupper()
        and not _is_cjk(tok)
        and not _is_org_like([tok], False)
        and not _is_desk(tok)
        and f not in R.ORG_WORDS
        and f not in R.SECTIONS
        and f not in R.KNOWN_ORGS
        and f not in R.PLACES
    )


def _surname_org_word(text: str) -> bool:
    """ "By Leah Stern for The Times": with the organisation already named, "First Orgword"
    after a marker is a person whose surname is also an organisation word (Stern, Post)."""
    toks = text.split()
    return (
        len(toks) == 2
        and all(_kind(t) == "name" and t[:1].isupper() for t in toks)
        and _fold(toks[0]) not in R.ORG_WORDS
        and _fold(toks[1]) in R.ORG_WORDS
        and _fold(text) not in R.KNOWN_ORGS
    )


# "Smith, John" (one comma and nothing else between two words): "GBP/EUR" and "Smith; Doe" are not.
_ONE_COMMA = re.compile(r"^[^,;/&]*\w\s*,\s*\w[^,;/&]*$")


# "Beckwith, Lorna; Oduya, Rachel", "Oduya, Rachel and Beckwith, Lorna": "Last, First" pairs
# in a list, parted by a semicolon or a conjunction.
_PAIR_SEP = re.compile(r"\s*;\s*|\s+(?:and|und|et|&)\s+")


def _last_first_list(seg: str, all_lower: bool) -> list[str] | None:
    """Every part of a list is one "Last, First" name: the names, each turned around."""
    parts = [p for p in _PAIR_SEP.split(seg.strip(_TRIM + " ;")) if p.strip(_TRIM)]
    if len(parts) < 2 or not all(_ONE_COMMA.match(p.strip(_TRIM)) for p in parts):
        return None
    out: list[str] = []
    for part in parts:
        name = _last_first(_split_items(part), all_lower)
        if name is None:
            return None
        out.append(name)
    return out


def _last_first(items: list[_Item], all_lower: bool) -> str | None:
    """ "Smith, John" -> "John Smith": exactly two comma items of one name-shaped word each,
    neither an organisation, role, desk, place or section ("Jane Doe, AP" has two words).
    The given name may carry initials or a particle ("Beckwith, Lorna M.", "Jong, Michiel
    de"); the surname may have two words when the given name is a known one ("Sánchez
    García, Lucía")."""
    if len(items) != 2 or items[1].sep != ",":
        return None
    toks = [it.text.strip(_TRIM).split() for it in items]
    if not toks[1] or not toks[0]:
        return None
    first, *extra = toks[1]
    if items[1].text.rstrip().endswith(".") and extra and _kind(extra[-1]) == "initial":
        extra[-1] = extra[-1] if extra[-1].endswith(".") else extra[-1] + "."
    if not all(_kind(t) == "initial" for t in extra):
        if not all(_fold(t) in R.PARTICLES and t.islower() for t in extra):
            return None
        toks[0] = extra + toks[0]  # "Jong, Michiel de": the particle goes before the surname
        extra = []
    *heads, last = toks[0]
    if any(_fold(h) not in R.PARTICLES for h in heads) and not (
        len(heads) == 1 and _fold(first) in R.GIVEN_NAMES and _kind(heads[0]) == "name"
        and _fold(heads[0]) not in R.GIVEN_NAMES
    ):
        return None  # "van Dijk, Anna" and "DE LA CRUZ, MARIA" keep their particles
    caps = [_is_all_caps(t) for t in (last, first)]
    if _kind(first) == "initial" and first[:1].isupper() and not heads:
        first = first if first.endswith(".") or len(first) > 1 else first + "."
        return None if _kind(last) != "name" or _is_desk(last) else _case_name(
            [first, *extra, last], all_lower)  # "Kooman, F.": the initial before the surname
    for t in (last, first):
        f = _fold(t)
        if (
            _kind(t) != "name"
            or _is_cjk(t)
            or len(f) < 2
            or f in R.ROLE_MODIFIERS
            or f in R.SECTIONS
            or f in R.PLACES
            or f in R.HONORIFICS
            or f in R.CREDENTIALS
            or f in R.ORG_WORDS
            or _is_desk(t)
            or (_is_org_like([t], False) and not all(caps))
            or (all(caps) and (t in R.ACRONYMS or len(f) < 3))
        ):
            return None
    return _case_name([first, *extra, *heads, last], all_lower or all(caps))


def _dedupe(values: Iterable[str]) -> tuple[str, ...]:
    seen: set[str] = set()
    out: list[str] = []
    for v in values:
        key = _fold(v).replace(".", "")
        if v and key and key not in seen:
            seen.add(key)
            out.append(v)
    return tuple(out)


def parse_byline(raw: str, *, person: bool = False) -> Byline:
    """Parse a scraped byline into person names and credited organisations. ``person``: the
    byline's source says it names a person (a JSON-LD Person, a "Written by" tag), so a lone
    name ("Josh"), which reads as an organisation's without the "By" a shown byline carries,
    is read as a person's. A common given name alone (``rules/given_names.txt``) is one too.

    Never raises: anything unparseable gives empty tuples.

    >>> parse_byline("By JANE O'MALLEY and Tom McTavish, Wire Press Staff").authors
    ("Jane O'Malley", 'Tom McTavish')
    >>> parse_byline("Von Maren Kettler und Jonas Brück").authors
    ('Maren Kettler', 'Jonas Brück')
    >>> parse_byline("Reuters").organization
    'Reuters'
    >>> parse_byline("Staff Reporter")
    Byline(raw='Staff Reporter', authors=(), organizations=())
    """
    if not isinstance(raw, str):
        return Byline(raw="", authors=(), organizations=())
    parsed = _parse_cached(raw) if len(raw) <= _CACHED_LEN else _parse_safely(raw)
    if not parsed.authors and (person or _lone_given_name(raw)):
        marked = parse_byline(f"By {raw}")
        return Byline(raw=raw, authors=marked.authors, organizations=marked.organizations,
                      desks=marked.desks)
    return parsed


def _lone_given_name(raw: str) -> bool:
    """The byline is one common given name alone (``rules/given_names.txt``): a person known
    by a first name ("Theodora"), not an organisation, unless it also names one or a place."""
    tok = raw.strip(_TRIM)
    f = _fold(tok)
    return (
        len(tok) <= 30
        and " " not in tok
        and f in R.GIVEN_NAMES
        and f not in R.KNOWN_ORGS
        and f not in R.PLACES
        and f not in R.SECTIONS
    )


# One page asks for its byline's parse several times (metadata, header, author bio, record);
# results are immutable, and only short strings are kept so the cache stays small.
_CACHED_LEN = 300


def _parse_safely(raw: str) -> Byline:
    try:
        authors, orgs, desks = _parse(raw)
    except Exception:  # a parser bug must not break a crawl; return nothing rather than junk
        authors, orgs, desks = (), (), ()
    return Byline(raw=raw, authors=authors, organizations=orgs, desks=desks)


_parse_cached = functools.lru_cache(maxsize=2048)(_parse_safely)
