"""Truncation by composition and consent notices: sign-in and app walls
in many languages, links to the whole story on its source, excerpt notices, and the notices a
blocked embed leaves in the text. Strings are written for these tests; the pages of
tests/data/truncation2/tune are checked in test_truncation.py."""

from __future__ import annotations

import pytest

from newsclean import clean_text
from newsclean.core.consent import consent_notice
from newsclean.core.truncation import is_wall, source_link

_HEAD = ["Home", "Local", "Sport", "Ferry timetable changes from January", "By Rhea Dunmore",
         "December 2, 2026"]
_FIRST = ("The island ferry will run two fewer crossings on weekdays from January, the operator "
          "said on Tuesday.")
_SECOND = "Commuters said the last evening sailing was the one they could least do without."
_CUT = ("Commuters said the last evening sailing was the one they could least do without, and "
        "the parish council has asked the operator to keep the")


def _clean(*lines: str):  # type: ignore[no-untyped-def]
    return clean_text("\n".join(lines), url="https://islandferrynews.example/a")


def _body(*lines: str) -> list[str]:
    return (_clean(*lines).articleBody or "").split("\n")


@pytest.mark.parametrize(
    "wall",
    [
        "Sign in to finish reading this story",
        "Get the rest of this story in the Ferry News app",
        "Loggen Sie sich ein, um den ganzen Beitrag zu lesen",
        "Identifiez-vous pour continuer la lecture",
        "Regístrate gratis para seguir leyendo",
        "Registrati per continuare a leggere",
        "Entre na sua conta para continuar lendo",
        "Inloggen om verder te lezen",
        "Zaloguj się, aby przeczytać cały artykuł",
        "Авторизуйтесь, чтобы прочитать статью",
        "Logga in för att läsa vidare",
        "Devamını okumak için üye olun",
        "Masuk untuk membaca selengkapnya",
        "続きは会員登録でお読みいただけます",
        "注册会员后继续阅读",
        "회원 로그인 후 기사 전체 보기",
    ],
)
def test_a_wall_under_the_text_marks_it_truncated_and_leaves_with_its_block(wall: str) -> None:
    art = _clean(*_HEAD, _FIRST, _CUT, wall, "No account yet? It takes a minute", "Help")
    body = (art.articleBody or "").split("\n")
    assert art.truncated
    assert _CUT in body
    assert wall not in body and "No account yet? It takes a minute" not in body


def test_a_wall_between_paragraphs_is_no_cut() -> None:
    wall = "Members read the whole story in the app"
    assert is_wall(wall)
    assert not _clean(*_HEAD, _FIRST, wall, _SECOND, "Contact us").truncated


_ACCOUNT_LINES = ("Sign in to save this article", "Sign up to read our morning briefing",
                  "Log in to comment", "Download our app for the latest news",
                  "ログインしてコメントする")


@pytest.mark.parametrize("line", _ACCOUNT_LINES)
def test_an_account_line_that_names_no_reading_on_is_no_wall(line: str) -> None:
    assert not is_wall(line)
    assert not _clean(*_HEAD, _FIRST, _SECOND, line, "Privacy").truncated


def test_a_sentence_reporting_a_login_to_read_a_report_stays_text() -> None:
    line = "Residents can log in to read the full report online, the operator said."
    assert not is_wall(line)
    art = _clean(*_HEAD, _FIRST, line, "Contact us")
    assert not art.truncated and line in (art.articleBody or "").split("\n")


@pytest.mark.parametrize(
    "notice",
    [
        "*You are reading an abridged version of our evening briefing. Sign up to get the full "
        "version every weekday.",
        "Dies ist ein Auszug aus unserem Newsletter. Die ganze Ausgabe gibt es im Abo.",
        "Ceci est un extrait de notre lettre du soir. Abonnez-vous pour la recevoir en entier.",
    ],
)
def test_an_excerpt_notice_closing_the_text_marks_it_truncated(notice: str) -> None:
    art = _clean(*_HEAD, _FIRST, _SECOND, notice, "Share")
    assert art.truncated
    assert notice not in (art.articleBody or "").split("\n")


