"""Pausing Python's cyclic garbage collector during bulk jobs (import, export).

An import or export builds a dict per record. The cyclic collector runs a pass every
few hundred new objects and, as the heap grows, more and more full passes over every
object alive: with a million records that made the time per record grow with the
database (export 69 → 116 µs per record from 100,000 to 1,000,000 records). Records
hold no reference cycles, so reference counting frees them either way; pausing the
collector only skips the passes. It is the whole process's collector: jobs in several
threads share one pause, which ends when the last of them does. The only module that
switches the collector (tests/integration/test_one_of_each.py).
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_jobs = 0
_was_enabled = True


def pause() -> None:
    """Pause the collector for one more job (resume() ends it)."""
    global _jobs, _was_enabled
    with _lock:
        if _jobs == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _jobs += 1


def resume() -> None:
    """One job is over: the collector runs again, as before, once every job is."""
    global _jobs
    with _lock:
        _jobs -= 1
        if _jobs == 0 and _was_enabled:
            gc.enable()


@contextmanager
def collector_paused() -> Iterator[None]:
    """Run the block with the cyclic garbage collector paused (then as before)."""
    pause()
    try:
        yield
    finally:
        resume()
