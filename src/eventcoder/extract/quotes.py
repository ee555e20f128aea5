"""PLACEHOLDER — replaced by the quotes extractor."""
from eventcoder.extract.context import Context


def extract_quotes(ctx: Context) -> list:
    return []
