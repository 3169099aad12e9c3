"""Invented long-tail aggregator pages for longtail15: chrome in the body and tail of pages
no profile knows (comment boxes, rails of cards, promos, footers, republisher notes, reading
tools, tags, share rows, ad markers, AI-summary and coverage widgets) and ``truncated``.
Set 1 (./tune) was written first; set 2 (./tune2), other wordings of the same families, after
set 1's rules, to see them hold on words they were not made on.

    python pages_tune.py [OUTDIR]   (default: this folder; writes OUTDIR/tune, OUTDIR/tune2)
"""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
import casegen  # noqa: E402
from casegen import page  # noqa: E402

OUT = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parent)


def start_set(folder: str, label: str) -> None:
    """Write what follows into OUT/folder (after the set before it is written)."""
    casegen.PAGES.clear()
    casegen.NOTE = f"Invented page text in the layout of a real long-tail site (longtail15 {label})."
    sys.argv[1:] = [str(OUT / folder)]


start_set("tune", "tune set")

# 1. English reader: reading tools under the header, ad marker mid-text, comment box, footer.
page("quaypost-en-harbour-wall", "https://quaypost.example/story/harbour-wall-repairs-5521", "quaypost", [
    "C|QuayPost",
    "T|Harbour wall repairs to start in March after storm damage",
    "H|Westbay Gazette · 4 hours ago",
    "C|3 min read",
    "C|Listen to this article",
    "P|Repairs to the harbour wall at Westbay will begin in March, three months after January's storm tore a gap of almost twenty metres in the outer breakwater.",
    "B|The council said contractors would work from barges at high tide so that the fishing fleet could keep using the inner basin.",
    "C|ADVERTISEMENT",
    "B|Engineers estimate the work will cost £4.2m, most of it covered by a coastal resilience grant announced last week.",
    "B|Harbourmaster Gwen Pascoe said boats had been moored two deep since the storm and skippers were relieved to have a date.",
    "C|Join the conversation",
    "C|Log in to comment",
    "C|Be the first to comment on this story.",
    "C|More on QuayPost",
    "C|Ferry timetable cut for winter months",
    "C|Westbay Gazette · 2 days ago",
    "C|New lifeboat station opens at Porthcarrow",
    "C|Cornish Courier · 3 days ago",
    "C|QuayPost brings you the best of local news from across the South West.",
    "C|About · Contact · Privacy · Terms",
    "C|© 2026 QuayPost Ltd. All rights reserved.",
], publisher="Westbay Gazette", truncated=False)

# 2. German portal: Anzeige markers, Lesezeit, tag row, comment count, footer links.
page("nachrichtenfix-de-radweg", "https://nachrichtenfix.example/artikel/radweg-am-kanal-freigegeben-4471", "nachrichtenfix", [
    "C|Nachrichtenfix",
    "T|Radweg am Kanal nach zwei Jahren Bauzeit freigegeben",
    "H|Kanalbote · vor 6 Stunden",
    "C|Lesezeit: 2 Minuten",
    "P|Der neue Radweg entlang des Mittelkanals zwischen Ostheim und Brückenau ist seit Montag für den Verkehr freigegeben.",
    "B|Die Strecke ist 7,4 Kilometer lang und durchgehend beleuchtet, wie die Stadtverwaltung mitteilte.",
    "C|Anzeige",
    "B|Der Bau hatte sich wegen eines Streits um Ausgleichsflächen für den Naturschutz um ein Jahr verzögert.",
    "B|Radfahrerverbände begrüßten die Freigabe, kritisierten aber fehlende Abstellanlagen an den Haltestellen.",
    "C|Schlagworte: Radverkehr, Ostheim, Brückenau",
    "C|Kommentare (0)",
    "C|Jetzt kommentieren",
    "C|Das könnte Sie auch interessieren",
    "C|Neue Buslinie verbindet Gewerbegebiet mit Bahnhof",
    "C|Kanalbote · gestern",
    "C|Brücke über die Lahnstraße wird saniert",
    "C|Kreisanzeiger · vor 2 Tagen",
    "C|Impressum | Datenschutz | AGB | Kontakt",
    "C|© 2026 Nachrichtenfix",
], publisher="Kanalbote", truncated=False, lang="de")

# 3. Spanish: Publicidad marker, AI summary widget above text, newsletter pitch, read-more truncation.
page("titularhoy-es-tranvia", "https://titularhoy.example/noticias/tranvia-amplia-horario-88120", "titularhoy", [
    "C|TitularHoy",
    "T|El tranvía amplía su horario nocturno los fines de semana",
    "H|Diario del Turia · hace 2 horas",
    "C|Resumen generado por IA",
    "C|El tranvía circulará hasta las 2:30 los viernes y sábados desde enero. Puede contener errores.",
    "P|El tranvía metropolitano circulará hasta las 2:30 de la madrugada los viernes y sábados a partir del próximo mes de enero, según anunció este martes la empresa concesionaria.",
    "C|Publicidad",
    "B|La medida, reclamada durante años por asociaciones de vecinos y del sector hostelero, supondrá un coste adicional de 1,3 millones de euros anuales que asumirá en su mayor parte el",
    "C|Seguir leyendo en Diario del Turia",
    "C|Recibe cada mañana las noticias de tu ciudad en tu correo. Suscríbete gratis a nuestro boletín.",
    "C|Compartir: Facebook · X · WhatsApp · Telegram",
    "C|Términos y condiciones · Política de privacidad · Cookies",
], publisher="Diario del Turia", truncated=True, lang="es")

