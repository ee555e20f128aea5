"""A time budget per article, so one pathological text is reported and skipped, not a stall.

``time_limited`` arms a real-time interval timer (SIGALRM) around a block and raises
:class:`~eventcoder.errors.ExtractionTimeout` inside it when the budget runs out. It works
in the main thread of a process (each worker process runs its articles in its main thread);
elsewhere, or with a budget of 0/None, the block simply runs unlimited. The exception is
delivered between Python bytecodes: a single C call that never returns (rare in spaCy,
which hands control back per token batch) is only interrupted once it does.
"""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

from eventcoder.errors import ExtractionTimeout

DEFAULT_SECONDS = 120.0
ENV = "EVENTCODER_ARTICLE_TIMEOUT"
_REPEAT = 0.5  # seconds between repeated alarms once the budget is spent


def default_budget() -> float | None:
    """Seconds per article: $EVENTCODER_ARTICLE_TIMEOUT if set (0 = unlimited), else 120."""
    raw = os.environ.get(ENV, "").strip()
    if not raw:
        return DEFAULT_SECONDS
    try:
        seconds = float(raw)
    except ValueError:
        raise ValueError(f"{ENV} must be a number of seconds, not {raw!r}") from None
    return seconds if seconds > 0 else None


def _can_alarm() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def time_limited(seconds: float | None, what: str = "article") -> Iterator[None]:
    """Raise ExtractionTimeout in the block once ``seconds`` have passed; nests safely.

    Code inside may catch broad exceptions (extractors isolate their own failures), so the
    alarm repeats every ``_REPEAT`` s until the block ends, and a block that ran past its
    budget ends in ExtractionTimeout even if it swallowed every alarm or turned one into
    another error: its result could be partial.
    """
    if not seconds or seconds <= 0 or not _can_alarm():
        yield
        return
    message = f"{what} took longer than its {seconds:g} s budget; skipped"
    expired = False

    def _expired(_signum: int, _frame: FrameType | None) -> None:
        nonlocal expired
        expired = True
        raise ExtractionTimeout(message)

    previous = signal.signal(signal.SIGALRM, _expired)
    started = time.monotonic()
    outer_left, _ = signal.setitimer(signal.ITIMER_REAL, seconds, _REPEAT)
    try:
        yield
    except ExtractionTimeout:
        raise
    except BaseException as exc:
        if expired:
            raise ExtractionTimeout(message) from exc
        raise
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        if outer_left:  # an enclosing budget keeps running where it was
            signal.setitimer(signal.ITIMER_REAL,
                             max(outer_left - (time.monotonic() - started), 0.001), _REPEAT)
    if expired:
        raise ExtractionTimeout(message)
