"""The article's forms and lemmas read as string columns must say what the tokens say."""

from __future__ import annotations

from eventcoder.extract.text import doc_forms, doc_table, span_words


def test_forms_and_lemmas_match_the_tokens(nlp) -> None:
    doc = nlp("Gunmen KILLED two guards in İzmir; according to police, they Were fleeing.\n\nNo one said more.")
    forms = doc_forms(doc)
    assert forms.lower == [t.lower_ for t in doc]
    assert forms.lemma == [t.lemma_.lower() for t in doc]
    assert doc_forms(doc) is forms  # read once per article


def test_indices_by_form_or_lemma(nlp) -> None:
    doc = nlp("According to residents, soldiers shot a man; officials said nothing.")
    forms = doc_forms(doc)
    found = forms.indices(forms=frozenset({"according"}), lemmas=frozenset({"say", "shoot"}))
    assert [doc[i].text for i in found] == ["According", "shot", "said"]


def test_span_words_hold_every_form_and_lemma(nlp) -> None:
    sent = next(iter(nlp("Militias were shelling Kadugli. Nothing else.").sents))
    assert {"shell", "shelling", "militia", "militias", "kadugli", "were", "be"} <= span_words(sent)
    assert "nothing" not in span_words(sent)


def test_table_says_what_the_tokens_say(nlp) -> None:
    doc = nlp("Troops shelled the town on Monday.\n\nResidents fled north, officials said. Two died.")
    table = doc_table(doc)
    assert table.head == [t.head.i for t in doc]
    assert table.dep == [t.dep_ for t in doc] and table.pos == [t.pos_ for t in doc]
    assert [table.kids(t.i) for t in doc] == [[c.i for c in t.children] for t in doc]
    assert [(table.sent_start[t.i], table.sent_end[t.i]) for t in doc] == [(t.sent.start, t.sent.end) for t in doc]
    assert table.has_sents and doc_table(doc) is table


def test_expand_is_char_span_expand(nlp) -> None:
    doc = nlp("Gunmen killed  two guards in Kano.\nPolice said so.")
    table = doc_table(doc)
    for start in range(-1, len(doc.text) + 2):
        for end in range(start, min(start + 12, len(doc.text) + 2)):
            span = doc.char_span(start, end, alignment_mode="expand")
            assert table.expand(start, end) == (None if span is None else (span.start, span.end)), (start, end)
