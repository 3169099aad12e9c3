"""Find and normalise article dates in page text and HTML.

Aggregator pages show dates as text stamps ("9 hours ago", "Updated: 6:12am, 8 Jun, 2023",
"17:03 JST, June 19, 2023") and carry machine dates in meta tags, JSON-LD and ``time``
elements. This module turns both into ISO 8601 strings for the ``Article`` date fields.

Time zone policy, because the page often does not say:

* a date that names its zone or offset keeps it (``+09:00`` for JST; ``America/New_York``
  rules for "ET", so summer dates get ``-04:00``);
* a relative date ("9 hours ago", "Yesterday") is computed from ``now`` and carries ``now``'s
  zone; ``now`` defaults to the current UTC time, and a naive ``now`` is taken as UTC;
* an absolute date with no zone is returned **without** an offset ("2023-06-05T15:04:00"):
  guessing UTC would shift it by hours on most US and Australian pages, and the Article schema
  asks for the zone only "when known".

Outputs have second precision; years outside 1900 to ``now``'s year + 1 are rejected.
Parsing of free text is delegated to dateparser, after labels ("Updated:", "Publié le", …),
separators ("·", "|") and read-time stamps are stripped and zone abbreviations are resolved
from :mod:`newsclean.normalize._date_rules`. Machine strings take a stdlib fast path
(``datetime.fromisoformat`` / RFC 2822): ~7 µs a call against ~2 ms through dateparser.

No function here raises on bad input: unusable input gives ``None`` or an empty ``FoundDates``.
"""

from __future__ import annotations

import calendar
import functools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from email.utils import parsedate_to_datetime
from typing import Any, Final
from zoneinfo import ZoneInfo

import dateparser
import parsel

from ..core.page import HeadFacts, date_texts, scan_head, shows_headline
from ..rules import vocab
from ..rules.vocab import alternation as _alternation
from . import _date_rules as rules
from .scripts import DENSE, WORD_RUN

__all__ = ["FoundDates", "find_dates_in_html", "find_dates_in_text", "is_date_line", "parse_date"]


@dataclass(frozen=True, slots=True)
class FoundDates:
    """Publication and modification dates of one page, normalised and as shown."""

    published: str | None = None
    """ISO 8601 publication date, e.g. ``2023-06-19T09:30:00+00:00``."""

    published_raw: str | None = None
    """The publication date text or attribute value as it appears on the page."""

    modified: str | None = None
    """ISO 8601 modification date."""

    modified_raw: str | None = None
    """The modification date text or attribute value as it appears on the page."""


# --- compiled rules -------------------------------------------------------------------------


_LABEL_KIND: dict[str, rules.DateKind] = {label: kind for label, kind, _ in rules.LABELS}
_LABEL_LANGUAGE: dict[str, str] = {label: lang for label, _, lang in rules.LABELS}

# A label at the start of a segment, then optional ":" / "-" / spaces. Anchored alternation of
# literals: linear time.
_LABEL_RE = re.compile(
    rf"^\s*(?P<label>{_alternation([label for label, _, _ in rules.LABELS])})"
    r"(?![^\W_])[\s:：\-–—]*",  # (the full-width colon of CJK pages: "發布時間：")
    re.IGNORECASE,
)

_SEPARATOR_RE = re.compile(f"[{re.escape(rules.SEPARATORS)}]")
# A dash separates two stamps only before a label ("Publicado em 05/03/2026 — Atualizado em
# 06/03/2026"); elsewhere it joins a date and its time ("March 1, 2026 — 6.00am"). So does a
# comma before a label: a byline and its stamps in one sentence ("Par Anne Roe, publié le 7
# avril 2026 à 8h05, modifié le …"), where a comma inside a date ("March 4, 2026") is never
# followed by a label; and a plain space before a label right after a stamp's end (a digit, a
# zone, a bracket): two stamps in spans with no separator ("… March 4, 2026 Updated 6:10 PM").
# (Not before a label with only a time after it: "Updated March 6, 2025 — 4.15pm, first
# published at 1.30pm" is one stamp, its second time of the same day.)
_BEFORE_LABEL_RE = re.compile(
    r"(?:\s+[—–]\s+|,\s+|(?<=(?-i:[\dA-Z)]))\s+)"
    rf"(?=(?:{_alternation([label for label, _, _ in rules.LABELS])})(?![^\W_])"
    rf"(?![\s:]*(?:(?:{_alternation(list(rules.TIME_GLUE))})\s+)?"
    r"\d{1,2}[:.h]\d{2}\s?(?:[ap]\.?m\.?)?\s*(?:,|$)))",
    re.IGNORECASE,
)

_READ_TIME_SUFFIX = re.compile(r"\s*[·|•-]\s*\d{1,3} min(?:ute)?s? read$", re.IGNORECASE)
_READ_TIME_RE = re.compile(
    r"^\s*(?:reading\s+time\s*:?\s*)?\d{1,3}\s*(?:-\s*)?(?:min|mins|minutes?)\.?(?:\s+read)?\s*$",
    re.IGNORECASE,
)

# Upper-case zone abbreviation as a whole word, not followed by an offset ("GMT+1" is left to
# dateparser, which reads it right), optionally in parentheses.
_ZONE_RE = re.compile(rf"\(?(?<![\w+\-])(?P<zone>{_alternation(list(rules.ZONES))})(?![\w+\-])\)?")

_ISO_LIKE_RE = re.compile(r"^\d{4}-?\d{2}-?\d{2}(?:[T ]\d{2}|$)")
_RFC2822_RE = re.compile(
    r"^(?:[A-Z][a-z]{2},\s*)?\d{1,2}\s+[A-Z][a-z]{2}\s+\d{4}\s+\d{1,2}:\d{2}(?::\d{2})?\s+"
    r"(?:[+\-]\d{4}|GMT|UT|UTC|Z)$"
)
_EPOCH_RE = re.compile(r"^\d{10}(?:\d{3})?$")
_COMPACT_STAMP_RE = re.compile(r"^((?:19|20)\d{6})(\d{4}|\d{6})$")
# Chinese and Japanese stamps: "2026年03月05日 11:24", "2026年3月4日 下午3:45" (no zone named).
_CJK_DATE_RE = re.compile(
    r"(?<!\d)(?P<y>\d{4})\s?年\s?(?P<m>\d{1,2})\s?月\s?(?P<d>\d{1,2})\s?日"
    r"(?:[^\d]{0,6}?(?P<half>上午|下午|午前|午後)?\s?(?P<H>\d{1,2})[:：時时]\s?(?P<M>\d{2}))?"
)
_NUMERIC_HALF_RE = re.compile(
    r"(?<!\d)(?:(?P<y>\d{4})[./-]\s?)?(?P<m>\d{1,2})[./-]\s?(?P<d>\d{1,2})\.?\s?"
    r"(?:[(（][^\d\s()（）]{1,3}[)）])?\s?(?P<half>오전|오후|上午|下午|午前|午後)?\s?"
    r"(?P<H>\d{1,2}):(?P<M>\d{2})(?!\d)"
)
"""A Korean or Japanese numeric stamp: "2026.12.06. 오전 9:41" (a morning or afternoon word
before a 12-hour time), "12/5(金) 9:30" (month and day with the weekday's character in
brackets, the year left out: the latest such day not after today)."""
_AFTERNOON = ("下午", "午後", "오후")
# Thai stamps: "22 ก.พ. 2569 - 10:15 น." (a Buddhist-era year, 543 ahead; the time optional).
_THAI_DATE_RE = re.compile(
    rf"(?<!\d)(?P<d>\d{{1,2}})\s*(?P<mon>{_alternation(list(rules.THAI_MONTHS))})\s*"
    r"(?P<y>\d{4})(?:[^\d]{0,4}(?P<H>\d{1,2})[:.](?P<M>\d{2}))?"
)
_BUDDHIST_ERA = 543
# "05/03/2026 às 14h20", "le 3 mars à 18h02": the glue word goes and "14h20" becomes "14:20".
_TIME_GLUE_RE = re.compile(
    rf"(?<![^\W\d_])(?:{_alternation(list(rules.TIME_GLUE))})(?=\s+\d)", re.IGNORECASE
)
_H_TIME_RE = re.compile(r"(?<![\d:])(\d{1,2})\s?h\s?(\d{2})(?!\d)")
# A dotted all-numeric date ("04.03.2025", "4.3.25") is written day first in every language
# that uses it; dateparser reads it month first unless told.
# "03.12.2026", "3.12.26", and with a space after each dot as Czech and Slovak set it,
# "3. 12. 2026" (the year then in full).
_DOTTED_DATE_RE = re.compile(
    r"(?<![\d.])\d{1,2}\.(?:\d{1,2}\.(?:\d{4}|\d{2})| \d{1,2}\. (?:19|20)\d\d)(?![\d.])"
)
# A separator between a date and its own time ("04.03.2025 · 10:20 Uhr", "March 4, 2026 |
# 9:15 am"): the time is part of the stamp, not a stamp of its own, so the two are read as one.
_TIME_AFTER_DATE_RE = re.compile(
    rf"(?<=\d)\s*[{re.escape(rules.SEPARATORS)}]\s*(?="
    r"(?:\d{1,2}[:.h]\d{2}|\d{1,2}\s?[ap]\.?m\.?)"
    rf"(?:\s?(?:{_alternation(rules.TIME_SUFFIXES)}))?"
    rf"(?:\s+\(?(?:{_alternation(list(rules.ZONES))})\)?)?"
    rf"\s*(?:[{re.escape(rules.SEPARATORS)}]|$))",
    re.IGNORECASE,
)

