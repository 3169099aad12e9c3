"""Split a scraped figure caption into the caption text and the photo credit.

Publishers print credits after the caption ("... Photograph: Jane Doe/AP"), before it
("© Agency Caption text"), in brackets ("(AP Photo/Jane Doe)"), glued to it without a space
("...last week.Credit...Jane Doe") or bare ("... in Paris. Jane Doe/Reuters"). One pattern
does not fit all, so this module tries them in order from the most explicit (a label) to
the least (a bare trailing name), and leaves the caption alone when unsure: a credit glued
to a caption is a smaller harm than a caption cut in half.

Rules live in :mod:`newsclean.normalize._caption_rules`. All regexes are compiled once and are
linear-time (no nested quantifiers).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..rules.vocab import alternation as _alt
from . import _caption_rules as R
from .domains import is_domain
from .scripts import DENSE

__all__ = ["Caption", "split_caption"]

_MAX_LEN = 5000  # past this only the tail is searched for a credit


@dataclass(frozen=True, slots=True)
class Caption:
    """A caption split into ``text`` (None when the string is only a credit) and ``credit``."""

    raw: str
    text: str | None
    credit: str | None

    @property
    def caption(self) -> str | None:
        """Alias of :attr:`text` (the scorer and the Article schema call it caption)."""
        return self.text


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200f\u2028\u2029\ufeff]")
_WS = re.compile(r"\s+")

# What a copyright sign may carry before the credit: a year ("© 2024 Reuters") and aggregator
# chrome ("© Provided by The Independent"); neither is part of the credit.
_COPY_EXTRA = (
    r"(?:(?:19|20)\d\d\b[,.]?\s+(?=\S))?(?:(?:" + _alt(R.CREDIT_CHROME) + r")\s+(?=\S))?"
    r"(?:(?:19|20)\d\d\b[,.]?\s+(?=\S))?"
)
# A label followed by ":", "...", "by" or "via" ("Photograph: X", "Credit...X", "Photo by X").
# The characters a label can start with: a cheap look-ahead that lets the scan skip every other
# position before it tries the long alternation of labels.
_HEADS = (*R.CREDIT_LABELS, *R.COMPOUND_HEADS)
_LABEL_HEADS = "".join(sorted({c for w in _HEADS for c in (w[:1].lower(), w[:1].upper())}))
_LABEL = re.compile(
    r"(?=[(（\[［" + re.escape(_LABEL_HEADS) + r"])"
    r"(?P<open>[(（\[［]\s*)?(?<![^\W\d_])(?P<label>" + R.COMPOUND_LABEL + "|"
    + _alt(R.CREDIT_LABELS) + r")"
    r"(?:\s?(?::|：|=|＝|\.{3}|…)|\s(?:by|von|de|di|par|por|door|via)\s(?=\S))\s*"
    r"|(?P<open2>[(（\[［]\s*)?(?P<copy>©|\(c\)|Ⓒ)\s*" + _COPY_EXTRA,
    re.I,
)
# The same labels glued to the end of the caption ("treatmentCredit: X", "capacity.Image: X").
_GLUED_LABEL = re.compile(
    r"(?<=[a-z.?!”\"’')])(?:Credit)?"
    r"(?P<label>Credit|Photo|Image|Image Credit|Photograph|Foto|Фото|Bild)"
    r"(?::|\.{3}|…|(?=@))\s*"
)
# "Credit" glued to both the caption and the name ("...Saturday.CreditJane Doe", NYT), maybe
# printed twice ("CreditCredit...").
_GLUED_CREDIT = re.compile(
    r"(?:(?<=[a-z.?!”\"’')])|(?<=[.?!]\s)|^)(?:Credit)+(?=[A-ZÀ-Þ][a-zà-ÿ])"
)
# "...burned car.Credit Jane Doe/AP": the label glued to the sentence, then a space.
_GLUED_BARE_CREDIT = re.compile(r"(?<=[.?!”\"’)])Credit\s(?=[A-ZÀ-Þ])")
# "游客在西湖边赏景。图/刘海洋", "写真：山田太郎": a picture word, then a slash or colon.
_CJK_LABEL = re.compile(
    r"(?:(?<=[。！？」）\s])|^)(?:" + _alt(R.CJK_LABELS) + r")\s?[/／:：]\s*"
)
# A label without colon at the start of a new sentence ("... agents. Credit Jane Doe/AFP"),
# maybe before an article ("Photo courtesy of the City of Harlow").
_BARE_LABEL = re.compile(
    r"(?:(?<=[.!?”\"’)])\s|^)(?P<label>" + _alt(R.BARE_LABELS) + r")\s"
    r"(?-i:(?=(?:the\s)?[A-ZÀ-Þ@]))",
    re.I,
)
# A label opening a new sentence, then a slash, a bar or a spaced dash instead of a colon
# ("... in Nairobi. PHOTO/JOE KAMAU", "... Foto | Ana Ruiz"); inside a chain ("AP Photo/X") the
# label is the credit's own word, so only at the string's or a sentence's start.
_SEP_LABEL = re.compile(
    r"(?:(?<=[.!?”\"’)])\s|^)(?P<label>" + _alt(R.CREDIT_LABELS) + r")"
    r"(?:\s?[/|｜]\s?|\s[-–—]\s)(?=\S)",
    re.I,
)
# BBC prints "Image caption, The mayor ..." and "Image source, Getty Images" with a comma.
_CAPTION_LABEL = re.compile(r"(?:" + _alt(R.CAPTION_LABELS) + r")\s*[:,]?\s*", re.I)
_COPYRIGHT_HEAD = re.compile(
    r"^(?:image copyright|image source\s*[,:]|copyright|©|\(c\)|Ⓒ)\s*" + _COPY_EXTRA, re.I
)
# A bracketed credit that opens the caption: "(Getty Images) Protesters gather ...".
_LEAD_PAREN = re.compile(r"^[(\[（［【]([^()\[\]（）［］【】]{1,120})[)\]）］】]\s*(?=[^\W\d_])")
_CLOSERS = ")]）］"
# "Lisk Post file photo": an outlet's archive picture (the words after the credit)
_FILE_PHOTO = re.compile(r"\s(?:file\s)?photo$|\sfile$")
_CREDIT_LEAD = re.compile(r"^(?:" + _alt(R.CREDIT_LEADS) + r")\b", re.I)
_TOKEN = re.compile(r"\S+")
_GLUE_BOUNDARY = re.compile(r"(?<=[a-zà-ÿ.?!”])(?=[A-ZÀ-Þ][a-zà-ÿ])|(?<=[a-z])(?=[A-Z]{2,})")
# "... before the final — Jo Roe / Kestrel Times": a spaced dash, then a credit chain to the end
_DASH_TAIL = re.compile(r"\s[–—]\s(?P<credit>[^–—]{2,80}?)\s*$")
_TRAIL_PAREN = re.compile(r"[(\[]([^()\[\]]{1,160})[)\]]\s*\.?\s*$")
# "D.C. Jo Roe/AP": the stop between an initialism's letters ends no sentence
_INITIALISM = re.compile(r"(?<![^\W\d_])[A-Z]\.[A-Z]\.")
_SENTENCE_END = re.compile(r"[.!?…](?:[”\"’')\]]{0,2})(?=\s*\S)")
_SLASH_CHAIN = re.compile(r"\S/\S|\s/\s|\svia\s|\s[-–—]\s", re.I)
_AGENCY_TAIL = re.compile(
    r"(?:^|(?<=\s)|(?<=[a-zà-ÿ]))(?:[-–—]\s?)?(?P<ag>" + _alt(R.AGENCIES) + r")\s*$", re.I
)
_VIA_TAIL = re.compile(r"\svia\s\S.{0,60}$|\son\s(?:Unsplash|Pixabay|Pexels|Flickr)\s*$", re.I)
_NAME_TOKEN = re.compile(r"^(?:[A-ZÀ-Þ][\w'’.-]*|[A-Z]\.|de|da|van|von|del|di|la|le)$")
_ABBREV_END = re.compile(r"\b[A-Z]\.$|\b(?:Inc|Ltd|Co|Jr)\.$")
_INNER_SENTENCE = re.compile(r"[^\W\d_]{2}[.!?]\s")
_WORD_STOP = re.compile(r"[^\W_]{2}[.!?]\s")  # a sentence end, a year's too ("2025. ")
_DIGIT = re.compile(r"\d")
_DIGITS3 = re.compile(r"\d{3}")
_COPY_SIGN = re.compile(r"^(?:©|\(c\)|Ⓒ)\s*", re.I)
_NUMBERS = re.compile(r"[\d\s,./–-]+")
_AGENCY_PHOTO = re.compile(r"(.+?)\s+(?:photo|foto|file photo|pic)", re.I)
# "(Express Photo by Jo Roe)", "(HT Photo/Jo Roe)": a capitalised outlet, its photo word, a name
_OUTLET_PHOTO = re.compile(
    r"[A-Z][\w'’.&-]*(?: [A-Z][\w'’.&-]*){0,2} (?:[Pp]hotos?|[Pp]ic|[Pp]icture)(?: by |/)(?=[A-Z])"
)
_ONE_INITIAL = re.compile(r"[A-Z]\.")
_PAREN_BARE = re.compile(r"(?:" + _alt(R.BARE_LABELS) + r")\s+(?=\S)", re.I)
# "Lucy Tran for The New York Times": a photographer on assignment for a publication
_FOR_PUBLICATION = re.compile(
    r"(?P<name>\S+(?: \S+){0,3}) for (?P<pub>(?:The |the )?[A-Z][\w'’.&-]*"
    r"(?: (?:[A-Z][\w'’.&-]*|of|and|&|on))*)"
)
_LOWER_GLUE = re.compile(r"[a-zà-ÿ]{3,}([A-ZÀ-Þ][a-zà-ÿ]+)")
_CAPS_GLUE = re.compile(r"(?<=[a-zà-ÿ])(?=[A-Z]{2,})")
_TRIM_TEXT = " \t\n|/-–—:;,、，＝"
_TRIM_CREDIT = " \t\n|/-–—:;,()[]（）［］：="


def _agency(word: str) -> bool:
    return word.casefold().strip(" .") in R.AGENCIES


def _org(words: list[str]) -> bool:
    return " ".join(words).casefold().strip(" .") in R.ORGANISATIONS or _agency(" ".join(words))


# Words that end an agency's name after a slash ("TT News Agency", "Kestrel Images").
_AGENCY_WORDS = frozenset({"news", "agency", "images", "photos", "pictures", "press", "wire"})


def _chain_end(toks: list[re.Match[str]], i: int) -> int:
    """Index past the credit chain whose slash token is ``toks[i]`` ("Doe/Getty Images via X").

    The part after the last slash may go on into a known multi-word agency ("Doe/Getty" +
    "Images"), and "via"/"for" may add one more known agency ("... via Getty Images").
    """
    j = i + 1
    tail = toks[i].group().rsplit("/", 1)[-1]
    for n in (3, 2, 1):
        if j + n <= len(toks) and _org([tail] + [t.group() for t in toks[j : j + n]]):
            j += n
            break
    else:
        while j < len(toks) and j - i <= 2 and toks[j].group().casefold() in _AGENCY_WORDS:
            j += 1  # "Jo Roe/TT News Agency": an agency's name goes on in its own words
        if j == i + 1 and not _agency(tail):
            j = _name_goes_on(toks, j)  # "Reuters/Jo Roe A man ...": the name after the slash
    if j < len(toks) and toks[j].group().casefold() in ("via", "for"):
        for n in (3, 2, 1):
            if j + 1 + n <= len(toks) and _org([t.group() for t in toks[j + 1 : j + 1 + n]]):
                return j + 1 + n
    return j


def _name_goes_on(toks: list[re.Match[str]], j: int) -> int:
    """Past the capitalised words that go on with a name cut at a slash ("Reuters/Jo" +
    "Roe"), up to two, and never the caption's first word: a capital a lower-case word
    follows ("Roe A man walks": "A" starts the caption)."""
    start = j
    while (
        j + 1 < len(toks)
        and j - start < 2
        and _NAME_TOKEN.match(toks[j].group())
        and toks[j].group()[:1].isupper()
        and toks[j + 1].group()[:1].isupper()
    ):
        j += 1
    return j


def _outlet_word(tok: str) -> bool:
    """ "News", "Times": a capitalised word that ends an outlet's name ("Yahoo" + "News")."""
    return tok[:1].isupper() and tok.casefold() in R.ORG_WORDS


