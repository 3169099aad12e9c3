"""Build invented aggregator pages (writer13's round U13: held out).

Each page: lines tagged C| chrome, H| header line, T| title (header), P| first body paragraph,
S| standfirst (stays in the text as body; only its label is set), B| body, '' = blank. Labels are
derived from the tags plus the explicit fields (../../casegen.py), then tidied to the shape of the
shared cases: a standfirst gets its own `standfirst` label and is neither header nor chrome,
repeated header/chrome lines are listed once. Pages marked `cut` end where the store's 2,000-byte
limit would cut them (mid-word, truncated unknown); the others are complete pages under 2,000 bytes.
Site names, people and article text are made up; layouts follow the text of the big aggregators'
pages (inkl, Yahoo News, MSN, NewsBreak) and of long-tail portals, readers, mirrors and wires.

    python make_u13.py [OUTDIR]   (default: this folder)
"""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
import casegen  # noqa: E402
from casegen import page  # noqa: E402

casegen.NOTE = "Invented page text in the layout of a real site (writer13's round U13, held out)."
if len(sys.argv) < 2:
    sys.argv.append(str(pathlib.Path(__file__).resolve().parent))

LIMIT = 2000
ORDER = ["site_kind", "publisher", "publisher_name", "section", "byline_raw", "authors",
         "organization", "title", "captions", "standfirst", "first_body_paragraph", "chrome_lines",
         "inline_chrome", "header_lines", "truncated", "page_type", "header_pattern", "notes"]
INKL_TOP = ["C|Get all your news in one place.", "C|100’s of premium titles.", "C|One app.",
            "C|Start reading"]


def split_tag(raw):
    """The casegen reading of a tagged line: (tag with bar, line)."""
    if "|" in raw[:2]:
        tag, bar, line = raw.partition("|")
        return tag + bar, line
    return "", raw


def cut(slug, lines):
    """Keep the lines that fit in the store's first LIMIT bytes; the last one is cut mid-word."""
    out, used = [], 0
    for raw in lines:
        tag, line = split_tag(raw)
        need = len(line.encode()) + (1 if out else 0)
        if used + need <= LIMIT:
            out.append(raw)
            used += need
            continue
        room = LIMIT - used - (1 if out else 0)
        part = line.encode()[:room].decode("utf-8", "ignore")
        if part:
            out.append(tag + part)
        return out
    raise SystemExit("%s is shorter than the cut: %d bytes" % (slug, used))


def pg(slug, url, aggregator, lines, *, cut_here=False, site_kind, header_pattern, notes,
       page_type="article", inline_chrome=(), **fields):
    """casegen.page plus the shared-case extras (standfirst, inline chrome, notes)."""
    if cut_here:
        lines = cut(slug, lines)
    standfirst = next((split_tag(x)[1].strip() for x in lines if x.startswith("S|")), None)
    page(slug, url, aggregator, lines, **fields)
    case = casegen.PAGES[-1][1]
    size = len(case["text"].encode())
    # a cut inside a multi-byte character drops that character's first bytes too
    assert LIMIT - 3 <= size <= LIMIT if cut_here else size < LIMIT, (slug, size)
    lab = case["labels"]
    lab["chrome_lines"] = list(dict.fromkeys(lab["chrome_lines"]))
    lab["header_lines"] = list(dict.fromkeys(lab["header_lines"]))
    if lab["first_body_paragraph"]:
        lab["first_body_paragraph"] = lab["first_body_paragraph"].removeprefix("• ")
    if standfirst:
        lab["standfirst"] = standfirst
    if inline_chrome:
        lab["inline_chrome"] = list(inline_chrome)
    lang = fields.get("lang", "")
    lab.update(site_kind=site_kind, page_type=page_type, header_pattern=header_pattern,
               notes="%s %s%s" % (casegen.NOTE, lang + ". " if lang else "", notes))
    case["labels"] = {k: lab[k] for k in ORDER if k in lab}


