"""A short last paragraph under an ad slot's label, over a comments link, is the text's end,
not a promo between two chrome lines: whichever rule took the label (a site's or the
generic one), and whatever function words the sentence holds ("du" is French "of the")."""

from newsclean import clean_text
from newsclean.core.chromeshape import speaks_to_reader

YAHOO_FR = """Yahoo Actualités
Rechercher
Se connecter
La passerelle de Saint-Aubin rouvrira au printemps
AFP
lun. 7 décembre 2026 à 09:40 UTC+1
1 min de lecture
La passerelle piétonne de Saint-Aubin, fermée depuis les crues d'octobre, rouvrira en avril.
Publicité
Le montant des réparations du tablier atteint 2,4 millions d'euros.
Voir les commentaires
"""


def test_a_sites_ad_label_does_not_make_the_last_paragraph_a_promo() -> None:
    article = clean_text(YAHOO_FR, url="https://fr.news.yahoo.com/passerelle-saint-aubin-0940.html")
    body = article.articleBody or ""
    assert body.endswith("Le montant des réparations du tablier atteint 2,4 millions d'euros.")
    assert "Publicité" not in body and "Voir les commentaires" not in body


def test_french_of_the_is_no_word_to_the_reader() -> None:
    assert not speaks_to_reader("Le montant des réparations du tablier atteint 2,4 millions.")
    assert speaks_to_reader("Recevez notre lettre chaque matin dans votre boîte.")
    assert speaks_to_reader("Hol dir die App und verpasse nichts.")
