"""An UPDATED story in the digest leads with what is new (newcomer 35, finding 3): a COP31
story followed over three weeks was headed, every morning, by its largest article, a national
climate plan of three weeks before, with the night's final deal the fourth line of its list of
other articles.  :func:`clipper.digest.collect.front_page` picks the newest article stored
whole in the window; a new story, or an update bringing no whole new article (new copies, new
versions), keeps the story's own lead.

Fixtures: invented story rows (no text is needed: the choice is made on runs and dates).
"""

from __future__ import annotations

from clipper.digest.collect import front_page
from clipper.digest.updates import PageRow
from clipper.digest.windowrows import Candidate, Canonical
from clipper.models import Cluster, Story


def _candidate(pages: list[PageRow], sizes: dict[int, int], lead: int) -> Candidate:
    story = Story(id=1, title="Government approves climate plan", lead_page_id=lead)
    clusters = {
        cid: Cluster(
            id=cid, canonical_page_id=min(p.id for p in pages if p.cluster_id == cid), pages=size
        )
        for cid, size in sizes.items()
    }
    return Candidate(story=story, clusters=clusters, pages=pages)


def _page(pid: int, cluster: int, run: int, date: str) -> PageRow:
    return PageRow(
        id=pid, cluster_id=cluster, site=f"s{pid}.example", url=None, run_id=run, date=date
    )


_CANONICALS = {
    pid: Canonical(title=f"article {pid}", url=None, site=None, date=date, language="pt", text=None)
    for pid, date in (
        (1, "2026-11-18T13:05:00"),
        (4, "2026-11-25T18:45:00"),
        (6, "2026-12-04T15:20:00"),
        (8, "2026-12-04T12:50:00"),
    )
}


def test_an_updated_story_leads_with_its_newest_whole_new_article() -> None:
    pages = [
        _page(1, 10, 1, "2026-11-18T13:05:00"),
        _page(2, 10, 1, "2026-11-18T13:22:00"),
        _page(3, 10, 2, "2026-11-18T14:00:00"),  # a late copy of the plan: no new article
        _page(4, 11, 2, "2026-11-25T18:45:00"),
        _page(6, 12, 3, "2026-12-04T15:20:00"),
        _page(7, 12, 3, "2026-12-04T17:05:00"),
        _page(8, 13, 3, "2026-12-04T12:50:00"),
    ]
    candidate = _candidate(pages, {10: 3, 11: 1, 12: 2, 13: 1}, lead=1)
    assert front_page(candidate, {3}, _CANONICALS) == 6  # the newest of the night's two
    assert front_page(candidate, {2}, _CANONICALS) == 4  # the night of the deadlock
    # a night bringing only a copy of an older article leads with the story's own lead
    assert front_page(_candidate(pages[:3], {10: 3}, lead=1), {2}, _CANONICALS) == 1


def test_a_new_story_leads_with_its_largest_article() -> None:
    pages = [
        _page(1, 10, 1, "2026-11-18T13:05:00"),
        _page(2, 10, 1, "2026-11-18T13:22:00"),
        _page(4, 11, 1, "2026-11-25T18:45:00"),
    ]
    assert front_page(_candidate(pages, {10: 2, 11: 1}, lead=1), {1}, _CANONICALS) == 1
