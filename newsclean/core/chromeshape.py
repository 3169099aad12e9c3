"""Chrome found by shape and place, not by its words: what a long-tail site prints around an
article in wording no phrase list has seen.

A page is top chrome, the header, the text, then the tail; phrase rules and the header stage
have claimed what they know. This stage claims, by structure only:

- a row of share buttons (three or more network, mail, print or copy labels on one line);
- the buttons between the header and the first paragraph ("Save", "Listen", "Larger text");
- a short line printed again where a chrome rule took it elsewhere on the page;
- the tail: the lines after the last paragraph of text when every one of them is chrome-shaped
  (a link label or teaser headline, a tag line, a share row, a line another rule claimed, or a
  sentence speaking to the reader between a share row or tag line and more chrome) and at
  least one is surely chrome. A link
  there that names the page's own source ("Continue on <publisher>") means the text stops
  short: the record is marked truncated, as when the last paragraph trails off in "…".

Safeguards keep article text: the tail starts only under a paragraph of prose (a page of short
lines is kept whole); a list under a line ending in ":" is the article's; a sentence in the
tail is taken only right under a line that is surely chrome; bylines and links are never
weak lines.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from itertools import islice, pairwise

from ..normalize._byline_rules import AUTHOR_MARKERS, BIO_VERBS, LEGAL_FORMS
from ..normalize.byline import parse_byline
from ..normalize.text import ends_sentence, is_bullet, key, line_cache, more_words_than, word_count
from ..normalize.urls import url_host
from ..rules.vocab import mapping, words
from .figures import caption_of
from .header import (
    BY_PREFIX,
    HEADER_WINDOW,
    MENU_MAX,
    is_cjk,
    is_date_stamp,
    is_unspaced,
    list_item,
    looks_like_title,
    masthead,
    menu_item,
)
from .page import Page
from .truncation import (
    READ_MORE_LINK,
    WALL,
    account_step,
    continues_text,
    cut_clause,
    is_read_more,
    reported,
    source_link,
)

_LIMITS = {name: int(value or 0) for name, value in mapping("chrome_shapes", "limits").items()}
SHARE_TARGETS = words("chrome_shapes", "share_targets")
READER_WORDS = frozenset(w.casefold() for w in words("chrome_shapes", "reader_words"))
"""Case-folded as the line's words are (Greek "μας" → "μασ")."""
SHARE_WORDS = words("chrome_shapes", "share_words")
SHARE_MIN = _LIMITS["share_min"]
TAG_LABEL_WORDS = _LIMITS["tag_label_words"]
TAG_ITEM_WORDS = _LIMITS["tag_item_words"]
TAG_CHARS = _LIMITS["tag_chars"]
TAIL_LINE_WORDS = _LIMITS["tail_line_words"]
PITCH_WORDS = _LIMITS["pitch_words"]
TOOL_WORDS = _LIMITS["tool_words"]
TOOL_LINES = _LIMITS["tool_lines"]
TOOL_MIN = 2
SOURCE_LEAD_WORDS = _LIMITS["source_lead_words"]

SHARE_ROW = "generic:share-row"
TAG_LINE = "generic:tag-line"
TOOL_ROW = "generic:tool-row"
ABOVE_HEADER = "generic:above-header"
GLUED_CRUMB = "generic:glued-crumb"
REPEAT = "generic:repeat-of-chrome"
TAIL = "generic:tail-shape"
TAIL_PITCH = "generic:tail-pitch"
TAIL_BIO = "generic:author-bio"
READ_ON_SOURCE = "generic:read-on-source"
CLOSING = frozenset(
    ("generic:related", "generic:sign-up", "generic:promo", "generic:advertisement")
)
"""Claims that close an article's text when right under it: a rail's heading, a newsletter or
app promo, an ad label (a site's footer links and legal lines come lower)."""

_SHARE_SPLIT = re.compile(r"[\s·•|,/]+")
_TAG_LINE = re.compile(r"^(?P<label>[^\W\d][^:：]{0,30})[:：]\s*(?P<items>.+)$")
_LINKISH = re.compile(r"@|://|^www\.", re.IGNORECASE)
_FIELD = re.compile(r"^(?P<label>[^\W\d][^:：]{0,30}?)\s?[:：]\s*\S")
_FIELD_LABEL_WORDS = 3
_SHARE_LABEL_WORDS = 4
_SHORT_PROMPT = re.compile(r"[…?]$|\.\.\.$")
_NAME_CHARS = re.compile(r"[\W_]+")
_MIN_NAME = 5
_WORDS = re.compile(r"[\w']+")
_TITLE_WORDS = 4
TAIL_BOTTOM_MIN = 2
_REPEAT_CHARS = 3  # "A" of a Q&A, "Q": too short to tell
_MENU_CHARS = 30  # no menu item is longer (header.menu_item)
_CREDIT_WORDS = frozenset(m.casefold() for m in AUTHOR_MARKERS)
ABOVE_HEADER_MAX = 2
_AFTER_GATE = ":after-gate"


def claim_shapes(
    page: Page, url: str | None, article_text: Callable[[str], bool] | None = None
) -> None:
    """Claim share rows anywhere, the button row under the header and the chrome tail."""
    own = _names(page, url)
    for i in page.free():
        if share_row(page.text(i)) or site_share_button(page.text(i), own):
            page.claim(i, SHARE_ROW)
    _claim_counts(page)
    claim_comment_box(page)
    _claim_tool_row(page)
    _claim_button_gaps(page)
    if len(page.lines) >= _ZONED_LINES:  # (a line or two: no menu, thread or card to find)
        _claim_top_repeats(page)
        _claim_comments(page)
        _claim_inline_card(page)
    notes = _note_names(page, url)
    claim_tail_notes(page, *notes, article_text=article_text)
    _claim_tail(page, _names(page, url), notes)
    _claim_repeats(page)
    _mark_cut_excerpt(page)


_ZONED_LINES = 4
"""Lines (blank ones too) a page needs for a menu printed twice, a comment thread or a card
between two paragraphs."""

EXCERPT_FLAG = "truncated: the text ends in an ellipsis"
_ELLIPSIS_END = re.compile(r"(?:…|\.\.\.|\[…\]|\[\.\.\.\]|\(…\)|\(\.\.\.\))[\s\"”’»]*$")
_EXCERPT_WORDS = 5
_CLOSERS = "\"”’»"


def _ellipsis_end(text: str) -> bool:
    """``_ELLIPSIS_END.search(text)``, after a test of the text's end: under the spaces and
    quotes the pattern allows there, it must end in "…", "..." or a bracket (the pattern,
    tried at every position, is slow to fail on a paragraph)."""
    end = text
    while True:  # what "[\s\"”’»]*$" takes off the end
        stripped = end.rstrip().rstrip(_CLOSERS)
        if stripped == end:
            break
        end = stripped
    return end.endswith(("…", "...", "]", ")")) and _ELLIPSIS_END.search(text) is not None


def _mark_cut_excerpt(page: Page) -> None:
    """A text whose last paragraph trails off in an ellipsis ("… the council will vote next
    […]") is an excerpt cut short: truncated. A short line so ending ("Loading…") is no
    paragraph and says nothing."""
    last = next((i for i in reversed(range(len(page.lines))) if page.is_free(i)), None)
    if last is None:
        return
    text = page.text(last)
    if word_count(text) >= _EXCERPT_WORDS and _ellipsis_end(text) and continues_text(
        page, last
    ):  # a teaser under a rail heading ends in "…" too
        page.truncated = True
        page.flags.append(EXCERPT_FLAG)


def _claim_repeats(page: Page) -> None:
    """A short line printed again where a chrome rule took it elsewhere on the page (a menu
    item or button in the footer, an ad label between paragraphs): chrome too, unless prose
    follows it, as a subheading that shares a menu item's words ("Sport") is followed, or a
    list row holding a figure or a "Label: value"."""
    chrome = {
        key(page.lines[i])
        for i, rule in page.claims.items()
        if rule.startswith("generic:") and menu_item(page.text(i))
    }
    if not chrome:
        return
    for i in list(page.free()):
        text = page.text(i)
        if not _REPEAT_CHARS <= len(text) <= _MENU_CHARS or key(text) not in chrome:
            continue
        if not menu_item(text):
            continue
        after = page.next_free(i + 1)
        if after is not None and after == page.neighbour(i, 1) and _data_line(
            page.text(after)
        ):
            continue  # a subheading over its item ("Sport", then "Rovers v Town, 3pm")
        if after is None or not _prose(page.text(after)):
            page.claim(i, REPEAT)


def _last_text(page: Page, lines: list[int]) -> int | None:
    """Position in ``lines`` of the text's last paragraph (or list intro ending in ":"): what
    comes under it is the tail."""
    for k in range(len(lines) - 1, -1, -1):
        i = lines[k]
        if page.is_free(i) and (_prose(page.text(i)) or page.text(i).endswith((":", "："))):
            return k
    return None


_LINK_ROW = re.compile(r"\s+[|∙·•]\s+")


def _claim_top_repeats(page: Page) -> None:
    """A line printed over the headline and again under the text's last paragraph (the
    site's menu, its name, a one-line menu row in the footer) is chrome the second time too,
    whatever rule took or left it the first time, alone or as an item of a row ("Home |
    Region | Sport" over the headline, "Sport" under the text). A subheading sharing a menu
    item's words over a row of data ("Sport", then "Rovers 2 Town 1") stays."""
    head = page.claimed_by("header:headline")
    if head is None:
        return
    top = {key(page.lines[i]) for i in range(head) if page.lines[i].strip()}
    top |= {key(item) for line in list(top) for item in _LINK_ROW.split(line)}
    lines = page.filled()
    last = _last_text(page, lines)
    if not top or last is None or lines[last] < head:
        return
    for i in list(page.free(lines[last] + 1)):
        text = page.text(i)
        if key(text) not in top or _prose(text):
            continue
        after = page.neighbour(i, 1)
        if (
            after is not None
            and page.is_free(after)
            and key(page.lines[after]) not in top
            and _data_line(page.text(after))
        ):
            continue
        page.claim(i, REPEAT)


SECTION_RAIL = "generic:section-rail"
_SECTION_HEAD_WORDS = 6
_SECTION_WORD = 4  # "Kultur" names a section; "Top", "Live" are too short to tell


def _menu_words(page: Page) -> tuple[str, ...]:
    """The one-word menu items printed over the headline ("Kultur", "Vereine"), case-folded."""
    head = page.claimed_by("header:headline")
    if head is None:
        return ()
    items = {
        item.casefold()
        for i in range(head)
        for item in _LINK_ROW.split(page.text(i))
        if " " not in item and len(item) >= _SECTION_WORD and item.isalpha()
    }
    return tuple(sorted(items))


