"""Thai Rath's stamp line, the posting time then its update with a Buddhist year, short or
whole ("เผยแพร่ 7 ธ.ค. 69 08:00 น. อัปเดต 7 ธ.ค. 69 19:05 น."): the update is the page's update
time (it was left unread: the year after the label was no Common Era one).  Invented page."""

from __future__ import annotations

import pytest

from clipper.clean import clean_page
from clipper.config import CleanConfig
from clipper.dumpdates import posted_then_updated
from clipper.page import Article, RawPage
from clipper.read.zones import written_in

_URL = "https://www.thai-daily.example/news/local/4412"
_BODY = (
    "กรุงเทพมหานครประกาศปิดสะพานข้ามแม่น้ำเป็นเวลาสี่เดือนในปีหน้าเพื่อซ่อมแซมโครงสร้างเหล็กที่"
    "เป็นสนิมและชำรุดหลายจุดตามผลการตรวจสอบล่าสุดของวิศวกร",
    "เจ้าหน้าที่กล่าวว่าสะพานอายุเก้าสิบปีไม่ผ่านการตรวจสอบความปลอดภัยสองครั้งในฤดูฝนที่ผ่านมา"
    " และคาดว่าการซ่อมแซมจะใช้งบประมาณราวสองร้อยล้านบาท",
    "รถจักรยานยนต์จะถูกเบี่ยงไปใช้สะพานแห่งใหม่ทางด้านใต้ระหว่างการปิดซ่อม ตามแถลงการณ์ของสำนักการจราจรและขนส่ง",
)
_LINES = [
    "เผยแพร่ 7 ธ.ค. 69 08:00 น. อัปเดต 7 ธ.ค. 69 19:05 น.",
    "เผยแพร่: 7 ธ.ค. 2569 08:00 น. | อัปเดต: 7 ธ.ค. 2569 19:05 น.",
    "7 ธ.ค. 2569 08:00 น. แก้ไขล่าสุด 7 ธ.ค. 2569 19:05 น.",
    "7 ธ.ค. 69 08:00 น. (อัปเดต 7 ธ.ค. 69 19:05 น.)",
]


@pytest.mark.parametrize("line", _LINES)
def test_a_thai_stamps_update_is_the_pages_update(line: str) -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in _BODY)
    html = (
        "<html lang='th'><head><meta charset='utf-8'><title>สะพาน</title></head><body>"
        "<article><h1>ปิดสะพานซ่อมแซมสี่เดือน</h1>"
        f"<span class='date'>{line}</span>{paragraphs}</article></body></html>"
    )
    raw = RawPage(
        origin="t/html",
        kind="html",
        body=html.encode(),
        url=_URL,
        fetched_at="2026-12-07T14:00:00+00:00",
    )
    article = clean_page(raw, CleanConfig())
    assert isinstance(article, Article)
    assert (article.published or "")[:16] == "2026-12-07T08:00"
    assert (article.updated or "")[:16] == "2026-12-07T19:05"


@pytest.mark.parametrize("line", _LINES)
def test_a_thai_stamp_splits_at_its_update(line: str) -> None:
    with written_in("th", _URL):
        split = posted_then_updated(line)
    assert split is not None
    assert "19:05" in split[1] and "19:05" not in split[0]
