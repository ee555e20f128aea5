"""An event's toll read from its sentence: the figures step's killed figures as ``tolls``
adds them, with the people a list names beside a figure, or the counted victims of a killing
verb when no figure was found.

ACLED codes one toll per event: 'leaving three soldiers and five militants dead' is 8, 'a
farmer and his teenage son were shot dead' is 2, 'two rebels and a soldier' is 3.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from eventcoder.extract.context import Context
from eventcoder.extract.events.claims import vague_value
from eventcoder.extract.events.deaths import figure_scope
from eventcoder.extract.events.misparsed_victims import (
    bare_one,
    dead_after,
    headline_passive,
    hung_elsewhere,
    misread_object,
    participle_subject,
)
from eventcoder.extract.events.tolls import Toll, lowest_sourced, sentence_killed, sentence_tolls, unfigured
from eventcoder.extract.events.victims import counted, extra_people, found_body, list_count
from eventcoder.extract.figures import lexicon as figlex
from eventcoder.extract.lexicons import lexicon, words
from eventcoder.model import Fatalities, Quantity

if TYPE_CHECKING:
    from eventcoder.extract.events.merge import Mention

_KILLING_VERBS = lexicon("killing_verbs").labels()
"""'kills': the verb kills by itself; 'with_death': only with 'dead' / 'to death' ('shot dead')."""
_UNREAL_AUX = words("modality_cues", "unreal_aux")
_WHEN = {"when", "after", "while"}
_CONCESSIVE = {"despite", "notwithstanding"}
_EVERYONE = words("people_nouns", "everyone")
_CONTROL = words("control_verbs")
_TIME_MARKERS = {"after", "before", "upon", "following"}
_EARLIER = {"after", "following", "since"}
_BEFORE_NEWS = words("toll_scope_cues", "earlier")
_CUSTODY = {"custody", "detention"}
def clause_verb(token: Token) -> Token:
    """The verb (or root) whose clause holds the token."""
    node = token
    for _ in range(8):
        if node.pos_ in {"VERB", "AUX"} or node.head.i == node.i:
            return node
        node = node.head
    return node


def event_fatalities(ctx: Context, sent: Span, trigger: Token) -> Fatalities | None:
    """The toll in the trigger's sentence (``tolls``: parts added, subsets and running totals
    left out), preferring its own clause; when the figures extractor found no killed figure,
    the victims of a killing verb read from the parse."""
    if _told_before_news(sent, trigger):
        return None
    if not sentence_killed(ctx.quantities, sent):
        body = found_body(sent)
        return _parsed_fatalities(sent, trigger) or (Fatalities(value=body[0], qualifier="exact", text=body[1]) if body else None)
    found = [t for t in sentence_tolls(ctx.text, ctx.quantities, sent) if not _dated_other_event(sent, t, trigger)
             and figure_scope(sent, t.start, t.end, trigger) == "event" and not unfigured(sent, t)]
    if not found:
        return None
    clause = clause_verb(trigger)
    lo, hi = clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge)
    found.sort(key=lambda t: (not (lo <= t.start < hi), abs(t.start - trigger.idx)))
    if not lo <= found[0].start < hi and _capture_before_deed(clause):
        return None
    chosen = lowest_sourced(sent, found) or found[0]
    return _with_vague_side(sent, coded_vague(_with_listed(ctx.text, sent, chosen, ctx.quantities)), ctx.quantities)


def _with_vague_side(sent: Span, toll: Fatalities, quantities: list[Quantity]) -> Fatalities:
    """'three policemen died and several attackers were killed': the other side's dead, counted
    by a vague word in a killing clause joined to the toll's, are more of the toll at the
    codebook's value (the figures step keeps no figure for them)."""
    if not toll.value or not toll.text or (at := sent.text.find(toll.text)) < 0:
        return toll
    span = sent.doc.char_span(sent.start_char + at, sent.start_char + at + len(toll.text), alignment_mode="expand")
    verb = span.root.head if span is not None else None
    if verb is None or verb.pos_ not in {"VERB", "AUX"}:
        return toll
    covered = {i for q in quantities for i in range(q.start, q.end)}
    for other in (c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"):
        roles = victim_roles(other) & {"nsubj", "nsubjpass"}
        victim = next((c for c in other.children if c.dep_ in roles and c.idx not in covered), None)
        vague = vague_victims(victim) if victim is not None and people_counted(victim) else None
        if vague is not None and vague.value:
            return Fatalities(value=toll.value + vague.value, qualifier=toll.qualifier, text=f"{toll.text}; {vague.text}")
    return toll


def _told_before_news(sent: Span, trigger: Token) -> bool:
    """'Rebels had seized the town earlier in the month in fighting that killed 30': a deed told
    after the news in the past perfect with a word placing it earlier is background, and its dead
    are not the news event's (ACLED codes the recapture, not the earlier fall)."""
    verb = clause_verb(trigger)
    if sent.start == 0 or verb.tag_ != "VBN" or not any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children):
        return False
    return any(c.dep_ in {"advmod", "npadvmod", "prep"} and any(
        t.lower_ in _BEFORE_NEWS and (t.lower_ != "before" or t.pos_ == "ADV") for t in c.subtree) for c in verb.children)


