"""The learned second opinion on event typing: shipped weights match the training sentences, the
model types sentences it never saw, and an article with nothing event-like costs no embedding."""

from __future__ import annotations

from collections import Counter

import numpy as np
import pytest

from eventcoder import taxonomy
from eventcoder.extract.events import classifier, learned

UNSEEN = [  # written for this test, not in the training file
    ("Insurgents and soldiers traded fire for three hours outside the garrison town on Thursday.", "Armed clash"),
    ("A drone launched by the army hit a pickup truck carrying fighters, killing four.", "Air/drone strike"),
    ("Police lobbed tear gas and detained 30 people who had gathered to denounce the election result.",
     "Protest with intervention"),
    ("Gunmen seized eleven farm workers from a plantation and led them into the bush.",
     "Abduction/forced disappearance"),
    ("The national football team will face its old rivals in the semi-final on Saturday evening.", learned.NONE),
    ("The two armed movements signed a truce in the regional capital, ending weeks of hostilities.", "Agreement"),
    ("Unknown gunmen kidnapped a trader on his way home and demanded a ransom from his family.",
     "Abduction/forced disappearance"),
]


def test_shipped_weights_match_training_file() -> None:
    """Editing the sentences without retraining (scripts/train_event_classifier.py) fails here."""
    weights = learned.read_weights(learned.model_path())
    assert weights.data_sha256 == learned.training_sha256()
    assert weights.labels == (*taxonomy.sub_types(), learned.NONE)
    assert weights.w.shape == (len(weights.labels), weights.mean.shape[0])


def test_training_file_covers_every_sub_type() -> None:
    texts, labels = learned.load_training()
    counts = Counter(labels)
    assert set(counts) == {*taxonomy.sub_types(), learned.NONE}
    assert min(counts[s] for s in taxonomy.sub_types()) >= 15
    assert counts[learned.NONE] >= 120
    assert len(set(texts)) == len(texts), "a sentence is listed twice"


def test_fit_separates_toy_classes() -> None:
    """The numpy logistic regression learns a separable toy problem (no embedder needed)."""
    rng = np.random.default_rng(1)
    x = np.vstack([rng.normal(c, 0.3, size=(20, 4)) for c in (-1.0, 0.0, 1.0)])
    y = ["a"] * 20 + ["b"] * 20 + ["c"] * 20
    weights = learned.fit(x, y, ("a", "b", "c"), iters=300)
    predicted = [weights.labels[i] for i in weights.proba(x).argmax(axis=1)]
    assert sum(p == t for p, t in zip(predicted, y)) >= 57


@pytest.mark.slow
def test_classifier_types_unseen_sentences() -> None:
    weights = learned.load_weights()
    probs = weights.proba(learned.embed([text for text, _ in UNSEEN]))
    got = [weights.labels[i] for i in probs.argmax(axis=1)]
    misses = [(text, want, have) for (text, want), have in zip(UNSEEN, got) if want != have]
    print(misses)  # a statistical model: one miss in six is tolerated, and shown in the log
    assert len(misses) <= 1, misses


def test_repeated_texts_are_embedded_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """A window seen before (a reprinted sentence) is not embedded again, and gets the same vector
    as when it was embedded in a batch with others."""
    texts = ["Gunmen stormed a police post at dawn", "A mortar round landed near the clinic"]
    fresh = np.asarray(learned.embedder().passage(texts), dtype=np.float32)
    monkeypatch.setattr(learned, "_cache", learned.OrderedDict())
    passed: list[list[str]] = []
    model = learned.embedder()
    real = model.passage
    monkeypatch.setattr(model, "passage", lambda batch: passed.append(list(batch)) or real(batch))
    first = learned.embed([texts[0], texts[0], texts[1]])
    again = learned.embed([texts[1], "Rebels shelled the ferry landing"])
    assert passed == [texts, ["Rebels shelled the ferry landing"]]
    assert np.array_equal(first, fresh[[0, 0, 1]])
    assert np.array_equal(again[0], fresh[1])


