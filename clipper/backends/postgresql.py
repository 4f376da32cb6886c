"""PostgreSQL (14 or newer, through psycopg 3): one archive for a whole team.

- Writer lock: a session-level advisory lock, held on a connection of its own for the whole
  run; PostgreSQL releases it when that connection ends, even after ``kill -9``.  Readers take
  no lock at all (MVCC), so a nightly run never blocks a search.
- Full-text search: ``pages.search_vector`` (``tsvector``) with a GIN index, and
  ``pages.search_config``, the text-search configuration of the page's language (English pages
  are stemmed as English, German as German; unknown languages, Chinese, Japanese and Korean use
  ``simple``).  The vector holds the page's *search text* (:mod:`clipper.searchtext`), the
  title with weight A and the body with weight B; ranking is ``ts_rank`` with A ten times B.
  A query is matched with each page's own configuration; the GIN index is used through the
  union of the query under every configuration, which contains every true match.
- Bulk inserts: ``COPY … FROM STDIN``.  Band look-ups: one join against ``unnest`` of the
  batch's keys as arrays.
"""

from __future__ import annotations

import time
import zlib
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt
from sqlalchemy import Connection, Engine, Table, text

from clipper.backends import (
    Backend,
    Collect,
    LockTimeout,
    PageText,
)
from clipper.searchtext import query_tokens

if TYPE_CHECKING:
    from clipper.search import Node

# ISO 639-1 primary subtag → PostgreSQL's built-in text-search configuration (all present
# since PostgreSQL 9.x except where noted; clipper needs 14).  Anything else: simple.
CONFIGS: dict[str, str] = {
    "ar": "arabic", "da": "danish", "nl": "dutch", "en": "english", "fi": "finnish",
    "fr": "french", "de": "german", "el": "greek", "hu": "hungarian", "id": "indonesian",
    "ga": "irish", "it": "italian", "lt": "lithuanian", "ne": "nepali", "no": "norwegian",
    "nb": "norwegian", "nn": "norwegian", "pt": "portuguese", "ro": "romanian",
    "ru": "russian", "sr": "serbian", "es": "spanish", "sv": "swedish", "ta": "tamil",
    "tr": "turkish",
}
ALL_CONFIGS = ("simple", *sorted(set(CONFIGS.values())))
# ts_rank weights, in PostgreSQL's order {D, C, B, A}: title (A) ten times the body (B).
RANK_WEIGHTS = "{0.1, 0.1, 0.1, 1.0}"
# The advisory-lock key of ``clipper dedupe`` (advisory locks are per database).
LOCK_KEY = zlib.crc32(b"clipper dedupe write lock")


def config_for(language: str | None) -> str:
    """The text-search configuration for a page's language subtag (``en``, ``pt-BR``…)."""
    primary = (language or "").lower().replace("_", "-").split("-", 1)[0]
    return CONFIGS.get(primary, "simple")


def _lexeme(value: str) -> str:
    # A quoted tsquery lexeme: ' is doubled and \ escaped (index words hold neither, but the
    # quoting does not rely on that).
    return "'" + value.replace("\\", "\\\\").replace("'", "''") + "'"


def tsquery_expression(node: Node) -> str:
    """The ``to_tsquery`` input for a parsed query: quoted lexemes, ``<->`` between the words
    of a phrase, ``:*`` for a prefix, ``&``, ``|``, ``& !`` and parentheses."""
    from clipper.search import Term

    if isinstance(node, Term):
        tokens = query_tokens(node.text, node.prefix)
        words = [_lexeme(token) for token in tokens.tokens]
        if tokens.prefix:
            words[-1] += ":*"
        return words[0] if len(words) == 1 else "(" + " <-> ".join(words) + ")"
    left, right = tsquery_expression(node.left), tsquery_expression(node.right)
    operator = {"AND": "&", "OR": "|", "NOT": "& !"}[node.op]
    return f"({left} {operator} {right})"


