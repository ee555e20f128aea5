"""Places: every toponym mention in the article, resolved against the gazetteer.

Candidates come from ``mentions.find_candidates`` (gazetteer n-grams plus NER labels).  Each is then
resolved and accepted in two rounds: the first uses population and kind alone; the
countries of what it accepted become the article's context, and the second round prefers
candidates in those countries (Damascus in Syria, not Maryland).  Acceptance weighs
evidence (NER says GPE/LOC, "in X", a large or administrative place, a list with other
places) against signs of something else (a demonym, a person's name, an everyday word).
"""

from __future__ import annotations

from collections import Counter

from eventcoder.extract.actors.dictionary import load_actor_dictionaries
from eventcoder.extract.context import Context
from eventcoder.extract.lexicons import words
from eventcoder.extract.places.actor_names import in_actor_name
from eventcoder.extract.places.beside_region import agree_with_regions
from eventcoder.extract.places.brackets import bracket_admins
from eventcoder.extract.places.choice import Admins, choose, one_town_sense
from eventcoder.extract.places.config import PlaceConfig
from eventcoder.extract.places.districts import far_district, find_districts
from eventcoder.extract.places.exclusions import excluded, is_compass
from eventcoder.extract.places.gazetteer import Entry, Gazetteer, get_gazetteer
from eventcoder.extract.places.local_news import (
    NO_STYLE,
    Style,
    article_style,
    in_masthead,
    local_home,
    local_section,
    opens_institution,
)
from eventcoder.extract.places.mentions import (
    SPAN_LABELS,
    Candidate,
    find_candidates,
    is_everyday_phrase,
    parsed,
)
from eventcoder.extract.places.names import fold, lowercase_words
from eventcoder.extract.places.nearby import Neighbours, settled_together
from eventcoder.extract.places.qualifiers import qualify
from eventcoder.extract.places.units import (
    LIST_SEP,
    bare_county_names,
    mark_buildings,
    mark_streets,
    spread_plural_units,
)
from eventcoder.extract.places.villages import called_village, find_villages
from eventcoder.model import Place

LOCAL_INSTITUTIONS = words("local_institutions")
TOWN_GOVERNMENT = words("local_institutions", "government")
ORG_OF = ("of", "de")
"""Words after which an institution's name names its area ('University of Tasmania', 'Tour de France')."""


def extract_places(ctx: Context) -> list[Place]:
    """Every place mention in ``ctx.doc``, resolved, in text order."""
    gaz, cfg = get_gazetteer(), ctx.config.places
    parse = parsed(ctx)
    cands = bracket_admins(qualify(find_candidates(parse, gaz, cfg), parse, gaz), parse, gaz)
    agree_with_regions(cands, ctx.text)
    spread_plural_units(cands, ctx.text, gaz, cfg.context_chars)
    bare_county_names(cands, gaz, cfg.notable_population, cfg.near_km)
    mark_streets(cands, ctx.text)
    mark_buildings(cands, ctx.text)
    _unlabel_lists(cands, ctx.text)
    actors = load_actor_dictionaries(ctx.actor_files).aliases
    cands = [c for c in cands if not excluded(c, gaz, cfg, ctx.text)
             and not in_actor_name(c, actors, ctx.text, cfg.notable_population)]
    accepted = _resolve(cands, {}, ctx.text, cfg, gaz)
    styled = article_style(ctx.text, ctx.article.url)
    local_masthead = _local_masthead(styled, ctx.article.url)
    for c in cands:  # 'Palestine Independent School District' uses the name as a town's
        if opens_institution(ctx.text, c.end):
            c.features["town_use"] = True
        if local_masthead and in_masthead(c.key, ctx.article.url) and not is_everyday_phrase(c.key):
            c.features["masthead"] = True
    for _ in range(cfg.context_rounds):
        admins = _with_areas(_context_admins(accepted, cfg.clear_ratio, settled_together(accepted, cfg.near_km)),
                             styled.areas)
        near = Neighbours(accepted, cfg.near_km, cfg.near_county_weight)
        again = _resolve(cands, _context_countries(accepted, cfg), ctx.text, cfg, gaz, admins, near, styled)
        if [e for _, e in again] == [e for _, e in accepted]:
            break
        accepted = again
    places = [far_district(parse, c, e, accepted, cfg) or _to_place(c, e) for c, e in accepted]
    taken = {(p.start, p.end) for p in places}
    places += find_districts(parse, accepted, taken, cfg)
    places += find_villages(parse, accepted, taken, cfg)
    return sorted(places, key=lambda p: (p.start, p.end))


