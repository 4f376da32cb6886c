"""Editor's notes and corrections in every language clipper's tables cover (newcomer 19: an
Arabic "تصحيح:" and a Hindi "सुधार:" correction were told "1 paragraph added")."""

from __future__ import annotations

import pytest

from clipper.corrections import (
    CORRECTION_WORDS,
    LABELS,
    UPDATE_WORDS,
    is_editors_note,
    is_update_note,
)
from clipper.digest.lead import lead_paragraph
from clipper.furniture import TABLES
from clipper.versionchanges import version_changes

# One invented correction a language: the label, then "an earlier version of this story gave
# the wrong date (of the vote)".
NOTES = {
    "en": "Correction: An earlier version of this story gave the wrong date for the vote.",
    "de": "Korrektur: In einer früheren Fassung stand ein falsches Datum der Abstimmung.",
    "fr": "Rectificatif : une version précédente de cet article donnait une mauvaise date.",
    "es": "Fe de errores: una versión anterior de esta nota daba una fecha equivocada.",
    "pt": "Correção: uma versão anterior desta reportagem trazia a data errada da votação.",
    "it": "Rettifica: una versione precedente dell'articolo riportava una data errata.",
    "nl": "Correctie: in een eerdere versie van dit artikel stond een verkeerde datum.",
    "sv": "Rättelse: I en tidigare version av artikeln angavs fel datum för omröstningen.",
    "da": "Rettelse: I en tidligere version af artiklen stod der en forkert dato.",
    "no": "Rettelse: I en tidligere versjon av saken sto det feil dato for avstemningen.",
    "is": "Leiðrétting: Í fyrri útgáfu fréttarinnar var röng dagsetning.",
    "fi": "Oikaisu: Jutun aiemmassa versiossa äänestyksen päivämäärä oli virheellinen.",
    "pl": "Sprostowanie: we wcześniejszej wersji artykułu podaliśmy błędną datę głosowania.",
    "cs": "Oprava: V předchozí verzi článku bylo uvedeno chybné datum hlasování.",
    "lt": "Pataisymas: ankstesnėje straipsnio versijoje buvo nurodyta neteisinga data.",
    "et": "Parandus: artikli varasemas versioonis oli vale kuupäev.",
    "ru": "Исправление: в предыдущей версии статьи была указана неверная дата голосования.",
    "uk": "Виправлення: у попередній версії статті було вказано неправильну дату голосування.",
    "el": "ΔΙΟΡΘΩΣΗ: Σε προηγούμενη εκδοχή του άρθρου αναφερόταν λάθος ημερομηνία.",
    "ca": "Correcció: una versió anterior d'aquest article donava una data errònia de la votació.",
    "ro": "Rectificare: o versiune anterioară a articolului indica o dată greșită a votului.",
    "tr": "Düzeltme: Haberin önceki sürümünde oylamanın tarihi yanlış verilmişti.",
    "id": "Koreksi: Versi sebelumnya dari berita ini menyebut tanggal pemungutan suara keliru.",
    "ms": "Pembetulan: Versi awal berita ini menyatakan tarikh pengundian yang salah.",
    "vi": "Lời toà soạn: Phiên bản trước của bài viết ghi sai ngày bỏ phiếu.",
    "ar": "تصحيح: ذكرت نسخة سابقة من هذا الخبر تاريخاً خاطئاً للتصويت.",
    "fa": "اصلاحیه: در نسخه قبلی این خبر تاریخ رای‌گیری اشتباه ذکر شده بود.",
    "ur": "تصحیح: اس خبر کے پچھلے ورژن میں ووٹنگ کی تاریخ غلط لکھی گئی تھی۔",
    "he": "תיקון: בגרסה קודמת של הידיעה נכתב תאריך שגוי להצבעה.",
    "hi": "सुधार: इस ख़बर के पिछले संस्करण में मतदान की तारीख़ ग़लत लिखी गई थी।",
    "bn": "সংশোধনী: এই প্রতিবেদনের আগের সংস্করণে ভোটের তারিখ ভুল লেখা হয়েছিল।",
    "sw": "Marekebisho: Toleo la awali la habari hii lilitaja tarehe isiyo sahihi ya kura.",
    "ha": "Gyara: Tsohon sigar wannan labari ya ambaci ranar zaɓe ba daidai ba.",
    "am": "እርማት: የዚህ ዜና ቀደም ያለው እትም የምርጫውን ቀን በስህተት ጠቅሶ ነበር።",
    "ta": "திருத்தம்: இந்தச் செய்தியின் முந்தைய பதிப்பில் வாக்கெடுப்பின் தேதி தவறாக இருந்தது.",
    "mr": "दुरुस्ती: या बातमीच्या आधीच्या आवृत्तीत मतदानाची तारीख चुकीची लिहिली होती.",
    "gu": "સુધારો: આ સમાચારના અગાઉના સંસ્કરણમાં મતદાનની તારીખ ખોટી લખાઈ હતી.",
    "pa": "ਸੋਧ: ਇਸ ਖ਼ਬਰ ਦੇ ਪਿਛਲੇ ਸੰਸਕਰਣ ਵਿੱਚ ਵੋਟਿੰਗ ਦੀ ਤਾਰੀਖ਼ ਗ਼ਲਤ ਲਿਖੀ ਗਈ ਸੀ।",
    "hu": "Helyesbítés: A cikk korábbi változatában tévesen szerepelt a szavazás dátuma.",
    "lv": "Labojums: Šīs ziņas iepriekšējā versijā bija kļūdaini norādīts balsojuma datums.",
    "te": "సవరణ: ఈ వార్త యొక్క మునుపటి సంస్కరణలో ఓటింగ్ తేదీ తప్పుగా రాయబడింది.",
    "kn": "ತಿದ್ದುಪಡಿ: ಈ ಸುದ್ದಿಯ ಹಿಂದಿನ ಆವೃತ್ತಿಯಲ್ಲಿ ಮತದಾನದ ದಿನಾಂಕವನ್ನು ತಪ್ಪಾಗಿ ಬರೆಯಲಾಗಿತ್ತು.",
    "ml": "തിരുത്ത്: ഈ വാർത്തയുടെ മുൻ പതിപ്പിൽ വോട്ടെടുപ്പിന്റെ തീയതി തെറ്റായി നൽകിയിരുന്നു.",
    "th": "แก้ไข: ข่าวฉบับก่อนหน้านี้ระบุวันลงมติผิด",
    "ja": "【訂正】当初の記事で投票日を誤って記載していました。",
    "zh": "更正：本文早前版本误写了投票日期。",
    "ko": "정정: 이 기사의 이전 판에서 투표 날짜를 잘못 적었습니다.",
    "af": "Regstelling: In 'n vroeër weergawe van hierdie berig is die verkeerde datum van die "
    "stemming genoem.",
    "zu": "Ukulungiswa: Inguqulo yangaphambili yale ndaba ibinikeze usuku olungalungile "
    "lokuvota.",
    "xh": "Ulungiso: Inguqulelo yangaphambili yeli nqaku ibinike umhla ongachanekanga wovoto.",
    "yo": "Àtúnṣe: Ẹ̀dà ìṣáájú ìròyìn yìí sọ ọjọ́ ìdìbò tí kò tọ́.",
    "ig": "Mmezi: Ụdị mbụ nke akụkọ a kwuru ụbọchị ntuli aka na-ezighi ezi.",
    "so": "Sixid: Nuqulkii hore ee warkan wuxuu sheegay taariikh khaldan oo codbixinta ah.",
    "ne": "सच्याइएको: यो समाचारको अघिल्लो संस्करणमा मतदानको मिति गलत लेखिएको थियो।",
    "or": "ସଂଶୋଧନ: ଏହି ଖବରର ପୂର୍ବ ସଂସ୍କରଣରେ ଭୋଟ ତାରିଖ ଭୁଲ ଲେଖାଯାଇଥିଲା।",
    "si": "නිවැරදි කිරීම: මෙම පුවතේ පෙර සංස්කරණයේ ඡන්ද විමසීමේ දිනය වැරදියට සඳහන් විය.",
    "my": "ပြင်ဆင်ချက်: ဤသတင်း၏ ယခင်ဗားရှင်းတွင် မဲပေးမည့်ရက်ကို မှားယွင်းစွာ ဖော်ပြခဲ့သည်။",
    "tl": "Pagwawasto: Sa naunang bersyon ng balitang ito, mali ang petsa ng botohan.",
    "sq": "Korrigjim: Në një version të mëparshëm të artikullit u dha data e gabuar e votimit.",
    "mk": "Исправка: Во претходната верзија на текстот беше наведен погрешен датум.",
    "hr": "Ispravak: U ranijoj verziji članka naveden je pogrešan datum glasanja.",
    "az": "Düzəliş: Xəbərin əvvəlki versiyasında səsvermənin tarixi səhv göstərilmişdi.",
    "kk": "Түзету: Мақаланың алдыңғы нұсқасында дауыс беру күні қате көрсетілген.",
    "uz": "Tuzatish: Maqolaning avvalgi versiyasida ovoz berish sanasi xato ko‘rsatilgan edi.",
    "ka": "შესწორება: სტატიის წინა ვერსიაში კენჭისყრის თარიღი შეცდომით იყო მითითებული.",
    "hy": "Ուղղում: Հոդվածի նախորդ տարբերակում քվեարկության ամսաթիվը սխալ էր նշված։",
    "mn": "Залруулга: Мэдээний өмнөх хувилбарт санал хураалтын огноог буруу бичсэн байсан.",
    "km": "ការកែតម្រូវ: កំណែមុននៃអត្ថបទនេះបានសរសេរកាលបរិច្ឆេទបោះឆ្នោតខុស។",
    "lo": "ການແກ້ໄຂ: ສະບັບກ່ອນຂອງຂ່າວນີ້ຂຽນວັນທີລົງຄະແນນສຽງຜິດ.",
}

