"""Build invented aggregator pages (writer15's round U15: HELD OUT).

Each page: lines tagged C| chrome, H| header line, T| title (header), P| first body paragraph,
B| body, S| standfirst, '' = blank. Labels derived from the tags plus the explicit fields, as in
the shared aggregator-text cases: a standfirst (S|) stays in the text and goes to `standfirst`
only (neither header nor chrome); a bullet marker is dropped from `first_body_paragraph`; a
"Source: <publisher>" line is a header line. A page built with cut=True is cut at the store's
2,000 UTF-8 bytes inside its last (body) line, like the stored excerpts; every other page is
complete or ends at a wall and is shorter. Site names, people and article text are made up;
layouts follow the page text of inkl, Yahoo (France), MSN (it-IT), NewsBreak, and long-tail
portals, app readers, a newsletter archive and regional aggregators.

    python make_u15.py [OUTDIR]   (default: this folder)
"""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
import casegen  # noqa: E402

casegen.setup("Invented page text in the layout of a real aggregator or long-tail site (writer15's round U15, held out).", __file__)
page = casegen.shared_page
INKL = casegen.INKL_HEAD

# 1. inkl, Independent-like live blog (pattern C): pub x2 / section / 'A and B' / title /
#    credit-only line / 'Key Points' + bullets / entry stamps 'HH:MM , Name'; cut.
page("inkl-sentinel-uk-storm-imogen-live-power-cuts", "https://www.inkl.com/news/storm-imogen-latest-thousands-without-power-as-gusts-batter-west-coast", "inkl", INKL + [
    "H|The Sentinel UK",
    "H|The Sentinel UK",
    "H|UK News",
    "H|Freya Castellano and Tobias Nwankwo-Hale",
    "",
    "T|Storm Imogen latest: Thousands without power as 90mph gusts batter west coast",
    "",
    "H|Met Office/PA",
    "",
    "P|Around 41,000 homes in western Scotland, Cumbria and north Wales were without power on Monday morning after Storm Imogen brought gusts of more than 90mph overnight, with engineers warning that some customers may not be reconnected until Wednesday.",
    "",
    "B|Key Points",
    "",
    "B|  • Amber wind warning in force until 6pm for the west coast",
    "B|  • All Cairnryan and Holyhead ferry sailings cancelled",
    "B|  • West Coast main line closed north of Lancaster after trees fall on track",
    "",
    "B|09:42 , Tobias Nwankwo-Hale",
    "",
    "B|Network Rail says it has teams out at 30 locations between Lancaster and Carlisle clearing fallen trees and a trampoline that was blown on to the overhead wires near Oxenholme.",
    "",
    "B|Passengers are being told not to travel north of Preston today.",
    "",
    "B|09:31 , Freya Castellano",
    "",
    "B|Scottish and Southern Electricity Networks says it has restored power to about 9,000 customers since 6am, but warns that access to some of the worst-hit areas on the Kintyre peninsula and Islay is still difficult because of fallen trees and flooding on the A83.",
    "",
    "B|The company has opened welfare vans in Campbeltown and Lochgilphead, where people without power can get hot drinks and food and charge their phones. It says anyone who relies on electrical medical equipment should call 105.",
    "",
    "B|09:15 , Freya Castellano",
    "",
    "B|Schools across Argyll and Bute, Dumfries and Galloway and Anglesey have closed for the day, councils have confirmed. Parents in Gwynedd were told to check the council website before setting off, as a number of rural roads remain blocked by fallen branches and some bus routes have been withdrawn. The Met Office said the strongest winds had now moved away to the north-east but warned that a second band of heavy rain would arrive in the afternoon, bringing a risk of flooding to parts of Cumbria that were hit hard in the autumn. The Environment Agency has issued 14 flood warnings, mostly along the rivers Eden and Derwent, and said it had staff out checking defences in Cockermouth and Keswick through the night.",
], publisher="The Sentinel UK", publisher_name="The Sentinel", section="UK News",
    byline_raw="Freya Castellano and Tobias Nwankwo-Hale", authors=["Freya Castellano", "Tobias Nwankwo-Hale"],
    captions=[{"text": None, "credit": "Met Office/PA", "position": "header"}],
    truncated=None, cut=True, lang="en-GB", site_kind="aggregator_reader", page_type="live_blog",
    header_pattern="inkl:C chrome4/pub/pub/section/'A and B'/title/credit-only line/body/'Key Points'+bullets/entries 'HH:MM , Name'",
    notes="Independent-like live blog on inkl. The credit-only line ('Met Office/PA') is a caption with no text. 'Key Points', its bullets and the entry stamps 'HH:MM , Name' are body (the entry authors are the byline's authors). Cut by the 2,000-byte limit (truncated=null).")