def _credit_prefix(rest: str) -> int | None:
    """Where a credit that opens the string ends, when a caption follows it; else None.

    Only a known organisation ("Getty Images ...") or a name with a slash chain ("Jane
    Doe/AP ...") counts: without one of those the end of an unlabelled name is a guess.
    """
    toks = list(_TOKEN.finditer(rest[:400]))
    end = None
    for n in (4, 3, 2, 1):
        words = [t.group() for t in toks[:n]]
        if (
            len(toks) > n
            and n > 1
            and "/" in words[-1]
            and _org([*words[:-1], words[-1].split("/", 1)[0]])
        ):
            end = _chain_end(toks, n - 1)  # "Getty Images/iStockphoto A woman ..."
            break
        if len(toks) > n and _org(words):
            end = _chain_end(toks, n - 1) if n == 1 and "/" in toks[0].group() else n
            while end + 1 < len(toks) and _outlet_word(toks[end].group()) and end - n < 2:
                end += 1  # "Yahoo News The crowd ...": an outlet's own word goes on with it
            if end == n and len(toks) > n + 1 and toks[n].group().casefold() == "via":
                end = _chain_end(toks, n - 1)
            break
    if end is None:
        slash = next((i for i, t in enumerate(toks[:6]) if "/" in t.group()), None)
        if slash is None or not all(_NAME_TOKEN.match(t.group()) for t in toks[:slash]):
            return None
        if toks[slash].group() == "/" and slash and slash + 1 < len(toks):
            slash += 1  # "Jane Doe / dpa Caption": a spaced slash, then the agency
            if not (_agency(toks[slash].group()) or toks[slash].group()[:1].isupper()):
                return None
        elif not toks[slash].group()[:1].isupper():
            return None
        end = _chain_end(toks, slash)
    after = toks[end:]
    if len(after) < 2 or not (after[0].group()[:1].isupper() or after[0].group()[:1].isdigit()):
        return None
    if after[0].group().endswith(";") or _credit_like(rest[after[0].start() :], strict=True):
        return None  # "Guardian Design; Getty Images": a list of credits, not a caption
    if not any(t.group()[:1].islower() and t.group()[1:2].isalpha() for t in after):
        return None  # "Jane Doe/The Daily Planet": capitalised words go on with the credit
    return toks[end - 1].end()


