"""The big aggregators' layout families of stop 23 (Yahoo incl. Yahoo! Japan, MSN editions,
NewsBreak), on invented pages (tests/data/profiles14) and invented lines."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsclean import clean_text, parse_byline
from newsclean.core.figures import caption_of
from newsclean.core.header import byline_of
from tests.test_longtail_cases import score_folder

DATA = Path(__file__).parent / "data" / "profiles14"


def test_invented_aggregator_pages_score_clean() -> None:
    score = score_folder(DATA)
    assert score["body_recall"] == 1.0
    assert score["exact"] == 1.0
    assert score["chrome_leak"] == 0.0
    assert score["header_leak"] == 0.0


# ---------------------------------------------------------------- Yahoo bylines


def test_two_writers_each_with_a_modified_role_are_a_byline() -> None:
    line = "Priya Oduya, Environment Reporter and Tomas Reyne, Local Democracy Reporter"
    assert byline_of(line) == line
    assert parse_byline(line).authors == ("Priya Oduya", "Tomas Reyne")


def test_role_modifiers_without_a_role_head_do_not_make_a_byline() -> None:
    assert byline_of("Priya Oduya and Tomas Reyne on Transport Policy") is None


def test_own_newsroom_writer_with_role_is_the_byline_not_the_provider() -> None:
    page = (
        "Yahoo News Australia\nWombats dig up fairways as golf club pleads for help\n"
        "Callum Fitzgerald-Ho · Senior Reporter\nUpdated Tue 8 December 2026 at 9:15 am\n\n"
        "Groundskeepers at a golf club say wombat burrows have closed three holes since spring."
    )
    art = clean_text(page, url="https://au.news.yahoo.com/wombats-golf-051122334.html")
    assert art.publisher is None
    assert [a.name for a in art.authors] == ["Callum Fitzgerald-Ho"]


def test_a_provider_over_the_writer_stays_the_publisher() -> None:
    page = (
        "Grocery chain profit beats forecasts as shoppers trade down\nHarbour Wire\n"
        "Nadia Vell\nThu, March 6, 2025 at 9:15 AM EST\n\n"
        "The grocer said profit rose as shoppers moved to its own-label goods this winter."
    )
    art = clean_text(page, url="https://finance.yahoo.com/news/grocer-profit-131500123.html")
    assert art.publisher == "Harbour Wire"
    assert [a.name for a in art.authors] == ["Nadia Vell"]


# ---------------------------------------------------------------- Yahoo! Japan

JP_TOP = (
    "Yahoo!ニュース\n函館の朝市、冬季も営業延長へ　観光客増で\n"
    "12/8(火) 9:30配信\n道南海峡新聞\n"
)


def test_paper_and_reporters_in_one_cjk_list_are_all_authors() -> None:
    parsed = parse_byline("（道南海峡新聞　高村美咲記者、青柳修記者）")
    assert parsed.authors == ("高村美咲", "青柳修")
    assert parsed.organizations == ("道南海峡新聞",)


def test_closing_bracketed_credit_is_the_byline_and_leaves_the_text() -> None:
    page = (
        f"{JP_TOP}"
        "函館市の朝市協同組合は8日、冬季の営業時間を1時間延長すると発表した。\n"
        "（道南海峡新聞　高村美咲記者、青柳修記者）\n"
    )
    art = clean_text(page, url="https://news.yahoo.co.jp/articles/0a1b2c3d4e5f6071")
    assert [a.name for a in art.authors] == ["高村美咲", "青柳修"]
    assert "記者" not in (art.articleBody or "")
    assert "発表した。" in (art.articleBody or "")


def test_bracketed_line_without_a_reporter_title_stays_in_the_text() -> None:
    page = (
        f"{JP_TOP}"
        "函館市の朝市協同組合は8日、冬季の営業時間を1時間延長すると発表した。\n（続く）\n"
    )
    art = clean_text(page, url="https://news.yahoo.co.jp/articles/0a1b2c3d4e5f6071")
    assert art.authors == []


def test_source_line_over_its_pictures_credit_is_the_publisher() -> None:
    page = (
        f"{JP_TOP}"
        "冬の朝市でカニを選ぶ観光客（写真：道南海峡新聞）\n"
        "函館市の朝市協同組合は8日、冬季の営業時間を1時間延長すると発表した。\n"
    )
    art = clean_text(page, url="https://news.yahoo.co.jp/articles/0a1b2c3d4e5f6071")
    assert art.publisher == "道南海峡新聞"
    shown = [(i.caption, i.credit) for i in art.images]
    assert shown == [("冬の朝市でカニを選ぶ観光客", "道南海峡新聞")]


# ---------------------------------------------------------------- caption tails


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        ("A wombat near a bunker on the seventh hole. Source: Supplied",
         "A wombat near a bunker on the seventh hole.", "Supplied"),
        ("Una grúa coloca la nueva compuerta. Fuente: Archivo Municipal",
         "Una grúa coloca la nueva compuerta.", "Archivo Municipal"),
        ("冬の朝市でカニを選ぶ観光客（写真：道南海峡新聞）",
         "冬の朝市でカニを選ぶ観光客", "道南海峡新聞"),
    ],
)
def test_credit_closing_a_short_line_makes_it_a_caption(
    line: str, caption: str, credit: str
) -> None:
    image = caption_of(line)
    assert image is not None
    assert (image.caption, image.credit) == (caption, credit)


def test_a_long_paragraph_citing_its_source_is_no_caption() -> None:
    line = (
        "Rents in the region rose by 6.1% over the year, faster than wages, and the gap has "
        "widened every quarter since the spring of 2024, according to the agency's survey of "
        "letting agents. Source: Regional Housing Survey"
    )
    assert caption_of(line) is None


def test_source_word_inside_a_sentence_is_no_caption() -> None:
    assert caption_of("Officials named the source: a cracked valve.") is None


# ---------------------------------------------------------------- MSN editions

MSN_DE = (
    "Microsoft Start\nAnmelden\nNachrichten\nOstsee-Kurier\nFolgen\n"
    "Geschichte von Hauke Brandtner, Merle Oltmanns • 2 Std.\n"
    "Neuer Fähranleger in Laboe soll im Mai fertig sein\n"
    "Der Anleger im Herbst. © Ostsee-Kurier/Ina Voss\n"
    "Laboe. Der neue Fähranleger soll im Mai in Betrieb gehen, teilte die Gemeinde mit.\n"
    "Fortsetzung des Artikels\n"
    "Die Kosten liegen bei rund vier Millionen Euro.\n"
    "Ähnliche Inhalte\nHafenfest fällt in diesem Jahr kleiner aus\n"
)


def test_msn_attribution_row_anchors_source_byline_and_top_bar() -> None:
    art = clean_text(MSN_DE, url="https://www.msn.com/de-de/nachrichten/regional/x/ar-AA1bCdEf")
    assert art.publisher == "Ostsee-Kurier"
    assert [a.name for a in art.authors] == ["Hauke Brandtner", "Merle Oltmanns"]
    assert art.headline == "Neuer Fähranleger in Laboe soll im Mai fertig sein"
    assert art.articleSection is None
    body = art.articleBody or ""
    for chrome in ("Microsoft Start", "Nachrichten", "Folgen", "Geschichte von"):
        assert chrome not in body


def test_msn_slot_labels_and_rail_after_its_heading_leave_the_text() -> None:
    art = clean_text(MSN_DE, url="https://www.msn.com/de-de/nachrichten/regional/x/ar-AA1bCdEf")
    body = art.articleBody or ""
    assert "Fortsetzung des Artikels" not in body
    assert "Hafenfest" not in body
    assert "Die Kosten liegen bei rund vier Millionen Euro." in body
    assert "Laboe. Der neue Fähranleger" in body


def test_msn_related_video_slot_line_is_chrome() -> None:
    page = (
        "Microsoft Start\nSign in\nThe Bayside Courier\nFollow\n"
        "Story by Lena Korhonen • 3h\nHarbor seawall repairs to start in March\n"
        "Crews will rebuild 400 feet of the seawall near the marina, the port said.\n"
        "Related video: Storm surge tops seawall (KBAY)\n"
        "The work is expected to take eight months.\n"
    )
    art = clean_text(page, url="https://www.msn.com/en-us/news/us/x/ar-AA1bCdEg")
    assert "Related video" not in (art.articleBody or "")
    assert "The work is expected to take eight months." in (art.articleBody or "")


def test_msn_newsroom_credit_row_names_no_author() -> None:
    page = (
        "Microsoft Start\nIniciar sesión\nEl Heraldo del Norte\n"
        "Historia de Redacción El Heraldo del Norte / EFE • 5 h\n"
        "Cierran la carretera a Saltillo por neblina\n"
        "Monterrey. Protección Civil cerró este martes la carretera a Saltillo por la neblina.\n"
    )
    art = clean_text(page, url="https://www.msn.com/es-mx/noticias/mexico/x/ar-AA1bCdEh")
    assert art.publisher == "El Heraldo del Norte"
    assert art.authors == []
    assert "Historia de" not in (art.articleBody or "")


# ---------------------------------------------------------------- NewsBreak


def test_related_card_under_a_whole_story_marks_no_cut() -> None:
    case = json.loads((DATA / "newsbreak-2022-whole-story.json").read_text(encoding="utf-8"))
    art = clean_text(case["text"], url=case["url"])
    assert art.truncated is False
    assert "Library levy" not in (art.articleBody or "")


def test_page_text_cut_inside_the_related_teaser_is_truncated() -> None:
    page = (
        "ContributorsPublishersAdvertisers\nSpokane, WA\n"
        "Footbridge over the Spokane River opens to walkers\nBy Orla Pennington-Reyes\n"
        "Inland Courier\nInland Courier\n 2 days ago\n"
        "A new footbridge linking two riverside parks opened on Saturday, a year late.\n"
        "The city said the bridge cost $7.2 million, most of it paid by a state grant.\n"
        "Inland Courier\nLibrary levy heads to February ballot\n"
        "Voters will decide in February whether to renew the levy that funds the branch hours "
        "and the"
    )
    art = clean_text(page, url="https://www.newsbreak.com/news/2799120044-river-trail-bridge-opens")
    assert art.truncated is True
    assert "Library levy" not in (art.articleBody or "")


@pytest.mark.parametrize(
    "line",
    [
        "https://img.feedpics.example/image.php?url=0aB1cD2eF3",
        "https://cdn.localfeed.example/photos/2026/12/bridge.jpeg",
    ],
)
def test_image_address_line_is_newsbreak_chrome(line: str) -> None:
    page = (
        "Open in App\n  • Local\n  • Politics\n  • Inland Courier\n\n"
        "Footbridge over the Spokane River opens to walkers\n\nBy Orla Pennington-Reyes,\n\n"
        f"Dec 6, 2026\n\n{line}\n\n"
        "A new footbridge linking two riverside parks opened on Saturday, a year late."
    )
    art = clean_text(page, url="https://www.newsbreak.com/spokane-wa/2799120044-bridge-opens")
    assert line not in (art.articleBody or "")
    assert "A new footbridge" in (art.articleBody or "")
