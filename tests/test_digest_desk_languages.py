"""The digest in the languages of the desks that asked for theirs (session 48): an Athens desk
(Greek), the Balkan desks (Serbian in Cyrillic and in Latin letters, Croatian, Bulgarian,
Romanian, Hungarian, Slovenian, Macedonian, Albanian), Jakarta and Kuala Lumpur (Indonesian,
Malay), Vietnamese, Thai, Turkish, Arabic, Hebrew and Persian (read right to left), Hindi,
Finnish, Norwegian Bokmål, Slovak, Lithuanian, Latvian and Estonian.

Each language counts with its own plural forms (CLDR's, as Babel gives them), says NEW and
UPDATED agreeing with its word for a story, is asked for by any tag naming it (a region, a
script, an old code), and, read right to left, lays the HTML digest out right to left."""

from __future__ import annotations

import email
import email.policy
import html
import re
from dataclasses import replace
from importlib import resources
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from click.testing import CliRunner

from clipper.cli import cli
from clipper.digest.render import render, subject
from clipper.translations import LANGUAGES, UnknownLanguage, direction, known, tag, translations
from tests.test_digest_reader_languages import _council_archive, full_result

# A count of articles as each language writes it, for counts whose forms differ there (CLDR):
# one form (Indonesian, Malay, Vietnamese, Thai; Turkish, Hungarian, Persian and Hindi write
# the noun alone after a number), Slavic and Baltic languages' three (21 like 1, 22 like 2),
# Slovenian's four (1, 2, 3-4 and the rest, by the last two digits: 101 like 1, 102 like 2),
# Romanian's "de" from 20 on, Arabic's six (0, 1, 2, 3-10, 11-99, 100 and on).
ARTICLES = {
    "el": {1: "1 άρθρο", 2: "2 άρθρα", 5: "5 άρθρα", 21: "21 άρθρα", 22: "22 άρθρα"},
    "sr": {1: "1 чланак", 2: "2 чланка", 5: "5 чланака", 11: "11 чланака", 21: "21 чланак",
           22: "22 чланка"},
    "sr-Latn": {1: "1 članak", 2: "2 članka", 5: "5 članaka", 11: "11 članaka",
                21: "21 članak", 22: "22 članka"},
    "hr": {1: "1 članak", 2: "2 članka", 5: "5 članaka", 12: "12 članaka", 21: "21 članak",
           22: "22 članka"},
    "bg": {1: "1 статия", 2: "2 статии", 5: "5 статии", 21: "21 статии", 22: "22 статии"},
    "ro": {1: "1 articol", 2: "2 articole", 5: "5 articole", 19: "19 articole",
           21: "21 de articole", 22: "22 de articole", 101: "101 articole",
           120: "120 de articole"},
    "hu": {1: "1 cikk", 2: "2 cikk", 5: "5 cikk", 21: "21 cikk", 22: "22 cikk"},
    "sl": {1: "1 članek", 2: "2 članka", 3: "3 članki", 5: "5 člankov", 21: "21 člankov",
           22: "22 člankov", 101: "101 članek", 102: "102 članka", 104: "104 članki"},
    "mk": {1: "1 статија", 2: "2 статии", 5: "5 статии", 11: "11 статии", 21: "21 статија",
           22: "22 статии"},
    "sq": {1: "1 artikull", 2: "2 artikuj", 5: "5 artikuj", 21: "21 artikuj", 22: "22 artikuj"},
    "id": {1: "1 artikel", 2: "2 artikel", 5: "5 artikel", 21: "21 artikel", 22: "22 artikel"},
    "ms": {1: "1 artikel", 2: "2 artikel", 5: "5 artikel", 21: "21 artikel", 22: "22 artikel"},
    "vi": {1: "1 bài", 2: "2 bài", 5: "5 bài", 21: "21 bài", 22: "22 bài"},
    "th": {1: "ข่าว 1 ชิ้น", 2: "ข่าว 2 ชิ้น", 5: "ข่าว 5 ชิ้น", 21: "ข่าว 21 ชิ้น",
           22: "ข่าว 22 ชิ้น"},
    "tr": {1: "1 haber", 2: "2 haber", 5: "5 haber", 21: "21 haber", 22: "22 haber"},
    "ar": {0: "0 مقال", 1: "1 مقال", 2: "2 مقالان", 5: "5 مقالات", 10: "10 مقالات",
           11: "11 مقالًا", 21: "21 مقالًا", 22: "22 مقالًا", 100: "100 مقال",
           103: "103 مقالات"},
    "he": {1: "1 כתבה", 2: "2 כתבות", 5: "5 כתבות", 21: "21 כתבות", 22: "22 כתבות"},
    "fa": {1: "1 مطلب", 2: "2 مطلب", 5: "5 مطلب", 21: "21 مطلب", 22: "22 مطلب"},
    "hi": {1: "1 लेख", 2: "2 लेख", 5: "5 लेख", 21: "21 लेख", 22: "22 लेख"},
    "fi": {1: "1 artikkeli", 2: "2 artikkelia", 5: "5 artikkelia", 21: "21 artikkelia",
           22: "22 artikkelia"},
    "nb": {1: "1 artikkel", 2: "2 artikler", 5: "5 artikler", 21: "21 artikler",
           22: "22 artikler"},
    # Slovak: 2-4 alone take the second form (22 is "22 článkov", not Polish's "22 artykuły")
    "sk": {1: "1 článok", 2: "2 články", 4: "4 články", 5: "5 článkov", 21: "21 článkov",
           22: "22 článkov"},
    # Lithuanian: 2-9 (not 12-19) the second form, 10-20 and round tens the genitive
    "lt": {1: "1 straipsnis", 2: "2 straipsniai", 5: "5 straipsniai", 10: "10 straipsnių",
           11: "11 straipsnių", 21: "21 straipsnis", 22: "22 straipsniai"},
    # Latvian: 1, 21, 31… singular; 0, 11-19 and the rest plural
    "lv": {0: "0 raksti", 1: "1 raksts", 2: "2 raksti", 5: "5 raksti", 11: "11 raksti",
           21: "21 raksts", 22: "22 raksti"},
    "et": {1: "1 artikkel", 2: "2 artiklit", 5: "5 artiklit", 21: "21 artiklit",
           22: "22 artiklit"},
    # the Central Asian desk (session 51): two forms in CLDR, but a noun after a number stays
    # singular in Kazakh, Kyrgyz and Uzbek (Uzbek counts with "ta")
    "kk": {1: "1 мақала", 2: "2 мақала", 5: "5 мақала", 21: "21 мақала", 22: "22 мақала"},
    "ky": {1: "1 макала", 2: "2 макала", 5: "5 макала", 21: "21 макала", 22: "22 макала"},
    "uz": {1: "1 ta maqola", 2: "2 ta maqola", 5: "5 ta maqola", 21: "21 ta maqola",
           22: "22 ta maqola"},
    # East Africa: Swahili writes the number after its noun ("makala" is one and many)
    "sw": {1: "makala 1", 2: "makala 2", 5: "makala 5", 21: "makala 21", 22: "makala 22"},
    # West Africa: Hausa writes the number after its noun, plural from 2 on
    "ha": {1: "maƙala 1", 2: "maƙaloli 2", 5: "maƙaloli 5", 21: "maƙaloli 21",
           22: "maƙaloli 22"},
}  # fmt: skip
DESKS = sorted(ARTICLES)
# Hindi writes "लेख" for one article and for many; a new version shows its plural ("नए")
NEW_VERSIONS_HI = {0: "0 नया संस्करण", 1: "1 नया संस्करण", 2: "2 नए संस्करण"}


