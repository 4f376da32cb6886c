"""Markdown text dumps: html2text's default output saved as ``.txt`` (a ``# `` heading,
Markdown links and images, lines wrapped at 78 columns, words broken at their hyphens by
textwrap's ``break_on_hyphens``) read as a ``.md`` page is.  Invented article."""

from __future__ import annotations

import textwrap
from pathlib import Path

from sqlalchemy import select

from clipper.models import Page
from clipper.reflow import rejoin_hyphenated, unwrap
from tests.conftest import build

HEADLINE = "Harbour board of Kellwick approves the dredging of its silted northern basin"
PARAGRAPHS = [
    "Kellwick, 2 December 2026 – The harbour board of Kellwick voted on Wednesday to dredge "
    "the northern basin, where silt carried down by the autumn floods has left the fishing "
    "fleet unable to leave at low tide for most of the past month.",
    "The work will remove about 40,000 cubic metres of silt and is due to start in January, "
    "said the board's chair of the harbour trust, Margaret Ellingham-Stroud, who called the "
    "state of the basin the worst she had seen in twenty years.",
    "Skippers told the meeting that they had lost eleven days of fishing since October, and "
    "several asked whether the board would also repair the old breakwater, whose collapse "
    "they blame for the silt settling in the basin.",
    "The board said it would commission a survey of the breakwater in the spring and publish "
    "the engineers' report before deciding whether to rebuild it or to extend the new one.",
]


def _html2text(width: int = 78, break_on_hyphens: bool = True) -> str:
    """The article as html2text writes a page: the site's menu as a list of links, the
    headline as a ``# `` heading, the paragraphs wrapped, a photo and a footer link."""
    lines = [
        "  * [Home](https://www.kellwick-post.example/)",
        "  * [Harbour](https://www.kellwick-post.example/harbour/)",
        "",
        f"# {HEADLINE}",
        "",
    ]
    for paragraph in PARAGRAPHS:
        lines += textwrap.wrap(paragraph, width, break_on_hyphens=break_on_hyphens)
        lines.append("")
    lines += [
        "![The northern basin at low tide](https://www.kellwick-post.example/img/basin.jpg)",
        "",
        "[Contact the newsroom](https://www.kellwick-post.example/contact/)",
        "",
    ]
    return "\n".join(lines)


def test_html2text_output_in_a_txt_is_read_as_markdown(tmp_path: Path) -> None:
    dump = _html2text()
    assert "Ellingham-\nStroud" in dump  # textwrap broke the name at its hyphen
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "basin.txt").write_text(dump)
    archive, _ = build(tmp_path / "a.db", [tmp_path / "in"])
    with archive.sessions() as session:
        title, text = session.execute(select(Page.title, Page.text)).one()
    assert title == HEADLINE  # not "# Harbour board ..."
    # one paragraph a paragraph, each whole (not one a wrapped line), the name whole
    assert text.split("\n") == PARAGRAPHS
    assert "](" not in text and "#" not in text


def test_a_word_is_rejoined_at_its_hyphen_only_where_the_wrap_broke_it() -> None:
    dump = _html2text()
    rejoined = rejoin_hyphenated(dump)
    assert "Margaret Ellingham-Stroud, who" in rejoined.replace("\n", " ")
    assert "Ellingham-\n" not in rejoined
    # a hyphen ending a line that is not full is the text's own ("pre-" of "pre- and post-")
    short = "# Title\n\n" + "\n".join(
        [*textwrap.wrap(PARAGRAPHS[0], 78), "The pre-", "Stroud plan and the rest."]
    )
    assert "The pre-\nStroud" in rejoin_hyphenated(short)
    # not wrapped (one paragraph a line): unchanged
    unwrapped = "# Title\n\n" + "\n\n".join(
        p.replace("Ellingham-", "Ellingham-\n") for p in PARAGRAPHS[:1]
    )
    assert rejoin_hyphenated(unwrapped) == unwrapped


def test_a_plain_dump_wrapped_at_a_hyphen_joins_the_word_whatever_its_case() -> None:
    lines: list[str] = []
    for paragraph in PARAGRAPHS:
        lines += [*textwrap.wrap(paragraph, 78), ""]
    assert "Ellingham-" in [line.rsplit(" ", 1)[-1] for line in lines]
    joined = unwrap(lines)
    assert PARAGRAPHS[1] in joined


def test_a_text_dump_with_one_markdown_link_and_no_heading_stays_a_text_dump(
    tmp_path: Path,
) -> None:
    """Only a dump that is plainly Markdown (a heading and Markdown links) is rendered: a
    lynx dump quoting a Markdown link in a sentence is read line by line as before."""
    (tmp_path / "in").mkdir()
    body = "\n\n".join(PARAGRAPHS[:3]) + "\n\nThe notes read [draft](https://x.example/d) here.\n"
    (tmp_path / "in" / "plain.txt").write_text(HEADLINE + "\n\n" + body)
    archive, _ = build(tmp_path / "a.db", [tmp_path / "in"])
    with archive.sessions() as session:
        text = session.execute(select(Page.text)).scalar_one()
    assert "[draft](https://x.example/d)" in text


