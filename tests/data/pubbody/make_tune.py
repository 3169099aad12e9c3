"""Eight invented publisher pages to tune the body's chrome rules on (fixtures/publishers/
body-tune): cross-links, support appeals, press contacts, source lines and related blocks in
the markup of common CMSes, beside lists, tables, subheadings and details that are article.
All text, people, places and sites are invented. Run: python make_tune.py <out-dir>"""
from pagegen import C, DL, H, OL, P, TABLE, UL, page, write_pages
from shells import DARK, DIARIO, PORTAL, WP

page(
    "en-wordpress-county-paper", lang="en", site="The Ferris County Ledger",
    url="https://www.ferriscountyledger.example/news/2026/04/02/county-board-approves-new-animal-shelter/",
    headline="County board approves $4.2 million animal shelter on Route 9",
    author="Marisa Quintero", authors=["Marisa Quintero"], published="2026-04-02T18:20:00-05:00",
    shell=WP, header="<time datetime='2026-04-02T18:20:00-05:00'>April 2, 2026</time>",
    footer="© 2026 The Ferris County Ledger. All rights reserved.",
    blocks=[
        P("The Ferris County Board of Supervisors voted 4-1 on Tuesday to build a new animal shelter on county land along Route 9, ending a two-year search for a site to replace the cramped facility behind the old highway garage."),
        P("The $4.2 million building will have room for 80 dogs and 120 cats, more than double the current shelter's capacity, and include a clinic where a contract veterinarian can spay and neuter animals before adoption."),
        C("<p><strong>Read more:</strong> <a href='/news/2025/11/14/shelter-over-capacity-again/'>Ferris County shelter turns away strays for third week</a></p>", "turns away strays for third week"),
        P("Supervisor Dale Amundsen, who cast the lone vote against the plan, said he supported a new shelter but worried about the cost of staffing a building twice the size."),
        P("“We are building something we will have to pay for every year after the ribbon is cut,” Amundsen said."),
        H("What the shelter will include"),
        UL("Indoor and outdoor runs for 80 dogs", "Separate cat rooms with space for 120 cats", "A surgery suite and recovery ward", "A public meeting room for training classes"),
        C("<p>RELATED: <a href='/news/2026/01/09/shelter-site-search/'>Five sites, one shelter: where the county looked</a> | <a href='/news/2026/02/20/volunteers-rally/'>Volunteers rally for shelter funding</a></p>", "Five sites, one shelter", "Volunteers rally for shelter funding"),
        P("Construction is expected to begin in August and take about 14 months, county administrator Joyce Whitfield said. The county will pay for the project with a mix of federal recovery money and a bond approved by voters in 2024."),
        C("<div class='wp-block-group donate-callout'><h3>Local news is a public good</h3><p>The Ledger is a nonprofit newsroom. Your donation keeps reporting like this free for every reader in Ferris County.</p><p><a class='wp-block-button__link' href='/donate/'>Donate now</a></p></div>", "Local news is a public good", "Your donation keeps reporting like this free"),
        P("Shelter director Annie Pohl said the current building routinely holds twice as many animals as it was designed for. “Some weeks we have dogs in crates in the hallway,” she said. “This changes everything for us.”"),
        P("The board also approved a $180,000 contract with Lindqvist Architects to finish the design."),
    ],
    after=[
        C("<div class='tags-links'>Tags: <a href='/tag/animals/'>animals</a>, <a href='/tag/county-board/'>county board</a></div>", "Tags:"),
        C("<section class='related-posts'><h3 class='related-title'>Related Stories</h3><ul><li><a href='/news/2026/03/30/road-levy/'>Road levy heads to May ballot</a> <span class='date'>March 30, 2026</span></li><li><a href='/news/2026/03/28/library-hours/'>Library adds Sunday hours at two branches</a> <span class='date'>March 28, 2026</span></li><li><a href='/news/2026/03/25/fair-board/'>Fair board picks new manager</a> <span class='date'>March 25, 2026</span></li></ul></section>", "Road levy heads to May ballot", "Library adds Sunday hours", "Fair board picks new manager"),
    ],
)

