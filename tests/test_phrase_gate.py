"""The quick phrase gates in front of case-insensitive patterns never turn a match away."""

from __future__ import annotations

import re

from eventcoder.extract.events.relative_dates import _CUES, same_time_cue
from eventcoder.extract.lexicons import PhraseGate, folded
from eventcoder.extract.places import local_news
from eventcoder.extract.places.names import lowercase_words

_SENTENCES = [
    "HOURS LATER, a second drone struck the depot in Odesa.",
    "Later That Night the militia withdrew from Beni, residents said.",
    "Shortly afterwards, police fired tear gas at the crowd in Dhaka.",
    "The ſame Day a grenade exploded in a market in Goma.",  # 'ſ' matches 's' case-insensitively
    "That n\u0130ght, soldiers shelled two villages near Kidal.",  # dotted capital I matches 'i'
    "Rebels seized the town of Walikale on Sunday.",
    "The day after the vote, nobody was hurt.",
]


def test_folded_maps_the_letters_re_matches_to_ascii() -> None:
    assert folded("\u0130STANBUL \u212aIEV \u017fAFE") == "istanbul kiev safe"
    assert folded("\u201cQuoted\u201d \u2013 Dash") == "\u201cquoted\u201d \u2013 dash"


def test_gate_closes_only_where_the_pattern_cannot_match() -> None:
    phrases = frozenset({"hours later", "that night", "p.m."})
    gate = PhraseGate(phrases)
    pattern = re.compile("|".join(re.escape(p) for p in phrases), re.IGNORECASE)
    texts = ["Hours Later it rained", "THAT N\u0130GHT", "at 4 P.M.", "at 4 pm", "that evening", "that\u00a0night"]
    for text in texts:
        if pattern.search(text):
            assert gate.may_match(folded(text)), text
    assert not gate.may_match(folded("Rebels seized Walikale on Sunday."))
    assert PhraseGate(frozenset({"s\u00fbret\u00e9"})).phrases is None  # accented letters: always open
    assert PhraseGate(frozenset({"\u00a3"})).phrases == ("\u00a3",)  # a sign has no case


def test_same_time_cue_agrees_with_its_pattern() -> None:
    for sentence in _SENTENCES:
        assert same_time_cue(sentence) == bool(_CUES.search(sentence)), sentence
    assert same_time_cue(_SENTENCES[0]) and same_time_cue(_SENTENCES[3]) and same_time_cue(_SENTENCES[4])
    assert not same_time_cue(_SENTENCES[5])


def test_cue_kinds_agree_with_the_patterns_alone() -> None:
    texts = ["The Athens Police Department said a man was held at 1200 Oak Ave. at 9 p.m. Call the center.",
             "Ontario Provincial Police said the neighbour's colour photos cost \u00a340.",
             "The Met said officers were called to a flat in SW1A 1AA at 6pm; the council's programme ran.",
             "Rebels shelled Goma on Monday, killing four people, the UN said."]
    for text in texts:
        for cc in local_news.LEXICONS:
            expected = 0
            for use in local_news.USES:
                pattern = local_news._pattern(local_news.LEXICONS[cc], use)
                hit = pattern is not None and pattern.search(text) is not None
                if use == "street" and not hit and (code := local_news._postcode(cc)) is not None:
                    hit = code.search(text) is not None
                expected += hit
            assert local_news.cue_kinds(text, cc) == expected, (cc, text)
    assert local_news.cue_kinds(texts[0], "US") >= 2


def test_lowercase_words_are_each_texts_own() -> None:
    first = lowercase_words("Troops entered Mobile; a mobile clinic followed.")
    second = lowercase_words("Reading police said the reading was wrong.")
    assert "mobile" in first and "reading" not in first
    assert "reading" in second and "mobile" not in second
    assert lowercase_words("Troops entered Mobile; a mobile clinic followed.") == first


def test_war_remnant_and_phrase_triggers_found_from_string_columns(nlp) -> None:
    """A sentence's war remnant and its multi-word triggers are found by scanning its lemma and
    form columns first; the same words in a second doc are read from that doc's own columns."""
    from eventcoder.extract.events.nonconflict import hazard_sentence
    from eventcoder.extract.events.triggers import match_triggers

    remnant = nlp("An old mine left over from the war exploded in a field near Kunduz, killing two boys.")
    assert hazard_sentence(next(remnant.sents), [])
    fresh = nlp("Taliban fighters planted a mine that exploded in a field near Kunduz, killing two boys.")
    assert not hazard_sentence(next(fresh.sents), [])
    first = nlp("Protesters set fire to the governor's office in Basra on Friday.")
    second = nlp("On Friday, rioters in Lagos set fire to a police station.")
    hits = [[(h.start, h.end) for h in match_triggers(next(d.sents))] for d in (first, second)]
    assert any(end - start > 1 for start, end in hits[0]) and any(end - start > 1 for start, end in hits[1])
    assert hits[0] != hits[1]
