"""Places: every toponym mention in the article, resolved against the gazetteer.

Candidates come from ``mentions.find_candidates`` (gazetteer n-grams plus NER labels).  Each is then
resolved and accepted in two rounds: the first uses population and kind alone; the
countries of what it accepted become the article's context, and the second round prefers
candidates in those countries (Damascus in Syria, not Maryland).  Acceptance weighs
evidence (NER says GPE/LOC, "in X", a large or administrative place, a list with other
places) against signs of something else (a demonym, a person's name, an everyday word).
"""

from __future__ import annotations

import math
import re
from collections import Counter

from eventcoder.extract.context import Context
from eventcoder.extract.lexicons import lexicon, words
from eventcoder.extract.places.config import PlaceConfig
from eventcoder.extract.places.districts import find_districts
from eventcoder.extract.places.gazetteer import Entry, Gazetteer, get_gazetteer
from eventcoder.extract.places.mentions import (
    SPAN_LABELS,
    Candidate,
    find_candidates,
    is_everyday_phrase,
    parsed,
)
from eventcoder.extract.places.names import alternation, fold, looks_like_demonym
from eventcoder.extract.places.qualifiers import qualify
from eventcoder.model import Place

Admins = tuple[frozenset[tuple[str, str]], Counter[str]]
"""The admin1 areas other mentions lie in, and per country how many other names lie there."""
ADMIN_UNITS = words("place_nouns", "admin_suffix")
COMPASS = lexicon("compass").all()
ORG_OF = ("of", "de")
"""Words after which an institution's name names its area ('University of Tasmania', 'Tour de France')."""
_LIST_SEP = re.compile(r"\s*[,;:&]?\s*(?:(?:" + alternation(words("list_connectives")) + r")\s+)*", re.I)


def extract_places(ctx: Context) -> list[Place]:
    """Every place mention in ``ctx.doc``, resolved, in text order."""
    gaz, cfg = get_gazetteer(), ctx.config.places
    parse = parsed(ctx)
    cands = qualify(find_candidates(parse, gaz, cfg), parse, gaz)
    _unlabel_lists(cands, ctx.text)
    cands = [c for c in cands if not _excluded(c, gaz)]
    accepted = _resolve(cands, {}, ctx.text, cfg)
    for _ in range(cfg.context_rounds):
        admins = _context_admins(accepted, cfg.clear_ratio)
        again = _resolve(cands, _context_countries(accepted, cfg), ctx.text, cfg, admins)
        if [e for _, e in again] == [e for _, e in accepted]:
            break
        accepted = again
    places = [_to_place(c, e) for c, e in accepted]
    places += find_districts(parse, accepted, {(p.start, p.end) for p in places}, cfg)
    return sorted(places, key=lambda p: (p.start, p.end))


def _unlabel_lists(cands: list[Candidate], text: str) -> None:
    """An entity that is a list of gazetteer names ('Sarajevo, Mosul' tagged ORG) is a list
    of places, not an organisation: its label is no evidence against them."""
    for a, b in zip(cands, cands[1:]):
        gap = text[a.end : b.start]  # 'Hamilton & Kent' is a firm, not a list
        if a.inside is not None and a.inside == b.inside and gap.strip() and "&" not in gap \
                and _LIST_SEP.fullmatch(gap):
            a.inside_label = b.inside_label = None


def _excluded(c: Candidate, gaz: Gazetteer) -> bool:
    """Hard rules: demonyms, parts of a person's full name, everyday words without backing."""
    if c.features.get("qualified") or c.features.get("qualifier"):
        return False  # 'Mobile, Ala.': the writer said which place
    if looks_like_demonym(c.text, gaz.country_names) and c.key not in gaz.country_names:
        # 'Beni' looks like a demonym of Benin, but "near Beni" tagged as a place is the town
        return not (c.ent_label in SPAN_LABELS and c.features.get("locative")
                    and any(e.main for e in c.entries))
    if c.inside_label == "PERSON" and len(c.span) == 1 and c.features["in_full_name"]:
        return True
    if c.features.get("after_title") or c.ent_label == "PERSON" and c.features.get("speaker"):
        return True
    if is_everyday_phrase(c.key) and not c.features.get("acronym"):
        return not (c.ent_label in SPAN_LABELS and c.features.get("locative"))
    return False


