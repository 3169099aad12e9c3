"""Invented long-tail aggregator pages for longtail16, set 4: the header zone, written after
set 3's rules and scored before any rule change for them (ar, he, hi, bn, vi, id, pt-BR,
de-AT, sv, hr): right-to-left bylines, an e-mail after the name, a name in capitals, a kicker
under the headline, a stamp then the byline on one line, a reading time beside the stamp.

    python pages_set4.py [OUTDIR]   (default: ./set4 beside this file)
"""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
import casegen  # noqa: E402

casegen.NOTE = "Invented page text in the layout of a real long-tail site (longtail16 set 4)."
if len(sys.argv) < 2:
    sys.argv.append(str(pathlib.Path(__file__).resolve().parent / "set4"))
page = casegen.shared_page
KIND = "regional_portal"

# 1. ar: section, title, 'كتب: Name', stamp with Arabic month, caption with '(تصوير: X)'.
page("akhbarnow-ar-jisr", "https://akhbarnow.example/local/2026/12/07/jisr-jadid-88301", "akhbarnow", [
    "C|أخبار الآن",
    "C|الرئيسية | محليات | اقتصاد | رياضة",
    "H|محليات",
    "T|افتتاح جسر جديد على نهر النيل في أسوان",
    "H|كتب: أحمد عبد الرحمن",
    "H|الإثنين 7 ديسمبر 2026 - 10:30",
    "H|الجسر الجديد في أسوان. (تصوير: محمد سالم)",
    "P|افتتحت محافظة أسوان يوم الإثنين جسرا جديدا على نهر النيل يربط بين ضفتي المدينة، بتكلفة بلغت 900 مليون جنيه.",
    "B|ويبلغ طول الجسر 1.2 كيلومتر ويضم أربع حارات للسيارات.",
    "B|وقال المحافظ إن الجسر سيخفف الزحام في وسط المدينة.",
    "C|اقرأ أيضا: تطوير كورنيش أسوان",
    "C|شارك",
    "C|© 2026 أخبار الآن",
], publisher_name="أخبار الآن", section="محليات", byline_raw="كتب: أحمد عبد الرحمن", authors=["أحمد عبد الرحمن"],
    captions=[{"text": "الجسر الجديد في أسوان.", "credit": "محمد سالم", "position": "header"}],
    truncated=False, lang="ar", site_kind=KIND,
    header_pattern="akhbarnow:brand/pipe nav/section/title/'كتب: Name'/weekday stamp/caption '(تصوير: X)'/body/'اقرأ أيضا:'/share/footer",
    notes="'كتب' (wrote) labels the byline.")

# 2. he: aggregator: title, 'מאת Name', source line 'מקור: X', stamp.
page("mivzakim-he-rakevet", "https://mivzakim.example/news/rakevet-kala-haifa-55102", "mivzakim", [
    "C|מבזקים",
    "C|חדשות  כלכלה  ספורט  תרבות",
    "T|הרכבת הקלה בחיפה תגיע לקריות עד 2028",
    "H|מקור: ידיעות הצפון",
    "H|מאת יעל כהן",
    "H|07.12.2026 | 11:20",
    "P|הרכבת הקלה בחיפה תוארך עד הקריות עד סוף 2028, כך הודיע משרד התחבורה ביום שני.",
    "B|הקו החדש יכלול 14 תחנות.",
    "B|עלות הפרויקט מוערכת ב-3 מיליארד שקלים.",
    "C|לכתבה המלאה בידיעות הצפון",
    "C|שתפו",
], publisher="ידיעות הצפון", byline_raw="מאת יעל כהן", authors=["יעל כהן"],
    truncated=True, lang="he", site_kind="aggregator_portal",
    header_pattern="mivzakim:brand/spaced nav/title/'מקור: <pub>'/'מאת Name'/stamp/body/'לכתבה המלאה ב<pub>'/share",
    notes="Source line names the publisher.")

