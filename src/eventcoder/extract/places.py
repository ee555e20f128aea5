"""PLACEHOLDER — replaced by the places extractor."""
from eventcoder.extract.context import Context


def extract_places(ctx: Context) -> list:
    return []
