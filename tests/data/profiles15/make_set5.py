"""Set 5 of profiles15's invented aggregator pages: inkl live-blog variations (shift bylines,
'– live' / '– as it happened' titles, alt text over the caption, 'Related:' links, a page with
no header, an academic byline), Yahoo US 'FILE -' captions and MSN credit-only captions.
``python make_set5.py [OUTDIR]``."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import casegen as g  # noqa: E402

g.setup("Invented page text in the layout of a real aggregator (profiles15 set 5).",
        str(Path(__file__).resolve().parent / "set5" / "x"))

g.shared_page(
    "inkl-sport-live-related-link", "https://www.inkl.com/news/league-cup-semi-final-live-score-updates",
    "inkl", [*g.INKL_HEAD,
             "H|The Meridian - UK", "H|The Meridian - UK", "H|Football", "H|Ravi Chandran (now) and Tom Welch (earlier)", "",
             "T|Northbridge v Castleford: League Cup semi-final – live", "",
             "H|Northbridge players warm up before kick-off",
             "H|Northbridge players warm up before kick-off. Photograph: Lee Hartigan/Shutterstock", "",
             "P|Half-time: Northbridge 1-0 Castleford. A tight, scrappy half settled by a deflected shot from the edge of the area.",
             "", "C|Updated", "",
             "B|35 min: Castleford have had more of the ball but not a single shot on target.",
             "", "C|Related: Castleford manager signs new three-year contract", "",
             "B|Team news: Northbridge make two changes from the side that drew at the weekend.",
             "", "C|Related Stories", "C|Our Picks", "C|Download the app"],
    site_kind="aggregator", header_pattern="inkl live sport: pub/pub/section/shift byline/title '– live'/alt/caption Photograph/Updated/'Related:' link",
    notes="", lang="en-GB", publisher="The Meridian - UK", section="Football",
    byline_raw="Ravi Chandran (now) and Tom Welch (earlier)", authors=["Ravi Chandran", "Tom Welch"],
    captions=[{"text": "Northbridge players warm up before kick-off.", "credit": "Lee Hartigan/Shutterstock"}],
    truncated=False)

g.shared_page(
    "inkl-as-it-happened-now-and-earlier", "https://d33gy59ovltp76.cloudfront.net/news/heatwave-live-fire-bans-across-three-states",
    "inkl", [*g.INKL_HEAD,
             "H|The Meridian - AU", "H|The Meridian - AU", "H|Australia news",
             "H|Nour Haddad (now and earlier); Josh Kirwan and Mei Takahashi", "",
             "T|Total fire bans declared across three states as heatwave peaks – as it happened", "",
             "P|This blog is closing now, thanks for following along. We will be back with more coverage tomorrow morning.",
             "",
             "B|Temperatures reached 46.2C at Penrith on Saturday afternoon, the highest reading in Sydney's west since 2020.",
             "", "C|Updated", "",
             "B|Fire authorities say more than 60 fires are burning across New South Wales, 14 of them not yet contained.",
             "", "C|Get all your news in one place."],
    site_kind="aggregator", header_pattern="inkl live AU mirror: pub/pub/section/'(now and earlier); ...'/title '– as it happened'/closing note/Updated",
    notes="", lang="en-AU", publisher="The Meridian - AU", section="Australia news",
    byline_raw="Nour Haddad (now and earlier); Josh Kirwan and Mei Takahashi",
    authors=["Nour Haddad", "Josh Kirwan", "Mei Takahashi"], truncated=False)

g.shared_page(
    "inkl-mirror-no-header-entry-heading", "https://d33gy59ovltp76.cloudfront.net/news/floods-live-thousands-evacuated-as-river-bursts-banks",
    "inkl", ["Evacuation centres open in three towns",
             "P|More than 4,000 people have been told to leave their homes after the river burst its banks overnight, emergency services said.",
             "B|Evacuation centres have opened in the town halls of Lismore, Casino and Kyogle.",
             "C|Updated",
             "B|The bureau says the river is expected to peak at 11.6 metres on Monday afternoon."],
    site_kind="aggregator", header_pattern="inkl live mirror, no header: entry heading/entries/Updated",
    notes="No header: the first line is an entry's heading, not the story's title (title null).", lang="en-AU",
    truncated=False)

g.shared_page(
    "inkl-academic-byline", "https://www.inkl.com/news/why-urban-foxes-are-getting-bolder",
    "inkl", [*g.INKL_HEAD,
             "H|The Exchange", "H|The Exchange", "H|Science", "H|Ana Moreau, Senior Lecturer in Ecology, University of Otago", "",
             "T|Why urban foxes are getting bolder – and what it means for our cities", "",
             "P|Anyone who has watched a fox trot calmly across a city street in daylight will have noticed that they seem less afraid of us than they used to be.",
             "",
             "B|Our research, which followed 120 foxes fitted with GPS collars, suggests that urban foxes now spend twice as long near houses as they did 20 years ago.",
             "", "C|Download the app"],
    site_kind="aggregator", header_pattern="inkl Conversation-like: pub/pub/section/'Name, Role, University'/title",
    notes="", lang="en-NZ", publisher="The Exchange", section="Science",
    byline_raw="Ana Moreau, Senior Lecturer in Ecology, University of Otago", authors=["Ana Moreau"],
    truncated=False)

g.shared_page(
    "inkl-independent-read-more", "https://www.inkl.com/news/energy-price-cap-to-fall-in-april",
    "inkl", [*g.INKL_HEAD,
             "H|The Ledger UK", "H|The Ledger UK", "H|Money", "H|Callum Rennard", "",
             "T|Energy price cap to fall by £80 in April, forecasters say", "",
             "H|(Getty Images)", "",
             "P|Household energy bills are expected to fall by about £80 a year in April when the regulator next changes its price cap, according to forecasters.",
             "", "C|Read More", "C|Households urged to submit meter readings before price change", "",
             "B|Wholesale gas prices have fallen by a fifth since the autumn.",
             "", "C|Sign up to read this article",
             "C|Read news from 100’s of titles, curated specifically for you.",
             "C|Already a member? Sign in here"],
    site_kind="aggregator", header_pattern="inkl Independent: pub/pub/section/byline/title/credit-only/'Read More' + link/wall",
    notes="", lang="en-GB", publisher="The Ledger UK", section="Money", byline_raw="Callum Rennard",
    authors=["Callum Rennard"], captions=[{"text": None, "credit": "Getty Images"}], truncated=True)

g.shared_page(
    "yahoo-us-file-caption", "https://www.yahoo.com/news/mississippi-river-ferry-service-ends-173000445.html",
    "yahoo", ["C|Yahoo News", "C|Search the web", "C|Sign in", "C|News  Finance  Sports  More",
              "T|Last Mississippi River ferry between two states ends service after 90 years",
              "H|Associated Press", "H|By JONAH WETHERBY", "H|Sun, December 6, 2026 at 12:30 PM EST", "C|2 min read",
              "H|FILE - The ferry crosses the Mississippi River near Cave-In-Rock, Ill., on June 4, 2024. (AP Photo/Darla Kinsey, File)",
              "P|CAVE-IN-ROCK, Ill. (AP) — The last ferry carrying cars across the Mississippi River between two states made its final crossing on Saturday after officials said they could no longer afford to repair it.",
              "C|Advertisement",
              "B|Drivers now face a detour of about 70 miles to the nearest bridge.",
              "C|View comments"],
    site_kind="aggregator", header_pattern="yahoo us AP: brand/search/sign in/nav/title/provider/By NAME/date/read/'FILE -' caption '(AP Photo/Name, File)'/dateline",
    notes="", lang="en-US", publisher="Associated Press", authors=["Jonah Wetherby"], byline_raw="By JONAH WETHERBY",
    organization="AP",
    captions=[{"text": "FILE - The ferry crosses the Mississippi River near Cave-In-Rock, Ill., on June 4, 2024.", "credit": "AP Photo/Darla Kinsey, File"}],
    truncated=False)

g.shared_page(
    "msn-engb-credit-only-caption", "https://www.msn.com/en-gb/news/uknews/seaside-railway-reopens-after-landslip/ar-AA1xZ3eF",
    "msn", ["C|Microsoft Start", "C|Sign in", "C|News  Weather  Sport  Money",
            "H|The Ledger UK", "C|Follow", "H|Story by Callum Rennard • 20h", "C|1 min read",
            "T|Seaside railway reopens three months after landslip",
            "H|© Provided by The Ledger UK",
            "P|A heritage railway on the Devon coast has reopened three months after a landslip buried part of its track.",
            "C|Advertisement",
            "B|Volunteers cleared more than 2,000 tonnes of soil from the line.",
            "C|More for You", "C|Steam gala dates announced for spring", "C|The Ledger UK • 2d"],
    site_kind="aggregator", header_pattern="msn en-gb: brand/sign in/nav/pub/Follow/Story by/read/title/credit-only '© Provided by'/rail",
    notes="", lang="en-GB", publisher="The Ledger UK", authors=["Callum Rennard"],
    byline_raw="Story by Callum Rennard • 20h",
    captions=[{"text": None, "credit": "The Ledger UK"}], truncated=False)

g.shared_page(
    "yahoo-uk-newsletter-pitch", "https://uk.news.yahoo.com/market-town-high-street-vacancies-fall-092000334.html",
    "yahoo", ["C|Yahoo News UK", "C|Search the web", "C|Sign in",
              "T|Empty shops on market town high streets fall for first time in a decade",
              "H|The Wessex Echo", "H|Nadia Forsythe", "H|Tue, 8 December 2026 at 9:20 am GMT", "C|2 min read",
              "P|The number of empty shops on market town high streets in England has fallen for the first time in ten years, a survey has found.",
              "C|Sign up to our free daily newsletter for the latest headlines",
              "B|Independent cafes and repair shops accounted for most of the new openings.",
              "C|Story continues",
              "B|Vacancy rates in large city centres were unchanged.",
              "C|Recommended Stories"],
    site_kind="aggregator", header_pattern="yahoo uk: brand/search/sign in/title/provider/author/date/read/newsletter pitch in body",
    notes="", lang="en-GB", publisher="The Wessex Echo", authors=["Nadia Forsythe"], byline_raw="Nadia Forsythe",
    truncated=False)

g.write_pages()
