"""Build invented pages in the big aggregators' page text (writer14's round U14: tune set of stop 23).

Each page: lines tagged C| chrome, H| header line, T| title (header), P| first body paragraph,
B| body, S| standfirst, '' = blank. Labels derived from the tags plus the explicit fields, as in
the shared aggregator-text cases: a standfirst (S|) stays in the text and goes to `standfirst`
only (neither header nor chrome); a bullet marker is dropped from `first_body_paragraph`. A page
built with cut=True is cut at the store's 2,000 UTF-8 bytes inside its last (body) line, like the
stored excerpts; every other page is complete and shorter. Site names, people and article text
are made up; layouts follow the page text of inkl, Yahoo (UK/AU/Japan), MSN (en-US, de-DE,
es-MX) and NewsBreak (2024 and 2022 templates). Header lines are deduplicated (inkl prints the
publisher twice; the shared cases list it once).

    python make_u14.py [OUTDIR]   (default: this folder)
"""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
import casegen  # noqa: E402

casegen.NOTE = "Invented page text in the layout of a big aggregator's page text (writer14's round U14, tune set of stop 23)."
if len(sys.argv) < 2:
    sys.argv.append(str(pathlib.Path(__file__).resolve().parent))

page = casegen.shared_page

INKL = ["C|Get all your news in one place.", "C|100’s of premium titles.", "C|One app.", "C|Start reading"]
INKL_FOOT = ["C|Sign up to read this article", "C|Read news from 100’s of titles, curated specifically for you.",
             "C|Already a member? Sign in here", "C|Related Stories", "C|Top stories on inkl right now"]

# 1. inkl, Guardian-like live blog: pub x2 / section / '(now); ... (earlier)' byline / title /
#    alt text + 'caption Photograph: credit' pair / summary heading / bullets / 'Updated'; cut.
page("inkl-meridian-au-flood-live-murray-river-peak", "https://www.inkl.com/news/murray-river-flood-live-renmark-braces-for-peak-as-levee-works-continue", "inkl", INKL + [
    "H|The Meridian - AU",
    "H|The Meridian - AU",
    "H|National",
    "H|Priya Ramaswamy (now); Callum Fitzgerald and Noor Haddad (earlier)",
    "",
    "T|Murray River flood live: Renmark braces for peak as levee works continue overnight",
    "",
    "H|Sandbags along the river",
    "H|Volunteers fill sandbags beside the Murray at Renmark on Sunday. Photograph: Lachlan Pryor/AAP",
    "",
    "B|Summary",
    "",
    "P|Good evening. Here is where things stand as the Murray approaches its expected peak at Renmark:",
    "",
    "B|  • The river is forecast to reach 18.9 metres at Renmark on Tuesday morning, the highest level since 1956, the Bureau of Meteorology said.",
    "",
    "B|  • About 1,100 properties in the Riverland have been told to prepare to leave, and 140 have already been evacuated.",
    "",
    "C|Updated",
    "",
    "B|The state emergency service says crews will keep working on the Paringa levee through the night after a section slumped late on Sunday afternoon.",
    "",
    "B|Premier Dianne Kovac told reporters in Berri that the levee remained \"sound but stressed\" and asked residents to stay away from the embankment.",
    "",
    "C|Updated",
    "",
    "B|Irrigators downstream of Loxton say they have lost access to pumps on at least nine properties. The regional growers' association said water was lapping at the base of packing sheds and that some growers had moved citrus stock to higher ground, while others had given up on saving their vines this season. A spokesperson for the association said its members would need help with clean-up once the water receded, and that many of them had not recovered from the floods three seasons ago, when the same stretch of river broke its banks for almost two months and several of the smaller packing operations closed for good. Growers at Waikerie and Cadell have also asked the state to bring forward payments from the disaster recovery fund, which they say took months to arrive last time, and the opposition has called for an independent review of how the levees along the lower river are maintained between floods. Council staff in Renmark said the town hall would stay open overnight as a relief centre.",
], publisher="The Meridian - AU", publisher_name="The Meridian", section="National",
    byline_raw="Priya Ramaswamy (now); Callum Fitzgerald and Noor Haddad (earlier)",
    authors=["Priya Ramaswamy", "Callum Fitzgerald", "Noor Haddad"],
    captions=[{"text": "Volunteers fill sandbags beside the Murray at Renmark on Sunday.", "credit": "Lachlan Pryor/AAP", "position": "header"}],
    truncated=None, cut=True, lang="en-AU", site_kind="aggregator_reader", page_type="live_blog",
    header_pattern="inkl:B' chrome4/pub/pub/section/byline '(now); ... (earlier)'/title/alt-text/caption+Photograph/'Summary'/bullets/'Updated'",
    notes="'Updated' on its own line is the live-blog marker catalogued as inline chrome. The alt-text line ('Sandbags along the river') and the caption line are header lines; 'Summary' is a live-blog heading kept as body. Authors drop '(now)'/'(earlier)'. Cut by the 2,000-byte limit (truncated=null).")

