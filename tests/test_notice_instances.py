"""Two notices of one site's template about different people, and two job offers of one
template for different posts, are two articles; a notice's corrected, bylined, updated,
re-headlined or re-datelined copy is its copy (a francophone Africa desk's finding 3, newcomer
32: ``clipper.templatefills``, names as a template's fills).

A site's death notices repeat the family's announcement formula, the funeral's programme and
the condolences; its job offers repeat the employer's portrait, the application file and the
deadline.  Where two of them align but differ, each fills the slots with other people's names,
places, ages and dates; two quarters' releases fill theirs with figures and month names alone.
Every name, place, employer and text here is invented.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from clipper.config import Config
from clipper.fillwords import fill_words, name_words
from clipper.templatefills import template_fills, two_instances
from clipper.words import words
from tests.test_template_instances import _pair
from tests.test_wire_signoffs import _clusters, _record

# (language, a site's template, two instances' fills): death notices of one week (the funeral
# days alike: one weekend's), job offers of one call (one deadline for every post)
NOTICES = {
    "fr-deces": (
        "fr",
        "Avis de décès\n\n"
        "La famille {family}, à {town}, a la profonde douleur d'annoncer le décès de son "
        "père, grand-père et oncle, {title} {first} {last}, {role}, survenu le {d} décembre "
        "2026 au {hospital}, à l'âge de {age} ans.\n\n"
        "Les enfants, les petits-enfants, les frères et sœurs, ainsi que toute la famille "
        "{family} remercient les parents, amis et connaissances pour leurs marques de "
        "sympathie et de soutien.\n\n"
        "Programme des obsèques : la levée du corps aura lieu le samedi 12 décembre 2026 à 8 "
        "heures à la morgue du {hospital}, suivie d'une messe de requiem en la paroisse "
        "{parish} de {town}. L'inhumation aura lieu le même jour au cimetière de {cemetery}.\n\n"
        "Une veillée de prières se tiendra le vendredi 11 décembre 2026 à partir de 20 heures "
        "au domicile familial. Les familles alliées, les amis et les connaissances sont "
        "priés d'y prendre part. Le présent avis tient lieu de faire-part.\n\n"
        "Condoléances. Que son âme repose en paix.",
        [
            {"family": "Kouadio", "town": "Dimbokro", "title": "M.", "first": "Aimé-Roger",
             "last": "Kouadio N'Guessan", "role": "instituteur à la retraite", "d": 3,
             "hospital": "CHU de Treichville", "age": 79, "parish": "Saint-Joseph",
             "cemetery": "Williamsville"},
            {"family": "Tanoh", "town": "Agboville", "title": "Mme", "first": "Hortense",
             "last": "Tanoh Akissi", "role": "sage-femme", "d": 4,
             "hospital": "CHU de Cocody", "age": 67, "parish": "Sainte-Thérèse",
             "cemetery": "Bingerville"},
        ],
    ),
    "fr-emploi": (
        "fr",
        "Avis de recrutement\n\n"
        "Dans le cadre de la mise en œuvre de son programme d'appui aux coopératives agricoles, "
        "l'ONG Terres Solidaires recrute un(e) {post} pour son bureau de {town}.\n\n"
        "Intitulé du poste : {post}\nLieu d'affectation : {town}, {region}\nType de contrat : "
        "contrat à durée déterminée de 12 mois renouvelable\nRéférence : TS/RH/2026/{ref}\n\n"
        "Profil recherché : être titulaire d'un diplôme de niveau {grade} en {field} ; avoir "
        "une expérience d'au moins {years} ans dans un poste similaire ; maîtriser l'outil "
        "informatique ; la connaissance de la langue {spoken} est un atout.\n\n"
        "Dossier de candidature : une lettre de motivation adressée à la Coordinatrice "
        "nationale, un curriculum vitae détaillé, les copies des diplômes et attestations de "
        "travail, ainsi que les noms et contacts de trois personnes de référence.\n\n"
        "Date limite de dépôt : les dossiers doivent parvenir au siège de Terres Solidaires, "
        "Cocody Riviera 3, au plus tard le vendredi 18 décembre 2026 à 17 heures, ou par "
        "courriel à recrutement@terres-solidaires.example, en précisant la référence du poste "
        "en objet. Les candidatures féminines sont vivement encouragées. Seuls les candidats "
        "présélectionnés seront contactés.",
        [
            {"post": "Comptable principal", "town": "Bouaké", "region": "Gbêkê", "ref": "041",
             "grade": "Bac+3", "field": "comptabilité", "years": 5, "spoken": "Baoulé"},
            {"post": "Chargé de suivi-évaluation", "town": "Korhogo", "region": "Poro",
             "ref": "042", "grade": "Bac+3", "field": "statistique", "years": 5,
             "spoken": "Sénoufo"},
        ],
    ),
    "en-death": (
        "en",
        "Death notice\n\n"
        "{first} {last}, of {town}, passed away peacefully at {hospital} on December {d}, "
        "2026, surrounded by family, at the age of {age}. Beloved {role} of {spouse}, and "
        "devoted parent of {child1} and {child2}.\n\n"
        "Reposing at Harwell & Sons Funeral Home, Market Street, on Friday, December 11, from "
        "4 p.m. to 7 p.m. Funeral service on Saturday at 10 a.m. at {church}, followed by "
        "burial in {cemetery}.\n\n"
        "In lieu of flowers, donations may be made to the hospice that cared for "
        "{pronoun}. The family thanks the nurses and doctors for their kindness.\n\n"
        "The family will receive friends at the funeral home on Friday evening. House private "
        "on Saturday morning, please. Those who wish to send a message of sympathy may do so "
        "through the funeral home, and a book of condolences will be open at the church door "
        "after the service.\n\n"
        "Condolences may be left on the funeral home's website. May {pronoun} rest in peace.",
        [
            {"first": "Margaret", "last": "Oyelaran", "town": "Kilbride", "hospital":
             "St Columba's Hospital", "d": 6, "age": 84, "role": "wife", "spouse": "Thomas",
             "child1": "Niamh", "child2": "Declan", "church": "St Brigid's Church",
             "cemetery": "Glenmore Cemetery", "pronoun": "her"},
            {"first": "Patrick", "last": "Ashworth", "town": "Dunmore", "hospital":
             "Ballinford General", "d": 7, "age": 71, "role": "husband", "spouse": "Eileen",
             "child1": "Conor", "child2": "Siobhan", "church": "St Anne's Church",
             "cemetery": "Rathkeel Cemetery", "pronoun": "him"},
        ],
    ),
    "en-job": (
        "en",
        "Vacancy announcement\n\n"
        "Riverside Health Trust is recruiting a {post} for its {unit} in {town}. The post "
        "holder will report to the {boss} and work with the district's partners.\n\n"
        "Position: {post}\nDuty station: {town}, {region}\nContract: fixed-term, 12 months, "
        "renewable\nReference: RHT/HR/2026/{ref}\n\n"
        "Requirements: a degree in {field}; at least {years} years of experience in a similar "
        "role; good command of English and {spoken}; experience with donor-funded projects is "
        "an advantage.\n\n"
        "How to apply: send a cover letter, a detailed CV, copies of certificates and the "
        "names and contacts of three referees to the Human Resources Manager, Riverside Health "
        "Trust, Plot 14 Kampala Road, or by e-mail to jobs@riverside-health.example, quoting "
        "the reference of the post in the subject line. The deadline for applications is "
        "Friday, December 18, 2026 at 5 p.m. Only shortlisted candidates will be contacted. "
        "Women are strongly encouraged to apply.",
        [
            {"post": "Finance Officer", "unit": "Mbarara Office", "town": "Mbarara",
             "region": "Western Region", "boss": "Country Director", "ref": "117",
             "field": "accounting", "years": 4, "spoken": "Runyankole"},
            {"post": "Data Manager", "unit": "Gulu Office", "town": "Gulu",
             "region": "Northern Region", "boss": "Programme Manager", "ref": "118",
             "field": "statistics", "years": 3, "spoken": "Acholi"},
        ],
    ),
    "es-esquela": (
        "es",
        "Esquela\n\n"
        "{title} {first} {last} falleció en {town} el día {d} de diciembre de 2026, a los "
        "{age} años de edad, habiendo recibido los Santos Sacramentos.\n\n"
        "Su {role}, {spouse}; sus hijos, {child1} y {child2}; nietos, hermanos, sobrinos y "
        "demás familia ruegan una oración por su alma.\n\n"
        "La capilla ardiente está instalada en el Tanatorio {home} de {town}. El funeral se "
        "celebrará el sábado, 12 de diciembre, a las 11 horas, en la iglesia parroquial de "
        "{church}, y a continuación recibirá sepultura en el cementerio de {cemetery}.\n\n"
        "La familia agradece de corazón las muestras de cariño recibidas durante su "
        "enfermedad y ruega a sus amistades que tengan presente su alma en sus oraciones. El "
        "rosario se rezará el viernes, 11 de diciembre, a las 20 horas, en la capilla del "
        "tanatorio. El presente aviso sirve de invitación.\n\n"
        "No se reciben flores. Descanse en paz.",
        [
            {"title": "Don", "first": "Anselmo", "last": "Berrocal Quintana", "town": "Zafra",
             "d": 5, "age": 88, "role": "esposa", "spouse": "Remedios Galán", "child1":
             "Manuel", "child2": "Inés", "home": "Virgen del Valle", "church": "San Bartolomé",
             "cemetery": "Santa Marina"},
            {"title": "Doña", "first": "Felisa", "last": "Arjona Ceballos", "town": "Llerena",
             "d": 6, "age": 76, "role": "esposo", "spouse": "Julián Prieto", "child1":
             "Rocío", "child2": "Andrés", "home": "La Paz", "church": "Santa María",
             "cemetery": "San Lázaro"},
        ],
    ),
}


def _notice(kind: str, n: int) -> str:
    _, template, fills = NOTICES[kind]
    return template.format(**fills[n])


@pytest.mark.parametrize("kind", sorted(NOTICES))
def test_two_people_s_notices_or_two_posts_offers_are_two_clusters(
    kind: str, tmp_path: Path
) -> None:
    """Two notices (or offers) of one site's template, each with a copy on another site:
    two clusters, each notice with its own copy."""
    lang = NOTICES[kind][0]
    records = "".join(
        _record(f"https://{site}.example/{kind}-{n}-{site}", _notice(kind, n), lang)
        for n in (0, 1)
        for site in ("notices", "mirror")
    )
    clusters = _clusters(str(tmp_path / "a.db"), records, tmp_path)
    assert clusters[f"{kind}-0-notices"] != clusters[f"{kind}-1-notices"], clusters
    assert clusters[f"{kind}-0-mirror"] == clusters[f"{kind}-0-notices"], clusters
    assert len(set(clusters.values())) == 2, clusters


# a wire story full of names (French and English), and what its copies change: a headline of
# their own on the first line (as many words as the wire's, other names), another dateline
# city, a byline, a misspelt name fixed, names spelt in a house style, another photo credit
# language → (the story's template, its fills, how its copies change it)
STORIES: dict[str, tuple[str, dict[str, str], dict[str, Any]]] = {
    "fr": (
        "Mines : le gouvernement suspend le permis de Kéréba Gold à Tiébissou\n\n"
        "{dateline} (AIP) - Le ministre des Mines, Ibrahim Koné, a annoncé jeudi la suspension "
        "du permis d'exploitation de la société Kéréba Gold dans la région du Bélier, après "
        "l'effondrement d'un puits qui a fait trois blessés près de Tiébissou.\n\n"
        "{credit}\n\n"
        "« Aucune activité ne reprendra tant que les conclusions de l'enquête ne seront pas "
        "connues », a déclaré M. Koné devant la presse, aux côtés du préfet de région, "
        "Jean-Baptiste {prefect}.\n\n"
        "Selon la direction de Kéréba Gold, les trois ouvriers blessés ont été évacués vers "
        "le CHR de Yamoussoukro, où leur état est jugé stable. L'entreprise dit coopérer "
        "pleinement avec les inspecteurs du ministère.\n\n"
        "Les habitants de Lomo-Nord, village voisin du site, réclament depuis des mois une "
        "étude d'impact sur les nappes d'eau, a rappelé leur porte-parole, Marcelline Yao, "
        "qui demande que la mine ne rouvre pas sans elle.\n\n"
        "Le permis, accordé en 2019 pour dix ans, couvre une superficie de 120 kilomètres "
        "carrés. La société emploie environ 400 personnes sur le site, selon le ministère.",
        {"dateline": "ABIDJAN", "prefect": "Gnamien",
         "credit": "Le puits effondré près de Tiébissou. Photo Issouf Sanogo / AIP"},
        {
            "credit": "Le puits effondré près de Tiébissou. Photo Legnan Koula / Reuters",
            "headline": "Côte d'Ivoire : Ibrahim Koné ferme un site aurifère du Bélier",
            "dateline": "YAMOUSSOUKRO",
            "byline": "Par Serge-Alain Kouamé, correspondant régional",
            "fixed": {"prefect": "Gnamien-Assi"},
            "update": "Mise à jour vendredi : le préfet Jean-Baptiste Gnamien a reçu les "
            "chefs de Lomo-Nord et d'Akakro, qui demandent l'arrêt définitif de la mine.",
            "respelt": [("Koné", "Kone"), ("Tiébissou", "Tiebissou"), ("Kéréba", "Kereba"),
                        ("Marcelline", "Marceline")],
        },
    ),
    "en": (
        "Regulator suspends Kereba Gold licence after shaft collapse near Tiebissou\n\n"
        "{dateline} (Wire) - Mines minister Ibrahim Kone on Thursday suspended the operating "
        "licence of Kereba Gold in the Belier region, after a shaft collapse injured three "
        "workers near the town of Tiebissou.\n\n"
        "{credit}\n\n"
        "\"No work will resume until the inquiry has reported,\" Kone told reporters, standing "
        "beside the regional prefect, Jean-Baptiste {prefect}.\n\n"
        "Kereba Gold said the three injured miners had been taken to the regional hospital in "
        "Yamoussoukro, where they were in a stable condition, and that it was cooperating "
        "fully with the ministry's inspectors.\n\n"
        "Residents of Lomo-Nord, a village next to the site, have for months demanded a study "
        "of the mine's effect on their wells, their spokeswoman Marcelline Yao said, asking "
        "that the mine not reopen without one.\n\n"
        "The licence, granted in 2019 for ten years, covers 120 square kilometres. The company "
        "employs about 400 people at the site, according to the ministry.",
        {"dateline": "ABIDJAN", "prefect": "Gnamien",
         "credit": "The collapsed shaft near Tiebissou. Photo: Issouf Sanogo / Wire"},
        {
            "credit": "The collapsed shaft near Tiebissou. Photo: Legnan Koula / Reuters",
            "headline": "Ivory Coast minister Ibrahim Kone shuts a mine in Belier",
            "dateline": "YAMOUSSOUKRO",
            "byline": "By Grace Atieno, West Africa correspondent",
            "fixed": {"prefect": "Gnamian"},
            "update": "Update, Friday: Prefect Jean-Baptiste Gnamien met the chiefs of "
            "Lomo-Nord and Akakro, who want the mine closed for good.",
            "respelt": [("Kone", "Koneh"), ("Tiebissou", "Tiebisou"), ("Kereba", "Kerreba"),
                        ("Marcelline", "Marceline")],
        },
    ),
}


def _copies(lang: str) -> tuple[str, dict[str, str]]:
    """A story and its copies, by kind: ``reheadlined`` (a headline of its own), ``dateline``
    (another dateline city), ``redated`` (both: one place where they differ, filled with names
    all through), ``bylined`` (a byline line under the headline), ``corrected`` (the
    prefect's misspelt name fixed), ``updated`` (a paragraph added), ``all`` (a headline, a
    byline and a dateline of its own at once), ``respelt`` (a house style's spellings of four
    names, accents dropped or letters doubled, all through), ``credited`` (another agency's
    photo under the second paragraph, its photographer named)."""
    template, fill, change = STORIES[lang]
    story = template.format(**fill)
    respelt = story
    for old, new in change["respelt"]:
        respelt = respelt.replace(old, new)
    head, body = story.split("\n\n", 1)
    redated = template.format(**{**fill, "dateline": change["dateline"]}).split("\n\n", 1)[1]
    return story, {
        "reheadlined": f"{change['headline']}\n\n{body}",
        "dateline": f"{head}\n\n{redated}",
        "redated": f"{change['headline']}\n\n{redated}",
        "bylined": f"{head}\n\n{change['byline']}\n\n{body}",
        "corrected": template.format(**{**fill, **change["fixed"]}),
        "updated": f"{story}\n\n{change['update']}",
        "all": f"{change['headline']}\n\n{change['byline']}\n\n{redated}",
        "respelt": respelt,
        "credited": template.format(**{**fill, "credit": change["credit"]}),
    }


@pytest.mark.parametrize("lang", sorted(STORIES))
def test_a_story_s_copies_are_no_instances(lang: str) -> None:
    """Re-headlined, re-datelined (or both), bylined, corrected, updated, respelt, credited
    (:func:`_copies`): none two instances of a template with its story."""
    story, copies = _copies(lang)
    config = Config().match
    for kind, copy in copies.items():
        assert not two_instances(*_pair(story, copy), config), kind


@pytest.mark.parametrize("lang", sorted(STORIES))
def test_a_story_s_copies_stay_its_cluster(lang: str, tmp_path: Path) -> None:
    story, copies = _copies(lang)
    records = _record("https://wire.example/story", story, lang) + "".join(
        _record(f"https://site-{kind}.example/{kind}", copy, lang) for kind, copy in copies.items()
    )
    clusters = _clusters(str(tmp_path / "a.db"), records, tmp_path)
    assert len(set(clusters.values())) == 1, clusters


@pytest.mark.parametrize("kind", sorted(NOTICES))
def test_a_notice_s_corrected_bylined_or_updated_copy_stays_its_cluster(
    kind: str, tmp_path: Path
) -> None:
    """A notice with its first name's misspelling fixed, a copy under a site's byline line
    and a copy with a paragraph added (the funeral's new hour, a church's name) are the
    notice's copies."""
    lang, template, fills = NOTICES[kind]
    fill = fills[1]
    first = next(k for k in ("first", "post") if k in fill)
    misspelt = str(fill[first])[:-2] + str(fill[first])[-1] + str(fill[first])[-2]
    byline = {"fr": "Publié par la rédaction", "en": "Posted by the notices desk",
              "es": "Publicado por la redacción"}[lang]  # fmt: skip
    added = {
        "fr": "Rectificatif : la levée du corps aura lieu à 9 heures et non à 8 heures, à la "
        "demande de la famille Yapo-Kacou.",
        "en": "Correction: the service will now be held at 11 a.m. at St Aidan's Church, "
        "Harwell Road, at the request of the family.",
        "es": "Nota: el funeral se celebrará finalmente a las 12 horas en la iglesia de San "
        "Roque, a petición de la familia.",
    }[lang]
    notice = template.format(**fill)
    records = (
        _record("https://notices.example/notice", template.format(**{**fill, first: misspelt}),
                lang)
        + _record("https://mirror.example/corrected", notice, lang)
        + _record("https://daily.example/bylined", f"{byline}\n\n{notice}", lang)
        + _record("https://radio.example/updated", f"{notice}\n\n{added}", lang)
    )  # fmt: skip
    clusters = _clusters(str(tmp_path / "a.db"), records, tmp_path)
    assert len(set(clusters.values())) == 1, clusters


