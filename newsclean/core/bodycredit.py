"""A reporter credited in brackets inside the article's own text, not in a byline element.

Chinese, Taiwanese and Korean papers open the first paragraph with the reporter in brackets
("本报讯（记者 钱文博 通讯员 方圆）6月2日…", "〔記者蔡佩君／台南報導〕…",
"(목포=서해일보) 문채원 기자 = …"); Japanese papers close the last one with the writer's name
("…予定だ。（小林陽菜）"), Korean ones with the reporter alone ("정민호 기자 minho@…"), and
wires close with a credit line ("(Reporting by Ines Carvalho; Editing by Martin Doyle)"). No
byline markup holds these names, so the HTML byline step reads them here, from the page's
paragraphs, as a byline string :func:`~newsclean.normalize.byline.parse_byline` reads. Only a
paragraph's start or a closing paragraph counts: a related card's "（记者 赵敏）" after a teaser
title is neither.
"""

from __future__ import annotations

import re

import lxml.etree
import lxml.html

from ..rules.vocab import alternation, ordered
from .document import element_text

__all__ = ["body_credit"]

_REPORTER = alternation(ordered("body_credits", "reporter"))
_CO_ROLE = re.compile(rf"\s*(?:{alternation(ordered('body_credits', 'co-role'))})")
_LEADS = tuple(ordered("body_credits", "credit-lead"))
_OPEN = re.escape("（(〔【[")
_CLOSE = re.escape("）)〕】]")
# The opening credit: a dateline of a few words, a bracket, the reporter label, the names up
# to a place ("／花蓮報導") or the bracket's end, then the paragraph's own text.
_LEAD_CREDIT = re.compile(
    rf"^[^{_OPEN}]{{0,30}}[{_OPEN}]\s*(?:{_REPORTER})\s*(?P<names>[^{_CLOSE}／/]{{2,40}})"
    rf"(?:[／/][^{_CLOSE}]{{0,12}})?[{_CLOSE}]\s*\S.{{9,}}",
    re.DOTALL,
)
# Korean wire style: "(목포=서해일보) 문채원 기자 = 목포시가 …" (place=agency, name, 기자, "=").
_KO_CREDIT = re.compile(
    r"^[(（][^)）=]{1,20}=[^)）]{1,30}[)）]\s*(?P<names>[가-힣]{2,4}(?:[ ·,][가-힣]{2,4}){0,2})"
    r"\s*기자\s*=\s*\S"
)
# A closing credit in CJK text: a sentence's end, then in brackets the writer's name, maybe
# after a desk or a bureau ("（経済部・高橋亮）", "（北浜支局　田中一郎）") or the reporter label
# ("（记者 钱文博 通讯员 方圆）").
_CJK = r"[\u3040-\u30ff\u3400-\u9fff々]"
_CLOSING_NAME = re.compile(
    rf"[。．！？」]\s*[（(](?:{_CJK}{{1,8}}[・＝=　 ]\s*)?(?:(?:{_REPORTER})\s*)?"
    rf"(?P<names>{_CJK}{{2,6}}(?:[、 　]{_CJK}{{2,6}}){{0,3}})[）)]\s*$"
)
# An agency's dateline in brackets with its reporters ("（中央社記者陳建宏高雄7日電）",
# Taiwanese and Hong Kong wires): the agency, the reporter label, the names glued to the
# dateline's place, the day, then 電/电 (專電, 綜合外電報導 …) and the paragraph's own text.
_AGENCY_CREDIT = re.compile(
    rf"^[（(][\u3400-\u9fff]{{2,6}}?(?P<label>{_REPORTER})"
    r"(?P<names>[\u3400-\u9fff]{2,5}(?:、[\u3400-\u9fff]{2,5}){0,3}[\u3400-\u9fff]{0,4})"
    r"\d{1,2}日[\u3400-\u9fff]{0,4}[電电][\u3400-\u9fff]{0,2}[）)]\s*\S.{9,}",
    re.DOTALL,
)
_DATELINE_PLACES = tuple(sorted(ordered("body_credits", "dateline-place"), key=len, reverse=True))
_PLACE_CHARS = 2  # 台北, 高雄, 東京: the length of most datelines' place
_NAME_MIN = 2  # a reporter's name keeps at least two characters
_NOT_NAMES = frozenset(ordered("body_credits", "not-name"))
# A Korean paper's closing line: the reporter's name, "기자", maybe an e-mail, alone in the last
# paragraph ("정민호 기자 minho@hanbit.example", "김하늘·이준 기자").
_KO_CLOSING = re.compile(
    r"^(?P<names>[가-힣]{2,4}(?:\s*[·,]\s*[가-힣]{2,4}){0,2})\s*기자"
    r"(?:\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+)?\s*$"
)
# A closing paragraph that is only a name in bold, as Vietnamese and Polish papers sign the
# text ("<p style='text-align:right'><strong>Trần Minh Khoa</strong></p>"): two to four
# capitalised words, no digits or punctuation.
_BOLD = frozenset(("b", "strong"))
_BOLD_NAME = re.compile(r"^[^\W\d_][^\W\d_'’.-]*(?:[ '’.-][^\W\d_]+){1,3}$")
_BOLD_NAME_CHARS = 40
_WIRE_CREDIT = re.compile(r"^[(（](?P<credit>[^()（）]{10,200})[)）]$")
_FIRST_PARAGRAPHS = 12  # the article's first paragraph comes after a dek or a caption or two
_LAST_RUNS = 3  # the text's closing paragraph may sit above a footer's or a rail's run
_KO_CREDIT_SPAN = 24  # "김하늘·이준·박서연 기자": the label within a few names
_LEAD_SPAN = 32  # the opening bracket comes within a short dateline
_BRACKETS = frozenset("（(〔【[")


