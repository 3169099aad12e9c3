"""Build invented long-tail aggregator pages (writer9's round U9: tune set of stop 22).

Each page: lines tagged C| chrome, H| header line, T| title (header), P| first body paragraph,
B| body, '' = blank. Labels derived from the tags plus the explicit fields. Site names, people and
article text are made up; layouts follow real readers, portals, mirrors, news apps and widgets.

    python make_u9.py [OUTDIR]   (default: this folder)
"""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
import casegen  # noqa: E402
from casegen import page  # noqa: E402

casegen.NOTE = "Invented page text in the layout of a real long-tail site (writer9's round U9, tune set of stop 22)."
if len(sys.argv) < 2:
    sys.argv.append(str(pathlib.Path(__file__).resolve().parent))

# 1. en: RSS reader with bullet nav, category label, byline with desk, read time, article list,
#    share row on one line, tags, related cards (headline + source + age), copyright.
page("feedlantern-en-bus-lanes", "https://feedlantern.example/r/local/0c91f2e7-bus-lanes-kestrel-road", "feedlantern", [
    "C|Feedlantern",
    "C|• Home",
    "C|• Local",
    "C|• Business",
    "C|• Sport",
    "C|• Weather",
    "C|Sign in",
    "H|LOCAL NEWS",
    "T|Kestrel Road bus lanes to run all day from March, council confirms",
    "H|By Marcus Delaney, Transport Desk | Updated Dec 6, 2026 4:18 PM",
    "C|3 min read",
    "",
    "P|Bus lanes on Kestrel Road will operate from 7am to 7pm every day from 2 March, after Brackwell council's transport committee voted 7-2 on Thursday to extend hours that currently cover only the morning and evening peaks.",
    "",
    "B|Officers told the meeting that buses on the corridor lose an average of six minutes between the ring road and the station during the middle of the day.",
    "",
    "B|The changes approved on Thursday are:",
    "B|• lanes enforced by camera from 7am to 7pm, seven days a week",
    "B|• loading allowed in marked bays before 10am only",
    "B|• a new right turn for cyclists at Orchard Lane",
    "",
    "B|Shopkeepers on the road had asked for a six-month trial instead. \"We will lose the passing trade, simple as that,\" said Gemma Firth, who runs a hardware shop near the junction.",
    "",
    "B|The council said it would review the scheme after a year.",
    "",
    "C|Share Facebook X WhatsApp Email Copy link",
    "C|Tags: Transport · Brackwell Council · Buses",
    "C|Related stories",
    "C|Station car park fees to rise by 40p",
    "C|Brackwell Echo · 2h ago",
    "C|Cycle hire scheme adds twelve docks",
    "C|Northgate Times · 1d ago",
    "C|© 2026 Feedlantern Ltd. Headlines and summaries link to the original publishers.",
], publisher=None, publisher_name="Feedlantern", section="LOCAL NEWS",
    byline_raw="By Marcus Delaney, Transport Desk", authors=["Marcus Delaney"], truncated=False, lang="en")

# 2. en: syndication widget: chrome above the headline, partner label, Q&A article, AI-summary
#    promo, newsletter pitch in prose, continue-reading link that ends a cut article.
page("storyrelay-en-widget-allotments", "https://widgets.storyrelay.example/embed/v3/story?pid=millbrook-courier&aid=44718", "storyrelay", [
    "C|Advertisement",
    "C|PARTNER CONTENT",
    "H|From the Millbrook Courier",
    "T|Allotment waiting list hits ten years: what you need to know",
    "H|Millbrook Courier · 4h",
    "C|✨ Summarise this story with Relay AI",
    "P|More than 900 people are now waiting for an allotment in Millbrook, and the town council says a new applicant could wait a decade for a plot. We answered readers' questions.",
    "B|Why is the list so long?",
    "B|Demand doubled during the pandemic and has not fallen back. The council has 212 plots and fewer than twenty fall vacant each year.",
    "B|Can I share a plot?",
    "B|Yes. Tenants may now split a full plot with one named co-worker, and the council said half plots would be offered first to people who have waited longest.",
    "B|Is new land coming?",
    "B|A field behind Saxby Road school is being surveyed, but councillors said...",
    "C|Continue reading on Millbrook Courier →",
    "C|Enjoy stories like this? Get the best of local news from across the region delivered to your inbox every morning with the free StoryRelay Daily newsletter.",
    "C|Subscribe",
    "C|Powered by StoryRelay | Report this content",
], publisher="Millbrook Courier", truncated=True, lang="en")

