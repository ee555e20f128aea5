"""Violence done by a crowd ('a crowd hurled bricks at a mosque', 'rioters torched cars') is a
riot, whatever the act's own word would make it (looting, an attack): its trigger is the act,
typed as ACLED types a demonstration turned violent."""

from __future__ import annotations

from spacy.tokens import Span

from eventcoder.extract.events.kinds import VIOLENT_DEMONSTRATION
from eventcoder.extract.events.roles import armed_crowd, roles
from eventcoder.extract.events.sentence_rules import crowd_word
from eventcoder.extract.events.triggers import TriggerDef, TriggerHit
from eventcoder.extract.lexicons import words
from eventcoder.extract.text import doc_forms

_CROWD_VIOLENCE = words("riot_actions", "crowd_violence")
_CROWD_RIOT = TriggerDef(*VIOLENT_DEMONSTRATION, cameo="145", plover="PROTEST", plover_mode="riot")


def crowd_hits(sent: Span) -> list[TriggerHit]:
    """'A crowd hurled bricks at a mosque': violence whose agent is a crowd is a riot."""
    hits = []
    lemmas = doc_forms(sent.doc).lemma
    for i in range(sent.start, sent.end):
        if lemmas[i] not in _CROWD_VIOLENCE:
            continue
        token = sent.doc[i]
        if token.pos_ == "VERB":
            subj = [c for c in token.children if c.dep_ in {"nsubj", "npadvmod"}] or [
                a for a in roles(token)[:1] if a is not None]  # 'rioters torched cars and attacked ...'
            if any(crowd_word(t) and not armed_crowd(t) for t in subj):
                hits.append(TriggerHit(token, token.i, token.i + 1, _CROWD_RIOT))
    return hits
