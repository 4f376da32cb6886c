"""An individual language's ISO 639-3 code (Dari ``prs``, Standard Arabic ``arb``, Cantonese
``yue``) is read as the macrolanguage clipper stores it under, and said so, as ``fa-AF`` is
(newcomer 49a: ``--lang prs`` was silently Persian); the digest's ``--language`` reads the same
codes (it refused ``prs``, ``deu``).  The members come from the IANA registry langcodes ships.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from clipper.askedlanguage import asked_language
from clipper.cli import cli
from clipper.translations import known


@pytest.mark.parametrize(
    ("given", "code", "note"),
    [
        (
            "prs",
            "fa",
            "--lang prs (Dari) read as fa (Persian), the macrolanguage it belongs to: "
            "clipper tells a page's language by its macrolanguage only, so pages in "
            "every member of it are taken; --region AF keeps the pages of Afghanistan",
        ),
        ("PRS", "fa", "--region AF keeps the pages of Afghanistan"),
        ("prs-AF", "fa", "(Dari) read as fa (Persian)"),
        ("pes", "fa", "--lang pes (Iranian Persian) read as fa (Persian), the macrolanguage"),
        ("arb", "ar", "--lang arb (Standard Arabic) read as ar (Arabic)"),
        ("cmn", "zh", "--lang cmn (Mandarin Chinese) read as zh (Chinese)"),
        (
            "yue",
            "zh",
            "read as zh (Chinese), the macrolanguage it belongs to: clipper tells a "
            "page's language by its macrolanguage only, so pages in every member of "
            "it are taken; --region HK keeps the pages of Hong Kong",
        ),
        ("zsm", "ms", "--lang zsm (Standard Malay) read as ms"),
        ("swh", "sw", "read as sw"),
        ("ekk", "et", "--lang ekk (Standard Estonian) read as et (Estonian)"),
    ],
)
def test_a_member_is_read_as_its_macrolanguage_with_a_note(
    given: str, code: str, note: str
) -> None:
    asked = asked_language(given)
    assert asked.code == code
    assert asked.notice is not None and note in asked.notice


@pytest.mark.parametrize(
    ("given", "code"),
    [("fa", "fa"), ("fas", "fa"), ("per", "fa"), ("ara", "ar"), ("nob", "nb"), ("nno", "nn")],
)
def test_the_language_s_own_codes_need_no_note(given: str, code: str) -> None:
    assert asked_language(given) == asked_language(code)
    assert asked_language(given).notice is None


def test_export_and_watch_add_say_it(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    result = CliRunner().invoke(
        cli, ["watch", "add", "kabul", "بندر", "--lang", "prs", "--db", str(db)]
    )
    assert result.exit_code == 0, result.output
    assert "[languages: fa]" in result.stdout
    assert "note: --lang prs (Dari) read as fa (Persian)" in result.stderr
    result = CliRunner().invoke(cli, ["export", "--lang", "arb", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "note: --lang arb (Standard Arabic) read as ar (Arabic)" in result.stderr


@pytest.mark.parametrize(
    ("given", "catalog"),
    [
        ("prs", "fa"),
        ("pes", "fa"),
        ("deu", "de"),
        ("arb", "ar"),
        ("cmn", "zh"),
        ("yue", "zh-Hant"),
        ("zsm", "ms"),
        ("nob", "nb"),
        ("srp", "sr"),
        ("fa-AF", "fa"),
    ],
)
def test_the_digest_language_reads_the_same_codes(given: str, catalog: str) -> None:
    assert known(given) == catalog
