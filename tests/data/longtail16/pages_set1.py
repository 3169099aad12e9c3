"""Invented long-tail aggregator pages for longtail16, set 1: the HEADER ZONE (publisher,
section, headline, byline, stamps, captions) of sites and languages not tuned on before
(hu, nb, ca, sw, tl, bg, lt, en-CA, sk, sr-Latn). Labels follow the shared cases (a standfirst
``S|`` stays in the text). Written and scored on main before any rule change for them.

    python pages_set1.py [OUTDIR]   (default: ./set1 beside this file)
"""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
import casegen  # noqa: E402

casegen.NOTE = "Invented page text in the layout of a real long-tail site (longtail16 set 1)."
if len(sys.argv) < 2:
    sys.argv.append(str(pathlib.Path(__file__).resolve().parent / "set1"))
page = casegen.shared_page
KIND = "regional_portal"

# 1. hu: portal with crumb, 'Szerző:' byline (family name first), long date with weekday, photo credit 'Fotó:'.
page("hirmorzsa-hu-villamos", "https://hirmorzsa.example/belfold/2026/12/07/uj-villamosvonal-szeged", "hirmorzsa", [
    "C|Hírmorzsa",
    "C|Belföld | Külföld | Gazdaság | Sport | Kultúra",
    "H|Címlap › Belföld",
    "T|Tavasszal indul a munka a szegedi új villamosvonalon",
    "H|Szerző: Kovács Anna",
    "H|2026. december 7., hétfő 14:32",
    "S|A beruházás 18 milliárd forintba kerül, és két év alatt készül el.",
    "H|A Tisza Lajos körúti megálló látványterve. Fotó: Szegedi Közlekedési Társaság",
    "P|Jövő tavasszal kezdődik a szegedi 5-ös villamos meghosszabbítása, amely a Makkosházi körutat köti majd össze a vasútállomással – jelentette be hétfőn a város polgármestere.",
    "B|A 3,4 kilométeres szakaszon hét új megálló épül, a villamosok csúcsidőben hatpercenként járnak majd.",
    "B|Az építkezés idején a Kálvária sugárúton egy sávra szűkül a forgalom.",
    "C|Címkék: Szeged, villamos, közlekedés",
    "C|Kapcsolódó cikkek",
    "C|Hírmorzsa © 2026 – Impresszum – Adatvédelem",
], publisher_name="Hírmorzsa", section="Belföld", byline_raw="Szerző: Kovács Anna", authors=["Kovács Anna"],
    captions=[{"text": "A Tisza Lajos körúti megálló látványterve.", "credit": "Szegedi Közlekedési Társaság", "position": "header"}],
    truncated=False, lang="hu", site_kind=KIND,
    header_pattern="hirmorzsa:brand/pipe nav/crumb 'Címlap › Belföld'/title/'Szerző: Name'/'yyyy. month d., weekday HH:MM'/standfirst/caption 'Fotó:'/body/tags/related/footer",
    notes="Home-and-section crumb gives the section. Hungarian name order (family name first) kept as shown.")

