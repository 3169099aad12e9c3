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
    casegen.start_set(OUT, folder, f"longtail17 {label}")


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

start_set("set2", "set 2")  # written after set 1's rules, other kinds and words

# 1. Finnish: Mainos marker, "Lue myös" crosslink, comment count, most-read list, follow line.
page("uutiskooste-fi-silta", "https://uutiskooste.example/uutiset/silta-korjaukseen-3310", "uutiskooste", [
    "C|Uutiskooste",
    "T|Kirkkosilta suljetaan autoilta kesäksi korjausten ajaksi",
    "H|Savon Sanomat · 2 tuntia sitten",
    "P|Kuopion Kirkkosilta suljetaan autoliikenteeltä kesäkuun alusta syyskuun loppuun, kun sillan kannen pintarakenteet uusitaan.",
    "C|Lue myös: Torin parkkihalli avautuu elokuussa",
    "B|Jalankulkijat ja pyöräilijät pääsevät sillan yli koko korjauksen ajan väliaikaista reittiä pitkin.",
    "C|Mainos",
    "B|Kaupungin mukaan korjaus maksaa noin 2,8 miljoonaa euroa, ja se on suunniteltu tehtäväksi yhdellä kertaa.",
    "C|Kommentit (12)",
    "C|Luetuimmat",
    "C|Kuopiossa avataan uusi uimahalli ensi vuonna",
    "C|Junaliikenteeseen tulee muutoksia viikonloppuna",
    "C|Seuraa meitä Facebookissa ja Instagramissa!",
], publisher="Savon Sanomat", truncated=False, lang="fi")

# 2. Croatian: Oglas, share row with label, tag line, author box name + bio, footer links.
page("vijestibrzo-hr-tramvaj", "https://vijestibrzo.example/vijesti/tramvaj-nova-linija-7712", "vijestibrzo", [
    "C|VijestiBrzo",
    "T|Nova tramvajska linija do Blata kreće u ožujku",
    "H|Zagrebački list · prije 3 sata",
    "P|Nova tramvajska linija od Glavnog kolodvora do Blata počet će prometovati u ožujku, najavio je u ponedjeljak ZET.",
    "B|Tramvaji će voziti svakih deset minuta, a u vršnim satima i češće.",
    "C|Oglas",
    "B|Gradnja pruge trajala je dvije godine i stajala oko 40 milijuna eura, od čega je većina osigurana iz europskih fondova.",
    "C|Podijeli: Facebook · X · WhatsApp · E-mail",
    "C|Oznake: promet, tramvaj, Zagreb",
    "C|Ivana Horvat",
    "C|Ivana Horvat je novinarka Zagrebačkog lista koja piše o prometu i gradskoj upravi.",
    "C|Impressum · Uvjeti korištenja · Kolačići · Kontakt",
], publisher="Zagrebački list", truncated=False, lang="hr")

# 3. English (IN) portal: inline "Also Read" with a dash, sponsored link, press release
#    contact block, disclaimer, WhatsApp channel pitch.
page("newsdesk24-enin-metro-card", "https://newsdesk24.example/city/metro-card-recharge-4420", "newsdesk24", [
    "C|NewsDesk24",
    "T|Metro riders can now recharge cards at bus depots",
    "H|Pune Chronicle · 1 hour ago",
    "P|Pune Metro commuters will be able to recharge their travel cards at eleven bus depots from Monday, the transport authority announced.",
    "C|Also Read - Ring road land acquisition to begin next month",
    "B|The move is aimed at passengers who live far from metro stations and currently have to queue at ticket counters.",
    "B|Officials said the service would be extended to all depots by the end of the year.",
    "C|Join our WhatsApp channel for the latest city updates",
    "C|Disclaimer: This story is auto-generated from a syndicated feed and has not been edited by NewsDesk24 staff.",
    "C|Trending Stories",
    "C|Heavy rain alert for Pune district on Friday",
    "C|New flyover on Satara road opens to traffic",
], publisher="Pune Chronicle", truncated=False)

