"""German and Dutch story terms count a compound's parts beside it (new users 44: one article
saying "Regierungskrise" and another "Krise der Regierung" shared no story term for those
words), split as search splits them (clipper.compounds), as the Nordic languages' and
Finnish's were already.  Every text here is invented."""

from __future__ import annotations

from collections import Counter

import pytest

from clipper.config import StoryConfig
from clipper.stories.stems import stemmed, term_parts, with_heads
from clipper.stories.vectors import vectorize
from tests.storyevents import cosine

# language → (a headline and text writing compounds, one writing their parts apart, one
# sharing neither), no other word shared between the first two
PAIRS = {
    "de": (
        ("Regierungskrise in Wiesbaden", "Die Regierungskrise spitzt sich zu."),
        ("Koalition am Ende", "Eine Krise der Regierung hält Hessen seit Wochen in Atem."),
        ("Koalition am Ende", "Ein Streit um Schulen hält Hessen seit Wochen in Atem."),
    ),
    # a head ending in "s", which a story term folds away as a plural's
    "de-s": (
        ("Strompreis auf Rekordhoch", "Der Strompreis erreicht im Januar ein Rekordhoch."),
        ("Verbraucher klagen", "Kunden zahlen seit Wochen einen hohen Preis für Strom."),
        ("Verbraucher klagen", "Kunden warten seit Wochen auf neue Busse und Bahnen."),
    ),
    "nl-s": (
        ("Kabinetscrisis in Den Haag", "De kabinetscrisis houdt Den Haag in zijn greep."),
        ("Premier onder druk", "Ministers noemen de crisis binnen het kabinet ernstig."),
        ("Premier onder druk", "Ministers noemen de staat van wegen in Limburg ernstig."),
    ),
    "nl": (
        ("Ophef over gemeentebestuur", "Het gemeentebestuur van Zwolle ligt onder vuur."),
        ("Kritiek in Overijssel", "Raadsleden willen dat bestuur der gemeente aftreedt."),
        ("Kritiek in Overijssel", "Raadsleden willen dat scholen langer open blijven."),
    ),
}


@pytest.mark.parametrize("case", sorted(PAIRS))
def test_a_compound_and_its_parts_written_apart_share_terms(case: str) -> None:
    config = StoryConfig()
    language = case[:2]
    compound, apart, neither = (vectorize(t, x, language, config) for t, x in PAIRS[case])
    # the parts are the only words the compound's text and the other share
    assert cosine(compound, apart) > cosine(compound, neither)
    assert cosine(compound, apart) > 0.0


def test_a_compound_counts_its_parts_folded_and_other_languages_are_kept() -> None:
    counts, _, forms = stemmed(Counter({"grenzübergang": 2, "n:hans meier": 1}), None, "de")
    # (the left part with the "e" it dropped: clipper.compounds.DROPPED, session 46)
    assert counts == Counter({"grenzübergang": 2, "grenze": 2, "ubergang": 2, "n:hans meier": 1})
    assert forms == {}
    assert with_heads(Counter({"wirtschaft": 1}), "de") == Counter({"wirtschaft": 1})
    # a term whose "s" was folded away splits with it, its parts read as terms
    assert term_parts("stromprei", "de") == ("strom", "prei")
    assert term_parts("krankenhau", "de") == ("krank", "haus")
    english = Counter({"government": 1, "crisis": 1})
    assert stemmed(english, None, "en")[0] == english
