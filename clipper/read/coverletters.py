"""A PR person's cover e-mail: "Dear editor, please find below / attached our press release …;
Best regards, name, phone", with the release pasted under it or attached.

Read as a newsletter, the cover note was stored as an article: alone when the release was
attached, or glued on top of the release pasted below it (newcomer 26, finding 23), so the
release's copies on news sites shared only part of its text.  :func:`cover_letter` finds the
note and gives what the e-mail holds instead: the release as pasted (its own headline and
dateline opening it, the note and the signature gone), or nothing when the note is all the
e-mail says.

The text is read in blocks (paragraphs between blank lines; an HTML part's block elements).
A cover note:

1. opens with a salutation to the press (:data:`SALUTATIONS`: "Dear Editor,", "Hi team,",
   "報道関係者各位", "尊敬的编辑：", "Kepada Yth. Redaksi,", "기자님 안녕하세요") within its
   first :data:`OPENING_LINES` lines;
2. names a release (:data:`RELEASE_WORDS`: "press release", "プレスリリース", "新闻稿",
   "siaran pers") in its first :data:`NOTE_BLOCKS` blocks;
3. ends at a closing line (:data:`CLOSINGS`: "Best regards,", "よろしくお願いいたします。", "此致",
   "Salam hangat,") followed by the signature's short lines (a name, a title, a phone), or, with
   no closing before the release, at the block naming the release, which must then say where
   the release is (:data:`PLACED`: "below", "下記", "如下", "berikut").

A newsletter's address to its readers ("Dear readers,", "Liebe Leserinnen und Leser",
"読者の皆様") is no cover note, whatever it goes on to say.

The release is the rest, from its first block with a sentence of at least
:data:`PROSE_WORDS` words (its lead), together with the one short line just above it when
that line is no signature's (its headline: no ``@``, phone or web address).  A closing and
signature after the release's last sentence (the note's "Best regards" under a pasted
release) go too; the release's own contact lines ("Media contact: …") stay, as its copies on
news sites carry them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import lxml.html
from lxml import etree

from clipper.scripts import count_words

# The salutation opens the e-mail: within its first lines (a "Subject:" or date line may
# come first in a forwarded note).
OPENING_LINES = 3
# The note names the release within its first blocks (salutation, a line of courtesy, the
# sentence about the release).
NOTE_BLOCKS = 4
# A release's lead and body are sentences of at least this many words; a signature's lines
# (a name, a title, "Tel: +65 6123 4567") and a headline are shorter or end no sentence.
PROSE_WORDS = 12

# A salutation to the press, the whole line (en, de, fr, es, pt, it, nl, ja, zh, ko, id, vi,
# th, ms).
SALUTATIONS = re.compile(
    r"^(?:(?:dear|hi|hello|good (?:morning|afternoon|day))\b[^.!?。]{0,60}"
    r"|(?:sehr geehrte|liebe|hallo)\b[^.!?]{0,60}|(?:madame|monsieur|bonjour|chers?|chères?)\b"
    r"[^.!?]{0,60}|(?:estimad[oa]s?|hola|prezad[oa]s?|ol[áa]|gentil[ei]|caro|cara|cari"
    r"|buongiorno|beste|geachte)\b[^.!?]{0,60}"
    r"|(?:kepada\s+)?yth\.?[^.!?]{0,60}|(?:halo|hai|salam|selamat (?:pagi|siang|sore))\b"
    r"[^.!?]{0,60}|(?:kính gửi|xin chào|chào)\b[^.!?]{0,60}|(?:เรียน)[^.!?]{0,60}"
    r"|(?:報道関係者|記者|メディア関係者|プレス関係者|編集部|ご担当者)[^。]{0,20}"
    r"|[^。]{0,20}(?:各位|御中|様)"
    r"|(?:尊敬的|親愛的|亲爱的|各位)[^。！!]{0,20}|[^。]{0,12}(?:编辑|編輯|记者|記者)(?:老师|老師)?"
    r"(?:您好|你好|們好|们好)?"
    r"|[^.!?]{0,20}(?:기자님|담당자님|관계자 여러분|편집자님)[^.!?]{0,20})"
    r"\s*[,，:：!！、.。]?\s*$",
    re.IGNORECASE,
)
# A release named in the note.
RELEASE_WORDS = re.compile(
    r"\b(?:press|news|media) (?:release|statement|announcement)s?\b|\bpress kit\b"
    r"|\bpressemitteilung|\bpresseinformation|\bcommuniqué|\bcomunicado\b|\bnota de (?:prensa"
    r"|imprensa)\b|\bcomunicato stampa\b|\bpersbericht\b|\bsiaran pers\b|\brilis\b"
    r"|\bthông cáo báo chí\b|ข่าวประชาสัมพันธ์"
    r"|プレスリリース|ニュースリリース|報道資料|新闻稿|新聞稿|通稿|新闻通稿|보도자료",
    re.IGNORECASE,
)
# A newsletter's address to its readers is no note to the press.
_READERS = re.compile(
    r"reader|subscriber|member|leser|lecteur|lectrice|lector|leitor|lettor|lezer|pembaca"
    r"|読者|会員|读者|讀者|订阅|訂閱|독자|구독",
    re.IGNORECASE,
)
# Where the note puts the release: below it, or attached ("please find below", "下記の通り",
# "内容如下", "berikut", "아래와 같이"); a note whose release follows without a closing between
# must say one of these.
PLACED = re.compile(
    r"\b(?:below|attached|enclosed|following|herewith|pasted|unten|ci-dessous|ci-joint"
    r"|en pièce jointe|a continuación|adjunt[oa]|abaixo|anexo|di seguito|in allegato|hieronder"
    r"|bijgevoegd|berikut|terlampir|dưới đây|đính kèm|(?:with|in) this (?:e-?mail|message)"
    r"|bersama (?:e-?mail|surel|pesan) ini)\b"
    r"|ด้านล่าง|แนบ|下記|以下|添付|如下|附件|附上|아래|첨부",
    re.IGNORECASE,
)
# The note's closing line (its signature's short lines follow).
CLOSINGS = re.compile(
    r"^(?:(?:best|kind|warm|warmest|many)? ?(?:regards|wishes)|thanks?(?: you)?(?: (?:so|very)"
    r" much)?(?: in advance)?|cheers|sincerely|yours (?:sincerely|faithfully|truly)"
    r"|mit freundlichen grüßen|(?:beste|viele|herzliche) grüße|cordialement|bien à vous"
    r"|(?:un )?saludos?(?: cordiales)?|atentamente|atenciosamente|abraços?|cordiali saluti"
    r"|distinti saluti|met vriendelijke groet(?:en)?"
    r"|salam(?: hangat| hormat)?|hormat kami|terima kasih(?: atas [^.]{0,60})?"
    r"|trân trọng|xin cảm ơn|ขอแสดงความนับถือ|ขอบคุณ(?:ค่ะ|ครับ)?"
    r"|よろしくお願い(?:いた)?(?:し)?(?:ます|申し上げます)|以上(?:、よろしくお願い[^。]{0,12})?"
    r"|此致|敬礼|敬禮|谢谢|謝謝|感谢(?:您的)?(?:支持|关注)?|順祝|顺祝|祝好|감사합니다|고맙습니다)"
    r"[\s,，.。!！~～]*$",
    re.IGNORECASE,
)
# A signature's line: an e-mail or web address, a phone number, a separator.
_CONTACT = re.compile(
    r"@|https?://|www\.|\+?\d[\d ()./-]{6,}\d|^\W+$"
    r"|\b(?:tel|phone|mobile|mob|hp|wa|fax|e-?mail)\b|電話|电话|携帯|手机|手機|메일|전화",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?。！？」”\"')）]\s*$")


@dataclass(frozen=True)
class Cover:
    """What a cover e-mail holds: ``release`` the pasted release's text (its blocks joined by
    blank lines) and ``headline`` the line that opened it, or both None when the e-mail is
    only the note; ``note`` the note's opening line (for the rejection's detail)."""

    note: str
    release: str | None
    headline: str | None


def text_blocks(text: str) -> list[list[str]]:
    """``text``'s blocks: runs of non-blank lines between blank lines, each line stripped."""
    blocks = []
    for chunk in re.split(r"\n\s*\n", text):
        lines = [" ".join(line.split()) for line in chunk.splitlines()]
        lines = [line for line in lines if line]
        if lines:
            blocks.append(lines)
    return blocks


