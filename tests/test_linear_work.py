"""Every extraction step costs work linear in the article's length.

Work is counted as Python and C function calls made by each step after the parse (no timer),
on one article repeated 1, 4 and 16 times: a step whose count grows faster than the text, as the
quadratic quote finding once did, fails here before it stalls a batch.
"""

from __future__ import annotations

import pytest
from work_count import calls

from eventcoder.extract.context import Context
from eventcoder.model import Article

pytestmark = pytest.mark.slow

_ARTICLE = (
    "Rebels shelled the market in Kadugli on Tuesday, killing at least 7 civilians and wounding 12, "
    "a local official said. \u201cThe shells fell while people were buying bread,\u201d said Amna Idris, "
    "a nurse at the town hospital.\n\n"
    "Police in Kosti detained 14 protesters on Monday after a march against fuel prices, according to "
    "activists. The army said it had retaken the village of Um Sardiba near Talodi.\n\n"
)


def _work_per_step(nlp, repeats: int) -> dict[str, int]:
    from eventcoder.record import steps

    text = _ARTICLE * repeats
    ctx = Context(article=Article(id="w", text=text, published="2024-05-14"), doc=nlp(text))
    counts = {}
    for step in steps():
        counts[step.name] = calls(lambda step=step: step.run(ctx))
        ctx.done |= step.assigns
    return counts


def test_every_step_is_linear_in_the_article(nlp) -> None:
    _work_per_step(nlp, 1)  # load lexicons, gazetteer and dictionaries before counting
    one, four, sixteen = (_work_per_step(nlp, n) for n in (1, 4, 16))
    for name in one:
        assert four[name] <= 4 * one[name] * 1.2, (name, one[name], four[name])
        assert sixteen[name] <= 4 * four[name] * 1.2, (name, four[name], sixteen[name])
