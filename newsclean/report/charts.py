"""Benchmark figures as plain SVG bar charts (no plotting dependency): one chart per measure.

The input is what ``bench/bench_extraction.py --json OUT`` writes: ``{"title", "pages",
"systems": [{"name", "f1", "ms_per_page", …}]}``. Every text is escaped; the SVG carries no
style attribute and no script, so the report's Content-Security-Policy holds.
"""

from __future__ import annotations

from html import escape
from typing import Any

_BAR_H = 22
_LABEL_W = 260
_BAR_W = 320
_OURS = "#1f5fbf"
_OTHER = "#9aa6b8"


def bar_chart(title: str, rows: list[tuple[str, float]], fmt: str, better: str) -> str:
    """A horizontal bar chart of ``rows`` (label, value), newsclean's bars in the accent
    colour; ``better`` says which way is better ("higher"/"lower")."""
    top = max((v for _, v in rows), default=0.0) or 1.0
    height = 30 + _BAR_H * len(rows) + 8
    width = _LABEL_W + _BAR_W + 80
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" aria-label="{escape(title)}">',
        f'<text x="0" y="16" font-weight="600">{escape(title)} ({escape(better)} is better)'
        "</text>",
    ]
    for n, (label, value) in enumerate(rows):
        y = 28 + n * _BAR_H
        w = max(1.0, _BAR_W * value / top)
        colour = _OURS if label.lower().startswith("newsclean") else _OTHER
        parts.append(f'<text x="0" y="{y + 15}">{escape(label[:40])}</text>')
        parts.append(f'<rect x="{_LABEL_W}" y="{y + 3}" width="{w:.1f}" height="{_BAR_H - 6}" '
                     f'fill="{colour}"/>')
        parts.append(f'<text x="{_LABEL_W + w + 6:.1f}" y="{y + 15}">'
                     f"{escape(format(value, fmt))}</text>")
    parts.append("</svg>")
    return "".join(parts)


def bench_charts(bench: dict[str, Any]) -> str:
    """The F1 and ms/page charts of one benchmark result (empty when it holds no systems)."""
    systems = [s for s in bench.get("systems") or [] if isinstance(s, dict) and s.get("name")]
    charts = []
    scored = [(str(s["name"]), float(s["f1"])) for s in systems
              if isinstance(s.get("f1"), int | float)]
    if scored:
        charts.append(bar_chart("F1", scored, ".3f", "higher"))
    timed = [(str(s["name"]), float(s["ms_per_page"])) for s in systems
             if isinstance(s.get("ms_per_page"), int | float)]
    if timed:
        charts.append(bar_chart("median ms/page", timed, ".1f", "lower"))
    if not charts:
        return ""
    title = str(bench.get("title") or "benchmark")
    pages = bench.get("pages")
    caption = f"{title}: {pages} pages" if pages else title
    return f"<figure><figcaption>{escape(caption)}</figcaption>{''.join(charts)}</figure>"
