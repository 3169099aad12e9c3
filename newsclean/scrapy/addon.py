"""The Scrapy add-on: ``ADDONS = {"newsclean.Addon": 0}`` turns newsclean on in one line."""

from __future__ import annotations

import logging
from typing import Any

from scrapy.utils.misc import load_object

from .middleware import ReplayMiddleware, replay_dir
from .pipeline import CleanArticlePipeline
from .report import ReportExtension
from .settings import CONCURRENT_ITEMS, DEFAULTS

logger = logging.getLogger(__name__)

REPORT_EXTENSION_PRIORITY = 500
"""Where the report extension goes in ``EXTENSIONS`` (inactive unless ``NEWSCLEAN_REPORT``)."""

REPLAY_MIDDLEWARE_PRIORITY = 950
"""Where the replay middleware goes in ``DOWNLOADER_MIDDLEWARES`` (as in ``scrapy_settings``):
after ``RobotsTxtMiddleware`` (100) and ``DownloaderStats`` (850)."""


class Addon:
    """Enable :class:`CleanArticlePipeline` with newsclean's defaults, and offline replay.

    Everything is written at ``addon`` priority, so a project's own settings, a spider's
    ``custom_settings`` and ``-s`` options always win, including ``ITEM_PIPELINES`` entries
    that move or disable (``None``) the pipeline. With ``NEWSCLEAN_REPLAY_DIR`` set, the add-on
    also installs :class:`ReplayMiddleware`: without it the setting would do nothing and the
    crawl would go online. :class:`ReportExtension` is always listed: it does nothing unless
    ``NEWSCLEAN_REPORT`` names a file.
    """

    def update_settings(self, settings: Any) -> None:
        for name, value in DEFAULTS.items():
            settings.set(name, value, priority="addon")
        settings.set("CONCURRENT_ITEMS", CONCURRENT_ITEMS, priority="addon")
        settings.setdefault_in_component_priority_dict(
            "ITEM_PIPELINES",
            CleanArticlePipeline,
            settings.getint("NEWSCLEAN_PIPELINE_PRIORITY", DEFAULTS["NEWSCLEAN_PIPELINE_PRIORITY"]),
        )
        settings.setdefault_in_component_priority_dict(
            "EXTENSIONS", ReportExtension, REPORT_EXTENSION_PRIORITY
        )
        if replay_dir(settings):
            settings.setdefault_in_component_priority_dict(
                "DOWNLOADER_MIDDLEWARES", ReplayMiddleware, REPLAY_MIDDLEWARE_PRIORITY
            )
            _warn_if_replay_disabled(settings)


def _warn_if_replay_disabled(settings: Any) -> None:
    """A project's own ``None`` entry wins, but then replay is off: say so loudly."""
    for cls_or_path, priority in settings.getdict("DOWNLOADER_MIDDLEWARES").items():
        if priority is None and load_object(cls_or_path) is ReplayMiddleware:
            logger.warning(
                "NEWSCLEAN_REPLAY_DIR is set but DOWNLOADER_MIDDLEWARES disables %s: "
                "requests will go to the network",
                cls_or_path,
            )