# 2. nb: aggregator with 'Kilde:' source line, 'Publisert/Oppdatert' stamps, two authors with 'Av ... og ...'.
page("nyhetsvinduet-nb-ferje", "https://nyhetsvinduet.example/innenriks/ferjesamband-legges-ned-1188273", "nyhetsvinduet", [
    "C|Nyhetsvinduet",
    "C|Forsiden  Innenriks  Utenriks  Sport  Kultur",
    "H|Kilde: Fjordposten",
    "T|Ferjesambandet over Sognefjorden kan bli lagt ned neste høst",
    "H|Av Ingrid Solberg og Knut Haugen",
    "H|Publisert 07.12.2026 kl. 10:15",
    "H|Oppdatert 07.12.2026 kl. 12:02",
    "H|Ferja ved kaia i Hella en tidlig morgen. FOTO: Ingrid Solberg",
    "P|Fylkeskommunen vil spare 40 millioner kroner i året ved å legge ned ferjesambandet mellom Hella og Dragsvik, går det fram av budsjettforslaget som ble lagt fram mandag.",
    "B|Ordføreren i Leikanger kaller forslaget uakseptabelt og vil ta saken opp med fylkestinget.",
    "B|– Dette er vår vei til sykehuset, sier hun til Fjordposten.",
    "C|Les hele saken hos Fjordposten",
    "C|Del: Facebook · X · E-post",
    "C|Nyhetsvinduet henter nyheter fra over 200 norske medier.",
], publisher="Fjordposten", byline_raw="Av Ingrid Solberg og Knut Haugen", authors=["Ingrid Solberg", "Knut Haugen"],
    captions=[{"text": "Ferja ved kaia i Hella en tidlig morgen.", "credit": "Ingrid Solberg", "position": "header"}],
    truncated=True, lang="nb", site_kind="aggregator_portal",
    header_pattern="nyhetsvinduet:brand/spaced nav/'Kilde: <pub>'/title/'Av A og B'/'Publisert ...'/'Oppdatert ...'/caption 'FOTO:'/body/'Les hele saken hos <pub>'/share/about",
    notes="The source line names the publisher; 'Les hele saken hos' ends a preview.")

# 3. ca: section kicker in capitals, title, standfirst, 'Name | Place' byline, 'dd/mm/yyyy - HH:MMh' stamp.
page("lanoticiadigital-ca-biblioteca", "https://lanoticiadigital.example/societat/nova-biblioteca-banyoles_1290331.html", "lanoticiadigital", [
    "C|La Notícia Digital",
    "C|Inici  Política  Societat  Economia  Esports  Cultura",
    "C|Subscriu-te",
    "H|SOCIETAT",
    "T|Banyoles tindrà una nova biblioteca a l'antiga fàbrica de gèneres de punt",
    "S|L'edifici, tancat des de fa vint anys, acollirà també una sala d'estudi oberta les 24 hores",
    "H|Marta Puig i Ferrer | Banyoles",
    "H|07/12/2026 - 11:40h",
    "P|L'Ajuntament de Banyoles ha aprovat el projecte per convertir l'antiga fàbrica de gèneres de punt del carrer de la Llibertat en la nova biblioteca municipal, que substituirà l'actual, ja petita per a la població.",
    "B|Les obres començaran a la primavera i costaran 6,2 milions d'euros, la meitat dels quals aportarà la Generalitat.",
    "B|La regidora de Cultura ha explicat que la sala d'estudi tindrà accés amb el carnet de la biblioteca.",
    "C|Comentaris (2)",
    "C|Més notícies de Societat",
    "C|© La Notícia Digital · Avís legal · Política de cookies",
], publisher_name="La Notícia Digital", section="SOCIETAT", byline_raw="Marta Puig i Ferrer | Banyoles", authors=["Marta Puig i Ferrer"],
    truncated=False, lang="ca", site_kind=KIND,
    header_pattern="lanoticiadigital:brand/spaced nav/subscribe/CAPS section/title/standfirst/'Name | Place'/'dd/mm/yyyy - HH:MMh'/body/comments/related/footer",
    notes="Catalan double surname joined by 'i' is one author.")

