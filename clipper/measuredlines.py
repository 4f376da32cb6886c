"""Which lines of a text a copy's similarity is measured on: verification leaves out a text's
sign-off lines (a wire's or desk's signature, a copyright notice), a press release's closing
portrait and contact lines, a news agency's dateline opening the text ("Dakar, 4 déc (APS) -":
:func:`opening_dateline`), and its photo captions when the rest is no gallery
(:func:`clipper.matchview.body_words`).  ``clipper show`` tells a copy's kind ("trimmed",
"edited", "+N paragraphs") on the same lines (:func:`measured_text`), so the kind and the
similarity it prints agree.  Without NumPy: a query command reads it."""

from __future__ import annotations

from clipper.agencydatelines import agency_dateline
from clipper.captions import is_photo_caption
from clipper.furniture.compiled import Matchers, matchers
from clipper.paragraphs import LINES_KEPT, line_memo
from clipper.pressreleases import boilerplate_start
from clipper.signoffs import run_in_sign_off, signs_off
from clipper.words import words


def line_marks(lines: list[str]) -> tuple[list[bool], list[int | None]]:
    """Of each of ``lines``: whether it is a photo caption, and how many of its words are not
    a sign-off (0: the line is one, or is in a press release's closing portrait and contact
    lines, the same under every release of the company: :mod:`clipper.pressreleases`; the
    words before a sign-off run into its end; None: all)."""
    tables = matchers()
    marks = [_line_marks(line, tables) for line in lines]
    captions = [caption for caption, _ in marks]
    unsigned_words = [unsigned for _, unsigned in marks]
    filled = [at for at, line in enumerate(lines) if line.strip()]
    portrait = boilerplate_start([lines[at].strip() for at in filled])
    if portrait is not None:
        for at in filled[portrait:]:
            unsigned_words[at] = 0
    return captions, unsigned_words


def opening_dateline(lines: list[str]) -> tuple[int, int, int] | None:
    """Where the news agency's dateline opening ``lines`` (a text, one paragraph a line) ends:
    (the index of its first line holding a word, the character offset and the number of
    :func:`clipper.words.words` of that line the dateline takes); None when that line opens
    with none (:func:`clipper.agencydatelines.agency_dateline`).  Two agencies' copies of one
    report differ by it alone ("Dakar, 4 déc (APS) -", "Dakar, 4 déc 2026 (AIP)-"): the
    agency's, the same over each of its reports, as a sign-off is (newcomer 32, F8b)."""
    at = next((i for i, line in enumerate(lines) if line.strip()), None)
    if at is None or "(" not in lines[at]:
        return None
    dateline = agency_dateline(lines[at])
    if dateline is None:
        return None
    head = words(lines[at][: dateline.end])
    if words(lines[at])[: len(head)] != head:
        return None  # the text's words do not part there (a word run into the dash)
    return at, dateline.end, len(head)


def measured_text(text: str, least: int, share: float) -> str:
    """``text`` as a similarity measures it, one line a line kept: without its sign-off lines
    and release closing (a sign-off run into a line's end cut off it), without an agency's
    dateline opening it (:func:`opening_dateline`), and without its photo captions when the
    rest holds ``least`` words and ``share`` of the words (not a gallery); ``text`` itself when
    that would leave no word (a notice alone)."""
    lines = text.split("\n")
    captions, unsigned_words = line_marks(lines)
    kept = [
        line if n is None else line[: run_in_sign_off(line) or 0] if n else ""
        for line, n in zip(lines, unsigned_words, strict=True)
    ]
    opening = opening_dateline(kept)
    if opening is not None:
        kept[opening[0]] = kept[opening[0]][opening[1] :]
    if not words("\n".join(kept)):
        kept = lines
    body = [line for line, caption in zip(kept, captions, strict=True) if not caption]
    counted, all_words = len(words("\n".join(body))), len(words("\n".join(kept)))
    if any(captions) and counted >= least and counted >= share * all_words:
        kept = body
    return "\n".join(line for line in kept if line.strip())


@line_memo(LINES_KEPT)
def _line_marks(line: str, tables: Matchers) -> tuple[bool, int | None]:
    """What :func:`line_marks` reads of one line (for the furniture ``tables`` in use: a kept
    answer belongs to them): whether it is a photo caption, and how many of its words are not
    a sign-off (0: the line is one, a line a wire or a desk signs with or a copyright notice,
    the same under every text it sends, so no part of a text two pages share; the words
    before a sign-off run into its end; None: all).  A night's lines recur (wire paragraphs,
    a site's furniture), so each is read once a process (:func:`clipper.paragraphs.line_memo`):
    the copyright notice's look-up alone cost ~25 µs a short line (its tables' phrases in 20
    languages, searched without case)."""
    caption = is_photo_caption(" ".join(line.split()))
    if signs_off(line) or tables.is_rights(line.strip()):
        return caption, 0
    at = run_in_sign_off(line)
    return caption, None if at is None else len(words(line[:at]))
