"""The real inkl page the project started from (read from ../shared, never copied here)."""

from __future__ import annotations

from newsclean import clean_text

CHROME = (
    "Get all your news in one place.",
    "100’s of premium titles.",
    "One app.",
    "Start reading",
    "Sign up to read this article",
    "Already a member? Sign in here",
    "Related Stories",
    "Top stories on inkl right now",
    "Our Picks",
    "Fourteen days free",
    "Download the app",
    "One app. One membership.",
    "100+ trusted global sources.",
)


def test_seed_page_header_fields(seed_text: str) -> None:
    article = clean_text(seed_text, url="https://www.inkl.com/news/blinken-meets-with-xi")
    assert article.aggregator == "inkl"
    assert article.publisher == "Bangkok Post"
    assert article.articleSection == "World"
    assert article.headline == "Blinken meets with Xi to pave way for US-China summit"
    assert article.authors == []
    assert article.truncated is True
    assert article.inLanguage == "en"


def test_seed_page_caption_and_credit_are_split(seed_text: str) -> None:
    (image,) = clean_text(seed_text).images
    assert image.credit == "AFP"
    assert image.caption is not None
    assert image.caption.startswith("US Secretary of State Antony Blinken (left) shakes hands")
    assert image.caption.endswith("in Beijing on Monday.")


def test_seed_page_body_is_the_fourteen_paragraphs_without_chrome(seed_text: str) -> None:
    body = clean_text(seed_text).articleBody
    paragraphs = body.split("\n\n")
    assert len(paragraphs) == 14
    assert paragraphs[0].startswith("US Secretary of State Antony Blinken met")
    assert paragraphs[-1].endswith("in a quarter of a century.")
    lines = set(body.splitlines())
    assert not any(phrase in lines for phrase in CHROME)
    assert "Bangkok Post" not in body
    assert "(AFP photo)" not in body
