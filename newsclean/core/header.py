"""Header parsers for the text form of a page: the shared ones and the helpers of every layout.

Each parser claims the header lines (publisher, section, byline, title, captions, dates) it
recognises and fills the page's fields; lines it is unsure of stay in the body. A standfirst
fills ``description`` but is never claimed: it is article text.
"""

from __future__ import annotations

import re
from datetime import date
from itertools import islice

from ..article import Image
from ..normalize._byline_rules import (
    AUTHOR_MARKERS,
    COLON_MARKERS,
    CONJUNCTIONS,
    GIVEN_NAMES,
    KNOWN_ORGS,
    NON_AUTHOR_MARKERS,
    ORG_LINKS,
    ORG_WORDS,
    PARTICLES,
    ROLE_HEADS,
    ROTA_WORDS,
    UI_PHRASES,
)
from ..normalize._caption_rules import ORGANISATIONS
from ..normalize._date_rules import LABELS as DATE_LABELS
from ..normalize.byline import is_button_label, is_widget_label, parse_byline
from ..normalize.caption import split_caption
from ..normalize.dates import (
    find_dates_in_text,
    is_date_line,
    names_update_label,
    parse_date,
    without_read_time,
)
from ..normalize.scripts import MARKS, WORD_RUN
from ..normalize.text import (
    ends_sentence,
    is_bullet,
    key,
    line_cache,
    more_words_than,
    squash,
    word_count,
)
from ..normalize.urls import slug
from ..profiles.base import Profile
from ..profiles.generic import SECTIONS
from ..rules import vocab
from ..rules.vocab import alternation
from .bodycredit import lead_credit
from .figures import MAX_CAPTION_CHARS, caption_of, credit_only, same_caption
from .headercredit import header_credit
from .headershape import (
    age_shape,
    label_line,
    labelled_value,
    name_and_role,
    other_credit,
    stamp_shape,
)
from .page import Page

HEADER_WINDOW = 14
"""How many non-blank lines from the top may still hold header lines."""

BY_PREFIX = re.compile(
    rf"^(?:(?:{alternation(m for m in AUTHOR_MARKERS if m not in COLON_MARKERS)}):?"
    rf"|(?:{alternation(COLON_MARKERS)}):)\s+\S",
    re.IGNORECASE,
)
"""A line that opens with a word introducing its author ("By", "Von", "Text:"), in the
languages of ``rules/author_markers.txt``."""
_DASH_BYLINE = re.compile(r"^-\s+\S")
_POSTED = r"^(?:posted|published|publiée?|publicad[oa])(?: on| le| el| em)? "
_POSTED_BY = re.compile(rf"{_POSTED}[^ ].{{3,40}}? (?:by|par|por) \S", re.IGNORECASE)
"""A blog theme's byline with its date first ("Posted on March 4, 2025 by Ana Ruiz",
"Publié le 4 mars 2025 par …")."""
_BYLINE_DATE = re.compile(
    rf"{_POSTED}(?P<first>[^ ].{{3,40}}?) (?:by|par|por) \S"
    r"|\s(?:on|le|el|em|am|[|·•–—-])\s+(?P<last>[^|·•]{4,40})$",
    re.IGNORECASE,
)
_PUB_DATE = re.compile(r"^(?P<pub>[^|]{2,60}?)\s*\|\s*(?P<date>[^|]{6,40})$")
_PUB_DOT_DATE = re.compile(r"^(?P<pub>[^|·•]{2,60}?)\s+[·•\-–—]\s+(?P<date>[^|·•]{2,40})$")
"""A feed card's source line: the source, a dot, when ("Dales Weekly • 5 hrs ago",
"Głos Podhala · 4 czerwca 2026")."""
_SPACED_MARK = re.compile(r"\s[·•\-–—]\s")
"""What every ``_PUB_DOT_DATE`` match holds: its dot or dash between white space."""
_GLUED_PUB_DATE = re.compile(
    r"^(?P<pub>\D{2,40}?[^\W\d])(?P<date>\d{1,2}[-./]\d{1,2}[-./]\d{2,4})$"
)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]")
# A sentence stop inside the line ("…supported. To improve…", "…2015. REUTERS/…"): two
# sentences or a caption with its credit, never a headline.
_INNER_STOP = re.compile(r"(?:[a-z]{2}|\d{4})[.!?]\s+(?:[A-Z]|--|—)")


def _inner_stop(text: str) -> bool:
    """``_INNER_STOP.search(text)``, after a test for the stop it needs (a headline has none:
    the pattern, with no literal to scan for, is tried at every position)."""
    return ("." in text or "!" in text or "?" in text) and _INNER_STOP.search(text) is not None
def _linkish(text: str) -> bool:
    """An e-mail address or a link: a contact line, never a name."""
    return "@" in text or "://" in text or text[:4].lower() == "www."
_CRUMB = re.compile(r"\S\s*[›»>]\s*\S|\S \| \S|\S / \S")
"""Breadcrumb separators ("Home›World›Asia", "Home > News", "Inicio / Internacional")."""
_FOLLOW_PUB = re.compile(
    r"^[·•|]?\s*(?P<pub>[^·•|]{2,40}?)\s*[·•|]\s*(?:join|follow|folgen|suivre|seguir|フォロー)$",
    re.IGNORECASE,
)
"""A source name printed with its follow button ("· CNA · Join")."""
_FOLLOW_BUTTON = re.compile(
    r"^[+＋]?\s*(?:join|follow|folgen|suivre|seguir|seguire|volgen|följ|følg|obserwuj"
    r"|takip et|フォロー|팔로우|关注|關注)$",
    re.IGNORECASE,
)
"""A follow button alone on its line ("+ Suivre", "Follow"): under the name of the source it
follows, in an app reader's header."""
_CJK_BYLINE = re.compile(
    r"^[(（]?(?:(?:文|写真|撮影|取材|構成|編集|聞き手)[・/／]?){1,3}[\s:：=＝]*\S{2,12}[)）]?$"
    r"|^[(（]?\S{2,12}(?:記者|特派員|通信員|編集委員|論説委員|撮影)[)）]?$"
    r"|^\S{1,8}(?:部|局)[\s・]+\S{2,12}$"
)
"""What a Japanese byline looks like: a role mark (文, 写真, 撮影 …) and a name, a name and a
title (記者 …), or a desk and a name (政治部 名前); short, without sentence punctuation."""
_CJK_ROLES = alternation(vocab.ordered("cjk_suffixes", "role"))
_CJK_MARKERS = alternation(tuple(m for m in AUTHOR_MARKERS if _CJK.search(m)))
_CJK_ROLE_BYLINE = re.compile(
    rf"^[(（]?[^\s()（）]{{2,12}}\s?(?:{_CJK_ROLES})[)）]?$"
    rf"|^(?:{_CJK_MARKERS})\s*[:：]?\s*(?:(?:{_CJK_ROLES})\s*)?[^\s:：]{{2,12}}"
    rf"(?:\s?(?:{_CJK_ROLES}))?$"
    r"|^[(（][\u3005\u3400-\u9fff\u3040-\u30ff\uac00-\ud7af]{2,8}[)）]$"
)
"""Chinese and Korean bylines: a name and its title, spaced or not ("이서연 기자",
"王晓燕记者"), a marker and a name ("记者 王晓燕", "作者：记者 陈浩"), or a name in brackets
(the reporter under a Japanese article, "（佐藤花子）"; the byline parser turns away words such
as "（続く）"); the titles and markers
are the data of ``rules/cjk_suffixes.txt`` [role] and ``rules/author_markers.txt``."""
MASTHEAD_WORDS = ORG_WORDS | vocab.words("masthead_words", "words")
MASTHEAD_SUFFIXES = tuple(vocab.ordered("masthead_words", "suffixes"))
MASTHEAD_EDITIONS = tuple(vocab.ordered("masthead_words", "editions"))
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_GLUED_TIME = re.compile(r"\d{1,2}\s?(?:min|h|hr)s?\s+ago$|today at \d", re.IGNORECASE)


def _glued_time(text: str) -> bool:
    """``_GLUED_TIME.search(text)``, after a test for the words each branch needs."""
    low = text.lower()  # (only "a", "g", "o" … lower to these letters: a match holds them)
    return ("ago" in low or "today at" in low) and _GLUED_TIME.search(text) is not None


@line_cache
def is_date_stamp(line: str) -> bool:
    """A line that only states when the story was published or updated (kept for the lines
    last asked about: the header, menu, tail and above-header checks ask about the same
    top lines, about twice each)."""
    text = squash(line)
    if not text or len(text) > 80:
        return False
    if is_date_line(text):
        return True
    parts = _SEGMENTS.split(text) if any(c in text for c in "·|•") else ()
    return len(parts) > 1 and any(is_date_line(p) for p in parts) and all(
        is_date_line(p) or _READ_TIME_PART.match(p) for p in parts
    )


_SEGMENTS = re.compile(r"\s+[|·•]\s+")
"""What sets the parts of a header line apart: a spaced bar or dot ("Wessex Echo · 2 hours
ago", "Source: Harbour Times | May 4, 2026")."""
_READ_TIME_PART = re.compile(
    r"^(?:[^\W\d_]+:?\s){0,3}\d{1,3}\s?min[^\W\d_]*\.?(?:\s[^\W\d_]+){0,3}$", re.IGNORECASE
)
"""A reading time beside a date in any language written with "min" ("Lesezeit 3 Min.",
"Lectura: 4 minutos", "5 min de lecture"): the stamp line's, no word of the text."""


def _doubled(text: str) -> str | None:
    """``XX`` → ``X`` for a short name printed twice without a space (logo alt + name)."""
    half = len(text) // 2
    if len(text) % 2 == 0 and 4 <= half <= 40 and text[:half] == text[half:]:
        return text[:half]
    return None


_STAMP_PROSE = 2  # paragraphs of prose after which a dated list item is article text
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_EVENT_GAP_DAYS = 2  # a shown stamp is the stated day, or the next one in a zone ahead of UTC


def _after_stated_date(page: Page, text: str) -> bool:
    """True for a date line (with its year: no relative "2 hours ago") two days or more after
    the publication date the page's markup states: a date the article speaks of, an event's
    or a deadline's, printed on a line of its own ("March 21, 2026, 6 p.m." under "When")."""
    if page.stated_published is None or not _YEAR.search(text):
        return False
    shown = parse_date(text)
    if shown is None:
        return False
    try:
        gap = date.fromisoformat(shown[:10]) - date.fromisoformat(page.stated_published[:10])
    except ValueError:
        return False
    return gap.days >= _EVENT_GAP_DAYS


_DATE_LABELS = frozenset(label for label, _, _ in DATE_LABELS)


def _fact_date(page: Page, index: int) -> bool:
    """A date under a label line of the text's own ("Founded", "Opening night") once the
    page's date is read: a fact box's value; a date label ("Updated") still opens a stamp."""
    if "datePublishedRaw" not in page.fields and "dateModifiedRaw" not in page.fields:
        return False
    above = page.neighbour(index, -1)
    if above is None or above in page.claims:
        return False
    label = page.text(above).rstrip(":：").strip()
    return menu_item(label) and label.casefold() not in _DATE_LABELS


def record_date(page: Page, index: int) -> None:
    raw = without_read_time(squash(page.lines[index]))
    page.set_field(_date_field(raw), raw, index)
    if names_update_label(raw) and "dateModifiedRaw" not in page.fields:
        # "Veröffentlicht: 06.12.2026 | Stand: 07.12.2026": the update's part, with its label
        found = find_dates_in_text([raw])
        if found.published is not None and found.modified_raw is not None:
            part = next((p for p in _SEGMENTS.split(raw) if found.modified_raw in p), None)
            page.fields["dateModifiedRaw"] = part or found.modified_raw


def _date_field(raw: str) -> str:
    # "Updated …", "Actualizado …", "Aktualisiert …": the labels of rules/date_labels.txt. The
    # date itself is parsed once, when the Article is assembled: here only a line naming an
    # update label needs reading (which of its parts parses decides the field).
    if not names_update_label(raw):
        return "datePublishedRaw"
    found = find_dates_in_text([raw])
    modified = found.modified is not None and found.published is None
    return "dateModifiedRaw" if modified else "datePublishedRaw"


@line_cache
def is_cjk(text: str) -> bool:
    """Mostly Japanese/Chinese/Korean script, where words are not separated by spaces."""
    if text.isascii():
        return False  # (a flag of the string: no scan of a paragraph for CJK characters)
    return len(_CJK.findall(text)) * 2 >= len(text.replace(" ", "")) > 0


_UNSPACED = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")
"""Thai, Lao, Burmese and Khmer: scripts that print no space between words and no full stop
after a sentence, so neither words nor stops tell a headline from a paragraph."""
UNSPACED_PARAGRAPH = 100
"""Characters from which a line in such a script is a paragraph (a headline is shorter)."""


