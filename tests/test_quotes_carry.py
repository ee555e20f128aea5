"""Quote rules found missing on fresh copy: each with a sentence of its own."""

from __future__ import annotations

from collections.abc import Callable

from eventcoder.extract.context import Context
from eventcoder.extract.quotes.extract import extract_quotes
from eventcoder.model import Quote

MakeCtx = Callable[..., Context]


def quote_starting(make_ctx: MakeCtx, text: str, opening: str) -> Quote:
    found = extract_quotes(make_ctx(text))
    hits = [q for q in found if q.text.startswith(opening)]
    assert len(hits) == 1, [(q.text, q.speaker) for q in found]
    assert text[hits[0].start:hits[0].end] == hits[0].text
    return hits[0]


def test_title_subject_with_the_name_in_apposition(make_ctx: MakeCtx) -> None:
    text = (
        "The Transport Secretary, Anil Dutta, said the rail link would reopen. "
        "\u2018Repairs will take a fortnight at most,\u2019 he told the Commons."
    )
    q = quote_starting(make_ctx, text, "Repairs will take")
    assert q.speaker == "Anil Dutta"


def test_name_after_the_description_comma_when_the_parser_hangs_it_elsewhere(make_ctx: MakeCtx) -> None:
    text = (
        "\u201cNo village was shelled by our units,\u201d insisted the navy's chief of staff, "
        "Admiral Tomas Varga."
    )
    q = quote_starting(make_ctx, text, "No village was shelled")
    assert q.speaker is not None and "Varga" in q.speaker


def test_according_to_after_the_quote_names_the_speaker(make_ctx: MakeCtx) -> None:
    text = (
        "\u201cThe levee will not hold another storm,\u201d according to Rosa Mbeki, a hydrologist "
        "with the river authority."
    )
    q = quote_starting(make_ctx, text, "The levee will not hold")
    assert q.kind == "direct"
    assert q.speaker == "Rosa Mbeki"


def test_quote_over_paragraphs_takes_the_attribution_after_its_last_one(make_ctx: MakeCtx) -> None:
    text = (
        "The clinic's director, Dr. Omar Sadiq, recalled the first night.\n\n"
        "\u201cThe generator failed twice before midnight.\n\n"
        "\u201cWe stitched wounds by the light of our phones,\u201d he said."
    )
    q = quote_starting(make_ctx, text, "The generator failed twice")
    assert "We stitched wounds" in q.text
    assert q.speaker == "Omar Sadiq"


def test_they_stands_for_plural_people_described_earlier(make_ctx: MakeCtx) -> None:
    text = (
        "Fishermen said the navy had seized their boats at dawn. "
        "\u201cWithout the boats our families will not eat this month,\u201d they said."
    )
    q = quote_starting(make_ctx, text, "Without the boats")
    assert q.speaker == "Fishermen"


def test_it_does_not_stand_for_plural_people(make_ctx: MakeCtx) -> None:
    text = (
        "Fishermen said the navy had seized their boats at dawn. "
        "\u201cThe boats were fishing in a closed zone,\u201d it said."
    )
    q = quote_starting(make_ctx, text, "The boats were fishing")
    assert q.speaker != "Fishermen"


def test_straight_single_marks_pair_and_apostrophes_do_not(make_ctx: MakeCtx) -> None:
    text = "'We won't sign a deal that leaves the farmers' land to them,' said union leader Ajay Kumar."
    q = quote_starting(make_ctx, text, "We won't sign")
    assert q.text.endswith("to them,") or q.text.endswith("to them")
    assert q.speaker == "Ajay Kumar"


def test_headline_label_and_colon_name_the_speaker(make_ctx: MakeCtx) -> None:
    text = "Strikers: 'We will stay out until wages are paid'\n\nThe union met on Sunday evening."
    q = quote_starting(make_ctx, text, "We will stay out")
    assert q.speaker == "Strikers"


def test_title_case_crosshead_in_quotes_is_no_quote(make_ctx: MakeCtx) -> None:
    text = (
        "\u201cThe wells are dry,\u201d said Amos Kiprono, a herder.\n\n"
        "'A Long Walk to Water.'\n\n"
        "The nearest borehole is a day away."
    )
    found = extract_quotes(make_ctx(text))
    assert [q.text for q in found] == ["The wells are dry"]


def test_title_written_as_a_name_gives_the_person_who_holds_it(make_ctx: MakeCtx) -> None:
    text = "\"Two platoons were sent to the village,\" Commissioner of Police Daniel Okoth told the Nation."
    q = quote_starting(make_ctx, text, "Two platoons were sent")
    assert q.speaker == "Daniel Okoth"


def test_name_closing_an_apposition_before_the_verb_is_the_speaker(make_ctx: MakeCtx) -> None:
    text = (
        "Speaking to the radio's Somali service, a trader in Beledweyne, Hodan Farah, said: "
        "\"The river rose a metre in one night.\""
    )
    q = quote_starting(make_ctx, text, "The river rose")
    assert q.speaker == "Hodan Farah"


def test_pronoun_after_a_newly_introduced_subject_in_the_paragraph(make_ctx: MakeCtx) -> None:
    text = (
        "\u201cThe port is open to all ships,\u201d said harbour master Karl Brandt.\n\n"
        "The customs chief, Elena Sorokina, disagreed. \u201cNo ship has been cleared since Monday,\u201d "
        "she said."
    )
    q = quote_starting(make_ctx, text, "No ship has been cleared")
    assert q.speaker == "Elena Sorokina"


def test_quoted_phrase_with_an_inverted_attribution_after_it(make_ctx: MakeCtx) -> None:
    text = "Kenya 'will not pay ransom to any group', says interior minister\n\nThe minister spoke in Garissa."
    q = quote_starting(make_ctx, text, "will not pay ransom")
    assert q.kind == "partial"
    assert q.speaker is not None and "minister" in q.speaker
