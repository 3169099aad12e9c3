"""Normalisers of the strings extractors get wrong: bylines, captions, dates, language, text.

Each is a pure function over a string; their word lists are data in ``newsclean/rules/``.
"""
