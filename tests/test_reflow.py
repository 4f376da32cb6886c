"""Hard-wrapped text dumps (lynx -dump, w3m -dump, textwrap/fmt output): paragraphs and the
headline joined back, lynx's link references dropped, other dumps left alone.  Invented
article; the wrapping is Python's textwrap, which breaks between words as lynx and w3m do."""

from __future__ import annotations

import itertools
import json
import sqlite3
import textwrap
from pathlib import Path

from click.testing import CliRunner

from clipper.reflow import unwrap, wrap_width
from clipper.textdump import clean_text_dump

HEADLINE = "Coastal town of Pellmore votes to rebuild its flood wall before the spring tides"
PARAGRAPHS = [
    "PELLMORE — Councillors in the coastal town of Pellmore voted on Tuesday night to rebuild "
    "the sea wall that failed during January's storm surge, approving a plan that will cost "
    "the town 6.8 million pounds over three years.",
    "The vote followed two months of public meetings at which residents of the harbour "
    "streets described water reaching the first floor of their homes, and shopkeepers said "
    "they had lost most of a summer season's trade to the water.",
    "Engineers hired by the council found that the old wall, built in 1952 from concrete "
    "blocks, had been undermined by decades of erosion at its foot and could not be repaired "
    "in place.",
    "The new wall will be two metres higher and set back from the beach, and work is due to "
    "begin in March so that the most exposed stretch is finished before the autumn storms.",
    "Not everyone was pleased. Some fishermen said the plan would close the slipway they use "
    "every morning for most of the building work, and asked for a temporary ramp.",
]


def _lynx(width: int = 76) -> str:
    """The article as ``lynx -dump`` lays it out: links numbered, blocks indented, wrapped,
    blank lines between, and the list of link addresses at the end."""
    fill = lambda text: textwrap.fill(  # noqa: E731
        text, width, initial_indent="   ", subsequent_indent="   "
    )
    blocks = [
        "   [1]Skip to main content [2]News [3]Sport [4]Weather [5]Opinion",
        fill(HEADLINE),
        *(fill(p) for p in PARAGRAPHS),
        "   [6]Share on Facebook",
        "   [7]Pellmore harbour reopens after storm damage repaired",
    ]
    links = "\n".join(f"   {n}. https://pellmore-gazette.example/{n}" for n in range(1, 8))
    return "\n\n".join(blocks) + "\n\nReferences\n\n" + links + "\n"


def test_a_lynx_dump_gives_the_whole_headline_and_one_paragraph_a_line() -> None:
    cleaned = clean_text_dump(_lynx())
    assert cleaned.title == HEADLINE
    assert cleaned.paragraphs == PARAGRAPHS


def test_a_dump_wrapped_without_blank_lines_keeps_its_paragraphs_apart() -> None:
    # w3m lays out divs, and fmt or textwrap a text, with no blank line between paragraphs:
    # only a paragraph's short last line shows where it ends (each of these ends well short
    # of 72 columns; a last line the next word would not have fitted on is joined, the one
    # thing no rule can tell)
    dump = "\n".join([textwrap.fill(HEADLINE, 72), *(textwrap.fill(p, 72) for p in PARAGRAPHS)])
    texts = [HEADLINE, *PARAGRAPHS]
    for text, following in itertools.pairwise(texts):
        assert len(textwrap.wrap(text, 72)[-1]) + 1 + len(following.split()[0]) <= 72
    cleaned = clean_text_dump(dump)
    assert cleaned.title == HEADLINE
    assert cleaned.paragraphs == PARAGRAPHS


def test_a_dump_of_one_paragraph_a_line_is_left_alone() -> None:
    # short paragraphs, every line under the widest wrap width: none is joined to the next
    lines = [
        "Pellmore council meets on Tuesday.",
        "The agenda has one item: the sea wall, which failed in January's storm surge.",
        "Residents may speak for three minutes each at the start of the meeting.",
        "The meeting starts at seven in the town hall and is open to everyone in Pellmore.",
        "Minutes will be published on the council's website by Friday morning at the latest.",
    ]
    assert wrap_width(lines) is None
    assert unwrap(lines) == lines