# 1. inkl, pattern B live blog: 4-line inkl chrome, publisher twice with edition suffix, section,
#    "(now); ... (earlier)" byline, caption pair ending "Photograph: ...", "Summary" heading,
#    indented bullets, "Updated" markers. Cut by the store limit.
pg("inkl-kellerton-floods-live", "https://www.inkl.com/news/kellerton-floods-live-evacuation-orders-widen-as-marran-river-peak-revised-upward", "inkl", INKL_TOP + [
    "H|The Pacific Herald - AU",
    "H|The Pacific Herald - AU",
    "H|National",
    "H|Imogen Tarrant (now); Callum Reyes and Bea Lindqvist (earlier)",
    "",
    "T|Kellerton floods live: evacuation orders widen as Marran River peak revised upward",
    "",
    "H|Residents move furniture to higher ground in Kellerton on Sunday",
    "H|Residents move furniture to higher ground in Kellerton on Sunday. Photograph: Dean Whitcombe/AAP",
    "",
    "B|Summary",
    "",
    "P|Good evening, this is Imogen Tarrant taking over our coverage of the floods in the Marran valley from Callum Reyes. Here is where things stand as night falls:",
    "",
    "B|  • The weather bureau now expects the Marran River at Kellerton bridge to peak at 9.4 metres early on Monday, half a metre higher than it forecast this morning.",
    "",
    "B|  • Evacuation orders were extended at 4pm to the low-lying streets of Ashby Flats and Riverside East, covering about 2,300 homes.",
    "",
    "B|  • The highway is closed in both directions between Tallowood and Corran Creek, and school buses will not run on Monday.",
    "",
    "B|  • Two evacuation centres are open, at the Kellerton showground and the youth club hall on Mill Street.",
    "",
    "C|Updated",
    "",
    "B|Mayor: 'Do not wait for the water to reach your door'",
    "",
    "B|The Kellerton mayor, Rosalind Petrakis, told a press conference a few minutes ago that people inside the order area should leave before dark.",
    "",
    "B|“We have seen this river come up a metre in three hours,” she said. “If you are in Ashby Flats tonight, pack your medicines and your pets and go to the showground.”",
    "",
    "C|Updated",
    "",
    "B|Army helicopters on standby",
    "",
    "B|The state emergency minister, Lachlan Doyle, says two army helicopters have been moved to the Tallowood airstrip and will be available for rescues from first light.",
    "",
    "B|He said crews had already carried out 41 flood rescues since Friday, most of them from cars driven into floodwater on rural roads. He asked drivers to check the road closures map before setting out.",
    "",
    "B|“Please, if it’s flooded, forget it,” Doyle said. “Every one of those rescues put a volunteer in danger.”",
    "",
    "C|Updated",
    "",
    "B|Power cut to 1,100 homes",
    "",
    "B|The electricity distributor says it has switched off supply to about 1,100 homes in Riverside East as a precaution, because substations in the area are expected to go under overnight.",
], cut_here=True, publisher="The Pacific Herald - AU", publisher_name="The Pacific Herald",
    section="National", byline_raw="Imogen Tarrant (now); Callum Reyes and Bea Lindqvist (earlier)",
    authors=["Imogen Tarrant", "Callum Reyes", "Bea Lindqvist"],
    captions=[{"text": "Residents move furniture to higher ground in Kellerton on Sunday.", "credit": "Dean Whitcombe/AAP", "position": "header"}],
    truncated=None, lang="en-AU", site_kind="aggregator_app_mirror", page_type="live_blog",
    header_pattern="inkl:B chrome4/pub/pub/section/byline/title/caption/caption+Photograph/'Summary'/bullets/'Updated'",
    notes="Caption line 1 has no final period, so the caption text is taken from line 2 without ' Photograph: ...'. 'Summary' and the entry headings are live-blog body; 'Updated' is the live-blog marker (chrome). The first paragraph names the byline authors. Excerpt cut at 2,000 bytes.")

# 2. inkl, pattern C short article: credit-only photo line, body of four paragraphs, then the
#    sign-up wall and inkl's footer block (related story with its publisher, picks, free trial).
pg("inkl-halden-rowe-kiln-closure", "https://inkl.com/news/pottery-maker-halden-rowe-to-close-kiln-after-140-years", "inkl", INKL_TOP + [
    "H|The Standard Bearer UK",
    "H|The Standard Bearer UK",
    "H|Business",
    "H|Harriet Ojo",
    "",
    "T|Pottery maker Halden & Rowe to close its last kiln after 140 years",
    "",
    "H|Jamie Crossland/PA",
    "",
    "P|Halden & Rowe, one of the last family-owned potteries in the Midlands, is to close its main kiln in March with the loss of 86 jobs, blaming energy bills that it says have tripled in four years.",
    "",
    "B|The company, which makes hand-painted tableware sold in department stores across Europe, said it would keep a design studio and a small factory shop open.",
    "",
    "B|“We have fought this for three winters,” said managing director Clive Rowe, whose great-grandfather founded the firm in 1886. “The gas bill for the kiln alone is now larger than our payroll.”",
    "",
    "B|The Ceramic and Allied Workers’ Union said it would seek talks about redeployment and called on ministers to set up a support scheme for heritage manufacturers.",
    "",
    "C|Sign up to read this article",
    "C|Read news from 100’s of titles, curated specifically for you.",
    "C|Already a member? Sign in here",
    "C|Related Stories",
    "C|Tyne Evening Star",
    "C|Glassworks secures £4m rescue deal as 200 jobs saved",
    "C|Top stories on inkl right now",
    "C|Our Picks",
    "C|Fourteen days free",
    "C|Download the app",
    "C|One app. One membership.",
    "C|100+ trusted global sources.",
], publisher="The Standard Bearer UK", publisher_name="The Standard Bearer", section="Business",
    byline_raw="Harriet Ojo", authors=["Harriet Ojo"],
    captions=[{"text": None, "credit": "Jamie Crossland/PA", "position": "header"}],
    truncated=True, lang="en-GB", site_kind="aggregator_app_mirror",
    header_pattern="inkl:C chrome4/pub/pub/section/byline/title/credit-only/body/'Sign up to read this article'/footer block",
    notes="The photo shows only as a credit line (no caption text). 'Sign up to read this article' is the paywall cut (truncated=true); the related story's publisher line and headline are footer chrome.")

