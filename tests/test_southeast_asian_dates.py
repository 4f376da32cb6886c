"""Thai dates with the Buddhist Era's year of two digits after a Thai month ("12 มี.ค. 69 09:05
น.", "3 พ.ย.69", "28 กุมภาพันธ์ 70", Thai digits "๓ ธ.ค. ๖๙": 69 is 2569, 2026) and with the
era's mark before a year of four ("5 มกราคม พ.ศ. 2570", "วันอังคารที่ 3 มีนาคม พ.ศ. 2569") are
read as a page's, a record's and a dump's date (newcomer 50b, finding 1: Thai Rath's and
Khaosod's date lines were not read and not counted, so the agency's own pages showed as
archived and a copy took the canonical).  Two digits are a year only after a day and a Thai
month, never alone nor in another language's date, and never the hour of a time ("7 ธ.ค. 15.20
น." has no year).  A Thai date not read is counted.  Lao's, Khmer's and Burmese's words for
day, month and year around a date's numbers are read past too.  Every page here is
invented."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from clipper.cli import cli
from clipper.localdates import ascii_date_digits, common_era, local_date, names_a_month
from clipper.monthnames import thai_year_in_full

READ = [
    ("12 มี.ค. 69 09:05 น.", "2026-03-12T09:05:00"),
    ("12 มี.ค.69 09:05 น.", "2026-03-12T09:05:00"),
    ("3 พ.ย.69", "2026-11-03"),
    ("3 พ.ย. 69", "2026-11-03"),
    ("28 กุมภาพันธ์ 70", "2027-02-28"),
    ("๓ ธ.ค. ๖๙ ๐๘:๔๕ น.", "2026-12-03T08:45:00"),
    ("5 มกราคม พ.ศ. 2570", "2027-01-05"),
    ("วันอังคารที่ 3 มีนาคม พ.ศ. 2569", "2026-03-03"),
    ("3 มีนาคม ค.ศ. 2026", "2026-03-03"),
    # the forms read before stay read
    ("12 มี.ค. 2569 09:05 น.", "2026-03-12T09:05:00"),
    ("วันที่ 3 มีนาคม 2569 - 10:15 น.", "2026-03-03T10:15:00"),
]


@pytest.mark.parametrize(("line", "iso"), READ)
def test_a_thai_date_is_read(line: str, iso: str) -> None:
    text = ascii_date_digits(line)
    assert local_date(text) == iso
    assert names_a_month(text, "th")
    # the readers that look for a Common Era year first see it too
    assert iso[:4] in common_era(text)


NOT_A_YEAR = [
    "7 ธ.ค. 15.20 น.",  # a time, its hour after the month
    "7 ธ.ค. 15:20 น.",
    "69",
    "ราคา 69 บาท",
    "ฉบับที่ 12 มี.ค. 690",  # three digits: no year of two
]


@pytest.mark.parametrize("line", NOT_A_YEAR)
def test_two_digits_are_no_year_without_a_thai_day_and_month(line: str) -> None:
    assert local_date(line) is None
    assert not names_a_month(line, "th")
    assert thai_year_in_full(line) == line


def test_another_languages_two_digits_stay_unread() -> None:
    assert local_date("7 Dec 69") is None
    assert thai_year_in_full("7 Dec 69") == "7 Dec 69"


def test_a_thai_date_not_read_is_counted() -> None:
    # 31 February: a date by its look, no day of the calendar
    assert local_date("31 ก.พ. 69 10:00 น.") is None
    assert names_a_month("31 ก.พ. 69 10:00 น.", "th")


BODY = (
    "<p>เทศบาลบ้านริมน้ำเปิดสะพานคนเดินข้ามคลองแห่งใหม่อย่างเป็นทางการ "
    "โดยสะพานยาวหนึ่งร้อยแปดสิบเมตรและมีทางลาดสำหรับรถเข็นทั้งสองฝั่ง "
    "นายกเทศมนตรีกล่าวว่าสะพานนี้จะช่วยให้ชาวบ้านเดินทางไปตลาดได้สะดวกขึ้นมาก</p>"
    "<p>เจ้าหน้าที่ระบุว่าการก่อสร้างใช้งบประมาณราวสี่สิบล้านบาท "
    "และคาดว่าจะมีผู้ใช้สะพานมากกว่าสามพันคนต่อวันในช่วงเทศกาลปีใหม่</p>"
)


def _page(title: str, date_line: str) -> str:
    return (
        f'<html lang="th"><head><meta charset="utf-8"><title>{title}</title></head><body>'
        f'<article><h1>{title}</h1><div class="date">{date_line}</div>{BODY}</article>'
        "</body></html>"
    )


def test_pages_are_dated_through_a_run(tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    lines = {
        "short.html": "12 มี.ค. 69 09:05 น.",
        "digits.html": "๑๒ มี.ค. ๖๙ ๐๙:๐๕ น.",
        "era.html": "วันพฤหัสบดีที่ 12 มีนาคม พ.ศ. 2569",
        "unread.html": "31 ก.พ. 69 10:00 น.",
    }
    for name, line in lines.items():
        (folder / name).write_text(_page("สะพานคนเดินแห่งใหม่", line), encoding="utf-8")
    db = str(tmp_path / "a.db")
    runner = CliRunner()
    run = runner.invoke(cli, ["dedupe", "--db", db, str(folder)])
    assert run.exit_code == 0, run.output
    # the one whose date is no day is counted, not left undated without a word
    assert "dates not read (kept)          1" in run.output
    assert "unread.html" in run.output
    exported = runner.invoke(cli, ["export", "--db", db, "--format", "jsonl"])
    records = {Path(r["origin"]).name: r for r in map(json.loads, exported.output.splitlines())}
    # a zoneless time on a Thai page is Thailand's (UTC+7)
    assert records["short.html"]["published"] == "2026-03-12T09:05:00"
    assert records["short.html"]["published_utc"] == "2026-03-12T02:05:00+00:00"
    assert records["digits.html"]["published_utc"] == "2026-03-12T02:05:00+00:00"
    assert records["era.html"]["published"] == "2026-03-12"
    assert records["unread.html"]["published"] is None


def test_a_dump_under_a_short_year_is_dated() -> None:
    from clipper.textdump import clean_text_dump

    body = (
        "เทศบาลบ้านริมน้ำเปิดสะพานคนเดินข้ามคลองแห่งใหม่อย่างเป็นทางการ "
        "โดยสะพานยาวหนึ่งร้อยแปดสิบเมตรและมีทางลาดสำหรับรถเข็นทั้งสองฝั่ง\n\n"
        "เจ้าหน้าที่ระบุว่าการก่อสร้างใช้งบประมาณราวสี่สิบล้านบาท "
        "และคาดว่าจะมีผู้ใช้สะพานมากกว่าสามพันคนต่อวันในช่วงเทศกาลปีใหม่"
    )
    cleaned = clean_text_dump(f"สะพานคนเดินแห่งใหม่เปิดใช้แล้ว\n12 มี.ค. 69 09:05 น.\n\n{body}\n")
    assert cleaned.published == "2026-03-12T09:05:00"


# Lao's, Khmer's and Burmese's words for day, month and year around the numbers (Lao's "the
# date" as Thai's "วันที่"; Burmese's year first), read on a page of the language (newcomer 50b:
# such date lines were counted, never read)
WORDED = [
    ("lo", "ວັນທີ 3 ມີນາ 2026", "2026-03-03"),
    ("lo", "ວັນທີ 3 ມີນາ 2026 ເວລາ 09:40", "2026-03-03T09:40:00"),
    # Lao's abbreviated months, dotted as Thai's (CLDR's: "ທ.ວ.", December; "ມິ.ຖ.", June)
    ("lo", "4 ທ.ວ. 2026", "2026-12-04"),
    ("lo", "4 ມິ.ຖ. 2026 ເວລາ 09:40", "2026-06-04T09:40:00"),
    ("km", "ថ្ងៃទី៣ ខែមីនា ឆ្នាំ២០២៦", "2026-03-03"),
    ("km", "ថ្ងៃទី ៣ ខែ មីនា ឆ្នាំ ២០២៦ ម៉ោង ០៩:៤០", "2026-03-03T09:40:00"),
    ("my", "၂၀၂၆ ခုနှစ် မတ် ၃ ရက်", "2026-03-03"),
    ("my", "၂၀၂၆ ခုနှစ်၊ မတ်လ ၃ ရက်နေ့", "2026-03-03"),
]


@pytest.mark.parametrize(("language", "line", "iso"), WORDED)
def test_a_worded_date_is_read_on_its_languages_page(language: str, line: str, iso: str) -> None:
    from clipper.read.zones import written_in

    with written_in(language, None):
        assert local_date(ascii_date_digits(line)) == iso
        assert names_a_month(ascii_date_digits(line), language)