page(
    "es-diario-fuente-te-puede-interesar", lang="es", site="El Heraldo del Valle",
    url="https://www.heraldodelvalle.example/economia/2026/04/03/cosecha-de-aguacate-record-en-el-valle-1203344.html",
    headline="La cosecha de aguacate del valle marca un récord pese a la sequía",
    author="Tomás Arreola", authors=["Tomás Arreola"], published="2026-04-03T09:10:00-06:00",
    shell=DIARIO, header="<span class='nota__fecha'>03 de abril de 2026</span>",
    footer="© 2026 El Heraldo del Valle. Todos los derechos reservados.",
    blocks=[
        P("Los productores de aguacate del valle cerraron la temporada con 312 mil toneladas cosechadas, la cifra más alta desde que se tienen registros, a pesar de que las lluvias fueron un 40 por ciento menores que el promedio."),
        P("La Asociación de Productores atribuyó el resultado a la ampliación del riego por goteo, que ya cubre más de la mitad de las huertas de la región, y a precios que animaron a los agricultores a invertir."),
        C("<p><strong>Lea también: </strong><a href='/economia/2026/03/12/precio-del-aguacate-1199820.html'>El precio del aguacate sube 18 % en los mercados mayoristas</a></p>", "El precio del aguacate sube 18"),
        P("“Nunca habíamos sacado tanta fruta con tan poca agua”, dijo Rosario Lemus, presidenta de la asociación, durante la presentación del balance en la cabecera municipal."),
        TABLE(("Uruapan", "98.400"), ("Tancítaro", "71.250"), ("Peribán", "44.900"), head=("Municipio", "Toneladas")),
        P("Sin embargo, investigadores de la universidad estatal advirtieron que el nivel de los acuíferos bajó casi dos metros en el último año y pidieron limitar la apertura de nuevas huertas."),
        C("<div class='te-puede-interesar'><h4>Te puede interesar</h4><ul><li><a href='/nacional/2026/04/01/presas-al-30-1202991.html'>Presas del estado, al 30 % de su capacidad</a></li><li><a href='/economia/2026/03/29/exportaciones-1201876.html'>Exportaciones agrícolas crecen en el primer trimestre</a></li></ul></div>", "Presas del estado, al 30", "Exportaciones agrícolas crecen"),
        P("El gobierno estatal anunció que destinará 150 millones de pesos a tecnificar el riego en pequeñas parcelas durante el próximo año."),
        C("<p class='fuente'>Fuente: Secretaría de Desarrollo Rural del estado</p>", "Secretaría de Desarrollo Rural del estado"),
        C("<div class='apoyo'><p><strong>Apoya el periodismo local.</strong> Suscríbete a El Heraldo del Valle desde 49 pesos al mes.</p><a href='/suscripcion/'>Suscríbete</a></div>", "Suscríbete a El Heraldo del Valle desde 49 pesos"),
    ],
    after=[
        C("<section class='mas-noticias'><h2>Más noticias</h2><div class='tarjeta'><a href='/deportes/2026/04/03/1203301.html'><h3>El Atlético Valle asciende tras vencer 2-0 en casa</h3></a><span>Hace 2 horas</span></div><div class='tarjeta'><a href='/nacional/2026/04/03/1203290.html'><h3>Cierran la carretera federal por obras en el puente</h3></a><span>Hace 3 horas</span></div></section>", "El Atlético Valle asciende", "Cierran la carretera federal"),
    ],
)

page(
    "de-portal-lesen-sie-auch-pressekontakt", lang="de", site="Kreisbote Oberland",
    url="https://www.kreisbote-oberland.example/region/weilach/neue-buslinie-verbindet-weilach-und-sonnbrunn-93412.html",
    headline="Neue Buslinie verbindet Weilach und Sonnbrunn",
    author="Veronika Haslinger", authors=["Veronika Haslinger"], published="2026-04-01T14:00:00+02:00",
    shell=PORTAL, header="<time datetime='2026-04-01T14:00:00+02:00'>01.04.2026, 14:00 Uhr</time>",
    footer="© Kreisbote Oberland 2026",
    blocks=[
        P("Ab dem 4. Mai fährt eine neue Buslinie zwischen Weilach und Sonnbrunn. Der Landkreis schließt damit eine Lücke, über die sich Pendler und Schüler seit Jahren beschweren."),
        P("Die Linie 417 verkehrt werktags im Stundentakt, in den Hauptverkehrszeiten alle 30 Minuten. Am Wochenende fahren die Busse alle zwei Stunden."),
        C("<p><strong>Lesen Sie auch:</strong> <a href='/region/weilach/bahnhof-weilach-barrierefrei-92877.html'>Bahnhof Weilach wird bis 2027 barrierefrei</a></p>", "Bahnhof Weilach wird bis 2027 barrierefrei"),
        H("Die wichtigsten Haltestellen"),
        UL("Weilach, Marktplatz", "Gewerbegebiet Nord", "Klinikum Sonnbrunn", "Sonnbrunn, Bahnhof"),
        P("Landrat Georg Pfisterer sprach von einem wichtigen Schritt. „Wer im Oberland kein Auto hat, soll trotzdem zur Arbeit und zum Arzt kommen“, sagte er bei der Vorstellung im Kreistag."),
        DL(("Start", "4. Mai 2026"), ("Takt", "werktags stündlich, Wochenende alle zwei Stunden"), ("Fahrpreis", "2,40 Euro, mit Deutschlandticket frei"), cls="infobox"),
        P("Die Kosten von rund 600.000 Euro im Jahr teilen sich der Landkreis und die beiden Gemeinden. Nach zwei Jahren soll geprüft werden, wie gut die Linie angenommen wird."),
        C("<p>Quelle: Landratsamt Oberland</p>", "Landratsamt Oberland"),
        C("<p><strong>Pressekontakt:</strong></p><p>Landratsamt Oberland, Pressestelle</p><p>Tel. 08800 000 000</p><p>presse@lra-oberland.example</p>", "Pressestelle", "presse@lra-oberland.example"),
    ],
    after=[
        C("<div class='teaser-list'><h3>Mehr zum Thema</h3><ul><li><a href='/region/sonnbrunn/klinikum-parkhaus-93001.html'>Klinikum Sonnbrunn baut neues Parkhaus</a></li><li><a href='/region/weilach/radweg-93120.html'>Radweg nach Sonnbrunn: Bauarbeiten beginnen</a></li></ul></div>", "Klinikum Sonnbrunn baut neues Parkhaus", "Radweg nach Sonnbrunn"),
    ],
)

