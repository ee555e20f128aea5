"""Quote rules of round 4, found by error analysis on the dev sets: each with a sentence of its own."""

from __future__ import annotations

from test_quotes_styles import MakeCtx, quote_holding  # the shared helper

from eventcoder.extract.quotes.extract import extract_quotes


def test_a_quote_between_dashes_is_the_name_before_it(make_ctx: MakeCtx) -> None:
    text = ("The plan had backers in the cabinet, among them Defence Minister Ana Petrov "
            "\u2014 \u201cWe cannot wait another year for new radars\u201d \u2014 and her deputy, "
            "who called it overdue.")
    assert quote_holding(make_ctx, text, "radars").speaker == "Ana Petrov"


def test_a_dash_and_a_conjunction_after_a_quote_is_no_byline(make_ctx: MakeCtx) -> None:
    text = ("Several officials have said the same, including the former governor Dan Hollis -- "
            "''It is wrong for a candidate to hide his accounts'' -- and Ruth Kemper, a former "
            "treasury official. ''The faster he publishes them, the better,'' Ms. Kemper told a "
            "radio station in May.")
    assert quote_holding(make_ctx, text, "hide his accounts").speaker == "Dan Hollis"
    later = quote_holding(make_ctx, text, "publishes")
    assert later.speaker == "Ruth Kemper" and "hide" not in later.text


def test_a_dash_and_a_name_after_a_quote_is_still_a_byline(make_ctx: MakeCtx) -> None:
    text = "\u201cWe will stay until the end\u201d \u2014 Colonel Ivan Sirko, commander of the brigade."
    assert quote_holding(make_ctx, text, "until the end").speaker == "Ivan Sirko"


def test_a_participle_after_a_where_clause_shares_the_main_subject(make_ctx: MakeCtx) -> None:
    text = ("Small groups of students marched past the stadium - where the city's football club "
            "played its rivals on Sunday - while chanting, \"We want our teachers back.\"")
    assert quote_holding(make_ctx, text, "teachers").speaker == "Small groups"


def test_it_stands_for_a_body_named_by_a_common_noun(make_ctx: MakeCtx) -> None:
    text = ("The interior ministry said the border crossing would reopen on Monday. "
            "\u201cTravellers must carry valid documents,\u201d it said in a statement.")
    assert quote_holding(make_ctx, text, "Travellers").speaker == "The interior ministry"


def test_the_body_chief_is_the_person_described_with_the_body(make_ctx: MakeCtx) -> None:
    text = ("The UN aid chief, Tom Fletcher-Bain, visited the camp. Army chief General Musa Bello "
            "said the road was safe. \"It is not,\" the UN chief said.")
    assert quote_holding(make_ctx, text, "It is not").speaker == "Tom Fletcher-Bain"


def test_a_name_the_tagger_missed_after_a_title_and_comma(make_ctx: MakeCtx) -> None:
    text = ("The Police Public Relations Officer in the state, DSP Chidi Nwankwo, who confirmed the "
            "arrests, said: \u201cThe suspects were caught with two rifles.\u201d")
    assert quote_holding(make_ctx, text, "rifles").speaker == "Chidi Nwankwo"


def test_a_deputy_named_once_is_the_deputy_later(make_ctx: MakeCtx) -> None:
    text = ("Mayor Ruth Achieng and her deputy, Paul Otieno, visited the flooded estate. "
            "\u201cWe need more boats,\u201d the mayor said. \u201cAnd more pumps,\u201d the deputy added.")
    assert quote_holding(make_ctx, text, "pumps").speaker == "Paul Otieno"
    assert quote_holding(make_ctx, text, "boats").speaker == "Ruth Achieng"


def test_it_is_not_a_person_described_with_a_body(make_ctx: MakeCtx) -> None:
    text = ("The Red Cross voiced alarm about the wounded in the old town. An official with a rebel "
            "group said the convoy had left. It described the shelling as \u201ca grave breach of "
            "the rules of war\u201d.")
    said = [q for q in extract_quotes(make_ctx(text)) if "grave breach" in q.text]
    assert len(said) == 1 and said[0].speaker == "Red Cross"


def test_a_surname_tagged_as_a_group_is_the_person_again(make_ctx: MakeCtx) -> None:
    text = ("Finance Minister Carlos Ibarra defended the budget on Tuesday. Opposition leader Miguel "
            "Soto called it a fantasy. \"These numbers do not add up,\" Soto said.\n\n"
            "Ibarra rejected the charge. \"Every figure has been checked by the central bank,\" he said.")
    assert quote_holding(make_ctx, text, "Every figure").speaker == "Carlos Ibarra"
