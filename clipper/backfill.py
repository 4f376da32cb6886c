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
(:func:`refingerprint_spelling_variants`), and indexes again for search those holding ``ʼ`` or
``ʻ`` (:func:`reindex_apostrophes`); migration 0045 those holding a zero-width non-joiner
(:func:`reindex_half_spaces`); migration 0046 every one holding Vietnamese's old tone
placement, a Latin look-alike in a Cyrillic word or a Korean middle dot
(:func:`refingerprint_script_variants`), and indexes again for search those whose search text
those change (:func:`reindex_script_variants`); migration 0047 every one holding a Hangul
syllable or a Turkish ``ı``, ``ş`` or ``ğ`` (:func:`refingerprint_syllables_and_turkish`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from typing import Any

import numpy as np
import numpy.typing as npt
import sqlalchemy as sa

from clipper.backends import PageText, backend_for
from clipper.canonical import rank_key
from clipper.config import FingerprintConfig
from clipper.fingerprint import Fingerprint, fingerprint_texts
from clipper.match import Candidate, opening_offset
from clipper.matchview import match_view
from clipper.minhash import MinHasher, index_keys, signature_to_bytes
from clipper.searchtext import search_text
from clipper.shingles import shingle_hits
from clipper.spelling import LONE_LOOKALIKE
from clipper.templates import restore_lines
from clipper.words import (
    arabic_variant,
    devanagari_variant,
    keyboard_variant,
    marked,
    persian_variant,
    script_variant,
    spelling_variant,
    syllable_or_turkish_variant,
)

CHUNK = 500

KeysOf = Callable[[Fingerprint], npt.NDArray[np.int64]]

_pages = sa.table(
    "pages",
    sa.column("id", sa.Integer),
    sa.column("text", sa.Text),
    sa.column("template_lines", sa.Text),
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
    for rows in _in_id_order(connection, _pages, ("text", "template_lines")):
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


_searched = sa.table(
    "pages",
    sa.column("id", sa.Integer),
    sa.column("title", sa.Text),
    sa.column("text", sa.Text),
    sa.column("language", sa.String),
)
# Private-use characters: word characters to search's folding, which leaves it as it is, as
# it left the apostrophes ʼ and ʻ before migration 0044.
_STAND_IN = {"\u02bc": "\ue000", "\u02bb": "\ue001"}
_STAND_INS = re.compile("[\ue000\ue001]")


def _search_text_of_0044(value: str | None) -> str:
    """:func:`clipper.searchtext.search_text` of ``value`` as migration 0044 indexed it: its
    Persian words holding a half-space joined only (as before 0045, which indexes their parts
    too: :func:`reindex_half_spaces` then reads every such page's entry as this one)."""
    return search_text((value or "").replace("\u200c", ""))


def _search_text_before_0044(value: str | None) -> str:
    """:func:`clipper.searchtext.search_text` of ``value`` as it was before migration 0044 (its
    ``ʼ`` and ``ʻ`` word characters, as the index holds them; its half-spaces' words joined
    only, as before 0045)."""
    if not value:
        return ""
    value = value.replace("\u200c", "")
    for apostrophe, stand_in in _STAND_IN.items():
        value = value.replace(apostrophe, stand_in)
    indexed = search_text(value)
    for apostrophe, stand_in in _STAND_IN.items():
        indexed = indexed.replace(stand_in, apostrophe)
    return indexed


def reindex_apostrophes(connection: sa.Connection) -> int:
    """Index again for search every stored page whose title or text holds the apostrophe
    ``ʼ`` (U+02BC) or ``ʻ`` (U+02BB), which search folds to ``'`` from migration 0044
    (:func:`clipper.spelling.apostrophes_folded`): its old entry (those characters inside
    words) replaced by its search text now.  Returns the pages indexed."""
    return _reindex_holding(
        connection, ("\u02bc", "\u02bb"), _search_text_before_0044, _search_text_of_0044
    )


def reindex_half_spaces(connection: sa.Connection) -> int:
    """Index again for search every stored page whose title or text holds a zero-width
    non-joiner, whose Persian words search indexes joined and as their parts too from
    migration 0045 (:func:`clipper.spelling.half_space_spellings`): its old entry (the words
    joined only) replaced by its search text now.  Returns the pages indexed."""
    return _reindex_holding(connection, ("\u200c",), _search_text_of_0044)


def unindex_half_spaces(connection: sa.Connection) -> int:
    """What :func:`reindex_half_spaces` did, undone (a downgrade): those pages' entries as
    before migration 0045, their half-spaces' words joined only."""
    return _reindex_holding(connection, ("\u200c",), search_text, _search_text_of_0044)


def _in_id_order(
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


def _reindex_holding(
    connection: sa.Connection,
    chars: tuple[str, ...],
    before: Callable[[str | None], str],
    after: Callable[[str | None], str] = search_text,
) -> int:
    """Index again for search every stored page whose title or text holds one of ``chars``:
    its entry as ``before`` gave its title's and text's search text replaced by ``after``'s.
    Pages are read in id order, :data:`CHUNK` at a time, only those holding one (a ``LIKE``
    of each character).  Returns the pages indexed."""
    backend = backend_for(connection)
    holds = sa.or_(
        *(
            column.like(f"%{char}%")
            for column in (_searched.c.title, _searched.c.text)
            for char in chars
        )
    )
    done = 0
    for rows in _in_id_order(connection, _searched, ("title", "text", "language"), holds):
        # (a page writing a stand-in itself keeps its entry: its old words are not known)
        rows = [r for r in rows if not _STAND_INS.search((r.title or "") + (r.text or ""))]
        old = [
            PageText(r.id, r.title, r.text or "", r.language, before(r.title), before(r.text))
            for r in rows
        ]
        new = [
            PageText(r.id, r.title, r.text or "", r.language, after(r.title), after(r.text))
            for r in rows
        ]
        backend.reindex_pages(connection, old, new)
        done += len(rows)
    return done


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


# Search before migration 0046 read a Latin letter in a Cyrillic word as Latin and the Korean
# IME's ㆍ (U+318D) as a Hangul letter (its NFKC form U+119E, which search still reads so):
# private-use stand-ins (word characters search leaves as they are) and U+119E give the words
# it indexed.
_LOOKALIKES = "aceiopxy"
_LOOKALIKE_STAND_IN = {
    **{c: chr(0xE010 + i) for i, c in enumerate(_LOOKALIKES)},
    **{c.upper(): chr(0xE010 + i) for i, c in enumerate(_LOOKALIKES)},
}
_STAND_IN_BACK = {chr(0xE010 + i): c for i, c in enumerate(_LOOKALIKES)}
_MIXED_STAND_INS = re.compile("[\ue010-\ue017]")
_MIXED_WORD = re.compile("(?<![^\\W\\d_])[\u0400-\u04ffaceiopxyACEIOPXY]+(?![^\\W\\d_])")
_CYRILLIC_LETTER = re.compile("[\u0400-\u04ff]")
_LONE_MIXED = re.compile(LONE_LOOKALIKE.replace("aceiopxy", "aceiopxyACEIOPXY"))


def _stood_in(found: re.Match[str]) -> str:
    word = found[0]
    if _CYRILLIC_LETTER.search(word) is None:
        return word
    return "".join(_LOOKALIKE_STAND_IN.get(c, c) for c in word)


def _search_text_before_0046(value: str | None) -> str:
    """:func:`clipper.searchtext.search_text` of ``value`` as it was before migration 0046."""
    if not value:
        return ""
    value = _MIXED_WORD.sub(_stood_in, value.replace("\u318d", "\u119e"))
    value = _LONE_MIXED.sub(lambda m: _LOOKALIKE_STAND_IN[m[0]], value)
    return _MIXED_STAND_INS.sub(lambda m: _STAND_IN_BACK[m[0]], search_text(value))


def reindex_script_variants(connection: sa.Connection) -> int:
    """Index again for search every stored page whose title's or text's search text differs
    from what it was before migration 0046 (a Latin look-alike in a Cyrillic word, the Korean
    IME's ㆍ between two syllables): its old entry replaced by its search text now.  Pages are
    read in id order, :data:`CHUNK` at a time.  Returns the pages indexed."""
    backend = backend_for(connection)
    done = 0
    for rows in _in_id_order(connection, _searched, ("title", "text", "language")):
        old, new = [], []
        for r in rows:
            title, text = r.title or "", r.text or ""
            if _MIXED_STAND_INS.search(title + text):
                continue  # a page writing a stand-in itself: its old words are not known
            if not any(script_variants_searched(part) for part in (title, text)):
                continue
            before = (_search_text_before_0046(r.title), _search_text_before_0046(r.text))
            now = (search_text(r.title), search_text(r.text))
            if before == now:
                continue
            old.append(PageText(r.id, r.title, text, r.language, *before))
            new.append(PageText(r.id, r.title, text, r.language, *now))
        if new:
            backend.reindex_pages(connection, old, new)
            done += len(new)
    return done


def script_variants_searched(value: str) -> bool:
    """Whether ``value`` may hold what search reads otherwise from migration 0046: ``ㆍ`` or a
    Latin letter beside a Cyrillic one (a cheap test before the search texts are compared)."""
    return "\u318d" in value or _MIXED_HINT.search(value) is not None


_MIXED_HINT = re.compile(
    "[\u0400-\u04ff][aceiopxyACEIOPXY]|[aceiopxyACEIOPXY][\u0400-\u04ff]"
    "|[\u0400-\u04ff],? [aceiopxyACEIOPXY] [\u0400-\u04ff]"
)


def refingerprint(connection: sa.Connection, which: Callable[[str], bool]) -> int:
    """Fingerprint again, with :func:`clipper.words.words` as it is now, every stored page
    whose text (template lines restored) ``which`` takes: its ``content_hash``,
    ``word_count``, ``shingle_count``, ``signature`` and its index keys (full-text and lead
    bands, passage, opening and brief-window keys), which replace its old ones in the part of
    the index (``lsh_bands`` or ``lsh_bands_recent``) that held them.  Pages are read in id
    order, :data:`CHUNK` at a time.  Returns the pages fingerprinted."""
    hasher = _archive_hasher(connection)
    config = hasher.config
    done = 0
    for rows in _in_id_order(connection, _pages, ("text", "template_lines")):
        found: list[tuple[int, str]] = []
        for row in rows:
            text = restore_lines(row.text or "", json.loads(row.template_lines or "[]"))
            if which(text):
                found.append((row.id, text))
        if not found:
            continue
        ids = [page_id for page_id, _ in found]
        in_recent = set(
            connection.scalars(
                sa.select(_recent.c.page_id).where(_recent.c.page_id.in_(ids)).distinct()
            )
        )
        prints = fingerprint_texts([text for _, text in found], hasher)
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
