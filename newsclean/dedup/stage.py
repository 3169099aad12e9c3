"""The dedup stage: which story a finished Article tells, and which copy is canonical.

It runs over records the cleaning core has finished (the pipeline after cleaning, or
``newsclean dedup`` over a JSONL file) and is not part of cleaning: it sets only ``storyId``
and ``duplicateOf``, on a copy of the record.

Evidence, in order: a URL key shared with a known story (the record's ``canonicalUrl``, i.e.
rel=canonical or an aggregator's source link, or its own ``url``); else a near-duplicate body
(MinHash LSH candidates, then Jaccard or containment, :mod:`.signature`). The canonical copy
is the best one seen: complete over truncated, the publisher's page over an aggregator's,
then the longer body; ties keep the earlier. When a better copy arrives later it becomes
canonical; records already emitted keep the ``duplicateOf`` they were given.
"""

from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass

from ..article import Article
from .signature import Signature, band_keys, signature, similarity
from .store import Canonical, Quality, StoryStore
from .urls import url_key


@dataclass(frozen=True, slots=True)
class Verdict:
    """What the stage decided for one record."""

    story_id: str
    duplicate_of: str | None
    """The canonical record's URL; None when this record is canonical."""
    new_story: bool
    evidence: str
    """``url``, ``body`` or ``new``: why the record joined its story."""


def quality(article: Article) -> Quality:
    return (int(not article.truncated), int(article.aggregator is None),
            len(article.articleBody))


def identity(article: Article) -> str:
    """How the record is named in ``duplicateOf``: its URL, else its canonical URL, else a
    hash of its body (text input may have neither URL)."""
    if article.url:
        return article.url
    if article.canonicalUrl:
        return article.canonicalUrl
    digest = hashlib.sha1(article.articleBody.encode("utf-8", "replace")).hexdigest()
    return f"urn:newsclean:body:{digest}"


def _story_id(seed: str, store: StoryStore) -> str:
    """A new story's id: a hash of its first record's key, so one input gives the same ids
    on every run; a (never yet seen) clash takes the next number."""
    n = 0
    while True:
        text = seed if n == 0 else f"{seed}#{n}"
        story = "st-" + hashlib.blake2b(text.encode("utf-8", "replace"),
                                        digest_size=8).hexdigest()
        if not store.has_story(story):
            return story
        n += 1


class Deduper:
    """Assign stories to finished records, one at a time, over a :class:`StoryStore`."""

    def __init__(self, store: StoryStore) -> None:
        self.store = store

    def observe(self, article: Article) -> Verdict:
        """Record ``article`` in the store and say which story it tells."""
        keys = [k for k in dict.fromkeys((url_key(article.canonicalUrl), url_key(article.url)))
                if k]
        name = identity(article)
        sig = signature(article.articleBody) if article.articleBody else None
        bands = band_keys(sig) if sig else []
        mine = Canonical(name, quality(article))
        with self.store.decision():
            found = self._stories(keys, sig, bands)
            new = not found
            if new:
                story, evidence = _story_id(keys[0] if keys else name, self.store), "new"
                best = None
            else:
                # One record bridging stories shows they are one: the oldest id stays.
                evidence, story = found[0][0], min((s for _, s in found), key=self.store.created)
                best = self._merge(story, [s for _, s in found if s != story])
            if best is None or mine.quality > best.quality or best.identity == name:
                best = mine
                self.store.set_canonical(story, best)
            self.store.add(story, name, keys, sig, bands)
        return Verdict(story, None if best.identity == name else best.identity, new, evidence)

    def _stories(
        self, keys: list[str], sig: Signature | None, bands: list[int]
    ) -> list[tuple[str, str]]:
        """(evidence, story) for every known story the record matches, URL evidence first."""
        found: dict[str, str] = {}
        by_key = self.store.story_by_keys(keys)
        if by_key is not None:
            found[by_key] = "url"
        if sig is not None:
            for stored in self.store.near(bands):
                if stored.story_id not in found and similarity(sig, stored.signature) is not None:
                    found[stored.story_id] = "body"
        return [(evidence, story) for story, evidence in found.items()]

    def _merge(self, story: str, others: list[str]) -> Canonical | None:
        """Fold ``others`` into ``story``; the best canonical of them all is kept."""
        best = self.store.canonical(story)
        for other in others:
            theirs = self.store.canonical(other)
            if theirs is not None and (best is None or theirs.quality > best.quality):
                best = theirs
            self.store.merge(other, story)
        if best is not None and others:
            self.store.set_canonical(story, best)
        return best

    def mark(self, article: Article) -> tuple[Article, Verdict]:
        """The record with ``storyId`` and ``duplicateOf`` set (a copy), and the verdict."""
        verdict = self.observe(article)
        marked = dataclasses.replace(
            article, storyId=verdict.story_id, duplicateOf=verdict.duplicate_of
        )
        return marked, verdict
