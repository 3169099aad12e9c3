"""Body signatures: datasketch MinHash over word 3-shingles, LSH band keys, similarity.

A signature is data (``num_perm`` 32-bit hash values as bytes, and the shingle count), so a
store keeps it as a BLOB or a string and never pickles. Two bodies are one story when their
estimated Jaccard similarity is high, or when the shorter one is mostly contained in the longer
(a truncated copy shares only a prefix, so its Jaccard similarity is its length ratio);
``bench/bench_dedup.py`` measured the thresholds.
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
import zlib
from dataclasses import dataclass

import numpy as np
from datasketch import MinHash, MinHashLSH

NUM_PERM = 128
SEED = 1
SCHEME = "affine32"
"""Named, not defaulted: stored signatures must not change with a datasketch default. This
scheme mixes each input hash (murmur3's finaliser) before permuting, so the shingle hash can
be stdlib ``zlib.crc32``: half the time of datasketch's default SHA-1, same bench figures."""
SHINGLE = 3
LSH_THRESHOLD = 0.2
"""Candidate recall point: a 30% prefix of a story has Jaccard ~0.3 to the whole (less with
chrome or edits), so the LSH must find pairs below that (datasketch sizes it: 28 bands of 2
rows); candidates are then checked with the estimates below. Unrelated articles collide in
about 2 of 10,000 pairs (bench). A looser 0.15 with containment 0.5 found more on the tuning
set but merged different stories on the check set."""
MIN_JACCARD = 0.12
"""Below this estimated Jaccard no pair is one story, whatever the containment says."""
SAME_JACCARD = 0.4
CONTAINED = 0.6
MIN_SHINGLES = 8
"""Bodies shorter than this many shingles give no body evidence (too little to judge)."""

MIN_FACTS = 3
SAME_FACTS = 0.75
"""A pair whose smaller fact set is less than 3/4 found in the other is two stories."""

PROSE_WORDS = 10
"""A line this long counts as prose even without closing punctuation (a cut-off sentence)."""

_WORD = re.compile(r"\w+")
_CLOSERS = "\"'”’)] \t\r"
_SPACELESS = "\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_TOKEN = re.compile(rf"[{_SPACELESS}]|[^\W{_SPACELESS}]+")
"""A word, or one character of a script written without spaces (Chinese, Japanese, Thai):
there a "word" run would be a whole clause, and a body a handful of shingles."""
_SENTENCE_END = re.compile(r"(?<=[.!?。！？])[\"'”’)\]]*\s+|\n")
"""Where a sentence ends: after its closing punctuation (and quotes), or at a line's end."""
_FACT_CANDIDATE = re.compile(r"(?<!\w)[^\W_a-z]\w*")
"""A word not starting with an ASCII lower-case letter (the rest is checked in Python)."""


@dataclass(frozen=True, slots=True)
class Signature:
    """The MinHash of one body."""

    hashes: bytes
    """``NUM_PERM`` little-endian uint32 hash values."""

    shingles: int
    """Number of distinct shingles (for containment)."""

    facts: bytes = b""
    """Sorted little-endian uint32 hashes of the body's figures and mid-sentence capitalised
    words (:func:`facts`)."""


@functools.cache
def _lsh_shape() -> tuple[int, int]:
    """(bands, rows) datasketch chooses for ``LSH_THRESHOLD`` at ``NUM_PERM``."""
    lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
    return int(lsh.b), int(lsh.r)


@functools.cache
def _permutations() -> np.ndarray:
    """Drawn once per process (~0.2 ms each time otherwise)."""
    return np.asarray(MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME).permutations)


def params() -> str:
    """The settings a stored signature depends on; a store refuses to mix others."""
    bands, rows = _lsh_shape()
    return f"minhash-{SCHEME}-crc32-w{SHINGLE}-facts1-cjk1-p{NUM_PERM}-s{SEED}-b{bands}r{rows}"


def shingles(text: str) -> set[bytes]:
    """Token ``SHINGLE``-grams of the case-folded text (a shorter text is one shingle).

    >>> sorted(shingles("Rain in Casterby, rain!"))
    [b'in casterby rain', b'rain in casterby']
    >>> len(shingles("東京で雨が降った"))
    6
    """
    words = _TOKEN.findall(unicodedata.normalize("NFKC", text).casefold())
    if len(words) < SHINGLE:
        return {" ".join(words).encode()} if words else set()
    grams = zip(*(words[i:] for i in range(SHINGLE)), strict=False)  # stops at the shortest
    return {" ".join(gram).encode() for gram in grams}


