"""A saved HTML page cut off mid-download (an interrupted ``wget`` or browser save: the head, the
article's first paragraphs, the last one stopping mid-word, no closing tags) is a part of the
article read cut short, not a whole copy: stored *partial*, counted by the run, never its
cluster's canonical, never told by the digest as its outlet's update at a new address
(newcomer 34, finding 2: "Update at a new address (beritakini…): 1 paragraph edited; 1
paragraph removed" of a cut file).  A cut page that holds no article is rejected
``cut-short``.  A whole page that leaves ``</body></html>`` out, or whose last line has no
full stop, is whole.

Every fixture here is invented: a harbour town paper's story about a ferry line, its copy on a
second portal, and the first portal's page saved again at a new address, cut in its third
paragraph.
"""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner, Result

from clipper.cli import cli
from tests.test_digest import age_runs

FIRST = "https://www.lantaupost.example/business/2026/12/04/ferry-line-kestrel-bay"
AGAIN = "https://www.lantaupost.example/business/ferry-line-kestrel-bay-5512"
COPY = "https://www.harbourdesk.example/news/kestrel-bay-ferry-line"
HEADLINE = "Ferry line to link Kestrel Bay with the islands from March"
PARAGRAPHS = [
    "KESTREL BAY - A new ferry line will link Kestrel Bay with the four outer islands from "
    "March, the harbour board said on Friday, ending a wait of nine years for islanders who "
    "now travel through the port of Marlow.",
    "The line will run two boats of one hundred and twenty seats each, six times a day in "
    "summer and four times a day in winter, and a crossing to the furthest island will take "
    "fifty minutes.",
    "Board chairman Henrik Solberg said the line would cost eighteen million to set up, most "
    "of it for a new pier at Kestrel Bay, and that fares would be kept at the level of the "
    "bus fares islanders pay today.",
    "Island councils had asked for a direct line since the old steamer service closed, "
    "saying that the trip through Marlow took up to three hours and kept young families from "
    "moving to the islands.",
    "The board said the boats would be built at the yard in Westhaven and that it expected "
    "the first one to be launched in January for sea trials along the coast.",
    "Fishermen at Kestrel Bay said they welcomed the line but asked the board to keep the "
    "new pier clear of the moorings their boats have used for generations.",
    "The harbour board will hold a meeting for islanders at the Kestrel Bay library on "
    "Tuesday evening to answer questions about the timetable and the fares.",
]


def run(db: Path, *args: str) -> Result:
    result = CliRunner().invoke(cli, [*args, "--db", str(db)], env={"COLUMNS": "200"})
    assert "Traceback" not in result.output, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


def page(url: str, paragraphs: list[str], published: str, site: str = "Lantau Post") -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        f"<title>{HEADLINE} | {site}</title>"
        f'<link rel="canonical" href="{url}">'
        f'<meta property="article:published_time" content="{published}"></head>'
        f'<body><nav><a href="/">Home</a> <a href="/business">Business</a></nav>'
        f"<article><h1>{HEADLINE}</h1>{body}</article>"
        "<footer>© Lantau Post. All rights reserved.</footer></body></html>"
    )


def cut(html: str, inside: str, keep: int) -> str:
    """``html`` as an interrupted download leaves it: up to ``keep`` characters into the
    paragraph that opens with ``inside``, nothing after."""
    return html[: html.index(inside) + keep]


