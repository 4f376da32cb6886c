"""A news agency's dateline that wraps its place, date or reporter inside its credit, as Chinese,
Japanese and Korean services write it: a Chinese dispatch ("新华社北京12月4日电（记者王建国）",
"（中央社記者陳怡君台北4日電）"), a Japanese credit in brackets after the place or the day
("【高松共同】", "〔ワシントン時事〕", "【12月4日 AFP】") or in parentheses after the place
("高松（共同）"), a Korean one after the place and "=" ("(서울=연합뉴스) 이지은 기자 = ",
"[서울=뉴시스]").  :func:`wrapped_dateline` finds it and the agency it credits
(:func:`clipper.agencycredits.credited_agencies`); :func:`dateline_credits` the agencies such
datelines credit in a text.  Split from :mod:`clipper.agencycredits` (which re-exports them) in
datelines49, which added the tortoise-shell and square brackets.
"""

from __future__ import annotations

import re

__all__ = ["CJK_WIRE_CREDITS", "JOINT", "dateline_credits", "wrapped_dateline"]

# Words "共同" ("joint"), "時事" ("current affairs") and "聯合" ("united") compound with,
# which stand before them where a dateline's place would ("【日米共同】", "両国（共同）",
# "官民（共同）", "兩岸（聯合）"): two to four one-character names of countries ("日米",
# "日中韓", "米英", "日台", "中美"), a number of parties in Japanese or Chinese ("両国", "三者",
# "2国", "兩岸", "双方"), the sectors of a joint venture ("官民", "産学", "労使", "男女",
# "与野党") and "国際": no place an agency's bureau writes from.
JOINT = re.compile(
    r"[日米美中韓韩朝露俄英仏法独德伊加豪澳印台比越欧歐蘭]{2,4}"
    r"|[両兩两雙双二三四五六七八九十0-9０-９]+[国國社者党黨岸方]"
    r"|官民|産学官?|産官学|労使|男女|与野党|国際|國際|国际|日米欧"
)
# The Chinese agencies and sites whose dateline wraps its place and date in the credit, the
# date's "电" (dispatch) closing it ("新华社北京12月4日电", "（中央社記者陳怡君台北4日電）").
CJK_WIRE_CREDITS = ("新华社", "新華社", "新华网", "新華網", "中新社", "中新网", "中新網", "人民网",
                    "人民網", "中央社")  # fmt: skip
_H = r"[^\S\n]"
# A Chinese dispatch: the credit, a reporter ("记者王建国", "記者陳怡君"), the place, the day
# ("12月4日", "4日") and "电" / "专电", in parentheses or not, a reporter's parenthesis after it
# ("新华社北京12月4日电（记者王建国）", "（中央社記者陳怡君台北4日電）").
_DISPATCH = re.compile(
    rf"{_H}*(?P<open>[(（])?(?P<credit>{'|'.join(CJK_WIRE_CREDITS)})"
    r"[^\s()（），。、：:]{0,16}?[0-9０-９]{1,2}日(?:专|專)?(?:电|電)"
    rf"(?(open)[)）])(?:{_H}*[(（][^()（）\n]{{1,24}}[)）])?{_H}*"
)
# Japanese services' credit in lenticular brackets after the place or the day ("【高松共同】",
# "【ワシントン時事】", "【12月4日 AFP】"), in tortoise-shell or full-width square ones as Jiji's
# and its clients' pages write it ("〔時事〕", "〔ワシントン時事〕", "［北京共同］"), or in
# parentheses after the place ("高松（共同）").
_BRACKETED = re.compile(rf"{_H}*[【〔［](?P<inner>[^【】〔〕［］\n]{{1,20}})[】〕］]{_H}*")
_PLACED = re.compile(
    rf"{_H}*(?P<place>[^\s()（）【】、。，「」]{{1,12}})"
    rf"[(（](?P<credit>[^()（）\n]{{1,12}})[)）]{_H}*"
)
# Korean services' credit after the place and "=", then the reporter's name and "기자 =" (a
# correspondent's "특파원 =", a stringer's "통신원 =") ("(서울=연합뉴스) 이지은 기자 = ",
# "(워싱턴=연합뉴스) 김동현 특파원 = ", "(서울=뉴스1) "), in parentheses or, as Newsis writes
# it, in square or lenticular brackets ("[서울=뉴시스]", "【서울=뉴시스】").
_KOREAN = re.compile(
    rf"{_H}*[(（\[［【](?P<place>[^=()（）\[\]［］【】\n]{{1,12}})="
    rf"(?P<credit>[^=()（）\[\]［］【】\n]{{1,12}})[)）\]］】]"
    rf"(?:{_H}*[^=\n]{{1,30}}?(?:기자|특파원|통신원){_H}*=)?{_H}*"
)
# A place or a day before a bracketed credit: letters, digits and spaces alone.
_PLACE_OR_DAY = re.compile(r"[\w\s月日]*")


