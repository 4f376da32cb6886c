"""A record's numeric date field in a feed with no language field ("03/12/2026": the 3rd of
December or the 12th of March?) is read as the language its text is written in writes dates:
day first for a French, Spanish, Portuguese or German text, left unread (and counted) for an
English one, whose American readers write the month first (newcomer 32, finding 1: a French
vendor feed's every numeric date was unread, 3,916 records of one night undated, though the same
records with ``"langue": "fr"`` were read).  An HTML record's date is read as its ``<html
lang>`` says.  Invented records."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from clipper.clean import clean_page
from clipper.cli import cli
from clipper.config import CleanConfig
from clipper.page import DECLARED, Article
from tests.test_local_dates import _read

TEXTS = {
    "fr": (
        "Le conseil municipal de Ziguinchor a adopté jeudi soir le budget de l'année prochaine,"
        " après un long débat sur l'entretien des routes et l'éclairage public.\n\n"
        "Le maire a annoncé que les travaux du marché central commenceront en février et"
        " dureront près de six mois, selon les services techniques de la commune."
    ),
    "es": (
        "El ayuntamiento de Cáceres aprobó el jueves por la noche el presupuesto del año"
        " próximo, tras un largo debate sobre el mantenimiento de las calles y el alumbrado.\n\n"
        "La alcaldesa anunció que las obras del mercado central empezarán en febrero y durarán"
        " casi seis meses, según los servicios técnicos del municipio."
    ),
    "pt": (
        "A câmara municipal de Braga aprovou na quinta-feira à noite o orçamento do próximo"
        " ano, depois de um longo debate sobre a manutenção das estradas e a iluminação.\n\n"
        "O presidente da câmara anunciou que as obras do mercado central começam em fevereiro e"
        " vão durar quase seis meses, segundo os serviços técnicos do município."
    ),
    "en": (
        "The town council of Millbrook approved next year's budget on Thursday night after a"
        " long debate over road repairs and street lighting in the old town.\n\n"
        "The mayor said work on the central market will begin in February and last nearly six"
        " months, according to the town's engineering department."
    ),
}

CONFIG = CleanConfig()


def _record(path: Path, text: str, date: str, **fields: str) -> Path:
    record = {"title": "Budget", "contenu": text, "url": "https://journal-local.example/a",
              "date": date, **fields}
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("language", ["fr", "es", "pt"])
@pytest.mark.parametrize(
    ("written", "read"),
    [("03/12/2026", "2026-12-03"), ("04/12/2026 09:15", "2026-12-04 09:15")],
)
def test_a_day_first_date_is_read_by_the_texts_language(
    tmp_path: Path, language: str, written: str, read: str
) -> None:
    (raw,) = _read(_record(tmp_path / "feed.jsonl", TEXTS[language], written))
    assert raw.language is None and raw.date_unread == written  # reading cannot tell
    article = clean_page(raw, CONFIG)
    assert isinstance(article, Article), article
    assert (article.published, article.date_source) == (read, DECLARED)
    assert article.date_reread


def test_an_english_texts_date_stays_unread(tmp_path: Path) -> None:
    (raw,) = _read(_record(tmp_path / "feed.jsonl", TEXTS["en"], "03/12/2026"))
    article = clean_page(raw, CONFIG)
    assert isinstance(article, Article), article
    assert article.published is None and not article.date_reread


def test_a_stated_language_is_not_second_guessed(tmp_path: Path) -> None:
    # the feed says English of the United States: month first, read as it was before
    (raw,) = _read(_record(tmp_path / "feed.jsonl", TEXTS["fr"], "12/03/2026", language="en-US"))
    assert raw.published == "2026-12-03"
    article = clean_page(raw, CONFIG)
    assert isinstance(article, Article) and article.published == "2026-12-03"
    assert not article.date_reread


def test_an_html_records_date_is_read_by_its_html_lang(tmp_path: Path) -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in TEXTS["fr"].split("\n\n"))
    html = (f'<html lang="fr"><head><title>Budget</title></head><body><article><h1>Budget</h1>'
            f"{paragraphs}</article></body></html>")
    path = tmp_path / "feed.jsonl"
    record = {"url": "https://journal-local.example/b", "html": html, "date": "05/11/2026"}
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    (raw,) = _read(path)
    assert raw.date_unread == "05/11/2026"
    article = clean_page(raw, CONFIG)
    assert isinstance(article, Article), article
    assert article.published == "2026-11-05" and article.date_reread


def test_the_run_counts_only_the_dates_it_could_not_read(tmp_path: Path) -> None:
    folder = tmp_path / "night"
    folder.mkdir()
    lines = [
        {"titre": "Budget", "contenu": TEXTS["fr"], "url": "https://journal-local.example/fr",
         "date": "03/12/2026"},
        {"title": "Budget", "text": TEXTS["en"], "url": "https://millbrook-news.example/en",
         "date": "03/12/2026"},
    ]
    (folder / "feed.jsonl").write_text(
        "\n".join(json.dumps(line, ensure_ascii=False) for line in lines) + "\n", encoding="utf-8"
    )
    db = tmp_path / "a.db"
    runner = CliRunner()
    result = runner.invoke(cli, ["dedupe", "--db", str(db), "--workers", "1", str(folder)])
    assert result.exit_code == 0, result.output
    listed = runner.invoke(
        cli, ["rejections", "--db", str(db), "--run", "1", "--reason", "date-unread", "--json"]
    )
    assert listed.exit_code == 0, listed.output
    unread = [json.loads(line) for line in listed.stdout.splitlines()]
    assert [row["url"] for row in unread] == ["https://millbrook-news.example/en"]
    exported = runner.invoke(cli, ["export", "--db", str(db), "--format", "jsonl"])
    assert exported.exit_code == 0, exported.output
    published = {
        row["url"]: row["published"]
        for row in map(json.loads, exported.stdout.splitlines())
    }
    assert published["https://journal-local.example/fr"].startswith("2026-12-03")


def _fragment(text: str) -> str:
    """A CMS's article body: paragraphs of HTML, no ``<html lang>`` around them."""
    return "".join(f"<p>{p}</p>" for p in text.split("\n\n"))


