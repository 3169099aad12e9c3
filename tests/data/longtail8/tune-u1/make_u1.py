"""Build invented long-tail aggregator pages (integrator's own held-out set, round U1).

Each page: lines tagged C| chrome, H| header line, T| title (header), P| first body paragraph,
B| body, ''= blank. Labels derived from the tags plus the explicit fields."""
import json, pathlib, sys

OUT = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else ".")
PAGES = []

def page(slug, url, aggregator, lines, *, publisher=None, publisher_name=None, section=None,
         byline_raw=None, authors=(), organization=None, captions=(), truncated=None, lang=""):
    text, chrome, header, title, fbp = [], [], [], None, None
    for raw in lines:
        tag, _, line = raw.partition("|") if "|" in raw[:2] else ("", "", raw)
        text.append(line)
        if tag == "C":
            chrome.append(line.strip())
        elif tag in ("H", "T"):
            header.append(line.strip())
            if tag == "T":
                title = line.strip()
        elif tag == "P":
            fbp = line.strip()
    PAGES.append((slug, {
        "url": url, "aggregator": aggregator, "text": "\n".join(text),
        "labels": {
            "site_kind": "aggregator_portal", "publisher": publisher,
            "publisher_name": publisher_name or publisher, "section": section,
            "byline_raw": byline_raw, "authors": list(authors), "organization": organization,
            "title": title, "captions": [dict(c) for c in captions],
            "first_body_paragraph": fbp, "chrome_lines": chrome, "header_lines": header,
            "truncated": truncated, "page_type": "article", "header_pattern": "",
            "notes": "Invented page text in the layout of a real long-tail site (integrator's held-out round U1, written before any rule change of this stop and never tuned on)." + (" " + lang if lang else ""),
        }}))

page("newsroll-harbour-crane", "https://newsroll.example/s/harbour-crane-collapse-inquiry-77120", "newsroll", [
    "C|Newsroll",
    "C|Top stories",
    "C|For you",
    "C|Following",
    "C|Local",
    "C|Sign in",
    "T|Inquiry opens into harbour crane collapse",
    "H|Eastport Gazette",
    "H|By Helena Marsh",
    "H|3 hours ago",
    "C|Follow",
    "P|An independent inquiry into last month's crane collapse at Eastport harbour opened on Monday, with dock workers expected to give evidence over the coming weeks.",
    "B|The 40-metre crane toppled during high winds on 14 October, damaging two warehouses. Nobody was seriously hurt.",
    "B|The port authority has said it will publish the inspection records for all of its cranes before Christmas.",
    "C|Full coverage",
    "C|More from Eastport Gazette",
    "C|Dock strike called off after last-minute pay deal · 2 days ago",
    "C|Ferry timetable cut for winter months · 5 days ago",
    "C|Report this story",
], publisher="Eastport Gazette", byline_raw="By Helena Marsh", authors=["Helena Marsh"], truncated=False)

page("flipdeck-bee-hotels", "https://flipdeck.example/@gardenlife/bee-hotels-city-parks-e91d", "flipdeck", [
    "C|Flipdeck",
    "C|Explore",
    "C|Create",
    "C|Log in",
    "C|Flipped into Garden Life by Ruth Okafor",
    "T|City parks add bee hotels to boost wild pollinators",
    "H|Greenway Weekly",
    "P|Council gardeners have installed more than 200 bee hotels across the city's parks this year, hoping to give solitary bees somewhere to nest.",
    "B|The wooden boxes, filled with hollow stems and drilled blocks, were built by volunteers at a community workshop.",
    "B|Early counts suggest that more than half of them were occupied within the first month.",
    "C|Like",
    "C|Comment",
    "C|Share",
    "C|Flip",
    "C|Read the full story at Greenway Weekly",
    "C|More stories flipped into Garden Life",
], publisher="Greenway Weekly", truncated=True)