# 3. inkl, pattern B' briefing: alt text line that differs from the caption, a promo sentence
#    inside caption line 2 before 'Photograph:', byline with a role phrase and 'agencies'.
pg("inkl-black-sea-insurers-briefing", "https://d33gy59ovltp76.cloudfront.net/news/black-sea-shipping-briefing-insurers-return-as-corridor-deal-edges-closer", "inkl", INKL_TOP + [
    "H|The Lantern - US",
    "H|The Lantern - US",
    "H|World",
    "H|Owen Haddad with Lantern writers and agencies",
    "",
    "T|Black Sea shipping briefing: insurers return as corridor deal edges closer",
    "",
    "H|A bulk carrier waits at anchor",
    "H|A bulk carrier anchored off the coast near Varna in November. Follow the latest developments in the corridor talks, live. Photograph: Nikolai Drenov/AFP/Getty Images",
    "P|  • Three of the largest marine insurers in London said on Monday they would resume cover for grain ships using the western Black Sea route, after negotiators reported progress on a written corridor agreement. War-risk premiums, which reached 3% of a ship’s value last spring, fell to 0.8% in early trading, brokers said.",
    "",
    "B|  • The draft text, seen by the Lantern, commits both sides to a 30-day notice period before any inspection regime is changed. A senior negotiator said the remaining dispute concerned who pays for the mine-clearing vessels.",
    "",
    "B|  • Port officials in Constanța reported 46 departures over the weekend, the highest number since talks began. Freight rates for a standard 60,000-tonne cargo dropped by about a fifth.",
    "",
    "B|  • Farmers’ groups warned that storage space was running out at inland silos. “We have the harvest of two seasons sitting in the same sheds,” said Iryna Bondar, who chairs a growers’ association in the south.",
    "",
    "B|  • The EU’s trade commissioner is due to meet transport ministers from five coastal states on Thursday to discuss funding for the escorts.",
    "",
    "B|  • Separately, a tanker ran aground in fog near the mouth of the Danube. No pollution has been detected so far, according to the regional coastguard.",
    "",
    "B|  • Shipping analysts cautioned that insurers could withdraw cover again at short notice. “This is a market that moves on headlines,” said Tobias Lind of the consultancy Northsea Freight. “One incident in the corridor and the premiums are back where they were.”",
    "",
    "B|  • Grain prices in Chicago slipped for a third day on expectations of larger exports from the region before the end of the year.",
], cut_here=True, publisher="The Lantern - US", publisher_name="The Lantern", section="World",
    byline_raw="Owen Haddad with Lantern writers and agencies", authors=["Owen Haddad"],
    organization="agencies",
    captions=[{"text": "A bulk carrier anchored off the coast near Varna in November.", "credit": "Nikolai Drenov/AFP/Getty Images", "position": "header"}],
    truncated=None, lang="en", site_kind="aggregator_app_mirror", page_type="briefing",
    header_pattern="inkl:B' chrome4/pub/pub/section/byline/title/alt text/caption+promo+Photograph/bullets (no blank line)",
    notes="Line 1 of the image is alt text unrelated to the caption wording. 'Follow the latest developments in the corridor talks, live.' is a promo sentence inside caption line 2, not caption text. Byline role phrase 'with Lantern writers and agencies': only Owen Haddad is a person. The first bullet follows the caption with no blank line. Excerpt cut at 2,000 bytes.")

# 4. Yahoo News UK: advertisement label, title, publisher logo text, author, long date, read time,
#    standfirst, inline caption with credit in parentheses, 'Story continues', 'ADVERTISEMENT',
#    'Read more' link list after the article.
pg("yahoo-uk-orkla-ferry-fares-frozen", "https://uk.news.yahoo.com/island-ferry-fares-frozen-two-years-184012553.html", "yahoo", [
    "C|Advertisement",
    "T|Island ferry fares to be frozen for two years after campaign by Orkla residents",
    "H|Northgate Evening Post",
    "H|Kirsty Abernethy",
    "H|Sat, 5 December 2026 at 6:40 pm GMT",
    "C|3 min read",
    "",
    "S|Ministers agree £12m package after a petition signed by one in three islanders",
    "",
    "P|Ferry fares to the island of Orkla will be frozen until at least 2029 after ministers agreed a £12m support package following a year-long campaign by residents.",
    "",
    "B|A return ticket for a car and driver currently costs £94, more than double the price on comparable routes further south.",
    "",
    "H|Passengers queue to board the morning sailing at Dunmore pier. (Ailsa Grant/PA)",
    "",
    "B|Campaigners said the freeze would keep young families on the island. “People were doing the sums and deciding they couldn’t afford to stay,” said Morag Sinclair, who organised the petition.",
    "",
    "C|Story continues",
    "",
    "B|The transport secretary, Euan Dalgleish, said the package would also pay for an extra winter sailing on Fridays.",
    "",
    "C|ADVERTISEMENT",
    "",
    "B|The ferry operator has been told to publish monthly figures on cancellations from January.",
    "",
    "C|Read more",
    "C|• Ferry operator fined over cancelled winter sailings",
    "C|• Orkla school to stay open after council U-turn",
    "C|• Island housing plan approved despite objections",
], publisher="Northgate Evening Post", byline_raw="Kirsty Abernethy", authors=["Kirsty Abernethy"],
    captions=[{"text": "Passengers queue to board the morning sailing at Dunmore pier.", "credit": "Ailsa Grant/PA", "position": "inline"}],
    truncated=False, lang="en-GB", site_kind="aggregator_portal",
    header_pattern="yahoo-news(uk):'Advertisement'/title/publisher/author/date/'N min read'/standfirst/body/inline caption '(credit)'/'Story continues'/'ADVERTISEMENT'/'Read more' list",
    notes="Standfirst shown under the read time (kept in the text, labelled standfirst). Inline photo caption between paragraphs, credit in parentheses. 'Read more' heading and bulleted links after the article are chrome; the article ends before them (truncated=false).")