# Seconds per unit of "N <unit> ago". Months and years vary in length: those go to dateparser.
_RELATIVE_UNIT_SECONDS: dict[str, int] = {
    **dict.fromkeys(("seconds", "second", "secs", "sec", "s"), 1),
    **dict.fromkeys(("minutes", "minute", "mins", "min", "m"), 60),
    **dict.fromkeys(("hours", "hour", "hrs", "hr", "h"), 3600),
    **dict.fromkeys(("days", "day", "d"), 86400),
    **dict.fromkeys(("weeks", "week", "wks", "wk", "w"), 7 * 86400),
}
_RELATIVE_FAST_RE = re.compile(
    r"^(?:(?P<n>\d{1,4}|an?|one)\s*(?P<unit>"
    + _alternation(list(_RELATIVE_UNIT_SECONDS))
    + r")\.?\s+ago|(?P<word>just now|now|today|yesterday))$",
    re.IGNORECASE,
)

_MONTHS = _alternation(rules.MONTHS)
# The anchors' months: every language's, and the Thai names and dotted abbreviations ("ธ.ค.").
_ANCHOR_MONTHS = _alternation([*rules.MONTHS, *rules.THAI_MONTHS])
_UNITS = _alternation(rules.RELATIVE_UNITS)
_ALL_UNITS = _alternation(rules.TIME_UNITS)
# Something only a date stamp has. Bounded repeats and no nested quantifiers: linear time.
# Digits are delimited with (?<!\d)/(?!\d) rather than \b so that "2023-06-19T09:30" matches.
_DATE_ANCHOR_RE = re.compile(
    r"(?<!\d)\d{1,2}:\d{2}(?!\d)"  # 3:04, 17:03
    r"|(?<!\d)\d{1,2}h\d{2}(?!\d)"  # 17h03
    # June 5, Aug 2022; the edges are (?<!\w)/(?!\w), not \b, as a month may end in a mark
    # ("जनवरी", "ธ.ค.") where \b finds no edge
    rf"|(?<!\w)(?:{_ANCHOR_MONTHS})(?!\w)\.?\s{{0,3}},?\s{{0,3}}\d{{1,4}}(?!\d)"
    rf"|(?<!\d)\d{{1,2}}(?:st|nd|rd|th|er)?\.?\s{{0,3}}(?:de\s{{1,3}})?"  # 8 Jun
    rf"(?:{_ANCHOR_MONTHS})(?!\w)"
    r"|(?<!\d)\d{1,4}[/.\-]\d{1,2}[/.\-]\d{1,4}(?!\d)"  # 2023-06-19, 05/06/2023
    r"|(?<!\d)\d{1,2}\. \d{1,2}\. \d{4}(?!\d)"  # 7. 12. 2026 (Croatian, Czech, Slovak)
    # 2025年4月11日, 2025년 4월 11일
    r"|(?<!\d)\d{1,4}\s?[年년]\s?\d{1,2}\s?[月월]\s?\d{1,2}\s?[日일号]"
    rf"|(?<![\w.])(?:\d{{1,4}}|an?|one)\s{{0,3}}(?:{_UNITS})\.?\s{{1,3}}ago\b"  # 9 hours ago
    r"|^\W{0,3}(?:yesterday|today|just now|hier|gestern|ayer|aujourd'hui|heute|hoy|ieri|oggi"
    r"|ontem|hoje|gisteren|vandaag)\b"
    r"|(?<!\w)(?:il y a|vor|hace|há)\s{1,3}\d{1,4}(?!\d)"  # il y a 3 heures, vor 3 Stunden
    # 3 ore fa, 3 godz. temu, 3 часа назад
    rf"|(?<![\w.])\d{{1,4}}\s{{0,3}}(?:{_ALL_UNITS})\.?\s{{1,3}}(?:fa|geleden|temu|назад)(?!\w)"
    r"|(?<!\d)\d{1,4}\s?(?:時間|分|日|秒|小时|分钟|天|秒钟|周|週間|か月|ヶ月|个月)前"  # 3時間前
    r"|(?<!\d)\d{1,3}\s{0,3}-?\s{0,3}(?:min|mins|minutes?)\.?\s{1,3}read\b"  # 4 min read
    r"|^\W{0,3}\d{1,3}\s?(?:mins?|hrs?|[mhdw])\W{0,2}$",  # "· 5h", "3d": a reader's card age
    re.IGNORECASE,
)
# A number and the letters glued to it, a word (its combining marks kept: "दिसंबर" is one
# word, not four), or one other character.
_TOKEN_RE = re.compile(rf"(\d+)((?:{WORD_RUN})?)|{WORD_RUN}|\S")

_LABEL_WORDS = frozenset(w for label, _, _ in rules.LABELS for w in label.split())
_DATE_WORDS: frozenset[str] = frozenset(
    part.casefold()
    for w in (
        *rules.MONTHS,
        *rules.WEEKDAYS,
        *rules.TIME_UNITS,
        *rules.EXTRA_WORDS,
        *_LABEL_WORDS,
        *rules.ZONES,
        *rules.THAI_MONTHS,
    )
    # "segunda-feira" is read as "segunda", "-", "feira"; the Thai "ธ.ค." as "ธ", ".", "ค", "."
    for part in w.replace("-", " ").replace(".", " ").split()
)

# Line length past which nothing is a date line (a stamp with two dates is ~90 characters).
_MAX_LINE_CHARS = 160


# --- small helpers --------------------------------------------------------------------------


def _as_utc_aware(now: datetime | None) -> datetime:
    """``now`` as an aware datetime: current UTC when missing, UTC when naive."""
    if now is None:
        return datetime.now(UTC)
    if now.tzinfo is None or now.utcoffset() is None:
        return now.replace(tzinfo=UTC)
    return now


_HAS_TIME = re.compile(
    r"(?<![\d.])\d{1,2}[:.h]\d{2}(?![\d.])|\d\s?[ap]\.?m\b|\bago\b|\bnoon\b|\bmidnight\b|\dT\d",
    re.IGNORECASE,
)


def _is_bare_day(dt: datetime) -> bool:
    return dt.tzinfo is None and (dt.hour, dt.minute, dt.second) == (0, 0, 0)


def _stamp_iso(dt: datetime, raw: str) -> str:
    """ISO text of a parsed stamp; a stamp that names no time is a day, not midnight."""
    if _is_bare_day(dt) and not _HAS_TIME.search(raw):
        return dt.date().isoformat()
    return _iso(dt)


def _iso(dt: datetime) -> str:
    return dt.replace(microsecond=0).isoformat()


def _zone_tzinfo(abbr: str) -> tzinfo:
    name, minutes = rules.ZONES[abbr]
    if name is not None:
        try:
            return ZoneInfo(name)
        except (OSError, ValueError):  # no IANA database on this machine: use standard time
            pass
    return timezone(timedelta(minutes=minutes))


def _squash(text: str) -> str:
    # NBSP, thin spaces, newlines: one plain space, so the regexes and dateparser see one form.
    return " ".join(text.split())


def _strip_label(segment: str) -> tuple[str, rules.DateKind | None, str | None]:
    """Remove a leading label; return (rest, kind of the label, language of the label)."""
    match = _LABEL_RE.match(segment)
    if match is None:
        return segment.strip(), None, None
    label = match.group("label").casefold()
    return segment[match.end() :].strip(), _LABEL_KIND.get(label), _LABEL_LANGUAGE.get(label)


