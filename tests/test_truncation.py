"""The ``truncated`` field (tests/data/truncation): a page that cuts its story short (a paywall,
a sign-up gate, an excerpt with a read-on link) against a complete text followed by a related
link or footer chrome. Strings are written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsclean import clean_text
from newsclean.core.truncation import cut_clause, is_read_more

DATA = Path(__file__).parent / "data" / "truncation"

_HEAD = ["Home", "Local", "Sport", "Orchard growers count frost damage", "By Lena Hart",
         "March 3, 2026"]
_DONE = [
    "Growers across the valley spent the weekend counting frost damage after two nights below "
    "freezing.",
    "The co-operative said about a third of the early blossom was lost, mostly on low ground.",
]
_CUT = [
    _DONE[0],
    "The co-operative said about a third of the early blossom was lost, and several growers on "
    "the low ground near the river told the board that their insurers had",
]


def _truncated(*lines: str) -> bool:
    return clean_text("\n".join(lines), url="https://valleyorchard.example/a").truncated


@pytest.mark.parametrize("folder", [DATA / "tune", DATA.parent / "truncation2" / "tune"])
def test_every_tuning_page_gets_its_truncated_label(folder: Path) -> None:
    for path in sorted(folder.glob("*.json")):
        case = json.loads(path.read_text(encoding="utf-8"))
        got = clean_text(case["text"], url=case["url"]).truncated
        assert got is case["labels"]["truncated"], path.name


@pytest.mark.parametrize(
    "gate",
    [
        "Members only: sign in to read the remaining story.",
        "The rest of this story is available on Valley Orchard News.",
        "Continue reading this article on Valley Orchard News",
        "Möchten Sie weiterlesen? Testen Sie jetzt unser Digitalabo.",
        "Abonnez-vous pour lire la suite de cet article.",
        "Sigue leyendo la noticia en Diario del Valle",
        "Per continuare a leggere attiva l'abbonamento.",
        "Чтобы прочитать материал полностью, войдите в аккаунт",
        "剩余60%的内容需订阅后阅读",
        "この記事の続きは有料プランでご覧いただけます",
    ],
)
def test_a_gate_line_under_the_text_marks_the_record_truncated(gate: str) -> None:
    assert _truncated(*_HEAD, *_DONE, gate, "Privacy")


@pytest.mark.parametrize(
    "tail",
    [
        ["Read more: Frost fans arrive too late for some growers", "Privacy"],
        ["READ MORE: Valley apple fair moves to May", "Terms"],
        ["Lesen Sie auch: Obstbauern fordern Hilfe", "Impressum"],
        ["Read More", "Apple prices expected to climb this autumn", "Growers' market to open early",
         "Contact"],
        ["You might also like", "Beekeepers warn of a slow spring after weeks of cold rain…",
         "Contact"],
        ["Share this:", "Facebook", "© 2026 Valley Orchard News. All rights reserved."],
    ],
)
def test_a_complete_text_under_a_related_link_or_footer_stays_complete(tail: list[str]) -> None:
    assert not _truncated(*_HEAD, *_DONE, *tail)


def test_a_last_paragraph_stopping_mid_sentence_above_an_unknown_pitch_is_a_cut() -> None:
    assert _truncated(*_HEAD, *_CUT, "Want all of it? Become a Valley Insider.", "Account")


def test_a_paragraph_stopping_at_the_end_of_the_input_is_no_cut() -> None:
    """The store's byte limit cuts there: nothing on the page says the story stops."""
    assert not _truncated(*_HEAD, *_CUT)


def test_a_sign_off_or_credit_after_the_last_sentence_is_no_cut() -> None:
    done = [_DONE[0], _DONE[1][:-1] + ".- Bernama"]
    assert not _truncated(*_HEAD, *done, "Comments", "Contact")
    done = [_DONE[0], _DONE[1] + " (AP)"]
    assert not _truncated(*_HEAD, *done, "Comments", "Contact")


def test_a_long_teaser_title_under_a_rail_heading_is_no_cut() -> None:
    tail = ["More from the valley", "Council to decide on the new bypass route through the "
            "orchards and the old quarry next", "Contact"]
    assert not _truncated(*_HEAD, *_DONE, *tail)


def test_a_bare_read_on_link_under_a_complete_excerpt_marks_it_truncated() -> None:
    for link in ("Read more", "Lire la suite ›", "Leer más »", "続きを読む", "Читать далее"):
        assert _truncated(*_HEAD, *_DONE, link, "Comments"), link


def test_a_read_on_label_followed_by_a_title_is_no_bare_link() -> None:
    assert is_read_more("Weiterlesen »") and is_read_more("Read more...")
    assert not is_read_more("Read more: Frost fans arrive too late")
    assert not is_read_more("Read more about frost")


