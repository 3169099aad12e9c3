"""Invented long-tail aggregator pages for longtail13: tune set 3 (`truncated` both ways:
read-on markers ending a cut text, and complete texts whose last lines hold read-on words).

    python pages_tune3.py [OUTDIR]   (default: ./tune3)
"""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
import casegen  # noqa: E402
from casegen import page  # noqa: E402

casegen.NOTE = "Invented page text in the layout of a real long-tail site (longtail13 tune set 3)."
if len(sys.argv) < 2:
    sys.argv.append(str(pathlib.Path(__file__).resolve().parent / "tune3"))

# 1. English reader: 'Continue reading on:' then the source's name on its own line.
page("snapread-en-depot", "https://snapread.example/a/bus-depot-electric-8812", "snapread", [
    "C|SnapRead",
    "T|Bus depot to switch to electric fleet by 2028",
    "H|Northgate Chronicle · 6h",
    "P|All 140 buses run from the Northgate depot will be electric by 2028 under a plan approved by the transport authority on Tuesday.",
    "B|The depot will need a new substation, and charging points will be installed in two phases starting next autumn. The operator said drivers would be trained",
    "C|Continue reading on:",
    "C|Northgate Chronicle",
    "C|Trending on SnapRead",
    "C|Ring road lane closures extended",
    "C|Northgate Chronicle · 9h",
    "C|Stadium plan goes to public vote",
    "C|Northgate Chronicle · 1d",
], publisher="Northgate Chronicle", truncated=True)

# 2. Japanese portal, complete article; a 'この記事をシェア' button, related links, copyright.
page("yomitoru-ja-toshokan", "https://yomitoru.example/news/20261207-toshokan", "yomitoru", [
    "C|ヨミトル",
    "T|市立図書館、日曜も夜8時まで開館へ",
    "H|湖北新聞 2026/12/07 11:20",
    "P|市立図書館は来年1月から、日曜日も午後8時まで開館すると発表した。",
    "B|利用者アンケートで、休日の夜に利用したいという声が多かったという。",
    "B|開館時間の延長に伴い、職員を3人増やす。",
    "C|この記事をシェア",
    "C|関連ニュース",
    "C|市民プール、来夏に再開",
    "C|湖北新聞 12/6(日)",
    "C|(C) 2026 ヨミトル",
], publisher="湖北新聞", truncated=False, lang="ja")

# 3. Spanish: 'Leer nota completa' under a cut paragraph, then app pitch and tags.
page("titularesya-es-puerto", "https://titularesya.example/n/puerto-nueva-grua-7731", "titularesya", [
    "C|TitularesYa",
    "T|El puerto estrena una grúa para contenedores de gran tamaño",
    "H|La Voz del Litoral · hace 5 horas",
    "P|El puerto de San Telmo puso en marcha este lunes una nueva grúa capaz de descargar los mayores buques portacontenedores que operan en el Atlántico.",
    "B|La máquina, de 90 metros de altura, costó 14 millones de euros y permitirá duplicar el número de contenedores que se mueven cada hora en la terminal norte, según",
    "C|Leer nota completa",
    "C|Descarga la app de TitularesYa y recibe las noticias de tu ciudad.",
    "C|Temas: puerto, economía, San Telmo",
], publisher="La Voz del Litoral", truncated=True, lang="es")

# 4. German, complete; the last paragraph tells readers where to read more (text, not a link).
page("schlagzeilen-de-museum", "https://schlagzeilen24.example/n/museum-eintritt-frei-3390", "schlagzeilen24", [
    "C|Schlagzeilen24",
    "T|Stadtmuseum verzichtet sonntags auf Eintritt",
    "H|Neckarbote · vor 3 Stunden",
    "P|Das Stadtmuseum verlangt vom kommenden Jahr an sonntags keinen Eintritt mehr, hat der Kulturausschuss beschlossen.",
    "B|Die Stadt rechnet mit Einnahmeausfällen von rund 40.000 Euro im Jahr, hofft aber auf deutlich mehr Besucher.",
    "B|Mehr über die neue Dauerausstellung lesen Sie in der Broschüre, die im Foyer ausliegt.",
    "C|Artikel teilen",
    "C|Mehr zum Thema",
    "C|Kunsthalle zeigt Werke aus Privatbesitz",
    "C|Neckarbote · gestern",
    "C|© Schlagzeilen24 2026",
], publisher="Neckarbote", truncated=False, lang="de")
casegen.write_pages()