# The same label words opening a sentence of the story (no colon, dash or date after them).
STORY_LINES = {
    "ar": "تصحيح المسار الاقتصادي يحتاج إلى سنوات، قال الوزير أمس.",
    "hi": "सुधार की प्रक्रिया अगले साल तक पूरी होगी, मंत्री ने कहा।",
    "fa": "اصلاحیه قانون انتخابات روز یکشنبه در مجلس تصویب شد.",
    "bn": "সংশোধন প্রস্তাব সংসদে পাস হয়েছে।",
    "th": "แก้ไขปัญหาน้ำท่วมต้องใช้เวลาอีกหลายเดือน",
    "el": "Διόρθωση των συντάξεων ζητούν οι συνταξιούχοι.",
    "he": "תיקון החוק אושר אתמול בכנסת.",
    "uk": "Виправлення помилок у реєстрі триватиме до весни.",
    "tr": "Düzeltme talebi mahkemece reddedildi.",
    "id": "Koreksi harga minyak terjadi pekan lalu.",
    "en": "Correction officers at the county jail voted on Thursday to strike.",
}

STORY = "The harbour board voted on Thursday to rebuild the north pier before winter."
REST = "Work starts in March and will close the ferry landing for eleven weeks."


def test_every_table_language_has_its_correction_labels() -> None:
    """A language whose furniture clipper knows has the labels of its papers' corrections
    (Japanese, Chinese and Korean notes have their own pattern) and a note here."""
    tables = set(TABLES)
    assert tables - set(LABELS) <= {"ja", "zh", "ko"}
    assert tables <= set(NOTES)


