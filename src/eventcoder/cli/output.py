"""Output files written whole or not at all: a temp file beside the target, renamed at the end.

A full disk (ENOSPC) or any other write error leaves no truncated file behind and becomes
an OutputError (exit 1) with what to do.
"""

from __future__ import annotations

import errno
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from eventcoder.errors import OutputError


@contextmanager
def open_output(path: str | None) -> Iterator[TextIO]:
    """Standard output for None or '-', else an atomically replaced file (missing folders are created)."""
    if not path or path == "-":
        yield sys.stdout
        return
    target = Path(path)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.part")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle = tmp.open("w", encoding="utf-8", newline="")
    except OSError as exc:
        raise output_error(exc, target) from exc
    try:
        with handle:
            yield handle
        tmp.replace(target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise output_error(exc, target) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def output_error(exc: OSError, target: Path | str) -> OutputError:
    """A one-line explanation of a failed write, naming the file."""
    if exc.errno == errno.ENOSPC:
        return OutputError(f"no space left on the device while writing {target}; "
                           "nothing was written: free some space and run again")
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return OutputError(f"cannot write {target}: permission denied; choose another -o path")
    return OutputError(f"cannot write {target}: {exc.strerror or exc}")
