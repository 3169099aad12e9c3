"""Each text-cleaning rule, pinned with small invented pages."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from newsclean import clean_text
from newsclean.profiles import get_profile, profile_for
from newsclean.sites import all_sites


def rules_of(text: str, **kw: str) -> dict[str, str]:
    removed = clean_text(text, explain=True, **kw).metadata.removed or []
    return {r.line.strip(): r.rule for r in removed}


def test_profile_is_chosen_by_host_then_by_text_signature() -> None:
    assert profile_for("https://uk.news.yahoo.com/a-b-123.html").name == "yahoo"
    assert profile_for("https://www.msn.com/en-gb/news/world/x/ar-AA1").name == "msn"
    assert profile_for(lines=["Get all your news in one place.", "x"]).name == "inkl"
    assert profile_for(lines=["Open in App", "• Local"]).name == "newsbreak"
    assert profile_for("https://example.org/story").name == "generic"


def test_a_common_ui_line_alone_does_not_name_a_site() -> None:
    """"Open in app" is on many readers' pages: it names NewsBreak only with its nav."""
    reader = ["Sign up", "Sign in", "Open in app", "Write", "Why I stopped commuting by car"]
    assert profile_for(lines=reader).name == "generic"
    assert profile_for(lines=["ContributorsPublishersAdvertisers", "Politics"]).name == "newsbreak"


def test_unknown_aggregator_name_is_a_clear_error() -> None:
    known = ", ".join(sorted([*all_sites(), "generic"]))
    with pytest.raises(ValueError, match=f"known profiles: {known}$"):
        get_profile("digg")


def test_hard_gate_drops_its_sales_block_and_sets_truncated() -> None:
    page = ("The ferry left at dawn.\n\nPlease subscribe or log in to continue reading the full "
            "article.\nOnly £1 for your first month\n- Unlimited puzzles")
    article = clean_text(page)
    assert article.truncated is True
    assert article.articleBody == "The ferry left at dawn."


def test_gate_before_any_text_does_not_swallow_the_page() -> None:
    article = clean_text("Full Story\n\nThe ferry left at dawn.\n\nIt returned at noon.")
    assert article.articleBody == "The ferry left at dawn.\n\nIt returned at noon."


def test_soft_prompt_sets_truncated_but_keeps_following_text() -> None:
    article = clean_text("The ferry left.\n\nAlready a subscriber?\n\nIt returned at noon.")
    assert article.truncated is True
    assert article.articleBody == "The ferry left.\n\nIt returned at noon."


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Story continues", "generic:story-continues"),
        ("Download the app", "generic:app-promo"),
        ("ADVERTISEMENT", "generic:advertisement"),
        ("Copy link", "generic:ui"),
        ("Most viewed in Sport", "generic:related"),
        ("Sign up to our newsletter", "generic:sign-up"),
        ("4 min read", "generic:ui"),
        ("Related: Ferry fares to rise for the first time in a decade", "generic:related"),
        ("READ MORE: Island school gets a new roof", "generic:related"),
        ("By signing up you agree to our Terms of Service and Privacy Policy.", "generic:sign-up"),
        ("The day's top stories from the Ledger, in your inbox every weekday.", "generic:sign-up"),
        ("skip past newsletter promotion", "generic:sign-up"),
        ("Suscríbete", "generic:sign-up"),
        ("The video will auto-play soon8Cancel", "generic:ui"),
        (
            "This article originally appeared on Northport Ledger: Ferry fares rise",
            "generic:syndication-note",
        ),
    ],
)
def test_chrome_families_name_the_rule_that_removed_a_line(line: str, rule: str) -> None:
    page = f"The ferry left at dawn on Tuesday.\n\n{line}\n\nIt returned at noon on Wednesday."
    assert rules_of(page)[line] == rule


def test_nav_rule_matches_bulleted_items_only() -> None:
    page = ("Open in App\n  • Politics\n  • Sports\nPolitics\n\nCouncil votes on ferry fares\n\n"
            "By Ines Moraga\n\nThe council voted on Tuesday.")
    article = clean_text(page, url="https://www.newsbreak.com/news/1-x")
    assert article.articleSection == "Politics"
    assert article.headline == "Council votes on ferry fares"


def test_glued_promo_is_cut_out_of_the_line_and_recorded() -> None:
    page = "Ferries halted amid stormSee all our weather coverageThe ferries stopped at noon."
    article = clean_text(page, explain=True)
    assert article.articleBody == "Ferries halted amid stormThe ferries stopped at noon."
    assert any(r.rule == "generic:inline-promo" for r in article.metadata.removed or [])


def test_headline_list_after_related_heading_is_the_rail() -> None:
    page = ("The ferry left at dawn.\n\nRelated Stories\n\nHarbour fees to rise\n\n"
            "New pier opens in June")
    assert clean_text(page).articleBody == "The ferry left at dawn."