# 3. hi: title, 'लेखक: Name', stamp with Hindi month, caption 'फोटो: X'.
page("khabarlok-hi-metro", "https://khabarlok.example/rajya/lucknow-metro-nayi-line-22014", "khabarlok", [
    "C|ख़बरलोक",
    "C|देश | राज्य | खेल | मनोरंजन",
    "H|राज्य",
    "T|लखनऊ मेट्रो की नई लाइन पर अगले साल से दौड़ेंगी ट्रेनें",
    "H|लेखक: राहुल वर्मा",
    "H|7 दिसंबर 2026, 10:15 AM",
    "H|लखनऊ मेट्रो का एक स्टेशन। फोटो: एलएमआरसी",
    "P|लखनऊ मेट्रो की चारबाग से वसंत कुंज तक की नई लाइन पर अगले साल जून से ट्रेनें चलने लगेंगी, मेट्रो निगम ने सोमवार को बताया।",
    "B|नई लाइन 11 किलोमीटर लंबी होगी।",
    "B|इस पर 12 स्टेशन बनाए जाएंगे।",
    "C|यह भी पढ़ें: बसों का किराया बढ़ा",
    "C|शेयर करें",
    "C|© 2026 ख़बरलोक",
], publisher_name="ख़बरलोक", section="राज्य", byline_raw="लेखक: राहुल वर्मा", authors=["राहुल वर्मा"],
    captions=[{"text": "लखनऊ मेट्रो का एक स्टेशन।", "credit": "एलएमआरसी", "position": "header"}],
    truncated=False, lang="hi", site_kind=KIND,
    header_pattern="khabarlok:brand/pipe nav/section/title/'लेखक: Name'/stamp/caption 'फोटो:'/body/'यह भी पढ़ें:'/share/footer",
    notes="Caption ends with the danda.")

# 4. vi: name in capitals under the stamp, caption 'Ảnh: X'.
page("tinmoi24-vi-cau", "https://tinmoi24.example/thoi-su/cau-moi-qua-song-han-c1-a8812", "tinmoi24", [
    "C|Tin Mới 24",
    "C|Thời sự · Thế giới · Kinh tế · Thể thao",
    "H|Thời sự",
    "T|Đà Nẵng khởi công cầu mới qua sông Hàn",
    "H|Thứ hai, 7/12/2026, 09:45",
    "H|NGUYỄN VĂN HÙNG",
    "H|Phối cảnh cây cầu mới. Ảnh: UBND TP Đà Nẵng",
    "P|Đà Nẵng hôm nay khởi công cây cầu mới bắc qua sông Hàn, nối quận Hải Châu với quận Sơn Trà, với tổng vốn 1.800 tỷ đồng.",
    "B|Cầu dài 650 m, rộng 30 m, dự kiến hoàn thành năm 2028.",
    "B|Đây là cây cầu thứ bảy bắc qua sông Hàn.",
    "C|Xem thêm: Đường ven biển được mở rộng",
    "C|Chia sẻ",
    "C|© 2026 Tin Mới 24",
], publisher_name="Tin Mới 24", section="Thời sự", byline_raw="NGUYỄN VĂN HÙNG", authors=["Nguyễn Văn Hùng"],
    captions=[{"text": "Phối cảnh cây cầu mới.", "credit": "UBND TP Đà Nẵng", "position": "header"}],
    truncated=False, lang="vi", site_kind=KIND,
    header_pattern="tinmoi24:brand/dot nav/section/title/weekday stamp/NAME IN CAPITALS/caption 'Ảnh:'/body/'Xem thêm:'/share/footer",
    notes="Name in capitals under the stamp; author given in title case.")

# 5. id: 'Penulis: Name' and 'Editor: Name' lines, stamp 'Senin, 7 Desember 2026 10:15 WIB'.
page("kabarnusa-id-jalan", "https://kabarnusa.example/daerah/jalan-tol-padang-55120", "kabarnusa", [
    "C|Kabar Nusa",
    "C|Nasional  Daerah  Ekonomi  Olahraga",
    "H|Daerah",
    "T|Jalan tol Padang-Sicincin mulai beroperasi pekan depan",
    "H|Penulis: Rina Marlina",
    "H|Editor: Budi Santoso",
    "H|Senin, 7 Desember 2026 10:15 WIB",
    "H|Ruas tol Padang-Sicincin. Foto: Hutama Karya",
    "P|Jalan tol Padang-Sicincin sepanjang 36 kilometer akan mulai beroperasi pekan depan, kata pengelola jalan tol pada Senin.",
    "B|Tarif belum diumumkan.",
    "B|Tol ini memangkas waktu tempuh hingga satu jam.",
    "C|Baca juga: Bandara Minangkabau tambah rute",
    "C|Bagikan",
    "C|© 2026 Kabar Nusa",
], publisher_name="Kabar Nusa", section="Daerah", byline_raw="Penulis: Rina Marlina", authors=["Rina Marlina"],
    captions=[{"text": "Ruas tol Padang-Sicincin.", "credit": "Hutama Karya", "position": "header"}],
    truncated=False, lang="id", site_kind=KIND,
    header_pattern="kabarnusa:brand/spaced nav/section/title/'Penulis:'/'Editor:'/stamp WIB/caption 'Foto:'/body/'Baca juga:'/share/footer",
    notes="The editor is no author.")

