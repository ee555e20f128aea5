"""A word after a name (or after a list of names) says what each name is.

A plural unit noun makes each of them that unit: 'Becker, Clay and Douglas counties',
'Idlib and Hama provinces'.

Alone, 'Douglas' is a town (or a person) and 'Hama' a city; the writer's 'counties' says
every name of the list is a county.  Each listed candidate is looked up again with the
singular unit ('douglas county'); when the gazetteer has that area, it replaces the
candidate's entries, and the candidate is marked as an area the text names.

A street word makes each a street's name ('Dublin Road', 'Lakeview and Harrison streets'):
the town a street is named after is not a place the article mentions, nor is the town a
housing complex is named after ('Oak Ridge Apartments').
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from eventcoder.extract.lexicons import words
from eventcoder.extract.places.gazetteer import Gazetteer
from eventcoder.extract.places.mentions import Candidate, context_features
from eventcoder.extract.places.names import alternation, fold
from eventcoder.geo import haversine_km

AREA_KINDS = ("admin1", "admin2")
LIST_SEP = re.compile(r"\s*[,;:&]?\s*(?:(?:" + alternation(words("list_connectives")) + r")\s+)*", re.I)


def plural(noun: str) -> str:
    """'county' -> 'counties', 'province' -> 'provinces'."""
    return noun[:-1] + "ies" if noun.endswith("y") and noun[-2:-1] not in "aeiou" else noun + "s"


_UNIT_WORDS = words("place_nouns", "admin_suffix")
_UNITS = {plural(n): n for n in _UNIT_WORDS}
_STREETS = words("street_words")
_STREETS_PLURAL = frozenset(plural(w) for w in _STREETS)
_WORD_AFTER = re.compile(r"\s+([A-Za-z]+)\b")
_OPENERS = words("landmark_openers")
_WORD_BEFORE = re.compile(r"\b(\w+) $")
"""The word right before a name, one space apart: 'Plaza' in 'Plaza San Martín'."""
_NAMED_STREET_AFTER = re.compile(r"(?:\s+[A-Z][a-z'-]+){1,2}\s+([A-Z][a-z]+)\b")
"""Capitalised words continuing a name up to a street word: 'Van Dorn Street', 'Mill Creek Way'."""
_BUILDINGS = alternation(words("building_words"))
_BUILDING_AFTER = re.compile(
    rf"(?P<cont>(?:\s+[A-Z][a-z'-]+){{0,2}})(?P<list>,?\s+(?:and|&)(?:\s+[A-Z][a-z'-]+){{1,3}})?"
    rf"\s+(?P<word>(?i:{_BUILDINGS}))\b")
"""A name continued by capitalised words (or a list of such names) up to a housing word."""
_PLURAL_AFTER = re.compile(r"\s+(" + alternation(frozenset(_UNITS)) + r")\b", re.I)
_ITEM = r"[A-Z][A-Za-z'.-]+(?:\s[A-Z][A-Za-z'.-]+)?"
_SEP = r"(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or|&)\s+)"
_NAMED_LIST = re.compile(rf"{_ITEM}(?:{_SEP}{_ITEM})+(?=\s+(?i:({alternation(frozenset(_UNITS))}))\b)")
"""Two or more capitalised names closed by a plural unit: 'Walton and Oconee counties'."""
_ITEM_AT = re.compile(_ITEM)


def spread_plural_units(cands: list[Candidate], text: str, gaz: Gazetteer, window: int) -> None:
    """Give each name of a list closed by a plural unit noun the area that unit names."""
    for last, cand in enumerate(cands):
        m = _PLURAL_AFTER.match(text, cand.end)
        if m is None:
            continue
        unit = _UNITS[m.group(1).lower()]
        first = _list_start(cands, last, text)
        if first < last:  # 'the four metro Athens counties': one name is a modifier, not a list
            for c in cands[first : last + 1]:
                _as_unit(c, unit, gaz)
    for m in _NAMED_LIST.finditer(text):
        _spread_named_list(cands, m, _UNITS[m.group(1).lower()], gaz, window)


def _spread_named_list(cands: list[Candidate], m: re.Match[str], unit: str, gaz: Gazetteer, window: int) -> None:
    """Each name of a list closed by a plural unit is that unit, whether or not it is a
    gazetteer name alone: a county named after nothing else ('Oconee') leaves no candidate
    and so broke the list, and its neighbours fell back to towns. Such a name becomes a
    candidate of its own when the gazetteer has '<name> <unit>'."""
    if not cands:
        return
    doc = cands[0].span.doc
    for item in _ITEM_AT.finditer(m.string, m.start(), m.end()):
        inner = [c for c in cands if item.start() <= c.start and c.end <= item.end()]
        if any(c.start < item.end() and item.start() < c.end for c in cands if c not in inner):
            continue
        whole = [c for c in inner if c.start == item.start() and c.end == item.end()]
        made = None if whole else _new_unit(doc.char_span(item.start(), item.end()), unit, gaz, m.string, window)
        if made is not None:  # 'Deaf Smith counties' is Deaf Smith County, not Smith County
            cands[:] = sorted([c for c in cands if c not in inner] + [made], key=lambda x: x.start)
        elif inner and inner[-1].end == item.end() and not inner[-1].features.get("unit_listed"):
            _as_unit(inner[-1], unit, gaz)


def mark_streets(cands: list[Candidate], text: str) -> None:
    """Mark each name that a street word closes, alone ('Dublin Road') or at the end of a
    list ('Lakeview and Harrison streets'), as a street's."""
    for last, cand in enumerate(cands):
        m = _WORD_AFTER.match(text, cand.end)
        word = m.group(1) if m else ""
        if word.lower() in _STREETS_PLURAL:
            first = _list_start(cands, last, text)
        elif word.lower() in _STREETS and word[0].isupper() or _continues_to_street(text, cand.end):
            first = last
        else:
            continue
        for c in cands[first : last + 1]:
            if c.key.rpartition(" ")[2] not in _UNIT_WORDS:  # 'Douglas County Road 4' is the county's
                c.features["street"] = True
    for c in cands:
        if _opened_landmark(c, text):
            c.features["street"] = True


