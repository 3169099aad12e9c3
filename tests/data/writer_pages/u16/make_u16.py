"""Build invented aggregator-text pages (writer16's round U16: a tune set).

Each page: lines tagged C| chrome, H| header line, T| title (header), P| first body paragraph,
B| body, S| standfirst, '' = blank. Labels are derived from the tags plus the explicit fields, in
the shared aggregator-text cases' conventions: a standfirst (S|) stays in the text and goes to
`standfirst` only (neither header nor chrome); a bullet marker is dropped from
`first_body_paragraph`; publisher, section, byline, title, caption and date lines and a
"Source: <publisher>" line are header lines; every UI line is chrome. A page built with cut=True
is cut at the store's 2,000 UTF-8 bytes inside its last (body) line (truncated null); every other
page is complete or ends at a wall and is shorter. Site names, people and article text are made
up; layouts follow inkl, Yahoo News (US, Singapore), MSN (fr-FR), NewsBreak (2022 template) and
twelve kinds of long-tail site (local TV station, community paper, trade magazine, Pakistani
portal, Google-News-like reader, Chilean regional portal, Brazilian portal with an agency story,
Italian local aggregator, Dutch regional reader, Korean portal, Vietnamese aggregator, Greek
portal).

    python make_u16.py [OUTDIR]   (default: this folder)
"""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
import casegen  # noqa: E402

casegen.NOTE = "Invented page text in the layout of a real site (writer16's round U16, a tune set)."
if len(sys.argv) < 2:
    sys.argv.append(str(pathlib.Path(__file__).resolve().parent))

page = casegen.shared_page

INKL = ["C|Get all your news in one place.", "C|100’s of premium titles.", "C|One app.", "C|Start reading"]

# 1. inkl, Guardian-like US edition: pub x2 / section / 'Name in City' byline / title / alt text
#    unrelated to the caption / 'caption Photograph: credit' / body with a subheading; cut.
page("inkl-courier-review-us-denver-snowplow-contract", "https://www.inkl.com/news/denver-hands-snowplow-routes-to-private-contractor-after-winter-of-complaints", "inkl", INKL + [
    "H|The Courier Review - US",
    "H|The Courier Review - US",
    "H|US news",
    "H|Maya Lindqvist in Denver",
    "",
    "T|Denver hands side-street snowplow routes to private contractor after winter of complaints",
    "",
    "H|A plow truck on Colfax Avenue",
    "H|Residential streets in east Denver were left unplowed for up to five days after the February storm. Photograph: Reuben Castellano/The Courier Review",
    "",
    "P|Denver will pay a private contractor $14.6m over three years to clear snow from residential streets, after a winter in which some neighbourhoods waited nearly a week for a plow and the city council received more than 9,000 complaints.",
    "",
    "B|The council approved the contract 9-4 on Monday night. Crews from the city's own street maintenance division will keep clearing arterial roads, bus routes and the streets around hospitals and schools.",
    "",
    "B|“We heard from people who could not get to dialysis, who could not get to work,” said councilmember Ines Barraza-Holt, who sponsored the measure. “The old plan was to wait for the sun. That is not a plan.”",
    "",
    "B|Union objections",
    "",
    "B|The union representing city equipment operators argued that the money would have been better spent hiring and training more drivers. Its president, Wendell Okoro, told the council that the division had lost a third of its licensed operators since 2022 and that vacancies, not equipment, explained the slow response in February, when a storm dropped 21 inches on the city in less than a day. The contractor, a Commerce City firm that already clears parking lots for several hospital systems, will have to have trucks on the road within 12 hours of the end of any storm that leaves more than six inches of snow, or pay penalties. Council members who voted against the contract said the city had not published the performance data it used to set that target, and asked the transportation department to report back on response times after the first storm of the season, which forecasters expect before the end of the month.",
], publisher="The Courier Review - US", publisher_name="The Courier Review", section="US news",
    byline_raw="Maya Lindqvist in Denver", authors=["Maya Lindqvist"],
    captions=[{"text": "Residential streets in east Denver were left unplowed for up to five days after the February storm.", "credit": "Reuben Castellano/The Courier Review", "position": "header"}],
    cut=True, lang="en-US", site_kind="aggregator_reader",
    header_pattern="inkl:B' chrome4/pub/pub/section/'Name in City'/title/unrelated alt text/caption+Photograph/body with subheading/cut",
    notes="The location phrase 'in Denver' after the reporter's name is no part of the author's name. The first image line is short alt text that does not match the caption; both image lines are header lines. The subheading 'Union objections' is body. Cut by the 2,000-byte limit inside the last paragraph (truncated=null).")

# 2. inkl, Independent-like masthead: pub x2 / section / byline / location line 'in Brussels' on
#    its own line / title / credit-only '(AFP via Getty Images)' / three short paragraphs / sign-up
#    footer with the 'One subscription ...' variant; wall.
page("inkl-ledger-uk-sign-up-eu-roaming-charges", "https://inkl.com/news/eu-agrees-to-cap-roaming-charges-for-uk-travellers-in-new-deal", "inkl", INKL + [
    "H|The Ledger UK",
    "H|The Ledger UK",
    "H|World",
    "H|Tobias Grant-Akande",
    "H|in Brussels",
    "",
    "T|EU agrees to cap roaming charges for UK travellers in first deal of the reset talks",
    "",
    "H|(AFP via Getty Images)",
    "",
    "P|Mobile phone users travelling between Britain and the European Union will see roaming charges capped at £2 a day from next summer under a deal struck in Brussels on Monday.",
    "",
    "B|The agreement is the first concrete result of talks launched in the spring to smooth trade and travel across the Channel, and will also apply to EU visitors to the UK.",
    "",
    "B|Officials said operators would have six months to change their tariffs once both sides had signed the text.",
    "",
    "C|Sign up to read this article",
    "C|Read news from 100’s of titles, curated specifically for you.",
    "C|Already a member? Sign in here",
    "C|Related Stories",
    "C|Top stories on inkl right now",
    "C|One subscription that gives you access to news from hundreds of sites",
    "C|Already a member? Sign in here",
    "C|Our Picks",
    "C|Fourteen days free",
    "C|Download the app",
    "C|One app. One membership.",
    "C|100+ trusted global sources.",
], publisher="The Ledger UK", publisher_name="The Ledger", section="World",
    byline_raw="Tobias Grant-Akande", authors=["Tobias Grant-Akande"],
    captions=[{"text": None, "credit": "AFP via Getty Images", "position": "header"}],
    truncated=True, lang="en-GB", site_kind="aggregator_reader",
    header_pattern="inkl:C chrome4/pub/pub/section/byline/'in City' line/title/credit-only '(AFP via Getty Images)'/3 paragraphs/'Sign up to read this article' footer",
    notes="Independent-style byline: the reporter's name, then the location 'in Brussels' on a line of its own (a header line, not part of the name). The bracketed credit-only line is a caption with no text. 'Sign up to read this article' after three paragraphs is inkl's wall (truncated=true); the footer repeats 'Already a member? Sign in here'.")