page(
    "fr-quotidien-lire-aussi-source", lang="fr", site="La Dépêche des Causses",
    url="https://www.depechedescausses.example/aveyron/millau/festival-de-la-pierre-seche-2026-4412201.php",
    headline="Millau accueille le premier festival de la pierre sèche",
    author="Camille Roux-Ferrand", authors=["Camille Roux-Ferrand"], published="2026-04-04T07:30:00+02:00",
    shell=PORTAL, header="<p class='article-date'>Publié le 04/04/2026 à 07h30</p>",
    footer="© La Dépêche des Causses - Tous droits réservés",
    blocks=[
        P("Murets, capitelles et calades : pendant trois jours, Millau met à l'honneur la pierre sèche, un savoir-faire inscrit au patrimoine immatériel et encore très présent sur les causses."),
        P("Une vingtaine de murailleurs venus de toute l'Occitanie animeront des ateliers ouverts au public, et une exposition photographique retracera un siècle de constructions paysannes."),
        C("<p>LIRE AUSSI | <a href='/aveyron/millau/capitelles-restaurees-4398011.php'>Causse Noir : douze capitelles restaurées par des bénévoles</a></p>", "douze capitelles restaurées par des bénévoles"),
        P("« On veut montrer que ce n'est pas un art du passé, que des jeunes se forment et vivent de ce métier », explique Julien Bastide, l'un des organisateurs."),
        H("Le programme", "h3"),
        UL("Vendredi : conférence sur l'histoire des calades", "Samedi : ateliers d'initiation sur le chantier-école", "Dimanche : balade commentée sur le causse"),
        P("<strong>Pratique.</strong> Du 17 au 19 avril, parc de la Victoire. Entrée libre. Ateliers sur inscription à l'office de tourisme."),
        C("<div class='inline-related'><p class='inline-related__title'>À lire aussi</p><a href='/aveyron/millau/viaduc-4401220.php'>Viaduc de Millau : une fréquentation record à Pâques</a><a href='/aveyron/roquefort-4409918.php'>Roquefort : la cave Sainte-Eulalie rouvre ses portes</a></div>", "une fréquentation record à Pâques", "la cave Sainte-Eulalie rouvre"),
        P("La municipalité espère faire du festival un rendez-vous annuel et candidater, à terme, au label des villes et pays d'art et d'histoire."),
        C("<p class='source'>Source : mairie de Millau</p>", "mairie de Millau"),
    ],
    after=[
        C("<section class='meme-sujet'><h2>Sur le même sujet</h2><ul><li><a href='/aveyron/4400001.php'>Les bergers du Larzac inquiets pour l'estive</a></li><li><a href='/aveyron/4400002.php'>Un nouveau gîte d'étape à La Couvertoirade</a></li></ul></section>", "Les bergers du Larzac inquiets", "Un nouveau gîte d'étape"),
    ],
)

