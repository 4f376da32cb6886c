"""Editor's notes: a paragraph in which a paper tells its reader what it corrected or updated.

Papers put such a note above the story ("Editor's note: This story was updated on April 29 to
correct the name of …") or below it ("Correction: An earlier version of this article …",
"This article was amended on 25 February 2024 to …").  It is about the article, not part of
what the article reports, so it is no story's lead (:func:`clipper.digest.lead.lead_paragraph`)
and a version adding one is told "correction added"
(:func:`clipper.versionchanges.version_changes`), not "new lead".

A note is recognised by its opening only (the whole kind, in every language of
:mod:`clipper.furniture` and the other scripts clipper reads: :data:`LABELS`):

- a label of a correction or an editor's note (not "Update:", which heads news) followed by
  a colon, a dash or a date: "Editor's note:", "CORRECTION —",
  "Correction (April 29, 2024):", "Clarification, May 2:", "Anmerkung der Redaktion:",
  "Korrektur:", "Note de la rédaction :", "Rectificatif :", "Nota del editor:", "Fe de
  errores:", "Nota della redazione:", "Rettifica:", "Noot van de redactie:", "Rättelse:",
  "Sprostowanie:", "Исправление:", "Примечание редакции:", "Düzeltme:", "Ralat:", "تصحيح:",
  "ملاحظة المحرر:", "اصلاحیه:", "सुधार:", "संपादक की टिप्पणी:", "সংশোধনী:", "திருத்தம்:",
  "แก้ไข:", "Διόρθωση:", "תיקון:", "Виправлення:", "訂正", "【訂正】", "勘误：", "정정"…;
  its date may come before the colon: "Korrektur vom 5. Dezember:", "Erratum du 5 décembre :",
  "Correctie 5 december:", "Korjattu 5.12. kello 10.15:" (a date's digit: "Berichtigung des
  Grundbuchs:" and "Поправка № 12:" are a story's);
- a note sentence (:data:`NOTE_SENTENCES`): "This story has been updated/corrected …", "An
  earlier version of this story …", "In einer früheren Version dieses Artikels …", "Dans une
  version précédente de cet article …", "Cet article a été corrigé …", "Jutun aiemmassa
  versiossa …", "В предыдущей версии статьи …", "Haberin önceki sürümünde …".

Beyond one label a language, the wordings papers use (newcomer 37b, F8: a Swiss German
"Korrigendum:" was told "1 paragraph added"): "Korrigendum", "Klarstellung", "NDLR",
"Errata corrige", "Precisazione", "Retificação", "Förtydligande", "Berigtigelse",
"Presisering", "Tarkennus", "Поправка", "Спростування", "Επανόρθωση", "【おわびと訂正】",
"更正启事", "勘误声明"; tests/test_correction_wordings.py holds the cases, one half of the
languages tuned on, the other confirming.

"Update:" is no note's label: a paragraph headed so above a story is the update's news, a new
lead ("Update: police have now named the two fishermen …", "עדכון: בשעות הערב מסרה החברה …",
"تحديث: أكدت الهيئة …": newcomer 39, finding 4, read by the digest as the news it is, quoted),
unless a note sentence follows the label ("Update: This story has been updated to add …",
"עדכון: הכתבה עודכנה …": :data:`UPDATE_LABELS`).  The note sentences of Hebrew, Arabic,
Persian, Urdu and Turkish ("הכתבה עודכנה …", "تم تحديث هذا الخبر …", "این خبر به‌روزرسانی شد",
"Bu haber güncellendi") are notes as the European languages' are.

A sentence that merely opens with such a word ("Correction officers said …",
"Korrektur der Prognose …", "सुधार की प्रक्रिया …", "تصحيح المسار …") is not a note: the label
must be followed by its colon, dash or date.
"""

from __future__ import annotations

import re
import unicodedata

