"""Invented long-tail aggregator pages for longtail15: tune set 2, other wordings of the
families of set 1 (written after its rules, to see them hold on words they were not made on).

    python pages_tune2.py [OUTDIR]   (default: ./tune2)
"""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
import casegen  # noqa: E402
from casegen import page  # noqa: E402

casegen.NOTE = "Invented page text in the layout of a real long-tail site (longtail15 tune set 2)."
if len(sys.argv) < 2:
    sys.argv.append(str(pathlib.Path(__file__).resolve().parent / "tune2"))

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
