"""A town named inside the area an event is placed in is the better place for it.

Reports often give the area first and the town after it ('in Soum province near the town of
Djibo', 'on the road between Maiduguri and Damboa in Borno state', 'In Syria, a car bomb
exploded near the town of Azaz'). ACLED codes the most
specific named place, so when a town of the same first-level region is tied to the event almost
as firmly as its area, the town wins; between two towns, the first named does ('between X and Y').
"""

from __future__ import annotations

from eventcoder.model import Place

AREAS = frozenset({"country", "district", "admin1", "region"})
TOWNS = frozenset({"city", "point", "neighbourhood"})


def lies_within(town: Place, area: Place) -> bool:
    """The town is in the area's country and first-level region (any town of a country lies
    within it; districts and provinces carry their admin1; a region without one matches by country only when it is the admin1)."""
    if town.country_code != area.country_code:
        return False
    if area.precision == "country":
        return True
    if not town.admin1:
        return False
    if area.precision == "admin1":
        return town.admin1 == (area.admin1 or area.name)
    return area.admin1 is not None and town.admin1 == area.admin1


def finer_place(best: tuple[int, Place], scored: list[tuple[int, Place]], margin: int) -> tuple[int, Place]:
    """The first town within ``best``'s area scoring no more than ``margin`` below it, else ``best``."""
    score, area = best
    if area.precision not in AREAS:
        return best
    for other_score, town in sorted(scored, key=lambda s: s[1].start):
        if town.precision in TOWNS and other_score > 0 and score - other_score <= margin and lies_within(town, area):
            return other_score, town
    return best
