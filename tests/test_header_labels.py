"""A scraper's header above a text dump, and a record's date field, in the labels and forms
sites print: the source labels ("Quelle: https://…") give the URL when the value is one;
Korean and Japanese posted labels ("입력", "配信日時") give the date, an updated label ("수정",
"Stand") only when nothing else does; a date value with its label, weekday or separator
("입력 2026.12.03 18:10", "Do, 03.12.2026 | 14:30") is read.  Invented pages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clipper.config import ReadLimits
from clipper.page import RawPage, Rejection
from clipper.read import read_pages
from clipper.read.declareddates import declared_date

BODY = (
    "The harbour board of Kellwick voted on Wednesday to dredge the northern basin, where silt "
    "carried down by the autumn floods has left the fishing fleet unable to leave at low tide.\n\n"
    "The work will remove about 40,000 cubic metres of silt and is due to start in January."
)
URL = "https://www.kellwick-post.example/harbour/dredging-northern-basin-a1234"


def _page(tmp_path: Path, header: str) -> RawPage:
    path = tmp_path / "page.txt"
    path.write_text(header + "\n\n" + BODY + "\n")
    rejected: list[Rejection] = []
    pages = list(read_pages([path], ReadLimits(), rejected.append))
    assert not rejected and len(pages) == 1
    return pages[0]


@pytest.mark.parametrize(
    "label", ["Quelle", "Bron", "Źródło", "Fonte", "Fuente", "Källa", "Kilde", "출처", "出典"]
)
def test_a_source_label_holding_an_address_gives_the_pages_url(tmp_path: Path, label: str) -> None:
    page = _page(tmp_path, f"Titel: Kellwick dredges its basin\n{label}: {URL}")
    assert page.url == URL
    assert page.site == "kellwick-post.example"
    # alone, it is a header too (an address line)
    assert _page(tmp_path, f"{label}: {URL}").url == URL


def test_a_source_label_naming_an_outlet_gives_its_site_not_a_url(tmp_path: Path) -> None:
    page = _page(tmp_path, "Titel: Kellwick dredges its basin\nQuelle: Kellwick Post")
    assert page.url is None
    assert page.site == "kellwick post"  # as a site field naming it gives it


@pytest.mark.parametrize(
    ("header", "published", "updated"),
    [
        ("제목: 켈윅 항만\n입력: 2026.12.03 18:40", "2026-12-03T18:40:00", None),
        ("제목: 켈윅 항만\n기사입력 2026.12.03 18:40", None, None),  # no colon: no header line
        ("제목: 켈윅 항만\n수정: 2026.12.03 19:05\n입력: 2026.12.03 18:40", "2026-12-03T18:40:00",
         None),
        ("제목: 켈윅 항만\n수정: 2026.12.03 19:05", None, "2026-12-03T19:05:00"),
        ("タイトル: ケルウィック港\n配信日時: 2026年12月3日 21:05", "2026-12-03T21:05:00", None),
        ("タイトル: ケルウィック港\n掲載日: 2026/12/03 21:05", "2026-12-03T21:05:00", None),
        ("Titel: Kellwick\nStand: 03.12.2026, 14:30 Uhr", None, "2026-12-03T14:30:00"),
        ("Title: Kellwick\nUpdated: 2026-12-03T10:00:00Z", None, "2026-12-03T10:00:00Z"),
        ("Title: Kellwick\nLast Updated: 3 December 2026, 10:00", None, "2026-12-03T10:00:00"),
    ],
)  # fmt: skip
def test_posted_and_updated_labels_date_a_dump(
    tmp_path: Path, header: str, published: str | None, updated: str | None
) -> None:
    """A posting label dates the dump; an update label ("수정:", "Stand:", "Updated:") alone
    dates it as its update (date source "updated", published by then at the latest), as an
    "Updated" line in a page's text does (session 29: it was the declared publication)."""
    page = _page(tmp_path, header)
    assert (page.published, page.published_updated) == (published, updated)
    if published is not None or updated is not None:
        assert page.date_unread is None


