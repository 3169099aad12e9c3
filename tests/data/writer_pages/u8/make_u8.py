"""Build invented long-tail aggregator pages (writer's round U8: hidden held-out set, never shown).

Each page: lines tagged C| chrome, H| header line, T| title (header), P| first body paragraph,
B| body, '' = blank. Labels derived from the tags plus the explicit fields. Site names, people and
article text are made up; layouts follow real readers, portals, mirrors and news apps.

    python make_u8.py [OUTDIR]   (default: this folder)
"""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
import casegen  # noqa: E402
from casegen import page  # noqa: E402

casegen.NOTE = "Invented page text in the layout of a real long-tail site (writer's hidden round U8, never shown to a rule-writing session)."
if len(sys.argv) < 2:
    sys.argv.append(str(pathlib.Path(__file__).resolve().parent))

# 1. Hebrew portal: skip link, title, subtitle, byline, date with pipe, photo caption with credit in
#    parentheses, body, full-story link, more-articles rail.
page("mivzakim-he-rakevet", "https://www.mivzakim.example/news/article/r1xk93bq", "mivzakim", [
    "C|דלג לתוכן",
    "C|מבזקים",
    "C|חדשות",
    "C|כלכלה",
    "C|ספורט",
    "T|הרכבת הקלה תפעל גם בלילות סוף השבוע החל מינואר",
    "H|משרד התחבורה אישר הרחבת שעות פעילות בקו האדום, לאחר ניסוי של שלושה חודשים",
    "H|מאת נועה כהן",
    "H|07.12.26 | 11:20",
    "H|תחנת הרכבת הקלה במרכז העיר בשעות הערב (צילום: יוסי לוי)",
    "P|הרכבת הקלה תפעל בימי חמישי ושישי עד השעה שתיים לפנות בוקר, כך הודיע היום משרד התחבורה.",
    "B|לפי נתוני המשרד, במהלך הניסוי נסעו בקו בשעות הלילה כ-9,000 נוסעים בממוצע בכל סוף שבוע.",
    "B|ראשי ערים בפריפריה ביקשו להרחיב את השירות גם לקווי האוטובוס המזינים.",
    "C|לכתבה המלאה באתר המקור",
    "C|כתבות נוספות",
    "C|מחירי הדירות עלו ב-1.2% ברבעון האחרון",
    "C|לפני 4 שעות",
], publisher=None, byline_raw="מאת נועה כהן", authors=["נועה כהן"],
    captions=[{"text": "תחנת הרכבת הקלה במרכז העיר בשעות הערב", "credit": "יוסי לוי", "position": "header"}],
    truncated=True, lang="he")

# 2. Danish regional news on a portal: skip link, ad label, title, source, byline, date, update stamp,
#    'Læs også' link inside the body, fact lines, share button, most-read rail with numbers.
page("nyhedsnu-da-skole", "https://nyhedsnu.example/lokalt/fyn/skole-lukker-afdeling-2026-12-07", "nyhedsnu", [
    "C|Gå til indhold",
    "C|NyhederNu",
    "C|Annonce",
    "T|Skole lukker afdeling i landsbyen efter sommerferien",
    "H|Fyns Amtsposten",
    "H|Af Mette Kjær",
    "H|7. dec. 2026 kl. 09.30",
    "C|Opdateret for 2 timer siden",
    "P|Byrådet har med 17 stemmer mod 12 besluttet at lukke skolens afdeling i landsbyen, så eleverne fra næste skoleår skal køre med bus til hovedskolen.",
    "B|Forældrene havde samlet over 1.100 underskrifter mod lukningen.",
    "C|Læs også: Ny hal i Ørbæk åbner til foråret",
    "B|Fakta:",
    "B|Afdelingen har i dag 64 elever fra 0. til 6. klasse.",
    "B|Kommunen forventer at spare 3,4 mio. kr. om året.",
    "C|Del artiklen",
    "C|Mest læste",
    "C|1",
    "C|Vejarbejde lukker motorvejsafkørsel i tre uger",
    "C|2",
    "C|Lokal bager vinder pris for årets rugbrød",
], publisher="Fyns Amtsposten", byline_raw="Af Mette Kjær", authors=["Mette Kjær"], truncated=False, lang="da")

