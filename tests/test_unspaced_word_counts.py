"""Length rules count the words of a script written without spaces (Thai, Lao, Khmer, Myanmar,
Chinese, Japanese) as an HTML page's length is counted (clipper.scripts.words_in,
count_words), not by its spaces: a whole Thai article ending its last quote with "…" was
a feed's excerpt of 13 "words" (its spaces) and stored as a reading cut short; a Thai lead
sentence opening with its date and time, 60 words with 8 spaces, was a dateline and dropped.
Invented articles."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from clipper.excerpts import excerpt_of
from clipper.scripts import count_words, words_in
from clipper.textedges import is_dateline
from tests.conftest import build

ARTICLES = {
    "th": (
        "น้ำท่วมเชียงใหม่",
        [
            "ฝนตกหนักต่อเนื่องทำให้น้ำท่วมหลายอำเภอในจังหวัดเชียงใหม่เมื่อวันอังคาร "
            "เจ้าหน้าที่เร่งอพยพประชาชนกว่าสองพันครัวเรือนไปยังศูนย์พักพิงชั่วคราว",
            "กรมอุตุนิยมวิทยาคาดว่าฝนจะตกต่อเนื่องอีกสามวัน "
            "และขอให้ประชาชนในพื้นที่ลุ่มต่ำเฝ้าระวังอย่างใกล้ชิด",
            "โรงเรียนหลายแห่งประกาศปิดการเรียนการสอนชั่วคราว "
            "ขณะที่ถนนสายหลักบางเส้นทางไม่สามารถสัญจรได้",
            "หน่วยกู้ภัยนำเรือท้องแบนเข้าช่วยเหลือผู้สูงอายุและเด็กที่ติดอยู่ในบ้านเรือนที่ถูกน้ำท่วมสูง",
            "นายกเทศมนตรีกล่าวว่าเทศบาลได้เตรียมถุงยังชีพและน้ำดื่มไว้สำหรับผู้ประสบภัยกว่าห้าพันชุด",
            "ผู้ว่าราชการจังหวัดกล่าวว่าจะเสนอให้ประกาศเป็นพื้นที่ภัยพิบัติเพื่อเร่งการช่วยเหลือ "
            "และยังกล่าวอีกว่า…",
        ],
    ),
    "zh": (
        "暴雨致多地内涝",
        [
            "连续暴雨导致市区多条道路积水严重，交通一度中断，部分地铁站临时关闭。",
            "气象部门表示未来三天仍有强降雨，提醒市民减少外出，注意防范山洪和地质灾害。",
            "多所学校宣布停课一天，部分企业安排员工居家办公，公交线路临时调整。",
            "消防救援人员出动冲锋舟，转移被困的老人和儿童，目前暂无人员伤亡报告。",
            "市政府已启动应急响应，调集排水设备和救灾物资，全力保障市民生活。",
            "市长在现场表示，将尽快恢复交通和供电，并对受灾商户给予补助……",
        ],
    ),
    "ja": (
        "大雨で各地に浸水",
        [
            "記録的な大雨により市内の道路が冠水し、交通機関が一時運転を見合わせた。",
            "気象台は今後三日間も強い雨が続く見込みだとして、土砂災害への警戒を呼びかけている。",
            "市内の小中学校は臨時休校となり、一部の企業は社員に自宅待機を指示した。",
            "消防はボートを使って住宅に取り残された高齢者や子どもを救助した。",
            "市は災害対策本部を設置し、排水ポンプ車や救援物資の手配を進めている。",
            "市長は記者会見で、被害の全容把握を急ぐとともに、住民の生活再建を支援すると述べ…",
        ],
    ),
    "km": (
        "ភ្លៀងធ្លាក់ខ្លាំង",
        [
            "ភ្លៀងធ្លាក់ខ្លាំងបណ្តាលឱ្យមានទឹកជំនន់នៅក្នុងខេត្តជាច្រើនកាលពីថ្ងៃអង្គារ",
            "អាជ្ញាធរបានជម្លៀសប្រជាជនជាងពីរពាន់គ្រួសារទៅកាន់ទីជម្រកបណ្តោះអាសន្ន",
            "ក្រសួងធនធានទឹកព្យាករថាភ្លៀងនឹងបន្តធ្លាក់រយៈពេលបីថ្ងៃទៀត",
            "សាលារៀនជាច្រើនត្រូវបានបិទជាបណ្តោះអាសន្ន ហើយផ្លូវធំៗមួយចំនួនមិនអាចធ្វើដំណើរបាន",
            "ក្រុមសង្គ្រោះបានប្រើទូកដើម្បីជួយសង្គ្រោះមនុស្សចាស់និងកុមារដែលជាប់នៅក្នុងផ្ទះ",
            "អភិបាលខេត្តបាននិយាយថានឹងស្នើសុំជំនួយបន្ទាន់ពីរដ្ឋាភិបាល ហើយបានបន្ថែមថា…",
        ],
    ),
}


def _dump(folder: Path, lang: str) -> None:
    title, paragraphs = ARTICLES[lang]
    (folder / f"{lang}.txt").write_text(title + "\n\n" + "\n\n".join(paragraphs) + "\n",
                                        encoding="utf-8")
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    (folder / f"{lang}.html").write_text(
        f'<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head>'
        f"<body><article><h1>{title}</h1>{body}</article></body></html>",
        encoding="utf-8",
    )


@pytest.mark.parametrize("lang", sorted(ARTICLES))
def test_a_whole_article_ending_in_an_ellipsis_is_no_feed_excerpt(lang: str) -> None:
    paragraphs = ARTICLES[lang][1]
    assert count_words("\n".join(paragraphs)) > 60
    assert excerpt_of(paragraphs, 60) is None
    # a feed's teaser of the same article, its first sentence cut with an ellipsis, still is
    teaser = [paragraphs[0][: len(paragraphs[0]) // 2] + "…"]
    assert excerpt_of(teaser, 60) == [teaser[0][:-1]]


def test_whole_articles_in_unspaced_scripts_are_stored_whole_from_dumps_and_pages(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "night"
    folder.mkdir()
    for lang in ARTICLES:
        _dump(folder, lang)
    archive, _ = build(tmp_path / "a.db", [folder])
    try:
        with archive.engine.connect() as connection:
            rows = connection.execute(text("SELECT origin, partial FROM pages")).all()
    finally:
        archive.close()
    stored = {Path(origin).name: partial for origin, partial in rows}
    # each dump and its page: one text, stored whole (one of them an exact copy of the other)
    assert len(stored) == 2 * len(ARTICLES), stored
    assert all(partial is None for partial in stored.values()), stored


@pytest.mark.parametrize(
    "line",
    [
        "เมื่อวันที่ 4 ธันวาคม 2569 เวลา 10:30 น. ฝนตกหนักต่อเนื่องทำให้น้ำท่วมหลายอำเภอในจังหวัด"
        "เชียงใหม่ เจ้าหน้าที่เร่งอพยพประชาชนกว่าสองพันครัวเรือนไปยังศูนย์พักพิงชั่วคราว",
        "2026年12月4日 10:30 连续暴雨导致市区多条道路积水严重，交通一度中断，部分地铁站临时关闭，"
        "气象部门表示未来三天仍有强降雨",
        "2026年12月4日 10:30 記録的な大雨により市内の道路が冠水し、交通機関が一時運転を見合わせ、"
        "気象台は警戒を呼びかけている",
    ],
)
def test_a_lead_sentence_opening_with_its_date_is_no_dateline(line: str) -> None:
    assert words_in(line) > 12
    assert not is_dateline(line)


@pytest.mark.parametrize(
    "line", ["4 ธ.ค. 2569 10:30 น.", "2026年12月04日 10:30 来源：新华社", "2026-12-04 10:30"]
)
def test_a_dateline_in_those_scripts_stays_one(line: str) -> None:
    assert is_dateline(line)


def test_words_in_counts_spaced_text_by_its_spaces() -> None:
    assert words_in("Ferry – berth approved · Eskmouth") == 6  # a dash and a dot are tokens
    assert words_in("  ") == 0
    assert words_in("ฝนตกหนัก") == count_words("ฝนตกหนัก") == 2
