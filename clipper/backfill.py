"""Index keys and match figures for pages stored before a schema revision introduced them.

Migrations 0006 (passage keys), 0008 (opening keys) and 0011 (brief windows) add keys to
``lsh_bands`` for every page already stored, so a page stored after the upgrade finds its
copies among them exactly as among pages stored later.  Pages are read in id order,
:data:`CHUNK` at a time, and fingerprinted with the archive's own settings (``meta``:
permutations, seed, shingle width); the text fingerprinted is the page's text with its
site-template lines restored, as at storing time.  Migration 0013 gives every stored match
its offset (``match.Edge.offset``), from the two pages' texts the same way
(:func:`add_match_offsets`).  Migration 0034 fingerprints again every stored page whose text
holds a combining mark, whose words the word rule before it cut apart
(:func:`refingerprint_marked`); migration 0039 every one holding a digit other than 0-9 or a
Persian or Urdu yeh, keheh or heh, which the words now fold
(:func:`refingerprint_keyboard_variants`); migration 0040 every one holding an Arabic letter
variant or a tatweel (:func:`refingerprint_arabic_variants`); migration 0044 every one holding
a Ukrainian apostrophe ``ʼ``, a ``ё`` or a traditional Chinese character
(:func:`refingerprint_spelling_variants`); migration 0046 every one holding Vietnamese's old
tone placement, a Latin look-alike in a Cyrillic word or a Korean middle dot
(:func:`refingerprint_script_variants`); migration 0047 every one holding a Hangul syllable
or a Turkish ``ı``, ``ş`` or ``ğ`` (:func:`refingerprint_syllables_and_turkish`); migration
0049 every one holding Romanian's comma letters ``ș`` ``ț`` or Catalan's ``l·l``
(:func:`refingerprint_letter_variants`); migration 0053 every Chinese one with a phrase the
words now fold to the Mainland's vocabulary (:func:`refingerprint_vocabulary`); migration 0076
every one holding a Latin or Greek letter with an accent, or ``ø ł đ ı æ œ`` …, whose accents
the words now leave out (:func:`refingerprint_accents`).  The search
index written again for the pages whose search text a migration changed:
:mod:`clipper.reindex`.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from typing import Any

import numpy as np
import numpy.typing as npt
import sqlalchemy as sa

from clipper.canonical import rank_key
from clipper.config import FingerprintConfig
from clipper.digraphia import latin_varies
from clipper.fingerprint import Fingerprint, fingerprint_texts
from clipper.match import Candidate
from clipper.matchview import match_view
from clipper.minhash import MinHasher, index_keys, signature_to_bytes
from clipper.pairrules import opening_offset
from clipper.shingles import shingle_hits
from clipper.templates import restore_lines
from clipper.words import (
    accent_variant,
    arabic_variant,
    devanagari_variant,
    keyboard_variant,
    letter_variant,
    marked,
    persian_variant,
    script_variant,
    spelling_variant,
    syllable_or_turkish_variant,
    vocabulary_variant,
)

CHUNK = 500

KeysOf = Callable[[Fingerprint], npt.NDArray[np.int64]]

_pages = sa.table(
    "pages",
    sa.column("id", sa.Integer),
    sa.column("text", sa.Text),
    sa.column("template_lines", sa.Text),
)
_languaged_pages = sa.table(
    "pages",
    sa.column("id", sa.Integer),
    sa.column("text", sa.Text),
    sa.column("template_lines", sa.Text),
    sa.column("language", sa.String),
)
_bands = sa.table("lsh_bands", sa.column("key", sa.BigInteger), sa.column("page_id", sa.Integer))
_meta = sa.table("meta", sa.column("key", sa.String), sa.column("value", sa.String))


def add_keys(connection: sa.Connection, keys_of: KeysOf) -> None:
    """Insert ``keys_of(fingerprint)`` of every stored page into ``lsh_bands``."""
    for rows in _key_rows(connection, keys_of):
        if rows:
            connection.execute(sa.insert(_bands), rows)


def remove_keys(connection: sa.Connection, keys_of: KeysOf) -> None:
    """Delete what :func:`add_keys` inserted (a downgrade)."""
    for rows in _key_rows(connection, keys_of):
        if rows:
            connection.execute(
                sa.delete(_bands).where(
                    _bands.c.key == sa.bindparam("b_key"),
                    _bands.c.page_id == sa.bindparam("b_page"),
                ),
                [{"b_key": r["key"], "b_page": r["page_id"]} for r in rows],
            )


def _archive_hasher(connection: sa.Connection) -> MinHasher:
    stored = {k: v for k, v in connection.execute(sa.select(_meta.c.key, _meta.c.value))}
    default = FingerprintConfig()
    num_perm = int(stored.get("fingerprint.num_perm", default.num_perm))
    return MinHasher(
        replace(
            default,
            num_perm=num_perm,
            lsh_bands=num_perm // default.lsh_rows,
            seed=int(stored.get("fingerprint.seed", default.seed)),
            shingle_words=int(stored.get("fingerprint.shingle_words", default.shingle_words)),
        )
    )


def _key_rows(connection: sa.Connection, keys_of: KeysOf) -> Iterator[list[dict[str, int]]]:
    """``lsh_bands`` rows of every stored page, one list per :data:`CHUNK` pages."""
    hasher = _archive_hasher(connection)
    for rows in in_id_order(connection, _pages, ("text", "template_lines")):
        texts = [restore_lines(r.text or "", json.loads(r.template_lines or "[]")) for r in rows]
        out: list[dict[str, int]] = []
        for row, fingerprint in zip(rows, fingerprint_texts(texts, hasher), strict=True):
            if fingerprint is not None:
                out.extend({"key": k, "page_id": row.id} for k in keys_of(fingerprint).tolist())
        yield out


_ranked_pages = sa.table(
    "pages",
    sa.column("id", sa.Integer),
    sa.column("text", sa.Text),
    sa.column("template_lines", sa.Text),
    sa.column("word_count", sa.Integer),
    sa.column("published", sa.String),
    sa.column("url", sa.String),
    sa.column("source_key", sa.String),
    sa.column("content_hash", sa.String),
)
_matches = sa.table(
    "matches",
    sa.column("page_id", sa.Integer),
    sa.column("better_page_id", sa.Integer),
    sa.column("offset_words", sa.Integer),
)


def add_match_offsets(connection: sa.Connection) -> None:
    """Set ``matches.offset_words`` of every stored match, as :func:`clipper.match.verify`
    would have: where the longer page of the pair holds the shorter's first shared shingle.
    Matches are read in key order, :data:`CHUNK` at a time, each page shingled once a chunk."""
    settings = _archive_hasher(connection).config
    last = (0, 0)
    while True:
        pairs = connection.execute(
            sa.select(_matches.c.page_id, _matches.c.better_page_id)
            .where(sa.tuple_(_matches.c.page_id, _matches.c.better_page_id) > last)
            .order_by(_matches.c.page_id, _matches.c.better_page_id)
            .limit(CHUNK)
        ).all()
        if not pairs:
            return
        last = (pairs[-1][0], pairs[-1][1])
        ids = sorted({pid for pair in pairs for pid in pair})
        pages: dict[int, Candidate] = {}
        for row in connection.execute(sa.select(_ranked_pages).where(_ranked_pages.c.id.in_(ids))):
            text = restore_lines(row.text or "", json.loads(row.template_lines or "[]"))
            rank = rank_key(
                row.word_count, row.published, row.url, row.source_key, row.content_hash
            )
            pages[row.id] = Candidate.of(row.id, match_view(text, settings), rank)
        updates = []
        for page_id, better_id in pairs:
            if page_id not in pages or better_id not in pages:
                continue
            shorter, longer = sorted(
                (pages[page_id], pages[better_id]), key=lambda c: (len(c.sequence), c.rank)
            )
            hit = shingle_hits(shorter.sequence, longer.held)
            updates.append(
                {
                    "m_page": page_id,
                    "m_better": better_id,
                    "m_offset": opening_offset(shorter.sequence, hit, longer),
                }
            )
        if updates:
            connection.execute(
                sa.update(_matches)
                .where(
                    _matches.c.page_id == sa.bindparam("m_page"),
                    _matches.c.better_page_id == sa.bindparam("m_better"),
                )
                .values(offset_words=sa.bindparam("m_offset")),
                updates,
            )


_fingerprinted = sa.table(
    "pages",
    sa.column("id", sa.Integer),
    sa.column("text", sa.Text),
    sa.column("template_lines", sa.Text),
    sa.column("word_count", sa.Integer),
    sa.column("content_hash", sa.String),
    sa.column("shingle_count", sa.Integer),
    sa.column("signature", sa.LargeBinary),
)
_recent = sa.table(
    "lsh_bands_recent", sa.column("key", sa.BigInteger), sa.column("page_id", sa.Integer)
)


def refingerprint_marked(connection: sa.Connection) -> int:
    """:func:`refingerprint` of the pages whose text holds a combining mark once NFKC and
    casefolded (:func:`clipper.words.marked`, migration 0034); the others have the same words
    under both rules."""
    return refingerprint(connection, marked)


def refingerprint_keyboard_variants(connection: sa.Connection) -> int:
    """:func:`refingerprint` of the pages whose text holds a digit other than 0-9 or a Persian
    or Urdu yeh, keheh or heh (:func:`clipper.words.keyboard_variant`, migration 0039); the
    others have the same words under both rules."""
    return refingerprint(connection, keyboard_variant)


def refingerprint_arabic_variants(connection: sa.Connection) -> int:
    """:func:`refingerprint` of the pages whose text holds an Arabic letter variant or a
    tatweel (:func:`clipper.words.arabic_variant`, migration 0040); the others have the same
    words under both rules."""
    return refingerprint(connection, arabic_variant)


def refingerprint_devanagari_variants(connection: sa.Connection) -> int:
    """:func:`refingerprint` of the pages whose text holds a Devanagari spelling variant
    (:func:`clipper.words.devanagari_variant`, migration 0041); the others have the same words
    under both rules."""
    return refingerprint(connection, devanagari_variant)


def refingerprint_persian_affixes(connection: sa.Connection) -> int:
    """:func:`refingerprint` of the pages whose text holds a Persian prefix or suffix set apart
    by a space (:func:`clipper.words.persian_variant`, migration 0043); the others have the
    same words under both rules."""
    return refingerprint(connection, persian_variant)


def refingerprint_spelling_variants(connection: sa.Connection) -> int:
    """:func:`refingerprint` of the pages whose text holds an apostrophe ``ʼ``/``ʻ``, a ``ё``
    or a traditional Chinese character (:func:`clipper.words.spelling_variant`, migration
    0044); the others have the same words under both rules."""
    return refingerprint(connection, spelling_variant)


def in_id_order(
    connection: sa.Connection, table: sa.TableClause, columns: Sequence[str], *where: Any
) -> Iterator[Sequence[Any]]:
    """``table``'s rows (``id`` and ``columns``) that ``where`` takes, in id order,
    :data:`CHUNK` at a time (a keyset walk: each chunk one index range, however big the
    table)."""
    last = 0
    while True:
        rows = connection.execute(
            sa.select(table.c.id, *(table.c[name] for name in columns))
            .where(table.c.id > last, *where)
            .order_by(table.c.id)
            .limit(CHUNK)
        ).all()
        if not rows:
            return
        last = rows[-1].id
        yield rows


def refingerprint_script_variants(connection: sa.Connection) -> int:
    """:func:`refingerprint` of the pages whose text holds Vietnamese's old tone placement, a
    Latin look-alike inside a Cyrillic word or a Korean middle dot between two syllables
    (:func:`clipper.words.script_variant`, migration 0046)."""
    return refingerprint(connection, script_variant)


def refingerprint_syllables_and_turkish(connection: sa.Connection) -> int:
    """:func:`refingerprint` of the pages whose text holds a Hangul syllable or a Turkish
    ``ı``, ``ş`` or ``ğ`` (:func:`clipper.words.syllable_or_turkish_variant`, migration 0047);
    the others have the same words under both rules."""
    return refingerprint(connection, syllable_or_turkish_variant)


def refingerprint_letter_variants(connection: sa.Connection) -> int:
    """:func:`refingerprint` of the pages whose text holds Romanian's ``ș``/``ț`` or Catalan's
    ``l·l`` (:func:`clipper.words.letter_variant`, migration 0049)."""
    return refingerprint(connection, letter_variant)


def refingerprint_vocabulary(connection: sa.Connection) -> int:
    """:func:`refingerprint` of the Chinese pages with a phrase of Taiwan's or the Mainland's
    vocabulary the words now fold (:func:`clipper.words.vocabulary_variant`, migration 0053)."""
    return refingerprint(connection, vocabulary_variant)


def refingerprint_accents(connection: sa.Connection) -> int:
    """:func:`refingerprint` of the pages whose text holds a Latin or Greek letter with an
    accent, or one of ``ø ł đ ı æ œ`` … (:func:`clipper.words.accent_variant`, migration 0076);
    the others have the same words under both rules."""
    return refingerprint(connection, accent_variant)


def refingerprint_latin_pages(connection: sa.Connection) -> int:
    """:func:`refingerprint` of the pages stored in Serbian, Montenegrin, Bosnian or
    Macedonian whose text holds a Cyrillic letter of theirs (:func:`clipper.digraphia
    .latin_varies`, migration 0100), fingerprinted in Latin letters; every other page has the
    same words under both rules."""
    return refingerprint(connection, by_language=latin_varies)


def refingerprint(
    connection: sa.Connection,
    which: Callable[[str], bool] | None = None,
    by_language: Callable[[str, str | None], bool] | None = None,
) -> int:
    """Fingerprint again, with :func:`clipper.words.words` as it is now, every stored page
    whose text (template lines restored) ``which`` takes, or whose text and stored language
    ``by_language`` takes (those fingerprinted with their language:
    :func:`clipper.fingerprint.fingerprint_texts`): its ``content_hash``, ``word_count``,
    ``shingle_count``, ``signature`` and its index keys (full-text and lead bands, passage,
    opening and brief-window keys), which replace its old ones in the part of the index
    (``lsh_bands`` or ``lsh_bands_recent``) that held them.  Pages are read in id order,
    :data:`CHUNK` at a time.  Returns the pages fingerprinted.  Raises ``ValueError`` unless
    exactly one of ``which`` and ``by_language`` is given."""
    if (which is None) == (by_language is None):
        raise ValueError("refingerprint takes one of which and by_language")
    hasher = _archive_hasher(connection)
    config = hasher.config
    done = 0
    table, columns = (
        (_pages, ("text", "template_lines"))
        if by_language is None
        else (_languaged_pages, ("text", "template_lines", "language"))
    )
    for rows in in_id_order(connection, table, columns):
        found: list[tuple[int, str]] = []
        languages: list[str | None] = []
        for row in rows:
            text = restore_lines(row.text or "", json.loads(row.template_lines or "[]"))
            if by_language is not None and by_language(text, row.language):
                found.append((row.id, text))
                languages.append(row.language)
            elif which is not None and which(text):
                found.append((row.id, text))
        if not found:
            continue
        ids = [page_id for page_id, _ in found]
        in_recent = set(
            connection.scalars(
                sa.select(_recent.c.page_id).where(_recent.c.page_id.in_(ids)).distinct()
            )
        )
        prints = fingerprint_texts(
            [text for _, text in found], hasher, languages if by_language is not None else None
        )
        updates: list[dict[str, object]] = []
        main_rows: list[dict[str, int]] = []
        recent_rows: list[dict[str, int]] = []
        for page_id, fingerprint in zip(ids, prints, strict=True):
            if fingerprint is None:  # a text of marks alone: no words under either rule
                continue
            updates.append(
                {
                    "f_id": page_id,
                    "f_words": fingerprint.word_count,
                    "f_hash": fingerprint.content_hash,
                    "f_shingles": len(fingerprint.shingles),
                    "f_signature": signature_to_bytes(fingerprint.signature),
                }
            )
            keys = np.unique(
                np.concatenate(
                    [
                        index_keys(
                            fingerprint.signature[None, :],
                            fingerprint.lead_signature[None, :],
                            config,
                        )[0],
                        fingerprint.passage_keys,
                        fingerprint.opening_index_keys(),
                    ]
                )
            )
            target = recent_rows if page_id in in_recent else main_rows
            target.extend({"key": key, "page_id": page_id} for key in keys.tolist())
        if not updates:
            continue
        changed = [u["f_id"] for u in updates]
        connection.execute(
            sa.update(_fingerprinted)
            .where(_fingerprinted.c.id == sa.bindparam("f_id"))
            .values(
                word_count=sa.bindparam("f_words"),
                content_hash=sa.bindparam("f_hash"),
                shingle_count=sa.bindparam("f_shingles"),
                signature=sa.bindparam("f_signature"),
            ),
            updates,
        )
        connection.execute(sa.delete(_bands).where(_bands.c.page_id.in_(changed)))
        connection.execute(sa.delete(_recent).where(_recent.c.page_id.in_(changed)))
        if main_rows:
            connection.execute(sa.insert(_bands), main_rows)
        if recent_rows:
            connection.execute(sa.insert(_recent), recent_rows)
        done += len(updates)
    return done
