"""Build invented long-tail aggregator pages (writer's round U7: hidden held-out set, never shown).

Each page: lines tagged C| chrome, H| header line, T| title (header), P| first body paragraph,
B| body, '' = blank. Labels derived from the tags plus the explicit fields. Site names, people and
article text are made up; layouts follow real readers, portals, mirrors and news apps.

    python make_u7.py [OUTDIR]   (default: this folder)
"""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
import casegen  # noqa: E402
from casegen import page  # noqa: E402

casegen.NOTE = "Invented page text in the layout of a real long-tail site (writer's hidden round U7, never shown to a rule-writing session)."
if len(sys.argv) < 2:
    sys.argv.append(str(pathlib.Path(__file__).resolve().parent))

# 1. Arabic news portal reader: menu, title, source and relative age, body, read-at-source link,
#    related rail with source/age, copyright footer.
page("khabarak-ar-madaris", "https://khabarak.example/news/local/2026/12/07/1184422", "khabarak", [
    "C|خبرك",
    "C|الرئيسية",
    "C|أخبار محلية",
    "C|اقتصاد",
    "C|رياضة",
    "C|تسجيل الدخول",
    "T|إغلاق المدارس في ثلاث محافظات بسبب العاصفة الرملية",
    "H|صحيفة الوادي",
    "H|منذ 3 ساعات",
    "C|تابع",
    "P|قررت وزارة التربية تعليق الدراسة في مدارس ثلاث محافظات جنوبية يوم الاثنين بسبب عاصفة رملية متوقعة تخفض مدى الرؤية إلى أقل من مئة متر.",
    "B|وقالت الوزارة في بيان إن الدروس ستقدم عن بعد عبر المنصة التعليمية، وإن الامتحانات المقررة هذا الأسبوع أجلت إلى موعد يحدد لاحقا.",
    "B|ودعت هيئة الأرصاد السائقين إلى تجنب الطرق الصحراوية حتى مساء الثلاثاء.",
    "C|اقرأ الخبر من المصدر",
    "C|أخبار ذات صلة",
    "C|ارتفاع أسعار الخضار في الأسواق المركزية",
    "C|صحيفة الوادي · منذ 5 ساعات",
    "C|افتتاح جسر المشاة الجديد قرب المستشفى العام",
    "C|النهار المحلي · منذ يوم",
    "C|جميع الحقوق محفوظة © خبرك 2026",
], publisher="صحيفة الوادي", truncated=True, lang="ar")

# 2. Turkish news aggregator: breaking ticker, title, source and dates with update stamp, body cut,
#    click-for-rest link, tags, comment box, related.
page("haberakis-tr-feribot", "https://www.haberakis.example/feribot-seferleri-firtina-nedeniyle-iptal-edildi-h2291847.html", "haberakis", [
    "C|SON DAKİKA",
    "C|Döviz kurlarında son durum",
    "C|Haber Akışı",
    "C|Gündem",
    "C|Ekonomi",
    "C|Spor",
    "T|Feribot seferleri fırtına nedeniyle iptal edildi",
    "H|Kaynak: Ege Postası",
    "H|07.12.2026 14:35",
    "H|Güncelleme: 07.12.2026 15:02",
    "P|Kuzey Ege'de etkili olan fırtına nedeniyle adalara yapılan tüm feribot seferleri yarın öğlene kadar iptal edildi.",
    "B|Liman başkanlığından yapılan açıklamada, rüzgarın yer yer saatte 80 kilometreye ulaştığı ve dalga yüksekliğinin dört metreyi aştığı belirtildi.",
    "B|Adalarda mahsur kalan yolcuların konaklama masraflarının işletme tarafından karşılanacağı bildirildi...",
    "C|Haberin devamı için tıklayınız",
    "C|Etiketler: fırtına, feribot, ulaşım",
    "C|Yorum yap",
    "C|Adınız",
    "C|Gönder",
    "C|İlgili Haberler",
    "C|Meteoroloji'den kuvvetli yağış uyarısı",
    "C|Otoyolda zincirleme kaza: 6 yaralı",
], publisher="Ege Postası", truncated=True, lang="tr")