# 3. English news-comparison app: AI key points widget, coverage/bias widgets, source card with age,
#    one source's excerpt, read-at link, 'similar stories' rail with source counts.
page("groundview-en-dam", "https://groundview.example/article/dam-repairs-delayed-after-inspection_8c1f0e", "groundview", [
    "C|GroundView",
    "C|Home",
    "C|For You",
    "C|Local",
    "C|Blindspot",
    "C|Get Premium",
    "T|Dam repairs delayed for a year after inspection finds more cracks",
    "H|December 6, 2026",
    "C|Summary by GroundView",
    "C|Engineers found cracks in the spillway that were not in the original survey.",
    "C|Work will now begin in spring 2028 rather than 2027.",
    "C|Coverage Details",
    "C|Total News Sources 14",
    "C|Leaning Left 4 · Center 8 · Leaning Right 2",
    "H|Dunmore Times",
    "H|18 hours ago",
    "P|Repairs to the Kellan Valley dam will be delayed by at least a year after a detailed inspection found cracks in the concrete spillway that had not shown up in an earlier survey, the regional water authority said.",
    "B|The authority said the dam was safe and that the reservoir would be kept about two metres below its usual level as a precaution.",
    "C|Read Full Article at Dunmore Times",
    "C|Similar News Coverage",
    "C|Water authority defends inspection record",
    "C|6 sources",
    "C|Farmers fear summer shortages below the dam",
    "C|3 sources",
], publisher="Dunmore Times", truncated=True)

# 4. Belgian French portal: breadcrumb, section, title, 'Par La Rédaction avec <agency>', published and
#    updated stamps on one line, 'Lire aussi' link, video widget, regional rail with ages.
page("infobelge-fr-greve", "https://www.infobelge.example/regions/liege/greve-des-bus-ce-lundi-2026-12-07", "infobelge", [
    "C|InfoBelge",
    "C|Accueil > Régions > Liège",
    "C|Se connecter",
    "H|Liège",
    "T|Grève des bus ce lundi : seule une ligne sur trois circulera",
    "H|Par La Rédaction avec Belga",
    "H|Publié le 06/12/2026 à 17:04 - Mis à jour le 06/12/2026 à 18:10",
    "P|Les syndicats du transport public ont confirmé leur préavis de grève pour ce lundi : dans la région liégeoise, environ une ligne de bus sur trois devrait être assurée, essentiellement vers les hôpitaux et les écoles.",
    "B|Les grévistes protestent contre la suppression prévue de 120 postes de chauffeurs d'ici 2028.",
    "C|Lire aussi : Le tram liégeois accuse un nouveau retard",
    "B|La société de transport conseille aux voyageurs de consulter son application avant de se déplacer.",
    "C|Notre sélection vidéo",
    "C|Aussi en Régions",
    "C|Namur : un parking gratuit pendant les fêtes",
    "C|il y a 3 h",
    "C|Charleroi : l'ancienne gare rénovée rouvre",
    "C|il y a 5 h",
], publisher=None, section="Liège", byline_raw="Par La Rédaction avec Belga", authors=[], organization="Belga", truncated=False, lang="fr-BE")

# 5. Mexican news app web page: download bar, title, source, 'Por: Redacción', date, photo caption
#    with 'Foto:' credit, body cut, keep-reading link, related topics.
page("noticiasya-es-mx-agua", "https://noticiasya.example/mx/nota/cortes-de-agua-en-12-colonias-por-obras-918273", "noticiasya", [
    "C|Descarga la app de NoticiasYa",
    "C|Abrir",
    "T|Anuncian cortes de agua en 12 colonias por obras en el acueducto",
    "H|El Heraldo del Bajío",
    "H|Por: Redacción",
    "H|07 de diciembre de 2026",
    "H|Trabajadores del organismo operador revisan una válvula del acueducto. Foto: Archivo El Heraldo del Bajío",
    "P|El organismo operador de agua anunció que 12 colonias del oriente de la ciudad tendrán el servicio suspendido el martes y miércoles mientras se cambia una válvula del acueducto principal.",
    "B|Se enviarán pipas a las escuelas y centros de salud de la zona, informó el organismo en un comunicado.",
    "B|Las colonias afectadas son...",
    "C|Sigue leyendo en El Heraldo del Bajío",
    "C|Temas relacionados:",
    "C|Agua potable",
    "C|Servicios públicos",
], publisher="El Heraldo del Bajío", byline_raw="Por: Redacción", authors=[],
    captions=[{"text": "Trabajadores del organismo operador revisan una válvula del acueducto.", "credit": "Archivo El Heraldo del Bajío", "position": "header"}],
    truncated=True, lang="es-MX")