page(
    "pl-portal-czytaj-tez-zrodlo", lang="pl", site="Gazeta Nadwiślańska",
    url="https://gazetanadwislanska.example/wiadomosci/region/nowy-most-na-wisle-otwarty,3391204.html",
    headline="Nowy most na Wiśle otwarty. Kierowcy zaoszczędzą pół godziny",
    author="Katarzyna Wróblewska", authors=["Katarzyna Wróblewska"], published="2026-04-02T11:45:00+02:00",
    shell=DIARIO, header="<span class='nota__fecha'>2 kwietnia 2026, 11:45</span>",
    footer="© Gazeta Nadwiślańska 2026",
    blocks=[
        P("W czwartek rano otwarto dla ruchu nowy most na Wiśle między Zawichostem a Annopolem. Przeprawa skraca drogę między dwoma brzegami o ponad 30 kilometrów."),
        P("Budowa trwała niemal trzy lata i kosztowała 412 mln zł, z czego większość pokryły fundusze unijne. Most ma 1,1 km długości i ścieżkę rowerową po obu stronach."),
        C("<p><b>Czytaj też:</b> <a href='/wiadomosci/region/objazdy-w-zawichoscie,3380112.html'>Objazdy w Zawichoście potrwają do wiosny</a></p>", "Objazdy w Zawichoście potrwają do wiosny"),
        P("– Na to czekaliśmy od dziesięcioleci. Do tej pory przeprawa promowa działała tylko latem i przy dobrej pogodzie – mówił podczas otwarcia burmistrz Zawichostu Andrzej Pietrzyk."),
        H("Najważniejsze liczby"),
        UL("długość mostu: 1,1 km", "koszt: 412 mln zł", "czas budowy: 34 miesiące", "dopuszczalna prędkość: 70 km/h"),
        P("Wojewoda zapowiedział, że w przyszłym roku rozpocznie się przebudowa dróg dojazdowych po stronie lubelskiej, które nie są przygotowane na większy ruch ciężarówek."),
        C("<p>Źródło: Generalna Dyrekcja Dróg Krajowych i Autostrad</p>", "Generalna Dyrekcja Dróg Krajowych"),
        C("<div class='wesprzyj'><h3>Wesprzyj lokalne dziennikarstwo</h3><p>Nasze teksty są dostępne za darmo dzięki Czytelnikom. Dołącz do nich.</p><a href='/wsparcie/'>Wspieram</a></div>", "Nasze teksty są dostępne za darmo dzięki Czytelnikom"),
    ],
    after=[
        C("<div class='powiazane'><h2>Zobacz również</h2><ul><li><a href='/wiadomosci/3390001.html'>Prom w Annopolu kończy kursy</a></li><li><a href='/wiadomosci/3390002.html'>Rowerem przez nowy most: pierwsze wrażenia</a></li><li><a href='/wiadomosci/3390003.html'>Powiat planuje nową obwodnicę</a></li></ul></div>", "Prom w Annopolu kończy kursy", "Rowerem przez nowy most"),
    ],
)

page(
    "id-berita-baca-juga-sumber", lang="id", site="Warta Nusantara",
    url="https://www.wartanusantara.example/read/2026/04/03/101500/pasar-terapung-banjarmasin-dibuka-kembali",
    headline="Pasar terapung Banjarmasin dibuka kembali setelah renovasi dermaga",
    author="Rahmat Hidayat", authors=["Rahmat Hidayat"], published="2026-04-03T10:15:00+08:00",
    shell=PORTAL, header="<div class='date'>Jumat, 3 April 2026 10:15 WITA</div>",
    footer="Copyright © 2026 Warta Nusantara",
    blocks=[
        P("Pasar terapung di Sungai Martapura, Banjarmasin, kembali dibuka pada Jumat pagi setelah dermaga kayunya direnovasi selama empat bulan."),
        P("Sekitar 70 pedagang perahu menjajakan sayur, buah, dan kue tradisional sejak pukul 06.00 WITA. Pengunjung terlihat memadati dermaga baru yang kini lebih lebar."),
        C("<p><strong>Baca juga:</strong> <a href='/read/2026/03/20/090000/wisata-sungai-kalsel-ramai'>Wisata sungai di Kalsel ramai dikunjungi saat libur panjang</a></p>", "Wisata sungai di Kalsel ramai"),
        P("Kepala Dinas Pariwisata Kota Banjarmasin, Siti Nurhaliza, mengatakan renovasi menelan biaya Rp 3,2 miliar dari anggaran daerah."),
        P("“Dermaga lama sudah lapuk dan berbahaya bagi pengunjung. Sekarang lebih aman, ada pegangan dan lampu,” ujarnya."),
        H("Jam operasional pasar"),
        UL("Senin–Jumat: pukul 06.00–09.00 WITA", "Sabtu–Minggu: pukul 05.30–10.00 WITA"),
        C("<p><strong>Baca Juga: </strong><a href='/read/2026/02/11/140000/kuliner-khas-banjar'>Lima kuliner khas Banjar yang wajib dicoba</a></p>", "Lima kuliner khas Banjar"),
        P("Pemerintah kota juga berencana menambah perahu wisata yang bisa disewa dari dermaga utama menuju kampung-kampung di tepi sungai."),
        C("<p><em>Sumber: Antara</em></p>", "Sumber: Antara"),
    ],
    after=[
        C("<div class='berita-terkait'><h3>Berita Terkait</h3><ul><li><a href='/read/2026/04/01/1/'>Festival Budaya Sungai digelar bulan depan</a></li><li><a href='/read/2026/03/30/2/'>Harga cabai di Banjarmasin turun</a></li></ul></div>", "Festival Budaya Sungai digelar", "Harga cabai di Banjarmasin turun"),
    ],
)

