"""Search in every language, on both backends (issue 12, field case search-cjk-words; issue 13).

Chinese, Japanese, Korean and Thai words are found inside sentences (the index holds CJK runs as
character bigrams, clipper.searchtext); NFKC folding makes ligatures, full-width digits and
compatibility characters match; the same query finds the same pages on SQLite and PostgreSQL.
Fixtures are invented pages in the shape of the field case (an HTML article per language).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from clipper.archive import Archive, open_archive
from clipper.config import UMLAUT_PHRASE_CONTEXT, Config
from clipper.pipeline import dedupe
from clipper.search import search
from clipper.searchterms import query_tokens
from clipper.searchtext import search_text, units
from clipper.snippets import snippet
from clipper.umlauts import respelled, respelled_words
from tests.searchpages import write_article_pages

PAGES = {
    "zh-ferry.html": (
        "zh-CN",
        "https://donghai-wanbao.example/news/ferry-route",
        "东海市新增两条轮渡航线",
        [
            "东海市港务局周四宣布，两条新的轮渡航线将于本月二十日起投入运营，连接老城码头与北岛渔村。",
            "港务局表示，新航线每天往返十二班，票价为八元，学生和老人可享受半价优惠。",
            "渔村居民李先生说，过去进城要绕行跨海大桥，开通轮渡后单程只需二十五分钟。",
        ],
    ),
    "ja-museum.html": (
        "ja",
        "https://kawabe-shinpo.example/culture/museum-night",
        "市立美術館、金曜の夜間開館を試行",
        [
            "市立美術館は来月から毎週金曜日の開館時間を午後八時まで延長すると発表した。",
            "夜間の受付や案内は地元の大学生ボランティアが担当し、館長は仕事帰りの来館を呼びかけた。",
            "試行期間は三か月で、入館者数を見て継続するかどうかを判断するという。",
        ],
    ),
    "ko-market.html": (
        "ko",
        "https://namhae-ilbo.example/local/night-market",
        "남해시 야시장 다음 달 개장",
        [
            "남해시는 구도심 활성화를 위해 다음 달부터 매주 토요일 밤 야시장을 연다고 밝혔다.",
            "시장 상인회는 지역 농산물과 먹거리 판매대 사십 곳을 운영할 계획이라고 말했다.",
            "시 관계자는 주차 공간이 부족해 대중교통을 이용해 달라고 당부했다.",
            "첫 행사에는 지역 예술가들의 공연과 어린이를 위한 체험 행사도 함께 열릴 예정이다.",
            "상인들은 야시장이 주말 저녁 구도심 상권에 새로운 손님을 불러올 것으로 기대하고 있다.",
        ],
    ),
    "th-market.html": (
        "th",
        "https://riverside-thai.example/local/floating-market",
        "ตลาดน้ำเปิดใหม่ที่ริมคลอง",
        [
            "ตลาดน้ำแห่งใหม่เปิดให้บริการแล้วที่ริมคลองในจังหวัดนนทบุรี มีร้านค้ากว่าหนึ่งร้อยร้าน"
            "ขายอาหารพื้นบ้านและผลไม้ตามฤดูกาล นักท่องเที่ยวจำนวนมากเดินทางมาเที่ยวชมในวันแรก",
            "ผู้ว่าราชการจังหวัดกล่าวว่าตลาดจะเปิดทุกวันเสาร์และอาทิตย์ตั้งแต่เช้าจนถึงเย็น "
            "และจะมีเรือรับส่งนักท่องเที่ยวจากท่าน้ำในเมืองทุกครึ่งชั่วโมง",
            "ชาวบ้านในพื้นที่หวังว่าตลาดแห่งนี้จะช่วยเพิ่มรายได้ให้กับชุมชน "
            "และทำให้คนรุ่นใหม่กลับมาทำงานในบ้านเกิดมากขึ้น",
        ],
    ),
    "en-office.html": (
        "en",
        "https://harbourline-post.example/business/office-fit-out",
        "The ﬁnance office reopens on Level １２",
        [
            "The council's finance office reopens on Monday after a six-week fit-out of level 12.",
            "Staff said the new counters would halve waiting times for residents paying rates.",
            "A temporary desk in the library closes on Friday, the council said in a statement.",
        ],
    ),
    "en-cranes.html": (
        "en",
        "https://quayside-ledger.example/business/crane-order",
        "Quayline™ cranes ordered for İzmir port",
        [
            "A crane maker in Rostock has won an order for six Quayline™ cranes from the port "
            "operator in İzmir, the company said on Tuesday.",
            "The cranes will be shipped in spring and assembled on the quay over eight weeks.",
            "The operator said the order would double the number of ships it can serve a day.",
        ],
    ),
    # Arabic and Hebrew as newspapers print them: short vowels, shadda and niqqud on some
    # words only, a word stretched by tatweel
    "ar-ferry.html": (
        "ar",
        "https://sahil-yawmi.example/local/ferry-line",
        "وزير النقل يُدشّن خطّ العبّارات الجديد",
        [
            "دشّن وزير النقل صباح الخميس خطًّا جديدًا للعبّارات يربط الميناء القديم بجزيرة "
            "الصيادين، والمشروع يُشعل آمال السكان بتقليص زمن الرحلة إلى النصف.",
            "وقال مدير الميناء إن العبّارة ستنطلق كل ساعة من السادسة صباحًا حتى العاشرة مساءً.",
            "وأكد السكان أن الخط سيوفر عليهم عناء السفر عبر الجسر البري الطـــويل.",
        ],
    ),
    "he-ferry.html": (
        "he",
        "https://hof-hayom.example/local/ferry",
        "מעבורת חדשה תחבר את העיר לאי",
        [
            "רָאשׁ הָעִיר אָמַר כִּי הַמַּעְבֹּרֶת תַּפְלִיג כָּל שָׁעָה מִן הַנָּמָל הַיָּשָׁן אֶל הָאִי.",
            "מחיר הכרטיס יהיה עשרה שקלים, ותושבי האי יקבלו הנחה של חצי מהמחיר.",
            "הקו החדש יקצר את הדרך לעיר מחצי שעה לעשר דקות בלבד.",
        ],
    ),
}


@pytest.fixture(scope="module")
def archive(module_db_url: str, tmp_path_factory: pytest.TempPathFactory) -> Any:
    opened = open_archive(module_db_url)
    dedupe(opened, [str(_write(tmp_path_factory.mktemp("cjk")))], Config(workers=1))
    yield opened
    opened.close()


def _write(folder: Path) -> Path:
    return write_article_pages(folder, PAGES, "2026-03-05T09:00:00+00:00")


@pytest.mark.parametrize(
    ("query", "site"),
    [
        ("轮渡", "donghai-wanbao.example"),  # two characters inside a sentence
        ("跨海大桥", "donghai-wanbao.example"),
        ("港务局 AND 半价", "donghai-wanbao.example"),
        ("美術館", "kawabe-shinpo.example"),
        ("ボランティア", "kawabe-shinpo.example"),  # katakana inside a sentence
        ("夜間開館", "kawabe-shinpo.example"),
        ("야시장", "namhae-ilbo.example"),  # Korean: a word with a particle attached
        ("대중교통", "namhae-ilbo.example"),
        # Thai: no spaces between words, vowel and tone marks are code points of their own
        ("ผลไม้", "riverside-thai.example"),
        ("นักท่องเที่ยว", "riverside-thai.example"),
        ("ชุมชน AND ตลาดน้ำ", "riverside-thai.example"),
        ("finance", "harbourline-post.example"),  # the title's ﬁ ligature folds to fi
        ("ＦＩＮＡＮＣＥ", "harbourline-post.example"),  # full-width letters
        ('"level 12"', "harbourline-post.example"),  # full-width digits in the title
        ("quayline", "quayside-ledger.example"),  # ™ is not folded onto the word as "tm"
        ('"quayline cranes"', "quayside-ledger.example"),
        ("izmir", "quayside-ledger.example"),  # İ folds to i, with no other accent around
        ("İZMİR", "quayside-ledger.example"),
        # Arabic: harakat, shadda and tatweel folded in the text and the query alike
        ("يشعل", "sahil-yawmi.example"),  # the text writes يُشعل
        ("دشن", "sahil-yawmi.example"),  # دشّن
        ("الطويل", "sahil-yawmi.example"),  # الطـــويل
        ("الْمِينَاء", "sahil-yawmi.example"),  # a query with harakat, a text without
        ('"خطا جديدا"', "sahil-yawmi.example"),  # خطًّا جديدًا
        # Arabic letter variants folded as Lucene's ArabicNormalizationFilter folds them
        ("امال", "sahil-yawmi.example"),  # the text writes آمال (alef madda)
        ("الى", "sahil-yawmi.example"),  # إلى: alef with hamza below, alef maksura
        ("الي", "sahil-yawmi.example"),
        ("العباره", "sahil-yawmi.example"),  # العبّارة: teh marbuta
        ("ٱلميناء", "sahil-yawmi.example"),  # a query with alef wasla, a text with a bare alef
        ("وأكد", "sahil-yawmi.example"),  # the text writes وأكد; the query as written
        ("واكد", "sahil-yawmi.example"),  # and as typed without the hamza
        # Hebrew: niqqud folded
        ("הנמל", "hof-hayom.example"),  # the text writes הַנָּמָל
        ('"כל שעה"', "hof-hayom.example"),
        ("מְחִיר", "hof-hayom.example"),  # a pointed query, a text without niqqud
    ],
)
def test_words_in_every_language_are_found(query: str, site: str, archive: Archive) -> None:
    hits = search(archive, query)
    assert [hit.site for hit in hits] == [site], query


def test_the_attached_conjunction_is_taken_off_its_word(tmp_path: Path) -> None:
    """"و" ("and") written onto a word is taken off it for search (clipper.prefixes, migration
    0054; before, SQLite kept it on): وأكد ("and he stressed") is found by اكد ("he stressed")
    alone and as written, as README's search section says."""
    opened = open_archive(str(tmp_path / "a.db"))
    try:
        dedupe(opened, [str(_write(tmp_path / "pages"))], Config(workers=1))
        assert [hit.site for hit in search(opened, "اكد")] == ["sahil-yawmi.example"]
        assert [hit.site for hit in search(opened, "واكد")] == ["sahil-yawmi.example"]
    finally:
        opened.close()


