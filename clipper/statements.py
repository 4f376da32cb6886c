"""Quoted statements: the sentences of a text that quote someone, not the reporter's own.

An agency's, a ministry's or a company's statement is quoted word for word under reports of
different events: the same 35-word refugee agency quote under a brief on two boats reaching
Lanzarote and one on swimmers reaching Ceuta made them one story (newcomer 24, finding 17),
and a short story opening with an operator's statement another story quotes was taken as that
story's brief, a copy (``bench/copy_kinds.py``, kind ``quote``).  A statement shared is weaker
evidence of one event, or of one text, than the reporter's own sentences shared, so a story
link must clear ``StoryConfig.own_similarity_share`` of its bar with the statements' share of
each term left out (:func:`clipper.stories.termvector.own_similarity`), and a brief must share
a run of its reporter's words (:func:`clipper.pairrules.own_hits`).

A *statement* (:func:`statement_spans`) is a run of at least ``least_words`` words inside
quotation marks ("…", “…”, „…“, «…», »…«, ”…”, 「…」, 『…』; a quote left open runs to its
line's end, the convention of a quote going on in the next paragraph) that is *attributed*: a
speech verb of :data:`SPEECH` stands in its line outside quotation marks within
``_ATTRIBUTION_WORDS`` words of it ("…," the operator's chief executive said in a statement;
Er sagte: „…“; «…», dijo el portavoz), or a colon opens it.  It takes in the rest of its
sentence on either side when that is at most ``_ATTRIBUTION_WORDS`` words (the attribution
clause: it travels with the quote), so a sentence quoting someone counts as the statement
whole.  Read from the text alone, line by line: the same page gives the same spans in any run.
"""

from __future__ import annotations

import re
from functools import lru_cache

from clipper.paragraphs import LINES_KEPT, line_memo

__all__ = ["SPEECH", "quoted_text", "statement_spans", "statement_word_spans"]

# Speech verbs and attribution phrases (lower case; a phrase of several words matches as
# written, a word at word boundaries): what a reporter writes next to someone's words.
# Past, present and the common reporting forms; the languages of the furniture tables
# (clipper.furniture) that quote with marks, and no table where quotes carry no verb nearby.
SPEECH: dict[str, tuple[str, ...]] = {
    "en": ("said", "says", "say", "told", "tells", "added", "adds", "stated", "states",
           "according to", "explained", "warned", "wrote", "noted", "insisted", "declared",
           "announced", "argued", "stressed", "replied", "continued", "claimed", "statement"),
    "es": ("dijo", "dice", "afirmó", "afirma", "declaró", "declara", "señaló", "señala",
           "explicó", "explica", "indicó", "indica", "añadió", "aseguró", "asegura", "según",
           "subrayó", "manifestó", "advirtió", "sostuvo", "recalcó", "comunicado"),
    "pt": ("disse", "diz", "afirmou", "afirma", "declarou", "explicou", "acrescentou",
           "segundo", "destacou", "informou", "ressaltou", "comunicado"),
    "fr": ("a déclaré", "a dit", "a affirmé", "a expliqué", "a ajouté", "a indiqué",
           "a souligné", "a estimé", "a assuré", "déclare", "affirme", "explique", "estime",
           "selon", "dit", "communiqué"),
    "de": ("sagte", "sagt", "sagten", "erklärte", "erklärt", "betonte", "teilte", "hieß es",
           "heißt es", "laut", "so", "mitteilung", "warnte", "schrieb"),
    "it": ("ha detto", "ha dichiarato", "ha spiegato", "ha aggiunto", "ha affermato",
           "secondo", "afferma", "dice", "dichiara", "spiega", "comunicato"),
    "nl": ("zei", "zegt", "aldus", "verklaarde", "volgens", "liet weten", "schreef"),
    "ca": ("va dir", "ha dit", "segons", "va afirmar", "va explicar", "va assegurar", "diu"),
    "ro": ("a declarat", "a spus", "a afirmat", "potrivit", "a explicat", "a precizat",
           "a adăugat", "comunicat"),
    "pl": ("powiedział", "powiedziała", "stwierdził", "stwierdziła", "według", "dodał",
           "dodała", "oświadczył", "oświadczyła", "komunikat"),
    "tr": ("dedi", "söyledi", "açıkladı", "belirtti", "ifade etti", "göre"),
    "el": ("δήλωσε", "είπε", "ανέφερε", "σύμφωνα με", "τόνισε", "ανακοίνωση"),
    "id": ("kata", "ujar", "ungkap", "menurut", "jelas", "tutur"),
    "sv": ("sade", "sa", "säger", "enligt", "skriver"),
    "da": ("sagde", "siger", "ifølge", "skriver"),
    "no": ("sa", "sier", "ifølge", "skriver"),
}

