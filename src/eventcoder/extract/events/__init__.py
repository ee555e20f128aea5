"""Events: ACLED types and sub-types from triggers, with actors, date, place, toll and certainty."""

from eventcoder.extract.context import Step
from eventcoder.extract.events.extract import extract_events

STEP = Step(
    "events", lambda ctx: ctx.events.extend(extract_events(ctx)),
    requires=frozenset({'quantities', 'places', 'dates', 'quotes', 'doc'}), assigns=frozenset({"events"}),
)
"""Reads doc, places, dates, quotes, quantities; adds events."""

__all__ = ["STEP", "extract_events"]
