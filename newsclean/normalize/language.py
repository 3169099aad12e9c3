"""Language of a text, by py3langid's naive Bayes model over byte n-grams.

``python bench/bench_language.py`` measured it against the stop-word tables this module used
to hold and three other libraries (README, Dependencies). The model (4.6 MB, inside the
wheel) is loaded on the first call, not at import: pages that declare their language never
need it.
"""

from __future__ import annotations

import re
import threading
from typing import Protocol

# ISO 639-1 codes of languages with a press, out of the model's 140 labels. Left out: the
# constructed and classical ones, small regional neighbours of big languages (Esperanto,
# Volapük, Latin, Sanskrit, Aragonese, Walloon, Occitan) and three-letter labels ISO 639-1 has
# no code for. They drew probability from short Spanish, French, Portuguese and Hindi text: on
# the bench set, 5-word cuts left undecided fell from 19 to 11 of 300, 10-word ones from 1 to 0.
_LANGUAGES = (
    "af am ar as az ba be bg bn br bs ca cs cy da de dz el en es et eu fa fi fo fr fy ga gd gl "
    "gu ha he hi hr ht hu hy id ig is it ja jv ka kk km kn ko ku ky lb lg ln lo lt lv mg mk ml "
    "mn mr ms mt my ne nl nn no om or pa pl ps pt qu ro ru rw se si sk sl sn so sq sr st sv sw "
    "ta te tg th tk tl tr tt ug uk ur uz vi xh yo zh zu"
).split()
# Labels kept because they are a variety of a language above, reported as that language.
_SAME_AS = {"arz": "ar", "ary": "ar", "yue": "zh", "wuu": "zh"}
# The model's "no linguistic content" label (numbers, codes, punctuation): reported as None.
_NO_LANGUAGE = "zxx"

_MIN_CONFIDENCE = 0.5
"""Below this probability the text is too short or too mixed to tell. Measured on the bench
set: at five words it turns 4 wrong answers in 300 (no/da, cs/sk, bg/mk, id/ms, all between
0.34 and 0.57) into 1, at the cost of 11 Nones; from ten words on nothing falls below it."""

_SAMPLE = 240
"""Characters read first, as three evenly spaced pieces of the text (its start, middle and
end; :func:`_spread`). The model reads every byte of its sample, one step of its automaton
each (~0.25 µs) and one row of its 46 MB table per feature, mostly out of the CPU's cache in
a pipeline: the sample's length is the detector's cost. Read from three places, a line of
another language (an English label or credit over a French text) is one piece of three and
no longer most of the sample, as it was of the first 300 characters this replaced: on
invented texts with such a line over or under them the first 300 characters gave the right
language for 556 of 600, these 240 for 600 (``bench/bench_language.py --leads``), and every
labelled page, test case and reference body keeps its label. Cost per ``clean_text`` item on
the 91 reference bodies: ~30% less than the first 300 characters."""
_LONG_SAMPLE = 2_400
"""Characters read when the first sample was not conclusive and the text is longer."""

_LETTER = re.compile(r"[^\W\d_]")


class _Identifier(Protocol):
    def classify(self, text: str) -> tuple[str, float]: ...


_identifier: _Identifier | None = None
_lock = threading.Lock()


def _model() -> _Identifier:
    """The model, loaded once (about 0.6 s) by whichever thread asks first."""
    global _identifier
    if _identifier is None:
        with _lock:
            if _identifier is None:
                from py3langid.langid import MODEL_FILE, LanguageIdentifier

                from ._langwalk import FeatureWalk, fast_identifier

                # (its walk counting features, where the installed py3langid has the one
                # _langwalk replaces: a byte-by-byte loop, most of a detection's cost)
                fast = hasattr(LanguageIdentifier, "_raw_score")
                kind = fast_identifier(LanguageIdentifier) if fast else LanguageIdentifier
                identifier = kind.from_model_file(MODEL_FILE, norm_probs=True)
                identifier.set_languages([*_LANGUAGES, *_SAME_AS, _NO_LANGUAGE])
                # set_languages keeps the chosen columns as a strided view, and the model reads
                # rows of it: a row-major copy reads 1.6x faster (485 -> 300 µs a bench article).
                # In float32 rather than the model's float16: numpy casts the rows it reads to
                # float32 anyway (each value exactly), then multiplies; with no cast per call
                # that step is ~7x faster (~80 -> ~12 µs an article), the scores bit for bit
                # the same. The copy is 46 MB instead of 23 MB, once per process.
                identifier.nb_ptc = identifier.nb_ptc.astype("float32", order="C")
                if fast:
                    identifier._walk = FeatureWalk(
                        identifier.tk_nextmove, identifier._rowbase, identifier.tk_output
                    )
                _identifier = identifier
    return _identifier


def load_model() -> None:
    """Load the model now. Most of its ~0.6 s (LZMA decompression, numpy copies) runs
    without the GIL, so a thread can load it while the calling one imports other modules:
    the worker pool's fork server does (see ``newsclean.scrapy.preload``)."""
    _model()


def _sample(text: str, size: int) -> str:
    """The first ``size`` characters of ``text``, not ending inside a word."""
    if len(text) <= size:
        return text
    cut = text.rfind(" ", size // 2, size)
    return text[: cut if cut > 0 else size]


_PIECES = 3


def _spread(text: str, size: int) -> str:
    """About ``size`` characters of ``text`` in three pieces, at its start, its middle and its
    end, each starting and ending on a word boundary where one is near (joined by spaces);
    the text itself when it is no longer than ``size``.

    >>> _spread("one two three four five six seven eight nine ten", 30)
    'one two five six nine ten'
    >>> _spread(" ".join(f"w{i:02}" for i in range(40)), 45)
    'w00 w01 w02 w03 w18 w19 w20 w21 w36 w37 w38 w39'
    """
    if len(text) <= size:
        return text
    width = size // _PIECES
    pieces = []
    for n in range(_PIECES):
        start = (len(text) - width) * n // (_PIECES - 1)
        if start:  # from the next word, if one starts within half a piece
            space = text.find(" ", start - 1, start + width // 2)
            start = space + 1 if space >= 0 else start
        piece = text[start : start + width]
        inside = start + width < len(text) and text[start + width] != " "
        cut = piece.rfind(" ", width // 2) if inside else -1  # (not inside a word)
        pieces.append(piece[:cut] if cut > 0 else piece)
    return " ".join(pieces)


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of ``text``, or None when there is too little to tell.

    >>> detect_language("The minister said that the plan was approved by the council.")
    'en'
    >>> detect_language("Der Minister sagte, dass der Plan nicht von dem Rat genehmigt wurde.")
    'de'
    >>> detect_language("42") is None
    True
    """
    if not _LETTER.search(text[:_LONG_SAMPLE]):
        return None
    model = _model()
    label, confidence = model.classify(_spread(text, _SAMPLE))
    if confidence < _MIN_CONFIDENCE and len(text) > _SAMPLE:
        label, confidence = model.classify(_sample(text, _LONG_SAMPLE))
    if confidence < _MIN_CONFIDENCE or label == _NO_LANGUAGE:
        return None
    return _SAME_AS.get(str(label), str(label))
