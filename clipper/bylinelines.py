"""Bylines standing in a page's text as lines of their own ("Von Nina Magoley" under WDR's
standfirst, "Par Denis Loctier", "Por Emily Anthes y Jonathan Corum", "di Viviana Mazza", Arabic
"كتب: …", Indonesian "Reporter: … | Editor: …"): :func:`byline_line` tells such a line by its
shape (an opening word and names), for the text cleaners to drop it and keep its names as the
author (:mod:`clipper.textdump`, :mod:`clipper.postclean`); :func:`head_byline` finds a byline
and a dateline standing together at a text's top, :func:`opening_byline` a byline line alone
there, :func:`shown_byline` one where a page shows its date ("By Rosa Quintal · 2 hours
ago").  The names of a page's metadata: :mod:`clipper.bylines`.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from clipper.agencycredits import CJK_WIRE_CREDITS, credited_agencies
from clipper.bylines import (
    AGENCY_JOINS,
    BYLINE_WORDS,
    CAPITALS,
    CASELESS_COLON_WORDS,
    CASELESS_WORDS,
    is_staff,
)
from clipper.paragraphs import LINES_KEPT, line_memo
from clipper.scripts import word_runs

# A byline line: the opening word in the languages of the furniture tables (their ``bylines``:
# :data:`clipper.bylines.BYLINE_WORDS`), the names (two to four capitalised words each, name
# particles between; several joined by a comma, "and", "und", "y", "et", "и", "та", "και"...),
# then at most a few words that end no sentence (a role, a place, a date: "Von Hannah
# Ritzmann, Redakteurin für Finanzen", "Von Juliane Rohr 28.04.2023, 18:11 Uhr").
_LINE_NAME_WORD = rf"[{CAPITALS}][\w.'’-]*"
_LINE_PARTICLE = r"(?:de|da|do|dos|van|von|der|den|di|del|della|la|le|du|bin|al|el|ten|ter|zu)"
_LINE_NAME = rf"{_LINE_NAME_WORD}(?:\s+(?:{_LINE_PARTICLE}\s+)*{_LINE_NAME_WORD}){{1,3}}"
_LINE_JOIN = r"\s*(?:,|&|\s(?:and|und|et|y|e|en|og|och|i|a|и|і|та|και)\s)\s*"
_BYLINE_LINE = re.compile(
    rf"(?i:{BYLINE_WORDS})(?:\s*:?\s+|(?<=-))"
    rf"(?P<names>{_LINE_NAME}(?:{_LINE_JOIN}{_LINE_NAME})*)"
    r"(?P<rest>(?:,?\s+[^\s!?。！？]+){0,5})"
)
# Sentence ends a byline line does not hold (an initial's or an abbreviation's full stop
# aside: "Brian X. Chen", "Min."); a line ending like a sentence is the article's.
_ENDS_SENTENCE = re.compile(r"(?<![\s.][A-Z])(?<!\b[A-Z][a-z])[.!?。！？]$")
# At most this many words: a byline with a role, a place and a date.
BYLINE_LINE_WORDS = 12


def byline_line(line: str) -> str | None:
    """The names of a line that is nothing but a byline ("Von Nina Magoley", "Par Les Echos",
    "Por Emily Anthes y Jonathan Corum", "By Jane Doe and John Roe, Staff Writers"), else None.

    A byline line opens with its word ("By", "Von", "Par", "Por", "Door", "di", "Av", "Przez",
    "Autor:", "Texto:"...), then names of two to four capitalised words, then at most five
    words that end no sentence (a role, a place, a date); at most :data:`BYLINE_LINE_WORDS`
    words.  "Von Kindern und Jugendlichen" (a name needs two capitalised words) and "By the
    time we arrived, …" are none."""
    if line.count(" ") >= BYLINE_LINE_WORDS:
        return None
    return _byline_line(line)


# A night's short lines recur (a site's bylines and furniture on each of its pages, a wire's
# headline on each site carrying it), and a dump's are asked this by the line cleaner, the
# sign-offs and the relative stamps: each is read once a process (the patterns of five
# bylines' shapes in every table's words).
@line_memo(LINES_KEPT)
def _byline_line(line: str) -> str | None:
    """:func:`byline_line` of a line of fewer than :data:`BYLINE_LINE_WORDS` spaces, kept."""
    if _ENDS_SENTENCE.search(line):
        return None
    found = _BYLINE_LINE.fullmatch(line)
    if found is not None and not _CREDITED.search(found.group("rest")):
        return found.group("names")
    return _labelled_byline(line)