def _dated_other_event(sent: Span, toll: Toll, trigger: Token) -> bool:
    """'arrested 14 suspects over an attack on 15 March in which 6 workers were killed', 'marched
    over the October 2024 floods, which killed 220': a toll told in a clause of another event's
    noun that carries its own date belongs to that earlier event, not to the trigger's."""
    span = sent.doc.char_span(toll.start, toll.end, alignment_mode="expand")
    if span is None:
        return False
    for node in [span.root, *span.root.ancestors]:
        if node.dep_ in {"relcl", "acl"}:
            noun = node.head
        elif node.dep_ == "pobj" and node.head.lower_ == "of":
            noun = node.head.head
        else:
            continue
        clause = {t.i for t in node.subtree}
        if noun.ent_type_ == "DATE" and noun.head.dep_ == "prep":  # 'an attack on 15 March in which ...'
            noun = noun.head.head
            clause = set()
        if noun.pos_ != "NOUN" or noun.i == trigger.i or any(t.i == trigger.i for t in noun.subtree):
            continue
        if any(t.ent_type_ in {"DATE", "TIME"} and t.i not in clause for t in noun.subtree) or _earlier_noun(noun):
            return True
    return False


def _earlier_noun(noun: Token) -> bool:
    """'looted the town a day after an attack in which 30 were killed': an event noun told as the
    time of the trigger's deed ('after', 'following', 'since') happened before it."""
    return noun.dep_ == "pobj" and noun.head.lower_ in _EARLIER


def _capture_before_deed(clause: Token) -> bool:
    """'executed dozens of men after retaking the town': a capture told as the time of another
    deed ('after', 'before', 'upon') does not carry that deed's toll (ACLED codes the killing apart)."""
    if clause.lemma_.lower() not in _CONTROL or clause.dep_ not in {"pcomp", "advcl"}:
        return False
    marker = clause.head if clause.dep_ == "pcomp" else next((c for c in clause.children if c.dep_ == "mark"), None)
    deed = marker.head if marker is not None and clause.dep_ == "pcomp" else clause.head
    if deed.lemma_.lower() in _CONTROL:
        return False  # 'held the town for hours after overrunning the garrison': one capture, its toll
    return marker is not None and marker.lower_ in _TIME_MARKERS


def coded_vague(toll: Fatalities) -> Fatalities:
    """A vague toll ('dozens of people') with the value ACLED's codebook records for its word;
    a toll with a figure, or with no word the codebook values, is kept as it is."""
    if toll.value is not None or toll.qualifier != "vague" or not toll.text:
        return toll
    value = vague_value(toll.text)
    return toll if value is None else Fatalities(value=value, qualifier="vague", text=toll.text)


