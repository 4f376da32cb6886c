"""JSON records: ``.jsonl`` / ``.ndjson`` / ``.jl`` (one record per line, origin ``path:LINE``;
a line holding a whole API response: its records, ``path:LINE:N``) and ``.json`` (one record,
or an array of them, bare or in an API response's envelope such as NewsAPI's ``articles``:
origin ``path`` / ``path:N``); each record becomes a page through :mod:`clipper.read.fields`.
``NaN`` / ``Infinity`` (pandas' missing value) count as null.
"""

from __future__ import annotations

import json
from collections.abc import Generator, Iterator
from pathlib import Path
from typing import Any

from clipper.config import ReadLimits
from clipper.page import RawPage, Rejection
from clipper.read.decoding import decode_not_utf8
from clipper.read.envelopes import api_error, empty_envelope, enveloped
from clipper.read.failures import Event, Progress, mb, short
from clipper.read.fields import record_event
from clipper.read.fieldvalues import json_type
from clipper.read.files import DRAIN_CHUNK, Lines, Utf8Lines, open_bounded, sniff_records
from clipper.read.jsonarray import ArrayWalk, walk_array


def _loads(data: bytes | str) -> object:
    """``json.loads``, with ``NaN`` / ``Infinity`` / ``-Infinity`` (not JSON, but what pandas'
    ``to_dict`` + ``json.dumps`` writes for a missing value) read as null: an absent field, not
    a number in a title or a date that rejects the record.  Bytes that are not UTF-8 (nor
    UTF-16/32) raise ``UnicodeDecodeError``: the callers decode them
    (:func:`clipper.read.decoding.decode_not_utf8`) and mark the pages so."""
    return json.loads(data, parse_constant=lambda _name: None)


def read_jsonl(
    path: Path, gz: bool, limits: ReadLimits, progress: Progress
) -> Generator[Event, None, None]:
    """One event per non-blank line of a JSON Lines file, origin ``path:LINE`` (1-based).  A line
    over ``limits.max_line_bytes`` is skipped in chunks (never held whole) and rejected as
    ``too-large``; the lines after it are still read.  UTF-8 (a byte-order mark allowed), or
    UTF-16 with or without one; a line that is not UTF-8 is decoded as
    :func:`clipper.read.decoding.decode_not_utf8` says, its pages marked so."""
    lineno = 0
    saw_content = False
    codec, what = sniff_records(path, gz, limits)
    if what is not None:
        yield Rejection(str(path), "binary", f"looks like {what}, not JSON lines")
        return
    with open_bounded(path, gz, limits) as raw:
        f: Lines = Utf8Lines(raw, codec) if codec else raw
        while True:
            progress.where = f"{path}:{lineno + 1}"
            line = f.readline(limits.max_line_bytes + 1)
            if not line:
                break
            lineno += 1
            origin = f"{path}:{lineno}"
            if len(line) > limits.max_line_bytes and not line.endswith(b"\n"):
                _skip_rest_of_line(f)
                saw_content = True
                yield Rejection(
                    origin,
                    "too-large",
                    f"line is over {mb(limits.max_line_bytes)} (max_line_bytes)",
                )
                continue
            if lineno == 1:
                line = line.removeprefix(b"\xef\xbb\xbf")
            if not line.strip():
                continue  # blank lines separate nothing; not worth a rejection
            saw_content = True
            yield from _records_from_line(line, origin, limits)
            progress.done = lineno
    if not saw_content:
        yield Rejection(str(path), "empty", "no JSON lines")


