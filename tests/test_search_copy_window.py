"""``search --since/--until`` finds an article a copy of which falls inside the window, as
``clusters`` does, and says which page put it there (newcomer 46, finding 1: a Nairobi desk's
"who carried it this afternoon" found "No matches." because the wire's canonical ran in the
morning, while ``clusters`` with the same window listed it by The Citizen's 14:15 copy).
``--variants`` keeps filtering each page by its own date.  Invented pages."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from clipper.cli import cli
from tests.conftest import build

BODY = "\n".join(
    f"Paragraph {i}: the Ruvani lakeside ferry company says its {i + 2} new boats will carry "
    f"traders and their produce across the bay twice a day from the first week of March."
    for i in range(8)
)
# the wire's morning original, a paper's afternoon copy (UTC times: 08:00 and 14:15 EAT)
PAGES = [
    (
        "https://wire-desk.example/ferry",
        "Ruvani ferry adds boats for bay traders",
        "2026-03-01T05:00:00Z",
    ),
    (
        "https://lakeside-times.example/ferry",
        "Ruvani ferry to double crossings",
        "2026-03-01T11:15:00Z",
    ),
]


def _search(db: Path, *args: str) -> list[dict[str, object]]:
    found = CliRunner().invoke(cli, ["search", "--db", str(db), "--json", *args])
    assert found.exit_code == 0, found.output
    return [json.loads(line) for line in found.stdout.splitlines()]


def test_a_copy_inside_the_window_finds_its_article_and_is_named(tmp_path: Path) -> None:
    dump = tmp_path / "night.jsonl"
    dump.write_text(
        "".join(
            json.dumps(
                {
                    "url": url,
                    "title": title,
                    "maintext": BODY,
                    "language": "en",
                    "date_publish": date,
                }
            )
            + "\n"
            for url, title, date in PAGES
        ),
        encoding="utf-8",
    )
    db = tmp_path / "a.db"
    build(db, [dump])[0].close()
    afternoon = ["--since", "2026-03-01T12:00", "--until", "2026-03-01T18:00",
                 "--tz", "Africa/Nairobi"]  # fmt: skip
    (hit,) = _search(db, "Ruvani", *afternoon)
    assert hit["is_canonical"] is True and hit["url"] == PAGES[0][0]  # the article, as shown
    assert hit["window_site"] == "lakeside-times.example"
    assert hit["window_date"] == "2026-03-01T11:15:00+00:00"
    table = CliRunner().invoke(cli, ["search", "--db", str(db), "Ruvani", *afternoon]).stdout
    page = hit["window_page_id"]
    named = f"in the window: lakeside-times.example, 2026-03-01 14:15 EAT (page:{page})"
    assert named in " ".join(table.split())
    # the same window lists the cluster, as search now finds it
    listed = CliRunner().invoke(cli, ["clusters", "--db", str(db), "--json", *afternoon])
    assert [json.loads(line)["cluster_id"] for line in listed.stdout.splitlines()] == [
        hit["cluster_id"]
    ]
    # --variants: each page by its own date, the copy alone
    (copy,) = _search(db, "Ruvani", "--variants", *afternoon)
    assert copy["url"] == PAGES[1][0] and copy["window_page_id"] is None
    # a window the canonical is in names no other page
    (morning,) = _search(db, "Ruvani", "--since", "2026-03-01T07:00", "--until",
                         "2026-03-01T09:00", "--tz", "Africa/Nairobi")  # fmt: skip
    assert morning["url"] == PAGES[0][0] and morning["window_page_id"] is None
    # a window no page is in finds nothing
    assert _search(db, "Ruvani", "--since", "2026-03-01T19:00", "--until",
                   "2026-03-01T23:00", "--tz", "Africa/Nairobi") == []  # fmt: skip
