"""Measure what decoding does to extraction, and which detector ``newsclean.core.decode`` uses.

Two markdown tables:

1. **Detectors**: chardet, charset-normalizer and cchardet (faust-cchardet) on the bytes that
   ``decode_html`` hands a detector (undeclared, not UTF-8, no BOM): the legacy-encoded pages of
   the corpus in ``tests/encodings/`` and the benchmark and publisher pages re-encoded to a
   legacy encoding of their language with their ``<meta charset>`` stripped. Each detector sees
   the sample ``detect_encoding`` builds (markup left out, whitespace collapsed; the row for
   ``detect_encoding`` itself times its sampling too); it is right when the bytes read
   with its answer (widened by w3lib's ``resolve_encoding``, as ``decode`` does) give the page's
   text exactly. Median and total time per detector call. A detector that is not installed is
   skipped (only chardet is a dependency).
2. **Bytes vs text**: newsclean's F1 (the metric of ``bench_extraction.py``) on the same pages
   given as text, as their UTF-8 bytes, as the bytes without ``<meta charset>``, and re-encoded
   to a legacy encoding without ``<meta charset>`` (pages whose text the encoding cannot hold
   are skipped; the text row of that subset is printed beside it). Decoding is right when the
   F1 is the same on every row, and "bodies ≠ text" counts pages whose body differs at all.

    python bench/bench_encodings.py [--data DIR] [--limit N]

``--data`` is the shared benchmark folder (default ``../shared/bench/article-extraction``);
``fixtures/publishers`` and ``fixtures/publishers/holdout`` are always measured too.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from bench_extraction import DEFAULT_DATA, Page, corpus_scores, load_pages, tp_fp_fn
from w3lib.encoding import resolve_encoding

import newsclean
from newsclean.core.decode import (
    _DETECT_SAMPLE,
    _TAGS,
    FALLBACK_ENCODING,
    decode_html,
    detect_encoding,
    detection_sample,
)

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "encodings"
PUBLISHERS = ROOT / "fixtures" / "publishers"

Detector = Callable[[bytes], str | None]
Sampler = Callable[[bytes], bytes]


# --- detectors -------------------------------------------------------------------------------


def markup_only_sample(data: bytes) -> bytes:
    """The sample ``decode.detect_encoding`` read before whitespace was collapsed (3ff2952)."""
    return _TAGS.sub(b" ", data[: _DETECT_SAMPLE * 8])[:_DETECT_SAMPLE]


def _whole(data: bytes) -> bytes:
    return data


def detectors() -> list[tuple[str, Sampler, Detector]]:
    """Every detector that is installed, with its version in its name, and its sample."""
    import chardet

    version = f"chardet {chardet.__version__}"
    found: list[tuple[str, Sampler, Detector]] = [
        (f"{version}, defaults", detection_sample, lambda b: chardet.detect(b)["encoding"]),
        (f"{version}, prefer_superset, markup-only sample (decode.py at 3ff2952)",
         markup_only_sample, lambda b: chardet.detect(b, prefer_superset=True)["encoding"]),
        (f"{version} via `decode.detect_encoding` (ASCII sample → cp1252 fallback)",
         _whole, lambda b: detect_encoding(b) or FALLBACK_ENCODING),
    ]
    try:
        import charset_normalizer
    except ImportError:
        pass
    else:
        def normalizer(b: bytes) -> str | None:
            best = charset_normalizer.from_bytes(b).best()
            return best.encoding if best is not None else None

        found.append((f"charset-normalizer {charset_normalizer.__version__}", detection_sample,
                      normalizer))
    try:
        import cchardet
    except ImportError:
        pass
    else:
        found.append((f"cchardet {cchardet.__version__}", detection_sample,
                      lambda b: cchardet.detect(b)["encoding"]))
    return found


def reads_right(data: bytes, guess: str | None, text: str) -> bool:
    name = resolve_encoding(guess) if guess else None
    if name is None:
        return False
    try:
        return data.decode(name) == text
    except (UnicodeDecodeError, LookupError):
        return False


# --- pages to detect -------------------------------------------------------------------------


@dataclass
class Sample:
    """Undeclared legacy bytes and the text they hold."""

    source: str
    id: str
    encoding: str
    data: bytes
    text: str


def corpus_samples() -> list[Sample]:
    """The corpus pages ``decode`` asks a detector about: undeclared, not UTF-8, no BOM."""
    cases = json.loads((CORPUS / "cases.json").read_text(encoding="utf-8"))
    out = []
    for case in cases:
        data = (CORPUS / case["file"]).read_bytes()
        if case["encoding"].startswith("utf"):
            continue
        out.append(Sample("corpus", case["id"], case["encoding"], strip_meta_bytes(data),
                          strip_meta(data.decode(case["encoding"]))))
    return out


_META_CHARSET = re.compile(
    r"<meta\b[^>]*?\bcharset\s*=[^>]*>|<meta\b[^>]*?http-equiv\s*=\s*[\"']?content-type[^>]*>",
    re.IGNORECASE,
)
_XML_ENCODING = re.compile(r"(<\?xml[^>]*?)\s+encoding\s*=\s*[\"'][^\"']*[\"']", re.IGNORECASE)


def strip_meta(html: str) -> str:
    """The page without any charset declaration (meta tags and the XML declaration's)."""
    return _XML_ENCODING.sub(r"\1", _META_CHARSET.sub("", html))


def strip_meta_bytes(data: bytes) -> bytes:
    """As ``strip_meta``, on bytes whose markup is ASCII (every encoding measured here)."""
    return strip_meta(data.decode("latin-1")).encode("latin-1")


_SCRIPTS = (
    # (a letter-name prefix that marks the script, the legacy encoding for it)
    (("HIRAGANA", "KATAKANA"), "shift_jis"),
    (("HANGUL",), "euc-kr"),
    (("CJK UNIFIED",), "gbk"),
    (("CYRILLIC",), "cp1251"),
    (("GREEK",), "cp1253"),
    (("HEBREW",), "cp1255"),
    (("ARABIC",), "cp1256"),
    (("THAI",), "cp874"),
)
_CENTRAL_EUROPEAN = set("ąćęłńśźżĄĆĘŁŃŚŹŻčďěňřšťůžČĎĚŇŘŠŤŮŽőűŐŰ")
_TURKISH = set("ğışĞİŞ")


_LANG = re.compile(r"<html\b[^>]*?\blang\s*=\s*[\"']?([a-zA-Z]{2})", re.IGNORECASE)
_BY_LANGUAGE = {
    "ru": "cp1251", "uk": "cp1251", "bg": "cp1251", "ja": "shift_jis", "ko": "euc-kr",
    "zh": "gbk", "el": "cp1253", "he": "cp1255", "ar": "cp1256", "th": "cp874",
    "tr": "cp1254", "pl": "cp1250", "cs": "cp1250", "hu": "cp1250",
}


def legacy_encoding(html: str, text: str) -> str:
    """The legacy encoding a page in its language would have been served in: by its
    ``<html lang>``, else by the script of its text."""
    if lang := _LANG.search(html[:5000]):
        return _BY_LANGUAGE.get(lang.group(1).lower(), "cp1252")
    letters = [c for c in text if c.isalpha() and ord(c) > 0x7F]
    names = [unicodedata.name(c, "") for c in letters]
    for prefixes, encoding in _SCRIPTS:
        if sum(n.startswith(prefixes) for n in names) > len(names) / 4:
            return encoding
    if any(c in _TURKISH for c in letters):
        return "cp1254"
    if any(c in _CENTRAL_EUROPEAN for c in letters):
        return "cp1250"
    return "cp1252"


def reencoded(page: Page) -> Sample | None:
    """The page without its meta charset in its language's legacy encoding, if it fits."""
    encoding = legacy_encoding(page.html, page.truth or page.html)
    html = strip_meta(page.html)
    try:
        data = html.encode(encoding)
    except UnicodeEncodeError:
        return None
    return Sample("", page.id, encoding, data, html)


# --- measuring -------------------------------------------------------------------------------


@dataclass
class DetectorResult:
    name: str
    right: dict[str, int] = field(default_factory=dict)
    total: dict[str, int] = field(default_factory=dict)
    times: list[float] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)