def _local_masthead(style: Style, url: str | None) -> bool:
    """A name in the host is a local paper's town only when the story reads as local news: a
    country domain, a local telephone number, a cue of a home's style, or a local section in
    the URL's path. Without one, the host is a national or foreign paper named after its city
    or country ('jordantimes.com', a '.com' paper named after a capital abroad), and the city
    keeps its famous referent."""
    return bool(style.domain or style.phone or any(n for _, n in style.kinds) or local_section(url))


def _unlabel_lists(cands: list[Candidate], text: str) -> None:
    """An entity that is a list of gazetteer names ('Sarajevo, Mosul' tagged ORG) is a list
    of places, not an organisation: its label is no evidence against them."""
    for a, b in zip(cands, cands[1:]):
        gap = text[a.end : b.start]  # 'Hamilton & Kent' is a firm, not a list
        if a.inside is not None and a.inside == b.inside and gap.strip() and "&" not in gap \
                and LIST_SEP.fullmatch(gap):
            a.inside_label = b.inside_label = None


def _evidence(c: Candidate, e: Entry, context: Counter[str], lower_words: frozenset[str], cfg: PlaceConfig) -> int:
    """Points for 'this is a place mention'; ``accept_score`` or more keeps it."""
    return _evidence_for(c, e, context, cfg) - _evidence_against(c, e, lower_words, cfg) \
        - cfg.alternate_abroad_penalty * _alternate_abroad(c, e, context, cfg)


def _alternate_abroad(c: Candidate, e: Entry, context: Counter[str], cfg: PlaceConfig) -> bool:
    """A short word matching only another spelling of a town, in a country where the article
    places nothing else, that neither NER nor the words around call a place: most such
    matches are words or names that happen to be a foreign spelling ('Agro', 'Liga', 'Dave');
    areas are exempt."""
    f = c.features
    return not e.main and not e.is_area and (len(c.key) <= cfg.short_name_letters or _modifies_noun(c)) \
        and bool(context) and not context.get(e.country_code or "") and c.ent_label not in SPAN_LABELS \
        and not (f.get("qualified") or f.get("locative") or f.get("target"))


def _modifies_noun(c: Candidate) -> bool:
    """One capitalised word before a lower-case noun it qualifies ('Molotov cocktails'): an
    eponym or a brand, which a town's old name rarely is in running text."""
    span = c.span
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    return len(span) == 1 and span.root.dep_ == "compound" and nxt is not None \
        and nxt.is_lower and nxt.pos_ == "NOUN"


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
    if any(f.get(k) for k in ("qualified", "qualifier", "dateline", "hometown", "apposed", "heading")):
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
    if all(t.lower_ == "the" or is_compass(t.lower_) for t in doc[start : c.span.start]):
        return True
    own_name = e.main and c.key == fold(e.name)  # 'Bank of America' is a bank's name, not the country's
    return own_name and (doc[c.span.start - 1].lower_ in ORG_OF or c.span.end == end)


def _area_by_its_unit(c: Candidate, e: Entry) -> bool:
    """'the State of Ohio', 'the Province of Manitoba': an area named by its unit and its
    own name is the area, though NER calls the phrase an organisation (its government)."""
    name = fold(e.name)
    return e.kind in ("admin1", "country") and c.key != name and c.key.endswith(" of " + name)


