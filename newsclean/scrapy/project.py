"""Settings of the newsclean Scrapy project (``scrapy crawl <site>``; ``scrapy list`` names them).

Polite by default: robots.txt obeyed, AutoThrottle on, one request at a time per site with a
delay, and a User-Agent naming newsclean and a contact (``NEWSCLEAN_CONTACT``, from
``-s NEWSCLEAN_CONTACT=you@example.org`` or the environment). Offline replay of stored pages:
``-s NEWSCLEAN_REPLAY_DIR=fixtures`` (or the environment variable of that name).
"""

from __future__ import annotations

import os

from .. import __version__
from . import settings as _newsclean_settings

BOT_NAME = "newsclean"
SPIDER_MODULES = ["newsclean.scrapy.spiders"]
NEWSPIDER_MODULE = "newsclean.scrapy.spiders"


def user_agent(contact: str = "") -> str:
    """newsclean's User-Agent, with a way to reach whoever runs the crawl."""
    contact = contact.strip()
    who = f"contact: {contact}" if contact else "no contact given; set NEWSCLEAN_CONTACT"
    return f"newsclean/{__version__} (news article cleaner; {who})"


NEWSCLEAN_CONTACT = os.environ.get("NEWSCLEAN_CONTACT", "")
USER_AGENT = user_agent(NEWSCLEAN_CONTACT)

# Politeness.
ROBOTSTXT_OBEY = True
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 2.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
DOWNLOAD_DELAY = 1.0
CONCURRENT_REQUESTS_PER_DOMAIN = 1
CONCURRENT_REQUESTS = 8
COOKIES_ENABLED = False

# Raw items → clean Articles.
ITEM_PIPELINES = {"newsclean.scrapy.pipeline.CleanArticlePipeline": 300}
CONCURRENT_ITEMS = _newsclean_settings.CONCURRENT_ITEMS  # Scrapy's 100 tasks per page cost

# Offline replay: inactive (NotConfigured) unless NEWSCLEAN_REPLAY_DIR is set. After
# RobotsTxtMiddleware (100) so robots.txt still applies, after DownloaderStats (850).
NEWSCLEAN_REPLAY_DIR = os.environ.get("NEWSCLEAN_REPLAY_DIR", "")
DOWNLOADER_MIDDLEWARES = {"newsclean.scrapy.middleware.ReplayMiddleware": 950}

# The HTML audit report: inactive (NotConfigured) unless NEWSCLEAN_REPORT names a file.
EXTENSIONS = {"newsclean.scrapy.report.ReportExtension": 500}

FEED_EXPORT_ENCODING = "utf-8"