# 2. inkl, Guardian-like live blog (pattern B'): pub x2 / section / 'A and (earlier) B' / title /
#    unrelated alt text / caption with a news sentence before 'Photograph:' / 'Closing summary'
#    heading right after the caption (no blank line) / bullets / 'Updated'; cut.
page("inkl-harbinger-au-pacific-summit-live-climate-fund", "https://inkl.com/news/pacific-islands-forum-live-leaders-agree-climate-fund-after-late-night-talks", "inkl", INKL + [
    "H|The Harbinger - AU",
    "H|The Harbinger - AU",
    "H|World",
    "H|Lucía Ferreira-Watts and (earlier) Kwame Osei-Baptiste",
    "",
    "T|Pacific Islands Forum live: leaders agree regional climate fund after late-night talks",
    "",
    "H|A delegate walks past the flags of member states",
    "H|Leaders pose for the family photo in Nuku’alofa on Tuesday. Talks on the fund ran past midnight. Photograph: Mele Fifita/AFP",
    "B|Closing summary",
    "P|  • Pacific leaders have agreed to set up a regional climate resilience fund with an initial A$640m, to be managed from Suva and open to all 18 forum members from July.",
    "",
    "B|  • Australia will put in A$210m over four years, foreign minister Gemma Thistlewood confirmed, and New Zealand NZ$75m.",
    "",
    "B|  • The communique stops short of naming a date to phase out coal exports, which Tuvalu and Vanuatu had pushed for.",
    "",
    "B|  • Leaders also agreed to a review of fisheries access rules and a new labour mobility arrangement for seasonal workers, to be finalised by officials before the next meeting.",
    "",
    "B|  • China’s special envoy met three island leaders on the sidelines, but no new agreements were announced.",
    "",
    "C|Updated",
    "",
    "B|That’s where we will leave our coverage for today. Thanks for following along, and for all your messages.",
    "",
    "C|Updated",
    "",
    "B|Tuvalu’s prime minister, Fetu Ioane, told reporters outside the venue that the fund was “a start, not a finish”. He said his government would keep pressing for a coal deadline at the next forum in Honiara, and that small island states could not wait another decade for large emitters to act, with king tides already reaching homes on Funafuti twice this year. Asked whether Australia had blocked stronger language in the communique, he said only that “everyone at the table knows where the resistance came from”. Officials from several delegations said the wording on fossil fuels had been rewritten four times during the evening session, and that the final text was agreed shortly before 1am local time after the chair called a short break so that ministers could consult their capitals.",
], publisher="The Harbinger - AU", publisher_name="The Harbinger", section="World",
    byline_raw="Lucía Ferreira-Watts and (earlier) Kwame Osei-Baptiste",
    authors=["Lucía Ferreira-Watts", "Kwame Osei-Baptiste"],
    captions=[{"text": "Leaders pose for the family photo in Nuku’alofa on Tuesday. Talks on the fund ran past midnight.", "credit": "Mele Fifita/AFP", "position": "header"}],
    truncated=None, cut=True, lang="en-AU", site_kind="aggregator_reader", page_type="live_blog",
    header_pattern="inkl:B' chrome4/pub/pub/section/'A and (earlier) B'/title/unrelated alt text/caption+news sentence+Photograph/'Closing summary' (no blank line)/bullets/'Updated'",
    notes="The first image line is alt text unrelated to the caption; both are header lines. The second sentence of the caption line is news context, so it stays caption text. 'Closing summary' follows the caption with no blank line and is a live-blog heading kept as body; the first bullet is the first body paragraph. Authors drop '(earlier)'. 'Updated' is chrome. Cut by the 2,000-byte limit (truncated=null).")

# 3. inkl, regional paper (pattern A + 'Name (Photographer)' caption) on the CloudFront mirror,
#    two paragraphs behind the sign-up wall, with the 'One subscription...' footer variant.
page("inkl-tyneside-echo-sign-up-quayside-market", "https://d2q7mirror0example.cloudfront.net/news/quayside-sunday-market-to-move-indoors-for-winter-after-traders-vote", "inkl", INKL + [
    "H|Tyneside Echo",
    "H|Tyneside Echo",
    "H|News",
    "H|Rhiannon Pike",
    "",
    "T|Quayside Sunday market to move indoors for winter after traders vote",
    "",
    "H|Market organiser Sandra Keough (Callum Ridley)",
    "",
    "P|Newcastle’s Quayside Sunday market will move into the former Tyne Street bus depot from January until the end of March, after traders voted to get out of the wind and rain.",
    "",
    "B|Organiser Sandra Keough said 62 of the market’s 80 stallholders backed the move, which the city council agreed to on Friday.",
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
], publisher="Tyneside Echo", section="News", byline_raw="Rhiannon Pike", authors=["Rhiannon Pike"],
    captions=[{"text": "Market organiser Sandra Keough", "credit": "Callum Ridley", "position": "header"}],
    truncated=True, lang="en-GB", site_kind="aggregator_reader",
    header_pattern="inkl:A+caption chrome4/pub/pub/section/byline/title/'Name (Photographer)' caption/2 paragraphs/'Sign up to read this article' footer with 'One subscription...' variant",
    notes="Reach-like regional paper: the caption names the person pictured and the photographer in brackets (credit). The 'Already a member? Sign in here' line appears twice in the footer (both chrome). 'Sign up to read this article' after two paragraphs is the wall (truncated=true).")

# 4. Yahoo Actualités (France): brand / section nav / title / provider / author / French stamp /
#    'N min de lecture' / caption '(Photographer / AFP)' / 'Publicité' / 'Suite de l’article' /
#    related rail; complete.
page("yahoo-fr-rennes-metro-ligne-b-travaux", "https://fr.news.yahoo.com/rennes-ligne-b-metro-fermee-trois-week-ends-174210533.html", "yahoo", [
    "C|Yahoo Actualités",
    "C|Accueil   Actualités   Météo   Finance   Sport   Célébrités",
    "T|Rennes : la ligne b du métro fermée trois week-ends pour des travaux",
    "H|Ouest Horizon",
    "H|Marine Le Goff",
    "H|lun. 7 décembre 2026 à 18:42 UTC+1",
    "C|2 min de lecture",
    "",
    "H|Une rame de la ligne b à la station Gares, à Rennes. (Loïc Kerhervé / AFP)",
    "",
    "P|La ligne b du métro rennais sera fermée les week-ends des 9, 16 et 23 janvier, a annoncé lundi Rennes Métropole. Des bus de substitution desserviront toutes les stations entre Saint-Jacques–Gaîté et Cesson–Viasilva.",
    "",
    "C|Publicité",
    "",
    "B|Ces fermetures doivent permettre de remplacer un logiciel du pilotage automatique, installé à l’ouverture de la ligne. « Nous avons choisi les week-ends les moins chargés de l’année », a expliqué l’élu aux mobilités, Gildas Pennec.",
    "",
    "C|Suite de l’article",
    "",
    "B|Le réseau prévoit un bus toutes les quatre minutes le samedi après-midi. La ligne a, elle, fonctionnera normalement.",
    "",
    "B|Les usagers sont invités à consulter l’application du réseau avant de se déplacer.",
    "",
    "C|Sur le même sujet",
    "C|Nantes : le tramway gratuit le week-end prolongé jusqu’en juin",
], publisher="Ouest Horizon", byline_raw="Marine Le Goff", authors=["Marine Le Goff"],
    captions=[{"text": "Une rame de la ligne b à la station Gares, à Rennes.", "credit": "Loïc Kerhervé / AFP", "position": "header"}],
    truncated=False, lang="fr-FR", site_kind="aggregator_portal",
    header_pattern="yahoo-fr:brand/nav/title/provider/author/'lun. d mois yyyy à HH:MM UTC+1'/'N min de lecture'/caption '(Name / AFP)'/body with 'Publicité' and 'Suite de l’article'/'Sur le même sujet' rail",
    notes="French Yahoo edition. The provider line is the publisher; the AFP in the photo credit is no byline agency (organization null). 'Suite de l’article' is the story-continues button; the text after it is body. The story ends before the related rail (truncated=false).")

