"""Invented long-tail aggregator pages for longtail17: chrome in the body and tail of pages no
profile knows (menus, trending lists, newsletter/app/social pitches, consent notices, comment
widgets, tag lines, author bios, footers, share rows, read-more markers, trial offers, donation
appeals, press contacts) and ``truncated``, in languages and site kinds earlier rounds did not
tune on. Each set was written and scored on main before any rule was made for it.

    python pages_tune.py [OUTDIR]   (default: this folder; writes OUTDIR/set1, OUTDIR/set2, ...)
"""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
import casegen  # noqa: E402
from casegen import page  # noqa: E402

OUT = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parent)


def start_set(folder: str, label: str) -> None:
    """Write what follows into OUT/folder (after the set before it is written)."""
    casegen.PAGES.clear()
    casegen.NOTE = f"Invented page text in the layout of a real long-tail site (longtail17 {label})."
    sys.argv[1:] = [str(OUT / folder)]


start_set("set1", "set 1")

# 1. Hungarian portal: menu row over the title, Hirdetés marker, related list, follow pitch,
#    cookie notice and footer.
page("hirfolyam-hu-villamos", "https://hirfolyam.example/belfold/villamos-felujitas-4412", "hirfolyam", [
    "C|Hírfolyam",
    "C|Belföld",
    "C|Külföld",
    "C|Gazdaság",
    "C|Sport",
    "T|Nyárig marad a pótlóbusz a felújított villamosvonalon",
    "H|Szegedi Napló · 3 órája",
    "P|A 4-es villamos vonalán június végéig pótlóbuszok közlekednek, mert a sínek cseréje a vártnál lassabban halad – közölte kedden a városi közlekedési társaság.",
    "B|A munkálatok a Mars tér és az állomás közötti szakaszon a legnehezebbek, ahol a régi alépítményt is ki kell cserélni.",
    "C|Hirdetés",
    "B|A társaság szerint a pótlóbuszok csúcsidőben ötpercenként indulnak, hétvégén pedig tízpercenként.",
    "B|Az utasok a menetrendet a társaság honlapján és a megállókban kihelyezett táblákon is megtalálják.",
    "C|Ez is érdekelheti",
    "C|Új kerékpárút épül a Tisza-parton",
    "C|Megújul a belvárosi piaccsarnok tetőszerkezete",
    "C|Kövessen minket a Facebookon és az Instagramon is!",
    "C|Ez a weboldal sütiket használ a jobb felhasználói élmény érdekében. Elfogadom",
    "C|Impresszum | Adatvédelem | Médiaajánlat | Kapcsolat",
], publisher="Szegedi Napló", truncated=False, lang="hu")

# 2. Danish: inline "Læs også" link, Annonce, author bio at the end, share label, newsletter
#    pitch, "Mest læste" ranked list.
page("nyhedsklip-da-havnebad", "https://nyhedsklip.example/lokalt/havnebad-aabner-igen-2281", "nyhedsklip", [
    "C|Nyhedsklip",
    "T|Havnebadet i Vejle åbner igen efter vandprøver",
    "H|Vejle Dagblad · i dag kl. 09.14",
    "P|Havnebadet ved Fjordenhus åbner igen fredag, efter at nye vandprøver har vist, at bakterieniveauet er faldet til under grænseværdien.",
    "C|Læs også: Ny bro over åen får grønt lys",
    "B|Badet blev lukket i sidste uge efter kraftig regn, der fik overløbsbassinerne til at løbe over.",
    "C|Annonce",
    "B|Kommunen vil fremover tage prøver to gange om ugen i hele badesæsonen, oplyser teknik- og miljøforvaltningen.",
    "C|Mette Lund er lokalreporter på Vejle Dagblad og skriver om miljø, trafik og byudvikling.",
    "C|Del artiklen",
    "C|Få dagens vigtigste nyheder direkte i din indbakke – tilmeld dig vores gratis nyhedsbrev.",
    "C|Mest læste",
    "C|1. Storm vælter træer over hele Trekantområdet",
    "C|2. Populær bager lukker efter 40 år",
    "C|3. Her bliver der bygget 300 nye boliger",
], publisher="Vejle Dagblad", truncated=False, lang="da")