def without_read_time(line: str) -> str:
    """A stamp line without the reading time printed after it ("· 4 min read"): the date as
    the page shows it.

    >>> without_read_time("March 3, 2025 · 4 min read")
    'March 3, 2025'
    """
    return _READ_TIME_SUFFIX.sub("", line)


def _segments(line: str) -> list[str]:
    """Date-bearing parts of a stamp line: split at separators (a date keeps the time shown
    after it), read-time parts dropped."""
    parts = (p.strip() for p in _SEPARATOR_RE.split(_TIME_AFTER_DATE_RE.sub(" ", line)))
    return [p for p in parts if p and not _READ_TIME_RE.match(p)]


# --- parsing --------------------------------------------------------------------------------


def _parse_machine(text: str) -> datetime | None:
    """Stdlib parse of ISO 8601, RFC 2822 and epoch seconds; ``None`` when not one of those."""
    if _ISO_LIKE_RE.match(text):
        try:
            return datetime.fromisoformat(text)
        except ValueError:
            return None
    if _RFC2822_RE.match(text):
        try:
            return parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
    compact = _COMPACT_STAMP_RE.match(text)
    if compact:  # "20260314150200": Korean portals' og:regDate, a day and a time run together
        try:
            return datetime.fromisoformat(f"{compact[1]}T{compact[2]}")
        except ValueError:
            return None
    if _EPOCH_RE.match(text):
        seconds = int(text) / (1000 if len(text) == 13 else 1)
        dt = datetime.fromtimestamp(seconds, UTC)
        return dt if 1990 <= dt.year <= 2100 else None
    return None


def _parse_relative_fast(text: str, now: datetime) -> datetime | None:
    """English "N units ago", "just now", "today", "yesterday" without dateparser."""
    match = _RELATIVE_FAST_RE.match(text)
    if match is None:
        return None
    word = match.group("word")
    if word is not None:
        return now - timedelta(days=1) if word.casefold() == "yesterday" else now
    number = match.group("n").casefold()
    count = int(number) if number.isdigit() else 1
    return now - timedelta(seconds=count * _RELATIVE_UNIT_SECONDS[match.group("unit").casefold()])


def _parse_cjk(text: str, now: datetime) -> datetime | None:
    """A Chinese or Japanese ``年月日`` stamp (dateparser reads none of the default languages'
    words in it), with its time when shown; no zone is named, so none is given."""
    match = _CJK_DATE_RE.search(text)
    if match is None:
        return _parse_numeric_half(text, now)
    hour, minute = int(match.group("H") or 0), int(match.group("M") or 0)
    if match.group("half") in _AFTERNOON and hour < 12:
        hour += 12
    try:
        return datetime(int(match.group("y")), int(match.group("m")), int(match.group("d")),
                        hour, minute)
    except ValueError:
        return None


def _parse_numeric_half(text: str, now: datetime) -> datetime | None:
    """``_NUMERIC_HALF_RE``'s stamps, only with their CJK mark (a weekday in brackets or a
    half-day word): plain numeric dates stay with dateparser and its day-first rules."""
    match = _NUMERIC_HALF_RE.search(text)
    if match is None:
        return None
    if not (match.group("half") or "(" in match.group(0) or "（" in match.group(0)):
        return None
    hour, minute = int(match.group("H")), int(match.group("M"))
    if match.group("half") in _AFTERNOON and hour < 12:
        hour += 12
    month, day = int(match.group("m")), int(match.group("d"))
    try:
        if match.group("y"):
            return datetime(int(match.group("y")), month, day, hour, minute)
        found = datetime(now.year, month, day, hour, minute)
        if (month, day) > (now.month, now.day):
            found = found.replace(year=now.year - 1)
        return found
    except ValueError:
        return None


def _parse_thai(text: str) -> datetime | None:
    """A Thai stamp, its Buddhist-era year brought back to the common era."""
    match = _THAI_DATE_RE.search(text)
    if match is None:
        return None
    year = int(match.group("y"))
    try:
        return datetime(year - _BUDDHIST_ERA if year > 2400 else year,
                        rules.THAI_MONTHS[match.group("mon")], int(match.group("d")),
                        int(match.group("H") or 0), int(match.group("M") or 0))
    except ValueError:
        return None


_EN_MONTHS: Final = vocab.ordered("months", "en")
_EN_MONTH_NUMBER: Final = {
    name: next(n for n, full in enumerate(_EN_MONTHS[:12], 1) if full.startswith(name))
    for name in _EN_MONTHS
}
# "thur", "thurs": words of ours dateparser does not read (it fails the stamp): left to it.
_EN_WEEKDAYS: Final = _alternation(
    [w for w in vocab.ordered("weekdays", "en") if w not in ("thur", "thurs")]
)
_EN_MONTH = _alternation(list(_EN_MONTH_NUMBER))
# The stamps most pages show, read by a pattern where dateparser takes ~1-6 ms (it tries
# every parser of every applicable language) to the same answer (tests/test_dates_fast.py
# holds each to dateparser's on a grid of its shapes). What matches none goes to dateparser.
_CLOCK = (
    r"(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?(?:\s?(?P<ap>[ap])\.?m\b\.?)?"
)
# (a glue word such as "at" is gone, leaving a double space; a dash may stand between the
# day and its time: "18 de febrero de 2025 - 09:15"; "Uhr" read in German only)
_AT_CLOCK = rf"(?:(?:,?\s{{1,3}}|\s{{1,3}}[-–—]\s{{1,3}}){_CLOCK}(?P<uhr>\s{{1,3}}uhr)?)?$"
# An English stamp with its month named: "March 4th, 2025", "Thu, 13 March 2025  7:42 a.m.", and
# its time first: "6:12am, 8 Jun, 2023", "3:04 PM Mon, June 5, 2023".
_EN_DATE = (
    rf"(?:(?:{_EN_WEEKDAYS})\.?,?\s)?"
    rf"(?:(?P<mon>{_EN_MONTH})\.?\s(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s(?P<mon2>{_EN_MONTH})\.?,?)"
    r"\s(?P<y>\d{4})"
)
_EN_DAY_RE = re.compile(_EN_DATE + _AT_CLOCK, re.IGNORECASE)
_EN_CLOCK_DAY_RE = re.compile(rf"{_CLOCK},?\s{{1,3}}{_EN_DATE}$", re.IGNORECASE)
# An all-numeric day: "04.03.2025", "5/15/2024 9:37:36 AM", "31-05-2025, 14:12".
_NUMERIC_DAY_RE = re.compile(
    rf"(?P<a>\d{{1,2}})(?P<sep>[./-])(?P<b>\d{{1,2}})(?P=sep)(?P<y>\d{{4}}){_AT_CLOCK}",
    re.IGNORECASE,
)
# A clock time alone ("3:04 PM", "17:40"): neither parser reads a day in it.
_CLOCK_ONLY_RE = re.compile(_CLOCK, re.IGNORECASE)
# An age ("3 months ago", "2h", "5 d"): no day the absolute parser reads (in up to ~70 ms for
# "3 months ago"); the relative parser counts it back from now, a card's age ("2h") in hours,
# days, weeks or minutes of wall-clock time, as counted here.
# The same in the other default languages: "hace 3 horas", "vor 3 Std.", "3 ore fa".
_AGE_UNITS = _alternation(
    vocab.ordered("time_units", "en", "en-short", *(lang for lang in rules.DEFAULT_LANGUAGES
                                                    if lang != "en"))
)
_AGE_FRAMES = {
    role: _alternation([word for lang in rules.DEFAULT_LANGUAGES
                        if lang in vocab.load("age_frames").sections
                        for word, said in vocab.mapping("age_frames", lang).items()
                        if said == role])
    for role in ("before", "after")
}
"""The default languages' words before the number of an age ("hace", "vor", "il y a", "há")
and after its unit ("fa", "geleden"): rules/age_frames.txt, which ``_age_pattern`` reads too."""
_AGE_RE = re.compile(
    r"(?:\d{1,4}|an?|one)\s(?:months?|years?)\s+ago|\d{1,3}\s?[hdmw]"
    rf"|(?:{_AGE_FRAMES['before']})\s{{1,3}}\d{{1,4}}\s{{1,3}}(?:{_AGE_UNITS})\.?"
    rf"|\d{{1,4}}\s{{1,3}}(?:{_AGE_UNITS})\.?\s{{1,3}}(?:{_AGE_FRAMES['after']})",
    re.IGNORECASE,
)
_CARD_AGE_RE = re.compile(r"(?P<n>\d{1,3})\s?(?P<unit>[hdmw])", re.IGNORECASE)
_MONTHS_AGO_RE = re.compile(
    r"(?P<n>\d{1,4}|an?|one)\s(?P<unit>month|year)s?\s+ago", re.IGNORECASE
)
"""An English age in months or years ("3 months ago", "a year ago"): the first branch of
``_AGE_RE``, which the relative parser counts back by calendar months (dateutil's
``relativedelta``, the day kept or the month's last), as counted here."""