# 3. es-AR: regional aggregator, glued breadcrumb, volanta, standfirst, byline with desk, caption
#    with credit, subhead inside the article, "Seguí leyendo" cut, comment box and disclaimer.
page("litoralhoy-esar-puerto-balsas", "https://www.litoralhoy.example/provincia/sociedad/2026/12/06/vuelven-las-balsas-al-puerto-de-villa-ceibo", "litoralhoy", [
    "C|InicioProvinciaSociedad",
    "H|SOCIEDAD",
    "T|Vuelven las balsas al puerto de Villa Ceibo tras tres años de bajante",
    "H|El río superó los tres metros y la cooperativa de balseros retomó los cruces a la isla. Los isleños esperan poder sacar la producción antes de la Navidad.",
    "H|Por Valentina Ríos | Redacción Paraná",
    "H|6 de diciembre de 2026 - 18:40",
    "H|Una de las balsas de la cooperativa, amarrada en el muelle viejo. (Foto: Gentileza Martín Acosta)",
    "P|Después de casi tres años sin poder operar por la bajante del Paraná, la cooperativa de balseros de Villa Ceibo volvió este sábado a cruzar vehículos y hacienda hasta la isla Los Talas.",
    "B|El primer cruce salió a las 7 con un tractor y dos camionetas. \"Esperamos esto mucho tiempo, ahora hay que ver cuánto dura\", dijo el presidente de la cooperativa, Héctor Benítez.",
    "B|Qué pasa con el río",
    "B|Según el último informe del instituto hidrográfico, la altura en el puerto local alcanzó los 3,12 metros y se mantendría estable durante las próximas dos semanas.",
    "B|Los productores de la isla tienen unas 400 cabezas de ganado que...",
    "C|Seguí leyendo",
    "C|Dejá tu comentario",
    "C|Los comentarios publicados son de exclusiva responsabilidad de sus autores y las consecuencias derivadas de ellos pueden ser pasibles de sanciones legales.",
    "C|Más leídas",
    "C|1 Corte de luz programado en el barrio Las Flores",
    "C|2 Cambian los horarios del colectivo interurbano",
], publisher=None, publisher_name="Litoral Hoy", section="Sociedad", byline_raw="Por Valentina Ríos | Redacción Paraná",
    authors=["Valentina Ríos"],
    captions=[{"text": "Una de las balsas de la cooperativa, amarrada en el muelle viejo.", "credit": "Gentileza Martín Acosta", "position": "header"}],
    truncated=True, lang="es-AR")

