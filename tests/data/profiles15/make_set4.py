"""Set 4 of profiles15's invented aggregator pages: live blogs, agency copy and odd captions
(inkl Independent-like live, inkl agency in the byline list, Yahoo Finance with Reuters, Yahoo
Sports, Yahoo! Japan related links, MSN es-MX agency desk and fr-FR video slot, NewsBreak 2024
with a byline naming its paper). ``python make_set4.py [OUTDIR]``."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import casegen as g  # noqa: E402

g.setup("Invented page text in the layout of a real aggregator (profiles15 set 4).",
        str(Path(__file__).resolve().parent / "set4" / "x"))

g.shared_page(
    "inkl-independent-live-key-points", "https://www.inkl.com/news/heathrow-live-flights-cancelled-after-power-failure",
    "inkl", [*g.INKL_HEAD,
             "H|The Ledger UK", "H|The Ledger UK", "H|News", "H|Priyanka Shah-Dalton", "",
             "T|Heathrow live: hundreds of flights cancelled after power failure at terminal", "",
             "H|(PA Wire)", "",
             "B|Key points", "",
             "B|  • Terminal 3 closed until at least 2pm", "",
             "B|  • Passengers told not to travel to the airport", "",
             "C|Show latest update", "",
             "P|Heathrow has cancelled more than 300 flights after a power failure left Terminal 3 without lighting or baggage systems on Friday morning.",
             "", "C|Sign up to read this article",
             "C|Read news from 100’s of titles, curated specifically for you.",
             "C|Already a member? Sign in here"],
    site_kind="aggregator", header_pattern="inkl Independent live: pub/pub/section/byline/title/credit-only/'Key points'/bullets/'Show latest update'/wall",
    notes="", lang="en-GB", publisher="The Ledger UK", section="News", byline_raw="Priyanka Shah-Dalton",
    authors=["Priyanka Shah-Dalton"], captions=[{"text": None, "credit": "PA Wire"}], truncated=True)

g.shared_page(
    "inkl-byline-list-with-agency", "https://www.inkl.com/news/volcano-ash-grounds-flights-across-java",
    "inkl", [*g.INKL_HEAD,
             "H|The Meridian - US", "H|The Meridian - US", "H|World news", "H|Kate Lindqvist, Rafael Ochoa and agencies", "",
             "T|Volcano ash grounds flights across eastern Java", "",
             "H|Ash cloud over a volcano",
             "H|An ash column rises over the crater on Saturday. Photograph: Andika Pratama/AP", "",
             "P|Airports across eastern Java closed on Saturday after a volcano sent a column of ash 6km into the sky, forcing the cancellation of more than 120 flights.",
             "",
             "B|Authorities raised the alert to the highest level and told villagers within 7km of the crater to leave.",
             "", "C|Related Stories", "C|Download the app"],
    site_kind="aggregator", header_pattern="inkl Guardian: pub/pub/section/'A, B and agencies'/title/alt/caption Photograph",
    notes="'agencies' is no author.", lang="en-US", publisher="The Meridian - US", section="World news",
    byline_raw="Kate Lindqvist, Rafael Ochoa and agencies", authors=["Kate Lindqvist", "Rafael Ochoa"],
    captions=[{"text": "An ash column rises over the crater on Saturday.", "credit": "Andika Pratama/AP"}],
    truncated=False)

g.shared_page(
    "yahoo-finance-reuters", "https://finance.yahoo.com/news/shipping-rates-jump-red-sea-141500992.html",
    "yahoo", ["C|Yahoo Finance", "C|Search for news, symbols or companies", "C|Sign in",
              "C|My Portfolio  News  Markets  Research  Personal Finance",
              "T|Container shipping rates jump as carriers avoid the Red Sea again",
              "H|Reuters", "H|By Lena Hoffmann", "H|Mon, December 7, 2026 at 9:15 AM EST", "C|2 min read",
              "C|In This Article:",
              "P|HAMBURG (Reuters) - Spot rates for shipping containers from Asia to northern Europe jumped 18% in a week after the largest carriers said they would again route ships around the Cape of Good Hope.",
              "C|Advertisement",
              "B|The detour adds about 10 days to each voyage and ties up capacity across the fleet.",
              "C|View comments"],
    site_kind="aggregator", header_pattern="yahoo finance: brand/search/sign in/nav/title/provider Reuters/By name/date/read/In This Article/'(Reuters) -' dateline",
    notes="", lang="en-US", publisher="Reuters", authors=["Lena Hoffmann"], byline_raw="By Lena Hoffmann",
    organization="Reuters", truncated=False)

g.shared_page(
    "yahoo-sports-staff-writer", "https://sports.yahoo.com/ski-resort-opens-early-after-record-snowfall-203000114.html",
    "yahoo", ["C|Yahoo Sports", "C|Search", "C|Sign in", "C|Scores  Schedule  Standings  Fantasy",
              "T|Ski resorts open two weeks early after record November snowfall",
              "H|Alpine Courier", "H|Mateo Brannigan", "H|Staff Writer", "H|Sun, December 6, 2026 at 3:30 PM EST", "C|1 min read",
              "P|Three Colorado ski resorts opened on Saturday, two weeks earlier than planned, after a record 64 inches of snow fell in November.",
              "B|Lift lines stretched for more than an hour at the largest of them.",
              "C|Advertisement",
              "B|Resort operators said they expected a busy Christmas season.",
              "C|Most popular"],
    site_kind="aggregator", header_pattern="yahoo sports: brand/search/sign in/nav/title/provider/name/role line/date/read",
    notes="", lang="en-US", publisher="Alpine Courier", authors=["Mateo Brannigan"], byline_raw="Mateo Brannigan",
    truncated=False)

g.shared_page(
    "yahoo-jp-related-links", "https://news.yahoo.co.jp/articles/7a2b9c4d1e0f3a5b6c8d9e0f1a2b3c4d5e6f7a8b",
    "yahoo", ["C|Yahoo!ニュース",
              "T|札幌の路面電車、冬季ダイヤで増便へ　観光客増に対応",
              "H|12/7(月) 9:30配信", "C|コメント3件", "H|北海道みらい新聞",
              "H|すすきの停留場を出発する路面電車（写真：北海道みらい新聞）",
              "P|札幌市交通局は7日、路面電車の冬季ダイヤを発表し、日中の運行本数を1割増やすと明らかにした。",
              "B|観光客の増加で混雑が続いていることに対応する。",
              "C|【関連記事】", "C|地下鉄東豊線、新型車両を導入へ", "C|最終更新:12/7(月) 10:02"],
    site_kind="aggregator", header_pattern="yahoo-jp: brand/title/配信/comment count/publisher/caption（写真：）/body/【関連記事】 links/最終更新",
    notes="", lang="ja", publisher="北海道みらい新聞",
    captions=[{"text": "すすきの停留場を出発する路面電車", "credit": "北海道みらい新聞"}], truncated=False)

g.shared_page(
    "msn-esmx-agency-desk", "https://www.msn.com/es-mx/noticias/mexico/tren-ligero-de-guadalajara-amplia-horario/ar-AA1xZ1aB",
    "msn", ["C|Microsoft Start", "C|Iniciar sesión", "C|Noticias  Clima  Deportes  Dinero",
            "H|Occidente Hoy", "C|Seguir", "H|Historia de Redacción Occidente Hoy / EFE • 9 h", "C|1 min de lectura",
            "T|El tren ligero de Guadalajara amplía su horario en diciembre",
            "P|Guadalajara (México), 7 dic (EFE).- El tren ligero de Guadalajara ampliará su horario hasta la una de la madrugada durante diciembre, informó este lunes el gobierno de Jalisco.",
            "C|Publicidad",
            "B|La medida busca atender la mayor afluencia por las fiestas decembrinas.",
            "C|Contenido relacionado", "C|Macrobús suma 20 unidades eléctricas", "C|Occidente Hoy • 2 d"],
    site_kind="aggregator", header_pattern="msn es-mx: brand/Iniciar sesión/nav/pub/Seguir/'Historia de Redacción X / EFE'/read/title/'(EFE).-' dateline/rail",
    notes="Newsroom desk and agency: no author, organization EFE.", lang="es-MX", publisher="Occidente Hoy",
    byline_raw="Historia de Redacción Occidente Hoy / EFE • 9 h", organization="EFE", truncated=False)

g.shared_page(
    "msn-frfr-video-slot", "https://www.msn.com/fr-fr/actualite/france/la-navette-fluviale-de-lyon-prolongee/ar-AA1xZ2cD",
    "msn", ["C|Microsoft Start", "C|Se connecter", "C|Actualités  Météo  Sports  Finance",
            "H|Le Progrès du Rhône", "C|Suivre", "H|Histoire de Camille Perrin • 1 j", "C|1 min de lecture",
            "T|La navette fluviale de Lyon prolongée jusqu'à Confluence",
            "H|La navette au ponton de Vaise. © Le Progrès du Rhône",
            "P|La navette fluviale qui relie Vaise au centre de Lyon sera prolongée jusqu'au quartier de Confluence à partir du printemps, a annoncé la métropole.",
            "C|Vidéo associée : Lyon : les berges du Rhône réaménagées (Lyon TV)",
            "B|Le trajet complet durera 35 minutes et coûtera le prix d'un ticket de bus.",
            "C|Publicité",
            "B|Deux bateaux supplémentaires seront mis en service.",
            "C|Plus pour vous", "C|Villeurbanne : une piste cyclable sur le cours Émile-Zola", "C|Le Progrès du Rhône • 3 j"],
    site_kind="aggregator", header_pattern="msn fr-fr: brand/Se connecter/nav/pub/Suivre/Histoire de/read/title/caption ©/'Vidéo associée :' slot/Publicité/rail",
    notes="", lang="fr", publisher="Le Progrès du Rhône", authors=["Camille Perrin"],
    byline_raw="Histoire de Camille Perrin • 1 j",
    captions=[{"text": "La navette au ponton de Vaise.", "credit": "Le Progrès du Rhône"}], truncated=False)

g.shared_page(
    "newsbreak-2024-byline-with-paper", "https://www.newsbreak.com/albany-ny/4119988776655-thruway-rest-stop-reopens-after-rebuild",
    "newsbreak", ["C|Open in App", "C|  • Local", "C|  • Traffic", "C|  • Business", "C|  • Newsletter",
                  "H|  • Hudson Valley Herald", "",
                  "T|    Thruway rest stop reopens after two-year rebuild", "",
                  "H|    By Noor Albright, Hudson Valley Herald", "",
                  "H|    Dec 4, 2026", "",
                  "C|    https://img.particlenews.example/image.php?url=3Zx8Yw_0pL5kM2n", "",
                  "P|    The Thruway's rest stop near New Baltimore reopened Friday after a two-year rebuild that added a food hall and 16 electric vehicle chargers.",
                  "", "B|    The state said the other rebuilt stops on the Thruway would open by the end of next year.",
                  "", "C|Comments / 1", "C|Related", "C|Schenectady to repave State Street in spring"],
    site_kind="aggregator", header_pattern="newsbreak 2024: Open in App/nav/•publisher/title/'By Name, Publisher'/date/image URL/body",
    notes="", lang="en-US", publisher="Hudson Valley Herald", authors=["Noor Albright"],
    byline_raw="By Noor Albright, Hudson Valley Herald", truncated=False)

g.shared_page(
    "yahoo-uk-pa-credit-in-brackets", "https://uk.news.yahoo.com/canal-boat-licence-fees-rise-081500665.html",
    "yahoo", ["C|Yahoo News UK", "C|Search the web", "C|Sign in",
              "T|Canal boat licence fees to rise by 9% as trust faces funding gap",
              "H|PA Media", "H|Ellen Brightwater, PA", "H|Mon, 7 December 2026 at 8:15 am GMT", "C|1 min read",
              "H|Narrowboats moored on the Kennet and Avon Canal. (Ben Birchall/PA)",
              "P|Boaters on the canals of England and Wales will pay 9% more for their licences from April, the charity that runs the waterways has said.",
              "C|Advertisement",
              "B|The trust said its government grant would fall in real terms over the next decade.",
              "C|Recommended Stories"],
    site_kind="aggregator", header_pattern="yahoo uk: brand/search/sign in/title/provider PA Media/'Name, PA'/date/read/caption '(Name/PA)'",
    notes="", lang="en-GB", publisher="PA Media", authors=["Ellen Brightwater"], byline_raw="Ellen Brightwater, PA",
    organization="PA", captions=[{"text": "Narrowboats moored on the Kennet and Avon Canal.", "credit": "Ben Birchall/PA"}],
    truncated=False)

g.write_pages()
