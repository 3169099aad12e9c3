"""Build invented long-tail aggregator pages (integrator's own held-out set, round U3).

Each page: lines tagged C| chrome, H| header line, T| title (header), P| first body paragraph,
B| body, ''= blank. Labels derived from the tags plus the explicit fields."""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
import casegen  # noqa: E402
from casegen import page  # noqa: E402

casegen.NOTE = "Invented page text in the layout of a real long-tail site (integrator's held-out round U3, written before any rule change of this stop and never tuned on)."

page("akhbar-ar-water", "https://akhbarfeed.example/ar/news/2026/12/06/water-network-upgrade", "akhbarfeed", [
    "C|أخبار فيد",
    "C|الرئيسية",
    "C|محليات",
    "C|اقتصاد",
    "C|رياضة",
    "C|تسجيل الدخول",
    "T|بدء أعمال تطوير شبكة المياه في الأحياء الشرقية",
    "H|صحيفة الوادي",
    "H|منذ 3 ساعات",
    "C|تابعنا",
    "P|أعلنت البلدية بدء أعمال تطوير شبكة المياه في الأحياء الشرقية، على أن تستمر الأعمال ستة أشهر.",
    "B|وقال مسؤول في البلدية إن المشروع سيخفف انقطاع المياه في فصل الصيف.",
    "C|اقرأ الخبر كاملاً من المصدر",
    "C|شارك الخبر",
    "C|أخبار ذات صلة",
], publisher="صحيفة الوادي", truncated=True, lang="ar")

page("headlinehub-glued-nav", "https://headlinehub.example/world/2026/12/06/ceasefire-talks-resume/", "headlinehub", [
    "C|HeadlineHubWorldUSPoliticsBusinessTechScience",
    "C|Subscribe Now | Log In",
    "C|We use cookies to improve your experience. By continuing you agree to our Cookie Policy.",
    "C|Accept All",
    "H|World",
    "T|Ceasefire talks resume after week-long pause",
    "H|By Amira Haddad | Reuters",
    "H|Updated Dec 6, 2026 4:52 PM EST",
    "C|Share this article",
    "P|Negotiators returned to talks on Saturday after a week-long pause, with mediators saying both sides had agreed to discuss a prisoner exchange.",
    "B|A senior official said the talks could last several days.",
    "B|\"We are cautiously hopeful,\" one of the mediators told reporters outside the venue.",
    "C|Our Standards: The Thomson Reuters Trust Principles.",
    "C|Most Popular",
], publisher=None, section="World", byline_raw="By Amira Haddad | Reuters", authors=["Amira Haddad"], organization="Reuters", truncated=False)

page("newsflash-jp-reader", "https://newsflash-jp.example/articles/8a7c6d5e4f", "newsflash-jp", [
    "C|ニュースフラッシュ",
    "C|ホーム",
    "C|国内",
    "C|国際",
    "C|経済",
    "C|ログイン",
    "T|小学校の給食費、来年度から無償化へ",
    "H|中部タイムス",
    "H|2026/12/06 11:05",
    "C|お気に入り",
    "P|市は来年度から市立小学校の給食費を無償にすると発表した。対象は約一万二千人の児童となる。",
    "B|財源には国の交付金と市の基金を充てる。",
    "C|この記事の続きを読む",
    "C|中部タイムスの記事一覧へ",
    "C|あわせて読みたい",
], publisher="中部タイムス", truncated=True, lang="ja")

page("citybuzz-complete-recipe", "https://citybuzz.example/food/winter-soup-market-stall/", "citybuzz", [
    "C|CityBuzz",
    "C|Food",
    "C|Drink",
    "C|Events",
    "C|Newsletter",
    "H|Food",
    "T|The market stall whose winter soup sells out by noon",
    "H|Words by Lucy Brennan",
    "H|6 December 2026",
    "P|Every Saturday from November to March, a queue forms at the corner of the covered market long before the soup stall opens at ten.",
    "B|Owner Farid Hassan makes two soups a day: a spiced lentil and a leek and potato.",
    "B|Ingredients for the lentil soup:",
    "B|- 300g red lentils",
    "B|- 2 onions",
    "B|- 1 tsp cumin",
    "B|\"People come back every week,\" he says.",
    "C|Like this? Get the best of CityBuzz every Friday",
    "C|Sign up",
    "C|You might also like",
], publisher=None, section="Food", byline_raw="Words by Lucy Brennan", authors=["Lucy Brennan"], truncated=False)

