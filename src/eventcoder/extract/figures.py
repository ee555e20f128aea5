"""PLACEHOLDER — replaced by the figures extractor."""
from eventcoder.extract.context import Context


def extract_figures(ctx: Context) -> list:
    return []