def read_json(
    path: Path, gz: bool, limits: ReadLimits, progress: Progress
) -> Generator[Event, None, None]:
    """A ``.json`` file: one record (news-please's file per article), an array of records, or
    JSON Lines under a ``.json`` name (read line by line).  The file is parsed whole, so it is
    bounded by ``max_line_bytes`` like one JSONL line.  An array that does not parse whole (a
    Scrapy export cut short by a crash: no closing ``]``, a trailing comma, a half-written last
    item; two runs' arrays appended) is read item by item: its whole items are pages, the cut
    or damaged one a rejection (:func:`_walked_records`)."""
    origin = str(path)
    with open_bounded(path, gz, limits) as f:
        data = f.read(limits.max_line_bytes + 1)
    if len(data) > limits.max_line_bytes:
        yield Rejection(
            origin,
            "too-large",
            f"file is over {mb(limits.max_line_bytes)} "
            "(max_line_bytes; write large exports as JSONL)",
        )
        return
    data = data.removeprefix(b"\xef\xbb\xbf")
    if not data.strip():
        yield Rejection(origin, "empty", "only whitespace")
        return
    try:
        obj = _loads(data)
    except RecursionError:
        yield Rejection(origin, "bad-json", "JSON nested too deeply")
        return
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data" and _first_line_whole(data):
            progress.unit = "line"  # one object per line: JSON Lines named .json
            yield from read_jsonl(path, gz, limits, progress)
            return
        if (walk := _walked(data)) is not None:
            yield from _walked_records(walk, origin, limits, progress)
            return
        yield Rejection(origin, "bad-json", _json_error(exc, f"line {exc.lineno} column"))
        return
    except UnicodeDecodeError:  # not UTF-8/16/32: a legacy code page, or stray bytes
        text, how = decode_not_utf8(data)
        try:
            obj = _loads(text)
        except json.JSONDecodeError as exc:
            if exc.msg == "Extra data" and _first_line_whole(data):
                progress.unit = "line"  # JSON Lines named .json: read line by line
                yield from read_jsonl(path, gz, limits, progress)
                return
            if text.lstrip().startswith("["):
                events = _walked_records(walk_array(text), origin, limits, progress)
                yield from _decoded(events, how)
                return
            yield Rejection(origin, "bad-json", f"{how}: {_json_error(exc, 'column')}")
            return
        except (ValueError, RecursionError) as exc:
            yield Rejection(origin, "bad-json", f"{how}: {short(exc)}")
            return
        yield from _decoded(_read_records(obj, origin, limits, progress), how)
        return
    except ValueError as exc:
        yield Rejection(origin, "bad-json", short(exc))
        return
    yield from _read_records(obj, origin, limits, progress)


def _read_records(
    obj: object, origin: str, limits: ReadLimits, progress: Progress
) -> Generator[Event, None, None]:
    """The pages of a ``.json`` file's parsed value ``obj`` (see :func:`read_json`)."""
    if isinstance(obj, dict):
        yield from _records_of(obj, origin, limits)
        progress.done = 1
        return
    if not isinstance(obj, list):
        yield Rejection(
            origin,
            "bad-record",
            f"file is a JSON {json_type(obj)}, not an object or an array of objects",
        )
        return
    if not obj:
        yield Rejection(origin, "empty", "an empty JSON array")
        return
    for number, event in enumerate(_each_record(obj, origin, limits), 1):
        yield event
        progress.done = number


def _first_line_whole(data: bytes) -> bool:
    """True when the first non-blank line of ``data`` is a JSON value by itself: a ``.json``
    file that fails as one value ("Extra data") is then JSON Lines, not arrays written one
    after another (Scrapy's ``-o items.json`` run twice)."""
    first = next((line for line in data.splitlines() if line.strip()), b"")
    try:
        _loads(first.removeprefix(b"\xef\xbb\xbf"))
    except (ValueError, RecursionError):
        return False
    return True


def _walked(data: bytes) -> ArrayWalk | None:
    """``data`` (a ``.json`` file that is not one JSON value) walked item by item when it opens
    a JSON array in UTF-8/16/32 (:func:`clipper.read.jsonarray.walk_array`), else None."""
    try:
        text = data.decode(json.detect_encoding(data))
    except UnicodeDecodeError:
        return None  # read_json's caller decodes it in its code page and walks that
    text = text.removeprefix("\ufeff")
    return walk_array(text) if text.lstrip().startswith("[") else None


def _walked_records(
    walk: ArrayWalk, origin: str, limits: ReadLimits, progress: Progress
) -> Generator[Event, None, None]:
    """The pages of a ``.json`` array read item by item, origin ``path:N`` for the Nth item
    (as the whole file's), then, if the walk stopped early, one rejection: ``truncated`` at
    ``path:N`` for a file cut short inside its Nth item ("file cut short inside item 5; the 4
    whole items before it were read"), or at ``path`` after a whole item; ``bad-json`` for
    damage, the rest of the file not read."""
    for number, event in enumerate(_each_record(walk.items, origin, limits), 1):
        yield event
        progress.done = number
    if walk.stop is None:
        if not walk.items:
            yield Rejection(origin, "empty", "an empty JSON array")
        return
    whole = len(walk.items)
    inside = walk.stop.startswith("file cut short inside") or not walk.cut
    before = " before it" if inside else ""
    if whole == 0:
        read = f"no whole item{before}"
    elif whole == 1:
        read = f"the whole item{before} was read"
    else:
        read = f"the {whole} whole items{before} were read"
    where = f"{origin}:{walk.next_number}" if inside else origin
    if walk.cut:
        yield Rejection(where, "truncated", f"{walk.stop}; {read}")
    else:
        yield Rejection(where, "bad-json", f"{walk.stop}; {read}, the rest of the file not")


def _skip_rest_of_line(f: Lines) -> None:
    """Read past the rest of an overlong line in chunks, never holding it whole."""
    while True:
        chunk = f.readline(DRAIN_CHUNK)
        if not chunk or chunk.endswith(b"\n"):
            return


