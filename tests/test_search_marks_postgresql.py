"""PostgreSQL's index holds the search text's words as clipper wrote them, marks and all
(scripts20): its default parser takes a mark that is no letter to it at the start of a word (a
Thai or Lao tone mark, Khmer's coeng, Myanmar's asat) for a separator, so a bigram of a Thai,
Lao, Khmer or Myanmar run starting with one (``่น`` of ``ที่นี่``, ``្ម`` of ``ខ្មែរ``) was
indexed, and queried, as its second character alone.  The written words now go into the vector
and the query as lexemes, unparsed (:func:`clipper.backends.postgresql.written_vector`); the
stemmed words of a language PostgreSQL stems still come from its parser.

Fixtures are invented pages, one per script, in the shape of test_search_languages.py's.
"""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import text

from clipper.archive import Archive
from clipper.search import search
from clipper.searchtext import search_text
from tests.searchpages import stored_archive

PAGES = {
    "th-market.html": (
        "th",
        "https://khao-rai-wan.example/local/market",
        "ตลาดน้ำแห่งใหม่เปิดที่นี่วันเสาร์",
        [
            "เทศบาลประกาศว่าตลาดน้ำแห่งใหม่จะเปิดทุกวันเสาร์ตั้งแต่เดือนหน้าเป็นต้นไป",
            "ชาวบ้านที่นี่บอกว่าจะนำข้าวและผลไม้มาขายให้นักท่องเที่ยวที่ล่องเรือมา",
        ],
    ),
    "lo-bridge.html": (
        "lo",
        "https://khao-lao-mai.example/news/bridge",
        "ຂົວໃໝ່ຂ້າມແມ່ນ້ຳຈະເປີດເດືອນໜ້າ",
        [
            "ເຈົ້າໜ້າທີ່ແຂວງກ່າວວ່າຂົວໃໝ່ຂ້າມແມ່ນ້ຳຈະເປີດໃຫ້ລົດຜ່ານໃນເດືອນໜ້າ",
            "ຊາວບ້ານບໍ່ຕ້ອງຂ້າມເຮືອອີກຕໍ່ໄປ ແລະ ຈະໃຊ້ເວລາພຽງສິບນາທີ",
        ],
    ),
    "km-school.html": (
        "km",
        "https://kampuchea-thmey.example/news/school",
        "សាលារៀនថ្មីបើកនៅខេត្តកំពត",
        [
            "ក្រសួងអប់រំបានប្រកាសថាសាលារៀនថ្មីនឹងបើកទ្វារនៅខែក្រោយសម្រាប់សិស្សខ្មែរចំនួនប្រាំរយនាក់",
            "ឪពុកម្តាយនិយាយថាកូនៗរបស់ពួកគេនឹងមិនចាំបាច់ធ្វើដំណើរឆ្ងាយទៀតទេ",
        ],
    ),
    "my-ferry.html": (
        "my",
        "https://myanmar-neizin.example/news/ferry",
        "ရန်ကုန် ကူးတို့ သင်္ဘော လမ်းကြောင်းသစ် ဖွင့်မည်",
        [
            "ရန်ကုန်မြို့ ကူးတို့ သင်္ဘော လမ်းကြောင်းသစ်ကို လာမည့်လတွင် ဖွင့်လှစ်မည်ဟု ဆိပ်ကမ်းအာဏာပိုင်က ပြောသည်။",
            "လက်မှတ်ခမှာ ကျပ် တစ်ရာ ဖြစ်ပြီး ကျောင်းသားများ တစ်ဝက်သာ ပေးရမည်။",
        ],
    ),
}
SITES = {name: url.split("/")[2] for name, (_, url, _, _) in PAGES.items()}


@pytest.fixture(scope="module")
def archive(module_db_url: str, tmp_path_factory: pytest.TempPathFactory) -> Any:
    yield from stored_archive(
        module_db_url, tmp_path_factory.mktemp("marks"), PAGES, "2026-11-30T09:00:00+07:00"
    )


def test_the_index_holds_every_word_as_written_with_its_marks(archive: Archive) -> None:
    if archive.backend.name != "postgresql":
        pytest.skip("SQLite's FTS5 table splits at the search text's spaces only (0035)")
    with archive.engine.connect() as connection:
        rows = connection.execute(
            text(
                "SELECT title, text, ARRAY(SELECT unnest(tsvector_to_array(search_vector))) "
                "AS lexemes FROM pages"
            )
        ).all()
    assert len(rows) == len(PAGES)
    for row in rows:
        words = set(search_text(row.title).split()) | set(search_text(row.text).split())
        missing = sorted(words - set(row.lexemes))
        assert not missing, (row.title, missing[:10])
    # the bigrams that start with a mark PostgreSQL's parser does not count as a letter
    held = {lexeme for row in rows for lexeme in row.lexemes}
    assert {"่น", "្ម"} <= held  # of ที่นี่ and ខ្មែរ


@pytest.mark.parametrize(
    ("query", "page"),
    [
        ("ที่นี่", "th-market.html"),
        ("ตลาดน้ำ", "th-market.html"),
        ("ແມ່ນ້ຳ", "lo-bridge.html"),
        ("ខ្មែរ", "km-school.html"),
        ("ខេត្តកំពត", "km-school.html"),
        ("သင်္ဘော", "my-ferry.html"),
        ('"ကျပ် တစ်ရာ"', "my-ferry.html"),
    ],
)
def test_words_with_marks_are_found_on_both_backends(
    archive: Archive, query: str, page: str
) -> None:
    assert [hit.site for hit in search(archive, query)] == [SITES[page]], query


def test_the_vector_of_written_words_keeps_positions_and_quotes() -> None:
    from clipper.backends.postgresql import written_vector

    assert written_vector("ที ี่ ่น") == "'ที':1 'ี่':2 '่น':3"
    assert written_vector("o'neil a\\b") == "'o''neil':1 'a\\\\b':2"
    assert written_vector("") == ""
    assert written_vector("x" * 3000 + " y") == "'y':2"  # PostgreSQL's limit: 2,047 bytes
