"""Local briefs of one set of frames and other places are other stories, in a script without
case and with a place opening every sentence (newcomer 37, finding 7).

A site's local items write one set of sentence frames with another place and other figures:
Spanish and Russian items were template instances (their places are capitalised inside a
sentence, so a frame masks them) and stories of their own, while Arabic, Persian and Hebrew
items (no capitals) and Turkish ones (the place opening every sentence) were no instances of
any template and chained into one story.  :func:`clipper.stories.instances.recurring_names`
finds such a place by standing in most of the article's lines.  Every text is invented.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest

from clipper.stories.eventnames import rare_names
from tests.storyevents import night_stories

FRAMES = {
    "ar": (
        "افتتحت بلدية {p} سوقا أسبوعيا للمنتجات الريفية يضم {n} كشكا.",
        "وقالت البلدية إن السوق في {p} سيفتح كل يوم جمعة من الصباح حتى الظهر.",
        "وأعلنت مديرية التربية في {p} عن ترميم {n} فصول دراسية قبل بداية الفصل الثاني.",
        "ويشكو سكان {p} من انقطاع الكهرباء المتكرر منذ بداية الشتاء.",
        "وتنظم جمعية الشباب في {p} دورة لكرة الطاولة يشارك فيها {n} لاعبا.",
    ),
    "he": (
        "המועצה ב{p} פתחה שוק שבועי לתוצרת חקלאית עם {n} דוכנים.",
        "לדברי המועצה, השוק ב{p} ייפתח בכל יום שישי מהבוקר ועד הצהריים.",
        "משרד החינוך הודיע על שיפוץ {n} כיתות לימוד ב{p} לפני תחילת המחצית השנייה.",
        "תושבי {p} מתלוננים על הפסקות חשמל חוזרות מאז תחילת החורף.",
        "מועדון הנוער של {p} מארגן טורניר טניס שולחן שישתתפו בו {n} שחקנים.",
    ),
    "fa": (
        "شهرداری {p} یک بازار هفتگی برای محصولات روستایی با {n} غرفه افتتاح کرد.",
        "به گفته شهرداری، بازار {p} هر جمعه از صبح تا ظهر باز است.",
        "اداره آموزش و پرورش {p} از بازسازی {n} کلاس درس پیش از آغاز نیمسال دوم خبر داد.",
        "ساکنان {p} از قطعی‌های مکرر برق از آغاز زمستان گلایه دارند.",
        "انجمن جوانان {p} یک مسابقه تنیس روی میز با حضور {n} بازیکن برگزار می‌کند.",
    ),
    "tr": (
        "{p} belediyesi kırsal ürünler için {n} tezgahlı haftalık bir pazar açtı.",
        "{p} pazarı her cuma sabahtan öğlene kadar açık olacak.",
        "{p} ilçe milli eğitim müdürlüğü ikinci dönemden önce {n} dersliği yeniledi.",
        "{p} sakinleri kışın başından beri süren elektrik kesintilerinden şikayetçi.",
        "{p} gençlik derneği {n} oyuncunun katılacağı bir masa tenisi turnuvası düzenliyor.",
    ),
}  # fmt: skip
PLACES = {
    "ar": ("مرج الريحان", "قرية السنديان", "تل الحمام"),
    "he": ("עין הערבה", "כפר האלה", "גבעת הרימון"),
    "fa": ("کوهسار نو", "دره انجیر", "چشمه ماهی"),
    "tr": ("Kuruçay", "Ilıcaköy", "Gökpınar"),
}
NUMBERS = ((34, 12, 60), (18, 7, 25), (52, 9, 41))

# Two outlets' own reports of one fire in one place: one story, beside the briefs.
FIRE = [
    ("sawtalwadi.example", "حريق يلتهم مستودعا للأخشاب في دير الكرمة",
     "اندلع حريق كبير فجر اليوم في مستودع للأخشاب على أطراف دير الكرمة، وتمكنت فرق الدفاع "
     "المدني من السيطرة عليه بعد أربع ساعات. ولم يسفر الحريق عن إصابات، لكن الخسائر المادية "
     "قدرت بنحو مليون دينار.\nوقال صاحب المستودع إن النيران امتدت بسرعة بسبب الرياح القوية."),
    ("akhbaralrif.example", "الدفاع المدني يسيطر على حريق مستودع الأخشاب في دير الكرمة",
     "سيطرت فرق الدفاع المدني على حريق اندلع في مستودع للأخشاب في دير الكرمة بعد ساعات من "
     "العمل. وأوضح مسؤول في الدفاع المدني أن الرياح القوية ساعدت على انتشار النيران داخل "
     "المستودع.\nولم تسجل أي إصابات بشرية، فيما تجاوزت الخسائر مليون دينار بحسب التقديرات "
     "الأولى."),
]  # fmt: skip


def _briefs(language: str) -> list[dict[str, Any]]:
    records = []
    for i, (place, (a, b, c)) in enumerate(zip(PLACES[language], NUMBERS, strict=True)):
        first, second, third, fourth, fifth = FRAMES[language]
        sentences = [
            first.format(p=place, n=a), second.format(p=place), third.format(p=place, n=b),
            fourth.format(p=place), fifth.format(p=place, n=c),
        ]
        records.append({
            "url": f"https://local{i}.example/{language}/brief-{i}",
            "title": sentences[0].rstrip("."),
            "text": " ".join(sentences[:3]) + "\n" + " ".join(sentences[3:]),
            "language": language, "published": f"2026-11-20T{8 + i}:00:00+00:00",
        })  # fmt: skip
    return records


@pytest.mark.parametrize("language", ["ar", "he", "fa", "tr"])
def test_briefs_of_other_places_are_stories_of_their_own(tmp_path: Path, language: str) -> None:
    records = _briefs(language)
    if language == "ar":
        records += [
            {"url": f"https://{site}/local/fire", "title": title, "text": text,
             "language": "ar", "published": "2026-11-20T12:00:00+00:00"}
            for site, title, text in FIRE
        ]  # fmt: skip
    story = night_stories(tmp_path, records)
    ids = [story[r["url"]] for r in records]
    # three places' briefs: three stories (they were one)
    assert len(set(ids[:3])) == 3
    if language == "ar":  # two reports of one fire are still its story, apart from the briefs
        assert ids[3] == ids[4]
        assert ids[3] not in ids[:3]


def test_a_word_of_no_case_is_a_name_only_where_it_recurs() -> None:
    # rare words of an Arabic text: no capital marks them, so none is a name by itself ...
    found = rare_names(["مستودع", "السنديان"], np.array([5.0, 6.5]), set(), 4.0)
    assert found == []
    # ... but the place its lines name again and again is
    assert rare_names(["مستودع", "السنديان"], np.array([5.0, 6.5]), set(), 4.0,
                      frozenset({"السنديان"})) == ["السنديان"]  # fmt: skip
    # a capitalised word never written in lower case is a name, as before
    assert rare_names(["yanque"], np.array([6.5]), set(), 4.0) == ["yanque"]
