"""Build longtail9's own invented pages (``mine-tune``, ``mine-heldout``) with longtail8's
label builder: ``python make_pages.py``. Tags: ``C|`` chrome, ``H|`` header, ``T|`` headline,
``P|`` first paragraph, ``B|`` body. All text, names and sites invented; chrome uses made-up
site words on purpose (no phrase list knows them)."""
from __future__ import annotations

import json
import pathlib
import sys

HERE = pathlib.Path(__file__).parent
sys.path.insert(0, str(HERE.parent / "longtail8"))
from make_pages import build  # noqa: E402  (longtail8's label builder)

from pages_mine import HELDOUT, TUNE  # noqa: E402

for folder, pages in (("mine-tune", TUNE), ("mine-heldout", HELDOUT)):
    out = HERE / folder
    out.mkdir(exist_ok=True)
    for slug, case in pages.items():
        labels = case["labels"]
        assert isinstance(labels, dict)
        labels["notes"] = str(labels["notes"]).replace("longtail8", "longtail9")
        (out / f"{slug}.json").write_text(json.dumps(case, ensure_ascii=False, indent=2) + "\n")
    print(folder, len(pages), "pages")
_ = build
