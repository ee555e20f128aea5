"""Hard rules that rule a candidate out before any evidence is weighed: a demonym, a part of
a person's full name, an everyday word without backing, a street, a byline, a car.

Split from ``extract`` so each stays short; ``excluded`` is the one entry point.
"""

from __future__ import annotations

import re

from eventcoder.extract.lexicons import lexicon, words
from eventcoder.extract.places.config import PlaceConfig
from eventcoder.extract.places.gazetteer import Gazetteer
from eventcoder.extract.places.mentions import SPAN_LABELS, Candidate, is_everyday_phrase
from eventcoder.extract.places.names import fold, looks_like_demonym

COMPASS = lexicon("compass").all()
SUPRANATIONAL = words("supranational_names")

def excluded(c: Candidate, gaz: Gazetteer, cfg: PlaceConfig, text: str) -> bool:
    """Hard rules: demonyms, parts of a person's full name, everyday words without backing."""
    if (c.features.get("street") or c.features.get("building")) and not c.features.get("qualified"):
        return True  # 'Dublin Road', 'Dublin Ridge Apartments': named after a town
    if _in_supranational_name(c):
        return True  # 'Asia', 'Latin America': no town or country of that name is meant
    if c.features.get("qualified") or c.features.get("qualifier") or c.features.get("unit_listed") \
            or c.features.get("hometown"):
        return False  # 'Mobile, Ala.', 'Clay and Swift counties', 'D-Charleston': the writer said it is a place
    if is_compass(c.key):
        return True  # 'the North', 'North and Elm avenues': a side or a street, not a town called North
    if looks_like_demonym(c.text, gaz.country_names) and c.key not in gaz.country_names:
        # 'Beni' looks like a demonym of Benin, but "near Beni" tagged as a place is the town
        return not (c.features.get("locative") and any(e.main for e in c.entries)
                    and (c.ent_label in SPAN_LABELS or _stands_alone(c, cfg)))
    if c.inside_label == "PERSON" and len(c.span) == 1 and c.features["in_full_name"]:
        return True
    if c.features.get("vehicle"):
        return True  # 'a 2005 Honda Odyssey': the car, not the town
    if _in_byline(c, text):
        return True  # 'By KENT MALLETT': the writer's name
    if c.features.get("surname") and not c.features.get("dateline") \
            and not any(e.is_area or e.population >= cfg.notable_population for e in c.entries):
        return True  # 'David Hopkins ... Hopkins said': a small town's name used as a surname
    if c.features.get("after_title") or c.features.get("after_kin") or "PERSON" in (c.ent_label, c.inside_label) and c.features.get("speaker"):
        return True
    if is_everyday_phrase(c.key) and (not c.features.get("acronym") or _town_acronym(c)):
        return not (c.ent_label in SPAN_LABELS and c.features.get("locative") or _country_by_ner(c)
                    or _town_by_use(c))
    return False


_BYLINE_BEFORE = re.compile(r"(?:^|\n|[.!?:]\s)\s*by\s+$", re.I)
_NAME_AFTER = re.compile(r" [A-Z][A-Za-z'-]+\b")


STANDALONE_NEXT = frozenset({"VERB", "AUX", "ADP", "PUNCT", "SCONJ"})
"""What may follow a word used as a noun ('in Beni said', 'in Beni on Monday', 'in Beni,')."""


def _stands_alone(c: Candidate, cfg: PlaceConfig) -> bool:
    """A demonym after 'in' modifies a noun ('in Afghan custody', 'in Syrian and Iraqi
    jails'); a town's name there is followed by a verb, a preposition or a comma ('officials
    in Beni said'): so a town of ``town_population`` or more followed so is the town,
    whatever NER calls it."""
    doc = c.span.doc
    nxt = doc[c.span.end] if c.span.end < len(doc) else None
    return (nxt is None or nxt.pos_ in STANDALONE_NEXT) \
        and any(e.main and e.population >= cfg.town_population for e in c.entries)


def _in_byline(c: Candidate, text: str) -> bool:
    """A name right after a 'By' that opens a line or follows a headline, and followed by
    another capitalised word, is the writer's name ('By KENT MALLETT', 'By Chad Price')."""
    return bool(_BYLINE_BEFORE.search(text[max(0, c.start - 8) : c.start])) \
        and _NAME_AFTER.match(text, c.end) is not None


def _town_acronym(c: Candidate) -> bool:
    """One capitalised word that is an everyday word and names no country or state: an
    acronym ('a SWAT team'), not 'US' or 'UK', nor a dateline ('UNION CITY --')."""
    return len(c.span) == 1 and not c.features.get("dateline") \
        and not any(e.kind in ("country", "admin1") for e in c.entries)


def _country_by_ner(c: Candidate) -> bool:
    """A country's own name that NER calls a GPE ('Japan', 'the Czech Republic') is the
    country, though its words are everyday ones (japan the lacquer, republic)."""
    return c.ent_label == "GPE" and any(e.kind == "country" and e.main for e in c.entries)


def _town_by_use(c: Candidate) -> bool:
    """A name of several everyday words used as a town's ('Mount Pleasant police', 'a Fort
    Worth teen') is that town: one such word may be a word, a run of them before a town's
    noun is a name."""
    return len(c.span) >= 2 and bool(c.features.get("town_use")) \
        and any(e.main and e.kind == "city" for e in c.entries)


def _in_supranational_name(c: Candidate) -> bool:
    """The candidate is, or sits inside, the name of a continent or multi-country region,
    read with up to two words either side ('Asia', 'the Middle East', 'Latin America')."""
    doc, start, end = c.span.doc, c.span.start, c.span.end
    lo, hi = max(0, start - 2), min(len(doc), end + 2)
    window = fold(doc[lo:hi].text)  # each sub-span folds to a substring of this: test it once first
    if not any(name in window for name in SUPRANATIONAL):
        return False
    return any(fold(doc[a:b].text) in SUPRANATIONAL for a in range(lo, start + 1) for b in range(end, hi + 1))


def is_compass(word: str) -> bool:
    """'north', 'Western', 'northeast', 'southwestern'."""
    return word in COMPASS or any(word.startswith(a) and word[len(a):] in COMPASS for a in COMPASS)
