"""Rules that scan a sentence's lemma column as strings give the answers of a scan over Tokens."""

from __future__ import annotations

from eventcoder.extract.events import article_groups
from eventcoder.extract.events.modality import confirmed_lower


def _first_sentence(nlp, text: str):
    return next(nlp(text).sents)


def test_confirmed_lower_needs_another_confirming_word_with_only(nlp) -> None:
    doc = nlp("The rebels claimed forty soldiers died; officials confirmed only three deaths.")
    died = next(t for t in doc if t.lower_ == "died")
    assert confirmed_lower(died)
    plain = nlp("The rebels claimed forty soldiers died; officials confirmed three deaths.")
    assert not confirmed_lower(next(t for t in plain if t.lower_ == "died"))


def test_denied_claims_and_unclear_doers_read_per_sentence(nlp) -> None:
    denied = _first_sentence(nlp, "No group has claimed the bombing of the bus station in Quetta.")
    claimed = _first_sentence(nlp, "The Baloch Liberation Army claimed the bombing of the bus station in Quetta.")
    assert article_groups._denied_claim(denied)
    assert not article_groups._denied_claim(claimed)
    unclear = _first_sentence(nlp, "It was unclear who fired the rockets at the airbase near Erbil.")
    known = _first_sentence(nlp, "Militiamen who fired the rockets at the airbase near Erbil fled.")
    assert article_groups._unclear_who(unclear)
    assert not article_groups._unclear_who(known)
    denying = _first_sentence(nlp, "The movement denied any role in the ambush near Beni.")
    assert article_groups._denying([denying, known]) == [denying]
