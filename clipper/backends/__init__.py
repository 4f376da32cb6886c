"""Every difference between the database systems clipper stores its archive in, in one place.

clipper's models, migrations and queries are written once in portable SQLAlchemy; what each
system does its own way lives behind :class:`Backend`, with one implementation per dialect
(:mod:`clipper.backends.sqlite`, :mod:`clipper.backends.postgresql`):

- the connection set-up (SQLite pragmas) and how migrations are wrapped;
- the single-writer lock of ``clipper dedupe`` (a file lock; an advisory lock);
- the full-text index: created by migration 0002, filled in batches by the store
  (:meth:`Backend.index_pages`), queried by :mod:`clipper.search` (:meth:`Backend.ranked_sql`);
- bulk inserts (executemany; COPY), band-key look-ups against the LSH index, and upserts.

Callers get the backend of a connection, engine or dialect name with :func:`backend_for`.
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, Table, text

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    from clipper.backends.pairs import Collect
    from clipper.searchquery import Node


# clipper.searchtext is imported where a text is folded for the index or a query's words are:
# opening the archive (every query command) does not import it.


class LockTimeout(Exception):
    """The write lock was still held by another run when the wait ran out."""


@dataclass(frozen=True, slots=True)
class PageText:
    """What the full-text index needs of a page: id, title, body and language subtag; and
    :func:`clipper.searchtext.search_text` of the title and body when already computed
    (:attr:`search_title`, :attr:`search_body`; None: the backend computes them)."""

    page_id: int
    title: str | None
    text: str
    language: str | None
    search_title: str | None = None
    search_body: str | None = None

    @property
    def title_words(self) -> str:
        """The title as the index holds it."""
        if self.search_title is None:
            from clipper.searchtext import search_text

            return search_text(self.title, self.language)
        return self.search_title

    @property
    def body_words(self) -> str:
        """The body as the index holds it."""
        if self.search_body is None:
            from clipper.searchtext import search_text

            return search_text(self.text, self.language)
        return self.search_body


def replaced_words(old: PageText, new: PageText) -> tuple[PageText, PageText]:
    """``old`` and ``new``, a stored page's full-text entry as indexed and as it is to be
    (:meth:`Backend.reindex_pages`), each with its search text (:attr:`PageText.search_title`,
    :attr:`PageText.search_body`) made once: a title or body the two share (a template cut
    changes the text alone, a title's site name the title alone) read once for both, and two
    versions of a body one of which is the other less some lines (a template cut) read
    together, their shared lines once (:func:`clipper.searchtext.search_texts`).  A search
    text either gives already is kept (a migration's reindexing gives ``old``'s by the rule
    before it)."""
    from clipper.searchtext import search_text, search_texts

    if old.search_title is not None or new.search_title is not None:
        titles = old.title_words, new.title_words
    elif (old.title, old.language) == (new.title, new.language):
        titles = (search_text(old.title, old.language),) * 2
    else:
        titles = search_text(old.title, old.language), search_text(new.title, new.language)
    if old.search_body is not None or new.search_body is not None:
        bodies = old.body_words, new.body_words
    elif (old.text, old.language) == (new.text, new.language):
        bodies = (search_text(old.text, old.language),) * 2
    elif old.language == new.language:
        bodies = search_texts(old.text, new.text, old.language)
    else:
        bodies = search_text(old.text, old.language), search_text(new.text, new.language)
    return (
        PageText(old.page_id, old.title, old.text, old.language, titles[0], bodies[0]),
        PageText(new.page_id, new.title, new.text, new.language, titles[1], bodies[1]),
    )


class Backend:
    """The interface; see the module docstring.  Every method takes a SQLAlchemy connection
    inside the caller's transaction unless it says otherwise."""

    name: str = ""

    # --- connections and migrations ----------------------------------------------------------
    def prepare_engine(self, engine: Engine) -> None:
        """Attach connection set-up (pragmas, session settings) to a new engine."""

    def bounded_memory(self, engine: Engine) -> AbstractContextManager[None]:
        """Keep the memory a ``dedupe`` run's connections hold bounded inside the block (a
        smaller page cache than a reader's); a server's memory is its own: nothing to do."""
        return nullcontext()

    def release_cache(self, connection: Connection) -> None:
        """The batches of a ``dedupe`` run are done: let go of the page cache they filled on
        ``connection`` (inside :meth:`bounded_memory`), keeping a small one for what the run
        reads and writes after them (the story stage); a server's memory is its own: nothing
        to do."""

    def migrating(self, connection: Connection) -> AbstractContextManager[None]:
        """Wrap a schema upgrade that runs in one transaction on ``connection``."""
        raise NotImplementedError

    def own_files(self, database: str | None) -> list[Path]:
        """The files the archive keeps on this machine (none for a database server), which a
        dump folder holding the archive must not read as input."""
        return []

    def archive_of(self, path: Path) -> Path | None:
        """The database of another archive of this kind that ``path`` is one of the files of
        (:meth:`own_files`: a dump folder holding an archive), or None: a file of any other
        kind, or a backend that keeps no files."""
        return None

    def size_bytes(self, connection: Connection, database: str | None) -> int | None:
        """What the archive takes on disk, in bytes (None when it cannot be told)."""
        return None

    def write_refused(self, error: BaseException) -> bool:
        """Whether ``error`` (a SQLAlchemy ``DBAPIError`` or the driver's own) is the database
        refusing a write this connection may not make: a role without the right (PostgreSQL's
        ``insufficient_privilege``), a read-only server (a standby) or a file SQLite opened
        read-only; not a full disk or a lost connection, which a re-run can outlast."""
        return False

    # --- the writer lock -----------------------------------------------------------------------
    def write_lock(
        self, engine: Engine, database: str | None, wait_s: float
    ) -> AbstractContextManager[None]:
        """Hold the archive's single-writer lock for the ``with`` block; raise
        :class:`LockTimeout` after ``wait_s`` seconds.  Readers are never blocked by it."""
        raise NotImplementedError

    # --- full-text index -------------------------------------------------------------------------
    def create_fulltext(self, connection: Connection) -> None:
        """Create the full-text index structures (migration 0002)."""
        raise NotImplementedError

    def drop_fulltext(self, connection: Connection) -> None:
        raise NotImplementedError

    def index_pages(self, connection: Connection, pages: Sequence[PageText]) -> None:
        """Add newly inserted pages to the full-text index (:meth:`write_index`), and note
        their languages that case-form keys are written for
        (:func:`clipper.caselanguages.note_languages`) and their languages at all
        (:func:`clipper.heldlanguages.note_held`), in the same transaction."""
        if pages:
            from clipper.caselanguages import note_languages
            from clipper.heldlanguages import note_held

            note_languages(connection, (page.language for page in pages))
            note_held(connection, (page.language for page in pages))
            self.write_index(connection, pages)

    def write_index(self, connection: Connection, pages: Sequence[PageText]) -> None:
        """Write the full-text index entries of ``pages`` (not empty), in one statement per
        batch."""
        raise NotImplementedError

    def reindex_pages(
        self, connection: Connection, old: Sequence[PageText], new: Sequence[PageText]
    ) -> None:
        """Replace stored pages' full-text entries: ``old`` as they were indexed, ``new`` as
        they are now (same pages, same order).  Here :meth:`index_pages` overwrites an entry in
        place; an index that cannot (SQLite's external-content FTS5) removes ``old`` first,
        by its search text made again (:func:`replaced_words`: what ``old`` and ``new`` share
        read once)."""
        self.index_pages(connection, new)

    def keep_index_words(self, connection: Connection) -> None:
        """Migration 0084's upgrade (and 0087's downgrade): a table beside the index for the
        search text each entry was written with, which clipper from 0084 to 0086 wrote and
        read to remove an entry (SQLite's external-content FTS5; +34 % disk a page, +3.9 KB).
        Created empty; clipper from 0087 neither writes nor reads it (0087 drops it:
        :meth:`forget_index_words`).  Here nothing: the index overwrites an entry in place."""

    def forget_index_words(self, connection: Connection) -> None:
        """What :meth:`keep_index_words` made, dropped (migration 0087's upgrade, 0084's
        downgrade)."""

    def clear_fulltext(self, connection: Connection) -> None:
        """Empty the full-text index before :meth:`reindex_all` (nothing to do where
        :meth:`index_pages` overwrites a page's entry in place)."""

    def reindex_all(self, connection: Connection, batch: int = 2000) -> int:
        """Rebuild the full-text index of every page from its search text, ``batch`` pages
        at a time in id order; returns the number of pages indexed.  A rebuild asked for by
        :func:`reindex_later` on ``connection`` is then done."""
        connection.info.pop(_REINDEX_LATER, None)
        self.clear_fulltext(connection)
        return self.index_pages_where(connection, "TRUE", {}, batch)

    def index_pages_where(
        self, connection: Connection, condition: str, params: dict[str, Any], batch: int = 2000
    ) -> int:
        """Index the pages matching the constant SQL ``condition`` over ``pages`` (its values
        bound as ``params``) from their search text, ``batch`` at a time in id order, as
        :meth:`index_pages` indexes them; returns the number of pages indexed."""
        done, last = 0, 0
        while True:
            rows = connection.execute(
                text(
                    f"SELECT id, title, text, language FROM pages WHERE id > :last "
                    f"AND ({condition}) ORDER BY id LIMIT :batch"
                ),
                {**params, "last": last, "batch": batch},
            ).all()
            if not rows:
                return done
            self.index_pages(connection, [PageText(*row) for row in rows])
            done += len(rows)
            last = rows[-1][0]

    def rebuild_fulltext(self, connection: Connection) -> int:
        """Build the full-text index of every page again, its structures as this version
        creates them where they changed (SQLite's FTS5 tokenizer, migration 0035); returns the
        number of pages indexed.  Here: :meth:`reindex_all`."""
        return self.reindex_all(connection)

    def index_outgrown_configs(self, connection: Connection) -> int:
        """Index again every stored page whose text-search configuration is none a language
        is given now (PostgreSQL's ``arabic`` before migration 0060); returns the pages
        indexed: none where the index has no configurations (SQLite)."""
        return 0

    def index_words_as_written(self, connection: Connection) -> int:
        """Index every stored page again where the index held its words only stemmed, which
        drops stop words (PostgreSQL before migration 0028); returns the pages indexed: none
        where the index always held every word as written (SQLite)."""
        return 0

    def match_params(
        self, node: Node, case_languages: frozenset[str] | None = None
    ) -> dict[str, Any]:
        """Bound parameters that carry the parsed query ``node`` to :meth:`ranked_sql`; a
        one-word term is sought by its case-form keys in ``case_languages`` (the archive's:
        :func:`clipper.caselanguages.archive_languages`; None: every language of
        :data:`clipper.caserules.RULES`)."""
        raise NotImplementedError

    def match_filter(
        self, node: Node, name: str, case_languages: frozenset[str] | None = None
    ) -> tuple[str, dict[str, Any]]:
        """Every page matching the parsed query ``node``, unranked and unlimited (``clipper
        export --query``): a constant SQL fragment ``{id} IN (…)``, ``{id}`` standing for a
        page id as in :meth:`ranked_sql`, and its bound parameter, called ``name``;
        ``case_languages`` as :meth:`match_params`'."""
        raise NotImplementedError

    def ranked_sql(self, id_filters: Sequence[str], page_filters: Sequence[str]) -> str:
        """SQL for ``(id, score)`` of the best matches, lower score first, at most ``:limit``.

        ``id_filters`` are constant SQL fragments with ``{id}`` standing for the matched page's
        id (``{id} IN (SELECT …)``); ``page_filters`` constant fragments over ``p``, the matched
        row of ``pages``.  Values travel only as bound parameters.
        """
        raise NotImplementedError

    def stemmed_matches(
        self, connection: Connection, page_ids: Sequence[int], words: Sequence[str]
    ) -> dict[int, list[str]]:
        """For each of ``page_ids``, the words its index holds as written (search text:
        folded, :mod:`clipper.searchtext`) that are not one of ``words`` (a query's one-word
        terms, folded) but that the page's language stems as it stems one of them: the words
        a stemmed match found, for a snippet to mark (``collega`` on an Italian page for
        ``collegi``).  Pages with none are left out; none at all where the index does not
        stem (SQLite)."""
        return {}

    # --- bulk writes and look-ups ------------------------------------------------------------
    def bulk_insert(
        self, connection: Connection, table: Table, columns: Sequence[str],
        rows: Sequence[Sequence[Any]],
    ) -> None:
        """Insert ``rows`` (tuples in ``columns`` order) as fast as the system allows."""
        raise NotImplementedError

    def key_hits(
        self, connection: Connection, keys: Sequence[int], rows: Sequence[int],
        tables: Sequence[str] = ("lsh_bands",),
    ) -> npt.NDArray[np.int64]:
        """``(m, 2)`` int64 rows ``(row, page_id)``, one for each key tagged ``row`` that stored
        page ``page_id`` holds (``keys[i]`` tagged ``rows[i]``; ``tables``: the parts of the
        LSH index, ``lsh_bands`` and ``lsh_bands_recent``, fixed names, never user input; keys
        arrive sorted, so each index is walked in order): a page sharing three of a row's keys
        appears three times, so counting rows counts shared keys.  An array, not
        tuples, because a night of pages that share paragraphs makes hundreds of thousands."""
        from clipper.backends.pairs import concat_int_pairs  # NumPy: dedupe's, not a query's

        return self._look_up(connection, keys, rows, tables, concat_int_pairs)

    def _look_up(
        self, connection: Connection, keys: Sequence[int], rows: Sequence[int],
        tables: Sequence[str], collect: Collect,
    ) -> npt.NDArray[np.int64]:
        """``collect`` of the ``(row, page_id)`` results of looking ``keys`` up in each of
        ``tables`` (one result a table): the one query each backend writes its own way."""
        raise NotImplementedError

    def upsert(
        self, connection: Connection, table: Table, rows: Sequence[dict[str, Any]],
        keys: Sequence[str], update: Sequence[str],
    ) -> None:
        """Insert ``rows``; where the ``keys`` columns already exist, set ``update`` columns."""
        from sqlalchemy.dialects import postgresql, sqlite

        if not rows:
            return
        module: Any = sqlite if self.name == "sqlite" else postgresql
        statement = module.insert(table)
        statement = statement.on_conflict_do_update(
            index_elements=list(keys),
            set_={name: statement.excluded[name] for name in update},
        )
        connection.execute(statement, list(rows))


# The key of ``Connection.info`` under which a migration asks for the index to be rebuilt.
_REINDEX_LATER = "clipper.reindex_later"


def reindex_later(connection: Connection) -> None:
    """Ask for the full-text index of every page to be built again once the migrations of this
    upgrade are done (:func:`finish_upgrade`, which ``migrations/env.py`` calls in the
    upgrade's transaction), instead of now: a migration that changes the search text marks
    the rebuild, and an upgrade through several of them (0061 to 0067: four) builds the index
    once, from the search text as the newest of them reads it."""
    connection.info[_REINDEX_LATER] = True


def finish_upgrade(connection: Connection) -> int:
    """Rebuild the full-text index if a migration of this upgrade asked for it
    (:func:`reindex_later`) and no rebuild came after; returns the pages indexed (0: none
    asked)."""
    if not connection.info.pop(_REINDEX_LATER, False):
        return 0
    return backend_for(connection).reindex_all(connection)


def backend_for(target: Connection | Engine | str) -> Backend:
    """The backend of a connection, an engine or a dialect name (``sqlite``, ``postgresql``)."""
    name = target if isinstance(target, str) else target.dialect.name
    if name == "sqlite":
        from clipper.backends.sqlite import SQLITE

        return SQLITE
    if name == "postgresql":
        from clipper.backends.postgresql import POSTGRESQL

        return POSTGRESQL
    raise ValueError(f"clipper archives live in SQLite or PostgreSQL, not {name}")