# Bylines whose label is a word of their own, not "By" before capitalised names:
# - in a script without case, a table's byline word (its ``bylines``): Arabic "كتب: محمد
#   الحسيني", "كتبت: …" (wrote), "بقلم …" (by the pen of), Hebrew "מאת נועה לוי" (by), Persian
#   "به قلم …", Urdu "تحریر: …": the names up to a comma (a place may follow: "بقلم: محمد
#   الحسيني، بيروت").  A word the table writes with its colon ("كتب\s*:": without it also the
#   verb of a sentence, "كتب الرئيس رسالة") needs it, or a dash ("كتب - محمد علي");
# - Indonesian "Reporter: Dian Pratiwi | Editor: Agus Setiawan", "Penulis: …" (writer),
#   "Wartawan: …" (journalist), "Kontributor: …": the writer's names; the editor after the bar
#   or slash edited the story and is no author (Kompas, Detik, Tribun print both), nor is an
#   "Editor:" line alone; a name may be one word ("Sutrisno");
# - Portuguese and Spanish "Por Redação, com Agência Sul", "Por Ana Pérez, con EFE": the
#   writer or desk and the agency credited with the story (a desk, "Redação", "Redacción", is
#   one word), the writer and the agency kept as authors (a desk is none:
#   :func:`clipper.bylines.people`): for a wire-spread study the credited agency is what tells
#   an agency's copy from a staff rewrite.
_ONE_NAME = rf"[{CAPITALS}][\w.'’-]*(?:\s+(?:{_LINE_PARTICLE}\s+)*[{CAPITALS}][\w.'’-]*){{0,3}}"


_CASELESS_NAMES = r"(?P<names>[^\s،,:|]+(?:\s+[^\s،,:|]+){0,4})(?:\s*[،,].{0,30})?"
_COLON_OR_DASH = r"(?:\s*[:：]|\s+[-–—])\s*"
_CASELESS_BYLINE = re.compile(
    rf"(?:{CASELESS_COLON_WORDS}){_COLON_OR_DASH}{_CASELESS_NAMES}"
    rf"|(?:{CASELESS_WORDS})(?:{_COLON_OR_DASH}|\s+){_CASELESS_NAMES.replace('names', 'free')}"
)
_INDONESIAN_BYLINE = re.compile(
    rf"(?i:reporter|penulis|wartawan|kontributor)\s*:\s*"
    rf"(?P<names>{_ONE_NAME}(?:\s*(?:,|&|\sdan\s)\s*{_ONE_NAME})*)"
    rf"(?:\s*[|/]\s*(?i:editor|penyunting|redaktur)\s*:\s*{_ONE_NAME}(?:\s*,\s*{_ONE_NAME})*)?"
)
_CREDITED_BYLINE = re.compile(
    rf"(?i:por)\s*:?\s+(?P<names>{_ONE_NAME}(?:\s*(?:,|\se\s|\sy\s)\s*{_ONE_NAME})*?)"
    r"\s*,\s*(?i:com|con)\s+(?:(?i:informações|informaç[õo]es|información|informacion)\s+"
    rf"(?i:d[aoe]s?)\s+)?(?P<agency>{_ONE_NAME}(?:\s*(?:,|\se\s|\sy\s)\s*{_ONE_NAME})*)"
)
# "…, com/con …" after names: the agency credit :data:`_CREDITED_BYLINE` reads, not a role
_CREDITED = re.compile(r"^,\s*(?i:com|con)\s")
_JOINED = re.compile(r"\s*(?:,|&|\s(?:dan|e|y)\s)\s*")


def _labelled_byline(line: str) -> str | None:
    """The names of a byline line labelled in a script without case (Arabic, Hebrew,
    Persian, Urdu), an Indonesian or a credited Portuguese/Spanish one (see above),
    "; "-joined; else None."""
    if found := _CASELESS_BYLINE.fullmatch(line):
        return found.group("names") or found.group("free")
    if found := _INDONESIAN_BYLINE.fullmatch(line):
        return "; ".join(_JOINED.split(found.group("names")))
    if found := _CREDITED_BYLINE.fullmatch(line):
        names = [*_JOINED.split(found.group("names")), *_JOINED.split(found.group("agency"))]
        return "; ".join(names)
    return _agency_line(line)


