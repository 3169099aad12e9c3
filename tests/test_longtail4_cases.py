"""Round 4 of the long tail (tests/data/longtail4): reader widgets, paywall badges of blog
platforms and subscriber sites, a standfirst under the headline, a feed card's one-word
source, MSN's footer and Yahoo! Japan's delivery lines in other languages. The set's pages
are scored with the corpus metrics; the families are pinned one by one below with strings
written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsclean import clean_text
from tests.test_longtail_cases import score_folder

DATA = Path(__file__).parent / "data" / "longtail4"


def test_round_four_tuning_pages_meet_the_long_tail_targets() -> None:
    score = score_folder(DATA / "tune")
    assert score["exact"] >= 0.95
    assert score["chrome_leak"] <= 0.03 and score["header_leak"] <= 0.03
    assert score["body_recall"] == 1.0


def _lines(body: str | None) -> list[str]:
    return [line for line in (body or "").split("\n") if line.strip()]


_HEADLINE = "Ferry service extended to the outer islands"
_BODY = (
    "The harbour board agreed on Thursday to extend the night ferry to the outer islands.\n"
    "Tickets will cost the same as the day service, the board said."
)


def test_reader_widgets_between_byline_and_text_are_chrome() -> None:
    page = (
        "Ferry service extended to the outer islands\nBy Clara Munro\n"
        "Save article\nGift this article\nLarger text size\nListen to this article\n4 min\n"
        + _BODY
    )
    art = clean_text(page)
    assert _lines(art.articleBody) == _lines(_BODY)
    assert [a.name for a in art.authors] == ["Clara Munro"]


def test_reader_widgets_in_other_languages_are_chrome() -> None:
    widgets = ["Artikel verschenken", "Offrir cet article", "Regalar artículo", "Ouvir notícia",
               "Oferecer artigo", "音声で聞く", "文字サイズ", "A+"]
    page = "Ferry service extended to the outer islands\n" + "\n".join(widgets) + "\n" + _BODY
    assert _lines(clean_text(page).articleBody) == _lines(_BODY)


def test_subscriber_badge_above_the_text_marks_truncated_and_keeps_the_text() -> None:
    page = ("Ferry service extended to the outer islands\nPar Léa Martin\n"
            "Article réservé aux abonnés\n" + _BODY)
    art = clean_text(page)
    assert art.truncated is True
    assert _lines(art.articleBody) == _lines(_BODY)


def test_member_only_story_is_truncated_and_cut_at_its_sign_up_prompt() -> None:
    page = ("Member-only story\nFerry service extended to the outer islands\nClara Munro\n"
            "5 min read\n" + _BODY + "\nCreate an account to read the full story.\n"
            "The author made this story available to members only.\nSign up with Google")
    art = clean_text(page)
    assert art.truncated is True
    assert _lines(art.articleBody) == _lines(_BODY)


def test_paywall_prompts_in_portuguese_and_french_cut_the_story() -> None:
    for gate in ("Este artigo é exclusivo para assinantes. Assine já e tenha acesso ilimitado.",
                 "Il vous reste 80 % de cet article à lire. La suite est réservée aux abonnés."):
        page = "Ferry service extended to the outer islands\n" + _BODY + "\n" + gate + "\nLogin"
        art = clean_text(page)
        assert art.truncated is True and _lines(art.articleBody) == _lines(_BODY)


def test_title_shaped_standfirst_under_the_headline_is_not_the_title() -> None:
    # up to half as long again as the headline (a longer one is still read as the title)
    page = ("Ferry service extended to the outer islands\n"
            "Night sailings start in May at the day fare\n"
            "Clara Munro\nMay 2, 2025\n" + _BODY)
    art = clean_text(page)
    first = _lines(art.articleBody)[0]
    assert (art.headline, first[:27]) == (_HEADLINE, "Night sailings start in May")


def test_one_word_source_between_byline_and_age_is_the_publisher() -> None:
    page = ("Reader\nFor You\nFerry service extended to the outer islands\nBy Clara Munro\n"
            "Islandpost\n2h ago\n" + _BODY)
    art = clean_text(page)
    assert art.publisher == "Islandpost"
    assert [a.name for a in art.authors] == ["Clara Munro"]
    assert "Islandpost" not in art.articleBody


def test_byline_printed_again_under_the_text_is_chrome_and_names_no_publisher() -> None:
    page = ("Ferry service extended to the outer islands\nClara Munro\nMay 2, 2025\n" + _BODY
            + "\nWritten by Clara Munro\n312 Followers\nMore from Clara Munro")
    art = clean_text(page)
    assert _lines(art.articleBody) == _lines(_BODY)
    assert art.publisher is None
    assert [a.name for a in art.authors] == ["Clara Munro"]


def test_button_row_above_a_kicker_is_no_menu() -> None:
    page = ("Ir al contenido\nSuscríbete\nIniciar sesión\nFerias\n"
            "Ferry service extended to the outer islands\nPor Clara Munro\n" + _BODY)
    art = clean_text(page)
    assert (art.articleSection, art.headline) == ("Ferias", _HEADLINE)


def test_msn_footer_in_spanish_and_italian_is_chrome() -> None:
    body = "La línea de ferry nocturno llegará a las islas exteriores a partir de mayo."
    for footer in ("Privacidad y cookies\nCondiciones de uso\nAnunciarse",
                   "Privacy e cookie\nCondizioni per l'utilizzo\nPubblicità"):
        page = ("MSN\nNoticias\nEl ferry nocturno llega a las islas exteriores\nDiario Insular\n"
                "Historia de Clara Munro\n• 3 ore\n" + body + "\nComentarios\n" + footer
                + "\n© 2025 Microsoft")
        art = clean_text(page, url="https://www.msn.com/es-es/noticias/ferry/ar-AA1xYz12")
        assert _lines(art.articleBody) == _lines(body)


def test_yahoo_japan_delivery_time_and_related_list_are_chrome() -> None:
    body = "離島への夜間フェリーが５月から運航を始める。\n料金は昼の便と同じになる。"
    page = ("Yahoo!ニュース\nトップ\n速報\nランキング\n夜間フェリー、離島へ５月から運航\n"
            "5/2(金) 9:45配信\nコメント3件\n島しま新聞\n" + body
            + "\n【関連記事】\n港の再整備、来年度から\n最終更新:5/2(金) 10:12\n島しま新聞")
    art = clean_text(page, url="https://news.yahoo.co.jp/articles/0a1b2c3d4e5f6a7b8c9d")
    assert art.headline == "夜間フェリー、離島へ５月から運航"
    assert art.publisher == "島しま新聞"
    assert _lines(art.articleBody) == _lines(body)


_MERCADO = ("A prefeitura anunciou nesta terça-feira a reforma do mercado municipal da cidade.\n"
            "As obras devem durar oito meses, segundo a secretaria de obras.")
_MERCADO_ES = ("El ayuntamiento aprobó este martes la reforma del mercado municipal del barrio.\n"
               "Las obras durarán ocho meses, según el concejal de urbanismo.")


@pytest.mark.parametrize(
    ("label", "buttons"),
    [("Werbung", "Kommentar schreiben\nFehler melden\nSchließen"),
     ("Publicidad", "Deja tu comentario\nReportar un error\nCerrar"),
     ("Publicidade", "Deixe seu comentário\nReportar erro\nVoltar ao topo"),
     ("広告", "リンクをコピー\n閉じる\n動画を見る")],
)
def test_ad_labels_comment_and_error_buttons_in_other_languages_are_chrome(
    label: str, buttons: str
) -> None:
    page = "Mercado municipal será reformado\n" + label + "\n" + _MERCADO + "\n" + buttons
    assert _lines(clean_text(page).articleBody) == _lines(_MERCADO)


def test_a_lone_updated_label_over_the_date_is_chrome() -> None:
    for label in ("Atualizado", "Actualizado", "Aktualisiert", "Mis à jour"):
        page = ("Mercado municipal será reformado\nPor Ana Souza\n" + label
                + "\n9 de abril de 2025\n" + _MERCADO)
        art = clean_text(page)
        assert _lines(art.articleBody) == _lines(_MERCADO), label
        assert [a.name for a in art.authors] == ["Ana Souza"]


def test_topic_heading_after_the_text_takes_its_tag_list_along() -> None:
    for heading in ("Tópicos", "Assuntos", "タグ"):
        page = ("Mercado municipal será reformado\n" + _MERCADO + "\n" + heading
                + "\nMercado municipal\nPrefeitura\nObras públicas")
        assert _lines(clean_text(page).articleBody) == _lines(_MERCADO), heading


def test_rail_headings_and_newsletter_prompts_after_the_text_are_chrome() -> None:
    tails = ("Você pode gostar\nAssine nossa newsletter\nBaixe o app",
             "Lo más visto\nTambién te puede interesar", "Am meisten gelesen\nMehr lesen",
             "Vous aimerez aussi\nLire plus", "よく読まれている記事\nメールマガジン登録",
             "You might also like\nGet our free newsletter")
    for tail in tails:
        page = "Mercado municipal será reformado\n" + _MERCADO + "\n" + tail
        assert _lines(clean_text(page).articleBody) == _lines(_MERCADO), tail


def test_image_placeholder_labels_are_chrome_but_a_sentence_naming_a_colour_is_not() -> None:
    page = ("Ferry service extended to the outer islands\nBy Clara Munro\nPlaceholder image\n"
            "Blue background\n" + _BODY + "\nThe new ferry has a white background on its signs.")
    art = clean_text(page)
    sentence = "The new ferry has a white background on its signs."
    assert _lines(art.articleBody) == [*_lines(_BODY), sentence]


def test_shop_button_glued_to_its_blurb_is_chrome() -> None:
    tail = ("SHOP NOWA field guide to the estuary's birds, out this spring.\n"
            "ORDER NOWThe island cookbook, signed copies.\n"
            "JETZT KAUFENDas neue Wanderbuch der Redaktion.")
    art = clean_text("Ferry service extended to the outer islands\nBy Clara Munro\n" + _BODY
                     + "\n" + tail)
    assert _lines(art.articleBody) == _lines(_BODY)


def test_a_sentence_starting_with_book_nowhere_is_text() -> None:
    line = "Book nowhere else but at the pier, the harbour board told travellers."
    art = clean_text("Ferry service extended to the outer islands\nBy Clara Munro\n" + line
                     + "\n" + _BODY)
    assert _lines(art.articleBody) == [line, *_lines(_BODY)]


def test_teaser_labelled_with_a_desk_after_the_footer_is_chrome() -> None:
    tail = ("CONTACT US\nSend your stories to tips@islandpost.example\n"
            "Travel News: A lighthouse on the cape is now a two-room hotel.")
    art = clean_text("Ferry service extended to the outer islands\n" + _BODY + "\n" + tail)
    assert _lines(art.articleBody) == _lines(_BODY)


def test_good_news_opening_a_paragraph_is_text() -> None:
    line = "Good news: the day fare will not change this year."
    art = clean_text("Ferry service extended to the outer islands\n" + _BODY + "\n" + line
                     + "\nThe board meets again in June.")
    assert _lines(art.articleBody) == [*_lines(_BODY), line, "The board meets again in June."]


def test_dated_blog_byline_gives_author_and_date_and_is_not_the_title() -> None:
    crumb = "Home » News » " + _HEADLINE
    art = clean_text("\n".join([crumb, _HEADLINE, "Posted on March 4, 2025 by Clara Munro",
                                "Reading Time: 2 minutes", _BODY]))
    assert (art.headline, [a.name for a in art.authors]) == (_HEADLINE, ["Clara Munro"])
    assert art.datePublished is not None and art.datePublished.startswith("2025-03-04")
    assert _lines(art.articleBody) == _lines(_BODY)


def test_byline_and_date_split_by_a_bar_are_no_publisher() -> None:
    for line in ("By Clara Munro | March 4, 2025", "By Clara Munro on March 4, 2025",
                 "By Clara Munro · 4 March 2025"):
        art = clean_text("Ferry service extended to the outer islands\n" + line + "\n" + _BODY)
        assert [a.name for a in art.authors] == ["Clara Munro"], line
        assert art.publisher is None, line
        assert art.datePublished is not None and art.datePublished.startswith("2025-03-04")


def test_byline_over_a_photo_credit_is_the_byline_not_alt_text() -> None:
    page = ("Ferry service extended to the outer islands\nBy Clara Munro\n"
            "Photo: Islandpost archive\n" + _BODY)
    art = clean_text(page)
    assert [a.name for a in art.authors] == ["Clara Munro"]
    assert [img.credit for img in art.images] == ["Islandpost archive"]


def test_publisher_label_names_the_publisher_without_its_label() -> None:
    page = "Ferry service extended to the outer islands\nPublisher: Islandpost\n" + _BODY
    assert clean_text(page).publisher == "Islandpost"


def test_blog_footer_share_names_and_comment_prompts_are_chrome() -> None:
    tail = ("Posted in Local\nTagged ferries, islands\nFacebook\nWhatsApp\nLinkedIn\n"
            "Sort by Newest\nLoad more comments\nYou must be logged in to post a comment.\n"
            "Subscribe to our YouTube channel\nSource link")
    art = clean_text("Ferry service extended to the outer islands\n" + _BODY + "\n" + tail)
    assert _lines(art.articleBody) == _lines(_BODY)


def test_text_size_buttons_go_but_an_answer_marker_in_the_text_stays() -> None:
    page = ("Ferry service extended to the outer islands\nBy Clara Munro\nFont Size\nA\nA\nA\n"
            + _BODY)
    assert _lines(clean_text(page).articleBody) == _lines(_BODY)
    qa = ["Will the day fare change?", "A", "No, it stays the same this year.",
          "When does the night ferry start?", "A", "In May, the board said."]
    art = clean_text("Ferry service extended to the outer islands\n" + _BODY + "\n"
                     + "\n".join(qa))
    assert _lines(art.articleBody) == [*_lines(_BODY), *qa]


def test_job_title_under_the_byline_is_no_publisher_and_no_text() -> None:
    for role in ("Senior Reporter", "Staff Writer", "Chief Business Correspondent"):
        page = ("Ferry service extended to the outer islands\nClara Munro\n" + role
                + "\nPublished: March 4, 2025 10:12 AM\n" + _BODY)
        art = clean_text(page)
        assert art.publisher is None, role
        assert [a.name for a in art.authors] == ["Clara Munro"], role
        assert _lines(art.articleBody) == _lines(_BODY), role


def test_paper_named_like_a_job_is_still_a_masthead() -> None:
    page = ("Ferry service extended to the outer islands\nThe Island Reporter\nBy Clara Munro\n"
            + _BODY)
    assert clean_text(page).publisher == "The Island Reporter"


def test_feed_site_chrome_around_a_reposted_story_is_chrome() -> None:
    head = ("Ferry service extended to the outer islands\nPosted by admin\nMarch 4, 2025\n"
            "Views: 1,532\nTime to read: 3 min\n")
    tail = ("Original article\nGo to source\nLike\nDislike\nReport\nRelated Posts\n"
            "New pontoons open at the marina\nLifeboat crew wins national award\n"
            "Copyright belongs to the original publisher.\n"
            "This material may not be published, broadcast, rewritten, or redistributed.")
    art = clean_text(head + _BODY + "\n" + tail)
    assert art.headline == "Ferry service extended to the outer islands"
    assert art.authors == []
    assert _lines(art.articleBody) == _lines(_BODY)


def test_article_source_label_names_the_publisher() -> None:
    page = "Ferry service extended to the outer islands\nArticle source: Islandpost\n" + _BODY
    assert clean_text(page).publisher == "Islandpost"


def test_link_to_the_original_ends_the_excerpt_as_truncated() -> None:
    for link in ("Continue reading the original at Islandpost", "Click here to read more"):
        art = clean_text("Ferry service extended to the outer islands\n" + _BODY + "\n" + link
                         + "\nNew pontoons open at the marina")
        assert art.truncated is True, link
        assert _lines(art.articleBody) == _lines(_BODY), link


def test_feedback_widget_and_its_buttons_are_chrome() -> None:
    tail = "Was this article helpful?\nYes\nNo\nThanks for your feedback!"
    art = clean_text("Ferry service extended to the outer islands\n" + _BODY + "\n" + tail)
    assert _lines(art.articleBody) == _lines(_BODY)


@pytest.mark.parametrize(
    ("line", "name"),
    [("Publié le 4 mars 2025 par Léa Martin", "Léa Martin"),
     ("Publicado por Lucía Gómez el 4 de marzo de 2025", "Lucía Gómez"),
     ("Publicado el 4 de marzo de 2025 por Lucía Gómez", "Lucía Gómez"),
     ("Publicado por Ana Souza em 4 de março de 2025", "Ana Souza")],
)
def test_dated_bylines_in_other_languages_give_author_and_date(line: str, name: str) -> None:
    art = clean_text("El mercado será reformado\n" + line + "\n" + _MERCADO_ES)
    assert art.headline == "El mercado será reformado"
    assert [a.name for a in art.authors] == [name]
    assert art.datePublished is not None and art.datePublished.startswith("2025-03-04")


def test_source_links_rails_and_feedback_widgets_in_other_languages_are_chrome() -> None:
    tails = ("Artículo original\nIr a la fuente\nEntradas relacionadas\nOtra noticia del barrio\n"
             "¿Te ha resultado útil esta noticia?\nSí\nNo",
             "Zur Quelle\nOriginalartikel\nÄhnliche Beiträge\nNeuer Radweg am Fluss eröffnet\n"
             "War dieser Artikel hilfreich?\nJa\nNein",
             "Article original\nVoir la source\nArticles similaires\nLa piscine rouvre en juin\n"
             "Cet article vous a-t-il été utile ?\nOui\nNon",
             "Matéria original\nVer fonte\nPosts relacionados\nPonte é reaberta após obras\n"
             "Esta notícia foi útil?\nSim\nNão",
             "Articolo originale\nVai alla fonte\nQuesto articolo ti è stato utile?\nSì\nNo")
    for tail in tails:
        page = "El mercado será reformado\n" + _MERCADO_ES + "\n" + tail
        assert _lines(clean_text(page).articleBody) == _lines(_MERCADO_ES), tail


def test_reading_time_lines_in_other_languages_are_no_headline() -> None:
    for line in ("Tiempo de lectura: 3 min", "Temps de lecture : 3 min",
                 "Tempo de leitura: 4 minutos", "Tempo di lettura: 3 minuti"):
        art = clean_text("El mercado será reformado\nPor Lucía Gómez\n" + line + "\n" + _MERCADO_ES)
        assert art.headline == "El mercado será reformado", line
        assert _lines(art.articleBody) == _lines(_MERCADO_ES), line


@pytest.mark.parametrize(
    "line",
    ["Scroll to top", "Toggle navigation", "Search for:", "Load more", "Enlarge this image",
     "Toggle caption", "Play video", "Unmute", "Now playing", "Copy article link", "Not now",
     "Report a typo", "Comments are closed.", "Top comments", "Partner content",
     "Editor's Choice", "Don't miss", "Thank you for signing up!", "Become a member",
     "Watch: Night ferry crews on their first run", "Image 2 of 7", "3/7", "Duration 2:14",
     "Follow @islandpost", "Subscribe for $1", "Already have an account? Log in",
     "By clicking Sign up, you agree to our terms and privacy policy."],
)
def test_player_gallery_menu_and_sign_up_labels_between_paragraphs_are_chrome(line: str) -> None:
    first, second = _lines(_BODY)
    art = clean_text("\n".join([_HEADLINE, "By Clara Munro", first, line, second]))
    assert _lines(art.articleBody) == [first, second]


def test_a_sentence_opening_with_watch_is_text() -> None:
    line = "Watch: the night ferry leaves the pier at ten, and the crossing takes an hour."
    art = clean_text("\n".join([_HEADLINE, _BODY, line]))
    assert _lines(art.articleBody) == [*_lines(_BODY), line]


@pytest.mark.parametrize(
    "line",
    ["Weitere laden", "Bild 2 von 7", "Kommentare sind geschlossen.", "Jetzt registrieren",
     "Charger plus", "Image 2 sur 7", "Fermer le menu", "Merci pour votre inscription !",
     "Cargar más", "Imagen 2 de 7", "Los comentarios están cerrados.", "¡Gracias por suscribirte!",
     "Carregar mais", "Imagem 2 de 7", "Obrigado por se inscrever!", "さらに読み込む", "画像2/7",
     "トップへ戻る", "ニュースレター登録"],
)
def test_player_gallery_and_sign_up_labels_in_other_languages_are_chrome(line: str) -> None:
    first, second = _lines(_MERCADO)
    art = clean_text("\n".join(["Mercado municipal será reformado", first, line, second]))
    assert _lines(art.articleBody) == [first, second]


def test_avatar_initials_over_the_name_make_the_name_the_byline() -> None:
    art = clean_text("\n".join(["Local", _HEADLINE, "CM", "Clara Munro", "3 min read",
                                "Mar 4, 2025", _BODY]))
    assert [a.name for a in art.authors] == ["Clara Munro"]
    assert art.publisher is None
    assert _lines(art.articleBody) == _lines(_BODY)


@pytest.mark.parametrize("contact", ["@claramunro", "clara.munro@islandpost.example"])
def test_handle_or_address_under_the_byline_is_the_authors(contact: str) -> None:
    art = clean_text("\n".join([_HEADLINE, "By Clara Munro", contact, "March 4, 2025", _BODY]))
    assert _lines(art.articleBody) == _lines(_BODY)


def test_contact_address_under_a_press_release_stays_text() -> None:
    contact = ["Media contact:", "Ruth Adeyemi", "press@islandferries.example"]
    art = clean_text("\n".join([_HEADLINE, _BODY, *contact]))
    assert _lines(art.articleBody)[-1] == "press@islandferries.example"


def test_photography_credit_under_the_byline_is_no_headline() -> None:
    art = clean_text("\n".join([_HEADLINE, "Words by Clara Munro", "Photography by Tom Reed",
                                _BODY]))
    assert art.headline == _HEADLINE
    assert _lines(art.articleBody) == _lines(_BODY)


def test_author_and_date_printed_over_the_headline_are_the_byline() -> None:
    art = clean_text("\n".join(["Clara Munro", "March 4, 2025", _HEADLINE, _BODY]))
    assert (art.headline, [a.name for a in art.authors]) == (_HEADLINE, ["Clara Munro"])


def test_a_sites_name_on_the_first_line_is_no_byline() -> None:
    art = clean_text("\n".join(["Island Post", _HEADLINE, "March 4, 2025", _BODY]))
    assert art.authors == []


@pytest.mark.parametrize(
    "prompt",
    ["Vous devez être connecté pour commenter.", "Debes iniciar sesión para comentar.",
     "Sie müssen angemeldet sein, um einen Kommentar zu schreiben.",
     "Você precisa estar logado para comentar."],
)
def test_login_to_comment_prompt_lets_the_rail_above_it_go(prompt: str) -> None:
    tail = ["Les plus lus", "La piscine rouvre en juin", "Réagissez à cet article", prompt]
    art = clean_text("\n".join([_HEADLINE, _BODY, *tail]))
    assert _lines(art.articleBody) == _lines(_BODY)
