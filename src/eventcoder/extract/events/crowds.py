"""Violence done by a crowd ('a crowd hurled bricks at a mosque', 'rioters torched cars') is a
riot, whatever the act's own word would make it (looting, an attack): its trigger is the act,
typed as ACLED types a demonstration turned violent. People who gather, move or block a place
in order to press a demand ('gathered ... to demand', 'blocked the road, demanding ...'), or
block a road or bridge, hold a demonstration though no protest word is written."""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventcoder.extract.events.kind_rules import armed_crowd
from eventcoder.extract.events.kinds import PEACEFUL_PROTEST, VIOLENT_DEMONSTRATION
from eventcoder.extract.events.roles import roles
from eventcoder.extract.events.sentence_rules import crowd_word
from eventcoder.extract.events.triggers import TriggerDef, TriggerHit
from eventcoder.extract.lexicons import words
from eventcoder.extract.text import doc_forms

_CROWD_VIOLENCE = words("riot_actions", "crowd_violence")
_CROWD_RIOT = TriggerDef(*VIOLENT_DEMONSTRATION, cameo="145", plover="PROTEST", plover_mode="riot")
_GATHERING = words("protest_purpose", "gathering")
_PURPOSE = words("protest_purpose", "purpose")
_BLOCKING = words("protest_purpose", "blocking")
_WAYS = words("protest_purpose", "way")
_FORCES = words("security_forces")
_RIOTING = words("riot_actions", "protester_act")
_FORCED_ENTRY = words("riot_actions", "forced_entry")
_OUTBURSTS = words("riot_actions", "outburst")
_ARMED_MOVERS = words("armed_movers")
_PURPOSE_PROTEST = TriggerDef(*PEACEFUL_PROTEST, resolve="protest", cameo="141", plover="PROTEST",
                              plover_mode="demonstrate")


def crowd_hits(sent: Span) -> list[TriggerHit]:
    """'A crowd hurled bricks at a mosque': violence whose agent is a crowd is a riot."""
    hits = []
    lemmas = doc_forms(sent.doc).lemma
    for i in range(sent.start, sent.end):
        if lemmas[i] in _GATHERING and (_gathered_to_demand(sent.doc[i]) or _blockade(sent.doc[i])):
            hits.append(TriggerHit(sent.doc[i], i, i + 1, _PURPOSE_PROTEST))
            continue
        if lemmas[i] not in _CROWD_VIOLENCE and not (lemmas[i] in _FORCED_ENTRY and _into_building(sent.doc[i])):
            continue
        token = sent.doc[i]
        if token.pos_ == "VERB":
            subj = [c for c in token.children if c.dep_ in {"nsubj", "npadvmod"}] or [
                a for a in roles(token)[:1] if a is not None]  # 'rioters torched cars and attacked ...'
            if any(crowd_word(t) and not armed_crowd(t) for t in subj):
                hits.append(TriggerHit(token, token.i, token.i + 1, _CROWD_RIOT))
    return hits


def _into_building(verb: Token) -> bool:
    """'tried to break into the governor's office', 'forced their way into the station': an 'into'
    phrase that names a place to enter, not an outburst ('broke into song')."""
    return any(p.dep_ == "prep" and p.lower_ == "into" and any(
        o.dep_ == "pobj" and o.lemma_.lower() not in _OUTBURSTS for o in p.children) for p in verb.children)


def _gathered_to_demand(verb: Token) -> bool:
    """A gathering verb of unarmed people whose purpose clause ('to demand', 'demanding', 'to
    protest against') is a demand or grievance."""
    if verb.pos_ != "VERB" or any(t.lemma_.lower() in _ARMED_MOVERS for t in _doers(verb)):
        return False
    return any(c.dep_ in {"advcl", "xcomp"} and c.lemma_.lower() in _PURPOSE
               and (c.tag_ == "VBG" or any(a.lower_ == "to" for a in c.children)) for c in verb.children)


def _blockade(verb: Token) -> bool:
    """'students blocked a bridge', 'farmers blocking a highway': unarmed people blocking a way
    (not police closing roads, not armed men)."""
    if verb.lemma_.lower() not in _BLOCKING or verb.pos_ != "VERB":
        return False
    if not any(c.dep_ in {"dobj", "obj"} and c.lemma_.lower() in _WAYS for c in verb.children):
        return False
    if any(c.lemma_.lower() in _RIOTING for c in verb.conjuncts):
        return False  # 'blocked the road, threw stones and smashed cars': the riot it is part of
    doers = _doers(verb)
    return bool(doers) and not any(t.lemma_.lower() in _ARMED_MOVERS | _FORCES for t in doers)


def _doers(verb: Token) -> list[Token]:
    """The verb's subject (or the noun a participle describes: 'farmers blocking a road') and the
    words modifying it ('armed men')."""
    subj = [c for c in verb.children if c.dep_ == "nsubj"] or ([verb.head] if verb.dep_ == "acl" else [])
    return subj + [m for s in subj for m in s.children if m.dep_ in {"amod", "compound"}]
