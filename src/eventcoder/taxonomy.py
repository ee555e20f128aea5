"""The ACLED taxonomy, read once from ``data/taxonomy.yaml``: event types, sub-types, disorder
types, inter codes and interaction codes.

The record's enumerations are built from it, so a sub-type misspelt in a rule file, in code or in
a correction is refused instead of reaching the output. Imports nothing else of the package but
the data-file loader.
"""

from __future__ import annotations

from functools import lru_cache

from pydantic import BaseModel, ConfigDict

from eventcoder.datafiles import bundled, load_checked
from eventcoder.errors import DataFileError


class _EventType(BaseModel):
    model_config = ConfigDict(extra="forbid")
    disorder_type: str
    sub_types: list[str]


class _Taxonomy(BaseModel):
    model_config = ConfigDict(extra="forbid")
    event_types: dict[str, _EventType]
    disorder_overrides: dict[str, str] = {}
    inter_codes: dict[int, str]


@lru_cache(maxsize=1)
def _load() -> _Taxonomy:
    taxonomy = load_checked(bundled("taxonomy.yaml"), _Taxonomy)
    known = {s for t in taxonomy.event_types.values() for s in t.sub_types}
    unknown = set(taxonomy.disorder_overrides) - known
    if unknown:
        raise DataFileError(f"data/taxonomy.yaml: disorder_overrides names unknown sub-types {sorted(unknown)}")
    return taxonomy


def event_types() -> tuple[str, ...]:
    """The six ACLED event types, in codebook order."""
    return tuple(_load().event_types)


def sub_types() -> tuple[str, ...]:
    """The 25 ACLED sub-event types, in codebook order."""
    return tuple(s for t in _load().event_types.values() for s in t.sub_types)


def type_of(sub_type: str) -> str:
    """The event type a sub-type belongs to (KeyError for an unknown sub-type)."""
    for name, spec in _load().event_types.items():
        if sub_type in spec.sub_types:
            return name
    raise KeyError(f"unknown ACLED sub-type {sub_type!r}; known: {', '.join(sub_types())}")


def disorder_type(sub_type: str) -> str:
    """ACLED's disorder type of a sub-type (Political violence, Demonstrations, …)."""
    taxonomy = _load()
    if sub_type in taxonomy.disorder_overrides:
        return taxonomy.disorder_overrides[sub_type]
    return taxonomy.event_types[type_of(sub_type)].disorder_type


def inter_codes() -> dict[int, str]:
    """ACLED inter codes (1 State forces … 8 External/Other forces)."""
    return dict(_load().inter_codes)


def interaction_code(inter1: int | None, inter2: int | None) -> int | None:
    """ACLED interaction: both inter codes, smaller first (12); one actor alone gives inter × 10."""
    codes = sorted(code for code in (inter1, inter2) if code)
    if not codes:
        return None
    if len(codes) == 1:
        return codes[0] * 10
    return codes[0] * 10 + codes[1]
