"""Build invented long-tail aggregator pages (writer12's round U12: tune set of stop 23).

Each page: lines tagged C| chrome, H| header line, T| title (header), P| first body paragraph,
B| body, S| standfirst, '' = blank. Labels derived from the tags plus the explicit fields, as in
the shared aggregator-text cases: a standfirst (S|) stays in the text and goes to `standfirst`
only (neither header nor chrome); a bullet marker is dropped from `first_body_paragraph`. A page
built with cut=True is cut at the store's 2,000 UTF-8 bytes inside its last (body) line, like the
stored excerpts; every other page is complete and shorter. Site names, people and article text
are made up; layouts follow real news-app web readers, regional portals, multi-source
aggregators, magazine readers, live-blog mirrors and press-release wires.

    python make_u12.py [OUTDIR]   (default: this folder)
"""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
import casegen  # noqa: E402

casegen.NOTE = "Invented page text in the layout of a real long-tail site (writer12's round U12, tune set of stop 23)."
if len(sys.argv) < 2:
    sys.argv.append(str(pathlib.Path(__file__).resolve().parent))

page = casegen.shared_page


# 1. en-US: press release from a wire republished on a regional business portal: skip link,
#    masthead, pipe nav, label, "From <wire>" source line, photo with "(Photo: ...)", dateline with
#    /Wire/, bullet list, "About ..." boilerplate and media contact (release text), wire tail.
page("bizcurrent-enus-release-grain-terminal", "https://www.bizcurrentmidwest.example/press-releases/2026/12/07/northshore-grain-cooperative-opens-terminal-two-harbors", "bizcurrentmidwest", [
    "C|Skip to main content",
    "C|BizCurrent Midwest",
    "C|Markets | Companies | Agriculture | Energy | Real Estate | Press Releases",
    "C|Subscribe",
    "H|PRESS RELEASE",
    "H|From Lodestar Wire",
    "T|Northshore Grain Cooperative Opens $48 Million Drying and Storage Terminal in Two Harbors",
    "H|Published: Dec 7, 2026, 9:00 a.m. ET",
    "S|New terminal adds 3.2 million bushels of capacity and cuts harvest wait times for 640 member farms",
    "H|The new Northshore Grain terminal on Highway 61 near Two Harbors, Minn. (Photo: Northshore Grain Cooperative)",
    "P|TWO HARBORS, Minn., Dec. 7, 2026 /Lodestar Wire/ -- Northshore Grain Cooperative today opened its new drying and storage terminal on Highway 61, adding 3.2 million bushels of capacity for the cooperative's 640 member farms across northeastern Minnesota.",
    "B|The terminal includes:",
    "B|• two continuous-flow dryers rated at 4,000 bushels per hour each",
    "B|• six steel bins with temperature cables and remote monitoring",
    "B|• a rail spur able to load 60 cars in under 14 hours",
    "B|\"Our members lost whole days at harvest waiting in line at the old elevator,\" said Ruth Ellingson, chief executive of Northshore Grain. \"This site was built around their trucks.\"",
    "B|About Northshore Grain Cooperative",
    "B|Founded in 1921, Northshore Grain Cooperative is a farmer-owned cooperative that markets grain and provides agronomy services to members in seven Minnesota counties.",
    "B|Media contact: Dana Whitfield, 218-555-0143",
    "C|SOURCE Northshore Grain Cooperative",
    "C|BizCurrent Midwest was not involved in the creation of this content. Press releases are published as received from the distributor.",
    "C|Share this release: LinkedIn · X · Facebook · Email",
    "C|More Press Releases",
    "C|Lakehead Credit Union names new chief lending officer",
    "C|© 2026 BizCurrent Media LLC | Terms of Use | Privacy Notice",
], publisher="Lodestar Wire", section="PRESS RELEASE", organization="Lodestar Wire",
    captions=[{"text": "The new Northshore Grain terminal on Highway 61 near Two Harbors, Minn.", "credit": "Northshore Grain Cooperative", "position": "header"}],
    truncated=False, lang="en-US", site_kind="wire_syndication",
    header_pattern="bizcurrent:skip-link/masthead/pipe-nav/'Subscribe'/label/'From <wire>'/title/'Published: ...'/standfirst/caption '(Photo: ...)'/dateline '/Wire/ --' body/'SOURCE ...'/disclaimer/share/related/footer",
    notes="The page shows the wire ('From Lodestar Wire'), so publisher and organization are the wire; the issuing company is no author. The 'About ...' heading, boilerplate and media-contact line belong to the release text (body); the wire's 'SOURCE <company>' tag line and the portal's not-involved disclaimer are chrome. Complete release (truncated=false).")

