"""A wire story's short last paragraph signed with its agency's bare credit ("The talks resume
on Tuesday. (AFP)") stays in a cleaned text dump (session 51): it was dropped as a photo's
caption, which a line of under 30 words closing with "(AP)", "(AFP)", "(EPA)", "(Reuters)" or
"(Getty Images)" was taken for wherever it stood.  A caption still goes: one between two
paragraphs, one without a sentence's stop ("… during the summit (AP)"), one beside a photo's
own line ("Photo: …", "3 / 12"), one of a row of captions under the story, one right below
the headline.  German, Spanish and Italian wires' credits ("(dpa)", "(EFE)", "(ANSA)") were
never read as a caption: their sign-offs stay too.  Every text here is invented."""

from __future__ import annotations

import pytest

from clipper.dumplines import agency_caption, is_furniture, sign_off_shaped, word_count
from clipper.textdump import clean_text_dump

# language → (headline, two body paragraphs, the signed last paragraph, a caption sentence)
STORIES = {
    "en": (
        "Harbour talks stall over fishing quotas",
        [
            "Negotiators from the two coastal states met for a third day in the port town of "
            "Vellmar on Monday without agreeing on the quotas for the northern banks, officials "
            "said.",
            "Both delegations said the gap had narrowed since the spring, but the question of who "
            "patrols the disputed waters remained open and was left to the ministers.",
        ],
        "The talks resume on Tuesday. (AFP)",
        "Fishing boats wait in the harbour of Vellmar on Monday. (AFP)",
    ),
    "fr": (
        "Les pourparlers sur les quotas de pêche au point mort",
        [
            "Les négociateurs des deux États côtiers se sont réunis lundi pour une troisième "
            "journée dans la ville portuaire de Vellmar sans s'entendre sur les quotas des bancs "
            "du nord, selon des responsables.",
            "Les deux délégations ont affirmé que l'écart s'était réduit depuis le printemps, mais "
            "la question de la surveillance des eaux disputées restait ouverte.",
        ],
        "Les discussions reprendront mardi. (AFP)",
        "Des bateaux de pêche attendent dans le port de Vellmar lundi. (AFP)",
    ),
    "en-reuters": (
        "Ferry operator cuts winter timetable",
        [
            "The island ferry operator said on Thursday it would run four crossings a day instead "
            "of six from January, blaming fuel costs and a shortage of qualified crew members.",
            "Local councillors said the cut would leave commuters without an evening return and "
            "asked the regional transport ministry to cover part of the fuel bill.",
        ],
        "The ministry is expected to reply next week. (Reuters)",
        "A ferry leaves the island harbour at dawn on Thursday. (Reuters/Jane Roe)",
    ),
    "de": (
        "Hafengespräche stocken wegen Fangquoten",
        [
            "Die Unterhändler der beiden Küstenstaaten haben sich am Montag in der Hafenstadt "
            "Vellmar zum dritten Tag getroffen, ohne sich über die Quoten für die nördlichen "
            "Bänke zu einigen.",
            "Beide Delegationen sagten, die Lücke sei seit dem Frühjahr kleiner geworden, doch die "
            "Frage der Überwachung der umstrittenen Gewässer bleibe offen.",
        ],
        "Die Gespräche werden am Dienstag fortgesetzt. (dpa)",
        "",
    ),
    "es": (
        "Se estancan las negociaciones sobre las cuotas de pesca",
        [
            "Los negociadores de los dos estados costeros se reunieron el lunes por tercer día en "
            "la ciudad portuaria de Vellmar sin acordar las cuotas para los bancos del norte.",
            "Ambas delegaciones dijeron que la distancia se había reducido desde la primavera, "
            "pero la cuestión de quién patrulla las aguas en disputa seguía abierta.",
        ],
        "Las conversaciones se reanudarán el martes. (EFE)",
        "",
    ),
    "it": (
        "Stallo nei negoziati sulle quote di pesca",
        [
            "I negoziatori dei due stati costieri si sono incontrati lunedì per il terzo giorno "
            "nella città portuale di Vellmar senza trovare un accordo sulle quote per i banchi.",
            "Entrambe le delegazioni hanno detto che la distanza si è ridotta dalla primavera, ma "
            "la questione di chi pattuglia le acque contese resta aperta.",
        ],
        "I colloqui riprenderanno martedì. (ANSA)",
        "",
    ),
}
CAPTIONED = [name for name, story in STORIES.items() if story[3]]


def cleaned(*lines: str) -> list[str]:
    return clean_text_dump("\n\n".join(lines)).paragraphs


@pytest.mark.parametrize("name", sorted(STORIES))
def test_a_short_signed_last_paragraph_stays(name: str) -> None:
    title, body, last, _ = STORIES[name]
    got = cleaned(title, *body, last)
    assert got[-1] == last, got
    assert got[-2] == body[1]


@pytest.mark.parametrize("name", sorted(STORIES))
def test_the_signed_last_paragraph_stays_above_trailing_furniture(name: str) -> None:
    title, body, last, _ = STORIES[name]
    got = cleaned(title, *body, last, "Share this article", "Advertisement")
    assert got[-1] == last, got


@pytest.mark.parametrize("name", CAPTIONED)
def test_a_caption_between_paragraphs_goes(name: str) -> None:
    title, body, _, caption = STORIES[name]
    got = cleaned(title, body[0], caption, body[1])
    assert caption not in got
    assert got[-1] == body[1]


@pytest.mark.parametrize("name", CAPTIONED)
def test_a_caption_below_the_headline_goes(name: str) -> None:
    title, body, _, caption = STORIES[name]
    assert caption not in cleaned(title, caption, *body)


@pytest.mark.parametrize("name", CAPTIONED)
@pytest.mark.parametrize("photo", ["Photo: Jane Roe", "3 / 12", "Image 2 of 5"])
def test_a_caption_beside_a_photo_line_goes(name: str, photo: str) -> None:
    title, body, _, caption = STORIES[name]
    assert caption not in cleaned(title, *body, caption, photo)
    assert caption not in cleaned(title, *body, photo, caption)


@pytest.mark.parametrize("name", CAPTIONED)
def test_a_row_of_captions_under_the_story_goes(name: str) -> None:
    title, body, last, caption = STORIES[name]
    got = cleaned(title, *body, caption, last)
    assert caption not in got and last not in got, got
    assert got[-1] == body[1]


@pytest.mark.parametrize(
    "caption",
    [
        "Fishing boats wait in the harbour of Vellmar on Monday (AFP)",
        "Vellmar harbour (AP)",
        "(Getty Images)",
    ],
)
def test_a_last_line_that_is_no_sentence_goes(caption: str) -> None:
    title, body, _, _ = STORIES["en"]
    got = cleaned(title, *body, caption)
    assert caption not in got
    assert got[-1] == body[1]


def test_the_line_verdicts() -> None:
    last, caption = STORIES["en"][2], "Carl Roe (AP)"
    # a caller that does not look at where a line stands reads both as captions
    assert is_furniture(last, word_count(last)) and is_furniture(caption, 3)
    assert not is_furniture(last, word_count(last), captions=False)
    assert agency_caption(last, word_count(last)) and agency_caption(caption, 3)
    assert sign_off_shaped(last) and not sign_off_shaped(caption)
    assert not sign_off_shaped("The talks resume on Tuesday.")  # no credit
    assert not agency_caption("Die Gespräche werden am Dienstag fortgesetzt. (dpa)", 7)
    long = " ".join(["word"] * 29) + ". (AFP)"
    assert not agency_caption(long, 30)  # body length: kept wherever it stands, as before
