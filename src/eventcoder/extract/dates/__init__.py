"""Dates: a small temporal grammar resolving every expression against the publication date.

lexicon -> grammar rules + builders (Expr atoms) -> resolve (ISO values); ``tense`` decides
future vs past for year-less dates and day names. ``governing_date`` gives figures and events
the date that governs a span of text.
"""

from eventcoder.extract.context import Step
from eventcoder.extract.dates.extract import extract_dates, governing_date

STEP = Step(
    "dates", lambda ctx: ctx.dates.extend(extract_dates(ctx)),
    requires=frozenset({'doc'}), assigns=frozenset({"dates"}),
)
"""Reads doc; adds dates."""

__all__ = ["STEP", "extract_dates", "governing_date"]
