"""Which languages the archive holds pages of, so that a ``--lang`` no page is in says so.

``clipper search --lang br 'FMI'`` answered "No matches." and nothing else (newcomer 33,
finding 17): ``br`` is Breton, which the archive held no page of, and a Brazilian types ``br``
meaning Brazil.  :func:`absent_language_note` says that no page of the archive is in the
language asked for, and, where its code is also a country's whose language the archive holds,
how to ask for that (``br`` → ``--region BR``, its language ``pt``:
:func:`clipper.askedlanguage.regional_tag`).

The archive keeps the set in :class:`clipper.models.Meta`, one row a language's primary subtag
(``language:pt`` for ``pt-BR`` pages), added as pages are indexed
(:meth:`clipper.backends.Backend.index_pages`, in the indexing transaction, beside
:func:`clipper.caselanguages.note_languages`) and never removed (a page deleted leaves its row:
a language too many costs a note, never a page); migration 0078 notes the languages of the
pages an archive holds already.  Reading it is one read of the few rows of ``meta``, never of
``pages``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from sqlalchemy import Connection

from clipper.caselanguages import note_codes, noted_codes
from clipper.language import spellings

if TYPE_CHECKING:
    from clipper.archive import Archive

__all__ = [
    "META_PREFIX", "absent_language_note", "absent_language_notes", "held_languages", "note_held"
]

# The key of a language's row in ``meta``: the prefix, then the primary subtag, lower case.
META_PREFIX = "language:"


def _primary(tag: str | None) -> str | None:
    code = (tag or "").strip().replace("_", "-").split("-")[0].lower()
    return code or None


def note_held(connection: Connection, languages: Iterable[str | None]) -> None:
    """Add a row for the primary subtag of each of the stored language tags ``languages``
    (``pt-BR`` → ``language:pt``) unless it has one (:func:`clipper.caselanguages.note_codes`);
    nothing for pages of no language."""
    note_codes(connection, META_PREFIX, map(_primary, set(languages)))


def held_languages(connection: Connection) -> frozenset[str]:
    """The primary subtags of the languages the archive holds (or held) pages of, as
    :func:`note_held` noted them (``frozenset()`` for an archive of none)."""
    return noted_codes(connection, META_PREFIX)


def absent_language_note(connection: Connection, code: str) -> str | None:
    """What to say when ``--lang`` asked for ``code`` (a stored language code,
    :func:`clipper.askedlanguage.asked_language`'s) and the archive holds no page in it (in
    none of its spellings: :func:`clipper.language.spellings`): "no page of the archive is in
    br (Breton)", and, when ``code`` is also a country's code whose language the archive
    holds, "for its pages give --region BR (--lang pt takes Portuguese as written
    anywhere)"; None when the archive
    holds pages in ``code``."""
    from clipper.askedlanguage import country_name, language_name, regional_tag

    held = held_languages(connection)
    if any(spelling in held for spelling in spellings(code)):
        return None
    note = f"no page of the archive is in {code} ({language_name(code)})"
    regional = regional_tag(code)
    if regional is not None and _primary(regional) in held:
        region = regional.split("-")[-1]
        language = regional.split("-")[0]
        note += (
            f"; {code.upper()} is also {country_name(region)}'s country code: for its pages "
            f"give --region {region} (--lang {language} takes {language_name(language)} as "
            "written anywhere)"
        )
    return note



def absent_language_notes(archive: Archive, languages: Iterable[str]) -> list[str]:
    """What ``search``, ``export`` and ``watch add`` say of their ``--lang`` (``languages``,
    stored language codes): :func:`absent_language_note` of each language no page of the
    archive is in, in the order given; [] when pages of every one are archived.  One read of
    ``meta``'s rows, never of ``pages``."""
    with archive.engine.connect() as connection:
        found = (absent_language_note(connection, code) for code in dict.fromkeys(languages))
        return [note for note in found if note is not None]