page("newsnow-ja-dam", "https://sumahonews.example/ja/article/2f8a1c", "sumahonews", [
    "C|スマホニュース",
    "C|トップ",
    "C|エンタメ",
    "C|スポーツ",
    "C|グルメ",
    "C|アプリで開く",
    "T|老朽化したダム、来年から改修工事へ",
    "H|北海道新報",
    "H|12/5(金) 9:30配信",
    "P|道内で最も古いダムの一つについて、県は来年春から大規模な改修工事を始めると発表した。",
    "B|工事は三年かけて行われ、放水設備や管理棟が新しくなる予定だ。",
    "B|周辺の農家からは、工事中の水の供給を心配する声も上がっている。",
    "C|この記事をシェア",
    "C|関連ニュース",
    "C|雪まつり、今年は会場を拡大 · 1時間前",
    "C|記事の続きはアプリで",
], publisher="北海道新報", truncated=True, lang="ja")

page("balanceview-rail-fares", "https://balanceview.example/story/rail-fares-frozen-for-second-year", "balanceview", [
    "C|BalanceView",
    "C|Home",
    "C|For You",
    "C|Local",
    "C|Blindspot",
    "C|Get Started",
    "T|Rail fares frozen for a second year",
    "C|Bias Distribution",
    "C|22% Left · 51% Center · 27% Right",
    "C|32 sources are reporting on this story",
    "H|Midland Courier",
    "H|Published 6 hours ago",
    "P|Regulated rail fares will stay at this year's level until at least next autumn, the transport department said on Wednesday.",
    "B|Passenger groups welcomed the freeze but said it did little for commuters who have seen services cut.",
    "B|Train operators will be compensated from a fund set aside in the spring budget.",
    "C|Read Full Article",
    "C|Similar News Topics",
    "C|Transport",
    "C|Cost of living",
], publisher="Midland Courier", truncated=True)

page("stadtblick-de-schwimmbad", "https://stadtblick.example/lokales/hallenbad-wird-saniert-id4471", "stadtblick", [
    "C|Startseite",
    "C|Lokales",
    "C|Politik",
    "C|Sport",
    "C|E-Paper",
    "C|Abo",
    "H|Lokales",
    "T|Hallenbad wird für 12 Millionen Euro saniert",
    "H|Von Jana Weber",
    "H|05.12.2026, 14:12 Uhr",
    "C|Artikel anhören",
    "C|Artikel teilen",
    "P|Das städtische Hallenbad bleibt ab Februar für mindestens 18 Monate geschlossen, weil Dach und Technik erneuert werden müssen.",
    "B|Schulen und Vereine sollen in dieser Zeit auf das Bad der Nachbargemeinde ausweichen.",
    "B|Der Stadtrat hatte die Sanierung nach langer Debatte mit knapper Mehrheit beschlossen.",
    "C|Mehr zum Thema",
    "C|Neue Buslinie zum Gewerbegebiet",
    "C|Newsletter abonnieren",
    "C|© Stadtblick 2026 – Alle Rechte vorbehalten",
], publisher=None, section="Lokales", byline_raw="Von Jana Weber", authors=["Jana Weber"], truncated=False, lang="de")

page("infoflux-fr-velo", "https://infoflux.example/actu/2026/12/06/pistes-cyclables-centre-ville", "infoflux", [
    "C|InfoFlux",
    "C|Accueil",
    "C|À la une",
    "C|Régions",
    "C|Se connecter",
    "T|Le centre-ville aura 15 km de pistes cyclables en plus d'ici 2028",
    "H|Le Courrier du Val",
    "H|Il y a 2 heures",
    "P|La municipalité a présenté mardi un plan qui doit relier les quartiers périphériques au centre par des voies cyclables séparées de la circulation.",
    "B|Les commerçants de la rue principale craignent de perdre des places de stationnement.",
    "C|Lire la suite sur Le Courrier du Val",
    "C|Partager sur Facebook",
    "C|Partager sur X",
    "C|À lire aussi",
    "C|Le marché de Noël ouvre vendredi · Il y a 5 heures",
], publisher="Le Courrier du Val", truncated=True, lang="fr")

