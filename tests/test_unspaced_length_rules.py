"""The length rules of site templates, versions and photo captions count a script written
without spaces (Chinese, Japanese, Thai, Lao, Khmer, Myanmar) as the too-short verdict and an
HTML page's length count it (clipper.scripts.words_in), not by its spaces: a Chinese page of
300 words held "4 words" (its lines), so a site's template line was never cut from it (a page
left with fewer than min_article_words keeps every line); two extractors' readings of one
capture, one a sentence short, were two versions of the page; a paywall stub keeping a
one-line label the whole text lost held "80 %" of the text (a label weighed what a paragraph
does).  Invented articles of invented outlets."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from clipper.captions import is_caption
from clipper.changes import held_share
from clipper.templates import cut_template, line_key, short_line_keys
from tests.conftest import build

# Each script: an article's paragraphs (none of them ending in a space), a stub's label the
# article lost, and a line of the site's furniture (none ends like a sentence).
SCRIPTS = {
    "zh": (
        [
            "江口县新建的跨江大桥于周五正式通车，两岸居民往返所需时间从一个小时缩短到十五分钟。",
            "县交通局表示，大桥全长一千二百米，双向四车道，并设有人行道和自行车道，总投资约九亿元。",
            "通车当天，不少居民步行上桥参观，桥下运营了四十年的渡口也在同一天停止运营。",
            "交通局说，原来的两艘渡船将改为旅游观光船，明年春天起继续在江上航行。",
        ],
        "订阅后阅读全文",
        "江口日报城市版 本版编辑 李晓梅",
    ),
    "ja": (
        [
            "港町の夏祭りが三年ぶりに開かれ、二日間で約五万人が訪れたと実行委員会が発表した。",
            "花火大会には家族連れが多く集まり、海岸沿いの道路は夜遅くまでにぎわった。",
            "実行委員会は来年以降も規模を広げて開催する方針で、駐車場の増設も検討している。",
            "地元の商店街では売り上げが例年の二倍になった店もあるという。",
        ],
        "続きは会員登録で",
        "みなと新聞 地域ニュース面 毎週金曜掲載",
    ),
    "th": (
        [
            "สภาเทศบาลเมืองริมน้ำอนุมัติงบประมาณสร้างสะพานคนเดินข้ามแม่น้ำแห่งใหม่เมื่อวันศุกร์ "
            "หลังจากชาวบ้านสองฝั่งเรียกร้องมานานกว่าสิบปี",
            "นายกเทศมนตรีกล่าวว่าการก่อสร้างจะเริ่มในเดือนมีนาคมและใช้เวลาประมาณสิบแปดเดือน "
            "โดยสะพานจะมีทางจักรยานและไฟส่องสว่างตลอดแนว",
            "ผู้ประกอบการเรือข้ามฟากกล่าวว่าจะปรับเส้นทางเดินเรือไปให้บริการนักท่องเที่ยวแทน "
            "เมื่อสะพานเปิดใช้งาน",
            "ชาวบ้านหลายคนกล่าวว่าสะพานจะช่วยให้เด็กนักเรียนเดินทางไปโรงเรียนได้ปลอดภัยมากขึ้น "
            "โดยเฉพาะในฤดูฝน",
        ],
        "สมัครสมาชิกเพื่ออ่านต่อ",
        "ริมน้ำนิวส์ หน้าข่าวท้องถิ่น บรรณาธิการ สมชาย",
    ),
    "lo": (
        [
            "ສະພາເມືອງລິມນ້ຳໄດ້ອະນຸມັດງົບປະມານສ້າງຂົວຂ້າມແມ່ນ້ຳແຫ່ງໃໝ່ໃນວັນສຸກ "
            "ຫຼັງຈາກທີ່ປະຊາຊົນສອງຝັ່ງໄດ້ຮຽກຮ້ອງມາເປັນເວລາຫຼາຍກວ່າສິບປີ",
            "ເຈົ້າເມືອງກ່າວວ່າການກໍ່ສ້າງຈະເລີ່ມໃນເດືອນມີນາແລະໃຊ້ເວລາປະມານສິບແປດເດືອນ "
            "ໂດຍຂົວຈະມີທາງລົດຖີບແລະໄຟສ່ອງແສງຕະຫຼອດເສັ້ນທາງ",
            "ຜູ້ປະກອບການເຮືອຂ້າມຟາກກ່າວວ່າຈະປັບເສັ້ນທາງໄປໃຫ້ບໍລິການນັກທ່ອງທ່ຽວແທນ "
            "ເມື່ອຂົວເປີດໃຊ້ງານ",
        ],
        "ສະໝັກສະມາຊິກເພື່ອອ່ານຕໍ່",
        "ຕິດຕາມຂ່າວສານໄດ້ທີ່ເພຈຂອງພວກເຮົາ",
    ),
    "km": (
        [
            "ក្រុមប្រឹក្សាក្រុងបានអនុម័តថវិកាសម្រាប់សាងសង់ស្ពានថ្មើរជើងឆ្លងទន្លេថ្មីកាលពីថ្ងៃសុក្រ "
            "បន្ទាប់ពីប្រជាពលរដ្ឋទាំងសងខាងបានទាមទារអស់រយៈពេលជាងដប់ឆ្នាំ",
            "អភិបាលក្រុងបាននិយាយថាការសាងសង់នឹងចាប់ផ្ដើមនៅខែមីនានិងប្រើពេលប្រហែលដប់ប្រាំបីខែ "
            "ហើយស្ពាននេះនឹងមានផ្លូវកង់និងភ្លើងបំភ្លឺពេញមួយខ្សែ",
            "ម្ចាស់ទូកចម្លងបាននិយាយថានឹងផ្លាស់ប្ដូរសេវាកម្មទៅបម្រើភ្ញៀវទេសចរវិញ "
            "នៅពេលស្ពានបើកដំណើរការ",
        ],
        "ជាវដើម្បីអានបន្ត",
        "តាមដានព័ត៌មានបន្ថែមនៅលើទំព័ររបស់យើង",
    ),
    "my": (
        [
            "မြို့တော်ကောင်စီသည် မြစ်ကိုဖြတ်ကျော်မည့် လူသွားတံတားအသစ်တစ်စင်းတည်ဆောက်ရန် "
            "ဘတ်ဂျက်ကို သောကြာနေ့တွင် အတည်ပြုခဲ့ပြီး ကမ်းနှစ်ဖက်ရှိ ဒေသခံများက ဆယ်နှစ်ကျော်ကြာ "
            "တောင်းဆိုခဲ့ကြသည်",
            "မြို့တော်ဝန်က တည်ဆောက်ရေးလုပ်ငန်းကို မတ်လတွင် စတင်မည်ဖြစ်ပြီး ဆယ့်ရှစ်လခန့် "
            "ကြာမြင့်မည်ဟု ပြောကြားခဲ့ပြီး တံတားပေါ်တွင် စက်ဘီးလမ်းနှင့် မီးများ တပ်ဆင်မည်ဖြစ်သည်",
            "ကူးတို့လှေပိုင်ရှင်များက တံတားဖွင့်လှစ်ပြီးနောက် ခရီးသွားများအတွက် "
            "ဝန်ဆောင်မှုပေးရန် လမ်းကြောင်းပြောင်းမည်ဟု ဆိုသည်",
        ],
        "ဆက်ဖတ်ရန် စာရင်းသွင်းပါ",
        "ကျွန်ုပ်တို့၏ စာမျက်နှာတွင် သတင်းများကို ဆက်လက်ကြည့်ရှုပါ",
    ),
}


@pytest.mark.parametrize("lang", SCRIPTS)
def test_a_stub_keeping_a_label_is_held_by_the_article(lang: str) -> None:
    """A paywall's stub holding the article's paragraphs and a one-line label the whole text
    lost holds 90 % of its words or more (the label is a few words, not a paragraph's worth),
    and a stub whose paragraphs were rewritten holds what is left of it."""
    paragraphs, label, _ = SCRIPTS[lang]
    whole = "\n".join(paragraphs)
    assert held_share(whole, "\n".join([*paragraphs, label])) >= 0.9
    rewritten = "\n".join([paragraphs[0], label, paragraphs[1][::-1]])
    assert held_share(whole, rewritten) < 0.6


@pytest.mark.parametrize("lang", SCRIPTS)
def test_a_site_template_line_is_cut_from_an_unspaced_page(lang: str) -> None:
    """A page of the article and its site's furniture line, which the site's template holds:
    the line is cut (the article keeps its min_article_words); an article paragraph is no
    template line (a Thai paragraph of 40 words has a space or two and no full stop)."""
    paragraphs, _, furniture = SCRIPTS[lang]
    page = "\n".join([*paragraphs, furniture])
    assert line_key(furniture) in short_line_keys(page, max_words=20)
    assert not any(line_key(p) in short_line_keys(page, max_words=20) for p in paragraphs)
    text, cut = cut_template(page, [line_key(furniture)], max_words=20, min_words=25)
    assert text == "\n".join(paragraphs) and cut is not None
    assert [line for _, line in json.loads(cut)] == [furniture]


def test_a_short_unspaced_page_keeps_its_lines() -> None:
    """Guard: a page left with fewer than min_words words keeps every line, in Chinese too."""
    paragraphs, _, furniture = SCRIPTS["zh"]
    page = "\n".join([paragraphs[0], furniture])
    assert cut_template(page, [line_key(furniture)], max_words=20, min_words=50) == (page, None)


def _site_records(lang: str, site: str) -> list[dict[str, str]]:
    """Five pages of one site, each two of its paragraphs (the first cut by a few letters,
    so no two pages are one text) with the site's furniture line between them."""
    paragraphs, _, furniture = SCRIPTS[lang]
    return [
        {
            "url": f"https://{site}/news/{n}", "title": f"{paragraphs[n % 4][:12]} {n}",
            "text": "\n\n".join([paragraphs[n % 4][n:], furniture, paragraphs[(n + 1) % 4]]),
            "date_publish": f"2026-12-0{n + 1}T08:00:00Z",
        }
        for n in range(5)
    ]


@pytest.mark.parametrize(("lang", "site"), [
    ("zh", "jiangkou-daily.example"), ("ja", "minato-shimbun.example.jp"),
    ("th", "rimnam-news.example"),
])
def test_a_sites_furniture_line_is_cut_from_its_unspaced_pages(
    tmp_path: Path, lang: str, site: str
) -> None:
    """Five pages of a Chinese, Japanese or Thai site carrying its furniture line: once the
    line is the site's template it is cut from every one of them, as from English pages (the
    reading of one Japanese page drops it before: four cut at least)."""
    records = _site_records(lang, site)
    dump = tmp_path / "site.jsonl"
    dump.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                    encoding="utf-8")
    archive, summary = build(tmp_path / "a.db", [dump])
    archive.close()
    assert summary.stored == 5, summary.as_dict()
    furniture = SCRIPTS[lang][2]
    con = sqlite3.connect(tmp_path / "a.db")
    try:
        rows = con.execute("SELECT text, template_lines FROM pages").fetchall()
    finally:
        con.close()
    assert not [text for text, _ in rows if furniture in text]
    cuts = [json.loads(cut) for _, cut in rows if cut is not None]
    assert len(cuts) >= 4 and all([line for _, line in cut] == [furniture] for cut in cuts)


