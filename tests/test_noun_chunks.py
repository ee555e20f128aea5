"""The document's noun chunks read from the parse's columns are the ones spaCy's English iterator
finds, so the rules that walk them see the same phrases, only sooner."""

from __future__ import annotations

from spacy.tokens import Doc

from eventcoder.extract.events.actor_phrases import english_chunk_bounds, sentence_noun_chunks

TEXTS = [
    "Militiamen and soldiers of the 5th Brigade clashed near the border town on Sunday.",
    "The convoy, which carried flour, oil and medicine for the camp, was stopped at a checkpoint.",
    "She told reporters that gunmen, police officers and a driver were hurt in the exchange.",
    "Protesters in the capital burned tyres; riot police answered with tear gas and rubber bullets.",
    "They said it was theirs.",
    "An army spokesman, Colonel Ruiz, denied that troops had fired at farmers, herders or traders.",
    "",
]


def _spacy_bounds(doc: Doc) -> list[tuple[int, int]]:
    return [(chunk.start, chunk.end) for chunk in doc.noun_chunks]


def test_chunks_from_columns_equal_spacys_iterator(nlp) -> None:
    docs = list(nlp.pipe(TEXTS))
    assert sum(len(_spacy_bounds(d)) for d in docs) >= 25  # the texts hold coordinated and appositive nouns
    for doc in docs:
        assert english_chunk_bounds(doc) == _spacy_bounds(doc), doc.text


def test_a_sentences_chunks_are_its_own_and_labelled_np(nlp) -> None:
    doc = nlp("Rebels shelled the market. The mayor and two aides fled to the hills.")
    first, second = list(doc.sents)
    chunks = sentence_noun_chunks(second)
    assert [c.text for c in chunks] == ["The mayor", "two aides", "the hills"]
    assert all(c.label_ == "NP" and second.start <= c.start and c.end <= second.end for c in chunks)
    assert [c.text for c in sentence_noun_chunks(first)] == ["Rebels", "the market"]