# 5. MSN: skip link, brand and nav words, publisher with Follow button, title, 'Story by ... •
#    5h • 3 min read', caption with '©' credit, dateline, subheading, related video and footer.
pg("msn-rivermont-water-plant", "https://www.msn.com/en-us/news/us/rivermont-approves-48-million-water-plant-after-two-boil-water-notices/ar-BB1xQz7k", "msn", [
    "C|Skip to content",
    "C|MSN",
    "C|Discover",
    "C|Sign in",
    "H|The Lakeshore Dispatch",
    "C|Follow",
    "T|Rivermont approves $48 million water plant after two boil-water notices in a year",
    "H|Story by Priya Nandakumar • 5h • 3 min read",
    "",
    "H|Crews inspect the intake pipe at the Rivermont water treatment plant on Tuesday. © Marcus Bell/The Lakeshore Dispatch",
    "",
    "P|RIVERMONT — The city council voted 6-1 on Thursday night to borrow $48 million for a new water treatment plant, ending a two-year debate that grew urgent after residents were told twice this year to boil their tap water.",
    "",
    "B|The current plant was built in 1961. Engineers told the council in March that two of its four filters could fail “at any time.”",
    "",
    "B|Council member Denise Okafor cast the only vote against, saying the city should first apply for a state grant. “We are asking our grandchildren to pay for this,” she said.",
    "",
    "B|What happens next",
    "",
    "B|Construction is expected to start in late 2027 and take about three years. Water bills will rise by about $6 a month for a typical household from July.",
    "",
    "B|Residents can comment on the design at an open house at the public library on Jan. 14.",
    "",
    "C|Related video: Why your water bill is going up (WLKD-TV)",
    "C|Sponsored Content",
    "C|More for You",
    "C|Feedback",
    "C|© 2026 Microsoft",
    "C|Privacy & Cookies",
    "C|Terms of use",
], publisher="The Lakeshore Dispatch", byline_raw="Story by Priya Nandakumar",
    authors=["Priya Nandakumar"],
    captions=[{"text": "Crews inspect the intake pipe at the Rivermont water treatment plant on Tuesday.", "credit": "Marcus Bell/The Lakeshore Dispatch", "position": "header"}],
    truncated=False, lang="en-US", site_kind="aggregator_portal",
    header_pattern="msn:skip/brand/nav/publisher/'Follow'/title/'Story by X • age • N min read'/caption '© credit'/dateline body/subheading/related video/footer",
    notes="Byline, relative age and read time share one line (the whole line is a header line; byline_raw is the 'Story by ...' part). Caption credit follows '©'. 'What happens next' is a subheading (body). Related-video label, sponsored rail and Microsoft footer are chrome.")

# 6. NewsBreak 2024 template: 'Open in App', nav bullets, publisher as last bullet, indented title,
#    'By ...,' byline with trailing comma, relative time, bare image URL, indented body. Cut.
pg("newsbreak-prairie-hollow-four-day-week", "https://www.newsbreak.com/prairie-hollow-ia/3817264459012-prairie-hollow-school-board-delays-vote-on-four-day-week-after-packed-meeting", "newsbreak", [
    "C|Open in App",
    "C|  • Local",
    "C|  • Weather",
    "C|  • Schools",
    "C|  • Crime & Safety",
    "C|  • High School Sports",
    "C|  • Farm & Ranch",
    "C|  • Obituaries",
    "C|  • Newsletter",
    "H|  • Prairie Hollow Gazette",
    "",
    "T|    Prairie Hollow school board delays vote on four-day week after packed meeting",
    "",
    "H|    By Dana Whitlock,",
    "",
    "C|    11 hours ago",
    "",
    "C|    https://img.particlenews.com/image.php?url=4kQ7zR_0xPm2Tc800",
    "",
    "P|    PRAIRIE HOLLOW — The Prairie Hollow Community School District board postponed a vote on moving to a four-day school week on Monday after more than 200 parents, teachers and students filled the high school auditorium.",
    "",
    "B|    Superintendent Gail Sorensen had recommended the change to start next August, saying it would help the district hire and keep teachers. Three neighboring districts already run four-day weeks.",
    "",
    "B|    Speakers were split. Several teachers said the extra day would let them plan lessons and see their own children. Parents who work in town asked who would watch younger students on Fridays.",
    "",
    "B|    “I support our teachers, but I can’t leave a seven-year-old home alone,” said Marisol Vega, a mother of three who works at the hospital.",
    "",
    "B|    Board president Tom Akers said the board would hold two listening sessions in January and vote in February. The district will also survey families about child care.",
    "",
    "B|    Under the draft plan, school days would run 25 minutes longer and the district would offer a paid Friday program at the elementary school for families who need it.",
    "",
    "B|    The program would cost families $18 a day, with free places for students who qualify for free school meals. Sorensen said the district expects to save about $140,000 a year on transportation and utilities.",
    "",
    "B|    Several students also spoke. Junior Caleb Ostrander said many of his classmates already work on Fridays and Saturdays to help their families, and a four-day week would let them keep their grades up.",
    "",
    "B|    Teachers union president Rhonda Kimball said 11 teachers left the district last year for jobs in districts with four-day weeks. “We are training teachers for our neighbors,” she said.",
], cut_here=True, publisher="Prairie Hollow Gazette", byline_raw="By Dana Whitlock,",
    authors=["Dana Whitlock"], truncated=None, lang="en-US", site_kind="aggregator_app_mirror",
    header_pattern="newsbreak:'Open in App'/nav-bullets/•publisher/title/'By ... ,'/relative-time/image URL/body(indented)",
    notes="Publisher is the last nav bullet. Relative time line and the bare image URL are chrome. Body indented 4 spaces. Excerpt cut at 2,000 bytes.")

