"""Story records: one story, one ``storyId``, whichever aggregator or publisher page it came
through. A stage over finished Articles, separate from cleaning (see :mod:`.stage`)."""

from .stage import Deduper, Verdict
from .store import SqliteStore, StoreError, StoryStore, open_store
from .urls import url_key

__all__ = ["Deduper", "SqliteStore", "StoreError", "StoryStore", "Verdict", "open_store", "url_key"]