# 2. inkl, AAP wire copy on an invented regional masthead: pub x2 / section / 'Name, AAP' / title /
#    '(AAP)' dateline in the first paragraph; no caption; cut.
page("inkl-canberra-ledger-aap-teacher-pay-deal", "https://www.inkl.com/news/act-teachers-accept-pay-deal-ending-months-of-rolling-stoppages", "inkl", INKL + [
    "H|Canberra Ledger",
    "H|Canberra Ledger",
    "H|Education",
    "H|Miles Okonkwo-Reid, AAP",
    "",
    "T|ACT teachers accept pay deal ending months of rolling stoppages",
    "",
    "P|Public school teachers in the ACT have voted to accept a four-year pay deal, ending nine months of rolling stoppages that closed classrooms across Canberra on 14 days this year.",
    "",
    "B|The Australian Education Union's ACT branch said 81 per cent of members who took part in the ballot backed the offer, which lifts salaries by 16.5 per cent over four years and caps face-to-face teaching at 21 hours a week.",
    "",
    "B|\"Teachers stuck together and it made the difference,\" branch secretary Hemi Tautahi said on Monday.",
    "",
    "B|Education Minister Corinne Blaxland said the government was pleased the dispute was over and that the deal would help schools keep experienced staff.",
    "",
    "B|The agreement still has to be approved by the Fair Work Commission, which is expected to happen before the start of the new school year.",
    "",
    "B|Under the deal, graduate teachers will start on just over $91,000 a year from February, while the top of the classroom scale rises to about $134,000 by 2030. Schools will also get money for an extra 60 learning support assistants, and the government has promised a review of the workload created by reporting and data collection, which teachers said had grown every year without any extra time being set aside for it. The union had earlier rejected two offers, saying they did not go far enough to stop staff leaving for New South Wales, where pay rises were agreed last year and where the shortfall in teachers in regional schools has been the subject of a parliamentary inquiry. Principals had warned that some schools in the outer suburbs were relying on casual relief teachers to cover whole classes for weeks at a time, and that the stoppages had fallen hardest on students in their final year, who lost days of lessons in the lead-up to exams. The union said it would now turn its attention to staffing in early childhood centres.",
], publisher="Canberra Ledger", section="Education", byline_raw="Miles Okonkwo-Reid, AAP",
    authors=["Miles Okonkwo-Reid"], organization="AAP",
    truncated=None, cut=True, lang="en-AU", site_kind="aggregator_reader",
    header_pattern="inkl:A chrome4/pub/pub/section/byline 'Name, AAP'/title/body",
    notes="AAP wire copy: the agency is named after the reporter in the byline, so organization is AAP and the reporter the author. No caption. Cut by the 2,000-byte limit (truncated=null).")

# 3. inkl, PA wire on an Independent-like masthead: pub x2 / section / 'By Name, PA Political
#    Correspondent' / title / credit-only line '(Photographer/PA)' / body / short-story footer
#    without a sign-up wall; complete.
page("inkl-northern-standard-pa-ferry-contract", "https://inkl.com/news/ministers-sign-new-ferry-contract-for-orkney-and-shetland-routes", "inkl", INKL + [
    "H|The Northern Standard UK",
    "H|The Northern Standard UK",
    "H|Politics",
    "H|By Eilidh Sorensen, PA Scotland Political Correspondent",
    "",
    "T|Ministers sign new ferry contract for Orkney and Shetland routes",
    "",
    "H|(Jane Barlow/PA)",
    "",
    "P|A new eight-year contract to run ferries to Orkney and Shetland has been signed, the Scottish Government has announced.",
    "",
    "B|The deal keeps the current operator on the routes from Aberdeen and Scrabster and includes a commitment to order two new freight vessels by 2029.",
    "",
    "B|Islands minister Fergus Lindqvist said it would give \"certainty to island businesses that depend on these sailings every single day\".",
    "",
    "B|The Scottish Conservatives said the contract had been signed months late and called for a statement to Holyrood.",
    "",
    "C|Related Stories",
    "C|Top stories on inkl right now",
    "C|Our Picks",
    "C|Download the app",
    "C|One app. One membership.",
    "C|100+ trusted global sources.",
], publisher="The Northern Standard UK", publisher_name="The Northern Standard", section="Politics",
    byline_raw="By Eilidh Sorensen, PA Scotland Political Correspondent", authors=["Eilidh Sorensen"], organization="PA",
    captions=[{"text": None, "credit": "Jane Barlow/PA", "position": "header"}],
    truncated=False, lang="en-GB", site_kind="aggregator_reader",
    header_pattern="inkl:C chrome4/pub/pub/section/'By Name, PA role'/title/credit-only '(Photographer/PA)'/body/footer rail",
    notes="PA wire: the role 'PA Scotland Political Correspondent' names the agency (organization PA); the person is the author. The credit-only line in brackets is a caption with no text. The story ends before inkl's footer rail, which has no sign-up line (truncated=false).")

