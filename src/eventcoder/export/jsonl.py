"""JSON Lines: the stored records, one per line, exactly as eventcoder wrote them."""

from __future__ import annotations

from typing import TextIO

from eventcoder.store import Filters, Store


def write_jsonl(store: Store, out: TextIO, filters: Filters | None = None) -> int:
    """Write every record passing the filters; returns how many."""
    n = 0
    for record in store.records(filters):
        out.write(record.model_dump_json() + "\n")
        n += 1
    return n
