"""Build invented long-tail aggregator pages (integrator's own held-out set, round U5).

Each page: lines tagged C| chrome, H| header line, T| title (header), P| first body paragraph,
B| body, ''= blank. Labels derived from the tags plus the explicit fields."""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
import casegen  # noqa: E402
from casegen import page  # noqa: E402

casegen.NOTE = "Invented page text in the layout of a real long-tail site (integrator's held-out round U5, written after the last rule change of the stop and never tuned on)."

page("tinnhanh-vi-cau", "https://tinnhanh24.example/xa-hoi/cau-moi-thong-xe-post5521.html", "tinnhanh24", [
    "C|Tin Nhanh 24",
    "C|Trang chủ",
    "C|Thời sự",
    "C|Kinh tế",
    "C|Thể thao",
    "C|Đăng nhập",
    "H|Thời sự",
    "T|Cầu mới qua sông chính thức thông xe",
    "H|Thứ bảy, 6/12/2026 10:15",
    "P|Cây cầu mới bắc qua sông đã chính thức thông xe sáng nay, giúp người dân hai bờ đi lại thuận tiện hơn.",
    "B|Công trình được xây dựng trong hơn hai năm với tổng vốn đầu tư khoảng 900 tỷ đồng.",
    "B|Chính quyền địa phương cho biết sẽ mở thêm tuyến xe buýt qua cầu vào tháng tới.",
    "C|Chia sẻ",
    "C|Tin liên quan",
    "C|Đường ven sông được mở rộng",
], publisher=None, section="Thời sự", truncated=False, lang="vi")

page("beritaku-id-pasar", "https://beritaku.example/read/2026/12/06/pasar-tradisional-direnovasi", "beritaku", [
    "C|Beritaku",
    "C|Beranda",
    "C|Nasional",
    "C|Ekonomi",
    "C|Olahraga",
    "T|Pasar tradisional di pusat kota selesai direnovasi",
    "H|Harian Nusantara",
    "H|Sabtu, 6 Desember 2026 09:40",
    "C|Bagikan",
    "P|Pasar tradisional di pusat kota kembali dibuka setelah direnovasi selama delapan bulan, dengan 400 kios baru untuk pedagang.",
    "B|Para pedagang menyambut baik bangunan baru yang lebih bersih dan terang.",
    "C|Baca selengkapnya di Harian Nusantara",
    "C|Berita Terkait",
], publisher="Harian Nusantara", truncated=True, lang="id")

page("eidiseis-el-limani", "https://eidiseis-tora.example/ellada/limani-nea-provlita-4410", "eidiseis-tora", [
    "C|Ειδήσεις Τώρα",
    "C|Αρχική",
    "C|Ελλάδα",
    "C|Κόσμος",
    "C|Αθλητικά",
    "T|Νέα προβλήτα στο λιμάνι για τα κρουαζιερόπλοια",
    "H|Εφημερίδα του Νότου",
    "H|06.12.2026 12:30",
    "P|Η κατασκευή νέας προβλήτας στο λιμάνι της πόλης ολοκληρώθηκε, επιτρέποντας την πρόσδεση δύο κρουαζιερόπλοιων ταυτόχρονα.",
    "B|Οι επαγγελματίες της περιοχής ελπίζουν σε περισσότερους επισκέπτες την επόμενη σεζόν.",
    "C|Διαβάστε περισσότερα στην πηγή",
    "C|Κοινοποίηση",
], publisher="Εφημερίδα του Νότου", truncated=True, lang="el")

page("zpravy-cs-tramvaj", "https://zpravodaj.example/domov/nova-tramvajova-trat-5123", "zpravodaj", [
    "C|Zpravodaj",
    "C|Domů",
    "C|Zprávy",
    "C|Sport",
    "C|Počasí",
    "C|Přihlásit",
    "H|Zprávy",
    "T|Nová tramvajová trať se otevře v lednu",
    "H|Autor: Petr Novotný",
    "H|6. 12. 2026 11:20",
    "P|Nová tramvajová trať spojí sídliště s centrem města a první cestující po ní pojedou v polovině ledna.",
    "B|Stavba trvala dva roky a stála přes miliardu korun.",
    "B|Dopravní podnik na trati nasadí nové nízkopodlažní soupravy.",
    "C|Sdílet",
    "C|Mohlo by vás zajímat",
    "C|Další zprávy z regionu",
], publisher=None, section="Zprávy", byline_raw="Autor: Petr Novotný", authors=["Petr Novotný"], truncated=False, lang="cs")