def test_embedding_cache_keeps_only_the_most_recent(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(learned, "_cache", learned.OrderedDict())
    monkeypatch.setattr(learned, "CACHE_SIZE", 2)
    learned.embed(["first window", "second window"])
    learned.embed(["first window"])  # used again: the second is now the oldest
    learned.embed(["third window"])
    assert list(learned._cache) == ["first window", "third window"]


@pytest.mark.slow
def test_no_candidate_sentence_no_embedding(monkeypatch: pytest.MonkeyPatch) -> None:
    """A text with no trigger, no figure of people hurt or held and no cue word is not embedded."""
    from eventcoder.model import Article
    from eventcoder.record import build_record

    calls: list[list[str]] = []
    monkeypatch.setattr(learned, "embed", lambda texts: calls.append(texts) or np.zeros((len(texts), 384)))
    record = build_record(Article(id="quiet", text="The library reopened on Monday with a new reading room. "
                                  "Children listened to stories in the garden.", published="2024-05-12"))
    assert record.events == []
    assert calls == []


@pytest.mark.slow
def test_candidate_sentences_are_embedded_in_one_batch(monkeypatch: pytest.MonkeyPatch) -> None:
    from eventcoder.model import Article
    from eventcoder.record import build_record

    calls: list[list[str]] = []
    real = learned.embed
    monkeypatch.setattr(learned, "embed", lambda texts: calls.append(texts) or real(texts))
    build_record(Article(id="busy", text="An explosion hit a market in the north on Monday. "
                         "The weather was mild. Troops later retook the village.", published="2024-05-12"))
    assert len(calls) == 1  # one batch per article
    # a bare 'explosion' is a generic trigger the model may retype; 'retook' is specific, so its
    # sentence is not asked about, nor is the sentence with no event; the model reads the words
    # within eight tokens of the trigger
    assert calls[0] == ["An explosion hit a market in the north on Monday"]


@pytest.mark.slow
@pytest.mark.parametrize("text", ["Police did not clash with the marchers on Friday.",
                                  "The rebels may attack the town next week, a commander warned."])
def test_a_cue_no_opinion_can_make_an_event_is_not_embedded(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    """A sentence with an event cue but no rule mention is a candidate, yet a negated or
    hypothetical cue never gives an added event: the model is not asked (identical record, ~20 ms less)."""
    from eventcoder.model import Article
    from eventcoder.record import build_record

    asked: list[str] = []
    real = classifier.candidates
    monkeypatch.setattr(classifier, "candidates",
                        lambda *a: [c for c in real(*a) if asked.append(c.anchor.text) or True])
    calls: list[list[str]] = []
    monkeypatch.setattr(learned, "embed", lambda texts: calls.append(texts) or np.zeros((len(texts), 384)))
    record = build_record(Article(id="unreal", text=text, published="2024-05-12"))
    assert asked and calls == []
    assert record.events == []


@pytest.mark.slow
def test_a_specific_trigger_settles_its_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    """'blast' alone is generic, but beside 'roadside bomb' the sentence's sub-type is settled:
    the model is not asked, and the record is what the rules make of it."""
    from eventcoder.model import Article
    from eventcoder.record import build_record

    calls: list[list[str]] = []
    monkeypatch.setattr(learned, "embed", lambda texts: calls.append(texts) or np.zeros((len(texts), 384)))
    record = build_record(Article(id="settled", text="A roadside bomb blast killed two soldiers near Khost "
                                  "on Sunday, officials said.", published="2024-05-12"))
    assert calls == []
    assert [e.sub_type for e in record.events] == ["Remote explosive/landmine/IED"]


@pytest.mark.slow
def test_the_model_reads_a_window_around_the_trigger() -> None:
    """A long sentence is cut to the words near its trigger, inside the sentence."""
    from eventcoder.nlp import get_nlp

    doc = get_nlp()("Residents said that late on Friday night, after weeks of rising tension in the valley, "
                    "a car bomb exploded outside the governor's office, shattering windows across the square.")
    sent = next(iter(doc.sents))
    trigger = next(t for t in sent if t.text == "exploded")
    text = classifier.window_text(sent, trigger, 4)
    assert text == ", a car bomb exploded outside the governor's"
    assert classifier.window_text(sent, trigger, 1000) == sent.text.strip()


def test_notes_sets_are_held_out_whole() -> None:
    """Cross-validation never trains on a notes set it tests: each set's rows share one fold, and
    the written sentences ('' group) are spread over every fold."""
    y = ["a", "b"] * 10 + ["a", "b", "a"] * 2
    groups = [""] * 20 + ["notes2"] * 3 + ["notes3"] * 3
    folds = learned.group_folds(y, groups, k=4)
    assert len(folds) == 4
    for name in ("notes2", "notes3"):
        rows = {i for i, g in enumerate(groups) if g == name}
        assert sum(bool(rows & set(f.tolist())) for f in folds) == 1
    assert all(any(groups[i] == "" for i in f) for f in folds)
    assert sorted(i for f in folds for i in f.tolist()) == list(range(len(y)))


def test_notes_training_file_is_labelled_by_sub_type() -> None:
    texts, labels, groups = learned.load_notes()
    assert len(texts) >= 400 and set(labels) <= {*taxonomy.sub_types(), learned.NONE}
    assert "notes8" not in groups, "the eighth notes set stays unseen by the model"


@pytest.mark.slow
def test_a_short_text_with_no_rule_event_is_read_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    """A note whose verb no rule or cue knows is still asked about, and the model reads its
    whole sentence, not a window cut around a cue."""
    from eventcoder.model import Article
    from eventcoder.record import build_record

    calls: list[list[str]] = []
    monkeypatch.setattr(learned, "embed", lambda texts: calls.append(texts) or np.zeros((len(texts), 384)))
    text = "On 3 June 2025, some 400 pensioners assembled before the regional council in Arequipa over unpaid benefits."
    build_record(Article(id="short", text=text, published="2025-06-04"))
    assert calls == [[text]]


@pytest.mark.slow
def test_a_short_sentence_can_be_read_whole() -> None:
    from eventcoder.nlp import get_nlp

    sent = next(iter(get_nlp()("Farmers on tractors blocked the main road into the city for six hours.").sents))
    anchor = next(t for t in sent if t.text == "blocked")
    assert classifier.window_text(sent, anchor, 2) == "on tractors blocked the main"
    assert classifier.window_text(sent, anchor, 2, whole=20) == sent.text.strip()
