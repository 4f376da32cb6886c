"""What commands print besides their answer's own text (:mod:`clipper.render`): a list as a
table or JSON Lines, hints and errors on standard error."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

import click

if TYPE_CHECKING:
    from clipper.refs import MergedAway

R = TypeVar("R")

EXIT_UNKNOWN_WATCHLIST = 4
# ``show`` of a cluster or story id a run merged into another (clipper.refs.MergedAway)
EXIT_MERGED = 5


def print_list(
    rows: list[R],
    limit: int,
    as_json: bool,
    as_dict: Callable[[R], dict[str, Any]],
    table: Callable[[list[R], bool], str],
) -> list[R]:
    """Print a list asked for with ``limit + 1`` rows: its first ``limit`` as JSON Lines (a
    cut list says so on stderr, so a script never takes the first page for all of it), or
    as ``table(rows, more)`` where ``more`` says the limit cut the list.  Returns the rows
    shown."""
    more, rows = len(rows) > limit, rows[:limit]
    if as_json:
        for row in rows:
            click.echo(json.dumps(as_dict(row), ensure_ascii=False))
        if more:
            click.echo(f"the first {limit} shown, there are more: raise --limit", err=True)
    else:
        click.echo(table(rows, more))
    return rows


def note_lowercase_operators(query: str) -> None:
    """A hint on standard error when ``query`` has "or"/"and"/"not" in lower case (searched
    as words: operators are upper case)."""
    from clipper.searchquery import lowercase_operators

    words = lowercase_operators(query)
    if words:
        quoted = ", ".join(f'"{word}"' for word in words)
        click.echo(
            f"note: {quoted} in lower case {'is a word' if len(words) == 1 else 'are words'}"
            " to find; operators are upper case: AND, OR, NOT",
            err=True,
        )


def exit_unknown_watchlist(error: Exception) -> None:
    click.echo(f"Error: {error}", err=True)
    sys.exit(EXIT_UNKNOWN_WATCHLIST)


def exit_merged(moved: MergedAway, as_json: bool) -> NoReturn:
    """Say where a merged cluster or story went (``moved``: a
    :class:`clipper.refs.MergedAway`) and exit with :data:`EXIT_MERGED`: on stderr, and with
    ``as_json`` also as {"error", "merged": {kind, id, merged_into, run_id, then}} on stdout."""
    if as_json:
        document = {"error": str(moved), "merged": moved.moved.as_dict()}
        click.echo(json.dumps(document, ensure_ascii=False, indent=2))
    click.echo(f"Error: {moved}", err=True)
    sys.exit(EXIT_MERGED)
