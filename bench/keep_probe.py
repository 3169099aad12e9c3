"""Probe which chrome rules eat real article text: feed human-labelled article bodies to
``clean_text`` and count the body lines that do not come out.

Real bodies are read at run time from ``../shared/bench`` (never copied): the
article-extraction benchmark's ``ground-truth-dev.json`` (human-labelled ``articleBody``) and
the Readability test pages' ``expected.html``. Every line of them is article text, so each
line missing from the Article's body (words only, case ignored) is a loss. Each body is fed
three ways: ``bare`` (the body's lines, with the page's URL), ``headed`` (a headline line,
then the paragraphs) and ``chromed`` (inside invented generic chrome: a menu, a byline and
date, a share row, a related rail, a footer; the chrome lines that leak are counted too).

Per half (``--half tune|check``, the halves of ``../shared/eval/halves.py``): body lines lost,
pages with any loss, chrome lines leaked, and the rule that took each lost line (from
``--explain``'s ``metadata.lines``). ``--show`` prints the lost lines themselves and is
refused on the checking half (score it; never read its failures).

    python bench/keep_probe.py --half tune [--show] [--variant bare]
    python bench/keep_probe.py --half check
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import re
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import lxml.html

from newsclean import clean_text

SHARED = next(
    (p / "shared" for p in Path(__file__).resolve().parents[1:4]
     if (p / "shared" / "bench").is_dir()),
    Path(__file__).resolve().parents[1].parent / "shared",
)
AE = SHARED / "bench" / "article-extraction"
RD = SHARED / "bench" / "readability"
FAKEHOST = "http://fakehost/test/page.html"  # the URL Readability's own tests give its pages

_WORD = re.compile(r"[^\W_]+")  # a rule of underscores is no text

# Invented generic chrome around the body (``chromed``): a menu, a byline and date over it,
# a share row, a related rail and a footer under it. None of it may come out in the body.
_TOP = ["Skip to main content", "Home", "News", "Business", "Sport", "Opinion", "Subscribe"]
_BYLINE = ["By Marta Quillon", "Published 4 March 2026"]
_BOTTOM = [
    "Share this article", "Facebook", "X", "Email", "Related stories",
    "Harbour ferry timetable changes from next week",
    "Five things to know before the weekend market",
    "Privacy Policy", "Terms of Use", "© 2026 The Quillon Courier. All rights reserved.",
]
_CHROME = _TOP[:1] + _BYLINE + _BOTTOM[:1] + _BOTTOM[4:]  # the lines a reader would call chrome

_BLOCKS = frozenset(
    "address article aside blockquote br dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 "
    "h6 header hr li main nav ol p pre section table tbody td th thead tr ul".split()
)


def half(case_id: str) -> str:
    """``../shared/eval/halves.py``'s rule: the parity of sha1(id)'s first byte."""
    return "tune" if hashlib.sha1(case_id.encode("utf-8")).digest()[0] % 2 == 0 else "check"


def norm(text: str) -> str:
    return " " + " ".join(_WORD.findall(text)).casefold() + " "


@dataclass
class Body:
    """One real article body: its id, URL, a headline, and its lines."""

    id: str
    url: str
    headline: str
    lines: list[str]


def _block_lines(html: str) -> list[str]:
    """The visible text of ``html`` one block per line (a ``pre`` one line per line)."""
    root = lxml.html.fromstring(html)
    for bad in root.xpath("//script|//style|//noscript"):
        bad.drop_tree()
    for el in root.iter():
        if not isinstance(el.tag, str) or el.tag not in _BLOCKS:
            continue
        el.text = "\n" + (el.text or "") if el.tag != "br" else el.text
        el.tail = "\n" + (el.tail or "")
    out = []
    for line in root.text_content().split("\n"):
        line = " ".join(line.split())
        if _WORD.search(line):
            out.append(line)
    return out


def _title(html: str) -> str:
    root = lxml.html.fromstring(html)
    for path in ("//meta[@property='og:title']/@content", "//h1", "//title"):
        found = root.xpath(path)
        if found:
            text = found[0] if isinstance(found[0], str) else found[0].text_content()
            if text.strip():
                return " ".join(text.split())
    return "Untitled"


def _canonical(html: str) -> str:
    root = lxml.html.fromstring(html)
    for path in ("//link[@rel='canonical']/@href", "//meta[@property='og:url']/@content"):
        found = [u for u in root.xpath(path) if u.startswith("http")]
        if found:
            return str(found[0])
    return FAKEHOST


def bodies(which: str) -> Iterator[Body]:
    """The real bodies of one half (``tune`` or ``check``), article-extraction then Readability."""
    truth = json.loads((AE / "ground-truth-dev.json").read_text(encoding="utf-8"))
    for cid in sorted(truth):
        if half(cid) != which:
            continue
        html = gzip.decompress((AE / "html" / f"{cid}.html.gz").read_bytes()).decode("utf-8")
        lines = [" ".join(x.split()) for x in truth[cid]["articleBody"].split("\n")]
        yield Body(cid[:12], truth[cid]["url"], _title(html), [x for x in lines if _WORD.search(x)])
    for folder in sorted(p for p in RD.iterdir() if p.is_dir()):
        if half(folder.name) != which:
            continue
        meta = json.loads((folder / "expected-metadata.json").read_text(encoding="utf-8"))
        source = (folder / "source.html").read_text(encoding="utf-8", errors="replace")
        lines = _block_lines((folder / "expected.html").read_text(encoding="utf-8"))
        title = " ".join(str(meta.get("title") or "").split()) or _title(source)
        yield Body(folder.name, _canonical(source), title, lines)


def variants(body: Body) -> dict[str, str]:
    return {
        "bare": "\n".join(body.lines),
        "headed": body.headline + "\n\n" + "\n\n".join(body.lines),
        "chromed": "\n".join([*_TOP, body.headline, *_BYLINE, *body.lines, *_BOTTOM]),
    }


@dataclass
class Tally:
    lines: int = 0
    lost: int = 0
    pages: int = 0
    pages_lost: int = 0
    chrome: int = 0
    leaked: int = 0
    rules: Counter[str] = field(default_factory=Counter)
    shown: list[str] = field(default_factory=list)


def _moved(line: str, image_words: set[str]) -> bool:
    """Three in five of the line's words or more are in an image's caption or credit: moved,
    not lost (a credit is reworded: "(Photo by X via AP)" gives the credit "AP")."""
    words = norm(line).split()
    return sum(w in image_words for w in words) >= 0.6 * len(words)


def _rule_of(line: str, page_lines: list[tuple[str, str | None]]) -> str:
    """The rule that took ``line``: that of the input line holding it (a line cut in part
    names the cut), else ``?``."""
    key = norm(line)
    for text, rule in page_lines:
        if norm(text) == key:
            return rule or "kept-but-changed"
    for text, rule in page_lines:
        if key in norm(text) and rule:
            return rule
    return "?"


def probe(which: str, only: set[str], show: bool) -> dict[str, Tally]:
    tallies = {name: Tally() for name in ("bare", "headed", "chromed")}
    for body in bodies(which):
        for name, text in variants(body).items():
            if name not in only:
                continue
            art = clean_text(text, url=body.url, explain=True)
            got = norm(art.articleBody or "")
            seen = [(x.text, x.rule) for x in (art.metadata.lines or [])]
            cuts = {norm(r.line): r.rule for r in art.metadata.removed or []}
            t = tallies[name]
            t.pages += 1
            t.lines += len(body.lines)
            # A caption or credit taken to ``images`` is moved, not lost.
            moved = set(norm(" ".join(f"{i.caption or ''} {i.credit or ''}" for i in art.images))
                        .split())
            lost = [x for x in body.lines if norm(x) not in got and not _moved(x, moved)]
            t.lost += len(lost)
            t.pages_lost += bool(lost)
            if name == "chromed":
                t.chrome += len(_CHROME)
                leaked = [x for x in _CHROME if norm(x) in got]
                t.leaked += len(leaked)
                if show:
                    t.shown += [f"  [{name}] {body.id} LEAKED: {x}" for x in leaked]
            for line in lost:
                rule = _rule_of(line, seen)
                if rule == "kept-but-changed":
                    rule = next((r for k, r in cuts.items() if k.strip() and k in norm(line)),
                                rule)
                t.rules[rule] += 1
                if show:
                    t.shown.append(f"  [{name}] {body.id} {rule}: {line[:160]}")
    return tallies


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--half", choices=("tune", "check"), required=True)
    ap.add_argument("--variant", action="append", choices=("bare", "headed", "chromed"))
    ap.add_argument("--show", action="store_true", help="print the lost lines (tuning half only)")
    args = ap.parse_args()
    if args.show and args.half != "tune":
        ap.error("--show reads failures: tuning half only")
    only = set(args.variant or ("bare", "headed", "chromed"))
    tallies = probe(args.half, only, args.show)
    print(f"half {args.half}: variant  lines  lost  pages-with-loss  recall  chrome-leaked")
    for name, t in tallies.items():
        if not t.pages:
            continue
        leak = f"{t.leaked}/{t.chrome}" if t.chrome else "-"
        print(f"  {name:8} {t.lines:6} {t.lost:5}  {t.pages_lost:3}/{t.pages:<3}"
              f"  {1 - t.lost / max(t.lines, 1):.4f}  {leak}")
    for name, t in tallies.items():
        if t.rules:
            rules = ", ".join(f"{r} {n}" for r, n in t.rules.most_common())
            print(f"  {name} lost by rule: {rules}")
        for line in t.shown:
            print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
