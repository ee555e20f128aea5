"""Thresholds of quote finding (part of ``ExtractConfig``)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class QuoteConfig:
    """Defaults were set by error analysis on our own fixtures and the dev sets."""

    min_indirect_tokens: int = 3
    """An indirect quote shorter than this ('he said so') reports nothing worth keeping."""
