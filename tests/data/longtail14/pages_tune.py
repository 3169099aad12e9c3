"""Invented long-tail pages for longtail14 (the header zone of sites no profile knows): tune set.

Lines tagged C| chrome, H| header, T| title, P| first body paragraph, B| body, '' blank (see
../casegen.py). Sites, people and article text are made up; layouts follow real readers,
portals and news apps. Labels in the shared cases' conventions (a standfirst stays text).

    python pages_tune.py [OUTDIR]   (default: ./tune)
"""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
import casegen  # noqa: E402
from casegen import page  # noqa: E402

casegen.NOTE = "Invented page text in the layout of a real long-tail site (longtail14 tune set)."
if len(sys.argv) < 2:
    sys.argv.append(str(pathlib.Path(__file__).resolve().parent / "tune"))

# 1. Chinese portal: source, writer and time on one row apart by spaces; editor line under the text.
page("xinwenhai-zh-row", "https://www.xinwenhai.example/difang/2026/1207/c88213.html", "xinwenhai", [
    "C|新闻海",
    "C|首页",
    "C|地方",
    "C|财经",
    "T|滨江新区公交线路调整 新增三条夜班线",
    "H|来源：海滨日报  作者：周明远  2026-12-07 09:15",
    "P|滨江新区交通部门7日发布通知，自下周一起调整区内十二条公交线路，并新开三条夜班线，方便夜间下班的市民出行。",
    "B|新开的夜班线将在每晚十点至次日凌晨一点运行，发车间隔为二十分钟。",
    "B|交通部门表示，调整后区内公交站点覆盖率将提高到百分之九十五。",
    "C|责任编辑：刘佳",
    "C|分享到：微信 微博",
], publisher="海滨日报", authors=["周明远"], byline_raw="作者：周明远", truncated=False, lang="zh")

# 2. Portuguese portal: date first, then the source and the writer, labelled, spaces between.
page("jornalagora-pt-row", "https://jornalagora.example/regiao/2026/12/07/mercado-municipal-obras", "jornalagora", [
    "C|Jornal Agora",
    "C|Início · Região · Desporto · Opinião",
    "T|Mercado municipal de Vale Fundo fecha três meses para obras",
    "H|07/12/2026 10:20  Fonte: Diário do Vale  Autor: Rui Pinto",
    "P|O mercado municipal de Vale Fundo vai fechar portas a 8 de janeiro para obras de requalificação que deverão durar cerca de três meses, anunciou a câmara.",
    "B|Os 40 vendedores serão instalados numa tenda provisória no largo da igreja.",
    "B|A obra custa 1,2 milhões de euros e inclui a substituição da cobertura.",
    "C|Partilhar: Facebook | X | WhatsApp",
], publisher="Diário do Vale", authors=["Rui Pinto"], byline_raw="Autor: Rui Pinto", truncated=False, lang="pt")

# 3. Turkish news app: menu run, the section over the headline is the URL's folder.
page("habergezgin-tr-folder", "https://habergezgin.example/ekonomi/liman-genisleme-ihalesi-8812", "habergezgin", [
    "C|HaberGezgin",
    "C|Ana Sayfa",
    "C|Son Dakika",
    "C|Video",
    "H|Ekonomi",
    "T|Liman genişleme ihalesi ocakta yapılacak",
    "H|Kıyı Postası",
    "H|07.12.2026 10:20",
    "P|Körfez limanının genişletilmesi için ihale 12 Ocak'ta yapılacak, liman işletmesi yaptığı açıklamada yeni rıhtımın iki yıl içinde tamamlanmasını hedeflediğini bildirdi.",
    "B|Yeni rıhtımla limanın yıllık kapasitesinin yüzde 40 artması bekleniyor.",
    "B|İşletme, inşaat süresince gemi trafiğinin aksamayacağını belirtti.",
    "C|Paylaş: Facebook X WhatsApp",
], publisher="Kıyı Postası", section="Ekonomi", truncated=False, lang="tr")

# 4. Ukrainian reader: date over a caption whose credit is the photo word of its script.
page("novynyday-uk-photo", "https://novynyday.example/suspilstvo/mist-vidkryly-99120", "novynyday", [
    "C|НовиниДня",
    "T|Міст через Рось відкрили після ремонту",
    "H|Джерело: Поросся Сьогодні",
    "H|7 грудня 2026, 10:20",
    "H|Перші автомобілі їдуть оновленим мостом. Фото: Олена Коваль",
    "P|Міст через річку Рось у Богуславі відкрили для руху в неділю після восьми місяців ремонту, повідомили в міській раді.",
    "B|Підрядник замінив прогонові будови та облаштував тротуари з обох боків.",
    "B|Ремонт коштував 46 мільйонів гривень.",
], publisher="Поросся Сьогодні", captions=[{"text": "Перші автомобілі їдуть оновленим мостом.", "credit": "Олена Коваль", "position": "header"}], truncated=False, lang="uk")

