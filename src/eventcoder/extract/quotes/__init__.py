"""Quotes: direct, partial and indirect speech with its speaker; attribution for figures and events."""

from eventcoder.extract.quotes.attribution import attribution_for
from eventcoder.extract.quotes.extract import extract_quotes

__all__ = ["attribution_for", "extract_quotes"]