# 4. sw: Kenyan portal: 'HABARI' section, title, 'Na Name' byline, Swahili weekday date, photo 'PICHA:'.
page("sautiyapwani-sw-bandari", "https://sautiyapwani.example/habari/2026/12/07/bandari-ya-lamu-meli-mpya", "sautiyapwani", [
    "C|Sauti ya Pwani",
    "C|Nyumbani | Habari | Siasa | Biashara | Michezo",
    "H|HABARI",
    "T|Meli tatu mpya kuanza kutia nanga bandari ya Lamu mwezi ujao",
    "H|Na Amina Odhiambo",
    "H|Jumatatu, Desemba 7, 2026",
    "H|Meli ya mizigo ikishusha makasha katika bandari ya Lamu. PICHA: AMINA ODHIAMBO",
    "P|Bandari ya Lamu itaanza kupokea meli tatu za mizigo kila wiki kuanzia mwezi ujao, Mamlaka ya Bandari imesema, hatua inayotarajiwa kuongeza ajira kwa vijana wa eneo hilo.",
    "B|Mkurugenzi wa bandari hiyo alisema barabara mpya ya kuunganisha Lamu na Garsen itarahisisha usafirishaji wa mizigo.",
    "B|Wafanyabiashara wa mjini Lamu wamekaribisha habari hiyo.",
    "C|Habari Zaidi",
    "C|Shiriki: Facebook | WhatsApp | X",
    "C|Hakimiliki © 2026 Sauti ya Pwani",
], publisher_name="Sauti ya Pwani", section="HABARI", byline_raw="Na Amina Odhiambo", authors=["Amina Odhiambo"],
    captions=[{"text": "Meli ya mizigo ikishusha makasha katika bandari ya Lamu.", "credit": "AMINA ODHIAMBO", "position": "header"}],
    truncated=False, lang="sw", site_kind=KIND,
    header_pattern="sautiyapwani:brand/pipe nav/CAPS section/title/'Na Name'/'Weekday, Month d, yyyy'/caption 'PICHA: NAME'/body/related/share/footer",
    notes="'Na' is Swahili 'by'.")

# 5. tl: Filipino tabloid site: title first, 'Ni Name' byline, 'Disyembre 7, 2026 | 3:15 PM', caption with '(Kuha ni ...)'.
page("balitangbayan-tl-baha", "https://balitangbayan.example/balita/2026/12/07/baha-sa-marikina-lumikas", "balitangbayan", [
    "C|Balitang Bayan",
    "C|Balita · Showbiz · Palakasan · Opinyon",
    "H|Balita",
    "T|Mahigit 2,000 residente ng Marikina, lumikas dahil sa baha",
    "H|Ni Jose Ramos",
    "H|Disyembre 7, 2026 | 3:15 PM",
    "H|Mga residenteng lumilikas sa Barangay Tumana. (Kuha ni Lito Santos)",
    "P|Mahigit 2,000 residente ng Marikina ang inilikas nitong Lunes ng madaling-araw matapos umapaw ang Ilog Marikina dahil sa malakas na ulan na dala ng bagyo.",
    "B|Ayon sa pamahalaang lungsod, itinaas sa ikatlong alarma ang antas ng tubig bandang alas-4 ng umaga.",
    "B|Binuksan ang 12 paaralan bilang evacuation center.",
    "C|Basahin din: Klase sa Metro Manila, suspendido",
    "C|I-share ang balitang ito",
    "C|© 2026 Balitang Bayan. Lahat ng karapatan ay nakalaan.",
], publisher_name="Balitang Bayan", section="Balita", byline_raw="Ni Jose Ramos", authors=["Jose Ramos"],
    captions=[{"text": "Mga residenteng lumilikas sa Barangay Tumana.", "credit": "Lito Santos", "position": "header"}],
    truncated=False, lang="tl", site_kind=KIND,
    header_pattern="balitangbayan:brand/dot nav/section/title/'Ni Name'/'Month d, yyyy | h:mm PM'/caption '(Kuha ni ...)'/body/'Basahin din:'/share/footer",
    notes="'Ni' is Filipino 'by'. Caption credit in parentheses.")

