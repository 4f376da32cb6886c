"""A declared language written in a script the language identifier does not know it in keeps its
declaration (newcomer 48a, finding 6: a Kazakh record in Latin letters declaring ``kk`` was
stored as Turkmen, py3langid being 0.9999 sure of ``tk``; its Kazakh is Cyrillic).  The scripts
it knows each language in are read from its model (:data:`KNOWN_SCRIPTS`); the scripts a
language is written in, from CLDR's locales and the module's sources (:data:`WRITTEN_IN`).
A language of one script still gives way to a text in another (a template's ``lang="en"``
over Arabic).  Invented texts."""

from __future__ import annotations

import json
import re

import pytest

from clipper.config import CleanConfig
from clipper.identifierscripts import (
    KNOWN_SCRIPTS,
    WRITTEN_IN,
    _known_from_model,
    text_script,
    unknown_script,
)
from clipper.language import believed_language, identify

# Kazakh in the Latin alphabet of 2021
KAZAKH_LATIN = (
    "Qaraǵandy oblysynda jańa kópir salynatyn boldy. Bul týraly oblys ákimdiginiń baspasóz "
    "qyzmeti habarlady. Kópirdiń uzyndyǵy eki júz metrge jetedi, al qurylys jumystary kelesi "
    "jyly kóktemde bastalady. Jergilikti turǵyndar eski kópirdiń jyl saıyn sý basýdan zardap "
    "shegetinin aıtady. Jobany júzege asyrýǵa respýblıkalyq bıýjetten qarajat bólindi. "
    "Mamandardyń aıtýynsha, jańa nysan aýdan ortalyǵy men aýyldar arasyndaǵy qatynasty "
    "jeńildetedi."
)
# Azerbaijani in Cyrillic letters (as written until 1991)
AZERBAIJANI_CYRILLIC = (
    "Бакы шәһәриндә јени көрпүнүн тикинтисинә башланылыб. Бу барәдә шәһәр иҹра "
    "һакимијјәтинин мәтбуат хидмәти мәлумат верир. Көрпүнүн узунлуғу ики јүз метр олаҹаг вә "
    "тикинти ишләри нөвбәти илин јазында баша чатаҹаг. Јерли сакинләр көһнә көрпүнүн һәр ил "
    "су басмасындан әзијјәт чәкдикләрини билдирирләр. Лајиһәнин һәјата кечирилмәси үчүн "
    "дөвләт бүдҹәсиндән вәсаит ајрылыб. Мүтәхәссисләр билдирир ки, јени көрпү кәндләрлә "
    "шәһәр арасында әлагәни асанлашдыраҹаг."
)
# Punjabi in Shahmukhi
PUNJABI_SHAHMUKHI = (
    "لاہور وچ نواں پل بنان دا کم شروع ہو گیا اے۔ شہر دی انتظامیہ نے دسیا کہ پل دی لمبائی دو "
    "سو میٹر ہووے گی تے کم اگلے ورھے دی بہار تیکر پورا ہو جاوے گا۔ مقامی لوکاں نے آکھیا کہ "
    "پرانا پل ہر ورھے ہڑھ نال ڈب جاندا سی۔ ایس منصوبے لئی سرکار نے پیسے دتے نیں۔ ماہراں دا "
    "آکھنا اے کہ نواں پل پنڈاں تے شہر وچکار آون جان سوکھا کر دیوے گا۔ دکانداراں نے وی ایس "
    "فیصلے دا سواگت کیتا اے۔ اوہناں آکھیا کہ پل بنن نال منڈی تیکر مال لے جانا سستا ہو جاوے گا۔"
)
# Malay in Jawi
MALAY_JAWI = (
    "کرجاءن نݢري ملولوسکن ڤمبيناءن جمبتن بهارو مرنتسي سوڠاي سلڤس دوا تاهون رونديڠن دڠن "
    "ڤندودوق کامڤوڠ. کرجا ڤمبيناءن دجڠک برمولا ڤد اول تاهون هادڤن دان اکن مڠمبيل ماس کيرا٢ "
    "لاڤن بلس بولن اونتوق دسياڤکن. ڤندودوق برکات جمبتن لام سريڠ دتڠڬلمکن اير ستياڤ کالي "
    "موسم تڠکوجوه تيبا، مپببکن کانق٢ تيدق داڤت ک سکوله. ڤيهق بركواس برجنجي اکن مماستيکن "
    "کرجا دسياڤکن مڠيکوت جدوال. ڤارا ڤنياݢ جوݢ مڽمبوت باءيق کڤوتوسن ايت کران "
    "ڤرجالنن ک ڤکن اکن منجادي لبيه سيڠکت."
)
# Russian, for a Kazakh declaration over a Russian text
RUSSIAN = (
    "В Карагандинской области построят новый мост через реку. Об этом сообщила пресс-служба "
    "акимата области. Длина моста составит двести метров, а строительные работы начнутся "
    "весной следующего года. Местные жители рассказывают, что старый мост каждый год "
    "затапливает во время паводка. На реализацию проекта выделены средства из "
    "республиканского бюджета. По словам специалистов, новый объект облегчит сообщение "
    "между районным центром и сёлами."
)
# Arabic, for a template's English declaration over it
ARABIC = (
    "بدأت أعمال بناء جسر جديد فوق النهر في المدينة بعد عامين من المفاوضات مع سكان القرى "
    "المجاورة. وقالت البلدية إن طول الجسر سيبلغ مئتي متر وإن الأعمال ستنتهي في ربيع العام "
    "المقبل. ويقول السكان إن الجسر القديم تغمره المياه كل شتاء فلا يستطيع الأطفال الذهاب إلى "
    "المدرسة. وخصصت الحكومة الأموال اللازمة للمشروع من الميزانية العامة. ويرى الخبراء أن "
    "الجسر الجديد سيسهل التنقل بين القرى ومركز المدينة. ورحب التجار بالقرار لأن الطريق إلى "
    "السوق سيصبح أقصر وأقل كلفة."
)


