"""A byline's part naming the editor ("PTI | Edited By: Rohan Mehra", Hindi "संपादित: …",
Bengali "সম্পাদনা: …", Urdu "ترمیم: …") names no author, in an HTML page's byline and a record's
author field alike (newcomer 45, finding 5: the editor was stored as an author).  Pages
invented."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clipper.bylines import byline, spelled
from clipper.writtenbylines import with_final_marks
from tests.conftest import build, exported

REPORT = (
    "The Union Cabinet on Saturday approved a Rs 1,200 crore scheme to modernise grain storage "
    "at 40 ports on the western coast, officials said.",
    "The plan covers cold-chain warehouses at four ports and is to be completed within three "
    "years, the shipping ministry said in a statement.",
    "Farmers' groups welcomed the decision but asked that land disputes near the new terminals "
    "be settled first.",
)


@pytest.mark.parametrize(
    ("written", "author"),
    [
        ("PTI | Edited By: Rohan Mehra", "PTI"),
        ("By Ananya Rao | Edited by Rohan Mehra", "Ananya Rao"),
        ("Reported by Ananya Rao; editing by Rohan Mehra", "Ananya Rao"),
        ("Edited by Rohan Mehra", None),
        ("Editor: Rohan Mehra", None),
        ("रोहित शर्मा | संपादित: रोहन मेहरा", "रोहित शर्मा"),
        ("संपादित द्वारा: रोहन मेहरा", None),
        ("রহিম উদ্দিন | সম্পাদনা: করিম হাসান", "রহিম উদ্দিন"),
        ("احمد علی | ترمیم: فیصل خان", "احمد علی"),
        # a writer named with the role word is no editor's line
        ("Ananya Rao, Senior Editor", "Ananya Rao"),
    ],
)
def test_an_editors_part_of_a_byline_names_no_author(written: str, author: str | None) -> None:
    # the marks ending a name trafilatura's spelling drops restored, as every reader does
    assert with_final_marks(byline(spelled(written)), [written]) == author


def test_an_html_pages_editor_is_not_its_author(tmp_path: Path) -> None:
    page = (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Cabinet clears port'
        " grain storage plan</title></head><body><article><h1>Cabinet clears port grain storage"
        ' plan</h1><div class="byline">PTI | Edited By: Rohan Mehra</div>'
        + "".join(f"<p>{p}</p>" for p in REPORT)
        + "</article></body></html>"
    )
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "grain.html").write_text(page, "utf-8")
    build(tmp_path / "a.db", [tmp_path / "in"])[0].close()
    (row,) = exported(tmp_path / "a.db").values()
    assert row["author"] == "PTI"


def test_a_records_editor_is_not_its_author(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    record = {
        "url": "https://www.grainwire.example.com/india/grain",
        "title": "Cabinet clears port grain storage plan",
        "text": "\n\n".join(REPORT),
        "author": "Ananya Rao | Edited by Rohan Mehra",
        "lang": "en",
    }
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    build(tmp_path / "a.db", [path])[0].close()
    (row,) = exported(tmp_path / "a.db").values()
    assert row["author"] == "Ananya Rao"