# 3. Yahoo News US carrying AP: title / provider line / 'By Name' / 'Updated ... EST' /
#    'N min read' / caption '(AP Photo/Name)' / 'CITY (AP) —' dateline / 'Advertisement' slots /
#    'Story continues' / cut.
page("yahoo-us-ap-ohio-river-lock-repairs", "https://www.yahoo.com/news/barge-traffic-backs-ohio-river-152204871.html", "yahoo", [
    "C|Yahoo News",
    "C|Search the web",
    "C|Sign in",
    "C|News  Finance  Sports  More",
    "T|Barge traffic backs up for miles as aging Ohio River lock closes for emergency repairs",
    "H|Associated Press",
    "H|By DELPHINE OKAFOR-RUIZ",
    "H|Updated Mon, December 7, 2026 at 3:22 PM EST",
    "C|3 min read",
    "",
    "H|Towboats wait below the Newburgh Locks and Dam on the Ohio River near Newburgh, Ind., on Sunday, Dec. 6, 2026. (AP Photo/Caleb Huntsinger)",
    "",
    "P|NEWBURGH, Ind. (AP) — More than 60 towboats pushing coal, grain and chemicals were stuck on the Ohio River on Monday after the Army Corps of Engineers shut the main chamber of a 50-year-old lock for emergency repairs, a closure that could last until the end of the month.",
    "",
    "B|Engineers found a crack in one of the lower miter gates during an inspection on Friday, the Corps said in a statement. The smaller auxiliary chamber remains open but can take only a few barges at a time, stretching waits to as long as four days.",
    "",
    "C|Advertisement",
    "",
    "B|“Every day a tow sits there costs the operator somewhere around $20,000,” said Harlan Voss, who heads a trade group for inland barge companies. “And farmers feel it at the elevator.”",
    "",
    "C|Story continues",
    "",
    "B|The lock, one of the busiest on the inland waterway system, handled about 60 million tons of cargo last year. Congress approved money to replace its chambers in 2022, but construction is not scheduled to begin until 2029, and the Corps has warned for years that its gates and valves were wearing out faster than its crews could repair them. Grain shippers said the timing was especially bad because the closure falls in the weeks when farmers in Indiana and Kentucky usually move the last of the harvest downriver to export terminals on the Gulf Coast. Some companies have begun moving cargo to trucks and rail, which costs several times more per ton, and river pilots said towboats were tying off along the banks for miles below the dam while they waited their turn. The Corps said it would post daily updates on the repair and on the length of the queue at both chambers.",
], publisher="Associated Press", byline_raw="By DELPHINE OKAFOR-RUIZ", authors=["Delphine Okafor-Ruiz"],
    organization="AP",
    captions=[{"text": "Towboats wait below the Newburgh Locks and Dam on the Ohio River near Newburgh, Ind., on Sunday, Dec. 6, 2026.", "credit": "AP Photo/Caleb Huntsinger", "position": "header"}],
    cut=True, lang="en-US", site_kind="aggregator_portal",
    header_pattern="yahoo-news(us):brand/search/sign-in/nav/title/provider/'By NAME'/'Updated Ddd, Month d, yyyy at h:mm PM EST'/'N min read'/caption '(AP Photo/...)'/'CITY (AP) —' body/'Advertisement'/'Story continues'/cut",
    notes="AP copy: the byline is in capitals as AP prints it (author given in proper case); the agency is the provider and is named in the dateline, so organization is AP. 'Advertisement' and 'Story continues' are slots inside the body (chrome). Cut by the 2,000-byte limit inside the last paragraph (truncated=null).")

# 4. Yahoo News Singapore, own newsroom: brand / breadcrumb / title / standfirst / 'Name' +
#    'Reporter' / date / caption with '(PHOTO: ...)' / 'SINGAPORE —' / Telegram + social footer.
page("yahoo-sg-hawker-centre-queue-app", "https://sg.news.yahoo.com/hawker-centre-queue-app-trial-tampines-054512938.html", "yahoo", [
    "C|Yahoo News Singapore",
    "C|Home  ·  Singapore  ·  World  ·  Lifestyle  ·  Videos",
    "C|Singapore",
    "T|Tampines hawker centre trials app that tells diners how long the queue is",
    "S|Stallholders say the pilot has cut lunch-hour crowding, but some older patrons find it confusing.",
    "H|Nur Aisyah Rahmat",
    "H|Reporter",
    "H|Mon, 7 December 2026 at 1:45 pm SGT",
    "C|2 min read",
    "H|A diner checks queue times on his phone at the Tampines hawker centre on 4 December. (PHOTO: Yahoo News Singapore/Gerald Tan)",
    "P|SINGAPORE — Diners at a hawker centre in Tampines can now check on their phones how long they will wait at each of its 48 stalls, in a three-month trial that began last week.",
    "B|Sensors above each stall count the people in line, and the figures are updated every two minutes on a web page that patrons reach by scanning a QR code at the entrance.",
    "B|Madam Koh Siew Lan, 63, who has sold fishball noodles at the centre for 22 years, said her lunch queue was now spread over a longer period. “Last time everybody come at 12.15. Now some come at 11.30 because they see the number,” she said.",
    "B|Not everyone is convinced. Retiree Mr Ganesan Pillai, 71, said he did not know how to scan the code and preferred to “just look with my own eyes”.",
    "B|The trial will be reviewed in March before any decision to extend it to other centres.",
    "C|Stay in the know on the go by joining Yahoo Singapore's Telegram channel at t.me/yahoosgnews.example",
    "C|For more Singapore stories, follow us on Instagram and TikTok.",
    "C|Recommended stories",
    "C|COE prices: Cat A premium dips for second round in a row",
], publisher=None, publisher_name="Yahoo News Singapore", byline_raw="Nur Aisyah Rahmat",
    authors=["Nur Aisyah Rahmat"],
    captions=[{"text": "A diner checks queue times on his phone at the Tampines hawker centre on 4 December.", "credit": "Yahoo News Singapore/Gerald Tan", "position": "header"}],
    truncated=False, lang="en-SG", site_kind="aggregator_portal",
    header_pattern="yahoo-news(sg):brand/dot nav/breadcrumb 'Singapore'/title/standfirst/name/'Reporter'/'Ddd, d Month yyyy at h:mm pm SGT'/'N min read'/caption '(PHOTO: ...)'/'SINGAPORE —' body/Telegram+social footer/recommended rail",
    notes="Yahoo's own newsroom story: the brand is site chrome (publisher null, publisher_name Yahoo News Singapore). The breadcrumb 'Singapore' repeats a nav item and is chrome, not a section. The role 'Reporter' sits on its own line under the name (a header line, not part of the byline). The standfirst sits between title and byline and stays in the text. Story complete before the Telegram pitch (truncated=false).")

