"""Which page a cluster shows: rule 1's rank key and rule 6 (``clipper.cluster`` walks the
rules between them).

1. Rank pages (:func:`rank_key`): most complete text first (most words), then earliest
   publication, then URL (then source key and content hash, so the order is total).

6. The canonical shown is the original among the cluster's full copies.  Once the walk has
   made the clusters, the page that represents each one is chosen among the walk's canonical
   and its full copies (Jaccard at the copy bar with it): first a whole text before one read
   cut short (``Page.partial``: a crawler's ``WARC-Truncated`` payload, a news API's stub;
   newcomer 20: an agency's page cut in its last paragraph was shown, and its whole copies
   described as "1 paragraph edited" against it), then a headline that reads before one
   still mojibake after the reader's repair (``Node.garbled``,
   :func:`clipper.mojibake.still_garbled`: "HÃ Ná»™i" lost the bytes that would restore it),
   then a copy that is no part of the
   cluster's text (:func:`part_of_text`: a trim whose missing paragraphs two outlets carry,
   or that lacks more than a site's trailer adds; newcomer 22: a search of the canonicals
   missed them), then a page that another page of
   the cluster declares as its original (a syndicated copy's ``<link rel=canonical>`` or
   ``og:url`` naming another site's page: ``clipper.read.provenance.declared_original``,
   matched on the address without its scheme), then the credited news agency's own page (a
   page of the cluster credits an agency in the start of its text, "Madrid, 25 nov (EFE).-",
   or in its end, "… — AFP", and the page is on that agency's site: :func:`agencies_own`,
   :mod:`clipper.agencysites`; newcomer 35, finding 1: EFE's page was shown as a trim of a
   rewrite that put a local lead above its whole text, dated earlier as written), then a page
   read with its address before a copy read without one (newcomer 21: a text dump of the
   publisher's page, its site unknown and no link to follow, shown over the page itself when
   the dump kept the site's menus and was longest), then the earliest published by a date the
   page or its crawler declares, then by a date guessed from its text or URL (a print copy
   whose text names the day the story began is not the original of the page that declares
   its publication: ``Page.date_source``), undated pages last, and only then the walk's
   order (most words, URL, ...).  A date is a span of time (:func:`clipper.originals.span`): a
   time stated with its zone a moment, a time written without one its wall clock on any of the
   site's clocks (the address's country, ``clipper.sitezones``; else UTC-12 to UTC+14), a date
   alone some time of that day; one page is before another only when its span ends before
   the other's begins (or both give a day alone, the earlier day); between others a stated
   time comes before a day alone (of days alone, the one a fetch ends first), then a page in
   its language's own letters before a copy typed with another keyboard's (``Node.stand_ins``,
   :mod:`clipper.ownletters`; newcomer 39), then the walk's
   order decides (newcomer 27, findings 6 and 20), save that of as many words a moment comes
   before a wall time of unknown zone, never compared with it as if UTC (newcomer 31,
   finding D: :func:`clipper.originals._stated_time_first`).  A
   syndicated copy that carries the wire story plus its site's trailer, or a re-post, is
   longer than the original publisher's page but not its original.  Only the representative
   changes: membership, the walk and rules 3-5 stay on the walk's canonical (the most
   complete text, which every variant was matched against).  A variant's Jaccard and
   coverage are then with the chosen page when the two match, else with the walk's canonical
   it joined.

Exact duplicates (the same content hash) are marked in the same pass (:func:`settle`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from urllib.parse import urlsplit

from clipper.config import MatchConfig
from clipper.originals import agencies_own, originals_first, schemeless
from clipper.sites import outlet_key, site_key

RankKey = tuple[int, str, str, str, str, str, str, str, str]
# A page's walk decision: (walk canonical, Jaccard, coverage with it); (page, 1.0, 1.0) for a
# canonical
Walked = tuple[int, float, float]


def rank_key(
    word_count: int,
    published: str | None,
    url: str | None,
    source_key: str,
    content_hash: str,
    fetched_at: str | None = None,
    seen_at: str | None = None,
    title: str | None = None,
) -> RankKey:
    """Smaller is better: more words, earlier publication, then address (missing values last).

    The address is the page's key (``source_key``, :func:`clipper.urls.url_key`), not the
    URL as one reading spelled it: the same page read as ``…?ref=rss`` and as its bare URL
    ranks the same, whichever reading came first.  Two versions of one page (one address,
    two texts: ``clipper.versions``) of as many words rank the later fetched first (a
    version's fetch time is its earliest reading's, the same whatever order or nights its
    readings came in; unknown last), and only then by content hash: a correction of a word or
    a vowel sign is the canonical, not the text it corrected.  Pages of two addresses never
    get that far, so the order across sites is the same.  The same text at one address under
    two headlines (two versions: ``clipper.pipeline``) ranks the newer version first, by the
    times its versions go by (``Store.renumber_versions``: fetch time, else publication, else
    when first seen; then when first seen), then by headline: the page as it reads now is its
    cluster's canonical, whatever order its versions came in.  (Changed in migration 0036,
    which re-decides the clusters of the versions this order ranks otherwise.)"""
    address = source_key if url else "\uffff"
    return (
        -word_count,
        published or "\uffff",
        address,
        source_key,
        _later_first(fetched_at),
        content_hash,
        _later_first(fetched_at or published or seen_at),
        _later_first(seen_at),
        " ".join((title or "").casefold().split()),
    )


# Each ASCII character mirrored from the top of Unicode (an ISO 8601 time is ASCII).
_MIRRORED = str.maketrans({code: chr(0x10FFFE - code) for code in range(128)})


@lru_cache(maxsize=4096)
def _later_first(when: str | None) -> str:
    """An ISO 8601 time as a key that sorts later times first (unknown last): each character
    mirrored from the top of Unicode.  Memoised (bounded): a rank key asks its fetch time
    twice and the run's time of first sight once, and reclustering makes the keys of tens of
    thousands of stored pages a batch (``clipper.reclustering``)."""
    if when is None:
        return "\U0010ffff"
    if when.isascii():
        return when.translate(_MIRRORED)
    return "".join(chr(0x10FFFE - ord(ch)) for ch in when)


@dataclass(frozen=True, slots=True)
class Node:
    """A page of a component: its id, :func:`rank_key`, content hash, the address of the
    page it declares as its original (``Page.declared_original``; None: none declared),
    where its publication date came from (``Page.date_source``: ``"declared"``,
    ``"guessed"``; None: undated, or unknown for a page stored before migration 0022) and
    when it was fetched (rule 6: a page fetched that day was published before then), and
    whether its text was read cut short (rule 6: a whole copy is shown before it), how
    many distinct shingles its text has (rules 2b-2c: :attr:`size`) and its site
    (``Page.site``: rule 6 counts its outlet, :func:`clipper.sites.outlet_key`, for a page
    read without its address)."""

    page_id: int
    rank: RankKey
    content_hash: str
    declares: str | None = None
    date_source: str | None = None
    fetched_at: str | None = None  # Page.fetched_at (UTC): its earliest reading's fetch
    partial: bool = False  # Page.partial given: the reading stored was cut short
    shingles: int | None = None  # Page.shingle_count: its text's distinct shingles
    site: str | None = None  # Page.site: a page read without its address may still know it
    # Page.published_zoneless: the date is a wall time its source wrote without a zone
    zoneless: bool | None = None
    # Page.region: the country the page states it is of, whose clocks its zoneless time is on
    # where its address names none (clipper.sitezones.clock_country)
    region: str | None = None
    # Page.version: which text of its address this is (clipper.versions: 0 a fetch cut short,
    # then 1, 2 ... by fetch time); rule 6 shows only the newest of an address's versions
    version: int = 1
    # Page.fetched_zoneless: the fetch time is a wall time its crawler wrote without a zone
    # (news-please's date_download), some moment from UTC-12 to UTC+14 (rule 6's span)
    fetched_zoneless: bool | None = None
    # the start of its text (MatchConfig.credit_opening_chars): where an agency's dateline
    # credits it (rule 6: the credited agency's own page, clipper.agencysites); "": not read
    opening: str = ""
    # the end of its text (MatchConfig.credit_closing_chars): where its closing credits an
    # agency ("… — AFP", "(Reporting by …)": clipper.closingcredits.closing_credits); "": not read
    closing: str = ""
    # its headline and opening typed with another keyboard's letters for its language's own
    # (Persian's ی ک as Arabic ي ك: clipper.ownletters.stand_in_letters): rule 6 shows a page
    # in its own letters first where publication does not decide
    stand_ins: bool = False
    # Page.author: a byline or a closing credit line naming an agency ("PAP", "Ukrinform":
    # clipper.closingcredits.cut_credits) credits it as a dateline does (rule 6); "": none
    author: str = ""
    # its headline is still mojibake after the reader's repair ("HÃ Ná»™i":
    # clipper.mojibake.still_garbled): rule 6 shows a copy with a readable headline first
    garbled: bool = False

    @property
    def size(self) -> int:
        """The words of its text said once (rules 2b-2c, :func:`clipper.nearcopies.same_text`): its
        word count, or fewer when the text repeats itself (its distinct shingles + 4: a gallery's
        caption over each photo, a line scraped twice), as verification reads it."""
        words = -self.rank[0]  # rank: (-word count, ...)
        return words if self.shingles is None else min(words, self.shingles + 4)


@dataclass(frozen=True, slots=True)
class Assignment:
    canonical_id: int
    jaccard: float
    containment: float
    is_exact_duplicate: bool


def settle(
    group: Sequence[Node],
    walked: Mapping[int, Walked],
    pair: Callable[[int, int], tuple[float, float] | None],
    copy_jaccard: float,
    whole_coverage: float = MatchConfig.containment_threshold,
    near_jaccard: float = MatchConfig.through_copy_jaccard,
    lone_part_share: float = MatchConfig.lone_part_share,
    carried_share: float = MatchConfig.lacking_carried_share,
) -> dict[int, Assignment]:
    """One cluster's assignments: exact duplicates and rule 6.  ``group``: the cluster's nodes in
    rank order (the walk's canonical first); ``walked``: each one's walk decision
    (:func:`clipper.cluster.choose`); ``pair``: the (Jaccard, coverage) of two matched pages,
    else None.

    The representative is chosen among the walk's canonical and its full copies (Jaccard at
    ``copy_jaccard`` with it), of each address its newest version in the cluster only, dated as
    the address first was (:func:`_addresses_as_shown`): a whole text before one read cut short,
    a readable headline before a garbled one, then one that is no part of the cluster's text
    (:func:`part_of_text`: a trim of the story that other pages of the cluster carry whole),
    then a page another member declares as its original, then the credited agency's own page
    (:func:`agencies_own`), then a page with an address before one without (a text dump of the
    page), then the earliest published (declared dates before guessed ones, undated last;
    between dates that do not tell which came first, a stated time before a day alone, then
    the walk's order: :func:`originals_first`).  Only the canonical and the figures with it
    change; membership is the walk's.  ``pair(other, page)`` reads ``page``'s matches: a part
    is asked of the page that would be chosen, and of the next only when it is one."""
    walk_canonical = group[0].page_id
    result: dict[int, Assignment] = {}
    seen_hashes: set[str] = set()
    for node in group:
        _, jaccard, containment = walked[node.page_id]
        duplicate = node.content_hash in seen_hashes
        seen_hashes.add(node.content_hash)
        result[node.page_id] = Assignment(walk_canonical, jaccard, containment, duplicate)
    if len(group) == 1:
        return result
    declared_by: dict[str, set[int]] = {}
    for node in group:
        if node.declares:
            declared_by.setdefault(schemeless(node.declares), set()).add(node.page_id)
    shown = _addresses_as_shown(group)
    copies = [
        shown[node.page_id]
        for node in group
        if node.page_id in shown
        and (
            node.page_id == walk_canonical
            or (
                result[node.page_id].jaccard >= copy_jaccard
                and pair(node.page_id, walk_canonical) is not None  # not joined through a copy
            )
        )
    ]
    by_id = {node.page_id: node for node in group}
    chosen = next(
        (
            node
            for node in originals_first(copies, declared_by, agencies_own(copies, group))
            if not part_of_text(
                node,
                group[0],
                by_id,
                walked,
                pair,
                whole_coverage,
                near_jaccard,
                lone_part_share,
                carried_share,
            )
        ),
        group[0],
    )
    if chosen.page_id == walk_canonical:
        return result
    seen_hashes = set()
    for node in sorted(group, key=lambda node: (node.page_id != chosen.page_id, node.rank)):
        old = result[node.page_id]
        if node.page_id == chosen.page_id:
            jaccard, containment = 1.0, 1.0
        else:
            jaccard, containment = pair(node.page_id, chosen.page_id) or (
                old.jaccard,
                old.containment,
            )
        duplicate = node.content_hash in seen_hashes
        seen_hashes.add(node.content_hash)
        result[node.page_id] = Assignment(chosen.page_id, jaccard, containment, duplicate)
    return result


def _addresses_as_shown(group: Sequence[Node]) -> dict[int, Node]:
    """Rule 6's candidates by address: each address's newest version in ``group``
    (``Node.version``; by ``rank[3]``, the page's key), dated as the address's first
    publication (its dated version of the lowest number: published, date source, zone,
    region and fetch time).  An older text of a page whose later text is in the cluster is
    the page's history, never the page shown, and the later text is the same article,
    published when its address first was: an update adding a paragraph, dated by its
    "Aktualisiert am" line, lost rule 6 to its own first version as the earlier published,
    and search, show and the digest gave the old text (newcomer 29, finding 2).  Returns
    the page id of each address's newest version: its node as rule 6 ranks it."""
    newest: dict[str, Node] = {}
    first: dict[str, Node] = {}
    for node in group:
        key = node.rank[3]  # rank: (-words, published, address, source_key, ...)
        if key not in newest or node.version > newest[key].version:
            newest[key] = node
        dated = node.rank[1] != "\uffff"
        if dated and (key not in first or node.version < first[key].version):
            first[key] = node
    shown: dict[int, Node] = {}
    for key, node in newest.items():
        earliest = first.get(key, node)
        if earliest is not node:
            node = replace(
                node,
                rank=(node.rank[0], earliest.rank[1], *node.rank[2:]),
                date_source=earliest.date_source,
                fetched_at=earliest.fetched_at,
                zoneless=earliest.zoneless,
                region=earliest.region,
                fetched_zoneless=earliest.fetched_zoneless,
            )
        shown[node.page_id] = node
    return shown


def part_of_text(
    node: Node,
    walk_canonical: Node,
    group: Mapping[int, Node],
    walked: Mapping[int, Walked],
    pair: Callable[[int, int], tuple[float, float] | None],
    whole_coverage: float,
    near_jaccard: float,
    lone_part_share: float = MatchConfig.lone_part_share,
    carried_share: float = MatchConfig.lacking_carried_share,
) -> bool:
    """Whether ``node``, a full copy of its cluster's walk canonical, is only a part of the
    cluster's text, never the page shown (rule 6): the walk canonical covers it whole (word
    coverage at ``whole_coverage``) without it being a near copy of it (Jaccard below
    ``near_jaccard``, ``MatchConfig.through_copy_jaccard``: rule 2b's near copy), and so do
    pages of two outlets (registrable domains, :func:`_outlet`; read with their addresses)
    that are the walk canonical or near copies of it: two outlets carry the text it lacks,
    the story's and not one publisher's trailer, local paragraphs or menus (text dumps of
    one page with its menus kept are no two outlets, and a dump, longest with its menus, can
    be the walk canonical; nor are one publisher's ``www.`` and ``edition.`` hosts).  A subscriber's
    trim of the wire's first 3 paragraphs of 5, dated earliest (a zoneless time west of UTC),
    was shown, and a search of the canonicals missed every sentence it had dropped (newcomer
    22, finding 11); a copy that lacks only a trailer the longest page adds stays the
    original.  With one outlet alone, a copy of at most ``lone_part_share`` of the walk
    canonical's words (``MatchConfig.lone_part_share``; the walk canonical read with its
    address) is a part too: the wire's page and one earlier trim of it showed the trim.
    A second outlet's copy that holds ``node`` whole carries what it lacks too when it shares
    with the walk canonical at least ``carried_share`` of the shingles ``node`` lacks
    (``MatchConfig.lacking_carried_share``; shared shingles from the pairs' Jaccard and the
    pages' sizes: :func:`_shared`; and as large a share of the words) when ``node`` lacks a
    fifth of the walk canonical's words or more, even as a near copy of ``node`` or a page
    read without its address whose site is known (``Node.site``: a newsletter): one
    full-text outlet, trims of it and a newsletter holding one of its dropped paragraphs
    showed an AMP trim of 5 paragraphs of 7 (newcomer 24, finding 1).  A regional edition's
    local paragraphs and a site's trailer are its own: no other copy shares them with the walk
    canonical.
    ``group``: the cluster's nodes by id; ``walked``: their walk decisions (a
    page's Jaccard and coverage with the walk canonical it joined); ``pair(other, node)``:
    the (Jaccard, coverage of the shorter) of two matched pages, else None."""
    head = walk_canonical.page_id
    canonical, jaccard, coverage = walked[node.page_id]
    if node.page_id == head or canonical != head:
        return False
    if jaccard >= near_jaccard or coverage < whole_coverage:
        return False
    outlets = {_outlet(walk_canonical)} - {None}
    if outlets and node.size <= lone_part_share * walk_canonical.size:
        return True  # lacks more than a site's trailer or an update adds: a trim, one outlet
    node_shared = _shared(node, walk_canonical, jaccard)
    # what it lacks, when it lacks a fifth of the walk canonical's words or more (rule 2b's
    # near-copy bar as a share of words): a copy whose words an edit or a version changed
    # shares fewer shingles with the canonical without lacking any of its text
    lacking = (
        _shingles(walk_canonical) - node_shared
        if node.size <= near_jaccard * walk_canonical.size
        else 0
    )
    for other in group.values():
        holder, near, _ = walked[other.page_id]
        if holder != head or other.size <= node.size:
            continue
        site = _outlet(other) or (outlet_key(other.site) if outlets else None)
        if site is None or site in outlets:
            continue
        held = pair(other.page_id, node.page_id)
        if held is None or held[1] < whole_coverage:
            continue
        if (near >= near_jaccard and held[0] < near_jaccard) or (
            lacking > 0
            and other.size - node.size >= carried_share * (walk_canonical.size - node.size)
            and _shared(other, walk_canonical, near) - node_shared >= carried_share * lacking
        ):
            outlets.add(site)
            if len(outlets) >= 2:
                return True
    return False


def _shingles(node: Node) -> int:
    """A page's distinct shingles (its word count when unknown)."""
    return node.shingles if node.shingles is not None else -node.rank[0]


def _shared(node: Node, other: Node, jaccard: float) -> float:
    """How many distinct shingles two pages of ``jaccard`` share: |A ∩ B| = J (|A| + |B|) /
    (1 + J)."""
    return jaccard * (_shingles(node) + _shingles(other)) / (1 + jaccard)


def _outlet(node: Node) -> str | None:
    """The outlet of a page read with its address (:func:`clipper.sites.outlet_key` of its
    site: a registrable domain, so ``www.``, ``m.``, ``news.`` and ``edition.`` hosts of one
    publisher are one outlet, as ``pages.outlet`` counts them), else None."""
    if node.rank[2] == "\uffff":  # rank: (-words, published, address, source_key, ...)
        return None
    return outlet_key(site_key(urlsplit(node.rank[3]).hostname or ""))
