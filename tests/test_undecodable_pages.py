"""A page whose bytes no code page decodes is rejected ``undecodable``, naming the code pages
tried, in every reader (newcomer 39, F6: a saved HTML page in a broken Shift_JIS was rejected
as "control characters", which told a Tokyo PR agency nothing, while a text dump's said
"undecodable").  `clipper rejections --reason undecodable` lists them and `clipper stats`
counts them.  Every text here is invented."""

from __future__ import annotations

import io
import json
import zlib
from email.message import EmailMessage
from pathlib import Path

from clipper.config import ReadLimits
from clipper.page import RawPage, Rejection
from clipper.read import read_pages
from tests.conftest import cli_ok

TEXT = (
    "みなと精機は四日、港湾クレーン向けの新しい制御盤を大阪港の運営会社から受注したと発表した。"
    "納入は来年春を予定している。新しい制御盤は強風時にクレーンの動きを自動で抑える。"
) * 6
# The article's Shift_JIS bytes still compressed (a scraper that saved a response's
# "Content-Encoding: deflate" body under the page's head, through a copy that dropped its NUL
# bytes): no code page reads them, Shift_JIS, the CJK ones or Windows-1252
BROKEN = zlib.compress(TEXT.encode("cp932"), 9).replace(b"\x00", b"")
# A Shift_JIS dump that lost every other byte of its two-byte characters in a copy, and a run of
# bytes no code page gives letters for
DUMP = (
    bytes(b for i, b in enumerate(TEXT.encode("cp932") * 3) if i % 2 or b < 0x80)
    + bytes(range(0x80, 0xA0)) * 40
)
HTML_HEAD = b'<html lang="ja"><head><meta charset="shift_jis"><title>'
PAGE = HTML_HEAD + BROKEN[:40] + b"</title></head><body><p>" + BROKEN + b"</p></body></html>"
GOOD = (
    '<html lang="ja"><head><meta charset="shift_jis"><title>みなと精機が受注</title></head>'
    f"<body><p>{TEXT}</p></body></html>"
).encode("cp932")


def read(path: Path) -> tuple[list[RawPage], list[Rejection]]:
    rejections: list[Rejection] = []
    pages = list(read_pages([path], ReadLimits(), rejections.append))
    return pages, rejections


def _said_undecodable(rejection: Rejection, *codecs: str) -> None:
    assert rejection.reason == "undecodable", rejection
    assert rejection.detail.startswith("no code page decodes these bytes (tried utf-8, ")
    for codec in codecs:
        assert codec in rejection.detail, rejection.detail


def test_a_saved_page_no_code_page_decodes(tmp_path: Path) -> None:
    (tmp_path / "broken.html").write_bytes(PAGE)
    (tmp_path / "good.html").write_bytes(GOOD)
    pages, (rejection,) = read(tmp_path)
    assert [Path(page.origin).name for page in pages] == ["good.html"]
    _said_undecodable(rejection, "cp932")
    assert rejection.origin.endswith("broken.html")


def test_a_text_dump_says_the_same(tmp_path: Path) -> None:
    (tmp_path / "broken.txt").write_bytes(DUMP)
    _, (rejection,) = read(tmp_path)
    _said_undecodable(rejection, "cp932", "gb18030")


def test_a_warc_response_and_an_mhtml_and_an_email_say_the_same(tmp_path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    warc = tmp_path / "crawl.warc"
    with warc.open("wb") as out:
        writer = WARCWriter(out, gzip=False)
        headers = StatusAndHeaders(
            "200 OK", [("Content-Type", "text/html; charset=Shift_JIS")], protocol="HTTP/1.0"
        )
        writer.write_record(
            writer.create_warc_record(
                "https://minato-seiki.example/news/1", "response",
                payload=io.BytesIO(PAGE), http_headers=headers,
            )
        )  # fmt: skip
    _, (rejection,) = read(warc)
    _said_undecodable(rejection, "cp932")
    assert rejection.url == "https://minato-seiki.example/news/1"

    message = EmailMessage()
    message["Subject"] = "みなと精機のお知らせ"
    message["From"] = "press@minato-seiki.example"
    message.set_content(PAGE, maintype="text", subtype="html", params={"charset": "shift_jis"})
    (tmp_path / "mail").mkdir()
    (tmp_path / "mail" / "release.eml").write_bytes(message.as_bytes())
    _, (rejection,) = read(tmp_path / "mail")
    _said_undecodable(rejection, "cp932")

    mhtml = EmailMessage()
    mhtml["Snapshot-Content-Location"] = "https://minato-seiki.example/news/2"
    mhtml.set_content(PAGE, maintype="text", subtype="html", params={"charset": "shift_jis"})
    (tmp_path / "saved").mkdir()
    (tmp_path / "saved" / "page.mhtml").write_bytes(mhtml.as_bytes())
    _, (rejection,) = read(tmp_path / "saved")
    _said_undecodable(rejection, "cp932")


def test_rejections_lists_them_and_stats_counts_them(tmp_path: Path) -> None:
    (tmp_path / "dump").mkdir()
    (tmp_path / "dump" / "broken.html").write_bytes(PAGE)
    (tmp_path / "dump" / "broken.txt").write_bytes(DUMP)
    (tmp_path / "dump" / "good.html").write_bytes(GOOD)
    db = str(tmp_path / "a.db")
    cli_ok(db, "dedupe", "--workers", "1", str(tmp_path / "dump"))
    listed = cli_ok(db, "rejections", "--reason", "undecodable", "--json").output
    rows = [json.loads(line) for line in listed.splitlines()]
    assert sorted(Path(row["origin"]).name for row in rows) == ["broken.html", "broken.txt"]
    assert {row["reason"] for row in rows} == {"undecodable"}
    stats = json.loads(cli_ok(db, "stats", "--json").output)
    assert stats["skipped_by_reason"].get("undecodable") == 2, stats["skipped_by_reason"]
    assert "not-text" not in stats["skipped_by_reason"]
    assert "undecodable" in cli_ok(db, "stats").output
