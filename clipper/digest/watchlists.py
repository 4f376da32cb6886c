"""Watchlists: named, saved searches that the digest groups its stories by.

A watchlist is a query in ``clipper search``'s language (checked by
:func:`clipper.searchquery.parse_query` when it is saved), optionally limited to stories carried by
some sites and to articles in some languages.  Stored in the ``watchlists`` table.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

from sqlalchemy import delete, select, text
from sqlalchemy.orm import Session

from clipper.archive import Archive
from clipper.declaredlanguage import known_language
from clipper.language import MACROLANGUAGES
from clipper.models import Watchlist
from clipper.quoting import quoted
from clipper.searchfilters import normalise_lang, normalise_site, stored_sites
from clipper.searchquery import QueryError, parse_query
from clipper.store.rows import now

# A name a person types on the command line and sees as a heading: 1-64 printable characters
# starting with a letter, digit or "_": a client's tag or a firm's name, "Client X (BE)",
# "Merlion (ID/MY)", "Procter & Gamble", "L'Oréal", "Canal+", "AT&T", "50% Off" (newcomers
# 29, finding 16, and 34, finding 10: "/" exited 2).  A name is a repeated option's value
# (--watch), escaped in HTML, feeds and mail, quoted in the Atom feed's id, never a file name
# or a URL; but the digest records what a digest covered (clipper.digest.window.
# selection_key) as the names joined with "," after "watch:", and " | " before the query, so
# neither "," nor "|" is in a name ("a,b" would continue the digest of "a" and "b"), and ":"
# is not either: a group headed "Search: …" is the digest's own --query group, whose query its
# heading does not repeat (templates/digest.txt, digest.html).  A letter's marks (Unicode
# category M: the vowel signs and virama of "बिहार", "মুম্বই", "சென்னை", "กรุงเทพ", a decomposed
# accent) and the joiners ZWJ/ZWNJ inside a word belong to the letter before them.
_NAME_MAX = 64
_NOT_IN_NAME = frozenset(",|:")
_JOINERS = frozenset("\u200c\u200d")


def name_key(name: str) -> str:
    """``name`` as watchlists are saved and looked up: NFC (a decomposed "Bogotá" typed on one
    keyboard finds the one saved from another), runs of whitespace one space, ends trimmed."""
    return " ".join(unicodedata.normalize("NFC", name).split())


def _word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def _attached(char: str) -> bool:
    return unicodedata.category(char).startswith("M") or char in _JOINERS


def valid_name(name: str) -> bool:
    """Whether ``name`` (as :func:`name_key` gives it) is a watchlist name: 1-64 characters,
    starting with a letter, digit or "_", then any printable character but ``, | :``
    (:data:`_NOT_IN_NAME`, why above), a mark or joiner only right after a letter, digit or
    another mark."""
    if not 1 <= len(name) <= _NAME_MAX or not _word_char(name[0]):
        return False
    return all(
        (_word_char(before) or _attached(before))
        if _attached(char)
        else char.isprintable() and char not in _NOT_IN_NAME
        for before, char in pairwise(name)
    )


class WatchError(ValueError):
    """A watchlist that cannot be saved, found or removed; the message says why."""


class UnknownWatchlist(WatchError):
    """A watchlist name that is not in the archive."""


@dataclass(frozen=True)
class Watch:
    """A saved search: ``sites`` and ``languages`` empty means any."""

    name: str
    query: str
    sites: tuple[str, ...] = field(default_factory=tuple)
    languages: tuple[str, ...] = field(default_factory=tuple)
    created_at: str = ""

    def as_dict(self) -> dict[str, object]:
        return {
            "name": self.name,
            "query": self.query,
            "sites": list(self.sites),
            "languages": list(self.languages),
            "created_at": self.created_at,
        }


def _from_row(row: Watchlist) -> Watch:
    # a language saved before ISO 639-2/3 codes were read as the stored code ("jpn", which
    # matched no page) follows its language now ("ja"); a macrolanguage ("no": nb and nn,
    # clipper.language.MACROLANGUAGES) stays itself
    saved = json.loads(row.languages)
    return Watch(
        name=row.name,
        query=row.query,
        sites=tuple(json.loads(row.sites)),
        languages=tuple(
            sorted(
                {lang if lang in MACROLANGUAGES else known_language(lang) or lang for lang in saved}
            )
        ),
        created_at=row.created_at,
    )


def make_watch(
    name: str, query: str, sites: tuple[str, ...] = (), languages: tuple[str, ...] = ()
) -> Watch:
    """A checked, normalised watchlist (raises WatchError or QueryError)."""
    name = name_key(name)
    if not valid_name(name):
        raise WatchError(
            f"watchlist name {quoted(name)}: use 1-64 printable characters (letters with their "
            "accents and vowel signs, digits, spaces, punctuation) starting with a letter or "
            "digit, but not , | or : (a digest records the watchlists it covered separated by "
            "',' and '|'; a heading 'Search: …' is a digest's own --query group)"
        )
    query = query.strip()
    parse_query(query)  # raises QueryError with the position of the problem
    return Watch(
        name=name,
        query=query,
        sites=tuple(sorted({normalise_site(site) for site in sites})),
        languages=tuple(sorted({normalise_lang(lang) for lang in languages})),
    )


def add(archive: Archive, watch: Watch, *, replace: bool = False) -> Watch:
    """Save ``watch``; an existing name is an error unless ``replace``."""
    with archive.sessions.begin() as session:
        existing = session.scalar(select(Watchlist).where(Watchlist.name == watch.name))
        if existing is not None and not replace:
            raise WatchError(
                f"a watchlist named {quoted(watch.name)} already exists, following "
                f"{quoted(existing.query)}: use --replace to overwrite it, or another NAME"
            )
        row = existing or Watchlist(name=watch.name)
        row.query = watch.query
        row.sites = json.dumps(list(watch.sites))
        row.languages = json.dumps(list(watch.languages))
        row.created_at = now()
        session.add(row)
        session.flush()
        return _from_row(row)


def unseen_sites(archive: Archive, sites: tuple[str, ...]) -> list[str]:
    """The ``sites`` (as stored: :func:`clipper.searchfilters.normalise_site`) of which the archive
    holds no page yet, of the site or a subdomain of it: a watchlist limited to them follows
    nothing until one arrives, which a user saving it should hear (a ``--site renews.com`` for
    ``renews.biz``).  An index seek a site, or for a host a walk over the archive's distinct
    sites (:func:`clipper.searchfilters.stored_sites`)."""
    return _unseen(archive, sites, lambda site, params: f"p.site IN {stored_sites([site], params)}")


def _unseen(
    archive: Archive, values: tuple[str, ...], condition: Callable[[str, dict[str, Any]], str]
) -> list[str]:
    """The ``values`` for which no page ``p`` meets ``condition(value, params)`` (a constant
    SQL fragment; its values put in ``params``)."""
    unseen = []
    with archive.engine.connect() as connection:
        for value in values:
            params: dict[str, Any] = {}
            query = text(f"SELECT 1 FROM pages AS p WHERE {condition(value, params)} LIMIT 1")
            if connection.execute(query, params).first() is None:
                unseen.append(value)
    return unseen


def remove(archive: Archive, name: str) -> None:
    """Delete the watchlist ``name`` (raises UnknownWatchlist)."""
    name = name_key(name)
    with archive.sessions.begin() as session:
        result = session.execute(delete(Watchlist).where(Watchlist.name == name))
        if not getattr(result, "rowcount", 0):
            raise UnknownWatchlist(_unknown_message(session, [name]))


def all_watches(session: Session) -> list[Watch]:
    """Every watchlist, by name."""
    return [_from_row(row) for row in session.scalars(select(Watchlist).order_by(Watchlist.name))]


def find(session: Session, names: list[str]) -> list[Watch]:
    """The watchlists called ``names``, in that order (raises UnknownWatchlist)."""
    known = {watch.name: watch for watch in all_watches(session)}
    names = [name_key(name) for name in names]
    missing = [name for name in names if name not in known]
    if missing:
        raise UnknownWatchlist(_unknown_message(session, missing))
    return [known[name] for name in dict.fromkeys(names)]


def _unknown_message(session: Session, names: list[str]) -> str:
    known = [watch.name for watch in all_watches(session)]
    listed = ", ".join(repr(name) for name in names)
    have = ", ".join(known) if known else "none yet: add one with clipper watch add"
    return f"no watchlist {listed} in this archive (watchlists: {have})"


__all__ = [
    "QueryError",
    "UnknownWatchlist",
    "Watch",
    "WatchError",
    "add",
    "all_watches",
    "find",
    "make_watch",
    "remove",
]
