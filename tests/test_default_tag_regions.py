"""A publishing system's default language tag (``es-ES``, ``fr-FR``, ``en-US``, ``en-GB``) states
a country only where the page bears it out, and a user states a dump's or a site's country
with ``dedupe --country`` (newcomer 39b, finding 3: Spanish outlets tagged ``lang="es-ES"`` had
no country, ``clipper search --region ES`` found none of them, their zoneless times sat on no
clock, and the note "no page of the archive states it is of ES (a language tag such as
es-ES …)" read as a contradiction).  Invented pages and records, on both archive backends."""

from __future__ import annotations

import io
import json
from datetime import datetime
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from clipper.cli import cli
from clipper.declaredregion import declared_region
from clipper.read.statedcountry import stated_country

ES = b'<html lang="es-ES">'


@pytest.mark.parametrize(
    ("head", "url", "published", "expected"),
    [
        # the address's country-code domain is the tag's
        (ES, "https://www.diario-del-valle.es/sociedad/a", None, "ES"),
        (b'<html lang="fr-FR">', "https://www.courrier-du-val.fr/a", None, "FR"),
        (b'<html lang="en-GB">', "https://www.harbour-gazette.co.uk/a", None, "GB"),
        (b'<html lang="en-US">', "https://www.valley-times.us/a", None, "US"),
        # a time with its zone that Spain's clocks keep and no clock of the Americas does
        (ES, "https://agencia.example/a", "2026-12-04T09:30:00+01:00", "ES"),
        (ES, "https://agencia.example/a", "2026-07-04T09:30:00+02:00", "ES"),
        # ... not one of the Americas' (a Mexican outlet keeping WordPress's es_ES)
        (ES, "https://agencia.example/a", "2026-12-04T03:15:00-06:00", None),
        # UTC is any site's, a zoneless time no one's
        (ES, "https://agencia.example/a", "2026-12-04T09:30:00+00:00", None),
        (ES, "https://agencia.example/a", "2026-12-04T09:30:00Z", None),
        (ES, "https://agencia.example/a", "2026-12-04T09:30:00", None),
        (ES, None, None, None),
        # France's +01:00 is Central Africa's too, whose outlets keep fr_FR
        (b'<html lang="fr-FR">', "https://courrier.example/a", "2026-12-04T14:05:00+01:00",
         None),
        # WordPress's en_US is every country's: no time bears it out
        (b'<html lang="en-US">', "https://times.example/a", "2026-12-04T09:30:00-05:00", None),
        # another country's domain: the tag is the template's
        (ES, "https://www.diario-del-valle.com.mx/a", "2026-12-04T09:30:00+01:00", None),
    ],
)
def test_a_default_tag_states_its_country_where_the_page_bears_it_out(
    head: bytes, url: str | None, published: str | None, expected: str | None
) -> None:
    assert declared_region(head, [], None, url, None, published) == expected


def test_a_stated_country_stands_where_the_page_states_none() -> None:
    # beside a default tag nothing bears out: the user's
    assert declared_region(ES, [], None, "https://radio.example/a", "ES") == "ES"
    # a page's own statement comes first: its tag, its record's field, its edition
    assert declared_region(b'<html lang="es-MX">', [], None, None, "ES") == "MX"
    assert declared_region(None, ["es"], "AR", None, "ES") == "AR"
    assert declared_region(ES, [], None, "https://radio.example/a", "MX",
                           "2026-12-04T09:30:00+01:00") == "ES"
    # before the one country a language is written in
    assert declared_region(b'<html lang="pl">', [], None, None, "DE") == "DE"
    assert declared_region(b'<html lang="pl">', [], None, None) == "PL"


def test_a_sites_country_is_its_subdomains_and_beats_the_dumps() -> None:
    countries = (("radio-aragon.example", "ES"), (None, "PT"))
    assert stated_country("https://www.radio-aragon.example/a", None, countries) == "ES"
    assert stated_country("https://noticias.radio-aragon.example/a", None, countries) == "ES"
    assert stated_country(None, "radio-aragon.example", countries) == "ES"
    assert stated_country("https://diario.example/a", None, countries) == "PT"
    assert stated_country("https://diario.example/a", None, countries[:1]) is None


# --- a night's crawl, end to end ------------------------------------------------------------

_EFE = (
    "Al menos cuatro personas han muerto y otras dos permanecen desaparecidas tras las lluvias "
    "torrenciales que han caído durante la noche sobre la comarca de Valdesierra, según ha "
    "informado este viernes la Delegación del Gobierno en la provincia.\n"
    "Los servicios de emergencia han rescatado a más de sesenta vecinos atrapados en sus "
    "viviendas y en vehículos arrastrados por la corriente, la mayoría en el casco urbano, "
    "donde el río se desbordó hacia las tres de la madrugada."
)
_RHONE = (
    "Plus de neuf cents vols ont été annulés samedi dans les aéroports du sud du pays en "
    "raison d'une grève des contrôleurs aériens contre la réforme de leurs horaires, a annoncé "
    "la direction de l'aviation civile.\n"
    "Les compagnies ont été invitées à réduire de moitié leurs programmes de vols, et les "
    "passagers concernés peuvent obtenir un remboursement ou un report sans frais."
)


def _html(lang: str, title: str, text: str, date_line: str, jsonld_date: str | None = None) -> str:
    ld = (
        '<script type="application/ld+json">'
        + json.dumps({"@context": "https://schema.org", "@type": "NewsArticle",
                      "headline": title, "datePublished": jsonld_date})
        + "</script>"
        if jsonld_date
        else ""
    )
    body = "".join(f"<p>{p}</p>" for p in text.split("\n"))
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>'
        f'{ld}</head><body><article><h1>{title}</h1><p class="date">{date_line}</p>{body}'
        "</article></body></html>"
    )


