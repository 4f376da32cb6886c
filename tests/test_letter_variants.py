"""Letter variants the fingerprint, the paragraph comparison and search fold alike
(:func:`clipper.spelling.letter_variants_folded`, migration 0049; newcomer 24's findings 12 and
7): Romanian's comma letters ``ș`` ``ț`` against the cedilla letters ``ş`` ``ţ`` legacy code
pages and CMSs print, and Catalan's geminated ``l·l`` (``ŀ``, ``l.l`` typed in a query) against
``ll``.  Before, one Romanian article read in both spellings was two clusters, "4 paragraphs
edited", and ``collectiu`` found nothing while ``legalment`` found ``il·legalment``.  The texts
are invented."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from clipper import fingerprint, paragraphs, searchtext, spelling
from clipper.changes import compare_texts
from clipper.searchterms import query_tokens
from clipper.searchtext import search_text
from clipper.snippets import snippet
from clipper.words import letter_variant, words
from tests.test_keyboard_words import _cluster_rows
from tests.test_marked_words import _record, archived_at, run, upgraded

BRIDGE = (
    "Podul peste Mureș va fi reparat până în primăvară\n\n"
    "Autoritățile județene au anunțat că lucrările la podul de pe strada Gării vor începe "
    "săptămâna viitoare și vor dura patru luni, timp în care circulația va fi deviată.\n\n"
    "Potrivit primăriei, investiția se ridică la treizeci de milioane de lei, bani proveniți din "
    "fonduri europene și din bugetul local.\n\n"
    "Șoferii sunt sfătuiți să folosească centura ocolitoare; transportul public își păstrează "
    "traseele, dar stațiile din zona podului se mută temporar."
)
COUNCIL = (
    "El col·lectiu de veïns porta l'Ajuntament als tribunals\n\n"
    "El col·lectiu de veïns del barri considera il·legal la llicència d'obres atorgada el mes "
    "passat i ha presentat un recurs davant del jutjat contenciós administratiu.\n\n"
    "Segons els portaveus, la construcció ocuparia una part del parc i tallaria una "
    "vintena d'arbres centenaris sense cap estudi d'impacte ambiental.\n\n"
    "L'Ajuntament defensa que el projecte compleix la normativa i que la intel·ligència del pla "
    "urbanístic garanteix més habitatge social al districte."
)


def _cedillas(text_: str) -> str:
    """``text_`` in Romanian's cedilla letters (ISO 8859-2 era)."""
    return text_.translate(str.maketrans("șțȘȚ", "şţŞŢ"))


def _geminates(text_: str, written: str) -> str:
    return text_.replace("l·l", written)


def test_letter_variants_are_the_same_words() -> None:
    for written, variant in [
        (_cedillas(BRIDGE), BRIDGE),
        (COUNCIL, _geminates(COUNCIL, "ŀl")),
        (COUNCIL, _geminates(COUNCIL, "ll")),
    ]:
        assert words(written) == words(variant)
    assert "collectiu" in words(COUNCIL) and "col" not in words(COUNCIL)
    assert letter_variant(BRIDGE) and letter_variant(COUNCIL)
    assert not letter_variant(_cedillas(BRIDGE))
    assert not letter_variant("Preu · qualitat, a·b, al·a")
    # a middle dot elsewhere still separates words
    assert words("preu · qualitat, a·b") == ["preu", "qualitat", "a", "b"]


def test_a_copy_in_the_other_letters_is_an_exact_copy(db_url: str, tmp_path: Path) -> None:
    night = tmp_path / "n.jsonl"
    night.write_text(
        _record("https://ziar.example/pod", _cedillas(BRIDGE), "2026-12-01T06:00:00+00:00",
                lang="ro")
        + _record("https://copie.example/pod", BRIDGE, "2026-12-01T07:00:00+00:00", lang="ro")
        + _record("https://diari.example/veins", COUNCIL, "2026-12-01T06:00:00+00:00", lang="ca")
        + _record("https://copia.example/veins", _geminates(COUNCIL, "ŀl"),
                  "2026-12-01T07:00:00+00:00", lang="ca"),
        encoding="utf-8",
    )  # fmt: skip
    assert run(db_url, "dedupe", "--workers", "1", str(night)).exit_code == 0
    rows = {url: (cluster, similarity) for url, cluster, similarity in _cluster_rows(db_url)}
    assert rows["https://ziar.example/pod"][0] == rows["https://copie.example/pod"][0]
    assert rows["https://diari.example/veins"][0] == rows["https://copia.example/veins"][0]
    assert len({cluster for cluster, _ in rows.values()}) == 2
    assert all(similarity == 1.0 for _, similarity in rows.values())
    title_a, _, body_a = _cedillas(BRIDGE).partition("\n\n")
    title_b, _, body_b = BRIDGE.partition("\n\n")
    assert compare_texts(title_a, body_a, title_b, body_b).summary == ["exact copy"]


