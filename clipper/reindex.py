"""Search's index written again for stored pages whose search text a migration changed: each
page's old entry (its search text as the rule before gave it, recomputed here) replaced by its
search text now, through the backend (``Backend.reindex_pages``).  Migration 0044 those holding
Ukrainian's ``ʼ`` or ``ʻ`` (:func:`reindex_apostrophes`), 0045 those holding a zero-width
non-joiner (:func:`reindex_half_spaces`), 0046 those whose search text a Latin look-alike in a
Cyrillic word or the Korean IME's ``ㆍ`` changes (:func:`reindex_script_variants`), 0049 those
holding Catalan's ``l·l`` (:func:`reindex_geminates`).  Pages are read in id order,
:data:`clipper.backfill.CHUNK` at a time, only those holding such a character."""

from __future__ import annotations

import re
from collections.abc import Callable

import sqlalchemy as sa

from clipper.backends import PageText, backend_for
from clipper.backfill import in_id_order
from clipper.searchtext import search_text
from clipper.spelling import GEMINATE_DOT, LONE_LOOKALIKE

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


def _reindex_holding(
    connection: sa.Connection,
    chars: tuple[str, ...],
    before: Callable[[str | None], str],
    after: Callable[[str | None], str] = search_text,
) -> int:
    """Index again for search every stored page whose title or text holds one of ``chars``:
    its entry as ``before`` gave its title's and text's search text replaced by ``after``'s.
    Pages are read in id order, :data:`clipper.backfill.CHUNK` at a time, only those holding one (a
    ``LIKE`` of each character).  Returns the pages indexed."""
    backend = backend_for(connection)
    holds = sa.or_(
        *(
            column.like(f"%{char}%")
            for column in (_searched.c.title, _searched.c.text)
            for char in chars
        )
    )
    done = 0
    for rows in in_id_order(connection, _searched, ("title", "text", "language"), holds):
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
    read in id order, :data:`clipper.backfill.CHUNK` at a time.  Returns the pages indexed."""
    backend = backend_for(connection)
    done = 0
    for rows in in_id_order(connection, _searched, ("title", "text", "language")):
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


def _search_text_before_0049(value: str | None) -> str:
    """:func:`clipper.searchtext.search_text` of ``value`` as it was before migration 0049:
    Catalan's ``l·l`` (and ``ŀ``, NFKC ``l·``) as two words, the dot a separator."""
    if not value:
        return ""
    return search_text(GEMINATE_DOT.sub(" ", value).replace("\u0140", "l ").replace("\u013f", "L "))


def reindex_geminates(connection: sa.Connection) -> int:
    """Index again for search every stored page whose title or text holds a middle dot ``·``
    or ``ŀ``/``Ŀ``: Catalan's ``l·l`` is one word from migration 0049
    (:data:`clipper.spelling.GEMINATE_DOT`), its old entry (the word's halves) replaced by its
    search text now.  Returns the pages indexed."""
    return _reindex_holding(connection, ("\u00b7", "\u0140", "\u013f"), _search_text_before_0049)
