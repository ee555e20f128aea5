"""Districts the gazetteer lacks, placed at their city when the text says what they are.

"in Bab Amr, one of the worst-hit districts" or "the Karm al-Jabal
neighbourhood of Homs" name a part of a city.  When the gazetteer has no entry for the
name but the sentence calls it a district/neighbourhood, the place is reported with the
containing city's coordinates, the precision the text gives, and a note saying so.  The
city is the one named in the phrase ("... of Homs") or else the nearest city mentioned
before it.  Nothing is guessed for a name the text does not call a district.
"""

from __future__ import annotations

import re
from typing import Literal

from spacy.tokens import Doc, Span

from eventcoder.extract.lexicons import lexicon, words
from eventcoder.extract.places.config import PlaceConfig
from eventcoder.extract.places.gazetteer import Entry
from eventcoder.extract.places.mentions import (
    CONNECTORS,
    Candidate,
    ParsedText,
    is_everyday_phrase,
)
from eventcoder.extract.places.names import alternation, fold
from eventcoder.extract.text import token_texts
from eventcoder.geo import haversine_km
from eventcoder.model import Place

_UNIT = r"((?:" + alternation(words("place_nouns", "district_unit")) + r")s?)"
# "the X area of Y": only with the city named right after it
_CITY_AREA = re.compile(r"\s+(" + alternation(words("place_nouns", "city_area")) + r")\s+(?:of|in)\s")
# "X, one of the (last) (rebel-held) districts" / "X, a district (of Y)"
_APPOSITION = re.compile(r"^,\s+(?:one of the\s+(?:[\w-]+\s+){0,3}?|an?\s+(?:[\w-]+\s+){0,2}?|the\s+)" + _UNIT + r"\b")
# "X district", "X neighbourhood" right after the name
_FOLLOWED = re.compile(r"^\s+" + _UNIT + r"\b")
# "the district of X"
_PRECEDED = re.compile(r"\bthe\s+" + _UNIT + r"\s+of\s+$", re.I)
# "... of Homs", "... in eastern Aleppo", "... of the city"
_OF_CITY = re.compile(
    r"^\s*(?:,\s*)?(?:[\w-]+\s+){0,6}?(?:of|in)\s+"
    r"(?:(?:" + alternation(lexicon("compass").all() | {"the"}) + r")\s+)?$"
)
CITY_KINDS = ("city", "neighbourhood", "district")
"""Gazetteer kinds a district can be placed in."""


def find_districts(parse: ParsedText, accepted: list[tuple[Candidate, Entry]], taken: set[tuple[int, int]],
                   cfg: PlaceConfig) -> list[Place]:
    """District/neighbourhood mentions unknown to the gazetteer, located at their city."""
    cities = [(c, e) for c, e in accepted if e.kind in CITY_KINDS]
    if not cities:
        return []
    out: list[Place] = []
    doc, starts, text = parse.doc, parse.starts, parse.text
    for name in named_spans(doc, starts):
        if any(s < name.end_char and name.start_char < e for s, e in taken):
            continue
        unit = _unit_word(text, name, cfg)
        if unit is None or not plausible_name(name, starts, parse.ents):
            continue
        city = _containing_city(text, name, cities, cfg)
        if city is None:
            continue
        out.append(_place(name, unit, city))
        taken.add((name.start_char, name.end_char))
    return out


def named_spans(doc: Doc, starts: frozenset[int]) -> list[Span]:
    """Maximal runs of capitalised tokens (with 'al', '-', 'de' inside) within a sentence."""
    spans: list[Span] = []
    texts = token_texts(doc)  # strings first: a Token only for capitalised words
    i = 0
    while i < len(doc):
        if not (texts[i][:1].isupper() and doc[i].is_alpha):
            i += 1
            continue
        j = i + 1
        while j < len(doc) and j not in starts and "\n" not in doc[j - 1].whitespace_ and (
                texts[j][:1].isupper() or texts[j].lower() in CONNECTORS):
            j += 1
        while j > i + 1 and not texts[j - 1][:1].isupper():
            j -= 1
        spans.append(doc[i:j])
        i = j
    return spans