def test_a_posted_label_whose_date_cannot_be_read_is_counted_unread(tmp_path: Path) -> None:
    page = _page(tmp_path, f"제목: 켈윅 항만\nURL: {URL}\n입력: 어제 저녁")
    assert page.published is None
    assert page.date_unread == "어제 저녁"


@pytest.mark.parametrize(
    ("value", "published"),
    [
        ("입력 2026.12.03 18:10", "2026-12-03T18:10:00"),
        ("기사입력 2026.12.03 18:10", "2026-12-03T18:10:00"),
        ("수정 2026.12.03 19:10", "2026-12-03T19:10:00"),
        ("配信日時：2026年12月3日 21:05", "2026-12-03T21:05:00"),
        ("更新 2026年12月3日 21:05", "2026-12-03T21:05:00"),
        ("Do, 03.12.2026 | 14:30", "2026-12-03T14:30:00"),
        ("Donnerstag, 3. Dezember 2026, 14:30 Uhr", "2026-12-03T14:30:00"),
        ("03.12.2026 – 14:30", "2026-12-03T14:30:00"),
        ("Stand: 03.12.2026 | 14:30", "2026-12-03T14:30:00"),
        ("Veröffentlicht am 3. Dezember 2026", "2026-12-03"),
        ("Publié le 3 décembre 2026 à 09h31", "2026-12-03T09:31:00"),
        ("czw., 03.12.2026, 07:45", "2026-12-03T07:45:00"),
    ],
)
def test_a_date_value_with_its_label_weekday_or_separator_is_read(
    value: str, published: str
) -> None:
    assert declared_date(value) == (published, None)


@pytest.mark.parametrize("value", ["Stand: gestern", "입력 어제", "Mis à jour le 03/12/2026"])
def test_a_labelled_value_without_a_whole_date_stays_unread(value: str) -> None:
    assert declared_date(value) == (None, value)


def test_jsonl_records_with_labelled_dates_are_dated(tmp_path: Path) -> None:
    path = tmp_path / "items.jsonl"
    values = ["입력 2026.12.03 18:10", "Do, 03.12.2026 | 14:30", "Stand: gestern"]
    path.write_text(
        "".join(
            json.dumps({"url": f"{URL}-{n}", "published_at": v, "content": BODY}) + "\n"
            for n, v in enumerate(values)
        )
    )
    pages = list(read_pages([path], ReadLimits(), lambda r: None))
    assert [(p.published, p.date_unread) for p in pages] == [
        ("2026-12-03T18:10:00", None),
        ("2026-12-03T14:30:00", None),
        (None, "Stand: gestern"),
    ]


@pytest.mark.parametrize("suffix", [".md", ".txt"])
def test_a_jina_readers_updated_line_is_the_pages_update(tmp_path: Path, suffix: str) -> None:
    """Jina Reader's header with an "Updated:" line and no "Published Time:": the page is
    dated by its update (published by then at the latest), not declared published then
    (session 29); with a "Published Time:" line too, that is the publication."""
    header = f"Title: Kellwick dredges its basin\n\nURL Source: {URL}\n\n"
    updated = "Updated: 2026-12-03T10:00:00Z\n\n"
    for name, text, dates in (
        ("alone", header + updated, (None, "2026-12-03T10:00:00Z")),
        ("both", header + "Published Time: 2026-12-02T08:00:00Z\n\n" + updated,
         ("2026-12-02T08:00:00Z", None)),
    ):  # fmt: skip
        path = tmp_path / f"{name}{suffix}"
        path.write_text(f"{text}Markdown Content:\n{BODY}\n")
        (page,) = read_pages([path], ReadLimits(), lambda r: None)
        assert isinstance(page, RawPage) and page.url == URL
        assert (page.published, page.published_updated) == dates