# 5. MSN fr-FR: brand / 'Se connecter' / nav / publisher / 'Suivre' / 'Histoire de Pub (avec AFP)
#    • 6 h' / title / caption '© AFP' / body with 'Publicité' and 'Lire aussi' / related; complete.
page("msn-frfr-ouest-matin-bac-de-loire-gratuit", "https://www.msn.com/fr-fr/actualite/france/le-bac-de-loire-entre-couëron-et-le-pellerin-reste-gratuit-en-2027/ar-AA1wT4cR", "msn", [
    "C|Microsoft Start",
    "C|Se connecter",
    "C|Actualités  Météo  Sports  Finance",
    "H|Ouest Matin",
    "C|Suivre",
    "H|Histoire de Ouest Matin (avec AFP) • 6 h",
    "C|1 min de lecture",
    "T|Le bac de Loire entre Couëron et Le Pellerin restera gratuit en 2027",
    "H|Le bac assure une traversée toutes les vingt minutes en semaine. © Loïc Berthelot / AFP",
    "P|Le département de Loire-Atlantique a voté lundi le maintien de la gratuité du bac qui relie Couëron au Pellerin, emprunté chaque année par près de 900 000 passagers, piétons, cyclistes et automobilistes.",
    "B|L'opposition demandait une participation symbolique d'un euro pour les véhicules, afin de financer le remplacement du navire, en service depuis 1998.",
    "C|Publicité",
    "B|« La Loire ne doit pas devenir une frontière entre le nord et le sud du département », a déclaré la vice-présidente chargée des mobilités, Armelle Quéré.",
    "C|Lire aussi : Pont de Saint-Nazaire : des travaux de nuit jusqu'en mars",
    "B|Un nouveau bac, électrique, doit être livré en 2029 pour un coût estimé à 11 millions d'euros.",
    "C|Contenu similaire",
    "C|Nantes : la ligne 4 du busway prolongée jusqu'à Vertou",
    "C|Ouest Matin • 2 j",
], publisher="Ouest Matin", byline_raw="Histoire de Ouest Matin (avec AFP) • 6 h", organization="AFP",
    captions=[{"text": "Le bac assure une traversée toutes les vingt minutes en semaine.", "credit": "Loïc Berthelot / AFP", "position": "header"}],
    truncated=False, lang="fr-FR", site_kind="aggregator_portal",
    header_pattern="msn(fr-fr):brand/'Se connecter'/nav/publisher/'Suivre'/'Histoire de <pub> (avec AFP) • 6 h'/'N min de lecture'/title/caption '© Name / AFP'/body with 'Publicité' and 'Lire aussi :'/'Contenu similaire' rail",
    notes="'Histoire de' is MSN's 'Story by'; the publisher 'with AFP' is no person (authors empty) and names the agency (organization AFP). The age '• 6 h' is part of the byline line. 'Publicité' and 'Lire aussi :' are slots in the body. The story is complete before the related rail, whose publisher/age line is chrome (truncated=false).")

# 6. NewsBreak 2022 template: 'ContributorsPublishersAdvertisers' / location section / title /
#    'By Name' / publisher / ' 5 hours ago' / body with an image URL line; cut.
page("newsbreak-fresno-valley-dispatch-canal-fencing", "https://www.newsbreak.com/fresno-ca/2903318852-fresno-irrigation-district-to-fence-canals-near-schools", "newsbreak", [
    "C|ContributorsPublishersAdvertisers",
    "H|Fresno, CA",
    "",
    "T|Fresno irrigation district to fence canal banks near six schools after drownings",
    "",
    "H|By Rosalind Achebe-Marsh",
    "H|Valley Dispatch",
    "C| 5 hours ago",
    "",
    "P|The Fresno Irrigation District will put up fencing along canal banks near six elementary schools before the water is turned back on in March, its board decided Tuesday, two years after two boys drowned in a canal in southeast Fresno.",
    "",
    "C|https://img.particlenews.example/image.php?url=2Pq7Tz_0wH4mK1n",
    "",
    "B|The $1.8 million project covers about four miles of open canal. District staff said the stretches were chosen because they run within a quarter mile of a school and have no barrier today.",
    "",
    "B|Parents had pushed for fencing since 2024. “We asked, and asked, and asked,” said Marisela Quintanilla, whose son attends one of the schools. “I am glad, but it should not have taken this long.”",
    "",
    "B|The fencing will be six feet high, with locked gates every few hundred yards so district crews can reach the water to clear debris and check the flow. Construction is set to start in January while the canals are dry.",
    "",
    "B|The district's general manager, Curtis Balderrama, said the board had also agreed to pay for water-safety lessons at the six schools next spring and to add signs in English, Spanish and Hmong along every canal crossing in the city. He said the district could not fence its entire system, which runs for more than 800 miles through farmland and neighborhoods, but that it would review other stretches near parks and apartment complexes over the next year and apply for state grants to help pay for the work. Board member Yolanda Parr, who voted for the plan, said she hoped the county and the city would share the cost of future fencing because the canals now run through areas that were farmland when they were dug. The district will hold two public meetings on the plan in January, one of them at a school near the canal where the boys drowned, and will take written comments on its website until the end of February before the board votes on a second phase of the project.",
], publisher="Valley Dispatch", section="Fresno, CA", byline_raw="By Rosalind Achebe-Marsh",
    authors=["Rosalind Achebe-Marsh"],
    cut=True, lang="en-US", site_kind="aggregator_portal",
    header_pattern="newsbreak(2022):'ContributorsPublishersAdvertisers'/location section/title/'By Name'/publisher/' N hours ago'/body with image URL/cut",
    notes="2022 template: the location line above the title is the section; the publisher is printed once, after the byline. The relative time and the bare image URL are chrome, as in the shared NewsBreak case. Cut by the 2,000-byte limit inside the last paragraph (truncated=null).")

# 7. en-US local TV station site: skip link / live + weather alert bar / nav / breadcrumb /
#    title / 'By A and B' / 'Published: ... | Updated: ...' / video player lines / body with
#    'RELATED:' link / 'Copyright' line / app + news-tip pitch / trending; complete.
page("kxvt7-enus-grain-bin-rescue", "https://www.kxvt7.example/news/local/crews-rescue-man-trapped-in-grain-bin-near-hays/article_7c21f0e4", "kxvt7", [
    "C|Skip to content",
    "C|WATCH LIVE: KXVT 7 News at 6",
    "C|Weather Alert: Winter Storm Watch for 14 counties",
    "C|News  Weather  Sports  Closings  Contests  Watch",
    "C|News > Local",
    "T|Crews rescue man trapped in grain bin near Hays after four-hour effort",
    "H|By Kelsey Dvorak and Marcus Tran-Whitley",
    "H|Published: Dec. 7, 2026 at 5:42 PM CST | Updated: 6 hours ago",
    "C|Play Video",
    "C|Now Playing: Crews describe grain bin rescue",
    "P|HAYS, Kan. (KXVT) - A 58-year-old farmer is in stable condition after firefighters spent four hours freeing him from a grain bin north of Hays on Monday afternoon.",
    "B|Ellis County Fire Chief Dana Wiebe said the man was buried up to his chest in corn when crews arrived shortly after 1 p.m. Rescuers built a wall of metal panels around him and used an auger to draw the grain down before pulling him out.",
    "C|RELATED: Kansas farm groups push for grain bin safety training",
    "B|\"He kept talking to us the whole time, which helped,\" Wiebe said. \"He knew exactly how bad it was.\"",
    "B|The man was flown to a hospital in Wichita. His name has not been released.",
    "B|Wiebe urged farmers never to enter a bin alone and to lock out unloading equipment before going in.",
    "C|Copyright 2026 KXVT. All rights reserved.",
    "C|Download the KXVT 7 News app for breaking news alerts.",
    "C|See a spelling or grammar error? Report it here.",
    "C|Trending Now",
    "C|Hays schools announce early dismissal ahead of storm",
], publisher_name="KXVT 7 News", byline_raw="By Kelsey Dvorak and Marcus Tran-Whitley",
    authors=["Kelsey Dvorak", "Marcus Tran-Whitley"],
    truncated=False, lang="en-US", site_kind="publisher_chrome",
    header_pattern="kxvt7:skip link/live bar/weather alert/nav/breadcrumb/title/'By A and B'/'Published: ... | Updated: ...'/video player lines/dateline '(KXVT) -' body with 'RELATED:'/copyright/app pitch/typo report/trending",
    notes="Local TV station's own story: the station is named only in chrome and in the dateline '(KXVT)', so publisher is null and publisher_name the station; the call letters in the dateline are no agency (organization null). The breadcrumb 'News > Local' is navigation chrome. Video player lines sit between the header and the body. Complete (truncated=false).")