def test_related_heading_followed_by_prose_keeps_the_prose() -> None:
    page = "The ferry left at dawn.\n\nRead more\n\nIt returned at noon, the captain said."
    assert clean_text(page).articleBody == (
        "The ferry left at dawn.\n\nIt returned at noon, the captain said."
    )


def test_page_of_only_chrome_keeps_its_text_and_is_flagged() -> None:
    article = clean_text("Share\nCopy link\nAdvertisement")
    assert article.articleBody
    assert "all-text-matched-chrome" in article.metadata.flags


def test_publisher_printed_twice_on_one_line_is_the_publisher() -> None:
    page = ("Harbour NewsHarbour News\n\nFerry fares to rise in spring\n\nBy Ines Moraga\n\n"
            "Fares will rise by 5% in March.")
    article = clean_text(page)
    assert article.publisher == "Harbour News"
    assert article.articleBody == "Fares will rise by 5% in March."


def test_standfirst_between_headline_and_byline_is_the_description_and_stays_body() -> None:
    page = ("Ferry fares to rise in spring\nThe operator blames fuel costs.\nBy Ines Moraga\n"
            "Fares will rise by 5% in March, the operator said.")
    article = clean_text(page)
    assert article.description == "The operator blames fuel costs."
    assert article.articleBody == (
        "The operator blames fuel costs.\n\nFares will rise by 5% in March, the operator said."
    )


def test_standfirst_above_a_date_stamp_stays_in_the_body() -> None:
    page = ("Library opens late on Thursdays\nVolunteers will staff the evening hours.\n"
            "March 3, 2025\n\nThe town library will stay open until 9pm on Thursdays.")
    article = clean_text(page)
    assert article.description == "Volunteers will staff the evening hours."
    assert article.articleBody.startswith("Volunteers will staff the evening hours.\n\n")


def test_sentence_between_the_headline_and_its_repeat_is_the_lead_picture_caption() -> None:
    page = ("Orchard growers count frost losses\nFrost lies on blossom in a valley orchard.\n\n"
            "Orchard growers count frost losses\n\nBy Ines Moraga\n\n"
            "Growers say a late frost destroyed half of this year's apple blossom.")
    article = clean_text(page)
    assert [(i.caption, i.credit) for i in article.images] == [
        ("Frost lies on blossom in a valley orchard.", None)
    ]
    assert article.articleBody == (
        "Growers say a late frost destroyed half of this year's apple blossom."
    )
    assert article.description is None


def test_prose_right_under_the_headline_stays_body_without_a_byline_after_it() -> None:
    page = ("Ferry fares to rise in spring\nThe operator blames fuel costs.\n"
            "Fares will rise by 5% in March, the operator said.")
    article = clean_text(page)
    assert article.description is None
    assert article.articleBody.startswith("The operator blames fuel costs.")


def test_caption_after_a_bare_image_url_describes_that_image() -> None:
    page = ("Open in App\n  • Local\n  • Harbour Times\n\nPier reopens\n\nThe pier reopened.\n\n"
            "https://img.particlenews.com/image.php?url=abc\n\n"
            "Crowds on the pier. Photograph: Ana Ruiz/PA\n\nMore text follows here.")
    article = clean_text(page)
    assert [(i.url, i.caption, i.credit) for i in article.images] == [
        ("https://img.particlenews.com/image.php?url=abc", "Crowds on the pier.", "Ana Ruiz/PA")
    ]
    assert article.articleBody == "The pier reopened.\n\nMore text follows here."


def test_store_date_prefix_is_not_page_text() -> None:
    article = clean_text(" date 2024-05-01 The ferry left at dawn on Tuesday.")
    assert article.articleBody == "The ferry left at dawn on Tuesday."


def test_relative_date_stamp_is_read_against_now() -> None:
    from datetime import UTC, datetime

    page = ("Open in App\n  • Local\n  • Harbour Times\n\nPier reopens\n\nBy Ines Moraga\n\n"
            "3 hours ago\n\nThe pier reopened.")
    article = clean_text(page, now=datetime(2025, 1, 2, 12, 0, tzinfo=UTC))
    assert article.datePublishedRaw == "3 hours ago"
    assert article.datePublished == "2025-01-02T09:00:00+00:00"


@pytest.mark.parametrize(
    "line",
    [
        "Related: the council said the two projects would share one budget.",
        "More: the ferry will also stop at Corvo twice a week.",
        "She said the story originally appeared in a parish newsletter in 1974.",
    ],
)
def test_prose_that_opens_like_a_chrome_label_stays_body(line: str) -> None:
    page = f"The ferry left at dawn on Tuesday.\n\n{line}\n\nIt returned at noon on Wednesday."
    assert line in clean_text(page).articleBody


