"""Tables for :mod:`newsclean.normalize.dates`: labels, time zones, meta keys, date vocabulary.

Kept apart from the code so that a new label or zone is a one-line data change. Meta keys are
literals here; labels, zones, glue words and the month, weekday and time-unit words (shared
with bylines) come from the word lists in :mod:`newsclean.rules`. ``dates.py`` compiles the
regexes once at import.
"""

from __future__ import annotations

import re
from typing import Final, Literal

from ..rules.vocab import Vocabulary, VocabularyError, load, mapping, ordered

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

# Zone abbreviations as shown on news pages, from rules/time_zones.txt (why each has a zone or
# only an offset is said there).
def zones_of(table: Vocabulary) -> dict[str, tuple[str | None, int]]:
    """abbreviation -> (IANA zone or None, offset in minutes) of a zones table."""
    out: dict[str, tuple[str | None, int]] = {}
    for entry in table.entries:
        parts = (entry.value or "").split()
        if len(parts) not in (1, 2) or not re.fullmatch(r"[-+]?\d{1,4}", parts[-1]):
            raise VocabularyError(
                f"{table.name}.txt:{entry.line}: {entry.word} is not ABBR = [IANA zone] minutes"
            )
        out[entry.word] = (parts[0] if len(parts) == 2 else None, int(parts[-1]))
    return out


ZONES: Final = zones_of(load("time_zones"))

# Month and weekday names (all languages, abbreviations included) and relative-time units are
# shared with the byline parser: newsclean/rules/months.txt, weekdays.txt, time_units.txt.
MONTHS: Final = ordered("months")
WEEKDAYS: Final = ordered("weekdays")


def month_languages(table: Vocabulary) -> dict[str, tuple[str, ...]]:
    """Month name -> the languages (the file's sections) that write it, in file order: the
    language to read a stamp in when its month is no default language's ("01 Des 2026")."""
    out: dict[str, tuple[str, ...]] = {}
    for entry in table.entries:
        out[entry.word] = (*out.get(entry.word, ()), entry.section)
    return out


MONTH_LANGUAGES: Final = month_languages(load("months"))

# Units of "N <unit> ago" (English), as shown on aggregator cards.
RELATIVE_UNITS: Final = ordered("time_units", "en", "en-short")

# Units in any language (" il y a 3 heures", "vor 3 Stunden"): date-line vocabulary.
TIME_UNITS: Final = ordered("time_units")

# Words (besides months, weekdays, zones, units and label words) a pure date line may contain.
EXTRA_WORDS: Final = ordered("date_words")
# Words between a date and its time, dropped before dateparser reads the stamp.
TIME_GLUE: Final = ordered("date_words", "time-glue")
# Locales that write numeric dates month first (rules/month_first_locales.txt); all others,
# and dotted dates anywhere, read day first.
MONTH_FIRST_LOCALES: Final = frozenset(ordered("month_first_locales"))
# Words printed right after a time ("10:20 Uhr", "10h20", "9:15 am"), by the time-glue entries.
TIME_SUFFIXES: Final = ordered("date_words", "time-suffix")
# Thai month names → month number (Thai stamps count years in the Buddhist era).
THAI_MONTHS: Final = {k: int(v or 0) for k, v in mapping("thai_months", "").items()}

# Suffixes allowed right after digits in a date line: ordinals, "12am", "9h", "17h03", "1er".
DIGIT_SUFFIXES: Final[frozenset[str]] = frozenset(
    {
        "", "st", "nd", "rd", "th", "er", "e", "am", "pm", "a", "p", "h", "hr", "hrs", "m",
        "min", "mins", "d", "w", "s", "t", "z",
        # CJK dates write the unit after each number: 2025年4月11日 16時20分, 2025년 4월 11일
        "年", "月", "日", "号", "時", "时", "分", "秒", "년", "월", "일", "시", "분", "초",
        # relative times of CJK readers' cards: 3時間前, 5分前, 3小时前, 2天前
        "時間前", "分前", "日前", "秒前", "小时前", "分钟前", "天前", "週間前", "か月前", "ヶ月前",
        "个月前",
    }
)  # fmt: skip

# Punctuation allowed in a date line.
# (the Arabic comma of Arabic and Persian stamps, "الأحد، 7 ديسمبر"; the full-width brackets
# around a Japanese weekday, "12月7日（日）")
DATE_PUNCTUATION: Final[frozenset[str]] = frozenset(",.:;/-–—+()'’：،（）" + SEPARATORS)

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
# Rarer names for the publication stamp (CMS themes, Dublin Core with a colon, citation and
# rNews tags), as htmldate reads them: read after JSON-LD, which they must not overrule. None
# of a page's render or crawl time ("timestamp") or another thing's date ("release_date").
META_PUBLISHED_LATE: Final[tuple[str, ...]] = (
    "dc:date",
    "dc.date.publication",
    "article:published",
    "article.created",
    "date_published",
    "published_date",
    "published-date",
    "published_time",
    "publication_date",
    "citation_publication_date",
    "rnews:datepublished",
    "originalpublicationdate",
    "shareaholic:article_published_time",
    "bt:pubdate",
    "item-publish-date",
    "displaydate",
    "pdate",
    "ptime",
    # more CMSes' and analytics tags' names for it, as htmldate reads them: Open Graph
    # variants, Korean portals' "og:regDate", Dublin Core's "created", Highwire's date
    "og:article:published",
    "og:datepublished",
    "og:pubdate",
    "og:publish_date",
    "og:regdate",
    "article:published_date",
    "article:publicationdate",
    "article:post_date",
    "publish_time",
    "publisheddate",
    "dateposted",
    "datecreated",
    "date_created",
    "content_create_date",
    "content_publisheddate",  # Indonesian portals' "content_PublishedDate", zoneless
    "dc.created",
    "dc:created",
    "citation_date",
    "dcsext.articlefirstpublished",
    "analyticsattributes.articledate",
    "mediator_published_time",
    "rbpubdate",
    "twt-published-at",
    "vr:published_time",
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

# JSON-LD types of a video page, whose ``uploadDate`` is the page's date when the video is the
# page's own (its ``name`` the headline the page shows), not one an article embeds.
JSONLD_VIDEO_TYPES: Final[frozenset[str]] = frozenset({"videoobject", "clip"})
