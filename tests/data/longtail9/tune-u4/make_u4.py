"""Build invented long-tail aggregator pages (integrator's own held-out set, round U4, a tune set for structural rules).

Each page: lines tagged C| chrome, H| header line, T| title (header), P| first body paragraph,
B| body, ''= blank. Labels derived from the tags plus the explicit fields."""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
import casegen  # noqa: E402
from casegen import page  # noqa: E402

casegen.NOTE = "Invented page text in the layout of a real long-tail site (integrator's held-out round U4, a tune set for structural rules, written before any rule change of this stop and never tuned on)."

page("harbourline-ferry", "https://harbourline.example/story/ferry-service-extended-into-january", "harbourline", [
    "C|Harbourline",
    "C|Tides & Times",
    "C|Island Life",
    "C|Postbag",
    "C|Join the Crew",
    "T|Island ferry service extended into January",
    "H|The Island Echo",
    "H|5 hours ago",
    "P|The winter ferry timetable between the two largest islands will run until the end of January after the operator agreed to keep a second boat in service.",
    "B|Passengers had complained that a single crossing a day made hospital appointments on the mainland almost impossible to keep.",
    "B|The council will pay part of the extra cost from its transport budget.",
    "C|Spotted a mistake? Drop us a line",
    "C|More from the harbour",
    "C|Lifeboat crew honoured at awards night",
    "C|Seal pup rescued from slipway",
], publisher="The Island Echo", truncated=False)

page("valleypost-school", "https://valleypost.example/local/new-primary-school-approved-2291", "valleypost", [
    "C|ValleyPost",
    "C|What's On",
    "C|Valley Voices",
    "C|Photo Corner",
    "H|Local",
    "T|New primary school approved for growing village",
    "H|By Rachel Tremayne",
    "H|December 5, 2026",
    "C|Pin it",
    "C|Nudge a friend",
    "P|Planners have approved a new 210-pupil primary school on the edge of the village, where the existing school has been full for three years.",
    "B|The school will open in September 2028 if building work starts in the spring as planned.",
    "B|Parents said they were relieved that younger children would no longer need to travel to the town.",
    "C|Rachel Tremayne covers education and planning for ValleyPost.",
    "C|Valley Voices: have your say on this story",
    "C|ValleyPost is an independent community news site run by volunteers.",
], publisher=None, section="Local", byline_raw="By Rachel Tremayne", authors=["Rachel Tremayne"], truncated=False)

page("orbitnews-satellite", "https://orbitnews.example/a/weather-satellite-launch-delayed-e7a2", "orbitnews", [
    "C|ORBITNEWS",
    "C|Launchpad",
    "C|Deep Space",
    "C|Starwatch",
    "C|⭐ Go Orbit+",
    "T|Weather satellite launch slips to February",
    "H|Space Ledger",
    "H|Dec 6, 2026",
    "C|🚀 1.2K",
    "C|💬 87",
    "P|The launch of a new weather satellite has been moved from January to February after engineers found a fault in one of its solar panels.",
    "B|The satellite is meant to replace one that has been in orbit for fifteen years.",
    "C|Continue on Space Ledger →",
    "C|Beam this story",
], publisher="Space Ledger", truncated=True)

page("gazetinha-pt-feira", "https://gazetinha.example/cidade/feira-do-livro-abre-sabado-1184", "gazetinha", [
    "C|Gazetinha",
    "C|Cidade",
    "C|Cultura",
    "C|Bola",
    "C|Clube do Leitor",
    "H|Cultura",
    "T|Feira do livro abre no sábado com 80 expositores",
    "H|Por Beatriz Lemos",
    "H|05/12/2026",
    "P|A feira do livro da cidade abre no sábado na praça central, com 80 expositores e sessões de autógrafos durante toda a semana.",
    "B|A organização espera receber mais de vinte mil visitantes.",
    "B|A entrada é gratuita.",
    "C|Manda pro grupo",
    "C|Clube do Leitor: ganhe descontos exclusivos",
    "C|Gazetinha © todos os direitos",
], publisher=None, section="Cultura", byline_raw="Por Beatriz Lemos", authors=["Beatriz Lemos"], truncated=False, lang="pt")

