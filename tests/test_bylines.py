"""A page's author as stored: trafilatura's names, with a byline's opening word in other
languages dropped and a name repeated in another case kept once (clipper.bylines)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from clipper.bylines import byline
from clipper.models import Page
from tests.conftest import build


@pytest.mark.parametrize(
    ("names", "stored"),
    [
        ("Autor Monika Bolliger", "Monika Bolliger"),  # SRF
        ("Autorin Anna Berg; Peter Müller", "Anna Berg; Peter Müller"),
        ("Par Jean Dupont", "Jean Dupont"),
        ("Texto: Ana Pérez", "Ana Pérez"),
        ("Door Jan de Vries", "Jan de Vries"),
        ("Przez Jan Kowalski", "Jan Kowalski"),
        ("Sauli giliard; Sauli Giliard", "Sauli Giliard"),  # meta tag and JSON-LD
        # names, not labels: a surname, a label and one word, an ordinary list
        ("Di Maria", "Di Maria"),
        ("Author Unknown", "Author Unknown"),
        ("Jill Colvin; Vladimir Isachenkov", "Jill Colvin; Vladimir Isachenkov"),
        (None, None),
    ],
)
def test_byline(names: str | None, stored: str | None) -> None:
    assert byline(names) == stored


def test_an_html_page_s_author_is_stored_without_its_label(tmp_path: Path) -> None:
    body = "".join(
        f"<p>{sentence} The council will decide on the plan in a vote next month.</p>"
        for sentence in (
            "Die Stadt plant einen neuen Radweg entlang des Flusses.",
            "Anwohner hatten seit Jahren eine sichere Verbindung gefordert.",
            "Die Kosten liegen nach ersten Schätzungen bei zwei Millionen Euro.",
        )
    )
    html = (
        '<html lang="de"><head><title>Neuer Radweg am Fluss</title>'
        '<meta name="author" content="Autor Monika Bolliger"></head>'
        f"<body><article><h1>Neuer Radweg am Fluss</h1>{body}</article></body></html>"
    )
    dump = tmp_path / "pages.jsonl"
    dump.write_text(json.dumps({"url": "https://srf.example/news/radweg", "html": html}) + "\n")
    archive, _ = build(tmp_path / "a.db", [dump])
    with archive.sessions() as session:
        assert session.scalars(select(Page.author)).all() == ["Monika Bolliger"]
    archive.close()