@pytest.mark.parametrize("language", sorted(NOTES))
def test_a_correction_added_is_told_in_every_language(language: str) -> None:
    """A version adding a correction below the story says "correction added", and a note above
    the story is not its lead."""
    note = NOTES[language]
    assert is_editors_note(note)
    assert "correction added" in version_changes(
        "T", f"{STORY}\n\n{REST}", "T", f"{STORY}\n\n{REST}\n\n{note}"
    )
    assert lead_paragraph(f"{note}\n{STORY}\n{REST}", 300) == STORY


@pytest.mark.parametrize("language", sorted(STORY_LINES))
def test_a_sentence_opening_with_the_word_is_the_story(language: str) -> None:
    line = STORY_LINES[language]
    assert not is_editors_note(line)
    assert version_changes("T", f"{STORY}\n\n{REST}", "T", f"{STORY}\n\n{REST}\n\n{line}") == [
        "1 paragraph added"
    ]


def test_spellings_writers_mix_are_one_label() -> None:
    """Upper-case Greek without its accent, Vietnamese tone marks on either vowel, Persian
    written with Arabic yeh and kaf: the same label."""
    assert is_editors_note("Διόρθωση: Σε προηγούμενη εκδοχή αναφερόταν λάθος ημερομηνία.")
    assert is_editors_note("Lời tòa soạn: Phiên bản trước ghi sai ngày.")
    assert is_editors_note("اصلاحيه: در نسخه قبلي اين خبر تاريخ اشتباه بود.")


