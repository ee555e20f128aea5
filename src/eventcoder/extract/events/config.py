"""Thresholds of event finding and merging (part of ``ExtractConfig``)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class EventConfig:
    """Defaults were set by error analysis on our own fixtures and the dev sets."""

    historical_days: int = 400
    """An event dated this many days before publication is history, not news: it is not coded."""
    merge_km: float = 25.0
    """Two mentions of one kind of event within this distance (same day) are one event."""
    classifier: bool = True
    """Ask the learned typer (``events.classifier``) for a second opinion on candidate sentences:
    the rules miss paraphrases and mistype generic triggers; the model sees the whole sentence."""
    classifier_drop_none: float = 0.85
    """Drop a rule mention that rests only on a generic trigger (a lexicon default) when the model
    gives its sentence at least this probability of reporting no event."""
    classifier_retype: float = 0.6
    """Take the model's sub-type over the rules' when the model's probability reaches this and the
    rules' sub-type is the model's second choice, or the rule only had a generic trigger."""
    classifier_add: float = 0.4
    """Add an event the rules missed when the model gives a candidate sentence an event sub-type
    with at least this probability."""
    classifier_clash: float = 0.9
    """The probability the model needs to retype a mention to, or add, an armed clash: the model
    leans to 'Armed clash' for any sentence naming armed groups (truces, captures, bases)."""
    classifier_add_anywhere: bool = False
    """Add missed events in any candidate sentence; when False only in articles where the rules
    found no event at all (a sentence beside a found event usually retells it)."""
