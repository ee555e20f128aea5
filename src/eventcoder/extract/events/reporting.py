"""Who reports an event is not who did it: 'Residents said six civilians were shot dead by
gunmen' names the gunmen as the doers; the residents are only the source, so they neither
become the actor nor decide the type (a crowd's violence would make it a riot)."""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.extract.lexicons import words

_SPEECH_LEMMAS = words("speech_verbs", "event_source")


def reported_clause(clause: Token) -> bool:
    """True when the clause is what a speech verb reports ('Residents said [...]'): the speech
    verb's subject is the source, never the clause's doer."""
    return clause.dep_ in {"ccomp", "parataxis"} and clause.head.i != clause.i \
        and clause.head.lemma_.lower() in _SPEECH_LEMMAS
