"""longtail14: the header zone of pages no profile knows, one test per behaviour (invented
lines; the pages are in ``tests/data/longtail14``): a row of labelled parts on one line, the
section the URL's folder spells, app readers' pitches and follow buttons over the source, a
headline with a place before its colon, caption credits of other scripts and shapes, desks
and date stamps in Urdu."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsclean import clean_text
from newsclean.core.figures import caption_of
from newsclean.core.header import is_date_stamp, labelled_parts, masthead
from newsclean.normalize.byline import parse_byline
from newsclean.normalize.urls import slug, url_folders
from tests.test_longtail_cases import score_folder

DATA = Path(__file__).parent / "data" / "longtail14"
_BODY = [
    "The council approved the new budget on Monday after a debate that ran past midnight, "
    "officials said.",
    "The plan raises spending on roads by four percent and freezes fees for swimming pools.",
]


def _clean(*head: str, url: str = "https://townfeed.example/local/council-budget-8812"):
    return clean_text("\n".join([*head, *_BODY]), url=url)


def test_round_fourteen_tune_pages_are_read_whole() -> None:
    score = score_folder(DATA / "tune")
    assert score["exact"] == 1.0 and score["header_leak"] == 0.0
    assert score["body_recall"] == 1.0 and score["chrome_leak"] == 0.0


@pytest.mark.parametrize(
    ("line", "parts"),
    [
        ("来源：海滨日报  作者：周明远  2026-12-07 09:15",
         (("source", "海滨日报"), ("author", "作者：周明远"), ("date", "2026-12-07 09:15"))),
        ("2026-12-07 09:15 来源：海滨日报 作者：周明远",
         (("date", "2026-12-07 09:15"), ("source", "海滨日报"), ("author", "作者：周明远"))),
        ("发布时间：2026-12-07 09:15 来源：海滨日报 编辑：周明远",
         (("date", "发布时间：2026-12-07 09:15"), ("source", "海滨日报"), ("other", "周明远"))),
        ("07/12/2026 10:20  Fonte: Diário do Vale  Autor: Rui Pinto",
         (("date", "07/12/2026 10:20"), ("source", "Diário do Vale"),
          ("author", "Autor: Rui Pinto"))),
    ],
)
def test_a_row_of_labelled_parts_names_source_writer_and_date(line: str, parts: tuple) -> None:
    assert labelled_parts(line) == parts


@pytest.mark.parametrize(
    "line",
    [
        "来源：海滨日报",  # one part: the source line's own rule reads it
        "Source: the council said on Monday that the plan was final.",
        "Preis: 4 Euro Autor: unbekannt",  # words before the first label are no date
        "Mercado municipal de Vale Fundo fecha três meses para obras",
    ],
)
def test_a_line_of_fewer_parts_or_prose_is_no_labelled_row(line: str) -> None:
    assert labelled_parts(line) is None


def test_a_labelled_row_under_the_headline_fills_the_fields_and_leaves_the_text() -> None:
    art = _clean("Townfeed", "Council passes budget after late-night session",
                 "Source: Riverside Gazette  By: Harriet Vale  December 7, 2026")
    assert (art.publisher, [a.name for a in art.authors]) == ("Riverside Gazette", ["Harriet Vale"])
    assert art.headline == "Council passes budget after late-night session"
    assert "Riverside" not in (art.articleBody or "")


def test_a_labelled_source_takes_the_publisher_from_a_masthead_over_the_headline() -> None:
    art = _clean("Jornal Agora", "Mercado municipal fecha três meses para obras",
                 "07/12/2026 10:20  Fonte: Diário do Vale  Autor: Rui Pinto")
    assert art.publisher == "Diário do Vale"


@pytest.mark.parametrize(
    ("url", "folders"),
    [
        ("https://x.example/xa-hoi/trieu-cuong-t88.html", {"xa-hoi"}),
        ("https://x.example/daerah/2026/12/06/jembatan-putus", {"daerah"}),
        ("https://x.example/a/b_c/story", {"b-c"}),  # one letter is no section
        ("https://x.example/story-only", set()),
        (None, set()),
    ],
)
def test_url_folders_are_the_path_parts_before_the_story_as_slugs(url, folders) -> None:
    assert url_folders(url) == folders


def test_slug_drops_accents_and_letters_of_other_scripts() -> None:
    assert (slug("Xã hội"), slug("Économie locale"), slug("Łódź"), slug("社会")) == (
        "xa-hoi", "economie-locale", "lodz", "")


def test_the_line_over_the_headline_spelling_the_url_folder_is_the_section() -> None:
    head = ["Townfeed", "Home", "Latest", "Video", "Ekonomi", "Port tender set for January"]
    url = "https://townfeed.example/ekonomi/port-tender-8812"
    assert _clean(*head, url=url).articleSection == "Ekonomi"
    # the same menu over a story filed elsewhere: its last item is no section by the URL
    assert _clean(*head, url="https://townfeed.example/news/port-tender-8812").articleSection != (
        "Ekonomi"
    )


def test_a_story_flag_spelling_the_url_folder_is_no_section() -> None:
    url = "https://townfeed.example/live/budget-vote-live-4471"
    art = _clean("Townfeed", "Home", "Politics", "Live", "Budget vote live: tax rise approved",
                 url=url)
    assert art.articleSection != "Live"


@pytest.mark.parametrize(
    "pitch", ["Jetzt in der App lesen", "Ouvrir l'app", "Leer en la app", "Apri nell'app",
              "Läs i appen", "ایپ ڈاؤن لوڈ کریں"],
)
def test_an_app_pitch_over_the_source_and_its_age_is_no_headline(pitch: str) -> None:
    art = _clean("Townfeed", pitch, "Riverside Gazette", "3 hours ago",
                 "Council passes budget after late-night session")
    assert art.headline == "Council passes budget after late-night session"
    assert pitch not in (art.articleBody or "")


def test_a_headline_with_a_place_and_a_date_after_its_colon_is_no_fact_line() -> None:
    title = "Port-Vendres : la nouvelle criée ouvrira le 4 janvier"
    art = _clean("InfoMobile", "L'Écho du Littoral", "il y a 3 heures", title)
    assert art.headline == title


def test_a_fact_line_under_the_stamp_is_still_no_headline() -> None:
    art = _clean("Townfeed", "Council passes budget after late-night session", "December 7, 2026",
                 "Vote: 31 to 24")
    assert art.headline == "Council passes budget after late-night session"


@pytest.mark.parametrize("button", ["+ Suivre", "Follow", "+ Folgen", "Seguir"])
def test_a_follow_button_makes_the_name_over_it_the_publisher(button: str) -> None:
    art = _clean("InfoMobile", "Riverside Gazette", button, "3 hours ago",
                 "Council passes budget after late-night session")
    assert art.publisher == "Riverside Gazette"
    assert button not in (art.articleBody or "").split("\n")


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        ("Người dân dắt xe qua đoạn đường ngập sáng 7/12. Ảnh: Minh Khoa",
         "Người dân dắt xe qua đoạn đường ngập sáng 7/12.", "Minh Khoa"),
        ("Мешканці розчищають сніг біля школи. Фото: Олена Коваль",
         "Мешканці розчищають сніг біля школи.", "Олена Коваль"),
        ("A ponte medieval, com os andaimes já montados. Fotografia: Hugo Delgado/Lusa",
         "A ponte medieval, com os andaimes já montados.", "Hugo Delgado/Lusa"),
        ("Workers install steel plates on the deck on Sunday. Photo courtesy of DPWH Iloilo",
         "Workers install steel plates on the deck on Sunday.", "DPWH Iloilo"),
        ("海濱長廊延伸段已完成植樹工程。（梁子健攝）", "海濱長廊延伸段已完成植樹工程。", "梁子健"),
        ("الیکٹرک بس کا ایک اسٹاپ۔ (فوٹو: اے پی پی)", "الیکٹرک بس کا ایک اسٹاپ۔", "اے پی پی"),
    ],
)
def test_caption_credits_of_other_scripts_and_shapes(line: str, caption: str, credit: str) -> None:
    image = caption_of(line)
    assert image is not None and (image.caption, image.credit) == (caption, credit)


@pytest.mark.parametrize(
    "line",
    [
        "The photo courtesy of the museum shows the old hall.",
        "他说：“我们会继续努力。”（完）",
    ],
)
def test_prose_naming_a_photo_or_closing_a_bracket_is_no_caption(line: str) -> None:
    assert caption_of(line) is None


def test_a_date_stamp_over_the_lead_caption_is_the_date_not_alt_text() -> None:
    art = _clean("Townfeed", "Council passes budget after late-night session",
                 "December 7, 2026, 08:15 GMT+7",
                 "Councillors vote in the chamber. Photo: Sam Reed")
    assert art.datePublished is not None and art.datePublished.startswith("2026-12-07")


def test_papers_named_morning_or_evening_are_mastheads() -> None:
    assert masthead("香江晨報") and masthead("東岸晚報")


@pytest.mark.parametrize("desk", ["ویب ڈیسک", "نیوز ڈیسک", "वेब डेस्क"])
def test_a_desk_in_a_non_latin_script_is_a_desk_not_a_person(desk: str) -> None:
    parsed = parse_byline(desk)
    assert parsed.authors == () and parsed.desks == (desk,)


def test_urdu_date_stamps_with_their_label_and_time_of_day() -> None:
    assert is_date_stamp("شائع 07 دسمبر 2026 09:15 شام")
    assert not is_date_stamp("لاہور میں 07 دسمبر 2026 کو بارش ہوئی اور سڑکیں بند رہیں")


def test_an_agency_stamp_line_under_the_headline_ends_the_header_over_a_bare_dek() -> None:
    dek = "Las tres nuevas líneas funcionarán los viernes y sábados desde enero"
    art = _clean("NoticiApp", "El Faro del Norte", "Galicia",
                 "Vigo amplía el bus nocturno a los barrios del extrarradio",
                 "EUROPA PRESS · 07/12/2026 · 11:40", dek)
    assert art.headline == "Vigo amplía el bus nocturno a los barrios del extrarradio"
    assert dek in (art.articleBody or "").split("\n")  # the standfirst stays text


def test_the_name_a_marked_byline_displaces_over_an_age_stamp_is_the_publisher() -> None:
    art = _clean("LOKALKLICK", "Bremer Abendpost", "vor 4 Std.",
                 "Deich bei Dorum wird bis zum Frühjahr erhöht", "Von Maren Tiedemann")
    assert art.publisher == "Bremer Abendpost"
    assert [a.name for a in art.authors] == ["Maren Tiedemann"]


def test_a_name_over_the_headline_that_a_marked_byline_repeats_is_no_publisher() -> None:
    art = _clean("Townfeed", "Maren Tiedemann", "4 hours ago",
                 "Dike at Dorum to be raised by spring", "By Maren Tiedemann")
    assert art.publisher is None


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Updated Dec. 7, 2026, 10:14 a.m. ET, by Harriet Vale", "Harriet Vale"),
        ("December 7, 2026 by Harriet Vale", "Harriet Vale"),
        ("7 décembre 2026 par Marie Dubois", "Marie Dubois"),
    ],
)
def test_a_date_stamp_then_a_byline_names_the_writer_and_leaves_the_text(
    line: str, author: str
) -> None:
    art = _clean("Townfeed", "Council passes budget after late-night session", line)
    assert [a.name for a in art.authors] == [author]
    assert (art.datePublished or art.dateModified or "").startswith("2026-12-07")
    assert line not in (art.articleBody or "")


def test_a_sentence_with_a_date_and_by_stays_text() -> None:
    line = "On December 7, 2026 the council met by the river to hear the plans."
    art = _clean("Townfeed", "Council passes budget after late-night session", line)
    assert line in (art.articleBody or "").split("\n") and art.authors == []


def test_a_posted_in_line_with_its_writer_is_the_byline_and_without_one_chrome() -> None:
    art = _clean("Harbour Notes", "Slipway at Kettle Cove reopens after storm repairs",
                 "Posted in Community News by Gwen Treloar", "December 7, 2026")
    assert [a.name for a in art.authors] == ["Gwen Treloar"]
    art = _clean("Harbour Notes", "Slipway at Kettle Cove reopens after storm repairs",
                 "Posted in Community News", "December 7, 2026")
    assert art.authors == [] and "Posted in" not in (art.articleBody or "")


@pytest.mark.parametrize(
    "credit", ["Originally published by The Ridgefield Courier",
               "Republished from The Ridgefield Courier"],
)
def test_a_republisher_credit_line_names_the_publisher_and_is_no_headline(credit: str) -> None:
    art = _clean("CivicWire", "County libraries to open on Sunday afternoons from January",
                 "By Marcus Bell", credit)
    assert art.publisher == "The Ridgefield Courier"
    assert art.headline == "County libraries to open on Sunday afternoons from January"