# The name of a line crediting an agency without a byline's word: one to four words, the first
# capitalised ("Le Quotidien", "L'Écho du Nord", "Claire Dumont", "DN"), the others
# capitalised or a name's particle or article ("du", "de la").
_CREDIT_LINE_NAME = re.compile(
    rf"[{CAPITALS}][\w.'’&-]*(?:\s+(?:[{CAPITALS}][\w.'’&-]*|[a-zà-ÿ]{{1,3}})){{0,3}}"
)


# A joining word of :data:`clipper.bylines.AGENCY_JOINS` between a name and its agency.
_JOINING_WORD = re.compile(rf"\s(?i:{'|'.join(AGENCY_JOINS)})\s")


def _agency_line(line: str) -> str | None:
    """The names of a line that is a name and the agencies it ran, without a byline's word
    (:func:`clipper.bylines.agency_joined`: "Le Quotidien avec AFP", "Claire Dumont avec AFP",
    "Aftonbladet/TT", "DN–TT", "Politiken/Ritzau", "La Stampa con ANSA", "Die Welt mit dpa",
    "Redacción con EFE"), "; "-joined; the name left out when it is one word ("Aftonbladet",
    "DN": a paper's name; a person's byline names two words or more, as :func:`byline_line`
    asks); None for any other line, and for names of more words before a slash or a dash
    ("Jörg Carstensen/dpa", "Anna Svensson/TT": as often a photo's credit under a picture).
    Such a line under a headline was cut from a text dump as a credit, its agency lost
    (credits44, finding 2); whether a name of more words is the site's own is
    :func:`clipper.bylines.without_site_names`'s to say."""
    from clipper.bylines import agency_joined

    joined = agency_joined(line)
    if joined is None or _CREDIT_LINE_NAME.fullmatch(joined[0]) is None:
        return None
    name, agencies = joined[0], joined[1:]
    if " " not in name:
        return "; ".join(agencies)
    # a person and an agency after a slash or a dash is a photo's credit as often ("Jörg
    # Carstensen/dpa" under a picture: two Fundus pages' captions were read as their bylines)
    return "; ".join([name, *agencies]) if _JOINING_WORD.search(line) else None


def names_the_author(line: str, author: str | None) -> bool:
    """Whether ``line`` is a byline line (:func:`byline_line`) naming only people among
    ``author`` (a page's authors as stored: "Nina Magoley; WDR"), compared word by word, case
    aside."""
    if not author:
        return False
    names = byline_line(line)
    if names is None:
        return False
    known = set(word_runs(author.casefold()))
    said = word_runs(names.casefold())
    joins = {"and", "und", "et", "y", "e", "en", "og", "och", "i", "a"}
    return all(word in known or word in joins for word in said)


@dataclass(frozen=True)
class HeadByline:
    """A byline and a dateline standing at the top of a page's text (a print page's "Angus
    Thompson" over "Friday 22 November 2024 08:49 GMT"): the names, the date as
    :func:`clipper.read.declareddates.declared_date` reads it, and the text without the two."""

    author: str
    published: str
    rest: list[str]


# The lines at a text's top searched for the pair (a headline or a kicker may come first).
HEAD_BYLINE_LINES = 3