def _entry_score(e: Entry, c: Candidate, context: Counter[str], cfg: PlaceConfig) -> float:
    """How likely this entry is what the mention means: size, fame, kind, article context.

    Fame (how many spellings GeoNames has) keeps Geneva in Switzerland when an article
    also mentions the United States, home of several small Genevas.
    """
    s = math.log10(e.population + 10) + (cfg.main_name_bonus if e.main else 0.0)
    s += min(cfg.fame_weight * math.log2(1 + e.names), cfg.fame_cap)
    if e.population >= cfg.big_city_population:
        s += cfg.big_city_bonus
    if e.kind == "country":
        s += cfg.country_bonus
    elif e.kind == "region":
        s += cfg.region_bonus
    elif e.kind == "admin1":  # 'Idlib' is the city, 'Idlib province' not; 'Virginia' is the state
        if c.features.get("admin_word"):
            s += cfg.admin1_bonus
        elif _has_city_namesake(e, c, cfg) or not (c.ent_label == "GPE" or context.get(e.country_code or "")):
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


def _has_city_namesake(area: Entry, c: Candidate, cfg: PlaceConfig) -> bool:
    """A city of the area's country shares its name, inside the area (Idlib, Quebec) or notable
    (Washington): a bare mention is then rather the city.  A state whose only namesakes are
    small towns ('Virginia', 'Ontario') is the state."""
    return any(e.kind == "city" and e.country_code == area.country_code
               and (e.admin1 == area.name or e.population >= cfg.notable_population) for e in c.entries)


def _names_unit(key: str) -> bool:
    """The mention itself says what kind of area it is ('laurel county', 'bakhmut raion')."""
    return key.rpartition(" ")[2] in ADMIN_UNITS


def _choose(c: Candidate, context: Counter[str], admins: Admins, cfg: PlaceConfig) -> tuple[Entry, Entry]:
    """The best-scoring entry, unless the article names places in the same admin1 area as a
    namesake (and none in the best entry's own): then that namesake wins over anything but a
    famous place (Hays in Hodeidah, not Hays, Kansas; Paris stays in France whatever Texas
    towns the article names; Columbus stays in Ohio in a story about Ohio and Minnesota).

    Returns (best by score, chosen): whether the mention is a place at all is judged on the
    first, so this choice only moves a mention, never adds or drops one.
    """
    best = max(c.entries, key=lambda e: _entry_score(e, c, context, cfg))
    in_named = (best.country_code, best.admin1 or "") in admins[0]
    local = [] if in_named else [e for e in c.entries
                                 if e is not best and _in_named_admin(e, best, context, admins, cfg)]
    if local and (not _famous(best, cfg) or _yields_at_home(best, local, cfg)):
        return best, max(local, key=lambda e: _entry_score(e, c, context, cfg))
    home = _home_namesakes(c, best, context, admins, cfg)
    return best, (max(home, key=lambda e: _entry_score(e, c, context, cfg)) if home else best)


def _home_country(context: Counter[str], cfg: PlaceConfig, town: bool = False) -> str | None:
    """The country nearly all other places of the article lie in, if there is one; a mention
    used as a town's ('the Dublin city council') needs fewer other places to say so."""
    if not context:
        return None
    cc, n = context.most_common(1)[0]
    need = cfg.town_home_min_names if town else cfg.home_min_names
    return cc if n >= need and n >= cfg.home_share * sum(context.values()) else None


def _home_namesakes(c: Candidate, best: Entry, context: Counter[str], admins: Admins,
                    cfg: PlaceConfig) -> list[Entry]:
    """Namesakes of a foreign place in the article's home country, when that country is all
    the article is about and the namesake is a real town there or lies in an area the
    article names (Alexandria, Virginia in a Virginia story; Paris stays in France in any
    story that also names other countries)."""
    town = bool(c.features.get("town_use"))
    home = _home_country(context, cfg, town)
    if home is None or best.country_code == home or best.kind == "admin1" \
            or context.get(best.country_code or ""):
        return []
    if best.kind == "country":  # Georgia the state in a story about American places only
        kinds = ("admin1", "city") if town else ("admin1",)  # 'a Lebanon woman': the town
        return [e for e in c.entries if e.country_code == home and e.main and e.kind in kinds]
    areas = admins[0]
    return [e for e in c.entries if e.country_code == home and e.main and e.kind in ("city", "admin2")
            and (e.population >= cfg.home_town_population or (home, e.admin1 or "") in areas)]


def _yields_at_home(best: Entry, local: list[Entry], cfg: PlaceConfig) -> bool:
    """A notable city below a million yields to a namesake in the same country whose area
    the article names (Gainesville, Georgia in a story about Georgia, not Florida's)."""
    return best.kind == "city" and best.population < cfg.big_city_population \
        and all(e.country_code == best.country_code for e in local)


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
    areas, names = admins
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
            names[e.country_code] < cfg.names_to_move_abroad or context.get(best.country_code or "")):
        return False  # moving abroad takes an article about there only, not one stray name
    return True


