"""What the report keeps of one Article, and the crawl summary counted from those records.

An Article as written (``Article.to_dict``, a JSONL line) is cut down to the fields the report
shows, under short keys, so that a report of a large crawl stays small and a crawl that writes
one keeps only this much per item. The summary is counted while the records stream past.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from ..normalize.urls import url_host

FAILED_FLAG = "clean-failed"
"""The flag of an input that could not be cleaned (``failed_article``): the pipeline's
``items/flagged``."""

OUTCOMES = ("cleaned", "truncated", "empty", "flagged", "dropped")
"""The summary's outcome counts, as the pipeline's stats count them: ``cleaned`` every item
the cleaner finished, ``truncated`` and ``empty`` (no body) among those, ``flagged`` items
passed on uncleaned, ``dropped`` items a crawl dropped (known to a crawl's report only)."""

TOP_HOSTS = 40
TOP_RULES = 40


def host_of(url: Any) -> str:
    """The URL's host without ``www.``; ``(no url)`` when there is none."""
    return url_host(url if isinstance(url, str) else None).removeprefix("www.") or "(no url)"


def rule_kind(rule: str) -> str:
    """The family a rule belongs to, for the report's labels: ``learned`` (this crawl's
    repeated lines), ``field`` (a header field or a caption took the line), ``structural``
    (removed by position or markup: an HTML selector, the main-content choice, the lines after
    a gate, a related rail's items) or ``phrase`` (a chrome vocabulary rule)."""
    if rule.startswith("learned:"):
        return "learned"
    if rule.startswith(("header:", "caption", "html:figcaption")):
        return "field"
    if rule.startswith(("html:", "main-content:", "store:")) or rule.endswith(
        (":after-gate", "related-item", "author-bio", "no-text")
    ):
        return "structural"
    return "phrase"


def _lines_of(meta: dict[str, Any]) -> tuple[list[list[Any]] | None, list[list[str]]]:
    """(the ordered lines as ``[text, rule, gate]``, the removals that have no place in that
    order: blocks the HTML stage took, fragments cut out of a line). Without ``lines`` (an
    older explain record) every removal goes to the second list."""
    entries = meta.get("removed")
    removed = [[str(r.get("line", "")), str(r.get("rule", ""))]
               for r in (entries if isinstance(entries, list) else []) if isinstance(r, dict)]
    lines = meta.get("lines")
    if not isinstance(lines, list):
        return None, removed
    ordered: list[list[Any]] = []
    on_lines: Counter[tuple[str, str]] = Counter()
    for line in lines:
        if not isinstance(line, dict):
            continue
        rule = line.get("rule")
        row: list[Any] = [str(line.get("text", "")), rule if isinstance(rule, str) else None]
        if line.get("gate"):
            row.append(1)
        ordered.append(row)
        if row[1] is not None:
            on_lines[row[0], row[1]] += 1
    rest = []
    for text, rule in removed:
        if on_lines[text, rule] > 0:
            on_lines[text, rule] -= 1
        else:
            rest.append([text, rule])
    return ordered, rest


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _names(values: Any, key: str | None = None) -> list[str]:
    out = []
    for value in values if isinstance(values, list) else []:
        if key is not None:
            value = value.get(key) if isinstance(value, dict) else None
        if isinstance(value, str) and value:
            out.append(value)
    return out


def compact(article: dict[str, Any], outcome: str | None = None) -> dict[str, Any]:
    """The report's record of one Article dict (``Article.to_dict``); ``outcome`` forces one
    (``dropped``, for an item a crawl dropped)."""
    meta = article.get("metadata")
    if not isinstance(meta, dict):
        meta = {}
    flags = _names(meta.get("flags"))
    body = article.get("articleBody") if isinstance(article.get("articleBody"), str) else ""
    lines, outside = _lines_of(meta)
    if outcome is None:
        if any(f.split(":", 1)[0] == FAILED_FLAG for f in flags):
            outcome = "flagged"
        elif not body:
            outcome = "empty"
        elif article.get("truncated"):
            outcome = "truncated"
        else:
            outcome = "cleaned"
    record: dict[str, Any] = {
        "u": _text(article.get("url")),
        "host": host_of(article.get("url")),
        "agg": _text(article.get("aggregator")),
        "h": _text(article.get("headline")),
        "out": outcome,
        "tr": bool(article.get("truncated")),
        "fl": flags,
    }
    for short, name in (("pub", "publisher"), ("sec", "articleSection"), ("by", "bylineRaw"),
                        ("dp", "datePublished"), ("dpr", "datePublishedRaw"),
                        ("dm", "dateModified"), ("dmr", "dateModifiedRaw"),
                        ("lang", "inLanguage"), ("desc", "description"),
                        ("cu", "canonicalUrl")):
        value = article.get(name)
        if isinstance(value, str) and value:
            record[short] = value
    record["au"] = _names(article.get("authors"), "name")
    record["org"] = _names(article.get("organizations"))
    images = article.get("images")
    record["img"] = [
        [_text(i.get("url")), _text(i.get("caption")), _text(i.get("credit"))]
        for i in images if isinstance(i, dict)
    ] if isinstance(images, list) else []
    if lines is not None:
        record["ln"] = lines
    else:
        record["body"] = body
    if outside:
        record["rm"] = outside
    record["ex"] = lines is not None or "removed" in meta
    return record


def rules_of(record: dict[str, Any]) -> list[str]:
    """Every rule that took a line of the record, once per line."""
    rules = [line[1] for line in record.get("ln") or [] if line[1] is not None]
    rules += [rule for _, rule in record.get("rm") or []]
    return rules


@dataclass
class Summary:
    """Counts over the records, as the report's summary shows them."""

    pages: int = 0
    outcomes: Counter[str] = field(default_factory=Counter)
    aggregators: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    hosts: Counter[str] = field(default_factory=Counter)
    flags: Counter[str] = field(default_factory=Counter)
    rule_lines: Counter[str] = field(default_factory=Counter)
    rule_pages: Counter[str] = field(default_factory=Counter)
    learned: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    explained: int = 0

    def add(self, record: dict[str, Any]) -> None:
        self.pages += 1
        out = record["out"]
        counted = ["cleaned"] if out in ("cleaned", "truncated", "empty") else [out]
        counted += ["truncated"] if out != "flagged" and record["tr"] else []
        counted += ["empty"] if out == "empty" else []
        self.outcomes.update(counted)
        agg = self.aggregators[record["agg"] or "(publisher page)"]
        agg.update(["pages", *counted])
        self.hosts[record["host"]] += 1
        self.flags.update({f.split(":", 1)[0] for f in record["fl"]})
        rules = rules_of(record)
        self.rule_lines.update(rules)
        self.rule_pages.update(set(rules))
        for rule in set(rules):
            if rule.startswith("learned:"):
                self.learned[rule.removeprefix("learned:")].update(
                    {"lines": rules.count(rule), "pages": 1}
                )
        self.explained += bool(record["ex"])

    def to_json(self, extra: dict[str, Any] | None = None) -> dict[str, Any]:
        """The summary as the page's script reads it; ``extra``: the crawl's own stats etc."""
        return {
            "pages": self.pages,
            "explained": self.explained,
            "outcomes": {name: self.outcomes[name] for name in OUTCOMES},
            "aggregators": [[name, dict(c)] for name, c in sorted(self.aggregators.items())],
            "hosts": self.hosts.most_common(TOP_HOSTS),
            "hostCount": len(self.hosts),
            "allHosts": sorted(self.hosts),
            "flags": self.flags.most_common(),
            "rules": [[rule, n, self.rule_pages[rule], rule_kind(rule)]
                      for rule, n in self.rule_lines.most_common(TOP_RULES)],
            "ruleCount": len(self.rule_lines),
            "allRules": sorted(self.rule_lines),
            "learned": [[host, c["lines"], c["pages"]]
                        for host, c in sorted(self.learned.items(),
                                              key=lambda kv: (-kv[1]["lines"], kv[0]))],
            **(extra or {}),
        }