# 4. inkl, US metro paper: pattern D (no section line), two authors 'A and B, Paper' / title /
#    caption with inline credit '(Photographer/Paper)'; dates in body; cut.
page("inkl-lakeshore-tribune-transit-fare-freeze", "https://www.inkl.com/news/transit-board-freezes-fares-for-2027-but-warns-of-service-cuts", "inkl", INKL + [
    "H|Lakeshore Tribune",
    "H|Lakeshore Tribune",
    "H|Marisol Quintero and Devin Ashcroft, Lakeshore Tribune",
    "",
    "T|Transit board freezes fares for 2027 but warns of service cuts without state help",
    "",
    "H|A northbound train pulls into the Granville Avenue station on Dec. 3, 2026. (Eileen Marsh/Lakeshore Tribune)",
    "",
    "P|The regional transit board voted 9-2 on Thursday to keep fares at $2.50 for buses and trains through 2027, but its chair warned that service cuts of up to 20% could follow in the fall unless state lawmakers approve new funding.",
    "",
    "B|The $2.1 billion budget closes a $312 million gap with one-time federal money and savings from unfilled positions, finance staff said.",
    "",
    "B|\"We are buying ourselves nine months,\" board chair Loretta Vasquez-Hull said after the vote. \"That is not a plan. That is a bridge.\"",
    "",
    "B|Two board members voted no, saying the agency should raise fares by a quarter to avoid deeper cuts later.",
    "",
    "B|Riders who spoke during public comment mostly backed the freeze. Several said trains on the north branch still ran late most mornings and that a fare increase would be hard to accept before reliability improved. Advocates for disabled riders asked the board to protect paratransit from any future cuts, and a union representing bus operators said drivers were already working mandatory overtime because the agency had not hired enough staff to fill its schedules since the pandemic. The agency's chief executive said recruiting had picked up this year and that the number of daily scheduled trips that were cancelled had fallen by more than half since January, although she acknowledged that waits on some bus routes in the evening were still far too long. Board members also asked staff to report back in March on the cost of running more frequent buses on the lakefront routes, where ridership has returned to about 90% of its level before 2020, well ahead of the system as a whole. A final vote on next year's capital program is scheduled for January.",
], publisher="Lakeshore Tribune", byline_raw="Marisol Quintero and Devin Ashcroft, Lakeshore Tribune",
    authors=["Marisol Quintero", "Devin Ashcroft"],
    captions=[{"text": "A northbound train pulls into the Granville Avenue station on Dec. 3, 2026.", "credit": "Eileen Marsh/Lakeshore Tribune", "position": "header"}],
    truncated=None, cut=True, lang="en-US", site_kind="aggregator_reader",
    header_pattern="inkl:D chrome4/pub/pub/'A and B, Paper'/title/caption '(Photographer/Paper)'/body",
    notes="No section line (pattern D). The paper's name after the authors is no organization (not an agency). Cut by the 2,000-byte limit (truncated=null).")

# 5. inkl, short item behind the sign-up wall: pub x2 / section / single byline / title /
#    caption pair with 'Photograph:' / two paragraphs / 'Sign up to read this article' footer.
page("inkl-meridian-uk-sign-up-library-closures", "https://www.inkl.com/news/council-pauses-library-closures-after-legal-challenge", "inkl", INKL + [
    "H|The Meridian - UK",
    "H|The Meridian - UK",
    "H|UK news",
    "H|Harriet Mbeki-Lowe",
    "",
    "T|Council pauses library closures after legal challenge by parents",
    "",
    "H|Stockwell Road library",
    "H|Stockwell Road library, one of six branches the council had planned to close in April. Photograph: Owen Tregarthen/The Meridian",
    "",
    "P|A council in the West Midlands has paused plans to close six of its libraries after parents began a legal challenge arguing that the consultation ignored the needs of disabled children.",
    "",
    "B|Lawyers for the families said the authority had failed to carry out a proper equality impact assessment before the cabinet vote in October.",
    "",
] + INKL_FOOT + ["C|Fourteen days free", "C|Download the app", "C|One app. One membership.", "C|100+ trusted global sources."],
    publisher="The Meridian - UK", publisher_name="The Meridian", section="UK news", byline_raw="Harriet Mbeki-Lowe",
    authors=["Harriet Mbeki-Lowe"],
    captions=[{"text": "Stockwell Road library, one of six branches the council had planned to close in April.", "credit": "Owen Tregarthen/The Meridian", "position": "header"}],
    truncated=True, lang="en-GB", site_kind="aggregator_reader",
    header_pattern="inkl:B chrome4/pub/pub/section/byline/title/alt/caption+Photograph/2 paragraphs/'Sign up to read this article' footer",
    notes="Short teaser: 'Sign up to read this article' after two paragraphs is inkl's wall (truncated=true). The first image line is alt text, a prefix of the caption; both are header lines.")

