"""What a user types to name a page, resolved: a cluster id, ``page:ID``, a URL (any spelling
of it), or an origin as ``export`` and ``rejections`` print it (``dumps/wire.jsonl:15``,
``crawl.warc.gz@1234``, a text dump's path); and, for an address or origin that was read but
not stored, the rejection that says why.

Every look-up is an index seek: pages by URL, source key or origin, rejections by URL key or
origin (migration 0018).
"""

from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass
from datetime import tzinfo
from typing import TYPE_CHECKING, Any
from urllib.parse import SplitResult, quote, unquote, urlsplit, urlunsplit

from sqlalchemy import Connection, bindparam, text
from sqlalchemy.orm import Session

from clipper.archive import Archive
from clipper.layout import shown_time
from clipper.page import KEPT_NOTES, NOT_PAGES
from clipper.quoting import quoted
from clipper.urls import HOST_FIRST, article_parts, url_key, without_tracking

if TYPE_CHECKING:
    from clipper.store.changed import Moved

_PAGE_REF = re.compile(r"^page:(\d+)$", re.IGNORECASE)


class NotFound(LookupError):
    """The cluster, page or URL asked for is not in the archive; the message says so, and why
    when a run rejected it."""


class MergedAway(NotFound):
    """The cluster or story asked for was merged into another by a run (``moved``:
    :class:`clipper.store.changed.Moved`, where it went); the message says where."""

    def __init__(self, moved: Moved) -> None:
        current = " ".join(str(some_id) for some_id in moved.current())
        prefix = "story:" if moved.kind == "story" else ""
        super().__init__(f"{moved.message()} (clipper show {prefix}{current})")
        self.moved = moved


class Redirected(NotFound):
    """The address asked for was read as an HTTP redirect (rejected ``warc-redirect``) whose
    target is stored: ``target`` is that address; the message says which run read it so."""

    def __init__(self, message: str, target: str) -> None:
        super().__init__(message)
        self.target = target


# Redirects ``show`` follows from an address before it gives up: a short link's chain is one
# or two hops (short link → tracking → article); a loop of stored rejections ends here.
REDIRECT_HOPS = 5
# A warc-redirect rejection's detail: "302 URL -> TARGET" (clipper.read.warcrecords)
_REDIRECT_TARGET = re.compile(r" -> (\S+)$")


def merged_away(connection: Connection | Session, kind: str, some_id: int) -> MergedAway | None:
    """:class:`MergedAway` for ``kind`` ("cluster" or "story") ``some_id`` when a run merged
    it into another (the archive's ``merges`` rows), else None."""
    from clipper.store.changed import merged_into  # the store: only for an id not found

    moved = merged_into(connection, kind, some_id)
    return MergedAway(moved) if moved is not None else None


@dataclass(frozen=True)
class RejectedAs:
    """The newest rejection of an address or origin, how many runs rejected it, and when the
    reading rejected was fetched (ISO 8601 in UTC; None: unknown, or rejected before migration
    0038 kept it)."""

    run_id: int
    origin: str
    reason: str
    detail: str
    runs: int
    fetched_at: str | None = None

    def message(self, ref: str) -> str:
        """``not stored: rejected by run N (REASON: DETAIL)``, naming the other runs' too."""
        detail = f"{self.reason}: {self.detail}" if self.detail else self.reason
        said = f"{ref} not stored: rejected by run {self.run_id} ({detail})"
        if self.origin not in (ref, os.path.abspath(ref)):
            said += f"; read from {self.origin}"
        if self.runs > 1:
            said += f"; rejected by {self.runs} runs in all (clipper rejections --url/--origin)"
        return said

    def later(self, fetched_at: str | None = None, zone: tzinfo | None = None) -> str:
        """What a stored page (its newest version fetched at ``fetched_at``, None: unknown)
        says of a text of it a later run read and did not store: "a later fetch (2026-11-05
        21:30 UTC) was not stored: rejected by run 2 (error-page: an error or notice page:
        title 'This story is no longer available', …)" (an expired story's notice at its
        address), "another reading of the same fetch (…)" when fetched with the stored text,
        "a fetch of … read by a later run" when fetched before it (a backfill), "a later text"
        when its fetch time is unknown; the time in ``zone`` (``--tz``; None: UTC)."""
        detail = f"{self.reason}: {self.detail}" if self.detail else self.reason
        when = None if self.fetched_at is None else shown_time(self.fetched_at, zone)
        if when is None:
            what = "a later text"
        elif fetched_at is None or self.fetched_at is None or self.fetched_at > fetched_at:
            what = f"a later fetch ({when})"
        elif self.fetched_at == fetched_at:
            what = f"another reading of the same fetch ({when})"
        else:
            what = f"a fetch of {when}, read by a later run,"
        said = f"{what} was not stored: rejected by run {self.run_id} ({detail})"
        if self.runs > 1:
            said += f"; rejected by {self.runs} runs in all (clipper rejections --url)"
        return said


