"""Dates: a small temporal grammar resolving every expression against the publication date.

lexicon -> grammar rules + builders (Expr atoms) -> resolve (ISO values); ``tense`` decides
future vs past for year-less dates and day names. ``governing_date`` gives figures and events
the date that governs a span of text.
"""

from eventcoder.extract.dates.extract import extract_dates, governing_date

__all__ = ["extract_dates", "governing_date"]
