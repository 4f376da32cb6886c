"""Legacy pages in a code page's vendor superset are read whole: a Japanese release written by a
Windows tool in CP932 with NEC's and IBM's signs ("㈱", "①", "Ⅱ", "髙") dense in its headline,
for which charset_normalizer rules out every code page (newcomer 38, F2: rejected "not-text
control characters", the client's release lost), in a text dump, a saved page without a
charset, a JSON Lines record and a WARC's text record alike; bytes no code page decodes are
rejected "undecodable", naming the code pages tried (a reason of its own since newcomer 39's
F6).  Invented texts."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from clipper.clean import clean_page
from clipper.config import CleanConfig, ReadLimits
from clipper.page import Article, RawPage, Rejection
from clipper.read import read_pages
from clipper.read.codepages import cjk_superset, superset_decoded, text_bytes

HEADLINE = "㈱みなと精機、①クレーン制御盤を受注　②新工場も　髙田社長「Ⅱ期も」"
PARAGRAPHS = [
    "㈱みなと精機（本社：神戸市中央区、代表取締役社長：髙田一郎）は、港湾クレーン向けの新しい"
    "制御盤を大阪港の運営会社から受注したと発表した。納入は来年春を予定している。",
    "新しい制御盤は、強風時にクレーンの動きを自動で抑える機能を備える。㈱みなと精機によると、"
    "同種の装置としては国内で初めて、港湾の気象観測網と直接つながる。",
    "髙田社長は会見で「Ⅱ期工事でも採用を働きかけたい」と述べた。受注額は明らかにしていない。",
    "同社は１９７０年創業。港湾設備の制御装置を主力とし、従業員は約３００人。",
]
RELEASE = HEADLINE + "\n\n" + "\n\n".join(PARAGRAPHS) + "\n"


def read(path: Path) -> tuple[list[RawPage], list[Rejection]]:
    rejections: list[Rejection] = []
    return list(read_pages([path], ReadLimits(), rejections.append)), rejections


def test_a_cp932_text_dump_dense_with_vendor_signs_is_read_though_the_guesser_gives_up(
    tmp_path: Path,
) -> None:
    """charset_normalizer 3.5's first probe of these bytes reads 20 % "mess" in CP932, over its
    threshold, and it finds no code page at all (``from_bytes(...).best()`` is None)."""
    path = tmp_path / "release.txt"
    path.write_bytes(RELEASE.encode("cp932"))
    (raw,), rejections = read(path)
    assert rejections == []
    assert raw.body == RELEASE


def test_a_cp932_text_dump_dense_with_vendor_signs_is_read(tmp_path: Path) -> None:
    path = tmp_path / "release.txt"
    path.write_bytes(RELEASE.encode("cp932"))
    (raw,), rejections = read(path)
    assert rejections == []
    assert raw.body == RELEASE
    article = clean_page(raw, CleanConfig())
    assert isinstance(article, Article)
    assert article.title == HEADLINE.replace("\u3000", " ")
    assert "髙田社長は会見で「Ⅱ期工事でも採用を働きかけたい」" in article.text


def test_a_saved_page_without_a_charset_is_read_in_cp932(tmp_path: Path) -> None:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    html = (f"<html><head><title>{HEADLINE}</title></head><body><h1>{HEADLINE}</h1>{body}"
            "</body></html>")
    path = tmp_path / "release.html"
    path.write_bytes(html.encode("cp932"))
    (raw,), _ = read(path)
    assert raw.body == html


def test_a_jsonl_record_in_cp932_is_read_in_cp932(tmp_path: Path) -> None:
    """A scraper's record of the release, written by ``open(path, "w")`` on a Japanese Windows
    (the text holding the headline too)."""
    record = {"title": HEADLINE, "text": RELEASE}
    path = tmp_path / "records.jsonl"
    path.write_bytes(json.dumps(record, ensure_ascii=False).encode("cp932") + b"\n")
    (raw,), _ = read(path)
    assert raw.title == HEADLINE.replace("\u3000", " ")
    assert PARAGRAPHS[2] in str(raw.body)


def test_a_warc_text_record_in_cp932_is_read_in_cp932(tmp_path: Path) -> None:
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "crawl.warc.wet"
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=False)
        writer.write_record(writer.create_warc_record(
            "https://minato-seiki.example/news/1", "conversion",
            payload=io.BytesIO(RELEASE.encode("cp932")),
            warc_content_type="text/plain",
        ))  # fmt: skip
    (raw,), rejections = read(path)
    assert rejections == []
    assert raw.body == RELEASE


def test_bytes_no_code_page_decodes_say_undecodable_and_what_was_tried(tmp_path: Path) -> None:
    """Bytes that are no text in any code page tried (a CP932 dump whose every other byte was
    lost in a copy): rejected "undecodable", naming them, not "control characters"."""
    lost = bytes(b for i, b in enumerate(RELEASE.encode("cp932") * 3) if i % 2 or b < 0x80)
    path = tmp_path / "broken.txt"
    path.write_bytes(lost + bytes(range(0x80, 0xA0)) * 40)
    pages, (rejection,) = read(path)
    assert pages == []
    assert rejection.reason == "undecodable"
    assert rejection.detail.startswith("no code page decodes these bytes (tried utf-8, ")
    assert "cp932" in rejection.detail and "gb18030" in rejection.detail


@pytest.mark.parametrize(
    ("named", "codec", "text"),
    [
        ("shift_jis", "cp932", "㈱みなと精機の①受注"),
        ("euc_kr", "cp949", "똠방각하 펲시콜라"),  # Hangul only in Windows' Unified Hangul Code
        ("big5", "big5hkscs", "香港的㗎嘢"),
        ("gb2312", "gb18030", "髙田社长"),
        ("iso8859-1", "cp1252", "“Quoted” – €5"),
        ("iso8859-9", "cp1254", "“Şehir” – €5"),
    ],
)
def test_a_code_page_detected_reads_in_its_vendor_superset(
    named: str, codec: str, text: str
) -> None:
    data = text.encode(codec)
    assert superset_decoded(data, named) == (text, codec)


def test_western_text_is_no_cjk_text() -> None:
    """A Western text's accented letters, each with the letter after it, decode as CJK
    characters: never taken for a CJK code page's text."""
    text = "Müller fährt für Jürgen über die Brücke; Größe und Maß sind gleich."
    assert cjk_superset(text_bytes(text.encode("cp1252"))) is None
    assert cjk_superset(text_bytes(RELEASE.encode("cp932"))) == "cp932"


def test_a_headline_opening_with_an_enclosed_numeral_is_the_title(tmp_path: Path) -> None:
    """"①…" heading a dump the way a headline heads the others (newcomer 38's side note: stored
    with no title, its line taken for a date line for its "number")."""
    title = "①みなと精機、港湾クレーン向け制御盤を受注"
    path = tmp_path / "maru.txt"
    path.write_bytes((title + "\n\n" + "\n\n".join(PARAGRAPHS) + "\n").encode("cp932"))
    (raw,), _ = read(path)
    article = clean_page(raw, CleanConfig())
    assert isinstance(article, Article)
    assert article.title == title