# 5. MSN it-IT: brand / 'Accedi' / nav / publisher / 'Segui' / 'Storia di Name • 4 h' / reading
#    time / title / caption '© Fornito da <pub>' / video slot / 'Contenuti correlati'; complete.
page("msn-itit-gazzetta-adriatico-traghetti-ancona", "https://www.msn.com/it-it/notizie/italia/ancona-il-porto-allunga-l-orario-dei-traghetti-per-la-croazia/ar-AA1wB7kR", "msn", [
    "C|Microsoft Start",
    "C|Accedi",
    "C|Notizie",
    "H|Gazzetta dell'Adriatico",
    "C|Segui",
    "H|Storia di Elisa Marangoni • 4 h",
    "C|3 min di lettura",
    "T|Ancona, il porto allunga l'orario dei traghetti per la Croazia",
    "H|Il terminal passeggeri del porto di Ancona. © Fornito da Gazzetta dell'Adriatico",
    "P|Dal prossimo giugno i traghetti per Spalato e Zara partiranno da Ancona anche la sera, con un'ultima corsa alle 22.30. Lo ha deciso l'Autorità portuale dopo un'estate con oltre 380 mila passeggeri sulle rotte per la Croazia.",
    "C|Video correlato: Porti, boom di prenotazioni per l'estate (Dailymotion)",
    "B|Le nuove partenze serali saranno tre alla settimana in bassa stagione e diventeranno quotidiane tra luglio e agosto. Per gestire il traffico il varco della Marina Dorica resterà aperto fino a mezzanotte.",
    "B|«Molti turisti arrivano in città nel pomeriggio e oggi devono aspettare la mattina dopo», ha spiegato il presidente dell'Autorità portuale, Riccardo Vannucci.",
    "B|Soddisfatti i commercianti del porto antico, che chiedevano da anni orari più lunghi.",
    "C|Contenuti correlati",
    "C|Pesaro, nuova ciclabile sul lungomare entro l'estate",
], publisher="Gazzetta dell'Adriatico", byline_raw="Storia di Elisa Marangoni • 4 h",
    authors=["Elisa Marangoni"],
    captions=[{"text": "Il terminal passeggeri del porto di Ancona.", "credit": "Gazzetta dell'Adriatico", "position": "header"}],
    truncated=False, lang="it-IT", site_kind="aggregator_portal",
    header_pattern="msn(it-it):brand/'Accedi'/nav/publisher/'Segui'/'Storia di Name • 4 h'/'N min di lettura'/title/caption '© Fornito da <pub>'/body with 'Video correlato:'/'Contenuti correlati' rail",
    notes="Italian MSN edition: 'Storia di' is MSN's 'Story by'; the byline line carries the relative age ('• 4 h'); the author is the name only. '© Fornito da <publisher>' is the caption credit. The video slot is chrome. Complete before the related rail (truncated=false).")

# 6. NewsBreak 2024 template: 'Open in App' / invented nav bullets / '• Publisher' / title /
#    'By Name' / date / image URL / body / related card; complete.
NB_NAV = ["C|Open in App"] + ["C|  • " + x for x in ("Local", "Crime", "Weather", "Schools", "Sports", "Newsletter")]
page("newsbreak-iowa-river-gazette-trail-bridge", "https://www.newsbreak.com/cedar-rapids-ia/4188203317522-cedar-rapids-council-approves-new-trail-bridge-over-indian-creek", "newsbreak", NB_NAV + [
    "H|  • Iowa River Gazette",
    "",
    "T|    Cedar Rapids council approves new trail bridge over Indian Creek",
    "",
    "H|    By Gus Eriksen",
    "",
    "C|    Dec 5, 2026",
    "",
    "C|    https://img.particlenews.example/image.php?url=2Pq9Wz_0zR4cK7d",
    "",
    "P|    The Cedar Rapids City Council on Tuesday approved a $2.7 million contract to replace the trail bridge over Indian Creek, which has been closed since a flood in June damaged one of its supports.",
    "",
    "B|    Work is set to begin in March and finish before the end of summer, city engineer Marcy Delacroix told the council.",
    "",
    "B|    The bridge links two of the busiest sections of the Cedar Valley trail. Since it closed, cyclists have had to use a detour along a four-lane road.",
    "",
    "B|    The new span will be 14 feet wide, four feet wider than the old one, and will sit about three feet higher to keep it above future floods.",
    "",
    "C|    Iowa River Gazette",
    "C|    Marion library to open new makerspace in January",
    "C|    The space will have 3D printers, sewing machines and a recording booth.",
], publisher="Iowa River Gazette", byline_raw="By Gus Eriksen", authors=["Gus Eriksen"],
    truncated=False, lang="en-US", site_kind="aggregator_portal",
    header_pattern="newsbreak:'Open in App'/nav-bullets/•publisher/title/'By Name'/'Mon D, YYYY'/image URL/body(indented)/related card",
    notes="Publisher is the last nav bullet. The date line and the bare image URL are chrome. The related card (publisher, title, teaser) after the story is chrome; the story is complete (truncated=false).")