class PostgreSQLBackend(Backend):
    name = "postgresql"

    def size_bytes(self, connection: Connection, database: str | None) -> int | None:
        """The archive's database on the server (``pg_database_size``: tables, indexes,
        TOAST)."""
        size = connection.execute(text("SELECT pg_database_size(current_database())"))
        return int(size.scalar_one())

    @contextmanager
    def migrating(self, connection: Connection) -> Iterator[None]:
        # Transactional DDL: the whole upgrade commits or nothing does.  Two clipper commands
        # opening a new archive at once take turns (the second finds it up to date).
        with connection.begin():
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": LOCK_KEY + 1})
            yield

    @contextmanager
    def write_lock(self, engine: Engine, database: str | None, wait_s: float) -> Iterator[None]:
        deadline = time.monotonic() + wait_s
        with engine.connect() as connection:
            connection = connection.execution_options(isolation_level="AUTOCOMMIT")
            while not connection.execute(
                text("SELECT pg_try_advisory_lock(:key)"), {"key": LOCK_KEY}
            ).scalar():
                if time.monotonic() >= deadline:
                    raise LockTimeout(str(database))
                time.sleep(0.2)
            try:
                yield
            finally:
                connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": LOCK_KEY})

    # --- full-text index -------------------------------------------------------------------------
    def create_fulltext(self, connection: Connection) -> None:
        connection.exec_driver_sql("ALTER TABLE pages ADD COLUMN search_vector tsvector")
        connection.exec_driver_sql(
            "ALTER TABLE pages ADD COLUMN search_config regconfig NOT NULL DEFAULT 'simple'"
        )
        connection.exec_driver_sql(
            "CREATE INDEX ix_pages_search_vector ON pages USING gin (search_vector)"
        )

    def drop_fulltext(self, connection: Connection) -> None:
        connection.exec_driver_sql("DROP INDEX IF EXISTS ix_pages_search_vector")
        connection.exec_driver_sql("ALTER TABLE pages DROP COLUMN IF EXISTS search_vector")
        connection.exec_driver_sql("ALTER TABLE pages DROP COLUMN IF EXISTS search_config")

    def index_pages(self, connection: Connection, pages: Sequence[PageText]) -> None:
        if not pages:
            return
        ids = [p.page_id for p in pages]
        configs = [config_for(p.language) for p in pages]
        titles = [p.title_words for p in pages]
        bodies = [p.body_words for p in pages]
        # One UPDATE for the whole batch, joined to the arrays by id.
        connection.execute(
            text(
                "UPDATE pages SET search_config = b.config::regconfig, search_vector = "
                "setweight(to_tsvector(b.config::regconfig, b.title), 'A') || "
                "setweight(to_tsvector(b.config::regconfig, b.body), 'B') "
                "FROM unnest(CAST(:ids AS integer[]), CAST(:configs AS text[]), "
                "CAST(:titles AS text[]), CAST(:bodies AS text[])) AS b(id, config, title, body) "
                "WHERE pages.id = b.id"
            ),
            {"ids": ids, "configs": configs, "titles": titles, "bodies": bodies},
        )

    def match_params(self, node: Node) -> dict[str, Any]:
        return {"tsquery": tsquery_expression(node)}

    def match_filter(self, node: Node, name: str) -> tuple[str, dict[str, Any]]:
        # As ranked_sql: the index finds the pages matching under any configuration, and each
        # page is kept only if it matches under its own language's.
        every = " || ".join(f"to_tsquery('{config}', :{name})" for config in ALL_CONFIGS)
        return (
            f"{{id}} IN (SELECT m.id FROM pages AS m WHERE m.search_vector @@ ({every}) "
            f"AND m.search_vector @@ to_tsquery(m.search_config, :{name}))",
            {name: tsquery_expression(node)},
        )

    def ranked_sql(self, id_filters: Sequence[str], page_filters: Sequence[str]) -> str:
        every = " || ".join(f"to_tsquery('{name}', :tsquery)" for name in ALL_CONFIGS)
        where = [f.format(id="p.id") for f in id_filters] + list(page_filters)
        return (
            "SELECT p.id AS id, "
            f"-ts_rank('{RANK_WEIGHTS}', p.search_vector, q.own) AS score "
            "FROM pages AS p CROSS JOIN LATERAL "
            "(SELECT to_tsquery(p.search_config, :tsquery) AS own) AS q "
            f"WHERE p.search_vector @@ ({every}) AND p.search_vector @@ q.own"
            + "".join(f" AND {clause}" for clause in where)
            + " ORDER BY score, p.id LIMIT :limit"
        )

    # --- bulk writes -------------------------------------------------------------------------
    def bulk_insert(
        self, connection: Connection, table: Table, columns: Sequence[str],
        rows: Sequence[Sequence[Any]],
    ) -> None:
        if not rows:
            return
        raw: Any = connection.connection.dbapi_connection
        with raw.cursor() as cursor, cursor.copy(
            f"COPY {table.name} ({', '.join(columns)}) FROM STDIN"
        ) as copy:
            for row in rows:
                copy.write_row(row)

    def _look_up(
        self, connection: Connection, keys: Sequence[int], rows: Sequence[int],
        tables: Sequence[str], collect: Collect,
    ) -> npt.NDArray[np.int64]:
        return collect(
            connection.execute(
                text(
                    "SELECT b.row, l.page_id FROM unnest(CAST(:keys AS bigint[]), "
                    "CAST(:rows AS integer[])) AS b(key, row) "
                    f"JOIN {table} AS l ON l.key = b.key"
                ),
                {"keys": list(keys), "rows": list(rows)},
            )
            for table in tables
        )


POSTGRESQL = PostgreSQLBackend()
