"""Invented long-tail aggregator pages for longtail13 (body and tail chrome, `truncated`): tune set.

Lines tagged C| chrome, H| header, T| title, P| first body paragraph, B| body, '' blank (see
../casegen.py). Sites, people and article text are made up; layouts follow real readers,
portals, mirrors and news apps.

    python pages_tune.py [OUTDIR]   (default: ./tune)
"""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
import casegen  # noqa: E402
from casegen import page  # noqa: E402

casegen.NOTE = "Invented page text in the layout of a real long-tail site (longtail13 tune set)."
if len(sys.argv) < 2:
    sys.argv.append(str(pathlib.Path(__file__).resolve().parent / "tune"))

# 1. English RSS reader: reading tools, in-text cross-links, newsletter pitch in prose, rail cards.
page("dailyskim-en-lighthouse", "https://dailyskim.example/read/lighthouse-keepers-cottage-sold-7731", "dailyskim", [
    "C|DailySkim",
    "T|Lighthouse keeper's cottage sold to community trust for £1",
    "H|Coastline Courier · 4 hours ago",
    "C|3 min read",
    "C|Listen to this article",
    "P|A community trust has bought the former lighthouse keeper's cottage at Fenwick Point for a nominal £1 after the port authority agreed to hand it over rather than sell it on the open market.",
    "B|The trust plans to turn the building into a small museum and a base for the volunteer coastguard team, which has used a shipping container since 2019.",
    "C|Read more: Coastguard volunteers ask for new base after storm damage",
    "B|Trust chair Elsie Morgan said the group had raised £48,000 towards repairs, about a third of what the roof and windows will cost.",
    "C|Image: Coastline Courier",
    "B|“We have a building, now we need the money to keep the rain out,” she said.",
    "B|The port authority said the sale came with a covenant that the cottage must stay open to the public.",
    "C|This is the web version of The Coastal Briefing, our free morning newsletter. Sign up here to get it in your inbox every weekday.",
    "C|Share: Facebook Twitter WhatsApp Email Copy link",
    "C|Topics: Heritage, Coast, Community",
    "C|More from Coastline Courier",
    "C|Harbour master retires after 31 years",
    "C|Coastline Courier · 6 hours ago",
    "C|Ferry fares to rise by 4% in spring",
    "C|Coastline Courier · 1 day ago",
    "C|© 2026 DailySkim. All rights reserved. DailySkim is not responsible for the content of external sites.",
], publisher="Coastline Courier", truncated=False)

# 2. Spanish portal: 'Lea también' cross-links, AI summary promo, support appeal, site description footer.
page("noticiasya-es-mercado", "https://noticiasya.example/nota/2026/12/07/mercado-central-reforma-88213", "noticiasya", [
    "C|NoticiasYa",
    "T|El mercado central cerrará seis meses por obras de reforma",
    "H|Diario del Sur | hace 3 horas",
    "P|El mercado central de abastos cerrará sus puertas el 15 de enero para una reforma integral que durará al menos seis meses, según anunció el ayuntamiento este lunes.",
    "B|Los 64 puestos se trasladarán a una carpa provisional instalada en la plaza de la Constitución, a doscientos metros del edificio actual.",
    "C|Lea también: Los comerciantes del centro piden más aparcamiento",
    "B|La obra costará 4,2 millones de euros y sustituirá la cubierta, las instalaciones eléctricas y las cámaras frigoríficas.",
    "B|La presidenta de la asociación de placeros, Rosa Llamas, dijo que la carpa «no es lo ideal, pero es mejor que cerrar».",
    "C|¿Te gusta este contenido? Con tu aporte podemos seguir haciendo periodismo independiente cada día.",
    "C|Resumen generado con inteligencia artificial. Puede contener errores. Pruébalo en la app de NoticiasYa.",
    "C|Compartir en: Facebook | X | WhatsApp | Telegram",
    "C|Etiquetas: mercado, obras, ayuntamiento",
    "C|NoticiasYa es un agregador de noticias que recopila titulares de cientos de medios en español. Los contenidos pertenecen a sus respectivos autores.",
    "C|Fuente original: Diario del Sur",
], publisher="Diario del Sur", truncated=False, lang="es")

