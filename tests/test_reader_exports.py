"""An RSS reader's JSON export in the Google Reader API's shape (FreshRSS's "export starred",
Inoreader, The Old Reader): each item's address is a ``canonical``/``alternate`` link list and
its feed an ``origin`` object.  Newcomer 23's finding 29: such items were stored with no URL and
no site, silently (``clipper.read.envelopes.reader_item``)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from clipper.cli import cli
from clipper.read.envelopes import reader_item

_TEXT = (
    "<p>Das Stadtwerk Lindenau hat am Montag die neue Fernwärmeleitung unter der Hafenstraße in "
    "Betrieb genommen; sie versorgt 1.800 Wohnungen.</p><p>Die Arbeiten dauerten vierzehn "
    "Monate und kosteten 12,5 Millionen Euro, teilte Werkleiterin Petra Sommer mit.</p>"
)


def _item(n: int, links: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": f"tag:google.com,2005:reader/item/00000000000{n}",
        "crawlTimeMsec": "1764795600000",
        "timestampUsec": "1764795600000000",
        "published": 1764763200 + 600 * n,
        "title": f"Fernwärme unter der Hafenstraße in Betrieb ({n})",
        **links,
        "categories": ["user/-/state/com.google/starred"],
        "origin": {
            "streamId": "feed/https://lindenau-bote.example/rss",
            "title": "Lindenauer Bote",
            "htmlUrl": "https://lindenau-bote.example/",
        },
        "summary": {"direction": "ltr", "content": _TEXT.replace("1.800", str(1800 + n))},
        "author": "Jana Kroll",
    }


ITEMS: list[dict[str, Any]] = [
    _item(
        0,
        {
            "canonical": [{"href": "https://lindenau-bote.example/a/0"}],
            "alternate": [
                {"href": "https://lindenau-bote.example/a/0?utm=rss", "type": "text/html"}
            ],
        },
    ),
    _item(
        1,
        {
            "alternate": [
                {
                    "href": "https://lindenau-bote.example/a/1.rss",
                    "type": "application/rss+xml",
                },
                {"href": "https://lindenau-bote.example/a/1", "type": "text/html"},
            ]
        },
    ),
    _item(2, {"alternate": []}),
]
EXPORT = {"id": "user/-/state/com.google/starred", "title": "Starred articles", "items": ITEMS}


def test_reader_item_fields() -> None:
    first = reader_item(ITEMS[0])
    assert first is not None
    assert first["url"] == "https://lindenau-bote.example/a/0"
    assert first["fetched_at"] == 1764795600000 and first["text"].startswith("<p>Das")
    second = reader_item(ITEMS[1])
    assert second is not None and second["url"] == "https://lindenau-bote.example/a/1"
    third = reader_item(ITEMS[2])
    assert third is not None and third["url"] is None
    assert third["site"] == "https://lindenau-bote.example/"
    # another record shape is not taken for one
    assert reader_item({"url": "https://x.example/a", "text": "t", "alternate": "x"}) is None


def test_a_starred_export_keeps_its_addresses(tmp_path: Path) -> None:
    dump = tmp_path / "starred.json"
    dump.write_text(json.dumps(EXPORT, ensure_ascii=False), encoding="utf-8")
    db = str(tmp_path / "a.db")
    runner = CliRunner()
    assert runner.invoke(cli, ["dedupe", "--db", db, str(dump)]).exit_code == 0
    out = runner.invoke(cli, ["export", "--db", db])
    assert out.exit_code == 0, out.output
    pages = sorted(
        (json.loads(line) for line in out.output.splitlines() if line.startswith("{")),
        key=lambda p: p["published"],
    )
    assert [p["url"] for p in pages] == [
        "https://lindenau-bote.example/a/0",
        "https://lindenau-bote.example/a/1",
        None,
    ]
    assert {p["site"] for p in pages} == {"lindenau-bote.example"}
    assert {p["fetched_at"][:16] for p in pages} == {"2025-12-03T21:00"}
    assert pages[0]["author"] == "Jana Kroll"
