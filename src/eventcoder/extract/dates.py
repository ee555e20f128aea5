"""PLACEHOLDER — replaced by the dates extractor."""
from eventcoder.extract.context import Context


def extract_dates(ctx: Context) -> list:
    return []