def resolve(archive: Archive, ref: str) -> tuple[int, int | None]:
    """``ref`` → (cluster id, page id or None).

    A number is a cluster id; ``page:N`` a page id; anything else a URL, or an origin as
    ``export`` prints it (``dumps/wire.jsonl:15``, ``crawl.warc.gz@1234``, a text dump's path;
    relative to the current folder or absolute).  A URL stored in several versions resolves to
    its newest version's cluster.  Raises :class:`NotFound`; for an address or origin a run
    rejected, its message says which run and why (:class:`RejectedAs`).
    """
    ref = ref.strip()
    number = ref.removeprefix("page:").removeprefix("PAGE:")
    if number.isdigit() and int(number) >= 2**63:  # beyond the archive's 64-bit ids
        kind = "page" if number != ref else "cluster"
        raise NotFound(f"no {kind} {number} in the archive")
    with archive.engine.connect() as connection:
        if ref.isdigit():
            found = connection.execute(
                text("SELECT id FROM clusters WHERE id = :id"), {"id": int(ref)}
            ).scalar()
            if found is None:
                moved = merged_away(connection, "cluster", int(ref))
                if moved is not None:
                    raise moved
                raise NotFound(f"no cluster {ref} in the archive (page ids are written page:{ref})")
            return int(found), None
        if match := _PAGE_REF.match(ref):
            row = connection.execute(
                text("SELECT id, cluster_id FROM pages WHERE id = :id"), {"id": int(match[1])}
            ).one_or_none()
            if row is None:
                raise NotFound(f"no page {match[1]} in the archive")
        else:
            spellings = url_spellings(ref)
            row = _page_by_url(connection, spellings)
            if row is None:
                rejected = rejected_as(connection, spellings)
                if rejected is not None:
                    _follow(connection, ref, rejected)
                    raise NotFound(rejected.message(ref))
                row = _page_by_file(connection, ref) if names_origin(ref) else None
            if row is None:
                what = "URL" if "://" in ref else "URL or origin"
                raise NotFound(f"no page with {what} {quoted(ref)} in the archive")
        if row.cluster_id is None:
            raise NotFound(f"page {row.id} belongs to no cluster (an interrupted run?)")
        return int(row.cluster_id), int(row.id)


def _follow(connection: Any, ref: str, rejected: RejectedAs) -> None:
    """Raise :class:`Redirected` when ``rejected`` (of the address ``ref``) is an HTTP
    redirect whose target address is stored, or is itself read as a redirect (a short link
    to a tracking link to the article: newcomer 36), so ``show`` can show its page; nothing
    otherwise."""
    if rejected.reason != "warc-redirect":
        return
    found = _REDIRECT_TARGET.search(rejected.detail)
    if found is None:
        return
    target = url_spellings(found[1])
    if _page_by_url(connection, target) is None:
        onward = rejected_as(connection, target)
        if onward is None or onward.reason != "warc-redirect":
            return
    raise Redirected(
        f"{ref} redirects to {found[1]} ({rejected.detail.split(' ', 1)[0]}, read by run "
        f"{rejected.run_id})",
        found[1],
    )