def test_two_notices_fill_name_slots_and_two_releases_figure_slots_alone() -> None:
    """Two people's notices fill their slots with names in most places they differ, and
    too few with figures alone; the figures-only count is the rule of two quarters'
    releases as before."""
    config = Config().match
    shorter, longer, hit = _pair(_notice("fr-deces", 0), _notice("fr-deces", 1))
    fills, filled, substitutions = template_fills(shorter, longer, hit, config, names=False)
    assert fills < config.template_fills
    fills, filled, substitutions = template_fills(shorter, longer, hit, config)
    assert fills >= config.template_fills and filled >= config.template_name_inner
    assert filled >= config.template_fill_share * substitutions
    assert two_instances(shorter, longer, hit, config)


def test_name_words_are_the_words_written_capitalised_only() -> None:
    text = (
        "La famille Tanoh, à Agboville, annonce le décès de Mme HORTENSE Tanoh. La levée du "
        "corps aura lieu à la morgue. Ville de Bouake\u0301 ; عمر ; Élodie."
    )
    # as the fingerprints' words write them (accents left out since migration 0076)
    assert name_words(text) == set(words("Tanoh Agboville Mme HORTENSE Ville Bouaké Élodie"))
    assert name_words("عمر بن الخطاب 2026") == frozenset()