def test_closing_author_bio_leaves_the_body() -> None:
    page = (
        "By Ines Harte\n\nThe ferry left at dawn on Tuesday.\n\nIt returned at noon on"
        " Wednesday.\n\nInes Harte is the Ledger's transport reporter. She covers ferries,"
        " buses and the island's roads."
    )
    article = clean_text(page, explain=True)
    assert article.articleBody.endswith("It returned at noon on Wednesday.")
    assert any(r.rule == "generic:author-bio" for r in article.metadata.removed or [])


def test_closing_paragraph_about_someone_else_stays_body() -> None:
    page = (
        "By Ines Harte\n\nThe ferry left at dawn on Tuesday.\n\nIts captain, Joao Serpa, is"
        " a former fisherman who has worked the route for 30 years."
    )
    assert clean_text(page).articleBody.endswith("worked the route for 30 years.")


# --------------------------------------------------------------------------- long-tail sites
# Pages of sites no profile knows: chrome is found by its phrase (per language, as data) or by
# its place and shape (above the headline, a run of short lines, a breadcrumb).

_LEAD = "The council voted on Tuesday to keep the night bus running until the end of the year."


def test_nav_run_and_breadcrumb_above_the_headline_are_chrome() -> None:
    page = ("• Home\n• Latest\n• World\n• Sport\nHome›World›Europe\n"
            "Night bus saved after council vote\nBy Lena Hart\n\n" + _LEAD)
    art = clean_text(page, explain=True)
    assert art.headline == "Night bus saved after council vote"
    assert art.articleBody == _LEAD
    rules = {r.line: r.rule for r in art.metadata.removed or []}
    assert rules["• Latest"] == "generic:nav"
    assert rules["Home›World›Europe"] == "generic:breadcrumb"


def test_headline_is_chosen_by_shape_not_by_being_first() -> None:
    page = ("Valley Digest\nSign in\n2025 regional site of the year\n"
            "Night bus saved after council vote as late-shift workers rally\n"
            "By Lena Hart\n\n" + _LEAD)
    art = clean_text(page)
    assert art.headline == "Night bus saved after council vote as late-shift workers rally"
    assert art.articleBody == _LEAD
    assert [a.name for a in art.authors] == ["Lena Hart"]


def test_two_sentence_banner_is_not_a_headline() -> None:
    page = ("Your browser is out of date. Update it for the best experience\n\n"
            "Night bus saved after council vote\n\n" + _LEAD)
    assert clean_text(page).headline == "Night bus saved after council vote"


def test_short_sentence_above_a_title_like_line_is_kept() -> None:
    page = "The bus ran late.\n\nNight routes to change\n\n" + _LEAD
    body = clean_text(page).articleBody
    assert "The bus ran late." in body and _LEAD in body


def test_masthead_under_the_headline_is_the_publisher_not_a_byline() -> None:
    page = "Night bus saved after council vote\nKestrel Valley Gazette\n5 March 2025\n\n" + _LEAD
    art = clean_text(page)
    assert art.publisher == "Kestrel Valley Gazette"
    assert art.authors == []
    assert art.articleBody == _LEAD


def test_line_before_a_by_byline_is_the_publisher() -> None:
    page = "Night bus saved after council vote\nNorth Fen Echo\nBy Lena Hart\n\n" + _LEAD
    art = clean_text(page)
    assert (art.publisher, [a.name for a in art.authors]) == ("North Fen Echo", ["Lena Hart"])


def test_source_with_follow_button_and_name_glued_to_date_are_publishers() -> None:
    assert clean_text("Night bus saved after council vote\n· Fen Radio · Follow\n\n"
                      + _LEAD).publisher == "Fen Radio"
    art = clean_text("Night bus saved after council vote\nThe Fen Star04-03-2025\n\n" + _LEAD)
    assert art.publisher == "The Fen Star" and art.articleBody == _LEAD


@pytest.mark.parametrize(
    "line",
    [
        "Down Arrow Button Icon",
        "Chevron Down IconBack to top",
        "Unfollow",
        "Font size",
        "Comments (31)",
        "Share on Facebook Share on X Share on WhatsApp Copy link",
        "Compartir en Facebook Compartir en X",
        "Diesen Artikel teilen",
        "Écouter cet article",
        "Tags: Buses, Transport, Council",
        "Schlagwörter: Verkehr, Stadtrat",
        "Temps de lecture : 3 min",
        "3 min read",
        "この記事をシェア",
        "This is the web version of Morning Brief. To get it delivered to your inbox, sign up.",
        "Follow us on Facebook, Instagram and X",
        "Folgen Sie uns auf Instagram",
        "Get the Valley Digest app",
        "Try Valley Digest Plus free for 14 days",
        "Generated by AI · May contain errors",
        "12 sources covered this story",
        "© 2025 Valley Digest Ltd. All rights reserved.",
        "Copyright © 北陸日報 All rights reserved.",
        "This story was originally published by The Fen Star and is republished with permission.",
        "Cet article a été publié initialement sur L'Écho du Marais.",
        "Disclaimer: Syndicated stories are not edited by our newsroom.",
        "Quelle: Fen-Kurier",
        "Source: Reuters",
        "Impressum",
        "Click to share on Bluesky (Opens in new window)",
        "Leave a Reply Cancel reply",
        "Your email address will not be published. Required fields are marked *",
        "Advertisement - Scroll to continue",
        "Lesen Sie auch",
        "分享到",
        "We use cookies to improve your experience. By continuing you accept our policy.",
        "Wir verwenden Cookies, um unsere Website für Sie zu verbessern.",
        "Your browser is out of date. Please update it to read this site.",
        "Trending: Night buses, Ferry fares, Council tax",
    ],
)
def test_long_tail_chrome_line_leaves_the_body(line: str) -> None:
    art = clean_text(_LEAD + "\n\n" + line + "\n\nThe next meeting is in May.")
    assert line not in art.articleBody
    assert art.articleBody.startswith(_LEAD)
    assert art.articleBody.endswith("The next meeting is in May.")


