"""Write the multi-encoding corpus: invented news pages, each stored as the bytes a server sends.

The article texts below were written for this corpus (no page was copied). Each case is laid
out in one of three CMS-like templates, encoded strictly (a character the encoding lacks is an
error here, not a ``?`` in the corpus) and written to ``<id>.html`` or ``<id>.txt``, with
``cases.json`` listing what a correct decoder must give back. The committed bytes are what the
tests read; run this only to change the corpus::

    python tests/encodings/corpus_generate.py
"""

from __future__ import annotations

import codecs
import html
import json
from pathlib import Path
from typing import Any

from corpus_articles import CASES

HERE = Path(__file__).resolve().parent


# --- templates -------------------------------------------------------------------------------


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def _head(case: dict[str, Any]) -> str:
    meta = f'<meta charset="{case["meta"]}">\n' if case.get("meta") else ""
    return (
        f"<!DOCTYPE html>\n<html lang=\"{case['lang']}\"{_dir(case)}>\n<head>\n{meta}"
        f"<title>{_esc(case['headline'])} | {_esc(case['site'])}</title>\n"
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta property="og:title" content="{_esc(case["headline"])}">\n'
        f'<meta property="og:site_name" content="{_esc(case["site"])}">\n'
        f'<meta property="article:published_time" content="{case["datetime"]}">\n'
        '<link rel="stylesheet" href="/assets/css/main.min.css?v=4.2.1">\n'
        "<script>window.dataLayer=window.dataLayer||[];dataLayer.push({'pageType':'article'});"
        "</script>\n</head>\n"
    )


def _dir(case: dict[str, Any]) -> str:
    return ' dir="rtl"' if case["lang"] in ("he", "ar") else ""


def _nav(items: list[str], cls: str) -> str:
    links = "".join(
        f'<li class="{cls}-item"><a href="/section-{n}/">{_esc(t)}</a></li>'
        for n, t in enumerate(items, 1)
    )
    return f'<ul class="{cls}">{links}</ul>'


