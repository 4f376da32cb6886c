"""A page's story terms folded at once, each as it is folded alone (issue 10: no per-word Python
call where one call does the job).  :func:`clipper.spelling.folded_lines` folds pieces joined one
a line in one :func:`clipper.spelling.folded` call; every fold it holds must then read a
character, a word or a line, and a Chinese term must not see its neighbours (the Mainland's
vocabulary is converted by phrase, and a whole text by whether it holds kana).  The terms and
words are invented."""

from __future__ import annotations

import numpy as np

from clipper.spelling import folded, folded_lines
from clipper.stories import termweights, weights
from clipper.stories.accents import folded_term, folded_terms
from clipper.stories.termweights import _compound_zipfs

# One piece for each fold of clipper.spelling.folded, and neighbours a fold reading across a
# line break would join or change.
PIECES = [
    "NATO", "straße", "λόγος", "ΛΟΓΟΣ", "président", "łódź", "hoà", "khoẻ", "thuỷ",
    "кiлометрiв", "pixel", "мости i дороги", "한ㆍ미", "미・중",
    "مي", "شود", "مي شود", "کتاب ها", "أحمد", "١٢٣", "۴۵", "हिन्दी", "माँ",
    "yağış", "göre", "çanakkale", "ș", "țară", "col·lectiu", "ё", "пʼять", "o’hara",
    "\u0301abc", "e\u0301", "zero\u200dwidth", "n:istanbul belediyesi", "#1,5", "İstanbul",
    "ソフト", "軟體", "網路", "資訊", "ひらがな", "two\nlines", "", "x",
]  # fmt: skip


def test_pieces_folded_at_once_are_each_folded_alone() -> None:
    assert folded_lines(PIECES) == [folded(piece) for piece in PIECES]
    # whatever their neighbours: in reverse order too, and each Han piece beside kana
    backwards = PIECES[::-1]
    assert folded_lines(backwards) == [folded(piece) for piece in backwards]
    for han in ("軟體", "網路", "資訊"):
        assert folded_lines(["ソフト", han]) == [folded("ソフト"), folded(han)]


def test_a_chinese_term_beside_kana_keeps_its_mainland_word() -> None:
    """Joined with a kana term, a Taiwanese word would be converted character for character
    only; folded alone it is the Mainland's word, as the story vector hashed it before."""
    assert folded_lines(["ソフト", "軟體"])[1] == folded("軟體") == "软件"
    assert folded("ソフト\n軟體").split("\n")[1] != "软件"


def test_story_terms_folded_at_once_are_each_term_folded_alone() -> None:
    folded_term.cache_clear()  # nothing kept from a test that changed the folds
    terms = [piece for piece in PIECES if "\n" not in piece and piece]
    for umlauts in (False, True):
        expected = [folded_term(term, umlauts) for term in terms]
        assert folded_terms(terms, umlauts) == expected
    # an ASCII term is its own fold (never lower-cased: the terms are)
    assert folded_terms(["n:ABC", "#12"]) == ["n:ABC", "#12"]
    spelled = folded_terms(["gespraech", "bruessel", "queen"], True)
    assert spelled == ["gesprach", "brussel", "queen"]


def test_combined_words_weighed_at_once_weigh_what_wordfreq_gives_each() -> None:
    """A page's hyphenated words and syllable bigrams unknown to the table are looked up at once
    (:func:`_compound_zipfs`): each weighs what ``wordfreq`` gives it (its tokens combined; the
    plural's value where higher, as the table's), and a word with an unknown part as unknown."""
    import wordfreq

    def wordfreqs(found: list[str], language: str) -> list[float]:
        return [
            max(wordfreq.zipf_frequency(word, language),
                wordfreq.zipf_frequency(word + "s", language))
            for word in found
        ]  # fmt: skip

    termweights._COMPOUND.clear()  # nothing kept from another test
    english = ["long-term", "o'hara", "short-lived", "zqxw-term", "long-term", "well-known"]
    assert _compound_zipfs(english, "en") == wordfreqs(english, "en")
    assert _compound_zipfs(english, "en")[3] == 0.0
    termweights._COMPOUND.clear()
    vietnamese = ["hà nội", "khởi công", "thành phố"]
    assert _compound_zipfs(vietnamese, "vi") == wordfreqs(vietnamese, "vi")
    # the parts' own values: "zqxw" is no word of the table
    assert not weights.table("en").find(np.array([weights.lookup_key("zqxw")], np.uint64))[0]