def test_a_bare_read_on_link_leaves_the_body_with_the_record_truncated() -> None:
    art = clean_text("\n".join([*_HEAD, *_DONE, "Läs mer", "Kommentarer"]),
                     url="https://valleyorchard.example/a")
    assert art.truncated
    assert "Läs mer" not in (art.articleBody or "").split("\n")


@pytest.mark.parametrize(
    "tail", [" [+2816 chars]", " Lees meer", " Devamını oku »", " Читать далее…"]
)
def test_a_snippet_ending_in_its_link_or_a_left_out_count_is_cut(tail: str) -> None:
    art = clean_text("\n".join([*_HEAD, _DONE[0], _DONE[1] + tail]),
                     url="https://valleyorchard.example/a")
    assert art.truncated
    assert (art.articleBody or "").endswith(_DONE[1])


@pytest.mark.parametrize(
    "line",
    [
        "and fishing boats will have to tie up at the",
        "Der Verkehrsverbund reagiert damit auf Beschwerden von Pendlern, die bisher auf",
        "The plan, which the council approved in March,",
        "该线路全长约38公里，共设车站24座，建成后将连接城东新区与",
    ],
)
def test_a_paragraph_ending_on_a_function_word_or_comma_is_a_cut_clause(line: str) -> None:
    assert cut_clause(line)


@pytest.mark.parametrize(
    "line",
    [
        "Police appeal for witnesses after a man was seriously injured in a stabbing",
        "Sarawak poised to play pivotal role in realising Asean Power Grid, says Premier",
        "The council approved the plan.",
        "Log in to",
    ],
)
def test_a_headline_a_sentence_or_a_short_label_is_no_cut_clause(line: str) -> None:
    assert not cut_clause(line)


def test_a_short_cut_paragraph_under_the_text_is_kept_as_text_above_the_tail() -> None:
    cut = "The co-operative said a third of the blossom was lost on the low ground near the"
    art = clean_text("\n".join([*_HEAD, _DONE[0], cut, "Source: Valley Orchard News",
                                "Terms"]), url="https://valleyorchard.example/a")
    assert art.truncated
    assert cut in (art.articleBody or "").split("\n")


@pytest.mark.parametrize(
    ("head", "line"),
    [
        (["首页", "新闻", "本市新建体育馆明年开放", "记者 张明", "2026-11-28",
          "市体育局表示，新建体育馆主体工程已经完成，预计明年五月对外开放。"],
         "剩余30%的工程将于明年三月完成。"),
        (["ホーム", "ニュース", "新しい図書館が開館", "2026年11月29日",
          "市の新しい図書館が29日に開館し、多くの市民が訪れた。"],
         "続きは来週の特集でお伝えする予定だ。"),
    ],
)
def test_a_body_sentence_opening_like_a_gate_stays_text(head: list[str], line: str) -> None:
    after = ["会场可容纳观众8000人，将承办多项省级赛事。", "关于我们"]
    art = clean_text("\n".join([*head, line, *after]), url="https://valleyorchard.example/a")
    assert not art.truncated
    assert line in (art.articleBody or "")


@pytest.mark.parametrize(
    "gate",
    [
        "Subscribe to continue reading this story.",
        "Log in now to read the full article",
        "Become a member to keep reading",
        "Suscríbete para seguir leyendo",
        "Jetzt abonnieren und weiterlesen",
        "Abbonati ora per continuare a leggere",
        "Assine para continuar lendo",
    ],
)
def test_a_gate_that_puts_the_action_first_cuts_the_text_and_leaves_the_body(gate: str) -> None:
    art = clean_text("\n".join([*_HEAD, *_DONE, gate]), url="https://valleyorchard.example/a")
    assert art.truncated is True
    assert gate not in art.articleBody
    assert all(line in art.articleBody for line in _DONE)


def test_a_sentence_about_subscribing_is_no_gate() -> None:
    line = ("Subscribe to continue reading was the message readers saw for years, the editor "
            "said, until the paper dropped its paywall in the spring.")
    art = clean_text("\n".join([*_HEAD, *_DONE, line]), url="https://valleyorchard.example/a")
    assert line in art.articleBody


def test_text_under_a_gate_that_puts_the_action_first_stays() -> None:
    # a banner over text that goes on: the record is truncated, no line of the text is lost
    more = "The board will meet again in April to decide on help for the worst-hit farms."
    art = clean_text("\n".join([*_HEAD, _DONE[0], "Subscribe to keep reading", _DONE[1], more]),
                     url="https://valleyorchard.example/a")
    assert art.truncated is True
    assert all(line in art.articleBody for line in (*_DONE, more))