def head_byline(lines: list[str], title: str | None = None) -> HeadByline | None:
    """The byline and the dateline of one of the first :data:`HEAD_BYLINE_LINES` ``lines``
    of a page's text and the line right below it, when one of the two is nothing but names
    (two to four capitalised words each, "By" or another language's opening word allowed:
    :func:`byline_line`; not the ``title``) and the other nothing but a whole date (day,
    month, year; a time and zone kept), else None.  Alone, neither line says what it is: a
    line of two capitalised words is as often a heading; a date alone the site's "today"
    (:mod:`clipper.textdump`, step 6).  Together, at the top, they are the page's; so are
    a byline line (its word and names) and a whole date on one of those lines, parted by a dot
    or a bar (:data:`_BESIDE`: "NGU-THEMBA NDLOVU · 6 Disemba 2026", newcomer 46)."""
    from clipper.read.declareddates import declared_date

    for i, line in enumerate(lines[:HEAD_BYLINE_LINES]):
        # both on one line, parted by a dot or a bar ("NGU-THEMBA NDLOVU · 6 Disemba 2026")
        beside = _BESIDE.split(line.strip(), maxsplit=1)
        if len(beside) == 2 and (names := byline_line(beside[0])) is not None:
            date, _ = declared_date(beside[1])
            if date is not None and len(date) >= 10:
                rest = [ln for j, ln in enumerate(lines) if j != i]
                return HeadByline("; ".join(_SPLIT_NAMES.split(names)), date, rest)
    for i in range(min(len(lines), HEAD_BYLINE_LINES) - 1):
        for name_at, date_at in ((i, i + 1), (i + 1, i)):
            names = _bare_names(lines[name_at], title)
            if names is None:
                continue
            date, _ = declared_date(lines[date_at].strip())
            if date is None or len(date) < 10:
                continue
            rest = [line for j, line in enumerate(lines) if j not in (i, i + 1)]
            return HeadByline("; ".join(_SPLIT_NAMES.split(names)), date, rest)
    return None


_BARE_NAMES = re.compile(rf"{_LINE_NAME}(?:{_LINE_JOIN}{_LINE_NAME})*")
_SPLIT_NAMES = re.compile(_LINE_JOIN)


def _bare_names(line: str, title: str | None) -> str | None:
    """The names of a line that is a byline (:func:`byline_line`) or nothing but names, else
    None; a line that is the page's ``title`` is none."""
    line = line.strip()
    if not line or (title and line.casefold() == title.strip().casefold()):
        return None
    if (names := byline_line(line)) is not None:
        return names
    if line.count(" ") >= BYLINE_LINE_WORDS or any(ch.isdigit() for ch in line):
        return None
    return line if _BARE_NAMES.fullmatch(line) else None


@dataclass(frozen=True)
class OpeningByline:
    """A byline line among a page's first lines: its names ("" for a designation, "By Staff
    Reporter"), the text without it, and whether it was an agency's credit alone."""

    names: str
    rest: list[str]
    # the line was an agency's name alone ("AFP"): cut whatever author the page names
    credit: bool = False


# "By Staff", "By Staff Reporter": a byline's word and a designation (the furniture tables'
# ``byline_staff``), which :func:`byline_line` may not read as names (one word).
_BYLINE_WORD = re.compile(rf"(?i:{BYLINE_WORDS})(?:\s*:?\s+|(?<=-))(?P<name>.+)")


def opening_byline(lines: list[str], title: str | None = None) -> OpeningByline | None:
    """The first of the first :data:`HEAD_BYLINE_LINES` ``lines`` of a page's text that is a
    byline line (:func:`byline_line`: "By Rosa Quintal, Transport Correspondent", its role
    after the names), a byline's word and a designation ("By Staff Reporter",
    :func:`clipper.bylines.is_staff`), a designation alone (Amharic "በሪፖርተር ዘጋቢ", by the
    Reporter's correspondent) or an agency's name alone ("AFP": its credit,
    :func:`clipper.agencycredits.credited_agencies`; newcomer 46, finding 2), not the
    ``title``; None when none is.  At the text's top
    such a line is the page's byline, not its text (newspaper4k#16: "By Rosa Quintal,
    Transport Correspondent" was kept as the first paragraph, the author left null) when the
    page names no author (:func:`clipper.htmlclean.clean_html` keeps another writer's byline
    on a page that names its author); further down, a byline line may be a quoted book's or a
    guest's and stays."""
    for i, line in enumerate(lines[:HEAD_BYLINE_LINES]):
        line = line.strip()
        if not line or (title and line.casefold() == title.strip().casefold()):
            continue
        names = byline_line(line)
        if names is None and (said := _BYLINE_WORD.fullmatch(line)) and is_staff(said["name"]):
            names = ""
        if names is None and is_staff(line):
            names = ""  # a designation alone ("በሪፖርተር ዘጋቢ", "Staff Reporter")
        if names is None and (agencies := credited_agencies(line)):
            # an agency's name alone ("AFP", "Xinhua")
            rest = [ln for j, ln in enumerate(lines) if j != i]
            return OpeningByline("; ".join(agencies), rest, credit=True)
        if names is not None:
            rest = [ln for j, ln in enumerate(lines) if j != i]
            return OpeningByline("; ".join(_SPLIT_NAMES.split(names)) if names else "", rest)
    return None