# 7. en-CA local news portal: brand / weather / pipe nav / section / title / standfirst /
#    'By Name, The Canadian Press' / stamp / share row / caption 'THE CANADIAN PRESS/Name' /
#    'THUNDER BAY, Ont. —' dateline / 'READ MORE:' / CP sign-off / comments / trending / footer.
page("northshoretoday-enca-warming-centres", "https://www.northshoretoday.example/local-news/city-to-add-two-warming-centres-as-cold-snap-settles-over-thunder-bay-10482215", "northshoretoday", [
    "C|NorthshoreToday.ca",
    "C|-21°C Thunder Bay",
    "C|News | Sports | Obituaries | Jobs | Events | Contact Us",
    "H|Local News",
    "T|City to add two warming centres as cold snap settles over Thunder Bay",
    "S|Overnight lows are expected to reach -38 with the wind chill this week",
    "H|By Aidan Whitecloud, The Canadian Press",
    "H|Dec 7, 2026 4:18 PM",
    "C|Share on Facebook | Share on X | Email | Print",
    "H|The former library branch on Victoria Avenue will open as a warming centre on Tuesday. THE CANADIAN PRESS/Marta Greyeyes",
    "P|THUNDER BAY, Ont. — The City of Thunder Bay will open two more overnight warming centres on Tuesday as an extended cold snap settles over northwestern Ontario.",
    "B|The centres, in the former Victoria Avenue library branch and a church hall on Algoma Street, will each have room for 40 people and will stay open until the cold warning is lifted.",
    "C|READ MORE: Transit adds late buses on Red River Road route",
    "B|\"Nobody should be sleeping outside in this,\" said Mayor Denise Korhonen.",
    "B|This report by The Canadian Press was first published Dec. 7, 2026.",
    "C|Comments (2)",
    "C|Trending Now",
    "C|Snowplow routes change for downtown core",
    "C|© 2026 NorthshoreToday.ca | Privacy | Terms of Use | Advertise",
], publisher=None, publisher_name="NorthshoreToday.ca", section="Local News",
    byline_raw="By Aidan Whitecloud, The Canadian Press", authors=["Aidan Whitecloud"], organization="The Canadian Press",
    captions=[{"text": "The former library branch on Victoria Avenue will open as a warming centre on Tuesday.", "credit": "THE CANADIAN PRESS/Marta Greyeyes", "position": "header"}],
    truncated=False, lang="en-CA", site_kind="aggregator_portal",
    header_pattern="northshoretoday:brand/weather/pipe nav/section/title/standfirst/'By Name, The Canadian Press'/stamp/share row/caption 'THE CANADIAN PRESS/Name'/dateline body with 'READ MORE:'/CP sign-off/comments/trending/footer",
    notes="Local portal republishing Canadian Press copy: the agency in the byline is the organization; the portal's brand is masthead chrome (publisher null, publisher_name from it). The weather line is chrome. 'This report by The Canadian Press was first published ...' is the agency's sign-off, part of the story text (body). Complete (truncated=false).")

# 8. en-SG app reader: brand / 'Open app' / nav / 'Source: <pub>' / section / title / standfirst /
#    author / SGT stamp / caption 'PHOTO: ...' / 'SINGAPORE –' body / wall to the source.
page("kopiwire-ensg-woodlands-mrt-lift", "https://kopiwire.example/sg/story/woodlands-mrt-interchange-to-get-third-lift-and-sheltered-link-by-2028-7f3a91c2", "kopiwire", [
    "C|KopiWire",
    "C|Open app",
    "C|Top   Singapore   Asia   World   Business   Tech",
    "H|Source: The Harbourfront Times",
    "H|Singapore",
    "T|Woodlands MRT interchange to get third lift and sheltered link by 2028",
    "S|Works will start in the second half of 2027 and are expected to take about 14 months.",
    "H|Nur Aisyah Rahman",
    "H|Published Dec 7, 2026, 05:30 PM SGT",
    "H|Commuters at Woodlands MRT station on Dec 5. PHOTO: HARBOURFRONT TIMES FILE",
    "P|SINGAPORE – Woodlands MRT interchange will get a third lift and a sheltered link to the bus interchange by 2028, the Land Transport Authority said on Dec 7.",
    "B|The station, which serves the North-South and Thomson-East Coast lines, handles about 130,000 trips a day, and commuters have complained of long queues for its two lifts during peak hours.",
    "B|Senior Minister of State for Transport Cheryl Ang said on Facebook that the works would be phased to keep all exits open.",
    "C|Continue reading the full story on The Harbourfront Times",
    "C|Get the KopiWire app for alerts on the stories you follow",
    "C|Also on KopiWire",
    "C|Bus services 858 and 913 to run more often from January",
], publisher="The Harbourfront Times", section="Singapore", byline_raw="Nur Aisyah Rahman", authors=["Nur Aisyah Rahman"],
    captions=[{"text": "Commuters at Woodlands MRT station on Dec 5.", "credit": "HARBOURFRONT TIMES FILE", "position": "header"}],
    truncated=True, lang="en-SG", site_kind="aggregator_app_mirror",
    header_pattern="kopiwire:brand/'Open app'/nav/'Source: <pub>'/section/title/standfirst/author/'Published ... SGT'/caption 'PHOTO: ...'/'SINGAPORE –' body/'Continue reading the full story on <pub>'/app pitch/rail",
    notes="'Source: <publisher>' is a header line naming the publisher. The caption credit follows 'PHOTO:' in capitals. Three paragraphs then 'Continue reading the full story on <publisher>' (truncated=true).")

