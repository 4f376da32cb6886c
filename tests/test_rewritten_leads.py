"""A page's next version whose lead was rewritten (the older lead dropped, a new one in its
place) is told in the digest by the new lead's words, in every language the digest speaks,
as a new lead put above the older one is: newcomer 34's finding 9, where the digest said "2
paragraphs added; 1 paragraph removed" of a Singapore paper's update and only ``show --diff``
said what the new lead was.  Invented texts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clipper.translations import LANGUAGES
from clipper.versionchanges import version_changes
from tests.test_digest import age_runs, digest_json, run

URL = "https://straitsdaily.example/business/merlion-fintech-jakarta-office"
TITLE = "Merlion Fintech to open Jakarta office"
LEAD = (
    "Singapore's Merlion Fintech will open a regional office in Jakarta this month, the "
    "company said on Thursday, its first outside the city-state."
)
NEW_LEAD = (
    "Merlion Fintech has put off the opening of its Jakarta office after Bank Indonesia "
    "asked for more documents on how the firm keeps its customers' data, people familiar "
    "with the matter said on Friday."
)
BODY = [
    "The office in the Sudirman business district will employ about a hundred people and "
    "serve banks across Indonesia, chief executive Tan Wei Ling told reporters.",
    "Merlion Fintech, founded eight years ago, runs payment systems for some forty lenders "
    "in Singapore and Malaysia and has raised money twice this year.",
    "The company said it expected the licence from Indonesia's financial regulator to be "
    "granted before the end of the year, after talks that began in the spring.",
    "Analysts said the move would test whether the firm can compete with Indonesia's own "
    "payment start-ups, several of which are backed by the country's largest banks.",
]
UPDATE_NOTE = (
    "Updated on Dec 5: Bank Indonesia confirmed it had asked Merlion Fintech for further "
    "documents and said the review would take several weeks."
)


def _record(paragraphs: list[str], published: str) -> str:
    return json.dumps(
        {"url": URL, "title": TITLE, "published": published, "text": "\n\n".join(paragraphs)}
    )


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Night 1: the paper's page; night 2: the same address, its lead rewritten and an
    "Updated on" paragraph at its end."""
    folder = tmp_path_factory.mktemp("rewritten")
    db = folder / "desk.db"
    night1 = folder / "night1.jsonl"
    night1.write_text(_record([LEAD, *BODY], "2026-12-04T01:00:00Z") + "\n", encoding="utf-8")
    assert run(db, "dedupe", "--workers", "1", str(night1)).exit_code == 0
    age_runs(db, hours=48)
    night2 = folder / "night2.jsonl"
    night2.write_text(
        _record([NEW_LEAD, *BODY, UPDATE_NOTE], "2026-12-04T01:00:00Z") + "\n", encoding="utf-8"
    )
    assert run(db, "dedupe", "--workers", "1", str(night2)).exit_code == 0
    return db


def test_a_rewritten_lead_is_quoted_in_the_digest(db: Path) -> None:
    (story,) = [s for g in digest_json(db, "--since", "24h")["groups"] for s in g["stories"]]
    (update,) = story["updates"]
    assert update["version"] == 2
    assert update["changes"][0].startswith('new lead: "Merlion Fintech has put off the opening')
    assert update["changes"][0].endswith(' …"')  # shortened at a word
    # the new lead is that paragraph: the one added besides it is the "Updated on" line
    assert update["changes"][1:] == ["1 paragraph added", "1 paragraph removed"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_new_lead_is_quoted_in_every_digest_language(db: Path, language: str) -> None:
    result = run(
        db, "digest", "--since", "24h", "--format", "text", "--no-record", "--language", language
    )
    assert result.exit_code == 0, result.output
    text = " ".join(result.stdout.split())
    # quoted in the catalog's own marks: "…" in most, 「…」 in Japanese, “…” in Chinese, «…» in
    # Ukrainian and Russian, „…“ or „…” in the Balkan and Central European languages, ”…” in
    # Finnish, »…« in Slovenian
    lead = "Merlion Fintech has put off the opening of its Jakarta office"
    assert any(mark + lead in text for mark in ('"', "「", "“", "«", "„", "”", "»")), text


def test_a_lead_edited_is_told_as_the_edit_not_a_new_lead() -> None:
    """The older lead with a figure changed is that paragraph, edited: its changed words are
    quoted, no "new lead"."""
    edited = LEAD.replace("this month", "next month")
    said = version_changes(
        TITLE, "\n".join([LEAD, *BODY]), TITLE, "\n".join([edited, *BODY]), None, 160
    )
    assert said == ['1 paragraph edited: "this" → "next"']