@pytest.mark.parametrize("lang", ["zh", "ja", "th"])
def test_two_readings_of_one_capture_a_sentence_apart_are_one_version(
    tmp_path: Path, lang: str
) -> None:
    """A crawler's record and another extractor's record of one fetch (same address, fetch
    time and headline), the second a sentence short at its end: one text of the page (the
    shorter numbered 0, no version), not an edit made within the fetch."""
    paragraphs, _, _ = SCRIPTS[lang]
    whole = "\n\n".join(paragraphs)
    last = paragraphs[-1]
    shorter = "\n\n".join([*paragraphs[:-1], last[: len(last) * 2 // 3]])
    url = "https://capture.example/news/2026/12/03/bridge"
    dump = tmp_path / "night.jsonl"
    dump.write_text("".join(
        json.dumps({"url": url, "title": paragraphs[0][:16], "text": text, "id": n,
                    "date_publish": "2026-12-03T06:00:00Z",
                    "date_download": "2026-12-03T09:00:00Z"}, ensure_ascii=False) + "\n"
        for n, text in enumerate((whole, shorter))
    ), encoding="utf-8")
    archive, _ = build(tmp_path / "a.db", [dump])
    archive.close()
    con = sqlite3.connect(tmp_path / "a.db")
    try:
        versions = con.execute("SELECT version FROM pages ORDER BY version").fetchall()
    finally:
        con.close()
    assert [v for (v,) in versions if v] == [1], versions


@pytest.mark.parametrize(
    "caption",
    [
        "渋谷駅前のスクランブル交差点を渡る買い物客と観光客 Tokyo, Sunday, July 15, 2018",
        "江口县跨江大桥通车当天步行上桥参观的居民们 Jiangkou, Friday, Dec. 4, 2026",
        "ชาวบ้านเดินข้ามสะพานแห่งใหม่ในวันเปิดใช้งาน Rimnam, Friday, Dec. 4, 2026",
    ],
)
def test_a_caption_in_an_unspaced_script_is_a_caption(caption: str) -> None:
    """An agency's photo caption written in Japanese, Chinese or Thai with its English
    dateline: 14 words or more as a length rule counts them, a caption."""
    assert is_caption(caption)
    # guard: the same date in a line of a few words is a headline's, not a caption's
    assert not is_caption("大桥通车 Friday, Dec. 4, 2026")



# A longer Chinese article: the bridge story and four more of its paragraphs.
BRIDGE = [
    *SCRIPTS["zh"][0],
    "大桥建设历时三年，期间克服了汛期施工和地质条件复杂等多项困难，共有一千多名工人参与建设。",
    "县里还计划在大桥两端修建停车场和公交换乘站，方便周边乡镇居民乘车前往县城和火车站。",
    "不少在外地工作的年轻人专程赶回家乡，在桥上拍照留念，称家乡这几年的变化让人感到自豪。",
    "交通局提醒市民，大桥通车初期车流量较大，请驾驶员遵守限速规定，注意行车安全和文明出行。",
]
# The site's next story, which its page sends along in a JSON island for infinite scroll.
NEXT_STORY = [
    "江口县第一中学的新图书馆于本周一对学生开放，馆内藏书超过八万册，并设有电子阅览室。",
    "校长表示，图书馆周末也将向附近居民开放，希望它成为全县读书活动的新中心。",
]


def _html_page(paragraphs: list[str], island: str = "") -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        '<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8">'
        "<title>跨江大桥正式通车 | 江口日报</title></head><body><article><h1>跨江大桥正式通车</h1>"
        f"{body}</article>{island}</body></html>"
    ).encode()


def _island(paragraphs: list[str]) -> str:
    markup = "".join(f"<p>{p}</p>" for p in paragraphs)
    value = json.dumps({"nextArticle": {"body": markup}}, ensure_ascii=False)
    return f'<script type="application/json" id="infinite-scroll">{value}</script>'


def _clean_html(page: bytes) -> str:
    from clipper.clean import clean_page
    from clipper.config import CleanConfig
    from clipper.page import Article, RawPage

    result = clean_page(
        RawPage(origin="t", kind="html", body=page, url="https://jiangkou-daily.example/a/1"),
        CleanConfig(),
    )
    assert isinstance(result, Article), result
    return result.text


def test_a_whole_chinese_article_is_no_stub_for_a_json_islands_story() -> None:
    """A Chinese page showing its whole article (about 170 words, no space) is no stub whose
    rest a JSON island holds: the site's next story sent along for infinite scroll stays out
    of it (it counted 8 "words" and the island's story was read after its last paragraph)."""
    text = _clean_html(_html_page(BRIDGE, _island(NEXT_STORY)))
    assert text.split("\n") == BRIDGE


def test_a_chinese_stub_still_reads_its_rest_from_an_island() -> None:
    """Guard: a page showing two paragraphs of its story, the rest in the island's body, is a
    stub, in Chinese as in English: the rest is read after them."""
    text = _clean_html(_html_page(BRIDGE[:2], _island(BRIDGE[2:])))
    assert text.split("\n") == BRIDGE


@pytest.mark.parametrize(
    ("lang", "paragraphs"), [("zh", BRIDGE), ("th", SCRIPTS["th"][0])], ids=["zh", "th"]
)
def test_the_default_settings_are_tried_when_precision_found_a_third(
    monkeypatch: pytest.MonkeyPatch, lang: str, paragraphs: list[str]
) -> None:
    """trafilatura's precision settings keep the first paragraphs of a Chinese or Thai article
    (an article's length, under 150 words) while the page's paragraphs hold three times the
    words: the default settings are tried and their whole text kept, as on an English page
    (the page's <p> words were counted by their spaces, a few, and nothing was retried)."""
    from clipper import extraction

    real = extraction.extract_html
    kept = "\n".join(paragraphs[: 2 if lang == "zh" else 1])

    def precision_finds_the_first(body: object, url: str | None, fetched_at: str | None = None,
                                  **kw: object) -> object:
        doc = real(body, url, fetched_at, **kw)
        if kw == {"with_metadata": False} and not isinstance(body, str) and doc is not None:
            doc.text = kept
        return doc

    monkeypatch.setattr(extraction, "extract_html", precision_finds_the_first)
    page = _html_page(paragraphs).replace(b'lang="zh"', f'lang="{lang}"'.encode())
    assert _clean_html(page).split("\n") == paragraphs