# 2. en-IN: news-app web reader (Dailyhunt-like): app pitch, source line with Follow button,
#    city section, "Written by | Edited by", IST stamp, caption with "(Photo: pub/person)",
#    "Hyderabad:" dateline, inline "Also Read", auto-aggregation disclaimer, trending rail.
page("khabarwave-enin-metro-frequency", "https://m.khabarwave.example/english/india/hyderabad/the-deccan-ledger/hyderabad-metro-to-run-trains-every-3-minutes-newsid-n6640218847", "khabarwave", [
    "C|Khabarwave",
    "C|For You | India | Cricket | Entertainment | Videos",
    "C|Get the Khabarwave app for faster news in 14 languages",
    "C|Install",
    "H|The Deccan Ledger",
    "C|Follow",
    "H|Hyderabad",
    "T|Hyderabad Metro to run trains every 3 minutes on Corridor II from Monday",
    "H|Written by Sai Kiran Reddy | Edited by Ananya Iyer",
    "H|Updated: 07 Dec 2026, 11:42 AM IST",
    "H|Commuters wait for a train at the Ameerpet interchange station. (Photo: Deccan Ledger/Ravi Teja)",
    "P|Hyderabad: Commuters on the JBS–MGBS corridor will get a train every three minutes during peak hours from Monday, Hyderabad Metro Rail officials said on Saturday, as four more trains join the fleet.",
    "B|At present trains run at intervals of four and a half minutes in the morning and evening rush.",
    "C|Also Read: Telangana to add 500 electric buses to city fleet by March",
    "B|Officials said the new timings would apply from 7.30 am to 10.30 am and from 5 pm to 8 pm on weekdays. Weekend frequency stays unchanged.",
    "B|The operator also plans to open two more entry gates at Parade Ground station, which sees heavy crowding after office hours, a senior official said.",
    "C|Disclaimer: This story is auto-aggregated by a computer program and has not been created or edited by Khabarwave. Publisher: The Deccan Ledger",
    "C|Like · Comment · Share on WhatsApp",
    "C|Trending on Khabarwave",
    "C|Gold rate today: prices dip ₹200 in Hyderabad",
    "C|The Deccan Ledger · 3h",
], publisher="The Deccan Ledger", section="Hyderabad", byline_raw="Written by Sai Kiran Reddy | Edited by Ananya Iyer",
    authors=["Sai Kiran Reddy"],
    captions=[{"text": "Commuters wait for a train at the Ameerpet interchange station.", "credit": "Deccan Ledger/Ravi Teja", "position": "header"}],
    truncated=False, lang="en-IN", site_kind="aggregator_app_mirror",
    header_pattern="khabarwave:app-name/pipe-nav/app-pitch/'Install'/publisher/'Follow'/city-section/title/'Written by | Edited by'/'Updated: ... IST'/caption '(Photo: ...)'/body with 'Also Read:'/disclaimer/actions/trending rail",
    notes="Authors: the writer only; the editor in 'Edited by' is a role, not an author. The 'Follow' button sits between the publisher and the city section. The disclaimer names the publisher again but is chrome. Story visibly ends before the disclaimer (truncated=false).")

# 3. en-PH: live-blog mirror on a regional portal: nav with runs of spaces, LIVE badge, publisher
#    before a two-author byline ('Ma.' abbreviation, hyphenated surname), refresh note, standfirst,
#    time-stamped entries (kept as body), "READ:" cross-link, inline caption "Photo courtesy of";
#    cut by the store's 2,000 bytes.
page("balitahub-enph-live-typhoon", "https://balitahub.example/regions/visayas/live-updates-typhoon-ambo-landfall-eastern-samar-20261207", "balitahub", [
    "C|BALITAHUB",
    "C|Home   Nation   Regions   Entertainment   Sports   Lifestyle",
    "C|🔴 LIVE",
    "T|LIVE UPDATES: Typhoon Ambo makes landfall in Eastern Samar",
    "H|Visayas Daily Star",
    "H|By Ma. Cristina Dela Peña-Sarmiento and Jerome Villanueva",
    "H|December 07, 2026 - 6:15 PM",
    "C|Refresh this page for the latest updates.",
    "",
    "S|Typhoon Ambo made landfall in Oras, Eastern Samar at 2:40 p.m. on Monday, the state weather bureau said. Signal No. 4 remains raised over the northern part of Samar island.",
    "",
    "B|5:58 PM",
    "P|More than 11,000 families have moved to evacuation centers in Eastern Samar and Northern Samar, the regional civil defense office reported.",
    "B|Most of the evacuees come from coastal barangays in Oras, Dolores and Arteche, where storm surges of up to three meters were forecast.",
    "",
    "B|5:31 PM",
    "B|Power is out in at least 14 towns, the provincial electric cooperative said in a Facebook post. Crews will start restoring lines once the winds weaken.",
    "C|READ: Classes suspended in Samar, Leyte as Ambo nears",
    "H|Residents of Barangay San Roque in Oras carry their belongings to higher ground on Monday. Photo courtesy of MDRRMO Oras",
    "",
    "B|4:47 PM",
    "B|The coast guard said 2,340 passengers are stranded in the ports of Matnog, Allen and San Isidro after all sea trips were suspended.",
    "",
    "B|4:05 PM",
    "B|Flights to and from Tacloban, Catarman and Calbayog have been cancelled for the rest of the day, the airport authority said. Passengers may rebook without penalty within 30 days.",
    "",
    "B|3:15 PM",
    "B|Ambo is moving west-northwest at 20 km/h with maximum sustained winds of 165 km/h near the center and gusts of up to 205 km/h, according to the 3 p.m. bulletin. It is expected to cross the provinces of Northern Samar and Sorsogon tonight before emerging over the Sibuyan Sea early Tuesday morning, weakening slightly as it moves over land. Rainfall of up to 200 millimeters is possible over Samar, Biliran and northern Leyte, and the bureau warned of flooding and landslides in low-lying and mountainous areas. Residents near rivers were told to stay alert for possible evacuation orders from their local governments.",
], publisher="Visayas Daily Star", byline_raw="By Ma. Cristina Dela Peña-Sarmiento and Jerome Villanueva",
    authors=["Ma. Cristina Dela Peña-Sarmiento", "Jerome Villanueva"],
    captions=[{"text": "Residents of Barangay San Roque in Oras carry their belongings to higher ground on Monday.", "credit": "MDRRMO Oras", "position": "inline"}],
    truncated=None, cut=True, lang="en-PH", site_kind="archive_mirror", page_type="live_blog",
    header_pattern="balitahub:masthead/space-padded nav/'🔴 LIVE'/title/publisher/'By A and B'/date/refresh note/standfirst/entries 'H:MM PM'+text, 'READ:' link, inline caption 'Photo courtesy of ...'/cut",
    notes="Entry time stamps ('5:58 PM') are kept as body, like live-blog entry headings in the shared cases; the first body paragraph is the first entry's text. 'Ma.' (Maria) stays part of the author's name. The inline photo line is a caption ('Photo courtesy of' is the credit label). Cut by the 2,000-byte limit inside the last entry (truncated=null).")

