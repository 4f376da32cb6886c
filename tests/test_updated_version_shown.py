"""An update of the page shown is what a cluster presents: rule 6 weighs each address once, by
its newest version dated as the address was first published (migration 0065; newcomer 29,
finding 2: a wire page's update, dated by its "Aktualisiert am" line and adding a paragraph,
lost to its own first version as the earlier published, so ``show``, ``search`` and the
digest gave the old text and a name the update added was found by ``search --variants``
only).

Every text here is invented: a harbour crane's collapse (English) and a mountain road closed
by a landslide (Spanish), each copied by a second outlet and updated by the first.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result
from sqlalchemy import text

from clipper import canonical
from clipper.archive import current_revision, open_archive
from clipper.cli import cli
from clipper.config import Config
from clipper.pipeline import dedupe

HARBOUR = "https://portwick-herald.example/news/crane-collapse"
HARBOUR_COPY = "https://coastline-daily.example/region/portwick-crane"
HARBOUR_PARAS = [
    "A container crane collapsed onto an empty berth at Portwick harbour early on Thursday, "
    "the port authority said, and nobody was hurt.",
    "The crane, one of four on the eastern quay, had been taken out of service on Monday "
    "after engineers reported a crack in one of its legs.",
    "Ships due to unload at the eastern quay this week have been sent to the western berths, "
    "where the authority said work would carry on through the night.",
    "The harbour master said the collapse would cut the port's capacity by about a quarter "
    "until the berth is cleared, which could take three weeks.",
    "Dockers' representatives called for every crane of the same age to be inspected before "
    "it is used again and asked for a meeting with the authority on Friday.",
    "The crane was built in 1998 and was last given a full inspection in the spring, "
    "according to records published by the port authority.",
]
HARBOUR_UPDATE = (
    "On Thursday evening the port authority's chief engineer, Ingrid Halvorsen, said the "
    "crack had spread overnight and the leg gave way under the crane's own weight."
)
ROAD = "https://diario-sierra.example/provincia/derrumbe-carretera-alta"
ROAD_COPY = "https://noticias-valle.example/sucesos/carretera-alta-cortada"
ROAD_PARAS = [
    "La carretera de la sierra alta permanecerá cortada al menos hasta el lunes después de "
    "que un derrumbe sepultara doscientos metros de calzada durante la madrugada del jueves.",
    "Los servicios de emergencia confirmaron que ningún vehículo circulaba por el tramo en el "
    "momento del desprendimiento y que no hay heridos.",
    "Los vecinos de los tres pueblos más altos deberán usar la pista forestal del norte, que "
    "añade casi cuarenta minutos a cada trayecto hasta la capital de la comarca.",
    "La diputación provincial ha enviado dos excavadoras y calcula que retirar la tierra y "
    "las rocas llevará entre cuatro y cinco días si no vuelve a llover.",
    "Los geólogos revisarán la ladera antes de reabrir la vía, porque las lluvias de noviembre "
    "dejaron el terreno empapado en varios puntos del recorrido.",
]
ROAD_UPDATE = (
    "A última hora del jueves, la ingeniera jefa de carreteras, Maite Ozcoidi, informó de que "
    "un segundo desprendimiento menor obligó a retirar las máquinas durante varias horas."
)


def _record(url: str, title: str, paras: list[str], published: str, fetched: str,
            lang: str) -> str:  # fmt: skip
    return json.dumps(
        {"url": url, "title": title, "text": "\n\n".join(paras), "published": published,
         "fetched_at": fetched, "language": lang},
        ensure_ascii=False,
    ) + "\n"  # fmt: skip


# The updates' dates: their "Updated" lines copied into the date field (read as updates), or
# a scraper's plain time of the update (read as the publication: a later date)
UPDATE_LINES = (
    "Updated 4 December 2026, 11:05 GMT",
    "Actualizado el 4 de diciembre de 2026 a las 10:40",
)
UPDATE_TIMES = ("2026-12-04T11:05:00+00:00", "2026-12-04T10:40:00+01:00")


def _lines(
    copy_published: tuple[str, str], updates: tuple[str, str] = UPDATE_LINES
) -> tuple[str, str]:
    """(first night, second night): each story's first version and a second outlet's copy,
    then the first outlet's update, dated by ``updates``."""
    first = (
        _record(HARBOUR, "Crane collapses at Portwick harbour", HARBOUR_PARAS,
                "2026-12-03T06:00:00+00:00", "2026-12-03T07:00:00+00:00", "en")
        + _record(HARBOUR_COPY, "Portwick loses a crane", HARBOUR_PARAS,
                  copy_published[0], "2026-12-03T10:00:00+00:00", "en")
        + _record(ROAD, "Un derrumbe corta la carretera de la sierra alta", ROAD_PARAS,
                  "2026-12-03T08:00:00+01:00", "2026-12-03T08:30:00+00:00", "es")
        + _record(ROAD_COPY, "Cortada la carretera alta", ROAD_PARAS,
                  copy_published[1], "2026-12-03T12:00:00+00:00", "es")
    )  # fmt: skip
    second = (
        _record(HARBOUR, "Crane collapses at Portwick harbour", [*HARBOUR_PARAS, HARBOUR_UPDATE],
                updates[0], "2026-12-04T12:00:00+00:00", "en")
        + _record(ROAD, "Un derrumbe corta la carretera de la sierra alta",
                  [*ROAD_PARAS[:3], ROAD_UPDATE, *ROAD_PARAS[3:]],
                  updates[1], "2026-12-04T11:00:00+00:00", "es")
    )  # fmt: skip
    return first, second