# 8. en-AU community paper (regional masthead network): acknowledgement-of-country banner /
#    subscribe bar / nav / 'Local News' / title / standfirst / name + role / 'Updated ... , first
#    published ...' / caption 'Picture by ...' / 3 paragraphs / subscriber wall.
page("wimmera-lantern-enau-pool-lifeguards", "https://www.wimmeralantern.example/story/9128834/horsham-outdoor-pool-short-of-lifeguards-weeks-before-summer/", "wimmeralantern", [
    "C|We acknowledge the Wotjobaluk peoples as the Traditional Owners of the land on which we report.",
    "C|Subscribe now for unlimited access",
    "C|Log in",
    "C|News  Sport  Community  Property  Obituaries  Puzzles",
    "H|Local News",
    "T|Horsham outdoor pool short of lifeguards weeks before summer opening",
    "S|Council says the pool may open only on weekends unless it finds six more qualified staff.",
    "H|Ebony Kettlewell",
    "H|Journalist",
    "H|Updated December 7 2026 - 4:15pm, first published 2:30pm",
    "H|Aquatic centre coordinator Jodie Marchetti at the empty outdoor pool. Picture by Sam Treloar",
    "P|Horsham's outdoor pool may open only on weekends this summer unless the council can find six more qualified lifeguards in the next fortnight.",
    "B|The council's aquatic centre coordinator, Jodie Marchetti, said the centre had nine lifeguards on its books but needed at least 15 to open seven days a week.",
    "B|\"We have had good interest from teenagers, but a lot of them won't turn 16 until after Christmas,\" she said.",
    "C|Want to read more? Subscribe to keep reading for $1 a week.",
    "C|Subscribe",
    "C|Already a subscriber? Log in",
    "C|Sign up for our newsletter to get the Lantern's top stories in your inbox every morning.",
    "C|Digital subscription terms and conditions apply.",
], publisher_name="Wimmera Lantern", section="Local News", byline_raw="Ebony Kettlewell",
    authors=["Ebony Kettlewell"],
    captions=[{"text": "Aquatic centre coordinator Jodie Marchetti at the empty outdoor pool.", "credit": "Sam Treloar", "position": "header"}],
    truncated=True, lang="en-AU", site_kind="publisher_chrome",
    header_pattern="wimmeralantern:acknowledgement banner/subscribe bar/log in/nav/section/title/standfirst/name/role/'Updated ... , first published ...'/caption 'Picture by ...'/3 paragraphs/subscriber wall/newsletter pitch/terms",
    notes="Community paper of a regional network: the masthead is not printed as a line (publisher null, publisher_name from the host). The acknowledgement-of-country banner is site chrome. The role 'Journalist' is a header line under the name, no part of the author. 'Picture by' labels the photographer (credit). 'Want to read more? Subscribe to keep reading' is a paywall (truncated=true).")

# 9. en-GB trade magazine: cookie line / masthead / nav / breadcrumb / title / standfirst /
#    'By Name, Deputy editor' / date / '4 min read' / caption '(Image: ...)' / body with
#    'Advertisement' / register wall with free-article counter.
page("fleetlines-engb-depot-charging-grants", "https://www.fleetlines.example/news/depots/depot-charging-grant-scheme-reopens-for-operators-under-50-vans", "fleetlines", [
    "C|We use cookies to improve your experience of our website. By continuing you agree to our use of cookies. Accept all | Manage settings",
    "C|FLEETLINES",
    "C|News  Vans  Trucks  Electric  Events  Jobs  Subscribe",
    "C|Home / News / Depots",
    "T|Depot charging grant reopens for operators with fewer than 50 vans",
    "S|Small fleets can claim up to £120,000 towards chargers and grid connections in the revived scheme, with applications open until the end of May.",
    "H|By Gareth Pemberton-Llewellyn, Deputy editor",
    "H|4 December 2026",
    "C|4 min read",
    "H|A van charging at a parcel depot in Northampton (Image: Fleetlines)",
    "P|A government grant towards depot charging for small van fleets has reopened after an eight-month pause, with the maximum award raised from £75,000 to £120,000 per site.",
    "C|Advertisement",
    "B|The Office for Zero Emission Vehicles said the scheme would now also cover part of the cost of upgrading a depot's grid connection, which operators had repeatedly told it was the biggest obstacle to electrifying their fleets.",
    "B|Operators with fewer than 50 vans are eligible. Larger fleets can apply through a separate competition expected in the summer.",
    "C|Register for free to continue reading",
    "C|You've reached your limit of 3 free articles this month. Register now to get unlimited access to Fleetlines news, analysis and the weekly newsletter.",
    "C|Register",
    "C|Already registered? Sign in",
    "C|Tags: Electric vans, Depot charging, Grants",
    "C|© 2026 Fleetlines is published by Carriageway Media Ltd. Registered in England and Wales no. 04417720.",
], publisher_name="Fleetlines", byline_raw="By Gareth Pemberton-Llewellyn, Deputy editor",
    authors=["Gareth Pemberton-Llewellyn"],
    captions=[{"text": "A van charging at a parcel depot in Northampton", "credit": "Fleetlines", "position": "header"}],
    truncated=True, lang="en-GB", site_kind="publisher_chrome",
    header_pattern="fleetlines:cookie line/masthead/nav/breadcrumb/title/standfirst/'By Name, role'/date/'N min read'/caption '(Image: ...)'/body with 'Advertisement'/register wall/tags/footer",
    notes="Trade magazine's own story: the masthead line is chrome (publisher null, publisher_name Fleetlines). 'Deputy editor' after the comma is a role. The breadcrumb is chrome; no section line. 'Register for free to continue reading' stops the story after three paragraphs (truncated=true).")


