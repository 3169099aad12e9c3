"""Set 7 of profiles15's invented aggregator pages: inkl sections not in any list, credit-only
'Photograph:' lines, 'in City' glued to the byline; Yahoo with two Reuters writers and a Japanese
agency credit; MSN with three writers and a slideshow counter; NewsBreak with a long nav.
``python make_set7.py [OUTDIR]``."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import casegen as g  # noqa: E402

g.setup("Invented page text in the layout of a real aggregator (profiles15 set 7).",
        str(Path(__file__).resolve().parent / "set7" / "x"))

g.shared_page(
    "inkl-long-section-no-byline", "https://www.inkl.com/news/energy-bill-support-scheme-extended",
    "inkl", [*g.INKL_HEAD,
             "H|The Evening Ledger", "H|The Evening Ledger", "H|Cost of living", "",
             "T|Energy bill support for pensioners extended until 2028", "",
             "P|A scheme that pays up to £300 towards the winter energy bills of pensioners on low incomes will run for two more years, the government has announced.",
             "", "B|About 1.4 million households received the payment last winter.",
             "", "C|Download the app"],
    site_kind="aggregator", header_pattern="inkl: pub/pub/section (two words)/title",
    notes="", lang="en-GB", publisher="The Evening Ledger", section="Cost of living", truncated=False)

g.shared_page(
    "inkl-opinion-credit-only-photograph", "https://www.inkl.com/news/the-four-day-week-trial-is-over-now-comes-the-hard-part",
    "inkl", [*g.INKL_HEAD,
             "H|The Meridian - UK", "H|The Meridian - UK", "H|Opinion", "H|Harriet Okwu", "",
             "T|The four-day week trial is over. Now comes the hard part", "",
             "H|Photograph: Andrew Fox/Alamy", "",
             "P|When the results of the largest four-day week trial in Britain were published last week, the headline figures were striking.",
             "", "B|But the firms that took part were not a random sample of British employers.",
             "", "C|Related Stories", "C|Our Picks"],
    site_kind="aggregator", header_pattern="inkl Guardian opinion: pub/pub/section/byline/title/credit-only 'Photograph: X'",
    notes="", lang="en-GB", publisher="The Meridian - UK", section="Opinion", byline_raw="Harriet Okwu",
    authors=["Harriet Okwu"], captions=[{"text": None, "credit": "Andrew Fox/Alamy"}], truncated=False)

g.shared_page(
    "inkl-byline-in-city-two-writers", "https://www.inkl.com/news/eu-ministers-agree-fishing-quotas-after-all-night-talks",
    "inkl", [*g.INKL_HEAD,
             "H|The Meridian - UK", "H|The Meridian - UK", "H|World news", "H|Jon Henley in Paris and Lisa O'Carroll in Brussels", "",
             "T|EU ministers agree fishing quotas after all-night talks", "",
             "H|Trawlers in the harbour at Boulogne-sur-Mer",
             "H|Trawlers in the harbour at Boulogne-sur-Mer. Photograph: Pascal Rossignol/Reuters", "",
             "P|EU fisheries ministers agreed next year's catch limits in the early hours of Wednesday after talks that ran through the night.",
             "", "B|Quotas for North Sea cod will fall by 8%.",
             "", "C|Download the app"],
    site_kind="aggregator", header_pattern="inkl Guardian: pub/pub/section/'A in City and B in City'/title/alt/caption",
    notes="", lang="en-GB", publisher="The Meridian - UK", section="World news",
    byline_raw="Jon Henley in Paris and Lisa O'Carroll in Brussels", authors=["Jon Henley", "Lisa O'Carroll"],
    captions=[{"text": "Trawlers in the harbour at Boulogne-sur-Mer.", "credit": "Pascal Rossignol/Reuters"}],
    truncated=False)

g.shared_page(
    "yahoo-finance-two-reuters-writers", "https://finance.yahoo.com/news/copper-hits-record-on-supply-fears-101500121.html",
    "yahoo", ["C|Yahoo Finance", "C|Search for news, symbols or companies", "C|Sign in",
              "T|Copper hits record high as mine disruptions tighten supply",
              "H|Reuters", "H|By Pratima Desai and Julian Okoye", "H|Tue, December 8, 2026 at 5:15 AM EST", "C|2 min read",
              "P|LONDON (Reuters) - Copper prices hit a record high on Tuesday as disruptions at mines in Chile and Peru added to worries about tight supply.",
              "C|Advertisement",
              "B|Benchmark copper on the London Metal Exchange rose 1.8% to $11,920 a metric ton.",
              "C|View comments"],
    site_kind="aggregator", header_pattern="yahoo finance: brand/search/sign in/title/Reuters/By A and B/date/read",
    notes="", lang="en-GB", publisher="Reuters", authors=["Pratima Desai", "Julian Okoye"],
    byline_raw="By Pratima Desai and Julian Okoye", organization="Reuters", truncated=False)

g.shared_page(
    "yahoo-jp-agency-photo", "https://news.yahoo.co.jp/articles/3c5d7e9f1a2b4c6d8e0f2a4b6c8d0e2f4a6b8c0d",
    "yahoo", ["C|Yahoo!ニュース",
              "T|北陸新幹線、敦賀以西ルートの環境調査を開始へ",
              "H|12/8(火) 11:40配信", "C|コメント27件", "H|北陸中央通信",
              "H|敦賀駅に停車する北陸新幹線（写真：時事）",
              "P|国土交通省は8日、北陸新幹線の敦賀以西の延伸区間について、環境影響評価の手続きを来年度に始めると発表した。",
              "B|着工の時期は未定としている。",
              "C|最終更新:12/8(火) 12:05", "C|記事に関する報告"],
    site_kind="aggregator", header_pattern="yahoo-jp: brand/title/配信/comment count/publisher/caption（写真：時事）/body/最終更新",
    notes="", lang="ja", publisher="北陸中央通信",
    captions=[{"text": "敦賀駅に停車する北陸新幹線", "credit": "時事"}], truncated=False)

g.shared_page(
    "msn-enus-three-writers-slides", "https://www.msn.com/en-us/news/us/winter-storm-closes-interstate-passes/ar-AA1xZ4gH",
    "msn", ["C|Microsoft Start", "C|Sign in", "C|News  Weather  Sports  Money",
            "H|Cascade Courier", "C|Follow", "H|Story by Ana Ruiz, Ben Holt and Cara Voss • 4h", "C|2 min read",
            "T|Winter storm closes two interstate mountain passes",
            "C|1 of 6",
            "H|Snowplows on Interstate 90 near the summit. © Provided by Cascade Courier",
            "P|Two mountain passes on interstates in Washington were closed on Monday after more than 3 feet of snow fell in 24 hours.",
            "C|Advertisement",
            "B|The transportation department said it did not expect to reopen them before Wednesday.",
            "C|More for you", "C|Ski areas delay opening day", "C|Cascade Courier • 1d"],
    site_kind="aggregator", header_pattern="msn en-us: brand/sign in/nav/pub/Follow/'Story by A, B and C'/read/title/slide counter/caption/rail",
    notes="", lang="en-US", publisher="Cascade Courier", authors=["Ana Ruiz", "Ben Holt", "Cara Voss"],
    byline_raw="Story by Ana Ruiz, Ben Holt and Cara Voss • 4h",
    captions=[{"text": "Snowplows on Interstate 90 near the summit.", "credit": "Cascade Courier"}], truncated=False)

g.shared_page(
    "newsbreak-2024-long-nav", "https://www.newsbreak.com/reno-nv/4123344556677-casino-workers-approve-contract",
    "newsbreak", ["C|Open in App", "C|  • Local", "C|  • Crime & Safety", "C|  • Traffic", "C|  • Business",
                  "C|  • Health", "C|  • Sports", "C|  • Things to Do", "C|  • Real Estate", "C|  • Newsletter",
                  "H|  • Sierra Morning Post", "",
                  "T|    Casino workers approve five-year contract, ending strike threat", "",
                  "H|    By Lucia Ferreira-Maddox and Dale Ostrander,", "",
                  "H|    Dec 7, 2026", "",
                  "P|    Culinary and hotel workers at six Reno casinos voted overwhelmingly on Sunday to approve a five-year contract, ending the threat of a strike before the holidays.",
                  "", "B|    The deal raises wages by 32% over the life of the contract.",
                  "", "C|Comments / 5"],
    site_kind="aggregator", header_pattern="newsbreak 2024: Open in App/long nav/•publisher/title/'By A and B,'/date/body",
    notes="", lang="en-US", publisher="Sierra Morning Post", authors=["Lucia Ferreira-Maddox", "Dale Ostrander"],
    byline_raw="By Lucia Ferreira-Maddox and Dale Ostrander,", truncated=False)

g.write_pages()