def is_unspaced(text: str) -> bool:
    """Mostly in a script of :data:`_UNSPACED`."""
    if text.isascii():
        return False
    return len(_UNSPACED.findall(text)) * 2 >= len(text.replace(" ", "")) > 0


@line_cache
def looks_like_title(line: str) -> bool:
    text = squash(line)
    if is_cjk(text):
        return 6 <= len(text) <= 90 and not ends_sentence(text) and "。" not in text
    if is_unspaced(text):
        return 8 <= len(text) < UNSPACED_PARAGRAPH and not ends_sentence(text)
    if len(text) > 220:
        return False  # (a paragraph: no search for a sentence stop inside it)
    if _inner_stop(text) and not _two_clause_headline(text):
        return False
    words = word_count(text)
    if not 2 <= words <= 32 or is_bullet(text):
        return False
    if text.endswith((".", ",", ";", ":", "।", "۔")) and not text.endswith("..."):
        return False
    return (
        text[0].isupper()
        or text[0].isdigit()
        or text[0] in "‘“'\"«¿¡"
        or (text[0].isalpha() and not text[0].islower())  # a script without capitals
    )


_CLAUSE_STOP = re.compile(r"(?<=[^\W\d_]{2}[.!?])\s+(?=[^\W\d_])")
PAREN_CREDIT = re.compile(r"^(?P<cap>.{15,400}?[.!?])\s*[(（](?P<credit>[^()（）]{2,40})[)）]$")
"""A picture's caption with its credit in brackets ("Crews at work on Friday. (KQRN 5)"):
a headline never ends in a full stop and a bracketed name."""


def _two_clause_headline(text: str) -> bool:
    """Two short clauses, the second a phrase with lower-case words ("Nowa linia ruszy latem.
    Miasto podało harmonogram"), as Polish, Italian or German headlines print them; a caption
    with its credit ("… on Monday. Photo by Ann Lee") leaves only names after the stop."""
    parts = _CLAUSE_STOP.split(text)
    if len(parts) != 2 or len(text) > 140 or ends_sentence(text):
        return False
    second = parts[1]
    return (
        word_count(second) >= 3
        and _lower_words(second) >= 1
        and not any(c in second for c in "/:()")
        and not second.isupper()
    )


def looks_like_section(line: str, profile: Profile) -> bool:
    k = key(line)
    if k in profile.sections or k in SECTIONS:
        return True
    text = squash(line)
    return (
        len(text) <= 30
        and not more_words_than(text, 3)
        and not is_button_label(text)  # "Install App" over the headline
        and not ends_sentence(text)
        and (text[:1].isupper())
        and _lower_words(text) < 2  # "Story so far" is a phrase; "Health and wellness" a name
    )


_STORY_FLAGS = vocab.words("story_flags")
"""Labels flagging a story over its headline ("EXCLUSIVE", "단독"): no section."""
_CASELESS_SECTION = 6
"""Characters of a section label in a dense script ("地方", "사회", "国际新闻")."""
_CASELESS_LETTERS = 14
"""Letters (marks aside) of a section label in another script without capitals ("اقتصاد",
"राज्य", "ภูมิภาค")."""
_LABEL_RUN = re.compile(rf"{WORD_RUN}(?: {WORD_RUN})?")
_MARK = re.compile(f"[{MARKS}]")
_MENU_ROW_SPLIT = re.compile(r"\s*[|·•]\s*|\s{2,}")


def _repeated_label(page: Page, index: int) -> bool:
    """A short label in a script without capitals ("地方", "사회", "राज्य", "اقتصاد") printed
    again over the headline after the menu item of the same name (on a line of its own or in a
    menu row, "الرئيسية | محليات | اقتصاد"): the current section, as a capitalised kicker is
    (no capitals tell such a label from a word of prose)."""
    text = page.text(index)
    if text[:1].islower() or text[:1].isupper() or not _LABEL_RUN.fullmatch(text):
        return False
    if is_cjk(text):
        if len(text) > _CASELESS_SECTION:
            return False
    elif len(_MARK.sub("", text)) > _CASELESS_LETTERS:
        return False
    for j in range(index):
        above = page.text(j)
        if above == text or (text in above and text in _MENU_ROW_SPLIT.split(above)):
            return True
    return False


# Chinese/Japanese sentence punctuation, or a run of Han characters longer than a name (two to
# five): a body line or a section label, never a byline (the byline parser reads any
# unspaced-script text as a name).
_CJK_PUNCT = re.compile(r"[。！？，、「」]")
_CJK_PROSE = re.compile(r"[。！？，、「」]|[\u3400-\u9fff]{6,}")


# Thai letters: a script with neither capitals nor spaces between words, so a menu item
# ("หน้าแรก", "Home") parses as a name; a Thai line is a byline only behind a byline label.
_THAI = re.compile(r"[\u0e00-\u0e7f]")
_THAI_LABELS = tuple(
    w for w in vocab.ordered("byline_script_labels", "prefix") if _THAI.match(w)
)


DATELINE_WORDS = 3
"""Words at most of a dateline's town ("SAN JUAN CAPISTRANO")."""
_COUNTRIES = frozenset(w.casefold() for w in vocab.words("places", "countries", "regions"))


def dateline(text: str) -> bool:
    """An upper-case dateline on its own line, a town and its country or state
    (``rules/places.txt``, not its cities: "JANE ROE, LONDON" is a byline; "HOLLINS,
    SWITZERLAND", "SAN MATEO, CALIFORNIA"), no given name in the town: the text's opening
    place, neither a masthead nor a byline."""
    if text.count(",") != 1 or not text.isupper():
        return False
    town, region = (part.strip() for part in text.split(","))
    words = town.split()
    return (
        0 < len(words) <= DATELINE_WORDS
        and region.rstrip(".").casefold() in _COUNTRIES
        and not any(w.casefold() in GIVEN_NAMES for w in words)
    )


@line_cache
def byline_of(line: str) -> str | None:
    """The line as a byline when it clearly is one: a "By" prefix, or only names/agencies."""
    text = squash(line)
    if not text or len(text) > 200 or ends_sentence(text.rstrip(",")) or dateline(text):
        return None
    if is_cjk(text):  # byline shape first: "森田綾香記者" is six Han characters, not prose
        shaped = _CJK_BYLINE.match(text) or _CJK_ROLE_BYLINE.match(text)
        if not shaped or _CJK_PUNCT.search(text):
            return None
        parsed = parse_byline(text)
        return text if parsed.authors or parsed.organizations or parsed.desks else None
    if not text.isascii() and (  # (both scripts are outside ASCII: no search of an ASCII line)
        _CJK_PROSE.search(text) or (_THAI.search(text) and not text.startswith(_THAI_LABELS))
    ):
        return None
    if BY_PREFIX.match(text) or _DASH_BYLINE.match(text) or _POSTED_BY.match(text):
        parsed = parse_byline(text)
        return text if (parsed.authors or parsed.organizations or parsed.desks) else None
    if word_count(text) > 24 or _lower_words(text) > 1:
        return None  # names are capitalised: prose is not worth parsing as a byline
    parsed = parse_byline(text)
    if not parsed.authors and not parsed.organizations and not parsed.desks:
        return None
    if not parsed.authors:  # organisations or desks only ("Reuters", "Our Foreign Staff")
        return text if word_count(text) <= 4 else None
    if any(_label_word(a) for a in parsed.authors):
        return None  # "Bias Distribution": a widget's label under the headline
    sizes = [word_count(a) for a in parsed.authors]
    if len(sizes) > 1 and (min(sizes) >= _HEADLINE_NAME or max(sizes) > _HEADLINE_NAME):
        return None  # a Title Case headline with a comma ("Banjir Rendam Jalan, Warga …")
    credited = (*parsed.authors, *parsed.organizations, *parsed.desks)
    if _only_names(text, credited):
        return text
    if parsed.organizations and _only_names(text, credited, ORG_LINKS):
        return text  # "Ewan Castellano for Harbour Times": a writer and the paper written for
    return None


_NOUN_ENDINGS = tuple(vocab.ordered("noun_endings"))
_NOUN_MIN = 6
"""Letters at least in a word read by its ending ("Nation" is a word; "Sion" may be a name)."""


def _label_word(name: str) -> bool:
    """A word of ``name`` ends like an abstract noun (``rules/noun_endings.txt``): a label
    such as "Bias Distribution", not a person's name."""
    return any(
        len(w) >= _NOUN_MIN and w.casefold().endswith(_NOUN_ENDINGS) for w in name.split()
    )


_HEADLINE_NAME = 4
"""Words in every "name" of a bare list (or more in one) that make it a Title Case
headline, not names."""


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


# Words a credit line prints around its names: roles ("Reporter", "記者"), markers ("文"),
# buttons ("Follow"). Left over after the names, they do not make the line prose.
_CREDIT_WORDS = _CONNECTORS | frozenset(
    w.casefold() for w in (*ROLE_HEADS, *AUTHOR_MARKERS, *UI_PHRASES) if " " not in w
)


def _only_names(text: str, names: tuple[str, ...], links: frozenset[str] = frozenset()) -> bool:
    """True when nothing but the names, organisations and desks the byline parser read (and
    list punctuation, roles, markers, and the ``links`` words allowed) is left of ``text``."""
    rest = text.casefold()
    for name in sorted(names, key=len, reverse=True):
        rest = rest.replace(name.casefold(), " ")
    for mark in ("(now and earlier)", "(now)", "(earlier)"):
        rest = rest.replace(mark, " ")
    tokens = [t for t in re.split(r"[\s,;()&（）：:／/、・|·•–—]+", rest) if t]
    # (a lone "-" is left of a dash between the credits: "Ana Ruiz - Local Desk")
    return all(
        t in _CREDIT_WORDS or t in links or t == "-" or _modifies_role(tokens, n)
        for n, t in enumerate(tokens)
    )


def _modifies_role(tokens: list[str], n: int) -> bool:
    """``tokens[n]`` starts or continues a job title's modifiers ("transport", "local
    democracy") that a role head ends ("… reporter"): a role, not prose."""
    j = n
    while j < len(tokens) and tokens[j] in _ROLE_MODIFIERS:
        j += 1
    return j > n and j < len(tokens) and tokens[j] in _ROLE_HEADS


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


TITLE_SHARE = 0.6
"""A headline candidate at least this share of the longest one's length may be chosen."""
_STANDFIRST_MIN_HEAD = 4
"""A headline over a standfirst has at least these words (a kicker or site name has fewer)."""
_STANDFIRST_SHARE = 2 / 3
"""… and at least this share of the standfirst's length (a tagline or promo over a long
headline is shorter)."""
_DEK_MIN_WORDS = 14
"""A standfirst in sentence case with at least this many words is a standfirst however short
the headline over it: headlines that long are title-cased tabloid ones."""
_PROMO_START = re.compile(
    r"^(?:get|download|install|try|join|subscribe|sign up|register|log in|sign in)"
    r" (?:to|for|on|the|our|us|now|free|a)\b|^follow us\b",
    re.IGNORECASE,
)
"""A call to action ("Get the … app for …", "Join our …"): never a headline."""


_SELF_WORDS = vocab.ordered("self_reference")
_SELF_REFERENCE = re.compile(
    rf"(?<!\w)(?:{alternation(w for w in _SELF_WORDS if not _CJK.search(w))})(?!\w)"
    rf"|{alternation(w for w in _SELF_WORDS if _CJK.search(w))}",
    re.IGNORECASE,
)
"""Words by which a page speaks of itself ("… reporting on this story", "この記事"), in the
languages of ``rules/self_reference.txt``: such a line is a counter or tool, not a headline."""
_ATTRIBUTION_MARKERS = tuple(w for w in AUTHOR_MARKERS if w.isalpha() and w.islower())
_ATTRIBUTION = re.compile(
    rf"^\S+(?:\s+\S+)+\s(?:{alternation(_ATTRIBUTION_MARKERS)})\s+(?P<name>[^\W\d_]\S*(?:\s+\S+){{1,2}})$",
    re.IGNORECASE,
)
"""A line that ends by crediting a person who posted, shared or curated the story ("Flipped
into Garden Life by Ruth Okafor", "Geteilt in Lokales von Jana Weber"): the author markers
of ``rules/author_markers.txt`` that are single words, before a name."""


def _about_the_page(text: str) -> bool:
    """A headline-shaped line that speaks of the page or of who passed it on: a counter
    ("32 sources are reporting on this story") or a curator's credit, never the headline."""
    if _SELF_REFERENCE.search(text):
        return True
    match = _ATTRIBUTION.match(text)
    if match is None:
        return False
    name = match.group("name")
    return parse_byline(name).authors == (name,)


