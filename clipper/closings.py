"""Closing lines: what a desk or an agency signs every report with, as the last lines of a page's
text, by the language tables' ``sign_offs`` (:mod:`clipper.furniture`): a Korean reporter's "김도윤
기자 kim@…", a Persian agency's "کد خبر: …", "Minh Anh (TTXVN)", "Автор: Ирина Соколова",
"autor: Jan Nowicki (PAP)", PAP's desk initials "pz/ mk/"; and a line naming the agency the
report came from ("Quelle: dpa", "Źródło: PAP", "Kaynak: AA": the tables' ``source_labels``).
A re-publisher drops them, so the agency's page kept them as a paragraph of its own and its
full copies read as trims of it (newcomer 23, finding 21; newcomer 36, finding 5); the name
such a line gives is the page's author.  And a box about the writer ending the text, its
heading ("About the author", "Über die Autorin": the tables' ``author_box``) over a short bio,
which a text dump keeps as lines of the page (``bench/page_kinds.py``).  And an agency's end
mark or its editor's credit ending the text's last paragraph or standing as its last line
(:func:`end_mark_start`: Xinhua's "（完）" and "Enditem", "(END)", "-0-", "/ends", CNA's "（編輯：
林克倫）1151206", a desk's initials "(rs/jd)"): the same under every report, kept by the
agency's page and cut by a re-publisher (newcomer 48b)."""

from __future__ import annotations

from functools import cache

import regex

from clipper.agencycredits import AGENCY_WORDS, credit_spellings
from clipper.closingcredits import FIRST_PUBLISHED_AFTER, FIRST_PUBLISHED_BEFORE, bare_credits
from clipper.furniture import TABLES
from clipper.furniture.keyboards import source_label
from clipper.scripts import count_words

# A sign-off is a short line ("김민수·이영희 기자 desk@…", "autor: Jan Nowicki (PAP)"); and a
# text ends with at most this many of them (a Persian item's end mark, then its news code).
SIGN_OFF_MAX_WORDS = 10
CLOSING_LINES = 3
# An author box ends a text: its heading is among the text's last lines, with at most this many
# lines below it (the writer's name, a bio) of at most this many words together.
AUTHOR_BOX_LINES = 2
AUTHOR_BOX_WORDS = 80
# Between two names a sign-off gives ("김민수·이영희", "Anna Kowalska, Jan Nowicki").
_NAMES_SPLIT = regex.compile(r"\s*[·ㆍ,]\s*")


# At most this many agencies a source line names ("Quelle: dpa/AFP/Reuters").
SOURCE_LINE_AGENCIES = 4


@cache
def _agency() -> str:
    """The pattern of one agency a source line names: a credit of the one list of agencies
    (:func:`clipper.agencycredits.credit_spellings`: "dpa", "PAP", "وام", "רויטרס", "وكالات"),
    any case, a word for "news agency" before it or not (:data:`clipper.agencycredits.
    AGENCY_WORDS`: "สำนักข่าวรอยเตอร์", "خبرگزاری ایسنا")."""
    spelled = "|".join(regex.escape(spelling) for spelling in credit_spellings())
    # a word for "news agency" before it ("ที่มา: สำนักข่าวรอยเตอร์", "Theo hãng tin AFP")
    worded = "|".join(regex.escape(word) for word in AGENCY_WORDS)
    return rf"(?i:(?:(?:{worded})\s*)?(?:{spelled}))"


def source_line(labels: tuple[str, ...]) -> str | None:
    """The pattern of a source line of a table's ``source_labels`` (``labels``): a label, a
    colon, one to :data:`SOURCE_LINE_AGENCIES` of the credits
    :func:`clipper.agencycredits.credit_spellings` gives, separated by ``/``,
    ``,`` or ``+``, a full stop or not ("Quelle: dpa", "Źródło: PAP, Reuters", "出典：共同通信",
    "المصدر: وام", "מקור: רויטרס"), in parentheses or not ("(ที่มา: รอยเตอร์)", "(Nguồn: TTXVN)":
    newcomer 50b, credited and kept as the text's last line); None for no labels."""
    if not labels:
        return None
    agency = _agency()
    more = SOURCE_LINE_AGENCIES - 1
    return (
        rf"[(（]?\s*(?i:{'|'.join(labels)})\s*[:：]\s*{agency}(?:\s*[/,+]\s*{agency}){{0,{more}}}"
        r"\.?\s*[)）]?"
    )


