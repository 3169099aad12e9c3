"""Story dedup on a syndication set built at run time: pairwise precision/recall, speed, size.

    PYTHONPATH=$PWD python bench/bench_dedup.py [--sweep] [--scale N] [--source readability]

The set is made from the 91 reference bodies of ``../shared/bench/article-extraction`` (the
tuning set), or with ``--source readability`` from the 65 expected outputs of
``../shared/bench/readability`` (the check set, never tuned on); both are read there, never
copied. Each body is one story, published as

* the publisher's page (its own URL, aggregator None);
* two aggregator copies under invented header/footer chrome lines (left in the body, as an
  imperfect clean would), one of them with the publisher URL as ``canonicalUrl`` plus
  tracking parameters, the other with no canonical URL (body evidence only);
* a copy truncated at 30-60% of its words (marked truncated or not, at random);
* a lightly edited copy (a sentence removed, one reworded, three typos), under chrome;
* a truncated *and* edited copy.

Traps are different stories on the same topic: the benchmark pairs sharing the most content
words (reported), and invented templated briefs (market, weather, sports results) that share
their sentence frames and differ in names and figures: each brief is its own story.

Records arrive in a seeded random order (a crawl), through the streaming stage, so the
canonical is whatever was best when each record came; the final canonical of each story is
checked to be its publisher page. ``--sweep`` compares decision rules (Jaccard only, as the
colleague measured, vs Jaccard or containment) and LSH thresholds. ``--scale N`` observes N
synthetic stories (random word sequences) into an SQLite file: time per article, the file's
size and the process's peak memory, per 100k stories.
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import re
import resource
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

import numpy as np

from newsclean.article import Article
from newsclean.dedup import Deduper, SqliteStore
from newsclean.dedup import signature as sigmod

GROUND_TRUTH = (
    Path(__file__).resolve().parents[2] / "shared/bench/article-extraction/ground-truth-dev.json"
)
if not GROUND_TRUTH.exists():
    GROUND_TRUTH = Path("/work/shared/bench/article-extraction/ground-truth-dev.json")
READABILITY = GROUND_TRUTH.parents[1] / "readability"

# Invented aggregator chrome (the shapes of real header/footer lines, our own words).
HEADERS = [
    ["Get all your news in one place", "Trusted titles, one simple app", "Start reading"],
    ["Read this story on the Daily Digest app", "Sponsored", "Continue reading"],
    ["You might also like", "Story continues below advertisement"],
]
FOOTERS = [
    ["Sign up to read more stories like this", "Read news from hundreds of titles"],
    ["Related coverage", "Our goal is to create a safe and engaging place for users",
     "Comments are closed on this article"],
    ["Download the app for breaking news alerts", "Follow us for more stories"],
]

SENTENCE = re.compile(r"(?<=[.!?])\s+")


@dataclass
class Rec:
    article: Article
    story: str
    kind: str


def _chrome(body: str, rng: random.Random) -> str:
    head = rng.choice(HEADERS)
    foot = rng.choice(FOOTERS)
    return "\n\n".join([*head, body, *foot])


def _truncate(body: str, rng: random.Random) -> str:
    """The first 30-60% of the characters, ending at a word's end where there are spaces."""
    cut = body[: max(1, int(len(body) * rng.uniform(0.3, 0.6)))]
    head, space, _ = cut.rpartition(" ")
    return head if space and len(cut) - len(head) < 40 else cut


def _typo(word: str, rng: random.Random) -> str:
    if len(word) < 4:
        return word
    i = rng.randrange(1, len(word) - 2)
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def _edit(body: str, rng: random.Random) -> str:
    """A sentence removed, one reworded (three words replaced) and three typos, paragraphs
    kept."""
    paras = [SENTENCE.split(p) for p in body.split("\n\n")]
    spots = [(i, j) for i, p in enumerate(paras) for j in range(len(p))]
    if len(spots) > 3:
        i, j = rng.choice([(i, j) for i, j in spots if len(paras[i]) > 1] or spots)
        paras[i].pop(j)
        i = rng.choice([i for i, p in enumerate(paras) if p])
        j = rng.randrange(len(paras[i]))
        words = paras[i][j].split(" ")
        for _ in range(min(3, len(words))):
            words[rng.randrange(len(words))] = rng.choice(["reportedly", "also", "now", "then"])
        paras[i][j] = " ".join(words)
    text = "\n\n".join(" ".join(p) for p in paras if p)
    words = text.split(" ")
    for _ in range(3):
        k = rng.randrange(len(words))
        words[k] = _typo(words[k], rng)
    return " ".join(words)