page(
    "en-recipe-site-you-might-also-like", lang="en", site="Pantry & Porch",
    url="https://www.pantryandporch.example/recipes/smoky-white-bean-and-kale-soup",
    headline="Smoky white bean and kale soup",
    author="Delia Fairweather", authors=["Delia Fairweather"], published="2026-03-28T08:00:00-04:00",
    shell=DARK, header="<time datetime='2026-03-28T08:00:00-04:00'>Mar 28, 2026</time>",
    footer="© 2026 Pantry & Porch Media. All rights reserved.",
    blocks=[
        P("This is the soup I make when the weather turns and the fridge is mostly empty: a can of beans, a bunch of kale and a spoonful of smoked paprika do most of the work."),
        P("Mashing a cup of the beans against the side of the pot thickens the broth without any cream, and a squeeze of lemon at the end keeps it bright."),
        C("<p><em>Read next:</em> <a href='/recipes/one-pot-lentil-stew'>Our one-pot lentil stew, ready in 40 minutes</a></p>", "one-pot lentil stew, ready in 40 minutes"),
        H("Ingredients"),
        UL("2 tablespoons olive oil", "1 onion, diced", "3 cloves garlic, sliced", "1 teaspoon smoked paprika", "2 cans white beans, drained", "1 bunch kale, stems removed", "4 cups vegetable stock", "Juice of half a lemon"),
        H("Method"),
        OL("Warm the oil in a large pot and cook the onion until soft, about 8 minutes.", "Add the garlic and paprika and stir for a minute.", "Add the beans and stock, bring to a simmer and mash a cup of the beans.", "Stir in the kale and cook until tender, then finish with lemon and salt."),
        TABLE(("Calories", "310"), ("Protein", "15 g"), ("Fibre", "11 g"), head=("Per serving", "")),
        C("<aside class='MembershipPrompt_root'><h3>Become a supporter</h3><p>Pantry &amp; Porch is reader-funded. Members get every recipe ad-free and our weekly meal plan.</p><a href='/membership'>Join today</a></aside>", "Members get every recipe ad-free"),
        P("The soup keeps for four days in the fridge and freezes well; add a splash of water when you reheat it."),
    ],
    after=[
        C("<section class='RelatedRecipes_root'><h2 class='RelatedRecipes_heading'>You might also like</h2><div class='Card'><a href='/recipes/tomato-farro-soup'><span class='Card_title'>Tomato and farro soup</span></a><span class='Card_meta'>45 min</span></div><div class='Card'><a href='/recipes/miso-squash'><span class='Card_title'>Miso-roasted squash with greens</span></a><span class='Card_meta'>1 hr</span></div></section>", "Tomato and farro soup", "Miso-roasted squash with greens"),
    ],
)