# 3. German mirror: 'Quelle:' line, press contact, copyright, cut with 'Weiterlesen'.
page("nachrichtenpool-de-brauerei", "https://nachrichtenpool.example/artikel/brauerei-uebernahme-4410923", "nachrichtenpool", [
    "C|Nachrichtenpool",
    "T|Traditionsbrauerei findet neuen Eigentümer",
    "H|Lahntal-Anzeiger – vor 5 Stunden",
    "P|Die seit 1848 bestehende Brauerei Hollerbach in Weilstein wird von einer Genossenschaft aus der Region übernommen, wie der bisherige Inhaber am Montag mitteilte.",
    "B|Alle 23 Beschäftigten sollen übernommen werden. Die Genossenschaft hat nach eigenen Angaben mehr als 900 Mitglieder, die zusammen 2,1 Millionen Euro eingebracht haben.",
    "B|Der Inhaber Gerd Hollerbach sagte, er habe lange nach einer Lösung gesucht, die den Namen im Ort halte. Über den Kaufpreis wurde Stillschweigen vereinbart...",
    "C|Den vollständigen Artikel lesen Sie auf lahntal-anzeiger.example",
    "C|Quelle: Lahntal-Anzeiger",
    "C|Pressekontakt: Genossenschaft Hollerbach eG, Tel. 06471 55 21 0, presse@hollerbach-eg.example",
    "C|Weitere Nachrichten aus Hessen",
    "C|Stadtrat beschließt neue Parkgebühren",
    "C|Lahntal-Anzeiger · vor 7 Stunden",
    "C|Busfahrer streiken am Donnerstag",
    "C|Lahntal-Anzeiger · vor 9 Stunden",
    "C|© Nachrichtenpool 2026 – Alle Angaben ohne Gewähr.",
], publisher="Lahntal-Anzeiger", truncated=True, lang="de")

# 4. Polish aggregator: 'Czytaj też', share row glued, trial offer, comment box, complete article.
page("wiadomoscidnia-pl-most", "https://wiadomoscidnia.example/pl/a/nowy-most-na-warcie-otwarty,77213", "wiadomoscidnia", [
    "C|WiadomościDnia",
    "T|Nowy most na Warcie otwarty dla ruchu",
    "H|Gazeta Nadwarciańska, 2 godz. temu",
    "P|Po trzech latach budowy nowy most drogowy na Warcie w Kolnie został w poniedziałek otwarty dla samochodów i pieszych.",
    "B|Przeprawa ma 412 metrów długości i kosztowała 186 mln zł, z czego większość pochodziła z funduszy unijnych.",
    "C|Czytaj też: Objazdy w centrum miasta do końca roku",
    "B|Burmistrz Kolna Anna Wrześniewska powiedziała, że most skróci dojazd do strefy przemysłowej o kwadrans.",
    "B|Stary most zostanie rozebrany wiosną przyszłego roku.",
    "C|Udostępnij Facebook X LinkedIn E-mail",
    "C|Wypróbuj Premium za 1 zł przez pierwszy miesiąc. Bez reklam, bez limitów.",
    "C|Komentarze (0)",
    "C|Dodaj komentarz jako pierwszy!",
    "C|Więcej z Gazeta Nadwarciańska",
    "C|Rusza przebudowa dworca PKS",
    "C|Gazeta Nadwarciańska · 5 godz. temu",
    "C|Szpital kupi nowy tomograf",
    "C|Gazeta Nadwarciańska · wczoraj",
], publisher="Gazeta Nadwarciańska", truncated=False, lang="pl")

# 5. Japanese portal: cut with 続きを読む, related rail with source+age, copyright.
page("nyusumatome-ja-eki", "https://nyusumatome.example/articles/20261207/eki-kaisou-5521", "nyusumatome", [
    "C|ニュースまとめ",
    "T|駅舎の改修工事、来年春に完了へ",
    "H|北陸タイムス 12/7(月) 10:15",
    "P|北陸本線の古川駅で進められている駅舎の改修工事について、運営会社は7日、来年4月に完了する見通しだと発表した。",
    "B|改修では、待合室の拡張やエレベーターの設置が行われる。総事業費は約8億円で、市が半分を負担する。",
    "B|地元の商店会は、工事期間中の客足の減少を心配しており、",
    "C|続きを読む",
    "C|関連記事",
    "C|市営バス、路線を再編",
    "C|北陸タイムス 12/6(日) 18:02",
    "C|古川駅前に新しい図書館",
    "C|北陸タイムス 12/5(土) 9:40",
    "C|Copyright © 2026 ニュースまとめ All Rights Reserved.",
], publisher="北陸タイムス", truncated=True, lang="ja")