def _opened_landmark(c: Candidate, text: str) -> bool:
    """A capitalised opener before the name makes it a square's or street's ('Plaza San
    Martín', 'Avenida Brasil'): the landmark is named after a person or a town."""
    m = _WORD_BEFORE.search(text, max(0, c.start - 12), c.start)
    return m is not None and m.group(1)[:1].isupper() and m.group(1).lower() in _OPENERS


def mark_buildings(cands: list[Candidate], text: str) -> None:
    """Mark each name that opens a housing complex's longer name ('Oak Ridge Apartments',
    'Lenox Park and Camden Hills apartment complexes') as the complex's: the name must go on
    in capitals or the housing word be capitalised, since 'a Denver apartment' is in Denver."""
    for c in cands:
        m = _BUILDING_AFTER.match(text, c.end)
        if m and (m.group("cont") or m.group("word")[0].isupper()):
            c.features["building"] = True


def _continues_to_street(text: str, end: int) -> bool:
    """One or two more capitalised words and a street word close the name: the town opens a
    street's name ('Van Dorn Street', 'Mitchell Bridge Road'), it is not mentioned itself."""
    m = _NAMED_STREET_AFTER.match(text, end)
    return m is not None and m.group(1).lower() in _STREETS


def _list_start(cands: list[Candidate], last: int, text: str) -> int:
    """Index of the first name of the list that ends at ``cands[last]``."""
    first = last
    while first > 0 and text[cands[first - 1].end : cands[first].start].strip() \
            and LIST_SEP.fullmatch(text[cands[first - 1].end : cands[first].start]):
        first -= 1
    return first


def _as_unit(c: Candidate, unit: str, gaz: Gazetteer) -> None:
    """The candidate becomes the areas named '<name> <unit>', if the gazetteer has any."""
    areas = tuple(e for e in gaz.lookup(f"{c.key} {unit}") if e.kind in AREA_KINDS)
    if areas:
        c.entries = areas
        c.features["admin_word"] = c.features["place_noun"] = c.features["unit_listed"] = True


def _new_unit(span: Span | None, unit: str, gaz: Gazetteer, text: str, window: int) -> Candidate | None:
    """A candidate for a listed name that the gazetteer knows as '<name> <unit>'."""
    if span is None:
        return None
    key = fold(span.text)
    areas = tuple(e for e in gaz.lookup(f"{key} {unit}") if e.kind in AREA_KINDS)
    if not areas:
        return None
    c = Candidate(span, key, areas, features=context_features(span, text, window))
    c.features.update(in_full_name=False, person_elsewhere=False, surname=False, admin_word=True,
                      place_noun=True, unit_listed=True)
    return c


def bare_county_names(cands: list[Candidate], gaz: Gazetteer, notable: int, km: float) -> None:
    """A bare name whose county the article names elsewhere ('DeKalb' beside 'DeKalb
    County') is short for that county, as local news writes it ('DeKalb police'), unless
    it is also a state, a country or a notable city ('Aleppo' beside 'Aleppo District')."""
    units = {c.key: c for c in cands if c.entries and all(e.kind == "admin2" for e in c.entries)}
    for c in cands:
        if any(e.kind in ("country", "admin1", "region") or e.population >= notable for e in c.entries):
            continue
        unit = next((u for u in _UNIT_WORDS if f"{c.key} {u}" in units), None)
        if unit is not None and not _town_in_own_county(c, units[f"{c.key} {unit}"], km):
            _as_unit(c, unit, gaz)


def _town_in_own_county(c: Candidate, county: Candidate, km: float) -> bool:
    """Some town of the name lies in (near) a county of the same name ('DeKalb' in DeKalb
    County, Illinois): the bare name may then be that town, and the article's other names
    must decide."""
    return any(t.kind == "city" and t.lat is not None and t.lon is not None and a.lat is not None
               and a.lon is not None and haversine_km(t.lat, t.lon, a.lat, a.lon) <= km
               for t in c.entries for a in county.entries)