def article_extraction() -> dict[str, tuple[str, str]]:
    """{id: (body, url)}: the human-labelled bodies (the tuning set)."""
    truth = json.loads(GROUND_TRUTH.read_text(encoding="utf-8"))
    return {k: (v["articleBody"], v["url"]) for k, v in truth.items()}


def readability() -> dict[str, tuple[str, str]]:
    """{name: (body, url)}: Readability.js's expected output as paragraphs (the check set,
    never tuned on); pages under 40 words are left out, and so is a page whose text is
    another's (many of its test pages share one filler text: exact shingle-set Jaccard
    >= 0.5 with a page kept before it)."""
    import lxml.html

    found: dict[str, tuple[str, str]] = {}
    kept: list[set[bytes]] = []
    for page in sorted(READABILITY.glob("*/expected.html")):
        root = lxml.html.fromstring(page.read_bytes())
        blocks = root.xpath("//p|//li|//h2|//h3|//pre|//blockquote")
        paras = [" ".join(b.text_content().split()) for b in blocks]
        body = "\n\n".join(p for p in paras if p)
        grams = sigmod.shingles(body)
        if len(body.split()) >= 40 and all(len(grams & k) / len(grams | k) < 0.5 for k in kept):
            kept.append(grams)
            name = page.parent.name
            found[name] = (body, f"https://{name}.publisher.example/story/{len(found)}")
    return found


SOURCES = {"article-extraction": article_extraction, "readability": readability}


def syndication_set(seed: int = 7, source: str = "article-extraction") -> list[Rec]:
    rng = random.Random(seed)
    recs: list[Rec] = []
    for n, (sid, (body, url)) in enumerate(sorted(SOURCES[source]().items())):
        slug = f"{sid[:12]}"

        def add(kind: str, text: str, story: str = sid, **kw: object) -> None:
            recs.append(Rec(Article(articleBody=text, **kw), story, kind))  # type: ignore[arg-type]

        add("publisher", body, url=url)
        add("agg-canonical", _chrome(body, rng), url=f"https://agg-one.example/a/{slug}",
            canonicalUrl=f"{url}{'&' if '?' in url else '?'}utm_source=agg&utm_medium=feed",
            aggregator="agg-one")
        add("agg-body", _chrome(body, rng), url=f"https://agg-two.example/news/{n}",
            aggregator="agg-two")
        add("truncated", _chrome(_truncate(body, rng), rng),
            url=f"https://agg-three.example/{slug}", aggregator="agg-three",
            truncated=rng.random() < 0.5)
        add("edited", _chrome(_edit(body, rng), rng), url=f"https://agg-four.example/s/{n}",
            aggregator="agg-four")
        add("truncated-edited", _truncate(_edit(body, rng), rng),
            url=f"https://agg-five.example/{n}", aggregator="agg-five", truncated=True)
    for n, text in enumerate(templated_briefs(rng)):
        recs.append(Rec(Article(articleBody=text, url=f"https://wire.example/brief/{n}"),
                        f"brief-{n}", "trap-brief"))
    rng.shuffle(recs)
    return recs


