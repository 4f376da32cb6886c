"""The pages a run stored without the date they give are listed, by run and over all runs
(``clipper rejections --reason date-unread [--all-runs]``), not counted as rejections
(newcomer 28 finding 5: the summary counted 8 and named 3; the reason was unknown).  Invented
dumps and records."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from clipper.cli import cli

_BODY = (
    "The county closed the coastal road for two weeks on Saturday so crews can repair the sea"
    " wall that the last storm cracked in three places near the harbour.\n\n"
    "Buses will run on the inland road until the work ends, the roads office said, and the"
    " ferry will add two sailings a day while the road is shut.\n"
)


def _night(folder: Path, name: str, dateline: str, record_date: str) -> None:
    folder.mkdir()
    # a dump whose date line is read by nothing (an unknown day/month order), one dated
    (folder / f"{name}-undated.txt").write_text(f"Coastal road shut at {name}\n{dateline}\n\n"
                                                f"{_BODY}", encoding="utf-8")  # fmt: skip
    (folder / f"{name}-dated.txt").write_text(
        f"Harbour ferry adds sailings at {name}\nPublished: November 5, 2026\n\n"
        + _BODY.replace("coastal", "harbour"),
        encoding="utf-8",
    )
    # a record whose date field is not read
    record = {
        "url": f"https://coast.example/{name}",
        "title": f"Sea wall works at {name}",
        "date_publish": record_date,
        "maintext": _BODY.replace("county", "council"),
    }
    (folder / "records.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")


def test_pages_stored_without_their_dates_are_listed_by_run_and_over_all_runs(
    tmp_path: Path,
) -> None:
    db = str(tmp_path / "a.db")
    runner = CliRunner()
    for name, dateline, record_date in (
        ("alpha", "Published 05/11/2026 - 09:20", "sometime in November"),
        ("beta", "Posted 04/11/2026 at 18:00", "last Tuesday"),
    ):
        _night(tmp_path / name, name, dateline, record_date)
        run = runner.invoke(cli, ["dedupe", "--db", db, "--workers", "1", str(tmp_path / name)])
        assert run.exit_code == 0, run.output
        assert "dates not read (kept)          2" in run.output

    def listed(*args: str) -> list[tuple[int, str, str]]:
        out = runner.invoke(cli, ["rejections", "--db", db, "--json", *args])
        assert out.exit_code == 0, out.output
        rows = [json.loads(line) for line in out.stdout.splitlines()]
        return [(r["run_id"], Path(r["origin"].split(":")[0]).name, r["reason"]) for r in rows]

    assert listed("--reason", "date-unread") == [
        (2, "beta-undated.txt", "date-unread"),
        (2, "records.jsonl", "date-unread"),
    ]
    assert listed("--reason", "date-unread", "--all-runs") == [
        (1, "alpha-undated.txt", "date-unread"),
        (1, "records.jsonl", "date-unread"),
        (2, "beta-undated.txt", "date-unread"),
        (2, "records.jsonl", "date-unread"),
    ]
    # stored pages, not rejections: not in a run's list, the archive's count, nor show's page
    assert listed() == []
    assert listed("--all-runs") == []
    stats = runner.invoke(cli, ["stats", "--db", db, "--json"])
    assert json.loads(stats.stdout)["rejections"] == 0
    show = runner.invoke(cli, ["show", "--db", db, "https://coast.example/beta"])
    assert show.exit_code == 0 and "reject" not in show.output.lower(), show.output
    text = runner.invoke(cli, ["rejections", "--db", db, "--reason", "date-unread", "--all-runs"])
    assert text.output.startswith("Every run:\n  run 1: ") and "05/11/2026" in text.output