# 6. pt-BR: byline with e-mail after the name, stamp with 'Atualizado', reading time.
page("jornalvale-ptbr-ponte", "https://jornalvale.example/cidades/ponte-estaiada-sobre-rio-doce-77120", "jornalvale", [
    "C|Jornal do Vale",
    "C|Cidades  Política  Economia  Esportes",
    "H|Cidades",
    "T|Ponte sobre o Rio Doce em Governador Valadares fica pronta em março",
    "H|Por Camila Ferreira — camila.ferreira@jornalvale.example",
    "H|07/12/2026 às 10h12 · Atualizado 07/12/2026 às 12h40 · 3 min de leitura",
    "H|Obras da ponte vistas da margem esquerda. (Foto: Prefeitura de Governador Valadares)",
    "P|A nova ponte sobre o Rio Doce em Governador Valadares deve ser entregue em março, informou a prefeitura nesta segunda-feira.",
    "B|A estrutura tem 420 metros e duas faixas em cada sentido.",
    "B|A obra custou R$ 180 milhões.",
    "C|Leia também: Ônibus terão novos horários",
    "C|Compartilhe",
    "C|© 2026 Jornal do Vale",
], publisher_name="Jornal do Vale", section="Cidades", byline_raw="Por Camila Ferreira", authors=["Camila Ferreira"],
    captions=[{"text": "Obras da ponte vistas da margem esquerda.", "credit": "Prefeitura de Governador Valadares", "position": "header"}],
    truncated=False, lang="pt-BR", site_kind=KIND,
    header_pattern="jornalvale:brand/spaced nav/section/title/'Por Name — e-mail'/'stamp · Atualizado stamp · read time'/caption '(Foto: X)'/body/'Leia também:'/share/footer",
    notes="E-mail after the name is part of the byline line.")

# 7. de-AT: kicker UNDER the headline, then 'Von Name, APA', stamp.
page("kurierost-deat-bahn", "https://kurierost.example/chronik/koralmbahn-fahrplan-99120", "kurierost", [
    "C|Kurier Ost",
    "C|Politik  Chronik  Wirtschaft  Sport",
    "T|Koralmbahn: Graz–Klagenfurt in 45 Minuten ab Dezember",
    "H|Chronik",
    "H|Von Lukas Steiner, APA",
    "H|07.12.2026 um 09:30",
    "H|Ein Testzug im Koralmtunnel. Foto: ÖBB/Wegscheider",
    "P|Ab dem Fahrplanwechsel im Dezember fahren die Züge zwischen Graz und Klagenfurt in 45 Minuten, teilten die ÖBB am Montag mit.",
    "B|Bisher dauerte die Fahrt mit dem Bus rund zwei Stunden.",
    "B|Es gibt stündlich eine Verbindung.",
    "C|Mehr zum Thema",
    "C|Teilen",
    "C|© 2026 Kurier Ost",
], publisher_name="Kurier Ost", section="Chronik", byline_raw="Von Lukas Steiner, APA", authors=["Lukas Steiner"], organization="APA",
    captions=[{"text": "Ein Testzug im Koralmtunnel.", "credit": "ÖBB/Wegscheider", "position": "header"}],
    truncated=False, lang="de-AT", site_kind=KIND,
    header_pattern="kurierost:brand/spaced nav/title/kicker under title/'Von Name, APA'/stamp/caption 'Foto:'/body/related/share/footer",
    notes="Section printed under the headline.")