README = """# kellwick-scraper

Scrapes the Kellwick Post's harbour section every night and writes one Markdown file a page
into this folder, for clipper to read in the morning.

## Install

```
python -m venv .venv && .venv/bin/pip install -r requirements.txt
```

## Usage

- `make crawl` fetches last night's pages
- `make clean` removes the folder's Markdown files
- edit `config.toml` to add a section

The files are named after the page's slug; see the wiki for the naming rules we use.
"""


def _markdown_article(source: str | None = None) -> str:
    """The article as a converter writes it to Markdown without front matter: the headline
    as a heading, a source line under it (when given), the paragraphs, a photo."""
    head = f"# {HEADLINE}\n\n" + (f"{source}\n\n" if source else "")
    return head + "\n\n".join(PARAGRAPHS) + "\n\n![The northern basin](https://img.example/b.jpg)\n"


def test_an_article_shaped_markdown_file_is_read_and_a_readme_beside_it_is_not(
    tmp_path: Path,
) -> None:
    from clipper.models import Rejected as StoredRejection

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "basin.md").write_text(_markdown_article())
    (folder / "README.md").write_text(README)
    (folder / "crawl-notes.md").write_text(README)  # the same notes under another name
    archive, _ = build(tmp_path / "a.db", [folder])
    with archive.sessions() as session:
        pages = session.execute(select(Page.origin, Page.title, Page.url, Page.text)).all()
        rejected = session.execute(select(StoredRejection.origin, StoredRejection.reason)).all()
    assert [(Path(o).name, t, u) for o, t, u, _ in pages] == [("basin.md", HEADLINE, None)]
    assert pages[0].text.split("\n") == PARAGRAPHS
    assert sorted((Path(o).name, r) for o, r in rejected) == [
        ("README.md", "unsupported-file"),
        ("crawl-notes.md", "unsupported-file"),
    ]


def test_a_source_line_gives_a_markdown_files_url(tmp_path: Path) -> None:
    url = "https://www.kellwick-post.example/harbour/dredging-northern-basin-a1234"
    for label, line in (
        ("en", f"Source: {url}"),
        ("de", f"**Quelle:** <{url}>"),
        ("nl", f"Bron: [{url}]({url})"),
        ("pl", f"Źródło: {url}"),
        ("pt", f"Fonte: {url}"),
        ("es", f"Fuente: {url}"),
    ):
        folder = tmp_path / label / "in"
        folder.mkdir(parents=True)
        (folder / "basin.md").write_text(_markdown_article(line))
        archive, _ = build(tmp_path / label / "a.db", [folder])
        with archive.sessions() as session:
            got, text = session.execute(select(Page.url, Page.text)).one()
        assert got == url, label
        assert url not in text and text.split("\n") == PARAGRAPHS, label
    # a source line naming an outlet, not an address: no URL, the article read all the same
    folder = tmp_path / "named" / "in"
    folder.mkdir(parents=True)
    (folder / "basin.md").write_text(_markdown_article("Quelle: Kellwick Post"))
    archive, _ = build(tmp_path / "named" / "a.db", [folder])
    with archive.sessions() as session:
        assert session.execute(select(Page.url)).scalar_one() is None


def test_html2text_links_wrapped_inside_their_address_and_nested_menus_leave_no_markup(
    tmp_path: Path,
) -> None:
    """html2text wraps a link with its address (broken after a slash or a hyphen) and sets
    nested menu items in four columns, which CommonMark reads as code: both come out as text,
    not as "[…](https://…" or "* [Harbour](…)"."""
    menu = [
        "  * [Home](https://www.kellwick-post.example/)",
        "",
        "    * [Harbour](https://www.kellwick-post.example/harbour/)",
        "    * [Fleet](https://www.kellwick-post.example/harbour/fleet/)",
        "",
    ]
    linked = [
        "Read the board's [report on the northern basin](https://www.kellwick-post.example/harbour/",
        "reports/northern-basin-silt-survey-2026) before the meeting.",
    ]
    dump = "\n".join(menu) + "\n" + _html2text() + "\n" + "\n".join(linked) + "\n"
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "basin.txt").write_text(dump)
    archive, _ = build(tmp_path / "a.db", [tmp_path / "in"])
    with archive.sessions() as session:
        text = session.execute(select(Page.text)).scalar_one()
    assert "](" not in text and "* [" not in text
    assert text.split("\n") == [
        *PARAGRAPHS,
        "Read the board's report on the northern basin before the meeting.",
    ]
