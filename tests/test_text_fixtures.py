"""Every text fixture case (``fixtures/text/<case>/``) cleans to exactly its hand-written
expected Article: ``body.txt`` is the text, ``response.json`` gives its URL (or null)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from newsclean import clean_text
from tests.conftest import FIXTURES, comparable
from tools.regen_fixtures import Case, cases

NOW = datetime(2025, 3, 15, 12, 0, tzinfo=UTC)
"""Fetch time the fixtures' relative dates ("9 hours ago") are read against."""

CASES = cases(FIXTURES / "text")


def expected_of(case: Case) -> dict[str, object]:
    expected = case.expected()
    assert expected is not None, f"{case.name}: no expected.json"
    return expected


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_text_fixture_cleans_to_expected_article(case: Case) -> None:
    expected = expected_of(case)
    assert case.url == expected["url"]
    article = clean_text(case.text(), url=case.url, now=NOW)
    assert comparable(article.to_dict()) == comparable(expected)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_every_body_line_is_a_line_of_the_input(case: Case) -> None:
    text = case.text()
    article = clean_text(text, url=case.url)
    source = {" ".join(line.split()) for line in text.splitlines()}
    for paragraph in article.articleBody.split("\n\n"):
        assert " ".join(paragraph.split()) in source


def test_text_fixtures_exist() -> None:
    assert len(CASES) >= 10
    assert all(case.body_path.name == "body.txt" for case in CASES)