def _paras(case: dict[str, Any], cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    return "\n".join(f"<p{attr}>{_esc(p)}</p>" for p in case["paragraphs"])


def _related(case: dict[str, Any]) -> str:
    title, items = case["related"]
    lis = "".join(f'<li><a href="/news/{n}.html">{_esc(t)}</a></li>' for n, t in enumerate(items))
    return f"<h3 class=\"widget-title\">{_esc(title)}</h3><ul>{lis}</ul>"


def wordpress(case: dict[str, Any]) -> str:
    """A WordPress theme: site header, entry header/meta, share row, entry-content, widgets."""
    share = "".join(
        f'<a class="share-link share-{n}" href="#" rel="nofollow">{_esc(s)}</a>'
        for n, s in enumerate(case["share"])
    )
    return (
        _head(case)
        + '<body class="post-template-default single single-post single-format-standard">\n'
        '<header id="masthead" class="site-header">\n<div class="site-branding">'
        f'<p class="site-title"><a href="/" rel="home">{_esc(case["site"])}</a></p></div>\n'
        f'<nav id="site-navigation" class="main-navigation">{_nav(case["nav"], "menu")}</nav>\n'
        "</header>\n"
        '<div id="content" class="site-content"><main id="main" class="site-main">\n'
        '<article id="post-48213" class="post-48213 post type-post status-publish hentry">\n'
        '<header class="entry-header">\n'
        f'<h1 class="entry-title">{_esc(case["headline"])}</h1>\n'
        '<div class="entry-meta"><span class="byline"><span class="author vcard">'
        f'<a class="url fn n" href="/author/staff/">{_esc(case["byline"])}</a></span></span> '
        f'<time class="entry-date published" datetime="{case["datetime"]}">'
        f"{_esc(case['date_text'])}</time></div>\n</header>\n"
        f'<div class="sharedaddy sd-sharing-enabled"><div class="sd-content">{share}</div></div>\n'
        f'<div class="entry-content">\n{_paras(case)}\n</div>\n'
        '<footer class="entry-footer"><span class="cat-links">'
        f'<a href="/section-1/" rel="category tag">{_esc(case["nav"][1])}</a></span></footer>\n'
        "</article>\n"
        f'<aside id="secondary" class="widget-area"><section class="widget">{_related(case)}'
        "</section></aside>\n</main></div>\n"
        f'<footer id="colophon" class="site-footer"><div class="site-info">'
        f"{_esc(case['footer'])}</div></footer>\n</body>\n</html>\n"
    )


def drupal(case: dict[str, Any]) -> str:
    """A Drupal 9 site: regions, a node with field--name-body, a block of related links."""
    share = "".join(f'<li class="social-share__item"><a href="#">{_esc(s)}</a></li>'
                    for s in case["share"])
    return (
        _head(case)
        + '<body class="path-node page-node-type-article">\n'
        '<div class="dialog-off-canvas-main-canvas">\n<header role="banner" class="header">\n'
        f'<a class="site-logo" href="/">{_esc(case["site"])}</a>\n'
        '<nav role="navigation" class="block block-menu navigation menu--main">'
        f'{_nav(case["nav"], "menu")}</nav>\n</header>\n'
        '<main role="main"><div class="region region-content">\n'
        '<article role="article" class="node node--type-article node--view-mode-full">\n'
        '<h1 class="page-title"><span class="field field--name-title">'
        f"{_esc(case['headline'])}</span></h1>\n"
        '<div class="node__meta"><span class="field field--name-uid">'
        f'{_esc(case["byline"])}</span> <span class="field field--name-created">'
        f'<time datetime="{case["datetime"]}">{_esc(case["date_text"])}</time></span></div>\n'
        f'<ul class="social-share">{share}</ul>\n'
        '<div class="clearfix text-formatted field field--name-body field--type-text-with-summary'
        f' field--label-hidden field__item">\n{_paras(case)}\n</div>\n</article>\n'
        f'<div class="block block-views views-block--related">{_related(case)}</div>\n'
        "</div></main>\n"
        f'<footer role="contentinfo" class="site-footer"><div class="region region-footer">'
        f"{_esc(case['footer'])}</div></footer>\n</div>\n</body>\n</html>\n"
    )


def nextjs(case: dict[str, Any]) -> str:
    """A Next.js front end: hashed CSS-module class names and data-testid hooks."""
    share = "".join(f'<button class="ShareBar_button__Qm2xv" type="button">{_esc(s)}</button>'
                    for s in case["share"])
    return (
        _head(case)
        + '<body>\n<div id="__next">\n<header class="Header_header__x1Kp3">\n'
        f'<a class="Header_logo__s9dAa" href="/">{_esc(case["site"])}</a>\n'
        f'<nav class="Nav_nav__a2Lq0">{_nav(case["nav"], "Nav_list__w8RtE")}</nav>\n</header>\n'
        '<main class="Layout_main__9Tz1c">\n<article class="Article_article__3kPfe">\n'
        f'<h1 class="Headline_headline__9fXc2" data-testid="headline">{_esc(case["headline"])}'
        "</h1>\n"
        f'<div class="Byline_byline__7qWn1" data-testid="byline">{_esc(case["byline"])} | '
        f'<time datetime="{case["datetime"]}">{_esc(case["date_text"])}</time></div>\n'
        f'<div class="ShareBar_share__2zY8k">{share}</div>\n'
        '<div class="ArticleBody_body__1cVb4" data-testid="article-body">\n'
        f'{_paras(case, "Paragraph_p__xH3e1")}\n</div>\n</article>\n'
        f'<aside class="Related_rail__k2Hd0">{_related(case)}</aside>\n</main>\n'
        f'<footer class="Footer_footer__Lm3e8">{_esc(case["footer"])}</footer>\n</div>\n'
        '<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{}},'
        '"page":"/[section]/[slug]","buildId":"b7c1e0f"}</script>\n</body>\n</html>\n'
    )


def short(case: dict[str, Any]) -> str:
    """A bare page with one short paragraph: the least a detector ever gets."""
    return (
        _head(case)
        + f"<body><article><h1>{_esc(case['headline'])}</h1>\n{_paras(case)}\n</article>"
        "</body></html>\n"
    )


def text_form(case: dict[str, Any]) -> str:
    """A page's text as a scraper's ``::text`` gives it: one text node a line."""
    lines = [*case["nav"], case["headline"], case["byline"], case["date_text"], *case["share"]]
    body = "\n\n".join(case["paragraphs"])
    return "\n".join(lines) + "\n\n" + body + "\n\n" + case["footer"] + "\n"


TEMPLATES = {"wordpress": wordpress, "drupal": drupal, "nextjs": nextjs, "short": short,
             "text": text_form}


EXPECTED_PARAGRAPHS = (0, 1, -1)
"""Which paragraphs a case lists as expected: the dateline one, the next, and the last."""


def build(case: dict[str, Any]) -> tuple[str, bytes]:
    """The case's text and its bytes, encoded strictly (and round-tripped to prove it)."""
    text = TEMPLATES[case["template"]](case)
    if case["encoding"] == "utf-16":
        data = codecs.BOM_UTF16_LE + text.encode("utf-16-le")
    else:
        data = text.encode(case["encoding"])  # strict: the text must fit the encoding
    assert data.decode(case["encoding"]) == text, case["id"]
    return text, data


def main() -> None:
    entries = []
    for case in CASES:
        kind = "text" if case["template"] == "text" else "html"
        name = f"{case['id']}.{'txt' if kind == 'text' else 'html'}"
        _, data = build(case)
        (HERE / name).write_bytes(data)
        paragraphs = case["paragraphs"]
        expected = paragraphs if len(paragraphs) < 3 else [
            paragraphs[i] for i in EXPECTED_PARAGRAPHS
        ]
        entries.append({
            "id": case["id"],
            "file": name,
            "encoding": case["encoding"],
            "content_type": case.get("content_type"),
            "meta_charset": case.get("meta"),
            "kind": kind,
            "language": case["lang"],
            "headline": case["headline"],
            "paragraphs": expected,
        })
    (HERE / "cases.json").write_text(
        json.dumps(entries, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )


if __name__ == "__main__":
    main()
