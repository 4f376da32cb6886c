"""YAML front matter above a text dump's or a ``.md`` file's text, parsed by PyYAML
(:func:`clipper.read.markdown.front_matter`): an empty field stays empty, trafilatura's unquoted
header is read line by line, and a block read only in part is counted, its page kept."""

from __future__ import annotations

from pathlib import Path

from clipper.read.markdown import front_matter
from clipper.summarytext import run_summary
from tests.conftest import build
from tests.test_read_fields import TEXT, _read

BODY = TEXT.replace("\n", "\n\n")


def test_an_empty_field_is_empty_and_the_next_line_keeps_its_own_value(tmp_path: Path) -> None:
    # a hand-written template leaving the author blank; Obsidian Web Clipper's default
    # template with neither author nor publication date
    (tmp_path / "a-blank.txt").write_text(
        "---\ntitle: Willows planted along the Esk\nauthor: \n"
        "url: https://esk.example/willows\nhostname: esk.example\ndate: 2019-04-06\n"
        "categories: []\nid: None\n---\n" + BODY
    )
    (tmp_path / "b-obsidian.md").write_text(
        '---\ntitle: "Willows on the Esk"\nsource: "https://esk-gazette.example/willows"\n'
        'author:\npublished:\ncreated: 2019-04-09\ntags:\n  - "clippings"\n---\n'
        "# Willows on the Esk\n\n" + BODY
    )
    pages, rejected = _read(tmp_path)
    assert rejected == []
    got = [(Path(p.origin).name, p.url, p.author, p.title) for p in pages]
    assert got == [
        ("a-blank.txt", "https://esk.example/willows", None, "Willows planted along the Esk"),
        ("b-obsidian.md", "https://esk-gazette.example/willows", None, "Willows on the Esk"),
    ]
    assert (pages[0].published or "")[:10] == "2019-04-06"
    assert all(p.header_problem is None for p in pages)


def test_yaml_scalars_stay_as_written_and_lists_keep_their_items() -> None:
    text = (
        "---\ndate: 2019-04-06\nid: None\ndraft: yes\ntitle: 'It''s the Esk'\n"
        "authors: [Ann Reed, '[[People/Ben Hale|Ben Hale]]']\nseo:\n  title: Esk\n---\nText\n"
    )
    front = front_matter(text)
    assert front is not None and text[front.end :] == "Text\n"
    assert front.fields == {
        "date": "2019-04-06",  # not a datetime.date, nor True for "yes", nor None for "None"
        "id": "None",
        "draft": "yes",
        "title": "It's the Esk",
        "authors": ["Ann Reed", "Ben Hale"],
    }  # the nested mapping left out
    assert front.problem is None
    assert front_matter("---\nA text between two rules.\n---\nMore.\n") is None


def test_trafilaturas_unquoted_header_is_read_line_by_line(tmp_path: Path) -> None:
    # trafilatura --with-metadata writes values unquoted: "title: Willows: the vote" is no YAML
    (tmp_path / "a-trafilatura.txt").write_text(
        "---\ntitle: Willows: the vote on the Esk\nauthor: \nurl: https://esk.example/vote\n"
        "hostname: esk.example\ndate: 2019-04-06\n---\n" + BODY
    )
    pages, rejected = _read(tmp_path)
    assert rejected == []
    assert [(p.url, p.title, p.author, p.header_problem) for p in pages] == [
        ("https://esk.example/vote", "Willows: the vote on the Esk", None, None)
    ]


def test_a_front_matter_read_in_part_is_counted_and_its_page_kept(tmp_path: Path) -> None:
    (tmp_path / "a-broken.md").write_text(
        '---\ntitle: "Willows on the Esk\nurl: https://esk-gazette.example/willows\n'
        "a line no field\n---\n# Willows on the Esk\n\n" + BODY
    )
    pages, _ = _read(tmp_path)
    assert [p.url for p in pages] == ["https://esk-gazette.example/willows"]
    assert pages[0].header_problem is not None
    assert "not YAML" in pages[0].header_problem and "line 3" in pages[0].header_problem
    _, summary = build(tmp_path / "a.db", [tmp_path / "a-broken.md"])
    assert summary.stored == 1 and summary.headers_unread == 1
    assert [e["reason"] for e in summary.examples] == ["front-matter"]
    assert "front matter not YAML          1" in run_summary(summary)
