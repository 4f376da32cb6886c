"""A cluster's event day and time of day, read from its canonical page's dates (the story
stage's walk orders clusters by them and links only those within ``StoryConfig.window_days``)."""

from __future__ import annotations

from datetime import date

__all__ = ["event_day", "event_time", "ordinal"]


def event_day(published: str | None, fetched_at: str | None, seen_at: str | None) -> str:
    """YYYY-MM-DD of publication, else fetch, else first sight (else 0001-01-01)."""
    for value in (published, fetched_at, seen_at):
        if value:
            try:
                return date.fromisoformat(value[:10]).isoformat()
            except ValueError:
                continue
    return date.min.isoformat()


def event_time(published: str | None, fetched_at: str | None) -> str:
    """The time of day (as written after the date, e.g. ``"07:30:00+02:00"``) of publication,
    else of fetch, of the value :func:`event_day` took; "" when that value has none, or when
    the day is the day the page was seen (a time of arrival is no property of the page)."""
    for value in (published, fetched_at):
        if value:
            try:
                date.fromisoformat(value[:10])
            except ValueError:
                continue
            return value[10:].lstrip("T ")
    return ""


def ordinal(day: str) -> int:
    return date.fromisoformat(day).toordinal()
