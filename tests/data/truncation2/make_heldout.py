"""Build truncation2's held-out pages (never tuned on): ``python make_heldout.py heldout``.

Written before any rule change of the round, scored before and once after. Each page: lines
tagged C| chrome, H| header line, T| title (header), P| first body paragraph, B| body,
untagged = blank. All text, names and sites are invented; gate, read-on and consent wording is
written as a site would print it, not from newsclean's phrase lists."""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
import casegen  # noqa: E402
from casegen import page  # noqa: E402

casegen.NOTE = ("Invented page text in the layout of a real long-tail site (truncation2 held-out, "
                "written before any rule change of the round and never tuned on).")

# --- cut texts: an ending by shape, a read-on, sign-in or app wall under it ---------------

page("harbourreader-ferry-fares", "https://harbourreader.example/s/ferry-fares-rise-88120", "harbourreader", [
    "C|HarbourReader",
    "C|For you  Following  Local",
    "T|Island ferry fares to rise by 9% in spring",
    "H|Bayside Chronicle",
    "H|2h ago",
    "P|Return tickets on the island ferry will cost 9% more from April, the operator said on Tuesday, blaming higher fuel and crew costs.",
    "B|Islanders who commute to the mainland every day said the rise would add more than £300 a year to their bills, and the parish council has asked the operator to keep the …",
    "C|Continue reading on Bayside Chronicle",
    "C|Save",
    "C|Share",
], publisher="Bayside Chronicle", truncated=True)

page("kurzblick-de-hallenbad", "https://kurzblick.example/lokal/hallenbad-saniert-4410", "kurzblick", [
    "C|Kurzblick",
    "C|Startseite › Lokal",
    "H|Lokal",
    "T|Hallenbad bleibt bis zum Herbst geschlossen",
    "H|Von Jana Wellmann",
    "H|12.11.2026, 07:45 Uhr",
    "P|Das Hallenbad an der Parkstraße bleibt länger geschlossen als geplant, weil bei der Sanierung Schäden am Becken entdeckt wurden.",
    "B|Nach Angaben der Stadtwerke müssen die Fliesen im Schwimmerbecken vollständig erneuert werden, was die Arbeiten um mindestens vier Monate verlängert und die Kosten auf",
    "C|Sie wollen wissen, wie es weitergeht? Mit Kurzblick Plus lesen Sie alle Artikel.",
    "C|Jetzt 4 Wochen gratis testen",
    "C|Bereits registriert? Anmelden",
], section="Lokal", byline_raw="Von Jana Wellmann", authors=["Jana Wellmann"], truncated=True)

page("lecturefacile-fr-marche", "https://lecturefacile.example/fr/article/marche-couvert-rouvre-2291", "lecturefacile", [
    "C|LectureFacile",
    "C|À la une  Régions  Sports",
    "T|Le marché couvert rouvre ses portes après deux ans de travaux",
    "H|La Voix du Bocage",
    "H|il y a 5 heures",
    "P|Les commerçants du marché couvert ont retrouvé leurs étals samedi matin, après deux ans d'un chantier qui a coûté 6 millions d'euros à la commune.",
    "B|La halle, construite en 1902, a été entièrement désamiantée et dotée d'une nouvelle charpente. Le maire a salué « un lieu de vie qui [...]",
    "C|Ouvrir l'article complet",
    "C|Signaler un problème",
], publisher="La Voix du Bocage", truncated=True)

page("portalnoticias-es-puerto", "https://portalnoticias.example/es/n/ampliacion-puerto-pesquero-77312", "portalnoticias", [
    "C|PortalNoticias",
    "C|Inicio | España | Economía",
    "T|Aprueban la ampliación del puerto pesquero",
    "H|El Faro del Sur",
    "H|hace 3 horas",
    "P|El pleno del Ayuntamiento aprobó este martes la ampliación del puerto pesquero, una obra reclamada desde hace una década por la cofradía.",
    "B|El proyecto prevé un nuevo muelle de 180 metros y una lonja con cámaras frigoríficas.",
    "C|Abrir la noticia completa en El Faro del Sur",
    "C|Más noticias de El Faro del Sur",
], publisher="El Faro del Sur", truncated=True)