_READ_MORE = """read full story
Read more at Fen Radio
Continue reading on: The Fen Star
Open the Full Article
Weiterlesen auf fen-kurier.de
Lire la suite sur L'Écho du Marais
Sigue leyendo en El Faro
続きを読む
To continue reading, subscribe to The Fen Star
Article réservé aux abonnés
Dieser Artikel ist nur für Abonnenten verfügbar.
Para seguir leyendo, suscríbete a El Faro
残り1284文字
阅读全文"""


@pytest.mark.parametrize("marker", _READ_MORE.splitlines())
def test_read_more_link_is_chrome_and_marks_the_text_truncated(marker: str) -> None:
    art = clean_text(_LEAD + "\n\n" + marker + "\n\nMore from our partners")
    assert (art.articleBody, art.truncated) == (_LEAD, True)


@pytest.mark.parametrize(
    "line",
    [
        # prose that merely starts or ends like chrome stays article text
        "Share prices fell by a third after the council vote, the operator told investors.",
        "Follow the money, the auditor told the committee on Tuesday afternoon.",
        "Three iconic buildings will reopen after the repairs, the council said.",
        "Source: the council's own figures show a fall in night passengers since 2019.",
        "Read more about the route changes in the council's published timetable, it said.",
    ],
)
def test_sentence_that_starts_like_chrome_stays(line: str) -> None:
    assert line in clean_text(_LEAD + "\n\n" + line).articleBody


def test_japanese_category_label_is_not_a_byline_but_a_role_marked_name_is() -> None:
    page = ("国内\n夜行バスの運行継続が決定\n北陸日報\n文・写真 山本陽介\n\n"
            "市議会は4日、夜行バスの運行を年末まで続けることを決めた。")
    art = clean_text(page)
    header = (art.headline, art.articleSection, art.publisher, art.bylineRaw)
    assert header == ("夜行バスの運行継続が決定", "国内", "北陸日報", "文・写真 山本陽介")
    assert art.articleBody == "市議会は4日、夜行バスの運行を年末まで続けることを決めた。"


def test_japanese_paragraph_is_never_taken_for_a_byline() -> None:
    page = ("夜行バスの運行継続が決定\n\n市によると、利用者は前年より2割増えた。\n\n"
            "利用者の声も聞く。")
    art = clean_text(page)
    assert art.bylineRaw is None and art.authors == []
    assert "利用者の声も聞く。" in art.articleBody


def test_picture_printed_twice_above_the_headline_is_its_caption() -> None:
    page = ("Crews clear a fallen tree from the ring road after the storm.\n"
            "Camera IconCrews clear a fallen tree from the ring road after the storm.\n\n"
            "Storm closes ring road for a day\n\n" + _LEAD)
    art = clean_text(page)
    assert (art.headline, art.articleBody) == ("Storm closes ring road for a day", _LEAD)
    assert [(i.caption, i.credit) for i in art.images] == [
        ("Crews clear a fallen tree from the ring road after the storm.", None)
    ]


def test_credited_caption_above_the_headline_is_not_the_title() -> None:
    page = ("A night bus waits at the depot on March 2, 2025. REUTERS/Ana Lind/File Photo\n\n"
            "Night bus saved after council vote\n\n" + _LEAD)
    art = clean_text(page)
    assert art.headline == "Night bus saved after council vote"
    assert [(i.caption, i.credit) for i in art.images] == [
        ("A night bus waits at the depot on March 2, 2025.", "REUTERS/Ana Lind/File Photo")
    ]


def test_listed_title_with_its_source_gives_the_publisher() -> None:
    page = ("[0412]夜行バスの運行継続が決定(北陸日報2025年3月4日)\n参照元\n"
            "夜行バスの運行継続が決定\n\n市議会は4日、夜行バスの運行を年末まで続けることを決めた。")
    art = clean_text(page)
    assert (art.headline, art.publisher) == ("夜行バスの運行継続が決定", "北陸日報")
    assert art.articleBody == "市議会は4日、夜行バスの運行を年末まで続けることを決めた。"