def save(folder: Path, name: str, html: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(html, encoding="utf-8")
    return folder


def dedupe(db: Path, folder: Path) -> Result:
    result = run(db, "dedupe", "--workers", "1", str(folder))
    assert result.exit_code == 0, result.output
    return result


def shown(db: Path, url: str) -> dict:
    result = run(db, "show", "--json", url)
    assert result.exit_code == 0, result.output
    document: dict = json.loads(result.output)
    return document


def two_nights(tmp_path: Path) -> tuple[Path, Result]:
    """Night 1: the paper's page and a portal's whole copy; night 2: the paper's page saved
    again at a new address, cut in its third paragraph.  Returns the archive and night 2's
    run."""
    db = tmp_path / "desk.db"
    night1 = tmp_path / "night1"
    save(night1, "lantaupost.html", page(FIRST, PARAGRAPHS, "2026-12-04T07:20:00Z"))
    save(night1, "harbourdesk.html", page(COPY, PARAGRAPHS, "2026-12-04T08:00:00Z", "Harbour Desk"))
    dedupe(db, night1)
    age_runs(db, hours=48)
    whole = page(AGAIN, PARAGRAPHS, "2026-12-04T07:20:00Z")
    night2 = save(tmp_path / "night2", "interrupted.html", cut(whole, "Board chairman", 60))
    return db, dedupe(db, night2)


def test_a_page_cut_mid_download_is_stored_partial_and_counted(tmp_path: Path) -> None:
    db, night2 = two_nights(tmp_path)
    assert "partial pages (kept)" in night2.output
    assert "download cut short" in night2.output
    document = shown(db, AGAIN)
    (cut_page,) = [v for v in document["variants"] if v["url"] == AGAIN]
    assert cut_page["partial"] is not None and "download cut short" in cut_page["partial"]
    # the paragraph it stopped in is no edit: the copy holds the article's first three
    assert cut_page["changes"]["summary"] == ["trimmed (kept 3 of 7 paragraphs)"]
    # the whole page stays the one shown
    assert document["canonical"]["url"] in {FIRST, COPY}
    assert "read cut short: the saved page ends inside its body" in " ".join(
        run(db, "show", FIRST, "--no-text").output.split()
    )


def test_the_digest_tells_no_update_of_a_cut_download(tmp_path: Path) -> None:
    db, _ = two_nights(tmp_path)
    result = run(db, "digest", "--format", "json", "--since", "24h", "--no-record")
    assert result.exit_code == 0, result.output
    stories = [s for g in json.loads(result.stdout)["groups"] for s in g["stories"]]
    (story,) = stories
    assert story["updates"] == []
    assert not any(o["updated"] for o in story["outlet_links"])
    text = run(db, "digest", "--since", "24h", "--no-record").output
    assert "Update at a new address" not in text and "(updated)" not in text


def test_a_page_cut_before_its_article_is_rejected_cut_short(tmp_path: Path) -> None:
    db = tmp_path / "desk.db"
    whole = page(FIRST, PARAGRAPHS, "2026-12-04T07:20:00Z")
    folder = save(tmp_path / "dump", "cut.html", cut(whole, "KESTREL BAY", 20))
    result = run(db, "dedupe", "--workers", "1", "--json", str(folder))
    summary = json.loads(result.stdout)
    assert summary["stored"] == 0 and summary["skipped"] == {"cut-short": 1}, summary
    (problem,) = summary["examples"]
    assert problem["detail"].startswith("the saved page ends inside its body")


def test_whole_pages_without_closing_tags_or_a_last_full_stop_are_whole(tmp_path: Path) -> None:
    """Guards: HTML may leave ``</body></html>`` out, and an article's last line may be a
    credit without a full stop; neither alone is a cut."""
    db = tmp_path / "desk.db"
    unclosed = page(FIRST, PARAGRAPHS, "2026-12-04T07:20:00Z").removesuffix("</body></html>")
    credited = page(COPY, [*PARAGRAPHS, "Reporting by Mei Lin Tan"], "2026-12-04T08:00:00Z")
    folder = save(tmp_path / "dump", "unclosed.html", unclosed)
    save(folder, "credited.html", credited)
    result = run(db, "dedupe", "--workers", "1", "--json", str(folder))
    summary = json.loads(result.stdout)
    assert summary["stored"] == 2 and summary["partial_pages"] == 0, summary


def test_how_a_cut_is_told() -> None:
    from clipper.cutpages import ends_mid_sentence, holds_a_sentence, markup_end

    assert markup_end(b"<html><body><p>The ferry will run</p></body></html>") is None
    assert markup_end(b"<html><BODY><p>The ferry</p></BODY >") is None
    assert markup_end(b"<html><body><p>The ferry will ru") == "text"
    assert markup_end(b"<html><body><p>The ferry will run.</p>\n") == "tag"
    assert ends_mid_sentence("First paragraph.\nThe board said the boats would be bui")
    assert ends_mid_sentence("Fares will be kept at the level of,")
    for whole in ("It will open in March.", "“We welcome it,” he said.", "船将于三月开通。", ""):
        assert not ends_mid_sentence(whole)
    assert holds_a_sentence("It opens in March. The line will ru")
    assert not holds_a_sentence("KESTREL BAY - A new f")
