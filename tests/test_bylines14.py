"""Bylines and captions of the families issue 12 names, on strings invented for them.

``tests/data/bylines14`` holds bylines and captions in the shared set's record format plus a
``family``: organisations read as people, a known outlet cut short ("CNN Business"), desks
taken as people or outlets, date labels and prefixes left on names, CamelCase surnames,
"Last, First" order, Chinese source lines and CJK reporter suffixes; captions with the credit
first, "Credit" glued to the name, "©Foto:" labels and "via Getty Images" chains. Each string
is pinned exactly, and a few rules are pinned on their own below.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from newsclean import parse_byline, split_caption

DATA = Path(__file__).parent / "data" / "bylines14"


def _load(name: str) -> list[dict[str, Any]]:
    text = (DATA / name).read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line]


BYLINES = _load("bylines.jsonl")
CAPTIONS = _load("captions.jsonl")


@pytest.mark.parametrize("row", BYLINES, ids=[f"{r['family']}:{r['raw']}" for r in BYLINES])
def test_invented_byline_is_parsed_exactly(row: dict[str, Any]) -> None:
    got = parse_byline(row["raw"])
    assert (list(got.authors), got.organization) == (row["authors"], row["organization"])


@pytest.mark.parametrize("row", CAPTIONS, ids=[f"{r['family']}:{r['raw']}" for r in CAPTIONS])
def test_invented_caption_is_split_exactly(row: dict[str, Any]) -> None:
    got = split_caption(row["raw"])
    assert (got.caption, got.credit) == (row["caption"], row["credit"])


# (raw, authors, organisation): one rule each, beside the string that must stay as it is
RULES = [
    ("Quelle: Harbor Lights Weekly", (), "Harbor Lights Weekly"),  # a source is an outlet
    ("Jo Roe, Reuters Breakingviews", ("Jo Roe",), "Reuters Breakingviews"),  # product word
    ("By Jo Roe, AP Sports Writer", ("Jo Roe",), "AP"),  # ... but not a role
    ("By Jo Roe, Reuters Staff", ("Jo Roe",), "Reuters"),  # ... nor a desk
    ("Da Redação", (), None),  # a desk credits nobody
    ("Kestrel Daily Newsroom", (), "Kestrel Daily"),  # ... or the outlet before it
    ("Mara Quill, Gadgetnook", ("Mara Quill",), "Gadgetnook"),  # a site word is an outlet
    ("Gavin Newsome", ("Gavin Newsome",), None),  # ... a short surname is not
    ("Autor Jens Pfahler", ("Jens Pfahler",), None),  # a label without its colon
    ("Author Profile", (), None),  # ... introduces name words only
    ("Quint, Dara; Voss, Harlan", ("Dara Quint", "Harlan Voss"), None),  # Last, First list
]


@pytest.mark.parametrize(("raw", "authors", "org"), RULES, ids=[r[0] for r in RULES])
def test_each_rule_reads_its_family_and_spares_its_neighbour(
    raw: str, authors: tuple[str, ...], org: str | None
) -> None:
    got = parse_byline(raw)
    assert got.authors == authors
    assert got.organization == org
