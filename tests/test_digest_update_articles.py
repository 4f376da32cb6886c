"""A digest's "New version" line names the article it belongs to when that is not the article
the story leads with (newcomer 37, finding 4): under a flood story led by the night's new
article, "New version 2 (efe.example): correction added" was about another of EFE's articles,
and the site alone did not say which.  Invented texts and sites.
"""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from clipper.cli import cli
from tests.clicommands import runs_into_last_digest

FIRST = "Las inundaciones en Valdeserra obligan a evacuar a 340 vecinos del barrio del río"
SECOND = "Valdeserra empieza a retirar el barro una semana después de la riada del Arlanzón"
FIRST_TEXT = [
    "Valdeserra, 20 nov (EFE).- Las inundaciones provocadas por el desbordamiento del río "
    "Arlanzón en Valdeserra obligaron este jueves a evacuar a 340 vecinos del barrio de la "
    "Ribera, según informó el Ayuntamiento de Valdeserra.",
    "Los bomberos de Valdeserra rescataron a catorce personas atrapadas en sus viviendas de "
    "la Ribera y la Guardia Civil cortó tres carreteras comarcales por la crecida del Arlanzón.",
    "La alcaldesa de Valdeserra, Marta Iturbe, pidió a los vecinos de la Ribera que no "
    "regresen a sus casas hasta que los técnicos revisen los edificios afectados por el agua.",
    "La Agencia Estatal de Meteorología mantiene el aviso naranja por lluvias en la cuenca "
    "del Arlanzón hasta el sábado, cuando se espera que el caudal empiece a bajar.",
]
SECOND_TEXT = [
    "Valdeserra, 27 nov (EFE).- Los vecinos del barrio de la Ribera de Valdeserra empezaron "
    "este jueves a retirar el barro de sus casas una semana después de la riada del Arlanzón, "
    "que obligó a evacuar a 340 personas.",
    "La alcaldesa de Valdeserra, Marta Iturbe, calculó que la limpieza de la Ribera durará al "
    "menos un mes y pidió ayuda al Gobierno para reparar las calles y el puente del Arlanzón.",
    "Los bomberos de Valdeserra y voluntarios de toda la comarca trabajan con bombas de agua "
    "en los garajes de la Ribera, donde el barro alcanzó más de un metro de altura.",
    "Los comerciantes de la Ribera calculan pérdidas de varios millones de euros y reclaman "
    "que la zona sea declarada afectada gravemente por una emergencia tras la riada.",
]
CORRECTION = (
    "Corrección: en una versión anterior de esta información se atribuyó a la Guardia Civil "
    "el corte de las carreteras, que ordenó la Diputación."
)
FIRST_URL = "https://efe.example/es/valdeserra-inundaciones-evacuados"
SECOND_URL = "https://efe.example/es/valdeserra-retirar-barro-riada"


def _record(url: str, title: str, text: list[str], published: str, fetched: str) -> dict[str, str]:
    return {"url": url, "title": title, "maintext": "\n".join(text), "language": "es",
            "date_publish": published, "date_download": fetched, "source_domain": "efe.example"}


def _cli(db: Path, *args: str) -> str:
    result = CliRunner().invoke(cli, [*args, "--db", str(db)], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    return result.stdout


def test_a_new_version_of_another_article_is_named_by_its_headline(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    night1 = tmp_path / "night1.jsonl"
    night1.write_text(json.dumps(_record(
        FIRST_URL, FIRST, FIRST_TEXT, "2026-11-20T10:00:00+00:00", "2026-11-20T20:00:00+00:00"
    ), ensure_ascii=False) + "\n", encoding="utf-8")
    _cli(db, "dedupe", str(night1))
    _cli(db, "digest")  # recorded: the next digest starts here
    runs_into_last_digest(db)
    night2 = tmp_path / "night2.jsonl"
    night2.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in [
        _record(SECOND_URL, SECOND, SECOND_TEXT, "2026-11-27T10:00:00+00:00",
                "2026-11-27T20:00:00+00:00"),
        _record(FIRST_URL, FIRST, [*FIRST_TEXT, CORRECTION], "2026-11-20T10:00:00+00:00",
                "2026-11-27T20:00:00+00:00"),
    ]), encoding="utf-8")
    _cli(db, "dedupe", str(night2))
    # the article's headline cut at a word (DigestConfig.update_article_chars)
    named = "Las inundaciones en Valdeserra obligan a evacuar…"
    text = " ".join(_cli(db, "digest", "--no-record").split())
    assert f"[UPDATED] {SECOND}" in text, text  # led by the night's new article
    assert f"New version 2 (efe.example) of “{named}”: correction added" in text, text
    html = _cli(db, "digest", "--no-record", "--format", "html")
    assert f"of “<bdi>{named}</bdi>”" in html  # the title isolated in the digest's sentence
    spanish = " ".join(_cli(db, "digest", "--no-record", "--language", "es").split())
    assert f"Nueva versión 2 (efe.example) de «{named}»" in spanish, spanish
    (story,) = [s for g in json.loads(_cli(db, "digest", "--no-record", "--format", "json"))
                ["groups"] for s in g["stories"]]
    (update,) = story["updates"]
    assert update["article"] == named
