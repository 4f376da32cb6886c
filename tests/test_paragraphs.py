"""A night's repeated paragraphs read once (clipper.paragraphs): the fingerprint's words and
sentence lengths, the story terms and the search text of a text put together from its
paragraphs' kept answers are those of reading the whole text, in several languages and
scripts, at any line break.  Invented texts."""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

import pytest

from clipper import paragraphs, searchtext, umlauts, words
from clipper.searchamounts import amount_keys_text
from clipper.stories import tokens


def _whole_search_text(text: str) -> str:
    """The search text of ``text`` read whole: its words with their stems, then the words
    holding ä ö ü (and å ø in a name) in their two-letter spelling with the words around them
    (clipper.umlauts, migrations 0066, 0068, 0070), then its grouped numbers joined with the
    words around them (clipper.searchnumbers, migration 0089), then its amounts' keys
    (clipper.searchamounts, migration 0093)."""
    if not text:
        return ""
    plain = searchtext.with_stems(searchtext._search_text(text))
    words = plain
    if not text.isascii() and umlauts.HAS_LETTER.search(text) is not None:
        spelled = searchtext._spelled_runs(text, plain, None)
        words = plain + " " + spelled if spelled else plain
    numbers = searchtext._number_runs(text, plain)
    words = words + " " + numbers if numbers else words
    keyed = amount_keys_text(text)
    return words + " " + keyed if keyed else words


# (what the stage gives, what reading the whole text gives)
STAGES: list[tuple[Callable[[str], Any], Callable[[str], Any]]] = [
    (words.words, words._words),
    (words.sentence_word_counts, words._sentence_word_counts),
    (tokens.terms, tokens._terms),
    (searchtext.search_text, _whole_search_text),
]
MEMOS: list[paragraphs.ByParagraph[Any]] = [
    words._words_by_paragraph,
    words._sentence_word_counts_by_paragraph,
    tokens._terms_by_paragraph,
    searchtext._words_by_paragraph,
]

PARAGRAPHS = [
    "The harbour council voted on Tuesday to add two early ferry crossings, answering "
    "commuters who said the first boat left too late. Mayor Ana-Luísa O’Hara agreed.",
    "Der Stadtrat von Köln beschloss am Dienstag eine neue Fährverbindung über den Rhein, "
    "teilte Oberbürgermeister Hans Peter Müller mit. Die Straße bleibt offen!",
    "Ο δήμαρχος της Αθήνας ΣΊΣΥΦΟΣ είπε ότι το σχέδιο κοστίζει 3,5 εκατ. ευρώ και ότι "
    "τα δρομολόγια θα ξεκινήσουν τον Μάιο, σύμφωνα με το λιμεναρχείο της πόλης.",
    "وافق مجلس المدينة يوم الثلاثاء على جدول جديد للعبارات في الميناء، وقال رئيس البلدية إن "
    "الأسعار لن ترتفع هذا العام بعد مراجعة الميزانية.",
    "Straße, STRASSE und Maßnahmen: Ｆｕｌｌｗｉｄｔｈ ﬁne print, ½ price and № 5 on "
    "page ²; the council’s “new” plan costs $3,200,000 (2025). Read more …",
    "東京都は火曜日、新しいフェリーの時刻表を発表した。港湾局によると、運航は来月から始まる。"
    "料金は据え置かれる。市民の反応はおおむね好意的だという。担当者は説明した。"
    "新しい船は二隻で、どちらも電気で動く。港の近くに住む人たちは静かになると喜んでいる。",
]
SHORT = ["Skip to content", "Photo: Harbour Wire", "By Jane Roe", "", "  ", "1. First item",
         "\u0301accent after a line break", "Harbour Council Approves Ferry Plan"]


def _texts(seed: int) -> list[str]:
    rng = random.Random(seed)
    texts = []
    for _ in range(120):
        lines = [rng.choice(PARAGRAPHS if rng.random() < 0.6 else SHORT)
                 for _ in range(rng.randrange(1, 10))]
        texts.append("\n".join(lines) + rng.choice(["", "\n", "\n\n"]))
    return texts


