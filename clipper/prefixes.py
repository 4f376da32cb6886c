"""A word without its attached prefixes, for search: Arabic-script and Hebrew light stemming.

Arabic writes the article and the one-letter conjunctions and prepositions onto the next word
(``الصهاريج`` "the tankers", ``والكهرباء`` "and the electricity", ``بغزة`` "in Gaza"), and
so does Persian with the words it borrows; Hebrew writes its one-letter prefixes so
(``ההנהלה`` "the management", ``ובבית``, ``שהממשלה``).  A search for the bare word missed every
such form.  :func:`stem` gives a folded word (:func:`clipper.searchtext.fold`) without them, as
light stemmers do, prefixes only (suffixes change what a word says: ``הנהלת`` is another
form):

* Arabic script: the article with what may come before it, ``ال وال فال بال كال لل ولل فلل``
  (Larkey, Ballesteros and Connell's light10, "Light Stemming for Arabic Information
  Retrieval", 2007, as Lucene's ArabicStemmer has it), taken off when 2 letters or more are
  left (light10's rule); and the conjunctions ``و ف`` and prepositions ``ب ك ل`` alone or
  after a conjunction (``وب ول وك فب فل فك``), taken off when 3 letters or more are left
  (light10's rule for ``و``) *and* the word left is at least as frequent as the whole word.
* Hebrew: the prefixes ``ו ש כש מ ב כ ל ה`` in their order (``ו`` first, then ``ש`` or
  ``כש``, then ``מ ב כ ל``, then ``ה``: ``וה שה מה בה לה ושה ומה וכשה ...``, as hspell's prefix
  table reads them), the longest taken off that leaves 2 letters or more and a known word
  frequent enough beside the whole word (``HEBREW_ARTICLE_MARGIN`` for a sequence ending in
  the article ``ה``, ``HEBREW_PREFIX_MARGIN`` for the others: :mod:`clipper.config`).

Then, on the word left, its suffixes (migration 0061): Arabic's possessive pronouns and
plurals ``ات ون ين`` (:data:`_ARABIC_PRONOUNS`), Hebrew's possessive pronouns
(:data:`_HEBREW_PRONOUNS`) and a construct form in ``ת`` read as its word in ``ה`` (``הנהלת``:
``הנהלה``), each under a frequency check of its own (:mod:`clipper.config`).

Frequent means the word's zipf value in the word lists of the pinned ``wordfreq`` package
(Arabic, Persian and Urdu for Arabic script, Hebrew for Hebrew), each list's words folded as
search folds them (:func:`zipf`).  The check is what keeps a word whose first letters are its
own from losing them: ``لبنان`` (5.33) is not ``ل`` + ``بنان`` (2.70), ``كامل`` not ``ك`` +
``امل``, ``فكرة`` not ``ف`` + ``كرة``, ``بطاقة`` not ``ب`` + ``طاقة``, ``מדינה`` not ``מ`` +
``דינה``, ``בחירות`` not ``ב`` + ``חירות``; while ``بغزة`` (3.60) is ``ب`` + ``غزة`` (5.12)
and ``ההנהלה`` is ``ה`` + ``הנהלה``.  Where a word reads both ways (``للبنان``: ``لل`` +
``بنان`` or ``ل`` + ``لبنان``), the more frequent word left wins.  Words of other scripts,
and numbers, are their own stem.
"""

from __future__ import annotations

import functools
import re

from clipper.config import (
    ARABIC_ARTICLE_LEFT,
    ARABIC_ARTICLE_OWN_MARGIN,
    ARABIC_PARTICLE_LEFT,
    ARABIC_PLURAL_SIBLING,
    ARABIC_SUFFIX_LEFT,
    ARTICLE_OWN_ZIPF,
    HEBREW_ARTICLE_MARGIN,
    HEBREW_ARTICLE_PLACE_MARGIN,
    HEBREW_CONSTRUCT_ARTICLE,
    HEBREW_CONSTRUCT_MARGIN,
    HEBREW_PREFIX_LEFT,
    HEBREW_PREFIX_MARGIN,
    HEBREW_SUFFIX_LEFT,
)
from clipper.paragraphs import word_memo
from clipper.wordzipf import lookup, table

# A folded word of Arabic letters (Persian's and Urdu's fold to these: clipper.scripts
# .KEYBOARD_LETTERS; پ چ ژ گ stay), or of Hebrew letters (final forms included).
ARABIC_WORD = re.compile("[\u0621-\u064a\u067e\u0686\u0698\u06af\u06ba\u06be\u06c1\u06d2]+")
HEBREW_WORD = re.compile("[\u05d0-\u05ea]+")
# Either script's letters: the words worth a look (a scan in C).
PREFIXED_SCRIPT = re.compile("[\u0621-\u064a\u05d0-\u05ea]")