# 9. en-KE aggregator: brand / pipe nav / trending tags / section / title / 'Source: <pub>' /
#    'By Name' / EAT stamp / WhatsApp pitch / caption 'PHOTO/COURTESY' / 'READ ALSO:'; cut.
page("habaridesk-enke-nakuru-market-upgrade", "https://www.habaridesk.example/counties/nakuru-traders-relocated-as-county-begins-market-upgrade-88213", "habaridesk", [
    "C|HabariDesk",
    "C|Home | Politics | Counties | Business | Sports | Entertainment",
    "C|Trending: Finance Bill | Matatu strike | KCSE results",
    "H|Counties",
    "T|Nakuru traders relocated as county begins Sh1.2 billion market upgrade",
    "H|Source: The Rift Valley Standard",
    "H|By Wanjiru Kamau",
    "H|Monday, December 7, 2026 2:15 PM EAT",
    "C|Follow HabariDesk on WhatsApp for breaking news",
    "H|Traders at the Wakulima market in Nakuru. PHOTO/COURTESY",
    "P|More than 2,000 traders at Nakuru's Wakulima market have been moved to a temporary site along Kenyatta Avenue as the county government begins a Sh1.2 billion upgrade of the 60-year-old market.",
    "B|County Trade Executive Joseph Kiprono said the new market would have 3,400 stalls, cold rooms for fresh produce and a drainage system to end the flooding that hits the site every rainy season.",
    "C|READ ALSO: Eldoret matatu operators call off strike after talks with county",
    "B|\"We have waited for this for many years. When it rains, our tomatoes rot in the mud,\" said Grace Wambui, who has sold vegetables at the market since 2003.",
    "B|The project, funded jointly by the county and the national government, will also include a day-care centre for traders' children, a modern abattoir section and parking for 150 vehicles. Governor Susan Cherono, who launched the works on Monday, said the market would be the largest of its kind in the Rift Valley once it is complete.",
    "B|\"This market feeds the whole town and many people in the neighbouring counties. It is time it looked like it,\" she said.",
    "B|Some traders, however, complained that the temporary site was too far from the bus park and that they had not been told how stalls in the new market would be allocated once the works are done. Kiprono said the allocation would follow a register compiled in October and that every trader on that list would get a stall at the same rent for the first two years. He added that the county had set aside land for about 300 hawkers who did not have permanent stalls before the works began, and that the contractor had been given 18 months to finish. Members of the county assembly's trade committee are expected to visit the site next week to check on progress and meet representatives of the traders, who have asked for toilets and lighting at the temporary market before the long rains begin in March.",
], publisher="The Rift Valley Standard", section="Counties", byline_raw="By Wanjiru Kamau", authors=["Wanjiru Kamau"],
    captions=[{"text": "Traders at the Wakulima market in Nakuru.", "credit": "COURTESY", "position": "header"}],
    truncated=None, cut=True, lang="en-KE", site_kind="aggregator_portal",
    header_pattern="habaridesk:brand/pipe nav/trending tags/section/title/'Source: <pub>'/'By Name'/'Weekday, Month d, yyyy h:mm PM EAT'/WhatsApp pitch/caption 'PHOTO/COURTESY'/body with 'READ ALSO:'/cut",
    notes="'Source: <publisher>' between the title and the byline is a header line. The WhatsApp pitch sits between the header and the caption (chrome). 'PHOTO/COURTESY' gives the credit 'COURTESY'. Cut by the 2,000-byte limit (truncated=null).")

# 10. en-US newsletter archive (Substack-like mirror): archive brand / nav / newsletter name /
#     'Subscribe' / title / subtitle / author / date / like and comment counts / 'Share' / body
#     with a subscribe pitch / paid-post wall / archive footer.
page("inboxarchive-enus-millbrook-bus-contract", "https://inboxarchive.example/p/millbrook-ledger/the-school-bus-contract-nobody-read", "inboxarchive", [
    "C|Inboxarchive",
    "C|Browse newsletters · Search · Log in",
    "H|The Millbrook Ledger",
    "C|Subscribe",
    "T|The school bus contract nobody read",
    "S|Millbrook’s new transportation deal runs seven years and includes a fuel clause that could cost the district $400,000.",
    "H|Corinne Abernathy-Lutz",
    "H|Dec 7, 2026",
    "C|14",
    "C|3",
    "C|Share",
    "P|On the consent agenda of the Nov. 18 school board meeting, between a field trip to the state capitol and a donation of band uniforms, sat a seven-year contract worth $11.2 million for school buses.",
    "B|It passed 7-0 without discussion. I asked three board members afterward whether they had read it. One said yes.",
    "C|Thanks for reading The Millbrook Ledger! Subscribe for free to receive new posts and support my work.",
    "B|The contract is with the same company that has run Millbrook’s buses since 2019, and most of it looks like the old one. But page 41 has something new: a fuel clause.",
    "C|Keep reading with a 7-day free trial",
    "C|Subscribe to The Millbrook Ledger to keep reading this post and get 7 days of free access to the full post archives.",
    "C|Already a paid subscriber? Sign in",
    "C|Archived by Inboxarchive on Dec 8, 2026 · Report this page",
], publisher="The Millbrook Ledger", byline_raw="Corinne Abernathy-Lutz", authors=["Corinne Abernathy-Lutz"],
    truncated=True, lang="en-US", site_kind="archive_mirror",
    header_pattern="inboxarchive:brand/nav/newsletter name/'Subscribe'/title/subtitle/author/date/counts/'Share'/body with free-subscribe pitch/'Keep reading with a 7-day free trial' wall/archive footer",
    notes="A local newsletter mirrored by an archive site: the newsletter's name is the publisher. The subtitle is the standfirst. The bare like/comment counts ('14', '3') and 'Share' are chrome. The free-subscribe pitch inside the body is chrome; the paid-post wall ends the text (truncated=true).")

