"""Header parsers for the text form of a page: the shared ones and the helpers of every layout.

Each parser claims the header lines (publisher, section, byline, title, captions, dates) it
recognises and fills the page's fields; lines it is unsure of stay in the body. A standfirst
fills ``description`` but is never claimed: it is article text.
"""

from __future__ import annotations

import re

from ..article import Image
from ..normalize._byline_rules import AUTHOR_MARKERS, CONJUNCTIONS, PARTICLES, ROTA_WORDS
from ..normalize.byline import parse_byline
from ..normalize.dates import is_date_line, without_read_time
from ..normalize.text import ends_sentence, is_bullet, key, squash, word_count
from ..profiles.base import Profile
from ..profiles.generic import SECTIONS
from ..rules.vocab import alternation
from .figures import MAX_CAPTION_CHARS, caption_of, credit_only, same_caption
from .page import Page

HEADER_WINDOW = 14
"""How many non-blank lines from the top may still hold header lines."""

BY_PREFIX = re.compile(
    rf"^(?:{alternation(AUTHOR_MARKERS)}):?\s+\S", re.IGNORECASE
)
"""A line that opens with a word introducing its author ("By", "Von", "Text:"), in the
languages of ``rules/author_markers.txt``."""
_DASH_BYLINE = re.compile(r"^-\s+\S")
_PUB_DATE = re.compile(r"^(?P<pub>[^|]{2,60}?)\s*\|\s*(?P<date>[^|]{6,40})$")
_GLUED_TIME = re.compile(r"\d{1,2}\s?(?:min|h|hr)s?\s+ago$|today at \d", re.IGNORECASE)


def is_date_stamp(line: str) -> bool:
    """A line that only states when the story was published or updated."""
    text = squash(line)
    return bool(text) and len(text) <= 80 and is_date_line(text)


def _doubled(text: str) -> str | None:
    """``XX`` → ``X`` for a short name printed twice without a space (logo alt + name)."""
    half = len(text) // 2
    if len(text) % 2 == 0 and 4 <= half <= 40 and text[:half] == text[half:]:
        return text[:half]
    return None


def record_date(page: Page, index: int) -> None:
    raw = without_read_time(squash(page.lines[index]))
    name = (
        "dateModifiedRaw"
        if raw.lower().startswith(("updated", "last updated"))
        else ("datePublishedRaw")
    )
    page.set_field(name, raw, index)


def looks_like_title(line: str) -> bool:
    text = squash(line)
    words = word_count(text)
    if not 2 <= words <= 32 or len(text) > 220 or is_bullet(text):
        return False
    if text.endswith((".", ",", ";", ":")) and not text.endswith("..."):
        return False
    return text[0].isupper() or text[0].isdigit() or text[0] in "‘“'\"«¿¡"


def looks_like_section(line: str, profile: Profile) -> bool:
    k = key(line)
    if k in profile.sections or k in SECTIONS:
        return True
    text = squash(line)
    return (
        word_count(text) <= 3
        and len(text) <= 30
        and not ends_sentence(text)
        and (text[:1].isupper())
    )


# Chinese/Japanese sentence punctuation, or a run of Han characters longer than a name (two to
# five): a body line or a section label, never a byline (the byline parser reads any
# unspaced-script text as a name).
_CJK_PROSE = re.compile(r"[。！？，、「」]|[\u3400-\u9fff]{6,}")


def byline_of(line: str) -> str | None:
    """The line as a byline when it clearly is one: a "By" prefix, or only names/agencies."""
    text = squash(line)
    if not text or len(text) > 200 or ends_sentence(text.rstrip(",")) or _CJK_PROSE.search(text):
        return None
    if BY_PREFIX.match(text) or _DASH_BYLINE.match(text):
        parsed = parse_byline(text)
        return text if (parsed.authors or parsed.organizations) else None
    if word_count(text) > 24 or _lower_words(text) > 1:
        return None  # names are capitalised: prose is not worth parsing as a byline
    parsed = parse_byline(text)
    if not parsed.authors and not parsed.organizations:
        return None
    if parsed.organizations and not parsed.authors:
        return text if word_count(text) <= 4 else None
    return text if _only_names(text, parsed.authors) else None


# List glue between names: conjunctions, live-blog rota words, "by", punctuation.
_CONNECTORS = frozenset(
    {w for w in (*CONJUNCTIONS, *ROTA_WORDS) if " " not in w}
    | {"by", "by:", "&", ",", ";", "(", ")"}
)


def _lower_words(text: str) -> int:
    """Words starting in lower case that are neither list glue nor name particles."""
    return sum(
        1 for w in text.split() if w[:1].islower() and w not in _CONNECTORS and w not in PARTICLES
    )


def _only_names(text: str, names: tuple[str, ...]) -> bool:
    """True when nothing but the names (and list punctuation) is left of ``text``."""
    rest = text.casefold()
    for name in sorted(names, key=len, reverse=True):
        rest = rest.replace(name.casefold(), " ")
    for mark in ("(now and earlier)", "(now)", "(earlier)"):
        rest = rest.replace(mark, " ")
    tokens = [t for t in re.split(r"[\s,;()&]+", rest) if t]
    return all(t in _CONNECTORS for t in tokens)


