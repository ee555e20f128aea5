"""A name followed by its area in brackets, or by a word saying what level of place it is.

Coded notes (ACLED style) write the town and, in brackets, the province it lies in:
'Gwoza (Borno)', 'Oicha (Beni, Nord-Kivu)', 'Gusau LGA (Zamfara)', rarely with the country.
The bracket is the writer saying which namesake is meant, as 'Paris, Texas' is: the town is
narrowed to its namesakes inside that province, the bracketed name becomes the province (not
its capital city), and the pair is a place whatever the small NER model tagged it ('Gwoza
(Borno' as one ORG, the town as PERSON).  A unit word right after a name ('LGA', 'raion',
'city') says the level: the name's entries of that level are kept (admin1 words such as
'province' are read in ``mentions``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from difflib import SequenceMatcher

from eventcoder.extract.lexicons import lexicon
from eventcoder.extract.places.gazetteer import Entry, Gazetteer
from eventcoder.extract.places.mentions import CONNECTORS, SPAN_LABELS, Candidate, ParsedText, context_features
from eventcoder.extract.places.names import alternation, fold
from eventcoder.geo import haversine_km
from eventcoder.model import Place

LEVELS = lexicon("admin_unit_words").labels()
"""Unit word -> the gazetteer kind it names ('lga' -> 'admin2')."""
_KINDS = {"admin1": ("admin1",), "admin2": ("admin2", "city"), "city": ("city",)}
"""The kinds a unit word keeps: a district word keeps the district and its town (coders place
'Gusau LGA' at the town; the centroid of a large district can lie far from anything)."""
_UNIT = r"(?:(?P<unit>" + alternation(frozenset(LEVELS)) + r")\b\s*)?"
_BRACKET = re.compile(r"[ \t]*" + _UNIT + r"\((?P<inner>[^()\n]{2,80})\)", re.I)
_UNIT_ONLY = re.compile(r"[ \t]+(?P<unit>" + alternation(frozenset(u for u, k in LEVELS.items() if k != "admin1"))
                        + r")\b(?P<of>\s+of\b)?", re.I)
"""'Gusau LGA', 'Kunduz city'; not 'the Hunan city of Yueyang', and not 'Idlib province' (an
admin1 word after a name is read in ``mentions``)."""
_NAME_PART = re.compile(r"[A-Z][\w'\u2019.-]*(?:[ -][\w'\u2019.-]+){0,4}")
_AREA_KINDS = ("admin1", "country")
_NOT_PLACE_LABELS = ("PERSON", "NORP", "ORG")
_WINDOW = 30
DISTRICT_REACH_KM = 80.0
"""How far from a bracketed district's centre ('Epping (Essex)') a town of its name may lie."""
RESPELT_RATIO = 0.8
"""How alike a bracketed area name and a namesake's admin1 name must be to be one name."""


def bracket_admins(cands: list[Candidate], parse: ParsedText, gaz: Gazetteer) -> list[Candidate]:
    """Narrow each name that a unit word or a bracketed area follows; return the candidates
    plus those made for bracketed areas the gazetteer knows but no candidate covers."""
    by_start = {c.start: c for c in cands}
    made: list[Candidate] = []
    for c in cands:
        m = _BRACKET.match(parse.text, c.end)
        if m is not None:
            made += _bracketed(c, m, parse, gaz, by_start)
        elif (u := _UNIT_ONLY.match(parse.text, c.end)) is not None and _unit_of_name(u):
            _keep_level(c, u.group("unit"))
            _unlabel_named_unit(c, u.end("unit"))
    kept = [c for c in cands if not any(m.start <= c.start and c.end <= m.end for m in made)]
    return sorted(kept + made, key=lambda c: c.start)


def _parts(m: re.Match[str]) -> list[tuple[int, int]] | None:
    """Character ranges of the comma-separated names in the bracket, or None when the bracket
    holds anything but one to three names ('(AP)' is a name too, but no admin area)."""
    if not _names_only(m.group("inner")):
        return None
    out, pos = [], m.start("inner")
    for piece in m.group("inner").split(","):
        lead = len(piece) - len(piece.lstrip())
        name = piece.strip()
        out.append((pos + lead, pos + lead + len(name)))
        pos += len(piece) + 1
    return out


