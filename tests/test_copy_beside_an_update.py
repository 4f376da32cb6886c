"""A copy's cluster does not depend on another outlet's update of its own copy: a regional
paper's copy of a wire story under a local lead of its own stays in the wire's cluster when a
third outlet's full copy of the story comes back the next night with a paragraph added (and,
being the longest text, is the walk's canonical from then on).

Newcomer 36, finding 1: the regional copy (its lead above the wire's first 4 of 6 paragraphs)
is a full copy of the wire's page by Jaccard (0.55) but covered below the containment bar
(0.76: its lead is its own), and no copy of the updated page (Jaccard 0.49); it left the
wire's cluster though neither it nor the wire's page had changed.

Every fixture here is invented: a ferry operator's winter timetable, an agency's story, a
national site's full copy and its update, a regional paper's copy under a local lead.
"""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner, Result

from clipper.cli import cli

WIRE = "https://harbourwire.example/2026/11/02/ferry-operator-cuts-winter-sailings"
NATIONAL = "https://dailyledger.example/business/ferry-winter-timetable"
REGIONAL = "https://skerrycourier.example/local/ferry-cuts-hit-the-islands"
HEADLINE = "Ferry operator cuts winter sailings on three island routes"
PARAGRAPHS = [
    "The ferry operator Northsound Lines will run fewer sailings on three of its island routes "
    "this winter, the company said on Monday, blaming the rising cost of fuel and crew.",
    "From the first week of December the morning crossing to Holm will run only on weekdays, "
    "and the late evening return from Fara will stop altogether until the middle of March.",
    "The company said passenger numbers on the winter routes had fallen by a fifth since the "
    "pandemic, while the price it pays for marine diesel has nearly doubled in three years.",
    "Island councils said the cuts would leave workers and pupils who travel to the mainland "
    "each day with no way home after late shifts, evening classes or hospital appointments.",
    "The transport ministry said it would review the operator's public service contract, which "
    "requires a minimum number of crossings in every season, before the new timetable begins.",
    "Northsound Lines carries about four hundred thousand passengers a year on eleven routes "
    "and has asked the government for a higher subsidy in each of the last two years.",
]
LOCAL_LEAD = (
    "Families on Holm and Fara face longer days and missed connections this winter, and the "
    "harbour master at Fara pier says the islands have not had so few sailings since the "
    "old steamer was retired in 1987."
)
UPDATE = (
    "Late on Monday the ministry said its officials would meet the company on Thursday, and "
    "that the contract allows it to fine an operator that drops sailings without its approval "
    "or to put the routes out to a new tender."
)


def run(db: str, *args: str) -> Result:
    result = CliRunner().invoke(cli, [*args, "--db", db], env={"COLUMNS": "100"})
    assert "Traceback" not in result.output, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


def record(url: str, site: str, title: str, paragraphs: list[str], fetched: str) -> str:
    return json.dumps(
        {"url": url, "title": title, "text": "\n\n".join(paragraphs), "source": site,
         "date_publish": "2026-11-02T09:00:00Z", "fetched_at": fetched}
    )


def night(folder: Path, *lines: str) -> Path:
    folder.mkdir(parents=True)
    (folder / "crawl.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def cluster_urls(db: str, url: str) -> set[str]:
    shown = json.loads(run(db, "show", "--json", url).output)
    return {shown["canonical"]["url"]} | {v["url"] for v in shown["variants"]}


def test_a_copy_under_a_local_lead_stays_when_another_outlets_copy_is_updated(
    db_url: str, tmp_path: Path
) -> None:
    first = night(
        tmp_path / "n1",
        record(WIRE, "Harbour Wire", HEADLINE, PARAGRAPHS, "2026-11-02T10:00:00Z"),
        record(NATIONAL, "Daily Ledger", "Island ferries to sail less often this winter",
               PARAGRAPHS, "2026-11-02T12:00:00Z"),
        record(REGIONAL, "Skerry Courier", "Ferry cuts will hit Holm and Fara hardest",
               [LOCAL_LEAD, *PARAGRAPHS[:4]], "2026-11-02T19:00:00Z"),
    )
    second = night(
        tmp_path / "n2",
        record(NATIONAL, "Daily Ledger", "Island ferries to sail less often this winter",
               [*PARAGRAPHS, UPDATE], "2026-11-03T07:00:00Z"),
    )
    assert run(db_url, "dedupe", "--workers", "1", str(first)).exit_code == 0
    assert cluster_urls(db_url, WIRE) == {WIRE, NATIONAL, REGIONAL}
    result = run(db_url, "dedupe", "--workers", "1", str(second))
    assert result.exit_code == 0, result.output
    assert cluster_urls(db_url, WIRE) == {WIRE, NATIONAL, REGIONAL}
    assert "earlier pages moved" not in result.output
