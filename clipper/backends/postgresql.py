"""PostgreSQL (14 or newer, through psycopg 3): one archive for a whole team.

- Writer lock: a session-level advisory lock, held on a connection of its own for the whole
  run; PostgreSQL releases it when that connection ends, even after ``kill -9``.  Readers take
  no lock at all (MVCC), so a nightly run never blocks a search.
- Full-text search: ``pages.search_vector`` (``tsvector``) with a GIN index, and
  ``pages.search_config``, the text-search configuration of the page's language (English pages
  are stemmed as English, German as German; unknown languages, Chinese, Japanese and Korean use
  ``simple``). The vector holds the page's *search text* (:mod:`clipper.searchtext`), the title
  with weight A and the body with weight B, each word twice at its position: as written (the
  search text's word as a lexeme, not parsed again: what SQLite's index holds, stop words
  included, :func:`written_vector`; migration 0038) and as the page's configuration stems it
  (:func:`merged_vector`; migration 0028 indexed archives again). A query term matches a word as
  written, or its stems when the page's configuration keeps every word of the term: ``strikes``
  also finds "strike" in English pages, while ``the`` and ``"one of the"`` match only as written
  (a stemmer drops stop words, and ``"one of the"`` stemmed is ``one``). A prefix term
  (``precios*``, ``"three-day stri"*``) is matched as written only, words starting with the
  letters typed, as on SQLite (stemmed, the prefix ``precios`` was ``preci``). So a query finds
  the pages SQLite finds, plus stemmed matches of its whole words. The query is resolved once
  per configuration (:data:`_OWN_QUERIES`), each page is matched with its own, and the GIN index
  is used through the union of those, which contains every true match; ranking is ``ts_rank``
  with A ten times B.
- Bulk inserts: ``COPY … FROM STDIN``.  Band look-ups: one join against ``unnest`` of the
  batch's keys as arrays.
"""

from __future__ import annotations

import time
import zlib
from collections.abc import Collection, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, Table, text

from clipper.backends import (
    Backend,
    LockTimeout,
    PageText,
)
from clipper.caseforms import KEY_MARKS as CASE_KEY_MARKS
from clipper.koreanwords import WORD_MARKS

# Every mark an index word that is a key starts with: case forms' and Korean words' bounds
KEY_MARKS = CASE_KEY_MARKS + WORD_MARKS

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    from clipper.backends.pairs import Collect
    from clipper.searchquery import Node

# ISO 639-1 primary subtag → PostgreSQL's built-in text-search configuration (all present
# since PostgreSQL 9.x but Armenian, Basque, Catalan, Hindi and Yiddish, whose Snowball
# stemmers came with PostgreSQL 15; clipper needs 14).  A configuration the server lacks, and
# anything else: simple (:func:`config_for`).  Not Arabic: clipper stems Arabic-script words
# itself, in the search text both backends index (:mod:`clipper.prefixes`), and PostgreSQL's
# ``arabic`` stemmer stemmed on top of that what SQLite's index never did (``بطاقة`` "card"
# was ``طاق`` and found by ``طاقة`` "energy", ``مكتبة`` "library" by ``مكتب`` "office"):
# Arabic pages are ``simple`` (migration 0060), so both backends find the same pages.
CONFIGS: dict[str, str] = {
    "da": "danish", "nl": "dutch", "en": "english", "fi": "finnish",
    "fr": "french", "de": "german", "el": "greek", "hu": "hungarian", "id": "indonesian",
    "ga": "irish", "it": "italian", "lt": "lithuanian", "ne": "nepali", "no": "norwegian",
    "nb": "norwegian", "nn": "norwegian", "pt": "portuguese", "ro": "romanian",
    "ru": "russian", "sr": "serbian", "es": "spanish", "sv": "swedish", "ta": "tamil",
    "tr": "turkish",
    # PostgreSQL 15
    "hy": "armenian", "eu": "basque", "ca": "catalan", "hi": "hindi", "yi": "yiddish",
}
ALL_CONFIGS = ("simple", *sorted(set(CONFIGS.values())))
# Those of ALL_CONFIGS the server has (built in, in pg_catalog), as regconfig values.
_SERVER_CONFIGS = (
    "SELECT c.oid::regconfig AS config FROM pg_ts_config AS c "
    "WHERE c.cfgnamespace = 'pg_catalog'::regnamespace AND c.cfgname = ANY(CAST(ARRAY["
    + ", ".join(f"'{c}'" for c in ALL_CONFIGS)
    + "] AS text[]))"
)
# ts_rank weights, in PostgreSQL's order {D, C, B, A}: title (A) ten times the body (B).
RANK_WEIGHTS = "{0.1, 0.1, 0.1, 1.0}"
# The advisory-lock key of ``clipper dedupe`` (advisory locks are per database).
LOCK_KEY = zlib.crc32(b"clipper dedupe write lock")