_DEFAULT_SET = frozenset(rules.DEFAULT_LANGUAGES)


_UNIT_NAMES = ("second", "minute", "hour", "day", "week", "month", "year")
_DENSE_RE = re.compile(f"[{DENSE}]")


def _age_pattern(language: str) -> tuple[re.Pattern[str], dict[str, str]]:
    """An age in ``language`` ("hace 3 horas", "vor einer Stunde", "3 ore fa"), and the unit
    of each of its unit words: rules/time_units.txt's words with an "= unit" and the units only
    ages use, the words before or after the number and those for one: rules/age_frames.txt."""
    frames = vocab.mapping("age_frames", language)
    shared = language in vocab.load("time_units").sections
    units = {w.casefold(): u for w, u in vocab.mapping("time_units", language).items()
             if u} if shared else {}
    units.update((w.casefold(), u) for w, u in frames.items() if u in _UNIT_NAMES)
    ones = [w for w, role in frames.items() if role == "1"]
    count = rf"(?P<n>[0-9]{{1,4}}{'|' + _alternation(ones) if ones else ''})"
    # Scripts without spaces glue the words ("3小时前"; dateparser reads no "1 秒钟前").
    space = "" if _DENSE_RE.search("".join(frames)) else r"\s"
    age = rf"{count}{space}(?P<unit>{_alternation(list(units))})\.?"
    before = [w for w, role in frames.items() if role == "before"]
    after = [w for w, role in frames.items() if role == "after"]
    shapes = [rf"(?:{_alternation(before)}){space}{age}" if before else "",
              rf"{age}{space}(?:{_alternation(after)})" if after else ""]
    return re.compile("|".join(s for s in shapes if s), re.IGNORECASE), units


_AGE_PATTERNS = {lang: _age_pattern(lang) for lang in vocab.load("age_frames").sections}
"""Ages in the languages of rules/age_frames.txt, read without dateparser's ~1-2 ms."""


def _age_back(text: str) -> tuple[str, str, str] | None:
    """The language, unit and count of an age ("hace 3 horas": Spanish, hour, "3"; "vor
    einem Monat": German, month, "einem", one); None for other text."""
    for language, (pattern, units) in _AGE_PATTERNS.items():
        m = pattern.fullmatch(text)
        if m is not None:
            return language, units[m.group("unit").casefold()], m.group("n")
    return None


def _count_back(base: datetime, unit: str, count: str) -> datetime | None:
    """``base``'s wall-clock time ``count`` units back (a word for one is 1) in its zone, as
    dateparser's relative parser counts (dateutil's ``relativedelta``: months and years by
    the calendar)."""
    if unit in ("month", "year"):
        return _months_back(base, count, unit)
    back = timedelta(seconds=(int(count) if count.isdigit() else 1) * _RELATIVE_UNIT_SECONDS[unit])
    return (base.replace(tzinfo=None) - back).replace(tzinfo=base.tzinfo)


def _reads_age(languages: list[str], language: str) -> bool | None:
    """Whether dateparser with ``languages`` reads an age in ``language`` (as ``_age_back``
    counts it): True with the default languages, or with ``language`` first before them (a
    "Опубликовано:" label's retry); False when only the defaults are asked and ``language`` is
    none of them (it reads no day in "2 часа назад"); None for other lists: ask dateparser."""
    if _defaults(languages):
        return language in _DEFAULT_SET
    return True if languages[0] == language and _defaults(languages[1:]) else None


def _defaults(languages: list[str]) -> bool:
    """The default languages, in any order (what the fast readings were checked with)."""
    return len(languages) == len(_DEFAULT_SET) and _DEFAULT_SET.issuperset(languages)


_MONTH_KEYS = _EN_MONTHS[:12]
"""dateparser's names of the months in its language data: the English full names."""


@functools.cache
def _named_day(language: str) -> tuple[re.Pattern[str], dict[str, int]] | None:
    """A day-month-year stamp with its month named in ``language``, one of the default
    languages but English ("9 de abril de 2025", "12 mars 2025  09:30", "3. März 2025, 10:20
    Uhr"), and the month of each name: the names are dateparser's own (its language data,
    loaded once, ~0.1 s), so that the pattern reads only what dateparser would."""
    if language == "en" or language not in rules.DEFAULT_LANGUAGES:
        return None
    from dateparser.languages.loader import default_loader

    info = default_loader.get_locale(language).info
    months = {w.casefold(): n for n, name in enumerate(_MONTH_KEYS, 1) for w in info.get(name, ())}
    of = r"(?:de\s{1,3})?" if "de" in info.get("skip", ()) else ""  # "9 de abril de 2025"
    pattern = re.compile(
        rf"(?P<d>\d{{1,2}})\.?\s{{1,3}}{of}(?P<mon>{_alternation(list(months))})\.?,?"
        rf"\s{{1,3}}{of}(?P<y>\d{{4}}){_AT_CLOCK}",
        re.IGNORECASE,
    )
    return pattern, months


def _fast_day(text: str, languages: list[str], day_first: bool) -> datetime | None:
    """A stamp of a shape above read without dateparser (None: not one, ask dateparser).
    Only with the default languages (in any order): the answers were checked against
    dateparser's with those; a caller's own list goes to dateparser."""
    if not _defaults(languages):
        return None
    m = _NUMERIC_DAY_RE.match(text)
    if m is not None:
        # dateparser's order: day first when told, else its first language's, English's
        a, b = int(m.group("a")), int(m.group("b"))
        day, month = (a, b) if day_first else (b, a) if languages[0] == "en" else (0, 0)
        if month > 12:  # "31-05-2025" month first: dateparser takes the other order
            day, month = month, day
    elif languages[0] == "en" and (
        m := _EN_DAY_RE.match(text) or _EN_CLOCK_DAY_RE.match(text)
    ) is not None:
        month = _EN_MONTH_NUMBER[(m.group("mon") or m.group("mon2")).casefold()]
        day = int(m.group("d") or m.group("d2"))
    elif (named := _named_day(languages[0])) is not None and (
        m := named[0].match(text)
    ) is not None:
        month, day = named[1][m.group("mon").casefold()], int(m.group("d"))
    else:
        return None
    if "uhr" in m.groupdict() and m.group("uhr") and languages[0] != "de":
        return None
    hour, half = int(m.group("H") or 0), m.group("ap")
    if half is not None:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if half.casefold() == "p" else 0)
    try:
        return datetime(int(m.group("y")), month, day, hour, int(m.group("M") or 0),
                        int(m.group("S") or 0))
    except ValueError:  # (day 0: no order known; a day or an hour that cannot be)
        return None


def _dateparser(text: str, settings: dict[str, Any], languages: list[str]) -> datetime | None:
    try:
        result = dateparser.parse(text, languages=languages, settings=settings)
    except Exception:  # dateparser raises on odd input and unknown languages; never pass it on
        return None
    return result if isinstance(result, datetime) else None


def _day_first(text: str, languages: list[str], locale: str | None) -> bool:
    """Whether an all-numeric date in ``text`` puts the day first: always when dotted; else
    when the first language tried is not English (a "Publicado em" label, a page in Spanish)
    or the page's locale is not one of the month-first ones ("en-GB" is day first)."""
    if _DOTTED_DATE_RE.search(text) or (languages and languages[0] != "en"):
        return True
    return locale is not None and locale not in rules.MONTH_FIRST_LOCALES