# 4. French: Publicité, coverage widget, related cards with source · time, copyright.
page("lecturerapide-fr-ecole", "https://lecturerapide.example/a/ecole-solaire-montfaucon-2290", "lecturerapide", [
    "C|LectureRapide",
    "T|À Montfaucon, l'école couvre son toit de panneaux solaires",
    "H|Le Courrier du Plateau · il y a 3 h",
    "P|L'école primaire de Montfaucon produira bientôt une partie de son électricité : la commune a fait poser 180 panneaux solaires sur le toit du bâtiment pendant les vacances.",
    "B|L'installation doit couvrir environ 40 % des besoins de l'école, chauffage compris, selon le bureau d'études chargé du projet.",
    "C|PUBLICITÉ",
    "B|Le surplus sera revendu au réseau, ce qui devrait rapporter à la commune quelque 6 000 euros par an.",
    "B|Le maire espère équiper la salle des fêtes de la même façon d'ici deux ans.",
    "C|Couverture de l'info : 4 sources",
    "C|Voir comment les médias en parlent",
    "C|Réagir",
    "C|Soyez le premier à réagir à cet article.",
    "C|À lire aussi",
    "C|Le collège de Saint-Aubin rouvre après les travaux",
    "C|La Voix de l'Est · il y a 5 h",
    "C|Une piste cyclable pour relier les deux villages",
    "C|Le Courrier du Plateau · hier",
    "C|LectureRapide rassemble l'actualité de centaines de médias régionaux.",
    "C|Mentions légales - Confidentialité - Contact",
], publisher="Le Courrier du Plateau", truncated=False, lang="fr")

# 5. Italian: Pubblicità, tag row with #, share row words, disclaimer of republishing.
page("notizielampo-it-ponte", "https://notizielampo.example/notizia/ponte-riaperto-valsesia-7710", "notizielampo", [
    "C|NotizieLampo",
    "T|Riaperto il ponte sulla Sesia dopo i lavori di consolidamento",
    "H|Eco della Valle · 5 ore fa",
    "C|Tempo di lettura: 2 min",
    "P|Il ponte sulla Sesia tra Borgo Alto e Riva è stato riaperto al traffico sabato mattina, dopo otto mesi di lavori di consolidamento dei piloni.",
    "C|Pubblicità",
    "B|I lavori sono costati 2,1 milioni di euro, finanziati in gran parte dalla Regione.",
    "B|Per i mezzi pesanti resta il limite di 18 tonnellate fino al collaudo definitivo, previsto in primavera.",
    "C|#ponti #Valsesia #viabilità",
    "C|Condividi: Facebook WhatsApp X Email",
    "C|Questo articolo è stato pubblicato automaticamente da un feed di Eco della Valle e non è stato modificato dalla redazione di NotizieLampo.",
    "C|Commenti",
    "C|Accedi per commentare",
    "C|Ultime notizie",
    "C|Nuovo parcheggio alla stazione di Borgo Alto",
    "C|Eco della Valle · 1 giorno fa",
    "C|Scuole chiuse per neve in alta valle",
    "C|Corriere Alpino · 2 giorni fa",
    "C|© 2026 NotizieLampo - Tutti i diritti riservati",
], publisher="Eco della Valle", truncated=False, lang="it")

# 6. Portuguese (BR): app promo, social follow, comments in site words.
page("giroagora-pt-feira", "https://giroagora.example/noticia/feira-do-produtor-volta-ao-centro-3318", "giroagora", [
    "C|GiroAgora",
    "T|Feira do produtor volta ao centro de Vila Serrana aos sábados",
    "H|Jornal do Vale · há 7 horas",
    "C|Ouvir notícia",
    "C|Tamanho do texto",
    "P|A feira do produtor rural volta a funcionar na praça central de Vila Serrana a partir deste sábado, depois de quase um ano instalada no parque de exposições.",
    "B|Segundo a prefeitura, a mudança atende a um pedido dos próprios feirantes, que reclamavam da queda no movimento.",
    "C|Publicidade",
    "B|Cerca de 60 barracas devem ocupar a praça das 6h ao meio-dia.",
    "B|O trânsito na rua do Comércio será desviado durante o horário da feira.",
    "C|Baixe o app do GiroAgora e receba alertas das notícias da sua região.",
    "C|Siga o GiroAgora no Instagram e no TikTok.",
    "C|Comentários",
    "C|Faça login para comentar",
    "C|Ainda não há comentários. Seja o primeiro!",
    "C|Veja também",
    "C|Prefeitura abre inscrições para curso de agroecologia",
    "C|Jornal do Vale · ontem",
    "C|Chuva forte deixa bairros sem luz",
    "C|Folha Serrana · há 2 dias",
], publisher="Jornal do Vale", truncated=False, lang="pt-BR")