def section_heading(page: Page, index: int, sections: tuple[str, ...]) -> bool:
    """A rail's heading naming a section of the site's menu ("Mehr aus Kultur und Vereinen"
    under a menu of "Kultur", "Vereine") with two teaser headlines under it: a rail of the
    site's other stories."""
    text = page.text(index)
    if not sections or ends_sentence(text) or not 2 <= word_count(text) <= _SECTION_HEAD_WORDS:
        return False
    if not any(w.startswith(sections) for w in _LETTERS.findall(text.casefold())):
        return False
    j: int | None = index
    for _ in range(_TEASERS):
        j = page.neighbour(j, 1) if j is not None else None
        if j is None or not page.is_free(j) or not _headline_like(page.text(j)):
            return False
        if not weak_line(page.text(j)):
            return False
    return True


INLINE_CARD = "generic:inline-card"


def _claim_inline_card(page: Page) -> None:
    """One teaser card between two paragraphs: a headline and its age, perhaps its source
    between ("Cider festival returns" / "Wessex Echo · 2 hours ago"), with prose above and
    under it. Only one: a page printing several headings over a stamp and prose is a live
    page of entries (so is one with an entry's clock time, "14:05", on a line alone)."""
    free = list(page.free())
    found: list[list[int]] = []
    for n, i in enumerate(free):
        if len(page.lines[i]) > _SHORT_LINE:
            continue  # (a paragraph: no stamp, no clock)
        text = page.text(i)
        if len(text) > _STAMP_CHARS or ends_sentence(text):
            continue
        if _CLOCK_ONLY.match(text):
            return
        if 2 <= n < len(free) - 1 and _card_meta(text) and not _calendar_day(text):
            window = free[max(0, n - 3) : n + 2]  # three lines over the stamp, one under
            card = _inline_card_over(page, window, [page.text(j) for j in window])
            if card:
                found.append(card)
    if len(found) == 1:
        for i in found[0]:
            page.claim(i, INLINE_CARD)


_STAMP_CHARS = 80  # (is_date_stamp's own limit)
_CALENDAR = words("months") | words("weekdays")
_TIME_UNITS = words("time_units")
_CLOCK = re.compile(r"\d[:.h]\d\d")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _calendar_day(text: str) -> bool:
    """A named day with no time and no source ("Sunday 14 December"): under a heading in
    the text, an event's date; a card gives its age, its time or its source."""
    if " · " in text or _CLOCK.search(text):
        return False
    found = _LETTERS.findall(text.casefold())
    if any(w in _TIME_UNITS for w in found):
        return False  # an age: "2 hours ago" ("ago" is August in Italian)
    return any(w in _CALENDAR for w in found)


def _inline_card_over(page: Page, free: list[int], texts: list[str]) -> list[int]:
    """The card closed by the stamp ``texts[-2]`` (free lines around it, one under it),
    between two paragraphs: its headline, source and stamp, or []."""
    n = len(texts) - 2
    if not _prose(texts[n + 1]):
        return []
    for top in (n - 1, n - 2):
        if top < 1 or not _prose(texts[top - 1]):
            continue
        card = free[top : n + 1]
        if any(page.neighbour(a, 1) != b for a, b in pairwise(card)):
            return []  # (a claimed line between: no card of one piece)
        head = texts[top]
        if (
            weak_line(head)
            and _headline_like(head)
            and all(_commenter(t) for t in texts[top + 1 : n])
        ):
            return card
    return []


COMMENTS = "generic:comment-thread"


def _claim_comments(page: Page) -> None:
    """A comment thread under the text: a comments heading ("12 comments", "Reacties"), then
    one comment or more, each a short name, its age and its sentences ("ridgeback77" / "1 day
    ago" / "About time too."). Claimed to its last sentence; what is under it is the tail's."""
    first = next((i for i in page.free() if _prose(page.text(i))), None)
    if first is None:
        return
    for h in range(first + 1, len(page.lines)):
        if len(page.lines[h]) > _SHORT_LINE:
            continue
        text = page.text(h)
        if not text or not (count_heading(text) or count_line(text)):
            continue
        end = _thread_end(page, h)
        if end is not None:
            for i in range(h, end + 1):
                if page.lines[i].strip():
                    page.claim(i, COMMENTS)
            return


def _thread_end(page: Page, heading: int) -> int | None:
    """The last line of the comments under ``heading`` (None when no comment follows it)."""
    end = None
    j = page.neighbour(heading, 1)
    while j is not None:
        stamp = page.neighbour(j, 1)
        said = page.neighbour(stamp, 1) if stamp is not None else None
        if (
            stamp is None
            or said is None
            or not page.is_free(j)
            or not _commenter(page.text(j))
            or not _card_meta(page.text(stamp))
            or not (page.is_free(said) and ends_sentence(page.text(said)))
        ):
            break
        end = said
        nxt = page.neighbour(said, 1)
        while nxt is not None and page.is_free(nxt) and _prose(page.text(nxt)):
            end, nxt = nxt, page.neighbour(nxt, 1)  # a comment of several paragraphs
        j = nxt
    return end


_NAME_WORDS = 3


def _commenter(text: str) -> bool:
    """A commenter's name or handle: a few words, no sentence, no date."""
    return (
        word_count(text) <= _NAME_WORDS
        and not ends_sentence(text)
        and not is_date_stamp(text)
        and not BY_PREFIX.match(text)
    )


COMMENT_BOX = "generic:comment-box"
_COMMENT_VOCAB = frozenset(w.casefold() for w in words("chrome_shapes", "comment_words"))
COMMENT_WORDS = frozenset(w for w in _COMMENT_VOCAB if not w.endswith("*"))
COMMENT_STEMS = tuple(w[:-1] for w in _COMMENT_VOCAB if w.endswith("*"))
_ANYWHERE = tuple(w for w in COMMENT_WORDS if " " in w or is_cjk(w) or is_unspaced(w))
COMMENT_RULE_WORDS = tuple(words("chrome_shapes", "comment_rule_words"))
_COMMENT_PROMPT_WORDS = 30
_COMMENT_LABEL_WORDS = 6


def comment_word(text: str) -> bool:
    """The line holds a comment box's word ("comment", "reacties", "bình luận", "댓글"): a
    whole word or a stem's, or anywhere for a word of two or a script without spaces."""
    low = text.casefold()
    return any(w in low for w in _ANYWHERE) or any(
        w in COMMENT_WORDS or w.startswith(COMMENT_STEMS) for w in _WORDS.findall(low)
    )


@line_cache
def comment_prompt(text: str) -> bool:
    """A comment box's sentence: its prompt or its rules ("Be the first to comment on this
    story.", "Er zijn nog geen reacties. Wees de eerste!", "Viết bình luận của bạn...", "Los
    comentarios publicados son responsabilidad de sus autores."): a short sentence with a
    comment word that speaks to the reader, of the page, or of the comments as its subject
    and their rules (``rules/chrome_shapes.txt`` [comment_rule_words]); never reported
    speech ("… declined to comment, a spokesman said.")."""
    if len(text) > _SHORT_LINE * 2 or more_words_than(text, _COMMENT_PROMPT_WORDS):
        return False
    if not comment_word(text) or reported(text):
        return False
    low = text.casefold()
    found = _WORDS.findall(low)
    return (
        speaks_to_reader(text)
        or _ellipsis_end(text)
        or any(w in low for w in _SELF_WORDS)
        or account_step(text)  # "Sign in to join the discussion."
        or (
            comment_word(" ".join(found[:2]))
            and any(w.startswith(COMMENT_RULE_WORDS) for w in found)
        )
    )


@line_cache
def _comment_label(text: str) -> bool:
    """A comment box's heading, counter or button ("Comments", "0 reacties", "Log in to
    comment", "Réagir"): a short line, no sentence, with a comment word or a counter."""
    if count_line(text) or count_heading(text):
        return True
    return (
        not more_words_than(text, _COMMENT_LABEL_WORDS)
        and not ends_sentence(text)
        and comment_word(text)
    )


def claim_comment_box(page: Page) -> None:
    """A comment box's sentences under the text: a prompt or its rules (``comment_prompt``)
    beside a heading, counter or button of the box, or beside another such sentence that is.
    Its words alone make no line chrome ("Residents may comment on the plans until Friday."
    ends many a story): the box is a cluster of its lines."""
    first = next((i for i in page.free() if _prose(page.text(i))), None)
    if first is None:
        return
    lines = [i for i in range(first + 1, len(page.lines)) if page.lines[i].strip()]
    prompts = {i for i in lines if page.is_free(i) and comment_prompt(page.text(i))}
    if not prompts:  # (most pages: then no line need be asked whether it is a label)
        return
    found: set[int] = set()
    grew = True
    while grew:
        grew = False
        for n, i in enumerate(lines):
            if i not in prompts or i in found:
                continue
            beside = lines[max(0, n - 1) : n] + lines[n + 1 : n + 2]
            if any(j in found or _comment_label(page.text(j)) for j in beside):
                found.add(i)
                grew = True
    for i in sorted(found):
        page.claim(i, COMMENT_BOX)


COUNT_LINE = "generic:count"
COUNT_WORDS = words("chrome_shapes", "count_words")
_NUMBER = re.compile(r"\d(?:[\d.,\u00a0\u202f ]*\d)?[kKmM]?\+?")
_LETTERS = re.compile(r"[^\W\d_][\w'’]*")
_DIGIT = re.compile(r"\d")
_COUNT_CHARS = 40
_COUNT_WORDS = 3


def _residue(text: str) -> str | None:
    """The words of a short line holding one number, without the number, icons and
    brackets ("38 comments" → "comments", "Partages 12" → "partages", "3 saat önce" →
    "saat önce"); None for a longer line, one with no number or two."""
    if len(text) > _COUNT_CHARS or ends_sentence(text) or len(_NUMBER.findall(text)) != 1:
        return None
    found = _LETTERS.findall(_NUMBER.sub(" ", text).casefold().replace("’", "'"))
    return " ".join(found) if 0 < len(found) <= _COUNT_WORDS else None


_PARTS = re.compile(r"\s+[·•|∙]\s+|\s{2,}")
_COUNT_LABEL = re.compile(r"^[^\W\d][^:：\d]{0,30}\s?[:：]\s*(?=\d)")


@line_cache
def count_line(text: str) -> bool:
    """A widget's or card's counter: a number and a count word ("38 comments", "Partages
    12", "1.245 lecturas", "41 keer bekeken"), in any order; or a row of them ("12 likes ·
    3 comments")."""
    if len(text) > 2 * _COUNT_CHARS or _DIGIT.search(text) is None:
        return False  # (most lines: a paragraph, or no number: no counter)
    if _residue(text) in COUNT_WORDS:
        return True
    label = _COUNT_LABEL.match(text)
    if label is not None and _residue(text[label.end() :]) in COUNT_WORDS:
        return True  # "Couverture de l'info : 4 sources": a widget's label, then its count
    parts = _PARTS.split(text)
    return len(parts) >= 2 and all(_residue(p) in COUNT_WORDS for p in parts)