@pytest.mark.parametrize(
    ("declared", "text", "script"),
    [
        ("kk", KAZAKH_LATIN, "Latn"),
        ("az", AZERBAIJANI_CYRILLIC, "Cyrl"),
        ("pa", PUNJABI_SHAHMUKHI, "Arab"),
        ("ms", MALAY_JAWI, "Arab"),
    ],
)
def test_a_declared_language_in_a_script_the_identifier_does_not_know_it_in_stays(
    declared: str, text: str, script: str
) -> None:
    assert len(text) >= CleanConfig().text_language_min_chars
    guess, _ = identify(text)
    assert guess != declared  # the identifier names another language (tk, ba, ur, ps)
    assert text_script(text, WRITTEN_IN[declared]) == script
    assert script not in KNOWN_SCRIPTS[declared]
    assert unknown_script(declared, text)
    assert believed_language(declared, text, CleanConfig()) == declared


def test_the_kazakh_latin_record_is_stored_as_kazakh() -> None:
    """Newcomer 48a's record: py3langid's Turkmen was taken over the declared Kazakh."""
    assert identify(KAZAKH_LATIN) == ("tk", pytest.approx(1.0, abs=0.01))
    assert believed_language("kk", KAZAKH_LATIN, CleanConfig()) == "kk"


def test_a_script_the_identifier_knows_the_language_in_is_read_as_before() -> None:
    # a Kazakh declaration over a Russian text: Cyrillic, the identifier's Kazakh script
    assert not unknown_script("kk", RUSSIAN)
    assert believed_language("kk", RUSSIAN, CleanConfig()) == "ru"


ENGLISH = (
    "Work has started on a new bridge over the river in the regional capital after two years of "
    "talks with residents of the surrounding villages. The city council said the bridge would "
    "be two hundred metres long and that the work would be finished by next spring. Residents "
    "say the old bridge floods every winter, so that children cannot reach their school on the "
    "other bank. The government has set aside the money for the project from the national "
    "budget, and engineers expect the new crossing to shorten journeys between the villages."
)


@pytest.mark.parametrize(
    ("declared", "text", "read"),
    [("kk", ENGLISH, "en"), ("tk", RUSSIAN, "ru"), ("mk", ENGLISH, "en")],
)
def test_a_sites_english_or_russian_page_under_its_template_is_read_as_before(
    declared: str, text: str, read: str
) -> None:
    """A Kazakh site's English page, a Turkmen site's Russian one, declaring the site's
    language: English and Russian overrule the declaration as before, though the script is one
    the declared language is written in and the identifier does not know it in."""
    assert unknown_script(declared, text)
    assert believed_language(declared, text, CleanConfig()) == read


def test_a_language_of_one_script_gives_way_to_a_text_in_another() -> None:
    """A site template's ``lang="en"`` over Arabic text: English is written in Latin letters
    alone, so the text's Arabic is Arabic, as before."""
    assert "en" not in WRITTEN_IN and len(ARABIC) >= CleanConfig().text_language_min_chars
    assert not unknown_script("en", ARABIC)
    assert believed_language("en", ARABIC, CleanConfig()) == "ar"


def test_a_text_of_mixed_scripts_is_no_one_script() -> None:
    assert text_script("Qaraǵandy Караганды", WRITTEN_IN["kk"]) is None  # half and half
    assert text_script("Qaraǵandy Караганды!", WRITTEN_IN["kk"]) is None
    assert text_script("Qaraǵandy oblysy Караганды", WRITTEN_IN["kk"]) == "Latn"
    assert text_script("", WRITTEN_IN["kk"]) is None


def test_the_known_scripts_are_the_models() -> None:
    """The table is what ``python -m clipper.identifierscripts --write`` reads from the model:
    Serbian and Uzbek in two scripts (a class each), Kazakh in Cyrillic alone."""
    assert _known_from_model() == KNOWN_SCRIPTS
    assert KNOWN_SCRIPTS["sr"] == {"Cyrl", "Latn"} == KNOWN_SCRIPTS["uz"]
    assert KNOWN_SCRIPTS["kk"] == {"Cyrl"}


# CLDR's locales of a language in a script that are transliterations or curiosities, not an
# orthography news is written in
_ROMANISATIONS = {"hi_Latn", "zh_Latn", "en_Dsrt", "en_Shaw"}


def test_every_cldr_script_of_a_language_the_identifier_names_is_written_in() -> None:
    """Each script variant of CLDR's locales (babel) of a two-letter language is in
    :data:`WRITTEN_IN`, with the language's own script, but for the romanisations."""
    from babel.localedata import locale_identifiers

    from clipper.langmodel import languages

    named = set(languages())
    for locale in sorted(locale_identifiers()):
        found = re.fullmatch(r"([a-z]{2})_([A-Z][a-z]{3})", locale)
        if found is None or locale in _ROMANISATIONS or found[1] not in named:
            continue
        language, script = found[1], found[2]
        if language in ("zh", "yue"):
            continue  # Simplified and Traditional Han: one script to the identifier
        assert script in WRITTEN_IN.get(language, frozenset()), locale
    for language, scripts in WRITTEN_IN.items():
        assert len(scripts) > 1, json.dumps(language)
