"""Invented long-tail aggregator pages for longtail16, set 3: the header zone once more,
written after set 2's rules and scored before any rule change for them (ro, fi, uk, tr, pl,
da, cs, el, es-CO, fr-BE): lower-case by-words, a photographer's credit line beside the
writer's, a name with its role after a comma or dash, a desk byline, writer and source on one
row, a credit after a dash under the picture, an agency beside the name.

    python pages_set3.py [OUTDIR]   (default: ./set3 beside this file)
"""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
import casegen  # noqa: E402

casegen.NOTE = "Invented page text in the layout of a real long-tail site (longtail16 set 3)."
if len(sys.argv) < 2:
    sys.argv.append(str(pathlib.Path(__file__).resolve().parent / "set3"))
page = casegen.shared_page
KIND = "regional_portal"

# 1. ro: 'de Name' lower-case by-word, 'Publicat:' stamp, caption with 'Sursa foto:'.
page("stiridinvest-ro-pod", "https://stiridinvest.example/actualitate/podul-de-la-lugoj-redeschis-55120", "stiridinvest", [
    "C|Știri din Vest",
    "C|Actualitate | Politică | Economie | Sport",
    "H|Actualitate",
    "T|Podul de peste Timiș de la Lugoj se redeschide după un an de lucrări",
    "H|de Andrei Popescu",
    "H|Publicat: 07.12.2026, 10:12",
    "H|Podul peste Timiș, luni dimineață. Sursa foto: Primăria Lugoj",
    "P|Podul de peste râul Timiș din centrul municipiului Lugoj va fi redeschis circulației rutiere de marți, după un an de lucrări de consolidare, a anunțat primăria.",
    "B|Lucrările au costat 11 milioane de lei, bani proveniți din fonduri europene.",
    "B|Pe pod au fost amenajate și piste pentru biciclete.",
    "C|Citește și: Noi autobuze electrice pentru Timișoara",
    "C|Distribuie articolul",
    "C|© 2026 Știri din Vest",
], publisher_name="Știri din Vest", section="Actualitate", byline_raw="de Andrei Popescu", authors=["Andrei Popescu"],
    captions=[{"text": "Podul peste Timiș, luni dimineață.", "credit": "Primăria Lugoj", "position": "header"}],
    truncated=False, lang="ro", site_kind=KIND,
    header_pattern="stiridinvest:brand/pipe nav/section/title/'de Name'/'Publicat: ...'/caption 'Sursa foto:'/body/'Citește și:'/share/footer",
    notes="Lower-case Romanian 'de' (by).")

# 2. fi: 'Teksti:' writer and 'Kuvat:' photographer lines, 'klo' stamp.
page("uutisvirta-fi-silta", "https://uutisvirta.example/kotimaa/a/turun-uusi-silta-88123", "uutisvirta", [
    "C|Uutisvirta",
    "C|Kotimaa  Ulkomaat  Talous  Urheilu",
    "H|Kotimaa",
    "T|Turun uusi kävelysilta avataan jouluksi",
    "H|Teksti: Matti Virtanen",
    "H|Kuvat: Liisa Koski",
    "H|7.12.2026 klo 12.30",
    "P|Aurajoen uusi kävelysilta avataan yleisölle ennen joulua, kertoi Turun kaupunki maanantaina.",
    "B|Silta yhdistää Kirjastosillan ja Teatterisillan välisen alueen.",
    "B|Hanke maksoi 9 miljoonaa euroa.",
    "C|Lue myös: Föri jää talviteloille",
    "C|Jaa",
    "C|© Uutisvirta 2026",
], publisher_name="Uutisvirta", section="Kotimaa", byline_raw="Teksti: Matti Virtanen", authors=["Matti Virtanen"],
    truncated=False, lang="fi", site_kind=KIND,
    header_pattern="uutisvirta:brand/spaced nav/section/title/'Teksti: Name'/'Kuvat: Name'/'d.m.yyyy klo HH.MM'/body/'Lue myös:'/share/footer",
    notes="The photographer ('Kuvat') is no author.")