def _with_listed(text: str, sent: Span, toll: Toll, quantities: list[Quantity]) -> Fatalities:
    """The toll plus the uncounted people its last figure is listed with ('two rebels and a
    soldier were killed': 3)."""
    span = sent.doc.char_span(toll.start, toll.end, alignment_mode="expand")
    if span is None or toll.value is None:
        return toll.as_fatalities()
    covered = {t.i for q in quantities if sent.start_char <= q.start < sent.end_char
               for t in (sent.doc.char_span(q.start, q.end, alignment_mode="expand") or [])}
    more, people = extra_people(span.root, covered)
    if not more:
        return toll.as_fatalities()
    end = max(t.right_edge.i if t.right_edge.i - t.i < 4 else t.i for t in people)
    last = sent.doc[end]
    start = min([toll.start] + [sent.doc[t.left_edge.i].idx for t in people if t.i < span.start])
    return Fatalities(value=toll.value + more, qualifier=toll.qualifier, text=text[start:max(toll.end, last.idx + len(last))])


def _kills(verb: Token) -> bool:
    """A real (not planned, negated or threatened) killing verb."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB":
        return False
    if _KILLING_VERBS.get(lemma) != "kills":
        if _KILLING_VERBS.get(lemma) != "with_death":
            return False
        dead = any(_KILLING_VERBS.get(c.lower_) == "clue" for c in [*verb.children, *dead_after(verb)]) or any(
            c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ == "death" for g in c.children)
            for c in verb.children)
        if not dead:
            return False
    if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in _UNREAL_AUX | {"to"}) for c in verb.children):
        return False
    return verb.dep_ not in {"xcomp", "amod"}


def _same_clause(verb: Token, trigger: Token) -> bool:
    """The killing verb tells the trigger's event: it is the trigger's clause verb, under it
    without a subject of its own ('bombed a school, killing 19'), or the clause a 'when' clause of the trigger hangs from
    ('a farmer was shot dead when gunmen stormed ...'); not a verb whose aside only mentions
    the trigger ('kills 19 as fighting flares')."""
    if trigger.head.lower_ in _CONCESSIVE:  # 'kills two despite truce': the truce has no dead
        return False
    own = trigger.head if trigger.dep_ in {"nsubj", "nsubjpass"} else clause_verb(trigger)  # 'strike kills 4'
    if own.i == verb.i:
        return True
    own_subject = any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
    if any(a.i == own.i for a in verb.ancestors):  # 'killing 19', not 'as gunmen kill 11'
        return not own_subject or (verb.dep_ == "conj" and _result_passive(verb))
    if _participle_of_clause(verb, trigger) or _joined_deed(verb, own):
        return True
    if own.head.i == verb.i and own.dep_ in {"ccomp", "parataxis"} and _result_passive(verb):
        return True  # 'shelled the city; a woman was killed', the deed parsed under the killing
    if own.head.i == verb.i and own.dep_ == "advcl" and _forestalled(own):
        return True
    return own.head.i == verb.i and own.dep_ == "advcl" and any(
        c.dep_ == "advmod" and c.lower_ in _WHEN for c in own.children)


def _forestalled(deed: Token) -> bool:
    """'guards shot dead a bomber before he could detonate his vest': a deed told as what the
    killing stopped ('before' with 'could') never happened; the killing is the event ACLED codes
    (a disrupted attack) and its dead are the event's."""
    return any(c.dep_ == "mark" and c.lower_ == "before" for c in deed.children) and any(
        c.dep_ == "aux" and c.lower_ in {"could", "can"} for c in deed.children)


def _result_passive(verb: Token) -> bool:
    """'shelled the city; a woman was killed': a passive killing joined to the deed, its victim
    as subject and no doer of its own ('by ...'), tells the deed's toll."""
    return any(c.dep_ == "nsubjpass" for c in verb.children) and not any(c.dep_ == "agent" for c in verb.children)


