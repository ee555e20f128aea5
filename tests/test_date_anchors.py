"""Date rules look for their anchor words with patterns that open on the words' first letters;
they must find exactly what a plain case-insensitive whole-word pattern finds."""

from __future__ import annotations

import re

from eventcoder.extract.dates import periods, spelled
from eventcoder.extract.dates.lexicon import word_anchor

TEXT = ("Later that Day the DAY-long curfew ended; a day's pay, earlier, AGO, agony, Yesterday's news. "
        "In the nineteen-eighties and the Twenties, twentyfold; a century-old bridge, CENTURY, centuries. "
        "The following month (month’s end) and that same evening, nightly raids, the year 1999, Years.")


def _plain(words: list[str], tail: str = r"(?!\w)") -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(r"(?<!\w)(?i:" + "|".join(words) + ")" + tail, TEXT)]


def _spans(pattern: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(pattern, TEXT)]


def test_first_letter_anchors_find_what_plain_whole_word_patterns_find() -> None:
    cases = [
        (["year", "day", "morning", "afternoon", "evening", "night"], r"(?!\w)", periods.SAME_YEAR_ANCHOR),
        (["earlier", "later", "ago"], r"(?!\w)", periods.SHIFTED_ANCHOR),
        (["day", "month", "year", "morning", "afternoon", "evening", "night"], r"(?![\w'’-])", periods.FOLLOWING_ANCHOR),
        (["century"], r"(?!\w)", spelled.CENTURY_ANCHOR),
        (["nineteen", "twenty", "eighteen", "thousand"], r"(?!\w)", spelled.ANCHOR),
    ]
    for words, tail, anchor in cases:
        assert _spans(anchor) == _plain(words, tail), words
    assert [TEXT[a:b] for a, b in _spans(word_anchor(["day"]))] == ["Day", "DAY", "day"]  # 'DAY-long', "day's"


def test_a_capitalised_anchor_leaves_lower_case_words() -> None:
    anchor = word_anchor(["may", "march"], capitalised=True)
    found = [m.group() for m in re.finditer(anchor, "In May they may march; MARCH began, March ended.")]
    assert found == ["May", "MARCH", "March"]
