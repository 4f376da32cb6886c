"""What commands print besides their answer's own text (:mod:`clipper.render`): a list as a
table or JSON Lines, hints and errors on standard error, and under ``--json`` an error as a JSON
object on standard output too (:func:`errors_as_json`)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

import click

if TYPE_CHECKING:
    from clipper.archive import Archive
    from clipper.narrowing import Narrowing
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


def absent_language_notes(archive: Archive, languages: Sequence[str], then: str = "") -> list[str]:
    """The notes ``search``, ``export`` and ``watch add`` print on standard error of a ``--lang``
    (``languages``, stored codes) no page of the archive is in ("note: no page of the archive
    is in br (Breton); BR is also Brazil's country code: for its pages give --region BR …":
    :func:`clipper.heldlanguages.absent_language_notes`), each with ``then`` after it; read
    while the archive is open, printed by :func:`print_notes` (after the command's answer)."""
    if not languages:
        return []
    from clipper.heldlanguages import absent_language_notes as notes

    return [f"note: {note}{then}" for note in notes(archive, languages)]


def absent_region_notes(archive: Archive, regions: Sequence[str], then: str = "") -> list[str]:
    """The notes of a ``--region`` (``regions``, ISO 3166 codes) no page of the archive is of
    (:func:`clipper.askedregion.absent_region_notes`), as :func:`absent_language_notes`'s."""
    if not regions:
        return []
    from clipper.askedregion import absent_region_notes as notes

    return [f"note: {note}{then}" for note in notes(archive, regions)]


def narrowing_note(found: Narrowing | None, what: str, noun: str, many: str = "") -> str | None:
    """The note of a list that came out empty with filters (:mod:`clipper.narrowing`): which
    filter left nothing of what the query finds without them ("note: the words match 3
    articles, none of them with --region CO"; several: what each keeps alone, "…; of them,
    --region CO alone keeps none, --since 2026-12-07 alone keeps 2; all together, none").  ``what``
    opens it ("the words match", "the archive holds"), ``noun``/``many`` name what is counted.
    None when nothing found it without the filters either (the words, not a filter, find
    nothing) or when the filters together keep some (a later step emptied the list)."""
    from clipper.layout import plural

    if found is None or not found.unfiltered or found.together:
        return None
    counted = plural(found.unfiltered, noun, many)
    if len(found.kept) == 1:
        label = found.kept[0][0]
        none = "none of them" if found.unfiltered > 1 else "but not"
        return f"note: {what} {counted}, {none} with {label}"
    each = ", ".join(f"{label} alone keeps {kept or 'none'}" for label, kept in found.kept)
    return f"note: {what} {counted}; of them, {each}; all together, none"


def print_notes(notes: Sequence[str]) -> None:
    """Print ``notes`` on standard error, one a line."""
    for note in notes:
        click.echo(note, err=True)


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


class CommandError(click.ClickException):
    """An error a command ends with under its own exit code (``exit_code``: 3, 4, 5 as the
    command's help says; click's own are 1 and 2): "Error: MESSAGE" on stderr, and under
    ``--json`` ``details`` (a dict of JSON values) join the error object on stdout
    (:func:`error_document`)."""

    def __init__(self, message: str, exit_code: int, details: dict[str, Any] | None = None):
        super().__init__(message)
        # click declares exit_code a class variable; its main() exits with the instance's
        setattr(self, "exit_code", exit_code)  # noqa: B010
        self.details = details or {}


def error_document(error: click.ClickException) -> dict[str, Any]:
    """What ``--json`` prints on stdout for an error: {"error": the message stderr shows after
    "Error: ", "exit_code": the process's exit code, and a :class:`CommandError`'s details}."""
    details = error.details if isinstance(error, CommandError) else {}
    return {"error": error.format_message(), "exit_code": error.exit_code, **details}


def asks_json(args: Sequence[str]) -> bool:
    """Whether a command line (the arguments after the program's name) gives ``--json``: before
    a ``--``, after which every argument is a word of the query."""
    end = args.index("--") if "--" in args else len(args)
    return "--json" in args[:end]


@contextmanager
def errors_as_json(as_json: bool) -> Iterator[None]:
    """With ``as_json``, a click error (usage, exit code 2; a failure, 1; a
    :class:`CommandError`) raised in the block also prints :func:`error_document` on stdout, on
    one line (a JSON document and a JSON Lines line alike), so a script reading ``--json``
    always gets JSON; the error goes on to click, which says it on stderr and exits with its
    code."""
    try:
        yield
    except click.ClickException as error:
        if as_json:
            click.echo(json.dumps(error_document(error), ensure_ascii=False))
        raise


def exit_unknown_watchlist(error: Exception) -> NoReturn:
    """End the command with "Error: ``error``" and :data:`EXIT_UNKNOWN_WATCHLIST`."""
    raise CommandError(str(error), EXIT_UNKNOWN_WATCHLIST) from error


def exit_merged(moved: MergedAway) -> NoReturn:
    """Say where a merged cluster or story went (``moved``: a
    :class:`clipper.refs.MergedAway`) and exit with :data:`EXIT_MERGED`: on stderr, and under
    ``--json`` also as {"error", "exit_code", "merged": {kind, id, merged_into, run_id, then}}
    on stdout."""
    raise CommandError(str(moved), EXIT_MERGED, {"merged": moved.moved.as_dict()}) from moved
