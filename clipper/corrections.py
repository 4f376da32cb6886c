"""Editor's notes: a paragraph in which a paper tells its reader what it corrected or updated.

Papers put such a note above the story ("Editor's note: This story was updated on April 29 to
correct the name of …") or below it ("Correction: An earlier version of this article …",
"This article was amended on 25 February 2024 to …").  It is about the article, not part of
what the article reports, so it is no story's lead (:func:`clipper.digest.lead.lead_paragraph`)
and a version adding one is told "correction added" (:func:`clipper.changes.version_changes`),
not "new lead".

A note is recognised by its opening only (the whole kind, in the languages of
:mod:`clipper.furniture`):

- a label of a correction or an editor's note (not "Update:", which heads news) followed by
  a colon, a dash or a date: "Editor's note:", "CORRECTION —",
  "Correction (April 29, 2024):", "Clarification, May 2:", "Anmerkung der Redaktion:",
  "Korrektur:", "Note de la rédaction :", "Rectificatif :", "Nota del editor:", "Fe de
  errores:", "Nota della redazione:", "Rettifica:", "Noot van de redactie:", "Rättelse:",
  "Sprostowanie:", "Исправление:", "Примечание редакции:", "訂正", "【訂正】"…;
- an English note sentence: "This story/article has been/was updated/corrected/amended …",
  "An earlier version of this story …".

A sentence that merely opens with such a word ("Correction officers said …",
"Korrektur der Prognose …") is not a note: the label must be followed by its colon, dash or
date.
"""

from __future__ import annotations

import re

# Labels papers head a note with, lower-case; "editor's note" with either apostrophe.
_LABELS = (
    # en
    "editor['’]?s['’]? note", "editors['’]? note", "note to readers", "correction", "corrections",
    "clarification",
    # de
    "anmerkung der redaktion", "hinweis der redaktion", "korrektur", "korrekturhinweis",
    "richtigstellung", "berichtigung", "transparenzhinweis",
    # fr
    "note de la rédaction", "note de la redaction", "rectificatif", "correctif", "précision",
    "erratum",
    # es / pt
    "nota del editor", "nota de la redacción", "nota de la redaccion", "fe de errores",
    "fe de erratas", "aclaración", "corrección", "nota do editor", "nota da redação",
    "nota da redacção", "correção", "correcção", "errata",
    # it
    "nota della redazione", "nota dell['’]editore", "rettifica",
    # nl
    "noot van de redactie", "correctie", "rectificatie",
    # sv / da / no
    "rättelse", "redaktionell kommentar", "rettelse", "redaktionel note", "korrigering",
    # pl / cs / lt
    "sprostowanie", "od redakcji", "korekta", "oprava", "poznámka redakce", "pataisymas",
    # ru
    "исправление", "примечание редакции", "от редакции", "уточнение",
    # tr / id / vi
    "düzeltme", "editörün notu", "ralat", "catatan redaksi", "đính chính", "ghi chú của biên tập",
)

# A label, then what marks it as a heading: a colon, a dash, or a bracketed or comma-led date.
_LABELLED = re.compile(
    r"^\W{0,3}(?:" + "|".join(_LABELS) + r")"
    r"(?:\s*\([^()]{1,40}\))?(?:,\s*[^:.;]{1,40})?(?:\s*[:：]|\s+[—–-]|[—–])",
    re.IGNORECASE,
)

# Notes a Japanese, Chinese or Korean paper heads the same way: 【訂正】, 訂正：, 更正, 정정.
_CJK_LABELLED = re.compile(
    r"^\W{0,2}(?:訂正|おわび|更正|更正声明|编者按|編者按|정정|바로잡습니다)(?:\W|$)"
)

# English note sentences that carry no label.
_NOTE_SENTENCE = re.compile(
    r"^\W{0,3}(?:this|the) (?:story|article|report|piece|post|headline)"
    r"(?: has been| was| had been| is being)? (?:updated|corrected|amended)\b"
    r"|^\W{0,3}an? (?:earlier|previous) version of this (?:story|article|report|piece|post)\b",
    re.IGNORECASE,
)


def is_editors_note(paragraph: str) -> bool:
    """Whether one paragraph (a line of text, any whitespace) is an editor's note or a
    correction, by its opening (see the module's docstring); ``False`` for ``""``."""
    line = " ".join(paragraph.split())
    if not line:
        return False
    return bool(
        _LABELLED.match(line) or _CJK_LABELLED.match(line) or _NOTE_SENTENCE.match(line)
    )