def measure_detectors(samples: list[Sample]) -> list[DetectorResult]:
    results = []
    for name, sampler, detect in detectors():
        result = DetectorResult(name)
        detect(sampler(samples[0].data))  # warm-up: models, imports
        for sample in samples:
            chunk = sampler(sample.data)
            start = time.perf_counter()
            guess = detect(chunk)
            result.times.append(time.perf_counter() - start)
            ok = reads_right(sample.data, guess, sample.text)
            result.right[sample.source] = result.right.get(sample.source, 0) + ok
            result.total[sample.source] = result.total.get(sample.source, 0) + 1
            if not ok:
                result.wrong.append(f"{sample.source}/{sample.id}: {sample.encoding} → {guess}")
        results.append(result)
    return results


def f1_of(pages: list[Page], bodies: dict[str, str]) -> float:
    return corpus_scores([tp_fp_fn(p.truth, bodies[p.id]) for p in pages])[2]


def body(html: str | bytes, url: str) -> str:
    return newsclean.clean_html(html, url=url or None).articleBody or ""


@dataclass
class Row:
    dataset: str
    variant: str
    pages: int
    f1: float
    differ: int


def bytes_vs_text(dataset: str, pages: list[Page]) -> tuple[list[Row], list[Sample]]:
    """F1 per input form, and the re-encoded pages (for the detector table)."""
    text = {p.id: body(p.html, p.url) for p in pages}
    rows = [Row(dataset, "text (str)", len(pages), f1_of(pages, text), 0)]
    variants: list[tuple[str, Callable[[Page], bytes]]] = [
        ("UTF-8 bytes as stored", lambda p: p.raw),
        ("UTF-8 bytes, meta charset stripped", lambda p: strip_meta_bytes(p.raw)),
    ]
    for name, make in variants:
        got = {p.id: body(make(p), p.url) for p in pages}
        differ = sum(got[p.id] != text[p.id] for p in pages)
        rows.append(Row(dataset, name, len(pages), f1_of(pages, got), differ))
    legacy = {p.id: s for p in pages if (s := reencoded(p)) is not None}
    subset = [p for p in pages if p.id in legacy]
    encodings = sorted({s.encoding for s in legacy.values()})
    got = {p.id: body(legacy[p.id].data, p.url) for p in subset}
    rows.append(Row(dataset, "text (str), pages that fit a legacy encoding", len(subset),
                    f1_of(subset, text), 0))
    rows.append(Row(dataset, f"legacy bytes ({', '.join(encodings)}), meta stripped",
                    len(subset), f1_of(subset, got), sum(got[p.id] != text[p.id] for p in subset)))
    for sample in legacy.values():
        sample.source = dataset
    return rows, list(legacy.values())


