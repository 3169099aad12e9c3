"""Build invented long-tail aggregator pages (writer9's round U10: held out, never shown to a rule writer).

Each page: lines tagged C| chrome, H| header line, T| title (header), P| first body paragraph,
B| body, '' = blank. Labels derived from the tags plus the explicit fields. Site names, people and
article text are made up; layouts follow real readers, portals, mirrors, news apps and widgets.

    python make_u10.py [OUTDIR]   (default: this folder)
"""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
import casegen  # noqa: E402
from casegen import page  # noqa: E402

casegen.NOTE = "Invented page text in the layout of a real long-tail site (writer9's round U10, held out)."
if len(sys.argv) < 2:
    sys.argv.append(str(pathlib.Path(__file__).resolve().parent))

# 1. en-AU: regional network site: masthead + tagline, dash nav, byline/publisher/date line,
#    "Picture:" caption credit, subheads, network partner list, acknowledgement footer.
page("outbackwire-enau-sandbags", "https://www.outbackwire.example/story/9120448/sandbag-depots-open-as-yarrabee-river-rises/", "outbackwire", [
    "C|OUTBACK WIRE",
    "C|Your region. Your news.",
    "C|- News",
    "C|- Sport",
    "C|- Rural",
    "C|- Weather",
    "C|- Obituaries",
    "T|Sandbag depots open as Yarrabee River rises ahead of weekend storms",
    "H|Jess Whitcombe | Western Plains Leader | December 6, 2026",
    "H|Volunteers fill sandbags at the Yarrabee depot on Friday afternoon. Picture: Supplied",
    "P|Three sandbag collection points have opened in Yarrabee and Corrin Flat after the weather bureau warned up to 120 millimetres of rain could fall across the catchment by Sunday night.",
    "B|The river was 4.6 metres at the town bridge on Friday and is forecast to pass the minor flood level of 5.5 metres early on Saturday.",
    "B|Where to get sandbags",
    "B|SES crews will staff the showground depot from 8am to 6pm both days. Residents are asked to bring their own shovel and take no more than 20 bags per household.",
    "B|Roads to watch",
    "B|Kellerman Crossing and the low-level bridge on Dray Road are likely to be cut first, unit controller Paul Hennessy said.",
    "B|\"If it's flooded, forget it. We pulled two cars out of that crossing last year,\" he said.",
    "C|Our network: Western Plains Leader · Murrin Valley Times · Coastline Herald · Ridge Country News",
    "C|Outback Wire acknowledges the Traditional Custodians of the lands on which we report and pay respect to Elders past and present.",
    "C|© 2026 Outback Wire Media Pty Ltd",
], publisher="Western Plains Leader", byline_raw="Jess Whitcombe", authors=["Jess Whitcombe"],
    captions=[{"text": "Volunteers fill sandbags at the Yarrabee depot on Friday afternoon.", "credit": "Supplied", "position": "header"}],
    truncated=False, lang="en-AU")

# 2. en-ZA: news app: listen button, staff byline with agency, body with schedule lines that look
#    like chrome, cut marker, trial offer.
page("khaya-enza-water-outage", "https://khaya.example/za/western-cape/articles/planned-water-outage-hout-valley-2c7e91", "khaya", [
    "C|Open in Khaya app",
    "H|WESTERN CAPE",
    "T|Hout Valley residents face three days of planned water cuts",
    "H|Staff Reporter and ANA | Cape Midweek | 7 Dec 2026, 09:12",
    "C|Listen to this article 2 min",
    "P|Households in five Hout Valley suburbs will have water supplied only in the mornings and evenings from Tuesday while the municipality replaces a leaking bulk main under Protea Drive.",
    "B|The municipality published the following schedule:",
    "B|Tuesday: 09:00 – 16:00",
    "B|Wednesday: 09:00 – 17:00",
    "B|Thursday: 08:00 – 14:00",
    "B|Water tankers will be parked at the civic centre and at Sunbird Primary. Ward councillor Thandiwe Mokoena said elderly residents who cannot reach the tankers should call the ward office, which...",
    "C|Read the full article on Cape Midweek",
    "C|Start your 14-day free trial of Khaya Premium. No ads, unlimited stories, cancel anytime.",
    "C|Try it free",
    "C|Khaya shows articles from licensed partner publications. Opinions expressed are those of the publisher.",
], publisher="Cape Midweek", section="WESTERN CAPE", byline_raw="Staff Reporter and ANA", organization="ANA",
    truncated=True, lang="en-ZA")

