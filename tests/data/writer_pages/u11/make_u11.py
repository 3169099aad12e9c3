"""Build invented long-tail aggregator pages (writer11's round U11: held-out style set).

Each page: lines tagged C| chrome, H| header line, T| title (header), P| first body paragraph,
B| body, '' = blank. Labels derived from the tags plus the explicit fields. Site names, people,
places and article text are made up; layouts follow real reader apps, portals, mirrors, regional
aggregators and syndication widgets.

    python make_u11.py [OUTDIR]   (default: this folder)
"""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
import casegen  # noqa: E402
from casegen import page  # noqa: E402

casegen.NOTE = "Invented page text in the layout of a real long-tail site (writer11's round U11)."
if len(sys.argv) < 2:
    sys.argv.append(str(pathlib.Path(__file__).resolve().parent))

# 1. en-NZ regional aggregator: skip link, region nav run, weather strip, breadcrumb, section label,
#    byline with desk, date, reading tools, header photo with 'Photo /' credit; body with a subhead,
#    a bulleted list and a one-line quote; share row, topic line, newsletter pitch, related cards
#    (headline + source · age), about blurb and copyright.
page("totarawire-en-nz-bridge", "https://totarawire.example.nz/northland/2026/12/09/bridge-closure-kaitaia-school-bus-detour", "totarawire", [
    "C|Skip to main content",
    "C|Tōtara Wire",
    "C|Home  Northland  Auckland  Waikato  Bay of Plenty  Wellington  Canterbury  Otago  More ▾",
    "C|Wed 9 Dec · Whangārei 19° · Fine spells",
    "C|Home › Regions › Northland",
    "H|Northland",
    "T|Bridge closure leaves Pukepoto families facing 22km school bus detour",
    "H|Ngaio Bennett-Rewi, Local Democracy Reporter",
    "H|Northern Advocate Press · 9 Dec, 2026 06:05 AM",
    "C|3 min read",
    "C|Listen",
    "C|Save",
    "H|The Awanui Stream bridge on Pukepoto Rd was closed after engineers found a cracked pier. Photo / Supplied",
    "P|A one-lane bridge on the main road between Pukepoto and Kaitāia has been closed for at least six weeks after a routine inspection found a crack running through one of its concrete piers.",
    "B|About 140 children from the valley travel to schools in town on two buses that use the bridge every weekday.",
    "B|What changes for families",
    "B|The district council says the detour will:",
    "B|• add roughly 22km to each bus trip;",
    "B|• use the sealed section of Te Rore Rd;",
    "B|• run until at least January 25, when a temporary steel span is due.",
    "B|Council infrastructure manager Hemi Pāora said the pier could not be patched safely while traffic was crossing.",
    "B|\"It's not safe. Full stop.\"",
    "B|Parents at a meeting at the marae on Tuesday night asked whether the school holidays could be used to speed up the work. The council said the steel span was being built in Whangārei and could not arrive earlier.",
    "C|Share  Facebook  X  LinkedIn  Email  Copy link",
    "C|Topics: Far North District Council · Roads · School transport",
    "C|Get the Northland Briefing in your inbox every weekday morning. It's free, and you can unsubscribe at any time.",
    "C|More from Northland",
    "C|Kerikeri orchard fined after worker hurt by tractor",
    "C|Northern Advocate Press · 2h ago",
    "C|Rescue helicopter called to Ninety Mile Beach twice in one day",
    "C|Kaitāia Courier · 5h ago",
    "C|About Tōtara Wire: we bring together regional stories from independent publishers across Aotearoa. Stories remain the property of their original publishers.",
    "C|© 2026 Tōtara Wire Ltd. All rights reserved.",
], publisher="Northern Advocate Press", section="Northland",
    byline_raw="Ngaio Bennett-Rewi, Local Democracy Reporter", authors=["Ngaio Bennett-Rewi"],
    captions=[{"text": "The Awanui Stream bridge on Pukepoto Rd was closed after engineers found a cracked pier.", "credit": "Supplied", "position": "header"}],
    truncated=False, lang="en-NZ")