def _claim_counts(page: Page) -> None:
    """Counter lines wherever they stand: under the header, between the text and a rail."""
    for i in list(page.free()):
        if len(page.lines[i]) <= _SHORT_LINE and count_line(page.text(i)):
            page.claim(i, COUNT_LINE)


_SHORT_LINE = 120
"""Longer than any counter, stamp or comment heading, with its spaces: a paragraph, skipped
before it is stripped or scanned."""


RAIL_CARD = "generic:rail-card"
_META_SPLIT = re.compile(r"\s+[·•|∙—–-]\s+")
"""A card's source and stamp, apart by a spaced dot, bar or dash ("Upland Herald — 1 day
ago")."""
_CLOCK_ONLY = re.compile(r"^\d{1,2}[:.h]\d{2}(?:\s?(?:[ap]\.?m\.?|uhr|h))?$", re.IGNORECASE)
_CARD_REACH = 2  # a card's stamp stands under its headline and at most one source line


_AGE = re.compile(r"^\d{1,3}\s?[^\W\d_]{1,3}\.?$")
"""A card's age in a unit's letter or two, beside its source ("Ouest Matin • 2 j", "· 5 h")."""


@line_cache
def _card_meta(text: str) -> bool:
    """A card's age or date ("3 hours ago", "12/06 18:10"), alone or beside its source
    ("Landpost · 5 hours ago"). A bare clock time is none: over a live page's entry it is
    the entry's heading."""
    if is_date_stamp(text):
        return not _CLOCK_ONLY.match(text)
    if len(text) > _SHORT_LINE:
        return False  # a source of four words and a stamp; and no split of a long line, where
        # _LIST_SPLIT's "\s+" is tried from every space of a run (200,000 spaces: minutes)
    parts = _META_SPLIT.split(text)
    if len(parts) != 2:
        return False
    stamp = next((p for p in (parts[-1], parts[0]) if is_date_stamp(p) or _AGE.match(p)), None)
    name = parts[0] if stamp is parts[-1] else parts[-1]
    return (
        stamp is not None
        and not _CLOCK_ONLY.match(stamp)
        and 0 < word_count(name) <= _LIST_ITEM_WORDS
        and not any(c.isdigit() for c in name)
    )


def rail_cards(page: Page, lines: list[int]) -> set[int]:
    """The stamps and counters of a rail's cards under the text's last paragraph: each under
    a teaser headline at most one short line (its source) above, two cards or more. A stamp
    or counter shape no date reader knows ("2 saat önce", "8.310 lecturas") counts when two
    cards print it with other numbers. Under a line ending in ":" the lines are the
    article's list (a programme of dated events)."""
    last = _last_text(page, lines)
    if last is None or page.text(lines[last]).endswith((":", "：")):
        return set()
    region = lines[last + 1 :]
    texts = [page.text(i) for i in region]
    residues = Counter(r for r in map(_residue, texts) if r)
    shaped = [
        residues[_residue(t) or ""] >= 2
        or count_line(t)
        or (_card_meta(t) and not (_calendar_day(t) and not _YEAR.search(t)))
        for t in texts
    ]  # (a named day with no year is an event's in a programme ending the text)
    metas = max(  # the headline over its stamp, or under it ("5 hours ago" / …)
        (
            [region[n] for n, m in enumerate(shaped) if m and _card(page, region, shaped, n, step)]
            for step in (-1, 1)
        ),
        key=len,
    )
    return set(metas) if len(metas) >= 2 else set()


def _card(page: Page, region: list[int], shaped: list[bool], n: int, step: int) -> bool:
    """The stamp or counter ``region[n]`` has a teaser headline on side ``step`` (at most
    one short line, its source, between), up to the next stamp (``shaped``)."""
    side: list[str] = []
    m = n + step
    while 0 <= m < len(region) and len(side) < _CARD_REACH and page.is_free(region[m]):
        text = page.text(region[m])
        if shaped[m] or not weak_line(text):
            break
        side.append(text)
        m += step
    return any(_headline_like(t) for t in side)


@line_cache
def share_row(text: str) -> bool:
    """Three or more share targets and nothing else ("Facebook X WhatsApp E-Mail"), or two or
    more each with its button's verb ("Share on Facebook Share on X Share by email",
    "Condividi su Facebook Condividi su X")."""
    if len(text) > 120 or ends_sentence(text):
        return False
    tokens = [t for t in _SHARE_SPLIT.split(_without_share_label(text).casefold()) if t]
    # its label may stand without a colon ("Udostępnij Facebook X LinkedIn E-mail")
    bare = tokens[1:] if tokens and tokens[0] in SHARE_WORDS else tokens
    if len(bare) >= SHARE_MIN and all(t in SHARE_TARGETS for t in bare):
        return True
    targets = [t for t in tokens if t in SHARE_TARGETS]
    verbs = sum(t in SHARE_WORDS for t in tokens)
    return (
        len(targets) >= 2
        and verbs >= len(targets) - 1
        and all(t in SHARE_TARGETS or t in SHARE_WORDS or t in SHARE_JOINERS for t in tokens)
    )


SHARE_LABELS = words("chrome_shapes", "share_labels")
SHARE_JOINERS = words("chrome_shapes", "share_joiners")
_LABEL_COLON = re.compile(r"^(?P<label>[^:：]{1,30})[:：]\s*")


def _without_share_label(text: str) -> str:
    """The row without its "Share:" / "分享到：" / "Deel dit artikel:" label (a label of a few
    words holding a share word)."""
    m = _LABEL_COLON.match(text)
    if m is None:
        return text
    label = m.group("label").strip().casefold()
    parts = _WORDS.findall(label)
    if label in SHARE_LABELS or (
        0 < len(parts) <= _SHARE_LABEL_WORDS and any(w in SHARE_WORDS for w in parts)
    ):
        return text[m.end() :]
    return text


def tag_line(text: str) -> bool:
    """A topic-tag line: a short label and a comma list ("Temas: vino, agricultura"), or three
    or more capitalised short items alone ("Music, Schools, Travel")."""
    if len(text) > TAG_CHARS or ends_sentence(text):
        return False
    m = _TAG_LINE.match(text)
    if m is not None:
        if word_count(m.group("label")) > TAG_LABEL_WORDS:
            return False
        items = [p.strip() for p in m.group("items").split(",")]
        return _short_items(items, 1)
    items = [p.strip() for p in text.split(",")]
    return len(items) >= 3 and _short_items(items, 3) and all(p[:1].isupper() for p in items)


def _short_items(items: list[str], least: int) -> bool:
    return len(items) >= least and all(
        p and word_count(p) <= TAG_ITEM_WORDS and not any(c.isdigit() for c in p) for p in items
    )


@line_cache
def weak_line(text: str) -> bool:
    """Shaped like a link label, button or teaser headline: short and no sentence (a prompt
    ending in "…" or "?" of three words or fewer counts: "Write a comment…")."""
    if ends_sentence(text) and not (word_count(text) <= 3 and _SHORT_PROMPT.search(text)):
        return False
    if cut_clause(text):
        return False  # a paragraph its page cut ("…will tie up at the"): text, no teaser
    if not (len(text) <= 40 if is_cjk(text) else word_count(text) <= TAIL_LINE_WORDS):
        return False
    return len(text) <= 120 and not (
        BY_PREFIX.match(text) or _LINKISH.search(text) or is_date_stamp(text)
    )


def _prose(text: str) -> bool:
    return ends_sentence(text) and (more_words_than(text, 5) or len(text) >= 25)


def field_line(text: str) -> bool:
    """A fact line "Label: value" ("When: Saturday, 10am", "Lieu : place de l'Église",
    "Goles: Mendia (23')"): a label of one to three words, then its value; no link."""
    m = _FIELD.match(text)
    return (
        m is not None
        and word_count(m.group("label")) <= _FIELD_LABEL_WORDS
        and not _LINKISH.search(text)
    )


def _data_line(text: str) -> bool:
    """A row of a results table, programme or ingredient list: a field or a figure (a score,
    a time, an amount). A date stamp alone is none: under a teaser headline it is the card's
    time ("5 hours ago"), and a rail of cards is no table."""
    return field_line(text) or (any(c.isdigit() for c in text) and not is_date_stamp(text))


def site_share_button(text: str, names: set[str]) -> bool:
    """A share button naming the page's own source, wherever it stands ("Share Stateline
    Notes", a newsletter platform's button between paragraphs): a share word, then the
    publisher's or host's name and nothing else."""
    if not names or ends_sentence(text):
        return False
    first, _, rest = text.strip().partition(" ")
    return first.casefold() in SHARE_WORDS and _NAME_CHARS.sub("", rest.casefold()) in names


def share_label(text: str) -> bool:
    """A share button or row ("Share", "Deel dit artikel", "Facebook X WhatsApp"): on a page
    it closes the article's text."""
    if share_row(text):
        return True
    if text.strip().casefold() in SHARE_WORDS:
        return True  # "Chia sẻ", "शेयर करें": a button of two words, or of marks \w splits
    parts = _WORDS.findall(text.casefold())
    return 0 < len(parts) <= _SHARE_LABEL_WORDS and any(w in SHARE_WORDS for w in parts)


def in_field_block(page: Page, index: int) -> bool:
    """Line ``index`` stands beside a free fact line of another label ("Lieu : …" under
    "Horaires : …"): one of the article's practical details, not the page's tag line."""
    label = _FIELD.match(page.text(index))
    if label is None:
        return False
    for j in (page.neighbour(index, -1), page.neighbour(index, 1)):
        if j is None or not page.is_free(j):
            continue
        other = page.text(j)
        m = _FIELD.match(other)
        if m is not None and field_line(other) and m.group("label") != label.group("label"):
            return True
    return False


_LIST_MIN = 2
_DATA_SHARE = 3


def article_list(texts: list[str], closed: bool) -> bool:
    """Short lines right under the text's last paragraph that are the article's own list, not
    a rail: a results table, programme, recipe or fact box (two or more rows, a third of them
    at least, hold a figure or a "Label: value"), a questionnaire, or a heading and two or
    more short items right above what closes the text (``closed``: a share button, a rail's
    heading, …): "Oficinas / Desenho / Teatro" over "Compartilhar"."""
    if len(texts) < _LIST_MIN or any(BY_PREFIX.match(t) for t in texts):
        return False
    if _interview(texts):
        return True
    items = texts if _data_line(texts[0]) else texts[1:]
    data = sum(_data_line(t) for t in items)
    if data >= _LIST_MIN and _DATA_SHARE * data >= len(items):
        return True  # (a third: a table printed cell by cell has a label beside each figure)
    return (
        closed
        and len(items) >= _LIST_MIN
        and all(_data_line(t) or word_count(t) <= TAG_ITEM_WORDS + 1 for t in items)
    )


