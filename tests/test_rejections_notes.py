"""``clipper rejections`` without ``--reason`` points at what it leaves out: the pages a run
stored without the date they give (``date-unread``) and the WARC revisits that found their page
(``revisit-matched``), counted, each with the command that lists them.  Before, a run whose only
notes were unread dates said "no rejections in run 1." and nothing led to
``--reason date-unread`` (session 28's brief on newcomer 28's finding 5).

Invented records, a dump line that is not JSON, and a WARC of an invented page and its revisit.
"""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from clipper.cli import cli
from tests.test_revisits import article, response, revisit

_BODY = (
    "The valley's only cinema will show films again from Friday after volunteers repaired the "
    "projector and the roof that leaked all last winter.\n\n"
    "Tickets will cost four euros, and the first week's takings go to the repair fund, the "
    "cinema club's treasurer said at the reopening on Wednesday evening.\n"
)
LOCK = "https://marshpost.example/news/lock"


def _record(name: str, date: str) -> str:
    return json.dumps(
        {"url": f"https://valleynews.example/{name}", "title": f"Cinema news {name}",
         "date_publish": date, "maintext": _BODY.replace("cinema", f"{name} cinema")}
    )


def _rejections(db: Path, *args: str) -> str:
    result = CliRunner().invoke(cli, ["rejections", "--db", str(db), *args])
    assert result.exit_code == 0, result.output
    return result.stdout


def _dedupe(db: Path, folder: Path) -> None:
    result = CliRunner().invoke(cli, ["dedupe", "--db", str(db), "--workers", "1", str(folder)])
    assert result.exit_code == 0, result.output


def test_a_list_without_reason_counts_the_notes_it_leaves_out(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    # night 1: two records whose dates nothing reads, one dated; no rejection at all
    one = tmp_path / "n1"
    one.mkdir()
    (one / "records.jsonl").write_text(
        "\n".join([_record("east", "some day in spring"), _record("west", "the other week"),
                   _record("north", "2026-11-05T08:00:00Z")]) + "\n",
        encoding="utf-8",
    )
    _dedupe(db, one)
    out = _rejections(db)
    assert out.splitlines() == [
        "no rejections in the last run, 1 (--run N for another run, --all-runs for every run).",
        "Not listed (not rejections): 2 pages stored without the date they give "
        "(clipper rejections --run 1 --reason date-unread)",
    ]
    # the command named lists exactly the pages counted
    named = _rejections(db, "--run", "1", "--reason", "date-unread", "--json")
    assert len(named.splitlines()) == 2

    # night 2: a line that is not JSON (a rejection), one unread date, a page and its revisit
    two = tmp_path / "n2"
    two.mkdir()
    (two / "records.jsonl").write_text(
        _record("south", "around noon") + "\n" + '{"url": "https://valleynews.example/x", \n',
        encoding="utf-8",
    )
    page, digest = response(LOCK, article("lock"), "2026-11-20T03:00:00Z")
    again = revisit(LOCK, digest, LOCK, "2026-11-20T03:00:00Z", "2026-11-29T02:00:00Z")
    (two / "crawl.warc.gz").write_bytes(page + again)
    _dedupe(db, two)
    lines = _rejections(db).splitlines()
    assert lines[0] == "Run 2:" and "bad-json" in lines[1] and len(lines) == 5
    assert lines[2:] == [
        "",
        "Not listed (not rejections): 1 page stored without the date it gives "
        "(clipper rejections --run 2 --reason date-unread)",
        "Not listed (not rejections): 1 WARC revisit record matched its page "
        "(clipper rejections --run 2 --reason revisit-matched)",
    ]
    assert len(_rejections(db, "--run", "2", "--reason", "revisit-matched", "--json")
               .splitlines()) == 1
    # over every run, with the command for every run
    assert _rejections(db, "--all-runs").splitlines()[-2] == (
        "Not listed (not rejections): 3 pages stored without the date they give "
        "(clipper rejections --all-runs --reason date-unread)"
    )
    # asked for a reason, or as JSON Lines for a program: no such line
    assert "Not listed" not in _rejections(db, "--reason", "bad-json")
    assert all(json.loads(line)["reason"] == "bad-json"
               for line in _rejections(db, "--json").splitlines())


def test_a_reason_the_last_run_lacks_names_the_run_it_took_and_how_to_ask_for_others(
    tmp_path: Path,
) -> None:
    """Without --run the command reads the newest run (its help's default): finding none there,
    it says it looked only there, and --all-runs finds the earlier run's (newcomer 46's
    finding 3: "no date-unread rejections in run 2" read as "none in the archive")."""
    db = tmp_path / "a.db"
    one = tmp_path / "n1"
    one.mkdir()
    (one / "records.jsonl").write_text(_record("east", "some day in spring") + "\n", "utf-8")
    _dedupe(db, one)
    two = tmp_path / "n2"
    two.mkdir()
    (two / "records.jsonl").write_text(_record("west", "2026-11-05T08:00:00Z") + "\n", "utf-8")
    _dedupe(db, two)
    assert _rejections(db, "--reason", "date-unread").strip() == (
        "no date-unread rejections in the last run, 2 "
        "(--run N for another run, --all-runs for every run)."
    )
    # a run asked for by number is that run alone, as before
    assert _rejections(db, "--reason", "date-unread", "--run", "2").strip() == (
        "no date-unread rejections in run 2."
    )
    every = _rejections(db, "--reason", "date-unread", "--all-runs", "--json")
    assert [json.loads(line)["run_id"] for line in every.splitlines()] == [1]
