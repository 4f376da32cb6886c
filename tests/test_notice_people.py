"""Two notices of one site's template about two different people are two articles even when
every other slot is equal: the same day, chapel, cemetery and hours (a Portuguese site's
obituaries naming "Capela 3" both, stories34), or the people named only above the shared
text (an English or Spanish site's headline and first line name the deceased, the body is
the formula).  A notice's copy correcting a misspelt name, under a byline or a headline of
its own, and a wire story copied under a local headline naming a local person stay copies
(``clipper.templatefills.slot_fills``' people).  Every name, place and text here is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from clipper.config import Config
from clipper.templatefills import two_instances
from tests.test_notice_instances import STORIES
from tests.test_template_instances import _pair
from tests.test_wire_signoffs import _clusters, _record

# (language, a site's template, two people's fills): everything but the person alike
NOTICES = {
    "pt-capela": (
        "pt",
        "{name}\n\n"
        "Faleceu no dia 3 de dezembro de 2026, aos 81 anos, {name}, natural de Vila Franca "
        "de Xira e residente em Lisboa, {role} de {spouse}.\n\n"
        "A família participa o falecimento e agradece desde já a todos quantos se dignarem "
        "acompanhar o funeral ou manifestar o seu pesar.\n\n"
        "O corpo estará em câmara ardente a partir das 17 horas de sexta-feira, 4 de "
        "dezembro, na Capela 3 da Igreja de São Sebastião da Pedreira, onde será rezada "
        "missa de corpo presente no sábado, 5 de dezembro, às 10 horas.\n\n"
        "O funeral realiza-se em seguida para o Cemitério do Alto de São João, onde o corpo "
        "será cremado. Serviço a cargo da Agência Funerária Trindade, telefone 21 555 0199.",
        [
            {"name": "Maria Helena Valadares Brito", "role": "viúva", "spouse": "Armindo Brito"},
            {"name": "Joaquim Albano Teixeira Cunha", "role": "viúvo",
             "spouse": "Rosália Cunha"},
        ],
    ),
    "en-above": (
        "en",
        "{first} {last} (née {born})\n\n"
        "{first} {last} (née {born}), Ballykeel, peacefully, at home, surrounded by family.\n\n"
        "Reposing at Corrigan's Funeral Home, Main Street, Ballykeel, on Thursday evening "
        "from 5 o'clock with prayers at 8. Funeral Mass on Friday at 11 o'clock in the "
        "Church of St Brigid, Ballykeel, with burial afterwards in the adjoining cemetery.\n\n"
        "Family flowers only, please; donations, if desired, to the North West Hospice. The "
        "family would like to thank everyone for their kindness and support at this sad "
        "time. House private on Friday morning, please. Rest in peace.",
        [
            {"first": "Bernadette", "last": "Gallagher", "born": "Mulrooney"},
            {"first": "Philomena", "last": "Devaney", "born": "Heneghan"},
        ],
    ),
    "es-above": (
        "es",
        "{title} {first} {last}\n\n"
        "{title} {first} {last}, {role}, descansa en la paz del Señor.\n\n"
        "Sus familiares ruegan una oración por su eterno descanso. La capilla ardiente "
        "quedará instalada en la sala 2 del tanatorio de Plasencia a partir de las 17 horas "
        "del jueves. La misa funeral se celebrará el viernes, día 11, a las 12 horas, en la "
        "iglesia parroquial de San Nicolás, y a continuación recibirá cristiana sepultura en "
        "el cementerio municipal.\n\n"
        "La familia agradece las numerosas muestras de condolencia y cariño recibidas. No se "
        "admiten coronas. Descanse en paz.",
        [
            {"title": "Doña", "first": "Visitación", "last": "Regalado Cordobés",
             "role": "viuda de Tomás Villegas"},
            {"title": "Don", "first": "Eustaquio", "last": "Manzanedo Rubio",
             "role": "viudo de Ascensión Pardo"},
        ],
    ),
}


def _notice(kind: str, n: int, **change: str) -> str:
    _, template, fills = NOTICES[kind]
    return template.format(**{**fills[n], **change})


@pytest.mark.parametrize("kind", sorted(NOTICES))
def test_two_people_s_notices_alike_but_the_person_are_two_instances(kind: str) -> None:
    config = Config().match
    assert two_instances(*_pair(_notice(kind, 0), _notice(kind, 1)), config)


@pytest.mark.parametrize("kind", sorted(NOTICES))
def test_two_people_s_notices_alike_but_the_person_are_two_clusters(
    kind: str, tmp_path: Path
) -> None:
    """Each notice with a copy on another site: two clusters, each notice with its copy."""
    lang = NOTICES[kind][0]
    records = "".join(
        _record(f"https://{site}.example/{kind}-{n}-{site}", _notice(kind, n), lang)
        for n in (0, 1)
        for site in ("notices", "mirror")
    )
    clusters = _clusters(str(tmp_path / "a.db"), records, tmp_path)
    assert clusters[f"{kind}-0-notices"] != clusters[f"{kind}-1-notices"], clusters
    assert clusters[f"{kind}-0-mirror"] == clusters[f"{kind}-0-notices"], clusters
    assert clusters[f"{kind}-1-mirror"] == clusters[f"{kind}-1-notices"], clusters


def _notice_copies(kind: str) -> tuple[str, dict[str, str]]:
    """A notice and its copies: ``corrected`` (a misspelt first name fixed wherever it
    stands, its first letter too: "Katherine" written "Catherine"), ``surname`` (a surname's
    two letters transposed all through), ``bylined`` (a site's byline line on top),
    ``reheadlined`` (a headline line of its own naming the person and the town)."""
    lang, template, fills = NOTICES[kind]
    fill = fills[0]
    notice = template.format(**fill)
    body = notice.split("\n\n", 1)[1]
    if "first" in fill:
        first, last = fill["first"], fill["last"]
    else:
        first, last = fill["name"].split()[0], fill["name"].split()[-1]
    wrong_first = ("K" if first[0] != "K" else "C") + first[1:]
    wrong_last = last[:-3] + last[-2] + last[-3] + last[-1]
    byline = {"pt": "Publicado pela redação", "en": "Posted by the notices desk",
              "es": "Publicado por la redacción"}[lang]  # fmt: skip
    headline = {"pt": f"Morreu {first} {last}, de Lisboa",
                "en": f"Death of {first} {last}, Ballykeel",
                "es": f"Fallece {first} {last} en Plasencia"}[lang]  # fmt: skip
    return notice, {
        "corrected": notice.replace(first, wrong_first),
        "surname": notice.replace(last, wrong_last),
        "bylined": f"{byline}\n\n{notice}",
        "reheadlined": f"{headline}\n\n{body}",
    }


@pytest.mark.parametrize("kind", sorted(NOTICES))
def test_a_notice_s_corrected_bylined_or_reheadlined_copy_is_no_instance(kind: str) -> None:
    notice, copies = _notice_copies(kind)
    config = Config().match
    for name, copy in copies.items():
        assert not two_instances(*_pair(copy, notice), config), name


@pytest.mark.parametrize("kind", sorted(NOTICES))
def test_a_notice_s_copies_stay_its_cluster(kind: str, tmp_path: Path) -> None:
    lang = NOTICES[kind][0]
    notice, copies = _notice_copies(kind)
    records = _record("https://notices.example/notice", notice, lang) + "".join(
        _record(f"https://site-{name}.example/{name}", copy, lang)
        for name, copy in copies.items()
    )
    clusters = _clusters(str(tmp_path / "a.db"), records, tmp_path)
    assert len(set(clusters.values())) == 1, clusters


# a wire story's copy under a local headline and a local first line naming a local person
# twice (the wire's own headline names people its body names too)
LOCAL = {
    "fr": "Une infirmière de Daloa, Awa Diabaté, parmi les blessés de Tiébissou\n\n"
    "Awa Diabaté, infirmière du centre de santé de Daloa, fait partie des trois blessés.",
    "en": "Ballykeel nurse Aoife Brennan among three hurt in Tiebissou collapse\n\n"
    "Aoife Brennan, a nurse from Ballykeel who joined the mine's clinic last year, is among "
    "the three injured.",
}


@pytest.mark.parametrize("lang", sorted(LOCAL))
def test_a_wire_story_under_a_local_headline_naming_a_local_person_is_no_instance(
    lang: str,
) -> None:
    template, fill, _ = STORIES[lang]
    story = template.format(**fill)
    body = story.split("\n\n", 1)[1]
    copy = f"{LOCAL[lang]}\n\n{body}"
    assert not two_instances(*_pair(story, copy), Config().match)


@pytest.mark.parametrize("headline", [False, True])
@pytest.mark.parametrize(
    "datelines", [("LOS ANGELES (AP)", "SAN PEDRO (Reuters)"), ("LOS ANGELES", "SAN PEDRO")]
)
@pytest.mark.parametrize("lang", sorted(LOCAL))
def test_a_wire_copy_under_another_dateline_is_no_instance(
    lang: str, datelines: tuple[str, str], headline: bool
) -> None:
    """The story and a copy under another two-word dateline city (and agency), stored with
    or without its headline line (the title apart): they differ first in two or three
    names each, a dateline's, no person's."""
    template, fill, _ = STORIES[lang]
    story = template.format(**fill)
    if not headline:
        story = story.split("\n\n", 1)[1]
    opening = story.split(" - ", 1)[0].rsplit("\n", 1)[-1]
    first, second = (
        story.replace(f"{opening} - ", f"{city} - " if "(" in city else f"{city} — ")
        for city in datelines
    )
    assert not two_instances(*_pair(first, second), Config().match)


def test_a_copy_under_a_new_first_line_of_its_own_is_no_instance() -> None:
    """Stored one paragraph a line, a story under a headline line in title case and its
    copy under a first line of its own (a sentence whose capitalised words stand apart):
    many names against two, none of them a person's first and last name side by side."""
    template, fill, _ = STORIES["en"]
    body = template.format(**fill).split("\n\n", 1)[1].replace("\n\n", "\n")
    story = f"Regulator Pens Open Letter To Kereba Board Over Shaft Safety\n{body}"
    copy = f"Readers asked why Tiebissou shafts stay open, Monday said a Kilbride man.\n{body}"
    assert not two_instances(*_pair(story, copy), Config().match)