def test_a_sentence_naming_a_fragment_or_an_extract_stays_text() -> None:
    for line in ("Divers brought up a fragment of the old pier last week.",
                 "An extract of the report was read out at the meeting.",
                 "An excerpt of the full report is online."):
        assert not is_wall(line)
        art = _clean(*_HEAD, _FIRST, _SECOND, line, "Share")
        assert not art.truncated and line in (art.articleBody or "").split("\n")


_WHOLE_STORY_LINKS = (
    "Continue reading at The Island Ferry News", "Read more on islandferrynews.example",
    "View the full story", "Tap to read the full story", "Leggi l'articolo completo",
    "Read the original article on Island Ferry News", "Ver la noticia completa",
    "Lire l'article complet sur Le Courrier des Îles", "続きは島の新聞で", "阅读原文",
    "Baca berita selengkapnya di Kabar Pulau", "Read the full article here",
)


@pytest.mark.parametrize("link", _WHOLE_STORY_LINKS)
def test_a_link_to_the_whole_story_under_the_text_marks_it_truncated(link: str) -> None:
    assert source_link(link)
    art = _clean(*_HEAD, _FIRST, _SECOND, "👍 12", link, "More from Island Ferry News",
                 "Harbour master retires after 30 years")
    assert art.truncated
    assert link not in (art.articleBody or "").split("\n")


@pytest.mark.parametrize(
    "line",
    [
        "Read more on climate change",
        "Read more: Harbour master retires after 30 years",
        "Original article",
        "Continue reading here",
        "Full story on page 4 of the print edition tomorrow morning with all the results",
        "続きは来週の特集でお伝えする。",
    ],
)
def test_a_topic_link_a_related_title_or_a_bare_source_button_is_no_whole_story_link(
    line: str,
) -> None:
    assert not source_link(line)


def test_a_bare_read_on_link_may_have_an_empty_comment_box_under_it() -> None:
    art = _clean(*_HEAD, _FIRST, "Lees meer", "Reacties", "Nog geen reacties. Reageer als eerste!")
    assert art.truncated


def test_a_bare_read_on_link_with_text_under_it_is_no_cut() -> None:
    assert not _clean(*_HEAD, _FIRST, "Read more", _SECOND, "Contact us").truncated


@pytest.mark.parametrize(
    ("notice", "button"),
    [
        ("This content is not available because of your cookie choices.", "Change my choices"),
        ("Dieser Inhalt wird aufgrund Ihrer Datenschutzeinstellungen nicht angezeigt.",
         "Einstellungen anpassen"),
        ("Ce contenu est bloqué car vous avez refusé les cookies de tiers.", "Gérer les cookies"),
        ("Este contenido no se puede mostrar sin tu consentimiento.", "Aceptar cookies"),
        ("Questo video non è disponibile senza il consenso ai cookie.", "Accetta e mostra"),
        ("Deze video is geblokkeerd vanwege je privacy-instellingen.", "Instellingen wijzigen"),
        ("Treść niedostępna z powodu ustawień prywatności.", "Zmień ustawienia"),
        ("このコンテンツはプライバシー設定により表示されません。", "設定を開く"),
    ],
)
def test_a_consent_notice_and_its_button_are_chrome_and_no_cut(notice: str, button: str) -> None:
    assert consent_notice(notice)
    art = _clean(*_HEAD, _FIRST, notice, button, _SECOND, "Contact us")
    body = (art.articleBody or "").split("\n")
    assert notice not in body and button not in body
    assert _FIRST in body and _SECOND in body
    assert not art.truncated


def test_a_consent_notice_standing_last_is_no_last_paragraph() -> None:
    notice = "This post cannot be shown because of your privacy settings."
    art = _clean(*_HEAD, _FIRST, _SECOND, notice, "Manage settings")
    assert not art.truncated
    assert (art.articleBody or "").endswith(_SECOND)


@pytest.mark.parametrize(
    "line",
    [
        "The regulator said cookie banners must let readers see content without tracking.",
        "Privacy campaigners want the video content of doorbell cameras to be shown to a judge "
        "first, the group’s director told the committee on Thursday after a long review of it.",
        "„Wir zeigen keine Inhalte ohne Einwilligung“, sagte die Sprecherin.",
        "Cookie consent: what content may sites show without it?",
    ],
)
def test_a_sentence_about_cookies_or_privacy_stays_text(line: str) -> None:
    assert not consent_notice(line)
    assert line in _body(*_HEAD, _FIRST, line, _SECOND, "Contact us")
