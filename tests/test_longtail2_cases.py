"""The second round of invented long-tail pages (tests/data/longtail2): story clusters, feed
readers, local TV, press-release wires, newsletter reposts and ko/zh/id/pt/it/pl pages, scored
with the same corpus metrics as the first round (``score_folder``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_longtail_cases import score_folder

DATA = Path(__file__).parent / "data" / "longtail2"


def _failed_floors(folder: str, exact: float, leaks: tuple[float, float], body: float) -> list[str]:
    """The metrics of a set that miss their floor (exact, body) or ceiling (chrome, header)."""
    score = score_folder(DATA / folder)
    limits = {"exact": exact, "chrome_leak": leaks[0], "header_leak": leaks[1], "body_recall": body}
    return [
        name for name, limit in limits.items()
        if (score[name] > limit if name.endswith("leak") else score[name] < limit)
    ]


def test_round_two_tuning_pages_meet_the_targets() -> None:
    assert _failed_floors("tune", 0.95, (0.03, 0.03), 1.0) == []


def test_round_two_held_out_pages_stay_above_their_measured_floors() -> None:
    # never tuned on before its figure was recorded: floors sit under it, to catch regressions
    assert _failed_floors("heldout", FLOOR_EXACT, (FLOOR_CHROME, FLOOR_HEADER), FLOOR_BODY) == []


def test_pages_written_after_the_round_keep_every_article_line() -> None:
    # heldout3: written and scored once the round's rules were in, before the last fixes
    assert _failed_floors("heldout3", 0.82, (0.08, 0.10), 1.0) == []


@pytest.mark.parametrize("half", ["tune", "heldout"])
def test_round_two_sets_hold_at_least_fifteen_pages(half: str) -> None:
    assert len(list((DATA / half).glob("*.json"))) >= 15


# Measured on the held-out pages after the round (README, "long-tail" section): exact 75.0%,
# chrome leak 8.7%, header leak 13.8%, body-line recall 96.8% as recorded, 98.4% once a pattern
# that ate a contact heading went (one standfirst is still read as the title, as before).
FLOOR_EXACT = 0.73
FLOOR_CHROME = 0.10
FLOOR_HEADER = 0.15
FLOOR_BODY = 0.98
