"""Every text fixture cleans to exactly its hand-written expected Article."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from newsclean import clean_text
from tests.conftest import FIXTURES, comparable

NOW = datetime(2025, 3, 15, 12, 0, tzinfo=UTC)
"""Fetch time the fixtures' relative dates ("9 hours ago") are read against."""

CASES = sorted((FIXTURES / "text").glob("*.txt"))


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_text_fixture_cleans_to_expected_article(path: Path) -> None:
    expected = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    article = clean_text(path.read_text(encoding="utf-8"), url=expected["url"], now=NOW)
    assert comparable(article.to_dict()) == comparable(expected)


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_every_body_line_is_a_line_of_the_input(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    expected = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    article = clean_text(text, url=expected["url"])
    source = {" ".join(line.split()) for line in text.splitlines()}
    for paragraph in article.articleBody.split("\n\n"):
        assert " ".join(paragraph.split()) in source


def test_text_fixtures_exist() -> None:
    assert len(CASES) >= 10
