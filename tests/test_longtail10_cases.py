"""Round 10 of the long tail (tests/data/longtail10): the HEAD zone of sites no profile knows.
The headline is chosen past header lines that sit over a standfirst and past a live page's
entry headings; header lines are read by shape in more languages (Nordic and Finnish date
labels, papers' names); a menu's last item is no section; an opening bracketed credit in the
first paragraph gives the byline and stays text. Each family is pinned beside its traps."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsclean import Article, clean_text
from tests.test_longtail5_cases import _lines
from tests.test_longtail_cases import score_folder

DATA = Path(__file__).parent / "data" / "longtail10"
_URL = "https://harbourfeed.example/s/quay-wall-repairs-4410"
_TITLE = "Quay wall repairs to close the fish market for a month"
_BODY = [
    "The fish market on the north quay will close for four weeks from January while the "
    "crumbling quay wall beneath it is rebuilt, the harbour board said on Thursday.",
    "Traders will sell from a row of cabins on the car park during the works.",
]


def _page(*lines: str, url: str = _URL) -> Article:
    return clean_text("\n".join(lines), url=url)


def test_round_ten_tuning_pages_keep_all_text_and_leak_no_header() -> None:
    # tail chrome in the site's own words ("Dela artikeln", "Save to shelf") is left to the
    # body/tail rules; the header is read whole
    score = score_folder(DATA / "tune")
    assert score["body_recall"] == 1.0 and score["header_leak"] == 0.0
    assert score["exact"] == 1.0


def test_round_ten_second_tuning_pages_in_more_scripts_keep_all_text() -> None:
    # known misses (README): a Hindi stamp no month list reads stays in the text; read-more
    # lines in Arabic, Hindi and Vietnamese are left to the truncation rules
    score = score_folder(DATA / "tune2")
    assert score["body_recall"] == 1.0 and score["header_leak"] <= 0.05
    assert score["exact"] >= 0.9


# --- header lines by shape in more languages --------------------------------------------------

@pytest.mark.parametrize(("stamp", "published", "modified"), [
    ("Publicerad 3 mar 2026 kl. 14.20", "2026-03-03T14:20:00", None),
    ("Uppdaterad 3 mar 2026 kl. 16.05", None, "2026-03-03T16:05:00"),
    ("Julkaistu 3.3.2026 klo 9.40", "2026-03-03T09:40:00", None),
    ("Päivitetty 3.3.2026 klo 11.02", None, "2026-03-03T11:02:00"),
    ("Oppdatert 03.03.2026 08:15", None, "2026-03-03T08:15:00"),
    ("Stand: 03.03.2026, 17:45 Uhr", None, "2026-03-03T17:45:00"),
    ("Fecha del artículo - 03/03/2026", "2026-03-03", None),
    # in its own language, day first
    ("Yayınlanma: 04.03.2026 10:15", "2026-03-04T10:15:00", None),
    ("Cập nhật: 04/03/2026 10:15", None, "2026-03-04T10:15:00"),
    ("Опубликовано 4 марта 2026, 10:15", "2026-03-04T10:15:00", None),
    ("Aktualizováno 4. 3. 2026 10:15", None, "2026-03-04T10:15:00"),
    ("Ενημέρωση: 04.03.2026 12:30", None, "2026-03-04T12:30:00"),
    ("آخر تحديث: 04/03/2026 10:15", None, "2026-03-04T10:15:00"),
])
def test_a_labelled_stamp_under_the_headline_gives_its_own_kind_of_date(
    stamp: str, published: str | None, modified: str | None
) -> None:
    art = _page(_TITLE, stamp, *_BODY)
    assert (art.datePublished, art.dateModified) == (published, modified)
    assert art.headline == _TITLE and _lines(art.articleBody) == _BODY


@pytest.mark.parametrize("paper", ["Rannikon Sanomat", "Kustens Tidning", "Vestkystavisen"])
def test_a_papers_name_in_nordic_words_under_the_headline_is_the_publisher(paper: str) -> None:
    art = _page(_TITLE, paper, "5.3.2026 klo 10.20", *_BODY)
    assert art.publisher == paper and art.authors == []
    assert _lines(art.articleBody) == _BODY


def test_a_one_word_section_name_is_still_no_publisher() -> None:
    art = _page("Nyheter", _TITLE, "Av Linnea Holmberg", *_BODY)
    assert art.publisher is None and [a.name for a in art.authors] == ["Linnea Holmberg"]


# --- the headline past the header block -------------------------------------------------------

@pytest.mark.parametrize("dek", [
    "Traders Say the Cabins Will Stay Open Late on Fridays During the Works",
    "Traders say the temporary cabins will stay open late on Fridays during the works",
])
def test_a_standfirst_under_the_byline_and_date_is_no_headline(dek: str) -> None:
    art = _page("Harbourfeed", "Home", "Local", _TITLE, "By Ewan Castellano", "4 Mar 2026",
                dek, *_BODY)
    assert art.headline == _TITLE
    assert _lines(art.articleBody) == [dek, *_BODY]


def test_names_over_a_headline_with_only_its_date_under_it_stay_its_source() -> None:
    # inkl-like: source and author over the headline, the date under it
    art = _page("The Quayside Courier", "Mairi Fennick", _TITLE, "4 Mar 2026", *_BODY)
    assert art.headline == _TITLE
    assert _lines(art.articleBody) == _BODY


def test_a_short_label_over_the_header_block_is_not_taken_over_the_headline() -> None:
    art = _page("Top picks", "By Ewan Castellano", "4 Mar 2026", _TITLE, *_BODY)
    assert art.headline == _TITLE


def test_a_source_and_its_date_between_a_bar_are_no_headline() -> None:
    art = _page("La Gazette des Quais|4 mars 2026", "Les travaux du quai ferment la criée un mois",
                "Marion Leduc , Hugo Sarrazin", *_BODY)
    assert art.headline == "Les travaux du quai ferment la criée un mois"
    assert art.publisher == "La Gazette des Quais"


def test_entry_headings_of_a_live_page_are_no_headline_and_their_times_stay() -> None:
    # (a live page's summary first: an entry right under the byline is left to the tool-row
    # rule of core/chromeshape.py, which reads "19:05" / "Second vote called" as buttons)
    entries = ["Follow the harbour board's meeting as councillors debate the closure.",
               "19:05", "Second vote called", _BODY[0], "18:40", "Debate opens", _BODY[1]]
    art = _page("Quay vote live: market closure approved after long debate",
                "By Ewan Castellano", *entries)
    assert art.headline == "Quay vote live: market closure approved after long debate"
    assert _lines(art.articleBody) == entries


def test_one_bare_time_under_the_headline_is_still_its_stamp() -> None:
    art = _page(_TITLE, "09:15", *_BODY)
    assert art.headline == _TITLE and _lines(art.articleBody) == _BODY


# --- section against the menu's last item -----------------------------------------------------

def test_the_last_item_of_a_site_menu_with_its_home_link_is_no_section() -> None:
    art = _page("Harbourfeed", "Home", "Latest", "Business", "Health", _TITLE,
                "The Quayside Courier", "By Ewan Castellano", *_BODY)
    assert art.articleSection is None and art.headline == _TITLE


def test_a_menu_item_printed_again_over_the_headline_is_the_section() -> None:
    art = _page("Harbourfeed", "Home", "Latest", "Business", "Health", "Business", _TITLE,
                "By Ewan Castellano", *_BODY)
    assert art.articleSection == "Business"


def test_a_kicker_under_a_button_ending_the_menu_bar_is_the_section() -> None:
    art = _page("Gazzetta del Molo", "Home", "Cronaca", "Sport", "Abbonati ora", "Economia",
                "Il mercato del pesce chiude per un mese", "Di Marta Bellandi",
                "Il mercato del pesce sul molo nord chiuderà per quattro settimane da gennaio.",
                "I commercianti venderanno dalle casette nel parcheggio.")
    assert art.articleSection == "Economia"


def test_a_label_without_capitals_repeating_its_menu_item_is_the_section() -> None:
    art = _page("港都閱報", "首頁", "要聞", "財經", "地方", "地方", "魚市場整修 一月起休市一個月",
                "2026-03-04 10:18",
                "港務單位今天表示，北碼頭魚市場將從一月起休市四週，進行碼頭岸壁整修工程。",
                "攤商將在停車場的臨時攤位繼續營業。")
    assert art.articleSection == "地方"


def test_a_label_without_capitals_seen_once_over_the_headline_is_no_section() -> None:
    art = _page("出典元", "魚市場整修 一月起休市一個月", "2026-03-04 10:18",
                "港務單位今天表示，北碼頭魚市場將從一月起休市四週，進行碼頭岸壁整修工程。")
    assert art.articleSection is None


def test_a_papers_name_far_below_the_text_is_no_publisher() -> None:
    more = "A second paragraph of the story, longer than a line."
    art = _page(_TITLE, "4 Mar 2026", *_BODY, more, "Quayside Courier")
    assert art.publisher is None


# --- an opening credit in the first paragraph -------------------------------------------------

_TEXT_ZH = "港務單位今天表示，北碼頭魚市場將從一月起休市四週，進行岸壁整修。"
_TITLE_ZH = "北碼頭魚市場整修 休市一個月"

@pytest.mark.parametrize(("lead", "authors"), [
    ("（中央社記者黃志明基隆4日電）" + _TEXT_ZH, ["黃志明"]),
    ("（中央社記者黃志明、吳佳穎舊金山4日專電）當地港務局今天表示，碼頭魚市場將從下月起休市整修。",
     ["黃志明", "吳佳穎"]),
    ("新华社青岛3月4日电（记者 孙雅琴）记者4日从港务部门获悉，北码头鱼市场将从下月起休市整修。",
     ["孙雅琴"]),
    ("(부산=연합뉴스) 정하윤 기자 = 부산항만공사는 북항 수산시장이 다음 달부터 4주간 "
     "휴장한다고 4일 밝혔다.", ["정하윤"]),
])
def test_a_reporter_credited_at_the_start_of_the_text_is_the_author_and_the_line_stays(
    lead: str, authors: list[str]
) -> None:
    art = _page(_TITLE_ZH, "2026-03-04 10:18", lead, "攤商將在停車場的臨時攤位繼續營業。")
    assert [a.name for a in art.authors] == authors
    assert lead in (art.articleBody or "")


def test_an_agency_dateline_without_a_reporter_names_no_author() -> None:
    lead = "（中央社基隆4日電）" + _TEXT_ZH
    art = _page(_TITLE_ZH, "2026-03-04 10:18", lead)
    assert art.authors == [] and lead in (art.articleBody or "")


def test_a_byline_line_wins_over_a_credit_in_the_text() -> None:
    lead = "（中央社記者黃志明基隆4日電）" + _TEXT_ZH
    art = _page(_TITLE_ZH, "記者 林書豪", "2026-03-04 10:18", lead)
    assert [a.name for a in art.authors] == ["林書豪"]


# --- more scripts: stamps, papers' names, headlines without capitals ---------------------------

@pytest.mark.parametrize("paper", ["Ege Postası", "Báo Miền Biển"])
def test_a_papers_name_in_turkish_or_vietnamese_words_is_the_publisher(paper: str) -> None:
    art = _page(_TITLE, paper, "04.03.2026 10:15", *_BODY)
    assert art.publisher == paper and art.authors == []


def test_a_headline_in_a_script_without_capitals_is_found() -> None:
    title = "إغلاق سوق السمك شهرا لإصلاح جدار الرصيف"
    lead = "أعلنت إدارة الميناء إغلاق سوق السمك لمدة شهر اعتبارا من بداية العام لإصلاح جدار الرصيف."
    art = _page("موقع الأخبار", "الرئيسية", "محليات", title, "جريدة الشاطئ", "نشر في 4 مارس 2026",
                lead, "وسيتم نقل الباعة إلى أكشاك مؤقتة.")
    assert art.headline == title and art.publisher == "جريدة الشاطئ"
    assert art.datePublished == "2026-03-04"
    assert _lines(art.articleBody) == [lead, "وسيتم نقل الباعة إلى أكشاك مؤقتة."]


def test_a_hindi_paragraph_ending_in_a_danda_is_prose_under_the_headline() -> None:
    title = "मछली बाजार मरम्मत के लिए एक महीने बंद रहेगा"
    lead = "बंदरगाह प्रशासन ने बताया कि मछली बाजार जनवरी से एक महीने के लिए मरम्मत के कारण बंद रहेगा।"
    art = _page("खबर हब", "होम", "देश", title, "दैनिक तट", "प्रकाशित: 4 मार्च 2026, 10:15 AM", lead)
    assert art.headline == title and art.publisher == "दैनिक तट"
    assert lead in (art.articleBody or "")


@pytest.mark.parametrize("flag", ["EXCLUSIVE", "Exklusiv", "단독", "AO VIVO"])
def test_a_flag_over_the_headline_is_no_section(flag: str) -> None:
    art = _page("Harbourfeed", "Top", "Local", "Saved", flag, _TITLE, "The Quayside Courier",
                "Mairi Fennick", "2 hours ago", *_BODY)
    assert art.articleSection is None and art.headline == _TITLE
    assert _lines(art.articleBody) == _BODY


def test_a_headline_naming_a_time_and_year_after_a_colon_is_still_a_headline() -> None:
    title = "Harbour board vote: market to close in March 2026 for repairs"
    art = _page(title, "By Ewan Castellano", *_BODY)
    assert art.headline == title


def test_a_hindi_page_opening_with_its_text_has_no_headline_from_it() -> None:
    lead = "बंदरगाह प्रशासन ने बताया कि मछली बाजार जनवरी से एक महीने के लिए मरम्मत के कारण बंद रहेगा।"
    art = _page(lead, "विक्रेता पार्किंग में अस्थायी दुकानों से सामान बेचेंगे।")
    assert art.headline is None and lead in (art.articleBody or "")


# --- header lines of more shapes --------------------------------------------------------------

@pytest.mark.parametrize(("stamp", "published"), [
    ("04.03.2026 · Lesezeit 3 Min.", "2026-03-04"),
    ("4 mars 2026 · 5 min de lecture", "2026-03-04"),
    ("Lectura: 4 minutos | 14/03/2026", "2026-03-14"),
    ("wo 4 mrt 2026, 14:20", "2026-03-04T14:20:00"),
])
def test_a_stamp_with_a_reading_time_or_a_short_weekday_is_a_header_line(
    stamp: str, published: str
) -> None:
    art = _page(_TITLE, "By Ewan Castellano", stamp, *_BODY)
    assert art.datePublished == published and _lines(art.articleBody) == _BODY


def test_a_line_naming_minutes_without_a_date_stays_text() -> None:
    line = "Market traders · 5 minutes with the harbour master"
    art = _page(_TITLE, "4 Mar 2026", *_BODY, line)
    assert line in _lines(art.articleBody)


@pytest.mark.parametrize(("line", "publisher"), [
    ("via Eastmoor Weekly", "Eastmoor Weekly"),
    ("vía La Voz del Puerto", "La Voz del Puerto"),
])
def test_a_via_line_under_the_headline_names_the_source(line: str, publisher: str) -> None:
    art = _page(_TITLE, line, "Mairi Fennick", "6 hours ago", *_BODY)
    assert art.publisher == publisher and [a.name for a in art.authors] == ["Mairi Fennick"]


def test_a_via_phrase_in_lower_case_is_no_source() -> None:
    art = _page(_TITLE, "via the old harbour road", "4 Mar 2026", *_BODY)
    assert art.publisher is None


def test_a_handle_under_the_source_line_is_a_header_line() -> None:
    art = _page(_TITLE, "Harbour Times", "@harbourtimes", "4h", *_BODY)
    assert art.publisher == "Harbour Times" and _lines(art.articleBody) == _BODY


@pytest.mark.parametrize("line", ["Harbour Times - 2 hours ago", "Harbour Times — 4 Mar 2026"])
def test_a_papers_name_and_its_date_joined_by_a_dash_are_source_and_stamp(line: str) -> None:
    art = _page(_TITLE, line, *_BODY)
    assert art.publisher == "Harbour Times" and _lines(art.articleBody) == _BODY


def test_a_persons_name_and_a_date_joined_by_a_dash_are_no_source() -> None:
    art = _page(_TITLE, "Mairi Fennick - 4 Mar 2026", *_BODY)
    assert art.publisher is None


def test_a_korean_byline_with_marker_and_title_and_a_chinese_stamp_with_weekday() -> None:
    ko = _page(_TITLE, "글 김민수 기자", "입력 2026.03.04 10:12", *_BODY)
    assert [a.name for a in ko.authors] == ["김민수"] and _lines(ko.articleBody) == _BODY
    zh = _page(_TITLE_ZH, "2026年3月4日 週三 上午10:12", _TEXT_ZH)
    assert zh.datePublished == "2026-03-04T10:12:00" and _lines(zh.articleBody) == [_TEXT_ZH]


@pytest.mark.parametrize("lines", [
    ["Ewan Castellano", "Published in Harbour Times", "4 Mar 2026"],
    ["Ewan Castellano", "Harbour Times", "Published in Harbour Times", "4 Mar 2026"],
    ["Erschienen im Harbour Times", "04.03.2026"],
])
def test_a_published_in_line_names_the_source_once(lines: list[str]) -> None:
    art = _page(_TITLE, *lines, *_BODY)
    assert art.publisher == "Harbour Times" and _lines(art.articleBody) == _BODY


def test_a_writer_for_a_paper_is_the_byline() -> None:
    art = _page(_TITLE, "Ewan Castellano for Harbour Times", "4 Mar 2026", *_BODY)
    assert [a.name for a in art.authors] == ["Ewan Castellano"]
    assert art.organizations == ["Harbour Times"] and _lines(art.articleBody) == _BODY


@pytest.mark.parametrize(("stamp", "modified"), [
    ("Veröffentlicht: 03.03.2026 | Stand: 04.03.2026", "2026-03-04"),
    ("Đăng lúc: 03/03/2026 · Cập nhật: 04/03/2026 10:15", "2026-03-04T10:15:00"),
])
def test_one_line_with_both_stamps_gives_both_dates(stamp: str, modified: str) -> None:
    art = _page(_TITLE, stamp, *_BODY)
    assert (art.datePublished or "")[:10] == "2026-03-03" and art.dateModified == modified
    assert _lines(art.articleBody) == _BODY


def test_a_row_of_links_over_the_headline_is_no_section() -> None:
    art = _page("Skimmer", "Briefs  Saved  Settings", _TITLE, "Harbour Times",
                "Mar 4, 2026 · 1 min read", "Summarised by Skimmer AI", *_BODY)
    assert art.articleSection is None and art.headline == _TITLE
