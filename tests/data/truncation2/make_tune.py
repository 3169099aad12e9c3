"""Build truncation2's tuning pages: ``python make_tune.py tune``.

The rules of the round were tuned on these (other sites and wording than the held-out set).
Each page: lines tagged C| chrome, H| header line, T| title (header), P| first body paragraph,
B| body, untagged = blank. All text, names and sites are invented."""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
import casegen  # noqa: E402
from casegen import page  # noqa: E402

casegen.NOTE = "Invented page text in the layout of a real long-tail site (truncation2 tuning set)."

# --- cut texts ------------------------------------------------------------------------------

page("newsnest-continue-at", "https://newsnest.example/r/westfield-bus-station-5519", "newsnest", [
    "C|NewsNest",
    "C|Top  Local  World",
    "T|Bus station to close for six weeks of repairs",
    "H|The Westfield Star",
    "H|3h",
    "P|Westfield's bus station will close for six weeks from January while its roof and waiting room are repaired, the transport authority said.",
    "B|Buses will stop on temporary stands on Market Street, and the authority said it would put extra staff on the …",
    "C|Continue reading at The Westfield Star",
    "C|Like  Comment  Share",
], publisher="The Westfield Star", truncated=True)

page("ridgeline-sign-in-keep", "https://ridgelinetimes.example/news/quarry-permit-appeal", "ridgelinetimes", [
    "C|Ridgeline Times",
    "C|News  Sports  Opinion  Obits",
    "H|News",
    "T|Quarry firm appeals permit refusal",
    "H|By Grant Mellor",
    "H|Nov. 9, 2026",
    "P|A quarry company has appealed the county's refusal to let it expand its pit north of Ridgeline, setting up a hearing in the spring.",
    "B|Neighbours who opposed the plan said blasting had already cracked walls in several houses, and the county planning board agreed in September that the",
    "C|Sign in to keep reading",
    "C|Don't have an account? Register for free",
], section="News", byline_raw="By Grant Mellor", authors=["Grant Mellor"], truncated=True)

page("skimmer-ai-original", "https://skimmer.example/brief/clinic-hours-extended-4471", "skimmer", [
    "C|Skimmer",
    "C|Briefs  Saved  Settings",
    "T|Walk-in clinic extends evening hours",
    "H|Pine Valley News",
    "H|Nov 9, 2026 · 1 min read",
    "C|Summarised by Skimmer AI",
    "P|The walk-in clinic on Birch Avenue will stay open until 9 p.m. on weekdays starting in December, the health district said.",
    "B|The change follows complaints about long waits at the hospital emergency room in the evenings.",
    "C|Read the original article at Pine Valley News",
    "C|Was this brief helpful?",
], publisher="Pine Valley News", truncated=True)

page("tapnews-view-full", "https://tapnews.example/s/harvest-festival-parade-cancelled", "tapnews", [
    "C|TapNews",
    "T|Harvest parade cancelled over road works",
    "H|Lowland Herald",
    "H|6 hours ago",
    "P|This year's harvest parade has been cancelled because road works have closed half of the high street, organisers announced.",
    "B|A smaller fair will be held on the recreation ground instead on the same Saturday...",
    "C|View full article",
    "C|Trending on TapNews",
], publisher="Lowland Herald", truncated=True)

page("kreispost-de-anmelden", "https://kreispost.example/lokales/gemeinderat-haushalt-2027", "kreispost", [
    "C|Kreispost",
    "C|Lokales  Sport  Kultur",
    "H|Lokales",
    "T|Gemeinderat beschließt Haushalt mit Millionenloch",
    "H|Von Sabine Kessler",
    "H|09.11.2026",
    "P|Der Gemeinderat hat am Montagabend einen Haushalt beschlossen, der ein Defizit von 2,3 Millionen Euro vorsieht.",
    "B|Kämmerer Jens Albrecht sagte, ohne neue Kredite könne die Gemeinde die Sanierung der Grundschule nicht bezahlen, und warnte vor…",
    "C|Melden Sie sich an, um den ganzen Artikel zu lesen.",
    "C|Noch kein Konto? Jetzt kostenlos registrieren",
], section="Lokales", byline_raw="Von Sabine Kessler", authors=["Sabine Kessler"], truncated=True)