def test_cjk_words_combine_with_operators_and_do_not_overmatch(archive: Archive) -> None:
    assert search(archive, "轮渡 NOT 渔村") == []
    assert {h.site for h in search(archive, "轮渡 OR 야시장")} == {
        "donghai-wanbao.example",
        "namhae-ilbo.example",
    }
    # Characters of the page in another order are not its word.
    assert search(archive, "桥大海跨") == []
    assert search(archive, '"轮渡 美術館"') == []
    assert search(archive, "รถไฟ") == []  # "train": a Thai word the page does not hold


def test_search_text_expands_cjk_runs_into_bigrams() -> None:
    assert search_text("地铁三号线 Zürich ﬁne １２") == (
        # Zürich spelled out after, with two words either side (umlauts)
        "地铁 铁三 三号 号线 线 zurich fine 12 号线 线 zuerich fine 12"
    )
    assert query_tokens("三号线").tokens == ("三号", "号线")
    assert query_tokens("站").prefix  # one character: any word starting with it
    assert query_tokens("Straße").tokens == ("strasse",)


def test_search_text_holds_the_words_a_query_and_a_snippet_see() -> None:
    """The index folds a whole text at once, queries and snippets word by word: both must give
    the same words, also for symbols whose compatibility form is letters and for İ."""
    samples = [
        "Apple™ shares rose",
        "25℃ in Sevilla",
        "6㎏ of saffron",
        "Flights to İstanbul resume",
        "İzmir yangın",
        "№ 5 bus",
        "Ⅻ Olympiad",
        "½ price",
        "Ǆemal ǅ",
        "ＡＢＣ and ﬀ",
        "cafe\u0301 owner",
        "Straße ﬁnance",
        "℡ 0800",
        "Über alles",
        "Ⓐ circled",
    ]
    for text in samples:
        assert search_text(text).split() == _words(text), text
    assert search_text("Apple™ shares") == "apple shares"
    assert search_text("Flights to İstanbul resume") == "flights to istanbul resume"
    marked = snippet("Flights to İstanbul resume", [query_tokens("istanbul")], ("[", "]"))
    assert "[İstanbul]" in marked


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(
    list("Ferry docks 12 ab-cd.,") + list("“”’«»—…½²ﬁ™℃㎏ǅİıßéÜ\u0301\u00a0\u2009№Ⅻ①") + ["Ⓐ", "Σ"]
), max_size=60))
def test_search_text_of_a_whole_text_is_the_words_a_query_sees(text: str) -> None:
    """The index's fast path (whole text folded and split in C, only the words holding a
    non-ASCII character split by the regex module) gives the same words as the unit-by-unit
    path queries and snippets use, for any mix of ASCII, punctuation, symbols and accents."""
    assert search_text(text).split() == _words(text)