_BLOCK_TAGS = ("p", "div", "td", "th", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
               "tr", "table", "ul", "ol", "section", "article", "header", "footer", "pre")


def html_blocks(html: str | bytes) -> list[list[str]]:
    """An HTML part's blocks: each block element's lines (split at ``<br>``), outermost
    first; none when lxml cannot parse it."""
    try:
        root = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return []
    for junk in list(root.iter("script", "style", "head")):
        junk.drop_tree()
    for br in root.iter("br"):
        br.tail = "\n" + (br.tail or "")
    for element in root.iter(*_BLOCK_TAGS):
        element.tail = "\n\n" + (element.tail or "")
        if element.text is not None or len(element):
            element.text = "\n\n" + (element.text or "")
    return text_blocks(root.text_content())


def _prose(line: str) -> bool:
    return count_words(line) >= PROSE_WORDS and _CONTACT.search(line) is None


def _headline(line: str) -> bool:
    """A short line that can title the release: no signature's contact, no closing."""
    return (
        not _prose(line)
        and count_words(line) >= 2
        and _CONTACT.search(line) is None
        and CLOSINGS.match(line) is None
        and SALUTATIONS.match(line) is None
    )


def cover_letter(blocks: list[list[str]]) -> Cover | None:
    """The cover note ``blocks`` open with (module docstring) and the release under it, or
    None when they are no cover e-mail."""
    lines = [line for block in blocks for line in block]
    greeting = next((line for line in lines[:OPENING_LINES] if SALUTATIONS.match(line)), None)
    if greeting is None or _READERS.search(greeting):
        return None
    named = next(
        (i for i, block in enumerate(blocks[:NOTE_BLOCKS])
         if any(RELEASE_WORDS.search(line) for line in block)),
        None,
    )
    if named is None:
        return None
    flat = [(b, line) for b, block in enumerate(blocks) for line in block]
    prose = [i for i, (b, line) in enumerate(flat) if b > named and _prose(line)]
    # the note's closing: the first closing line with a sentence after it (one under the
    # release's last sentence is the note's too, cut below)
    closing = next(
        (i for i, (b, line) in enumerate(flat)
         if b >= named and CLOSINGS.match(line) and prose and prose[-1] > i),
        None,
    )
    lead = next((i for i in prose if closing is None or i > closing), None)
    if lead is None:
        return Cover(greeting, None, None)
    if closing is None and not any(PLACED.search(line) for line in blocks[named]):
        return None  # a letter that mentions a release, with no release under it
    start = lead
    floor = closing if closing is not None else max(
        i for i, (b, _) in enumerate(flat) if b == named
    )
    if lead - 1 > floor and _headline(flat[lead - 1][1]):
        start = lead - 1
    end = len(flat)
    last = prose[-1]
    trailing = next((i for i in range(last + 1, end) if CLOSINGS.match(flat[i][1])), None)
    if trailing is not None:
        end = trailing  # the note's closing and signature under a pasted release
    kept: list[tuple[int, list[str]]] = []
    for b, line in flat[start:end]:
        if not kept or kept[-1][0] != b:
            kept.append((b, []))
        kept[-1][1].append(line)
    headline = flat[start][1] if start < lead else None
    release = "\n\n".join("\n".join(block) for _, block in kept)
    return Cover(greeting, release, headline)
