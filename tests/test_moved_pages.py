"""A run that moves pages of earlier runs to another cluster says so in its summary (newcomer
34, finding 6: a page left its story's cluster overnight, the story's outlet count fell from 3
to 2, and the run said "new clusters 0" and nothing else).  Invented texts: two outlets'
excerpts of a ferry story on night 1, each a cluster of its own, joined by the whole story on
night 2."""

from __future__ import annotations

import json
from pathlib import Path

from tests.test_cut_downloads import PARAGRAPHS, run


def _records(path: Path, *pages: tuple[str, list[str]]) -> Path:
    path.write_text(
        "\n".join(
            json.dumps({
                "url": url, "title": "Ferry line to link Kestrel Bay with the islands",
                "text": "\n\n".join(paragraphs), "published": "2026-12-04T07:20:00Z",
            })
            for url, paragraphs in pages
        ) + "\n",
        encoding="utf-8",
    )
    return path


def test_pages_an_earlier_run_stored_that_move_cluster_are_counted(tmp_path: Path) -> None:
    db = tmp_path / "desk.db"
    night1 = _records(
        tmp_path / "night1.jsonl",
        ("https://islandnews.example/ferry-opening", PARAGRAPHS[:3]),
        ("https://baytimes.example/ferry-fares-and-pier", PARAGRAPHS[4:]),
    )
    first = run(db, "dedupe", "--workers", "1", "--json", str(night1))
    assert json.loads(first.stdout)["new_clusters"] == 2, first.output
    night2 = _records(
        tmp_path / "night2.jsonl", ("https://lantaupost.example/ferry-line", PARAGRAPHS)
    )
    second = run(db, "dedupe", "--workers", "1", "--json", str(night2))
    summary = json.loads(second.stdout)
    assert summary["new_clusters"] == 0 and summary["joined_existing"] == 1, summary
    assert summary["moved_pages"] == 1, summary
    listed = run(db, "clusters", "--json").output.splitlines()
    assert [json.loads(line)["size"] for line in listed] == [3]
    # the same said in words: the two nights again, into a second archive
    again = tmp_path / "again.db"
    assert run(again, "dedupe", "--workers", "1", str(night1)).exit_code == 0
    said = run(again, "dedupe", "--workers", "1", str(night2)).output
    assert "earlier pages moved            1 (to another cluster: clipper export " \
        "--changed-since 1)" in said, said
