"""Where a page's publication date came from (``pages.date_source``, migration 0022) and what it
weighs in the choice of a cluster's canonical (clipper.cluster, rule 6): a date the page or its
crawler declares ranks before one a heuristic guessed from its text, which still orders copies
that declare none (newcomer 13: a print copy without URL, dated from a day its text names by
htmldate's extensive search, took its cluster from the crawled page declaring its date).

Invented pages: one article as its publisher's page (``article:published_time``) and as a
print copy whose only date is a line of its text, earlier; as a crawler's JSON record with a
date field and as a text dump whose dateline is earlier.
"""

from __future__ import annotations

import itertools
import json
from pathlib import Path

from click.testing import CliRunner
from sqlalchemy import select

from clipper.archive import open_archive
from clipper.canonical import Node, rank_key
from clipper.cli import cli
from clipper.cluster import assign
from clipper.config import Config
from clipper.models import Cluster, Page
from clipper.pipeline import dedupe
from tests.conftest import build, snapshot
from tests.test_copies import invented_paragraphs

URL = "https://quay-courier.example/news/ferry-fares"
TITLE = "Harbour ferry fares to rise in autumn"


def node(page_id: int, words: int, published: str | None, source: str | None,
         url: str | None = None) -> Node:
    key = url or f"record:{page_id}"
    return Node(page_id, rank_key(words, published, url, key, f"h{page_id}"), f"h{page_id}",
                None, source)


def canonicals(nodes: list[Node], edges: list[tuple[int, int, float, float]]) -> set[int]:
    return {a.canonical_id for a in assign(nodes, edges).values()}


# --------------------------------------------------------------------------- rule 6 alone


def test_a_declared_date_ranks_before_an_earlier_guessed_one_in_any_order() -> None:
    crawled = node(1, 600, "2024-08-28T07:30:00", "declared", URL)
    printed = node(2, 612, "2024-04-07", "guessed")  # longer: its print footer
    edges = [(1, 2, 0.95, 1.0)]
    for nodes in itertools.permutations([crawled, printed]):
        assert canonicals(list(nodes), edges) == {1}
    # a date of unknown source (a page stored before migration 0022) counts as it did:
    # the earliest full copy (read with an address of its own: an address-less dump is shown
    # after a page read with one, whatever its date)
    old = node(2, 612, "2024-04-07", None, "https://print-edition.example/ferry-fares")
    assert canonicals([crawled, old], edges) == {2}


def test_a_guessed_date_still_orders_copies_that_declare_none() -> None:
    printed = node(1, 600, "2024-04-07", "guessed", "https://a.example/fares")
    later = node(2, 600, "2024-04-09", "guessed", "https://b.example/fares")
    undated = node(3, 640, None, None, "https://c.example/fares")
    edges = [(1, 3, 0.9, 1.0), (2, 3, 0.9, 1.0), (2, 1, 0.95, 1.0)]
    for nodes in itertools.permutations([printed, later, undated]):
        assert canonicals(list(nodes), list(reversed(edges))) == {1}
    # a declared date, even later, beats both guessed ones; the undated page stays last
    declared = node(2, 600, "2024-08-28", "declared", "https://b.example/fares")
    assert canonicals([printed, declared, undated], edges) == {2}


# --------------------------------------------------------------------------- through dedupe


def _pages(folder: Path) -> dict[str, Path]:
    """The publisher's page (declares 2024-08-28 in its metadata) and a print copy without
    URL whose text carries an earlier day (2024-04-07), as saved HTML files."""
    story = invented_paragraphs(811, 10)
    body = "\n".join(f"<p>{p}</p>" for p in story)
    crawled = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>{TITLE} | Quay Courier</title><meta property="og:url" content="{URL}">
<meta property="article:published_time" content="2024-08-28T07:30:00Z">
</head><body><main><article><h1>{TITLE}</h1>{body}</article></main></body></html>"""
    printed = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>{TITLE}</title></head><body><div class="print"><h1>{TITLE}</h1>
<p class="date">Sunday 7 April 2024</p>{body}<p>Printed for personal use.</p></div>
</body></html>"""
    folder.mkdir(parents=True, exist_ok=True)
    files = {"crawled": folder / "crawled.html", "print": folder / "print.html"}
    files["crawled"].write_text(crawled)
    files["print"].write_text(printed)
    return files


def _dated(db: Path) -> tuple[dict[str, tuple[str | None, str | None]], list[str]]:
    """Each page's (published, date_source) by file name, and the canonicals' file names."""
    archive = open_archive(str(db), create=False)
    try:
        with archive.sessions() as session:
            rows = session.execute(select(Page.origin, Page.published, Page.date_source)).all()
            canonical = session.scalars(
                select(Page.origin).join(Cluster, Cluster.canonical_page_id == Page.id)
            ).all()
    finally:
        archive.close()
    return ({Path(o.split(":")[0]).name: (p, s) for o, p, s in rows},
            sorted(Path(o.split(":")[0]).name for o in canonical))