def config_for(language: str | None, available: Collection[str] | None = None) -> str:
    """The text-search configuration for a page's language subtag (``en``, ``pt-BR``…):
    :data:`CONFIGS`'s, or ``simple`` when ``available`` (the server's configurations,
    :func:`server_configs`; None: all of them) lacks it or the language has none."""
    primary = (language or "").lower().replace("_", "-").split("-", 1)[0]
    config = CONFIGS.get(primary, "simple")
    return config if available is None or config in available else "simple"


def server_configs(connection: Connection) -> frozenset[str]:
    """The names of :data:`ALL_CONFIGS` the server has (``hindi`` from PostgreSQL 15 on)."""
    return frozenset(
        connection.execute(text(f"SELECT config::text FROM ({_SERVER_CONFIGS}) AS s")).scalars()
    )


def _lexeme(value: str) -> str:
    # A quoted tsquery lexeme: ' is doubled and \ escaped (index words hold neither, but the
    # quoting does not rely on that).
    return "'" + value.replace("\\", "\\\\").replace("'", "''") + "'"


def tsquery_terms(
    node: Node, case_languages: frozenset[str] | None = None
) -> tuple[str, list[str], list[bool]]:
    """A parsed query as a ``format()`` skeleton, its terms and which of them are matched as
    written only, e.g. ``(%1$s & !%2$s)``, ``["'crane':*", "'one' <-> 'of' <-> 'the'"]`` and
    ``[False, True]``.  Each term is a ``to_tsquery`` input of quoted lexemes, ``<->`` between
    the words of a phrase and ``:*`` after a prefix; the skeleton holds only ``&``, ``|``,
    ``!``, parentheses and ``%N$s``, never user text.  A one-word term is also its case-form
    keys in ``case_languages`` (:func:`clipper.searchterms.query_tokens`).

    A term a NOT leaves out (the right of an odd number of NOTs) is matched as written only:
    stemmed, it left out pages SQLite finds (``huelga NOT reforma`` dropped a Spanish page
    saying "reformas"), so PostgreSQL finds what SQLite finds plus stemmed matches of the
    terms a page must hold."""
    from clipper.searchquery import Term
    from clipper.searchterms import query_tokens
    from clipper.tonemarks import PAGE as TONED_PAGE

    terms: list[str] = []
    written: list[bool] = []

    def walk(item: Node, left_out: bool = False) -> str:
        if isinstance(item, Term):
            tokens = query_tokens(item.text, item.prefix, case_languages)
            # a term with attached prefixes: as typed or stemmed (clipper.prefixes), two terms
            places = []
            for way, bounds in tokens.conditions:
                words = [_lexeme(token) for token in way]
                if tokens.prefix and words:
                    words[-1] += ":*"
                terms.append(" <-> ".join(words))
                written.append(left_out)
                # a Korean word's bounds (clipper.koreanwords): keys, as written
                ands = [f"%{len(terms)}$s"]
                for keys in bounds:
                    ors = []
                    for key in keys:
                        terms.append(_lexeme(key))
                        written.append(True)
                        ors.append(f"%{len(terms)}$s")
                    ands.append("(" + " | ".join(ors) + ")")
                places.append(ands[0] if len(ands) == 1 else "(" + " & ".join(ands) + ")")
            found = places[0] if len(places) == 1 else "(" + " | ".join(places) + ")"
            if tokens.toned:
                # typed with Vietnamese marks: by them on a Vietnamese page (clipper.tonemarks)
                terms.extend((_lexeme(tokens.toned), _lexeme(TONED_PAGE)))
                written.extend((True, True))
                return f"(%{len(terms) - 1}$s | ({found} & !%{len(terms)}$s))"
            return found
        left = walk(item.left, left_out)
        right = walk(item.right, left_out != (item.op == "NOT"))
        operator = {"AND": "&", "OR": "|", "NOT": "& !"}[item.op]
        return f"({left} {operator} {right})"

    return walk(node), terms, written


