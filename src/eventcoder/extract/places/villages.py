"""Villages the gazetteer lacks in the story's country, placed in that country.

Wire copy from rural conflicts names villages no gazetteer of towns has ('the village of
X', 'X village'); the name often belongs to some town abroad instead.  A name the text
calls a village is no large town abroad, so it is not read as one (see
``extract._out_of_context``); when the article is about one country it is reported there,
without a point, with a note saying so.  Nothing is guessed for a name the text does not
call a village, nor in an article about several countries.
"""

from __future__ import annotations

import re
from collections import Counter

from eventcoder.extract.lexicons import words
from eventcoder.extract.places.config import PlaceConfig
from eventcoder.extract.places.districts import named_spans, plausible_name
from eventcoder.extract.places.gazetteer import Entry
from eventcoder.extract.places.mentions import Candidate, ParsedText
from eventcoder.extract.places.names import alternation
from eventcoder.model import Place

_SMALL = alternation(words("place_nouns", "small_settlement"))
_BEFORE = re.compile(r"\b(?:" + _SMALL + r")s? of\s+$", re.I)
"""'the village of X', 'the villages of X and Y' (the first of them)."""
_AFTER = re.compile(r"^\s+(?:" + _SMALL + r")s?\b")
"""'X village' in lower case: 'Greenwich Village' is a name, not a kind."""


def called_village(text: str, start: int, end: int) -> bool:
    """The text calls the name at ``start:end`` a village or hamlet."""
    return bool(_BEFORE.search(text[max(0, start - 20) : start]) or _AFTER.match(text[end : end + 12]))


def story_country(accepted: list[tuple[Candidate, Entry]], cfg: PlaceConfig) -> Entry | None:
    """The country the article is about: named itself, and holding ``home_share`` of its places."""
    counts: Counter[str] = Counter()
    for _, e in accepted:
        if e.country_code:
            counts[e.country_code] += cfg.country_context_weight if e.kind == "country" else 1
    if not counts:
        return None
    cc, n = counts.most_common(1)[0]
    if n < cfg.home_share * sum(counts.values()):
        return None
    return next((e for _, e in accepted if e.kind == "country" and e.country_code == cc), None)


def find_villages(parse: ParsedText, accepted: list[tuple[Candidate, Entry]], taken: set[tuple[int, int]],
                  cfg: PlaceConfig) -> list[Place]:
    """Names the text calls villages, not placed otherwise, in the country the story is about."""
    country = story_country(accepted, cfg)
    if country is None:
        return []
    out: list[Place] = []
    for name in named_spans(parse.doc, parse.starts):
        start, end = name.start_char, name.end_char
        if any(s < end and start < e for s, e in taken) or not called_village(parse.text, start, end):
            continue
        if not plausible_name(name, parse.starts, parse.ents):
            continue
        out.append(Place(
            name=name.text, country_code=country.country_code, precision="city", start=start, end=end,
            text=name.text, within=country.name,
            note=f"not in the gazetteer in {country.name}; the text calls it a village and the story is about {country.name}",
        ))
        taken.add((start, end))
    return out
