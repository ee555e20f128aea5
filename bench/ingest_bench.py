"""Ingest benchmark: articles/s, database size and search latency on a fresh SQLite corpus.

    .venv/bin/python bench/ingest_bench.py --n 10000              # store-only AND extraction
    .venv/bin/python bench/ingest_bench.py --n 10000 --no-extract # store-only only
    .venv/bin/python bench/ingest_bench.py --n 10000 --extract-n 300
    .venv/bin/python bench/ingest_bench.py --n 2000 --extract-n 100 --workers 2

Articles come from templates below (no network, no data files). Store-only mode stores
hand-built records made from the same template values, so store speed and NLP speed are
measured apart; without --no-extract both run in one invocation and their ratio is printed.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from eventcoder.model import (
    Actor,
    Article,
    Event,
    Fatalities,
    Location,
    Place,
    Quantity,
    Quote,
    Record,
    TextSpan,
    TimeRef,
)
from eventcoder.store import Filters, Store
from eventcoder.store.loader import ingest

TOWNS = [  # name, ISO2, admin1, lat, lon
    ("Aleppo", "SY", "Aleppo", 36.2021, 37.1343), ("Idlib", "SY", "Idlib", 35.9306, 36.6339),
    ("Saraqib", "SY", "Idlib", 35.8647, 36.8006), ("Douma", "SY", "Rif Dimashq", 33.5711, 36.4022),
    ("Kharkiv", "UA", "Kharkiv", 49.9935, 36.2304), ("Bakhmut", "UA", "Donetsk", 48.5947, 37.9997),
    ("Kherson", "UA", "Kherson", 46.6354, 32.6169), ("El Fasher", "SD", "North Darfur", 13.6279, 25.3494),
    ("Geneina", "SD", "West Darfur", 13.4526, 22.4472), ("Taiz", "YE", "Taiz", 13.5795, 44.0209),
    ("Hodeidah", "YE", "Al Hudaydah", 14.7978, 42.9545), ("Gao", "ML", "Gao", 16.2666, -0.0400),
    ("Mopti", "ML", "Mopti", 14.4843, -4.1827), ("Maiduguri", "NG", "Borno", 11.8333, 13.1500),
]
KINDS = [  # type, sub_type, verb, actor1, inter1
    ("Explosions/Remote violence", "Shelling/artillery/missile attack", "shelled", "Government forces", 1),
    ("Explosions/Remote violence", "Air/drone strike", "bombed", "Air force", 1),
    ("Violence against civilians", "Attack", "attacked civilians in", "Armed militia", 4),
    ("Battles", "Armed clash", "clashed with rebels in", "Army units", 1),
    ("Protests", "Peaceful protest", "marched through", "Protesters", 6),
]
SOURCES = ["Northwire", "Eastern Press", "Daily Monitor", "Field Reports", "Radio Dabanga", "AFP-like"]
SPEAKERS = ["Amina Yusuf", "Oleh Kovalenko", "Rami Haddad", "Moussa Traore", "Fatima Ali"]
QUALIFIERS = [("", "exact"), ("at least ", "at_least"), ("about ", "about"), ("more than ", "more_than")]


@dataclass(frozen=True)
class Spec:
    """The values one generated article is built from."""

    n: int
    town: tuple[str, str, str, float, float]
    kind: tuple[str, str, str, str, int]
    day: str
    killed: int
    qual: tuple[str, str]
    source: str
    speaker: str


def specs(n: int, seed: int = 7) -> Iterator[Spec]:
    """Deterministic article values; repeated town/day/type pairs give the linker work."""
    rng = random.Random(seed)
    for i in range(n):
        day = f"20{rng.randint(16, 24)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        yield Spec(i, rng.choice(TOWNS), rng.choice(KINDS), day, rng.randint(1, 60),
                   rng.choice(QUALIFIERS), rng.choice(SOURCES), rng.choice(SPEAKERS))


def article_text(s: Spec) -> tuple[str, str, str, str]:
    """The article body and its event sentence, figure and quote."""
    name, verb, actor = s.town[0], s.kind[2], s.kind[3]
    figure = f"{s.qual[0]}{s.killed} people"
    event = f"{actor} {verb} {name} on {s.day}, killing {figure}, officials said."
    quote = f"We could not reach the wounded in {name} for hours,"
    text = (f"{event} \"{quote}\" said {s.speaker}, a local doctor. Residents said the "
            f"attack was the worst in weeks and that families had fled toward the countryside.")
    return text, event, figure, quote


def make_article(s: Spec) -> Article:
    """The input article, as a reader would produce it."""
    return Article(id=f"bench-{s.n:06d}", text=article_text(s)[0], published=s.day,
                   source=s.source, title=f"{s.kind[1]} in {s.town[0]}")


def make_record(s: Spec) -> Record:
    """A hand-built record for the store-only mode: what a perfect extraction would give."""
    text, event, figure, quote = article_text(s)
    name, cc, admin1, lat, lon = s.town
    loc = Location(name=name, country_code=cc, admin1=admin1, lat=lat, lon=lon, precision="city")
    fs, qs, ps = text.index(figure), text.index(quote), text.index(name)
    return Record(
        article=make_article(s),
        places=[Place(**loc.model_dump(), start=ps, end=ps + len(name), text=name)],
        quantities=[Quantity(start=fs, end=fs + len(figure), text=figure, value=s.killed,
                             qualifier=s.qual[1], unit="people", category="killed",
                             attributed_to="officials")],
        quotes=[Quote(start=qs, end=qs + len(quote), text=quote, kind="direct", speaker=s.speaker)],
        events=[Event(id="e1", type=s.kind[0], sub_type=s.kind[1],
                      actor1=Actor(name=s.kind[3], inter=s.kind[4]),
                      date=TimeRef(value=s.day, precision="day"), location=loc,
                      fatalities=Fatalities(value=s.killed, qualifier=s.qual[1], text=figure),
                      evidence=[TextSpan(start=0, end=len(event))])],
    )


def db_size(path: Path) -> int:
    """The database with its WAL and shared-memory files."""
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))


def search_latency(store: Store, rounds: int = 200) -> dict[str, float]:
    """p50 and p95 in ms over word queries, some with filters: wall time, and CPU time (SQLite
    runs in this process, so CPU time is the figure a loaded machine does not inflate)."""
    rng = random.Random(3)
    words = [t[0] for t in TOWNS] + ["wounded", "shelled", "countryside", "families fled", "doctor"]
    walls, cpus = [], []
    for i in range(rounds):
        filters = Filters(country=rng.choice(TOWNS)[1]) if i % 3 == 0 else Filters()
        if i % 5 == 0:
            filters = Filters(speaker=rng.choice(SPEAKERS), date_from="2019-01-01")
        t0, c0 = time.perf_counter(), time.process_time()
        store.search(rng.choice(words), filters, limit=20)
        walls.append((time.perf_counter() - t0) * 1000)
        cpus.append((time.process_time() - c0) * 1000)
    return {"search_p50_ms": _percentile(walls, 0.5), "search_p95_ms": _percentile(walls, 0.95),
            "search_cpu_p50_ms": _percentile(cpus, 0.5), "search_cpu_p95_ms": _percentile(cpus, 0.95)}


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    middle = statistics.median(ordered) if q == 0.5 else ordered[int(q * (len(ordered) - 1))]
    return round(middle, 2)


def run(label: str, n: int, build: Callable[[Article], Record], items: list[Article],
        workdir: Path) -> tuple[float, float]:
    """Ingest into a fresh database, then time searches; prints one JSON line.

    Returns (articles per wall second, articles per CPU second): on a shared machine the
    CPU figure is the stable one.
    """
    path = workdir / f"{label}.db"
    store = Store.open(str(path))
    t0, c0 = time.perf_counter(), time.process_time()
    report = ingest(store, items, build)
    elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
    with store.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    latency = search_latency(store)
    counts = store.counts()
    store.close()
    rate = n / elapsed
    print(json.dumps({
        "mode": label, "articles": n, "seconds": round(elapsed, 2), "articles_per_s": round(rate, 1),
        "cpu_seconds": round(cpu, 2), "articles_per_cpu_s": round(n / cpu, 1),
        "db_mb": round(db_size(path) / 1e6, 2), **latency, "incidents": counts["incidents"],
        "events": counts["events"], "failed": report.failed,
    }))
    return rate, n / cpu


def main() -> None:
    """Run store-only (and, unless --no-extract, extraction) on fresh databases."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=10_000, help="articles for the store-only run")
    ap.add_argument("--extract-n", type=int, default=300, help="articles for the extraction run")
    ap.add_argument("--no-extract", action="store_true", help="store hand-built records only")
    ap.add_argument("--workers", type=int, default=1, help="extraction worker processes")
    ap.add_argument("--dir", help="where to put the databases (default: a temp dir)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(args.dir or tmp)
        workdir.mkdir(parents=True, exist_ok=True)
        all_specs = list(specs(max(args.n, args.extract_n)))
        records = {f"bench-{s.n:06d}": make_record(s) for s in all_specs[:args.n]}
        store_rates = run("store-only", args.n, lambda a: records[a.id],
                         [r.article for r in records.values()], workdir)
        if args.no_extract:
            return
        from eventcoder.scale import RecordBuilder

        build = RecordBuilder().spread(workers=args.workers)  # batched parse; the main process writes
        build(Article(id="warm", text="Warm up the model.", published="2020-01-01"))
        extract_rates = run("extract", args.extract_n, build,
                           [make_article(s) for s in all_specs[:args.extract_n]], workdir)
        print(json.dumps({
            "store_only_vs_extract_wall_ratio": round(store_rates[0] / extract_rates[0], 1),
            "store_only_vs_extract_cpu_ratio": round(store_rates[1] / extract_rates[1], 1),
            "extraction_share_of_cpu": round(1 - extract_rates[1] / store_rates[1], 3),
        }))


if __name__ == "__main__":
    main()
