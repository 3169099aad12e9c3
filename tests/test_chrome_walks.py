"""The in-article chrome scan's shortcuts (issue 13, htmlspeed4) answer as the walks and
patterns they replaced: the linked paragraphs are picked from the paragraphs already found,
every link's target is read before a support link is asked whether it is button-sized, and
the support-link pattern's scheme and host runs are possessive. Invented pages and links."""

from __future__ import annotations

import re

import lxml.html
import pytest

from newsclean.core.maincontent import _SUPPORT_HREF, article_chrome

URL = "https://www.lakesidegazette.example/news/2026/05/02/ferry-dock-rebuilt/"
TEXT = ("<p>The county finished rebuilding the ferry dock on Friday, three weeks ahead of "
        "schedule and slightly under the budget set by the harbour board last year.</p>")


def found(middle: str) -> dict[str | None, str]:
    root = lxml.html.document_fromstring(
        f"<html><body><article><h1>Dock rebuilt</h1>{TEXT}{middle}{TEXT}</article></body></html>")
    return {el.get("id"): rule for el, rule in article_chrome(root, url=URL)}


def test_a_div_of_white_space_around_a_link_is_no_cross_link_beside_a_real_one() -> None:
    assert found(
        "<div id='blank'>  <a href='/news/2026/04/dock/'> \n </a>  </div>"
        "<p id='more'><b>Catch up:</b> <a href='/news/2026/04/dock-closed/'>Ferry dock "
        "closes for the winter rebuild</a></p>"
    ) == {"more": "html:cross-link"}


@pytest.mark.parametrize(("button", "appeal"), [
    ("Donate", True),
    ("  Donate\n\t now  ", True),  # white space folded as XPath folds it: still a button
    ("Read how the harbour board spends the money it raises", False),  # a sentence's link
])
def test_only_a_button_sized_link_to_the_support_page_makes_an_appeal_box(
    button: str, appeal: bool
) -> None:
    box = (f"<div id='box'><p>Readers keep this paper going every month.</p>"
           f"<a href='/donate/'>{button}</a></div>")
    assert (found(box) == {"box": "html:support"}) is appeal


@pytest.mark.parametrize("href", [
    "/donate/", " /en/support-us", "https://www.lakesidegazette.example/membership?src=a",
    "//lakesidegazette.example/abo/", "https://www.lakesidegazette.example/news/2026/x",
    "mailto:desk@lakesidegazette.example", "https://host.example", "https:///donate",
    "javascript:void(0)", "   ", "", "HTTPS://WWW.EXAMPLE/DONATE-NOW", "a+b.c-d:/give",
    "https://a:b@host.example:8080/donate", "//" + "x" * 300 + "/news",
])
def test_support_link_pattern_answers_as_with_its_runs_given_back(href: str) -> None:
    giving_back = re.compile(_SUPPORT_HREF.pattern.replace("*+", "*"), re.IGNORECASE)
    assert bool(_SUPPORT_HREF.match(href)) == bool(giving_back.match(href))