page("yomimatome-ja-kouen", "https://yomimatome.example/topics/detail/30551/", "yomimatome", [
    "C|ヨミまとめ",
    "C|トップ 国内 経済 エンタメ スポーツ",
    "T|市民公園に新しい遊具、来月から利用開始",
    "H|北陸日日新聞",
    "H|2026年11月12日 10時05分",
    "P|市は12日、市民公園に大型の複合遊具を設置し、来月1日から利用できるようにすると発表した。",
    "B|遊具は車いすのまま遊べる設計で、市内の公園では初めて。整備費は約4千万円で、",
    "C|記事全文を読む",
    "C|関連ニュース",
    "C|・冬の歩道に融雪装置 市が試験設置",
], publisher="北陸日日新聞", truncated=True)

page("shinbunplus-ja-ryokan", "https://shinbunplus.example/articles/ryokan-saikai-9932", "shinbunplus", [
    "C|しんぶんプラス",
    "C|ホーム > 地域",
    "H|地域",
    "T|老舗旅館が営業再開 水害から1年",
    "H|2026/11/10 18:30",
    "P|昨年の豪雨で浸水した温泉街の老舗旅館が10日、約1年ぶりに営業を再開した。",
    "B|女将は「多くの方に支えられてここまで来られた」と話し、常連客らが…",
    "C|ログインすると続きをお読みいただけます（無料会員登録）",
    "C|会員登録はこちら",
], section="地域", truncated=True)

page("kuaikan-zh-qiao", "https://kuaikan.example/a/20261112/qiao-tongche", "kuaikan", [
    "C|快看资讯",
    "C|首页 本地 财经 科技",
    "T|跨江大桥主体完工 明年五月通车",
    "H|江城晚报",
    "H|2026-11-12 09:14",
    "P|记者从市交通局获悉，跨江大桥主体工程11日全部完工，预计明年五月正式通车。",
    "B|大桥全长2.6公里，设双向六车道，通车后从江北到老城区的车程将由四十分钟缩短到",
    "C|打开快看资讯APP，查看完整内容",
    "C|相关推荐",
], publisher="江城晚报", truncated=True)

page("nuribox-ko-market", "https://nuribox.example/news/view/118820", "nuribox", [
    "C|누리박스",
    "C|홈  사회  경제  지역",
    "T|전통시장 주차장 새로 문 열어",
    "H|한빛일보",
    "H|2026.11.12 08:40",
    "P|시는 전통시장 옆에 120면 규모의 공영주차장을 새로 열었다고 12일 밝혔다.",
    "B|주차장은 처음 30분까지 무료로 운영되며, 시장에서 물건을 사면 한 시간 더 무료로",
    "C|누리박스 앱에서 기사 전문을 확인하세요",
    "C|앱 설치하기",
], publisher="한빛일보", truncated=True)

page("cronacaviva-it-ponte", "https://cronacaviva.example/it/cronaca/ponte-chiuso-lavori-5531", "cronacaviva", [
    "C|CronacaViva",
    "C|Home / Cronaca",
    "H|Cronaca",
    "T|Il ponte sul fiume resta chiuso fino a marzo",
    "H|di Marta Ferraresi",
    "H|12 novembre 2026",
    "P|Il ponte sul fiume resterà chiuso al traffico fino a marzo per completare i lavori di consolidamento dei piloni, ha annunciato la Provincia.",
    "B|I pendolari dovranno usare la tangenziale, con un allungamento del percorso di circa dodici chilometri, mentre per i pullman scolastici la Provincia sta studiando un",
    "C|Per leggere tutto l'articolo accedi o registrati gratuitamente",
    "C|Accedi",
    "C|Registrati",
], section="Cronaca", byline_raw="di Marta Ferraresi", authors=["Marta Ferraresi"], truncated=True)

