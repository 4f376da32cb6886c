"""A name ending in a combining mark keeps it (newcomer 19: "राहुल मिश्रा" was stored "राहुल मिश्र":
trafilatura's normalize_authors strips what ends a name that is no ``\\w`` character)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from clipper.docmeta import declared_author
from clipper.models import Page
from clipper.writtenbylines import with_final_marks
from tests.conftest import build

# Invented names, each ending in a mark: a Devanagari vowel sign (ा), a Bengali nukta (য়), a
# Tamil virama (்), a Thai vowel (ี), an Arabic shadda (ّ), a Marathi vowel sign (े).
NAMES = {
    "hi": "राहुल मिश्रा",
    "bn": "তানিয়া রায়",
    "ta": "முருகன் குமார்",
    "th": "สมชาย ใจดี",
    "ar": "سارة عليّ",
    "mr": "अनुराधा देशपांडे",
}

BODY = (
    "The ferry operator said on Tuesday that the night crossing between Aldermouth and the "
    "islands would resume next month after repairs to the landing ramp were finished ahead of "
    "schedule.",
    "Islanders had waited eleven weeks for the repairs, and the council paid for a temporary "
    "water taxi for school pupils and hospital patients while the ramp was closed.",
    "The operator said the new ramp would take heavier lorries than the old one.",
)


def _page(n: int, head: str, byline: str = "") -> dict[str, str]:
    html = (
        f"<html><head><title>Ferry crossing to resume {n}</title>{head}</head><body><article>"
        f"<h1>Ferry crossing to resume {n}</h1>{byline}"
        + "".join(f"<p>Report {n}. {p}</p>" for p in BODY)
        + "</article></body></html>"
    )
    return {"url": f"https://isles.example/news/{n}", "html": html}


def _stored(tmp_path: Path, records: list[dict[str, str]]) -> dict[str | None, str | None]:
    dump = tmp_path / "pages.jsonl"
    dump.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))
    archive, summary = build(tmp_path / "a.db", [dump])
    assert summary.skipped == {}
    with archive.sessions() as session:
        found = {url: author for url, author in session.execute(select(Page.url, Page.author))}
    archive.close()
    return found


def test_a_name_keeps_its_last_letter_in_every_script(tmp_path: Path) -> None:
    """From the page's JSON-LD, its meta tag, its byline element and a crawler's field."""
    records = []
    for i, name in enumerate(NAMES.values()):
        person = json.dumps(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "author": {"@type": "Person", "name": name},
            },
            ensure_ascii=False,
        )
        records.append(_page(4 * i, f'<script type="application/ld+json">{person}</script>'))
        records.append(_page(4 * i + 1, f'<meta name="author" content="{name}">'))
        records.append(_page(4 * i + 2, "", f'<div class="byline">{name}</div>'))
        records.append(
            {
                "url": f"https://isles.example/news/{4 * i + 3}",
                "author": name,
                "title": f"Ferry crossing to resume {4 * i + 3}",
                "maintext": "\n".join(f"Report {4 * i + 3}. {p}" for p in BODY),
            }
        )
    stored = _stored(tmp_path, records)
    for i, name in enumerate(NAMES.values()):
        for n in range(4 * i, 4 * i + 4):
            assert stored[f"https://isles.example/news/{n}"] == name, (n, name)


@pytest.mark.parametrize("name", sorted(NAMES.values()))
def test_names_listed_by_a_crawler_keep_their_marks(name: str) -> None:
    assert declared_author(f"{name}; Ann Reed") == f"{name}; Ann Reed"
    assert declared_author(f"By {name}") == name


def test_only_the_letters_written_after_the_name_come_back() -> None:
    """A name written without a final mark where it is first found (its author field) stays as
    written, though the text holds a longer word that starts with it; a name found only inside
    a longer word stays as trafilatura spelled it."""
    assert with_final_marks("अमित कुमार", ["अमित कुमार", "अमित कुमारी की रिपोर्ट"]) == "अमित कुमार"
    assert with_final_marks("राहुल मिश्र", ["लेखक: राहुल मिश्रजी"]) == "राहुल मिश्र"
    assert with_final_marks("राहुल मिश्र; Ann Reed", ["Ann Reed", "राहुल मिश्रा"]) == (
        "राहुल मिश्रा; Ann Reed"
    )