# Arabic: the article, with the conjunction and preposition that may come before it (ل + ال is
# written لل), longest first.
_ARTICLES = ("ولل", "فلل", "وال", "فال", "بال", "كال", "لل", "ال")
# The conjunctions and prepositions without the article.
_PARTICLES = ("وب", "ول", "وك", "فب", "فل", "فك", "و", "ف", "ب", "ك", "ل")


def _hebrew_prefixes() -> tuple[str, ...]:
    """Hebrew's prefix sequences: ``ו``, then ``ש`` or ``כש``, then one of ``מ ב כ ל``, then
    ``ה``, each optional (at least one letter), longest first."""
    found = {
        a + b + c + d
        for a in ("", "ו")
        for b in ("", "ש", "כש")
        for c in ("", "מ", "ב", "כ", "ל")
        for d in ("", "ה")
    } - {""}
    return tuple(sorted(found, key=lambda p: (-len(p), p)))


_HEBREW_PREFIXES = _hebrew_prefixes()
_HEBREW_SEQUENCES = frozenset(_HEBREW_PREFIXES)
_ARABIC_SEQUENCES = frozenset(_ARTICLES + _PARTICLES)

# Arabic suffixes, outermost first: the possessive pronouns (her/its, their, our, your; ``ه``
# "his" after the ``ت`` a word's ``ة`` becomes before it, ``حياته``, or on a word never
# written with the article, ``بيته``: a folded word's final ``ه`` is mostly ``ة``, ``مكتبة``
# (``المكتبة``) is no ``مكتب`` + ``ه``: :func:`_ends_in_ta_marbuta`), then the plurals ``ات``
# (of a word ending in ``ة``, folded ``ه``, or of its own) and ``ون``/``ين``.
_ARABIC_PRONOUNS = ("هما", "ها", "هم", "هن", "نا", "كم", "ه")
# The tens are words of their own, not plurals of the units (``عشرين`` "twenty", ``عشر``
# "ten"): both forms are frequent words, so no frequency check tells them apart.
_ARABIC_TENS = frozenset(
    unit + ending
    for unit in ("عشر", "ثلاث", "اربع", "خمس", "ست", "سبع", "ثمان", "تسع")
    for ending in ("ون", "ين")
)
# Hebrew possessive pronouns, longest first (``ביתו``, ``ילדיו``, ``ארצנו``, ``ממשלתכם``);
# not ``ה``, ``ם``, ``ן``, ``יה``, which end too many words of their own (``שלום``, ``עירייה``):
# ``ם`` and ``ן`` under a check of their own (_HEBREW_THEIR).
_HEBREW_PRONOUNS = ("יהם", "יהן", "ינו", "יכם", "יכן", "יו", "נו", "כם", "כן", "ו")
# "Their" on a singular noun (``ביתם``, ``ספרן``): only where the word left is a noun written with
# the article and the whole word is not (:func:`_hebrew_their`).
_HEBREW_THEIR = ("ם", "ן")
# A Hebrew letter at a word's end is written in its final form (``ארצנו`` → ``ארץ``).
_FINAL_FORMS = {"כ": "ך", "מ": "ם", "נ": "ן", "פ": "ף", "צ": "ץ"}

# Bump when the way a table is built changes, search's folding included (files of other
# versions are ignored).
TABLE_VERSION = "1"
_LISTS = {"arabic": ("ar", "fa", "ur"), "hebrew": ("he",)}


@word_memo(1 << 18)
def zipf(word: str, script: str) -> float:
    """The zipf frequency of the folded ``word`` in ``script``'s word lists (``"arabic"``:
    Arabic, Persian, Urdu; ``"hebrew"``), 0.0 for a word they lack.  Cached: a word's stem
    looks up the same forms several times (the whole, with the article, without a prefix),
    and numpy's search of one key costs microseconds of call overhead."""
    return lookup(word, table(f"prefix-zipf-{script}", _LISTS[script], TABLE_VERSION))


