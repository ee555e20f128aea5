"""A place must agree with the region the text names beside it.

'near the town of Bali in Cameroon's North-West region' is no Indonesian island: a name written
right before 'in <region>' keeps only its namesakes inside that region (the country first, then
its state).  A region named farther off in the sentence says too little: local news names a
state beside towns of other states ('a pastor from Fort Worth, Texas, preached in Maryville').
"""

from __future__ import annotations

import re

from eventcoder.extract.places.mentions import Candidate
from eventcoder.extract.places.qualifiers import lies_in, region_areas

_RIGHT_BEFORE = re.compile(r"\s*,?\s*in\s+(?:the\s+)?$")
"""'Bali in Cameroon's', 'Suarez, in the Cauca': the region follows the name at once."""


def agree_with_regions(cands: list[Candidate], text: str) -> list[Candidate]:
    """Narrow each ambiguous, unqualified candidate to its namesakes inside a region named in
    its sentence (see the module); returns the same candidates."""
    for c in cands:
        if c.features.get("qualified") or len({(e.country_code, e.admin1) for e in c.entries}) < 2:
            continue
        for q in _regions_in_sentence(c, cands):  # a country, then its state: each narrows further
            inside = [e for e in c.entries if any(lies_in(e, a) for a in region_areas(q))]
            outside = [e for e in c.entries if e not in inside]
            if inside and outside and _right_before(c, q, text):
                c.entries = tuple(inside)
                c.features["beside_region"] = True
    return cands


def _regions_in_sentence(c: Candidate, cands: list[Candidate]) -> list[Candidate]:
    """Other candidates of ``c``'s sentence that name a state, province or country, nearest first."""
    sent = c.span.sent
    found = [q for q in cands if q is not c and sent.start_char <= q.start < sent.end_char and region_areas(q)]
    return sorted(found, key=lambda q: abs(q.start - c.start))


def _right_before(c: Candidate, q: Candidate, text: str) -> bool:
    return q.start > c.end and _RIGHT_BEFORE.match(text[c.end:q.start]) is not None

