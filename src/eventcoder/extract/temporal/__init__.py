"""A small temporal grammar: lexicon -> grammar rules + builders (Expr atoms) -> resolve (ISO values).

``tense`` decides future vs past for year-less dates and day names. The entry point is
:mod:`eventcoder.extract.dates`; these modules know nothing of the record beyond its precisions.
"""