# 5. French app reader: app pitch and menu over the source, its follow button, the age, a
#    headline with a place and a date after a colon.
page("infomobile-fr-app", "https://infomobile.example/fr/a/9d2c771e?src=echo-du-littoral", "infomobile", [
    "C|InfoMobile",
    "C|À la une · Régions · Sports · Culture",
    "C|Ouvrir l'app",
    "H|L'Écho du Littoral",
    "C|+ Suivre",
    "H|il y a 3 heures",
    "T|Port-Vendres : la nouvelle criée ouvrira le 4 janvier",
    "P|La nouvelle halle à marée de Port-Vendres accueillera ses premières ventes le 4 janvier, a annoncé samedi la chambre de commerce lors d'une visite du chantier.",
    "B|Le bâtiment compte deux salles de vente et une chambre froide de 600 mètres carrés.",
    "B|Les pêcheurs attendaient cet équipement depuis la fermeture de l'ancienne criée en 2023.",
    "C|J'aime · Commenter · Partager",
], publisher="L'Écho du Littoral", truncated=False, lang="fr")

# 6. German app reader: the pitch to read in the app over the source and its age.
page("kurzlesen-de-app", "https://kurzlesen.example/de/lokal/weserbote/faehre-faehrt-wieder/a/77c1", "kurzlesen", [
    "C|KURZLESEN",
    "C|Top  |  Für dich  |  Lokal",
    "C|Jetzt in der App lesen",
    "H|Weserbote",
    "H|vor 3 Std.",
    "T|Fähre Blexen: Ab Montag wieder im Halbstundentakt",
    "P|Die Weserfähre zwischen Blexen und Bremerhaven fährt ab Montag wieder alle 30 Minuten, teilte die Reederei am Sonntag mit.",
    "B|Wegen eines Motorschadens war seit Ende November nur eine Fähre im Einsatz.",
    "B|Die Reparatur hat rund 120.000 Euro gekostet.",
    "C|Artikel teilen",
], publisher="Weserbote", truncated=False, lang="de")

# 7. Philippine mirror: a caption with a courtesy credit and no colon under the byline.
page("pinoyfeed-en-courtesy", "https://pinoyfeed.example/news/regions/bridge-repair-iloilo-5521", "pinoyfeed", [
    "C|PinoyFeed",
    "T|Damaged Jalaur bridge to reopen to light vehicles on Friday",
    "H|By Carmela Dizon",
    "H|December 7, 2026",
    "H|Workers install steel plates on the bridge deck in Passi City on Sunday. Photo courtesy of DPWH Iloilo",
    "P|The Jalaur bridge in Passi City will reopen to light vehicles on Friday after two weeks of repairs, the public works office said on Sunday.",
    "B|Trucks and buses will still have to use the detour through Barangay Agtabo until the end of the month.",
    "B|The bridge was damaged when a swollen river hit its piers during last month's storm.",
], authors=["Carmela Dizon"], byline_raw="By Carmela Dizon", captions=[{"text": "Workers install steel plates on the bridge deck in Passi City on Sunday.", "credit": "DPWH Iloilo", "position": "header"}], truncated=False, lang="en")

# 8. Hong Kong portal: section, headline, paper, date, a labelled reporter line, a caption
#    closed by its photographer in brackets.
page("gangxun-zhhk-shot", "https://gangxun.example/news/local/20261207/n55102", "gangxun", [
    "C|港訊通",
    "C|首頁 | 港聞 | 國際 | 財經",
    "H|港聞",
    "T|將軍澳海濱長廊延伸段下月開放 新增單車徑",
    "H|東岸晚報",
    "H|2026年12月7日（星期一）09:40",
    "H|記者：何詠詩",
    "H|海濱長廊延伸段已完成植樹工程。（梁子健攝）",
    "P|土木工程拓展署昨日表示，將軍澳海濱長廊延伸段將於下月中旬開放，全長約一點二公里，並設有單車徑及兒童遊樂設施。",
    "B|署方指，延伸段連接現有長廊及調景嶺站一帶，市民可沿海濱步行或踏單車往返。",
    "B|區議員表示歡迎，但希望當局增設洗手間及飲水機。",
], publisher="東岸晚報", section="港聞", authors=["何詠詩"], byline_raw="記者：何詠詩", captions=[{"text": "海濱長廊延伸段已完成植樹工程。", "credit": "梁子健", "position": "header"}], truncated=False, lang="zh-HK")

