"""Limits of figure reading (part of ``ExtractConfig``)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class FigureConfig:
    """Defaults are the values the dev scores were measured with."""

    max_value: float = 10_000_000_000.0
    """Largest number read as a figure: above it ('99999999999999999999 killed') a number is a
    code, a typo or an overflow, never a count of people or ground."""
    max_noun_gap: int = 4
    """Tokens allowed between a numeral and the noun it counts ('12 young unarmed men')."""