@line_cache
def _paragraph_like(text: str) -> bool:
    """A line of prose: the article (or its standfirst) has begun."""
    if len(text) > 220:
        return True
    if is_unspaced(text):
        return len(text) >= UNSPACED_PARAGRAPH  # (no stop ends a Thai sentence)
    if not ends_sentence(text) or text.endswith((":", ";")) or caption_of(text) is not None:
        return False
    return len(text) >= 12 if is_cjk(text) else more_words_than(text, 3)


def _title_weight(text: str) -> int:
    if is_unspaced(text):
        return len(text) // 3  # (about three characters a word)
    return len(text) // 2 if is_cjk(text) else word_count(text)


def choose_title(page: Page, candidates: list[int]) -> int | None:
    """The headline among the lines above the first paragraph, by shape rather than by
    position: title-like, not a byline, date or caption, and the longest (site names, nav
    items, kickers and promos above it are shorter). A title also printed inside a longer
    line ("[index]title(publisher date)") is the clean copy of it."""
    zone: list[int] = []
    pairs: dict[int, bool] = {}  # _picture_pair of each line asked about, read once

    def pair(n: int) -> bool:
        if n not in pairs:
            pairs[n] = _picture_pair(page, candidates, n)
        return pairs[n]

    for n, i in enumerate(candidates):
        # (a paragraph first: only then does a picture pair matter)
        if _paragraph_like(page.text(i)) and not (pair(n) or (n > 0 and pair(n - 1))):
            if n == 0 and _notice_over_header(page, candidates):
                continue  # a cookie or country notice over the page's header, no text yet
            break
        zone.append(i)
    else:
        return None  # no paragraph in sight: nothing to measure "nearest the article" from
    options = [
        i
        for i in zone
        if looks_like_title(page.text(i))
        and not _CRUMB.search(page.text(i))
        and not BY_PREFIX.match(page.text(i))
        and not is_date_stamp(page.text(i))
        and caption_of(page.text(i)) is None
        and byline_of(page.text(i)) is None
        and not _PROMO_START.match(page.text(i))
        and not is_button_label(page.text(i))  # "Ouvrir l'app" over an app reader's header
        and not masthead(page.text(i))
        and not _GLUED_PUB_DATE.match(page.text(i))
        and _dot_dated_source(page.text(i)) is None
        and _bar_dated_source(page.text(i)) is None
        and not _FOLLOW_PUB.match(page.text(i))
        and not PAREN_CREDIT.match(page.text(i))
        and not _LABELLED_STAMP.match(page.text(i))
        and not figure_row(page.text(i))
        and not dateline(page.text(i))
        and _bare_cjk_name(page, i) is None
        and _glued_stamp_byline(page.text(i)) is None
        and _byline_with_stamps(page.text(i)) is None
        and agency_dateline(page.text(i)) is None
        and not _link_row(page.lines[i])
        and labelled_parts(page.text(i)) is None
        and not _via_paper(page.text(i))
        and header_credit(page.text(i)) is None
    ]
    options = [
        i
        for i in options
        if not _fact_under_stamp(page, zone, i) and not _list_head_under_stamp(page, zone, i)
    ]
    # (passed over when another line can be the headline: a headline may end "… by Name")
    options = [i for i in options if not _about_the_page(page.text(i))] or options
    if options:  # (the live page's clock lines: a page-wide scan, only when there is a choice)
        entries = _live_entry_times(page)
        options = [i for i in options if page.neighbour(i, -1) not in entries] or options
    keys = {i: key(page.text(i)) for i in options}
    clean = [
        i for i in options if not any(keys[j] != keys[i] and keys[j] in keys[i] for j in options)
    ]
    if not clean:
        return None
    # The headline sits nearest the article (only its byline, date or source between); of
    # the lines of a headline's length, so a source or kicker under it is passed over.
    longest = max(_title_weight(page.text(i)) for i in clean)
    chosen = next(
        i for i in reversed(clean) if _title_weight(page.text(i)) >= TITLE_SHARE * longest
    )
    chosen = _over_standfirst(page, clean, chosen)
    chosen = _over_header_run(page, zone, clean, chosen)
    verse = _over_verse(page, zone, clean, chosen)
    if verse is None:
        return None
    chosen = verse
    return next(i for i in clean if keys[i] == keys[chosen])  # printed twice: the first


_BARE_CLOCK = re.compile(r"^\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?$", re.IGNORECASE)
_LIVE_TIMES = 2


def _live_entry_times(page: Page) -> frozenset[int]:
    """The bare clock times ("21:48", "9.15am") of a live page, two or more on their own
    lines: each opens an entry (its heading, its text), none is the page's date."""
    times = frozenset(
        i for i, line in enumerate(page.lines) if len(line) < 12 and _BARE_CLOCK.match(line.strip())
    )
    return times if len(times) >= _LIVE_TIMES else frozenset()


_LABELLED_STAMP = re.compile(
    r"^\S{2,20}(?:\s\S{1,20})?\s?[:：]\s.{0,30}\b(?:19|20)\d\d\b.{0,12}\b\d{1,2}[:.]\d{2}\b"
)
"""A label, a colon, a date with its year and a clock time ("प्रकाशित: 7 दिसंबर 2026, 10:15
AM"): a stamp in words no month list knows, never the headline."""


LIST_HEAD_ITEMS = 2
"""Bullet lines under a short line that make it a list's heading ("Key points")."""


def _list_head_under_stamp(page: Page, zone: list[int], index: int) -> bool:
    """A heading over a bulleted list under the byline or date ("Key points", "Das Wichtigste
    in Kürze", then "• …" lines): the summary box of the text, no headline."""
    # (only the first lines below are read: this runs for every headline candidate)
    below = list(islice((j for j in range(index + 1, len(page.lines)) if page.lines[j].strip()),
                        LIST_HEAD_ITEMS))
    if len(below) < LIST_HEAD_ITEMS or not all(
        is_bullet(page.text(j)) for j in below
    ):
        return False
    return _under_stamp(page, zone, index)


_FACT_WORDS = 6
"""Words at most after a fact line's label ("Finale: Colle 2 Valdarda 1"); a headline names
a place or topic before a whole clause."""


def _fact_under_stamp(page: Page, zone: list[int], index: int) -> bool:
    """A fact line with a figure ("Finale: Colle 2 Valdarda 1") under the byline or date: the
    text's fact box, no headline ("Live: 5 …" over the byline still is one)."""
    text = page.text(index)
    fact = _FACT_LINE.match(text)
    if not fact or not any(c.isdigit() for c in text):
        return False
    if more_words_than(text[fact.end():], _FACT_WORDS):
        return False  # "Yopougon : le nouveau marché … le 15 décembre": a headline's clause
    return _under_stamp(page, zone, index)


def _under_stamp(page: Page, zone: list[int], index: int) -> bool:
    """A date stamp or a "By …" byline above line ``index`` in the header zone: the header
    is read, and what follows is the text's."""
    return any(
        is_date_stamp(page.text(j)) or BY_PREFIX.match(page.text(j)) for j in zone if j < index
    )


NOTICE_HEADER = 3
"""Short lines (buttons, menu, kicker) under a page's first line that make it a notice."""


def _notice_over_header(page: Page, candidates: list[int]) -> bool:
    """The page's first line is prose and the next ones are short header lines ("We
    acknowledge the … peoples …", then "Log in", the menu, a kicker): a notice printed over the
    header (cookies, acknowledgement of country), not the article's first paragraph."""
    below = candidates[1 : 1 + NOTICE_HEADER]
    return len(below) == NOTICE_HEADER and not any(
        _paragraph_like(page.text(j)) or more_words_than(page.text(j), 8) for j in below
    )


def _over_standfirst(page: Page, clean: list[int], chosen: int) -> int:
    """A standfirst printed right under the headline without a full stop (blog platforms'
    subtitles, title-cased decks) is title-shaped and longer: when the title-like line
    right above the chosen one is nearly as long and no shorter than a kicker, that line is
    the headline and the chosen one its standfirst."""
    above = page.neighbour(chosen, -1)
    if above is None or above not in clean:
        return chosen
    upper, lower = _title_weight(page.text(above)), _title_weight(page.text(chosen))
    if lower >= upper >= max(_STANDFIRST_SHARE * lower, _STANDFIRST_MIN_HEAD):
        return above
    if lower > upper >= _STANDFIRST_MIN_HEAD and _sentence_dek(page.text(chosen)):
        return above
    return chosen


def _header_shaped(text: str) -> bool:
    """A line of the header block under a headline: a date stamp, a byline or a masthead."""
    return (
        _stamp_line(text)
        or masthead(text)
        or byline_of(text) is not None
    )


def _over_header_run(page: Page, zone: list[int], clean: list[int], chosen: int) -> int:
    """A standfirst printed under the byline and date (readers and blog themes print the
    deck there, title-cased or without its full stop) is title-shaped and nearest the text:
    when only header lines, a byline or date stamp among them, separate it from a
    headline-long candidate above, that one is the headline."""
    at = zone.index(chosen)
    least = _STANDFIRST_MIN_HEAD
    right_above = page.text(zone[at - 1]) if at else ""
    if not _stamp_line(right_above):
        # Lines of the text's own under the stamp (a list's heading and items, a results
        # box) and then the chosen line: the headline is over the stamp, as long as this one.
        stamp = next((n for n in range(at - 1, -1, -1) if _stamp_line(page.text(zone[n]))), None)
        if stamp is None:
            return chosen  # (no byline or date stamp in the zone: no walk up, no cost)
        under = page.neighbour(chosen, 1)
        if under is not None and _header_shaped(page.text(under)):
            return chosen  # its own source, byline or date under it: a ticker's stamp above
        at, least = stamp + 1, 2  # (over the stamp, a short headline too: "Path approved")
    stamped = False
    for i in reversed(zone[:at]):
        if i in clean:
            return i if stamped and _title_weight(page.text(i)) >= least else chosen
        text = page.text(i)
        if not _header_shaped(text):
            return chosen
        stamped = stamped or _stamp_line(text)
    return chosen


VERSE_BLOCK = 6
"""Sentence-case headline candidates in a row that make a block of the text, not a header."""


def _verse_line(page: Page, index: int) -> bool:
    return _lower_words(page.text(index)) >= 2  # sentence case (a Title Case rail is not)


def _over_verse(page: Page, zone: list[int], clean: list[int], chosen: int) -> int | None:
    """Text printed line by line before its first paragraph (verse, lyrics, a list of
    sentence-case items): six or more such lines in a row above the first paragraph, no
    blank line between, the chosen one among them, are the text's. The candidate over that
    block is the headline, else the block's first line (a headline printed right over it);
    None when that is no headline's shape either: the page shows none, all is text."""
    options = set(zone)
    if not _verse_line(page, chosen):
        return chosen
    top = bottom = chosen
    while top - 1 in options and _verse_line(page, top - 1):
        top -= 1
    while bottom + 1 in options and _verse_line(page, bottom + 1):
        bottom += 1
    if bottom - top + 1 < VERSE_BLOCK:
        return chosen
    above = [i for i in clean if i < top]
    return above[-1] if above else top if top in clean else None


_NUMBERED = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+[^\W\d_]")


def list_item(text: str) -> bool:
    """A bulleted or numbered item ("• Pass stays", "2 The mill", "1.1 Early years"): a
    button or a byline has no number before its word."""
    return is_bullet(text) or bool(_NUMBERED.match(text))


def _heads_list(page: Page, index: int) -> bool:
    """Line ``index`` is right over two list items: the list's heading ("Contents")."""
    below = page.neighbour(index, 1)
    if below is None or not list_item(page.text(below)):
        return False
    after = page.neighbour(below, 1)
    return after is not None and list_item(page.text(after))


def _stamp_line(text: str) -> bool:
    """A date stamp or a "By …" byline, or a credit with its stamps after dots or bars
    ("EUROPA PRESS · 07/12/2026 · 13:05"): the header block ends on it."""
    return (
        is_date_stamp(text)
        or bool(BY_PREFIX.match(text))
        or _byline_with_stamps(text) is not None
    )


def _sentence_dek(text: str) -> bool:
    """A long line in sentence case (a third of its words or more in lower case, articles
    and glue words included, as German nouns are capitalised): a standfirst left without its
    full stop, not a headline ("Engineers say the repaired span will carry walkers again …");
    Title Case lines lower only a few short words."""
    if is_cjk(text):
        return False
    words = text.split()
    lower = sum(1 for w in words if w[:1].islower())
    return len(words) >= _DEK_MIN_WORDS and 3 * lower >= len(words)


def _picture_pair(page: Page, candidates: list[int], n: int) -> bool:
    """Line ``n`` and the next one print the same picture's text twice (alt text, then the
    caption, perhaps behind an icon label): a picture, not the first paragraph."""
    if n + 1 >= len(candidates):
        return False
    first = key(page.text(candidates[n])).rstrip(". ")
    return len(first) >= 20 and first in key(page.text(candidates[n + 1]))


