"""An update time whose zone the page gives is shown with it (newcomer 33, F15: an Argentine
page's "Actualizado 04/12/2026 19:15" line, whose article:modified_time says
"2026-12-04T19:15:00-03:00", was stored and shown "updated 2026-12-04 19:15 (no time zone
given)" beside its publication time shown in UTC).

The update line's time takes the offset of the page's own time of that minute that gives one
(clipper.dates.offset_of_twin, as a declared publication time does); a zoneless update line
whose site's clocks keep one offset (an .ar site: UTC-03) is that moment, as its publication
time is (clipper.seentimes.shown_update); one of a site of no country stays zoneless.

Fixtures: invented articles about a municipal water works, written for this test."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from clipper.cli import cli

_BODY = [
    "La Municipalidad de Villa Serena anunció este jueves que las obras de la nueva planta "
    "potabilizadora del barrio Los Álamos terminarán en marzo, dos meses después de lo previsto.",
    "Según el secretario de Obras Públicas, Ramiro Ocampo, el retraso se debe a la demora en la "
    "entrega de las bombas importadas y a las lluvias de noviembre, que inundaron el obrador.",
    "La planta abastecerá a unos 40.000 vecinos del sur de la ciudad, que desde hace años sufren "
    "cortes de agua durante el verano, y costará 2.300 millones de pesos financiados por la "
    "provincia.",
    "Los vecinos reunidos en la asociación de fomento pidieron un cronograma por escrito y "
    "camiones cisterna mientras duren las obras, y anunciaron una asamblea para el sábado.",
]


def _page(site_url: str, modified: str | None) -> str:
    meta = f'<meta property="article:modified_time" content="{modified}">' if modified else ""
    paragraphs = "".join(f"<p>{p}</p>" for p in _BODY)
    return (
        '<!doctype html><html lang="es"><head><meta charset="utf-8">'
        "<title>La planta potabilizadora de Los Álamos terminará en marzo</title>"
        f'<link rel="canonical" href="{site_url}">'
        '<meta property="article:published_time" content="2026-12-04T07:40:00-03:00">'
        f"{meta}</head><body><article>"
        "<h1>La planta potabilizadora de Los Álamos terminará en marzo</h1>"
        "<time>Actualizado 04/12/2026 19:15</time>"
        f"{paragraphs}</article></body></html>"
    )


def _shown(tmp_path: Path, url: str, modified: str | None) -> tuple[str, str]:
    dump = tmp_path / "dump"
    dump.mkdir()
    (dump / "planta.html").write_text(_page(url, modified), encoding="utf-8")
    db = str(tmp_path / "clipper.db")
    runner = CliRunner()
    done = runner.invoke(cli, ["dedupe", "--db", db, "--workers", "1", str(dump)])
    assert done.exit_code == 0, done.output
    shown = runner.invoke(cli, ["show", "--db", db, "--no-text", url], env={"COLUMNS": "200"})
    assert shown.exit_code == 0, shown.output
    document = runner.invoke(cli, ["show", "--db", db, "--no-text", "--json", url])
    return " ".join(shown.stdout.split()), json.loads(document.stdout)["canonical"]["updated"]


def test_an_update_line_takes_the_zone_of_the_pages_own_time_of_that_minute(
    tmp_path: Path,
) -> None:
    shown, updated = _shown(
        tmp_path, "https://diarioserrano.example/planta", "2026-12-04T19:15:00-03:00"
    )
    assert "2026-12-04 10:40 UTC · updated 2026-12-04 22:15 UTC" in shown
    assert "no time zone given" not in shown
    assert updated == "2026-12-04T22:15:00+00:00"


def test_a_zoneless_update_line_its_sites_clocks_pin_is_that_moment(tmp_path: Path) -> None:
    shown, updated = _shown(tmp_path, "https://diarioserrano.com.ar/planta", None)
    assert "updated 2026-12-04 22:15 UTC" in shown and "no time zone given" not in shown
    assert updated == "2026-12-04T22:15:00+00:00"


def test_a_zoneless_update_line_of_a_site_of_no_country_stays_zoneless(tmp_path: Path) -> None:
    shown, updated = _shown(tmp_path, "https://diarioserrano.example/planta", None)
    assert "updated 2026-12-04 19:15 (no time zone given)" in shown
    assert updated == "2026-12-04T19:15:00"
