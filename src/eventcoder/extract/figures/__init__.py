"""Figures: casualty, displacement, detention and territory counts with qualifier, subject and source."""

from eventcoder.extract.context import Step
from eventcoder.extract.figures.extract import extract_figures

STEP = Step(
    "figures", lambda ctx: ctx.quantities.extend(extract_figures(ctx)),
    requires=frozenset({'doc', 'quotes'}), assigns=frozenset({"quantities"}),
)
"""Reads doc, quotes; adds quantities."""

__all__ = ["STEP", "extract_figures"]