# 7. en-GB regional portal: skip link, masthead, nav run, weather, breadcrumb, section, byline with
#    role, published/updated line, caption 'Picture:', share row, inline 'READ MORE:' cross-link,
#    subheading and list, story-tip line, newsletter pitch, comments prompt, most read, footer.
pg("wessexvale-en-bypass-shelved", "https://www.wessexvaletoday.example/news/local-politics/marlbury-bypass-plan-shelved-for-third-time-9921458", "wessexvaletoday", [
    "C|Skip to main content",
    "C|Wessex Vale Today",
    "C|News Sport What's On Property Jobs",
    "C|7°C Marlbury",
    "C|Home › News › Local Politics",
    "H|Local Politics",
    "T|Marlbury bypass shelved for third time as costs pass £90m",
    "H|By Hannah Okafor, Local Democracy Reporter",
    "H|Published: 14:06, 06 December 2026 | Updated: 16:31, 06 December 2026",
    "H|The junction at Stanton Cross, where the bypass would have started. Picture: Wessex Vale Today",
    "C|Share on Facebook Share on X Share by email",
    "P|Plans for a Marlbury bypass have been shelved for the third time in fifteen years after the estimated cost rose to £92 million.",
    "C|READ MORE: Stanton Cross roadworks overrun by six weeks",
    "B|Why the cost has risen",
    "B|A report to the county cabinet gave three reasons:",
    "B|• steel and asphalt prices;",
    "B|• a longer bridge over the River Avel;",
    "B|• new rules on protecting water meadows.",
    "B|Cabinet member for highways Cllr Peter Langridge said the council would instead spend £6m on junction changes in the town centre.",
    "B|“Nobody is more disappointed than me,” he said.",
    "C|Got a story? Email newsdesk@wessexvaletoday.example",
    "C|Get the Vale's top stories in your inbox every morning – sign up to our free newsletter.",
    "C|Sign up",
    "C|Comments (14)",
    "C|Join the conversation – please read our community guidelines before posting.",
    "C|Most Read",
    "C|1. Teenager rescued after falling through ice on Avel lake",
    "C|2. Christmas market opening times announced",
    "C|© 2026 Wessex Vale Media Ltd | Privacy | Cookies | Contact us",
], publisher_name="Wessex Vale Today", section="Local Politics",
    byline_raw="By Hannah Okafor, Local Democracy Reporter", authors=["Hannah Okafor"],
    captions=[{"text": "The junction at Stanton Cross, where the bypass would have started.", "credit": "Wessex Vale Today", "position": "header"}],
    truncated=False, lang="en-GB", site_kind="regional_portal",
    header_pattern="portal:skip/masthead/nav/weather/breadcrumb/section/title/'By X, role'/'Published: ... | Updated: ...'/caption 'Picture:'/share row/body with 'READ MORE:' link, subheading, list/tip line/newsletter/comments/most read/footer",
    notes="Masthead is site chrome (publisher not shown as a source line; publisher_name from the site). Breadcrumb is chrome, the section line below it is the section. 'READ MORE:' cross-link between paragraphs is chrome. The subheading, the list and the short quote are body.")

# 8. en-IN news-app web reader: app name, open-in-app pitch, publisher with age, title, author,
#    updated line, listen button, caption '(Photo: Special Arrangement)', app wall, cards.
pg("tapbrief-enin-lake-wetlands", "https://tapbrief.example/story/deccan-morning-post/kalyani-lake-floating-wetlands-revival-7718203", "tapbrief", [
    "C|TapBrief",
    "C|Open in app",
    "C|Get the TapBrief app for faster news, offline reading and alerts from 2,000+ sources.",
    "H|Deccan Morning Post · 3h",
    "T|Kalyani lake to get floating wetlands in ₹14-crore revival plan",
    "H|Sanjana Iyer",
    "H|Updated: Dec 07, 2026, 09:15 IST",
    "C|🔊 Listen to this article",
    "H|Volunteers clear weeds along the northern bund of Kalyani lake on Saturday. (Photo: Special Arrangement)",
    "P|The city corporation will install floating wetlands over nearly two acres of Kalyani lake as part of a ₹14-crore plan to clean the water body, which has been choked by sewage and weeds for over a decade.",
    "B|The plan, cleared by the standing committee on Friday, also includes a sewage treatment unit at the inlet and a walking track of 2.3 km.",
    "B|“The plants on the floating beds absorb nitrates and give fish a place to breed,” said lake ecologist Dr. Meera Raghunath, who advised the corporation.",
    "B|Residents’ groups welcomed the move but asked for the tender to be...",
    "C|Continue reading this story in the TapBrief app",
    "C|Open app",
    "C|You may also like",
    "C|Metro Phase 3 tender reopened after single bid · The Southern Ledger · 5h",
    "C|More from Deccan Morning Post",
], publisher="Deccan Morning Post", byline_raw="Sanjana Iyer", authors=["Sanjana Iyer"],
    captions=[{"text": "Volunteers clear weeds along the northern bund of Kalyani lake on Saturday.", "credit": "Special Arrangement", "position": "header"}],
    truncated=True, lang="en-IN", site_kind="news_app_web_reader",
    header_pattern="reader:app name/'Open in app'/app pitch/'Publisher · age'/title/author/'Updated: ... IST'/listen button/caption '(Photo: ...)'/body/app wall/cards",
    notes="Publisher shown with the story's age on one line ('Deccan Morning Post · 3h', a header line). Article cut by an open-in-app wall (truncated=true). The related card with its source and age is chrome.")

