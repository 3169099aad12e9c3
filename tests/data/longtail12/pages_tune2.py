"""longtail12's second batch of own tune pages: the same families in other languages and
layouts (written after the first rule changes, to see whether they carry over); invented."""
from casegen import page

page("stiriflux-ro-app-menu", "https://stiriflux.example/articol/economie/tarife-apa-2027", "stiriflux", [
    "C|StiriFlux",
    "C|Acasă",
    "C|Știri",
    "C|Economie",
    "C|Sport",
    "C|Descarcă aplicația",
    "H|Economie",
    "T|Tarifele la apă cresc cu 8% de la 1 ianuarie",
    "H|Autor: Ioana Dumitrescu",
    "H|Publicat: 07.12.2026, 10:05",
    "P|Operatorul regional de apă a anunțat că tarifele pentru apă și canalizare vor crește cu 8% de la 1 ianuarie, după aprobarea consiliului județean.",
    "B|Majorarea este a doua din ultimii doi ani.",
    "B|Consumatorii vulnerabili vor primi în continuare reducere.",
    "C|Citește și",
    "C|Distribuie",
], section="Economie", authors=["Ioana Dumitrescu"], byline_raw="Autor: Ioana Dumitrescu", lang="ro")

page("hadashot-he-byline", "https://hadashotnet.example/news/2026/12/07/rakevet", "hadashotnet", [
    "C|חדשות נט",
    "C|ראשי | חדשות | כלכלה | ספורט",
    "H|חדשות",
    "T|קו הרכבת החדש ייפתח לנוסעים בחודש מרץ",
    "H|מאת: דנה לוי",
    "H|7 בדצמבר 2026, 10:20",
    "P|משרד התחבורה הודיע היום כי קו הרכבת החדש בין שתי הערים ייפתח לנוסעים בחודש מרץ, לאחר סיום בדיקות הבטיחות.",
    "B|הנסיעה תימשך כחצי שעה.",
    "B|הרכבות יפעלו כל עשרים דקות.",
    "C|עוד באתר",
    "C|שתפו",
], section="חדשות", authors=["דנה לוי"], byline_raw="מאת: דנה לוי", lang="he")

page("khabarkhan-fa-source", "https://khabarkhan.example/fa/news/88213", "khabarkhan", [
    "C|خبرخوان",
    "C|صفحه اصلی",
    "C|سیاسی",
    "C|اقتصادی",
    "C|ورزشی",
    "T|قیمت نان در استان از هفته آینده افزایش می‌یابد",
    "H|منبع: روزنامه کرانه",
    "H|۱۶ آذر ۱۴۰۵ - ۱۰:۲۰",
    "P|اتحادیه نانوایان استان اعلام کرد که قیمت انواع نان از شنبه هفته آینده به طور میانگین پانزده درصد افزایش می‌یابد.",
    "B|این افزایش پس از تصویب شورای قیمت‌گذاری اعلام شد.",
    "B|نانوایی‌های دولتی مشمول این افزایش نیستند.",
    "C|اخبار مرتبط",
    "C|اشتراک گذاری",
], publisher="روزنامه کرانه", lang="fa")

page("uutisvirta-fi-teksti", "https://uutisvirta.example/uutiset/2026/12/07/lautta", "uutisvirta", [
    "C|Uutisvirta",
    "C|Etusivu",
    "C|Kotimaa",
    "C|Talous",
    "C|Urheilu",
    "T|Saariston lauttavuoroja harvennetaan talveksi",
    "H|Teksti: Mikko Virtanen",
    "H|7.12.2026 klo 10.20",
    "P|Saariston yhteysalusliikenne harventaa lauttavuoroja tammikuusta alkaen, koska varustamo ei ole saanut palkattua riittävästi kansimiehistöä.",
    "B|Asukkaat pelkäävät, että terveyskeskuskäynnit vaikeutuvat.",
    "B|Varustamo lupaa lisävuoroja kesäksi.",
    "C|Lue myös",
    "C|Jaa",
], authors=["Mikko Virtanen"], byline_raw="Teksti: Mikko Virtanen", lang="fi")

page("nyhedsstrom-da-af", "https://nyhedsstrom.example/artikel/cykelsti-9912", "nyhedsstrom", [
    "C|NyhedsStrøm",
    "C|Forside",
    "C|Indland",
    "C|Sport",
    "C|Log ind",
    "H|Indland",
    "T|Ny cykelsti langs fjorden åbner til foråret",
    "H|Af Mette Hansen",
    "H|søndag 7. december 2026 kl. 08.30",
    "P|Kommunen har sat gang i anlægget af en fire kilometer lang cykelsti langs fjorden, som efter planen åbner i april.",
    "B|Stien koster 12 millioner kroner.",
    "B|Den bliver belyst om natten.",
    "C|Læs også",
    "C|Del artiklen",
], section="Indland", authors=["Mette Hansen"], byline_raw="Af Mette Hansen", lang="da")

