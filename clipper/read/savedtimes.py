"""When a website mirror saved a page: its file's modification time (:func:`saved_time`).

``wget --mirror`` (``-N``) sets each file's modification time to the server's
``Last-Modified``, to the second; ``tar``, ``unzip``, ``cp -p`` and ``rsync -a`` keep it.  So a
mirror's file says when its page existed, which a mirror's saved page gives nowhere else: two
nights' mirrors of one page, in folders not named by date and stored in reverse order, had
their texts numbered by the run that read them (newcomer 37b finding 6).

Only such a time is read: one to the whole second.  A file some program wrote and nothing
timed since (a ``cp`` without ``-p``, a download of the folder, wget given no
``Last-Modified``) has the time it was written, with a fraction of a second on the file
systems that keep one (ext4, XFS, Btrfs, APFS, NTFS): a copy's time, which says nothing of
the page (night 2 copied before night 1 made night 1's text the newer in any order of runs),
so it is not read and the page is first seen at the run's start, as before.  It is never a
fetch time: the copy's one time would make two nights' texts of one page one "capture" (a
shorter reading of it, not a version).  It is the page's first sighting (``pages.seen_at``)
in place of the run's start.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

_SECOND_NS = 1_000_000_000


def saved_time(path: Path, now: datetime | None = None) -> str | None:
    """``path``'s modification time as ISO 8601 in UTC, or None: unreadable, not a whole
    second (a time the file was written at, not one set: module docstring), or later than
    ``now`` (default: the clock's now; a file saved later than it is read was saved by a
    wrong clock)."""
    try:
        nanoseconds = os.stat(path).st_mtime_ns
    except OSError:
        return None
    if nanoseconds % _SECOND_NS:
        return None
    saved = datetime.fromtimestamp(nanoseconds // _SECOND_NS, UTC)
    if saved > (now or datetime.now(UTC)):
        return None
    return saved.replace(tzinfo=None).isoformat(timespec="seconds")