page("portalnoticias-es-agua", "https://portalnoticias.example/nota/corte-de-agua-programado-barrio-norte-55120", "portalnoticias", [
    "C|Portal Noticias",
    "C|Inicio",
    "C|Nacionales",
    "C|Deportes",
    "C|Espectáculos",
    "C|Suscríbete",
    "H|Nacionales",
    "T|Anuncian corte de agua programado en el barrio norte",
    "H|Por Luis Fernández",
    "H|6 de diciembre de 2026",
    "C|Escuchar nota",
    "P|La empresa de aguas informó que el servicio se interrumpirá el martes entre las 8 y las 16 horas por obras en la red principal.",
    "B|Se recomienda a los vecinos guardar agua potable y no dejar los grifos abiertos.",
    "B|Camiones cisterna recorrerán las calles afectadas durante la tarde.",
    "C|Noticias relacionadas",
    "C|Síguenos en Instagram",
    "C|Todos los derechos reservados © 2026 Portal Noticias",
], publisher=None, section="Nacionales", byline_raw="Por Luis Fernández", authors=["Luis Fernández"], truncated=False, lang="es")

page("notiziario-it-treno", "https://notiziario.example/cronaca/treno-regionale-nuove-corse-8812", "notiziario", [
    "C|Notiziario",
    "C|Home",
    "C|Cronaca",
    "C|Economia",
    "C|Abbonati",
    "T|Treni regionali, dieci nuove corse dal primo gennaio",
    "H|Gazzetta di Valle",
    "H|di Marco Rinaldi",
    "H|6 dicembre 2026",
    "P|La regione ha annunciato dieci nuove corse giornaliere sulla linea tra la città e i comuni della valle, a partire dal primo gennaio.",
    "B|I pendolari chiedevano da anni treni più frequenti nelle ore di punta.",
    "C|Leggi anche",
    "C|Autostrada, cantiere prorogato fino a marzo",
    "C|Condividi",
    "C|Continua a leggere su Gazzetta di Valle",
], publisher="Gazzetta di Valle", byline_raw="di Marco Rinaldi", authors=["Marco Rinaldi"], truncated=True, lang="it")

page("agregador-pt-hospital", "https://agregador.example/noticia/hospital-regional-ganha-nova-ala-3391", "agregador", [
    "C|Agregador",
    "C|Últimas",
    "C|Brasil",
    "C|Mundo",
    "C|Entrar",
    "T|Hospital regional ganha nova ala de pediatria",
    "H|Jornal do Vale",
    "H|Por Ana Souza",
    "H|06/12/2026 10h15",
    "P|O hospital regional inaugurou nesta sexta-feira uma ala de pediatria com 40 leitos, que deve reduzir a fila de transferências para a capital.",
    "B|Segundo a secretaria de saúde, a obra custou 18 milhões de reais e levou dois anos.",
    "B|A nova ala começa a receber pacientes na próxima semana.",
    "C|Compartilhe",
    "C|Leia mais",
    "C|Prefeitura anuncia mutirão de vacinação",
    "C|Baixe o app do Agregador",
], publisher="Jornal do Vale", byline_raw="Por Ana Souza", authors=["Ana Souza"], truncated=False, lang="pt")

page("portalnews-ko-bus", "https://portalnews.example/article/082/0001234567", "portalnews", [
    "C|포털뉴스",
    "C|홈",
    "C|정치",
    "C|경제",
    "C|사회",
    "C|구독",
    "T|시내버스 노선 12개 개편…출퇴근 배차 간격 줄인다",
    "H|남부일보",
    "H|입력 2026.12.06. 오전 9:41",
    "H|김민수 기자",
    "C|공감",
    "C|댓글",
    "P|시는 내년 1월부터 시내버스 노선 12개를 개편해 출퇴근 시간대 배차 간격을 평균 5분 줄인다고 6일 밝혔다.",
    "B|새 노선은 신도시와 도심을 잇는 구간에 집중 배치된다.",
    "B|시는 다음 달까지 시민 의견을 받아 최종안을 확정할 계획이다.",
    "C|기사원문",
    "C|남부일보 주요뉴스",
    "C|해당 언론사에서 선정하며 언론사 페이지(아웃링크)로 이동해 볼 수 있습니다.",
], publisher="남부일보", byline_raw="김민수 기자", authors=["김민수"], truncated=False, lang="ko")

