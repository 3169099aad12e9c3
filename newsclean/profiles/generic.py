"""Chrome every site shares: paywall and sign-up prompts, app promos, related rails, UI lines.

Phrases are copied from real pages (see the project's chrome catalogue); the families are the
unit of explanation (``--explain`` names them) and of tuning.
"""

from __future__ import annotations

import re

from ..rules import LineRule, ruleset, vocab
from .base import Profile


def _long_tail(family: str, kind: str) -> tuple[str, ...]:
    """A family's phrases (``kind`` "phrases") or patterns of every language, from
    ``rules/chrome_<kind>.txt``: chrome of sites no profile knows, kept as data."""
    name = f"chrome_{kind}"
    return vocab.ordered(name, *vocab.sections_for(name, family))


PAYWALL_CUT = LineRule.of(
    "generic:paywall",
    action="cut",
    phrases=[
        "Sign up to read this article",
        "Please subscribe or log in to continue reading the full article.",
        "Hold tight - we’re checking permissions before loading more content",
        "Click here to read full article from source",
        "To read the full article or to get the complete feed from this publication, please",
        "Full Article",
        "Full Story",
        "Want the full story? Read the original article",
        "This article is for subscribers only.",
        "Subscribe to continue reading",
        "Subscribe to read the full article",
        "Log in to continue reading",
        "Register to continue reading",
        "Sign in to continue reading",
        "Create a free account to continue reading",
        "The full article is available to subscribers",
    ],
    patterns=[
        r"^keep reading with an? \d{1,3}-day free trial",
        r"^subscribe to .{1,80} to keep reading",
        r"^subscribe in our (?:mobile )?app to continue reading",
        r"^thank you for reading \d{1,3} articles? this month",
        r"^continue reading ?(?:\.\.\.|…|→|»)?$",
        r"^full story: .{1,60}$",
        r"^read on [^ ].{0,40}$",
        r"^read (?:the )?(?:full|original|rest of the) (?:article|story)\b.{0,60}$",
        r"^\*?this is an excerpt from\b",
        r"^this (?:article|story|content) is (?:only )?(?:available|reserved) (?:to|for) "
        r"(?:subscribers|members)",
        r"^you have reached your (?:free )?(?:article )?limit",
        r"^you've reached your (?:free )?(?:article )?limit",
    ],
)

PAYWALL_GATE = LineRule.of(
    "generic:subscribe-prompt",
    action="gate",
    phrases=[
        "Already a subscriber?",
        "Subscribe now and get 14 days free.",
        "The news, curated.",
        "Subscribe to gift this article",
    ],
    patterns=[r"^gift \d{1,2} articles to anyone"],
)

SIGNUP = LineRule.of(
    "generic:sign-up",
    phrases=[
        "Already a member? Sign in here",
        "Already subscribed? Sign in",
        "Subscribe now",
        "Subscribe",
        "Sign in",
        "Log in",
        "Register",
        "Sign up",
        "Sign up here",
        "Sign up to our newsletter",
        "Sign up for our newsletter",
        "Subscribe to our newsletter",
        "Get our newsletter",
        "Newsletter sign-up",
        "Join now for unlimited access",
        "Get world-class journalism from premium publishers, curated by editors and experts. "
        "All in one app.",
        "Read news from 100’s of titles, curated specifically for you.",
        "One subscription that gives you access to news from hundreds of sites",
        "*Terms and conditions apply.",
        "Curated by informed",
        "Newsletter",
        "Newsletters",
        "skip past newsletter promotion",
        "after newsletter promotion",
        "Support local journalism",
        "Support our journalism",
        "S'inscrire",
        "Je m'inscris",
        "Suscríbete",
        "Apúntate",
        "Jetzt abonnieren",
    ],
    patterns=[
        r"^by signing up,? you agree to\b",
        r"in your inbox every (?:day|weekday|week|morning|evening)\b.{0,60}$",
        r"^get unlimited access to .{0,80}\$\d",
        r"straight to your inbox\.?$",
        r"^sign up (?:here )?(?:to|for) (?:our|the) .{0,40}newsletter",
        r"^(?:get|receive) .{0,60} delivered to your inbox",
        r"^you should read this story to\b",
    ],
)

GATE = LineRule.of(
    "generic:gate",
    action="gate",
    patterns=_long_tail("gate", "patterns"),
)
"""A sign-up or subscribe prompt that puts the action first ("Subscribe to continue
reading"): the record is truncated; the lines under it are left to the other rules."""