def test_a_wrapped_unspaced_script_is_joined_without_a_space() -> None:
    sentence = (
        "ペルモア町議会は火曜日の夜、一月の高潮で崩れた防潮堤を三年かけて再建する計画を承認した。"
        * 3
    )
    lines = textwrap.wrap(sentence, 20)  # 20 characters: 40 terminal columns
    assert len(lines) >= 4
    assert unwrap(lines) == [sentence]


def test_a_lynx_dump_and_the_same_article_as_one_line_a_paragraph_are_one_page(
    tmp_path: Path,
) -> None:
    from clipper.cli import cli

    folder = tmp_path / "dumps"
    folder.mkdir()
    (folder / "lynx.txt").write_text(
        "URL: https://pellmore-gazette.example/sea-wall\n\n" + _lynx(), encoding="utf-8"
    )
    (folder / "plain.txt").write_text(
        "URL: https://coast-news.example/pellmore-wall\n\n"
        + "\n".join([HEADLINE, *PARAGRAPHS])
        + "\n",
        encoding="utf-8",
    )
    db = str(tmp_path / "w.db")
    result = CliRunner().invoke(cli, ["dedupe", "--db", db, "--workers", "1", str(folder)])
    assert result.exit_code == 0, result.output
    result = CliRunner().invoke(cli, ["export", "--db", db, "--format", "jsonl", "--with-text"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines() if line.strip()]
    assert [r["title"] for r in rows] == [HEADLINE, HEADLINE]
    assert {r["text"] for r in rows} == {"\n".join(PARAGRAPHS)}
    con = sqlite3.connect(db)
    clusters = {c for (c,) in con.execute("SELECT cluster_id FROM pages")}
    con.close()
    assert len(clusters) == 1


def _centred(text: str, width: int = 76) -> str:
    """``text`` as lynx centres a heading: each line set in as far as it ends short."""
    return "\n".join(" " * ((width - len(line)) // 2) + line for line in text.split("\n"))


LONG_HEADLINE = (
    "Coastal town of Pellmore votes to rebuild its flood wall before the spring tides reach "
    "the harbour"
)


def test_a_centred_headline_wider_than_the_wrap_leaves_the_body_wrapped() -> None:
    """lynx writes a centred headline on one line wider than its body's wrap: one line
    standing out does not make the dump unwrapped (each wrapped line its own paragraph)."""
    dump = _lynx().replace(
        textwrap.fill(HEADLINE, 76, initial_indent="   ", subsequent_indent="   "),
        "    " + LONG_HEADLINE,
    )
    assert max(len(line) for line in dump.splitlines()) > 76
    cleaned = clean_text_dump(dump)
    assert cleaned.title == LONG_HEADLINE
    assert cleaned.paragraphs == PARAGRAPHS


def test_a_centred_headline_wrapped_in_two_is_joined_back() -> None:
    """A centred headline wrapped in two lines, each set in: its first line ends short of the
    body's wrap by its margin, and the next word would not have fitted inside both margins."""
    first, second = textwrap.wrap(LONG_HEADLINE, 64)
    dump = _lynx().replace(
        textwrap.fill(HEADLINE, 76, initial_indent="   ", subsequent_indent="   "),
        _centred(f"{first}\n{second}"),
    )
    cleaned = clean_text_dump(dump)
    assert cleaned.title == LONG_HEADLINE
    assert cleaned.paragraphs == PARAGRAPHS
    # a menu set in as far, its lines short, is not joined
    menu = ["          News", "          Sport", "          Weather"]
    assert unwrap([*_lynx().splitlines(), "", *menu])[-3:] == menu
