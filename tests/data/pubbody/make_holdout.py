"""Eight invented publisher pages held out from tuning (fixtures/publishers/body-holdout):
written before any rule change, scored before and after, never read to fix a rule. Same
families as make_tune.py in other CMS shells and languages. All text, people, places and
sites are invented. Run: python make_holdout.py <out-dir>"""
from pagegen import C, DL, H, P, TABLE, UL, page, write_pages
from shells import PORTAL

ARC = """<!DOCTYPE html><html lang="{lang}"><head>{head}</head><body>
<div id="fusion-app"><header class="site-header"><a href="/" class="logo">{site}</a><nav class="nav-sections"><a href="/local/">Local</a><a href="/politics/">Politics</a><a href="/subscribe/">Subscribe</a></nav></header>
<div class="layout-section"><div class="headline-container"><h1 class="headline">{headline}</h1></div>
<div class="byline-container"><span class="byline">By <a href="/people/x/">{author}</a></span>{header}</div>
<article class="article-body-wrapper">
{body}
</article>
<div class="below-article">{after}</div></div>
<footer class="footer"><p>{footer}</p></footer></div></body></html>"""

NIEUWS = """<!DOCTYPE html><html lang="{lang}"><head>{head}</head><body>
<header><div class="logo"><a href="/">{site}</a></div><nav><a href="/binnenland">Binnenland</a><a href="/regio">Regio</a><a href="/sport">Sport</a></nav></header>
<main><article><header><h1>{headline}</h1><div class="meta"><span class="auteur">{author}</span>{header}</div></header>
<section class="artikel-tekst">
{body}
</section>
<section class="na-artikel">{after}</section>
</article></main><footer><p>{footer}</p></footer></body></html>"""

GHOST = """<!DOCTYPE html><html lang="{lang}"><head>{head}</head><body class="post-template">
<header class="gh-head"><a class="gh-head-logo" href="/">{site}</a><nav class="gh-head-menu"><a href="/">Home</a><a href="/about/">About</a><a href="/membership/">Membership</a></nav></header>
<main class="gh-main"><article class="gh-article post"><header class="gh-article-header"><h1 class="gh-article-title">{headline}</h1>
<div class="gh-article-meta"><span class="gh-article-author-name"><a href="/author/x/">{author}</a></span>{header}</div></header>
<section class="gh-content gh-canvas">
{body}
</section>
</article>
<section class="gh-read-next">{after}</section></main>
<footer class="gh-foot"><p>{footer}</p></footer></body></html>"""

page(
    "en-arc-metro-read-more-media-contact", lang="en", site="The Harbor City Courier",
    url="https://www.harborcitycourier.example/local/2026/04/05/ferry-terminal-reopens-after-pier-repairs/",
    headline="Ferry terminal reopens after six months of pier repairs",
    author="Grant Oyelaran", authors=["Grant Oyelaran"], published="2026-04-05T12:30:00-07:00",
    shell=ARC, header="<time datetime='2026-04-05T12:30:00-07:00'>April 5, 2026 at 12:30 p.m. PDT</time>",
    footer="© 2026 The Harbor City Courier",
    blocks=[
        P("The downtown ferry terminal reopened Sunday morning after six months of repairs to the pier's rotting timber pilings, restoring the quickest commute for thousands of island residents.", "b-paragraph"),
        P("The first boat left for Cormorant Island at 6:10 a.m. with about 140 passengers aboard, many of them hospital and restaurant workers who had spent the winter on a 50-minute detour through the north terminal.", "b-paragraph"),
        C("<p class='b-paragraph'><b>READ MORE:</b> <a href='/local/2025/10/02/pier-closure-ferry-riders/'>Pier closure leaves ferry riders with longer, pricier trips</a></p>", "Pier closure leaves ferry riders with longer"),
        P("Port engineers replaced 212 of the pier's 380 pilings with steel, and added a covered waiting area on the upper deck.", "b-paragraph"),
        H("New schedule"),
        TABLE(("Weekdays", "6:10 a.m.", "9:40 p.m."), ("Saturdays", "7:00 a.m.", "10:30 p.m."), ("Sundays", "8:00 a.m.", "8:00 p.m."), head=("Day", "First boat", "Last boat")),
        P("“It's like getting an hour of my day back,” said Lorena Batiste, who commutes to a dental office downtown.", "b-paragraph"),
        C("<div class='interstitial-link'><p><span>MORE FROM THE COURIER</span> <a href='/local/2026/03/30/island-bridge-study/'>Study revives idea of a bridge to Cormorant Island</a></p></div>", "Study revives idea of a bridge"),
        P("The Port Authority said fares would stay at $4.50 for adults through the end of the year.", "b-paragraph"),
        C("<p class='b-paragraph'><i>Media contact: Port Authority communications office, (555) 010-2233, press@harborport.example</i></p>", "press@harborport.example"),
    ],
    after=[
        C("<div class='related-stories'><h2 class='related-header'>More from Local</h2><ul><li><a href='/local/1/'>City council delays vote on parking meters</a><span class='timestamp'>1 hour ago</span></li><li><a href='/local/2/'>High school robotics team heads to nationals</a><span class='timestamp'>3 hours ago</span></li></ul></div>", "City council delays vote on parking meters", "High school robotics team heads to nationals"),
    ],
)

