"""Quotes: direct, partial and indirect speech with its speaker; attribution for figures and events."""

from eventcoder.extract.context import Step
from eventcoder.extract.quotes.attribution import attribution_for
from eventcoder.extract.quotes.extract import extract_quotes

STEP = Step(
    "quotes", lambda ctx: ctx.quotes.extend(extract_quotes(ctx)),
    requires=frozenset({'doc'}), assigns=frozenset({"quotes"}),
)
"""Reads doc; adds quotes."""

__all__ = ["STEP", "attribution_for", "extract_quotes"]
