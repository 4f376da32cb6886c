"""``show``'s header names no zone for a publication time its source wrote without one, on no
known country's clocks (newcomer 40, finding 4: "last seen 2026-12-04 15:40 UTC (published)"
above the page's own "2026-12-04 15:40 (no time zone given)"); a time pinned on its country's
clocks and a fetch time stay UTC.  Invented pages."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import cli_ok
from tests.test_copies import invented_paragraphs

HARBOUR = invented_paragraphs(4001, 5)


def _archive(folder: Path, **fields: str) -> str:
    inputs = folder / "in"
    inputs.mkdir()
    record = {
        "url": "https://harbour-post.example/a/1",
        "title": "Harbour board to rebuild the north pier",
        "text": "\n\n".join(HARBOUR),
        **fields,
    }
    (inputs / "a.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    db = str(folder / "a.db")
    cli_ok(db, "dedupe", "--workers", "1", str(inputs))
    return db


def _header(db: str, *options: str) -> str:
    shown = cli_ok(db, "show", "1", "--no-text", *options).output
    return shown.split("\n\n", 1)[0]


def test_a_zoneless_time_of_no_country_is_shown_as_written(tmp_path: Path) -> None:
    db = _archive(tmp_path, published="2026-12-04 15:40")
    for options in ((), ("--tz", "Europe/Warsaw"), ("--tz", "UTC")):
        header = " ".join(_header(db, *options).split())
        assert "first seen 2026-12-04 15:40 (no time zone given) (published)" in header
        assert "last seen 2026-12-04 15:40 (no time zone given) (published)" in header
        assert "UTC" not in header and "CET" not in header


def test_a_pinned_or_zoned_time_stays_utc(tmp_path: Path) -> None:
    for name, fields in (
        ("zoned", {"published": "2026-12-04T15:40:00+01:00"}),
        ("pinned", {"published": "2026-12-04 15:40", "country": "PL"}),  # Poland's one clock
    ):
        (tmp_path / name).mkdir()
        header = " ".join(_header(_archive(tmp_path / name, **fields)).split())
        assert "first seen 2026-12-04 14:40 UTC (published)" in header
        assert "no time zone given" not in header


def test_the_clusters_list_shows_it_as_written(tmp_path: Path) -> None:
    db = _archive(tmp_path, published="2026-12-04 15:40")
    for options in ((), ("--tz", "Europe/Warsaw")):
        table = cli_ok(db, "clusters", *options).output.splitlines()
        assert table[0].split()[3:5] == ["FIRST", "SEEN"]  # no zone named over a wall time
        # marked as on no clock, the mark explained under the table
        assert table[1].split()[3:8] == ["2026-12-04", "15:40", "?", "P", "2026-12-04"]
        assert "?: as its page wrote it, no time zone given" in " ".join(table[-2:])
    row = json.loads(cli_ok(db, "clusters", "--json").output.splitlines()[0])
    assert (row["first_seen"], row["last_seen"]) == ("2026-12-04T15:40:00",) * 2
    assert row["first_seen_zoneless"] is True and row["last_seen_zoneless"] is True
    shown = json.loads(cli_ok(db, "show", "1", "--json").output)
    assert shown["first_seen"] == "2026-12-04T15:40:00" and shown["first_seen_zoneless"] is True


def test_a_zoneless_time_on_a_countrys_several_clocks_is_shown_as_written(
    tmp_path: Path,
) -> None:
    # Brazil's "15:40" is 17:40 to 20:40 UTC (UTC-2 to UTC-5): the page's own line shows it as
    # written, and so do the header and the clusters list (newcomer 41: "17:40 UTC" there),
    # on every --tz; Mexico's and Spain's clocks likewise
    for name, fields, country in (
        ("brazil", {"published": "2026-12-04 15:40"}, "https://folha-esim.example.com.br/a/1"),
        ("mexico", {"published": "2026-12-04 15:40", "country": "MX"}, None),
        ("spain", {"published": "2026-12-04 15:40", "language": "es-ES"}, None),
    ):
        (tmp_path / name).mkdir()
        url = {"url": country} if country else {}
        db = _archive(tmp_path / name, **fields, **url)
        for options in ((), ("--tz", "America/Sao_Paulo"), ("--tz", "UTC")):
            header = " ".join(_header(db, *options).split())
            assert "first seen 2026-12-04 15:40 (no time zone given) (published)" in header, (
                name, header,
            )
            assert "last seen 2026-12-04 15:40 (no time zone given) (published)" in header
            assert "UTC" not in header, (name, header)
            page = cli_ok(db, "show", "1", "--no-text", *options).output
            assert "2026-12-04 15:40 (no time zone given)" in page.split("\n\n", 2)[1]
        row = json.loads(cli_ok(db, "clusters", "--json").output.splitlines()[0])
        assert (row["first_seen"], row["last_seen"]) == ("2026-12-04T15:40:00",) * 2, name
        assert row["first_seen_zoneless"] is True and row["last_seen_zoneless"] is True
        table = cli_ok(db, "clusters").output.splitlines()
        assert table[1].split()[3:7] == ["2026-12-04", "15:40", "?", "P"], name


def test_a_zoneless_time_beside_a_zoned_one_is_marked_under_the_zones_header(
    tmp_path: Path,
) -> None:
    """A zoned copy's time is moved to --tz's clock, a zoneless copy's is not: the table marks
    the zoneless one "?" and says it is not on the header's clock, so a zoneless "16:45" under
    "LAST SEEN (EAT)" beside a first sighting of 17:20 EAT no longer reads as 16:45 EAT
    (newcomer 46, finding 2).  Invented pages."""
    inputs = tmp_path / "in"
    inputs.mkdir()
    zoned = {
        "url": "https://lagoon-daily.example/pier",
        "title": "Harbour board to rebuild the north pier",
        "text": "\n\n".join(HARBOUR),
        "published": "2026-12-04T14:20:00Z",
    }
    zoneless = {
        **zoned,
        "url": "https://river-courier.example/pier",
        "published": "2026-12-04 16:45",
    }
    (inputs / "a.jsonl").write_text(
        json.dumps(zoned) + "\n" + json.dumps(zoneless) + "\n", encoding="utf-8"
    )
    db = str(tmp_path / "a.db")
    cli_ok(db, "dedupe", "--workers", "1", str(inputs))
    table = cli_ok(db, "clusters", "--tz", "Africa/Nairobi").output.splitlines()
    assert "FIRST SEEN (EAT)" in table[0]
    cells = table[1].split()
    assert cells[3:6] == ["2026-12-04", "17:20", "P"]  # 14:20 UTC on Nairobi's clock
    assert cells[6:10] == ["2026-12-04", "16:45", "?", "P"]  # as written, marked
    note = " ".join(" ".join(table[2:]).split())
    assert "?: as its page wrote it, no time zone given (not EAT: its clock unknown)" in note
    # a table of zoned times alone carries no such mark or note
    only_zoned = tmp_path / "zoned"
    only_zoned.mkdir()
    (only_zoned / "a.jsonl").write_text(json.dumps(zoned) + "\n", encoding="utf-8")
    db2 = str(tmp_path / "b.db")
    cli_ok(db2, "dedupe", "--workers", "1", str(only_zoned))
    plain = cli_ok(db2, "clusters", "--tz", "Africa/Nairobi").output
    assert " ? " not in plain and "no time zone given" not in plain