page(
    "nl-nieuws-lees-ook-bron", lang="nl", site="Dagblad Rivierenland",
    url="https://www.dagbladrivierenland.example/regio/tiel/nieuwe-fietsbrug-over-de-linge-open~a4412890/",
    headline="Nieuwe fietsbrug over de Linge na jaren vertraging open",
    author="Sanne de Vries", authors=["Sanne de Vries"], published="2026-04-03T15:20:00+02:00",
    shell=NIEUWS, header="<time datetime='2026-04-03T15:20:00+02:00'>3 apr. 2026</time>",
    footer="© Dagblad Rivierenland",
    blocks=[
        P("Na vier jaar vertraging is de nieuwe fietsbrug over de Linge bij Tiel vrijdagmiddag geopend. Fietsers hoeven niet langer drie kilometer om te rijden via de verkeersbrug."),
        P("De brug van 90 meter kostte 6,8 miljoen euro, twee miljoen meer dan begroot. Volgens de gemeente liepen de kosten op door de hoge staalprijzen en een lange procedure over de vergunning."),
        C("<p><strong>Lees ook:</strong> <a href='/regio/tiel/bouw-fietsbrug-opnieuw-stilgelegd~a4300112/'>Bouw fietsbrug opnieuw stilgelegd na vondst van oude munitie</a></p>", "Bouw fietsbrug opnieuw stilgelegd"),
        P("Wethouder Mirjam Koster knipte het lint door samen met leerlingen van een basisschool uit Wadenoijen. ‘Voor scholieren is dit de veiligste route naar de middelbare school’, zei ze."),
        H("De brug in cijfers", "h3"),
        UL("Lengte: 90 meter", "Breedte: 4,5 meter", "Kosten: 6,8 miljoen euro", "Verwacht gebruik: 3.000 fietsers per dag"),
        C("<div class='steun-ons'><h3>Steun onafhankelijke journalistiek</h3><p>Word abonnee en lees onbeperkt al het nieuws uit de regio.</p><a href='/abonnement'>Bekijk aanbod</a></div>", "Word abonnee en lees onbeperkt"),
        P("De oude pontjesdienst op dezelfde plek stopt per 1 mei. De veerman gaat met pensioen."),
        C("<p><em>Bron: gemeente Tiel</em></p>", "Bron: gemeente Tiel"),
    ],
    after=[
        C("<div class='gerelateerd'><h2>Meer over dit onderwerp</h2><ul><li><a href='/regio/1/'>Fietsers blij met nieuwe route langs de Waal</a></li><li><a href='/regio/2/'>Veerpont Wadenoijen vaart laatste seizoen</a></li></ul></div>", "Fietsers blij met nieuwe route", "Veerpont Wadenoijen vaart laatste seizoen"),
    ],
)

