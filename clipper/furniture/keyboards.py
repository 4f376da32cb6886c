"""The phrases of the Arabic-script tables matching a page in whichever keyboard's letters it
was typed: :func:`keyboard_table`.

Persian, Dari, Pashto and Urdu sites type yeh and kaf as their own letters (``ی`` U+06CC, ``ک``
U+06A9) or as an Arabic keyboard's (``ي`` U+064A, ``ك`` U+0643); Urdu's heh goal ``ہ`` as
``ه``; Arabic sites write hamza on alef, alef madda, teh marbuta and alef maksura or a bare
alef, heh and yeh (``أ إ آ ٱ → ا``, ``ة → ه``, ``ى → ي``); digits as ASCII, Arabic-Indic
(``٠-٩``) or Persian (``۰-۹``); and the zero-width non-joiner between a word's parts as itself,
clipper's stand-in for it (U+034F, :mod:`clipper.joiners`), a space or nothing.  ISNA's
``انتهای پیام`` retyped ``انتهاي پيام`` on an Arabic keyboard stayed in the text where the one
typed with Persian letters went (newcomer 49a).  The letters are those the fingerprint's words
fold (:data:`clipper.scripts.KEYBOARD_LETTERS`, :data:`clipper.scripts.ARABIC_VARIANTS`).

The fold is the phrases', never the text's: each letter of a phrase of a table of
:data:`ARABIC_SCRIPT_TABLES` is rewritten as the class of its forms (``ی`` as ``[یيى]``), so a
phrase of those languages matches any typing of it and no phrase of another language changes.
The pre-scans' fold (:func:`clipper.furniture.literals.fold`) maps each class to one letter, so
such a class stays a literal of the phrase (:func:`clipper.furniture.literals.literal_hint`).
"""

from __future__ import annotations

import dataclasses
import re
from functools import cache
from typing import Any

from clipper.furniture import Table
from clipper.scripts import ARABIC_VARIANTS, KEYBOARD_LETTERS

# The languages whose tables' phrases are folded: Arabic, Persian (and Dari, stored as
# Persian), Pashto, Urdu.
ARABIC_SCRIPT_TABLES = frozenset({"ar", "fa", "ps", "ur"})

# The zero-width non-joiner and clipper's stand-in for it in an HTML page's text.
_JOINERS = "\u200c\u034f"
# What a pattern writes in ASCII around its letters: a repeat's bounds ("{0,40}"), a group's
# opening with its flags or name ("(?:", "(?i:", "(?P<author>", "(?<!", "(?=").
_SYNTAX = re.compile(
    r"\{\d*(?:,\d*)?\}|\(\?(?:P?<[A-Za-z_]\w*>|P=\w+\)|[aiLmsux-]*[:)]|<?[=!]|#[^)]*\))"
)
# An escape, whole: a code point's ("\\u200c", "\\x41", "\\N{…}"), a property's ("\\p{Lu}"), a
# group's number or an octal code ("\\1", "\\012"), or one character ("\\s", "\\.").
_ESCAPE = re.compile(
    r"\\(?:u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|x[0-9a-fA-F]{2}|[NpP]\{[^}]*\}|\d+|.)", re.S
)
# The three digit sets a site writes a number in: ASCII, Arabic-Indic, Persian (Extended
# Arabic-Indic).
_DIGIT_SETS = ("0123456789", "\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669",
               "\u06f0\u06f1\u06f2\u06f3\u06f4\u06f5\u06f6\u06f7\u06f8\u06f9")  # fmt: skip


@cache
def letter_forms() -> dict[str, str]:
    """Each letter or digit a phrase may be written with → every form of it a site types (the
    letter's class, itself included, in a fixed order): ``ی``, ``ي``, ``ى`` → ``"يىی"``;
    ``ک``, ``ك`` → ``"كک"``; ``ه``, ``ہ``, ``ۀ``, ``ة`` → ``"هةۀہ"``; ``ا``, ``أ``, ``إ``,
    ``آ``, ``ٱ`` → ``"اآأإٱ"``; a digit → its ASCII, Arabic-Indic and Persian forms.  Built
    from the keyboard letters and Arabic variants the fingerprint folds
    (:mod:`clipper.scripts`): two letters are one class when they fold to one letter."""
    to_base = {**ARABIC_VARIANTS, **KEYBOARD_LETTERS}

    def base(letter: str) -> str:
        seen = letter
        while seen in to_base:
            seen = to_base[seen]
        return seen

    classes: dict[str, set[str]] = {}
    for letter in to_base:
        classes.setdefault(base(letter), {base(letter)}).add(letter)
    forms = {}
    for members in classes.values():
        written = "".join(sorted(members))
        for letter in members:
            forms[letter] = written
    for column in zip(*_DIGIT_SETS, strict=True):
        for digit in column:
            forms[digit] = "".join(column)
    return forms