def _parse_text(
    text: str, now: datetime, languages: list[str], locale: str | None = None
) -> datetime | None:
    """Parse one label-free date stamp with dateparser, resolving zone abbreviations first."""
    zone: tzinfo | None = None
    zone_match = _ZONE_RE.search(text)
    if zone_match is not None:
        zone = _zone_tzinfo(zone_match.group("zone"))
        text = _squash(text[: zone_match.start()] + " " + text[zone_match.end() :]).strip(" ,")
    base = now.astimezone(zone) if zone is not None else now
    # RELATIVE_BASE is naive wall-clock time; dateparser then returns naive results, which get
    # the right zone attached below. Without RETURN_AS_TIMEZONE_AWARE, dateparser returns an
    # aware datetime exactly when the text names an offset ("GMT+1"), naive otherwise; that is
    # how "no zone known" is told apart from "UTC".
    text = _H_TIME_RE.sub(r"\1:\2", _TIME_GLUE_RE.sub("", text))
    common: dict[str, Any] = {
        "PREFER_DATES_FROM": "past", "RELATIVE_BASE": base.replace(tzinfo=None),
    }
    day_first = _day_first(text, languages, locale)
    if day_first:
        # dateparser reads digits alone month first whatever the languages.
        common["DATE_ORDER"] = "DMY"
    # Absolute dates first; require day and month so that "2023", "June" or "12:00" alone are
    # not completed from `now` (dateparser would return today's date for them). The timestamp
    # parser is left out: it reads bare numbers in the machine's local zone.
    absolute_settings = {
        **common,
        "PARSERS": ["custom-formats", "absolute-time"],
        "REQUIRE_PARTS": ["day", "month"],
    }
    absolute = _fast_day(text, languages, day_first)
    age = False
    aged = _age_back(text) if absolute is None and languages else None
    if aged is not None and (reads := _reads_age(languages, aged[0])) is not None:
        # ("hace 3 horas": dateparser's relative reading, or "2 часа назад" unread, without
        # its ~1-2 ms)
        return _count_back(base, aged[1], aged[2]) if reads else None
    if absolute is None and _defaults(languages):
        if _CLOCK_ONLY_RE.fullmatch(text):
            return None  # (what dateparser's both parsers answer, in ~6 ms)
        age = _AGE_RE.fullmatch(text) is not None
        card = _CARD_AGE_RE.fullmatch(text) if age else None
        if card is not None:  # (dateparser's relative reading, without its ~0.6 ms)
            unit = _RELATIVE_UNIT_SECONDS[card.group("unit").casefold()]  # (h, d, w, m)
            back = timedelta(seconds=int(card.group("n")) * unit)
            return (base.replace(tzinfo=None) - back).replace(tzinfo=base.tzinfo)
        months = _MONTHS_AGO_RE.fullmatch(text) if age else None
        if months is not None:  # (the same, without its ~1-4 ms)
            return _months_back(base, months.group("n"), months.group("unit"))
    if absolute is None and not age:
        absolute = _dateparser(text, absolute_settings, languages)
    if absolute is not None:
        if absolute.tzinfo is None and zone is not None:
            return absolute.replace(tzinfo=zone)
        return absolute
    relative = _dateparser(text, {**common, "PARSERS": ["relative-time"]}, languages)
    if relative is not None and relative.tzinfo is None:
        return relative.replace(tzinfo=base.tzinfo)
    return relative


def _months_back(base: datetime, count: str, unit: str) -> datetime | None:
    """``base``'s wall-clock time ``count`` calendar months or years back ("a", "an" and
    "one" are 1), in ``base``'s zone, the day kept or the month's last (dateutil's
    ``relativedelta``, which dateparser counts with); None before year 1, as dateparser."""
    n = int(count) if count.isdigit() else 1
    months = base.year * 12 + base.month - 1 - (n if unit.casefold() == "month" else 12 * n)
    year, month = divmod(months, 12)
    if year < 1:
        return None
    day = min(base.day, calendar.monthrange(year, month + 1)[1])
    return base.replace(year=year, month=month + 1, day=day)


def _plausible(dt: datetime | None, now: datetime) -> datetime | None:
    """Drop years no news page means: dateparser reads "0100" in "+0100 5 June" as year 100."""
    if dt is None or not 1900 <= dt.year <= now.year + 1:
        return None
    return dt


def _parse_segment(
    segment: str,
    now: datetime,
    languages: Sequence[str] | None,
    hint: str | None,
    locale: str | None = None,
) -> datetime | None:
    return _plausible(_parse_segment_any(segment, now, languages, hint, locale), now)


def _parse_segment_any(
    segment: str,
    now: datetime,
    languages: Sequence[str] | None,
    hint: str | None,
    locale: str | None,
) -> datetime | None:
    if not segment:
        return None
    machine = _parse_machine(segment)
    if machine is not None:
        return machine
    fast = _parse_relative_fast(segment, now)
    if fast is not None:
        return fast
    cjk = _parse_cjk(segment, now) or _parse_thai(segment)
    if cjk is not None:
        return cjk
    label_language = hint
    if languages is None:
        langs = list(rules.DEFAULT_LANGUAGES)
        # A "Publié le" label: try French first; else the page's language.
        first = hint or (locale.partition("-")[0] if locale else None)
        if first is not None and first in langs:
            langs.remove(first)
            langs.insert(0, first)
        elif hint is not None:  # a label in its own language ("Опубликовано", "Cập nhật")
            langs.insert(0, hint)
    else:
        langs = [lang for lang in languages if isinstance(lang, str)]
    found = _parse_text(segment, now, langs, locale)
    if found is None and languages is None:
        found = _parse_retry(segment, now, langs, label_language, locale)
    return found


# A weekday before a stamp in a language dateparser is not asked for ("Thứ tư, 15/4/2026,
# 11:00", "Kamis, 12 Mar 2026 13:45 WIB"): the date after it reads in any language.
_LEADING_WEEKDAY_RE = re.compile(
    rf"^(?:{_alternation(list(rules.WEEKDAYS))})\.?,?\s+(?=\d)", re.IGNORECASE
)


def _parse_retry(
    segment: str, now: datetime, langs: list[str], hint: str | None, locale: str | None
) -> datetime | None:
    """A stamp the default languages do not read, read again (only then: dateparser's cost):
    without a leading weekday, then in its label's language when that is not a default one
    ("Publicerad 14 mars 2026", "Yayınlanma: 11 Mart 2026", "Опубликовано: 7 марта 2026")."""
    bare = _LEADING_WEEKDAY_RE.sub("", segment)
    if bare != segment:
        found = _parse_text(bare, now, langs, locale)
        if found is not None:
            return found
    if hint is not None and hint not in langs:
        return _parse_text(bare, now, [hint, *langs], locale)
    if hint is None and (month := _foreign_month_language(bare, langs)):
        return _parse_text(bare, now, [month, *langs], locale)
    return None


_WORD_RE = re.compile(r"[^\W\d_]+")


def _foreign_month_language(segment: str, langs: list[str]) -> str | None:
    """The language a stamp's month name is written in, when no language tried writes it
    ("Selasa, 01 Des 2026 10:20 WIB" is Indonesian): the first section of months.txt with it."""
    for word in _WORD_RE.findall(segment.casefold()):
        languages = rules.MONTH_LANGUAGES.get(word, ())
        if languages and not any(lang in langs for lang in languages):
            return languages[0]
    return None


def _parse_stamp(
    raw: str, now: datetime, languages: Sequence[str] | None, locale: str | None = None
) -> datetime | None:
    """First date in a stamp line, labels, separators and read times skipped."""
    text = _squash(raw)
    if not text or len(text) > rules.MAX_DATE_CHARS:
        return None
    machine = _plausible(_parse_machine(text), now)
    if machine is not None:
        return machine
    for segment in _segments(text):
        rest, _, hint = _strip_label(segment)
        dt = _parse_segment(rest, now, languages, hint, locale)
        if dt is not None:
            return dt
    return None


def parse_date(
    raw: str,
    *,
    now: datetime | None = None,
    languages: Sequence[str] | None = None,
    locale: str | None = None,
) -> str | None:
    """Visible or machine date text -> ISO 8601 (with the zone when known), or ``None``.

    Why: every source of dates (meta tags, JSON-LD, text stamps) ends up in one field format.
    Labels, separators and read times are ignored; relative dates count back from ``now``
    (aware; default current UTC). ``languages`` defaults to a short European list, the
    page's ``locale`` ("de", "en-GB") first when given. An all-numeric date is day first when
    dotted ("04.03.2025"), labelled in or on a page of a language other than English, or on a
    page whose English locale is not a month-first one; else month first ("04/03/2025" on an
    American page is April 3).

    >>> parse_date("Updated: 6:12am, 8 Jun, 2023")
    '2023-06-08T06:12:00'
    >>> parse_date("3:04 PM ET Mon, June 5, 2023")
    '2023-06-05T15:04:00-04:00'
    >>> parse_date("9 hours ago", now=datetime(2023, 6, 19, 12, 0, tzinfo=UTC))
    '2023-06-19T03:00:00+00:00'
    >>> parse_date("12 March 2025")
    '2025-03-12'
    >>> parse_date("04.03.2025 · 10:20 Uhr"), parse_date("04/03/2025", locale="en-GB")
    ('2025-03-04T10:20:00', '2025-03-04')
    """
    try:
        if not isinstance(raw, str):
            return None
        code = locale.replace("_", "-").casefold().strip() if isinstance(locale, str) else ""
        found = _parse_stamp(raw, _as_utc_aware(now), languages, code or None)
        if found is None:
            return None
        return _stamp_iso(found, raw)
    except Exception:  # last guard for the "never raises" promise (e.g. OverflowError)
        return None