def test_link_labels_glued_together_are_chrome_when_every_part_is() -> None:
    body = clean_text(_LEAD + "\n\nEmail UsGet our newsletter\n\nMcKenzie FerriesWon Again"
                      ).articleBody
    assert "Email UsGet our newsletter" not in body
    assert "McKenzie FerriesWon Again" in body


def test_long_menu_opening_the_page_is_chrome_even_past_the_header_window() -> None:
    menu = "\n".join(f"• Item {n}" for n in range(1, 19))
    page = menu + "\nNight bus saved after council vote\nBy Lena Hart\n\n" + _LEAD
    art = clean_text(page)
    assert art.headline == "Night bus saved after council vote"
    assert art.articleBody == _LEAD


def test_footer_link_run_under_chrome_is_dropped_but_a_line_up_is_kept() -> None:
    links = "About us\nCareers\nAdvertise\nOur apps\nPodcasts\nEvents"
    art = clean_text(_LEAD + "\n\n© 2025 Valley Digest Ltd\n\n" + links)
    assert art.articleBody == _LEAD
    line_up = "Ana Ruiz\nTom Reed\nSara Holt\nJoe Park\nLi Wei\nMia Cole"
    art = clean_text(_LEAD + "\n\nThe starting line-up:\n\n" + line_up)
    assert art.articleBody.endswith("Mia Cole")


def test_headline_is_the_title_nearest_the_article_not_a_longer_tagline_or_promo() -> None:
    page = ("Fenland Voice — every village, every parish council\n\n"
            "Get the Fenland Voice app for flood alerts\n\nNight bus saved after council vote\n\n"
            + _LEAD)
    art = clean_text(page)
    assert art.headline == "Night bus saved after council vote"
    assert art.articleBody == _LEAD


def test_source_line_under_the_headline_is_not_taken_for_it() -> None:
    page = "Night bus saved after a long council vote\nFen Radio\nBy Lena Hart\n\n" + _LEAD
    art = clean_text(page)
    assert (art.headline, art.publisher) == ("Night bus saved after a long council vote",
                                             "Fen Radio")


def test_read_more_glued_to_a_snippet_is_cut_and_marks_it_truncated() -> None:
    art = clean_text("Night bus saved\n\nThe council voted to keep the night bus. Read more")
    assert (art.articleBody, art.truncated) == ("The council voted to keep the night bus.", True)
    art = clean_text("Night bus saved\n\nShe said she would read more books this year.")
    assert art.articleBody.endswith("read more books this year.") and not art.truncated


def test_first_character_buckets_answer_as_one_alternation_would() -> None:
    import re

    from newsclean.profiles import GENERIC_RULES

    sources = [p.pattern for rule in GENERIC_RULES.rules for p in rule.patterns]
    one = re.compile("|".join(f"(?:{p})" for p in sources))
    samples = [*_READ_MORE.splitlines(), "(below is a backup copy of the original article)",
               "© 2025 Valley Digest", "*this is an excerpt from the newsletter", "-3.5°c oslo",
               "the council voted on tuesday", "12 min read", "«quoted» text", "", "x"]
    for case in (Path(__file__).parent / "data" / "longtail").glob("*/*.json"):
        samples += json.loads(case.read_text(encoding="utf-8"))["text"].split("\n")
    from newsclean.normalize.text import key

    for line in samples:
        k = key(line)
        if k and len(line) <= 600:
            assert (GENERIC_RULES.match(line) is not None) == (
                k in GENERIC_RULES._phrases or one.search(k) is not None
            ), line


def test_a_very_long_run_of_short_lines_is_not_a_menu() -> None:
    items = "\n".join(f"Entry {n}" for n in range(200))
    body = clean_text(items + "\n\n" + _LEAD).articleBody
    assert "Entry 1\n\nEntry 2" in body and "Entry 199" in body


# --------------------------------------------------------------- long-tail round 2 families

def _names(art: Any) -> list[str]:
    return [a.name for a in art.authors]


_PROSE = (
    "The district council approved the plan on Tuesday after a short debate in the chamber.\n"
    "Work is expected to start in the autumn and to last about eighteen months in total.\n"
)


@pytest.mark.parametrize(
    "line",
    ["2024年11月3日", "2024年11月03日 08:40", "2024년 11월 3일 08:40", "입력 2024.11.03 08:40",
     "3 listopada 2024, 08:40", "Minggu, 3 Nov 2024 08:40 WIB", "· 7h", "2d",
     "November 3, 2024 08:40 AM Pacific Standard Time", "发布时间：2024-11-03 08:40"],
)
def test_date_stamps_of_more_languages_are_date_lines(line: str) -> None:
    from newsclean.normalize.dates import is_date_line

    assert is_date_line(line)


@pytest.mark.parametrize(
    "line", ["2024年、市は新しい計画を発表した", "Time to act on the river", "7 hours of talks"]
)
def test_sentences_with_dates_or_zone_words_are_not_date_lines(line: str) -> None:
    from newsclean.normalize.dates import is_date_line

    assert not is_date_line(line)