# 4. de-AT: portal with masthead and one-word nav, agency dateline, caption with agency credit,
#    short quoted line kept as body, republisher disclaimer and copyright footer.
page("alpenblick-deat-seilbahn", "https://www.alpenblick-portal.example/chronik/tirol/seilbahn-gruenkopf-stillstand-1.90214", "alpenblick-portal", [
    "C|ALPENBLICK PORTAL",
    "C|Chronik",
    "C|Politik",
    "C|Sport",
    "C|Wetter",
    "C|Mehr",
    "H|Chronik",
    "T|Seilbahn am Grünkopf steht nach Blitzschlag still",
    "H|APA | 6. Dezember 2026, 14:32",
    "H|Die Talstation der Grünkopfbahn am Samstagvormittag. Foto: APA/Gerhard Lindner",
    "P|Die Kabinenbahn auf den Grünkopf im Tiroler Oberland bleibt nach einem Blitzschlag in eine Stütze voraussichtlich bis Mitte Dezember außer Betrieb. Verletzt wurde niemand, teilten die Betreiber am Samstag mit.",
    "B|Der Blitz hatte in der Nacht auf Freitag die Steuerung an der Mittelstation beschädigt. Techniker des Herstellers sind bereits vor Ort.",
    "B|Für den geplanten Saisonstart am 12. Dezember sucht man nun einen Ersatzbetrieb mit Bussen zur Bergstation des Nachbarlifts.",
    "B|„Wir tun alles, was geht.“",
    "B|So kommentierte Geschäftsführerin Theresa Moosbrugger die Lage knapp. Bereits gebuchte Saisonkarten würden anteilig rückerstattet, falls sich der Start verschiebe.",
    "C|Dieser Artikel wurde automatisch aus dem APA-Nachrichtendienst übernommen und von der Redaktion nicht bearbeitet.",
    "C|© Alpenblick Portal 2026 – Alle Rechte vorbehalten",
    "C|Impressum | Datenschutz | Cookie-Einstellungen",
], publisher=None, publisher_name="Alpenblick Portal", section="Chronik", organization="APA",
    captions=[{"text": "Die Talstation der Grünkopfbahn am Samstagvormittag.", "credit": "APA/Gerhard Lindner", "position": "header"}],
    truncated=False, lang="de-AT")

# 5. fr-CA: news app: app pitch above, title, byline with outlet, date, list in article,
#    "Lire la suite" cut, "À lire aussi" cards.
page("nouvellesexpress-frca-deneigement", "https://app.nouvellesexpress.example/a/la-voix-du-saguenay/contrat-deneigement-chicoutimi-8812", "nouvellesexpress", [
    "C|Ouvrir dans l'application",
    "C|Pour une meilleure expérience, téléchargez l'application Nouvelles Express et recevez les alertes de votre région.",
    "T|Déneigement : la Ville accorde un contrat de cinq ans malgré une hausse de 22 %",
    "H|Par Émilie Gagnon, La Voix du Saguenay",
    "H|Publié le 5 décembre 2026 à 17 h 12",
    "",
    "P|Le conseil municipal a accordé vendredi un contrat de déneigement de cinq ans pour les secteurs nord de l'arrondissement, au coût de 41 millions $, soit 22 % de plus que l'entente précédente.",
    "",
    "B|Trois soumissionnaires seulement ont déposé une offre. Selon le directeur des travaux publics, Marc-André Tremblay, la hausse s'explique par :",
    "B|- le prix du carburant;",
    "B|- la pénurie d'opérateurs de machinerie;",
    "B|- l'ajout de deux circuits de trottoirs.",
    "",
    "B|L'opposition a voté contre, estimant que la Ville aurait dû...",
    "",
    "C|Lire la suite",
    "C|À lire aussi",
    "C|Fermeture du pont Dubuc pour inspection",
    "C|Le Quotidien du Fjord · il y a 3 h",
    "C|Une première tempête attendue lundi",
    "C|MétéoNord · il y a 6 h",
], publisher="La Voix du Saguenay", byline_raw="Par Émilie Gagnon, La Voix du Saguenay", authors=["Émilie Gagnon"],
    truncated=True, lang="fr-CA")

