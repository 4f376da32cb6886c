"""Text cut to a length ends at a whole character as a reader sees it (a Mumbai monitoring
desk's report, session 39): a Hindi title cut in a narrow terminal showed "किसानो…", the
anusvara of "नों" cut off, and a Bengali one "স্বাস্থ্…", a virama with no consonant after it.
Every cut to a length (a table's title, a snippet's window and marks, a digest's headline and
lead, an Excel cell, a rejection's quoted line) cuts at an extended grapheme cluster's boundary
(clipper.graphemes, Unicode's UAX #29 through the regex module's ``\\X``).  Invented texts."""

from __future__ import annotations

import json
import textwrap
import unicodedata
from pathlib import Path

import regex
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from clipper import graphemes, spreadsheet
from clipper.cli import cli
from clipper.digest.lead import lead_paragraph
from clipper.digest.updates import article_name
from clipper.layout import ELLIPSIS, fit, table
from clipper.notices import wall_note
from clipper.searchterms import query_tokens
from clipper.snippets import snippet

HINDI = "किसानों ने फसलों के उचित मूल्य के लिए ज़िला मुख्यालय पर विरोध प्रदर्शन किया"
BENGALI = "স্বাস্থ্যমন্ত্রী বললেন হাসপাতালগুলিতে নতুন শয্যা যোগ করা হবে"
TAMIL = "நீதிமன்றம் தீர்ப்பு வழங்கியதைத் தொடர்ந்து மாநகராட்சி பணிகளைத் தொடங்கியது"
MARATHI = "महापालिकेच्या स्थायी समितीने पाणीपुरवठा प्रकल्पाला मंजुरी दिली"
THAI = "ผู้ว่าราชการจังหวัดประกาศปิดถนนสายหลักเป็นเวลาสามวันเพื่อซ่อมท่อระบายน้ำที่ชำรุด"
TEXTS = [HINDI, BENGALI, TAMIL, MARATHI, THAI]


def _whole(piece: str, value: str) -> bool:
    """Whether ``piece`` is a start of ``value`` made of whole clusters of it."""
    found = regex.findall(r"\X", value)
    joined = ""
    for cluster in found:
        if joined == piece:
            return True
        joined += cluster
    return joined == piece


def test_a_cut_keeps_a_consonant_with_its_vowel_signs_and_virama() -> None:
    assert graphemes.cut("किसानों", 6) == "किसा"
    assert graphemes.cut("किसानों", 7) == "किसानों"
    assert graphemes.cut("স্বাস্থ্য", 7) == "স্বা"  # a conjunct joined by virama is one
    assert graphemes.cut("நீதிமன்றம்", 3) == "நீ"
    assert graphemes.cut("ที่นี่", 2) == ""
    assert graphemes.cut("plain text", 5) == "plain"
    assert graphemes.boundary_after("ที่นี่", 1) == 3
    assert graphemes.clusters("किसानों") == ["कि", "सा", "नों"]


@given(st.sampled_from(TEXTS), st.integers(min_value=0, max_value=90))
def test_every_cut_is_whole_clusters(value: str, chars: int) -> None:
    piece = graphemes.cut(value, chars)
    assert len(piece) <= chars or piece == value
    assert _whole(piece, value), (chars, piece)


@given(st.sampled_from(TEXTS), st.integers(min_value=1, max_value=40))
def test_a_title_fitted_to_a_terminal_column_ends_at_a_whole_character(
    value: str, width: int
) -> None:
    shown = fit(value, width)
    assert _whole(shown.removesuffix(ELLIPSIS).rstrip(), value), (width, shown)


def test_a_table_of_hindi_titles_cuts_each_at_a_whole_character() -> None:
    for width in range(8, 30):
        lines = table(["ID", "TITLE"], [["1", HINDI], ["2", BENGALI]], width, flex=1)
        for line, title in zip(lines[1:], (HINDI, BENGALI), strict=True):
            cell = line.split("   ", 1)[1].removesuffix(ELLIPSIS)
            assert cell and _whole(cell, title), (width, line)


