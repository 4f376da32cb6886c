"""A copy differing from its canonical only by its quotation marks and apostrophes (Hebrew's
gershayim ``״`` typed ``"``, ``׳`` typed ``'``, ``’`` for ``'``, „…“ or « … » for "…") is the
same text: no "headline changed", no "paragraph edited" (newcomer 50a, finding 4: "headline
changed; 5 paragraphs edited" at similarity 1.00).  A word changed beside them still is an edit.
Invented texts."""

from __future__ import annotations

import pytest

from clipper.changes import compare_texts, same_headline

CASES = [
    # Hebrew: gershayim and geresh, as the keyboard types them
    (
        "מנכ״ל החברה: ״נגדיל את הייצור בצפון״",
        "מנכ״ל החברה אמר כי ״נגדיל את הייצור בצפון״, וכי צה״ל יקבל את המשלוח הראשון.\n"
        "ההסכם עם ארה״ב נחתם בסוף השבוע, לדברי סמנכ״ל הכספים ג׳ורג׳ לוי.",
        'מנכ"ל החברה: "נגדיל את הייצור בצפון"',
        'מנכ"ל החברה אמר כי "נגדיל את הייצור בצפון", וכי צה"ל יקבל את המשלוח הראשון.\n'
        "ההסכם עם ארה\"ב נחתם בסוף השבוע, לדברי סמנכ\"ל הכספים ג'ורג' לוי.",
    ),
    # French guillemets with their spaces, German „…“, English curly quotes and apostrophes
    (
        "Le maire dit « oui » au tramway",
        "Le maire a répondu « oui » au tramway, l’opposition dénonce un « passage en force ».",
        'Le maire dit "oui" au tramway',
        'Le maire a répondu "oui" au tramway, l\'opposition dénonce un "passage en force".',
    ),
    (
        "Bürgermeister: „Wir bauen die Brücke neu“",
        "Die Stadt will die Brücke bis 2028 ersetzen, sagte der Bürgermeister: „Wir bauen neu“.",
        'Bürgermeister: "Wir bauen die Brücke neu"',
        'Die Stadt will die Brücke bis 2028 ersetzen, sagte der Bürgermeister: "Wir bauen neu".',
    ),
    (
        "Council’s “final offer” rejected",
        "The union said the council’s “final offer” wasn’t enough to end the strike.",
        'Council\'s "final offer" rejected',
        "The union said the council's \"final offer\" wasn't enough to end the strike.",
    ),
    # Japanese corner brackets against ASCII quotes
    (
        "市長「橋を架け替える」",
        "市長は「橋を架け替える」と述べた。",
        '市長"橋を架け替える"',
        '市長は"橋を架け替える"と述べた。',
    ),
]


@pytest.mark.parametrize(("title", "text", "copy_title", "copy_text"), CASES)
def test_quote_marks_alone_are_no_edit(
    title: str, text: str, copy_title: str, copy_text: str
) -> None:
    changes = compare_texts(title, text, copy_title, copy_text)
    assert changes.summary == ["exact copy"]
    assert changes.edited == 0
    assert same_headline(title, copy_title)


def test_a_word_changed_beside_the_quote_marks_is_an_edit() -> None:
    title, text, _, _ = CASES[0]
    copy = text.replace("בצפון", "בדרום").replace("״", '"')
    changes = compare_texts(title, text, title.replace("״", '"'), copy)
    assert changes.summary == ["1 paragraph edited"]
    assert not same_headline(title, title.replace("בצפון", "בדרום"))