def test_the_desks_languages_are_offered() -> None:
    assert set(DESKS) <= set(LANGUAGES)
    assert {language for language in LANGUAGES if direction(language) == "rtl"} == {
        "ar", "fa", "he",
    }  # fmt: skip


@pytest.mark.parametrize("language", DESKS)
def test_an_article_count_takes_the_languages_plural_form(language: str) -> None:
    speech = translations(language)
    for count, said in ARTICLES[language].items():
        shown = speech.ngettext("%(num)d article", "%(num)d articles", count) % {"num": count}
        assert shown == said, (language, count)
    # and the digest counts a story's articles so (its outlets and articles: each count)
    counts = (1, 2, 5, 21, 22)
    flat = " ".join(render(full_result(counts), "text", language=language).split())
    for count in counts:
        said = ARTICLES[language][count]
        assert re.search(rf"(?<![\d\w]){re.escape(said)}(?!\w)", flat), (language, said)


def test_hindi_new_versions_take_its_plural() -> None:
    """Hindi's one form is for 0 and 1 (CLDR), its other for 2 and more."""
    speech = translations("hi")
    for count, said in NEW_VERSIONS_HI.items():
        message = speech.ngettext("%(num)d new version", "%(num)d new versions", count)
        assert message % {"num": count} == said