# 7. Dutch: advertentie, leestijd, comment box, site description, terms row.
page("snelnieuws-nl-sluis", "https://snelnieuws.example/bericht/sluis-weer-open-voor-scheepvaart-6620", "snelnieuws", [
    "C|SnelNieuws",
    "T|Sluis bij Harlinghuizen weer open voor scheepvaart",
    "H|Noorderpost · 5 uur geleden",
    "C|Leestijd 2 minuten",
    "P|De sluis bij Harlinghuizen is sinds dinsdagmiddag weer open voor de scheepvaart, nadat een aanvaring met een vrachtschip de sluisdeuren in oktober zwaar had beschadigd.",
    "C|Advertentie",
    "B|Tijdens de reparatie moesten schepen ruim veertig kilometer omvaren via het Prinses Margrietkanaal.",
    "B|Rijkswaterstaat zegt dat de nieuwe deuren van een sterker type zijn.",
    "C|Onderwerpen: scheepvaart, Harlinghuizen, Rijkswaterstaat",
    "C|Reageer",
    "C|Log in om te reageren",
    "C|0 reacties",
    "C|Meer nieuws",
    "C|Brug over het Van Harinxmakanaal langer dicht",
    "C|Noorderpost · 1 dag geleden",
    "C|Veerdienst naar Terschelling vaart extra afvaarten",
    "C|Eilandkrant · 2 dagen geleden",
    "C|SnelNieuws verzamelt het nieuws van regionale titels op één plek.",
    "C|Over ons | Adverteren | Privacy | Voorwaarden",
], publisher="Noorderpost", truncated=False, lang="nl")

# 8. English aggregator of wires: coverage widget, AI summary above, wall truncation.
page("clearfeed-en-mine", "https://clearfeed.example/stories/copper-mine-expansion-approved-0412", "clearfeed", [
    "C|ClearFeed",
    "T|Copper mine expansion approved despite water concerns",
    "H|Prairie Ledger · 1 hour ago",
    "C|Key points",
    "C|The state approved a 40% expansion of the Red Butte copper mine. Ranchers fear for groundwater. Generated by AI from the original article.",
    "P|State regulators on Monday approved a 40 percent expansion of the Red Butte copper mine, rejecting objections from ranchers who say the project threatens the valley's groundwater.",
    "B|The mine's owner says the expansion will add 300 jobs and keep the site open until at least 2045, while opponents have promised to appeal the decision in",
    "C|Subscribe to Prairie Ledger to keep reading this story.",
    "C|Already a subscriber? Sign in",
    "C|Coverage",
    "C|12 sources are covering this story",
    "C|Left 3 · Center 6 · Right 3",
    "C|Terms of Service | Privacy Policy | Cookie Settings",
], publisher="Prairie Ledger", truncated=True)

# 9. Polish: Reklama, czas czytania, komentarze, tagi.
page("wiescidnia-pl-most", "https://wiescidnia.example/wiadomosc/most-na-warcie-otwarty-5533", "wiescidnia", [
    "C|WieściDnia",
    "T|Nowy most na Warcie otwarty dla kierowców",
    "H|Gazeta Nadwarciańska · 4 godz. temu",
    "C|Czas czytania: 3 min",
    "P|Nowy most na Warcie w Kolnicy został w piątek otwarty dla ruchu, niemal pół roku przed terminem zapisanym w umowie z wykonawcą.",
    "C|Reklama",
    "B|Przeprawa ma 420 metrów długości i kosztowała 96 milionów złotych.",
    "B|Dzięki niej kierowcy jadący z Radomka do Bełchowa zaoszczędzą około 20 minut.",
    "C|Tagi: most, Kolnica, drogi",
    "C|Udostępnij",
    "C|Komentarze",
    "C|Zaloguj się, aby dodać komentarz",
    "C|Najnowsze",
    "C|Remont dworca potrwa do wiosny",
    "C|Gazeta Nadwarciańska · wczoraj",
    "C|Wszelkie prawa zastrzeżone © 2026 WieściDnia",
], publisher="Gazeta Nadwarciańska", truncated=False, lang="pl")

# 10. English: "Continue reading" truncation marker, related list of plain linked titles, newsletter.
page("newsnook-en-library", "https://newsnook.example/n/library-fines-scrapped-2231", "newsnook", [
    "C|NewsNook",
    "T|City libraries scrap late fines for good",
    "H|Eastfield Echo · 3h",
    "P|Eastfield's eleven public libraries will no longer charge late fines, after a two-year trial found that more books came back, not fewer.",
    "B|Library managers said the fines had cost more to collect than they brought in, and had kept some families away altogether.",
    "B|Borrowers with outstanding fines will have them wiped from their accounts from next",
    "C|Continue reading",
    "C|Get the NewsNook Daily in your inbox — the day's top stories, every morning at 7.",
    "C|Sign up",
    "C|Trending now",
    "C|Bus fares frozen for another year",
    "C|Eastfield Echo",
    "C|Night market returns to the old station",
    "C|Eastfield Echo",
    "C|Download the NewsNook app",
    "C|Privacy policy",
    "C|Terms of use",
], publisher="Eastfield Echo", truncated=True)

