"""Thresholds of event finding and merging (part of ``ExtractConfig``)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class EventConfig:
    """Defaults were set by error analysis on our own fixtures and the dev sets. The classifier
    thresholds were checked by 5-fold cross-validation on case-dev (``bench/cv_thresholds.py``,
    81 settings): every fold keeps retype 0.6, add 0.4 and clash 0.9; drop_none is a wash there
    (the held-out sub-type F1 of the chosen settings equals the defaults' in-sample 0.824) and
    stays on, since what it removes, events in no-event sentences, sub-type F1 does not score."""

    historical_days: int = 400
    """An event dated this many days before publication is history, not news: it is not coded."""
    planned_horizon_days: int = 3
    """A protest or strategic move planned to start later than this many days after publication
    ('next week', 'by the end of the year') is an announcement, not an event (ACLED codes it when
    it happens); a plan for the next days is kept with certainty 'planned'."""
    merge_km: float = 25.0
    """Two mentions of one kind of event within this distance (same day) are one event."""
    town_apart_km: float = 5.0
    """Two towns each stated by a mention's own sentence are two events when farther apart than
    this (nearer, they are two names of one spot)."""
    merge_days: int = 1
    """Two day-precise mentions this many days apart or less may be one event; a date this close
    to publication also matches a mention dated only by the article."""
    place_on_trigger: int = 4
    """Score of a place attached to the trigger itself ('fighting in X', 'X clashes')."""
    place_on_clause: int = 3
    """Score of a place attached to the trigger's clause verb rather than to the trigger."""
    place_in_sentence: int = 2
    """Score of a place that is merely in the trigger's sentence."""
    place_aside: int = 1
    """Score of a place that names an armed group ('Fano militias') or locates a speaker
    ('witnesses in Goma said'); such a place in another country than the focus is skipped."""
    place_loose_penalty: int = 1
    """Subtracted when the place hangs under a loose preposition (of, from, towards …)."""
    finer_place_margin: int = 2
    """A town inside the area an event is placed in replaces the area when its own score is at
    most this much lower ('in Soum province near the town of Djibo': Djibo)."""
    country_place_min_score: int = 3
    """A country or region name is the event's place only from this score (else it is an actor)."""
    anchoring_place_score: int = 4
    """A weak trigger ('clash', 'attack') counts as an event when its place scores this much."""
    classifier: bool = True
    """Ask the learned typer (``events.classifier``) for a second opinion on candidate sentences:
    the rules miss paraphrases and mistype generic triggers; the model sees the whole sentence."""
    classifier_drop_none: float = 0.7
    """Drop a rule mention that rests only on a generic trigger (a lexicon default) when the model
    gives its sentence at least this probability of reporting no event."""
    classifier_retype: float = 0.6
    """Take the model's sub-type over a generic trigger's default when the model's probability
    reaches this."""
    classifier_add: float = 0.6
    """Add an event the rules missed when the model gives a candidate sentence an event sub-type
    with at least this probability."""
    classifier_add_strict: float = 0.7
    """The probability an added event needs in a longer text (an article), or on a sentence with no
    cue word nor figure: when the rules find nothing in several paragraphs the story is usually
    not an event (a trial, an election, a flood), and a cue-less sentence of a snippet is more
    often background than a missed event."""
    classifier_clash: float = 0.9
    """The probability the model needs to retype a mention to, or add, an armed clash: the model
    leans to 'Armed clash' for any sentence naming armed groups (truces, captures, bases)."""
    classifier_max_sentences: int = 1
    """At most this many of an article's rule sentences are embedded (~35 ms each on one core):
    those whose mention rests on a generic trigger, in text order."""
    classifier_max_added: int = 3
    """In an article where the rules found nothing, at most this many candidate sentences are
    embedded, in text order."""
    classifier_window: int = 8
    """In a long sentence the model reads the words within this many tokens of the trigger (or
    cue), not the whole sentence: its cost grows with the words read."""
    classifier_sentence_tokens: int = 48
    """A candidate sentence of a short text (``classifier_short_text``) of at most this many tokens
    is read whole: the model was trained on whole sentences, and a window cut around a cue word
    loses the verb ('encountered', 'picked up') that tells the event. An article's sentences carry
    background and quotes, and are still read through the window."""
    classifier_short_text: int = 3
    """In a text of at most this many sentences that names a place and where the rules found
    nothing, every sentence is a candidate: a coded note or a snippet tells one event, often with a
    verb no cue list holds."""
    classifier_add_anywhere: bool = False
    """Add missed events in any candidate sentence; when False only in articles where the rules
    found no event at all (a sentence beside a found event usually retells it)."""
