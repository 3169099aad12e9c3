"""The framework-free core: bytes or text in, one Article out, in stages that run one way.

``decode`` (bytes → text) → ``document`` (parse once, HTML → lines) → ``html``/``text`` (page
facts, chrome rules, the header layout, captions) → ``text._assemble`` (the one place an
Article is built). ``maincontent`` finds the article on pages no site profile knows; ``limits``
and ``budget`` are the input limits every entry point shares.
"""
