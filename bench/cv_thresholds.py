"""Cross-validated choice of the learned typer's arbitration thresholds (``EventConfig``).

usage: python bench/cv_thresholds.py [--gold DIR] [--folds 5] [--seed 0]

The thresholds were tuned on case-dev, so their in-sample sub-type F1 is optimistic. This runs the
extraction once per setting of a small grid (the snippets are parsed and embedded once), then, for
each of the folds, picks the setting with the best weighted F1 on the other folds and labels the
held-out fold with it. It prints the cross-validated weighted F1 (pooled held-out labels) beside the
in-sample best and the shipped defaults, and which setting each fold chose: set ``EventConfig`` to
what most folds pick. Not a test: the snippets may not be copied into the project.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from case_subtypes import DEFAULT_GOLD, NONE, f1_scores  # noqa: E402
from tune_classifier import cached_embed  # noqa: E402

GRID = {
    "classifier_drop_none": (0.7, 0.85, 1.01),
    "classifier_retype": (0.4, 0.6, 0.8),
    "classifier_add": (0.4, 0.6, 0.8),
    "classifier_clash": (0.8, 0.9, 1.01),
}
"""A small grid around the defaults; 1.01 is never reached, so it switches that rule off."""

Labels = dict[str, tuple[str, str]]
"""Snippet id -> (gold sub-type, system sub-type of the first event)."""


def settings(defaults: dict[str, float]) -> list[dict[str, float]]:
    """Every combination of the grid, nearest the defaults first (ties go to the smaller change)."""
    names = list(GRID)
    grid = [dict(zip(names, values)) for values in itertools.product(*(GRID[n] for n in names))]
    return sorted(grid, key=lambda s: sum(abs(s[n] - defaults[n]) for n in names))


def label_all(gold: list[dict], setting: dict[str, float], articles: list, docs: list) -> Labels:
    """The first event's sub-type for every labelled snippet under one setting."""
    from eventcoder.extract.config import ExtractConfig
    from eventcoder.extract.context import Context
    from eventcoder.extract.events.config import EventConfig
    from eventcoder.record import assemble

    cfg = replace(EventConfig(), **setting)
    got: dict[str, str] = {}
    for article, doc in zip(articles, docs):
        events = assemble(Context(article=article, doc=doc, config=ExtractConfig(events=cfg))).events
        got[article.id] = events[0].sub_type if events else NONE
    return {g["id"]: (g["events"][0]["sub_type"], got.get(g["id"], NONE)) for g in gold if g["events"]}


def weighted(labels: Labels, ids: list[str]) -> float:
    """Weighted sub-type F1 over some snippets (the shared task's headline score)."""
    return f1_scores([labels[i] for i in ids])[2]


def folds_of(ids: list[str], k: int, seed: int) -> list[list[str]]:
    """k folds stratified by gold sub-type, so every fold sees the rare sub-types."""
    by_label: dict[str, list[str]] = {}
    for i in ids:
        by_label.setdefault(i.split("\t")[0], []).append(i)
    rng = random.Random(seed)
    out: list[list[str]] = [[] for _ in range(k)]
    n = 0
    for _, members in sorted(by_label.items()):
        rng.shuffle(members)
        for member in members:
            out[n % k].append(member)
            n += 1
    return out


def cross_validate(table: list[Labels], k: int, seed: int) -> tuple[float, list[int]]:
    """Pooled held-out weighted F1, and the setting each fold chose on the other folds."""
    gold_of = {i: sub for i, (sub, _) in table[0].items()}
    keyed = [f"{gold_of[i]}\t{i}" for i in sorted(gold_of)]
    folds = [[key.split("\t")[1] for key in fold] for fold in folds_of(keyed, k, seed)]
    held: Labels = {}
    chosen = []
    for n, test in enumerate(folds):
        train = [i for m, fold in enumerate(folds) if m != n for i in fold]
        best = max(range(len(table)), key=lambda s: (weighted(table[s], train), -s))
        chosen.append(best)
        held.update({i: table[best][i] for i in test})
    return weighted(held, sorted(held)), chosen


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    if not (args.gold / "gold.jsonl").is_file():
        sys.exit(f"no gold at {args.gold}: ../shared is not beside this clone")

    from eventcoder.extract.events import learned
    from eventcoder.extract.events.config import EventConfig
    from eventcoder.ingest import iter_articles
    from eventcoder.nlp import get_nlp

    learned.embed = cached_embed(learned.embed)  # type: ignore[method-assign]
    gold = [json.loads(line) for line in (args.gold / "gold.jsonl").open(encoding="utf-8")]
    articles = [a for a in iter_articles([str(args.gold / "articles.jsonl")]) if not isinstance(a, Exception)]
    docs = list(get_nlp().pipe(a.text for a in articles))
    defaults = {name: getattr(EventConfig(), name) for name in GRID}
    grid = settings(defaults)
    table = [label_all(gold, s, articles, docs) for s in [defaults, *grid]]
    ids = sorted(table[0])
    print(f"defaults {defaults}: in-sample weighted F1 {weighted(table[0], ids):.3f}")
    best = max(range(1, len(table)), key=lambda s: (weighted(table[s], ids), -s))
    spread = sorted(weighted(t, ids) for t in table[1:])
    print(f"grid of {len(grid)}: in-sample weighted F1 from {spread[0]:.3f} to {spread[-1]:.3f}")
    print(f"in-sample best of {len(grid)} settings {grid[best - 1]}: weighted F1 {weighted(table[best], ids):.3f}")
    score, chosen = cross_validate(table[1:], args.folds, args.seed)
    print(f"{args.folds}-fold cross-validated weighted F1 {score:.3f} (in-sample best {weighted(table[best], ids):.3f})")
    for n, (setting, count) in enumerate(Counter(chosen).most_common()):
        print(f"  {'chosen' if n == 0 else 'also'} by {count} fold(s): {grid[setting]}")


if __name__ == "__main__":
    main()