# 10. en-PK news portal republishing a paper's story: breaking ticker / top links / nav / section /
#     title / 'Web Desk' / 'Published: ...' / caption ' — APP/File' / 'KARACHI:' dateline / body /
#     'Source: <paper>' after the body / WhatsApp pitch / comments closed / related / copyright.
page("newspkhub-enpk-circular-railway-fares", "https://www.newspkhub.example/pakistan/karachi-circular-railway-fares-announced-ahead-of-trial-run/", "newspkhub", [
    "C|Breaking News: PSX gains 900 points in early trading",
    "C|Live TV | Urdu | E-Paper",
    "C|Home  Pakistan  World  Business  Sports  Showbiz  Tech",
    "H|Pakistan",
    "T|Karachi Circular Railway fares announced ahead of January trial run",
    "H|Web Desk",
    "H|Published: December 07, 2026 | 10:45 PM",
    "H|A view of the Circular Railway track near Gilani station. — APP/File",
    "P|KARACHI: Passengers on the revived Karachi Circular Railway will pay between Rs30 and Rs80 a trip depending on distance, the Sindh transport department announced on Monday, ahead of a trial run planned for the second week of January.",
    "B|Trains will initially run every 30 minutes between Drigh Road and City Station from 6am to 10pm, the department's spokesperson said.",
    "B|Students and senior citizens with a valid card will get a 50 percent discount, while monthly passes will cost Rs1,800.",
    "B|Commuter groups welcomed the fares but questioned whether the trains would keep to time at the 22 level crossings on the route.",
    "H|Source: Daily Sindh Observer",
    "C|Follow NewsPK Hub on WhatsApp for the latest updates.",
    "C|Comments are closed.",
    "C|Related Posts",
    "C|Petrol price likely to fall by Rs5 from December 16",
    "C|Copyright © 2026 NewsPK Hub. All Rights Reserved.",
], publisher="Daily Sindh Observer", byline_raw="Web Desk", section="Pakistan",
    captions=[{"text": "A view of the Circular Railway track near Gilani station.", "credit": "APP/File", "position": "header"}],
    truncated=False, lang="en-PK", site_kind="aggregator_portal",
    header_pattern="newspkhub:breaking ticker/top links/nav/section/title/'Web Desk'/'Published: Month dd, yyyy | hh:mm PM'/caption ' — APP/File'/'CITY:' dateline body/'Source: <paper>'/WhatsApp pitch/'Comments are closed.'/related/copyright",
    notes="'Web Desk' is a desk byline with no person (authors empty). The 'Source:' line after the body names the paper the portal took the story from (publisher; a paper, not an agency, so organization null). The photo agency in the caption credit is no byline or dateline agency. 'KARACHI:' is the dateline (body). Complete (truncated=false).")

# 11. en-US Google-News-like reader: brand / nav / search box / 'Why you're seeing this' /
#     'Source: <pub>' + Follow / title / byline / date / credit-only 'Photo: <pub>' / snippet /
#     'Continue reading at <pub>' wall / Full Coverage / more from source.
page("newsdeck-enus-corpus-christi-desalination", "https://newsdeck.example/stories/CBMiZ2h0dHBzOi8vY29hc3RhbGJlbmR0cmlidW5lLmV4YW1wbGUvZGVzYWxpbmF0aW9u?hl=en-US&gl=US", "newsdeck", [
    "C|Newsdeck",
    "C|Home  For you  Following  U.S.  World  Local  Business  Technology  Science",
    "C|Search for topics, locations & sources",
    "C|Why you're seeing this story: Based on your interest in Corpus Christi",
    "H|Source: Coastal Bend Tribune",
    "C|Follow",
    "T|Corpus Christi council shelves Inner Harbor desalination plant after cost doubles",
    "H|By Javier Montemayor-Klein",
    "H|Dec 7, 2026",
    "H|Photo: Coastal Bend Tribune",
    "P|The Corpus Christi City Council voted 6-3 on Tuesday to stop work on a seawater desalination plant at the Inner Harbor after the latest estimate put its cost at $1.2 billion, nearly twice the figure voters were given three years ago.",
    "B|Council members who backed the pause said the city would look again at a smaller plant and at buying more water from the Nueces River Authority while reservoir levels stay low.",
    "C|Continue reading at Coastal Bend Tribune",
    "C|Full Coverage of this story",
    "C|More from Coastal Bend Tribune",
    "C|Port of Corpus Christi posts record crude exports for November",
    "C|2 days ago",
    "C|Hide all stories from Coastal Bend Tribune",
], publisher="Coastal Bend Tribune", byline_raw="By Javier Montemayor-Klein", authors=["Javier Montemayor-Klein"],
    captions=[{"text": None, "credit": "Coastal Bend Tribune", "position": "header"}],
    truncated=True, lang="en-US", site_kind="aggregator_reader",
    header_pattern="newsdeck:brand/nav/search box/'Why you're seeing this story'/'Source: <pub>'/'Follow'/title/'By Name'/'Mon d, yyyy'/credit-only 'Photo: <pub>'/2-paragraph snippet/'Continue reading at <pub>'/Full Coverage/more from source/hide source",
    notes="Reader showing a two-paragraph snippet: the source is given on a 'Source:' line before the title (publisher). The credit-only photo line is a caption with no text. 'Continue reading at <publisher>' sends the reader away for the rest (truncated=true). The related card's relative age is chrome.")

# 12. es-CL regional portal: brand / weather / pipe nav / section / title / bajada / 'Por Name' /
#     'Publicado el ... hrs.' / caption '| Foto: ...' / body with 'Te puede interesar:' /
#     tags / comments widget / most read.
page("araucaniahoy-escl-puente-cautin", "https://www.araucaniahoy.example/regional/2026/12/07/mop-confirma-reapertura-del-puente-cautin-para-marzo/", "araucaniahoy", [
    "C|Araucanía Hoy",
    "C|Temuco 14°C",
    "C|Inicio | Regional | País | Deportes | Policial | Opinión | Clasificados",
    "H|Regional",
    "T|MOP confirma reapertura del puente Cautín para marzo tras cuatro años de obras",
    "S|La estructura tendrá dos pistas por sentido, ciclovía y pasarela peatonal. El costo final llegó a 38 mil millones de pesos.",
    "H|Por Valentina Huenchullán Rojas",
    "H|Publicado el domingo 7 de diciembre de 2026, 18:40 hrs.",
    "H|Así luce el nuevo puente Cautín desde el sector Pedro de Valdivia. | Foto: Municipalidad de Temuco",
    "P|El Ministerio de Obras Públicas (MOP) confirmó que el nuevo puente Cautín, que une Temuco con Padre Las Casas, se abrirá al tránsito la primera semana de marzo, tras más de cuatro años de trabajos y dos paralizaciones.",
    "B|El seremi de Obras Públicas, Rodrigo Catrileo, explicó que en enero se harán las pruebas de carga y que en febrero se instalará la señalética.",
    "C|Te puede interesar: Temuco tendrá tres nuevas líneas de buses eléctricos en 2027",
    "B|\"Sabemos que los vecinos han tenido mucha paciencia. Los tacos de la mañana van a bajar de forma importante\", dijo la autoridad.",
    "B|El antiguo puente, de 1964, seguirá abierto para peatones y ciclistas.",
    "C|Etiquetas: Temuco, Padre Las Casas, MOP, Puentes",
    "C|Comentarios",
    "C|Para comentar debes iniciar sesión con tu cuenta.",
    "C|Lo más leído",
    "C|Corte de agua programado afectará a 12 sectores de Temuco este martes",
], publisher_name="Araucanía Hoy", section="Regional", byline_raw="Por Valentina Huenchullán Rojas",
    authors=["Valentina Huenchullán Rojas"],
    captions=[{"text": "Así luce el nuevo puente Cautín desde el sector Pedro de Valdivia.", "credit": "Municipalidad de Temuco", "position": "header"}],
    truncated=False, lang="es-CL", site_kind="publisher_chrome",
    header_pattern="araucaniahoy:brand/weather/pipe nav/section/title/bajada/'Por Name'/'Publicado el día d de mes de yyyy, HH:MM hrs.'/caption '| Foto: ...'/body with 'Te puede interesar:'/tags/comments widget/most read",
    notes="Regional portal's own story: the brand line is chrome (publisher null, publisher_name Araucanía Hoy). The bajada (standfirst) stays in the text. The caption and its credit are joined by ' | Foto: '. Tags, the comments widget and the most-read rail are footer chrome. Complete (truncated=false).")

