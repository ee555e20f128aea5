"""Dead told after an event's toll that ACLED adds to it.

Notes and wires give a toll in parts across sentences ('killed 9 militants. Two soldiers also
died.') and name the attacker's own death apart ('The bomber also died.'); ACLED codes one toll,
the sum, with the attacker counted. Only marked parts are added ('also', 'as well', 'three
more'), and only to the violent event told just before in the same paragraph: an unmarked
figure may be another report of the same dead, and ACLED then keeps the lowest.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from eventcoder.extract.context import Context
from eventcoder.extract.events.fatalities import clause_verb
from eventcoder.extract.events.kinds import EXCESSIVE_FORCE, MOB_VIOLENCE, VIOLENT_DEMONSTRATION
from eventcoder.extract.events.merge import Mention, dates_compatible, places_compatible
from eventcoder.extract.events.tolls import sentence_killed
from eventcoder.extract.events.victims import conjuncts, list_count
from eventcoder.extract.figures.numbers import parse_number
from eventcoder.extract.lexicons import words
from eventcoder.extract.text import doc_forms, paragraph_at
from eventcoder.model import Fatalities, Quantity

_ALSO = words("toll_additions", "also")
_MORE = words("toll_additions", "more")
_APART = words("toll_additions", "apart")
_ATTACKER = words("toll_additions", "attacker")
_SELF = words("toll_additions", "self")
_SIDE = words("toll_additions", "side")
_BESIDES = words("toll_additions", "besides")
_INCLUDING = {"including", "among"}
_LATER = words("toll_additions", "later")
_HARMING = {EXCESSIVE_FORCE, MOB_VIOLENCE, VIOLENT_DEMONSTRATION}
"""Kinds beside the violent types whose victims may die later ('a student who was hit died')."""
_HARM = words("toll_additions", "harm")
_DIE = {"die", "perish"}
_KILL = {"kill"}


def _marked_also(verb: Token) -> bool:
    """'also died', 'were killed as well', 'died too'."""
    for child in verb.children:
        if child.dep_ != "advmod":
            continue
        if child.lower_ in _ALSO or (child.lower_ == "well" and any(c.lower_ == "as" for c in child.children)):
            return True
    return False


def _marked_more(span: Span) -> bool:
    """'three more soldiers', 'another two': but 'more than 10' is a qualifier, not an addition."""
    doc = span.doc
    for t in span:
        nxt = doc[t.i + 1].lower_ if t.i + 1 < len(doc) else ""
        if t.lower_ in _MORE and nxt != "than":
            return True
    return False


def other_side(span: Span) -> str | None:
    """'five of the attackers': a count taken out of the attacking side told before, whose
    dead are more of the toll, not the victims told again; the side's noun, else None."""
    for t in span:
        if t.lower_ == "of" and t.dep_ == "prep":
            for obj in (c for c in t.children if c.dep_ == "pobj"):
                if obj.lemma_.lower() in _SIDE and any(c.lower_ in {"the", "their"} for c in obj.children):
                    return obj.lemma_.lower()
    return None


def additive_killed(doc: Doc, quantities: list[Quantity], sent: Span) -> list[Quantity]:
    """Killed figures of the sentence marked as more of a toll told before."""
    out = []
    for q in sentence_killed(quantities, sent):
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is not None and (_marked_more(span) or _marked_also(clause_verb(span.root)) or other_side(span)):
            out.append(q)
    return out


def _counted_again(doc: Doc, part: Quantity, prior: list[Mention]) -> bool:
    """'Five of the militants' after a toll of militants may retell it: only a side the
    earlier toll did not count is added."""
    span = doc.char_span(part.start, part.end, alignment_mode="expand")
    side = other_side(span) if span is not None else None
    if side is None or (span is not None and (_marked_more(span) or _marked_also(clause_verb(span.root)))):
        return False
    return any(side in (m.fatalities.text or "").lower() for m in prior if m.fatalities is not None)