def _page_by_url(connection: Any, spellings: list[str]) -> Any:
    """The page stored under the first of ``spellings`` (as its URL, else its source key, else
    its origin), its newest version when several; of several pages at one address (a daily
    service page's days, :func:`clipper.servicepages.service_address`: each its own source
    key), the newest version of the one dated last (fetch time, else update, else publication,
    else when archived), then stored last.  One query over every spelling (each an index
    seek)."""
    order = {spelling: i for i, spelling in reversed(list(enumerate(spellings)))}
    rows = connection.execute(
        text(
            "SELECT id, cluster_id, url, source_key, origin, version, "
            "coalesce(fetched_at, updated, published, seen_at) AS happened FROM pages "
            "WHERE url IN :spellings OR source_key IN :spellings OR origin IN :spellings"
        ).bindparams(bindparam("spellings", expanding=True)),
        {"spellings": spellings},
    ).all()

    def rank(row: Any) -> tuple[int, int, int, int]:
        by = [order.get(value, len(spellings)) for value in (row.url, row.source_key, row.origin)]
        first = min((position, kind) for kind, position in enumerate(by))
        return (*first, -(row.version or 0), -row.id)

    # each source key's newest version first, then the newest of those by date
    newest: dict[str, Any] = {}
    for row in sorted(rows, key=rank):
        newest.setdefault(row.source_key, row)
    if len(newest) < 2:
        return min(rows, key=rank, default=None)
    best = min(rank(row)[:2] for row in newest.values())
    latest = [row for row in newest.values() if rank(row)[:2] == best]
    return max(latest, key=lambda row: (str(row.happened or ""), row.id))


_ORIGIN_SUFFIX = re.compile(r"^(.+?)((?::\d+)+|@\d+)$")


def _as_on_disk(path: str) -> str | None:
    """``path`` (absolute; maybe with an origin's ``:LINE`` or ``@OFFSET``) spelled as the
    file system holds it when a name in it differs from the typed one only in its Unicode
    form (NFC against NFD), else None: each missing name is looked for among its folder's
    entries (one folder listed a missing name; the first in sorted order when several)."""
    split = _ORIGIN_SUFFIX.match(path)
    file, suffix = (split[1], split[2]) if split else (path, "")
    if os.path.exists(file):
        return None
    head, *names = file.split(os.sep)
    found = head or os.sep
    for name in names:
        candidate = os.path.join(found, name)
        if not os.path.exists(candidate):
            wanted = unicodedata.normalize("NFC", name)
            try:
                entries = sorted(os.listdir(found))
            except OSError:
                return None
            match = next((e for e in entries if unicodedata.normalize("NFC", e) == wanted), None)
            if match is None:
                return None
            candidate = os.path.join(found, match)
        found = candidate
    return found + suffix


def names_origin(ref: str) -> bool:
    """Whether ``ref`` names a page by where it was read (a file, ``path:LINE``,
    ``path@OFFSET``), not by a cluster or page id or a URL."""
    ref = ref.strip()
    return not (
        ref.isdigit() or _PAGE_REF.match(ref) or urlsplit(ref).scheme.lower() in ("http", "https")
    )


def read_elsewhere(ref: str, origin: str) -> bool:
    """Whether a page stored from ``origin`` was asked for by another file than its own:
    ``ref`` (a file, ``path:LINE``, ``path@OFFSET``; relative or absolute) names another
    file than ``origin`` does."""
    return _file_of(os.path.abspath(ref.strip())) != _file_of(origin)


def _file_of(origin: str) -> str:
    split = _ORIGIN_SUFFIX.match(origin)
    return split[1] if split else origin


