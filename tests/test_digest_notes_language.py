"""What ``clipper digest`` tells on standard error follows ``--language`` (a francophone
desk's finding: a French digest came with "digest of 2 stories (2 new) written to …", "nothing
new from …" and the backfill and killed-run warnings in English).  The lines come from the
digest's own catalogs (:mod:`clipper.digest.notes`), with each language's plural forms."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from clipper.cli import cli
from clipper.translations import LANGUAGES
from tests.conftest import records_archive
from tests.test_digest_killed_run import kill_before_story_stage

CATALOGS = [language for language in LANGUAGES if language != "en"]
# Every English line's own words, as the English digest prints them.
ENGLISH = (
    "written to",
    "nothing new from",
    "no story from",
    "arrived or grew",
    "in no story yet",
    "stored in the window",
    "backfill of older pages",
)

# Invented pages: tonight's (undated) and a 2018 report read from an old dump (a backfill).
RECORDS = [
    {
        "url": "https://quai-ouest.example/bac-de-nuit",
        "title": "Night ferry to Port Vellin halted",
        "text": "The night ferry between Sarnac and Port Vellin stopped running on Wednesday "
        "after a fault in its steering gear was found during a routine check.\n\n"
        "The operator said repairs would take at least five days and that passengers "
        "with tickets could travel on the morning boat or ask for their money back.\n\n"
        "Lorry drivers who use the crossing every night said the delay would cost "
        "them a full day on each trip to the mills on the far side of the bay.",
    },
    {
        "url": "https://archives-valdor.example/2018/vendanges",
        "title": "Early grape harvest in the Valdor hills",
        "published": "2018-09-02T08:00:00+02:00",
        "text": "Wine growers in the Valdor hills began picking their grapes two weeks "
        "earlier than usual after the hottest August the region has recorded.\n\n"
        "The growers' union said the crop was small but sweet, and that several "
        "estates had hired students from the town to finish before the rain.\n\n"
        "A cooperative in Bressac said it would press the first grapes on Monday "
        "and expected to bottle its new white wine by the end of the winter.",
    },
]


@pytest.fixture(scope="module")
def archives(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """An archive holding tonight's page and a backfilled one; another whose run was killed
    before its story stage (its pages in no story)."""
    night = records_archive(tmp_path_factory.mktemp("night"), RECORDS)
    killed = records_archive(tmp_path_factory.mktemp("killed"), RECORDS)
    kill_before_story_stage(killed, "running")
    return night, killed


def digest(db: Path, language: str, *args: str) -> Result:
    return CliRunner().invoke(
        cli,
        ["digest", "--db", str(db), "--no-record", "--tz", "UTC", "--language", language,
         *args],
    )


def told(archives: tuple[Path, Path], language: str, out: Path) -> list[str]:
    """The stderr of a digest written to ``out`` (a backfill told), of one left out with
    --no-backfill, of one of an empty window, and of the killed run's archive."""
    night, killed = archives
    results = [
        (digest(night, language, "--since", "1d", "-o", str(out)), 0),
        (digest(night, language, "--since", "1d", "--no-backfill", "--format", "json"), 0),
        (digest(night, language, "--since", "1d", "--query", "xylophone"), 3),
        (digest(killed, language, "--since", "1d"), 3),
    ]
    for result, code in results:
        assert result.exit_code == code, result.output
    return [result.stderr for result, _ in results]


def test_a_french_digest_tells_its_counts_and_warnings_in_french(
    archives: tuple[Path, Path], tmp_path: Path
) -> None:
    out = tmp_path / "revue.html"
    written, left_out, empty, unfiled = told(archives, "fr", out)
    assert f"revue de 2 sujets (2 nouveaux) écrite dans {out} (html)" in written
    assert "1 sujet enregistré pendant la période mais publié avant le " in written
    assert (
        "(un rattrapage de pages anciennes) : marqué ARCHIVE et listé en dernier ; "
        "--no-backfill le laisse de côté"
    ) in written
    assert "laissé de côté : sans --no-backfill, il est listé, marqué ARCHIVE" in left_out
    assert empty.startswith("rien de nouveau du ")
    assert "(2 sujets sont apparus ou ont grandi ; suivi : Recherche : xylophone)" in empty
    assert unfiled.startswith("aucun sujet du ")
    assert "(0 sujet est apparu ou a grandi ; suivi : Tous les sujets)" in unfiled  # fr: 0 is one
    assert "l'exécution 1 a enregistré 2 pages sans sujet pour l'instant" in unfiled
    assert "relancez clipper dedupe" in unfiled
    for line in (written, left_out, empty, unfiled):
        assert not [phrase for phrase in ENGLISH if phrase in line], line


@pytest.mark.parametrize("language", CATALOGS)
def test_every_digest_language_tells_its_notes_in_that_language(
    archives: tuple[Path, Path], tmp_path: Path, language: str
) -> None:
    out = tmp_path / "digest.txt"
    lines = told(archives, language, out)
    assert all(lines), lines  # each said something
    for line in lines:
        assert not [phrase for phrase in ENGLISH if phrase in line], (language, line)
    assert str(out) in lines[0] and "--no-backfill" in lines[0]
    assert "clipper dedupe" in lines[3]


def test_the_english_notes_keep_their_words_with_english_plurals(
    archives: tuple[Path, Path], tmp_path: Path
) -> None:
    out = tmp_path / "digest.html"
    written, left_out, empty, unfiled = told(archives, "en", out)
    assert f"digest of 2 stories (2 new) written to {out} (html)" in written
    assert "1 story stored in the window but published before " in written
    assert "marked ARCHIVE and listed last; --no-backfill leaves it out" in written
    assert "left out 1 story stored in the window" in left_out
    assert "(2 stories arrived or grew; followed: Search: xylophone)" in empty
    assert empty.startswith("nothing new from ")
    assert unfiled.startswith("no story from ")
    assert "run 1 stored 2 pages in no story yet" in unfiled
