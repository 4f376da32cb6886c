"""How the store reads and writes rows: the archive's time stamps, ``IN`` lists in chunks,
and the Core table of a model."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from typing import Any, TypeVar

from sqlalchemy import Table

T = TypeVar("T")
# SQLite allows 32,766 bound parameters per statement; stay well below for tuple IN lists.
_CHUNK = 500


def now() -> str:
    """UTC, ISO 8601 without an offset: the form every stored time takes, so they sort."""
    return datetime.now(UTC).replace(tzinfo=None).isoformat(timespec="seconds")


def chunks(items: Sequence[T], size: int = _CHUNK) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def core_table(model: type[Any]) -> Table:
    """The Core table of a model: Core executemany skips the ORM's per-row bookkeeping."""
    table = model.__table__
    assert isinstance(table, Table)
    return table
