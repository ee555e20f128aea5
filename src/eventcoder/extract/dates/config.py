"""Windows and limits of the temporal grammar and resolver (part of ``ExtractConfig``)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DateConfig:
    """Defaults are the values the dev scores were measured with."""

    left_window: int = 48
    """Characters before a rule's anchor word where the match may start: the longest optional
    lead-in ('throughout the second half of', 'since the start of this')."""
    right_window: int = 80
    """Characters after a rule's anchor word where the match may still run."""
    count_lookahead: int = 40
    """Characters after a year-shaped number read (without a parse) to see whether it counts
    a plural noun ('2011 civilians') rather than naming a year."""
    future_lookback: int = 80
    """Characters before an expression searched, without a parse, for a future marker ('will')."""
    verb_chain_depth: int = 6
    """Verbs above a figure or trigger consulted when ranking the dates of its sentence."""
    year_search: int = 8
    """Years tried, from the nearest, to place a year-less date that does not exist every
    year (29 February); past that the date stays unresolved."""
    quarter_reach: int = 1500
    """Characters after a quarter is named within which 'a year ago' or 'a year earlier' still
    compares with that quarter (a results story names its quarter once, then compares)."""
