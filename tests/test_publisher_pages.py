"""clean_html on the invented publisher pages of ``fixtures/publishers/<case>/`` (CMS layouts
no profile knows; the truth is the case's hand-written ``spec.json``): the body keeps every
article paragraph and little else, and the header fields come out right.
``bench/bench_extraction.py --data fixtures/publishers`` gives the same pages' figures beside
trafilatura's."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

import pytest

from newsclean import clean_html
from newsclean.normalize.text import key
from tools.regen_fixtures import Case, cases

from .conftest import FIXTURES

PAGES = cases(FIXTURES / "publishers")  # not holdout/: a nested group, never read by tests
_TOKEN = re.compile(r"\w+")


def shingles(text: str) -> Counter[tuple[str, ...]]:
    """Token 4-grams, as the article-extraction benchmark counts text."""
    tokens = _TOKEN.findall(text)
    return Counter(tuple(tokens[i : i + 4]) for i in range(max(1, len(tokens) - 3)))


def truth_of(page: Case) -> dict[str, Any]:
    data = page.spec()
    assert data is not None, f"{page.name}: no spec.json"
    assert data["url"] == page.url
    return data


def test_there_are_publisher_pages_to_check() -> None:
    assert len(PAGES) >= 10


@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_body_keeps_the_article_and_little_chrome(page: Case) -> None:
    truth = truth_of(page)
    article = clean_html(page.body(), url=page.url)
    want, got = shingles(truth["articleBody"]), shingles(article.articleBody)
    overlap = sum((want & got).values())
    recall = overlap / sum(want.values())
    precision = overlap / max(1, sum(got.values()))
    assert recall >= 0.98, f"article text lost: recall {recall:.3f}"
    assert precision >= 0.85, f"chrome kept: precision {precision:.3f}"


@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_headline_and_authors_are_the_ones_the_page_shows(page: Case) -> None:
    truth = truth_of(page)
    article = clean_html(page.body(), url=page.url)
    assert article.headline is not None
    # A kicker the page sets before its headline in the same <h1> may stay in front of it.
    assert key(article.headline).endswith(key(truth["headline"]))
    # The people, written by hand next to the page: not parse_byline's reading of the byline.
    assert [a.name for a in article.authors] == truth["authors"]
    assert article.datePublished is not None
    assert article.inLanguage is not None


@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_publisher_and_date_are_what_the_page_states_with_its_own_offset(page: Case) -> None:
    truth = truth_of(page)
    article = clean_html(page.body(), url=page.url)
    if "publisher" in truth:
        assert article.publisher == truth["publisher"]
    if "datePublished" in truth:
        assert article.datePublished == truth["datePublished"]
