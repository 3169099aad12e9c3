"""An older Yoast graph has no Article node: the WebPage node carries the author, by ``@id``
reference to a Person node of the same graph. That author is the article's."""

from __future__ import annotations

import json

from newsclean import clean_html

GRAPH = {
    "@context": "https://schema.org",
    "@graph": [
        {"@type": "WebSite", "@id": "https://orchard.example/#website", "name": "Orchard Notes"},
        {"@type": "WebPage", "@id": "https://orchard.example/pruning/#webpage",
         "name": "Pruning old apple trees", "datePublished": "2024-02-11T09:00:00+00:00",
         "author": {"@id": "https://orchard.example/#/person/1"}},
        {"@type": ["Person"], "@id": "https://orchard.example/#/person/1", "name": "Tilda Marsh"},
    ],
}
BODY = "".join(
    f"<p>{text}</p>" for text in (
        "Old apple trees fruit better after a careful winter pruning, the growers' club says.",
        "Cut the dead wood first, then the branches that cross, and never more than a third.",
        "A tree pruned too hard answers with a thicket of water shoots the next summer.",
    )
)


def page(graph: dict[str, object]) -> str:
    return (f'<html><head><title>Pruning old apple trees</title><script type="application/ld+json">'
            f"{json.dumps(graph)}</script></head><body><article><h1>Pruning old apple trees</h1>"
            f"{BODY}</article></body></html>")


def test_the_webpage_nodes_author_is_the_articles_without_an_article_node() -> None:
    art = clean_html(page(GRAPH), url="https://orchard.example/pruning/")
    assert [a.name for a in art.authors] == ["Tilda Marsh"]


def test_a_website_nodes_author_is_not_the_articles() -> None:
    graph = json.loads(json.dumps(GRAPH))
    del graph["@graph"][1]["author"]
    graph["@graph"][0]["author"] = {"@id": "https://orchard.example/#/person/1"}
    art = clean_html(page(graph), url="https://orchard.example/pruning/")
    assert art.authors == []