# 13. pt-BR portal republishing Agência Brasil: cookie banner + button / brand / nav / section /
#     title / linha fina / 'Name - Repórter da Agência Brasil' / 'Publicado em ...' / 'Edição:' /
#     caption 'Foto: Name/Agência Brasil' / body with WhatsApp pitch and 'Leia também'; cut.
page("portalcerrado-ptbr-rodoviaria-goiania", "https://www.portalcerrado.example/brasil/2026/12/07/rodoviarias-devem-receber-4-milhoes-de-passageiros-no-fim-de-ano", "portalcerrado", [
    "C|Utilizamos cookies para melhorar sua experiência. Ao continuar navegando, você concorda com a nossa Política de Privacidade.",
    "C|Aceitar",
    "C|Portal Cerrado",
    "C|Últimas | Goiás | Brasil | Economia | Esportes | Agro",
    "H|Brasil",
    "T|Rodoviárias devem receber 4 milhões de passageiros nas festas de fim de ano",
    "S|Associação das empresas de ônibus prevê alta de 8% em relação a 2025; Goiânia e Brasília lideram vendas antecipadas",
    "H|Ana Beatriz Moreira - Repórter da Agência Brasil",
    "H|Publicado em 07/12/2026 - 14:32",
    "H|Edição: Carlos Eduardo Lins",
    "H|Movimento no terminal rodoviário de Goiânia nesta segunda-feira. Foto: Marcelo Antunes/Agência Brasil",
    "P|As rodoviárias do país devem receber cerca de 4 milhões de passageiros entre 18 de dezembro e 6 de janeiro, segundo estimativa divulgada nesta segunda-feira (7) pela associação que representa as empresas de transporte rodoviário interestadual.",
    "B|O número é 8% maior que o registrado no mesmo período do ano passado. A venda antecipada de passagens já supera a de 2025 em 11 capitais.",
    "C|Receba as notícias do Portal Cerrado no seu WhatsApp",
    "B|De acordo com a entidade, as empresas vão colocar 2,3 mil ônibus extras em circulação nos dias de maior movimento, principalmente nas linhas que ligam o Centro-Oeste ao Nordeste.",
    "C|Leia também: Aeroporto de Goiânia terá voos extras para Salvador e Recife em janeiro",
    "B|A Agência Nacional de Transportes Terrestres (ANTT) recomenda que os passageiros comprem as passagens apenas em guichês e sites oficiais e cheguem ao terminal com pelo menos uma hora de antecedência. A agência também lembra que crianças e adolescentes de até 16 anos que viajam sem os pais precisam de autorização judicial ou de documento assinado pelos responsáveis, com firma reconhecida, e que a fiscalização será reforçada nas principais rodoviárias durante todo o período. Em Goiânia, a administração do terminal informou que vai ampliar o horário de funcionamento das lanchonetes e instalar tendas de atendimento ao passageiro na área de embarque.",
], publisher_name="Portal Cerrado", section="Brasil", byline_raw="Ana Beatriz Moreira - Repórter da Agência Brasil",
    authors=["Ana Beatriz Moreira"], organization="Agência Brasil",
    captions=[{"text": "Movimento no terminal rodoviário de Goiânia nesta segunda-feira.", "credit": "Marcelo Antunes/Agência Brasil", "position": "header"}],
    cut=True, lang="pt-BR", site_kind="wire_syndication",
    header_pattern="portalcerrado:cookie banner/'Aceitar'/brand/pipe nav/section/title/linha fina/'Name - Repórter da Agência Brasil'/'Publicado em dd/mm/yyyy - HH:MM'/'Edição: Name'/caption 'Foto: Name/Agência Brasil'/body with WhatsApp pitch and 'Leia também:'/cut",
    notes="Agency copy on a regional portal: the byline names the reporter and her role at the agency (organization Agência Brasil, author the reporter only). The 'Edição:' line names the editor (a header line; the editor is no author). The portal's brand is chrome (publisher null, publisher_name Portal Cerrado). Cut by the 2,000-byte limit inside the last paragraph (truncated=null).")

# 14. it: local news aggregator republishing ANSA: cookie line / brand / nav / breadcrumb /
#     category label / title / 'di Redazione' / date / reading time / caption '(Foto ANSA)' /
#     '(ANSA) - CITY, dd MMM -' dateline / 'Leggi anche' / ANSA copyright / share / related.
page("lagoevalli-it-battelli-luino", "https://www.lagoevalli.example/cronaca/luino/2026/12/07/battelli-tornano-le-corse-invernali-tra-luino-e-la-sponda-svizzera", "lagoevalli", [
    "C|Questo sito utilizza cookie tecnici e di profilazione. Accetta | Rifiuta | Personalizza",
    "C|LAGO E VALLI NEWS",
    "C|Home  Cronaca  Politica  Sport  Eventi  Meteo  Necrologi",
    "C|Home » Cronaca » Luino",
    "H|CRONACA",
    "T|Battelli, tornano le corse invernali tra Luino e la sponda svizzera",
    "H|di Redazione",
    "H|7 Dicembre 2026",
    "C|Tempo di lettura: 2 minuti",
    "H|Il battello in arrivo al pontile di Luino (Foto ANSA)",
    "P|(ANSA) - LUINO (VARESE), 07 DIC - Dal 14 dicembre tornano le corse invernali dei battelli tra Luino e il Canton Ticino, sospese da tre anni per la mancanza di personale. Lo ha annunciato la società di navigazione del Lago Maggiore.",
    "B|Le corse saranno quattro al giorno nei feriali e sei nei festivi, con un biglietto unico che vale anche per il treno fino a Locarno.",
    "C|Leggi anche: Maccagno, chiusa per frana la strada provinciale 5",
    "B|Soddisfatto il sindaco di Luino, Davide Ferraroni: \"È un servizio che i frontalieri chiedevano da tempo e che toglie auto dalla statale\".",
    "B|La società ha spiegato di aver assunto otto nuovi marinai, formati durante l'estate.",
    "C|Riproduzione riservata © Copyright ANSA",
    "C|Condividi: Facebook  WhatsApp  Telegram  Email",
    "C|Ti potrebbe interessare",
    "C|Varese, il mercato di Natale apre sabato in piazza Monte Grappa",
], publisher_name="Lago e Valli News", section="CRONACA", byline_raw="di Redazione", organization="ANSA",
    captions=[{"text": "Il battello in arrivo al pontile di Luino", "credit": "ANSA", "position": "header"}],
    truncated=False, lang="it", site_kind="wire_syndication",
    header_pattern="lagoevalli:cookie line/brand/nav/breadcrumb/category label/title/'di Redazione'/date/reading time/caption '(Foto ANSA)'/'(ANSA) - CITY (PROV), dd MMM -' dateline body with 'Leggi anche:'/ANSA copyright/share/related",
    notes="'di Redazione' (the newsroom) names no person (authors empty); the agency ANSA is named in the dateline (organization ANSA). The category label above the title is the section; the breadcrumb is navigation chrome. The agency's copyright line after the body is chrome. The caption credit is 'ANSA' from '(Foto ANSA)'. Complete (truncated=false).")

