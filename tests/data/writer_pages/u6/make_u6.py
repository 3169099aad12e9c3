"""Build invented long-tail aggregator pages (writer's round U6: tune set for longtail10/longtail11).

Each page: lines tagged C| chrome, H| header line, T| title (header), P| first body paragraph,
B| body, '' = blank. Labels derived from the tags plus the explicit fields. Site names, people and
article text are made up; layouts follow real readers, portals, mirrors and news apps.

    python make_u6.py [OUTDIR]   (default: this folder)
"""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
import casegen  # noqa: E402
from casegen import page  # noqa: E402

casegen.NOTE = "Invented page text in the layout of a real long-tail site (writer's round U6, tune set for longtail10/longtail11)."
if len(sys.argv) < 2:
    sys.argv.append(str(pathlib.Path(__file__).resolve().parent))

# 1. RSS republisher: source/age line, snippet, read-the-full-story link, per-source rail with ages.
page("briefwire-en-ferry", "https://www.briefwire.example/story.php?sid=8f21c0a9d4e7b6", "briefwire", [
    "C|BriefWire",
    "C|Top Stories | World | UK | Money | Tech | Odd News",
    "C|Search stories...",
    "T|Island ferry timetable cut for winter after crew shortage",
    "H|Source: The Harbour Gazette | 2 hours ago",
    "P|The operator of the only car ferry to the Ardlow islands will run three sailings a day instead of five from January because it cannot recruit enough deck crew, it said on Sunday.",
    "B|Islanders said the change would make it impossible to reach hospital appointments on the mainland and get back the same day.",
    "B|The company said it had advertised eleven posts since the summer and filled four...",
    "C|Read the full story at The Harbour Gazette",
    "C|More from The Harbour Gazette",
    "C|Lifeboat crew rescue two walkers cut off by tide",
    "C|3 hours ago",
    "C|Harbour wall repairs to finish before Christmas",
    "C|5 hours ago",
    "C|Fish market reopens after flood damage",
    "C|yesterday",
    "C|Top Stories | World | UK | Money | Tech | Odd News",
    "C|About BriefWire · Contact · Privacy · Terms",
], publisher="The Harbour Gazette", truncated=True)

# 2. Spanish archive copy: disclaimer, archive date label, source line, pager at the end.
page("hemeroteca-es-copia-riego", "http://hemerotecalibre.example/ver_noticia.php?id=20931&pag=4", "hemerotecalibre", [
    "C|Noticia archivada",
    "C|(Copia guardada por nuestros voluntarios porque el enlace original dejó de funcionar. Los derechos pertenecen al medio y al autor citados. Si usted es el titular y desea que la retiremos, escríbanos a través del formulario de contacto.)",
    "",
    "T|Los regantes del valle tendrán un 30% menos de agua este verano",
    "",
    "H|Fecha del artículo - 14/11/2026",
    "H|Fuente: El Correo del Valle",
    "",
    "P|La confederación hidrográfica ha aprobado un recorte del 30% en las dotaciones de riego para la próxima campaña debido al bajo nivel de los embalses, que están al 28% de su capacidad.",
    "",
    "B|Las comunidades de regantes se reunirán la próxima semana para decidir qué cultivos priorizan. Los agricultores de frutales temen perder parte de la cosecha si el recorte se mantiene en julio y agosto.",
    "",
    "B|El presidente de la comunidad de regantes del margen izquierdo, Tomás Ferrer, pidió ayudas para instalar riego por goteo en las parcelas que todavía riegan a manta.",
    "",
    "B|La confederación revisará la cifra en marzo si las lluvias de invierno mejoran las reservas.",
    "",
    "C|« Volver al listado de noticias",
    "C|Página 4 de 37",
], publisher="El Correo del Valle", truncated=None, lang="es")

