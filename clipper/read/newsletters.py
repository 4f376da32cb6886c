"""E-mail newsletters saved as ``.eml`` files (a mail client's "Save as", an export of a
monitoring inbox), origin ``path``: the message parsed with the standard library's
:mod:`email` (``policy.default``, :mod:`clipper.read.mime`), read as a record
(:func:`clipper.read.fields.record_event`).

The page is its HTML part (else its plain-text part), its ``Subject`` the title, its ``Date``
the publication time, its site the sender's: the ``List-Id`` (RFC 2919) when it is a host of
the ``From`` address's publisher (``<name.substack.com>`` from ``name@substack.com``), else the
``From`` address's domain (a mailing service's ``List-Id`` names the service, not the
outlet).  A newsletter of many teasers is then an index page by the cleaning's rules, one
article an article.
"""

from __future__ import annotations

import re
from collections.abc import Generator
from email.message import EmailMessage
from email.utils import parseaddr
from pathlib import Path
from typing import Any

from clipper.config import ReadLimits
from clipper.page import RawPage, Rejection, digest
from clipper.read.failures import Event
from clipper.read.fields import record_event
from clipper.read.mime import header, parse_message, part_html
from clipper.read.pages import read_whole
from clipper.read.provenance import same_publisher

_LIST_ID = re.compile(r"<([^<>\s]+)>\s*$")


def read_eml(path: Path, gz: bool, limits: ReadLimits) -> Generator[Event, None, None]:
    """The page of an ``.eml`` file, or the rejection saying why there is none: ``too-large``
    (the file, attachments included, over ``max_line_bytes``: it is parsed whole), ``empty``,
    ``binary``, ``no-body`` (no HTML or text part), and what a record's reading rejects."""
    origin = str(path)
    data = read_whole(path, gz, limits.max_line_bytes, "file", "an e-mail", limits)
    if isinstance(data, Rejection):
        yield data
        return
    message = parse_message(data)
    part = message.get_body(preferencelist=("html", "plain"))
    payload = part.get_payload(decode=True) if part is not None else None
    if part is None or not isinstance(payload, bytes) or not payload.strip():
        kind = message.get_content_type()
        yield Rejection(origin, "no-body", f"no HTML or text part in the e-mail (it is {kind})")
        return
    record: dict[str, Any] = {
        "title": header(message, "Subject"),
        "published": header(message, "Date"),
        "site": sender_site(message),
    }
    if part.get_content_type() == "text/html":
        html = part_html(part, payload)
        record["html"] = html if isinstance(html, str) else html.decode("utf-8", "replace")
    else:
        record["text"] = str(part.get_content())
    event = record_event({k: v for k, v in record.items() if v}, origin, limits)
    if isinstance(event, RawPage):
        event.raw_hash = digest(data)  # the message as saved, not the record made of it
    yield event


def sender_site(message: EmailMessage) -> str | None:
    """The site a newsletter is filed under: its ``List-Id`` host when on the ``From``
    address's publisher's domain, else that domain, else the ``List-Id``; None without
    either."""
    domain = parseaddr(header(message, "From") or "")[1].rpartition("@")[2].lower() or None
    found = _LIST_ID.search(header(message, "List-Id") or "")
    list_host = found.group(1).lower() if found else None
    if list_host and domain and same_publisher(f"https://{list_host}/", f"https://{domain}/"):
        return list_host
    return domain or list_host
