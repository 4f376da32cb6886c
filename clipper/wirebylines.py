"""Chinese, Japanese and Korean reports' bylines, written with their dateline before the text
or standing alone on one of its first lines ("(서울=연합뉴스) 박지훈 기자 =", "本报记者 李明
报道", "新华社北京12月6日电（记者 张三）", "【ソウル＝小池和樹】", "（中央社記者陳大文台北6日電）",
"文／記者陳小明", "[아시아경제 홍길동 기자]"): :func:`drop_wire_bylines` cuts them from a report's
text and names the reporters, an agency's with the agency ("박지훈; 연합뉴스").  Bylines of the
languages with capitals standing as lines of their own: :mod:`clipper.bylinelines`.
"""

from __future__ import annotations

import functools
import re

from clipper.agencycredits import CJK_WIRE_CREDITS, credited_agencies
from clipper.bylinelines import HEAD_BYLINE_LINES

__all__ = ["PLACE_WORD_ZIPF", "drop_wire_bylines"]


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
