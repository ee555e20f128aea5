"""Obstacles a crowd puts across a road (a blockade, barricades) and forces clearing them: ACLED
codes the clearing as an intervention in that demonstration, not a strategic blockade. Kept apart
so the sentence rules and the sub-type rules can both ask without importing each other."""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.extract.lexicons import words

CLEARING = words("clearing_verbs", "clearing")
OBSTACLES = words("clearing_verbs", "obstacle")
_POLICE_WORDS = words("security_forces")


def cleared_obstacle(trigger: Token) -> bool:
    """'Police cleared the road blockade', 'the barricades were dismantled': forces removing what
    a crowd put across a road intervene in that demonstration (ACLED), whatever the word alone
    would make it (a blockade is otherwise a strategic development)."""
    if trigger.lemma_.lower() not in OBSTACLES or trigger.dep_ not in {"dobj", "nsubjpass", "nsubj"}:
        return False
    verb = trigger.head
    if verb.lemma_.lower() not in CLEARING:
        return False
    if trigger.dep_ == "nsubj":  # 'Highway blockade near Arequipa cleared': a headline's passive
        return not any(c.dep_ in {"dobj", "aux"} for c in verb.children)
    doers = [c for c in verb.children if c.dep_ == "nsubj"] + [
        g for c in verb.children if c.dep_ == "agent" for g in c.children]
    return not doers or any(d.lemma_.lower() in _POLICE_WORDS for d in doers)