# 2. en-IE reader app web view: open-in-app bar and trial offer above the headline, publisher line,
#    standfirst, byline with correspondent role, date, AI-summary promo with its button, body with
#    Q&A labels and question subheads, cut by a continue-reading marker and a source note.
page("newsnook-en-ie-gp-fees", "https://read.newsnook.example/ie/s/leeside-examiner/gp-visit-card-extended-under-eights-7Hq2Lx", "newsnook", [
    "C|Newsnook",
    "C|Open in app",
    "C|Try Newsnook Plus free for 30 days — every Irish title, one login. Cancel anytime.",
    "C|Start free trial",
    "",
    "H|The Leeside Examiner",
    "T|Free GP visits to be extended to all children under eight from March",
    "H|About 96,000 more children will qualify, but doctors warn some practices are already closed to new patients",
    "H|Síle Ní Bhriain, Health Correspondent",
    "H|Sat 5 Dec 2026 at 07:30",
    "",
    "C|✨ Short on time? Get a 3-point AI summary of this story with Newsnook Plus.",
    "C|Summarise",
    "",
    "P|Children aged six and seven will be able to see a family doctor without paying from March 1st, the Minister for Health has confirmed, extending a scheme that until now has covered only under-sixes.",
    "",
    "B|The change will cost about €19 million in its first full year. Parents will not need to apply: children will be registered by their GP practice.",
    "",
    "B|Who qualifies?",
    "",
    "B|Every child who has not turned eight by the date of the visit, regardless of family income.",
    "",
    "B|Q: Does it cover out-of-hours services?",
    "",
    "B|A: Yes, visits to out-of-hours co-ops are included, as are two free assessments at ages two and five.",
    "",
    "B|Q: What about practices with full lists?",
    "",
    "B|A: The department said it was talking to the Irish College of Family Doctors about",
    "",
    "C|Continue reading on The Leeside Examiner",
    "C|This story comes from our partner The Leeside Examiner. Newsnook shows the opening paragraphs; the full article is on their site.",
], publisher="The Leeside Examiner",
    byline_raw="Síle Ní Bhriain, Health Correspondent", authors=["Síle Ní Bhriain"],
    truncated=True, lang="en-IE")

