"""An Urdu, Bengali or Tamil page stating no country is of the country its places name (a
Mumbai monitoring desk's report, session 39): its address's domain (``.pk``, ``.bd``, ``.lk``,
``.in``), else its dateline's place ("لاہور (نمائندہ خصوصی)", "ঢাকা, ৪ ডিসেম্বর", "சென்னை:"),
else the places its text names when they are one country's.  Main gave such a page no country,
as it does a Hindi page India (its language is India's alone), so ``--region PK``, ``IN``,
``BD``, ``LK`` kept none of them.  A page stating its country keeps it; places of two countries,
or one mention, name none.  Clipper.placeregion; invented texts and sites.

The cases were written on ``TUNE``; ``CONFIRM`` was written after them and passed unchanged."""

from __future__ import annotations

from pathlib import Path

import pytest

from clipper.archive import open_archive
from clipper.clean import clean_page
from clipper.config import CleanConfig, Config
from clipper.page import Article, RawPage
from clipper.pipeline import dedupe
from clipper.search import search

_UR_BODY = (
    "صوبائی حکومت نے شہر میں پانی کی فراہمی کے نئے منصوبے کا اعلان کیا ہے جس پر اگلے ماہ کام شروع"
    " ہوگا۔ حکام کے مطابق منصوبے سے لاکھوں شہری مستفید ہوں گے۔\n\n"
    "شہریوں نے منصوبے کا خیرمقدم کیا تاہم انہوں نے مطالبہ کیا کہ کام جلد مکمل کیا جائے اور سڑکوں کی"
    " مرمت بھی ساتھ ساتھ کی جائے۔"
)
_BN_BODY = (
    "শহরে পানি সরবরাহের নতুন প্রকল্পের কাজ আগামী মাসে শুরু হবে বলে কর্তৃপক্ষ জানিয়েছে। এতে লাখো"
    " মানুষ উপকৃত হবে।\n\n"
    "নাগরিকেরা প্রকল্পকে স্বাগত জানিয়েছেন তবে দ্রুত কাজ শেষ করার এবং রাস্তা মেরামতের দাবি"
    " জানিয়েছেন।"
)
_TA_BODY = (
    "நகரில் புதிய குடிநீர் விநியோகத் திட்டத்தின் பணிகள் அடுத்த மாதம் தொடங்கும் என்று அதிகாரிகள்"
    " தெரிவித்தனர். இதனால் லட்சக்கணக்கான மக்கள் பயனடைவார்கள்.\n\n"
    "மக்கள் திட்டத்தை வரவேற்றனர், ஆனால் பணிகளை விரைவில் முடிக்கவும் சாலைகளைச் சீரமைக்கவும் கோரிக்கை"
    " விடுத்தனர்."
)
_HEADLINE = {"ur": "پانی کا نیا منصوبہ", "bn": "পানি সরবরাহের নতুন প্রকল্প",
             "ta": "புதிய குடிநீர் திட்டம்"}  # fmt: skip
_BODY = {"ur": _UR_BODY, "bn": _BN_BODY, "ta": _TA_BODY}

