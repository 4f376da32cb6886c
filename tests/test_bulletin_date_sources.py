"""A broadcast's date is declared where its transcript's header gives it, and a guess where
only the file's name does, as a text dump's file-name date is (newcomer 33 finding 14,
fixes33c's note: a transcript dated by its name alone was stored as declared).  Every
bulletin here is invented."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from clipper.cli import cli

ITEMS = """00:00:00 [Cortina musical]
00:00:04 LOCUTOR: El puerto de Paita embarcó un récord de cuarenta mil toneladas de mango en \
noviembre, la mayor cifra de su historia, gracias a la demanda europea.
00:00:30 [Cortina musical]
00:00:33 LOCUTORA: En Piura, la municipalidad cerró tres mercados por obras de drenaje antes de \
la temporada de lluvias y reubicó a los comerciantes en la plaza de armas.
"""
HEADER = "Radio Norte Noticias - Boletín de las 9:00 - 2 de diciembre de 2026\n\n"


def stored(tmp_path: Path, name: str, text: str) -> list[dict[str, object]]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'radio.db'}"
    runner = CliRunner()
    assert runner.invoke(cli, ["dedupe", "--db", db, "--workers", "1", str(path)]).exit_code == 0
    result = runner.invoke(cli, ["export", "--db", db, "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.output.splitlines() if line.strip()]


@pytest.mark.parametrize(
    ("header", "source", "day"),
    [(HEADER, "declared", "2026-12-02"), ("", "guessed", "2026-12-03")],
)
def test_a_name_alone_dates_a_bulletin_as_a_guess(
    tmp_path: Path, header: str, source: str, day: str
) -> None:
    rows = stored(tmp_path, "radio_norte_0900_2026-12-03.txt", header + ITEMS)
    assert len(rows) == 2
    for row in rows:
        assert row["date_source"] == source, row
        assert str(row["published"]).startswith(day), row
