"""Files replaced only once fully written, with no half-written leftovers.

A file is written to a hidden part file beside its target (`.NAME.PID-RANDOM.part`),
synced, then renamed over the target. A process killed mid-write (SIGKILL, power cut)
leaves its part file behind: the next write to the same target removes the part files
of processes that no longer run (and any older than a day, from another machine).
Files are created with the usual permissions (the umask), unlike tempfile.mkstemp's 0600.
"""

from __future__ import annotations

import contextlib
import os
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

STALE_AFTER_SECONDS = 24 * 3600


@contextmanager
def atomic_file(path: Path) -> Iterator[BinaryIO]:
    """A binary file that replaces path only once fully written and synced (else vanishes)."""
    remove_stale_parts(path)
    tmp = path.with_name(f".{path.name}.{os.getpid()}-{uuid.uuid4().hex[:12]}.part")
    try:
        with open(tmp, "xb") as f:  # honours the umask, unlike mkstemp
            yield f
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def remove_stale_parts(path: Path) -> list[Path]:
    """Remove the part files of path left by writers that died; returns those removed."""
    removed = []
    with contextlib.suppress(OSError):
        for part in path.parent.glob(f".{_glob_escape(path.name)}.*.part"):
            if _stale(part):
                with contextlib.suppress(OSError):
                    part.unlink()
                    removed.append(part)
    return removed


def _glob_escape(name: str) -> str:
    return "".join(f"[{c}]" if c in "*?[" else c for c in name)


def _stale(part: Path) -> bool:
    owner = part.name.rsplit(".", 2)[-2].split("-", 1)[0]
    try:
        if time.time() - part.stat().st_mtime > STALE_AFTER_SECONDS:
            return True
    except OSError:
        return False
    if not owner.isdigit():
        return False
    pid = int(owner)
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:  # alive, owned by someone else
        return False
    return False
