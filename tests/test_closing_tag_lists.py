"""A page's tag list ending its text (extract46): its label alone on a line, as the first item of
the list or over it ("- Filed under:" over "- gwyneth paltrow", "- Etiketler :" over "- Spor",
found on newspaper4k's and Fundus's pages), then only tags.  It is the page's, not the article's,
in every language of the tables' ``tag_labels``; a label with its tags on one line, a label over
a sentence and a recipe's list under its heading stay.  All pages here are invented."""

from __future__ import annotations

import pytest

from clipper.clean import clean_page
from clipper.config import CleanConfig
from clipper.furniture.compiled import matchers
from clipper.page import Article, RawPage
from clipper.textedges import drop_closing_tags

BODY = {
    "en": [
        "The harbour ferry sailed again on Monday after a winter of engine repairs, the operator "
        "said, and the first crossing was full by seven in the morning.",
        "Its crew of twelve had waited since November for the new engine, which came by rail "
        "from the yard upriver and took three weeks to fit.",
        "Commuters said the queues at the landing stage were shorter than before the repairs, "
        "and the late boat keeps its timetable until the spring.",
    ],
    "de": [
        "Die Hafenfähre fährt seit Montag wieder, nachdem ihr Motor den ganzen Winter über "
        "repariert worden war, teilte der Betreiber mit.",
        "Die zwölf Mann starke Besatzung hatte seit November auf den neuen Motor gewartet, der "
        "mit der Bahn aus der Werft flussaufwärts kam.",
        "Pendler sagten, die Schlangen am Anleger seien kürzer als vor der Reparatur, und das "
        "späte Boot fahre bis zum Frühjahr nach dem alten Fahrplan.",
    ],
    "tr": [
        "Liman feribotu, motoru kış boyunca onarıldıktan sonra pazartesi günü yeniden "
        "seferlerine başladı, işletme yaptığı açıklamada bunu bildirdi.",
        "On iki kişilik mürettebat, nehrin yukarısındaki tersaneden trenle gelen yeni motoru "
        "kasım ayından beri bekliyordu.",
        "Yolcular iskeledeki kuyrukların onarımdan öncekinden daha kısa olduğunu ve akşam "
        "seferinin bahara kadar aynı saatte yapılacağını söyledi.",
    ],
    "fr": [
        "Le bac du port a repris ses traversées lundi après un hiver de réparations de son "
        "moteur, a indiqué l'exploitant dans un communiqué.",
        "Son équipage de douze personnes attendait depuis novembre le nouveau moteur, arrivé "
        "par le train depuis le chantier en amont du fleuve.",
        "Les usagers ont dit que les files d'attente au débarcadère étaient plus courtes "
        "qu'avant les travaux, et le dernier bac garde son horaire jusqu'au printemps.",
    ],
}
# Each language's label, as its sites print it, and tags of its own.
TAGS = {
    "en": ("Filed under:", ["ferries", "westquay harbour", "commuting"]),
    "de": ("Schlagwörter:", ["Fähren", "Hafen Westquay", "Pendler"]),
    "tr": ("Etiketler :", ["Haberler", "Feribot", "Liman"]),
    "fr": ("Mots-clés :", ["bacs", "port de Westquay", "transports"]),
}


def _page(lang: str, tail: str) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in BODY[lang])
    return (
        f'<html lang="{lang}"><head><meta charset="utf-8"><title>Westquay ferry</title></head>'
        f"<body><article><h1>Westquay ferry</h1>{body}{tail}</article></body></html>"
    ).encode()


def _text(html: bytes) -> list[str]:
    raw = RawPage(
        origin="test",
        kind="html",
        body=html,
        url="https://westquay.example/news/ferry",
        fetched_at="2026-12-04T08:00:00+00:00",
    )
    result = clean_page(raw, CleanConfig())
    assert isinstance(result, Article), result
    return result.text.splitlines()


@pytest.mark.parametrize("lang", sorted(TAGS))
def test_a_tag_list_ending_the_text_goes(lang: str) -> None:
    label, tags = TAGS[lang]
    # the label as the list's first item (the pages found), and as a line over the list
    first_item = "<ul class='tags'>" + "".join(f"<li>{x}</li>" for x in [label, *tags]) + "</ul>"
    over = f"<p>{label}</p><ul>" + "".join(f"<li>{x}</li>" for x in tags) + "</ul>"
    for tail in (first_item, over):
        assert _text(_page(lang, tail)) == BODY[lang]
    lines = [*BODY[lang], f"- {label}", *(f"- {x}" for x in tags)]
    assert drop_closing_tags(lines) == BODY[lang]


def test_what_is_no_closing_tag_list_stays() -> None:
    body = BODY["en"]
    kept = [
        [*body, "Tags: ferries, harbour"],  # its tags on its line (reference texts keep such)
        [*body, "Tags:", "The ferry is the only way to the islands in winter."],  # a sentence
        [*body, "Ingredients:", "- 2 eggs", "- 200 g flour"],  # a list under its heading
        [body[0], "Tags:", "- ferries", *body[1:]],  # between paragraphs
        ["Tags:", "- ferries"],  # nothing above it
        [*body, "Tags:"],  # no tags after it
    ]
    for lines in kept:
        assert drop_closing_tags(lines) == lines
    # a sentence using the word, and a label with its tags, are no label
    assert not matchers().is_tag_label("The tags were filed under the wrong name.")
    assert not matchers().is_tag_label("Tags: ferries, harbour")
    html = _page("en", "<p>Tags: ferries, harbour</p>")
    assert _text(html)[-1] == "Tags: ferries, harbour"