# 15. nl: regional news reader: cookie line + button / brand / nav / region section / title /
#     'Bron: <krant>' / 'Door Name' / 'vandaag, HH:MM' / caption '© ANP / Name' / two paragraphs /
#     'Lees het volledige artikel op <krant>' wall / share / more from region.
page("nieuwsstroom-nl-westerscheldetunnel-tol", "https://www.nieuwsstroom.example/regio/zeeland/westerscheldetunnel-blijft-tolvrij-voor-fietsbus/81734402", "nieuwsstroom", [
    "C|Wij en onze partners gebruiken cookies om de site te laten werken en om advertenties te tonen.",
    "C|Akkoord",
    "C|Nieuwsstroom",
    "C|Voor jou  Binnenland  Buitenland  Regio  Sport  Economie",
    "H|Zeeland",
    "T|Fietsbus door Westerscheldetunnel rijdt ook na 2027 gratis",
    "H|Bron: Zeeuwse Getijden",
    "H|Door Femke van der Heijden-Kooistra",
    "H|vandaag, 14:05",
    "H|De Westerscheldetunnel bij Ellewoutsdijk. © ANP / Jeroen Vos",
    "P|De fietsbus die fietsers en voetgangers door de Westerscheldetunnel brengt, blijft ook na 2027 gratis. De provincie Zeeland trekt daar de komende vier jaar 2,4 miljoen euro voor uit, maakte gedeputeerde Arjen Wisse dinsdag bekend.",
    "B|De bus rijdt elk uur tussen Ellewoutsdijk en Terneuzen en vervoerde vorig jaar ruim 61.000 reizigers, een record.",
    "C|Lees het volledige artikel op Zeeuwse Getijden",
    "C|Delen: WhatsApp | Facebook | LinkedIn | E-mail",
    "C|Meer nieuws uit Zeeland",
    "C|Middelburg krijgt eerste zelfrijdende veegmachine",
    "C|Zeeuwse Getijden · 2 uur geleden",
], publisher="Zeeuwse Getijden", section="Zeeland", byline_raw="Door Femke van der Heijden-Kooistra",
    authors=["Femke van der Heijden-Kooistra"],
    captions=[{"text": "De Westerscheldetunnel bij Ellewoutsdijk.", "credit": "ANP / Jeroen Vos", "position": "header"}],
    truncated=True, lang="nl", site_kind="aggregator_reader",
    header_pattern="nieuwsstroom:cookie line/'Akkoord'/brand/nav/region section/title/'Bron: <krant>'/'Door Name'/'vandaag, HH:MM'/caption '© ANP / Name'/2 paragraphs/'Lees het volledige artikel op <krant>'/share/more from region",
    notes="'Bron:' (source) names the regional paper (publisher). The author's name has lower-case particles ('van der') and a double surname, kept as written. ANP appears only in the photo credit (organization null). 'Lees het volledige artikel op <krant>' ends the preview (truncated=true).")

# 16. ko: portal news reader: brand / pipe nav / publisher + '구독' / section / title / 'Name 기자' /
#     '입력' and '수정' stamps / reader tools (comments, summary bot, text size, share) between the
#     header and the caption / caption '/사진=...' / body / closing 'Name 기자 email' / copyright /
#     recommend / most viewed.
page("moanews-ko-hangang-riverbus-rush-hour", "https://news.moanews.example/article/hanbit/0004417208?sid=102", "moanews", [
    "C|모아뉴스",
    "C|홈 | 정치 | 경제 | 사회 | 생활 | 세계 | IT",
    "H|한빛일보",
    "C|구독",
    "H|사회",
    "T|한강 리버버스, 내년 3월부터 출근 시간대 10분 간격 운항",
    "H|박서연 기자",
    "H|입력 2026.12.07. 오후 3:12",
    "H|수정 2026.12.07. 오후 4:01",
    "C|댓글 12",
    "C|요약봇",
    "C|글자 크기 변경",
    "C|공유하기",
    "H|7일 서울 영등포구 여의도 선착장에 리버버스가 정박해 있다. /사진=한빛일보 DB",
    "P|서울시는 한강 리버버스를 내년 3월부터 평일 출근 시간대(오전 7~9시)에 10분 간격으로 운항한다고 7일 밝혔다. 지금은 15분 간격이다.",
    "B|시는 이를 위해 선박 4척을 추가로 들여오고, 마곡과 잠실 선착장에 환승 버스 정류장을 새로 설치한다.",
    "B|출근 시간대 이용객은 하루 평균 2100명으로, 운항 초기보다 두 배 가까이 늘었다.",
    "B|시 관계자는 \"출근길 대기 시간을 줄여 달라는 요구가 많았다\"고 말했다.",
    "H|박서연 기자 sypark@hanbit.example",
    "C|Copyright ⓒ 한빛일보. 무단 전재 및 재배포 금지.",
    "C|이 기사를 추천합니다",
    "C|많이 본 뉴스",
    "C|서울 지하철 9호선 급행 열차 내년 증편",
], publisher="한빛일보", section="사회", byline_raw="박서연 기자", authors=["박서연"],
    captions=[{"text": "7일 서울 영등포구 여의도 선착장에 리버버스가 정박해 있다.", "credit": "한빛일보 DB", "position": "header"}],
    truncated=False, lang="ko", site_kind="aggregator_portal",
    header_pattern="moanews:brand/pipe nav/publisher/'구독'/section/title/'Name 기자'/'입력 yyyy.mm.dd. 오후 h:mm'/'수정 ...'/reader tools/caption '/사진=...'/body/closing 'Name 기자 email'/copyright/recommend/most viewed",
    notes="Portal copy of a paper's own story: the paper's name is the publisher; '구독' (subscribe) is a button. Authors drop the '기자' (reporter) suffix. The reader tools sit between the header stamps and the caption. The closing 'Name 기자 email' line repeats the byline (a header line). The caption credit follows '/사진='. Complete (truncated=false).")

