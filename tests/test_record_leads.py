"""A record's lead (a CMS's "chapeau", "Vorspann", "entradilla", a standfirst) is the text's first
paragraph, as the web page shows it, unless the body already opens with it (newcomer 37b,
finding 5: a CMS export's ``chapeau`` column was dropped, the stored text opening at the body;
its copy then looked "trimmed" beside the web page).  A description stays a teaser, not text.
Invented records."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clipper.clean import clean_page
from clipper.config import CleanConfig
from clipper.page import Article
from tests.test_local_dates import _read

LEAD = (
    "Les pompiers ont évacué près de quatre cents habitants du quartier des Tanneurs après la"
    " montée rapide de la rivière, jeudi soir."
)
BODY = [
    "La rivière a dépassé la cote d'alerte vers 22 heures, selon la préfecture, qui a déclenché"
    " le plan communal de sauvegarde dans trois quartiers riverains de la commune.",
    "Le gymnase municipal a accueilli cent quarante personnes pour la nuit, les autres ont été"
    " hébergées par des proches ou des voisins, a précisé la mairie vendredi matin.",
    "Les pluies devraient se poursuivre jusqu'à samedi selon les services de météorologie, qui"
    " maintiennent la vigilance orange sur l'ensemble du département.",
]
CONFIG = CleanConfig()


def _html(paragraphs: list[str]) -> str:
    return "".join(f"<p>{p.replace(chr(39), '&#x27;')}</p>" for p in paragraphs)


def _csv(path: Path, header: str, lead: str, body: str) -> Path:
    cell = body.replace('"', '""')
    path.write_bytes(
        (
            f"id;titre;{header};corps;date_publication;url\r\n"
            f'7;Crue : le quartier des Tanneurs évacué;{lead};"{cell}";04/12/2026 06:30;'
            "https://journal-lyon.example/crue-tanneurs\r\n"
        ).encode()
    )
    return path


def _paragraphs(path: Path) -> list[str]:
    (raw,) = _read(path)
    article = clean_page(raw, CONFIG)
    assert isinstance(article, Article), article
    return [p for p in article.text.splitlines() if p.strip()]


@pytest.mark.parametrize("header", ["chapeau", "Chapô", "Vorspann", "lead", "standfirst"])
def test_a_cms_exports_lead_column_is_the_texts_first_paragraph(
    tmp_path: Path, header: str
) -> None:
    paragraphs = _paragraphs(_csv(tmp_path / "export.csv", header, LEAD, _html(BODY)))
    assert paragraphs == [LEAD, *BODY]


def test_a_text_records_lead_field_opens_its_text(tmp_path: Path) -> None:
    record = {"title": "Crue : le quartier des Tanneurs évacué", "standfirst": LEAD,
              "text": "\n\n".join(BODY), "url": "https://journal-lyon.example/crue-2"}
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    assert _paragraphs(path) == [LEAD, *BODY]


def test_an_html_fragment_fields_lead_opens_its_text(tmp_path: Path) -> None:
    record = {"title": "Crue : le quartier des Tanneurs évacué", "dek": LEAD,
              "body_html": f"<div>{_html(BODY)}</div>", "url": "https://journal-lyon.example/c3"}
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    assert _paragraphs(path) == [LEAD, *BODY]


def test_a_body_that_opens_with_its_lead_keeps_it_once(tmp_path: Path) -> None:
    # the CMS kept the lead in the body too, in bold and its apostrophe an entity
    body = f"<p><strong>{LEAD.upper()}</strong></p>{_html(BODY)}"
    paragraphs = _paragraphs(_csv(tmp_path / "export.csv", "chapeau", LEAD, body))
    assert paragraphs == [LEAD.upper(), *BODY]


def test_a_description_stays_out_of_the_text(tmp_path: Path) -> None:
    record = {"title": "Crue : le quartier des Tanneurs évacué", "description": LEAD,
              "text": "\n\n".join(BODY), "url": "https://journal-lyon.example/crue-4"}
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    assert _paragraphs(path) == BODY