# What parts a byline from the date beside it on one line ("By Rosa Quintal · 2 hours ago",
# "By Ana Pérez | 4 March 2026").
_BESIDE = re.compile(r"\s+[·•|–—]\s+")


def shown_byline(lines: list[str]) -> str | None:
    """The names of the first of ``lines`` (where a page shows its date: the blocks under its
    headline, :func:`clipper.htmldatelines.page_head_lines`) that opens with a byline line
    (:func:`byline_line`), a date or a relative time beside it after a separator or not ("By
    Rosa Quintal · 2 hours ago": crawlerclub/ce#1, whose ``<p class=meta>`` extraction leaves
    out); None when none does."""
    for line in lines:
        names = byline_line(_BESIDE.split(line.strip(), maxsplit=1)[0])
        if names is not None:
            return "; ".join(_SPLIT_NAMES.split(names))
    return None


# Chinese and Korean reports' bylines written with their dateline before the text (newcomer 44,
# "sign"): the reporter's word (Chinese 记者/記者, Korean 기자), the names (two to four Han or
# Hangul characters each; several spaced or joined by "、", "·", ","), and around them the
# agency's credit (an agency's report, the author "reporter; agency" as "Claire Dumont avec
# AFP" is) or the paper's own "本报" (its reporter alone) and the place.
_HAN_NAME = r"[\u4e00-\u9fff]{2,4}"
_HAN_NAMES = rf"{_HAN_NAME}(?:\s*[、，,·\s]\s*{_HAN_NAME})*"
_HANGUL_NAME = r"(?!(?:선임|객원|인턴|수습)기자)[가-힣]{2,4}"  # not a title's rank ("선임기자")
_HANGUL_NAMES = rf"{_HANGUL_NAME}(?:\s*[·,\s]\s*{_HANGUL_NAME})*"
_REPORTER = r"(?:记者|記者)"
# A Korean reporter's title after the names: a reporter (기자), a senior, guest, intern or trainee
# one (선임기자 …), a correspondent abroad (특파원: Yonhap's "(워싱턴=연합뉴스) 김동현 특파원 ="), a
# stringer (통신원), as the Korean sign-offs (clipper.furniture.ko) read them.
_KOREAN_ROLE = r"(?:(?:선임|객원|인턴|수습)?기자|특파원|통신원)"
_REPORTED = r"(?:即时|即時)?(?:报道|報導|报导)"
# A Korean paper's own name, a dateline's place or none, the names and the title in square or
# lenticular brackets: "[아시아경제 홍길동 기자]", "[이데일리 뉴욕=김민수 특파원]", "【파이낸셜뉴스
# 홍길동 기자】" (Korean's online papers, newcomer 49b).
_KOREAN_BRACKET = (
    rf"[\[［【](?P<outlet>[^\[\]［］【】=＝()（）\n]{{1,12}}?)\s+(?:[^\s=＝\[\]［］【】]{{1,10}}[=＝])?"
    rf"(?P<names>{_HANGUL_NAMES})\s*{_KOREAN_ROLE}[\]］】]"
)
_DISPATCHED = r"[0-9０-９]{1,2}日(?:专|專)?(?:电|電)"
# Opening a report's first paragraph, the text after them:
_WIRE_OPENINGS = tuple(
    re.compile(rf"\s*{pattern}[\s：:]*")
    for pattern in (
        # Korean services: "(서울=연합뉴스) 박지훈 기자 = ", "(서울=뉴스1) 김민수 이지은 기자 =",
        # "(워싱턴=연합뉴스) 김동현 특파원 =", Newsis's brackets: "[서울=뉴시스] 박지훈 기자 ="
        rf"[(（\[［【][^=()（）\[\]［］【】\n]{{1,12}}="
        rf"(?P<credit>[^=()（）\[\]［］【】\n]{{1,12}})[)）\]］】]"
        rf"\s*(?P<names>{_HANGUL_NAMES})\s*{_KOREAN_ROLE}\s*=",
        # a paper's own reporter: "本报记者 李明 报道", "本報記者李明報導", "本报讯（记者 李明）"
        rf"本(?:报|報){_REPORTER}\s*(?P<names>{_HAN_NAMES})\s*{_REPORTED}",
        rf"本(?:报|報)(?:讯|訊)\s*[(（]\s*{_REPORTER}\s*(?P<names>{_HAN_NAMES})\s*[)）]",
        # a paper's own dispatch and its reporter's parenthesis: "本报北京12月6日电（记者 李明）"
        rf"本(?:报|報)[^\s()（），。、：:]{{0,16}}?{_DISPATCHED}"
        rf"\s*[(（]\s*{_REPORTER}\s*(?P<names>{_HAN_NAMES})\s*[)）]",
        # a Japanese paper's place and reporter: "【ソウル＝小池和樹】", "【ワシントン＝山田太郎、
        # 佐藤花子】" (an agency's credit there, "【ワシントン＝共同】", is no reporter:
        # :func:`drop_wire_bylines`; a photographer's "【写真＝山田太郎撮影】" neither)
        r"【[^【】＝=\s]{1,12}[＝=](?P<names>[\u4e00-\u9fff々]{2,6}(?:、[\u4e00-\u9fff々]{2,6})*)"
        r"(?<!撮影)】",
        # a Chinese dispatch and its reporter's parenthesis: "新华社北京12月6日电（记者 张三）"
        rf"(?P<credit>{'|'.join(CJK_WIRE_CREDITS)})[^\s()（），。、：:]{{0,16}}?{_DISPATCHED}"
        rf"\s*[(（]\s*{_REPORTER}\s*(?P<names>{_HAN_NAMES})\s*[)）]",
        # a Korean paper's own bracket and its reporter: "[아시아경제 홍길동 기자]", "[이데일리
        # 뉴욕=김민수 특파원]" (an agency's there, "[뉴시스 홍길동 기자]", credits the agency)
        _KOREAN_BRACKET,
        # a Korean reporter's names and title before "=", no dateline before them: "홍길동 기자 ="
        rf"(?P<names>{_HANGUL_NAMES})\s*{_KOREAN_ROLE}\s*=",
    )
)
# Bracketed, opening the first paragraph or run into the end of the first or the last:
# Taiwan's papers' "（記者 陳大文／台北報導）", "〔記者陳大文／台北報導〕", and the CNA's
# "（中央社記者陳大文台北6日電）", whose names run into the place (:func:`_cna_names`), and a
# reporter's parenthesis alone ("（记者宋晨、田中全）").
_BRACKETED_BYLINES = (
    rf"[(（〔【]\s*{_REPORTER}\s*(?P<names>{_HAN_NAMES})\s*[／/]\s*[^()（）〔〕【】\n]{{1,12}}?"
    rf"{_REPORTED}\s*[)）〕】]",
    rf"[(（](?P<credit>中央社){_REPORTER}(?P<joined>[\u4e00-\u9fff、]{{4,30}}?){_DISPATCHED}[)）]",
    # a reporter's parenthesis alone, closing a Chinese agency's report: "（记者宋晨、田中全）";
    # not a photographer's credit ("（记者张三摄）")
    rf"[(（]\s*{_REPORTER}\s*(?P<names>{_HAN_NAMES})(?<![摄攝])\s*[)）]",
)
_BRACKETED_OPENINGS = tuple(re.compile(rf"\s*{p}\s*") for p in _BRACKETED_BYLINES)
# A place and "報導" after a Taiwanese reporter's names and a slash ("／台北報導", "/綜合報導").
_PLACE_REPORTED = rf"[／/]\s*[^\s()（）〔〕【】／/]{{1,12}}?{_REPORTED}"
# The reporter's word, not a word it opens ("記者會", a news conference; "記者團", the press
# corps; "記者節", "記者證", "記者站")
_REPORTER_WORD = rf"{_REPORTER}(?![會会團团節节證证站])"
# A byline standing alone on a line at a report's top, the reporter named (newcomer 49b: a text
# dump's "文／記者陳小明" was cut and no author stored):
_BYLINE_LINES = tuple(
    re.compile(rf"\s*{pattern}\s*")
    for pattern in (
        # Chinese: a writer's label ("文／", "撰文：", "採訪／", "整理／") and the names, the
        # reporter's word before them or not, a place and "報導" after them or not: "文／記者
        # 陳小明", "文/陈小明"
        rf"(?:撰文|文字|文|采访|採訪|整理|编译|編譯)\s*[／/:：]\s*(?:{_REPORTER_WORD}\s*)?"
        rf"(?P<names>{_HAN_NAMES})(?<![摄攝])(?:\s*{_PLACE_REPORTED})?",
        # the reporter's word and the names, a place and "報導" after them or not: "記者陳小明／
        # 台北報導", "记者 王小明"; not a photographer's credit ("記者陳小明攝")
        rf"{_REPORTER_WORD}\s*(?P<names>{_HAN_NAMES})(?<![摄攝])(?:\s*{_PLACE_REPORTED})?",
        # Korean: a paper's own bracket and its reporter ("[아시아경제 홍길동 기자]"), or the
        # names and the title alone, "=" after them or not ("홍길동 기자", "홍길동 기자 =")
        _KOREAN_BRACKET,
        rf"(?P<names>{_HANGUL_NAMES})\s*{_KOREAN_ROLE}(?:\s*=)?",
    )
)
_BRACKETED_ENDINGS = tuple(re.compile(rf"\s*{p}\s*$") for p in _BRACKETED_BYLINES)
_NAMES_JOIN = re.compile(r"\s*[、，,·\s]\s*")


