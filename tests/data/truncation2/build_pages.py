"""Build truncation2's pages from their text: ``python build_pages.py`` writes ``heldout/`` from
``heldout.pages`` and ``tune/`` from ``tune.pages`` (casegen's labels, from tagged lines).

A ``.pages`` file: a ``NOTE: …`` line (the labels' note), ``#`` comment lines, then pages, each
``@ slug url aggregator``, a JSON object of the labelled fields (publisher, section, byline_raw,
authors, truncated), and its lines tagged C| chrome, H| header line, T| title (header), P| first
body paragraph, B| body; a blank line ends a page. All text, names and sites are invented."""
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import casegen  # noqa: E402


def build(name: str) -> None:
    """Write the pages of ``<name>.pages`` as JSON cases into the folder ``<name>``."""
    casegen.PAGES.clear()
    text = (HERE / f"{name}.pages").read_text(encoding="utf-8")
    for chunk in text.split("\n\n"):
        rows = [r for r in chunk.split("\n") if r and not r.startswith("#")]
        if rows and rows[0].startswith("NOTE: "):
            casegen.NOTE = rows.pop(0).removeprefix("NOTE: ")
        if not rows:
            continue
        slug, url, aggregator = rows[0].removeprefix("@ ").split(" ")
        casegen.page(slug, url, aggregator, rows[2:], **json.loads(rows[1]))
    sys.argv[1:] = [str(HERE / name)]
    casegen.write_pages()


if __name__ == "__main__":
    for folder in ("heldout", "tune"):
        build(folder)
