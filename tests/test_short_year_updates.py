"""A posting stamp and its update on one line with a two-digit year ("פורסם: 07.12.26, 14:30 |
עודכן: 07.12.26, 18:05", ynet's; "Published: 07.12.26, 14:30 | Updated: 07.12.26, 18:05") give
the page's update time, as the same line with "07.12.2026" and the two stamps on two lines did
(newcomer 50a, finding 1: ``updated`` stayed empty and two saves of one address were ordered by
their fetch, the 18:05 text shown as the earlier version).  Invented texts."""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from clipper.cli import cli
from clipper.dumpdates import first_update_time, posted_then_updated
from clipper.linedates import line_date

LATEST = datetime(2026, 12, 8, tzinfo=UTC)

LINES = [
    "פורסם: 07.12.26, 14:30 | עודכן: 07.12.26, 18:05",
    "Published: 07.12.26, 14:30 | Updated: 07.12.26, 18:05",
    "Veröffentlicht: 07.12.26, 14:30 | Aktualisiert: 07.12.26, 18:05",
    "Publié le 07.12.26 à 14h30 | Mis à jour le 07.12.26 à 18h05",
    "Publicado: 07.12.26 14:30 | Actualizado: 07.12.26 18:05",
    "Опубликовано: 07.12.26, 14:30 | Обновлено: 07.12.26, 18:05",
    "نشر: 07.12.26 - 14:30 | آخر تحديث: 07.12.26 - 18:05",
]


@pytest.mark.parametrize("line", LINES)
def test_the_update_after_a_two_digit_year_is_read(line: str) -> None:
    assert line_date(line) == "2026-12-07T14:30:00"  # the posting time, as before
    assert posted_then_updated(line) is not None
    assert first_update_time([line], LATEST) == "2026-12-07T18:05:00"


def test_a_four_digit_year_and_no_update_read_as_before() -> None:
    line = "פורסם: 07.12.2026, 14:30 | עודכן: 07.12.2026, 18:05"
    assert first_update_time([line], LATEST) == "2026-12-07T18:05:00"
    # no update label: a second date on the line is no update
    assert posted_then_updated("Published: 07.12.26, 14:30 | 07.12.26") is None
    assert first_update_time(["Published: 07.12.26, 14:30"], LATEST) is None
    # not days after the fetch
    assert first_update_time([LINES[1]], datetime(2026, 12, 4, 17, tzinfo=UTC)) is None


_HE = (
    "חברת המזון הגלילית הודיעה הבוקר כי תפתח מפעל מאפים חדש בקריית שמונה, שיעסיק כ-300 עובדים "
    "מהאזור עד סוף השנה הבאה.",
    "לדברי מנהלת החברה, ההשקעה מוערכת בכ-90 מיליון שקל, וחלקה ימומן במענקים של משרד הכלכלה.",
    "ראש העירייה בירך על ההחלטה ואמר כי מדובר בבשורה לצפון לאחר שנה קשה לעסקים באזור.",
)
_LATE = "עדכון: בערב מסרה החברה כי המפעל יופעל באנרגיה סולארית ברובו, ויחל לעבוד בקיץ הבא."


def _page(paragraphs: tuple[str, ...], stamp: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        '<!DOCTYPE html><html lang="he" dir="rtl"><head><meta charset="utf-8">'
        "<title>מפעל מאפים חדש בקריית שמונה</title>"
        '<link rel="canonical" href="https://www.galilnews.example/article/bakery"></head><body>'
        "<main><article><h1>מפעל מאפים חדש בקריית שמונה</h1>"
        f'<div class="dates">{stamp}</div>{body}</article></main></body></html>'
    )


def test_the_later_save_is_the_page_and_keeps_its_update(tmp_path: Path) -> None:
    """Two saves of one address, the second fetched first: the one whose line says it was updated
    at 18:05 is the page's latest version, shown with its update; the other its version 1."""
    dump = tmp_path / "dump"
    dump.mkdir()
    (dump / "a-updated.html").write_text(
        _page((*_HE, _LATE), "פורסם: 07.12.26, 14:30 | עודכן: 07.12.26, 18:05"), "utf-8"
    )
    (dump / "b-first.html").write_text(_page(_HE, "פורסם: 07.12.26, 14:30"), "utf-8")
    # saved the next morning, the second save's file first: the files' times are their fetch
    # times, pinned so the test does not depend on the day it runs
    for name, hour in (("a-updated.html", 8), ("b-first.html", 9)):
        saved = datetime(2026, 12, 8, hour, 0, tzinfo=UTC).timestamp()
        os.utime(dump / name, (saved, saved))
    db = tmp_path / "he.db"
    runner = CliRunner()
    out = runner.invoke(cli, ["dedupe", "--workers", "1", "--db", str(db), str(dump)])
    assert out.exit_code == 0, out.output
    out = runner.invoke(cli, ["export", "--db", str(db), "--format", "jsonl"])
    pages = [json.loads(line) for line in out.output.splitlines()]
    assert len(pages) == 2 and {p["version"] for p in pages} == {1, 2}
    latest = max(pages, key=lambda p: p["version"])
    assert latest["updated"] is not None and latest["updated"].startswith("2026-12-07T18:05")
    assert "סולארית" in runner.invoke(cli, ["show", "--db", str(db), str(latest["page_id"])]).output