def _words(text: str) -> list[str]:
    """The words of ``text`` unit by unit, then those holding ``ä ö ü`` spelled out with
    the words around them (clipper.umlauts), as the index holds them."""
    words = [u.value for u in units(text)]
    spelled = [u.value for u in units(respelled(text))]
    if len(spelled) != len(words):
        return words + [u.value for u in units(" ".join(respelled_words(text)))]
    near = UMLAUT_PHRASE_CONTEXT
    kept = {
        at
        for changed, (word, other) in enumerate(zip(words, spelled, strict=True))
        if word != other
        for at in range(max(0, changed - near), min(len(words), changed + near + 1))
    }
    return words + [spelled[at] for at in sorted(kept)]


def test_snippet_marks_cjk_words_and_folded_words() -> None:
    text = "市民のボランティアが図書館を支える。The Zürich ﬁnance office."
    marked = snippet(
        text, [query_tokens("図書館"), query_tokens("zurich"), query_tokens("finance")], ("[", "]")
    )
    assert "[図書館]" in marked and "[Zürich]" in marked and "[ﬁnance]" in marked


def test_snippet_of_a_match_deep_in_a_long_text_shows_the_match() -> None:
    """A word first found thousands of characters into an article (plain ASCII, looked up
    before folding) still gives a window around it, cut with an ellipsis on both sides; a
    form only folding finds (Zürich for zurich) is still found deep in the text."""
    filler = " ".join(f"filler{i} words here." for i in range(800))
    text = f"{filler} The harbour master resigned on Friday. {filler}"
    marked = snippet(text, [query_tokens("harbour")], ("[", "]"), width=8)
    assert "[harbour]" in marked
    assert marked.startswith("…") and marked.endswith("…")
    assert len(marked) < 200
    assert "[Harbour" in snippet(
        text.replace("The harbour", "Harbour"), [query_tokens("harbour*")], ("[", "]"), width=8
    )
    folded = snippet(f"{filler} Zürich later.", [query_tokens("zurich")], ("[", "]"), width=8)
    assert "[Zürich]" in folded


