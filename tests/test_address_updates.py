"""An outlet's update of its article at a new address is told in the digest as a new version at
the same address is: the new headline, the new lead's words, the paragraphs added, and its link
marked "(updated)" (newcomer 27: a wire agency's update, new headline and lead at a new address,
joined its night-1 page's cluster as a copy and the digest told it nowhere).  Invented texts."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.test_digest import age_runs, digest_json, run

# An invented wire story in English and in Arabic: the agency's night-1 page, a paper's copy of
# it, and the agency's update at a new address the next night (a new headline, a new lead put
# above the night-1 text).
EN = {
    "wire": "https://www.wire-east.example/en/article/dam-leak-kestrel-valley",
    "update": "https://www.wire-east.example/en/article/dam-leak-kestrel-valley-update",
    "amp": "https://www.wire-east.example/amp/en/article/dam-leak-kestrel-valley",
    "print": "https://www.wire-east.example/print/en/article/dam-leak-kestrel-valley",
    "paper": "https://www.valley-herald.example/news/2026/12/3/dam-leak",
    "title": "Leak at Kestrel Valley dam forces evacuation of three villages",
    "paper_title": "Three villages evacuated after Kestrel dam leak",
    "new_title": "Kestrel Valley residents return home as dam leak is sealed",
    "lead": (
        "Engineers sealed the leak on Friday evening and the three villages reopened to "
        "residents, the water authority said, adding that the reservoir would stay at half "
        "its level until inspections end."
    ),
    "body": [
        "KESTREL VALLEY, Dec 3 (Wire East) - A leak found at dawn on Thursday in the wall of "
        "the Kestrel Valley dam forced the evacuation of three villages downstream, the "
        "regional water authority said, as engineers lowered the reservoir through its spillway.",
        "Authority spokesman Daniel Orrin said about two thousand two hundred residents had been "
        "moved to schools in the market town of Brackwell and that no one had been hurt, while "
        "police closed the valley road to all traffic.",
        "The leak was spotted by a night-shift inspector on a routine round of the inspection "
        "gallery, Orrin said, adding that divers would examine the upstream face of the wall "
        "once the water had dropped by four metres.",
        "The Kestrel Valley dam, an earth embankment finished in nineteen sixty-two, holds the "
        "drinking water of some ninety thousand people and was last strengthened eleven years "
        "ago after a survey found seepage near its eastern abutment.",
        "The regional government said on Thursday it would bring forward a review of the "
        "valley's four older dams, which it had planned for next spring, and publish the "
        "inspectors' findings before the end of the month.",
    ],
}
AR = {
    "wire": "https://www.wakala-sharq.example/ar/article/tasarrub-sad-wadi-alnusur",
    "update": "https://www.wakala-sharq.example/ar/article/tasarrub-sad-wadi-alnusur-tahdith",
    "amp": "https://www.wakala-sharq.example/amp/ar/article/tasarrub-sad-wadi-alnusur",
    "print": "https://www.wakala-sharq.example/print/ar/article/tasarrub-sad-wadi-alnusur",
    "paper": "https://www.sahifat-alwadi.example/news/2026/12/3/sad",
    "title": "تسرب في سد وادي النسور يجبر السلطات على إخلاء ثلاث قرى",
    "paper_title": "إخلاء ثلاث قرى بعد تسرب سد وادي النسور",
    "new_title": "عودة السكان إلى قرى وادي النسور بعد إغلاق التسرب في السد",
    "lead": (
        "وفي تطور لاحق، أعلنت هيئة المياه مساء الجمعة أن المهندسين أغلقوا التسرب وأن السكان "
        "عادوا إلى القرى الثلاث، مضيفة أن منسوب الخزان سيبقى عند نصفه حتى انتهاء الفحوص."
    ),
    "body": [
        "وادي النسور في 3 ديسمبر / وكالة الشرق / أجبر تسرب اكتشف فجر الخميس في جدار سد وادي "
        "النسور السلطات على إخلاء ثلاث قرى تقع أسفل السد، بحسب ما أعلنت هيئة المياه الإقليمية، "
        "فيما بدأ المهندسون خفض منسوب الخزان عبر قناة التصريف.",
        "وقال المتحدث باسم الهيئة دانيال العوري إن نحو ألفين ومئتي ساكن نقلوا إلى مدارس في بلدة "
        "براكويل وإنه لم تسجل أي إصابات، فيما أغلقت الشرطة طريق الوادي أمام حركة السير بالكامل.",
        "وأضاف أن مفتشاً في النوبة الليلية لاحظ التسرب خلال جولة روتينية في رواق التفتيش، وأن "
        "غواصين سيفحصون الواجهة الأمامية للجدار بعد أن ينخفض منسوب المياه أربعة أمتار.",
        "ويعد سد وادي النسور سداً ترابياً اكتمل بناؤه عام ألف وتسعمئة واثنين وستين، ويزود نحو "
        "تسعين ألف نسمة بمياه الشرب، وقد جرى تدعيمه قبل إحدى عشرة سنة بعد رصد رشح قرب كتفه الشرقي.",
        "وقالت الحكومة الإقليمية الخميس إنها ستقدم موعد مراجعة السدود الأربعة الأقدم في الوادي، "
        "التي كانت مقررة في الربيع المقبل، وستنشر نتائج المفتشين قبل نهاية الشهر.",
    ],
}


def _record(url: str, title: str, paragraphs: list[str], published: str) -> str:
    return json.dumps(
        {"url": url, "title": title, "published": published, "text": "\n\n".join(paragraphs)},
        ensure_ascii=False,
    )


def _nights(tmp_path: Path, story: dict[str, Any], tonight: list[str]) -> Path:
    """An archive of night 1 (the agency's page and a paper's copy), its runs moved back two
    days, then tonight's records; returns the archive."""
    tmp_path.mkdir(parents=True, exist_ok=True)
    db = tmp_path / "desk.db"
    night1 = tmp_path / "night1.jsonl"
    night1.write_text("\n".join([
        _record(story["wire"], story["title"], story["body"], "2026-12-03T04:40:00Z"),
        _record(story["paper"], story["paper_title"], story["body"][:4], "2026-12-03T09:00:00Z"),
    ]) + "\n", encoding="utf-8")
    assert run(db, "dedupe", "--workers", "1", str(night1)).exit_code == 0
    age_runs(db, hours=48)
    night2 = tmp_path / "night2.jsonl"
    night2.write_text("\n".join(tonight) + "\n", encoding="utf-8")
    assert run(db, "dedupe", "--workers", "1", str(night2)).exit_code == 0
    return db


