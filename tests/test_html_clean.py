"""clean_html on pages no fixture covers: metadata rules and the generic path."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsclean import clean_html, clean_text

from .conftest import FIXTURES

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


@pytest.mark.parametrize("clean", [clean_html, clean_text])
def test_a_misspelt_option_is_a_type_error_naming_it(clean: Callable[..., object]) -> None:
    with pytest.raises(TypeError, match=r"unexpected keyword argument 'urls' \(options: "):
        clean("<p>x</p>", urls="https://example.com/a")


def test_page_of_only_chrome_keeps_its_text_even_when_it_declares_a_language() -> None:
    page = ('<html lang="en"><body><div><p>Share</p><p>Copy link</p>'
            "<p>Advertisement</p></div></body></html>")
    article = clean_html(page)
    assert article.inLanguage == "en"
    assert article.articleBody == "Share\n\nCopy link\n\nAdvertisement"
    assert "all-text-matched-chrome" in article.metadata.flags


PARAGRAPHS = (
    "<p>The harbour board voted on Tuesday to dredge the eastern channel, ending a two-year"
    " dispute with the fishing cooperative over who should pay for the work.</p>"
    "<p>Dredging will start in September and take about eleven weeks, the board said, with the"
    " channel closed to boats over twelve metres long while the barges are working.</p>"
    "<p>The cooperative's chair said members were relieved but would watch the costs closely.</p>"
)


def _page(head: str = "", header: str = "", body: str = PARAGRAPHS, after: str = "") -> str:
    return (
        f'<html lang="en"><head>{head}</head><body><div class="logo"><h1>Harbour Gazette</h1>'
        f"</div><article><header>{header}</header><div class='story'>{body}</div></article>"
        f"{after}</body></html>"
    )


@pytest.mark.parametrize(
    "title",
    [
        '<meta property="og:title" content="Harbour board votes to dredge eastern channel">',
        "<title>Harbour board votes to dredge eastern channel | Harbour Gazette</title>",
    ],
)
def test_headline_is_the_h1_the_title_names_not_the_logo_h1_before_it(title: str) -> None:
    page = _page(head=title, header="<h1>Harbour board votes to dredge eastern channel</h1>")
    assert clean_html(page).headline == "Harbour board votes to dredge eastern channel"


def test_headline_leaves_out_a_kicker_the_h1_sets_before_it() -> None:
    page = _page(
        head='<meta property="og:title" content="Board votes to dredge channel">',
        header="<h1><span>Harbour row</span>\n<span>Board votes to dredge channel</span></h1>",
    )
    assert clean_html(page).headline == "Board votes to dredge channel"


def test_byline_skips_an_about_the_author_box_that_carries_the_byline_class() -> None:
    page = _page(
        header='<div class="author-name">By Ilse Marquardt</div>',
        after='<div class="post-author__byline">About the author</div>',
    )
    article = clean_html(page)
    assert article.bylineRaw == "By Ilse Marquardt"
    assert [a.name for a in article.authors] == ["Ilse Marquardt"]


def test_json_ld_wrapped_in_cdata_still_gives_the_author_and_date() -> None:
    ld = (
        '<script type="application/ld+json">//<![CDATA[\n{"@type": "NewsArticle",'
        ' "headline": "Board votes", "datePublished": "2025-05-06T08:00:00Z",'
        ' "author": [{"@type": "Person", "name": "Ilse Marquardt"},'
        ' {"@type": "Person", "name": "Joe Penhale"}]}\n//]]></script>'
    )
    article = clean_html(_page(head=ld))
    assert [a.name for a in article.authors] == ["Ilse Marquardt", "Joe Penhale"]
    assert article.datePublished == "2025-05-06T08:00:00+00:00"


DEK = "The vote ends a two-year row over who pays for the channel."


def test_standfirst_shown_in_the_header_stays_in_the_body_and_is_the_description() -> None:
    page = _page(
        head=f'<title>Board votes to dredge | Harbour Gazette</title><meta name="description"'
        f' content="{DEK}">',
        header=f"<h1>Board votes to dredge</h1><p class='dek'>{DEK}</p>",
    )
    article = clean_html(page)
    assert article.description == DEK
    assert article.articleBody.startswith(DEK + "\n\nThe harbour board voted on Tuesday")


def test_sub_headline_heading_under_the_title_is_the_description_not_body() -> None:
    """A dek set as a heading right under the ``<h1>``: the article-extraction benchmark's
    readers leave it out of the body (a lead *paragraph* they keep, see above)."""
    page = _page(
        head=f'<title>Board votes to dredge | Harbour Gazette</title>'
        f'<meta name="description" content="{DEK}">',
        header=f"<h1>Board votes to dredge</h1><h2 class='sub-head'>{DEK}</h2>",
    )
    article = clean_html(page)
    assert DEK not in article.articleBody
    assert article.articleBody.startswith("The harbour board voted on Tuesday")
    assert article.description == DEK


def test_heading_dek_is_the_description_even_when_the_page_has_no_meta_description() -> None:
    other = "Fishing crews say the channel has silted up faster than anyone expected."
    page = _page(
        head="<title>Board votes to dredge | Harbour Gazette</title>",
        header=f"<h1>Board votes to dredge</h1><h3>{other}</h3>",
    )
    article = clean_html(page)
    assert other not in article.articleBody
    assert article.description == other


def test_a_section_heading_or_a_heading_after_the_lead_stays_in_the_body() -> None:
    label = _page(header="<h1>Board votes to dredge</h1><h2>Key points</h2>")
    assert "Key points" in clean_html(label).articleBody.split("\n\n")
    later = "What happens to the fishing fleet now that the dredging is approved?"
    after_lead = _page(
        header="<h1>Board votes to dredge</h1>",
        body=PARAGRAPHS + f"<h2>{later}</h2><p>Crews will moor in the western basin.</p>",
    )
    assert later in clean_html(after_lead).articleBody.split("\n\n")


def test_shown_standfirst_is_the_description_when_the_page_has_no_meta_description() -> None:
    """It used to leave the body for ``description``, then the missing meta description
    overwrote that: the standfirst was in neither field."""
    page = _page(
        head="<title>Board votes to dredge | Harbour Gazette</title>",
        header=(
            f"<h1>Board votes to dredge</h1><p class='dek'>{DEK}</p>"
            "<p>March 3, 2025</p>"
        ),
    )
    article = clean_html(page)
    assert DEK in article.articleBody.split("\n\n")
    assert article.description == DEK


def test_description_that_repeats_the_first_paragraph_keeps_that_paragraph() -> None:
    first = (
        "The harbour board voted on Tuesday to dredge the eastern channel, ending a two-year"
        " dispute with the fishing cooperative over who should pay for the work."
    )
    article = clean_html(_page(head=f'<meta name="description" content="{first}">'))
    assert article.articleBody.startswith(first)
    assert article.description == first


def test_figure_caption_printed_again_in_the_text_stays_only_with_its_image() -> None:
    caption = "Barges waiting at the mouth of the eastern channel"
    figure = (
        f'<figure><img src="/barges.jpg"><figcaption>{caption}'
        " Photo: Ines Harte/Harbour Gazette</figcaption></figure>"
    )
    body = PARAGRAPHS.replace("</p>", f"</p><p>{caption}</p>", 1)
    article = clean_html(_page(body=figure + body), url="https://gazette.example/a")
    assert caption not in article.articleBody
    assert [(i.caption, i.credit) for i in article.images] == [
        (caption, "Ines Harte/Harbour Gazette")
    ]


def test_consent_dialog_over_the_page_is_not_article_text() -> None:
    wall = (
        '<div role="dialog" aria-modal="true"><p>We and our 212 partners store and access'
        " information on your device to personalise ads and content, measure audiences and"
        " develop our services, as described in our cookie policy which you can read at any"
        " time.</p><button>Accept and continue</button></div>"
    )
    article = clean_html(wall + _page())
    assert "partners" not in article.articleBody
    assert "dredge the eastern channel" in article.articleBody


def test_fast_extraction_that_misses_the_article_is_retried_with_the_fallbacks(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from newsclean.core import maincontent

    calls: list[bool] = []

    def fake_extract(html: object, url: str | None, *, fast: bool) -> str:
        calls.append(fast)
        return "Most read" if fast else "The whole article.\nIts second paragraph."

    monkeypatch.setattr(maincontent, "_extract", fake_extract)
    assert maincontent.main_content_lines("<p>x</p>", None, expected_chars=400) == [
        "The whole article.",
        "Its second paragraph.",
    ]
    assert calls == [True, False]
    calls.clear()
    assert maincontent.main_content_lines("<p>x</p>", None, expected_chars=10) == ["Most read"]
    assert calls == [True]


def test_text_after_a_removed_script_survives_control_characters_around_it() -> None:
    page = (
        "<html><body><article><p>The ferry left at dawn on Tuesday and returned at noon.</p>"
        "<script>var slot = 1;</script>\x0b the crew stayed aboard overnight.</article>"
        "</body></html>"
    )
    article = clean_html(page)
    assert "the crew stayed aboard overnight." in article.articleBody
    assert "slot" not in article.articleBody


# --- --explain on HTML: every removed block is named ---------------------------------------

INKL_URL = (
    "https://www.inkl.com/news/"
    "councils-warn-of-pothole-backlog-as-road-repair-fund-is-delayed-again"
)


def _page_text_lines(html: str) -> list[str]:
    from newsclean.core.document import element_lines, parse_page

    root = parse_page(html).root
    assert root is not None
    return element_lines(root)


def test_explain_on_html_names_every_line_that_left_the_page() -> None:
    html = (FIXTURES / "inkl" / "article-gated-potholes" / "body.html").read_text(encoding="utf-8")
    article = clean_html(html, url=INKL_URL, explain=True)
    assert article.metadata.removed is not None
    removed = {r.line for r in article.metadata.removed}
    body = set(article.articleBody.split("\n\n"))
    missing = [line for line in _page_text_lines(html) if line not in body | removed]
    assert missing == []


def test_explain_names_the_drop_selector_and_the_header_field() -> None:
    html = (FIXTURES / "inkl" / "article-gated-potholes" / "body.html").read_text(encoding="utf-8")
    article = clean_html(html, url=INKL_URL, explain=True)
    rules = {r.line: r.rule for r in article.metadata.removed or []}
    assert rules["Sign up for our free Westminster Briefing email"] == (
        "html:drop div.article-content-container aside.inline-newsletter"
    )
    assert rules[article.headline or ""] == "header:headline"
    assert rules[article.publisher or ""] == "header:publisher"


def test_explain_on_a_page_without_profile_names_what_the_extractor_left_out() -> None:
    page = _page(
        head="<title>Board votes to dredge | Harbour Gazette</title>",
        header="<h1>Board votes to dredge</h1>",
        after="<footer><p>Copyright Harbour Gazette Media Group, all rights reserved.</p>"
        "<ul><li><a href='/a'>About us</a></li><li><a href='/c'>Contact</a></li></ul></footer>",
    )
    article = clean_html(page, explain=True)
    rules = {r.line: r.rule for r in article.metadata.removed or []}
    assert rules["• About us"] == "main-content:not-kept"
    assert "Copyright Harbour Gazette" not in article.articleBody


def test_no_explain_records_nothing() -> None:
    html = (FIXTURES / "inkl" / "article-gated-potholes" / "body.html").read_text(encoding="utf-8")
    assert clean_html(html, url=INKL_URL).metadata.removed is None


def test_one_json_ld_selection_rule_serves_metadata_and_dates() -> None:
    """A script typed "application/ld+json; charset=utf-8" is JSON-LD for both steps."""
    art = clean_html(
        '<html><head><script type="Application/LD+JSON; charset=utf-8">{"@type": "NewsArticle",'
        ' "headline": "Dam opens", "articleSection": "Local", "author": {"name": "Jo Bloggs"},'
        ' "datePublished": "2023-06-19T09:30:00Z"}</script></head><body><article>'
        "<p>The new dam opened on Friday after four years of work.</p></article></body></html>"
    )
    assert art.headline == "Dam opens"
    assert art.articleSection == "Local"
    assert art.bylineRaw == "Jo Bloggs"
    assert art.datePublished == "2023-06-19T09:30:00+00:00"


def test_msn_body_is_parsed_once_as_a_page_with_the_page_parse_guards() -> None:
    """MSN's JSON body goes to the cleaner as the tree it was trimmed in (no second parse), and
    that one parse is the page parse: a NUL is dropped as a browser drops it, text after a stray
    ``</article>`` is named in ``--explain`` rather than lost unsaid."""
    from newsclean.sites.msn import msn_json_to_article

    art = msn_json_to_article(
        {"title": "Dam opens", "locale": "en-us",
         "body": "<p>The new dam\x00 opened on Friday.</p><p><strong>Related:</strong> "
                 "<a href='/a'>One</a> <a href='/b'>Two</a></p></article><p>Stray tail.</p>"},
        explain=True,
    )
    assert art.articleBody == "The new dam opened on Friday."
    assert art.metadata.removed is not None
    assert [r.line for r in art.metadata.removed] == ["Stray tail."]