# 4. en-GB: magazine reader (Flipboard-like): app nav, sign-up, 'Flipped by <curator> into
#    <magazine>', curator's name and comment (chrome, not the author), publisher, LDRS byline,
#    stamp with weekday, caption '(Image: ...)', 'Read more:' link, continue-reading wall, counts.
page("pagecurl-engb-calder-trains", "https://pagecurl.example/@harrietcole/northern-rail-watch-a8f3kq/calder-valley-trains-to-get-extra-carriages-from-may/a-Yx2mL0pQ", "pagecurl", [
    "C|Pagecurl",
    "C|Explore   Following   Notifications",
    "C|Sign up",
    "C|Log in",
    "C|Flipped by Harriet Cole into Northern Rail Watch",
    "C|Harriet Cole",
    "C|“Finally some movement on the Calder Valley line.”",
    "H|Yorkshire Evening Star",
    "T|Calder Valley trains to get extra carriages from May after years of overcrowding",
    "H|By Tom Ashworth, Local Democracy Reporting Service",
    "H|Sunday, 6 December 2026, 7:32 pm",
    "H|A Northern service at Hebden Bridge station (Image: Yorkshire Evening Star)",
    "P|Rush-hour trains on the Calder Valley line will run with six carriages instead of three from May, the combined authority has said, after passengers complained of being left behind on the platform at Hebden Bridge and Sowerby Bridge.",
    "B|The extra units are being moved from Lancashire once new trains there enter service in the spring.",
    "C|Read more: Leeds station's new southern entrance to open before Easter",
    "B|Councillor Priya Wadsworth, who chairs the authority's transport committee, said: \"People have been squeezed into vestibules for far too long. This is a real improvement, but it isn't the end of the job.\"",
    "B|The operator said it expected most peak services to be lengthened by the summer timetable change.",
    "C|Continue reading on Yorkshire Evening Star",
    "C|12 likes · 3 comments",
    "C|Flip  Like  Comment  Share",
    "C|More from Northern Rail Watch",
    "C|Trans-Pennine upgrade: what the weekend closures mean for you",
    "C|Manchester Post",
    "C|About · Blog · Publishers · Terms · Privacy · Cookie settings",
], publisher="Yorkshire Evening Star", byline_raw="By Tom Ashworth, Local Democracy Reporting Service",
    authors=["Tom Ashworth"], organization="Local Democracy Reporting Service",
    captions=[{"text": "A Northern service at Hebden Bridge station", "credit": "Yorkshire Evening Star", "position": "header"}],
    truncated=True, lang="en-GB", site_kind="aggregator_reader",
    header_pattern="pagecurl:app-name/nav/sign-up/log-in/'Flipped by X into M'/curator/curator comment/publisher/title/'By A, LDRS'/weekday stamp/caption '(Image: ...)'/body with 'Read more:'/'Continue reading on <pub>'/counts/actions/magazine rail/footer",
    notes="The curator (Harriet Cole) who 'flipped' the story into her magazine, her name line and her quoted comment are reader chrome, not the author or the standfirst. Organization: the Local Democracy Reporting Service named in the byline. 'Continue reading on <publisher>' ends a teaser (truncated=true).")