def _interview(texts: list[str]) -> bool:
    """Questions each followed by a short answer ("Lieblingsessen?", "Pizza", "Lieblingsbuch?",
    …): a questionnaire, which a rail of teaser headlines never alternates like."""
    asked = [t.endswith(("?", "？")) for t in texts]
    pairs = len(texts) // 2
    return (
        pairs >= _LIST_MIN
        and len(texts) % 2 == 0
        and all(asked[2 * n] and not asked[2 * n + 1] for n in range(pairs))
    )


def leading_list(page: Page, indexes: list[int]) -> list[int]:
    """The first of ``indexes`` (page order, the lines under the text's last paragraph) that
    are the article's own list (:func:`article_list`); [] when they are none. The list ends
    at a claimed line or a share button; a share button, a rail's heading, a promo, an ad
    label or a tag line under it closes the text. When a rail of unknown wording follows, the
    list is the longest part of the lines that ends in a figure and reads as a table."""
    block: list[int] = []
    for i in indexes:
        if not page.is_free(i) or share_label(page.text(i)):
            break
        if block and page.neighbour(block[-1], 1) != i:
            break
        block.append(i)
    if not block:
        return []
    below = page.neighbour(block[-1], 1)
    closed = below is not None and (
        share_label(page.text(below))
        or page.claims.get(below) in CLOSING
        or (tag_line(page.text(below)) and not in_field_block(page, below))
    )
    texts = [page.text(i) for i in block]
    if article_list(texts, closed):
        return block
    # a rail of unknown wording may follow the list: the longest part ending in a figure
    for end in range(len(block) - 1, _LIST_MIN - 1, -1):
        if _data_line(texts[end - 1]) and article_list(texts[:end], False):
            return block[:end]
    return []


def claim_glued_crumbs(page: Page) -> None:
    """A breadcrumb whose crumbs are glued by slashes ("Home/City Hall/Transport") in the
    header window: the site's trail, neither a section nor a headline."""
    for i in list(islice(page.free(), HEADER_WINDOW)):
        if glued_crumb(page.text(i)):
            page.claim(i, GLUED_CRUMB)


def glued_crumb(text: str) -> bool:
    """Three or more capitalised crumbs of one to three words joined by a bare "/" (a date
    "12/05/2026" or a link is none)."""
    if text.count("/") < 2:
        return False  # (three crumbs need two slashes: most lines are searched for nothing)
    if " /" in text or "/ " in text or _LINKISH.search(text):
        return False
    parts = text.split("/")
    return 3 <= len(parts) <= 6 and all(
        p[:1].isupper() and word_count(p) <= TAG_ITEM_WORDS and not any(c.isdigit() for c in p)
        for p in parts
    )


def claim_above_header(page: Page) -> None:
    """Sentences above the headline of a header block (headline, source and byline lines, a
    date, then the text): an aggregator's summary widget or disclaimer printed over the story
    ("Generated from the article. May contain mistakes."). Left there, the first of them reads
    as the text's first paragraph and a widget label over it as the headline. Only when the
    lines between the date and the headline are short (source, byline: a sentence there is a
    standfirst), at most two sentences, and only menu items above the first (a headline-like
    line there may be the real one, with the text under it)."""
    window = list(islice(page.free(), HEADER_WINDOW))
    date = next((n for n, i in enumerate(window) if is_date_stamp(page.text(i))), None)
    if date is None or date + 1 >= len(window) or not _prose(page.text(window[date + 1])):
        return
    title = None
    for n in range(date - 1, -1, -1):
        text = page.text(window[n])
        if ends_sentence(text):
            return
        if word_count(text) >= _TITLE_WORDS and looks_like_title(text) and not BY_PREFIX.match(
            text
        ):
            title = n
            break
    if title is None:
        return
    found: list[int] = []
    for i in window[:title]:
        text = page.text(i)
        if _prose(text) and caption_of(text) is None:
            found.append(i)
        elif not (menu_item(text) or (found and weak_line(text))):
            return  # a headline-like line above: these sentences may be the text itself
    if len(found) <= ABOVE_HEADER_MAX:
        for i in found:
            page.claim(i, ABOVE_HEADER)


def _claim_tool_row(page: Page) -> None:
    """Short button labels between the header's last line (byline, date) and the first
    paragraph: reading tools, save and share buttons. A list intro (":"), a caption or a fact
    line ("Cost: £38m") there is left alone."""
    first = next((i for i in page.free() if _prose(page.text(i))), None)
    if first is None:
        return
    header = [j for j, rule in page.claims.items() if j < first and rule.startswith("header:")]
    if not header:
        return
    start = max(header) + 1
    gap = list(page.free(start, first))
    buttons = sum(1 for j in range(start, first) if page.claims.get(j, "").startswith("generic:"))
    if len(gap) == 1 and not buttons and (
        _icon_tool(page.text(gap[0])) or _account_button(page.text(gap[0]))
    ):
        page.claim(gap[0], TOOL_ROW)  # "⏱ 4 min", "🔊 Listen": a tool by its icon;
        return  # "기자 구독", "Follow author": a subscribe button by its word
    if not gap or len(gap) > TOOL_LINES or len(gap) + buttons < TOOL_MIN:
        return  # one short line alone over the text is its first subheading ("Summary")
    if sum(list_item(page.text(i)) for i in gap) >= TOOL_MIN:
        return  # a bulleted or numbered list ("• Pass stays £38", "2 The mill"): the text's
        # key points or contents, no buttons
    for i in gap:
        text = page.text(i)
        if (
            ends_sentence(text)
            or word_count(text) > TOOL_WORDS
            or BY_PREFIX.match(text)
            or caption_of(text) is not None
            or field_line(text)  # a fact box over the text ("Cost: £38m"): no button
            or is_date_stamp(text)  # "Opened" / "14 June 1926": a fact box's date, no button
        ):
            return
    for i in gap:
        page.claim(i, TOOL_ROW)


def _account_button(text: str) -> bool:
    """A button of a word or two naming an account or subscription step ("기자 구독",
    "Subscribe", "Sign in"): no subheading of a text says only that."""
    return not ends_sentence(text) and not more_words_than(text, _GAP_WORDS) and bool(
        account_step(text)
    )


def _icon_tool(text: str) -> bool:
    """A short line, no sentence, with a pictograph at either end or a reading time: a button
    or reading tool ("⏱ 4 min", "🔊 Escuchar", "Masa membaca: 2 minit")."""
    if ends_sentence(text) or more_words_than(text, TOOL_WORDS):
        return False
    return any(unicodedata.category(c) == "So" for c in (text[0], text[-1])) or any(
        m.group(1).casefold() in MINUTE_WORDS for m in _READING_TIME.finditer(text)
    )


MINUTE_WORDS = frozenset(w.casefold() for w in words("chrome_shapes", "minute_words"))
_READING_TIME = re.compile(r"(?<!\d)\d{1,2}\s?([^\W\d_]+)")


BUTTON_GAP = "generic:button-row"
_BUTTON_GAP_CLAIMS = frozenset({"generic:ui", "generic:tool-row", BUTTON_GAP})
_GAP_WORDS = 2


def _claim_button_gaps(page: Page) -> None:
    """A label of one or two words standing between two button lines the rules took ("Like",
    then "Comment", then "Share"): a button of the same row whose word no phrase list knows."""
    lines = page.filled()
    for k in range(1, len(lines) - 1):
        i = lines[k]
        if not page.is_free(i):
            continue
        text = page.text(i)
        if more_words_than(text, _GAP_WORDS) or ends_sentence(text) or is_bullet(text):
            continue
        if page.claims.get(lines[k - 1]) in _BUTTON_GAP_CLAIMS and page.claims.get(
            lines[k + 1]
        ) in _BUTTON_GAP_CLAIMS:
            page.claim(i, BUTTON_GAP)


def _names(page: Page, url: str | None) -> set[str]:
    """The page's own source as letters only: its publisher and its host's name."""
    found = {_NAME_CHARS.sub("", page.fields.get("publisher", "").casefold()), _host_name(url)}
    return {n for n in found if len(n) >= _MIN_NAME}


def _host_name(url: str | None) -> str:
    """The name a host spells ("https://www.kabar-ai.example/x" → "kabarai") as letters only;
    "" for no URL or a host of one label (the callers keep only names of a few letters)."""
    labels = [p for p in url_host(url).casefold().split(".") if p not in ("www", "m", "amp")]
    return _NAME_CHARS.sub("", labels[0]) if len(labels) >= 2 else ""


def read_on_source(text: str, names: set[str]) -> bool:
    """A link to the rest of the story at its source: a few words, then the source's name
    ("Continue on Valley Farm Journal", "Keep reading at the Harbour Post")."""
    if not names or ends_sentence(text):
        return False
    parts = text.split()
    if not any(c.isalnum() for c in parts[0]):
        return False  # "— Upstream Weekly": the text's sign-off, no link
    for lead in range(1, min(SOURCE_LEAD_WORDS, len(parts) - 1) + 1):
        tail = parts[lead:]
        if tail[0][:1].isupper() and _NAME_CHARS.sub("", " ".join(tail).casefold()) in names:
            # "© Provided by <publisher>", "Proporcionado por …": a credit, not a link on
            return not any(w.casefold() in _CREDIT_WORDS or "©" in w for w in parts[:lead])
    return False


_NOT_TAIL = ("header:", "caption", "generic:related")
"""Claims that are no tail chrome: header fields, captions, and see-also links, which stand
inside the text ("Leia mais:" and its headline, then the last paragraph)."""


@line_cache
def speaks_to_reader(text: str) -> bool:
    """A promo addresses the reader ("your inbox", "notre lettre vous …") or asks."""
    return any(mark in text for mark in "?!？！") or any(
        w in READER_WORDS for w in _WORDS.findall(text.casefold())
    )


def _chrome_shaped(text: str, names: set[str]) -> bool:
    """A share row, tag line, read-on link or comments heading, whatever rule claimed it: a
    sentence after the text is a promo (or a comment box's "Be the first!") only right under
    one of these (a site's label over the last paragraph, "Updated" or "Provided by …", is
    no such line)."""
    return (
        share_row(text)
        or tag_line(text)
        or read_on_source(text, names)
        or count_heading(text)
        or count_line(text)  # "Komentarze (0)" over "Dodaj komentarz jako pierwszy!"
    )


@line_cache
def count_heading(text: str) -> bool:
    """A counter's word alone, the heading of a comment or reactions box ("Comments",
    "Reacties", "Komentar"): after the text's last paragraph, chrome (as a subheading in
    the text it has paragraphs under it)."""
    if len(text) > _COUNT_CHARS or _DIGIT.search(text) or ends_sentence(text):
        return False
    found = _LETTERS.findall(text.casefold().replace("’", "'"))
    return 0 < len(found) <= _COUNT_WORDS and " ".join(found) in COUNT_WORDS


SOURCE_LINE = "generic:source-line"
_SOURCE_LABELS = tuple(w.casefold() for w in words("article_chrome", "source"))
_SOURCE_WORDS = 8