# Labels papers head a note with, by language (ISO 639-1), lower-case, written as the papers
# write them; "editor's note" with either apostrophe.  Every language of
# :mod:`clipper.furniture`'s tables has its labels (tests/test_corrections.py checks), and so do
# the other languages whose scripts clipper reads and folds (Persian, Urdu, Bengali, Tamil, Thai,
# Malay, Greek, Hebrew, Ukrainian).  Japanese, Chinese and Korean notes: :data:`_CJK_LABELLED`.
LABELS: dict[str, tuple[str, ...]] = {
    "en": (
        "editor['’]?s['’]? note", "editors['’]? note", "note to readers", "correction",
        "corrections", "clarification", "corrigendum", "erratum",
    ),
    "de": (
        "anmerkung der redaktion", "hinweis der redaktion", "korrektur", "korrekturhinweis",
        "richtigstellung", "berichtigung", "transparenzhinweis", "korrigendum", "klarstellung",
        "präzisierung", "erratum",
    ),
    "fr": (
        "note de la rédaction", "rectificatif", "correctif", "précision", "erratum",
        "rectification", "précision de la rédaction", "ndlr", r"n\.d\.l\.r\.",
    ),
    "es": (
        "nota del editor", "nota de la redacción", "fe de errores", "fe de erratas",
        "aclaración", "corrección", "rectificación",
    ),
    "pt": (
        "nota do editor", "nota da redação", "nota da redacção", "correção", "correcção",
        "errata", "retificação", "rectificação", "esclarecimento",
    ),
    "it": (
        "nota della redazione", "nota dell['’]editore", "rettifica", "correzione", "errata",
        "errata corrige", "precisazione", r"n\.d\.r\.",
    ),
    "nl": ("noot van de redactie", "correctie", "rectificatie", "verduidelijking", "erratum"),
    "sv": ("rättelse", "redaktionell kommentar", "korrigering", "förtydligande"),
    "da": ("rettelse", "redaktionel note", "korrektion", "berigtigelse", "præcisering"),
    "no": (
        "rettelse", "korrigering", "redaksjonell merknad", "korreksjon", "presisering",
        "beriktigelse",
    ),
    "is": ("leiðrétting", "athugasemd ritstjórnar"),
    "fi": ("oikaisu", "korjaus", "korjattu", "tarkennus", "toimituksen huomautus"),
    "pl": ("sprostowanie", "od redakcji", "uwaga redakcji", "korekta", "errata"),
    "cs": ("oprava", "poznámka redakce", "upřesnění"),
    "lt": ("pataisymas", "redakcijos pastaba", "patikslinimas"),
    "et": ("parandus", "toimetuse märkus", "täpsustus"),
    "ru": (
        "исправление", "примечание редакции", "от редакции", "уточнение", "поправка",
        "опровержение",
    ),
    "uk": (
        "виправлення", "примітка редакції", "від редакції", "уточнення", "поправка",
        "спростування",
    ),
    "el": (
        "διόρθωση", "διευκρίνιση", "σημείωση της σύνταξης", "σημείωση σύνταξης", "επανόρθωση",
    ),
    "ca": (
        "correcció", "rectificació", "aclariment", "nota de la redacció", "fe d['’]errades",
    ),
    "ro": ("corectură", "rectificare", "erată", "precizare", "nota redacției"),
    "tr": ("düzeltme", "editörün notu", "editör notu", "tekzip"),
    "id": ("ralat", "koreksi", "klarifikasi", "catatan redaksi", "catatan editor"),
    "ms": ("pembetulan", "nota editor", "ralat"),
    "sw": ("marekebisho", "masahihisho", "ufafanuzi", "dokezo la mhariri"),
    "ha": ("gyara", "gyaran kuskure", "bayanin edita", "karin haske"),
    "am": ("እርማት", "ማስተካከያ", "የአርታኢ ማስታወሻ"),
    "vi": ("đính chính", "cải chính", "ghi chú của biên tập", "lời tòa soạn"),
    "ar": ("تصحيح", "تصويب", "توضيح", "تنويه", "استدراك", "ملاحظة المحرر", "ملاحظة التحرير"),
    "fa": ("اصلاحیه", "تصحیح", "توضیح", "یادداشت سردبیر"),
    "ur": ("تصحیح", "وضاحت", "ایڈیٹر کا نوٹ"),
    "he": ("תיקון", "הבהרה", "הערת העורך", "הערת המערכת"),
    "hi": (
        "सुधार", "भूल[- ]?सुधार", "स्पष्टीकरण", "संपादक की टिप्पणी", "संपादकीय टिप्पणी",
        "संपादक का नोट", "एडिटर(?:्स)? नोट",
    ),
    "bn": ("সংশোধন", "সংশোধনী", "ভুল সংশোধন", "সম্পাদকের নোট", "সম্পাদকের মন্তব্য"),
    "ta": ("திருத்தம்", "ஆசிரியர் குறிப்பு"),
    "mr": ("दुरुस्ती", "संपादकीय टीप"),
    "gu": ("સુધારો", "તંત્રી નોંધ"),
    "pa": ("ਸੋਧ", "ਸੰਪਾਦਕੀ ਨੋਟ"),
    "lv": ("labojums", "precizējums", "redakcijas piezīme"),
    "hu": ("helyesbítés", "pontosítás", "a szerkesztőség megjegyzése"),
    "te": ("సవరణ", "సంపాదకుని గమనిక"),
    "kn": ("ತಿದ್ದುಪಡಿ", "ಸಂಪಾದಕರ ಟಿಪ್ಪಣಿ"),
    "ml": ("തിരുത്ത്", "പത്രാധിപക്കുറിപ്പ്"),
    "th": ("แก้ไข", "หมายเหตุบรรณาธิการ", "หมายเหตุจากบรรณาธิการ"),
    "af": ("regstelling", "redakteursnota", "verduideliking"),
    "zu": ("ukulungiswa", "inothi lomhleli"),
    "xh": ("ulungiso", "inqaku lomhleli"),
    "yo": ("àtúnṣe", "àkíyèsí olóòtú"),
    "ig": ("mmezi", "ndezi"),
    "so": ("sixid", "sixitaan"),
    "ne": ("सच्याइएको", "सम्पादकको टिप्पणी", "सम्पादकीय टिप्पणी"),
    "or": ("ସଂଶୋଧନ", "ସମ୍ପାଦକୀୟ ଟିପ୍ପଣୀ"),
    "si": ("නිවැරදි කිරීම", "සංස්කාරක සටහන"),
    "my": ("ပြင်ဆင်ချက်", "အယ်ဒီတာ့မှတ်ချက်"),
    "tl": ("pagwawasto", "tala ng editor"),
    "sq": ("korrigjim", "shënim i redaksisë", "sqarim"),
    "mk": ("исправка", "корекција", "белешка на уредникот"),
    "hr": ("ispravak", "ispravka", "korekcija", "napomena uredništva"),
    "az": ("düzəliş", "redaktorun qeydi"),
    "kk": ("түзету", "редакциядан"),
    "uz": ("tuzatish", "tahririyatdan"),
    "ka": ("შესწორება", "რედაქციის შენიშვნა"),
    "hy": ("ուղղում", "խմբագրության նշում"),
    "mn": ("залруулга", "редакцийн тэмдэглэл"),
    "km": ("ការកែតម្រូវ", "កំណត់សម្គាល់របស់និពន្ធនាយក"),
    "lo": ("ການແກ້ໄຂ", "ໝາຍເຫດບັນນາທິການ"),
}