def _evidence(c: Candidate, e: Entry, context: Counter[str], lower_words: set[str], cfg: PlaceConfig) -> int:
    """Points for 'this is a place mention'; ``accept_score`` or more keeps it."""
    return _evidence_for(c, e, context, cfg) - _evidence_against(c, e, lower_words, cfg)


def _evidence_for(c: Candidate, e: Entry, context: Counter[str], cfg: PlaceConfig) -> int:
    """Signs of a place: NER, size, the article's countries, the words around it."""
    f = c.features
    ev = cfg.ner_place_points if c.ent_label in SPAN_LABELS else 0
    if e.is_area or e.population >= cfg.notable_population:
        ev += cfg.notable_points
    elif e.population >= cfg.town_population:
        ev += cfg.town_points
    if e.country_code and context.get(e.country_code):
        ev += cfg.context_country_points
    ev += cfg.locative_points * f.get("locative", False) + cfg.place_noun_points * f.get("place_noun", False)
    if f.get("target", False) and c.inside_label != "ORG":
        ev += cfg.target_points  # what an attack or capture verb takes is where it happened
    if f.get("qualified") or f.get("qualifier"):
        ev += cfg.qualified_points
    if sum(t.is_alpha for t in c.span) >= 2:
        ev += cfg.multiword_points
    return ev


def _area_heading_org(c: Candidate, e: Entry) -> bool:
    """A country or state that opens an institution's name ('the Texas Forest Service', 'the
    Northern Manitoba Health Board'), closes it ('Statistics Norway') or follows its 'of'
    ('the University of Tasmania') still names that area: the body is the area's own."""
    if e.kind not in ("country", "admin1") or c.inside is None:
        return False
    start, end = c.inside
    doc = c.span.doc
    if all(t.lower_ == "the" or _is_compass(t.lower_) for t in doc[start : c.span.start]):
        return True
    own_name = e.main and c.key == fold(e.name)  # 'Bank of America' is a bank's name, not the country's
    return own_name and (doc[c.span.start - 1].lower_ in ORG_OF or c.span.end == end)


def _is_compass(word: str) -> bool:
    """'north', 'Western', 'northeast', 'southwestern'."""
    return word in COMPASS or any(word.startswith(a) and word[len(a):] in COMPASS for a in COMPASS)


def _evidence_against(c: Candidate, e: Entry, lower_words: set[str], cfg: PlaceConfig) -> int:
    """Signs of something else: part of a name, an everyday word, a weak alternate spelling."""
    ev = 0
    if c.inside_label == "PERSON" and c.features["in_full_name"]:
        ev += cfg.person_name_penalty
    elif c.inside_label == "ORG" and not _area_heading_org(c, e):
        ev += cfg.org_name_penalty  # 'Kurdistan Workers Party': part of a name
    elif c.inside_label in ("WORK_OF_ART", "EVENT", "LAW", "PRODUCT"):
        ev += cfg.other_name_penalty
    if not e.main and c.ent_label == "ORG":
        ev += cfg.alternate_org_penalty
    if c.features["person_elsewhere"] and (c.ent_label == "PERSON" or not c.features.get("locative")):
        ev += cfg.person_elsewhere_penalty
    if not c.features.get("propn") and c.ent_label not in SPAN_LABELS:
        ev += cfg.not_propn_penalty
    if not e.main and e.population < cfg.notable_population and not e.is_area:
        ev += cfg.alternate_small_penalty
    if len(c.span) == 1 and c.text.lower() in lower_words:
        ev += cfg.lower_case_penalty
    return ev


def _resolve(cands: list[Candidate], context: dict[str, Counter[str]], text: str, cfg: PlaceConfig,
             admins: dict[str, Admins] | None = None) -> list[tuple[Candidate, Entry]]:
    """Choose an entry per candidate and keep those with enough evidence.

    ``context`` maps a candidate key to the countries of the *other* places accepted so far,
    ``admins`` to their (country, admin1) areas.
    """
    admins = admins or {}
    ctxs = [context.get(c.key, context.get("", Counter())) for c in cands]
    picks = [_choose(c, ctx, admins.get(c.key, admins.get("", (frozenset(), Counter()))), cfg)
             for c, ctx in zip(cands, ctxs)]
    chosen = _one_town_sense(cands, picks)
    lower_words = {w for w in re.findall(r"[\w'-]+", text) if w.islower()}
    score = [_evidence(c, e, ctx, lower_words, cfg) for c, (e, _), ctx in zip(cands, picks, ctxs)]
    ok = _propagate(cands, chosen, score, text, cfg)
    return [(c, e) for i, (c, e) in enumerate(zip(cands, chosen))
            if ok[i] and not _out_of_context(i, cands, chosen, ctxs[i], ok, text, cfg)]


def _one_town_sense(cands: list[Candidate], picks: list[tuple[Entry, Entry]]) -> list[Entry]:
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