def _arabic_stems(word: str) -> list[str]:
    """The words ``word`` may be with its prefixes taken off (not itself)."""
    found = []
    own = _own_from(word, "arabic", _ARABIC_SEQUENCES)
    for prefix in _ARTICLES:
        if len(prefix) > own:
            continue
        if word.startswith(prefix) and len(word) - len(prefix) >= ARABIC_ARTICLE_LEFT:
            left = word[len(prefix) :]
            # two letters left: a word of its own as often (الله is not ال + له)
            if len(left) > 2 or zipf(left, "arabic") >= zipf(word, "arabic"):
                found.append(left)
            break
    for prefix in _PARTICLES:
        if len(prefix) > own:
            continue
        if word.startswith(prefix) and len(word) - len(prefix) >= ARABIC_PARTICLE_LEFT:
            left = word[len(prefix) :]
            if zipf(left, "arabic") >= zipf(word, "arabic"):
                found.append(prefix_stem(left))
    return found


def _own_from(word: str, script: str, sequences: frozenset[str]) -> int:
    """Where ``word``'s own letters begin at the latest: the first place (the start, or after
    one of its prefix ``sequences``) from which the letters left are a word written with the
    article (``ال``, ``ה``) at least ``ARTICLE_OWN_ZIPF`` (:mod:`clipper.config`), or in
    Hebrew a later place whose word is written so ``HEBREW_ARTICLE_PLACE_MARGIN`` more often
    (after a prefix not ending in the article), else the word's length.  No
    prefix goes before the article, so ``الوزارة``, ``الكبار``, ``השבת``,
    ``המבנה`` say that ``وزارة``, ``كبار``, ``שבת``, ``מבנה`` begin with their own letters,
    not with ``و``, ``ك``, ``ש``, ``מ``; an Arabic word is looked up without its possessive
    pronoun too (``وزارتها``: ``الوزارة``).  Not from a Hebrew ``ו``: ``ה`` + ``ו`` begins
    verbs (``הושבת``, ``הוקם``), not the article before a word in ``ו``."""
    article = "ال" if script == "arabic" else "ה"
    found, best = len(word), 0.0
    for at in range(len(word)):
        if at and word[:at] not in sequences:
            continue
        rest = word[at:]
        if script == "hebrew" and rest.startswith("ו"):
            continue
        bases = [rest, *_arabic_pronoun_bases(rest)] if script == "arabic" else [rest]
        value = max(_article_zipf(article, base, script) for base in bases)
        if found == len(word):
            if value > 0:
                found, best = at, value
                if script != "hebrew":
                    break
        elif not word[:at].endswith(article) and value >= best + HEBREW_ARTICLE_PLACE_MARGIN:
            # a later place whose word is written with the article far more often:
            # הבעיר "he set fire" (2.36) is a word, but העיר "the city" (5.63) says
            # that בעיר is ב + עיר
            return at
    return found


def _article_zipf(article: str, word: str, script: str) -> float:
    """The zipf frequency of ``word`` written with ``article`` when it is a word written so
    (:func:`_written_with_article`), else 0.0."""
    if not _written_with_article(article, word, script):
        return 0.0
    return zipf(article + word, script)


def _written_with_article(article: str, word: str, script: str) -> bool:
    """Whether ``word`` is a word written with the article: its article form reaches
    ``ARTICLE_OWN_ZIPF``, and in Arabic is within ``ARABIC_ARTICLE_OWN_MARGIN`` of the word's
    own frequency (a noun is written with the article about as often as without: الوزير 4.72,
    وزير 5.79; a verb never is, and wordfreq's noise form of one is far below it: الواكد 2.27
    against واكد 4.19, so واكد "and he stressed" is و + اكد, as migration 0054 read it)."""
    with_article = zipf(article + word, script)
    if with_article < ARTICLE_OWN_ZIPF:
        return False
    return script != "arabic" or with_article >= zipf(word, script) - ARABIC_ARTICLE_OWN_MARGIN


def _hebrew_stem(word: str) -> str:
    """``word`` without its longest prefix that leaves a word frequent enough (see the
    module), or as it is."""
    whole = zipf(word, "hebrew")
    own = _own_from(word, "hebrew", _HEBREW_SEQUENCES)
    for prefix in _HEBREW_PREFIXES:
        if len(prefix) > own:
            continue
        if word.startswith(prefix) and len(word) - len(prefix) >= HEBREW_PREFIX_LEFT:
            left = word[len(prefix) :]
            value = zipf(left, "hebrew")
            margin = HEBREW_ARTICLE_MARGIN if prefix.endswith("ה") else HEBREW_PREFIX_MARGIN
            # after a prefix without the article, the word left is the one written with the
            # article (its own letters begin there) as often as the whole word is written:
            # בעיר (5.36) is ב + עיר (5.14; העיר 5.63), though "in the city" is said more
            # often than "city"
            if value > 0 and (
                value + margin >= whole
                or (
                    len(prefix) == own
                    and not prefix.endswith("ה")
                    and _article_zipf("ה", left, "hebrew") >= whole
                )
            ):
                return left
    return word