def _participle_of_clause(verb: Token, trigger: Token) -> bool:
    """'police fired at students protesting in Kisumu, killing a teenager': a subjectless
    '-ing' verb tells what the whole clause it hangs from did, the trigger anywhere in it."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return False
    head = verb.head
    return head.i != verb.i and any(t.i == trigger.i for t in head.subtree) and not any(
        t.i == trigger.i for t in verb.subtree)


def _joined_deed(verb: Token, own: Token) -> bool:
    """'gunmen shot dead a village head and abducted his wife': a deed joined by 'and' to the
    killing, with no subject of its own, is the same raid (ACLED codes one event with its toll)."""
    return own.dep_ == "conj" and own.head.i == verb.i and not any(
        c.dep_ in {"nsubj", "nsubjpass"} for c in own.children)


def _parsed_fatalities(sent: Span, trigger: Token) -> Fatalities | None:
    """The victims of a killing verb of the trigger's clause ('killing 11 bandits', 'a soldier
    was shot dead', 'a farmer and his son were shot dead', 'neutralising several gunmen'), or
    the people a dying verb says died ('a soldier died', 'dozens of guards lost their lives')."""
    for verb, roles in _death_verbs(sent):
        if not (_same_clause(verb, trigger) or _inside_victim(verb, trigger) or _event_relative(verb, trigger)
                             or _custody_death(verb, roles, trigger)):
            continue
        for victim in _victims(verb, roles, trigger):
            found = list_count(victim, killed="nsubj" not in roles)
            if not found and victim in headline_passive(verb, trigger) and bare_one(victim, figlex.PEOPLE_NOUNS):
                found = (1.0, sent.doc[victim.left_edge.i:victim.i + 1])
            if found and found[0]:
                return _with_stray_conjuncts(verb, victim, found[0], found[1])
            vague = vague_victims(victim) if "nsubj" not in roles or people_counted(victim) else None
            if vague is not None:
                return vague
    return None


def _death_verbs(sent: Span) -> list[tuple[Token, set[str]]]:
    """The sentence's death verbs with where they hold their dead, read once per sentence: every
    trigger of the sentence asks (``doc.user_data``)."""
    memo: dict[tuple[int, int], list[tuple[Token, set[str]]]] = sent.doc.user_data.setdefault(_DEATH_VERBS, {})
    key = (sent.start, sent.end)
    if key not in memo:
        memo[key] = [(verb, roles) for verb in sent if (roles := victim_roles(verb))]
    return memo[key]


_DEATH_VERBS = "eventcoder.death_verbs"


def _victims(verb: Token, roles: set[str], trigger: Token) -> list[Token]:
    """The words that name a death verb's victims, those the parser hung elsewhere too."""
    own = [c for c in verb.children if c.dep_ in roles or misread_object(verb, c)]
    if "nsubj" in roles:
        return own
    return [*own, *hung_elsewhere(verb), *participle_subject(verb), *headline_passive(verb, trigger)]


def _custody_death(verb: Token, roles: set[str], trigger: Token) -> bool:
    """'a detainee died in custody; his family saw marks of torture': a death in custody is the
    event the sentence tells (ACLED codes it as an attack on the detainee), whichever word of the
    sentence the event was found by; not when told as the cause of the trigger's deed ('youths
    burned a police station after a suspect died in custody')."""
    if any(a.i == trigger.i for a in verb.ancestors):
        return False
    return "nsubj" in roles and any(c.dep_ == "prep" and c.lower_ in {"in", "under"} and any(
        g.lower_ in _CUSTODY for g in c.children) for c in verb.children)


def victim_roles(verb: Token) -> set[str]:
    """Where a real death verb holds its dead: the object of a killing verb (the killing verbs
    and the figures step's verbs of killing, 'neutralised'), the subject of a dying verb ('died',
    'perished', 'lost their lives'); empty for any other verb."""
    if _kills(verb):
        return {"dobj", "obj", "nsubjpass"}
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma in figlex.NEEDS_CLUE or verb.dep_ in {"xcomp", "amod"} or any(
            c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in _UNREAL_AUX | {"to"}) for c in verb.children):
        return set()
    if figlex.SUBJECT_VERBS.get(lemma) == "killed" or (lemma in figlex.LIFE_VERBS and any(
            c.dep_ == "dobj" and c.lower_ in figlex.LIFE_WORDS for c in verb.children)):
        return {"nsubj"}  # 'lost their lives': the subject died, whatever 'lose' does elsewhere
    return {"dobj", "obj", "nsubjpass"} if figlex.VICTIM_VERBS.get(lemma) == "killed" else set()


