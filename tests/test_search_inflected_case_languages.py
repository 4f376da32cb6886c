"""A query word in a case finds the word's other forms in the keyed languages besides Polish and
Czech (session 37, measured by ``bench/search_case_forms.py``'s ``inflected`` sets): a
watchlist or a search written in a sentence's case (``Kėdainiuose``, "in Kėdainiai";
``uzņēmumam``, "to the company"; ``Собяниным``, "with Sobyanin"; ``уряду``, "of the
government"; ``Häkkiselle``, "to Häkkinen"; ``parlamendis``, "in parliament";
``bíróságon``, "at the court"; ``Erdoğan'ın``, "Erdoğan's") found only pages writing that very
form.
:mod:`clipper.caseforms` reads the query word of these languages as a case form too
(``Rules.case_queries``).  A look-alike sharing the first letters (``Teisėjas``, "judge", for
``teismo``, "of the court") is not found.  Every page here is invented, on both backends."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from clipper.archive import Archive
from clipper.caseforms import case_stem, case_stems, suffixed_name
from clipper.digest.matching import Document, matches
from clipper.searchquery import parse_query
from clipper.searchtext import fold, search_text
from tests.searchpages import hit_sites, stored_archive, upgraded_archive

PUBLISHED = "2026-12-04T09:00:00+02:00"
# Lithuanian: a town of plural form (Kėdainiai: genitive Kėdainių, locative Kėdainiuose), a
# municipality, the court and the judge who is no court
KEDAINIAI_DAILY = "kedainiu-zinios.example"
KEDAINIAI_RADIO = "rinkos-radijas.example"
MUNICIPAL = "savivalda-lt.example"
COUNCIL = "tarybos-balsas.example"
COURT = "teismu-kronika.example"
JUDGE = "teisejo-pastabos.example"
# Latvian: a company in the dative, the court in the locative, a live broadcast
COMPANY = "uznemumu-vestis.example"
FACTORY = "rupnicas-avize.example"
TRIAL = "tiesu-zinas.example"
BROADCAST = "tiesraides-lapa.example"
# Russian: the mayor in the instrumental, a hospital; Ukrainian: the government, the president
MAYOR = "stolichnye-vesti.example"
CITY_HALL = "gorodskaya-gazeta.example"
HOSPITAL = "meditsina-segodnya.example"
CLINIC = "zdorovye-goroda.example"
SICK_NOTE = "kadrovik-sovety.example"
CABINET = "uryadovi-novyny.example"
MINISTRY = "kyivskyi-oglyad.example"
QUARTER = "stolychnyi-kvartal.example"
PRESIDENT = "prezydentski-visti.example"
SUMMIT = "zustrichi-lideriv.example"
# Finnish: a minister's name (-nen, -se-), the court (oikeus, oikeude-); Estonian: parliament
# (nt/nd), a prime minister's name, a town and cranberries that are no town
MINISTER = "valtioneuvosto-uutiset.example"
QUESTION_TIME = "kyselytunti.example"
COURT_FI = "oikeusuutiset.example"
VERDICT = "tuomiot-tanaan.example"
RIIGIKOGU = "riigikogu-uudised.example"
VOTE = "haaletus-tana.example"
PREMIER = "valitsuse-teated.example"
INTERVIEW = "intervjuud.example"
JOHVI = "ida-viru-elu.example"
BERRIES = "marjamaa.example"
# Hungarian: the court and the judge, a company; Turkish: a name with its suffix after an
# apostrophe, the army, an airport, a factory and a word of "fabrication"
COURT_HU = "birosagi-hirek.example"
APPEAL_HU = "onkormanyzati-lap.example"
JUDGE_HU = "jogaszvilag.example"
COMPANY_HU = "gazdasagi-naplo.example"
SALE_HU = "tozsdei-hirek.example"
PRESIDENCY = "cumhurbaskanligi-haber.example"
QUESTION_TR = "soru-cevap-haber.example"
ARMY = "savunma-gundem.example"
AIRPORT = "havayolu-haber.example"
FACTORY_TR = "sanayi-gazetesi.example"
FABRICATION = "muhendislik-notlari.example"
PAGES = {
    "kedainiai.html": ("lt", f"https://{KEDAINIAI_DAILY}/miestas/turgus", "Turgus", [
        "Kėdainių turgus po remonto vėl atidarytas, pranešė savivaldybės atstovas.",
    ]),
    "kedainiai-radio.html": ("lt", f"https://{KEDAINIAI_RADIO}/zinios/gatve", "Gatvė", [
        "Kėdainiai gavo lėšų naujai pėsčiųjų gatvei senamiestyje.",
    ]),
    "municipal.html": ("lt", f"https://{MUNICIPAL}/naujienos/biudzetas", "Biudžetas", [
        "Savivaldybė patvirtino kitų metų biudžetą po ilgų diskusijų.",
    ]),
    "council.html": ("lt", f"https://{COUNCIL}/posedis/sutartis", "Sutartis", [
        "Tarybos nariai svarstė, ar savivaldybei verta pasirašyti sutartį.",
    ]),
    "court.html": ("lt", f"https://{COURT}/bylos/nuosprendis", "Nuosprendis", [
        "Apygardos teismas ketvirtadienį paskelbė nuosprendį bendrovės vadovui.",
    ]),
    "judge.html": ("lt", f"https://{JUDGE}/nuomone/pertrauka", "Pertrauka", [
        "Teisėjas paskelbė pertrauką iki pirmadienio ryto.",
    ]),
    "company.html": ("lv", f"https://{COMPANY}/bizness/atlaides", "Atlaišanas", [
        "Uzņēmums paziņoja, ka nākamgad atlaidīs simts darbinieku.",
    ]),
    "factory.html": ("lv", f"https://{FACTORY}/rupniecība/peļņa", "Peļņa", [
        "Uzņēmuma peļņa pērn pieauga par trešdaļu, liecina pārskats.",
    ]),
    "trial.html": ("lv", f"https://{TRIAL}/krimināllietas/spriedums", "Spriedums", [
        "Tiesa attaisnoja bijušo deputātu visās apsūdzībās.",
    ]),
    "broadcast.html": ("lv", f"https://{BROADCAST}/raidījumi/vakars", "Vakara raidījums", [
        "Tiešraide sākās vakarā ar ziņu izlaidumu.",
    ]),
    "mayor.html": ("ru", f"https://{MAYOR}/gorod/stantsiya", "Новая станция", [
        "Мэр Собянин открыл в субботу новую станцию метро на юге города.",
    ]),
    "city-hall.html": ("ru", f"https://{CITY_HALL}/vlast/zayavlenie", "Заявление мэрии", [
        "Заявление Собянина о ремонте дорог опубликовали утром.",
    ]),
    "hospital.html": ("ru", f"https://{HOSPITAL}/novosti/priyom", "Приём пострадавших", [
        "Городская больница приняла пострадавших после аварии на трассе.",
    ]),
    "clinic.html": ("ru", f"https://{CLINIC}/novosti/remont", "Ремонт", [
        "Пациентов перевели в другую больницу на время ремонта.",
    ]),
    "sick-note.html": ("ru", f"https://{SICK_NOTE}/sovety/list", "Продление", [
        "Больничный лист продлили ещё на неделю, сообщил врач.",
    ]),
    "cabinet.html": ("uk", f"https://{CABINET}/rishennya/postanova", "Постанова", [
        "Уряд ухвалив постанову про підтримку фермерів.",
    ]),
    "ministry.html": ("uk", f"https://{MINISTRY}/polityka/zustrich", "Зустріч", [
        "Зустріч із урядом перенесли на наступний тиждень.",
    ]),
    "quarter.html": ("uk", f"https://{QUARTER}/misto/perekryttya", "Перекриття", [
        "Урядовий квартал закрили для руху автомобілів.",
    ]),
    "president.html": ("uk", f"https://{PRESIDENT}/ukazy/zakon", "Закон", [
        "Президент Зеленський підписав закон про бюджет.",
    ]),
    "summit.html": ("uk", f"https://{SUMMIT}/samit/peremovyny", "Переговори", [
        "Переговори із Зеленським тривали понад три години.",
    ]),
    "minister.html": ("fi", f"https://{MINISTER}/politiikka/vastaus", "Vastaus", [
        "Ministeri Häkkinen vastasi kysymyksiin tiistaina.",
    ]),
    "question-time.html": ("fi", f"https://{QUESTION_TIME}/eduskunta/kysymys", "Kysymys", [
        "Häkkisen vastaus ei tyydyttänyt oppositiota.",
    ]),
    "court-fi.html": ("fi", f"https://{COURT_FI}/rikos/tuomio", "Tuomio", [
        "Oikeus tuomitsi miehen kahden vuoden vankeuteen.",
    ]),
    "verdict.html": ("fi", f"https://{VERDICT}/paatos/valitus", "Valitus", [
        "Puolustus valittaa oikeuden päätöksestä hoviin.",
    ]),
    "riigikogu.html": ("et", f"https://{RIIGIKOGU}/eelarve/heaks", "Eelarve", [
        "Parlament kiitis eelarve heaks pärast pikka arutelu.",
    ]),
    "vote.html": ("et", f"https://{VOTE}/haaletus/tulemus", "Hääletus", [
        "Parlamendi liikmed hääletasid eelnõu poolt.",
    ]),
    "premier.html": ("et", f"https://{PREMIER}/uudised/intervjuu", "Intervjuu", [
        "Peaminister Michal andis pikema intervjuu.",
    ]),
    "interview.html": ("et", f"https://{INTERVIEW}/vestlus/valitsus", "Vestlus", [
        "Michali valitsus kinnitas lisaeelarve.",
    ]),
    "johvi.html": ("et", f"https://{JOHVI}/kultuur/kontsert", "Kontsert", [
        "Jõhvi kontserdimaja ootab külalisi laupäeval.",
    ]),
    "berries.html": ("et", f"https://{BERRIES}/aed/sugis", "Sügis", [
        "Jõhvikad valmivad sügisel rabas.",
    ]),
    "court-hu.html": ("hu", f"https://{COURT_HU}/ugyek/itelet", "Ítélet", [
        "A bíróság csütörtökön felmentette a vádlottat minden vádpont alól.",
    ]),
    "appeal-hu.html": ("hu", f"https://{APPEAL_HU}/hirek/fellebbezes", "Fellebbezés", [
        "Az önkormányzat a bírósághoz fordult a döntés miatt.",
    ]),
    "judge-hu.html": ("hu", f"https://{JUDGE_HU}/portre/elismeres", "Elismerés", [
        "A bírót kollégái az év jogászának választották.",
    ]),
    "company-hu.html": ("hu", f"https://{COMPANY_HU}/ipar/bezaras", "Bezárás", [
        "A vállalat bezárta a gyárat, háromszáz ember maradt munka nélkül.",
    ]),
    "sale-hu.html": ("hu", f"https://{SALE_HU}/piac/eladas", "Eladás", [
        "A vállalatot egy német befektető vásárolta meg.",
    ]),
    "presidency.html": ("tr", f"https://{PRESIDENCY}/gundem/konusma", "Konuşma", [
        "Cumhurbaşkanı Erdoğan kabine toplantısının ardından konuştu.",
    ]),
    "question-tr.html": ("tr", f"https://{QUESTION_TR}/basin/soru", "Soru", [
        "Basın toplantısında Erdoğan'a ekonomi soruldu.",
    ]),
    "army.html": ("tr", f"https://{ARMY}/tatbikat/ege", "Tatbikat", [
        "Ordu Ege kıyısında büyük bir tatbikat yaptı.",
    ]),
    "airport.html": ("tr", f"https://{AIRPORT}/ulasim/sis", "Sis", [
        "Havalimanı yoğun sis nedeniyle sabaha kadar kapandı.",
    ]),
    "factory-tr.html": ("tr", f"https://{FACTORY_TR}/uretim/durdu", "Üretim", [
        "Fabrika enerji kesintisi yüzünden üretimi durdurdu.",
    ]),
    "fabrication.html": ("tr", f"https://{FABRICATION}/kalite/hata", "Kalite", [
        "Fabrikasyon hatası ikinci partide bulundu.",
    ]),
}
# query → the sites it finds, on either backend
EXPECTED = [
    # lt: a locative, a dative and a genitive find the other forms (the first two missed them)
    ("Kėdainiuose", [KEDAINIAI_DAILY, KEDAINIAI_RADIO]),
    ("savivaldybėje", [KEDAINIAI_DAILY, MUNICIPAL, COUNCIL]),
    ("teismo", [COURT]),
    # lv: a dative and a locative
    ("uzņēmumam", [COMPANY, FACTORY]),
    ("tiesā", [TRIAL]),
    # ru: an instrumental finds the base form and the genitive; a locative finds the other
    # forms, not the adjective "больничный" (sick-leave)
    ("Собяниным", [MAYOR, CITY_HALL]),
    ("больнице", [HOSPITAL, CLINIC]),
    # uk: a genitive finds the base form (it missed it) and the instrumental, not "урядовий"
    ("уряду", [CABINET, MINISTRY]),
    ("Зеленського", [PRESIDENT, SUMMIT]),
    # fi: an allative finds a -nen name and its genitive; an inessive finds oikeus, oikeuden
    ("Häkkiselle", [MINISTER, QUESTION_TIME]),
    ("oikeudessa", [COURT_FI, VERDICT]),
    # et: an inessive finds parlament (nd is nt), a comitative the name, not "Jõhvikad"
    ("parlamendis", [RIIGIKOGU, VOTE]),
    ("Michaliga", [PREMIER, INTERVIEW]),
    ("Jõhvis", [JOHVI]),
    # hu: a superessive finds the court and its allative, not the judge ("bírót")
    ("bíróságon", [COURT_HU, APPEAL_HU]),
    ("vállalatnál", [COMPANY_HU, SALE_HU]),
    # tr: a name's genitive written after an apostrophe finds the name and its dative; a
    # genitive after a vowel (ordu-nun), a locative after a compound's n (havalimanı-n-da)
    ("Erdoğan'ın", [PRESIDENCY, QUESTION_TR]),
    ("ordunun", [ARMY]),
    ("havalimanında", [AIRPORT]),
    ("fabrikada", [FACTORY_TR]),
]


@pytest.fixture(scope="module")
def archive(module_db_url: str, tmp_path_factory: pytest.TempPathFactory) -> Any:
    yield from stored_archive(module_db_url, tmp_path_factory.mktemp("cases"), PAGES, PUBLISHED)



@pytest.mark.parametrize(("query", "expected"), EXPECTED)
def test_an_inflected_query_finds_the_word_s_other_forms(
    archive: Archive, query: str, expected: list[str]
) -> None:
    assert hit_sites(archive, query) == sorted(expected), query


def test_a_watchlist_in_a_case_follows_the_other_forms() -> None:
    """A digest's watchlist matches as search does (clipper.digest.matching)."""
    title, body = PAGES["company.html"][2], " ".join(PAGES["company.html"][3])
    assert matches(parse_query("uzņēmumam"), Document.of(title, body, "lv"))
    assert not matches(parse_query("uzņēmumam"), Document.of(title, body, "de"))


