"""Set 6 of profiles15's invented aggregator pages: inkl header variations (publisher once,
no section and no byline, publisher with a desk suffix, caption without alt text, a standfirst,
a newsletter-style 'Update'), NewsBreak 2024 with a caption line and 2022 with three publisher
lines, Yahoo with the provider printed twice. ``python make_set6.py [OUTDIR]``."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import casegen as g  # noqa: E402

g.setup("Invented page text in the layout of a real aggregator (profiles15 set 6).",
        str(Path(__file__).resolve().parent / "set6" / "x"))

g.shared_page(
    "inkl-publisher-once", "https://www.inkl.com/news/coastal-path-reopens-after-cliff-fall",
    "inkl", [*g.INKL_HEAD,
             "H|Cornish Tidings", "H|News", "H|Morwenna Tregear", "",
             "T|Coastal path reopens a year after cliff fall near Porthleven", "",
             "P|A stretch of the South West Coast Path closed after a cliff fall last winter has reopened on a new route set back from the edge.",
             "",
             "B|The diversion adds about 400 metres to the walk between Porthleven and Loe Bar.",
             "", "C|Download the app"],
    site_kind="aggregator", header_pattern="inkl: pub once/section/byline/title",
    notes="", lang="en-GB", publisher="Cornish Tidings", section="News", byline_raw="Morwenna Tregear",
    authors=["Morwenna Tregear"], truncated=False)

g.shared_page(
    "inkl-bare-header", "https://www.inkl.com/news/rail-fares-to-rise-by-4-per-cent-in-march",
    "inkl", [*g.INKL_HEAD,
             "H|The Evening Ledger", "H|The Evening Ledger", "",
             "T|Rail fares to rise by 4.1% in March, government confirms", "",
             "P|Regulated rail fares in England will rise by 4.1% in March, the transport secretary has confirmed.",
             "",
             "B|The increase is below July's inflation figure, which is normally used to set the cap.",
             "", "C|Related Stories", "C|Top stories on inkl right now"],
    site_kind="aggregator", header_pattern="inkl: pub/pub/title (no section, no byline)",
    notes="", lang="en-GB", publisher="The Evening Ledger", truncated=False)

g.shared_page(
    "inkl-publisher-desk-suffix", "https://www.inkl.com/news/marathon-record-falls-in-valencia",
    "inkl", [*g.INKL_HEAD,
             "H|The Ledger UK - Sport", "H|The Ledger UK - Sport", "H|Athletics", "H|Imogen Farrant", "",
             "T|Marathon record falls in Valencia as Kiplagat runs 2:00:41", "",
             "H|(Getty Images for Valencia Marathon)", "",
             "P|Kenya's Daniel Kiplagat broke the men's marathon world record in Valencia on Sunday, finishing in two hours and 41 seconds.",
             "",
             "B|He took 14 seconds off the previous record, set in Chicago two years ago.",
             "", "C|Sign up to read this article",
             "C|Read news from 100’s of titles, curated specifically for you.",
             "C|Already a member? Sign in here"],
    site_kind="aggregator", header_pattern="inkl Independent sport: 'Pub - Sport' x2/section/byline/title/credit-only '(Getty Images for X)'/wall",
    notes="", lang="en-GB", publisher="The Ledger UK - Sport", section="Athletics", byline_raw="Imogen Farrant",
    authors=["Imogen Farrant"], captions=[{"text": None, "credit": "Getty Images for Valencia Marathon"}],
    truncated=True)

g.shared_page(
    "inkl-caption-no-alt-standfirst", "https://d33gy59ovltp76.cloudfront.net/news/hospital-waiting-lists-fall-for-third-month",
    "inkl", [*g.INKL_HEAD,
             "H|The Meridian - UK", "H|The Meridian - UK", "H|Society", "H|Deborah Okonjo Health policy editor", "",
             "T|Hospital waiting lists in England fall for third month in a row", "",
             "S|Figures show 7.1 million treatments outstanding, but A&E waits lengthen as winter pressure builds",
             "",
             "H|Patients wait in a hospital corridor. Photograph: Jeff Moore/PA", "",
             "P|The waiting list for hospital treatment in England has fallen for the third month in a row, to 7.1 million, according to the latest NHS figures.",
             "",
             "B|But the number of patients waiting more than 12 hours in A&E rose to its highest level since January.",
             "", "C|Download the app"],
    site_kind="aggregator", header_pattern="inkl Guardian: pub/pub/section/'Name Role'/title/standfirst/caption Photograph (no alt)",
    notes="The standfirst stays in the text.", lang="en-GB", publisher="The Meridian - UK", section="Society",
    byline_raw="Deborah Okonjo Health policy editor", authors=["Deborah Okonjo"],
    captions=[{"text": "Patients wait in a hospital corridor.", "credit": "Jeff Moore/PA"}], truncated=False)

g.shared_page(
    "inkl-newsletter-update", "https://d33gy59ovltp76.cloudfront.net/news/morning-update-storm-warnings-rates-decision",
    "inkl", [*g.INKL_HEAD,
             "H|The Meridian - AU", "H|The Meridian - AU", "H|National", "H|Caitlin Rowe", "",
             "T|Morning Update: storm warnings for the south-east; rates decision today; and a record wheat crop", "",
             "H|Storm clouds over Sydney Harbour",
             "H|Storm clouds over Sydney Harbour. Photograph: Dean Lewins/AAP", "",
             "P|Good morning. Severe thunderstorm warnings are in place for much of the south-east this morning, and the central bank announces its rates decision at 2.30pm.",
             "",
             "B|Top news",
             "",
             "B|Storm warnings – The bureau has warned of damaging winds and large hail from Sydney to the Victorian border.",
             "", "C|Related Stories"],
    site_kind="aggregator", header_pattern="inkl Guardian AU newsletter: pub/pub/section/byline/'Morning Update:' title/alt/caption/'Top news' heading",
    notes="", lang="en-AU", publisher="The Meridian - AU", section="National", byline_raw="Caitlin Rowe",
    authors=["Caitlin Rowe"],
    captions=[{"text": "Storm clouds over Sydney Harbour.", "credit": "Dean Lewins/AAP"}], truncated=False)

g.shared_page(
    "newsbreak-2024-caption-line", "https://www.newsbreak.com/eugene-or/4121122334455-river-trail-bridge-replaced",
    "newsbreak", ["C|Open in App", "C|  • Local", "C|  • Weather", "C|  • Newsletter",
                  "H|  • Lane County Ledger", "",
                  "T|    Footbridge on river trail to be replaced next summer", "",
                  "H|    By Hollis Greer", "",
                  "H|    Dec 3, 2026", "",
                  "C|    https://img.particlenews.example/image.php?url=5Yh2Kk_0aB7cD1e", "",
                  "H|    The footbridge over the Willamette near Alton Baker Park. Photo by Hollis Greer", "",
                  "P|    The city will replace the footbridge on the river trail near Alton Baker Park next summer after inspectors found rot in its timber deck.",
                  "", "B|    The trail will be detoured for about four months.",
                  "", "C|Comments / 0"],
    site_kind="aggregator", header_pattern="newsbreak 2024: Open in App/nav/•publisher/title/By/date/image URL/caption 'Photo by'/body",
    notes="", lang="en-US", publisher="Lane County Ledger", authors=["Hollis Greer"], byline_raw="By Hollis Greer",
    captions=[{"text": "The footbridge over the Willamette near Alton Baker Park.", "credit": "Hollis Greer"}],
    truncated=False)

g.shared_page(
    "newsbreak-2022-three-publisher-lines", "https://www.newsbreak.com/topeka-ks/3307788990011-library-adds-sunday-hours",
    "newsbreak", ["C|ContributorsPublishersAdvertisers", "H|Topeka, KS",
                  "T|Library adds Sunday hours at two branches from January",
                  "H|By Wyatt Ellery", "H|Prairie Daily", "H|Prairie Daily", "H|Prairie Daily", "C| 1 day ago",
                  "P|The Topeka and Shawnee County library will open two branches on Sundays from January, its board decided Thursday.",
                  "B|The branches will open from 1 to 5 p.m.",
                  "C|Comments / 2"],
    site_kind="aggregator", header_pattern="newsbreak 2022: nav/place/title/By/pub x3/age/body",
    notes="", lang="en-US", publisher="Prairie Daily", section="Topeka, KS", authors=["Wyatt Ellery"],
    byline_raw="By Wyatt Ellery", truncated=False)

g.shared_page(
    "yahoo-us-provider-twice", "https://www.yahoo.com/news/county-clerk-race-recount-ordered-210500663.html",
    "yahoo", ["C|Yahoo News", "C|Search the web", "C|Sign in",
              "T|Recount ordered in county clerk race decided by 11 votes",
              "H|Lakeshore Tribune", "H|Lakeshore Tribune", "H|Dana Kowalczyk", "H|Sun, December 6, 2026 at 4:05 PM EST", "C|1 min read",
              "P|A judge on Friday ordered a hand recount in the race for Kenosha County clerk, which the challenger won by 11 votes out of more than 70,000 cast.",
              "C|Advertisement",
              "B|The recount is expected to take about a week.",
              "C|View comments"],
    site_kind="aggregator", header_pattern="yahoo us: brand/search/sign in/title/provider x2/author/date/read",
    notes="", lang="en-US", publisher="Lakeshore Tribune", authors=["Dana Kowalczyk"], byline_raw="Dana Kowalczyk",
    truncated=False)

g.write_pages()
