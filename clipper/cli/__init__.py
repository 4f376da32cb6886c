"""clipper's command line: parse options, call one library function, report.

Conventions every command keeps (tests/test_cli_consistency.py holds them):

- Library errors become ``click.ClickException`` (exit code 1, a one-line message); a malformed
  query, date or reference, or a name already taken, is ``click.UsageError`` (exit code 2, as
  click's own option errors).
- Dates and spans (``--since``/``--until``) go through :mod:`clipper.dates`, one parser.
- ``--json``: a list prints JSON Lines (:func:`.options.json_lines_option`), one thing one
  JSON document (:func:`.options.json_option`); the help says which, with the fields.  An error
  under ``--json``, bad usage included, also prints {"error", "exit_code"} on stdout, in one
  place (:func:`.output.errors_as_json`, called by the command group).
- Text for people comes from :mod:`clipper.render` (``show``'s: :mod:`clipper.showtext`,
  ``rejections``': :mod:`clipper.rejectiontext`, ``stats``': :mod:`clipper.statstext`, dedupe's
  summary: :mod:`clipper.summarytext`); every help ends with an ``Example:``.
- The CLI holds no SQL and no hashing.

The commands live by what they do: :mod:`.dedupe` builds the archive, :mod:`.export` writes it
out, :mod:`.query` reads its articles (search, show, clusters, stories), :mod:`.rejections` what
its runs rejected, :mod:`.stats` its counts, :mod:`.digest` holds watch and digest;
:mod:`.options` the options they share and :mod:`.output` what they print besides their
answer.
"""

from __future__ import annotations

import os
import sys
from typing import Any

import click

from clipper.cli.dedupe import EXIT_INTERRUPTED, EXIT_TERMINATED, dedupe_command
from clipper.cli.digest import digest_command, watch_group
from clipper.cli.export import export_command
from clipper.cli.options import OptionsAfterCommand
from clipper.cli.output import asks_json, errors_as_json
from clipper.cli.query import clusters_command, search_command, show_command, stories_command
from clipper.cli.rejections import rejections_command
from clipper.cli.stats import stats_command
from clipper.stops import Terminated

# ctx.meta's key for "the command line gives --json"
_AS_JSON = "clipper.as_json"


class _Group(OptionsAfterCommand):
    """clipper's command group: output cut short by its reader (``clipper export | head``) ends
    the command quietly with exit code 0, as for a command whose output fitted the pipe (click
    alone exits 1 there, the code that says the archive could not be used); a Ctrl-C a command
    does not catch itself (while ``dedupe`` opens or upgrades the archive, before its run) ends
    it with "interrupted" and exit code 130 (a SIGTERM stop, 143), where click alone prints
    "Aborted!" and exits 1.  A command line with ``--json`` gets its errors, bad usage
    included, as a JSON object on stdout too (:func:`clipper.cli.output.errors_as_json`)."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        ctx.meta[_AS_JSON] = asks_json(args)
        with errors_as_json(ctx.meta[_AS_JSON]):
            return super().parse_args(ctx, args)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            with errors_as_json(ctx.meta.get(_AS_JSON, False)):
                return super().invoke(ctx)
        except BrokenPipeError:
            # Python's recipe (the signal module's docs): point stdout at /dev/null so the
            # interpreter's last flush does not fail again.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            ctx.exit(0)
        except KeyboardInterrupt as interrupt:
            terminated = isinstance(interrupt, Terminated)
            click.echo(f"\n{'terminated' if terminated else 'interrupted'}", err=True)
            ctx.exit(EXIT_TERMINATED if terminated else EXIT_INTERRUPTED)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="clipper")
def cli() -> None:
    """clipper: raw news dumps in, a deduplicated archive of canonical articles out.

    Every command takes --db (default clipper.db, env CLIPPER_DB); clipper COMMAND --help
    says more.  Lists print JSON Lines with --json; bad usage exits 2.

    Example:

    \b
        clipper dedupe --db news.db fixtures/html/ fixtures/jsonl/
        clipper search --db news.db --since 2025-03-01 'strike AND port*'
        clipper show --db news.db 1
        clipper digest --db news.db -o digest.html
    """


for command in (
    dedupe_command,
    export_command,
    search_command,
    show_command,
    clusters_command,
    rejections_command,
    stats_command,
    stories_command,
    watch_group,
    digest_command,
):
    cli.add_command(command)
