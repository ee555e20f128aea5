"""Readers that turn files, folders, JSON Lines and stdin into Articles.

Bad inputs never stop a batch: :func:`iter_articles` yields an
:class:`~eventcoder.errors.InputError` in place of each file or line it cannot read.
"""

from eventcoder.ingest.dates import normalise_published, parse_published
from eventcoder.ingest.readers import MAX_TEXT_CHARS, iter_articles

__all__ = ["MAX_TEXT_CHARS", "iter_articles", "normalise_published", "parse_published"]