def attacker_died(sent: Span) -> str | None:
    """'The bomber also died', 'the attacker was killed', 'killing 4 people and himself': the
    words naming the dead attacker."""
    forms = doc_forms(sent.doc)
    for i in range(sent.start, sent.end):
        if forms.lower[i] not in _SELF and forms.lemma[i] not in _ATTACKER:
            continue
        t = sent.doc[i]
        if t.lower_ in _SELF and t.dep_ in {"conj", "dobj"} and clause_verb(t).lemma_.lower() in _KILL:
            return t.text
        if _blew_up(t) and not _includes_attacker(sent):
            return sent.doc[t.head.i:t.i + 1].text
        if t.dep_ == "pobj" and _besides(t.head) and t.lemma_.lower() in _ATTACKER:
            return sent.doc[t.head.i:t.i + 1].text
        if t.lemma_.lower() not in _ATTACKER or not any(c.lower_ == "the" for c in t.children):
            continue
        if any(c.dep_ == "conj" for c in t.children):
            continue  # 'The bomber and four traders died': a toll told again, the bomber in it
        one = t.head.head if t.dep_ == "pobj" and t.head.lower_ == "of" else None
        dead = one if one is not None and one.lower_ == "one" else t  # 'One of the attackers was killed'
        if dead is t and t.tag_ != "NN":
            continue
        verb = dead.head
        if (dead.dep_ == "nsubj" and verb.lemma_.lower() in _DIE) or (
                dead.dep_ == "nsubjpass" and verb.lemma_.lower() in _KILL):
            return sent.doc[dead.left_edge.i:t.i + 1].text
    return None


def _besides(prep: Token) -> bool:
    """'besides the bomber', 'excluding the gunman', 'in addition to the attacker': a word
    that leaves the attacker out of the toll told beside it."""
    return prep.lower_ in _BESIDES or (prep.lower_ == "to" and prep.head.lower_ == "addition")


def _blew_up(t: Token) -> bool:
    """'a bomber blew himself up': the attacker died in his own blast."""
    verb = t.head
    return t.lower_ in _SELF and t.dep_ == "dobj" and verb.lemma_.lower() == "blow" and any(
        c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)


def _includes_attacker(sent: Span) -> bool:
    """'killing 8 people including the bomber': the toll already counts him."""
    return any(t.lower_ in _INCLUDING and any(c.lemma_.lower() in _ATTACKER or c.lower_ in _SELF for c in t.children)
               for t in sent)


def listed_attacker(sent: Span) -> tuple[float, str] | None:
    """'The bomber and four traders died', 'both gunmen and two guards were killed': the attackers
    listed with the other dead tell the whole toll again, the attackers counted; total and words."""
    lemmas = doc_forms(sent.doc).lemma  # a Token only for the few attacker words
    for t in (sent.doc[i] for i in range(sent.start, sent.end) if lemmas[i] in _ATTACKER):
        if t.dep_ not in {"nsubj", "nsubjpass"} or t.tag_ not in {"NN", "NNS"}:
            continue
        verb = t.head.lemma_.lower()
        if verb in _DIE or (t.dep_ == "nsubjpass" and verb in _KILL):
            found = list_count(t)
            if found is not None and len(conjuncts(t)) > 1:
                return found[0], found[1].text
    return None


def _counts_attacker(toll: Fatalities | None) -> bool:
    """A toll already added the attacker ('8 guests; blew himself'): 'the bomber also died' told
    after it is the same death."""
    words_ = (toll.text or "").lower().replace(";", " ").split() if toll is not None else []
    return any(w in _SELF or w.rstrip("s") in _ATTACKER for w in words_[1:])


def later_death(sent: Span) -> tuple[float, str] | None:
    """'A fifth passenger died in hospital', 'he succumbed to his wounds': a victim of the event
    told before who died later, with no figure of its own; its count and words."""
    lemmas = doc_forms(sent.doc).lemma  # a Token only for the few verbs of dying later
    for verb in (sent.doc[i] for i in range(sent.start, sent.end) if lemmas[i] in _LATER):
        if verb.pos_ != "VERB" or not any(
                t.lower_ in _HARM for c in verb.children if c.dep_ in {"prep", "advcl", "npadvmod"} for t in c.subtree):
            continue
        subject = _dier(verb)
        if subject is None or (parse_number(subject.text) is not None and not _one_of(subject)) or any(
                c.dep_ == "nummod" for c in subject.children):
            continue  # 'two of the wounded died': a figure the figures step reads
        if subject.lower_ in {"he", "she"}:
            return 1.0, subject.text
        if _one_of(subject):  # 'one of the guards shot died in hospital': one person, no figure read
            return 1.0, sent.doc[subject.i:subject.right_edge.i + 1].text
        found = list_count(subject)
        if found is not None and found[0]:
            return found[0], found[1].text
        if _one_dead(subject):
            return 1.0, sent.doc[subject.left_edge.i:subject.i + 1].text
    return None