# 11. es-CO regional aggregator: brand / pipe nav / Google News pitch / section / title /
#     agency-only byline / date / caption 'Foto: ...' / 'Le puede interesar:' / tags / WhatsApp /
#     comments / footer; complete.
page("notiandes-esco-encicla-nororiente", "https://www.notiandes.example/regiones/medellin-habilita-14-nuevas-estaciones-de-encicla-en-el-nororiente-55120", "notiandes", [
    "C|NotiAndes",
    "C|Inicio | Colombia | Regiones | Economía | Deportes | Opinión",
    "C|Síguenos en Google News",
    "H|Regiones",
    "T|Medellín habilita 14 nuevas estaciones de EnCicla en el nororiente",
    "H|Colprensa",
    "H|7 de diciembre de 2026 - 11:20 a. m.",
    "H|Las nuevas estaciones funcionan de lunes a sábado entre las 5:30 a. m. y las 10:00 p. m. Foto: Alcaldía de Medellín",
    "P|La Alcaldía de Medellín puso en funcionamiento este lunes 14 nuevas estaciones del sistema de bicicletas públicas EnCicla en las comunas de Manrique, Aranjuez y Santa Cruz, con lo que el servicio llega por primera vez al nororiente de la ciudad.",
    "B|Según la Secretaría de Movilidad, las estaciones suman 280 bicicletas, 60 de ellas con asistencia eléctrica para las lomas del sector.",
    "C|Le puede interesar: Metro de Medellín amplía horario los domingos de diciembre",
    "B|El secretario de Movilidad, Hernán Quintero Ossa, dijo que el uso es gratuito para quienes se registren con la tarjeta Cívica.",
    "B|Los habitantes de la comuna 3 llevaban cinco años pidiendo estaciones en su sector.",
    "C|Temas relacionados: Medellín | Movilidad | Bicicletas",
    "C|Únete a nuestro canal de WhatsApp",
    "C|Comentarios",
    "C|© 2026 NotiAndes. Prohibida su reproducción total o parcial.",
], publisher=None, publisher_name="NotiAndes", section="Regiones", byline_raw="Colprensa", organization="Colprensa",
    captions=[{"text": "Las nuevas estaciones funcionan de lunes a sábado entre las 5:30 a. m. y las 10:00 p. m.", "credit": "Alcaldía de Medellín", "position": "header"}],
    truncated=False, lang="es-CO", site_kind="aggregator_portal",
    header_pattern="notiandes:brand/pipe nav/Google News pitch/section/title/agency byline/'d de mes de yyyy - h:mm a. m.'/caption 'Foto: ...'/body with 'Le puede interesar:'/tags/WhatsApp/comments/footer",
    notes="Agency-only byline ('Colprensa'): organization Colprensa, no author. The portal's brand is masthead chrome (publisher null, publisher_name from it). The caption's credit follows 'Foto:'. Tag line and pitches are chrome. Complete (truncated=false).")

# 12. fr-FR regional aggregator: cookie banner / brand / publisher / section / title /
#     'Par Name' / 'Publié le ...' / 'Voir les commentaires' / caption '(©Name / Pub)' /
#     follow button / 'À lire aussi :'; cut.
page("normandieinfos-frfr-passerelle-vire", "https://www.normandieinfos.example/manche/saint-lo/saint-lo-la-passerelle-de-la-vire-rouvrira-aux-pietons-au-printemps_61834", "normandieinfos", [
    "C|Nous utilisons des cookies pour mesurer l’audience et personnaliser les contenus. Paramétrer | Tout accepter",
    "C|NormandieInfos",
    "H|L'Écho du Bocage",
    "H|Environnement",
    "T|Saint-Lô : la passerelle de la Vire rouvrira aux piétons au printemps",
    "S|Fermée depuis les crues de février, la passerelle du Vieux-Moulin doit être consolidée avant sa réouverture, prévue en avril.",
    "H|Par Camille Duret",
    "H|Publié le 7 déc. 2026 à 17h42",
    "C|Voir les commentaires",
    "H|La passerelle est fermée depuis les crues de février. (©Camille Duret / L'Écho du Bocage)",
    "C|Suivre Saint-Lô",
    "P|La passerelle du Vieux-Moulin, qui relie le quartier de la gare au centre-ville de Saint-Lô, rouvrira aux piétons et aux cyclistes en avril, a indiqué la mairie lors du conseil municipal de lundi soir.",
    "B|L’ouvrage, construit en 1962, avait été fermé après les crues de février, qui avaient emporté une partie de l’enrochement de la pile centrale.",
    "C|À lire aussi : Manche : la voie verte de Pont-Hébert à Saint-Lô bientôt terminée",
    "B|Un diagnostic réalisé au printemps par un bureau d’études avait conclu que la structure métallique était saine, mais que la pile centrale s’était enfoncée de plusieurs centimètres. « Nous ne voulions prendre aucun risque, la passerelle voit passer plus de 1 500 personnes par jour », a rappelé l’adjoint chargé des travaux, Hervé Lemonnier.",
    "B|Les travaux, d’un montant de 380 000 euros, commenceront à la mi-janvier. Une entreprise de Coutances doit d’abord renforcer les fondations, avant de changer le platelage en bois et les garde-corps. La Ville a obtenu une subvention du Département couvrant près de la moitié de la dépense, le reste étant pris sur le budget d’investissement de l’année prochaine. Pendant le chantier, les piétons continueront d’emprunter le pont de la rue du Neufbourg, à quatre cents mètres en aval, où un trottoir provisoire plus large a été aménagé cet été. Plusieurs habitants du quartier de la gare avaient lancé une pétition à l’automne pour demander une réouverture rapide, rappelant que la passerelle est empruntée chaque jour par des centaines de lycéens.",
], publisher="L'Écho du Bocage", section="Environnement", byline_raw="Par Camille Duret", authors=["Camille Duret"],
    captions=[{"text": "La passerelle est fermée depuis les crues de février.", "credit": "Camille Duret / L'Écho du Bocage", "position": "header"}],
    truncated=None, cut=True, lang="fr-FR", site_kind="aggregator_portal",
    header_pattern="normandieinfos:cookie banner/brand/publisher/section/title/standfirst/'Par Name'/'Publié le ...'/'Voir les commentaires'/caption '(©Name / Pub)'/'Suivre <ville>'/body with 'À lire aussi :'/cut",
    notes="Regional aggregator republishing a weekly: the weekly's name above the section is the publisher. The caption credit is inside the bracket after '©'. The cookie banner, 'Voir les commentaires' and the follow button are chrome. Cut by the 2,000-byte limit (truncated=null).")

