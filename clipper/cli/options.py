"""The options every command shares (``--db``, ``--json``, ``--limit``, ``--since``/``--until``,
``--tz``, ``--site``, ``--lang``, ``--region``, ``--author``, ``--agency``, ``-o FILE`` and the
``--format`` its extension names), their types, the command class that refuses a
single-valued option given twice, and opening the archive ``--db`` names."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from datetime import tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from clipper.cli.output import exit_unknown_watchlist

if TYPE_CHECKING:
    # The archive (SQLAlchemy, the store) loads when a command opens it: not for --help.
    from clipper.archive import Archive

F = TypeVar("F", bound=Callable[..., Any])


class Command(click.Command):
    """A command of clipper's: an option that takes one value, given twice (``search --tz UTC
    --tz Asia/Jakarta``, ``rejections --run 1 --run 2``), is a usage error (exit code 2)
    naming it, where click alone keeps the last value and says nothing.  The options that
    take several (``--site``, ``--lang``, ``--region``, ``--author``, ``--agency``, ``--watch``,
    ``--reason``, ``--field``) are
    repeatable; a flag given twice is the flag."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if not ctx.resilient_parsing:
            refuse_repeated_options(self, ctx, args)
        return super().parse_args(ctx, args)


def refuse_repeated_options(command: click.Command, ctx: click.Context, args: list[str]) -> None:
    """Raise click's usage error (exit code 2) when ``args`` give an option of ``command``
    that takes one value more than once.  The options are read by click's own parser (as
    :meth:`click.Command.parse_args` reads them: ``--tz=UTC``, ``-oFILE``, a value that starts
    with '-'); a command line click itself refuses is left to its own message."""
    try:
        _, _, order = command.make_parser(ctx).parse_args(args=list(args))
    except click.UsageError:
        return
    single = [
        param for param in order
        if isinstance(param, click.Option)
        and not (param.multiple or param.count or param.is_flag)
    ]
    for param, times in Counter(single).items():
        if times > 1:
            names = " / ".join(param.opts)
            raise click.UsageError(
                f"{names} was given {times} times, and takes one value: give it once",
                ctx,
            )


class OptionsAfterCommand(click.Group):
    """A command group whose "No such option" error, for an option given before the command
    name (``clipper --db news.db stats``), says where it goes: every option belongs to a
    command, after its name (``clipper stats --db news.db``).  Its commands are
    :class:`Command`'s."""

    command_class = Command

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        try:
            return super().parse_args(ctx, args)
        except click.NoSuchOption as error:
            name = next((arg for arg in args if arg in self.commands), None)
            command = self.commands.get(name) if name is not None else None
            if command is not None and any(
                error.option_name in getattr(param, "opts", ()) for param in command.params
            ):
                raise click.NoSuchOption(
                    error.option_name,
                    f"No such option: {error.option_name} here: options go after the command "
                    f"name ({ctx.command_path} {name} {error.option_name} ...)",
                    ctx=ctx,
                ) from None
            raise