# 3. de municipal portal with a syndication widget: portal nav run, 'Sie sind hier' breadcrumb,
#    widget provider line above the headline, Dachzeile, agency byline, date, reading time,
#    header caption with 'Foto:' credit; body with a dateline, subhead, short quote line;
#    share row, newsletter pitch in prose, 'Weiterlesen' cut, portal footer links.
page("stadtportal-de-rufbus", "https://www.lindenau-stadtportal.example/nachrichten/region/artikel.php?id=55871&quelle=nond", "lindenau-stadtportal", [
    "C|Stadtportal Lindenau",
    "C|Rathaus & Service | Veranstaltungen | Freizeit & Tourismus | Wirtschaft | Nachrichten",
    "C|Sie sind hier: Startseite › Nachrichten › Region",
    "C|Nachrichten aus der Region – bereitgestellt von NordOst Nachrichtendienst",
    "H|Thüringen",
    "T|Landkreis will Schulbusse am Nachmittag durch Rufbusse ersetzen",
    "H|Von Lena Hartwig, dpa",
    "H|07.12.2026, 14:32 Uhr",
    "C|Lesezeit: 2 Min.",
    "H|Ein Rufbus des Verkehrsverbunds wartet an einer Haltestelle am Ortsrand. Foto: Martin Schuh/dpa",
    "P|Greiz-Süd (dpa/th) - Der Landkreis will die nachmittäglichen Schulbusfahrten in den kleineren Orten ab dem kommenden Schuljahr durch Rufbusse ersetzen, die Eltern und Schüler per App oder Telefon bestellen.",
    "B|Nach Angaben der Kreisverwaltung fahren viele der Linien nach 15 Uhr mit weniger als fünf Fahrgästen. Die Rufbusse sollen zwischen 13 und 18 Uhr im Halbstundentakt verfügbar sein.",
    "B|Was sich für Schüler ändert",
    "B|Morgens bleibt alles wie bisher. Für den Heimweg müssen Fahrten spätestens 30 Minuten vorher angemeldet werden; Dauerbuchungen für die ganze Woche sollen möglich sein.",
    "B|„Das ist kein Sparprogramm.“",
    "B|So formulierte es Landrätin Ulrike Brandl am Montag im Kreistag. Die eingesparten Fahrten sollten in einen dichteren Takt auf den Hauptlinien fließen. Der Elternbeirat kündigte an, das Modell zunächst",
    "C|Teilen: Facebook · WhatsApp · E-Mail · Drucken",
    "C|Sie möchten die wichtigsten Nachrichten aus Thüringen schon beim Frühstück lesen? Dann abonnieren Sie unseren kostenlosen Newsletter „Frühstart“ – einfach E-Mail-Adresse eintragen und loslegen.",
    "C|Weiterlesen bei NordOst Nachrichtendienst →",
    "C|Alle Meldungen aus der Region",
    "C|Impressum | Datenschutz | Barrierefreiheit | Cookie-Einstellungen",
], publisher="NordOst Nachrichtendienst", section="Thüringen",
    byline_raw="Von Lena Hartwig, dpa", authors=["Lena Hartwig"], organization="dpa",
    captions=[{"text": "Ein Rufbus des Verkehrsverbunds wartet an einer Haltestelle am Ortsrand.", "credit": "Martin Schuh/dpa", "position": "header"}],
    truncated=True, lang="de")

# 4. es comarcal portal republishing an agency story: masthead, nav run, search, breadcrumb,
#    breaking-news strip above the headline, standfirst, 'Name | EFE' byline, place | date line,
#    reading time, share row; body with a colon list and an inline agency caption; tag line,
#    comment box, republisher disclaimer, copyright.
page("rumbosur-es-medico-rural", "https://www.rumbosur.example/comarcas/sierra-norte/2026/12/06/unico-medico-valdeolmos-jubila-consulta_118734.html", "rumbosur", [
    "C|RUMBO SUR",
    "C|Portada  Provincia  Comarcas  Deportes  Cultura  Opinión  Hemeroteca",
    "C|Buscar",
    "C|Portada » Comarcas » Sierra Norte",
    "C|ÚLTIMA HORA | Suspendido el mercadillo del jueves en Cazalla Alta por el viento",
    "",
    "T|El único médico de Valdeolmos se jubila y el pueblo se queda sin consulta diaria",
    "H|La localidad tendrá atención dos días por semana hasta que el servicio de salud cubra la plaza",
    "H|Lucía Arjona | EFE",
    "H|Valdeolmos | 06/12/2026 - 18:47h",
    "C|Tiempo de lectura: 3 min",
    "C|Compartir en Facebook  Compartir en X  Enviar por WhatsApp",
    "",
    "P|Los 1.140 vecinos de Valdeolmos se han quedado sin consulta médica diaria tras la jubilación, el pasado viernes, de Andrés Pizarro, el médico de familia que ha atendido el consultorio durante 31 años.",
    "B|El servicio de salud ha reconocido que no ha encontrado sustituto y que la plaza lleva publicada desde septiembre sin candidatos.",
    "B|Las claves del cambio:",
    "B|- Consulta los martes y viernes, de 9.00 a 14.00.",
    "B|- Las recetas crónicas se podrán renovar por teléfono.",
    "B|- Las urgencias se atenderán en el centro de salud de Almendral, a 23 kilómetros.",
    "H|Vecinos de Valdeolmos, ante la puerta del consultorio local. EFE/Paco Ledesma",
    "B|La alcaldesa, Rosario Tena, ha ofrecido una vivienda municipal gratuita a quien acepte la plaza. \"Aquí no falta trabajo, falta gente\", ha dicho.",
    "B|La plataforma vecinal ha convocado una concentración para el próximo domingo frente al ayuntamiento.",
    "",
    "C|Etiquetas: Sanidad · Sierra Norte · Despoblación",
    "C|Comentarios (2)",
    "C|Deja tu comentario",
    "C|Para comentar debes estar registrado. Inicia sesión o regístrate gratis.",
    "C|Normas de participación",
    "C|RUMBO SUR no se hace responsable de las opiniones de los usuarios ni de los contenidos reproducidos de agencias y otros medios, cuya titularidad corresponde a sus autores.",
    "C|© Rumbo Sur Comunicación S.L. 2026 - Aviso legal - Política de cookies",
], publisher=None, publisher_name="Rumbo Sur",
    byline_raw="Lucía Arjona | EFE", authors=["Lucía Arjona"], organization="EFE",
    captions=[{"text": "Vecinos de Valdeolmos, ante la puerta del consultorio local.", "credit": "EFE/Paco Ledesma", "position": "inline"}],
    truncated=False, lang="es")