# 6. it: mirror with source line, trial offer, interview with D:/R: labels kept, republisher note,
#    cut at the excerpt.
page("specchionotizie-it-frantoio", "http://specchionotizie.example/mirror/ilgazzettinodivaldorcia/2026/12/07/frantoio-sociale", "specchionotizie", [
    "C|SpecchioNotizie – tutte le notizie in un solo posto",
    "H|Fonte: Il Gazzettino di Valdorcia",
    "T|«Il frantoio sociale salva le olive dei piccoli»",
    "H|di Lorenzo Bellucci",
    "H|07 dicembre 2026",
    "P|Nel primo anno di attività il frantoio sociale di Poggio Alto ha lavorato le olive di 340 famiglie che da sole non avrebbero raggiunto la quantità minima richiesta dai frantoi privati. Ne abbiamo parlato con la presidente dell'associazione, Carla Fantini.",
    "B|D: Come è nata l'idea?",
    "B|R: Dai pensionati. Molti hanno venti o trenta piante e negli ultimi anni le lasciavano cariche sull'albero.",
    "B|D: Quanto costa la molitura?",
    "B|R: Chiediamo un contributo di 18 euro al quintale, il resto lo coprono i soci volontari e...",
    "C|Questo contenuto è un estratto. L'articolo completo è disponibile sul sito della fonte.",
    "C|Prova Premium gratis per 30 giorni: niente pubblicità e archivio completo. Disdici quando vuoi.",
    "C|Attiva la prova",
    "C|Le notizie presenti su SpecchioNotizie sono raccolte automaticamente da fonti pubbliche. I diritti appartengono ai rispettivi proprietari.",
], publisher="Il Gazzettino di Valdorcia", byline_raw="di Lorenzo Bellucci", authors=["Lorenzo Bellucci"],
    truncated=True, lang="it")

# 7. pl: aggregator with pipe nav, source+age line, cut with "Czytaj dalej", related list.
page("zebrane-pl-most-wisla", "https://wiadomosci.zebrane.example/kraj/a/remont-mostu-w-kwidzynie-przesuniety-8c2d", "zebrane", [
    "C|Wiadomości Zebrane",
    "C|Kraj | Świat | Sport | Biznes | Moto | Pogoda",
    "H|Kraj",
    "T|Remont mostu w Kwidzynie przesunięty na jesień. Kierowcy odetchnęli",
    "H|źródło: Gazeta Powiślańska • 3 godz. temu",
    "C|Posłuchaj artykułu",
    "P|Zarząd dróg wojewódzkich zdecydował, że remont mostu na Liwie rozpocznie się dopiero we wrześniu, a nie w kwietniu, jak wcześniej planowano. Powodem jest przedłużająca się procedura przetargowa.",
    "B|Przez cały czas prac most ma być przejezdny jednym pasem, z ruchem wahadłowym sterowanym sygnalizacją.",
    "B|– Mieszkańcy prosili, żeby nie zamykać przeprawy w sezonie, i to udało się uwzględnić – powiedziała rzeczniczka zarządu Agnieszka Wróblewska.",
    "B|Koszt remontu oszacowano na...",
    "C|Czytaj dalej »",
    "C|Zobacz także",
    "C|Nowe rondo w Malborku otwarte przed terminem • Dziennik Żuławski • 5 godz. temu",
    "C|Utrudnienia na S5 w weekend • Pomorze24 • wczoraj",
    "C|Serwis Wiadomości Zebrane agreguje treści z zewnętrznych źródeł. Za ich treść odpowiadają wydawcy.",
], publisher="Gazeta Powiślańska", section="Kraj", truncated=True, lang="pl")