def source_line(text: str) -> bool:
    """A source line closing the page ("Quelle: Kreisbote Oberland", "Lähde: …"; the labels
    of ``rules/article_chrome.txt``): a name or two after the label, no sentence."""
    low = text.casefold()
    return (
        low.startswith(_SOURCE_LABELS)
        and word_count(text) <= _SOURCE_WORDS
        and not ends_sentence(text)
    )


_RELATED_HEADINGS = tuple(f"{w.casefold()} " for w in words("related_headings"))
_HEADING_WORDS = 5


def related_heading(text: str) -> bool:
    """A rail's heading in any language (``rules/related_headings.txt``: "Další zprávy",
    "Mer från Nyheter", "相關新聞"): the line is one, or one and a word or two."""
    if ends_sentence(text) or word_count(text) > _HEADING_WORDS:
        return False
    low = " ".join(text.casefold().split()).rstrip(" :：»›→")
    return f"{low} ".startswith(_RELATED_HEADINGS)


FOLLOW_PROMO = "generic:follow-promo"
_FOLLOW_NETWORKS = 3


def follow_promo(text: str) -> bool:
    """A sentence naming three or more networks or apps ("Follow us on Google News,
    WhatsApp and Telegram", in any language): the site's follow-us line."""
    if word_count(text) > PITCH_WORDS + _FOLLOW_NETWORKS:
        return False
    tokens = {t.strip(".,;:!?()।") for t in _SHARE_SPLIT.split(text.casefold())}
    return len(tokens & SHARE_TARGETS) >= _FOLLOW_NETWORKS


def _surely_chrome(page: Page, index: int, names: set[str]) -> str | None:
    """The rule that makes line ``index`` chrome by itself: another rule's claim (not a header
    field's, caption's or see-also link's), a share row, a tag line, a read-on link."""
    rule = page.claims.get(index)
    if rule is not None:
        return None if rule.startswith(_NOT_TAIL) else rule
    text = page.text(index)
    if share_row(text) or (share_label(text) and not ends_sentence(text)):
        return SHARE_ROW  # a row, or a button alone ("Κοινοποίηση", "Dela artikeln")
    if tag_line(text) and not in_field_block(page, index):
        return TAG_LINE
    if read_on_source(text, names):
        return READ_ON_SOURCE
    if source_line(text):
        return SOURCE_LINE
    if related_heading(text):
        return RELATED_END  # "Διαβάστε επίσης", "Mer från Nyheter" with only chrome under it
    if _site_label(text, names):
        return SITE_LABEL
    if pagination(text):
        return PAGINATION
    if icon_label(text):
        return TAIL_ICON
    if count_heading(text) and not _over_figures(page, index):
        return COUNT_LINE
    return None


_FIGURE_REACH = 2


def _over_figures(page: Page, index: int) -> bool:
    """A figure or fact line within two lines under line ``index``: "Votes" there heads a
    table's column ("Votes", "Ada Moss", "412"), not a comment box."""
    j: int | None = index
    for _ in range(_FIGURE_REACH):
        j = page.neighbour(j, 1) if j is not None else None
        if j is not None and _data_line(page.text(j)):
            return True
    return False


TAIL_ICON = "generic:icon-label"
_ARROWS = frozenset("→↗➔➜⟶›»▶►←⟵‹«◀◄")


def icon_label(text: str) -> bool:
    """A button or link shaped by its icon, in any words: a pictograph or an arrow at either
    end of a short non-sentence ("Zap to a friend 📲", "See all →", "💬 87")."""
    if not weak_line(text):
        return False
    ends = (text[0], text[-1])
    return any(c in _ARROWS or unicodedata.category(c) == "So" for c in ends)


def _card_time(page: Page, lines: list[int], k: int) -> bool:
    """A date stamp right under a teaser headline, in a run of such cards after the text
    ("Farm shop wins regional award" / "5 hours ago"): the card's time, not the text's."""
    if k == 0 or not is_date_stamp(page.text(lines[k])):
        return False
    above = page.text(lines[k - 1])
    return weak_line(above) and not ends_sentence(above)


_TEASER_WORDS = 8


def _rail_teaser(page: Page, lines: list[int], k: int) -> bool:
    """A short headline ending on a word that ends no sentence in another language ("Baha sa
    Marikina River, humupa na"), under a rail's heading or another teaser: the rail's, not
    a paragraph cut short (which stands under the text's paragraph)."""
    text = page.text(lines[k])
    return (
        k > 0
        and text[:1].isupper()
        and not more_words_than(text, _TEASER_WORDS)
        and cut_clause(text)
        and weak_line(page.text(lines[k - 1]))
    )


_BOX_NAME_WORDS = (2, 3)


def _name_line(text: str) -> bool:
    """Two or three capitalised words and nothing else ("Tom Reed"): a name over its bio."""
    parts = text.split()
    return (
        len(parts) in _BOX_NAME_WORDS
        and all(p[:1].isupper() and p.isalpha() for p in parts)
        and not masthead(text)
    )


def _boxed_name(page: Page, lines: list[int], k: int) -> tuple[str, ...]:
    """On a page with no byline, the name on the line over ``lines[k]`` when the sentence
    there opens with it ("Tom Reed" / "Tom Reed is our rural affairs reporter."): an author
    box. Not when the text itself is such a run of names and paragraphs (a "meet the
    volunteers" piece prints each name over a paragraph opening with it)."""
    if k == 0:
        return ()
    name = page.text(lines[k - 1])
    if not _name_line(name) or not page.text(lines[k]).startswith(name + " "):
        return ()
    for m in range(1, k - 1):
        other = page.text(lines[m - 1])
        if _name_line(other) and page.text(lines[m]).startswith(other + " "):
            return ()
    return (name,)


def _page_authors(page: Page) -> tuple[str, ...]:
    """The names the page's byline gives (none without a byline)."""
    raw = page.fields.get("bylineRaw")
    return parse_byline(raw).authors if raw else ()


_BIO_VERBS = frozenset(BIO_VERBS) | words("chrome_shapes", "tail_bio_verbs")


def staff_bio(text: str, names: set[str]) -> bool:
    """A sentence opening with a name of two or three words and a bio verb that names the
    site or the story's source ("Mette Lund er lokalreporter på Vejle Dagblad og skriver om
    …"): the author box of a page with no byline to compare with."""
    parts = text.split()
    if not names or not ends_sentence(text) or more_words_than(text, _NOTE_WORDS):
        return False
    for n in _BOX_NAME_WORDS:
        if len(parts) > n + 2 and _name_line(" ".join(parts[:n])) and parts[n] in _BIO_VERBS:
            return _named(_name_words(" ".join(parts[n + 1 :])), names)
    return False


def author_bio(text: str, authors: tuple[str, ...]) -> bool:
    """A sentence about the page's own author after the text ("Daniel Okafor is a senior
    reporter at …", "Jo Roe covers transport"): the author's bio box, not the story's."""
    if not ends_sentence(text):
        return False
    for name in authors:
        if " " in name and text.startswith(name + " "):
            verb = text[len(name) + 1 :].split(" ", 1)[0]
            if verb in _BIO_VERBS:
                return True
    return False


RELATED_HEAD = "generic:related"
RELATED_END = "generic:related-end"
_SIGN_OFF = re.compile(r"^(?:[-–—]+\s*\S|\(\s*[^\W\d][^()]{0,60}\)$)")


def sign_off(text: str, authors: tuple[str, ...]) -> bool:
    """A line the text signs off with: a dash before a name or agency ("— Reuters",
    "-- Beatriz Lemos"), a name in brackets ("(Tobias Lenz)") or one naming the byline's
    own author: the story's, not a site's button, however short."""
    if _SIGN_OFF.match(text):
        return True
    return any(" " in name and name in text for name in authors)


_PARAGRAPH_WORDS = TAIL_LINE_WORDS  # longer than any teaser or link label


def _after_text(page: Page, above: int) -> bool:
    """Line ``above`` closes the text: a paragraph, or a short sentence ("Entry is free.")
    with a paragraph of text over it."""
    text = page.text(above)
    if _prose(text) or more_words_than(text, _PARAGRAPH_WORDS):
        return True  # (a paragraph with its agency glued on: "… on Saturday night.- Antara")
    if not ends_sentence(text) or text.rstrip(_CLOSERS).endswith(("?", "？")):
        return False  # a question's answer may follow it ("Was macht Sie wütend?" / "Lärm")
    return any(_prose(page.text(j)) for j in page.free(0, above))


def _under_cut_text(page: Page, lines: list[int], k: int) -> bool:
    """Line ``lines[k]`` is a read-on link right under a paragraph of a dozen words or more
    (a cut paragraph, whatever its last word: "… iar traseele vor fi" / "Citește mai mult");
    a button or pitch between them ("Get Reel Pass") leaves the link to the tail's walk."""
    i = lines[k]
    text = page.text(i)
    if k == 0 or not page.is_free(i) or not (is_read_more(text) or source_link(text)):
        return False
    above = lines[k - 1]
    return page.is_free(above) and more_words_than(page.text(above), _CUT_WORDS)


def _list_intro(page: Page, index: int) -> bool:
    """Line ``index`` introduces the list closing the text ("Uudet aukioloajat ovat:"), with
    a paragraph of text over it: the tail starts under the list (its items are kept)."""
    return page.text(index).endswith((":", "：")) and any(
        _prose(page.text(j)) for j in page.free(0, index)
    )


def _closing_list(page: Page, index: int) -> bool:
    """Line ``index`` is the last item of a dash or bullet list closing the text, under its
    ":" intro ("Uudet aukioloajat ovat:" / "- arkisin 9–20" / …): the tail starts under it."""
    j: int | None = index
    while j is not None and page.is_free(j) and is_bullet(page.text(j)):
        j = page.neighbour(j, -1)
    return j is not None and j != index and page.is_free(j) and _list_intro(page, j)


def _own_fact(page: Page, index: int) -> bool:
    """A fact line ("Tickets: £12 at the door") whose label is no chrome line the page
    printed elsewhere: "Readers' Club: save 20%" under a menu holding "Readers' Club" is the
    site's offer in its own words."""
    text = page.text(index)
    m = _FIELD.match(text)
    if m is None or not field_line(text) or not any(c.isdigit() for c in text[m.end() - 1 :]):
        return False  # a fact gives a figure: a price, time, date or score
    label = key(m.group("label"))
    chrome = (key(page.lines[j]) for j, rule in page.claims.items() if rule.startswith("generic:"))
    return label not in chrome


_TEXT_ENDED = frozenset({READ_ON_SOURCE, TAIL_BIO})
_BYLINE_REPEAT = "header:byline"
_CUT_WORDS = 11  # a paragraph cut under a read-on link is longer than a teaser
_WIDGET = frozenset({TAIL_ICON, COUNT_LINE, "generic:counter"})
_PROMPT_WORDS = 8


def _footer_rule(rule: str) -> bool:
    """A claim of the site's footer: its links, a menu printed again, its copyright."""
    return rule.startswith("generic:footer") or rule in (REPEAT, "generic:link-row")