page("folhaaqui-pt-feira", "https://folhaaqui.example/br/cidades/feira-livre-horario-2218", "folhaaqui", [
    "C|FolhaAqui",
    "C|Cidades",
    "H|Cidades",
    "T|Feira livre muda de horário a partir de dezembro",
    "H|Por Camila Teixeira",
    "H|12/11/2026 11h02",
    "P|A feira livre da praça central passará a funcionar das 6h às 13h a partir de dezembro, informou a prefeitura nesta quinta-feira.",
    "B|Segundo a secretaria de abastecimento, a mudança atende a um pedido dos feirantes, que reclamavam do calor no fim da manhã e da",
    "C|Faça login ou crie sua conta grátis para ler a matéria completa",
    "C|Entrar",
], section="Cidades", byline_raw="Por Camila Teixeira", authors=["Camila Teixeira"], truncated=True)

page("briefly-ai-water-main", "https://briefly.example/story/water-main-burst-downtown-6620", "briefly", [
    "C|Briefly",
    "C|Top stories · Local · Tech",
    "T|Water main burst floods downtown streets",
    "H|Riverside Courier",
    "H|Nov 12, 2026 · 2 min read",
    "C|AI summary",
    "P|A burst water main flooded three downtown blocks early Thursday, forcing the closure of two intersections during the morning commute.",
    "B|City crews shut off the valve within an hour, but about 200 homes were left without water until midday.",
    "B|The utility said the pipe was installed in 1958 and is on its list for replacement next year.",
    "C|👍 18",
    "C|Open the full story on Riverside Courier",
], publisher="Riverside Courier", truncated=True)

page("worldpulse-en-glacier", "https://worldpulse.example/news/glacier-retreat-record-88812", "worldpulse", [
    "C|WorldPulse",
    "C|News | Videos | Photos",
    "T|Alpine glacier retreat hits new record",
    "H|Mountain Gazette",
    "H|12 Nov 2026",
    "P|Glaciers in the eastern Alps lost more ice this summer than in any year since measurements began, a monitoring group said on Wednesday.",
    "B|The group said the average glacier front moved back by 41 metres, nearly twice the average of the last decade, and warned that several small glaciers could vanish within",
    "C|Go to full article",
    "C|Related News",
    "C|Ski resorts brace for a short season",
], publisher="Mountain Gazette", truncated=True)

page("czytnik-pl-tramwaj", "https://czytnik.example/wiadomosci/tramwaj-nowa-linia-3381", "czytnik", [
    "C|Czytnik",
    "C|Wiadomości  Region  Sport",
    "T|Nowa linia tramwajowa ruszy w styczniu",
    "H|Gazeta Nadrzeczna",
    "H|12.11.2026",
    "P|Nowa linia tramwajowa na osiedle Zielone ruszy w pierwszym tygodniu stycznia, poinformował w czwartek zarząd transportu.",
    "B|Tramwaje będą kursować co dziesięć minut w godzinach szczytu, a wieczorem co…",
    "C|Zaloguj się, by przeczytać cały tekst",
    "C|Nie masz konta? Zarejestruj się",
], publisher="Gazeta Nadrzeczna", truncated=True)

page("lentochka-ru-park", "https://lentochka.example/news/2026/11/12/park-rekonstrukciya", "lentochka", [
    "C|Ленточка",
    "C|Главное  Город  Спорт",
    "T|Реконструкцию городского парка завершат к лету",
    "H|Приволжская правда",
    "H|12 ноября 2026, 10:20",
    "P|Реконструкцию центрального парка завершат к июню, сообщили в мэрии в среду.",
    "B|В парке заменят освещение, обустроят новые дорожки и площадку для выгула собак, а старый фонтан…",
    "C|Открыть полную версию статьи",
    "C|Поделиться",
], publisher="Приволжская правда", truncated=True)

page("nieuwslezer-nl-dijk", "https://nieuwslezer.example/artikel/dijkversterking-start-5124", "nieuwslezer", [
    "C|NieuwsLezer",
    "C|Binnenland  Regio  Sport",
    "T|Dijkversterking langs de rivier begint in januari",
    "H|Rivierenbode",
    "H|12 nov 2026",
    "P|Het waterschap begint in januari met het versterken van vier kilometer dijk langs de rivier, het grootste project in de regio in twintig jaar.",
    "B|Bewoners van de dijkwoningen krijgen een tijdelijke toegangsweg en worden volgens het waterschap",
    "C|Log in om verder te lezen",
    "C|Nog geen account? Maak er gratis een aan",
], publisher="Rivierenbode", truncated=True)

