"""clipper dedupe / export through Click's CliRunner, as a user or a cron job drives them."""

from __future__ import annotations

import csv
import io
import json
import os
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from clipper.archive import open_archive
from clipper.cli import cli
from clipper.export import FIELDS
from tests.conftest import EXPECTED, FIXTURES
from tests.test_copies import invented_paragraphs


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()


def run_dedupe(runner: CliRunner, db: Path, *args: str) -> dict[str, Any]:
    result = runner.invoke(
        cli, ["dedupe", "--db", str(db), "--workers", "1", "--json", *args, str(FIXTURES)]
    )
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_dedupe_json_summary_for_scripts(runner: CliRunner, tmp_path: Path) -> None:
    summary = run_dedupe(runner, tmp_path / "a.db")
    for key in ("pages_read", "skipped", "stored", "exact_duplicates", "new_clusters",
                "joined_existing", "canonical_changes", "status", "run_id"):
        assert key in summary
    assert summary["status"] == "completed"
    assert summary["pages_read"] == EXPECTED["reader"]["pages"]
    assert summary["skipped"]["unsupported-file"] >= 1
    # every stored page is counted once: a new cluster's first page, a copy in one, or a
    # page that joined an earlier cluster
    assert summary["copies_in_new_clusters"] > 0
    assert summary["stored"] == (
        summary["new_clusters"] + summary["copies_in_new_clusters"] + summary["joined_existing"]
    )
    # the pages read add up; the rest of the skipped were inputs that held no page
    assert summary["pages_read"] == (
        summary["already_archived"] + summary["stored"] + summary["skipped_pages"]
    )
    assert 0 < summary["skipped_pages"] < summary["skipped_total"]
    # the run's own time, and the wall time since clipper started (start-up included)
    assert 0 < summary["seconds"] <= summary["wall_seconds"]
    again = run_dedupe(runner, tmp_path / "a.db")
    assert again["stored"] == 0 and again["new_clusters"] == 0
    assert again["pages_read"] == (
        again["already_archived"] + again["stored"] + again["skipped_pages"]
    )