# 3. pt-BR: portal: glued share buttons, byline with place, updated age, caption credit, inline
#    "Leia também", WhatsApp channel pitch, footer.
page("girodasnoticias-ptbr-ponte-balsa", "https://girodasnoticias.example/regiao/noticia/2026/12/07/travessia-de-balsa-volta-a-funcionar-em-porto-firme.ghtml", "girodasnoticias", [
    "C|Giro das Notícias",
    "C|menu",
    "C|buscar",
    "H|Região",
    "T|Travessia de balsa volta a funcionar em Porto Firme após 40 dias parada",
    "H|Por Rafael Nogueira, Porto Firme",
    "H|07/12/2026 09h14 Atualizado há 2 horas",
    "C|CompartilharFacebookWhatsAppX",
    "H|A balsa voltou a operar na manhã deste domingo. — Foto: Divulgação/Prefeitura de Porto Firme",
    "P|A travessia de balsa entre Porto Firme e a Ilha do Jacu voltou a funcionar neste domingo (7), depois de 40 dias parada por causa de um problema no motor da embarcação.",
    "B|Segundo a prefeitura, a balsa vai operar das 6h às 20h, com saídas a cada 40 minutos. A tarifa para carros continua em R$ 12.",
    "C|Leia também:",
    "C|Estrada da Ilha do Jacu recebe nova sinalização",
    "B|Durante a paralisação, moradores da ilha precisaram usar barcos de pescadores para chegar ao continente. \"Teve dia que a gente esperou três horas no cais\", contou a comerciante Luciana Prado.",
    "B|A prefeitura afirmou que uma segunda embarcação deve ser alugada até março para evitar novas interrupções.",
    "C|Receba as notícias do Giro no WhatsApp: entre no nosso canal e fique por dentro do que acontece na sua região.",
    "C|Veja mais notícias da região",
    "C|© Copyright 2000-2026 Giro das Notícias. Todos os direitos reservados.",
], publisher=None, publisher_name="Giro das Notícias", section="Região", byline_raw="Por Rafael Nogueira, Porto Firme",
    authors=["Rafael Nogueira"],
    captions=[{"text": "A balsa voltou a operar na manhã deste domingo.", "credit": "Divulgação/Prefeitura de Porto Firme", "position": "header"}],
    truncated=False, lang="pt-BR")

# 4. ca: regional aggregator: glued breadcrumb, agency byline with place, caption credit, cut with
#    "Continua llegint", related list.
page("noticiescomarques-ca-arros-delta", "https://www.noticiescomarques.example/territori/ebre/la-collita-darros-del-delta-cau-un-18-per-la-sal_128843_102.html", "noticiescomarques", [
    "C|PortadaTerritoriTerres de l'Ebre",
    "T|La collita d'arròs del Delta cau un 18% per la salinització dels camps",
    "H|ACN | Deltebre | 06/12/2026",
    "H|Un pagès revisa una parcel·la afectada per la sal a l'hemidelta esquerre. Foto: ACN",
    "P|La campanya d'arròs d'enguany al delta de l'Ebre s'ha tancat amb una producció un 18% inferior a la de l'any passat, segons les dades que ha fet públiques aquest dissabte la cooperativa majoritària del territori.",
    "B|Els pagesos atribueixen la caiguda a l'entrada d'aigua salada als camps més propers a la costa, on en alguns casos s'ha perdut tota la collita.",
    "B|El president de la cooperativa, Jordi Ferré, ha reclamat que les obres de protecció del front litoral...",
    "C|Continua llegint a Diari de l'Ebre Avui",
    "C|Notícies relacionades",
    "C|Els musclaires demanen ajuts per la calor de l'estiu",
    "C|Obert el termini per a les ajudes a la sembra",
], publisher="Diari de l'Ebre Avui", organization="ACN",
    captions=[{"text": "Un pagès revisa una parcel·la afectada per la sal a l'hemidelta esquerre.", "credit": "ACN", "position": "header"}],
    truncated=True, lang="ca")