APP_PROMO = LineRule.of(
    "generic:app-promo",
    phrases=[
        "Download the app",
        "Get the app",
        "Open in App",
        "Open in app",
        "Read in app",
        "Continue in app",
        "Fourteen days free",
        "One app. One membership.",
        "100+ trusted global sources.",
        "Try GOLD - Free",
        "Start reading",
    ],
    patterns=[r"^download (?:our|the) .{0,30}app\b.{0,40}$"],
)

STORY_CONTINUES = LineRule.of(
    "generic:story-continues",
    phrases=[
        "Story continues",
        "Story continues below",
        "Story continues below advertisement",
        "Article continues below",
        "Article continues below this ad",
        "Continue reading below",
        "Continue reading the main story",
    ],
)

ADVERT = LineRule.of(
    "generic:advertisement",
    phrases=[
        "Advertisement",
        "Advertising",
        "Ad",
        "Sponsored",
        "Sponsored content",
        "Anzeige",
        "Publicité",
        *_long_tail("advertisement", "phrases"),
    ],
    patterns=[
        # the label set between dashes, dots or stars ("- Advertisement -", "· Anzeige ·";
        # the line's key has lost its leading mark as a bullet's), or with a few words of its
        # slot after a mark ("Publicidad - Sigue leyendo debajo")
        r"^(?:[-–—·•*_=|]+ ?)?(?:{}) ?[-–—·•*_=|:]+(?: [^.!?]{{1,40}})?$".format(
            vocab.alternation(
                w.casefold() for w in ("Advertisement", "Anzeige", "Publicité",
                                       *_long_tail("advertisement", "phrases"))
            )
        ),
    ],
)

_CROSSLINK_LABELS = vocab.alternation(w.casefold() for w in vocab.ordered("crosslink_labels"))
"""Cross-link labels as line keys hold them (a key is case-folded: Greek "επίσης" -> "επίσησ")."""

RELATED = LineRule.of(
    "generic:related",
    phrases=[
        "Related Stories",
        "Related stories",
        "Related articles",
        "Related",
        "Our Picks",
        "More stories",
        "More on this story",
        "You may also like",
        "Recommended",
        "Recommended for you",
        "Most Read",
        "Most read",
        "Most Viewed",
        "Most Popular",
        "Most Watched",
        "Trending",
        "Trending Now",
        "Read More",
        "Read more",
        "Read more »",
        "Fetching latest articles",
        "Más información",
        "Mehr zum Thema",
        *_long_tail("related", "phrases"),
    ],
    patterns=[
        # A linked headline, not a sentence: headlines do not end with a full stop.
        r"^related: [^ ].{0,200}(?<!\.)$",
        r"^(?:read )?more: [^ ].{0,200}(?<!\.)$",
        r"^most (?:viewed|read|popular) in [^ ].{0,30}$",
        r"^latest in [^ ].{0,30}$",
        r"^similar news:",
        r"^more from [^ ].{0,40}$",
        r"^more (?:stories|articles) from [^ ].{0,40}$",
        *_long_tail("related", "patterns"),
        # any language's cross-link label, its mark and a headline ("Lire aussi : …",
        # "Lees ook: …"): the same labels as the HTML form's (rules/crosslink_labels.txt)
        rf"^(?:{_CROSSLINK_LABELS}) ?[:：»>|–—-] ?"
        r"[^ ].{0,160}(?<![.。])$",
        # the label alone, its link on the next line ("Les også" / "Bompengene øker …")
        rf"^(?:{_CROSSLINK_LABELS}) ?[:：»>|–—-]?$",
    ],
)