page(
    "pt-portal-leia-tambem-fonte", lang="pt-BR", site="Correio do Litoral",
    url="https://www.correiodolitoral.example/cidades/2026/04/02/ponte-de-itaguara-sera-reformada.ghtml",
    headline="Ponte de Itaguara será reformada a partir de maio",
    author="Beatriz Nogueira", authors=["Beatriz Nogueira"], published="2026-04-02T16:05:00-03:00",
    shell=WP, header="<time datetime='2026-04-02T16:05:00-03:00'>02/04/2026 16h05</time>",
    footer="© Correio do Litoral 2026. Todos os direitos reservados.",
    blocks=[
        P("A ponte sobre o rio Itaguara, principal ligação entre o centro e os bairros da zona norte, passará por uma reforma completa a partir de 5 de maio, anunciou a prefeitura nesta quinta-feira."),
        P("A obra deve durar oito meses e custar R$ 14 milhões. Durante o período, o tráfego de caminhões será desviado pela rodovia estadual."),
        C("<p><strong>Leia também:</strong> <a href='/cidades/2026/03/15/rachaduras-na-ponte.ghtml'>Moradores relatam rachaduras na ponte de Itaguara</a></p>", "Moradores relatam rachaduras na ponte"),
        P("Segundo o secretário de Obras, Rodrigo Assunção, a estrutura de 1978 nunca passou por uma reforma profunda. “É uma obra que a cidade esperava havia muito tempo”, afirmou."),
        H("Como fica o trânsito"),
        UL("Carros: uma faixa em cada sentido, com semáforo", "Ônibus: mantêm o trajeto", "Caminhões: desvio pela SP-055"),
        C("<div class='leia-mais-box'><p><strong>VEJA TAMBÉM</strong></p><ul><li><a href='/cidades/2026/03/20/orla.ghtml'>Prefeitura apresenta projeto da nova orla</a></li><li><a href='/cidades/2026/03/22/onibus.ghtml'>Tarifa de ônibus fica congelada em 2026</a></li></ul></div>", "Prefeitura apresenta projeto da nova orla", "Tarifa de ônibus fica congelada"),
        P("A prefeitura promete manter a passagem de pedestres e ciclistas liberada durante toda a obra."),
        C("<p><em>Fonte: Prefeitura de Itaguara</em></p>", "Prefeitura de Itaguara"),
    ],
    after=[
        C("<div class='jp-relatedposts'><h3 class='jp-relatedposts-headline'><em>Relacionadas</em></h3><div class='jp-relatedposts-post'><a href='/cidades/1/'>Chuva forte alaga ruas do centro</a></div><div class='jp-relatedposts-post'><a href='/cidades/2/'>Feira do livro começa no sábado</a></div></div>", "Chuva forte alaga ruas do centro", "Feira do livro começa no sábado"),
    ],
)

page(
    "en-wordpress-newsroom-unlabelled-rails", lang="en", site="Red Mesa Report",
    url="https://redmesareport.example/2026/04/01/water-board-raises-rates-for-first-time-in-decade/",
    headline="Water board raises rates for the first time in a decade",
    author="Joaquin Ybarra", authors=["Joaquin Ybarra"], published="2026-04-01T17:00:00-06:00",
    shell=WP, header="<time datetime='2026-04-01T17:00:00-06:00'>April 1, 2026</time>",
    footer="Red Mesa Report is a member of the Institute for Nonprofit News.",
    blocks=[
        P("The Red Mesa Water Board voted Wednesday to raise residential water rates by 9% starting in July, the first increase since 2016, to pay for a new treatment plant and the replacement of aging pipes."),
        P("The average household will pay about $4.30 more a month, according to a staff report. Large agricultural users will see a steeper increase under a new tiered structure."),
        C("<p><strong>Catch up:</strong> <a href='/2026/02/10/treatment-plant-costs-balloon/'>Treatment plant costs balloon to $61 million</a></p>", "Treatment plant costs balloon to $61 million"),
        P("Board member Ofelia Chee said the board had delayed the decision for too long. “Every year we waited made the pipes older and the bill bigger,” she said."),
        P("<strong>Watch:</strong> the board's full meeting is archived on the district's <a href='https://video.redmesawater.example/meetings/2026-04-01'>video portal</a>."),
        H("How the new rates work"),
        TABLE(("0-5,000 gallons", "$3.10"), ("5,001-15,000 gallons", "$4.45"), ("Over 15,000 gallons", "$6.20"), head=("Monthly use", "Per 1,000 gallons")),
        C("<div class='wp-block-group is-style-callout'><p><strong>We're a nonprofit newsroom.</strong> Stories like this one depend on readers who chip in what they can.</p><div class='wp-block-buttons'><div class='wp-block-button'><a class='wp-block-button__link' href='/give/'>Give now</a></div></div></div>", "depend on readers who chip in"),
        P("Residents can find help paying their bills through the district's assistance program:"),
        UL("<a href='https://redmesawater.example/assistance'>Apply for bill assistance online</a>", "<a href='https://redmesawater.example/payment-plans'>Set up a payment plan</a>", "Call the customer line at 555-0144"),
        P("The new rates take effect with bills mailed in July."),
    ],
    after=[
        C("<div class='newspack-related-posts'><h3>Keep reading</h3><article><a href='/2026/03/30/drought-plan/'>Drought plan would limit lawn watering to two days</a><time>March 30, 2026</time></article><article><a href='/2026/03/27/reservoir-levels/'>Reservoir levels lowest since 2002</a><time>March 27, 2026</time></article><article><a href='/2026/03/20/farmers-wells/'>Farmers turn to deeper wells as canals run dry</a><time>March 20, 2026</time></article></div>", "Drought plan would limit lawn watering", "Reservoir levels lowest since 2002", "Farmers turn to deeper wells"),
    ],
)