# 9. en-US WordPress RSS mirror: nav with bars, trending bar, title, 'By X | Publisher', date,
#    'Source:' line, featured-image caption '(Photo by ...)', body ending in a glued ' […]',
#    'The post ... appeared first on ...' note, related posts, powered-by footer.
pg("feedmirror-en-calder-jail-unit", "https://www.usnewsmirror.example/2026/12/06/calder-county-jail-to-add-mental-health-unit-after-three-deaths-in-custody/", "usnewsmirror", [
    "C|Home | World | US | Business | Tech | Health",
    "C|Trending: Winter storm • Rate decision • Playoff picture",
    "T|Calder County jail to add mental health unit after three deaths in custody",
    "H|By Tomás Herrera | The Calder Valley Register",
    "H|December 6, 2026",
    "H|Source: The Calder Valley Register",
    "H|The Calder County Detention Center in Millbrook. (Photo by Lena Ortiz/The Calder Valley Register)",
    "P|The Calder County jail will open a 16-bed mental health unit next summer, county commissioners decided Friday, after three people died in custody in less than two years.",
    "B|The unit will be staffed around the clock by nurses and a part-time psychiatrist under a contract with Riverbend Health, at a cost of about $2.1 million a year.",
    "B|Sheriff Wade Tolliver said about a third of the people booked into the jail last year had a diagnosed mental illness. “We have been running a hospital without the staff of a hospital,” he said.",
    "B|Families of two of the men who died have filed lawsuits against the county, which are still pending. Commissioners said the unit was not a response to the suits. […]",
    "C|The post Calder County jail to add mental health unit after three deaths in custody appeared first on The Calder Valley Register.",
    "C|Related Posts",
    "C|Sheriff's office to put body cameras on every deputy",
    "C|Ice storm leaves 9,000 homes without power",
    "C|Powered by WordPress | Theme by NewsPress Lite",
], publisher="The Calder Valley Register", byline_raw="By Tomás Herrera | The Calder Valley Register",
    authors=["Tomás Herrera"],
    captions=[{"text": "The Calder County Detention Center in Millbrook.", "credit": "Lena Ortiz/The Calder Valley Register", "position": "header"}],
    inline_chrome=[" […]"], truncated=True, lang="en-US", site_kind="rss_republisher",
    header_pattern="mirror:nav/trending/title/'By X | Publisher'/date/'Source: Publisher'/caption '(Photo by ...)'/excerpt + ' […]'/'The post ... appeared first on ...'/related/footer",
    notes="RSS excerpt republished by a WordPress mirror: ' […]' glued to the last paragraph is inline chrome and marks the cut (truncated=true). The 'The post ... appeared first on ...' note contains the title but is chrome.")

# 10. en wire-agency site: masthead, nav bars, section, title, byline, numeric date with zone,
#     caption with agency credit, dateline with agency code, list, tags, republication notice.
pg("bnw-en-oil-shale-units", "https://www.bnwire.example/en/energy/2026/12/07/estonian-oil-shale-plant-to-shut-two-units-early-as-wind-output-climbs-a418820", "bnwire", [
    "C|BNW | Baltic News Wire",
    "C|Latest | Politics | Economy | Energy | Photo | Subscribe",
    "H|Energy",
    "T|Estonian oil-shale plant to shut two units early as wind output climbs",
    "H|By Kristjan Vaher",
    "H|07.12.2026 11:42 EET",
    "H|The Laanemetsa power plant seen from the north-east, 2025. Photo: BNW/Anu Kask",
    "P|TALLINN, Dec 7 (BNW) – The state-owned operator of the Laanemetsa oil-shale power plant will close two of its four generating units earlier than planned because wind farms now meet a growing share of Estonia’s demand, the company said on Monday.",
    "B|The operator said the timetable was:",
    "B|- unit 5 to close in April 2027, a year ahead of schedule;",
    "B|- unit 6 to close in October 2027;",
    "B|- units 7 and 8 to stay available as reserve until 2030.",
    "B|About 240 workers will be offered retraining or jobs at a new battery storage site nearby, chief executive Liis Tamm told reporters.",
    "B|Wind generation covered 38% of consumption in November, up from 24% a year earlier, according to grid data.",
    "C|Tags: energy, Estonia, oil shale, wind",
    "C|© Baltic News Wire. Republication is permitted only with a reference to BNW.",
    "C|Get the BNW morning wire in your inbox",
    "C|Related",
    "C|Latvia extends gas storage subsidy into 2027",
], publisher_name="Baltic News Wire", section="Energy", byline_raw="By Kristjan Vaher",
    authors=["Kristjan Vaher"], organization="BNW",
    captions=[{"text": "The Laanemetsa power plant seen from the north-east, 2025.", "credit": "BNW/Anu Kask", "position": "header"}],
    truncated=False, lang="en", site_kind="wire_portal",
    header_pattern="wire:masthead/nav/section/title/byline/'DD.MM.YYYY HH:MM EET'/caption 'Photo: agency/name'/dateline '(BNW) –' body/list/tags/republication notice/newsletter/related",
    notes="News agency's own English wire page: agency code in the dateline (organization BNW); masthead is chrome. Dash list is body. Complete story (truncated=false).")

