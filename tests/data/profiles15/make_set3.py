"""Set 3 of profiles15's invented aggregator pages: inkl without a section or with a
labelled photo credit, Yahoo AU/PH/UK 'Read more' links, MSN en-US/en-AU/de-AT, NewsBreak 2022
without a place. ``python make_set3.py [OUTDIR]``."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import casegen as g  # noqa: E402

g.setup("Invented page text in the layout of a real aggregator (profiles15 set 3).",
        str(Path(__file__).resolve().parent / "set3" / "x"))

g.shared_page(
    "inkl-no-section-byline", "https://www.inkl.com/news/night-bus-network-to-double-in-outer-suburbs",
    "inkl", [*g.INKL_HEAD,
             "H|The Southern Courier", "H|The Southern Courier", "H|Jasmine Thorogood", "",
             "T|Night bus network to double in outer suburbs from February", "",
             "P|The number of night bus routes in Melbourne's outer suburbs will double from February, the state government announced on Sunday.",
             "",
             "B|Twelve new routes will run every 30 minutes between midnight and 5am on Friday and Saturday nights.",
             "", "C|Related Stories", "C|Our Picks"],
    site_kind="aggregator", header_pattern="inkl: pub/pub/byline/title (no section)",
    notes="", lang="en-AU", publisher="The Southern Courier", byline_raw="Jasmine Thorogood",
    authors=["Jasmine Thorogood"], truncated=False)

g.shared_page(
    "inkl-photo-label-credit", "https://www.inkl.com/news/chao-phraya-ferry-piers-to-get-floating-platforms",
    "inkl", [*g.INKL_HEAD,
             "H|Gulf Morning Star", "H|Gulf Morning Star", "H|Thailand", "H|Somchai Wattanapong", "",
             "T|Chao Phraya ferry piers to get floating platforms before the rainy season", "",
             "H|Passengers board an express boat at Tha Tien pier. (Photo: Nattapong Siriwat)", "",
             "P|The Marine Department will replace the fixed landings at 14 Chao Phraya ferry piers with floating platforms before the rainy season, its director-general said on Tuesday.",
             "",
             "B|The fixed piers flood at high tide, forcing passengers to wade to the boats.",
             "", "C|Download the app"],
    site_kind="aggregator", header_pattern="inkl: pub/pub/section/byline/title/caption '(Photo: Name)'",
    notes="", lang="en-TH", publisher="Gulf Morning Star", section="Thailand",
    byline_raw="Somchai Wattanapong", authors=["Somchai Wattanapong"],
    captions=[{"text": "Passengers board an express boat at Tha Tien pier.", "credit": "Nattapong Siriwat"}],
    truncated=False)

g.shared_page(
    "inkl-agency-byline-wall", "https://www.inkl.com/news/wheat-crop-forecast-cut-after-dry-spring",
    "inkl", [*g.INKL_HEAD,
             "H|The Canberra Ledger", "H|The Canberra Ledger", "H|Business", "H|Ellie Marchetti, AAP", "",
             "T|Wheat crop forecast cut by a fifth after dry spring in the west", "",
             "P|Australia's wheat harvest will be about a fifth smaller than forecast in September after a dry spring in Western Australia, the agricultural bureau says.",
             "", "C|Sign up to read this article",
             "C|Read news from 100’s of titles, curated specifically for you.",
             "C|Already a member? Sign in here"],
    site_kind="aggregator", header_pattern="inkl: pub/pub/section/'Name, AAP'/title/wall",
    notes="", lang="en-AU", publisher="The Canberra Ledger", section="Business",
    byline_raw="Ellie Marchetti, AAP", authors=["Ellie Marchetti"], organization="AAP", truncated=True)

g.shared_page(
    "yahoo-au-provider-source-caption", "https://au.news.yahoo.com/bushfire-season-outlook-east-coast-023015667.html",
    "yahoo", ["C|Yahoo News Australia", "C|Search", "C|Sign in", "C|Home  News  Finance  Lifestyle",
              "T|Bushfire outlook warns of above-normal risk along the east coast",
              "H|The Coastal Wire", "H|Aaron Pettigrew", "H|Mon 7 December 2026 at 1:30 pm", "C|2 min read",
              "H|Firefighters at a hazard reduction burn near Kempsey. Source: NSW RFS",
              "P|Large parts of the New South Wales and Queensland coast face an above-normal fire risk this summer, the seasonal outlook released on Monday says.",
              "C|Advertisement",
              "B|Heavy winter rain has left thick grass across the region that is now drying out.",
              "C|Do you have a story tip? Email: tips@yahoonews.example"],
    site_kind="aggregator", header_pattern="yahoo au: brand/search/sign in/nav/title/provider/author/date/read/caption 'Source:'",
    notes="", lang="en-AU", publisher="The Coastal Wire", authors=["Aaron Pettigrew"], byline_raw="Aaron Pettigrew",
    captions=[{"text": "Firefighters at a hazard reduction burn near Kempsey.", "credit": "NSW RFS"}],
    truncated=False)

g.shared_page(
    "yahoo-ph-by-role", "https://ph.news.yahoo.com/skyway-extension-toll-rates-approved-031500884.html",
    "yahoo", ["C|Yahoo News Philippines", "C|Search", "C|Sign in", "C|News · Finance · Sports · Lifestyle",
              "T|Toll rates for Skyway extension approved ahead of January opening",
              "H|Manila Daybreak", "H|By Katrina Dela Paz", "H|Mon, 7 December 2026 at 11:15 am PHT", "C|1 min read",
              "P|MANILA — The Toll Regulatory Board has approved rates for the new Skyway extension to Alabang, which opens to motorists in January.",
              "B|Class 1 vehicles will pay ₱85 for the full length of the extension.",
              "C|Advertisement",
              "B|The operator said the road would cut travel time between Makati and Alabang by half.",
              "C|Most read"],
    site_kind="aggregator", header_pattern="yahoo ph: brand/search/sign in/dot nav/title/provider/By name/date/read",
    notes="", lang="en-PH", publisher="Manila Daybreak", authors=["Katrina Dela Paz"],
    byline_raw="By Katrina Dela Paz", truncated=False)

g.shared_page(
    "yahoo-uk-read-more-links", "https://uk.news.yahoo.com/seaside-pier-reopens-after-storm-repairs-101200776.html",
    "yahoo", ["C|Yahoo News UK", "C|Search the web", "C|Sign in",
              "T|Seaside pier reopens to visitors after two years of storm repairs",
              "H|The Channel Herald", "H|Rosalind Tapp", "H|Sat, 5 December 2026 at 10:12 am GMT", "C|2 min read",
              "P|A Victorian pier on the Kent coast has reopened to visitors two years after a storm tore away part of its deck.",
              "C|Read more: Harbour arm cafe to close for the winter",
              "C|Read more: Town council approves new beach huts",
              "B|The £3.1m repair was paid for by the district council and a heritage grant.",
              "C|Story continues",
              "B|The pier's cafe will reopen at Easter.",
              "C|Trending now"],
    site_kind="aggregator", header_pattern="yahoo uk: brand/search/sign in/title/provider/author/date/read/'Read more:' links in body",
    notes="", lang="en-GB", publisher="The Channel Herald", authors=["Rosalind Tapp"], byline_raw="Rosalind Tapp",
    truncated=False)

g.shared_page(
    "msn-enus-two-writers-video-slot", "https://www.msn.com/en-us/news/us/state-parks-to-add-overnight-cabins/ar-AA1xW3eF",
    "msn", ["C|Microsoft Start", "C|Sign in", "C|News  Weather  Sports  Money",
            "H|Prairie Ledger", "C|Follow", "H|Story by Dale Whitford and Ana Lucero • 1d", "C|2 min read",
            "T|State parks to add overnight cabins at six lakes by 2028",
            "H|A cabin at Lake Wilson State Park. © Provided by Prairie Ledger",
            "P|Kansas will build 40 overnight cabins at six state park lakes over the next three years, the wildlife and parks department said Tuesday.",
            "C|Related video: Park rangers prepare for winter camping season (KSNW)",
            "B|The cabins will cost about $95 a night and can be booked a year ahead.",
            "C|Continue Reading"],
    site_kind="aggregator", header_pattern="msn en-us: brand/sign in/nav/pub/Follow/Story by A and B/read/title/caption ©Provided by/video slot/'Continue Reading' cut",
    notes="'Continue Reading' ends MSN's teaser (truncated, as in u14's German MSN page).", lang="en-US",
    publisher="Prairie Ledger", authors=["Dale Whitford", "Ana Lucero"],
    byline_raw="Story by Dale Whitford and Ana Lucero • 1d",
    captions=[{"text": "A cabin at Lake Wilson State Park.", "credit": "Prairie Ledger"}], truncated=True)

g.shared_page(
    "msn-enau-getty-credit", "https://www.msn.com/en-au/news/australia/light-rail-stage-three-funding-confirmed/ar-AA1xX5gH",
    "msn", ["C|Microsoft Start", "C|Sign in", "C|News  Weather  Sport  Money",
            "H|Coastline Daily", "C|Follow", "H|Story by Harriet Blaxland • 6h", "C|1 min read",
            "T|Light rail stage three funding confirmed in federal deal",
            "H|The light rail at Broadbeach South. © Getty Images",
            "P|The federal government will pay half the $2.8 billion cost of extending the Gold Coast light rail to Coolangatta, the transport minister confirmed on Monday.",
            "C|Advertisement",
            "B|Construction of the 13-kilometre extension is due to start in 2028.",
            "C|More for you", "C|Airport rail link study released", "C|Coastline Daily • 3d"],
    site_kind="aggregator", header_pattern="msn en-au: brand/sign in/nav/pub/Follow/Story by/read/title/caption '© Getty Images'/rail",
    notes="", lang="en-AU", publisher="Coastline Daily", authors=["Harriet Blaxland"],
    byline_raw="Story by Harriet Blaxland • 6h",
    captions=[{"text": "The light rail at Broadbeach South.", "credit": "Getty Images"}], truncated=False)

g.shared_page(
    "msn-deat-apa", "https://www.msn.com/de-at/nachrichten/österreich/neue-u5-station-frankhplatz-eröffnet/ar-AA1xY7jK",
    "msn", ["C|Microsoft Start", "C|Anmelden", "C|Nachrichten  Wetter  Sport  Finanzen",
            "H|Wiener Tagesbote", "C|Folgen", "H|Geschichte von APA • 5 Std.", "C|1 Min. Lesezeit",
            "T|Erste Station der U5 am Frankhplatz eröffnet",
            "P|Wien (APA) - Die erste neue Station der U-Bahn-Linie U5 am Frankhplatz ist am Samstag eröffnet worden.",
            "C|Werbung",
            "B|Die Linie soll bis 2030 bis zum Elterleinplatz verlängert werden.",
            "C|Ähnliche Inhalte", "C|Neue Straßenbahn für Floridsdorf", "C|Wiener Tagesbote • 2 T."],
    site_kind="aggregator", header_pattern="msn de-at: brand/Anmelden/nav/pub/Folgen/'Geschichte von APA'/read/title/'(APA)' dateline/rail",
    notes="Agency byline: organization APA, no author.", lang="de-AT", publisher="Wiener Tagesbote",
    byline_raw="Geschichte von APA • 5 Std.", organization="APA", truncated=False)

g.shared_page(
    "newsbreak-2022-no-place", "https://www.newsbreak.com/news/3305566778899-state-orders-review-of-bridge-inspections",
    "newsbreak", ["C|ContributorsPublishersAdvertisers",
                  "T|State orders review of bridge inspections after crack found on interstate span",
                  "H|By Corey Vandermeer", "H|Great Lakes Gazette", "C|6 hours ago",
                  "P|Michigan's transportation department has ordered a review of every bridge inspection carried out by one contractor since 2022, after a crack was found on an interstate span that had passed inspection in the spring.",
                  "B|The department said the span was safe but had closed one lane as a precaution.",
                  "C|Comments / 4", "C|Related", "C|Lansing approves road diet for Michigan Avenue", "C|Capitol Times"],
    site_kind="aggregator", header_pattern="newsbreak 2022: nav/title/By/pub/age/body/comments/related",
    notes="", lang="en-US", publisher="Great Lakes Gazette", authors=["Corey Vandermeer"],
    byline_raw="By Corey Vandermeer", truncated=False)

g.write_pages()
