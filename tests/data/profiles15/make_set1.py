"""Set 1 of profiles15's invented aggregator pages (inkl, Yahoo editions, MSN markets,
NewsBreak) in layouts the profiles were not tuned on. ``python make_set1.py [OUTDIR]``."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import casegen as g  # noqa: E402

g.setup("Invented page text in the layout of a real aggregator (profiles15 set 1).",
        str(Path(__file__).resolve().parent / "set1" / "x"))

g.shared_page(
    "inkl-a-mirror-role-line", "https://d33gy59ovltp76.cloudfront.net/news/ferry-operator-fined-over-cancelled-winter-crossings",
    "inkl", [*g.INKL_HEAD,
             "H|The Harbour Post", "H|The Harbour Post", "H|Business", "H|Marguerite Oyelaran",
             "H|Transport Correspondent", "", "T|Ferry operator fined £2.4m over cancelled winter crossings", "",
             "H|(PA Archive)", "",
             "P|The operator of the Solent's busiest car ferry has been fined £2.4m after cancelling almost a fifth of its winter crossings without notice, the regulator said on Thursday.",
             "",
             "B|Passengers were left stranded at both ports on 38 days between November and February, according to the ruling.",
             "",
             "B|The company said it would not appeal and had already hired extra engineers for its ageing fleet.",
             "", "C|Related Stories", "C|Top stories on inkl right now", "C|Our Picks", "C|Download the app"],
    site_kind="aggregator", header_pattern="inkl mirror: pub/pub/section/byline/role line/title/credit-only",
    notes="Role line under the byline is a header line.", lang="en-GB",
    publisher="The Harbour Post", section="Business", byline_raw="Marguerite Oyelaran",
    authors=["Marguerite Oyelaran"],
    captions=[{"text": None, "credit": "PA Archive"}], truncated=False)

g.shared_page(
    "inkl-b-live-two-shifts-wall", "https://www.inkl.com/news/storm-edda-live-rail-lines-closed-as-gusts-top-90mph",
    "inkl", [*g.INKL_HEAD,
             "H|The Northern Chronicle", "H|The Northern Chronicle", "H|UK news",
             "H|Isla McCrindle (now) and Peter Dunmore (earlier)", "",
             "T|Storm Edda live: rail lines closed across Scotland as gusts top 90mph", "",
             "H|Fallen tree on a rail line",
             "H|A tree across the tracks near Stirling on Friday morning. Photograph: Euan Baird/PA", "",
             "C|Key events", "",
             "P|Network Rail has closed every line north of Perth until at least midday, with engineers unable to reach several blocked sections safely.",
             "", "C|Updated", "",
             "B|More than 40,000 homes are without power in Aberdeenshire and Moray, the electricity network says.",
             "", "C|Sign up to read this article",
             "C|Read news from 100’s of titles, curated specifically for you.",
             "C|Already a member? Sign in here"],
    site_kind="aggregator", header_pattern="inkl live: pub/pub/section/byline (now)(earlier)/title/alt/caption Photograph/Key events/Updated/wall",
    notes="Live blog behind the sign-up wall.", lang="en-GB",
    publisher="The Northern Chronicle", section="UK news",
    byline_raw="Isla McCrindle (now) and Peter Dunmore (earlier)",
    authors=["Isla McCrindle", "Peter Dunmore"],
    captions=[{"text": "A tree across the tracks near Stirling on Friday morning.", "credit": "Euan Baird/PA"}],
    truncated=True)

g.shared_page(
    "inkl-c-agency-no-byline", "https://www.inkl.com/news/rice-exporters-expect-record-shipments-as-monsoon-returns",
    "inkl", [*g.INKL_HEAD,
             "H|Gulf Morning Star", "H|Gulf Morning Star", "H|Business", "",
             "T|Rice exporters expect record shipments as monsoon rains return", "",
             "P|BANGKOK: Thai rice exporters expect shipments to reach a record 10.5 million tonnes next year as monsoon rains refill reservoirs in the central plains, the exporters' association said on Monday.",
             "",
             "B|Prices for white rice fell 4% over the past month as farmers began harvesting the main crop early.",
             "", "C|Download the app", "C|One app. One membership.", "C|100+ trusted global sources."],
    site_kind="aggregator", header_pattern="inkl: pub/pub/section/title/agency dateline body",
    notes="No byline, no caption.", lang="en",
    publisher="Gulf Morning Star", section="Business", truncated=False)

g.shared_page(
    "yahoo-uk-provider-image-credit", "https://uk.news.yahoo.com/cathedral-spire-scaffolding-removed-091533482.html",
    "yahoo", ["C|Yahoo News UK", "C|Search the web", "C|Sign in", "C|Mail", "C|News  Sport  Finance  Weather  More",
              "T|Cathedral spire revealed after scaffolding comes down following 6-year repair",
              "H|The Wessex Echo", "H|Gemma Hollis", "H|Sat, 5 December 2026 at 8:30 am GMT", "C|2 min read",
              "H|The spire had been hidden behind scaffolding since 2020. (Image: Wessex Echo)",
              "P|The spire of Salisbury's cathedral can be seen in full for the first time in six years after the last of its scaffolding was taken down this week.",
              "C|Advertisement",
              "B|Stonemasons replaced more than 900 blocks of limestone during the £6.5m project, the cathedral said.",
              "C|Story continues",
              "B|A service of thanks for the masons will be held in the nave on Sunday.",
              "C|Recommended Stories", "C|Bus lane cameras to be switched on next month"],
    site_kind="aggregator", header_pattern="yahoo uk: brand/search/sign in/mail/nav/title/provider/author/date/read/caption",
    notes="", lang="en-GB", publisher="The Wessex Echo", authors=["Gemma Hollis"], byline_raw="Gemma Hollis",
    captions=[{"text": "The spire had been hidden behind scaffolding since 2020.", "credit": "Wessex Echo"}],
    truncated=False)

g.shared_page(
    "yahoo-ca-canadian-press", "https://ca.news.yahoo.com/snowmobile-trail-permits-sell-out-181204559.html",
    "yahoo", ["C|Yahoo News Canada", "C|Search", "C|Sign in", "C|News · Finance · Sports · Weather",
              "T|Snowmobile trail permits sell out in days as northern Ontario clubs report early snow",
              "H|The Canadian Press", "H|By Marc-André Lafleur", "H|Mon, December 7, 2026 at 1:12 p.m. EST",
              "C|1 min read",
              "P|SUDBURY, Ont. — Seasonal trail permits for northern Ontario's snowmobile network sold out within four days, the provincial federation said Monday.",
              "B|The federation printed 42,000 permits this year, up from 38,000 last season.",
              "C|Advertisement",
              "B|Volunteers have groomed about a third of the 30,000 kilometres of trails so far.",
              "C|View comments"],
    site_kind="aggregator", header_pattern="yahoo ca: brand/search/sign in/dot nav/title/provider/By name/date/read",
    notes="The Canadian Press is the provider; the byline names no agency.", lang="en-CA",
    publisher="The Canadian Press", authors=["Marc-André Lafleur"], byline_raw="By Marc-André Lafleur",
    truncated=False)

g.shared_page(
    "yahoo-de-dpa", "https://de.nachrichten.yahoo.com/strassenbahn-nach-wilhelmsburg-kommt-2031-101500231.html",
    "yahoo", ["C|Yahoo Nachrichten", "C|Suche", "C|Anmelden", "C|Nachrichten  Finanzen  Sport  Wetter",
              "T|Straßenbahn nach Wilhelmsburg soll 2031 fahren",
              "H|dpa", "H|Mo., 7. Dezember 2026 um 10:15 AM UTC+1", "C|1 Min. Lesezeit",
              "P|Hamburg (dpa) - Die geplante Straßenbahnlinie über die Elbbrücken nach Wilhelmsburg soll 2031 in Betrieb gehen.",
              "B|Das teilte die Verkehrsbehörde am Montag mit. Die Kosten werden auf rund 480 Millionen Euro geschätzt.",
              "C|Werbung",
              "B|Der Bund soll drei Viertel der Summe übernehmen.",
              "C|Kommentare anzeigen"],
    site_kind="aggregator", header_pattern="yahoo de: brand/search/sign in/nav/title/provider dpa/date/read",
    notes="dpa named in the dateline: organization.", lang="de",
    publisher="dpa", organization="dpa", truncated=False)

g.shared_page(
    "msn-engb-story-by-provided", "https://www.msn.com/en-gb/news/uknews/canal-towpath-to-close-for-six-months-for-bank-repairs/ar-AA1xQ7pL",
    "msn", ["C|Microsoft Start", "C|Sign in", "C|News  Weather  Sport  Money",
            "H|Midland Courier", "C|Follow", "H|Story by Oliver Brandt • 5h", "C|2 min read",
            "T|Canal towpath to close for six months for bank repairs",
            "H|The towpath near Gas Street Basin. © Provided by Midland Courier",
            "P|A two-mile stretch of canal towpath in Birmingham will close for six months from January while engineers rebuild a collapsing bank.",
            "C|Advertisement",
            "B|Cyclists and walkers will be diverted along nearby streets, the canal trust said.",
            "C|More for You", "C|Bus drivers vote to strike over new rota", "C|Midland Courier • 1d"],
    site_kind="aggregator", header_pattern="msn en-gb: brand/sign in/nav/pub/Follow/Story by/read/title/caption ©Provided by/body/Advertisement/More for You rail",
    notes="", lang="en-GB", publisher="Midland Courier", authors=["Oliver Brandt"],
    byline_raw="Story by Oliver Brandt • 5h",
    captions=[{"text": "The towpath near Gas Street Basin.", "credit": "Midland Courier"}],
    truncated=False)

g.shared_page(
    "msn-itit-storia-di", "https://www.msn.com/it-it/notizie/italia/nuovo-ponte-sul-brenta-aperto-al-traffico/ar-AA1xR2kT",
    "msn", ["C|Microsoft Start", "C|Accedi", "C|Notizie  Meteo  Sport  Denaro",
            "H|Gazzetta Veneta", "C|Segui", "H|Storia di Chiara Benetton • 3 h", "C|1 min di lettura",
            "T|Nuovo ponte sul Brenta aperto al traffico dopo due anni di lavori",
            "H|Il nuovo ponte visto dall'argine. © Gazzetta Veneta",
            "P|Il nuovo ponte sul Brenta tra Bassano e Cartigliano è stato aperto al traffico sabato mattina, con tre mesi di ritardo rispetto al programma.",
            "C|Pubblicità",
            "B|L'opera è costata 14 milioni di euro, finanziati in gran parte dalla Regione.",
            "C|Contenuti correlati", "C|Vicenza, chiude per lavori la stazione dei bus", "C|Gazzetta Veneta • 2 g"],
    site_kind="aggregator", header_pattern="msn it-it: brand/Accedi/nav/pub/Segui/Storia di/read/title/caption ©/Pubblicità/related rail",
    notes="", lang="it", publisher="Gazzetta Veneta", authors=["Chiara Benetton"],
    byline_raw="Storia di Chiara Benetton • 3 h",
    captions=[{"text": "Il nuovo ponte visto dall'argine.", "credit": "Gazzetta Veneta"}],
    truncated=False)

g.shared_page(
    "msn-eses-historia-de", "https://www.msn.com/es-es/noticias/espana/el-tranvia-de-zaragoza-amplia-horario-en-navidad/ar-AA1xS9vB",
    "msn", ["C|Microsoft Start", "C|Iniciar sesión", "C|Noticias  El tiempo  Deportes  Dinero",
            "H|Heraldo del Ebro", "C|Seguir", "H|Historia de Lucía Garcés • 8 h", "C|1 min de lectura",
            "T|El tranvía de Zaragoza amplía su horario durante las fiestas de Navidad",
            "P|El tranvía de Zaragoza circulará hasta las dos de la madrugada los viernes y sábados de diciembre, anunció este lunes el Ayuntamiento.",
            "C|Publicidad",
            "B|La frecuencia será de diez minutos a partir de las once de la noche.",
            "C|Contenido relacionado", "C|Los autobuses nocturnos estrenan dos líneas", "C|Heraldo del Ebro • 3 d"],
    site_kind="aggregator", header_pattern="msn es-es: brand/Iniciar sesión/nav/pub/Seguir/Historia de/read/title/body/Publicidad/related rail",
    notes="", lang="es", publisher="Heraldo del Ebro", authors=["Lucía Garcés"],
    byline_raw="Historia de Lucía Garcés • 8 h", truncated=False)

g.shared_page(
    "newsbreak-2022-two-publisher-lines", "https://www.newsbreak.com/news/3301245567812-county-approves-new-animal-shelter-site",
    "newsbreak", ["C|ContributorsPublishersAdvertisers", "H|Salem, OR",
                  "T|County approves site for new animal shelter near fairgrounds",
                  "H|By Dana Whitcombe", "H|Willamette Courier", "H|Willamette Courier", "C|2 days ago",
                  "C|https://img.particlenews.example/image.php?url=1Kd9Qz_0zA1bC2d",
                  "P|Marion County commissioners on Wednesday approved a 6-acre site next to the fairgrounds for a new animal shelter, replacing a building that flooded twice last winter.",
                  "B|Construction is expected to start in spring and cost about $11 million.",
                  "C|Comments", "C|Related", "C|Keizer council delays vote on sidewalk fees", "C|Keizer Times", "C|5 hours ago"],
    site_kind="aggregator", header_pattern="newsbreak 2022: nav/location section/title/By/pub x2/age/image/body/related",
    notes="", lang="en-US", publisher="Willamette Courier", section="Salem, OR",
    authors=["Dana Whitcombe"], byline_raw="By Dana Whitcombe", truncated=False)

g.write_pages()