def _cna_names(joined: str) -> list[str]:
    """The reporters of a CNA dispatch's names run into its place ("陳大文台北" of
    "（中央社記者陳大文台北6日電）", "陳大文、林小明台北"): names joined by "、", the last one
    split from the place by :func:`_name_before_place`."""
    *names, last = joined.split("、")
    return [*names, _name_before_place(last)]


# Chinese personal names are two to four characters: a surname of one or two and a given name of
# one or two.  Two-character surnames ("歐陽", "司馬"; Taiwan's "張簡", "范姜"), whose names are
# three or four characters.
_COMPOUND_SURNAMES = frozenset(
    ("歐陽", "欧阳", "司馬", "司马", "諸葛", "诸葛", "上官", "司徒", "東方", "东方", "皇甫", "夏侯",
     "公孫", "公孙", "慕容", "端木", "長孫", "长孙", "令狐", "宇文", "尉遲", "尉迟", "軒轅", "轩辕",
     "西門", "西门", "張簡", "张简", "范姜")
)  # fmt: skip
# An administrative place's last character (county, city, town, township, district): "花蓮縣",
# "新北市", "竹北市" are three characters.
_PLACE_ENDS = "縣县市鎮镇鄉乡區区"


# How frequent a word must be in wordfreq's Chinese list to be read as a place after a name run
# into it ("高雄" 3.96, "华盛顿" 4.57, "花莲县" 2.79; "文高雄", "盛顿" are no words).
PLACE_WORD_ZIPF = 2.5


