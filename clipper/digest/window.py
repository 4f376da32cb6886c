"""The digest's time window: ``--since``, else since the previous digest of the same selection.

Times are the archive's: ISO 8601 UTC without an offset (``clipper.store.now``), compared as
text.  The window is about when clipper *stored* pages (the runs), not when they were
published: the morning digest is "what arrived since the last one".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from clipper.config import DigestConfig
from clipper.dates import DateError, parse_when
from clipper.models import Digest
from clipper.store import now


class WindowError(ValueError):
    """A ``--since`` that cannot be used; the message says what to write instead."""


@dataclass(frozen=True)
class Window:
    """``since`` ≤ stored time < ``until`` (ISO, UTC); ``basis`` says where ``since`` came
    from: ``"--since"``, ``"previous digest"`` or ``"default"`` (the first digest)."""

    since: str
    until: str
    basis: str


def parse_since(value: str, until: str) -> str:
    """``24h`` / ``30m`` / ``7d`` / ``2w`` before ``until``, or a date / date-time (UTC unless it
    has an offset) → ISO ``since``; the forms every command takes (:mod:`clipper.dates`).
    Raises WindowError when unparseable or after ``until``."""
    try:
        start, _ = parse_when(value, "--since", datetime.fromisoformat(until))
    except DateError as error:
        raise WindowError(str(error)) from None
    since = start.isoformat(timespec="seconds")
    if since > until:
        raise WindowError(
            f"--since {value!r} is in the future (it is now {until} UTC): "
            "nothing can have arrived after it"
        )
    return since


def selection_key(watch_names: list[str], query: str | None) -> str:
    """Names what a digest covers, so the next digest of the same selection continues from it:
    ``all`` (every watchlist, or every story when there are none), else the watchlists chosen
    and the query."""
    parts = []
    if watch_names:
        parts.append("watch:" + ",".join(sorted(set(watch_names))))
    if query:
        parts.append("query:" + " ".join(query.split()))
    return " | ".join(parts) if parts else "all"


def resolve(
    session: Session, selection: str, since: str | None, config: DigestConfig
) -> Window:
    """The window for a digest of ``selection`` written now."""
    until = now()
    if since is not None:
        return Window(parse_since(since, until), until, "--since")
    previous = session.scalar(
        select(Digest.until)
        .where(Digest.selection == selection)
        .order_by(Digest.until.desc(), Digest.id.desc())
        .limit(1)
    )
    if previous is not None and previous <= until:
        return Window(previous, until, "previous digest")
    start = datetime.fromisoformat(until) - timedelta(hours=config.default_window_hours)
    return Window(start.isoformat(timespec="seconds"), until, "default")


def record(session: Session, selection: str, window: Window, stories: int) -> None:
    """Remember a digest written with the default window: the next one starts at its end."""
    session.add(
        Digest(
            selection=selection,
            since=window.since,
            until=window.until,
            created_at=now(),
            stories=stories,
        )
    )
