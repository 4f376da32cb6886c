"""Furniture of the languages that had no table before session 47 (README Known limits since
session 46: "a text dump in Odia, Nepali, Sinhala or Burmese keeps its 'read also' teasers,
share bars and cookie lines"; "an isiZulu page keeps its closing 'Funda futhi: …' line"):
Afrikaans, isiZulu, isiXhosa, Yoruba, Igbo, Somali, Nepali, Odia, Sinhala, Burmese, and
Azerbaijani, Kazakh, Uzbek, Georgian, Armenian, Mongolian, Khmer, Lao.

Each language's dump (tests/test_furniture_languages.py's ``DUMPS``: skip link, consent
banner, teaser, "more on this" box, share bar) is cleaned to its headline and two paragraphs
there; here, the other kinds their sites print (a follow prompt, an ad label, a rights line,
a photo credit, a "read also" teaser closing the text) go, and the sentences of an article that
open with a phrase's word stay.  Every text is invented."""

from __future__ import annotations

import pytest

from clipper.furniture import TABLES
from clipper.postclean import post_clean
from clipper.textdump import clean_text_dump
from tests.test_furniture_languages import DUMPS

NEW = ("af", "zu", "xh", "yo", "ig", "so", "ne", "or", "si", "my", "az", "kk", "uz", "ka",
       "hy", "mn", "km", "lo")  # fmt: skip

# (an ad label between the paragraphs, lines under the text: a follow prompt, a rights line)
EDGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "af": ("Advertensie", ("Volg ons op Facebook en Instagram", "Alle regte voorbehou.")),
    "zu": ("Isikhangiso", ("Silandele ku-Facebook", "Wonke amalungelo agodliwe.")),
    "xh": ("Intengiso", ("Silandele ku-Twitter", "Onke amalungelo agciniwe.")),
    "yo": ("Ìpolówó", ("Ẹ tẹ̀lé wa lórí Facebook", "Gbogbo ẹ̀tọ́ wà ní ìpamọ́.")),
    "ig": ("Mgbasa ozi", ("Soro anyị na Facebook",)),
    "so": ("Xayeysiis", ("Nagala soco Facebook", "Xuquuqda oo dhan way xifdisan tahay.")),
    "ne": ("विज्ञापन", ("हामीलाई फेसबुकमा फलो गर्नुहोस्", "सर्वाधिकार सुरक्षित")),
    "or": ("ବିଜ୍ଞାପନ", ("ଆମକୁ ଫେସବୁକରେ ଫଲୋ କରନ୍ତୁ", "ସର୍ବସ୍ୱତ୍ୱ ସଂରକ୍ଷିତ")),
    "si": ("දැන්වීම", ("සියලු හිමිකම් ඇවිරිණි",)),
    "my": ("ကြော်ငြာ", ("မူပိုင်ခွင့် ရယူထားသည်",)),
    "az": ("Reklam", ("Bizi Facebook-da izləyin", "Bütün hüquqlar qorunur.")),
    "kk": ("Жарнама", ("Бізді Telegram-да оқыңыз", "Барлық құқықтар қорғалған.")),
    "uz": ("Reklama", ("Telegram kanalimizga obuna bo‘ling", "Barcha huquqlar himoyalangan.")),
    "ka": ("რეკლამა", ("გამოგვყევით Facebook-ზე", "ყველა უფლება დაცულია.")),
    "hy": ("Գովազդ", ("Հետևեք մեզ Facebook-ում", "Բոլոր իրավունքները պաշտպանված են։")),
    "mn": ("Сурталчилгаа", ("Биднийг Facebook-т дагаарай", "Бүх эрх хуулиар хамгаалагдсан.")),
    "km": ("ពាណិជ្ជកម្ម", ("តាមដានយើងនៅលើ Facebook", "រក្សាសិទ្ធិគ្រប់យ៉ាង")),
    "lo": ("ໂຄສະນາ", ("ຕິດຕາມພວກເຮົາທາງ Facebook", "ສະຫງວນລິຂະສິດ")),
}

# A photo's credit as a line of its own between two paragraphs of an HTML page's text.
CREDITS = {
    "af": "Foto: Jan Botha", "zu": "Isithombe: Sipho Dlamini", "xh": "Umfanekiso: Lindiwe Mbeki",
    "yo": "Àwòrán: Adé Ọlá", "ig": "Foto: Chidi Okeke", "so": "Sawirka: Cali Xasan",
    "ne": "तस्बिर: रामेश्वर थापा", "or": "ଫଟୋ: ସୁରେଶ ଦାସ", "si": "ඡායාරූපය: නිමල් පෙරේරා",
    "my": "ဓာတ်ပုံ - ကိုအောင်",
    "az": "Foto: Elçin Məmmədov", "kk": "Фото: Асхат Нұрланов", "uz": "Foto: Akmal Karimov",
    "ka": "ფოტო: გიორგი ბერიძე", "hy": "Լուսանկարը՝ Արամ Պետրոսյան", "mn": "Фото: Бат-Эрдэнэ",
    "km": "រូបភាព៖ សុខ ចាន់", "lo": "ພາບ: ສົມພອນ",
}  # fmt: skip