# 5. es-ES: card news app (Squid-like): app pitch, dot nav, publisher, region section, agency
#    + date line, standfirst, caption '(Foto: ...)', EUROPA PRESS dateline, dash list, inline
#    'Lee también', 'Leer la noticia completa en', swipe hint, reactions.
page("tintanews-es-carril-bici-palmera", "https://tintanews.example/es/andalucia/la-cronica-del-sur/sevilla-ampliara-el-carril-bici-del-paseo-de-la-palmera/8d2e71c0", "tintanews", [
    "C|TintaNews",
    "C|Descarga la app",
    "C|Portada · Para ti · España · Deportes · Tecnología",
    "H|La Crónica del Sur",
    "H|Andalucía",
    "T|Sevilla ampliará el carril bici del Paseo de la Palmera antes del verano",
    "H|EUROPA PRESS · 07/12/2026 · 13:05",
    "S|Las obras, que durarán cuatro meses, conectarán los barrios del sur con el centro de la ciudad",
    "H|Un ciclista circula por el Paseo de la Palmera. (Foto: Europa Press)",
    "P|SEVILLA, 7 Dic. (EUROPA PRESS) - El Ayuntamiento de Sevilla ampliará antes del verano el carril bici del Paseo de la Palmera, uno de los tramos con más tráfico ciclista de la ciudad, con una inversión de 2,3 millones de euros.",
    "B|Según ha informado el Consistorio en una nota, el nuevo trazado tendrá 2,8 kilómetros y separará a bicicletas y patinetes del tráfico rodado mediante bordillos.",
    "B|Las principales novedades son:",
    "B|– doble sentido en todo el recorrido;",
    "B|– doce nuevos pasos ciclistas con semáforo;",
    "B|– aparcamientos para 200 bicicletas junto a las paradas de metro.",
    "C|Lee también: La Junta licita el tercer tramo del metro de Sevilla",
    "B|La delegada de Movilidad, Rocío Garrido, ha señalado que las obras se harán por fases para no cortar la circulación en la avenida.",
    "C|Leer la noticia completa en La Crónica del Sur",
    "C|Desliza para ver la siguiente noticia",
    "C|👍 Me gusta   💬 Comentar   ↗ Compartir",
    "C|Más noticias de Andalucía",
    "C|Cortes de tráfico en Triana por la cabalgata",
    "C|© TintaNews 2026. Los contenidos pertenecen a sus respectivos medios.",
], publisher="La Crónica del Sur", section="Andalucía", byline_raw="EUROPA PRESS", organization="Europa Press",
    captions=[{"text": "Un ciclista circula por el Paseo de la Palmera.", "credit": "Europa Press", "position": "header"}],
    truncated=True, lang="es-ES", site_kind="aggregator_app_mirror",
    header_pattern="tintanews:app-name/app pitch/dot nav/publisher/region section/'AGENCY · dd/mm/yyyy · HH:MM'/standfirst/caption '(Foto: ...)'/dateline body/'– ' list/'Lee también:'/'Leer la noticia completa en <pub>'/swipe hint/reactions/related/footer",
    notes="Agency-only byline on the stamp line (authors empty, organization Europa Press, also in the dateline). The section is the region label under the publisher; the dot nav is chrome. 'Leer la noticia completa en <medio>' ends a preview (truncated=true).")

# 6. fr-CI: reader app for African markets (Opera-News-like): nav with dots, open-app button,
#    publisher with '+ Suivre', relative age before the title, caption with '©', subheading,
#    byline at the END in 'Prénom NOM' shape, third-party disclaimer, reactions, similar articles.
page("actuplus-frci-marche-siporex", "https://ci.actuplus-afrique.example/fr/news/6c1f0e2a93b7?source=abidjan-matin-infos&cat=cote-divoire", "actuplus-afrique", [
    "C|Actu Plus Afrique",
    "C|Côte d'Ivoire · Afrique · Sports · Économie · Faits divers",
    "C|Ouvrir l'app",
    "H|Abidjan Matin Infos",
    "C|+ Suivre",
    "H|il y a 5 heures",
    "T|Yopougon : le nouveau marché de Siporex ouvrira ses portes le 15 décembre",
    "H|Le nouveau bâtiment du marché de Siporex, vu depuis le boulevard. © Abidjan Matin Infos",
    "P|Les commerçantes du marché de Siporex, à Yopougon, pourront s'installer dans le nouveau bâtiment à partir du 15 décembre. L'annonce a été faite samedi par le maire de la commune lors d'une visite du chantier.",
    "B|Le marché compte 1 200 étals sur deux niveaux, avec une zone réservée aux vivriers et une autre aux produits manufacturés.",
    "B|Les anciennes occupantes servies en premier",
    "B|Selon la mairie, les 860 commerçantes recensées avant la démolition de l'ancien marché seront installées en priorité. Les étals restants seront attribués par tirage au sort.",
    "B|« Nous attendons ce jour depuis trois ans », confie Adjoua Kouamé, vendeuse de pagnes, qui a passé tout ce temps sous une bâche au bord de la voie.",
    "H|Koffi Arsène YAO",
    "C|Avis de non-responsabilité : ce contenu a été publié par un créateur tiers et ne reflète pas nécessairement le point de vue d'Actu Plus Afrique.",
    "C|J'aime · Commenter · Partager",
    "C|Articles similaires",
    "C|Abobo : la voie du rond-point de la mairie fermée pour travaux",
    "C|il y a 2 heures",
], publisher="Abidjan Matin Infos", byline_raw="Koffi Arsène YAO", authors=["Koffi Arsène Yao"],
    captions=[{"text": "Le nouveau bâtiment du marché de Siporex, vu depuis le boulevard.", "credit": "Abidjan Matin Infos", "position": "header"}],
    truncated=False, lang="fr-CI", site_kind="aggregator_app_mirror",
    header_pattern="actuplus:app-name/dot nav/'Ouvrir l'app'/publisher/'+ Suivre'/'il y a N heures'/title/caption '© <pub>'/body with subheading/closing byline 'Prénom NOM'/disclaimer/reactions/similar articles",
    notes="The byline stands alone after the last paragraph in the West-African 'Prénom NOM' shape (surname in capitals); the author is given in proper case. The relative age comes before the title. No section on the page (the nav is chrome). The subheading is body. Complete story (truncated=false).")