def test_snippet_of_a_text_without_the_query_word_opens_the_text_unmarked() -> None:
    """A page found by its title alone gives the start of its body, unmarked, whether the body
    is plain ASCII or not; a word joined to the next by ``_`` is still a word (as indexed),
    and a form only folding finds (``Zürich``, ``ﬁnance``) is still marked."""
    body = "Council met on Tuesday. " + " ".join(f"item{i} agreed." for i in range(900))
    opening = snippet(body, [query_tokens("harbour")], ("[", "]"), width=6)
    assert opening == "Council met on Tuesday. item0 agreed…"
    accented = "Le conseil s’est réuni mardi. " + body
    assert snippet(accented, [query_tokens("harbour")], ("[", "]"), width=4) == (
        "Le conseil s’est…"
    )
    assert "[harbour]_master" in snippet(
        body + " harbour_master", [query_tokens("harbour")], ("[", "]"), width=6
    )
    deep = body + " Zürich's ﬁnance office."
    assert "[Zürich]" in snippet(deep, [query_tokens("zurich")], ("[", "]"), width=6)
    assert "[ﬁnance]" in snippet(deep, [query_tokens("finance")], ("[", "]"), width=6)
    assert "[ﬁnance office]" in snippet(deep, [query_tokens("finance office")], ("[", "]"), width=6)


