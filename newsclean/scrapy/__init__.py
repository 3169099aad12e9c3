"""The thin Scrapy layer: the item pipeline, the add-on, the replay middleware, the spiders,
the ``NEWSCLEAN_*`` settings and the newsclean Scrapy project. Nothing in ``newsclean.core``
or ``newsclean.normalize`` imports it.
"""