LATER_COPIES = ("2026-12-03T09:00:00+00:00", "2026-12-03T11:00:00+01:00")


def run(db: str, *args: str) -> Result:
    result = CliRunner().invoke(cli, [*args, "--db", db], env={"COLUMNS": "200"})
    assert "Traceback" not in result.output, result.output
    assert result.exit_code == 0, result.output
    return result


def _shown(db: str) -> dict[str, tuple[str, int]]:
    """Each cluster's page shown: its address → (its text, its version)."""
    archive = open_archive(db, create=False)
    try:
        with archive.engine.connect() as connection:
            rows = connection.execute(
                text(
                    "SELECT p.source_key, p.text, p.version FROM clusters AS c "
                    "JOIN pages AS p ON p.id = c.canonical_page_id"
                )
            ).all()
    finally:
        archive.close()
    return {row[0]: (row[1], row[2]) for row in rows}


def _store(db: str, folder: Path, nights: list[str]) -> None:
    for number, lines in enumerate(nights):
        path = folder / f"night{number}.jsonl"
        path.write_text(lines, encoding="utf-8")
        run(db, "dedupe", "--workers", "1", str(path))


@pytest.mark.parametrize("updates", [UPDATE_LINES, UPDATE_TIMES], ids=["lines", "times"])
def test_the_update_is_shown_and_searched_in_any_order(
    tmp_path: Path, updates: tuple[str, str]
) -> None:
    """The first outlet's update (its only date an update line; one paragraph added) is the
    page each cluster shows, over its own first version and a copy published after that
    version: nights in order, reversed, in one run either way, the same pages shown; ``show``
    prints the update's paragraph and ``search`` finds the name it added without
    ``--variants``."""
    first, second = _lines(LATER_COPIES, updates)
    orders = {
        "nightly": [first, second],
        "reversed": [second, first],
        "one-run": [first + second],
        "one-run-reversed": [second + first],
    }
    found = {}
    for name, nights in orders.items():
        (tmp_path / name).mkdir()
        db = str(tmp_path / name / "a.db")
        _store(db, tmp_path / name, nights)
        found[name] = _shown(db)
    for name, shown in found.items():
        assert shown == found["nightly"], name
    shown = found["nightly"]
    assert set(shown) == {HARBOUR, ROAD}
    assert HARBOUR_UPDATE in shown[HARBOUR][0] and shown[HARBOUR][1] == 2
    assert ROAD_UPDATE in shown[ROAD][0] and shown[ROAD][1] == 2
    db = str(tmp_path / "nightly" / "a.db")
    assert "Halvorsen" in run(db, "show", HARBOUR).output
    for word, title in (("Halvorsen", "Crane collapses"), ("Ozcoidi", "Un derrumbe")):
        hits = run(db, "search", word).output
        assert title in hits, hits