page("dailyfeed-in-metro", "https://dailyfeed.example/en/story/metro-line-trial-run-completed-91ab", "dailyfeed", [
    "C|DailyFeed",
    "C|Home",
    "C|Videos",
    "C|Local",
    "C|Download App",
    "T|Metro line completes first trial run ahead of opening",
    "H|Western Chronicle",
    "H|6 Dec 2026, 11:20 am",
    "C|Follow",
    "P|The new east-west metro line completed its first trial run on Saturday, covering the full 18-kilometre route in under 30 minutes.",
    "B|Officials said safety checks would continue for another six weeks before passengers are allowed on board.",
    "C|Disclaimer: This story is auto-aggregated by a computer program and has not been created or edited by DailyFeed.",
    "C|Publisher: Western Chronicle",
    "C|Trending",
], publisher="Western Chronicle", truncated=False)

page("letterpress-newsletter-budget", "https://citybrief.letterpress.example/p/what-the-budget-means", "letterpress", [
    "C|City Brief",
    "C|Subscribe",
    "C|Sign in",
    "T|What the council budget means for your street",
    "H|Tom Adebayo",
    "H|Dec 6, 2026",
    "C|12",
    "C|3",
    "C|Share",
    "P|The council published its draft budget on Thursday, and most of the headlines were about the rise in parking charges.",
    "B|But the bigger change is in road repairs: the money set aside for resurfacing falls by a third.",
    "B|That means the list of streets due for work next year is much shorter than the one promised in May.",
    "C|Thanks for reading City Brief! Subscribe for free to receive new posts and support my work.",
    "C|Leave a comment",
    "C|Share",
    "C|Previous",
    "C|Next",
], publisher=None, byline_raw="Tom Adebayo", authors=["Tom Adebayo"], truncated=False)

page("wirestack-mirror-floods", "https://wirestack.example/2026/12/06/flood-warnings-issued-river-valley", "wirestack", [
    "C|Skip to content",
    "C|WireStack",
    "C|Menu",
    "C|Search",
    "T|Flood warnings issued as river rises",
    "H|Source: Valley Herald",
    "H|December 6, 2026",
    "P|Flood warnings were in force along the river valley on Saturday after two days of heavy rain pushed water levels close to their highest point in a decade.",
    "B|Residents of low-lying streets have been told to move valuables upstairs.",
    "C|This article was originally published by Valley Herald. Read the original here.",
    "C|Post navigation",
    "C|Previous Post",
    "C|Next Post",
    "C|Leave a Reply Cancel reply",
    "C|Your email address will not be published. Required fields are marked *",
], publisher="Valley Herald", truncated=False)

page("nyheter-pl-most", "https://nyhetsflod.example/pl/artykul/most-na-rzece-zamkniety-4412", "nyhetsflod", [
    "C|Nyhetsflod",
    "C|Strona główna",
    "C|Kraj",
    "C|Świat",
    "C|Zaloguj się",
    "T|Most na rzece zamknięty do wiosny",
    "H|Gazeta Nadrzeczna",
    "H|2 godz. temu",
    "P|Drogowcy zamknęli stary most na rzece po tym, jak inspekcja wykazała pęknięcia w dwóch filarach.",
    "B|Objazd przez nową obwodnicę wydłuża dojazd do centrum o około kwadrans.",
    "C|Czytaj więcej na: Gazeta Nadrzeczna",
    "C|Udostępnij",
    "C|Polecane",
    "C|Nowe rondo przy dworcu gotowe · 1 dz. temu",
], publisher="Gazeta Nadrzeczna", truncated=True, lang="pl")

OUT.mkdir(parents=True, exist_ok=True)
for slug, case in PAGES:
    (OUT / f"{slug}.json").write_text(json.dumps(case, ensure_ascii=False, indent=2) + "\n")
print(len(PAGES), "pages")
