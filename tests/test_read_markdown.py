"""Markdown from crawlers for language models (clipper.read.markdown): Jina Reader's answer
whatever the file is named, its header's blank lines, and a text dump's header with blank
lines between its lines (clipper.read.textheader)."""

from __future__ import annotations

from pathlib import Path

from clipper.config import ReadLimits
from clipper.page import RawPage, Rejection
from clipper.read import read_pages

BODY = (
    "The river trust has planted four thousand willow cuttings along the banks of the Esk to "
    "slow floodwater, volunteers said on Saturday.\n\n"
    "The planting took three weekends and will be checked again after the spring floods."
)
JINA = (
    "Title: Willows planted to slow the Esk\n\n"
    "URL Source: https://esk-courier.example/news/willows\n\n"
    "Published Time: 2019-04-07T00:20:00+01:00\n\n"
    "Markdown Content:\n"
    "# Willows planted to slow the Esk\n\n" + BODY + "\n"
)


def _read(path: Path) -> tuple[list[RawPage], list[Rejection]]:
    rejected: list[Rejection] = []
    pages = list(read_pages([path], ReadLimits(), rejected.append))
    return pages, rejected


def test_jina_readers_answer_saved_as_txt_is_read_as_the_same_bytes_named_md(
    tmp_path: Path,
) -> None:
    """``curl https://r.jina.ai/URL > page.txt``: the page's address, site, title (without
    "Title: ") and date, as when the file is named ``.md``; its Markdown rendered, not kept."""
    (tmp_path / "a.md").write_text(JINA)
    (tmp_path / "b.txt").write_text(JINA)
    # the same header without the blank lines, and with a scraper's URL:/Date: labels
    (tmp_path / "c.txt").write_text(JINA.replace("\n\n", "\n", 3))
    (tmp_path / "d.txt").write_text(
        JINA.replace("URL Source:", "URL:").replace("Published Time:", "Date:")
    )
    pages, rejected = _read(tmp_path)
    assert rejected == []
    got = [(Path(p.origin).name, p.kind, p.url, p.site, p.title, p.published) for p in pages]
    url, site, title = "https://esk-courier.example/news/willows", "esk-courier.example", (
        "Willows planted to slow the Esk"
    )
    assert got == [
        (name, "html", url, site, title, "2019-04-07T00:20:00+01:00")
        for name in ("a.md", "b.txt", "c.txt", "d.txt")
    ]
    assert all("# Willows" not in str(p.body) for p in pages)  # rendered: <h1>


def test_a_text_dumps_header_may_have_blank_lines_between_its_lines(tmp_path: Path) -> None:
    """README's ``Title:``/``URL:``/``Date:`` labels, a blank line after each: all read, and
    the text below them is the page's; a dateline after the blank line is the text's start,
    not a header line."""
    (tmp_path / "a.txt").write_text(
        "Title: Willows planted along the Esk\n\nURL: https://esk.example/a\n\n"
        "Date: 2019-04-06\n\n" + BODY + "\n"
    )
    (tmp_path / "b.txt").write_text(
        "URL: https://esk.example/b\n\nESKDALE: " + BODY + "\n"
    )
    pages, rejected = _read(tmp_path)
    assert rejected == []
    got = [(Path(p.origin).name, p.kind, p.url, p.title, p.published) for p in pages]
    assert got == [
        ("a.txt", "text", "https://esk.example/a", "Willows planted along the Esk", "2019-04-06"),
        ("b.txt", "text", "https://esk.example/b", None, None),
    ]
    assert str(pages[0].body).strip() == BODY
    assert str(pages[1].body).strip() == "ESKDALE: " + BODY