# 4. Spanish (MX): read-more cut to the source with an arrow, a wall of another wording.
page("noticiasflash-esmx-agua", "https://noticiasflash.example/nota/recorte-agua-cdmx-5512", "noticiasflash", [
    "C|NoticiasFlash",
    "T|Anuncian recorte de agua en nueve alcaldías por obras en el Cutzamala",
    "H|El Valle de México · hace 4 horas",
    "P|Nueve alcaldías de la Ciudad de México tendrán recortes en el suministro de agua del jueves al domingo por trabajos de mantenimiento en el Sistema Cutzamala, informó la Conagua.",
    "B|Las colonias más afectadas estarán en Iztapalapa y Álvaro Obregón, donde se enviarán pipas a escuelas y hospitales durante",
    "C|Continúa leyendo en El Valle de México →",
    "C|Descarga la app de NoticiasFlash y recibe alertas al instante.",
    "C|Lo más visto",
    "C|Sismo de magnitud 4.1 sacude Oaxaca",
    "C|El Valle de México · hace 1 hora",
], publisher="El Valle de México", truncated=True, lang="es-MX")

# 5. Portuguese (PT): consent notice at the bottom, donation appeal, newsletter, tags.
page("jornalexpresso-pt-ciclovia", "https://jornalexpresso.example/local/ciclovia-avenida-9011", "jornalexpresso", [
    "C|Jornal Expresso Online",
    "T|Ciclovia da Avenida da Boavista fica concluída em abril",
    "H|Diário do Porto · há 5 horas",
    "P|A ciclovia da Avenida da Boavista, no Porto, deverá ficar concluída em abril, quase um ano depois do previsto, anunciou a câmara municipal.",
    "B|A obra sofreu atrasos devido à substituição de condutas de água ao longo de dois quilómetros da avenida.",
    "B|O vereador da mobilidade garantiu que o estacionamento será reposto nas ruas transversais.",
    "C|Etiquetas: Porto, mobilidade, bicicletas",
    "C|O jornalismo independente precisa de si. Contribua com um donativo a partir de 2 euros.",
    "C|Subscreva a nossa newsletter e receba as principais notícias todas as manhãs.",
    "C|Utilizamos cookies para melhorar a sua experiência. Ao continuar a navegar, aceita a nossa política de cookies.",
    "C|Aceitar",
], publisher="Diário do Porto", truncated=False, lang="pt")

# 6. German (CH): comment widget with rules note, reading-time line, "Mehr aus der Region" rail
#    with stamps, app pitch with a store name.
page("kurznews-dech-seeufer", "https://kurznews.example/region/seeufer-weg-eroeffnet-6620", "kurznews", [
    "C|KurzNews",
    "T|Uferweg am Zürichsee zwischen Horgen und Wädenswil eröffnet",
    "H|Zürichsee-Bote · vor 7 Std.",
    "C|Lesedauer: 2 Min.",
    "P|Der neue Uferweg zwischen Horgen und Wädenswil ist seit Samstag durchgehend begehbar, nachdem die letzte Lücke bei der Halbinsel Au geschlossen wurde.",
    "B|Der Weg ist 4,5 Kilometer lang und auf der ganzen Strecke rollstuhlgängig.",
    "B|Die Gemeinden teilen sich die Kosten von rund 12 Millionen Franken mit dem Kanton.",
    "C|Kommentare",
    "C|Bitte beachten Sie unsere Netiquette. Beleidigende Kommentare werden gelöscht.",
    "C|Mehr aus der Region",
    "C|Schifffahrt auf dem Zürichsee fährt neu auch im Winter",
    "C|Zürichsee-Bote · vor 1 Tag",
    "C|Neue Veloparkplätze am Bahnhof Thalwil",
    "C|Zürichsee-Bote · vor 2 Tagen",
    "C|Jetzt die KurzNews-App im App Store und bei Google Play herunterladen.",
], publisher="Zürichsee-Bote", truncated=False, lang="de-CH")

# 7. Indonesian: Baca Juga between paragraphs, Editor line, share prompt, Berita Terkait,
#    ad marker in another wording.
page("kabarsingkat-id-terminal", "https://kabarsingkat.example/berita/terminal-baru-6630", "kabarsingkat", [
    "C|KabarSingkat",
    "T|Terminal bus baru di Bekasi mulai beroperasi pekan depan",
    "H|Warta Kota Bekasi · 3 jam lalu",
    "P|Terminal bus tipe A di Bekasi Timur akan mulai beroperasi pekan depan setelah pembangunannya rampung bulan lalu, kata Dinas Perhubungan.",
    "C|BACA JUGA: Tarif parkir di pusat kota naik mulai Januari",
    "B|Terminal itu dapat menampung hingga 120 bus antarkota sekaligus dan dilengkapi ruang tunggu ber-AC.",
    "C|SCROLL TO CONTINUE WITH CONTENT",
    "B|Pemerintah kota berharap terminal baru dapat mengurangi kemacetan di sekitar jalan tol.",
    "C|Editor: Rina Wulandari",
    "C|Bagikan artikel ini",
    "C|Berita Terkait",
    "C|Jalan layang Bekasi Barat dibuka untuk umum",
    "C|Warta Kota Bekasi · 1 hari lalu",
], publisher="Warta Kota Bekasi", truncated=False, lang="id")