page(
    "tr-haber-ilgili-haber-kaynak", lang="tr", site="Ege Postası",
    url="https://www.egepostasi.example/yerel/izmir/kordonda-yeni-bisiklet-yolu-acildi-1847221",
    headline="Kordon'da yeni bisiklet yolu açıldı",
    author="Deniz Aydemir", authors=["Deniz Aydemir"], published="2026-04-02T13:25:00+03:00",
    shell=PORTAL, header="<time datetime='2026-04-02T13:25:00+03:00'>02.04.2026 13:25</time>",
    footer="© 2026 Ege Postası. Tüm hakları saklıdır.",
    blocks=[
        P("İzmir Kordon'da 4,2 kilometrelik yeni bisiklet yolu perşembe günü düzenlenen törenle açıldı. Yol, Alsancak ile Konak arasında kesintisiz bir güzergah sağlıyor."),
        P("Belediye, yeni yolun yaya alanından ayrılması için yeşil bir şerit ve alçak bordürler kullandığını açıkladı."),
        C("<p><strong>İLGİLİ HABER</strong> <a href='/yerel/izmir/bisiklet-kullanimi-artti-1830112'>İzmir'de bisiklet kullanımı yüzde 40 arttı</a></p>", "bisiklet kullanımı yüzde 40 arttı"),
        P("Açılışta konuşan belediye başkan yardımcısı Selin Korkmaz, ağustos ayına kadar Karşıyaka kıyısında da benzer bir çalışma yapılacağını söyledi."),
        H("Güzergah üzerindeki duraklar"),
        UL("Alsancak İskelesi", "Kıbrıs Şehitleri Caddesi girişi", "Konak Meydanı"),
        C("<p>» Ayrıca okuyun: <a href='/yerel/izmir/kordonda-trafik-duzenlemesi-1840001'>Kordon'da hafta sonu trafik düzenlemesi</a></p>", "hafta sonu trafik düzenlemesi"),
        P("Yeni yol gece boyunca aydınlatılacak ve güvenlik kameralarıyla izlenecek."),
        C("<p><strong>Kaynak:</strong> İzmir Büyükşehir Belediyesi</p>", "İzmir Büyükşehir Belediyesi"),
    ],
    after=[
        C("<div class='haber-listesi'><h2>Bunlar da ilginizi çekebilir</h2><ul><li><a href='/yerel/1'>Konak'ta su kesintisi yapılacak</a></li><li><a href='/yerel/2'>Vapur seferlerine yaz tarifesi geliyor</a></li></ul></div>", "Konak'ta su kesintisi", "Vapur seferlerine yaz tarifesi"),
    ],
)

page(
    "da-avis-laes-ogsa-kilde", lang="da", site="Vestkystens Avis",
    url="https://www.vestkystensavis.example/lokalt/esbjerg/havnen-faar-ny-faergeterminal-art4412009",
    headline="Havnen får ny færgeterminal til 180 millioner kroner",
    author="Mette Kjærgaard", authors=["Mette Kjærgaard"], published="2026-04-03T06:00:00+02:00",
    shell=DIARIO, header="<span class='nota__fecha'>3. april 2026</span>",
    footer="© Vestkystens Avis 2026",
    blocks=[
        P("Esbjerg Havn bygger en ny færgeterminal til Fanøfærgen, der skal stå klar i 2028. Den gamle terminal fra 1968 er for lille og for dyr at vedligeholde."),
        P("Den nye bygning får ventesal, cykelparkering og en overdækket gangbro direkte til færgen."),
        C("<div class='inline-article'><span class='inline-article__label'>Læs også</span><a class='inline-article__link' href='/lokalt/esbjerg/faergen-aflyser-igen-art4300120'>Fanøfærgen aflyser igen på grund af storm</a></div>", "Fanøfærgen aflyser igen"),
        P("– Det er en investering i både turisterne og de fastboende på Fanø, siger havnedirektør Lars Brink."),
        OL("Nedrivning af den gamle terminal: efteråret 2026", "Byggeri af ny terminal: 2027", "Indvielse: foråret 2028"),
        C("<aside class='stoet'><h3>Støt lokal journalistik</h3><p>Bliv abonnent og få adgang til alle artikler.</p><a href='/abonnement/'>Se tilbud</a></aside>", "Bliv abonnent og få adgang til alle artikler"),
        P("Projektet er finansieret af havnen selv og et lån fra kommunen."),
        C("<p>Kilde: Esbjerg Havn</p>", "Kilde: Esbjerg Havn"),
        C("<p><strong>Pressekontakt:</strong> Kommunikationschef Ida Holm, tlf. 00 00 00 00</p>", "Kommunikationschef Ida Holm"),
    ],
    after=[
        C("<section class='relaterede'><h2>Relaterede artikler</h2><ul><li><a href='/lokalt/1'>Ny cykelsti langs stranden</a></li><li><a href='/lokalt/2'>Rekordmange turister på Fanø</a></li></ul></section>", "Ny cykelsti langs stranden", "Rekordmange turister på Fanø"),
    ],
)

