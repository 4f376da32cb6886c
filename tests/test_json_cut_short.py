"""A Scrapy JSON export cut short by a crash keeps its whole items (newcomer 21 finding 24).

Scrapy's JSON feed exporter writes ``[``, the items joined by ``,\\n`` and ``]`` only when the
spider closes: a killed spider leaves no ``]``, a trailing comma or a half-written last item,
and ``-o`` run twice appends a second array.  Such a file was one ``bad-json`` and every record
lost; now its whole items are read (with the origins the whole file would give them) and the
cut one is counted.  Records invented."""

from __future__ import annotations

import json
from pathlib import Path

from clipper.config import ReadLimits
from clipper.page import RawPage, Rejection
from clipper.read import read_pages
from tests.conftest import build

PARAGRAPH = (
    "Der Stadtrat von Birkenau hat am Montagabend die Sanierung der alten Schwimmhalle am "
    "Lindenplatz beschlossen. Die Arbeiten sollen im Sommer beginnen und rund vier Millionen "
    "Euro kosten, von denen das Land die Hälfte trägt. Während der Bauzeit weichen die "
    "Schulen in das Hallenbad der Nachbargemeinde aus, Busse bringen die Klassen hin. "
)


def _item(n: int) -> dict[str, str]:
    return {
        "url": f"https://birkenauer-bote.example/lokales/schwimmhalle-{n}",
        "title": f"Schwimmhalle Birkenau: Beschluss Nummer {n}",
        "content": f"Meldung {n}. " + PARAGRAPH * 3 + f"Der Beschluss {n} fiel einstimmig.",
        "scraped_at": f"2026-12-03T0{n}:00:00Z",
    }


def _scrapy_export(items: list[dict[str, str]], indent: int | None = None) -> str:
    """What scrapy.exporters.JsonItemExporter writes for ``items`` when the spider closes."""
    return (
        "[\n" + ",\n".join(json.dumps(i, ensure_ascii=False, indent=indent) for i in items) + "\n]"
    )


def _read(path: Path) -> tuple[list[RawPage], list[Rejection]]:
    rejected: list[Rejection] = []
    pages = list(read_pages([path], ReadLimits(), rejected.append))
    return pages, rejected


def _origins(pages: list[RawPage], path: Path) -> list[str]:
    return [p.origin.removeprefix(f"{path}:") for p in pages]


def test_an_export_cut_inside_an_item_keeps_the_whole_items_before_it(tmp_path: Path) -> None:
    whole = _scrapy_export([_item(n) for n in range(1, 6)])
    cut_at = whole.index("Der Beschluss 5")  # inside item 5's text, a string never closed
    path = tmp_path / "items.json"
    path.write_text(whole[:cut_at], encoding="utf-8")
    pages, rejected = _read(path)
    assert _origins(pages, path) == ["1", "2", "3", "4"]
    assert [(r.origin, r.reason, r.detail) for r in rejected] == [
        (
            f"{path}:5",
            "truncated",
            "file cut short inside item 5; the 4 whole items before it were read",
        )
    ]


def test_every_cut_point_of_the_last_item_keeps_the_items_before_it(tmp_path: Path) -> None:
    """Cut anywhere inside item 3 (a key, an escape, between fields, a pretty-printed export's
    lines): items 1 and 2 read, item 3 counted as cut."""
    third = _item(3) | {"title": 'Zölle "Birkenau"', "n": 3, "ok": True, "x": None}
    for indent in (None, 2):
        whole = _scrapy_export([_item(1), _item(2)], indent).removesuffix("\n]")
        whole += ",\n" + json.dumps(third, indent=indent) + "\n]"  # \u00f6 and \" escapes
        start = whole.index("{", whole.index("schwimmhalle-2"))
        for cut in range(start + 1, whole.rindex("}") + 1):
            path = tmp_path / f"cut-{indent}-{cut}.json"
            path.write_text(whole[:cut], encoding="utf-8")
            pages, rejected = _read(path)
            assert _origins(pages, path) == ["1", "2"], (indent, whole[cut - 10 : cut])
            assert [(r.origin, r.reason) for r in rejected] == [(f"{path}:3", "truncated")]


def test_no_closing_bracket_or_a_trailing_comma_is_cut_after_the_last_item(
    tmp_path: Path,
) -> None:
    whole = _scrapy_export([_item(n) for n in (1, 2, 3)])
    for name, text in (
        ("no-bracket.json", whole.removesuffix("\n]")),
        ("no-bracket-newline.json", whole.removesuffix("]")),
        ("trailing-comma.json", whole.removesuffix("\n]") + ",\n"),
    ):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        pages, rejected = _read(path)
        assert _origins(pages, path) == ["1", "2", "3"], name
        assert [(r.origin, r.reason, r.detail) for r in rejected] == [
            (
                str(path),
                "truncated",
                "file cut short after item 3 (no closing ']'); the 3 whole items were read",
            )
        ], name


def test_two_runs_appended_to_one_file_are_read_as_one_array(tmp_path: Path) -> None:
    """``scrapy crawl -o items.json`` run twice appends the second array to the first."""
    path = tmp_path / "items.json"
    first = _scrapy_export([_item(1), _item(2)])
    second = _scrapy_export([_item(3)])
    path.write_text(first + second, encoding="utf-8")
    pages, rejected = _read(path)
    assert _origins(pages, path) == ["1", "2", "3"]
    assert rejected == []


def test_damage_inside_the_file_keeps_the_items_before_it_and_says_where(
    tmp_path: Path,
) -> None:
    lines = _scrapy_export([_item(n) for n in (1, 2, 3, 4)]).split("\n")
    lines[3] = lines[3].replace('", "content"', '" "content"', 1)  # item 3 loses a comma
    path = tmp_path / "items.json"
    path.write_text("\n".join(lines), encoding="utf-8")
    pages, rejected = _read(path)
    assert _origins(pages, path) == ["1", "2"]
    assert [(r.origin, r.reason) for r in rejected] == [(f"{path}:3", "bad-json")]
    assert rejected[0].detail.startswith("Expecting ',' delimiter at line 4 column ")
    assert rejected[0].detail.endswith(
        "(item 3); the 2 whole items before it were read, the rest of the file not"
    )


def test_a_cut_export_in_windows_1252_is_read_the_same(tmp_path: Path) -> None:
    whole = _scrapy_export([_item(n) for n in (1, 2, 3)])
    path = tmp_path / "items.json"
    path.write_bytes(whole[: whole.index("Der Beschluss 3")].encode("cp1252"))
    pages, rejected = _read(path)
    assert _origins(pages, path) == ["1", "2"]
    assert all(p.decoded for p in pages)
    assert [(r.origin, r.reason) for r in rejected] == [(f"{path}:3", "truncated")]


def test_a_re_run_after_the_crash_reads_the_same_pages(tmp_path: Path) -> None:
    """The cut file read twice stores its 4 items once; the spider's whole re-run export,
    read after it, adds only the item the crash cut."""
    whole = _scrapy_export([_item(n) for n in range(1, 6)])
    path = tmp_path / "items.json"
    path.write_text(whole[: whole.index("Der Beschluss 5")], encoding="utf-8")
    archive, summary = build(tmp_path / "a.db", [path])
    archive.close()
    assert summary.stored == 4 and summary.skipped == {"truncated": 1}
    archive, again = build(tmp_path / "a.db", [path])
    archive.close()
    assert again.stored == 0 and again.already_archived == 4
    path.write_text(whole, encoding="utf-8")
    archive, rerun = build(tmp_path / "a.db", [path])
    archive.close()
    assert rerun.stored == 1 and rerun.already_archived == 4
