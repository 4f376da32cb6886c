"""A status label before a headline ("UPDATED: …", "BREAKING: …", "JUST IN | …", Reuters'
"UPDATE 2-…", French "MISE À JOUR : …", "EN DIRECT - …", Spanish "ÚLTIMA HORA: …") is the
site's word on the story, not the headline's: cut from the stored title that ``digest`` and
``search`` show, by the page's own language's table (newcomer 51a, finding 3: Punch's second
version of a story stood in the digest as "UPDATED: CBN approves …").  Invented outlets and
text."""

from __future__ import annotations

from pathlib import Path

import pytest

from clipper.titlelabels import unlabelled
from tests.conftest import build, cli_ok, exported


@pytest.mark.parametrize(
    ("title", "language", "headline"),
    [
        ("UPDATED: Ferry board approves six new boats", "en", "Ferry board approves six new boats"),
        ("Breaking News: Fire at the Apapa port", "en", "Fire at the Apapa port"),
        ("JUST IN | Senate passes the harbour bill", "en", "Senate passes the harbour bill"),
        ("LIVE: Floods cut the coastal road", "en", "Floods cut the coastal road"),
        ("UPDATE 2-Lagoon Telecom plans bond", "en", "Lagoon Telecom plans bond"),
        ("[UPDATED] Senate passes the harbour bill", "en", "Senate passes the harbour bill"),
        ("LIVE: BREAKING: Quake hits the city", "en", "Quake hits the city"),
        ("MISE À JOUR : Le port de Lagune rouvre", "fr", "Le port de Lagune rouvre"),
        ("EN DIRECT - Les pluies inondent Dakar", "fr", "Les pluies inondent Dakar"),
        ("URGENT : Le ministre démissionne", "fr", "Le ministre démissionne"),
        ("Direct : les pluies inondent Dakar", "fr", "les pluies inondent Dakar"),
        ("ÚLTIMA HORA: El puerto reabre sus muelles", "es", "El puerto reabre sus muelles"),
        ("AO VIVO | Chuvas fecham a estrada", "pt", "Chuvas fecham a estrada"),
        ("Eilmeldung: Hafen wieder geöffnet", "de", "Hafen wieder geöffnet"),
    ],
)
def test_a_status_label_is_cut_from_the_headline(title: str, language: str, headline: str) -> None:
    assert unlabelled(title, language) == headline


@pytest.mark.parametrize(
    ("title", "language"),
    [
        # no separator: a headline's own word
        ("Updated guidance for ferry passengers", "en"),
        ("Live music returns to the jetty", "en"),
        # a label and one word: left as written
        ("Breaking: Bad", "en"),
        # another language's label: decided by the page's language alone
        ("Direct: the man who built the bridge", "en"),
        ("Live : le match de ce soir", "fr"),
        ("UPDATED: Ferry board approves boats", "fr"),
        ("UPDATED: Ferry board approves boats", None),
        # an editorial label, not a status
        ("EXCLUSIVE: Gulf fund behind the ferry deal", "en"),
    ],
)
def test_a_headline_s_own_words_stay(title: str, language: str | None) -> None:
    assert unlabelled(title, language) == title


def _page(title: str) -> str:
    body = "".join(
        f"<p>{p}</p>"
        for p in [
            "The Lagoon State ferry board said on Monday that it had approved a plan to add six "
            "new boats to its fleet before the rainy season, after months of complaints.",
            "The board's chairman said the boats would be built at a yard in Epe and would "
            "carry up to 80 passengers each on the busiest routes across the lagoon.",
            "Commuters have long complained about waits of more than an hour at the jetties "
            "in the mornings, when traffic on the bridges is at its worst.",
        ]
    )
    return (
        f'<html lang="en"><head><title>{title} - Harbour Punch</title>'
        f'<meta property="og:title" content="{title}">'
        '<link rel="canonical" href="https://harbourpunch.example/ferry-board-boats/">'
        '<meta property="article:published_time" content="2026-12-07T09:00:00+01:00">'
        f"</head><body><article><h1>{title}</h1>{body}</article></body></html>"
    )


def test_digest_and_search_show_the_headline_without_its_label(tmp_path: Path) -> None:
    folder = tmp_path / "night"
    folder.mkdir()
    (folder / "punch.html").write_text(
        _page("UPDATED: Ferry board approves six new boats"), encoding="utf-8"
    )
    archive, _ = build(tmp_path / "a.db", [folder])
    archive.close()
    (row,) = exported(tmp_path / "a.db").values()
    assert row["title"] == "Ferry board approves six new boats"
    db = str(tmp_path / "a.db")
    digest = cli_ok(db, "digest").output
    assert "Ferry board approves six new boats" in digest
    assert "UPDATED" not in digest
    found = cli_ok(db, "search", "ferry").output
    assert "Ferry board approves" in found and "UPDATED" not in found