# 6. bg: Cyrillic portal: section, title, 'Автор: Name', stamp with view count, caption 'Снимка:'.
page("novinarnik-bg-metro", "https://novinarnik.example/obshtestvo/2026/12/07/metro-lyulin-371204", "novinarnik", [
    "C|Новинарник",
    "C|Начало | България | Свят | Икономика | Спорт",
    "H|Общество",
    "T|Нова метростанция в Люлин ще отвори врати през март",
    "H|Автор: Мария Петрова",
    "H|07.12.2026 09:30",
    "C|1 245 прочитания",
    "H|Строителните работи по станцията. Снимка: Столична община",
    "P|Новата метростанция в квартал Люлин ще бъде открита в края на март, съобщиха в понеделник от Столичната община.",
    "B|Станцията ще обслужва около 20 000 пътници дневно.",
    "B|Общината планира и нов буферен паркинг наблизо.",
    "C|Още от Общество",
    "C|© 2026 Новинарник",
], publisher_name="Новинарник", section="Общество", byline_raw="Автор: Мария Петрова", authors=["Мария Петрова"],
    captions=[{"text": "Строителните работи по станцията.", "credit": "Столична община", "position": "header"}],
    truncated=False, lang="bg", site_kind=KIND,
    header_pattern="novinarnik:brand/pipe nav/section/title/'Автор: Name'/'dd.mm.yyyy HH:MM'/view count/caption 'Снимка:'/body/related/footer",
    notes="View count is chrome.")

# 7. lt: aggregator: title, 'Šaltinis: <pub>' line with date after a bullet, caption 'Nuotr.' credit.
page("zinioslt-lt-tiltas", "https://zinios.example/naujienos/kaunas-tiltas-remontas-55410", "zinioslt", [
    "C|Žinios.lt",
    "C|Naujienos  Verslas  Sportas  Pramogos",
    "H|Lietuvoje",
    "T|Kaune prasideda Aleksoto tilto remontas: eismas bus ribojamas pusmetį",
    "H|Šaltinis: Kauno žinios • 2026-12-07 08:12",
    "H|Aleksoto tiltas. Nuotr. Tomo Rimkaus",
    "P|Nuo pirmadienio Kaune prasideda Aleksoto tilto remonto darbai, kurie truks iki birželio, pranešė miesto savivaldybė.",
    "B|Remonto metu tiltu galės važiuoti tik viešasis transportas ir dviratininkai.",
    "B|Darbai kainuos 3,1 mln. eurų.",
    "C|Skaityti visą straipsnį: Kauno žinios",
    "C|Dalintis",
    "C|© Žinios.lt, 2026",
], publisher="Kauno žinios", section="Lietuvoje",
    captions=[{"text": "Aleksoto tiltas.", "credit": "Tomo Rimkaus", "position": "header"}],
    truncated=True, lang="lt", site_kind="aggregator_portal",
    header_pattern="zinioslt:brand/spaced nav/section/title/'Šaltinis: <pub> • yyyy-mm-dd HH:MM'/caption 'Nuotr.'/body/'Skaityti visą straipsnį:'/share/footer",
    notes="Source line gives publisher.")

# 8. en-CA: title, dek, byline with outlet after comma, 'Published ... • Last updated ... • 3 minute read', caption 'Photo by'.
page("prairieledger-enca-snow", "https://prairieledger.example/news/local-news/regina-snow-clearing-budget", "prairieledger", [
    "C|The Prairie Ledger",
    "C|News  Sports  Opinion  Business  Life",
    "C|Sign In",
    "H|Local News",
    "T|Regina council adds $3 million to snow-clearing budget after slow start to winter",
    "S|Residential streets will now be cleared within five days of a major snowfall, down from eight",
    "H|By Chantal Leblanc and Omar Haddad, The Prairie Ledger",
    "H|Published Dec 07, 2026 • Last updated 2 hours ago • 3 minute read",
    "H|A grader clears Albert Street on Monday morning. Photo by Omar Haddad /The Prairie Ledger",
    "P|Regina city council voted 9-2 on Monday to add $3 million to this winter's snow-clearing budget, after residents flooded councillors with complaints about unploughed crescents.",
    "B|The money will pay for two extra contractor crews and overtime for city staff.",
    "B|Coun. Dale Wirth said the change was overdue.",
    "C|Share this Story",
    "C|Trending",
    "C|© 2026 The Prairie Ledger, a division of Plains Media Inc. All rights reserved.",
], publisher_name="The Prairie Ledger", section="Local News", byline_raw="By Chantal Leblanc and Omar Haddad, The Prairie Ledger",
    authors=["Chantal Leblanc", "Omar Haddad"], organization="The Prairie Ledger",
    captions=[{"text": "A grader clears Albert Street on Monday morning.", "credit": "Omar Haddad /The Prairie Ledger", "position": "header"}],
    truncated=False, lang="en-CA", site_kind=KIND,
    header_pattern="prairieledger:brand/spaced nav/sign-in/section/title/dek/'By A and B, Outlet'/'Published ... • Last updated ... • n minute read'/caption 'Photo by Name /Outlet'/body/share/trending/footer",
    notes="Postmedia-like stamp line.")