# PostgreSQL's limits on a lexeme: longer words are left out (as to_tsvector leaves them out,
# with a notice); a position past the last is stored as the last.
_MAX_LEXEME_BYTES = 2047
_MAX_POSITION = 16383


def written_vector(words: str) -> str:
    """The ``tsvector`` input of the search text ``words`` as written: each word a quoted
    lexeme at its position (``'ที':1 'ี่':2 '่น':3``), never split again by PostgreSQL's
    parser.  That parser takes a mark that is no letter to it at the start of a word (a Thai
    or Lao tone mark, Khmer's coeng, Myanmar's asat) for a separator: a bigram of a Thai, Lao,
    Khmer or Myanmar run starting with one (``่น`` of ``ที่นี่``, ``្ម`` of ``ខ្មែរ``) was held
    as its second character alone, and a lone private-use character not at all, where
    SQLite's index holds the search text's words as they are (scripts20)."""
    return " ".join(
        f"{_lexeme(word)}:{min(position, _MAX_POSITION)}"
        for position, word in enumerate(words.split(), start=1)
        if len(word.encode()) <= _MAX_LEXEME_BYTES
    )


def stemmed_words(words: str) -> str:
    """The search text ``words`` without its case-form keys (:mod:`clipper.caseforms`: they
    follow the text's words, each starting with one of :data:`clipper.caseforms.KEY_MARKS`):
    what a configuration's stemmer reads.  PostgreSQL's parser reads a key's mark as a
    separator, so ``\U000f0000ruриге`` was stemmed as ``ruриг`` (a lexeme no word has, and
    the key ``\U000f0000ruриг`` of a query, stemmed too, matched it: a key matched more than
    on SQLite) and every key was in the vector twice."""
    cut = min((at for mark in KEY_MARKS if (at := words.find(" " + mark)) >= 0), default=-1)
    return words if cut < 0 else words[:cut]


def merged_vector(config: str, words: str, written: str) -> str:
    """SQL for the ``tsvector`` of the search text ``words`` (SQL expressions, ``written`` its
    :func:`written_vector`): each word as written and, unless ``config`` is ``simple``, as
    ``config`` stems it, at the word's position; a stop word of ``config`` is there as written
    only.  ``tsvector || tsvector`` would shift the second vector's positions past the first's,
    so the two are joined in their text form, whose input merges the positions of a lexeme
    given twice (twice the cost of the stemmed vector alone: 2.1 s against 1.0 s for 143 news
    pages, 114,000 words, at load 9)."""
    return (
        f"({written} || ' ' || CASE WHEN {config} = 'simple'::regconfig THEN '' "
        f"ELSE to_tsvector({config}, {words})::text END)::tsvector"
    )


