"""Stories (clipper.stories): same event, different articles, above the variant clusters.

Every text here is invented.  The seeds test reads ``../shared/seeds`` and skips without it.
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from click.testing import CliRunner
from sqlalchemy import func, select

from clipper import export as exporting
from clipper.archive import open_archive
from clipper.cli import cli
from clipper.config import Config, StoryConfig
from clipper.models import Base, Cluster, Page, Story
from clipper.pipeline import dedupe
from clipper.stories import (
    AnchorIndex,
    Change,
    Item,
    Vector,
    anchors,
    components,
    group,
    keep_ids,
    link_graph,
    regroup,
    score,
    stories_for_clusters,
    story_detail,
    terms,
    threshold,
    vectorize,
    weights,
    word_weight,
)

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "fixtures"
SEEDS = REPO.parent / "shared" / "seeds"

# Event 1: a ferry collision on Lake Varnholm, two independent write-ups.
FERRY_A = (
    "Ferry Orla Brennick collides with grain barge on Lake Varnholm",
    "The passenger ferry Orla Brennick struck a grain barge near Tessendorf pier on Lake "
    "Varnholm late on Tuesday, injuring 14 of the 212 people on board.\n"
    "Captain Idris Malvane told the Varnholm Ferry Company that thick fog had rolled in "
    "minutes before the collision and that the barge was not showing its lights.\n"
    "Rescue boats from Tessendorf carried the injured ashore; four remain in Kessling "
    "General Hospital with broken bones.\n"
    "The Lake Safety Board has opened an inquiry and the Varnholm Ferry Company suspended "
    "night crossings until the inquiry reports.",
)
FERRY_B = (
    "Fog blamed as Varnholm ferry hits barge, 14 hurt",
    "Fourteen passengers were hurt when the Varnholm Ferry Company vessel Orla Brennick "
    "rammed a barge loaded with grain off Tessendorf on Tuesday night.\n"
    "According to the company, Captain Idris Malvane reported dense fog and said the barge "
    "carried no working lights as the two craft closed.\n"
    "Of the 212 aboard, four were admitted to Kessling General Hospital; the others were "
    "treated at the pier by Tessendorf rescue crews.\n"
    "Night sailings are suspended while the Lake Safety Board investigates the crash on "
    "Lake Varnholm.",
)
# Event 2: a museum reopening, two write-ups.
MUSEUM_A = (
    "Quarrington museum reopens after roof repair",
    "The Quarrington Museum of Clockwork reopened its doors on Saturday after an 18-month "
    "repair of its copper roof, which leaked onto the Halvering astronomical clock.\n"
    "Curator Bette Anstruther said the restored Halvering clock now runs again and that "
    "2,400 visitors came on the first day.\n"
    "The repair cost 1.7 million and was paid for by the Quarrington Heritage Trust and "
    "a public appeal.",
)
MUSEUM_B = (
    "Halvering clock ticks again as Quarrington Museum of Clockwork reopens",
    "Some 2,400 people queued on Saturday as the Quarrington Museum of Clockwork opened "
    "again after eighteen months of work on its leaking copper roof.\n"
    "Bette Anstruther, the curator, showed visitors the Halvering astronomical clock, "
    "repaired after rainwater had seeped into its gears.\n"
    "The Quarrington Heritage Trust and donations from a public appeal covered the 1.7 "
    "million bill.",
)
# Unrelated singletons.
ORCHARD = (
    "Apple growers in Lindmere expect record harvest",
    "Orchards around Lindmere are heading for a record apple harvest after a warm spring "
    "and steady summer rain, the growers' cooperative said on Monday.\n"
    "Cooperative chair Fennick Osei said pickers would start two weeks early and that "
    "cider makers had already asked for extra fruit this autumn.",
)
CHESS = (
    "Teenager wins Brackwater chess open",
    "A sixteen-year-old from Dunmore, Ysolde Farrant, won the Brackwater chess open on "
    "Sunday, beating three grandmasters on her way to the title.\n"
    "Organisers said the tournament drew 340 players, its largest field, and that Farrant "
    "was the youngest winner in the event's history.",
)


def record(doc: tuple[str, str], url: str, published: str | None) -> dict[str, Any]:
    title, text = doc
    out: dict[str, Any] = {"url": url, "title": title, "text": text}
    if published:
        out["date_publish"] = published
    return out


def write_jsonl(path: Path, records: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def run(db: Path, paths: list[Path], **config: Any) -> Any:
    archive = open_archive(str(db))
    try:
        return dedupe(archive, [str(p) for p in paths], Config(workers=1, **config))
    finally:
        archive.close()


def membership(db: Path) -> tuple[set[frozenset[str]], set[frozenset[str]]]:
    """(story partition, cluster partition) of the archive's pages, by source key."""
    archive = open_archive(str(db), create=False)
    try:
        with archive.sessions() as session:
            rows = session.execute(
                select(Page.source_key, Page.cluster_id, Cluster.story_id).join(
                    Cluster, Cluster.id == Page.cluster_id
                )
            ).all()
    finally:
        archive.close()
    stories: dict[Any, set[str]] = {}
    clusters: dict[Any, set[str]] = {}
    for key, cid, sid in rows:
        assert sid is not None, f"{key} has no story"
        stories.setdefault(sid, set()).add(key)
        clusters.setdefault(cid, set()).add(key)
    return {frozenset(v) for v in stories.values()}, {frozenset(v) for v in clusters.values()}


def corpus() -> list[dict[str, Any]]:
    copy = (FERRY_A[0], FERRY_A[1] + "\nFollow us for more lake news.")
    return [
        record(FERRY_A, "https://lakepost.example/ferry", "2025-06-03T22:10:00"),
        record(copy, "https://shorewire.example/ferry-copy", "2025-06-04T07:00:00"),
        record(FERRY_B, "https://valleyherald.example/ferry-fog", "2025-06-04T08:30:00"),
        record(MUSEUM_A, "https://townbell.example/museum", "2025-06-07T10:00:00"),
        record(MUSEUM_B, "https://artsdaily.example/halvering", "2025-06-08T09:00:00"),
        record(ORCHARD, "https://farmnews.example/apples", "2025-06-05T06:00:00"),
        record(CHESS, "https://boardgames.example/brackwater", "2025-06-04T12:00:00"),
    ]


EXPECTED_STORIES = {
    frozenset(
        {
            "https://lakepost.example/ferry",
            "https://shorewire.example/ferry-copy",
            "https://valleyherald.example/ferry-fog",
        }
    ),
    frozenset({"https://townbell.example/museum", "https://artsdaily.example/halvering"}),
    frozenset({"https://farmnews.example/apples"}),
    frozenset({"https://boardgames.example/brackwater"}),
}