# 5. cs: portal: login, nav, agency+date, perex standfirst, body with short quoted line and
#    subhead, share label, topic tags, discussion count.
page("zpravysouhrn-cs-tramvaj", "https://zpravy.souhrn.example/domaci/clanek/nova-tramvajova-trat-do-lisne-se-otevre-v-breznu-40118733", "zpravy.souhrn", [
    "C|Přihlásit se",
    "C|Domácí",
    "C|Zahraničí",
    "C|Ekonomika",
    "C|Sport",
    "C|Počasí",
    "T|Nová tramvajová trať do Lísné se otevře v březnu, o měsíc dřív",
    "H|ČTK | 7. 12. 2026 10:15",
    "H|Dopravní podnik stihl dokončit poslední úsek tratě rychleji, než počítal harmonogram. Cestující se dočkají nových spojů už na jaře.",
    "P|Tramvajová trať z Vinohradské do Lísné bude zprovozněna 1. března, tedy o měsíc dříve, než se plánovalo. Stavbaři dokončili poslední úsek u sídliště Pod Hájem v předstihu.",
    "B|Trať měří 3,2 kilometru a má šest nových zastávek. Tramvaje budou jezdit v desetiminutovém intervalu, ve špičce každých sedm minut.",
    "B|„Na tohle čekáme dvacet let.“",
    "B|Tak zkušební jízdu okomentoval starosta městské části Václav Pokorný.",
    "B|Co bude s autobusy",
    "B|Autobusová linka 148 po otevření tratě zanikne, linka 152 bude zkrácena k nové konečné tramvaje.",
    "C|Sdílejte článek",
    "C|Témata: doprava, tramvaje, MHD",
    "C|Diskuse (14)",
], publisher=None, publisher_name="Zprávy Souhrn", organization="ČTK", truncated=False, lang="cs")

# 6. el: news app: source line, author line, date, cut with "Διαβάστε περισσότερα", related.
page("eidiseistora-el-limani", "https://eidiseistora.example/gr/perifereia/thessalia/limani-volou-nea-provlita-77310", "eidiseistora", [
    "C|Ειδήσεις Τώρα",
    "C|Ροή ειδήσεων",
    "H|Περιφέρεια",
    "T|Νέα προβλήτα για τα κρουαζιερόπλοια στο λιμάνι του Αλμυρού",
    "H|Πηγή: Θεσσαλική Ημέρα",
    "H|Συντάκτης: Γιώργος Παπαδημητρίου",
    "H|07.12.2026 • 11:40",
    "P|Ξεκινούν τον Ιανουάριο οι εργασίες για την κατασκευή νέας προβλήτας στο λιμάνι του Αλμυρού, η οποία θα μπορεί να υποδέχεται κρουαζιερόπλοια μήκους έως 200 μέτρων.",
    "B|Το έργο έχει προϋπολογισμό 6,8 εκατ. ευρώ και αναμένεται να ολοκληρωθεί σε 18 μήνες, σύμφωνα με τον οργανισμό λιμένα.",
    "B|Οι επαγγελματίες της παραλίας ζητούν να μη γίνουν εργασίες τους καλοκαιρινούς μήνες, ώστε...",
    "C|Διαβάστε περισσότερα στο Θεσσαλική Ημέρα",
    "C|Δείτε επίσης",
    "C|Κλειστός ο παραλιακός δρόμος για έργα αποχέτευσης · πριν από 4 ώρες",
    "C|Ακολουθήστε το Ειδήσεις Τώρα στο Google News",
], publisher="Θεσσαλική Ημέρα", section="Περιφέρεια", byline_raw="Συντάκτης: Γιώργος Παπαδημητρίου",
    authors=["Γιώργος Παπαδημητρίου"], truncated=True, lang="el")

# 7. sv: syndication feed: "Annons" above headline, agency byline, numbered list in body, caption
#    with agency credit, feed footer and cookie line.
page("nyhetsflodet-sv-isvag", "https://nyhetsflodet.example/inrikes/tt/isvagen-till-holmo-oppnar-tidigare-i-ar-5c0e8a", "nyhetsflodet", [
    "C|Annons",
    "C|Nyhetsflödet",
    "H|Inrikes",
    "T|Isvägen till Holmö kan öppna redan till jul",
    "H|TT | Publicerad 6 december 2026 kl. 16.20",
    "H|Mätning av isens tjocklek vid färjeläget på fredagen. Foto: Anna Berglund/TT",
    "P|Den kalla novembern gör att isvägen ut till Holmöarna kan öppna redan i slutet av december, flera veckor tidigare än de senaste åren.",
    "B|Trafikverket mäter isen två gånger i veckan. För att vägen ska öppnas för personbilar krävs att:",
    "B|1. isen är minst 30 centimeter tjock längs hela sträckan,",
    "B|2. inga sprickor finns närmare än 50 meter från leden,",
    "B|3. prognosen visar minusgrader minst en vecka framåt.",
    "B|– Vi har 22 centimeter i dag, så det ser lovande ut, säger Trafikverkets isansvarige Mikael Lundström.",
    "B|Färjan fortsätter att gå tills vägen öppnar.",
    "C|Nyhetsflödet samlar nyheter från TT och lokala partnertidningar.",
    "C|Vi använder kakor för att förbättra din upplevelse. Läs mer om kakor",
], publisher=None, publisher_name="Nyhetsflödet", section="Inrikes", organization="TT",
    captions=[{"text": "Mätning av isens tjocklek vid färjeläget på fredagen.", "credit": "Anna Berglund/TT", "position": "header"}],
    truncated=False, lang="sv")

