"""A sentence clipper tells a reader in words of its own ("2 paragraphs added", "All stories"),
kept with its message and values so that it can be said again in the reader's language.

A :class:`Told` is the English sentence (a :class:`str`: ``show``, JSON and every comparison
see the English text, the same in every language) that also remembers the gettext message it
was made from and the values put in it.  :func:`spoken` says it with a language's catalog
(:func:`clipper.translations.translations`), as the digest's templates do; a value that is
itself a :class:`Told` is said in that language too, and a tuple of them is joined with "; "
(the language's: Greek "· ", Arabic "؛ ").

:func:`gettext` and :func:`ngettext` make one.  They carry gettext's names so that ``pybabel
extract`` finds their messages with its default keywords (``told.gettext("same text")``), as
Django's lazy ``gettext_lazy`` defers a translation to the moment it is shown.

Example (``translations`` from :mod:`clipper.translations`)::

    >>> said = ngettext("%(num)d paragraph added", "%(num)d paragraphs added", 2, num=2)
    >>> said
    '2 paragraphs added'
    >>> spoken(said, translations("de"))
    '2 Absätze hinzugefügt'
"""

from __future__ import annotations

import gettext as _gettext
from collections.abc import Mapping
from typing import Any

# The values a message is filled with: text, a number, another Told, or several Told joined.
Value = Any


class Told(str):
    """The English text of ``message`` filled with ``values`` (``%(name)s`` placeholders),
    the plural form ``plural`` when ``count`` is not 1 (English's rule); what
    :func:`spoken` needs to say it in another language (``number``: the count)."""

    message: str
    plural: str | None
    number: int | None
    values: Mapping[str, Value]

    def __new__(
        cls,
        message: str,
        plural: str | None = None,
        count: int | None = None,
        values: Mapping[str, Value] | None = None,
    ) -> Told:
        values = dict(values or {})
        form = message if plural is None or count == 1 else plural
        english = {name: _english(value) for name, value in values.items()}
        told = super().__new__(cls, form % english if english else form)
        told.message, told.plural, told.number, told.values = message, plural, count, values
        return told

    def __reduce__(self) -> tuple[Any, ...]:
        # a pickled Told (a digest's result sent between processes) keeps its message
        return (Told, (self.message, self.plural, self.number, dict(self.values)))


def gettext(message: str, **values: Value) -> Told:
    """``message`` filled with ``values``, to be said in a reader's language later."""
    return Told(message, values=values)


def ngettext(singular: str, plural: str, count: int, **values: Value) -> Told:
    """``singular`` or ``plural`` by ``count`` (each language's plural rule when said),
    filled with ``values``."""
    return Told(singular, plural, count, values)


def _english(value: Value) -> Value:
    if isinstance(value, tuple):
        return "; ".join(str(part) for part in value)
    return value


def spoken(value: Value, speech: _gettext.NullTranslations) -> Value:
    """``value`` in the language of ``speech`` when it is a :class:`Told` (its values too);
    any other value as it is (a headline, a site's name: what clipper quotes stays in its own
    language)."""
    if isinstance(value, tuple):  # the language's "; " (clipper.digest.render.semicolon)
        return speech.pgettext("separator", "; ").join(str(spoken(part, speech)) for part in value)
    if not isinstance(value, Told):
        return value
    if value.plural is None:
        form = speech.gettext(value.message)
    else:
        form = speech.ngettext(value.message, value.plural, value.number or 0)
    if not value.values:
        return form
    return form % {name: spoken(part, speech) for name, part in value.values.items()}