def _credited_picture(text: str) -> Image | None:
    """A caption sentence followed by its credit ("… in 2015. REUTERS/Name/File Photo")."""
    if not _inner_stop(text) or ends_sentence(text):
        return None
    cap = split_caption(text)
    if cap.credit and cap.text and ends_sentence(cap.text) and text.endswith(cap.credit):
        return Image(caption=cap.text, credit=cap.credit)
    return None


_SOURCE_TAIL = re.compile(r"[(（](?P<pub>[^()（）\d]{2,30}?)\s*(?:\d{4}年[^()（）]{0,12})?[)）]$")
"""The source after a listed title: "…(読売新聞2024年1月1日)", "…（東海日報）"."""


_ROLE_HEADS = vocab.words("role_heads")
_ROLE_MODIFIERS = vocab.words("role_modifiers") - {"the", "a", "an"}


def job_title(text: str) -> bool:
    """A job under a byline ("Senior Reporter", "Staff Writer", "Chief Business
    Correspondent"): modifiers then one role word; a paper's name ("The Daily Reporter")
    has a word of its own."""
    words = key(text).split()
    return (
        1 <= len(words) <= 5
        and words[-1] in _ROLE_HEADS
        and all(w in _ROLE_MODIFIERS for w in words[:-1])
    )


_FACT_LINE = re.compile(r"^[^\W\d][^:：]{0,30}[:：]\s")
_FIGURE = re.compile(r"^[^\w]*\d[\d.,:/%-]*[^\w]*$")
FIGURE_ROW = 3
"""Figures on a line, more than its words, that make it a table's row."""


def figure_row(text: str) -> bool:
    """More figures than words, three or more ("Hollins 12 9 14 20 — 55", "Ada Moss 911 734
    52%"): a row of a results table or box score the text prints, never a headline."""
    tokens = text.split()
    if len(tokens) <= FIGURE_ROW or is_date_stamp(text):
        return False  # "23 июня 2026, 12:15": a date and its time
    figures = sum(1 for t in tokens if _FIGURE.match(t))
    words = sum(1 for t in tokens if any(c.isalpha() for c in t))
    return figures >= FIGURE_ROW and figures > words


def masthead(text: str) -> bool:
    """A short line shaped like a newspaper's name ("Northgate Echo", "La Gazette du Val",
    "南信新聞"): a publisher line, not a byline."""
    if (
        len(text) > 50
        or word_count(text) > 6
        or ends_sentence(text)
        or is_bullet(text)
        or BY_PREFIX.match(text)
        or _CRUMB.search(text)  # "Home » Health", "Observer / Local": a trail, not a name
        or _linkish(text)
        or job_title(text)
        or _FACT_LINE.match(text)  # "Opens: 2029", "FT: Rovers 2-1 Town": the text's facts
        or dateline(text)
    ):
        return False
    words = [w for w in re.split(r"[\s\-]+", text.casefold()) if w]
    if any(
        (w.endswith(MASTHEAD_SUFFIXES) or _without_edition(w).endswith(MASTHEAD_SUFFIXES))
        and w not in MASTHEAD_SUFFIXES
        for w in words
    ):
        return True
    if _CYRILLIC.search(text) and text[:1].isupper() and any(w in MASTHEAD_WORDS for w in words):
        return len(words) >= 2  # "Уральский рабочий листок": capitals on the first word only
    if any(re.split(r"['’]", w)[-1][:1].islower() and w not in PARTICLES for w in text.split()):
        return False  # a name is written in capitals ("La Gazette du Val"), prose is not
    if any(w.rsplit("-", 1)[-1][:1].islower() for w in text.split() if "-" in w[1:]):
        return False  # nor a verb with its pronoun ("Subscriu-te", "Inscreva-se")
    if len(words) < 2:
        return False  # one word ("News", "dpa", a site's own name) is no masthead
    if "," in text and not is_cjk(text) and parse_byline(text).authors:
        return False  # "Marta Lindqvist, Gadget Ledger": a byline naming its site
    if any(w in MASTHEAD_WORDS for w in words):
        # "Local News", "World News": a section's link, not a paper's name
        return not all(w in MASTHEAD_WORDS or w in SECTIONS for w in words)
    parsed = parse_byline(text) if not is_cjk(text) else None
    return bool(parsed and parsed.organizations and not parsed.authors)


def _kicker_under_title(page: Page, profile: Profile, text: str, nxt: int | None) -> bool:
    """A known section name right under the headline, over its source or date (Japanese
    readers print the category there): the section, not a byline or the text."""
    if "articleSection" in page.fields or nxt is None or not menu_item(text):
        return False
    if key(text) in _STORY_FLAGS:
        return False
    k = key(text)
    if k not in SECTIONS and k not in profile.sections:
        return False
    below = page.text(nxt)
    return masthead(below) or is_date_stamp(below)


def _without_edition(word: str) -> str:
    """A masthead word without the edition word it ends with ("東海新聞デジタル" → "東海新聞")."""
    for edition in MASTHEAD_EDITIONS:
        if word.endswith(edition) and len(word) > len(edition):
            return word[: -len(edition)]
    return word


def _short_chrome(text: str) -> bool:
    """Short enough to be a nav item, site name, breadcrumb or button, not prose."""
    if ends_sentence(text):
        return False  # a sentence, however short, may be the article's
    return len(text) <= 40 if is_cjk(text) else word_count(text) <= 16


_URL_SECTION_WORDS = 3


def _url_section(page: Page, text: str) -> bool:
    """A short label the page's URL files the story under ("Xã hội" over the headline of
    ``/xa-hoi/…``, the last item of a menu run): the section, by the URL's word, whatever
    menu it ends."""
    return (
        "articleSection" not in page.fields
        and bool(page.folders)
        and not more_words_than(text, _URL_SECTION_WORDS)
        and not ends_sentence(text)
        and key(text) not in _STORY_FLAGS  # "Live" over a page of /live/: a flag
        and slug(text) in page.folders
    )


def _above_title(page: Page, profile: Profile, i: int, first: bool, title: int) -> bool:
    """Claim line ``i`` above the chosen headline: the section right over it, a masthead, or
    chrome (nav items, breadcrumbs, site names, buttons). False leaves it to the other rules
    (bylines over the title, long lines, which are never dropped)."""
    text = page.text(i)
    if key(page.text(title)) in key(text):
        page.claim(i, "header:headline-variant")  # "[index]title(publisher date)"
        source = _SOURCE_TAIL.search(text)
        if source and masthead(source.group("pub")):
            page.fields.setdefault("publisher", source.group("pub"))
        return True
    nxt = page.next_free(i + 1)
    if nxt is not None and nxt != title and _picture_pair(page, [i, nxt], 0):
        page.images.append(Image(caption=text))  # alt text, then the caption printed again
        page.claim(i, "header:caption")
        page.claim(nxt, "header:image-alt")
        return True
    picture = _credited_picture(text)
    if picture is not None:
        page.images.append(picture)
        page.claim(i, "header:caption")
        return True
    if _CRUMB.search(text) and word_count(text) <= 12:
        page.claim(i, "generic:breadcrumb")
        return True
    if _FOLLOW_BUTTON.match(text):
        page.claim(i, "generic:follow")  # "+ Suivre" under the source's name
        return True
    below = page.next_free(i + 1)
    if (
        below is not None
        and below != title
        and _FOLLOW_BUTTON.match(page.text(below))
        and "publisher" not in page.fields
        and masthead_or_name(text)
    ):
        page.set_field("publisher", text, i)  # "Abidjan Matin Infos" over "+ Suivre"
        return True
    if (
        below == title
        and _url_section(page, text)
        and all(not page.lines[j].strip() for j in range(i + 1, below))
    ):
        page.set_field("articleSection", text, i)  # "Xã hội" over the headline of /xa-hoi/…
        return True
    if is_bullet(text) and _short_chrome(text):
        page.claim(i, "generic:nav")  # "• Home", "• Latest": the site's menu
        return True
    if _link_row(page.lines[i]):
        page.claim(i, "generic:nav")  # "Briefs  Saved  Settings": a menu flattened to a line
        return True
    below = page.next_free(i + 1)
    if (
        (below == title or (below is not None and masthead(page.text(below))))
        and "articleSection" not in page.fields
        and key(text) not in _STORY_FLAGS
        and (looks_like_section(text, profile) or _repeated_label(page, i))
        and (key(text) in SECTIONS or key(text) in profile.sections or not first)
        and all(not page.lines[j].strip() for j in range(i + 1, below))
        and not _menu_tail(page, i)
    ):
        page.set_field("articleSection", text, i)
        return True
    menu = _top_menu(page, title)
    if i in menu[1:-1]:  # (the first, the site's masthead, and the one right over the
        # headline, a kicker or the source's masthead, are left to their rules)
        page.claim(i, _MENU_CLAIM)  # "Tides & Times", "Audio Desk": a menu's item, no masthead
        return True
    if masthead(text) and _nearer_masthead(page, i):
        page.set_field("publisher", text, i)
        return True
    if BY_PREFIX.match(text) or not _short_chrome(text):
        return False
    dated = below is not None and below != title and is_date_stamp(page.text(below))
    if (not first or dated) and word_count(text) > 1 and not menu and byline_of(text) is not None:
        return False  # names over the headline (inkl-like layouts); the page's first line
        # or a single word there is the site's name, unless a date stamp follows the name
    page.claim(i, "generic:above-title")
    return True


_WIDE_GAP = re.compile(r"\s{2,}|\u3000")
"""Wide gaps between a flattened menu's items: two spaces or more, or one ideographic space
("トップ\u3000速報\u3000ライブ")."""
_LINK_ROW = 3


def _link_row(line: str) -> bool:
    """Three or more menu items on one line apart by wide gaps ("Briefs  Saved  Settings"):
    a menu flattened to a line over the headline, never its section or byline."""
    items = _WIDE_GAP.split(line.strip())
    return len(items) >= _LINK_ROW and all(menu_item(item) for item in items)


MENU_TOP = 4
"""Menu-shaped lines filling the page's top down to the headline that make them a menu."""


def _top_menu(page: Page, title: int) -> list[int]:
    """The lines over the headline when they are a run of menu-shaped lines (one to three
    words, no sentence) filling the page from its first line: menu items in the site's own
    words, whatever name or masthead they read as ("Tides & Times", "Crew Club"), when the
    headline has its own source or byline line under it. Under a headline followed by its
    date alone, names over it may be its source and author (inkl-like layouts)."""
    span = [j for j in range(title) if page.lines[j].strip()]
    if len(span) < MENU_TOP or not all(menu_item(page.text(j)) for j in span):
        return []
    under = page.neighbour(title, 1)
    if under is None or is_date_stamp(page.text(under)) or not _short_chrome(page.text(under)):
        return []
    return span


_BUTTON_CLAIMS = frozenset({"generic:ui", "generic:sign-up"})
"""Chrome rules that take buttons (a site's top bar: "Skip to content", "Sign in")."""

BUTTON_ROW = 3
"""Buttons in a row over a short line that make it a kicker under the site's top bar, not the
page's first line (one or two over it are a site's own "Write" or "Sign in")."""


def _buttons_above(page: Page, index: int) -> int:
    """How many button lines the chrome rules took right above line ``index``."""
    count = 0
    for j in range(index - 1, -1, -1):
        if page.lines[j].strip():
            if page.claims.get(j) not in _BUTTON_CLAIMS:
                break
            count += 1
    return count


MENU_TAIL = 3
_MENU_CLAIM = "generic:nav"
_MENU_CLAIMS = frozenset({_MENU_CLAIM, "generic:above-title"})
"""Menu-shaped lines right above a short line that make it the menu's last item."""


def _menu_tail(page: Page, index: int) -> bool:
    """Line ``index`` ends a run of menu items printed right above it ("World", "Business",
    "Headlines"): the menu's last item, not the section, unless it repeats an item of the run
    (the current section printed again as the kicker: "Region" … "Region") or is a known
    section name (``rules/sections.txt``), which a kicker right on the headline is. A menu
    opened by the site's home link ("Home", "Beranda", "トップ": ``rules/menu_homes.txt``)
    ends in a menu item even when it names a section ("… Business", "Lifestyle")."""
    run: list[str] = []
    top = index
    for j in range(index - 1, -1, -1):
        text = page.text(j)
        if (
            not text
            or not menu_item(text)
            or page.claims.get(j, _MENU_CLAIM) not in _MENU_CLAIMS
            or is_button_label(text)  # (whatever rule took it: "Abbonati ora" ends a menu bar)
        ):
            break  # a button or skip link ("Sign in", "Skip to content") is no menu item
        run.append(key(text))
        top = j
    text = key(page.text(index))
    if text in run or (run and run[0] in _MENU_TABS):
        return False  # (right under the account tab that closes an app's menu: the kicker)
    if len(run) >= MENU_TAIL and text not in SECTIONS:
        return True
    if len(run) >= MENU_TAIL and any(item in _MENU_HOMES for item in run[:-1]):
        return True  # the site's menu (its home link after the site's name), a section or not
    home = _home_link(page, top)
    return bool(run) and home is not None and len(run) + home >= MENU_HOME_RUN