# 11. Indonesian: iklan, baca juga mid-text, komentar, share words.
page("kabarkini-id-pasar", "https://kabarkini.example/berita/pasar-tradisional-direnovasi-9902", "kabarkini", [
    "C|KabarKini",
    "T|Pasar tradisional Sukamaju selesai direnovasi",
    "H|Warta Priangan · 6 jam lalu",
    "P|Renovasi Pasar Sukamaju yang berlangsung sejak awal tahun akhirnya rampung, dan para pedagang mulai menempati kios baru mereka pada Senin pagi.",
    "C|ADVERTISEMENT",
    "B|Pasar kini memiliki 420 kios, saluran air yang lebih baik, dan area parkir untuk sepeda motor.",
    "B|Kepala dinas perdagangan mengatakan biaya sewa kios tidak akan naik sampai akhir tahun depan.",
    "C|Bagikan: Facebook Twitter WhatsApp",
    "C|Topik: pasar, Sukamaju, renovasi",
    "C|Komentar",
    "C|Belum ada komentar. Jadilah yang pertama berkomentar!",
    "C|Berita Terkait",
    "C|Harga cabai turun menjelang akhir tahun",
    "C|Warta Priangan · 1 hari lalu",
    "C|Jalan lingkar selatan mulai dibangun",
    "C|Kabar Bandung · 2 hari lalu",
    "C|Hak cipta © 2026 KabarKini. Seluruh hak dilindungi.",
], publisher="Warta Priangan", truncated=False, lang="id")

# 12. Swedish: annons, lästid, kommentarer, footer.
page("snabbnytt-sv-farja", "https://snabbnytt.example/artikel/farjan-till-lindo-ersatts-4400", "snabbnytt", [
    "C|Snabbnytt",
    "T|Färjan till Lindö ersätts av ett eldrivet fartyg",
    "H|Skärgårdsposten · 8 tim sedan",
    "C|Lästid: 2 min",
    "P|Den gamla dieselfärjan mellan Hamnvik och Lindö ska ersättas av ett eldrivet fartyg redan nästa sommar, meddelade regionen på onsdagen.",
    "C|Annons",
    "B|Det nya fartyget tar 40 bilar och laddas vid bryggan i Hamnvik under de tio minuter det ligger vid kaj.",
    "B|Regionen räknar med att utsläppen på linjen minskar med över 90 procent.",
    "C|Ämnen: färjor, Lindö, skärgården",
    "C|Dela artikeln",
    "C|Kommentarer",
    "C|Logga in för att kommentera",
    "C|Mer från Snabbnytt",
    "C|Ny busslinje till flygplatsen",
    "C|Skärgårdsposten · i går",
    "C|Om oss · Annonsera · Integritetspolicy · Kontakt",
], publisher="Skärgårdsposten", truncated=False, lang="sv")
casegen.write_pages()

start_set("tune2", "tune set 2")  # other wordings of set 1's families

# 1. English: comments closed, reading time with an icon, newsletter prose, footer description.
page("dailyskim-en-reservoir", "https://dailyskim.example/read/reservoir-levels-recover-7731", "dailyskim", [
    "C|DailySkim",
    "T|Reservoir levels recover after wettest autumn in a decade",
    "H|Upland Herald · 5 hours ago",
    "C|⏱ 4 min",
    "P|Reservoirs across the upland catchment are now 91 per cent full, the water company said on Friday, after the wettest autumn since 2014 ended fears of a winter hosepipe ban.",
    "B|In August the same reservoirs stood at 48 per cent, and the company had warned that restrictions could last into the new year.",
    "C|Sponsored",
    "B|The company said it would keep its leak-repair teams on extended hours until the spring regardless.",
    "C|What do you think? Have your say below.",
    "C|Comments are closed for this article.",
    "C|You might also like",
    "C|Sheep farmers count cost of flooded grazing",
    "C|Upland Herald — 1 day ago",
    "C|New footbridge planned at Falls Lane",
    "C|Dale Gazette — 2 days ago",
    "C|Want stories like this every morning? Sign up for the DailySkim briefing — it's free.",
    "C|DailySkim is an independent digest of regional news, updated every hour.",
    "C|Cookie settings · Privacy notice · Terms and conditions",
], publisher="Upland Herald", truncated=False)

# 2. German: Kommentarfunktion, Artikel anhören, Themen, Anzeige, KI summary.
page("kurzgemeldet-de-freibad", "https://kurzgemeldet.example/meldung/freibad-saniert-2290", "kurzgemeldet", [
    "C|Kurzgemeldet",
    "T|Freibad am Stadtwald wird für 6 Millionen Euro saniert",
    "H|Werra-Rundschau · vor 4 Stunden",
    "C|Artikel anhören",
    "C|KI-Zusammenfassung",
    "C|Das Freibad wird ab Herbst saniert und soll 2028 wieder öffnen. Die Zusammenfassung kann Fehler enthalten.",
    "P|Das Freibad am Stadtwald wird ab dem kommenden Herbst grundlegend saniert und bleibt deshalb die gesamte Saison 2027 geschlossen.",
    "B|Der Stadtrat gab am Dienstagabend mit großer Mehrheit grünes Licht für das 6-Millionen-Projekt.",
    "C|WERBUNG",
    "B|Neben neuen Becken aus Edelstahl ist eine Rutsche geplant, die sich Jugendliche in einer Umfrage gewünscht hatten.",
    "B|Wiedereröffnet werden soll das Bad im Mai 2028.",
    "C|Themen: Freibad, Stadtrat, Sanierung",
    "C|Die Kommentarfunktion ist für diesen Artikel deaktiviert.",
    "C|Weitere Meldungen",
    "C|Stadtbus fährt künftig auch sonntags",
    "C|Werra-Rundschau · vor 1 Tag",
    "C|Kurzgemeldet fasst Nachrichten aus regionalen Quellen zusammen. Für die Inhalte sind die jeweiligen Verlage verantwortlich.",
    "C|Impressum · Datenschutz · Kontakt",
], publisher="Werra-Rundschau", truncated=False, lang="de")

