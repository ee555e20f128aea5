"""Which killed figures are an event's toll, as ACLED codes it.

The figures step keeps every killed figure; an event's toll is narrower: parts of one toll
('4 soldiers, 2 civilians and 5 attackers') are added, subsets ('including three children')
are not tolls, and running, country-wide or period totals ('since 2011', 'so far this year',
figures dated to a month or year) are context, never one event's toll.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from eventcoder.extract.events.claims import claimed_kill, counted_over_claims, vague_value
from eventcoder.extract.events.parts import semicolon_part
from eventcoder.extract.events.toll_update import from_update
from eventcoder.extract.lexicons import lexicon, words
from eventcoder.model import Fatalities, Place, Quantity


def _phrases(name: str, use: str | None = None) -> str:
    return "|".join(re.escape(w) for w in sorted(words(name, use), key=len, reverse=True))


_CONTEXT = re.compile(r"\b(" + _phrases("toll_context_cues") + r")\b", re.I)
_DOUBT = re.compile(r"\b(" + _phrases("toll_doubt_cues", "cue") + r")\b", re.I)
_CLAIM_SUBJECTS = words("toll_doubt_cues", "claim_subject")
_AREA = re.compile(r"\b(" + _phrases("toll_area_cues") + r")\b", re.I)
_SUBSET = re.compile(r"\b(" + _phrases("toll_subset_cues", "before") + r")\s*[,:]?\s*(at least|about|around|some|more than)?\s*$",
                     re.I)
_SUBSET_AFTER = re.compile(r"^[\w,.-]+\s+(" + _phrases("toll_subset_cues", "after") + r")\b", re.I)
_SUBSET_AFTER_TOLL = re.compile(r"^[\w,.-]+\s+(" + _phrases("toll_subset_cues", "after_toll") + r")\b", re.I)
_SUBSET_AFTER_PHRASE = re.compile(r"^\s*,?\s*(" + _phrases("toll_subset_cues", "after_phrase") + r")\b", re.I)
_JOINER = re.compile(r"^(\s|,|;|\b(" + _phrases("toll_part_joiners") + r")\b)*$", re.I)
_ALSO = words("toll_additions", "also")
_LATER = words("toll_additions", "later")
_HARM = words("toll_additions", "harm")
_SOURCES = words("speech_verbs", "figure_source")
_TALLY = words("tally_nouns")
_SIDES = lexicon("toll_sides").labels()
_TOTAL_CUES = {"in total", "altogether", "overall"}
"""Context cues that may also total one event's dead ('9 bodies in total')."""
_RUNNING = re.compile(r"\b(has|have|'ve)\b", re.I)
_PLACE_GAP = re.compile(r"^\s*(people|others|more)?\s*(in|at|near|around)\s+(the\s+)?((town|city|village|district)\s+of\s+)?$",
                        re.I)


@dataclass(frozen=True)
class Toll:
    """One event's toll: one killed figure or the sum of its parts, with its text span."""

    value: float | None
    qualifier: str
    start: int
    end: int
    text: str

    def as_fatalities(self) -> Fatalities:
        return Fatalities(value=self.value, qualifier=self.qualifier, text=self.text)


def has_context_cue(text: str) -> bool:
    """'since 2011', 'so far this year', 'across the country': a running or wide total."""
    return bool(_CONTEXT.search(text))


def unfigured(sent: Span, toll: Toll) -> bool:
    """'claimed scores had died but gave no number', 'the claim could not be verified': a vague
    count its own teller or the sentence says is no figure is no toll; a toll with a figure is
    kept, and so is one when only another teller gives no figure ('state media gave none')."""
    if toll.value is not None or toll.qualifier != "vague":
        return False
    for match in _DOUBT.finditer(sent.text):
        span = sent.doc.char_span(sent.start_char + match.start(), sent.start_char + match.end(), alignment_mode="expand")
        if span is not None and not _other_teller(span.root):
            return True
    return False


def _other_teller(cue: Token) -> bool:
    """The doubting clause has a subject of its own that is neither the claim nor a pronoun for
    it ('state media did not give a figure'): another teller's silence, not a doubt on the count."""
    verb = cue
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return bool(subjects) and not any(c.lemma_.lower() in _CLAIM_SUBJECTS or c.lower_ in _CLAIM_SUBJECTS for c in subjects)


def is_context(q: Quantity, sentence: str, sent_start: int | None = None) -> bool:
    """A total over a period or area: dated to a month or year, told of a whole area, or undated
    with a context cue. With the sentence's offset, a month told in another part of it (between
    semicolons) dates another deed, not the figure ('...were killed; the rebels had taken the
    town in January')."""
    if q.date is not None and q.date.value and len(q.date.value) < 10 and not _dated_apart(q, sentence, sent_start):
        return True
    if _AREA.search(sentence):
        return True
    return q.date is None and has_context_cue(sentence) and not _event_total(sentence)


