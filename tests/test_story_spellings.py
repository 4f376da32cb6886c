"""Story terms folded as the fingerprint's words, and a German text's umlauts as their spellings
(vectors34's note; vector version 34): a copy of a German story typed with "ss" for "ß" (as
Swiss outlets write it) or with "ue" for "ü" (a keyboard without umlauts), and a copy of a Greek
story typed with "σ" for a word's final "ς", have the terms of the story they copy; a copy
without accents states the same template sentences.  Every text is invented."""

from __future__ import annotations

import numpy as np

from clipper.config import StoryConfig
from clipper.stories.accents import folded_term, umlauts_folded
from clipper.stories.templated import sentence_keys
from clipper.stories.vectors import vectorize

CONFIG = StoryConfig()

GERMAN = (
    "Straße nach Gießen bleibt wegen Bauarbeiten gesperrt",
    "Die Landesstraße zwischen Wetzlar und Gießen bleibt bis Ende März gesperrt, teilte das "
    "Straßenbauamt am Dienstag mit.\n"
    "Grund sind Schäden an der Brücke über die Lahn, die größer ausfielen als erwartet.\n"
    "Pendler müssen eine Umleitung über Heuchelheim nehmen, die nach Angaben der Behörde "
    "täglich rund 12.000 Fahrzeuge aufnehmen soll.\n"
    "Bürgermeisterin Jördis Käßmann kritisierte die schlechte Abstimmung mit den Gemeinden.",
)

GREEK = (
    "Νέος νόμος για τους αγρότες της Θεσσαλίας",
    "Η κυβέρνηση παρουσίασε σήμερα νέο νόμο για τις αποζημιώσεις των αγροτών της Θεσσαλίας "
    "μετά τις πλημμύρες του φθινοπώρου.\n"
    "Ο υπουργός Αγροτικής Ανάπτυξης Νικόλαος Παπαδόπουλος δήλωσε ότι οι πληρωμές θα ξεκινήσουν "
    "τον Ιανουάριο και θα αφορούν περισσότερους από 8.000 παραγωγούς.\n"
    "Οι αγροτικοί σύλλογοι ζητούν ταχύτερες διαδικασίες και μεγαλύτερο ποσό ανά στρέμμα.",
)


def _same_terms(one: tuple[str, str], other: tuple[str, str], language: str) -> None:
    first = vectorize(*one, language, CONFIG)
    second = vectorize(*other, language, CONFIG)
    assert first.keys.tolist() == second.keys.tolist()
    assert np.allclose(first.weights, second.weights)


def _typed(text: str, letters: dict[str, str]) -> str:
    for letter, typed in letters.items():
        text = text.replace(letter, typed)
    return text


def test_a_german_copy_typed_with_ss_for_eszett_has_the_same_terms() -> None:
    swiss = tuple(_typed(part, {"ß": "ss"}) for part in GERMAN)
    assert swiss != GERMAN
    _same_terms(GERMAN, swiss, "de")  # type: ignore[arg-type]


def test_a_german_copy_typed_with_two_letters_for_umlauts_has_the_same_terms() -> None:
    spelled = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}
    keyboard = tuple(_typed(part, spelled) for part in GERMAN)
    _same_terms(GERMAN, keyboard, "de")  # type: ignore[arg-type]
    # and one without the dots, as a scraper without accents writes it, too
    bare = tuple(_typed(part, {"ä": "a", "ö": "o", "ü": "u", "Ü": "U"}) for part in GERMAN)
    _same_terms(GERMAN, bare, "de")  # type: ignore[arg-type]


def test_a_greek_copy_typed_with_a_medial_sigma_at_word_ends_has_the_same_terms() -> None:
    typed = tuple(part.replace("ς", "σ") for part in GREEK)
    assert typed != GREEK
    _same_terms(GREEK, typed, "el")  # type: ignore[arg-type]


def test_umlaut_spellings_fold_only_where_they_spell_an_umlaut() -> None:
    assert umlauts_folded("bruessel") == umlauts_folded("brussel") == "brussel"
    assert umlauts_folded("gespraech") == "gesprach"
    assert umlauts_folded("koeln") == "koln"
    # "ue" after a vowel or "q" is none
    assert umlauts_folded("feuer") == "feuer"
    assert umlauts_folded("quelle") == "quelle"
    # only a German or Luxembourgish reading folds them
    assert folded_term("poet") == "poet"
    assert folded_term("poet", umlauts_spelled=True) == "pot"
    poet = vectorize("The poet", "The poet read in the harbour town on Sunday.", "en", CONFIG)
    pot = vectorize("The pot", "The pot read in the harbour town on Sunday.", "en", CONFIG)
    assert poet.keys.tolist() != pot.keys.tolist()


def test_a_copy_without_accents_states_the_same_template_sentences() -> None:
    line = (
        "Le président du Sénégal a annoncé jeudi une réforme de l'éducation nationale. "
        "Les syndicats d'enseignants ont salué une décision « très attendue » par les écoles."
    )
    bare = _typed(line, {"é": "e", "è": "e"})
    assert len(sentence_keys(line, CONFIG.template_sentence_words)) == 2
    assert sentence_keys(line, CONFIG.template_sentence_words).tolist() == sentence_keys(
        bare, CONFIG.template_sentence_words
    ).tolist()
    swiss = sentence_keys(_typed(GERMAN[1], {"ß": "ss"}), CONFIG.template_sentence_words)
    assert swiss.tolist() == sentence_keys(GERMAN[1], CONFIG.template_sentence_words).tolist()
