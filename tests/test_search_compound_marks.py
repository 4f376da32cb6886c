"""A search word found inside a compound is marked in the snippet (new users 44: ``search
Regierung`` found a page writing "Regierungskrise" and showed its passage with no mark).  The
whole compound is marked, as a case form is (``Helsingissä`` for ``Helsinki``): a mark is a
word the index matched.  In every language whose compounds are split (clipper.compounds), on
SQLite and PostgreSQL, in text and JSON output.  Every page here is invented."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from clipper.archive import Archive
from clipper.cli import cli
from clipper.search import search
from clipper.searchterms import query_tokens
from clipper.snippets import snippet
from tests.searchpages import stored_archive, write_article_pages

PUBLISHED = "2026-12-04T09:00:00+01:00"
PAGES = {
    "hamburg.html": (
        "de",
        "https://alster-bote.example/hafen/streik",
        "Streik legt den Hafen lahm",
        [
            "Am Dienstag traten die Hafenarbeiter in Hamburg in den Ausstand; die Streikwelle "
            "erreichte am Abend auch Bremerhaven, teilte die Gewerkschaft mit.",
            "Das Außenministerium in Berlin verfolgt die Lage nach eigenen Angaben genau.",
        ],
    ),
    "rotterdam.html": (
        "nl",
        "https://maas-koerier.example/haven/staking",
        "Rotterdam ligt stil",
        [
            "De havenstaking in Rotterdam ging dinsdag de derde dag in, meldde de vakbond.",
        ],
    ),
    "goteborg.html": (
        "sv",
        "https://gota-posten.example/hamn/strejk",
        "Strejken fortsätter i Göteborg",
        ["Hamnarbetare i Göteborg strejkade på tisdagen för tredje dagen i rad."],
    ),
    "aarhus.html": (
        "da",
        "https://aros-avis.example/havn/strejke",
        "Strejken fortsætter i Aarhus",
        ["Havnearbejdere i Aarhus strejkede tirsdag for tredje dag i træk."],
    ),
    "stavanger.html": (
        "nb",
        "https://siddis-blad.example/havn/streik",
        "Streiken fortsetter i Stavanger",
        ["Havnearbeidere i Stavanger streiket tirsdag for tredje dag på rad."],
    ),
    "turku.html": (
        "fi",
        "https://aura-uutiset.example/satama/lakko",
        "Lakko jatkuu Turussa",
        ["Satamalakko jatkui tiistaina Turussa jo kolmatta päivää, kertoi liitto."],
    ),
    "dover.html": (
        "en",
        "https://channel-gazette.example/port/strike",
        "Dockers walk out at Dover",
        [
            "Dockers walked out at Dover on Tuesday; a union official compared the "
            "Hafenarbeiter of Hamburg with the port's own crews.",
        ],
    ),
}
SITE = {name: url.split("/")[2] for name, (_, url, _, _) in PAGES.items()}
# query → {page: the words its snippet marks}
EXPECTED = [
    ("Arbeiter", {"hamburg.html": ["Hafenarbeiter"]}),
    ("Welle", {"hamburg.html": ["Streikwelle"]}),
    ("Ministerium", {"hamburg.html": ["Außenministerium"]}),
    ("Arbeiter AND Welle", {"hamburg.html": ["Hafenarbeiter", "Streikwelle"]}),
    ("Minister*", {"hamburg.html": ["Außenministerium"]}),
    ("Well*", {"hamburg.html": ["Streikwelle"]}),
    ("staking", {"rotterdam.html": ["havenstaking"]}),
    ("arbetare", {"goteborg.html": ["Hamnarbetare"]}),
    ("arbejdere", {"aarhus.html": ["Havnearbejdere"]}),
    ("arbeidere", {"stavanger.html": ["Havnearbeidere"]}),
    ("lakko", {"turku.html": ["Satamalakko"]}),
    ("satama", {"turku.html": ["Satamalakko"]}),
]


@pytest.fixture(scope="module")
def archive(module_db_url: str, tmp_path_factory: pytest.TempPathFactory) -> Any:
    yield from stored_archive(
        module_db_url, tmp_path_factory.mktemp("compound-marks"), PAGES, PUBLISHED
    )


def _marked(text: str) -> list[str]:
    return [piece.partition("]")[0] for piece in text.split("[")[1:]]


@pytest.mark.parametrize(("query", "expected"), EXPECTED)
def test_the_compound_holding_the_word_is_marked(
    archive: Archive, query: str, expected: dict[str, list[str]]
) -> None:
    hits = search(archive, query)
    assert {hit.site: _marked(hit.snippet) for hit in hits} == {
        SITE[page]: words for page, words in expected.items()
    }


def test_a_word_only_looking_like_a_compound_part_is_not_marked() -> None:
    # "Wirtschaft" is no Wirt + Schaft (clipper.compounds' frequency rule), so a snippet of a
    # German text holding it marks nothing for "Schaft"; an English text is not split at all
    terms = [query_tokens("schaft")]
    text = "Die Wirtschaft wächst langsamer als erwartet, sagte der Verband."
    assert _marked(snippet(text, terms, ("[", "]"), language="de")) == []
    english = "The Hafenarbeiter of Hamburg walked out."
    assert _marked(snippet(english, [query_tokens("arbeiter")], ("[", "]"), language="en")) == []


def test_a_compound_deep_in_a_long_text_is_marked() -> None:
    """The look for plain-ASCII words ahead of folding finds a compound too, far into a text
    (the snippet is made from the text around it)."""
    filler = "Die Kammer tagte lange und vertagte sich mehrmals ohne Ergebnis. " * 12
    text = filler + "Am Abend meldete sich die Regierungssprecherin zu Wort."
    made = snippet(text, [query_tokens("regierung")], ("[", "]"), language="de")
    assert _marked(made) == ["Regierungssprecherin"]


def test_the_command_marks_the_compound_in_text_and_json(tmp_path: Path) -> None:
    pages = write_article_pages(tmp_path / "pages", PAGES, PUBLISHED)
    db = str(tmp_path / "clipper.db")
    runner = CliRunner()
    stored = runner.invoke(cli, ["dedupe", "--db", db, str(pages)])
    assert stored.exit_code == 0, stored.output
    shown = runner.invoke(cli, ["search", "--db", db, "Arbeiter"])
    assert shown.exit_code == 0, shown.output
    assert "[Hafenarbeiter]" in shown.output
    lines = runner.invoke(cli, ["search", "--db", db, "--json", "lakko"]).output.splitlines()
    assert [_marked(json.loads(line)["snippet"]) for line in lines] == [["Satamalakko"]]