# 6. French reader: sign-up wall, 'Lire aussi', app pitch in prose, complete=false.
page("lectureclair-fr-piscine", "https://lectureclair.example/article/piscine-municipale-fermeture-2291", "lectureclair", [
    "C|LectureClair",
    "T|La piscine municipale fermée jusqu'au printemps",
    "H|L'Écho du Bocage · il y a 6 heures",
    "P|La piscine municipale de Vernac restera fermée jusqu'en avril en raison d'une fuite dans le bassin principal, a annoncé la mairie vendredi.",
    "C|Lire aussi : À Vernac, le gymnase rénové rouvre ses portes",
    "B|Les clubs de natation et les écoles seront accueillis à la piscine intercommunale de Saint-Rémy, à douze kilomètres.",
    "C|Pour lire la suite de cet article, créez un compte gratuit ou connectez-vous.",
    "C|Créer un compte",
    "C|Se connecter",
    "C|Téléchargez l'application LectureClair pour recevoir les alertes de votre ville, c'est gratuit.",
    "C|À propos de LectureClair · Mentions légales · Contact",
], publisher="L'Écho du Bocage", truncated=True, lang="fr")

# 7. Italian aggregator: guards (list, subheads, Q&A, closing question), tags, footer.
page("notiziario-it-sagra", "https://notiziario24.example/it/notizia/sagra-castagne-programma-31907", "notiziario24", [
    "C|Notiziario24",
    "T|Sagra delle castagne, ecco il programma",
    "H|Gazzetta di Valdorme - 1 ora fa",
    "P|Torna il fine settimana prossimo la sagra delle castagne di Pievalta, giunta alla quarantesima edizione, con tre giorni di mercato, musica e laboratori.",
    "B|Il programma:",
    "B|- venerdì: apertura degli stand alle 17",
    "B|- sabato: concerto della banda alle 21",
    "B|- domenica: corsa podistica alle 9",
    "B|Parcheggi e navette",
    "B|Il comune ha predisposto due parcheggi gratuiti e una navetta ogni venti minuti dalla stazione.",
    "B|Chi organizza?",
    "B|La Pro Loco, con ottanta volontari.",
    "B|Quanto costa l'ingresso?",
    "B|È gratuito.",
    "B|Riuscirà la sagra a battere il record di presenze dell'anno scorso?",
    "C|Tag: sagra, castagne, Pievalta",
    "C|Condividi: Facebook Twitter WhatsApp",
    "C|Notiziario24 raccoglie le notizie dei giornali locali italiani. I diritti degli articoli restano agli editori.",
    "C|© 2026 Notiziario24 - P.IVA 01234567890",
], publisher="Gazzetta di Valdorme", truncated=False, lang="it")

# 8. English portal: 'Continue reading on', coverage note, more-from list with ages on one line.
page("newsloop-en-wind", "https://newsloop.example/n/offshore-wind-port-upgrade-41887", "newsloop", [
    "C|NewsLoop",
    "T|Port to get £60m upgrade for offshore wind",
    "H|The Estuary Post - 1h",
    "P|The port of Salthaven will be deepened and its quays strengthened so it can handle the turbine blades for three new offshore wind farms, the government said on Monday.",
    "B|Work is due to start in the summer and take two years. The port company says it will create about 300 permanent jobs.",
    "B|Local councillors welcomed the plan but asked for guarantees that the jobs would go to people from the town...",
    "C|Continue reading on The Estuary Post",
    "C|Coverage of this story from 12 sources. See how outlets covered it.",
    "C|More from The Estuary Post",
    "C|Town hall clock repaired · 2h",
    "C|New cycle lane opens on seafront · 5h",
    "C|School wins national robotics prize · 1d",
    "C|NewsLoop shows headlines and excerpts from publishers. Tap a story to read it on the publisher's site.",
], publisher="The Estuary Post", truncated=True)

# 9. Portuguese reader: 'Leia também', 'Open the Full Article' style marker, support appeal without button.
page("leiturarapida-pt-feira", "https://leiturarapida.example/noticia/feira-do-livro-recorde-9921", "leiturarapida", [
    "C|Leitura Rápida",
    "T|Feira do livro bate recorde de visitantes",
    "H|Jornal da Serra · há 2 horas",
    "P|A feira do livro de Monte Alto recebeu 48 mil visitantes em dez dias, o maior número desde a sua criação em 1987, informou a organização no domingo.",
    "B|As vendas cresceram 12% em relação ao ano passado, com destaque para os livros infantis e de autores locais.",
    "C|Leia também: Biblioteca municipal amplia horário aos sábados",
    "B|A organização já confirmou a próxima edição para outubro, com um pavilhão dedicado à banda desenhada.",
    "C|O Leitura Rápida é gratuito e vive do apoio dos seus leitores. Se gosta do nosso trabalho, considere contribuir com qualquer valor.",
    "C|Tags: feira do livro, cultura, Monte Alto",
    "C|Mais de Jornal da Serra",
    "C|Câmara aprova orçamento para 2027",
    "C|Jornal da Serra · há 5 horas",
    "C|Estrada da serra reabre após obras",
    "C|Jornal da Serra · ontem",
    "C|Este conteúdo foi publicado originalmente por Jornal da Serra e é reproduzido com autorização.",
], publisher="Jornal da Serra", truncated=False, lang="pt")