def templated_briefs(rng: random.Random) -> Iterable[str]:
    """Invented same-template, different-story briefs: the hard trap for shingle overlap."""
    towns = ["Alderford", "Brightmoor", "Casterby", "Dunwell", "Eastwick", "Farrow Bay",
             "Glenmere", "Harlow Cross"]
    firms = ["Norvale Foods", "Quillon Energy", "Stannard Bank", "Tiverton Motors",
             "Umbra Telecom", "Vesper Mining"]
    teams = [("Alderford Rovers", "Casterby Town"), ("Dunwell City", "Glenmere United"),
             ("Eastwick Athletic", "Harlow Cross FC"), ("Farrow Bay", "Brightmoor Albion")]
    for town in towns:
        yield (f"Forecasters issued a yellow warning for heavy rain in {town} on "
               f"{rng.choice(['Monday', 'Tuesday', 'Friday'])}. Up to {rng.randint(20, 80)} mm "
               f"could fall in parts of the district, with the heaviest bursts expected in the "
               f"afternoon. Drivers were told to allow extra time for journeys and to avoid "
               f"flooded roads. The warning runs until {rng.randint(6, 11)} pm. Residents near "
               f"the river in {town} were advised to check the flood alerts page before "
               f"travelling. Temperatures will stay around {rng.randint(8, 16)} C.")
    for firm in firms:
        up = rng.random() < 0.5
        move = f"{'rose' if up else 'fell'} {rng.randint(2, 9)}.{rng.randint(0, 9)}"
        yield (f"Shares in {firm} {move}"
               f" per cent in early trading after the company reported quarterly revenue of "
               f"{rng.randint(1, 40)}.{rng.randint(0, 9)} billion. Analysts had expected "
               f"{rng.randint(1, 40)} billion. The chief executive said demand had been "
               f"{'stronger' if up else 'weaker'} than forecast in the second half and that the "
               f"company would {'raise' if up else 'cut'} its dividend. {firm} employs about "
               f"{rng.randint(2, 90)},000 people. The results were published before the market "
               f"opened on {rng.choice(['Wednesday', 'Thursday'])}.")
    for home, away in teams:
        yield (f"{home} beat {away} {rng.randint(1, 4)}-{rng.randint(0, 1)} on Saturday to move "
               f"up to {rng.choice(['third', 'fifth', 'seventh'])} in the table. The home side "
               f"took the lead after {rng.randint(5, 40)} minutes and added a second goal just "
               f"after half-time. {away} pressed late on but could not find a way back. The "
               f"manager of {home} said the win was deserved and praised the crowd of "
               f"{rng.randint(3, 30)},000. The two sides meet again in the cup next month.")


def heldout_briefs(rng: random.Random) -> Iterable[str]:
    """Invented template families written after tuning and never tuned on: quake reports,
    election results, appointments (five stories each)."""
    places = ["Tarsk", "Velmora", "Okanby", "Quessel", "Brannock"]
    for place in places:
        yield (f"A magnitude {rng.randint(4, 6)}.{rng.randint(0, 9)} earthquake struck near "
               f"{place} early on {rng.choice(['Sunday', 'Monday', 'Thursday'])}, the geological "
               f"survey said. The quake was centred {rng.randint(5, 60)} km below the surface. "
               f"There were no immediate reports of damage or injuries, local officials said. "
               f"Residents of {place} felt shaking for several seconds, and some left their "
               f"homes. Aftershocks of up to magnitude {rng.randint(2, 3)}.{rng.randint(0, 9)} "
               f"followed within the hour.")
    parties = [("Hollin Watts", "Greta Moy"), ("Aurel Bisk", "Temperance Yo"),
               ("Ned Carrow", "Lise Ambry"), ("Osric Pell", "Nadia Fenn"),
               ("Wynn Tally", "Ines Roke")]
    election = " ".join([
        "{w} won the mayoral election with {share} per cent of the vote, defeating {l},",
        "the count showed on Friday. Turnout was {turnout} per cent. {w} promised to review",
        "the city budget in the first hundred days. {l} conceded shortly after midnight and",
        "thanked supporters. The new council meets for the first time next month.",
    ])
    for winner, loser in parties:
        yield election.format(w=winner, l=loser, share=rng.randint(40, 60),
                              turnout=rng.randint(30, 70))
    firms = [("Corvel Insurance", "Ada Quint"), ("Ruskin Rail", "Bram Tolley"),
             ("Penhale Water", "Sofia Marr"), ("Ostry Labs", "Kiran Vell"),
             ("Hartmoor Group", "June Okafor")]
    appointment = ("{firm} has appointed {person} as chief executive, the company said on {day}. "
                   "{person} joins from a rival where they led the {division} division for "
                   "{years} years. The appointment takes effect in {month}. Shares in {firm} "
                   "rose {pct} per cent on the news.")
    for firm, person in firms:
        yield appointment.format(
            firm=firm, person=person, day=rng.choice(["Tuesday", "Wednesday"]),
            division=rng.choice(["retail", "commercial", "overseas"]), years=rng.randint(3, 12),
            month=rng.choice(["May", "June", "September"]), pct=rng.randint(1, 5))


