"""JSON records not in UTF-8 are read, not lost (newcomer 20 finding 16): a JSON Lines file or a
``.json`` file written in Windows-1252 (Python's ``open(path, "w")`` on Windows), or in
Windows-1250, is decoded in the code page its letters show; a UTF-8 line holding one stray
Latin-1 byte keeps its record, the stray byte read as Windows-1252.  The run counts such pages
and says what it did.  Records invented."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clipper.config import ReadLimits
from clipper.page import RawPage, Rejection
from clipper.read import read_pages
from tests.conftest import build

SENTENCES = (
    "El ayuntamiento de Jaén aprobó el lunes la reforma del mercado de abastos, que costará "
    "cuatro millones de euros y estará lista en otoño. Los comerciantes pidieron más plazas de "
    "aparcamiento y una zona de carga y descarga junto a la calle Martínez Molina. "
)


def _record(n: int) -> dict[str, str]:
    return {
        "url": f"https://diario-jaen.example/local/mercado-{n}",
        "title": f"Aprobada la reforma del mercado, fase {n}",
        "maintext": f"Fase {n}. " + SENTENCES * 3 + f"La concejala explicó la fase {n}.",
        "language": "es",
    }


def _read(paths: list[Path]) -> tuple[list[RawPage], list[Rejection]]:
    rejected: list[Rejection] = []
    pages = list(read_pages(paths, ReadLimits(), rejected.append))
    return pages, rejected


def test_jsonl_in_windows_1252_is_read(tmp_path: Path) -> None:
    path = tmp_path / "scraper.jsonl"
    lines = [json.dumps(_record(n), ensure_ascii=False) for n in (1, 2)]
    path.write_bytes("\r\n".join(lines).encode("cp1252") + b"\r\n")
    pages, rejected = _read([path])
    assert rejected == []
    assert [p.title for p in pages] == [_record(1)["title"], _record(2)["title"]]
    assert "Jaén" in str(pages[0].body) and "Martínez" in str(pages[1].body)
    assert {p.decoded for p in pages} == {"not UTF-8, read as Windows-1252"}


def test_a_json_file_in_windows_1252_is_read(tmp_path: Path) -> None:
    path = tmp_path / "one.json"
    path.write_bytes(json.dumps(_record(3), ensure_ascii=False, indent=2).encode("cp1252"))
    pages, rejected = _read([path])
    assert rejected == [] and len(pages) == 1
    assert "Jaén" in str(pages[0].body)
    assert pages[0].decoded == "not UTF-8, read as Windows-1252"


def test_jsonl_in_windows_1250_is_read_as_its_code_page(tmp_path: Path) -> None:
    record = {
        "url": "https://gazeta-lodz.example/miasto/tramwaje",
        "title": "Łódź kupi nowe tramwaje",
        "maintext": (
            "Władze Łodzi podpisały umowę na dostawę czterdziestu nowych tramwajów, które "
            "pojadą po mieście w przyszłym roku. Przewoźnik zapowiada, że stare wagony trafią "
            "do zajezdni przy ulicy Żeromskiego, a część z nich zostanie sprzedana. " * 3
        ),
    }
    path = tmp_path / "pl.jsonl"
    path.write_bytes(json.dumps(record, ensure_ascii=False).encode("cp1250") + b"\n")
    pages, rejected = _read([path])
    assert rejected == [] and len(pages) == 1
    assert pages[0].title == "Łódź kupi nowe tramwaje"
    assert pages[0].decoded == "not UTF-8, read as Windows-1250"


# Letters of scripts whose code pages put them at bytes 0xC0-0xFF followed by 0x80-0xBF: some
# of their pairs are well-formed UTF-8 by accident (newcomer 22 finding 24: Windows-1256 Arabic
# was read as "UTF-8 with 497 stray bytes", every letter Latin-1 mojibake).
SCRIPT_RECORDS = {
    "cp1256": {
        "url": "https://sahifa.example/thaqafa/maarid",
        "title": "مهرجان الكتاب يفتتح دورته الجديدة بمشاركة مئتي دار نشر",
        "maintext": (
            "افتتح مهرجان الكتاب في المدينة القديمة دورته الجديدة صباح الأحد بمشاركة مئتي دار "
            "نشر من اثنتي عشرة دولة، وقال المنظمون إن الجناح الأكبر خصص لكتب الأطفال والتراث. "
            "ويستمر المهرجان عشرة أيام، وتقام على هامشه ندوات عن الترجمة والنشر الرقمي. " * 3
        ),
    },
    "cp1251": {
        "url": "https://gorod-novosti.example/kultura/yarmarka",
        "title": "Книжная ярмарка открылась на набережной",
        "maintext": (
            "Книжная ярмарка открылась в субботу на городской набережной: сорок издательств "
            "привезли новинки, а детские писатели проведут чтения в шатре у фонтана. "
            "Организаторы обещают, что ярмарка продлится до конца следующей недели. " * 3
        ),
    },
}


@pytest.mark.parametrize("codec", sorted(SCRIPT_RECORDS))
def test_a_record_in_another_scripts_code_page_is_read_in_it(
    tmp_path: Path, codec: str
) -> None:
    record = SCRIPT_RECORDS[codec]
    path = tmp_path / f"{codec}.jsonl"
    path.write_bytes(json.dumps(record, ensure_ascii=False).encode(codec) + b"\r\n")
    pages, rejected = _read([path])
    assert rejected == [] and len(pages) == 1
    assert pages[0].title == record["title"]
    assert pages[0].decoded == f"not UTF-8, read as Windows-{codec[2:]}"


def test_a_stray_byte_in_a_utf8_line_keeps_the_record(tmp_path: Path) -> None:
    good = json.dumps(_record(4), ensure_ascii=False).encode("utf-8")
    stray = good.replace("Jaén".encode(), b"Ja\xe9n", 1)  # one Latin-1 byte pasted in
    assert stray != good
    path = tmp_path / "stray.jsonl"
    path.write_bytes(stray + b"\n" + json.dumps(_record(5), ensure_ascii=False).encode() + b"\n")
    pages, rejected = _read([path])
    assert rejected == []
    assert [p.title for p in pages] == [_record(4)["title"], _record(5)["title"]]
    assert str(pages[0].body).startswith("Fase 4. El ayuntamiento de Jaén")
    assert "Martínez" in str(pages[0].body)
    assert pages[0].decoded == "UTF-8 with 1 stray byte, read as Windows-1252"
    assert pages[1].decoded is None


def test_the_run_counts_and_says_what_it_decoded(tmp_path: Path) -> None:
    path = tmp_path / "scraper.jsonl"
    lines = [json.dumps(_record(n), ensure_ascii=False) for n in (6, 7)]
    path.write_bytes("\n".join(lines).encode("cp1252") + b"\n")
    archive, summary = build(tmp_path / "a.db", [path])
    archive.close()
    assert summary.stored == 2 and summary.skipped_total == 0
    assert summary.pages_redecoded == 2
    said = [e for e in summary.examples if e["reason"] == "not-utf8"]
    assert said and said[0]["detail"] == "not UTF-8, read as Windows-1252"


def test_a_line_that_is_no_json_in_any_charset_is_still_bad_json(tmp_path: Path) -> None:
    path = tmp_path / "cut.jsonl"
    path.write_bytes(b'{"url": "https://x.example/a", "title": "Caf\xe9 cerrado", "text": "Un\n')
    pages, rejected = _read([path])
    assert pages == []
    assert [r.reason for r in rejected] == ["bad-json"]
    assert rejected[0].detail.startswith("not UTF-8, read as")
