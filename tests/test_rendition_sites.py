"""Migration 0032: pages stored before a site key dropped a rendition's label (``m.``,
``mobile.``, ``wap.``, ``amp.``) move to their outlet's site, on SQLite and PostgreSQL.

The old archive is made by clipper itself with the site key of before (no rendition labels),
then set back to revision 0031 and opened as a user's next command opens it.  Invented pages
of invented outlets."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select, text

from clipper import sites
from clipper.archive import current_revision, open_archive
from clipper.config import Config
from clipper.digest import watchlists
from clipper.models import Page
from clipper.pipeline import dedupe

BERTH = (
    "The harbour board of Eskmouth approved a second ferry berth on Friday after two years "
    "of talks with the island's ferry company and its hauliers.\n\n"
    "Work on the berth starts in March and should take eighteen months, the board's chair, "
    "Ane Holm, told the council in a packed meeting at the town hall.\n\n"
)
WELCOMED = "The ferry company welcomed it."
FAIR = (
    "The Eskmouth book fair returns to the old fish market in May with forty stalls of second-"
    "hand and antiquarian books, its organisers said on Monday.\n\nLast year's fair drew six "
    "thousand visitors over two days, twice as many as the first one three years ago."
)
# a line of the Courier's template, on its pages of both hosts
SHARE = "Follow the Esk Courier on social media"

# Four other articles of the Courier (two on each host) that carry its template line.
OTHERS = [
    "The Esk bridge closes for repairs for six weeks from Monday, the county said, and buses "
    "will run the long way round through Sleights until the new deck is laid.",
    "A new bakery opened on Flowergate on Saturday, the first in the street for ten years, and "
    "sold out of bread by eleven o'clock in the morning, its owner said.",
    "The lifeboat crew rescued two walkers cut off by the tide below the cliffs on Sunday "
    "afternoon and brought them back to the harbour cold but unhurt.",
    "Eskmouth's library will open on Sunday afternoons from January, the council decided on "
    "Tuesday, after a petition signed by nine hundred readers.",
]


def _record(url: str | None, body: str, **fields: str) -> str:
    return json.dumps({"url": url, "title": body.split(",")[0][:60], "text": body,
                       "fetched_at": "2026-11-27T06:00:00+00:00", **fields}) + "\n"


def _night_one(folder: Path) -> Path:
    dump = folder / "night1.jsonl"
    lines = [
        _record("https://m.esk-courier.example/news/berth", BERTH + WELCOMED),
        _record("https://www.esk-courier.example/news/berth", BERTH + WELCOMED),
        _record("https://lune-post.example/berth", BERTH + WELCOMED),
        # an outlet whose host is written in its letters, and the same outlet's page its
        # crawler recorded in ASCII: one outlet once the letters are keyed as ASCII
        _record("https://bücher-esk.example/fair", FAIR),
        _record("https://xn--bcher-esk-q9a.example/fair-2", FAIR + " Entry is free."),
        # a record without a URL, named by its site field: known by its site and bytes
        _record(None, BERTH + "Hauliers said it was overdue.", domain="amp.esk-courier.example"),
    ]
    for n, other in enumerate(OTHERS):
        host = "m.esk-courier.example" if n < 2 else "esk-courier.example"
        body = f"{other}\n{SHARE}\nNobody was hurt, report {n} says."
        lines.append(_record(f"https://{host}/news/{n}", body))
    dump.write_text("".join(lines))
    return dump


@pytest.mark.parametrize("backend_name", ["sqlite", pytest.param(
    "postgresql", marks=pytest.mark.postgresql)], indirect=True)
def test_pages_stored_under_a_mobile_or_amp_host_move_to_the_outlets_site(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An archive of 0031 holding pages of ``m.``/``amp.`` hosts, made as clipper made it
    then: after the upgrade every page is its outlet's (``--site``, a story's outlets: the
    ferry story's three pages are two outlets, not three), a URL-less record's key names the
    outlet, a watchlist of the mobile host follows the outlet, and the template line the
    outlet's pages carried on both hosts counts them together: the next page carrying it
    makes it template and every earlier page of either host loses it.  A host stored in its
    letters moves to its ASCII form, where the same outlet's other page is."""
    # the site key of before: rendition labels kept, a host in letters kept in its letters
    monkeypatch.setattr(sites, "RENDITION_LABELS", frozenset())
    monkeypatch.setattr(sites, "_ascii_host", lambda host: host)
    archive = open_archive(db_url)
    try:
        dedupe(archive, [str(_night_one(tmp_path))], Config(workers=1))
        watchlists.add(archive, watchlists.make_watch(
            "courier", "berth", sites=("m.esk-courier.example",)))
        with archive.engine.begin() as connection:
            before = set(connection.execute(text("SELECT DISTINCT site FROM pages")).scalars())
            connection.execute(text("UPDATE alembic_version SET version_num = '0031'"))
    finally:
        archive.close()
    assert {"m.esk-courier.example", "amp.esk-courier.example", "bücher-esk.example"} <= before
    monkeypatch.undo()

    archive = open_archive(db_url)  # a user's next command: upgraded to 0032
    try:
        assert (current_revision(archive) or "") >= "0032"  # 0032 and whatever came after it
        with archive.engine.connect() as connection:
            stored = set(connection.execute(text("SELECT DISTINCT site FROM pages")).scalars())
            keys = connection.execute(
                text("SELECT source_key FROM pages WHERE url IS NULL")).scalars().all()
            outlets = connection.execute(text("SELECT max(outlets) FROM stories")).scalar()
            followed = connection.execute(text("SELECT sites FROM watchlists")).scalar()
            lines = connection.execute(
                text("SELECT site, pages FROM site_lines WHERE sources LIKE '%news/3%'")
            ).all()
        assert stored == {
            "esk-courier.example", "lune-post.example", "xn--bcher-esk-q9a.example"}
        assert [k.split(":")[1] for k in keys] == ["esk-courier.example"]
        assert outlets == 2
        assert json.loads(str(followed)) == ["esk-courier.example"]
        assert [tuple(row) for row in lines] == [("esk-courier.example", 3)]

        night2 = tmp_path / "night2.jsonl"
        night2.write_text(_record(
            "https://esk-courier.example/news/9",
            "The harbour car park will charge drivers at weekends from April, the council said "
            f"on Wednesday, to pay for the new ferry berth's approach road.\n{SHARE}\n"
            "Residents will keep their free permits.",
        ))
        dedupe(archive, [str(night2)], Config(workers=1))
        with archive.sessions() as session:
            texts = session.execute(
                select(Page.url, Page.text).where(Page.url.like("%/news/_"))).all()
        assert len(texts) == 5 and all(SHARE not in body for _, body in texts), texts
    finally:
        archive.close()
