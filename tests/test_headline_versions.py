"""A page fetched again with its text unchanged: a headline changed beyond spelling makes its
next version (searchable, told by ``show --diff`` and the digest), a spelling of the same
headline does not, and every fetch moves its cluster's and story's last seen; the same readings
in any order give the same versions, headlines, clusters, canonicals and times.

Every fixture is invented: a county paper's story on a bridge closure, fetched on four nights.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from click.testing import CliRunner
from sqlalchemy import select

from clipper.archive import open_archive
from clipper.cli import cli
from clipper.models import Cluster, Page, Story
from tests.clicommands import runs_into_last_digest
from tests.test_stories import run

URL = "https://fenwickpost.example/2025/03/02/tarrow-bridge-closed"
TEXT = "\n".join(
    [
        "The Tarrow bridge was closed to all traffic on Sunday after divers found a crack in one "
        "of the stone piers that carry the road over the river at Fenwick.",
        "County engineers said the crack ran for almost two metres below the waterline and that "
        "the bridge would stay shut until a full inspection had been carried out.",
        "Buses between Fenwick and Aldby will run by the old quarry road, adding about twenty "
        "minutes to each journey, the transport office said in a statement.",
        "The bridge, built in 1871, was last repaired eleven years ago, when a barge struck the "
        "same pier during the winter floods.",
    ]
)
FIRST = "Tarrow bridge closed after divers find crack in pier"
CORRECTED = "CORRECTED: Tarrow bridge to stay shut until May after inspection"
# the corrected headline as another reader spells it: capitals, punctuation, the site's name
SPELT = "Corrected - Tarrow Bridge To Stay Shut Until May, After Inspection | Fenwick Post"
OTHER_URL = "https://aldbyherald.example/news/bridge-shut"


def _record(title: str, fetched: str, url: str = URL) -> dict[str, Any]:
    """A news-please record of the page."""
    return {
        "url": url,
        "title": title,
        "maintext": TEXT,
        "date_publish": "2025-03-02 09:00:00",
        "date_download": fetched,
        "source_domain": url.split("/")[2],
        "language": "en",
    }


NIGHTS = [
    [_record(FIRST, "2025-03-02 20:00:00")],
    [_record(FIRST, "2025-03-03 20:00:00")],  # fetched again, unchanged
    [_record(CORRECTED, "2025-03-04 20:00:00")],  # the headline alone changed
    [_record(SPELT, "2025-03-05 20:00:00")],  # the new headline, spelt otherwise
]


def _archive_after(folder: Path, runs: list[list[dict[str, Any]]], **config: Any) -> Any:
    """(pages: version, title, first and last fetch; clusters: canonical's version, first and
    last seen; stories' last seen) after reading ``runs`` in turn, a file each."""
    folder.mkdir()
    db = folder / "a.db"
    for number, records in enumerate(runs):
        path = folder / f"night{number}.jsonl"
        path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
        run(db, [path], **config)
    archive = open_archive(str(db), create=False)
    try:
        with archive.sessions() as session:
            pages = session.execute(
                select(
                    Page.source_key, Page.version, Page.title, Page.fetched_at, Page.last_fetched_at
                ).order_by(Page.source_key, Page.version)
            ).all()
            clusters = session.execute(
                select(
                    Page.version,
                    Page.title,
                    Cluster.first_seen,
                    Cluster.last_seen,
                    Cluster.size,
                    Cluster.pages,
                )
                .join(Cluster, Cluster.canonical_page_id == Page.id)
                .order_by(Page.source_key)
            ).all()
            stories = session.execute(
                select(Story.title, Story.first_seen, Story.last_seen, Story.pages)
            ).all()
    finally:
        archive.close()
    return [tuple(r) for r in pages], [tuple(r) for r in clusters], [tuple(r) for r in stories]


def test_a_changed_headline_is_the_next_version_and_a_spelling_is_not(tmp_path: Path) -> None:
    pages, clusters, stories = _archive_after(tmp_path / "nights", NIGHTS)
    key = URL
    assert pages == [
        # night 2 (unchanged) and night 4 (a spelling) are sightings: their fetches move
        # last_fetched_at only
        (key, 1, FIRST, "2025-03-02T20:00:00", "2025-03-03T20:00:00"),
        (key, 2, CORRECTED, "2025-03-04T20:00:00", "2025-03-05T20:00:00"),
    ]
    # the page as it reads now is the canonical; seen from the first fetch to the last (its
    # publication time gives no zone, on no known clock: not surely before the fetch); two
    # versions stored (size), one page
    assert clusters == [(2, CORRECTED, "2025-03-02T20:00:00", "2025-03-05T20:00:00", 2, 1)]
    assert stories == [(CORRECTED, "2025-03-02T20:00:00", "2025-03-05T20:00:00", 1)]


def test_versions_and_times_do_not_depend_on_the_order_of_the_readings(tmp_path: Path) -> None:
    """Nights reversed, one run, one run reversed, batches of one, and the nights read again:
    the same versions, headlines, fetch times, canonical and seen times."""
    every = [record for night in NIGHTS for record in night]
    orders: dict[str, tuple[list[list[dict[str, Any]]], dict[str, Any]]] = {
        "forward": (NIGHTS, {}),
        "reversed": (NIGHTS[::-1], {}),
        "one-run": ([every], {}),
        "one-run-reversed": ([every[::-1]], {"batch_size": 1}),
        "re-run": ([*NIGHTS, every], {}),
    }
    found = {
        name: _archive_after(tmp_path / name, runs, **config)
        for name, (runs, config) in orders.items()
    }
    for name, result in found.items():
        assert result == found["forward"], name
    # whichever reading of a version came first, its earliest reading's spelling is kept
    assert [p[2] for p in found["forward"][0]] == [FIRST, CORRECTED]


def _cli(db: Path, *args: str) -> str:
    result = CliRunner().invoke(cli, [*args, "--db", str(db)], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    return result.stdout  # what the command writes; its notes go to stderr


def test_the_new_headline_is_searchable_and_told_by_show_export_and_the_digest(
    tmp_path: Path,
) -> None:
    db = tmp_path / "a.db"
    folder = tmp_path / "nights"
    folder.mkdir()
    for number, records in enumerate(NIGHTS[:2]):
        path = folder / f"night{number}.jsonl"
        path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
        run(db, [path])
    _cli(db, "digest")  # recorded: the next digest starts here
    # Times are stored to the second: the two runs ended in the second the digest was read
    # (as they may on a fast machine, and here always), and are in that digest, not the next.
    runs_into_last_digest(db)
    path = folder / "night2.jsonl"
    path.write_text(json.dumps(NIGHTS[2][0]) + "\n", encoding="utf-8")
    run(db, [path])

    assert "Tarrow bridge" in _cli(db, "search", "--variants", "corrected")
    diff = _cli(db, "show", URL, "--diff")
    assert f'headline changed: "{FIRST}" → "{CORRECTED}"' in diff
    shown = _cli(db, "show", URL, "--no-text")
    # each version by its fetch; the first one's re-fetch as its last fetch
    assert "fetched 2025-03-02 20:00 UTC" in shown
    assert "fetched 2025-03-04 20:00 UTC" in shown
    exported = [json.loads(line) for line in _cli(db, "export", "--format", "jsonl").splitlines()]
    assert sorted((r["version"], r["title"], r["last_fetched_at"]) for r in exported) == [
        (1, FIRST, "2025-03-03T20:00:00+00:00"),
        (2, CORRECTED, "2025-03-04T20:00:00+00:00"),
    ]
    digest = _cli(db, "digest", "--no-record")
    assert f"[UPDATED] {CORRECTED}" in " ".join(digest.split())
    # one page, not two: the new version is counted, and what it changed is said
    assert "1 outlet, 1 page (0 new; 1 new version), 1 article" in digest
    assert f'New version 2 (fenwickpost.example): headline changed: "{FIRST}" → ' in " ".join(
        digest.split()
    )


def test_every_listing_counts_a_page_once_whatever_its_versions(tmp_path: Path) -> None:
    """One page, stored in two versions (its headline corrected), beside a one-version page:
    stories, show story:N, clusters, stats, search and the digest say 1 page each."""
    db = tmp_path / "a.db"
    other = _record("Aldby fair moves to June", "2025-03-02 21:00:00", OTHER_URL)
    other["maintext"] = (
        "The Aldby spring fair will move to the first week of June this year because the "
        "showground is flooded, its organisers said, and tickets already sold stay valid."
    )
    for number, records in enumerate([[NIGHTS[0][0], other], NIGHTS[2]]):
        path = tmp_path / f"night{number}.jsonl"
        path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
        run(db, [path])
    stories = [json.loads(line) for line in _cli(db, "stories", "--json").splitlines()]
    assert sorted(s["pages"] for s in stories) == [1, 1]
    bridge = next(s for s in stories if s["title"] == CORRECTED)
    assert "1 article · 1 page ·" in _cli(db, "show", f"story:{bridge['story_id']}")
    story = json.loads(_cli(db, "show", f"story:{bridge['story_id']}", "--json"))
    assert [c["size"] for c in story["clusters"]] == [1]
    clusters = [json.loads(line) for line in _cli(db, "clusters", "--json").splitlines()]
    assert sorted(c["size"] for c in clusters) == [1, 1]
    # --min-size 2 asks for an article carried by two pages: there is none
    assert _cli(db, "clusters", "--min-size", "2").strip() == "No clusters."
    stats = json.loads(_cli(db, "stats", "--json"))
    assert (stats["pages"], stats["variants"], stats["older_versions"]) == (2, 0, 1)
    # ... and the total a methods section cites beside the runs' "stored" and export's rows
    exported = _cli(db, "export", "--format", "jsonl").splitlines()
    assert stats["stored_pages"] == len(exported) == 3
    assert "pages                          2 (+1 older version: 3 stored)" in _cli(db, "stats")
    assert (stats["multi_page_clusters"], stats["largest_cluster"]) == (0, 1)
    assert [(s["site"], s["pages"]) for s in stats["top_sites"]] == [
        ("aldbyherald.example", 1),
        ("fenwickpost.example", 1),
    ]
    hits = [json.loads(line) for line in _cli(db, "search", "Tarrow", "--json").splitlines()]
    assert [h["pages"] for h in hits] == [1]
    digest = json.loads(_cli(db, "digest", "--since", "7d", "--format", "json", "--no-record"))
    assert sorted(s["pages"] for g in digest["groups"] for s in g["stories"]) == [1, 1]


def test_an_archive_of_an_older_clipper_counts_its_pages_again(tmp_path: Path) -> None:
    """Migration 0027: an archive whose stories counted versions as pages reads 1 page."""

    from tests.conftest import migrate

    db = tmp_path / "a.db"
    for number, records in enumerate([NIGHTS[0], NIGHTS[2]]):
        path = tmp_path / f"night{number}.jsonl"
        path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
        run(db, [path])
    migrate(db, "downgrade", "0026")
    con = sqlite3.connect(db)
    with con:
        con.execute("UPDATE stories SET pages = 2")  # as clipper 0026 counted them
    con.close()
    assert [json.loads(line)["pages"] for line in _cli(db, "stories", "--json").splitlines()] == [1]
    assert [json.loads(line)["size"] for line in _cli(db, "clusters", "--json").splitlines()] == [1]


def test_digest_to_a_file_says_what_it_wrote(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    path = tmp_path / "night.jsonl"
    path.write_text(json.dumps(NIGHTS[0][0]) + "\n", encoding="utf-8")
    run(db, [path])
    result = CliRunner().invoke(
        cli, ["digest", "--db", str(db), "-o", str(tmp_path / "d.txt"), "--format", "text"]
    )
    assert result.exit_code == 0, result.output
    assert f"digest of 1 story (1 new) written to {tmp_path / 'd.txt'} (text)" in result.output


def test_the_digest_header_says_which_count_is_the_archive_s(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    path = tmp_path / "night.jsonl"
    records = [
        NIGHTS[0][0],
        {
            **_record("Aldby fair moves to June", "2025-03-02 21:00:00", OTHER_URL),
            "maintext": "The Aldby spring fair will move to the first week of "
            "June this year because the showground is flooded, its "
            "organisers said, and tickets already sold stay valid for the "
            "new dates and the traders' stalls keep their places on the "
            "green by the church.",
        },
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    run(db, [path])
    _cli(db, "watch", "add", "bridges", "bridge")
    header = " ".join(_cli(db, "digest", "--no-record", "--since", "7d").split()[:40])
    assert (
        "In the whole archive, 2 stories arrived or grew; what this digest follows is "
        "1 story of them (1 new)." in header
    )


def test_what_a_new_version_changed_reads_as_a_reader_would_say_it() -> None:
    from clipper.versionchanges import version_changes

    # each added paragraph is told once: the new lead or the correction is the paragraph
    # added, not one more beside it (newcomer 21: "correction added; 1 paragraph added")
    lead = "Update: the county now says the bridge will reopen in May after the repairs."
    assert version_changes(FIRST, TEXT, FIRST, f"{lead}\n{TEXT}") == ["new lead"]
    correction = "Correction: an earlier version of this article gave the wrong year."
    assert version_changes(FIRST, TEXT, FIRST, f"{TEXT}\n{correction}") == ["correction added"]
    more = "Drivers are asked to use the ring road until then, the county said on Friday."
    assert version_changes(FIRST, TEXT, FIRST, f"{lead}\n{TEXT}\n{more}") == [
        "new lead",
        "1 paragraph added",
    ]
    paragraphs = TEXT.split("\n")
    edited = "\n".join([paragraphs[0].replace("the", "THE the", 1), *paragraphs[1:]])
    # the words an edit changed are named when few (newcomer 25's finding 7)
    assert version_changes(FIRST, TEXT, FIRST, f"{edited}\n{correction}") == [
        "correction added",
        '1 paragraph edited: added "THE"',
    ]
    assert version_changes(FIRST, TEXT, FIRST, TEXT.split("\n")[0]) == ["3 paragraphs removed"]
    assert version_changes(FIRST, TEXT, CORRECTED, TEXT) == [
        f'headline changed: "{FIRST}" → "{CORRECTED}"'
    ]


def _saved_page(title: str, h1: str) -> str:
    """The bridge story as a saved HTML page (no fetch time) naming its address."""
    paragraphs = "".join(f"<p>{p}</p>" for p in TEXT.split("\n"))
    return (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
        f'<link rel="canonical" href="{URL}"><meta property="og:url" content="{URL}">'
        '<meta property="og:site_name" content="Fenwick Post">'
        '<meta property="article:published_time" content="2025-03-02T09:00:00Z"></head>'
        f"<body><main><article><h1>{h1}</h1>{paragraphs}</article></main></body></html>"
    )


def test_a_saved_page_whose_title_and_h1_changed_is_the_next_version(tmp_path: Path) -> None:
    """The same page saved three times: once more with the site's name after its <title>
    (the same headline: a sighting), then with a new <title> and <h1> (the next version)."""
    db = tmp_path / "a.db"
    saves = [
        (f"{FIRST}", FIRST),
        (f"{FIRST} | Fenwick Post", FIRST),
        (f"{CORRECTED} | Fenwick Post", CORRECTED),
    ]
    for number, (title, h1) in enumerate(saves):
        folder = tmp_path / f"save{number}"
        folder.mkdir()
        (folder / "bridge.html").write_text(_saved_page(title, h1), encoding="utf-8")
        run(db, [folder])
    archive = open_archive(str(db), create=False)
    try:
        with archive.sessions() as session:
            pages = session.execute(select(Page.version, Page.title).order_by(Page.version)).all()
    finally:
        archive.close()
    assert [tuple(p) for p in pages] == [(1, FIRST), (2, CORRECTED)]
    assert "Tarrow bridge" in _cli(db, "search", "--variants", "May")
