"""Places: every toponym mention in the article, resolved against the gazetteer.

Candidates come from ``geo_mentions`` (gazetteer n-grams plus NER labels).  Each is then
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

from spacy.tokens import Span

from eventcoder.extract.context import Context
from eventcoder.extract.gazetteer import Entry, Gazetteer, get_gazetteer
from eventcoder.extract.geo_districts import find_districts
from eventcoder.extract.geo_mentions import (
    SPAN_LABELS,
    Candidate,
    entities,
    find_candidates,
    is_everyday_phrase,
)
from eventcoder.extract.geo_names import is_common_word, looks_like_demonym
from eventcoder.model import Place

NOTABLE = 100_000
"""Cities this large are accepted on their name alone (unless something argues against)."""
ACCEPT = 2
_LIST_SEP = re.compile(r"\s*[,;:&]?\s*(?:(?:and|or|even|now|then|plus|as well as)\s+)*", re.I)


def extract_places(ctx: Context) -> list[Place]:
    """Every place mention in ``ctx.doc``, resolved, in text order."""
    gaz = get_gazetteer()
    cands = find_candidates(ctx.doc, gaz)
    _unlabel_lists(cands, ctx.text)
    cands = [c for c in cands if not _excluded(c, ctx.text, gaz)]
    accepted = _resolve(cands, {}, ctx.text)
    accepted = _resolve(cands, _context_countries(accepted), ctx.text)
    places = [_to_place(c, e) for c, e in accepted]
    places += find_districts(ctx.doc, accepted, {(p.start, p.end) for p in places})
    return sorted(places, key=lambda p: (p.start, p.end))


def _unlabel_lists(cands: list[Candidate], text: str) -> None:
    """An entity that is a list of gazetteer names ('Srebrenica, Grozny' tagged ORG) is a list
    of places, not an organisation: its label is no evidence against them."""
    for a, b in zip(cands, cands[1:]):
        gap = text[a.end : b.start]
        if a.inside is not None and a.inside == b.inside and gap.strip() and _LIST_SEP.fullmatch(gap):
            a.inside_label = b.inside_label = None


def _excluded(c: Candidate, text: str, gaz: Gazetteer) -> bool:
    """Hard rules: demonyms, parts of a person's full name, everyday words without backing."""
    if looks_like_demonym(c.text, gaz.country_names) and c.key not in gaz.country_names:
        return True
    if c.inside_label == "PERSON" and len(c.span) == 1 and _names_a_person(c):
        return True
    if c.features.get("after_title") or c.ent_label == "PERSON" and c.features.get("speaker"):
        return True
    if is_everyday_phrase(c.key) and not c.features.get("acronym"):
        return not (c.ent_label in SPAN_LABELS and c.features.get("locative"))
    return False


def _entry_score(e: Entry, c: Candidate, context: Counter[str]) -> float:
    """How likely this entry is what the mention means: size, fame, kind, article context.

    Fame (how many spellings GeoNames has) keeps Geneva in Switzerland when an article
    also mentions the United States, home of several small Genevas.
    """
    s = math.log10(e.population + 10) + (1.0 if e.main else 0.0)
    s += min(0.5 * math.log2(1 + e.names), 2.5)
    if e.population >= 1_000_000:
        s += 1.0
    if e.kind == "country":
        s += 4.0
    elif e.kind == "region":
        s += 3.0
    elif e.kind == "admin1":
        s += 3.0 if c.features.get("admin_word") else -3.0  # 'Idlib' is the city, 'Idlib province' not
    elif c.features.get("admin_word"):
        s -= 1.0
    if e.country_code and context.get(e.country_code):
        share = context[e.country_code] / max(context.values())
        s += 1.0 + share + min(context[e.country_code], 3) * 0.25
    return s


def _choose(c: Candidate, context: Counter[str]) -> Entry:
    return max(c.entries, key=lambda e: _entry_score(e, c, context))


def _evidence(c: Candidate, e: Entry, context: Counter[str], lower_words: set[str]) -> int:
    """Points for 'this is a place mention'; ACCEPT or more keeps it."""
    f = c.features
    ev = 0
    if c.ent_label in SPAN_LABELS:
        ev += 3
    if e.is_area or e.population >= NOTABLE:
        ev += 2
    elif e.population >= 15_000:
        ev += 1
    if e.country_code and context.get(e.country_code):
        ev += 1
    ev += f.get("locative", False) + f.get("place_noun", False)
    if sum(t.is_alpha for t in c.span) >= 2:
        ev += 1  # a multi-word name that matches the gazetteer is rarely a coincidence
    if c.inside_label == "PERSON" and _names_a_person(c):
        ev -= 3
    elif c.inside_label == "ORG":
        ev -= 4  # 'New York Times', 'Kurdistan Workers Party': part of a name
    elif c.inside_label in ("WORK_OF_ART", "EVENT", "LAW", "PRODUCT"):
        ev -= 1
    if not e.main and c.ent_label == "ORG":
        ev -= 2  # an alternate spelling NER takes for an organisation ('Hamas')
    if c.ent_label == "PERSON" and _is_person_elsewhere(c):
        ev -= 3
    if not f.get("propn") and c.ent_label not in SPAN_LABELS:
        ev -= 1
    if not e.main and e.population < NOTABLE and not e.is_area:
        ev -= 1
    if len(c.span) == 1 and c.text.lower() in lower_words:
        ev -= 1  # the same word in lower case elsewhere: an everyday word
    return ev