# 3. Spanish (MX): Sé el primero en opinar, etiquetas, anuncio, app pitch, reading time.
page("notimex24-es-mercado", "https://notimex24.example/nota/mercado-municipal-reabre-4410", "notimex24", [
    "C|Notimex24",
    "T|Reabre el mercado municipal tras incendio de marzo",
    "H|El Sol del Bajío · hace 3 horas",
    "C|Tiempo de lectura: 3 minutos",
    "P|El mercado municipal Hidalgo reabrió este lunes sus puertas, nueve meses después del incendio que destruyó 40 locales en la zona de comida.",
    "C|Anuncio",
    "B|La reconstrucción costó 18 millones de pesos, aportados por el municipio y el gobierno estatal.",
    "B|Los locatarios afectados recibirán un descuento en la renta durante el primer año.",
    "C|Etiquetas: mercado, incendio, Hidalgo",
    "C|Opiniones",
    "C|Sé el primero en opinar sobre esta nota.",
    "C|Descarga nuestra app y recibe alertas de última hora en tu celular.",
    "C|Te recomendamos",
    "C|Cierran calle Juárez por obras de drenaje",
    "C|El Sol del Bajío · hace 1 día",
    "C|Aviso de privacidad | Términos de uso",
], publisher="El Sol del Bajío", truncated=False, lang="es-MX")

# 4. French: avis/commentaires, écouter, mots-clés, annonce, app pitch, cut text and wall.
page("infoflash-fr-tram", "https://infoflash.example/article/tram-ligne-c-retard-5520", "infoflash", [
    "C|InfoFlash",
    "T|Tramway : la ligne C aura un an de retard",
    "H|Le Progrès du Val · il y a 6 h",
    "C|Écouter l'article",
    "P|La mise en service de la ligne C du tramway, prévue pour septembre prochain, est repoussée d'un an en raison de difficultés sur le chantier du pont de la Sarre.",
    "C|Publicité",
    "B|La métropole indique que les fondations de l'ouvrage ont dû être reprises après la découverte d'anciennes galeries, ce qui a entraîné un surcoût que les élus devront",
    "C|Connectez-vous pour lire la suite de cet article.",
    "C|Pas encore inscrit ? Créez votre compte gratuitement.",
    "C|Mots-clés : tramway, métropole, travaux",
    "C|Téléchargez notre application pour ne rien manquer de l'actualité locale.",
    "C|© 2026 InfoFlash – Tous droits réservés",
], publisher="Le Progrès du Val", truncated=True, lang="fr")

# 5. Italian: commenti, nessun commento, tempo di lettura, app, footer note.
page("lampo24-it-scuola", "https://lampo24.example/news/scuola-nuova-palestra-6610", "lampo24", [
    "C|Lampo24",
    "T|Inaugurata la nuova palestra della scuola media Verdi",
    "H|Gazzetta del Lago · 2 ore fa",
    "C|Lettura: 2 minuti",
    "P|È stata inaugurata sabato la nuova palestra della scuola media Verdi, costruita in diciotto mesi al posto del vecchio edificio degli anni Sessanta.",
    "B|La struttura, costata 3,4 milioni di euro, sarà aperta anche alle società sportive del quartiere nel pomeriggio e la sera.",
    "C|PUBBLICITÀ",
    "B|Il sindaco ha annunciato che il prossimo intervento riguarderà la mensa della scuola elementare.",
    "C|Commenti (0)",
    "C|Nessun commento ancora. Scrivi tu il primo!",
    "C|Scarica l'app di Lampo24 e ricevi le notizie della tua zona.",
    "C|Potrebbe interessarti anche",
    "C|Nuove piste ciclabili sul lungolago",
    "C|Gazzetta del Lago · ieri",
    "C|Lampo24 non è responsabile dei contenuti pubblicati dalle testate partner.",
    "C|Privacy · Cookie · Contatti",
], publisher="Gazzetta del Lago", truncated=False, lang="it")

