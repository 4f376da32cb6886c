"""A reader's text quoted in clipper's messages shows as the text it is (newcomer 49a: ``watch
add`` echoed a Persian name's zero-width non-joiner as ``\\u200c``), while the characters that
would hide or rewrite a message stay escaped (:func:`clipper.quoting.quoted`).

Fixtures: invented watchlist names and queries.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from clipper.cli import cli
from clipper.quoting import quoted

# a Persian "is done" with its ZWNJ, a Hindi half-form with a ZWJ, a family emoji (ZWJs)
_ZWNJ_NAME = "بندر\u200cها"


@pytest.mark.parametrize(
    "text",
    [
        _ZWNJ_NAME,
        "क्\u200dष",
        "\U0001f468\u200d\U0001f469\u200d\U0001f467",
        "Hafen\u00a0Nord",  # a no-break space shows as the space it is
        "12\u202fkm",
        "\u200fנמל חיפה",  # a right-to-left mark orders only the neutrals beside it
        "Zeit\u00adung",  # a soft hyphen inside a word
        "ท่าเรือ\u200bใหม่",  # a Thai zero-width space between words
        "Bogotá it's",
    ],
)
def test_written_text_shows_as_itself(text: str) -> None:
    assert quoted(text) == f"'{text}'"


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("rail\u200b", "'rail\\u200b'"),  # a pasted zero-width space at a word's end
        ("\u200dport", "'\\u200dport'"),
        ("a \u2060 b", "'a \\u2060 b'"),  # a word joiner standing alone
        ("\ufeffport", "'\\ufeffport'"),
        ("port\nrail", "'port\\nrail'"),
        ("port\x1b[2Jrail", "'port\\x1b[2Jrail'"),  # a terminal's clear-screen sequence
        ("port\u2028rail", "'port\\u2028rail'"),
        ("admin\u202egnp.exe", "'admin\\u202egnp.exe'"),  # reorders the rest of the line
        ("a\u2067b\u2069c", "'a\\u2067b\\u2069c'"),
        ("bad\udcffbyte", "'bad\\udcffbyte'"),
    ],
)
def test_hiding_or_rewriting_characters_are_escaped(text: str, shown: str) -> None:
    assert quoted(text) == shown


def _run(db: Path, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, [*args, "--db", str(db)])
    assert "Traceback" not in result.output, result.output
    return result.exit_code, result.stdout, result.stderr


def test_watch_add_rm_echo_a_persian_name_as_written(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    code, out, _ = _run(db, "watch", "add", _ZWNJ_NAME, "بندر OR اسکله")
    assert code == 0
    assert out.startswith(f"watchlist '{_ZWNJ_NAME}': ")
    assert "\\u200c" not in out
    code, _, err = _run(db, "watch", "add", _ZWNJ_NAME, "کشتی")
    assert code == 2
    assert f"a watchlist named '{_ZWNJ_NAME}' already exists, following 'بندر OR اسکله'" in err
    # the JSON stays JSON, the name's joiner in it as written
    _, out, _ = _run(db, "watch", "list", "--json")
    assert json.loads(out.splitlines()[0])["name"] == _ZWNJ_NAME
    code, _, err = _run(db, "watch", "rm", "بندرها\u200b")
    assert code == 4
    assert "no watchlist 'بندرها\\u200b'" in err  # the stray character a reader cannot see
    code, out, _ = _run(db, "watch", "rm", _ZWNJ_NAME)
    assert (code, out) == (0, f"removed watchlist '{_ZWNJ_NAME}'\n")


def test_a_bad_reference_is_quoted_as_typed(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    _run(db, "watch", "add", "port", "port")  # makes the archive
    code, _, err = _run(db, "show", "page:صفحه\u200cی")
    assert code == 2
    assert "'page:صفحه\u200cی': a page is page:NUMBER" in err
    code, _, err = _run(db, "show", "صفحه\u200cی")
    assert code == 1
    assert "no page with URL or origin 'صفحه\u200cی' in the archive" in err