def _page_by_file(connection: Any, ref: str) -> Any:
    """The stored page a file holds when nothing was stored under its origin: the file (or its
    record ``path:LINE`` / ``path@OFFSET``) read again as ``dedupe`` reads it, and looked up as
    a run does (the same address and bytes, a saved file's bytes, else the newest stored text
    at its address).  A run that read the file after the same page had been stored from
    another dump counted it "already archived" and stored nothing under its path.  None when
    ``ref`` is no readable file, or its page is not stored."""
    from clipper.config import ReadLimits
    from clipper.read import read_pages

    if not os.path.isfile(ref):
        split = _ORIGIN_SUFFIX.match(ref)
        if split is None or not os.path.isfile(split[1]):
            return None
        path, wanted = split[1], os.path.abspath(split[1]) + split[2]
    else:
        path, wanted = ref, os.path.abspath(ref)
    try:
        pages = list(read_pages([path], ReadLimits(), lambda rejection: None))
    except OSError:
        return None
    page = next((p for p in pages if p.origin == wanted), None)
    if page is None and len(pages) == 1 and wanted == os.path.abspath(path):
        page = pages[0]  # a WARC or a JSON file of one page, named by its path
    if page is None:
        return None
    rows = connection.execute(
        text(
            "SELECT id, cluster_id, raw_hash, version FROM pages WHERE source_key = :key "
            "ORDER BY version DESC, id DESC"
        ),
        {"key": page.source_key},
    ).all()
    same = [row for row in rows if row.raw_hash == page.raw_hash]
    if not same and page.url is None and page.record_key is None:
        same = connection.execute(  # a saved file without a URL: known by its bytes
            text(
                "SELECT id, cluster_id, raw_hash, version FROM pages "
                "WHERE url IS NULL AND raw_hash = :raw ORDER BY id"
            ),
            {"raw": page.raw_hash},
        ).all()
    return (same or rows or [None])[0]


def rejected_as(connection: Any, spellings: list[str], after_run: int = 0) -> RejectedAs | None:
    """The newest rejection (crawl housekeeping aside) of a page under one of ``spellings``, as
    its URL key or its origin, by a run after ``after_run``, and how many runs rejected it;
    None when none did."""
    params = {
        "spellings": spellings,
        "not_pages": sorted(NOT_PAGES | KEPT_NOTES),  # nor a note on a page stored
        "after": after_run,
    }
    where = (
        "(url IN :spellings OR origin IN :spellings) AND reason NOT IN :not_pages "
        "AND run_id > :after"
    )
    newest = connection.execute(
        text(
            f"SELECT run_id, origin, reason, detail, fetched_at FROM rejections WHERE {where} "
            "ORDER BY run_id DESC, id DESC LIMIT 1"
        ).bindparams(
            bindparam("spellings", expanding=True), bindparam("not_pages", expanding=True)
        ),
        params,
    ).one_or_none()
    if newest is None:
        return None
    runs = connection.execute(
        text(f"SELECT count(DISTINCT run_id) FROM rejections WHERE {where}").bindparams(
            bindparam("spellings", expanding=True), bindparam("not_pages", expanding=True)
        ),
        params,
    ).scalar()
    return RejectedAs(
        newest.run_id,
        newest.origin,
        newest.reason,
        newest.detail,
        int(runs or 1),
        newest.fetched_at,
    )


