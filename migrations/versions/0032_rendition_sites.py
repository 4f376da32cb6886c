"""rendition sites: a page stored under a mobile or AMP host moves to its outlet's site

Since session 18 a site key drops the label a publisher puts in front of its own host for a
rendition of its pages (``m.``, ``mobile.``, ``wap.``, ``amp.``: :func:`clipper.sites.site_key`),
so ``m.spiegel.de`` and ``spiegel.de`` are one outlet; pages stored before kept their host, and
an old archive counted them as two outlets (a story's outlets, ``--site``, the digest's outlet
lines).  Likewise a host written in its letters (an internationalised domain name,
``bücher-esk.example``) is now keyed in the ASCII form crawlers record
(``xn--bcher-esk-q9a.example``), and pages stored before under its letters were another outlet
than the same publisher's pages keyed in ASCII.  This revision moves every stored site whose
key is now another (``m.spiegel.de`` → ``spiegel.de``, a host's letters → its ``xn--`` form)
as pages are keyed from now on, as 0014 and 0017 moved pages to new keys
(:mod:`clipper.rekey`):

- ``pages.site``; a JSON record without a URL is known by ``record:SITE:HASH``: its key moves
  with its site (unless the new key already holds its exact bytes: it stays a page of its
  own), its versions are numbered again and the site-template counts follow the rename;
- ``site_lines``: a line counted under the rendition's host moves to the outlet's site; one
  counted under both adds up (the distinct pages listed while under the threshold, one list
  of both; a line already template on either host stays template).  A line whose two lists
  reach the threshold together is left one page short of it, its pages listed, so the next
  batch that carries it cuts them all, as a batch crossing the threshold does
  (:mod:`clipper.templates`); stored texts are not cut here;
- ``stories.outlets`` of the stories holding such pages, counted again;
- ``watchlists.sites``: a watchlist following ``m.spiegel.de`` follows ``spiegel.de``.

It reads the distinct stored sites once, then the rows of the sites that move.  Plain SQL,
SQLite and PostgreSQL alike.  Downgrade leaves the sites: the rendition hosts are not kept
(each page's URL still says where it came from).

Revision ID: 0032
Revises: 0031
"""

from __future__ import annotations

import json
from typing import Any

import sqlalchemy as sa
from alembic import op

from clipper.rekey import recount_outlets, rename_line_sources, renumber_versions
from clipper.sites import site_key

revision = "0032"
down_revision = "0031"
branch_labels = None
depends_on = None

# CleanConfig.template_min_pages when this revision was written (a revision never changes).
_TEMPLATE_MIN_PAGES = 4


def upgrade() -> None:
    bind = op.get_bind()
    stored = set(
        bind.execute(sa.text("SELECT DISTINCT site FROM pages WHERE site IS NOT NULL")).scalars()
    ) | set(bind.execute(sa.text("SELECT DISTINCT site FROM site_lines")).scalars())
    moves = {
        old: new for old in sorted(stored) if (new := site_key(old)) is not None and new != old
    }
    renamed: dict[tuple[str | None, str], str] = {}  # (site, old key) -> new key
    touched: set[str] = set()
    clusters: set[int] = set()
    for old, new in moves.items():
        _move_records(bind, old, new, renamed, touched)
        clusters.update(
            bind.execute(
                sa.text(
                    "SELECT DISTINCT cluster_id FROM pages WHERE site = :old "
                    "AND cluster_id IS NOT NULL"
                ),
                {"old": old},
            ).scalars()
        )
        bind.execute(
            sa.text("UPDATE pages SET site = :new WHERE site = :old"), {"new": new, "old": old}
        )
    renumber_versions(bind, touched)
    rename_line_sources(bind, renamed)  # the lines are still under the old sites
    for old, new in moves.items():
        _move_lines(bind, old, new)
    recount_outlets(bind, clusters)
    _move_watchlists(bind)


def _move_records(
    bind: Any,
    old: str,
    new: str,
    renamed: dict[tuple[str | None, str], str],
    touched: set[str],
) -> None:
    """The ``record:OLD:HASH`` keys of ``old``'s pages as ``record:NEW:HASH``."""
    prefix = f"record:{old}:"
    rows = bind.execute(
        sa.text(
            "SELECT id, source_key, raw_hash FROM pages WHERE site = :old "
            "AND url IS NULL AND substr(source_key, 1, :n) = :prefix ORDER BY id"
        ),
        {"old": old, "n": len(prefix), "prefix": prefix},
    ).all()
    for row in rows:
        key = f"record:{new}:{row.source_key[len(prefix):]}"
        taken = bind.execute(
            sa.text("SELECT 1 FROM pages WHERE source_key = :key AND raw_hash = :raw"),
            {"key": key, "raw": row.raw_hash},
        ).first()
        if taken is not None:
            continue  # the same bytes stored under the outlet's own key: left as they were
        bind.execute(
            sa.text("UPDATE pages SET source_key = :key WHERE id = :id"),
            {"key": key, "id": row.id},
        )
        renamed[(old, row.source_key)] = key
        touched.update((row.source_key, key))


def _move_lines(bind: Any, old: str, new: str) -> None:
    """``old``'s site-template lines under ``new``: moved where ``new`` has no count of the
    line, added to its count where it has (see the module docstring)."""
    bind.execute(
        sa.text(
            "UPDATE site_lines SET site = :new WHERE site = :old AND line_key NOT IN "
            "(SELECT line_key FROM site_lines WHERE site = :new)"
        ),
        {"new": new, "old": old},
    )
    both = bind.execute(
        sa.text(
            "SELECT o.line_key, o.pages AS o_pages, o.sources AS o_sources, "
            "n.pages AS n_pages, n.sources AS n_sources FROM site_lines AS o "
            "JOIN site_lines AS n ON n.site = :new AND n.line_key = o.line_key "
            "WHERE o.site = :old ORDER BY o.line_key"
        ),
        {"new": new, "old": old},
    ).all()
    for row in both:
        pages, sources = row.o_pages + row.n_pages, None
        if row.o_sources is not None and row.n_sources is not None:
            listed = sorted({*json.loads(row.o_sources), *json.loads(row.n_sources)})
            pages, sources = min(len(listed), _TEMPLATE_MIN_PAGES - 1), json.dumps(listed)
        bind.execute(
            sa.text(
                "UPDATE site_lines SET pages = :pages, sources = :sources "
                "WHERE site = :new AND line_key = :key"
            ),
            {"pages": pages, "sources": sources, "new": new, "key": row.line_key},
        )
    bind.execute(sa.text("DELETE FROM site_lines WHERE site = :old"), {"old": old})


def _move_watchlists(bind: Any) -> None:
    """Each watchlist's sites as they are stored now (``m.spiegel.de`` → ``spiegel.de``)."""
    for row in bind.execute(sa.text("SELECT id, sites FROM watchlists ORDER BY id")).all():
        try:
            sites = json.loads(row.sites)
        except (TypeError, ValueError):
            continue  # not a list clipper wrote: left as it is
        if not isinstance(sites, list):
            continue
        moved = sorted({site_key(site) or site for site in sites if isinstance(site, str)})
        if moved != sites:
            bind.execute(
                sa.text("UPDATE watchlists SET sites = :sites WHERE id = :id"),
                {"sites": json.dumps(moved), "id": row.id},
            )


def downgrade() -> None:
    """The rendition hosts are not kept: nothing to restore."""
