"""A wget mirror's page gives no fetch time; its file's modification time says when it was
saved (``wget --mirror`` sets it to the download or the server's Last-Modified), and is the
page's first sighting (``pages.seen_at``) in place of the run's start (newcomer 37b finding
6: two nights' mirrors of one page, in folders not named by date, read in reverse made the
older text the newest).  A time to the second only: a copy made without keeping times gives
every file the moment it was written, with a fraction of a second, which is not read.
Invented pages, ``*.example`` sites."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from clipper.models import Page
from clipper.read.savedtimes import saved_time
from tests.conftest import build

URL = "https://www.savoie-matin.example/economie/2025/11/20/telepherique-vanoise.html"
TITLE = "Le téléphérique de la Vanoise rouvrira avant Noël"
PARAGRAPHS = [
    "Le téléphérique reliant Pralognan au refuge du Génépy rouvrira le 20 décembre, après "
    "huit mois de travaux sur la gare d'arrivée, a annoncé jeudi la régie des remontées.",
    "Les deux cabines ont été remplacées par des modèles de soixante places, et le câble "
    "tracteur a été changé sur toute sa longueur de deux kilomètres et demi.",
    "La régie prévoit une fréquentation de 90 000 passagers cet hiver, contre 70 000 lors "
    "de la dernière saison complète, grâce au forfait commun avec le domaine voisin.",
]
ADDED = (
    "Les moniteurs de l'école de ski locale saluent la réouverture, qui leur rend l'accès "
    "aux pentes hors-piste du versant nord fermées depuis le printemps dernier."
)
# When each night's mirror saved the page (UTC): its file's time
NIGHT_TIMES = {"night1": "2025-11-20T23:10:00", "night2": "2025-11-21T23:10:00"}


def _night(root: Path, night: str, paragraphs: list[str], saved: str | None) -> Path:
    """The mirror of ``night`` (a folder not named by date) holding the page, its file's
    modification time ``saved`` (UTC; None: left at the time it was written)."""
    folder = root / night / "www.savoie-matin.example" / "economie" / "2025" / "11" / "20"
    folder.mkdir(parents=True)
    file = folder / "telepherique-vanoise.html"
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    file.write_text(
        f'<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{TITLE}</title>'
        f'<link rel="canonical" href="{URL}">'
        '<meta property="article:published_time" content="2025-11-20T10:30:00+01:00">'
        f"</head><body><main><article><h1>{TITLE}</h1>{body}</article></main></body></html>",
        encoding="utf-8",
    )
    if saved is not None:
        stamp = datetime.fromisoformat(saved).replace(tzinfo=UTC).timestamp()
        ns = round(stamp * 1_000_000) * 1000
        os.utime(file, ns=(ns, ns))
    return root / night


def _versions(db: Path) -> dict[str, tuple[int, str]]:
    """Each stored version's night (its origin's folder): its number and first sighting."""
    archive, _ = build(db, [])
    with archive.sessions() as session:
        rows = session.execute(select(Page.origin, Page.version, Page.seen_at)).all()
    return {
        next(n for n in NIGHT_TIMES if f"/{n}/" in row.origin): (row.version, row.seen_at)
        for row in rows
    }


@pytest.mark.parametrize("order", [("night1", "night2"), ("night2", "night1")])
def test_the_night_saved_later_is_the_newer_version_in_any_order(
    tmp_path: Path, order: tuple[str, str]
) -> None:
    """Each night's mirror stored in its own run, in date order and in reverse: the text saved
    on night 2 (a paragraph added) is version 2 either way, each first seen when it was
    saved."""
    nights = {
        "night1": _night(tmp_path, "night1", PARAGRAPHS, NIGHT_TIMES["night1"]),
        "night2": _night(tmp_path, "night2", [*PARAGRAPHS, ADDED], NIGHT_TIMES["night2"]),
    }
    db = tmp_path / "a.db"
    for night in order:
        build(db, [nights[night]])
    assert _versions(db) == {
        "night1": (1, NIGHT_TIMES["night1"]),
        "night2": (2, NIGHT_TIMES["night2"]),
    }


def test_files_copied_without_their_times_are_first_seen_when_read(tmp_path: Path) -> None:
    """Both nights copied without their times (``cp`` without ``-p``: each file the moment it
    was written, a fraction of a second in it): no saved time is read, and each text is first
    seen at its run's start, as before (a guard: main reads no file time at all)."""
    copied = {"night1": "2025-11-22T08:00:03.250000", "night2": "2025-11-22T08:00:01.500000"}
    nights = {
        "night1": _night(tmp_path, "night1", PARAGRAPHS, copied["night1"]),
        "night2": _night(tmp_path, "night2", [*PARAGRAPHS, ADDED], copied["night2"]),
    }
    db = tmp_path / "a.db"
    before = datetime.now(UTC).replace(tzinfo=None).isoformat(timespec="seconds")
    for night in ("night2", "night1"):
        build(db, [nights[night]])
    seen = {night: when for night, (_, when) in _versions(db).items()}
    assert all(when >= before for when in seen.values()), seen


def test_a_saved_time_is_a_whole_second_before_now(tmp_path: Path) -> None:
    """A file's time is its saved time when set to the second (as wget sets Last-Modified)
    and not later than the moment it is read; one with a fraction of a second (written then)
    or later than now (a wrong clock) is none."""
    file = tmp_path / "page.html"
    file.write_text("<p>x</p>", encoding="utf-8")
    now = datetime(2025, 11, 21, 12, 0, tzinfo=UTC)
    second = 1_000_000_000
    at = int(now.timestamp()) * second
    for stamp, saved in [
        (at - 60 * second, "2025-11-21T11:59:00"),
        (at - 60 * second + 250_000_000, None),
        (at + 60 * second, None),
    ]:
        os.utime(file, ns=(stamp, stamp))
        assert saved_time(file, now) == saved
