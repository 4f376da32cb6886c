"""``clipper export``'s ``canonical_url`` and ``story_url``: keys of a page's cluster and story
that do not depend on the order the pages arrived in (newcomer 20, finding 11: two exports of
the same pages, nights in another order, differed in every line, only by their ids).

Invented pages: a wire story carried by two papers and a third paper's own article on the
same event, and an unrelated story.
"""

from __future__ import annotations

import json
from pathlib import Path

from clipper import export
from tests.conftest import build

WIRE = [
    "The city council of Port Elmsworth voted on Monday to rebuild the harbour wall before "
    "winter, ending a dispute that lasted two years and divided the fishing town.",
    "Engineers said the old wall lost a third of its stones in the February storms and would "
    "not survive another season without a full rebuild of its northern arm.",
    "The work will cost four million pounds, most of it from a regional fund for coastal "
    "towns set up last year, the council's finance officer told the meeting.",
]
OTHER = [
    "The ferry between Skerry Island and the mainland will run every hour from May, the "
    "operator said on Tuesday, after a new vessel joined the fleet this spring.",
    "Passengers had complained for years about the two-hour gap in the afternoon, when "
    "school children and workers returning from the mainland crowded the pier.",
    "The operator said fares would stay the same until the end of the year.",
]


def _record(url: str, title: str, paragraphs: list[str], day: str) -> str:
    return json.dumps(
        {"url": url, "title": title, "maintext": "\n\n".join(paragraphs),
         "date_publish": f"2026-11-{day}T08:00:00Z"}
    )


NIGHTS = {
    "n1": [
        _record("https://harbourpost.co.uk/news/wall", "Harbour wall to be rebuilt", WIRE, "03"),
        _record("https://skerrytimes.co.uk/ferry", "Hourly ferry from May", OTHER, "03"),
    ],
    "n2": [
        _record("https://coastgazette.co.uk/local/wall", "Harbour wall to be rebuilt",
                [*WIRE, "The Coast Gazette asked the council for the engineers' report."], "04"),
    ],
}


def _export(db: Path, order: list[str], dumps: Path) -> list[dict[str, object]]:
    archive, _ = build(db, [dumps / night for night in order[:1]])
    for night in order[1:]:
        archive.close()
        archive, _ = build(db, [dumps / night])
    try:
        return list(export.records(archive))
    finally:
        archive.close()


def test_canonical_and_story_urls_are_the_same_in_any_arrival_order(tmp_path: Path) -> None:
    dumps = tmp_path / "dumps"
    for night, lines in NIGHTS.items():
        (dumps / night).mkdir(parents=True)
        (dumps / night / "wire.jsonl").write_text("\n".join(lines) + "\n")
    forward = _export(tmp_path / "a.db", ["n1", "n2"], dumps)
    backward = _export(tmp_path / "b.db", ["n2", "n1"], dumps)
    # changed_run: the run that last stored or changed a row, which arrival order decides
    ids = {
        "cluster_id", "story_id", "page_id", "fetched_at", "last_fetched_at", "origin",
        "changed_run",
    }

    def keyed(rows: list[dict[str, object]]) -> list[tuple[object, ...]]:
        return sorted(
            tuple((k, v) for k, v in row.items() if k not in ids) for row in rows
        )

    assert len(forward) == 3 and keyed(forward) == keyed(backward)
    assert {r["page_id"] for r in forward} != {r["page_id"] for r in backward} or {
        r["url"]: r["page_id"] for r in forward
    } != {r["url"]: r["page_id"] for r in backward}
    by_url = {r["url"]: r for r in forward}
    wall = by_url["https://harbourpost.co.uk/news/wall"]
    copy = by_url["https://coastgazette.co.uk/local/wall"]
    assert wall["canonical_url"] == copy["canonical_url"] == wall["url"]
    assert wall["story_url"] == wall["canonical_url"]
    ferry = by_url["https://skerrytimes.co.uk/ferry"]
    assert ferry["canonical_url"] == ferry["url"] == ferry["story_url"]
