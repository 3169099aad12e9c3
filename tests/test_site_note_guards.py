"""Closing sentences that name the site: when they are the site's note, and when the story's."""

from __future__ import annotations

import json

from newsclean import clean_html
from newsclean.core.chromeshape import site_note

NAMES = {"dailybrief"}
URL = "https://dailybrief.example/world/2026/03/harbour-master"
PARAS = [
    "Three fishing towns voted on Sunday to share one harbour master from next spring.",
    "The councils said the merged post would save money and end years of disputes over moorings.",
]
NOTE = "Daily Brief is free to read and relies on its subscribers to keep going."


def _page(with_ld: bool) -> str:
    body = "\n".join(f"<p>{p}</p>" for p in [*PARAS, NOTE])
    ld = ""
    if with_ld:
        data = {"@type": "NewsArticle", "headline": "Towns share a harbour master",
                "articleBody": "\n".join([*PARAS, NOTE])}
        ld = f"<script type='application/ld+json'>{json.dumps(data)}</script>"
    return (f"<html lang='en'><head><title>Towns share a harbour master</title>{ld}</head>"
            f"<body><article><h1>Towns share a harbour master</h1>{body}</article>"
            "<footer><a href='/about'>About</a> <a href='/privacy'>Privacy</a></footer>"
            "</body></html>")


def test_a_newsroom_word_makes_a_site_note_only_right_after_the_sites_name() -> None:
    assert site_note("This summary was not written by Daily Brief staff.", NAMES)
    assert not site_note(
        "Daily Brief carries Meridian Wire stories, produced by its own staff in regional bureaux.",
        NAMES,
    )


def test_a_closing_sentence_the_pages_own_article_body_holds_stays_text() -> None:
    assert NOTE in clean_html(_page(with_ld=True), url=URL).articleBody.split("\n")


def test_the_same_closing_sentence_without_an_article_body_is_the_sites_note() -> None:
    body = clean_html(_page(with_ld=False), url=URL).articleBody.split("\n")
    assert NOTE not in body and PARAS[-1] in body