# Where writers of one language spell a letter two ways, a line and the labels are compared
# with both spellings made one (:func:`_comparable`): Latin and Greek accents (NFD, then
# U+0300-U+036F removed: an upper-case Greek "ΔΙΟΡΘΩΣΗ" carries no accent, Vietnamese puts
# the tone mark on either vowel, "toà" and "tòa"), and the Persian and Urdu yeh and kaf
# (``ی`` ``ک``) with the Arabic ones (``ي`` ``ك``), which keyboards type for one another.
_ACCENTS = re.compile("[\u0300-\u036f]+")
_YEH_KAF = str.maketrans({"\u06cc": "\u064a", "\u06a9": "\u0643"})


def _comparable(value: str) -> str:
    """``value`` as a line and a label are compared: accents removed, yeh and kaf made one,
    case folded (see above)."""
    decomposed = unicodedata.normalize("NFD", value)
    return unicodedata.normalize("NFC", _ACCENTS.sub("", decomposed)).translate(_YEH_KAF).casefold()


_ALL_LABELS = sorted(
    {_comparable(label) for labels in LABELS.values() for label in labels}, key=len, reverse=True
)

# A label, then what marks it as a heading: a colon, a dash, or before it a bracketed or
# comma-led date (the Arabic comma too), or a date led by a digit or by a word that says "of"
# or "on" ("Korrektur vom 5. Dezember:", "Erratum du 5 décembre :", "Correctie 5 december:",
# "Korjattu 5.12. kello 10.15:", "Поправка от 5 декабря:"): a date's digit, which
# "Berichtigung des Grundbuchs:", "Rettifica del confine:" or "Поправка № 12:" do not give.
_DATED = (
    r"(?:\s+(?:vom|am|du|le|del|de|da|do|of|on|from|van|z|ze|fran|fra|af|av|от|від)\s+"
    r"(?=[^:;]{0,30}\d)[^:;]{1,40}?|\s+\d[^:;]{0,40}?)"
)
_LABELLED = re.compile(
    r"^\W{0,3}(?:" + "|".join(_ALL_LABELS) + r")"
    r"(?:\s*\([^()]{1,40}\))?(?:[,،]\s*[^:.;]{1,40}|[,،]\s*(?=[^:;]{0,30}\d)[^:;]{1,40}?|"
    + _DATED
    + r")?"
    r"(?:\s*[:：]|\s+[—–-]|[—–])",
    re.IGNORECASE,
)

