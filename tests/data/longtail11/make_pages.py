"""Build longtail11's own invented pages (``heldout``, ``tune``) with longtail8's label builder:
``python make_pages.py``. Tags: ``C|`` chrome, ``H|`` header, ``T|`` headline, ``P|`` first
paragraph, ``B|`` body. All text, names and sites invented; the chrome in and after the body
(rails of cards, a menu printed again in the footer, footer boilerplate, widget blocks, icon and
count lines) is worded as a site would word it, not as any rule file has it. The held-out pages
were written and scored before any rule change and never tuned on."""
from __future__ import annotations

import json
import pathlib
import sys

HERE = pathlib.Path(__file__).parent
sys.path.insert(0, str(HERE.parent / "longtail8"))
from make_pages import build  # noqa: E402  (longtail8's label builder)

from held_pages import HELDOUT  # noqa: E402
from tune_pages import TUNE  # noqa: E402

for folder, pages in (("heldout", HELDOUT), ("tune", TUNE)):
    out = HERE / folder
    out.mkdir(exist_ok=True)
    for slug, case in pages.items():
        labels = case["labels"]
        assert isinstance(labels, dict)
        labels["notes"] = str(labels["notes"]).replace("longtail8", "longtail11")
        (out / f"{slug}.json").write_text(json.dumps(case, ensure_ascii=False, indent=2) + "\n")
    print(folder, len(pages), "pages")
_ = build