def test_combined_japanese_role_marks_introduce_the_author_and_menu_words_are_no_names() -> None:
    from newsclean import parse_byline

    assert parse_byline("文・写真 小川真理").authors == ("小川真理",)
    assert parse_byline("写真・文 小川真理").authors == ("小川真理",)
    assert parse_byline("ホーム").authors == ()
    assert parse_byline("楽しむ").authors == ()
    assert parse_byline("文 エマ・ワトキンス").authors == ("エマ・ワトキンス",)


def test_korean_and_chinese_name_with_title_are_bylines() -> None:
    page = (
        "정치\n국회, 내년 예산안 처리 시한 넘겨\n박지훈 기자\n\n"
        "국회가 내년도 예산안을 법정 시한 안에 처리하지 못했다. 여야는 다음 주 다시 협상한다.\n"
    )
    assert _names(clean_text(page)) == ["박지훈"]
    page = (
        "新区学校扩建工程启动 明年秋季招生\n作者：记者 刘伟\n\n"
        "新区第一小学扩建工程日前启动，预计明年秋季投入使用，可新增学位一千二百个。\n"
    )
    assert [a.name for a in clean_text(page).authors] == ["刘伟"]


def test_last_item_of_a_menu_over_the_headline_is_not_the_section() -> None:
    page = "Home\nVideos\nPodcasts\nContact\nHarbour crane collapses during storm overnight\n\n"
    page += _PROSE
    art = clean_text(page)
    assert art.articleSection is None
    assert art.headline == "Harbour crane collapses during storm overnight"
    assert "Contact" not in art.articleBody


def test_menu_item_printed_again_over_the_headline_is_the_section() -> None:
    page = "Home\nCulture\nTravel\nPodcasts\nTravel\nNight trains return to the mountain line\n\n"
    assert clean_text(page + _PROSE).articleSection == "Travel"


def test_phrase_over_the_headline_is_no_section() -> None:
    page = "Story so far\n\nLive: ministers meet unions as talks resume\n\n" + _PROSE
    assert clean_text(page).articleSection is None


def test_breadcrumb_names_the_section_when_no_kicker_does() -> None:
    page = "Start » Gospodarka\nFabryka rowerów zatrudni dwustu pracowników\n\n" + _PROSE
    assert clean_text(page).articleSection == "Gospodarka"
    page = (
        "首页 > 财经 > 正文\n本市新能源汽车销量同比增长三成\n\n"
        "今年前十个月，本市新能源汽车销量同比增长约三成，充电桩数量也明显增加。\n"
    )
    assert clean_text(page).articleSection == "财经"


def test_press_release_source_lines_name_the_publisher_and_leave_the_body() -> None:
    page = (
        "Quarry Lane Foods Recalls Two Snack Bars\nNews provided by\nQuarry Lane Foods\n"
        "Nov 3, 2024, 09:00 ET\n\n" + _PROSE + "SOURCE Quarry Lane Foods\n"
    )
    art = clean_text(page)
    assert art.publisher == "Quarry Lane Foods"
    assert "SOURCE" not in art.articleBody and "provided by" not in art.articleBody
    page = "Tidemark Labs Opens Lisbon Office\n"
    page += "Nov 3, 2024 8:00 AM EST | Source: Tidemark Labs Ltd.\n\n"
    art = clean_text(page + _PROSE)
    assert art.publisher == "Tidemark Labs Ltd."
    assert art.datePublishedRaw == "Nov 3, 2024 8:00 AM EST"


def test_a_wire_agency_source_line_does_not_become_the_publisher() -> None:
    page = "Oil prices climb as supply worries grow\n\n" + _PROSE + "Source: Reuters\n"
    assert clean_text(page).publisher is None


def test_more_from_link_names_the_publisher_when_nothing_else_does() -> None:
    page = "Shipyard wins ferry order worth millions\n\n" + _PROSE + "More from Coastline Gazette\n"
    assert clean_text(page).publisher == "Coastline Gazette"
    page = "港口新航线开通\n\n本周一，港口新开通一条通往东南亚的集装箱航线，每周两班。\n"
    page += "海湾日报的更多文章\n"
    assert clean_text(page).publisher == "海湾日报"


def test_korean_copyright_formula_names_the_publisher() -> None:
    page = (
        "시립도서관 야간 개방 확대\n\n"
        "시립도서관이 다음 달부터 평일 밤 10시까지 문을 연다. "
        "시는 이용자 요청을 반영했다고 밝혔다.\n"
    )
    art = clean_text(page + "저작권자 © 한빛일보 무단전재 및 재배포 금지\n")
    assert art.publisher == "한빛일보"
    assert "저작권자" not in art.articleBody


