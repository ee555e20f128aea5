"""Places: toponyms found in the text and resolved against the GeoNames gazetteer."""

from eventcoder.extract.places.extract import extract_places

__all__ = ["extract_places"]
