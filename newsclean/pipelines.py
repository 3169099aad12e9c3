"""Compatibility path: ``ITEM_PIPELINES = {"newsclean.pipelines.CleanArticlePipeline": 300}``
keeps working; the pipeline lives in :mod:`newsclean.scrapy.pipeline`."""

from .scrapy.pipeline import CleanArticlePipeline

__all__ = ["CleanArticlePipeline"]
