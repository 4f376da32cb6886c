"""The match graph in the archive: a batch's edges written, and the connected components
around pages read back."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import insert, or_, select
from sqlalchemy.orm import Session

from clipper.cluster import EdgeRow
from clipper.match import Edge
from clipper.models import Match
from clipper.store.rows import chunks, core_table


class Matches:
    """The match-graph part of :class:`clipper.store.Store`."""

    session: Session

    def insert_edges(self, edges: Sequence[Edge]) -> None:
        unique = {(e.page_id, e.better_page_id): e for e in edges}
        rows = [
            {
                "page_id": e.page_id,
                "better_page_id": e.better_page_id,
                "jaccard": e.jaccard,
                "containment": e.containment,
                "offset_words": e.offset,
                "lead_words": e.lead,
            }
            for e in unique.values()
        ]
        if rows:
            self.session.execute(insert(core_table(Match)), rows)

    # ---- clustering ----------------------------------------------------------------------
    def component(
        self, seeds: Iterable[int], with_edges: bool = True
    ) -> tuple[set[int], list[EdgeRow]]:
        """The connected component(s) of the match graph around ``seeds``: ids and edges
        ``(page_id, better_page_id, jaccard, containment, offset_words, lead_words)`` (none without
        ``with_edges``: the story stage needs only the pages of a night's components, and
        their edges would be a list as long as the night's matches)."""
        members = set(seeds)
        frontier = set(members)
        edges: dict[tuple[int, int], EdgeRow] = {}
        columns = (
            (Match.page_id, Match.better_page_id, Match.jaccard, Match.containment,
             Match.offset_words, Match.lead_words)
            if with_edges
            else (Match.page_id, Match.better_page_id)
        )
        while frontier:
            found: set[int] = set()
            for chunk in chunks(sorted(frontier)):
                rows = self.session.execute(
                    select(*columns).where(
                        or_(Match.page_id.in_(chunk), Match.better_page_id.in_(chunk))
                    )
                )
                for row in rows:
                    if with_edges:
                        edges[(row[0], row[1])] = (row[0], row[1], row[2], row[3], row[4])
                    found.update((row[0], row[1]))
            frontier = found - members
            members |= found
        return members, list(edges.values())