def claim_captions(page: Page, group: list[int]) -> list[int]:
    """Claim the caption lines at the start of ``group``; return the lines left over."""
    for pos, i in enumerate(group[:3]):
        image = caption_of(page.lines[i])
        if image is None:
            continue
        if pos > 1 and not all(same_caption(page.lines[j], page.lines[i]) for j in group[:pos]):
            return group  # too much before the credit to be a caption's alt text
        page.images.append(image)
        for j in group[:pos]:
            page.claim(j, "header:image-alt")
        page.claim(i, "header:caption")
        return group[pos + 1 :]
    if group:
        image = credit_only(page.lines[group[0]])
        if image is not None:
            page.images.append(image)
            page.claim(group[0], "header:credit")
            return group[1:]
    return group


# --------------------------------------------------------------------------- generic


def parse_generic(page: Page, profile: Profile) -> None:
    """Publisher pages and unknown sites: a kicker/section, title, byline, date, captions."""
    candidates = list(page.free())[:HEADER_WINDOW]
    title_at = next((i for i, rule in page.claims.items() if rule == "header:headline"), None)
    seen_body = False
    after_title: list[int] = []  # body-looking lines since the title: a dek if a byline follows
    for n, i in enumerate(candidates):
        if page.claims.get(i):
            continue
        text = page.text(i)
        nxt = candidates[n + 1] if n + 1 < len(candidates) else None
        as_byline: tuple[str | None, ...] = ()  # byline_of(text), read once for this line
        if (
            title_at is not None
            and nxt == i + 1
            and word_count(text) <= 12
            and not ends_sentence(text)
            and caption_of(page.text(nxt)) is not None
        ):
            page.claim(i, "header:image-alt")  # alt text printed right above its caption
            continue
        image = caption_of(text)
        if image is not None:
            if not any(
                same_caption(img.caption or "", image.caption or "") and img.credit == image.credit
                for img in page.images
            ):
                page.images.append(image)
            page.claim(i, "header:caption")
            continue
        if is_date_stamp(text):
            record_date(page, i)
            _take_dek(page, after_title)
            continue
        doubled = _doubled(text)
        if doubled and "publisher" not in page.fields:
            page.set_field("publisher", doubled, i)  # "The GuardianThe Guardian": logo + name
            continue
        pub_date = _PUB_DATE.match(text)
        if pub_date and is_date_line(pub_date.group("date")) and "publisher" not in page.fields:
            page.set_field("publisher", pub_date.group("pub").strip(), i)
            page.fields.setdefault("datePublishedRaw", pub_date.group("date").strip())
            continue
        if title_at is None and not seen_body and "headline" in page.fields:
            if key(text) == key(page.fields["headline"]):
                page.claim(i, "header:headline")
                title_at = i
                continue
            if (
                nxt is not None
                and key(page.fields.get("articleSection", text)) == key(text)
                and looks_like_section(text, profile)
                and key(page.text(nxt)) == key(page.fields["headline"])
            ):
                page.set_field("articleSection", text, i)  # a kicker over the known headline
                continue
        elif title_at is None and not seen_body:
            if (
                nxt is not None
                and looks_like_section(text, profile)
                and "articleSection" not in page.fields
                and looks_like_title(page.text(nxt))
                and word_count(page.text(nxt)) > word_count(text)
            ):
                page.set_field("articleSection", text, i)
                continue
            if looks_like_title(text):
                as_byline = (byline_of(text),)
            if as_byline == (None,):
                page.set_field("headline", text, i)
                title_at = i
                continue
            seen_body = True
        if "headline" in page.fields and key(text) == key(page.fields["headline"]):
            page.claim(i, "header:headline")
            _take_caption_above_title(page, after_title)
            continue
        byline = page.fields.get("bylineRaw")
        if byline is None:
            found = as_byline[0] if as_byline else byline_of(text)
            if found is not None:
                page.set_field("bylineRaw", found, i)
                _take_dek(page, after_title)
                continue
        elif _GLUED_TIME.search(text) or key(text).startswith(key(byline)):
            page.claim(i, "header:byline")
            continue
        if title_at is None:
            seen_body = True
        elif not page.claims.get(i):
            after_title.append(i if after_title or _follows(page, title_at, i) else -1)


def _follows(page: Page, above: int, index: int) -> bool:
    """True when only blank or chrome lines stand between ``above`` and ``index``."""
    return all(
        not page.lines[j].strip() or not page.claims.get(j, "header:").startswith("header:")
        for j in range(above + 1, index)
    )


def _take_caption_above_title(page: Page, after_title: list[int]) -> None:
    """One uncredited sentence between the headline and the headline printed again: the page
    title, the lead picture, then the displayed title, so it is that picture's caption (a
    standfirst comes under the displayed title, not above it)."""
    if len(after_title) == 1 and after_title[0] >= 0:
        i = after_title[0]
        text = page.text(i)
        if page.is_free(i) and ends_sentence(text) and len(text) <= MAX_CAPTION_CHARS:
            page.images.append(Image(caption=text))
            page.claim(i, "header:caption")
    after_title.clear()


def _take_dek(page: Page, after_title: list[int]) -> None:
    """One prose line right under the headline, then the byline/date: the standfirst. It is
    the ``description`` and stays in the body too: readers, the benchmarks' human labels and
    the labelled aggregator pages all count a standfirst shown with the article as its text."""
    if len(after_title) == 1 and after_title[0] >= 0 and "description" not in page.fields:
        i = after_title[0]
        if ends_sentence(page.text(i)) and word_count(page.text(i)) <= 60:
            page.set_field("description", page.text(i))
    after_title.clear()


def run_layout(page: Page, profile: Profile) -> None:
    """Run the profile's header layout on ``page`` (the generic one when it names none)."""
    (profile.header_layout or parse_generic)(page, profile)
