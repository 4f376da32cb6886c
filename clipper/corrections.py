"""Editor's notes: a paragraph in which a paper tells its reader what it corrected or updated.

Papers put such a note above the story ("Editor's note: This story was updated on April 29 to
correct the name of …") or below it ("Correction: An earlier version of this article …",
"This article was amended on 25 February 2024 to …").  It is about the article, not part of
what the article reports, so it is no story's lead (:func:`clipper.digest.lead.lead_paragraph`)
and a version adding one is told "correction added" (:func:`clipper.changes.version_changes`),
not "new lead".

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
- an English note sentence: "This story/article has been/was updated/corrected/amended …",
  "An earlier version of this story …".

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
        "corrections", "clarification",
    ),
    "de": (
        "anmerkung der redaktion", "hinweis der redaktion", "korrektur", "korrekturhinweis",
        "richtigstellung", "berichtigung", "transparenzhinweis",
    ),
    "fr": (
        "note de la rédaction", "rectificatif", "correctif", "précision", "erratum",
    ),
    "es": (
        "nota del editor", "nota de la redacción", "fe de errores", "fe de erratas",
        "aclaración", "corrección",
    ),
    "pt": (
        "nota do editor", "nota da redação", "nota da redacção", "correção", "correcção",
        "errata",
    ),
    "it": ("nota della redazione", "nota dell['’]editore", "rettifica", "correzione", "errata"),
    "nl": ("noot van de redactie", "correctie", "rectificatie"),
    "sv": ("rättelse", "redaktionell kommentar", "korrigering"),
    "da": ("rettelse", "redaktionel note", "korrektion"),
    "no": ("rettelse", "korrigering", "redaksjonell merknad"),
    "is": ("leiðrétting", "athugasemd ritstjórnar"),
    "fi": ("oikaisu", "korjaus", "toimituksen huomautus"),
    "pl": ("sprostowanie", "od redakcji", "korekta", "errata"),
    "cs": ("oprava", "poznámka redakce", "upřesnění"),
    "lt": ("pataisymas", "redakcijos pastaba", "patikslinimas"),
    "et": ("parandus", "toimetuse märkus", "täpsustus"),
    "ru": ("исправление", "примечание редакции", "от редакции", "уточнение"),
    "uk": ("виправлення", "примітка редакції", "від редакції", "уточнення"),
    "el": ("διόρθωση", "διευκρίνιση", "σημείωση της σύνταξης", "σημείωση σύνταξης"),
    "ca": ("correcció", "rectificació", "aclariment", "nota de la redacció"),
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
    "te": ("సవరణ", "సంపాదకుని గమనిక"),
    "kn": ("ತಿದ್ದುಪಡಿ", "ಸಂಪಾದಕರ ಟಿಪ್ಪಣಿ"),
    "ml": ("തിരുത്ത്", "പത്രാധിപക്കുറിപ്പ്"),
    "th": ("แก้ไข", "หมายเหตุบรรณาธิการ", "หมายเหตุจากบรรณาธิการ"),
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

# A label, then what marks it as a heading: a colon, a dash, or a bracketed or comma-led date
# (the Arabic comma too).
_LABELLED = re.compile(
    r"^\W{0,3}(?:" + "|".join(_ALL_LABELS) + r")"
    r"(?:\s*\([^()]{1,40}\))?(?:[,،]\s*[^:.;]{1,40})?(?:\s*[:：]|\s+[—–-]|[—–])",
    re.IGNORECASE,
)

# Notes a Japanese, Chinese or Korean paper heads the same way: 【訂正】, 訂正：, 更正, 勘误,
# 编者注, 編集部注, 정정, 편집자 주 (these scripts' words need no colon after them).
_CJK_LABELLED = re.compile(
    r"^\W{0,2}(?:訂正|おわび|お詫び|編集部注|更正|更正声明|更正聲明|勘误|勘誤|编者按|編者按|编者注"
    r"|編者注|編者註|정정|정정보도|바로잡습니다|편집자 ?주)(?:\W|$)"
)

# English note sentences that carry no label.
_NOTE_SENTENCE = re.compile(
    r"^\W{0,3}(?:this|the) (?:story|article|report|piece|post|headline)"
    r"(?: has been| was| had been| is being)? (?:updated|corrected|amended)\b"
    r"|^\W{0,3}an? (?:earlier|previous) version of this (?:story|article|report|piece|post)\b",
    re.IGNORECASE,
)


# A label and what follows it to its colon (a bracketed or comma-led date) fit in this many
# characters: only a paragraph's opening is compared.
_OPENING = 160


def is_editors_note(paragraph: str) -> bool:
    """Whether one paragraph (a line of text, any whitespace) is an editor's note or a
    correction, by its opening (see the module's docstring); ``False`` for ``""``."""
    line = " ".join(paragraph.split())
    if not line:
        return False
    return bool(
        _LABELLED.match(_comparable(line[:_OPENING]))
        or _CJK_LABELLED.match(line)
        or _NOTE_SENTENCE.match(line)
    )
