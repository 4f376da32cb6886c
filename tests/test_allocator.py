"""clipper.allocator: what a batch freed goes back to the operating system."""

from __future__ import annotations

from pathlib import Path

import pytest

from clipper import allocator

STATUS = Path("/proc/self/status")
needs_glibc = pytest.mark.skipif(
    allocator._glibc() is None or not STATUS.exists(), reason="glibc on Linux only"
)


def _anonymous_mb() -> float:
    for line in STATUS.read_text().splitlines():
        if line.startswith("RssAnon:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("no RssAnon in /proc/self/status")


@needs_glibc
def test_release_returns_freed_heap_below_a_live_allocation() -> None:
    # 120 MB of 2 KB blocks (malloc's heap, not obmalloc, not mmap), then one block above them
    # that stays alive: free() alone cannot shrink the heap from its top
    blocks = [bytearray(2048) for _ in range(60_000)]
    for block in blocks:
        block[::512] = b"\x01" * 4  # touch every page
    pin = bytearray(2048)
    del blocks
    held = _anonymous_mb()
    assert allocator.release()
    assert held - _anonymous_mb() >= 60
    assert pin


def test_release_is_harmless_anywhere() -> None:
    # on any platform: a bool, no error, and may be called again
    assert isinstance(allocator.release(), bool)
    assert isinstance(allocator.release(), bool)