# 6. inkl, staff-and-agencies piece: pub x2 / section / 'Meridian staff and agencies' / title /
#    caption pair with a promo sentence before 'Photograph:' (promo not caption text); cut.
page("inkl-meridian-us-agencies-volcano-flights", "https://www.inkl.com/news/flights-cancelled-across-southern-japan-as-volcano-ash-cloud-drifts-south", "inkl", INKL + [
    "H|The Meridian - US",
    "H|The Meridian - US",
    "H|World",
    "H|Meridian staff and agencies",
    "",
    "T|Flights cancelled across southern Japan as volcano ash cloud drifts south",
    "",
    "H|Ash rises over Kagoshima",
    "H|Ash rises from the crater of Mount Sakurajima on Monday. Follow the latest news from Asia on our live page. Photograph: Kyodo/Reuters",
    "",
    "P|More than 180 flights in and out of southern Japan were cancelled on Monday after an eruption at Mount Sakurajima sent a column of ash 5,200 metres into the sky, the country's weather agency said.",
    "",
    "B|Kagoshima airport suspended all departures from mid-morning as ash fell on runways, and airlines said disruption could last into Tuesday.",
    "",
    "B|The Japan Meteorological Agency kept the volcano's alert at level 3 of 5, which bars people from approaching the crater, and warned of large falling rocks within two kilometres of the summit.",
    "",
    "B|Residents of Kagoshima city, across the bay from the volcano, were told to wear masks outdoors and to keep windows shut. Ash piled up to a depth of several millimetres in some districts, and the city sent out its road sweepers in the afternoon to clear the main routes into the centre. Schools kept pupils indoors during breaks, and a baseball tournament planned for the weekend was postponed, local broadcasters reported, citing officials. Sakurajima is one of Japan's most active volcanoes and erupts hundreds of times a year, usually with small explosions that cause little disruption beyond the bay area, but larger events have forced airports on the island of Kyushu to close several times over the past decade, and scientists have warned that the magma chamber under the bay has been refilling steadily. Airlines said passengers booked on cancelled flights could rebook free of charge until the end of the week, and the bullet train operator added extra services between Kagoshima and Fukuoka to carry travellers north. Ferry services across the bay ran normally, although the operator warned that it could suspend sailings at short notice if ash made visibility poor.",
], publisher="The Meridian - US", publisher_name="The Meridian", section="World",
    byline_raw="Meridian staff and agencies", organization="agencies",
    captions=[{"text": "Ash rises from the crater of Mount Sakurajima on Monday.", "credit": "Kyodo/Reuters", "position": "header"}],
    truncated=None, cut=True, lang="en", site_kind="aggregator_reader",
    header_pattern="inkl:B chrome4/pub/pub/section/'staff and agencies'/title/alt/caption+promo+Photograph/body",
    notes="'Meridian staff and agencies' names no person (authors empty, organization 'agencies'). The promo sentence 'Follow the latest news from Asia on our live page.' inside the caption line is not caption text. Cut by the 2,000-byte limit (truncated=null).")

# 7. Yahoo News UK: title / publisher line / two bylines with roles / 'Sat, 5 December 2026 at
#    6:14 pm GMT' / 'N min read' / body with 'Advertisement' / caption '(Image: ...)' inline /
#    'Read more' links; complete.
page("yahoo-uk-bristol-harbour-bridge-reopens", "https://uk.news.yahoo.com/bristol-harbour-swing-bridge-reopen-181402713.html", "yahoo", [
    "T|Bristol harbour swing bridge to reopen after two-year repair",
    "H|Western Daily Courier",
    "H|Gemma Rowntree, Transport Reporter and Idris Khalil, Local Democracy Reporter",
    "H|Sat, 5 December 2026 at 6:14 pm GMT",
    "C|2 min read",
    "",
    "P|A Victorian swing bridge in Bristol's harbour will reopen to pedestrians and cyclists next month after a two-year repair that ran £1.4m over budget.",
    "",
    "B|The bridge, which links the city centre with Spike Island, was closed in 2024 after engineers found corrosion in its turning mechanism.",
    "",
    "C|Advertisement",
    "",
    "H|The bridge was lifted out by crane in 2025 (Image: Bristol City Council)",
    "",
    "B|Council cabinet member Stella Ogunbiyi said: \"It has taken longer than anyone wanted, but the bridge will be good for another hundred years.\"",
    "",
    "B|It will swing open for boats on weekends from the spring.",
    "",
    "C|Read more: Bristol's new harbour ferry timetable starts in January",
    "C|Read more: Temple Meads works to close station entrance for a week",
], publisher="Western Daily Courier", byline_raw="Gemma Rowntree, Transport Reporter and Idris Khalil, Local Democracy Reporter",
    authors=["Gemma Rowntree", "Idris Khalil"],
    captions=[{"text": "The bridge was lifted out by crane in 2025", "credit": "Bristol City Council", "position": "inline"}],
    truncated=False, lang="en-GB", site_kind="aggregator_portal",
    header_pattern="yahoo-news(uk):title/publisher/'A, role and B, role'/'Sat, d Month yyyy at h:mm pm GMT'/'N min read'/body with 'Advertisement'/inline caption '(Image: ...)'/'Read more:' links",
    notes="Roles after each name are not authors. 'Local Democracy Reporter' is a role, not an agency, so organization is null. The inline caption sits between paragraphs (position inline). The 'Read more:' lines are the partner's jump links (chrome); the story is complete (truncated=false).")

