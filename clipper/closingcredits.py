"""A report's closing credits: the agencies the end of a report names, as a line of its own or
run into its last paragraph after its last sentence ("… a-t-il déclaré. — AFP", "(Reporting by
…; Editing by …)", "Mit Material von dpa", "Con información de EFE", "/TT/", "…した。（共同）",
"المصدر: وام"), read (:func:`closing_credits`), cut from a page's text
(:func:`without_closing_credits`) and told when cleaning cut them (:func:`cut_credits`).

Which agency a credit names, in any of its spellings: :mod:`clipper.agencycredits`
(:func:`clipper.agencycredits.credited_agencies`); a desk's sign-offs and source lines:
:mod:`clipper.closings`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import TYPE_CHECKING

from clipper.agencycredits import PARTS, and_parts, credit_spellings, credited_agencies
from clipper.paragraphs import LINES_KEPT, line_memo

if TYPE_CHECKING:
    from clipper.furniture.compiled import Matchers

__all__ = [
    "CREDIT_LABELS", "FIRST_PUBLISHED_AFTER", "FIRST_PUBLISHED_BEFORE",
    "bare_credits", "closing_credits", "cut_credits", "without_closing_credits",
]  # fmt: skip


# What a report's closing line says before its agency's credit, in the languages of the
# furniture tables: "Mit Material von dpa", "Con información de EFE", "Fuente: Europa Press",
# "(Avec AFP)", "Com Lusa", "Источник: ТАСС" (a colon may follow any).  Not a photo's label
# ("Photo: AFP", "Foto: dpa"): a photo's credit names who took it, not who wrote the report.
CREDIT_LABELS = (
    "mit material (?:von|der|des|aus)", "quelle", "sources?", "fuentes?", "fontes?",
    "con (?:información|informaciones|datos) de(?: la agencia| las agencias)?",
    "informaci[oó]n de", "com informaç(?:ão|ões) d[aeo]s?", "com", "avec", "with files from",
    "bron", "källa", "kilde", "lähde", "źródło", "zdroj", "forrás", "izvor", "sursa",
    "источник", "по материалам", "джерело", "за матеріалами", "πηγή", "kaynak", "المصدر",
    "来源", "來源", "出典", "출처",
    # Vietnamese "according to" and Thai "compiled from" (:data:`clipper.closings.CREDIT_PHRASES`)
    "theo", "เรียบเรียงจาก",
)  # fmt: skip
# Persian's word for "news agency" after its source label, before the credit ("منبع: خبرگزاری
# ایسنا"), read as part of the label (first: the table's "منبع" alone would leave it over).
# An Arab agency's name is a spelling of its own ("المصدر: وكالة الأنباء القطرية").
_AGENCY_LABELS = ("منبع[^\\S\\n]*[:：][^\\S\\n]*(?:خبرگزاری|خبرگزاري)",)


@cache
def _labelled() -> re.Pattern[str]:
    """A credit's label opening a closing line: :data:`CREDIT_LABELS` (Persian's "منبع:
    خبرگزاری" before them), and each furniture
    table's source labels and byline words ("Šaltinis: ELTA", "Autor: PAP", "Автор: Укрінформ",
    "By AFP": :mod:`clipper.furniture`, newcomer 40, finding 5), then a colon or a space."""
    from clipper.furniture import TABLES  # its tables: only when a closing is read

    labels = [*_AGENCY_LABELS, *CREDIT_LABELS]
    for table in TABLES.values():
        labels += [*table.source_labels, *table.bylines]
    return re.compile(rf"(?:{'|'.join(labels)})(?:[^\S\n]*[:：][^\S\n]*|[^\S\n]+)", re.IGNORECASE)


# Credits a label joins: "AFP y EFE", "dpa und AFP", "AFP, Reuters e Lusa".
_JOINED = re.compile(
    r"[^\S\n]*(?:[/,،&+]|\b(?:and|und|y|e|et|en|og|och|ja|i|a|и|і|та|και|ve)\b)[^\S\n]*"
)
# Reuters's sign-off ("(Reporting by Jane Doe; Editing by Tom Roe)") and its German service's
# ("(Bericht von …; redigiert von …)"): a reporter's and an editor's names, Reuters's form.
_REUTERS_SIGN_OFF = re.compile(
    r"\(?[^\S\n]*(?:(?:additional|further)[^\S\n]+)?reporting[^\S\n]+by\b[^()\n]*?"
    r"\b(?:editing|writing)[^\S\n]+by\b[^()\n]*\)?\.?"
    r"|\(?[^\S\n]*bericht[^\S\n]+von\b[^()\n]*?\bredigiert[^\S\n]+von\b[^()\n]*\)?\.?",
    re.IGNORECASE,
)
# A closing line saying when an agency's report was first published, its agency credited
# (newcomer 52a: The Canadian Press's line stayed in the stored text): "This report by The
# Canadian Press was first published Dec. 7, 2026.", "Ce texte a été publié initialement par
# La Presse Canadienne le 7 décembre 2026."  Its words before the agency and after it, in
# English and French; :mod:`clipper.closings` cuts such a line with the listed agencies.
FIRST_PUBLISHED_BEFORE = (
    r"this\s+(?:report|story|article)\s+by",
    r"ce\s+(?:texte|reportage|article)\s+a\s+(?:été\s+publié\s+(?:initialement|pour\s+la\s+"
    r"première\s+fois)|d['’]abord\s+été\s+publié)\s+par",
)
FIRST_PUBLISHED_AFTER = (r"was\s+first\s+published", r"le", r"en")
_FIRST_PUBLISHED = re.compile(
    rf"(?:{'|'.join(FIRST_PUBLISHED_BEFORE)})\s+(?P<credit>[^\n]+?)\s+"
    rf"(?:{'|'.join(FIRST_PUBLISHED_AFTER)})\b[^\n]*",
    re.IGNORECASE,
)
# A copyright line's opening and closing: "© Agence France-Presse", "Copyright 2026 The
# Associated Press. All rights reserved.", "© AFP 2026".
_COPYRIGHT = re.compile(
    r"(?:copyright[^\S\n]*(?:©|\(c\))?|©|\(c\))[^\S\n]*(?:(?:19|20)\d\d[^\S\n]*)?", re.IGNORECASE
)
_RESERVED = re.compile(
    r"[^\S\n]*(?:(?:19|20)\d\d)?[.,]?[^\S\n]*(?:all rights reserved\b.*)?$", re.IGNORECASE
)
# A desk's initials after its agency's credit ("dpa/lby", "APA/dpa/red", "AFP/jm").
_DESK = re.compile(r"[a-zäöüé]{1,4}")
# A credit's wrapping: dashes, slashes and a parenthesis or bracket around it ("— AFP", "/TT/",
# "(dpa)", "（共同）", "[ANSA]").
_WRAP_START = "—–-/ \t([（【［"
_WRAP_END = "—–-/ \t.)]）】］"
_WRAPPING = "([（【［)]）】］"
# A sentence's end, then the rest of its line: where a credit runs into a paragraph's end
# ("… a-t-il déclaré. — AFP", "… said. (ANSA).", "…した。（共同）", "… said.(PTI)"); the
# danda of Hindi, Marathi and Bengali and Urdu's full stop and question mark with a space
# or none ("…कहा। (भाषा)", "…کہا۔(اے پی پی)").
_SENTENCE_END = re.compile(r"(?:[.!?…»”\"’'](?:[^\S\n]+|(?=[(（]))|[。！？」』।॥۔؟][^\S\n]*)(?=\S)")
# A credit line is short, its copyright's reservation of rights included ("Copyright 2026 The
# Associated Press. All rights reserved. This material may not be published, broadcast,
# rewritten or redistributed.": 131 characters).
_LINE_CHARS = 200
# A credit is short: a line's last characters of at most this many after a sentence's end.
_RUN_IN_CHARS = 80


# A credit read: (the agency, as :func:`clipper.agencycredits.credited_agencies` names it; the
# credit as written).
_Credit = tuple[str, str]


# Latin letters standing alone, spaced ("A A", "A\u00a0A A"): a page's text-size buttons,
# no agency's initials (its credit writes them together, "AA", or with dots, "A.P."), though
# :func:`clipper.agencycredits.credit_key` reads them as "aa" (the one-day bench's "Read also"
# trailers, session 41).
_SPACED_LETTERS = re.compile(r"[A-Za-z](?:\s+[A-Za-z])+")


def _credits(parts: list[str]) -> tuple[_Credit, ...]:
    """The agencies ``parts`` (a report's closing) credit, each with its part as written, when
    each is an agency's credit (:func:`clipper.agencycredits.credited_agencies`,
    :data:`clipper.agencycredits.CLOSING_SPELLINGS` among them) or, after one, a desk's initials
    ("dpa/lby"); or when the last is an agency's credit in parentheses or capitals after desk's
    initials alone, the first no agency's ("pz/ mk/ (PAP)", "kzu/ mhr/ ap/ PAP": PAP's writer's and
    editors' initials, then its credit; "ap" there is an editor's; "dpa/AFP" is two agencies); ()
    otherwise.  Latin letters standing alone and spaced (:data:`_SPACED_LETTERS`: "A A", text-size
    buttons) credit nothing."""
    *before, last = parts or [""]
    written = last.strip().strip(_WRAPPING)
    if (
        before
        and not credited_agencies(before[0], closing=True)  # "dpa/AFP": two agencies
        and (last.strip().startswith(("(", "（")) or written.isupper())
        and all(_DESK.fullmatch(part.strip()) for part in before)
        and (found := credited_agencies(written, closing=True))
    ):
        return tuple((agency, written) for agency in found)
    agencies: list[_Credit] = []
    for part in parts:
        if _SPACED_LETTERS.fullmatch(part.strip()):
            return ()
        if read := _written_credits(part):
            agencies.extend(read)
        elif not agencies or not _DESK.fullmatch(part):
            return ()
    return tuple(agencies)


def _written_credits(part: str) -> tuple[_Credit, ...]:
    """The agencies ``part`` (a part of a report's closing credit) credits, each with its credit
    as written: the part whole ("وام"), or each credit of a list joined by Arabic's or Persian's
    "و" (:func:`clipper.agencycredits.and_parts`: "رويترز وأ ف ب" is ``(("Reuters", "رويترز"),
    ("AFP", "أ ف ب"))``); () when it is no agency's credit."""

    def credits(text: str) -> tuple[str, ...]:
        return credited_agencies(text, closing=True, joined=False)

    listed = and_parts(part.strip(), lambda text: bool(credits(text))) if part else None
    return tuple((agency, text) for text in listed or () for agency in credits(text))


def bare_credits(line: str) -> tuple[str, ...]:
    """The agencies ``line`` names when it is their names alone, bare, as a report's last line
    credits them ("ANSA", "Belga", "dpa", "AFP/Reuters", "EFE."; a desk's initials after them,
    "dpa/lby"; between slashes, after a dash or in brackets: "/ritzau/", "/TT/", "— AFP"), each as
    :func:`clipper.agencycredits.credited_agencies` names it; () for any other line: a sentence
    ending with an agency's name ("… ha riferito l'ANSA"), a label before it ("Foto: ANSA"),
    text-size buttons ("A A").  Newcomer 42, finding 2: a bare "ANSA" ending a dump stayed in its
    text and credited no one, where "(Belga)" was cut and credited."""
    text = line.strip().removesuffix(".").strip()
    if not text or len(text) > _RUN_IN_CHARS or _SENTENCE_END.search(text):
        return ()
    wrapped = _BARE_WRAPPING.fullmatch(text)
    inner = next(part for part in wrapped.groups() if part) if wrapped else text
    credits = _credits(PARTS.split(inner))
    # with no slashes, dash or brackets to mark it, a credit as its agency writes it, case and
    # all: "Kai" or "Idea" signing a post is a writer, not KAI nor idea
    if not wrapped and not all(written in _spelled() for _, written in credits):
        return ()
    return tuple(dict.fromkeys(agency for agency, _ in credits))


# A bare credit's wrapping, which marks it a credit in any case: slashes around it ("/TT/",
# "/NTB/", Ritzau's own "/ritzau/"), a dash before it ("— AFP", "-- dpa") or square brackets
# ("[ANSA]"); a parenthesis is a trailer's (clipper.paywalltrailer and the closings' tables).
# Newcomer 43: "/ritzau/" ending six Danish copies stayed in their text.
_BARE_WRAPPING = re.compile(
    r"/\s*(?P<slashed>[^\n]+?)\s*/|(?:—|–|--?)\s*(?P<dashed>[^\n]+)"
    r"|\[\s*(?P<bracketed>[^\]\n]+?)\s*\]"
)


@cache
def _spelled() -> frozenset[str]:
    return frozenset(credit_spellings())


def _credit_line(line: str) -> tuple[_Credit, ...]:
    """The agencies ``line`` credits when it is a credit alone (see :func:`closing_credits`),
    each with its credit as written."""
    text = line.strip()
    if not text or len(text) > _LINE_CHARS:
        return ()
    if _REUTERS_SIGN_OFF.fullmatch(text):
        return (("Reuters", "Reuters"),)
    if (published := _FIRST_PUBLISHED.fullmatch(text)) is not None:
        return _credits([published["credit"]])
    text = text.lstrip(_WRAP_START).rstrip(_WRAP_END)
    if (copyright := _COPYRIGHT.match(text)) is not None and copyright.end():
        text = _RESERVED.sub("", text[copyright.end() :]).strip().rstrip(_WRAP_END)
    if (label := _labelled().match(text)) is not None:
        # the credit whole before its parts joined by a conjunction: Arabic's "و" ("and") opens
        # a word, so "وام" (WAM) and "واس" (SPA) would read as "and" and "ام" (credits49)
        rest = text[label.end() :].strip()
        if labelled := _credits([rest]) or _credits(_JOINED.split(rest)):
            return labelled
    return _credits(PARTS.split(text))


def closing_credits(closing: str, cut: bool = False) -> frozenset[str]:
    """The agencies the end of a report (``closing``: its last characters; ``cut``: its first
    line is the end of a longer one) credits, each as
    :func:`clipper.agencycredits.credited_agencies` names it: a line that is a credit alone, and a
    credit after a paragraph's last sentence.

    A credit alone: an agency's credit (any spelling of
    :data:`clipper.agencycredits.AGENCY_SPELLINGS` or :data:`clipper.agencydatelines.AGENCIES`,
    several joined by "/" or ",", a desk's initials after them: "dpa/lby"), bare or between dashes,
    slashes, parentheses or brackets ("— AFP", "/TT/", "(dpa)", "（新华社）", "NTB", "Lusa",
    "연합뉴스"); a copyright line naming it ("© Agence France-Presse", "© 2026 The Associated
    Press. All rights reserved."); a label of :data:`CREDIT_LABELS` and credits ("Mit Material
    von dpa", "Con información de EFE", "Fuente: Europa Press", "(Avec AFP)"); Reuters's
    sign-off ("(Reporting by …; Editing by …)": Reuters); the line saying when an agency's
    report was first published ("This report by The Canadian Press was first published Dec.
    7, 2026.", "Ce texte a été publié initialement par La Presse Canadienne le …").  After a
    sentence's end (or where a sign-off runs into a line's end,
    :func:`clipper.signoffs.run_in_sign_off`), the rest of its line (at most
    :data:`_RUN_IN_CHARS` characters) read as a credit alone ("… a-t-il déclaré. — AFP", "… ha
    detto. (ANSA).", "…した。（共同）").

    Not a credit: an agency named in a sentence ("AFP reported that …", "… told AFP.", "the
    dpa survey"), a photo's credit ("Photo: AFP", "(AP Photo/Mel Evans)", "Pablo Martinez
    Monsivais/AP": a name among the credits), a site's copyright naming no agency."""
    found: set[str] = set()
    for _, _, credits in _closing_reads(closing, cut):
        found.update(agency for agency, _ in credits)
    return frozenset(found)


def _closing_reads(closing: str, cut: bool) -> Iterator[tuple[int, int, tuple[_Credit, ...]]]:
    """Each credit :func:`closing_credits` reads in ``closing``: (its start, its end, the
    agencies each with its credit as written), a line's credit alone before the credit run
    into its end."""
    from clipper.furniture.compiled import matchers  # its tables: only when a closing is read

    tables = matchers()
    start = 0
    for at, line in enumerate(closing.split("\n")):
        offset, start = start, start + len(line) + 1
        if line.strip() and (read := _line_read(line, not (cut and at == 0), tables)):
            yield offset + read[0], offset + read[1], read[2]


# A night's reports close with the same lines (an agency's credit, a copyright line, a wire
# story's last paragraph), and each closing is read three times (a page's closing as read and
# as kept, :func:`cut_credits`; its text's, :func:`without_closing_credits`): each line's reading
# is kept.
@line_memo(LINES_KEPT)
def _line_read(
    line: str, whole: bool, tables: Matchers
) -> tuple[int, int, tuple[_Credit, ...]] | None:
    """The credit :func:`_closing_reads` reads in ``line`` (one line of a closing, not blank;
    ``whole``: the line as written, not the end of a longer one cut off), with the ``tables``
    it is read by (:func:`clipper.furniture.compiled.matchers` at the asking: the photo
    credits): (its start, its end, the agencies each with its credit as written) in the line,
    the line's credit alone before the credit run into its end; None when it holds none."""
    from clipper.signoffs import run_in_sign_off

    photo = tables.is_photo_credit
    ends = list(_SENTENCE_END.finditer(line.rstrip().rstrip(".")))
    if photo(line.strip()) or any(photo(line[end.end() :].strip()) for end in ends):
        return None  # a photo's credit, on its line or after a caption: "Fot. PAP"
    if whole and (agencies := _credit_line(line)):
        return 0, len(line), agencies
    # "… said. Copyright 2026 The AP…", "… a-t-il déclaré. — AFP"
    signed = run_in_sign_off(line)
    last = ends[-1].end() if ends else None
    for after, reach in ((signed, _LINE_CHARS), (last, _RUN_IN_CHARS)):
        if after is None or len(line) - after > reach:
            continue
        if agencies := _credit_line(line[after:]):
            return after, len(line), agencies
    # an agency's "first published" line run into the last paragraph: its date's "Dec. " is a
    # sentence's end too, and a French one is longer than a credit ("… du Canada. Ce texte a
    # été publié initialement par La Presse Canadienne le 7 décembre 2026": newcomer 52a)
    for end in reversed(ends):
        if len(line) - end.end() > _LINE_CHARS:
            break
        rest = line[end.end() :].strip()
        if _FIRST_PUBLISHED.fullmatch(rest) and (agencies := _credit_line(rest)):
            return end.end(), len(line), agencies
    return None


def cut_credits(read: list[str], kept: list[str], chars: int) -> tuple[str, ...]:
    """The agencies, as written (in the agency's own capitals: "/ritzau/" is Ritzau), a page's
    closing credit lines name that cleaning cut: credited (:func:`closing_credits`) in the last
    ``chars`` characters of its lines as ``read`` (before cleaning) from its last ``kept`` line
    on ("Джерело: Укрінформ", "Źródło: PAP", "(PAP)", "Šaltinis: ELTA" under the text: the
    tables' source lines and agencies' trailers), and not in its ``kept`` text's; in the order
    read, once each. A sign-off the text keeps ("PAP/kk") is read from the text itself (rule 6
    of :mod:`clipper.canonical`); a photo's credit ("Fot. PAP") credits nothing (newcomer 40,
    finding 5)."""
    if not read or not kept:
        return ()
    last = kept[-1].strip()
    at = next((i for i in range(len(read) - 1, -1, -1) if read[i].strip() == last), None)
    tail = "\n".join(read if at is None else read[at:])
    closing = tail[-chars:]
    kept_closing = "\n".join(kept)[-chars:]
    own = closing_credits(kept_closing, len(kept_closing) >= chars)
    found: dict[str, str] = {}
    for _, _, credits in _closing_reads(closing, len(tail) > chars):
        for agency, written in credits:
            if agency not in own:
                # "/ritzau/" credits Ritzau: a spelling of the agency's name in other capitals
                # is its name; another script's or form's ("أ ف ب") stays as written
                same = written.casefold() == agency.casefold()
                found.setdefault(agency, agency if same else written)
    return tuple(found.values())


def without_closing_credits(text: str, chars: int) -> str:
    """``text`` without the credits its last ``chars`` characters close with
    (:func:`closing_credits`): a credit line left empty, a credit run into a paragraph's end
    cut after its last sentence ("… a-t-il déclaré." of "… a-t-il déclaré. — AFP")."""
    start = max(0, len(text) - chars)
    reads = list(_closing_reads(text[start:], start > 0))
    for begin, end, _ in reversed(reads):
        text = text[: start + begin].rstrip(" \t") + text[start + end :]
    return text