# 11. es-ES regional portal carrying an agency story: masthead, nav, today's date, section,
#     title, entradilla (standfirst), agency byline, place | date line, caption 'Foto:', share row,
#     dateline body, subheading. Cut by the store limit.
pg("vegasbajas-es-variante-licitacion", "https://www.vegasbajasdigital.example/actualidad/la-junta-licita-por-62-millones-la-variante-de-valdelacruz-de-la-vega_20261205.html", "vegasbajasdigital", [
    "C|Vegas Bajas Digital",
    "C|Portada Actualidad Comarcas Deportes Cultura Opinión",
    "C|Lunes, 7 de diciembre de 2026",
    "H|ACTUALIDAD",
    "T|La Junta licita por 6,2 millones la variante de Valdelacruz de la Vega",
    "S|La obra, con un plazo de 18 meses, sacará del casco urbano unos 4.000 vehículos diarios, la mitad de ellos camiones de las cooperativas de la zona",
    "H|EUROPA PRESS",
    "H|Mérida | 05/12/2026 - 13:45h",
    "H|Imagen de la travesía de Valdelacruz de la Vega, en una foto de archivo. Foto: Junta de Extremadura",
    "C|Compartir en Facebook Compartir en X Compartir en WhatsApp",
    "P|MÉRIDA, 5 (EUROPA PRESS) - La Junta de Extremadura ha licitado por 6,2 millones de euros las obras de la variante de Valdelacruz de la Vega, una reivindicación vecinal de más de veinte años.",
    "B|Así lo ha anunciado este sábado la consejera de Infraestructuras, Rocío Galán, durante una visita al municipio, donde ha recordado que la travesía actual soporta un tráfico \"impropio\" de una calle urbana.",
    "B|El nuevo trazado, de 3,4 kilómetros, contará con dos glorietas y un paso inferior para el camino de la Dehesa, y las empresas interesadas tienen de plazo hasta el próximo 15 de enero para presentar sus ofertas.",
    "B|Plazos y tráfico",
    "B|Según los datos de la consejería, por la travesía pasan cada día unos 4.000 vehículos, de los que cerca de la mitad son camiones que transportan fruta y tomate a las cooperativas durante la campaña de verano.",
    "B|El alcalde, Andrés Molina, ha agradecido el paso dado por la Junta, aunque ha pedido que las obras no coincidan con la campaña de recogida \"para no colapsar el pueblo\".",
    "B|La consejera ha explicado que el proyecto incluye también una senda peatonal y ciclista que unirá el casco urbano con el polígono industrial, una petición de los vecinos recogida durante la información pública.",
    "B|Un proyecto con tres intentos",
    "B|La variante ya figuró en los presupuestos regionales de 2009 y de 2016, pero en ambas ocasiones quedó paralizada por falta de financiación y por los cambios en el trazado exigidos por la Confederación Hidrográfica.",
    "B|La asociación de vecinos, que llegó a recoger 2.300 firmas, ha celebrado la noticia con cautela: \"Hasta que no veamos las máquinas no nos lo creemos\", ha señalado su presidenta, Carmen Rubio.",
], cut_here=True, publisher_name="Vegas Bajas Digital", section="ACTUALIDAD",
    byline_raw="EUROPA PRESS", organization="Europa Press",
    captions=[{"text": "Imagen de la travesía de Valdelacruz de la Vega, en una foto de archivo.", "credit": "Junta de Extremadura", "position": "header"}],
    truncated=None, lang="es-ES", site_kind="regional_portal",
    header_pattern="portal:masthead/nav/today's date/section/title/entradilla/agency byline/'Place | DD/MM/YYYY - HH:MMh'/caption 'Foto:'/share row/dateline body/subheading",
    notes="The entradilla under the title is the standfirst (kept in the text). Agency-only byline in capitals: no authors, organization Europa Press; the dateline '(EUROPA PRESS) -' stays in the first paragraph. The masthead date is the page's date, not the story's (chrome). Excerpt cut at 2,000 bytes.")

# 12. hu regional portal: masthead, nav, search, section, title, lead (standfirst), author in
#     family-name-first order, 'YYYY. month D. HH:MM' date, caption 'Fotó:', inline 'Ezt is
#     ajánljuk:' link, ad label, related, newsletter pitch, footer.
pg("matravidek-hu-tanuszoda", "https://www.matravidekonline.example/belfold/2026/12/ket-ev-utan-ujra-megnyilik-a-gyongyfalvi-tanuszoda", "matravidekonline", [
    "C|MÁTRAVIDÉK ONLINE",
    "C|Hírek Gazdaság Sport Kultúra Időjárás",
    "C|Keresés",
    "H|Belföld",
    "T|Két év után újra megnyílik a gyöngyfalvi tanuszoda",
    "S|A felújítás 1,4 milliárd forintba került, az iskolák januártól vihetik újra a diákokat.",
    "H|Kovács Eszter",
    "H|2026. december 6. 18:42",
    "H|A felújított medencetér a szombati átadás előtt. Fotó: Szabó Bence",
    "P|Két évnyi zárva tartás után szombaton átadták a gyöngyfalvi tanuszodát. Az épületben új gépészet, napelemes vízmelegítés és akadálymentes öltöző készült.",
    "C|Ezt is ajánljuk: Bezár a régi buszpályaudvar a piac mellett",
    "B|Tóth Gábor polgármester az átadón elmondta: a város a fenntartási költségek felét vállalja, így a belépő ára nem emelkedik.",
    "B|„Minden gyerek tanuljon meg úszni, mielőtt kikerül az általános iskolából” – fogalmazott.",
    "B|A környék tizenkét iskolája januártól heti két úszásórát tarthat az uszodában, a lakossági nyitvatartás reggel hattól este kilencig tart.",
    "C|Hirdetés",
    "C|Kapcsolódó cikkek",
    "C|Felújítják a városi sportcsarnok tetejét",
    "C|Ne maradjon le semmiről! Iratkozzon fel hírlevelünkre.",
    "C|Feliratkozom",
    "C|Impresszum | Adatvédelem | Kapcsolat",
    "C|© 2026 Mátravidék Online",
], publisher_name="Mátravidék Online", section="Belföld", byline_raw="Kovács Eszter",
    authors=["Kovács Eszter"],
    captions=[{"text": "A felújított medencetér a szombati átadás előtt.", "credit": "Szabó Bence", "position": "header"}],
    truncated=False, lang="hu", site_kind="regional_portal",
    header_pattern="portal:masthead/nav/search/section/title/lead/author/'YYYY. month D. HH:MM'/caption 'Fotó:'/body with 'Ezt is ajánljuk:' link/ad label/related/newsletter/footer",
    notes="Hungarian name order (family name first) is kept as shown. The lead under the title is the standfirst (kept in the text). 'Ezt is ajánljuk:' cross-link between paragraphs is chrome; the quoted line is body. Complete page (truncated=false).")