# 3. uk: name and role after a comma, stamp with month name, caption 'Фото:'.
page("novynypro-uk-mist", "https://novynypro.example/suspilstvo/mist-cherez-desnu-vidkryly-20931", "novynypro", [
    "C|Новини Про",
    "C|Головна | Суспільство | Економіка | Спорт",
    "H|Суспільство",
    "T|Новий міст через Десну відкрили для руху транспорту",
    "H|Олена Коваль, журналістка",
    "H|07 грудня 2026, 10:15",
    "H|Відкриття мосту. Фото: Чернігівська ОВА",
    "P|Новий міст через Десну поблизу Чернігова відкрили для руху транспорту в понеділок, повідомили в обласній військовій адміністрації.",
    "B|Міст має чотири смуги руху та тротуари з обох боків.",
    "B|Будівництво тривало два роки.",
    "C|Читайте також: Тролейбуси повернулися на маршрути",
    "C|Поділитися",
    "C|© 2026 Новини Про",
], publisher_name="Новини Про", section="Суспільство", byline_raw="Олена Коваль, журналістка", authors=["Олена Коваль"],
    captions=[{"text": "Відкриття мосту.", "credit": "Чернігівська ОВА", "position": "header"}],
    truncated=False, lang="uk", site_kind=KIND,
    header_pattern="novynypro:brand/pipe nav/section/title/'Name, role'/'dd month yyyy, HH:MM'/caption 'Фото:'/body/'Читайте також:'/share/footer",
    notes="Role after a comma.")

# 4. tr: desk byline, stamp with 'Güncelleme' on one row, caption with '(Fotoğraf: AA)'.
page("habergunu-tr-tramvay", "https://habergunu.example/yerel/konya-tramvay-hatti-uzuyor-661204", "habergunu", [
    "C|Haber Günü",
    "C|Gündem  Yerel  Ekonomi  Spor",
    "H|Yerel",
    "T|Konya'da tramvay hattı Meram'a kadar uzatılıyor",
    "H|Haber Merkezi",
    "H|07.12.2026 - 14:22 | Güncelleme: 07.12.2026 - 15:01",
    "H|Konya'da tramvay hattında çalışmalar sürüyor. (Fotoğraf: AA)",
    "P|Konya Büyükşehir Belediyesi, tramvay hattını Meram ilçesine kadar uzatmak için ihaleye çıktı.",
    "B|Yeni hat 6,5 kilometre uzunluğunda olacak ve sekiz durak içerecek.",
    "B|Çalışmaların 2028'de tamamlanması planlanıyor.",
    "C|İlgili Haberler",
    "C|Paylaş",
    "C|© 2026 Haber Günü",
], publisher_name="Haber Günü", section="Yerel", byline_raw="Haber Merkezi",
    captions=[{"text": "Konya'da tramvay hattında çalışmalar sürüyor.", "credit": "AA", "position": "header"}],
    truncated=False, lang="tr", site_kind=KIND,
    header_pattern="habergunu:brand/spaced nav/section/title/desk byline/'stamp | Güncelleme: stamp'/caption '(Fotoğraf: AA)'/body/related/share/footer",
    notes="A desk ('Haber Merkezi') is no author.")

# 5. pl: writer and source on one row 'Autor: Name | Źródło: PAP', stamp 'Opublikowano:'.
page("wiescidnia-pl-most", "https://wiescidnia.example/kraj/most-na-wisle-plock-otwarty-7734", "wiescidnia", [
    "C|Wieści Dnia",
    "C|Kraj | Świat | Biznes | Sport",
    "H|Kraj",
    "T|Nowy most na Wiśle w Płocku otwarty dla kierowców",
    "H|Autor: Anna Kowalska | Źródło: PAP",
    "H|Opublikowano: 7 grudnia 2026, 09:00",
    "P|Nowy most drogowy na Wiśle w Płocku został w poniedziałek otwarty dla ruchu, poinformował prezydent miasta.",
    "B|Przeprawa ma 1,2 kilometra długości i dwa pasy ruchu w każdą stronę.",
    "B|Budowa kosztowała 640 mln zł.",
    "C|Czytaj także: Remont dworca w Kutnie",
    "C|Udostępnij",
    "C|© 2026 Wieści Dnia",
], publisher_name="Wieści Dnia", section="Kraj", byline_raw="Autor: Anna Kowalska", authors=["Anna Kowalska"], organization="PAP",
    truncated=False, lang="pl", site_kind=KIND,
    header_pattern="wiescidnia:brand/pipe nav/section/title/'Autor: Name | Źródło: PAP'/'Opublikowano: ...'/body/'Czytaj także:'/share/footer",
    notes="The agency is the source of the text, the site stays the publisher.")