def test_the_publishers_page_stays_canonical_over_a_print_copy_dated_from_its_text(
    tmp_path: Path,
) -> None:
    files = _pages(tmp_path / "in")
    archive, _ = build(tmp_path / "one.db", files.values())
    expected = snapshot(archive)
    archive.close()
    dated, canonical = _dated(tmp_path / "one.db")
    assert dated == {
        "crawled.html": ("2024-08-28T07:30:00", "declared"),
        "print.html": ("2024-04-07", "guessed"),
    }
    assert canonical == ["crawled.html"]
    assert len(expected["clusters"]) == 1
    # either page arriving a night later, at any batch size: the same archive
    for first, second in itertools.permutations(files.values()):
        for batch in (1, 2):
            db = tmp_path / f"{first.stem}-{batch}.db"
            archive = open_archive(str(db))
            for night in ([first], [second]):
                dedupe(archive, [str(p) for p in night], Config(workers=1, batch_size=batch))
            assert snapshot(archive) == expected, (first.name, batch)
            archive.close()


def _write_jsonl(path: Path, records: list[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_a_records_date_field_ranks_before_a_text_dumps_earlier_dateline(tmp_path: Path) -> None:
    """The crawler's record states the date in its field (declared); the text dump of a
    copy has only its dateline, a day earlier (guessed): the record is the canonical, in
    either order of nights."""
    story = invented_paragraphs(812, 9)
    record = {"url": URL, "title": TITLE, "text": "\n\n".join(story),
              "date_publish": "2024-08-28 07:30:00"}
    dump = f"{TITLE}\nPublished 27 August 2024\n\n" + "\n\n".join(story) + "\n"
    folder = tmp_path / "in"
    folder.mkdir()
    jsonl = _write_jsonl(folder / "crawl.jsonl", [record])
    txt = folder / "copy.txt"
    txt.write_text(dump, encoding="utf-8")
    results: list[tuple[dict[str, tuple[str | None, str | None]], list[str]]] = []
    for order in ([jsonl, txt], [txt, jsonl]):
        db = tmp_path / f"{order[0].stem}.db"
        archive = open_archive(str(db))
        for night in order:
            dedupe(archive, [str(night)], Config(workers=1))
        archive.close()
        results.append(_dated(db))
    assert results[0] == results[1]
    dated, canonical = results[0]
    assert dated == {
        "crawl.jsonl": ("2024-08-28T07:30:00", "declared"),
        "copy.txt": ("2024-08-27", "guessed"),
    }
    assert canonical == ["crawl.jsonl"]


def test_a_page_read_again_takes_the_date_source_of_its_earliest_fetched_reading(
    tmp_path: Path,
) -> None:
    """The same text at the same address read twice, on the same day by its dateline and by
    a date field: the earlier-fetched reading (the dateline only: guessed) is kept, whichever
    night it came, and the canonical follows it (the other outlet's declared later date)."""
    story = invented_paragraphs(813, 9)
    text = "Published 7 April 2024\n\n" + "\n\n".join(story)
    early = {"url": URL, "title": TITLE, "text": text, "fetched_at": "2024-08-28T08:00:00"}
    late = {**early, "fetched_at": "2024-08-29T08:00:00", "date_publish": "2024-04-07"}
    other = {"url": "https://bay-echo.example/fares", "title": TITLE,
             "text": "\n\n".join(story[:-1]), "date_publish": "2024-08-28T09:00:00",
             "fetched_at": "2024-08-28T10:00:00"}
    folder = tmp_path / "in"
    folder.mkdir()
    early_file = _write_jsonl(folder / "early.jsonl", [early])
    late_file = _write_jsonl(folder / "late.jsonl", [late, other])
    found: list[tuple[dict[str, tuple[str | None, str | None]], list[str]]] = []
    for nights in ([[late_file], [early_file]], [[early_file], [late_file]],
                   [[late_file, early_file]]):
        db = tmp_path / f"order-{len(found)}.db"
        archive = open_archive(str(db))
        for night in nights:
            dedupe(archive, [str(p) for p in night], Config(workers=1))
        archive.close()
        found.append(_dated(db))
    assert found[0] == found[1] == found[2]
    dated, canonical = found[0]
    assert dated == {
        "early.jsonl": ("2024-04-07", "guessed"),
        "late.jsonl": ("2024-08-28T09:00:00", "declared"),
    }
    assert canonical == ["late.jsonl"]


def test_show_and_export_say_where_a_date_came_from(tmp_path: Path) -> None:
    files = _pages(tmp_path / "in")
    archive, _ = build(tmp_path / "a.db", files.values())
    archive.close()
    runner = CliRunner()
    db = str(tmp_path / "a.db")
    exported = [json.loads(line) for line in
                runner.invoke(cli, ["export", "--db", db]).stdout.splitlines()]
    assert {Path(r["origin"]).name: r["date_source"] for r in exported} == {
        "crawled.html": "declared", "print.html": "guessed"}
    shown = runner.invoke(cli, ["show", "--db", db, "1", "--no-text"]).stdout
    assert "2024-04-07 (guessed)" in shown and "07:30 UTC (guessed)" not in shown
    document = json.loads(runner.invoke(cli, ["show", "--db", db, "1", "--json"]).stdout)
    assert document["canonical"]["date_source"] == "declared"
    assert [v["date_source"] for v in document["variants"]] == ["guessed"]
