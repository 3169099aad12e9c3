"""Set 8 of profiles15's invented aggregator pages: MSN fr-CA and de-CH, Yahoo NZ and
Canada in French, NewsBreak 2022 with a topic section, inkl with a two-line caption credit.
``python make_set8.py [OUTDIR]``."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import casegen as g  # noqa: E402

g.setup("Invented page text in the layout of a real aggregator (profiles15 set 8).",
        str(Path(__file__).resolve().parent / "set8" / "x"))

g.shared_page(
    "msn-frca-la-presse-canadienne", "https://www.msn.com/fr-ca/nouvelles/quebec/le-tramway-de-quebec-obtient-son-financement/ar-AA1xZ5hJ",
    "msn", ["C|Microsoft Start", "C|Se connecter", "C|Nouvelles  Météo  Sports  Argent",
            "H|Le Soleil de la Capitale", "C|Suivre", "H|Histoire de La Presse Canadienne • 5 h", "C|1 min de lecture",
            "T|Le tramway de Québec obtient son financement fédéral",
            "P|QUÉBEC — Ottawa versera 2,4 milliards de dollars pour le tramway de Québec, a annoncé lundi le ministre fédéral des Transports.",
            "C|Publicité",
            "B|Les travaux de la plateforme doivent commencer au printemps.",
            "C|Contenu similaire", "C|Le pont de l'île d'Orléans en chantier jusqu'en 2028", "C|Le Soleil de la Capitale • 1 j"],
    site_kind="aggregator", header_pattern="msn fr-ca: brand/Se connecter/nav/pub/Suivre/'Histoire de La Presse Canadienne'/read/title/rail",
    notes="Agency byline: organization La Presse Canadienne, no author.", lang="fr-CA",
    publisher="Le Soleil de la Capitale", byline_raw="Histoire de La Presse Canadienne • 5 h",
    organization="La Presse Canadienne", truncated=False)

g.shared_page(
    "msn-dech-geschichte-von", "https://www.msn.com/de-ch/nachrichten/schweiz/neue-s-bahn-linie-nach-winterthur/ar-AA1xZ6kL",
    "msn", ["C|Microsoft Start", "C|Anmelden", "C|Nachrichten  Wetter  Sport  Finanzen",
            "H|Zürcher Abendpost", "C|Folgen", "H|Geschichte von Reto Ammann • 2 Std.", "C|1 Min. Lesezeit",
            "T|Neue S-Bahn-Linie nach Winterthur ab Dezember 2027",
            "H|Ein Zug im Bahnhof Winterthur. © Zürcher Abendpost/Silvan Egli",
            "P|Ab dem Fahrplanwechsel im Dezember 2027 fährt eine neue S-Bahn-Linie im Viertelstundentakt zwischen Zürich und Winterthur.",
            "C|Werbung",
            "B|Die Fahrzeit verkürzt sich um sechs Minuten.",
            "C|Mehr für Sie", "C|Hardbrücke wird saniert", "C|Zürcher Abendpost • 3 T."],
    site_kind="aggregator", header_pattern="msn de-ch: brand/Anmelden/nav/pub/Folgen/Geschichte von/read/title/caption ©/Werbung/rail",
    notes="", lang="de-CH", publisher="Zürcher Abendpost", authors=["Reto Ammann"],
    byline_raw="Geschichte von Reto Ammann • 2 Std.",
    captions=[{"text": "Ein Zug im Bahnhof Winterthur.", "credit": "Zürcher Abendpost/Silvan Egli"}],
    truncated=False)

g.shared_page(
    "yahoo-nz-provider", "https://nz.news.yahoo.com/ferry-timetable-cut-over-crew-shortage-221500774.html",
    "yahoo", ["C|Yahoo News New Zealand", "C|Search", "C|Sign in", "C|News · Sport · Finance · Lifestyle",
              "T|Interisland ferry timetable cut over summer as crew shortage bites",
              "H|Harbour City Times", "H|Aroha Tupaea", "H|Tue, 8 December 2026 at 11:15 am NZDT", "C|2 min read",
              "P|The interisland ferry operator will run three fewer sailings a day across Cook Strait over summer because it cannot find enough qualified crew.",
              "C|Advertisement",
              "B|About 9,000 bookings will have to be moved.",
              "C|Trending now"],
    site_kind="aggregator", header_pattern="yahoo nz: brand/search/sign in/dot nav/title/provider/author/date/read",
    notes="", lang="en-NZ", publisher="Harbour City Times", authors=["Aroha Tupaea"], byline_raw="Aroha Tupaea",
    truncated=False)

g.shared_page(
    "yahoo-cafr-presse-canadienne", "https://fr-ca.news.yahoo.com/deneigement-montreal-budget-record-153000882.html",
    "yahoo", ["C|Yahoo Actualités", "C|Rechercher", "C|Se connecter", "C|Actualités  Finance  Sports  Plus",
              "T|Déneigement : Montréal adopte un budget record pour l'hiver",
              "H|La Presse Canadienne", "H|Gabrielle Tremblay-Roy", "H|lun. 7 décembre 2026 à 10:30 UTC-5", "C|1 min de lecture",
              "P|MONTRÉAL — La Ville de Montréal consacrera 212 millions de dollars au déneigement cet hiver, un montant record.",
              "C|Publicité",
              "B|La hausse s'explique surtout par le coût des contrats de transport de la neige.",
              "C|Voir les commentaires"],
    site_kind="aggregator", header_pattern="yahoo fr-ca: brand/search/sign in/nav/title/provider/author/date/read",
    notes="", lang="fr-CA", publisher="La Presse Canadienne", authors=["Gabrielle Tremblay-Roy"],
    byline_raw="Gabrielle Tremblay-Roy", truncated=False)

g.shared_page(
    "newsbreak-2022-topic-section", "https://www.newsbreak.com/news/3309911223344-statehouse-passes-broadband-bill",
    "newsbreak", ["C|ContributorsPublishersAdvertisers", "H|Politics",
                  "T|Statehouse passes bill to fund rural broadband towers",
                  "H|By Marisol Quintana", "H|Capitol Ledger", "C| 8 hours ago",
                  "P|The state House voted 71-28 on Tuesday to spend $140 million on broadband towers in rural counties that have no high-speed internet.",
                  "B|The bill now goes to the Senate.",
                  "C|Comments / 3"],
    site_kind="aggregator", header_pattern="newsbreak 2022: nav/topic section/title/By/pub/age/body",
    notes="", lang="en-US", publisher="Capitol Ledger", section="Politics", authors=["Marisol Quintana"],
    byline_raw="By Marisol Quintana", truncated=False)

g.shared_page(
    "inkl-caption-two-credits", "https://www.inkl.com/news/wildfire-smoke-closes-schools-across-the-valley",
    "inkl", [*g.INKL_HEAD,
             "H|The Meridian - US", "H|The Meridian - US", "H|US news", "H|Dara Whitlock in Fresno", "",
             "T|Wildfire smoke closes schools across the San Joaquin valley", "",
             "H|Smoke over Fresno",
             "H|Smoke from the Sierra fire hangs over Fresno on Monday. Photograph: Craig Kohlruss/The Fresno Herald/AP", "",
             "P|Schools across the San Joaquin valley were closed on Monday as smoke from a wildfire in the Sierra Nevada pushed air quality to hazardous levels.",
             "", "B|More than 200,000 students were told to stay home.",
             "", "C|Download the app"],
    site_kind="aggregator", header_pattern="inkl Guardian US: pub/pub/section/'Name in City'/title/alt/caption with a two-part credit",
    notes="", lang="en-US", publisher="The Meridian - US", section="US news", byline_raw="Dara Whitlock in Fresno",
    authors=["Dara Whitlock"],
    captions=[{"text": "Smoke from the Sierra fire hangs over Fresno on Monday.", "credit": "Craig Kohlruss/The Fresno Herald/AP"}],
    truncated=False)

g.write_pages()
