"""A Vietnamese page writing its tone marks apart (UTF-8 typed "Unicode tổ hợp", or windows-1258,
whose letters take a combining tone) is the same text as its composed twin: its headline is
the title, not its text's first paragraph (newcomer 23, finding 10).  Invented page."""

from __future__ import annotations

import unicodedata

import pytest

from clipper.clean import clean_page
from clipper.config import CleanConfig
from clipper.page import Article, RawPage

TITLE = "Đà Nẵng khởi công cầu vượt biển nối hai quận"
PARAS = [
    "Thành phố Đà Nẵng hôm thứ hai đã khởi công cây cầu vượt biển dài hai cây số nối quận Sơn "
    "Trà với quận Ngũ Hành Sơn, dự kiến hoàn thành sau ba năm.",
    "Theo ban quản lý dự án, tổng vốn đầu tư vượt bốn nghìn tỷ đồng, trong đó ngân sách thành "
    "phố chiếm hơn một nửa, phần còn lại do trung ương hỗ trợ.",
    "Người dân hai quận cho biết cây cầu sẽ rút ngắn thời gian đi lại vào giờ cao điểm, nhưng "
    "lo ngại tiếng ồn và bụi trong thời gian thi công kéo dài.",
]


# The five tone marks windows-1258 writes as combining characters (grave, acute, tilde, hook
# above, dot below).
_TONES = "\u0300\u0301\u0303\u0309\u0323"


def _cp1258(text: str) -> bytes:
    """``text`` as windows-1258 writes it: a letter the code page lacks as its base letter
    (composed where the page has it: "ô") and a combining tone."""
    out = bytearray()
    for char in text:
        try:
            out += char.encode("cp1258")
        except UnicodeEncodeError:
            apart = unicodedata.normalize("NFD", char)
            tones = "".join(c for c in apart if c in _TONES)
            base = unicodedata.normalize("NFC", "".join(c for c in apart if c not in _TONES))
            out += (base + tones).encode("cp1258")
    return bytes(out)


def _page(site: str, form: str) -> Article:
    body = "".join(f"<p>{p}</p>" for p in PARAS)
    charset = "windows-1258" if form == "cp1258" else "utf-8"
    html = (
        f'<html lang="vi"><head><meta charset="{charset}"><title>{TITLE}</title></head>'
        f"<body><article><h1>{TITLE}</h1>{body}</article></body></html>"
    )
    if form == "cp1258":
        data = _cp1258(html)
    else:
        data = unicodedata.normalize("NFD" if form == "NFD" else "NFC", html).encode()
    raw = RawPage(origin=site, kind="html", body=data, url=f"https://{site}.example/cau")
    result = clean_page(raw, CleanConfig())
    assert isinstance(result, Article), result
    return result


@pytest.mark.parametrize("form", ["NFD", "cp1258"])
def test_a_page_with_its_tone_marks_apart_keeps_its_headline_as_its_title(form: str) -> None:
    composed = _page("composed", "NFC")
    apart = _page("apart", form)
    assert composed.text.split("\n") == PARAS
    assert apart.text == composed.text
    assert apart.title == composed.title == TITLE