_MENU_HOMES = vocab.words("menu_homes")
_MENU_TABS = vocab.words("menu_tabs")
"""An app's account and tool tabs, which close its menu bar (``rules/menu_tabs.txt``)."""
MENU_HOME_RUN = 2
"""Menu items over a line, the first a home link, that make it the menu's last item."""


def _home_link(page: Page, top: int) -> int | None:
    """Does a home or latest-news link open the run of menu lines from ``top``? 0 when it is
    the run's own first line, 1 when a chrome rule took
    it right above the run ("Главная", then "Город": one more menu line), None when no home
    link opens the run."""
    if key(page.text(top)) in _MENU_HOMES:
        return 0
    above = page.neighbour(top, -1)
    if above is not None and key(page.text(above)) in _MENU_HOMES:
        return 1
    return None


_CRUMB_PARTS = re.compile(r"\s*(?:[›»>]|\s\|\s|\s/\s)\s*")
_CRUMB_LEAVES = vocab.words("crumb_leaves")
_CRUMB_LABEL = re.compile(r"^[^:：]{1,12}[:：]\s*")


def crumb_section(text: str, profile: Profile) -> str | None:
    """The section a breadcrumb trail ends in ("Home › World › Europe" → "Europe"); a last
    crumb naming the page itself ("正文", "Article") is passed over for the one before it."""
    parts = [p.strip() for p in _CRUMB_PARTS.split(_CRUMB_LABEL.sub("", squash(text)))]
    parts = [p for p in parts if p and key(p) not in _CRUMB_LEAVES]
    if len(parts) < 2 or not looks_like_section(parts[-1], profile):
        return None
    return parts[-1]


def _section_from_crumb(page: Page, profile: Profile, title: int) -> None:
    """No kicker over the headline: the breadcrumb above it names the section."""
    if "articleSection" in page.fields:
        return
    for j in range(title - 1, -1, -1):
        text = page.text(j)
        if text and _CRUMB.search(text) and word_count(text) <= 12 and not is_date_stamp(text):
            rule = page.claims.get(j, "generic:")
            if rule.startswith("generic:"):
                section = crumb_section(text, profile)
                if section:
                    page.fields["articleSection"] = section
                    page.claim(j, "generic:breadcrumb")
                    return


@line_cache
def _dot_dated_source(text: str) -> tuple[str, str] | None:
    """(source, date) of a "<source> · <when>" line: a name of two to six words that is no
    section or sentence, a dot or a spaced dash, a date or a relative time ("3h", "5 hrs
    ago", "Harbour Times - 2 hours ago")."""
    if _SPACED_MARK.search(text) is None:
        return None  # (most lines, hyphenated prose too: no search from each source length)
    m = _PUB_DOT_DATE.match(text)
    if m is None:
        return None
    pub, date = m.group("pub").strip(), m.group("date").strip()
    if (
        not is_date_stamp(date)
        or is_date_stamp(pub)
        or ends_sentence(pub)
        or not 2 <= word_count(pub) <= 6  # one word: a site's own brand as often as a source
        or key(pub) in SECTIONS
        or BY_PREFIX.match(pub)
    ):
        return None
    if text[m.end("pub"):m.start("date")].strip() not in "·•" and not masthead(pub):
        return None  # a dash joins a paper's name to its date, or a person's (a byline)
    return pub, date


def _bar_dated_source(text: str) -> re.Match[str] | None:
    """"Le Courrier Alpin|5 décembre 2026": a source (or byline, or section) and its date
    between a bar, the header line under a headline, never the headline."""
    pub_date = _PUB_DATE.match(text) if "|" in text else None
    return pub_date if pub_date and is_date_line(pub_date.group("date")) else None


def _nearer_masthead(page: Page, index: int) -> bool:
    """No publisher yet, or one read from a masthead-shaped line higher over the headline (a
    menu link such as "News Showcase"): the masthead nearest the headline is its source."""
    if "publisher" not in page.fields:
        return True
    earlier = [j for j, rule in page.claims.items() if rule == "header:publisher" and j < index]
    if not earlier:
        return False
    for j in earlier:
        page.claims[j] = "generic:above-title"
    del page.fields["publisher"]
    return True


_VIA_SOURCE = re.compile(
    rf"^(?:{alternation(vocab.ordered('source_leads'))})\s+(?P<pub>[^\W\d_][^.!?|:]{{1,50}})$",
    re.IGNORECASE,
)
_VIA_WORDS = 5
_BY_LEADS = frozenset(vocab.ordered("source_leads", "by-leads"))
"""Source leads that credit a person as often as a paper ("Published by …")."""


def _capitalised_name(text: str) -> bool:
    """A short name written in capitals, its small words aside ("Eastmoor Weekly", "Voz del
    Valle"): a source's name, not a phrase."""
    words = text.split()
    return len(words) <= _VIA_WORDS and all(
        w[:1].isupper() or w[:1].isdigit() or w in PARTICLES for w in words
    )


def _via_paper(text: str) -> bool:
    """A credit line naming the paper the story came from ("Originally published by The
    Ridgefield Courier", "via Eastmoor Weekly"): the paper's name is a masthead or written
    in capitals, so the line is no headline."""
    via = _VIA_SOURCE.match(text)
    return via is not None and (masthead(via["pub"]) or _capitalised_name(via["pub"]))


def _paper_name(name: str) -> bool:
    """A masthead or an organisation, no person ("The Marsh Chronicle", not "Jane Roe")."""
    if masthead(name):
        return True
    parsed = parse_byline(name)
    return bool(parsed.organizations) and not parsed.authors


def _publisher_line(page: Page, text: str, nxt: int | None) -> str | None:
    """The source printed under the headline, before the byline: a masthead-shaped line, one
    followed by a "By" byline, a "<source> · Follow" line, or a name glued to its date; no
    line over a row of figures ("Die Tabelle" over "1. TSV Hollfeld 12 9 2 1 31:9 29"), a
    table's heading."""
    if nxt is not None and figure_row(page.text(nxt)):
        return None
    follow = _FOLLOW_PUB.match(text)
    if follow:
        return follow.group("pub").strip()
    via = _VIA_SOURCE.match(text)
    if via and (masthead(via["pub"]) or _capitalised_name(via["pub"])) and not (
        key(text[: via.start("pub")]) in _BY_LEADS and not _paper_name(via["pub"])
    ):
        return via["pub"]  # "via Eastmoor Weekly": the feed the reader passed the story on from
    glued = _GLUED_PUB_DATE.match(text)
    if glued and is_date_line(glued.group("date")):
        page.fields.setdefault("datePublishedRaw", glued.group("date"))
        return glued.group("pub").strip()
    if masthead(text) and not _name_and_role(text):
        return text
    if (
        nxt is not None
        and not more_words_than(text, 5)
        and not ends_sentence(text)
        and not BY_PREFIX.match(text)
        and BY_PREFIX.match(page.text(nxt))
    ):
        return text
    return None


def _name_and_role(text: str) -> bool:
    """A writer and the job printed after a mark ("Bronte Walsh · News Reporter"): a byline,
    though "News" would make the line masthead-shaped."""
    parts = _SEGMENTS.split(text)
    return len(parts) > 1 and job_title(parts[-1]) and byline_of(parts[0]) is not None


MENU_RUN = 6
"""Short lines in a row at the top of a page that make a site menu whatever their words."""
MENU_MAX = 80
"""A longer run of short lines is not a menu (a list, a table flattened to lines): kept."""


def menu_item(text: str) -> bool:
    """A line shaped like a menu or link-list entry: one to three words, not a sentence."""
    if ends_sentence(text) or is_date_stamp(text):
        return False
    if is_cjk(text):
        return len(text) <= 8
    return word_count(text) <= 3 and len(text) <= 30


def _claim_top_menu(page: Page) -> None:
    """A long run of menu-shaped lines opening the page is the site's menu, however many
    items it has (it would fill the header window). Its last two lines are left to the
    header parser: a section or a byline may sit right over the headline."""
    run: list[int] = []
    buttons = 0  # chrome lines a rule took inside the run ("Newsletter", "Sign in") count too
    for i, line in enumerate(page.lines):
        if i in page.claims:
            buttons += bool(line.strip())
            continue
        if not line.strip():
            continue
        if not menu_item(page.text(i)) or len(run) > MENU_MAX:
            break
        run.append(i)
    if len(run) + buttons >= MENU_RUN and len(run) <= MENU_MAX:
        for i in run[:-2]:
            page.claim(i, "generic:nav")


# A table row as the main-content step prints it: "| cell | cell |".
_TABLE_ROW = re.compile(r"^\|\s.*\s\|$")


