"""A text its page cut short, told by the shape of its end when no gate phrase is known.

A paywall or an aggregator's excerpt stops the story mid-sentence ("…the new towers would
add") and prints its own pitch or a link to the source under it, in words no phrase list has
seen ("Want the whole story? Become an Insider today."). A complete text ends a sentence, and
what follows it (a "Read more:" link to another story, a rail of headlines, the footer) says
nothing about it. So: the last paragraph of the text, a long one continuing the text above
it, that stops in the middle of a clause with only short lines under it marks the record
``truncated``.

Safeguards: the paragraph must be long (a teaser headline is short) and follow the text's
own paragraph or be its first (a rail's teaser follows a rail heading); it must end on a
lower-case word or a comma after a clause of several words (a sign-off "…Nelson.- Bernama",
a credit "(AP)" or a name is no cut); at least one line must follow it (the end of the input
is the store's byte cut, which says nothing); and no paragraph may follow it.

A bare read-on link ("Read more", "Lire la suite ›", "続きを読む") right under the text's last
paragraph says the same of a text ending a sentence (an excerpt cut at a sentence); over a
headline it heads a rail of other stories, and "Read more: <title>" is a related link. A link
to the whole story on its source ("View full article", "Continue reading at The Westfield
Star", "続きは山陰民報で", ``rules/read_on_links.txt``) says it from any of the few lines under
a paragraph, over a rail too. Neither counts with a paragraph of text under it.

A wall ("Melden Sie sich an, um den ganzen Artikel zu lesen.", "登录后查看全文") is a short line
naming both reading on in this text and an account, subscription or app step, or an excerpt
notice ("*Sie lesen eine gekürzte Fassung … jetzt abonnieren") (``rules/wall_words.txt``):
under the text's last paragraph, the record is truncated and the wall and every line under it
are its sales block. Between paragraphs it is an inline promo, the chrome stages' to read.
"""

from __future__ import annotations

import re

from ..normalize.text import ends_sentence, key, line_cache, more_words_than, word_count
from ..rules.vocab import alternation, ordered, sections_for, words
from .header import is_cjk
from .page import Page
from .termmatch import terms

CUT_PARAGRAPH_FLAG = "truncated: the last paragraph stops mid-sentence above chrome"
CUT_PITCH = "generic:cut-pitch"
READ_MORE_FLAG = "truncated: a read-on link under the last paragraph"
READ_MORE_LINK = "generic:read-on-link"
READ_MORE_MARKERS = words("read_more_markers")
CLAUSE_WORDS = words("clause_words")
WALL = "generic:wall"
"""A wall ending the text: above it is the text the page shows (chromeshape's tail stops)."""
WALL_FLAG = "truncated: a sign-in, sign-up or app wall under the text"
SOURCE_LINK_FLAG = "truncated: a link to the whole story on its source"
_READ_ON, _ACCESS, _EXCERPT, _ONLY = (
    terms("wall_words", use) for use in ("read", "access", "excerpt", "only")
)
_SPEECH_VERBS = words("speech_verbs")
_QUOTES = "\"“”«»„「」"
_WALL_WORDS, _WALL_CJK_CHARS = 18, 50
"""Longest wall: a longer line naming an account and reading on is a sentence of the text."""
_NOTICE_WORDS, _NOTICE_CJK_CHARS, _NOTICE_CHARS = 30, 90, 300
"""Longest excerpt notice (two sentences: what this is, where the whole is)."""
_LINK_START = re.compile(
    "(?:(?:{}) )?({})".format(
        alternation(key(w) for w in words("read_on_links", *sections_for("read_on_links", "lead"))),
        alternation({key(w) for use in ("link", "source") for w in words(
            "read_on_links", *sections_for("read_on_links", use)
        )} | READ_MORE_MARKERS),
    )
)
"""A line opening with a read-on phrase, after a lead ("Tap to"): the phrase is group 1."""
_WHOLE_LINKS = frozenset(
    key(w) for w in words("read_on_links", *sections_for("read_on_links", "link"))
)
"""Links naming the whole or original story: alone on a line, no rail heading says so."""
_LINK_HERE = words("read_on_links", *sections_for("read_on_links", "here"))
_LINK_ON = words("read_on_links", *sections_for("read_on_links", "on"))
_CJK_LINKS = ordered("read_on_links", *sections_for("read_on_links", "cjk"))
_LINK_TAIL_WORDS, _LINK_CJK_CHARS, _LINK_CHARS = 7, 25, 120
_LINK_REACH = 4
"""Lines under the last paragraph a source link may stand among (a reaction count, a share
row before it)."""
_MARKER_TRIM = " .…»›>→➔▶︎▸-–—:："