def test_a_text_read_from_its_paragraphs_kept_answers_is_read_as_a_whole() -> None:
    for memo in MEMOS:
        memo.forget()
    texts = _texts(19)
    # ten texts in, every paragraph has been seen before: its answer is kept and put together
    # with the readings of the lines around it
    for text in texts + texts:
        for stage, whole in STAGES:
            assert stage(text) == whole(text), (stage, text)
    assert all(len(p) >= paragraphs.PARAGRAPH_CHARS for p in PARAGRAPHS)
    # (a text holding a character of the CJK blocks, full-width Latin too, is read whole for
    # its search text)
    latin = [p for p in PARAGRAPHS if not searchtext._CJK_BLOCKS.search(p)]
    # (and a paragraph holding ä ö ü is read again spelled ae oe ue: clipper.umlauts)
    spelled = [p for p in latin if umlauts.HAS_LETTER.search(p)]
    assert [memo._kept.cache_info().currsize for memo in MEMOS] == [len(PARAGRAPHS)] * 3 + [
        len(latin) + len(spelled)
    ]
    # the same paragraph inside a longer line is no paragraph of its own
    glued = PARAGRAPHS[0] + " " + PARAGRAPHS[1]
    for stage, whole in STAGES:
        assert stage(glued) == whole(glued)


def test_a_text_of_new_paragraphs_is_read_in_one_piece() -> None:
    # a text whose paragraphs are new costs one reading, as without the kept answers
    calls: list[str] = []

    def read(text: str) -> list[str]:
        calls.append(text)
        return text.split()

    memo = paragraphs.ByParagraph(read)
    text = "\n".join([SHORT[0], PARAGRAPHS[0], SHORT[2], PARAGRAPHS[1]])
    assert memo(text) == text.split() and calls == [text]
    calls.clear()
    again = "\n".join([PARAGRAPHS[1], SHORT[1], PARAGRAPHS[2]])
    assert memo(again) == again.split()
    assert calls == [PARAGRAPHS[1], again[len(PARAGRAPHS[1]):]]  # the one seen before apart
    calls.clear()
    assert memo(again) == again.split()  # both paragraphs seen before: each apart, the first kept
    assert calls == ["\n" + SHORT[1] + "\n", PARAGRAPHS[2]]
    calls.clear()
    assert memo(again) == again.split()
    assert calls == ["\n" + SHORT[1] + "\n"]  # only the lines between kept paragraphs



def test_versions_of_a_text_are_given_the_search_text_of_each() -> None:
    """``search_texts`` of a text and that text with some of its lines cut (a template cut
    made again), the other way round (a cut undone), or another text, in each language whose
    search text adds words after the text's own (umlauts, Portuguese spellings, compound
    parts, case keys) and none, CJK and full-width text among them: each version's search
    text read alone, whatever the memos held."""
    rng = random.Random(39)
    texts = _texts(39)[:24]
    for language in (None, "en", "de", "da", "pt", "fi", "pl", "ja", "ar"):
        for at, text in enumerate(texts):
            lines = text.split("\n")
            cut = "\n".join(line for line in lines if rng.random() < 0.7)
            for old, new in ((text, cut), (cut, text), (text, texts[at - 1])):
                for memo in MEMOS:
                    memo.forget()
                together = searchtext.search_texts(old, new, language)
                for memo in MEMOS:
                    memo.forget()
                alone = (searchtext.search_text(old, language),
                         searchtext.search_text(new, language))
                assert together == alone, (language, old, new)
    assert searchtext.search_texts(None, "", "en") == ("", "")



def test_a_text_and_its_cut_version_read_their_shared_lines_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # each run of lines is read once for both versions: the runs both hold, and the cut lines
    calls: list[str] = []
    memo = searchtext._words_by_paragraph
    read = memo._read

    def noted(piece: str) -> list[str]:
        calls.append(piece)
        return read(piece)

    memo.forget()
    monkeypatch.setattr(memo, "_read", noted)
    old = "\n".join([PARAGRAPHS[0], SHORT[0], PARAGRAPHS[1], SHORT[2], PARAGRAPHS[2]])
    new = "\n".join([PARAGRAPHS[0], PARAGRAPHS[1], PARAGRAPHS[2]])
    together = searchtext.search_texts(old, new, "en")
    assert calls == [PARAGRAPHS[0], SHORT[0], PARAGRAPHS[1], SHORT[2], PARAGRAPHS[2]]
    assert together == (searchtext.search_text(old, "en"), searchtext.search_text(new, "en"))