def parse_generic(page: Page, profile: Profile) -> None:
    """Publisher pages and unknown sites: a kicker/section, title, byline, date, captions."""
    if "headline" not in page.fields:
        _claim_top_menu(page)
    candidates = list(islice(page.free(), HEADER_WINDOW))  # (not every free line, then a cut)
    title_at = page.claimed_by("header:headline")
    chosen = None if "headline" in page.fields else choose_title(page, candidates)
    seen_body = False
    prose = 0  # paragraphs since the title: past the standfirst, a bare name is no byline
    read = 0  # paragraphs read at all (the title may be a hint, never a line of the loop)
    after_title: list[int] = []  # body-looking lines since the title: a dek if a byline follows
    entries = _live_entry_times(page)
    for n, i in enumerate(candidates):
        if page.claims.get(i):
            continue
        text = page.text(i)
        if (
            n == 0
            and chosen is not None
            and i < chosen
            and _paragraph_like(text)
            and _notice_over_header(page, candidates)
        ):
            page.claim(i, "generic:notice")  # choose_title passed it over: no paragraph read
            continue
        if prose and _rail_heading(text):
            break  # "Lue myös", "Related" under the text: its cards' "Source · age" lines are
            # no byline or date of the story
        if _TABLE_ROW.match(text):
            continue  # a row of the article's table ("| Founded | 1998 |"): no header field
        nxt = candidates[n + 1] if n + 1 < len(candidates) else None
        as_byline: tuple[str | None, ...] = ()  # byline_of(text), read once for this line
        if (
            title_at is not None
            and nxt == i + 1
            and not ends_sentence(text)  # (before the word count: a paragraph ends so)
            and not more_words_than(text, 12)
            and not BY_PREFIX.match(text)  # a byline over a "Photo: …" credit is no alt text
            and not is_date_stamp(text)  # nor the date stamp over the lead picture's caption
            and _stamp_then_byline(text) is None  # nor "Publicerad 7 december 2026 av …"
            and not (  # nor a labelled byline over it ("記者：陳嘉欣")
                (":" in text or "：" in text) and byline_of(text) is not None
            )
            and (below := caption_of(page.text(nxt))) is not None
            and key(text) != key(below.credit or "")  # the source over its own picture's credit
        ):
            page.claim(i, "header:image-alt")  # alt text printed right above its caption
            continue
        if nxt is not None and _avatar_of(text, page.text(nxt)):
            page.claim(i, "header:avatar")  # "CM" over "Clara Munro": the author's picture
            continue
        image = caption_of(text)
        if image is None and title_at is not None and prose < _STAMP_PROSE:
            image = header_credit(text)  # "… Lamu. PICHA: AMINA ODHIAMBO" under the headline
        if image is not None:
            if not any(
                same_caption(img.caption or "", image.caption or "") and img.credit == image.credit
                for img in page.images
            ):
                page.images.append(image)
            page.claim(i, "header:caption")
            continue
        if i in entries:
            continue  # a live entry's time, the text's
        header_zone = title_at is not None and prose == 0
        if header_zone and nxt is not None and label_line(text) and _stamp_like(page.text(nxt)):
            page.claim(i, "header:date-label")  # "Gepubliseer:" over its date
            continue
        if (
            is_date_stamp(text) or (header_zone and stamp_shape(text) and byline_of(text) is None)
        ) and not _after_stated_date(page, text) and not (
            max(prose, read) >= _STAMP_PROSE and is_bullet(text)
        ):  # (a dated list item past the lead paragraphs: an event's "When", a timeline)
            if prose and ("datePublishedRaw" in page.fields or "dateModifiedRaw" in page.fields):
                # a date inside the text once the page's own is read ("Date: …"), or a teaser
                # card's time under the text, not the story's: the tail's
                continue
            if _fact_date(page, i):
                continue  # "Founded" / "28 May 1998" under the page's own date: a fact box's
            record_date(page, i)
            _take_dek(page, after_title)
            continue
        if title_at is not None and prose == 0 and agency_dateline(text) is not None:
            # "LONDON, Dec 7 (Reuters) -" under the headline: the wire's credit, no publisher
            if "bylineRaw" in page.fields:
                page.claim(i, "header:dateline")
            else:
                page.set_field("bylineRaw", text, i)
            continue
        doubled = _doubled(text)
        if doubled and "publisher" not in page.fields:
            page.set_field("publisher", doubled, i)  # "The GuardianThe Guardian": logo + name
            continue
        parts = labelled_parts(text) if prose == 0 else None
        if parts is not None and _row_source(parts) is not None:
            _masthead_gives_way(page, title_at)
        if parts is not None and (
            "publisher" not in page.fields or "bylineRaw" not in page.fields
        ):  # "来源：江南晨报 作者：李晓峰 2026-12-07 10:22": source, writer and date on one row
            _take_labelled_parts(page, i, parts)
            continue
        if prose == 0 and "publisher" in page.fields and _source_of(text) is not None:
            _masthead_gives_way(page, title_at)
        source = _source_of(text) if "publisher" not in page.fields else None
        if source is not None:
            _take_source(page, i, text, source)
            continue
        if _after_source_label(page, i) and masthead_or_name(text):
            # "News provided by" / "| Source:" then the name: the publisher, whatever a
            # masthead-shaped menu item above the headline was taken for
            page.fields["publisher"] = text
            page.claim(i, "header:publisher")
            continue
        pub_date = _PUB_DATE.match(text) if "|" in text else None  # (the bar it needs)
        dotted = _dot_dated_source(text) if pub_date is None else None
        if dotted is not None and "publisher" not in page.fields and title_at is not None:
            # right under the headline: its source ("Dales Weekly • 5 hrs ago")
            page.set_field("publisher", dotted[0], i)
            page.fields.setdefault("datePublishedRaw", dotted[1])
            continue
        if (
            pub_date
            and is_date_line(pub_date.group("date"))
            and "bylineRaw" not in page.fields
            and BY_PREFIX.match(pub_date.group("pub"))
            and byline_of(pub_date.group("pub")) is not None
        ):  # "By Ana Ruiz | March 4, 2025": the byline and its date, no publisher
            page.set_field("bylineRaw", pub_date.group("pub").strip(), i)
            page.fields.setdefault("datePublishedRaw", pub_date.group("date").strip())
            continue
        if (
            pub_date
            and is_date_line(pub_date.group("date"))
            and key(pub_date.group("pub")) in SECTIONS
            and "articleSection" not in page.fields
        ):  # "Local | June 29, 2026": the section and the date, no publisher
            page.set_field("articleSection", pub_date.group("pub").strip(), i)
            page.fields.setdefault("datePublishedRaw", pub_date.group("date").strip())
            continue
        if (
            pub_date
            and (
                is_date_line(pub_date.group("date"))
                or (title_at is not None and prose == 0 and age_shape(pub_date.group("date")))
            )
            and "publisher" not in page.fields
        ):
            page.set_field("publisher", pub_date.group("pub").strip(), i)
            page.fields.setdefault("datePublishedRaw", pub_date.group("date").strip())
            continue
        if chosen is not None and title_at is None:
            if i == chosen:
                page.set_field("headline", text, i)
                title_at = i
                _section_from_crumb(page, profile, i)
                continue
            # the page's first line: not under a row of buttons the chrome rules took ("Skip
            # to content", "Subscribe", "Sign in"), which a kicker may follow
            first = n == 0 and _buttons_above(page, i) < BUTTON_ROW
            if _above_title(page, profile, i, first, chosen):
                continue
        if title_at is not None and prose == 0 and (
            _kicker_under_title(page, profile, text, nxt)
            or (_right_under(page, i, "header:headline") and _url_section(page, text))
        ):  # "Chronik" under the headline of /chronik/…: the URL files the story there
            page.set_field("articleSection", text, i)  # "政治" between headline and masthead
            continue
        if title_at is not None and prose == 0 and _take_labelled_value(page, i, text):
            _take_dek(page, after_title)
            continue
        if (
            title_at is not None
            and "publisher" not in page.fields
            and (
                "bylineRaw" not in page.fields
                or (prose == 0 and (masthead(text) or _VIA_SOURCE.match(text) is not None))
            )
            and prose < _STAMP_PROSE  # past the lead paragraphs: a rail's heading or card
            and key(text) != key(page.fields.get("headline", ""))
            and not _linkish(text)
        ):
            publisher = _publisher_line(page, text, nxt)
            if publisher:
                page.set_field("publisher", publisher, i)
                continue
        if (
            title_at is not None
            and "publisher" not in page.fields
            and prose == 0
            and _source_under_byline(page, i, text, nxt)
        ):
            page.set_field("publisher", text, i)
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
        elif title_at is None and not seen_body and chosen is None:
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
        if _AUTHOR_CONTACT.match(text) and _right_under(page, i, "header:publisher"):
            page.claim(i, "header:publisher-contact")  # "@harbourtimes" under "Harbour Times"
            continue
        if prose == 0 and (via := _VIA_SOURCE.match(text)) and (
            key(via["pub"]) == key(page.fields.get("publisher", ""))
        ):
            page.claim(i, "header:publisher-repeat")  # "Published in Harbour Times" once more
            continue
        byline = page.fields.get("bylineRaw")
        if byline is None:
            # under the article's text with no headline above, one bare word ("Careers") is
            # a link or the text's own, not a byline
            bare_ok = title_at is not None or not seen_body or more_words_than(text, 1)
            # a contact name under a press release ("Renee Castillo", "Aaron Wexley, CEO"):
            # after two paragraphs only a marked byline ("By …", "（記者名）") is one
            bare_ok = bare_ok and (
                max(prose, read) < 2 or bool(BY_PREFIX.match(text)) or is_cjk(text)
            )
            # a bare word over a list ("Inhalt", then "1 Früh planen"): the list's heading
            bare_ok = bare_ok and (bool(BY_PREFIX.match(text)) or not _heads_list(page, i))
            found = (as_byline[0] if as_byline else byline_of(text)) if bare_ok else None
            if found is None and bare_ok and prose == 0:
                found = _bare_cjk_name(page, i)
            if found is None and bare_ok and prose == 0 and title_at is not None:
                found = _name_before_role(text)
            with_stamp = (
                _byline_and_stamp(text, first_paragraph=prose == 0)
                if bare_ok and found is None
                else None
            )
            if with_stamp is not None:
                byline, stamp = with_stamp
                page.set_field("bylineRaw", byline, i)
                label = meta_row_label(text)
                if label is not None and (key(label) in SECTIONS or _url_section(page, label)):
                    page.fields.setdefault("articleSection", label)  # "… | Name | Domov"
                if stamp is not None:
                    page.fields.setdefault(_date_field(stamp), stamp)
                _take_dek(page, after_title)
                continue
            if found is not None:
                page.set_field("bylineRaw", found, i)
                dated = _date_in_byline(found)
                if dated is not None:
                    page.fields.setdefault("datePublishedRaw", dated)
                paper = (  # (a comma parts a writer from the paper: else no second parse)
                    _paper_in_byline(found) if "publisher" not in page.fields and "," in found
                    else None
                )
                if paper is not None:  # "Par Émilie Gagnon, La Voix du Saguenay"
                    page.fields["publisher"] = paper
                _take_dek(page, after_title)
                continue
        elif _marked_under_title(page, i, text, title_at, byline) and (
            marked := byline_of(text)
        ):
            # A name line above the headline (a menu item naming a paper, "El Tiempo") gives way
            # to a byline with its marker under it ("Historia de Lucía Barrientos"); the line
            # above stays claimed, out of the text.
            page.fields["bylineRaw"] = marked
            page.claim(i, "header:bylineRaw")
            if _card_source(page, byline, marked):
                page.fields["publisher"] = byline  # the paper's name over its age stamp
            continue
        elif prose == 0 and (job_title(text) or _role_over_stamp(page, i, text, nxt)):
            page.claim(i, "header:byline-role")  # "Senior Reporter" under the name
            continue
        elif prose == 0 and _under_byline(page, i) and other_credit(text):
            page.claim(i, "header:byline-credit")  # "Edited by Funke Adeyemi" under it
            continue
        elif _AUTHOR_CONTACT.match(text) and _right_under(page, i, "header:bylineRaw"):
            page.claim(i, "header:byline-contact")  # "@claramunro" under "By Clara Munro"
            continue
        elif (_glued_time(text) or key(text).startswith(key(byline))) and not (
            _paragraph_like(text)  # "Acme Group owns 22 hotels …": text naming the byline
        ):
            page.claim(i, "header:byline")
            continue
        read += not page.claims.get(i) and _paragraph_like(text)
        if title_at is None:
            seen_body = True
        elif not page.claims.get(i):
            after_title.append(i if after_title or _follows(page, title_at, i) else -1)
            prose += _paragraph_like(text)
    if title_at is not None:
        _claim_header_widgets(page, title_at)
        if "bylineRaw" not in page.fields:
            _credit_in_lead(page, title_at)


_WIDGET_WORDS = 4


def _credit_in_lead(page: Page, title: int) -> None:
    """A reporter credited in brackets at the start of the first paragraph ("（中央社記者林怡君
    台東7日電）…", "新华社武汉12月7日电（记者 周海燕）…", "(서울=연합뉴스) 김도윤 기자 = …"),
    when no byline line names anyone: the byline, and the line stays the article's."""
    first = page.next_free(title + 1)
    if first is not None and _paragraph_like(page.text(first)):
        credit = lead_credit(page.text(first))
        if credit:
            page.fields["bylineRaw"] = credit
"""Words at most in a Title Case label between the headline and its source ("Bias Distribution")."""


def _header_widget(text: str) -> bool:
    """A short line of a widget in the header block: a counter or tool speaking of the page
    ("32 sources are reporting on this story"), or a Title Case label of a few words with no
    sentence in it ("Bias Distribution"); never a date, a byline or a standfirst."""
    if ends_sentence(text) or is_date_stamp(text):
        return False
    if BY_PREFIX.match(text) and not is_widget_label(text):  # "Source Comparison" is one
        return False
    if _about_the_page(text):
        return not more_words_than(text, 12)
    words = text.split()
    return len(words) <= _WIDGET_WORDS and all(w[:1].isupper() for w in words) and not is_cjk(text)


def _claim_header_widgets(page: Page, title: int) -> None:
    """Lines between the headline and the source, byline or date lines under it that are
    widget-shaped (``_header_widget``): the aggregator's tools printed inside the header
    block, each taken only with a header line under it. Past a line of prose (a standfirst,
    the text) nothing is taken."""
    found: list[int] = []
    for j in range(title + 1, min(len(page.lines), title + HEADER_WINDOW)):
        if not page.lines[j].strip():
            continue
        claim = page.claims.get(j)
        if claim is None:
            if not _header_widget(page.text(j)):
                return
            found.append(j)
        elif claim.startswith("header:"):
            for i in found:
                page.claim(i, "generic:header-widget")
            found.clear()


_AUTHOR_CONTACT = re.compile(r"^(?:@[\w.]{2,30}|[\w.%+-]{1,64}@[\w.-]{1,60}\.[a-z]{2,10})$")
"""A handle or an address alone on its line: under the byline it is the author's (in a press
release's contact block under the text it is text)."""


def _marked_under_title(
    page: Page, index: int, text: str, title_at: int | None, byline: str | None
) -> bool:
    """``text``, under the headline, opens with an author marker, and the byline taken so far
    has none and stands above the headline."""
    if byline is None or title_at is None or index < title_at or not BY_PREFIX.match(text):
        return False
    if BY_PREFIX.match(byline) or _POSTED_BY.match(byline):
        return False
    taken = page.claimed_by("header:bylineRaw")
    return taken is not None and taken < title_at


def _card_source(page: Page, name: str, marked: str) -> bool:
    """The name a marked byline displaced ("Rheinische Abendpost" over "vor 2 Std." over the
    headline, then "Von Jana Hollweg, dpa") is a reader card's source, the publisher: a
    short name, not the writer's, right over a date stamp, and no publisher read yet."""
    taken = page.claimed_by("header:bylineRaw")
    below = page.neighbour(taken, 1) if taken is not None else None
    return (
        "publisher" not in page.fields
        and below is not None
        and is_date_stamp(page.text(below))
        and masthead_or_name(name)
        and key(name) not in key(marked)
    )


def _name_before_role(text: str) -> str | None:
    """The writer of a "Name, role" / "Name - Role of Paper" line under the headline."""
    parts = name_and_role(text)
    if parts is None:
        return None
    name = byline_of(parts[0])
    return name if name is not None and parse_byline(name).authors else None