def _dated_apart(q: Quantity, sentence: str, sent_start: int | None) -> bool:
    """The figure's date is told in another part of its sentence, a semicolon between them."""
    if sent_start is None or q.date is None or not q.date.text or q.date.text not in sentence:
        return False
    at, figure = sentence.index(q.date.text), q.start - sent_start
    return ";" in sentence[min(at, figure):max(at, figure)]


def _event_total(sentence: str) -> bool:
    """'Elders counted 9 bodies in total': a total cue with no other sign of a running count
    (no other cue, no 'has/have' of a count still growing) totals one event's dead."""
    cues = {m.group(1).lower() for m in _CONTEXT.finditer(sentence)}
    return cues <= _TOTAL_CUES and not _RUNNING.search(sentence)


def is_subset(text: str, q: Quantity, after_toll: bool = False) -> bool:
    """'..., including three children', 'among them five women', 'two of the dead were police',
    and after a toll in the sentence 'four of them children', 'two police officers among them':
    a part of a toll given before."""
    after = text[q.start:q.end + 30]
    return bool(_SUBSET.search(text[max(0, q.start - 40):q.start]) or _SUBSET_AFTER.match(after)
                or (after_toll and (_SUBSET_AFTER_TOLL.match(after) or _SUBSET_AFTER_PHRASE.match(text[q.end:q.end + 30]))))


def sentence_killed(quantities: list[Quantity], sent: Span) -> list[Quantity]:
    """Killed figures inside the sentence, in text order."""
    lo, hi = sent.start_char, sent.end_char
    return sorted((q for q in quantities if q.category == "killed" and lo <= q.start < hi), key=lambda q: q.start)


def sentence_tolls(text: str, quantities: list[Quantity], sent: Span) -> list[Toll]:
    """The tolls of a sentence: subsets and context totals dropped, adjoining parts added."""
    killed = from_update(sent, sentence_killed(quantities, sent))
    usable = [q for i, q in enumerate(killed)
              if not is_subset(text, q, after_toll=i > 0) and not is_context(q, sent.text, sent.start_char)]
    groups: list[list[Quantity]] = []
    for q in usable:
        if groups and _breakdown(text, groups[-1][-1], q):
            continue  # '11 people, seven in one village and four in the other'
        if groups and (_JOINER.match(text[groups[-1][-1].end:q.start]) or _conjoined(sent, groups[-1][-1], q)
                       or _also_dead(sent, q) or _died_later(sent, q)):
            groups[-1].append(q)
        else:
            groups.append([q])
    lo, hi = sent.start_char, sent.end_char
    others = [q for q in quantities if q.category == "other" and q.unit == "people" and lo <= q.start < hi
              and not is_subset(text, q, after_toll=True)]
    for group in groups:  # 'killing 7 fighters and losing 2 soldiers': a count the figures step left uncategorised
        group.extend(q for q in others if q.start >= group[-1].end and _JOINER.match(text[group[-1].end:q.start]))
        group[:0] = _listed_before(text, sent, others, group[0])
    return [_sum(text, _total_first(g)) for g in _sides_joined(sent, groups)]


def side_of(sent: Span, q: Quantity) -> str | None:
    """The side the figure's people belong to ('12 terrorists': armed), None for a noun of
    no side ('nine people', 'seven dead')."""
    head = _head(sent, q)
    if head is None:
        return None
    return _side_word(sent.doc[head])


def _side_word(tok: Token) -> str | None:
    """The side a figure's head names; 'dozens of assailants', '6 of the attackers': a count
    of a group names the group's side."""
    side = _SIDES.get(tok.lemma_.lower()) or _SIDES.get(tok.lower_)
    if side is None:
        group = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                      for g in c.children if g.dep_ == "pobj"), None)
        side = None if group is None else _SIDES.get(group.lemma_.lower()) or _SIDES.get(group.lower_)
    return side


def _sides_joined(sent: Span, groups: list[list[Quantity]]) -> list[list[Quantity]]:
    """'12 rebels were neutralised and two soldiers lost their lives': each side's dead, told
    one after the other with a verb of their own by the same teller (or by none), are parts of
    one toll; a figure of no side, or another teller's, stays apart (a rival estimate)."""
    out: list[list[Quantity]] = []
    for group in groups:
        if out and _other_side(sent, out[-1], group):
            out[-1] = out[-1] + group
        else:
            out.append(group)
    return out


def _other_side(sent: Span, before: list[Quantity], group: list[Quantity]) -> bool:
    sides = [side_of(sent, q) for q in before + group]
    if None in sides or len(set(sides)) < 2 or len(set(sides[:len(before)]) & set(sides[len(before):])) > 0:
        return False
    first, second = _verb_of(sent, before[-1]), _verb_of(sent, group[0])
    if first is None or second is None or first.i == second.i:
        return False
    return figure_source(sent, before[-1].start, before[-1].end) == figure_source(sent, group[0].start, group[0].end)