# Notes a Japanese, Chinese or Korean paper heads the same way: 【訂正】, 訂正：, 更正, 勘误,
# 编者注, 編集部注, 정정, 편집자 주, and their compounds (【おわびと訂正】, 訂正とおわび, 更正启事,
# 勘误声明: these scripts' words need no colon after them).
_CJK_LABELLED = re.compile(
    r"^\W{0,2}(?:訂正|おわび|お詫び|編集部注|更正|更正声明|更正聲明|勘误|勘誤|编者按|編者按|编者注"
    r"|編者注|編者註|정정|정정보도|바로잡습니다|편집자 ?주"
    r"|おわびと訂正|お詫びと訂正|訂正とおわび|訂正とお詫び|訂正記事|更正启事|更正啟事|更正啓事"
    r"|勘误声明|勘誤聲明|勘误说明|勘誤說明)(?:\W|$)"
)

# Note sentences that carry no label, by language: "This story has been corrected …", "An
# earlier version of this article …", "In einer früheren Version dieses Artikels …", "Dans
# une version précédente de cet article …", "Jutun aiemmassa versiossa …", "Haberin önceki
# sürümünde …"; written as papers write them, compared as :func:`_comparable` makes a line.
NOTE_SENTENCES: dict[str, tuple[str, ...]] = {
    "en": (
        r"(?:this|the) (?:story|article|report|piece|post|headline)"
        r"(?: has been| was| had been| is being)? (?:updated|corrected|amended)\b",
        r"an? (?:earlier|previous) version of this (?:story|article|report|piece|post)\b",
    ),
    "de": (
        r"in einer (?:früheren|vorherigen|älteren|ersten) (?:version|fassung) "
        r"(?:dieses|des) (?:artikels|beitrags|textes|berichts)",
        r"(?:dieser|der) (?:artikel|beitrag|text|bericht) wurde (?:[^:;]{0,30} )?"
        r"(?:korrigiert|berichtigt|aktualisiert|geändert|ergänzt)",
    ),
    "fr": (
        r"(?:dans )?une (?:précédente |première )?version (?:précédente |antérieure )?"
        r"de (?:cet|notre) article",
        r"cet article a été (?:[^:;]{0,30} )?(?:corrigé|modifié|mis à jour|rectifié|actualisé)",
    ),
    "es": (
        r"(?:en )?una versión anterior de (?:esta|este) "
        r"(?:nota|artículo|noticia|información|crónica|texto)",
        r"(?:este|esta) (?:artículo|nota|noticia|texto) (?:ha sido|fue) (?:[^:;]{0,30} )?"
        r"(?:corregid|actualizad|modificad)",
    ),
    "pt": (
        r"(?:numa |em uma )?versão anterior (?:desta|deste|da|do) "
        r"(?:reportagem|notícia|texto|artigo|matéria)",
        r"(?:esta|este) (?:reportagem|notícia|texto|artigo|matéria) foi (?:[^:;]{0,30} )?"
        r"(?:corrigid|atualizad|actualizad|alterad)",
    ),
    "it": (
        r"(?:in )?una (?:precedente )?versione (?:precedente )?(?:di questo |dell['’]|del )"
        r"(?:articolo|pezzo)",
        r"(?:questo|l['’]) ?articolo è stato (?:[^:;]{0,30} )?"
        r"(?:corretto|aggiornato|modificato|rettificato)",
    ),
    "nl": (
        r"(?:in )?een eerdere versie van (?:dit|het) (?:artikel|bericht|stuk)",
        r"(?:dit|het) (?:artikel|bericht|stuk) is (?:[^:;]{0,30} )?"
        r"(?:aangepast|gecorrigeerd|bijgewerkt|gewijzigd)",
    ),
    "sv": (
        r"i en (?:tidigare|äldre) version av (?:artikeln|denna artikel|texten)",
        r"(?:artikeln|texten) har (?:[^:;]{0,30} )?(?:rättats|korrigerats|uppdaterats)",
    ),
    "da": (
        r"i en (?:tidligere|ældre) version af (?:artiklen|denne artikel|teksten)",
        r"(?:artiklen|teksten) er (?:blevet )?(?:rettet|opdateret|korrigeret)",
    ),
    "no": (
        r"i en (?:tidligere|eldre) versjon av (?:artikkelen|saken|denne saken|teksten)",
        r"(?:artikkelen|saken) er (?:blitt )?(?:rettet|oppdatert|korrigert)",
    ),
    "fi": (
        r"(?:jutun|artikkelin|uutisen) (?:aiemmassa|aikaisemmassa|edellisessä) versiossa",
        r"(?:juttua|artikkelia|uutista) (?:on )?(?:korjattu|päivitetty|muokattu)",
    ),
    "pl": (
        r"(?:we|w) (?:wcześniejszej|poprzedniej) wersji (?:artykułu|tekstu|materiału)",
        r"(?:artykuł|tekst) został (?:[^:;]{0,30} )?(?:poprawiony|zaktualizowany|skorygowany)",
    ),
    "cs": (
        r"v (?:předchozí|dřívější|původní) verzi (?:článku|textu)",
        r"článek byl (?:[^:;]{0,30} )?(?:opraven|aktualizován|upraven)",
    ),
    "ru": (
        r"в (?:предыдущей|первоначальной|ранней|прежней) версии "
        r"(?:статьи|материала|текста|заметки|публикации)",
        r"(?:статья|материал|текст) (?:был[аио]? )?(?:исправлен|обновлён)",
    ),
    "uk": (
        r"[ув] (?:попередній|першій|ранішій) версії (?:статті|матеріалу|тексту|публікації)",
        r"(?:стаття|матеріал|текст) (?:був|була|було )?(?:виправлен|оновлен)",
    ),
    "el": (
        r"σε (?:προηγούμενη|παλαιότερη|πρώτη) (?:εκδοχή|έκδοση|μορφή) (?:του|αυτού του) "
        r"(?:άρθρου|κειμένου|δημοσιεύματος|ρεπορτάζ)",
    ),
    "tr": (
        r"haberin (?:önceki|ilk) (?:sürümünde|versiyonunda|halinde)",
        r"(?:bu )?haber(?:imiz)? (?:güncellendi|güncellenmiştir|düzeltildi|düzeltilmiştir)",
    ),
    "ro": (
        r"(?:într-o |în )?versiunea? anterioară a (?:articolului|textului|știrii|ştirii)",
    ),
    "hu": (r"a cikk (?:korábbi|előző) (?:változatában|verziójában)",),
    "ca": (r"(?:en )?una versió anterior d['’](?:aquest|aquesta) (?:article|notícia|text)",),
    # the Middle East's languages (newcomer 39, finding 4: a Hebrew "this article was updated"
    # note was told a new lead): Hebrew, Arabic, Persian, Urdu, as their papers write them
    "he": (
        r"(?:ה)?(?:כתבה|ידיעה|מאמר|דיווח)(?: הזאת| הזו| זו| זה| הזה)? (?:עודכנה|עודכן|תוקנה"
        r"|תוקן)\b",
        r"ב?גרסה (?:קודמת|מוקדמת|הקודמת|המקורית) של (?:ה)?(?:כתבה|ידיעה|מאמר|דיווח)",
    ),
    "ar": (
        r"(?:تم|جرى) (?:تحديث|تصحيح|تعديل) (?:هذا |هذه )?(?:الخبر|المقال|التقرير|المادة)",
        r"(?:هذا|هذه) (?:الخبر|المقال|التقرير|المادة) (?:تم|جرى) (?:تحديثه|تحديثها|تصحيحه"
        r"|تصحيحها|تعديله|تعديلها)",
        r"(?:في|ورد في) (?:ال)?نسخة (?:ال)?(?:سابقة|أولى) (?:من (?:هذا |هذه )?|ل)"
        r"(?:الخبر|المقال|التقرير)",
    ),
    "fa": (
        r"(?:این )?(?:خبر|گزارش|مطلب) (?:به[\u200c ]?روز(?:[\u200c ]?رسانی)? (?:شد|شده)"
        r"|اصلاح (?:شد|شده)|تصحیح (?:شد|شده)|ویرایش (?:شد|شده))",
        r"در نسخه (?:قبلی|پیشین|اولیه) (?:این )?(?:خبر|گزارش|مطلب)",
    ),
    "ur": (
        r"(?:یہ|اس) (?:خبر|رپورٹ|مضمون) (?:کو )?(?:اپ ڈیٹ|درست|تصحیح) (?:کی|کیا) (?:گئی|گیا)",
    ),
}
_NOTE_SENTENCE = re.compile(
    r"^\W{0,3}(?:"
    + "|".join(_comparable(s) for sentences in NOTE_SENTENCES.values() for s in sentences)
    + ")"
)