@functools.cache
def _chinese_words() -> dict[str, float]:
    """The words of wordfreq's Chinese list (Simplified, as it folds them) at least
    :data:`PLACE_WORD_ZIPF` frequent, with their zipf values."""
    from clipper.stories.weights import frequency_list, zipf_of_bin

    found: dict[str, float] = {}
    for index, words in enumerate(frequency_list("zh")):
        value = zipf_of_bin(index)
        if value < PLACE_WORD_ZIPF:
            break  # the list goes from the most frequent down
        for word in words:
            found.setdefault(word, value)
    return found


def _name_before_place(run: str) -> str:
    """The reporter's name at the start of ``run``, a CNA dispatch's name and place run together
    ("陳明台北" → "陳明", "陳大文台北" → "陳大文", "陳明華盛頓" → "陳明"): the name of two to
    four characters (Chinese names' lengths) before a place CLDR names
    (:func:`clipper.placenames.is_place_name` in Chinese or Japanese: "台北", "東京", "紐約");
    else before the most frequent word of wordfreq's Chinese list (:func:`_chinese_words`, in
    Simplified as :func:`clipper.hanfold.mainland_text` folds it: "高雄", "華盛頓", "花蓮縣":
    a place's name is a word, a name's last character and the place are none); else before a
    county's or a city's name of three characters ending with its word ("新北市"); else three
    characters (the most common length of a Chinese name; four after a two-character surname,
    "歐陽明德"), two when the place would be shorter than two."""
    from clipper.hanfold import mainland_text
    from clipper.placenames import is_place_name

    sizes = [size for size in (2, 3, 4) if len(run) - size >= 2]
    for size in sizes:
        if any(is_place_name(run[size:], code) for code in ("zh_Hant", "zh", "ja")):
            return run[:size]
    words = _chinese_words()
    frequent = [(words.get(mainland_text(run[size:]), 0.0), size) for size in sizes]
    if frequent and max(frequent)[0] > 0:
        return run[: max(frequent)[1]]
    if run[-1] in _PLACE_ENDS and len(run) - 3 in sizes:
        return run[:-3]
    size = 4 if run[:2] in _COMPOUND_SURNAMES else 3
    while size > 2 and len(run) - size < 2:
        size -= 1
    return run[:size]