# 7. de-DE: news-app reader (upday-like): masthead, pipe nav, app button, publisher + relative
#    age, standfirst, 'Von Name, dpa', caption 'Foto: Name/dpa', '(dpa) -' dateline, question
#    subheading, 'Mehr zum Thema' card, helpfulness vote, partner disclaimer.
page("newspuls-de-hohenzollernbruecke", "https://newspuls.example/de/lokal/koeln/rheinische-abendpost/hohenzollernbruecke-fussweg-nachts-gesperrt/a/93f1b2", "newspuls", [
    "C|NEWSPULS",
    "C|Top News  |  Meine News  |  Lokal  |  Video",
    "C|Jetzt in der App lesen",
    "H|Rheinische Abendpost",
    "H|vor 2 Std.",
    "T|Hohenzollernbrücke: Fußweg ab Januar nachts gesperrt",
    "S|Die Bauarbeiten dauern bis Ende März. Die Bahn richtet einen Shuttlebus zwischen Deutz und Hauptbahnhof ein.",
    "H|Von Jana Hollweg, dpa",
    "H|Die Hohenzollernbrücke in Köln mit Blick auf den Dom. Foto: Oliver Brenner/dpa",
    "P|Köln (dpa) - Der Fußweg über die Kölner Hohenzollernbrücke wird ab dem 7. Januar jeweils zwischen 22 und 5 Uhr gesperrt. Das teilte die Bahn am Montag mit. Grund seien Arbeiten an den Gleisen und an der Beleuchtung.",
    "B|Fußgänger und Radfahrer sollen in dieser Zeit einen Shuttlebus nutzen, der im 15-Minuten-Takt zwischen Deutz und dem Hauptbahnhof pendelt.",
    "B|Was passiert mit den Schlössern?",
    "B|Die Liebesschlösser am Geländer sind nach Angaben der Bahn nicht betroffen. Sie müssten auch während der Arbeiten nicht entfernt werden, sagte ein Sprecher.",
    "B|Zuletzt war die Brücke im Sommer 2024 an mehreren Wochenenden gesperrt worden.",
    "C|Mehr zum Thema",
    "C|Kölner Dom: Südturm erneut eingerüstet",
    "C|Domstadt-Kurier · vor 5 Std.",
    "C|War dieser Artikel hilfreich?",
    "C|👍 Ja   👎 Nein",
    "C|Artikel teilen",
    "C|Inhalte von Partnern. NEWSPULS übernimmt keine Verantwortung für die Inhalte externer Quellen.",
    "C|Impressum · Datenschutz · AGB · Cookie-Einstellungen",
], publisher="Rheinische Abendpost", byline_raw="Von Jana Hollweg, dpa", authors=["Jana Hollweg"], organization="dpa",
    captions=[{"text": "Die Hohenzollernbrücke in Köln mit Blick auf den Dom.", "credit": "Oliver Brenner/dpa", "position": "header"}],
    truncated=False, lang="de-DE", site_kind="aggregator_app_mirror",
    header_pattern="newspuls:masthead/pipe nav/app button/publisher/'vor N Std.'/title/standfirst/'Von Name, dpa'/caption 'Foto: ...'/'(dpa) -' dateline body/question subheading/'Mehr zum Thema' card/vote/share/disclaimer/footer",
    notes="The standfirst comes between the title and the byline. 'Was passiert mit den Schlössern?' is a subheading (body). Story visibly ends before the 'Mehr zum Thema' card (truncated=false).")

