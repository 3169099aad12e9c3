"""Round 7 of the long tail (tests/data/longtail7): a menu opened by its home link, key-points
lists under the header, one-word first names in bylines, share rows of verb-and-target
buttons, comment boxes and newsletter pitches in more languages, the author's bio and reader
pitches among teaser cards. The tuning pages are scored with the corpus metrics; each family
is pinned below with strings written for these tests, beside the traps that must stay text."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsclean import clean_text, parse_byline
from newsclean.core.chromeshape import author_bio, share_row
from newsclean.core.header import is_date_stamp
from tests.test_longtail5_cases import _lines
from tests.test_longtail6_cases import _BODY, _TITLE, _URL, _clean
from tests.test_longtail_cases import score_folder

DATA = Path(__file__).parent / "data" / "longtail7"


def test_round_seven_tuning_pages_keep_the_text_and_leak_almost_nothing() -> None:
    # One page (itweekly) still loses its standfirst to the headline: printed under the byline
    # and date, it is taken for the title (a rule for it cost an earlier held-out page; left).
    score = score_folder(DATA / "tune")
    leaks = (score["chrome_leak"], score["header_leak"])
    assert score["body_recall"] >= 0.98 and score["exact"] >= 0.95 and max(leaks) <= 0.02


@pytest.mark.parametrize(
    "menu",
    [["Home", "News", "Sport", "Business", "Lifestyle"], ["Beranda", "Daerah", "Ekonomi"],
     ["Главная", "Город", "Спорт"], ["トップ", "国内", "エンタメ"],
     ["Portada", "Local", "Deportes"]],
)
def test_a_menu_opened_by_its_home_link_ends_in_no_section(menu: list[str]) -> None:
    art = clean_text("\n".join([*menu, _TITLE, "Harbour Weekly", *_BODY]), url=_URL)
    assert art.articleSection is None and art.headline == _TITLE
    assert _lines(art.articleBody) == _BODY


def test_a_kicker_repeating_a_menu_item_under_a_home_menu_is_the_section() -> None:
    page = ["Home", "News", "Sport", "Business", "Sport", _TITLE, "Harbour Weekly", *_BODY]
    assert clean_text("\n".join(page), url=_URL).articleSection == "Sport"


def test_a_known_section_under_a_menu_with_no_home_link_stays_the_section() -> None:
    page = ["Sign in", "Register", "News", "Opinion", "Photos", "Business", _TITLE, *_BODY]
    assert clean_text("\n".join(page), url=_URL).articleSection == "Business"


_POINTS = ["• Fares frozen", "• Passes unchanged", "• New timetable"]


def test_a_short_key_points_list_under_the_header_is_text_not_buttons() -> None:
    page = [_TITLE, "Harbour Weekly", "June 26, 2026", *_POINTS, *_BODY]
    assert _clean(*page) == [*_POINTS, *_BODY]


def test_a_key_points_heading_under_the_date_is_no_headline() -> None:
    page = [_TITLE, "Harbour Weekly", "Von Sabine Huber", "26.06.2026, 10:00 Uhr",
            "Das Wichtigste in Kürze", *_POINTS, *_BODY]
    art = clean_text("\n".join(page), url=_URL)
    assert art.headline == _TITLE and [a.name for a in art.authors] == ["Sabine Huber"]
    assert _lines(art.articleBody) == ["Das Wichtigste in Kürze", *_POINTS, *_BODY]


def test_buttons_under_the_header_are_still_a_tool_row() -> None:
    page = [_TITLE, "Harbour Weekly", "June 26, 2026", "Save", "Listen", *_BODY]
    assert _clean(*page) == _BODY


@pytest.mark.parametrize(
    ("raw", "authors"),
    [("Jana Novak and Tariq", ("Jana Novak", "Tariq")),
     ("By Tariq, Leena and Sam", ("Tariq", "Leena", "Sam")),
     ("By Ann Lee and Leena", ("Ann Lee", "Leena")),
     ("di Chiara", ("Chiara",)), ("Muhabir: Emre", ("Emre",))],
)
def test_one_word_first_names_in_bylines_are_people(raw: str, authors: tuple[str, ...]) -> None:
    byline = parse_byline(raw)
    assert byline.authors == authors and byline.organizations == ()


@pytest.mark.parametrize(
    ("raw", "authors", "orgs"),
    [("By Jane Doe and Reuters", ("Jane Doe",), ("Reuters",)),
     ("By Jane Doe, London and Paris", ("Jane Doe",), ()),
     ("Escribe Ana Gil en Territorio", ("Ana Gil",), ()),
     ("Di Chiara", ("Di Chiara",), ()),
     ("Marta Lindqvist, Gadget Ledger", ("Marta Lindqvist",), ("Gadget Ledger",)),
     ("Jane Doe, John Smith", ("Jane Doe", "John Smith"), ()),
     ("Jane Doe, Staff Writer", ("Jane Doe",), ())],
)
def test_bylines_tell_brands_places_and_publications_from_people(
    raw: str, authors: tuple[str, ...], orgs: tuple[str, ...]
) -> None:
    byline = parse_byline(raw)
    assert (byline.authors, byline.organizations) == (authors, orgs)


@pytest.mark.parametrize(
    "row",
    ["Condividi su Facebook Condividi su X Condividi su WhatsApp",
     "Share on Facebook Share on X Share by email",
     "Partager sur Facebook Partager sur X Envoyer par e-mail",
     "Deel dit artikel: Facebook X LinkedIn"],
)
def test_share_buttons_with_their_verbs_are_a_share_row(row: str) -> None:
    assert share_row(row)
    assert _clean(_TITLE, *_BODY, row) == _BODY


@pytest.mark.parametrize(
    "line", ["Share your photos on Facebook and X.", "Facebook and X said on Monday",
             "Share prices on Facebook fell"],
)
def test_sentences_naming_networks_are_no_share_row(line: str) -> None:
    assert not share_row(line)


@pytest.mark.parametrize(
    "line",
    ["Commenti: 2", "Yorumlar (3)", "Lascia un commento", "Laisser un commentaire",
     "Zostaw komentarz", "Leave a comment"],
)
def test_comment_boxes_under_the_text_are_chrome(line: str) -> None:
    assert _clean(_TITLE, *_BODY, line, "Related stories", "Lighthouse opens") == _BODY


@pytest.mark.parametrize(
    "line",
    ["Melden Sie sich für unseren Newsletter an und erhalten Sie jeden Abend die Nachrichten.",
     "Zapisz się do newslettera i otrzymuj najważniejsze informacje z regionu.",
     "Ontvang elke ochtend het nieuws uit de regio in je mailbox.",
     "Recevez chaque matin l'essentiel de l'actualité de votre région."],
)
def test_newsletter_pitches_after_the_text_are_chrome(line: str) -> None:
    assert _clean(_TITLE, *_BODY, line, "Comments (2)") == _BODY


def test_a_paragraph_about_a_newsletter_stays() -> None:
    body = [*_BODY, "The operator will post timetable changes in its monthly newsletter."]
    assert _clean(_TITLE, *body) == body


@pytest.mark.parametrize(
    ("line", "truncated"),
    [("Baca artikel selengkapnya di Harbour Weekly", True), ("원문 기사 보기", True),
     ("Läs mer på Harbour Weekly", True), ("Haberin tamamını okumak için tıklayın", True)],
)
def test_read_on_links_in_more_languages_cut_the_text(line: str, truncated: bool) -> None:
    art = clean_text("\n".join([_TITLE, *_BODY, line]), url=_URL)
    assert art.truncated is truncated and _lines(art.articleBody) == _BODY


@pytest.mark.parametrize("stamp", ["6 juni 2026 kl. 15.10", "6 Haziran 2026 16:30"])
def test_swedish_and_turkish_date_stamps(stamp: str) -> None:
    assert is_date_stamp(stamp)


def test_a_turkish_sentence_naming_a_month_is_no_date_stamp() -> None:
    assert not is_date_stamp("Mart ayında belediye yeni parkı açtı.")


def test_the_authors_bio_among_the_tail_chrome_goes() -> None:
    page = [_TITLE, "By Ann Lee", "Harbour Weekly", *_BODY,
            "Ann Lee is a reporter at Harbour Weekly covering transport.", "Related Topics",
            "Ferries", "Islands"]
    assert _clean(*page) == _BODY


def test_a_bio_needs_the_bylines_author_and_a_verb() -> None:
    assert author_bio("Ann Lee is a reporter covering transport.", ("Ann Lee",))
    assert not author_bio("Tom Hart is the ferry company's director.", ("Ann Lee",))
    assert not author_bio("Ann Lee", ("Ann Lee",))


def test_a_closing_quote_from_someone_else_stays() -> None:
    last = "Tom Hart is pleased the ferry is back, he said."
    page = [_TITLE, "By Ann Lee", "Harbour Weekly", *_BODY, last]
    assert _clean(*page)[-1] == last


def test_a_reader_pitch_under_teaser_cards_goes() -> None:
    page = [_TITLE, "Harbour Weekly", "June 26, 2026", *_BODY, "More on Ferries",
            "Lighthouse open to visitors", "25 June 2026 • 2 min read",
            "Join the TideFeed community for free and get our daily newsletter.", "Sponsored",
            "How to save on ferry fares"]
    assert _clean(*page) == _BODY


@pytest.mark.parametrize(
    "line", ["Start your free trial today", "This summary was created with AI and reviewed by "
             "our editors."],
)
def test_trial_offers_and_ai_notes_over_the_headline_are_no_headline(line: str) -> None:
    art = clean_text("\n".join(["TideFeed", line, _TITLE, "Harbour Weekly", *_BODY]), url=_URL)
    assert art.headline == _TITLE and _lines(art.articleBody) == _BODY


def test_a_disclaimer_label_over_the_disclaimer_goes_with_it() -> None:
    tail = ["Legal Disclaimer:", "TideFeed provides the information as is, without warranty of "
            "any kind, and accepts no liability for its accuracy.", "Most popular stories",
            "Lighthouse open to visitors"]
    assert _clean(_TITLE, "Harbour Weekly", *_BODY, *tail) == _BODY


def test_a_headline_under_a_bare_site_name_and_date_stays_the_headline() -> None:
    page = ["Harbour Weekly", "26 June 2026", _TITLE, *_BODY]
    assert clean_text("\n".join(page), url=_URL).headline == _TITLE


@pytest.mark.parametrize(
    "tail",
    [["Summary generated from 3 sources", "Harbour Weekly", "Island Post", "Report an issue"],
     ["Источник: Приморская газета", "Новостник — агрегатор новостей городских изданий."],
     ["Dieser Artikel stammt von Harbour Weekly und wurde nicht redaktionell bearbeitet.",
      "Weitere Nachrichten aus der Region", "Feuerwehr bekommt neues Fahrzeug"]],
)
def test_aggregator_notes_and_source_lines_after_the_text_are_chrome(tail: list[str]) -> None:
    assert _clean(_TITLE, "Harbour Weekly", *_BODY, *tail) == _BODY


def test_a_source_named_inside_a_sentence_stays() -> None:
    last = "Источник в администрации сообщил, что паром будет ходить до октября."
    assert _clean(_TITLE, *_BODY, last)[-1] == last


def test_every_bullet_of_an_app_menu_goes_with_the_named_ones() -> None:
    page = ["Open in App", "• Local", "• Crime & Safety", "• Weather", "• Newsletter", _TITLE,
            "Harbour Weekly", "9 hours ago", *_BODY]
    art = clean_text("\n".join(page), url=_URL)
    assert art.headline == _TITLE and _lines(art.articleBody) == _BODY


def test_a_name_and_its_site_over_the_text_is_a_byline_not_the_publisher() -> None:
    page = [_TITLE, "Marta Lindqvist, Gadget Ledger", "June 6, 2026", *_BODY]
    art = clean_text("\n".join(page), url=_URL)
    assert [a.name for a in art.authors] == ["Marta Lindqvist"]
    assert art.publisher != "Marta Lindqvist, Gadget Ledger"


@pytest.mark.parametrize(
    "top", [["Trending:", "Foldables", "Batteries"], ["Inicio", "Más leídas"]],
)
def test_topic_pills_and_rail_headings_over_the_headline_are_no_section(top: list[str]) -> None:
    art = clean_text("\n".join([*top, _TITLE, "Harbour Weekly", *_BODY]), url=_URL)
    assert art.articleSection is None and art.headline == _TITLE
