"""PLACEHOLDER — replaced by the events extractor."""
from eventcoder.extract.context import Context


def extract_events(ctx: Context) -> list:
    return []
