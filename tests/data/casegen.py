"""Build invented aggregator-text cases from tagged lines (the integrator's generators use it).

Each page is a list of lines tagged ``C|`` chrome, ``H|`` header line, ``T|`` title (a header
line), ``P|`` first body paragraph, ``B|`` body, or untagged; the labels of the shared
aggregator-text format are derived from the tags plus the fields given by name."""
import json
import pathlib
import sys

PAGES: list[tuple[str, dict]] = []
NOTE = "Invented page text in the layout of a real long-tail site."


def page(slug, url, aggregator, lines, *, publisher=None, publisher_name=None, section=None,
         byline_raw=None, authors=(), organization=None, captions=(), truncated=None, lang=""):
    text, chrome, header, title, fbp = [], [], [], None, None
    for raw in lines:
        tag, _, line = raw.partition("|") if "|" in raw[:2] else ("", "", raw)
        text.append(line)
        if tag == "C":
            chrome.append(line.strip())
        elif tag in ("H", "T"):
            header.append(line.strip())
            if tag == "T":
                title = line.strip()
        elif tag == "P":
            fbp = line.strip()
    PAGES.append((slug, {
        "url": url, "aggregator": aggregator, "text": "\n".join(text),
        "labels": {
            "site_kind": "aggregator_portal", "publisher": publisher,
            "publisher_name": publisher_name or publisher, "section": section,
            "byline_raw": byline_raw, "authors": list(authors), "organization": organization,
            "title": title, "captions": [dict(c) for c in captions],
            "first_body_paragraph": fbp, "chrome_lines": chrome, "header_lines": header,
            "truncated": truncated, "page_type": "article", "header_pattern": "",
            "notes": NOTE + (" " + lang if lang else ""),
        }}))


def setup(note: str, script: str) -> None:
    """Start a generator: its notes' prefix, and its own folder as the default output folder."""
    global NOTE
    NOTE = note
    if len(sys.argv) < 2:
        sys.argv.append(str(pathlib.Path(script).resolve().parent))


# inkl's four promo lines above every headed page (chrome)
INKL_HEAD = ["C|Get all your news in one place.", "C|100’s of premium titles.", "C|One app.",
             "C|Start reading"]

LIMIT = 2000  # the store's excerpt cut, in UTF-8 bytes
BULLET = "•-–—* "


def shared_page(slug, url, aggregator, lines, *, site_kind, header_pattern, notes, cut=False,
                lang="", page_type="article", **fields):
    """``page`` in the shared cases' conventions: an ``S|`` standfirst stays in the text and goes
    to ``standfirst`` only, the first paragraph loses its bullet marker, a repeated header line is
    listed once, and ``cut=True`` cuts the text at the store's 2,000 bytes inside its last line."""
    page(slug, url, aggregator, lines, lang=lang, **fields)
    case = PAGES[-1][1]
    lab = case["labels"]
    text = case["text"]
    if cut:
        data = text.encode("utf-8")
        assert len(data) > LIMIT, (slug, len(data))
        short = data[:LIMIT].decode("utf-8", "ignore")
        head = text.rsplit("\n", 1)[0]
        assert short.startswith(head + "\n") and lines[-1].startswith("B|"), slug
        case["text"] = text = short
    else:
        assert len(text.encode("utf-8")) < LIMIT, (slug, len(text.encode("utf-8")))
    fbp = lab["first_body_paragraph"]
    if fbp and fbp[0] in BULLET:
        fbp = fbp.lstrip(BULLET)
    standfirst = [raw[2:].strip() for raw in lines if raw.startswith("S|")]
    out = {}
    for key, value in lab.items():
        if key == "first_body_paragraph":
            if standfirst:
                out["standfirst"] = standfirst[0]
            value = fbp
        out[key] = value
    out["site_kind"] = site_kind
    out["page_type"] = page_type
    out["header_pattern"] = header_pattern
    out["notes"] = NOTE + (" " + lang if lang else "") + ". " + notes
    out["header_lines"] = list(dict.fromkeys(out["header_lines"]))
    case["labels"] = out


def start_set(out: pathlib.Path, folder: str, label: str) -> None:
    """Start a set of pages written to ``out/folder`` by ``write_pages`` (several sets from one
    script, each noted with its ``label``)."""
    global NOTE
    PAGES.clear()
    NOTE = f"Invented page text in the layout of a real long-tail site ({label})."
    sys.argv[1:] = [str(out / folder)]


def write_pages() -> None:
    """Write every page built so far as ``<slug>.json`` into the folder named on the command line."""
    out = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else ".")
    out.mkdir(parents=True, exist_ok=True)
    for slug, case in PAGES:
        (out / f"{slug}.json").write_text(json.dumps(case, ensure_ascii=False, indent=2) + "\n")
    print(len(PAGES), "pages")