@pytest.mark.parametrize(
    ("language", "word", "stem"),
    [
        ("lt", "kėdainiuose", "kedain"), ("lt", "savivaldybėje", "savivaldyb"),
        ("lv", "uzņēmumam", "uznemum"), ("lv", "ministram", "ministr"),
        ("ru", "собяниным", "собянин"), ("uk", "зеленського", "зеленськ"),
        ("fi", "häkkiselle", "hakkise"), ("et", "parlamendis", "parlamendi"),
        ("hu", "bíróságon", "birosag"), ("tr", "fabrikada", "fabrika"),
    ],
)
def test_a_query_word_read_as_a_case_form(language: str, word: str, stem: str | None) -> None:
    found = case_stem(fold(word), language)
    assert (found[0] if found else None) == stem


def test_a_turkish_query_word_is_read_both_ways() -> None:
    """A Turkish word ending in -nun/-nda is a genitive or locative after a vowel (ordu-nun)
    or after a stem's n (liman-da): both readings are sought, and the ending without its
    buffer letter, which a stem may end in too (session 48)."""
    assert case_stems("ordunun", "tr") == (("ordun", "nun"), ("ordu", "nun"), ("ordun", "un"))
    assert case_stems("limanda", "tr") == (("liman", "nda"), ("lima", "nda"), ("liman", "da"))


@pytest.mark.parametrize(
    ("word", "name"),
    [
        ("erdogan'in", "erdogan"), ("antalya'ya", "antalya"), ("imamoglu'nu", "imamoglu"),
        ("istanbul'dan", "istanbul"),
        # no Turkish case suffix, or a name too short
        ("o'neill", None), ("kenya's", None), ("aujourd'hui", None), ("qu'a", None),
    ],
)
def test_a_turkish_name_s_suffix_after_its_apostrophe(word: str, name: str | None) -> None:
    assert suffixed_name(word) == name
    assert suffixed_name(word, frozenset({"pl"})) is None


def test_upgrade_indexes_pages_again(tmp_path: Path) -> None:
    """Migration 0083: an archive indexed before finds an inflected query's other forms once
    opened."""
    with upgraded_archive(
        tmp_path, PAGES, PUBLISHED, lambda text: search_text(text, "sv"), "0082"
    ) as upgraded:
        assert hit_sites(upgraded, "Kėdainiuose") == sorted([KEDAINIAI_DAILY, KEDAINIAI_RADIO])
        assert hit_sites(upgraded, "uzņēmumam") == sorted([COMPANY, FACTORY])
