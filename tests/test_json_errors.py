"""Errors under ``--json`` (newcomer 30's finding 20): a script reading a command's ``--json``
output gets a JSON object on stdout for every error, bad usage included ({"error", "exit_code"},
the message stderr shows and the process's exit code), not an empty stdout beside usage text;
without ``--json`` stdout stays empty."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from clipper.archive import Archive
from clipper.cli import cli
from clipper.summary import RunSummary
from tests.conftest import copy_archive


@pytest.fixture(scope="module")
def db(
    fixture_archive: tuple[Archive, RunSummary], tmp_path_factory: pytest.TempPathFactory
) -> Path:
    return copy_archive(fixture_archive[0], tmp_path_factory.mktemp("json-errors") / "c.db")


def invoke(*args: str) -> Result:
    result = CliRunner().invoke(cli, list(args), prog_name="clipper")
    assert "Traceback" not in result.output, result.output
    return result


def error_object(result: Result) -> dict[str, object]:
    """The one JSON line on stdout, checked against stderr and the exit code."""
    lines = result.stdout.splitlines()
    assert len(lines) == 1, result.stdout
    document = json.loads(lines[0])
    assert document["exit_code"] == result.exit_code
    assert f"Error: {document['error']}" in result.stderr
    return document


# command lines that are bad usage (exit code 2) for each command with --json, the
# message's words
USAGE_ERRORS = [
    (["dedupe", "--json", "{tmp}/no-such-dump"], "does not exist"),
    (["dedupe", "--json", "--db", "{tmp}/new.db"], "Missing argument"),
    (["search", "--json", "--db", "{db}", "harbour AND ("], ""),
    (["search", "--json", "--db", "{db}", "--since", "the day before", "harbour"], "--since"),
    (["search", "--db", "{db}", "--json"], "Missing argument"),
    (["show", "--json", "--db", "{db}", "page:twelve"], "page:NUMBER"),
    (["show", "--json", "--db", "{db}", "story:1", "--diff"], "--diff"),
    (["clusters", "--json", "--db", "{db}", "--limit", "0"], "too small"),
    (["clusters", "--json", "--db", "{db}", "--sortt", "recent"], "No such option"),
    (["stories", "--json", "--db", "{db}", "--until", "someday"], "--until"),
    (["stats", "--db", "{db}", "--json", "--bogus"], "No such option"),
    (["rejections", "--json", "--db", "{db}", "--limit", "-3"], "too small"),
    (["watch", "list", "--json", "--db", "{db}", "extra"], "unexpected extra argument"),
    (["--json", "stats", "--db", "{db}"], "options go after the command name"),
]


@pytest.mark.parametrize("args", USAGE_ERRORS, ids=lambda case: " ".join(case[0][:3]))
def test_bad_usage_under_json_prints_an_error_object(
    db: Path, tmp_path: Path, args: tuple[list[str], str]
) -> None:
    words, message = args
    line = [word.format(db=db, tmp=tmp_path) for word in words]
    result = invoke(*line)
    assert result.exit_code == 2, result.output
    document = error_object(result)
    assert message in str(document["error"])
    # the usage text stays on stderr for people
    assert "Usage:" in result.stderr
    # and without --json (an error still, but for "--json" put before the command) stdout
    # stays empty
    plain = invoke(*(word for word in line if word != "--json"))
    assert plain.exit_code == (0 if words[0] == "--json" else 2)
    if plain.exit_code:
        assert plain.stdout == ""


def test_a_failure_under_json_prints_an_error_object(db: Path, tmp_path: Path) -> None:
    missing = invoke("show", "--json", "--db", str(db), "987654")
    assert missing.exit_code == 1
    assert "no cluster 987654" in str(error_object(missing)["error"])
    absent = invoke("stats", "--json", "--db", str(tmp_path / "none.db"))
    assert absent.exit_code == 1
    assert "no archive at" in str(error_object(absent)["error"])
    # without --json: stderr only
    plain = invoke("show", "--db", str(db), "987654")
    assert plain.exit_code == 1 and plain.stdout == ""


def test_json_after_a_double_dash_is_a_query_word_not_the_option(db: Path) -> None:
    """``--`` ends the options: a "--json" after it is searched for, so an error before it is
    reported as without --json."""
    result = invoke("search", "--db", str(db), "--since", "the day before", "--", "--json")
    assert result.exit_code == 2 and result.stdout == ""


def test_a_command_that_succeeds_prints_no_error_object(db: Path) -> None:
    result = invoke("stats", "--json", "--db", str(db))
    assert result.exit_code == 0
    assert "error" not in json.loads(result.stdout)