WIDGET_INTRO = "generic:widget-intro"


def _empty_intro(text: str) -> bool:
    """A short line ending in ":" with sure chrome right under it ("Ask our assistant about
    this story:" over a comment box): a widget's label, introducing nothing of the text."""
    return text.endswith((":", "：")) and word_count(text) <= PITCH_WORDS


def _widget_line(page: Page, index: int, rule: str) -> bool:
    """A reactions widget's counter: a counter line, an icon with a figure ("👍 98")."""
    return rule in _WIDGET or (
        rule.startswith("generic:") and _DIGIT.search(page.text(index)) is not None
    )


_COMMENT_RULES = frozenset({COMMENT_BOX, COMMENTS, COUNT_LINE})
_INVITATION_WORDS = 12


def _box_invitation(text: str) -> bool:
    """A short sentence speaking to the reader ("What do you think? Have your say below."):
    right over a comment box, its invitation."""
    return (
        ends_sentence(text)
        and speaks_to_reader(text)
        and not more_words_than(text, _INVITATION_WORDS)
        and not reported(text)
    )


def _widget_prompt(text: str) -> bool:
    """A short question heading a reactions widget ("Was this story useful?")."""
    return text.rstrip(_CLOSERS).endswith(("?", "？")) and word_count(text) <= _PROMPT_WORDS


def _signed_text(page: Page, index: int, authors: tuple[str, ...]) -> bool:
    """Line ``index`` is the text's sign-off ("(jw)", "— Avec AFP") under a paragraph."""
    if not sign_off(page.text(index), authors):
        return False
    above = page.neighbour(index, -1)
    return above is not None and page.is_free(above) and _after_text(page, above)


PAGINATION = "generic:pagination"
_PAGE_OF = re.compile(r"^[^\W\d_]{2,12}\.?\s+(\d{1,4})\s*(?:[^\W\d_]{1,3}|/)\s*(\d{1,4})$")


def pagination(text: str) -> bool:
    """A page counter ("Page 4 of 37", "Página 4 de 37", "Seite 4 / 37"): a word, a number,
    a short joiner and a number no smaller (a score, "Rovers 2 Town 1", has a name between)."""
    m = _PAGE_OF.match(text)
    return m is not None and 0 < int(m.group(1)) <= int(m.group(2))


def _site_label(text: str, names: set[str]) -> bool:
    """A short label opening with the site's or source's name ("Quillfeed Picks", "Harbour
    Post Extra"): a widget's or rail's heading, no line of the text."""
    words = text.split()
    if not names or not 2 <= len(words) <= _SITE_LABEL_WORDS + 1 or ends_sentence(text):
        return False
    return any(
        _NAME_CHARS.sub("", " ".join(words[:n]).casefold()) in names
        for n in range(1, len(words))
    )


def _claim_tail(page: Page, names: set[str], notes: tuple[set[str], set[str]]) -> None:
    """The chrome-shaped lines ending the page, under the last paragraph of text."""
    lines = page.filled()
    gates = {r.removesuffix(_AFTER_GATE) for r in page.claims.values() if r.endswith(_AFTER_GATE)}
    gates.add(WALL)  # a sign-in or app wall under the text (truncation.claim_walls)
    seen: Counter[str] | None = None
    run: list[tuple[int, str]] = []
    authors = _page_authors(page)
    cards = rail_cards(page, lines) if len(lines) >= _ZONED_LINES else set()
    sections = _menu_words(page)
    ended = False  # the walk stopped at a read-on link
    k = len(lines) - 1
    while k >= 0 and len(run) <= MENU_MAX:
        i = lines[k]
        if page.claims.get(i) in gates:
            return  # a paywall or read-more gate: above it is the text the page shows
        if _under_cut_text(page, lines, k):
            run.append((i, READ_MORE_LINK))  # "Citește mai mult", "Xem bài gốc": above it
            k -= 1  # is the text, however short its cut last line (truncation marks it)
            ended = True
            break
        rule = RAIL_CARD if i in cards else _surely_chrome(page, i, names)
        if rule is None and page.is_free(i) and section_heading(page, i, sections):
            rule = SECTION_RAIL
        if rule is None and i in page.claims:
            if page.claims[i] == RELATED_HEAD:
                rule = RELATED_END  # a rail's heading with only chrome under it: no see-also
                # link inside the text (a paragraph would follow that one)
            elif page.claims[i].startswith(RELATED_HEAD):
                rule = TAIL  # a rail item, chrome at the end of a page
            elif page.claims[i] == _BYLINE_REPEAT and _card_meta(page.text(i)):
                rule = TAIL  # a card's "<source> · 1 day ago" the header took for a
                # repeat of the byline: the rail's, under the text
            elif page.claims[i].startswith(_BYLINE_REPEAT) and _promo_heading(page.text(i)):
                rule = TAIL_PITCH  # "La newsletter InfoClair" the header took for a byline
            else:
                break  # a header field or a caption: no tail here
        if rule is None:
            text = page.text(i)
            if run and (
                author_bio(text, authors or _boxed_name(page, lines, k))
                or staff_bio(text, notes[0] | notes[1])
            ):
                rule = TAIL_BIO
            elif sign_off(text, authors):
                break  # "— Reuters", "(Beatriz Lemos)": the text's own last line
            elif run and tail_note(text, *notes):
                rule = TAIL_NOTE  # over a comment box or rail: the site's offer or appeal
            elif run and comment_prompt(text):
                rule = COMMENT_BOX  # "Comments are closed for this article." over a rail
            elif weak_line(text) or _card_time(page, lines, k) or _rail_teaser(page, lines, k):
                rule = TAIL
            elif run and _widget_line(page, *run[-1]) and _widget_prompt(text):
                rule = TAIL_PITCH  # "How does this make you feel?" over its reaction counts
            elif (
                any(r not in (TAIL, TAIL_PITCH) for _, r in run)
                and ends_sentence(text)
                and follow_promo(text)
            ):
                rule = FOLLOW_PROMO  # over a rail: the site's "follow us on …" line
            elif run and run[-1][1] not in (TAIL, TAIL_PITCH) and _empty_intro(text):
                rule = WIDGET_INTRO
            elif run and run[-1][1] in _COMMENT_RULES and _box_invitation(text):
                rule = TAIL_PITCH  # "What do you think? Have your say below." over the box
            elif (
                # chrome under it too: a sentence ending the page may be the text's last,
                # unless a comment box's heading is over it ("Be the first!")
                (run or (k > 0 and count_heading(page.text(lines[k - 1]))))
                and speaks_to_reader(text)
                and ends_sentence(text)
                and word_count(text) <= PITCH_WORDS
                and k > 0
                and (
                    _chrome_shaped(page.text(lines[k - 1]), names)
                    or _card_time(page, lines, k - 1)
                    or _card_meta(page.text(lines[k - 1]))
                    # between two lines chrome by themselves ("Download our app …" over
                    # "See an error? Report it here." over "Trending Now")
                    or _between_chrome(page, lines, k, run, names)
                )
            ):
                # a label printed again and again ("Updated" over each post of a live
                # page) marks text, not the end of it
                seen = seen or Counter(key(page.lines[j]) for j in lines)
                if seen[key(page.lines[lines[k - 1]])] > 1:
                    break
                rule = TAIL_PITCH
            else:
                break
        run.append((i, rule))
        k -= 1
    above = lines[k] if k >= 0 else None
    if above is not None and _signing_byline(page, lines, k):
        above = lines[k - 1]  # "박지훈 기자" under the last paragraph: the text's sign-off
    if above is not None and page.claims.get(above, "").startswith(_PLACED):
        # a photo's caption or credit closing the text ("Riproduzione riservata © ANSA"):
        # the text's last paragraph is the free line over it
        above = next((j for j in reversed(lines[:k]) if page.is_free(j)), None)
    if above is None or not page.is_free(above):
        return
    if not (
        _after_text(page, above)
        or cut_clause(page.text(above))
        or _signed_text(page, above, authors)
        or (ended and more_words_than(page.text(above), _CUT_WORDS))
        or _list_intro(page, above)
        or _closing_list(page, above)
    ):
        return  # the tail must follow a paragraph of text, whole or cut, or its sign-off
    run.reverse()
    if page.text(above).endswith((":", "：")):
        # "What the crew built:" and its list: article text up to the first sure chrome line
        while run and run[0][1] in (TAIL, TAIL_PITCH, TAG_LINE):
            run.pop(0)  # "Friday: street food" items too
    weak = next((n for n, (_, rule) in enumerate(run) if rule != TAIL), len(run))
    kept = leading_list(page, [i for i, _ in run[:weak]])
    run = run[len(kept) :]  # the article's results, recipe or fact box under its text
    facts = 0
    while facts < len(run) and run[facts][1] == TAIL and _own_fact(page, run[facts][0]):
        facts += 1
    run = run[facts:]  # "Tickets: £12 at the door" closing the text, over a rail
    if not any(rule not in (TAIL, TAIL_PITCH) for _, rule in run):
        return  # nothing in it is surely chrome: maybe the article's own closing lines
    bottom = len(run)
    while bottom and run[bottom - 1][1] == TAIL:
        bottom -= 1
    if (
        len(run) - bottom < TAIL_BOTTOM_MIN
        and bottom < TAIL_BOTTOM_MIN
        and run[bottom - 1][1] not in _TEXT_ENDED  # the text went on elsewhere or its
        # author's bio closed it: no line below is the text's own
    ):
        run = run[:bottom]  # one short line closing the page under one chrome line: kept,
        # as a teaser rail has two or more and a last line may be the text's own
    under_text = True  # only buttons so far between the text and this line
    for n, (i, rule) in enumerate(run):
        if i not in page.claims:
            page.claim(i, rule)
            if (
                rule == READ_ON_SOURCE
                and under_text
                and not _over_teasers(page, run[n + 1 :])
                and not _own_site_link(page, page.text(i))
            ):
                page.truncated = True
        under_text = under_text and not _below_text(rule)


_PLACED = ("caption", "header:caption")
# An ad slot's label stands between paragraphs, whichever rule took it: the generic one
# ("generic:advertisement") or a site's ("yahoo:advert").
_AD_SLOT_RULES = (":advert", ":advertisement")


def _between_chrome(
    page: Page, lines: list[int], k: int, run: list[tuple[int, str]], names: set[str]
) -> bool:
    """Line ``lines[k]``, a short sentence, has a line chrome by itself right over it and one
    under it ("Download our app …" / "See an error? Report it here." / "Trending Now"); an
    ad slot's label over it is none (the text's last paragraph may follow one)."""
    if not run or run[-1][1] in (TAIL, TAIL_PITCH) or more_words_than(
        page.text(lines[k]), _INVITATION_WORDS
    ):
        return False
    rule = _surely_chrome(page, lines[k - 1], names)
    return rule is not None and not rule.endswith(_AD_SLOT_RULES)