# 6. da: aggregator with 'Kilde:' line, lower-case 'af Name', 'i dag kl.' stamp, caption with dash credit.
page("nyhedsstrom-da-bro", "https://nyhedsstrom.example/indland/ny-bro-over-vejle-fjord-3390", "nyhedsstrom", [
    "C|Nyhedsstrøm",
    "C|Forside  Indland  Udland  Sport",
    "T|Ny cykelbro over Vejle Fjord åbner til sommer",
    "H|Kilde: Vejle Dagblad",
    "H|af Mette Hansen",
    "H|i dag kl. 11:32",
    "H|Broen under opførelse i november. — Ritzau Scanpix / Bo Amstrup",
    "P|Den nye cykel- og gangbro over Vejle Fjord åbner i juni, oplyser Vejle Kommune.",
    "B|Broen bliver 400 meter lang og forbinder bydelen Nørreskoven med havnen.",
    "B|Projektet koster 85 millioner kroner.",
    "C|Læs hele artiklen hos Vejle Dagblad",
    "C|Del",
], publisher="Vejle Dagblad", byline_raw="af Mette Hansen", authors=["Mette Hansen"],
    captions=[{"text": "Broen under opførelse i november.", "credit": "Ritzau Scanpix / Bo Amstrup", "position": "header"}],
    truncated=True, lang="da", site_kind="aggregator_portal",
    header_pattern="nyhedsstrom:brand/spaced nav/title/'Kilde: <pub>'/'af Name'/'i dag kl. HH:MM'/caption '— credit'/body/'Læs hele artiklen hos <pub>'/share",
    notes="Credit after a spaced dash.")

# 7. cs: 'Name | ČTK' byline with an agency, stamp with month name.
page("zpravyden-cs-tramvaj", "https://zpravyden.example/domaci/nova-tramvajova-trat-brno-55321", "zpravyden", [
    "C|Zprávy Den",
    "C|Domácí  Zahraničí  Ekonomika  Sport",
    "H|Domácí",
    "T|Brno otevře novou tramvajovou trať do Bystrce",
    "H|Jana Nováková | ČTK",
    "H|7. prosince 2026 10:45",
    "H|Nová trať v Bystrci. Foto: DPMB",
    "P|Brno otevře v sobotu novou tramvajovou trať do Bystrce, oznámil dopravní podnik.",
    "B|Trať je dlouhá 3,1 kilometru a má šest zastávek.",
    "B|Stavba stála 1,2 miliardy korun.",
    "C|Sdílet",
    "C|Související články",
    "C|© 2026 Zprávy Den",
], publisher_name="Zprávy Den", section="Domácí", byline_raw="Jana Nováková | ČTK", authors=["Jana Nováková"], organization="ČTK",
    captions=[{"text": "Nová trať v Bystrci.", "credit": "DPMB", "position": "header"}],
    truncated=False, lang="cs", site_kind=KIND,
    header_pattern="zpravyden:brand/spaced nav/section/title/'Name | agency'/stamp/caption 'Foto:'/body/share/related/footer",
    notes="Agency after the writer's name.")

# 8. el: 'Γράφει:' label byline, stamp 'dd/mm/yyyy - HH:MM', caption in brackets 'Φωτογραφία:'.
page("eidiseisora-el-limani", "https://eidiseisora.example/ellada/neo-limani-volou-44102", "eidiseisora", [
    "C|Ειδήσεις Ώρα",
    "C|Ελλάδα | Κόσμος | Οικονομία | Αθλητισμός",
    "H|Ελλάδα",
    "T|Νέος επιβατικός σταθμός στο λιμάνι του Βόλου",
    "H|Γράφει: Νίκος Παπαδόπουλος",
    "H|07/12/2026 - 13:45",
    "H|Το λιμάνι του Βόλου. (Φωτογραφία: Eurokinissi)",
    "P|Νέος επιβατικός σταθμός θα κατασκευαστεί στο λιμάνι του Βόλου, ανακοίνωσε τη Δευτέρα ο οργανισμός λιμένος.",
    "B|Το έργο κοστίζει 14 εκατομμύρια ευρώ.",
    "B|Η κατασκευή θα διαρκέσει δύο χρόνια.",
    "C|Διαβάστε επίσης",
    "C|Κοινοποίηση",
    "C|© 2026 Ειδήσεις Ώρα",
], publisher_name="Ειδήσεις Ώρα", section="Ελλάδα", byline_raw="Γράφει: Νίκος Παπαδόπουλος", authors=["Νίκος Παπαδόπουλος"],
    captions=[{"text": "Το λιμάνι του Βόλου.", "credit": "Eurokinissi", "position": "header"}],
    truncated=False, lang="el", site_kind=KIND,
    header_pattern="eidiseisora:brand/pipe nav/section/title/'Γράφει: Name'/'dd/mm/yyyy - HH:MM'/caption '(Φωτογραφία: X)'/body/related/share/footer",
    notes="'Γράφει' (writes) labels the byline.")

