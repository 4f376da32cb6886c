"""Stored story links (``story_links``, migration 0021): after any sequence of runs the table
holds exactly the links a from-scratch computation over the stored vectors gives, a night split
in several runs gives the stories of one run, and an archive from before the table gets its
links at the upgrade (or, with another story scheme, a full story pass at its next run)."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path
from typing import Any

import numpy as np
from sqlalchemy import select

from clipper.archive import open_archive
from clipper.config import StoryConfig
from clipper.models import StoryLink
from clipper.stories import link_graph
from clipper.stories import pool as story_pool
from tests.conftest import migrate
from tests.test_stories import (
    _invented_text,
    membership,
    membership_after,
    record,
    run,
    write_jsonl,
)

CONFIG = StoryConfig(anchor_cap=3, centroid_clusters=4, min_similarity=0.2)


def _reports(seed: int) -> list[dict[str, Any]]:
    """Invented reports over three days, most sharing one topic's heavy terms (a cap of 3
    pushes clusters in and out of the anchor lists), and copies of some published before the
    reports they copy, with a trailer: read on a later night, a copy becomes its cluster's
    canonical, so a stored cluster is re-vectorised."""
    rng = random.Random(seed)
    topic = ["kolvaki", "bremuta", "zantori", "pelvoda", "quiselt", "morvanne"]
    records = []
    for i in range(36):
        counts = {w: rng.randint(1, 9) for w in rng.sample(topic, 4)}
        text = _invented_text(counts, 30, rng)
        day = 4 + i % 3
        stamp = f"2025-03-{day:02d}T{i % 20 + 2:02d}:{i:02d}:00"
        records.append(record((f"report {i}", text), f"https://s{i % 7}.example/{i}", stamp))
        if i % 6 == 0:
            early = f"2025-03-{day:02d}T01:{i:02d}:00"
            copy = (f"report {i}", text + "\nFollow us for more news from the valley.")
            records.append(record(copy, f"https://copies.example/{i}", early))
    return records


def stored_pairs(db: Path | str) -> set[tuple[int, int]]:
    archive = open_archive(str(db), create=False)
    try:
        with archive.sessions() as session:
            rows = session.execute(select(StoryLink.cluster_id, StoryLink.linked)).all()
    finally:
        archive.close()
    found = {(a, int(b)) for a, linked in rows for b in np.frombuffer(linked, "<i8")}
    assert all(len(linked) for _, linked in rows)  # no row for a cluster without links
    return found


def scratch_pairs(db: Path | str, config: StoryConfig) -> set[tuple[int, int]]:
    """The links of every stored vector, computed from scratch (``link_graph``), each way."""
    archive = open_archive(str(db), create=False)
    try:
        with archive.sessions() as session:
            pool = story_pool.StoryPool(config)
            days = {d.toordinal() for d in _days(session)}
            pool.load_days(session, days)
            graph = link_graph(list(pool.items.values()), config)
    finally:
        archive.close()
    return {(a, b) for a, linked in graph.items() for b in linked}


def _days(session: Any) -> set[Any]:
    from datetime import date

    from clipper.models import StoryVector

    return {date.fromisoformat(d) for d in session.scalars(select(StoryVector.day).distinct())}


def test_nights_give_one_runs_stories_and_the_stored_links_are_a_fresh_computation(
    tmp_path: Path,
) -> None:
    records = _reports(9)
    expected = membership_after(tmp_path / "one", [records], batch_size=1000, stories=CONFIG)
    assert max(map(len, expected[0])) >= 4  # the days do form stories
    one = tmp_path / "one" / "a.db"
    assert stored_pairs(one) == scratch_pairs(one, CONFIG)
    assert len(stored_pairs(one)) > 20
    rng = random.Random(3)
    for attempt in range(3):
        shuffled = records[:]
        rng.shuffle(shuffled)
        cuts = sorted(rng.sample(range(1, len(shuffled)), 2))
        nights = [shuffled[: cuts[0]], shuffled[cuts[0] : cuts[1]], shuffled[cuts[1] :]]
        folder = tmp_path / f"nights{attempt}"
        got = membership_after(folder, nights, batch_size=5, stories=CONFIG)
        assert got == expected
        db = folder / "a.db"
        assert stored_pairs(db) == scratch_pairs(db, CONFIG)


def test_nights_on_each_backend_keep_the_links_of_one_run(db_url: str, tmp_path: Path) -> None:
    records = _reports(11)
    expected = membership_after(tmp_path / "one", [records], batch_size=1000, stories=CONFIG)
    for number, night in enumerate((records[:14], records[14:29], records[29:])):
        path = write_jsonl(tmp_path / f"night{number}.jsonl", night)
        run(db_url, [path], batch_size=6, stories=CONFIG)  # type: ignore[arg-type]
    assert membership(db_url) == expected  # type: ignore[arg-type]
    assert stored_pairs(db_url) == scratch_pairs(db_url, CONFIG) != set()


def test_an_archive_from_before_the_table_gets_its_links_at_the_upgrade(tmp_path: Path) -> None:
    """Revision 0021 scores the stored vectors' links (the archive's own story settings), and
    later nights over the upgraded archive give one run's stories."""
    records = _reports(4)
    expected = membership_after(tmp_path / "one", [records], batch_size=1000, stories=CONFIG)
    folder = tmp_path / "old"
    folder.mkdir()
    db = folder / "a.db"
    run(db, [write_jsonl(folder / "in0.jsonl", records[:25])], batch_size=7, stories=CONFIG)
    links = stored_pairs(db)
    assert links
    migrate(db, "downgrade", "0020")  # an archive made before the table
    migrate(db, "upgrade", "0021")
    assert stored_pairs(db) == links == scratch_pairs(db, CONFIG)
    run(db, [write_jsonl(folder / "in1.jsonl", records[25:])], batch_size=7, stories=CONFIG)
    assert membership(db) == expected
    assert stored_pairs(db) == scratch_pairs(db, CONFIG)


