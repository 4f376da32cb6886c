"""A CSV export and the byte-order mark (session 51): Excel on Windows reads a CSV without one
in the machine's code page and shows Thai, Hebrew, Vietnamese (any letter beyond ASCII)
garbled.  Plain CSV stays UTF-8 without the mark, as programs read it (Python's csv module,
pandas, PostgreSQL's COPY: the first header stays ``url``); ``--excel`` writes it
(``utf-8-sig``, to a file and to standard output), and a plain CSV file holding such letters
says on stderr how to get it.  Every page here is invented."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from clipper.cli import cli

TITLES = {
    "https://khao.example/th/ferry": "เรือข้ามฟากหยุดวิ่งชั่วคราวหลังพายุ",
    "https://yomi.example/he/ferry": "המעבורת הופסקה זמנית אחרי הסערה",
    "https://tin.example/vi/ferry": "Phà tạm ngừng hoạt động sau cơn bão",
}
BODIES = {
    "https://khao.example/th/ferry": (
        "เจ้าหน้าที่ท่าเรือประกาศหยุดเดินเรือข้ามฟากระหว่างเกาะทั้งสองแห่งเป็นเวลาสามวัน "
        "หลังจากพายุทำให้ท่าเทียบเรือเสียหาย และจะตรวจสอบความปลอดภัยก่อนเปิดให้บริการอีกครั้ง"
    ),
    "https://yomi.example/he/ferry": (
        "רשות הנמל הודיעה כי המעבורת בין שני האיים תופסק לשלושה ימים לאחר "
        "שהסערה פגעה ברציף, והבדיקות יסתיימו לפני שהשירות יחודש לנוסעים ולרכבים."
    ),
    "https://tin.example/vi/ferry": (
        "Ban quản lý cảng cho biết phà giữa hai đảo sẽ tạm ngừng ba ngày "
        "sau khi cơn bão làm hỏng bến, và việc kiểm tra an toàn sẽ hoàn tất trước khi mở lại."
    ),
}
ASCII_ONLY = {
    "https://harbour.example/ferry": (
        "Ferry halted after storm",
        "The harbour authority halted the ferry between the two islands for three days after "
        "the storm damaged the pier, and inspections will finish before the service resumes.",
    )
}
NOTE = "without a byte-order mark"


def archive(tmp_path: Path, pages: dict[str, tuple[str, str]]) -> Path:
    dump = tmp_path / "dump"
    dump.mkdir()
    rows = [
        json.dumps({"url": url, "title": title, "text": text, "published": "2026-12-06"})
        for url, (title, text) in pages.items()
    ]
    (dump / "records.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")
    db = tmp_path / "clipper.db"
    done = CliRunner().invoke(cli, ["dedupe", "--db", str(db), str(dump)])
    assert done.exit_code == 0, done.output
    return db


@pytest.fixture(scope="module")
def scripts_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("scripts")
    return archive(folder, {url: (TITLES[url], BODIES[url]) for url in TITLES})


def titles(data: bytes, encoding: str) -> dict[str, str]:
    return {row["url"]: row["title"] for row in csv.DictReader(io.StringIO(data.decode(encoding)))}


def test_plain_csv_has_no_mark_and_says_how_to_get_one(scripts_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "clips.csv"
    result = CliRunner().invoke(
        cli, ["export", "--db", str(scripts_db), "--format", "csv", "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    data = out.read_bytes()
    assert data.startswith(b"url,")  # a program's csv reader gets "url", not "\ufeffurl"
    assert titles(data, "utf-8") == TITLES
    assert NOTE in result.stderr and "--excel" in result.stderr


@pytest.mark.parametrize("delimiter", [",", ";", "tab"])
def test_excel_csv_has_the_mark_and_reads_back(
    scripts_db: Path, tmp_path: Path, delimiter: str
) -> None:
    out = tmp_path / "clips.csv"
    result = CliRunner().invoke(
        cli,
        ["export", "--db", str(scripts_db), "--excel", "--delimiter", delimiter, "-o", str(out)],
    )
    assert result.exit_code == 0, result.output
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfurl")
    separator = "\t" if delimiter == "tab" else delimiter
    rows = csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=separator)
    assert {row["url"]: row["title"] for row in rows} == TITLES
    assert NOTE not in result.stderr


def test_excel_csv_on_standard_output_has_the_mark(scripts_db: Path) -> None:
    result = CliRunner().invoke(cli, ["export", "--db", str(scripts_db), "--excel"])
    assert result.exit_code == 0, result.output
    assert result.stdout_bytes.startswith(b"\xef\xbb\xbfurl")
    assert result.stdout_bytes.count(b"\xef\xbb\xbf") == 1
    assert titles(result.stdout_bytes, "utf-8-sig") == TITLES


def test_an_ascii_csv_needs_no_note(tmp_path: Path) -> None:
    db = archive(tmp_path, ASCII_ONLY)
    out = tmp_path / "clips.csv"
    result = CliRunner().invoke(cli, ["export", "--db", str(db), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_bytes().startswith(b"url,")
    assert NOTE not in result.stderr


def test_json_lines_needs_no_note(scripts_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "clips.jsonl"
    result = CliRunner().invoke(cli, ["export", "--db", str(scripts_db), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert NOTE not in result.stderr
