"""Build longtail10's own invented pages: ``python make_pages.py`` writes ``tune/`` and
``heldout/`` beside this file from ``pages_tune.py`` and ``pages_heldout.py`` (casegen tags:
``C|`` chrome, ``H|`` header, ``T|`` headline, ``P|`` first paragraph, ``B|`` body)."""
from __future__ import annotations

import importlib
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]
import casegen  # noqa: E402

for folder, module in (("heldout", "pages_heldout"), ("heldout2", "pages_heldout2"), ("tune", "pages_tune"), ("tune2", "pages_tune2"), ("tune3", "pages_tune3")):
    casegen.PAGES.clear()
    casegen.NOTE = f"Invented page text in the layout of a real long-tail site (longtail10 {folder})."
    if not (HERE / f"{module}.py").exists():
        continue
    importlib.import_module(module)
    sys.argv[1:] = [str(HERE / folder)]
    casegen.write_pages()
