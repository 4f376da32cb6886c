"""Briefs in scripts without a full stop are articles (session 20: a record of one Thai
paragraph, 15-24 words, with its headline, was rejected as too short, "0 of them sentences":
Thai and Lao end a sentence with a space, not a mark, so no Thai line ever ended like one, and
a text dump's cleaning dropped it as head-zone lines).  Myanmar's ``။``, Khmer's ``។`` and
Urdu's ``۔`` are full stops.  Fixtures are invented briefs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from clipper.models import Page
from clipper.postclean import is_prose
from tests.conftest import build

THAI_BRIEF = (
    "กรุงเทพฯ เปิดรถโดยสารไฟฟ้าสายใหม่",
    "กรุงเทพมหานครเปิดรถโดยสารไฟฟ้าสายใหม่ตั้งแต่วันจันทร์หน้า ค่าโดยสารสิบห้าบาท",
)
LAO_BRIEF = (
    "ນະຄອນຫຼວງເປີດລົດເມໄຟຟ້າສາຍໃໝ່",
    "ນະຄອນຫຼວງວຽງຈັນເປີດລົດເມໄຟຟ້າສາຍໃໝ່ແຕ່ວັນຈັນໜ້າ ຄ່າໂດຍສານສິບພັນກີບຕໍ່ຖ້ຽວ",
)
# as long as the Thai brief, written with the sentence's full stop of its script
MYANMAR_BRIEF = (
    "ရန်ကုန်တွင် ဘတ်စ်ကားလမ်းကြောင်းသစ်",
    "ရန်ကုန်မြို့တော်သည် ဘတ်စ်ကားလမ်းကြောင်းသစ်ကို လာမည့်တနင်္လာနေ့မှစ၍ ပြေးဆွဲမည်။",
)
KHMER_BRIEF = (
    "ភ្នំពេញបើកខ្សែឡានក្រុងថ្មី",
    "រាជធានីភ្នំពេញនឹងបើកខ្សែឡានក្រុងអគ្គិសនីថ្មីចាប់ពីថ្ងៃច័ន្ទក្រោយ តម្លៃសំបុត្រមួយពាន់រៀល។",
)


@pytest.mark.parametrize(
    "line",
    [THAI_BRIEF[1], LAO_BRIEF[1], MYANMAR_BRIEF[1], KHMER_BRIEF[1],
     "بلدیہ نے پیر کو کہا کہ پرانے پل کو بند کرنے کی خبر درست نہیں ہے۔"],
)
def test_a_sentence_of_a_script_without_latin_full_stops_is_prose(line: str) -> None:
    assert is_prose(line)


@pytest.mark.parametrize(
    "line",
    [
        THAI_BRIEF[0],  # a headline: shorter than a paragraph, no full stop to tell
        # a headline as long as a paragraph, but one run: no sentence's or clause's break
        "เรือข้ามฟากไปเกาะช้างกลับมาให้บริการหลังซ่อมบำรุงช่วงฤดูฝนนานสามเดือน",
        "หน้าแรก ข่าว กีฬา บันเทิง",  # a menu
        "ตลาดน้ำเปิดใหม่ที่ริมคลอง",
        LAO_BRIEF[0],
        # the same length in a script that has a full stop, without it: a label, as before
        "ရန်ကုန်မြို့တော်သည် ဘတ်စ်ကားလမ်းကြောင်းသစ်ကို လာမည့်တနင်္လာနေ့မှစ၍ ပြေးဆွဲမည်",
    ],
)
def test_a_short_thai_or_lao_line_is_no_sentence(line: str) -> None:
    assert not is_prose(line)


def test_one_paragraph_briefs_without_full_stops_are_stored(tmp_path: Path) -> None:
    records = [
        {"url": "https://thai-daily.example/bus", "title": THAI_BRIEF[0], "text": THAI_BRIEF[1]},
        {"url": "https://lao-news.example/bus", "title": LAO_BRIEF[0], "text": LAO_BRIEF[1]},
        {"url": "https://yangon-post.example/bus", "title": MYANMAR_BRIEF[0],
         "text": MYANMAR_BRIEF[1]},
        {"url": "https://phnom-penh-daily.example/bus", "title": KHMER_BRIEF[0],
         "text": KHMER_BRIEF[1]},
    ]
    dump = tmp_path / "dump"
    dump.mkdir()
    (dump / "briefs.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8"
    )
    # a text dump: the headline, a blank line, the one paragraph
    (dump / "thai.txt").write_text(
        "ตลาดน้ำริมคลองเปิดใหม่\n\nตลาดน้ำแห่งใหม่เปิดให้บริการแล้วที่ริมคลองในจังหวัดนนทบุรี "
        "มีร้านค้ากว่าหนึ่งร้อยร้าน\n",
        encoding="utf-8",
    )
    archive, _ = build(tmp_path / "a.db", [dump])
    with archive.sessions() as session:
        stored = {str(url): text for url, text in session.execute(select(Page.url, Page.text))}
    assert stored == {
        **{r["url"]: r["text"] for r in records},
        "None": "ตลาดน้ำแห่งใหม่เปิดให้บริการแล้วที่ริมคลองในจังหวัดนนทบุรี มีร้านค้ากว่าหนึ่งร้อยร้าน",
    }