# 13. bn (Bangladesh) news portal: nav words, section, title, reporter with place, 'প্রকাশ:' date in
#     Bengali digits, caption 'ছবি:', inline 'আরও পড়ুন' link. Cut by the store limit.
pg("nodirdesh-bn-nodibhangon", "https://www.nodirdesh.example/country/khulna/2026/12/06/318842", "nodirdesh", [
    "C|প্রচ্ছদ",
    "C|জাতীয় রাজনীতি অর্থনীতি সারাদেশ খেলা বিনোদন",
    "H|সারাদেশ",
    "T|নদীভাঙনে বিলীন ৪০ বসতঘর, আতঙ্কে তিন গ্রামের মানুষ",
    "H|মাহমুদুল হাসান, খুলনা",
    "H|প্রকাশ: ০৬ ডিসেম্বর ২০২৬, ১৮:৩০",
    "H|ভাঙনের মুখে থাকা একটি বাড়ি থেকে মালামাল সরিয়ে নিচ্ছেন স্থানীয়রা। ছবি: প্রতিবেদক",
    "P|খুলনার কাজলদিয়া উপজেলায় ময়নাখালী নদীর ভাঙনে গত এক সপ্তাহে অন্তত ৪০টি বসতঘর নদীতে বিলীন হয়েছে। দ্রুত ব্যবস্থা না নিলে আরও তিনটি গ্রাম ঝুঁকিতে পড়বে বলে আশঙ্কা করছেন স্থানীয়রা।",
    "C|আরও পড়ুন: উপকূলে বাঁধ সংস্কারে নতুন প্রকল্প",
    "B|স্থানীয় ইউনিয়ন পরিষদের চেয়ারম্যান রফিকুল ইসলাম বলেন, ‘প্রতিদিন জোয়ারের সময় নতুন জায়গা ভাঙছে। ক্ষতিগ্রস্ত পরিবারগুলো এখন স্কুলের মাঠে আশ্রয় নিয়েছে।’",
    "B|পানি উন্নয়ন বোর্ডের নির্বাহী প্রকৌশলী নাসরিন সুলতানা জানান, ভাঙনকবলিত এলাকায় জরুরি ভিত্তিতে বালুভর্তি ব্যাগ ফেলার কাজ শুরু হয়েছে।",
    "B|তিনি বলেন, স্থায়ী বাঁধ নির্মাণের জন্য একটি প্রকল্প প্রস্তাব মন্ত্রণালয়ে পাঠানো হয়েছে।",
], cut_here=True, publisher_name="নদীর দেশ", section="সারাদেশ", byline_raw="মাহমুদুল হাসান, খুলনা",
    authors=["মাহমুদুল হাসান"],
    captions=[{"text": "ভাঙনের মুখে থাকা একটি বাড়ি থেকে মালামাল সরিয়ে নিচ্ছেন স্থানীয়রা।", "credit": "প্রতিবেদক", "position": "header"}],
    truncated=None, lang="bn", site_kind="regional_portal",
    header_pattern="portal:home/nav/section/title/'reporter, place'/'প্রকাশ: date'/caption 'ছবি:'/body with 'আরও পড়ুন:' link",
    notes="Byline is the reporter's name and the district ('মাহমুদুল হাসান, খুলনা'): only the name is an author. Date in Bengali digits. Caption credit 'প্রতিবেদক' (the reporter). 'আরও পড়ুন:' (read more) cross-link is chrome. Excerpt cut at 2,000 bytes (Bengali takes 3 bytes a character).")

# 14. en-NG aggregator: nav, WhatsApp pitch, section, title, 'Source:' line, byline, date,
#     excerpt, read-on-source link, aggregator disclaimer, related, comment form.
pg("gistline-enng-development-areas", "https://gistline.example/politics/odo-ora-assembly-passes-bill-to-create-new-development-areas-2291407", "gistline", [
    "C|Gistline",
    "C|Home Politics Business Entertainment Sports Tech",
    "C|Join our WhatsApp channel for breaking news updates",
    "H|Politics",
    "T|Assembly passes bill to create 12 new development areas in Odo-Ora",
    "H|Source: The Ibadan Courier",
    "H|By Adebayo Ogunleye",
    "H|December 7, 2026",
    "P|The State House of Assembly on Thursday passed a bill creating twelve new local council development areas out of the Odo-Ora local government, ending a debate that began in 2023.",
    "B|The Speaker, Rt. Hon. Folasade Adeyemi, said the new areas would bring government closer to rural communities and speed up road projects.",
    "B|Some lawmakers from the opposition asked for a referendum first, but their motion failed by 19 votes to 7.",
    "B|The bill now goes to the governor for assent...",
    "C|Read the full story on The Ibadan Courier",
    "C|Disclaimer: Gistline is a news aggregator. This story was first published by The Ibadan Courier, which is solely responsible for its content.",
    "C|Related News",
    "C|Lawmakers approve N4.2bn supplementary budget",
    "C|Leave a Reply",
    "C|Your email address will not be published. Required fields are marked *",
], publisher="The Ibadan Courier", section="Politics", byline_raw="By Adebayo Ogunleye",
    authors=["Adebayo Ogunleye"], truncated=True, lang="en-NG", site_kind="aggregator_portal",
    header_pattern="aggregator:brand/nav/WhatsApp pitch/section/title/'Source: Publisher'/byline/date/excerpt/'Read the full story on ...'/disclaimer/related/comment form",
    notes="'Source:' line names the publisher (header line). Excerpt ends with '...' and a read-on-source link (truncated=true). Aggregator disclaimer, related card and WordPress comment form are chrome.")

casegen.write_pages()
