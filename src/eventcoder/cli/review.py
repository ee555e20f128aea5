"""``eventcoder review queue|export``: the analyst's review from the command line.

``queue`` lists unreviewed events, most doubtful first (see ``corrections.doubt`` for the score);
``export`` writes every reviewed item as gold JSON Lines for the scorers.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from eventcoder.cli.corpus import _db_arg, open_corpus


def cmd_queue(args: argparse.Namespace) -> int:
    """Print the queue: score, article/event, type and the reasons, then the evidence."""
    from eventcoder.store.corrections import review_queue

    with open_corpus(args) as store:
        queue = review_queue(store, args.limit)
    for item in queue:
        if args.json:
            print(json.dumps(item.to_dict(), ensure_ascii=False))
            continue
        print(f"{item.score:<4g} {item.article_id} {item.event_id}  {item.sub_type} ({item.type}) — "
              f"{', '.join(item.reasons)}")
        print(f"     {item.evidence[:160]}")
    if not queue and not args.json:
        print("nothing to review", file=sys.stderr)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    """Write the gold file; '-' writes to stdout."""
    from eventcoder.store.corrections import export_gold

    with open_corpus(args) as store:
        if args.output == "-":
            count = export_gold(store, "/dev/stdout")
        else:
            count = export_gold(store, args.output)
    print(f"eventcoder: {count} reviewed article(s) written to {args.output}", file=sys.stderr)
    return 0


def register(subparsers: Any) -> None:
    """Add ``review queue`` and ``review export``."""
    review = subparsers.add_parser("review", help="the analyst's review queue and gold export")
    sub = review.add_subparsers(dest="review_command", metavar="ACTION", required=True)
    p = sub.add_parser("queue", help="unreviewed events, most doubtful first")
    _db_arg(p)
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--json", action="store_true", help="one JSON object per line")
    p.set_defaults(func=cmd_queue)
    p = sub.add_parser("export", help="write reviewed items as gold JSON Lines")
    _db_arg(p)
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="output file, - for stdout")
    p.set_defaults(func=cmd_export)