def _bracketed(c: Candidate, m: re.Match[str], parse: ParsedText, gaz: Gazetteer,
               by_start: dict[int, Candidate]) -> list[Candidate]:
    """Narrow ``c`` by the area its bracket names; the area candidates made on the way."""
    parts = _parts(m)
    if not parts:
        return []
    made: list[Candidate] = []
    cands: list[Candidate | None] = []
    for start, end in parts:
        q = by_start.get(start)
        if q is None or not _whole_part(q, end, parse.text):
            # 'Jammu and Kashmir': an area whose name opens with a town's; 'Federal Capital'
            # inside a longer name the gazetteer lacks stays no area
            q = _new_candidate(start, end, parse, gaz)
            made += [q] if q is not None else []
        cands.append(q)
    _unlabel_across(c, m.start("inner") - 1)
    areas = _narrow(c, _areas(cands), m.group("unit"))
    if not areas:
        last_start, last_end = parts[-1]  # the town is kept, the area's name is no candidate
        _narrow_by_admin1_name(c, fold(parse.text[last_start:last_end]))
        return []
    for q in cands:
        if q is not None:
            _narrow_qualifier(q, areas)
    return made


def _unlabel_across(c: Candidate, opening: int) -> None:
    """An entity that runs on past the bracket's opening ('Abuja (Federal Capital Territory'
    tagged ORG) is a misparse: its label says nothing against the name before it."""
    if c.inside is not None and c.span.doc[c.inside[1] - 1].idx > opening:
        c.inside_label, c.inside = None, None


def _narrow_by_admin1_name(c: Candidate, key: str) -> None:
    """Keep the namesakes whose admin1 area's name is or holds the bracketed name, for areas
    the gazetteer knows by a longer name ('Federal Capital Territory' for 'Abuja Federal
    Capital Territory', 'Baghlan' for 'Wilayat-e Baghlan') or spell otherwise ('Baluchistan'
    for 'Balochistan')."""
    inside = [e for e in c.entries if e.kind != "admin1" and e.admin1
              and (f" {key} " in f" {fold(e.admin1)} " or _respelt(key, fold(e.admin1)))]
    if inside and len(key) >= 4:
        c.entries = tuple(inside)
        c.features["qualified"] = c.features["bracketed"] = True
        _trust_structure(c)


def _respelt(key: str, name: str) -> bool:
    """Two spellings of one area's name: same first letter, nearly the same letters
    ('baluchistan', 'balochistan'; 'khowst', 'khost')."""
    return key[:1] == name[:1] and min(len(key), len(name)) >= 5 \
        and SequenceMatcher(None, key, name).ratio() >= RESPELT_RATIO


def _whole_part(q: Candidate, end: int, text: str) -> bool:
    """The candidate is the whole bracketed name, or all of it but a unit word ('Kharkiv oblast')."""
    rest = text[q.end : end].strip()
    return not rest or rest.lower() in LEVELS


def _areas(parts: Sequence[Candidate | None]) -> list[Entry]:
    """The admin1 areas the bracket names: its last name's, inside the country when the
    last name is a country ('(Kidal, Mali)')."""
    last = parts[-1]
    if last is None:
        return []
    countries = {e.country_code for e in last.entries if e.kind == "country"}
    if countries and len(parts) >= 2 and parts[-2] is not None:
        return [e for e in parts[-2].entries if e.kind == "admin1" and e.country_code in countries] \
            or [e for e in last.entries if e.kind == "country"]
    admin1 = [e for e in last.entries if e.kind == "admin1"]
    countries_only = [e for e in last.entries if e.kind == "country" and len(parts) == 1]
    return admin1 or countries_only or [e for e in last.entries if e.kind == "admin2"]  # 'Epping (Essex)'


def _inside(e: Entry, area: Entry) -> bool:
    if e is area or e.country_code != area.country_code or e.kind == "country":
        return False
    if area.kind == "admin2":
        return e.kind not in ("admin1", "admin2") and e.admin1 == area.admin1 and _near(e, area)
    return area.kind == "country" or (e.kind != "admin1" and e.admin1 == area.name)


def _near(e: Entry, area: Entry) -> bool:
    """The gazetteer keeps no town's district, so a town is in a bracketed district when it lies
    in the district's province within ``DISTRICT_REACH_KM`` of the district's centre."""
    if None in (e.lat, e.lon, area.lat, area.lon):
        return False
    return haversine_km(e.lat, e.lon, area.lat, area.lon) <= DISTRICT_REACH_KM  # type: ignore[arg-type]


def _narrow(c: Candidate, areas: list[Entry], unit: str | None) -> list[Entry]:
    """Keep ``c``'s namesakes inside the areas (of the unit's level, when it has some);
    return the areas that hold them (none when none does)."""
    inside = [e for e in c.entries if any(_inside(e, a) for a in areas)]
    if not inside:
        return []
    c.entries = _of_level(tuple(inside), unit)
    c.features["qualified"] = c.features["bracketed"] = True
    if unit and LEVELS[unit.lower()] == "admin1":
        c.features["admin_word"] = True
    _trust_structure(c)
    return [a for a in areas if any(_inside(e, a) for e in inside)]