# 9. Urdu portal: app pitch, a desk byline, a dated stamp in Urdu, a caption with the photo word.
page("akhbarghar-ur-desk", "https://akhbarghar.example/pakistan/2026/12/07/bus-service-88231", "akhbarghar", [
    "C|اخبار گھر",
    "C|صفحۂ اول | پاکستان | دنیا | کھیل",
    "C|ایپ ڈاؤن لوڈ کریں",
    "H|پاکستان",
    "T|ملتان: الیکٹرک بس سروس کا دائرہ کار بڑھا دیا گیا",
    "H|نیوز ڈیسک",
    "H|شائع 07 دسمبر 2026 10:20 صبح",
    "H|الیکٹرک بس کا ایک اسٹاپ۔ (فوٹو: اے پی پی)",
    "P|ملتان میں الیکٹرک بس سروس کے دو نئے روٹ شروع کر دیے گئے ہیں جن سے شہر کے جنوبی علاقوں کے شہریوں کو سہولت ملے گی۔",
    "B|ترجمان کے مطابق نئے روٹس پر بیس بسیں چلائی جائیں گی۔",
    "B|کرایہ پہلے کی طرح تیس روپے رہے گا۔",
], section="پاکستان", captions=[{"text": "الیکٹرک بس کا ایک اسٹاپ۔", "credit": "اے پی پی", "position": "header"}], truncated=False, lang="ur")

# 10. Spanish card app: the source and its section over the headline, an agency stamp line
#     with date and time after dots, a standfirst without a full stop.
page("noticiapp-es-agency", "https://noticiapp.example/es/galicia/el-faro-norte/vigo-amplia-bus-nocturno/7c21e0", "noticiapp", [
    "C|NoticiApp",
    "C|Descarga la app",
    "C|Portada · Para ti · España · Deportes",
    "H|El Faro del Norte",
    "H|Galicia",
    "T|Vigo amplía el bus nocturno a los barrios del extrarradio",
    "H|EUROPA PRESS · 07/12/2026 · 11:40",
    "Las tres nuevas líneas funcionarán los viernes, sábados y vísperas de festivo desde enero",
    "P|El Ayuntamiento de Vigo ampliará a partir de enero el servicio de autobús nocturno con tres nuevas líneas que llegarán a los barrios del extrarradio, según ha informado el Concello.",
    "B|Las líneas saldrán de la Porta do Sol cada cuarenta minutos entre la medianoche y las cinco de la madrugada.",
    "B|El servicio costará 380.000 euros al año.",
], publisher="El Faro del Norte", section="Galicia", byline_raw="EUROPA PRESS", organization="Europa Press", truncated=False, lang="es")

# 11. German reader card: the paper over its age over the headline, the writer marked under it.
page("lokalklick-de-card", "https://lokalklick.example/de/lokal/bremen/bremer-abendpost/deich-saniert/a/19be", "lokalklick", [
    "C|LOKALKLICK",
    "C|Top  |  Für dich  |  Lokal",
    "H|Bremer Abendpost",
    "H|vor 4 Std.",
    "T|Deich bei Dorum wird bis zum Frühjahr erhöht",
    "H|Von Maren Tiedemann",
    "P|Der Deich zwischen Dorum-Neufeld und Wremen wird bis zum Frühjahr um einen halben Meter erhöht, teilte der Deichverband am Montag mit.",
    "B|Während der Arbeiten bleibt der Radweg auf der Deichkrone gesperrt.",
    "B|Die Kosten von 3,4 Millionen Euro tragen Bund und Land.",
], publisher="Bremer Abendpost", authors=["Maren Tiedemann"], byline_raw="Von Maren Tiedemann", truncated=False, lang="de")

# 12. English blog-theme mirror: the category and the writer on one "Posted in" line.
page("harbournotes-en-posted", "https://harbournotes.example/2026/12/07/slipway-reopens/", "harbournotes", [
    "C|Harbour Notes",
    "C|Menu",
    "T|Slipway at Kettle Cove reopens after storm repairs",
    "H|Posted in Community News by Gwen Treloar",
    "H|December 7, 2026",
    "P|The slipway at Kettle Cove reopened to boats on Saturday after six weeks of repairs to the concrete ramp that was cracked in the October storm.",
    "B|Volunteers from the gig rowing club helped the harbour crew clear the shingle that had piled against the ramp.",
    "B|The repairs cost £18,000, shared by the parish council and the harbour trust.",
    "C|Posted in Community News",
    "C|Leave a comment",
], authors=["Gwen Treloar"], byline_raw="Posted in Community News by Gwen Treloar", truncated=False, lang="en")

# 13. English republisher: the update line names the writer after the stamp; the paper the
#     story came from is named in a credit line, no colon.
page("civicwire-en-republished", "https://civicwire.example/stories/library-hours-extended-4410", "civicwire", [
    "C|CivicWire",
    "C|Stories  Topics  About",
    "T|County libraries to open on Sunday afternoons from January",
    "H|Updated Dec. 7, 2026, 10:14 a.m. ET, by Marcus Bell",
    "H|Originally published by The Ridgefield Courier",
    "P|All nine county library branches will open from noon to 5 p.m. on Sundays starting in January, the library board decided on Thursday.",
    "B|The board said the extra hours would cost about $210,000 a year, paid from a state literacy grant.",
    "B|Sunday opening was the most requested change in last spring's survey of library users.",
    "C|Share this story",
], publisher="The Ridgefield Courier", authors=["Marcus Bell"], byline_raw="Updated Dec. 7, 2026, 10:14 a.m. ET, by Marcus Bell", truncated=False, lang="en")

casegen.write_pages()
