"""Lines a wire or a desk signs a report with: the same under every report it sends.

"(Reporting by …; Editing by …)", "Writing by …", "(Bericht von …, redigiert von …)",
"Copyright 2026 The Associated Press. All rights reserved. This material may not be published,
broadcast, rewritten or redistributed.", "The Associated Press contributed to this report.",
"Staff and wire reports", a Korean reporter's "김민수 기자 minsu@…", a byline line
(:func:`clipper.bylinelines.byline_line`), a site's disclaimer paragraph under every market or
health report ("Disclaimer: Keputusan investasi sepenuhnya ada di tangan pembaca. …", "Aviso
legal: …", "अस्वीकरण: …", "إخلاء المسؤولية: …": :func:`disclaims`), and a site's note that the
item came from a wire's feed ("(… this story has not been edited by Lok Times staff and is
published from a syndicated feed.)": :func:`clipper.feednotes.feed_note`).  Two
different briefs of one agency share such a line word for word, and under a report of two
sentences it can be most of the text: a story vector leaves it out
(``clipper.stories.sitetext.without_furniture``), and so does matching
(``clipper.fingerprint.match_view``), or the two briefs are copies of each other.
"""

from __future__ import annotations

import re

from clipper.bylinelines import BYLINE_LINE_WORDS, byline_line
from clipper.feednotes import feed_note
from clipper.paragraphs import LINES_KEPT, line_memo

__all__ = [
    "DISCLAIMER_WORDS", "SIGN_OFF_WORDS", "agency_trailer", "disclaims", "run_in_sign_off",
    "signs_off",
]  # fmt: skip

_SIGN_OFF_START = re.compile(
    r"\W*(?:(?:additional|further)\s+)?(?:reporting|writing|editing|edited|compiled|"
    r"graphics|research|produced)\s+by\b"
    r"|\W*\((?:bericht|berichterstattung|redigiert|reportage|rédigé|édité|édition|reporte|"
    r"reportaje|editado|redazione|reportagem|texto)\b"
    r"|\W*(?:copyright|©|\(c\))(?:\W|$)"
    r"|\W*(?:from\s+)?(?:staff|wire)(?:\s+and\s+(?:staff|wire))?\s+reports?\W*$"
)
_SIGN_OFF_WITHIN = ("all rights reserved", "may not be published", "may not be reproduced",
                    "may not be redistributed")  # fmt: skip
# A Korean reporter's sign-off under the article: name(s), role, e-mail address ("김민수 기자
# minsu@example.co.kr", "김민수·이영희 기자 (desk@example.kr)"): the same under every report.
_REPORTER_EMAIL = re.compile(
    r"\W*(?:[가-힣]{2,4}(?:\s*[·ㆍ,]\s*[가-힣]{2,4})*(?:\s*외\s*\d+\s*명)?\s*)?"
    r"(?:(?:선임|객원|인턴|수습)?기자|특파원|통신원)(?:\s*외\s*\d+\s*명)?"
    r"\s*[(<\[]?\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"\s*[)>\]]?\W*"
)
_CONTRIBUTED = re.compile(r"\bcontributed(?: reporting)? to this (?:report|story|article)\W*$")
# A credit line: one to six codes in parentheses or brackets, "/" or "," between them
# ("(APA/dpa/red)", "(dpa/AFP)", "[sda]", "(AFP, Reuters, jm)"); a desk's initials may stand
# among them.
# Full-width brackets as Chinese and Japanese write them: "（共同）", "（新华社）" (newcomer 44,
# finding 3: a Japanese page's closing "（共同）" stayed as its last paragraph, crediting no one).
_CREDIT_LINE = re.compile(
    r"\s*[(\[（]\s*([\w. -]{1,20}(?:\s*[/,]\s*[\w. -]{1,20}){0,5})\s*[)\]）]\s*[.。]?"
)
_CREDIT_SPLIT = re.compile(r"\s*[/,]\s*")
_CODE = re.compile(r"[^\W\d_]{1,4}")
# dpa's trailer under every report it sends, with the report's id: "© dpa-infocom,
# dpa:261203-99-123456/3", or the id alone on its line.
_DPA_TRAILER = re.compile(
    r"\s*(?:(?:©|\(c\)|copyright)\s*dpa-infocom\s*(?:,\s*)?)?"
    r"(?:dpa:\d{6}-\d{2}-\d{3,8}/\d{1,3})?\s*",
    re.IGNORECASE,
)


# A Persian agency's end-of-report mark (IRNA, ISNA, Mehr, Tasnim and the papers taking their
# reports): "انتهای پیام/", "انتهای پیام/ ش", "انتهای خبر"; a slash and a desk's code may follow.
_END_OF_REPORT = re.compile(r"\W*انتهای (?:پیام|خبر)\s*(?:/\s*\w{0,4})?\W*")


def agency_trailer(line: str) -> bool:
    """Whether ``line`` is a news agency's trailer on a line of its own, the same under every
    report a site takes from it: a credit in parentheses naming an agency ("(APA/dpa/red)",
    "(dpa)", "[AFP]", "(AA)", "(DHA)", "(وام)", "(تسنیم)", "(רויטרס)", "(kathpress)",
    "（共同）": an agency :func:`clipper.agencycredits.wire_credit` reads, the wires too,
    "(وكالات)"; the other codes 1-4 letters, a desk's initials), dpa's "© dpa-infocom,
    dpa:261203-99-123456/3" (either half alone) or a Persian agency's end mark ("انتهای
    پیام/")."""
    stripped = line.strip()
    if not stripped or len(stripped) > 80:
        return False
    if _END_OF_REPORT.fullmatch(stripped) is not None:
        return True
    credit = _CREDIT_LINE.fullmatch(stripped)
    if credit is not None:
        from clipper.agencycredits import wire_credit  # its tables: only for a credit line

        codes = [code.strip() for code in _CREDIT_SPLIT.split(credit.group(1))]
        named = [wire_credit(code) for code in codes]
        return any(named) and all(
            known or _CODE.fullmatch(code) for known, code in zip(named, codes, strict=True)
        )
    return _DPA_TRAILER.fullmatch(stripped) is not None and any(
        c.isdigit() or c == "©" for c in stripped
    )


