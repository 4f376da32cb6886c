"""Counting words in scripts written without spaces (clipper.scripts): the length rules of
cleaning must not reject a Thai or Japanese article that an English one of the same length
would pass."""

from __future__ import annotations

from pathlib import Path

from clipper.clean import clean_page
from clipper.config import CleanConfig
from clipper.page import Article, RawPage
from clipper.scripts import count_words

THAI = (
    "ตลาดน้ำแห่งใหม่เปิดให้บริการแล้วที่ริมคลองในจังหวัดนนทบุรี มีร้านค้ากว่าหนึ่งร้อยร้าน"
    "ขายอาหารพื้นบ้านและผลไม้ตามฤดูกาล นักท่องเที่ยวจำนวนมากเดินทางมาเที่ยวชมในวันแรก"
)


def test_count_words_in_each_kind_of_script() -> None:
    assert count_words("The ferry leaves at nine.") == 5
    assert count_words("Zürich, the ferry") == 3
    assert count_words("地铁三号线将于明年开通。") == 6  # 11 Han characters: 2 a word
    assert count_words("東京 の ボランティア") == 1 + 1 + 3
    # Thai: about 4 code points a word (marks included), never more words than characters
    assert count_words(THAI) == sum(-(-len(run) // 4) for run in THAI.split())
    assert 30 <= count_words(THAI) < len(THAI)
    assert count_words("Lyon 地铁") == 2


def test_a_thai_article_is_not_rejected_as_too_short(tmp_path: Path) -> None:
    paragraphs = [THAI, THAI.replace("ตลาดน้ำ", "ท่าเรือ"), THAI.replace("ผลไม้", "ขนม")]
    html = (
        '<!DOCTYPE html><html lang="th"><head><meta charset="utf-8">'
        "<title>ตลาดน้ำเปิดใหม่ที่ริมคลอง</title></head><body><article>"
        "<h1>ตลาดน้ำเปิดใหม่ที่ริมคลอง</h1>"
        + "".join(f"<p>{p}</p>" for p in paragraphs)
        + "</article></body></html>"
    )
    page = RawPage(origin=str(tmp_path / "th.html"), kind="html", body=html.encode())
    article = clean_page(page, CleanConfig())
    assert isinstance(article, Article), article
    assert count_words(article.text) >= CleanConfig().min_article_words
    assert article.text.count("\n") == 2  # three paragraphs
