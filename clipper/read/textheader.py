"""The provenance a text dump states above its text: the header blocks scrapers and extractors
write at the top of a ``.txt`` page.

- YAML front matter: ``---`` lines around ``key: value`` lines (trafilatura's
  ``--with-metadata`` text output writes ``title``, ``url``, ``hostname``, ``date``; static-site
  exports and many scrapers write the same shape);
- a block of ``Key: value`` lines, then a blank line or the text (``Title:``, ``URL:``,
  ``Date:``, ``Source:``, in any case or in another language, as CSV headers are read:
  :func:`clipper.read.fieldnames.field_name`; Jina Reader's ``URL Source:`` and ``Published
  Time:``): a header when at least two of its keys name a field clipper reads, or one names the
  URL and holds an absolute URL; a ``Text:`` (or ``Body:``...) line ends it, its value the
  text's first line.  Blank lines may stand between its lines (Jina Reader writes them): a
  blank line ends the block only when the line after it is not a ``Key: value`` line naming a
  field clipper reads;
- the page's address alone on the first line (``https://...``), as simple scrapers write it.

:func:`split_header` returns the fields and the text below; a dump without such a header is
all text.  Keys clipper does not read (``fingerprint``, ``categories``) are dropped with the block,
except one holding a date when no key names the date (:func:`_date_line`).
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

from clipper.language import detect_language
from clipper.read.fieldnames import SOURCE_FIELD, URL_FIELDS, body_field, field_name, known_field
from clipper.read.headers import language_bound
from clipper.read.markdown import FRONT_MATTER_PROBLEM, JINA_FIELDS, front_matter
from clipper.read.provenance import absolute_url
from clipper.scripts import SENTENCE_END, words_in

# One "Key: value" line: a key of at most four words, then a value (empty for a field the
# scraper had nothing for: "Title: ").  A key's letters may carry combining marks, which
# Python's ``re`` does not count as word characters (the Devanagari vowel signs of "शीर्षक"),
# and Chinese, Japanese and Korean write the colon full width, a value right after it
# ("标题：…").
_KEY_LINE = regex.compile(
    r"(?P<key>\p{L}[\p{L}\p{M}\p{N}_ .'-]{0,40}?)\s*(?::(?:\s+\S.*|\s*)|：.*)"
)


def _key_value(line: str) -> tuple[str, str]:
    """The key and the value of a ``Key: value`` line (one :data:`_KEY_LINE` matches)."""
    found = _KEY_LINE.fullmatch(line)
    if found is None:
        return line, ""
    return found["key"], line[found.end("key") :].lstrip()[1:].strip()


# A header block has at most this many lines (a dump's text never starts with 12 such lines).
_MAX_HEADER_LINES = 12


def split_header(text: str) -> tuple[dict[str, str | list[str]], str]:
    """``(fields, text below)`` of a text dump (see the module docstring); fields are keyed by
    the names JSON records use (``title``, ``url``, ``date``...), ``({}, text)`` when the dump
    states nothing; a front matter block read in part gives its
    :attr:`clipper.read.markdown.FrontMatter.problem` as :data:`FRONT_MATTER_PROBLEM`."""
    front = front_matter(text)
    if front:
        fields = _known(front.fields.items())
        if fields:
            if front.problem:
                fields[FRONT_MATTER_PROBLEM] = front.problem
            return fields, text[front.end :]
    lines = text.split("\n")
    start = 0
    while start < len(lines) and not lines[start].strip():
        start += 1
    first = lines[start].strip() if start < len(lines) else ""
    if absolute_url(first) and " " not in first:
        return {"url": first}, "\n".join(lines[start + 1 :])
    headed = _under_headline(lines, start)
    if headed is not None:
        return headed
    block, end = _read_block(lines, start)
    below = _below(lines, end)
    fields = _block_fields(block, _block_language(block, below))
    if not _stated(fields):
        return {}, text
    return fields, below


def _block_fields(
    block: list[tuple[str, str | list[str]]], language: str | None = None
) -> dict[str, str | list[str]]:
    """The fields a header ``block`` names (:func:`_known`, a label whose field depends on the
    dump's ``language`` read in it), a date line of a key clipper does not read as the date
    when none names it (:func:`_date_line`)."""
    fields = _known(block, language)
    if "date" not in fields and (dated := _date_line(block)) is not None:
        fields["date"] = dated
    return fields


def _block_language(block: list[tuple[str, str | list[str]]], text: str) -> str | None:
    """The language of the dump whose header ``block`` stands over ``text`` (the headline and
    the text below the block), identified from that text (:func:`clipper.language.
    detect_language`) when one of the block's labels names another field in some languages
    ("Rubrik": :func:`clipper.read.headers.language_bound`), else None (not needed: the page's
    language is identified later, from its cleaned text)."""
    if not any(language_bound(key) for key, _ in block):
        return None
    return detect_language(text)


def _stated(fields: dict[str, str | list[str]]) -> bool:
    """Whether a block's ``fields`` make it a header: two fields clipper reads or more, or an
    absolute URL in a URL or source field."""
    return len(fields) >= 2 or any(
        (name in URL_FIELDS or name == SOURCE_FIELD) and isinstance(v, str) and absolute_url(v)
        for name, v in fields.items()
    )


def _below(lines: list[str], end: int) -> str:
    """The text from ``lines[end]``, a ``Text:`` (or ``Body:``…) line's label cut from it."""
    rest = lines[end:]
    if rest and _KEY_LINE.fullmatch(rest[0].strip()) and _key_value(rest[0].strip())[1]:
        rest[0] = _key_value(rest[0].strip())[1]
    return "\n".join(rest)


# A headline over a header block (:func:`_under_headline`) has at least this many words (a
# shorter first line is a site's or a section's name as often: "Le Soir", "World news") and at
# most this many (a longer one is the text's first paragraph).
HEADLINE_WORDS = (3, 30)
# A line of this many words or more ending a sentence is a paragraph (as the line cleaner counts
# a body paragraph: clipper.dumplines.is_body_paragraph), no headline.
_PARAGRAPH_WORDS = 15
# A block under a headline naming one field clipper reads only ("Date: 05/12/2026", beside
# "Page: 12" or "Rubrique: Bruxelles") is a header when each of its values has at most this many
# words and a blank line ends it: a press-review tool's labels, not a paragraph opening "Note:".
_LABEL_VALUE_WORDS = 10


def _under_headline(lines: list[str], start: int) -> tuple[dict[str, str | list[str]], str] | None:
    """``(fields, text below)`` of a dump opening with its headline ``lines[start]`` over a
    block of labelled lines, as press-review tools and newspaper databases write it
    (headline / "Source: Le Soir" / "Date: 05/12/2026" / "Auteur: …" / "Rubrique: …" /
    "Page: 12", then the text; "Fonte:"/"Data:", "Bron:"/"Datum:", "Quelle:"/"Datum:"…, keys
    read as :func:`_field` reads them, blank lines between allowed as in a header): the
    headline is the ``title`` field, the block's fields as a header's; else None.  The block
    is a header as one at the top is (:func:`_stated`), or names one field clipper reads in
    short values a blank line ends (:data:`_LABEL_VALUE_WORDS`); it names no title of its own
    (then the line above is no headline known).  The headline: :data:`HEADLINE_WORDS` words,
    not a ``Key: value`` line naming a field clipper reads, nor a list or a date after a
    label ("Tags: eu, housing, rents", "Publicado: 3 de noviembre de 2026"); "Bruxelles : des
    agriculteurs bloquent …" is one.  Newcomer 42: the headline was dropped (the lines under
    it were no header at the top; or it was read as a label with the block)."""
    if start >= len(lines):
        return None
    headline = " ".join(lines[start].split())
    if not _headline_shaped(headline):
        return None
    at = start + 1
    while at < len(lines) and not lines[at].strip():
        at += 1
    block, end = _read_block(lines, at)
    below = _below(lines, end)
    fields = _block_fields(block, _block_language(block, f"{headline}\n{below}"))
    if not block or "title" in fields:
        return None
    if not _stated(fields):
        labels = [value for _, value in block if isinstance(value, str)]
        closed = end >= len(lines) or not lines[end].strip()
        if not (
            fields and closed and all(words_in(value) <= _LABEL_VALUE_WORDS for value in labels)
        ):
            return None
    return {"title": headline, **fields}, below


def _headline_shaped(line: str) -> bool:
    """Whether a dump's first ``line`` may be a headline over a header block
    (:func:`_under_headline`)."""
    least, most = HEADLINE_WORDS
    n = words_in(line)
    if not least <= n <= most or absolute_url(line):
        return False
    if n >= _PARAGRAPH_WORDS and SENTENCE_END.search(line) is not None:
        return False  # a sentence of a paragraph's length: the text's first paragraph
    if _KEY_LINE.fullmatch(line) is None:
        return True
    key, value = _key_value(line)
    if known_field(_field(key)):
        return False  # "Source: Le Soir": the block's own first line
    # a label of the block clipper does not read: a list ("Tags: eu, housing, rents"), a date
    # ("Publicado: 3 de noviembre de 2026"), a code ("Fingerprint: 2a3b4c")
    said = words_in(value)
    return said >= least and value.count(",") * 2 < said and _date_line([(key, value)]) is None


# Between a header line's fields (clipper.dumpfields): a bar, a middle dot or a bullet with
# blanks around it.
_MORE_FIELDS = regex.compile(r"\s[|｜·•]\s")


def _read_block(lines: list[str], start: int) -> tuple[list[tuple[str, str | list[str]]], int]:
    """The ``Key: value`` lines from ``lines[start]`` (blank lines between them as
    :func:`_next_header_line` allows), as ``(key, value)`` pairs, and the index of the first
    line after them."""
    block: list[tuple[str, str | list[str]]] = []
    end = start
    while end < len(lines) and len(block) < _MAX_HEADER_LINES:
        line = lines[end].strip()
        if not line and block:
            after = _next_header_line(lines, end)
            if after is None:
                break  # the blank line ending the header
            end = after  # "Title: …" / blank / "URL: …": blank lines between header lines
            line = lines[end].strip()
        if not _KEY_LINE.fullmatch(line):
            break
        key, value = _key_value(line)
        if body_field(_field(key)):
            break  # "Text: The council approved...": the text starts here
        if not value.strip() and not known_field(_field(key)):
            break  # "Summary:" above the text's first paragraph, not an empty field
        if not block and _field(key) == "author" and _MORE_FIELDS.search(value):
            # "Автор: Иван Петров | Власть | 7 декабря 2026": a header line of fields, the line
            # cleaner's (clipper.dumpfields), not an author whose name runs on to the outlet
            # and the date (newcomer 51b: its author was "Иван Петров; Власть", undated)
            break
        block.append((key.strip(), value.strip()))
        end += 1
    return block, end


# A value that is a date: a year and another number, in any script's digits ("28 de noviembre de
# 2026", "٢٦ تشرين الثاني ٢٠٢٦", "29/11/2026"), within a few words and no address.
_YEAR = regex.compile(r"(?<!\d)(?:1[89]|2\d)\d\d(?!\d)")
_DAY = regex.compile(r"(?<!\d)\d{1,2}(?!\d)")
_DATE_VALUE_WORDS = 8


def _date_line(block: list[tuple[str, str | list[str]]]) -> str | None:
    """The value of the block's first line whose key names no field clipper reads but whose
    value is a date (:data:`_YEAR` and :data:`_DAY`, at most :data:`_DATE_VALUE_WORDS` words,
    :func:`clipper.scripts.words_in`: a Thai or Chinese sentence naming a day is no date):
    a site's own "published" label ("Publicado:", "প্রকাশ:", "Imechapishwa:") is read as the
    date, or counted as a date not read, never dropped with the block unseen."""
    for key, value in block:
        if known_field(_field(key)) or not isinstance(value, str) or "://" in value:
            continue
        if words_in(value) <= _DATE_VALUE_WORDS and _YEAR.search(value) and _DAY.search(value):
            return value
    return None


def _next_header_line(lines: list[str], blank: int) -> int | None:
    """The index of the line after the blank lines from ``blank`` when it goes on a header:
    a ``Key: value`` line whose key names a field clipper reads and whose value is not empty
    (``URL: https://…``, Jina Reader's ``URL Source: …``), else None (the text starts there:
    "Berlin: The council approved…" is a dateline, not a header line)."""
    after = blank
    while after < len(lines) and not lines[after].strip():
        after += 1
    if after == len(lines) or not _KEY_LINE.fullmatch(lines[after].strip()):
        return None
    key, value = _key_value(lines[after].strip())
    return after if value and known_field(_field(key)) else None


def _field(key: str, language: str | None = None) -> str:
    """The field a header line's key names: Jina Reader's own labels (``URL Source``,
    ``Published Time``), else as a record's or a table's header (:func:`field_name`, in the
    dump's ``language`` when known)."""
    key = key.strip()
    return JINA_FIELDS.get(key) or field_name(key, language)


def _known(
    pairs: Iterable[tuple[str, str | list[str]]], language: str | None = None
) -> dict[str, str | list[str]]:
    """The pairs whose key names a field clipper reads, keyed by that field's name (first
    value of a field wins); a "last updated" line's value (``Updated:``, ``수정:``, ``Stand:``,
    ``更新日時:``: :func:`clipper.read.headers.updated_label`) as the ``updated`` field, read
    as the page's update (date source "updated") when no line gives its publication (session
    29: it was read as the publication, declared); a label naming another field in the dump's
    ``language`` read as it names there ("Rubrik: Politik" of a German dump, a section)."""
    fields: dict[str, str | list[str]] = {}
    for key, value in pairs:
        name = _field(key, language)
        if value and known_field(name) and name not in fields:
            fields[name] = value
    return fields