def _update(story: dict[str, Any]) -> str:
    return _record(
        story["update"], story["new_title"], [story["lead"], *story["body"]],
        "2026-12-04T15:10:00Z",
    )


@pytest.mark.parametrize("story", [EN, AR], ids=["en", "ar"])
def test_an_agencys_update_at_a_new_address_is_told(tmp_path: Path, story: dict[str, Any]) -> None:
    db = _nights(tmp_path, story, [_update(story)])
    (told,) = [s for g in digest_json(db, "--since", "24h")["groups"] for s in g["stories"]]
    assert told["status"] == "updated" and told["pages"] == 3 and told["new_pages"] == 1
    (update,) = told["updates"]
    assert update["url"] == story["update"] and update["replaces"] == story["wire"]
    changes = "; ".join(update["changes"])
    assert f'"{story["title"]}" → "{story["new_title"]}"' in changes
    assert 'new lead: "' + story["lead"][:60] in changes
    links = {o["site"]: o for o in told["outlet_links"]}
    (wire,) = [o for o in links.values() if o["url"] == story["update"]]
    assert wire["updated"] and not wire["new"]
    assert not any(o["updated"] for o in links.values() if o is not wire)

    text = " ".join(run(db, "digest", "--since", "24h", "--no-record").output.split())
    assert "Update at a new address (" in text
    assert f'→ "{story["new_title"]}"' in text
    assert " ".join(story["lead"].split()[:8]) in text
    assert f"(updated): {story['update'].removeprefix('https://')}" in text or (
        f"(updated): {story['update']}" in text
    )
    html = run(db, "digest", "--since", "24h", "--no-record", "--format", "html").output
    assert "Update at a new address (<a href=\"" + story["update"] in html
    assert story["new_title"] in html and story["lead"].split("،")[0].split(",")[0] in html
    assert "<em>(updated)</em>" in html


@pytest.mark.parametrize("story", [EN, AR], ids=["en", "ar"])
def test_a_second_rendition_or_an_older_page_is_no_update(
    tmp_path: Path, story: dict[str, Any]
) -> None:
    """Guards: the outlet's print page of the same text at a new address brings nothing new,
    and its page dated before the one stored earlier is not an update of it.  Its AMP page is
    no new address at all (an AMP rendition's address is the article's, since 0056): the
    digest has nothing new."""
    amp = _record(story["amp"], story["title"], story["body"], "2026-12-03T04:40:00Z")
    db = _nights(tmp_path / "amp", story, [amp])
    nothing = run(db, "digest", "--format", "json", "--since", "24h")
    assert nothing.exit_code == 3 and "nothing new" in nothing.output
    printed = _record(story["print"], story["title"], story["body"], "2026-12-03T04:40:00Z")
    older = _record(
        story["update"], story["new_title"], [story["lead"], *story["body"]],
        "2026-12-02T10:00:00Z",
    )
    for tonight in ([printed], [older]):
        db = _nights(tmp_path / str(len(tonight[0])), story, tonight)
        (told,) = [s for g in digest_json(db, "--since", "24h")["groups"] for s in g["stories"]]
        assert told["new_pages"] == 1 and told["updates"] == []
        assert not any(o["updated"] for o in told["outlet_links"])
        assert "Update at a new address" not in run(
            db, "digest", "--since", "24h", "--no-record"
        ).output