page(
    "sv-tidning-las-ocksa-kalla", lang="sv", site="Norrlandskuriren",
    url="https://www.norrlandskuriren.example/nyheter/skelleftea/ny-vardcentral-oppnar-i-kage-7712034.aspx",
    headline="Ny vårdcentral öppnar i Kåge efter sju år utan",
    author="Elin Lindqvist", authors=["Elin Lindqvist"], published="2026-04-02T08:00:00+02:00",
    shell=NIEUWS, header="<time datetime='2026-04-02T08:00:00+02:00'>2 april 2026</time>",
    footer="© Norrlandskuriren 2026",
    blocks=[
        P("Efter sju år utan egen vårdcentral får Kåge en ny mottagning i maj. Regionen har skrivit avtal med en privat vårdgivare som tar över den gamla apotekslokalen vid torget."),
        P("Mottagningen ska ha två läkare, tre sjuksköterskor och en barnmorska, och vara öppen vardagar mellan 8 och 17."),
        C("<p><strong>Läs också:</strong> <a href='/nyheter/skelleftea/kage-bor-aker-tre-mil-till-lakaren-7601128.aspx'>Kågebor åker tre mil till läkaren</a></p>", "Kågebor åker tre mil till läkaren"),
        P("– Det här är något vi har kämpat för länge. Många äldre har inte bil och bussen går bara varannan timme, säger Britt-Marie Holm i Kåge byaförening."),
        H("Så når du mottagningen"),
        UL("Telefon: vardagar 8–10", "Drop-in: tisdagar och torsdagar 13–15", "1177: digital kontakt dygnet runt"),
        C("<div class='lasmer'><span class='lasmer__rubrik'>Läs mer</span><ul><li><a href='/nyheter/1.aspx'>Regionen vill stänga två vårdcentraler i inlandet</a></li><li><a href='/nyheter/2.aspx'>Läkarbristen: så ser det ut i din kommun</a></li></ul></div>", "Regionen vill stänga två vårdcentraler", "Läkarbristen: så ser det ut"),
        P("Avtalet gäller i fyra år med möjlighet till förlängning."),
        C("<p>Källa: Region Västerbotten</p>", "Region Västerbotten"),
    ],
    after=[
        C("<section class='relaterat'><h2>Mer om ämnet</h2><ul><li><a href='/nyheter/3.aspx'>Apoteket i Kåge stänger</a></li><li><a href='/nyheter/4.aspx'>Ny busslinje till Skellefteå lasarett</a></li></ul></section>", "Apoteket i Kåge stänger", "Ny busslinje till Skellefteå lasarett"),
    ],
)

page(
    "pt-br-assessoria-de-imprensa", lang="pt-BR", site="Folha do Cerrado",
    url="https://www.folhadocerrado.example/noticias/2026/04/festival-de-viola-reune-300-musicos-em-goias",
    headline="Festival de viola reúne 300 músicos no interior de Goiás",
    author="Luana Esteves", authors=["Luana Esteves"], published="2026-04-04T19:00:00-03:00",
    shell=ARC, header="<span class='date'>04/04/2026 - 19:00</span>",
    footer="Folha do Cerrado © 2026",
    blocks=[
        P("Mais de 300 violeiros de seis estados participam neste fim de semana do Festival de Viola de Pirenópolis, que chega à 12ª edição com shows gratuitos na praça da Matriz."),
        P("A programação inclui oficinas de afinação, uma mostra de construtores de instrumentos e a tradicional roda de viola na madrugada de domingo."),
        C("<p><strong>Leia mais: </strong><a href='/noticias/2026/03/pirenopolis-recebe-recorde-de-turistas'>Pirenópolis recebe recorde de turistas no carnaval</a></p>", "Pirenópolis recebe recorde de turistas"),
        P("“A viola caipira está viva porque os jovens estão aprendendo”, disse o organizador Zé Amâncio, que começou a tocar aos oito anos."),
        DL(("Quando", "de 10 a 12 de abril"), ("Onde", "Praça da Matriz, Pirenópolis"), ("Quanto", "gratuito"), cls="servico"),
        P("A prefeitura estima que o evento atraia 20 mil visitantes e movimente R$ 4 milhões na economia da cidade."),
        C("<p><strong>Assessoria de imprensa:</strong> Ateliê Comunicação – (62) 0000-0000 – contato@atelie.example</p>", "contato@atelie.example"),
    ],
    after=[
        C("<div class='related-news'><h3>Notícias relacionadas</h3><a href='/noticias/1'><h4>Orquestra de violeiros grava primeiro disco</h4></a><a href='/noticias/2'><h4>Goiás abre inscrições para editais de cultura</h4></a></div>", "Orquestra de violeiros grava primeiro disco", "Goiás abre inscrições"),
    ],
)

