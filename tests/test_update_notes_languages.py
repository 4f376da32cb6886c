"""An update above a story and a note that a story was updated, in the Middle East's languages
as in English (newcomer 39, finding 4).

A Hebrew page's next version opened with "עדכון: בשעות הערב מסרה החברה כי מועד הפתיחה נדחה
בשבוע…" ("Update: in the evening the company said the opening was put off by a week…"), and
the digest told it 'new lead: "עדכון: …"'.  That is the rule English has had since newcomer 17
(tests/test_digest.py: "Update: police have now named the two fishermen…" is the story's lead):
a paragraph headed "Update:" is the update's news, which the digest quotes; told "update
note added", the desk would not read what changed.  The rule now holds in Hebrew, Arabic,
Persian and Turkish by test.  What was missing is the note itself in those languages: "הכתבה
עודכנה …" ("the article was updated …"), "تم تحديث هذا الخبر …", "این خبر به‌روزرسانی شد",
"Bu haber güncellendi", "یہ خبر اپ ڈیٹ کی گئی" were told a new lead or a paragraph added, and
"בגרסה קודמת של הכתבה …" ("in an earlier version of the article …") no correction; an "Update:"
label over such a sentence is that note.  All texts invented."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clipper.digest.lead import lead_paragraph
from clipper.versionchanges import version_changes
from tests.test_digest import age_runs, digest_json, run

STORIES = {
    "he": [
        "הקו הירוק של הרכבת הקלה ייפתח לנוסעים בתחילת ינואר, כך הודיעה היום החברה המפעילה "
        "לאחר שהשלימה את ההרצות האחרונות של הקרונות.",
        "לדברי מנכ\"לית החברה, הקו באורך 17 קילומטרים יכלול 22 תחנות ויפעל בתדירות של שבע "
        "דקות בשעות השיא.",
        "העבודות על הקו נמשכו כחמש שנים, ובמהלכן נסגרו לסירוגין צירים מרכזיים בעיר.",
    ],
    "ar": [
        "أعلنت هيئة الميناء اليوم عن إطلاق مشروع محطة الحاويات الرابعة بتكلفة إجمالية تبلغ 2.4 "
        "مليار درهم، على أن تبدأ أعمال الإنشاء في الربع الأول من العام المقبل.",
        "وقال المدير العام للهيئة في مؤتمر صحفي إن المحطة الجديدة سترفع الطاقة الاستيعابية "
        "للميناء وستوفر نحو 1800 فرصة عمل مباشرة.",
        "وأشار إلى أن الهيئة وقعت اتفاقية مع ائتلاف من ثلاث شركات لتنفيذ الأعمال البحرية.",
    ],
    "fa": [
        "معاون شهرداری اعلام کرد سه ایستگاه جدید خط هفت مترو از روز شنبه هفته آینده به روی "
        "مسافران باز می‌شود و فاصله حرکت قطارها کاهش می‌یابد.",
        "وی در نشست خبری روز پنجشنبه گفت با بهره‌برداری از این ایستگاه‌ها روزانه حدود ۸۵ هزار "
        "مسافر به جمع مسافران خط هفت اضافه خواهند شد.",
        "ساکنان محله‌های اطراف ایستگاه‌های جدید سال‌ها برای تکمیل این پروژه انتظار کشیده‌اند.",
    ],
    "tr": [
        "Büyükşehir belediyesi, iki ilçe arasında yapılacak 19 kilometrelik metro hattının "
        "yapım ihalesinin ocak ayında yapılacağını açıkladı.",
        "Başkan yardımcısı, hattın 15 istasyondan oluşacağını ve tamamlandığında günde 240 "
        "bin yolcuya hizmet vereceğini söyledi.",
        "Hattın 2031 yılında hizmete girmesi planlanıyor.",
    ],
    "ur": [
        "بلدیہ نے کہا ہے کہ صنعتی علاقے میں سڑکوں کی مرمت کا کام مہینے کے آخر تک جاری رہے گا اور "
        "رات کے اوقات میں کچھ راستے بند رہیں گے۔",
        "ڈرائیوروں سے کہا گیا ہے کہ وہ متبادل راستے استعمال کریں اور رش کے اوقات میں سفر سے گریز "
        "کریں۔",
        "ٹریفک پولیس کے اہلکار بڑے چوراہوں پر تعینات ہوں گے۔",
    ],
    "en": [
        "The light rail's green line will open to passengers in early January, its operator "
        "said on Friday after the last test runs of its carriages.",
        "The 17-kilometre line will have 22 stops and run every seven minutes at peak hours, "
        "the company's chief executive said.",
        "Work on the line took five years, closing main roads in the city at times.",
    ],
}

# "Update:" and the update's news: a new lead, quoted
UPDATES = {
    "he": "עדכון: בשעות הערב מסרה החברה כי מועד הפתיחה נדחה בשבוע, בשל בדיקות בטיחות נוספות.",
    "ar": "تحديث: أكدت الهيئة في بيان مساء الجمعة أن التكلفة النهائية للمشروع سترتفع.",
    "fa": "به‌روزرسانی: شهرداری عصر امروز اعلام کرد بازگشایی ایستگاه‌ها یک هفته به تعویق افتاد.",
    "tr": "Güncelleme: Belediye akşam saatlerinde yaptığı açıklamada ihalenin ertelendiğini "
    "bildirdi.",
    "en": "Update: the operator said on Friday evening that the opening had been put off by a "
    "week for more safety checks.",
}

# a note that the story was updated (and what was added to it): an update note
NOTES = {
    "he": "הכתבה עודכנה ב-19:50 עם תגובת משרד התחבורה.",
    "ar": "تم تحديث هذا الخبر بإضافة تصريحات المدير العام.",
    "fa": "این خبر به‌روزرسانی شد و اظهارات شهردار به آن اضافه شد.",
    "tr": "Bu haber güncellendi, bakanlığın açıklaması eklendi.",
    "ur": "یہ خبر اپ ڈیٹ کی گئی ہے اور وزیر کا بیان شامل کیا گیا ہے۔",
    "en": "This story has been updated to add comment from the ministry.",
}
# the same note under an "Update:" label
LABELLED_NOTES = {
    "he": "עדכון: הכתבה עודכנה עם תגובת משרד התחבורה.",
    "tr": "Güncelleme: Haberimiz güncellendi, bakanlığın açıklaması eklendi.",
    "en": "Update: This story has been updated to add comment from the ministry.",
}
# a correction's sentence: a correction
CORRECTIONS = {
    "he": "בגרסה קודמת של הכתבה נכתב בטעות כי הקו ייפתח בפברואר.",
    "ar": "في نسخة سابقة من هذا الخبر ورد خطأ أن التكلفة تبلغ 2.2 مليار درهم.",
    "fa": "در نسخه قبلی این خبر به اشتباه آمده بود که ایستگاه‌ها در دی ماه باز می‌شوند.",
    "tr": "Haberin önceki sürümünde ihale tarihi yanlış yazılmıştı.",
}


def _text(paragraphs: list[str]) -> str:
    return "\n\n".join(paragraphs)


@pytest.mark.parametrize("language", sorted(UPDATES))
def test_an_update_heading_a_story_is_its_new_lead(language: str) -> None:
    story, update = STORIES[language], UPDATES[language]
    said = version_changes("T", _text(story), "T", _text([update, *story]), lead_chars=400)
    assert said == [f'new lead: "{update}"']
    # and the story's lead in the digest
    assert lead_paragraph(_text([update, *story]), 400) == update


@pytest.mark.parametrize("language", sorted(NOTES))
def test_a_note_that_the_story_was_updated_is_an_update_note(language: str) -> None:
    story, note = STORIES[language], NOTES[language]
    assert version_changes("T", _text(story), "T", _text([*story, note])) == ["update note added"]
    # above the story too: no new lead, and no lead of the digest's
    assert version_changes("T", _text(story), "T", _text([note, *story])) == ["update note added"]
    assert lead_paragraph(_text([note, *story]), 400) == story[0]


@pytest.mark.parametrize("language", sorted(LABELLED_NOTES))
def test_an_update_label_over_a_note_s_sentence_is_that_note(language: str) -> None:
    story, note = STORIES[language], LABELLED_NOTES[language]
    assert version_changes("T", _text(story), "T", _text([note, *story])) == ["update note added"]


@pytest.mark.parametrize("language", sorted(CORRECTIONS))
def test_an_earlier_version_s_error_is_a_correction(language: str) -> None:
    story, note = STORIES[language], CORRECTIONS[language]
    assert version_changes("T", _text(story), "T", _text([*story, note])) == ["correction added"]


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("he", "הכתבה המלאה תפורסם מחר במהדורת סוף השבוע של העיתון."),
        ("ar", "الخبر الذي نشرته الوكالة أثار جدلا واسعا في الأوساط الاقتصادية."),
        ("tr", "Haber merkezimize ulaşan bilgiye göre ihale ocak ayında yapılacak."),
    ],
)
def test_a_story_s_sentence_about_an_article_stays_news(language: str, line: str) -> None:
    story = STORIES[language]
    said = version_changes("T", _text(story), "T", _text([line, *story]))
    assert said[0].startswith("new lead")


def test_the_digest_quotes_a_hebrew_update_as_the_new_lead(tmp_path: Path) -> None:
    """newcomer 39's page: night 2 puts "עדכון: …" above the same story at the same address."""
    url = "https://hadashot.example/news/article/88421"
    db = tmp_path / "desk.db"
    for night, paragraphs in enumerate(
        (STORIES["he"], [UPDATES["he"], *STORIES["he"]]), start=1
    ):
        dump = tmp_path / f"night{night}.jsonl"
        record = {"url": url, "title": "הקו הירוק ייפתח בינואר", "language": "he",
                  "published": "2026-12-04T12:20:00Z", "text": _text(paragraphs)}  # fmt: skip
        dump.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
        assert run(db, "dedupe", "--workers", "1", str(dump)).exit_code == 0
        if night == 1:
            age_runs(db, hours=48)
    (story,) = [s for g in digest_json(db, "--since", "24h")["groups"] for s in g["stories"]]
    (update,) = story["updates"]
    assert update["changes"][0].startswith('new lead: "עדכון: בשעות הערב מסרה החברה')
    assert "update note added" not in update["changes"]
