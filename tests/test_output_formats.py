"""``-o FILE`` without ``--format`` writes what the file's name says (newcomer 26 finding 13:
``clipper export -o out.xlsx`` wrote JSON Lines into out.xlsx, and the same for .csv, .md and
.html names); a name that contradicts ``--format`` (or ``--excel``), or one the command writes no
format for, is a usage error before any work, leaving no file.  The same for every command with
``-o`` and ``--format``: export and digest.

Fixtures: invented news-please-style records in three languages, one run.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from openpyxl import load_workbook

from clipper.cli import cli
from tests.conftest import records_archive

_RECORDS = [
    {
        "url": "https://westmere-courier.example/port/cranes",
        "title": "Westmere's new cranes to start work in spring",
        "date_publish": "2026-11-02 08:00:00",
        "maintext": "The harbour authority of Westmere said on Tuesday that its four new "
        "container cranes would begin service next spring after months of delay at the "
        "builder's yard.\nDockworkers' representatives said they had been promised "
        "training before the cranes arrive, and asked for a timetable in writing.",
    },
    {
        "url": "https://hafenblatt.example/westmere/kraene",
        "title": "Neue Kräne in Westmere sollen im Frühjahr starten",
        "date_publish": "2026-11-02 09:30:00",
        "maintext": "Die Hafenbehörde von Westmere teilte am Dienstag mit, dass die vier neuen "
        "Containerkräne nach monatelanger Verzögerung im nächsten Frühjahr in Betrieb gehen "
        "sollen.\nDie Vertreter der Hafenarbeiter verlangten einen schriftlichen Zeitplan "
        "für die versprochenen Schulungen.",
    },
    {
        "url": "https://minato-shimbun.example/2026/11/03/crane",
        "title": "ウェストミア港の新クレーン、来春稼働へ",
        "date_publish": "2026-11-03 01:00:00",
        "maintext": "ウェストミア港湾局は火曜日、新しいコンテナクレーン四基が数か月の遅れの後、"
        "来春に稼働を開始すると発表した。\n港湾労働者の代表は、クレーン到着前の研修の日程を"
        "書面で示すよう求めた。",
    },
]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return records_archive(tmp_path_factory.mktemp("formats"), _RECORDS)


def run(db: Path, *args: str) -> Result:
    result = CliRunner().invoke(cli, [*args, "--db", str(db)])
    assert "Traceback" not in result.output, result.output
    return result


def _exported_urls(path: Path, fmt: str) -> set[str]:
    """The addresses an export file holds, read as ``fmt`` (fails when it is another)."""
    if fmt == "xlsx":
        sheet = load_workbook(path, read_only=True).worksheets[0]
        rows = list(sheet.iter_rows(values_only=True))
        column = list(rows[0]).index("url")
        return {str(row[column]) for row in rows[1:]}
    if fmt == "jsonl":
        return {json.loads(line)["url"] for line in path.read_text("utf-8").splitlines()}
    text = path.read_text("utf-8-sig")
    delimiter = "\t" if path.suffix.lower() == ".tsv" else ","
    assert text.splitlines()[0].startswith(f"url{delimiter}origin{delimiter}")
    return {row["url"] for row in csv.DictReader(text.splitlines(), delimiter=delimiter)}


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("clippings.xlsx", "xlsx"),
        ("clippings.csv", "csv"),
        ("Clippings.CSV", "csv"),
        ("clippings.tsv", "csv"),
        ("clippings.jsonl", "jsonl"),
        ("clippings.ndjson", "jsonl"),
        ("clippings.jl", "jsonl"),
        ("clippings", "jsonl"),  # no extension: the default
    ],
)
def test_export_writes_the_format_the_file_name_says(
    db: Path, tmp_path: Path, name: str, fmt: str
) -> None:
    out = tmp_path / name
    result = run(db, "export", "-o", str(out))
    assert result.exit_code == 0, result.output
    assert _exported_urls(out, fmt) == {record["url"] for record in _RECORDS}


@pytest.mark.parametrize(
    ("args", "name", "message"),
    [
        ([], "clippings.md", ".md is no format this command writes"),
        ([], "clippings.html", "csv (.csv .tsv)"),
        ([], "clippings.json", "or give --format"),
        ([], "clippings.xls", "-o FILE.xlsx"),
        (["--format", "csv"], "clippings.xlsx", "--format csv writes csv"),
        (["--format", "jsonl"], "clippings.csv", "name the file .jsonl or .jl or .ndjson"),
        (["--format", "xlsx"], "clippings.jsonl", "leave out --format to write jsonl"),
    ],
)
def test_export_refuses_a_name_that_contradicts_or_names_no_format(
    db: Path, tmp_path: Path, args: list[str], name: str, message: str
) -> None:
    out = tmp_path / name
    result = run(db, "export", *args, "-o", str(out))
    assert result.exit_code == 2, result.output
    assert message in result.output
    assert list(tmp_path.iterdir()) == []  # nothing written, no partial file


@pytest.mark.parametrize(
    ("args", "name", "fmt"),
    [
        (["--excel"], "clippings.xlsx", "xlsx"),
        (["--excel"], "Clippings.XLSX", "xlsx"),
        (["--excel", "--format", "xlsx"], "clippings.xlsx", "xlsx"),
        (["--excel"], "clippings.csv", "csv"),
    ],
)
def test_export_excel_writes_a_workbook_for_an_xlsx_name_and_csv_otherwise(
    db: Path, tmp_path: Path, args: list[str], name: str, fmt: str
) -> None:
    # newcomer 27: "export --excel -o x.xlsx" is an analyst's natural command for Excel; it was
    # refused ("--excel writes csv"), though the workbook is what Excel opens right everywhere
    out = tmp_path / name
    result = run(db, "export", *args, "-o", str(out))
    assert result.exit_code == 0, result.output
    assert _exported_urls(out, fmt) == {record["url"] for record in _RECORDS}
    if fmt == "csv":
        assert out.read_bytes().startswith(b"\xef\xbb\xbf")  # --excel's CSV keeps its BOM


def test_export_keeps_an_explicit_format_for_a_name_it_does_not_know(
    db: Path, tmp_path: Path
) -> None:
    out = tmp_path / "clippings.2026-12-04"
    result = run(db, "export", "--format", "csv", "-o", str(out))
    assert result.exit_code == 0, result.output
    assert out.read_text("utf-8").startswith("url,origin,")


def test_export_tsv_is_tab_separated_unless_a_delimiter_is_given(
    db: Path, tmp_path: Path
) -> None:
    out = tmp_path / "clippings.tsv"
    assert run(db, "export", "--delimiter", ";", "-o", str(out)).exit_code == 0
    assert out.read_text("utf-8").startswith("url;origin;")


@pytest.mark.parametrize(
    ("name", "check"),
    [
        ("digest.html", lambda text: text.lstrip().lower().startswith("<!doctype html")),
        ("digest.HTM", lambda text: "<html" in text.lower()),
        ("digest.json", lambda text: isinstance(json.loads(text), dict)),
        ("digest.atom", lambda text: "http://www.w3.org/2005/Atom" in text),
        ("digest.xml", lambda text: "http://www.w3.org/2005/Atom" in text),
        ("digest.txt", lambda text: "<" not in text.split("\n", 1)[0] and "ウェストミア" in text),
    ],
)
def test_digest_writes_the_format_the_file_name_says(
    db: Path, tmp_path: Path, name: str, check: object
) -> None:
    out = tmp_path / name
    result = run(db, "digest", "--no-record", "--since", "3650d", "-o", str(out))
    assert result.exit_code == 0, result.output
    assert callable(check) and check(out.read_text("utf-8")), out.read_text("utf-8")[:300]


@pytest.mark.parametrize(
    ("args", "name", "message"),
    [
        ([], "digest.md", ".md is no format this command writes"),
        ([], "digest.pdf", "html (.html .htm)"),
        (["--format", "text"], "digest.html", "--format text writes text"),
        (["--format", "html"], "digest.json", "leave out --format to write json"),
    ],
)
def test_digest_refuses_a_name_that_contradicts_or_names_no_format(
    db: Path, tmp_path: Path, args: list[str], name: str, message: str
) -> None:
    out = tmp_path / name
    result = run(db, "digest", "--no-record", "--since", "3650d", *args, "-o", str(out))
    assert result.exit_code == 2, result.output
    assert message in result.output
    assert list(tmp_path.iterdir()) == []


def test_digest_eml_is_an_email_and_needs_its_recipients(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "digest.eml"
    refused = run(db, "digest", "--no-record", "--since", "3650d", "-o", str(out))
    assert refused.exit_code == 2 and "--to" in refused.output
    sent = run(db, "digest", "--no-record", "--since", "3650d", "--to", "desk@example.org",
               "-o", str(out))  # fmt: skip
    assert sent.exit_code == 0, sent.output
    assert "To: desk@example.org" in out.read_text("utf-8")