# 3. Romanian: subscription wall after a paragraph that ends a sentence, price line, account line.
page("stirirapide-ro-pod", "https://stirirapide.example/local/podul-de-la-cisnadie-9934", "stirirapide", [
    "C|ȘtiriRapide",
    "T|Podul peste Cibin de la Cisnădie va fi reconstruit din toamnă",
    "H|Tribuna Sibiului · acum 5 ore",
    "P|Podul rutier peste Cibin de la intrarea în Cisnădie va fi demolat și reconstruit începând din septembrie, după ce o expertiză a arătat că grinzile sunt grav corodate.",
    "B|Lucrările vor dura aproximativ un an, iar traficul va fi deviat pe un pod provizoriu montat în aval.",
    "C|Acest articol este disponibil doar pentru abonați.",
    "C|Abonează-te acum pentru acces nelimitat la toate articolele, de la 9,99 lei pe lună.",
    "C|Ai deja cont? Autentifică-te",
    "C|Cele mai citite",
    "C|Ninsoare abundentă pe Valea Oltului",
    "C|Trenul Sibiu–Brașov, anulat trei zile",
], publisher="Tribuna Sibiului", truncated=True, lang="ro")

# 4. US nonprofit newsroom: donation appeal mid-text and after, republish note, press contact,
#    "Filed under" tag line, "###".
page("civicledger-en-water-rates", "https://civicledger.example/2026/03/water-rates-vote", "civicledger", [
    "C|Civic Ledger",
    "T|County board delays vote on water rate increase",
    "H|Sandhill Reporter · March 4, 2026",
    "P|The Sandhill County board on Tuesday put off a vote on a 14 percent water rate increase after residents packed the meeting room to object.",
    "B|Supervisors said they wanted the utility to show how much of the increase would pay for pipe replacement rather than debt.",
    "C|Local news like this depends on readers like you. Chip in $5 today to keep it free for everyone.",
    "B|The utility's director, Ana Ruiz, said the rate had not risen in six years while repair costs had doubled.",
    "B|The board will take the matter up again on April 8.",
    "C|Filed under: Water, County Board, Utilities",
    "C|Republish this story for free under a Creative Commons license.",
    "C|Civic Ledger is a nonprofit newsroom. Your tax-deductible gift supports our reporting.",
    "C|Donate now",
    "C|Media contact: press@civicledger.example",
    "C|###",
], publisher="Sandhill Reporter", truncated=False)

# 5. Catalan: Publicitat, comment widget with a count and a login prompt, trial offer, related.
page("diariclic-ca-biblioteca", "https://diariclic.example/noticies/biblioteca-nova-girona-5521", "diariclic", [
    "C|DiariClic",
    "T|La nova biblioteca de Santa Eugènia obrirà al gener",
    "H|El Punt Gironí · fa 2 hores",
    "P|La biblioteca del barri de Santa Eugènia, a Girona, obrirà les portes el pròxim mes de gener després de gairebé tres anys d'obres.",
    "C|Publicitat",
    "B|L'edifici tindrà tres plantes, una sala d'estudi oberta fins a mitjanit en època d'exàmens i un espai infantil amb entrada pròpia.",
    "B|L'Ajuntament hi ha invertit 6,2 milions d'euros, una part dels quals procedeix de fons europeus.",
    "C|Comentaris (3)",
    "C|Inicia sessió per deixar un comentari",
    "C|Prova-ho un mes gratis i llegeix sense límits",
    "C|Més notícies",
    "C|El Ter es desborda al seu pas per Salt",
    "C|Tallaran la Gran Via de Jaume I per obres",
    "C|© DiariClic. Tots els drets reservats",
], publisher="El Punt Gironí", truncated=False, lang="ca")

# 6. Vietnamese: Quảng cáo, related, read-more cut ("Xem tiếp") under a paragraph ending mid-clause.
page("tinnhanhgon-vi-cau", "https://tinnhanhgon.example/tin/cau-vuot-nga-tu-8812", "tinnhanhgon", [
    "C|Tin Nhanh Gọn",
    "T|Cầu vượt ngã tư Bình Phước sẽ thông xe trước Tết",
    "H|Báo Sài Gòn Mới · 2 giờ trước",
    "P|Cầu vượt tại ngã tư Bình Phước dự kiến thông xe trước Tết Nguyên đán, sớm hơn hai tháng so với kế hoạch ban đầu, theo Ban quản lý dự án giao thông thành phố.",
    "C|Quảng cáo",
    "B|Công trình dài gần 600 mét, có bốn làn xe và được xây dựng với tổng vốn khoảng 800 tỷ đồng, trong đó phần lớn là",
    "C|Xem tiếp",
    "C|Tin liên quan",
    "C|Mở rộng đường dẫn vào sân bay Tân Sơn Nhất",
    "C|Metro số 1 chạy thử toàn tuyến",
], publisher="Báo Sài Gòn Mới", truncated=True, lang="vi")