def _stamp_like(text: str) -> bool:
    return is_date_stamp(text) or stamp_shape(text)


def _role_over_stamp(page: Page, index: int, text: str, nxt: int | None) -> bool:
    """One capitalised word between a byline and its date stamp ("Fréttamaður"): the
    writer's job title in any language."""
    return (
        nxt is not None
        and " " not in text.strip()
        and text[:1].isupper()
        and text.isalpha()
        and _right_under(page, index, "header:bylineRaw")
        and (_stamp_like(page.text(nxt)) or other_credit(page.text(nxt)) is not None)
    )


def _take_labelled_value(page: Page, index: int, text: str) -> bool:
    """A line of an unknown label, a colon and a value under the headline ("Burimi: Gazeta
    Drini", "Egilea: Ane Etxeberria"): a masthead-shaped value is the source, people's names
    the byline. Known labels are left to their rules."""
    value = labelled_value(text)
    if value is None or byline_of(text) is not None or _source_of(text) is not None:
        return False
    if masthead(value) and "publisher" not in page.fields:
        page.set_field("publisher", value, index)
        return True
    if caption_of(text) is not None:
        return False
    parsed = parse_byline(value)
    if parsed.authors and not parsed.organizations and all(
        w[:1].isupper() for w in value.replace(",", " ").split() if w not in PARTICLES
    ):
        if "bylineRaw" not in page.fields:
            page.set_field("bylineRaw", value, index)
        elif _under_byline(page, index):
            page.claim(index, "header:byline-credit")  # "Kuvat: Liisa Koski": the pictures'
        else:
            return False
        return True
    return False


def _under_byline(page: Page, index: int) -> bool:
    """Right under the byline or the writer's job title under it."""
    above = page.neighbour(index, -1)
    return above is not None and page.claims.get(above) in _BYLINE_CLAIMS


_BYLINE_CLAIMS = frozenset({"header:bylineRaw", "header:byline-role", "header:byline-credit"})


def _right_under(page: Page, index: int, claim: str) -> bool:
    above = page.neighbour(index, -1)
    return above is not None and page.claims.get(above) == claim


def _avatar_of(text: str, name: str) -> bool:
    """``text`` is the initials a missing author picture shows ("CM" over "Clara Munro")."""
    if not (2 <= len(text) <= 3 and text.isalpha() and text.isupper()):
        return False  # (first: the next line, often a paragraph, is not split for nothing)
    initials = "".join(w[0] for w in name.split() if w[:1].isupper())
    return text == initials


def _date_in_byline(text: str) -> str | None:
    """The date printed in a byline line ("By Ana Ruiz on March 4, 2025", "Posted on March 4,
    2025 by Ana Ruiz"), when the part in that place reads as a date."""
    m = _BYLINE_DATE.search(text)
    found = m and (m.group("first") or m.group("last")).strip()
    return found if found and is_date_line(found) else None


_SOURCE_NAME_WORDS = 3


# Longest first, one length in code-point order: the same pattern text in every process (see
# vocab.alternation).
_STAMP_LABELS = sorted({label for label, _, _ in DATE_LABELS}, key=lambda w: (-len(w), w))
_GLUED_LABELS = [w[:1].upper() + w[1:] for w in _STAMP_LABELS if w[:1].isalpha()]
_GLUED_STAMP = re.compile(
    r"^(?P<name>\S.{1,60}?[^\W\d_]) ?(?P<stamp>(?:"
    + "|".join(map(re.escape, _GLUED_LABELS))
    + r")\b.{4,60})$"
)
"""A name with a date label glued on in capitals ("Elif DemirYayınlanma: 07.12.2026", "Ana
Ruiz Published June 5"): two header fields the page's markup printed on one line, without a
separator, the labels of ``rules/date_labels.txt``."""
_GLUED_STAMP_MAX = 62 + 1 + max(map(len, _GLUED_LABELS)) + 60 + 1
"""The longest line ``_GLUED_STAMP`` can match (name, space, label, the stamp's rest, a final
newline before ``$``): a longer line, a paragraph, is not tried at each of its first 60
characters."""
_GLUED_LABEL = re.compile("|".join(map(re.escape, _GLUED_LABELS)))
_GLUED_LABEL_END = 63 + max(map(len, _GLUED_LABELS))
"""Where a glued label may stand: from the name's shortest end (3 characters) to its longest
and a space (63), whole. One search, skipping in C to the labels' first characters, says most
short lines with capitals hold none, before ``_GLUED_STAMP`` tries each name length."""


def _byline_with_stamps(text: str) -> tuple[str, list[str]] | None:
    """(byline, stamps) of a line whose first part is a byline and whose other parts, after a
    bar or dot, are date stamps and reading times ("Ana Ruiz | Dec 7, 2026 | 3 min read"), or
    of a meta row holding a person's name, a stamp and a short label in any order ("Dnes 10:45
    | Zuzana Hudecová | Domov"; see ``meta_row_label``)."""
    if not any(c in text for c in "|·•"):
        return None
    parts = _SEGMENTS.split(text)
    if len(parts) < 2:
        return None
    if all(is_date_stamp(p) or _READ_TIME_PART.match(p) for p in parts[1:]):
        name = byline_of(parts[0])
        return (name, [p for p in parts[1:] if is_date_stamp(p)]) if name else None
    row = _meta_row(parts)
    return None if row is None else (row[0], row[1])


_ROW_LABEL_WORDS = 3


def _meta_row(parts: list[str]) -> tuple[str, list[str], str | None] | None:
    """(name, stamps, label) of a header row of three or more parts: one person's name, one
    date stamp or more, and at most one short label (a section or a place) with no figure."""
    if len(parts) < 3:  # (two parts in another order: "2 hours ago · Wessex Echo", a card)
        return None
    stamps = [p for p in parts if is_date_stamp(p)]
    rest = [p for p in parts if p not in stamps and not _READ_TIME_PART.match(p)]
    if not stamps or not 1 <= len(rest) <= 2:
        return None
    for at, part in enumerate(rest):
        label = rest[1 - at] if len(rest) == 2 else None
        if label is not None and (
            more_words_than(label, _ROW_LABEL_WORDS)
            or any(c.isdigit() for c in label)
            or ends_sentence(label)
        ):
            continue
        name = byline_of(part)
        if name is not None and parse_byline(name).authors:
            return name, stamps, label
    return None


def meta_row_label(text: str) -> str | None:
    """The short label of a meta row ("Domov" of "Dnes 10:45 | Zuzana Hudecová | Domov")."""
    row = _meta_row(_SEGMENTS.split(text)) if any(c in text for c in "|·•") else None
    return None if row is None else row[2]


_STAMP_THEN_BY = re.compile(
    r"^(?P<stamp>\S.{4,60}?)[,;]?\s+(?P<by>(?:by|par|por|von|di|door|av|af)\s+\S.{1,80})$",
    re.IGNORECASE,
)
"""A date stamp, then the writer after a by-word: the order of blog themes and of a story's
update line ("Updated Dec. 7, 2026, 10:14 a.m. ET, by Ana Ruiz", "7 décembre 2026 par …")."""


def _byline_and_stamp(text: str, first_paragraph: bool) -> tuple[str, str | None] | None:
    """(byline, its date stamp) of a line that holds both, in one of three shapes: "Ana Ruiz |
    Dec 7, 2026 | 3 min read" (only before the lead paragraph: past it, "Wessex Echo · 2
    hours ago" is a teaser card's), "Updated Dec. 7, 2026, 10:14 a.m. ET, by Ana Ruiz", and
    "Elif DemirYayınlanma: 07.12.2026 11:20"."""
    if first_paragraph and (stamped := _byline_with_stamps(text)) is not None:
        return stamped[0], next(iter(stamped[1]), None)
    return _stamp_then_byline(text) or _glued_stamp_byline(text)


def _stamp_then_byline(text: str) -> tuple[str, str] | None:
    """(byline, stamp) of a line that is a date stamp and then a byline (``_STAMP_THEN_BY``)."""
    if len(text) > 160 or not any(c.isdigit() for c in text[:60]):
        return None  # (a stamp holds a figure: most lines need no pattern)
    m = _STAMP_THEN_BY.match(text)
    if m is None:
        return None
    stamp = m["stamp"].rstrip(" ,;")
    if not is_date_stamp(stamp):
        return None
    by = byline_of(m["by"])
    return (by, stamp) if by is not None and parse_byline(by).authors else None


def _paper_in_byline(byline: str) -> str | None:
    """The paper a byline names after its writer ("Par Émilie Gagnon, La Voix du Saguenay"):
    an organisation shaped like a masthead, beside at least one person."""
    parsed = parse_byline(byline)
    if not parsed.authors:
        return None
    return next((org for org in parsed.organizations if masthead(org)), None)


def _glued_stamp_byline(text: str) -> tuple[str, str] | None:
    """(byline, stamp) of a line with a date label glued to a byline (``_GLUED_STAMP``)."""
    if len(text) > _GLUED_STAMP_MAX:
        return None
    if text.isascii() and not any(c.isupper() for c in text[1:]):
        return None
    if _GLUED_LABEL.search(text, 3, _GLUED_LABEL_END) is None:
        return None
    m = _GLUED_STAMP.match(text)
    if m is None or not m["name"][-1:].islower() or not is_date_stamp(m["stamp"]):
        return None
    name = byline_of(m["name"])
    return (name, m["stamp"]) if name else None


_CJK_BARE_NAME = re.compile(
    r"^[\u3400-\u9fff々]{1,4}[ \u3000][\u3400-\u9fff々\u3040-\u30ff]{1,4}$"
    r"|^[\u3400-\u9fff々]{3,5}$"
)
"""A Japanese or Chinese personal name printed alone: a family name and a given name, spaced
("川口 真理子") or not ("川口真理子")."""


def _bare_cjk_name(page: Page, index: int) -> str | None:
    """A bare CJK name right over the date stamp ("川口 真理子" over "2026年12月7日 10時15分"):
    the reporter, as a reader prints the credit of an excerpt, never the headline or a kicker.
    Unspaced, the name must not be a known section ("国際経済")."""
    text = page.text(index)
    if not _CJK_BARE_NAME.match(text) or _CJK_PUNCT.search(text):
        return None
    if " " not in text and "\u3000" not in text and (key(text) in SECTIONS or masthead(text)):
        return None  # "国際経済", "山陰民報": a section or a paper, over its date
    below = page.neighbour(index, 1)
    if below is None or not is_date_stamp(page.text(below)):
        return None
    return text if parse_byline(text).authors else None


_AGENCY_DATELINE = re.compile(
    r"^(?P<place>[^\W\d_][^,()（）]{1,30}?)(?:,\s*(?P<date>[^,()（）]{2,25}?))?\s*"
    r"[(（](?P<agency>[^()（）]{2,30})[)）]\s*[-–—:]?$"
)
_DATELINE_WORDS = 3
"""Words at most in a dateline's place and in its agency's name."""


def agency_dateline(text: str) -> str | None:
    """The agency of a wire dateline on its own line: a place, perhaps a short date, the
    agency in brackets and perhaps a dash ("LONDON, Dec 7 (Reuters) -", "Madrid, 4 mar
    (EFE)", "Warszawa (PAP)"). It credits an organisation, never a person, and names no
    publisher. The place is capitalised, the agency a known one or written in capitals; a
    line with neither a date nor a place in capitals must name a known agency."""
    if not text.endswith((")", "）", "-", "–", "—", ":")) or len(text) > 80:
        return None
    m = _AGENCY_DATELINE.match(text)
    if m is None:
        return None
    place, when, agency = m["place"].strip(), m["date"], m["agency"].strip()
    words = place.split()
    if len(words) > _DATELINE_WORDS or not all(w[:1].isupper() for w in words):
        return None
    if when is not None and (not any(c.isdigit() for c in when) or word_count(when) > 3):
        return None
    known = key(agency) in KNOWN_ORGS
    capitals = agency.isupper() or (agency[:1].isupper() and agency[1:].islower())
    if not known and not (capitals and len(agency.split()) <= _DATELINE_WORDS):
        return None
    if when is None and not place.isupper() and not known and not (
        agency.isupper() and len(words) == 1
    ):
        return None  # "Warszawa (PAP)": one place word and an agency in capitals
    return agency


def _source_under_byline(page: Page, index: int, text: str, nxt: int | None) -> bool:
    """A feed card's source: a short capitalised name ("Tidewater", "Küstenblatt") between
    the byline right above it and the date stamp right under it, in a card's
    title / byline / source / age order. Whatever its words, that place makes it the
    publisher (a one-word name is no masthead by shape)."""
    above = page.neighbour(index, -1)
    return (
        above is not None
        and page.claims.get(above) == "header:bylineRaw"
        and nxt is not None
        and is_date_stamp(page.text(nxt))
        and 1 <= word_count(text) <= _SOURCE_NAME_WORDS
        and len(text) <= 40
        and text[:1].isupper()
        and not ends_sentence(text)
        and not BY_PREFIX.match(text)
        and not _linkish(text)
        and key(text) not in SECTIONS
        and not job_title(text)  # "Senior Reporter": the author's job, under the name
    )


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


