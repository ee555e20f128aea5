"""Running extraction on more than one core: forked worker processes or a Dask cluster.

Importing this package is cheap (no spaCy, no Dask): the heavy imports happen when work starts.
"""

from eventcoder.scale.builder import RecordBuilder
from eventcoder.scale.cluster import build_records_dask
from eventcoder.scale.outcome import Outcome
from eventcoder.scale.processes import build_records_parallel

__all__ = ["Outcome", "RecordBuilder", "build_records_dask", "build_records_parallel"]
