"""Moved to :mod:`newsclean.sites.msn` (the site's module); kept so old imports work."""

from __future__ import annotations

from .sites.msn import detail_url, msn_content_id, msn_json_to_article

__all__ = ["detail_url", "msn_content_id", "msn_json_to_article"]