# A closing line crediting agencies with a phrase and no colon ("Con información de EFE", "Con
# información de Reuters y AFP", "Com informações da Reuters", "Mit Material von dpa", "With
# files from Reuters", "Avec AFP", "Com Lusa", "По материалам ТАСС"): a source line as
# "Fuente: EFE" is (newcomer 41, finding 6: kept as the text's last paragraph, a copy read "+1
# paragraph" against the agency's page); agencies joined by a conjunction too ("Reuters y
# AFP"), and Brazil's and Latin America's own ("Com informações da Agência Brasil").
CREDIT_PHRASES = (
    "con (?:información|informaciones|datos) de(?: la agencia| las agencias)?",
    "com informaç(?:ão|ões) d[aeo]s?",
    "mit material (?:von|der|des|aus)",
    "with files from",
    "avec",
    "com",
    "по материалам",
    "за матеріалами",
    # Vietnamese "according to" ("Theo TTXVN", "Theo Thông tấn xã Việt Nam": newcomer 50b, cut
    # by the Vietnamese table's sign-off and credited to no one) and Thai's "compiled from"
    # ("เรียบเรียงจาก รอยเตอร์", a foreign report's translation)
    "theo",
    "เรียบเรียงจาก",
)
_CONJUNCTION = r"(?:\s*[/,+]\s*|\s+(?:y|e|und|and|et|и|та|i)\s+)"


def credit_phrase_line() -> str:
    """The pattern of a closing line of :data:`CREDIT_PHRASES` and one to
    :data:`SOURCE_LINE_AGENCIES` agencies (as :func:`source_line` reads them), a full stop or
    not."""
    agency = _agency()
    more = SOURCE_LINE_AGENCIES - 1
    return rf"(?i:{'|'.join(CREDIT_PHRASES)})\s+{agency}(?:{_CONJUNCTION}{agency}){{0,{more}}}\.?"


def first_published_line() -> str:
    """The pattern of an agency's closing line saying when its report was first published
    (:data:`clipper.closingcredits.FIRST_PUBLISHED_BEFORE`, one agency as :func:`source_line`
    reads it, :data:`clipper.closingcredits.FIRST_PUBLISHED_AFTER` and the date: "This report
    by The Canadian Press was first published Dec. 7, 2026.", "Ce texte a été publié
    initialement par La Presse Canadienne le 7 décembre 2026."; newcomer 52a)."""
    before, after = "|".join(FIRST_PUBLISHED_BEFORE), "|".join(FIRST_PUBLISHED_AFTER)
    return rf"(?i:{before})\s+{_agency()}\s+(?i:{after})\b[^\n]{{0,40}}"


@cache
def _first_published() -> regex.Pattern[str]:
    """:func:`first_published_line`, compiled (a whole line; longer than a sign-off's words)."""
    return regex.compile(rf"(?:{first_published_line()})\s*", regex.V0)


@cache
def _patterns() -> tuple[regex.Pattern[str], ...]:
    """The tables' ``sign_offs``, source lines (:func:`source_line`) and credit phrases
    (:func:`credit_phrase_line`), each compiled (whole-line matches; a list bullet allowed)."""
    patterns = [pattern for table in TABLES.values() for pattern in table.sign_offs]
    # every table's source labels in one line's pattern: the same lines as a pattern a table
    # (they differ only in the label, and name no author), with the ~5,000 characters of
    # agencies compiled once instead of once a table (~1 s CPU of every dedupe's start-up)
    labels = tuple(
        source_label(table, label) for table in TABLES.values() for label in table.source_labels
    )
    if (line := source_line(labels)) is not None:
        patterns.append(line)
    patterns.append(credit_phrase_line())
    return tuple(regex.compile(rf"(?:[-–•]\s+)?(?:{pattern})\s*", regex.V0) for pattern in patterns)


@cache
def _author_box() -> regex.Pattern[str] | None:
    """The tables' ``author_box`` headings, one case-insensitive whole-line pattern."""
    headings = [pattern for table in TABLES.values() for pattern in table.author_box]
    if not headings:
        return None
    return regex.compile(rf"(?:{'|'.join(headings)})\s*[:：]?\s*", regex.V0 | regex.IGNORECASE)


def author_box_start(lines: list[str]) -> int | None:
    """Where an author box ending ``lines`` starts (its heading's index), None when none does:
    a heading of the tables' ``author_box`` with at most :data:`AUTHOR_BOX_LINES` lines below it,
    of :data:`AUTHOR_BOX_WORDS` words or fewer, and a line of the text above it."""
    heading = _author_box()
    if heading is None:
        return None
    for start in range(max(1, len(lines) - AUTHOR_BOX_LINES - 1), len(lines)):
        if heading.fullmatch(lines[start]) is not None:
            if sum(count_words(line) for line in lines[start + 1 :]) <= AUTHOR_BOX_WORDS:
                return start
            return None
    return None


