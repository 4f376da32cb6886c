"""One full-text outlet, trims of it, and a second outlet carrying part of what the longest
trim lacks: the trim is no page shown (rule 6, ``clipper.canonical.part_of_text`` with
``MatchConfig.lacking_carried_share``; newcomer 24, findings 1 and 2), on invented pages.

The wire's story of 8 paragraphs on a paper's site (published last, a zoneless time), an AMP
trim of its first 6 (published first: more than ``lone_part_share`` of the wire's words), a
newsletter or a second paper holding 7 (a near copy of the trim: rule 6's two outlets were
asked only of pages no near copy of it): the AMP trim was shown, a search of the canonicals
missed the wire's last paragraphs, and the paper's corrected version never became its
cluster's page shown.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from clipper import canonical
from clipper.archive import current_revision, open_archive
from clipper.canonical import Node, rank_key
from clipper.cluster import assign
from clipper.search import search
from tests.conftest import build
from tests.test_canonical_parts import _shown
from tests.test_copies import invented_paragraphs
from tests.test_originals import node

STORY = invented_paragraphs(2401, 8, sentences=3)
PAPER = "https://full-paper.example/sociedad/cayuco"


def _record(
    url: str, paragraphs: list[str], published: str, title: str = "Rescue off the island",
    fetched: str = "2026-12-03T22:00:00+00:00",
) -> str:
    return json.dumps({
        "url": url, "title": title, "text": "\n\n".join(paragraphs),
        "date_publish": published, "date_download": fetched, "language": "en",
    })


def _feed(path: Path, *records: str) -> Path:
    path.write_text("\n".join(records) + "\n")
    return path


def _night_one(tmp_path: Path, paper_time: str = "2026-12-03T09:15:00") -> Path:
    return _feed(
        tmp_path / "night1.jsonl",
        _record(PAPER, STORY, paper_time),
        _record("https://amp-daily.example/amp/cayuco", STORY[:6], "2026-12-03T08:05:00+00:00"),
        _record("https://second-paper.example/cayuco", STORY[:7], "2026-12-03T17:00:00+00:00"),
        _record("https://brief-post.example/cayuco", STORY[:2], "2026-12-03T07:05:00+00:00"),
    )


def _only_in(paragraph: int) -> str:
    """A word of STORY[paragraph] that no other paragraph has."""
    others = " ".join(STORY[:paragraph] + STORY[paragraph + 1 :]).lower().replace(".", "")
    return max(set(STORY[paragraph].lower().rstrip(".").split()) - set(others.split()), key=len)


def test_the_fixture_is_a_trim_above_the_lone_share() -> None:
    """The AMP trim holds more than 0.7 of the wire's words: the lone-outlet rule alone would
    show it."""
    words = [len(p.split()) for p in STORY]
    assert sum(words[:6]) / sum(words) > 0.7


def test_a_trim_a_second_outlet_partly_carries_is_no_page_shown(tmp_path: Path) -> None:
    archive, _ = build(tmp_path / "a.db", [_night_one(tmp_path)])
    assert _shown(archive) == ["full-paper.example"]
    # the last paragraph only the paper carries, found without --variants
    assert [hit.site for hit in search(archive, _only_in(7))] == ["full-paper.example"]
    archive.close()


def test_the_papers_correction_is_the_page_shown(tmp_path: Path) -> None:
    """Night 2 fetches the paper's page again, corrected (a figure, the headline, a correction
    paragraph): its newest version is what the cluster shows and search finds."""
    archive, _ = build(tmp_path / "a.db", [_night_one(tmp_path)])
    archive.close()
    corrected = [
        *STORY, "Correction: an earlier version of this article gave a wrong count of 143.",
    ]
    night2 = _feed(
        tmp_path / "night2.jsonl",
        _record(PAPER, corrected, "2026-12-03T09:15:00", "Rescue off the island: 151 saved",
                "2026-12-04T22:00:00+00:00"),
    )
    archive, _ = build(tmp_path / "a.db", [night2])
    assert _shown(archive) == ["full-paper.example"]
    hits = search(archive, "151")
    archive.close()
    assert [(hit.site, hit.title) for hit in hits] == [
        ("full-paper.example", "Rescue off the island: 151 saved")
    ]


def test_a_newsletter_read_without_address_is_a_second_outlet() -> None:
    """The repro's shape in nodes: the paper's page (1, 262 words, the walk canonical), an AMP
    trim (2, 192 words, earliest), a newsletter read without its address but with its site
    known (3, 235 words: one of the two paragraphs the trim lacks, and a footer), and shorter
    trims (4, 5)."""
    newsletter = Node(3, rank_key(235, "2026-12-03T17:00:00", None, "mail.zip!a.eml", "h3"),
                      "h3", shingles=231, site="migration-news.example")
    pages = [
        node(1, 262, "2026-12-03T09:15:00", PAPER),
        node(2, 192, "2026-12-03T09:05:00", "https://amp-daily.example/amp/cayuco"),
        newsletter,
        node(4, 145, "2026-12-03T09:20:00", "https://islands.example/cayuco"),
        node(5, 32, "2026-12-03T07:05:00", "https://brief-post.example/cayuco"),
    ]
    edges = [
        (2, 3, 0.81, 1.0), (2, 1, 0.73, 1.0), (3, 1, 0.83, 0.96),
        (4, 2, 0.75, 1.0), (4, 3, 0.61, 1.0), (4, 1, 0.55, 1.0),
        (5, 2, 0.15, 1.0), (5, 3, 0.12, 1.0), (5, 1, 0.11, 1.0),
    ]
    assert {a.canonical_id for a in assign(pages, edges).values()} == {1}
    # the same newsletter with no site known is no outlet: the trim stays shown
    unknown = Node(3, newsletter.rank, "h3", shingles=231)
    assert {a.canonical_id for a in assign([*pages[:2], unknown, *pages[3:]], edges).values()} \
        == {2}


def test_a_copy_sharing_none_of_what_the_trim_lacks_is_no_second_outlet() -> None:
    """A second paper's copy of the trim plus a trailer of its own (shared with no page): the
    trim, a copy lacking only the wire page's own trailer, stays the original."""
    pages = [
        node(1, 262, "2026-12-03T09:15:00", PAPER),
        node(2, 192, "2026-12-03T09:05:00", "https://amp-daily.example/amp/cayuco"),
        node(3, 230, "2026-12-03T17:00:00", "https://second-paper.example/cayuco"),
    ]
    # 3 holds 2 whole and shares no more of 1 than 2 does
    edges = [(2, 3, 0.83, 1.0), (2, 1, 0.73, 1.0), (3, 1, 0.62, 0.83)]
    assert {a.canonical_id for a in assign(pages, edges).values()} == {2}


def test_an_archive_that_showed_the_trim_shows_the_paper_after_the_upgrade(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Night one chosen by the rule of before 0050 (no share carried), set back to 0049: the
    upgrade (the user's next command) shows the paper's page, as an archive made afresh."""
    before = canonical.part_of_text

    def no_share_carried(  # the rule of before 0050
        node: Any, head: Any, group: Any, walked: Any, pair: Any, whole: float, near: float,
        lone: float = 0.7, carried: float = 2.0,
    ) -> bool:
        return before(node, head, group, walked, pair, whole, near, lone, 2.0)

    monkeypatch.setattr(canonical, "part_of_text", no_share_carried)
    # the paper's time stated in UTC, after the trim's: a zoneless 09:15 may be before 08:05
    # UTC (pubwindows), and the rule of before 0050 then showed the paper too
    archive, _ = build(tmp_path / "old.db", [_night_one(tmp_path, "2026-12-03T09:15:00Z")])
    with archive.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '0049'"))
    assert _shown(archive) == ["amp-daily.example"]
    archive.close()
    monkeypatch.undo()
    archive = open_archive(str(tmp_path / "old.db"))
    assert (current_revision(archive) or "") >= "0050"
    assert _shown(archive) == ["full-paper.example"]
    archive.close()