def _has_hint(s: str) -> bool:
    low = s.casefold()
    return any(h in low for h in R.CREDIT_HINTS)


def _name_like(s: str, max_tokens: int = 4) -> bool:
    """ "Jane Doe", "J. R. Doe", "Ezra Shaw/Getty Images": capitalised tokens only."""
    toks = s.replace("/", " ").split()
    if not 1 <= len(toks) <= max_tokens:
        return False
    return all(_NAME_TOKEN.match(t) for t in toks) and any(len(t) > 2 for t in toks)


def _credit_like(s: str, strict: bool) -> bool:
    """Could this short chunk be a credit? strict: must carry an explicit credit signal."""
    s = s.strip().lstrip("–— ")  # "... Lumpur. — Bernama pic": a dash opens the credit
    if not s or len(s) > 140 or len(s.split()) > 14:
        return False
    if s[-1] == "." and "/" in s and _SLASH_CHAIN.search(s) and not _INNER_SENTENCE.search(s):
        s = s[:-1]  # "Jo Roe/PA Images via Getty Images.": a credit chain with a full stop
    if s[-1] in ".!?" and not _ABBREV_END.search(s):
        return False
    if _INNER_SENTENCE.search(s):
        return False  # a sentence, not a credit
    file_of = _FILE_PHOTO.sub("", s)
    if file_of != s and (_outlet(file_of) or "/" in file_of) and not strict:
        return _credit_like(file_of, strict)  # "Lisk Post file photo", "Jo Roe/Lisk Post file"
    chain = [p.strip() for p in s.split("/")] if "/" in s and not _DIGIT.search(s) else []
    if chain and _agency(chain[0]):
        return True  # "picture alliance/dpa": a chain that opens with a known agency
    first = s.split()[0].casefold().strip("(),.")
    if first in R.NOT_CREDIT_TAILS or first in R.NOT_CREDIT_WORDS:
        return False
    if _agency(s) or (_has_hint(s) and s[:1].isupper()):
        return True
    agency_photo = _AGENCY_PHOTO.fullmatch(s)
    if agency_photo and _agency(agency_photo.group(1)):
        return True  # "Bernama pic", "PTI photo": an agency's own picture
    if any(_agency(p) for p in chain):
        return True  # "Jo Roe/dpa": a chain naming a known agency
    if _SLASH_CHAIN.search(s) and s[:1].isupper() and not _DIGIT.search(s):
        return all(
            t[:1].isupper()
            or not t[:1].isalpha()
            or (t.islower() and len(t) <= 4)
            or t == "files"  # "Jo Roe/Kestrel Daily files": a picture from the archive
            for t in s.split()
        )
    if strict:
        return False
    if is_domain(s):
        return True
    name, comma, outlet = s.rpartition(", ")
    if comma and _name_like(name, max_tokens=3) and _outlet(outlet):
        return True  # "Jo Roe, AP", "Jo Roe, Lisk Post": the photographer and the outlet
    m = _FOR_PUBLICATION.fullmatch(s) if " for " in s else None
    if m and _name_like(m.group("name")) and len(m.group("pub").split()) <= 6:
        return True
    return _name_like(s) or (s.isupper() and len(s) <= 40)


_CONNECTORS = frozenset(
    {
        "via",
        "for",
        "on",
        "of",
        "the",
        "and",
        "by",
        "de",
        "von",
        "van",
        "der",
        "del",
        "da",
        "di",
        "la",
        "le",
        "to",  # "Jane Doe/Special to The Courier"
        "-",
        "–",
        "—",
        "/",
        "&",
        "files",
        "file",
    }
)


def _credit_only(s: str) -> bool:
    """The whole string is a credit: "Jane Doe/Agency", "REUTERS", "X via Getty Images"."""
    s = s.strip()
    head, comma, last = s.rpartition(",")
    if comma and last.strip().casefold() in R.ARCHIVE_MARKS and "/" in head:
        s = head  # "AP Photo/Jo Roe, File": the archive mark after a credit chain
    toks = s.split()
    if not toks or len(toks) > 10 or "," in s or s[-1] in ".!?:" or _DIGITS3.search(s):
        return False
    if _INNER_SENTENCE.search(s):
        return False  # "Shoppers on Oxford Street. Anna Roe/..." ends in a credit, is not one
    if _agency(s):
        return True  # "Handout", "Provided photo": a credit word, whatever its case
    if not all(
        t[:1].isupper() or t.casefold() in _CONNECTORS or not t[:1].isalpha() or "/" in t
        for t in toks
    ):
        return False
    return bool(
        _agency(s)
        or _SLASH_CHAIN.search(s)
        or _has_hint(s)
        or (len(toks) == 1 and s.isupper() and len(s) > 1)
    )


def _clean_credit(s: str) -> str | None:
    s = s.strip(_TRIM_CREDIT.replace("(", "").replace(")", "")).strip()
    if s.startswith("(") and s.endswith(")"):
        s = s[1:-1]
    if s.endswith(")") and "(" not in s:
        s = s[:-1]
    s = _COPY_SIGN.sub("", s.strip())
    closed = s.endswith(")") and s.count("(") == s.count(")")
    s = s.strip(_TRIM_CREDIT).strip()
    if closed and "(" in s and s.count("(") > s.count(")"):
        s += ")"  # "Jo Roe (Lisk Post)": the bracket closes a part of the credit
    if s.endswith(".") and "/" in s and not _ABBREV_END.search(s):
        s = s[:-1]  # the full stop after a credit chain is the caption's, not the agency's
    return s or None