def _found_names(found: re.Match[str]) -> str:
    """ "reporter; reporter; agency" of a wire byline's match (the agency as written: "연합뉴스",
    "新华社", "中央社"), the reporters alone for a paper's own."""
    groups = found.groupdict()
    if groups.get("joined"):
        names = _cna_names(groups["joined"])
    else:
        names = [n for n in _NAMES_JOIN.split(groups["names"]) if n]
    credit = groups.get("credit")
    outlet = (groups.get("outlet") or "").strip()
    if not credit and outlet and credited_agencies(outlet):
        credit = outlet  # "[뉴시스 홍길동 기자]"; a paper's own name credits no one
    return "; ".join([*names, credit.strip()] if credit else names)


def drop_wire_bylines(lines: list[str]) -> tuple[list[str], str | None]:
    """``lines`` (a report's paragraphs) without the Chinese, Japanese or Korean byline and dateline
    opening its first paragraph (one of the first :data:`HEAD_BYLINE_LINES` not blank:
    "(서울=연합뉴스) 박지훈 기자 = …", "本报记者 李明 报道 …", "本报讯（记者 李明）…",
    "新华社北京12月6日电（记者 张三）…", "（中央社記者陳大文台北6日電）…",
    "（記者 陳大文／台北報導）…", "【ソウル＝小池和樹】…", a Korean paper's own "[아시아경제 홍길동
    기자] …", "홍길동 기자 = …") or, bracketed, run into the end of one of those or the last
    ("…表示。（記者 陳大文／台北報導）"), or standing alone on one of those lines
    (:data:`_BYLINE_LINES`: "文／記者陳小明", "記者陳小明／台北報導", "홍길동 기자"), and the
    names it gives ("박지훈; 연합뉴스", "李明", "陳小明"); None when no such byline is there.  A
    line left empty goes (a blank one stays)."""
    lines = list(lines)
    found_names: str | None = None
    # the first paragraph: among the first lines (a date line or a kicker may stand above it)
    filled = [at for at, line in enumerate(lines) if line.strip()]
    heads = filled[:HEAD_BYLINE_LINES]
    for at, pattern in ((at, p) for at in heads for p in (*_WIRE_OPENINGS, *_BRACKETED_OPENINGS)):
        found = pattern.match(lines[at])
        if (
            found is not None
            and found.groupdict().get("names")
            and credited_agencies(found["names"])
        ):
            continue  # "【ワシントン＝共同】": an agency's credit, not its reporter
        if found is not None and lines[at][found.end() :].strip():
            lines[at], found_names = lines[at][found.end() :], _found_names(found)
            break
    emptied = set()
    # a byline alone on its line ("文／記者陳小明", "記者陳小明／台北報導", "[아시아경제 홍길동
    # 기자]"): the line goes, its reporter named
    for at in heads:
        found = next((f for p in _BYLINE_LINES if (f := p.fullmatch(lines[at]))), None)
        if found is not None:
            emptied.add(at)
            found_names = found_names or _found_names(found)
            break
    for at in sorted({*heads, *filled[-1:]}):
        for pattern in _BRACKETED_ENDINGS:
            found = pattern.search(lines[at])
            if found is not None:
                lines[at] = lines[at][: found.start()]
                found_names = found_names or _found_names(found)
                if not lines[at].strip():
                    emptied.add(at)
                break
    return [line for at, line in enumerate(lines) if at not in emptied], found_names