# 3. Polish portal reader: skip link, section, title, source, 'oprac.' byline, relative age, lead,
#    'Zobacz także' cross-link inside the body, continue-reading link, footer menu repeated.
page("wiadomosci24-pl-most", "https://wiadomosci24.example/region/most-na-wisle-zamkniety-dla-ciezarowek-7731904", "wiadomosci24", [
    "C|Przejdź do treści",
    "C|Wiadomości24",
    "C|Kraj",
    "C|Region",
    "C|Biznes",
    "C|Sport",
    "C|Zaloguj się",
    "H|Region",
    "T|Most na Wiśle zamknięty dla ciężarówek do wiosny",
    "H|Gazeta Nadwiślańska",
    "H|oprac. Marta Zielińska",
    "H|2 godz. temu",
    "P|Od poniedziałku pojazdy cięższe niż 12 ton nie wjadą na stary most drogowy, bo ekspertyza wykazała pęknięcia w dwóch przęsłach.",
    "B|Zarząd dróg wyznaczył objazd przez obwodnicę, który wydłuża trasę o około 18 kilometrów.",
    "C|Zobacz także: Remont dworca autobusowego opóźniony o pół roku",
    "B|Przewoźnicy obawiają się, że objazd podniesie koszty transportu dla zakładów w strefie przemysłowej.",
    "C|Czytaj dalej w Gazeta Nadwiślańska",
    "C|Kraj",
    "C|Region",
    "C|Biznes",
    "C|Sport",
    "C|Regulamin · Polityka prywatności · Kontakt",
], publisher="Gazeta Nadwiślańska", section="Region", byline_raw="oprac. Marta Zielińska", authors=["Marta Zielińska"], truncated=True, lang="pl")

# 4. Finnish feed reader: source with middle dot and age, photo caption with 'Kuva:' credit above the
#    body, author line, a subhead and a list in the body, read-at-source link.
page("uutisvirta-fi-lumityot", "https://uutisvirta.example/a/keski-suomi/8a0c71e2", "uutisvirta", [
    "C|Uutisvirta",
    "C|Omat aiheet",
    "C|Kirjaudu",
    "T|Aurauskalusto ei riitä: kaupunki palkkaa lisää urakoitsijoita",
    "H|Keskisuomen Sanomat · 45 min sitten",
    "H|Lumiaura työssä keskustan kävelykadulla maanantaiaamuna. Kuva: Sanna Laine",
    "H|Teksti: Antti Heikkilä",
    "P|Kaupunki palkkaa kolme uutta urakoitsijaa auraamaan asuinalueiden katuja, koska oma kalusto ei ole riittänyt viikonlopun runsaiden lumisateiden jälkeen.",
    "B|Asukkaat ovat valittaneet, ettei osaa pientalojen kaduista ole aurattu neljään päivään.",
    "B|Mitä seuraavaksi?",
    "B|Kaupunki lupaa, että kaikki kadut aurataan torstaihin mennessä. Järjestys on seuraava:",
    "B|- pääkadut ja bussireitit",
    "B|- koulujen ja päiväkotien ympäristöt",
    "B|- asuinalueiden tonttikadut",
    "C|Lue koko juttu: Keskisuomen Sanomat",
    "C|Tykkää",
    "C|Jaa",
], publisher="Keskisuomen Sanomat", byline_raw="Teksti: Antti Heikkilä", authors=["Antti Heikkilä"],
    captions=[{"text": "Lumiaura työssä keskustan kävelykadulla maanantaiaamuna.", "credit": "Sanna Laine", "position": "header"}],
    truncated=True, lang="fi")