# 3. French digital newsstand (print replica): title, 'Publisher|date', lead, authors, title again.
page("kiosqueplus-fr-fromagerie", "https://kiosqueplus.example/fr/histoires/quotidien/Le-Courrier-Alpin/LA-DERNIERE-FROMAGERIE-DU-VILLAGE-FERME", "kiosqueplus", [
    "T|La dernière fromagerie du village ferme ses portes",
    "H|Le Courrier Alpin|5 décembre 2026",
    "P|Après 62 ans d'activité, la fromagerie coopérative de Saint-Aubrac cessera de transformer le lait de ses adhérents à la fin de l'année, faute de repreneur pour son unique fromager.",
    "H|Camille Roux , Théo Barbier",
    "H|La dernière fromagerie du village ferme ses portes",
    "",
    "B|Les neuf éleveurs encore adhérents devront livrer leur lait à une laiterie industrielle située à 40 kilomètres, pour un prix inférieur de près de 15 %.",
    "",
    "B|« On a cherché pendant deux ans, on a passé des annonces jusqu'en Suisse », raconte la présidente de la coopérative, Martine Vidal. « Personne ne veut se lever à quatre heures pour un salaire de smicard. »",
    "",
    "B|La commune envisage de racheter le bâtiment pour y installer un atelier partagé, mais le projet ne verra pas le jour avant 2028.",
    "",
    "C|Cet article est paru dans l'édition du 5 décembre 2026 de Le Courrier Alpin.",
    "C|Abonnez-vous à KiosquePlus pour lire des milliers d'histoires triées sur le volet, sans limite.",
    "C|Déjà abonné ? Se connecter",
    "C|PLUS D'HISTOIRES DE LE COURRIER ALPIN",
    "C|Le télésiège du Pic Blanc rouvre après deux ans de travaux",
    "C|Le Courrier Alpin",
    "C|Des loups observés près des écoles : la préfecture réagit",
    "C|Le Courrier Alpin",
], publisher="Le Courrier Alpin", byline_raw="Camille Roux , Théo Barbier", authors=["Camille Roux", "Théo Barbier"], truncated=True, lang="fr")

# 4. Social-network article mirror of a German newsletter, footer UI in Portuguese.
page("pulsemirror-de-newsletter-bahn", "https://pulsespiegel.example/pulse/bahnstreik-pendler-stehen-am-bahnsteig-k8fq2", "pulsespiegel", [
    "T|Bahnstreik: Pendler stehen am Montag wieder am Bahnsteig; Mietendeckel vor Gericht; und die Pokalauslosung",
    "H|Wartende Fahrgäste auf einem Bahnsteig im Hauptbahnhof am frühen Morgen.",
    "",
    "H|Bahnstreik: Pendler stehen am Montag wieder am Bahnsteig; Mietendeckel vor Gericht; und die Pokalauslosung",
    "",
    "H|Von: Jonas Albrecht",
    "",
    "P|Guten Abend. Die Lokführergewerkschaft hat ihre Mitglieder erneut zum Streik aufgerufen: Von Montag, 3 Uhr, bis Dienstagabend sollen im Regional- und Fernverkehr nur etwa ein Viertel der Züge fahren.",
    "",
    "B|Die Bahn kündigte einen Notfahrplan an und riet Reisenden, nicht notwendige Fahrten zu verschieben. Fahrkarten für die beiden Streiktage bleiben bis Ende der Woche gültig.",
    "",
    "B|Vor dem Landgericht beginnt am Dienstag außerdem die Verhandlung über den städtischen Mietendeckel. Geklagt haben zwei Wohnungsunternehmen.",
    "",
    "C|*Sie lesen eine gekürzte Fassung unseres Abend-Briefings. Das ganze Briefing kommt kostenlos per Mail – jetzt abonnieren.",
    "",
    "C|Para ver ou adicionar um comentário, faça login",
    "",
    "C|Mais artigos de Tagespost Rhein-Main",
    "",
    "C|Insights da comunidade",
    "",
    "C|Outros membros também viram",
], publisher="Tagespost Rhein-Main", byline_raw="Von: Jonas Albrecht", authors=["Jonas Albrecht"],
    captions=[{"text": "Wartende Fahrgäste auf einem Bahnsteig im Hauptbahnhof am frühen Morgen.", "credit": None, "position": "header"}],
    truncated=True, lang="de+pt")

