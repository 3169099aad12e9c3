"""clean_html on pages no fixture covers: metadata rules and the generic path."""

from __future__ import annotations

import pytest

from newsclean import clean_html

PUBLISHER_PAGE = """<html lang="en"><head>
<meta property="og:site_name" content="Northport Ledger">
<link rel="canonical" href="https://northportledger.example/2025/ferry">
<title>Ferry fares rise | Northport Ledger</title></head><body>
<article><h1>Ferry fares rise for the first time in a decade</h1>
<p class="byline">By ANNIKA VOSS and Tomasz Brell, Northport Ledger</p>
<p>Fares on the island ferry will rise by 6% in April, the operator said on Monday, citing fuel
and crew costs that have climbed steadily since the last increase in 2015.</p>
<p>Season tickets for residents are unchanged, and the operator said it would review
concessions for students and pensioners before the summer timetable starts.</p>
<p>Share</p></article></body></html>"""


def test_publisher_page_names_itself_and_its_byline_credit_is_an_organisation() -> None:
    article = clean_html(PUBLISHER_PAGE, url="https://northportledger.example/2025/ferry")
    assert article.publisher == "Northport Ledger"
    assert [a.name for a in article.authors] == ["Annika Voss", "Tomasz Brell"]
    assert "Northport Ledger" in article.organizations
    assert article.canonicalUrl == "https://northportledger.example/2025/ferry"
    assert "Share" not in article.articleBody.splitlines()


def test_aggregator_canonical_link_to_itself_is_not_the_publisher_url() -> None:
    page = PUBLISHER_PAGE.replace(
        "https://northportledger.example/2025/ferry", "https://www.inkl.com/news/ferry-fares"
    )
    article = clean_html(page, url="https://www.inkl.com/news/ferry-fares")
    assert article.aggregator == "inkl"
    assert article.canonicalUrl is None


@pytest.mark.parametrize("bad", [None, 12, ["<p>x</p>"]])
def test_non_text_input_is_a_type_error(bad: object) -> None:
    with pytest.raises(TypeError, match="needs str or bytes"):
        clean_html(bad)  # type: ignore[arg-type]


def test_page_of_only_chrome_keeps_its_text_even_when_it_declares_a_language() -> None:
    page = ('<html lang="en"><body><div><p>Share</p><p>Copy link</p>'
            "<p>Advertisement</p></div></body></html>")
    article = clean_html(page)
    assert article.inLanguage == "en"
    assert article.articleBody == "Share\n\nCopy link\n\nAdvertisement"
    assert "all-text-matched-chrome" in article.metadata.flags
