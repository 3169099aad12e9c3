"""Invented long-tail aggregator pages for longtail16, set 2: the header zone again, written
after set 1's rules and scored before any rule change for them, in other languages and layouts
(et, lv, sl, is, af, eu, gl, sq, mk, en-NG): stamps over the headline, 'Written by' / 'Edited
by' pairs, a role line under the name, a date label on its own line, '©' credits, a source
named under the text's first lines.

    python pages_set2.py [OUTDIR]   (default: ./set2 beside this file)
"""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
import casegen  # noqa: E402

casegen.NOTE = "Invented page text in the layout of a real long-tail site (longtail16 set 2)."
if len(sys.argv) < 2:
    sys.argv.append(str(pathlib.Path(__file__).resolve().parent / "set2"))
page = casegen.shared_page
KIND = "regional_portal"

# 1. et: stamp above the headline, 'Autor:' byline below, photo credit 'Foto: X / Y'.
page("uudisvoog-et-tramm", "https://uudisvoog.example/eesti/tallinna-uus-trammiliin-7731", "uudisvoog", [
    "C|Uudisvoog",
    "C|Eesti  Maailm  Majandus  Sport  Kultuur",
    "H|Eesti",
    "H|07.12.2026 11:05",
    "T|Tallinna uus trammiliin jõuab Kopli sadamasse 2028. aastal",
    "H|Autor: Kadri Tamm",
    "H|Trammiehituse ala Põhja-Tallinnas. Foto: Mart Kask / Uudisvoog",
    "P|Tallinna linnavalitsus kinnitas esmaspäeval uue trammiliini ehitusplaani, mille järgi jõuab tramm Kopli sadamasse 2028. aasta sügisel.",
    "B|Liin tuleb 4,2 kilomeetri pikkune ning sellele rajatakse kaheksa peatust.",
    "B|Ehitus maksab umbes 60 miljonit eurot.",
    "C|Loe ka: Bussipiletid kallinevad jaanuarist",
    "C|Jaga: Facebook | X | E-post",
    "C|© Uudisvoog 2026",
], publisher_name="Uudisvoog", section="Eesti", byline_raw="Autor: Kadri Tamm", authors=["Kadri Tamm"],
    captions=[{"text": "Trammiehituse ala Põhja-Tallinnas.", "credit": "Mart Kask / Uudisvoog", "position": "header"}],
    truncated=False, lang="et", site_kind=KIND,
    header_pattern="uudisvoog:brand/spaced nav/section/stamp over title/title/'Autor: Name'/caption 'Foto: A / B'/body/'Loe ka:'/share/footer",
    notes="The stamp is printed over the headline.")

# 2. lv: aggregator card: source and relative time under the title, standfirst, no byline.
page("zinuplusma-lv-tilts", "https://zinuplusma.example/raksts/daugavpils-tilts-slegts-44102", "zinuplusma", [
    "C|Ziņu Plūsma",
    "C|Jaunākais  Latvijā  Pasaulē  Ekonomika",
    "T|Daugavpilī uz mēnesi slēgs Vienības tiltu",
    "H|Latgales Vēstis | pirms 3 stundām",
    "S|Satiksme tiks novirzīta pa Ķīmiķu ielu, brīdina pašvaldība.",
    "P|Daugavpils pašvaldība no 14. decembra uz mēnesi slēgs Vienības tiltu, lai nomainītu tā deformācijas šuves, paziņoja būvvaldē.",
    "B|Sabiedriskā transporta maršruti tiks mainīti, un autobusi kursēs biežāk.",
    "B|Darbi izmaksās 380 000 eiro.",
    "C|Lasīt pilnu rakstu: Latgales Vēstis",
    "C|Ziņu Plūsma apkopo ziņas no vairāk nekā 150 Latvijas medijiem.",
], publisher="Latgales Vēstis", truncated=True, lang="lv", site_kind="aggregator_portal",
    header_pattern="zinuplusma:brand/spaced nav/title/'Source | relative time'/standfirst/body/'Lasīt pilnu rakstu:'/about",
    notes="Source and age on one line under the headline.")