page("beritapantai-ms-oleh", "https://beritapantai.example/berita/2026/12/07/jeti-baharu", "beritapantai", [
    "C|BeritaPantai",
    "C|Utama",
    "C|Nasional",
    "C|Sukan",
    "C|Hiburan",
    "T|Jeti baharu siap dibina lebih awal daripada jadual",
    "H|Oleh Azman",
    "H|Ahad, 7 Disember 2026 10:20 pagi",
    "H|Sumber: Suara Pesisir",
    "P|Jeti baharu di muara sungai siap dibina dua bulan lebih awal daripada jadual dan akan dibuka kepada nelayan pada minggu depan, kata pegawai daerah.",
    "B|Jeti itu boleh menampung 60 buah bot.",
    "B|Nelayan tidak perlu lagi berlabuh di tebing sungai.",
    "C|Berita Berkaitan",
    "C|Kongsi",
], publisher="Suara Pesisir", authors=["Azman"], byline_raw="Oleh Azman", lang="ms")

page("feedwell-en-kicker-crumb", "https://feedwell.example/story/harbour-lights-9921", "feedwell", [
    "C|FeedWell",
    "C|Home › News › Business",
    "C|TRENDING",
    "C|Advertisement",
    "T|Harbour lights switch to LED in £2m upgrade",
    "H|Sam Okoro, Business Desk",
    "H|7 December 2026 • 3 min read",
    "P|All 1,200 street lights around the harbour will be replaced with LED lamps by the summer, cutting the council's energy bill by almost half.",
    "B|Work starts in January on the west quay.",
    "B|Residents will be told a week before each street is done.",
    "C|Most read",
    "C|Sign up for the morning briefing",
], section="Business", authors=["Sam Okoro"], byline_raw="Sam Okoro, Business Desk", lang="en")

page("notizieflusso-it-ansa", "https://notizieflusso.example/n/2026/12/04/sciopero-treni", "notizieflusso", [
    "C|NotizieFlusso",
    "C|Home",
    "C|Italia",
    "C|Mondo",
    "C|Sport",
    "T|Treni regionali, sciopero di otto ore venerdì prossimo",
    "H|Roma, 4 dic (ANSA)",
    "P|I sindacati dei ferrovieri hanno proclamato uno sciopero di otto ore dei treni regionali per venerdì prossimo, dalle 9 alle 17, per chiedere nuove assunzioni.",
    "B|Saranno garantiti i treni delle fasce pendolari.",
    "B|L'azienda ha definito lo sciopero ingiustificato.",
    "C|Leggi anche",
    "C|Condividi",
], organization="ANSA", byline_raw="Roma, 4 dic (ANSA)", lang="it")

page("yonhapmirror-ko-credit", "https://nyuseubada.example/article/20261207000123", "nyuseubada", [
    "C|뉴스바다",
    "C|홈",
    "C|정치",
    "C|경제",
    "C|사회",
    "H|사회",
    "T|도심 공원 야간 개방 시간 연장된다",
    "H|2026.12.07 10:15",
    "P|(서울=연합뉴스) 시는 내년부터 도심 공원 다섯 곳의 야간 개방 시간을 밤 11시까지 연장한다고 7일 밝혔다.",
    "B|시는 조명과 안전 요원을 늘릴 계획이다.",
    "B|주민 의견을 반영해 운영 시간을 조정한다.",
    "C|관련 기사",
    "C|공유하기",
], section="사회", organization="연합뉴스", lang="ko")

page("trendkatalog-tr-kaynak", "https://trendkatalog.example/haber/liman-genisleme-5521", "trendkatalog", [
    "C|TrendKatalog",
    "C|Anasayfa",
    "C|Gündem",
    "C|Ekonomi",
    "C|Spor",
    "H|Ekonomi",
    "T|Liman genişleme projesi için ihale tarihi belli oldu",
    "H|Kaynak: Kıyı Gazetesi",
    "H|07 Aralık 2026 Pazar 10:20",
    "P|Limanın kapasitesini iki katına çıkaracak genişleme projesi için ihale ocak ayının son haftasında yapılacak, liman işletmesi açıklama yaptı.",
    "B|Projenin iki yılda tamamlanması planlanıyor.",
    "B|Yeni rıhtım büyük gemilere hizmet verecek.",
    "C|İlgili Haberler",
    "C|Paylaş",
], publisher="Kıyı Gazetesi", section="Ekonomi", lang="tr")

page("stadtapp-de-app-tabs", "https://stadtapp.example/artikel/buslinie-altstadt-7731", "stadtapp", [
    "C|StadtApp",
    "C|Start",
    "C|Meine Stadt",
    "C|Ressorts",
    "C|Profil",
    "H|Verkehr",
    "T|Neue Buslinie fährt ab Januar durch die Altstadt",
    "H|Von Anna Weber",
    "H|07.12.2026, 10:20 Uhr",
    "P|Die Verkehrsbetriebe schicken ab dem 8. Januar eine neue Kleinbuslinie im Zwanzig-Minuten-Takt durch die Gassen der Altstadt, die bisher kein Bus erreicht hat.",
    "B|Die Busse fahren elektrisch.",
    "B|Für Anwohner gilt ein ermäßigter Tarif.",
    "C|Mehr zum Thema",
    "C|Artikel teilen",
], section="Verkehr", authors=["Anna Weber"], byline_raw="Von Anna Weber", lang="de")
