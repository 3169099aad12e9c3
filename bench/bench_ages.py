"""Time ``parse_date`` on relative ages in many languages ("hace 3 horas", "vor einer Stunde",
"3 ore fa", "2 часа назад", "3小时前"): the median time per stamp of each language, best of
``--repeat`` runs. Run it on two checkouts to compare them.

    PYTHONPATH=$PWD python bench/bench_ages.py [--repeat 5]

The stamps of the default languages but English are every unit word of rules/time_units.txt
with a "= unit" in each frame of rules/age_frames.txt; the others are written out below.
"""

from __future__ import annotations

import argparse
import statistics
import time
from datetime import UTC, datetime
from pathlib import Path

from newsclean.normalize import _date_rules
from newsclean.normalize.dates import parse_date
from newsclean.rules import vocab

NOW = datetime(2026, 6, 15, 12, 0, tzinfo=UTC)
# This checkout's data, read from its files, so that a run against another checkout (an older
# one without age_frames.txt) times the same stamps.
RULES = Path(__file__).resolve().parents[1] / "newsclean" / "rules"

OTHERS = {  # shapes aggregator cards print, with and without a space, abbreviated or not
    "en": ["9 hours ago", "3 mins ago", "2 days ago", "1 week ago", "5h"],
    "pl": ["3 godz. temu", "5 min temu", "2 dni temu", "12 godzin temu"],
    "ru": ["2 часа назад", "5 минут назад", "3 дня назад", "11 часов назад"],
    "tr": ["3 saat önce", "15 dakika önce", "2 gün önce"],
    "zh": ["3小时前", "15分钟前", "2天前"],
    "ja": ["3時間前", "15分前", "2日前"],
    "ko": ["3시간 전", "15분 전", "2일 전"],
}


def _data(name: str) -> vocab.Vocabulary:
    return vocab.parse((RULES / f"{name}.txt").read_text(encoding="utf-8"), name)


def stamps() -> dict[str, list[str]]:
    """The ages to time, by language."""
    out: dict[str, list[str]] = {"en": OTHERS["en"]}
    for language in _date_rules.DEFAULT_LANGUAGES[1:]:  # (English first, written out)
        frames = {e.word: e.value for e in _data("age_frames").select([language])}
        units = [e.word for e in _data("time_units").select([language]) if e.value]
        units += [w for w, role in frames.items() if role in ("week", "month", "year")]
        out[language] = [
            f"{frame} 3 {unit}" if role == "before" else f"3 {unit} {frame}"
            for frame, role in frames.items() if role in ("before", "after") for unit in units
        ]
    out.update({lang: ages for lang, ages in OTHERS.items() if lang != "en"})
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    for ages in stamps().values():  # warm: dateparser's language data, the patterns
        for age in ages:
            parse_date(age, now=NOW)
    for language, ages in stamps().items():
        per_stamp = []
        for age in ages:
            best = float("inf")
            for _ in range(args.repeat):
                start = time.perf_counter()
                parse_date(age, now=NOW)
                best = min(best, time.perf_counter() - start)
            per_stamp.append(best)
        read = sum(parse_date(age, now=NOW) is not None for age in ages)
        print(f"{language}: {len(ages):3} stamps, {read:3} read, "
              f"median {statistics.median(per_stamp) * 1e6:8.0f} us, "
              f"max {max(per_stamp) * 1e6:8.0f} us")


if __name__ == "__main__":
    main()
