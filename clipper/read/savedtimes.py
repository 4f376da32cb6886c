"""When a website mirror saved a page: its file's modification time (:func:`saved_time`).

``wget --mirror`` (``-N``) sets each file's modification time to the server's
``Last-Modified``, else leaves it at the download; HTTrack does the same.  So a mirror's file
says when its page existed, which a mirror's saved page gives nowhere else: two nights'
mirrors of one page, stored in reverse order, had their texts numbered by the run that read
them (newcomer 37b finding 6).  It is no fetch time: a copy made without keeping times
(``cp`` without ``-p``, a download of the folder) gives every file the copy's time, which as a
fetch time would make two nights' texts of one page "one capture" (a shorter reading of it,
not a version); it is kept as the page's first sighting (``pages.seen_at``) in place of the
run's start, and a copy's time, just before the run, orders readings as the run's start did.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path


def saved_time(path: Path, now: datetime | None = None) -> str | None:
    """``path``'s modification time as ISO 8601 in UTC (to the second), or None: unreadable,
    or later than ``now`` (default: the clock's now; a file saved later than it is read was
    saved by a clock that is wrong, and says nothing)."""
    try:
        seconds = os.stat(path).st_mtime
    except OSError:
        return None
    saved = datetime.fromtimestamp(int(seconds), UTC)
    if saved > (now or datetime.now(UTC)):
        return None
    return saved.replace(tzinfo=None).isoformat(timespec="seconds")
