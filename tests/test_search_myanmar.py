"""Search in Thai, Lao, Khmer and Myanmar: words inside unspaced runs, and phrases whether or
not the writer or the searcher put spaces between them (session 20: '"ကျပ် တစ်ရာ"' did not find a
page writing "ကျပ်တစ်ရာ", nor "นนทบุรีมีร้านค้า" one writing "นนทบุรี มีร้านค้า"; a zero-width
space between words, kept in a crawler's title, cut a run the same way; before migration 0035
"ကျောင်းသူ" found a page holding only "ကျောင်းသား", SQLite's FTS5 table having cut the index
bigrams at their marks).  Both backends.  Fixtures are invented pages in the shape of
test_search_languages.py's."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from clipper.archive import Archive, open_archive
from clipper.config import Config
from clipper.koreanwords import WORD_MARKS
from clipper.pipeline import dedupe
from clipper.search import search
from clipper.searchterms import query_tokens
from clipper.searchtext import search_text
from tests.searchpages import write_article_pages

PAGES = {
    "my-bus.html": (
        "my",
        "https://yangon-thadin.example/news/bus-line",
        "ရန်ကုန်မြို့တွင် ဘတ်စ်ကား လမ်းကြောင်းသစ် ဖွင့်လှစ်",
        [
            "ရန်ကုန်မြို့တော်စည်ပင်သာယာရေးကော်မတီသည် ဘတ်စ်ကားလမ်းကြောင်းသစ်နှစ်ခုကို "
            "လာမည့်လတွင် စတင်ပြေးဆွဲမည်ဟု ကြေညာခဲ့သည်။",
            "ခရီးသည်များအတွက် လက်မှတ်ခမှာ ကျပ်တစ်ရာဖြစ်ပြီး ကျောင်းသားများအတွက် "
            "လျှော့ဈေးရှိမည်ဖြစ်သည်။",
            "ဒေသခံကုန်သည်များက ဤဆုံးဖြတ်ချက်ကို ကြိုဆိုကြောင်း ပြောကြားခဲ့သည်။",
        ],
    ),
    "km-bus.html": (
        "km",
        "https://phnom-penh-daily.example/news/bus",
        "ភ្នំពេញ\u200bបើក\u200bខ្សែ\u200bឡានក្រុង\u200bថ្មី",
        [
            "រាជធានី\u200bភ្នំពេញ\u200bនឹង\u200bបើក\u200bខ្សែ\u200bឡានក្រុង\u200bអគ្គិសនី"
            "\u200bថ្មី\u200bចាប់ពី\u200bថ្ងៃច័ន្ទ\u200bក្រោយ។ តម្លៃ\u200bសំបុត្រ\u200bមួយពាន់"
            "\u200bរៀល\u200bសម្រាប់\u200bអ្នកដំណើរ\u200bទាំងអស់\u200bនៅ\u200bក្នុង\u200bទីក្រុង។",
            "សិស្ស\u200bនិង\u200bមនុស្សចាស់\u200bនឹង\u200bទទួលបាន\u200bការបញ្ចុះតម្លៃ"
            "\u200bពាក់កណ្តាល\u200bនៃ\u200bតម្លៃ\u200bសំបុត្រ។",
        ],
    ),
    "th-market.html": (
        "th",
        "https://riverside-thai.example/local/floating-market",
        "ตลาดน้ำเปิดใหม่ที่ริมคลอง",
        [
            "ตลาดน้ำแห่งใหม่เปิดให้บริการแล้วที่ริมคลองในจังหวัดนนทบุรี มีร้านค้ากว่าหนึ่งร้อยร้าน"
            "ขายอาหารพื้นบ้านและผลไม้ตามฤดูกาล นักท่องเที่ยวจำนวนมากเดินทางมาเที่ยวชมในวันแรก",
            "ผู้ว่าราชการจังหวัดกล่าวว่าตลาดจะเปิดทุกวันเสาร์และอาทิตย์ตั้งแต่เช้าจนถึงเย็น",
        ],
    ),
}


def _write(folder: Path) -> Path:
    return write_article_pages(folder, PAGES, "2026-11-30T08:00:00+00:00")


@pytest.fixture(scope="module")
def archive(module_db_url: str, tmp_path_factory: pytest.TempPathFactory) -> Any:
    opened = open_archive(module_db_url)
    dedupe(opened, [str(_write(tmp_path_factory.mktemp("my")))], Config(workers=1))
    yield opened
    opened.close()


MY = "yangon-thadin.example"
TH = "riverside-thai.example"
KM = "phnom-penh-daily.example"


@pytest.mark.parametrize(
    ("query", "sites"),
    [
        ("ဘတ်စ်ကား", [MY]), ("လမ်းကြောင်း", [MY]), ("ကြေညာ", [MY]), ("ကျောင်းသား", [MY]),
        ("ရန်ကုန်", [MY]), ("ကျပ်တစ်ရာ", [MY]), ("ပြေးဆွဲ", [MY]), ("ခရီးသည်", [MY]),
        ('"ဘတ်စ်ကား လမ်းကြောင်းသစ်"', [MY]), ('"ကုန်သည်များက ဤဆုံးဖြတ်ချက်"', [MY]),
        ("ဆုံးဖြတ်ချက်", [MY]), ("လျှော့ဈေး", [MY]), ("စည်ပင်သာယာ", [MY]),
        ("ကျောင်းသူ", []), ("ကြေး", []), ("ဆုံးဖြတ်ချက်များ", []),
        ("นักท่องเที่ยว", [TH]), ("ผลไม้", [TH]), ("ท่องเที่ยว", [TH]), ("ที่ริมคลอง", [TH]),
        ("ผู้ว่าราชการ", [TH]), ("ทุกวันเสาร์", [TH]), ("นักเรียน", []), ("ผู้ใหญ่", []),
        # a phrase with a space the text does not have, and without one the text has
        ('"ကျပ် တစ်ရာ"', [MY]),
        ("ကုန်သည်များကဤဆုံးဖြတ်ချက်", [MY]),
        ('"ตลาดน้ำแห่งใหม่ เปิดให้บริการ"', [TH]),
        ("นนทบุรีมีร้านค้า", [TH]),
        # words a Khmer page separates with zero-width spaces, typed without them
        ("ខ្សែឡានក្រុង", [KM]),
        ("ឡានក្រុងអគ្គិសនីថ្មី", [KM]),
        ('"ភ្នំពេញ បើក"', [KM]),
        ("ការបញ្ចុះតម្លៃ", [KM]),
        ("ឡានក្រុងថ្មីអគ្គិសនី", []),
        # a sentence's end is no place to join: "။" and "។" separate
        ("ကြေညာခဲ့သည်ခရီးသည်", []),
        ("ក្រោយតម្លៃ", []),
    ],
)
def test_words_and_phrases_are_found_with_or_without_spaces(
    query: str, sites: list[str], archive: Archive
) -> None:
    assert sorted(str(h.site) for h in search(archive, query)) == sites, query


def test_runs_join_across_spaces_only_in_scripts_that_space_phrases() -> None:
    assert search_text("ကျပ် တစ်ရာ") == search_text("ကျပ်တစ်ရာ")
    assert search_text("ខ្សែ\u200bឡាន") == search_text("ខ្សែឡាន")
    assert search_text("ตลาดน้ำ แห่งใหม่") == search_text("ตลาดน้ำแห่งใหม่")
    # punctuation and line breaks end a run; Chinese spaces separate words, Korean's join a
    # compound's parts (newcomer 26, finding 16: tests/test_search_korean_spacing.py)
    assert search_text("ကျပ်။ တစ်ရာ") != search_text("ကျပ်တစ်ရာ")
    assert search_text("ตลาดน้ำ\nแห่งใหม่") != search_text("ตลาดน้ำแห่งใหม่")
    # (the keys of where its words start and end follow: clipper.koreanwords)
    korean = [w for w in search_text("서울시 야시장").split() if w[0] not in WORD_MARKS]
    assert korean == ["서울", "울시", "시야", "야시", "시장", "장"]
    assert search_text("北京 上海").split() == ["北京", "京", "上海", "海"]
    # a query ending in a joined character is a phrase, not a prefix
    assert not query_tokens("ကျပ် တ").prefix
