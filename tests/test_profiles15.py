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


def _inkl(*lines: str) -> Article:
    """Clean an invented inkl page: the promo, the publisher twice, then ``lines``."""
    page = INKL_PROMO + "The Coastal Gazette\nThe Coastal Gazette\n" + "\n".join(lines)
    return clean_text(page, url="https://www.inkl.com/news/invented-story")


@pytest.mark.parametrize("extra", ["Political Correspondent", "in Lisbon", "from Nairobi"])
def test_inkl_line_under_the_byline_is_no_headline(extra: str) -> None:
    art = _inkl(
        "World", "Ruth Abernethy", extra, "",
        "Port strike ends after dockers accept a 9% pay offer", "",
        "Dockers voted on Tuesday to end a three-week strike that had stranded cargo ships.",
    )
    assert art.headline == "Port strike ends after dockers accept a 9% pay offer"
    assert [a.name for a in art.authors] == ["Ruth Abernethy"]
    assert extra not in (art.articleBody or "")


@pytest.mark.parametrize("section", ["Thailand", "Motoring", "Opinion"])
def test_inkl_short_line_over_the_writer_is_the_section(section: str) -> None:
    art = _inkl(
        section, "Somchai Wattanapong", "", "Ferry piers to get floating platforms", "",
        "The fixed landings at 14 piers will be replaced before the rainy season.",
    )
    assert art.articleSection == section
    assert [a.name for a in art.authors] == ["Somchai Wattanapong"]
    assert art.headline == "Ferry piers to get floating platforms"


@pytest.mark.parametrize("section", ["Cost of living", "Motoring"])
def test_inkl_lone_short_line_without_a_writer_is_the_section(section: str) -> None:
    art = _inkl(section, "", "Energy bill support extended", "", "It will run two more years.")
    assert art.articleSection == section
    assert art.authors == []


@pytest.mark.parametrize("desk", ["Reuters", "PA Media"])
def test_inkl_lone_newsroom_line_is_no_section(desk: str) -> None:
    art = _inkl(desk, "", "Energy bill support extended", "", "The scheme will run two more years.")
    assert art.articleSection is None


def test_inkl_title_inside_the_header_block_is_still_the_headline() -> None:
    art = _inkl(
        "World", "Ruth Abernethy", "Port strike ends after dockers accept a 9% pay offer", "",
        "Dockers voted on Tuesday to end a three-week strike that had stranded cargo ships.",
    )
    assert art.headline == "Port strike ends after dockers accept a 9% pay offer"


@pytest.mark.parametrize("marker", ["Updated at 13.42 GMT", "Updated at 9:05am BST"])
def test_inkl_live_entry_marker_with_its_time_is_chrome(marker: str) -> None:
    art = _inkl(
        "Politics", "Ruth Abernethy", "", "Budget live: fuel duty frozen again", "", marker, "",
        "The chancellor has frozen fuel duty for another year.",
    )
    assert art.articleBody == "The chancellor has frozen fuel duty for another year."


@pytest.mark.parametrize("tool", ["Show latest update", "Show key events only"])
def test_inkl_live_blog_tools_are_chrome(tool: str) -> None:
    art = _inkl(
        "News", "Ruth Abernethy", "", "Airport live: flights cancelled after power failure", "",
        tool, "", "More than 300 flights have been cancelled after a power failure.",
    )
    assert art.articleBody == "More than 300 flights have been cancelled after a power failure."


def test_inkl_key_points_heading_stays_with_its_summary() -> None:
    art = _inkl(
        "News", "Ruth Abernethy", "", "Airport live: flights cancelled after power failure", "",
        "Key points", "", "  • Terminal 3 closed until 2pm", "",
        "More than 300 flights have been cancelled.",
    )
    assert (art.articleBody or "").startswith("Key points")


def test_match_reports_team_news_entry_is_text() -> None:
    art = _inkl(
        "Football", "Ruth Abernethy", "", "Northbridge v Castleford: League Cup semi-final – live",
        "", "Half-time: Northbridge 1-0 Castleford.", "",
        "Team news: Northbridge make two changes from the side that drew at the weekend.",
    )
    assert (art.articleBody or "").endswith("drew at the weekend.")


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


def test_yahoo_brand_of_a_long_edition_name_is_part_of_the_top_bar() -> None:
    art = _yahoo("nz.news.yahoo.com", "Yahoo News New Zealand", "Search", "Sign in", YAHOO_STORY)
    assert art.headline == "Night trains return to the coast line after a decade"
    assert "Yahoo News New Zealand" not in (art.articleBody or "")


def test_yahoo_search_placeholder_is_part_of_the_top_bar() -> None:
    art = _yahoo(
        "finance.yahoo.com/news", "Yahoo Finance", "Search for news, symbols or companies",
        "Sign in", "My Portfolio  News  Markets  Research", YAHOO_STORY,
    )
    assert art.headline == "Night trains return to the coast line after a decade"
    assert (art.articleBody or "").startswith("Overnight trains")


def test_yahoo_provider_printed_twice_is_one_publisher_over_the_writer() -> None:
    art = _yahoo(
        "www.yahoo.com/news", "Yahoo News",
        "Recount ordered in county clerk race decided by 11 votes",
        "Lakeshore Tribune", "Lakeshore Tribune", "Dana Kowalczyk",
        "Sun, December 6, 2026 at 4:05 PM EST", "",
        "A judge on Friday ordered a hand recount in the race for county clerk.",
    )
    assert art.publisher == "Lakeshore Tribune"
    assert [a.name for a in art.authors] == ["Dana Kowalczyk"]
    assert (art.articleBody or "").startswith("A judge on Friday ordered a hand recount")