# 6. Italian feed mirror: source and author labels, body, privacy-preferences notice standing in for an
#    embedded post, read-full-article link, cookie widget words.
page("notiziefeed-it-ponte", "https://notiziefeed.example/it/cronaca/ponte-chiuso-per-verifiche-33871", "notiziefeed", [
    "C|NotizieFeed",
    "C|Cronaca",
    "C|Politica",
    "C|Sport",
    "T|Ponte sul torrente chiuso per verifiche dopo la piena",
    "H|Fonte: Gazzetta di Valle",
    "H|Autore: Redazione",
    "H|6 dicembre 2026",
    "P|Il ponte provinciale sul torrente resterà chiuso almeno fino a mercoledì per le verifiche strutturali dopo la piena di venerdì notte, che ha danneggiato uno dei piloni.",
    "B|Il sindaco ha pubblicato sui social un video del pilone scalzato dall'acqua.",
    "C|Questo contenuto non è disponibile a causa delle tue preferenze sulla privacy. Aggiorna le impostazioni per visualizzarlo.",
    "B|Per raggiungere la frazione sulla sponda opposta è necessaria una deviazione di circa venti minuti.",
    "C|Leggi l'articolo completo su Gazzetta di Valle",
    "C|Gestisci preferenze cookie",
], publisher="Gazzetta di Valle", byline_raw="Autore: Redazione", authors=[], truncated=True, lang="it")

# 7. Swiss German reader: section, title, standfirst, byline with agencies, a 'Stand:' stamp only
#    (date modified), share row, body with a subhead, topic rail.
page("blickpunkt24-de-ch-lawine", "https://www.blickpunkt24.example/schweiz/lawinengefahr-steigt-im-wallis-id4471022.html", "blickpunkt24", [
    "C|Blickpunkt24",
    "C|Schweiz",
    "C|International",
    "C|Wirtschaft",
    "C|Anmelden",
    "H|Schweiz",
    "T|Lawinengefahr im Wallis steigt auf Stufe 4",
    "H|Bis zu 80 Zentimeter Neuschnee erwartet – mehrere Pässe bleiben gesperrt",
    "H|Von Reto Brunner mit Agenturen",
    "H|Stand: 07.12.2026, 10:45 Uhr",
    "C|Artikel teilen",
    "C|Vorlesen",
    "P|Das Institut für Schnee- und Lawinenforschung hat die Lawinengefahr für Teile des Oberwallis auf die zweithöchste Stufe angehoben.",
    "B|Bis Dienstag werden oberhalb von 1500 Metern bis zu 80 Zentimeter Neuschnee erwartet.",
    "B|Was bedeutet Stufe 4?",
    "B|Bei grosser Lawinengefahr sind spontane Lawinen wahrscheinlich, auch mittlere und grosse. Touren abseits gesicherter Pisten sind nicht zu empfehlen.",
    "C|Mehr zum Thema",
    "C|Skigebiete öffnen früher als geplant",
    "C|Bahnstrecke nach Zermatt wieder offen",
    "C|Schweiz",
    "C|International",
    "C|Wirtschaft",
], publisher=None, section="Schweiz", byline_raw="Von Reto Brunner mit Agenturen", authors=["Reto Brunner"], truncated=False, lang="de-CH")

# 8. Portuguese (Portugal) local site on an aggregator: agency as source, 'Hoje às' time, body,
#    share and comment counts, more-news rail.
page("ultimahora-pt-pt-comboio", "https://ultimahora.example/pt/pais/comboios-regionais-suprimidos-greve-2026-12-07", "ultimahora", [
    "C|ÚltimaHora",
    "C|País",
    "C|Mundo",
    "C|Economia",
    "C|Desporto",
    "H|País",
    "T|Greve suprime metade dos comboios regionais na segunda-feira",
    "H|Agência Lusa",
    "H|Hoje às 10:12",
    "P|A greve dos trabalhadores da manutenção ferroviária vai suprimir cerca de metade dos comboios regionais na segunda-feira, anunciou hoje a empresa.",
    "B|Os serviços mínimos decretados garantem as ligações de manhã cedo e ao fim da tarde nas linhas com mais passageiros.",
    "B|Os bilhetes já comprados podem ser reembolsados ou trocados sem custos.",
    "C|Partilhe este artigo",
    "C|Comentários (0)",
    "C|Mais notícias",
    "C|Chuva forte deixa quatro distritos em aviso amarelo",
    "C|Há 2 horas",
], publisher="Agência Lusa", section="País", organization="Agência Lusa", byline_raw=None, truncated=False, lang="pt-PT")

# 9. Japanese portal in the provider style: title, provider with date and '配信', comment count,
#    body, related-article links in brackets, last-updated stamp, report link, provider footer.
page("portalnews-ja-kouyou", "https://news.portalnews.example/articles/a81c2e94f0b7d1", "portalnews", [
    "C|ポータルニュース",
    "C|トップ",
    "C|国内",
    "C|地域",
    "T|紅葉シーズンの渋滞対策、臨時駐車場とシャトルバス運行へ",
    "H|12/7(日) 10:05配信",
    "H|山陰中央タイムズ",
    "C|コメント12件",
    "P|観光地の紅葉シーズンに合わせ、市は週末の渋滞対策として郊外に臨時駐車場を設け、シャトルバスを運行すると発表した。",
    "B|昨年は山道で最大3時間の渋滞が発生し、住民の生活道路にも影響が出ていた。",
    "B|シャトルバスは土日祝日に20分間隔で運行し、運賃は片道200円。",
    "C|【関連記事】",
    "C|観光客増加で住民の足に影響　市がアンケート",
    "C|最終更新:12/7(日) 10:40",
    "C|記事に関する報告",
    "C|山陰中央タイムズの記事一覧へ",
], publisher="山陰中央タイムズ", truncated=False, lang="ja")

