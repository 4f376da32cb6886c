"""A section page's teasers, each a headline followed by its own short date stamp, as CJK and
many other sites print them: "瀬戸内海でフェリー座礁、乗客120人全員救助 12/04 10:12",
"白砂汽船が会見 12月4日 18:45", "셔틀버스 이용객 1만명 돌파 12.05 15:20", "Ferry runs aground
04/12 10:12".  trafilatura keeps such lines as a main text, and the index guard of
:func:`clipper.htmlclean._looks_like_index` counted a short line repeated word for word ("Read
more", a date alone on its line), which a headline with its date after it never is: newcomer 38
(F8) saw a Japanese section index titled "社会ニュース一覧" of 8 such lines stored as an article.

:func:`stamped_teasers` counts the lines that end with a stamp holding a month and a day (with
the year and a time of day or not; a weekday in brackets too, "12/04(木) 10:12") after a
headline's words (:data:`~clipper.config.TEASER_HEADLINE_WORDS` at most, as
:func:`clipper.scripts.count_words` counts an unspaced script's).  A live blog's entries open
with their time ("10:12 白砂汽船が会見し…"), a time of day alone, and a paragraph of prose: no
line of them ends with a day's stamp, and its text is an article.  A page whose title names
itself a list (:data:`LIST_TITLE_WORDS`: "一覧", "목록", "列表") needs fewer such lines.
"""

from __future__ import annotations

import re

from clipper.config import (
    STAMPED_TEASERS_MIN,
    STAMPED_TEASERS_SHARE,
    TEASER_HEADLINE_WORDS,
    TITLED_LIST_TEASERS_MIN,
)
from clipper.localdates import ascii_date_digits
from clipper.scripts import count_words

__all__ = ["LIST_TITLE_WORDS", "stamped_teasers"]

# Words a listing's title names itself by ("社会ニュース一覧", "기사 목록", "新闻列表", "新聞列表",
# "最新ニュース", "Noticias recientes" are not: "最新" heads article titles too): Japanese "一覧"
# (list), Korean "목록" (list), Chinese "列表" (list), "列表" being the same in both scripts.
LIST_TITLE_WORDS = ("一覧", "목록", "列表")

# A teaser's stamp at its line's end: a month and a day (a year before them or not) written with
# slashes, dots or dashes ("12/04", "2026/12/04", "12.05", "2026-12-04") or the characters for
# month and day ("12月4日", "12월 5일"), a weekday in brackets ("(木)", "（金）"), a time of day
# ("10:12"), the whole in brackets or not.
_STAMP_AT_END = re.compile(
    r"(?:^|(?<=[\s(\[（【「]))[(\[（【]?"
    r"(?:(?:\d{4}[./\-年]\s*)?\d{1,2}[./\-]\d{1,2}\.?|(?:\d{4}\s*[年년]\s*)?\d{1,2}\s*[月월]\s*"
    r"\d{1,2}\s*[日일])"
    r"(?:\s*[(（][^\W\d_]{1,3}[)）])?(?:\s*\d{1,2}:\d{2})?[)\]）】]?\s*$"
)


def _teaser(line: str) -> bool:
    """Whether ``line`` is a headline (:data:`TEASER_HEADLINE_WORDS` words at most, one at
    least) followed by its stamp (:data:`_STAMP_AT_END`)."""
    found = _STAMP_AT_END.search(ascii_date_digits(line))
    if found is None:
        return False
    words = count_words(line[: found.start()])
    return 0 < words <= TEASER_HEADLINE_WORDS


def stamped_teasers(lines: list[str], title: str | None = None) -> int:
    """How many of ``lines`` (a page's extracted text) are teasers with their stamps (see the
    module docstring), when they make it a teaser list: at least
    :data:`~clipper.config.STAMPED_TEASERS_MIN` of them (:data:`~clipper.config.
    TITLED_LIST_TEASERS_MIN` under a ``title`` naming a list word), and at least
    :data:`~clipper.config.STAMPED_TEASERS_SHARE` of the lines; else 0."""
    if not lines:
        return 0
    listed = title is not None and any(word in title for word in LIST_TITLE_WORDS)
    need = TITLED_LIST_TEASERS_MIN if listed else STAMPED_TEASERS_MIN
    if len(lines) < need:
        return 0
    teasers = sum(1 for line in lines if _teaser(line))
    return teasers if teasers >= need and teasers >= STAMPED_TEASERS_SHARE * len(lines) else 0