def test_cjk_blocks_hold_every_cjk_character() -> None:
    """The fast pre-check for Chinese, Japanese, Korean and Thai... text (plain ``re`` over Unicode
    blocks) never misses a character the script classes match, so no CJK run is left
    unsplit."""
    from clipper.searchtext import _CJK_BLOCKS, CJK_CHARACTER

    everything = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    found = CJK_CHARACTER.findall(everything)
    assert len(found) > 90_000  # Han, kana, Hangul
    assert all(_CJK_BLOCKS.match(char) for char in found)
    assert search_text("Lyon 地铁三号线") == "lyon 地铁 铁三 三号 号线 线"


def test_snippet_of_a_text_without_spaces_before_a_deep_match() -> None:
    """Chinese or Japanese text has no spaces to cut at: a Latin word found deep inside it
    still gives a snippet (the cut at a space before the match used to recurse forever)."""
    text = "地铁三号线将于明年开通，市民期待已久。" * 20 + "新款“iPhone”发布会在东海市举行。"
    marked = snippet(text, [query_tokens("iphone")], ("[", "]"), width=6)
    assert "[iPhone]" in marked and marked.startswith("…")


def test_upgrade_reindexes_search_text_folded_the_old_way(tmp_path: Path) -> None:
    """Migration 0009: an archive indexed with 0005's folding (``Apple™`` → ``appletm``,
    ``İzmir`` with a combining dot) finds those words after the upgrade."""
    import sqlite3

    folder = tmp_path / "pages"
    db = tmp_path / "old.db"
    opened = open_archive(str(db))
    dedupe(opened, [str(_write(folder))], Config(workers=1))
    opened.close()
    con = sqlite3.connect(db)
    with con:
        (page_id,) = con.execute(
            "SELECT id FROM pages WHERE url LIKE '%quayside-ledger%'"
        ).fetchone()
        con.execute("DELETE FROM pages_fts WHERE rowid = ?", (page_id,))
        con.execute(
            "INSERT INTO pages_fts (rowid, title, text) VALUES (?, ?, ?)",
            (page_id, "quaylinetm cranes ordered for i\u0307zmir port", "quaylinetm cranes"),
        )
        con.execute("UPDATE alembic_version SET version_num = '0008'")
    con.close()
    stale = open_archive(str(db))  # every command opens the archive this way: it upgrades
    try:
        assert [hit.site for hit in search(stale, "quayline")] == ["quayside-ledger.example"]
        assert [hit.site for hit in search(stale, "izmir")] == ["quayside-ledger.example"]
    finally:
        stale.close()


