"""The dateline opening a report's text, cut from it in every language: an agency's ("WASHINGTON
(AP) — ", "LONDON, Dec 5 (Reuters) - ", "【ワシントン＝共同】", "(서울=연합뉴스) ",
"（中央社台北6日電）", "新华社北京12月6日电 ": :func:`clipper.agencydatelines.opening_credit`),
whose agency is then the page's credit, and a Japanese paper's place alone in lenticular brackets
("【ソウル】", Mainichi's shape, :func:`place_bracket`), which credits no one; its place and
reporter run together ("【ワシントン秋山信一】", :func:`reporter_bracket`), whose reporter is the
author of a page naming none; a staff dateline ("Staff Reporter, Karachi:", "নিজস্ব প্রতিবেদক,
ঢাকা:", "Redacción, Madrid.-": :func:`clipper.staffdatelines.staff_dateline`), which names no
author but the reporter it names after its place ("De notre correspondant à Dakar, Jean
Dupont"); a network's own credit ("Washington (CNN) —":
:func:`clipper.agencydatelines.self_credit`), which credits no agency; a paper's dateline of a
place alone ("HELSINKI — ", "ΑΘΗΝΑ.- ": :func:`clipper.placedatelines.place_dateline`), which
credits no one; a site's own credit before or after its place or alone ("TRIBUNNEWS.COM,
JAKARTA - ", "VIVA.co.id – ": :func:`clipper.sitedatelines.site_dateline`), which credits no one
either (with its place it is read as a staff dateline is); an agency's dateline of full stops, its
credit bare ("Bakı. 6 dekabr. APA. ", "МОСКВА, 6 дек — РИА Новости. ":
:func:`clipper.agencydatelines.opening_credit`), which credits its agency, and a place and a date
alone before a full stop ("Toshkent, 6 dekabr. ": :func:`clipper.stopdatelines.stop_dateline`),
which credits no one; a Chinese paper's own credit in brackets ("【明報專訊】", "（本报讯）":
:func:`own_credit`), which credits no one; a Persian, Arabic or Urdu report's reporting formula
or dateline between dashes naming an agency ("به گزارش خبرگزاری ایرنا، ", "تهران- ایرنا- ",
"وفقا لوكالة أنباء الإمارات (وام)، ": :func:`clipper.creditformulas.opening_credit`), which
credits its agency.

One rule for every language, as for the Chinese, Japanese and Korean bylines the dateline
wraps (:func:`clipper.wirebylines.drop_wire_bylines`, which cuts "(서울=연합뉴스) 박지훈 기자 ="
and names the reporter): a site printing the wire's dateline and one leaving it off store the
same text, so a syndicated story's copies match whole and its first word is the text's first
word in search ("【ソウル】韓国の…" is found by "韓国"); the agency the dateline named stays
known as the page's author (rule 3 of the page shown reads it there, as it read the
dateline).  The dateline's day is read from the text as extracted, before the cut
(:func:`clipper.htmldatelines.agency_day`, :mod:`clipper.textdump`).  Newcomer 44's "sign",
left over by session 44 (agencies45).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import NamedTuple

from clipper.agencydatelines import opening_credit
from clipper.creditformulas import opening_credit as formula_opening
from clipper.placedatelines import place_dateline
from clipper.placenames import is_place_name
from clipper.sitedatelines import site_dateline
from clipper.staffdatelines import staff_dateline
from clipper.stopdatelines import stop_dateline

__all__ = [
    "CutDateline", "drop_report_dateline", "own_credit", "place_bracket", "reporter_bracket",
    "with_credit",
]  # fmt: skip

# The first lines searched for it (a date line or a kicker may stand above the report's first
# paragraph), as for the bylines it may wrap (clipper.bylinelines.HEAD_BYLINE_LINES).
DATELINE_LINES = 3

# A place in lenticular brackets opening a Japanese report, nothing else in them: "【ソウル】",
# "【ワシントン】", "【台北】".  A place there is a city or a country CLDR names
# (:func:`clipper.placenames.is_place_name`, in Japanese, Chinese or English), or katakana alone,
# as Japanese writes a foreign place ("ワシントン", "ジュネーブ": CLDR names a time zone's city
# only); a label in kanji ("【速報】", "【独自】", "【社説】") is none.
_PLACE_BRACKET = re.compile(r"\s*【(?P<place>[^【】\s＝=]{1,12})】\s*")
_KATAKANA = re.compile(r"[\u30a0-\u30ff]{2,12}")
# A place and its reporter in lenticular brackets, run together (Mainichi's
# "【ワシントン秋山信一】", "【北京坂本信博、河津啓介】") or joined by "＝" (Asahi's and
# Yomiuri's "【ワシントン＝青山直篤】", which :func:`clipper.wirebylines.drop_wire_bylines` cuts
# first).  Read by the shape, as CLDR
# names few cities in kanji ("北京", "大阪", "那覇" are none of its): the place is a known one
# (katakana alone, or a city or country CLDR names in Japanese or Chinese) and each name after it
# :data:`_JAPANESE_NAME` long; else, the place two kanji (most Japanese and Chinese cities'
# names: 大阪, 札幌, 那覇, 北京) and each name three or four (most names' lengths: a place of
# three, "鹿児島山田一郎", is not split as "鹿児" and "島山田一郎").  A name is kanji alone (a
# reporter's; 々 in it), none ending as a label's last word does (:data:`_LABEL_ENDS`:
# "【北京冬季五輪】", "【東京都知事選】" are labels, no reporters).
_REPORTER_BRACKET = re.compile(r"\s*【(?P<inner>[^【】\s＝=]{4,30})】\s*")
_HAN = "\u4e00-\u9fff々"
# A Japanese full name's length in kanji: a surname of one to three, a given name of one to
# three; three to five in all (two, "林修", is rare and a label's length: "五輪", "侵攻").
_JAPANESE_NAME = re.compile(rf"[{_HAN}]{{3,5}}")
# The last character of a label's word, which no given name ends with: an election, the
# Olympics, a war, talks, a meeting, a report, an issue, an incident, an announcement.
_LABEL_ENDS = frozenset("選輪戦談議会報題事件局発表式典祭賞展催")


# A Chinese paper's own credit in brackets opening its report, nothing else in them: its name
# (or "本报", "our paper") and a word of its own dispatch, "專訊" ("special dispatch"), "報訊"
# ("paper's news"), a day's "日訊", a site's "網訊", or "報道" ("reports") after the paper's
# name: Ming Pao's "【明報專訊】", "【本報訊】", "（本报讯）", "【星島日報報道】",
# "【on.cc東網專訊】", "【大紀元2026年12月07日訊】"; or its dispatch of a place and a day, as an
# agency's ("本报北京12月6日电"; with a reporter's parenthesis after it,
# :func:`clipper.wirebylines.drop_wire_bylines` cuts it first and names the reporter).  A label
# ("【快訊】", "【簡訊】", a news flash) ends with none of those words, and a reporter's bracket
# ("【記者王小明／台北報導】", the bylines') is none; a paper is no agency, so it credits no one.
_OWN_CREDIT = re.compile(
    r"\s*(?:[【〔［\[（(](?![^】〕］\]）)\n]*(?:記者|记者))[^【】〔〕［］\[\]（）()\n]{0,24}?"
    r"(?:專訊|专讯|報訊|报讯|[0-9０-９]日(?:訊|讯)|網訊|网讯|(?:報|报)(?:道|導|导))[】〕］\]）)]"
    r"|本(?:报|報)[^\s()（），。、：:]{0,16}?[0-9０-９]{1,2}日(?:专|專)?(?:电|電))\s*"
)


# A paper's own name alone in brackets opening its report ("【大紀元】", "【on.cc東網】"): read by
# the page's site (:func:`_names_own_site`), as a label in them ("【快訊】", "【獨家】") is the
# same shape.
_NAME_BRACKET = re.compile(r"\s*[【〔［\[](?P<name>[^【】〔〕［］\[\]\n]{2,16})[】〕］\]]\s*")
# A name in Chinese, Japanese or Korean letters: its site's name may go on after it ("大紀元" of
# "大紀元時報").
_CJK_NAME = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3]{2,}")


def own_credit(paragraph: str, sites: Collection[str] = ()) -> int:
    """The offset of the text after the Chinese paper's own credit ``paragraph`` opens with
    ("【明報專訊】香港…" → 6; see :data:`_OWN_CREDIT`), or its name alone in brackets naming
    the page's site (``sites``: keys of :func:`clipper.sitenames.site_keys`, og:site_name's;
    "【大紀元】" on a page of "大紀元時報", "【on.cc東網】" on ``on.cc``:
    :func:`_names_own_site`); 0 for none or no text after it."""
    found = _OWN_CREDIT.match(paragraph)
    if found is None and sites:
        found = _NAME_BRACKET.match(paragraph)
        if found is not None and not _names_own_site(found["name"], sites):
            found = None
    if found is None or not paragraph[found.end() :].strip():
        return 0
    return found.end()


def _names_own_site(name: str, sites: Collection[str]) -> bool:
    """Whether ``name`` (a bracket's text) names the site of ``sites`` (keys): as a byline's or a
    title's segment does (:func:`clipper.sitenames.names_site`), or, in Chinese, Japanese or
    Korean letters, as the start of one ("大紀元" of "大紀元時報")."""
    from clipper.sitenames import name_key, names_site

    key = name_key(name)
    if not key:
        return False
    if names_site(key, sites):
        return True
    return _CJK_NAME.fullmatch(key) is not None and any(site.startswith(key) for site in sites)


class CutDateline(NamedTuple):
    """A dateline cut from a report: the paragraph as it was (its day is read from it), the
    agency it credits as written ("AP", "共同", "연합뉴스"; None for a place alone or a staff
    dateline), and the reporters it names ("秋山信一", "坂本信博; 河津啓介"; None for none)."""

    paragraph: str
    agency: str | None
    reporter: str | None = None


def reporter_bracket(paragraph: str) -> tuple[int, str] | None:
    """(the offset of the text after it, its reporters "; "-joined) of the place and reporter
    in lenticular brackets ``paragraph`` opens with, run together ("【ワシントン秋山信一】韓国…" →
    (11, "秋山信一"); the rule: :data:`_REPORTER_BRACKET`); None for none or no text after it."""
    found = _REPORTER_BRACKET.match(paragraph)
    if found is None or not paragraph[found.end() :].strip():
        return None
    inner = found["inner"]
    for at in range(2, len(inner) - 2):
        place, names = inner[:at], inner[at:].split("、")
        known = bool(_KATAKANA.fullmatch(place)) or any(
            is_place_name(place, code) for code in ("ja", "zh")
        )
        if not known and not (at == 2 and re.fullmatch(rf"[{_HAN}]{{2}}", place)):
            continue
        longest = 5 if known else 4
        if all(
            _JAPANESE_NAME.fullmatch(name) and len(name) <= longest and name[-1] not in _LABEL_ENDS
            for name in names
        ):
            return found.end(), "; ".join(names)
    return None


def place_bracket(paragraph: str) -> int:
    """The offset of the text after the place in lenticular brackets ``paragraph`` opens with
    ("【ソウル】韓国政府は…" → 6; see :data:`_PLACE_BRACKET`), 0 for none or no text after it."""
    found = _PLACE_BRACKET.match(paragraph)
    if found is None or not paragraph[found.end() :].strip():
        return 0
    place = found["place"]
    if _KATAKANA.fullmatch(place) or any(is_place_name(place, code) for code in ("ja", "zh")):
        return found.end()
    return 0


def drop_report_dateline(
    lines: list[str], sites: Collection[str] = ()
) -> tuple[list[str], CutDateline | None]:
    """``lines`` (a report's paragraphs) without the dateline opening the first of the first
    :data:`DATELINE_LINES` not blank that opens with one (see the module), and what was cut;
    ``(lines, None)`` when none does.  A staff dateline standing alone on its line ("De notre
    correspondant à Dakar") takes the line with it.  ``sites``: the keys of the page's site's
    names (:func:`clipper.sitenames.site_keys`), by which its own name in brackets is read
    (:func:`own_credit`: "【大紀元】")."""
    lines = list(lines)
    filled = [at for at, line in enumerate(lines) if line.strip()]
    for at in filled[:DATELINE_LINES]:
        paragraph = lines[at]
        if (credit := opening_credit(paragraph)) is not None:
            lines[at] = paragraph[credit.end :].lstrip()
            return lines, CutDateline(paragraph, None if credit.network else credit.agency)
        if (formula := formula_opening(paragraph)) is not None:  # "به گزارش ایرنا، "
            lines[at] = paragraph[formula.end :].lstrip()
            return lines, CutDateline(paragraph, formula.agency)
        if end := own_credit(paragraph, sites):  # "【星島日報報道】" is no place and reporter
            lines[at] = paragraph[end:].lstrip()
            return lines, CutDateline(paragraph, None)
        if (reported := reporter_bracket(paragraph)) is not None:
            lines[at] = paragraph[reported[0] :].lstrip()
            return lines, CutDateline(paragraph, None, reported[1])
        staff = None if paragraph.lstrip().startswith("【") else staff_dateline(paragraph)
        if end := place_bracket(paragraph) or (staff.end if staff else 0):
            if paragraph[end:].strip():
                lines[at] = paragraph[end:].lstrip()
            else:  # a staff dateline on its own line ("De notre correspondante à Dakar")
                del lines[at]
            return lines, CutDateline(paragraph, None, staff.reporter if staff else None)
        if (
            placed := place_dateline(paragraph)
            or site_dateline(paragraph)
            or stop_dateline(paragraph)
        ) is not None:
            lines[at] = paragraph[placed.end :].lstrip()
            return lines, CutDateline(paragraph, None)
    return lines, None


def with_credit(author: str | None, cut: CutDateline | None) -> str | None:
    """``author`` (a page's names as stored, "; "-joined) with the agency ``cut``'s dateline
    credits after them when none of them is that agency already ("Jane Roe" and "WASHINGTON
    (AP) —" is "Jane Roe; AP", as "Claire Dumont avec AFP" is "Claire Dumont; AFP"; a page
    naming none is the agency's), the reporters it names where ``author`` is none
    ("【ワシントン秋山信一】" is "秋山信一"); ``author`` when nothing was cut or it credits no
    one."""
    if cut is None:
        return author
    author = author or cut.reporter
    if cut.agency is None:
        return author
    if not author:
        return cut.agency
    from clipper.agencycredits import credited_agencies

    agencies = set(credited_agencies(cut.agency)) or {cut.agency}
    for name in author.split(";"):
        if name.strip() == cut.agency or agencies & set(credited_agencies(name.strip())):
            return author
    return f"{author}; {cut.agency}"