# 8. English (US): live-stream player lines over the text, a "Report a correction" line, a
#    newsletter box with a button, a list of sister-station links.
page("wkrt-enus-school-bus", "https://wkrt.example/news/local/school-bus-routes-cut-1193", "wkrt", [
    "C|WKRT 9",
    "C|Watch Live",
    "T|District cuts 14 school bus routes over driver shortage",
    "H|By Paige Mendoza · Updated 3:12 PM CST",
    "P|The Cedar Valley school district will cut 14 bus routes starting Monday because it cannot hire enough drivers, the superintendent said.",
    "B|Families living within two miles of their school will no longer be eligible for bus service.",
    "B|The district is offering a $2,000 signing bonus to new drivers and will pay for their commercial license training.",
    "C|Report a typo or correction",
    "C|Get the morning headlines delivered to your inbox.",
    "C|Sign up",
    "C|WKRT 9 · KRTV 4 · Cedar Radio 101.5",
], publisher="WKRT 9", truncated=False)

casegen.write_pages()

start_set("set3", "set 3")  # after set 2's rules: the real pages' looser layout (blank lines
# between lines, promo blocks of heading / description / button, icon words glued to stamps,
# image alt words as lines, cards printing their title twice)

# 1. English AI reader: alt words, the source glued to a date, promo block, cards twice titled.
page("briefmint-en-ferry", "https://briefmint.example/story/ferry-service-resumes-8812", "briefmint", [
    "C|logo",
    "",
    "T|Island ferry service resumes after two-week suspension",
    "",
    "H|Channel Observer07-12-2026",
    "",
    "P|The ferry between Portbridge and St Aldric resumed on Monday after a two-week suspension caused by a fault in the vessel's steering gear.",
    "B|The operator said the replacement part had been flown in from Norway and fitted over the weekend.",
    "B|Islanders had relied on a smaller passenger boat that could not carry vehicles or freight.",
    "",
    "C|Ship illustration",
    "",
    "C|Ask BriefMint AI",
    "",
    "C|Get instant answers about this story from our assistant",
    "",
    "C|Start chatting",
    "",
    "C|Related Stories",
    "",
    "C|Harbour dues to rise by 4% from April",
    "C|Harbour dues to rise by 4% from April",
    "",
    "C|Channel Observer",
    "",
    "C|clock3 hours ago",
], publisher="Channel Observer", truncated=False)

# 2. Spanish regional mirror: "Publicado / el" split label, app block, WhatsApp block.
page("enlacediario-es-embalse", "https://enlacediario.example/noticia/embalse-reservas-3301", "enlacediario", [
    "C|Región",
    "",
    "T|Los embalses de la cuenca superan el 60 % por primera vez en tres años",
    "",
    "C|Publicado",
    "",
    "C|el",
    "",
    "H|Heraldo del Segura · 7 diciembre, 2026",
    "",
    "P|Los embalses de la cuenca del Segura superan desde este lunes el 60 % de su capacidad, algo que no ocurría desde la primavera de 2023, según los datos de la Confederación Hidrográfica.",
    "B|Las lluvias de noviembre aportaron más de 90 hectómetros cúbicos en apenas dos semanas.",
    "B|Los regantes piden ahora que se revise el recorte de los trasvases aprobado el año pasado.",
    "",
    "C|Descarga nuestra app",
    "",
    "C|Toda la actualidad de tu región en el móvil",
    "",
    "C|Descargar aquí",
    "",
    "C|Síguenos en WhatsApp",
    "",
    "C|Únete a nuestro canal y recibe las noticias más importantes del día",
    "",
    "C|Unirme",
], publisher="Heraldo del Segura", truncated=False, lang="es")