# 10. Indonesian portal: 'Baca juga' inline, 'Baca selengkapnya di' cut marker, app pitch.
page("kabarkilat-id-pasar", "https://kabarkilat.example/berita/pasar-tradisional-direvitalisasi-66120", "kabarkilat", [
    "C|KabarKilat",
    "T|Pasar tradisional Sukamaju direvitalisasi tahun depan",
    "H|Warta Priangan - 3 jam lalu",
    "P|Pemerintah kota akan merevitalisasi Pasar Sukamaju mulai Februari tahun depan dengan anggaran Rp 42 miliar, kata wali kota pada Senin.",
    "C|Baca juga: Harga cabai naik menjelang akhir tahun",
    "B|Selama pembangunan, sekitar 600 pedagang akan dipindahkan ke tempat penampungan sementara di lapangan dekat terminal.",
    "B|Ketua paguyuban pedagang, Asep Sudrajat, meminta agar tempat sementara dilengkapi atap dan penerangan yang memadai...",
    "C|Baca selengkapnya di Warta Priangan",
    "C|Unduh aplikasi KabarKilat untuk membaca berita tanpa iklan.",
    "C|Berita Terkait",
    "C|Terminal bus baru mulai beroperasi",
    "C|Warta Priangan · 1 hari lalu",
    "C|Jalan lingkar selatan ditutup sementara",
    "C|Warta Priangan · 2 hari lalu",
], publisher="Warta Priangan", truncated=True, lang="id")

# 11. Dutch reader: reading time + 'Beeld:' label, 'Lees ook', republisher disclaimer, complete.
page("nieuwsstroom-nl-dijk", "https://nieuwsstroom.example/artikel/dijkversterking-start-5512", "nieuwsstroom", [
    "C|Nieuwsstroom",
    "T|Dijkversterking langs de rivier begint in maart",
    "H|Rivierland Dagblad · 8 uur geleden",
    "C|Leestijd 2 minuten",
    "P|Het waterschap begint in maart met het versterken van elf kilometer dijk tussen Bemmelstein en Oudwaard, een project dat vijf jaar gaat duren.",
    "C|Beeld: Rivierland Dagblad",
    "B|Tijdens de werkzaamheden blijft de dijkweg grotendeels open, maar fietsers moeten rekening houden met omleidingen.",
    "C|Lees ook: Boeren langs de rivier krijgen schadevergoeding",
    "B|Bewoners kunnen op 14 januari in het dorpshuis terecht voor een informatieavond.",
    "C|Deel dit artikel: Facebook · X · WhatsApp · Mail",
    "C|Dit artikel verscheen eerder bij Rivierland Dagblad. Nieuwsstroom is niet verantwoordelijk voor de inhoud.",
    "C|Meer van Rivierland Dagblad",
    "C|Gemeente zoekt nieuwe locatie voor zwembad",
    "C|Rivierland Dagblad · 10 uur geleden",
    "C|Kerstmarkt trekt recordaantal bezoekers",
    "C|Rivierland Dagblad · gisteren",
], publisher="Rivierland Dagblad", truncated=False, lang="nl")

# 12. Turkish aggregator: 'Haberin devamı için tıklayın' cut marker, tags, copyright.
page("habermerkezi-tr-tramvay", "https://habermerkezi.example/haber/tramvay-hatti-uzatiliyor-220741", "habermerkezi", [
    "C|HaberMerkezi",
    "T|Tramvay hattı sahile kadar uzatılıyor",
    "H|Ege Postası | 4 saat önce",
    "P|Belediye, mevcut tramvay hattının 6,5 kilometre uzatılarak sahil yoluna kadar götürüleceğini açıkladı.",
    "B|Yeni hatta dokuz durak bulunacak ve çalışmaların iki yıl sürmesi bekleniyor.",
    "B|Belediye başkanı, projenin ilk etabının yaz aylarından önce tamamlanacağını söyledi...",
    "C|Haberin devamı için tıklayın",
    "C|Etiketler: tramvay, ulaşım, belediye",
    "C|Ege Postası'ndan daha fazlası",
    "C|Sahil yolunda trafik düzenlemesi",
    "C|Ege Postası · 6 saat önce",
    "C|Kent müzesi yeniden açıldı",
    "C|Ege Postası · dün",
    "C|© 2026 HaberMerkezi. Tüm hakları saklıdır.",
], publisher="Ege Postası", truncated=True, lang="tr")

casegen.write_pages()
