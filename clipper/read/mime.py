"""MIME messages as the readers of saved mail-shaped files parse them: an MHTML page
(:mod:`clipper.read.mhtml`) and an e-mail newsletter (:mod:`clipper.read.newsletters`), both
parsed whole with the standard library's :mod:`email` under ``policy.default`` (headers
decoded from RFC 2047, parts from their transfer encoding).
"""

from __future__ import annotations

import email.policy
from email.message import EmailMessage, Message
from email.parser import BytesParser

from clipper.read.decoding import Undecodable, decode_html


def parse_message(data: bytes) -> EmailMessage:
    """The message ``data`` holds (the parser never raises: damage is in its ``defects``)."""
    message = BytesParser(policy=email.policy.default).parsebytes(data)
    assert isinstance(message, EmailMessage)  # what policy.default's factory makes
    return message


def header(part: Message, name: str) -> str | None:
    """A header's value, decoded and stripped, or None when the part has none."""
    value = part.get(name)
    return str(value).strip() if value is not None else None


def part_html(part: Message, body: bytes) -> bytes | str | Undecodable:
    """An HTML part's ``body`` (its decoded payload) as text, in the charset the part declares,
    else the one its markup declares or its bytes show; UTF-8 left as bytes
    (:func:`decode_html`); :class:`Undecodable` when no code page tried decodes it."""
    charset = part.get_content_charset()
    return decode_html(body, f"text/html; charset={charset}" if charset else None)