# 8. it: multi-source bias aggregator (Ground-News-like): nav, sign-in, topic, update stamp,
#    coverage bar (count + left/centre/right shares), AI-summary label, summary bullets, 'Il
#    contesto' subheading, premium wall over the source comparison, source list with lean + age.
page("bilancia-it-treni-bologna-rimini", "https://bilancia.example/it/storia/treni-regionali-22-corse-in-piu-bologna-rimini-f41c8a0e", "bilancia", [
    "C|Bilancia",
    "C|Notizie · Locale · Punti ciechi · Fonti",
    "C|Abbonati",
    "C|Accedi",
    "H|Trasporti",
    "T|Treni regionali, dal 14 dicembre 22 corse in più tra Bologna e Rimini",
    "H|Aggiornato il 7 dicembre 2026 alle 10:48",
    "C|31 fonti  |  Sinistra 29%  ·  Centro 55%  ·  Destra 16%",
    "C|Riassunto generato con l'intelligenza artificiale",
    "P|• Con il cambio d'orario del 14 dicembre la Regione aggiunge 22 corse giornaliere sulla linea Bologna-Rimini, soprattutto nelle fasce dei pendolari.",
    "B|• Sei dei nuovi treni fermeranno anche a Castel San Pietro e Forlimpopoli, oggi servite una volta all'ora.",
    "B|• I comitati dei pendolari chiedono però più posti a sedere: nelle ore di punta i convogli viaggiano spesso oltre la capienza.",
    "B|Il contesto",
    "B|La linea adriatica è tra le più utilizzate della regione, con circa 48 mila viaggiatori al giorno. L'assessora regionale ai trasporti, Marta Zanetti, ha parlato di «un primo passo» in attesa dei treni a due piani previsti per il 2028.",
    "C|Come ne parlano a sinistra, al centro e a destra",
    "C|Il confronto tra le testate è riservato agli abbonati Bilancia Premium.",
    "C|Prova gratis per 14 giorni",
    "C|Fonti principali",
    "C|Gazzetta di Romagna · Centro · 2 ore fa",
    "C|Il Resto del Rubicone · Destra · 3 ore fa",
    "C|Bologna Sera · Sinistra · 5 ore fa",
], section="Trasporti", truncated=True, lang="it", site_kind="ai_aggregator", page_type="ai_summary",
    header_pattern="bilancia:brand/dot nav/subscribe/sign-in/topic/title/'Aggiornato il ...'/coverage bar/AI label/summary bullets/subheading/context paragraph/comparison heading/premium wall/trial/source list 'Testata · orientamento · età'",
    notes="Multi-source story page: no publisher or byline (publisher and publisher_name null, as for the shared Ground-News-like case); the coverage bar and AI label are chrome; the summary bullets are the body (first body paragraph without its bullet). The source comparison sits behind a premium wall (truncated=true). Source names in the list are cards, not publishers of the text.")

# 9. pt-PT: regional portal republishing the national agency: brand, pipe nav, newsletter button,
#    section, title, agency-only byline 'Lusa', date with abbreviated month, caption 'Fotografia:
#    Name/Lusa', inline 'Leia Também:', share row, login-to-comment, app pitch, copyright.
page("minhohoje-ptpt-ponte-medieval", "https://www.minhohoje.example/sociedade/ponte-de-lima-obras-na-ponte-medieval-obrigam-a-desvio-de-peregrinos-1204417", "minhohoje", [
    "C|MinhoHoje",
    "C|Início | Braga | Guimarães | Viana | Desporto | Opinião",
    "C|Assinar newsletter",
    "H|Sociedade",
    "T|Ponte de Lima: obras na ponte medieval obrigam a desvio de peregrinos do Caminho",
    "H|Lusa",
    "H|07 dez 2026 · 15:20",
    "H|A ponte medieval de Ponte de Lima, com os andaimes já montados. Fotografia: Hugo Delgado/Lusa",
    "P|A travessia da ponte medieval de Ponte de Lima vai estar condicionada durante seis meses devido a obras de conservação, o que obriga os peregrinos do Caminho Português de Santiago a seguir um percurso alternativo, anunciou hoje a câmara municipal.",
    "B|Em comunicado, a autarquia explica que os trabalhos incluem a limpeza das juntas do granito e o reforço de dois arcos, e que a passagem será feita por um passadiço provisório junto à margem.",
    "C|Leia Também: Viana do Castelo recebe 40 novos autocarros elétricos",
    "B|\"A ponte é o nosso ex-líbris e tem de ser tratada com o cuidado que merece\", afirmou o vereador das Obras, Joaquim Sampaio, citado no comunicado.",
    "B|A sinalização do desvio, em português, espanhol e inglês, será colocada nos dois acessos à vila.",
    "B|As obras, orçadas em 780 mil euros, são cofinanciadas por fundos europeus.",
    "C|Partilhar: Facebook · X · WhatsApp · E-mail",
    "C|Comentários",
    "C|Para comentar tem de ter sessão iniciada. Entrar | Registar",
    "C|Descarregue a nossa App e receba as notícias do Minho no seu telemóvel.",
    "C|© 2026 MinhoHoje. Todos os direitos reservados. Proibida a reprodução sem autorização.",
], publisher_name="MinhoHoje", section="Sociedade", byline_raw="Lusa", organization="Lusa",
    captions=[{"text": "A ponte medieval de Ponte de Lima, com os andaimes já montados.", "credit": "Hugo Delgado/Lusa", "position": "header"}],
    truncated=False, lang="pt-PT", site_kind="wire_portal",
    header_pattern="minhohoje:brand/pipe nav/newsletter button/section/title/agency byline/'dd mmm yyyy · HH:MM'/caption 'Fotografia: ...'/body with 'Leia Também:'/share/comments/login prompt/app pitch/copyright",
    notes="The byline is the agency alone ('Lusa'): organization Lusa, no author. The portal's brand is shown only as masthead chrome (publisher null, publisher_name from it). Complete story (truncated=false).")