def test_a_name_s_spellings_are_one_fill() -> None:
    """A name respelt (accents dropped, a letter doubled or dropped, an "h" added, two letters
    transposed) keeps its key; two people's names do not."""
    def key(name: str) -> int:
        return int(fill_words(words(name), set(words(name)))[1])

    assert key("Koné") == key("Kone") == key("Koneh")
    assert key("Tolland") == key("Tolalnd") and key("Zelensky") == key("Zelenskyy")
    assert key("Brendan") != key("Jasper") and key("Kouadio") != key("Tanoh")


def test_names_are_fills_of_their_own_kind() -> None:
    """A name's key is never a figure's or a calendar name's: the figures-only count leaves
    names out, and a name "Juni" (a month's name too) is a calendar name; "Mai", a month's name
    that is a word of other languages too (Italian 'never'), is one beside a figure only
    (``clipper.calendarwords.CALENDAR_FILLS``), a name elsewhere."""
    found = fill_words(words("Juni Kano 2026 juni"), {"kano", "juni"})
    picked = [words("Juni Kano 2026 juni")[i] for i in found[0::2].tolist()]
    assert picked == ["juni", "kano", "2026", "juni"]
    kinds = (found[1::2] >> 30).tolist()
    assert kinds == [1, 2, 0, 1] and found[1] == found[7]
    found = fill_words(words("Mai Kano 2026 mai"), {"kano", "mai"})
    assert (found[1::2] >> 30).tolist() == [2, 2, 0, 1]