# NEW and UPDATED label a story: each agrees with the language's word for a story, as the
# earlier catalogs' do (Greek θέμα neuter, ΝΕΟ; Serbian, Croatian, Slovenian, Macedonian,
# Bulgarian, Slovak, Lithuanian and Latvian "tema"/"téma"/"tēma" feminine; Romanian "subiect"
# and Hebrew נושא masculine; Albanian "temë" feminine, "E RE"; the rest have no gender).
BADGES = {
    "el": ("ΝΕΟ", "ΕΝΗΜΕΡΩΜΕΝΟ"),
    "sr": ("НОВА", "АЖУРИРАНА"),
    "sr-Latn": ("NOVA", "AŽURIRANA"),
    "hr": ("NOVA", "AŽURIRANA"),
    "bg": ("НОВА", "ОБНОВЕНА"),
    "ro": ("NOU", "ACTUALIZAT"),
    "hu": ("ÚJ", "FRISSÍTETT"),
    "sl": ("NOVA", "POSODOBLJENA"),
    "mk": ("НОВА", "АЖУРИРАНА"),
    "sq": ("E RE", "E PËRDITËSUAR"),
    "id": ("BARU", "DIPERBARUI"),
    "ms": ("BAHARU", "DIKEMAS KINI"),
    "vi": ("MỚI", "CẬP NHẬT"),
    "th": ("ใหม่", "อัปเดต"),
    "tr": ("YENİ", "GÜNCELLENDİ"),
    "ar": ("جديد", "مُحدَّث"),
    "he": ("חדש", "עודכן"),
    "fa": ("تازه", "به\u200cروزشده"),
    "hi": ("नया", "अपडेट"),
    "fi": ("UUSI", "PÄIVITETTY"),
    "nb": ("NY", "OPPDATERT"),
    "sk": ("NOVÁ", "AKTUALIZOVANÁ"),
    "lt": ("NAUJA", "ATNAUJINTA"),
    "lv": ("JAUNA", "ATJAUNINĀTA"),
    "et": ("UUS", "UUENDATUD"),
    "kk": ("ЖАҢА", "ЖАҢАРТЫЛДЫ"),
    "ky": ("ЖАҢЫ", "ЖАҢЫРТЫЛДЫ"),
    "uz": ("YANGI", "YANGILANDI"),
    "sw": ("MPYA", "IMESASISHWA"),
    "ha": ("SABO", "AN SABUNTA"),
}


@pytest.mark.parametrize("language", DESKS)
def test_a_storys_badge_is_the_languages(language: str) -> None:
    result = full_result((1, 2))
    first, second = result.groups[0].stories[:2]
    group = replace(result.groups[0], stories=[first, replace(second, status="updated")])
    result = replace(result, groups=[group])
    text = render(result, "text", language=language)
    badges = re.findall(r"^\d+\. \[([^\]]+)\]", text, re.MULTILINE)
    assert badges == list(BADGES[language])
    shown = re.findall(r'class="status"[^>]*>([^<]+)<', render(result, "html", language=language))
    assert shown == list(BADGES[language])


