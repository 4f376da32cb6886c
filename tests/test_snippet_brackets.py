"""A snippet keeps a bracket pair its window cuts whole (session 51): ``search 'TPS'`` showed
"[TPS]) -" for a text opening "(TPS) -", the window starting at the match and leaving its
opening parenthesis out.  Every bracket kind (round, square, curly, full-width, CJK corner and
lenticular, Arabic's ornate parentheses), in right-to-left text (Hebrew, Arabic: the stored,
logical order) as in left-to-right; at the window's end too.  Fixtures: invented text."""

from __future__ import annotations

import pytest

from clipper.brackets import bracket_pairs, whole_pairs
from clipper.searchterms import query_tokens
from clipper.snippets import snippet

MARKS = ("[", "]")


def shown(text: str, query: str, language: str, width: int) -> str:
    return snippet(text, [query_tokens(query)], MARKS, language=language, width=width)


@pytest.mark.parametrize(
    ("text", "query", "language", "expected"),
    [
        (
            "(TPS) - The mayor said on Sunday that work on the new bridge would end next month "
            "as the council planned.",
            "TPS", "en", "([TPS]) - The mayor",
        ),
        (
            "תל אביב (TPS) - ראש העיר אמר היום כי העבודות על הגשר החדש יסתיימו בחודש הבא.",
            "TPS", "he", "([TPS]) - ראש העיר",
        ),
        (
            "القاهرة (أ ش أ) - قال وزير النقل اليوم إن أعمال الجسر الجديد ستنتهي الشهر المقبل.",
            "أ ش أ", "ar", "([أ ش أ]) - قال",
        ),
        (
            "Port officials [Vellmar Harbour Board] said the new pier opens in the spring.",
            "Board", "en", "[Vellmar Harbour [Board]] said",
        ),
        (
            "The figures {provisional} were published by the office on Monday morning.",
            "provisional", "en", "{[provisional]} were",
        ),
        (
            "东京【共同】日本政府七日宣布新的港口计划，预计明年开始建设，港口将扩大一倍。",
            "共同", "zh", "【[共同]】日本",
        ),
        (
            "港湾局（ヴェルマー）は七日、新しい桟橋の計画を発表した。工事は来年始まる。",
            "ヴェルマー", "ja", "（[ヴェルマー]）は",
        ),
        (
            "قال الخطيب ﴿ اقرأ باسم ربك ﴾ ثم دعا الحضور إلى الصمت في بداية الحفل الكبير.",
            "باسم", "ar", "﴿ اقرأ [باسم] ربك ﴾",
        ),
    ],
)  # fmt: skip
def test_an_opening_bracket_before_the_window_is_kept(
    text: str, query: str, language: str, expected: str
) -> None:
    got = shown(text, query, language, width=6)
    assert expected in got, got


def test_a_closing_bracket_after_the_window_is_kept() -> None:
    text = (
        "Reporters waited outside the hall for hours while the board met (its third meeting "
        "this week) and then left without a statement."
    )
    got = shown(text, "board", "en", width=6)
    assert "(its third meeting this week)" in got, got


def test_a_far_bracket_is_left_alone() -> None:
    # the opening parenthesis is farther back than a snippet's reach: the window stays
    text = "(" + "a long aside about the harbour's history and its many owners " * 2 + "TPS) end"
    got = shown(text, "TPS", "en", width=3)
    assert got == "…owners [TPS]) end", got


def test_whole_pairs_counts_nested_pairs() -> None:
    text = "Said (a [b] c) here"
    assert text[slice(*whole_pairs(text, text.index("c"), len(text)))] == "(a [b] c) here"
    text = "x (a (b) c) y"
    assert text[slice(*whole_pairs(text, 0, text.index("b")))] == "x (a (b) c)"
    # a pair the window holds whole is left as it is
    assert whole_pairs("a (b) c", 2, 5) == (2, 5)


def test_bracket_pairs_are_unicodes() -> None:
    pairs = bracket_pairs()
    for pair in ["()", "[]", "{}", "（）", "［］", "【】", "「」", "《》", "﴿﴾"]:
        assert pairs[pair[0]] == pair[1]
    assert "„" not in pairs and "«" not in pairs  # quotation marks: no pair
