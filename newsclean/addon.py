"""The Scrapy add-on: ``ADDONS = {"newsclean.Addon": 0}`` turns newsclean on in one line."""

from __future__ import annotations

from typing import Any

from .pipelines import CleanArticlePipeline
from .settings import DEFAULTS


class Addon:
    """Enable :class:`CleanArticlePipeline` with newsclean's defaults.

    Everything is written at ``addon`` priority, so a project's own settings, a spider's
    ``custom_settings`` and ``-s`` options always win, including ``ITEM_PIPELINES`` entries
    that move or disable (``None``) the pipeline.
    """

    def update_settings(self, settings: Any) -> None:
        for name, value in DEFAULTS.items():
            settings.set(name, value, priority="addon")
        settings.setdefault_in_component_priority_dict(
            "ITEM_PIPELINES",
            CleanArticlePipeline,
            settings.getint("NEWSCLEAN_PIPELINE_PRIORITY", DEFAULTS["NEWSCLEAN_PIPELINE_PRIORITY"]),
        )
