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

from clipper.read.fieldnames import SOURCE_FIELD, URL_FIELDS, body_field, field_name, known_field
from clipper.read.markdown import FRONT_MATTER_PROBLEM, JINA_FIELDS, front_matter
from clipper.read.provenance import absolute_url
from clipper.scripts import words_in

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
        block.append((key.strip(), value.strip()))
        end += 1
    fields = _known(block)
    if "date" not in fields and (dated := _date_line(block)) is not None:
        fields["date"] = dated
    has_url = any(
        (name in URL_FIELDS or name == SOURCE_FIELD) and isinstance(v, str) and absolute_url(v)
        for name, v in fields.items()
    )
    if not (len(fields) >= 2 or has_url):
        return {}, text
    rest = lines[end:]
    if rest and _KEY_LINE.fullmatch(rest[0].strip()) and _key_value(rest[0].strip())[1]:
        rest[0] = _key_value(rest[0].strip())[1]
    return fields, "\n".join(rest)


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


def _field(key: str) -> str:
    """The field a header line's key names: Jina Reader's own labels (``URL Source``,
    ``Published Time``), else as a record's or a table's header (:func:`field_name`)."""
    key = key.strip()
    return JINA_FIELDS.get(key) or field_name(key)


def _known(pairs: Iterable[tuple[str, str | list[str]]]) -> dict[str, str | list[str]]:
    """The pairs whose key names a field clipper reads, keyed by that field's name (first
    value of a field wins); a "last updated" line's value (``Updated:``, ``수정:``, ``Stand:``,
    ``更新日時:``: :func:`clipper.read.headers.updated_label`) as the ``updated`` field, read
    as the page's update (date source "updated") when no line gives its publication (session
    29: it was read as the publication, declared)."""
    fields: dict[str, str | list[str]] = {}
    for key, value in pairs:
        name = _field(key)
        if value and known_field(name) and name not in fields:
            fields[name] = value
    return fields