def _town_heading_body(c: Candidate, e: Entry) -> bool:
    """A town or county that opens the name of a local body ('Hartford Hospital', 'Dublin
    Arts Council') names where the body is, though towns and people lend names alike
    ('Graham Middle School'): weak evidence against, not the penalty of a firm's name."""
    if c.inside is None or e.is_area and e.kind != "admin2":
        return False
    start, end = c.inside
    doc = c.span.doc
    return e.main and doc[end - 1].lower_ in LOCAL_INSTITUTIONS \
        and all(t.lower_ == "the" or is_compass(t.lower_) for t in doc[start : c.span.start])


def _town_government(c: Candidate) -> bool:
    """The body the name opens is the town's own government or public service ('the Paris
    City Council', 'Hounslow Police'): named after the town, rarely after a person."""
    return c.inside is not None and c.span.doc[c.inside[1] - 1].lower_ in TOWN_GOVERNMENT


def _by_other_name(c: Candidate, e: Entry) -> bool:
    """The text is another name of the place, not its own name, nor its own name respelt."""
    return not e.main and not c.loose


def _evidence_against(c: Candidate, e: Entry, lower_words: frozenset[str], cfg: PlaceConfig) -> int:
    """Signs of something else: part of a name, an everyday word, a weak alternate spelling."""
    ev = 0
    if c.inside_label == "PERSON" and c.features["in_full_name"]:
        ev += cfg.person_name_penalty
    elif c.inside_label == "ORG" and _town_heading_body(c, e):
        ev += 0 if _town_government(c) else cfg.other_name_penalty  # 'Hartford Hospital': a place
        # if it has support of its own
    elif c.inside_label == "ORG" and not _area_heading_org(c, e) and not c.features.get("hometown") \
            and not _closes_with_its_town(c, e, cfg):
        ev += cfg.org_name_penalty  # 'Kurdistan Workers Party': part of a name ('D-Charleston' is not)
    elif c.inside_label in ("WORK_OF_ART", "EVENT", "LAW", "PRODUCT"):
        ev += cfg.other_name_penalty
    if _by_other_name(c, e) and c.ent_label == "ORG" and not _area_by_its_unit(c, e) \
            and not _closes_with_its_town(c, e, cfg):
        ev += cfg.alternate_org_penalty
    if c.features["person_elsewhere"] and (c.ent_label == "PERSON" or not c.features.get("locative")):
        ev += cfg.person_elsewhere_penalty
    if not c.features.get("propn") and c.ent_label not in SPAN_LABELS:
        ev += cfg.not_propn_penalty
    if _by_other_name(c, e) and e.population < cfg.notable_population and not e.is_area:
        ev += cfg.alternate_small_penalty
    if len(c.span) == 1 and c.text.lower() in lower_words:
        ev += cfg.lower_case_penalty
    if c.loose and not _said_to_be_place(c):
        ev += cfg.loose_unsupported_penalty  # 'Sharia courts': a word that respells a far town
    return ev


def _closes_with_its_town(c: Candidate, e: Entry, cfg: PlaceConfig) -> bool:
    """'Democracy Monument in Bangkok' tagged one ORG, or 'in Ulaanbaatar' tagged ORG alone: a
    large town after 'in' at the end of the entity is where the thing named stands, not a
    word of an organisation's name."""
    doc = c.span.doc
    before = doc[c.span.start - 1] if c.span.start > 0 else None
    closes = c.inside is None or c.inside[1] == c.span.end
    return before is not None and before.lower_ == "in" and closes and (
        e.is_area or e.population >= cfg.notable_population)


def _said_to_be_place(c: Candidate) -> bool:
    """NER or the words around call the span a place: what a loosely spelled match needs."""
    f = c.features
    return c.ent_label in SPAN_LABELS or any(f.get(k) for k in ("locative", "place_noun", "target", "qualified", "apposed"))


