"""A reading stored cut short whose text is whole all the same (its paywall sat under the
whole article) is not told "same text" and "read cut short" together (newcomer 49b: Tokyo
Shimbun's page); one cut inside its last paragraph is "same text as far as it goes", not
"same text" (:mod:`clipper.wholecuts`).

Fixtures: an invented ferry-terminal story, whole on one site, with a paywall prompt after
the whole text on a second, cut inside its last paragraph before the prompt on a third.
"""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from clipper.changes import Changes
from clipper.cli import cli
from clipper.wholecuts import CUT_INSIDE, cut_inside, cut_note, holds_whole_text

_BODY = [
    "The harbour authority of Port Elster approved a new ferry terminal on Monday, its chair "
    "said after a four-hour meeting with the town council.",
    "The terminal will replace the old pier by 2028 and is expected to handle twice as many "
    "passengers in summer, according to the plan published by the authority.",
    "Local fishermen had opposed an earlier design that would have moved their moorings, but "
    "the new plan keeps them where they are, the chair added.",
    "Construction is set to begin in the spring once the regional government signs off on the "
    "funding.",
]
_WALL = "Subscribe to continue reading."


def test_holds_whole_text() -> None:
    whole = "\n\n".join(_BODY)
    assert holds_whole_text("\n".join(_BODY), [whole])  # paragraph breaks as copies compare
    assert holds_whole_text(whole.upper(), ["unrelated", whole])  # case-blind
    assert not holds_whole_text("\n\n".join(_BODY[:3]), [whole])  # trimmed
    cut = "\n\n".join([*_BODY[:3], "Construction is set to begin in the spr"])
    assert not holds_whole_text(cut, [whole])
    assert not holds_whole_text(whole, [])
    assert not holds_whole_text("", [whole])


def test_notes() -> None:
    assert cut_note("paywall", False) == "read cut short: paywall"
    assert cut_note("paywall", True).startswith("marked cut short (paywall) after its text")
    said = cut_inside(Changes(["headline changed", "same text"], 4, 4, 0, 0))
    assert said.summary == ["headline changed", CUT_INSIDE]
    assert cut_inside(Changes(["exact copy"], 4, 4, 0, 0)).summary == [CUT_INSIDE]
    edited = Changes(["1 paragraph edited"], 4, 4, 1, 0)
    assert cut_inside(edited).summary == ["1 paragraph edited"]


def test_show_tells_a_whole_text_under_a_wall(tmp_path: Path) -> None:
    records = tmp_path / "in"
    records.mkdir()
    cut = [*_BODY[:3], "Construction is set to begin in the spr", _WALL]
    pages = [
        ("https://elster-courier.example/2026/12/ferry", "Port Elster approves terminal", _BODY),
        (
            "https://baltic-morning.example/news/ferry",
            "Port Elster gets a terminal",
            [*_BODY, _WALL],
        ),
        ("https://north-gazette.example/ferry", "Ferry terminal approved", cut),
    ]
    (records / "r.jsonl").write_text(
        "".join(
            json.dumps(
                {
                    "url": url,
                    "title": title,
                    "text": "\n\n".join(paragraphs),
                    "published": f"2026-12-07T0{8 + i}:00:00Z",
                }
            )
            + "\n"
            for i, (url, title, paragraphs) in enumerate(pages)
        )
    )
    db = str(tmp_path / "a.db")
    assert CliRunner().invoke(cli, ["dedupe", "--db", db, str(records)]).exit_code == 0
    shown = CliRunner().invoke(cli, ["show", "--db", db, "page:1"], env={"COLUMNS": "200"})
    assert shown.exit_code == 0, shown.output
    walled, cut_page = shown.stdout.split(" · baltic-morning.example · ")[1].split(
        " · north-gazette.example · "
    )
    assert "same text" in walled
    assert "marked cut short (paywall) after its text, which is whole" in walled
    assert "read cut short" not in walled
    assert CUT_INSIDE in cut_page and "read cut short: paywall" in cut_page
    assert "; same text\n" not in cut_page
    asked = CliRunner().invoke(cli, ["show", "--db", db, "page:2", "--json"])
    document = json.loads(asked.stdout)
    assert document["requested"]["partial"] == "paywall"
    assert document["requested"]["text_whole"] is True
    assert [v["text_whole"] for v in document["variants"]] == [True, False]
