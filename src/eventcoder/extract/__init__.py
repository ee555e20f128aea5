"""Extractors: one module per area, each a function ``(ctx: Context) -> list[item]``.

Extractors run in the order fixed by :mod:`eventcoder.record`; each may read what
earlier ones put in the context (events read places, dates, figures and quotes).
"""