# 8. tr: portal: breaking banner and subscribe above headline, dates line, source line, in-article
#    "Haberin Devamı" marker, Google News pitch, comment form.
page("haberakisi-tr-feribot", "https://www.haberakisi.example/yerel/bandirma-feribot-seferleri-firtina-nedeniyle-iptal-edildi-h448102", "haberakisi", [
    "C|SON DAKİKA",
    "C|Abone Ol",
    "C|Gündem Yerel Ekonomi Spor Yaşam",
    "T|Bandırma'da feribot seferleri fırtına nedeniyle iptal edildi",
    "H|Giriş: 07.12.2026 - 11:20 | Güncelleme: 07.12.2026 - 11:45",
    "H|Kaynak: İHA",
    "P|Marmara Denizi'nde etkili olan poyraz nedeniyle Bandırma ile adalar arasındaki tüm feribot seferleri sabah saatlerinden itibaren iptal edildi.",
    "B|Rüzgarın hızının yer yer saatte 70 kilometreye ulaştığı bölgede balıkçılar da teknelerini limana çekti.",
    "C|Haberin Devamı",
    "B|İşletme yetkilileri, biletini önceden alan yolcuların ücret iadesi için gişelere başvurabileceğini açıkladı.",
    "B|Meteoroloji, fırtınanın pazartesi öğlen saatlerinde etkisini yitirmesini bekliyor.",
    "C|Google News'te Haber Akışı'nı takip edin, gelişmelerden anında haberdar olun.",
    "C|Yorum Yaz",
    "C|Adınız",
    "C|Yorumunuz",
    "C|Gönder",
], publisher=None, publisher_name="Haber Akışı", organization="İHA", truncated=False, lang="tr")

# 9. ru: mirror: source line, date, caption with press-service credit, inline "Читайте также",
#    cut with link to source, error-report line.
page("lentazerkalo-ru-kotelnaya", "https://lenta-zerkalo.example/n/vecherniy-seversk/2026/12/07/kotelnaya-na-zarechnoy", "lenta-zerkalo", [
    "C|Лента-Зеркало",
    "H|Источник: Вечерний Северск",
    "T|Котельную на Заречной улице запустят до конца недели",
    "H|7 декабря 2026, 09:40",
    "H|Ремонт котла на Заречной улице. Фото: пресс-служба администрации",
    "P|Аварийную котельную на Заречной улице планируют запустить в пятницу, сообщили в городской администрации. Без отопления остаются 14 жилых домов и детский сад.",
    "C|Читайте также: В городе продлили работу пунктов обогрева",
    "B|Жильцам, у которых температура в квартирах опустилась ниже 16 градусов, предлагают обогреватели из муниципального резерва.",
    "B|«Котёл привезли в субботу, сейчас идёт монтаж», — уточнил заместитель главы города Андрей Кузнецов. По его словам...",
    "C|Подробнее на сайте источника",
    "C|Нашли ошибку? Выделите текст и нажмите Ctrl+Enter",
], publisher="Вечерний Северск",
    captions=[{"text": "Ремонт котла на Заречной улице.", "credit": "пресс-служба администрации", "position": "header"}],
    truncated=True, lang="ru")

