"""Build longtail11's own invented pages: ``python make_pages.py`` reads ``heldout.txt`` and
``tune.txt`` and writes one JSON case a page into ``heldout/`` and ``tune/`` with longtail8's
label builder.

A page is a block: ``== <slug> <url>``, then ``field: value`` lines (publisher, section,
byline_raw, authors split by "; ", truncated, lang, note), then its tagged lines: ``C|``
chrome, ``H|`` header, ``T|`` headline, ``P|`` first paragraph, ``B|`` body. All text, names
and sites are invented; the chrome in and after the body (rails of cards, a menu printed again
in the footer, footer boilerplate, widgets, icon and count lines) is worded as a site would
word it. The held-out pages were written and scored before any rule change, never tuned on."""
from __future__ import annotations

import json
import pathlib
import sys

HERE = pathlib.Path(__file__).parent
sys.path.insert(0, str(HERE.parent / "longtail8"))
from make_pages import build  # noqa: E402  (longtail8's label builder)


def _value(name: str, raw: str) -> object:
    if name == "authors":
        return raw.split("; ")
    return {"true": True, "false": False}.get(raw, raw) if name == "truncated" else raw


def pages(path: pathlib.Path) -> dict[str, dict[str, object]]:
    """The cases of one text file, by slug."""
    found: dict[str, dict[str, object]] = {}
    for block in path.read_text(encoding="utf-8").split("\n== ")[1:]:
        first, *rest = block.strip().split("\n")
        slug, url = first.removeprefix("== ").split()
        fields = {}
        for line in (x for x in rest if "|" not in x[:2]):
            name, _, raw = line.partition(": ")
            fields[name] = _value(name, raw)
        case = build(url, [x for x in rest if "|" in x[:2]], **fields)
        labels = case["labels"]
        assert isinstance(labels, dict)
        labels["notes"] = str(labels["notes"]).replace("longtail8", "longtail11")
        found[slug] = case
    return found


if __name__ == "__main__":
    for folder in ("heldout", "tune"):
        out = HERE / folder
        out.mkdir(exist_ok=True)
        cases = pages(HERE / f"{folder}.txt")
        for slug, case in cases.items():
            text = json.dumps(case, ensure_ascii=False, indent=2) + "\n"
            (out / f"{slug}.json").write_text(text, encoding="utf-8")
        print(folder, len(cases), "pages")
