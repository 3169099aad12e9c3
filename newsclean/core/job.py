"""One cleaning request as plain data, so that it can run here or in a worker process.

The pipeline builds a :class:`CleanJob` from an item (the raw page and what the item says of
it) and runs it in its own thread or sends it to a worker; both go through :func:`run_job`, so
a record is the same whichever mode cleaned it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal, Unpack

from ..article import Article
from .budget import time_budget
from .learned import Sighting
from .options import CleanOptions

JobKind = Literal["html", "text", "json"]


@dataclass(frozen=True, slots=True)
class CleanJob:
    """What cleaning one item needs; every field pickles (no Scrapy objects)."""

    kind: JobKind
    raw: Any
    """The page: str or bytes for html/text; a dict or JSON text for a JSON-API site."""
    options: CleanOptions = field(default_factory=lambda: CleanOptions())
    json_field: str | None = None
    """For ``kind="json"``: the item field that names the site's JSON adapter."""


def check_job(job: CleanJob) -> None:
    """Raise ``TypeError`` for a page no cleaner takes (checked before a job is sent away)."""
    if job.kind != "json" and not isinstance(job.raw, str | bytes):
        raise TypeError(f"expected str or bytes, got {type(job.raw).__name__}")


# The cleaners are imported when a job first runs, not with this module: a crawl process that
# only sends jobs to workers imports this module for CleanJob, and must start its workers
# before it pays for compiling the cleaners' rules (see ``newsclean.scrapy.pipeline``).
def clean_html(raw: str | bytes, **options: Unpack[CleanOptions]) -> Article:
    """:func:`newsclean.core.html.clean_html`, imported on first use."""
    from .html import clean_html

    return clean_html(raw, **options)


def clean_text(raw: str | bytes, **options: Unpack[CleanOptions]) -> Article:
    """:func:`newsclean.core.text.clean_text`, imported on first use."""
    from .text import clean_text

    return clean_text(raw, **options)


def run_job(job: CleanJob) -> Article:
    """Clean one job; raises what cleaning raises (the caller flags or drops the item)."""
    check_job(job)
    from ..sites import json_adapters  # the site registry imports the cleaners (see above)

    if job.kind == "json":
        adapter = next(a for a in json_adapters() if a.field == job.json_field)
        return adapter.to_article(
            job.raw, url=job.options.get("url"), explain=job.options.get("explain", False)
        )
    clean = clean_html if job.kind == "html" else clean_text
    return clean(job.raw, **job.options)


@dataclass(frozen=True, slots=True)
class JobResult:
    """A job's Article, and what its page showed for chrome learning: the cleaner records that
    in the job's ``Facts.chrome``, and a worker's copy of the job does not come back."""

    article: Article
    sightings: tuple[Sighting, ...] = ()


def run_job_within(job: CleanJob, seconds: float) -> JobResult:
    """:func:`run_job` under a wall-clock budget (0: none): what the pipeline runs, in its own
    thread or in a worker process."""
    with time_budget(seconds):
        article = run_job(job)
    facts = job.options.get("facts")
    chrome = facts.chrome if facts is not None else None
    return JobResult(article, tuple(chrome.sightings or ()) if chrome is not None else ())


def warm_up() -> None:
    """Load what cleaning loads lazily (site data, the language model): a new worker process
    runs this before its first job, so no item's time budget pays for it."""
    run_job(CleanJob("html", "<html><body><article><h1>Warm</h1><p>Up.</p></article></html>"))
    run_job(CleanJob("text", "Warm\n\nThe worker is ready to clean pages."))