def _arabic_suffix_stem(word: str) -> str:
    """``word`` (without prefixes) without its possessive pronoun, then its plural ending,
    each when the word left is a known word at least as frequent (see
    :data:`_ARABIC_PRONOUNS`)."""
    word = _most_frequent(word, _arabic_pronoun_bases(word), "arabic", ARABIC_SUFFIX_LEFT)
    if word.endswith("ات"):
        singular = word[:-2] + "ه"
        # the plural of a noun in ة that is written with the article: معلومات (5.19) is the
        # plural of معلومة (4.87, المعلومة 4.15), not of the adjective معلوم (5.30)
        if len(singular) >= ARABIC_SUFFIX_LEFT and _ends_in_ta_marbuta(singular):
            return singular
    return _most_frequent(word, _arabic_plural_bases(word), "arabic", ARABIC_SUFFIX_LEFT)


def _arabic_pronoun_bases(word: str) -> list[str]:
    for pronoun in _ARABIC_PRONOUNS:
        if word.endswith(pronoun):
            left = word[: -len(pronoun)]
            # a word's ة is written ت before its pronoun: حكومتها is حكومة + ها
            bases = [left[:-1] + "ه"] if left.endswith("ت") else []
            if pronoun != "ه" or not _ends_in_ta_marbuta(word):
                bases.append(left)
            return bases
    return []


def _ends_in_ta_marbuta(word: str) -> bool:
    """Whether ``word``'s final ``ه`` (folded) may be the ``ة`` of a noun: the word is written
    with the article (``المكتبة``, ``الجامعة``, ``الكتابة``), which a noun with a pronoun on it
    never is (``بيته``, ``قتله``: ``البيته`` is no word)."""
    return zipf("ال" + word, "arabic") >= ARTICLE_OWN_ZIPF


def _arabic_plural_bases(word: str) -> list[str]:
    if word.endswith("ات"):
        return [word[:-2] + "ه", word[:-2]]  # محطات: محطة; انتخابات: انتخاب
    if word.endswith(("ون", "ين")) and word not in _ARABIC_TENS:
        left = word[:-2]
        siblings = (zipf(left + "ون", "arabic"), zipf(left + "ين", "arabic"))
        return [left] if min(siblings) >= ARABIC_PLURAL_SIBLING else []
    return []


def _hebrew_suffix_stem(word: str) -> str:
    """``word`` (without prefixes) without its possessive pronoun when the word left is at
    least as frequent, then a construct form ending in ``ת`` as the word ending in ``ה``
    unless itself written with the article (``HEBREW_CONSTRUCT_MARGIN``,
    ``HEBREW_CONSTRUCT_ARTICLE``: :mod:`clipper.config`)."""
    for pronoun in _HEBREW_PRONOUNS:
        if word.endswith(pronoun):
            left = word[: -len(pronoun)]
            left = left[:-1] + _FINAL_FORMS.get(left[-1:], left[-1:])
            if len(left) >= HEBREW_SUFFIX_LEFT and zipf(left, "hebrew") >= max(
                zipf(word, "hebrew"), 1e-9
            ):
                word = left
                break
    else:
        word = _hebrew_their(word)
    # a construct form never takes the article: הקשת, השבת, האמת say their ת is their own
    if (
        word.endswith("ת")
        and len(word) >= HEBREW_SUFFIX_LEFT
        and zipf("ה" + word, "hebrew") < HEBREW_CONSTRUCT_ARTICLE
    ):
        base = word[:-1] + "ה"
        # the article before a word in ו is written הוו since the 1996 spelling (הוועדה)
        definite = max(
            zipf("ה" + base, "hebrew"), zipf("הו" + base, "hebrew") if base[0] == "ו" else 0.0
        )
        if zipf(base, "hebrew") > 0 and definite + HEBREW_CONSTRUCT_MARGIN >= zipf(word, "hebrew"):
            return base
    return word


