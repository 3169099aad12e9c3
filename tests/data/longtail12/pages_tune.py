"""longtail12's own tune pages: the header zone of long-tail readers (app menus over a section,
non-Latin date lines, bare names over a date, agency datelines, opening organisation credits,
one-word names, chrome over the headline, standfirsts, labelled bylines, publisher lines)."""
from casegen import page

# 1. News app mirror: app menu, then the section, headline, byline, Hindi date line.
page("khabarpul-hi-menu-section", "https://khabarpul.example/news/rajya/barish-alert-88213", "khabarpul", [
    "C|खबरपुल",
    "C|होम",
    "C|ताज़ा",
    "C|वीडियो",
    "C|राज्य",
    "C|खेल",
    "C|ऐप डाउनलोड करें",
    "H|राज्य",
    "T|तीन जिलों में भारी बारिश का अलर्ट, स्कूल दो दिन बंद रहेंगे",
    "H|रिपोर्ट: सुनीता वर्मा",
    "H|7 दिसंबर 2026, 09:40 अपराह्न",
    "P|मौसम विभाग ने रविवार को तीन जिलों में भारी बारिश का अलर्ट जारी किया है, जिसके बाद जिला प्रशासन ने सभी स्कूलों को सोमवार और मंगलवार को बंद रखने का आदेश दिया।",
    "B|निचले इलाकों में रहने वाले लोगों से सतर्क रहने को कहा गया है।",
    "B|नगर निगम ने नालों की सफाई के लिए अतिरिक्त टीमें लगाई हैं।",
    "C|यह भी पढ़ें",
    "C|शेयर करें",
], section="राज्य", authors=["सुनीता वर्मा"], byline_raw="रिपोर्ट: सुनीता वर्मा", lang="hi")

# 2. Arabic portal: section, headline, Arabic-digit date line, agency credit.
page("akhbarhub-ar-date", "https://akhbarhub.example/ar/article/55120", "akhbarhub", [
    "C|أخبار هب",
    "C|الرئيسية | محليات | اقتصاد | رياضة",
    "H|اقتصاد",
    "T|ارتفاع أسعار الخضار في الأسواق المركزية مع بداية الشتاء",
    "H|الأحد ٧ ديسمبر ٢٠٢٦ - ١٠:٣٠ ص",
    "H|المصدر: صحيفة الوادي",
    "P|شهدت أسعار الخضار في الأسواق المركزية ارتفاعا ملحوظا خلال الأسبوع الماضي، بسبب تراجع الكميات الواردة من المزارع مع انخفاض درجات الحرارة.",
    "B|وقال تجار إن سعر الطماطم تضاعف خلال أيام.",
    "B|وتوقعت وزارة الزراعة أن تستقر الأسعار مع نهاية الشهر.",
    "C|اقرأ أيضا",
    "C|شارك الخبر",
], publisher="صحيفة الوادي", section="اقتصاد", lang="ar")

# 3. Japanese excerpt reader: headline, bare author name over a date line.
page("yomikae-ja-bare-name", "https://yomikae.example/articles/20261207/k01", "yomikae", [
    "C|ヨミカエ",
    "C|トップ",
    "C|国内",
    "C|経済",
    "C|ランキング",
    "T|港の朝市、冬季も毎週日曜に開催へ　来場者増受け",
    "H|川口 真理子",
    "H|2026年12月7日 10時15分",
    "P|港町の朝市を運営する協議会は、これまで11月で終えていた日曜朝市を冬の間も続けると発表した。",
    "B|観光客の増加で、出店希望者が去年の倍になったという。",
    "B|協議会は防寒テントを新たに用意する。",
    "C|関連記事",
    "C|この記事をシェアする",
], authors=["川口 真理子"], byline_raw="川口 真理子", lang="ja")

# 4. Spanish agency copy on a reader: headline, dateline with agency credit, text.
page("notiflujo-es-efe-dateline", "https://notiflujo.example/n/2026/12/04/huelga-metro", "notiflujo", [
    "C|NotiFlujo",
    "C|Portada",
    "C|España",
    "C|Mundo",
    "C|Deportes",
    "C|Buscar",
    "T|Los maquinistas del metro convocan tres días de huelga en enero",
    "H|Madrid, 4 dic (EFE)",
    "P|El sindicato de maquinistas del metro ha convocado tres jornadas de huelga los días 12, 14 y 16 de enero para reclamar la contratación de más personal, según ha informado este jueves.",
    "B|La empresa ha fijado servicios mínimos del 50 % en hora punta.",
    "B|Las negociaciones se retomarán el lunes.",
    "C|Noticias relacionadas",
    "C|Comparte esta noticia",
], organization="EFE", byline_raw="Madrid, 4 dic (EFE)", lang="es")

