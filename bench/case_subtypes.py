"""Sub-type classification on ACLED-labelled snippets (../shared/gold/case-dev), as the CASE-2021
shared task scored it: the first event's sub-type is the label (NONE when there is no event).

usage: python bench/case_subtypes.py [--gold DIR] [--records FILE]

Prints micro, macro and weighted F1 over the gold sub-types, F1 per sub-type, and the confusion of
the six event types (rows gold, columns system). Without --records it runs the extraction itself.
Not a test: the snippets may not be copied into the project, and ../shared may be absent.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_GOLD = ROOT.parent / "shared" / "gold" / "case-dev"
NONE = "NONE"


def first_labels(records: dict[str, dict], gold: list[dict]) -> list[tuple[str, str, str, str]]:
    """(gold type, gold sub-type, system type, system sub-type) for every labelled snippet."""
    rows = []
    for item in gold:
        if not item["events"]:
            continue
        want = item["events"][0]
        events = records.get(item["id"], {}).get("events", [])
        got = events[0] if events else {"type": NONE, "sub_type": NONE}
        rows.append((want["type"], want["sub_type"], got["type"], got["sub_type"]))
    return rows


def f1_scores(pairs: list[tuple[str, str]]) -> tuple[float, float, float, dict[str, float]]:
    """Micro, macro, weighted F1 over the gold labels, and F1 per label."""
    tp, fp, fn, support = Counter(), Counter(), Counter(), Counter()
    for want, got in pairs:
        support[want] += 1
        if want == got:
            tp[want] += 1
        else:
            fn[want] += 1
            fp[got] += 1

    def f1(label: str) -> float:
        p = tp[label] / (tp[label] + fp[label]) if tp[label] + fp[label] else 0.0
        r = tp[label] / (tp[label] + fn[label]) if tp[label] + fn[label] else 0.0
        return 2 * p * r / (p + r) if p + r else 0.0

    per = {label: f1(label) for label in support}
    n = sum(support.values())
    micro = sum(tp.values()) / n if n else 0.0
    macro = sum(per.values()) / len(per) if per else 0.0
    weighted = sum(per[c] * support[c] for c in per) / n if n else 0.0
    return micro, macro, weighted, per


def confusion(pairs: list[tuple[str, str]]) -> str:
    """A text table of gold types (rows) against system types (columns)."""
    from eventcoder import taxonomy

    labels = [*taxonomy.event_types(), NONE]
    short = {t: t.split("/")[0].split()[0][:8] for t in labels}
    counts = Counter(pairs)
    lines = ["gold \\ system".ljust(28) + "".join(short[t].rjust(9) for t in labels)]
    for want in labels[:-1]:
        lines.append(want[:27].ljust(28) + "".join(str(counts[(want, got)]).rjust(9) for got in labels))
    return "\n".join(lines)


def extract(gold_dir: Path) -> dict[str, dict]:
    from eventcoder.ingest import iter_articles
    from eventcoder.record import build_records

    articles = (a for a in iter_articles([str(gold_dir / "articles.jsonl")]) if not isinstance(a, Exception))
    return {o.article.id: o.record.model_dump() for o in build_records(articles) if o.record is not None}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--records", type=Path, help="records (JSON Lines) already extracted from the snippets")
    args = parser.parse_args()
    if not (args.gold / "gold.jsonl").is_file():
        sys.exit(f"no gold at {args.gold}: ../shared is not beside this clone")
    gold = [json.loads(line) for line in (args.gold / "gold.jsonl").open(encoding="utf-8")]
    if args.records:
        records = {r["article"]["id"]: r for r in map(json.loads, args.records.open(encoding="utf-8"))}
    else:
        records = extract(args.gold)
    rows = first_labels(records, gold)
    micro, macro, weighted, per = f1_scores([(r[1], r[3]) for r in rows])
    print(f"sub-type F1 over {len(rows)} snippets: micro {micro:.3f}  macro {macro:.3f}  weighted {weighted:.3f}")
    for label, score in sorted(per.items(), key=lambda kv: kv[1]):
        print(f"  {score:.2f}  {label}")
    type_micro, _, type_weighted, _ = f1_scores([(r[0], r[2]) for r in rows])
    print(f"type accuracy {type_micro:.3f}, weighted F1 {type_weighted:.3f}")
    print(confusion([(r[0], r[2]) for r in rows]))


if __name__ == "__main__":
    main()