_PARAGRAPH_WORDS, _PARAGRAPH_CJK_CHARS = 12, 25
"""A cut paragraph is at least this long: a teaser headline or a button is shorter."""
_AFTER_WORDS, _AFTER_CJK_CHARS = 15, 30
"""Longest line under the cut (a pitch, a button, a link): a longer one is text."""
_FRAGMENT_WORDS, _FRAGMENT_CJK_CHARS = 4, 8
"""Words after the last sentence end that make a clause (not a sign-off or a credit)."""
_PROSE_WORDS, _PROSE_CJK_CHARS = 6, 15
_TEASER_WORDS, _TEASER_CJK_CHARS = 4, 8
"""A line under a read-on label this long is a headline: the label heads a rail."""
_PROMO_ENDS = (".", "!", "。", "！")
_HEADLINE_WORDS = 20
"""No teaser headline is this long: a lower-case last word there ends a cut sentence."""
_SENTENCE_END = re.compile(r"[.!?…。！？](?=[\s\"”’'»」』）)]*(?:\s|$))")
_CLAUSE_END = ",，、"


def mark_cut_paragraph(page: Page) -> None:
    """Mark the record truncated when its last paragraph stops mid-sentence above chrome."""
    if page.truncated:
        return  # a gate said so: its line is the reason shown
    free = list(page.free())
    cut = _last_paragraph(page, free)
    if cut is None:
        return
    if not continues_text(page, cut):
        return
    if not any(line.strip() for line in page.lines[cut + 1 :]):
        return  # the input ends here: the store's cut, not the page's
    if _stops_mid_sentence(page.text(cut)):
        page.truncated = True
        page.flags.append(CUT_PARAGRAPH_FLAG)
        for i in list(page.free(cut + 1)):
            page.claim(i, CUT_PITCH)  # what stands under a cut is its pitch and buttons


def mark_read_more_link(page: Page) -> None:
    """Mark the record truncated at a read-on link under the text: a link to the whole story
    among the few lines under a paragraph, or a bare "Read more" right under one with no
    headline under it (which would make it a rail's heading); no paragraph of text may
    follow either (a short comment-box line may: "No comments yet. Be the first!")."""
    if page.truncated:
        return
    lines = page.filled()
    for n in range(len(lines) - 1, 0, -1):
        i, line = lines[n], page.text(lines[n])
        whole = source_link(line)
        if not (whole or is_read_more(line)):
            if page.is_free(i) and _text_paragraph(line):
                return  # the text's last paragraph: a link above it has text under it
            continue
        if whole and _source_list(page, lines, n):
            return  # links to two sources or more: a summary's list of them, no cut text
        reach = lines[max(0, n - _LINK_REACH) : n] if whole else lines[n - 1 : n]
        if not any(page.is_free(j) and _text_line(page.text(j)) for j in reach):
            continue
        if any(_text_paragraph(page.text(j)) for j in page.free(i + 1)):
            return  # a link between paragraphs: the text goes on under it
        if not whole and n + 1 < len(lines) and _teaser(page.text(lines[n + 1])):
            return  # "Read more" over "Riverfront trail gets final approval": a rail
        page.truncated = True
        page.flags.append(SOURCE_LINK_FLAG if whole else READ_MORE_FLAG)
        if page.is_free(i):
            page.claim(i, READ_MORE_LINK)  # the link itself is no text
        return


def _source_list(page: Page, lines: list[int], n: int) -> bool:
    """The link ``lines[n]`` has another to a source beside it, with the same lead ("Läs mer
    hos Sydkusten" / "Läs mer hos Skånska Bladet")."""
    text = page.text(lines[n])
    for m in (n - 1, n + 1):
        if 0 <= m < len(lines):
            other = page.text(lines[m])
            if other != text and other.split()[0].casefold() == text.split()[0].casefold() and (
                source_link(other)
            ):
                return True
    return False


def _teaser(line: str) -> bool:
    """A headline of another story: long, and not a sentence closed by a full stop or "!" (a
    promo under a read-on link, "Get more local stories in the app.", is one)."""
    return _long(line, _TEASER_WORDS, _TEASER_CJK_CHARS) and not line.endswith(_PROMO_ENDS)


