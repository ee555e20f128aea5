"""Quote rules found missing on the second fresh set: each with a sentence of its own."""

from __future__ import annotations

from collections.abc import Callable

from eventcoder.extract.context import Context
from eventcoder.extract.quotes.extract import extract_quotes
from eventcoder.extract.quotes.resolver import Resolver
from eventcoder.extract.quotes.speakers import Speaker
from eventcoder.model import Quote

MakeCtx = Callable[..., Context]


def quote_holding(make_ctx: MakeCtx, text: str, words: str) -> Quote:
    found = extract_quotes(make_ctx(text))
    hits = [q for q in found if words in q.text]
    assert len(hits) == 1, [(q.text, q.kind, q.speaker) for q in found]
    assert text[hits[0].start:hits[0].end] == hits[0].text
    return hits[0]


def test_lower_case_title_tagged_as_a_name_is_a_description(make_ctx: MakeCtx) -> None:
    text = (
        "Water Minister Tomasz Wrobel inspected the dam on Friday. "
        "\u201cThe spillway will be rebuilt before the rains,\u201d the minister said."
    )
    assert quote_holding(make_ctx, text, "spillway").speaker == "Tomasz Wrobel"


def test_a_sentence_of_narrative_ends_the_speech_turn(make_ctx: MakeCtx) -> None:
    text = (
        "\u201cThe harvest is lost,\u201d said Pedro Alves, a farmer. His sister, Lucia Alves, "
        "disagreed with him. \u201cWe can still save the maize,\u201d she said."
    )
    q = quote_holding(make_ctx, text, "save the maize")
    assert "harvest" not in q.text
    assert q.speaker == "Lucia Alves"


def test_a_pronoun_tells_the_gender_of_whom_it_resolves_to(make_ctx: MakeCtx) -> None:
    text = (
        "Grace Mwangi runs a pharmacy near the bus station.\n\n"
        "\u201cWe have had no insulin since May,\u201d she said. A customer, Daniel Otieno, "
        "was waiting outside.\n\n"
        "\u201cI came for my mother's tablets,\u201d he said."
    )
    assert quote_holding(make_ctx, text, "mother's tablets").speaker == "Daniel Otieno"


def test_a_lone_surname_tagged_as_a_group_is_the_person_named_before(make_ctx: MakeCtx) -> None:
    ctx = make_ctx("Her deputy, Sani Lawal, briefed reporters in Kano on Monday.")
    resolver = Resolver(ctx.doc, ctx.config.quotes, text=ctx.text)
    found = resolver.resolve(Speaker("Lawal", 0, 5, kind="group"), len(ctx.text))
    assert (found.name, found.kind) == ("Sani Lawal", "person")


def test_a_report_opening_a_quotation_runs_to_its_close(make_ctx: MakeCtx) -> None:
    text = (
        "The Red Crescent warned that thousands of families faced \u201ca winter without "
        "shelter of any kind\u201d."
    )
    q = quote_holding(make_ctx, text, "a winter without")
    assert q.text.endswith("of any kind\u201d")
    assert q.speaker is not None and "Red Crescent" in q.speaker


def test_characterising_verb_keeps_the_quoted_words_as_the_subjects(make_ctx: MakeCtx) -> None:
    text = "The opposition leader Kofi Mensah described the budget as \u201ca gift to the generals\u201d."
    q = quote_holding(make_ctx, text, "a gift to the generals")
    assert q.kind == "indirect"
    assert q.speaker == "Kofi Mensah"


def test_speech_verb_inside_a_reported_clause_is_not_the_attribution(make_ctx: MakeCtx) -> None:
    text = (
        "A police commander told reporters that the search would continue \u201cuntil every "
        "missing child is home\u201d."
    )
    q = quote_holding(make_ctx, text, "every missing child")
    assert q.speaker is not None and "commander" in q.speaker


def test_a_verb_straight_after_the_quote_is_inverted(make_ctx: MakeCtx) -> None:
    text = "\u2018Where are we supposed to sleep tonight?\u2019 asked an old man outside the clinic."
    q = quote_holding(make_ctx, text, "Where are we supposed")
    assert q.speaker is not None and "man" in q.speaker


def test_an_outer_verb_after_the_quote_does_not_take_a_charge_over(make_ctx: MakeCtx) -> None:
    text = (
        "The monitoring group published its findings on Friday. It accused the militia of "
        "\u201cbutchery\u201d\n\n"
        "\u201cWe counted forty bodies in one street,\u201d said Omar Haddad, a relief worker."
    )
    q = quote_holding(make_ctx, text, "butchery")
    assert q.kind == "partial"
    assert "Haddad" not in (q.speaker or "")


def test_a_headline_quote_names_its_speakers_by_kind_after_a_dash(make_ctx: MakeCtx) -> None:
    text = (
        "\u2018We drank water from the ditches\u2019 \u2013 freed hostages recall captivity\n\n"
        "Eleven people released on Sunday described months in a forest camp."
    )
    q = quote_holding(make_ctx, text, "We drank water")
    assert q.speaker is not None and "hostages" in q.speaker