def _clean_text(s: str) -> str | None:
    s = s.strip()
    s = s.rstrip(_TRIM_TEXT.replace("-", "")).rstrip()
    if s.endswith((" -", " –", " —", "(")):
        s = s[:-1].rstrip()
    s = s.strip()
    return s or None


def _paren_credit(inner: str) -> str | None:
    """The credit inside a trailing "(...)", or None when it is caption text ("(left)")."""
    inner = inner.strip()
    low = inner.casefold()
    if not inner or low in R.NOT_CREDIT_WORDS or low.startswith(("from left", "l-r", "von l")):
        return None
    if _NUMBERS.fullmatch(inner):
        return None  # a year or a number
    m = _AGENCY_PHOTO.fullmatch(inner)
    if m and _agency(m.group(1)):
        if inner.split()[-1][:1].isupper():
            return inner  # "(PTI Photo)": the agency's photo service, as "AP Photo/..." is
        return m.group(1)  # "(AFP photo)" -> AFP
    head, colon, tail = inner.partition(": ")
    if colon and _org(head.split()) and _credit_like(tail, strict=False):
        return inner  # "(ABC News: Jo Roe)", "(Supplied: Lisk Parks)": outlet, photographer
    outlet = _OUTLET_PHOTO.match(inner)
    if outlet and _credit_like(inner[outlet.end() :], strict=False):
        return inner  # "(Express Photo by Jo Roe)"
    m = _PAREN_BARE.match(inner)
    if m and _courtesy(m.group(0).strip()) and _short_credit(inner[m.end() :]):
        return inner  # "(Photo courtesy of the City of X)": the bracket holds only the credit
    if m and (_agency(inner[m.end() :]) or _credit_like(inner[m.end() :], strict=True)):
        return inner[m.end() :]  # "(foto Ansa)" -> Ansa
    if _credit_like(inner, strict=False) and (
        not inner.islower() or "." in inner or _agency(inner)  # "(dpa)"
    ):
        return inner
    return None


# "Jo Roe/dpaMenschen warten ...": an agency after a slash glued to the caption's first word
_GLUED_AGENCY = re.compile(
    r"(?<=/)(?i:" + _alt(R.AGENCIES) + r")(?=[A-ZÀ-Þ][a-zà-ÿ]{2})"
)


def _unglue_agency(s: str) -> str:
    """Put a space between a credit chain's agency and the caption glued after it; only an
    agency written in one case ("dpa", "AFP"), as a name after a slash ("/Jo") is not."""
    for m in _GLUED_AGENCY.finditer(s) if "/" in s else ():
        word = m.group()
        if word.islower() or word.isupper():
            return f"{s[: m.end()]} {s[m.end() :]}"
    return s


# "1 of 12 Fans celebrate ...", "3/8 The fresco ...": a gallery's counter before the caption
_COUNTER = re.compile(r"^\d{1,3}\s?(?:of|/)\s?\d{1,3}\s+(?=[^\W\d_])")
# "... © Provided by The Guardian" closing a caption that names its own credit with a ©
_PROVIDED_TAIL = re.compile(
    r"\s*(?:©|\(c\)|Ⓒ)\s*(?:" + _alt(R.CREDIT_CHROME) + r")\s+[^©]{1,60}$", re.I
)
_TRAILING_CHROME = re.compile(r"[\s,;|]*(?:" + _alt(R.TRAILING_CHROME) + r")[\s.]*$", re.I)


def _split(raw: str) -> tuple[str | None, str | None]:
    s = _CONTROL.sub(" ", raw[-_MAX_LEN:]).strip()
    if "icens" in s or "new tab" in s:
        s = _TRAILING_CHROME.sub("", s)  # "... REUTERS/Jo Roe Purchase Licensing Rights"
    s = _unglue_agency(s)
    s = _COUNTER.sub("", s, count=1)  # "3/8 The fresco ...": a gallery's picture counter
    chrome = _PROVIDED_TAIL.search(s)
    if chrome and "©" in s[: chrome.start()]:
        s = s[: chrome.start()]  # "© Jo Roe/Reuters © Provided by X": the aggregator's line
    if not s:
        return None, None
    # Caption labels ("Image caption", "Media caption"): what follows is the caption; a
    # copyright notice before them is the credit (BBC: "Image copyright X Image caption Y").
    m = _CAPTION_LABEL.search(s)
    if m and (m.start() == 0 or _COPYRIGHT_HEAD.match(s)):
        head, s = s[: m.start()], s[m.end() :]
        credit = _clean_credit(_COPYRIGHT_HEAD.sub("", head)) if head.strip() else None
        if credit:
            return _clean_text(s), credit
    # Credit first: "© Agency Caption text", "(Getty Images) Caption text".
    if _COPYRIGHT_HEAD.match(s):
        return _split_credit_first(_COPYRIGHT_HEAD.sub("", s, count=1))
    m = _LEAD_PAREN.match(s)
    if m and len(s[m.end() :].split()) >= 2:
        inner = m.group(1).strip()
        if _agency(inner) or _credit_like(inner, strict=True):
            label = _LABEL.match(inner)
            if label and _group(label, "label") and inner[label.end() :].strip():
                inner = inner[label.end() :]  # "(Photo: Jo Roe/AP) A fox ...": the label goes
            return _clean_text(s[m.end() :]), _clean_credit(inner)
    cjk = _cjk_tail(s) if not s.isascii() and _DENSE.search(s) else None
    if cjk is not None:
        return cjk
    labelled = _split_labelled(s)
    if labelled is not None:
        return labelled
    lead = _agency_first(s)
    if lead is not None:
        return lead
    # A credit in brackets at the end: "(AP Photo/Jane Doe)", "(Stefan Rousseau/PA)".
    m = _TRAIL_PAREN.search(s)
    if m:
        credit = _paren_credit(m.group(1))
        if credit:
            return _name_before_agency(s, m.start(), credit)
    return _split_bare(s)


# The end of a Chinese, Japanese or Korean caption: a bracket ("（共同）", "（记者 陈静 摄）") or,
# after a sentence end, a bare credit ("。新华社记者 陈静 摄", ". 연합뉴스", ". /연합뉴스").
_CJK_TAIL_PAREN = re.compile(r"\s*[（(]\s*([^（）()]{1,40}?)\s*[）)]\s*$")
_CJK_TAIL_BARE = re.compile(r"(?<=[。！？.!?、＝])\s*/?\s*([^。！？.!?、（）()]{1,40}?)\s*$")
# A picture word opening the bracket: "（圖／中央社）", "（撮影・山田太郎）", "（写真=共同）".
_CJK_INNER_LABEL = re.compile(r"^(?:" + _alt(R.CJK_LABELS) + r")\s?[/／:：・=＝]\s*")
_CJK_RELEASED = "发發"  # "新华社发": the agency released the picture
# "新华社记者 陈静 摄", "陈静摄": a photographer's credit, the verb "摄" (shot) closing it.
_SHOT_BY = re.compile(f"[{DENSE}A-Za-z ]{{2,30}}[摄攝]")
_DENSE = re.compile(f"[{DENSE}]")