def _text_line(line: str) -> bool:
    """A line of the text a read-on link may stand under: prose, or a long paragraph cut."""
    return _prose(line) or _long(line, _PARAGRAPH_WORDS, _PARAGRAPH_CJK_CHARS)


def claim_walls(page: Page) -> None:
    """Mark the record truncated at a wall under the text's last paragraph, claiming the wall
    and its sales block under it. A wall a gate phrase took already is one too: the lines
    under it are still its block. Read from the page's end up to the last paragraph of text
    (a wall between paragraphs is no cut, and most of a page is not looked at)."""
    wall = None
    for i in reversed(range(len(page.lines))):
        line = page.lines[i].strip()
        if not line:
            continue
        if is_wall(line):
            wall = i
        elif page.is_free(i) and _text_paragraph(line) and not _sales_line(line):
            break
    if wall is None or not any(
        _long(page.text(j), _PARAGRAPH_WORDS, _PARAGRAPH_CJK_CHARS) for j in page.free(0, wall)
    ):
        return  # no wall, or one over the headline: the header's to read
    page.claim(wall, WALL)
    if not page.truncated:  # (a gate phrase that took the wall gave its reason)
        page.truncated = True
        page.flags.append(WALL_FLAG)
    for j in list(page.free(wall + 1)):
        page.claim(j, f"{WALL}:after-gate")


def _sales_line(line: str) -> bool:
    """A sentence of a wall's sales block ("Abonează-te acum pentru acces nelimitat … de la
    9,99 lei pe lună."): an account or subscription step, no reported speech, no longer
    than a notice. The search for the wall goes on above it; a paragraph of the text stops
    it."""
    return not more_words_than(line, _NOTICE_WORDS) and bool(account_step(line)) and not (
        reported(line)
    )


@line_cache
def is_wall(line: str) -> bool:
    """A short line naming reading on in this text and an account, subscription or app step
    ("Log in om verder te lezen", "アプリで続きを読む"), a subscribers-only notice ("Acest
    articol este disponibil doar pentru abonați"), or an excerpt notice naming an account
    step or reading on ("An excerpt of the full report is online." is a sentence of the
    text); not a sentence reporting speech or quoting."""
    text = line.strip()
    if len(text) > _NOTICE_CHARS:
        return False  # (a paragraph: no word of it looked up)
    cjk = is_cjk(text)
    if cjk and len(text) > _NOTICE_CJK_CHARS:
        return False
    if not cjk and (more_words_than(text, _NOTICE_WORDS) or any(q in text for q in _QUOTES)):
        return False
    k = key(text)
    short = len(text) <= _WALL_CJK_CHARS if cjk else not more_words_than(text, _WALL_WORDS)
    if short and _ONLY.search(k):
        return not set(re.findall(r"\w+", k)) & _SPEECH_VERBS  # "… bare for abonnenter"
    read_on, excerpt = _READ_ON.search(k), _EXCERPT.search(k)
    if not (read_on or excerpt):
        return False  # (most lines: the rarer words first)
    access = _ACCESS.search(k)
    if not (access and read_on and short) and not (excerpt and (access or read_on)):
        return False
    return not set(re.findall(r"\w+", k)) & _SPEECH_VERBS


def account_step(text: str) -> bool:
    """The line names an account, subscription or app step ("Sign in", "Zaloguj się",
    "ログイン"; ``rules/wall_words.txt`` [access …])."""
    return _ACCESS.search(key(text))


@line_cache
def reported(text: str) -> bool:
    """Reported speech (a quote or a speech verb): a sentence of the story, not the site's."""
    return any(q in text for q in _QUOTES) or bool(
        set(re.findall(r"\w+", text.casefold())) & _SPEECH_VERBS
    )


@line_cache
def _text_paragraph(line: str) -> bool:
    """A paragraph of text, ending a sentence (not in "…", as a rail's teaser may)."""
    return _long(line, _PARAGRAPH_WORDS, _PARAGRAPH_CJK_CHARS) and ends_sentence(line) and not (
        line.rstrip(" \"”’»").endswith(("…", "..."))
    )