page("lesezeit-de-app", "https://lesezeit.example/a/brauerei-erweitert-2206", "lesezeit", [
    "C|Lesezeit",
    "C|Für dich  Region  Wirtschaft",
    "T|Brauerei erweitert ihr Sudhaus",
    "H|Oberland Kurier",
    "H|vor 4 Std.",
    "P|Die Brauerei am Marktplatz investiert fünf Millionen Euro in ein neues Sudhaus und will damit ihre Produktion verdoppeln.",
    "B|Geschäftsführerin Anna Huber sagte, das alte Sudhaus stamme aus den sechziger Jahren und sei",
    "C|In der Lesezeit-App weiterlesen",
    "C|App öffnen",
], publisher="Oberland Kurier", truncated=True)

page("actufil-fr-connectez", "https://actufil.example/fr/regions/piscine-tarifs-hausse", "actufil", [
    "C|ActuFil",
    "C|Régions  Sport  Culture",
    "T|Les tarifs de la piscine augmentent de 10 %",
    "H|Le Réveil du Berry",
    "H|il y a 2 h",
    "P|Le conseil municipal a voté lundi une hausse de 10 % des tarifs de la piscine, la première depuis 2019.",
    "B|L'entrée adulte passera à 4,40 euros au 1er janvier, tandis que les abonnements annuels des familles resteront",
    "C|Connectez-vous pour lire la suite de l'article",
    "C|Pas encore inscrit ? Créez votre compte",
], publisher="Le Réveil du Berry", truncated=True)

page("revuedepresse-fr-integralite", "https://revuedepresse.example/fr/a/vendanges-precoces-8830", "revuedepresse", [
    "C|Revue de presse",
    "T|Vendanges précoces dans le vignoble",
    "H|L'Écho des Coteaux",
    "H|9 novembre 2026",
    "P|Les vignerons ont commencé les vendanges avec dix jours d'avance cette année, en raison d'un été particulièrement chaud.",
    "B|Les premiers raisins récoltés présentent un bon degré de sucre, selon la chambre d'agriculture.",
    "C|Lire l'intégralité de l'article sur L'Écho des Coteaux",
    "C|Partager",
], publisher="L'Écho des Coteaux", truncated=True)

page("vistazo-es-sesion", "https://vistazo.example/es/local/mercado-abastos-reforma", "vistazo", [
    "C|Vistazo",
    "C|Local  Deportes  Cultura",
    "T|El mercado de abastos cerrará por reforma",
    "H|Heraldo de la Vega",
    "H|hace 1 hora",
    "P|El mercado de abastos cerrará en enero durante ocho meses para renovar sus instalaciones eléctricas y la cubierta.",
    "B|Los placeros se trasladarán a una carpa provisional en la plaza del Carmen, aunque varios de ellos han advertido de que",
    "C|Inicia sesión para seguir leyendo",
    "C|¿No tienes cuenta? Regístrate gratis",
], publisher="Heraldo de la Vega", truncated=True)

page("resumen-es-ver-completa", "https://resumenya.example/n/incendio-nave-industrial-6617", "resumenya", [
    "C|ResumenYa",
    "T|Un incendio calcina una nave industrial",
    "H|La Crónica del Henares",
    "H|09/11/2026",
    "P|Un incendio calcinó en la madrugada del domingo una nave industrial del polígono norte, sin causar heridos.",
    "B|Los bomberos trabajaron durante cinco horas para controlar las llamas, que afectaron a…",
    "C|Ver noticia completa",
    "C|Más de La Crónica del Henares",
], publisher="La Crónica del Henares", truncated=True)

page("hayayomi-ja-app", "https://hayayomi.example/news/article/77120", "hayayomi", [
    "C|はやよみ",
    "C|総合 国内 地域",
    "T|駅前に24時間営業の保育所 来春開設",
    "H|湖西新報",
    "H|11/9(月) 9:12",
    "P|市は9日、駅前の商業ビルに24時間対応の保育所を来年4月に開設すると発表した。",
    "B|夜勤のある看護師や介護職の保護者から要望が強く、定員は30人を予定しているが、",
    "C|アプリで続きを読む",
    "C|この記事をシェア",
], publisher="湖西新報", truncated=True)