# 3. sl: crumb with ›, two authors 'Avtorja:' then names with comma, stamp 'Objavljeno:' and 'Posodobljeno:', '©' credit.
page("novicenet-sl-vlak", "https://novicenet.example/slovenija/nova-vlakovna-povezava-ljubljana-koper-3319", "novicenet", [
    "C|NoviceNet",
    "C|Prijava",
    "H|Novice › Slovenija",
    "T|Nova vlakovna povezava med Ljubljano in Koprom bo hitrejša za pol ure",
    "H|Avtorja: Maja Novak, Luka Zupan",
    "H|Objavljeno: 7. 12. 2026, 09:40",
    "H|Posodobljeno: 7. 12. 2026, 12:15",
    "H|Vlak na postaji v Divači. © Luka Zupan",
    "P|Slovenske železnice bodo s spremembo voznega reda decembra uvedle hitrejšo povezavo med Ljubljano in Koprom, ki bo pot skrajšala na uro in 50 minut.",
    "B|Vlaki bodo vozili štirikrat na dan, ob koncih tedna pa dvakrat.",
    "B|Cena vozovnice ostaja nespremenjena.",
    "C|Komentarji (14)",
    "C|Preberite še",
    "C|© 2026 NoviceNet, vse pravice pridržane.",
], publisher_name="NoviceNet", section="Slovenija", byline_raw="Avtorja: Maja Novak, Luka Zupan", authors=["Maja Novak", "Luka Zupan"],
    captions=[{"text": "Vlak na postaji v Divači.", "credit": "Luka Zupan", "position": "header"}],
    truncated=False, lang="sl", site_kind=KIND,
    header_pattern="novicenet:brand/login/crumb 'Novice › Section'/title/'Avtorja: A, B'/'Objavljeno: ...'/'Posodobljeno: ...'/caption '© Name'/body/comments/related/footer",
    notes="Dual form 'Avtorja' (two authors).")

# 4. is: title, byline with role line under it, date with weekday, caption with 'Mynd:'.
page("frettavefur-is-brim", "https://frettavefur.example/innlent/2026/12/07/brimvarnargardur-vik", "frettavefur", [
    "C|Fréttavefurinn",
    "C|Innlent  Erlent  Íþróttir  Viðskipti",
    "H|Innlent",
    "T|Nýr brimvarnargarður í Vík kostar 900 milljónir",
    "H|Sigríður Jónsdóttir",
    "H|Fréttamaður",
    "H|mánudagur 7. desember 2026 kl. 14:20",
    "H|Fjaran í Vík í Mýrdal. Mynd: Sigríður Jónsdóttir",
    "P|Vegagerðin hyggst reisa nýjan brimvarnargarð austan við Vík í Mýrdal á næsta ári til að verja þorpið fyrir landbroti.",
    "B|Garðurinn verður 600 metra langur og kostnaður er áætlaður 900 milljónir króna.",
    "B|Framkvæmdir hefjast í apríl.",
    "C|Deila frétt",
    "C|Fleiri fréttir",
    "C|© Fréttavefurinn 2026",
], publisher_name="Fréttavefurinn", section="Innlent", byline_raw="Sigríður Jónsdóttir", authors=["Sigríður Jónsdóttir"],
    captions=[{"text": "Fjaran í Vík í Mýrdal.", "credit": "Sigríður Jónsdóttir", "position": "header"}],
    truncated=False, lang="is", site_kind=KIND,
    header_pattern="frettavefur:brand/spaced nav/section/title/bare name/role line/weekday stamp/caption 'Mynd:'/body/share/related/footer",
    notes="Bare name with its job title under it.")

# 5. af: 'Deur Name' byline, 'Gepubliseer:' label on its own line then the date, caption 'Foto: Verskaf'.
page("nuusdag-af-dam", "https://nuusdag.example/nuus/damvlak-styg-na-reen-2026-12-07", "nuusdag", [
    "C|Nuusdag",
    "C|Nuus | Sake | Sport | Leefstyl",
    "H|Nuus",
    "T|Damvlakke in die Wes-Kaap styg ná swaar reën",
    "H|Deur Pieter van der Merwe",
    "H|Gepubliseer:",
    "H|07 Desember 2026",
    "H|Die Theewaterskloofdam Maandagoggend. Foto: Verskaf",
    "P|Die gemiddelde damvlak in die Wes-Kaap het ná die naweek se swaar reën tot 78% gestyg, het die departement van waterwese Maandag bekend gemaak.",
    "B|Die Theewaterskloofdam, die grootste in die provinsie, is nou 81% vol.",
    "B|Boere in die Overberg verwelkom die reën.",
    "C|Lees ook: Kragonderbrekings verskerp vanaand",
    "C|Deel hierdie artikel",
    "C|Kopiereg © 2026 Nuusdag",
], publisher_name="Nuusdag", section="Nuus", byline_raw="Deur Pieter van der Merwe", authors=["Pieter van der Merwe"],
    captions=[{"text": "Die Theewaterskloofdam Maandagoggend.", "credit": "Verskaf", "position": "header"}],
    truncated=False, lang="af", site_kind=KIND,
    header_pattern="nuusdag:brand/pipe nav/section/title/'Deur Name'/'Gepubliseer:' label line/date line/caption 'Foto: Verskaf'/body/'Lees ook:'/share/footer",
    notes="'Deur' is Afrikaans 'by'; 'Verskaf' (supplied) is the credit.")

