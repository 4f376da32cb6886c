"""``search --json`` and ``clusters --json`` say what their ``date`` is (``date_source``, as
``show --json`` says it): a page that gives no publication date showed its fetch time there,
unmarked, the same shape as a publication time, so a script counting "published on" days
counted crawl days too.

Invented news-please records: one dated, one undated with only its download time.
"""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from clipper.cli import cli
from tests.conftest import records_archive

_LEAD = {
    "ferry": "The island ferry of Tarrow will carry cyclists free of charge from March, the "
             "operator said, to cut the queue of cars on the morning crossing.",
    "lighthouse": "The lighthouse on Gannet Head will be opened to visitors for the first time "
                  "in forty years after volunteers restored its spiral staircase.",
}


def _record(topic: str, **dates: str) -> dict[str, object]:
    body = "\n\n".join([
        _LEAD[topic],
        f"Residents of Tarrow said the {topic} plan had been discussed at every council "
        "meeting this year, and most of them welcomed it.",
        f"The council will publish the {topic} timetable on its website next month.",
    ])
    return {"url": f"https://tarrowtimes.example/{topic}", "title": f"Tarrow {topic} news",
            "maintext": body, **dates}


def test_search_and_clusters_json_say_what_their_date_is(tmp_path: Path) -> None:
    db = records_archive(tmp_path, [
        _record("ferry", date_publish="2026-11-20T07:00:00Z", date_download="2026-11-21T02:00:00Z"),
        _record("lighthouse", date_download="2026-11-22T03:00:00Z"),
    ])
    runner = CliRunner()

    def lines(*args: str) -> list[dict[str, object]]:
        result = runner.invoke(cli, [*args, "--db", str(db), "--json"])
        assert result.exit_code == 0, result.output
        return [json.loads(line) for line in result.stdout.splitlines()]

    found = {hit["title"]: hit for hit in lines("search", "Tarrow")}
    assert found["Tarrow ferry news"]["date"] == "2026-11-20T07:00:00+00:00"
    assert found["Tarrow ferry news"]["date_source"] == "declared"
    assert found["Tarrow lighthouse news"]["date"] == "2026-11-22T03:00:00+00:00"
    assert found["Tarrow lighthouse news"]["date_source"] == "fetched"
    rows = {row["title"]: row for row in lines("clusters")}
    assert [rows[t]["date_source"] for t in ("Tarrow ferry news", "Tarrow lighthouse news")] == [
        "declared", "fetched"
    ]


def test_the_search_table_marks_a_fetch_day_as_no_publication_date(tmp_path: Path) -> None:
    """The table's DATE of an undated page is its fetch day, marked "?" and explained under
    the list (grouped by story too); a list of dated pages has neither mark nor note."""
    db = records_archive(tmp_path, [
        _record("ferry", date_publish="2026-11-20T07:00:00Z", date_download="2026-11-21T02:00:00Z"),
        _record("lighthouse", date_download="2026-11-22T03:00:00Z"),
    ])
    runner = CliRunner()

    def table(*args: str) -> list[str]:
        result = runner.invoke(cli, ["search", *args, "--db", str(db)], env={"COLUMNS": "120"})
        assert result.exit_code == 0, result.output
        return result.stdout.splitlines()

    note = "DATE with ?: the day the page was fetched (it gives no publication date)"
    for args in ((), ("--by-story",)):
        shown = table("Tarrow", *args)
        rows = {line.split()[1]: line for line in shown if "Tarrow" in line and "news" in line}
        assert set(rows) == {"2026-11-20", "2026-11-22?"}, shown
        assert "lighthouse" in rows["2026-11-22?"] and "ferry" in rows["2026-11-20"]
        assert shown[-1] == note, shown
    dated = table("ferry")
    assert not any("?" in line.split()[1] for line in dated if "Tarrow" in line)
    assert note not in dated