# 6. Portuguese (PT): partilhar row, comentários, tags, newsletter, read-on link to source.
page("jornalzap-pt-metro", "https://jornalzap.example/artigo/metro-nova-estacao-3321", "jornalzap", [
    "C|JornalZap",
    "T|Metro abre nova estação na linha Amarela",
    "H|Diário do Norte · há 4 horas",
    "P|A nova estação Campo Alegre, na linha Amarela do metro, abre ao público na próxima segunda-feira, anunciou a empresa em comunicado.",
    "B|A estação servirá cerca de 9 mil passageiros por dia e terá ligação direta ao terminal de autocarros, segundo a empresa, que prevê ainda um parque de bicicletas junto à entrada norte e",
    "C|Continue a ler no Diário do Norte",
    "C|Partilhar: Facebook | X | WhatsApp | Email",
    "C|Comentários",
    "C|Inicie sessão para comentar.",
    "C|Receba as principais notícias do dia no seu email. Subscreva a nossa newsletter.",
    "C|Mais lidas",
    "C|Greve nos comboios na sexta-feira",
    "C|Diário do Norte · ontem",
], publisher="Diário do Norte", truncated=True, lang="pt-PT")

# 7. English (India): AI summary button, coverage widget, share words, tags, comments.
page("newsbyte-enin-flyover", "https://newsbyte.example/story/flyover-opens-ring-road-8890", "newsbyte", [
    "C|NewsByte",
    "T|Ring Road flyover opens to traffic after four-year delay",
    "H|Deccan Mirror · 2 hrs ago",
    "C|AI Summary ✨",
    "P|The 1.8-km flyover at the Ring Road junction was opened to traffic on Sunday, four years after its original deadline, ending daily jams at one of the city's busiest crossings.",
    "B|Officials said the structure cost ₹212 crore, nearly double the first estimate, after land disputes and two changes of contractor.",
    "C|Advertisement",
    "B|Commuters said the crossing now takes under two minutes at peak hours, compared with twenty earlier.",
    "C|Tags: flyover, Ring Road, traffic",
    "C|Covered by 7 sources",
    "C|See all coverage",
    "C|Comments (2)",
    "C|Sign in to join the discussion.",
    "C|Trending on NewsByte",
    "C|Metro phase 3 gets final approval",
    "C|Deccan Mirror · 5 hrs ago",
    "C|Copyright © 2026 NewsByte Media Pvt Ltd",
], publisher="Deccan Mirror", truncated=False, lang="en-IN")

# 8. Polish: skomentuj, reklama, czas czytania, tagi, aplikacja.
page("szybkienewsy-pl-tramwaj", "https://szybkienewsy.example/wiadomosc/tramwaj-na-nowe-osiedle-7720", "szybkienewsy", [
    "C|SzybkieNewsy",
    "T|Tramwaj pojedzie na nowe osiedle już w grudniu",
    "H|Kurier Pomorski · 5 godz. temu",
    "C|Czas czytania: 2 min",
    "P|Pierwsze tramwaje pojadą nową trasą na osiedle Zielone Wzgórza jeszcze przed świętami, zapowiedział w poniedziałek prezydent miasta.",
    "C|REKLAMA",
    "B|Trasa ma 3,2 kilometra i pięć przystanków, a jej budowa kosztowała 140 milionów złotych.",
    "B|Mieszkańcy osiedla czekali na nią od ponad dziesięciu lat.",
    "C|Tagi: tramwaj, komunikacja, Zielone Wzgórza",
    "C|Komentarze (3)",
    "C|Napisz komentarz",
    "C|Zaloguj się, aby skomentować ten artykuł.",
    "C|Pobierz naszą aplikację i bądź na bieżąco z wiadomościami z Twojego regionu.",
    "C|Polecane",
    "C|Nowy basen otwarty na Przymorzu",
    "C|Kurier Pomorski · wczoraj",
], publisher="Kurier Pomorski", truncated=False, lang="pl")
casegen.write_pages()

start_set("tune3", "tune set 3")  # languages the first sets left out (after set 2's rules)

# 1. Turkish: reklam, okuma süresi, yorumlar, etiketler, app pitch, social follow.
page("habercep-tr-vapur", "https://habercep.example/haber/vapur-seferleri-artiyor-4412", "habercep", [
    "C|HaberCep",
    "T|Vapur seferleri kış tarifesinde artırılıyor",
    "H|Marmara Postası · 3 saat önce",
    "C|Okuma süresi: 2 dk",
    "P|Şehir hatları vapurlarının sefer sayısı, 15 Aralık'ta başlayacak kış tarifesiyle hafta içi günlük 40 sefer artırılacak.",
    "C|Reklam",
    "B|Yeni seferlerin çoğu sabah ve akşam saatlerinde Kadıköy ile Karaköy arasında yapılacak.",
    "B|Belediye, artışın yakıt maliyetlerini yüzde 8 yükselteceğini açıkladı.",
    "C|Etiketler: vapur, ulaşım, Kadıköy",
    "C|Yorumlar (0)",
    "C|İlk yorumu siz yapın!",
    "C|Bizi Instagram ve X'te takip edin.",
    "C|İlgili Haberler",
    "C|Metrobüs duraklarında yenileme çalışması",
    "C|Marmara Postası · dün",
], publisher="Marmara Postası", truncated=False, lang="tr")