def test_yahoo_japan_provider_under_the_time_row_and_comment_count() -> None:
    art = _yahoo(
        "news.yahoo.co.jp/articles", "Yahoo!ニュース",
        "北陸新幹線、敦賀以西ルートの環境調査を開始へ", "12/8(火) 11:40配信", "コメント27件",
        "北陸中央通信", "敦賀駅に停車する北陸新幹線（写真：時事）",
        "国土交通省は8日、環境影響評価の手続きを来年度に始めると発表した。",
    )
    assert art.publisher == "北陸中央通信"
    assert art.headline == "北陸新幹線、敦賀以西ルートの環境調査を開始へ"
    assert art.articleBody == "国土交通省は8日、環境影響評価の手続きを来年度に始めると発表した。"


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


@pytest.mark.parametrize("label", ["Visualizza commenti", "Ver comentários"])
def test_yahoo_comments_button_in_the_editions_language_ends_the_story(label: str) -> None:
    art = _yahoo(
        "it.notizie.yahoo.com", "Nuovo parcheggio scambiatore aperto a Bergamo", "ANSA",
        "lun 7 dicembre 2026, 09:30 CET", "",
        "Il nuovo parcheggio scambiatore della stazione ha aperto lunedì.", label,
        "Altre notizie dalla Lombardia",
    )
    assert art.articleBody == "Il nuovo parcheggio scambiatore della stazione ha aperto lunedì."


# ---------------------------------------------------------------- MSN markets


def _msn(market: str, *lines: str) -> Article:
    """Clean invented page lines as an MSN article page of ``market``."""
    return clean_text("\n".join(lines), url=f"https://www.msn.com/{market}/news/story/ar-AA1xZ0zZ")


def test_msn_dutch_attribution_row_names_the_writer() -> None:
    art = _msn(
        "nl-nl", "Microsoft Start", "Aanmelden", "Nieuws  Weer  Sport  Geld", "Dagblad Noordkant",
        "Volgen", "Verhaal van Sanne de Wit • 4 u", "Pont naar NDSM vaart vaker in de nacht",
        "De pont tussen Centraal Station en het NDSM-terrein vaart vanaf januari elk kwartier.",
    )
    assert [a.name for a in art.authors] == ["Sanne de Wit"]
    assert art.publisher == "Dagblad Noordkant"
    assert art.articleSection is None


def test_msn_long_source_name_beside_its_follow_button_is_the_publisher() -> None:
    art = _msn(
        "fr-ca", "Microsoft Start", "Se connecter", "Le Soleil de la Capitale", "Suivre",
        "Histoire de La Presse Canadienne • 5 h", "Le tramway de Québec obtient son financement",
        "Ottawa versera 2,4 milliards de dollars pour le tramway de Québec.",
    )
    assert art.publisher == "Le Soleil de la Capitale"
    assert art.articleBody == "Ottawa versera 2,4 milliards de dollars pour le tramway de Québec."


def test_msn_attribution_alone_under_the_headline_is_a_credit_only_caption() -> None:
    art = _msn(
        "en-gb", "Microsoft Start", "Sign in", "The Ledger UK", "Follow",
        "Story by Callum Rennard • 20h", "Seaside railway reopens three months after landslip",
        "© Provided by The Ledger UK",
        "A heritage railway on the Devon coast has reopened after a landslip buried its track.",
    )
    assert [(i.caption, i.credit) for i in art.images] == [(None, "The Ledger UK")]
    assert (art.articleBody or "").startswith("A heritage railway")


@pytest.mark.parametrize("heading", ["Contenu similaire", "Contenuti simili", "Similar content"])
def test_msn_similar_content_rail_goes_with_its_cards(heading: str) -> None:
    art = _msn(
        "fr-fr", "Microsoft Start", "Riviera Matin", "Suivre", "Histoire de Riviera Matin • 6 h",
        "Le tramway de Nice prolongé jusqu'à l'aéroport en 2028",
        "La métropole a voté lundi le prolongement de la ligne 3 jusqu'au terminal 2.",
        heading, "Cannes : le port de plaisance agrandi", "Riviera Matin • 2 j",
    )
    assert art.articleBody == (
        "La métropole a voté lundi le prolongement de la ligne 3 jusqu'au terminal 2."
    )


# ---------------------------------------------------------------- NewsBreak


NEWSBREAK_2024 = (
    "Open in App\n  • Local\n  • Weather\n  • Newsletter\n  • Lane County Ledger\n\n"
    "    Footbridge on river trail to be replaced next summer\n\n    By Hollis Greer\n\n"
    "    Dec 3, 2026\n\n    https://img.particlenews.example/image.php?url=5Yh2Kk_0aB7cD1e\n\n"
)


def test_newsbreak_line_under_the_picture_crediting_a_photographer_is_its_caption() -> None:
    page = NEWSBREAK_2024 + (
        "    The footbridge near Alton Baker Park. Photo by Hollis Greer\n\n"
        "    The city will replace the footbridge on the river trail next summer.\n"
    )
    art = clean_text(page, url="https://www.newsbreak.com/eugene-or/4121122334455-bridge")
    assert [(i.caption, i.credit) for i in art.images if i.caption] == [
        ("The footbridge near Alton Baker Park.", "Hollis Greer")
    ]
    assert art.articleBody == "The city will replace the footbridge on the river trail next summer."


def test_newsbreak_first_paragraph_under_the_picture_stays_text() -> None:
    page = NEWSBREAK_2024 + "    The city will replace the footbridge on the river trail.\n"
    art = clean_text(page, url="https://www.newsbreak.com/eugene-or/4121122334455-bridge")
    assert art.articleBody == "The city will replace the footbridge on the river trail."
