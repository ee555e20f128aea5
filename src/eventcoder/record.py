"""Runs the extractors in order and assembles a Record: the only place that knows the order."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from eventcoder.extract.context import Context
from eventcoder.model import Article, Record
from eventcoder.nlp import get_nlp

Step = Callable[[Context], None]


def _steps() -> list[Step]:
    """The extraction steps in dependency order: events read everything before them."""
    from eventcoder.extract import dates, events, figures, places, quotes

    return [
        lambda ctx: ctx.places.extend(places.extract_places(ctx)),
        lambda ctx: ctx.dates.extend(dates.extract_dates(ctx)),
        lambda ctx: ctx.quotes.extend(quotes.extract_quotes(ctx)),
        lambda ctx: ctx.quantities.extend(figures.extract_figures(ctx)),
        lambda ctx: ctx.events.extend(events.extract_events(ctx)),
    ]


def build_record(article: Article) -> Record:
    """Extract everything from one article."""
    doc = get_nlp()(article.text)
    return _assemble(Context(article=article, doc=doc))


def build_records(articles: Iterable[Article], *, batch_size: int = 16) -> Iterator[Record]:
    """Extract from many articles, parsing them in batches with ``nlp.pipe``."""
    nlp = get_nlp()
    pending = list(articles) if not isinstance(articles, list) else articles
    docs = nlp.pipe((a.text for a in pending), batch_size=batch_size)
    for article, doc in zip(pending, docs):
        yield _assemble(Context(article=article, doc=doc))


def _assemble(ctx: Context) -> Record:
    if ctx.anchor is None:
        ctx.warnings.append("no publication date: relative dates are left unresolved")
    for step in _steps():
        step(ctx)
    return Record(
        article=ctx.article,
        places=ctx.places,
        dates=ctx.dates,
        quantities=ctx.quantities,
        quotes=ctx.quotes,
        events=ctx.events,
        warnings=ctx.warnings,
    )
