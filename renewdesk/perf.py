"""Small helpers for the 100k-row hot paths."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while building many small objects.

    Building 100k rows of dataclasses triggers dozens of collections that each
    walk every young object; none of them can free anything, and together
    they cost about a third of the time. Reference counting still frees
    memory as usual; only cycle detection waits until the block ends.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def pause_gc() -> bool:
    """Stop the cyclic collector until :func:`freeze_and_resume_gc`; whether it was on."""
    was_enabled = gc.isenabled()
    gc.disable()
    return was_enabled


def freeze_and_resume_gc(was_enabled: bool) -> None:
    """Move every object alive now into the permanent generation, then collect as before.

    For start-up objects that live as long as the process, e.g. the first paint's
    100,000 row tuples: the collection after their read would walk every one of
    them (about 75 ms) only to find nothing to free; frozen, no collection walks
    them again. Reference counting still frees them when they are dropped.
    """
    gc.freeze()
    if was_enabled:
        gc.enable()