@pytest.mark.parametrize(
    ("code", "stored"),
    [
        ("cmn", "zh"), ("yue", "zh"), ("wuu", "zh"), ("cmn-Hans-CN", "zh"),  # Chinese
        ("arb", "ar"), ("arz", "ar"), ("zsm", "ms"), ("pes", "fa"), ("swh", "sw"),
        ("ekk", "et"), ("lvs", "lv"), ("khk", "mn"),
        # a member with its own two-letter code stays itself; Serbo-Croatian is no stored
        # language; Norwegian is stored as Bokmål, Nynorsk stays Nynorsk
        ("nn", "nn"), ("nb", "nb"), ("no", "nb"), ("hr", "hr"), ("bs", "bs"),
        ("zh", "zh"), ("ar", "ar"), ("deu", "de"),
    ],
)
def test_a_language_named_by_its_macrolanguage_is_stored_as_it(code: str, stored: str) -> None:
    from clipper.declaredlanguage import known_language

    assert known_language(code) == stored


def test_lang_cmn_finds_the_chinese_pages(archive: Archive) -> None:
    """``--lang cmn`` (Mandarin, ISO 639-3) asks for the pages stored as ``zh``, as ``arb``
    (Standard Arabic) for ``ar``: they found nothing (newcomer 13)."""
    for code in ("cmn", "yue", "zh"):
        found = [h.site for h in search(archive, "轮渡", languages=[code])]
        assert found == ["donghai-wanbao.example"]
    found = [h.site for h in search(archive, "الميناء", languages=["arb"])]
    assert found == ["sahil-yawmi.example"]
    assert search(archive, "轮渡", languages=["ar"]) == []


def test_a_page_declaring_a_member_language_is_stored_under_its_macrolanguage(
    tmp_path: Path,
) -> None:
    """A page written ``<html lang="cmn">`` and one ``lang="yue"`` are Chinese pages: stored as
    ``zh``, found by ``--lang zh`` with the pages whose text says Chinese."""
    folder = _write(tmp_path / "pages")
    html = (folder / "zh-ferry.html").read_text(encoding="utf-8")
    (folder / "zh-ferry.html").write_text(html.replace('lang="zh-CN"', 'lang="cmn"'), "utf-8")
    opened = open_archive(str(tmp_path / "a.db"))
    try:
        dedupe(opened, [str(folder)], Config(workers=1))
        found = [h.site for h in search(opened, "轮渡", languages=["zh"])]
        assert found == ["donghai-wanbao.example"]
    finally:
        opened.close()


def test_upgrade_folds_arabic_and_hebrew_marks_and_stored_macrolanguages(tmp_path: Path) -> None:
    """Migration 0023: an archive indexed by the previous version (Arabic harakat and Hebrew
    niqqud kept in the index) and holding a page stored under ``cmn`` (a page declaring
    Mandarin) finds ``يشعل``, ``הנמל`` and that page by ``--lang zh`` after the upgrade."""
    import sqlite3

    folder = _write(tmp_path / "pages")
    db = tmp_path / "old.db"
    opened = open_archive(str(db))
    dedupe(opened, [str(folder)], Config(workers=1))
    opened.close()
    con = sqlite3.connect(db)
    with con:
        rows = con.execute(
            "SELECT id, title, text FROM pages WHERE site IN (?, ?)",
            ("sahil-yawmi.example", "hof-hayom.example"),
        ).fetchall()
        for page_id, title, body in rows:
            # as the previous version indexed them: words with their marks (no case to fold);
            # an external-content FTS5 entry is removed by the values it indexed
            con.execute(
                "INSERT INTO pages_fts (pages_fts, rowid, title, text) VALUES ('delete', ?, ?, ?)",
                (page_id, search_text(title), search_text(body)),
            )
            con.execute(
                "INSERT INTO pages_fts (rowid, title, text) VALUES (?, ?, ?)",
                (page_id, title, body),
            )
        con.execute("UPDATE pages SET language = 'cmn' WHERE site = 'donghai-wanbao.example'")
        con.execute("UPDATE alembic_version SET version_num = '0022'")
    con.close()
    stale = open_archive(str(db))  # every command opens the archive this way: it upgrades
    try:
        assert [hit.site for hit in search(stale, "يشعل")] == ["sahil-yawmi.example"]
        assert [hit.site for hit in search(stale, "הנמל")] == ["hof-hayom.example"]
        assert [hit.site for hit in search(stale, "轮渡", languages=["zh"])] == [
            "donghai-wanbao.example"
        ]
        assert [hit.site for hit in search(stale, "finance")] == ["harbourline-post.example"]
    finally:
        stale.close()