# 17. vi: news aggregator: brand / pipe nav / section / title / publisher / 'dd/mm/yyyy HH:MM' /
#     sapo / caption 'Ảnh: NAME' / body / closing byline in capitals / 'Xem nguồn' / actions /
#     related with source and relative age.
page("tinnhanh24-vi-can-tho-buyt-dien", "https://tinnhanh24.example/can-tho-mo-them-tuyen-buyt-dien-noi-san-bay-c4-t51883207.html", "tinnhanh24", [
    "C|TinNhanh24",
    "C|Thời sự | Thế giới | Kinh doanh | Giải trí | Thể thao | Pháp luật | Giáo dục",
    "H|Giao thông",
    "T|Cần Thơ mở thêm tuyến buýt điện nối sân bay với bến xe trung tâm",
    "H|Cần Thơ Ngày Mới",
    "H|07/12/2026 15:20",
    "S|Từ ngày 15-12, tuyến buýt điện số 12 sẽ chạy 20 phút một chuyến từ 5 giờ đến 21 giờ, giá vé 7.000 đồng/lượt.",
    "H|Xe buýt điện chạy thử trên đường Võ Văn Kiệt. Ảnh: MINH KHOA",
    "P|Sở Xây dựng TP Cần Thơ cho biết tuyến buýt điện số 12 dài 14 km, nối Cảng hàng không quốc tế Cần Thơ với bến xe trung tâm, đi qua các tuyến đường Võ Văn Kiệt, Mậu Thân và 30 Tháng 4.",
    "B|Tuyến có 26 điểm dừng, sử dụng 10 xe điện loại 40 chỗ. Học sinh, sinh viên được giảm 50% giá vé tháng.",
    "B|Theo ông Trần Quốc Bảo, Phó Giám đốc Sở Xây dựng, đây là tuyến buýt điện thứ ba của thành phố.",
    "H|LÊ THỊ NGỌC HÂN",
    "C|Xem nguồn",
    "C|Chia sẻ  Lưu tin  Báo lỗi",
    "C|Tin liên quan",
    "C|Cần Thơ đề xuất làm cầu Trần Hoàng Na 2",
    "C|Cần Thơ Ngày Mới · 3 giờ trước",
], publisher="Cần Thơ Ngày Mới", section="Giao thông", byline_raw="LÊ THỊ NGỌC HÂN", authors=["Lê Thị Ngọc Hân"],
    captions=[{"text": "Xe buýt điện chạy thử trên đường Võ Văn Kiệt.", "credit": "MINH KHOA", "position": "header"}],
    truncated=False, lang="vi", site_kind="aggregator_portal",
    header_pattern="tinnhanh24:brand/pipe nav/section/title/publisher/'dd/mm/yyyy HH:MM'/sapo/caption 'Ảnh: NAME'/body/closing byline in capitals/'Xem nguồn'/actions/related with source and age",
    notes="The closing byline is printed in capitals, as Vietnamese papers do; the author is given in proper case. The sapo (standfirst) stays in the text. The photographer's name after 'Ảnh:' is the credit, as shown. 'Xem nguồn' (view source) is a link, not a wall; the story is complete (truncated=false).")

# 18. el: Greek portal: cookie line / brand / nav / section / title / 'Συντάκτης: Name' / date with
#     bullet / Google-News follow line between the header and the caption / caption
#     '(Φωτογραφία: ...)' / body with 'Διαβάστε επίσης:'; cut.
page("eidiseistora-el-thessaloniki-thalassia-sygkoinonia", "https://www.eidiseistora.example/koinonia/thessaloniki-thalassia-sygkoinonia-kalamaria-leykos-pyrgos-martio", "eidiseistora", [
    "C|Χρησιμοποιούμε cookies για να σας προσφέρουμε καλύτερη εμπειρία. Αποδοχή | Ρυθμίσεις",
    "C|ΕΙΔΗΣΕΙΣ ΤΩΡΑ",
    "C|Ροή  Πολιτική  Κοινωνία  Οικονομία  Κόσμος  Αθλητισμός",
    "H|ΚΟΙΝΩΝΙΑ",
    "T|Θεσσαλονίκη: Από τον Μάρτιο η θαλάσσια συγκοινωνία Καλαμαριά – Λευκός Πύργος",
    "H|Συντάκτης: Ειρήνη Παπαδοπούλου-Ζήση",
    "H|07.12.2026 • 14:35",
    "C|Ακολουθήστε το eidiseistora.example στο Google News",
    "H|Το πλοιάριο κατά τη δοκιμαστική διαδρομή στον Θερμαϊκό. (Φωτογραφία: Νίκος Αλεξίου)",
    "P|Σε λειτουργία από τις αρχές Μαρτίου θα τεθεί η θαλάσσια συγκοινωνία ανάμεσα στην Καλαμαριά και τον Λευκό Πύργο, όπως ανακοίνωσε τη Δευτέρα η Περιφέρεια Κεντρικής Μακεδονίας.",
    "B|Τα δύο πλοιάρια θα εκτελούν δρομολόγια κάθε 30 λεπτά τις καθημερινές, από τις 7 το πρωί έως τις 10 το βράδυ.",
    "C|Διαβάστε επίσης: Κλειστή για έργα η παραλιακή λεωφόρος το Σαββατοκύριακο",
    "B|Το εισιτήριο θα κοστίζει 1,50 ευρώ και θα ισχύει και για τα λεωφορεία για 90 λεπτά από την επικύρωση.",
    "B|Ο αντιπεριφερειάρχης Μεταφορών, Στέλιος Καραγιάννης, δήλωσε ότι η διαδρομή θα διαρκεί περίπου 20 λεπτά, έναντι μίας ώρας που χρειάζεται σήμερα το λεωφορείο σε ώρες αιχμής. Πρόσθεσε ότι εξετάζεται η επέκταση της γραμμής προς την Περαία και την Αγία Τριάδα από το καλοκαίρι, εφόσον η ζήτηση φανεί ικανοποιητική τους πρώτους μήνες λειτουργίας.",
], publisher_name="Ειδήσεις Τώρα", section="ΚΟΙΝΩΝΙΑ", byline_raw="Συντάκτης: Ειρήνη Παπαδοπούλου-Ζήση",
    authors=["Ειρήνη Παπαδοπούλου-Ζήση"],
    captions=[{"text": "Το πλοιάριο κατά τη δοκιμαστική διαδρομή στον Θερμαϊκό.", "credit": "Νίκος Αλεξίου", "position": "header"}],
    cut=True, lang="el", site_kind="publisher_chrome",
    header_pattern="eidiseistora:cookie line/brand/nav/section/title/'Συντάκτης: Name'/'dd.mm.yyyy • HH:MM'/Google-News follow line/caption '(Φωτογραφία: ...)'/body with 'Διαβάστε επίσης:'/cut",
    notes="Portal's own story: the brand is chrome (publisher null, publisher_name Ειδήσεις Τώρα). 'Συντάκτης:' (editor/writer) labels the author. The follow line sits between the date and the caption. Cut by the 2,000-byte limit inside the last paragraph (truncated=null).")

casegen.write_pages()