# 3. German aggregator: reactions widget, "Mehr zum Thema" cards with glued icon words,
#    cookie banner at the bottom.
page("nachrichtenwelle-de-bahnhof", "https://nachrichtenwelle.example/a/bahnhof-umbau-5520", "nachrichtenwelle", [
    "C|Nachrichtenwelle",
    "",
    "T|Umbau des Hauptbahnhofs verzögert sich um ein Jahr",
    "",
    "H|Weserkurier · vor 5 Stunden",
    "",
    "P|Der Umbau des Hauptbahnhofs in Nordstadt verzögert sich um mindestens ein Jahr, weil bei Bohrungen alte Fundamente entdeckt wurden, die erst untersucht werden müssen.",
    "B|Die Bahn rechnet nun mit einer Fertigstellung im Herbst 2029.",
    "B|Für Reisende ändert sich zunächst nichts: Die Bahnsteige bleiben während der Arbeiten in Betrieb.",
    "",
    "C|Wie finden Sie diesen Artikel?",
    "",
    "C|👍 12",
    "C|👎 3",
    "",
    "C|Mehr zum Thema",
    "",
    "C|Neue S-Bahn-Linie ab Dezember",
    "",
    "C|uhrvor 2 Tagen",
    "",
    "C|Weserkurier",
    "",
    "C|Wir verwenden Cookies, um Inhalte zu personalisieren. Einstellungen",
], publisher="Weserkurier", truncated=False, lang="de")

# 4. French aggregator excerpt: the text cut after the first paragraph with a source button,
#    then a reader's newsletter block.
page("infoclair-fr-musee", "https://infoclair.example/article/musee-reouverture-7741", "infoclair", [
    "C|InfoClair",
    "",
    "T|Le musée des Beaux-Arts rouvre après deux ans de travaux",
    "",
    "H|La Gazette du Rhône · il y a 6 h",
    "",
    "P|Le musée des Beaux-Arts de Valcourt rouvre ses portes samedi après deux ans de travaux de rénovation, avec un nouvel accueil et trois salles supplémentaires consacrées à la peinture régionale.",
    "",
    "C|Lire l'article sur La Gazette du Rhône",
    "",
    "C|La newsletter InfoClair",
    "",
    "C|L'essentiel de l'actualité chaque matin dans votre boîte mail",
    "",
    "C|Je m'inscris",
], publisher="La Gazette du Rhône", truncated=True, lang="fr")

# 5. Polish portal: "Czytaj także" list of two links between paragraphs, ad in another
#    wording, comment teaser, footer.
page("wiadomoscinet-pl-szpital", "https://wiadomoscinet.example/region/szpital-nowy-oddzial-2201", "wiadomoscinet", [
    "C|WiadomościNet",
    "",
    "T|Szpital w Lesznie otwiera nowy oddział rehabilitacji",
    "",
    "H|Głos Wielkopolski · 2 godz. temu",
    "",
    "P|Szpital wojewódzki w Lesznie otworzy w styczniu nowy oddział rehabilitacji neurologicznej z trzydziestoma łóżkami, poinformowała dyrekcja placówki.",
    "",
    "C|Czytaj także:",
    "C|Nowa linia autobusowa do strefy przemysłowej",
    "C|Remont dworca potrwa do wiosny",
    "",
    "B|Oddział powstał w wyremontowanym budynku dawnej przychodni, a remont kosztował 14 milionów złotych.",
    "",
    "C|Reklama",
    "",
    "B|Dyrekcja szuka jeszcze fizjoterapeutów i logopedów do pracy na nowym oddziale.",
    "",
    "C|Skomentuj",
    "",
    "C|Regulamin · Polityka prywatności · Kontakt",
], publisher="Głos Wielkopolski", truncated=False, lang="pl")

# 6. English (AU) local site: acknowledgement of country, reading tools, "More from" rail,
#    subscribe banner, and the text cut at a wall with a price.
page("coastlinepost-enau-jetty", "https://coastlinepost.example/news/jetty-rebuild-4471", "coastlinepost", [
    "C|Coastline Post",
    "",
    "T|Jetty rebuild to start after council secures state funding",
    "",
    "H|Updated December 7 2026 - 9:10am",
    "",
    "C|Save",
    "C|Share",
    "C|Text size",
    "",
    "P|Work to rebuild the Seacliff jetty will begin in February after the council secured $6.5 million from the state government.",
    "B|The jetty has been closed to the public since a storm in 2024 damaged its outer section, and anglers have campaigned for its return ever since the",
    "",
    "C|Subscribe to keep reading",
    "",
    "C|Unlimited digital access for $2 a week. Cancel anytime.",
    "",
    "C|Already a member? Log in",
], truncated=True)

casegen.write_pages()