class QueryCommand(Command):
    """A command whose arguments are a search query (``clipper search``): a word written with
    a leading '-', web search's "leave this word out" (``clipper search tortilla -Monterrey``,
    ``clipper search '-tortilla'``), is a word of the query, not an unknown option ("No such
    option: -t"), so the query's own message says how clipper writes it (with NOT).  Options
    (``--site``, ``-h``) keep their meaning; an unknown ``--name``, or a '-x' before the query
    (``watch add -x``, where the watchlist's name goes), is still click's error."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        return super().parse_args(ctx, self._dash_words_as_query(ctx, args))

    def _dash_words_as_query(self, ctx: click.Context, args: list[str]) -> list[str]:
        known: dict[str, click.Option] = {
            name: param
            for param in self.get_params(ctx)
            if isinstance(param, click.Option)
            for name in (*param.opts, *param.secondary_opts)
        }
        arguments = [param.name for param in self.params if isinstance(param, click.Argument)]
        # the arguments before the query (watch add's NAME): a '-x' there stays an option
        before_query = arguments.index("query") if "query" in arguments else 0
        options: list[str] = []
        words: list[str] = []
        moved = False
        i = 0
        while i < len(args):
            arg = args[i]
            i += 1
            if arg == "--":
                words.extend(args[i:])
                break
            if not arg.startswith("-") or len(arg) == 1:
                words.append(arg)
                continue
            option = known.get(arg.split("=", 1)[0])
            if option is None and not arg.startswith("--") and len(words) >= before_query:
                words.append(arg)  # "-Monterrey", "-5": a query word
                moved = True
                continue
            options.append(arg)
            if option is not None and not option.is_flag and "=" not in arg and i < len(args):
                options.append(args[i])  # the option's value, whatever it looks like
                i += 1
        return [*options, "--", *words] if moved else args


# The largest count or id an option takes: the archive's integers are 64-bit, and a list asks
# for one row more than its --limit.
MAX_COUNT = 2**62


class Count(click.ParamType):
    """A whole number of at least ``minimum`` (``--limit``, ``--top``, ``--batch-size``...).

    Bounded above by :data:`MAX_COUNT` (beyond a 64-bit SQL integer a query would fail), which a
    message never shows: ``--limit 0`` says "at least 1", not a range up to 4611686018427387904.
    """

    name = "integer"

    def __init__(self, minimum: int) -> None:
        self.minimum = minimum

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> int:
        number = click.INT.convert(value, param, ctx)
        if number < self.minimum:
            self.fail(f"{number} is too small: give {self.minimum} or more", param, ctx)
        if number > MAX_COUNT:
            self.fail(f"{number} is too large", param, ctx)
        return number


class LanguageCode(click.ParamType):
    """``--lang CODE``: a language as clipper stores it
    (:func:`clipper.askedlanguage.asked_language`: ``en-GB`` → en, ``deu`` → de, a country's
    ``kr`` → ko), the notice saying how it was read printed on standard error; a code naming
    no language is a usage error (exit code 2) naming close matches."""

    name = "code"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None
                ) -> str:
        from clipper.askedlanguage import UnknownLanguage, asked_language

        try:
            asked = asked_language(str(value))
        except UnknownLanguage as error:
            raise click.UsageError(str(error), ctx) from None
        if asked.notice is not None:
            click.echo(f"note: {asked.notice}", err=True)
        return asked.code


class RegionCode(click.ParamType):
    """``--region CC``: a country's ISO 3166 code as the archive stores a page's
    (:func:`clipper.askedregion.asked_region`: ``br`` → BR, ``uk`` → GB); anything else is a
    usage error (exit code 2) saying what to give."""

    name = "country"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None
                ) -> str:
        from clipper.askedregion import UnknownRegion, asked_region

        try:
            return asked_region(str(value))
        except UnknownRegion as error:
            raise click.UsageError(str(error), ctx) from None


def region_option(what: str) -> Callable[[F], F]:
    """``--region CC``, repeatable, every command that takes ``--site`` and ``--lang`` alike
    (read by :class:`RegionCode`): the command receives ``regions``, a tuple of ISO 3166 codes
    (empty: no filter), of which a page passes for any one
    (:func:`clipper.searchfilters.region_filter`).  ``what`` begins the help."""
    return click.option(
        "--region",
        "regions",
        multiple=True,
        metavar="CC",
        type=RegionCode(),
        help=f"{what}: an ISO 3166 code, e.g. BR, PT, AO (the country a page or its record "
        "states: a pt-BR tag, a record's country field; a page stating none has none); "
        "repeat for several: any of them.",
    )


# What ``--lang`` reads as a language, said in every command's help alike.
_LANG_FORMS = (
    "e.g. en or de (en-GB counts as en; ISO 639-2/3 deu, ger, jpn as de, ja; a country's "
    "code jp, kr, tw as ja, ko, zh, with a note; pt-BR as pt: Brazil's pages are --region BR)"
)


def site_option(what: str) -> Callable[[F], F]:
    """``--site SITE``, repeatable, every command alike: the command receives ``sites``, a
    tuple (empty: no filter), of which a page or story passes for any one
    (:func:`clipper.searchfilters.stored_sites`: a site or a subdomain of it).  ``what``
    begins the help: what one site keeps."""
    return click.option(
        "--site",
        "sites",
        multiple=True,
        metavar="SITE",
        help=f"{what}; repeat for several: any of them.",
    )


def author_option(what: str) -> Callable[[F], F]:
    """``--author NAME``, repeatable, every command alike: the command receives ``authors``, a
    tuple (empty: no filter), of which a page passes for any one: every word of the name a
    word of one name of its byline, in any order, case and accents aside
    (:func:`clipper.searchfilters.credited_pages`).  ``what`` begins the help."""
    return click.option(
        "--author",
        "authors",
        multiple=True,
        metavar="NAME",
        help=f"{what}: each word of NAME in one name of the byline, in any order, case and "
        "accents aside ('Jane Doe' finds 'Doe, Jane' and 'Jane M. Doe'); repeat for several: "
        "any of them.",
    )


def agency_option(what: str) -> Callable[[F], F]:
    """``--agency NAME``, repeatable, every command alike: the command receives ``agencies``,
    a tuple (empty: no filter), of which a page passes for any one: the agency its byline,
    dateline or closing credit names, in any of its spellings
    (:func:`clipper.bylinekeys.agency_keys`).  ``what`` begins the help."""
    return click.option(
        "--agency",
        "agencies",
        multiple=True,
        metavar="NAME",
        help=f"{what}: in its byline, dateline or closing credit, any spelling of the agency "
        "(AFP finds '(AFP)', 'Agence France-Presse', '(أ ف ب)'); repeat for several: any of "
        "them.",
    )


def lang_option(what: str) -> Callable[[F], F]:
    """``--lang CODE``, repeatable, every command alike (read by :class:`LanguageCode`): the
    command receives ``languages``, a tuple of stored codes (empty: no filter), of which a
    page passes for any one (:func:`clipper.searchfilters.language_filter`).  ``what`` begins
    the help: what one language keeps."""
    return click.option(
        "--lang",
        "languages",
        multiple=True,
        metavar="CODE",
        type=LanguageCode(),
        help=f"{what}, {_LANG_FORMS}; repeat for several: any of them.",
    )


def db_option(function: F) -> F:
    return click.option(
        "--db",
        envvar="CLIPPER_DB",
        default="clipper.db",
        show_default=True,
        metavar="PATH|URL",
        help="Archive: an SQLite file path or an SQLAlchemy URL (env: CLIPPER_DB).",
    )(function)


def json_option(function: F) -> F:
    """``--json`` of a command that answers with one thing: one JSON document."""
    return click.option(
        "--json", "as_json", is_flag=True, help="Print one JSON document (fields above)."
    )(function)


def json_lines_option(function: F) -> F:
    """``--json`` of a command that answers with a list: JSON Lines, one object per line."""
    return click.option(
        "--json",
        "as_json",
        is_flag=True,
        help="Print JSON Lines, one object per line (fields above).",
    )(function)


def limit_option(default: int, what: str) -> Callable[[F], F]:
    """``--limit N``: how many rows a list shows (at least 1)."""
    return click.option(
        "--limit",
        type=Count(1),
        default=default,
        show_default=True,
        help=f"Most {what} to show.",
    )


def date_option(name: str, what: str) -> Callable[[F], F]:
    """``--since``/``--until``: every command takes the same forms (clipper.dates)."""
    forms = (
        "same forms as --since"
        if name == "--until"
        else "a date: 2025-03-01, or 2025-03-01T06:00:00 in --tz's zone unless an offset is "
        "given; or a span back from now: 30m, 24h, 7d, 2w; or today, yesterday (a whole day "
        "in --tz's zone)"
    )
    return click.option(name, metavar="DATE|SPAN", help=f"{what} ({forms}).")


def _zone(ctx: click.Context, param: click.Parameter, value: str | None) -> tzinfo:
    from clipper.dates import DateError, reader_zone

    try:
        return reader_zone(value)
    except DateError as error:
        raise click.BadParameter(str(error), ctx, param) from None


def tz_option(shows_times: bool = False) -> Callable[[F], F]:
    """``--tz ZONE``: the zone whose days ``today``, ``yesterday`` and dates name in
    ``--since``/``--until`` (and, ``shows_times``, the zone of the times a command shows); an
    IANA name read by :func:`clipper.dates.reader_zone`, which the command receives as a
    ``tzinfo`` (a name the time-zone database lacks is a usage error saying what to write).
    Default: ``CLIPPER_TZ``, else the machine's own zone, what cron's schedule goes by (a
    digest mailed at 06:00 by cron covers the machine's yesterday), else UTC."""
    shown = " and of the times shown" if shows_times else ""
    return click.option(
        "--tz",
        "zone",
        envvar="CLIPPER_TZ",
        metavar="ZONE",
        callback=_zone,
        help=f"Time zone of today, yesterday and dates{shown}: an IANA name, e.g. "
        "Asia/Jakarta, Europe/Berlin, America/Los_Angeles, UTC (env: CLIPPER_TZ; default: "
        "the machine's zone, as cron's schedule, else UTC).",
    )


def open_or_fail(db: str, *, create: bool = True) -> Archive:
    """The archive ``db`` names (:func:`clipper.archive.open_archive`); one that cannot be
    opened (or, without ``create``, does not exist) is click's error, exit code 1."""
    from clipper import archive as archives

    try:
        return archives.open_archive(db, create=create)
    except archives.ArchiveError as error:
        raise click.ClickException(str(error)) from error


@contextmanager
def open_archive(
    db: str,
    *,
    create: bool = False,
    usage: tuple[type[Exception], ...] = (),
    failures: tuple[type[Exception], ...] = (),
    unknown_watchlist: tuple[type[Exception], ...] = (),
) -> Iterator[Archive]:
    """The archive ``db`` names for the block (:func:`open_or_fail`), closed when it ends
    however it ends.  What the block raises becomes a command's answer: a
    :class:`clipper.searchquery.QueryError` (a malformed query, date, site or language) and the
    ``usage`` errors are click's usage error (exit code 2), ``failures`` click's error (exit
    code 1), ``unknown_watchlist`` exit code 4 (:func:`clipper.cli.output.exit_unknown_watchlist`);
    each says the exception's message."""
    from clipper.searchquery import QueryError  # imported here: dedupe does not load the queries

    usage_errors: tuple[type[Exception], ...] = (QueryError, *usage)
    archive = open_or_fail(db, create=create)
    try:
        yield archive
    except usage_errors as error:
        raise click.UsageError(str(error)) from error
    except failures as error:
        raise click.ClickException(str(error)) from error
    except unknown_watchlist as error:
        exit_unknown_watchlist(error)
    finally:
        archive.close()


# What a role that may only read an archive is told to do, after what the refused command is.
READ_ONLY_ROLE = (
    "the role (or file) may only read this archive: ask its owner for the rights the README's "
    "\"Rights of a role\" lists, or run the command as the archive's owner"
)


@contextmanager
def refused_write(archive: Archive, what: str, then: str = READ_ONLY_ROLE) -> Iterator[None]:
    """The block's writes to ``archive``; the archive refusing one
    (:meth:`clipper.backends.Backend.write_refused`: a PostgreSQL role granted SELECT alone, a
    standby, an SQLite file opened read-only) is click's error, exit code 1, in one line:
    ``"{what}: the archive refused the write (REASON); {then}"``, never a traceback.  Any
    other error passes on."""
    from sqlalchemy.exc import DBAPIError

    try:
        yield
    except DBAPIError as error:
        if not archive.backend.write_refused(error):
            raise
        reason = " ".join(str(error.orig).split("\n")[0].split())
        raise click.ClickException(
            f"{what}: the archive refused the write ({reason}); {then}"
        ) from error


def _dash_is_standard_output(
    ctx: click.Context, param: click.Parameter, value: str | None
) -> str | None:
    """``-o -`` is standard output, as for most command-line tools (it wrote a file named
    ``-``): None, the option not given."""
    return None if value == "-" else value


def output_option(what: str, **kwargs: Any) -> Callable[[F], F]:
    """``-o FILE``: the file a command writes, whose extension names the format when
    ``--format`` is not given (:func:`output_format`); ``what`` says how it is written.
    ``-o -`` is standard output (the option left out)."""
    return click.option(
        "-o",
        "--output",
        metavar="FILE",
        help=f"File to write (default, or -: standard output), in the format its extension "
        f"names unless --format says; {what}.",
        callback=_dash_is_standard_output,
        **kwargs,
    )


def output_path(output: str | None) -> Path | None:
    """``-o FILE`` checked before any work: its folder must exist."""
    if output is None:
        return None
    target = Path(output)
    if target.is_dir():
        raise click.UsageError(f"-o {output} is a folder: give a file's name in it")
    if not target.parent.is_dir():
        raise click.UsageError(f"-o {output}: folder {target.parent} does not exist")
    return target


def output_format(
    fmt: str | None,
    output: str | None,
    extensions: Mapping[str, str],
    default: str,
    *,
    given_as: str | None = None,
) -> str:
    """The format a command with ``--format`` and ``-o FILE`` writes: ``fmt`` when given, else
    the one ``FILE``'s extension names in ``extensions`` (``{".csv": "csv", ...}``, lower case,
    dot included), else ``default`` (standard output, or a name without an extension).

    A usage error (exit code 2, before any work) for an extension ``extensions`` lacks when no
    ``fmt`` was given (``export -o out.html``: jsonl was written into it), and for a known
    extension naming another format than ``fmt`` (``--format csv -o out.xlsx``); ``given_as``
    is how the message names where ``fmt`` came from (default ``--format FMT``: ``--excel``).
    An extension unknown beside an explicit ``fmt`` is the user's choice (``-o clips.dat``).
    """
    suffix = Path(output).suffix.lower() if output is not None else ""
    if not suffix:
        return fmt or default
    named = extensions.get(suffix)
    if named is not None and fmt is not None and named != fmt:
        raise click.UsageError(
            f"-o {output}: {suffix} is {named}, but {given_as or f'--format {fmt}'} writes "
            f"{fmt}; name the file {' or '.join(_suffixes_of(extensions, fmt))}, or leave out "
            f"{given_as or '--format'} to write {named}"
        )
    if named is None and fmt is None:
        known = ", ".join(
            f"{format_} ({' '.join(_suffixes_of(extensions, format_))})"
            for format_ in dict.fromkeys(extensions.values())
        )
        raise click.UsageError(
            f"-o {output}: {suffix} is no format this command writes ({known}): name the file "
            "so, or give --format"
        )
    return fmt or str(named)


def _suffixes_of(extensions: Mapping[str, str], fmt: str) -> list[str]:
    """The extensions naming ``fmt``, in ``extensions``' order."""
    return [ext for ext, format_ in extensions.items() if format_ == fmt]