# "ロイター＝共同", "AP=연합뉴스", "EPA時事": agencies joined by "=" or glued, Latin then CJK
_CHAIN_SEP = re.compile(r"\s*[＝=]\s*|(?<=[A-Za-z])(?=[^\x00-\x7f])")


def _agency_chain(inner: str) -> bool:
    """One agency, or agencies passing a picture on (Reuters via Kyodo: "ロイター＝共同")."""
    return _agency(inner) or all(_agency(p) for p in _CHAIN_SEP.split(inner) if p)


def _cjk_tail(s: str) -> tuple[str | None, str | None] | None:
    """A credit closing a caption in a script without spaces: an agency or "… 摄"."""
    for rx in (_CJK_TAIL_PAREN, _CJK_TAIL_BARE):
        m = rx.search(s)
        if m is None or m.start() == 0:
            continue
        inner = m.group(1).strip()
        if rx is _CJK_TAIL_PAREN and _SHOT_BY.fullmatch(inner):
            lead = _CJK_TAIL_BARE.search(s[: m.start()])
            if lead and _agency(lead.group(1).strip().rstrip(_CJK_RELEASED)):
                # "。新华社发（李明 摄）": the agency released it, the bracket names who shot it
                return _clean_text(s[: lead.start(1)]), s[lead.start(1) :].strip()
        label = _CJK_INNER_LABEL.match(inner) if rx is _CJK_TAIL_PAREN else None
        if label and 0 < len(inner) - label.end() <= 16:
            return _clean_text(s[: m.start()]), inner[label.end() :]  # a labelled credit
        released = _agency(inner.rstrip(_CJK_RELEASED))
        if _agency_chain(inner) or _SHOT_BY.fullmatch(inner) or released:
            return _clean_text(s[: m.start()]), inner
    return None


def _agency_first(s: str) -> tuple[str | None, str | None] | None:
    """An unlabelled credit that opens a caption sentence: "Getty Images A fox in the snow.",
    "Jane Doe/Reuters A fox ...", "Jane Doe / Reuters | A fox ...". Only when the credit ends
    in a known agency and the rest is a sentence (capitalised, lower-case words, a full stop)."""
    if s.rstrip()[-1:] not in ".!?…":
        return None
    head, bar, tail = s.partition(" | ")
    if bar and _credit_like(head, strict=True) and _agency(head.rsplit("/", 1)[-1]):
        return _clean_text(tail), _clean_credit(head)
    end = _credit_prefix(s)
    if end is None:
        return None
    credit = s[:end]
    parts = [p.strip() for p in re.split(r"/|\svia\s", credit)]
    if not any(_agency(p) for p in parts) or not _credit_like(credit, strict=True):
        return None
    after = s[end:].split()
    if len(after) < 3 or not after[0][:1].isupper():
        return None
    if len(parts) == 1 and not after[1][:1].islower():
        return None  # "Getty Images Chief Executive ...": the agency is what the caption is about
    return _clean_text(s[end:]), _clean_credit(credit)


def _name_before_agency(s: str, paren: int, credit: str) -> tuple[str | None, str | None]:
    """ "... in Madrid. Juan Pérez (EFE)": a bare name after the last sentence, then a bracketed
    agency, is the photographer: the credit is the name and the bracket together."""
    before = s[:paren]
    ends = list(_SENTENCE_END.finditer(before))
    if ends and _agency(credit) and not _is_abbrev_end(before, ends[-1]):
        tail = before[ends[-1].end() :].strip()
        if tail and _name_like(tail, max_tokens=3):
            return _clean_text(before[: ends[-1].end()]), s[ends[-1].end() :].strip(" .")
    return _clean_text(before), credit


def _split_credit_first(rest: str) -> tuple[str | None, str | None]:
    """ "Jane Doe Some caption" after a leading ©: find where the credit ends."""
    rest = rest.strip()
    label = _LABEL.match(rest)
    if label and _group(label, "label") and not _group(label, "open") and rest[label.end() :]:
        rest = rest[label.end() :]  # "© Foto: Jane Doe Caption": the label after the sign
    if (
        rest[-1:] not in ".!?"
        and len(rest.split()) <= 8
        and _SLASH_CHAIN.search(rest)
        and any(_agency(p.strip()) for p in re.split(r"[/|]", rest))
    ):
        return None, _clean_credit(rest)  # "© Bild: picture alliance/dpa | Jo Roe"
    end = _credit_prefix(rest)
    if end is not None:
        return _clean_text(rest[end:]), _clean_credit(rest[:end])
    if _credit_like(rest, strict=False) or len(rest.split()) <= 3:
        return None, _clean_credit(rest)
    for m in _GLUE_BOUNDARY.finditer(rest, 0, 80):
        head, tail = rest[: m.start()], rest[m.start() :]
        if head.strip() and len(head.split()) <= 5:
            return _clean_text(tail), _clean_credit(head)
    toks = rest.split()
    for n in (3, 2, 1):  # a known agency first: "© Reuters Caption text"
        if len(toks) > n and _agency(" ".join(toks[:n])):
            return _clean_text(" ".join(toks[n:])), _clean_credit(" ".join(toks[:n]))
    k = 0
    while k < min(len(toks), 4) and _NAME_TOKEN.match(toks[k].rstrip(",")):
        k += 1
    if 1 <= k < len(toks):
        take = 2 if k >= 3 else k
        if "/" in toks[take - 1] or k == 1:
            take = k
        head = " ".join(toks[:take])
        return _clean_text(
            rest[len(head) :] if rest.startswith(head) else " ".join(toks[take:])
        ), _clean_credit(head)
    return _clean_text(rest), None


