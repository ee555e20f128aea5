"""Exports of the corpus: ACLED-style CSV, GeoJSON, JSON Lines (records or incidents)."""

from eventcoder.export.acled_csv import COLUMNS as ACLED_COLUMNS
from eventcoder.export.acled_csv import write_acled_csv
from eventcoder.export.geojson import write_geojson
from eventcoder.export.jsonl import write_incidents_jsonl, write_jsonl

__all__ = ["ACLED_COLUMNS", "write_acled_csv", "write_geojson", "write_incidents_jsonl", "write_jsonl"]
