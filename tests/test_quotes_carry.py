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