def test_two_clause_headline_is_the_title_but_a_credited_caption_is_not() -> None:
    page = "Remont dworca potrwa dłużej. Pociągi pojadą objazdem\nMarek Nowicki\n\n" + _PROSE
    art = clean_text(page)
    assert (art.headline, _names(art)) == (
        "Remont dworca potrwa dłużej. Pociągi pojadą objazdem", ["Marek Nowicki"]
    )


def test_sentence_credited_in_brackets_to_the_site_itself_is_a_caption() -> None:
    page = (
        "Ferry service resumes after storm\n\nDock workers repair the ramp on Monday. (WBRT 4)\n\n"
        + _PROSE
    )
    art = clean_text(page, url="https://www.wbrt4.example/news/ferry-service-resumes")
    assert art.headline == "Ferry service resumes after storm"
    assert [(i.caption, i.credit) for i in art.images] == [
        ("Dock workers repair the ramp on Monday.", "WBRT 4")
    ]
    other = clean_text(page, url="https://elsewhere.example/a")
    assert other.headline == "Ferry service resumes after storm"  # never the title
    assert "Dock workers repair the ramp on Monday. (WBRT 4)" in other.articleBody


def test_dash_glued_photo_credit_is_split_off_its_caption() -> None:
    page = "Minister opens new port terminal\n\n" + _PROSE + (
        "KUANTAN, Nov 3 -- The minister tours the terminal after the opening today."
        " --fotoNEWSWIRE\n"
    )
    art = clean_text(page)
    assert [i.credit for i in art.images] == ["NEWSWIRE"]


def test_contact_name_under_a_press_release_is_not_its_byline() -> None:
    page = "Brightway Opens Depot in Leeds\n\n" + _PROSE + "Media contact:\nJoanna Pike\n"
    art = clean_text(page)
    assert art.authors == []
    assert "Joanna Pike" in art.articleBody


def test_like_and_comment_counts_beside_buttons_are_chrome_but_numbers_in_text_stay() -> None:
    page = "Why the canal path matters\nNov 3, 2024\n57\n12\nShare\n\n"
    page += _PROSE + "1,200\n" + _PROSE
    body = clean_text(page).articleBody
    assert "57" not in body.split("\n\n") and "12" not in body.split("\n\n")
    assert "1,200" in body.split("\n\n")


@pytest.mark.parametrize(
    "line",
    ["Privacy ∙ Terms ∙ Collection notice", "회사소개 | 광고문의 | 개인정보처리방침",
     "关于我们 | 联系我们 | 网站地图", "12 comments", "3.4K shares", "댓글 5", "Komentarze (3)",
     "#Transport #Leeds", "Condividi su WhatsApp", "Compartilhe no Facebook", "Bagikan:",
     "Usamos cookies para melhorar a navegação. Ao continuar você concorda com a política.",
     "Questo sito utilizza cookie tecnici. Proseguendo accetti l'uso dei cookie.",
     "Czytaj także: Nowy most na Odrze gotowy w maju", "Baca juga: Harga telur naik lagi",
     "Wszelkie prawa zastrzeżone.", "Hak Cipta Dilindungi Undang-Undang",
     "Riproduzione riservata ©", "（责任编辑：周敏）", "Got a tip? Email news@wbrt4.example"],
)
def test_round_two_chrome_lines_leave_the_body(line: str) -> None:
    page = "Harbour crane collapses during storm overnight\n\n" + _PROSE + line + "\n" + _PROSE
    assert line not in clean_text(page).articleBody


def test_headline_under_a_see_also_label_is_the_link_and_tags_after_the_text_go() -> None:
    page = (
        "Harbour crane collapses during storm overnight\n\n" + _PROSE
        + "Leggi anche:\nNuovo parcheggio al porto da dicembre\n" + _PROSE
        + "Tags:\nporto\nmaltempo\n"
    )
    body = clean_text(page).articleBody
    for gone in ("Nuovo parcheggio al porto da dicembre", "porto", "maltempo"):
        assert gone not in body.split("\n\n")
    assert body.count("The district council approved") == 2


def test_name_under_a_provided_by_label_is_the_publisher_not_a_menu_link() -> None:
    page = (
        "All News Releases\nRiverton Mills Opens Visitor Centre\nNews provided by\n"
        "Riverton Mills Group\nNov 3, 2024, 09:00 ET\n\n" + _PROSE
        + "Riverton Mills Group employs 400 people at its two sites in the valley.\n"
    )
    art = clean_text(page)
    assert art.publisher == "Riverton Mills Group"
    assert art.authors == []
    assert "Riverton Mills Group employs 400 people" in art.articleBody  # never a byline repeat


def test_section_link_named_news_is_no_masthead() -> None:
    from newsclean.core.header import masthead

    assert not masthead("Local News")
    assert not masthead("World News")
    assert masthead("Tidewater News")