# "Update:" as papers head a paragraph with it, by language: news (a new lead, "Update: police
# have now named the two fishermen"), unless a note sentence follows it ("Update: This story
# has been updated to add …", "עדכון: הכתבה עודכנה עם תגובת המשרד"), which makes the
# paragraph the note that sentence is.
UPDATE_LABELS = (
    "update", "updated", "aktualisierung", "nachtrag", "mise à jour", "actualización",
    "atualização", "actualização", "aggiornamento", "bijgewerkt", "uppdatering", "opdatering",
    "oppdatering", "päivitys", "aktualizacja", "aktualizace", "обновление", "оновлення",
    "ενημέρωση", "güncelleme", "עדכון", "تحديث", "به‌روزرسانی", "بروزرسانی", "اپ ڈیٹ",
    "pembaruan", "cập nhật",
)  # fmt: skip
_UPDATE_LABEL = re.compile(
    r"^\W{0,3}(?:"
    + "|".join(sorted({re.escape(_comparable(label)) for label in UPDATE_LABELS}, key=len,
                      reverse=True))
    + r")\s*(?:[:：]|[—–-])\s*"
)


def _after_update_label(compared: str) -> str:
    """``compared`` (a line as :func:`_comparable` makes it) without an "Update:" label opening
    it (:data:`UPDATE_LABELS`); the line itself when none does."""
    found = _UPDATE_LABEL.match(compared)
    return compared[found.end() :] if found is not None else compared


