"""Legacy CJK and Cyrillic pages that declare no charset, or a UTF-8 their bytes belie, are read
in their own code page (invented sentences in pages shaped like real ones: kilobytes of ASCII
markup around a short text, so a guess from a page's first and last bytes sees none of it)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from clipper.config import ReadLimits
from clipper.page import RawPage, Rejection
from clipper.read import read_pages
from clipper.read.codepages import guess_codec, text_bytes

TEXTS = {
    "ko": "항구 위원회는 화요일 북쪽 부두를 넓히기로 했다. 겨울에도 큰 배가 들어올 수 있게 된다고 "
          "위원장은 말했다. 공사는 내년 봄에 시작된다.",
    "ru": "Совет порта во вторник решил расширить северный причал. Зимой к нему смогут подходить "
          "большие паромы, сказал председатель. Работы начнутся весной.",
    "uk": "Рада порту у вівторок вирішила розширити північний причал. Взимку до нього зможуть "
          "підходити великі пороми, сказав голова. Роботи почнуться навесні.",
    "ja": "港湾委員会は火曜日、北側の岸壁を広げることを決めた。冬でも大きなフェリーが入れるように"
          "なると委員長は話した。工事は来年の春に始まる。",
    "zh": "港务委员会周二决定扩建北码头。委员长说，冬季更大的渡轮也能靠岸。"
          "工程将于明年春天开始。",
    "zh-TW": "港務委員會週二決定擴建北碼頭。委員長說，冬季更大的渡輪也能靠岸。"
             "工程將於明年春天開始。",
}
# (language tag, text, the code page a legacy site wrote it in)
CASES = [
    ("ko", "ko", "cp949"),
    ("ru", "ru", "cp1251"),
    ("ru", "ru", "koi8_r"),
    ("uk", "uk", "koi8_u"),
    ("uk", "uk", "cp1251"),
    ("ja", "ja", "cp932"),
    ("ja", "ja", "euc_jp"),
    ("zh-CN", "zh", "gb18030"),
    ("zh-TW", "zh-TW", "big5hkscs"),
]

# What surrounds an article on a real page: navigation, a script, a footer (all ASCII).
_NAV = "".join(f'<li><a href="/section/{n}" class="nav">Section {n}</a></li>' for n in range(120))
_SCRIPT = "<script>var config = {" + ",".join(f'"k{n}": {n}' for n in range(600)) + "};</script>"


def page(lang: str | None, text: str, meta: str = "") -> str:
    attr = f' lang="{lang}"' if lang else ""
    return (f"<html{attr}><head>{meta}<title>port</title>{_SCRIPT}</head><body><ul>{_NAV}</ul>"
            f"<article><p>{text}</p><p>{text}</p></article><footer><ul>{_NAV}</ul></footer>"
            f"{_SCRIPT}</body></html>")


def read(path: Path) -> tuple[list[RawPage], list[Rejection]]:
    rejections: list[Rejection] = []
    return list(read_pages([path], ReadLimits(), rejections.append)), rejections


@pytest.mark.parametrize(("lang", "key", "codec"), CASES)
@pytest.mark.parametrize("meta", ["", '<meta charset="utf-8">'])
def test_a_legacy_page_without_its_charset_keeps_its_letters(
    tmp_path: Path, lang: str, key: str, codec: str, meta: str
) -> None:
    html = page(lang, TEXTS[key], meta)
    path = tmp_path / "page.html"
    path.write_bytes(html.encode(codec))
    (raw,), rejections = read(path)
    assert rejections == [] and raw.body == html


@pytest.mark.parametrize(("key", "codec"), [("ko", "cp949"), ("ru", "cp1251"), ("ja", "cp932")])
def test_without_a_language_the_text_still_tells(tmp_path: Path, key: str, codec: str) -> None:
    html = page(None, TEXTS[key])
    (tmp_path / "page.html").write_bytes(html.encode(codec))
    (raw,), _ = read(tmp_path / "page.html")
    assert raw.body == html


def test_a_warc_records_http_utf8_over_a_windows_1251_body(tmp_path: Path) -> None:
    """A server declaring UTF-8 for every page (``Content-Type: text/html; charset=utf-8``)
    over a legacy page in Windows-1251: read as Windows-1251, not as UTF-8 with "stray" bytes
    in Windows-1252 ("Ñîâåò")."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    html = page("ru", TEXTS["ru"])
    path = tmp_path / "crawl.warc"
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=False)
        headers = [("Content-Type", "text/html; charset=utf-8")]
        writer.write_record(writer.create_warc_record(
            "https://port.example/news/1", "response", payload=io.BytesIO(html.encode("cp1251")),
            http_headers=StatusAndHeaders("200 OK", headers, "HTTP/1.1"),
        ))
    (raw,), _ = read(path)
    assert raw.body == html


