"""A one-line progress display on stderr for long runs, drawn only on a terminal.

Shows articles done, articles/s, the ETA when the total is known and the failures so far.
Redirected stderr (a log file, CI) gets none of it: only the commands' own lines.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import TextIO


class Progress:
    """Counts articles and failures; redraws at most every ``every`` seconds."""

    def __init__(self, total: int | None, stream: TextIO, every: float = 0.2) -> None:
        self.total, self.stream, self.every = total, stream, every
        self.done, self.failed, self.start, self.last = 0, 0, time.monotonic(), 0.0
        self.drawn = False

    def step(self, _label: str = "") -> None:
        """One article finished (stored, unchanged or failed)."""
        self.done += 1
        now = time.monotonic()
        if self.done == 1:
            self.start = now  # the rate starts after the first article (model load excluded)
        if now - self.last >= self.every or self.done == self.total:
            self.last = now
            self.stream.write("\r" + self.line(now - self.start))
            self.stream.flush()
            self.drawn = True

    def fail(self) -> None:
        """Count a failure and clear the line so the caller's message starts at column 0."""
        self.failed += 1
        if self.drawn:
            self.stream.write("\r\033[K")

    def line(self, elapsed: float) -> str:
        rate = self.done / elapsed if elapsed > 0 else 0.0
        failed = f"  {self.failed} failed" if self.failed else ""
        if not self.total:
            return f"{self.done} articles  {rate:.1f} articles/s{failed}   "
        left = max(self.total - self.done, 0)
        eta = f"{left / rate:.0f}s" if rate > 0 else "?"
        filled = int(20 * min(self.done / self.total, 1.0))
        return (f"[{'#' * filled}{'.' * (20 - filled)}] {self.done}/{self.total}  "
                f"{rate:.1f} articles/s  ETA {eta}{failed}   ")

    def close(self) -> None:
        if self.drawn:
            self.stream.write("\n")
            self.stream.flush()


def progress_for(paths: list[str], stream: TextIO) -> Progress | None:
    """A Progress for these inputs when ``stream`` is a terminal, else None (quiet)."""
    isatty = getattr(stream, "isatty", None)
    return Progress(estimate_total(paths), stream) if isatty and isatty() else None


def estimate_total(paths: list[str]) -> int | None:
    """A cheap count of inputs for the ETA: lines of .jsonl files, files in directories."""
    total = 0
    for raw in paths:
        path = Path(raw)
        if raw == "-" or not path.exists():
            return None
        if path.is_dir():
            total += sum(1 for p in path.rglob("*") if p.is_file())
        elif path.suffix == ".jsonl":
            with path.open("rb") as fh:
                total += sum(1 for line in fh if line.strip())
        else:
            total += 1
    return total