def test_a_copy_published_before_the_first_version_stays_shown(tmp_path: Path) -> None:
    """The update is dated as its address was first published, not earlier: a second
    outlet's copy published before the first version is still the original shown."""
    first, second = _lines(("2026-12-03T05:00:00+00:00", "2026-12-03T06:30:00+01:00"))
    db = str(tmp_path / "a.db")
    _store(db, tmp_path, [first, second])
    assert set(_shown(db)) == {HARBOUR_COPY, ROAD_COPY}


@pytest.mark.parametrize(
    "backend_name",
    ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql)],
    indirect=True,
)
def test_an_archive_made_before_0065_shows_the_update_after_the_upgrade(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An archive whose clusters were chosen by rule 6 of before (every version a candidate),
    set back to the revision before 0065: after the upgrade each cluster shows its update,
    as an archive made afresh does."""
    monkeypatch.setattr(
        canonical, "_addresses_as_shown", lambda group: {node.page_id: node for node in group}
    )
    first, second = _lines(LATER_COPIES, UPDATE_TIMES)
    for number, lines in enumerate((first, second)):
        path = tmp_path / f"n{number}.jsonl"
        path.write_text(lines, encoding="utf-8")
        archive = open_archive(db_url)
        try:
            dedupe(archive, [str(path)], Config(workers=1))
        finally:
            archive.close()
    assert all(version == 1 for _, version in _shown(db_url).values())  # the rule of before
    monkeypatch.undo()
    archive = open_archive(db_url)
    try:
        with archive.engine.begin() as connection:
            connection.execute(text("UPDATE alembic_version SET version_num = '0064'"))
    finally:
        archive.close()
    archive = open_archive(db_url)  # a user's next command: upgraded
    try:
        assert (current_revision(archive) or "") >= "0065"
    finally:
        archive.close()
    fresh = str(tmp_path / "fresh.db")
    _store(fresh, tmp_path, [first, second])
    after: dict[str, Any] = _shown(db_url)
    assert after == _shown(fresh)
    assert HARBOUR_UPDATE in after[HARBOUR][0] and ROAD_UPDATE in after[ROAD][0]


def test_a_record_whose_date_field_is_its_update_line(tmp_path: Path) -> None:
    """A scraper that copied the page's only date line into ``published`` ("Aktualisiert am
    4. Dezember 2026, 11:05 Uhr", "Updated 4 December 2026, 11:05 GMT"): alone, the page is
    dated by it as an update (published by then at the latest); as a later version, it keeps
    its first version's publication date and the update time apart, and is the version 2
    shown (newcomer 29, finding 2: it was read as the publication, a day after the first)."""
    first, second = _lines(LATER_COPIES)
    db = str(tmp_path / "a.db")
    _store(db, tmp_path, [first, second])
    exported = run(db, "export", "--format", "jsonl").output
    rows = {
        (row["url"], row["version"]): row
        for row in map(json.loads, exported.splitlines())
        if row["url"] in (HARBOUR, ROAD)
    }
    update = rows[(HARBOUR, 2)]
    assert update["is_canonical"] and update["published"] == "2026-12-03T06:00:00+00:00"
    assert update["updated"] == "2026-12-04T11:05:00+00:00"
    assert rows[(ROAD, 2)]["published"] == "2026-12-03T07:00:00+00:00"
    assert (rows[(ROAD, 2)]["updated"] or "").startswith("2026-12-04T10:40")
    alone = tmp_path / "alone"
    alone.mkdir()
    german = _record(
        "https://elbkurier.example/hafen/kran", "Kran im Hafen eingestürzt",
        ["Im Hafen ist am Donnerstag ein Containerkran auf einen leeren Liegeplatz gestürzt, "
         "verletzt wurde nach Angaben der Hafenbehörde niemand.",
         "Der Kran war bereits am Montag stillgelegt worden, nachdem Ingenieure einen Riss "
         "in einem seiner Beine entdeckt hatten, und sollte im Frühjahr ersetzt werden."],
        "Aktualisiert am 4. Dezember 2026, 11:05 Uhr", "2026-12-04T12:00:00+00:00", "de",
    )  # fmt: skip
    db = str(alone / "a.db")
    _store(db, alone, [german])
    (row,) = map(json.loads, run(db, "export", "--format", "jsonl").output.splitlines())
    # 11:05 Uhr on German's one clock (CET, UTC+1 in December)
    assert row["date_source"] == "updated" and row["published"] == "2026-12-04T10:05:00+00:00"