# 8. vi: news app, category label, "Theo" source line, date, caption with credit, tags, comment box.
page("tinnhanh24-vi-can-tho-ngap", "https://tinnhanh24.example/xa-hoi/trieu-cuong-can-tho-vuot-bao-dong-3-t8841290.html", "tinnhanh24", [
    "C|Tin Nhanh 24",
    "C|Trang chủ",
    "C|Mới nhất",
    "C|Video",
    "H|Xã hội",
    "T|Triều cường ở Cần Thơ vượt báo động 3, nhiều tuyến đường ngập sâu",
    "H|Theo Báo Đồng Bằng Mới",
    "H|07/12/2026 08:15 GMT+7",
    "H|Người dân dắt xe qua đoạn đường ngập trên đường Trần Hưng Đạo sáng 7/12. Ảnh: Minh Khoa",
    "P|Sáng 7/12, mực nước trên sông Hậu tại trạm Cần Thơ đạt 2,21 m, vượt báo động 3 khoảng 0,21 m, khiến nhiều tuyến đường nội ô ngập từ 20 đến 40 cm.",
    "B|Đài khí tượng thủy văn thành phố dự báo đỉnh triều sẽ tiếp tục lên trong hai ngày tới và bắt đầu giảm từ ngày 10/12.",
    "B|Ông Nguyễn Văn Tài, người dân phường An Hòa, cho biết nước vào nhà từ khoảng 6 giờ sáng. \"Năm nào cũng vậy, nhưng năm nay lên sớm hơn\", ông nói.",
    "B|Ngành điện khuyến cáo người dân ngắt cầu dao ở những khu vực nước đã tràn vào nhà.",
    "C|Tags: triều cường · Cần Thơ · ngập lụt",
    "C|Bình luận (0)",
    "C|Viết bình luận của bạn...",
    "C|Gửi",
    "C|Tin Nhanh 24 tổng hợp tin tức từ các báo điện tử chính thống.",
], publisher="Báo Đồng Bằng Mới", section="Xã hội",
    captions=[{"text": "Người dân dắt xe qua đoạn đường ngập trên đường Trần Hưng Đạo sáng 7/12.", "credit": "Minh Khoa", "position": "header"}],
    truncated=False, lang="vi")

# 9. id: portal with breadcrumb, writer/editor line, inline "Baca Juga" inside the article, share
#    row, Google News pitch.
page("wartanusa-id-jembatan-kapuas", "https://kalbar.wartanusa.example/daerah/2026/12/06/jembatan-gantung-desa-sungai-ulin-putus", "wartanusa", [
    "C|Beranda > Daerah > Kalimantan Barat",
    "T|Jembatan Gantung Desa Sungai Ulin Putus, Puluhan Pelajar Terpaksa Naik Perahu",
    "H|Penulis: Rizky Pratama | Editor: Dewi Lestari",
    "H|Minggu, 6 Desember 2026 | 19:40 WIB",
    "P|Jembatan gantung yang menghubungkan Desa Sungai Ulin dengan pusat kecamatan putus pada Sabtu sore setelah salah satu tiang penyangganya tergerus arus sungai.",
    "B|Sedikitnya 60 pelajar SMP kini harus menyeberang dengan perahu motor milik warga setiap pagi.",
    "C|Baca Juga: Debit Sungai Kapuas Naik, Warga Bantaran Diminta Waspada",
    "B|Kepala desa Sungai Ulin, Agus Salim, mengatakan pihaknya sudah melapor ke dinas pekerjaan umum kabupaten dan meminta jembatan darurat.",
    "B|\"Untuk sementara kami siapkan dua perahu dan pelampung. Anak-anak tidak boleh menyeberang tanpa pelampung,\" katanya.",
    "B|Dinas pekerjaan umum berjanji meninjau lokasi pada Senin.",
    "C|Bagikan: Facebook Twitter WhatsApp Telegram Salin Tautan",
    "C|Ikuti berita terkini dan terpercaya dari Warta Nusa di Google News. Klik di sini, lalu tekan tombol Ikuti.",
    "C|Berita Terkait",
    "C|Longsor Tutup Jalan Poros Sanggau–Sekadau",
], publisher=None, publisher_name="Warta Nusa", byline_raw="Penulis: Rizky Pratama", authors=["Rizky Pratama"],
    truncated=False, lang="id")