def url_spellings(ref: str) -> list[str]:
    """``ref`` as typed, its key (:func:`clipper.urls.url_key`, how pages are stored), then
    the spellings of the same page ``show`` also tries (pages stored before migration 0017, or
    under another scheme or ``www.``), in this order: with and without a trailing slash on its
    path; without a fragment and tracking parameters; then each of those with the host
    lower-cased, with the other scheme (``http`` for ``https``) and with or without ``www.`` (a
    link copied from a browser against the crawler's), each path also percent-decoded and
    percent-encoded (what a browser copies against what the page's canonical link held).  An
    address typed without its scheme (``www.site.com/a``) is a path first (also in Unicode's
    composed and decomposed forms, NFC and NFD; an archive's member with and without the "./"
    ``tar -C dir .`` writes), then that address.  A mobile or AMP rendition's
    address is followed by the spellings of its article's (:func:`clipper.urls.article_parts`),
    a wrapped
    address (Google's AMP cache, the Wayback Machine, a link shim: what a crawl log shows) by
    the spellings of the page it spells (:func:`clipper.read.wrapped.wrapped_target`, as the
    readers store it; newcomer 24, finding 19).  At most 180
    spellings, each one index look-up; the first found wins."""
    parts = urlsplit(ref)
    if parts.scheme.lower() not in ("http", "https"):
        # a dump's path as stored (absolute), also when typed relative to where one stands;
        # then, for what starts like a host name (``renews.biz/70189/…``, an address copied
        # without its scheme), that address's spellings
        other = ref.rstrip("/") if ref.endswith("/") else ref + "/"
        paths = [ref, other, os.path.abspath(ref)]
        # a file name as another system wrote it: macOS writes decomposed Unicode ("o" and a
        # combining diaeresis), a Linux shell types "ö" composed; the same name to a reader
        paths += [unicodedata.normalize(form, p) for form in ("NFC", "NFD") for p in paths[:3]]
        # or each name in its own form (a folder made on Linux, a file copied from a Mac into
        # it): the spelling the file system holds, when the file is still there
        if (on_disk := _as_on_disk(os.path.abspath(ref))) is not None:
            paths.append(on_disk)
        # a member of a zip or tar archive (``ARCHIVE!MEMBER``) with and without the "./" that
        # ``tar -C dir .`` writes before every member's name (a zip of the same folder has none)
        if "!" in ref:
            paths += [spelling for p in paths for spelling in _member_spellings(p)]
        if HOST_FIRST.match(ref):
            paths += url_spellings("https://" + ref.lstrip("/"))
        return list(dict.fromkeys(paths))
    query = without_tracking(parts.query)
    out: list[str] = list(dict.fromkeys([ref, url_key(ref)]))
    for base in _origins(parts):
        for bare in _path_spellings(base._replace(query=query, fragment=""), base):
            path = bare.path.rstrip("/") if bare.path.endswith("/") else bare.path + "/"
            for spelling in (urlunsplit(bare), urlunsplit(bare._replace(path=path))):
                if spelling not in out:
                    out.append(spelling)
    article = article_parts(parts, desktop=True)
    if article is not None:  # then the article an AMP rendition's address stands for
        out += [s for s in url_spellings(urlunsplit(article)) if s not in out]
    # (imported here: clipper.read loads every reader and courlan, which a query command's
    # start-up does without: tests/test_startup.py)
    from clipper.read.wrapped import wrapped_target

    target = wrapped_target(ref)
    if target is not None and target != ref:  # then the page a wrapped address spells
        out += [s for s in url_spellings(target) if s not in out]
    return out


_MEMBER_DOT = re.compile(r"!(?:\./)+")
_MEMBER_BARE = re.compile(r"!(?!\./)")


def _member_spellings(path: str) -> list[str]:
    """``path``'s archive members (after each ``!``) spelled without their leading "./" and
    with it: ``t.tar.gz!./www.site/a.html`` and ``t.tar.gz!www.site/a.html``."""
    return [_MEMBER_DOT.sub("!", path), _MEMBER_BARE.sub("!./", _MEMBER_DOT.sub("!", path))]


def _path_spellings(bare: SplitResult, base: SplitResult) -> list[SplitResult]:
    """``base`` as typed, then ``bare`` (no tracking parameters, no fragment) with its path as
    typed, percent-decoded (``f%C3%BCrs`` → ``fürs``, what a page's canonical link may hold)
    and percent-encoded (what a browser's address bar copies)."""
    decoded = unquote(bare.path)
    spelled = [
        base,
        bare,
        bare._replace(path=decoded),
        bare._replace(path=quote(decoded, safe="/:@!$&'()*+,;=~")),
    ]
    return list(dict.fromkeys(spelled))


def _origins(parts: SplitResult) -> list[SplitResult]:
    """``parts`` as typed, then with its host lower-cased, the other of http/https, and with
    or without ``www.``: the same page on every news site (never the path, which a server may
    treat case-sensitively)."""
    host = parts.netloc.lower()
    other_host = host.removeprefix("www.") if host.startswith("www.") else "www." + host
    scheme = parts.scheme.lower()
    other_scheme = "http" if scheme == "https" else "https"
    found = [parts]
    for netloc in (host, other_host):
        for scheme_ in (scheme, other_scheme):
            spelled = parts._replace(scheme=scheme_, netloc=netloc)
            if spelled not in found:
                found.append(spelled)
    return found
