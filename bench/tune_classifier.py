"""Measure the learned second opinion's thresholds on ACLED-labelled snippets (../shared/gold/case-dev).

usage: python bench/tune_classifier.py [--gold DIR] [--grid]

Parses every snippet once and embeds every candidate sentence once (cached in this process), then
re-runs only the extraction steps for each setting of the ``EventConfig`` classifier fields: rules
only, the defaults, and with --grid a small grid around them. Prints sub-type F1 (first event) and
the event scorer's line for each. Not a test: the snippets may not be copied into the project.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from case_subtypes import DEFAULT_GOLD, f1_scores, first_labels  # noqa: E402


def cached_embed(embed):  # type: ignore[no-untyped-def]
    """Wrap the embedder: a sentence seen under one setting is not embedded again."""
    seen: dict[str, np.ndarray] = {}

    def run(texts: list[str]) -> np.ndarray:
        missing = [t for t in texts if t not in seen]
        if missing:
            seen.update(zip(missing, embed(missing)))
        return np.stack([seen[t] for t in texts]) if texts else embed(texts)

    return run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--grid", action="store_true")
    parser.add_argument("--short-grid", action="store_true", help="vary the short-text candidates and add thresholds")
    parser.add_argument("--drop-grid", action="store_true", help="only vary classifier_drop_none")
    args = parser.parse_args()

    from eventcoder.extract.config import ExtractConfig
    from eventcoder.extract.context import Context
    from eventcoder.extract.events import config as event_config
    from eventcoder.extract.events import learned
    from eventcoder.ingest import iter_articles
    from eventcoder.nlp import get_nlp
    from eventcoder.record import assemble

    learned.embed = cached_embed(learned.embed)  # type: ignore[method-assign]
    gold = [json.loads(line) for line in (args.gold / "gold.jsonl").open(encoding="utf-8")]
    articles = [a for a in iter_articles([str(args.gold / "articles.jsonl")]) if not isinstance(a, Exception)]
    docs = list(get_nlp().pipe(a.text for a in articles))
    base = event_config.EventConfig()
    settings = [("rules only", replace(base, classifier=False)), ("defaults", base)]
    if args.grid:  # one rule at a time, the others off (1.01 is never reached)
        off = replace(base, classifier_drop_none=1.01, classifier_retype=1.01, classifier_add=1.01)
        settings += [(f"drop {v}", replace(off, classifier_drop_none=v)) for v in (0.6, 0.7, 0.8, 0.9)]
        settings += [(f"retype {v}", replace(off, classifier_retype=v)) for v in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8)]
        settings += [(f"add {v}", replace(off, classifier_add=v)) for v in (0.4, 0.5, 0.6, 0.7, 0.8)]
        settings += [(f"add {v} anywhere", replace(off, classifier_add=v, classifier_add_anywhere=True))
                     for v in (0.6, 0.8)]
    if args.short_grid:  # every sentence of a short text a candidate (0: off), and its add threshold
        settings += [(f"short {n} whole {w} add {v}", replace(base, classifier_short_text=n, classifier_add=v,
                                                            classifier_sentence_tokens=w))
                     for n in (0, 3) for w in (0, 48) for v in (0.4, 0.5, 0.6)]
    if args.drop_grid:
        settings += [(f"drop {v}", replace(base, classifier_drop_none=v)) for v in (0.6, 0.7, 1.01)]
    for name, cfg in settings:
        records = {}
        for article, doc in zip(articles, docs):
            ctx = Context(article=article, doc=doc, config=ExtractConfig(events=cfg))
            records[article.id] = assemble(ctx).model_dump(mode="json")
        rows = first_labels(records, gold)
        micro, macro, weighted, _ = f1_scores([(r[1], r[3]) for r in rows])
        type_acc = f1_scores([(r[0], r[2]) for r in rows])[0]
        print(f"{name}: sub-type micro {micro:.3f} macro {macro:.3f} weighted {weighted:.3f}; "
              f"type accuracy {type_acc:.3f}; {_event_line(records, args.gold)}", flush=True)


def _event_line(records: dict[str, dict], gold: Path) -> str:
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as out:
        for record in records.values():
            out.write(json.dumps(record) + "\n")
    scorer = gold.parents[1] / "eval" / "score.py"
    done = subprocess.run([sys.executable, str(scorer), str(gold / "gold.jsonl"), out.name],
                          capture_output=True, text=True, check=False)
    return next((line.strip() for line in done.stdout.splitlines() if line.startswith("events")), "")


if __name__ == "__main__":
    main()
