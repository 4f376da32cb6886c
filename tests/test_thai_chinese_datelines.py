"""Date lines in Thai (a Buddhist Era year: "4 ธ.ค. 2569", "วันที่ 4 ธันวาคม 2569 เวลา 10:30 น.")
and Chinese ("2026年12月4日 10:30", "2026-12-04 10:30 來源：…", "發布時間：…") date a page and
a text dump (newcomer 26, finding 12): the year 2569 is 2026 (2569 − 543), a credit after the
time ("來源：中央社", "来源：新华社 作者：…") ends the stamp, and "发布时间：" / "發布時間：" /
"日期：" are Chinese datelines' labels.  A time without a zone stays as written, as clipper
keeps every zoneless time (``date_zoneless``).  Every page here is invented."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from clipper.cli import cli
from clipper.linedates import line_date
from clipper.textdump import clean_text_dump

THAI_TITLE = "เทศบาลเชียงแสนเปิดท่าเรือโดยสารแห่งใหม่ริมแม่น้ำโขง"
THAI_BODY = (
    "เทศบาลเชียงแสนเปิดท่าเรือโดยสารแห่งใหม่ริมแม่น้ำโขงอย่างเป็นทางการเมื่อวันพฤหัสบดี "
    "โดยท่าเรือแห่งนี้รองรับเรือโดยสารได้พร้อมกันหกลำและมีอาคารพักคอยสำหรับนักท่องเที่ยว\n\n"
    "นายกเทศมนตรีกล่าวว่าท่าเรือใหม่จะช่วยให้การเดินทางระหว่างอำเภอริมน้ำสะดวกขึ้น "
    "และคาดว่าจะมีผู้โดยสารมากกว่าสามแสนคนต่อปี"
)
ZH_TITLE = "北岸市新建跨江大桥今日通车"
ZH_BODY = (
    "北岸市交通局周四宣布，连接江北新区和老城区的跨江大桥正式通车，全长一千二百米，双向六车道。\n\n"
    "官员表示，大桥通车后两岸之间的通行时间将从四十分钟缩短到十分钟，预计每天通行车辆超过五万辆。"
)
ZH_TW_TITLE = "南港區新設公共托育中心明年啟用"
ZH_TW_BODY = (
    "台北市社會局週四表示，南港區新設的公共托育中心將於明年三月啟用，可收托八十名幼兒。\n\n"
    "官員指出，中心由閒置的區公所大樓改建，總經費約一億二千萬元，由市府與中央共同負擔。"
)

CASES = [
    # (date line, title, body, published)
    ("4 ธ.ค. 2569 10:30 น.", THAI_TITLE, THAI_BODY, "2026-12-04T10:30:00"),
    ("วันที่ 4 ธันวาคม 2569 เวลา 10:30 น.", THAI_TITLE, THAI_BODY, "2026-12-04T10:30:00"),
    ("เผยแพร่: 4 ธ.ค. 2569", THAI_TITLE, THAI_BODY, "2026-12-04"),
    ("2026年12月4日 10:30", ZH_TITLE, ZH_BODY, "2026-12-04T10:30:00"),
    ("2026年12月04日 10:30 来源：北岸日报 作者：林晓", ZH_TITLE, ZH_BODY, "2026-12-04T10:30:00"),
    ("2026-12-04 10:30 來源：中央社", ZH_TW_TITLE, ZH_TW_BODY, "2026-12-04T10:30:00"),
    ("發布時間：2026-12-04 10:30", ZH_TW_TITLE, ZH_TW_BODY, "2026-12-04T10:30:00"),
    ("发布时间：2026年12月4日 10:30", ZH_TITLE, ZH_BODY, "2026-12-04T10:30:00"),
    ("日期：2026-12-04", ZH_TITLE, ZH_BODY, "2026-12-04"),
]  # fmt: skip
IDS = [f"{'th' if THAI_TITLE in case else 'zh'}-{n}" for n, case in enumerate(CASES)]


@pytest.mark.parametrize(("line", "title", "body", "published"), CASES, ids=IDS)
def test_a_date_line_is_read(line: str, title: str, body: str, published: str) -> None:
    assert line_date(line) is not None
    assert line_date(line)[: len(published)] == published  # type: ignore[index]


@pytest.mark.parametrize(("line", "title", "body", "published"), CASES, ids=IDS)
def test_a_dump_under_the_date_line_is_dated(
    line: str, title: str, body: str, published: str
) -> None:
    cleaned = clean_text_dump(f"{title}\n{line}\n\n{body}\n")
    assert cleaned.published == published
    assert cleaned.title == title and cleaned.paragraphs[-1] == body.split("\n\n")[-1]


def test_dumps_are_dated_through_a_run(tmp_path: Path) -> None:
    folder = tmp_path / "dumps"
    folder.mkdir()
    for n, (line, title, body, _) in enumerate(CASES):
        (folder / f"page{n}.txt").write_text(f"{title}\n{line}\n\n{body}\n", encoding="utf-8")
    for n, published in enumerate(_run(tmp_path, folder, "origin")):
        # a Chinese dump's zoneless time is on UTC+8, every Chinese-writing country's clock
        # (clipper.languageclocks.ONE_CLOCK_ZONES; textdump48): 10:30 is 02:30 UTC; a Thai
        # one's on Thailand's (UTC+7, identified by its script: OWN_SCRIPT_LANGUAGES), 03:30
        # UTC; a day alone stays a day
        assert published == _expected(n), CASES[n][0]


def test_html_pages_showing_the_date_line_are_dated(tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    for n, (line, title, body, _) in enumerate(CASES):
        paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n\n"))
        (folder / f"page{n}.html").write_text(
            f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
            f'<div class="meta">{line}</div>{paragraphs}</article></body></html>',
            encoding="utf-8",
        )
    for n, published in enumerate(_run(tmp_path, folder, "origin")):
        # a Chinese page's zoneless time on UTC+8, a Thai one's on UTC+7, as a dump's
        assert published == _expected(n), CASES[n][0]


def _expected(n: int) -> str:
    """The stored publication of ``CASES[n]``: its time on its language's clock, in UTC."""
    if len(CASES[n][3]) <= 10:
        return CASES[n][3]
    return "2026-12-04T03:30:00+00:00" if CASES[n][1] == THAI_TITLE else "2026-12-04T02:30:00+00:00"


def _run(tmp_path: Path, folder: Path, key: str) -> list[str | None]:
    """Each page's stored publication date after ``clipper dedupe`` of ``folder``, in the
    order of its files' numbers."""
    db = str(tmp_path / f"{folder.name}.db")
    runner = CliRunner()
    ran = runner.invoke(cli, ["dedupe", "--db", db, "--workers", "1", str(folder)])
    assert ran.exit_code == 0, ran.output
    exported = runner.invoke(cli, ["export", "--db", db])
    rows = {
        int(row[key].rsplit("page", 1)[1].split(".")[0]): row["published"]
        for row in map(json.loads, exported.stdout.splitlines())
    }
    assert len(rows) == len(CASES), rows
    return [rows[n] for n in range(len(CASES))]


@pytest.mark.parametrize(
    "line",
    [
        "ราคาทองคำวันนี้ 2569 บาท",  # a number, no date
        "2026年度预算报告 来源：财政局",  # a year, no day
        "来源：北岸日报",
    ],
)
def test_no_date_is_made_up(line: str) -> None:
    assert line_date(line) is None