page("blattwerk-de-rathaus", "https://blattwerk.example/region/rathaus-umbau-beginnt-88431", "blattwerk", [
    "C|BLATTWERK",
    "C|Region",
    "C|Kultur",
    "C|Freizeit",
    "C|Blattwerk+",
    "H|Region",
    "T|Umbau des Rathauses beginnt im Januar",
    "H|Von Tobias Lenz",
    "H|06.12.2026",
    "C|Merken",
    "C|Weitersagen",
    "P|Der Umbau des historischen Rathauses beginnt im Januar und soll zwei Jahre dauern, teilte die Stadtverwaltung mit.",
    "B|Die Bürgerämter ziehen für diese Zeit in ein ehemaliges Bankgebäude am Markt.",
    "C|Blattwerk+ jetzt 4 Wochen gratis lesen",
    "C|Weitere Artikel aus der Region",
    "C|Neue Parkgebühren ab März",
], publisher=None, section="Region", byline_raw="Von Tobias Lenz", authors=["Tobias Lenz"], truncated=False, lang="de")

page("snapwire-fr-metro", "https://snapwire.example/fr/s/metro-ligne-nocturne-4411", "snapwire", [
    "C|SnapWire",
    "C|Fil",
    "C|Mes sources",
    "C|Découvrir",
    "T|Le métro circulera toute la nuit le samedi dès janvier",
    "H|La Voix de la Ville",
    "H|il y a 6 h",
    "C|Épingler",
    "P|Le métro circulera toute la nuit du samedi au dimanche à partir de janvier, une mesure réclamée depuis des années par les associations étudiantes.",
    "B|Deux lignes seulement sont concernées dans un premier temps.",
    "C|Poursuivre sur La Voix de la Ville",
    "C|Vous aimerez aussi",
    "C|Le tramway prolongé jusqu'au stade · il y a 1 j",
], publisher="La Voix de la Ville", truncated=True, lang="fr")

page("kanalnews-tr-kopru", "https://kanalhaber.example/gundem/kopru-trafige-acildi-5512", "kanalhaber", [
    "C|KanalHaber",
    "C|Gündem",
    "C|Ekonomi",
    "C|Spor",
    "C|Canlı Yayın",
    "H|Gündem",
    "T|Yeni köprü trafiğe açıldı",
    "H|06.12.2026 14:20",
    "P|Nehrin iki yakasını birleştiren yeni köprü cumartesi günü düzenlenen törenle trafiğe açıldı.",
    "B|Köprünün yapımı üç yıl sürdü ve günde 40 bin aracın geçmesi bekleniyor.",
    "C|Haberi paylaş",
    "C|İlgili Haberler",
    "C|Sahil yolu genişletiliyor",
], publisher=None, section="Gündem", truncated=False, lang="tr")

page("pressreel-en-library", "https://pressreel.example/read/library-opening-hours-cut-6620", "pressreel", [
    "C|PressReel",
    "C|My Reel",
    "C|Spotlight",
    "C|Audio Desk",
    "C|Reel Pass",
    "T|Library opening hours cut at six branches",
    "H|Borough Bulletin",
    "H|By Nadia Osei",
    "H|Updated 2h ago",
    "C|Add to Reel",
    "C|Tap to hear",
    "P|Six branch libraries will close on Mondays and Wednesdays from February as the council tries to save £400,000.",
    "B|Campaigners said the cuts would hit children and older residents hardest.",
    "C|Get Reel Pass for unlimited stories",
    "C|Keep reading in Borough Bulletin",
], publisher="Borough Bulletin", byline_raw="By Nadia Osei", authors=["Nadia Osei"], truncated=True)

casegen.write_pages()