# 6. eu: Basque: title, standfirst, 'Egilea: Name' byline, stamp 'yyyy/mm/dd hh:mm', no caption.
page("berriak-eu-trena", "https://berriak.example/gizartea/2026/12/07/tren-berria-donostia", "berriak", [
    "C|Berriak",
    "C|Gizartea  Politika  Ekonomia  Kirola  Kultura",
    "H|GIZARTEA",
    "T|Tren geltoki berria zabalduko dute Donostian udaberrian",
    "S|Lanek bi urte iraun dute eta 40 milioi euro balio izan dute",
    "H|Egilea: Ane Etxeberria",
    "H|2026/12/07 10:30",
    "P|Donostiako tren geltoki berria udaberrian zabalduko dute, Eusko Jaurlaritzak astelehenean jakinarazi duenez.",
    "B|Geltokiak lau nasa izango ditu eta egunean 15.000 bidaiari hartzeko gaitasuna.",
    "B|Autobus geltokiarekin lotuko da lurpeko pasabide baten bidez.",
    "C|Partekatu",
    "C|Gehiago irakurri",
    "C|© Berriak 2026",
], publisher_name="Berriak", section="GIZARTEA", byline_raw="Egilea: Ane Etxeberria", authors=["Ane Etxeberria"],
    truncated=False, lang="eu", site_kind=KIND,
    header_pattern="berriak:brand/spaced nav/CAPS section/title/standfirst/'Egilea: Name'/'yyyy/mm/dd HH:MM'/body/share/related/footer",
    notes="'Egilea' is Basque 'author'.")

# 7. gl: Galician: kicker, title, 'Por Name' then 'Vigo | 07/12/2026 · 13:10' place and stamp, caption '(Foto: X)'.
page("xornaldixital-gl-porto", "https://xornaldixital.example/vigo/novo-peirao-porto-vigo-22018", "xornaldixital", [
    "C|Xornal Dixital",
    "C|Galicia · Vigo · Deportes · Cultura",
    "H|Vigo",
    "T|O porto de Vigo estrea un novo peirao para cruceiros",
    "H|Por Antía Castro",
    "H|Vigo | 07/12/2026 · 13:10",
    "H|O novo peirao, onte pola mañá. (Foto: Antía Castro)",
    "P|O porto de Vigo abriu este luns o novo peirao de Trasatlánticos, que permitirá atracar dous cruceiros de gran tamaño ao mesmo tempo.",
    "B|A obra custou 18 millóns de euros e durou tres anos.",
    "B|A Autoridade Portuaria prevé 140 escalas no próximo ano.",
    "C|Comparte esta nova",
    "C|Máis novas de Vigo",
    "C|© Xornal Dixital 2026",
], publisher_name="Xornal Dixital", section="Vigo", byline_raw="Por Antía Castro", authors=["Antía Castro"],
    captions=[{"text": "O novo peirao, onte pola mañá.", "credit": "Antía Castro", "position": "header"}],
    truncated=False, lang="gl", site_kind=KIND,
    header_pattern="xornaldixital:brand/dot nav/section/title/'Por Name'/'Place | dd/mm/yyyy · HH:MM'/caption '(Foto: X)'/body/share/related/footer",
    notes="Place and stamp on one line under the byline.")