# 5. English portal in the content-as-a-service style: provider logo alt + name, author, date, read
#    time, inline photo caption with credit in parentheses, 'Story continues', ads and a ticker.
page("newsmeter-en-reservoir", "https://www.newsmeter.example/news/reservoir-level-falls-lowest-decade-091522617.html", "newsmeter", [
    "C|NewsMeter",
    "C|Search the web",
    "C|FTSE 100 8,214.50 +0.41%",
    "C|GBP/USD 1.2688 -0.12%",
    "H|Westbrook Ledger logo",
    "H|Westbrook Ledger",
    "T|Reservoir level falls to lowest in a decade as hosepipe ban stays",
    "H|Sam Whitfield",
    "H|Sun, December 6, 2026 at 4:12 PM GMT",
    "C|2 min read",
    "P|The county's main reservoir is at 38% of capacity, its lowest December level for ten years, and the water company says a hosepipe ban imposed in August will stay in place until at least March.",
    "H|Boats lie on the exposed bed of the reservoir near the old dam wall (Handout via Westbrook Ledger)",
    "B|The company said rainfall since September had been about two-thirds of the usual amount.",
    "C|Story continues",
    "C|Advertisement",
    "B|It is also asking customers to report leaks, which it says account for about a fifth of the water it treats.",
    "B|A spokesperson said: \"We know the ban is frustrating. Every litre saved now helps us through the spring.\"",
    "C|Advertisement",
    "C|View comments",
    "C|Terms and Privacy Policy",
], publisher="Westbrook Ledger", byline_raw="Sam Whitfield", authors=["Sam Whitfield"],
    captions=[{"text": "Boats lie on the exposed bed of the reservoir near the old dam wall", "credit": "Handout via Westbrook Ledger", "position": "inline"}],
    truncated=False)

# 6. Traditional-Chinese reader: opening credit in parentheses inside the first body line,
#    further-reading links inside the body, reprint notice and a more-news rail.
page("kuaixun-zh-tw-gongche", "https://kuaixun.example/tw/news/20261207/5521039", "kuaixun", [
    "C|快訊網",
    "C|即時",
    "C|政治",
    "C|生活",
    "C|下載App",
    "H|生活",
    "T|公車路線大調整 明年元旦起六條線併為三條",
    "H|中部時報",
    "H|2026年12月7日 週一 上午10:20",
    "P|（中部時報記者王怡君／台中7日報導）市府交通局今天宣布，明年元旦起將六條載客率偏低的公車路線整併為三條，並增加尖峰時段班次。",
    "B|交通局表示，整併後的路線將延伸到新開幕的轉運站，乘客可轉乘捷運與客運。",
    "C|延伸閱讀：高鐵站接駁車週末加開班次",
    "B|部分里長擔心偏遠里的長者搭車更不方便，交通局承諾將以預約小巴補足服務。",
    "C|本文經中部時報授權轉載，未經同意不得轉載。",
    "C|更多新聞",
    "C|颱風過後 果農搶收柑橘",
    "C|中部時報 · 3小時前",
], publisher="中部時報", section="生活", byline_raw="中部時報記者王怡君", authors=["王怡君"], truncated=False, lang="zh-TW")

# 7. Ukrainian news site republished on a reader: breadcrumb, section line, author label, date,
#    source line, body with a quoted statement, Telegram promo, read-also links.
page("vistipotik-uk-teplo", "https://vistipotik.example/suspilstvo/2026/12/07/opalennia-grafik-54219", "vistipotik", [
    "C|Вісті Потік",
    "C|Головна / Новини / Суспільство",
    "H|Суспільство",
    "T|У трьох районах міста тимчасово змінять графік опалення",
    "H|Автор: Олена Коваль",
    "H|07 грудня 2026, 09:40",
    "H|Джерело: Подільські вісті",
    "P|Міське теплопостачальне підприємство з понеділка на тиждень зменшить температуру теплоносія в трьох районах через ремонт магістральної труби.",
    "B|У квартирах може бути на два-три градуси холодніше, ніж зазвичай, попередили на підприємстві.",
    "B|«Ми розуміємо незручності і робимо все, щоб завершити роботи раніше», — сказав директор підприємства Василь Гнатюк.",
    "C|Підписуйтесь на наш Telegram-канал, щоб першими дізнаватися новини",
    "C|Читайте також:",
    "C|Як отримати компенсацію за вимкнення світла",
    "C|У місті відкрили ще два пункти незламності",
], publisher="Подільські вісті", section="Суспільство", byline_raw="Автор: Олена Коваль", authors=["Олена Коваль"], truncated=False, lang="uk")

