"""Consent notices left where a blocked embed stood: chrome, never article text.

A page whose reader refused third-party cookies prints, in place of a post, a video or a map,
a notice ("This content is not available due to your privacy preferences.") and its buttons
("Update your settings here to see it.", "Inhalt anzeigen"). The notice is a sentence of the
length of a paragraph, so without a rule it stays in the body, or, standing last, passes for
the text's last paragraph. A notice names a cookie or privacy choice, content, and that content
being shown or blocked: all three, in any of the languages of ``rules/consent_words.txt``; a
line reporting speech, quoting someone or asking a question is the text's own. Its buttons
are the short lines right beside it that name a setting, a choice or the content.
"""

from __future__ import annotations

from ..normalize.text import key, line_cache, more_words_than, word_count
from ..rules import vocab
from .header import is_cjk
from .page import Page
from .termmatch import terms

NOTICE = "generic:consent-notice"
BUTTON = "generic:consent-button"

_CONSENT, _CONTENT, _DISPLAY, _BUTTON = (
    terms("consent_words", use) for use in ("consent", "content", "display", "button")
)
_SPEECH_VERBS = vocab.words("speech_verbs")
_QUOTES = "\"“”«»„「」"

_NOTICE_WORDS, _NOTICE_CJK_CHARS, _NOTICE_CHARS = 25, 80, 220
"""Longest notice (the longest seen has 15 words): a paragraph that names cookies and content
is an article's."""
_BUTTON_WORDS, _BUTTON_CHARS, _BUTTON_CJK_CHARS = 8, 60, 20
_BUTTON_REACH = 2
"""Buttons and labels each side of a notice ("Externer Inhalt" above it, two buttons under)."""


@line_cache
def consent_notice(line: str) -> bool:
    """A short line naming a cookie or privacy choice, content, and its display or block."""
    text = line.strip()
    if not text or len(text) > _NOTICE_CHARS or more_words_than(text, _NOTICE_WORDS):
        return False  # (a paragraph: no word of it looked up)
    k = key(text)
    if not (_CONSENT.search(k) and _CONTENT.search(k) and _DISPLAY.search(k)):
        return False
    if any(q in text for q in _QUOTES) or (is_cjk(text) and len(text) > _NOTICE_CJK_CHARS):
        return False
    if text.rstrip(" )").endswith(("?", "？")):
        return False  # a question is a subheading's ("Cookie consent: what may sites show?")
    return not set(k.replace(",", " ").split()) & _SPEECH_VERBS


def _button(line: str) -> bool:
    text = line.strip()
    if is_cjk(text):
        short = len(text) <= _BUTTON_CJK_CHARS
    else:
        short = word_count(text) <= _BUTTON_WORDS and len(text) <= _BUTTON_CHARS
    k = key(text)
    return short and any(p.search(k) for p in (_BUTTON, _CONSENT, _CONTENT))


def claim_consent_notices(page: Page) -> None:
    """Claim each consent notice and the buttons and labels right beside it."""
    for i in list(page.free()):
        if not page.is_free(i) or not consent_notice(page.lines[i]):
            continue
        page.claim(i, NOTICE)
        for step in (-1, 1):
            at = i
            for _ in range(_BUTTON_REACH):
                near = page.neighbour(at, step)
                if near is None or not page.is_free(near) or not _button(page.lines[near]):
                    break
                page.claim(near, BUTTON)
                at = near