page(
    "en-ghost-nonprofit-support-event", lang="en", site="The Millbrook Beacon",
    url="https://millbrookbeacon.example/library-seed-swap-returns/",
    headline="Library seed swap returns with a record 400 varieties",
    author="Hannah Ostrowski", authors=["Hannah Ostrowski"], published="2026-03-30T07:00:00-04:00",
    shell=GHOST, header="<time class='gh-article-meta-date' datetime='2026-03-30'>Mar 30, 2026</time>",
    footer="The Millbrook Beacon © 2026 · Published with Ghost",
    blocks=[
        P("The Millbrook Public Library's spring seed swap returns Saturday with more than 400 varieties of vegetable, herb and flower seeds, most of them saved by local gardeners from last year's harvest."),
        P("Organizer Pat Delacroix said the swap has grown every year since it started in a corner of the reading room with two shoe boxes of envelopes."),
        C("<p><em>Related: <a href='/community-garden-plots-waitlist/'>Community garden plots have a waitlist for the first time</a></em></p>", "Community garden plots have a waitlist"),
        P("Visitors do not need to bring seeds to take some, Delacroix said, though donations of home-saved seeds are welcome and should be labeled with the plant's name and the year they were collected."),
        UL("<strong>When:</strong> Saturday, April 11, 10 a.m. to 2 p.m.", "<strong>Where:</strong> Millbrook Public Library, community room", "<strong>Cost:</strong> Free"),
        C("<div class='kg-card kg-callout-card'><div class='kg-callout-text'><strong>The Beacon is free because readers like you chip in.</strong> Support our nonprofit newsroom with a monthly gift of any size.</div></div>", "chip in", "Support our nonprofit newsroom with a monthly gift"),
        P("The library will also host a talk on saving tomato seeds at 11 a.m. by master gardener Louis Abernathy."),
    ],
    after=[
        C("<h3 class='gh-read-next-title'>Read next</h3><div class='gh-card'><a class='gh-card-link' href='/farmers-market-moves/'><h3 class='gh-card-title'>Farmers market moves to Elm Street lot</h3></a></div><div class='gh-card'><a class='gh-card-link' href='/school-board-budget/'><h3 class='gh-card-title'>School board adopts leaner budget</h3></a></div>", "Farmers market moves to Elm Street lot", "School board adopts leaner budget"),
    ],
)

page(
    "cs-zpravy-ctete-take-zdroj", lang="cs", site="Deník Podhůří",
    url="https://www.denikpodhuri.example/zpravy/jicin/na-namesti-se-vraci-trhy-20260403.html",
    headline="Na jičínské náměstí se po zimě vracejí farmářské trhy",
    author="Petra Novotná", authors=["Petra Novotná"], published="2026-04-03T06:30:00+02:00",
    shell=PORTAL, header="<span class='datum'>3. dubna 2026 6:30</span>",
    footer="© Deník Podhůří 2026",
    blocks=[
        P("Farmářské trhy se od soboty vracejí na Valdštejnovo náměstí v Jičíně. Prodávat bude přes čtyřicet stánkařů z Podkrkonoší, o deset víc než loni."),
        P("Kromě zeleniny, sýrů a pečiva nabídnou trhy i sazenice a med. Radnice letos poprvé vyhradila místo pro prodejce z okolních vesnic za sníženou cenu."),
        C("<p><strong>Čtěte také:</strong> <a href='/zpravy/jicin/parkovani-na-namesti-20260310.html'>Parkování na náměstí zdraží od května</a></p>", "Parkování na náměstí zdraží od května"),
        P("„Lidé chtějí vědět, odkud jídlo pochází. Trhy jsou pro ně i místem setkání,“ říká organizátorka Jana Bartošová."),
        H("Kdy se trhy konají"),
        TABLE(("duben", "4. a 18."), ("květen", "2., 16. a 30."), ("červen", "13. a 27."), head=("Měsíc", "Soboty")),
        P("Trhy potrvají do konce října, vždy od 8 do 12 hodin."),
        C("<p>Zdroj: Město Jičín</p>", "Město Jičín"),
    ],
    after=[
        C("<div class='souvisejici'><h3>Související články</h3><ul><li><a href='/zpravy/1.html'>Jičín opraví kašnu na náměstí</a></li><li><a href='/zpravy/2.html'>Podkrkonošské sýry uspěly v soutěži</a></li></ul></div>", "Jičín opraví kašnu na náměstí", "Podkrkonošské sýry uspěly"),
    ],
)

