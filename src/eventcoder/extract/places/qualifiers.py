"""A place qualified by the area written after it: 'Paris, Texas', 'Dublin, Ga.', 'London, Ontario'.

Writers name the state, province or country right after an ambiguous place to say which one
they mean; that beats any weighing of fame or article context.  The qualifier is either
another gazetteer candidate that is an admin1 area or a country ('Aleppo, Syria'), or an
abbreviation of a US state, Canadian province or Australian state ('Ky.', 'Ont.', 'IL').
The abbreviation becomes a place mention of its own (an admin1 area), as it does where AP
style uses it alone ('D-Calif', 'Ga. pastor').
"""

from __future__ import annotations

import re
from functools import lru_cache

from eventcoder.extract.lexicons import lexicon
from eventcoder.extract.places.gazetteer import Entry, Gazetteer
from eventcoder.extract.places.mentions import Candidate, ParsedText, context_features
from eventcoder.extract.places.names import alternation, fold

_QUALIFIER_KINDS = ("admin1", "country")
_COMMA = re.compile(r",\s*")
_WINDOW = 30


@lru_cache(maxsize=1)
def _abbreviation() -> re.Pattern[str]:
    """', Ga.' / ', IL' right after a name (case-sensitive: 'In' is a word, 'IN' Indiana)."""
    return re.compile(r",\s*(" + alternation(frozenset(_labels())) + r")(?![A-Za-z])")


def _labels() -> dict[str, str]:
    return lexicon("region_abbreviations").labels()


def qualify(cands: list[Candidate], parse: ParsedText, gaz: Gazetteer) -> list[Candidate]:
    """Narrow each qualified candidate to the entries inside its qualifier (and the qualifier
    to the areas that hold them); return the candidates plus those made for abbreviations."""
    out: list[Candidate] = []
    by_start = {c.start: c for c in cands}
    made: dict[int, Candidate] = {}
    for c in cands:
        nxt = _next_candidate(c, parse.text, by_start)
        if nxt is not None and _narrow_by(c, nxt):
            continue
        abbr = _abbreviation_after(c, parse, gaz)
        if abbr is not None and _narrow_by(c, abbr):
            made[abbr.start] = abbr
    _same_sense(cands)
    for abbr in _dotted_abbreviations(parse, gaz):  # it takes its very span from a namesake ('Fla.' not Flå)
        if abbr.start not in made and not any(c.start < abbr.end and abbr.start < c.end
                                              and (c.start, c.end) != (abbr.start, abbr.end) for c in cands):
            made[abbr.start] = abbr
    for c in cands:
        out.append(made.pop(c.start, c))
    return sorted(out + list(made.values()), key=lambda c: c.start)


def _same_sense(cands: list[Candidate]) -> None:
    """One sense per article: a name qualified once ('Paris, Texas') means the same place
    when it comes back alone ('Paris police said')."""
    narrowed = {c.key: c.entries for c in cands if c.features.get("qualified")}
    for c in cands:
        if c.key in narrowed and not c.features.get("qualified"):
            kept = set(narrowed[c.key])
            if any(e in kept for e in c.entries):
                c.entries = narrowed[c.key]


def _next_candidate(c: Candidate, text: str, by_start: dict[int, Candidate]) -> Candidate | None:
    m = _COMMA.match(text, c.end)
    return by_start.get(m.end()) if m and m.end() > c.end else None


def region_areas(q: Candidate) -> list[Entry]:
    """The states and countries a candidate could be."""
    return [e for e in q.entries if e.kind in _QUALIFIER_KINDS and e.country_code]


def lies_in(e: Entry, area: Entry) -> bool:
    """Whether an entry lies in the state or country ``area``."""
    if e is area or e.country_code != area.country_code:
        return False
    return area.kind == "country" or (e.kind not in _QUALIFIER_KINDS and e.admin1 == area.name)


def _narrow_by(c: Candidate, q: Candidate) -> bool:
    """Keep only ``c``'s entries inside one of ``q``'s areas, and only those areas of ``q``;
    False (and nothing changed) when none lies inside."""
    areas = region_areas(q)
    inside = [e for e in c.entries if any(lies_in(e, a) for a in areas)]
    if not inside:
        return False
    holders = [a for a in areas if any(lies_in(e, a) for e in inside)]
    c.entries, q.entries = tuple(inside), tuple(holders)
    c.features["qualified"] = q.features["qualifier"] = True
    return True


@lru_cache(maxsize=1)
def _dotted() -> re.Pattern[str]:
    """Abbreviations with two or more dots ('S.C.', 'W.Va.', 'B.C.') name their area wherever
    they stand ('the S.C. Highway Patrol'), except after a number ('500 B.C.')."""
    dotted = frozenset(a for a in _labels() if a.count(".") >= 2)
    return re.compile(r"(?<![\w.])(?<!\d )(" + alternation(dotted) + r")(?![A-Za-z])")


@lru_cache(maxsize=1)
def _used_alone() -> tuple[re.Pattern[str], ...]:
    """Where an AP-style one-dot abbreviation ('Ga.', 'Calif.') names its state with no
    town known before it: in a lawmaker's party tag ('D-Calif', 'R-Pa.'); before a lower-case
    word, where it is no sentence's end ('Ga. pastor', 'Western Mass. stargazers'); after a
    capitalised name and a comma ('Thackerville, Okla.', a town the gazetteer lacks)."""
    dotted = frozenset(a for a in _labels() if a.endswith("."))
    bare = alternation(frozenset(a.rstrip(".") for a in _labels()))
    return (re.compile(r"(?<![\w-])[DRI]-(" + bare + r")\.?(?![A-Za-z])"),
            re.compile(r"(?<![\w.])(" + alternation(dotted) + r") (?=[a-z])"),
            re.compile(r"\b[A-Z][\w'-]*,\s*(" + alternation(dotted) + r")(?![A-Za-z])"))


def _dotted_abbreviations(parse: ParsedText, gaz: Gazetteer) -> list[Candidate]:
    out: list[Candidate] = []
    matches = [*_dotted().finditer(parse.text)] + [m for p in _used_alone() for m in p.finditer(parse.text)]
    for m in matches:
        cand = _abbreviation_candidate(m, parse, gaz)
        if cand is not None and all(c.start != cand.start for c in out):
            cand.features["qualifier"] = True
            out.append(cand)
    return out


def _abbreviation_after(c: Candidate, parse: ParsedText, gaz: Gazetteer) -> Candidate | None:
    """A candidate for the abbreviation right after ``c``, resolved to its admin1 area."""
    m = _abbreviation().match(parse.text, c.end)
    return None if m is None else _abbreviation_candidate(m, parse, gaz)


def _abbreviation_candidate(m: re.Match[str], parse: ParsedText, gaz: Gazetteer) -> Candidate | None:
    labels = _labels()
    cc, _, code = labels.get(m.group(1), labels.get(m.group(1) + ".", "")).partition(".")
    name = gaz.admin1_name(cc, code)
    entries = tuple(e for e in gaz.lookup(fold(name or "")) if e.kind == "admin1" and e.country_code == cc)
    span = parse.doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
    if not entries or span is None:
        return None
    features = context_features(span, parse.text, _WINDOW) | {"in_full_name": False, "person_elsewhere": False, "surname": False}
    return Candidate(span, fold(m.group(1)), entries, features=features)
