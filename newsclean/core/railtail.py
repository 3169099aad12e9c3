"""A site's rail heading under the story ("Trending now", "Contenido relacionado"): after it
the page holds only rails and the footer, so every later line goes with it."""

from __future__ import annotations

from ..normalize.text import ends_sentence
from .page import Page


def claim_after_heading(page: Page, rule: str) -> None:
    """Claim every line after the first line the site's ``rule`` took, once article text (a
    sentence) stood above it. Not a gate: ``cut`` would mark the story truncated, and a top
    bar may hold the same words above the headline (Yahoo! Japan's "ランキング", "コメント")."""
    first_text = next((i for i in page.free() if ends_sentence(page.text(i))), None)
    for i, claimed in sorted(page.claims.items()):
        if claimed == rule and first_text is not None and i > first_text:
            for j in range(i + 1, len(page.lines)):
                page.claim(j, f"{rule}:after")
            return
