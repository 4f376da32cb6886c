"""An Excel workbook of scraped articles given to dedupe (newcomer 26, finding 8): every sheet's
rows under its header row are records, read with the CSV reader's column names (other
languages, ``--field``), bad rows counted.  Before, ``.xlsx`` was an unsupported file.
Invented workbooks, written with openpyxl."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from openpyxl import Workbook

from clipper.config import ReadLimits
from clipper.page import RawPage, Rejection
from clipper.read import read_pages
from tests.conftest import build

ID = (
    "Pemerintah provinsi menyetujui anggaran baru untuk transportasi umum pada hari Selasa, "
    "dengan tiga rute bus tambahan di pinggiran utara kota. "
) * 4
EN = (
    "The regional council approved a new budget for public transport on Tuesday, adding "
    "three bus routes in the northern suburbs of the city. "
) * 4
DE = (
    "Der Stadtrat hat am Dienstag einen neuen Haushalt für den Nahverkehr beschlossen und "
    "drei zusätzliche Buslinien in den nördlichen Vororten genehmigt. "
) * 4


def _book(path: Path) -> Path:
    book = Workbook()
    first = book.active
    assert first is not None
    first.title = "Kompas"
    first.append(["URL", "Judul", "Isi", "Tanggal"])  # Indonesian headers
    first.append(["https://kabar.example.co.id/kota/rute-bus", "Tiga rute bus baru", ID,
                  datetime(2026, 12, 1, 9, 30)])
    second = book.create_sheet("Wire")
    second.append([])  # a blank first row: the header is the first row with a value
    second.append(["Link", "Headline", "Body", "Published At", "Fetched At"])
    second.append(["https://www.harbourpost.example.com.au/news/bus-routes",
                   "Council approves three new bus routes", EN, "2026-12-01T09:30:00+11:00",
                   1764550800000])
    second.append([None, None, None])  # blank row: no record
    second.append(["https://www.harbourpost.example.com.au/news/empty", "No body", None, None])
    second.append(["https://www.harbourpost.example.com.au/x", "Too wide", EN, None, None, "?"])
    third = book.create_sheet("Presse")
    third.append(["Quelle", "Überschrift", "Text", "Datum"])  # German headers
    third.append(["https://www.stadtanzeiger.example.de/verkehr/buslinien",
                  "Drei neue Buslinien", DE, "#N/A"])
    book.create_sheet("Notes").append(["Source list", "Owner"])  # no text column
    book.create_sheet("Empty")
    book.save(path)
    return path


def _read(path: Path, limits: ReadLimits | None = None) -> tuple[list[RawPage], list[Rejection]]:
    rejected: list[Rejection] = []
    pages = list(read_pages([path], limits or ReadLimits(), rejected.append))
    return pages, rejected


def test_every_sheet_s_rows_are_records(tmp_path: Path) -> None:
    book = _book(tmp_path / "clips.xlsx")
    pages, rejected = _read(book)
    got = [(p.origin.removeprefix(str(book)), p.url, p.title, p.published, p.fetched_at)
           for p in pages]
    assert got == [
        ("!Kompas:1", "https://kabar.example.co.id/kota/rute-bus", "Tiga rute bus baru",
         "2026-12-01T09:30:00", None),
        ("!Wire:1", "https://www.harbourpost.example.com.au/news/bus-routes",
         "Council approves three new bus routes", "2026-12-01T09:30:00+11:00",
         "2025-12-01T01:00:00+00:00"),
        ("!Presse:1", "https://www.stadtanzeiger.example.de/verkehr/buslinien",
         "Drei neue Buslinien", None, None),
    ]
    assert [p.body for p in pages] == [ID, EN, DE]
    assert [(r.origin.removeprefix(str(book)), r.reason) for r in rejected] == [
        ("!Wire:2", "no-body"),
        ("!Wire:3", "bad-record"),
        ("!Notes", "no-body"),
    ]
    assert "6 fields in a row under a header of 5" in rejected[1].detail
    assert "columns: Source list, Owner" in rejected[2].detail


def test_field_names_a_column(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["enlace", "titular_nota", "cuerpo_nota"])
    sheet.append(["https://diario.example.com.ar/nota/1", "Nuevas líneas de colectivo", EN])
    path = tmp_path / "notas.xlsx"
    book.save(path)
    limits = ReadLimits(field_names=(("url", "enlace"), ("text", "cuerpo_nota")))
    pages, rejected = _read(path, limits)
    assert [(p.url, p.body) for p in pages] == [
        ("https://diario.example.com.ar/nota/1", EN)
    ]
    assert rejected == []


def test_a_damaged_workbook_is_one_rejection(tmp_path: Path) -> None:
    path = tmp_path / "cut.xlsx"
    path.write_bytes(_book(tmp_path / "whole.xlsx").read_bytes()[:900])
    pages, rejected = _read(path)
    assert pages == [] and [r.reason for r in rejected] == ["corrupt"]
    assert "not a workbook" in rejected[0].detail


def test_a_run_stores_and_counts_them(tmp_path: Path) -> None:
    _, summary = build(tmp_path / "a.db", [_book(tmp_path / "clips.xlsx")])
    assert summary.stored == 3
    assert summary.skipped == {"no-body": 2, "bad-record": 1}
