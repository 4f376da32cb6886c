"""A person's name in the Nordic, Finnish and Baltic languages is one story term whatever title
opens the sentence before it: these languages write a title in lower case before a name and no
article before the title ("statsminister Jonas Gahr Støre"), so a sentence that opens with the
person opens with the title, capitalised, and the title ran on as part of the name
("Statsminister Jonas Gahr Støre sa …": a name no other sentence or reporter wrote).  A name of
three words or more is its last two, as in German.  Every text here is invented."""

from __future__ import annotations

import pytest

from clipper.config import StoryConfig
from clipper.stories.storyterms import _story_terms
from clipper.stories.vectors import vectorize
from tests.storyevents import cosine


@pytest.mark.parametrize(
    ("language", "texts", "name"),
    [("nb", ("Statsminister Jonas Gahr Støre la fram planen tirsdag.",
             "Planen ble lagt fram av statsminister Jonas Gahr Støre tirsdag.",
             "Det bekreftet Gahr Støre tirsdag."), "n:gahr støre"),
     ("da", ("Forsvarsminister Troels Lund Poulsen skal forhandle med partierne.",
             "Partierne mødes med forsvarsminister Troels Lund Poulsen i dag."), "n:lund poulsen"),
     ("sv", ("Statsminister Ulf Kristersson sade att regeringen är enig.",
             "Det sade Ulf Kristersson på tisdagen."), "n:ulf kristersson"),
     ("fi", ("Pääministeri Petteri Orpo kertoi päätöksestä tiistaina.",
             "Päätöksestä kertoi tiistaina Petteri Orpo."), "n:petteri orpo"),
     ("is", ("Forsætisráðherra Kristrún Frostadóttir sagði þetta í gær.",
             "Þetta sagði Kristrún Frostadóttir í gær."), "n:kristrún frostadóttir"),
     ("lt", ("Premjerė Inga Ruginienė pareiškė, kad sprendimas priimtas.",
             "Sprendimą paskelbė Inga Ruginienė."), "n:inga ruginienė"),
     ("lv", ("Prezidents Edgars Rinkēvičs teica, ka lēmums ir pieņemts.",
             "To teica Edgars Rinkēvičs."), "n:edgar rinkēvič")],
)  # fmt: skip
def test_a_title_opening_the_sentence_is_no_part_of_the_name(
    language: str, texts: tuple[str, ...], name: str
) -> None:
    for text in texts:
        assert [term for term in _story_terms(text, language) if term[:2] == "n:"] == [name]


def test_an_english_title_and_name_stay_whole() -> None:
    found = _story_terms("Norway's Prime Minister Jonas Gahr Støre said on Tuesday.", "en")
    assert "n:norway prime minister jona gahr støre" in found


# An agency's report whose sentences open with the title, and another reporter's account that
# names the person without it.
REPORT = (
    "Regjeringen legger fram ny plan for strømstøtte",
    "Statsminister Jonas Gahr Støre la tirsdag fram en ny plan for strømstøtte til "
    "husholdningene.\n"
    "Statsminister Jonas Gahr Støre sier at staten skal dekke 90 prosent av prisen over 70 øre.\n"
    "Ordningen skal gjelde fra januar og koste 12 milliarder kroner.\n"
    "Finansminister Trygve Slagsvold Vedum sier pengene tas fra oljefondet.",
)
ACCOUNT = (
    "Støre lover billigere strøm i vinter",
    "– Folk skal ikke fryse i vinter, sa Jonas Gahr Støre da han møtte pressen tirsdag.\n"
    "Gahr Støre vil at staten dekker 90 prosent av strømprisen over 70 øre fra januar.\n"
    "Vedum bekrefter at strømstøtten koster 12 milliarder.\n"
    "Opposisjonen mener ordningen kommer for sent.",
)


def test_the_account_and_the_report_share_the_persons_name() -> None:
    """Before: the report's name was "statsminister jonas gahr støre", the account's "jonas
    gahr støre" and "gahr støre" (cosine 0.476; now 0.567)."""
    config = StoryConfig()
    names = [
        {term for term in _story_terms(f"{title}\n{text}", "nb") if term[:2] == "n:"}
        for title, text in (REPORT, ACCOUNT)
    ]
    assert "n:gahr støre" in names[0] & names[1]
    report, account = (vectorize(title, text, "nb", config) for title, text in (REPORT, ACCOUNT))
    assert cosine(report, account) >= config.min_similarity
