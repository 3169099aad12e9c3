"""Build longtail8's own invented pages (``tune`` and ``heldout``) in the label format of the
shared aggregator cases: ``python make_pages.py`` writes both folders next to this file.

A page is a list of tagged lines: ``C|`` chrome, ``H|`` a header line, ``T|`` the headline
(a header line), ``P|`` the first paragraph, ``B|`` body. All text, names and sites invented."""
from __future__ import annotations

import json
import pathlib

HERE = pathlib.Path(__file__).parent
KINDS = {"C": "chrome", "H": "header", "T": "header", "P": "body", "B": "body"}


def build(url: str, tagged: list[str], **fields: object) -> dict[str, object]:
    """One case: the text and its labels from the tags plus the explicit ``fields``."""
    split = [line.split("|", 1) for line in tagged]
    labels: dict[str, object] = {
        "site_kind": "aggregator_portal", "publisher": None, "publisher_name": None,
        "section": None, "byline_raw": None, "authors": [], "organization": None,
        "captions": [], "truncated": None, "page_type": "article", "header_pattern": "",
        "title": next((t for k, t in split if k == "T"), None),
        "first_body_paragraph": next((t for k, t in split if k == "P"), None),
        "chrome_lines": [t for k, t in split if KINDS[k] == "chrome"],
        "header_lines": [t for k, t in split if KINDS[k] == "header"],
        "notes": "Invented by longtail8 (issue 12): " + str(fields.pop("note", "")),
    }
    labels.update(fields)
    labels["publisher_name"] = labels["publisher_name"] or labels["publisher"]
    host = url.split("/")[2].split(".")[0]
    return {"url": url, "aggregator": host, "text": "\n".join(t for _, t in split), "labels": labels}


def write(folder: str, pages: dict[str, dict[str, object]]) -> None:
    out = HERE / folder
    out.mkdir(exist_ok=True)
    for slug, case in pages.items():
        (out / f"{slug}.json").write_text(json.dumps(case, ensure_ascii=False, indent=2) + "\n")


if __name__ == "__main__":
    from pages_heldout import HELDOUT
    from pages_tune import TUNE

    write("tune", TUNE)
    write("heldout", HELDOUT)
    print(len(TUNE), "tune pages,", len(HELDOUT), "held-out pages")