# 8. sq: Albanian aggregator: title, 'Burimi: <pub>', stamp, caption 'Foto: ilustrim' (no credit name).
page("lajmeshpejt-sq-rruga", "https://lajmeshpejt.example/lajme/rruga-e-arberit-hapet-98833", "lajmeshpejt", [
    "C|Lajme Shpejt",
    "C|Kryefaqja | Politikë | Ekonomi | Sport",
    "T|Rruga e Arbërit hapet plotësisht për qarkullim në janar",
    "H|Burimi: Gazeta Drini",
    "H|07 dhjetor 2026, 15:45",
    "P|Rruga e Arbërit do të hapet plotësisht për qarkullim në mes të janarit, njoftoi të hënën Ministria e Infrastrukturës.",
    "B|Rruga shkurton udhëtimin nga Tirana në Dibër me rreth një orë.",
    "B|Punimet në tunelin e fundit kanë përfunduar.",
    "C|Lexo lajmin e plotë në Gazeta Drini",
    "C|Shpërndaje",
], publisher="Gazeta Drini", truncated=True, lang="sq", site_kind="aggregator_portal",
    header_pattern="lajmeshpejt:brand/pipe nav/title/'Burimi: <pub>'/stamp/body/'Lexo lajmin e plotë në <pub>'/share",
    notes="'Burimi' is Albanian 'source'.")

# 9. mk: Macedonian Cyrillic: section, title, 'Пишува: Name', stamp 'dd.mm.yyyy | HH:MM', caption 'Фото: МИА'.
page("vestimk-mk-most", "https://vestimk.example/makedonija/nov-most-vardar-11209", "vestimk", [
    "C|Вести МК",
    "C|Македонија | Свет | Економија | Спорт",
    "H|Македонија",
    "T|Нов мост преку Вардар во Велес ќе биде готов во април",
    "H|Пишува: Елена Стојанова",
    "H|07.12.2026 | 10:12",
    "H|Градилиштето на мостот. Фото: МИА",
    "P|Новиот мост преку Вардар во Велес ќе биде пуштен во употреба во април, соопштија од општината.",
    "B|Мостот ќе има по две ленти во секој правец и патека за велосипеди.",
    "B|Вредноста на проектот е 9 милиони евра.",
    "C|Сподели",
    "C|Поврзани вести",
    "C|© 2026 Вести МК",
], publisher_name="Вести МК", section="Македонија", byline_raw="Пишува: Елена Стојанова", authors=["Елена Стојанова"],
    captions=[{"text": "Градилиштето на мостот.", "credit": "МИА", "position": "header"}],
    truncated=False, lang="mk", site_kind=KIND,
    header_pattern="vestimk:brand/pipe nav/section/title/'Пишува: Name'/'dd.mm.yyyy | HH:MM'/caption 'Фото: МИА'/body/share/related/footer",
    notes="'Пишува' (writes) labels the byline.")

# 10. en-NG: 'Written by' and 'Edited by' lines, stamp 'December 7, 2026 1:20 pm', caption with 'Photo credit:'.
page("dailyscope-enng-rail", "https://dailyscope.example/2026/12/07/lagos-ibadan-rail-extra-trains/", "dailyscope", [
    "C|DailyScope Nigeria",
    "C|News  Politics  Business  Sports  Entertainment",
    "H|Metro",
    "T|Lagos-Ibadan rail to add four extra trains from January",
    "H|Written by Chinedu Okafor",
    "H|Edited by Funke Adeyemi",
    "H|December 7, 2026 1:20 pm",
    "H|Passengers board a train at Mobolaji Johnson Station, Ebute Metta. Photo credit: NRC",
    "P|The Nigerian Railway Corporation will add four extra daily trains on the Lagos-Ibadan line from January to cope with rising demand, its managing director said on Monday.",
    "B|Ticket prices will not change, the corporation said.",
    "B|The line carried 1.8 million passengers this year.",
    "C|Share this:",
    "C|Related Posts",
    "C|© 2026 DailyScope Nigeria. All rights reserved.",
], publisher_name="DailyScope Nigeria", section="Metro", byline_raw="Written by Chinedu Okafor", authors=["Chinedu Okafor"],
    captions=[{"text": "Passengers board a train at Mobolaji Johnson Station, Ebute Metta.", "credit": "NRC", "position": "header"}],
    truncated=False, lang="en-NG", site_kind=KIND,
    header_pattern="dailyscope:brand/spaced nav/section/title/'Written by'/'Edited by'/stamp/caption 'Photo credit:'/body/share/related/footer",
    notes="The editor is no author.")

casegen.write_pages()