# 2. Greek: διαφήμιση, σχόλια, app, related cards.
page("eidiseisgr-el-limani", "https://eidiseisgr.example/arthro/neo-limani-8821", "eidiseisgr", [
    "C|ΕιδήσειςGR",
    "T|Ξεκινούν τα έργα για το νέο λιμάνι της Καλαμάτας",
    "H|Πελοπόννησος Σήμερα · πριν από 4 ώρες",
    "P|Τα έργα επέκτασης του λιμανιού της Καλαμάτας ξεκινούν τον Ιανουάριο, ανακοίνωσε την Τρίτη ο δήμαρχος της πόλης.",
    "C|Διαφήμιση",
    "B|Το έργο προϋπολογίζεται στα 38 εκατομμύρια ευρώ και θα ολοκληρωθεί σε τρία χρόνια.",
    "B|Η νέα προβλήτα θα μπορεί να δέχεται κρουαζιερόπλοια μήκους έως 300 μέτρων.",
    "C|Σχόλια",
    "C|Γράψτε το σχόλιό σας...",
    "C|Κατεβάστε την εφαρμογή μας για να μη χάνετε καμία είδηση.",
    "C|Διαβάστε επίσης",
    "C|Νέα γραμμή λεωφορείου προς το αεροδρόμιο",
    "C|Πελοπόννησος Σήμερα · χθες",
    "C|© 2026 ΕιδήσειςGR. Με επιφύλαξη παντός δικαιώματος.",
], publisher="Πελοπόννησος Σήμερα", truncated=False, lang="el")

# 3. Czech: reklama, komentáře, diskuse, štítky, newsletter, read-on.
page("zpravyted-cs-most", "https://zpravyted.example/clanek/most-pres-labe-uzavren-3318", "zpravyted", [
    "C|ZprávyTeď",
    "T|Most přes Labe bude kvůli opravě tři měsíce uzavřen",
    "H|Labské listy · před 5 hodinami",
    "P|Silniční most přes Labe v Nymburku bude od února na tři měsíce uzavřen kvůli výměně ložisek a opravě mostovky.",
    "C|Reklama",
    "B|Objízdná trasa povede přes Poděbrady a řidiči musí počítat se zdržením až dvacet minut, uvedl mluvčí kraje, podle něhož oprava vyjde na",
    "C|Celý článek si přečtete na webu Labské listy",
    "C|Diskuse (4)",
    "C|Pro vstup do diskuse se přihlaste.",
    "C|Odebírejte náš newsletter a dostávejte zprávy z regionu každé ráno do e-mailu.",
    "C|Mohlo by vás zajímat",
    "C|Nové parkoviště u nádraží otevřeno",
    "C|Labské listy · včera",
], publisher="Labské listy", truncated=True, lang="cs")

# 4. Japanese: 広告, コメント, ランキング, app pitch, copyright.
page("sokuyomi-ja-densha", "https://sokuyomi.example/articles/20261207-densha", "sokuyomi", [
    "C|ソクヨミ",
    "T|路面電車、来春から深夜便を運行へ",
    "H|北陸日報 2026/12/07 14:10",
    "C|この記事を読むのにかかる時間：約2分",
    "P|市は7日、路面電車の最終便を来年4月から午前0時30分まで延長すると発表した。",
    "C|広告",
    "B|週末の夜に中心街を訪れる人が増えていることを受けた措置で、運行経費は年間約4千万円を見込む。",
    "B|市は利用状況を見て、平日への拡大も検討するという。",
    "C|コメントを書く",
    "C|まだコメントはありません。最初のコメントを書いてみませんか？",
    "C|アプリならプッシュ通知で最新ニュースをお届けします。",
    "C|アクセスランキング",
    "C|市内で初雪、平年より5日早く",
    "C|北陸日報 12/6(土)",
    "C|Copyright © 2026 Sokuyomi Inc. All rights reserved.",
], publisher="北陸日報", truncated=False, lang="ja")

# 5. English (AU): social follow, related plain linked titles, ad label variant, comment count.
page("newsloop-enau-pool", "https://newsloop.example/au/story/ocean-pool-reopens-6601", "newsloop", [
    "C|NewsLoop",
    "T|Ocean pool reopens after $2m facelift",
    "H|Coastal Clarion · 6h ago",
    "P|The ocean pool at Shelly Point reopened on Saturday after a nine-month, $2 million refurbishment that repaired storm damage to its northern wall.",
    "B|Council said the pool's new ramp made it accessible to wheelchair users for the first time since it was built in 1938.",
    "C|- Advertisement -",
    "B|Lifeguards will patrol the pool on weekends from December to March.",
    "C|Follow NewsLoop on Instagram for more stories from your coast.",
    "C|Join 4,000 readers who get our weekly coastal roundup.",
    "C|12 comments",
    "C|Add your voice",
    "C|Most read this week",
    "C|Surf club celebrates 100 years",
    "C|Headland walk to close for repairs",
    "C|Dune fencing vandalised again",
], publisher="Coastal Clarion", truncated=False, lang="en-AU")