# The query under each configuration, one ``(config, own)`` row each: the skeleton of
# :func:`tsquery_terms` filled with each term as written (its lexemes as they are, unparsed, as
# :func:`written_vector` indexes them; a case-form key, :data:`clipper.caseforms.KEY_MARKS`, is
# matched as written only, as the vector holds it), or'ed with its stems in
# the configuration when stemming keeps every word (as many nodes), else as written only (a
# stemmer drops stop words: ``'one' <-> 'of' <-> 'the'`` in English is ``'one'``).  A term
# a NOT leaves out (``{name}_written``, :func:`tsquery_terms`) is as written only.  A prefix
# term (``:*`` ends it) is as written only, as SQLite matches it: words that start with the
# letters typed.  Stemmed first, ``precios*`` was Spanish ``'preci':*`` and found
# "precipitaciones" and Portuguese "precisa" (newcomer 20).  ``{name}``
# prefixes the bound parameters ``{name}_skeleton`` and ``{name}_terms``; computed once per
# configuration, not per page.  A term with no lexeme is ``' '``, a lexeme no vector holds:
# it matches nothing, and the skeleton stays well formed.
_OWN_QUERIES = (
    "SELECT c.config, format(:{name}_skeleton, VARIADIC ARRAY("
    "SELECT '(' || CASE WHEN numnode(t.term::tsquery) = 0 THEN ''' '''::tsquery "
    "WHEN t.written OR t.term LIKE '%:*' OR c.config = 'simple'::regconfig "
    f"OR substr(t.term, 2, 1) IN ({', '.join(f'chr({ord(mark)})' for mark in KEY_MARKS)}) "
    "THEN t.term::tsquery "
    "WHEN numnode(to_tsquery(c.config, t.term)) = "
    "numnode(to_tsquery('simple', t.term)) "
    "THEN t.term::tsquery || to_tsquery(c.config, t.term) "
    "ELSE t.term::tsquery END::text || ')' "
    "FROM unnest(CAST(:{name}_terms AS text[]), CAST(:{name}_written AS boolean[])) "
    "WITH ORDINALITY AS t(term, written, n) ORDER BY t.n"
    "))::tsquery AS own "
    f"FROM ({_SERVER_CONFIGS}) AS c"
)
# The union of those (for the GIN index): every page matching under its own configuration
# matches it.
_ANY_QUERY = "(SELECT string_agg(DISTINCT '(' || own::text || ')', ' | ')::tsquery FROM {q})"


def _params(node: Node, name: str, case_languages: frozenset[str] | None) -> dict[str, Any]:
    skeleton, terms, written = tsquery_terms(node, case_languages)
    return {f"{name}_skeleton": skeleton, f"{name}_terms": terms, f"{name}_written": written}