# A label and what follows it to its colon (a bracketed or comma-led date) fit in this many
# characters: only a paragraph's opening is compared.
_OPENING = 160


def is_editors_note(paragraph: str) -> bool:
    """Whether one paragraph (a line of text, any whitespace) is an editor's note or a
    correction, by its opening (see the module's docstring); ``False`` for ``""``."""
    line = " ".join(paragraph.split())
    if not line:
        return False
    opening = _comparable(line[:_OPENING])
    return bool(
        _LABELLED.match(opening)
        or _CJK_LABELLED.match(line)
        or _NOTE_SENTENCE.match(_after_update_label(opening))
    )


# An editor's note is a correction unless it tells only of an update (newcomer 31, F-N: AP's
# "This story has been updated to add comment from …" was told "correction added" in a
# client's digest, a claim of an error the paper never made).  By language (every one of
# :data:`LABELS`, and ja, zh, ko): the words of an update ("updated", "aktualisiert", "mis à
# jour"), and those of a correction, any of which makes the note one ("to correct", "Fehler",
# "erreur", "an earlier version … misspelled").  Stems, compared as :func:`_comparable` makes
# a line (accents off, case folded).
UPDATE_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("updated", "update"), "de": ("aktualisiert", "ergänzt"),
    "fr": ("mis à jour", "actualisé"), "es": ("actualizad", "actualización"),
    "pt": ("atualizad", "actualizad", "atualização"), "it": ("aggiornat",),
    "nl": ("bijgewerkt", "geactualiseerd", "aangevuld"), "sv": ("uppdater",),
    "da": ("opdater",), "no": ("oppdater",), "is": ("uppfært",), "fi": ("päivitetty",),
    "pl": ("zaktualizowan", "aktualizacj"), "cs": ("aktualizován", "aktualizace"),
    "lt": ("atnaujint",), "et": ("uuendatud", "täiendatud"), "ru": ("обновлен", "дополнен"),
    "uk": ("оновлен", "доповнен"), "el": ("επικαιροποι", "ενημερώθηκε"),
    "ca": ("actualitzat",), "ro": ("actualizat",), "tr": ("güncellen",),
    "id": ("diperbarui", "pembaruan"), "ms": ("dikemas kini",), "sw": ("imesasishwa",),
    "ha": ("sabunta",), "am": ("ተሻሽሏል",), "vi": ("cập nhật",), "ar": ("تحديث",),
    "fa": ("به‌روز", "به روز", "بروز"), "ur": ("اپ ڈیٹ",), "he": ("עודכן", "עודכנה", "עדכון"),
    "hi": ("अपडेट", "अद्यतन"), "bn": ("আপডেট", "হালনাগাদ"), "ta": ("புதுப்பிக்க",),
    "mr": ("अपडेट",), "gu": ("અપડેટ",), "pa": ("ਅਪਡੇਟ",), "lv": ("atjaunināt",),
    "hu": ("frissít",),
    "te": ("అప్‌డేట్", "నవీకరించ"), "kn": ("ಅಪ್‌ಡೇಟ್", "ನವೀಕರಿಸ"), "ml": ("അപ്ഡേറ്റ്",),
    "th": ("อัปเดต",), "ja": ("更新",), "zh": ("更新",), "ko": ("업데이트", "갱신"),
    "af": ("bygewerk", "opgedateer"), "zu": ("buyekez",), "xh": ("hlaziy",),
    "yo": ("afikun",), "ig": ("melitere",), "so": ("cusboon",), "ne": ("अपडेट", "अद्यावधिक"),
    "or": ("ଅପଡେଟ",), "si": ("යාවත්කාලීන",), "my": ("အပ်ဒိတ်",),
    "tl": ("na-update", "in-update"), "sq": ("përditësuar",), "mk": ("ажурира",),
    "hr": ("ažurira",), "az": ("yenilən",), "kk": ("жаңартыл",), "uz": ("yangilan",),
    "ka": ("განახლ",), "hy": ("թարմացվ",), "mn": ("шинэчил",), "km": ("ធ្វើបច្ចុប្បន្នភាព",),
    "lo": ("ອັບເດດ",),
}  # fmt: skip
CORRECTION_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("correct", "error", "erroneous", "misspel", "misstat", "misidentif", "misquot",
           "misattribut", "inaccura", "mistak", "wrong", "clarif", "earlier version",
           "previous version"),
    "de": ("korrig", "fehler", "falsch", "berichtig", "richtiggestellt", "frühere fassung",
           "früheren fassung", "frühere version", "früheren version"),
    "fr": ("corrig", "erreur", "erron", "rectifi", "inexact", "version précédente"),
    "es": ("correg", "correcci", "error", "errón", "equivoc", "incorrect", "versión anterior"),
    "pt": ("corrig", "correç", "correcç", "erro", "errad", "incorret", "versão anterior"),
    "it": ("corrett", "correz", "error", "errat", "sbagli", "rettific", "versione precedente",
           "precedente versione"),
    "nl": ("correct", "gecorrigeerd", "fout", "onjuist", "eerdere versie"),
    "sv": ("rättad", "rättelse", "felaktig", "felet", "korriger", "tidigare version"),
    "da": ("rettet", "fejl", "korriger", "tidligere version"),
    "no": ("rettet", "feil", "korriger", "tidligere versjon"),
    "is": ("leiðrétt", "villa", "rangt", "rangri"),
    "fi": ("korjat", "virhe", "oikais", "aiemmassa versiossa"),
    "pl": ("poprawi", "błęd", "błąd", "sprostow", "korekt", "wcześniejszej wersji",
           "poprzedniej wersji"),
    "cs": ("oprav", "chyb", "předchozí verzi"), "lt": ("pataisyt", "klaid"),
    "et": ("parandat", "viga"),
    "ru": ("исправ", "ошиб", "неверн", "предыдущей версии", "первоначальной версии"),
    "uk": ("виправ", "помил", "невірн", "попередній версії"),
    "el": ("διορθ", "λάθ", "εσφαλμέν", "προηγούμενη εκδοχή"),
    "ca": ("corregi", "error", "errada", "versió anterior"),
    "ro": ("corect", "eroare", "greșit", "greşit", "versiune anterioară"),
    "tr": ("düzelt", "hata", "yanlış", "önceki sürüm", "önceki versiyon"),
    "id": ("koreksi", "kesalahan", "salah", "ralat"), "ms": ("pembetulan", "kesilapan", "silap"),
    "sw": ("marekebisho", "kosa", "makosa"), "ha": ("kuskure", "gyara"), "am": ("እርማት", "ስህተት"),
    "vi": ("đính chính", "sai sót", "nhầm lẫn"), "ar": ("تصحيح", "خطأ", "تصويب"),
    "fa": ("تصحیح", "اصلاح", "اشتباه", "خطا"), "ur": ("تصحیح", "غلط"),
    "he": ("תיקון", "תוקן", "תוקנה", "טעות", "שגוי"),
    "hi": ("सुधार", "गलत", "ग़लत", "त्रुटि"), "bn": ("সংশোধন", "ভুল"), "ta": ("திருத்த", "தவறு"),
    "mr": ("दुरुस्ती", "चूक", "चुकी"), "gu": ("સુધાર", "ભૂલ"), "pa": ("ਸੋਧ", "ਗਲਤ", "ਗ਼ਲਤ"),
    "hu": ("javít", "hib", "téves", "korábbi változat"),
    "lv": ("labot", "kļūd"), "te": ("సవరణ", "తప్పు"), "kn": ("ತಿದ್ದುಪಡಿ", "ತಪ್ಪು"),
    "ml": ("തിരുത്ത", "തെറ്റ"), "th": ("แก้ไข", "ผิด", "คลาดเคลื่อน"),
    "ja": ("訂正", "誤", "おわび", "お詫び"),
    "zh": ("更正", "勘误", "勘誤", "错误", "錯誤", "有误"),
    "ko": ("정정", "오류", "바로잡"),
    "af": ("regstel", "fout", "verkeerd", "vroeër weergawe"),
    "zu": ("lungis", "iphutha", "olungalungile", "okungalungile"),
    "xh": ("lungis", "impazamo", "ongachanekanga"), "yo": ("atunse", "asise"),
    "ig": ("mmezi", "ezighi ezi", "njehie"), "so": ("sixi", "khalad", "qalad"),
    "ne": ("सच्याइ", "गलत", "त्रुटि"), "or": ("ସଂଶୋଧନ", "ଭୁଲ"), "si": ("නිවැරදි", "වැරදි"),
    "my": ("ပြင်ဆင်", "မှားယွင်း"),
    "tl": ("pagwawasto", "itinama", "mali"), "sq": ("korrigj", "gabuar", "gabim"),
    "mk": ("исправ", "грешк", "погрешн"), "hr": ("isprav", "pogrešn", "grešk"),
    "az": ("düzəliş", "səhv", "yanlış"), "kk": ("түзет", "қате"), "uz": ("tuzat", "xato"),
    "ka": ("შესწორ", "შეცდომ"), "hy": ("ուղղ", "սխալ"), "mn": ("залруул", "алдаа", "буруу"),
    "km": ("កែតម្រូវ", "កំហុស"), "lo": ("ແກ້ໄຂ", "ຜິດ"),
}  # fmt: skip
# The labels of a note that says nothing by itself of an error (an editor's note, a note to
# readers; not "Correction:", "Korrektur:", "Rectificatif :", which name one): what of LABELS
# and the CJK labels is no correction's.
_NOTE_ONLY = re.compile(
    r"^\W{0,3}(?:editor['’]?s['’]? note|editors['’]? note|note to readers|anmerkung der redaktion"
    r"|hinweis der redaktion|transparenzhinweis|note de la redaction|nota del editor"
    r"|nota de la redaccion|nota do editor|nota da redacao|nota da redaccao|nota della redazione"
    r"|nota dell['’]editore|noot van de redactie|redaktionell kommentar|redaktionel note"
    r"|redaksjonell merknad|athugasemd ritstjornar|toimituksen huomautus|od redakcji"
    r"|uwaga redakcji|ndlr|n\.d\.l\.r\.|n\.d\.r\."
    r"|poznamka redakce|redakcijos pastaba|toimetuse markus|примечание редакции|от редакции"
    r"|примітка редакції|від редакції|σημειωση της συνταξησ|σημειωση συνταξησ"
    r"|nota de la redaccio|nota redactiei|editorun notu|editor notu|catatan redaksi"
    r"|catatan editor|nota editor|dokezo la mhariri|bayanin edita|የአርታኢ ማስታወሻ"
    r"|ghi chu cua bien tap|loi toa soan|ملاحظة المحرر|ملاحظة التحرير|تنويه|يادداشت سردبير"
    r"|ايڈيٹر كا نوٹ|הערת העורך|הערת המערכת|संपादक की टिप्पणी|संपादकीय टिप्पणी|संपादक का नोट"
    r"|সম্পাদকের নোট|সম্পাদকের মন্তব্য|ஆசிரியர் குறிப்பு|संपादकीय टीप|તંત્રી નોંધ|ਸੰਪਾਦਕੀ ਨੋਟ"
    r"|redakcijas piezime|సంపాదకుని గమనిక|ಸಂಪಾದಕರ ಟಿಪ್ಪಣಿ|പത്രാധിപക്കുറിപ്പ്"
    r"|หมายเหตุบรรณาธิการ|หมายเหตุจากบรรณาธิการ|編集部注|编者按|編者按|编者注|編者注|編者註"
    r"|편집자 ?주)"
)