# --- text form ------------------------------------------------------------------------------


def is_date_line(line: str) -> bool:
    """True when a whole line is only a date, time, relative-time or read-time stamp.

    Why: the text cleaner moves such lines out of the article body. Conservative: every word
    must be date vocabulary, so a sentence that mentions a date is never a date line.

    >>> is_date_line("07 Aug 2022 · 4 min read")
    True
    >>> is_date_line("Published 3:04 PM ET Mon, June 5, 2023")
    True
    >>> is_date_line("On June 5, 2023 the council voted to close the pool.")
    False
    """
    if not isinstance(line, str):
        return False
    text = line.strip()
    if not text or len(text) > _MAX_LINE_CHARS:
        return False
    folded = text.casefold()
    # Vocabulary first: ordinary text fails on its first non-date word, which is cheaper than
    # the anchor search over the whole line.
    for match in _TOKEN_RE.finditer(folded):
        digits, suffix = match.group(1), match.group(2)
        if digits is not None:
            # (a label glued to a time in scripts without spaces: "9:30配信")
            glued = suffix in rules.DIGIT_SUFFIXES or suffix in _DATE_WORDS
            if len(digits) > 4 or not glued:
                return False
            continue
        token = match.group(0)
        if token not in _DATE_WORDS and token not in rules.DATE_PUNCTUATION:
            return False
    return _DATE_ANCHOR_RE.search(folded) is not None


def find_dates_in_text(lines: Sequence[str], *, now: datetime | None = None) -> FoundDates:
    """Published and modified dates from the date stamps of a page's text form.

    Why: aggregators' text form has no markup; the dates are stamp lines or stamp parts of a
    line ("By Jane Roe · 07 Aug 2022 · 4 min read"). A stamp labelled "Updated"/"Last updated"
    (or a foreign equivalent) is the modified date; any other stamp is the published date. The
    first of each wins. A label alone on a line (or between separators) applies to the next
    stamp. Only stamp parts are parsed, so dates inside body sentences are never taken.

    >>> now = datetime(2023, 6, 19, 12, 0, tzinfo=UTC)
    >>> find_dates_in_text(["Tom Example", "9 hours ago"], now=now).published
    '2023-06-19T03:00:00+00:00'
    >>> found = find_dates_in_text(["17:03 JST, June 19, 2023", "Updated 18:10 JST, June 19, 2023"])
    >>> found.published, found.modified_raw
    ('2023-06-19T17:03:00+09:00', '18:10 JST, June 19, 2023')
    """
    try:
        return _find_dates_in_text(lines, _as_utc_aware(now))
    except Exception:  # keep the "never raises" promise for odd sequences
        return FoundDates()


_UPDATE_LABELS = tuple(label for label, kind, _ in rules.LABELS if kind == "modified")


def names_update_label(line: str) -> bool:
    """Could :func:`find_dates_in_text` read a modified date from this line? Only if one of
    the update labels is in it (a superset test: labels match case-insensitively, as here). A
    line without one gives a published date at most, which a caller can know without parsing
    the date."""
    text = _squash(line).lower()
    return any(label in text for label in _UPDATE_LABELS)


def _find_dates_in_text(lines: Sequence[str], now: datetime) -> FoundDates:
    if isinstance(lines, str):  # a whole text given instead of its lines
        lines = lines.splitlines()
    found: dict[rules.DateKind, tuple[str, str]] = {}
    pending: rules.DateKind | None = None
    for line in lines:
        if not isinstance(line, str):
            continue
        text = _squash(line)
        if not text or len(text) > _MAX_LINE_CHARS:
            pending = None
            continue
        label_only = _LABEL_RE.fullmatch(text)
        if label_only is not None:
            pending = _LABEL_KIND.get(label_only.group("label").casefold())
            continue
        line_kind, pending = pending, None
        for segment in _stamp_parts(text):
            segment = segment.strip()
            label_only = _LABEL_RE.fullmatch(segment)
            if label_only is not None:  # "Updated · 3 Mar 2022": the label is its own part
                line_kind = _LABEL_KIND.get(label_only.group("label").casefold())
                continue
            if not segment or _READ_TIME_RE.match(segment):
                continue
            if not is_date_line(segment):
                head = _labelled_stamp_head(segment)
                if head is None:
                    continue
                segment = head
            rest, label_kind, hint = _strip_label(segment)
            kind: rules.DateKind = label_kind or line_kind or "published"
            if kind in found:
                continue
            dt = _parse_segment(rest, now, None, hint)
            if dt is not None:
                found[kind] = (_stamp_iso(dt, rest), rest)
        if len(found) == 2:
            break
    return _found(found)


_STAMP_WORDS = 8  # "Published 3:45 PM EST, Wed March 4, 2026": a stamp has a few words
_TAIL_WORDS = 6  # "by admin", "作者：周晓岚 责任编辑：李明": what a stamp line adds after it
# A full stamp has a year or a clock time ("Released March 4" alone may be a sentence's start).
_FULL_STAMP_RE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)|(?<!\d)\d{1,2}[:.h]\d{2}(?!\d)")


def _labelled_stamp_head(segment: str) -> str | None:
    """A labelled stamp with a few other words after it and no separator between ("Posted on
    March 4, 2026 by admin", "發布時間：2026/04/11 14:30 記者林怡君／報導", its full-width space
    gone): the label and the longest run of words after it that is a full stamp; None for a
    part that starts with no label or runs on like a sentence."""
    label = _LABEL_RE.match(segment)
    if label is None:
        return None
    words = segment[label.end() :].split(" ")
    if len(words) > _STAMP_WORDS + _TAIL_WORDS:
        return None
    for n in range(min(len(words) - 1, _STAMP_WORDS), 0, -1):
        head = segment[: label.end()] + " ".join(words[:n])
        if is_date_line(head):
            return head if _FULL_STAMP_RE.search(head) else None
    return None


def _stamp_parts(text: str) -> Iterator[str]:
    for part in _SEPARATOR_RE.split(_TIME_AFTER_DATE_RE.sub(" ", text)):
        yield from _BEFORE_LABEL_RE.split(part)


def _found(found: dict[rules.DateKind, tuple[str, str]]) -> FoundDates:
    published = found.get("published")
    modified = found.get("modified")
    return FoundDates(
        published=published[0] if published else None,
        published_raw=published[1] if published else None,
        modified=modified[0] if modified else None,
        modified_raw=modified[1] if modified else None,
    )


# --- HTML -----------------------------------------------------------------------------------


def find_dates_in_html(
    html_or_selector: str | parsel.Selector | None = None,
    *,
    now: datetime | None = None,
    head: HeadFacts | None = None,
    url: str | None = None,
) -> FoundDates:
    """Published and modified dates from an HTML page's machine-readable markup.

    Why: publishers' markup is more exact than visible stamps. Sources, most trusted first:
    meta tags (``article:published_time``, ``og:updated_time``, ``parsely-pub-date``,
    ``sailthru.date``, ``dc.date``…), JSON-LD (``datePublished``/``dateModified``, with
    ``@graph`` and lists; article types first), then ``time[datetime]`` with ``pubdate`` or
    ``itemprop``, or inside ``article``/``header``. Each field takes the first source that has
    it; the raw value is the attribute or JSON string as given. ``head`` is the page's facts
    already scanned (:func:`newsclean.core.page.scan_head`): the markup is then not read again.
    ``url`` is the address the page was fetched from, whose path may date it when nothing
    else does.

    >>> html = '<meta property="article:published_time" content="2023-06-19T09:30:00Z">'
    >>> find_dates_in_html(html).published
    '2023-06-19T09:30:00+00:00'
    >>> ld = '<script type="application/ld+json">{"@graph": [{"@type": "NewsArticle",'
    >>> ld += ' "dateModified": "2023-06-20T08:00:00+01:00"}]}</script>'
    >>> find_dates_in_html(ld).modified
    '2023-06-20T08:00:00+01:00'
    """
    try:
        if head is None:
            if isinstance(html_or_selector, parsel.Selector):
                head = scan_head(html_or_selector.root)
            elif isinstance(html_or_selector, str) and html_or_selector.strip():
                head = scan_head(parsel.Selector(text=html_or_selector).root)
            else:
                return FoundDates()
        return _find_dates_in_html(head, _as_utc_aware(now), url)
    except Exception:  # broken markup must not stop an extraction
        return FoundDates()