UI = LineRule.of(
    "generic:ui",
    phrases=[
        "Share",
        "Share this article",
        "Share this story",
        "Share on Facebook",
        "Share on Twitter",
        "Share on X",
        "Copy link",
        "Link copied",
        "Copied",
        "Tweet",
        "Email",
        "Print",
        "Save",
        "Save article",
        "Bookmark",
        "Comments",
        "Add Comment",
        "Show comments",
        "Close",
        "Expand",
        "Premium",
        "Menu",
        "Search",
        "Listen",
        "Listen to this article",
        "Listen to this story",
        "Video Loading",
        "Video Unavailable",
        "Click to play",
        "Tap to play",
        "Comentarios",
        "Archivado en",
        "Sobre la firma",
        "Updated",
        "Published",
        "on",
        "Connect with us",
        "Follow us",
        "Key events",
        "Show key events only",
        "Please turn on JavaScript to use this feature",
        "News Story",
        "Privacy",
        "Privacy policy",
        "Cookie settings",
        "Accept all cookies",
        "Loading...",
        "Skip to content",
        "Skip to main content",
        "We’re sorry, this feature is currently unavailable. We’re working to restore it. "
        "Please try again later.",
        *_long_tail("ui", "phrases"),
    ],
    patterns=[
        r"^skip to (?:main )?(?:content|navigation)",
        r"^\(below is a backup copy of the original article",
        r"^\d{1,3} min(?:ute)?s? (?:read|listen)$",
        r"^the video will (?:auto-?play|start) (?:soon|in\b)",
        r"^this was published \d{1,3} (?:years?|months?|days?) ago$",
        r"^(?:\| )?-?\d{1,2}(?:\.\d)?°[cf] [^ ].{0,30}$",
        *_long_tail("ui", "patterns"),
    ],
)

READ_MORE = LineRule.of(
    "generic:read-more",
    action="cut",
    patterns=_long_tail("readmore", "patterns"),
)
"""A link to the rest of the story on its source ("Read more at …", "Weiterlesen auf …",
"続きを読む"): the text is an excerpt, and what follows the link is the site's chrome."""

PROMO = LineRule.of(
    "generic:promo",
    phrases=_long_tail("promo", "phrases"),
    patterns=_long_tail("promo", "patterns"),
)
"""Newsletter, app, social and trial prompts and aggregator widgets (AI summaries, coverage
counts) written as prose: none is article text however sentence-like it reads."""

FOOTER = LineRule.of(
    "generic:footer",
    phrases=_long_tail("footer", "phrases"),
    patterns=_long_tail("footer", "patterns"),
)
"""Site boilerplate under every article: copyright, republishing and disclaimer notes,
source lines, legal links."""

SYNDICATION = LineRule.of(
    "generic:syndication-note",
    patterns=[
        r"^this (?:article|story) (?:originally )?appeared (?:on|in) [^ ].{0,200}$",
        r"^this (?:article|story) was (?:originally|first) published (?:on|in|by) [^ ].{0,200}$",
    ],
)

GENERIC_RULES = ruleset(
    [
        PAYWALL_CUT,
        READ_MORE,
        GATE,
        PAYWALL_GATE,
        SIGNUP,
        APP_PROMO,
        STORY_CONTINUES,
        ADVERT,
        RELATED,
        UI,
        SYNDICATION,
        PROMO,
        FOOTER,
    ]
)

SECTIONS = frozenset(s.casefold() for s in vocab.words("sections"))
"""Section labels of every site (``rules/sections.txt``); a profile may add its own."""

GENERIC = Profile(
    name="generic",
    aggregator=None,
    hosts=(),
    rules=GENERIC_RULES,
    sections=SECTIONS,
)

INLINE_CHROME: tuple[tuple[str, re.Pattern[str]], ...] = (
    # Guardian RSS promo glued between standfirst and first paragraph by republishers.
    ("generic:inline-promo", re.compile(r"See all our [A-Za-z][\w'’ -]{0,40}? coverage(?=[A-Z])")),
    # RSS excerpt tail: the republisher's body stops here.
    # (No leading ``\s*``: searched, that would rescan every run of spaces — quadratic.)
    ("generic:inline-continue", re.compile(r"\bContinue reading(?:\.\.\.|…)$")),
    # A card's snippet ending in its link ("… officials said. Read more"): the text stops.
    (
        "generic:inline-continue",
        re.compile(
            r"(?<=[.!?…\"”’] )(?:Read more|Read full (?:story|article)|Weiterlesen|"
            r"Lire la suite|Leer más|Seguir leyendo|続きを読む|Leia mais|Continua a leggere|"
            r"Lees meer|Lees verder|Läs mer|Læs mere|Les mer|Czytaj dalej|Devamını oku|"
            r"Читать далее)(?: ?(?:»|→|›|\.\.\.|…))?$"
        ),
    ),
    # A news feed's excerpt that names what it left out ("… the council said [+2816 chars]").
    ("generic:inline-continue", re.compile(r" ?\[\+\d{1,6} chars\]$")),
    ("generic:inline-quote-label", re.compile(r"^Quote Message:\s+")),
)
"""Chrome glued inside a content line: (rule name, pattern of the fragment to cut out)."""
