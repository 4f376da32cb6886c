"""The morning digest: stories that arrived or grew since the last digest, per watchlist.

Modules, in the order data flows:

- :mod:`clipper.digest.watchlists` – saved searches (table ``watchlists``).
- :mod:`clipper.digest.window` – the time window (``--since``, else since the previous digest
  of the same selection, table ``digests``, else 24 hours).
- :mod:`clipper.digest.matching` – a parsed ``clipper search`` query evaluated on an article.
- :mod:`clipper.digest.windowrows` – the archive rows the window reads: its runs, their
  clusters and stories, the pages a digest shows.
- :mod:`clipper.digest.collect` – the stories of the window, grouped and ranked.
- :mod:`clipper.digest.render` – text, HTML, e-mail (MIME), Atom and JSON, through Jinja2.

:func:`make_digest` ties them together for the command line.
"""

from __future__ import annotations

from datetime import tzinfo

from clipper import told
from clipper.archive import Archive
from clipper.config import DigestConfig
from clipper.digest import watchlists
from clipper.digest.collect import collect
from clipper.digest.result import DigestResult
from clipper.digest.watchlists import UnknownWatchlist, Watch, WatchError
from clipper.digest.window import Window, WindowError, record, resolve, selection_key
from clipper.searchquery import QueryError


def make_digest(
    archive: Archive,
    *,
    since: str | None = None,
    watch_names: tuple[str, ...] = (),
    query: str | None = None,
    config: DigestConfig | None = None,
    zone: tzinfo | None = None,
    leave_out_backfill: bool = False,
    again: bool = False,
) -> DigestResult:
    """The digest for a selection: the named watchlists and/or an ad-hoc ``query``; with
    neither, every watchlist (or every story when there are none).

    The window is ``since`` (``24h``, ``7d``, a date), else from the end of the previous digest
    of the same selection, else the last ``default_window_hours``; ``today``, ``yesterday`` and
    dates are days of ``zone`` (``--tz``; None: UTC).  Nothing is written: call
    :func:`remember` once the digest has been delivered, so the next one continues from it.
    Stories published long before the window (a backfill of old dumps:
    ``DigestConfig.backfill_days``) are marked and ranked last, or left out and counted
    (``leave_out_backfill``).  ``again``: the last recorded digest of the selection again, its
    window as it read it (:func:`clipper.digest.window.last_window`), not recorded again.

    Raises WindowError (bad ``since``, ``again`` with none recorded), QueryError (bad
    ``query``), UnknownWatchlist.
    """
    config = config or DigestConfig()
    with archive.sessions.begin() as session:
        names = list(dict.fromkeys(watch_names))
        chosen = watchlists.find(session, names) if names else []
        if query is not None:
            name = told.gettext("Search: %(query)s", query=" ".join(query.split()))
            adhoc = Watch(name=name, query=query)
            watchlists.make_watch("search", query)  # checks the query: QueryError
            chosen.append(adhoc)
        elif not names:
            chosen = watchlists.all_watches(session)
        selection = selection_key(names, query)
        window = resolve(session, selection, since, config, zone, again)
        return collect(session, window, selection, chosen, config, leave_out_backfill)


def remember(archive: Archive, result: DigestResult) -> bool:
    """Record a delivered digest so the next one of its selection starts where it ended.
    A digest with an explicit ``--since`` is a look back, one written ``--again`` a copy: neither
    is recorded (returns False)."""
    if result.basis in ("--since", "--again"):
        return False
    window = Window(result.since, result.until, result.basis, runs_done=result.runs_done)
    with archive.sessions.begin() as session:
        record(session, result.selection, window, result.story_count)
    return True


__all__ = [
    "DigestResult",
    "QueryError",
    "UnknownWatchlist",
    "WatchError",
    "WindowError",
    "make_digest",
    "remember",
]