page(
    "es-mx-lee-tambien-notas-relacionadas", lang="es-MX", site="Diario del Bajío",
    url="https://www.diariodelbajio.example/local/2026/04/02/nuevo-parque-lineal-en-el-rio-celaya/",
    headline="Abren el primer tramo del parque lineal a orillas del río",
    author="Fernanda Olvera", authors=["Fernanda Olvera"], published="2026-04-02T20:15:00-06:00",
    shell=PORTAL, header="<time datetime='2026-04-02T20:15:00-06:00'>2 de abril de 2026</time>",
    footer="Diario del Bajío. Todos los derechos reservados 2026.",
    blocks=[
        P("El primer tramo del parque lineal a la orilla del río, de 2.3 kilómetros, abrió este jueves con ciclovía, andadores y áreas de juegos, tras un año y medio de obras."),
        P("El proyecto recuperó un terreno que durante décadas sirvió como tiradero, y contempla en total siete kilómetros que se terminarán en 2028."),
        C("<p><strong>LEE TAMBIÉN</strong> <a href='/local/2026/01/15/limpieza-del-rio/'>Retiran 40 toneladas de basura del cauce del río</a></p>", "Retiran 40 toneladas de basura"),
        P("La alcaldesa Imelda Barajas dijo que el parque tendrá vigilancia las 24 horas y alumbrado solar."),
        H("Qué tiene el nuevo tramo"),
        UL("Ciclovía de 2.3 kilómetros", "Dos áreas de juegos infantiles", "Un foro al aire libre", "Gimnasio al aire libre"),
        C("<div class='notas-relacionadas'><p class='titulo'>Notas relacionadas</p><ul><li><a href='/local/1/'>Vecinos piden más árboles en la colonia Centro</a></li><li><a href='/local/2/'>Inicia la temporada de lluvias en el Bajío</a></li></ul></div>", "Vecinos piden más árboles", "Inicia la temporada de lluvias"),
        P("El horario del parque será de 6:00 a 22:00 horas todos los días."),
        P("Con información de Sofía Rangel"),
    ],
    after=[],
)

page(
    "it-giornale-leggi-anche-ufficio-stampa", lang="it", site="Il Corriere delle Valli",
    url="https://www.corrieredellevalli.example/cronaca/2026/04/01/riapre-la-funivia-del-monte-croce-4410/",
    headline="Riapre la funivia del Monte Croce dopo la revisione",
    author="Giulia Ferraresi", authors=["Giulia Ferraresi"], published="2026-04-01T17:40:00+02:00",
    shell=NIEUWS, header="<time datetime='2026-04-01T17:40:00+02:00'>1 aprile 2026</time>",
    footer="© Il Corriere delle Valli - P.IVA 00000000000",
    blocks=[
        P("Dopo cinque mesi di fermo per la revisione generale, la funivia del Monte Croce torna in funzione da sabato. Le cabine sono state rinnovate e il tempo di salita scende a sette minuti."),
        P("I lavori, costati 2,1 milioni di euro, hanno riguardato le funi, i freni e il sistema di controllo elettronico."),
        C("<p><strong>LEGGI ANCHE:</strong> <a href='/cronaca/2026/02/10/impianti-chiusi-4201/'>Impianti chiusi, gli albergatori chiedono ristori</a></p>", "gli albergatori chiedono ristori"),
        P("«È una giornata importante per tutta la valle», ha detto il sindaco Renato Bonomi."),
        H("Orari e tariffe"),
        TABLE(("Andata e ritorno", "18 euro"), ("Solo salita", "12 euro"), ("Ragazzi under 14", "9 euro"), head=("Biglietto", "Prezzo")),
        P("La funivia sarà aperta tutti i giorni dalle 8.30 alle 17.30 fino a ottobre."),
        C("<p><strong>Ufficio stampa</strong> Funivie Monte Croce – stampa@funivie.example</p>", "stampa@funivie.example"),
    ],
    after=[
        C("<div class='articoli-correlati'><h3>Articoli correlati</h3><ul><li><a href='/cronaca/1/'>Neve a Pasqua, piste aperte fino al 20 aprile</a></li><li><a href='/cronaca/2/'>Il rifugio Alpe Nuova cerca un gestore</a></li></ul></div>", "Neve a Pasqua, piste aperte", "Il rifugio Alpe Nuova cerca un gestore"),
    ],
)

if __name__ == "__main__":
    write_pages()