# 8. sv: stamp then byline on one line 'Publicerad 7 december 2026 av Name'.
page("lokalnytt-sv-bro", "https://lokalnytt.example/nyheter/ny-bro-over-gota-alv-33021", "lokalnytt", [
    "C|Lokalnytt",
    "C|Nyheter  Sport  Kultur  Näringsliv",
    "H|Nyheter",
    "T|Ny gång- och cykelbro över Göta älv invigs i vår",
    "H|Publicerad 7 december 2026 av Elin Lindqvist",
    "H|Bron byggs i Trollhättan. Foto: Trollhättans stad",
    "P|Den nya gång- och cykelbron över Göta älv i Trollhättan invigs i april, meddelar kommunen.",
    "B|Bron blir 220 meter lång.",
    "B|Bygget kostar 140 miljoner kronor.",
    "C|Läs också: Nya busslinjer från januari",
    "C|Dela",
    "C|© 2026 Lokalnytt",
], publisher_name="Lokalnytt", section="Nyheter", byline_raw="Elin Lindqvist", authors=["Elin Lindqvist"],
    captions=[{"text": "Bron byggs i Trollhättan.", "credit": "Trollhättans stad", "position": "header"}],
    truncated=False, lang="sv", site_kind=KIND,
    header_pattern="lokalnytt:brand/spaced nav/section/title/'Publicerad <date> av Name'/caption 'Foto:'/body/'Läs också:'/share/footer",
    notes="Stamp and byline on one line.")

# 9. hr: 'Piše: Name', stamp 'dd.mm.yyyy. u HH:MM', view count chrome, caption 'Foto: Pixsell'.
page("vijestidana-hr-most", "https://vijestidana.example/vijesti/novi-most-osijek-11902", "vijestidana", [
    "C|Vijesti Dana",
    "C|Vijesti | Sport | Biznis | Lifestyle",
    "H|Vijesti",
    "T|Novi most preko Drave u Osijeku gotov do ljeta",
    "H|Piše: Ivana Horvat",
    "H|07.12.2026. u 10:05",
    "H|Gradilište mosta na Dravi. Foto: Pixsell",
    "P|Novi pješački most preko Drave u Osijeku bit će završen do ljeta, najavio je gradonačelnik u ponedjeljak.",
    "B|Most je dug 210 metara.",
    "B|Radovi stoje 9 milijuna eura.",
    "C|Pročitajte i ovo",
    "C|Podijeli",
    "C|© 2026 Vijesti Dana",
], publisher_name="Vijesti Dana", section="Vijesti", byline_raw="Piše: Ivana Horvat", authors=["Ivana Horvat"],
    captions=[{"text": "Gradilište mosta na Dravi.", "credit": "Pixsell", "position": "header"}],
    truncated=False, lang="hr", site_kind=KIND,
    header_pattern="vijestidana:brand/pipe nav/section/title/'Piše: Name'/'dd.mm.yyyy. u HH:MM'/caption 'Foto:'/body/related/share/footer",
    notes="'Piše' (writes).")

# 10. bn: title, 'নিজস্ব প্রতিবেদক' desk byline, Bengali-digit stamp, caption with 'ছবি:'.
page("barta24-bn-setu", "https://barta24.example/national/padma-rail-setu-44120", "barta24", [
    "C|বার্তা২৪",
    "C|জাতীয় | রাজনীতি | অর্থনীতি | খেলা",
    "H|জাতীয়",
    "T|পদ্মা রেল সেতুতে নতুন ট্রেন চালু হচ্ছে জানুয়ারিতে",
    "H|নিজস্ব প্রতিবেদক",
    "H|৭ ডিসেম্বর ২০২৬, ১০:৩০",
    "H|পদ্মা সেতুতে একটি ট্রেন। ছবি: সংগৃহীত",
    "P|পদ্মা সেতু হয়ে ঢাকা থেকে যশোর পর্যন্ত নতুন একটি আন্তঃনগর ট্রেন জানুয়ারি থেকে চালু হবে বলে জানিয়েছে রেলওয়ে।",
    "B|ট্রেনটি প্রতিদিন দুবার চলবে।",
    "B|টিকিটের দাম এখনো ঠিক হয়নি।",
    "C|আরও পড়ুন: মেট্রোরেলের সময় বাড়ছে",
    "C|শেয়ার করুন",
], publisher_name="বার্তা২৪", section="জাতীয়", byline_raw="নিজস্ব প্রতিবেদক",
    captions=[{"text": "পদ্মা সেতুতে একটি ট্রেন।", "credit": "সংগৃহীত", "position": "header"}],
    truncated=False, lang="bn", site_kind=KIND,
    header_pattern="barta24:brand/pipe nav/section/title/desk byline/Bengali-digit stamp/caption 'ছবি:'/body/'আরও পড়ুন:'/share",
    notes="Desk byline ('own correspondent'): no author.")

casegen.write_pages()