def body_credit(root: lxml.html.HtmlElement) -> str | None:
    """The byline a bracketed credit in the article text gives ("记者 钱文博", "문채원 기자",
    "小林陽菜", "Reporting by …; Editing by …"), or None. One walk over the ``<p>`` elements;
    a paragraph's text is read only when its first characters hold a bracket, or its last
    character closes one."""
    runs: dict[lxml.html.HtmlElement, list[lxml.html.HtmlElement]] = {}
    for n, p in enumerate(root.iter("p")):
        if n < _FIRST_PARAGRAPHS and (credit := _lead_credit(p)):
            return credit
        run = runs.pop(p.getparent(), [])  # re-inserted: the dict ends in last-paragraph order
        run.append(p)
        runs[p.getparent()] = run
    # the last paragraph of each run of two or more, the page's last runs first: the article
    # text's end, not a card's one-line teaser
    ends = (_run_end(run) for run in reversed(runs.values()) if len(run) >= 2)
    for _, p in zip(range(_LAST_RUNS), (p for p in ends if p is not None), strict=False):
        if credit := _closing_credit(p):
            return credit
    return None


def _bold_name(p: lxml.html.HtmlElement) -> str | None:
    """The name a closing paragraph holds in bold and nothing else, or None."""
    if len(p) != 1 or p[0].tag not in _BOLD or (p.text or "").strip() or (p[0].tail or "").strip():
        return None
    text = element_text(p)
    if len(text) > _BOLD_NAME_CHARS or not _BOLD_NAME.match(text):
        return None
    return text if all(word[0].isupper() for word in text.split()) else None


def _run_end(run: list[lxml.html.HtmlElement]) -> lxml.html.HtmlElement | None:
    """A run's last paragraph holding text (an empty ``<p>`` may close a CMS's text)."""
    return next((p for p in reversed(run) if p.text_content().strip()), None)


def _lead_credit(p: lxml.html.HtmlElement) -> str | None:
    head = (p.text or "").lstrip()[:_LEAD_SPAN] or p.text_content().lstrip()[:_LEAD_SPAN]
    if _BRACKETS.isdisjoint(head):
        return None
    return lead_credit(element_text(p))


def lead_credit(text: str) -> str | None:
    """The byline an opening bracketed credit of a paragraph gives ("记者 钱文博", "문채원 기자"),
    or None: the HTML path's first paragraphs and the text path's first body line."""
    if _BRACKETS.isdisjoint(text[:_LEAD_SPAN]):
        return None
    if m := _LEAD_CREDIT.match(text):
        names = _CO_ROLE.split(m["names"], maxsplit=1)[0].strip()
        return f"记者 {names}" if names else None
    if m := _KO_CREDIT.match(text):
        return f"{m['names']} 기자"
    if m := _AGENCY_CREDIT.match(text):
        names = _without_place(m["names"])
        return f"{m['label']} {names}" if names else None
    return None


def _without_place(names: str) -> str:
    """The reporters' names of an agency dateline ("陳建宏、林怡君台北" → "陳建宏、林怡君"): a
    known dateline place is cut from the end, else the two characters most such places have."""
    place = next((p for p in _DATELINE_PLACES if names.endswith(p)), None)
    cut = len(place) if place else _PLACE_CHARS
    name = names[:-cut]
    return name if len(name.split("、")[-1]) >= _NAME_MIN else ""


def _closing_credit(p: lxml.html.HtmlElement) -> str | None:
    if (name := _bold_name(p)) is not None:
        return name
    text = p.text_content().rstrip()
    if "기자" in text[:_KO_CREDIT_SPAN] and (m := _KO_CLOSING.match(element_text(p))):
        return f"{m['names']} 기자"
    if not text.endswith((")", "）")):
        return None
    text = element_text(p)
    if (m := _WIRE_CREDIT.match(text)) and m["credit"].casefold().startswith(_LEADS):
        return m["credit"]
    if m := _CLOSING_NAME.search(text):
        names = _CO_ROLE.split(m["names"], maxsplit=1)[0].strip()
        return names if names and names not in _NOT_NAMES else None
    return None