page("matomeru-ja-kuwashiku", "https://matomeru.example/topics/20261109/onsen", "matomeru", [
    "C|マトメル",
    "C|トピックス 国内 経済",
    "T|温泉街で足湯を無料開放",
    "H|山陰民報",
    "H|2026年11月9日 11時30分",
    "P|温泉街の観光協会は9日、冬の間、駅前の足湯を無料で開放すると発表した。",
    "B|期間は12月1日から2月末までで、観光客だけでなく地元の…",
    "C|続きは山陰民報で",
    "C|関連トピックス",
], publisher="山陰民報", truncated=True)

page("diankan-zh-denglu", "https://diankan.example/news/2026-11-09/shichang", "diankan", [
    "C|点看新闻",
    "C|推荐 本地 民生",
    "T|老城区农贸市场完成改造重新开业",
    "H|沙河日报",
    "H|2026-11-09 08:30",
    "P|经过半年改造，老城区农贸市场9日重新开业，新增摊位120个。",
    "B|市场管理方介绍，改造后市场实行统一的电子秤和明码标价，附近居民反映",
    "C|登录后查看全文",
    "C|立即登录",
], publisher="沙河日报", truncated=True)

page("saesosik-ko-login", "https://saesosik.example/article/2026110912", "saesosik", [
    "C|새소식",
    "C|홈  지역  생활",
    "T|도서관 야간 개방 시간 늘린다",
    "H|동해신문",
    "H|2026.11.09",
    "P|시립도서관이 다음 달부터 평일 야간 개방 시간을 밤 10시까지 늘린다고 9일 밝혔다.",
    "B|도서관 측은 시험 기간에 좌석이 부족하다는 학생들의 요청에 따라",
    "C|로그인하고 기사 전체 읽기",
    "C|회원가입",
], publisher="동해신문", truncated=True)

page("notiziario-it-continua-su", "https://notiziario.example/it/n/sagra-castagne-5510", "notiziario", [
    "C|Notiziario",
    "C|Primo piano  Cronaca  Sport",
    "T|La sagra delle castagne torna in piazza",
    "H|La Voce del Lago",
    "H|9 novembre 2026",
    "P|Dopo tre anni di pausa la sagra delle castagne torna in piazza del Municipio il prossimo fine settimana.",
    "B|Gli organizzatori prevedono stand gastronomici, musica dal vivo e una mostra fotografica dedicata alla…",
    "C|Continua a leggere su La Voce del Lago",
    "C|Condividi",
], publisher="La Voce del Lago", truncated=True)

page("leiaja-pt-app", "https://leiaja.example/br/n/ciclovia-orla-9021", "leiaja", [
    "C|LeiaJá",
    "C|Destaques  Cidades  Esportes",
    "T|Ciclovia da orla será ampliada em 2027",
    "H|Jornal da Baía",
    "H|há 5 horas",
    "P|A prefeitura anunciou nesta segunda-feira a ampliação da ciclovia da orla em mais quatro quilômetros até o fim de 2027.",
    "B|O projeto inclui novos bicicletários e iluminação em todo o trecho, e deve ser financiado com",
    "C|Continue lendo no app do LeiaJá",
    "C|Baixar o app",
], publisher="Jornal da Baía", truncated=True)

page("novostnik-ru-voidite", "https://novostnik.example/news/2026/11/09/shkola-remont", "novostnik", [
    "C|Новостник",
    "C|Главное  Регион  Общество",
    "T|Ремонт школы № 12 продлят до весны",
    "H|Заречный вестник",
    "H|9 ноября 2026",
    "P|Капитальный ремонт школы № 12 продлится до весны, сообщили в управлении образования.",
    "B|Подрядчик не успел заменить кровлю до начала дождей, и ученикам начальных классов придётся",
    "C|Войдите, чтобы дочитать статью",
    "C|Регистрация",
], publisher="Заречный вестник", truncated=True)

page("haberoku-tr-giris", "https://haberoku.example/yerel/park-yenileme-44120", "haberoku", [
    "C|HaberOku",
    "C|Gündem  Yerel  Spor",
    "T|Sahil parkı baştan sona yenileniyor",
    "H|Ege Postası",
    "H|09.11.2026",
    "P|Belediye, sahil parkındaki yenileme çalışmalarının ocak ayında başlayacağını açıkladı.",
    "B|Parkta yeni yürüyüş yolları, çocuk oyun alanları ve bisiklet yolu yapılacak, çalışmaların",
    "C|Haberin tamamını okumak için giriş yapın",
    "C|Üye ol",
], publisher="Ege Postası", truncated=True)