def _is_prose(line: str) -> bool:
    """The line ends as a sentence does (closing quotes and brackets aside)."""
    return line.rstrip(_CLOSERS)[-1:] in (".", "!", "?", "。", "！", "？")


def prose(text: str) -> str:
    r"""The body without its short unpunctuated lines: chrome an aggregator left in ("Start
    reading", "Sponsored", a share bar) is such lines, and in a short or truncated copy it
    would outweigh the story. A text with too little prose is kept whole.

    >>> prose("Sponsored\nStart reading\nThe Wend bridge reopened on Monday after two years "
    ...       "of repairs.\nSee more")
    'The Wend bridge reopened on Monday after two years of repairs.'
    """
    kept = [line for line in text.splitlines()
            if _is_prose(line) or len(_TOKEN.findall(line)) >= PROSE_WORDS]
    if sum(len(_TOKEN.findall(line)) for line in kept) < MIN_SHINGLES + SHINGLE:
        return text
    return "\n".join(kept)


def facts(text: str) -> bytes:
    """What tells two stories in one template apart: their names and figures.

    Briefs written to a template (weather warnings, results, market moves) share most of
    their shingles and differ in a few names and numbers; copies of one story keep those.
    Only prose sentences count (ending in . ! or ?: chrome lines left in a body seldom do),
    and sentence-initial words are left out (templates start sentences alike).
    """
    found: set[int] = set()
    for sentence in _SENTENCE_END.split(text):
        first = _WORD.search(sentence)
        if first is None or not _is_prose(sentence):
            continue
        found.update(
            zlib.crc32(word.casefold().encode())
            for word in _FACT_CANDIDATE.findall(sentence, first.end())
            if word[0].isdigit() or word[0].isupper()
        )
    return np.asarray(sorted(found), dtype="<u4").tobytes()


def fact_overlap(a: Signature, b: Signature) -> float:
    """Share of the smaller fact set found in the other (1.0 when it has fewer than
    ``MIN_FACTS``: nothing to compare)."""
    x = np.frombuffer(a.facts, dtype="<u4")
    y = np.frombuffer(b.facts, dtype="<u4")
    small = min(len(x), len(y))
    if small < MIN_FACTS:
        return 1.0
    return len(np.intersect1d(x, y, assume_unique=True)) / small


def signature(text: str) -> Signature | None:
    """The body's signature; None when it is too short to be evidence."""
    grams = shingles(prose(text))
    if len(grams) < MIN_SHINGLES:
        return None
    mh = MinHash(num_perm=NUM_PERM, seed=SEED, permutations=_permutations(), scheme=SCHEME,
                 hashfunc=zlib.crc32)
    mh.update_batch(list(grams))
    values = np.asarray(mh.hashvalues, dtype="<u4")  # datasketch's values fit 32 bits
    return Signature(values.tobytes(), len(grams), facts(text))


def band_keys(sig: Signature) -> list[int]:
    """One signed 64-bit key per LSH band: records sharing any key are candidates."""
    bands, rows = _lsh_shape()
    width = rows * 4
    return [
        int.from_bytes(
            hashlib.blake2b(bytes([i]) + sig.hashes[i * width : (i + 1) * width],
                            digest_size=8).digest(),
            "little", signed=True,
        )
        for i in range(bands)
    ]


def jaccard(a: Signature, b: Signature) -> float:
    """Estimated Jaccard similarity: the share of equal hash values."""
    x = np.frombuffer(a.hashes, dtype="<u4")
    y = np.frombuffer(b.hashes, dtype="<u4")
    return float(np.count_nonzero(x == y)) / len(x)


def containment(a: Signature, b: Signature, j: float) -> float:
    """Estimated share of the smaller set's shingles found in the larger, from Jaccard ``j``:
    |A∩B| = j·(|A|+|B|)/(1+j)."""
    inter = j * (a.shingles + b.shingles) / (1 + j)
    return min(1.0, inter / max(1, min(a.shingles, b.shingles)))


def similarity(a: Signature, b: Signature) -> float | None:
    """A score in [0, 1] when the two bodies are one story, else None."""
    j = jaccard(a, b)
    if j < MIN_JACCARD or fact_overlap(a, b) < SAME_FACTS:
        return None
    c = containment(a, b, j)
    if j >= SAME_JACCARD or c >= CONTAINED:
        return max(j, c)
    return None
