"""Urdu and Bengali furniture in a record's text (newcomer 22, findings 2, 33, 35): the follow
prompt, the ad slot's line and the paywall stub go as in the other tables' languages, and a
stub's next fetch in full reads it whole.  Invented texts; the tables' own dump tests are in
tests/test_furniture_languages.py."""

from __future__ import annotations

from clipper.clean import clean_page
from clipper.config import CleanConfig
from clipper.page import Article, RawPage
from tests.test_furniture_languages import DUMPS


def _record(language: str, *extra: str) -> Article:
    dump = DUMPS[language]
    text = "\n".join([dump.body[0], *extra, dump.body[1]])
    raw = RawPage("r.jsonl:1", "text", text, url=f"https://{language}.example/a",
                  title=dump.title, language=language)
    page = clean_page(raw, CleanConfig(min_prose_article_words=10))
    assert isinstance(page, Article)
    return page


def test_urdu_prompts_and_ad_lines_leave_a_record_s_text() -> None:
    page = _record("ur", "اشتہار", "خبر جاری ہے", "ہمارے واٹس ایپ چینل کو فالو کریں",
                   "یہ بھی پڑھیں: کراچی میں بارش کا نیا سلسلہ")
    assert page.text.split("\n") == list(DUMPS["ur"].body)


def test_bengali_prompts_and_ad_lines_leave_a_record_s_text() -> None:
    page = _record("bn", "বিজ্ঞাপন", "আমাদের হোয়াটসঅ্যাপ চ্যানেল ফলো করুন",
                   "আরও পড়ুন: ঢাকায় আবার বৃষ্টির পূর্বাভাস")
    assert page.text.split("\n") == list(DUMPS["bn"].body)


def test_a_bengali_paywall_stub_is_read_cut_short() -> None:
    dump = DUMPS["bn"]
    stub = "\n".join([*dump.body, "এই প্রতিবেদনটি শুধু গ্রাহকদের জন্য। পুরোটা পড়তে সাবস্ক্রাইব করুন।"])
    raw = RawPage("r.jsonl:1", "text", stub, url="https://bn.example/a", title=dump.title)
    page = clean_page(raw, CleanConfig(min_prose_article_words=10))
    assert isinstance(page, Article)
    assert page.partial == "paywall"
    assert page.text.split("\n") == list(dump.body)