def _unit_word(text: str, name: Span, cfg: PlaceConfig) -> str | None:
    """The word ('district', 'neighbourhood', ...) the text uses for ``name``, if any."""
    after = text[name.end_char : name.end_char + cfg.district_after_chars]
    before = text[max(0, name.start_char - cfg.district_before_chars) : name.start_char]
    for m in (_APPOSITION.match(after), _FOLLOWED.match(after), _PRECEDED.search(before)):
        if m:
            return m.group(1).lower()
    return None


def plausible_name(name: Span, starts: frozenset[int], ents: tuple[tuple[int, int, str], ...]) -> bool:
    """Not a sentence-initial word, a person's full name, or an everyday word."""
    if name.start in starts or is_everyday_phrase(fold(name.text)):
        return False
    for start, end, label in ents:
        if label in ("PERSON", "ORG", "NORP") and start <= name.start and end >= name.end \
                and end - start > len(name):
            return False
    return True


def far_district(parse: ParsedText, cand: Candidate, entry: Entry, accepted: list[tuple[Candidate, Entry]],
                 cfg: PlaceConfig) -> Place | None:
    """'the Atalaya district of Cucuta': a name the text calls a district of a city, resolved
    to a namesake farther than ``near_km`` from that city, is that part of the city instead
    ('the Mirpur area of Dhaka' is no Indian Mirpur)."""
    unit = _unit_word(parse.text, cand.span, cfg) or _city_area_word(parse.text, cand.span)
    if unit is None or entry.lat is None or entry.lon is None:
        return None
    city = _city_after(parse.text, cand.span, [(c, e) for c, e in accepted if e.kind in CITY_KINDS], cfg)
    if city is None or city[1].lat is None or city[1].lon is None:
        return None
    if entry.main and not entry.is_area and entry.population >= city[1].population:
        return None  # 'the Cincinnati suburb of West Chester'; a far state is no part of a city
    if haversine_km(entry.lat, entry.lon, city[1].lat, city[1].lon) <= cfg.near_km:
        return None
    return _place(cand.span, unit, city, "its gazetteer namesakes lie far from that city")


def _city_area_word(text: str, name: Span) -> str | None:
    """'area' in 'the X area of Y': said of a known name, it makes X a part of the city Y."""
    m = _CITY_AREA.match(text, name.end_char)
    return m.group(1).lower() if m else None


def _city_after(text: str, name: Span, cities: list[tuple[Candidate, Entry]],
                cfg: PlaceConfig) -> tuple[Candidate, Entry] | None:
    """The city named right after ('... district of Homs', '... neighbourhood in east Mosul')."""
    for c, e in cities:
        if c.start >= name.end_char and _OF_CITY.match(text[name.end_char : c.start]) \
                and c.start - name.end_char < cfg.city_after_chars:
            return c, e
    return None


def _containing_city(text: str, name: Span, cities: list[tuple[Candidate, Entry]],
                     cfg: PlaceConfig) -> tuple[Candidate, Entry] | None:
    """The city named right after, else the nearest one before."""
    after = _city_after(text, name, cities, cfg)
    if after is not None:
        return after
    before = [(c, e) for c, e in cities if c.end <= name.start_char
              and name.start_char - c.end <= cfg.max_city_distance]
    return before[-1] if before else None


def _place(name: Span, unit: str, city: tuple[Candidate, Entry], why: str = "not in the gazetteer") -> Place:
    _c, e = city
    precision: Literal["district", "neighbourhood"] = "district" if unit.startswith("district") else "neighbourhood"
    return Place(
        name=name.text, country_code=e.country_code, admin1=e.admin1, lat=e.lat, lon=e.lon,
        geonameid=None, precision=precision, start=name.start_char, end=name.end_char, text=name.text,
        within=e.name,
        note=f"{why}; the text calls it a {unit.rstrip('s')} and it is placed at {e.name}",
    )