# 8. Malay news app web view: open-in-app bar, follow button, title, source, age, body cut with an
#    ellipsis, read-full-article button, reaction counts.
page("klikberita-ms-tol", "https://klikberita.example/share/artikel/99812374", "klikberita", [
    "C|Buka dalam aplikasi",
    "C|KlikBerita",
    "T|Kadar tol lebuh raya utara kekal hingga hujung 2027",
    "H|Berita Semenanjung",
    "C|Ikuti",
    "H|6 jam yang lalu",
    "P|Kadar tol bagi lebuh raya utara-selatan tidak akan dinaikkan sehingga hujung tahun 2027, kata kementerian kerja raya dalam satu kenyataan hari ini.",
    "B|Kerajaan akan membayar pampasan kepada syarikat konsesi bagi tempoh berkenaan, namun jumlahnya belum didedahkan...",
    "C|Baca artikel penuh",
    "C|👍 231",
    "C|💬 47",
    "C|Kongsi",
    "C|Muat turun KlikBerita untuk berita terkini setiap hari",
], publisher="Berita Semenanjung", truncated=True, lang="ms")

# 9. Swedish aggregator showing a Norwegian article: Swedish site chrome, Norwegian header and body,
#    'Läs hela artikeln hos …' link, Swedish related rail.
page("nordflash-no-sv-ferje", "https://www.nordflash.example/norge/artikel/ferjekaia-stengt-etter-stormen-2026-12-07", "nordflash", [
    "C|NordFlash",
    "C|Senaste nytt",
    "C|Sverige",
    "C|Norge",
    "C|Danmark",
    "C|Logga in",
    "T|Ferjekaia stengt etter stormen – pendlere må ta omvei",
    "H|Bergensposten",
    "H|i dag 08:14",
    "H|Av Ingrid Solberg",
    "P|Ferjekaia på øya ble så skadet under nattens storm at ferjesambandet til fastlandet er innstilt i minst en uke, opplyser fylkeskommunen.",
    "B|Rundt 600 pendlere må i stedet kjøre via broen i nord, noe som forlenger reisen med nesten en time hver vei.",
    "B|Fylket vurderer å sette inn en hurtigbåt for gående fra onsdag.",
    "C|Läs hela artikeln hos Bergensposten",
    "C|Mer från Norge",
    "C|Snöoväder stänger fjällväg över natten",
    "C|Bergensposten · 2 tim",
    "C|Om NordFlash · Annonsera · Cookie-inställningar",
], publisher="Bergensposten", byline_raw="Av Ingrid Solberg", authors=["Ingrid Solberg"], truncated=True, lang="no+sv")

# 10. Print-replica magazine reader: page/issue labels, title, standfirst, words-and-photos credit,
#     a caption with an upper-case PHOTO credit between paragraphs, reader toolbar, issue notice.
page("pressleaf-en-drystone", "https://pressleaf.example/catalog/field-and-fell/20261201/page/14/textview", "pressleaf", [
    "C|Listen",
    "C|Translate",
    "C|Print",
    "C|Page 14",
    "H|Field & Fell",
    "H|1 Dec 2026",
    "T|The last of the wallers",
    "H|A dry-stone craft that once employed hundreds in the dales is down to a handful of masters. Can a new apprenticeship save it?",
    "H|Words by Ellie March · Photography by Tom Reyes",
    "P|On a wet morning above the village, Derek Hollins lifts a stone the size of a loaf, turns it twice in his hands and sets it into the wall without a second look.",
    "B|He has been walling for 51 years and reckons he has built or rebuilt some forty miles of boundary in that time.",
    "H|Derek Hollins checks the batter of a newly rebuilt wall above the village. PHOTO: TOM REYES",
    "B|The apprenticeship, funded by the national park and two landowners, will take on four trainees a year for three years.",
    "B|\"You can't learn it from a book,\" Hollins says. \"You learn it by getting it wrong for a winter.\"",
    "C|This article appeared in the December 2026 issue of Field & Fell.",
    "C|More from this issue",
    "C|Previous page",
    "C|Next page",
], publisher="Field & Fell", byline_raw="Words by Ellie March · Photography by Tom Reyes", authors=["Ellie March"],
    captions=[{"text": "Derek Hollins checks the batter of a newly rebuilt wall above the village.", "credit": "TOM REYES", "position": "inline"}],
    truncated=None)