page("lasnytt-sv-logga-in", "https://lasnytt.example/lokalt/farjelage-flyttas-3390", "lasnytt", [
    "C|Läsnytt",
    "C|Nyheter  Lokalt  Sport",
    "T|Färjeläget flyttas till norra hamnen",
    "H|Skärgårdsbladet",
    "H|9 nov 2026",
    "P|Färjeläget ska flyttas till norra hamnen för att minska trafiken genom centrum, beslutade kommunfullmäktige i måndags.",
    "B|Flytten beräknas kosta 40 miljoner kronor och ska vara klar till sommaren",
    "C|Logga in för att läsa hela artikeln",
    "C|Skapa konto",
], publisher="Skärgårdsbladet", truncated=True)

page("kabarku-id-selengkapnya", "https://kabarku.example/berita/pasar-baru-dibuka-2209", "kabarku", [
    "C|Kabarku",
    "C|Terkini  Daerah  Ekonomi",
    "T|Pasar baru di pusat kota mulai dibuka",
    "H|Warta Nusantara",
    "H|9 November 2026",
    "P|Pasar baru di pusat kota resmi dibuka pada Senin pagi setelah pembangunan selama dua tahun.",
    "B|Wali kota mengatakan pasar itu mampu menampung lebih dari 600 pedagang dan dilengkapi…",
    "C|Baca selengkapnya di Warta Nusantara",
    "C|Bagikan",
], publisher="Warta Nusantara", truncated=True)

# --- complete texts -------------------------------------------------------------------------

page("millcreek-consent-blocked", "https://millcreekledger.example/news/pool-reopens-2026", "millcreekledger", [
    "C|Millcreek Ledger",
    "C|News  Sports  Business",
    "H|News",
    "T|Town pool reopens after filter repair",
    "H|By Carla Benton",
    "H|November 9, 2026",
    "P|The town pool reopened on Saturday after a broken filter kept it closed for most of October.",
    "C|This content is blocked. Accept cookies to view it.",
    "C|Manage cookie settings",
    "B|Lifeguards said about 80 swimmers came on the first morning.",
    "B|The parks department plans to replace the second filter in the spring.",
    "C|Sign up for our newsletter",
], section="News", byline_raw="By Carla Benton", authors=["Carla Benton"], truncated=False)

page("oakbridge-consent-targeting", "https://oakbridgeobserver.example/local/farmers-market-winter", "oakbridgeobserver", [
    "C|Oakbridge Observer",
    "H|Local",
    "T|Farmers market moves indoors for winter",
    "H|By Trevor Lang",
    "H|Nov 9, 2026",
    "P|The Saturday farmers market will move into the old armory from December through March, organisers said.",
    "B|About 30 vendors have signed up, including two new bakeries.",
    "C|To see this content, please enable targeting cookies.",
    "C|Manage Settings",
    "B|The market runs from 8 a.m. to noon.",
    "C|Subscribe",
    "C|Sign in",
], section="Local", byline_raw="By Trevor Lang", authors=["Trevor Lang"], truncated=False)

page("stadtspiegel-de-zustimmen", "https://stadtspiegel.example/stadt/wochenmarkt-neuer-standort", "stadtspiegel", [
    "C|Stadtspiegel",
    "C|Stadt  Kreis  Sport",
    "H|Stadt",
    "T|Wochenmarkt zieht auf den Kirchplatz",
    "H|Von Monika Rau",
    "H|09.11.2026",
    "P|Der Wochenmarkt zieht im Januar vom Rathausplatz auf den Kirchplatz, weil der Rathausplatz neu gepflastert wird.",
    "C|Um diesen Inhalt zu sehen, müssen Sie der Datenverarbeitung durch Dritte zustimmen.",
    "C|Zustimmen und anzeigen",
    "B|Die Händler haben dem Umzug nach Angaben der Stadt zugestimmt.",
    "C|Lesen Sie auch: Neue Parkgebühren ab Februar",
], section="Stadt", byline_raw="Von Monika Rau", authors=["Monika Rau"], truncated=False)

