"""Publisher pages, round 6 (issue 12, lane pubmeta2): dates and bylines of other stories, and
sources of the page's own that were not read. A ``<time>``, a stamp or a byline in a teaser
card (beside another story's linked title) neither dates nor signs the page, so a page that
dates only its rail states no date; Parse.ly's older ``parsely-page`` JSON tag, more meta
names, compact "20260316094100" stamps and a video page's own ``uploadDate`` date it; Thai
names are read by their letters, not their marks; a newsroom word ("Redacción") no longer
ends the search for a person's byline; a byline mark on each name gives the whole line.
Invented pages and strings in the shape of real ones; the whole tuning pages are
``fixtures/metadata/tune6`` (``fixtures/metadata/holdout6`` is never read by tests)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import lxml.html
import pytest

from newsclean import clean_html, parse_byline
from newsclean.article import Article
from newsclean.core.page import in_card
from tools.regen_fixtures import Case, cases

NOW = datetime(2026, 6, 1, tzinfo=UTC)
TUNE6 = Path(__file__).resolve().parents[1] / "fixtures" / "metadata" / "tune6"
TITLE = "Ferry service to resume next week"
PARAS = ("<p>The ferry service across the bay will resume next week after repairs to the main "
         "pier were finished ahead of schedule.</p><p>Operators said timetables would match "
         "last summer's.</p>")


def page(head: str = "", body: str = "", before: str = "", after: str = "") -> str:
    """A story page: ``before`` the article (a rail), ``body`` under its headline, ``after``
    its text (inside the article)."""
    return (f"<html lang='en'><head><meta charset='utf-8'><title>{TITLE} | Bay Ledger</title>"
            f"{head}</head><body><nav><a href='/'>Home</a></nav>{before}<article><h1>{TITLE}"
            f"</h1>{body}{PARAS}{after}</article></body></html>")


def clean(html: str) -> Article:
    return clean_html(html, now=NOW, url="https://bayledger.example/news/ferry-service")


def authors(html: str) -> list[str]:
    return [a.name for a in clean(html).authors]


RAIL_ITEM = ("<div class='{cls}'><a href='/news/library-extends-weekend-hours'>Library extends "
             "weekend hours</a><time datetime='2026-03-01T17:45:00-05:00'>Mar 1</time></div>")


# --- a teaser card's stamp does not date the page ---------------------------------------------

@pytest.mark.parametrize("cls", ["feed-row", "latest-item", "eintrag", "nota"])
def test_a_time_beside_another_storys_linked_title_before_the_article_is_no_date(
        cls: str) -> None:
    assert clean(page(before=RAIL_ITEM.format(cls=cls))).datePublished is None


def test_a_related_box_inside_the_article_does_not_date_it() -> None:
    box = "<div class='te-puede-interesar'>" + RAIL_ITEM.format(cls="nota") + "</div>"
    assert clean(page(after=box)).datePublished is None


def test_a_cjk_ranking_item_is_a_card_by_its_title_phrase() -> None:
    item = ("<ol><li><a href='/news/20260308-0012'>港の花火大会、日程決まる</a>"
            "<time datetime='2026-03-08T10:00:00+09:00'>3月8日</time></li></ol>")
    assert clean(page(after=item)).datePublished is None


def test_the_story_headers_own_time_after_a_dated_rail_dates_the_page() -> None:
    body = "<p class='meta'><time datetime='2026-03-22T07:10:00+01:00'>22 mars 2026</time></p>"
    art = clean(page(body=body, before=RAIL_ITEM.format(cls="bandeau-item")))
    assert art.datePublished == "2026-03-22T07:10:00+01:00"


@pytest.mark.parametrize("link", [
    "<a href='/news/ferry-service/#respond'>Leave a comment</a>",  # this page's own place
    "<a href='/category/local-government-news/'>Local Government News</a>",  # a listing
    "<a href='/author/jane-doe/'>Jane Q. Doe</a>",  # the author's page
    "<a href='/politics/'>Politics and Government</a>",  # a section: its path is one word
    "<a href='https://www.facebook.com/sharer/sharer.php?u=x'>Share on Facebook</a>",
    "<a href='/news/ferry-service-to-resume'>Ferry service to resume next week</a>",  # itself
])
def test_a_stamp_beside_a_label_a_name_or_the_pages_own_title_still_dates_it(link: str) -> None:
    row = ("<div class='entry-footer'><time datetime='2026-03-05T06:45:00-05:00'>Mar 5</time> "
           f"{link}</div>")
    assert clean(page(after=row)).datePublished == "2026-03-05T06:45:00-05:00"


@pytest.mark.parametrize(("link", "card"), [
    ("<a href='/local/boat-ramp-upgrade-8812'>Boat ramp upgrade</a>", True),
    ("<a href='/news/articleView.html?idxno=8812'>공영주차장 요금 바뀐다</a>", True),
    ("<a href='/local/'>Local news today</a>", False),
    ("<a href='/local/boat-ramp-upgrade-8812'>Boat ramp</a>", False),
    # a date linked to the story itself or its day's archive is no other story's title
    ("<a href='/regional/2026/02/11/ferry-service/'>11 febrero, 2026</a>", False),
    ("<a href='/2026/03/05/'>March 5, 2026 08:40</a>", False),
])
def test_in_card_needs_a_title_of_a_few_words_to_a_storys_page(link: str, card: bool) -> None:
    root = lxml.html.fromstring(
        f"<div class='row'>{link}<span class='by'>By Ida Moreno</span></div>")
    assert in_card(root.find_class("by")[0]) is card


# --- a teaser card's byline does not sign the page ---------------------------------------------

def test_the_storys_own_byline_beside_its_date_linked_to_itself_signs_the_page() -> None:
    meta = ("<div class='post-meta'><div class='meta-author'>Por <a href='/author/ir/'>Inés "
            "Robledo</a></div><div class='meta-date'><a href='/news/2026/02/11/ferry-service/'>"
            "11 febrero, 2026</a></div></div>")
    card = ("<div class='related'><article><h3><a href='/news/2026/02/09/pier-repairs'>Pier "
            "repairs finish early this spring</a></h3><div class='meta-author'>Por <a "
            "href='/author/lm/'>Luis Marín</a></div></article></div>")
    assert authors(page(body=meta, after=card)) == ["Inés Robledo"]


def test_a_trending_strips_byline_beside_a_span_title_link_is_not_the_authors() -> None:
    strip = ("<div class='top-stories-bar'><div class='bar-item'><a href='/news/2026/03/29/"
             "bridge-tolls-rise'><span>Bridge tolls to rise in July</span></a><span "
             "class='byline'>By Ida Moreno</span></div></div>")
    ld = ("<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"headline\": "
          f"\"{TITLE}\", \"author\": {{\"@type\": \"Person\", \"name\": \"Glen Ashworth\"}}}}"
          "</script>")
    assert authors(page(head=ld, before=strip)) == ["Glen Ashworth"]


def test_a_byline_mark_on_each_name_gives_the_line_that_names_them_all() -> None:
    line = ("<p class='post-meta'>By <a rel='author' href='/author/dk/'>Dana Kowalski</a> and "
            "<a rel='author' href='/author/fo/'>Felix Oduya</a> | March 12, 2026</p>")
    assert authors(page(body=line)) == ["Dana Kowalski", "Felix Oduya"]


def test_one_marked_name_on_a_line_stays_one_name() -> None:
    line = "<p>By <a rel='author' href='/author/dk/'>Dana Kowalski</a> and staff</p>"
    assert authors(page(body=line)) == ["Dana Kowalski"]


# --- which source names the author -------------------------------------------------------------

@pytest.mark.parametrize("desk", ["Redacción", "Redazione", "Redação", "Staff"])
def test_a_newsroom_word_does_not_stop_the_search_for_the_persons_byline(desk: str) -> None:
    ld = ("<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"headline\": "
          f"\"{TITLE}\", \"author\": \"{desk}\"}}</script>")
    firma = "<div class='firma'>Por <b>Inés Carvajal</b></div>"
    assert authors(page(head=ld, body=firma)) == ["Inés Carvajal"]


def test_a_wire_named_as_author_still_stops_the_search() -> None:
    """A wire's story: the rarer marks further on (a card's "firma") are not read for a person."""
    firma = "<div class='firma'>Por <b>Inés Carvajal</b></div>"
    assert authors(page(head="<meta name='author' content='Reuters'>", after=firma)) == []


@pytest.mark.parametrize("name", ["สุดารัตน์ วงศ์ใหญ่", "ณัฐวุฒิ ศรีสวัสดิ์", "สมชาย ธนาเศรษฐพงศ์"])
def test_a_thai_name_is_read_by_its_letters_not_its_vowel_and_tone_marks(name: str) -> None:
    assert parse_byline(name).authors == (name,)


@pytest.mark.parametrize("text", ["ติดตามข่าวสารล่าสุดได้ทุกวันที่นี่",
                                  "ตลาดน้ำแห่งใหม่เปิดรับนักท่องเที่ยวช่วงสุดสัปดาห์"])
def test_a_thai_sentence_in_an_author_box_is_still_no_name(text: str) -> None:
    assert parse_byline(text).authors == ()


def _zh(meta: str = "", body: str = "", title: str = "老城夜市周五重开") -> str:
    return (f"<html lang='zh-CN'><head><meta charset='utf-8'><title>{title}_淮北新闻网</title>"
            f"{meta}</head><body><article><h1>{title}</h1>{body}<p>改造后的老城夜市将于本周五"
            "重新开放，摊位由八十个增加到一百二十个。</p><p>夜市营业时间为每晚六点至十一点。</p>"
            "</article></body></html>")


@pytest.mark.parametrize("value", ["点击关注", "分享到微信", "フォローする"])
def test_a_buttons_words_in_the_author_meta_tag_name_no_one(value: str) -> None:
    assert authors(_zh(meta=f"<meta name='author' content='{value}'>")) == []


def test_a_button_after_the_name_in_a_byline_element_is_cut_off() -> None:
    assert authors(_zh(body="<div class='author'>孙伟 关注</div>")) == ["孙伟"]


@pytest.mark.parametrize(("lang", "title"), [
    ("ko", "공영주차장 요금 30분 단위로 바뀐다"), ("th", "ตลาดน้ำ เปิดแล้ว"),
    ("en", "Ferry Service To Resume Next Week"),
])
def test_an_author_field_holding_the_headline_names_no_one(lang: str, title: str) -> None:
    ld = ("<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"headline\": "
          f"\"{title}\", \"author\": {{\"@type\": \"Person\", \"name\": \"{title}\"}}}}"
          "</script>")
    html = (f"<html lang='{lang}'><head><title>{title}</title>{ld}</head><body><article><h1>"
            f"{title}</h1>{PARAS}</article></body></html>")
    assert authors(html) == []


def test_a_one_word_headline_inside_the_byline_is_still_the_authors_name() -> None:
    html = ("<html lang='en'><head><title>Ottilie</title><meta name='author' content="
            "'Ottilie Brandvold'></head><body><article><h1>Ottilie</h1>" + PARAS
            + "</article></body></html>")
    assert authors(html) == ["Ottilie Brandvold"]


# --- more of the page's own date sources --------------------------------------------------------

def test_parsely_page_json_gives_the_date_and_the_author() -> None:
    tag = ("<meta name='parsely-page' content='{\"title\": \"Ferry\", \"author\": \"Nora Feld\","
           " \"pub_date\": \"2026-03-21T08:00:00-04:00\", \"section\": \"News\"}'>")
    art = clean(page(head=tag))
    assert (art.datePublished, [a.name for a in art.authors]) == (
        "2026-03-21T08:00:00-04:00", ["Nora Feld"])


def test_a_separate_parsely_tag_wins_over_the_json_one() -> None:
    tags = ("<meta name='parsely-pub-date' content='2026-03-20T08:00:00-04:00'>"
            "<meta name='parsely-page' content='{\"pub_date\": \"2026-03-21T08:00:00-04:00\"}'>")
    assert clean(page(head=tags)).datePublished == "2026-03-20T08:00:00-04:00"


@pytest.mark.parametrize(("tag", "published"), [
    ("<meta property='og:regDate' content='20260316094100'>", "2026-03-16T09:41:00"),
    ("<meta name='citation_date' content='2026/01/20'>", "2026-01-20"),
    ("<meta property='article:post_date' content='2026-01-20T10:00:00+02:00'>",
     "2026-01-20T10:00:00+02:00"),
    ("<meta name='dateposted' content='2026-01-20T10:00:00+02:00'>", "2026-01-20T10:00:00+02:00"),
])
def test_more_cms_meta_names_date_the_page(tag: str, published: str) -> None:
    assert clean(page(head=tag)).datePublished == published


@pytest.mark.parametrize("tag", ["<meta name='timestamp' content='2026-05-31T23:00:00Z'>",
                                 "<meta name='release_date' content='2026-07-01'>"])
def test_a_render_time_or_another_things_date_is_still_not_read(tag: str) -> None:
    assert clean(page(head=tag)).datePublished is None


def _video(name: str) -> str:
    return ("<script type='application/ld+json'>{\"@type\": \"VideoObject\", \"name\": "
            f"\"{name}\", \"uploadDate\": \"2026-02-03T16:20:00-05:00\"}}</script>")


def test_a_video_pages_own_upload_date_dates_it() -> None:
    assert clean(page(head=_video(TITLE))).datePublished == "2026-02-03T16:20:00-05:00"


def test_a_video_the_story_embeds_does_not_date_it() -> None:
    assert clean(page(head=_video("Drone footage of the old pier"))).datePublished is None


# --- the tuning pages ---------------------------------------------------------------------------

PAGES = cases(TUNE6)


@pytest.mark.parametrize("case", PAGES, ids=[case.name for case in PAGES])
def test_tune6_page_reads_as_labelled(case: Case) -> None:
    check_labelled_page(case)


def check_labelled_page(case: Case) -> None:
    """A tuning page's authors, publisher, date (to the minute, in its offset; none where it
    is labelled ``null``) and body strings are its ``spec.json``'s."""
    art = clean_html(case.body(), now=NOW, url=case.url)
    want = case.spec() or {}
    assert [a.name for a in art.authors] == want["authors"]
    assert art.publisher == want["publisher"]
    if want["datePublished"] is None:
        assert art.datePublished is None  # the page states no date of its own
    else:
        stamp = want["datePublished"].replace("Z", "+00:00")
        assert (art.datePublished or "").startswith(stamp[:16])
        assert art.datePublished is not None and art.datePublished.endswith(stamp[19:])
    body = " ".join((art.articleBody or "").split())
    assert [s for s in want.get("bodyContains", []) if s not in body] == []
    assert [s for s in want.get("bodyWithout", []) if s in body] == []