def source_of(sent: Span, toll: Toll) -> int | None:
    """The word that attributes the toll to its teller: the nearest verb of saying above it
    ('the army said 12', 'residents put the toll at 20'), a verb whose object is the toll noun
    ('the army gave a toll of five') or an 'according to' on its clause, within the toll's own
    part between semicolons (the parser may hang one part under the other)."""
    return figure_source(sent, toll.start, toll.end)


def figure_source(sent: Span, start: int, end: int) -> int | None:
    """``source_of`` for the figure between two offsets."""
    span = sent.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    lo, hi = semicolon_part(sent, span.root.i)
    for node in [span.root, *span.root.ancestors]:
        if not lo <= node.i < hi:
            continue
        if node.pos_ == "VERB" and node.lemma_.lower() in _SOURCES:
            return node.i
        if _gapped_teller(node, span.root):
            return node.i  # 'the UN put it at 41, local officials at least 25': the officials tell 25
        teller = _teller_after_comma(node)
        if teller is not None:
            return teller  # 'a group put the toll at 33, the police at 19': parsed as a second object
        if node.dep_ == "dobj" and node.lemma_.lower() in _TALLY and node.head.pos_ == "VERB":
            return node.head.i  # 'the army gave a toll of five', 'medics set the figure at 4'
        according = next((c for c in node.children if c.lower_ == "according"), None)
        if according is not None:
            return according.i
    return None


def _gapped_teller(node: Token, root: Token) -> bool:
    """A teller named with no verb of its own after a comma, hung by the parser on the verb of
    the first teller's figure: it tells the figure hung on it."""
    return (node.i != root.i and node.pos_ in {"NOUN", "PROPN"} and node.dep_ in {"npadvmod", "appos", "conj"}
            and node.head.pos_ == "VERB" and node.head.lemma_.lower() in _SOURCES and node.i < root.i)


def _teller_after_comma(prep: Token) -> int | None:
    """The noun the verb of telling takes after a comma, right before this 'at' of the verb: the
    second teller of a gapped clause, whose figure the parser hung on the first teller's verb."""
    verb = prep.head
    if prep.dep_ != "prep" or prep.lower_ != "at" or verb.pos_ != "VERB" or verb.lemma_.lower() not in _SOURCES:
        return None
    comma = next((t.i for t in reversed(verb.doc[verb.i + 1:prep.i]) if t.text == ","), None)
    nouns = [c for c in verb.children if comma is not None and comma < c.i < prep.i and c.pos_ in {"NOUN", "PROPN"}]
    return nouns[-1].i if nouns else None


def lowest_sourced(sent: Span, tolls: list[Toll]) -> Toll | None:
    """'Residents said at least 20 were killed; the army said 12': two or more tolls of one
    sentence, each told by its own teller, are tellings of one toll, and ACLED codes the lowest;
    None when they are not so attributed."""
    counted = [t for t in tolls if t.value or t.qualifier == "vague"]
    if len(counted) < 2:
        return None
    sources = [source_of(sent, t) for t in counted]
    if None in sources or len(set(sources)) < len(sources):
        return None
    over_claims = counted_over_claims(sent, counted)
    counted = [t for t in counted if t.value]
    if over_claims is not None or len(counted) < 2:
        return over_claims
    return _per_side(sent, counted) or min(counted, key=lambda t: t.value or 0)


def _per_side(sent: Span, tolls: list[Toll]) -> Toll | None:
    """'Residents said 20 villagers were killed, while the army said 12 bandits died': tellers'
    figures for different sides count different dead, so the lowest of each side is added; None
    unless every toll names a side and at least two sides are told."""
    by_side: dict[str, list[Toll]] = {}
    for toll in tolls:
        side = toll_side(sent, toll)
        if side is None or claimed_kill(sent, toll):
            return None
        by_side.setdefault(side, []).append(toll)
    if len(by_side) < 2:
        return None
    lows = sorted((min(g, key=lambda t: t.value or 0) for g in by_side.values()), key=lambda t: t.start)
    total = sum(t.value or 0 for t in lows)
    return Toll(total, lows[0].qualifier, lows[0].start, lows[-1].end, "; ".join(t.text for t in lows))


def toll_side(sent: Span, toll: Toll) -> str | None:
    span = sent.doc.char_span(toll.start, toll.end, alignment_mode="expand")
    if span is None:
        return None
    return _side_word(span.root)


def orphan_toll(text: str, quantities: list[Quantity], sent: Span, added: set[int]) -> Toll | None:
    """The toll of a sentence with no event of its own, its figures not yet given to an event:
    the lowest of its tellers' tolls, else its first toll."""
    found = [t for t in sentence_tolls(text, quantities, sent) if t.start not in added]
    return lowest_sourced(sent, found) or (found[0] if found else None)


