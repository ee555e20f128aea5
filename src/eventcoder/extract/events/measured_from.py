"""A town measured from another is placed at itself: 'the RSF took the town of Bara, about 60 km
north of El Obeid' happened at Bara, and El Obeid only says where Bara lies.

Only an unnamed spot ('a village 20 km west of Adado') takes the place it is measured from
(``place_ties``); once the text names the town, and the gazetteer knows it, the town is the most
specific known place.
"""

from __future__ import annotations

import re

from eventcoder.extract.context import Context
from eventcoder.extract.lexicons import lexicon

_TOWNS = frozenset({"city", "point", "neighbourhood"})
_POINTS = r"(?:(?:" + "|".join(sorted(lexicon("compass").all(), key=len, reverse=True)) + r")(?:-?(?:east|west))?)"
_MEASURE = re.compile(
    r",?\s*\(?\s*(?:(?:about|some|around|roughly|nearly|almost|just|only|approximately|over|more than|less than)\s+)?"
    r"\d[\d.,]*\s*-?\s*(?:km|kms|kilometres|kilometers|miles|mi)\s+(?:\([^)]{0,20}\)\s+)?"
    r"(?:to the\s+)?" + _POINTS + r"\s+of\s+(?:the\s+(?:town|city|village|capital)\s+(?:of\s+)?)?",
    re.IGNORECASE,
)


def measured_from_town(ctx: Context) -> set[int]:
    """Starts of places that only tell where a town named just before them lies (a town with
    coordinates: a village the gazetteer lacks is placed at the town it is measured from)."""
    places = sorted(ctx.places, key=lambda p: p.start)
    return {place.start for town, place in zip(places, places[1:], strict=False)
            if town.precision in _TOWNS and town.lat is not None and town.end <= place.start
            and _MEASURE.fullmatch(ctx.text, town.end, place.start) is not None}
