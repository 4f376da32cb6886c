"""Rule 6's order of a cluster's full copies (:func:`clipper.canonical.settle` shows the first):
which copy is the original.  A whole text before one read cut short, a readable headline before
one still mojibake, a page another page of the cluster declares as its original, the credited
news agency's own page (:func:`agencies_own`), a reading with its own address before an
address-less dump of it, then by publication (:func:`span`, :func:`publication_tier`), and
between dates that do not tell which came first a stated time before a day alone
(:func:`_stated_time_first`): :func:`originals_first`.  The rules and their findings are
:mod:`clipper.canonical`'s docstring.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from clipper.agencysites import credited_site
from clipper.config import MatchConfig
from clipper.page import GUESSED, UPDATED
from clipper.pubwindows import Span, earliest_first, publication_span

if TYPE_CHECKING:
    from clipper.canonical import Node, RankKey


def schemeless(key: str) -> str:
    """A page's key without its scheme: an original declared ``http://`` is the page stored
    under ``https://``."""
    return key.split("://", 1)[-1]


def _site(node: Node) -> str | None:
    """The host of a page read with its address (``www.`` aside), else None."""
    if node.rank[2] == "\uffff":  # rank: (-words, published, address, source_key, ...)
        return None
    host = urlsplit(node.rank[3]).hostname or ""
    return host.removeprefix("www.") or None


def agencies_own(copies: Sequence[Node], group: Sequence[Node]) -> frozenset[int]:
    """The ``copies`` (rule 6's candidates) on the own site of a news agency the text of
    ``group`` (the cluster) credits: their address's host names the agency
    (:func:`clipper.agencysites.credited_site`) and a page of the cluster credits it in the
    start of its text (``Node.opening``: :func:`clipper.stories.sitetext.agency_credits`,
    "Madrid, 25 nov (EFE).-", "Lisboa, 18 nov 2026 (Lusa) -") or in its end (``Node.closing``:
    :func:`_closing_credits`, "… — AFP", "(Reporting by …; Editing by …)", "Mit Material von
    dpa") or its author (``Node.author``: a byline "Autor: PAP", a closing credit line cleaning
    cut, "Джерело: Укрінформ", :func:`_author_credits`); a page's closing or author never
    credits the agency whose site it is on)."""
    hosts = {node.page_id: host for node in copies if (host := _site(node))}
    if not hosts:
        return frozenset()
    from clipper.stories.sitetext import agency_credits  # its tables: only when asked

    credits: set[str] = set()
    for node in group:
        if node.opening:
            credits.update(agency_credits(node.opening))
        if node.closing:
            credits.update(_closing_credits(node))
        if node.author:
            credits.update(_author_credits(node))
    if not credits:
        return frozenset()
    return frozenset(page for page, host in hosts.items() if credited_site(host, credits))


def _closing_credits(node: Node) -> frozenset[str]:
    """The agencies ``node``'s closing credits (:func:`clipper.closingcredits.closing_credits`
    of ``Node.closing``, its first line a longer line's end when the text is longer), but an
    agency whose own site the page is on: an agency's site closes every page with its own
    copyright ("© AFP 2026"), whoever's report it runs."""
    return _closing_credits_of(node.closing, _site(node))


@lru_cache(maxsize=4096)
def _closing_credits_of(closing: str, host: str | None) -> frozenset[str]:
    """:func:`_closing_credits` of a closing (at most ``MatchConfig.credit_closing_chars``
    characters) on ``host``.  Memoised (bounded, ~3 MB): a batch settles again every cluster
    that gains a page (``clipper.reclustering``), so a day's large clusters have their
    members' closings read batch after batch (a third of the recluster stage of the one-day
    records' last batches, bench/HISTORY.md)."""
    from clipper.closingcredits import closing_credits

    found = closing_credits(closing, len(closing) >= MatchConfig.credit_closing_chars)
    return frozenset(a for a in found if not credited_site(host, [a])) if host else found


def _author_credits(node: Node) -> frozenset[str]:
    """The agencies ``node``'s author names (``Page.author``, its names split at ";": "PAP",
    "Anna Kowalska; PAP", :func:`clipper.agencycredits.credited_agencies`), but the agency whose
    own site the page is on, as for its closing (an agency's site names itself the author of
    whoever's report it runs)."""
    from clipper.agencycredits import credited_agencies

    found = {a for name in node.author.split(";") for a in credited_agencies(name, closing=True)}
    host = _site(node)
    return frozenset(a for a in found if not (host and credited_site(host, [a])))