# 13. sk aggregator: brand / pipe nav / section / title / agency byline / date / caption
#     'Foto: TASR/Name' / '(TASR)' dateline / 'Čítajte aj:' / share / discussion / related /
#     cookie notice at the foot; complete.
page("kompasspravy-sk-kosice-nocne-linky", "https://www.kompasspravy.example/slovensko/kosice-predlzia-nocne-linky-mhd-aj-cez-vikendy/a-77104", "kompasspravy", [
    "C|Kompas správ",
    "C|Domov | Slovensko | Zahraničie | Ekonomika | Šport | Kultúra",
    "H|Slovensko",
    "T|Košice predĺžia nočné linky MHD aj cez víkendy",
    "H|TASR",
    "H|7. decembra 2026 15:42",
    "H|Ilustračná snímka. Foto: TASR/Jana Kollárová",
    "P|Košice 7. decembra (TASR) - Dopravný podnik mesta Košice od januára rozšíri nočnú dopravu. Linky N1 a N2 budú premávať aj v noci zo soboty na nedeľu a z nedele na pondelok, informovala v pondelok hovorkyňa podniku Lucia Havrilová.",
    "B|Spoje pôjdu v intervale 40 minút od 23.30 h do 4.00 h. Doteraz jazdili nočné linky iba v piatok a v sobotu.",
    "C|Čítajte aj: Prešov otvorí nový terminál pri autobusovej stanici",
    "B|Podľa Havrilovej sa rozhodli na základe počtu cestujúcich, ktorý sa za posledný rok zvýšil takmer o tretinu. Rozšírenie bude stáť približne 180.000 eur ročne.",
    "C|Zdieľať: Facebook | X | E-mail",
    "C|Diskusia (4)",
    "C|Súvisiace články",
    "C|Bratislava zavedie nový tarifný systém od marca",
    "C|Tento web používa súbory cookie. Súhlasím | Nastavenia",
], publisher=None, publisher_name="Kompas správ", section="Slovensko", byline_raw="TASR", organization="TASR",
    captions=[{"text": "Ilustračná snímka.", "credit": "TASR/Jana Kollárová", "position": "header"}],
    truncated=False, lang="sk", site_kind="aggregator_portal",
    header_pattern="kompasspravy:brand/pipe nav/section/title/agency byline/'d. mesiaca yyyy HH:MM'/caption 'Foto: TASR/Name'/'(TASR) -' dateline body with 'Čítajte aj:'/share/discussion/related/cookie notice",
    notes="Agency-only byline ('TASR'): organization TASR, no author; the spokeswoman quoted in the body is no author. The portal's brand is masthead chrome (publisher null, publisher_name from it). 'Ilustračná snímka.' (illustrative photo) is the caption text. The cookie notice sits at the foot. Complete (truncated=false).")

# 14. ta news portal: brand / pipe nav / section / title / 'எழுதியவர்: Name' / English stamp /
#     caption 'படம்: ...' / 'இதையும் படிங்க:' / app wall / share row.
page("nammaseithi-ta-chennai-metro-trial-run", "https://www.nammaseithi.example/tamilnadu/chennai-metro-phase-2-porur-vadapalani-trial-run-30417", "nammaseithi", [
    "C|நம்ம செய்தி",
    "C|முகப்பு | தமிழ்நாடு | இந்தியா | உலகம் | விளையாட்டு | சினிமா",
    "H|தமிழ்நாடு",
    "T|சென்னை மெட்ரோ இரண்டாம் கட்டம்: போரூர் - வடபழனி பாதையில் சோதனை ஓட்டம்",
    "H|எழுதியவர்: மு. கார்த்திகேயன்",
    "H|Published: 07 Dec 2026 10:15 AM",
    "H|போரூர் அருகே மெட்ரோ உயர்மட்டப் பாதை. படம்: பிடிஐ",
    "P|சென்னை மெட்ரோ இரண்டாம் கட்டத் திட்டத்தில் போரூர் முதல் வடபழனி வரையிலான பாதையில் ஞாயிற்றுக்கிழமை சோதனை ஓட்டம் நடைபெற்றது.",
    "C|இதையும் படிங்க: தாம்பரம் - செங்கல்பட்டு புறநகர் ரயில் நேரம் மாற்றம்",
    "B|இந்தப் பாதையில் பயணிகள் சேவை அடுத்த ஆண்டு ஜூன் மாதம் தொடங்கும் என்று அதிகாரிகள் தெரிவித்தனர்.",
    "B|சோதனை ஓட்டத்தின்போது ரயில் மணிக்கு 80 கி.மீ. வேகத்தில் இயக்கப்பட்டது.",
    "C|மேலும் படிக்க நம்ம செய்தி ஆப்பை பதிவிறக்கவும்",
    "C|பகிர்: வாட்ஸ்அப் | பேஸ்புக் | எக்ஸ்",
], publisher=None, publisher_name="நம்ம செய்தி", section="தமிழ்நாடு", byline_raw="எழுதியவர்: மு. கார்த்திகேயன்",
    authors=["மு. கார்த்திகேயன்"],
    captions=[{"text": "போரூர் அருகே மெட்ரோ உயர்மட்டப் பாதை.", "credit": "பிடிஐ", "position": "header"}],
    truncated=True, lang="ta", site_kind="aggregator_portal",
    header_pattern="nammaseithi:brand/pipe nav/section/title/'எழுதியவர்: Name'/'Published: dd Mon yyyy HH:MM AM'/caption 'படம்: ...'/body with 'இதையும் படிங்க:'/'read more in the app' wall/share row",
    notes="Tamil portal: 'எழுதியவர்:' ('written by') is a prefix, not part of the name; the initial 'மு.' stays. The stamp is printed in English. 'படம்:' ('photo:') introduces the credit (PTI in Tamil script). 'மேலும் படிக்க நம்ம செய்தி ஆப்பை பதிவிறக்கவும்' ('download the app to read more') ends the preview (truncated=true).")

