"""Figures: casualty, displacement, detention and territory counts with qualifier, subject and source."""

from eventcoder.extract.figures.extract import extract_figures

__all__ = ["extract_figures"]