# 10. ja: portal article page, publisher after the date line, related list in brackets, cut with
#     "続きは…で", report link and comment count.
page("newsmidori-ja-kaisuiyoku", "https://news.midori.example/articles/5f0a93c2e1b7d8a4c6e2f1a0b9d3c7e5f8a2b1c4", "news.midori", [
    "C|ニュースみどり",
    "C|トップ　速報　ライブ　エキスパート",
    "T|海水浴場の監視員不足、来夏は3カ所で遊泳禁止も",
    "H|12/7(月) 9:05配信",
    "H|山陰なみ新聞",
    "P|県内の海水浴場でライフセーバーなどの監視員が確保できず、来年の夏は少なくとも3カ所で遊泳区域を設けられない見通しとなった。県と市町でつくる協議会が6日、明らかにした。",
    "B|協議会によると、今夏は延べ420人の監視員が必要だったが、確保できたのは約7割にとどまった。",
    "B|学生アルバイトの応募が年々減っており、担当者は「時給を上げても集まらない」と話す。",
    "B|協議会は来年1月までに...",
    "C|続きは山陰なみ新聞デジタルで",
    "C|【関連記事】",
    "C|・浜辺の清掃ボランティア、参加者が過去最多",
    "C|・水難事故、今年は前年比2件増",
    "C|記事に関する報告",
    "C|コメント 12件",
], publisher="山陰なみ新聞", truncated=True, lang="ja")

# 11. zh-CN: portal, nav run, source/author/date on one line, editor line, copyright statement.
page("juwen-zhcn-guquan-daolu", "https://www.juwen.example/shehui/20261207/n718204456.shtml", "juwen", [
    "C|聚闻网",
    "C|首页",
    "C|国内",
    "C|国际",
    "C|财经",
    "C|科技",
    "C|当前位置：首页 > 社会 > 正文",
    "T|古泉镇老街改造完工 百年石板路原样铺回",
    "H|来源：江南晨报 作者：李晓峰 2026-12-07 10:22",
    "C|字号：大 中 小",
    "P|历时十个月的古泉镇老街改造工程日前完工。施工方将拆下的三千多块青石板逐一编号，修好排水管道后按原位置铺回。",
    "B|镇政府有关负责人介绍，此次改造共更换地下管网1.2公里，并对沿街42栋老屋的屋面进行了加固。",
    "B|“石板一块都没丢。”",
    "B|在老街开了三十年茶馆的陈师傅说，改造前一下雨街上就积水，现在雨停十分钟路面就干了。",
    "B|下一步，镇里计划在老街北口设置游客服务点。",
    "H|责任编辑：王慧",
    "C|声明：本文转载自其他媒体，目的在于传递更多信息，并不代表本网赞同其观点。如有侵权请联系删除。",
    "C|分享到：微信 微博 QQ空间",
    "C|相关新闻",
    "C|江南多地启动老旧小区改造 2026-12-05",
], publisher="江南晨报", byline_raw="作者：李晓峰", authors=["李晓峰"], truncated=False, lang="zh-CN")

# 12. ko: news app: AI summary button, publisher + input time, reporter line, copyright ban,
#     recommend button, most-read rail.
page("newsmoa-ko-bus-jeonhwan", "https://m.newsmoa.example/article/nmsd/0000412983", "newsmoa", [
    "C|뉴스모아",
    "C|홈 | 뉴스 | 연예 | 스포츠",
    "T|남도시 시내버스 40대, 내년 전기버스로 교체",
    "H|남도신문 | 입력 2026.12.07. 오전 11:04",
    "C|AI 요약 보기",
    "C|가 가 공유 스크랩",
    "P|남도시는 내년 상반기까지 노후 시내버스 40대를 전기버스로 교체하고 차고지 두 곳에 충전기 24기를 설치한다고 7일 밝혔다.",
    "B|교체 대상은 운행 10년이 넘은 경유 버스로, 시는 국비와 시비 등 총 96억 원을 투입한다.",
    "B|시 관계자는 \"전기버스 비율을 2030년까지 60%로 높이는 것이 목표\"라고 말했다.",
    "B|한편 시는 충전 대기 시간을 줄이기 위해 심야 충전 요금 지원도 검토하고 있다.",
    "H|박지훈 기자",
    "C|Copyright ⓒ 남도신문. 무단전재 및 재배포 금지",
    "C|이 기사를 추천합니다",
    "C|많이 본 뉴스",
    "C|1 겨울 한파 예보, 수도관 동파 주의",
    "C|2 도서관 야간 개방 확대",
], publisher="남도신문", byline_raw="박지훈 기자", authors=["박지훈"], truncated=False, lang="ko")

casegen.write_pages()