page("dorpskrant-nl-toestemming", "https://dorpskrant.example/nieuws/speeltuin-geopend-2026", "dorpskrant", [
    "C|Dorpskrant",
    "C|Nieuws  Sport  Agenda",
    "H|Nieuws",
    "T|Nieuwe speeltuin in het dorpspark geopend",
    "H|Door Sanne de Vries",
    "H|9 november 2026",
    "P|Burgemeester Jansen heeft zaterdag de nieuwe speeltuin in het dorpspark geopend, die met geld van de dorpsraad is gebouwd.",
    "C|Deze inhoud kan niet worden weergegeven omdat je geen toestemming hebt gegeven voor cookies.",
    "C|Cookie-instellingen wijzigen",
    "B|De speeltuin heeft een klimrek, schommels en een zandbak die ook voor rolstoelen bereikbaar is.",
    "C|Lees ook",
    "C|Dorpsfeest trekt recordaantal bezoekers",
], section="Nieuws", byline_raw="Door Sanne de Vries", authors=["Sanne de Vries"], truncated=False)

page("gazetaria-pt-privacidade", "https://gazetaria.example/pt/local/biblioteca-horario-5511", "gazetaria", [
    "C|Gazetaria",
    "C|Local  Desporto  Cultura",
    "H|Local",
    "T|Biblioteca municipal alarga horário ao sábado",
    "H|Por Rita Amaral",
    "H|9 de novembro de 2026",
    "P|A biblioteca municipal vai passar a abrir aos sábados à tarde a partir de dezembro, anunciou a câmara.",
    "B|A medida responde a um pedido dos estudantes do secundário.",
    "C|Este conteúdo não está disponível devido às suas preferências de privacidade.",
    "C|Alterar preferências",
    "C|Leia também: Festival de inverno anuncia cartaz",
], section="Local", byline_raw="Por Rita Amaral", authors=["Rita Amaral"], truncated=False)

page("chiikinews-ja-cookie", "https://chiikinews.example/article/20261109-bus", "chiikinews", [
    "C|地域ニュース",
    "C|ニュース 暮らし スポーツ",
    "T|コミュニティーバスの新路線 来月運行開始",
    "H|2026年11月9日",
    "P|市は9日、郊外の住宅地と中心部を結ぶコミュニティーバスの新路線を12月1日から運行すると発表した。",
    "C|このコンテンツを表示するには、Cookieの利用に同意してください。",
    "C|設定を変更する",
    "B|運賃は1回100円で、1日8往復する。",
    "C|関連記事",
    "C|市役所の窓口 土曜も開庁へ",
], truncated=False)

page("quillfeed-en-rail-ellipsis", "https://quillfeed.example/p/lighthouse-restored-3310", "quillfeed", [
    "C|Quillfeed",
    "T|Lighthouse restored to working order",
    "H|Cape Review",
    "H|8h ago",
    "P|The old lighthouse on the point is shining again after a two-year restoration by a volunteer trust.",
    "B|The trust raised £400,000, most of it from small donations.",
    "C|Up next",
    "C|Coastal path reopens after landslip as council warns walkers to keep away from the …",
    "C|Cape Review · 3h",
    "C|Fishermen hope for a better season after…",
    "C|Cape Review · 1d",
], publisher="Cape Review", truncated=False)

page("wiadomosci-pl-czytaj-takze", "https://wiadomoscilokalne.example/miasto/nowy-most-otwarty", "wiadomoscilokalne", [
    "C|Wiadomości Lokalne",
    "C|Miasto  Region  Sport",
    "H|Miasto",
    "T|Nowy most pieszy otwarty",
    "H|Autor: Anna Zielińska",
    "H|9 listopada 2026",
    "P|Nowy most pieszy nad rzeką został otwarty w sobotę, łącząc park miejski z osiedlem nad wodą.",
    "B|Budowa kosztowała 18 milionów złotych i trwała dwa lata.",
    "C|Czytaj także: Miasto zapowiada nowe ścieżki rowerowe",
    "C|Zaloguj się",
    "C|Komentarze (4)",
], section="Miasto", byline_raw="Autor: Anna Zielińska", authors=["Anna Zielińska"], truncated=False)

# --- added after the first rules: a cut under a pitch worded with no read-on term, a lead
# ("Tap to …") before a whole-story link, and account lines under complete texts ---------------

