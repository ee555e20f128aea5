"""The article's forms and lemmas read as string columns must say what the tokens say."""

from __future__ import annotations

from eventcoder.extract.text import doc_forms, span_words


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
