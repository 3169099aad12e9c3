"""``clean_text``: a page's text form → Article.

Order matters and is fixed: store artefacts, chrome rules (with gates), the profile's header
layout, captions inside the body, then the body from whatever is left. Lines are claimed,
never edited, so the body is always the input's own lines.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any, Unpack

from ..article import Article, Author, Image, Metadata, PageLine, Removal
from ..normalize.byline import Byline, parse_byline
from ..normalize.dates import in_shown_offset, parse_date
from ..normalize.language import detect_language
from ..normalize.text import ends_sentence, key, more_words_than, normalize_text, word_count
from ..normalize.urls import url_folders, url_host
from ..profiles import GENERIC_RULES, profile_for
from ..profiles.base import Profile
from ..profiles.generic import INLINE_CHROME
from ..rules import LineRule, RuleSet, vocab
from ..rules.literals import literal_gate, required_literals
from .aiwidget import claim_ai_widget
from .authorbox import claim_author_box
from .chromeshape import (
    claim_above_header,
    claim_glued_crumbs,
    claim_shapes,
    claim_site_chrome,
    field_line,
    leading_list,
    speaks_to_reader,
)
from .consent import claim_consent_notices
from .feedcard import split_feed_card
from .figures import MAX_CAPTION_CHARS, caption_of, same_caption
from .header import BY_PREFIX, MENU_MAX, PAREN_CREDIT, menu_item, run_layout
from .learned import ArticleText, LearnedChrome, Sighting, fingerprint, sighting
from .limits import read_input
from .options import CleanOptions, check_options
from .page import Facts, Page
from .truncation import WALL, claim_walls, mark_cut_paragraph, mark_read_more_link

_STORE_PREFIX = re.compile(r"^\s*date \d{4}-\d{2}-\d{2}(?:\s+|$)")
_NO_TEXT = re.compile(r"^[\W_]*$")


def clean_text(text: str | bytes, **options: Unpack[CleanOptions]) -> Article:
    """Clean the text form of an article page (what ``::text`` extraction or a browser copy
    gives) into an :class:`Article` (options: :class:`~newsclean.core.options.CleanOptions`).

    The profile is the one ``aggregator`` names, else the URL's host's, else the one whose
    signature lines (a site's own promo or nav lines) the text shows. Bytes are decoded by
    :func:`newsclean.core.decode.decode_text`.

    >>> art = clean_text("Open in App\\n• Local\\n• The Daily Ledger\\n\\nBridge reopens after "
    ...                  "repairs\\n\\nThe river bridge reopened on Monday.\\n\\nDownload the app")
    >>> art.aggregator, art.publisher, art.headline
    ('newsbreak', 'The Daily Ledger', 'Bridge reopens after repairs')
    >>> art.articleBody
    'The river bridge reopened on Monday.'
    """
    if not isinstance(text, str | bytes):
        raise TypeError(f"clean_text() needs str or bytes, not {type(text).__name__}")
    check_options("clean_text", options)
    text, flags = read_input(text, html=False, options=options)
    page = Page(lines=normalize_text(text).split("\n"), flags=flags)
    _strip_store_prefix(page)
    page.lines = split_feed_card(page.lines)  # before any line after the card is claimed
    url = options.get("url")
    profile = profile_for(url, options.get("aggregator"), page.lines)
    return clean_page(
        page,
        profile,
        url=url,
        explain=options.get("explain", False),
        now=options.get("now"),
        facts=options.get("facts"),
    )


EMPTY_INPUT = "empty-input"
"""Flag of an input with no text at all (none a reader sees, for a page): its empty record is
not a cleaning loss."""


def clean_page(
    page: Page,
    profile: Profile,
    *,
    url: str | None,
    explain: bool = False,
    now: datetime | None = None,
    hints: Mapping[str, str] | None = None,
    images: Sequence[Image] = (),
    facts: Facts | None = None,
) -> Article:
    """The shared cleaning steps; ``hints`` are header fields already known from HTML markup
    (they take part in header parsing), ``facts`` what else is known of the page."""
    now = now or datetime.now(UTC)
    facts = facts or Facts()
    learned = facts.chrome
    # the page's own articleBody: a line it holds is neither learned chrome nor a closing note
    stated_text = ArticleText(facts.article_text)  # (read on the first question only)
    article_text = stated_text if learned is not None else None
    page.folders = url_folders(url)
    _apply_rules(page, profile, learned, article_text)
    # before the header: no headline, byline or credit among it
    claim_site_chrome(page, url, stated_text.holds)
    claim_consent_notices(page)  # "This content is not available due to your privacy…"
    claim_walls(page)  # "Log in to keep reading" under the text: truncated
    for name, value in (hints or {}).items():
        if value:
            page.fields[name] = value
    if profile.header_layout is None and "headline" not in page.fields:
        claim_glued_crumbs(page)  # "Home/City Hall/Transport": no section, no headline
        claim_above_header(page)  # a summary widget over the headline is no first paragraph
    run_layout(page, profile)
    page.images[:0] = images
    claim_author_box(page)  # first: its bio is no article text a rail's tail must stop at
    _claim_related_tail(page)
    _claim_see_also_items(page)
    _claim_counters(page)
    _claim_link_rows(page)
    _claim_footer_links(page)
    _inline_captions(page, url)
    claim_ai_widget(page)  # an AI summary between the header and the text
    claim_shapes(page, url, stated_text.holds)  # by shape and place
    claim_walls(page)  # again: a wall over the site's notes claimed just now (a trial offer)
    mark_cut_paragraph(page)  # a last paragraph stopping mid-sentence above chrome
    mark_read_more_link(page)  # a bare "Read more" under it
    _drop_header_repeats(page)
    byline_raw = page.fields.get("bylineRaw") or facts.fallback.get("bylineRaw")
    person = byline_raw is not None and byline_raw == facts.person_byline
    byline = parse_byline(byline_raw, person=person) if byline_raw else None  # parsed once
    if "bylineRaw" in page.fields:
        _claim_author_bio(page, byline)
    if learned is not None and learned.sightings is not None and article_text is not None:
        learned.sightings.append(_sighting(page, learned, url, article_text))
    return _assemble(page, profile, url=url, explain=explain, now=now, facts=facts,
                     byline_raw=byline_raw, byline=byline)


def _strip_store_prefix(page: Page) -> None:
    """Archive copies glue `` date YYYY-MM-DD `` to the first line; it is not page text."""
    for i, line in enumerate(page.lines):
        if not line.strip():
            continue
        m = _STORE_PREFIX.match(line)
        if m:
            page.set_line(i, line[m.end() :])
            if not page.lines[i].strip():
                page.claim(i, "store:date-prefix")
        return


_INLINE_LITERALS = tuple(
    dict.fromkeys(s for _, pattern in INLINE_CHROME for s in required_literals(pattern) or ("",))
)
"""Literals one of which a line must hold for any inline pattern to match: one pre-check per
line, as most lines hold none (and two of the patterns have no literal prefix ``re`` could
scan for, so a search that fails costs a try at every position)."""
_INLINE_GATE = (
    None
    if any(not literal.strip() for literal in _INLINE_LITERALS)
    else re.compile(vocab.alternation(literal.strip() for literal in _INLINE_LITERALS))
)
"""Whether a page holds any of those literals at all, in one search: each without its outer
spaces (" chars]": "chars]"), so that the search's first characters are rare ones and ``re``
skips the text's other positions in C (twice as fast as an ``in`` test per literal)."""


def _cut_inline_chrome(page: Page) -> None:
    """Remove chrome fragments glued inside content lines (the only edit ever made to a line)."""
    lines = page.lines
    text = "\n".join(lines)
    # the literals the page holds at all (most pages: none, and no line is looked at)
    if _INLINE_GATE is not None and _INLINE_GATE.search(text) is None:
        return
    present = tuple(literal for literal in _INLINE_LITERALS if literal in text)
    if not present:
        return
    for i, line in enumerate(lines):
        for literal in present:
            if literal in line:
                break
        else:
            continue
        for rule, pattern in INLINE_CHROME:
            m = pattern.search(line)
            if m is None:
                continue
            page.cut.append(Removal(line=m.group(0), rule=rule))
            line = line[: m.start()] + line[m.end() :]
            if rule == "generic:inline-continue":
                page.truncated = True
        page.set_line(i, line)


_RULES_FOR: dict[tuple[str, int], RuleSet] = {}


def _rules_for(profile: Profile) -> RuleSet:
    """The profile's rules, then the generic ones: joined once per profile, not per page."""
    cache_key = (profile.name, id(profile.rules))
    rules = _RULES_FOR.get(cache_key)
    if rules is None:
        rules = _RULES_FOR[cache_key] = profile.rules + GENERIC_RULES
    return rules


def _apply_rules(
    page: Page,
    profile: Profile,
    learned: LearnedChrome | None = None,
    article_text: ArticleText | None = None,
) -> None:
    """The chrome stage: the profile's and the generic rules, then the chrome learned for the
    page's host (a line the page's own ``articleBody`` holds is kept)."""
    _cut_inline_chrome(page)
    rules = _rules_for(profile)
    seen_text = False
    found: list[int] = []
    for i, line in enumerate(page.lines):
        if i in page.claims or not line.strip():
            continue
        rule = rules.match(line) or _glued_chrome(rules, line)
        if rule is not None and _sentence_of_text(page, i, rule, rules):
            rule = None
        if rule is None and learned is not None and _is_learned(line, learned, article_text):
            found.append(i)
            continue
        if rule is None or (
            rule.action == "drop" and (_subheading(page, i, rules) or _listed(page, i, rules))
        ):
            if _NO_TEXT.match(line):
                page.claim(i, "generic:no-text")
            else:
                seen_text = seen_text or _prose(line)
            continue
        page.claim(i, rule.name)
        if rule.action == "drop":
            continue
        # (links to the sources in a row end a summary, as a link on ends an excerpt: what
        # is under them is the site's either way)
        page.truncated = page.truncated or not _source_list(page, i, rule, rules)
        if rule.action == "cut" and seen_text:
            for j in range(i + 1, len(page.lines)):
                page.claim(j, f"{rule.name}:after-gate")
            break
    if learned is not None:
        _claim_learned(page, found, learned)


def _source_list(page: Page, index: int, rule: LineRule, rules: RuleSet) -> bool:
    """Line ``index`` is one of two or more read-on links in a row, each to a source
    ("Läs mer hos Sydsvenska Posten" / "Läs mer hos Skånska Kvällsbladet"): a summary's list of
    the sources it draws on, no link to the rest of a cut text: the record is whole."""
    if rule.name != _SOURCE_LINK:
        return False  # (a paywall's two lines, "Keep reading with a trial" / "Subscribe to …")
    line = page.lines[index].strip()
    for step in (-1, 1):
        j = index + step
        while 0 <= j < len(page.lines) and not page.lines[j].strip():
            j += step
        if not 0 <= j < len(page.lines):
            continue
        other = page.lines[j].strip()
        if (
            other != line
            and other.split()[0].casefold() == line.split()[0].casefold()  # one lead, two names
            and (page.claims.get(j) == rule.name or rules.match(page.lines[j]) is rule)
        ):
            return True
    return False


_SOURCE_LINK = "generic:read-more"


_PROSE_NEIGHBOUR_WORDS = 8
_PROSE_WORDS = 6
_PROSE_CJK_CHARS = 15


def _prose(line: str) -> bool:
    """A paragraph of article text: a read-more gate cuts only after one. Above it (a
    subscriber badge between the byline and the text, "Member-only story" over the headline)
    the gate marks the record truncated and leaves the text under it."""
    if not ends_sentence(line):
        return False
    return more_words_than(line, _PROSE_WORDS - 1) or len(line.strip()) >= _PROSE_CJK_CHARS


_SENTENCE_WORDS = 7
SPEECH_VERBS = vocab.words("speech_verbs")
_QUOTES = "\"“”«»„"


def _sentence_of_text(page: Page, index: int, rule: LineRule, rules: RuleSet) -> bool:
    """A sentence that a chrome pattern matches, reporting speech (a speech verb or a quote)
    between two paragraphs of the text ("Sigue leyendo en voz alta a sus nietos cada noche,
    cuenta su hija.", "…in their inbox every morning, the operator said."): the text's own.
    Exact phrases stay chrome, and so does a sentence that reports nothing (a promo or a
    read-on link between paragraphs)."""
    line = page.text(index)
    if not ends_sentence(line) or word_count(line) < _SENTENCE_WORDS or key(line) in rule.phrases:
        return False
    words = set(re.findall(r"\w+", line.casefold()))
    reported = bool(words & SPEECH_VERBS) or any(q in line for q in _QUOTES)
    if not reported:
        return False
    before, after = _beside(page, index, -1), _beside(page, index, 1)
    if before is None or after is None or before in page.claims:
        return False
    under = page.text(after)
    return _prose(page.text(before)) and _prose(under) and rules.match(under) is None


_HEADING_WORDS = 3
_TOPIC_CHARS = 4


def _subheading(page: Page, index: int, rules: RuleSet) -> bool:
    """A short line a chrome phrase names ("Newsletter", "Sign up") standing between two
    paragraphs of the text, whose word the paragraph under it takes up ("Newsletter", then
    "The parish newsletter will now be emailed…"): the article's subheading. A promo box's
    heading is followed by its pitch, which speaks to the reader or is chrome itself."""
    text = page.text(index)
    if word_count(text) > _HEADING_WORDS or ends_sentence(text):
        return False
    before = _beside(page, index, -1)
    after = _beside(page, index, 1)
    if before is None or after is None or before in page.claims:
        return False
    above, under = page.text(before), page.text(after)
    if not (_prose(above) and _prose(under)) or rules.match(under):
        return False
    if speaks_to_reader(under):  # a pitch, unless the text goes on under it ("du" is French)
        then = _beside(page, after, 1)
        if then is None or not _prose(page.text(then)) or rules.match(page.text(then)):
            return False
    # the word or its stem ("Subscribe", then "Subscribers to the parish magazine…")
    stems = [w[: max(_TOPIC_CHARS, len(w) - 2)] for w in re.findall(r"\w+", text.casefold())]
    words = re.findall(r"\w+", under.casefold())
    return any(len(s) >= _TOPIC_CHARS and w.startswith(s) for s in stems for w in words)


_ITEM_WORDS = 3
_INTRO_WORDS = 4
_LIST_MAX = 12


def _item(text: str) -> bool:
    return word_count(text) <= _ITEM_WORDS and not ends_sentence(text)


def _listed(page: Page, index: int, rules: RuleSet) -> bool:
    """A short line a chrome phrase names inside a list that a sentence of the text introduces
    and the text goes on under ("The app's home screen has four buttons:", "Search", "Save",
    "Share", then a paragraph): the article's list, not the page's buttons."""
    if not _item(page.text(index)):
        return False
    ends = []
    for step in (-1, 1):
        j: int | None = index
        for _ in range(_LIST_MAX):
            j = _beside(page, j, step) if j is not None else None
            if j is None or not _item(page.text(j)):
                break
        ends.append(j)
    intro, under = ends
    if intro is None or under is None or intro in page.claims:
        return False
    lead, after = page.text(intro), page.text(under)
    return (
        lead.endswith((":", "："))
        and word_count(lead) >= _INTRO_WORDS
        and _prose(after)
        and rules.match(after) is None
    )


def _beside(page: Page, index: int, step: int) -> int | None:
    """The non-blank line before (``step`` -1) or after (+1) line ``index``."""
    j = index + step
    while 0 <= j < len(page.lines):
        if page.lines[j].strip():
            return j
        j += step
    return None


def _claim_learned(page: Page, found: list[int], learned: LearnedChrome) -> None:
    """Claim the learned lines, but not a line standing alone (neither neighbour learned)
    that reads as article text: a heading right before a paragraph of prose (an in-body
    subheading a host's articles share, "Key events"), or a sentence on too few of the host's
    pages to go alone (an editor's note). Chrome comes in runs (menus, link lists, promo
    boxes, footers) or, alone, as a sentence on nearly every page (a one-line promo)."""
    chosen = set(found)
    in_runs = learned.known.in_runs
    for i in found:
        before = page.neighbour(i, -1)
        after = page.neighbour(i, 1)
        if before not in chosen and after not in chosen:
            if fingerprint(page.lines[i]) in in_runs:
                continue
            if not ends_sentence(page.text(i)) and _prose_paragraph(page, after, chosen):
                continue
        page.claim(i, learned.rule)


def _prose_paragraph(page: Page, index: int | None, chosen: set[int]) -> bool:
    if index is None or index in chosen or index in page.claims:
        return False
    text = page.text(index)
    return word_count(text) >= _PROSE_NEIGHBOUR_WORDS and ends_sentence(text)


def _is_learned(line: str, learned: LearnedChrome, article_text: ArticleText | None) -> bool:
    if not learned.known.lines or fingerprint(line) not in learned.known.lines:
        return False
    return article_text is None or not article_text.holds(line)


def _sighting(
    page: Page, learned: LearnedChrome, url: str | None, article_text: ArticleText
) -> Sighting:
    """What this page shows for learning: every line may be learned (a footer one rule took
    here is still counted, for the page where no rule takes it) but the header fields and
    captions, page facts that do repeat (a publisher, a section, a photo credit). A line read
    as the headline is counted: a "headline" printed on many pages is not one."""
    lines = [
        (line, _countable(page.claims.get(i)))
        for i, line in enumerate(page.lines)
        if line.strip()
    ]
    removed = sum(rule == learned.rule for rule in page.claims.values())
    return sighting(learned, url, lines, article_text, removed)


def _countable(rule: str | None) -> bool:
    if rule is None or rule == "header:headline":
        return True
    return not rule.startswith(("header:", "caption"))


_GLUE = re.compile(r"(?<=[a-z])(?=[A-Z])")
_GLUED = re.compile(r"[a-z][A-Z]")
"""Where ``_GLUE`` would split: searched first, as a class ``re`` scans for in C (a pattern
opening with a look-behind is tried at every position)."""
_GLUED_MAX = 120


def _glued_chrome(rules: RuleSet, line: str) -> LineRule | None:
    """Link labels printed without a space between them ("Email UsGet our newsletter",
    "Skip to contentSkip to footer"): chrome when every part is; the rule of the last part."""
    text = line.strip()
    if len(text) > _GLUED_MAX or not _GLUED.search(text):
        return None
    parts = _GLUE.split(text)
    found = [rules.match(part) for part in parts]
    last = found[-1]
    return last if last is not None and all(found) and last.action == "drop" else None


_CLOSING_BRACKETS = (")", "）")
"""What ``PAREN_CREDIT`` ends with: a line ending otherwise is no bracketed credit."""


def _site_credit(line: str, host: str) -> Image | None:
    """A sentence credited in brackets to the site itself ("… in Dee Why. (9News)" on
    9news.com.au, "… on Friday. (KQRN 5)" on kqrn5.…): the picture's caption."""
    if not host:
        return None  # (checked first: the pattern's lazy caption is slow to fail on prose)
    text = line.strip()
    if not text.endswith(_CLOSING_BRACKETS):
        return None  # (as is a line the pattern's end does not allow)
    m = PAREN_CREDIT.match(text)
    if m is None or word_count(m.group("credit")) > 4:
        return None
    name = re.sub(r"[\W_]+", "", m.group("credit").casefold())
    if len(name) < 3 or name not in host:
        return None
    return Image(caption=m.group("cap").strip(), credit=m.group("credit").strip())


_GLUED_PHOTO_CREDIT = re.compile(
    r"^(?P<cap>.{20,400}?[.!?])\s*[-–—]{1,2}\s?(?:foto|photo|pic|pix|gambar|bild)\s?:?\s?"
    r"(?P<credit>[A-Z][^.!?]{1,60})$"
)


_glued_credit_possible = literal_gate(_GLUED_PHOTO_CREDIT)


def _glued_credit(line: str) -> Image | None:
    """A caption whose photo credit is glued to it by a dash ("… at a hotel today.
    --fotoAGENCY (2025)", "… on Monday. —Photo: Ann Lee"): the credit is what follows."""
    if not _glued_credit_possible(line):
        return None
    m = _GLUED_PHOTO_CREDIT.match(line.strip())
    if m is None:
        return None
    return Image(caption=m.group("cap").strip(), credit=m.group("credit").strip())


def _no_image(line: str) -> Image | None:
    return None


def _inline_captions(page: Page, url: str | None = None) -> None:
    """Caption lines between paragraphs (Guardian pairs, credited photos) and bare image URLs
    (NewsBreak) go to ``images``; a caption right after an image URL describes that image."""
    host = re.sub(r"[\W_]+", "", url_host(url))
    # a glued photo credit needs a word ("photo", "foto") the page may not hold at all
    glued = _glued_credit if _glued_credit_possible("\n".join(page.lines)) else _no_image
    pending: Image | None = None
    previous_free: int | None = None
    claims = page.claims
    for i, line in enumerate(page.lines):
        rule = claims.get(i)
        if rule is not None:  # a claimed line is not free; an image URL's opens a picture
            if rule.endswith("image-url"):
                pending = Image(url=line.strip())
                page.images.append(pending)
            continue
        if not line.strip():
            continue
        image = caption_of(line) or _site_credit(line, host) or glued(line)
        if image is not None:
            if previous_free is not None and previous_free + 1 == i and same_caption(
                page.lines[previous_free], line
            ):
                page.claim(previous_free, "caption:first-line")
            if pending is not None:
                pending.caption, pending.credit = image.caption, image.credit
            else:
                page.images.append(image)
            page.claim(i, "caption")
        pending = None
        previous_free = i


def _claim_related_tail(page: Page) -> None:
    """Headline-only lines after a "Related stories"/"Read more"/"Tags:" heading are that
    rail's items: from the first heading whose tail is all such lines (a "Read also:" line
    inside the text is followed by more text, a rail or a tag list at the end is not)."""
    heads = sorted(i for i, rule in page.claims.items() if rule == "generic:related")
    if not heads:
        return
    free = list(page.free(heads[0] + 1))
    # the last line of text that is no rail item: a heading after it may start the rail
    last_text = max(
        (i for i in free if ends_sentence(page.text(i)) or word_count(page.text(i)) > 20),
        default=-1,
    )
    head = next((h for h in heads if h > last_text), None)
    tail = [i for i in free if head is not None and i > head]
    for i in tail:
        page.claim(i, "generic:related-item")


_LABEL_WORDS = 4


_SEE_ALSO_ITEMS = 3


def _claim_see_also_items(page: Page) -> None:
    """A "Read also:" label alone on its line ("Leia mais:", "BACA JUGA:", "Czytaj także:")
    inside the text: the headline-shaped lines under it (one to three) are the links it
    announces, when a paragraph of the text follows them."""
    for head in sorted(i for i, rule in page.claims.items() if rule == "generic:related"):
        label = page.text(head)
        if word_count(label) > _LABEL_WORDS:
            continue  # the link is on the label's own line ("Lesen Sie auch: …")
        items: list[int] = []
        after = page.neighbour(head, 1)
        while (
            after is not None
            and page.is_free(after)
            and len(items) < _SEE_ALSO_ITEMS
            and not ends_sentence(page.text(after))
            and 3 <= word_count(page.text(after)) <= 20
        ):
            items.append(after)
            after = page.neighbour(after, 1)
        if items and after is not None and page.is_free(after) and ends_sentence(
            page.text(after)
        ):
            for item in items:
                page.claim(item, "generic:related-item")


_COUNTER = re.compile(r"^(?:[\d.,]{1,7}[kKmM]?|A[+-]?)$")
_COUNTER_CHARS = 8


def _claim_counters(page: Page) -> None:
    """Bare numbers beside buttons ("88", "14" between a date and "Share"): like and comment
    counts; and the "A A A" of a text-size widget. A run of them is chrome when a claimed line
    (a button, a header line) touches it; a number in the text stands among sentences."""
    lines = page.filled()
    # whether each line reads as a count (at most 8 characters, the pattern's longest match)
    counts = [len(s) <= _COUNTER_CHARS and bool(_COUNTER.match(s)) for s in page.body_text(lines)]
    if not any(counts):
        return
    claims = page.claims
    n = 0
    while n < len(lines):
        end = n
        while end < len(lines) and counts[end] and lines[end] not in claims:
            end += 1
        if end > n:
            before = lines[n - 1] if n > 0 else None
            after = lines[end] if end < len(lines) else None
            # a table's column printed cell by cell ("Amara Osei", "1,204", "Paul Hendry",
            # "987"): each figure under a free label, the one above that a figure too
            column = n >= 2 and counts[n - 2] and lines[n - 1] not in claims
            if not column and any(j is not None and j in page.claims for j in (before, after)):
                for j in lines[n:end]:
                    page.claim(j, "generic:counter")
            n = end
        n += 1


_LINK_ROW = re.compile(r"\s+[|∙·•]\s+")
_LINK_ROW_SEPARATORS = "|∙·•"
_LINK_ROW_MIN = 3
_LINK_ROW_CHARS = 200


def _claim_link_rows(page: Page) -> None:
    """A line of three or more link labels between separators ("Privacy ∙ Terms ∙ Collection
    notice", "회사소개 | 기사제보 | 개인정보처리방침"): the site's footer or menu row. Header
    lines of that shape (source · date · read time) were taken by the header stage before."""
    whole = "\n".join(page.lines)
    if not any(sep in whole for sep in _LINK_ROW_SEPARATORS):
        return  # (most pages: no separator on any line)
    for i in list(page.free()):
        if len(page.lines[i]) > _LINK_ROW_CHARS:
            continue  # a row of links is short; and a long run of spaces makes the split slow
        text = page.text(i)
        if text.startswith("|"):
            continue  # a table row as the HTML stage writes it ("| Zona | Locales |"): article
        if field_line(text):
            continue  # a fact line of the text ("Geöffnet: Mo · Mi · Fr"): no link row
        if not any(sep in text for sep in _LINK_ROW_SEPARATORS):
            continue  # (most lines: no separator, no split)
        parts = _LINK_ROW.split(text)
        if len(parts) >= _LINK_ROW_MIN and all(
            p and not ends_sentence(p) and (menu_item(p) or (word_count(p) <= 4 and len(p) <= 40))
            for p in parts
        ):
            page.claim(i, "generic:link-row")


FOOTER_RUN = 5
"""Menu-shaped lines in a row that end a page: the site's footer links."""


def _claim_footer_links(page: Page) -> None:
    """The page's last lines when they are a run of link labels ("About us", "Careers",
    "Advertise", …) among or right under known chrome (a copyright line, "Impressum"): a
    sentence or a longer line ends the run. Without chrome beside it a run of short lines
    may be the article's own list (a team line-up), and stays."""
    run: list[int] = []
    chrome = False
    for i in reversed(range(len(page.lines))):
        if not page.lines[i].strip():
            continue
        if i in page.claims:
            chrome = chrome or page.claims[i].startswith("generic:")
            continue
        if not menu_item(page.text(i)) or len(run) > MENU_MAX:
            break
        run.append(i)
    if run:  # the article's own list right under its text is no footer (a recipe's items)
        listed = set(leading_list(page, list(page.free(run[-1]))))
        run = [i for i in run if i not in listed]
    above = max((j for j in page.claims if run and j < run[-1]), default=None)
    if above is not None and all(not page.lines[j].strip() for j in range(above + 1, run[-1])):
        chrome = chrome or page.claims[above].startswith("generic:")
    if FOOTER_RUN <= len(run) <= MENU_MAX and chrome:
        for i in run:
            page.claim(i, "generic:footer-links")


def _drop_header_repeats(page: Page) -> None:
    """Lines that print the headline or a figure's caption again: extractors keep them in the
    text they hand over, often with the spaces between inline elements lost.

    A line equal to the description is *not* one of them: a standfirst or lead paragraph is
    article text (the benchmarks' human labels count it as body) even when the page reuses it
    as its summary, so it stays in the body and ``description`` may hold it as well."""
    title = page.fields.get("headline")
    if title:
        target = _spaceless(title)
        longest = 2 * len(title) + 20  # a repeat may carry extra spaces, not whole sentences
        for i in page.free():
            if len(page.lines[i]) <= longest and _spaceless(page.lines[i]) == target:
                page.claim(i, "header:headline-repeat")
    captions = {_spaceless(img.caption) for img in page.images if img.caption}
    if captions:
        for i in page.free():
            if len(page.lines[i]) <= MAX_CAPTION_CHARS and _spaceless(page.lines[i]) in captions:
                page.claim(i, "caption:repeat")


_BIO_ROLE = re.compile(
    r"\s(?:is|was|has been)\b.{0,80}\b(?:reporter|correspondent|editor|writer|journalist|"
    r"columnist|contributor|producer|critic|photographer)\b|\s(?:covers|writes about)\s",
    re.IGNORECASE,
)


_BYLINE_REPEAT_WORDS = 8


def _claim_author_bio(page: Page, byline: Byline | None) -> None:
    """The last paragraph when it introduces the byline's author ("Ana Ruiz is the Ledger's
    health reporter. She covers…"): the author box printed after the article; so is the
    byline printed again under the text ("Written by Ana Ruiz" on blog platforms)."""
    free = list(page.free())
    if byline is None or len(free) < 2:
        return
    for i in free[1:]:
        text = page.text(i)
        if (
            word_count(text) <= _BYLINE_REPEAT_WORDS
            and BY_PREFIX.match(text)
            and byline.authors
            and parse_byline(text).authors == byline.authors
        ):
            page.claim(i, "generic:author-box")
    last = free[-1]
    text = page.text(last)
    if word_count(text) > 80:
        return
    for name in byline.authors:
        if text.startswith(name) and _BIO_ROLE.match(text, len(name)):
            page.claim(last, "generic:author-bio")
            return


def _spaceless(text: str) -> str:
    return "".join(key(text).split())


def _assemble(
    page: Page,
    profile: Profile,
    *,
    url: str | None,
    explain: bool,
    now: datetime,
    facts: Facts,
    byline_raw: str | None,
    byline: Byline | None,
) -> Article:
    """The one place an Article is built: from the page's lines and fields, then ``facts``."""
    body_lines = page.body_lines()
    if not body_lines and page.claims:
        rescued = [
            page.text(i)
            for i, rule in sorted(page.claims.items())
            if not rule.startswith("header:") and page.lines[i].strip()
        ]
        if rescued and not page.fields:
            # Every line matched a chrome rule: keep the text rather than emit an empty body.
            body_lines = rescued
            page.flags.append("all-text-matched-chrome")
    if not body_lines:
        # An empty record always says why: what claimed the lines, or that there were none.
        page.flags.append(_empty_body_reason(page) or EMPTY_INPUT)
    fields = page.fields
    authors: list[Author] = []
    organizations: list[str] = []
    if byline_raw and byline is not None:
        parsed = byline
        publisher = (fields.get("publisher") or "").casefold()
        # A byline naming the page's own publisher credits it, not a person ("…, Ledger").
        names = [n for n in parsed.authors if not publisher or n.casefold() != publisher]
        authors = [Author(name=n, nameRaw=_raw_span(byline_raw, n)) for n in names]
        organizations = list(parsed.organizations) + [
            n for n in parsed.authors if n not in names
        ]
    body = "\n\n".join(body_lines)
    published_raw = fields.get("datePublishedRaw")
    modified_raw = fields.get("dateModifiedRaw")
    removed = ordered = None
    if explain:
        removed = page.dropped + [
            Removal(line=page.lines[i], rule=rule)
            for i, rule in sorted(page.claims.items())
            if page.lines[i].strip()
        ] + page.cut
        ordered = _ordered_lines(page, profile)
    language = _language(facts.language, body, fields)
    # The page's locale decides whether "04/03/2025" is April 3 (en-US) or 4 March.
    declared = (facts.language or "").replace("_", "-").casefold()
    locale = declared if language and declared.partition("-")[0] == language else language
    values: dict[str, Any] = {
        "headline": fields.get("headline"),
        "description": fields.get("description"),
        "authors": authors,
        "datePublished": (
            parse_date(published_raw, now=now, locale=locale) if published_raw else None
        ),
        "datePublishedRaw": published_raw,
        "dateModified": (
            parse_date(modified_raw, now=now, locale=locale) if modified_raw else None
        ),
        "dateModifiedRaw": modified_raw,
        "images": page.images,
        "publisher": fields.get("publisher"),
        "articleSection": fields.get("articleSection"),
        "bylineRaw": byline_raw,
        "organizations": organizations,
    }
    # A date's raw text goes with its value: a shown date that did not parse gives way.
    missing = [name for name in facts.fallback if not values.get(_VALUE_OF.get(name, name))]
    values.update({name: facts.fallback[name] for name in missing})
    values.update(_exact_dates(facts.fallback, values))
    values.update(facts.stated)
    return Article(
        url=url,
        articleBody=body,
        inLanguage=language,
        aggregator=profile.aggregator,
        truncated=page.truncated or facts.truncated,
        metadata=Metadata(
            # UTC with a "Z", as zyte-common-items' Article schema documents it.
            dateDownloaded=now.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            removed=removed,
            lines=ordered,
            flags=page.flags,
        ),
        **values,
    )


def _ordered_lines(page: Page, profile: Profile) -> list[PageLine]:
    """Every non-blank line in page order, kept or with the rule that took it (``--explain``);
    the first line a paywall rule took is marked as the gate."""
    gates = {rule.name for rule in _rules_for(profile).rules if rule.action != "drop"}
    gates.add(WALL)  # a sign-in or app wall the line stage found by composition
    out: list[PageLine] = []
    gated = False
    for i, line in enumerate(page.lines):
        if not line.strip():
            continue
        rule = page.claims.get(i)
        gate = not gated and page.truncated and rule in gates
        gated = gated or gate
        out.append(PageLine(text=line, rule=rule, gate=gate))
    return out


_VALUE_OF = {"datePublishedRaw": "datePublished", "dateModifiedRaw": "dateModified"}


def _exact_dates(fallback: dict[str, Any], values: dict[str, Any]) -> dict[str, Any]:
    """Each shown date as exactly as the page gives it: the markup's date (and raw) where it
    is the shown one with more, the same day or minute with the time and offset the stamp
    leaves out ("March 11, 2026" under a meta "2026-03-11T08:00:00+01:00"); a UTC markup
    time in the offset the shown wall clock implies ("06:40 Uhr" under "05:40Z": "+01:00")."""
    out: dict[str, Any] = {}
    for raw, name in _VALUE_OF.items():
        machine, shown = fallback.get(name), values.get(name)
        if not (machine and shown):
            continue
        same = 16 if "T" in shown else 10  # the shown minute, or the shown day
        if len(machine) > len(shown) and machine[:same] == shown[:same]:
            out.update({name: machine, raw: fallback.get(raw)})
        elif placed := in_shown_offset(machine, shown):
            out[name] = placed
    return out


_REASON_RULES = 4  # rules named in an empty-body flag, most lines first


def _empty_body_reason(page: Page) -> str | None:
    """Why a page with text has no body, as a flag: the rules that claimed its every line
    ("header:caption ×3, …": a caption-only page, a paywall stub), or an HTML page whose main
    content held no text (only its metadata or figures did). None for an input without text."""
    counts = Counter(rule for i, rule in page.claims.items() if page.lines[i].strip())
    if counts:
        ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
        named = [f"{rule} ×{n}" for rule, n in ranked[:_REASON_RULES]]
        more = ", …" if len(ranked) > _REASON_RULES else ""
        return f"empty-body: every line claimed ({', '.join(named)}{more})"
    if page.fields or page.images:
        return "empty-body: the main content holds no text"
    return None


def _raw_span(raw: str, name: str) -> str:
    """The part of the byline a name was read from (its original case), else the name."""
    at = raw.casefold().find(name.casefold())
    return raw[at : at + len(name)] if at >= 0 else name


def _language(declared: str | None, body: str, fields: dict[str, str]) -> str | None:
    """The page's declared language (``<html lang>``, ``og:locale``), else detected."""
    code = (declared or "").replace("_", "-").split("-")[0].strip().lower()
    if len(code) == 2 and code.isalpha():
        return code
    return detect_language(body or " ".join(fields.values()))
