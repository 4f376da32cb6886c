"""A folder's day order read from its dumps' labelled blocks however long they are: a press
review's headline over "Source:", "Author:", "Section:", "Page:" and then "Date: 20/11/2026"
settles that its sibling's "Date: 03/11/2026" is 3 November.  The folder's scan read each dump's
first 3 non-empty lines only, so a block's date on its 5th or 6th line settled nothing and the
sibling was stored undated, counted.  Invented dumps."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from clipper.archive import Archive
from clipper.models import Page
from clipper.read.dumporder import folder_order
from tests.conftest import build

BODY = (
    "The council approved the new housing plan on Friday after a long debate, the mayor said "
    "at a press conference in the city hall.\n\n"
    "Opposition members said they would challenge the decision in court because the plan did "
    "too little for families on low incomes.\n"
)


def _block(date: str, page: int) -> str:
    return (
        f"Source: The Brussels Times\nAuthor: Ann Reed\nSection: Belgium\nPage: {page}\n"
        f"Date: {date}\n"
    )


def _write(folder: Path, headed: bool, names: tuple[str, str]) -> None:
    folder.mkdir()
    settles, reads = names
    head = "Council approves housing plan\n" if headed else ""
    (folder / settles).write_text(f"{head}{_block('20/11/2026', 3)}\n{BODY}", encoding="utf-8")
    other = "Mayor defends the housing plan\n" if headed else ""
    (folder / reads).write_text(
        f"{other}{_block('03/11/2026', 4)}\n{BODY.replace('Friday', 'Monday')}",
        encoding="utf-8",
    )


def _days(archive: Archive) -> dict[str, str | None]:
    try:
        with archive.sessions() as session:
            rows = session.execute(select(Page.origin, Page.published))
            return {Path(origin).name: published and published[:10] for origin, published in rows}
    finally:
        archive.close()


@pytest.mark.parametrize("headed", [True, False])
@pytest.mark.parametrize("names", [("a.txt", "b.txt"), ("b.txt", "a.txt")])
def test_a_long_block_s_date_settles_its_folder_s_order(
    tmp_path: Path, headed: bool, names: tuple[str, str]
) -> None:
    folder = tmp_path / "review"
    _write(folder, headed, names)
    assert folder_order(folder) == "day"
    archive, summary = build(tmp_path / "a.db", [folder])
    assert summary.dates_unread == 0
    settles, reads = names
    assert _days(archive) == {settles: "2026-11-20", reads: "2026-11-03"}


def test_a_block_s_date_beside_a_plain_header_date(tmp_path: Path) -> None:
    """An old scraper's dump (headline, "11/20/2026", text) settles month first for a block's
    "Date: 03/11/2026" in the same folder: March 11."""
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "old.txt").write_text(
        f"Council approves housing plan\n11/20/2026\n\n{BODY}", encoding="utf-8"
    )
    (folder / "review.txt").write_text(
        f"Mayor defends the housing plan\n{_block('03/11/2026', 4)}\n"
        f"{BODY.replace('Friday', 'Monday')}",
        encoding="utf-8",
    )
    assert folder_order(folder) == "month"
    archive, _ = build(tmp_path / "a.db", [folder])
    assert _days(archive) == {"old.txt": "2026-11-20", "review.txt": "2026-03-11"}
