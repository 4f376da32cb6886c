"""A South Asian page whose only date line is its update ("अपडेट: 06 दिसंबर 2026, 15:10 (IST)",
Bengali "হালনাগাদ: …") is dated by it as an update (date source ``updated``, ``updated`` kept),
as an English "Updated: …" is, in an HTML page, a record's date field and a text dump alike
(newcomer 45, finding 2: the Hindi line was read as the publication date).  Pages invented."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import build, exported

PARAGRAPHS = {
    "hi": (
        "केंद्रीय मंत्रिमंडल ने शनिवार को पश्चिमी तट के चालीस बंदरगाहों पर अनाज भंडारण के "
        "आधुनिकीकरण की योजना को मंजूरी दी और अधिकारियों ने बताया कि काम तीन साल में पूरा होगा।",
        "किसान संगठनों ने फैसले का स्वागत किया लेकिन कहा कि नए गोदामों के पास ज़मीन के विवाद "
        "भी जल्दी सुलझाए जाने चाहिए ताकि निर्माण समय पर शुरू हो सके।",
    ),
    "mr": (
        "राज्य मंत्रिमंडळाने शनिवारी पूर्व उपनगरांत तीन नवीन उड्डाणपूल बांधण्याच्या प्रस्तावाला "
        "मंजुरी दिली आणि अधिकाऱ्यांनी सांगितले की काम एप्रिलमध्ये सुरू होईल.",
        "या पुलांमुळे पूर्व द्रुतगती मार्गावरील वाहतूक कोंडी कमी होईल असे सार्वजनिक बांधकाम "
        "मंत्र्यांनी पत्रकारांना सांगितले.",
    ),
    "bn": (
        "ঢাকার যানজট কমাতে সরকার শনিবার নতুন তিনটি উড়ালসড়ক নির্মাণের প্রস্তাব অনুমোদন "
        "করেছে এবং কর্মকর্তারা জানিয়েছেন কাজ আগামী বছরের শুরুতে শুরু হবে।",
        "নগর পরিকল্পনাবিদেরা বলেছেন প্রকল্পটি সময়মতো শেষ হলে প্রতিদিন লাখো যাত্রীর "
        "দুই ঘণ্টা পর্যন্ত সময় বাঁচবে।",
    ),
}
# The update lines: 15:10 in India; a time without a zone is kept as written
LINES = {
    "hi": ("अपडेट: 06 दिसंबर 2026, 15:10 (IST)", "2026-12-06T09:40:00+00:00"),
    "mr": ("अपडेट: 06 डिसेंबर 2026, 15:10 (IST)", "2026-12-06T09:40:00+00:00"),
    "bn": ("হালনাগাদ: ০৬ ডিসেম্বর ২০২৬, ১৫:১০", "2026-12-06T15:10:00"),
}
SITES = {"hi": "https://www.updhi.example.in", "mr": "https://www.updmr.example.in",
         "bn": "https://www.updbn.example.com.bd"}


def _page(lang: str) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS[lang])
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{lang} news'
        f'</title><link rel="canonical" href="{SITES[lang]}/news/a.html"></head><body><article>'
        f"<h1>{PARAGRAPHS[lang][0][:40]}</h1><div class=\"date\">{LINES[lang][0]}</div>"
        f"{paragraphs}</article></body></html>"
    )


@pytest.mark.parametrize("lang", sorted(LINES))
def test_an_update_line_dates_an_html_page_as_its_update(tmp_path: Path, lang: str) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / f"{lang}.html").write_text(_page(lang), encoding="utf-8")
    build(tmp_path / "a.db", [tmp_path / "in"])[0].close()
    (row,) = exported(tmp_path / "a.db").values()
    expected = LINES[lang][1]
    assert (row["published"], row["date_source"], row["updated"]) == (expected, "updated", expected)


def test_a_records_update_label_is_its_update(tmp_path: Path) -> None:
    path = tmp_path / "crawl.jsonl"
    record = {
        "url": "https://www.updhi.example.in/news/b.html",
        "title": "अनाज भंडारण योजना को मंजूरी",
        "text": "\n\n".join(PARAGRAPHS["hi"]),
        "published": "अपडेट: 06 दिसंबर 2026, 15:10 (IST)",
        "language": "hi",
    }
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    build(tmp_path / "a.db", [path])[0].close()
    (row,) = exported(tmp_path / "a.db").values()
    assert row["date_source"] == "updated"
    assert row["published"].startswith("2026-12-06")


def test_a_dumps_update_label_is_its_update(tmp_path: Path) -> None:
    path = tmp_path / "dhaka-flyovers.txt"
    body = "\n\n".join(PARAGRAPHS["bn"])
    path.write_text(f"ঢাকায় তিনটি নতুন উড়ালসড়ক\n\n{LINES['bn'][0]}\n\n{body}\n", "utf-8")
    build(tmp_path / "a.db", [path])[0].close()
    (row,) = exported(tmp_path / "a.db").values()
    assert row["date_source"] == "updated"
    assert row["published"].startswith("2026-12-06")