# (language, address, the dateline or sentence opening the text, the country, or None)
Case = tuple[str, str | None, str, str | None]
TUNE: list[Case] = [
    ("ur", "https://www.roznama-khabar.example.pk/news/1", "", "PK"),
    ("ur", None, "لاہور (نمائندہ خصوصی) ", "PK"),
    ("ur", None, "نئی دہلی، 4 دسمبر (یو این آئی) ", "IN"),
    ("bn", None, "ঢাকা, ৪ ডিসেম্বর (বাসস) : ", "BD"),
    ("bn", "https://www.khobor-kagoj.example.in/kolkata/1", "", "IN"),
    ("ta", None, "சென்னை: ", "IN"),
    ("ta", None, "கொழும்பு, டிச. 4: ", "LK"),
    # places of two countries, or a place named once without a dateline: none
    ("bn", None, "ঢাকায় ও কলকাতায় একই দিনে প্রকল্পের ঘোষণা হয়েছে। ", None),
    ("ur", None, "وفد نے کراچی کا دورہ کیا۔ ", None),
]
# written after TUNE's rules, passed unchanged
CONFIRM: list[Case] = [
    ("ur", None, "کراچی: ", "PK"),
    ("ur", None, "ممبئی، 4 دسمبر (پی ٹی آئی) ", "IN"),
    ("ur", "https://urdu-akhbar.example.in/city/1", "لاہور (نمائندہ خصوصی) ", "IN"),
    ("bn", None, "চট্টগ্রাম, ৪ ডিসেম্বর: ", "BD"),
    ("bn", None, "কলকাতায় প্রকল্পের কাজ শুরু। কলকাতার মেয়র জানিয়েছেন। ", "IN"),
    ("ta", None, "யாழ்ப்பாணம், டிச. 4: ", "LK"),
    ("ta", "https://tamil-seithi.example.lk/news/1", "", "LK"),
    ("ta", None, "மதுரையில் திட்டப் பணிகள் தொடங்கின. மதுரையின் மேயர் தெரிவித்தார். ", "IN"),
]


def _page(language: str, url: str | None, opening: str) -> Article:
    body = opening + _BODY[language]
    raw = RawPage(
        origin=f"t/{language}.txt",
        kind="text",
        body=f"{_HEADLINE[language]}\n\n{body}\n",
        url=url,
        language=language,
        fetched_at="2026-12-05T12:00:00+00:00",
    )
    article = clean_page(raw, CleanConfig())
    assert isinstance(article, Article)
    return article


@pytest.mark.parametrize(("language", "url", "opening", "country"), TUNE + CONFIRM)
def test_a_pages_places_name_its_country(
    language: str, url: str | None, opening: str, country: str | None
) -> None:
    assert _page(language, url, opening).region == country


def test_a_stated_country_and_other_languages_keep_theirs() -> None:
    """A record's country stands; a Hindi page is India's by its language; an English page
    naming Lahore is no country's (English is written everywhere)."""
    raw = RawPage(origin="t/c.txt", kind="text", body=f"{_HEADLINE['ur']}\n\nلاہور (نمائندہ خصوصی) "
                  f"{_UR_BODY}\n", language="ur", country="GB",
                  fetched_at="2026-12-05T12:00:00+00:00")  # fmt: skip
    stated = clean_page(raw, CleanConfig())
    assert isinstance(stated, Article) and stated.region == "GB"
    body = (
        "Water scheme\n\nLAHORE: The provincial government announced a new water supply scheme"
        " for the city on Friday, officials said.\n\nWork will begin next month and residents"
        " welcomed the plan.\n"
    )
    english = RawPage(origin="t/e.txt", kind="text", language="en", body=body,
                      fetched_at="2026-12-05T12:00:00+00:00")  # fmt: skip
    article = clean_page(english, CleanConfig())
    assert isinstance(article, Article) and article.region is None


def test_region_keeps_the_pages_its_places_name(tmp_path: Path) -> None:
    """``--region PK`` keeps the Lahore Urdu page, ``--region IN`` the New Delhi one."""
    folder = tmp_path / "dumps"
    folder.mkdir()
    for name, opening in (("lahore", "لاہور (نمائندہ خصوصی) "),
                          ("delhi", "نئی دہلی، 4 دسمبر (یو این آئی) ")):  # fmt: skip
        (folder / f"{name}.txt").write_text(
            f"{_HEADLINE['ur']} {name}\n\n{opening}{_UR_BODY}\n", encoding="utf-8"
        )
    archive = open_archive(str(tmp_path / "a.db"))
    try:
        dedupe(archive, [str(folder)], Config(workers=1))
        lahore = search(archive, "منصوبے", regions=["PK"], variants=True)
        delhi = search(archive, "منصوبے", regions=["IN"], variants=True)
        assert [hit.title for hit in lahore] == [f"{_HEADLINE['ur']} lahore"]
        assert [hit.title for hit in delhi] == [f"{_HEADLINE['ur']} delhi"]
    finally:
        archive.close()