# 5. fr reader app: icon labels, open-in-app, publisher, title, 'Par' byline, published/updated
#    line, reading time, AI-summary button, hashtag topic line, share row on one line; body with a
#    question subhead and a bulleted list; cut by 'Lire la suite sur', trial offer, related cards.
page("lectorium-fr-ter-bretagne", "https://app.lectorium.example/fr/article/le-phare-de-cornouaille/ter-quimper-brest-retards-hiver-b81f3e20", "lectorium", [
    "C|Menu",
    "C|Lectorium",
    "C|Rechercher",
    "C|Ouvrir dans l'application",
    "H|Le Phare de Cornouaille",
    "T|Quimper-Brest : les TER supprimés jusqu'à Noël pour travaux sur les voies",
    "H|Par Yann Le Goff",
    "H|Publié le 4 décembre 2026 à 18h12, mis à jour à 19h03",
    "C|Temps de lecture : 2 min",
    "C|Résumer avec l'IA",
    "C|#Transports #Finistère #SNCF",
    "C|Partager Facebook X WhatsApp Copier le lien",
    "P|Plus aucun TER ne circulera entre Quimper et Brest en semaine du 7 au 23 décembre : la région remplace les trains par des cars, le temps de changer trois kilomètres de rails près de Châteaulin.",
    "B|Les cars partiront des gares aux horaires habituels des trains, mais le trajet durera environ vingt-cinq minutes de plus.",
    "B|Pourquoi maintenant ?",
    "B|Selon SNCF Réseau, les rails posés en 1987 présentent des fissures qui obligeaient déjà les trains à ralentir à 60 km/h. Trois options avaient été étudiées :",
    "B|• des travaux de nuit, sur quatre mois ;",
    "B|• une fermeture totale pendant l'été ;",
    "B|• trois semaines de fermeture en décembre.",
    "B|La dernière a été retenue parce que la fréquentation baisse avant les fêtes, explique",
    "C|Lire la suite sur Le Phare de Cornouaille",
    "C|Essayez Lectorium Premium gratuitement pendant 7 jours, puis 4,99 € par mois, sans engagement.",
    "C|Ces articles peuvent vous intéresser",
    "C|Brest : le téléphérique à l'arrêt pour sa révision annuelle",
    "C|Le Télégramme du Ponant · il y a 3 h",
    "C|Grève des contrôleurs : le trafic perturbé samedi en Bretagne",
    "C|Le Phare de Cornouaille · il y a 1 j",
], publisher="Le Phare de Cornouaille",
    byline_raw="Par Yann Le Goff", authors=["Yann Le Goff"],
    truncated=True, lang="fr")

casegen.write_pages()
