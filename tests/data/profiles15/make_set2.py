"""Set 2 of profiles15's invented aggregator pages: editions and markets not in set 1 (Yahoo
FR/IT/ES/IN/PH, MSN pt-BR/nl-NL/en-IN/en-US, inkl analysis and live, NewsBreak 2024).
``python make_set2.py [OUTDIR]``."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import casegen as g  # noqa: E402

g.setup("Invented page text in the layout of a real aggregator (profiles15 set 2).",
        str(Path(__file__).resolve().parent / "set2" / "x"))

g.shared_page(
    "inkl-guardian-alt-and-analysis", "https://www.inkl.com/news/why-the-water-regulator-is-losing-patience-with-the-big-utilities",
    "inkl", [*g.INKL_HEAD,
             "H|The Evening Ledger", "H|The Evening Ledger", "H|Environment", "H|Fiona Achterberg Environment correspondent", "",
             "T|Why the water regulator is losing patience with the big utilities", "",
             "H|A sewage outfall pipe on a riverbank",
             "H|Water firms discharged raw sewage into rivers for 3.6m hours last year. Photograph: Gareth Pindar/Alamy", "",
             "P|When the regulator published its annual ratings on Thursday, not one of the nine largest water companies in England was rated as performing well.",
             "",
             "B|Three were placed in the lowest band for the second year running, which opens the way to fines of up to 10% of turnover.",
             "", "C|Download the app", "C|Fourteen days free"],
    site_kind="aggregator", header_pattern="inkl Guardian: pub/pub/section/'Name Role' byline/title/alt/caption Photograph",
    notes="Role glued to the name on the byline line.", lang="en-GB",
    publisher="The Evening Ledger", section="Environment",
    byline_raw="Fiona Achterberg Environment correspondent", authors=["Fiona Achterberg"],
    captions=[{"text": "Water firms discharged raw sewage into rivers for 3.6m hours last year.", "credit": "Gareth Pindar/Alamy"}],
    truncated=False)

g.shared_page(
    "inkl-live-updated-times", "https://www.inkl.com/news/budget-2026-live-chancellor-confirms-fuel-duty-freeze",
    "inkl", [*g.INKL_HEAD,
             "H|The Evening Ledger", "H|The Evening Ledger", "H|Politics", "H|Anand Sethi and Lowri Pask", "",
             "T|Budget 2026 live: chancellor confirms fuel duty freeze for another year", "",
             "C|Updated at 13.42 GMT", "",
             "P|The chancellor has confirmed that fuel duty will be frozen for another 12 months, at a cost of about £3bn to the Treasury.",
             "", "C|Updated at 13.20 GMT", "",
             "B|Opposition MPs are already on their feet, shouting that the freeze will be paid for by cuts elsewhere.",
             "", "C|Sign up to read this article",
             "C|Read news from 100’s of titles, curated specifically for you.",
             "C|Already a member? Sign in here"],
    site_kind="aggregator", header_pattern="inkl live: pub/pub/section/byline/title/'Updated at HH.MM GMT' markers/wall",
    notes="", lang="en-GB", publisher="The Evening Ledger", section="Politics",
    byline_raw="Anand Sethi and Lowri Pask", authors=["Anand Sethi", "Lowri Pask"], truncated=True)

g.shared_page(
    "yahoo-fr-afp", "https://fr.news.yahoo.com/le-tgv-bordeaux-toulouse-retarde-091500321.html",
    "yahoo", ["C|Yahoo Actualités", "C|Rechercher", "C|Se connecter", "C|Actualités  Finance  Sports  Plus",
              "T|La ligne à grande vitesse Bordeaux-Toulouse retardée de deux ans",
              "H|AFP", "H|lun. 7 décembre 2026 à 10:15 UTC+1", "C|1 min de lecture",
              "P|La mise en service de la ligne à grande vitesse entre Bordeaux et Toulouse est repoussée à 2034, a annoncé lundi SNCF Réseau.",
              "C|Publicité",
              "B|Le coût du projet est désormais estimé à 14 milliards d'euros.",
              "C|Voir les commentaires"],
    site_kind="aggregator", header_pattern="yahoo fr: brand/search/sign in/nav/title/provider AFP/date/read",
    notes="", lang="fr", publisher="AFP", organization="AFP", truncated=False)

g.shared_page(
    "yahoo-it-ansa", "https://it.notizie.yahoo.com/nuova-funivia-sul-monte-baldo-083000412.html",
    "yahoo", ["C|Yahoo Notizie", "C|Cerca", "C|Accedi", "C|Notizie  Finanza  Sport  Altro",
              "T|Nuova funivia sul Monte Baldo, cantiere al via in primavera",
              "H|ANSA", "H|lun 7 dicembre 2026, 09:30 CET", "C|1 min di lettura",
              "P|(ANSA) - VERONA, 07 DIC - Partiranno in primavera i lavori per la nuova funivia che collegherà Malcesine alla cima del Monte Baldo.",
              "C|Pubblicità",
              "B|L'investimento complessivo è di 38 milioni di euro.",
              "C|Visualizza commenti"],
    site_kind="aggregator", header_pattern="yahoo it: brand/search/sign in/nav/title/provider ANSA/date/read",
    notes="", lang="it", publisher="ANSA", organization="ANSA", truncated=False)

g.shared_page(
    "yahoo-es-europa", "https://es.noticias.yahoo.com/metro-sevilla-linea-3-obras-101500553.html",
    "yahoo", ["C|Yahoo Noticias", "C|Buscar", "C|Iniciar sesión", "C|Noticias  Finanzas  Deportes  Más",
              "T|El metro de Sevilla adjudica las obras del primer tramo de la línea 3",
              "H|Europa Sur Press", "H|lun, 7 de diciembre de 2026, 11:15 a. m. CET", "C|2 min de lectura",
              "P|La Junta de Andalucía ha adjudicado este lunes las obras del primer tramo de la línea 3 del metro de Sevilla por 210 millones de euros.",
              "C|Publicidad",
              "B|Las obras durarán 40 meses y afectarán al tráfico de la Ronda Histórica.",
              "C|Ver comentarios"],
    site_kind="aggregator", header_pattern="yahoo es: brand/search/sign in/nav/title/provider/date/read",
    notes="", lang="es", publisher="Europa Sur Press", truncated=False)

g.shared_page(
    "yahoo-in-pti", "https://in.news.yahoo.com/metro-phase-4-corridor-trial-runs-064500218.html",
    "yahoo", ["C|Yahoo News India", "C|Search", "C|Sign in", "C|News · Finance · Cricket · Entertainment",
              "T|Metro's phase 4 corridor to begin trial runs next month",
              "H|PTI", "H|Mon, 7 December 2026 at 12:15 pm IST", "C|1 min read",
              "P|New Delhi, Dec 7 (PTI) Trial runs on the Delhi Metro's new 12-km corridor between Majlis Park and Maujpur will begin in January, officials said on Monday.",
              "B|The corridor has eight stations, four of them interchanges.",
              "C|Advertisement",
              "B|Passenger services are expected to start by March after safety clearance.",
              "C|Trending now"],
    site_kind="aggregator", header_pattern="yahoo in: brand/search/sign in/nav/title/provider PTI/date/read/'(PTI)' dateline",
    notes="", lang="en-IN", publisher="PTI", organization="PTI", truncated=False)

g.shared_page(
    "msn-ptbr-historia-de", "https://www.msn.com/pt-br/noticias/brasil/nova-ponte-do-guaiba-tem-inauguracao-adiada/ar-AA1xT4pQ",
    "msn", ["C|Microsoft Start", "C|Entrar", "C|Notícias  Clima  Esportes  Dinheiro",
            "H|Correio do Sul", "C|Seguir", "H|História de Mariana Kuhn • 7 h", "C|2 min de leitura",
            "T|Nova ponte do Guaíba tem inauguração adiada para março",
            "H|A ponte vista da margem de Eldorado do Sul. © Correio do Sul",
            "P|A inauguração da nova ponte sobre o lago Guaíba, em Porto Alegre, foi adiada para março, informou nesta segunda-feira o Ministério dos Transportes.",
            "C|Publicidade",
            "B|A obra custou R$ 1,1 bilhão e está 96% concluída, segundo o governo.",
            "C|Conteúdo relacionado", "C|Trensurb amplia horário nos fins de semana", "C|Correio do Sul • 1 d"],
    site_kind="aggregator", header_pattern="msn pt-br: brand/Entrar/nav/pub/Seguir/História de/read/title/caption ©/Publicidade/related rail",
    notes="", lang="pt-BR", publisher="Correio do Sul", authors=["Mariana Kuhn"],
    byline_raw="História de Mariana Kuhn • 7 h",
    captions=[{"text": "A ponte vista da margem de Eldorado do Sul.", "credit": "Correio do Sul"}],
    truncated=False)

g.shared_page(
    "msn-nlnl-verhaal-van", "https://www.msn.com/nl-nl/nieuws/binnenland/nieuwe-fietstunnel-onder-het-ij-later-klaar/ar-AA1xU8mN",
    "msn", ["C|Microsoft Start", "C|Aanmelden", "C|Nieuws  Weer  Sport  Geld",
            "H|Dagblad Noordkant", "C|Volgen", "H|Verhaal van Sanne de Wit • 4 u", "C|1 min gelezen",
            "T|Nieuwe fietstunnel onder het IJ een jaar later klaar",
            "P|De fietstunnel onder het IJ tussen Amsterdam-Noord en het Centraal Station is pas in 2029 klaar, een jaar later dan gepland.",
            "C|Advertentie",
            "B|De gemeente wijt de vertraging aan problemen met de bodem.",
            "C|Meer voor jou", "C|Pont naar NDSM krijgt extra afvaarten", "C|Dagblad Noordkant • 2 d"],
    site_kind="aggregator", header_pattern="msn nl-nl: brand/Aanmelden/nav/pub/Volgen/Verhaal van/read/title/Advertentie/rail",
    notes="", lang="nl", publisher="Dagblad Noordkant", authors=["Sanne de Wit"],
    byline_raw="Verhaal van Sanne de Wit • 4 u", truncated=False)

g.shared_page(
    "msn-enin-agency-story", "https://www.msn.com/en-in/news/india/coastal-road-second-phase-opens-to-traffic/ar-AA1xV2cD",
    "msn", ["C|Microsoft Start", "C|Sign in", "C|News  Weather  Cricket  Money",
            "H|Bombay Herald", "C|Follow", "H|Story by PTI • 2h", "C|1 min read",
            "T|Coastal road's second phase opens to traffic in Mumbai",
            "P|Mumbai, Dec 7 (PTI) The second phase of Mumbai's coastal road, linking Worli to Bandra, was opened to traffic on Monday, civic officials said.",
            "C|Advertisement",
            "B|The 4.5-km stretch is expected to cut travel time between the two suburbs to under ten minutes.",
            "C|Continue Reading", "C|More for You", "C|Monorail services suspended for maintenance", "C|Bombay Herald • 5h"],
    site_kind="aggregator", header_pattern="msn en-in: brand/sign in/nav/pub/Follow/'Story by PTI'/read/title/dateline body/rail",
    notes="Agency byline: organization PTI, no author. 'Continue Reading' ends MSN's teaser"
    " (truncated, as in u14's German MSN page).", lang="en-IN", publisher="Bombay Herald",
    byline_raw="Story by PTI • 2h", organization="PTI", truncated=True)

g.shared_page(
    "newsbreak-2024-no-byline", "https://www.newsbreak.com/dayton-oh/4112233445566-county-fair-board-moves-demolition-derby-to-friday",
    "newsbreak", ["C|Open in App", "C|  • Local", "C|  • Sports", "C|  • Weather", "C|  • Crime", "C|  • Newsletter",
                  "H|  • Miami Valley Courier", "",
                  "T|    County fair board moves demolition derby to Friday night", "",
                  "H|    Dec 5, 2026", "",
                  "C|    https://img.particlenews.example/image.php?url=0Ab3Cd_0qW2eR4t", "",
                  "P|    The Montgomery County fair board voted Thursday to move next summer's demolition derby from Sunday afternoon to Friday night.",
                  "", "B|    Board members said Friday crowds were larger and the change would free the grandstand for a concert.",
                  "", "C|Comments", "C|Most Popular", "C|Kettering opens new splash pad at Delco Park"],
    site_kind="aggregator", header_pattern="newsbreak 2024: Open in App/nav bullets/•publisher/title/date/image URL/body/comments",
    notes="No byline.", lang="en-US", publisher="Miami Valley Courier", truncated=False)

g.write_pages()