# 6. Indonesian-style Malay (MY): iklan, komen, muat turun aplikasi, tag row with hash.
page("beritaringkas-ms-jambatan", "https://beritaringkas.example/berita/jambatan-baharu-dibuka-7710", "beritaringkas", [
    "C|BeritaRingkas",
    "T|Jambatan baharu di Sungai Perak dibuka kepada orang ramai",
    "H|Utusan Utara · 5 jam lalu",
    "C|Masa membaca: 2 minit",
    "P|Jambatan baharu merentasi Sungai Perak di Teluk Intan dibuka kepada orang ramai pada pagi Ahad selepas dua tahun pembinaan.",
    "C|IKLAN",
    "B|Jambatan sepanjang 620 meter itu dijangka memendekkan perjalanan penduduk ke pekan sebanyak 25 minit.",
    "B|Kos pembinaannya berjumlah RM180 juta, dibiayai sepenuhnya oleh kerajaan negeri.",
    "C|#TelukIntan #SungaiPerak #Infrastruktur",
    "C|Komen",
    "C|Log masuk untuk memberi komen.",
    "C|Muat turun aplikasi BeritaRingkas untuk berita terkini di telefon anda.",
    "C|Berita Berkaitan",
    "C|Harga getah naik minggu ini",
    "C|Utusan Utara · semalam",
], publisher="Utusan Utara", truncated=False, lang="ms")
casegen.write_pages()

start_set("tune4", "tune set 4")  # English, Spanish, German again, in new words (after set 3)

# 1. English (US): listen tool with icon and time, republished note, plain linked related titles.
page("feedrover-enus-transit", "https://feedrover.example/p/transit-fares-frozen-3390", "feedrover", [
    "C|FeedRover",
    "T|Transit board freezes fares for a third straight year",
    "H|Valley Ledger · 7 hours ago",
    "C|🎧 Listen (3 min)",
    "P|The regional transit board voted 7-2 on Thursday to keep bus and light-rail fares at $2.25 through 2027, the third year in a row without an increase.",
    "B|Board members said ridership had only just returned to pre-pandemic levels and a fare rise could push riders back into their cars.",
    "C|Story continues below advertisement",
    "B|The freeze will cost the agency about $6 million a year, which it plans to cover from a state transit grant.",
    "C|This article was originally published by Valley Ledger and is republished here with permission.",
    "C|Add a comment...",
    "C|Commenting is disabled for this story.",
    "C|More from Valley Ledger",
    "C|City to repave 40 miles of roads next summer",
    "C|Library card sign-ups hit record",
    "C|Follow us on Facebook.",
    "C|About FeedRover · Careers · Advertise",
], publisher="Valley Ledger", truncated=False)

# 2. Spanish (ES): publicidad sigue leyendo, tamaño de texto, comentarios cerrados, redes.
page("portalya-es-playa", "https://portalya.example/actualidad/playa-accesible-nueva-2281", "portalya", [
    "C|PortalYa",
    "T|La playa de San Roque estrena un acceso adaptado para sillas de ruedas",
    "H|Diario de la Costa · hace 1 hora",
    "C|A- A+",
    "P|La playa de San Roque cuenta desde este sábado con una pasarela adaptada y dos sillas anfibias que permiten el baño a personas con movilidad reducida.",
    "C|Publicidad - Sigue leyendo debajo",
    "B|El Ayuntamiento ha invertido 85.000 euros en la obra, que incluye también un aseo adaptado y una zona de sombra.",
    "B|Las sillas anfibias podrán reservarse en el puesto de socorro de 10.00 a 19.00 horas.",
    "C|Los comentarios están cerrados para esta noticia.",
    "C|Síguenos en Instagram, TikTok y WhatsApp para no perderte nada.",
    "C|Más noticias de Diario de la Costa",
    "C|El paseo marítimo tendrá nuevas farolas",
    "C|Diario de la Costa · hace 3 horas",
    "C|PortalYa es un servicio de noticias que reúne titulares de medios locales.",
], publisher="Diario de la Costa", truncated=False, lang="es")

# 3. German (AT): ANZEIGE, KI-Hinweis under text, Zum Weiterlesen link, Kommentar-Hinweis.
page("schnellinfo-deat-skilift", "https://schnellinfo.example/artikel/skilift-neue-gondel-7781", "schnellinfo", [
    "C|SchnellInfo",
    "T|Neue Gondel am Hochkar ersetzt alten Doppelsessellift",
    "H|Alpenpost · vor 2 Stunden",
    "P|Am Hochkar geht zur Wintersaison eine neue Zehner-Gondel in Betrieb, die den fast 50 Jahre alten Doppelsessellift ersetzt.",
    "C|ANZEIGE",
    "B|Die Bahn befördert bis zu 2.400 Personen pro Stunde und verkürzt die Fahrzeit auf den Gipfel von zwölf auf fünf Minuten, wie die Betreiber am Montag mitteilten, die zudem",
    "C|Zum Weiterlesen auf Alpenpost.at",
    "C|Dieser Beitrag wurde mithilfe von KI zusammengefasst und von der Redaktion geprüft.",
    "C|Kommentare sind für diesen Artikel nicht verfügbar.",
    "C|Meistgelesen",
    "C|Lawinenwarnstufe 3 in den Ybbstaler Alpen",
    "C|Alpenpost · vor 5 Stunden",
], publisher="Alpenpost", truncated=True, lang="de-AT")
casegen.write_pages()