class PostgreSQLBackend(Backend):
    name = "postgresql"

    def size_bytes(self, connection: Connection, database: str | None) -> int | None:
        """The archive's database on the server (``pg_database_size``: tables, indexes,
        TOAST)."""
        size = connection.execute(text("SELECT pg_database_size(current_database())"))
        return int(size.scalar_one())

    def write_refused(self, error: BaseException) -> bool:
        """SQLSTATE ``42501`` (insufficient_privilege: a role granted SELECT alone) or
        ``25006`` (read_only_sql_transaction: a standby, or ``default_transaction_read_only``)."""
        reason = getattr(error, "orig", None) or error
        return getattr(reason, "sqlstate", None) in ("42501", "25006")

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

    def write_index(self, connection: Connection, pages: Sequence[PageText]) -> None:
        ids = [p.page_id for p in pages]
        available = server_configs(connection)
        configs = [config_for(p.language, available) for p in pages]
        titles = [p.title_words for p in pages]
        bodies = [p.body_words for p in pages]
        written_titles = [written_vector(words) for words in titles]
        written_bodies = [written_vector(words) for words in bodies]
        titles, bodies = [stemmed_words(w) for w in titles], [stemmed_words(w) for w in bodies]
        # One UPDATE for the whole batch, joined to the arrays by id.
        connection.execute(
            text(
                "UPDATE pages SET search_config = b.config::regconfig, search_vector = "
                "setweight("
                f"{merged_vector('b.config::regconfig', 'b.title', 'b.written_title')}, 'A') || "
                "setweight("
                f"{merged_vector('b.config::regconfig', 'b.body', 'b.written_body')}, 'B') "
                "FROM unnest(CAST(:ids AS integer[]), CAST(:configs AS text[]), "
                "CAST(:titles AS text[]), CAST(:bodies AS text[]), "
                "CAST(:written_titles AS text[]), CAST(:written_bodies AS text[])) "
                "AS b(id, config, title, body, written_title, written_body) "
                "WHERE pages.id = b.id"
            ),
            {
                "ids": ids, "configs": configs, "titles": titles, "bodies": bodies,
                "written_titles": written_titles,
                "written_bodies": written_bodies,
            },
        )

    def index_words_as_written(self, connection: Connection) -> int:
        return self.reindex_all(connection)

    def index_outgrown_configs(self, connection: Connection) -> int:
        return self.index_pages_where(
            connection,
            "search_config::text <> ALL(CAST(:configs AS text[]))",
            {"configs": list(ALL_CONFIGS)},
        )

    def match_params(
        self, node: Node, case_languages: frozenset[str] | None = None
    ) -> dict[str, Any]:
        return _params(node, "tsquery", case_languages)

    def match_filter(
        self, node: Node, name: str, case_languages: frozenset[str] | None = None
    ) -> tuple[str, dict[str, Any]]:
        # As ranked_sql: the index finds the pages matching under any configuration, and each
        # page is kept only if it matches under its own language's.
        return (
            f"{{id}} IN (WITH q AS ({_OWN_QUERIES.format(name=name)}) "
            "SELECT m.id FROM pages AS m JOIN q ON q.config = m.search_config "
            f"WHERE m.search_vector @@ {_ANY_QUERY.format(q='q')} AND m.search_vector @@ q.own)",
            _params(node, name, case_languages),
        )

    def ranked_sql(self, id_filters: Sequence[str], page_filters: Sequence[str]) -> str:
        where = [f.format(id="p.id") for f in id_filters] + list(page_filters)
        return (
            f"WITH q AS ({_OWN_QUERIES.format(name='tsquery')}) "
            f"SELECT p.id AS id, -ts_rank('{RANK_WEIGHTS}', p.search_vector, q.own) AS score "
            "FROM pages AS p JOIN q ON q.config = p.search_config "
            f"WHERE p.search_vector @@ {_ANY_QUERY.format(q='q')} AND p.search_vector @@ q.own"
            + "".join(f" AND {clause}" for clause in where)
            + " ORDER BY score, p.id LIMIT :limit"
        )

    def stemmed_matches(
        self, connection: Connection, page_ids: Sequence[int], words: Sequence[str]
    ) -> dict[int, list[str]]:
        # Each lexeme of the page's vector (its words as written and their stems) whose first
        # letter is a query word's, stemmed in the page's configuration, against the query
        # word stemmed there (``plainto_tsquery``: the word as text, never an operator); a
        # case-form key is no word (its mark is a separator to the parser) and is skipped.
        if not page_ids or not words:
            return {}
        rows = connection.execute(
            text(
                "SELECT DISTINCT p.id, w.word FROM pages AS p "
                "CROSS JOIN LATERAL unnest(tsvector_to_array(p.search_vector)) AS w(word) "
                "JOIN unnest(CAST(:words AS text[])) AS t(word) "
                "ON left(w.word, 1) = left(t.word, 1) AND w.word <> t.word "
                "WHERE p.id = ANY(CAST(:ids AS integer[])) "
                "AND p.search_config <> 'simple'::regconfig "
                "AND numnode(plainto_tsquery(p.search_config, t.word)) > 0 "
                "AND to_tsvector(p.search_config, w.word) "
                "@@ plainto_tsquery(p.search_config, t.word) "
                "ORDER BY p.id, w.word"
            ),
            {"ids": list(page_ids), "words": list(words)},
        )
        found: dict[int, list[str]] = {}
        for page_id, word in rows:
            if not word.startswith(KEY_MARKS):
                found.setdefault(page_id, []).append(word)
        return found

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
