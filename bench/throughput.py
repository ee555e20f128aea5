"""Throughput of the whole record against the stock spaCy parse of the same texts (not a test).

usage: python bench/throughput.py [--articles N] [--words W] [--rounds R] [--worker-articles M] [--json]

Builds N articles of about W words from the demo articles and our own fixtures, then, in fresh
processes, interleaving R rounds and measuring CPU time:
- the stock model's bare ``nlp.pipe`` (loaded as shipped: none of eventcoder's settings);
- eventcoder's full record (parse with its engine + every extractor, the event classifier included);
and, by wall clock in fresh processes on M articles (model loads included), one worker against two
forked worker processes and against a 2-worker Dask LocalCluster (cluster start-up included).
Prints the ratio eventcoder/stock (median over rounds), articles/s, words/s, peak RSS per worker
and the 2-worker speed-ups; ``--json`` prints one JSON object instead.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SOURCES = [*sorted((ROOT / "demo").glob("*.txt")), ROOT / "tests" / "fixtures" / "figures_wire.txt",
           ROOT / "tests" / "fixtures" / "quotes_wire_sudan.txt", *sorted((ROOT / "bench" / "texts").glob("*.txt"))]


def make_texts(n: int, words: int) -> list[str]:
    """N articles of about ``words`` words, each a different rotation of our own texts."""
    paragraphs = [p.strip() for src in SOURCES for p in src.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    texts = []
    for i in range(n):
        chosen, count, j = [], 0, i
        while count < words:
            para = paragraphs[j % len(paragraphs)]
            chosen.append(para)
            count += len(para.split())
            j += 7
        texts.append("\n\n".join(chosen))
    return texts


def child(kind: str, n: int, words: int) -> None:
    """Runs in a fresh process: time one kind of work on the texts and print CPU s and peak RSS."""
    texts = make_texts(n, words)
    if kind == "stock":
        from eventcoder.nlp import load_stock

        nlp = load_stock()
        list(nlp.pipe(texts[:2]))
        start = time.process_time()
        for _ in nlp.pipe(texts, batch_size=16):
            pass
    else:
        from eventcoder.model import Article
        from eventcoder.record import build_record, build_records

        articles = [Article(id=f"t{i}", text=t, published="2024-05-12") for i, t in enumerate(texts)]
        build_record(articles[0])  # model, gazetteer, dictionaries, classifier loaded before timing
        embedded = _count_embeddings(cache=kind == "eventcoder-cache")
        start = time.process_time()
        for _ in build_records(articles):
            pass
    cpu = time.process_time() - start
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    extra = dict(embedded) if kind != "stock" else {}
    print(json.dumps({"cpu_s": cpu, "peak_rss_mb": rss_mb, **extra}))


def _count_embeddings(*, cache: bool) -> dict[str, float]:
    """Counts what the event classifier embeds from now on: texts asked about, texts the model
    read (not found in the embedding cache) and their CPU time. The cache starts empty (the
    warm-up article's window is forgotten); without ``cache`` every text goes to the model, as in
    a corpus with no repeated sentence (the bench's texts repeat paragraphs)."""
    from eventcoder.extract.events import learned

    learned._cache.clear()
    learned.CACHE_SIZE = learned.CACHE_SIZE if cache else 0
    counts = {"classifier_texts": 0.0, "classifier_model_texts": 0.0, "classifier_cpu_s": 0.0}
    real = learned.embed
    model = learned.embedder()
    passage = model.passage
    model.passage = lambda texts: counts.__setitem__("classifier_model_texts",
                                                     counts["classifier_model_texts"] + len(texts)) or passage(texts)

    def counted(texts: list[str]) -> object:
        start = time.process_time()
        try:
            return real(texts)
        finally:
            counts["classifier_texts"] += len(texts)
            counts["classifier_cpu_s"] += time.process_time() - start

    learned.embed = counted  # type: ignore[assignment]
    return counts


def run_child(kind: str, n: int, words: int) -> dict[str, float]:
    out = subprocess.run([sys.executable, __file__, "--child", kind, "--articles", str(n), "--words", str(words)],
                         capture_output=True, text=True, check=True)
    result: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def wall_child(kind: str, n: int, words: int) -> None:
    """Runs in a fresh process: wall time of one run, model loads included, and peak RSS."""
    from eventcoder.model import Article
    from eventcoder.scale import build_records_dask, build_records_parallel

    articles = [Article(id=f"w{i}", text=t, published="2024-05-12") for i, t in enumerate(make_texts(n, words))]
    if kind == "dask2warm":  # a cluster already up with the model loaded, as a long-lived one would be,
        import dask  # its workers spawned and set up as README's "On a cluster" advises
        from distributed import Client, LocalCluster

        from eventcoder.scale.cluster import LOCAL_SETTINGS
        from eventcoder.scale.dask_tasks import warm_worker

        with dask.config.set(LOCAL_SETTINGS):
            cluster = LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=None)
        Client(cluster).run(warm_worker, ())
    start = time.perf_counter()
    if kind == "dask2":
        outcomes = build_records_dask(articles, address="local:2")
    elif kind == "dask2warm":
        outcomes = build_records_dask(articles, address=cluster.scheduler_address)
    else:
        outcomes = build_records_parallel(articles, workers=1 if kind == "one" else 2)
    done = sum(1 for o in outcomes if o.record is not None)
    wall = time.perf_counter() - start
    rss = {who: resource.getrusage(getattr(resource, f"RUSAGE_{who.upper()}")).ru_maxrss / 1024
           for who in ("self", "children")}
    print(json.dumps({"wall_s": wall, "done": done, "rss_self_mb": rss["self"], "rss_workers_mb": rss["children"]}))


def wall_speedups(n: int, words: int, rounds: int = 1) -> dict[str, Any]:
    """One worker vs two processes vs a 2-worker Dask cluster, by wall clock, each in a fresh process.

    ``rounds`` interleaves the kinds (one, two, dask, running dask, one, ...) so a shared machine's
    changing load falls on each alike; the speed-ups are medians of the rounds' own ratios, with
    each round's figures and the load average (1 min) before it."""
    rows = [_wall_round(n, words) for _ in range(rounds)]
    median = {key: _median_of(rows, key) for key in rows[0]}
    two = rows[0]["two"]
    return {"one_worker_s": median["one_s"], "two_workers_s": median["two_s"],
            "speedup_2_workers": median["speedup_2"], "peak_rss_per_worker_mb": two["rss_workers_mb"],
            "parent_rss_mb": two["rss_self_mb"], "dask_2_workers_s": median["dask_s"],
            "speedup_dask_2_workers": median["speedup_dask"],
            "speedup_dask_2_workers_running_cluster": median["speedup_dask_running"],
            "worker_rounds": [{k: v for k, v in row.items() if not isinstance(v, dict)} for row in rows],
            "load_average": os.getloadavg()[0]}


def _wall_round(n: int, words: int) -> dict[str, Any]:
    """One round of the wall-clock kinds; Dask's figures are None where Dask is not installed."""
    load = os.getloadavg()[0]
    one, two = run_child("one", n, words), run_child("two", n, words)
    try:
        dask_two: dict[str, float] | None = run_child("dask2", n, words)
        dask_warm: dict[str, float] | None = run_child("dask2warm", n, words)
    except subprocess.CalledProcessError:
        dask_two = dask_warm = None  # no Dask here: pip install 'eventcoder[cluster]'
    return {"load_before": load, "one_s": one["wall_s"], "two_s": two["wall_s"], "two": two,
            "speedup_2": one["wall_s"] / two["wall_s"],
            "dask_s": dask_two["wall_s"] if dask_two else None,
            "speedup_dask": one["wall_s"] / dask_two["wall_s"] if dask_two else None,
            "speedup_dask_running": one["wall_s"] / dask_warm["wall_s"] if dask_warm else None}


def _median_of(rows: list[dict[str, Any]], key: str) -> float | None:
    values = [v for row in rows if isinstance(v := row[key], (int, float))]
    return statistics.median(values) if values else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--words", type=int, default=600, help="about how long each article is")
    parser.add_argument("--rounds", type=int, default=3, help="interleaved stock/eventcoder rounds")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--no-workers", action="store_true", help="skip the 2-worker speed-ups")
    parser.add_argument("--worker-articles", type=int, default=300,
                        help="articles for the wall-clock speed-ups: start-up (~3 s) is paid once, so a "
                             "short batch measures start-up more than throughput")
    parser.add_argument("--worker-rounds", type=int, default=1,
                        help="interleaved rounds of the wall-clock kinds (medians and each round are printed)")
    parser.add_argument("--embedding-cache", action="store_true",
                        help="let the classifier's embedding cache work; off by default because the bench's "
                             "articles repeat paragraphs, which real news seldom does (the default is honest)")
    parser.add_argument("--child", choices=["stock", "eventcoder", "eventcoder-cache", "one", "two", "dask2", "dask2warm"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child in ("one", "two", "dask2", "dask2warm"):
        wall_child(args.child, args.articles, args.words)
        return
    if args.child:
        child(args.child, args.articles, args.words)
        return
    stock, ours = [], []
    for _ in range(args.rounds):
        stock.append(run_child("stock", args.articles, args.words))
        ours.append(run_child("eventcoder-cache" if args.embedding_cache else "eventcoder",
                              args.articles, args.words))
    ratios = [o["cpu_s"] / s["cpu_s"] for s, o in zip(stock, ours)]
    words = sum(len(t.split()) for t in make_texts(args.articles, args.words))
    our_cpu = statistics.median(o["cpu_s"] for o in ours)
    result: dict[str, Any] = {
        "articles": args.articles, "words": words, "rounds": args.rounds,
        "stock_cpu_s": statistics.median(s["cpu_s"] for s in stock), "eventcoder_cpu_s": our_cpu,
        "ratio": statistics.median(ratios), "ratios": ratios,
        "articles_per_s": args.articles / our_cpu, "words_per_s": words / our_cpu,
        "peak_rss_mb": max(o["peak_rss_mb"] for o in ours),
        "classifier_texts": ours[0]["classifier_texts"], "classifier_model_texts": ours[0]["classifier_model_texts"],
        "classifier_cpu_s": statistics.median(o["classifier_cpu_s"] for o in ours),
    }
    if not args.no_workers:
        result.update(wall_speedups(args.worker_articles, args.words, args.worker_rounds))
        result["worker_articles"] = args.worker_articles
    if args.json:
        print(json.dumps(result))
        return
    print(f"{args.articles} articles, {words:,} words; {args.rounds} interleaved rounds, CPU time")
    print(f"stock spaCy nlp.pipe: {result['stock_cpu_s']:.2f} s   eventcoder full record: {our_cpu:.2f} s")
    print(f"ratio eventcoder/stock: {result['ratio']:.2f}x (rounds: {', '.join(f'{r:.2f}' for r in ratios)})")
    print(f"eventcoder: {result['articles_per_s']:.1f} articles/s, {result['words_per_s']:.0f} words/s per core; "
          f"peak RSS {result['peak_rss_mb']:.0f} MB")
    print(f"event classifier: {result['classifier_texts']:.0f} sentences asked about in {args.articles} articles, "
          f"{result['classifier_model_texts']:.0f} embedded by the model (the others repeat one seen before), "
          f"{result['classifier_cpu_s']:.2f} s CPU ({result['classifier_cpu_s'] / result['stock_cpu_s']:.2f}x of "
          "the stock parse), included above")
    if not args.no_workers:
        dask = result["speedup_dask_2_workers"]
        print(f"wall clock on {args.worker_articles} articles, model loads included: one worker {result['one_worker_s']:.1f} s, "
              f"2 processes {result['two_workers_s']:.1f} s, 2-worker Dask "
              f"{'n/a' if dask is None else format(result['dask_2_workers_s'], '.1f') + ' s'}")
        print(f"2 worker processes: {result['speedup_2_workers']:.2f}x one worker "
              f"(peak RSS per worker {result['peak_rss_per_worker_mb']:.0f} MB, parent "
              f"{result['parent_rss_mb']:.0f} MB); 2-worker Dask: {'not available' if dask is None else f'{dask:.2f}x'}"
              + ("" if dask is None else f", on a cluster already running {result['speedup_dask_2_workers_running_cluster']:.2f}x"))
        for row in result["worker_rounds"]:
            print(f"  round at load {row['load_before']:.1f}: 2 processes {row['speedup_2']:.2f}x, fresh Dask "
                  + ("n/a" if row["speedup_dask"] is None else f"{row['speedup_dask']:.2f}x, running Dask "
                     f"{row['speedup_dask_running']:.2f}x"))
        print(f"load average during the run: {result['load_average']:.1f} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
