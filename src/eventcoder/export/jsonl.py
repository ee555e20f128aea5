"""JSON Lines: the stored records (``write_jsonl``), or incidents with the CSV's fields
(``write_incidents_jsonl``), one per line."""

from __future__ import annotations

import json
from typing import TextIO

from eventcoder.export.acled_csv import acled_rows
from eventcoder.store import Filters, Store
from eventcoder.store.corrections import all_corrections, review


def write_jsonl(store: Store, out: TextIO, filters: Filters | None = None) -> int:
    """Write every record passing the filters as eventcoder wrote it, analyst corrections
    applied (an article nobody reviewed is written unchanged); returns how many."""
    corrections = all_corrections(store)
    n = 0
    for record in store.records(filters):
        if record.article.id in corrections:
            record = review(record, corrections[record.article.id]).record
        out.write(record.model_dump_json() + "\n")
        n += 1
    return n


def write_incidents_jsonl(store: Store, out: TextIO, filters: Filters | None = None,
                          planned: bool = False) -> int:
    """One incident per line with the ACLED CSV's fields (corrections applied, empty → null;
    planned incidents only with ``planned``, as in the CSV)."""
    n = 0
    for row in acled_rows(store, filters, planned):
        out.write(json.dumps({k: (None if v == "" else v) for k, v in row.items()},
                             ensure_ascii=False) + "\n")
        n += 1
    return n