def keyboard_pattern(pattern: str) -> str:
    """``pattern`` (a regular-expression fragment of ``re`` or ``regex``) matching every typing
    of what it matched (the module doc): outside a character class each letter or digit of
    :func:`letter_forms` becomes the class of its forms, a zero-width non-joiner an optional
    joiner, stand-in or space (``[\\u200c\\u034f ]?``) and a space a space or a joiner; inside a
    class each such member's forms join the class (at its end, so no range changes).  Escapes,
    a repeat's ``{m,n}`` and a group's name or flags stay as they are.  Raises nothing; a
    pattern the rewrite could not parse would fail where it is compiled, as before."""
    forms = letter_forms()
    out: list[str] = []
    at, end = 0, len(pattern)
    while at < end:
        char = pattern[at]
        if char == "\\":
            escape = _ESCAPE.match(pattern, at)
            stop = at + 2 if escape is None else escape.end()
            out.append(pattern[at:stop])
            at = stop
        elif char == "[":
            close = _class_end(pattern, at)
            out.append(_folded_class(pattern[at:close], forms))
            at = close
        elif (kept := _SYNTAX.match(pattern, at)) is not None:
            # a repeat's bounds, a group's flags, name or look-around: no letter of ours
            out.append(kept.group())
            at = kept.end()
        elif char in forms:
            out.append(f"[{forms[char]}]")
            at += 1
        elif char in _JOINERS or char == " ":
            repeated = at + 1 < end and pattern[at + 1] in "?*+{"
            written = f"[ {_JOINERS}]"
            out.append(written if repeated or char == " " else written + "?")
            at += 1
        else:
            out.append(char)
            at += 1
    return "".join(out)


def _class_end(pattern: str, start: int) -> int:
    """The index after the ``]`` closing the character class opening at ``start`` (a ``]``
    right after ``[`` or ``[^`` is a member); the pattern's end when none closes it."""
    at = start + 1
    if at < len(pattern) and pattern[at] == "^":
        at += 1
    if at < len(pattern) and pattern[at] == "]":
        at += 1
    while at < len(pattern):
        if pattern[at] == "\\":
            at += 2
            continue
        if pattern[at] == "]":
            return at + 1
        at += 1
    return len(pattern)


def _folded_class(written: str, forms: dict[str, str]) -> str:
    """A character class (``written``, brackets included) with the forms of its letters,
    digits and joiners added before its ``]``; a class of none of them as it was."""
    if not written.endswith("]"):
        return written
    added: list[str] = []
    at = 1
    while at < len(written) - 1:
        char = written[at]
        if char == "\\":
            escape = _ESCAPE.match(written, at)
            at = at + 2 if escape is None else escape.end()
            continue
        if char in forms:
            added.append(forms[char])
        elif char in _JOINERS:
            added.append(_JOINERS + " ")
        if char in forms and at + 2 < len(written) - 1 and written[at + 1] == "-":
            # a range of digits ("۰-۹"): its other digit sets' ranges
            last = written[at + 2]
            if last in forms and len(forms[char]) == len(forms[last]) == len(_DIGIT_SETS):
                added += [
                    f"{low}-{high}" for low, high in zip(forms[char], forms[last], strict=True)
                ]
        at += 1
    if not added:
        return written
    return written[:-1] + "".join(added) + "]"


# Fields left as the site prints them: ``source_labels`` are words a line is composed from too
# (:func:`clipper.closings.source_line` rewrites them itself, with :func:`source_label`).
_AS_WRITTEN = frozenset({"language", "source_labels"})


def keyboard_table(table: Table) -> Table:
    """``table`` with every phrase of every field but ``source_labels`` rewritten by
    :func:`keyboard_pattern` when its language is one of :data:`ARABIC_SCRIPT_TABLES`; any
    other table as it is."""
    if table.language not in ARABIC_SCRIPT_TABLES:
        return table
    changes: dict[str, Any] = {
        field.name: tuple(map(keyboard_pattern, getattr(table, field.name)))
        for field in dataclasses.fields(table)
        if field.name not in _AS_WRITTEN
    }
    return dataclasses.replace(table, **changes)


def source_label(table: Table, label: str) -> str:
    """A ``source_labels`` word of ``table`` as a pattern matching every typing of it
    (:func:`keyboard_pattern`) when the table is of :data:`ARABIC_SCRIPT_TABLES` (Arabic's
    "المصدر" typed "ألمصدر", Urdu's "ماخذ" typed "ماخذ" with Arabic letters), else as written."""
    return keyboard_pattern(label) if table.language in ARABIC_SCRIPT_TABLES else label