# One invented update note a language: a note's label (or AP's sentence), then "this story was
# updated with the mayor's comment" (newcomer 31, F-N: told "correction added").
UPDATE_NOTES = {
    "en": "This story has been updated to add comment from the mayor and the union's plans.",
    "en-label": "Editor's note: This story has been updated with the mayor's comment.",
    "de": "Anmerkung der Redaktion: Der Artikel wurde um eine Stellungnahme des Bürgermeisters "
    "ergänzt.",
    "fr": "Note de la rédaction : cet article a été mis à jour avec la réaction du maire.",
    "es": "Nota del editor: esta noticia fue actualizada con declaraciones del alcalde.",
    "pt": "Nota do editor: esta reportagem foi atualizada com a resposta do prefeito.",
    "it": "Nota della redazione: l'articolo è stato aggiornato con il commento del sindaco.",
    "nl": "Noot van de redactie: dit artikel is bijgewerkt met een reactie van de burgemeester.",
    "sv": "Redaktionell kommentar: artikeln har uppdaterats med kommunalrådets kommentar.",
    "pl": "Od redakcji: artykuł został zaktualizowany o komentarz burmistrza.",
    "ru": "Примечание редакции: статья дополнена комментарием мэра.",
    "tr": "Editörün notu: Haber, belediye başkanının açıklamasıyla güncellendi.",
    "id": "Catatan redaksi: Berita ini diperbarui dengan tanggapan wali kota.",
    "ar": "ملاحظة المحرر: تم تحديث هذا الخبر بتعليق رئيس البلدية.",
    "hi": "संपादक की टिप्पणी: इस खबर को महापौर की प्रतिक्रिया के साथ अपडेट किया गया है।",
    "zh": "编者注：本文已更新，补充了市长的回应。",
    "ja": "編集部注：市長のコメントを加えて記事を更新しました。",
}


@pytest.mark.parametrize("key", sorted(UPDATE_NOTES))
def test_an_update_note_is_no_correction(key: str) -> None:
    note = UPDATE_NOTES[key]
    assert is_editors_note(note) and is_update_note(note)
    assert version_changes("T", f"{STORY}\n\n{REST}", "T", f"{STORY}\n\n{REST}\n\n{note}") == [
        "update note added"
    ]
    assert lead_paragraph(f"{note}\n{STORY}\n{REST}", 300) == STORY


@pytest.mark.parametrize(
    "note",
    [
        "Editor's note: This story was updated on April 29 to correct the chair's name.",
        "Correction: This story has been updated to fix the date of the vote.",
        "This story has been corrected to show the vote was on Thursday.",
        "Anmerkung der Redaktion: Der Artikel wurde aktualisiert, ein Fehler beim Betrag behoben.",
        "Note de la rédaction : article mis à jour pour corriger le nom du maire.",
    ],
)
def test_an_update_that_corrects_is_a_correction(note: str) -> None:
    assert not is_update_note(note)
    assert "correction added" in version_changes(
        "T", f"{STORY}\n\n{REST}", "T", f"{STORY}\n\n{REST}\n\n{note}"
    )


def test_every_language_has_update_and_correction_words() -> None:
    assert set(LABELS) | {"ja", "zh", "ko"} == set(UPDATE_WORDS) == set(CORRECTION_WORDS)
