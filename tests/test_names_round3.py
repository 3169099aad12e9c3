"""Byline and caption families of round 3 (issue 12): glued e-mail addresses, author bios,
a credit said twice, and a gallery subject before " / " and its credit.

``tests/data/round3/heldout`` was written and scored before any round-3 fix and is never
tuned on; ``tune`` holds the cases the fixes were made against. The behaviour tests below
use strings in neither file.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from newsclean import parse_byline, split_caption

DATA = Path(__file__).parent / "data" / "round3"


def _rows(split: str, kind: str) -> list[dict[str, Any]]:
    path = DATA / split / f"{kind}.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def test_round3_tune_and_heldout_share_no_string() -> None:
    for kind in ("bylines", "captions"):
        tune = {r["raw"] for r in _rows("tune", kind)}
        held = {r["raw"] for r in _rows("heldout", kind)}
        assert tune and held and not tune & held


def test_round3_tune_cases_all_parse() -> None:
    for r in _rows("tune", "bylines"):
        got = parse_byline(r["raw"])
        assert (list(got.authors), got.organization) == (r["authors"], r["organization"]), r
    for r in _rows("tune", "captions"):
        cap = split_caption(r["raw"])
        assert ((cap.text or ""), cap.credit) == (r["caption"], r["credit"]), r


def test_round3_heldout_stays_at_its_measured_floor() -> None:
    # measured at the end of round 3 (README): 93.8 bylines, 92.5 captions
    bylines = _rows("heldout", "bylines")
    ok = sum(
        (list(g.authors), g.organization) == (r["authors"], r["organization"])
        for r, g in ((r, parse_byline(r["raw"])) for r in bylines)
    )
    assert ok / len(bylines) >= 0.93
    captions = _rows("heldout", "captions")
    ok = sum(
        ((c.text or ""), c.credit) == (r["caption"] or "", r["credit"])
        for r, c in ((r, split_caption(r["raw"])) for r in captions)
    )
    assert ok / len(captions) >= 0.92


@pytest.mark.parametrize(
    ("raw", "authors"),
    [
        # the address glued to the last name starts where it spells a name word
        ("By Ines Carvalhoines.carvalho@example.pt", ["Ines Carvalho"]),
        ("Von Jörg Albrechtjalbrecht@example.at", ["Jörg Albrecht"]),
        ("Por Ramón Aguirrer.aguirre@example.mx", ["Ramón Aguirre"]),
        # a whole name word wins over an initial ("Cost" + "a" + "marta" would also spell one)
        ("Por Ana Marta Ruiz Costamarta.ruiz@example.es", ["Ana Marta Ruiz Costa"]),
        # an address that spells no name word of the byline is dropped whole
        ("By Kit Obi Newsroomtips@example.com", ["Kit Obi"]),
    ],
)
def test_email_glued_to_a_name_keeps_the_name(raw: str, authors: list[str]) -> None:
    assert list(parse_byline(raw).authors) == authors


@pytest.mark.parametrize(
    ("raw", "authors", "org"),
    [
        ("Nora Heikkinen is a data reporter on the investigations team.", ["Nora Heikkinen"],
         None),
        ("Julien Marchal travaille au service économie depuis 2012.", ["Julien Marchal"], None),
        ("Felix Wendt schreibt seit 2020 über Verkehr und Stadtplanung.", ["Felix Wendt"], None),
    ],
)
def test_author_bio_keeps_only_the_name(raw: str, authors: list[str], org: str | None) -> None:
    got = parse_byline(raw)
    assert (list(got.authors), got.organization) == (authors, org)


@pytest.mark.parametrize(
    ("raw", "authors"),
    [
        # a verb after a list of names, or with no sentence end, is not read as a bio
        ("By Ann Lee and Tom Ek, Reuters", ["Ann Lee", "Tom Ek"]),
        ("Mara Holt, Ian Webb is", ["Mara Holt", "Ian Webb"]),
    ],
)
def test_bio_cut_needs_one_name_and_a_sentence(raw: str, authors: list[str]) -> None:
    assert list(parse_byline(raw).authors) == authors


@pytest.mark.parametrize(
    ("raw", "caption", "credit"),
    [
        ("Fotó: Bence Kiss Fotó: Bence Kiss/MTI", None, "Bence Kiss/MTI"),
        ("Photo: A ferry leaves the harbour. Photo: Eva Lind/TT", "A ferry leaves the harbour.",
         "Eva Lind/TT"),
        ("Jude Bellingham / Alex Grimm/Getty Images", "Jude Bellingham",
         "Alex Grimm/Getty Images"),
    ],
)
def test_credit_said_twice_and_gallery_subject(
    raw: str, caption: str | None, credit: str
) -> None:
    got = split_caption(raw)
    assert (got.text, got.credit) == (caption, credit)


@pytest.mark.parametrize(
    ("raw", "caption", "credit"),
    [
        # US local papers credit readers and their own staff with a bare "<kind> photo"
        ("Pupils paint a mural at Oak Street School. Submitted photo",
         "Pupils paint a mural at Oak Street School.", "Submitted photo"),
        ("Contributed photo", None, "Contributed photo"),
        ("The parade on Elm Avenue. Photo provided by the Lions Club",
         "The parade on Elm Avenue.", "the Lions Club"),
        ("Crews clear the storm drain. Staff photo by Rosa Quint", "Crews clear the storm drain.",
         "Rosa Quint"),
        ("Tom Vale/Special to The Herald-Star", None, "Tom Vale/Special to The Herald-Star"),
        # ... but not the words inside a sentence
        ("Her submitted photo won the county prize in May.",
         "Her submitted photo won the county prize in May.", None),
        ("A staff photo from 1962 hangs in the lobby.",
         "A staff photo from 1962 hangs in the lobby.", None),
    ],
)
def test_local_paper_credits(raw: str, caption: str | None, credit: str | None) -> None:
    got = split_caption(raw)
    assert (got.text, got.credit) == (caption, credit)


@pytest.mark.parametrize(
    ("raw", "authors", "org"),
    [
        # "(role) e Name (role)": after a bracket "e"/"y" joins two credits; photographers go
        ("Por Clara Bento (texto) e Hugo Sá (fotografia)", ["Clara Bento"], None),
        ("Por Luz Ortega (texto) y Iván Mora (fotografía)", ["Luz Ortega"], None),
        ("Por Clara Bento (Coimbra) e Hugo Sá (Braga)", ["Clara Bento", "Hugo Sá"], None),
        # without the brackets the names are read as before
        ("Por Joana Lima e Rui Paz", ["Joana Lima", "Rui Paz"], None),
        # a news site's country domain after the name is the organisation
        ("Jiří Novák, Aktualne.cz", ["Jiří Novák"], "Aktualne.cz"),
        ("By Mia Tane, nzherald.co.nz", ["Mia Tane"], "nzherald.co.nz"),
        ("Anna Kowal | onet.pl", ["Anna Kowal"], "onet.pl"),
    ],
)
def test_paren_roles_and_country_domains(raw: str, authors: list[str], org: str | None) -> None:
    got = parse_byline(raw)
    assert (list(got.authors), got.organization) == (authors, org)