# 5. WordPress scraper blog (sharing-plugin layout): skip link, category, 'Posted on <date> by <account>',
#    share/like widgets, related, post navigation, comment form, recent-posts sidebar.
page("newsfeedhub-en-wp-bakery", "https://newsfeedhub24.example/2026/12/06/bakery-chain-to-close-14-branches-after-energy-bills-double/", "newsfeedhub24", [
    "C|Skip to content",
    "C|NewsFeedHub24",
    "C|Your daily news roundup",
    "C|Menu",
    "H|Business",
    "T|Bakery chain to close 14 branches after energy bills double",
    "H|Posted on December 6, 2026 by newsdesk",
    "P|A regional bakery chain is to close 14 of its 60 shops by the end of January, blaming a doubling of its energy costs and a fall in lunchtime trade since more office staff started working from home.",
    "B|About 90 staff are affected. The company said it would try to offer them jobs at other branches within a 10-mile radius.",
    "B|Its managing director said ovens ran for up to 18 hours a day at its two production sites, which made the business \"unusually exposed\" to the price of gas.",
    "B|The shops that will close are mostly in business parks and on the edge of city centres.",
    "C|Share this:",
    "C|Click to share on X (Opens in new window)",
    "C|Click to share on Facebook (Opens in new window)",
    "C|Like this:",
    "C|Like Loading...",
    "C|Related",
    "C|Post navigation",
    "C|Previous Post Previous post: Council approves 200 new homes on former dairy site",
    "C|Next Post Next post: Pensioner, 81, completes 100th parkrun",
    "C|Leave a comment Cancel reply",
    "C|Recent Posts",
    "C|Supermarket recalls chicken salad over labelling error",
    "C|Airport car park prices to rise in spring",
], publisher=None, section="Business", truncated=False)

# 6. Indian news-app reader mirror in Hindi: body first, no title shown, publisher follow promo,
#    'you may also like' rail of unrelated titles.
page("padhozap-hi-mirror-barish", "https://7712.padho.padhozap.example/hindi-news/publisher-dainik-prakash/top-news/barish-se-sadak-dhansi/articleshow/3c9e1f0a77b24d55", "padhozap", [
    "P|शहर में रात भर हुई तेज बारिश के बाद पुराने बस अड्डे के पास मुख्य सड़क का करीब बीस फुट हिस्सा धंस गया, जिससे सुबह से यातायात रोक दिया गया है।",
    "B|नगर निगम के अधिकारियों ने बताया कि सड़क के नीचे से गुजर रही पुरानी सीवर लाइन टूटने से मिट्टी बह गई थी। मरम्मत में कम से कम तीन दिन लगेंगे।",
    "C|ताज़ा खबरों के लिए दैनिक प्रकाश को Google News, WhatsApp और Telegram पर फॉलो करें।",
    "C|आपको यह भी पसंद आ सकता है",
    "C|सोने के दाम में लगातार तीसरे दिन गिरावट, जानें आज का भाव",
    "C|Local train timings changed from Monday: full list of new departures",
    "C|स्कूलों में शीतकालीन अवकाश की तारीखें घोषित",
    "C|Cricket: Hosts collapse to 112 all out on day two",
], publisher=None, publisher_name="दैनिक प्रकाश", truncated=False, lang="hi+en")

# 7. Indonesian AI aggregator: alt-text leaks, title twice, source glued to date, agency photo caption,
#    agency sign-off, AI promo, comments, related cards with 'waktu' age lines.
page("kabarai-id-banjir", "https://main.d7e2kq91xz.mirrorapp.example/id/artikel/4be1c07d9a2e83f5", "kabarai", [
    "C|logo",
    "T|Banjir rob rendam tiga kelurahan di pesisir utara",
    "",
    "H|Banjir rob rendam tiga kelurahan di pesisir utara",
    "",
    "H|Harian Pesisir07-12-2026",
    "",
    "H|SEMARANG, 7 Des -- Warga melintasi genangan banjir rob di kawasan pelabuhan lama, Minggu. --fotoANTARA/Dimas Prakoso",
    "P|SEMARANG: Banjir rob setinggi 30 hingga 60 sentimeter merendam tiga kelurahan di pesisir utara kota sejak Minggu pagi akibat pasang air laut yang bersamaan dengan hujan deras.",
    "B|Badan Penanggulangan Bencana Daerah mencatat sekitar 1.200 rumah terdampak, namun belum ada warga yang mengungsi.",
    "B|Kepala pelaksana BPBD mengatakan pompa air di dua rumah pompa sudah dioperasikan penuh sejak Sabtu malam.- Antara",
    "",
    "C|Latar belakang biru",
    "",
    "C|Tanya AI tentang berita ini",
    "",
    "C|Ringkas, terjemahkan, atau cari latar belakangnya dengan KabarAI:",
    "",
    "C|Komentar",
    "",
    "C|Belum ada komentar...",
    "",
    "C|Artikel Terkait",
    "",
    "C|Tanggul darurat dibangun di muara sungai",
    "",
    "C|Suara Jateng",
    "",
    "C|waktu2 jam lalu",
    "",
    "C|• Suara Jateng",
], publisher="Harian Pesisir", organization="Antara",
    captions=[{"text": "SEMARANG, 7 Des -- Warga melintasi genangan banjir rob di kawasan pelabuhan lama, Minggu.", "credit": "ANTARA/Dimas Prakoso", "position": "header"}],
    truncated=False, lang="id")

