"""Scrapy spiders, one per aggregator: ``scrapy crawl inkl|yahoo|msn|newsbreak``.

They share :class:`newsclean.spiders.base.AggregatorSpider` and yield raw items that
``newsclean.pipelines.CleanArticlePipeline`` turns into clean Articles. Set
``NEWSCLEAN_REPLAY_DIR=fixtures`` to replay the stored pages instead of fetching.
"""