page(
    "ru-gazeta-chitayte-takzhe-istochnik", lang="ru", site="Волжские вести",
    url="https://volzhskievesti.example/news/city/2026/04/02/novyy-tramvay-1124490",
    headline="В городе запустили новый трамвайный маршрут",
    author="Анна Соколова", authors=["Анна Соколова"], published="2026-04-02T10:00:00+03:00",
    shell=PORTAL, header="<time datetime='2026-04-02T10:00:00+03:00'>2 апреля 2026, 10:00</time>",
    footer="© Волжские вести, 2026",
    blocks=[
        P("В четверг в городе открылся новый трамвайный маршрут № 12, который связал северный микрорайон с центром. Поездка займёт около 25 минут."),
        P("На линии работают восемь новых низкопольных вагонов, интервал движения в часы пик составит шесть минут."),
        C("<p><strong>Читайте также:</strong> <a href='/news/city/2026/03/15/remont-putey-1119002'>Ремонт трамвайных путей на Советской завершат к маю</a></p>", "Ремонт трамвайных путей на Советской"),
        P("«Жители северного района ждали этот маршрут больше десяти лет», — сказал глава департамента транспорта Игорь Белов."),
        H("Остановки маршрута"),
        UL("Северный микрорайон", "Улица Гагарина", "Центральный рынок", "Площадь Революции"),
        P("Стоимость проезда не изменится и составит 40 рублей."),
        C("<p><em>Источник: пресс-служба мэрии</em></p>", "пресс-служба мэрии"),
    ],
    after=[
        C("<div class='related'><div class='related__title'>Новости по теме</div><a href='/news/1'>Автобус № 5 изменит маршрут с понедельника</a><a href='/news/2'>На набережной начали ремонт</a></div>", "Автобус № 5 изменит маршрут", "На набережной начали ремонт"),
    ],
)

page(
    "en-digital-native-media-enquiries", lang="en", site="The Upland Dispatch",
    url="https://www.uplanddispatch.example/business/2026/04/04/cooperative-grocery-opens-in-old-bank/",
    headline="Cooperative grocery opens in the old Farmers Bank building",
    author="Priya Ramaswamy", authors=["Priya Ramaswamy"], published="2026-04-04T09:00:00-05:00",
    shell=DARK, header="<time datetime='2026-04-04T09:00:00-05:00'>April 4, 2026</time>",
    footer="© 2026 The Upland Dispatch",
    blocks=[
        P("A member-owned grocery store opened Saturday in the former Farmers Bank building on Main Street, giving downtown Upland its first full grocery since the Thriftway closed in 2019."),
        P("The Upland Food Co-op sold 1,100 memberships at $100 each to raise the money for the renovation, and borrowed the rest from a community development lender."),
        C("<p><strong>Related:</strong> <a href='/business/2025/09/12/co-op-reaches-membership-goal/'>Food co-op reaches membership goal</a>; <a href='/business/2025/05/02/bank-building-sold/'>Historic bank building sold to co-op</a></p>", "Food co-op reaches membership goal", "Historic bank building sold to co-op"),
        P("General manager Tess Okafor said the store would stock produce from 14 farms within 50 miles. “People kept telling us they didn't want to drive 20 minutes for milk,” she said."),
        P("The vault, which still has its 1920s door, now holds the store's cheese and wine."),
        DL(("Hours", "7 a.m. to 9 p.m. daily"), ("Address", "210 Main St."), ("Membership", "$100, payable over a year")),
        C("<p><strong>Media enquiries:</strong> Upland Food Co-op, hello@uplandcoop.example</p>", "hello@uplandcoop.example"),
        C("<p><strong>Source:</strong> Upland Food Co-op annual report</p>", "Upland Food Co-op annual report"),
    ],
    after=[
        C("<section class='MoreStories_root'><h2 class='MoreStories_title'>Don't miss</h2><ul><li><a href='/business/1'>Hardware store marks 100 years on Main Street</a></li><li><a href='/news/2'>City picks builder for new fire station</a></li><li><a href='/news/3'>Summer concert lineup announced</a></li></ul></section>", "Hardware store marks 100 years", "City picks builder for new fire station"),
    ],
)

if __name__ == "__main__":
    write_pages()
