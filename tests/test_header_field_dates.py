"""A text dump's header line of fields with a numeric date whose order is in doubt ("By Ama
Owusu, Accra | Coastal Graphic | 07/12/2026": 7 December or 12 July): read in the order its
folder's other dumps settle, the date fields of their header lines counting; else left unread
and counted as a date not read, in ``clipper rejections --reason date-unread`` and the run's
"dates not read" (newcomer 51a, finding 2: the dump was stored undated and not counted, though
the README says such dates are).  The outlet's name stays the dump's site, as documented
(README, Known limits).  Invented outlets, people and text."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from clipper.dumpfields import header_dates, header_fields
from clipper.rejections import rejections
from clipper.textdump import clean_text_dump
from tests.conftest import build, exported

FETCHED = datetime(2026, 12, 8, 1, 0, tzinfo=UTC)
BODY = (
    "Cement prices along the coast could fall by a tenth next year as two new kilns come on "
    "stream, the Coastal Builders Association said on Monday.\n\n"
    "The association's chairman, Mr Kofi Adjei, told reporters in Takoradi that the kilns "
    "would double the region's output and cut the cost of a bag for small builders.\n\n"
    "He said the association wanted the government to lower the duty on imported clinker, "
    "which makes up most of the cost of a bag of cement.\n"
)
HEADLINE = "Coastal cement prices to fall as new kilns open"


def _dump(date: str, headline: str = HEADLINE, author: str = "Ama Owusu") -> str:
    return f"{headline}\nBy {author}, Accra | Coastal Graphic | {date}\n\n{BODY}"


def test_the_header_line_gives_its_unread_date_as_written() -> None:
    fields = header_fields("By Ama Owusu, Accra | Coastal Graphic | 07/12/2026")
    assert fields is not None
    assert (fields.author, fields.outlet, fields.published, fields.unread) == (
        "Ama Owusu",
        "Coastal Graphic",
        None,
        "07/12/2026",
    )
    assert header_dates("By Ama Owusu, Accra | Coastal Graphic | 20/11/2026") == ["20/11/2026"]
    assert header_dates("Sales rose 5% | the board met on 20/11/2026 and agreed") == []


def test_an_unsettled_header_field_date_is_counted_not_dropped() -> None:
    cleaned = clean_text_dump(_dump("07/12/2026"), latest=FETCHED)
    assert (cleaned.published, cleaned.date_unread) == (None, "07/12/2026")
    assert cleaned.author == "Ama Owusu"
    assert cleaned.source == "Coastal Graphic"
    assert not any("07/12/2026" in p for p in cleaned.paragraphs)


def test_the_folder_s_order_reads_the_header_field_date() -> None:
    assert clean_text_dump(_dump("07/12/2026"), latest=FETCHED, order="day").published == (
        "2026-12-07"
    )
    assert clean_text_dump(_dump("07/12/2026"), latest=FETCHED, order="month").published == (
        "2026-07-12"
    )
    # a date the fields read by themselves stays theirs
    assert clean_text_dump(_dump("20/11/2026"), latest=FETCHED).published == "2026-11-20"


def test_in_an_archive_the_date_is_counted_or_read_by_the_folder(tmp_path: Path) -> None:
    alone = tmp_path / "alone"
    alone.mkdir()
    (alone / "cement.txt").write_text(_dump("07/12/2026"), encoding="utf-8")
    archive, summary = build(tmp_path / "a.db", [alone])
    (row,) = exported(tmp_path / "a.db").values()
    assert row["published"] is None
    assert row["site"] == "coastal graphic"  # the outlet's name, a site of its own
    _, rows = rejections(archive, reasons=("date-unread",))
    assert [(Path(r.origin).name, r.detail) for r in rows] == [
        ("cement.txt", 'date "07/12/2026" not read; page kept without a date')
    ]
    assert summary.dates_unread == 1
    archive.close()

    # a folder whose other dump's header line can only be day first settles it
    folder = tmp_path / "desk"
    folder.mkdir()
    (folder / "cement.txt").write_text(_dump("07/12/2026"), encoding="utf-8")
    (folder / "port.txt").write_text(
        _dump(
            "20/11/2026",
            headline="Takoradi port dredging to start in January",
            author="Yaw Mensima",
        ).replace("Cement prices", "Dredging costs"),
        encoding="utf-8",
    )
    archive, summary = build(tmp_path / "b.db", [folder])
    archive.close()
    published = {
        Path(r["origin"]).name: r["published"] for r in exported(tmp_path / "b.db").values()
    }
    assert published == {"cement.txt": "2026-12-07", "port.txt": "2026-11-20"}
    assert summary.dates_unread == 0