# 8. Dutch excerpt republisher: feed card split into lines (title, source, breadcrumb, age, views,
#    comment count, snippet, read more), then an empty comments block.
page("linkbak-nl-fietspad", "https://nieuws.linkbak.example/nieuw-fietspad-langs-kanaal-volgend-jaar-klaar", "linkbak", [
    "T|Nieuw fietspad langs het kanaal volgend jaar klaar",
    "H|Dagblad Oost",
    "C|Nieuws / Dagblad Oost",
    "H|2 dagen geleden",
    "C|41 keer bekeken",
    "C|0 reacties",
    "P|Het vrijliggende fietspad tussen de twee dorpen langs het kanaal moet eind volgend jaar klaar zijn, meldt de provincie. Het werk begint in maart met het verleggen van een waterleiding.",
    "C|Lees meer",
    "C|Reacties",
    "C|Er zijn nog geen reacties. Wees de eerste!",
], publisher="Dagblad Oost", truncated=True, lang="nl")

# 9. Japanese excerpt archive: index line with publisher+date in parentheses, source label,
#    title again, time stamp, related-video link, indented paragraphs.
page("sokuhoko-ja-setsuden", "http://sokuhoko.example/archive/2026/kiji_118204.html", "sokuhoko", [
    "H|[2026_12_05_03]冬の電力需給ひっ迫、来週にも節電要請へ　北陸で予備率3%割れの見通し(北陸日日新聞2026年12月5日)",
    " ",
    "C|出典元",
    "T|冬の電力需給ひっ迫、来週にも節電要請へ　北陸で予備率3%割れの見通し",
    "",
    "H| 09:15",
    "C|  電力会社の会見の様子を伝える動画はこちら",
    "",
    "P| 経済産業省は5日、寒波の影響で北陸地方の電力需給が来週にも厳しくなるとして、家庭や企業に節電を要請する方向で調整に入った。電力の供給余力を示す予備率が3%を下回る見通しだという。",
    "B| 北陸の電力会社によると、火力発電所1基が設備の不具合で停止しており、再稼働は年明けになる見込み。他の地域からの融通も検討している。",
    "B| 同省は暖房の設定温度を20度にすることや、使っていない部屋の照明を消すことなどを呼びかける予定だ。",
], publisher="北陸日日新聞", truncated=None, lang="ja")

