"""A news agency's code as the byline ("nsa", "dpa", "kna": never "Dpa" in the German press)
kept as written, not title-cased as trafilatura's ``normalize_authors`` does every name not
starting with a capital; a particle before a capitalised name ("van der Berg") too; a person's
name written in lower case ("lena vogt") still title-cased.  Invented pages and records."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clipper.clean import clean_page
from clipper.config import CleanConfig, ReadLimits
from clipper.page import Article, RawPage, Rejection
from clipper.read import read_pages

CONFIG = CleanConfig()
PARAGRAPHS = [
    "Der Verkehrsverbund Mittelland erhöht zum Jahreswechsel die Preise für Monatskarten um "
    "durchschnittlich vier Prozent, wie ein Sprecher am Donnerstag in Halberstedt mitteilte.",
    "Einzelfahrscheine sollen dagegen gleich teuer bleiben; das Deutschlandticket gilt weiter "
    "in allen Bussen und Bahnen des Verbundes, auch auf den neuen Schnellbuslinien.",
]


def _page(author_meta: str, byline: str) -> RawPage:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    html = (
        '<html lang="de"><head><title>Monatskarten werden teurer</title>'
        f'<meta name="author" content="{author_meta}"></head><body><article>'
        f'<h1>Monatskarten werden teurer</h1><div class="byline">{byline}</div>{body}'
        "</article></body></html>"
    )
    return RawPage(
        origin="t/page.html",
        kind="html",
        body=html.encode(),
        url="https://mittelland-kurier.example/region/monatskarten-teurer",
    )


@pytest.mark.parametrize("code", ["nsa", "dpa", "afp", "kna", "epd"])
def test_an_agency_code_byline_is_kept_as_written(code: str) -> None:
    article = clean_page(_page(code, f"{code} 03.12.2026"), CONFIG)
    assert isinstance(article, Article), article
    assert article.author == code


@pytest.mark.parametrize(
    ("written", "stored"),
    [
        ("Lena Vogt/dpa", "Lena Vogt; dpa"),
        ("Piet van der Berg", "Piet van der Berg"),
        ("van der Berg", "van der Berg"),
        ("lena vogt", "Lena Vogt"),  # a person's name in lower case: capitalised
        ("Lena Vogt", "Lena Vogt"),
    ],
)
def test_a_record_author_keeps_its_own_case(tmp_path: Path, written: str, stored: str) -> None:
    path = tmp_path / "items.jsonl"
    record = {
        "url": "https://mittelland-kurier.example/region/monatskarten-teurer",
        "title": "Monatskarten werden teurer",
        "text": "\n\n".join(PARAGRAPHS),
        "author": written,
    }
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n")
    rejected: list[Rejection] = []
    (raw,) = read_pages([path], ReadLimits(), rejected.append)
    article = clean_page(raw, CONFIG)
    assert isinstance(article, Article), article
    assert article.author == stored
