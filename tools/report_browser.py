"""Drive a ``newsclean report`` file in a real browser (Debian's chromium through Playwright):
what the browser tests assert on and what ``bench/bench_report.py`` times.

No browser is downloaded: Playwright launches ``/usr/bin/chromium`` (``apt-get install
chromium``). Playwright's sync API refuses to run inside a running asyncio loop (the test
suite's Twisted reactor is one), so every session runs in a thread of its own
(:func:`in_thread`).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

CHROMIUM = Path(os.environ.get("NEWSCLEAN_CHROMIUM", "/usr/bin/chromium"))
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run"]
VIEWPORT = {"width": 1400, "height": 900}
_T = TypeVar("_T")


def missing() -> str | None:
    """Why no browser session can run here, or None when one can."""
    if not CHROMIUM.exists():
        return f"no chromium at {CHROMIUM} (apt-get install chromium)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "Playwright for Python is not installed (pip install -e '.[test]')"
    return None


def in_thread(func: Callable[..., _T], *args: Any) -> _T:
    """``func(*args)`` in a fresh thread: outside any running asyncio loop."""
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(func, *args).result()


class Session:
    """One page of chromium on a report file, with every console message, page error and
    dialog it met."""

    def __init__(self, pw: Any) -> None:
        self.browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        self.page = self.browser.new_page(viewport=VIEWPORT)
        self.console: list[tuple[str, str]] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.requests: list[str] = []
        self.page.on("console", lambda m: self.console.append((m.type, m.text)))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", self._dialog)
        self.page.on("request", lambda r: self.requests.append(r.url))

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def open(self, report: Path) -> float:
        """Load the report; milliseconds until it is rendered and usable."""
        start = time.perf_counter()
        self.page.goto(report.resolve().as_uri())
        self.page.wait_for_selector("body[data-ready='1']", timeout=60_000)
        return (time.perf_counter() - start) * 1000

    def console_errors(self) -> list[str]:
        return [text for kind, text in self.console if kind == "error"] + self.errors

    def cards(self) -> dict[str, int]:
        return {el.get_attribute("data-key"): int(el.query_selector(".n").text_content())
                for el in self.page.query_selector_all("#cards .card")}

    def articles(self) -> None:
        self.page.click("#tab-articles")

    def search(self, text: str) -> str:
        """Type into the search box; the "N of M articles" count once the list is filtered."""
        self.page.fill("#search", text)
        self.page.wait_for_timeout(400)  # past the input debounce
        return str(self.page.text_content("#count"))

    def visible_rows(self) -> list[int]:
        return [int(el.get_attribute("data-index"))
                for el in self.page.query_selector_all("#list .row")]

    def open_article(self, index: int) -> dict[str, Any]:
        """Go to article ``index`` (``#article=N`` scrolls the list to it), click its row; its
        detail as shown."""
        self.page.evaluate(f"location.hash = '#article={index}'")
        self.page.click(f"#list .row[data-index='{index}']")
        self.page.wait_for_selector(f"#detail[data-index='{index}']")
        lines = []
        for el in self.page.query_selector_all("#detail .ln"):
            deleted = el.query_selector("del")
            rule = el.query_selector(".rule code")
            lines.append({
                "text": (deleted or el.query_selector(".tx")).text_content(),
                "struck": deleted is not None,
                "rule": rule.text_content() if rule else None,
                "gate": "gate" in (el.get_attribute("class") or "").split(),
                "outside": el.evaluate("e => e.closest('#outside') !== null"),
            })
        return {"lines": lines, "text": self.page.text_content("#detail")}

    def close(self) -> None:
        self.browser.close()


def session(func: Callable[[Session], _T]) -> _T:
    """Run ``func`` with a fresh :class:`Session` (in a thread of its own)."""
    def run() -> _T:
        from playwright.sync_api import sync_playwright

        with sync_playwright() as pw:
            s = Session(pw)
            try:
                return func(s)
            finally:
                s.close()
    return in_thread(run)


def screenshots(report: Path, folder: Path, article: int, size: tuple[int, int]) -> None:
    """The README's pictures: the summary and one article of ``report``, as PNGs."""
    def shoot(s: Session) -> None:
        s.page.set_viewport_size({"width": size[0], "height": size[1]})
        s.open(report)
        s.page.screenshot(path=str(folder / "report-summary.png"))
        s.open_article(article)
        s.page.evaluate("document.querySelector('#detail .ln.gate, #detail .lines')"
                        ".scrollIntoView({block: 'center'})")
        s.page.screenshot(path=str(folder / "report-article.png"))
    session(shoot)


def main(argv: list[str] | None = None) -> int:
    """``python -m tools.report_browser REPORT --article N --out docs``: the README pictures."""
    import argparse

    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("report", type=Path)
    parser.add_argument("--article", type=int, default=0)
    parser.add_argument("--out", type=Path, default=Path("docs"))
    parser.add_argument("--size", default="1280x760", help="viewport WIDTHxHEIGHT")
    args = parser.parse_args(argv)
    width, height = (int(n) for n in args.size.split("x"))
    args.out.mkdir(parents=True, exist_ok=True)
    screenshots(args.report, args.out, args.article, (width, height))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