# 8. Yahoo News Australia: title / 'Name · News Reporter' / 'Updated Mon 7 December 2026 at 4:02 am'
#    / standfirst / caption 'Source: ...' / body / 'Do you have a story tip? Email:' / wall-less end.
page("yahoo-au-koala-crossing-warning-signs", "https://au.news.yahoo.com/koala-road-deaths-prompt-new-warning-signs-043012345.html", "yahoo", [
    "C|Yahoo News Australia",
    "T|Koala road deaths prompt flashing warning signs on coastal highway",
    "H|Bronte Walsh-Nguyen · News Reporter",
    "H|Updated Mon 7 December 2026 at 4:02 am",
    "",
    "S|Nine koalas have been struck on the same 12km stretch since winter.",
    "",
    "H|A koala crosses a road near Port Stephens in November. Source: Supplied",
    "",
    "P|Flashing warning signs will be switched on along a stretch of coastal highway north of Newcastle where nine koalas have been killed by cars since June, the state's roads agency has confirmed.",
    "",
    "B|The signs will light up at dusk and dawn, when koalas are most likely to be on the move, and drivers will be asked to slow to 60km/h.",
    "",
    "B|Wildlife carer Annette Pryce told Yahoo News the signs were welcome but fencing was needed. \"We are losing breeding females,\" she said.",
    "",
    "C|Do you have a story tip? Email: newsroomau@yahoonews.example",
    "C|You can also follow us on Facebook, Instagram, TikTok, X and YouTube.",
], publisher=None, publisher_name="Yahoo News Australia", byline_raw="Bronte Walsh-Nguyen · News Reporter",
    authors=["Bronte Walsh-Nguyen"],
    captions=[{"text": "A koala crosses a road near Port Stephens in November.", "credit": "Supplied", "position": "header"}],
    truncated=False, lang="en-AU", site_kind="aggregator_portal",
    header_pattern="yahoo-news(au):brand/title/'Name · role'/'Updated Ddd d Month yyyy at h:mm am'/standfirst/caption 'Source: ...'/body/story-tip and social footer",
    notes="Yahoo's own newsroom story: the brand line is site chrome, so publisher (as a source title) is null and publisher_name is Yahoo News Australia. 'Source: Supplied' is the caption credit. The standfirst stays in the text. Story-tip and social lines are footer chrome (truncated=false).")

# 9. Yahoo!ニュース (Japan): title / publisher + '12/7(月) 18:05配信' / comment count / caption
#    with '（写真：…）' / body / '記者' byline at the end / '最終更新:' / wall '続きは...'; truncated.
page("yahoo-jp-sendai-subway-night-service", "https://news.yahoo.co.jp/articles/4f1c2a9e0b7d3c5e8a6b1f2d9c0e7a3b5d8f1c6e", "yahoo", [
    "C|Yahoo!ニュース",
    "T|仙台市地下鉄、年末に終夜運転へ　東西線と南北線で初",
    "H|12/7(月) 18:05配信",
    "C|コメント14件",
    "H|東北河北日報",
    "H|終夜運転が予定される仙台駅の地下鉄ホーム（写真：東北河北日報）",
    "P|仙台市交通局は7日、大みそかから元日にかけて地下鉄南北線と東西線で終夜運転を行うと発表した。両線そろっての終夜運転は初めてとなる。",
    "B|初詣客の利用が多い南北線は約20分間隔、東西線は約30分間隔で運行する。交通局は「年末年始の移動を安全に支えたい」としている。",
    "B|昨年は南北線のみで実施し、約1万2千人が利用した。",
    "H|（東北河北日報　佐々木陽菜記者、大友航平記者）",
    "C|続きは東北河北日報のサイトでお読みいただけます",
    "C|最終更新:12/7(月) 19:20",
    "C|記事に関する報告",
], publisher="東北河北日報", byline_raw="（東北河北日報　佐々木陽菜記者、大友航平記者）",
    authors=["佐々木陽菜", "大友航平"],
    captions=[{"text": "終夜運転が予定される仙台駅の地下鉄ホーム", "credit": "東北河北日報", "position": "header"}],
    truncated=True, lang="ja", site_kind="aggregator_portal",
    header_pattern="yahoo-jp:brand/title/'M/D(曜) HH:MM配信'/comment count/publisher/caption '（写真：...）'/body/closing '（Paper　Name記者、Name記者）'/'続きは...'/'最終更新:'/report link",
    notes="The closing bracketed byline names the paper and two reporters with the '記者' suffix; authors are the names without '記者'. The paper is no agency (organization null). '続きは東北河北日報のサイトでお読みいただけます' sends the reader to the source for the rest (truncated=true). '最終更新:' is Yahoo's update stamp, chrome like the comment count.")

