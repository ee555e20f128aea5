"""Runs the extractors in order and assembles a Record: the only place that knows the order."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import islice
from pathlib import Path

from spacy.tokens import Doc

from eventcoder.extract.context import Context, Step, check_order
from eventcoder.model import Article, Record
from eventcoder.nlp import get_nlp
from eventcoder.scale.outcome import Outcome


@lru_cache(maxsize=1)
def steps() -> tuple[Step, ...]:
    """The extraction steps in order, checked once: each reads only what an earlier one adds."""
    from eventcoder.extract import dates, events, figures, places, quotes

    order = [places.STEP, dates.STEP, quotes.STEP, figures.STEP, events.STEP]
    check_order(order)
    return tuple(order)


def build_record(article: Article, *, actor_files: tuple[Path, ...] = ()) -> Record:
    """Extract everything from one article (for plain text, see ``eventcoder.extract_text``)."""
    if not isinstance(article, Article):
        raise TypeError(f"build_record takes an eventcoder.Article, not {type(article).__name__}; for plain "
                        "text use eventcoder.extract_text(text, published='YYYY-MM-DD')")
    doc = get_nlp()(article.text)
    return assemble(Context(article=article, doc=doc, actor_files=actor_files))


def build_records(
    articles: Iterable[Article], *, actor_files: tuple[Path, ...] = (), batch_size: int = 16
) -> Iterator[Outcome]:
    """Extract from many articles, parsing in batches; one failing article never stops the rest."""
    stream = iter(articles)
    while batch := list(islice(stream, batch_size)):
        for article, doc in zip(batch, _parse_batch(batch)):
            yield _outcome(article, doc, actor_files)


def _parse_batch(batch: list[Article]) -> list[Doc | Exception]:
    """Parse with nlp.pipe; if the batch fails, parse one by one so only the culprit is lost."""
    nlp = get_nlp()
    try:
        return list(nlp.pipe(a.text for a in batch))
    except Exception:  # noqa: BLE001 - isolate the failing article below
        results: list[Doc | Exception] = []
        for article in batch:
            try:
                results.append(nlp(article.text))
            except Exception as exc:  # noqa: BLE001
                results.append(exc)
        return results


def _outcome(article: Article, doc: Doc | Exception, actor_files: tuple[Path, ...]) -> Outcome:
    if isinstance(doc, Exception):
        return Outcome(article, error=doc)
    try:
        return Outcome(article, record=assemble(Context(article=article, doc=doc, actor_files=actor_files)))
    except Exception as exc:  # noqa: BLE001 - reported per article by the caller
        return Outcome(article, error=exc)


def assemble(ctx: Context) -> Record:
    """Run every extractor over a parsed article and collect their items into a Record."""
    if ctx.anchor is None:
        ctx.warnings.append("no publication date: relative dates are left unresolved (value null)")
    for step in steps():
        step.run(ctx)
        ctx.done |= step.assigns
    return Record(
        article=ctx.article,
        places=ctx.places,
        dates=ctx.dates,
        quantities=ctx.quantities,
        quotes=ctx.quotes,
        events=ctx.events,
        warnings=ctx.warnings,
    )