# 9. es-CO: desk byline 'Por: Redacción Regional', long Spanish stamp with 'a. m.', caption 'Foto: ...'.
page("noticiasdelvalle-esco-metro", "https://noticiasdelvalle.example/antioquia/metro-de-la-80-avanza-33018", "noticiasdelvalle", [
    "C|Noticias del Valle",
    "C|Colombia · Antioquia · Deportes · Entretenimiento",
    "H|Antioquia",
    "T|El metro de la 80 en Medellín supera el 40 % de avance",
    "H|Por: Redacción Regional",
    "H|7 de diciembre de 2026 - 11:20 a. m.",
    "H|Obras del metro de la 80 en el sector de Floresta. Foto: Alcaldía de Medellín",
    "P|Las obras del metro de la avenida 80 en Medellín superaron el 40 % de avance, informó este lunes la Alcaldía.",
    "B|El sistema tendrá 13 kilómetros y 17 estaciones.",
    "B|Se espera que entre en operación en 2028.",
    "C|Le puede interesar: Cierres viales en el centro",
    "C|Compartir",
    "C|© 2026 Noticias del Valle",
], publisher_name="Noticias del Valle", section="Antioquia", byline_raw="Por: Redacción Regional",
    captions=[{"text": "Obras del metro de la 80 en el sector de Floresta.", "credit": "Alcaldía de Medellín", "position": "header"}],
    truncated=False, lang="es-CO", site_kind=KIND,
    header_pattern="noticiasdelvalle:brand/dot nav/section/title/'Por: Redacción X'/'d de mes de yyyy - h:mm a. m.'/caption 'Foto:'/body/'Le puede interesar:'/share/footer",
    notes="A desk byline: no author.")

# 10. fr-BE: bare name with role line 'Journaliste', stamp 'Publié le ... à ...', caption ending with '- Belga'.
page("infosbelges-frbe-pont", "https://infosbelges.example/regions/liege/pont-de-fragnee-rouvert-88102", "infosbelges", [
    "C|Infos Belges",
    "C|Belgique  Régions  Monde  Sports",
    "H|Liège",
    "T|Le pont de Fragnée rouvre à la circulation après huit mois de travaux",
    "H|Julie Lambert",
    "H|Journaliste",
    "H|Publié le 07/12/2026 à 14h05",
    "H|Le pont de Fragnée, lundi matin. - Belga",
    "P|Le pont de Fragnée, à Liège, a rouvert lundi à la circulation automobile après huit mois de travaux de rénovation, a annoncé le SPW.",
    "B|Les trottoirs ont été élargis et une piste cyclable a été aménagée.",
    "B|Le chantier a coûté 7 millions d'euros.",
    "C|Lire aussi: La Boverie prolonge son exposition",
    "C|Partager",
    "C|© 2026 Infos Belges",
], publisher_name="Infos Belges", section="Liège", byline_raw="Julie Lambert", authors=["Julie Lambert"],
    captions=[{"text": "Le pont de Fragnée, lundi matin.", "credit": "Belga", "position": "header"}],
    truncated=False, lang="fr-BE", site_kind=KIND,
    header_pattern="infosbelges:brand/spaced nav/section/title/bare name/role 'Journaliste'/'Publié le ... à ...'/caption '- Belga'/body/'Lire aussi:'/share/footer",
    notes="Bare name and role line.")

casegen.write_pages()