def _find_dates_in_html(head: HeadFacts, now: datetime, url: str | None = None) -> FoundDates:
    """Each kind's first source wins, as the docstring above ranks them; but where that date
    is given in UTC (or with no zone) and another source of the page gives the same instant
    with the page's own offset, that one is kept: the day and time the page's readers see."""
    found: dict[rules.DateKind, tuple[str, str]] = {}
    instants: dict[rules.DateKind, datetime] = {}
    local: dict[rules.DateKind, tuple[str, str]] = {}
    for source in _SOURCES:
        for kind, raw in source(head):
            if not raw or (kind in found and kind in local):
                continue
            iso = parse_date(raw, now=now)
            if iso is None:
                continue
            if kind not in found:
                found[kind] = (iso, raw.strip())
                instants[kind] = _instant(iso)
                if _has_own_offset(iso):
                    local[kind] = found[kind]
            elif _has_own_offset(iso) and (
                _same_instant(instants[kind], _instant(iso))
                or _utc_wall_clock(instants[kind], _instant(iso))
            ):
                local[kind] = (iso, raw.strip())
    stamps: list[tuple[rules.DateKind, tuple[str, str]]] | None = None
    for kind, (iso, raw) in found.items():
        if kind in local:
            continue
        if placed := _time_text_offset(head, iso, now):
            local[kind] = (placed, raw)
        elif _instant(iso).utcoffset() in (timedelta(0), None) and "T" in iso:
            stamps = list(_visible_stamps(head, now, clocked=True)) if stamps is None else stamps
            if placed := _stamp_offset(stamps, kind, iso):
                local[kind] = (placed, raw)
    if "published" not in found:
        # A shown stamp names no offset and costs dateparser calls: read only for a page whose
        # markup gives no publication date (then its "Updated …" stamp comes with it).
        for kind, stamp in _visible_stamps(head, now):
            found.setdefault(kind, stamp)
    if "published" not in found:
        day = _url_day(head, now, url)
        if day is not None:
            found["published"] = day
    return _found({**found, **local})


# A day in a story's path, as blogs and news CMSes file it: "/2026/01/29/slug", "/2026-01-29/".
_URL_DAY = re.compile(r"/((?:19|20)\d\d)([/-])(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?:/|$|[-_])")


def _url_day(head: HeadFacts, now: datetime, fetched: str | None) -> tuple[str, str] | None:
    """Last resort, as htmldate and trafilatura read it: the day the page's own URL (its
    canonical or ``og:url``, else the address it was fetched from) is filed under, when no
    markup and no shown stamp dates it."""
    for url in (head.canonical, head.tags.get("og:url"), fetched):
        found = _URL_DAY.search(url or "")
        if found:
            year, _, month, day = found.groups()
            try:
                stamp = _plausible(datetime(int(year), int(month), int(day)), now)
            except ValueError:  # "/2026/02/30/"
                return None
            return (stamp.date().isoformat(), found.group(0)) if stamp else None
    return None


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _time_text_offset(head: HeadFacts, iso: str, now: datetime) -> str | None:
    """A UTC date in the offset a ``<time>`` of the same instant shows it in: "02.03.2026 -
    16:10 Uhr" under ``datetime="2026-03-02T15:10:00Z"`` is "+01:00", "6:05 p.m. ET" under
    "23:05Z" is "-05:00". The element's text is the stamp its readers see; its attribute is
    often written in UTC by the CMS; a zoneless ``datetime`` is that wall clock itself. Only
    the story's own ``<time>`` (its header's, not a card's or a footer's), and only a text that
    gives its year: "2 hours ago" or "Mar 2, 5:20" is read against today, no stamp of that
    moment."""
    instant = _instant(iso)
    if instant.utcoffset() != timedelta(0) or not head.time_texts:
        return None
    for stamp in dict.fromkeys(s for s in (head.story_time, head.page_time) if s):
        machine = parse_date(stamp, now=now)
        if machine is not None and _instant(machine).tzinfo is None:
            if placed := in_shown_offset(iso, machine):
                return placed  # a zoneless datetime="2026-04-07T08:15": the wall clock itself
            continue
        text = head.time_texts.get(stamp)
        if text is None or _YEAR.search(text) is None:
            continue
        if machine is None or not _same_instant(instant, _instant(machine)):
            continue
        shown = parse_date(text, now=now)
        if shown is None:
            continue
        if _has_own_offset(shown) and _same_instant(instant, _instant(shown)):
            return shown
        if placed := in_shown_offset(iso, shown) or _shown_other_day(instant, shown):
            return placed
    return None


def _shown_other_day(instant: datetime, shown: str) -> str | None:
    """The day a ``<time>`` shows when it is the day before or after its UTC attribute's
    ("December 2, 2016" under "2016-12-01T23:29:49Z", a page set in a zone east of UTC): the
    page's own day, with no time, as no offset can be told from a day. Only a day some zone
    can reach (UTC-12 to UTC+14) from that moment counts."""
    try:
        wall = datetime.fromisoformat(shown)
    except ValueError:
        return None
    if not _is_bare_day(wall) or "T" in shown or wall.date() == instant.date():
        return None
    step = (wall.date() - instant.date()).days
    clock = instant - instant.replace(hour=0, minute=0, second=0, microsecond=0)
    if step == 1 and clock >= timedelta(days=1) - _MAX_OFFSET:
        return shown
    if step == -1 and clock < _MAX_WEST:
        return shown
    return None


def _stamp_offset(
    stamps: list[tuple[rules.DateKind, tuple[str, str]]], kind: rules.DateKind, iso: str
) -> str | None:
    """A UTC (or zoneless) date in the offset the page's visible stamp of the same kind shows
    it in, where that stamp is no ``<time>`` (a ``<span class="date">`` of "01.12.2026 10:20
    WIB", a Fusion "Published Dec. 1, 2026, 10:30 p.m. EST" whose meta says "03:30Z" of the
    next day; a zoneless meta "2026-11-28 08:30:00" under "28/11/2026, 08:30 WIB"): the day and
    time its readers see. Only a stamp of the same moment counts."""
    instant = _instant(iso)
    for stamp_kind, (shown, raw) in stamps:
        if stamp_kind != kind:
            continue
        if _has_own_offset(shown) and _same_instant(instant, _instant(shown)):
            return shown
        if placed := in_shown_offset(iso, shown) or in_shown_offset(iso, _swapped(shown, raw)):
            return placed
    return None


_SLASHED_DAY_RE = re.compile(r"(?<!\d)\d{1,2}/\d{1,2}/(?:19|20)?\d\d(?!\d)")


def _swapped(shown: str, raw: str) -> str:
    """An all-numeric "01/12/2026" stamp read the other way round (day and month swapped),
    for a page whose language the stamp alone does not tell: the machine date of the same
    moment decides which reading the page meant. The stamp itself where no swap applies."""
    if not _SLASHED_DAY_RE.search(raw):
        return shown
    try:
        wall = datetime.fromisoformat(shown)
        return wall.replace(month=wall.day, day=wall.month).isoformat()
    except ValueError:  # the day is no month (13 to 31): the stamp reads one way only
        return shown


_OFFSET_STEP = timedelta(minutes=15)  # every zone's offset is a whole number of quarter hours
_MAX_OFFSET = timedelta(hours=14)  # the farthest zones from UTC (Kiribati +14, Baker -12)
_MAX_WEST = timedelta(hours=12)