@pytest.mark.parametrize("field", ["contenu", "body_html"])
@pytest.mark.parametrize("language", ["fr", "es"])
def test_an_html_bodys_date_is_read_by_its_texts_language(
    tmp_path: Path, field: str, language: str
) -> None:
    # newcomer 37b, finding 3: a CMS row's body is HTML stating no language; its text's was
    # not asked, so "04/12/2026 06:30" stayed unread where the same row's text was read
    record = {"title": "Budget", field: _fragment(TEXTS[language]),
              "url": "https://journal-local.example/c", "date": "04/12/2026 06:30"}
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    (raw,) = _read(path)
    assert raw.language is None and raw.date_unread == "04/12/2026 06:30"
    article = clean_page(raw, CONFIG)
    assert isinstance(article, Article), article
    assert (article.published, article.date_source) == ("2026-12-04 06:30", DECLARED)
    assert article.date_reread


def test_an_english_html_bodys_date_stays_unread(tmp_path: Path) -> None:
    record = {"title": "Budget", "body_html": _fragment(TEXTS["en"]),
              "url": "https://millbrook-news.example/c", "date": "03/12/2026"}
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    (raw,) = _read(path)
    article = clean_page(raw, CONFIG)
    assert isinstance(article, Article), article
    assert article.published is None and not article.date_reread


def test_a_cms_csv_exports_dates_are_read_by_its_rows_language(tmp_path: Path) -> None:
    # a French CMS's export: ";", CRLF, HTML in the body, "04/12/2026 06:30", no language column
    body = _fragment(TEXTS["fr"]).replace('"', '""')
    export = tmp_path / "export-2026-12-04.csv"
    export.write_bytes(
        (
            "id;titre;corps;date_publication;url\r\n"
            f'501;Budget adopté à Ziguinchor;"{body}";04/12/2026 06:30;'
            "https://journal-local.example/budget\r\n"
        ).encode()
    )
    db = tmp_path / "a.db"
    runner = CliRunner()
    result = runner.invoke(cli, ["dedupe", "--db", str(db), "--workers", "1", str(export)])
    assert result.exit_code == 0, result.output
    assert "date-unread" not in result.output
    exported = runner.invoke(cli, ["export", "--db", str(db), "--format", "jsonl"])
    assert exported.exit_code == 0, exported.output
    (row,) = map(json.loads, exported.stdout.splitlines())
    assert (row["published"], row["date_source"]) == ("2026-12-04T06:30:00", "declared")
