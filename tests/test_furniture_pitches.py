"""A reader's faults (newcomer 16): a subscription pitch, a weather widget's line and a login
prompt between a text record's paragraphs are furniture, and so is the second half of a
browser notice that a page's text breaks in two; sentences that say the same words are kept."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import select

from clipper.furniture.compiled import matchers
from clipper.models import Page
from tests.conftest import build

PARAGRAPHS = [
    "The county's ferry operator said on Tuesday that crossings would run every twenty "
    "minutes from March, after commuters complained about queues at the landing stage.",
    "Fares stay the same for residents, the operator said, and the late boat keeps its "
    "timetable until the council reviews the schedule in the autumn.",
    "The city will try one month for $5 fares on the night boat, officials said, and "
    "subscribers to the season ticket get unlimited access to the morning crossings.",
]
FURNITURE = [
    "Subscribe for unlimited digital access.",
    "Try one month for $1!",
    "Subscribe for unlimited digital access. Try one month for $1!",
    "Your weather is set to . You can change the location at any time.",
    "Log in or create an account to continue",
]


def test_pitches_between_a_record_s_paragraphs_are_dropped(tmp_path: Path) -> None:
    text = "\n".join([PARAGRAPHS[0], *FURNITURE[:4], PARAGRAPHS[1], FURNITURE[4], PARAGRAPHS[2]])
    dump = tmp_path / "night.jsonl"
    dump.write_text(json.dumps({"url": "https://bay-times.example/news/ferries",
                                "title": "Ferries every twenty minutes", "maintext": text}) + "\n")
    archive, _ = build(tmp_path / "a.db", [dump])
    with archive.sessions() as session:
        (stored,) = session.scalars(select(Page.text)).all()
    archive.close()
    assert stored.splitlines() == PARAGRAPHS


def test_the_second_half_of_a_browser_notice_is_a_notice() -> None:
    m = matchers()
    assert m.is_site_notice(
        "Internet Explorer). In the meantime, to ensure continued support, we are displaying "
        "the site without styles and JavaScript."
    )
    assert not m.is_site_notice(PARAGRAPHS[2])