def _records_from_line(
    line: bytes, origin: str, limits: ReadLimits
) -> Generator[Event, None, None]:
    """A JSONL line's record, or the records of a whole API response or an array of records
    saved as one line (a poller appending each NewsAPI / NewsData.io / Guardian answer, or each
    batch, to a file), origin ``path:LINE:N`` for its Nth."""
    line = line.rstrip(b"\r\n")
    try:
        obj = _loads(line)
    except RecursionError:
        yield Rejection(origin, "bad-json", "JSON nested too deeply")
        return
    except json.JSONDecodeError as exc:
        # The decoder's "line 1 column N" would contradict the file line in ``origin``.
        yield Rejection(origin, "bad-json", _nul_bytes(line) or _json_error(exc, "column"))
        return
    except UnicodeDecodeError as exc:  # the line is not UTF-8/16/32
        if (nuls := _nul_bytes(line)) is not None:
            yield Rejection(origin, "bad-json", nuls)
            return
        text, how = decode_not_utf8(line)
        try:
            obj = _loads(text)
        except (ValueError, RecursionError):
            yield Rejection(origin, "bad-json", f"{how}: {short(exc)}")
            return
        yield from _decoded(_records_in(obj, origin, limits), how)
        return
    except ValueError as exc:
        yield Rejection(origin, "bad-json", _nul_bytes(line) or short(exc))
        return
    yield from _records_in(obj, origin, limits)


def _records_in(obj: object, origin: str, limits: ReadLimits) -> Iterator[Event]:
    """The pages of one JSONL line's parsed value ``obj``."""
    if isinstance(obj, list) and any(isinstance(item, dict) for item in obj):
        # a batch of records per line (a scraper appending each page of results)
        yield from _each_record(obj, origin, limits)
        return
    if not isinstance(obj, dict):
        yield Rejection(origin, "bad-record", f"line is a JSON {json_type(obj)}, not an object")
        return
    yield from _records_of(obj, origin, limits)


def _decoded(events: Iterator[Event], how: str) -> Iterator[Event]:
    """``events``, each page marked as decoded ``how`` (``RawPage.decoded``: the run counts
    it and names it among its problems)."""
    for event in events:
        if isinstance(event, RawPage):
            event.decoded = how
        yield event


def _records_of(obj: dict[str, Any], origin: str, limits: ReadLimits) -> Iterator[Event]:
    """One JSON object as its pages: a record, or an API response's records (origin
    ``ORIGIN:N`` for the Nth), or an ``empty`` rejection for a response holding none."""
    records = enveloped(obj)
    if records is None:
        key = empty_envelope(obj)
        said = api_error(obj)
        if said is not None and (key is not None or not obj.get("warnings")):
            # the API's own words: a rate limit or an exhausted plan, not a record without text
            yield Rejection(origin, "api-error", f"the API answered an error, no records: {said}")
        elif key is not None:
            yield Rejection(origin, "empty", f"an API response with no records ({key}: [])")
        else:
            yield record_event(obj, origin, limits)
        return
    yield from _each_record(records, origin, limits)


def _each_record(items: list[Any], origin: str, limits: ReadLimits) -> Iterator[Event]:
    """The items of a JSON array as pages, origin ``ORIGIN:N`` for the Nth; an item that is no
    object is a ``bad-record``."""
    for number, item in enumerate(items, 1):
        where = f"{origin}:{number}"
        if isinstance(item, dict):
            yield record_event(item, where, limits)
        else:
            yield Rejection(
                where, "bad-record", f"record is a JSON {json_type(item)}, not an object"
            )


def _nul_bytes(line: bytes) -> str | None:
    """What a JSON line that failed to parse is when it holds NUL bytes (what a writer killed
    mid-line or a preallocated file leaves), else None: "not JSON: starts with NUL bytes (2 of
    its 9 bytes)".  A JSONL line is UTF-8 here (a UTF-16 file's lines are re-encoded), where a
    NUL is never JSON; ``json`` would take leading NULs for UTF-32 or UTF-16 and name that
    codec's error instead."""
    nuls = line.count(b"\x00")
    if not nuls:
        return None
    if nuls == len(line):
        return f"not JSON: only NUL bytes ({nuls})"
    where = "starts with" if line.startswith(b"\x00") else "holds"
    return f"not JSON: {where} NUL bytes ({nuls} of its {len(line)} bytes)"


def _json_error(exc: json.JSONDecodeError, where: str) -> str:
    """The decoder's message and place; some messages already end in "at" ("Unterminated
    string starting at")."""
    joiner = " " if exc.msg.endswith(" at") else " at "
    return f"{exc.msg}{joiner}{where} {exc.colno}"
