"""Language of a text from its function words: tiny, fast and deterministic.

News bodies are long enough that counting a few dozen stop words per language separates the
languages aggregators carry; scripts without spaces are told apart by their characters.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)

STOPWORDS: Mapping[str, frozenset[str]] = {
    "en": frozenset(
        [
            "the",
            "and",
            "of",
            "to",
            "in",
            "is",
            "that",
            "for",
            "on",
            "with",
            "was",
            "as",
            "it",
            "by",
            "at",
            "from",
            "has",
            "have",
            "are",
            "be",
            "said",
            "this",
            "which",
            "were",
            "an",
            "not",
            "but",
            "his",
            "her",
            "they",
            "their",
            "who",
            "will",
        ]
    ),
    "de": frozenset(
        [
            "der",
            "die",
            "und",
            "das",
            "den",
            "nicht",
            "ist",
            "zu",
            "ein",
            "eine",
            "mit",
            "sich",
            "des",
            "auf",
            "für",
            "im",
            "dem",
            "von",
            "auch",
            "es",
            "an",
            "sie",
            "wird",
            "wurde",
            "bei",
            "aus",
            "nach",
        ]
    ),
    "fr": frozenset(
        [
            "le",
            "la",
            "les",
            "et",
            "des",
            "du",
            "un",
            "une",
            "est",
            "en",
            "que",
            "qui",
            "dans",
            "pour",
            "pas",
            "sur",
            "au",
            "avec",
            "il",
            "elle",
            "ce",
            "se",
            "sont",
            "ont",
            "été",
            "aux",
            "par",
        ]
    ),
    "es": frozenset(
        [
            "el",
            "la",
            "los",
            "las",
            "y",
            "de",
            "que",
            "en",
            "un",
            "una",
            "es",
            "por",
            "con",
            "para",
            "del",
            "se",
            "no",
            "su",
            "al",
            "lo",
            "como",
            "más",
            "pero",
            "sus",
            "fue",
            "ha",
        ]
    ),
    "it": frozenset(
        [
            "il",
            "lo",
            "la",
            "gli",
            "le",
            "e",
            "di",
            "che",
            "un",
            "una",
            "è",
            "per",
            "non",
            "con",
            "del",
            "della",
            "sono",
            "nel",
            "alla",
            "anche",
            "come",
            "più",
            "ha",
        ]
    ),
    "pt": frozenset(
        [
            "o",
            "a",
            "os",
            "as",
            "e",
            "de",
            "que",
            "em",
            "um",
            "uma",
            "é",
            "para",
            "com",
            "não",
            "do",
            "da",
            "dos",
            "das",
            "no",
            "na",
            "por",
            "mais",
            "foi",
            "ao",
            "se",
        ]
    ),
    "nl": frozenset(
        [
            "de",
            "het",
            "een",
            "en",
            "van",
            "is",
            "dat",
            "op",
            "te",
            "in",
            "niet",
            "met",
            "voor",
            "zijn",
            "er",
            "aan",
            "ook",
            "als",
            "bij",
            "door",
            "werd",
        ]
    ),
    "sv": frozenset(
        [
            "och",
            "att",
            "det",
            "som",
            "en",
            "på",
            "är",
            "av",
            "för",
            "med",
            "till",
            "den",
            "har",
            "inte",
            "om",
            "ett",
            "var",
            "jag",
            "de",
            "men",
        ]
    ),
    "no": frozenset(
        [
            "og",
            "i",
            "det",
            "som",
            "en",
            "på",
            "er",
            "av",
            "for",
            "med",
            "til",
            "den",
            "har",
            "ikke",
            "om",
            "et",
            "var",
            "de",
            "men",
            "ble",
        ]
    ),
    "da": frozenset(
        [
            "og",
            "i",
            "det",
            "som",
            "en",
            "på",
            "er",
            "af",
            "for",
            "med",
            "til",
            "den",
            "har",
            "ikke",
            "om",
            "et",
            "var",
            "de",
            "men",
            "blev",
        ]
    ),
    "pl": frozenset(
        [
            "i",
            "w",
            "na",
            "z",
            "że",
            "się",
            "nie",
            "do",
            "to",
            "jest",
            "o",
            "jak",
            "po",
            "co",
            "ale",
            "od",
            "przez",
            "dla",
        ]
    ),
    "id": frozenset(
        [
            "yang",
            "dan",
            "di",
            "ini",
            "itu",
            "dengan",
            "untuk",
            "dari",
            "dalam",
            "tidak",
            "akan",
            "pada",
            "juga",
            "ke",
        ]
    ),
}

_SCRIPTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("ja", re.compile(r"[\u3040-\u30ff]")),
    ("ko", re.compile(r"[\uac00-\ud7af]")),
    ("zh", re.compile(r"[\u4e00-\u9fff]")),
    ("ar", re.compile(r"[\u0600-\u06ff]")),
    ("he", re.compile(r"[\u0590-\u05ff]")),
    ("ru", re.compile(r"[\u0400-\u04ff]")),
    ("el", re.compile(r"[\u0370-\u03ff]")),
    ("th", re.compile(r"[\u0e00-\u0e7f]")),
    ("hi", re.compile(r"[\u0900-\u097f]")),
)

_CODES_OF: dict[str, tuple[str, ...]] = {}
for _code, _words in STOPWORDS.items():
    for _word in _words:
        _CODES_OF[_word] = (*_CODES_OF.get(_word, ()), _code)
"""Stop word → the languages it belongs to: one dict lookup per word of the sample."""

_SAMPLE = 3_000
_LETTER = re.compile(r"[^\W\d_]")
_MIN_HITS = 3


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of ``text``, or None when there is too little to tell.

    >>> detect_language("The minister said that the plan was approved by the council.")
    'en'
    >>> detect_language("Der Minister sagte, dass der Plan nicht von dem Rat genehmigt wurde.")
    'de'
    >>> detect_language("42") is None
    True
    """
    sample = text[:_SAMPLE]
    if not sample.isascii():
        letters = len(_LETTER.findall(sample))
        if not letters:
            return None
        for code, script in _SCRIPTS:
            if len(script.findall(sample)) > letters * 0.3:
                # Japanese mixes kana with Han characters: kana decides it, so it is tested first.
                return code
    counts = dict.fromkeys(STOPWORDS, 0)
    for word in _WORD.findall(sample.lower()):
        for code in _CODES_OF.get(word, ()):
            counts[code] += 1
    best = max(counts, key=lambda c: counts[c])
    return best if counts[best] >= _MIN_HITS else None