# 5. Taiwanese portal copy: opening credit naming the agency only (no reporter).
page("xinwenlan-zh-org-credit", "https://xinwenlan.example/tw/news/20261207/334", "xinwenlan", [
    "C|新聞藍",
    "C|首頁",
    "C|政治",
    "C|生活",
    "C|國際",
    "H|生活",
    "T|北部山區週末低溫下探5度　氣象署提醒防寒",
    "H|2026/12/07 14:22",
    "P|（中央社台北7日電）氣象署今天表示，受強烈大陸冷氣團影響，北部山區週末低溫可能下探攝氏5度，民眾外出應注意保暖。",
    "B|氣象署說，冷氣團預計週二起逐漸減弱。",
    "B|高山地區可能出現結冰現象。",
    "C|延伸閱讀",
    "C|分享",
], section="生活", organization="中央社", lang="zh-TW")

# 6. Indonesian/Malay reader: byline with a one-word name and the desk.
page("beritaloka-id-one-word", "https://beritaloka.example/baca/2026/12/07/pasar-ikan-baru", "beritaloka", [
    "C|BeritaLoka",
    "C|Beranda",
    "C|Daerah",
    "C|Ekonomi",
    "C|Olahraga",
    "H|Daerah",
    "T|Pasar ikan baru di pesisir utara mulai beroperasi pekan depan",
    "H|Penulis: Sutrisno | Editor: Rahmawati",
    "H|Minggu, 7 Desember 2026 | 10:05 WIB",
    "P|Pasar ikan higienis di pesisir utara yang dibangun sejak awal tahun akan mulai beroperasi pada Senin pekan depan, kata kepala dinas perikanan setempat.",
    "B|Pasar itu menampung 120 pedagang yang sebelumnya berjualan di pinggir jalan.",
    "B|Pemerintah daerah menyediakan bus gratis selama bulan pertama.",
    "C|Baca Juga",
    "C|Bagikan",
], section="Daerah", authors=["Sutrisno"], byline_raw="Penulis: Sutrisno | Editor: Rahmawati", lang="id")

# 7. English reader with a masthead, crumb and category label above the headline.
page("quillfeed-en-crumb-chrome", "https://quillfeed.example/read/community-pool-fees-2026", "quillfeed", [
    "C|QuillFeed",
    "H|Home > News > Local",
    "C|Sponsored stories",
    "C|Trending Now",
    "T|Community pool fees to rise by a third from April",
    "H|Published by The Marsh Chronicle",
    "H|By Deborah Eze",
    "H|December 6, 2026",
    "P|Swimming at the town's community pool will cost a third more from April after the council approved new fees to cover higher heating bills.",
    "B|An adult swim will rise from £4.50 to £6.",
    "B|Concessions for children and pensioners stay the same.",
    "C|Share this article",
    "C|More from The Marsh Chronicle",
], publisher="The Marsh Chronicle", section="Local", authors=["Deborah Eze"], byline_raw="By Deborah Eze", lang="en")

# 8. Portuguese portal: standfirst without a full stop under the headline, "Autor:" byline.
page("folhaviva-pt-standfirst", "https://folhaviva.example/cidades/2026/12/onibus-noturno", "folhaviva", [
    "C|FolhaViva",
    "C|Menu",
    "C|Entrar",
    "H|Cidades",
    "T|Prefeitura amplia linhas de ônibus noturno",
    "H|Seis novas linhas começam a circular em janeiro e atendem bairros da zona leste que não tinham transporte depois da meia-noite",
    "H|Autor: Rodrigo Tavares",
    "H|Publicado em 07/12/2026 às 08h15",
    "P|A prefeitura anunciou neste domingo a criação de seis linhas de ônibus noturno que vão circular entre meia-noite e cinco da manhã a partir de janeiro.",
    "B|As linhas passam por hospitais e terminais de metrô.",
    "B|A tarifa será a mesma do serviço diurno.",
    "C|Veja também",
    "C|Compartilhe",
], section="Cidades", authors=["Rodrigo Tavares"], byline_raw="Autor: Rodrigo Tavares", lang="pt")