page("regionnews-nl-dijk", "https://regionieuws.example/nieuws/dijk-versterkt-voor-winter-5521", "regionieuws", [
    "C|RegioNieuws",
    "C|Home",
    "C|Nieuws",
    "C|Sport",
    "C|Weer",
    "C|Inloggen",
    "T|Dijk op tijd versterkt voor de winter",
    "H|Dagblad van het Noorden",
    "H|6 dec 2026, 09:12",
    "C|Leestijd: 2 minuten",
    "P|Het waterschap heeft de versterking van de dijk langs de rivier eerder afgerond dan gepland, zodat het werk klaar is voor de winterstormen.",
    "B|Tijdens de werkzaamheden was het fietspad op de dijk een jaar lang afgesloten.",
    "C|Lees het volledige artikel op Dagblad van het Noorden",
    "C|Deel dit bericht",
    "C|Meer nieuws uit de regio",
], publisher="Dagblad van het Noorden", truncated=True, lang="nl")

page("tribunefeed-sports", "https://tribunefeed.example/sports/county-cup-final-report-7781", "tribunefeed", [
    "C|TribuneFeed",
    "C|Scores",
    "C|Schedule",
    "C|Standings",
    "C|Watch Live",
    "H|Sports",
    "T|Late goal wins county cup for Riverside",
    "H|By Sam Whitaker",
    "H|Dec. 6, 2026",
    "C|0 Comments",
    "P|A header in the final minute gave Riverside their first county cup in 23 years on Saturday, beating Hillcrest 2-1 in front of a packed crowd.",
    "B|Hillcrest had led for most of the second half after a penalty.",
    "B|Riverside: Jones; Patel, Okoro, Byrne, Silva; Moore, Kaye; Lund, Hart, Doyle; Reyes.",
    "C|Copyright 2026 TribuneFeed. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.",
], publisher=None, section="Sports", byline_raw="By Sam Whitaker", authors=["Sam Whitaker"], truncated=False)

page("kurier-pl-szpital", "https://kurierdnia.example/wiadomosci/szpital-nowy-oddzial,nId,7723", "kurierdnia", [
    "C|Kurier Dnia",
    "C|Wiadomości",
    "C|Sport",
    "C|Pogoda",
    "C|Zaloguj",
    "H|Wiadomości",
    "T|Szpital otwiera nowy oddział dziecięcy",
    "H|Autor: Katarzyna Nowak",
    "H|06.12.2026 10:30",
    "C|Udostępnij",
    "P|Szpital wojewódzki otworzył w piątek nowy oddział dziecięcy z czterdziestoma łóżkami.",
    "B|Dyrekcja szacuje, że kolejki do przyjęć skrócą się o połowę.",
    "C|Masz temat? Napisz do nas!",
    "C|Zobacz także",
    "C|Nowa linia tramwajowa gotowa",
], publisher=None, section="Wiadomości", byline_raw="Autor: Katarzyna Nowak", authors=["Katarzyna Nowak"], truncated=False, lang="pl")

page("techpulse-en-chips", "https://techpulse.example/2026/12/06/chip-plant-delayed/", "techpulse", [
    "C|TechPulse",
    "C|Latest",
    "C|Reviews",
    "C|Deals",
    "C|Podcasts",
    "T|Chip plant opening pushed back to 2028",
    "H|By Oliver Grant",
    "H|Published 3 hours ago",
    "C|When you purchase through links on our site, we may earn an affiliate commission.",
    "P|The opening of a new chip plant has been delayed by a year because of a shortage of specialist equipment, the company said on Friday.",
    "B|About 1,500 jobs were due to be created when the plant opened.",
    "B|The company said the delay would not change its plans for a second plant.",
    "C|Stay in the know with TechPulse. Get the latest news straight to your inbox.",
    "C|Contact me with news and offers from other brands",
    "C|Sign me up",
], publisher=None, byline_raw="By Oliver Grant", authors=["Oliver Grant"], truncated=False)

casegen.write_pages()
