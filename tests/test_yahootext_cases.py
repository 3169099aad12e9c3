"""The invented Yahoo/MSN page texts in tests/data/yahootext (every edition's top bar, ad slots,
rails and footer around a story), scored with the long-tail sets' metrics."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_longtail_cases import score_folder

DATA = Path(__file__).parent / "data" / "yahootext"


def test_tuned_yahoo_and_msn_pages_meet_the_targets() -> None:
    score = score_folder(DATA / "tune")
    assert score["body_recall"] == 1.0
    assert score["exact"] >= 0.90
    assert score["chrome_leak"] <= 0.02
    assert score["header_leak"] <= 0.02


def test_held_out_yahoo_and_msn_pages_keep_their_floors() -> None:
    # not tuned on: floors a little under what they scored, so a regression shows
    score = score_folder(DATA / "heldout")
    assert score["chrome_leak"] <= 0.15
    assert score["header_leak"] <= 0.10


@pytest.mark.parametrize("half", ["tune", "heldout"])
def test_no_article_line_of_a_yahoo_or_msn_page_is_lost(half: str) -> None:
    assert score_folder(DATA / half)["body_recall"] == 1.0
