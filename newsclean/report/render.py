"""The report as one self-contained HTML file: the records as JSON, the page's own script and
style inline, and a Content-Security-Policy that lets only those run.

Safe to open whatever the pages held: the records are data inside ``<script
type="application/json">`` (never executed; every ``<`` written as ``\\u003c``, so no ``</script>``
or ``<!--`` can end or change the block) and the script puts text on the page with
``textContent`` only. The policy allows the one inline script and the one inline style by
their SHA-256 and nothing else (``default-src 'none'``): no network, no other inline code.
The records are streamed to the file, so a large crawl is never held in memory as a string.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Iterable
from datetime import UTC, datetime
from functools import cache
from html import escape
from importlib.resources import files
from typing import Any, TextIO

from .charts import bench_charts
from .records import Summary


@cache
def asset(name: str) -> str:
    """The report's script or style (``app.js``, ``app.css``), as shipped in the package."""
    return files(__package__).joinpath(name).read_text(encoding="utf-8")


def csp_hash(source: str) -> str:
    """The CSP source expression that allows exactly this inline block."""
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def policy() -> str:
    """The report's Content-Security-Policy."""
    return (
        f"default-src 'none'; script-src {csp_hash(asset('app.js'))}; "
        f"style-src {csp_hash(asset('app.css'))}; img-src data:; base-uri 'none'; "
        "form-action 'none'"
    )


def json_block(value: Any) -> str:
    """JSON safe inside a ``<script type="application/json">``: ``<`` as ``\\u003c``."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")


_BODY = """<header><h1>newsclean report</h1><span class="meta" id="meta"></span>
<nav><button type="button" id="tab-summary">Summary</button>
<button type="button" id="tab-articles">Articles</button></nav></header>
<main><section id="summary"></section>
<section id="articles" class="hidden">
<div class="toolbar"><input type="search" id="search" aria-label="search"
placeholder="Search headline, URL, byline, lines, rules…">
<select id="f-agg" aria-label="aggregator"></select><select id="f-host" aria-label="host"></select>
<select id="f-out" aria-label="outcome"></select><select id="f-rule" aria-label="rule"></select>
<select id="f-flag" aria-label="flag"></select><span id="count"></span></div>
<div class="split"><div id="list"><div id="list-spacer"></div></div>
<div id="detail"><p class="empty">Pick an article on the left.</p></div></div>
</section></main>
"""


def write_report(
    records: Iterable[dict[str, Any]],
    out: TextIO,
    *,
    benches: Iterable[dict[str, Any]] = (),
    extra: dict[str, Any] | None = None,
    now: datetime | None = None,
) -> Summary:
    """Write the report of ``records`` (:func:`~newsclean.report.records.compact` output) to
    ``out``; ``benches``: benchmark results to chart; ``extra``: more summary entries (a
    crawl's ``stats``). Returns the summary it counted."""
    now = now or datetime.now(UTC)
    out.write('<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">\n'
              f'<meta http-equiv="Content-Security-Policy" content="{escape(policy())}">\n'
              '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
              f"<title>newsclean report</title>\n<style>{asset('app.css')}</style>\n"
              f"</head><body>\n{_BODY}")
    out.write('<script type="application/json" id="nc-articles">[')
    summary = Summary()
    for n, record in enumerate(records):
        if n:
            out.write(",\n")
        out.write(json_block(record))
        summary.add(record)
    out.write("]</script>\n")
    charts = "".join(bench_charts(bench) for bench in benches)
    if charts:
        out.write(f'<section id="bench" class="panel"><h2>Benchmark</h2>{charts}</section>\n')
    generated = now.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
    data = summary.to_json({"generated": f"generated {generated}", **(extra or {})})
    out.write(f'<script type="application/json" id="nc-summary">{json_block(data)}</script>\n')
    out.write(f"<script>{asset('app.js')}</script>\n</body></html>\n")
    return summary
