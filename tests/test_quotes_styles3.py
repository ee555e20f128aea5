"""Quote rules found missing on the third fresh set: each with a sentence of its own."""

from __future__ import annotations

from test_quotes_styles import MakeCtx, quote_holding  # the shared helper

from eventcoder.extract.quotes.extract import extract_quotes
from eventcoder.extract.quotes.names import appositive_name


def test_the_one_quoted_speaks_not_who_quotes(make_ctx: MakeCtx) -> None:
    before = "The official news agency quoted Foreign Minister Lena Varga as saying: \u201cOur embassy will stay open.\u201d"
    after = ("\u201cThe pilots were released unharmed,\u201d the radio station quoted a tribal elder, "
             "Omar Sheikh Ali, as saying.")
    assert quote_holding(make_ctx, before, "embassy").speaker == "Lena Varga"
    assert quote_holding(make_ctx, after, "pilots").speaker == "Omar Sheikh Ali"


def test_quoting_without_as_saying_keeps_the_subject(make_ctx: MakeCtx) -> None:
    text = "The state broadcaster quoted the decree: \u201cThe curfew ends at dawn.\u201d"
    assert quote_holding(make_ctx, text, "curfew").speaker == "The state broadcaster"


def test_a_document_speaks_for_its_possessor(make_ctx: MakeCtx) -> None:
    text = "The UN refugee agency's statement said: \u201cNobody should be returned to Libya.\u201d"
    assert quote_holding(make_ctx, text, "Libya").speaker == "The UN refugee agency"


def test_a_post_speaks_for_whoever_spoke_last(make_ctx: MakeCtx) -> None:
    text = ("The fire service said on its website that the blaze was out. "
            "\u201cCrews will stay at the depot overnight,\u201d the post said.")
    assert quote_holding(make_ctx, text, "Crews").speaker == "The fire service"


def test_a_name_renaming_a_described_noun_fits_that_noun(make_ctx: MakeCtx) -> None:
    text = ("The commander of the northern brigade, Colonel Joseph Mensah, visited the wounded. "
            "\u201cThey fought for six hours,\u201d the commander said.")
    assert quote_holding(make_ctx, text, "six hours").speaker == "Joseph Mensah"


def test_a_name_beside_a_noun_for_a_person_is_a_person(make_ctx: MakeCtx, nlp) -> None:
    text = ("A local journalist, Sadia Noor, told Geo News that she had seen the bodies. "
            "\u201cThere were at least twenty,\u201d she said.")
    doc = nlp(text)
    journalist = next(t for t in doc if t.text == "journalist")
    name = appositive_name(journalist)
    assert name is None or name.text == "Sadia Noor"  # None where the tagger already says PERSON
    assert quote_holding(make_ctx, text, "twenty").speaker == "Sadia Noor"


def test_a_name_beside_a_group_noun_is_not_made_a_person(nlp) -> None:
    doc = nlp("A rights group, Human Rights Watch, said the camp was shelled.")
    assert appositive_name(next(t for t in doc if t.text == "group")) is None


def test_a_surname_tagged_as_anything_is_the_person_named_before(make_ctx: MakeCtx) -> None:
    text = ("Police spokesperson Brigadier Nonhlanhla Kubeka said three suspects were arrested. "
            "\u201cThey will appear in court on Monday,\u201d added Kubeka.")
    assert quote_holding(make_ctx, text, "court").speaker == "Nonhlanhla Kubeka"


def test_a_headline_of_one_quoted_sentence_is_a_quote_with_no_speaker(make_ctx: MakeCtx) -> None:
    text = "\u2018The river took our whole street\u2019\n\nFloods swept through the valley overnight."
    found = extract_quotes(make_ctx(text))
    assert [(q.text, q.kind, q.speaker) for q in found] == [("The river took our whole street", "direct", None)]


def test_a_short_quoted_headline_or_a_lone_quote_later_on_is_not_reported(make_ctx: MakeCtx) -> None:
    assert extract_quotes(make_ctx("\u2018Never again\u2019\n\nThe memorial opened on Sunday.")) == []
    later = "Floods swept through the valley overnight.\n\n\u201cThe river took our whole street.\u201d"
    assert extract_quotes(make_ctx(later)) == []


def test_a_pronoun_never_stands_for_a_name_in_its_own_clause(make_ctx: MakeCtx) -> None:
    alone = "He was quoted by the Dawn newspaper as saying: \u201cThe operation will continue.\u201d"
    assert quote_holding(make_ctx, alone, "operation").speaker is None
    told = "Ahmed Ali met the mayor. He told Sara Khan: \u201cWe are ready.\u201d"
    assert quote_holding(make_ctx, told, "ready").speaker == "Ahmed Ali"


def test_a_participle_opening_the_sentence_is_not_the_speaker(make_ctx: MakeCtx) -> None:
    text = ("Reacting, the party spokesman, Kola Adeyemi, condemned the arrests, noting that "
            "\u201cthe rule of law is being abused.\u201d")
    assert quote_holding(make_ctx, text, "rule of law").speaker == "Kola Adeyemi"
    group = "Reacting, Amnesty International said: \u201cThis is a war crime.\u201d"
    assert quote_holding(make_ctx, group, "war crime").speaker == "Amnesty International"


def test_she_after_a_name_tagged_as_a_group_is_that_person(make_ctx: MakeCtx) -> None:
    text = ("Sadia Noor told Geo News that she had seen the bodies. "
            "\u201cThere were at least twenty,\u201d she said.")
    assert quote_holding(make_ctx, text, "twenty").speaker == "Sadia Noor"
    ministry = "The Ministry of Health said the camp was shelled. \u201cIt was deliberate,\u201d she said."
    assert quote_holding(make_ctx, ministry, "deliberate").speaker is None