# 10. hi: news app: app download, byline with date, caption credit, inline "यह भी पढ़ें", cut with
#     "पूरी खबर पढ़ें", share row.
page("khabarjhatpat-hi-mandi", "https://khabarjhatpat.example/hindi/rajya/madhya-pradesh/lahsun-mandi-bhav-girave-8842190", "khabarjhatpat", [
    "C|ऐप डाउनलोड करें",
    "C|होम",
    "C|राज्य",
    "C|वीडियो",
    "T|लहसुन के दाम गिरे, मंडी में किसानों ने रोकी नीलामी",
    "H|लेखक: अमित वर्मा | प्रकाशित: 7 दिसंबर 2026, 10:05 AM IST",
    "H|मंडी परिसर में खड़ी लहसुन से भरी ट्रॉलियां। फोटो: सोशल मीडिया",
    "P|नीमगांव कृषि उपज मंडी में शनिवार को लहसुन के दाम 20 रुपये प्रति किलो तक गिरने के बाद नाराज किसानों ने करीब दो घंटे तक नीलामी रुकवा दी।",
    "C|यह भी पढ़ें: प्याज की नई फसल आने से दाम स्थिर",
    "B|किसानों का कहना है कि एक सप्ताह पहले यही लहसुन 45 रुपये किलो बिक रहा था। मंडी सचिव राकेश पटेल ने व्यापारियों और किसानों के बीच बैठक कराई, जिसके बाद...",
    "C|पूरी खबर पढ़ें",
    "C|शेयर करें: WhatsApp | Facebook | X",
], publisher=None, publisher_name="Khabar Jhatpat", byline_raw="लेखक: अमित वर्मा", authors=["अमित वर्मा"],
    captions=[{"text": "मंडी परिसर में खड़ी लहसुन से भरी ट्रॉलियां।", "credit": "सोशल मीडिया", "position": "header"}],
    truncated=True, lang="hi")

# 11. ar: regional aggregator: source + age, AI-summary promo, cut with read-at-source link,
#     republisher disclaimer, related cards.
page("mawjaz-ar-tahliya", "https://mawjaz.example/ar/news/local/2026/12/07/mahattat-tahliya-jadida-8c41f0", "mawjaz", [
    "C|موجز",
    "C|الرئيسية | محليات | اقتصاد | رياضة",
    "H|محليات",
    "T|تشغيل محطة تحلية جديدة في رأس الضباب مطلع العام المقبل",
    "H|المصدر: صحيفة الساحل اليوم",
    "H|منذ 3 ساعات",
    "C|ملخص بالذكاء الاصطناعي: اضغط هنا لقراءة أهم النقاط في ثوانٍ",
    "P|أعلنت هيئة المياه أن محطة التحلية الجديدة في رأس الضباب ستدخل الخدمة في يناير المقبل بطاقة إنتاجية تبلغ 60 ألف متر مكعب يومياً.",
    "B|وقال مدير المشروع المهندس خالد العمري إن المحطة ستغطي احتياجات نحو 150 ألف نسمة في المناطق الساحلية، وإن...",
    "C|اقرأ الخبر كاملاً من المصدر",
    "C|أخبار ذات صلة",
    "C|انقطاع المياه عن أحياء شرق المدينة غداً · الساحل اليوم · منذ 5 ساعات",
    "C|هذا الخبر منقول من موقع المصدر، وموقع موجز غير مسؤول عن محتواه.",
], publisher="صحيفة الساحل اليوم", section="محليات", truncated=True, lang="ar")

# 12. ja: news app web view: category, publisher+date line, caption with photographer credit,
#     【】 subhead and short 「」 line kept, one-line share row, recommended cards, rights footer.
page("newspalette-ja-kanbutsu", "https://newspalette.example/article/hokuriku-mirai/20261207-0193", "newspalette", [
    "C|アプリで開く",
    "H|経済",
    "T|輪島の朝市、仮設店舗で通年営業へ　来春から",
    "H|北陸みらい新聞　2026年12月7日 10時30分",
    "H|仮設店舗で干物を並べる出店者（6日、輪島市で）＝山本健撮影",
    "P|輪島市の朝市組合は6日、仮設店舗での営業を来年4月から通年に広げると発表した。冬場も週4日店を開き、観光客の少ない時期の収入確保を目指す。",
    "B|【冬場の客足が課題】",
    "B|組合によると、現在の出店者は43人で、被災前の半数ほど。冬場は客足が大きく落ち込む。",
    "B|「店を開けていれば、お客さんは来てくれる」",
    "B|組合長の坂下和子さんはそう話し、オンライン販売とも組み合わせていく考えを示した。",
    "C|この記事をシェア",
    "C|X Facebook LINE はてブ",
    "C|おすすめ記事",
    "C|能登の酒蔵、新酒の仕込み始まる　北陸みらい新聞　3時間前",
    "C|掲載情報の著作権は提供元企業に帰属します。",
], publisher="北陸みらい新聞", section="経済",
    captions=[{"text": "仮設店舗で干物を並べる出店者（6日、輪島市で）", "credit": "山本健撮影", "position": "header"}],
    truncated=False, lang="ja")

casegen.write_pages()