def originals_first(
    copies: Sequence[Node],
    declared_by: Mapping[str, set[int]],
    agencies: Collection[int] = frozenset(),
) -> Iterator[Node]:
    """Rule 6's order of a cluster's full copies, lazily: a whole text before one read cut
    short (a crawler's WARC-Truncated payload, a news API's stub: the page shown is read, and
    its copies described against it), then a readable headline before one still mojibake
    after repair (``Node.garbled``: "HÃ Ná»™i", whose lost bytes cannot be restored, was
    shown over its copies' "Hà Nội"), then a page another page of the cluster declares as
    its original (``declared_by``: the ids declaring each address without its scheme), then
    the credited agency's own page (``agencies``: their ids, :func:`agencies_own`), then a
    reading with its own address before an address-less dump of it (newcomer 21), then by
    publication (:func:`clipper.pubwindows.earliest_first` over :func:`span`: a date the page
    or its crawler declares before one guessed, undated last; between dates that do not tell
    which came first, a stated time before a day alone, of days alone the one ending first,
    then the walk's order, ``Node.rank``)."""
    groups: dict[tuple[bool, bool, bool, bool, bool, int], list[Node]] = {}
    for node in copies:
        key = (
            node.partial,
            node.garbled,
            not declared_by.get(schemeless(node.rank[3]), set()) - {node.page_id},
            node.page_id not in agencies,
            node.rank[2] == "\uffff",  # rank: (-words, published, address, ...)
            publication_tier(node.rank[1], node.date_source),
        )
        groups.setdefault(key, []).append(node)
    for key in sorted(groups):
        yield from earliest_first(sorted(groups[key], key=_stated_time_first), span)


def _stated_time_first(
    node: Node,
) -> tuple[bool, float, bool, int, int, float | str, tuple[str, ...], RankKey]:
    """The order between pages whose dates do not tell which came first (their spans
    overlap): a page that states its time (with its zone or without) before one that gives a
    day alone (a copy's coarser note of the original's: a text dump, an extractor's output,
    news-please's ``00:00:00``, a local midnight stored as its day); of days alone, the one
    whose span ends first (a page fetched at 07:30 was published by then, one fetched at
    09:00 by then); then a page written in its language's own letters before a copy typed
    with another keyboard's (``Node.stand_ins``: a Persian page before its copy typed with
    Arabic ``ي ك``, whose spaces for half-spaces made it the longer, newcomer 39); then most
    words; then, of as many words, a moment (a time with its zone,
    or without one on a clock of one offset: a Japanese site's "18:00") before a wall time
    of unknown zone (any moment of a span: an aggregator's "2026-11-30 07:00" on a ``.com``
    or ``.example`` site, UTC-12 to UTC+14), moments by their moment and wall times by
    their wall time; then the walk's order after its date (address, ...).  A wall time is
    never compared with a moment as if it were UTC: the walk's order did (its date as
    written before the address), and an
    aggregator's "07:00" of unknown zone was shown over the same text on the distributor's
    page stating 07:00 -05:00, stored as 12:00 UTC (newcomer 31, finding D)."""
    start, end, _, _ = span(node)
    words = node.rank[0]  # rank: (-words, published, ...)
    stand_ins = node.stand_ins
    if len(node.rank[1]) <= 10:  # a day alone (or undated: a tier of its own)
        return (True, end, stand_ins, words, 0, end, node.rank[2:], node.rank)
    if start == end:
        return (False, 0.0, stand_ins, words, 0, start, node.rank[2:], node.rank)
    return (False, 0.0, stand_ins, words, 1, node.rank[1], node.rank[2:], node.rank)


def publication_tier(published: str, source: str | None) -> int:
    """Rule 6's tiers of publication dates (``"\uffff"``: undated): 0, a date the page or its
    crawler declares (``source`` ``"declared"``, or None: unknown, a page stored before
    migration 0022, ranked as every date was before); 1, one a heuristic guessed from its text
    or URL (``"guessed"``: a print copy's text names an earlier day the story speaks of, no
    evidence against a declared date, but it still orders copies that declare none), or an
    "Updated" line's time that is a page's only date (``"updated"``: an upper bound); 2,
    undated."""
    return 2 if published == "\uffff" else 1 if source in (GUESSED, UPDATED) else 0


def span(node: Node) -> Span:
    """When ``node`` can have been published (:func:`clipper.pubwindows.publication_span`):
    its date (``rank[1]``) read on its site's clocks (its address's host, else
    ``Node.site``) and ended by its fetch time.  A time stated with its zone is a moment; a
    date alone ("2024-08-05": a text dump's or an extractor's note of the original's,
    news-please's ``00:00:00``) is some time of that day, neither before nor after a time
    stated that day unless the page was fetched before it (newcomer 20: a paper stamping its
    print edition at local midnight, fetched at 07:00 UTC, lost its story to a copy published
    at 08:00 UTC); a time written without a zone is its wall time on any of the site's clocks
    (newcomer 27 finding 20: a Japanese site's "2026-12-04 18:00", 09:00 UTC, lost to a copy
    published at 10:00 UTC).  A fetch time its crawler wrote without a zone
    (``Node.fetched_zoneless``: news-please's ``date_download``, the crawl machine's own
    clock) ends the span at its latest moment, never as if UTC (newcomer 33, F2)."""
    return publication_span(
        node.rank[1],
        node.zoneless,
        node.fetched_at,
        _site(node) or node.site,
        node.region,
        node.fetched_zoneless,
    )