def source_link(line: str) -> bool:
    """A link to the whole story on its source: "View full article", "Continue reading at The
    Westfield Star", "Lire l'intégralité de l'article sur L'Écho des Coteaux", "続きは…で"."""
    text = line.strip()
    if is_cjk(text):
        return (len(text) <= _LINK_CJK_CHARS and not ends_sentence(text)
                and any(p in text for p in _CJK_LINKS))  # "続きは来週の特集で…。" is text
    if len(text) > _LINK_CHARS:
        return False
    k = key(text).strip(_MARKER_TRIM)
    m = _LINK_START.match(k)
    if m is None:
        return False
    phrase, tail = m.group(1), k[m.end() :]
    if tail and tail[0].isalnum():
        return False  # "Read moreover…": the phrase is no whole word there
    tail = tail.strip(_MARKER_TRIM)
    if not tail:
        return phrase in _WHOLE_LINKS
    if tail in _LINK_HERE:
        return phrase not in READ_MORE_MARKERS or phrase in _WHOLE_LINKS
    words_ = tail.split()
    if words_[0] not in _LINK_ON or not 2 <= len(words_) <= _LINK_TAIL_WORDS + 1:
        return False
    name = text.strip(_MARKER_TRIM).split()[-(len(words_) - 1)]  # the source's, as printed
    return name[:1].isupper() or name[:1].isdigit() or "." in name.strip(".")


def is_read_more(line: str) -> bool:
    """A bare read-on link: "Read more", "Weiterlesen »", "続きを読む…" (no title after it)."""
    return key(line).strip(_MARKER_TRIM).replace("...", "").strip() in READ_MORE_MARKERS


def _prose(line: str) -> bool:
    return ends_sentence(line) and _long(line, _PROSE_WORDS, _PROSE_CJK_CHARS)


def _long(line: str, words: int, cjk_chars: int) -> bool:
    return word_count(line) >= words or (is_cjk(line) and len(line.strip()) >= cjk_chars)


def _last_paragraph(page: Page, free: list[int]) -> int | None:
    """The last long free line under which only short lines stand: a pitch, buttons, or a
    short sentence ending one ("Want all of it? Become an Insider today.")."""
    for i in reversed(free):
        line = page.text(i)
        if not _long(line, _PARAGRAPH_WORDS, _PARAGRAPH_CJK_CHARS):
            continue
        if ends_sentence(line) and not _long(line, _AFTER_WORDS + 1, _AFTER_CJK_CHARS + 1):
            continue  # a pitch as long as a short paragraph: look above it
        return i
    return None


def continues_text(page: Page, index: int) -> bool:
    """The line is the text's first paragraph or follows one of its paragraphs that ends a
    sentence with nothing claimed between them but an ad label: a teaser under a rail
    heading does not."""
    above = next((i for i in range(index - 1, -1, -1) if page.is_free(i)), None)
    if above is None:
        return True
    if any(
        i in page.claims and page.lines[i].strip() and page.claims[i] not in _IN_TEXT
        for i in range(above + 1, index)
    ):
        return False
    return ends_sentence(page.text(above))


_IN_TEXT = frozenset({"generic:advertisement"})
"""Claims that stand between two paragraphs of one text: an ad slot's label ("Reklama")."""


def _stops_mid_sentence(line: str) -> bool:
    """The line ends inside a clause: no sentence end at its close, several words (or CJK
    characters) after its last sentence end, and an ending no finished sentence or headline
    has (a function word, a comma; a lower-case word after an earlier sentence or in a line
    longer than any headline)."""
    text = line.rstrip()
    if not text or ends_sentence(text) or text[-1] in ")]）」』\"”’»":
        return False
    if cut_clause(text):
        return True
    ends = list(_SENTENCE_END.finditer(text))
    fragment = text[ends[-1].end() :] if ends else text
    if is_cjk(text):
        return len(fragment.strip()) >= _FRAGMENT_CJK_CHARS and bool(
            ends or any(c in text for c in "，、")
        )
    if word_count(fragment) < _FRAGMENT_WORDS:
        return False
    last = fragment.split()[-1]
    return last[0].isalpha() and last[0].islower() and bool(
        ends or word_count(text) >= _HEADLINE_WORDS
    )


def cut_clause(line: str) -> bool:
    """A paragraph of several words that ends on a function word or a comma ("…fishing boats
    will have to tie up at the", "…建成后将连接城东新区与"): no sentence or headline ends so."""
    text = line.rstrip()
    if not text:
        return False
    if is_cjk(text):
        return len(text) >= _FRAGMENT_CJK_CHARS * 2 and (
            text[-1] in _CLAUSE_END or text[-1] in CLAUSE_WORDS
        )
    if word_count(text) < _PARAGRAPH_WORDS // 2:
        return False
    last = text.split()[-1]
    return last[-1] in _CLAUSE_END or last.casefold() in CLAUSE_WORDS