def test_an_english_price_is_a_pound_not_a_polish_letter(tmp_path: Path) -> None:
    """"£5bn" in Windows-1252 reads "Ł5bn" in Windows-1250, a Polish letter; a currency sign
    before a number is a price, and an English page writes no "Ł"."""
    text = ("The council will borrow £5bn over ten years, and fares rise to £2.40 from May, "
            "the finance director said.")
    for lang in ("en", None):
        html = page(lang, text)
        (tmp_path / "page.html").write_bytes(html.encode("cp1252"))
        (raw,), _ = read(tmp_path / "page.html")
        assert raw.body == html, lang


def test_utf8_declared_with_a_few_stray_bytes_stays_utf8(tmp_path: Path) -> None:
    """Declared UTF-8 whose bytes are mostly UTF-8: a pasted Windows-1252 quote stays a quote,
    the rest UTF-8 (the guess is for pages whose non-ASCII bytes are mostly not UTF-8)."""
    html = page("ru", TEXTS["ru"], '<meta charset="utf-8">')
    data = html.encode("utf-8").replace("Работы".encode(), b"\x93" + "Работы".encode())
    (tmp_path / "page.html").write_bytes(data)
    (raw,), _ = read(tmp_path / "page.html")
    assert raw.body == html.replace("Работы", "\u201cРаботы")


def test_guess_reads_the_text_not_the_markup() -> None:
    data = page("ko", TEXTS["ko"]).encode("cp949")
    assert b"<" not in text_bytes(data) and len(text_bytes(data)) < len(data) // 5
    assert guess_codec(data, "ko") == "cp949"
    assert guess_codec(data, "ko-KR") == "cp949"


@pytest.mark.parametrize(
    ("label", "codec", "lang", "text"),
    [
        ("windows-874", "cp874", "th", "สะพานคนเดินแห่งใหม่เปิดให้บริการแล้วเมื่อวันเสาร์"),
        ("ISO-8859-8-I", "iso8859_8", "he", "גשר הולכי רגל חדש נפתח בשבת מעל הנחל"),
        ("x-cp1256", "cp1256", "ar", "افتتاح جسر جديد للمشاة فوق نهر المدينة"),
        ("x-mac-cyrillic", "mac_cyrillic", "ru", "Новый мост открыт для пешеходов"),
    ],
)
def test_a_warc_records_whatwg_label_beats_a_wrong_meta(
    tmp_path: Path, label: str, codec: str, lang: str, text: str
) -> None:
    """A server's ``Content-Type`` charset in a label browsers know and Python's codecs do not
    ("windows-874", "ISO-8859-8-I", "x-cp1256") decides over the page's own wrong
    ``<meta charset="iso-8859-1">``, as it does for the labels Python knows."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    html = page(lang, text, '<meta charset="iso-8859-1">')
    path = tmp_path / "crawl.warc"
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=False)
        headers = [("Content-Type", f"text/html; charset={label}")]
        writer.write_record(writer.create_warc_record(
            "https://port.example/news/1", "response", payload=io.BytesIO(html.encode(codec)),
            http_headers=StatusAndHeaders("200 OK", headers, "HTTP/1.1"),
        ))
    (raw,), _ = read(path)
    assert raw.body == html
