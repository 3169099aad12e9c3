"""Tables for :mod:`newsclean.normalize.dates`: labels, time zones, meta keys, date vocabulary.

Kept apart from the code so that a new label or zone is a one-line data change. Zones and meta
keys are literals here; labels, glue words and the month, weekday and time-unit words (shared
with bylines) come from the word lists in :mod:`newsclean.rules`. ``dates.py`` compiles the
regexes once at import.
"""

from __future__ import annotations

from typing import Final, Literal

from ..rules.vocab import Vocabulary, VocabularyError, load, ordered

DateKind = Literal["published", "modified"]

# Languages dateparser tries when the caller gives none. Never ``None``: with no languages
# dateparser runs its language detection over ~200 locales, which took 2-5 s on a garbage string.
DEFAULT_LANGUAGES: Final[tuple[str, ...]] = ("en", "fr", "de", "es", "it", "pt", "nl")

# Longest input parse_date will look at: date stamps are short, and dateparser's cost grows with
# the length of what it is given.
MAX_DATE_CHARS: Final = 200


# Labels that precede a date stamp: (label, kind, language), from rules/date_labels.txt, whose
# sections are "<kind> <language>". Matched case-insensitively at the start of a segment, longest
# first, followed by optional ":", "-" or whitespace.
def labels_of(table: Vocabulary) -> tuple[tuple[str, DateKind, str], ...]:
    """(label, kind, language) triples of a labels table; a bad section name is an error."""
    out: list[tuple[str, DateKind, str]] = []
    for entry in table.entries:
        kind, _, language = entry.section.partition(" ")
        if kind not in ("published", "modified") or not language or " " in language:
            raise VocabularyError(
                f"{table.name}.txt:{entry.line}: section [{entry.section}] is not"
                " [<published|modified> <language>]"
            )
        out.append((entry.word, "published" if kind == "published" else "modified", language))
    return tuple(out)


LABELS: Final = labels_of(load("date_labels"))

# Characters that separate stamps on one line: "07 Aug 2022 · 4 min read", "… | Updated …".
SEPARATORS: Final = "·|•∙‧⋅"

# Zone abbreviations as shown on news pages: abbreviation -> (IANA zone or None, fixed offset in
# minutes). Generic names (ET, PT, …) carry a zone so that summer time is right: dateparser maps
# "ET" to a fixed -05:00 all year and does not know "CT". Specific names (EDT, JST, …) are fixed
# offsets. The offset is also the fallback when the IANA database is missing. Upper case only, so
# that the French "et" or a word like "Pt" is never read as a zone.
ZONES: Final[dict[str, tuple[str | None, int]]] = {
    # North America
    "ET": ("America/New_York", -300),
    "EST": (None, -300),
    "EDT": (None, -240),
    "CT": ("America/Chicago", -360),
    "CST": (None, -360),
    "CDT": (None, -300),
    "MT": ("America/Denver", -420),
    "MST": (None, -420),
    "MDT": (None, -360),
    "PT": ("America/Los_Angeles", -480),
    "PST": (None, -480),
    "PDT": (None, -420),
    "AKST": (None, -540),
    "AKDT": (None, -480),
    "HST": (None, -600),
    "AST": (None, -240),
    "ADT": (None, -180),
    "NST": (None, -210),
    "NDT": (None, -150),
    # Europe and Africa
    "GMT": (None, 0),
    "UTC": (None, 0),
    "BST": (None, 60),
    "WET": (None, 0),
    "WEST": (None, 60),
    "CET": (None, 60),
    "CEST": (None, 120),
    "MEZ": (None, 60),
    "MESZ": (None, 120),
    "EET": (None, 120),
    "EEST": (None, 180),
    "MSK": (None, 180),
    "SAST": (None, 120),
    "WAT": (None, 60),
    "EAT": (None, 180),
    # Asia
    "IST": (None, 330),  # India: far more common on news pages than Irish or Israel time
    "PKT": (None, 300),
    "ICT": (None, 420),
    "WIB": (None, 420),
    "SGT": (None, 480),
    "HKT": (None, 480),
    "PHT": (None, 480),
    "AWST": (None, 480),
    "JST": (None, 540),
    "KST": (None, 540),
    # Oceania
    "AET": ("Australia/Sydney", 600),
    "AEST": (None, 600),
    "AEDT": (None, 660),
    "ACST": (None, 570),
    "ACDT": (None, 630),
    "NZST": (None, 720),
    "NZDT": (None, 780),
}

# Month and weekday names (all languages, abbreviations included) and relative-time units are
# shared with the byline parser: newsclean/rules/months.txt, weekdays.txt, time_units.txt.
MONTHS: Final = ordered("months")
WEEKDAYS: Final = ordered("weekdays")

# Units of "N <unit> ago" (English), as shown on aggregator cards.
RELATIVE_UNITS: Final = ordered("time_units", "en", "en-short")

# Units in any language (" il y a 3 heures", "vor 3 Stunden"): date-line vocabulary.
TIME_UNITS: Final = ordered("time_units")

# Words (besides months, weekdays, zones, units and label words) a pure date line may contain.
EXTRA_WORDS: Final = ordered("date_words")

# Suffixes allowed right after digits in a date line: ordinals, "12am", "9h", "17h03", "1er".
DIGIT_SUFFIXES: Final[frozenset[str]] = frozenset(
    {
        "", "st", "nd", "rd", "th", "er", "e", "am", "pm", "a", "p", "h", "hr", "hrs", "m",
        "min", "mins", "d", "w", "s", "t", "z",
    }
)  # fmt: skip

# Punctuation allowed in a date line.
DATE_PUNCTUATION: Final[frozenset[str]] = frozenset(",.:;/-–—+()'’" + SEPARATORS)

# Meta tag keys (property, name, itemprop or http-equiv, lower-cased), most trusted first.
META_PUBLISHED: Final[tuple[str, ...]] = (
    "article:published_time",
    "og:article:published_time",
    "og:published_time",
    "datepublished",
    "parsely-pub-date",
    "sailthru.date",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "article.published",
    "article_date_original",
    "cxenseparse:recs:publishtime",
    "dc.date.issued",
    "dcterms.issued",
    "dcterms.created",
    "dc.date.created",
    "dc.date",
    "dcterms.date",
    "date",
)
META_MODIFIED: Final[tuple[str, ...]] = (
    "article:modified_time",
    "og:article:modified_time",
    "og:updated_time",
    "datemodified",
    "article.updated",
    "lastmod",
    "last-modified",
    "dc.date.modified",
    "dcterms.modified",
)

# JSON-LD types whose dates are the article's own (others, e.g. WebSite, come last).
JSONLD_ARTICLE_TYPES: Final[frozenset[str]] = frozenset(
    {
        "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle",
        "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "blogposting",
        "liveblogposting", "socialmediaposting", "techarticle", "scholarlyarticle", "report",
    }
)  # fmt: skip
