"""``clipper show`` of a cluster where another site's address has two versions: each of its
pages says which version of that address it is and which page the other is (newcomer 39b: a
site's page:2 read "copy of version 1 of efe.example's story" and its page:19 "version 2 ·
exact copy", nothing saying page:2 was page:19's own earlier text).  Every text is invented: a
wire story on a dam's spillway, reprinted by a regional paper, both updated overnight."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner, Result

from clipper.cli import cli

WIRE = "https://wire-iberica.example/nacional/presa-aliviadero-abierto/70001"
PAPER = "https://diario-del-valle.example/region/presa-aliviadero-abierto"
LONE = "https://heraldo-sur.example/region/presa-aliviadero"
PARAGRAPHS = [
    "La confederación hidrográfica abrió este martes el aliviadero de la presa de Valdecañas "
    "del Monte después de que las lluvias de la última semana llevaran el embalse al 96 % de "
    "su capacidad, según informó el organismo en un comunicado.",
    "Los vecinos de las tres pedanías situadas aguas abajo fueron avisados por la mañana y la "
    "Guardia Civil cortó dos caminos rurales que cruzan el cauce del río junto al puente viejo.",
    "El organismo prevé mantener el desembalse durante al menos cuarenta y ocho horas y no "
    "descarta aumentar el caudal si continúan las precipitaciones en la cabecera.",
    "Los agricultores de la vega reclaman desde hace años que se limpie el cauce, cuyo estado "
    "según ellos agrava las crecidas cada invierno.",
]
UPDATED = [
    *PARAGRAPHS[:2],
    "Actualización: el organismo elevó por la tarde el caudal desembalsado a 300 metros cúbicos "
    "por segundo y pidió a los vecinos que no se acerquen a las orillas durante la noche. "
    + PARAGRAPHS[2],
    PARAGRAPHS[3],
]


def _record(url: str, paragraphs: list[str]) -> str:
    return json.dumps(
        {"url": url, "title": "Abren el aliviadero de la presa de Valdecañas del Monte",
         "text": "\n\n".join(paragraphs), "date_publish": "2026-12-01T08:00:00+01:00",
         "language": "es"},
        ensure_ascii=False,
    )


def _run(db: str, *args: str) -> Result:
    result = CliRunner().invoke(cli, [*args, "--db", db], env={"COLUMNS": "200"})
    assert result.exit_code == 0 and "Traceback" not in result.output, result.output
    return result


def _pages(db: str) -> dict[tuple[str, int], int]:
    """(url, version) → page id."""
    lines = _run(db, "export", "--format", "jsonl").output.splitlines()
    pages = [json.loads(line) for line in lines if line.startswith("{")]
    return {(page["url"], page["version"]): page["page_id"] for page in pages}


def test_each_version_of_another_address_names_the_other(db_url: str, tmp_path: Path) -> None:
    nights = (
        [_record(WIRE, PARAGRAPHS), _record(PAPER, PARAGRAPHS), _record(LONE, PARAGRAPHS[:3])],
        [_record(WIRE, UPDATED), _record(PAPER, UPDATED)],
    )
    for number, lines in enumerate(nights, start=1):
        night = tmp_path / f"n{number}"
        night.mkdir()
        (night / "wire.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        _run(db_url, "dedupe", "--workers", "1", str(night))
    ids = _pages(db_url)
    as_json = json.loads(_run(db_url, "show", f"page:{ids[(WIRE, 2)]}", "--json").output)
    head = as_json["canonical"]["url"]  # the wire's or the paper's newest text
    other = PAPER if head == WIRE else WIRE
    older, newer, lone = ids[(other, 1)], ids[(other, 2)], ids[(LONE, 1)]
    assert {older, newer, lone} <= {v["page_id"] for v in as_json["variants"]}
    shown = _run(db_url, "show", f"page:{ids[(WIRE, 2)]}", "--no-text").output
    blocks = {int(b.split("page:")[1].split()[0]): b for b in shown.split("\n\n") if "page:" in b}
    assert f"version 1 of this address (its version 2 is page:{newer})" in blocks[older]
    assert f"version 2 of this address (its version 1 is page:{older})" in blocks[newer]
    assert "of this address" not in blocks[lone]  # one version: nothing to tell
    own = blocks[ids[(head, 1)]]  # the canonical's own earlier text says so as before
    assert "earlier text of this page (version 1 of 2)" in own and "of this address" not in own
    summaries = {v["page_id"]: v["changes"]["summary"] for v in as_json["variants"]}
    assert summaries[older][0] == f"version 1 of this address (its version 2 is page:{newer})"
