"""Publisher pages, round 4 (issue 12): authors no byline element shows. Yoast's and Ghost's
``twitter:label1``/``twitter:data1`` "Written by" pair, a reporter credited in brackets at the
start or end of the article text ("本报讯（记者 …）", "…（小林陽菜）", "(Reporting by …; Editing by
…)"), and a JSON-LD Person with a one-word name ("Josh"), read as a person, not an
organisation. Invented pages and strings in the shape of real ones; the whole tuning pages are
``fixtures/metadata/tune4`` (``fixtures/metadata/holdout4`` is never read by tests)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import lxml.html
import pytest

from newsclean import clean_html, parse_byline
from newsclean.core.bodycredit import body_credit
from tools.regen_fixtures import Case, cases

from .test_page_metadata import assert_tuning_page
from .test_publisher_metadata3 import authors

NOW = datetime(2026, 6, 1, tzinfo=UTC)
TUNE4 = Path(__file__).resolve().parents[1] / "fixtures" / "metadata" / "tune4"

PARAS = ("<p>The river ferry returned to service on Monday after a month in the boatyard for a "
         "new engine and a repainted hull.</p>"
         "<p>Commuters had been driving twenty kilometres around by the bridge since August, "
         "the operator told the town council.</p>")


def page(meta: str = "", ld: str = "", paras: str = PARAS) -> str:
    script = f"<script type='application/ld+json'>{ld}</script>" if ld else ""
    return (f"<html lang='en'><head><meta charset='utf-8'><title>Ferry back in service"
            f"</title>{meta}{script}</head><body><article><h1>Ferry back in service</h1>"
            f"<div class='article-body'>{paras}</div></article></body></html>")


def twitter_pair(label: str, value: str, n: int = 1) -> str:
    return (f"<meta name='twitter:label{n}' content='{label}'>"
            f"<meta name='twitter:data{n}' content='{value}'>")


# --- twitter:labelN / twitter:dataN ----------------------------------------------------------

@pytest.mark.parametrize("label", ["Written by", "Escrito por", "Geschreven door", "Écrit par",
                                   "Verfasst von", "Scritto da"])
def test_a_written_by_twitter_data_pair_names_the_author(label: str) -> None:
    meta = twitter_pair(label, "Ottilie Brandvold") + twitter_pair("Est. reading time",
                                                                   "3 minutes", 2)
    assert authors(page(meta=meta)) == ["Ottilie Brandvold"]


def test_the_author_pair_may_come_second_after_a_reading_time() -> None:
    meta = twitter_pair("Est. reading time", "3 minutes") + twitter_pair(
        "Written by", "Ottilie Brandvold", 2)
    assert authors(page(meta=meta)) == ["Ottilie Brandvold"]


@pytest.mark.parametrize("label", ["Est. reading time", "Filed under", "Price"])
def test_twitter_data_under_another_label_names_no_author(label: str) -> None:
    assert authors(page(meta=twitter_pair(label, "Ottilie Brandvold"))) == []


def test_a_one_word_name_in_the_written_by_pair_is_a_person() -> None:
    assert authors(page(meta=twitter_pair("Written by", "Ottilie"))) == ["Ottilie"]


def test_a_ghost_pair_with_two_names_gives_both() -> None:
    meta = twitter_pair("Written by", "Ottilie Brandvold, Kwame Asante")
    assert authors(page(meta=meta)) == ["Ottilie Brandvold", "Kwame Asante"]


# --- a one-word JSON-LD Person -------------------------------------------------------------

@pytest.mark.parametrize("name", ["Josh", "Marco", "Lena"])
def test_a_json_ld_person_with_a_one_word_name_is_a_person(name: str) -> None:
    ld = ('{"@type":"BlogPosting","headline":"Ferry back in service",'
          f'"author":{{"@type":"Person","name":"{name}"}}}}')
    assert authors(page(ld=ld)) == [name]


def test_a_one_word_person_keeps_its_raw_byline_as_the_page_gives_it() -> None:
    ld = ('{"@type":"BlogPosting","headline":"Ferry back in service",'
          '"author":{"@type":"Person","name":"Josh"}}')
    assert clean_html(page(ld=ld), url="https://example.org/2026/05/ferry").bylineRaw == "Josh"
    assert clean_html(page(meta=twitter_pair("Written by", "Josh")),
                      url="https://example.org/2026/05/ferry").bylineRaw == "Josh"


def test_parse_byline_reads_a_lone_name_as_a_person_when_its_source_says_so() -> None:
    # "Kwabena" is in no first-name list (rules/given_names.txt knows "Josh" since bylines5)
    assert parse_byline("Kwabena").authors == ()
    assert parse_byline("Kwabena", person=True).authors == ("Kwabena",)
    assert parse_byline("Kwabena", person=True).raw == "Kwabena"


def test_a_one_word_json_ld_organisation_is_still_no_author() -> None:
    ld = ('{"@type":"NewsArticle","headline":"Ferry back in service",'
          '"author":{"@type":"Organization","name":"Rivermouth"}}')
    assert authors(page(ld=ld)) == []


def test_a_one_word_json_ld_person_named_after_the_site_is_no_author() -> None:
    meta = "<meta property='og:site_name' content='Rivermouth'>"
    ld = ('{"@type":"NewsArticle","headline":"Ferry back in service",'
          '"author":{"@type":"Person","name":"Rivermouth"}}')
    assert authors(page(meta=meta, ld=ld)) == []


def test_a_one_word_author_string_in_json_ld_stays_as_the_parser_reads_it() -> None:
    ld = '{"@type":"NewsArticle","headline":"Ferry back in service","author":"Rivermouth"}'
    assert authors(page(ld=ld)) == []


# --- a reporter credited in brackets in the article text ----------------------------------------

ZH_TAIL = "市政府宣布，城东的三个居住区将新建社区食堂，预计年底前全部开放。"


def credit(paragraphs: str) -> str | None:
    return body_credit(lxml.html.fromstring(f"<html><body><div>{paragraphs}</div></body></html>"))


@pytest.mark.parametrize(("first", "want"), [
    (f"本报讯（记者 钱文博）{ZH_TAIL}", "记者 钱文博"),
    (f"本报讯（记者 钱文博 实习生 吴越）{ZH_TAIL}", "记者 钱文博"),
    (f"本报讯（记者 钱文博 通讯员 方圆）{ZH_TAIL}", "记者 钱文博"),
    (f"江城新闻网6月2日电（记者 钱文博、高晴）{ZH_TAIL}", "记者 钱文博、高晴"),
    (f"〔記者蔡佩君／台南報導〕{ZH_TAIL}", "记者 蔡佩君"),
    ("(목포=서해일보) 문채원 기자 = 목포시가 다음 달부터 섬 주민 여객선 요금을 내린다.",
     "문채원 기자"),
])
def test_a_bracketed_reporter_opening_the_text_is_the_byline(first: str, want: str) -> None:
    assert credit(f"<p>{first}</p><p>{ZH_TAIL}</p>") == want


@pytest.mark.parametrize(("last", "want"), [
    ("次回の朝市は十一月に開かれる予定だ。（小林陽菜）", "小林陽菜"),
    ("次回の朝市は十一月に開かれる予定だ。（経済部・高橋亮）", "高橋亮"),
    ("次回の朝市は十一月に開かれる予定だ。（南浜支局　森田悠斗）", "森田悠斗"),
    (f"{ZH_TAIL}（记者 钱文博 通讯员 方圆）", "钱文博"),
    ("(Reporting by Ines Carvalho and Rui Pacheco; Editing by Martin Doyle)",
     "Reporting by Ines Carvalho and Rui Pacheco; Editing by Martin Doyle"),
    ("(Additional reporting by Ines Carvalho; Writing by Rui Pacheco)",
     "Additional reporting by Ines Carvalho; Writing by Rui Pacheco"),
])
def test_a_bracketed_credit_closing_the_text_is_the_byline(last: str, want: str) -> None:
    assert credit(f"<p>{ZH_TAIL}</p><p>{ZH_TAIL}</p><p>{last}</p>") == want


def test_a_closing_credit_is_found_above_a_footer_run_and_an_empty_paragraph() -> None:
    html = (f"<p>{ZH_TAIL}</p><p>次回は十一月に開かれる予定だ。（小林陽菜）</p><p> </p></div>"
            "<div class='footer'><p>会社概要</p><p>お問い合わせ</p>")
    assert credit(html) == "小林陽菜"


@pytest.mark.parametrize("html", [
    f"<p>{ZH_TAIL}</p><p>{ZH_TAIL}</p>",
    # a teaser's reporter after its title, alone in its list: no text to open or close
    f"<p>{ZH_TAIL}</p><p>{ZH_TAIL}</p></div><div><p>公交线路同步调整（记者 赵敏）</p>",
    # brackets with no reporter label, or a closing aside in brackets that is no name
    f"<p>本报讯（综合报道）{ZH_TAIL}</p><p>{ZH_TAIL}</p>",
    "<p>The ferry runs hourly.</p><p>(The operator declined to comment on the fares.)</p>",
    # an agency or a note closing the text in brackets
    f"<p>{ZH_TAIL}</p><p>{ZH_TAIL}</p><p>朝市は毎月開かれる。（時事）</p>",
    f"<p>{ZH_TAIL}</p><p>{ZH_TAIL}</p><p>{ZH_TAIL}（综合报道）</p>",
    # a name in brackets mid-text, not closing it
    f"<p>{ZH_TAIL}</p><p>市长（王建国）出席了仪式。</p><p>{ZH_TAIL}</p>",
])
def test_no_credit_where_no_bracketed_reporter_opens_or_closes_the_text(html: str) -> None:
    assert credit(html) is None


def test_a_wire_credit_names_the_reporters_not_the_editor() -> None:
    paras = PARAS + "<p>(Reporting by Ines Carvalho; Editing by Martin Doyle)</p>"
    assert authors(page(paras=paras)) == ["Ines Carvalho"]


def test_a_byline_element_still_wins_over_a_closing_credit() -> None:
    paras = ("<p class='byline'>By Ottilie Brandvold</p>" + PARAS
             + "<p>(Reporting by Ines Carvalho; Editing by Martin Doyle)</p>")
    assert authors(page(paras=paras)) == ["Ottilie Brandvold"]


# --- the tuning pages -------------------------------------------------------------------------

PAGES = cases(TUNE4)


@pytest.mark.parametrize("case", PAGES, ids=[case.name for case in PAGES])
def test_tuning_page_gives_its_fields_and_keeps_its_text(case: Case) -> None:
    assert_tuning_page(case)
