"""Running extraction on more than one core: worker processes that each load the model once."""

from eventcoder.scale.processes import build_records_parallel

__all__ = ["build_records_parallel"]
