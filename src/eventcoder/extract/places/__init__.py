"""Places: toponyms found in the text and resolved against the GeoNames gazetteer."""

from eventcoder.extract.context import Step
from eventcoder.extract.places.extract import extract_places

STEP = Step(
    "places", lambda ctx: ctx.places.extend(extract_places(ctx)),
    requires=frozenset({'doc'}), assigns=frozenset({"places"}),
)
"""Reads doc; adds places."""

__all__ = ["STEP", "extract_places"]
