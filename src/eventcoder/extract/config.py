"""One configuration object for every extractor's thresholds and weights.

Each area keeps its own section (``places/config.py`` …) beside the code that reads it; this
object gathers them so a run can be tuned in one place, as ``LinkRules`` is for linking:

    >>> from dataclasses import replace
    >>> cfg = replace(ExtractConfig(), events=replace(EventConfig(), merge_km=10.0))

Extractors read it from ``ctx.config``; the defaults are the values the dev scores were measured with.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from eventcoder.extract.dates.config import DateConfig
from eventcoder.extract.events.config import EventConfig
from eventcoder.extract.figures.config import FigureConfig
from eventcoder.extract.places.config import PlaceConfig
from eventcoder.extract.quotes.config import QuoteConfig


@dataclass(frozen=True)
class ExtractConfig:
    """Every extractor's settings, by area."""

    places: PlaceConfig = field(default_factory=PlaceConfig)
    quotes: QuoteConfig = field(default_factory=QuoteConfig)
    events: EventConfig = field(default_factory=EventConfig)
    dates: DateConfig = field(default_factory=DateConfig)
    figures: FigureConfig = field(default_factory=FigureConfig)


DEFAULT_CONFIG = ExtractConfig()