def _propagate(cands: list[Candidate], chosen: list[Entry], score: list[int], text: str,
               cfg: PlaceConfig) -> list[bool]:
    """Accept what has the evidence, then what borrows it: the same name accepted elsewhere
    in the article (one sense per article), or a neighbour in a list of places."""
    ok = [s >= cfg.accept_score for s in score]
    changed = True
    while changed:
        changed = False
        sure = {c.key: e for c, e, keep in zip(cands, chosen, ok) if keep}
        for i, c in enumerate(cands):
            if ok[i]:
                continue
            if c.key in sure and score[i] >= cfg.accept_score - cfg.same_name_slack:
                chosen[i] = sure[c.key]  # one sense per article: the name was a place elsewhere
                ok[i] = changed = True
            elif score[i] >= cfg.accept_score - cfg.list_slack and _listed_with_place(i, cands, ok, text):
                ok[i] = changed = True
    return ok


def _out_of_context(i: int, cands: list[Candidate], chosen: list[Entry], ctx: Counter[str],
                    ok: list[bool], text: str, cfg: PlaceConfig) -> bool:
    """A small place abroad, in an article about elsewhere, is more likely a local place the
    gazetteer lacks (a Sudanese 'Tawila' is not the Yemeni one): keep it only in a list of places.
    So is a foreign area named by an alternate spelling only ('Salah al-Din' in a Syrian city)."""
    e = chosen[i]
    if not ctx or ctx.get(e.country_code or "") or cands[i].features.get("qualifier"):
        return False
    if e.is_area and (e.main or e.kind == "country"):
        return False
    if not e.is_area and e.population >= cfg.town_population:
        return False
    return not _listed_with_place(i, cands, ok, text)


def _listed_with_place(i: int, cands: list[Candidate], ok: list[bool], text: str) -> bool:
    """'Dresden, Sarajevo, Mosul and now Gaza': a neighbour in a list is a place."""
    for j in (i - 1, i + 1):
        if not 0 <= j < len(cands) or not ok[j]:
            continue
        a, b = (cands[j], cands[i]) if j < i else (cands[i], cands[j])
        gap = text[a.end : b.start]
        if gap.strip() and _LIST_SEP.fullmatch(gap):
            return True
    return False


def _context_countries(accepted: list[tuple[Candidate, Entry]], cfg: PlaceConfig) -> dict[str, Counter[str]]:
    """Per mention key, the countries of the other places the article names.

    A mention's own earlier choice is left out so it cannot vote for itself.
    """
    by_key: dict[str, Counter[str]] = {}
    for c, e in accepted:
        if e.country_code:
            by_key.setdefault(c.key, Counter())[e.country_code] += cfg.country_context_weight if e.kind == "country" else 1
    total = sum(by_key.values(), Counter())
    return {key: total - own for key, own in by_key.items()} | {"": total}


def _clear_choice(c: Candidate, e: Entry, ratio: float) -> bool:
    """The mention names an area, or no namesake in another admin1 area comes near ``e`` in
    size: only such choices say which area an article is about (three Walker Counties of
    like size say nothing)."""
    if e.kind in ("admin1", "region") or c.features.get("qualified") or c.features.get("qualifier"):
        return True
    return all(o.population < ratio * e.population for o in c.entries
               if (o.country_code, o.admin1) != (e.country_code, e.admin1))


def _context_admins(accepted: list[tuple[Candidate, Entry]], ratio: float) -> dict[str, Admins]:
    """Per mention key, the (country, admin1) areas of the *other* places the article names
    (by clear choices only), and per country how many other distinct names place it there; as
    with countries, a mention's own earlier choice does not vote for itself."""
    areas: dict[str, set[tuple[str, str]]] = {}
    clear: set[str] = set()
    for c, e in accepted:
        if e.country_code and e.kind != "country":
            areas.setdefault(c.key, set()).add((e.country_code, e.admin1 or ""))
            if _clear_choice(c, e, ratio):
                clear.add(c.key)

    def others(skip: str) -> Admins:
        seen = [pair for key, pairs in areas.items() if key != skip and key in clear for pair in pairs]
        names = Counter(cc for key, pairs in areas.items() if key != skip
                        for cc in {cc for cc, _ in pairs})
        return frozenset(pair for pair in seen if pair[1]), names

    return {key: others(key) for key in areas} | {"": others("")}


def _to_place(c: Candidate, e: Entry) -> Place:
    return Place(
        name=e.name, country_code=e.country_code, admin1=e.admin1 if e.kind != "country" else None,
        lat=e.lat, lon=e.lon, geonameid=e.geonameid, precision=e.precision,  # type: ignore[arg-type]
        start=c.start, end=c.end, text=c.text,
    )