def test_an_archive_of_another_story_scheme_recomputes_every_story_at_its_next_run(
    tmp_path: Path,
) -> None:
    """Stories made by an earlier story scheme: the upgrade leaves the table empty, and the
    next run recomputes every story and every link."""
    records = _reports(5)
    expected = membership_after(tmp_path / "one", [records], batch_size=1000, stories=CONFIG)
    folder = tmp_path / "other"
    folder.mkdir()
    db = folder / "a.db"
    other = StoryConfig(anchor_cap=5, centroid_clusters=4, min_similarity=0.3)
    run(db, [write_jsonl(folder / "in0.jsonl", records[:20])], batch_size=7, stories=other)
    migrate(db, "downgrade", "0020")
    con = sqlite3.connect(db)
    with con:  # stories of an earlier walk rule, which this clipper cannot score links for
        con.execute("UPDATE meta SET value = replace(value, '\"walk\": \"2\"', "
                    "'\"walk\": \"1\"') WHERE key = 'story_scheme'")
        assert con.execute("SELECT count(*) FROM meta WHERE value LIKE '%\"walk\": \"1\"%'"
                           ).fetchone() == (1,)
    con.close()
    migrate(db, "upgrade", "0021")
    assert stored_pairs(db) == set()
    run(db, [write_jsonl(folder / "in1.jsonl", records[20:])], batch_size=7, stories=CONFIG)
    assert membership(db) == expected
    assert stored_pairs(db) == scratch_pairs(db, CONFIG)


def _vectors(db: Path) -> set[tuple[int, int]]:
    con = sqlite3.connect(db)
    try:
        return {(c, p) for c, p in con.execute("SELECT cluster_id, page_id FROM story_vectors")}
    finally:
        con.close()


def test_a_run_scores_whole_link_sets_only_of_the_clusters_it_changed(
    tmp_path: Path, monkeypatch: Any
) -> None:
    """A later night scores the link sets of its new and re-vectorised clusters only; every
    other cluster's links are read from the table."""
    records = _reports(6)
    folder = tmp_path / "n"
    folder.mkdir()
    db = folder / "a.db"
    run(db, [write_jsonl(folder / "in0.jsonl", records[:30])], stories=CONFIG)
    before = _vectors(db)
    asked: set[int] = set()
    real = story_pool._Stored.score

    def recorded(self: Any, cluster_ids: Any, before_day: Any = None) -> int:
        asked.update(cluster_ids)
        return real(self, cluster_ids, before_day)

    monkeypatch.setattr(story_pool._Stored, "score", recorded)
    run(db, [write_jsonl(folder / "in1.jsonl", records[30:])], stories=CONFIG)
    changed = {c for c, _ in _vectors(db) - before}
    assert changed and len(changed) < len(_vectors(db))
    assert asked == changed
    assert stored_pairs(db) == scratch_pairs(db, CONFIG)