def _signing_byline(page: Page, lines: list[int], k: int) -> bool:
    """Line ``lines[k]`` is the byline the header read from under the text's last paragraph
    (a Korean or Japanese page signs off "박지훈 기자"): the tail walk's stop, with the text
    right above it."""
    return (
        k > 0
        and page.claims.get(lines[k], "").startswith("header:byline")
        and page.is_free(lines[k - 1])
        and _prose(page.text(lines[k - 1]))
        # a paragraph over that one too: no byline under a standfirst at the top
        and any(_prose(page.text(j)) for j in page.free(0, lines[k - 1]))
    )


def _own_site_link(page: Page, text: str) -> bool:
    """A read-on-shaped link naming the site itself, not the story's stated source ("Mer
    från Snabbnytt" on snabbnytt over a Skärgårdsposten story): the site's rail heading, no
    sign the text stops short."""
    source = _NAME_CHARS.sub("", page.fields.get("publisher", "").casefold())
    return len(source) >= _MIN_NAME and not read_on_source(text, {source})


def _below_text(rule: str) -> bool:
    """A claim that no button row right under the text makes: the site's footer, a menu
    printed again, a rail's heading or card, a comment thread. A link to the source
    under one of these ("About <site>", "Advertise on <site>") is the site's, not a read-on."""
    return _footer_rule(rule) or rule.startswith(RELATED_HEAD) or rule in _BELOW_TEXT


_TEASERS = 2
_BELOW_TEXT = frozenset({RAIL_CARD, COMMENTS, SECTION_RAIL})


def _over_teasers(page: Page, below: list[tuple[int, str]]) -> bool:
    """A teaser headline right under a link naming the source, and under it another or the
    card's stamp ("PLUS D'HISTOIRES DE <source>" or "Meer van <source>" over its stories): a
    rail's heading, the text did not stop short."""
    if len(below) < _TEASERS:
        return False
    (first, rule), (second, then) = below[:_TEASERS]
    return (
        rule == TAIL
        and _headline_like(page.text(first))
        and (
            then == RAIL_CARD
            or (then == TAIL and _headline_like(page.text(second)))
            or _card_meta(page.text(second))  # one card: "<source> · i går"
        )
    )


COPYRIGHT_END = "generic:copyright-end"
_COPYRIGHT = re.compile(r"©|ⓒ|\(c\)|copyright", re.IGNORECASE)
RIGHTS_WORDS = tuple(words("chrome_shapes", "rights_words"))
_COPYRIGHT_WORDS = 12


def copyright_line(text: str) -> bool:
    """A short line stating a copyright ("© 2026 Zbiorczo", "Все права защищены © 2026
    Новостник", "(C) 2026 きずなニュース"): no caption, however it reads as a credit."""
    if len(text) > 120 or word_count(text) > _COPYRIGHT_WORDS:
        return False
    low = text.casefold()
    return _COPYRIGHT.search(text) is not None or any(w in low for w in RIGHTS_WORDS)


def claim_copyright_end(page: Page) -> None:
    """The copyright line closing a page under its text is the site's footer. Claimed before
    the header is read: on a short page the header's window reaches the footer, and "© Name"
    there would be read as a photo credit."""
    last = next((i for i in reversed(range(len(page.lines))) if page.lines[i].strip()), None)
    while last is not None and last in page.claims:
        last = next((i for i in reversed(range(last)) if page.lines[i].strip()), None)
    if last is None or not copyright_line(page.text(last)):
        return
    if any(_prose(page.text(i)) for i in page.free(0, last)):
        page.claim(last, COPYRIGHT_END)


SITE_NOTE = "generic:site-note"
_COPYRIGHT_NAME = re.compile(
    r"(?:©|ⓒ|\(c\))\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?"
    r"(?P<name>[^\W\d_][\w'’.&-]*(?:\s+[^\W\d_][\w'’.&-]*){0,2})",
    re.IGNORECASE,
)
_NOTE_WORDS = 40


def site_names(page: Page, url: str | None) -> set[str]:
    """The site's own name as letters only: its host's and the one-word brand its copyright
    line gives ("© 2026 Новостник": a Cyrillic brand on a Latin host). Not the publisher: a
    sentence naming the story's source may be the story's own (and a publisher's name of two
    words or more, "© 2026 Warta Nusantara", is never one word of a sentence). Read once a
    page (the site chrome and the tail ask for them)."""
    return set(page.of_lines(("site_names", url), lambda: _site_names(page, url)))


def _site_names(page: Page, url: str | None) -> frozenset[str]:
    found = {_host_name(url)}
    for i, line in enumerate(page.lines):
        # ("(" first: only it casefolds to a "(", and most lines hold none)
        if "©" in line or "ⓒ" in line or ("(" in line and "(c)" in line.casefold()):
            m = _COPYRIGHT_NAME.search(page.text(i))
            if m is not None and copyright_line(page.text(i)):
                words = [w for w in m.group("name").split() if w.casefold() not in LEGAL_FORMS]
                if len(words) == 1:  # a one-word brand; "© Hannah Vickery" names a person
                    found.add(_NAME_CHARS.sub("", words[0].casefold()))
    return frozenset(n for n in found if len(n) >= (_MIN_CJK_NAME if is_cjk(n) else _MIN_NAME))


_MIN_CJK_NAME = 3


def site_note(text: str, names: set[str]) -> bool:
    """A sentence naming the site itself: its description ("Syndiwire distributes news
    from …", "O Leitura Rápida é gratuito …"), its disclaimer ("… not created by Syndiwire
    editors.") or its app pitch."""
    if not names or word_count(text) > _NOTE_WORDS or not ends_sentence(text):
        return False
    if is_cjk(text):  # no spaces between words: the name anywhere in the sentence
        named = any(is_cjk(n) and n in text for n in names)
        return named and (text.startswith(tuple(names)) or _note_word(text.casefold()))
    words = [_NAME_CHARS.sub("", w.casefold()) for w in _HYPHENED.split(text) if w]
    if words[0] in names or (words[0] in _THE and len(words) > 1 and words[1] in names):
        return True  # the site's one-word name as the subject: its description
    # a name of several words, or with accents ("O Leitura Rápida é gratuito e vive do
    # apoio …"), only beside a note's word ("Harbour Weekly asked the operator …" is text)
    plain = _name_words(text)
    return _named(plain, names) and any(
        (_note_word(w) and (not w.startswith(STAFF_WORDS) or _named_before(plain, names, j)))
        or w.startswith(APPEAL_WORDS)
        for j, w in enumerate(words)
    )


def _named_before(plain: list[tuple[str, bool]], names: set[str], end: int) -> bool:
    """The words right before ``end`` spell one of ``names`` ("Daily Brief | staff")."""
    return any(
        "".join(w for w, _ in plain[k:end]) in names for k in range(max(0, end - _NAME_SPAN), end)
    )


_NAME_SPAN = 5  # "Leitura Rápida", "Jornal da Serra": a name in a few words