def people_counted(noun: Token) -> bool:
    """'several soldiers', 'a number of guards': the vague count is of people, not of towns."""
    heads = [noun] + [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    return any(h.lemma_.lower() in figlex.PEOPLE_NOUNS or h.lower_ in figlex.PEOPLE_NOUNS for h in heads)


def _event_relative(verb: Token, trigger: Token) -> bool:
    """'ambushed a patrol, an attack in which a soldier died': a clause telling what happened in
    ('in which', 'during which', 'where') a noun set beside the trigger's clause tells its dead."""
    if verb.dep_ != "relcl" or verb.head.pos_ != "NOUN":
        return False
    within = any(c.dep_ == "prep" and any(g.lower_ == "which" for g in c.children) for c in verb.children) or any(
        c.dep_ == "advmod" and c.lower_ == "where" for c in verb.children)
    own = clause_verb(trigger)
    return within and any(a.i == own.i for a in verb.head.ancestors)


def _inside_victim(verb: Token, trigger: Token) -> bool:
    """'the body of a councillor abducted on 5 March was found': the deed told inside the
    victim's phrase is the one that killed him."""
    return any(any(t.i == trigger.i for t in c.subtree) for c in verb.children if c.dep_ in {"nsubjpass", "dobj"})


def _with_stray_conjuncts(verb: Token, victim: Token, value: float, words_: Span) -> Fatalities:
    """'killed a herder and his son': when the parse hangs the second person on the verb, the
    people joined after the object are still its victims (one each, or their figure)."""
    if victim.dep_ != "dobj":
        return Fatalities(value=value, qualifier="exact", text=words_.text)
    stray = [c for c in verb.children if c.dep_ == "conj" and c.i > victim.i and c.pos_ in {"NOUN", "PROPN"}
             and counted(c) is not None]
    if not stray:
        return Fatalities(value=value, qualifier="exact", text=words_.text)
    end = max(c.i for c in stray)
    return Fatalities(value=value + sum(counted(c) or 0 for c in stray), qualifier="exact",
                      text=verb.doc[words_.start:end + 1].text)


def vague_victims(victim: Token) -> Fatalities | None:
    """'killing several farmers', 'left a number of fighters dead': victims counted by a vague
    word, coded with the codebook's value for it."""
    words = victim.doc[victim.left_edge.i:victim.i + 1]
    if victim.lower_ == "number":  # 'a number of fighters': the people are the object of 'of'
        people = [g for c in victim.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
        words = victim.doc[victim.left_edge.i:people[0].i + 1] if people else words
    value = vague_value(words.text)
    return None if value is None else Fatalities(value=value, qualifier="vague", text=words.text)


def cluster_toll(mentions: list[Mention]) -> Fatalities | None:
    """An event's toll from its tellings: the last update a tally rose to ('the toll has risen
    to 19'), ACLED coding the latest toll of the event; else the lowest credible one."""
    updates = [m for m in mentions if m.revised_toll and m.fatalities is not None]
    if updates:
        return max(updates, key=lambda m: m.start).fatalities
    return lowest_toll([m.fatalities for m in mentions if m.fatalities is not None])


def lowest_toll(tolls: list[Fatalities]) -> Fatalities | None:
    """ACLED is conservative: when the tellings of one event differ, the lowest credible toll;
    a figure outranks the codebook's value for a vague word ('82 killed' over 'dozens')."""
    counted = [f for f in tolls if f.value and f.qualifier != "vague"] or [f for f in tolls if f.value]
    if not counted:
        return tolls[0] if tolls else None
    everyone = [f for f in counted if _counts_everyone(f)]
    sides = [f for f in counted if not _counts_everyone(f)]
    if everyone and sides and min(f.value or 0 for f in everyone) > max(f.value or 0 for f in sides):
        counted = everyone  # 'Nine people were killed' and 'eight gang members had been killed': a part
    return min(counted, key=lambda f: f.value or 0)


def _counts_everyone(toll: Fatalities) -> bool:
    """'Nine', 'nine people': a toll of all the dead, not of one side's men ('eight gang members')."""
    first = (toll.text or "").lower().replace(",", " ").split(";")[0].split()
    return len(first) == 1 or any(w in _EVERYONE for w in first[1:3])