def _resolve(cands: list[Candidate], context: dict[str, Counter[str]], text: str, cfg: PlaceConfig, gaz: Gazetteer,
             admins: dict[str, Admins] | None = None, near: Neighbours | None = None,
             styled: Style = NO_STYLE) -> list[tuple[Candidate, Entry]]:
    """Choose an entry per candidate and keep those with enough evidence.

    ``context`` maps a candidate key to the countries of the *other* places accepted so far,
    ``admins`` to their (country, admin1) areas; ``near`` tells which names lie near a point;
    ``styled`` is the article's publisher country and local-news cue kinds (``local_news``).
    """
    admins = admins or {}
    ctxs = [context.get(c.key, context.get("", Counter())) for c in cands]
    picks = [choose(c, ctx, admins.get(c.key, admins.get("", (frozenset(), Counter(), Counter()))), cfg, gaz,
                    near, local_home(text, styled, c.end, bool(c.features.get("masthead"))))
             for c, ctx in zip(cands, ctxs)]
    chosen = one_town_sense(cands, picks)
    lower_words = lowercase_words(text)
    score = [_evidence(c, e, ctx, lower_words, cfg) for c, (e, _), ctx in zip(cands, picks, ctxs)]
    ok = _propagate(cands, chosen, score, text, cfg)
    return [(c, e) for i, (c, e) in enumerate(zip(cands, chosen))
            if ok[i] and not _out_of_context(i, cands, chosen, ctxs[i], ok, text, cfg)]


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
    if not e.is_area and e.population >= cfg.town_population and not called_village(text, cands[i].start, cands[i].end):
        return False  # a town of note abroad is meant, unless the text calls the name a village
    return not _listed_with_place(i, cands, ok, text)


def _listed_with_place(i: int, cands: list[Candidate], ok: list[bool], text: str) -> bool:
    """'Dresden, Sarajevo, Mosul and now Gaza': a neighbour in a list is a place."""
    for j in (i - 1, i + 1):
        if not 0 <= j < len(cands) or not ok[j]:
            continue
        a, b = (cands[j], cands[i]) if j < i else (cands[i], cands[j])
        gap = text[a.end : b.start]
        if gap.strip() and LIST_SEP.fullmatch(gap):
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


def _context_admins(accepted: list[tuple[Candidate, Entry]], ratio: float,
                    together: set[str]) -> dict[str, Admins]:
    """Per mention key, the (country, admin1) areas of the *other* places the article names
    (by clear choices, or names ``together`` with another), and per country how many other distinct names place it there; as
    with countries, a mention's own earlier choice does not vote for itself."""
    areas: dict[str, set[tuple[str, str]]] = {}
    clear: set[str] = set()
    for c, e in accepted:
        if e.country_code and e.kind != "country":
            areas.setdefault(c.key, set()).add((e.country_code, e.admin1 or ""))
            if _clear_choice(c, e, ratio) or c.key in together:
                clear.add(c.key)

    def others(skip: str) -> Admins:
        seen = [pair for key, pairs in areas.items() if key != skip and key in clear for pair in pairs]
        names = Counter(cc for key, pairs in areas.items() if key != skip
                        for cc in {cc for cc, _ in pairs})
        return frozenset(pair for pair in seen if pair[1]), names, Counter(pair for pair in seen if pair[1])

    return {key: others(key) for key in areas} | {"": others("")}


def _with_areas(admins: dict[str, Admins], extra: frozenset[tuple[str, str]]) -> dict[str, Admins]:
    """Each mention's admin areas plus areas the text names otherwise than by a place name
    (a telephone number's state), each counted as one more name there."""
    if not extra:
        return admins
    return {key: (areas | extra, names + Counter(cc for cc, _ in extra), by_area + Counter(extra))
            for key, (areas, names, by_area) in admins.items()}


def _to_place(c: Candidate, e: Entry) -> Place:
    return Place(
        name=e.name, country_code=e.country_code, admin1=e.admin1 if e.kind != "country" else None,
        lat=e.lat, lon=e.lon, geonameid=e.geonameid, precision=e.precision,  # type: ignore[arg-type]
        start=c.start, end=c.end, text=c.text,
    )