def decode_right(samples: list[Sample]) -> tuple[int, list[str]]:
    """How many samples ``decode_html`` itself reads right (detector plus its own rules)."""
    wrong = []
    for s in samples:
        decoded = decode_html(s.data)
        if decoded.text != s.text:
            wrong.append(f"{s.source}/{s.id}: {s.encoding} → {decoded.encoding} ({decoded.source})")
    return len(samples) - len(wrong), wrong


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="benchmark folder")
    parser.add_argument("--limit", type=int, default=None, help="only the first N pages a set")
    args = parser.parse_args(argv)

    datasets = [
        ("shared", load_pages(args.data, args.limit)),
        ("publishers", load_pages(PUBLISHERS, args.limit)),
        ("holdout", load_pages(PUBLISHERS / "holdout", args.limit)),
    ]
    rows: list[Row] = []
    samples = corpus_samples()
    for name, pages in datasets:
        more_rows, more_samples = bytes_vs_text(name, pages)
        rows += more_rows
        samples += more_samples

    sources = list(dict.fromkeys(s.source for s in samples))
    counts = {src: sum(s.source == src for s in samples) for src in sources}
    encodings = sorted({s.encoding for s in samples})
    print(f"## Detectors: {len(samples)} undeclared legacy pages in {len(encodings)} encodings\n")
    print("| detector | " + " | ".join(f"{s} ({counts[s]})" for s in sources)
          + " | all | median ms | total ms |")
    print("|---|" + "---:|" * (len(sources) + 3))
    results = measure_detectors(samples)
    for r in results:
        cells = [f"{r.right.get(s, 0)}/{r.total.get(s, 0)}" for s in sources]
        print(f"| {r.name} | " + " | ".join(cells)
              + f" | {sum(r.right.values())}/{len(samples)} "
              f"| {statistics.median(r.times) * 1000:.2f} | {sum(r.times) * 1000:.0f} |")
    right, wrong = decode_right(samples)
    dashes = " | ".join("–" for _ in sources)
    print(f"| `newsclean.core.decode.decode_html` | {dashes} | {right}/{len(samples)} | – | – |")
    print(f"\nencodings: {', '.join(encodings)}")
    for r in results:
        if r.wrong:
            print(f"\n{r.name} wrong on {len(r.wrong)}:")
            for line in r.wrong:
                print(f"- {line}")
    if wrong:
        print(f"\ndecode_html wrong on {len(wrong)}:")
        for line in wrong:
            print(f"- {line}")

    print("\n## newsclean F1: the same pages as text and as bytes\n")
    print("| pages | input | n | F1 | bodies ≠ text |")
    print("|---|---|---:|---:|---:|")
    for row in rows:
        print(f"| {row.dataset} | {row.variant} | {row.pages} | {row.f1:.3f} | {row.differ} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