def heldout(seed: int = 11) -> str:
    """The held-out families, each story with a copy under chrome and one cut at 50-70%."""
    rng = random.Random(seed)
    recs: list[Rec] = []
    for n, text in enumerate(heldout_briefs(rng)):
        recs.append(Rec(Article(articleBody=text, url=f"https://wire.example/h/{n}"), f"h{n}",
                        "heldout"))
        recs.append(Rec(Article(articleBody=_chrome(text, rng), aggregator="agg",
                                url=f"https://agg.example/h/{n}"), f"h{n}", "heldout-chrome"))
        cut = text[: int(len(text) * rng.uniform(0.5, 0.7))].rpartition(" ")[0]
        recs.append(Rec(Article(articleBody=cut, aggregator="agg", truncated=True,
                                url=f"https://agg2.example/h/{n}"), f"h{n}", "heldout-cut"))
    rng.shuffle(recs)
    result = run(recs)
    return f"precision={result['precision']:.4f}, recall={result['recall']:.4f}"


def pairwise(pred: list[str], true: list[str]) -> tuple[float, float, int]:
    """Pairwise precision, recall, and the number of wrongly merged pairs."""

    def pairs(labels: Iterable[object]) -> int:
        return sum(c * (c - 1) // 2 for c in Counter(labels).values())

    tp = pairs(zip(pred, true, strict=True))
    p, t = pairs(pred), pairs(true)
    return (tp / p if p else 1.0), (tp / t if t else 1.0), p - tp


def run(recs: list[Rec]) -> dict[str, object]:
    store = SqliteStore(":memory:")
    dedup = Deduper(store)
    pred: list[str] = []
    times: list[float] = []
    for r in recs:
        t0 = time.process_time()  # CPU time: the machine is shared, wall time is noisy
        verdict = dedup.observe(r.article)
        times.append(time.process_time() - t0)
        pred.append(verdict.story_id)
    true = [r.story for r in recs]
    as_emitted = pairwise(pred, true)
    pred = [store.resolve(p) for p in pred]  # after later records showed two stories one
    precision, recall, wrong = pairwise(pred, true)
    # Recall by kind: share of each kind's records put in their publisher page's story.
    story_of_pub = {r.story: p for r, p in zip(recs, pred, strict=True) if r.kind == "publisher"}
    by_kind: dict[str, list[int]] = {}
    for r, p in zip(recs, pred, strict=True):
        if r.story in story_of_pub:
            by_kind.setdefault(r.kind, []).append(int(p == story_of_pub[r.story]))
    canon_ok = sum(
        1 for r in recs if r.kind == "publisher"
        and (c := store.canonical(story_of_pub[r.story])) is not None
        and c.identity == r.article.url
    )
    trap_ids = {p for r, p in zip(recs, pred, strict=True) if r.kind == "trap-brief"}
    return {
        "precision": precision, "recall": recall, "wrong_pairs": wrong,
        "emitted_precision": as_emitted[0], "emitted_recall": as_emitted[1],
        "by_kind": {k: sum(v) / len(v) for k, v in sorted(by_kind.items())},
        "canonical_is_publisher": canon_ok / max(1, len(story_of_pub)),
        "briefs_kept_apart": f"{len(trap_ids)}/{sum(r.kind == 'trap-brief' for r in recs)}",
        "cpu_ms_per_article_median": 1000 * statistics.median(times),
        "cpu_ms_per_article_mean": 1000 * statistics.fmean(times),
    }


def topic_traps(recs: list[Rec], top: int = 10) -> None:
    """The benchmark's most topic-alike different stories, and their similarity as judged."""
    pubs = [r for r in recs if r.kind == "publisher"]
    words = [set(w for w in re.findall(r"[a-z]{5,}", r.article.articleBody.lower())) for r in pubs]
    pairs = sorted(
        ((len(a & b) / len(a | b), i, j) for (i, a), (j, b) in combinations(enumerate(words), 2)),
        reverse=True,
    )[:top]
    print(f"most topic-alike benchmark pairs (content-word Jaccard), top {top}:")
    for wj, i, j in pairs:
        a = sigmod.signature(pubs[i].article.articleBody)
        b = sigmod.signature(pubs[j].article.articleBody)
        assert a and b
        j_est = sigmod.jaccard(a, b)
        same = sigmod.similarity(a, b) is not None
        contain = sigmod.containment(a, b, j_est)
        print(f"  words {wj:.2f}  shingle-J {j_est:.3f}  contain {contain:.3f}  merged={same}")


CONFIGS = {
    # name: (LSH threshold, min Jaccard, same Jaccard, containment (None: off), facts (None: off))
    "J>=0.4, lsh0.3 (colleague's)": (0.3, 0.4, 0.4, None, None),
    "J>=0.3, lsh0.2": (0.2, 0.3, 0.3, None, None),
    "J>=0.4 or C>=0.6, lsh0.2, no facts": (0.2, 0.12, 0.4, 0.6, None),
    "J>=0.4 or C>=0.6, lsh0.3, facts>=0.75": (0.3, 0.12, 0.4, 0.6, 0.75),
    "J>=0.4 or C>=0.6, lsh0.2, facts>=0.6": (0.2, 0.12, 0.4, 0.6, 0.6),
    "J>=0.4 or C>=0.6, lsh0.2, facts>=0.7": (0.2, 0.12, 0.4, 0.6, 0.7),
    "J>=0.4 or C>=0.6, lsh0.2, facts>=0.75 (default)": (0.2, 0.12, 0.4, 0.6, 0.75),
    "J>=0.4 or C>=0.6, lsh0.2, facts>=0.8": (0.2, 0.12, 0.4, 0.6, 0.8),
    "J>=0.4 or C>=0.5, lsh0.15, facts>=0.75": (0.15, 0.10, 0.4, 0.5, 0.75),
}
DEFAULT = "J>=0.4 or C>=0.6, lsh0.2, facts>=0.75 (default)"


def configure(lsh: float, min_j: float, same_j: float, contained: float | None,
              same_facts: float | None) -> None:
    sigmod.LSH_THRESHOLD = lsh
    sigmod.MIN_JACCARD = min_j
    sigmod.SAME_JACCARD = same_j
    sigmod.CONTAINED = contained if contained is not None else 2.0
    sigmod.SAME_FACTS = same_facts if same_facts is not None else 0.0
    sigmod._lsh_shape.cache_clear()


def scale(n: int, seed: int = 3) -> None:
    """N synthetic stories (400 random words from a 20k-word vocabulary) into a file store."""
    rng = random.Random(seed)
    vocab = [f"w{i}" for i in range(20000)]
    gc.collect()
    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "stories.sqlite"
        store = SqliteStore(path)
        dedup = Deduper(store)
        t0, cpu0 = time.perf_counter(), time.process_time()
        merged = 0
        for i in range(n):
            body = " ".join(rng.choices(vocab, k=400))
            merged += not dedup.observe(Article(articleBody=body,
                                                url=f"https://x.example/{i}")).new_story
        took, cpu = time.perf_counter() - t0, time.process_time() - cpu0
        stories = store.stories()
        store.close()
        size = sum(p.stat().st_size for p in Path(tmp).iterdir())
    rss1 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    per = 100_000 / n
    print(f"scale: {n} synthetic stories, {stories} kept apart ({merged} merged): "
          f"{1000 * cpu / n:.3f} ms CPU ({1000 * took / n:.3f} ms wall) per article; "
          f"SQLite files {size * per / 2**20:.0f} MiB per 100k stories; peak RSS grew "
          f"{(rss1 - rss0) / 1024:.0f} MiB (process peak {rss1 / 1024:.0f} MiB)")


def worst_of(seeds: int, source: str) -> str:
    """The lowest of each figure over sets built with seeds 1..``seeds``."""
    worst: dict[str, float] = {}
    for seed in range(1, seeds + 1):
        result = run(syndication_set(seed, source))
        for key in ("precision", "recall", "emitted_precision", "emitted_recall",
                    "canonical_is_publisher"):
            worst[key] = min(worst.get(key, 1.0), float(result[key]))  # type: ignore[arg-type]
    return ", ".join(f"{k}={v:.4f}" for k, v in worst.items())


def candidate_rate() -> None:
    """How often two different real articles share an LSH band (each costs a signature read
    and a comparison): both benchmark sets' bodies, all pairs."""
    bodies = [b for b, _ in {**article_extraction(), **readability()}.values()]
    sigs = [x for x in map(sigmod.signature, bodies) if x]
    keys = [set(sigmod.band_keys(x)) for x in sigs]
    pairs = list(combinations(range(len(sigs)), 2))
    hits = sum(1 for i, j in pairs if keys[i] & keys[j])
    js = sorted(sigmod.jaccard(sigs[i], sigs[j]) for i, j in pairs)
    print(f"unrelated real articles: {hits}/{len(pairs)} pairs share a band; estimated Jaccard "
          f"99th percentile {js[int(0.99 * len(js))]:.3f}, max {js[-1]:.3f}")


def lsh_memory(n: int, seed: int = 3) -> None:
    """For comparison: datasketch's in-memory MinHashLSH (dict storage) holding N bodies."""
    import tracemalloc

    from datasketch import MinHash, MinHashLSH

    rng = random.Random(seed)
    vocab = [f"w{i}" for i in range(20000)]
    lsh = MinHashLSH(threshold=sigmod.LSH_THRESHOLD, num_perm=sigmod.NUM_PERM)
    perms = sigmod._permutations()
    tracemalloc.start()
    for i in range(n):
        x = sigmod.signature(" ".join(rng.choices(vocab, k=400)))
        assert x is not None
        values = np.frombuffer(x.hashes, dtype="<u4").astype(np.uint64)
        mh = MinHash(num_perm=sigmod.NUM_PERM, seed=sigmod.SEED, permutations=perms,
                     hashvalues=values, scheme=sigmod.SCHEME)
        lsh.insert(f"https://x.example/{i}", mh)
    used, _ = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"datasketch MinHashLSH in memory (band tables only, no signatures): "
          f"{used * 100_000 / n / 2**20:.0f} MiB per 100k stories")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sweep", action="store_true", help="compare decision rules")
    parser.add_argument("--scale", type=int, default=0, metavar="N",
                        help="also observe N synthetic stories into an SQLite file")
    parser.add_argument("--lsh-memory", type=int, default=0, metavar="N",
                        help="also measure datasketch's in-memory MinHashLSH holding N bodies")
    parser.add_argument("--seeds", type=int, default=1, metavar="N",
                        help="build the set N times (seeds 1..N) and report the worst figures")
    parser.add_argument("--source", choices=sorted(SOURCES), default="article-extraction",
                        help="bodies to build the set from (readability: the check set)")
    args = parser.parse_args()
    if args.seeds > 1:
        for name, conf in (CONFIGS if args.sweep else {"default": None}).items():
            if conf is not None:
                configure(*conf)
            print(f"{name}: worst of {args.seeds} seeds: {worst_of(args.seeds, args.source)}")
        return 0
    recs = syndication_set(source=args.source)
    kinds = Counter(r.kind for r in recs)
    print(f"{len(recs)} records, {len({r.story for r in recs})} stories: {dict(kinds)}")
    configs = CONFIGS if args.sweep else {"default": None}
    for name, conf in configs.items():
        if conf is not None:
            configure(*conf)
        result = run(recs)
        print(f"{name}: " + ", ".join(
            f"{k}={v:.4f}" if isinstance(v, float) else f"{k}={v}" for k, v in result.items()
        ))
    if args.sweep:
        configure(*CONFIGS[DEFAULT])
    topic_traps(recs)
    print("held-out invented template families (15 stories x 3 copies), seeds 11-20:")
    for seed in range(11, 21):
        print(f"  seed {seed}: {heldout(seed)}")
    candidate_rate()
    if args.scale:
        scale(args.scale)
    if args.lsh_memory:
        lsh_memory(args.lsh_memory)
    return 0


if __name__ == "__main__":
    sys.exit(main())