page("moorbote-de-abo", "https://moorbote.example/region/windpark-einspruch-2026", "moorbote", [
    "C|Moorbote",
    "C|Region  Politik  Sport",
    "H|Region",
    "T|Anwohner legen Einspruch gegen Windpark ein",
    "H|Von Lars Petersen",
    "H|10.11.2026",
    "P|Gegen den geplanten Windpark am Moorrand haben 140 Anwohner Einspruch beim Landkreis eingelegt.",
    "B|Die Bürgerinitiative kritisiert vor allem den geringen Abstand der Anlagen zu den",
    "C|Exklusiv für Abonnenten",
    "C|Jetzt abonnieren",
], section="Region", byline_raw="Von Lars Petersen", authors=["Lars Petersen"], truncated=True)

page("coastlinedaily-member", "https://coastlinedaily.example/news/sea-wall-funding", "coastlinedaily", [
    "C|Coastline Daily",
    "C|News  Sport  Weather",
    "H|News",
    "T|Sea wall repairs win state funding",
    "H|By Mia Calloway",
    "H|Nov 10, 2026",
    "P|The state has agreed to pay two thirds of the cost of repairing the sea wall along the esplanade, the mayor announced on Monday.",
    "B|Work on the worst section, near the old pier, will start in March, and the council expects that…",
    "C|Subscribe for $1 a week",
    "C|Already a member? Sign in",
], section="News", byline_raw="By Mia Calloway", authors=["Mia Calloway"], truncated=True)

page("lepetitcourrier-fr-offre", "https://lepetitcourrier.example/fr/ville/parking-gratuit-samedi", "lepetitcourrier", [
    "C|Le Petit Courrier",
    "C|Ville  Sports  Agenda",
    "H|Ville",
    "T|Le parking du centre devient gratuit le samedi",
    "H|Par Julien Faure",
    "H|10 novembre 2026",
    "P|Le parking souterrain du centre-ville sera gratuit tous les samedis à partir de décembre, a annoncé la mairie.",
    "B|L'adjoint au commerce a expliqué que la mesure visait à attirer de nouveau les clients vers les boutiques, dont une dizaine ont fermé depuis le début de l'année, et que les",
    "C|Offre spéciale : 1 € le premier mois",
    "C|Je m'abonne",
], section="Ville", byline_raw="Par Julien Faure", authors=["Julien Faure"], truncated=True)

page("nuevadiario-es-socio", "https://nuevadiario.example/es/comarca/depuradora-obras", "nuevadiario", [
    "C|Nueva Diario",
    "C|Comarca  Deportes  Cultura",
    "H|Comarca",
    "T|Las obras de la depuradora empezarán en primavera",
    "H|Por Andrés Colomer",
    "H|10/11/2026",
    "P|Las obras de la nueva depuradora de la comarca empezarán en primavera y durarán dos años, según el consorcio de aguas.",
    "B|El presidente del consorcio explicó que la planta actual no cumple la normativa europea desde 2019 y que…",
    "C|Hazte socio",
    "C|¿Ya eres socio? Entra",
], section="Comarca", byline_raw="Por Andrés Colomer", authors=["Andrés Colomer"], truncated=True)

page("glance-tap-full-story", "https://glanceapp.example/card/museum-roof-8812", "glanceapp", [
    "C|Glance",
    "C|For you",
    "T|Museum reopens with a new glass roof",
    "H|Northern Echo Post",
    "H|4h",
    "P|The city museum reopened on Saturday after a year-long project that replaced its leaking roof with glass panels.",
    "B|Visitor numbers on the first day were double a normal weekend, staff said.",
    "C|Tap to read the full story",
    "C|Next card",
], publisher="Northern Echo Post", truncated=True)

page("harwichherald-account-lines", "https://harwichherald.example/local/allotments-waiting-list", "harwichherald", [
    "C|Harwich Herald",
    "C|Local  Sport  Opinion",
    "H|Local",
    "T|Allotment waiting list passes 300",
    "H|By Ellen Marsh",
    "H|10 November 2026",
    "P|More than 300 people are now waiting for an allotment in the town, the parish council said, the longest list it has recorded.",
    "B|The council is looking at splitting large plots in two to cut the wait.",
    "C|Sign up to read our morning briefing",
    "C|Log in to comment",
    "C|Download our app for the latest news",
], section="Local", byline_raw="By Ellen Marsh", authors=["Ellen Marsh"], truncated=False)