PAGES = [
    # a wire stating its time with Spain's offset
    ("https://agencia-valle.example/sociedad/inundaciones",
     _html("es-ES", "Cuatro muertos por las inundaciones en Valdesierra", _EFE,
           "04/12/2026 09:30 CET", "2026-12-04T09:30:00+01:00")),
    # a radio stating none: "09:50" on no clock
    ("https://radio-sierra.example/noticias/inundaciones",
     _html("es-ES", "Cuatro muertos en Valdesierra por la riada", _EFE, "04.12.2026 | 09:50")),
    # a French paper's zoneless time
    ("https://courrier-du-val.example/france/greve-controleurs",
     _html("fr-FR", "Grève des contrôleurs aériens : neuf cents vols annulés", _RHONE,
           "Publié le 4 décembre 2026 à 14h05")),
]  # fmt: skip


def _warc(path: Path) -> Path:
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        for url, html in PAGES:
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            writer.write_record(writer.create_warc_record(
                url, "response", payload=io.BytesIO(html.encode()), http_headers=headers,
                warc_headers_dict={"WARC-Date": "2026-12-04T16:00:00Z"},
            ))
    return path


def _run(*args: str, code: int = 0) -> Result:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert result.exit_code == code, result.output
    return result


def _regions(db: str) -> dict[str, tuple[str | None, str, str]]:
    rows = [json.loads(line) for line in
            _run("export", "--db", db, "--format", "jsonl").stdout.splitlines()]
    return {r["url"]: (r["region"], r["published_from"], r["published_to"]) for r in rows}


def _hours(window: tuple[str | None, str, str]) -> float:
    _, start, end = window
    return (datetime.fromisoformat(end) - datetime.fromisoformat(start)).total_seconds() / 3600


def test_a_crawls_default_tags_state_a_country_where_the_page_bears_it_out(
    db_url: str, tmp_path: Path
) -> None:
    _run("dedupe", "--db", db_url, "--workers", "1", str(_warc(tmp_path / "night.warc.gz")))
    wire, radio, paper = (url for url, _ in PAGES)
    found = _regions(db_url)
    assert found[wire][0] == "ES"  # its +01:00 bears es-ES out
    assert found[radio][0] is None and _hours(found[radio]) >= 24  # on no clock
    assert found[paper][0] is None
    result = _run("search", "--db", db_url, "--region", "FR", "vols")
    assert "no page of the archive states it is of FR" in result.stderr
    assert "(fr-FR alone is a publishing system's default)" in result.stderr
    assert "clipper dedupe --country FR or --country SITE=FR" in result.stderr


def test_the_countries_a_user_states_for_a_crawl(db_url: str, tmp_path: Path) -> None:
    warc = _warc(tmp_path / "night.warc.gz")
    _run("dedupe", "--db", db_url, "--workers", "1", "--country", "radio-sierra.example=ES",
         "--country", "FR", str(warc))
    wire, radio, paper = (url for url, _ in PAGES)
    found = _regions(db_url)
    assert found[wire][0] == "ES"  # its own time's, not the dump's
    assert found[radio][0] == "ES" and _hours(found[radio]) == 1  # the Canaries' to Madrid's
    assert found[paper][0] == "FR" and _hours(found[paper]) == 0  # France's one clock
    spain = _run("export", "--db", db_url, "--region", "ES", "--format", "jsonl").stdout
    assert {json.loads(line)["url"] for line in spain.splitlines()} == {wire, radio}


def test_a_folder_of_saved_pages_takes_the_dumps_country(tmp_path: Path) -> None:
    folder = tmp_path / "saved"
    folder.mkdir()
    for k, (_, html) in enumerate(PAGES):
        (folder / f"page{k}.html").write_text(html, encoding="utf-8")
    db = str(tmp_path / "a.db")
    _run("dedupe", "--db", db, "--workers", "1", "--country", "es", str(folder))
    rows = [json.loads(line) for line in
            _run("export", "--db", db, "--format", "jsonl").stdout.splitlines()]
    assert {row["region"] for row in rows} == {"ES"}


def test_a_records_own_country_field_named_with_field(tmp_path: Path) -> None:
    records = tmp_path / "night.jsonl"
    records.write_text(json.dumps({
        "url": "https://agencia-valle.example/sociedad/inundaciones", "language": "es",
        "title": "Cuatro muertos por las inundaciones en Valdesierra", "maintext": _EFE,
        "date_publish": "2026-12-04 09:30:00", "pais": "es",
    }) + "\n", encoding="utf-8")
    db = str(tmp_path / "a.db")
    _run("dedupe", "--db", db, "--workers", "1", "--field", "country=pais", str(records))
    (region, start, end), = _regions(db).values()
    assert region == "ES" and _hours((region, start, end)) == 1


@pytest.mark.parametrize(
    ("values", "said"),
    [
        (["XX"], "no ISO 3166 country code"),
        (["radio-sierra.example=ES", "radio-sierra.example=PT"], "two countries, ES and PT"),
        (["ES", "MX"], "the dump was given two countries"),
        (["=ES"], "give CC or SITE=CC"),
    ],
)
def test_a_country_that_is_none_or_two_is_refused(
    values: list[str], said: str, tmp_path: Path
) -> None:
    options = [arg for value in values for arg in ("--country", value)]
    result = _run("dedupe", "--db", str(tmp_path / "a.db"), *options, str(tmp_path), code=2)
    assert said in result.output
