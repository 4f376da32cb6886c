"""``clipper watch`` (watchlists: saved searches) and ``clipper digest`` (the stories that
arrived or grew since the last one)."""

from __future__ import annotations

import json
import sys
from datetime import tzinfo
from pathlib import Path

import click

from clipper.cli.options import (
    Command,
    OptionsAfterCommand,
    QueryCommand,
    db_option,
    json_lines_option,
    lang_option,
    open_archive,
    output_format,
    output_option,
    output_path,
    refused_write,
    site_option,
    tz_option,
)
from clipper.cli.output import absent_language_notes, note_lowercase_operators, print_notes
from clipper.quoting import quoted
from clipper.translations import LANGUAGES, UnknownLanguage, known, translations

EXIT_NOTHING_NEW = 3
# What an ``-o FILE`` name says to write when --format is not given.
EXTENSIONS = {
    ".html": "html",
    ".htm": "html",
    ".txt": "text",
    ".eml": "email",
    ".atom": "atom",
    ".xml": "atom",
    ".json": "json",
}


@click.group("watch", cls=OptionsAfterCommand)
def watch_group() -> None:
    """Watchlists: saved searches that clipper digest groups its stories by.

    Example:

    \b
        clipper watch add aldermouth-port 'aldermouth AND (strike OR cranes)' --lang en
        clipper watch list
        clipper watch rm aldermouth-port
    """


@watch_group.command("add", cls=QueryCommand)
@click.argument("name")
@click.argument("query", nargs=-1, required=True)
@db_option
@site_option("Only stories this site or a subdomain of it carried")
@lang_option("Only articles in this language")
@click.option("--replace", is_flag=True, help="Overwrite a watchlist of the same name.")
def watch_add_command(
    name: str,
    query: tuple[str, ...],
    db: str,
    sites: tuple[str, ...],
    languages: tuple[str, ...],
    replace: bool,
) -> None:
    """Save a watchlist NAME following QUERY (clipper search's query language).

    Exit codes: 0 saved; 1 the archive could not be used; 2 bad usage: a malformed query,
    site or language (a code that names no language: zz), or a NAME already taken (--replace
    overwrites it).  A site or language of which the archive holds no page yet is saved with
    a note.

    Example:

    \b
        clipper watch add rail 'rail* AND (bridge OR signal*)' --site dailyharbor.example
    """
    from clipper.digest import watchlists

    try:
        watch = watchlists.make_watch(name, " ".join(query), sites, languages)
    except (watchlists.WatchError, watchlists.QueryError) as error:
        raise click.UsageError(str(error)) from error
    with open_archive(db, create=True, usage=(watchlists.WatchError,)) as archive:
        with refused_write(archive, f"cannot save watchlist {quoted(name)}"):
            saved = watchlists.add(archive, watch, replace=replace)
        unseen = watchlists.unseen_sites(archive, saved.sites)
        unheard = absent_language_notes(
            archive, saved.languages, "; the watchlist follows no story in it until one arrives"
        )
    from clipper.render import watch_line

    # the limits too: a mistyped --site would otherwise only show as a digest that stays empty
    click.echo(f"watchlist {quoted(saved.name)}: {watch_line(saved)}")
    if unseen:
        click.echo(
            f"note: the archive holds no page from {', '.join(unseen)} yet; the watchlist "
            "follows no story there until one arrives (check the spelling: clipper stats "
            "--top 50 lists the archive's sites)",
            err=True,
        )
    print_notes(unheard)
    # saved, but a digest run would look for the word "or" every night: say so now
    note_lowercase_operators(saved.query)


@watch_group.command("list")
@db_option
@json_lines_option
def watch_list_command(db: str, as_json: bool) -> None:
    """List the watchlists: name, query, sites, languages.

    --json prints JSON Lines, one watchlist per line: name, query, sites, languages,
    created_at.

    Example:

        clipper watch list --json
    """
    from clipper.digest import watchlists

    with open_archive(db) as archive, archive.sessions() as session:
        found = watchlists.all_watches(session)
    if as_json:
        for watch in found:
            click.echo(json.dumps(watch.as_dict(), ensure_ascii=False))
        return
    from clipper import render

    click.echo(render.watchlists(found))


@watch_group.command("rm")
@click.argument("name")
@db_option
def watch_rm_command(name: str, db: str) -> None:
    """Remove the watchlist NAME.

    Exit codes: 0 removed; 1 the archive could not be used; 4 no such watchlist.

    Example:

        clipper watch rm rail
    """
    from clipper.digest import watchlists

    with (
        open_archive(db, unknown_watchlist=(watchlists.UnknownWatchlist,)) as archive,
        refused_write(archive, f"cannot remove watchlist {quoted(name)}"),
    ):
        watchlists.remove(archive, name)
    click.echo(f"removed watchlist {quoted(name)}")


