"""Build invented publisher pages with their truth from tagged blocks written as data
(``tune.txt``, ``holdout.txt``):

    python pagegen.py tune.txt ../../../fixtures/publishers/body-tune
    python pagegen.py holdout.txt ../../../fixtures/publishers/body-holdout

A page opens with ``== <slug>`` and ``name = value`` lines (url, lang, site, headline, author,
authors split by " | ", published, shell: a name in ``shells.txt``, header, footer), then one
block a line, ``TAG: …``: article text (``P`` or ``P.<class>``, ``H``/``H3``, ``UL``/``OL``
items split by " || ", ``TABLE``/``TABLE+head`` rows by " || " and cells by " ;; ",
``DL``/``DL.<class>`` pairs the same way), chrome in the article (``C``) or after it (``A``):
its markup, then " || " and the strings of it that must not reach the body. Every heading,
item, first cell and detail value must reach the body. ``spec.json`` gets ``articleBody``
(the text blocks in page order, joined by "\\n"), ``keep`` and ``without``."""
from __future__ import annotations

import html as _html
import json
import pathlib
import re
import sys
from dataclasses import dataclass, field


@dataclass
class Block:
    markup: str
    body: list[str] = field(default_factory=list)  # truth lines
    keep: list[str] = field(default_factory=list)  # must be in the body
    without: list[str] = field(default_factory=list)  # must not be in the body


def _plain(markup: str) -> str:
    return " ".join(_html.unescape(re.sub(r"<[^>]+>", "", markup)).split())


def P(markup: str, cls: str = "") -> Block:
    """A paragraph of the article (inline links allowed)."""
    c = f" class='{cls}'" if cls else ""
    return Block(f"<p{c}>{markup}</p>", [_plain(markup)])


def H(text: str, tag: str = "h2") -> Block:
    return Block(f"<{tag}>{text}</{tag}>", [_plain(text)], [_plain(text)])


def UL(*items: str, tag: str = "ul", cls: str = "") -> Block:
    c = f" class='{cls}'" if cls else ""
    lis = "".join(f"<li>{i}</li>" for i in items)
    return Block(f"<{tag}{c}>{lis}</{tag}>", [_plain(i) for i in items],
                 [_plain(i) for i in items])


def OL(*items: str) -> Block:
    return UL(*items, tag="ol")


def TABLE(*rows: tuple[str, ...], head: tuple[str, ...] = ()) -> Block:
    th = "".join(f"<th>{c}</th>" for c in head)
    trs = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    markup = f"<table>{'<thead><tr>' + th + '</tr></thead>' if head else ''}<tbody>{trs}</tbody></table>"
    lines = ([" ".join(head)] if head else []) + [" ".join(r) for r in rows]
    return Block(markup, lines, [r[0] for r in rows])


def DL(*pairs: tuple[str, str], cls: str = "") -> Block:
    c = f" class='{cls}'" if cls else ""
    inner = "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in pairs)
    return Block(f"<dl{c}>{inner}</dl>", [f"{k} {_plain(v)}" for k, v in pairs],
                 [_plain(v) for _, v in pairs])


def C(markup: str, *without: str) -> Block:
    """Chrome: its markup, and the strings of it that must not be in the body."""
    return Block(markup, [], [], list(without))


def K(markup: str, *lines: str) -> Block:
    """Article text in markup of its own: its truth lines, each of which must be kept."""
    return Block(markup, list(lines), list(lines))


PAGES: list[tuple[str, str, dict[str, object]]] = []


def page(slug: str, *, url: str, lang: str, site: str, headline: str, author: str,
         authors: list[str], published: str, shell: str, blocks: list[Block],
         header: str = "", after: list[Block] = (), footer: str = "") -> None:
    """``shell``: the page with ``{head}``, ``{header}``, ``{body}``, ``{after}`` slots."""
    body = "\n".join(b.markup for b in blocks)
    tail = "\n".join(b.markup for b in after)
    head = (f"<meta charset='utf-8'><title>{headline} | {site}</title>"
            f"<meta property='og:site_name' content='{site}'>"
            f"<meta property='og:title' content=\"{headline}\">"
            f"<meta property='article:published_time' content='{published}'>")
    markup = shell.format(head=head, header=header, body=body, after=tail, footer=footer,
                          lang=lang, headline=headline, author=author, site=site)
    spec = {
        "url": url, "headline": headline, "author": author,
        "articleBody": "\n".join(line for b in blocks for line in b.body),
        "authors": authors,
        "keep": [k for b in blocks for k in b.keep],
        "without": [w for b in (*blocks, *after) for w in b.without],
    }
    PAGES.append((slug, markup, spec))


_SIMPLE = {"UL": UL, "OL": OL}


def _block(tag: str, value: str) -> Block:
    name, _, cls = tag.partition(".")
    parts = value.split(" || ")
    if name == "P":
        return P(value, cls)
    if name in ("H", "H3", "H4"):
        return H(value, "h2" if name == "H" else name.lower())
    if name in _SIMPLE:
        return _SIMPLE[name](*parts)
    if name in ("TABLE", "TABLE+head"):
        rows = [tuple(p.split(" ;; ")) for p in parts]
        return TABLE(*rows[1:], head=rows[0]) if name == "TABLE+head" else TABLE(*rows)
    if name == "DL":
        return DL(*[tuple(p.split(" ;; ", 1)) for p in parts], cls=cls)  # type: ignore[misc]
    if name in ("C", "A"):
        return C(*parts)
    raise ValueError(f"unknown block {tag!r}")


def _shells(path: pathlib.Path) -> dict[str, str]:
    """The shells of ``shells.txt``: each one's lines after its ``== NAME`` line."""
    out: dict[str, list[str]] = {}
    lines: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("== "):
            out[line[3:].strip()] = lines = []
        elif out and not line.startswith("# "):
            lines.append(line)
    return {name: "\n".join(body).strip("\n") for name, body in out.items()}


def read_pages(path: pathlib.Path) -> None:
    """Add every page of a data file (format above) to :data:`PAGES`."""
    shells = _shells(path.with_name("shells.txt"))
    slug, fields, blocks, after = "", {}, [], []

    def flush() -> None:
        if slug:
            page(slug, shell=shells[fields.pop("shell")],
                 authors=fields.pop("authors").split(" | "), blocks=blocks, after=after,
                 **fields)

    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("== "):
            flush()
            slug, fields, blocks, after = line[3:].strip(), {}, [], []
        elif " = " in line and ":" not in line.split(" = ", 1)[0]:
            name, _, value = line.partition(" = ")
            fields[name.strip()] = value
        else:
            tag, _, value = line.partition(": ")
            (after if tag == "A" else blocks).append(_block(tag, value))
    flush()


def write_pages() -> None:
    """Write every page as a fixture case folder into the folder named on the command line."""
    out = pathlib.Path(sys.argv[-1])
    for slug, markup, spec in PAGES:
        d = out / slug
        d.mkdir(parents=True, exist_ok=True)
        (d / "body.html").write_text(markup, encoding="utf-8")
        response = {"url": spec["url"], "status": 200,
                    "headers": {"Content-Type": "text/html; charset=utf-8"}}
        (d / "response.json").write_text(json.dumps(response, indent=2) + "\n", encoding="utf-8")
        (d / "spec.json").write_text(json.dumps(spec, ensure_ascii=False, indent=2) + "\n",
                                     encoding="utf-8")
    print(len(PAGES), "pages ->", out)


if __name__ == "__main__":
    read_pages(pathlib.Path(sys.argv[1]))
    write_pages()