def _split_labelled(s: str) -> tuple[str | None, str | None] | None:
    matches = [m for m in _LABEL.finditer(s) if _label_ok(s, m)]
    matches += list(_GLUED_LABEL.finditer(s))
    matches += list(_GLUED_CREDIT.finditer(s))
    matches += list(_CJK_LABEL.finditer(s)) if not s.isascii() else []
    matches += [
        m for m in _GLUED_BARE_CREDIT.finditer(s) if _credit_like(s[m.end() :], strict=False)
    ]
    matches += [m for m in _SEP_LABEL.finditer(s) if _credit_chain(s[m.end() :])]
    matches += [
        m
        for m in _BARE_LABEL.finditer(s)
        if (m.group("label")[:1].isupper() or not m.group("label")[:1].isalpha())
        and (m.start("label") > 0 or m.group("label").endswith("."))
        and (
            _credit_like(s[m.end() :], strict=False)  # not "Credit Suisse shares fell."
            or (m.start() == 0 and _credit_prefix(s[m.end() :]) is not None)
            or (_courtesy(m.group("label")) and _short_credit(s[m.end() :]))
        )
    ]
    if not matches:
        return None
    matches.sort(key=lambda m: m.start())
    first = matches[0]
    # a label in brackets: the credit ends at the closing bracket
    opened = _group(first, "open") or _group(first, "open2")
    last = max(matches, key=lambda m: m.start())
    if opened:
        close = _closing(s, first.end())
        if close != -1:
            inner = s[first.end() : close]
            inner_last = [m for m in matches if first.end() <= m.start() < close]
            if inner_last:
                inner = s[inner_last[-1].end() : close]
            after = s[close + 1 :].strip(" .")
            text = s[: first.start()]
            credit = _clean_credit(inner)
            if (
                after
                and credit
                and after.casefold() not in credit.casefold()
                and len(after.split()) > 2
            ):
                # text after the bracket is caption, its own full stop kept when it opens
                # the string ("(Credit: Jo Roe) A fox in the snow.")
                tail = s[close + 1 :].strip() if not text.strip() else after
                text = text.rstrip() + " " + tail
            return _clean_text(text), credit
    text = s[: first.start()]
    credit = s[last.end() :]
    if first.start() and last is not first and _credits_only(s[first.end() : last.start()]):
        credit = s[first.end() :].rstrip(" .")  # "Photograph: Jo Roe. Illustration: Ana Lee"
    if first.start() == 0 and last is not first:
        # (labels found overlapping, "CreditCredit…", leave no next one: the last serves)
        nxt = min((m for m in matches if m.start() >= first.end()), key=lambda m: m.start(),
                  default=last)
        text = s[first.end() : nxt.start()]  # "Main image: caption. Photograph: credit"
        if _repeats_credit(text, credit):
            text = ""  # "Photo: Jo Roe Photo: Jo Roe/AP": one credit in two text nodes
        elif _credits_only(text):
            # "Illustration by Jo Roe; Photos: Getty Images": each label credits someone
            return None, _clean_credit(s[first.end() :].rstrip(" ."))
    if first.start() == 0 and last is first and _lower_prose(credit):
        return _clean_text(s), None  # "Map: where the fires burned": a title, not a credit
    if first.start() == 0 and last is first:
        end = _credit_prefix(credit)  # "Photo: Jane Doe/AP The mayor speaks ..."
        head, bar, tail = credit.partition(" | ")
        if bar and _credit_like(head, strict=False) and _sentence(tail):
            return _clean_text(tail), _clean_credit(head)  # "Image: Jo Roe | A fox ..."
        if end is None:
            end = _name_before_sentence(credit)  # "Photo: Jane Doe A fox in the snow."
        if end is not None:
            head = credit[:end]
            if head.endswith(".") and not _ABBREV_END.search(head):
                head = head[:-1]  # "Credit: Jo Roe. A fox ...": the stop ends the credit
            return _clean_text(credit[end:]), _clean_credit(head)
        paren = _TRAIL_PAREN.search(credit)
        closing = _paren_credit(paren.group(1)) if paren else None
        if paren and closing and paren.start() > 0:
            return _clean_text(credit[: paren.start()]), closing  # "File photo: ... (Jo Roe/AFP)"
        if _WORD_STOP.search(credit):
            parts = _split_bare(credit)  # "File photo: A ferry leaves. REUTERS/Jo Roe"
            if parts[0] and parts[1]:
                return parts
    if first.start() == 0 and not _credit_like(credit, strict=False) and (
        len(credit.split()) > 8 or _sentence(credit)
    ):
        return _clean_text(credit), None  # "Image: <a whole sentence>" labels the caption
    return _clean_text(text), _clean_credit(credit)


def _credit_chain(s: str) -> bool:
    """A credit, or credits between bars with an archive mark ("FILE | NATION", Kenya)."""
    parts = [p.strip() for p in s.split("|")]
    return all(_credit_like(p, strict=False) or p.casefold() in R.ARCHIVE_MARKS for p in parts)


def _courtesy(label: str) -> bool:
    """ "Photo courtesy of": a label ending in a lead that any owner may follow."""
    return any(label.casefold().endswith(lead) for lead in R.CREDIT_LEADS)


def _short_credit(s: str) -> bool:
    """A short chunk with no sentence in it ("the City of Harlow"): after a courtesy label,
    which says an owner follows, lower-case words ("the", "of") do not make it prose."""
    s = s.strip()
    return 0 < len(s.split()) <= 8 and s[-1:] not in ".!?" and not _INNER_SENTENCE.search(s)


def _lower_prose(s: str) -> bool:
    """Words after a label that open in lower case and go on in it ("where the fires
    burned"): a title's second half, not a name ("privat", "courtesy of the artist")."""
    words = s.split()
    return (
        len(words) >= 4
        and words[0][:1].islower()
        and sum(w[:1].islower() for w in words) >= 3
        and not _CREDIT_LEAD.match(s)
        and not _agency(words[0])  # "Foto: dpa Ein Zug ...": the agency, then the caption
        and not _credit_like(s, strict=False)
    )


def _caps_outlet_before(s: str, pos: int) -> bool:
    """One or two words in capitals between a sentence's end (or the start) and ``pos``."""
    words = s[:pos].split()
    k = 0
    while k < min(2, len(words)) and words[-1 - k].isupper() and words[-1 - k].isalpha():
        k += 1
    if not k or k == len(words):
        return bool(k) and k == len(words)
    return words[-1 - k][-1:] in ".!?"


def _closing(s: str, start: int) -> int:
    """Where the bracket open before ``start`` closes, past brackets opened inside it
    ("(Photo: Jo Roe (AP))"); -1 when it never does."""
    depth = 0
    for i in range(start, len(s)):
        if s[i] in "(（[［":
            depth += 1
        elif s[i] in _CLOSERS:
            if not depth:
                return i
            depth -= 1
    return -1


def _outlet(s: str) -> bool:
    """An agency or an outlet's name: known, or capitalised words ending in an outlet word
    ("Lisk Post", "The Harbor Times")."""
    words = s.split()
    if _agency(s) or _org(words):
        return True
    return (
        1 < len(words) <= 5
        and all(w[:1].isupper() or w.casefold() in ("of", "and", "&") for w in words)
        and words[-1].casefold() in R.ORG_WORDS
    )