def wrapped_dateline(line: str) -> tuple[int, str] | None:
    """(the offset of the text after it, the agency) of the agency's dateline ``line`` opens
    with when it wraps its place (and date, reporter) inside the credit, as Chinese, Japanese
    and Korean services write it: a Chinese dispatch ("新华社北京12月4日电（记者王建国）",
    "（中央社記者陳怡君台北4日電）", "中新社上海12月4日电"; :data:`CJK_WIRE_CREDITS`), a
    Japanese credit in lenticular brackets after the place or day ("【高松共同】",
    "【ワシントン時事】", "【12月4日 AFP】") or in parentheses after the place ("高松（共同）"),
    a Korean one after the place and "=" ("(서울=연합뉴스) 이지은 기자 = ", "(서울=뉴스1)");
    the agency as :func:`clipper.agencycredits.credited_agencies` names it.  None when the line
    opens with none or nothing follows it: a bracket whose text does not end with an agency's
    credit ("【共同声明】", "【速報】"), "共同" ("jointly") or "电" in a sentence
    ("日米が共同で…", "电力"), a word's
    gloss in parentheses before a particle ("両国（共同）は…"), a word "共同" compounds with
    where the place would be (:data:`JOINT`: "【日米共同】", "【官民共同】",
    "日米（共同）開発")."""
    from clipper.agencycredits import credited_agencies  # it imports this module

    for pattern in (_DISPATCH, _KOREAN, _BRACKETED, _PLACED):
        found = pattern.match(line)
        if found is None or not (rest := line[found.end() :].strip()):
            continue
        if pattern is _PLACED and (
            "\u3041" <= rest[0] <= "\u309f" or JOINT.fullmatch(found["place"])
        ):
            continue  # "両国（共同）は…", "日米（共同）開発": a word's gloss
        if pattern is _BRACKETED:
            agency = _bracketed_agency(found["inner"])
        else:
            agencies = credited_agencies(found["credit"])
            agency = agencies[0] if len(agencies) == 1 else None
        if agency is not None:
            return found.end(), agency
    return None


def _bracketed_agency(inner: str) -> str | None:
    """The agency a bracket's text (:data:`_BRACKETED`) ends with after a place or a day of
    letters, digits and spaces ("高松共同" → "Kyodo", "12月4日 AFP" → "AFP"), the longest
    credit first; None when it ends with none or the place is a word "共同" compounds with
    ("日米共同": :data:`JOINT`)."""
    from clipper.agencycredits import credited_agencies

    for at in range(len(inner)):
        agencies = credited_agencies(inner[at:])
        place = inner[:at]
        if (
            len(agencies) == 1
            and _PLACE_OR_DAY.fullmatch(place)
            and JOINT.fullmatch(place.strip()) is None
        ):
            return agencies[0]
    return None


def dateline_credits(text: str) -> frozenset[str]:
    """The agencies whose wrapped datelines (:func:`wrapped_dateline`) open a line of
    ``text``."""
    found = set()
    for line in text.split("\n"):
        if (dateline := wrapped_dateline(line)) is not None:
            found.add(dateline[1])
    return frozenset(found)