def _stems(words: dict[str, tuple[str, ...]]) -> re.Pattern[str]:
    """One pattern of ``words``' stems as :func:`_comparable` writes them, a Latin one only at
    a word's start ("fel" is no part of "fell")."""
    forms = sorted({_comparable(w) for ws in words.values() for w in ws}, key=len, reverse=True)
    return re.compile(
        "|".join(("(?<![a-z])" if f[0].isascii() else "") + re.escape(f) for f in forms)
    )


_UPDATE_WORDS = _stems(UPDATE_WORDS)
_CORRECTION_WORDS = _stems(CORRECTION_WORDS)


def is_update_note(paragraph: str) -> bool:
    """Whether an editor's note (:func:`is_editors_note`) tells only of an update: headed by a
    note's label (:data:`_NOTE_ONLY`: "Editor's note:", "Anmerkung der Redaktion:", "編集部注",
    not "Correction:") or an English note sentence ("This story has been updated to add …"),
    its text holding an update's word of a language (:data:`UPDATE_WORDS`) and no correction's
    (:data:`CORRECTION_WORDS`: "to correct", "Fehler", "erreur", "an earlier version"); a
    correction's label, or a note of both kinds, is a correction.  ``False`` for any other
    paragraph."""
    line = " ".join(paragraph.split())
    if not is_editors_note(line):
        return False
    compared = _comparable(line)
    if not (_NOTE_ONLY.match(compared) or _NOTE_SENTENCE.match(_after_update_label(compared))):
        return False
    return bool(_UPDATE_WORDS.search(compared)) and not _CORRECTION_WORDS.search(compared)