# 9. Turkish reader: date label glued to the name in the byline line.
page("haberakis-tr-glued-date", "https://haberakis.example/gundem/kopru-trafik-9921", "haberakis", [
    "C|HaberAkış",
    "C|Gündem",
    "C|Ekonomi",
    "C|Spor",
    "C|Yaşam",
    "C|Giriş Yap",
    "T|Köprü bakım çalışması nedeniyle iki şerit kapatılacak",
    "H|Elif DemirYayınlanma: 07.12.2026 11:20",
    "P|Boğaz köprüsünde yapılacak bakım çalışması nedeniyle hafta sonu iki şerit trafiğe kapatılacak, Karayolları bölge müdürlüğü açıklama yaptı.",
    "B|Sürücülerin alternatif güzergâhları kullanması istendi.",
    "B|Çalışmanın pazartesi sabahı tamamlanması bekleniyor.",
    "C|İlgili Haberler",
    "C|Paylaş",
], authors=["Elif Demir"], byline_raw="Elif DemirYayınlanma: 07.12.2026 11:20", lang="tr")

# 10. Polish reader: "via X" source line and desk byline.
page("wiescilink-pl-via", "https://wiescilink.example/artykul/most-remont-2026", "wiescilink", [
    "C|WieściLink",
    "C|Strona główna",
    "C|Kraj",
    "C|Świat",
    "C|Sport",
    "H|Kraj",
    "T|Remont mostu potrwa do końca marca, objazdy od poniedziałku",
    "H|via Gazeta Nadrzeczna",
    "H|Autor: Redakcja Regionalna",
    "H|7 grudnia 2026, 09:12",
    "P|Remont mostu na rzece potrwa do końca marca, a od poniedziałku kierowcy będą musieli korzystać z objazdów przez sąsiednie gminy, poinformował zarząd dróg.",
    "B|Autobusy miejskie pojadą zmienioną trasą.",
    "B|Piesi mogą korzystać z kładki tymczasowej.",
    "C|Czytaj także",
    "C|Udostępnij",
], publisher="Gazeta Nadrzeczna", section="Kraj", organization="Redakcja Regionalna", byline_raw="Autor: Redakcja Regionalna", lang="pl")

# 11. Thai news app: section under the menu, Thai date line.
page("khaosai-th-date", "https://khaosai.example/news/local/771203", "khaosai", [
    "C|ข่าวใส",
    "C|หน้าแรก",
    "C|ข่าวด่วน",
    "C|ภูมิภาค",
    "C|กีฬา",
    "H|ภูมิภาค",
    "T|ชาวบ้านริมโขงเตรียมรับมือน้ำลดต่ำผิดปกติ",
    "H|7 ธ.ค. 2569 10:45 น.",
    "P|ชาวบ้านริมแม่น้ำโขงหลายหมู่บ้านเริ่มเตรียมรับมือกับระดับน้ำที่ลดต่ำผิดปกติ หลังเขื่อนต้นน้ำปรับการปล่อยน้ำในช่วงหน้าแล้ง",
    "B|เจ้าหน้าที่แนะนำให้ชาวประมงระวังเรือเกยตื้น",
    "B|กรมชลประทานจะติดตามสถานการณ์ทุกวัน",
    "C|ข่าวที่เกี่ยวข้อง",
    "C|แชร์",
], section="ภูมิภาค", lang="th")

# 12. Ukrainian reader: publisher "Джерело:" line and byline with "Автор:".
page("novynaryk-uk-source", "https://novynaryk.example/uk/news/2026/12/07/teplo", "novynaryk", [
    "C|Новинарик",
    "C|Головна",
    "C|Україна",
    "C|Світ",
    "C|Економіка",
    "T|У трьох районах міста відновили подачу тепла після аварії",
    "H|Джерело: Вечірній Поділ",
    "H|Автор: Оксана Литвин",
    "H|7 грудня 2026, 10:20",
    "P|Комунальники завершили ремонт магістральної труби і відновили подачу тепла в трьох районах міста, повідомили у міській раді в неділю.",
    "B|Аварія сталася в суботу ввечері через пошкодження старої труби.",
    "B|У школах заняття відбудуться за розкладом.",
    "C|Читайте також",
    "C|Поділитися",
], publisher="Вечірній Поділ", authors=["Оксана Литвин"], byline_raw="Автор: Оксана Литвин", lang="uk")