# 10. Indian English regional portal: image label line and credit, 'Written by … | place | Updated:'
#     line, body, ads, follow promo, tags.
page("citylines-en-in-metro", "https://www.citylines.example/cities/pune/metro-line-extension-trial-runs-9021784/", "citylines", [
    "C|CityLines",
    "C|Cities",
    "C|India",
    "C|Explained",
    "C|ePaper",
    "H|Pune",
    "T|Metro line extension to start trial runs next month",
    "H|The corridor will have four new stations, including one at the bus depot.",
    "H|Written by Aarav Mehta | Pune | Updated: December 7, 2026 10:02 IST",
    "H|Representational image. (Image: CityLines file)",
    "P|Trial runs on the four-kilometre extension of the city's first metro line will begin in the second week of January, officials of the metro corporation said on Saturday.",
    "C|Advertisement",
    "B|Passenger services are expected to start by April once the safety commissioner inspects the line.",
    "B|The extension will link the existing terminus with the bus depot and two residential areas.",
    "C|Advertisement",
    "C|📣 Follow CityLines on WhatsApp and Telegram for the latest updates",
    "C|Tags:",
    "C|Pune Metro",
    "C|Public transport",
], publisher=None, section="Pune", byline_raw="Written by Aarav Mehta", authors=["Aarav Mehta"],
    captions=[{"text": "Representational image.", "credit": "CityLines file", "position": "header"}],
    truncated=False, lang="en-IN")

# 11. Persian portal: menu, title, agency source, Persian-digit date, body, source line at the end,
#     tags and comments box.
page("akhbarrooz-fa-naft", "https://akhbarrooz.example/fa/news/882145", "akhbarrooz", [
    "C|اخبار روز",
    "C|صفحه اصلی",
    "C|اقتصادی",
    "C|اجتماعی",
    "C|ورزشی",
    "T|صف‌های طولانی در جایگاه‌های سوخت پس از کاهش سهمیه",
    "H|۱۶ آذر ۱۴۰۵ - ۱۰:۲۰",
    "P|پس از کاهش سهمیه ماهانه بنزین کارت‌های شخصی، از صبح امروز صف‌های طولانی در جایگاه‌های سوخت شهر دیده می‌شود.",
    "B|مسئولان شرکت پخش فرآورده‌ها گفتند ذخایر سوخت کافی است و نگرانی برای کمبود وجود ندارد.",
    "B|رانندگان تاکسی خواستار افزایش سهمیه ویژه خود شده‌اند.",
    "H|منبع: روزنامه شرق کویر",
    "C|برچسب‌ها: بنزین، سهمیه، جایگاه سوخت",
    "C|نظرات",
    "C|ارسال نظر",
], publisher="روزنامه شرق کویر", truncated=False, lang="fa")

# 12. Croatian aggregator: title, source, relative age, author label, body cut mid-sentence, read-more
#     link naming the source, related cards with source and age, footer.
page("vijestihub-hr-trajekt", "https://vijestihub.example/hr/vijest/trajektna-linija-ukinuta-zimi-66102", "vijestihub", [
    "C|VijestiHub",
    "C|Najnovije",
    "C|Hrvatska",
    "C|Svijet",
    "T|Zimi ukinuta jedna od dvije trajektne linije prema otoku",
    "H|Slobodna Obala",
    "H|prije 3 sata",
    "H|Autor: Ivana Perić",
    "P|Od siječnja do ožujka trajekt će prema otoku ploviti samo jednom dnevno, umjesto dva puta, odlučila je agencija za obalni promet.",
    "B|Otočani upozoravaju da će bez popodnevne linije učenici i bolesnici morati noćiti na kopnu, a lokalni načelnik traži da se",
    "C|Pročitajte više na Slobodna Obala",
    "C|Povezane vijesti",
    "C|Nova brza linija do Splita od lipnja",
    "C|Slobodna Obala · prije 1 dan",
    "C|O nama · Impressum · Kolačići",
], publisher="Slobodna Obala", byline_raw="Autor: Ivana Perić", authors=["Ivana Perić"], truncated=True, lang="hr")

casegen.write_pages()
