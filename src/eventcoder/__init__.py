"""eventcoder: conflict news in, a sourced structured record out.

    >>> from eventcoder import Article, build_record
    >>> record = build_record(Article(id="a1", text="...", published="2024-05-12"))

``build_record`` and ``build_records`` load spaCy on first use, so importing the
package stays cheap.
"""

from typing import Any

from eventcoder.model import SCHEMA_VERSION, Article, Record

__version__ = "0.1.0"
__all__ = sorted(["Article", "Record", "SCHEMA_VERSION", "__version__", "build_record", "build_records"])


def __getattr__(name: str) -> Any:
    """Import the extraction entry points lazily: they pull in spaCy and the extractors."""
    if name in ("build_record", "build_records"):
        from eventcoder import record

        return getattr(record, name)
    raise AttributeError(f"module 'eventcoder' has no attribute {name!r}")
