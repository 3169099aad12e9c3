"""The big aggregators' layout families of stop 24 (inkl byline blocks, Yahoo editions' top
bars and attribution rows, MSN markets' rails), on invented pages (tests/data/profiles15) and
invented lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsclean import Article, clean_text
from tests.test_longtail_cases import score_folder

DATA = Path(__file__).parent / "data" / "profiles15"
SETS = sorted(p for p in DATA.iterdir() if p.is_dir())


def test_there_are_invented_sets() -> None:
    assert SETS


@pytest.mark.parametrize("folder", SETS, ids=lambda p: p.name)
def test_invented_aggregator_set_scores_clean(folder: Path) -> None:
    score = score_folder(folder)
    assert score["body_recall"] == 1.0
    assert score["exact"] == 1.0
    assert score["chrome_leak"] == 0.0
    assert score["header_leak"] == 0.0


# ---------------------------------------------------------------- inkl byline block

INKL_PROMO = "Get all your news in one place.\n100’s of premium titles.\nOne app.\nStart reading\n"


@pytest.mark.parametrize("extra", ["Political Correspondent", "in Lisbon", "from Nairobi"])
def test_inkl_line_under_the_byline_is_no_headline(extra: str) -> None:
    page = (
        INKL_PROMO + "The Coastal Gazette\nThe Coastal Gazette\nWorld\nRuth Abernethy\n"
        f"{extra}\n\nPort strike ends after dockers accept a 9% pay offer\n\n"
        "Dockers voted on Tuesday to end a three-week strike that had stranded cargo ships."
    )
    art = clean_text(page, url="https://www.inkl.com/news/port-strike-ends")
    assert art.headline == "Port strike ends after dockers accept a 9% pay offer"
    assert [a.name for a in art.authors] == ["Ruth Abernethy"]
    assert extra not in (art.articleBody or "")


def test_inkl_title_inside_the_header_block_is_still_the_headline() -> None:
    page = (
        INKL_PROMO + "The Coastal Gazette\nThe Coastal Gazette\nWorld\nRuth Abernethy\n"
        "Port strike ends after dockers accept a 9% pay offer\n\n"
        "Dockers voted on Tuesday to end a three-week strike that had stranded cargo ships."
    )
    art = clean_text(page, url="https://www.inkl.com/news/port-strike-ends")
    assert art.headline == "Port strike ends after dockers accept a 9% pay offer"


# ---------------------------------------------------------------- Yahoo editions

def _yahoo(edition: str, *lines: str) -> Article:
    """Clean invented page lines as a Yahoo page of the edition host ``edition``."""
    return clean_text("\n".join(lines), url=f"https://{edition}/story-121500111.html")


YAHOO_STORY = (
    "Night trains return to the coast line after a decade\nHarbour Wire\nNadia Vell\n"
    "Thu, March 6, 2025 at 9:15 AM EST\n\n"
    "Overnight trains will run on the coast line again from May, the operator said."
)


@pytest.mark.parametrize("menu", [
    "News  Finance  Sports  More", "Nachrichten · Finanzen · Sport · Wetter",
    "Home | Mail | News | Weather",
])
def test_yahoo_menu_flattened_to_one_line_is_part_of_the_top_bar(menu: str) -> None:
    art = _yahoo("www.yahoo.com/news", "Yahoo News", "Search the web", "Sign in", menu, YAHOO_STORY)
    assert art.headline == "Night trains return to the coast line after a decade"
    assert art.publisher == "Harbour Wire"
    assert menu not in (art.articleBody or "")


def test_yahoo_provider_over_an_edition_time_row_is_the_publisher() -> None:
    art = _yahoo(
        "de.nachrichten.yahoo.com", "Bahnstrecke an der Küste wird ab Mai wieder befahren",
        "Westwind Presse", "Mo., 7. Dezember 2026 um 10:15 AM UTC+1", "",
        "Die Strecke entlang der Küste soll ab Mai wieder befahren werden, sagte der Betreiber.",
    )
    assert art.publisher == "Westwind Presse"
    assert art.headline == "Bahnstrecke an der Küste wird ab Mai wieder befahren"


def test_yahoo_job_line_under_the_writer_leaves_the_text() -> None:
    art = _yahoo(
        "sg.news.yahoo.com", "Yahoo News Singapore",
        "Hawker stalls add cashless queues at lunchtime",
        "Tan Wei Ling", "Senior Reporter", "Mon, 7 December 2026 at 1:45 pm SGT", "",
        "Stallholders at a Bedok food centre have started taking orders by phone.",
    )
    assert [a.name for a in art.authors] == ["Tan Wei Ling"]
    assert (art.articleBody or "").startswith("Stallholders")


# ---------------------------------------------------------------- MSN markets


@pytest.mark.parametrize("heading", ["Contenu similaire", "Contenuti simili", "Similar content"])
def test_msn_similar_content_rail_goes_with_its_cards(heading: str) -> None:
    page = (
        "Microsoft Start\nRiviera Matin\nSuivre\nHistoire de Riviera Matin • 6 h\n"
        "Le tramway de Nice prolongé jusqu'à l'aéroport en 2028\n"
        "La métropole a voté lundi le prolongement de la ligne 3 jusqu'au terminal 2.\n"
        f"{heading}\nCannes : le port de plaisance agrandi\nRiviera Matin • 2 j"
    )
    art = clean_text(page, url="https://www.msn.com/fr-fr/actualite/france/tramway/ar-AA1wX1aB")
    assert art.articleBody == (
        "La métropole a voté lundi le prolongement de la ligne 3 jusqu'au terminal 2."
    )