def _dier(verb: Token) -> Token | None:
    """Who died: the verb's subject, or for a dying verb joined by 'and' with no subject of its
    own, its head's ('a woman pulled from the rubble died in hospital', the parser reading
    'pulled' as the main verb; 'a guard was shot and died of his wounds')."""
    own = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if own is not None or verb.dep_ != "conj":
        return own
    return next((c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)


def _one_of(subject: Token) -> bool:
    """'One of the men beaten', 'one of the wounded': one person taken out of those told before;
    the figures step leaves 'one of' uncounted, so the later death is read here."""
    return subject.lower_ == "one" and any(c.dep_ == "prep" and c.lower_ == "of" for c in subject.children)


def _one_dead(subject: Token) -> bool:
    """'A caretaker trapped inside died of burns', 'a third died in hospital': whatever one thing
    is said to die of its wounds is one person, whatever the noun ('a watchman', 'the marcher')."""
    if subject.tag_ not in {"NN", "JJ"} or any(c.dep_ == "conj" for c in subject.children):
        return False
    return any((c.dep_ == "det" and c.lower_ in {"a", "an", "the", "one"}) or c.dep_ == "poss" for c in subject.children)


def with_attacker_beside(toll: Fatalities, sent: Span) -> Fatalities:
    """'Officials said five guards died besides the attacker': a loose toll whose own sentence
    tells the attacker's death apart from it is one more; a toll that counts him already
    ('including the bomber', '... and himself') is kept as it is."""
    died = attacker_died(sent)
    if died is None or not toll.value or _counts_attacker(toll) or died in (toll.text or ""):
        return toll
    return _plus(toll, 1, died)


def later_beside_toll(quantities: list[Quantity], sent: Span) -> tuple[float, str] | None:
    """'Two were killed and a third died in hospital', '...; a woman pulled from the rubble died
    the next day': a later death told in the toll's own sentence, its words outside every killed
    figure, is one more of that toll."""
    killed = sentence_killed(quantities, sent)
    late = later_death(sent) if killed else None
    if late is None:
        return None
    at = sent.text.find(late[1]) + sent.start_char
    return None if any(q.start <= at < q.end for q in killed) else late


def with_later_beside(toll: Fatalities, quantities: list[Quantity], sent: Span) -> Fatalities:
    """The toll plus a later death told beside it in its sentence."""
    late = later_beside_toll(quantities, sent)
    return _plus(toll, late[0], late[1]) if late is not None and toll.value else toll


def _add_later_death(ctx: Context, paragraphs: list[tuple[int, int]], sent: Span,
                     mentions: list[Mention], violent: set[str]) -> bool:
    """Add a later death to the violent event told just before in the paragraph; the sentence's
    own mentions, the same event told again, are dropped. True when added."""
    late = later_death(sent)
    para = paragraph_at(paragraphs, sent.start_char)
    before = [m for m in mentions if para[0] <= m.sent_start and m.sent_end <= sent.start_char
              and (m.type in violent or (m.type, m.sub_type) in _HARMING)]
    if late is None or not before:
        return False
    last = max(m.sent_start for m in before)
    for m in (m for m in before if m.sent_start == last):
        m.fatalities = _plus(m.fatalities, late[0], late[1]) if m.fatalities is not None and m.fatalities.value \
            else Fatalities(value=late[0], qualifier="exact", text=late[1])
    mentions[:] = [m for m in mentions if m.sent_start != sent.start_char]
    return True


def _plus(toll: Fatalities, value: float, text: str) -> Fatalities:
    return Fatalities(value=(toll.value or 0) + value, qualifier=toll.qualifier,
                      text=f"{toll.text}; {text}" if toll.text else text)


def _toll_starts(quantities: list[Quantity], m: Mention) -> set[int]:
    """Starts of the killed figures of the mention's sentence that its toll is made of."""
    text = m.fatalities.text if m.fatalities is not None else None
    return {q.start for q in quantities if q.category == "killed" and m.sent_start <= q.start < m.sent_end
            and text and q.text in text}


def _prior(mentions: list[Mention], sent: Span, para: tuple[int, int], violent: set[str]) -> list[Mention]:
    """The mentions of the closest earlier sentence of the paragraph that carry a numeric toll."""
    before = [m for m in mentions if para[0] <= m.sent_start and m.sent_end <= sent.start_char
              and m.type in violent and m.fatalities is not None and m.fatalities.value]
    if not before:
        return []
    last = max(m.sent_start for m in before)
    return [m for m in before if m.sent_start == last]


def _previous(paragraphs: list[tuple[int, int]], at: int) -> tuple[int, int]:
    """The paragraph before the one holding ``at`` through the end of this one: an attacker's
    death is often told in the paragraph after the toll of his attack."""
    para = paragraph_at(paragraphs, at)
    before = [p for p in paragraphs if p[1] <= para[0]]
    return (before[-1][0], para[1]) if before else para


def _continues(ctx: Context, m: Mention, prior: Mention) -> bool:
    """'Gunmen also killed 3 in Bama': an event of its own kind, place or day is not a part;
    'died in the fighting' retells the event told before (a definite, undated trigger)."""
    if m.bare_toll or m.anaphoric:
        return True
    cfg = ctx.config.events
    return (m.type, m.sub_type) == (prior.type, prior.sub_type) and dates_compatible(
        m, prior, ctx.anchor, cfg.merge_days) and places_compatible(m.location, prior.location, cfg.merge_km)


def add_followup_tolls(ctx: Context, paragraphs: list[tuple[int, int]], sentences: list[Span],
                       mentions: list[Mention], violent: set[str]) -> set[int]:
    """Add marked parts and the attacker's death to the toll they continue; the starts of the
    figures so added, and of those already in a toll, are returned, so that no other event
    takes them again (a toll folded into the event before is no orphan)."""
    used: set[int] = set()
    for m in mentions:
        used |= _toll_starts(ctx.quantities, m)
    for sent in sentences:
        if not _APART.isdisjoint(doc_forms(sent.doc).lower[sent.start:sent.end]):
            continue
        whole = listed_attacker(sent)
        prior = _prior(mentions, sent, paragraph_at(paragraphs, sent.start_char), violent) if whole else []
        if whole and prior and all(_continues(ctx, m, prior[0]) for m in mentions if m.sent_start == sent.start_char):
            for m in prior:
                m.fatalities = Fatalities(value=whole[0], qualifier="exact", text=whole[1])
            used |= {q.start for q in sentence_killed(ctx.quantities, sent)}
            continue
        parts = additive_killed(ctx.doc, ctx.quantities, sent)
        if not sentence_killed(ctx.quantities, sent) and _add_later_death(ctx, paragraphs, sent, mentions, violent):
            continue
        if any(q.value is None for q in parts):
            continue
        own = [m for m in mentions if m.sent_start == sent.start_char]
        late = later_beside_toll(ctx.quantities, sent)
        for m in (m for m in own if late and m.fatalities is not None and m.fatalities.value):
            m.fatalities = _plus(m.fatalities, late[0], late[1])  # type: ignore[arg-type,index]
        died = attacker_died(sent)
        for m in own:  # 'The bomber was also killed': the attacker read as the sentence's own toll
            if died and m.fatalities is not None and m.fatalities.text and m.fatalities.text in died:
                m.fatalities = None
        base = [m for m in own if m.type in violent and m.fatalities is not None and m.fatalities.value
                and m.fatalities.text not in {q.text for q in parts}]
        texts = [q.text for q in parts] + ([died] if died else [])
        value = sum(q.value or 0 for q in parts) + (1 if died else 0)
        if not value:
            continue
        if base:  # 'killing 5 worshippers and himself': more of the sentence's own toll
            for m in base:
                extra = [q for q in parts if q.text not in (m.fatalities.text or "")]  # type: ignore[union-attr]
                if not extra and not died:
                    continue
                m.fatalities = _plus(m.fatalities, sum(q.value or 0 for q in extra) + (1 if died else 0),  # type: ignore[arg-type]
                                     "; ".join([q.text for q in extra] + ([died] if died else [])))
            used |= {q.start for q in parts}
            continue
        prior = _prior(mentions, sent, paragraph_at(paragraphs, sent.start_char), violent)
        if not prior and died and not parts:  # 'The bomber also died.' opening the next paragraph
            prior = _prior(mentions, sent, _previous(paragraphs, sent.start_char), violent)
        if not prior or not all(_continues(ctx, m, prior[0]) for m in own):
            continue
        if any(_counted_again(ctx.doc, q, prior) for q in parts) or (died and not parts and any(
                _counts_attacker(m.fatalities) for m in prior)):
            continue
        for m in prior:
            used |= _toll_starts(ctx.quantities, m)  # the summed toll is no orphan left for another event
            m.fatalities = _plus(m.fatalities, value, "; ".join(texts))  # type: ignore[arg-type]
        told = {id(m) for m in own}  # 'Two of the attackers were killed when police returned fire': the
        mentions[:] = [m for m in mentions if id(m) not in told]  # event before, told again (ACLED: one event)
        used |= {q.start for q in parts}
    return used

