"""``bench/textdump.py`` scores each cleaning setting, then the dates read from the same dumps,
as a fresh process reads them: the English-table setting it measures first once left its kept
line readings to the publication dates measured after it (fundus: 45 dates found at d38a6d7,
40 on main at 54953e8, 55 read by a fresh process)."""

from __future__ import annotations

import importlib.util
from datetime import datetime
from pathlib import Path
from types import ModuleType

import pytest

from clipper import paragraphs

BENCH = Path(__file__).resolve().parent.parent / "bench"

BODY = (
    "Der Hafen von Aldermouth bekommt einen neuen Kai, teilte die Stadtverwaltung am Mittwoch "
    "mit. Die Arbeiten sollen im Frühjahr beginnen und zwei Jahre dauern.\n"
    "Die Kosten von rund vierzig Millionen Euro teilen sich Land und Stadt, hieß es weiter. "
    "Kritik kam von Anwohnern, die mehr Lärm und Verkehr auf der Hafenstraße befürchten."
)
DUMPS = [  # (a dump's date line under its headline, the day it gives)
    ("Veröffentlicht am 3. Dezember 2026 um 10:32", "2026-12-03"),
    ("Publié le 2 décembre 2026 à 16h00", "2026-12-02"),
    (
        "Zuerst veröffentlicht am Mittwoch, 1. Dezember 2026 um 10:32 Uhr MEZ | Zuletzt "
        "aktualisiert am Donnerstag, 2. Dezember 2026 um 08:15 Uhr MEZ",
        "2026-12-01",
    ),
]
FETCHED = datetime(2026, 12, 5, 9, 0)


@pytest.fixture
def bench_textdump(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    monkeypatch.syspath_prepend(str(BENCH))
    spec = importlib.util.spec_from_file_location("bench_textdump", BENCH / "textdump.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_dates_after_the_cleaning_settings_are_a_fresh_process_s(
    bench_textdump: ModuleType,
) -> None:
    cases = [(f"Neuer Kai für den Hafen\n{line}\n{BODY}", day, FETCHED) for line, day in DUMPS]
    paragraphs.forget()
    bench_textdump.run([(dump, BODY) for dump, _, _ in cases])
    measured = bench_textdump.date_scores(cases)
    paragraphs.forget()  # a fresh process's reading
    assert measured == bench_textdump.date_scores(cases) == {"pages": 3, "found": 3, "right": 3}