def _full_name(span: Span, start: int, end: int) -> bool:
    """doc[start:end] is a PERSON with a name word besides ``span`` ('Samantha Power'), not
    just everyday words ('Aleppo Battle', a headline NER took for a name)."""
    others = [t for t in span.doc[start:end] if t.is_alpha and not span.start <= t.i < span.end]
    return any(not is_common_word(t.lower_) for t in others)


def _names_a_person(c: Candidate) -> bool:
    """The span sits inside a full personal name."""
    return any(label == "PERSON" and start <= c.span.start and end >= c.span.end
               and _full_name(c.span, start, end) for start, end, label in entities(c.span.doc))


def _is_person_elsewhere(c: Candidate) -> bool:
    """A single word NER calls PERSON that is also part of a full name in the text ('Churkin')."""
    doc, word = c.span.doc, c.text
    for start, end, label in entities(doc):
        if label != "PERSON" or end - start < 2:
            continue
        for t in doc[start:end]:
            if t.text == word and _full_name(doc[t.i : t.i + 1], start, end):
                return True
    return False


def _resolve(cands: list[Candidate], context: dict[str, Counter[str]],
             text: str) -> list[tuple[Candidate, Entry]]:
    """Choose an entry per candidate and keep those with enough evidence.

    ``context`` maps a candidate key to the countries of the *other* places accepted so far.
    """
    ctxs = [context.get(c.key, context.get("", Counter())) for c in cands]
    chosen = [_choose(c, ctx) for c, ctx in zip(cands, ctxs)]
    lower_words = {w for w in re.findall(r"[\w'-]+", text) if w.islower()}
    score = [_evidence(c, e, ctx, lower_words) for c, e, ctx in zip(cands, chosen, ctxs)]
    ok = _propagate(cands, chosen, score, text)
    return [(c, e) for i, (c, e) in enumerate(zip(cands, chosen))
            if ok[i] and not _out_of_context(i, cands, chosen, ctxs[i], ok, text)]


def _propagate(cands: list[Candidate], chosen: list[Entry], score: list[int], text: str) -> list[bool]:
    """Accept what has the evidence, then what borrows it: the same name accepted elsewhere
    in the article (one sense per article), or a neighbour in a list of places."""
    ok = [s >= ACCEPT for s in score]
    changed = True
    while changed:
        changed = False
        sure = {c.key: e for c, e, keep in zip(cands, chosen, ok) if keep}
        for i, c in enumerate(cands):
            if ok[i]:
                continue
            if c.key in sure and score[i] >= ACCEPT - 3:
                chosen[i] = sure[c.key]  # one sense per article: the name was a place elsewhere
                ok[i] = changed = True
            elif score[i] >= ACCEPT - 2 and _listed_with_place(i, cands, ok, text):
                ok[i] = changed = True
    return ok


def _out_of_context(i: int, cands: list[Candidate], chosen: list[Entry], ctx: Counter[str],
                    ok: list[bool], text: str) -> bool:
    """A small place abroad, in an article about elsewhere, is more likely a local place the
    gazetteer lacks (a Sudanese 'Tawila' is not the Yemeni one): keep it only in a list of places."""
    e = chosen[i]
    if not ctx or e.is_area or e.population >= 15_000 or ctx.get(e.country_code or ""):
        return False
    return not _listed_with_place(i, cands, ok, text)


def _listed_with_place(i: int, cands: list[Candidate], ok: list[bool], text: str) -> bool:
    """'Halabja, Rwanda, Srebrenica and now Aleppo': a neighbour in a list is a place."""
    for j in (i - 1, i + 1):
        if not 0 <= j < len(cands) or not ok[j]:
            continue
        a, b = (cands[j], cands[i]) if j < i else (cands[i], cands[j])
        gap = text[a.end : b.start]
        if gap.strip() and _LIST_SEP.fullmatch(gap):
            return True
    return False


def _context_countries(accepted: list[tuple[Candidate, Entry]]) -> dict[str, Counter[str]]:
    """Per mention key, the countries of the other places the article names.

    A mention's own earlier choice is left out so it cannot vote for itself.
    """
    by_key: dict[str, Counter[str]] = {}
    for c, e in accepted:
        if e.country_code:
            by_key.setdefault(c.key, Counter())[e.country_code] += 2 if e.kind == "country" else 1
    total = sum(by_key.values(), Counter())
    return {key: total - own for key, own in by_key.items()} | {"": total}


def _to_place(c: Candidate, e: Entry) -> Place:
    return Place(
        name=e.name, country_code=e.country_code, admin1=e.admin1 if e.kind != "country" else None,
        lat=e.lat, lon=e.lon, geonameid=e.geonameid, precision=e.precision,  # type: ignore[arg-type]
        start=c.start, end=c.end, text=c.text,
    )