def sign_off(line: str) -> tuple[bool, str | None]:
    """Whether ``line`` is a sign-off of the tables' (a whole line of at most
    :data:`SIGN_OFF_MAX_WORDS` words, or an agency's "first published" line:
    :func:`first_published_line`), and the names it gives ("A; B"), None when none."""
    if _first_published().fullmatch(line.strip()) is not None:
        return True, None  # clipper.verdict credits the agency it cut
    if count_words(line) > SIGN_OFF_MAX_WORDS:
        return False, None
    if bare_credits(line):
        # "ANSA", "AFP/Reuters": a credit, not the text; clipper.verdict credits what it cut
        return True, None
    for pattern in _patterns():
        found = pattern.fullmatch(line.strip())
        if found is not None:
            name = found.groupdict().get("author")
            names = "; ".join(_NAMES_SPLIT.split(name.strip())) if name else None
            return True, names or None
    return False, None


# An agency's end mark, as its wire writes it after a report's last sentence or on a line
# of its own: Xinhua's "（完）" and "Enditem", "(END)", "-0-", "/ends", "ENDS", "(fin)",
# "(Ende)", "(kraj)", "(конец)", "(son)" (matched case-sensitively but for the spellings with
# "(?i:…)"; "ENDS" in capitals only: "the season ends" is a sentence).
END_MARKS = (
    r"[（(]\s*完\s*[）)]", r"(?i:enditem)", r"\((?i:end|fin|ende|kraj|конец|son|slut|loppu)\)",
    r"-0-", r"/ends?", r"ENDS?", r"\*{3}", r"#{3}",
)  # fmt: skip
# An editor's or a desk's credit an agency ends a report with: CNA's "（編輯：林克倫）1151206"
# (the editor, then the date as a Minguo-year code, YYYMMDD), "（责任编辑：张晓燕）", a desk's
# lower-case initials "(rs/jd)", "(dpa/red)" is :mod:`clipper.signoffs`' whole-line credit.
EDITOR_CREDITS = (
    r"[（(【\[]\s*(?:責任編輯|责任编辑|編輯|编辑|責編|责编|編審|编审|校對|校对)\s*[：:]\s*"
    r"[\p{Han}\p{L}·、，, ]{1,24}[）)】\]](?:\s*\d{6,8})?",
    r"\((?:\p{Ll}{2,4}/){1,3}\p{Ll}{2,4}\)",
)
# What an end mark or a credit follows on a paragraph's line: a sentence's end (a closing
# quote or bracket after it), else it is the line's whole text.
_SENTENCE_ENDED = r"(?:(?<=[.!?。！？…\"”’」』）)])|^)"


@cache
def _end_mark() -> regex.Pattern[str]:
    """:data:`END_MARKS` and :data:`EDITOR_CREDITS`, one or more, ending a line after a
    sentence's end or as the whole line."""
    mark = "|".join((*END_MARKS, *EDITOR_CREDITS))
    return regex.compile(rf"{_SENTENCE_ENDED}\s*(?:{mark})(?:\s*(?:{mark}))*\s*$", regex.V0)


def end_mark_start(line: str) -> int | None:
    """Where an agency's end mark or an editor's credit ending ``line`` starts (a character
    offset; 0 when it is the whole line), None when none does: :data:`END_MARKS` and
    :data:`EDITOR_CREDITS` after a sentence's end ("…的影響。（編輯：林克倫）1151206" → the
    offset of "（"; "… 80,000 units. Enditem")."""
    if not line or line[-1] not in "）)]】0123456789-/SsMm*#":
        return None  # the marks' last characters: most lines end otherwise (a cheap test)
    found = _end_mark().search(line)
    return None if found is None else found.start()


def _drop_end_marks(lines: list[str]) -> list[str]:
    """``lines`` without an end mark or an editor's credit ending its last line (the line
    with it, when it is the whole line), up to :data:`CLOSING_LINES` times."""
    for _ in range(CLOSING_LINES):
        if len(lines) < 2:
            return lines
        start = end_mark_start(lines[-1])
        if start is None:
            return lines
        rest = lines[-1][:start].rstrip()
        lines = [*lines[:-1], rest] if rest else lines[:-1]
        if rest:
            return lines
    return lines


def drop_closing_lines(lines: list[str]) -> tuple[list[str], str | None]:
    """``lines`` (a page's text, one paragraph a line) without the sign-offs among its last
    :data:`CLOSING_LINES` lines (:func:`sign_off`, from the end up, while they are), and the
    names the one nearest the text gives, None when none does.  A sign-off above the text's
    last sentence is left alone: the lines below it are the article's.  An author box ending
    the text goes first (:func:`author_box_start`); an agency's end mark or an editor's credit
    ending the last line goes with the sign-offs (:func:`end_mark_start`: "…影響。（編輯：林克倫）
    1151206" keeps "…影響。"; a line "（完）" goes)."""
    box = author_box_start(lines)
    if box is not None:
        lines = lines[:box]
    lines = _drop_end_marks(lines)
    end, names = len(lines), None
    while end > 1 and len(lines) - end < CLOSING_LINES:
        signs, named = sign_off(lines[end - 1])
        if not signs:
            break
        names = named or names
        end -= 1
    return _drop_end_marks(lines[:end]), names