@click.command("digest", cls=Command)
@db_option
@click.option(
    "--since",
    metavar="DATE|SPAN",
    help="Window start: a span back from now (30m, 24h, 7d, 2w), today, yesterday or a date "
    "(2025-03-01, "
    "2025-03-01T06:00:00; days and times of --tz's zone unless it has an offset). "
    "Default: the end of the previous digest of the same selection, else 24 hours ago.",
)
@tz_option(shows_times=True)
@click.option(
    "--watch",
    "watch_names",
    multiple=True,
    metavar="NAME",
    help="Only this watchlist (repeat for several). Default: every watchlist.",
)
@click.option("--query", metavar="Q", help="An ad-hoc search (clipper search's language).")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["html", "text", "email", "atom", "json"]),
    default=None,
    help="Default: -o FILE's extension (.html .htm, .txt, .eml, .atom .xml, .json; another "
    "is refused), else text.",
)
@output_option(
    "not created when there is nothing new",
    type=click.Path(dir_okay=False, writable=True, path_type=str),
)
@click.option(
    "--from",
    "sender",
    envvar="CLIPPER_MAIL_FROM",
    metavar="ADDRESS",
    help="--format email: the From address (env: CLIPPER_MAIL_FROM; without it, sendmail -t "
    "writes the sending user's).",
)
@click.option(
    "--to",
    "recipients",
    envvar="CLIPPER_MAIL_TO",
    metavar="ADDRESSES",
    help="--format email: the To addresses, comma-separated (env: CLIPPER_MAIL_TO).",
)
@click.option(
    "--feed-url",
    metavar="URL",
    help="--format atom: the address the feed will be published at, written as its "
    'rel="self" link (what a feed reader subscribes to).',
)
@click.option(
    "--language",
    envvar="CLIPPER_DIGEST_LANGUAGE",
    default="en",
    show_default=True,
    metavar="LANG",
    help="The language of the digest's own words (headings, counts, NEW, the e-mail's "
    f"subject): {', '.join(LANGUAGES)} (env: CLIPPER_DIGEST_LANGUAGE), or any tag of one "
    "(pt-BR, sr-Latn-RS, ar-EG); ar, fa and he read right to left. Headlines and leads "
    "stay in their own languages; --format json is the same in every language.",
)
@click.option(
    "--title",
    envvar="CLIPPER_DIGEST_TITLE",
    metavar="TEXT",
    help='The name the digest goes by for its readers, in place of "clipper digest" in the '
    "e-mail's subject, the page's title and heading and the feed's title (env: "
    "CLIPPER_DIGEST_TITLE): --title 'Bank Nadwiślański: przegląd prasy'.",
)
@click.option(
    "--no-backfill",
    "leave_out_backfill",
    is_flag=True,
    help="Leave out (and count) the stories stored in the window that were published (else "
    "fetched) more than DigestConfig.backfill_days (7) days before it starts, a backfill of "
    "old dumps; by default they are marked ARCHIVE and listed after the night's news.",
)
@click.option(
    "--no-record",
    is_flag=True,
    help="Do not remember this digest: the next one starts where this one did.",
)
@click.option(
    "--again",
    is_flag=True,
    help="The last recorded digest of this selection again, its window as it read it, not "
    "recorded: the same morning's digest in another format (clipper digest -o digest.txt, "
    "then clipper digest --again -o digest.html). Not with --since.",
)
def digest_command(
    db: str,
    since: str | None,
    zone: tzinfo,
    watch_names: tuple[str, ...],
    query: str | None,
    fmt: str | None,
    output: str | None,
    sender: str | None,
    recipients: str | None,
    feed_url: str | None,
    language: str,
    title: str | None,
    leave_out_backfill: bool,
    no_record: bool,
    again: bool,
) -> None:
    """The stories that arrived or grew since the last digest, grouped by watchlist.

    One entry per story, ranked by outlets, then pages, then recency: headline, lead
    paragraph, canonical link, site and date, every outlet with its link, the story's other
    articles, and whether it is NEW or UPDATED.  The window is about when clipper stored
    pages.  A digest without --since is recorded, and the next one of the same selection
    (same --watch and --query) starts where it ended; --since looks back without moving
    that.  --format email writes a MIME message for sendmail -t; --format atom an Atom feed
    (--feed-url: where it will be published).  Times are shown in --tz's zone (the machine's
    by default), but a publication time its page gave without a zone, shown as written with
    "(no time zone given)"; --format json keeps the archive's UTC times.  Stories stored in the
    window whose pages were published more than a week before it (a backfill of old dumps) are
    marked ARCHIVE and listed after the night's news; --no-backfill leaves them out.
    --again writes the last recorded digest again (another format, the same window).

    Exit codes: 0 written; 1 the archive could not be used; 2 bad usage (an unparseable or
    future --since, --again with none recorded, a malformed --query, email without --to); 3
    nothing new in the window (nothing written); 4 an unknown watchlist.  A run killed before
    its story stage (recorded interrupted) has pages in no story yet: the digest says how
    many, and the next digest after a re-run of dedupe shows their stories.

    Example:

    \b
        clipper digest --format email --to team@example.org | sendmail -t
        clipper digest --since 2025-03-10 --watch 'Port of Aldermouth' -o week.html
        clipper digest --again -o digest.html
        clipper digest --language de --since 24h -o digest.de.html
        clipper digest --language pl --title 'Przegląd prasy' --since 24h -o prasa.html
    """
    from clipper import digest as digesting
    from clipper.digest import notes
    from clipper.digest import render as rendering

    try:
        language = known(language)
    except UnknownLanguage as error:
        raise click.BadParameter(str(error), param_hint="--language") from error
    speech = translations(language)  # what stderr tells, in the digest's language too
    if again and since is not None:
        raise click.UsageError(
            "--again writes the last recorded digest's window again; --since gives another "
            "window: use one of them"
        )
    fmt = output_format(fmt, output, EXTENSIONS, "text")
    if fmt == "email" and not recipients:
        raise click.UsageError(
            "--format email (or -o FILE.eml) needs --to ADDRESSES or CLIPPER_MAIL_TO"
        )
    target = output_path(output)
    with open_archive(
        db, usage=(digesting.WindowError,), unknown_watchlist=(digesting.UnknownWatchlist,)
    ) as archive:
        # --since and --again are not recorded
        if archive.read_only and not no_record and since is None and not again:
            raise click.ClickException(
                f"{db} is read-only, and a digest records where it ended there: add --no-record "
                "to write this one without recording it"
            )
        try:
            result = digesting.make_digest(
                archive,
                since=since,
                watch_names=watch_names,
                query=query,
                zone=zone,
                leave_out_backfill=leave_out_backfill,
                again=again,
            )
        except digesting.QueryError as error:
            raise click.UsageError(f"--query: {error}") from error
        told = [
            notes.nothing_new(result, zone, speech) if result.is_empty else None,
            notes.again_hint(result, speech),
            notes.unfiled(result.unfiled, speech),
            notes.backfilled(result, speech),
            notes.service_pages(result, speech),
        ]
        for line in told:
            if line is not None:
                click.echo(line, err=True)
        if result.is_empty:
            if not no_record:
                with refused_write(archive, "nothing new to send", _NOT_RECORDED):
                    digesting.remember(archive, result)
            sys.exit(EXIT_NOTHING_NEW)
        content = rendering.render(
            result,
            fmt,
            sender=sender,
            recipients=recipients,
            feed_url=feed_url,
            zone=zone,
            language=language,
            title=title,
        )
        _deliver(content, target)
        if target is not None:  # as export -o says what it wrote (stdout holds the digest)
            click.echo(notes.written(result, target, fmt, speech), err=True)
        # Recorded only once delivered: a digest that could not be written is not skipped.
        if not no_record:
            delivered = f"the digest is written to {target}" if target else "the digest is printed"
            with refused_write(archive, delivered, _NOT_RECORDED):
                digesting.remember(archive, result)


# What a digest the archive refused to record says after its reason (``refused_write``).
_NOT_RECORDED = (
    "it is not recorded, so the next digest starts where the last recorded one ended. A role "
    "that may only read the archive: add --no-record (or give --since); to record, the role "
    "needs INSERT on digests and USAGE on digests_id_seq"
)


def _deliver(content: str, target: Path | None) -> None:
    """Write to stdout, or to ``target`` through a temporary file renamed into place (a reader
    never sees half a digest)."""
    try:
        if target is None:
            click.echo(content, nl=False)
            sys.stdout.flush()
            return
        partial = target.with_name(target.name + ".partial")
        try:
            partial.write_text(content, encoding="utf-8")
            partial.replace(target)
        finally:
            partial.unlink(missing_ok=True)  # a full disk leaves no half-written file behind
    except OSError as error:
        raise click.ClickException(f"cannot write the digest: {error}") from error