def _found(db_url: str, query: str) -> set[str]:
    result = run(db_url, "search", "--variants", "--json", query)
    assert result.exit_code == 0, result.output
    return {json.loads(line)["url"] for line in result.output.splitlines()}


def test_search_reads_a_geminated_l_as_one_word(db_url: str, tmp_path: Path) -> None:
    night = tmp_path / "n.jsonl"
    other = COUNCIL.replace("veïns", "comerciants").replace("parc", "mercat")
    night.write_text(
        _record("https://diari.example/a", COUNCIL, "2026-12-01T06:00:00+00:00", lang="ca")
        + _record("https://diari.example/b", _geminates(other, "ŀl"), "2026-12-01T06:00:00+00:00",
                  lang="ca"),
        encoding="utf-8",
    )  # fmt: skip
    assert run(db_url, "dedupe", "--workers", "1", str(night)).exit_code == 0
    both = {"https://diari.example/a", "https://diari.example/b"}
    for query in ["collectiu", "col·lectiu", "col.lectiu", "coŀlectiu", "COL·LECTIU", "illegal"]:
        assert _found(db_url, query) == both, query
    assert _found(db_url, "lectiu") == set()  # no longer half a word
    assert _found(db_url, "legal") == set()  # il·legal is not "legal"
    assert search_text("la intel·ligència") == "la intelligencia"
    marked = snippet(COUNCIL.split("\n\n")[1], [query_tokens("collectiu")], ("[", "]"))
    assert "[col·lectiu]" in marked


def test_an_archive_made_before_finds_them_after_the_upgrade(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An archive made with the rule of before (no letter variant folded by the fingerprint
    nor search), set back to 0048: after the upgrade its Romanian comma-letter and Catalan
    pages have the new rule's fingerprints and index entries, a copy in the other letters joins
    their cluster, and a page holding neither is left as it was by 0049 (0076, which leaves
    out every Latin letter's accents, fingerprints it again)."""
    monkeypatch.setattr(spelling, "letter_variants_folded", lambda value: value)
    monkeypatch.setattr(spelling, "accents_folded", lambda value: value)  # (before 0076)
    monkeypatch.setattr(searchtext, "GEMINATE_DOT", re.compile("(?!)"))
    monkeypatch.setattr(
        fingerprint,
        "WORDS_SCHEME",
        "nfkc-casefold-no-ar-he-points-ascii-digits-fa-ur-letters-ar-variants-hi-variants"
        "-fa-affixes-apostrophes-yo-hant-vi-tones-cyrl-lookalikes-ko-dots-tr-ascii-w+marks"
        "-cjk-hangul-chars",
    )
    searchtext._fold_unit.cache_clear()
    paragraphs.forget()
    night1 = tmp_path / "n1.jsonl"
    night1.write_text(
        _record("https://ziar.example/pod", BRIDGE, "2026-12-01T06:00:00+00:00", lang="ro")
        + _record("https://diari.example/veins", COUNCIL, "2026-12-01T06:00:00+00:00", lang="ca")
        + _record("https://ziar.example/vechi", _cedillas(BRIDGE).replace("Mureş", "Olt"),
                  "2026-12-01T06:00:00+00:00", lang="ro"),
        encoding="utf-8",
    )  # fmt: skip
    before = archived_at(db_url, night1, "0048")
    monkeypatch.undo()
    searchtext._fold_unit.cache_clear()
    paragraphs.forget()

    after = upgraded(db_url, "0049")  # a user's next command
    for url in [
        "https://ziar.example/pod", "https://diari.example/veins", "https://ziar.example/vechi"
    ]:
        assert after[url] != before[url]
    night2 = tmp_path / "n2.jsonl"
    night2.write_text(
        _record("https://copie.example/pod", _cedillas(BRIDGE), "2026-12-02T06:00:00+00:00",
                lang="ro")
        + _record("https://copia.example/veins", _geminates(COUNCIL, "ll"),
                  "2026-12-02T06:00:00+00:00", lang="ca"),
        encoding="utf-8",
    )  # fmt: skip
    assert run(db_url, "dedupe", "--workers", "1", str(night2)).exit_code == 0
    rows = {url: cluster for url, cluster, _ in _cluster_rows(db_url)}
    assert rows["https://copie.example/pod"] == rows["https://ziar.example/pod"]
    assert rows["https://copia.example/veins"] == rows["https://diari.example/veins"]
    assert _found(db_url, "col·lectiu") == {
        "https://diari.example/veins", "https://copia.example/veins"
    }