page("pocketpress-en-app-wall", "https://pocketpress.example/read/school-roof-repairs-1207", "pocketpress", [
    "C|PocketPress",
    "C|Sign in",
    "H|Education",
    "T|School roof repairs delayed again",
    "H|By Owen Pritchard",
    "H|Nov 12, 2026",
    "P|Repairs to the leaking roof at Hillside Primary have been pushed back to the summer holidays, the county council told parents in a letter on Wednesday.",
    "B|Parents said buckets had been placed in two classrooms since October and that the council had promised a fix before",
    "C|Get the rest of this story in the PocketPress app",
    "C|Open app",
], section="Education", byline_raw="By Owen Pritchard", authors=["Owen Pritchard"], truncated=True)

# --- complete texts: a consent notice, rails, related links, account chrome ----------------

page("eastvalewire-consent-embed", "https://eastvalewire.example/news/cycle-lane-vote-2026-11-12/", "eastvalewire", [
    "C|Eastvale Wire",
    "C|News  Sport  What's On",
    "H|News",
    "T|Councillors back new cycle lane on Mill Road",
    "H|By Hannah Okafor",
    "H|12 November 2026",
    "P|Councillors have approved a protected cycle lane on Mill Road after a consultation in which two thirds of residents backed the plan.",
    "B|The council's transport lead posted a video of the route on social media after the vote.",
    "C|This content is not available due to your privacy preferences.",
    "C|Update your settings here to see it.",
    "B|Work is due to start in February and will take about three months.",
    "B|Traders on the road had asked for loading bays to be kept, and the final design includes four.",
    "C|Share this article",
    "C|More from News",
], section="News", byline_raw="By Hannah Okafor", authors=["Hannah Okafor"], truncated=False)

page("talbote-de-extern", "https://talbote.example/region/radweg-eroeffnet-2026-11-12", "talbote", [
    "C|Talbote",
    "C|Region  Sport  Kultur",
    "H|Region",
    "T|Neuer Radweg zwischen den Dörfern eröffnet",
    "H|Von Felix Brandner",
    "H|12.11.2026",
    "P|Zwischen Oberau und Niederau können Radfahrer seit Mittwoch auf einem eigenen Weg fahren, der nach zwei Jahren Bauzeit freigegeben wurde.",
    "C|Externer Inhalt",
    "C|Dieser Inhalt kann aufgrund Ihrer Datenschutz-Einstellungen nicht angezeigt werden.",
    "C|Inhalt anzeigen",
    "B|Der Weg ist drei Kilometer lang und hat 1,4 Millionen Euro gekostet.",
    "B|Der Bürgermeister kündigte an, den Weg im nächsten Jahr bis zum Bahnhof zu verlängern.",
    "C|Mehr zum Thema",
    "C|Kreistag beschließt Busnetz für 2027",
], section="Region", byline_raw="Von Felix Brandner", authors=["Felix Brandner"], truncated=False)

page("vigievaux-fr-consent-end", "https://vigievaux.example/fr/actu/bibliotheque-horaires-6672", "vigievaux", [
    "C|Vigie des Vaux",
    "C|Actu  Sports  Loisirs",
    "H|Actu",
    "T|La bibliothèque ouvrira le dimanche dès janvier",
    "H|Par Claire Monnet",
    "H|12 novembre 2026",
    "P|La bibliothèque municipale ouvrira désormais le dimanche après-midi, de 14 heures à 18 heures, à partir du 4 janvier.",
    "B|La mairie a recruté deux agents supplémentaires pour assurer ces nouveaux horaires.",
    "C|Ce contenu n'est pas disponible en raison de vos choix de consentement aux cookies.",
    "C|Modifier mes préférences",
    "C|À lire aussi",
    "C|Le festival de jazz dévoile sa programmation",
], section="Actu", byline_raw="Par Claire Monnet", authors=["Claire Monnet"], truncated=False)

