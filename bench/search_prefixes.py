"""How precise search's prefix and suffix stripping is (clipper.prefixes): invented pages, each
holding one Arabic or Hebrew word, and for each the word a reader searches for it.

Two kinds of word: a prefixed form (``بغزة`` "in Gaza", ``ההנהלה``) whose page the bare word
must find (a *found* hit, else a miss), and a word whose first letters are its own
(``لبنان``, ``كامل``, ``מדינה``, ``בחירות``), whose page the word left without those letters
must NOT find (``بنان``, ``امل``, ``דינה``, ``חירות``: else a *wrong* hit), and whose own word
must find it and nothing else.  The same for suffixes: a form with a plural, a possessive
pronoun or the Hebrew construct ending (``محطات``, ``حكومتها``, ``הנהלת``, ``ביתו``) that the word
without it must find (and a few the other way round: ``محطة`` finds ``محطات``), and words
whose last letters are their own (``قانون``, ``عشرين``, ``שבת``, ``אמת``).  Some forms are
listed although the rules leave them (``كتابه``, ``ועדת``, ``ביתם``): they count as misses.
Printed per rule setting: misses and wrong hits, for the
stemming as configured and with the Hebrew margin and the Arabic particle rule swapped.

These lists are the set the margins were tuned on.  A confirm set, not tuned on, is generated at
run time: wordfreq's 30,000 most frequent words of each language that begin with a prefix
sequence (those of the lists above left out), labelled by Hunspell's morphological analysis
(``hunspell -s`` with Debian's ``hunspell-ar`` and ``hunspell-he`` dictionaries, written by
people, not from wordfreq): a word whose only readings are the word left without the prefix
(``بالوزير``: ``وزير``; ``בשבת``: ``שבת``) is a prefixed form, a word read both as itself and
as the word left (``وزير``: ``وزير``, ``زير``; ``שבת``: ``שבת``, ``בת``) an own-letter word; at
most ``CONFIRM_CASES`` of each kind, most frequent first.  The same for Arabic suffixes
(``ARABIC_ENDINGS``: ``وقته`` read only as ``وقت`` is a suffixed form, ``عمله`` read as
itself and as ``عمل`` an own-ending word); Hebrew's dictionary lists every inflected form as a
word (``ביתו``, ``הנהלת``), so Hebrew suffixes have no confirm set.  (Hunspell lists some
prefixed forms as words, ``وكان``, ``ولكن``, ``لديه``, ``عنده``: they count as own-letter
words, so the set's wrong hits are an upper bound.)  Skipped, with a note, where Hunspell or a
dictionary is not installed.

    python bench/search_prefixes.py
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import wordfreq

# --clipper DIR: the stemming of another checkout (main's, to compare), the cases of this one.
sys.path.insert(
    0,
    sys.argv[sys.argv.index("--clipper") + 1]
    if "--clipper" in sys.argv
    else str(Path(__file__).resolve().parent.parent),
)

from clipper import config, prefixes
from clipper.digest.matching import Document, matches
from clipper.searchquery import parse_query
from clipper.searchtext import fold

# (word on the page, the word searched, whether that search should find the page)
ARABIC = [
    ("الصهاريج", "صهاريج", True), ("والكهرباء", "كهرباء", True), ("المحطات", "محطات", True),
    ("بغزة", "غزة", True), ("لمصر", "مصر", True), ("وقال", "قال", True),
    ("للطلاب", "طلاب", True), ("للبنان", "لبنان", True), ("بالمدينة", "مدينة", True),
    ("وبيروت", "بيروت", True), ("فالحكومة", "حكومة", True), ("كالعادة", "عادة", True),
    ("ولبنان", "لبنان", True), ("وفلسطين", "فلسطين", True), ("بالكامل", "كامل", True),
    ("والوزارة", "وزارة", True), ("لقطر", "قطر", True), ("وبالنفط", "نفط", True),
    ("لبنان", "بنان", False), ("كامل", "امل", False), ("فكرة", "كرة", False),
    ("بطاقة", "طاقة", False), ("واحد", "احد", False), ("وزارة", "زارة", False),
    ("لجنة", "جنة", False), ("كلام", "لام", False), ("كتاب", "تاب", False),
    ("فلسطين", "لسطين", False), ("بلدية", "لدية", False), ("الله", "له", False),
    ("ولد", "لد", False), ("بلد", "لد", False), ("منطقة", "نطقة", False),
    ("فريق", "ريق", False), ("كبار", "بار", False), ("بيان", "يان", False),
    ("والد", "الد", False), ("وطني", "طني", False), ("بحث", "حث", False),
    ("فقط", "قط", False), ("كبير", "بير", False), ("لقاء", "قاء", False),
]
HEBREW = [
    ("ההנהלה", "הנהלה", True), ("המדינה", "מדינה", True), ("והממשלה", "ממשלה", True),
    ("שהממשלה", "ממשלה", True), ("מהבית", "בית", True), ("בירושלים", "ירושלים", True),
    ("לישראל", "ישראל", True), ("ההר", "הר", True), ("וביבי", "ביבי", True),
    ("בכנסת", "כנסת", True), ("מהמשטרה", "משטרה", True), ("לממשלה", "ממשלה", True),
    ("הבחירות", "בחירות", True), ("ושלום", "שלום", True), ("כשהצבא", "צבא", True),
    ("מדינה", "דינה", False), ("שלום", "לום", False), ("ביבי", "יבי", False),
    ("בחירות", "חירות", False), ("מבנה", "בנה", False), ("מלך", "לך", False),
    ("הגנה", "גנה", False), ("הרבה", "רבה", False), ("לבנון", "בנון", False),
    ("הודעה", "ודעה", False), ("משפט", "שפט", False), ("ממשלה", "משלה", False),
    ("כנסת", "נסת", False), ("מלחמה", "לחמה", False), ("שבוע", "בוע", False),
    ("בית", "ית", False), ("לחץ", "חץ", False), ("מכה", "כה", False),
]

ARABIC_SUFFIXES = [
    ("محطات", "محطة", True), ("سيارات", "سيارة", True), ("الحكومات", "حكومة", True),
    ("الشركات", "شركة", True), ("انتخابات", "انتخاب", True), ("لقاحات", "لقاح", True),
    ("المهندسون", "مهندس", True), ("مهندسين", "مهندس", True), ("الفلسطينيين", "فلسطيني", True),
    ("موظفين", "موظف", True), ("لاعبين", "لاعب", True), ("مواطنين", "مواطن", True),
    ("رئيسها", "رئيس", True), ("حكومتها", "حكومة", True), ("حياته", "حياة", True),
    ("بلادنا", "بلاد", True), ("شعبهم", "شعب", True), ("وزارتها", "وزارة", True),
    ("قواتها", "قوات", True), ("وفاته", "وفاة", True), ("سكانها", "سكان", True),
    ("ابنها", "ابن", True), ("معلومات", "معلومة", True), ("كتابه", "كتاب", True),
    ("بيته", "بيت", True), ("محطة", "محطات", True), ("لقاح", "لقاحات", True),
    ("قانون", "قان", False), ("مليون", "ملي", False), ("عشرين", "عشر", False),
    ("ثلاثين", "ثلاث", False), ("زيتون", "زيت", False), ("بنات", "بن", False),
    ("نبات", "نبه", False), ("اوقات", "اوق", False), ("صفات", "صف", False),
    ("درهم", "در", False), ("مكتبة", "مكتب", False), ("جامعة", "جامع", False),
    ("منطقة", "منطق", False), ("مدرسة", "مدرس", False), ("انسان", "انس", False),
    ("مسكين", "مسك", False), ("ياسمين", "ياسم", False), ("تلفزيون", "تلفزي", False),
    ("فلسطين", "فلسط", False), ("كورونا", "كورو", False), ("ميدان", "ميد", False),
    ("حسين", "حس", False), ("سنين", "سن", False), ("فنون", "فن", False),
]
HEBREW_SUFFIXES = [
    ("הנהלת", "הנהלה", True), ("ממשלת", "ממשלה", True), ("מדינת", "מדינה", True),
    ("עיריית", "עירייה", True), ("משטרת", "משטרה", True), ("ועדת", "ועדה", True),
    ("מפלגת", "מפלגה", True), ("מלחמת", "מלחמה", True), ("שנת", "שנה", True),
    ("הנהלתו", "הנהלה", True), ("ממשלתו", "ממשלה", True), ("ביתו", "בית", True),
    ("ראשו", "ראש", True), ("ספרו", "ספר", True), ("ילדיו", "ילד", True),
    ("ארצנו", "ארץ", True), ("עירנו", "עיר", True), ("ממשלתנו", "ממשלה", True),
    ("תפקידו", "תפקיד", True), ("מקומו", "מקום", True), ("זמנו", "זמן", True),
    ("צבאו", "צבא", True), ("ביתם", "בית", True), ("הנהלה", "הנהלת", True),
    ("שבת", "שבה", False), ("אמת", "אמה", False), ("דעת", "דעה", False),
    ("כתובת", "כתובה", False), ("קשת", "קשה", False), ("רשת", "רשה", False),
    ("אחרת", "אחרה", False), ("כנסת", "כנסה", False), ("ברית", "בריה", False),
    ("אותו", "אות", False), ("עכשיו", "עכשי", False), ("אליו", "אלי", False),
    ("עליו", "עלי", False), ("כולו", "כול", False), ("שלום", "שלו", False),
    ("עולם", "עול", False), ("אנחנו", "אנח", False), ("תחת", "תחה", False),
]


HUNSPELL = {"arabic": "ar", "hebrew": "he_IL"}
CONFIRM_CASES = 400
CONFIRM_WORDS = 30_000


# The suffixes the rules read (clipper.prefixes), as (ending, what the word left ends with):
# a pronoun, a ة written ت before one, the plurals, the Hebrew construct form.
ARABIC_ENDINGS = [
    ("تها", "ة"), ("تهم", "ة"), ("تنا", "ة"), ("ته", "ة"), ("هما", ""), ("ها", ""), ("هم", ""),
    ("هن", ""), ("نا", ""), ("كم", ""), ("ه", ""), ("ات", "ة"), ("ات", ""), ("ون", ""), ("ين", ""),
]
HEBREW_ENDINGS = [
    ("יהם", ""), ("ינו", ""), ("יו", ""), ("נו", ""), ("כם", ""), ("ו", ""), ("ת", "ה"),
]


def _final(word: str) -> str:
    return word[:-1] + prefixes._FINAL_FORMS.get(word[-1:], word[-1:])


def _splits(script: str, kind: str, word: str) -> list[str]:
    """The words ``word`` may be with a prefix (``kind`` "prefix") or an ending ("suffix")
    taken off, 3 letters or more."""
    if kind == "prefix":
        sequences = (
            set(prefixes._ARTICLES) | set(prefixes._PARTICLES)
            if script == "arabic"
            else set(prefixes._HEBREW_PREFIXES)
        )
        rests = [word[len(s) :] for s in sorted(sequences, key=len) if word.startswith(s)]
    else:
        endings = ARABIC_ENDINGS if script == "arabic" else HEBREW_ENDINGS
        rests = [word[: -len(e)] + after for e, after in endings if word.endswith(e)]
        rests = rests if script == "arabic" else [_final(r) for r in rests]
    return [r for r in rests if len(r) >= 3]


def confirm_cases(script: str, kind: str = "prefix") -> list[tuple[str, str, bool]] | None:
    """The generated confirm set of ``script`` for prefixes or suffixes (``kind``; see the
    module), or None without Hunspell or its dictionary, and for Hebrew suffixes (its
    dictionary lists each inflected form as a word: ``ביתו``, ``הנהלת``)."""
    if script == "hebrew" and kind == "suffix":
        return None
    pattern, code = (
        (prefixes.ARABIC_WORD, "ar") if script == "arabic" else (prefixes.HEBREW_WORD, "he")
    )
    lists = (ARABIC + ARABIC_SUFFIXES) if script == "arabic" else (HEBREW + HEBREW_SUFFIXES)
    tuned = {fold(w) for w, *_ in lists}
    words = [
        w
        for w in wordfreq.top_n_list(code, CONFIRM_WORDS)
        if pattern.fullmatch(fold(w)) and fold(w) not in tuned and _splits(script, kind, w)
    ]
    try:
        run = subprocess.run(
            ["hunspell", "-d", HUNSPELL[script], "-s", "-i", "utf-8"],
            input="\n".join(words) + "\n",
            capture_output=True,
            text=True,
            check=True,
        )
    except (OSError, subprocess.CalledProcessError):
        return None
    stems: dict[str, set[str]] = {}
    for line in run.stdout.splitlines():
        parts = line.split()
        if len(parts) == 2:
            stems.setdefault(parts[0], set()).add(parts[1])
    forms: list[tuple[str, str, bool]] = []
    own: list[tuple[str, str, bool]] = []
    for w in words:  # most frequent first
        found = stems.get(w, set())
        for rest in _splits(script, kind, w):
            if rest in found:
                (own if w in found else forms).append((w, rest, w not in found))
                break
    return forms[:CONFIRM_CASES] + own[:CONFIRM_CASES]


def count(cases: list[tuple[str, str, bool]]) -> tuple[int, int, list[str]]:
    """(misses, wrong hits, the words of each) over ``cases``; the page is one sentence
    holding its word between two filler words."""
    misses = wrong = 0
    notes = []
    for word, query, should in cases:
        page = Document.of(None, f"xx {word} yy")
        found = matches(parse_query(query), page)
        own = matches(parse_query(word), page)
        if should and not found:
            misses += 1
            notes.append(f"miss {query}->{word}")
        if not should and found:
            wrong += 1
            notes.append(f"wrong {query}->{word}")
        if not own:
            misses += 1
            notes.append(f"own {word}")
    return misses, wrong, notes


def main() -> None:
    settings: list[tuple[str, dict[str, float]]] = [
        ("as configured", {}),
        ("Hebrew article margin 0.5", {"HEBREW_ARTICLE_MARGIN": 0.5}),
        ("Hebrew margins both 1.0", {"HEBREW_ARTICLE_MARGIN": 1.0, "HEBREW_PREFIX_MARGIN": 1.0}),
        (
            "Hebrew margins 9 (no frequency check)",
            {"HEBREW_ARTICLE_MARGIN": 9.0, "HEBREW_PREFIX_MARGIN": 9.0},
        ),
        ("Arabic particles with 2 letters left", {"ARABIC_PARTICLE_LEFT": 2}),
        ("no article check (ARTICLE_OWN_ZIPF 99)", {"ARTICLE_OWN_ZIPF": 99.0}),
        ("ARTICLE_OWN_ZIPF 1.0", {"ARTICLE_OWN_ZIPF": 1.0}),
        ("ARTICLE_OWN_ZIPF 2.0", {"ARTICLE_OWN_ZIPF": 2.0}),
        ("ARTICLE_OWN_ZIPF 3.0", {"ARTICLE_OWN_ZIPF": 3.0}),
    ]
    confirm = {
        (script, kind): confirm_cases(script, kind)
        for script in ("arabic", "hebrew")
        for kind in ("prefix", "suffix")
    }
    for (script, kind), cases in confirm.items():
        if cases is None:
            print(f"(no {script} {kind} confirm set: no hunspell, its dictionary, or analyses)")
    for name, swaps in settings:
        saved: dict[str, float | None] = {key: getattr(prefixes, key, None) for key in swaps}
        for key, value in swaps.items():
            setattr(prefixes, key, value)
        prefixes.stem.cache_clear()
        for language, kind, cases in (
            ("Arabic", "prefixed", ARABIC), ("Hebrew", "prefixed", HEBREW),
            ("Arabic", "suffixed", ARABIC_SUFFIXES), ("Hebrew", "suffixed", HEBREW_SUFFIXES),
            ("Arabic", "confirm prefixed", confirm["arabic", "prefix"]),
            ("Hebrew", "confirm prefixed", confirm["hebrew", "prefix"]),
            ("Arabic", "confirm suffixed", confirm["arabic", "suffix"]),
            ("Hebrew", "confirm suffixed", confirm["hebrew", "suffix"]),
        ):
            if cases is None:
                continue
            misses, wrong, notes = count(cases)
            if kind.startswith("confirm") and len(notes) > 12:
                notes = [*notes[:12], f"... {len(notes) - 12} more"]
            should = sum(1 for *_, s in cases if s)
            print(
                f"{name:40} {language:7} {kind} forms {should:2}, own-letter words "
                f"{len(cases) - should:2}: misses {misses}, wrong hits {wrong}"
                + (f"  ({'; '.join(notes)})" if notes else "")
            )
        for key, kept in saved.items():
            if kept is None:
                delattr(prefixes, key)
            else:
                setattr(prefixes, key, kept)
        prefixes.stem.cache_clear()
    print(
        f"(config: ARABIC_PARTICLE_LEFT {config.ARABIC_PARTICLE_LEFT}, HEBREW_ARTICLE_MARGIN "
        f"{config.HEBREW_ARTICLE_MARGIN}, HEBREW_PREFIX_MARGIN {config.HEBREW_PREFIX_MARGIN}, "
        f"ARTICLE_OWN_ZIPF {getattr(config, 'ARTICLE_OWN_ZIPF', None)}; clipper from "
        f"{Path(prefixes.__file__).parent.parent})"
    )


if __name__ == "__main__":
    main()