# A tag naming a language picks its catalog: a region is left out, a script (written, or
# implied by the region: CLDR's likely subtags) picks Serbian's alphabet as Chinese's
# characters, an old code is its language's.
ASKED = [
    ("sr", "sr", "sr-Cyrl"),
    ("sr-Cyrl", "sr", "sr-Cyrl"),
    ("sr-RS", "sr", "sr-Cyrl"),
    ("sr_Cyrl_BA", "sr", "sr-Cyrl"),
    ("sr-Latn", "sr-Latn", "sr-Latn"),
    ("sr-Latn-RS", "sr-Latn", "sr-Latn"),
    ("sr_Latn", "sr-Latn", "sr-Latn"),
    ("SR-latn", "sr-Latn", "sr-Latn"),
    ("sr-ME", "sr-Latn", "sr-Latn"),  # Montenegro writes Serbian in Latin letters (CLDR)
    ("sh", "sr-Latn", "sr-Latn"),
    ("pt-BR", "pt", "pt"),
    ("zh-HK", "zh-Hant", "zh-Hant"),
    ("zh-Hant-HK", "zh-Hant", "zh-Hant"),
    ("zh-SG", "zh", "zh-Hans"),
    ("el-CY", "el", "el"),
    ("hr-BA", "hr", "hr"),
    ("ar-EG", "ar", "ar"),
    ("fa-AF", "fa", "fa"),
    ("he-IL", "he", "he"),
    ("iw", "he", "he"),
    ("in", "id", "id"),
    ("ms-SG", "ms", "ms"),
    ("no", "nb", "nb"),
    ("nb-NO", "nb", "nb"),
    ("mo", "ro", "ro"),
    # Kazakh and Kyrgyz in Cyrillic; Uzbek in Latin letters, Uzbekistan's official script, for
    # a reader who asks for Cyrillic or Arabic letters too (no catalog of its own)
    ("kk-KZ", "kk", "kk"),
    ("kk-Latn", "kk", "kk"),
    ("kaz", "kk", "kk"),
    ("ky-KG", "ky", "ky"),
    ("kir", "ky", "ky"),
    ("uz", "uz", "uz-Latn"),
    ("uz-UZ", "uz", "uz-Latn"),
    ("uz-Cyrl", "uz", "uz-Latn"),
    ("uz-AF", "uz", "uz-Latn"),
    ("uzb", "uz", "uz-Latn"),
    ("sw-KE", "sw", "sw"),
    ("sw-TZ", "sw", "sw"),
    ("ha-NG", "ha", "ha"),
    ("ha-NE", "ha", "ha"),
]


@pytest.mark.parametrize(("asked", "catalog", "markup"), ASKED)
def test_a_tag_asks_for_its_languages_catalog(asked: str, catalog: str, markup: str) -> None:
    assert known(asked) == catalog
    assert tag(asked) == markup


def test_an_unknown_language_is_refused_naming_every_language() -> None:
    for asked in ("tlh", "nn", "xx-Latn", "tg"):
        with pytest.raises(UnknownLanguage) as refused:
            known(asked)
        offered = str(refused.value).split("one of ", 1)[1].split(", ")
        assert offered == list(LANGUAGES), asked


def test_serbian_is_written_in_one_alphabet_a_catalog() -> None:
    """sr is Cyrillic, sr-Latn the same words in Latin letters (Serbian's own one-to-one
    correspondence, љ lj, њ nj, џ dž): neither mixes the other's letters into its words
    (placeholders, "clipper" and its options aside)."""
    names = {"sr": "sr", "sr-Latn": "sr_Latn"}
    said: dict[str, list[str]] = {}
    for language, name in names.items():
        with resources.files("clipper").joinpath("locales", f"{name}.po").open("rb") as handle:
            catalog = read_po(handle, locale=name)
        said[language] = [
            re.sub(r"%\(\w+\)[sd]|clipper|dedupe|--[a-z-]+", "", form)
            for message in catalog
            if message.id
            for form in (
                message.string
                if isinstance(message.string, (tuple, list))
                else (message.string or "",)
            )
        ]
    assert not [words for words in said["sr"] if re.search("[A-Za-zČćĆčĐđŠšŽž]", words)]
    assert not [words for words in said["sr-Latn"] if re.search("[\u0400-\u04ff]", words)]
    assert len(said["sr"]) == len(said["sr-Latn"])
    assert translations("sr").gettext("Nothing new.") == "Ништа ново."
    assert translations("sr-Latn").gettext("Nothing new.") == "Ništa novo."
    pages = translations("sr-Latn").ngettext("%(num)d page", "%(num)d pages", 5)
    assert pages == "%(num)d stranica"