def _hebrew_their(word: str) -> str:
    """``word`` without its possessive ``ם``/``ן`` ("their": ``ביתם``, ``ספרם``, ``משפחתם``),
    the word left (its ``ת`` read as ``ה``: ``משפחת``, ``משפחה``) a noun written with the
    article (:func:`_written_with_article`: ``הבית``) at least as frequent as ``word``, which
    is not written so (``העולם``, ``השלום``, ``היום`` say that ``עולם``, ``שלום``, ``יום`` end
    with their own ``ם``); else ``word``.  ``אותם`` "them" (5.92) is no ``אות`` (4.79)."""
    if _written_with_article("ה", word, "hebrew"):
        return word
    whole = max(zipf(word, "hebrew"), 1e-9)
    for base in _their_bases(word):
        if zipf(base, "hebrew") >= whole and _written_with_article("ה", base, "hebrew"):
            return base
    return word


def _their_bases(word: str) -> list[str]:
    """The words a Hebrew ``word`` ending in ``ם``/``ן`` may be without it ("their"): the
    letters left, their last in its final form, and a ``ת`` left read as ``ה``; [] for a word
    ending otherwise."""
    if not word.endswith(_HEBREW_THEIR):
        return []
    left = word[:-1]
    bases = [left[:-1] + _FINAL_FORMS.get(left[-1:], left[-1:])]
    if left.endswith("ת"):
        bases.append(left[:-1] + "ה")
    return [base for base in bases if len(base) >= HEBREW_SUFFIX_LEFT]


def _most_frequent(word: str, bases: list[str], script: str, left: int) -> str:
    """The first of ``bases`` (in the order of preference) of ``left`` letters or more that
    is a known word at least as frequent as ``word``, else ``word``.  (``حكومتها`` is
    ``حكومة`` + ``ها`` before Persian's ``حکومت``.)"""
    whole = zipf(word, script)
    for base in bases:
        value = zipf(base, script)
        if len(base) >= left and value > 0 and value >= whole:
            return base
    return word


@word_memo(1 << 17)
def stem(word: str) -> str:
    """``word`` (folded, one word) without its attached prefixes and suffixes (see the
    module), or as it is.  Deterministic for a given ``wordfreq`` version.  Cached (a news
    text repeats its words, and a snippet stems each word of the text it reads:
    :mod:`clipper.snippets`)."""
    if word.isascii() or PREFIXED_SCRIPT.match(word) is None:
        return word
    if HEBREW_WORD.fullmatch(word):
        return _hebrew_suffix_stem(_hebrew_stem(word))
    if not ARABIC_WORD.fullmatch(word):
        return word
    return _arabic_suffix_stem(prefix_stem(word))


def query_stem(word: str) -> str:
    """A query's ``word`` (folded, one word) as search seeks it besides as typed: its
    :func:`stem`, unless the word left is a function word of its script's languages
    (:func:`function_word`), then ``word`` itself.  ``מאת`` "by" (5.10) stems to ``את`` (7.31),
    the object marker of nearly every Hebrew sentence: sought so, it found every page; it is
    found as typed.  Likewise ``ואת``, ``שאין``, ``כאשר`` and Arabic's ``والتي``, ``بعد``-like
    words whose stem a stop list holds.  A content word keeps its stem: ``לטבע`` is also sought
    as ``טבע``, which finds ``ובטבע`` (the index holds each page word's stem beside it,
    :func:`clipper.searchtext.with_stems`)."""
    stemmed = stem(word)
    if stemmed == word:
        return word
    script = "hebrew" if HEBREW_WORD.fullmatch(word) else "arabic"
    return word if function_word(stemmed, script) else stemmed


@functools.cache
def _function_words(script: str) -> frozenset[str]:
    """The stop lists of ``script``'s languages (the pinned ``stopwordsiso`` package: Hebrew;
    Arabic, Persian and Urdu for Arabic script, as :data:`_LISTS`), one-word entries folded as
    search folds them; read once a process (~1 ms), when a query word's stem first differs."""
    import stopwordsiso

    from clipper.searchtext import fold  # it imports this module

    return frozenset(
        fold(entry)
        for language in _LISTS[script]
        for entry in stopwordsiso.stopwords(language)
        if entry and not any(c.isspace() for c in entry)
    )


def function_word(word: str, script: str) -> bool:
    """Whether the folded ``word`` is a function word of ``script``'s languages (``"hebrew"``,
    ``"arabic"``): listed by stopwords-iso (:func:`_function_words`: ``את``, ``אין``, ``אשר``,
    ``التي``, ``على``)."""
    return word in _function_words(script)


def prefix_stem(word: str) -> str:
    """An Arabic-script ``word`` (folded) without its attached prefixes only: the most
    frequent word left (``للبنان``: ``لبنان``, not ``بنان``; of equals, the shortest)."""
    stems = _arabic_stems(word)
    return max(stems, key=lambda left: (zipf(left, "arabic"), -len(left), left), default=word)
