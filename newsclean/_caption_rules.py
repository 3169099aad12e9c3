"""Caption/credit rules as data: credit labels, agencies and words that are not credits.

Used by :mod:`newsclean.caption`. Compared case-insensitively unless said otherwise.
"""

# fmt: off
from __future__ import annotations

from typing import Final

# Labels that introduce a credit and end with ":", "..." or "by" ("Photograph: X",
# "Credit...X", "Photo by X", "Image via X"). The label itself is not part of the credit.
CREDIT_LABELS: Final[tuple[str, ...]] = (
    "photograph", "photographs", "all photographs", "photo", "photos", "photo credit",
    "photo credits", "photographer", "photography", "picture", "pictures", "pic", "pics",
    "picture credit", "image", "images", "image credit", "image credits", "image source",
    "image copyright", "main image", "top image", "illustration", "illustrations",
    "composite", "credit", "credits", "source", "sources", "screenshot", "video",
    "graphic", "graphics", "artwork", "copyright", "photo illustration", "foto", "fotos",
    "fotografía", "fotografia", "fotografie", "bild", "bilder", "bildquelle", "quelle",
    "crédit", "crédits", "crédit photo", "crédito", "créditos", "fuente", "fot.", "fot",
    "zdjęcie", "źródło", "autor", "autorka", "фото", "источник", "kuva", "foto's",
)

# Labels that may be followed directly by the credit without ":" when they start a new
# sentence ("... agents. Credit Ashraf Shazly/AFP", "... Lage. Bild Jan Muster").
BARE_LABELS: Final[frozenset[str]] = frozenset({
    "credit", "bild", "foto", "фото", "photo", "fot.", "image", "©", "(c)", "copyright",
})

# Labels that introduce the caption itself and are removed ("Image caption", "Media caption").
CAPTION_LABELS: Final[tuple[str, ...]] = (
    "image caption", "media caption", "caption", "video caption", "bildunterschrift",
)

# Agencies and picture libraries: a trailing bare word from this list is a credit
# ("... his colleague AP", "... in Paris. Reuters"). Compared case-insensitively.
AGENCIES: Final[frozenset[str]] = frozenset({
    "ap", "afp", "reuters", "epa", "epa-efe", "efe", "pa", "pa media", "pa wire", "aap",
    "getty", "getty images", "gettyimages", "shutterstock", "rex", "rex features",
    "rex/shutterstock", "alamy", "alamy stock photo", "dpa", "picture alliance",
    "picture-alliance", "imago", "imago images", "xinhua", "anadolu", "anadolu agency",
    "sipa", "sipa usa", "zuma", "zuma wire", "zuma press", "bloomberg", "ansa",
    "kyodo", "yonhap", "tass", "ria novosti", "sputnik", "istock", "istockphoto",
    "unsplash", "pixabay", "pexels", "wikimedia commons", "nasa", "esa", "pool",
    "ap photo", "afp photo", "reuters photo", "the associated press", "associated press",
    "agence france-presse", "press association", "statista", "keystone", "lusa", "ap file",
    "upi", "the canadian press", "canadian press", "nurphoto", "sopa images", "abaca",
    "bestimage", "ipa", "ddp", "ddp images", "action images", "camera press", "reuters files",
    "ap images", "nbc news", "cbs news", "abc news", "bbc", "cnn", "twitter", "instagram",
    "facebook", "youtube", "handout", "courtesy", "file photo", "dr", "ani", "pti", "ians",
})

# Words that mark a credit when they appear in a short trailing chunk.
CREDIT_HINTS: Final[tuple[str, ...]] = (
    "getty", "reuters", "shutterstock", "unsplash", "alamy", "afp", "epa", "rex",
    "associated press", "ap photo", "pool", "handout", "istock", "pixabay", "pexels",
    "wikimedia", "picture alliance", "imago", "dpa", "anadolu", "zuma", "sipa", "nurphoto",
    "courtesy", "flickr", "cc by", "cc-by", "creative commons", "/ap", "/pa", "/afp",
)

# Words after which a parenthesised chunk is ordinary caption text, not a credit
# ("(left)", "(file)", "(pictured)", "(L-R)").
NOT_CREDIT_WORDS: Final[frozenset[str]] = frozenset({
    "left", "right", "center", "centre", "top", "bottom", "middle", "front", "back",
    "pictured", "picture", "above", "below", "file", "l-r", "r-l", "l to r", "from left",
    "second left", "second right", "inset", "main", "clockwise", "archive", "illustrative",
    "stock", "detail", "video", "screenshot", "photo", "photos", "image", "images",
    "von links", "v.l.", "v. l.", "de izquierda a derecha", "à gauche", "à droite",
    "in white", "in red", "in blue", "in green", "in yellow", "fig", "figure",
})

# Capitalised single words that end captions but are not credits.
NOT_CREDIT_TAILS: Final[frozenset[str]] = frozenset({
    "above", "below", "left", "right", "pictured", "inset", "file", "top", "bottom",
    "today", "yesterday", "tonight", "here", "there", "now", "again", "too", "also",
})