# 7. Korean mirror: reporter subscribe button, like count, copyright line, most-read list.
page("nyuseumoeum-ko-beoseu", "https://nyuseumoeum.example/article/bus-route-3391", "nyuseumoeum", [
    "C|뉴스모음",
    "T|시내버스 노선 12개 다음 달부터 개편",
    "H|강원일보 · 1시간 전",
    "C|기자 구독",
    "P|춘천시는 다음 달 1일부터 시내버스 노선 12개를 개편해 배차 간격을 줄이고 외곽 지역 운행을 늘린다고 밝혔다.",
    "B|시는 승객이 적은 노선 3개를 통합하는 대신 신도시와 대학가를 잇는 급행 노선을 새로 만든다.",
    "B|개편된 노선도는 시청 누리집과 각 정류장에서 확인할 수 있다.",
    "C|좋아요 0",
    "C|저작권자 © 강원일보 무단전재 및 재배포 금지",
    "C|많이 본 뉴스",
    "C|춘천 도심에 공영주차장 두 곳 새로 문 연다",
    "C|소양강 산책로 야간 조명 설치",
], publisher="강원일보", truncated=False, lang="ko")

# 8. English (UK) reader: sponsored cards under the text, trending numbered list, app pitch,
#    consent line.
page("glancebox-engb-library", "https://glancebox.example/news/library-hours-cut-7716", "glancebox", [
    "C|GlanceBox",
    "C|News",
    "C|Sport",
    "C|Money",
    "T|Libraries to close on Mondays as council trims budget",
    "H|Harrow Times · 6 hours ago",
    "P|All eleven of the borough's libraries will close on Mondays from April as the council looks to save £400,000 next year.",
    "B|Opening hours on other days will be unchanged, and the mobile library will keep its full timetable.",
    "B|Campaigners said the cut would hit pensioners and students hardest and promised to fight it at next month's budget meeting.",
    "C|Sponsored",
    "C|The one kitchen gadget every home cook swears by",
    "C|Promoted by HomeChef",
    "C|Trending now",
    "C|1 Man fined for feeding pigeons in town centre",
    "C|2 Bus fares frozen for another year",
    "C|Get breaking news alerts on the GlanceBox app",
    "C|We use cookies to personalise content and ads. Manage preferences",
], publisher="Harrow Times", truncated=False)

# 9. Norwegian: "Les også" block between paragraphs, Annonse, subscriber wall with a trial offer.
page("nyhetsglimt-no-ferje", "https://nyhetsglimt.example/nyheter/ferje-innstilt-4410", "nyhetsglimt", [
    "C|Nyhetsglimt",
    "T|Ferjesambandet innstilles i tre uker i mars",
    "H|Sunnmørsposten · 4 timer siden",
    "P|Ferjesambandet mellom Hareid og Sulesund blir innstilt i tre uker i mars mens kaiene får nye klaffer, opplyser fylkeskommunen.",
    "C|Les også",
    "C|Bompengene øker fra nyttår",
    "B|I perioden settes det opp en hurtigbåt for gående og syklende, mens bilister må kjøre omveien via Ålesund.",
    "C|Annonse",
    "B|Næringslivet på Hareidlandet frykter at omkjøringen vil koste transportfirmaene flere hundre tusen kroner, sier daglig leder i",
    "C|Denne artikkelen er bare for abonnenter",
    "C|Prøv en måned for 1 kr",
    "C|Allerede abonnent? Logg inn",
], publisher="Sunnmørsposten", truncated=True, lang="no")

# 10. Tagalog: Basahin din inline, ADVERTISEMENT, share prompt, related, social follow pitch.
page("balitaagad-tl-tulay", "https://balitaagad.example/balita/tulay-bukas-na-6621", "balitaagad", [
    "C|BalitaAgad",
    "T|Bagong tulay sa Marikina, bukas na sa mga motorista",
    "H|Pilipino Star Ngayon · 5 oras ang nakalipas",
    "P|Bukas na sa mga motorista simula ngayong Lunes ang bagong tulay na nag-uugnay sa Marikina at Pasig, ayon sa Department of Public Works and Highways.",
    "C|BASAHIN DIN: Bagong ruta ng jeep, inilunsad sa Cainta",
    "B|Inaasahang mababawasan nito ng kalahating oras ang biyahe ng mga pasahero tuwing rush hour.",
    "C|ADVERTISEMENT",
    "B|Sinabi ng DPWH na maglalagay pa sila ng mga ilaw at karatula sa susunod na buwan.",
    "C|I-share ang balitang ito:",
    "C|Facebook Twitter Messenger",
    "C|Mga kaugnay na balita",
    "C|Baha sa Marikina River, humupa na",
    "C|I-follow kami sa Facebook at TikTok para sa pinakabagong balita!",
], publisher="Pilipino Star Ngayon", truncated=False, lang="tl")

casegen.write_pages()