# Sign-off and credit lines are short: a longer paragraph holding those words is the article.
SIGN_OFF_WORDS = 60

# A disclaimer's label opening a line, as sites write it in the languages of the furniture
# tables (English "Disclaimer" stands in many: Indonesian, Dutch, Italian, Hindi and Bengali
# finance pages), then a colon, a dash or a bracket's end: "Disclaimer: …", "[Disclaimer] …",
# "Penafian: …", "Aviso legal: …", "Isenção de responsabilidade: …", "Haftungsausschluss: …",
# "Avertissement : …", "अस्वीकरण: …", "डिस्क्लेमर: …", "দাবিত্যাগ: …", "ডিসক্লেইমার: …",
# "إخلاء المسؤولية: …", "ڈس کلیمر: …", "免责声明：…", "면책 조항: …".  A site prints the same one
# word for word under every market, crypto or health report it runs (the investment notice of
# Indonesian finance desks runs to 50 words and more, longer than the 20-word briefs above it),
# so two different briefs of one desk were copies of each other (newcomer 22, finding 17).
_DISCLAIMER = re.compile(
    r"\W*(?:disclaimer|disclaimers|penafian|aviso legal|aviso de responsabilidad"
    r"|descargo de responsabilidad|exenci[oó]n de responsabilidad|isen[cç][aã]o de "
    r"responsabilidade|aviso de isen[cç][aã]o|haftungsausschluss|avertissement"
    r"|clause de non-responsabilit[eé]|esclusione di responsabilit[aà]|vrijwaring"
    r"|sorumluluk reddi|yasal uyar[ıi]|отказ от ответственности"
    r"|अस्वीकरण|डिस्क्लेमर|डिसक्लेमर|দাবিত্যাগ|দায়বদ্ধতা অস্বীকার|ডিসক্লেইমার"
    r"|إخلاء (?:ال)?مسؤولية|إخلاء المسئولية|ڈس کلیمر|اعلان دستبرداری"
    r"|免责声明|免責聲明|免責事項|면책\s?조항|ข้อจำกัดความรับผิดชอบ|tuyên bố miễn trừ)"
    r"\s*(?:[:：\-–—]|[)\]])",
    re.IGNORECASE,
)
# A disclaimer is a paragraph, not a page: a line of more words is the article.
DISCLAIMER_WORDS = 200


def disclaims(line: str) -> bool:
    """Whether ``line`` is a site's disclaimer paragraph: it opens with a disclaimer's label
    and a colon, dash or closing bracket (:data:`_DISCLAIMER`) and holds fewer than
    :data:`DISCLAIMER_WORDS` words.  A label on a line of its own over the paragraph is one,
    the paragraph under it is not (a rule of one line)."""
    return line.count(" ") < DISCLAIMER_WORDS and _DISCLAIMER.match(line) is not None


@line_memo(LINES_KEPT)  # a night's lines recur: fingerprints and story vectors both ask
def signs_off(line: str) -> bool:
    """Whether ``line`` (one line of a text) is a sign-off, credit or copyright line, a feed
    note or a byline of fewer than :data:`SIGN_OFF_WORDS` words, or a site's disclaimer
    paragraph (:func:`disclaims`; see the module)."""
    if disclaims(line):
        return True
    if line.count(" ") >= SIGN_OFF_WORDS:
        return False
    folded = line.casefold()
    return bool(
        _SIGN_OFF_START.match(folded)
        or any(words in folded for words in _SIGN_OFF_WITHIN)
        or ("contributed" in folded and _CONTRIBUTED.search(folded))
        or ("@" in line and _REPORTER_EMAIL.fullmatch(line.strip()) is not None)
        or (line.count(" ") < BYLINE_LINE_WORDS and byline_line(line.strip()))
        or agency_trailer(line)
        or feed_note(line)
    )


# A sign-off run into the end of a report's line, after its last sentence: a copyright notice
# naming a year ("… the coast guard said. Copyright 2026 The Associated Press. All rights
# reserved.") or a wire's credit ("… close to target. (Reporting by …; Editing by …)").
_RUN_IN = re.compile(
    r"(?<=[.!?\"'”’)])\s+(?=(?:copyright\s*(?:©|\(c\))?\s*|©\s*|\(c\)\s*)(?:19|20)\d\d\b"
    r"|\((?:(?:additional|further)\s+)?(?:reporting|writing|editing)\s+by\b)",
    re.IGNORECASE,
)
_RUN_IN_HINTS = ("copyright", "©", "(c)", "reporting by", "writing by", "editing by")


def run_in_sign_off(line: str) -> int | None:
    """Where a sign-off run into the end of ``line`` after a sentence starts (a character
    offset: what follows is a sign-off line of fewer than :data:`SIGN_OFF_WORDS` words), or
    None: none, or the line is nothing else."""
    folded = line.casefold()
    if not any(hint in folded for hint in _RUN_IN_HINTS):
        return None
    found = _RUN_IN.search(line)
    if found is None or not line[: found.start()].strip():
        return None
    tail = line[found.end() :]
    return found.end() if tail.count(" ") < SIGN_OFF_WORDS and signs_off(tail) else None
