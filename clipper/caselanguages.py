"""Which languages of :mod:`clipper.caseforms` the archive holds pages of, so that a query word
is sought by its case-form keys in those languages only.

A one-word query term is sought as typed and by its key as a base form in each language of
:data:`clipper.caserules.RULES` that writes its letters (up to 26 for a Latin word): each key
an OR'd term the index looks up (search p50 1.19x, p95 1.09x on an English archive of 20,000
pages, where no key could match before English pages were keyed by their singulars, migration
0112).  A key of a language is an index word of that language's pages
only (its :data:`clipper.caseforms.MARK` and code), so a key of a language the archive holds no
page of matches nothing: leaving it out finds the same pages.

The archive keeps the set in :class:`clipper.models.Meta`, one row a language
(``case_forms:fi``), added as pages are indexed (:meth:`clipper.backends.Backend.index_pages`,
in the indexing transaction: a page whose entry holds keys never lacks its language's row) and
never removed (a page deleted, or indexed again in another language, leaves its row: a
language too many costs a key, one too few would lose matches); migration 0073 notes the
languages of the pages an archive holds already.  Reading it is one read of the few rows of
``meta``, never of ``pages``."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, text

from clipper.caseforms import keyed
from clipper.digraphia import sought_in_latin
from clipper.language import primary_language
from clipper.tonemarks import LANGUAGE as TONED_LANGUAGE
from clipper.tonemarks import toned

# The key of a language's row in ``meta``: the prefix, then the code of clipper.caserules.RULES.
META_PREFIX = "case_forms:"


def note_codes(connection: Connection, prefix: str, codes: Iterable[str | None]) -> None:
    """Add a ``meta`` row ``prefix + code`` for each of ``codes`` (None left out) unless it has
    one: one ``INSERT … ON CONFLICT DO NOTHING`` (SQLite and PostgreSQL alike) a code not yet
    seen; nothing when there is none."""
    found = sorted({code for code in codes if code is not None})
    if found:
        connection.execute(
            text("INSERT INTO meta (key, value) VALUES (:key, '') ON CONFLICT (key) DO NOTHING"),
            [{"key": prefix + code} for code in found],
        )


def noted_codes(connection: Connection, prefix: str) -> frozenset[str]:
    """The codes :func:`note_codes` noted under ``prefix``: one read of ``meta``'s few rows."""
    # the driver's SQL, not compiled: every search reads it once (57 us of CPU a search
    # against 71 with text(), searching an empty archive at load 5)
    return frozenset(
        key[len(prefix) :]
        for key in connection.exec_driver_sql("SELECT key FROM meta").scalars()
        if key.startswith(prefix)
    )


def note_languages(connection: Connection, languages: Iterable[str | None]) -> None:
    """Add a row for each language of :data:`clipper.caserules.RULES` that the stored language
    tags ``languages`` are keyed in (:func:`clipper.caseforms.keyed`), Vietnamese's for a
    Vietnamese page (:func:`clipper.tonemarks.toned`), and the primary code of a page a
    Cyrillic query's Latin letters are sought on (:func:`clipper.digraphia.sought_in_latin`:
    ``sr``, ``me``, ``mk``, ``hr``...), unless
    it has one (:func:`note_codes`); nothing for pages of other languages."""
    held = set(languages)
    note_codes(connection, META_PREFIX, map(keyed, held))
    # a Serbian, Montenegrin, Bosnian or Macedonian page's: a Cyrillic query is sought in
    # Latin letters too in an archive holding one (clipper.digraphia)
    note_codes(
        connection, META_PREFIX, [primary_language(tag) for tag in held if sought_in_latin(tag)]
    )
    note_codes(connection, META_PREFIX, [TONED_LANGUAGE if any(map(toned, held)) else None])


def archive_languages(connection: Connection) -> frozenset[str]:
    """The codes of :data:`clipper.caserules.RULES` the archive holds (or held) pages of, as
    :func:`note_languages` noted them (``frozenset()`` for an archive of none: English, say)."""
    return noted_codes(connection, META_PREFIX)
