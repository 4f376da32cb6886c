"""``clipper stats`` counts in the words of ``clipper dedupe``'s run summary (newcomer 41: the
summary said "word-for-word copies" after session 41, ``stats`` still "exact duplicates" and a
DUPES column, which a reader took for the skipped ``duplicate``s: now COPIES, said under the
table).

Fixtures: invented news records of a regional water plan: an agency's article, an outlet's
unchanged copy of it, an outlet's edited copy, and an unrelated article.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from click.testing import CliRunner

from clipper.cli import cli

_PLAN = (
    "El gobierno regional de Antioquia presentó este viernes un plan de 1,3 billones de pesos "
    "para llevar agua potable a 214 veredas que hoy dependen de carrotanques, informó la "
    "gobernación en un comunicado.\n\n"
    "Las obras empezarán en febrero por los municipios del Bajo Cauca y durarán tres años, "
    "según el secretario de Infraestructura, que pidió a los alcaldes tener listos los predios "
    "para los tanques de almacenamiento.\n\n"
    "Los campesinos de la zona celebraron el anuncio, pero recordaron que un plan parecido de "
    "2019 quedó en el papel por falta de contratistas."
)
_EDITED = _PLAN.replace("celebraron el anuncio", "recibieron con cautela el anuncio")
_OTHER = (
    "El Concejo de Medellín aprobó en segundo debate la ampliación del metrocable hacia el "
    "corregimiento de San Cristóbal, una obra que costará 600.000 millones de pesos y que "
    "movilizará a 40.000 personas al día cuando entre en servicio en 2029, dijo la alcaldía."
)


def _records() -> list[dict[str, str]]:
    def record(site: str, path: str, title: str, text: str) -> dict[str, str]:
        return {
            "url": f"https://{site}/{path}", "title": title, "maintext": text,
            "language": "es", "date_publish": "2026-12-05 15:00:00",
        }  # fmt: skip

    title = "Antioquia anuncia plan de agua potable para 214 veredas"
    return [
        record("agencia-andina.example", "nacional/plan-agua", title, _PLAN),
        record("diario-uraba.example", "region/plan-agua", title, _PLAN),
        record("el-colombiano-sur.example", "antioquia/agua", title, _EDITED),
        record("medellin-hoy.example", "ciudad/metrocable", "Concejo aprueba metrocable", _OTHER),
    ]


def test_stats_says_word_for_word_copies_as_the_run_summary_does(tmp_path: Path) -> None:
    dump = tmp_path / "night.jsonl"
    dump.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in _records()))
    db = str(tmp_path / "clipper.db")
    env = {"COLUMNS": "120"}
    run = CliRunner().invoke(cli, ["dedupe", "--db", db, "--workers", "1", str(dump)], env=env)
    assert run.exit_code == 0, run.output
    in_summary = re.search(r"^  word-for-word copies +(\d+) ", run.stdout, re.MULTILINE)
    assert in_summary is not None and in_summary[1] == "1"  # the unchanged copy alone

    shown = CliRunner().invoke(cli, ["stats", "--db", db], env=env)
    assert shown.exit_code == 0, shown.output
    assert (
        "  word-for-word copies           1 (of the variants: another outlet's unchanged copy)\n"
        in shown.stdout
    )
    assert "  variants (other copies)        2\n" in shown.stdout
    assert "exact duplicates" not in shown.stdout and "DUPES" not in shown.stdout
    header, row, _, legend = shown.stdout.splitlines()[-4:]
    columns = header.split()
    assert columns[:8] == [
        "RUN", "STARTED", "STATUS", "READ", "KNOWN", "STORED", "COPIES", "SKIPPED",
    ]  # fmt: skip
    assert legend == "COPIES: word-for-word copies among the stored, as dedupe's summary says"
    cells = row.split()  # run 1, its start's day and time, then its counts
    assert cells[0] == "1" and cells[4:9] == ["4", "0", "4", "1", "0"]

    help_text = CliRunner().invoke(cli, ["stats", "--help"]).stdout
    assert "word-for-word copies" in help_text and "exact duplicates" not in help_text