# 10. sv: editor-written summary aggregator (Omni-like): brand, dot nav, login, section, stamp
#     'kl 14.32', caption 'Bild: Name/TT', summary naming the source in the text, dash quote,
#     fact box heading + bullets, 'Läs mer hos <källa>' links, neutrality line, newsletter pitch.
page("samlat-sv-pagatag-installda", "https://samlat.example/inrikes/pagatag-stalls-in-mellan-lund-och-hassleholm-under-tre-veckor/a/Kq7Lm2", "samlat", [
    "C|Samlat",
    "C|Nyheter · Inrikes · Utrikes · Ekonomi · Sport · Samlat Plus",
    "C|Logga in",
    "H|Inrikes",
    "T|Pågatåg ställs in mellan Lund och Hässleholm under tre veckor",
    "H|Publicerad 7 dec 2026 kl 14.32",
    "H|Ett pågatåg på väg in mot Lund central. Bild: Johan Nilsson/TT",
    "P|Skånetrafiken ställer in omkring 40 avgångar per dag mellan Lund och Hässleholm i januari, när Trafikverket byter spår och växlar på sträckan, skriver Sydsvenska Posten.",
    "B|Ersättningsbussar ska gå var trettionde minut, men resenärer får räkna med upp till 45 minuter längre restid.",
    "B|– Vi vet att det här blir tufft för alla som pendlar, säger Skånetrafikens presschef Malin Bergkvist till tidningen.",
    "B|Trafikverket räknar med att arbetet ger färre signalfel på sträckan, som i dag hör till de mest försenade i Skåne.",
    "B|Fakta: Banarbetet",
    "B|• 8–29 januari",
    "B|• Berör pågatåg och Öresundståg mellan Lund och Hässleholm",
    "B|• Biljetterna gäller även på ersättningsbussarna",
    "C|Läs mer hos Sydsvenska Posten",
    "C|Läs mer hos Skånska Kvällsbladet",
    "C|Samlat är politiskt obundet. Vi sammanfattar nyheter från hundratals källor och länkar alltid till originalet.",
    "C|Dela artikeln",
    "C|Relaterat",
    "C|Trafikverket: Dubbelspår till Hässleholm tidigast 2031",
    "C|Få Samlat Morgon i din inkorg – gratis varje vardag",
    "C|Prenumerera",
], publisher_name="Samlat", section="Inrikes",
    captions=[{"text": "Ett pågatåg på väg in mot Lund central.", "credit": "Johan Nilsson/TT", "position": "header"}],
    truncated=False, lang="sv", site_kind="aggregator_summary",
    header_pattern="samlat:brand/dot nav/login/section/title/'Publicerad d mmm yyyy kl HH.MM'/caption 'Bild: Name/TT'/summary body with dash quote and fact box/'Läs mer hos <källa>' links/neutrality note/share/related/newsletter pitch",
    notes="The aggregator writes its own summary and names its sources inside the text ('skriver Sydsvenska Posten') and in 'Läs mer hos' links (chrome): no source line, no byline, publisher null with the aggregator as publisher_name. The fact-box heading and its bullets are body. Complete summary (truncated=false).")

# 11. zh-HK: Hong Kong news portal: brand, pipe nav, app pitch, section, title with a space
#     between clauses, publisher, date with weekday in brackets, '記者：' byline, caption with a
#     '（Name攝）' credit, inline '延伸閱讀：', subheading, Cantonese quote; cut at 2,000 bytes.
page("gongmanwui-zhhk-tuen-mun-interchange", "https://www.gongmanwui.example/hk/article/20261207/news/20261207-tuen-mun-road-interchange-0419", "gongmanwui", [
    "C|港聞匯",
    "C|首頁 | 港聞 | 兩岸 | 國際 | 財經 | 娛樂 | 體育",
    "C|下載App 即時推送",
    "H|港聞",
    "T|屯門公路轉車站明年三月啟用 逾二十條巴士線可免費轉乘",
    "H|香江晨報",
    "H|2026年12月7日（星期一）10:25",
    "H|記者：陳嘉欣",
    "H|屯門公路轉車站工程已進入最後階段。（黃子朗攝）",
    "P|運輸署昨日（6日）宣布，位於屯門公路近汀九的轉車站將於明年三月啟用，屆時來往屯門、元朗與九龍及港島的二十多條巴士線，乘客可在站內下車後於指定時間內免費轉乘另一條路線。",
    "B|運輸署發言人表示，轉車站分上下兩層，共設十二個上落客位，並以升降機及行人天橋連接兩邊行車線，方便長者及輪椅使用者。",
    "B|新安排下，乘客於第一程下車後九十分鐘內轉乘第二程，可獲全額車資回贈；如第二程車資較高，只需補回差額。",
    "C|延伸閱讀：屯馬綫明年加密班次 繁忙時間每兩分半鐘一班",
    "B|居民盼縮短候車時間",
    "B|住在屯門兆康、每日往返旺角上班的李先生表示，現時晚上十一時後往往要等半小時才有車，「如果可以喺轉車站換車，應該會快好多。」",
    "B|運輸署表示，現時途經屯門公路的巴士線中，約有三分之一在非繁忙時間班次疏落，轉車站啟用後部分路線或會重組，詳情會在明年初諮詢區議會。",
    "B|屯門區議員何志強則認為，轉車站位置遠離民居，當局應加強夜間照明及保安，並在站內提供實時到站資訊，避免乘客在寒冬或暴雨中長時間等候。他又建議運輸署檢討部分長途路線的班次，確保轉車站啟用後乘客不會因轉車而延長整體車程，並應在站內設置足夠座位及洗手間，照顧長途乘客的需要。另外，有巴士公司表示，會在轉車站啟用首三個月安排職員在站內協助乘客，並派發路線資料單張。區內關注團體亦計劃在明年一月舉辦居民大會，收集意見後再向當局反映。",
], publisher="香江晨報", section="港聞", byline_raw="記者：陳嘉欣", authors=["陳嘉欣"],
    captions=[{"text": "屯門公路轉車站工程已進入最後階段。", "credit": "黃子朗", "position": "header"}],
    truncated=None, cut=True, lang="zh-HK", site_kind="aggregator_portal",
    header_pattern="gongmanwui:brand/pipe nav/app pitch/section/title/publisher/'yyyy年m月d日（星期X）HH:MM'/'記者：Name'/caption '（Name攝）'/body with '延伸閱讀：' and subheading/cut",
    notes="Caption credit: the photographer's name inside the bracketed '（黃子朗攝）' ('攝' = 'photographed by'), without the suffix. The subheading '居民盼縮短候車時間' is body. Cut by the 2,000-byte limit inside the last paragraph (truncated=null).")

