"""The byline parser's word lists, read from :mod:`newsclean.rules` data files.

The lists themselves live in ``newsclean/rules/*.txt`` (one file per vocabulary, languages as
sections), shared with captions and dates where the vocabulary is the same; this module only
names the tables :mod:`newsclean.normalize.byline` uses. All are compared case-insensitively
(``str.casefold``) unless said otherwise.
"""

from __future__ import annotations

from typing import Final

from ..rules.vocab import mapping, ordered, sections_for, words

AUTHOR_MARKERS: Final = ordered("author_markers")
"""Words that introduce the author(s), stripped at the start of a segment."""
MARKER_MIN_WORDS: Final = {
    k: int(v) for k, v in mapping("author_markers").items() if v is not None and v.isdigit()
}
"""Markers that are also name words ("Per Olsen"): how many words must follow at the start."""
LOWER_CASE_MARKERS: Final = words("author_markers", *sections_for("author_markers", "lower-case"))
"""Markers that are a surname particle when capitalised ("da Chiara Neri", not "Da Costa")."""
MID_MARKERS: Final = words("mid_markers")
COLON_MARKERS: Final = words("author_markers", *sections_for("author_markers", "colon"))
"""Markers that mark an author only with their colon: elsewhere they are a common noun."""
LABEL_MARKERS: Final = words("author_markers", *sections_for("author_markers", "label"))
"""Markers that credit only with their colon ("Source: AP"; "Source Comparison" is a widget)."""
CONTINUATION_MARKERS: Final = words("author_markers", "continuation")
"""Markers after which the list goes on ("Jane Doe with additional reporting by Jo Roe")."""
NON_AUTHOR_MARKERS: Final = ordered("non_author_markers")
NON_AUTHOR_ROLE_ITEMS: Final = words("non_author_roles")
CONJUNCTIONS: Final = ordered("conjunctions")
RISKY_CONJUNCTIONS: Final = words("risky_conjunctions")
PARTICLES: Final = words("particles")
HONORIFICS: Final = words("honorifics")
CREDENTIALS: Final = words("credentials")
NAME_SUFFIXES: Final = words("name_suffixes")
ROLE_HEADS: Final = words("role_heads")
ROLE_MODIFIERS: Final = words("role_modifiers")
DESK_WORDS: Final = words("desk_words")
DESK_POSSESSIVES: Final = words("desk_suffixes", "possessive")
"""Openers of a desk's self-description ("Our Foreign Staff"): the item credits nobody."""
DESK_COMPOUNDS: Final = ordered("desk_suffixes", "compound")
"""Endings of compound desk names ("Lokalredaktion"), never an organisation's name."""
CJK_ROLE_SUFFIXES: Final = ordered("cjk_suffixes", "role")
CJK_ORG_SUFFIXES: Final = ordered("cjk_suffixes", "org")
CJK_REPORT_TAILS: Final = ordered("cjk_suffixes", "report")
"""Ends of a Chinese reporter line's filing place ("／台北報導", "台北7日電")."""
CJK_DESK_SUFFIXES: Final = ordered("cjk_suffixes", "desk")
CJK_SPACED_LIST: Final = ordered("cjk_suffixes", "spaced list")
"""Chinese role words: a byline holding one separates its names by spaces."""
PLACE_LEADS: Final = ordered("place_leads")
"""Prepositions opening a dateline item after a name (", de São Paulo", ", aus Berlin")."""
GIVEN_NAMES: Final = frozenset(w.casefold() for w in words("given_names"))
"""Common given names: a byline of one such word alone is a person ("Theodora")."""
PLACES: Final = frozenset(w.casefold() for w in words("places"))
"""Countries, regions and dateline cities ("Paris, France" is no "Last, First" name)."""
SECTIONS: Final = frozenset(w.casefold() for w in words("sections"))
"""Section labels ("Politics", "社会"): a byline that is only one of these names nobody."""
ORG_WORDS: Final = words("org_words")
ORG_COMPOUNDS: Final = tuple(ordered("org_words", "compound endings")) + tuple(
    w for w in ordered("masthead_words", "suffixes") if w.isascii()
)
"""Endings of compounds that name an organisation ("Redaktionsnetzwerk")."""
ORG_EDITIONS: Final = words("org_editions")
KNOWN_ORGS: Final = mapping("organisations", *sections_for("organisations", "bylines"))
"""Organisations recognised by name: casefolded key -> canonical form (None: as written)."""
ACRONYMS: Final = words("acronyms")
"""All-caps words kept in capitals when an ALL-CAPS organisation is proper-cased (case kept)."""
STOP_TOKENS: Final = words("stop_tokens")
UI_VERBS: Final = words("ui_verbs")
"""Verbs that open a button ("Get Started", "Download App"): no name begins with one."""
UI_PHRASES: Final = ordered("ui_phrases")
ROTA_WORDS: Final = words("rota_words")
MONTHS: Final = ordered("months", "en", "de", "fr", "es")
WEEKDAYS: Final = ordered("weekdays", "en", "de", "fr", "es")
"""Months and weekdays of the languages bylines always knew: byline.py drops a month next to a
number and a weekday before a comma, and Italian ones are also surnames ("Luca Maggio 5 min
read", "Giulia Sabato, 5 giugno"). dates.py, which only reads whole stamp lines, takes all."""
TIME_UNITS: Final = ordered("time_units", "en", "de", "es", "fr")
MAC_NAMES: Final = words("mac_names")
SURNAME_PREFIXES: Final = words("surname_prefixes")
"""Heads of one-token surnames with an inner capital ("Mc", "De", "La", "Van")."""
ORG_LINKS: Final = words("org_links")
"""Link words inside an organisation name after its organisation word ("Center for ...")."""
LEGAL_FORMS: Final = words("legal_forms")
BIO_VERBS: Final = ordered("bio_verbs")
"""Verbs opening an author's bio after the name ("Jane Doe is a reporter ..."), lower case."""
MASTHEAD_WORDS: Final = words("masthead_words", "words")
"""Words of newspapers' and sites' names ("Ledger", "Gazette"): "Name, Gadget Ledger" names
where the person writes, not a second author."""
SITE_HEADS: Final = tuple(ordered("masthead_words", "site heads"))
SITE_TAILS: Final = tuple(ordered("masthead_words", "site tails"))
"""Pieces a site's one-word name starts or ends with ("Techloop", "Chalkbeat")."""