# quotation marks: the mark that opens, and those that close it
_CLOSERS: dict[str, str] = {
    '"': '"',
    "“": "”“",
    "„": "“”",
    "«": "»",
    "»": "«",
    "”": "”",
    "「": "」",
    "『": "』",
}
_MARKS = re.compile("[" + re.escape("".join(set(_CLOSERS) | set("".join(_CLOSERS.values())))) + "]")
_WORD = re.compile(r"\w+")
_SENTENCE_END = re.compile(r"[.!?。！？]")
# how near a speech verb stands to the quote it attributes, and how long an attribution clause
# the statement takes in, in words
_ATTRIBUTION_WORDS = 12


@lru_cache(maxsize=1)
def _speech() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Each speech phrase's first word → the words that must follow it (() for a one-word
    phrase), longest first."""
    found: dict[str, list[tuple[str, ...]]] = {}
    for phrase in {p for table in SPEECH.values() for p in table}:
        first, *rest = _WORD.findall(phrase.casefold())
        found.setdefault(first, []).append(tuple(rest))
    return {w: tuple(sorted(rests, key=len, reverse=True)) for w, rests in found.items()}


def _verbs(text: str) -> list[int]:
    """Where in ``text`` a speech phrase of :data:`SPEECH` starts (word by word, any case)."""
    table = _speech()
    found = [(m.start(), m.group().casefold()) for m in _WORD.finditer(text)]
    out = []
    for at, (start, word) in enumerate(found):
        rests = table.get(word)
        if rests is not None and any(
            tuple(w for _, w in found[at + 1 : at + 1 + len(rest)]) == rest for rest in rests
        ):
            out.append(start)
    return out


def _quotes(line: str) -> list[tuple[int, int]]:
    """Character spans (mark to mark, both in) of the quotations of one line; a quote left
    open runs to the line's end."""
    spans: list[tuple[int, int]] = []
    at = 0
    while True:
        found = _MARKS.search(line, at)
        if found is None or found.group() not in _CLOSERS:
            if found is None:
                return spans
            at = found.end()
            continue
        closers = _CLOSERS[found.group()]
        end = next((i for i in range(found.end(), len(line)) if line[i] in closers), None)
        if end is None:
            spans.append((found.start(), len(line)))
            return spans
        spans.append((found.start(), end + 1))
        at = end + 1


def _words_in(text: str) -> int:
    return len(_WORD.findall(text))