_SOURCE_NAMES = vocab.ordered("source_labels")
_SOURCE_WORDS = rf"(?:{alternation(_SOURCE_NAMES)})"
"""The labels of ``rules/source_labels.txt`` ("Source", "Fuente", "Джерело", "المصدر")."""
_SOURCE_LABEL = re.compile(rf"^[|·•]?\s*{_SOURCE_WORDS}\s*[:：]?$", re.IGNORECASE)
_SOURCE_LABEL_ENDS = frozenset(
    ":：\u212a\u017f" + "".join({w[-1] + w[-1].upper() for w in ("by", *_SOURCE_NAMES)})
)
"""What a source label alone can end with: its colon or the last letter of one of its words
in either case (and the Kelvin sign and long s, which match "k" and "s" case-insensitively)."""


def _is_source_label(text: str) -> bool:
    """``_SOURCE_LABEL.match(text)`` for a stripped line, after a test of its last character
    (a paragraph ends in a full stop)."""
    return text[-1:] in _SOURCE_LABEL_ENDS and _SOURCE_LABEL.match(text) is not None
_SOURCE_LINE = re.compile(
    rf"^[|·•]?\s*{_SOURCE_WORDS}\s*[:：]\s*(?P<pub>[^.。|:：]{{2,60}}?\.?)$", re.IGNORECASE
)
_SOURCE_CAPS = re.compile(r"^SOURCE\s+(?P<pub>[A-Z0-9][^.|:]{1,60}?\.?)$")
_SOURCE_CHARS = 160


@line_cache
def _source_of(text: str) -> str | None:
    """The source a "Source: X" / "SOURCE X" line names (a press release's issuer, a reader's
    feed), alone or beside a date stamp ("April 10, 2025 | Source: X"); not a wire agency's
    credit ("Source: Reuters" under a page that has its own publisher)."""
    if len(text) > _SOURCE_CHARS:
        return None  # a source line is short (and a long run of spaces makes the split slow)
    if ":" not in text and "：" not in text and "SOURCE" not in text:
        return None  # what both patterns require: a label's colon, or "SOURCE" in capitals
    parts = _SEGMENTS.split(text)
    if len(parts) > 1 and not all(is_date_stamp(p) or _source_of(p) for p in parts):
        return None
    for part in parts:
        m = _SOURCE_LINE.match(part) or _SOURCE_CAPS.match(part)
        if m and word_count(m.group("pub")) <= 8 and key(m.group("pub")) not in KNOWN_ORGS:
            return m.group("pub").strip()
    return None


_PART_LABELS = (*_SOURCE_NAMES, *AUTHOR_MARKERS, *NON_AUTHOR_MARKERS, *_STAMP_LABELS)
_PART_LABEL = re.compile(
    rf"(?:^|(?<=\s))(?P<label>{alternation(_PART_LABELS)})\s*[:：]\s*",
    re.IGNORECASE,
)
"""A label and its colon opening one part of a header line: a source's, an author's, an
editor's or a date's (the lists of ``rules/source_labels.txt``, ``author_markers.txt``,
``non_author_markers.txt`` and ``date_labels.txt``)."""
_PART_CHARS = 60
_SOURCE_KEYS = frozenset(key(w) for w in _SOURCE_NAMES)
_AUTHOR_KEYS = frozenset(key(w) for w in AUTHOR_MARKERS)
_DATE_KEYS = frozenset(key(w) for w in _STAMP_LABELS)


def _peel_stamp(value: str) -> tuple[str, str | None]:
    """(value, stamp) of a part whose value ends in a date stamp after a space ("李晓峰
    2026-12-07 10:22"): the shortest name in front of the longest stamp."""
    for m in re.finditer(r"\s+", value):
        if is_date_stamp(value[m.end():]):
            return value[: m.start()], value[m.end():]
    return value, None


@line_cache
def labelled_parts(text: str) -> tuple[tuple[str, str], ...] | None:
    """The parts of one header line that prints several labelled fields side by side with
    only spaces between them ("来源：江南晨报 作者：李晓峰 2026-12-07 10:22", "Fonte: Diário
    do Vale  Autor: Rui Pinto"), as (kind, value) pairs: kind "source", "author", "date" or
    "other" (an editor's); a bare date stamp before the first label or after the last value
    is a "date". None when the line is no such row: fewer than two parts, a part that is no
    short value, or words before the first label that are no date stamp."""
    if len(text) > _SOURCE_CHARS or (":" not in text and "：" not in text):
        return None
    marks = list(_PART_LABEL.finditer(text))
    if not marks:
        return None
    parts: list[tuple[str, str]] = []
    lead = text[: marks[0].start()].strip(" |·•")
    if lead:
        if not is_date_stamp(lead):
            return None
        parts.append(("date", lead))
    for n, m in enumerate(marks):
        end = marks[n + 1].start() if n + 1 < len(marks) else len(text)
        value = text[m.end():end].strip(" |·•,;")
        stamp = None
        if n + 1 == len(marks):
            value, stamp = _peel_stamp(value)
        if not value or len(value) > _PART_CHARS or ends_sentence(value):
            return None
        label = key(m["label"])
        if label in _DATE_KEYS:
            if not is_date_stamp(m.group(0) + value):
                return None
            parts.append(("date", m.group(0) + value))
        elif label in _SOURCE_KEYS:
            parts.append(("source", value))
        elif label in _AUTHOR_KEYS:
            if not parse_byline(value).authors:
                return None
            parts.append(("author", m.group(0) + value))
        else:
            parts.append(("other", value))
        if stamp:
            parts.append(("date", stamp))
    return tuple(parts) if len(parts) > 1 else None


def _masthead_gives_way(page: Page, title: int | None) -> None:
    """A masthead over the headline read as the publisher is the reader's own name when a
    labelled source line under the headline names the story's ("Fonte: Diário do Vale"):
    the field is left to that line; the masthead stays out of the text."""
    at = page.claimed_by("header:publisher")
    if title is not None and at is not None and at < title:
        del page.fields["publisher"]
        page.claims[at] = "generic:above-title"


def _row_source(parts: tuple[tuple[str, str], ...]) -> str | None:
    """The source a labelled row names, unless it is a wire agency beside the writer ("Autor:
    Anna Kowalska | Źródło: PAP"): the agency's copy went into the site's own story."""
    source = next((value for kind, value in parts if kind == "source"), None)
    if source is None:
        return None
    agency = source.casefold() in ORGANISATIONS and any(kind == "author" for kind, _ in parts)
    return None if agency else source


def _take_labelled_parts(page: Page, index: int, parts: tuple[tuple[str, str], ...]) -> None:
    """Fill the fields a row of labelled parts names; the row leaves the body."""
    source = _row_source(parts)
    for kind, value in parts:
        if kind == "source" and value == source:
            page.set_field("publisher", value, index)
        elif kind == "author":
            page.set_field("bylineRaw", value.strip(), index)
        elif kind == "date":
            page.fields.setdefault(_date_field(value), value)
    page.claim(index, "header:labelled-row")


def claim_source(page: Page) -> None:
    """A page with no publisher line may still name its source in a labelled line, above or
    under the text: "News provided by" / "| Source:" then the name, "Source: X", "SOURCE X"
    (press-release wires, feed readers, Chinese "来源："). The name fills ``publisher``; the
    label and a copy of the name printed next to it leave the body."""
    texts = [line.strip() for line in page.lines]  # (each line stripped once, not per pass)
    claims = page.claims
    sources: dict[int, str | None] = {}  # what the first pass read, for the second
    for i, text in enumerate(texts):
        if text and i not in claims:
            sources[i] = _source_of(text)
            if sources[i]:
                page.claim(i, "generic:source")  # the source printed again under the text
    if "publisher" in page.fields:
        return
    for i, text in enumerate(texts):
        if not text or claims.get(i, "").startswith(("header:", "caption")):
            continue
        if text[-1] in _SOURCE_LABEL_ENDS and _SOURCE_LABEL.match(text):  # _is_source_label
            nxt = page.next_free(i + 1)
            if nxt is not None and masthead_or_name(page.text(nxt)):
                page.claim(i, "generic:source-label")
                page.set_field("publisher", page.text(nxt), nxt)
                return
        source = sources[i] if i in sources else _source_of(text)
        parts = labelled_parts(text) if source is None else None
        if parts is not None and any(kind == "source" for kind, _ in parts):
            _take_labelled_parts(page, i, parts)  # "来源：江南晨报 作者：李晓峰" under the text
            return
        if not source and text.startswith("저작권자"):  # (_rights_holder's gate, inlined)
            source = _rights_holder(text)
        if source is not None:
            _take_source(page, i, text, source)
            return
    for i, text in enumerate(texts):
        if text[:1] not in _MORE_FROM_FIRST and "的更多" not in text:
            continue  # what either branch of the pattern starts with or holds
        if "的更多" not in text and not _MORE_FROM_START.match(text):
            continue
        more = _MORE_FROM.match(text)
        name = (more.group("pub") or more.group("pub2") or "").strip() if more else ""
        if name and key(page.fields.get("bylineRaw", "")).endswith(key(name)):
            continue  # "More from <author>" on a blog platform: the writer, not a source
        if name and masthead_or_name(name):
            page.set_field("publisher", name)
            page.claim(i, "generic:related")
            return


_MORE_FROM = re.compile(
    r"^(?:more (?:news |stories |articles |posts )?(?:from|by)|más (?:noticias|artículos) de"
    r"|plus d'articles (?:de|du)|weitere (?:artikel|nachrichten) (?:von|aus)"
    r"|mais (?:notícias|artigos) d[eo]a?)\s+(?P<pub>[^.!?]{2,40})$"
    r"|^(?P<pub2>[^.!?。]{2,40}?)的更多(?:文章|内容|新闻)$",
    re.IGNORECASE,
)
"""A link to more of the source's stories ("More from X", "Más noticias de X", "X的更多文章"):
the only place some reposts and readers name the publisher."""
_MORE_FROM_START = re.compile(r"more|más|plus|weitere|mais", re.IGNORECASE)
"""How the first branch of ``_MORE_FROM`` starts: a cheap test before the pattern."""
_MORE_FROM_FIRST = frozenset("mMpPwW")
"""The first characters ``_MORE_FROM_START`` allows (no other letter matches these
case-insensitively)."""


_RIGHTS_HOLDER = re.compile(r"^저작권자\s*(?:[©ⓒ]|\(c\))\s*(?P<pub>\S{2,20}(?: \S{2,20})?)\s+무단")
"""The Korean press's copyright formula names the newspaper ("저작권자 © 정국일보 무단전재 및
재배포 금지"): its publisher, where no other line names it."""


def _after_source_label(page: Page, index: int) -> bool:
    """The nearest non-blank line above ``index`` is a source label alone ("Source:")."""
    lines = page.lines
    above = index - 1
    while above >= 0 and not lines[above].strip():
        above -= 1
    return above >= 0 and _is_source_label(lines[above].strip())


def _rights_holder(text: str) -> str | None:
    if not text.startswith("저작권자"):
        return None  # (the formula's first word: most lines need no pattern)
    m = _RIGHTS_HOLDER.match(text)
    return m.group("pub") if m else None


def _rail_heading(text: str) -> bool:
    """A rail's heading (``chromeshape.related_heading``, read here lazily: chromeshape
    builds on this module)."""
    from .chromeshape import related_heading

    return related_heading(text)


def _take_source(page: Page, index: int, text: str, source: str) -> None:
    """Fill ``publisher`` from a source line; a date beside it is the published date."""
    page.set_field("publisher", source, None)
    page.claim(index, "header:publisher")
    for part in _SEGMENTS.split(text):
        if is_date_stamp(part):
            page.fields.setdefault("datePublishedRaw", part)
    nxt = page.next_free(index + 1)
    if nxt is not None and key(page.text(nxt)) == key(source):
        page.claim(nxt, "header:publisher-repeat")


def masthead_or_name(text: str) -> bool:
    """A short capitalised name line (a company, a newspaper), not a sentence or a link."""
    return (
        masthead(text)
        or (word_count(text) <= 6 and not ends_sentence(text) and _lower_words(text) == 0
            and (text[:1].isupper() or is_cjk(text)))
    )


def run_layout(page: Page, profile: Profile) -> None:
    """Run the profile's header layout on ``page`` (the generic one when it names none)."""
    (profile.header_layout or parse_generic)(page, profile)
    claim_source(page)
