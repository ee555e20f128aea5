"""Word lists the figure rules consult, read from ``data/lexicons/`` (one file per concept).

The lists only name *heads*; whether a count is the victim, the perpetrator or something else
is decided by the dependency parse in ``syntax.py`` (an object of "killed" is killed, its
subject is not).  Keys are lower-case lemmas.  To add a word, edit the YAML file named here.
"""

from __future__ import annotations

from eventcoder.extract.dates.lexicon import calendar_words
from eventcoder.extract.lexicons import lexicon, words


def _labelled(name: str, label: str) -> frozenset[str]:
    """The words of a classifying lexicon that carry one label."""
    return frozenset(w for w, lab in lexicon(name).labels().items() if lab == label)


VICTIM_VERBS: dict[str, str] = lexicon("figure_victim_verbs").labels()
"""Transitive verbs whose object (or passive subject) is the counted group."""
SUBJECT_VERBS: dict[str, str] = lexicon("figure_subject_verbs").labels()
"""Intransitive verbs whose subject is the counted group."""
NEEDS_CLUE = _labelled("figure_clue_verbs", "needs_clue")
"""Verbs that only count as their category with a clue: "shot" + "dead", "taken" + "hostage"."""
CLUE_FIRST = _labelled("figure_clue_verbs", "clue_first")
"""Verbs with a default that a clue overrides: "held" is detained, "held hostage" abducted."""
LIFE_VERBS = _labelled("figure_life_verbs", "verb")
"""Verbs whose subject dies when their object is a life word ("lost their lives")."""
LIFE_WORDS = _labelled("figure_life_verbs", "object")
STATE_WORDS: dict[str, str] = lexicon("figure_state_words").labels()
NOUN_CATEGORIES: dict[str, str] = lexicon("figure_nouns").labels()
MODIFIER_CATEGORIES: dict[str, str] = lexicon("figure_modifiers").labels()
EVENT_NOUNS: dict[str, str] = lexicon("figure_event_nouns").labels()
QUANT_HEADS = words("quantity_heads")
TALLY_NOUNS = words("tally_nouns")
RUNNING_CUES = words("toll_context_cues")
TALLY_VERBS = words("tally_verbs")
RAISING_VERBS = words("raising_verbs")
CONTROL_VERBS = words("control_verbs")
CONTROL_NOUNS = words("control_nouns")
TERRITORY_NOUNS = words("territory_nouns")
AREA_UNITS = words("area_units")
PEOPLE_NOUNS = words("people_nouns", "countable") | words("people_nouns", "victim")
"""Who may be counted: the countable nouns and every noun for a victim ('two drivers', 'three
judges' are people an attack kills).  Anything else (tanks, shells, houses) makes the count "other"."""
PEOPLE_SUFFIXES = tuple(lexicon("people_suffixes").words)
LABEL_WORDS = words("number_labels")
"""Words right before a number that make it a label, not a count ("Resolution 2254")."""
YEAR_ONLY_LABELS = _labelled("number_labels", "year_only")
"""Label words that also precede real counts, so they only mark a year-like number."""
MONTHS = frozenset(w for w, (kind, _) in calendar_words().items() if kind == "month")
NON_COUNT_UNITS = words("non_count_units")
"""Words right after a number that measure something other than people or ground."""
SAY_VERBS = words("speech_verbs", "figure_source")
IRREGULAR_LEMMAS: dict[str, str] = lexicon("irregular_lemmas").labels()
"""Past forms the small model leaves unlemmatised."""
PERCENT_WORDS = words("percent_words")