def test_dedupe_human_summary_names_problems(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(
        cli, ["dedupe", "--db", str(tmp_path / "a.db"), "--workers", "1", str(FIXTURES)]
    )
    assert result.exit_code == 0
    assert "stored" in result.output and "starting a new cluster" in result.output
    assert "broken/logo.html" in result.output and "binary" in result.output
    assert "Traceback" not in result.output
    skipped = next(ln for ln in result.output.splitlines() if ln.strip().startswith("skipped"))
    assert "of the pages read, " in skipped and "inputs that held no page)" in skipped, skipped
    first = result.output.splitlines()[0]
    assert first.startswith("Run 1: completed in ") and "s with clipper's start-up)" in first


def test_db_from_environment(runner: CliRunner, tmp_path: Path) -> None:
    db = tmp_path / "env.db"
    result = runner.invoke(
        cli, ["dedupe", "--workers", "1", str(FIXTURES / "text")], env={"CLIPPER_DB": str(db)}
    )
    assert result.exit_code == 0, result.output
    assert db.exists()


def test_missing_input_path_is_a_usage_error(runner: CliRunner, tmp_path: Path) -> None:
    """A mistyped dump path in a cron job must fail loudly (exit 2), store nothing, and not
    even create the archive."""
    db = tmp_path / "a.db"
    (tmp_path / "dump").mkdir()
    (tmp_path / "dump" / "a.txt").write_text("An invented page about the harbour.\n" * 20)
    result = runner.invoke(
        cli, ["dedupe", "--db", str(db), "--workers", "1", "--json",
              str(tmp_path / "dump"), str(tmp_path / "nope")]
    )
    assert result.exit_code == 2
    assert "nope" in result.output and "does not exist" in result.output
    assert "Traceback" not in result.output
    assert not db.exists()


def test_dedupe_says_a_path_named_is_a_symlink_loop_or_a_dangling_link(
    runner: CliRunner, tmp_path: Path
) -> None:
    """A symbolic link loop named on the command line (a → b → a) is no missing path: the
    message names the loop (it said "does not exist"), and a dangling link its target; still
    exit 2, nothing stored, no archive made."""
    db = tmp_path / "a.db"
    (tmp_path / "a").symlink_to("b")
    (tmp_path / "b").symlink_to("a")
    (tmp_path / "gone").symlink_to(tmp_path / "nowhere")
    result = runner.invoke(cli, ["dedupe", "--db", str(db), "--workers", "1",
                                 str(tmp_path / "a"), str(tmp_path / "gone")])
    assert result.exit_code == 2
    said = " ".join(result.output.split())
    assert f"{tmp_path / 'a'} is a symbolic link loop ({tmp_path / 'a'} → b → a)" in said, said
    assert f"{tmp_path / 'gone'} is a symbolic link to {tmp_path / 'nowhere'}" in said, said
    assert "does not exist:" not in said
    assert not db.exists()


def test_a_dump_with_no_page_fails_the_cron_job(runner: CliRunner, tmp_path: Path) -> None:
    """An empty folder, or one whose every input is unreadable, is a broken scraper: exit 4
    with the summary and a one-line reason, not a quiet night (exit 0)."""
    db = tmp_path / "a.db"
    # an archive made before (a night that reads nothing leaves none of its own behind:
    # test_a_run_that_reads_no_page_leaves_no_new_archive)
    open_archive(str(db)).close()
    empty = tmp_path / "empty"
    empty.mkdir()
    result = runner.invoke(cli, ["dedupe", "--db", str(db), "--workers", "1", str(empty)])
    assert result.exit_code == 4, result.output
    assert "no page was read" in result.output and "no input" in result.output
    assert "read nothing" in result.output and "completed" not in result.output
    garbage = tmp_path / "garbage"
    garbage.mkdir()
    (garbage / "night.jsonl").write_text("not json\n{also not\n")
    result = runner.invoke(
        cli, ["dedupe", "--db", str(db), "--workers", "1", "--json", str(garbage)]
    )
    assert result.exit_code == 4
    summary = json.loads(result.stdout)
    assert summary["pages_read"] == 0 and summary["skipped"] == {"bad-json": 2}
    assert "2 inputs skipped" in result.stderr and "Traceback" not in result.output
    # stats counts a bad input once however often its dump is re-read
    stats = json.loads(runner.invoke(cli, ["stats", "--db", str(db), "--json"]).stdout)
    assert stats["skipped_inputs"] == 2 and stats["rejections"] == 2
    runner.invoke(cli, ["dedupe", "--db", str(db), "--workers", "1", str(garbage)])
    stats = json.loads(runner.invoke(cli, ["stats", "--db", str(db), "--json"]).stdout)
    assert stats["skipped_inputs"] == 2 and stats["rejections"] == 4
    assert "skipped inputs                 2 (4 over all runs)" in runner.invoke(
        cli, ["stats", "--db", str(db)]
    ).output
    # a re-run of a night already stored read its pages: that is a success
    assert run_dedupe(runner, db)["stored"] > 0
    assert run_dedupe(runner, db)["stored"] == 0


def test_unreadable_file_inside_a_dump_is_counted_not_an_error(
    runner: CliRunner, tmp_path: Path
) -> None:
    dump = tmp_path / "dump"
    dump.mkdir()
    (dump / "a.txt").write_text(
        "\n\n".join(
            f"Paragraph {i}: the invented harbour town of Millbay opened ferry route {i} today, "
            f"carrying {i * 37} passengers past the old lighthouse and the fish market."
            for i in range(1, 9)
        )
    )
    os.mkfifo(dump / "pipe.txt")  # opening a FIFO would block forever: not a regular file
    result = runner.invoke(
        cli, ["dedupe", "--db", str(tmp_path / "a.db"), "--workers", "1", "--json", str(dump)]
    )
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert summary["stored"] == 1
    assert summary["skipped"] == {"unreadable": 1}


def test_links_inside_a_dump_are_reported_not_followed_and_the_archive_is_not_input(
    runner: CliRunner, tmp_path: Path
) -> None:
    """A link to / or to another crawl inside a dump folder would read far beyond the dump; an
    archive kept inside the dump folder it reads must not be read as pages every night."""
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    text = "\n\n".join(
        f"Paragraph {i}: the invented river port of Castlemere reopened lock {i} today after "
        f"{i * 3} weeks of repairs, letting {i * 41} barges through before nightfall."
        for i in range(1, 9)
    )
    (elsewhere / "b.txt").write_text(text)
    dump = tmp_path / "dump"
    dump.mkdir()
    (dump / "a.txt").write_text(text.replace("Castlemere", "Millbay").replace("lock", "bridge"))
    (dump / "other-crawl").symlink_to(elsewhere)
    (dump / "gone.txt").symlink_to(tmp_path / "removed-while-dumping.txt")
    db = dump / "archive.db"
    for _night in range(2):
        result = runner.invoke(cli, ["dedupe", "--db", str(db), "--json", str(dump)])
        assert result.exit_code == 0, result.output
        summary = json.loads(result.stdout)
        assert summary["skipped"] == {"symlink": 2}  # never "unsupported-file" archive.db
    problems = {e["origin"]: e["detail"] for e in summary["examples"]}
    assert str(elsewhere) in problems[str(dump / "other-crawl")]
    # Named on the command line, the link is read.
    result = runner.invoke(cli, ["dedupe", "--db", str(db), "--json", str(dump / "other-crawl")])
    assert json.loads(result.stdout)["stored"] == 1


def test_a_run_that_reads_no_page_leaves_no_new_archive(runner: CliRunner, tmp_path: Path) -> None:
    """/dev/null or an empty file (exit 4) makes no archive (nor its lock): a mistyped cron
    line must not leave an empty archive behind; an existing archive stays."""
    (tmp_path / "empty.jsonl").write_text("", encoding="utf-8")
    for inputs in (["/dev/null"], [str(tmp_path / "empty.jsonl")]):
        result = runner.invoke(cli, ["dedupe", "--db", str(tmp_path / "new.db"), *inputs])
        assert result.exit_code == 4, result.output
        assert "(1 input skipped); no archive was made" in result.stderr
        assert sorted(p.name for p in tmp_path.iterdir()) == ["empty.jsonl"]
    story = tmp_path / "story.txt"
    story.write_text("\n\n".join(invented_paragraphs(5, 6)), encoding="utf-8")
    old = str(tmp_path / "old.db")
    assert runner.invoke(cli, ["dedupe", "--db", old, "--workers", "1", str(story)]).exit_code == 0
    result = runner.invoke(cli, ["dedupe", "--db", old, "/dev/null"])
    assert result.exit_code == 4 and "no archive was made" not in result.stderr
    assert (tmp_path / "old.db").exists()


def test_a_run_whose_archive_is_not_made_names_no_run(runner: CliRunner, tmp_path: Path) -> None:
    """Newcomer 33, F17: a folder of bad files said "Run 1: read nothing", then "no archive
    was made": there is no run 1 to look up.  The summary says "No run" (--json: run_id
    null); a run into an existing archive, which keeps it, is named."""
    bad = tmp_path / "malos"
    bad.mkdir()
    (bad / "vacio.txt").write_text("", encoding="utf-8")
    (bad / "portada.html").write_bytes(b"\x00\x01\x02 not a page \x00" * 20)
    new = str(tmp_path / "new.db")
    result = runner.invoke(cli, ["dedupe", "--db", new, str(bad)])
    assert result.exit_code == 4, result.output
    assert result.stdout.startswith("No run: read nothing in ")
    assert "Run 1" not in result.output and "no archive was made" in result.stderr
    document = runner.invoke(cli, ["dedupe", "--db", new, "--json", str(bad)])
    assert document.exit_code == 4 and json.loads(document.stdout)["run_id"] is None
    story = tmp_path / "story.txt"
    story.write_text("\n\n".join(invented_paragraphs(5, 6)), encoding="utf-8")
    old = str(tmp_path / "old.db")
    assert runner.invoke(cli, ["dedupe", "--db", old, "--workers", "1", str(story)]).exit_code == 0
    kept = runner.invoke(cli, ["dedupe", "--db", old, str(bad)])
    assert kept.exit_code == 4 and kept.stdout.startswith("Run 2: read nothing in ")
    assert json.loads(runner.invoke(cli, ["dedupe", "--db", old, "--json", str(bad)]).stdout)[
        "run_id"
    ] == 3


def test_dry_run_does_not_create_the_archive(runner: CliRunner, tmp_path: Path) -> None:
    db = tmp_path / "new.db"
    summary = run_dedupe(runner, db, "--dry-run")
    assert summary["stored"] > 0 and summary["dry_run"] is True
    assert not db.exists()


def test_a_dry_run_names_no_run_to_look_up(runner: CliRunner, tmp_path: Path) -> None:
    # A dry run rolls its run back: pointing at `clipper rejections --run N` (or printing N)
    # sends the user to a run that does not exist.
    db = tmp_path / "a.db"
    run_dedupe(runner, db)
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{broken\n" * 12, encoding="utf-8")
    args = ["dedupe", "--db", str(db), "--workers", "1", "--dry-run", str(FIXTURES), str(bad)]
    text = runner.invoke(cli, args)
    assert text.exit_code == 0, text.output
    assert "first problems:" in text.output and "clipper rejections --run" not in text.output
    assert "a dry run keeps none of them" in text.output
    summary = json.loads(runner.invoke(cli, [*args, "--json"]).stdout)
    assert summary["dry_run"] is True and summary["run_id"] is None
    listed = runner.invoke(cli, ["rejections", "--db", str(db)])
    assert "bad.jsonl" not in listed.output


def test_a_server_that_refuses_the_connection_is_one_line(runner: CliRunner) -> None:
    # Nothing listens on port 1: psycopg's message says so on two lines ("Connection refused",
    # then a tab and "Is the server running on that host…"); clipper's errors are one line.
    pytest.importorskip("psycopg", reason="clipper[postgresql] is not installed")
    result = runner.invoke(
        cli, ["stats", "--db", "postgresql+psycopg://clipper@127.0.0.1:1/news"]
    )
    assert result.exit_code == 1
    (line,) = result.output.strip().splitlines()
    assert line.startswith("Error: cannot open archive") and "refused" in line


def test_unknown_schema_revision_is_refused(runner: CliRunner, tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    run_dedupe(runner, db)
    with sqlite3.connect(db) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'f00dfeed'")
    result = runner.invoke(cli, ["export", "--db", str(db)])
    assert result.exit_code == 1
    assert "f00dfeed" in result.output and "newer clipper" in result.output


def test_export_jsonl_and_csv_have_the_documented_fields(
    runner: CliRunner, tmp_path: Path
) -> None:
    db = tmp_path / "a.db"
    summary = run_dedupe(runner, db)
    lines = runner.invoke(cli, ["export", "--db", str(db)]).stdout.splitlines()
    records = [json.loads(line) for line in lines]
    assert len(records) == summary["stored"]
    assert all(list(r) == FIELDS for r in records)
    # added at the end, never moved
    assert FIELDS[-18:] == [
        "page_id", "fetched_at", "version", "language", "date_source", "last_fetched_at",
        "author", "published_zoneless", "canonical_url", "story_url", "published_utc",
        "published_from", "published_to", "region", "updated", "partial", "changed_run",
        "published_local",
    ]
    assert len({r["page_id"] for r in records}) == len(records)
    assert any(r["fetched_at"] for r in records) and all(r["version"] >= 1 for r in records)
    canonicals = [r for r in records if r["is_canonical"]]
    assert all(r["similarity"] == 1.0 for r in canonicals)
    assert len(canonicals) == len({r["cluster_id"] for r in records})
    out = runner.invoke(cli, ["export", "--db", str(db), "--format", "csv", "--with-text"]).stdout
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == summary["stored"]
    assert rows[0].keys() >= {*FIELDS, "text"} and all(row["text"] for row in rows)
    # booleans as every CSV reader takes them, one canonical per cluster as in JSON Lines
    assert {row["is_canonical"] for row in rows} == {"true", "false"}
    assert sum(row["is_canonical"] == "true" for row in rows) == len(canonicals)


def test_export_of_a_missing_archive_is_a_clear_error(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(cli, ["export", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1
    assert "no archive" in result.output
    assert not (tmp_path / "none.db").exists()


def test_export_to_a_file_is_written_whole_and_counted(runner: CliRunner, tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    summary = run_dedupe(runner, db)
    out = tmp_path / "clips.jsonl"
    result = runner.invoke(cli, ["export", "--db", str(db), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert len(out.read_text().splitlines()) == summary["stored"]
    assert f"{summary['stored']} pages written to {out}" in result.stderr
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".partial")] == []
    # -o into a folder that does not exist is bad usage, found before any work (as digest -o)
    missing = runner.invoke(cli, ["export", "--db", str(db), "-o", str(tmp_path / "no/x.csv")])
    assert missing.exit_code == 2 and "does not exist" in missing.output


def test_a_database_that_is_not_an_archive_is_refused_and_left_alone(
    runner: CliRunner, tmp_path: Path
) -> None:
    """Someone else's SQLite database is never given clipper's tables, by any command; a file
    that is not a database at all gets the driver's reason on one line."""
    other = tmp_path / "crm.db"
    with sqlite3.connect(other) as connection:
        connection.execute("create table customers (name text)")
    for args in (["search", "x"], ["dedupe", "--workers", "1", str(FIXTURES / "text")]):
        result = runner.invoke(cli, [*args, "--db", str(other)])
        assert result.exit_code == 1
        assert "not a clipper archive" in result.output and "customers" in result.output
    with sqlite3.connect(other) as connection:
        tables = connection.execute("select name from sqlite_master where type='table'")
        assert [name for (name,) in tables] == ["customers"]
    garbage = tmp_path / "notes.db"
    garbage.write_text("not a database\n")
    result = runner.invoke(cli, ["stories", "--db", str(garbage)])
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        f"Error: cannot open archive sqlite:///{garbage}: file is not a database"
    ]


def test_rejections_lists_every_input_a_run_could_not_store(
    runner: CliRunner, tmp_path: Path
) -> None:
    db = tmp_path / "a.db"
    summary = run_dedupe(runner, db)
    listed = runner.invoke(cli, ["rejections", "--db", str(db), "--json", "--limit", "1000"])
    assert listed.exit_code == 0, listed.output
    rows = [json.loads(line) for line in listed.stdout.splitlines()]
    assert len(rows) == summary["skipped_total"]  # every problem, none of the housekeeping
    assert {r["reason"] for r in rows} == set(summary["skipped"])
    assert all(r["run_id"] == summary["run_id"] and r["origin"] and r["detail"] for r in rows)
    # a WARC's request/metadata records are not problems: counted apart, listed with --all
    assert summary["not_pages"]["warc-request"] >= 1
    assert "warc-request" not in summary["skipped"]
    everything = runner.invoke(cli, ["rejections", "--db", str(db), "--all", "--json",
                                     "--limit", "1000"])
    assert len(everything.stdout.splitlines()) == len(rows) + sum(summary["not_pages"].values())
    one = runner.invoke(cli, ["rejections", "--db", str(db), "--reason", "binary"])
    assert one.exit_code == 0
    assert "broken/logo.html: binary" in one.output and "unsupported-file" not in one.output
    cut = runner.invoke(cli, ["rejections", "--db", str(db), "--limit", "1"])
    assert "there are more: raise --limit" in cut.output
    missing = runner.invoke(cli, ["rejections", "--db", str(db), "--run", "99"])
    assert missing.exit_code == 1 and "no run 99" in missing.output
    # a mistyped reason is bad usage naming the reasons there are, not an empty list; the
    # human summary names the housekeeping by the reasons --reason takes
    typo = runner.invoke(cli, ["rejections", "--db", str(db), "--reason", "bad-jsn"])
    assert typo.exit_code == 2 and "bad-jsn" in typo.output and "bad-json" in typo.output
    human = runner.invoke(cli, ["dedupe", "--db", str(db), "--workers", "1", str(FIXTURES)])
    assert "warc-request" in human.output
    asked = runner.invoke(cli, ["rejections", "--db", str(db), "--reason", "warc-request"])
    assert asked.exit_code == 0 and "warc-request" in asked.output


def test_every_reason_a_run_records_is_in_the_vocabulary() -> None:
    """--reason checks against ALL_REASONS: a reason written in the code but missing there
    could never be listed by name."""
    import re

    from clipper.rejections import ALL_REASONS

    source = Path(__file__).resolve().parent.parent / "clipper"
    written: set[str] = set()
    for path in source.rglob("*.py"):
        code = path.read_text(encoding="utf-8")
        written |= set(re.findall(r'Rejection\(\s*[\w.\[\]"]+,\s*"([a-z-]+)"', code))
        written |= set(re.findall(r'_Verdict\(\s*"([a-z-]+)"', code))
    assert len(written) >= 15
    assert written <= ALL_REASONS, written - ALL_REASONS


def test_every_command_help_has_an_example(runner: CliRunner) -> None:
    assert {"dedupe", "export"} <= set(cli.commands)
    for command in cli.commands:
        result = runner.invoke(cli, [command, "--help"])
        assert result.exit_code == 0 and "Example:" in result.output, command


@pytest.mark.parametrize("command", [["clusters"], ["search", "harbour"], ["stories"]])
def test_a_count_below_one_says_so_without_a_64_bit_range(
    runner: CliRunner, tmp_path: Path, command: list[str]
) -> None:
    result = runner.invoke(cli, [*command, "--db", str(tmp_path / "a.db"), "--limit", "0"])
    assert result.exit_code == 2
    assert "0 is too small: give 1 or more" in result.output
    assert "4611686018427387904" not in result.output
    result = runner.invoke(cli, [*command, "--db", str(tmp_path / "a.db"), "--limit", "9" * 30])
    assert result.exit_code == 2 and "is too large" in result.output


def test_a_folder_given_as_the_archive_names_the_file_to_give(
    runner: CliRunner, tmp_path: Path
) -> None:
    folder = tmp_path / "archives"
    folder.mkdir()
    for command in (["dedupe", str(tmp_path)], ["stats"]):
        result = runner.invoke(cli, [*command, "--db", str(folder)])
        assert result.exit_code == 1
        assert f"{folder} is a folder: --db takes the archive's file, e.g. {folder}/clipper.db" in (
            result.output
        )


@pytest.mark.parametrize("command", [["clusters"], ["stories"], ["search", "harbour OR strike"]])
def test_a_json_list_cut_by_limit_says_so_on_stderr(
    runner: CliRunner, tmp_path: Path, command: list[str]
) -> None:
    """``clusters --json > all.jsonl`` must not pass a first page off as the whole list."""
    db = tmp_path / "a.db"
    run_dedupe(runner, db)
    cut = runner.invoke(cli, [*command, "--db", str(db), "--json", "--limit", "1"])
    assert cut.exit_code == 0, cut.output
    assert len(cut.stdout.splitlines()) == 1
    assert "the first 1 shown, there are more: raise --limit" in cut.stderr
    whole = runner.invoke(cli, [*command, "--db", str(db), "--json", "--limit", "1000"])
    assert len(whole.stdout.splitlines()) > 1 and whole.stderr == ""


def test_export_to_a_folder_is_refused_before_any_work(runner: CliRunner, tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    run_dedupe(runner, db)
    result = runner.invoke(cli, ["export", "--db", str(db), "-o", str(tmp_path)])
    assert result.exit_code == 2 and "is a folder: give a file's name in it" in result.output
    assert not list(tmp_path.glob("*.partial"))


def test_a_file_without_a_url_read_again_from_another_folder_is_already_archived(
    runner: CliRunner, tmp_path: Path
) -> None:
    """A nightly cron reads dumps/DATE/: yesterday's unchanged text dump (no URL) in tonight's
    folder is the same page, already archived, not a new page that can take over its
    cluster's canonical; two byte-identical files in one dump are one page; a file re-saved at
    its path with new text is still the next version of its page."""
    night1, night2 = tmp_path / "2026-11-30", tmp_path / "2026-12-01"
    for night in (night1, night2):
        night.mkdir()
    text = (FIXTURES / "text" / "harbor-strike-dump.txt").read_bytes()
    (night1 / "strike.txt").write_bytes(text)
    (night1 / "z-copy.txt").write_bytes(text)  # the same bytes twice in one dump (read 2nd)
    (night2 / "strike-again.txt").write_bytes(text)  # yesterday's file in tonight's folder
    (night2 / "other.txt").write_bytes((FIXTURES / "text" / "lighthouse-restoration.txt")
                                       .read_bytes())
    db = tmp_path / "a.db"

    def dedupe(folder: Path) -> dict[str, Any]:
        result = runner.invoke(cli, ["dedupe", "--db", str(db), "--workers", "1", "--json",
                                     str(folder)])
        assert result.exit_code == 0, result.output
        return dict(json.loads(result.stdout))

    first = dedupe(night1)
    assert (first["stored"], first["skipped"]) == (1, {"duplicate": 1})
    second = dedupe(night2)
    assert (second["already_archived"], second["stored"], second["canonical_changes"]) == (1, 1, 0)
    # the same path with new text: version 2 of its page
    (night1 / "strike.txt").write_bytes(text + b"\nUpdate: the strike ended on Friday.\n")
    third = dedupe(night1)
    assert third["stored"] == 1
    with sqlite3.connect(db) as connection:
        versions = connection.execute(
            "SELECT version FROM pages WHERE origin = ? ORDER BY version",
            (str(night1 / "strike.txt"),),
        ).fetchall()
    assert versions == [(1,), (2,)]


def test_first_problems_are_the_first_in_input_order_whatever_order_they_came_in() -> None:
    """Workers finish in any order: the summary keeps, per reason, the first problems of the
    dump as it is read (wire.jsonl:9 before wire.jsonl:10), so identical runs print the same."""
    from clipper.page import Rejection
    from clipper.summary import RunSummary
    from clipper.summarytext import run_summary

    origins = [f"/d/wire.jsonl:{n}" for n in (178, 9, 148, 10, 2000)]
    printed = []
    for order in (origins, list(reversed(origins))):
        summary = RunSummary(run_id=1, status="completed", pages_read=5)
        for origin in order:
            summary.note_rejection(Rejection(origin, "too-short", "3 words"))
        assert [e["origin"] for e in summary.examples] == [
            "/d/wire.jsonl:9", "/d/wire.jsonl:10", "/d/wire.jsonl:148"
        ]
        printed.append(run_summary(summary))
    assert printed[0] == printed[1]


def test_first_problems_of_several_kinds_are_listed_in_input_order() -> None:
    """The first of each kind is chosen before the next of a kind, but the list reads in the
    order the run read its inputs (newcomer 24 finding 21: line 6's ``truncated`` was printed
    between lines 2 and 4's unread dates)."""
    from clipper.page import Rejection
    from clipper.summary import RunSummary
    from clipper.summarytext import run_summary

    summary = RunSummary(run_id=1, status="completed", pages_read=6)
    for origin, reason in (
        ("/d/items.jsonl.gz:2", "too-short"), ("/d/items.jsonl.gz:4", "too-short"),
        ("/d/items.jsonl.gz:6", "truncated"), ("/d/a.warc@90", "corrupt"),
    ):
        summary.note_rejection(Rejection(origin, reason, "detail"))
    listed = [
        line.split(": ")[0].strip()
        for line in run_summary(summary).split("first problems:\n")[1].splitlines()
        if line.startswith("    ")
    ]
    assert listed == [
        "/d/a.warc@90", "/d/items.jsonl.gz:2", "/d/items.jsonl.gz:4", "/d/items.jsonl.gz:6"
    ]
