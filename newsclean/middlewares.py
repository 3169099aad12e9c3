"""Compatibility path for ``newsclean.middlewares.ReplayMiddleware``; it lives in
:mod:`newsclean.scrapy.middleware`."""

from .scrapy.middleware import ReplayConfigError, ReplayMiddleware

__all__ = ["ReplayConfigError", "ReplayMiddleware"]