def in_shown_offset(machine: str, shown: str) -> str | None:
    """A UTC machine date in the offset its shown wall-clock stamp implies ("2026-03-11T05:40Z"
    shown "11.03.2026, 06:40 Uhr", read "2026-03-11T06:40:00": "2026-03-11T06:40:00+01:00");
    None unless the machine date is in UTC with a time, the shown one names no zone but a
    time, and they are one moment in a zone (a whole number of quarter hours away)."""
    try:
        instant, wall = datetime.fromisoformat(machine), datetime.fromisoformat(shown)
    except ValueError:
        return None
    midnight = (instant.hour, instant.minute, instant.second) == (0, 0, 0)  # a day, likely
    if instant.utcoffset() != timedelta(0) or midnight or wall.tzinfo or _is_bare_day(wall):
        return None
    gap = wall - instant.replace(tzinfo=None, second=0, microsecond=0)
    steps = round(gap / _OFFSET_STEP)
    offset = steps * _OFFSET_STEP
    if not steps or abs(offset) > _MAX_OFFSET or abs(gap - offset) >= _SAME_INSTANT:
        return None
    if abs(offset) % timedelta(hours=1) == _OFFSET_STEP:
        return None  # no zone is a quarter past the hour from UTC: another stamp's time
    return _iso(instant.astimezone(timezone(offset)))


_SAME_INSTANT = timedelta(minutes=1)


def _instant(iso: str) -> datetime:
    return datetime.fromisoformat(iso)


def _has_own_offset(iso: str) -> bool:
    """True for a date with a UTC offset other than zero (a zone the page chose to show)."""
    offset = _instant(iso).utcoffset()
    return offset is not None and offset != timedelta(0)


def _utc_wall_clock(first: datetime, other: datetime) -> bool:
    """A zoneless stamp that is another's moment on the UTC clock: a meta
    "2026-12-03T15:00:00" a CMS wrote in UTC without saying so, beside JSON-LD's
    "2026-12-03T10:00:00-05:00"."""
    if first.tzinfo is not None or other.tzinfo is None:
        return False
    return abs(first - other.astimezone(UTC).replace(tzinfo=None)) <= _SAME_INSTANT


def _same_instant(first: datetime, other: datetime) -> bool:
    """Two stamps of one moment: equal instants, or, where the first names no zone, the same
    wall-clock time (a naive copy of the local stamp)."""
    if first.tzinfo is None:
        return abs(first - other.replace(tzinfo=None)) <= _SAME_INSTANT
    if other.tzinfo is None:
        return False
    return abs(first - other) <= _SAME_INSTANT


_META_RANK: dict[str, tuple[rules.DateKind, int]] = {
    **{key: ("published", i) for i, key in enumerate(rules.META_PUBLISHED)},
    **{key: ("modified", i) for i, key in enumerate(rules.META_MODIFIED)},
}


def _meta_candidates(head: HeadFacts) -> Iterator[tuple[rules.DateKind, str]]:
    ranked: list[tuple[int, rules.DateKind, str]] = []
    for keys, content in head.metas:
        for key in keys:  # property, name, itemprop, http-equiv: the first one ranked counts
            if key in _META_RANK:
                kind, rank = _META_RANK[key]
                ranked.append((rank, kind, content))
                break
    ranked.sort(key=lambda item: item[0])  # stable: page order within one key
    for _, kind, content in ranked:
        yield kind, content


_LATE_META_RANK = {key: i for i, key in enumerate(rules.META_PUBLISHED_LATE)}


def _late_meta_candidates(head: HeadFacts) -> Iterator[tuple[rules.DateKind, str]]:
    """The rarer publication tags (:data:`rules.META_PUBLISHED_LATE`), in their order."""
    ranked = sorted((
        (rank, content) for keys, content in head.metas
        for rank in [next((_LATE_META_RANK[k] for k in keys if k in _LATE_META_RANK), None)]
        if rank is not None
    ), key=lambda item: item[0])  # stable: page order within one name
    for _, content in ranked:
        yield "published", content


_JSONLD_FIELDS: tuple[tuple[str, rules.DateKind], ...] = (
    ("datePublished", "published"),
    ("dateCreated", "published"),
    ("dateModified", "modified"),
)


def _jsonld_candidates(head: HeadFacts) -> Iterator[tuple[rules.DateKind, str]]:
    articles: list[dict[str, Any]] = []
    others: list[dict[str, Any]] = []
    for node in head.jsonld:
        (articles if _is_article(node) else others).append(node)
    if len(articles) > 1:  # the page's own story first: it may describe related ones first
        articles.sort(key=lambda node: not shows_headline(head, node))
    for node in (*articles, *others):
        for field, kind in _JSONLD_FIELDS:
            value = _jsonld_string(node.get(field))
            if value is not None:
                yield kind, value
        if _types(node) & rules.JSONLD_VIDEO_TYPES and _shows_name(head, node):
            value = _jsonld_string(node.get("uploadDate"))  # a video page's own stamp
            if value is not None:
                yield "published", value


def _types(node: dict[str, Any]) -> set[str]:
    types = node.get("@type")
    return {t.casefold() for t in (types if isinstance(types, list) else [types])
            if isinstance(t, str)}


def _shows_name(head: HeadFacts, node: dict[str, Any]) -> bool:
    """A node named as the page's headline: the page's own video, not one its story embeds."""
    name = node.get("name")
    return isinstance(name, str) and shows_headline(head, {"headline": name})


def _is_article(node: dict[str, Any]) -> bool:
    types = node.get("@type")
    names = types if isinstance(types, list) else [types]
    return any(isinstance(t, str) and t.casefold() in rules.JSONLD_ARTICLE_TYPES for t in names)


def _jsonld_string(value: Any) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        for item in value:
            found = _jsonld_string(item)
            if found is not None:
                return found
    if isinstance(value, dict):
        inner = value.get("@value")
        return inner if isinstance(inner, str) else None
    return None


def _time_candidates(head: HeadFacts) -> Iterator[tuple[rules.DateKind, str]]:
    for value, itemprop, pubdate in head.times:
        if "datemodified" in itemprop:
            yield "modified", value
        elif "datepublished" in itemprop or pubdate:
            yield "published", value
    if head.story_time is not None:  # the first stamp of the article's own parts
        yield "published", head.story_time
    if head.page_time is not None:  # a header area built outside <article>
        yield "published", head.page_time


def _itemprop_candidates(head: HeadFacts) -> Iterator[tuple[rules.DateKind, str]]:
    for itemprop, value in head.itemprop_dates:
        yield ("modified" if itemprop == "datemodified" else "published"), value


# A time of day in a stamp ("15:12", "10.20", "10h30", "10 p.m.", "15時20分", "오후 3시"): only
# such a stamp can show the offset a UTC date is meant in.
_CLOCK_HINT = re.compile(
    r"(?<!\d)\d{1,2}\s?(?:[:hH]\s?\d\d|\.\d\d(?![\d.]))|\d\s?(?:[ap]\.?\s?m\b|[時时点點시])",
    re.I,
)


def _visible_stamps(
    head: HeadFacts, now: datetime, clocked: bool = False
) -> Iterator[tuple[rules.DateKind, tuple[str, str]]]:
    """Last resort: the stamp parts of a date-classed element's text, read as a stamp line of
    the text form ("Von Jana Roe | Erstellt: 07.02.2026, 15:12 Uhr"; "Updated …" is the modified
    date); a sentence that mentions a date is never one. ``clocked``: only texts showing a time
    of day (each text costs dateparser calls, ~3 ms; a day alone places no UTC date)."""
    for text in dict.fromkeys(date_texts(head)):  # a wrapper and its leaf: one text, read once
        if clocked and not _CLOCK_HINT.search(text):
            continue
        found = _find_dates_in_text([text], now)
        if found.published is None and found.modified is None:
            found = _after_outlet(text, now) or found
        if found.published is not None and found.published_raw is not None:
            yield "published", (found.published, found.published_raw)
        if found.modified is not None and found.modified_raw is not None:
            yield "modified", (found.modified, found.modified_raw)
        if found.published is None and found.modified is None and (
            _CJK_DATE_RE.search(text) or _THAI_DATE_RE.search(text)
        ):
            iso = parse_date(text, now=now)
            if iso is not None:
                yield "published", (iso, text.strip())


def _after_outlet(text: str, now: datetime) -> FoundDates | None:
    """The stamp after an outlet's name and a dash ("Warta Kota - 07/12/2026, 14:05 WIB", as
    Indonesian portals print it), or None when what follows the dash is no stamp."""
    _, dash, tail = text.rpartition(" - ")
    if not dash or not is_date_line(tail):
        return None
    return _find_dates_in_text([tail], now)


_SOURCES = (
    _meta_candidates, _jsonld_candidates, _late_meta_candidates, _itemprop_candidates,
    _time_candidates,
)