# 12. ur (RTL): Pakistani news portal/app reader: brand, pipe nav, app pitch, section, title with
#     city prefix, 'ویب ڈیسک' desk byline (no person), date with 'شام', caption '(فوٹو: اے پی پی)',
#     '(اے پی پی)' agency dateline, inline 'یہ بھی پڑھیں', app wall for the full story.
page("khabarnagar-ur-orange-line", "https://www.khabarnagar.example/pakistan/lahore-orange-line-timings-extended-48213", "khabarnagar", [
    "C|خبر نگر",
    "C|صفحۂ اول | پاکستان | دنیا | کھیل | کاروبار | شوبز",
    "C|ایپ ڈاؤن لوڈ کریں",
    "H|پاکستان",
    "T|لاہور: اورنج لائن میٹرو ٹرین اب رات 11 بجے تک چلے گی",
    "H|ویب ڈیسک",
    "H|شائع 07 دسمبر 2026 09:15 شام",
    "H|اورنج لائن میٹرو ٹرین کا ایک اسٹیشن۔ (فوٹو: اے پی پی)",
    "P|لاہور (اے پی پی) ماس ٹرانزٹ اتھارٹی نے اورنج لائن میٹرو ٹرین کے اوقات کار میں توسیع کر دی ہے، پیر سے ٹرین صبح 7 بجے سے رات 11 بجے تک چلے گی۔",
    "B|اتھارٹی کے ترجمان کے مطابق یہ فیصلہ شام کے اوقات میں مسافروں کے بڑھتے ہوئے رش کے پیش نظر کیا گیا ہے۔",
    "C|یہ بھی پڑھیں: کراچی میں گرین لائن بس کے کرایوں میں اضافہ",
    "B|ترجمان نے بتایا کہ رات 9 بجے کے بعد ٹرینیں ہر 10 منٹ بعد روانہ ہوں گی جبکہ کرایہ 40 روپے ہی رہے گا۔",
    "B|شہریوں نے فیصلے کا خیرمقدم کیا ہے۔ انارکلی کے ایک دکاندار محمد عارف نے کہا کہ اب دکان بند کرنے کے بعد گھر جانا آسان ہو گا۔",
    "C|مکمل خبر پڑھنے کے لیے خبر نگر ایپ ڈاؤن لوڈ کریں",
    "C|شیئر کریں: فیس بک | واٹس ایپ | ایکس",
    "C|متعلقہ خبریں",
    "C|لاہور میں دھند، موٹروے کئی مقامات پر بند",
    "C|© 2026 خبر نگر۔ جملہ حقوق محفوظ ہیں۔",
], publisher_name="خبر نگر", section="پاکستان", byline_raw="ویب ڈیسک", organization="اے پی پی",
    captions=[{"text": "اورنج لائن میٹرو ٹرین کا ایک اسٹیشن۔", "credit": "اے پی پی", "position": "header"}],
    truncated=True, lang="ur", site_kind="aggregator_app_mirror",
    header_pattern="khabarnagar:brand/pipe nav/app pitch/section/title 'City: ...'/desk byline/'شائع dd month yyyy hh:mm شام'/caption '(فوٹو: ...)'/agency dateline body with 'یہ بھی پڑھیں:'/app wall/share/related/copyright",
    notes="Right-to-left Urdu page. 'ویب ڈیسک' (web desk) is a desk byline with no person (authors empty); the agency APP appears in the dateline '(اے پی پی)' and the caption credit, so organization is APP as written. 'Read the full story in the app' is a wall (truncated=true).")

casegen.write_pages()