def test_a_digest_read_right_to_left_says_so_in_its_html() -> None:
    """Arabic, Hebrew and Persian: the page and the digest's box are dir="rtl" (a mail client
    dropping <html> keeps the box's), a story's list of articles is indented on the right
    (its bullets there), and each time is one left-to-right piece that does not wrap; a
    language read left to right has none of it."""
    result = full_result()
    for language in ("ar", "he", "fa"):
        page = render(result, "html", language=language)
        assert f'<html lang="{language}" dir="rtl">' in page
        assert '<div class="digest" dir="rtl"' in page
        assert re.search(r'<div class="story" data-story-id="\d+" dir="rtl"', page)
        assert re.search(r'<ul class="articles" style="[^"]*padding:0 18px 0 0;', page)
        # Persian's dates in the Solar Hijri calendar (clipper.digest.calendars)
        day = "1405/09/11" if language == "fa" else "2026-12-02"
        assert f'<bdi dir="ltr" style="white-space:nowrap">{day} 06:00 UTC</bdi>' in page
        raw = render(result, "email", recipients="desk@example.org", language=language)
        message = email.message_from_string(raw, policy=email.policy.default)
        part = message.get_body(("html",))
        assert part is not None and '<div class="digest" dir="rtl"' in part.get_content()
        # an Atom entry's content is the story's HTML, read right to left too
        assert 'dir="rtl"' in render(result, "atom", language=language)
    for language in ("en", "el", "tr"):
        page = render(result, "html", language=language)
        assert 'dir="rtl"' not in page and "white-space:nowrap" not in page
        assert re.search(r'<ul class="articles" style="[^"]*padding:0 0 0 18px;', page)


def test_a_count_after_the_digests_name_reads_with_its_noun() -> None:
    """In a right-to-left subject a right-to-left mark follows the Latin name ("clipper", a
    --title): without it the count after the colon joined the name's left-to-right run and an
    Arabic reader read "نشرة 3 clipper: مواضيع" (Unicode's bidirectional algorithm, UAX #9)."""
    result = full_result()
    for language in ("ar", "he", "fa"):
        assert "clipper\u200f: 3 " in subject(result, language)
        assert "Morning press\u200f: 3 " in subject(result, language, title="Morning press")
    assert "\u200f" not in subject(result, "el") + subject(result, "tr", title="Bülten")


def test_cli_asks_by_region_script_or_environment(tmp_path: Path) -> None:
    """``CLIPPER_DIGEST_LANGUAGE`` and ``--language`` take any tag of a language: a Belgrade
    desk's sr-Latn-RS gets the Latin catalog, a Cairo desk's ar-EG the Arabic right to left."""
    archive = _council_archive(tmp_path)
    runner = CliRunner()
    base = ["digest", "--db", str(archive), "--since", "7d", "--no-record"]
    latin = runner.invoke(cli, base, env={"CLIPPER_DIGEST_LANGUAGE": "sr-Latn-RS"})
    assert latin.exit_code == 0, latin.output
    assert latin.stdout.startswith("Pregled clipper: 1 tema (1 nova) – Sve teme")
    assert "[NOVA] Rada Miejska przyjęła budżet" in latin.stdout
    cyrillic = runner.invoke(cli, [*base, "--language", "sr-RS"])
    assert cyrillic.exit_code == 0 and cyrillic.stdout.startswith("Преглед clipper: 1 тема")
    page = runner.invoke(cli, [*base, "--format", "html"], env={"CLIPPER_DIGEST_LANGUAGE": "ar-EG"})
    assert page.exit_code == 0, page.output
    assert '<html lang="ar" dir="rtl">' in page.stdout and "كل المواضيع" in page.stdout
    refused = runner.invoke(cli, [*base, "--language", "nn"])
    assert refused.exit_code == 2 and "no digest in 'nn'" in refused.output


def test_the_digests_own_punctuation_is_the_languages() -> None:
    """Between clauses the digest writes the language's mark: Greek's ";" is its question mark
    (an Athens desk read "7 θέματα; αυτό το δελτίο…" as a question), it writes the ano
    teleia; Arabic and Persian write "؛" and "،"; the other languages "; " and ", "."""
    result = full_result()
    for fmt in ("text", "html"):
        greek, arabic = (prose(render(result, fmt, language=language)) for language in ("el", "ar"))
        assert ";" not in greek and "7 θέματα· αυτό το δελτίο" in greek
        assert ";" not in arabic and "7 مواضيع؛ تتابع" in arabic
    text = " ".join(render(result, "text", language="ar").split())
    assert "1 وسيلة إعلام (جديد: 1)، 2 صفحتان (جديد: 1؛ 2 نسختان جديدتان)، 1 مقال" in text
    assert "Budżet، Rada" in subject(result, "ar")
    assert "7 stories arrived or grew; what this digest" in " ".join(render(result, "text").split())


def prose(page: str) -> str:
    """The words of a digest as a reader reads them: the HTML's tags left out, its entities
    read, runs of white space one space."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page)).split())