# 11. Romanian press review on a portal: title, agency date line, one paragraph per newspaper, agency
#     source line at the end, tags and newsletter box.
page("stiriazi-ro-revista-presei", "https://stiriazi.example/revista-presei-7-decembrie-2026-a114520", "stiriazi", [
    "C|ȘtiriAzi",
    "C|Actualitate",
    "C|Politic",
    "C|Externe",
    "C|Abonează-te",
    "H|Actualitate",
    "T|Revista presei: scumpirea energiei și noile autostrăzi, pe primele pagini",
    "H|Duminică, 7 decembrie 2026, 08:05",
    "P|Ziarele de duminică scriu despre noile tarife la energie care intră în vigoare de la 1 ianuarie și despre tronsoanele de autostradă ce urmează să fie inaugurate înainte de sărbători.",
    "B|Cotidianul Vocea Zilei notează că o familie cu consum mediu ar putea plăti cu aproximativ 40 de lei mai mult pe lună la factura de curent.",
    "B|Jurnalul de Vest scrie că două loturi de autostradă din vestul țării sunt gata în proporție de 95%, dar recepția depinde de verificările la poduri.",
    "B|Gazeta Moldovei relatează despre lipsa medicilor din spitalele orășenești, unde unele secții funcționează cu un singur specialist.",
    "H|Sursa: Agenția Est-Press",
    "C|Etichete: revista presei, energie, autostrăzi",
    "C|Abonează-te la newsletter",
    "C|Adresa de e-mail",
], publisher=None, section="Actualitate", organization="Agenția Est-Press", truncated=False, lang="ro")

# 12. Thai news reader: breaking badge, title, source and Buddhist-era date, photo caption with
#     'ภาพ:' credit, body, original-article link, related rail and share buttons.
page("khaoreader-th-namtuam", "https://khaoreader.example/th/news/4471209", "khaoreader", [
    "C|ข่าวรีดเดอร์",
    "C|หน้าแรก",
    "C|ข่าวด่วน",
    "C|ภูมิภาค",
    "T|น้ำท่วมฉับพลันสามอำเภอ ชาวบ้านเร่งขนของขึ้นที่สูง",
    "H|ไทยรายวัน",
    "H|7 ธ.ค. 2569 10:15 น.",
    "H|เจ้าหน้าที่ช่วยเหลือชาวบ้านออกจากพื้นที่น้ำท่วมในอำเภอเมือง ภาพ: ไทยรายวัน",
    "P|ฝนที่ตกหนักต่อเนื่องตั้งแต่เมื่อคืนทำให้เกิดน้ำท่วมฉับพลันในสามอำเภอของจังหวัด บ้านเรือนกว่า 800 หลังได้รับผลกระทบ",
    "B|ผู้ว่าราชการจังหวัดสั่งเปิดศูนย์พักพิงชั่วคราวในโรงเรียนสี่แห่ง และขอให้ประชาชนติดตามประกาศเตือนภัยอย่างใกล้ชิด",
    "B|กรมอุตุนิยมวิทยาคาดว่าฝนจะเริ่มลดลงในวันอังคาร",
    "C|อ่านข่าวต้นฉบับ",
    "C|ข่าวที่เกี่ยวข้อง",
    "C|เตือนพายุลูกใหม่เข้าภาคใต้สัปดาห์หน้า",
    "C|ไทยรายวัน · 2 ชม.ที่แล้ว",
    "C|แชร์",
    "C|LINE",
    "C|Facebook",
], publisher="ไทยรายวัน",
    captions=[{"text": "เจ้าหน้าที่ช่วยเหลือชาวบ้านออกจากพื้นที่น้ำท่วมในอำเภอเมือง", "credit": "ไทยรายวัน", "position": "header"}],
    truncated=True, lang="th")

casegen.write_pages()