def _sentence(s: str) -> bool:
    """A sentence, not a credit: it ends with a full stop and holds three lower-case words
    ("A fox in the snow near the trailhead.")."""
    words = s.split()
    return s.rstrip()[-1:] in ".!?" and sum(w[:1].islower() for w in words) >= 3


def _name_before_sentence(rest: str) -> int | None:
    """Where a name of two or three words ends when a sentence follows it ("Jane Doe A fox
    walks in the snow."): the first capitalised word that a lower-case word follows starts
    the caption. Only after a credit label, which says a credit comes first."""
    toks = list(_TOKEN.finditer(rest[:400]))
    if len(toks) < 6 or rest.rstrip()[-1:] not in ".!?…":
        return None
    for k in (2, 3):
        names = [t.group() for t in toks[:k]]
        nxt, low = toks[k].group(), toks[k + 1].group()
        if not all(_NAME_TOKEN.match(n) and n[:1].isupper() for n in names):
            return None
        if any(n.casefold().rstrip(".") in R.TITLES for n in names):
            return None  # "Photo: Mayor Jo Roe cuts the ribbon": the caption names its subject
        stop = next(
            (i for i, n in enumerate(names) if i and n.endswith(".") and len(n) > 2), None
        )
        if stop is not None:
            return toks[stop].end()  # "Credit: Jo Roe. A fox ...": the credit's own full stop
        if nxt[:1].isupper() and low[:1].islower() and low[:1].isalpha():
            return toks[k - 1].end()
    return None


def _group(m: re.Match[str], name: str) -> str | None:
    try:
        return m.group(name)
    except IndexError:
        return None


def _label_ok(s: str, m: re.Match[str]) -> bool:
    """Reject "credit card", "photo by the lake" and labels in the middle of a sentence."""
    label = (_group(m, "label") or _group(m, "copy") or "").casefold()
    after = s[m.end() : m.end() + 1]
    if not after:
        return False
    tail = m.group(0).casefold().rstrip()
    if m.start():
        words = s[: m.start()].split()
        if words and words[-1].casefold() in _TITLE_ARTICLES and s[m.start() - 1].isspace():
            return False  # "The Photographer: a documentary ...": a title, not a label
    if tail.endswith((" de", " di", " par", " por", " door")) and not (
        after.isupper() or after in "@©"
    ):
        return False  # "Imagen de archivo ...": "de" + a lower-case word is the caption's
    if tail.endswith((" by", " von", " de", " di", " par", " por", " door", " via")) and not (
        after.isupper()
        or after.isdigit()
        or after in "@©"
        or m.start() == 0
        or " " in label  # "Photo provided by the Lions Club": no lake is "staff photo by"
    ):
        return False
    if tail.endswith((" by", " via")) and m.start():
        words = s[: m.start()].split()
        prev = words[-1] if words and s[m.start() - 1].isspace() else ""
        if "/" in prev.strip("/") or (prev and _agency(f"{prev} {label}")):
            return False  # "Jane Doe/PA Images via Getty Images" is one credit chain
        chain = words[-4:] if prev else []
        slashed = [i for i, w in enumerate(chain) if "/" in w.strip("/")]
        if slashed and all(w[:1].isupper() for w in chain[slashed[-1] + 1 :]):
            return False  # "Jo Roe/Middle East Images via AFP": the chain goes on
    in_caps = label.upper() == (_group(m, "label") or "")
    if m.start() and in_caps and _caps_outlet_before(s, m.start()):
        return False  # "... Singapore. ST PHOTO: JO ROE": the outlet's photo desk, one credit
    if _OUTLET_PHOTO.match(s, s.rfind("(", 0, m.start()) + 1) and "(" in s[: m.start()]:
        return False  # "(Express Photo by Jo Roe)": the outlet's photo service, one credit
    if label in ("source", "sources", "autor", "autorka", "video", "copyright") and m.start():
        # only as a trailing credit chunk, never inside a sentence
        return _credit_like(s[m.end() :].split(")")[0], strict=False)
    if m.start() and label and not _group(m, "open"):
        before = s[: m.start()].rstrip()
        if before and before[-1].isalnum() and s[m.start()].islower():
            # "... lab | photo by X" is fine; "a photo: ..." mid-sentence needs a capital
            return before.endswith(("|", "/")) or len(s[m.end() :].split()) <= 6
    return True


_TITLE_ARTICLES = frozenset({"the", "a", "an", "der", "die", "das", "le", "la", "el", "il"})


def _credits_only(text: str) -> bool:
    """Is the text between two credit labels one more credit ("Jo Roe; ", "Slate. "), a
    short capitalised chunk closed by ";" or ".", not a caption?"""
    said = text.strip()
    if not said or said[-1] not in ";." or _INNER_SENTENCE.search(said[:-1] + " "):
        return False
    said = said[:-1].strip()
    return _credit_like(said, strict=False) and not any(w[:1].islower() for w in said.split())


def _repeats_credit(text: str, credit: str) -> bool:
    """Is the text between two credit labels the credit's own words, said once more?"""
    said = text.strip(_TRIM_TEXT + ".").casefold()
    return bool(said) and not _INNER_SENTENCE.search(text) and said in credit.casefold()


def _subject_credit(s: str) -> tuple[str | None, str | None] | None:
    """ "Marco Reus / Lars Baron/Getty Images": a gallery picture's subject, " / ", then a
    whole "Photographer/Agency" credit: the name before " / " is who is pictured."""
    head, sep, tail = s.rpartition(" / ")
    if not sep or "/" in head or "/" not in tail or " /" in tail or "/ " in tail:
        return None
    if _name_like(head) and _credit_like(tail, strict=True):
        return _clean_text(head), _clean_credit(tail)
    return None


