"""A zone abbreviation several countries write ("IST": India, Ireland, Israel) is read as the
zone of the country whose place the report's dateline names, on a page stating no country, in
an HTML page, a record and a text dump alike: "NEW DELHI, Dec 6 (PTI) -", "Mumbai, Dec 6
(IANS)", "New Delhi [India], December 6 (ANI):" on an English .com page (newcomer 45, finding
3: such pages kept their day alone and a Pakistani copy became the canonical).  A place of a
country that writes no such abbreviation leaves it unread.  Pages invented."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clipper.placeregion import dateline_region
from tests.conftest import build, exported

REPORT = (
    "The Union Cabinet on Saturday approved a Rs 1,200 crore scheme to modernise grain storage "
    "at 40 ports on the western coast, officials said.",
    "The plan covers cold-chain warehouses at four ports and is to be completed within three "
    "years, the shipping ministry said in a statement.",
    "Farmers' groups welcomed the decision but asked that land disputes near the new terminals "
    "be settled first.",
)


def _page(dateline: str, date_line: str, host: str) -> str:
    paragraphs = [f"{dateline} {REPORT[0]}", *REPORT[1:]]
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Cabinet clears port '
        f'grain storage plan</title><link rel="canonical" href="https://www.{host}/india/a.html">'
        "</head><body><article><h1>Cabinet clears port grain storage plan</h1>"
        f'<div class="date">{date_line}</div>'
        + "".join(f"<p>{p}</p>" for p in paragraphs)
        + "</article></body></html>"
    )


@pytest.mark.parametrize(
    ("dateline", "date_line", "published"),
    [
        ("NEW DELHI, Dec 6 (PTI) -", "Dec 6, 2026, 14:30 IST", "2026-12-06T09:00:00+00:00"),
        ("Mumbai, Dec 6 (IANS)", "Published on: December 06, 2026 02:30 PM IST",
         "2026-12-06T09:00:00+00:00"),
        ("New Delhi [India], December 6 (ANI):", "Dec 6, 2026, 14:30 IST",
         "2026-12-06T09:00:00+00:00"),
        # Ireland's IST is its summer time: December's Irish clock is UTC
        ("DUBLIN, Dec 6 (Reuters) -", "Dec 6, 2026, 14:30 IST", "2026-12-06T14:30:00+00:00"),
        # Pakistan writes no IST: the time stays unread, the day kept
        ("ISLAMABAD, Dec 6 (APP) -", "Dec 6, 2026, 14:30 IST", "2026-12-06"),
        # no place: the abbreviation stays unread
        ("", "Dec 6, 2026, 14:30 IST", "2026-12-06"),
    ],
)
def test_an_html_pages_dateline_decides_its_zone(
    tmp_path: Path, dateline: str, date_line: str, published: str
) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.html").write_text(_page(dateline, date_line, "wire.example.com"), "utf-8")
    build(tmp_path / "a.db", [tmp_path / "in"])[0].close()
    (row,) = exported(tmp_path / "a.db").values()
    assert row["published"] == published


def test_a_records_date_field_is_read_by_its_texts_dateline(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    records = [
        {"url": f"https://www.{host}/city/mithi", "title": "BMC plans Mithi river desilting",
         "text": f"{dateline} " + "\n\n".join(REPORT), "published": "Dec 6, 2026, 11:20 IST",
         "lang": "en"}
        for host, dateline in (("citywire.example.com", "Mumbai, Dec 6 (IANS)"),
                               ("otherwire.example.com", "LAHORE, Dec 6 (APP) -"))
    ]
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    build(tmp_path / "a.db", [path])[0].close()
    rows = {row["url"]: row["published"] for row in exported(tmp_path / "a.db").values()}
    assert rows["https://www.citywire.example.com/city/mithi"] == "2026-12-06T05:50:00+00:00"
    assert rows["https://www.otherwire.example.com/city/mithi"] == "2026-12-06"


def test_a_dumps_date_line_is_read_by_its_dateline(tmp_path: Path) -> None:
    path = tmp_path / "mithi.txt"
    body = "\n\n".join(REPORT)
    path.write_text(
        "BMC announces Mithi river plan\n\nDec 6, 2026, 11:05 IST\n\n"
        f"Mumbai, Dec 6 (IANS) {body}\n",
        encoding="utf-8",
    )
    build(tmp_path / "a.db", [path])[0].close()
    (row,) = exported(tmp_path / "a.db").values()
    assert row["published"] == "2026-12-06T05:35:00+00:00"


@pytest.mark.parametrize(
    ("language", "text", "country"),
    [
        ("en", "KATHMANDU, Dec 6 - Fares rose", "NP"),
        ("en", "Colombo, Dec 6 (AFP) - Rain", "LK"),
        ("bn", "ঢাকা, ৬ ডিসেম্বর - বৃষ্টি", "BD"),
        ("ur", "کراچی (نمائندہ خصوصی) شہر", "PK"),
        ("en", "The cabinet met in New Delhi, officials said.", None),
        # Hyderabad is India's and Sindh's: no country
        ("en", "HYDERABAD, Dec 6 - Water", None),
    ],
)
def test_the_dateline_place_names_one_country(language: str, text: str, country: str) -> None:
    assert dateline_region(language, f"Headline of the day\n{text}") == country