@line_memo(LINES_KEPT)
def _line_spans(line: str, least_words: int) -> tuple[tuple[int, int], ...]:
    """:func:`statement_spans` of one line.  Kept a line at a time
    (:func:`clipper.paragraphs.line_memo`): a night's paragraphs recur (wire copy)."""
    if _MARKS.search(line) is None:
        return ()
    found = _quotes(line)
    quotes = [(s, e) for s, e in found if _words_in(line[s:e]) >= least_words]
    if not quotes:
        return ()
    # the line with its quotations blanked, each character where it was
    parts, at = [], 0
    for s, e in found:
        parts += [line[at:s], " " * (e - s)]
        at = e
    unquoted = "".join([*parts, line[at:]])
    verbs = _verbs(unquoted)
    spans = []
    for start, end in quotes:
        before, after = line[:start], line[end:]
        colon = before.rstrip().endswith(":")
        near = any(
            (at < start and _words_in(unquoted[at:start]) <= _ATTRIBUTION_WORDS)
            or (at >= end and _words_in(unquoted[end:at]) <= _ATTRIBUTION_WORDS)
            for at in verbs
        )
        if not (colon or near):
            continue
        # the attribution clause on either side, to its sentence's end, when short
        lead = max((m.end() for m in _SENTENCE_END.finditer(before)), default=0)
        if _words_in(before[lead:]) <= _ATTRIBUTION_WORDS:
            start = len(before) - len(before[lead:].lstrip())
        tail = _SENTENCE_END.search(after)
        stop = tail.end() if tail else len(after)
        closed = _SENTENCE_END.fullmatch(line[end - 2 : end - 1]) is not None  # „….“
        if not closed and _words_in(after[:stop]) <= _ATTRIBUTION_WORDS:
            end += stop
        spans.append((start, end))
    return tuple(spans)


@line_memo(LINES_KEPT)
def _line_word_spans(line: str, least_words: int) -> tuple[int, ...]:
    """:func:`statement_word_spans` of one line, in its own words, and (last) how many words
    it holds."""
    from clipper.words import words

    out: list[int] = []
    for start, end in _line_spans(line, least_words):
        out += [len(words(line[:start])), len(words(line[:end]))]
    return (*out, len(words(line)))


def statement_spans(text: str, least_words: int = 6) -> list[tuple[int, int]]:
    """Character spans ``(start, end)`` of ``text``'s quoted statements (see the module),
    sorted, not overlapping; a statement of fewer than ``least_words`` words inside its marks
    (a title, a scare-quoted phrase) is none."""
    spans: list[tuple[int, int]] = []
    offset = 0
    for line in text.split("\n"):
        if _MARKS.search(line) is not None:
            for start, end in _line_spans(line, least_words):
                if spans and offset + start < spans[-1][1]:
                    spans[-1] = (spans[-1][0], max(spans[-1][1], offset + end))
                else:
                    spans.append((offset + start, offset + end))
        offset += len(line) + 1
    return spans


def statement_word_spans(text: str, least_words: int = 6) -> tuple[int, ...]:
    """:func:`statement_spans` in :func:`clipper.words.words` of ``text`` (what shingles are
    made of), flattened: ``(start, end, start, end, …)``, each ``end`` exclusive; () when the
    text quotes no statement.  Words never run across a line break, so each line is counted
    on its own."""
    from clipper.words import words

    out: list[int] = []
    before = 0
    lines = text.split("\n")
    # the lines up to the last quoting a statement (the words after it need no counting)
    marked = [at for at, line in enumerate(lines) if _line_spans(line, least_words)]
    for line in lines[: marked[-1] + 1 if marked else 0]:
        if _MARKS.search(line) is None:
            before += len(words(line)) if line.strip() else 0
            continue
        *spans, count = _line_word_spans(line, least_words)
        for first, last in zip(spans[::2], spans[1::2], strict=True):
            first, last = before + first, before + last
            if out and first <= out[-1]:
                out[-1] = max(out[-1], last)
            elif last > first:
                out += [first, last]
        before += count
    return tuple(out)


def quoted_text(text: str, least_words: int = 6) -> tuple[str, str]:
    """``text`` split into its reporter's own words and its quoted statements: (the text with
    each statement replaced by a line break, the statements one a line)."""
    spans = statement_spans(text, least_words)
    if not spans:
        return text, ""
    own, quoted, at = [], [], 0
    for start, end in spans:
        own.append(text[at:start])
        quoted.append(text[start:end])
        at = end
    own.append(text[at:])
    return "\n".join(own), "\n".join(quoted)
