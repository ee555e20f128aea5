"""Cross-article linking: event mentions → incidents, figures → claims with disagreement."""

from eventcoder.link.claims import Claim, claim_range, claims_for_event, disagreements
from eventcoder.link.rules import (
    LinkRules,
    Match,
    Mention,
    best_match,
    compare,
    haversine_km,
)
from eventcoder.link.windows import day_window, iso_window

__all__ = [
    "Claim", "LinkRules", "Match", "Mention", "best_match", "claim_range", "claims_for_event",
    "compare", "day_window", "disagreements", "haversine_km", "iso_window",
]
