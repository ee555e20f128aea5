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