# 10. MSN en-US: nav / publisher / 'Follow' / 'Story by A and B • 2h' / title / '© Provided by'
#     caption credit / body with 'Continue Reading' slot / 'Related video:' / cut.
page("msn-enus-harbor-ledger-ferry-terminal-bond", "https://www.msn.com/en-us/news/us/voters-back-ferry-terminal-bond-in-close-count/ar-BB1xQ7tz", "msn", [
    "C|Microsoft Start",
    "C|Sign in",
    "C|Discover",
    "C|Following",
    "C|News",
    "H|The Harbor Ledger",
    "C|Follow",
    "H|Story by Tamsin Okafor and Ruben Achterberg • 2h",
    "C|2 min read",
    "T|Voters back $86 million ferry terminal bond in close count",
    "H|The Bainbridge ferry terminal on Tuesday. © Provided by The Harbor Ledger",
    "P|Voters in Kitsap County narrowly approved an $86 million bond to rebuild the Bainbridge ferry terminal, according to results updated Friday evening, with the measure clearing the required 60% supermajority by fewer than 400 votes.",
    "B|The bond will pay for a new passenger building, a second overhead walkway and seismic work on the pier, which county engineers say could fail in a strong earthquake.",
    "B|\"We asked people to pay for something they will use every day, and they said yes,\" county commissioner Alana Frey said.",
    "C|Related video: Ferry riders face long waits as terminal ages (KSTW)",
    "B|Opponents had argued that the state, not local taxpayers, should pay for the work, since the terminal is part of the state ferry system, and a group of homeowners had run newspaper ads saying the bond would raise property taxes by about $94 a year on a median-priced home.",
    "B|County officials said construction could begin in 2028 if the state signs off on the design, with the current building staying open while the new one goes up alongside it. The ferry system carried about 5.8 million riders on the Bainbridge route last year, more than on any other route, and the terminal's waiting room has been too small for the crowds on summer weekends for years, riders say. The elections office will certify the results on Dec. 15, and a recount is not expected because the margin is above the threshold that would trigger one automatically under state law, though either side can still ask and pay for one. Turnout in the county was just under 41%, low for a ballot with a bond measure, and officials said thousands of ballots postmarked on election day were still arriving by mail during the week. Both campaigns said they would wait for certification before commenting further.",
], publisher="The Harbor Ledger", byline_raw="Story by Tamsin Okafor and Ruben Achterberg • 2h",
    authors=["Tamsin Okafor", "Ruben Achterberg"],
    captions=[{"text": "The Bainbridge ferry terminal on Tuesday.", "credit": "The Harbor Ledger", "position": "header"}],
    truncated=None, cut=True, lang="en-US", site_kind="aggregator_portal",
    header_pattern="msn(en-us):brand/sign-in/nav/publisher/'Follow'/'Story by A and B • 2h'/'N min read'/title/caption '© Provided by ...'/body with 'Related video:'",
    notes="Byline and relative age share one line ('Story by ... • 2h'); the whole line is a header line, the authors are the two names. '© Provided by <publisher>' is the caption credit. The video slot line is chrome. Cut by the 2,000-byte limit (truncated=null).")