def test_upgrade_folds_arabic_letter_variants(tmp_path: Path) -> None:
    """Migration 0026: an archive indexed before Arabic letter variants were folded (alef
    forms, alef maksura and teh marbuta kept in the index) finds ``امال`` (``آمال``), ``الى``
    (``إلى``) and ``العباره`` (``العبّارة``) after the upgrade."""
    import sqlite3

    folder = _write(tmp_path / "pages")
    db = tmp_path / "old.db"
    opened = open_archive(str(db))
    dedupe(opened, [str(folder)], Config(workers=1))
    opened.close()
    con = sqlite3.connect(db)
    with con:
        rows = con.execute(
            "SELECT id, title, text FROM pages WHERE site = ?", ("sahil-yawmi.example",)
        ).fetchall()
        for page_id, title, body in rows:
            # as the previous version indexed them: the letters as written (marks folded)
            con.execute(
                "INSERT INTO pages_fts (pages_fts, rowid, title, text) VALUES ('delete', ?, ?, ?)",
                (page_id, search_text(title), search_text(body)),
            )
            con.execute(
                "INSERT INTO pages_fts (rowid, title, text) VALUES (?, ?, ?)",
                (page_id, _marks_folded(title), _marks_folded(body)),
            )
        con.execute("UPDATE alembic_version SET version_num = '0025'")
    con.close()
    stale = open_archive(str(db))  # every command opens the archive this way: it upgrades
    try:
        for query in ("امال", "الى", "العباره"):
            assert [hit.site for hit in search(stale, query)] == ["sahil-yawmi.example"], query
    finally:
        stale.close()


def _marks_folded(value: str) -> str:
    """Harakat, shadda and tatweel taken out, every letter kept as written."""
    import unicodedata

    kept = "".join(
        ch for ch in unicodedata.normalize("NFD", value)
        if not ("\u064b" <= ch <= "\u0652" or ch in "\u0670\u0640")
    )
    return unicodedata.normalize("NFC", kept)


def test_a_snippet_shows_as_much_text_in_every_script() -> None:
    """A snippet is ~90 characters around its match whatever the script: a Chinese or
    Japanese character is an index unit of its own, and a 14-unit window showed a dozen
    characters of a Japanese hit against a sentence of a German one (newcomer 21)."""
    from clipper.search import _SNIPPET_CHARS

    japanese = (
        "港町の市民プールが二年間の改修工事を終えて、今週の土曜日から再び利用できるように"
        "なります。新しいプールには車いすのまま水に入れるスロープが設けられ、更衣室も広く"
        "なりました。市の担当者によると、平日は夜九時まで開いており、中学生以下は無料です。"
    )
    korean = (
        "주라우항공은 다음 달부터 서울 노선을 다른 항공사에서 임차한 조종사와 함께 운항한다고 "
        "밝혔다. 회사는 조종사 파업으로 지난주 결항됐던 항공편의 승객에게 환불을 약속했다. "
        "다만 인천과 바르샤바를 잇는 노선은 다음 주까지 운항하지 않는다."
    )
    english = (
        "The harbour board of Tideland voted on Thursday evening to rebuild the north pier "
        "before the winter storms, after engineers found its timber supports rotten, and the "
        "work will close the ferry landing for eleven weeks from the start of March next year."
    )
    for text, word in ((japanese, "スロープ"), (korean, "결항됐던"), (english, "engineers")):
        marked = snippet(text, [query_tokens(word)], ("[", "]"), chars=_SNIPPET_CHARS)
        shown = marked.replace("[", "").replace("]", "").strip("…")
        assert f"[{word}" in marked, marked
        assert 0.6 * _SNIPPET_CHARS <= len(shown) <= _SNIPPET_CHARS, (len(shown), marked)