# Sentences of an article opening with a word of a phrase of the table (a part, an ad board,
# a related office, sharing knowledge...): never furniture.
SENTENCES: dict[str, tuple[str, ...]] = {
    "af": (
        "Deel van die hawe sal in Januarie gesluit word, het die hawenraad Dinsdag gesê.",
        "Lees ook die verslag van die ouditeur, het die minister die parlementslede aangeraai.",
        "Advertensies op busse sal vanaf Maart verbied word, het die stadsraad besluit.",
    ),
    "zu": (
        "Yabelana ngolwazi nabanye abagibeli, kusho ibhodi lethekwini ezikhulumeni zalo.",
        "Izikhangiso ezisemgwaqweni zizosuswa kusukela ngoMsombuluko, kusho umasipala.",
    ),
    "xh": (
        "Intengiso yeemoto ezindala iye yanda kulo nyaka, itsho ibhodi yezibuko.",
        "Funda ngakumbi ngemithetho emitsha yezibuko, itsho ibhodi kubakhweli bayo.",
    ),
    "yo": ("Ìpolówó ọjà ní etí títì ni ìjọba fẹ́ dín kù, gẹ́gẹ́ bí kọmíṣọ́nnà ṣe sọ.",),
    "ig": ("Mgbasa ozi n'okporo ụzọ ka gọọmentị chọrọ ibelata, ka kọmishọna kwuru.",),
    "so": (
        "La wadaag macluumaadka dadka kale ayuu ku booriyay guddiga dekedda shalay.",
        "Wararka la xiriira doonta ayaa sheegaya in rakaabku ay kordheen sanadkan.",
    ),
    "ne": (
        "विज्ञापन बोर्डहरू हटाउन महानगरले सोमबारदेखि अभियान सुरु गरेको छ।",
        "सम्बन्धित निकायले घाटको मर्मत सम्पन्न भएको जनाएको छ।",
    ),
    "or": ("ବିଜ୍ଞାପନ ବୋର୍ଡ ହଟାଇବା ପାଇଁ ମହାନଗର ନିଗମ ସୋମବାରଠାରୁ ଅଭିଯାନ ଆରମ୍ଭ କରିଛି।",),
    "si": ("දැන්වීම් පුවරු ඉවත් කිරීමට නගර සභාව සඳුදා සිට පියවර ගත්තේය.",),
    "my": ("ကြော်ငြာဆိုင်းဘုတ်များကို မြို့တော်စည်ပင်က ဖယ်ရှားမည်ဟု ဆိုသည်။",),
    "az": ("Reklam lövhələri mart ayından şəhər mərkəzində qadağan olunacaq, bələdiyyə bildirib.",),
    "kk": (
        "Жарнама тақталарына наурыздан бастап қала орталығында тыйым салынады, деп хабарлады "
        "әкімдік.",
    ),
    "uz": (
        "Reklama taxtalari martdan boshlab shahar markazida taqiqlanadi, deb xabar berdi "
        "hokimiyat.",
    ),
    "ka": ("რეკლამა ქალაქის ცენტრში მარტიდან აიკრძალება, განაცხადა მერიამ.",),
    "hy": ("Գովազդային վահանակները մարտից կարգելվեն քաղաքի կենտրոնում, հայտնել է քաղաքապետարանը։",),
    "mn": (
        "Сурталчилгааны самбарыг гуравдугаар сараас хотын төвд хориглоно гэж нийслэлийн "
        "захиргаа мэдэгдэв.",
    ),
    "km": ("ពាណិជ្ជកម្មតាមផ្លូវនឹងត្រូវហាមឃាត់ចាប់ពីខែមីនា នេះបើតាមសាលាក្រុង។",),
    "lo": ("ໂຄສະນາຕາມທາງຈະຖືກຫ້າມແຕ່ເດືອນມີນາ ອີງຕາມເທດສະບານ.",),
}


def test_every_language_that_had_none_has_a_table_here() -> None:
    assert set(NEW) <= set(TABLES)
    assert set(EDGES) == set(CREDITS) == set(SENTENCES) == set(NEW)


@pytest.mark.parametrize("language", NEW)
def test_a_closing_read_also_teaser_goes(language: str) -> None:
    # the isiZulu page's closing "Funda futhi: …" line (Known limits, session 46), in each
    dump = DUMPS[language]
    lines = [dump.title, dump.body[0], dump.body[1], dump.teaser]
    assert clean_text_dump("\n".join(lines)).paragraphs == list(dump.body)
    assert post_clean(lines[1:], None) == list(dump.body)


@pytest.mark.parametrize("language", NEW)
def test_an_ad_label_a_follow_prompt_and_a_rights_line_go(language: str) -> None:
    dump = DUMPS[language]
    ad, closing = EDGES[language]
    lines = [dump.title, dump.body[0], ad, dump.body[1], *closing]
    assert clean_text_dump("\n".join(lines)).paragraphs == list(dump.body)


@pytest.mark.parametrize("language", NEW)
def test_a_photo_credit_between_paragraphs_of_an_html_text_goes(language: str) -> None:
    dump = DUMPS[language]
    lines = [dump.body[0], CREDITS[language], dump.body[1]]
    assert post_clean(lines, None) == list(dump.body)


@pytest.mark.parametrize("language", NEW)
def test_sentences_opening_with_a_phrase_s_word_stay(language: str) -> None:
    dump = DUMPS[language]
    for sentence in SENTENCES[language]:
        for lines in ([dump.title, sentence, *dump.body], [dump.title, *dump.body, sentence]):
            assert clean_text_dump("\n".join(lines)).paragraphs == lines[1:], sentence
        assert post_clean([dump.body[0], sentence, dump.body[1]], None) == [
            dump.body[0],
            sentence,
            dump.body[1],
        ]


def test_an_isizulu_byline_word_is_read_from_its_table() -> None:
    # newcomer 46's byline words live in the tables now: "NGU-" joined to the name
    from clipper.bylines import BYLINE_WORDS

    assert "ngu-" in BYLINE_WORDS.split("|")
    assert TABLES["zu"].bylines == ("ngu-",) and TABLES["af"].bylines == ("deur",)
