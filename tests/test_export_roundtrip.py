"""``clipper export`` read back with ``clipper dedupe EXPORTFILE`` (newcomer 26, finding 27: an
archive moved, two desks' archives merged): every page comes back with its URL, site, title,
dates, language, author and text, in the same clusters with the same canonicals and stories,
from JSON Lines, CSV, CSV for Excel and a workbook alike; the export's derived columns
(cluster, story, canonical's address) are never read as the page's fields.  Invented records."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from clipper import export as exporting
from clipper import spreadsheet
from clipper.cli import cli
from clipper.read.fieldnames import known_field
from tests.conftest import build

EN = [
    "The regional council approved a new budget for public transport on Tuesday, adding three "
    "bus routes in the northern suburbs.",
    "Councillors said the extra routes would start in March and cost about 4 million dollars a "
    "year to run.",
    "Residents had asked for better evening services for years, according to a survey "
    "published last month.",
    "The opposition criticised the plan as too small and called for a review of fares before "
    "the winter.",
]
ID = [
    "Pemerintah provinsi menyetujui anggaran baru untuk transportasi umum pada hari Selasa, "
    "dengan tiga rute bus tambahan.",
    "Para anggota dewan mengatakan rute tambahan akan mulai beroperasi pada bulan Maret dengan "
    "biaya sekitar empat miliar rupiah.",
    "Warga telah lama meminta layanan malam yang lebih baik, menurut survei yang diterbitkan "
    "bulan lalu.",
    "Pihak oposisi mengkritik rencana itu terlalu kecil dan meminta peninjauan tarif sebelum "
    "musim hujan.",
]
JA = [
    "市議会は火曜日、北部郊外に三つのバス路線を新設する公共交通の新年度予算を可決した。",
    "議員らによると、新路線は三月に運行を始め、年間の運行費は約四億円になる見込みだという。",
    "住民は長年、夜間の便の充実を求めており、先月公表された調査でもその声が最も多かった。",
    "野党は計画が小さすぎると批判し、冬を前に運賃の見直しを求めた。",
]
RECORDS: list[dict[str, Any]] = [
    {"url": "https://www.harbourpost.example.com.au/news/bus-routes",
     "title": "Council approves three new bus routes", "text": "\n\n".join(EN),
     "published": "2026-12-01T09:30:00+11:00", "fetched_at": "2026-12-01T01:00:00Z",
     "language": "en", "author": "Mia Chen"},
    {"url": "https://www.southernwire.example.com.au/regional/bus-routes-approved",
     "title": "-5 routes? No: council approves three new bus routes",
     "text": "\n\n".join([*EN, "This story first appeared in the Harbour Post."]),
     "published": "2026-12-01 10:00", "fetched_at": "2026-12-01T02:00:00Z", "language": "en",
     "country": "AU"},
    {"url": "https://www.harbourpost.example.com.au/news/bus-routes?utm_source=rss",
     "title": "Council approves three new bus routes",
     "text": "\n\n".join([*EN[:3], "Updated: the council will publish the timetable next week."]),
     "published": "2026-12-01T09:30:00+11:00", "fetched_at": "2026-12-02T01:00:00Z",
     "language": "en"},
    {"url": "https://kabar.example.co.id/kota/rute-bus", "title": "Tiga rute bus baru disetujui",
     "text": "\n\n".join(ID), "published": "2026-12-01", "fetched_at": "2026-12-01T03:00:00Z",
     "language": "id"},
    # no address: known by its site and text; the export's canonical_url must not become it
    {"title": "Tiga rute bus baru disetujui", "text": "\n\n".join(ID[:3]), "site": "kabarharian",
     "fetched_at": "2026-12-01T04:00:00Z", "language": "id"},
    {"url": "https://www.shimbun.example.jp/articles/bus", "title": "=北部に新バス路線",
     "text": "\n".join(JA), "published": "2026-12-01T18:00:00+09:00",
     "fetched_at": "2026-12-01T10:00:00Z", "language": "ja", "author": "佐藤花子"},
]
# What identifies a page and what it holds, whatever ids and origins the archive gave it.
KEPT = (
    "url", "site", "title", "published", "published_zoneless", "fetched_at", "language",
    "author", "text", "is_canonical", "similarity", "version", "date_source", "canonical_url",
    "story_url", "region", "published_utc", "published_from", "published_to",
)


def _export(db: Path, out: Path, *args: str) -> None:
    result = CliRunner().invoke(
        cli, ["export", "--db", str(db), "--with-text", "-o", str(out), *args]
    )
    assert result.exit_code == 0, result.output


def _rows(db: Path, tmp: Path) -> list[tuple[Any, ...]]:
    out = tmp / f"{db.stem}-check.jsonl"
    _export(db, out)
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    return sorted(tuple(str(row[k]) for k in KEPT) for row in rows)


@pytest.mark.parametrize(
    ("name", "args"),
    [
        ("out.jsonl", ()),
        ("out.csv", ()),
        ("excel.csv", ("--excel",)),
        ("semicolons.csv", ("--excel", "--delimiter", ";")),
        ("workbook.xlsx", ()),  # date cells without a zone: the export's UTC
    ],
)
def test_an_export_read_back_is_the_same_archive(
    tmp_path: Path, name: str, args: tuple[str, ...]
) -> None:
    dump = tmp_path / "dump.jsonl"
    dump.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in RECORDS), encoding="utf-8"
    )
    build(tmp_path / "source.db", [dump])
    source = _rows(tmp_path / "source.db", tmp_path)
    assert len(source) == len(RECORDS)
    exported = tmp_path / name
    _export(tmp_path / "source.db", exported, *args)
    _, summary = build(tmp_path / "moved.db", [exported])
    assert summary.skipped == {} and summary.fields_unread == 0 and summary.partial_pages == 0
    assert _rows(tmp_path / "moved.db", tmp_path) == source


def test_every_exported_field_is_read_or_left_out() -> None:
    """A field the export gains must be read as the page's own (a known field name) or named
    among the derived ones, never left to be read by chance."""
    from clipper.read.exported import DERIVED

    written = exporting.FIELDS + exporting.EXCEL_FIELDS
    assert [f for f in written if not (known_field(f) or f in DERIVED)] == []
    assert not any(known_field(f) for f in DERIVED - {"canonical_url"})


def test_a_text_cut_at_excels_cell_limit_is_read_as_its_opening() -> None:
    from clipper.read.exported import CUT_BY_EXCEL, from_export

    row = {"url": "https://kabar.example.co.id/kota/rute-bus", "cluster_id": "3",
           "is_canonical": "true", "canonical_url": "https://kabar.example.co.id/kota/rute-bus",
           "story_url": "", "title": "'+62 rute", "text": "Warga kota" + spreadsheet.CUT_MARK,
           "truncated": "text"}
    fields, partial = from_export(row)
    assert fields == {"url": "https://kabar.example.co.id/kota/rute-bus", "title": "+62 rute",
                      "text": "Warga kota"}
    assert partial == CUT_BY_EXCEL
    # a crawler's record that merely has a canonical_url keeps it
    own = {"url": "https://a.example/x", "canonical_url": "https://a.example/y", "text": "t"}
    assert from_export(own) == (own, None)
