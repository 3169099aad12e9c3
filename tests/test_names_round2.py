"""Byline and caption families of round 2 (issue 12), on strings written for these tests.

``tests/data/round2/tune`` is what the round-2 rules were fixed against; ``heldout`` was
written and scored first, and never tuned on. Both are in the shared scorer's format, so
``python ../shared/eval/bylines/score.py --data-dir tests/data/round2/heldout --byline
newsclean:parse_byline --caption newsclean:split_caption`` scores them. The behaviour tests
below use a third set of strings, in neither file.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from newsclean import parse_byline, split_caption

DATA = Path(__file__).parent / "data" / "round2"


def _rows(split: str, kind: str) -> list[dict[str, Any]]:
    path = DATA / split / f"{kind}.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    return [r for r in rows if not r.get("ambiguous")]


def _byline_exact(rows: list[dict[str, Any]]) -> float:
    ok = 0
    for r in rows:
        got = parse_byline(r["raw"])
        ok += list(got.authors) == r["authors"] and got.organization == r["organization"]
    return ok / len(rows)


def _caption_exact(rows: list[dict[str, Any]]) -> float:
    ok = 0
    for r in rows:
        got = split_caption(r["raw"])
        ok += (got.text or "") == (r["caption"] or "") and got.credit == r["credit"]
    return ok / len(rows)


def test_round2_sets_are_large_and_disjoint() -> None:
    for kind in ("bylines", "captions"):
        tune, held = _rows("tune", kind), _rows("heldout", kind)
        assert len(tune) >= 70 and len(held) >= 80
        assert not {r["raw"] for r in tune} & {r["raw"] for r in held}


@pytest.mark.parametrize("split", ["tune", "heldout"])
def test_round2_bylines_stay_at_their_measured_floor(split: str) -> None:
    # measured at the end of round 2 (README): tune 100 / held-out 97 on clear items
    assert _byline_exact(_rows(split, "bylines")) >= {"tune": 0.97, "heldout": 0.95}[split]


@pytest.mark.parametrize("split", ["tune", "heldout"])
def test_round2_captions_stay_at_their_measured_floor(split: str) -> None:
    assert _caption_exact(_rows(split, "captions")) >= 0.95


@pytest.mark.parametrize(
    ("raw", "authors", "org"),
    [
        # a publication after "for"/"Special to" is taken whole, "and" inside it included
        ("By Hal Brook and Ines Duarte for The Bugle and Herald", ["Hal Brook", "Ines Duarte"],
         "The Bugle and Herald"),
        ("Mina Ostrova, Special to The Lakeside Courier", ["Mina Ostrova"],
         "The Lakeside Courier"),
        # a surname that is also an organisation word, once the publication is named
        ("By Rosa Post for The Harbour Times", ["Rosa Post"], "The Harbour Times"),
        # ... but a beat after "for" is no publication
        ("Tariq Benn, Correspondent for Asia", ["Tariq Benn"], None),
        # continuation markers keep the names before them
        ("Pia Sands with additional reporting by Olek Marr", ["Pia Sands", "Olek Marr"], None),
        # possessive agency before the names
        ("From Reuters' Dora Quill", ["Dora Quill"], "Reuters"),
        # honorifics before a name are not sentence ends
        ("Prof. Dr. med. Anke Roth", ["Anke Roth"], None),
        # all-lower names after a marker are proper-cased
        ("von jana mcallister", ["Jana McAllister"], None),
        # a dateline item after the names
        ("Por Iara Lopes, do Recife", ["Iara Lopes"], None),
        ("Av Nils Ek, från Malmö", ["Nils Ek"], None),
        # national agencies and papers are credited, not dropped
        ("Eero Laine, STT", ["Eero Laine"], "STT"),
        ("Por Caio Reis | Agência Brasil", ["Caio Reis"], "Agência Brasil"),
        ("Vera Ott / Kyodo News", ["Vera Ott"], "Kyodo News"),
        # CJK datelines with "＝" and Chinese names parted by spaces
        ("【ベルリン＝森下花】", ["森下花"], None),
        ("[광주=연합뉴스] 한도윤 기자", ["한도윤"], "연합뉴스"),
        ("记者 周杰 林梅 通讯员 高远", ["周杰", "林梅", "高远"], None),
        ("大阪支局 中山亮", ["中山亮"], None),
    ],
)
def test_round2_byline_families(raw: str, authors: list[str], org: str | None) -> None:
    got = parse_byline(raw)
    assert (list(got.authors), got.organization) == (authors, org)


def test_japanese_spaced_name_stays_one_person() -> None:
    # without a Chinese role word, a space is the gap between family and given name
    assert parse_byline("編集委員 田村 光").authors == ("田村 光",)


@pytest.mark.parametrize(
    ("raw", "caption", "credit"),
    [
        ("駅前の再開発地区。写真：小林誠", "駅前の再開発地区。", "小林誠"),
        ("会見に臨む市長（写真＝時事）", "会見に臨む市長", "時事"),
        ("인천공항 출국장 [사진=뉴스1]", "인천공항 출국장", "뉴스1"),
        ("图片来源：中新社", None, "中新社"),
        ("[EPA] Divers search the lake near Bled", "Divers search the lake near Bled", "EPA"),
        ("Il mercato di Palermo (foto Ansa)", "Il mercato di Palermo", "Ansa"),
        ("The harbour at low tide. Ada Finch for The Harbour Times", "The harbour at low tide.",
         "Ada Finch for The Harbour Times"),
        ("A dam on the river Vltava. File photo: Jan Novak/CTK", "A dam on the river Vltava.",
         "Jan Novak/CTK"),
        ("Imagem: Reprodução/Redes sociais", None, "Reprodução/Redes sociais"),
        ("Havnen i Aarhus. Kilde: Ritzau", "Havnen i Aarhus.", "Ritzau"),
    ],
)
def test_round2_caption_families(raw: str, caption: str | None, credit: str) -> None:
    got = split_caption(raw)
    assert (got.text, got.credit) == (caption, credit)


@pytest.mark.parametrize(
    "raw",
    [
        "The photographer Ada Finch for The Harbour Times was there too, she said.",
        "Volunteers for The Red Cross hand out blankets",
        "Il racconto (foto di famiglia) del 1960",
    ],
)
def test_round2_caption_traps_keep_no_credit(raw: str) -> None:
    assert split_caption(raw).credit is None
