"""GeoJSON (RFC 7946) FeatureCollection of incidents: Point [lon, lat], flat properties.

Incidents without coordinates are left out (RFC 7946 allows null geometries, but QGIS and
many tools handle them poorly); ``write_geojson`` returns how many were written and skipped.
"""

from __future__ import annotations

import json
from typing import Any, TextIO

from eventcoder.export.acled_csv import acled_rows
from eventcoder.store import Filters, Store


def feature(row: dict[str, Any]) -> dict[str, Any] | None:
    """One Point feature from an ACLED-style row; None without coordinates."""
    if row["latitude"] == "" or row["longitude"] == "":
        return None
    props = {k: (None if v == "" else v) for k, v in row.items()}
    return {
        "type": "Feature",
        "id": row["event_id_cnty"],
        "geometry": {"type": "Point",
                     "coordinates": [round(float(row["longitude"]), 6), round(float(row["latitude"]), 6)]},
        "properties": props,
    }


def write_geojson(store: Store, out: TextIO, filters: Filters | None = None,
                  planned: bool = False) -> tuple[int, int]:
    """Stream the collection feature by feature (planned incidents only with ``planned``, as
    in the CSV); returns (written, skipped without coordinates)."""
    written = skipped = 0
    out.write('{"type": "FeatureCollection", "features": [')
    for row in acled_rows(store, filters, planned):
        feat = feature(row)
        if feat is None:
            skipped += 1
            continue
        out.write(("," if written else "") + "\n" + json.dumps(feat, ensure_ascii=False))
        written += 1
    out.write("\n]}\n")
    return written, skipped