page("hirfolyam-hu-uszoda", "https://hirfolyam.example/belfold/20261206/uj-uszoda-nyilik", "hirfolyam", [
    "C|Hírfolyam",
    "C|Belföld",
    "C|Külföld",
    "C|Gazdaság",
    "C|Sport",
    "T|Új uszoda nyílik a városban tavasszal",
    "H|Dunántúli Napló",
    "H|2026. december 6. 10:05",
    "P|Tavasszal megnyílik a város új, ötvenméteres medencével rendelkező uszodája, jelentette be a polgármester.",
    "B|Az iskolák úszásoktatását is itt tartják majd.",
    "C|Tovább a teljes cikkhez",
    "C|Megosztás",
    "C|Kapcsolódó cikkek",
], publisher="Dunántúli Napló", truncated=True, lang="hu")

page("nyhetsportal-sv-fardtjanst", "https://nyhetsportalen.example/inrikes/fardtjanst-andras-8821", "nyhetsportalen", [
    "C|Nyhetsportalen",
    "C|Start",
    "C|Inrikes",
    "C|Utrikes",
    "C|Sport",
    "C|Logga in",
    "H|Inrikes",
    "T|Färdtjänsten byter operatör efter nyår",
    "H|Av Karin Lindqvist",
    "H|6 december 2026 kl. 09.45",
    "C|Lyssna på artikeln",
    "P|Regionen byter operatör för färdtjänsten efter årsskiftet, sedan det tidigare avtalet sagts upp i förtid.",
    "B|Resenärer behöver inte göra något, enligt regionen, men nya telefonnummer gäller från januari.",
    "C|Dela artikeln",
    "C|Läs också",
    "C|Ny busslinje till flygplatsen",
], publisher=None, section="Inrikes", byline_raw="Av Karin Lindqvist", authors=["Karin Lindqvist"], truncated=False, lang="sv")

page("mirrorwire-blog-orchard", "https://mirrorwire.example/2026/12/06/community-orchard-planted/", "mirrorwire", [
    "C|MirrorWire — news from around the web",
    "C|Home » Community » Community orchard planted on old car park",
    "T|Community orchard planted on old car park",
    "H|Posted on December 6, 2026 by admin",
    "P|Volunteers have planted 60 fruit trees on a disused car park next to the railway station, turning the site into a community orchard.",
    "B|The apples, pears and plums will be free for anyone to pick once the trees start fruiting in about three years.",
    "H|Source: Westbrook Weekly",
    "C|Tags: community, environment",
    "C|Categories: Community",
    "C|« Previous article",
    "C|Next article »",
], publisher="Westbrook Weekly", truncated=False)

page("portalbiz-en-factory", "https://portalbiz.example/companies/bakery-factory-expansion-5511", "portalbiz", [
    "C|PortalBiz",
    "C|Companies",
    "C|Markets",
    "C|Jobs",
    "C|Events",
    "C|Subscribe",
    "H|Companies",
    "T|Bakery group to double size of its northern factory",
    "H|By Ellen Park, Business Reporter",
    "H|December 6, 2026",
    "C|Save article",
    "C|Print",
    "P|A family-owned bakery group is to double the size of its northern factory, creating about 200 jobs over the next two years.",
    "B|The company said demand from supermarkets had outgrown its current site.",
    "B|\"We want to stay in the town where we started,\" said its chief executive.",
    "C|Ellen Park is a business reporter at PortalBiz. Contact her at the newsroom.",
    "C|Most read on PortalBiz",
], publisher=None, section="Companies", byline_raw="By Ellen Park, Business Reporter", authors=["Ellen Park"], truncated=False)

page("yomimono-ja-kouen", "https://yomimono-news.example/article/20261206-00012345", "yomimono-news", [
    "C|よみものニュース",
    "C|総合",
    "C|社会",
    "C|経済",
    "C|スポーツ",
    "T|駅前公園がリニューアル、子ども向け遊具を一新",
    "H|東海日報",
    "H|2026年12月6日 10時30分",
    "C|いいね",
    "P|駅前の公園が約半年の工事を終えてリニューアルオープンし、子ども向けの遊具がすべて新しくなった。",
    "B|週末には多くの家族連れが訪れ、にぎわいを見せた。",
    "C|東海日報の記事をもっと読む",
    "C|関連記事",
], publisher="東海日報", truncated=False, lang="ja")

page("lokalfeed-de-kita", "https://lokalfeed.example/artikel/neue-kita-eroeffnet-2291", "lokalfeed", [
    "C|LokalFeed",
    "C|Meine Stadt",
    "C|Entdecken",
    "C|Gespeichert",
    "T|Neue Kita mit 90 Plätzen eröffnet",
    "H|Kreisbote",
    "H|vor 4 Stunden",
    "C|Folgen",
    "P|Im Neubaugebiet hat am Montag eine neue Kindertagesstätte mit 90 Plätzen eröffnet, teilte die Gemeinde mit.",
    "B|Die Warteliste für Betreuungsplätze ist damit deutlich kürzer geworden.",
    "C|Weiterlesen bei Kreisbote",
    "C|Mehr aus deiner Region",
], publisher="Kreisbote", truncated=True, lang="de")

casegen.write_pages()
