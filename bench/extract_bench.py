"""Extraction throughput: eventcoder's full record vs. the bare spaCy parse, on the same texts, in one run.

usage: python bench/extract_bench.py [--repeat N] [FILES...]

Default texts are the demo articles (plus ../shared's example when present). Prints
words/s for spaCy alone and for eventcoder (parse + every extractor), and their ratio,
plus the cold start (model + gazetteer load) measured in this process.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def default_files() -> list[Path]:
    files = sorted((ROOT / "demo").glob("*.txt"))
    example = ROOT.parent / "shared" / "examples" / "aleppo-ceasefire.txt"
    return files + ([example] if example.is_file() else [])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--repeat", type=int, default=10, help="how many times each text is processed")
    parser.add_argument("--workers", type=int, default=2, help="also time this many worker processes (1 to skip)")
    args = parser.parse_args()

    from eventcoder.model import Article
    from eventcoder.nlp import get_nlp
    from eventcoder.record import build_record, build_records
    from eventcoder.scale import build_records_parallel

    texts = [p.read_text(encoding="utf-8") for p in (args.files or default_files())]
    articles = [Article(id=f"a{i}", text=t, published="2016-12-14") for i, t in enumerate(texts * args.repeat)]
    words = sum(len(a.text.split()) for a in articles)

    t0 = time.perf_counter()
    nlp = get_nlp()
    build_record(articles[0])  # loads gazetteer, dictionaries and lexicons
    cold = time.perf_counter() - t0

    t0 = time.perf_counter()
    for _ in nlp.pipe((a.text for a in articles), batch_size=16):
        pass
    spacy_s = time.perf_counter() - t0

    t0 = time.perf_counter()
    done = sum(1 for o in build_records(articles) if o.record is not None)
    full_s = time.perf_counter() - t0

    print(f"texts: {len(texts)} x {args.repeat} = {len(articles)} articles, {words:,} words")
    print(f"cold start (model + gazetteer + first article): {cold:.2f} s")
    print(f"bare spaCy (nlp.pipe):   {words / spacy_s:8.0f} words/s  {len(articles) / spacy_s:6.1f} articles/s")
    print(f"eventcoder (full record): {words / full_s:8.0f} words/s  {done / full_s:6.1f} articles/s")
    print(f"eventcoder / spaCy time ratio: {full_s / spacy_s:.2f}x")
    if args.workers > 1:
        t0 = time.perf_counter()
        done = sum(1 for o in build_records_parallel(articles, workers=args.workers) if o.record is not None)
        par_s = time.perf_counter() - t0
        print(f"eventcoder, {args.workers} workers (incl. their model loads): {words / par_s:8.0f} words/s  "
              f"{done / par_s:6.1f} articles/s  speed-up {full_s / par_s:.2f}x")


if __name__ == "__main__":
    main()
