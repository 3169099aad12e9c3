"""Build longtail12's own invented pages: ``python make_pages.py`` writes ``tune/`` beside this
file from ``pages_tune.py`` (casegen tags: ``C|`` chrome, ``H|`` header, ``T|`` headline,
``P|`` first paragraph, ``B|`` body). Sites, people and text are made up."""
from __future__ import annotations

import importlib
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]
import casegen  # noqa: E402

for folder, module in (("tune", "pages_tune"), ("tune2", "pages_tune2")):
    casegen.PAGES.clear()
    casegen.NOTE = f"Invented page text in the layout of a real long-tail site (longtail12 {folder})."
    if not (HERE / f"{module}.py").exists():
        continue
    importlib.import_module(module)
    sys.argv[1:] = [str(HERE / folder)]
    casegen.write_pages()