# 9. sk: one meta line 'date | author | section' under the title.
page("dennik24-sk-most", "https://dennik24.example/domov/most-cez-vah-otvoreny/", "dennik24", [
    "C|Denník24",
    "C|Domov  Svet  Ekonomika  Šport  Kultúra",
    "T|Nový most cez Váh v Piešťanoch otvoria pred Vianocami",
    "H|Dnes 10:45 | Zuzana Hudecová | Domov",
    "P|Nový cestný most cez Váh v Piešťanoch sprístupnia pre autá ešte pred Vianocami, informovalo v pondelok mesto.",
    "B|Stavba trvala dva roky a stála 14 miliónov eur.",
    "B|Starý most zostane otvorený len pre chodcov a cyklistov.",
    "C|Páčil sa vám článok? Zdieľajte ho",
    "C|Najčítanejšie",
    "C|© 2026 Denník24 | Kontakt | Ochrana osobných údajov",
], publisher_name="Denník24", section="Domov", byline_raw="Zuzana Hudecová", authors=["Zuzana Hudecová"],
    truncated=False, lang="sk", site_kind=KIND,
    header_pattern="dennik24:brand/spaced nav/title/'Dnes HH:MM | Name | Section'/body/share/most read/footer",
    notes="Meta line after the title: relative day, author, section.")

# 10. sr-Latn: 'Autor: Name | dd.mm.yyyy. u HH:MM' combined line, section crumb with slashes.
page("vestinet-sr-autobus", "https://vestinet.example/drustvo/novi-autobusi-novi-sad-88213", "vestinet", [
    "C|Vesti.net",
    "C|Početna  Politika  Društvo  Ekonomija  Sport",
    "H|Početna / Društvo",
    "T|Novi Sad dobija 40 novih električnih autobusa do leta",
    "H|Autor: Nikola Jovanović | 07.12.2026. u 13:20",
    "H|Električni autobus na testiranju. Foto: GSP Novi Sad",
    "P|Gradsko saobraćajno preduzeće Novi Sad nabaviće 40 električnih autobusa do leta, saopšteno je u ponedeljak iz Gradske uprave.",
    "B|Prvi autobusi voziće na linijama 4 i 11.",
    "B|Vrednost nabavke je 22 miliona evra.",
    "C|Pročitajte još",
    "C|Komentari (5)",
    "C|© 2026 Vesti.net",
], publisher_name="Vesti.net", section="Društvo", byline_raw="Autor: Nikola Jovanović", authors=["Nikola Jovanović"],
    captions=[{"text": "Električni autobus na testiranju.", "credit": "GSP Novi Sad", "position": "header"}],
    truncated=False, lang="sr-Latn", site_kind=KIND,
    header_pattern="vestinet:brand/spaced nav/crumb 'Početna / Section'/title/'Autor: Name | dd.mm.yyyy. u HH:MM'/caption 'Foto:'/body/related/comments/footer",
    notes="Author and stamp on one line.")

casegen.write_pages()