def _split_bare(s: str) -> tuple[str | None, str | None]:
    """No label: a bare trailing credit after the last sentence, or a credit-only string."""
    subject = _subject_credit(s) if " / " in s else None
    if subject is not None:
        return subject
    if _credit_only(s) or (len(s.split()) <= 2 and s.isupper() and not _DIGIT.search(s)):
        return None, _clean_credit(s)
    if (
        _CREDIT_LEAD.match(s)
        and s[:1].isupper()
        and len(s.split()) <= 10
        and s[-1] not in ".!?"
        and not _INNER_SENTENCE.search(s)
    ):
        return None, _clean_credit(s)  # "Courtesy of the artist"
    if "|" in s:
        head, _, tail = s.rpartition("|")
        if head.strip() and _credit_like(tail, strict=False):
            ends = list(_SENTENCE_END.finditer(head)) if _has_hint(tail) or _outlet(tail) else []
            if ends and _name_like(head[ends[-1].end() :]) and not _agency(tail):
                cut = ends[-1].end()  # "... Monday. Jo Roe | Staff Photographer": name and role
                return _clean_text(s[:cut]), _clean_credit(s[cut:])
            return _clean_text(head), _clean_credit(tail)
    ends = list(_SENTENCE_END.finditer(s))
    best = None
    for end in reversed(ends[-4:]):
        tail = s[end.end() :].strip()
        if not (tail and _credit_like(tail, strict=False)):
            break
        if not _is_abbrev_end(s, end) and not _INITIALISM.match(s, end.start() - 1):
            best = end.end()
    if best is not None:
        return _clean_text(s[:best]), _clean_credit(s[best:])
    dash = _DASH_TAIL.search(s)
    if dash and dash.start() > 0:
        tail = dash.group("credit")
        if _credit_like(tail, strict=False) and ("/" in tail or _agency(tail) or _has_hint(tail)):
            return _clean_text(s[: dash.start()]), _clean_credit(tail)
    spaced = s.rfind(" / ")
    if spaced > 0 and s[-1] not in ".!?":
        tail = s[spaced + 3 :]
        if _credit_like(tail, strict=False) and (_agency(tail) or "/" in tail or _has_hint(tail)):
            return _clean_text(s[:spaced]), _clean_credit(tail)
    m = _VIA_TAIL.search(s)
    if m:
        start = _credit_start(s, m.start())
        slash = s.rfind("/", 0, m.start())
        between = s[slash + 1 : m.start()].split()
        if slash > 0 and 1 < len(between) <= 4 and all(w[:1].isupper() for w in between):
            # "Jo Roe/Middle East Images via AFP": the chain's words before "via", back to
            # its slash and the photographer's name before that
            token = s.rfind(" ", 0, slash) + 1
            start = min(start, _credit_start(s, token, 1)) if token > 0 else start
        if start > 0:
            return _clean_text(s[:start]), _clean_credit(s[start:])
    slash = s.rfind("/")
    if slash > 0 and "/" not in s[slash + 1 :] and s[-1] not in ".!?":
        start = _credit_start(s, s.rfind(" ", 0, slash) + 1 if " " in s[:slash] else 0, 1)
        if start > 0 and _credit_like(s[start:], strict=False):
            return _clean_text(s[:start]), _clean_credit(s[start:])
    m = _AGENCY_TAIL.search(s)
    if m and m.start() > 0 and s[-1] not in ".!?" and not _object_of(s, m.start()):
        ag = m.group("ag")
        if s[: m.start()].strip().casefold() in R.BARE_LABELS:
            return None, _clean_credit(m.group(0))  # "Foto ANSA": a label and its credit
        if ag.isupper() or ag[:1].isupper() or ag[:1].lower() == ag[:1].upper():
            # (a script without case, "... جدة - أ ف ب", counts as capitalised)
            return _clean_text(s[: m.start()]), _clean_credit(m.group(0))
    return _clean_text(s), None


def _object_of(s: str, pos: int) -> bool:
    """ "offices of Reuters", "issued by AFP": an agency after a short lower-case word (a
    preposition or article) is the object of the sentence, not a credit."""
    if pos == 0 or not s[pos - 1].isspace():
        return False
    words = s[:pos].split()
    prev = words[-1] if words else ""
    return prev.isalpha() and prev.islower() and len(prev) <= 4


def _is_abbrev_end(s: str, m: re.Match[str]) -> bool:
    """ "Calif. Jane Doe" is a sentence end; "Gov. Jane Doe" inside a sentence is not."""
    word = s[: m.start()].split()[-1] if s[: m.start()].split() else ""
    return word.casefold() in {"gov", "sen", "rep", "dr", "mr", "mrs", "ms", "st", "prof", "u.s"}


def _credit_start(s: str, pos: int, max_names: int = 2) -> int:
    """Walk left from pos over a name ("Ezra Shaw/…"): up to two capitalised words."""
    start = pos
    head = s[:pos]
    toks_before = head.split()
    taken = 0
    for n in (3, 2):  # "Lisa Stein/picture alliance": a slash then a known lower-case agency
        part = " ".join(toks_before[-n:])
        if len(toks_before) >= n and "/" in toks_before[-n] and _agency(part.rsplit("/", 1)[-1]):
            start = s.rfind(toks_before[-n], 0, start)
            del toks_before[-n:]
            taken = 1
            break
    while toks_before and taken < max_names and _NAME_TOKEN.match(toks_before[-1]):
        tok = toks_before.pop()
        start = s.rfind(tok, 0, start)
        taken += 1
        if toks_before and _ONE_INITIAL.fullmatch(toks_before[-1]) and taken < 3:
            continue
    # a name glued to the last caption word: "over the harbourJane Doe/AAP"
    if toks_before and taken < max_names:
        g = _LOWER_GLUE.fullmatch(toks_before[-1])
        if g:
            start = s.rfind(toks_before[-1], 0, start) + g.start(1)
    # glued caption+credit inside the first credit token: "BarcelonaAFP via Getty"
    seg = s[start:pos] if start < pos else s[pos : pos + 40]
    g = _CAPS_GLUE.search(seg)
    if g:
        start = (start if start < pos else pos) + g.start()
    return start


def split_caption(raw: str) -> Caption:
    """Split a figure caption into caption text and photo credit.

    Never raises; ``text`` is None when the string is only a credit, ``credit`` is None
    when there is none.

    >>> split_caption("Ducks on the pond. Photograph: Jo Bloggs/Agency").credit
    'Jo Bloggs/Agency'
    >>> split_caption("A fox in the snow (AP Photo/Sam Smith)").text
    'A fox in the snow'
    >>> split_caption("Paid for with a credit card.")
    Caption(raw='Paid for with a credit card.', text='Paid for with a credit card.', credit=None)
    >>> split_caption("REUTERS").credit
    'REUTERS'
    """
    if not isinstance(raw, str):
        return Caption(raw="", text=None, credit=None)
    try:
        if len(raw) > _MAX_LEN:
            return _split_long(raw)
        text, credit = _split(raw)
    except Exception:  # a splitter bug must not break a crawl: keep the caption whole
        text, credit = (raw.strip() or None), None
    return Caption(raw=raw, text=text, credit=credit)


def _split_long(raw: str) -> Caption:
    """Split only the tail of a very long string (a credit trails); keep it whole otherwise.

    The tail starts at a space so no word is cut in two, and its caption part must start
    where the tail starts: then head + tail caption is exactly the raw text minus the credit.
    """
    whole = Caption(raw=raw, text=raw.strip() or None, credit=None)
    cut = raw.find(" ", len(raw) - _MAX_LEN)
    if cut < 0:
        return whole
    head, tail = raw[:cut], raw[cut:]
    text, credit = _split(tail)
    if credit is None or text is None or not tail.strip().startswith(text[:50]):
        return whole
    return Caption(raw=raw, text=f"{head.strip()} {text}".strip(), credit=credit)