# 15. sw portal: brand / pipe nav / section / title / 'Na Name' / date / caption '(Picha: ...)' /
#     'DAR ES SALAAM:' dateline / 'Soma pia:' / share / WhatsApp / related; complete.
page("mwangahabari-sw-mabasi-usiku", "https://mwangahabari.example/habari/dar-es-salaam-mabasi-ya-mwendokasi-kuanza-safari-za-usiku-4471", "mwangahabari", [
    "C|MwangaHabari",
    "C|Nyumbani | Habari | Siasa | Biashara | Michezo | Burudani",
    "H|Habari za Kitaifa",
    "T|Dar es Salaam: Mabasi ya mwendokasi kuanza safari za usiku Januari",
    "H|Na Amina Juma",
    "H|Desemba 7, 2026",
    "H|Abiria wakisubiri basi katika kituo cha Kimara. (Picha: Maktaba)",
    "P|DAR ES SALAAM: Mabasi ya mwendokasi jijini Dar es Salaam yataanza kutoa huduma hadi saa sita usiku kuanzia Januari 5, mwakani, Wakala wa Usafiri wa Haraka Mjini (WUHAM) umetangaza.",
    "B|Kwa sasa mabasi hayo husitisha safari saa nne usiku, hali ambayo abiria wamekuwa wakilalamikia kwa muda mrefu.",
    "C|Soma pia: Bei ya nauli za daladala kupitiwa upya Desemba",
    "B|Mkurugenzi wa WUHAM, Bw. Hamisi Mwakalinga, amesema mabasi 40 ya ziada yatanunuliwa ili kukidhi mahitaji ya safari za usiku.",
    "B|\"Tunataka wafanyakazi wanaorudi nyumbani usiku wapate usafiri salama,\" alisema.",
    "C|Shiriki habari hii: WhatsApp | Facebook | X",
    "C|Jiunge na chaneli yetu ya WhatsApp upate habari kila siku",
    "C|Habari zinazohusiana",
    "C|Kivuko cha Kigamboni kufungwa kwa siku mbili",
], publisher=None, publisher_name="MwangaHabari", section="Habari za Kitaifa", byline_raw="Na Amina Juma", authors=["Amina Juma"],
    captions=[{"text": "Abiria wakisubiri basi katika kituo cha Kimara.", "credit": "Maktaba", "position": "header"}],
    truncated=False, lang="sw", site_kind="aggregator_portal",
    header_pattern="mwangahabari:brand/pipe nav/section/title/'Na Name'/'Mwezi d, yyyy'/caption '(Picha: ...)'/'DAR ES SALAAM:' dateline body with 'Soma pia:'/share/WhatsApp/related",
    notes="Swahili portal: 'Na' ('by') is a byline prefix, not part of the name. 'Picha: Maktaba' ('photo: archive') gives the credit 'Maktaba'. 'Bw.' (Mr) belongs to the quoted director in the body. Complete (truncated=false).")

# 16. lt aggregator: brand / pipe nav / section / title / 'Šaltinis: <pub>' / author / ISO stamp /
#     caption 'Nuotr. Name' / 'Skaitykite ir:' / 'Reklama' slot inside the body; cut.
page("naujienuupe-lt-kaunas-autobusu-juosta", "https://naujienuupe.example/lietuvoje/kaunas-prates-viesojo-transporto-juosta-savanoriu-prospekte-91207", "naujienuupe", [
    "C|Naujienų upė",
    "C|Pradžia | Lietuvoje | Pasaulyje | Verslas | Sportas | Orai",
    "H|Lietuvoje",
    "T|Kaunas pratęs viešojo transporto juostą Savanorių prospekte",
    "H|Šaltinis: Kauno kurjeris",
    "H|Rūta Vaitkevičiūtė",
    "H|2026-12-07 14:05",
    "H|Savanorių prospektas Kaune. Nuotr. Tomas Žilinskas",
    "P|Kauno savivaldybė nusprendė pratęsti viešojo transporto juostą Savanorių prospekte dar beveik dviem kilometrais – nuo Žemaičių gatvės iki Partizanų gatvės sankryžos. Darbai turėtų prasidėti kitų metų balandį.",
    "B|Pasak miesto mero pavaduotojo Dariaus Kazlausko, juosta sutrumpins autobusų ir troleibusų kelionės laiką piko valandomis iki dešimties minučių.",
    "C|Skaitykite ir: Vilniuje – nauji naktiniai autobusų maršrutai",
    "B|Projektas kainuos apie 1,4 mln. eurų, didžiąją dalį lėšų skirs Europos Sąjungos fondai.",
    "B|Naujoji juosta bus skirta ne tik autobusams ir troleibusams, bet ir taksi automobiliams bei elektromobiliams, kuriuose važiuoja bent du keleiviai. Pažeidėjus fiksuos vaizdo kameros, o bauda sieks nuo 30 iki 60 eurų.",
    "B|„Savanorių prospektu kasdien važiuoja daugiau nei 40 tūkstančių keleivių. Jie neturi stovėti spūstyse kartu su automobiliais“, – sakė D. Kazlauskas.",
    "C|Reklama",
    "B|Vairuotojų atstovai projektą kritikuoja. Jų teigimu, ir taip perkrautame prospekte automobiliams liks tik po vieną eismo juostą kiekviena kryptimi, todėl spūstys gali persikelti į aplinkines gatves. Savivaldybė atsako, kad kartu bus pertvarkytos kelios sankryžos ir sureguliuoti šviesoforai, o po metų bus įvertinta, kaip pasikeitė eismo srautai. Gyventojai apie projektą dar galės pareikšti nuomonę viešame susirinkime, kuris vyks sausio viduryje Šilainių seniūnijoje. Miesto transporto bendrovė taip pat žada nuo kovo mėnesio padidinti autobusų dažnumą maršrutuose, kurie važiuoja Savanorių prospektu, o Šilainių mikrorajone įrengti dvi naujas stoteles su šildomais laukimo paviljonais. Jei projektas pasiteisins, panašias juostas ketinama įrengti ir Pramonės prospekte bei Jonavos gatvėje.",
], publisher="Kauno kurjeris", section="Lietuvoje", byline_raw="Rūta Vaitkevičiūtė", authors=["Rūta Vaitkevičiūtė"],
    captions=[{"text": "Savanorių prospektas Kaune.", "credit": "Tomas Žilinskas", "position": "header"}],
    truncated=None, cut=True, lang="lt", site_kind="aggregator_portal",
    header_pattern="naujienuupe:brand/pipe nav/section/title/'Šaltinis: <pub>'/author/'yyyy-mm-dd HH:MM'/caption 'Nuotr. Name'/body with 'Skaitykite ir:' and 'Reklama'/cut",
    notes="Lithuanian aggregator: 'Šaltinis: <publisher>' ('Source:') is a header line naming the publisher. 'Nuotr.' ('photo') introduces the photographer's credit. 'Reklama' (advertisement) between paragraphs is a slot label (chrome). Cut by the 2,000-byte limit (truncated=null).")

casegen.write_pages()