def test_a_thai_snippet_keeps_tone_marks_with_their_consonants() -> None:
    for chars in range(6, 40):
        found = snippet(THAI, [query_tokens("ถนน")], ("[", "]"), chars=chars)
        plain = found.replace("[", "").replace("]", "").strip(ELLIPSIS)
        start = THAI.index(plain)
        assert _whole(plain, THAI[start:]) and _whole(THAI[: start + len(plain)], THAI), found
    # a query ending inside a character marks the whole character
    marked = snippet(THAI, [query_tokens("ที")], ("[", "]"), chars=12)
    assert "[ที่]" in marked, marked


def test_a_digest_headline_and_lead_cut_where_no_space_is_keep_whole_characters() -> None:
    name = article_name(THAI, 17)
    assert name is not None and name.endswith("…")
    assert _whole(name.removesuffix("…"), THAI), name
    lead = lead_paragraph(THAI + " " + THAI, 26)
    assert _whole(lead.removesuffix(" …"), THAI), lead
    hindi = article_name("मुख्यमंत्रीकार्यालयकीघोषणा", 6)
    assert hindi is not None and _whole(hindi.removesuffix("…"), "मुख्यमंत्रीकार्यालयकीघोषणा")


def test_an_excel_cell_cut_at_its_limit_keeps_whole_characters() -> None:
    value = "कि" + "नों" * (spreadsheet.CELL_LIMIT // 3 + 10)
    cell, was_cut = spreadsheet.fit(value)
    kept = cell.removesuffix(spreadsheet.CUT_MARK)
    assert was_cut and spreadsheet.utf16_length(cell) <= spreadsheet.CELL_LIMIT
    assert (len(kept) - 2) % 3 == 0 and _whole(kept, value)


def test_a_rejections_quoted_line_keeps_whole_characters() -> None:
    # "पाठक" (reader) glued to the prompt by a flattened page: code point 60 is the vowel
    # sign of "की"
    prompt = "पाठकइस लेख को पूरा पढ़ने के लिए कृपया हमारे डिजिटल संस्करण की सदस्यता लें और लॉग इन करें"
    said = wall_note(prompt)
    quoted = said.split(": ", 1)[1].strip("'")
    assert len(quoted) <= 60 and _whole(quoted, prompt), said


@given(st.sampled_from(TEXTS), st.integers(min_value=1, max_value=40))
def test_a_word_longer_than_a_line_wraps_at_whole_characters(value: str, width: int) -> None:
    text = value.replace(" ", "")  # one word longer than the line, as a Thai headline is
    lines = graphemes.wrap(text, width)
    assert "".join(lines) == text
    at = 0
    for line in lines:
        assert _whole(line, text[at:]), (width, lines)
        at += len(line)
    # words that fit wrap as textwrap wraps them
    assert graphemes.wrap(value, 90) == textwrap.wrap(value, 90)


def test_show_wraps_a_thai_headline_at_whole_characters(tmp_path: Path) -> None:
    """``show`` wraps a page's headline and text to the terminal; a Thai headline, written
    without spaces, was broken inside a character: a line of 40 started with the vowel sign
    of "เป็น" on its own."""
    folder = tmp_path / "in"
    folder.mkdir()
    body = "\n".join([THAI + "ในเขตเมือง", "เจ้าหน้าที่ขอให้ประชาชนใช้เส้นทางเลี่ยง" * 3])
    record = {"url": "https://khao-mueang.example/news/1", "title": THAI, "maintext": body,
              "date_publish": "2026-12-04T09:00:00+07:00", "language": "th"}  # fmt: skip
    (folder / "newsplease.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n")
    db = tmp_path / "a.db"
    runner = CliRunner()
    assert runner.invoke(cli, ["dedupe", "--db", str(db), str(folder)]).exit_code == 0
    shown = runner.invoke(cli, ["show", "page:1", "--db", str(db)], env={"COLUMNS": "40"})
    assert shown.exit_code == 0, shown.output
    lines = [line.strip() for line in shown.stdout.splitlines() if line.strip()]
    assert any(line.startswith("ผู้ว่า") for line in lines), shown.stdout
    for line in lines:
        assert not unicodedata.category(line[0]).startswith("M"), (line, shown.stdout)