# 11. MSN de-DE: publisher / 'Geschichte von A • 3 Std.' / title / caption '© dpa' / body /
#     'Fortsetzung des Artikels' mid-body / 'Mehr lesen' wall to the publisher; truncated.
page("msn-dede-tagespost-nord-fahrradbruecke-kiel", "https://www.msn.com/de-de/nachrichten/regional/neue-fahrradbr%C3%BCcke-%C3%BCber-die-hoern-wird-im-fr%C3%BChjahr-er%C3%B6ffnet/ar-AA1vK3mQ", "msn", [
    "C|Microsoft Start",
    "C|Anmelden",
    "C|Nachrichten",
    "H|Tagespost Nord",
    "C|Folgen",
    "H|Geschichte von Jannik Bröhl, Sünje Carstensen • 3 Std.",
    "T|Neue Fahrradbrücke über die Hörn wird im Frühjahr eröffnet",
    "H|Die Brückenteile wurden im Oktober mit einem Schwimmkran eingesetzt. © Tagespost Nord/Frauke Ihlenfeldt",
    "P|Kiel. Die neue Fahrrad- und Fußgängerbrücke über die Hörn soll Ende April eröffnet werden. Das teilte die Stadt am Montag mit. Ursprünglich war die Freigabe für diesen Herbst geplant.",
    "C|Fortsetzung des Artikels",
    "B|Grund für die Verzögerung seien Nacharbeiten an der Hubmechanik, sagte eine Sprecherin. Die Kosten steigen nach Angaben der Stadt um rund 2,3 Millionen Euro.",
    "C|Mehr lesen auf Tagespost Nord",
], publisher="Tagespost Nord", byline_raw="Geschichte von Jannik Bröhl, Sünje Carstensen • 3 Std.",
    authors=["Jannik Bröhl", "Sünje Carstensen"],
    captions=[{"text": "Die Brückenteile wurden im Oktober mit einem Schwimmkran eingesetzt.", "credit": "Tagespost Nord/Frauke Ihlenfeldt", "position": "header"}],
    truncated=True, lang="de-DE", site_kind="aggregator_portal",
    header_pattern="msn(de-de):brand/'Anmelden'/nav/publisher/'Folgen'/'Geschichte von A, B • 3 Std.'/title/caption '© ...'/dateline body/'Fortsetzung des Artikels'/'Mehr lesen auf <pub>'",
    notes="German MSN edition: 'Geschichte von' is MSN's 'Story by'; two authors joined by a comma. 'Kiel.' is the dateline in the first paragraph (body). 'Fortsetzung des Artikels' (continue article) is an inline slot label; 'Mehr lesen auf <publisher>' ends the teaser (truncated=true).")

# 12. MSN es-MX: publisher / 'Historia de Redacción' desk + agency / title / standfirst / caption
#     'Foto: EFE' / body with 'Lee también:' / complete with 'Contenido relacionado'.
page("msn-esmx-diario-bajio-lluvias-leon", "https://www.msn.com/es-mx/noticias/mexico/lluvias-atipicas-dejan-inundaciones-en-le%C3%B3n/ar-AA1vM0pZ", "msn", [
    "C|Microsoft Start",
    "C|Iniciar sesión",
    "H|Diario del Bajío",
    "H|Historia de Redacción Diario del Bajío / EFE • 5 h",
    "T|Lluvias atípicas dejan inundaciones en 40 colonias de León",
    "S|Protección Civil reporta 230 viviendas afectadas y ningún lesionado.",
    "H|Calles anegadas en la colonia San Miguel, este lunes. Foto: EFE",
    "P|León, Gto. Una tormenta fuera de temporada inundó este lunes al menos 40 colonias de León, Guanajuato, donde cayeron 62 milímetros de lluvia en menos de tres horas, informó Protección Civil municipal.",
    "C|Lee también: Suspenden clases en 12 escuelas de Silao por frente frío",
    "B|El organismo reportó 230 viviendas con daños y dijo que no hubo personas lesionadas. Cuadrillas retiraron árboles caídos en el bulevar Adolfo López Mateos.",
    "B|El Servicio Meteorológico Nacional prevé lluvias ligeras para el martes.",
    "C|Contenido relacionado",
    "C|Frente frío 18 traerá heladas al norte del país",
], publisher="Diario del Bajío", byline_raw="Historia de Redacción Diario del Bajío / EFE • 5 h",
    organization="EFE",
    captions=[{"text": "Calles anegadas en la colonia San Miguel, este lunes.", "credit": "EFE", "position": "header"}],
    truncated=False, lang="es-MX", site_kind="aggregator_portal",
    header_pattern="msn(es-mx):brand/'Iniciar sesión'/publisher/'Historia de Redacción Pub / EFE • 5 h'/title/standfirst/caption 'Foto: ...'/dateline body with 'Lee también:'/'Contenido relacionado' rail",
    notes="'Historia de' is MSN's 'Story by'; 'Redacción' (newsroom desk) names no person (authors empty) and the agency EFE is the organization. The standfirst stays in the text. Complete before the related rail (truncated=false).")

