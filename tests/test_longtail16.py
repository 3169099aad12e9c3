"""Round 16 of the long tail (tests/data/longtail16): the header zone of pages no profile
knows, in languages no rule was tuned on. A lead picture's caption whose credit label no list
holds, bylines and stamps in Hungarian, Swahili, Filipino, Bulgarian, Slovak, Catalan,
Lithuanian. Each family is pinned beside the text that must stay."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsclean import clean_text
from newsclean.core.headercredit import header_credit
from newsclean.normalize.dates import is_date_line
from tests.test_longtail_cases import score_folder

DATA = Path(__file__).parent / "data" / "longtail16"
_URL = "https://habarileo.example/habari/2026/12/07/soko-jipya-la-samaki"
_PARAGRAPH = (
    "Soko jipya la samaki la Kilifi litafunguliwa mwezi ujao, baada ya ujenzi wa miaka miwili "
    "uliogharimu shilingi milioni 300, halmashauri ya kaunti imesema."
)
_SECOND = "Wavuvi wamesema soko hilo litapunguza hasara ya samaki wanaoharibika."


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        ("Halászhajók a kikötőben. Fotó: Nagy Péter", "Halászhajók a kikötőben.", "Nagy Péter"),
        ("Wavuvi wakipakua samaki. PICHA: JUMA ALI", "Wavuvi wakipakua samaki.", "JUMA ALI"),
        ("Рибари на пристанището. Снимка: Иван Колев", "Рибари на пристанището.", "Иван Колев"),
        ("Boats at the quay on Monday. Photo by Ana Ruiz /The Ledger",
         "Boats at the quay on Monday.", "Ana Ruiz /The Ledger"),
        ("Mga bangka sa pantalan. (Kuha ni Lito Cruz)", "Mga bangka sa pantalan.", "Lito Cruz"),
    ],
)
def test_header_credit_reads_any_one_word_label_or_listed_open_label(line, caption, credit):
    image = header_credit(line)
    assert image is not None
    assert (image.caption, image.credit) == (caption, credit)


@pytest.mark.parametrize(
    "line",
    [
        "The mayor spoke on Monday. Result: Nothing changed.",  # a sentence, not a name, ends it
        "Officials met on Monday. Later: the council voted to add money to the winter budget",
        "Boats at the quay on Monday. (Photo by Ana Ruiz",  # an unclosed bracket
        "Wavuvi wakipakua samaki",  # no sentence before a label
    ],
)
def test_header_credit_leaves_prose_with_a_colon(line):
    assert header_credit(line) is None


def test_unknown_photo_label_under_headline_is_the_lead_caption():
    art = clean_text("\n".join([
        "Habari Leo",
        "Soko jipya la samaki kufunguliwa Kilifi",
        "Na Zawadi Mwangi",
        "Jumanne, Desemba 8, 2026",
        "Wavuvi wakipakua samaki Kilifi. PICHA: ZAWADI MWANGI",
        _PARAGRAPH,
        _SECOND,
    ]), url=_URL)
    assert [(i.caption, i.credit) for i in art.images] == [
        ("Wavuvi wakipakua samaki Kilifi.", "ZAWADI MWANGI")]
    assert [a.name for a in art.authors] == ["Zawadi Mwangi"]
    assert [x for x in art.articleBody.split("\n") if x] == [_PARAGRAPH, _SECOND]


def test_a_colon_label_line_in_the_text_stays_text():
    tail = "Mvuvi mmoja alisema hivi. Jibu: Hapana"
    art = clean_text("\n".join([
        "Habari Leo", "Soko jipya la samaki kufunguliwa Kilifi", "Na Zawadi Mwangi",
        _PARAGRAPH, _SECOND, tail, "Wanunuzi walifika mapema asubuhi."]), url=_URL)
    assert tail in art.articleBody.split("\n")
    assert art.images == []


@pytest.mark.parametrize(
    "line",
    [
        "2026. december 7., hétfő 14:32",  # hu: year first, weekday after
        "Jumatatu, Desemba 7, 2026",  # sw
        "Disyembre 7, 2026 | 3:15 PM",  # tl
        "Dnes 10:45",  # sk: "today" and a time
        "петък, 4 декември 2026",  # bg
        "2026 m. gruodžio 7 d.",  # lt
        "dilluns, 7 de desembre de 2026",  # ca
    ],
)
def test_stamps_in_untuned_languages_are_date_lines(line):
    assert is_date_line(line)


def test_a_sentence_with_a_month_word_is_no_date_line():
    assert not is_date_line("Jumatatu wavuvi walifika Desemba 7, 2026")


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Szerző: Kovács Anna", "Kovács Anna"),
        ("Na Amina Odhiambo", "Amina Odhiambo"),
        ("Ni Jose Ramos", "Jose Ramos"),
        ("Автор: Мария Петрова", "Мария Петрова"),
    ],
)
def test_byline_markers_of_untuned_languages_leave_the_name(line, author):
    art = clean_text("\n".join(["Habari Leo", "Soko jipya la samaki kufunguliwa Kilifi", line,
                                _PARAGRAPH, _SECOND]), url=_URL)
    assert [a.name for a in art.authors] == [author]
    assert line not in art.articleBody


@pytest.mark.parametrize("folder", ["set1", "set3", "set4"])
def test_own_sets_meet_the_header_targets(folder):
    score = score_folder(DATA / folder)
    assert score["exact"] >= 0.9
    assert score["header_leak"] <= 0.08
    assert score["body_recall"] >= 0.99


# a meta row: a stamp, a person's name and a short label in any order


def test_meta_row_with_stamp_name_and_section_gives_byline_and_section():
    art = clean_text("\n".join([
        "Denník Sever", "Nová lávka cez Hron bude hotová v lete",
        "Včera 18:02 | Peter Kováč | Región", _PARAGRAPH, _SECOND,
    ]), url="https://dennik-sever.example/region/nova-lavka-cez-hron/")
    assert [a.name for a in art.authors] == ["Peter Kováč"]
    assert art.articleSection == "Región"
    assert "Peter Kováč" not in art.articleBody


def test_a_two_part_row_in_another_order_is_no_byline():
    # "2 hours ago · Wessex Echo" under the text is a card's source, no writer
    from newsclean.core.header import meta_row_label

    assert meta_row_label("2 hours ago · Wessex Echo") is None
    assert meta_row_label("Dnes 10:45 | Zuzana Hudecová | Domov") == "Domov"
    assert meta_row_label("Dnes 10:45 | Zuzana Hudecová | Mesto sa rozhodlo o 3 veciach") is None


@pytest.mark.parametrize("button", ["Subscriu-te", "Inscreva-se", "Registra-te"])
def test_a_verb_with_its_pronoun_is_no_masthead(button):
    from newsclean.core.header import masthead

    assert not masthead(button)
    assert masthead("Ouest-France")


# shapes of header lines whose words no list holds (core/headershape.py)

from newsclean.core.headershape import (  # noqa: E402
    age_shape,
    label_line,
    labelled_value,
    other_credit,
    stamp_shape,
)


@pytest.mark.parametrize(
    "line",
    ["mánudagur 7. desember 2026 kl. 14:20", "07 dhjetor 2026, 15:45", "Jumatatu, Desemba 7, 2026"],
)
def test_stamp_shape_is_a_year_a_day_and_few_words(line):
    assert stamp_shape(line)


@pytest.mark.parametrize(
    "line",
    [
        "Harbour Times — 4 Mar 2026",  # a name beside the stamp
        "Harian Pesisir07-12-2026",  # a name glued to it
        "The council met on 7 December 2026 to vote on the plan",  # too many words
        "Ana Ruiz 7.12.2026",
    ],
)
def test_stamp_shape_leaves_names_and_sentences(line):
    assert not stamp_shape(line)


def test_age_shape_is_a_small_number_among_lower_case_words():
    assert age_shape("pirms 3 stundām")
    assert not age_shape("Top 10 Tips")
    assert not age_shape("pirms 2026 gada")


def test_label_line_and_labelled_value():
    assert label_line("Gepubliseer:")
    assert not label_line("Gepubliseer: 7 Desember")
    assert labelled_value("Egilea: Ane Etxeberria") == "Ane Etxeberria"
    assert labelled_value("Result: nothing changed.") is None
    assert labelled_value("egilea: Ane Etxeberria") is None  # a label is capitalised


def test_other_credit_names_the_editor_not_a_sentence():
    assert other_credit("Edited by Funke Adeyemi") == "Funke Adeyemi"
    assert other_credit("Fotos von Jan Berg") == "Jan Berg"
    assert other_credit("Hit by a falling branch") is None


_IS_URL = "https://frettir.example/innlent/2026/12/07/nyr-vegur"
_IS_HEAD = ["Fréttir", "Innlent", "Nýr vegur um Hornafjörð opnaður í vor"]
_IS_BODY = [
    "Vegagerðin opnar nýjan veg um Hornafjörð í vor, en hann styttir hringveginn um tólf "
    "kílómetra og leysir af hólmi þrjár einbreiðar brýr.",
    "Framkvæmdir hófust fyrir þremur árum og kostuðu 8 milljarða króna.",
]


def _is_page(*header: str):
    return clean_text("\n".join([*_IS_HEAD, *header, *_IS_BODY]), url=_IS_URL)


def test_role_word_between_name_and_stamp_and_an_editor_line_leave_the_text():
    art = _is_page("Jón Gunnarsson", "Blaðamaður", "Ritstýrt af Önnu Sigurðardóttur",
                   "mánudagur 7. desember 2026 kl. 9:15")
    assert [a.name for a in art.authors] == ["Jón Gunnarsson"]
    assert [x for x in art.articleBody.split("\n") if x] == _IS_BODY


def test_unknown_label_over_a_stamp_and_a_labelled_writer_leave_the_text():
    art = _is_page("Höfundur: Jón Gunnarsson", "Birt:", "7. desember 2026 kl. 9:15")
    assert [a.name for a in art.authors] == ["Jón Gunnarsson"]
    assert [x for x in art.articleBody.split("\n") if x] == _IS_BODY


def test_unknown_label_naming_a_masthead_is_the_source():
    art = _is_page("Heimild: Austurland Tidende", "7. desember 2026 kl. 9:15")
    assert art.publisher == "Austurland Tidende"


def test_source_and_unknown_age_under_the_headline():
    art = _is_page("Austurglugginn | fyrir 3 klukkustundum")
    assert art.publisher == "Austurglugginn"
    assert [x for x in art.articleBody.split("\n") if x] == _IS_BODY


# a notice (cookies, acknowledgement of country) printed over the page's header

_EN_BODY = [
    "The shire's only outdoor pool will open on weekends only this summer unless six more "
    "lifeguards are found before the first heatwave.",
    "The pool had nine lifeguards on its books in November, the shire said.",
]


@pytest.mark.parametrize(
    "notice",
    [
        "We acknowledge the Dja Dja Wurrung people as the Traditional Owners of this land.",
        "We and our partners use cookies to run the site and to show you advertising.",
    ],
)
def test_a_notice_over_the_header_is_no_first_paragraph(notice):
    art = clean_text("\n".join([
        notice, "Log in", "News  Sport  Community", "Local News",
        "Shire pool may open on weekends only as lifeguards run short",
        "Marnie Ostrowski", "Journalist", "December 7 2026 - 4:15pm", *_EN_BODY,
    ]), url="https://goldfieldsecho.example/story/8841201/shire-pool-lifeguards/")
    assert art.headline == "Shire pool may open on weekends only as lifeguards run short"
    assert [a.name for a in art.authors] == ["Marnie Ostrowski"]
    assert [x for x in art.articleBody.split("\n") if x] == _EN_BODY


def test_a_first_paragraph_over_a_subheading_and_more_text_stays_text():
    lines = [_EN_BODY[0], "Staff shortage", _EN_BODY[1], "Applications close on Friday."]
    art = clean_text("\n".join(lines), url="https://goldfieldsecho.example/story/8841202/pool/")
    assert _EN_BODY[0] in art.articleBody


# set 3: a dash credit, a name and its role, a bare time, a photographer's line, a wire source

from newsclean.core.headershape import name_and_role  # noqa: E402


@pytest.mark.parametrize(
    ("line", "credit"),
    [("Broen ved havnen i november. — Ritzau Scanpix / Bo Amstrup", "Ritzau Scanpix / Bo Amstrup"),
     ("Le pont de Fragnée, lundi matin. - Belga", "Belga")],
)
def test_header_credit_after_a_spaced_dash(line, credit):
    image = header_credit(line)
    assert image is not None and image.credit == credit


def test_name_and_role_after_a_comma_or_a_dash():
    assert name_and_role("Олена Коваль, журналістка") == ("Олена Коваль", "журналістка")
    assert name_and_role("Ana Moreira - Repórter da Agência Brasil") == (
        "Ana Moreira", "Repórter da Agência Brasil")
    assert name_and_role("Ana Moreira, Luís Pinto") is None  # a second name, no role


def test_bare_time_with_a_relative_day_is_a_stamp_shape():
    assert stamp_shape("i dag kl. 11:32")
    assert not stamp_shape("Kickoff tonight 20:45")


def _lines_at(url: str, *lines: str):
    return clean_text("\n".join(lines), url=url)


_DA_BODY = [
    "Den nye cykelbro over havnen i Kolding åbner i juni, oplyser kommunen i en pressemeddelelse.",
    "Broen bliver 300 meter lang og koster 60 millioner kroner.",
]


def test_dash_caption_role_line_and_bare_time_leave_the_text():
    art = _lines_at(
        "https://nyhedsstrom.example/indland/cykelbro-kolding-3391",
        "Nyhedsstrøm", "Ny cykelbro over Kolding havn åbner til sommer", "Lise Holm, journalist",
        "i dag kl. 9:05", "Broen ved havnen i november. — Ritzau Scanpix / Bo Amstrup", *_DA_BODY,
    )
    assert [a.name for a in art.authors] == ["Lise Holm"]
    assert [(i.caption, i.credit) for i in art.images] == [
        ("Broen ved havnen i november.", "Ritzau Scanpix / Bo Amstrup")]
    assert [x for x in art.articleBody.split("\n") if x] == _DA_BODY


def test_photographer_line_under_the_writer_is_no_publisher_or_author():
    art = _is_page("Texti: Jón Gunnarsson", "Myndir: Anna Sigurðardóttir",
                   "7. desember 2026 kl. 9:15")
    assert [a.name for a in art.authors] == ["Jón Gunnarsson"]
    assert art.publisher != "Myndir: Anna Sigurðardóttir"
    assert [x for x in art.articleBody.split("\n") if x] == _IS_BODY


def test_a_wire_named_as_source_beside_the_writer_is_not_the_publisher():
    art = clean_text("\n".join([
        "Wieści Dnia", "Kraj", "Nowy most na Wiśle w Płocku otwarty dla kierowców",
        "Autor: Anna Kowalska | Źródło: PAP", "Opublikowano: 7 grudnia 2026, 09:00",
        "Nowy most drogowy na Wiśle w Płocku został w poniedziałek otwarty dla ruchu, poinformował "
        "prezydent miasta.", "Budowa kosztowała 640 mln zł.",
    ]), url="https://wiescidnia.example/kraj/most-plock-7735")
    assert art.publisher != "PAP"
    assert [a.name for a in art.authors] == ["Anna Kowalska"]


# set 4: scripts without capitals or with combining marks, a kicker under the headline, a
# stamp and byline over the picture's caption


def test_header_credit_and_stamp_in_bengali():
    image = header_credit("পদ্মা সেতুতে একটি ট্রেন। ছবি: সংগৃহীত")
    assert image is not None and (image.caption, image.credit) == ("পদ্মা সেতুতে একটি ট্রেন।", "সংগৃহীত")
    assert stamp_shape("৭ ডিসেম্বর ২০২৬, ১০:৩০")


_DE_BODY = [
    "Ab dem Fahrplanwechsel fahren die Züge zwischen Graz und Klagenfurt in 45 Minuten, "
    "teilten die Bahnen am Montag mit.",
    "Bisher dauerte die Fahrt mit dem Bus rund zwei Stunden.",
]


def test_url_section_under_the_headline_is_the_section_not_a_byline():
    art = _lines_at(
        "https://kurierost.example/chronik/koralmbahn-99121", "Kurier Ost",
        "Koralmbahn: Graz–Klagenfurt in 45 Minuten", "Chronik", "Von Lukas Steiner, APA",
        "07.12.2026 um 09:30", *_DE_BODY,
    )
    assert art.articleSection == "Chronik"
    assert [a.name for a in art.authors] == ["Lukas Steiner"]


def test_stamp_then_byline_over_a_caption_is_no_alt_text():
    art = clean_text("\n".join([
        "Lokalnytt", "Ny gång- och cykelbro över Göta älv invigs i vår",
        "Publicerad 7 december 2026 av Elin Lindqvist",
        "Bron byggs i Trollhättan. Foto: Trollhättans stad",
        "Den nya gång- och cykelbron över Göta älv i Trollhättan invigs i april, meddelar "
        "kommunen.", "Bron blir 220 meter lång.",
    ]), url="https://lokalnytt.example/nyheter/ny-bro-33022")
    assert [a.name for a in art.authors] == ["Elin Lindqvist"]