def _listed_before(text: str, sent: Span, others: list[Quantity], first: Quantity) -> list[Quantity]:
    """'counted 14 soldiers and 6 rebels killed': people listed with 'and' before a killed figure,
    its noun joined to theirs, share its verb; the figures step read only the last as killed."""
    before = [q for q in others if q.end <= first.start and _JOINER.match(text[q.end:first.start])]
    return before[-1:] if before and _conjoined(sent, before[-1], first) else []


def _head(sent: Span, q: Quantity) -> int | None:
    span = sent.doc.char_span(q.start, q.end, alignment_mode="expand")
    return None if span is None else span.root.i


def _conjoined(sent: Span, before: Quantity, q: Quantity) -> bool:
    """'two members of the security forces and one gunman': the second figure's noun is joined by
    'and' to the first's, past the words that qualify the first, so both are parts of one toll."""
    first, second = _head(sent, before), _head(sent, q)
    if first is None or second is None or len(q.text.split()) < 2:  # 'nine in Idlib and four in Ariha'
        return False
    tok = sent.doc[second]
    return tok.dep_ == "conj" and tok.head.i == first


def _verb_of(sent: Span, q: Quantity) -> Token | None:
    """The verb whose clause tells the figure's dead."""
    head = _head(sent, q)
    if head is None:
        return None
    verb = sent.doc[head]
    own = next((c for c in verb.children if c.dep_ == "acl" and c.tag_ == "VBN"), None)
    if own is not None:
        return own  # 'and 3 soldiers martyred': a gapped clause's participle is its verb
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    return verb


def _also_dead(sent: Span, q: Quantity) -> bool:
    """'seven soldiers were killed and two rebels also died': dead marked 'also' after a toll
    in the same sentence are more of it."""
    verb = _verb_of(sent, q)
    return verb is not None and any(c.dep_ == "advmod" and c.lower_ in _ALSO for c in verb.children)


def _died_later(sent: Span, q: Quantity) -> bool:
    """'eight raiders were shot and three guards later succumbed to gunshot wounds': dead of the
    same event who die after it, told after its toll in the sentence, are more of that toll."""
    verb = _verb_of(sent, q)
    if verb is None or verb.lemma_.lower() not in _LATER:
        return False
    return any(c.lower_ == "later" for c in verb.children) or any(
        t.lower_ in _HARM for c in verb.children if c.dep_ == "prep" for t in c.subtree)


def _breakdown(text: str, before: Quantity, q: Quantity) -> bool:
    """A bare number right after a counted figure and a comma ('11 people, seven in ...') says
    where or who part of it were; real parts name their own people ('4 soldiers, 2 civilians')."""
    bare = len(q.text.split()) == 1
    return bare and text[before.end:q.start].strip() == "," and len(before.text.split()) > 1


def _total_first(parts: list[Quantity]) -> list[Quantity]:
    """'killing 11 people, seven in one village and four in the other': when the figures after
    the first add up to it, they break the total down and are not more dead."""
    rest = [q.value for q in parts[1:]]
    if len(rest) >= 2 and None not in rest and parts[0].value == sum(v for v in rest if v is not None):
        return parts[:1]
    return parts


def coded_value(q: Quantity) -> float | None:
    """ACLED codes the lowest figure of a range ('between 12 and 15', '7-9'): its low end."""
    return q.low if q.value is None and q.low is not None else q.value


def _sum(text: str, parts: list[Quantity]) -> Toll:
    """The parts added; in a toll of several parts a vague one counts at the codebook's value
    ('dozens of assailants were neutralised and six soldiers lost their lives': 12 + 6)."""
    values = [coded_value(q) for q in parts]
    if len(parts) > 1:
        values = [vague_value(q.text) if v is None and q.qualifier == "vague" else v for v, q in zip(values, parts)]
    total = None if any(v is None for v in values) else sum(v for v in values if v is not None)
    first, last = parts[0], parts[-1]
    qualifier = next((q.qualifier for q in parts if q.qualifier != "vague"), first.qualifier)
    return Toll(total, qualifier, first.start, last.end, text[first.start:last.end])


def per_place(text: str, tolls: list[Toll], places: list[Place]) -> list[tuple[Toll, Place]]:
    """'killed nine people in Idlib and four in Ariha': each toll with the place right after it;
    empty unless at least two tolls name two different places."""
    pairs = []
    for toll in tolls:
        after = [p for p in places if toll.end <= p.start <= toll.end + 40 and _PLACE_GAP.match(text[toll.end:p.start])]
        if after:
            pairs.append((toll, min(after, key=lambda p: p.start)))
    if len(pairs) < 2 or len({p.name for _, p in pairs}) < 2:
        return []
    return pairs
