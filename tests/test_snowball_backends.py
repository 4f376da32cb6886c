"""Snowball's compiled stemmers (PyStemmer) give the stems of snowballstemmer's pure-Python
ones, which clipper's story terms and compound splits were made with: snowballstemmer uses
the compiled ones when PyStemmer is installed (pyproject.toml pins both), and a stem that
differed would move stored story vectors and search's compound parts."""

from __future__ import annotations

import importlib

import pytest

from clipper import compounds
from clipper.stories import stems

Stemmer = pytest.importorskip("Stemmer")

# Every Snowball algorithm clipper stems with: the story terms' (clipper.stories.stems; the
# others there are clipper.stories.endings' and agglutinative's own) and the compound splits'.
ALGORITHMS = sorted(
    {name for name in stems.STEMMERS.values() if name in Stemmer.algorithms()}
    | set(compounds.STEMMERS.values())
)

# Invented words in each language's inflections: cases, definite endings, compounds, names.
WORDS = {
    "german": ["Regierungskrisen", "Bundestagswahlen", "Häusern", "Grenzübergängen",
               "Straßenbahnfahrer", "Lehrerinnen", "Wirtschaftlichkeit", "größten"],
    "dutch": ["kabinetscrisis", "onderhandelingen", "gemeenteraadsverkiezingen", "werkelijkheid",
              "ziekenhuizen", "gevangenissen"],
    "swedish": ["regeringskrisen", "försvarsministern", "bostadsmarknaderna", "kommunfullmäktige",
                "möjligheterna", "skolbarnens"],
    "danish": ["forsvarsforliget", "regeringens", "undersøgelserne", "sikkerheden",
               "politikerne", "forhandlingerne"],
    "norwegian": ["regjeringsforhandlingene", "flertallsregjeringa", "stortingsvalget",
                  "partienes", "sykehusene"],
    "finnish": ["Helsingissä", "hallitusneuvotteluissa", "kaupunginhallituksen", "autoissa",
                "eduskuntavaaleissa", "ministeriöltä"],
    "estonian": ["Tallinnas", "valitsusele", "riigikogu", "linnavalitsusest"],
    "lithuanian": ["Vilniuje", "vyriausybės", "seimo", "ministerijoje", "savivaldybėms"],
    "polish": ["Zełenskiego", "Warszawie", "uniwersytecie", "samorządowych", "ministrowie"],
    "czech": ["Olomouci", "Praze", "vládou", "ministerstvem", "ruce", "zastupitelstva"],
    "russian": ["Кудрявцева", "Николаеву", "Ростова", "правительстве", "министерствами"],
    "serbian": ["poslednjem", "posljednjem", "последњем", "kredita", "bankom", "Vlade"],
}  # fmt: skip


def _pure_python(name: str) -> object:
    """snowballstemmer's pure-Python stemmer of ``name``, whatever its package picked."""
    module = importlib.import_module(f"snowballstemmer.{name}_stemmer")
    return getattr(module, f"{name.replace('_', '').title()}Stemmer")()


def test_snowballstemmer_uses_the_compiled_stemmers() -> None:
    import snowballstemmer

    assert snowballstemmer.stemmer is Stemmer.Stemmer


@pytest.mark.parametrize("name", ALGORITHMS)
def test_compiled_stems_are_the_pure_python_ones(name: str) -> None:
    pure = _pure_python(name)
    compiled = Stemmer.Stemmer(name)
    words = list(WORDS[name])
    words += [w.lower() for w in words] + [w.upper() for w in words]
    # words of other scripts and shapes too: a page's terms are any of them
    words += ["", "a", "ß", "2026", "e\u0301tat", "ﬁnanz", "Москве", "東京", "x" * 120]
    assert [compiled.stemWord(w) for w in words] == [pure.stemWord(w) for w in words]  # type: ignore[attr-defined]


def test_every_language_stemmed_has_invented_words() -> None:
    assert set(ALGORITHMS) == set(WORDS)
