"""The page shells (header, article container, footer) of the invented publisher pages."""

WP = """<!DOCTYPE html><html lang="{lang}"><head>{head}</head><body class="single-post">
<header id="masthead"><a class="custom-logo-link" href="/">{site}</a><nav class="main-navigation"><ul><li><a href="/news/">News</a></li><li><a href="/sports/">Sports</a></li><li><a href="/opinion/">Opinion</a></li><li><a href="/donate/">Donate</a></li></ul></nav></header>
<main id="main"><article class="post type-post"><header class="entry-header"><h1 class="entry-title">{headline}</h1>
<div class="entry-meta"><span class="byline">By <a class="url fn n" href="/author/x/">{author}</a></span> {header}</div></header>
<div class="entry-content">
{body}
</div>
<footer class="entry-footer">{after}</footer></article></main>
<footer id="colophon"><p>{footer}</p></footer></body></html>"""

DIARIO = """<!DOCTYPE html><html lang="{lang}"><head>{head}</head><body>
<div class="topbar"><a href="/">{site}</a> <a href="/suscripcion/">Suscríbete</a> <a href="/ingresar/">Ingresar</a></div>
<nav class="menu"><a href="/nacional/">Nacional</a><a href="/economia/">Economía</a><a href="/deportes/">Deportes</a></nav>
<div class="container"><article class="nota"><h1 class="nota__titulo">{headline}</h1>
<div class="nota__autor">Por <a href="/autor/">{author}</a> {header}</div>
<div class="nota__cuerpo">
{body}
</div>
{after}
</article></div><footer class="pie"><p>{footer}</p></footer></body></html>"""

PORTAL = """<!DOCTYPE html><html lang="{lang}"><head>{head}</head><body>
<header class="site-header"><a class="brand" href="/">{site}</a><ul class="nav"><li><a href="/region/">Region</a></li><li><a href="/politik/">Politik</a></li><li><a href="/sport/">Sport</a></li></ul></header>
<main><article class="article" itemscope itemtype="https://schema.org/NewsArticle">
<header class="article-header"><h1 itemprop="headline">{headline}</h1><p class="article-author">{author}</p>{header}</header>
<div class="article-text" itemprop="articleBody">
{body}
</div>
<aside class="article-after">{after}</aside>
</article></main><footer class="site-footer"><p>{footer}</p></footer></body></html>"""

DARK = """<!DOCTYPE html><html lang="{lang}"><head>{head}</head><body>
<div id="app"><header class="Header_root"><a class="Header_logo" href="/">{site}</a><nav><a href="/latest">Latest</a><a href="/recipes">Recipes</a><a href="/membership">Membership</a></nav></header>
<main class="Layout_main"><div class="ArticleHeader_root"><h1 class="ArticleHeader_title">{headline}</h1><div class="ArticleHeader_byline"><a href="/people/x">{author}</a></div>{header}</div>
<div class="ArticleBody_root">
{body}
</div>
<div class="ArticleFooter_root">{after}</div></main>
<footer class="Footer_root"><p>{footer}</p></footer></div></body></html>"""