def _plain(word: str) -> str:
    """A word without its accents, as a host spells it ("rápida" → "rapida")."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def _name_words(text: str) -> list[tuple[str, bool]]:
    """The words of a sentence as names are spelt (letters only, no accents, lower case),
    each with whether it was capitalised."""
    return [
        (_plain(_NAME_CHARS.sub("", w.casefold())), w[:1].isupper() or w[:1].isdigit())
        for w in _HYPHENED.split(text)
        if w
    ]


_HYPHENED = re.compile(r"[\s\-‐‑]+")
"""Words and the parts of a hyphened one: "die KurzNews-App" names "KurzNews" beside "App"."""


def _named_at(plain: list[tuple[str, bool]], names: set[str], start: int) -> bool:
    """One of ``names`` is spelt by the words from ``start`` on, run together: one word, or
    several opening and closing in capitals ("Jornal da Serra"; "a leitura rápida de um
    contrato" names no "Leitura Rápida")."""
    if start < len(plain) and plain[start][0] in names:
        return True
    return any(
        plain[start][1]
        and plain[start + n - 1][1]
        and "".join(w for w, _ in plain[start : start + n]) in names
        for n in range(2, min(_NAME_SPAN, len(plain) - start) + 1)
    )


def _named(plain: list[tuple[str, bool]], names: set[str]) -> bool:
    return any(_named_at(plain, names, k) for k in range(len(plain)))


_THE = frozenset({"the", "die", "der", "das", "le", "la", "les", "el", "il", "lo", "o", "a"})
NOTE_WORDS = tuple(words("chrome_shapes", "site_note_words"))
STAFF_WORDS = tuple(words("chrome_shapes", "site_staff_words"))


def _note_word(text: str) -> bool:
    """A word (or, in CJK text, the sentence) holding a site-note word start."""
    return text.startswith(NOTE_WORDS) or (is_cjk(text) and any(w in text for w in NOTE_WORDS))


def claim_site_notes(
    page: Page, names: set[str], article_text: Callable[[str], bool] | None = None
) -> None:
    """Sentences naming the site among the lines closing the page (under the text, with
    only claimed or link-shaped lines under them) are the site's boilerplate, not the
    story's last paragraphs; the first sentence up from the end not naming it stops the
    search, and one paragraph of text must stay above. A sentence the page's own
    ``articleBody`` holds (``article_text``) is the story's: the page says so."""
    if not names:
        return
    found: list[int] = []
    for i in reversed(range(len(page.lines))):
        if not page.lines[i].strip() or i in page.claims:
            continue
        text = page.text(i)
        if site_note(text, names) and not (article_text and article_text(text)):
            found.append(i)
        elif not (weak_line(text) or comment_prompt(text)):
            break  # (a comment box's prompt under the notes is the box's: claim_shapes)
    if found and any(_prose(page.text(j)) for j in page.free(0, min(found))):
        for i in found:
            page.claim(i, SITE_NOTE)


TAIL_NOTE = "generic:tail-note"
REPUBLISH_WORDS = tuple(words("chrome_shapes", "republish_words"))
APPEAL_WORDS = tuple(words("chrome_shapes", "appeal_words"))
OFFER_WORDS = tuple(words("chrome_shapes", "offer_words"))
_SELF_WORDS = tuple(words("self_reference"))
_OFFER_WORDS = 20


def source_note(text: str, sources: set[str]) -> bool:
    """A republisher's note naming the story's source: "This article first appeared in
    <source>.", "Originally published by <source>"; the page speaks of itself or the note
    opens with its word ("… she told the Harbour Post." is the story's)."""
    if word_count(text) > _NOTE_WORDS:
        return False
    low = text.casefold()
    if low.startswith(_SELF_WORDS) or (is_cjk(text) and any(w in low for w in _SELF_WORDS)):
        # "Dieser Artikel wurde … übernommen", "声明：本文转载自其他媒体": a note, any source
        return any(w in low for w in REPUBLISH_WORDS if is_cjk(w)) or any(
            w.startswith(REPUBLISH_WORDS) for w in _WORDS.findall(low)
        )
    if not sources or is_cjk(text):
        return False
    words = [_NAME_CHARS.sub("", w.casefold()) for w in text.split()]
    if not words or not _named(_name_words(text), sources):
        return False
    if not any(w.startswith(REPUBLISH_WORDS) for w in words):
        return False
    return words[0].startswith(REPUBLISH_WORDS) or any(w in low for w in _SELF_WORDS)


def appeal(text: str) -> bool:
    """An appeal to support the site, button or none: a sentence speaking to the reader with
    a support word ("¿Te gusta este contenido? Con tu aporte podemos seguir …")."""
    if not ends_sentence(text) or word_count(text) > _NOTE_WORDS or reported(text):
        return False
    words = _WORDS.findall(text.casefold())
    return speaks_to_reader(text) and any(w.startswith(APPEAL_WORDS) for w in words)


def offer(text: str) -> bool:
    """A trial offer: a short sentence with a figure, opening with (or speaking to the reader
    around) a trial word ("Wypróbuj Premium za 1 zł …", "Start your free trial: 30 days")."""
    if word_count(text) > _OFFER_WORDS or not _DIGIT.search(text) or reported(text):
        return False
    words = _WORDS.findall(text.casefold())
    if not words:
        return False
    return words[0].startswith(OFFER_WORDS) or (
        speaks_to_reader(text) and any(w.startswith(OFFER_WORDS) for w in words)
    )


class _Vocab:
    """Words of a pitch (``rules/chrome_shapes.txt``), case-folded: whole words, stems
    ("*"), and words of two found anywhere in the line."""

    __slots__ = ("spaced", "stems", "whole")

    def __init__(self, section: str) -> None:
        found = {w.casefold() for w in words("chrome_shapes", section)}
        self.whole = frozenset(w for w in found if not w.endswith("*"))
        self.stems = tuple(w[:-1] for w in found if w.endswith("*"))
        self.spaced = tuple(w for w in self.whole if " " in w)

    def held_by(self, text: str) -> bool:
        low = text.casefold()
        return any(w in low for w in self.spaced) or any(
            w in self.whole or w.startswith(self.stems) for w in _WORDS.findall(low)
        )


_APP = _Vocab("app_words")
_NEWSLETTER = _Vocab("newsletter_words")


def _reader_pitch(text: str) -> bool:
    """A short sentence speaking to the reader, no reported speech: a pitch's shape."""
    return (
        ends_sentence(text)
        and not more_words_than(text, PITCH_WORDS)
        and not reported(text)
        and speaks_to_reader(text)
    )


def _promo_heading(text: str) -> bool:
    """A short heading naming a newsletter or an app ("La newsletter InfoClair", "Get the
    KXVT app"): a promo block's, whatever took it."""
    return word_count(text) <= _TOOL_HEADING_WORDS and (
        _NEWSLETTER.held_by(text) or _APP.held_by(text)
    )


_TOOL_HEADING_WORDS = 6


def app_pitch(text: str) -> bool:
    """The site's app or newsletter pitch: a short sentence speaking to the reader with an app
    or download word ("Descarregue a nossa App e receba as notícias no seu telemóvel.") or a
    newsletter or mailbox word ("Join 4,000 readers who get our weekly roundup."); never
    reported speech ("You can download the app now, the mayor said.")."""
    return _reader_pitch(text) and (_APP.held_by(text) or _NEWSLETTER.held_by(text))


FOLLOW_WORDS = tuple(w.casefold() for w in words("chrome_shapes", "follow_words"))
_NOT_NETWORKS = frozenset({"x", "line", "signal", "threads", "link", "copy", "print", "mail"})


def follow_pitch(text: str) -> bool:
    """The site's follow-us promo: a short sentence speaking to the reader with a follow
    word and a network's name ("Follow NewsLoop on Instagram for more stories from your
    coast.", "Bizi Instagram ve X'te takip edin.")."""
    if not _reader_pitch(text):
        return False
    found = _WORDS.findall(text.casefold())
    return any(w.startswith(FOLLOW_WORDS) for w in found) and any(_network(w) for w in found)


_BUTTONS = ("mail", "post", "druck", "druk", "poczta", "print", "imprim", "stamp", "copi", "kopi",
            "copy", "lien", "enlace", "collegamento", "correo", "courriel", "correio")
_NETWORK_STEMS = tuple(
    t for t in SHARE_TARGETS
    if len(t) >= _MIN_NAME and t.isalpha() and t not in _NOT_NETWORKS
    and not any(b in t for b in _BUTTONS)
)
"""Networks' names long enough to be told inflected (not the mail, print, copy buttons)."""


def _network(word: str) -> bool:
    """A network's name, or one inflected ("Facebookon", "Instagramissa", "TikTokilla")."""
    if word in _NOT_NETWORKS:
        return False
    return word in SHARE_TARGETS or word.startswith(_NETWORK_STEMS)


def _note_names(page: Page, url: str | None) -> tuple[set[str], set[str]]:
    """The site's names (``site_names``) and the story's source's, for the notes."""
    publisher = _plain(_NAME_CHARS.sub("", page.fields.get("publisher", "").casefold()))
    return site_names(page, url), ({publisher} if len(publisher) >= _MIN_NAME else set())


def tail_note(text: str, sites: set[str], sources: set[str]) -> bool:
    """The site's or a republisher's boilerplate sentence (see ``claim_tail_notes``)."""
    return (
        site_note(text, sites)
        or source_note(text, sources)
        or appeal(text)
        or offer(text)
        or app_pitch(text)
        or follow_pitch(text)
    )


def claim_tail_notes(
    page: Page, sites: set[str], sources: set[str],
    article_text: Callable[[str], bool] | None = None,
) -> None:
    """Sentences among the lines closing the page (under the text, with only claimed,
    link-shaped, card-stamp, tag or share lines under them) that are the site's or a republisher's
    boilerplate: a note naming the site, a republisher's note naming the story's source, an
    appeal for support, a trial offer. Read after the header (the source is its field); the
    first other sentence up from the end stops the search, and a paragraph of text must
    stay above. A sentence the page's own ``articleBody`` holds (``article_text``) is the
    story's: the page says so."""
    found: list[int] = []
    for i in reversed(range(len(page.lines))):
        if not page.lines[i].strip() or i in page.claims:
            continue
        text = page.text(i)
        if tail_note(text, sites, sources) and not (article_text and article_text(text)):
            found.append(i)
        elif not (weak_line(text) or _card_meta(text) or tag_line(text) or share_row(text)):
            break
    if found and any(_prose(page.text(j)) for j in page.free(0, min(found))):
        for i in found:
            page.claim(i, TAIL_NOTE)


NAME_LIST = "generic:name-list"
_LIST_SPLIT = re.compile(r"\s+[·•|∙]\s+")
_LIST_LABEL = re.compile(r"^[^\W\d][^:：]{0,30}[:：]\s*")
_NAME_LIST_MIN = 3
_LIST_ITEM_WORDS = 4


def name_list(text: str) -> bool:
    """A row of three or more names between dots or bars, with or without a label
    ("Partner sites: Lahn Bote · Taunus Echo · Wetterauer Blatt"): a masthead's or partner
    network's links. No item holds a digit or ends a sentence, so a source · date · read-time
    line is none."""
    if len(text) > 200:
        return False
    items = _LIST_SPLIT.split(_LIST_LABEL.sub("", text, count=1))
    return len(items) >= _NAME_LIST_MIN and all(
        item[:1].isupper()
        and word_count(item) <= _LIST_ITEM_WORDS
        and not any(c.isdigit() for c in item)
        and not ends_sentence(item)
        for item in items
    )


def claim_name_lists(page: Page) -> None:
    """Rows of names over the text (partner sites, a masthead's sister papers): chrome, and
    no headline however long the row (the header would take it for one)."""
    first = next((i for i in page.free() if _prose(page.text(i))), None)
    if first is None:
        return
    for i in list(page.free(0, first)):
        if name_list(page.text(i)):
            page.claim(i, NAME_LIST)


SITE_LABEL = "generic:site-label"
_SITE_LABEL_WORDS = 3


def claim_site_labels(page: Page, names: set[str]) -> None:
    """Over the text, a short line that opens with the site's own name and goes on
    ("BriefBox Summary", "NewsNook Premium"): the site's widget or offer label, no byline.
    The name alone is left to the header (on a publisher's own site it is the masthead)."""
    first = next((i for i in page.free() if _prose(page.text(i))), None)
    if not names or first is None:
        return
    for i in list(page.free(0, first)):
        words = page.text(i).split()
        if (
            2 <= len(words) <= _SITE_LABEL_WORDS
            and _NAME_CHARS.sub("", words[0].casefold()) in names
            and not ends_sentence(page.text(i))
        ):
            page.claim(i, SITE_LABEL)


TICKER = "generic:ticker"
TICKER_LABELS = words("chrome_shapes", "ticker_labels")


_HEADLINE_CJK_CHARS = 8


def _headline_like(text: str) -> bool:
    """A line of a headline's shape and length: no masthead, byline or date under a title."""
    long_enough = (
        len(text) >= _HEADLINE_CJK_CHARS if is_cjk(text) else word_count(text) >= _TITLE_WORDS
    )
    return (
        long_enough
        and looks_like_title(text)
        and not masthead(text)
        and not BY_PREFIX.match(text)
        and not is_date_stamp(text)
    )


def claim_tickers(page: Page) -> None:
    """A ticker label over a headline-shaped line at the top ("速報" / "広い範囲で大雨…"),
    with another headline-shaped line under them before the text: the site's news ticker.
    With none under them the label is the story's kicker and the line its headline."""
    first = next((i for i in page.free() if _prose(page.text(i))), None)
    if first is None:
        return
    top = list(page.free(0, first))
    for n, i in enumerate(top[:-2]):
        if page.text(i).casefold().rstrip(":：!") not in TICKER_LABELS:
            continue
        item = top[n + 1]
        if _headline_like(page.text(item)) and any(
            _headline_like(page.text(j)) for j in top[n + 2 :]
        ):
            page.claim(i, TICKER)
            page.claim(item, TICKER)
            return


def claim_site_chrome(
    page: Page, url: str | None, article_text: Callable[[str], bool] | None = None
) -> None:
    """What the site prints about itself, claimed before the header is read (its lines
    would be taken for a headline, a byline or a photo credit): the copyright line closing
    the page, sentences naming the site under the text, its own labels and name rows over it."""
    claim_copyright_end(page)
    names = site_names(page, url)  # (read from every line, whatever is claimed)
    claim_site_notes(page, names, article_text)
    claim_name_lists(page)
    claim_site_labels(page, names)
    claim_tickers(page)
    for i in list(islice(page.free(), HEADER_WINDOW)):  # (the rest: claim_shapes)
        if share_row(page.text(i)):
            page.claim(i, SHARE_ROW)  # "分享到：微信 微博" under the date is no headline
