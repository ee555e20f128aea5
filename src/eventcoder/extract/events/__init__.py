"""Events: ACLED types and sub-types from triggers, with actors, date, place, toll and certainty."""

from eventcoder.extract.events.extract import extract_events

__all__ = ["extract_events"]