# 10. Brazilian finance portal: market ticker and cookie bar above, section, title, standfirst,
#     byline with place, date, share buttons, 'leia também' link inside, most-read rail.
page("painelmercado-pt-combustivel", "https://painelmercado.example/economia/2026/12/07/preco-do-diesel-sobe-pela-terceira-semana.ghtml", "painelmercado", [
    "C|Ibovespa 131.204 +0,62%",
    "C|Dólar R$ 5,08 -0,21%",
    "C|Euro R$ 5,49 -0,10%",
    "C|Usamos cookies para melhorar sua experiência. Ao continuar navegando, você concorda com a nossa Política de Privacidade. OK, entendi",
    "C|PainelMercado",
    "C|Assine por R$ 1,90",
    "H|Economia",
    "T|Preço do diesel sobe pela terceira semana seguida nos postos",
    "H|Alta acumulada chega a 4,1% desde meados de novembro, segundo levantamento da agência reguladora",
    "H|Por Ana Beatriz Ribeiro, de São Paulo",
    "H|07/12/2026 11h42  Atualizado há 20 minutos",
    "C|Compartilhe:",
    "C|WhatsApp Facebook X E-mail",
    "P|O preço médio do litro do diesel nos postos subiu 1,3% nesta semana e chegou a R$ 6,27, a terceira alta semanal consecutiva, de acordo com o levantamento semanal da agência reguladora divulgado nesta sexta-feira.",
    "B|A gasolina ficou praticamente estável, com leve queda de 0,2%, a R$ 5,94 por litro.",
    "C|Leia também: Frete rodoviário deve ficar mais caro em janeiro, dizem transportadoras",
    "B|Segundo analistas, o reajuste nas refinarias anunciado no fim de novembro ainda está sendo repassado aos consumidores e deve se completar até a próxima semana.",
    "C|Mais lidas",
    "C|1",
    "C|Aposentados têm até sexta para fazer prova de vida",
    "C|2",
    "C|Bolsa fecha no maior nível desde agosto",
    "C|Conteúdo publicitário",
], publisher=None, publisher_name="PainelMercado", section="Economia", byline_raw="Por Ana Beatriz Ribeiro, de São Paulo", authors=["Ana Beatriz Ribeiro"], truncated=False, lang="pt")

# 11. Korean news-app web reader: app bar, source and date, reporter line, AI summary widget,
#     body, original-article link, reaction counts and most-read rail.
page("nyuseupik-ko-jeonse", "https://m.nyuseupik.example/article/0231/0000918273", "nyuseupik", [
    "C|뉴스픽",
    "C|앱에서 보기",
    "C|로그인",
    "T|전세 사기 피해자 지원 확대…보증금 최대 70% 선지급",
    "H|한빛일보",
    "H|입력 2026.12.07. 오전 9:12",
    "H|김서연 기자",
    "C|구독",
    "C|AI 요약",
    "C|요약봇이 기사 내용을 요약한 것으로, 원문과 다를 수 있습니다.",
    "P|정부가 전세 사기 피해자에게 보증금의 최대 70%를 먼저 지급하고 나중에 회수하는 지원 방안을 내놓았다.",
    "B|국토교통부는 7일 이 같은 내용의 피해자 지원 대책을 발표하고, 내년 상반기부터 시행하겠다고 밝혔다.",
    "B|지원 대상은 보증금 3억 원 이하 주택의 임차인으로, 피해자 결정을 받은 사람이다.",
    "C|기사 원문 보기",
    "C|좋아요 18",
    "C|댓글 4",
    "C|공유하기",
    "C|많이 본 뉴스",
    "C|수도권 아파트값 3주 연속 상승",
    "C|한빛일보 · 2시간 전",
], publisher="한빛일보", byline_raw="김서연 기자", authors=["김서연"], truncated=True, lang="ko")

# 12. Live page on a reader: nav repeated as a footer block, entry times and entry headings in the
#     body, pinned-post and new-updates widgets, pager at the end.
page("nowreader-en-live-budget", "https://nowreader.example/live/council-budget-vote-live-updates-4471", "nowreader", [
    "C|NowReader",
    "C|Home",
    "C|Local",
    "C|Politics",
    "C|Live",
    "C|Sign in",
    "T|Council budget vote live: tax rise approved after six-hour meeting",
    "H|Eastfield Evening Post",
    "H|By Hannah Okafor and Liam Brennan",
    "C|LIVE",
    "C|Pinned post",
    "C|Show 3 new updates",
    "B|21:48",
    "B|Vote passed by 31 to 24",
    "P|Councillors have approved a 4.9% rise in council tax for next year after a meeting that began at 3pm, with two members of the ruling group voting against.",
    "B|21:20",
    "B|Libraries saved from closure",
    "B|An amendment to keep three branch libraries open for another year, paid for from reserves, was accepted without a vote.",
    "B|20:55",
    "B|The opposition leader said the rise would hit families already struggling with rents.",
    "C|Previous",
    "C|1 2 3",
    "C|Next",
    "C|Home",
    "C|Local",
    "C|Politics",
    "C|Live",
    "C|© NowReader 2026",
], publisher="Eastfield Evening Post", byline_raw="By Hannah Okafor and Liam Brennan", authors=["Hannah Okafor", "Liam Brennan"], truncated=False)

casegen.write_pages()