page("diarioribera-es-lee-tambien", "https://diarioribera.example/local/nuevo-centro-salud-3349", "diarioribera", [
    "C|Diario Ribera",
    "C|Local  Deportes  Opinión",
    "H|Local",
    "T|El nuevo centro de salud abrirá en febrero",
    "H|Por Lucía Ferrán",
    "H|12 de noviembre de 2026",
    "P|El nuevo centro de salud del barrio de San Roque abrirá sus puertas en febrero, según confirmó el consejero de Sanidad durante una visita a las obras.",
    "C|Este contenido no se muestra porque no has aceptado las cookies de terceros.",
    "C|Aceptar y ver contenido",
    "B|El edificio contará con doce consultas y un servicio de urgencias abierto las 24 horas.",
    "C|Lee también: Las obras de la ronda norte, paralizadas por falta de presupuesto",
    "C|Comentarios",
], section="Local", byline_raw="Por Lucía Ferrán", authors=["Lucía Ferrán"], truncated=False)

page("tsuushin-ja-complete", "https://tsuushin.example/news/20261112/toshokan", "tsuushin", [
    "C|つうしんニュース",
    "C|国内 国際 経済 スポーツ",
    "T|図書館の開館時間を延長 来年度から",
    "H|南信タイムズ",
    "H|2026年11月12日",
    "P|市教育委員会は12日、市立図書館の開館時間を来年4月から平日は午後9時まで延長すると発表した。",
    "B|仕事帰りの利用者からの要望を受けたもので、職員を2人増やして対応する。",
    "C|このコンテンツは、Cookieの設定により表示できません。",
    "C|関連記事",
    "C|駅前の再開発ビル、来春着工へ",
    "C|もっと見る",
], publisher="南信タイムズ", truncated=False)

page("gazzettino-it-youtube", "https://ilgazzettinodelborgo.example/cronaca/sagra-record-presenze", "ilgazzettinodelborgo", [
    "C|Il Gazzettino del Borgo",
    "C|Cronaca  Sport  Eventi",
    "H|Eventi",
    "T|Sagra d'autunno, record di presenze",
    "H|di Paolo Rinaldi",
    "H|12 novembre 2026",
    "P|Oltre trentamila persone hanno visitato la sagra d'autunno nel fine settimana, il numero più alto da quando la festa è nata.",
    "C|Questo contenuto non è disponibile a causa delle tue preferenze sulla privacy.",
    "C|Gestisci le preferenze",
    "B|Gli organizzatori hanno ringraziato i volontari e annunciato le date della prossima edizione.",
    "C|Leggi anche",
    "C|Fiera del tartufo, tutte le date",
], section="Eventi", byline_raw="di Paolo Rinaldi", authors=["Paolo Rinaldi"], truncated=False)

page("northfieldpost-account-footer", "https://northfieldpost.example/local/library-late-fees-scrapped", "northfieldpost", [
    "C|Northfield Post",
    "C|Local  Schools  Obituaries",
    "H|Local",
    "T|Library scraps late fees for good",
    "H|By Dana Whitlock",
    "H|November 12, 2026",
    "P|The Northfield Public Library will no longer charge late fees, the board voted Tuesday, after a one-year trial brought back hundreds of overdue books.",
    "B|The library said fines had made up less than 1% of its budget.",
    "B|“We would rather have the books and the readers back,” director Amy Soto said.",
    "C|Read more: School board to vote on later start times",
    "C|Log in",
    "C|Create account",
    "C|© 2026 Northfield Post",
], section="Local", byline_raw="By Dana Whitlock", authors=["Dana Whitlock"], truncated=False)

page("feedlane-en-rail-ellipsis", "https://feedlane.example/story/beach-cleanup-4410", "feedlane", [
    "C|Feedlane",
    "T|Volunteers clear two tonnes of litter from beach",
    "H|Coastline Today",
    "H|5h ago",
    "P|More than 150 volunteers collected two tonnes of litter from the town beach on Saturday, the largest haul since the clean-up began in 2019.",
    "B|Organisers said fishing nets and plastic bottles made up most of the rubbish.",
    "C|More stories",
    "C|Harbour wall repairs to begin next week after storm damage left a …",
    "C|Coastline Today · 1d",
    "C|Lifeboat crew rescues two walkers cut off by the tide on the…",
    "C|Coastline Today · 2d",
], publisher="Coastline Today", truncated=False)

casegen.write_pages()
