"""A live blog's entry times, kept with their entries.

A live blog (a match, an election night, a storm) is a run of entries, each its clock time and
a paragraph or two: ``<div class="entry"><time>21:12</time><p>Gol del Borgo!…</p></div>``.
trafilatura keeps the paragraphs and drops the times standing beside them, so a reader of the
clipping cannot tell when anything happened (newcomer 21).  :func:`keep_entry_times` writes
each entry's time at the start of its first paragraph ("21:12 Gol del Borgo!…") before
extraction, where the page has at least :data:`MIN_ENTRIES` sibling entries of that shape: a
block whose first element is a ``<time>`` (or an element whose whole text is a clock time)
followed by a ``<p>``.  An article's one publication time above its text is no entry run and is
left alone.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["MIN_ENTRIES", "keep_entry_times"]

# Entries of one shape among a block's children that make a live blog (an article shows one
# time: its publication's).
MIN_ENTRIES = 3
# A clock time as live blogs print it: "21:12", "9.05", "21h12", "9:05 am", "21:12 Uhr".
_CLOCK = re.compile(
    r"^(?:[01]?\d|2[0-3])(?:[:.h])[0-5]\d(?:\s*(?:[ap]\.?m\.?|uhr|h))?$", re.IGNORECASE
)


def _entry_time(block: Any) -> tuple[Any, Any] | None:
    """(the time element, the first paragraph) of a live-blog entry, else None."""
    children = [child for child in block if isinstance(child.tag, str)]
    if len(children) < 2:
        return None
    first = children[0]
    if first.tag != "time" and len(first) > 1:  # a block, not a time: its text not read
        return None
    if not _CLOCK.match(" ".join(first.text_content().split())):
        return None
    paragraph = next((child for child in children[1:] if child.tag == "p"), None)
    return (first, paragraph) if paragraph is not None else None


def keep_entry_times(tree: Any) -> int:
    """Write each live-blog entry's clock time at the start of its first paragraph, in place
    (see the module docstring); returns how many entries."""
    containers: dict[Any, None] = {}  # in page order, each once
    for paragraph in tree.iter("p"):
        entry = paragraph.getparent()
        if entry is not None and entry.getparent() is not None:
            containers.setdefault(entry.getparent(), None)
    done = 0
    for container in containers:
        entries = [
            found
            for block in container
            if isinstance(block.tag, str) and (found := _entry_time(block)) is not None
        ]
        if len(entries) < MIN_ENTRIES:
            continue
        for time, paragraph in entries:
            stamp = " ".join(time.text_content().split())
            paragraph.text = f"{stamp} {paragraph.text or ''}"
            time.text = ""
            for child in list(time):
                time.remove(child)
            done += 1
    return done