# 13. NewsBreak 2024 template: 'Open in App' / nav bullets / '• Publisher' / title /
#     'By A, B and C,' / 'Dec 6, 2026' / indented body with an image URL line; cut.
NB_NAV = ["C|Open in App"] + ["C|  • " + x for x in ("Local", "Traffic", "Business", "Health", "Things to Do", "Home & Garden", "Newsletter")]
page("newsbreak-tulsa-sentinel-water-main-boil-order", "https://www.newsbreak.com/tulsa-ok/4107712266104-boil-order-lifted-for-east-tulsa-after-water-main-break", "newsbreak", NB_NAV + [
    "H|  • Tulsa Sentinel",
    "",
    "T|    Boil order lifted for east Tulsa neighborhoods after water main break",
    "",
    "H|    By Kendra Lightfoot, Omar Benali and Jo Ellen Pruitt,",
    "",
    "C|    Dec 6, 2026",
    "",
    "C|    https://img.particlenews.example/image.php?url=4Xq2Lm_0yT8aB3c",
    "",
    "P|    A boil order covering about 14,000 homes in east Tulsa was lifted Sunday morning after tests showed the water was safe to drink, city officials said.",
    "",
    "B|    The order was issued Friday night when a 36-inch main broke near East 21st Street and South Garnett Road, dropping pressure across several neighborhoods.",
    "",
    "B|    \"Crews worked straight through the weekend,\" water utility director Graham Tsosie said. \"We appreciate everyone's patience.\"",
    "",
    "B|    Residents should run cold water taps for two minutes before using the water, and should throw out ice made during the boil order, the utility said.",
    "",
    "B|    The main that failed was installed in 1967 and is one of about 40 miles of large pipes the city has flagged for replacement in its capital plan. Voters approved money for the first phase of that work in 2025, and the city council is expected to award a contract for the stretch along South Garnett Road early next year, according to an agenda posted last week. Several businesses along the corridor closed on Saturday because they could not serve food or drinks, and a hospital on the east side brought in bottled water and delayed some elective procedures until pressure returned. City councilor Renee Haddock said she would ask for a briefing on why alerts reached some residents hours after the break. The utility said a review of the notification system was already under way and that residents could sign up for text alerts on the city's website. Haddock said the council should also look at how quickly crews were sent out on Friday night, when the first calls about low pressure came in, and whether the city had enough staff on call over weekends to handle two breaks at once.",
], publisher="Tulsa Sentinel", byline_raw="By Kendra Lightfoot, Omar Benali and Jo Ellen Pruitt,",
    authors=["Kendra Lightfoot", "Omar Benali", "Jo Ellen Pruitt"],
    truncated=None, cut=True, lang="en-US", site_kind="aggregator_portal",
    header_pattern="newsbreak:'Open in App'/nav-bullets/•publisher/title/'By A, B and C,'/'Mon D, YYYY'/image URL/body(indented)",
    notes="Publisher is the last nav bullet. Byline with 'By ' and a trailing comma; three authors, the last a two-word given name ('Jo Ellen'). The date line is labelled chrome like the relative time in the shared newsbreak case; the bare image URL line is chrome. Cut by the 2,000-byte limit (truncated=null).")

# 14. NewsBreak 2022 template: 'ContributorsPublishersAdvertisers' / section / title / 'By Name' /
#     publisher x2 / ' 3 days ago' / body / related card / 'Comments / 0'; complete.
page("newsbreak-boise-valley-record-library-hours", "https://www.newsbreak.com/news/2711840933-ada-county-libraries-extend-sunday-hours", "newsbreak", [
    "C|ContributorsPublishersAdvertisers",
    "H|Boise, ID",
    "T|Ada County libraries extend Sunday hours starting in January",
    "H|By Wren Castellanos-Duffy",
    "H|Boise Valley Record",
    "H|Boise Valley Record",
    "C| 3 days ago",
    "P|All five branches of the Ada County library district will open on Sundays from noon to 5 p.m. starting Jan. 4, the district's board decided Thursday.",
    "B|Only the main branch has opened on Sundays since budget cuts in 2020. The change will cost about $310,000 a year, mostly for staff.",
    "B|Library director Hollis Amundsen said Sunday visits at the main branch had doubled over two years.",
    "C|Boise Valley Record",
    "C|Meridian school board delays vote on later start times",
    "C|The board will take up the proposal again in February after more public comment.",
    "C|Comments / 0",
], publisher="Boise Valley Record", section="Boise, ID", byline_raw="By Wren Castellanos-Duffy",
    authors=["Wren Castellanos-Duffy"],
    truncated=False, lang="en-US", site_kind="aggregator_portal",
    header_pattern="newsbreak(2022):'ContributorsPublishersAdvertisers'/location section/title/'By Name'/publisher x2/' N days ago'/body/related card/comments",
    notes="2022 template: the location line above the title is the section; the publisher is printed twice after the byline. The related card (publisher, title, teaser) and 'Comments / 0' are footer chrome; the story is complete (truncated=false).")

casegen.write_pages()