page("riverbendtimes-list-newsletter", "https://riverbendtimes.example/life/winter-walks", "riverbendtimes", [
    "C|Riverbend Times",
    "C|News  Life  Sport",
    "H|Life",
    "T|Five winter walks along the river",
    "H|By Owen Hale",
    "H|Nov 10, 2026",
    "P|Short days need not mean staying in: these five walks along the river are flat, well marked and close to a café.",
    "B|- The towpath from Mill Lock to the old brewery",
    "B|- The water meadows loop from the church",
    "B|- The heron hide path on the far bank",
    "C|Subscribe to our newsletter",
    "C|Privacy policy",
], section="Life", byline_raw="By Owen Hale", authors=["Owen Hale"], truncated=False)

page("kitanoshimpo-ja-comment", "https://kitanoshimpo.example/news/20261110/yuki", "kitanoshimpo", [
    "C|北の新報",
    "C|ニュース 地域 スポーツ",
    "T|初雪を観測 平年より5日早く",
    "H|2026年11月10日",
    "P|気象台は10日、市内で初雪を観測したと発表した。平年より5日早く、昨年より2日遅い。",
    "B|気象台によると、週末にかけて山沿いを中心に雪が降る見込みだという。",
    "C|ログインしてコメントする",
    "C|北の新報アプリをダウンロード",
], truncated=False)

# --- added third: a reader's link to the source site, a subscribers-only badge at the cut -----

page("yomuyomu-ja-gaibu", "https://yomuyomu.example/article/detail/55120/", "yomuyomu", [
    "C|よむよむニュース",
    "C|トップ 国内 海外 地域",
    "T|商店街にシェアサイクル拠点 20か所に拡大",
    "H|瀬戸内経済新聞",
    "H|2026年11月11日 8時00分",
    "P|市は11日、中心市街地の商店街にシェアサイクルの貸し出し拠点を新たに8か所設け、計20か所に増やすと発表した。",
    "B|観光客の回遊を促すのが狙いで、料金は30分100円に据え置く。",
    "C|記事を読む（外部サイト）",
    "C|よむよむニュースをフォロー",
], publisher="瀬戸内経済新聞", truncated=True)

page("valleyvoice-subscribers-only", "https://valleyvoice.example/news/dam-inspection-report", "valleyvoice", [
    "C|Valley Voice",
    "C|News  Sports  Business",
    "H|News",
    "T|Dam inspection finds cracks in spillway",
    "H|By Rosa Kendrick",
    "H|Nov 11, 2026",
    "P|State inspectors found hairline cracks in the spillway of the Cedar Hollow dam during a routine check last month, according to a report released Tuesday.",
    "B|The report rates the dam as safe but recommends repairs within two years.",
    "C|This article is for subscribers only",
    "C|See our plans",
], section="News", byline_raw="By Rosa Kendrick", authors=["Rosa Kendrick"], truncated=True)

page("weserblick-de-nur-abonnenten", "https://weserblick.example/lokal/faehre-winterpause", "weserblick", [
    "C|Weserblick",
    "C|Lokal  Sport  Freizeit",
    "H|Lokal",
    "T|Fähre geht früher in die Winterpause",
    "H|Von Tim Oltmanns",
    "H|11.11.2026",
    "P|Die Weserfähre stellt ihren Betrieb in diesem Jahr schon Ende November ein, zwei Wochen früher als sonst.",
    "B|Grund sind nach Angaben des Betreibers Reparaturen am Anleger.",
    "C|Dieser Artikel ist exklusiv für Abonnenten",
    "C|Zu den Angeboten",
], section="Lokal", byline_raw="Von Tim Oltmanns", authors=["Tim Oltmanns"], truncated=True)

page("brookside-save-article-complete", "https://brooksidegazette.example/local/fire-station-open-day", "brooksidegazette", [
    "C|Brookside Gazette",
    "C|Local  Schools  Sports",
    "H|Local",
    "T|Fire station open day draws hundreds",
    "H|By Nell Ashby",
    "H|Nov 11, 2026",
    "P|Hundreds of families toured the new fire station on Saturday, trying on helmets and climbing into the cab of the ladder truck.",
    "B|The chief said the open day would become a yearly event.",
    "C|Sign in to save this article",
    "C|This article is 2 min read",
], section="Local", byline_raw="By Nell Ashby", authors=["Nell Ashby"], truncated=False)

casegen.write_pages()
