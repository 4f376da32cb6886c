"""Story terms: an article's text as the terms its story vector counts (see the package
docstring for the method), each a ``str``:

* a word, lower-cased and folded (plural "s" and possessive "'s" cut: :func:`_fold`), no stop
  word (:func:`clipper.stories.stopwords.stop_words`), a word of one letter left out;
* ``n:`` and the folded words of a capitalised name of two or more words ("n:cho hyun"), never
  across punctuation or a line, and of capitalised runs joined by "de", "da", "di", "of" ...
  ("n:consejo de estado": :data:`NAME_JOINERS`) outside German;
* ``#`` and a number of two or more digits, its value as written (:func:`number_term`: its
  digits as ASCII, thousands separators dropped, a decimal comma a point: "#3200", "#1.2"
  of "1,2 tỷ", "#1.5" of "۱٫۵"; years 1900-2099 left out);
* Chinese and Japanese as overlapping character bigrams (:func:`_cjk_terms`), a language
  written with a space between syllables as syllable bigrams (:func:`_syllable_terms`).

What a term weighs, and which language a text is read in, is :mod:`clipper.stories.vectors`'s.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata

from clipper.paragraphs import ByParagraph
from clipper.scripts import OPTIONAL_POINTS, UNSPACED, ascii_digits, marks_class
from clipper.stories.stopwords import stop_words

_LETTERS = r"[^\W\d_]+"
# A number with its separators: a point, a comma, Arabic script's decimal and group marks
_NUMBER_TOKEN = r"\d+(?:[.,\u066b\u066c]\d+)*"
_TOKEN = re.compile(rf"{_LETTERS}(?:['’.-]{_LETTERS})*|{_NUMBER_TOKEN}")
_YEAR = re.compile(r"(19|20)\d\d")


def _fold(word: str) -> str:
    word = word.lower().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    if len(word) > 4 and word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    return word


# a word as a story term reads it (lower case, a plural "s" and a possessive "'s" folded)
fold = _fold

_NUMBER, _STOP, _WORD = 0, 1, 2
# Tokens and what separates them: [separator, token, separator, token, ...].
_SPLIT = re.compile("(" + _TOKEN.pattern + ")")


@functools.cache
def _marked_split() -> re.Pattern[str]:
    """:data:`_SPLIT` for a text holding a combining mark: a word is a letter followed by
    letters and marks.  Python's ``re`` letters hold no mark (Unicode Mn, Mc, Me), so
    :data:`_TOKEN` cut Hindi ``किराया`` into ``क र य`` and every Indic word at its vowel signs
    and viramas: terms of consonant pieces that unrelated reports share.  The marks of
    scripts written without spaces (Thai, Lao, Khmer, Myanmar, kana) stay out, as before
    (those runs are not words; see :func:`_cjk_terms` for Chinese and Japanese).  Compiled on
    first use (:func:`clipper.scripts.marks_class`)."""
    letter = r"[^\W\d_]"
    word = rf"{letter}(?:{letter}|[{marks_class(UNSPACED)}])*"
    return re.compile(rf"({word}(?:['’.-]{word})*|{_NUMBER_TOKEN})")


@functools.cache
def _word_mark() -> re.Pattern[str]:
    """A combining mark that :func:`_marked_split` takes into a word (none of Thai, Lao, Khmer,
    Myanmar or kana, whose texts then split as before, at the cost they did)."""
    return re.compile(f"[{marks_class(UNSPACED)}]")


def _split(text: str) -> list[str]:
    """Tokens and what separates them (:data:`_SPLIT`); in a text holding a combining mark the
    words keep their marks, composed (NFC: a decomposed ``ü`` is the word's letter), and
    Arabic and Hebrew vocalisation points, which printed text leaves out at will, are left out
    (:data:`clipper.scripts.OPTIONAL_POINTS`, as the fingerprint's words leave them out)."""
    if text.isascii() or _word_mark().search(text) is None:
        return _SPLIT.split(text)
    text = OPTIONAL_POINTS.sub("", unicodedata.normalize("NFC", text))
    return _marked_split().split(text)


# Scripts written without spaces between words: Han ideographs, Hiragana, Katakana (full and
# half width), the set Lucene's CJKBigramFilter bigrams.  A run of them is a phrase or a whole
# sentence, not a word; two articles on one event share its words but hardly ever a whole run.
_CJK_RUN = re.compile(
    r"([\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f]+)"
)
_HIRAGANA = re.compile(r"[\u3040-\u309f]{2}")


def _cjk_terms(token: str) -> tuple[str, ...]:
    """Terms of a token holding CJK letters: each CJK run as its overlapping character bigrams
    (a lone character as itself), the standard index terms for text without word boundaries
    (Lucene's CJK analyser; Kwok, "Comparing representations in Chinese information retrieval",
    SIGIR 1997); bigrams of two Hiragana (Japanese particles and endings) are left out.  Letters
    of other scripts in the token (``iPhone发布``) are words as usual."""
    out: list[str] = []
    for i, part in enumerate(_CJK_RUN.split(token)):
        if not part:
            continue
        if i % 2 == 0:  # not CJK
            term = _classify(part)[0]
            if isinstance(term, str):
                out.append(term)
        elif len(part) == 1:
            out.append(part)
        else:
            out.extend(
                pair for pair in map(str.__add__, part, part[1:]) if not _HIRAGANA.fullmatch(pair)
            )
    return tuple(out)


@functools.lru_cache(maxsize=200_000)
def _classify(token: str) -> tuple[str | tuple[str, ...] | None, str | None]:
    """(the term it gives — several for a token with CJK letters, :func:`_cjk_terms` — or None,
    its folded form if it can be part of a name or None): the per-token work of :func:`terms`,
    cached because news vocabulary repeats."""
    if _CJK_RUN.search(token):
        return _cjk_terms(token) or None, None
    if token[0].isdigit():
        number = number_term(token)
        digits = number.replace(".", "")
        keep = len(digits) >= 2 and not (len(number) == 4 and _YEAR.fullmatch(number))
        return ("#" + number) if keep else None, None
    found = _ELIDED_INITIALISM.fullmatch(token) if token[-1].isupper() else None
    if found is not None and found.group(1).isupper():
        token = found.group(1)  # "l'ONU", "dell'ONU": the initialism
    word = _fold(token)
    if word in stop_words():
        return None, None
    return word if len(word) > 1 else None, word if token[0].isupper() else None


# A comma and what follows it in a number: a decimal comma where it is not followed by a group
# of three digits ("1,2", "12,75"), before it groups of three after points ("1.234,5").
_DECIMAL_COMMA = re.compile(r"\d{1,3}(?:\.\d{3})*|\d+")


def number_term(token: str) -> str:
    """The number ``token`` (digits of any script and separators, :data:`_NUMBER_TOKEN`) as a
    story term writes it: its digits as ASCII (:func:`clipper.scripts.ascii_digits`: ``۱۲۰۰``
    is ``1200``), Arabic script's group mark ``٬`` dropped and its decimal mark ``٫`` a point
    (``۱٫۵`` → ``1.5``); a comma followed by other than three digits, and the only one, a
    decimal mark (``1,2`` → ``1.2`` as ``1.2`` is, the points before it groups: ``1.234,5`` →
    ``1234.5``), where "1,2 tỷ" and "1,5 Milliarden" were ``12`` and ``15``, the number of
    "12 người", "15 Menschen"; any other comma groups (``3,200`` → ``3200``).  A point is
    kept as written (``1.200`` is 1.2 in English, 1200 in German or Vietnamese: the page's
    own term space reads it one way)."""
    number = ascii_digits(token).replace("\u066c", "").replace("\u066b", ".")
    if "," not in number:
        return number
    head, _, tail = number.rpartition(",")
    if len(tail) != 3 and "," not in head and _DECIMAL_COMMA.fullmatch(head):
        return f"{head.replace('.', '')}.{tail}"
    return number.replace(",", "")


# An article or "de" elided on an initialism, as French, Italian and Catalan write it ("l'ONU",
# "d'EDF", "dell'ONU", "all'UE"): the initialism is the word, the term its name's initials give
# (:func:`clipper.stories.storyterms.initials`).
_ELIDED_INITIALISM = re.compile(r"[^\W\d_]{1,4}['’]([^\W\d_]{2,6})")


def terms(text: str) -> list[str]:
    """Words (folded, no stop words), ``n:`` multi-word capitalised names, ``#`` numbers;
    Chinese and Japanese as character bigrams (:func:`_cjk_terms`).  A night's repeated
    paragraphs are read once (:mod:`clipper.paragraphs`: no term or name runs across a line
    break)."""
    if "\u200c" in text or "\u200d" in text:  # shaping, not a word break (clipper.dumplines)
        text = text.replace("\u200c", "").replace("\u200d", "")
    return _terms_by_paragraph(text)


def _terms(text: str, initial: str = "n:", join: bool = True) -> list[str]:
    """:func:`terms`, reading the whole of ``text``; a name opening a sentence prefixed
    ``initial`` (:func:`_sentence_terms`).  With ``join``, capitalised runs joined by one or two
    connecting words (:data:`NAME_JOINERS`: "Consejo de Estado", "Ministério da Saúde", "Bank
    of England") are a name too, beside each run's own (:class:`_Joined`)."""
    out: list[str] = []
    append = out.append
    name: list[str] = []
    opens = True  # the name being read opens a sentence
    joined = _Joined(out if join else [], initial)
    joined_words = joined.words
    parts = _split(text)
    # each token with the separator before it (the text's last separator follows no token),
    # the tokens classified by one C-level map
    raw = parts[1::2]
    tokens = map(_classify, raw)
    first = True
    for separator, token, (term, folded) in zip(parts[::2], raw, tokens, strict=False):
        # A name does not run across punctuation or lines: only one space may separate.
        if separator and separator != " ":
            if name:
                if len(name) >= 2:
                    append((initial if opens else "n:") + " ".join(name))
                name.clear()
            if joined_words:
                joined.close()
        if folded is not None:
            if not name:
                opens = first or _SENTENCE_GAP.search(separator) is not None
                joined.start(opens)
            name.append(folded)
            joined_words.append(folded)
        else:
            if name:
                if len(name) >= 2:
                    append((initial if opens else "n:") + " ".join(name))
                name.clear()
            if joined_words:  # most words follow no name: no call for them
                joined.other(token)
        first = False
        if term is not None:
            if term.__class__ is str:
                append(term)
            else:
                out.extend(term)
    if len(name) >= 2:
        append((initial if opens else "n:") + " ".join(name))
    joined.close()
    return out


# Lower-case words joining the capitalised words of one name in the languages clipper reads
# with capitals ("Consejo de Estado", "Banco de la República", "Ministério da Saúde", "Câmara
# dos Deputados", "Consiglio di Stato", "Corte dei Conti", "Banque de France", "Generalitat de
# Catalunya", "Reserve Bank of India", "Raad van State"): a Romance or Indian-English
# institution's name is runs of capitals to :func:`_terms`, often of one word each, so it gave
# no name where its English counterpart ("State Council") gives one.  Articles ("la", "los",
# "the") join only after another joiner ("de la", "of the"); an elided joiner is written on its
# word ("Conseil d'État", "Ministero dell'Economia", "Consell de l'Audiovisual": :data:`ELIDED`).
NAME_JOINERS = frozenset({
    "de", "del", "da", "do", "das", "dos", "di", "dei", "degli", "della", "delle", "dello",
    "du", "des", "dels", "of", "van", "von", "der", "den",
})  # fmt: skip
JOINED_ARTICLES = frozenset({"la", "las", "los", "le", "les", "lo", "the", "het"})
ELIDED = re.compile(r"(?:d|l|dell)['’]([^\W\d_])", re.IGNORECASE)


def _elided(token: str) -> bool:
    """Whether ``token`` is an elided joiner on a capitalised word ("d'État", "dell'Economia")."""
    found = ELIDED.match(token)
    return found is not None and found.group(1).isupper()


class _Joined:
    """The name of capitalised runs joined by :data:`NAME_JOINERS` being read by :func:`_terms`:
    its words (which :func:`_terms` appends to), the joiners waiting for a capitalised word, and
    whether a joiner is inside it.  A run with no joiner is :func:`_terms`' own name already, so
    only a joined one is added."""

    __slots__ = ("initial", "linked", "opens", "out", "waiting", "words")

    def __init__(self, out: list[str], initial: str) -> None:
        self.out, self.initial = out, initial
        self.words: list[str] = []
        self.waiting: list[str] = []
        self.linked = False
        self.opens = False

    def start(self, opens: bool) -> None:
        """A capitalised run starts: it continues the name when joiners wait, else begins one."""
        if self.waiting and self.words:
            self.words.extend(self.waiting)
            self.waiting.clear()
            self.linked = True
        else:
            self.close()
            self.opens = opens

    def other(self, token: str) -> None:
        """A token that is no capitalised word after the name's words: a joiner waits, an elided
        joiner on a capitalised word ("d'État") continues the name, anything else ends it."""
        lower = token.lower()
        if (lower in NAME_JOINERS and not self.waiting) or (
            lower in JOINED_ARTICLES and len(self.waiting) == 1
        ):
            self.waiting.append(lower)
        elif len(self.waiting) < 2 and _elided(token):
            self.words.extend(self.waiting)
            self.words.append(lower.replace("’", "'"))
            self.waiting.clear()
            self.linked = True
        else:
            self.close()

    def close(self) -> None:
        if self.linked:
            self.out.append((self.initial if self.opens else "n:") + " ".join(self.words))
        self.words.clear()
        self.waiting.clear()
        self.linked = False


# What separates a sentence's first word from the text before it.
_SENTENCE_GAP = re.compile(r"[.!?:\n]")


def _sentence_terms(text: str) -> list[str]:
    """:func:`terms` with each name that opens a sentence prefixed ``n^`` (its first word may be
    capitalised only for opening it)."""
    return _terms(text, "n^")


# Languages capitalising every noun (German, Luxembourgish): two nouns about a joiner are no
# name ("Verkauf von Aktien", "Erhöhung der Preise"), so their names are runs of capitals alone.
NOUNS_CAPITALISED = frozenset({"de", "lb"})


def _noun_capital_terms(text: str) -> list[str]:
    """:func:`_sentence_terms` without names joined by :data:`NAME_JOINERS`, for a language of
    :data:`NOUNS_CAPITALISED`."""
    return _terms(text, "n^", join=False)


# Languages written with a space between syllables, not between words: Vietnamese ("Ủy ban nhân
# dân thành phố Hà Nội" is four words of two syllables).  wordfreq's list for them is a list of
# syllables, each frequent ("hà" zipf 5.86, "nội" 5.85, "công" in công viên, khởi công, công
# lập), and a writer capitalises each syllable of a name, so single syllables and capitalised
# runs made unrelated reports from one city one story.
SYLLABLE_SPACED = frozenset({"vi"})


# A Vietnamese date's or clock time's numbers: the day and month of "7/12", "31/12/2026",
# "1/2/2027", the month of "tháng 11", "tháng 2/2027", the day of "ngày 7", the hour and minutes
# of "8h20", "8g30", "14:30" (Vietnamese writes its months as numbers, and a report opens on its
# day, "Ngày 7/12, ..."): every report of a month shared "#12" or "#11", the heaviest term two
# reports of other events shared (newcomer 50b: a steel group's plant and a carmaker's one day,
# cosine 0.248 over the 0.24 bar, "#12" 0.029 of it).  A year alone is no term already.
_SYLLABIC_DATES = re.compile(
    r"(?<![\d.,/])(?:\d{1,2}/\d{1,2}(?:/\d{2,4})?|\d{1,2}/\d{4}|\d{1,2}[hg:]\d{2})(?![\d/]|[.,]\d)"
    r"|(?<=\b[Tt]háng )\d{1,2}(?![\d/]|[.,]\d)|(?<=\b[Nn]gày )\d{1,2}(?!\d|[.,]\d)"
)


def _syllable_terms(text: str) -> list[str]:
    """The terms of ``text`` in a language of :data:`SYLLABLE_SPACED`: each two neighbouring
    syllables (separated by one space, lower-cased) as one term, "hà nội", "khởi công" (a
    syllable standing alone between punctuation as itself), and numbers as :func:`terms` gives
    them.  Most Vietnamese words are two syllables: a bigram of syllables stands in for a word
    without a word segmenter, as character bigrams do for Chinese (:func:`_cjk_terms`), and
    weighs by wordfreq's rating of the phrase
    (:func:`clipper.stories.termweights._compound_zipfs`); two reports sharing only their city
    and its committee ("hà nội", "thành phố", "ủy ban") then share a few terms, not every
    syllable of them.  No names: a name's syllables are its bigrams.  The numbers of a date or
    a clock time (:data:`_SYLLABIC_DATES`: "7/12", "tháng 11", "8h20") are no terms, and
    nothing is read across them."""
    out: list[str] = []
    if any(c.isdigit() for c in text):
        text = _SYLLABIC_DATES.sub(",", text)
    parts = _split(text)
    run: list[str] = []

    def close() -> None:
        if len(run) == 1:
            if len(run[0]) > 1:
                out.append(run[0])
        else:
            out.extend(map(" ".join, itertools.pairwise(run)))
        run.clear()

    for separator, token in zip(parts[::2], parts[1::2], strict=False):
        if run and separator != " ":
            close()
        if token[0].isdigit():
            close()
            term = _classify(token)[0]
            if isinstance(term, str):
                out.append(term)
        else:
            run.append(token.lower().replace("’", "'"))
    close()
    return out


# The readers other modules call: each a function of a text (a list of terms), a paragraph read
# again answered from what was kept (clipper.paragraphs).
_terms_by_paragraph = ByParagraph(_terms)
# :func:`_syllable_terms`, for a language of :data:`SYLLABLE_SPACED`.
syllable_terms = ByParagraph(_syllable_terms)
# :func:`_sentence_terms`: names opening a sentence prefixed ``n^``.
sentence_terms = ByParagraph(_sentence_terms)
# :func:`_noun_capital_terms`, for a language of :data:`NOUNS_CAPITALISED`.
noun_capital_terms = ByParagraph(_noun_capital_terms)
# :func:`terms` without names joined by :data:`NAME_JOINERS`, for a text of no stated language
# that reads as one of :data:`NOUNS_CAPITALISED` (:func:`clipper.stories.vectors.vectorize`).
unjoined_terms = ByParagraph(functools.partial(_terms, join=False))
