"""The day order a folder of text dumps writes its numeric header dates in: a scraper's or a
press-review tool's folder whose "20/11/2026" can only be day first reads its "03/11/2026" as 3
November, whichever file is read first (:func:`folder_order`, asked by :mod:`clipper.read.pages`
for a dump whose header date its own numbers do not settle; the rule and the reading are
:mod:`clipper.headerdates`').

Each dump gives the dates its header may hold (:func:`_header_dates`): a block of labelled lines'
date wherever it stands in the block (:func:`clipper.read.textheader.split_header`), else its
first :data:`clipper.config.DUMP_HEADER_LINES` non-empty lines.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path

from clipper.config import DUMP_HEADER_LINES, DUMP_ORDER_SCAN_BYTES
from clipper.headerdates import Order, settled_order
from clipper.read.textheader import split_header

__all__ = ["folder_order"]


def folder_order(folder: Path) -> Order | None:
    """The day order the header dates of the text dumps (``*.txt``, regular files) in ``folder``
    settle (:func:`clipper.headerdates.settled_order` of each dump's :func:`_header_dates`, read
    from its first :data:`clipper.config.DUMP_ORDER_SCAN_BYTES` bytes), so a scraper's
    "03/11/2026" is read as its "20/11/2026" is, whichever file is read first.  Kept per folder
    and its modification time; None when the folder cannot be listed."""
    try:
        stamp = folder.stat().st_mtime_ns
    except OSError:
        return None
    return _folder_order(str(folder), stamp)


@functools.lru_cache(maxsize=256)
def _folder_order(folder: str, stamp: int) -> Order | None:
    try:
        # regular files only: opening a FIFO named ".txt" would block forever, and a link in a
        # dump is reported by the reader, not followed
        with os.scandir(folder) as entries:
            names = sorted(
                entry.path
                for entry in entries
                if entry.name.lower().endswith(".txt") and entry.is_file(follow_symlinks=False)
            )
    except OSError:
        return None
    heads: list[str] = []
    for name in names:
        try:
            with open(name, "rb") as f:
                head = f.read(DUMP_ORDER_SCAN_BYTES).decode("utf-8", "replace")
        except OSError:
            continue
        heads.extend(_header_dates(head))
    return settled_order(heads)


def _header_dates(head: str) -> list[str]:
    """The lines of a dump's opening ``head`` that may hold its header date: the date a block of
    labelled lines gives ("Date: 20/11/2026" under "Source:", "Author:", "Section:", "Page:",
    wherever it stands in the block: :func:`clipper.read.textheader.split_header`), else the
    first :data:`clipper.config.DUMP_HEADER_LINES` non-empty lines.  A press review's block of
    5 or 6 lines put its date below the first 3, and its folder's other dumps' "03/11/2026"
    were left unread, counted.  A header line of fields among those lines gives its numeric
    date field too (:func:`clipper.dumpfields.header_dates`)."""
    fields, _ = split_header(head)
    stated = fields.get("date")
    if isinstance(stated, str):
        return [stated]
    lines = [line for line in head.splitlines() if line.strip()][:DUMP_HEADER_LINES]
    # a header line of fields' date ("By Kweku Mensah | Daily Graphic | 20/11/2026"), read
    # lazily: the date field of a line that is a header's (newcomer 51a)
    from clipper.dumpfields import header_dates
    from clipper.dumplines import normalise_line

    return [*lines, *(field for line in lines for field in header_dates(normalise_line(line)))]