def test_title_case_headline_with_a_comma_is_not_a_list_of_names() -> None:
    page = "Jembatan Gantung Putus, Warga Seberangi Sungai Dengan Rakit\n"
    page += "Penulis: Dewi Rahmawati\n\n"
    art = clean_text(page + _PROSE)
    assert (art.headline, _names(art)) == (
        "Jembatan Gantung Putus, Warga Seberangi Sungai Dengan Rakit", ["Dewi Rahmawati"]
    )


def test_bracketed_name_under_a_japanese_article_is_its_byline() -> None:
    page = (
        "駅前広場、来春リニューアル\n\n市は駅前広場を来春までに改修すると発表した。"
        "ベンチや植栽を増やす。\n工事中も通行はできる。改修費は約2億円。\n（田中花子）\n"
    )
    art = clean_text(page)
    assert (_names(art), "（田中花子）" in art.articleBody) == (["田中花子"], False)
    assert clean_text(page.replace("（田中花子）", "（続く）")).authors == []


def test_a_table_row_of_short_cells_is_article_text_not_a_link_row() -> None:
    rows = ["| Zone | Stalls | State |", "| Fish and meat | 24 | Reopened |"]
    page = "Market halls reopen after the flood\n\n" + _PROSE + "\n".join(rows) + "\n" + _PROSE
    body = clean_text(page).articleBody.split("\n\n")
    assert all(row in body for row in rows)


_YAHOO_URL = "https://ca.news.yahoo.com/orchard-owners-report-early-frost-damage-103015442.html"


def test_yahoo_top_bar_above_the_headline_leaves_and_the_header_is_read_under_it() -> None:
    text = (
        "Yahoo News Canada\nHome\nCanada\nSign in\n"
        "Orchard owners report early frost damage across the valley\nThe Canadian Press\n"
        "Lina Ferreira\nMon, September 29, 2025 at 6:10 AM EDT\n"
        "Growers in the valley say an early frost has damaged up to a third of the late apples.\n"
        "Some orchards lit fires between the rows overnight to keep the trees warm.\n"
    )
    art = clean_text(text, url=_YAHOO_URL)
    assert art.headline == "Orchard owners report early frost damage across the valley"
    assert art.publisher == "The Canadian Press"
    assert [a.name for a in art.authors] == ["Lina Ferreira"]
    assert (art.articleBody or "").startswith("Growers in the valley")
    assert "Sign in" not in (art.articleBody or "")


def test_a_short_line_run_not_ending_at_a_headline_is_not_taken_for_a_top_bar() -> None:
    text = (
        "Apples\nPears\nPlums\nThe frost came early.\n"
        "Growers in the valley say an early frost has damaged up to a third of the late apples.\n"
    )
    body = clean_text(text, url=_YAHOO_URL).articleBody or ""
    assert "Apples" in body and "Plums" in body


def test_yahoo_rails_under_the_story_go_without_marking_it_truncated() -> None:
    text = (
        "Orchard owners report early frost damage across the valley\nThe Canadian Press\n"
        "Mon, September 29, 2025 at 6:10 AM EDT\n"
        "Growers in the valley say an early frost has damaged up to a third of the late apples.\n"
        "Publicidad\n"
        "Some orchards lit fires between the rows overnight to keep the trees warm.\n"
        "View comments\nMost read\n1. Ferry timetable changes for winter\n"
        "Terms and Privacy Policy\nPrivacy Dashboard\n"
    )
    art = clean_text(text, url=_YAHOO_URL)
    body = art.articleBody or ""
    assert body.endswith("keep the trees warm.")
    assert "Ferry timetable" not in body and "Publicidad" not in body
    assert not art.truncated


def test_yahoo_attribution_time_in_an_edition_language_is_not_body_text() -> None:
    text = (
        "Les vergers de la vallée touchés par un gel précoce\nAFP\n"
        "mar. 30 septembre 2025 à 8:05 AM UTC+2\n"
        "Les producteurs estiment qu'un tiers des pommes tardives ont été abîmées par le gel.\n"
    )
    url = "https://fr.news.yahoo.com/vergers-vallee-gel-precoce-080512334.html"
    body = clean_text(text, url=url).articleBody or ""
    assert body.startswith("Les producteurs")


def test_msn_image_attribution_and_age_in_german_leave_the_body() -> None:
    text = (
        "Obstbauern melden Frostschäden im Tal\nDer Spiegel\nGeschichte von Lena Brandt\n"
        "• 3 Std.\n"
        "Ein früher Frost hat in den Plantagen des Tals ein Drittel der Äpfel beschädigt.\n"
        "© Bereitgestellt von Der Spiegel\n"
        "Einige Betriebe zündeten nachts Feuer zwischen den Baumreihen an.\n"
    )
    url = "https://www.msn.com/de-de/nachrichten/inland/frostschaeden/ar-AA1aBc99"
    art = clean_text(text, url=url)
    body = art.articleBody or ""
    assert "Bereitgestellt" not in body and "3 Std." not in body
    assert "Einige Betriebe" in body
    assert art.images == []