def test_two_write_ups_are_one_story_two_clusters(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", corpus())
    summary = run(tmp_path / "a.db", [source])
    stories, clusters = membership(tmp_path / "a.db")
    assert stories == EXPECTED_STORIES
    assert len(clusters) == 6  # the ferry copy is a variant; the two write-ups are not
    assert summary.new_stories == 4


def test_a_story_is_headed_by_its_largest_cluster_with_a_headline(tmp_path: Path) -> None:
    """Text records often come without a title: the story (and the digest) then shows the
    headline of a smaller write-up rather than "(untitled)"."""
    records = corpus()
    for item in records[:2]:  # the ferry wire story and its copy: no title
        item["title"] = None
    run(tmp_path / "a.db", [write_jsonl(tmp_path / "in.jsonl", records)])
    archive = open_archive(str(tmp_path / "a.db"), create=False)
    try:
        with archive.sessions() as session:
            titles = set(session.scalars(select(Story.title)))
    finally:
        archive.close()
    assert FERRY_B[0] in titles and None not in titles


def test_a_story_of_equal_clusters_is_headed_by_the_first_published(tmp_path: Path) -> None:
    """newcomer 20, finding 15: of two clusters of one size on one day, the story was titled
    by the one whose address sorts first (".../ferry-2-50" before ".../ferry-40"), a feature
    published 7 hours after the news; the first published heads it, a day-only date after a
    time, the address last."""
    news = record(FERRY_B, "https://lakeside.example/ferry-40", "2026-11-21T16:00:00Z")
    later = record(FERRY_A, "https://lakeside.example/ferry-2-50", "2026-11-21T23:00:00Z")
    for name, records in (("timed", [later, news]), ("day", [{**later}, {**news}])):
        if name == "day":
            records[0]["date_publish"] = "2026-11-21T23:00:00Z"
            records[1]["date_publish"] = "2026-11-21"  # a date alone: after the timed one
        db = tmp_path / f"{name}.db"
        run(db, [write_jsonl(tmp_path / f"{name}.jsonl", records)])
        archive = open_archive(str(db), create=False)
        try:
            with archive.sessions() as session:
                titles = list(session.scalars(select(Story.title)))
        finally:
            archive.close()
        assert titles == [FERRY_B[0] if name == "timed" else FERRY_A[0]], name


def test_same_words_months_apart_are_different_stories(tmp_path: Path) -> None:
    records = [
        record(FERRY_A, "https://lakepost.example/ferry", "2024-03-05"),
        record(FERRY_B, "https://valleyherald.example/ferry-fog", "2024-09-05"),
    ]
    run(tmp_path / "a.db", [write_jsonl(tmp_path / "in.jsonl", records)])
    stories, clusters = membership(tmp_path / "a.db")
    assert len(clusters) == 2 and len(stories) == 2
    # ...while three days apart they are still one story.
    records[1]["date_publish"] = "2024-03-08"
    run(tmp_path / "b.db", [write_jsonl(tmp_path / "in2.jsonl", records)])
    assert len(membership(tmp_path / "b.db")[0]) == 1


def _item(cluster_id: int, day: int, weights: dict[int, float]) -> Item:
    keys = np.array(sorted(weights), dtype=np.uint32)
    values = np.array([weights[k] for k in sorted(weights)], dtype=np.float64)
    values /= np.linalg.norm(values)
    return Item(
        cluster_id, day, (day, "", str(cluster_id), ""), Vector(keys, values.astype(np.float32))
    )


def test_chaining_guard() -> None:
    """A~B and B~C (cosine 0.5) but A and C share nothing: C must not join A's story."""
    config = StoryConfig(min_similarity=0.4)
    a = _item(1, 100, {1: 1, 2: 1, 3: 1, 4: 1})
    b = _item(2, 100, {3: 1, 4: 1, 5: 1, 6: 1})
    c = _item(3, 101, {5: 1, 6: 1, 7: 1, 8: 1})
    links = link_graph([a, b, c], config)
    assert components(links, [1]) == [[1, 2, 3]]  # single linkage would glue all three
    assert group([c, b, a], links, config) == [[1, 2], [3]]


def test_links_are_the_pairs_sharing_anchors_above_the_bar() -> None:
    """The link graph equals a brute-force one: every pair scored, then the anchor rule."""
    rng = np.random.default_rng(3)
    topics = [rng.choice(400, size=16, replace=False) for _ in range(6)]
    items = []
    for cid in range(1, 121):
        topic = topics[int(rng.integers(0, len(topics)))]
        weights = {int(k): float(rng.random()) * 0.3 for k in rng.choice(400, 30)}
        weights |= {int(k): 0.5 + float(rng.random()) for k in rng.choice(topic, 10)}
        items.append(_item(cid, 100 + int(rng.integers(0, 40)), weights))
    for cid in range(121, 141):  # fewer terms than anchor_terms: every term is an anchor
        topic = topics[int(rng.integers(0, len(topics)))]
        short = rng.choice(topic, size=int(rng.integers(2, 5)), replace=False)
        items.append(_item(cid, 100 + int(rng.integers(0, 40)), {int(k): 1.0 for k in short}))
    unanchored = 0
    for config in (StoryConfig(), StoryConfig(anchor_terms=5, min_shared_anchors=3)):
        expected: dict[int, dict[int, float]] = {it.cluster_id: {} for it in items}
        for a in items:
            for b in items:
                gap = abs(a.day - b.day)
                if a is b or gap > config.window_days:
                    continue
                shared = np.intersect1d(
                    anchors(a.vector, config.anchor_terms), anchors(b.vector, config.anchor_terms)
                )
                _, ia, ib = np.intersect1d(a.vector.keys, b.vector.keys, return_indices=True)
                sim = float(
                    np.dot(a.vector.weights[ia].astype(float), b.vector.weights[ib].astype(float))
                )
                bar = config.min_similarity + config.similarity_per_day * max(
                    0, gap - config.free_days
                )
                if len(shared) >= config.min_shared_anchors and sim >= bar:
                    expected[a.cluster_id][b.cluster_id] = sim
                elif sim >= bar:
                    unanchored += 1
        got = link_graph(items, config)
        assert {a: set(bs) for a, bs in got.items()} == {a: set(bs) for a, bs in expected.items()}
        assert all(
            got[a][b] == pytest.approx(sim) for a, bs in expected.items() for b, sim in bs.items()
        )
        assert sum(len(bs) for bs in got.values()) > 100  # the test data does link
    assert unanchored > 0  # ... and the anchor rule does leave out similar pairs


def test_anchor_settings_are_checked() -> None:
    with pytest.raises(ValueError):
        StoryConfig(anchor_terms=4, min_shared_anchors=5)
    with pytest.raises(ValueError):
        StoryConfig(min_shared_anchors=0)


def test_stories_do_not_depend_on_order_batches_or_runs(tmp_path: Path) -> None:
    records = corpus()
    expected = membership_after(tmp_path / "ref", [records], batch_size=1000)
    rng = random.Random(5)
    for attempt in range(3):
        shuffled = records[:]
        rng.shuffle(shuffled)
        cut = rng.randint(1, len(shuffled) - 1)
        got = membership_after(
            tmp_path / f"run{attempt}", [shuffled[:cut], shuffled[cut:]], batch_size=2
        )
        assert got == expected
    assert expected[0] == EXPECTED_STORIES


def membership_after(
    folder: Path, runs: list[list[dict[str, Any]]], batch_size: int, **config: Any
) -> tuple[set[frozenset[str]], set[frozenset[str]]]:
    folder.mkdir()
    db = folder / "a.db"
    for number, records in enumerate(runs):
        path = write_jsonl(folder / f"in{number}.jsonl", records)
        run(db, [path], batch_size=batch_size, **config)
    return membership(db)


def test_second_run_joins_the_existing_story(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    first = [record(FERRY_A, "https://lakepost.example/ferry", "2025-06-03T22:10:00")]
    run(db, [write_jsonl(tmp_path / "one.jsonl", first)])
    archive = open_archive(str(db))
    with archive.sessions() as session:
        (story_before,) = session.scalars(select(Story.id)).all()
    archive.close()
    second = [
        record(FERRY_B, "https://valleyherald.example/ferry-fog", "2025-06-05T08:30:00"),
        record(CHESS, "https://boardgames.example/brackwater", "2025-06-05T12:00:00"),
    ]
    summary = run(db, [write_jsonl(tmp_path / "two.jsonl", second)])
    assert summary.new_stories == 1  # the chess story; the ferry report joined
    archive = open_archive(str(db))
    try:
        with archive.sessions() as session:
            cluster_ids = list(session.scalars(select(Cluster.id)))
            by_cluster = stories_for_clusters(session, cluster_ids)
            detail = story_detail(session, story_before)
    finally:
        archive.close()
    assert detail is not None
    assert detail.story.size == 2 and detail.story.pages == 2 and detail.story.outlets == 2
    assert {c.url for c in detail.clusters} == {
        "https://lakepost.example/ferry",
        "https://valleyherald.example/ferry-fog",
    }
    assert sorted(by_cluster.values(), key=str).count(story_before) == 2


def _story_ids(db: Path) -> dict[str, int | None]:
    archive = open_archive(str(db))
    try:
        with archive.sessions() as session:
            rows = session.execute(
                select(Page.source_key, Cluster.story_id).join(
                    Cluster, Cluster.id == Page.cluster_id
                )
            ).all()
    finally:
        archive.close()
    return {key: sid for key, sid in rows}


def test_story_ids_stay_from_one_night_to_the_next(tmp_path: Path) -> None:
    """Links and notes people keep point at story ids: after a second night, untouched stories
    keep theirs, a story gaining an article keeps its id, and so does one gaining an article
    dated before its first (which now leads it)."""
    db = tmp_path / "a.db"
    first = [
        record(FERRY_B, "https://valleyherald.example/ferry-fog", "2025-06-04T08:30:00"),
        record(MUSEUM_A, "https://townbell.example/museum", "2025-06-07T10:00:00"),
        record(ORCHARD, "https://farmnews.example/apples", "2025-06-05T06:00:00"),
        record(CHESS, "https://boardgames.example/brackwater", "2025-06-04T12:00:00"),
    ]
    run(db, [write_jsonl(tmp_path / "one.jsonl", first)])
    before = _story_ids(db)
    assert len(set(before.values())) == 4
    second = [
        record(FERRY_A, "https://lakepost.example/ferry", "2025-06-03T22:10:00"),
        record(MUSEUM_B, "https://artsdaily.example/halvering", "2025-06-08T09:00:00"),
    ]
    summary = run(db, [write_jsonl(tmp_path / "two.jsonl", second)])
    after = _story_ids(db)
    assert summary.new_stories == 0
    assert {key: after[key] for key in before} == before
    assert (
        after["https://lakepost.example/ferry"] == before["https://valleyherald.example/ferry-fog"]
    )
    assert after["https://artsdaily.example/halvering"] == before["https://townbell.example/museum"]


def test_a_story_keeps_the_id_it_shares_most_members_with() -> None:
    """Stored ids go to regrouped stories by largest overlap first, each id once: growing keeps
    the id, a merge keeps the id of the part contributing more members (ties: the smaller
    id), a split leaves the id with the larger part, and a story of new members only gets
    none (a new id)."""
    assert keep_ids({"grown": [7, 7, None, None, None]}) == {"grown": 7}
    assert keep_ids({"merged": [5, 5, 9, 9, 9]}) == {"merged": 9}
    assert keep_ids({"merged": [9, 9, 5, 5]}) == {"merged": 5}
    assert keep_ids({"small": [3, 3], "large": [3, 3, 3]}) == {"large": 3}
    split = keep_ids({"small": [3, 3, 8], "large": [3, 3, 3]})
    assert split == {"large": 3, "small": 8}
    assert keep_ids({"new": [None, None], "old": [4]}) == {"old": 4}
    # The night a user found ids reassigned: one cluster of story 237 moved into story 245 and
    # came first in it; 245 was renamed 237 (the story of its first cluster) and 237's rest
    # got a new id.  Each keeps its own now.
    assert keep_ids({"a": [237, 245, 245, 245], "b": [237]}) == {"a": 245, "b": 237}


def test_stories_command_and_export(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    run(db, [write_jsonl(tmp_path / "in.jsonl", corpus())])
    runner = CliRunner(env={"COLUMNS": "200"})  # the table fits titles to the terminal
    result = runner.invoke(cli, ["stories", "--db", str(db), "--json", "--min-size", "2"])
    assert result.exit_code == 0, result.output
    listed = [json.loads(line) for line in result.output.splitlines()]  # JSON Lines
    assert sorted(s["size"] for s in listed) == [2, 2]
    ferry = next(s for s in listed if "ferry" in (s["title"] or "").lower())
    assert ferry["pages"] == 3 and ferry["outlets"] == 3
    # Days are the canonicals' dates: the ferry report (06-03), not its later re-post with a
    # site trailer (06-04), is its cluster's canonical (cluster rule 6); the other report is
    # of 06-04.
    assert (ferry["first_day"], ferry["last_day"]) == ("2025-06-03", "2025-06-04")
    result = runner.invoke(cli, ["stories", "--db", str(db), "--since", "2025-06-06"])
    assert result.exit_code == 0
    assert "Quarrington" in result.output or "Halvering" in result.output
    assert "Varnholm" not in result.output
    # A date-time counts by its day (the ferry story's last day is 2025-06-04).
    result = runner.invoke(cli, ["stories", "--db", str(db), "--since", "2025-06-04T10:00:00"])
    assert result.exit_code == 0 and "Varnholm" in result.output
    result = runner.invoke(cli, ["stories", "--db", str(db), "--since", "2025-13-45"])
    assert result.exit_code == 2 and "not a date" in result.output
    result = runner.invoke(cli, ["stories", "--db", str(db), "--limit", "1"])
    lines = result.output.strip().splitlines()  # a header, one story, and the cut said
    assert result.exit_code == 0 and len(lines) == 4 and "there are more" in lines[-1]

    archive = open_archive(str(db))
    try:
        rows = list(exporting.records(archive))
    finally:
        archive.close()
    assert "story_id" in exporting.FIELDS
    by_url = {r["url"]: r for r in rows}
    assert (
        by_url["https://lakepost.example/ferry"]["story_id"]
        == by_url["https://valleyherald.example/ferry-fog"]["story_id"]
        == ferry["id"]
    )
    assert by_url["https://farmnews.example/apples"]["story_id"] != ferry["id"]


def test_stories_between_two_days_are_those_with_a_report_between_them(tmp_path: Path) -> None:
    """The museum story reported on the 7th and again on the 10th is no story of the 9th
    (newcomer 12: ``--since D --until D`` listed stories whose days merely spanned D)."""
    records = corpus()
    museum_b = next(r for r in records if r["url"].endswith("/halvering"))
    museum_b["date_publish"] = "2025-06-10T09:00:00"
    db = tmp_path / "a.db"
    run(db, [write_jsonl(tmp_path / "in.jsonl", records)])

    def titles(*args: str) -> list[str]:
        result = CliRunner().invoke(cli, ["stories", "--db", str(db), "--json", *args])
        assert result.exit_code == 0, result.output
        return [json.loads(line)["title"] for line in result.output.splitlines()]

    museum = next(t for t in titles("--min-size", "2") if "Halvering" in t or "museum" in t)
    assert museum not in titles("--since", "2025-06-09", "--until", "2025-06-09")
    assert museum in titles("--since", "2025-06-10", "--until", "2025-06-10")
    assert museum in titles("--since", "2025-06-08", "--until", "2025-06-12")
    assert museum in titles("--since", "2025-06-09")  # one bound: its last report is after
    assert museum in titles("--until", "2025-06-09")  # and its first before


def test_schema_matches_models(tmp_path: Path) -> None:
    archive = open_archive(str(tmp_path / "a.db"))
    try:
        with archive.engine.connect() as connection:
            diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    finally:
        archive.close()
    assert [d for d in diff if "pages_fts" not in str(d)] == []


def test_vectors_are_a_function_of_the_article() -> None:
    config = StoryConfig()
    one = vectorize(*FERRY_A, "en", config)
    two = vectorize(*FERRY_A, "en", config)
    assert one.to_bytes() == two.to_bytes()
    assert len(one.keys) <= config.max_terms
    assert abs(float(np.dot(one.weights, one.weights)) - 1.0) < 1e-5
    words = terms("Captain Orla Brennick said 3,200 workers in 2025.")
    assert "n:captain orla brennick" in words and "#3200" in words and "#2025" not in words


def test_fixture_reports_of_the_strike_share_the_wire_story(tmp_path: Path) -> None:
    expected = json.loads((FIXTURES / "expected.json").read_text(encoding="utf-8"))
    db = tmp_path / "a.db"
    run(db, [FIXTURES])
    stories, clusters = membership(db)
    wire = expected["canonicals"]["port-strike"]
    story = next(s for s in stories if wire in s)
    reports = expected["distinct_articles"][0]
    # The dated independent reports join the wire story.  The undated text dump
    # (dockers-analysis.txt.gz) takes the day it was seen, so it stays apart by design.
    dated = [r for r in reports if r.startswith("https://")]
    assert set(dated) <= story
    assert not any(wire in c and len(c & set(dated)) > 1 for c in clusters)
    rail = expected["canonicals"]["rail-bridge"]
    assert rail not in story


@pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is absent")
def test_seeds_are_one_story_two_clusters(tmp_path: Path) -> None:
    run(tmp_path / "a.db", [SEEDS])
    stories, clusters = membership(tmp_path / "a.db")
    assert len(clusters) == 2
    assert len(stories) == 1


def _one_topic_day(count: int, seed: int) -> list[Item]:
    """``count`` clusters on one day, all on one topic: every pair shares heavy terms."""
    rng = np.random.default_rng(seed)
    topic = rng.choice(1000, size=12, replace=False)
    items = []
    for cid in range(1, count + 1):
        weights = {int(k): 0.2 * float(rng.random()) for k in rng.choice(1000, 40)}
        weights |= {int(k): 0.6 + float(rng.random()) for k in topic}
        items.append(_item(cid, 500, weights))
    return items


def _brute_force_links(items: list[Item], config: StoryConfig) -> dict[int, dict[int, float]]:
    """Every pair scored, linked when it clears the bar (no anchor rule at all)."""
    found: dict[int, dict[int, float]] = {it.cluster_id: {} for it in items}
    for a in items:
        for b in items:
            if a is b:
                continue
            _, ia, ib = np.intersect1d(a.vector.keys, b.vector.keys, return_indices=True)
            sim = float(np.dot(a.vector.weights[ia].astype(float), b.vector.weights[ib]))
            if sim >= threshold(abs(a.day - b.day), config):
                found[a.cluster_id][b.cluster_id] = sim
    return found


@pytest.mark.parametrize("near", [1, 2])
def test_candidates_are_bounded_however_many_clusters_share_a_day(near: int) -> None:
    """On a one-topic day every pair is similar; each cluster is still scored against at most
    2 × anchor_terms × anchor_cap / near_anchors others (a partner fills a neighbour's place on
    ``near_anchors`` lists), and every link found is a true one (brute force)."""
    items = _one_topic_day(150, seed=4)
    config = StoryConfig(anchor_terms=8, anchor_cap=5, near_anchors=near)
    pairs = AnchorIndex(config, items).candidates(items)
    per_cluster = np.bincount(pairs.ravel(), minlength=151)
    assert per_cluster.max() <= 2 * config.anchor_terms * config.anchor_cap // near
    uncapped = AnchorIndex(StoryConfig(anchor_terms=8, anchor_cap=1000, near_anchors=near), items)
    assert len(uncapped.candidates(items)) > 3 * len(pairs)  # the cap is what bounds it
    truth = _brute_force_links(items, config)
    got = link_graph(items, config)
    assert sum(map(len, got.values())) > 0
    for a, linked in got.items():
        for b, sim in linked.items():
            assert truth[a][b] == pytest.approx(sim)


def test_a_pair_is_a_candidate_when_neighbours_on_near_anchors_lists() -> None:
    """Clusters 1, 3 and 4 hold anchors 10 and 20, cluster 2 (between 1 and 3 in canonical
    order) anchors 10 and 40: with ``anchor_cap`` 1, 1 and 3 are neighbours on the list of 20
    only (2 apart on that of 10), 3 and 4 on both.  Under ``near_anchors`` 2 only (3, 4) is
    scored; under 1 every pair neighbouring on some list is."""
    items = [
        _item(1, 100, {10: 3, 20: 2, 30: 0.1}),
        _item(2, 100, {10: 3, 40: 2}),
        _item(3, 100, {10: 3, 20: 2, 50: 0.1}),
        _item(4, 100, {10: 3, 20: 2, 60: 0.1}),
    ]
    wanted = {2: {(3, 4)}, 1: {(1, 2), (1, 3), (2, 3), (3, 4)}}
    for near, pairs in wanted.items():
        config = StoryConfig(anchor_terms=2, anchor_cap=1, near_anchors=near)
        assert _candidate_set(items, config) == pairs
        # asked of one cluster (a night's), the same pairs of it
        one = AnchorIndex(config, items).candidates([items[0]])
        assert {(a, b) for a, b in one.tolist()} == {p for p in pairs if 1 in p}


def test_below_the_cap_candidates_are_every_pair_sharing_anchors() -> None:
    """While no bucket overflows, the bounded rule finds exactly the anchor rule's links."""
    items = _one_topic_day(40, seed=6)
    config = StoryConfig(anchor_cap=40)
    truth = _brute_force_links(items, config)
    got = link_graph(items, config)
    assert {a: set(b) for a, b in got.items()} == {a: set(b) for a, b in truth.items()}


def test_similarity_of_a_pair_does_not_depend_on_its_orientation() -> None:
    """(a, b) and (b, a) give the same float, bit for bit, whichever end has the smaller id."""
    rng = np.random.default_rng(8)
    config = StoryConfig(min_similarity=0.0, anchor_terms=300, min_shared_anchors=1)
    for _ in range(200):
        shared = rng.choice(5000, size=20, replace=False)
        w1 = {int(k): float(rng.random()) for k in [*shared, *rng.choice(5000, 280)]}
        w2 = {int(k): float(rng.random()) for k in [*shared, *rng.choice(5000, 280)]}
        one = {i.cluster_id: i for i in (_item(1, 9, w1), _item(2, 9, w2))}
        two = {i.cluster_id: i for i in (_item(2, 9, w1), _item(1, 9, w2))}
        pair = np.array([[1, 2]])
        [(_, _, forward)] = score(pair, one, config)
        [(_, _, backward)] = score(pair, two, config)
        assert forward == backward


def test_a_pair_met_from_two_slices_is_scored_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Stored clusters' link sets are scored a slice at a time; a pair whose ends fall in two
    slices is scored in the first only, and the sets are those of one slice holding all."""
    from clipper.stories import pool as story_pool

    rng = np.random.default_rng(12)
    topic = rng.choice(1000, size=12, replace=False)
    items = []
    for cid in range(1, 121):
        weights = {int(k): 0.2 * float(rng.random()) for k in rng.choice(1000, 40)}
        weights |= {int(k): 0.6 + float(rng.random()) for k in rng.choice(topic, 8)}
        items.append(_item(cid, 500 + cid % 5, weights))
    config = StoryConfig(anchor_terms=8, anchor_cap=5)
    real_linked = story_pool.linked

    def links_in_slices(size: int) -> tuple[dict[int, list[int]], list[tuple[int, int]]]:
        scored: list[tuple[int, int]] = []

        def counted(pairs: np.ndarray, *args: Any) -> Any:
            scored.extend(map(tuple, pairs.tolist()))
            return real_linked(pairs, *args)

        monkeypatch.setattr(story_pool, "_LINK_SLICE", size)
        monkeypatch.setattr(story_pool, "linked", counted)
        monkeypatch.setattr(  # nothing stored yet
            story_pool.stored_links,
            "read",
            lambda session, ids: {c: np.zeros(0, int) for c in ids},
        )
        pool = story_pool.StoryPool(config)
        # every day of the window held (empty ones too): nothing is read from an archive
        pool.by_day = {day: set() for day in range(400, 600)}
        for item in items:
            pool.items[item.cluster_id] = item
            pool.by_day[item.day].add(item.cluster_id)
        pool.changed_days = set(pool.by_day)
        story_pool._Stored(None, pool, config).score([item.cluster_id for item in items])  # type: ignore[arg-type]
        return {cid: links.tolist() for cid, links in pool.links.items()}, scored

    whole, _ = links_in_slices(10_000)
    sliced, scored = links_in_slices(7)
    assert sliced == whole
    assert sum(map(len, whole.values())) > 100
    assert len(set(scored)) == len(scored)


def _invented_text(counts: dict[str, int], extra: int, rng: random.Random) -> str:
    """Words in ``counts`` that many times, plus ``extra`` invented words used once each."""
    words = [w for w, c in counts.items() for _ in range(c)]
    words += [
        "".join(rng.choice("bdfgklmnprtvz") + rng.choice("aeiou") for _ in range(4))
        for _ in range(extra)
    ]
    rng.shuffle(words)
    return "\n".join(" ".join(words[i : i + 12]) + "." for i in range(0, len(words), 12))


def test_displaced_clusters_are_recomputed_so_nights_match_one_run(tmp_path: Path) -> None:
    """x (01:00) and y (03:00) are linked only through two anchors; c1 and c2 (02:00), each
    holding one of them but close to nobody, come between x and y on both posting lists
    (cap 1).  One run never links x and y; a second night must unlink them too, though c1 and
    c2 link nothing."""
    rng = random.Random(1)
    config = StoryConfig(anchor_cap=1)
    docs = {
        "x": ("zorbufa report", _invented_text({"kolvaki": 10, "bremuta": 10}, 40, rng)),
        "y": ("mivatu report", _invented_text({"kolvaki": 6, "bremuta": 6}, 40, rng)),
        "c1": ("tavuri report", _invented_text({"kolvaki": 30}, 80, rng)),
        "c2": ("nopezi report", _invented_text({"bremuta": 30}, 80, rng)),
    }
    hours = {"x": "01", "y": "03", "c1": "02", "c2": "02"}
    items = [
        Item(n, 1, (1, hours[name], name, ""), vectorize(title, text, "en", config))
        for n, (name, (title, text)) in enumerate(docs.items(), start=1)
    ]
    # The premises: x~y alone; with c1 and c2 on their day nothing is linked at all.
    assert link_graph(items[:2], config)[1] == {2: pytest.approx(0.298, abs=0.01)}
    assert all(not linked for linked in link_graph(items, config).values())
    records = {
        k: record(d, f"https://{k}.example/a", f"2025-07-01T{hours[k]}:00:00")
        for k, d in docs.items()
    }
    one_run = membership_after(
        tmp_path / "one", [list(records.values())], batch_size=1000, stories=config
    )
    assert len(one_run[0]) == 4
    nights = [[records["x"], records["y"]], [records["c1"], records["c2"]]]
    assert membership_after(tmp_path / "two", nights, batch_size=1000, stories=config) == one_run
    # And back: a night that re-links them when c1 and c2 leave is the subject of
    # test_changed_pairs_are_the_difference_of_the_candidates.


def _candidate_set(items: list[Item], config: StoryConfig) -> set[tuple[int, int]]:
    return {(a, b) for a, b in AnchorIndex(config, items).candidates(items).tolist()}


@pytest.mark.parametrize("near", [1, 2])
@pytest.mark.parametrize("seed", [2, 4, 6])  # seeds whose changes gain and lose pairs at both
def test_changed_pairs_are_the_difference_of_the_candidates(seed: int, near: int) -> None:
    """Clusters added anywhere in the posting lists (the middle of a one-topic day, earlier
    days, the end) and others removed: the pairs of the other clusters whose candidacy changed
    are exactly the difference between the candidates of the two whole sets (with a pair a
    candidate when neighbours on the lists of ``near`` anchors)."""
    rng = random.Random(seed)
    config = StoryConfig(anchor_terms=8, anchor_cap=2, window_days=5, near_anchors=near)
    base = _chained_topics(120, seed, days=12)
    items = [
        Item(it.cluster_id, it.day, (it.day, f"{rng.randrange(24):02d}", str(it.cluster_id), ""),
             it.vector)
        for it in base
    ]  # fmt: skip
    rng.shuffle(items)
    before = items[:100]
    removed = rng.sample(before, 8)
    revised = removed[0]  # re-vectorised: removed there, inserted elsewhere
    moved = Item(revised.cluster_id, revised.day + 1, (revised.day + 1, "", "m", ""),
                 items[101].vector)  # fmt: skip
    inserted = [*items[100:], moved]
    after = [it for it in before if it not in removed] + inserted
    index = AnchorIndex(config, after)
    gained, lost = index.changed_pairs(inserted, removed)
    changed = {it.cluster_id for it in [*inserted, *removed]}
    old = {p for p in _candidate_set(before, config) if not changed & set(p)}
    new = {p for p in _candidate_set(after, config) if not changed & set(p)}
    assert new - old and old - new  # the changes do flip pairs of the others
    assert {tuple(p) for p in gained.tolist()} == new - old
    assert {tuple(p) for p in lost.tolist()} == old - new


def test_word_weights_are_wordfreqs_from_a_table_read_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The precomputed table gives wordfreq's own values (8 − zipf, the plural's when higher,
    hyphenated words combined as wordfreq combines tokens); it is built once into the cache
    directory and later processes read it from there."""
    import wordfreq

    monkeypatch.setenv("CLIPPER_CACHE_DIR", str(tmp_path))
    weights.table.cache_clear()
    try:
        for word, language in [
            ("the", "en"), ("minister", "en"), ("hydrogen", "en"), ("pipeline", "en"),
            ("glass", "en"), ("long-term", "en"), ("o'hara", "en"), ("zqxwvortel", "en"),
            ("ministre", "fr"), ("gouvernement", "fr"),
        ]:  # fmt: skip
            zipf = wordfreq.zipf_frequency(word, language)
            if not word.endswith("s"):
                zipf = max(zipf, wordfreq.zipf_frequency(word + "s", language))
            assert word_weight(word, language) == max(0.5, 8.0 - zipf), word
        assert sorted(p.name.split("-")[2] for p in tmp_path.glob("*.npy")) == ["en", "fr"]
        weights.table.cache_clear()

        def no_building(language: str) -> None:
            raise AssertionError(f"rebuilt {language}")

        monkeypatch.setattr(weights, "build", no_building)
        assert word_weight("hydrogen", "en") == max(
            0.5, 8.0 - wordfreq.zipf_frequency("hydrogen", "en")
        )
    finally:
        weights.table.cache_clear()


def test_pages_dated_at_the_calendar_edges_form_stories_without_a_traceback(
    tmp_path: Path,
) -> None:
    """A story window reaching before 0001-01-01 or past 9999-12-31 (a page dated near either
    end: a crawler's placeholder date) reads only real days; one batch per page, so later
    batches load windows next to days already held."""
    words = [
        "harbour",
        "council",
        "vote",
        "bridge",
        "ferry",
        "tolls",
        "rise",
        "residents",
        "object",
        "plan",
        "mayor",
    ]
    dates = ["0001-01-01", "0001-01-01", "0001-02-15", "0001-01-01", "9999-12-31", "9999-12-30"]
    dump = tmp_path / "edges.jsonl"
    with dump.open("w") as f:
        for i, day in enumerate(dates):
            text = "\n".join(
                " ".join(
                    f"{words[(i * 3 + j + k) % len(words)]}{i * 100 + j * 10 + k}"
                    for k in range(12)
                )
                + "."
                for j in range(6)
            )
            record = {
                "url": f"https://edge{i}.example/n/{i}",
                "title": f"Ferry tolls {i}",
                "maintext": text,
                "date_publish": day,
            }
            f.write(json.dumps(record) + "\n")
    archive = open_archive(str(tmp_path / "edges.db"))
    try:
        summary = dedupe(archive, [str(dump)], Config(workers=1, batch_size=1))
        assert summary.stored == len(dates)
        with archive.sessions() as session:
            stories = session.scalars(select(Story)).all()
            clustered = session.scalars(select(Cluster.story_id)).all()
    finally:
        archive.close()
    assert stories and None not in clustered


class _MemoryArchive:
    """The archive side of ``regroup`` in memory: stored story ids, and the link graph of the
    clusters present (as ``link_graph`` gives it for all of them at once)."""

    def __init__(self) -> None:
        self.items: dict[int, Item] = {}
        self.story: dict[int, int] = {}
        self.graph: dict[int, dict[int, float]] = {}
        self.next_story = 1

    def links(self, cluster_ids: Any) -> None:
        pass

    def linked(self, cluster_id: int) -> dict[int, float]:
        return self.graph.get(cluster_id, {})

    def labels(self, cluster_ids: Any) -> dict[int, int | None]:
        return {c: self.story.get(c) for c in cluster_ids}

    def members(self, story_id: int) -> list[int]:
        return [c for c, s in self.story.items() if s == story_id]

    def view(self) -> Any:
        """What ``regroup`` reads: the archive itself."""
        return self

    def update(
        self, present: list[Item], gone: set[int], config: StoryConfig
    ) -> tuple[set[int], int]:
        """Replace the clusters by ``present`` (new ids are new clusters, known ids with another
        item are re-vectorised), drop ``gone``; regroup; return the touched stories and how
        many clusters the walk compared with stories again."""
        old_items, old_graph = dict(self.items), self.graph
        self.items = {it.cluster_id: it for it in present}
        self.graph = link_graph(present, config)
        change = Change()
        for cid, old in old_items.items():
            if cid in gone or self.items[cid] is not old:
                if cid in self.story:
                    change.removed.append((self.story[cid], old))
                change.old_links[cid] = set(old_graph[cid])
                if cid in gone:
                    del self.story[cid]
        change.seeds = {
            c for c in self.items if c not in old_items or self.items[c] is not old_items[c]
        }
        # Links gained or lost with those are theirs to report; other link changes (anchor
        # buckets displaced) make a cluster a seed, as in ``storage``.
        moved = change.seeds | gone
        for cid in self.items:
            if cid in change.seeds:
                continue
            if set(old_graph[cid]) - moved != set(self.graph[cid]) - moved:
                change.seeds.add(cid)
                change.old_links[cid] = set(old_graph[cid])
        self.viewed = self.view()
        found = regroup(self.viewed, change, config)
        self.found = found
        for sid in found.stories:
            for cid in self.members(sid):
                del self.story[cid]
        for members in found.groups:
            for cid in members:
                self.story[cid] = self.next_story
            self.next_story += 1
        return found.stories, found.compared

    def partition(self) -> set[frozenset[int]]:
        found: dict[int, set[int]] = {}
        for cid, sid in self.story.items():
            found.setdefault(sid, set()).add(cid)
        return {frozenset(v) for v in found.values()}


def _chained_topics(count: int, seed: int, days: int) -> list[Item]:
    """Clusters on a few overlapping topics whose terms drift from one to the next, so the
    link graph is one chained component with many stories in it."""
    rng = np.random.default_rng(seed)
    items = []
    for cid in range(1, count + 1):
        centre = int(rng.integers(0, 400))
        weights = {int(k): float(rng.random()) * 0.3 for k in rng.choice(2000, 25)}
        weights |= {int(k) % 500: 0.5 + float(rng.random()) for k in centre + rng.choice(30, 12)}
        items.append(_item(cid, 100 + int(rng.integers(0, days)), weights))
    return items


@pytest.mark.parametrize(
    ("seed", "days", "core"), [(1, 1, 32), (2, 1, 3), (3, 12, 4), (4, 40, 32), (5, 6, 1)]
)
def test_regroup_after_batches_is_the_walk_over_everything(seed: int, days: int, core: int) -> None:
    """Batches in any order, with re-vectorised and vanished clusters, give exactly the stories
    of one walk over all clusters; on a chained one-topic input too."""
    config = StoryConfig(anchor_cap=6, centroid_clusters=core)
    items = _chained_topics(160, seed, days)
    rng = random.Random(seed)
    order = items[:]
    rng.shuffle(order)
    archive = _MemoryArchive()
    present: list[Item] = []
    revised: dict[int, Item] = {}
    gone: set[int] = set()
    for start in range(0, len(order), 20):
        batch = order[start : start + 20]
        present = [revised.get(it.cluster_id, it) for it in present] + batch
        # Re-vectorise one stored cluster (a new canonical, another day) and drop another.
        if len(present) > 40:
            target = present[rng.randrange(len(present) - 20)]
            other = items[rng.randrange(len(items))]
            position = (other.day, "", f"r{target.cluster_id}", "")
            revised[target.cluster_id] = Item(target.cluster_id, other.day, position, other.vector)
            present = [revised.get(it.cluster_id, it) for it in present]
            gone = {present[rng.randrange(len(present) - 20)].cluster_id}
            present = [it for it in present if it.cluster_id not in gone]
        archive.update(present, gone, config)
        expected = group(present, archive.graph, config)
        assert archive.partition() == {frozenset(g) for g in expected}
    assert max(len(g) for g in expected) > 3  # the input does chain into stories


class _LazyArchive(_MemoryArchive):
    """:class:`_MemoryArchive` showing ``regroup`` a cluster only once something named it (a
    seed, a label asked for, a link, a story member), as the pool reads days and clusters on
    demand: the walk meets clusters it had not seen when it started."""

    def view(self) -> Any:
        return _LazyView(self)


class _LazyView:
    def __init__(self, archive: _MemoryArchive) -> None:
        self.archive = archive
        self.items: dict[int, Item] = {}

    def show(self, cluster_ids: Any) -> None:
        every = self.archive.items
        self.items.update((c, every[c]) for c in cluster_ids if c in every)

    def links(self, cluster_ids: Any) -> None:
        for cid in list(cluster_ids):
            self.show([cid, *self.archive.graph.get(cid, {})])

    def linked(self, cluster_id: int) -> dict[int, float]:
        return self.archive.linked(cluster_id)

    def labels(self, cluster_ids: Any) -> dict[int, int | None]:
        self.show(cluster_ids)
        return self.archive.labels(cluster_ids)

    def members(self, story_id: int) -> list[int]:
        found = self.archive.members(story_id)
        self.show(found)
        return found


def test_regroup_meeting_clusters_as_they_are_read_is_the_walk_over_everything() -> None:
    """The walk compares places in canonical order as ranks among the clusters it knows; clusters
    read while it runs (the pool loading days on demand) take their places among them."""
    config = StoryConfig(anchor_cap=6, centroid_clusters=4)
    items = _chained_topics(120, 7, 3)
    rng = random.Random(7)
    rng.shuffle(items)
    archive = _LazyArchive()
    present: list[Item] = []
    for start in range(0, len(items), 30):
        present += items[start : start + 30]
        archive.update(present, set(), config)
        assert archive.partition() == {frozenset(g) for g in group(present, archive.graph, config)}
    assert len(archive.viewed.items) < len(items)  # the last batch did not read every cluster


def test_a_later_batch_on_a_one_topic_day_re_decides_only_itself() -> None:
    """The walk goes by time of day: a batch of later reports that joins the day's big story
    re-decides its own clusters, not the story (one walk over everything agrees)."""
    items = [
        Item(it.cluster_id, it.day, (it.day, f"{it.cluster_id:05d}", "", ""), it.vector)
        for it in _one_topic_day(400, seed=11)
    ]
    config = StoryConfig(anchor_cap=1000)
    archive = _MemoryArchive()
    archive.update(items[:380], set(), config)
    _, walked = archive.update(items, set(), config)
    assert archive.partition() == {frozenset(g) for g in group(items, archive.graph, config)}
    assert max(map(len, archive.partition())) > 300
    assert walked == 20
    assert (archive.found.decided, archive.found.moved, archive.found.by_state) == (20, 0, 0)


def test_growing_a_story_past_its_centroid_members_leaves_its_later_members_alone() -> None:
    """Clusters joining big stories after their first ``centroid_clusters`` members change
    nothing their later members compare against: those are not compared with stories again
    (with an unbounded centroid, every later member of the stories they join is)."""
    rng = np.random.default_rng(12)
    topic = rng.choice(1000, size=12, replace=False)
    items = []
    for cid in range(1, 301):
        weights = {int(k): 0.2 * float(rng.random()) for k in rng.choice(1000, 40)}
        weights |= {int(k): 0.6 + float(rng.random()) for k in rng.choice(topic, 3, replace=False)}
        vector = _item(cid, 500, weights).vector
        items.append(Item(cid, 500, (500, f"{cid:05d}", "", ""), vector))
    late = {it.cluster_id for it in items[150:160]}  # mid-day reports arriving a night late
    compared = {}
    for core in (16, 10_000):
        config = StoryConfig(anchor_cap=1000, centroid_clusters=core)
        archive = _MemoryArchive()
        archive.update([it for it in items if it.cluster_id not in late], set(), config)
        _, compared[core] = archive.update(items, set(), config)
        assert archive.partition() == {frozenset(g) for g in group(items, archive.graph, config)}
        assert max(map(len, archive.partition())) > 50
    assert compared[16] < 40 < 100 < compared[10_000]


def test_a_one_topic_day_with_tight_buckets_gives_one_runs_stories_over_nights(
    tmp_path: Path,
) -> None:
    """Forty invented reports of one day share the same heavy terms, so with a cap of 3 every
    batch pushes clusters in and out of the anchor buckets (re-linking stored clusters) and
    joins stories past their first members: nights of five-page batches in any order give
    the stories of one run."""
    rng = random.Random(9)
    topic = ["kolvaki", "bremuta", "zantori", "pelvoda", "quiselt", "morvanne"]
    records = []
    for i in range(40):
        counts = {w: rng.randint(1, 9) for w in rng.sample(topic, 4)}
        text = _invented_text(counts, 30, rng)
        hour = f"{i % 24:02d}:{i:02d}:00"
        records.append(
            record((f"report {i}", text), f"https://s{i % 7}.example/{i}", f"2025-03-04T{hour}")
        )
    config = StoryConfig(anchor_cap=3, centroid_clusters=4, min_similarity=0.2)
    expected = membership_after(tmp_path / "one", [records], batch_size=1000, stories=config)
    assert max(map(len, expected[0])) >= 5  # the day does form stories
    for attempt in range(2):
        shuffled = records[:]
        rng.shuffle(shuffled)
        nights = [shuffled[:15], shuffled[15:]]
        got = membership_after(tmp_path / f"nights{attempt}", nights, batch_size=5, stories=config)
        assert got == expected


def test_the_walk_counts_why_it_re_decides_clusters() -> None:
    """An early member of the day's big story gets a canonical about something else: it leaves
    the story (moved), and every later member meets a story whose first members changed
    (queued by state), though they all stay; one walk over everything agrees."""
    items = [
        Item(it.cluster_id, it.day, (it.day, f"{it.cluster_id:05d}", "", ""), it.vector)
        for it in _one_topic_day(240, seed=23)
    ]
    config = StoryConfig(anchor_cap=1000, centroid_clusters=32)
    archive = _MemoryArchive()
    archive.update(items, set(), config)
    assert len(archive.partition()) == 1
    early = items[3]
    elsewhere = _item(early.cluster_id, early.day, {5000 + k: 1.0 for k in range(20)})
    revised = [*items[:3], Item(early.cluster_id, early.day, early.order, elsewhere.vector)]
    revised += items[4:]
    archive.update(revised, set(), config)
    assert archive.partition() == {frozenset(g) for g in group(revised, archive.graph, config)}
    assert {early.cluster_id} in archive.partition()
    found = archive.found
    assert found.moved == 1  # only the re-canonicalised cluster changed story
    assert found.by_state == len(items) - 4  # every later member was queued by the story's state
    assert found.decided == found.compared == len(items) - 3


def test_a_run_stopped_before_its_story_stage_is_finished_by_the_next_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The story stage runs once, at the end of a run.  A run stopped after committing its
    batches but before that (Ctrl-C, a crash) leaves its id pending; the next run, even one
    that reads nothing new, gives the stories one uninterrupted run gives."""
    from clipper.pipeline import Deduper

    clean = tmp_path / "clean.db"
    run(clean, [FIXTURES], batch_size=4)
    expected = membership(clean)

    stopped = tmp_path / "stopped.db"
    finish = Deduper.finish_stories

    def interrupted(self: Deduper, run_ids: Any) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(Deduper, "finish_stories", interrupted)
    with pytest.raises(KeyboardInterrupt):
        run(stopped, [FIXTURES], batch_size=4)
    monkeypatch.setattr(Deduper, "finish_stories", finish)
    archive = open_archive(str(stopped), create=False)
    with archive.sessions() as session:
        unstoried = session.scalar(select(func.count()).where(Cluster.story_id.is_(None)))
        pages = session.scalar(select(func.count(Page.id)))
    archive.close()
    assert pages and unstoried  # every batch was committed, but no story formed
    summary = run(stopped, [FIXTURES], batch_size=4)
    assert summary.stored == 0
    assert membership(stopped) == expected


# Invented reports in scripts written without spaces: two outlets' own write-ups of one event
# (different wording, shared names and facts), and an unrelated article of the same days.
TRAM_ZH_A = (
    "临港市有轨电车二号线开始试运行",
    "临港市有轨电车二号线今天上午开始试运行，全长十八公里，共设二十一个车站，连接火车站和大学城。\n"
    "市交通局表示，试运行期间乘客可以免费乘坐有轨电车，每十五分钟发出一班车。\n"
    "交通局还说，二号线正式运营预计在明年春节前开始，票价将与公交车相同。",
)
TRAM_ZH_B = (
    "二号线有轨电车试运行首日客流火爆",
    "临港有轨电车二号线试运行首日，大批市民前往火车站排队体验，车厢内座无虚席。\n"
    "这条线路全长十八公里，设有二十一个车站，从火车站一直通往大学城。\n"
    "据市交通局介绍，试运行期间免费乘坐，二号线将于明年春节前正式运营。",
)
FLOOD_ZH = (
    "南江县暴雨致山体滑坡",
    "南江县昨夜遭遇特大暴雨，多处发生山体滑坡，三个村庄的道路被冲毁。\n"
    "县应急管理局已转移群众四百余人，目前没有人员伤亡的报告。\n"
    "气象部门预计未来两天仍有强降雨，提醒居民远离河道和山坡。",
)
MUSEUM_JA_A = (
    "港北市立美術館が改修を終え再開",
    "港北市立美術館は二年間の改修工事を終え、土曜日に一般公開を再開した。\n"
    "改修では屋根と東館の展示室が新しくなり、所蔵する浮世絵三百点を順次公開する。\n"
    "館長は記者会見で、再開初日に二千人の来場者があったと述べた。",
)
MUSEUM_JA_B = (
    "美術館再開、初日に二千人",
    "二年間の改修工事を終えた港北市立美術館に、再開初日の土曜日、二千人が訪れた。\n"
    "新しくなった東館の展示室では、所蔵の浮世絵三百点のうち五十点が公開されている。\n"
    "市によると、屋根の改修費は十二億円だった。",
)


def test_chinese_and_japanese_write_ups_of_one_event_are_one_story(tmp_path: Path) -> None:
    """A run of Han or kana letters is a phrase, not a word: terms are its character bigrams,
    so two outlets' own reports of one event share terms and form one story (two clusters),
    and an unrelated report of the same days stays apart."""
    records = [
        record(TRAM_ZH_A, "https://lingang-wanbao.example/tram", "2026-05-01T08:00:00"),
        record(TRAM_ZH_B, "https://dongfang-ribao.example/tram-day-one", "2026-05-01T18:00:00"),
        record(FLOOD_ZH, "https://nanjiang.example/flood", "2026-05-01T09:00:00"),
        record(MUSEUM_JA_A, "https://kohoku-shimbun.example/museum", "2026-05-02T09:00:00"),
        record(MUSEUM_JA_B, "https://minato-times.example/museum", "2026-05-02T19:00:00"),
    ]
    for item, language in zip(records, ["zh", "zh", "zh", "ja", "ja"], strict=True):
        item["language"] = language
    run(tmp_path / "a.db", [write_jsonl(tmp_path / "in.jsonl", records)])
    stories, clusters = membership(tmp_path / "a.db")
    assert len(clusters) == 5
    assert stories == {
        frozenset(
            {"https://lingang-wanbao.example/tram", "https://dongfang-ribao.example/tram-day-one"}
        ),
        frozenset({"https://nanjiang.example/flood"}),
        frozenset({"https://kohoku-shimbun.example/museum", "https://minato-times.example/museum"}),
    }


def test_cjk_terms_are_character_bigrams() -> None:
    assert terms("有轨电车试运行") == ["有轨", "轨电", "电车", "车试", "试运", "运行"]
    # kana particles between words give no term of their own; Latin letters stay words
    assert terms("東京都は今日") == ["東京", "京都", "都は", "は今", "今日"]
    assert terms("これは") == []
    assert terms("iPhone発売") == ["iphone", "発売"]
    assert terms("市") == ["市"]


def test_scores_summed_over_many_groups_equal_one_sparse_product_per_group(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Small groups of pairs (one hub's: the end met in more pairs) have their products summed
    together; the similarities are bit for bit those of one sparse product per group, in the
    same order, however many products are held between sums."""
    from clipper.stories import scoring

    rng = np.random.default_rng(3)
    items = {}
    for cid in range(1, 601):
        keys = rng.choice(2000, int(rng.integers(5, 120)), replace=False)
        weights = {int(k): float(rng.random()) for k in keys}
        items[cid] = _item(cid, 700 + cid % 9, weights)
    config = StoryConfig(min_similarity=0.05, anchor_terms=8, min_shared_anchors=1)
    index = AnchorIndex(config, items.values())
    pairs = index.candidates(list(items.values()))
    monkeypatch.setattr(scoring, "_FEW_PAIRS", 0)
    sparse = scoring.score(pairs, items, config)
    assert len(sparse) > 500
    monkeypatch.setattr(scoring, "_FEW_PAIRS", 10**9)
    for held in (10**9, 500):
        monkeypatch.setattr(scoring, "_PRODUCTS_HELD", held)
        assert scoring.score(pairs, items, config) == sparse


def _reference_scores(
    pairs: np.ndarray, items: dict[int, Item], config: StoryConfig
) -> list[tuple[int, int, float]]:
    """What :func:`score` must give, the plain way: every pair sharing enough anchors, its
    cosine summed one term at a time over the larger id's terms in ascending hash order (the
    smaller id's weight, or 0.0), kept when it clears the bar for its gap."""
    found = []
    for a, b in sorted(map(tuple, pairs.tolist())):
        small, large = items[a].vector, items[b].vector
        common = set(anchors(small, config.anchor_terms).tolist())
        if len(common & set(anchors(large, config.anchor_terms).tolist())) < (
            config.min_shared_anchors
        ):
            continue
        weight = dict(
            zip(small.keys.tolist(), small.weights.astype(np.float64).tolist(), strict=True)
        )
        total = 0.0
        for key, w in zip(
            large.keys.tolist(), large.weights.astype(np.float64).tolist(), strict=True
        ):
            total += w * weight.get(key, 0.0)
        if total >= threshold(abs(items[a].day - items[b].day), config):
            found.append((a, b, total))
    return found


def test_scores_grouped_by_hub_are_the_plain_sums_bit_for_bit(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Pairs are scored a hub at a time (a cluster met in many pairs, whatever its id: a
    night's cluster among stored ones with smaller ids); each similarity is, bit for bit, the
    plain sum over the larger id's terms, and the result is sorted, whether the hub's pairs
    are one sparse product or gathered with other hubs', with or without an index."""
    from clipper.stories import scoring

    rng = np.random.default_rng(21)
    topic = rng.choice(3000, size=30, replace=False)
    items = {}
    for cid in range(1, 401):
        keys = rng.choice(3000, int(rng.integers(10, 150)), replace=False)
        weights = {int(k): float(rng.random()) for k in keys}
        weights |= {int(k): 1.0 + float(rng.random()) for k in rng.choice(topic, 6)}
        items[cid] = _item(cid, 900 + cid % 7, weights)
    config = StoryConfig(min_similarity=0.1, anchor_terms=10, min_shared_anchors=2)
    # hubs with the larger ids (clusters 381-400 meet many older ones), and scattered pairs
    hubs = [[old, new] for new in range(381, 401) for old in range(1, 381, 3)]
    scattered = [[a, a + 1 + int(rng.integers(0, 20))] for a in range(1, 360, 2)]
    pairs = np.unique(np.array(hubs + scattered, np.int64), axis=0)
    truth = _reference_scores(pairs, items, config)
    assert len(truth) > 100
    index = AnchorIndex(config, items.values())
    for few in (0, 16, 10**9):
        monkeypatch.setattr(scoring, "_FEW_PAIRS", few)
        assert scoring.score(pairs, items, config) == truth
        assert scoring.score(pairs[::-1].copy(), items, config, index=index) == truth


# An invented wire story and its reprints: the wire original, a copy the next day and a weekly
# that reprints it five days later (newcomer 16, finding 10).
HARBOUR = (
    "Dunmore harbour crane topples in gale, two dockers hurt",
    "A container crane at Dunmore harbour toppled onto the quay in a gale on Sunday "
    "afternoon, injuring two dockers and closing the eastern berths.\n"
    "The Dunmore Port Authority said gusts of 110 kilometres an hour were recorded minutes "
    "before the crane's jib buckled and the machine fell across a row of empty trailers.\n"
    "Both injured men were taken to St Brennock's Infirmary; one has a broken leg, the "
    "other cuts and bruises.\n"
    "Engineers from the crane's maker, Halloway Lifting, are due on Monday to inspect the "
    "other four cranes before the berths reopen.",
)


def test_a_reprint_on_a_later_day_is_a_report_of_its_story_that_day(
    db_url: str, tmp_path: Path
) -> None:
    """A story's days span its pages: a reprint published (and fetched) on the 20th of a story
    whose canonical is of the 15th makes it a story of the 20th, as ``search`` and
    ``clusters`` find that copy then; a day in between with no page stays out."""
    records = []
    for url, day in (
        ("https://wire.example/crane", "2018-07-15"),
        ("https://coastpost.example/crane-gale", "2018-07-16"),
        ("https://weeklytimes.example/crane", "2018-07-20"),
    ):
        doc = record(HARBOUR, url, f"{day}T09:30:00")
        doc["date_download"] = f"{day}T11:00:00"
        records.append(doc)
    archive = open_archive(db_url)
    try:
        dedupe(archive, [str(write_jsonl(tmp_path / "in.jsonl", records))], Config(workers=1))
    finally:
        archive.close()

    def listed(*args: str) -> list[dict[str, Any]]:
        result = CliRunner().invoke(cli, ["stories", "--db", db_url, "--json", *args])
        assert result.exit_code == 0, result.output
        return [json.loads(line) for line in result.output.splitlines()]

    (story,) = listed()
    assert (story["first_day"], story["last_day"]) == ("2018-07-15", "2018-07-20")
    on_the_20th = listed("--since", "2018-07-20", "--until", "2018-07-20")
    assert [s["story_id"] for s in on_the_20th] == [story["story_id"]]
    assert listed("--since", "2018-07-17", "--until", "2018-07-19") == []
    assert len(listed("--since", "2018-07-20")) == 1