def _narrow_qualifier(q: Candidate, areas: list[Entry]) -> None:
    """The bracketed names are the area (or the district inside it), not their namesake towns."""
    own = [e for e in q.entries if e in areas]
    if not own:
        own = [e for e in q.entries if e.kind == "admin2" and any(_inside(e, a) for a in areas)]
    if own:
        q.entries = tuple(own)
        q.features["qualifier"] = q.features["admin_word"] = True
        _trust_structure(q)


def _unit_of_name(m: re.Match[str]) -> bool:
    """The unit word says what the name before it is: 'Gusau LGA', 'Bakori Local Government
    Area of Katsina'; not one capitalised word opening a longer name ('Jordan City Council'),
    nor a town word before 'of' ('the Hunan city of Yueyang' names Yueyang)."""
    unit = m.group("unit")
    if unit.istitle() and " " not in unit:
        return False
    return not (m.group("of") and LEVELS[unit.lower()] == "city")


def _unlabel_named_unit(c: Candidate, unit_end: int) -> None:
    """'Bakori Local Government Area' tagged ORG is the area under its full title, not a body
    named after it: an entity that is just the name and its unit word is no evidence against."""
    if c.inside is None or c.inside_label in SPAN_LABELS:
        return
    doc = c.span.doc
    start, end = c.inside
    if all(t.lower_ == "the" for t in doc[start : c.span.start]) and doc[end - 1].idx + len(doc[end - 1]) == unit_end:
        c.inside_label, c.inside = None, None


def _keep_level(c: Candidate, unit: str) -> None:
    """'Gusau LGA', 'Kunduz city': the entries of the level the word names (not the
    country or province of the same name), and the word as evidence of a place."""
    kept = _of_level(c.entries, unit)
    if kept != c.entries and any(e.main for e in kept):  # not a town called so by an old name only
        c.entries = kept
        c.features["place_noun"] = True


def _of_level(entries: tuple[Entry, ...], unit: str | None) -> tuple[Entry, ...]:
    if not unit:
        return entries
    kinds = _KINDS[LEVELS[unit.lower()]]
    return tuple(e for e in entries if e.kind in kinds) or entries


def _trust_structure(c: Candidate) -> None:
    """'Name (Area)' is a place whatever NER said: drop labels of a name or of an entity
    that runs across the bracket, and the person-name evidence read from them."""
    if c.ent_label in _NOT_PLACE_LABELS:
        c.ent_label = None
    if c.inside is not None and c.inside_label not in SPAN_LABELS:
        c.inside_label, c.inside = None, None
    for key in ("in_full_name", "person_elsewhere", "surname", "speaker", "after_title"):
        c.features[key] = False


def _new_candidate(start: int, end: int, parse: ParsedText, gaz: Gazetteer) -> Candidate | None:
    """A candidate for a bracketed name that is an admin1 area or a country ('Nord-Kivu'
    inside a longer capitalised run the gazetteer did not match)."""
    entries = tuple(e for e in gaz.lookup(fold(parse.text[start:end])) if e.kind in _AREA_KINDS + ("admin2",))
    span = parse.doc.char_span(start, end, alignment_mode="expand")
    if not entries or span is None or span.start_char != start or span.end_char != end:
        return None
    features = context_features(span, parse.text, _WINDOW) | {"in_full_name": False, "person_elsewhere": False,
                                                             "surname": False}
    return Candidate(span, fold(span.text), entries, features=features)


def _names_only(inner: str) -> bool:
    """One to three comma-separated names: a bracket that says where, not an aside."""
    pieces = [p.strip() for p in inner.split(",")]
    return len(pieces) <= 3 and all(_NAME_PART.fullmatch(p) and all(_name_word(w) for w in p.split()[1:])
                                    for p in pieces)


def _name_word(word: str) -> bool:
    """A word that goes on a name: capitalised, a particle ('al', 'de'), a unit ('oblast') or
    the 'and' of a two-part name ('Jammu and Kashmir', 'Bosnia and Herzegovina')."""
    return word[:1].isupper() or word.lower() in CONNECTORS or word.lower() in LEVELS or word == "and"


def bracket_area_starts(places: Sequence[Place], text: str) -> set[int]:
    """Starts of places named in a bracket right after another place ('Gwoza (Borno)'): they
    say where the town is, and the town, not the province, is where things happened."""
    ends = {p.end for p in places}
    out: set[int] = set()
    for p in places:
        opening, closing = text.rfind("(", 0, p.start), text.find(")", p.end)
        if opening < 0 or closing < 0 or not _names_only(text[opening + 1 : closing]):
            continue  # '(near Orlando, Florida in Seminole County)' is an aside, not the area
        before = text[:opening].rstrip()
        u = re.search(r"\s(" + alternation(frozenset(LEVELS)) + r")$", before, re.I)
        name_end = u.start() if u else len(before)
        if name_end in ends:
            out.add(p.start)
    return out
