"""A cluster's "first seen", as a desk reads it: which outlet had the story first, and when
(newcomer 48a #10, 48b #7).  A page is first seen when it was published where it gives a
publication time before its fetch, else when it was fetched; a page known only by its fetch
is never earlier than a publication it was fetched after; a day alone counts only when it is
a day before the page's fetch.  ``clusters``, ``show`` (its header and its "earliest first"
list), ``stories`` and ``clusters --since/--until`` follow the one rule
(:func:`clipper.seentimes.first_sighting`), in any order of reading.  Invented pages in
Turkish, Kazakh and Georgian."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from clipper.seentimes import FETCHED, PUBLISHED, first_sighting, listing_key, seen_times
from tests.conftest import BACKENDS, cli_ok, in_both_orders, new_location

TURKISH = [
    "Kuzeyköy Belediyesi, sahil yolundaki eski iskelenin yerine yüz yirmi metrelik yeni bir "
    "yolcu iskelesi yapılacağını pazartesi günü açıkladı.",
    "Belediye başkanı, ihalenin ocak ayında yapılacağını ve inşaatın on dört ay süreceğini "
    "söyledi; projenin bedeli 480 milyon lira olarak hesaplandı.",
    "Balıkçılar derneği, çalışmalar sürerken teknelerin batı limanına taşınacağını, bunun da "
    "sabah avından dönenler için yarım saatlik ek yol anlamına geldiğini belirtti.",
    "Yeni iskelede engelli erişimine uygun iki rampa, bekleme salonu ve bisiklet park yeri "
    "bulunacak; vapur seferlerinin yaz aylarında saatte bire çıkarılması planlanıyor.",
    "Muhalefet meclis üyeleri ise eski iskelenin onarımının daha ucuza mal olacağını savunarak "
    "projenin bir kez daha meclis gündemine alınmasını istedi.",
]
KAZAKH = [
    "Көкжар ауданының әкімдігі өзен бойындағы ескі көпірдің орнына жаңа темірбетон көпір "
    "салынатынын дүйсенбі күні хабарлады.",
    "Аудан әкімінің айтуынша, құрылыс көктемде басталып, он алты айға созылады, ал жобаның "
    "құны 9 миллиард теңге деп бағаланған.",
    "Құрылыс кезінде көлік қозғалысы ауылдың солтүстігіндегі уақытша жолға бұрылады, бұл "
    "мектеп автобустарының жолын жиырма минутқа ұзартады.",
    "Жаңа көпірдің ені он екі метр болады, онда жаяу жүргіншілерге арналған екі жол мен "
    "велосипед жолағы қарастырылған.",
    "Жергілікті фермерлер құрылыс мерзімін егін жинау науқанынан кейінге қалдыруды сұрап, "
    "әкімдікке ұжымдық хат жолдады.",
]
GEORGIAN = [
    "ზღვისპირა ქალაქის მერიამ ორშაბათს გამოაცხადა, რომ ძველი ბაზრის შენობა სრულად "
    "განახლდება და იქ ახალი საზოგადოებრივი ბიბლიოთეკა გაიხსნება.",
    "მერის თქმით, სამუშაოები გაზაფხულზე დაიწყება და თვრამეტი თვე გაგრძელდება, პროექტის "
    "ღირებულება კი თორმეტი მილიონი ლარია.",
    "ბაზრის მოვაჭრეები სამუშაოების პერიოდში ნავსადგურის მახლობლად დროებით პავილიონებში "
    "გადავლენ, რაც მათი თქმით მყიდველების რაოდენობას შეამცირებს.",
    "ახალ ბიბლიოთეკაში იქნება საბავშვო დარბაზი, ციფრული არქივი და ღია ეზო, სადაც ზაფხულში "
    "კინოჩვენებები გაიმართება.",
    "ადგილობრივი ისტორიკოსები ითხოვენ, რომ შენობის ძველი ფასადი და თაღები უცვლელად შენარჩუნდეს.",
]


def _record(
    url: str, title: str, text: list[str], published: str | None, fetched: str | None
) -> dict[str, Any]:
    record: dict[str, Any] = {"url": url, "title": title, "maintext": "\n\n".join(text)}
    if published is not None:
        record["date_publish"] = published
    if fetched is not None:
        record["date_download"] = fetched
    return record


def _nights(folder: Path) -> tuple[Path, Path]:
    """Night 1: the scrapers' records.  Turkish: one site scraped at 07:00 that published at
    06:55; another published at 06:30 and scraped at 09:00 (it had the story first).  Kazakh:
    a page giving no date, fetched at 09:00, and one published at 08:00 and fetched at 10:00
    (the undated page cannot be said to be first).  Georgian: a page stating 14:00 though
    fetched at 11:00 (out by 11:00), beside one published at 11:30.  Night 2: a Kazakh
    page fetched at 07:00 with no date of its own: out before 08:00, the first."""
    night1, night2 = folder / "night1", folder / "night2"
    night1.mkdir()
    night2.mkdir()
    records = [
        _record(
            "https://kuzey-haber.example/iskele",
            "Kuzeyköy'e yeni yolcu iskelesi",
            TURKISH,
            "2026-12-06T06:55:00Z",
            "2026-12-06T07:00:00Z",
        ),
        _record(
            "https://sahil-gazete.example/yerel/iskele-projesi",
            "Kuzeyköy'e yeni yolcu iskelesi",
            TURKISH,
            "2026-12-06T06:30:00Z",
            "2026-12-06T09:00:00Z",
        ),
        _record(
            "https://kokzhar-zhanalyk.example/kopir",
            "Көкжарда жаңа көпір салынады",
            KAZAKH,
            None,
            "2026-12-06T09:00:00Z",
        ),
        _record(
            "https://dala-habar.example/news/kopir",
            "Көкжарда жаңа көпір салынады",
            KAZAKH,
            "2026-12-06T08:00:00Z",
            "2026-12-06T10:00:00Z",
        ),
        _record(
            "https://zghva-news.example/biblioteka",
            "ძველ ბაზარში ბიბლიოთეკა გაიხსნება",
            GEORGIAN,
            "2026-12-06T14:00:00Z",
            "2026-12-06T11:00:00Z",
        ),
        _record(
            "https://kalaki-post.example/ambebi/biblioteka",
            "ძველ ბაზარში ბიბლიოთეკა გაიხსნება",
            GEORGIAN,
            "2026-12-06T11:30:00Z",
            "2026-12-06T12:00:00Z",
        ),
    ]
    (night1 / "records.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8"
    )
    early = _record(
        "https://ozen-aqparat.example/kopir",
        "Көкжарда жаңа көпір салынады",
        KAZAKH,
        None,
        "2026-12-06T07:00:00Z",
    )
    (night2 / "early.jsonl").write_text(
        json.dumps(early, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    return night1, night2


def _clusters(db: str) -> dict[str, dict[str, Any]]:
    """``clusters --json`` by the title of each cluster's canonical's language."""
    rows = [json.loads(line) for line in cli_ok(db, "clusters", "--json").output.splitlines()]
    by = {}
    for row in rows:
        title = row["title"]
        key = "tr" if "iskele" in title else "kk" if "көпір" in title else "ka"
        by[key] = row
    return by


def _seen(db: str) -> dict[str, Any]:
    found = _clusters(db)
    stories = {
        story["story_id"]: story
        for story in map(json.loads, cli_ok(db, "stories", "--json").output.splitlines())
    }
    result: dict[str, Any] = {}
    for key, row in found.items():
        shown = json.loads(cli_ok(db, "show", str(row["cluster_id"]), "--json").output)
        story = stories[shown["story_id"]]
        # the page shown on top (the canonical) and the first of the others, earliest first
        listed = {shown["canonical"]["site"], shown["variants"][0]["site"]}
        result[key] = (
            row["first_seen"],
            row["first_seen_as"],
            shown["first_seen"],
            shown["first_seen_as"],
            story["first_seen"],
            listed,
        )
    return result


def test_a_site_scraped_early_is_not_first_before_one_that_published_earlier(
    tmp_path: Path,
) -> None:
    night1, _ = _nights(tmp_path)
    db = str(tmp_path / "a.db")
    cli_ok(db, "dedupe", "--workers", "1", str(night1))
    seen = _seen(db)
    # Turkish: published 06:30 (scraped 09:00) before published 06:55 (scraped 07:00)
    assert seen["tr"][:5] == ("2026-12-06T06:30:00+00:00", PUBLISHED) * 2 + (
        "2026-12-06T06:30:00+00:00",
    )
    # Kazakh: an undated page fetched at 09:00 is not before a publication at 08:00
    assert seen["kk"][:5] == ("2026-12-06T08:00:00+00:00", PUBLISHED) * 2 + (
        "2026-12-06T08:00:00+00:00",
    )
    # Georgian: a page fetched at 11:00 was out then, whatever later time it states (show
    # labels no fetch where every page was fetched)
    eleven = "2026-12-06T11:00:00+00:00"
    assert seen["ka"][:5] == (eleven, FETCHED, eleven, None, eleven)
    table = cli_ok(db, "clusters").output
    assert "2026-12-06 06:30 P" in table
    assert "P: a page's publication time (not a fetch)" in table
    header = cli_ok(db, "show", str(_clusters(db)["tr"]["cluster_id"]), "--no-text").output
    assert "first seen 2026-12-06 06:30 UTC (published)" in " ".join(header.split())
    # show lists first the page the cluster was first seen by (or shows it on top)
    assert "sahil-gazete.example" in seen["tr"][5]
    assert "dala-habar.example" in seen["kk"][5]
    assert "zghva-news.example" in seen["ka"][5]


def test_a_page_fetched_before_a_publication_is_first_in_either_order(tmp_path: Path) -> None:
    """Night 2's undated Kazakh page, fetched at 07:00, was out before the 08:00 publication:
    it is first, by its fetch, whichever night is read first (a backfill)."""
    in_order, backfill = in_both_orders(tmp_path, _nights, _seen)
    assert in_order == backfill
    seven = "2026-12-06T07:00:00+00:00"
    assert in_order["kk"][:5] == (seven, FETCHED, seven, None, seven)
    assert "ozen-aqparat.example" in in_order["kk"][5]
    assert in_order["tr"][0] == "2026-12-06T06:30:00+00:00"


@pytest.mark.parametrize("backend", BACKENDS)
def test_since_and_until_find_a_cluster_by_its_publication_and_its_fetches(
    backend: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    """``clusters --since/--until``: a page is seen at its first sighting and at its fetches;
    the Turkish cluster (published 06:30 and 06:55, fetched 07:00 and 09:00) is in a span
    holding either, and in none holding neither."""
    night1, _ = _nights(tmp_path)
    db = new_location(request, backend, tmp_path)
    cli_ok(db, "dedupe", "--workers", "1", str(night1))

    def titles(since: str, until: str) -> set[str]:
        output = cli_ok(db, "clusters", "--json", "--since", since, "--until", until).output
        return {json.loads(line)["title"] for line in output.splitlines()}

    turkish = "Kuzeyköy'e yeni yolcu iskelesi"
    assert turkish in titles("2026-12-06T06:00:00Z", "2026-12-06T06:40:00Z")  # published 06:30
    assert turkish in titles("2026-12-06T08:30:00Z", "2026-12-06T09:30:00Z")  # fetched 09:00
    assert turkish not in titles("2026-12-06T07:30:00Z", "2026-12-06T08:30:00Z")
    assert turkish not in titles("2026-12-06T04:00:00Z", "2026-12-06T06:00:00Z")


def _page(**fields: Any) -> SimpleNamespace:
    row = {
        "id": 1,
        "fetched_at": None,
        "seen_at": "2026-12-07T05:00:00",
        "last_fetched_at": None,
        "published": None,
        "published_zoneless": None,
        "published_from": None,
        "published_to": None,
    }
    row.update(fields)
    if row["fetched_at"] is not None:
        row["seen_at"] = row["fetched_at"]
    return SimpleNamespace(**row)


def test_a_day_alone_counts_only_when_it_is_a_day_before_the_fetch() -> None:
    """A page fetched at 21:00 and dated that day says no more than its fetch; one dated the
    day before was out by then (a backfill of an old page is first seen on its day, not on
    the night it was fetched); one never fetched counts from its day's start, its only time;
    a day after the fetch's (a local day ahead of UTC) never counts."""
    same_day = _page(published="2026-12-06", fetched_at="2026-12-06T21:00:00")
    day_before = _page(published="2026-12-05", fetched_at="2026-12-06T21:00:00")
    saved = _page(published="2026-12-06")
    day_ahead = _page(published="2026-12-07", fetched_at="2026-12-06T23:30:00")
    assert first_sighting(same_day) == ("2026-12-06T21:00:00", FETCHED)
    assert first_sighting(day_before) == ("2026-12-05T00:00:00", PUBLISHED)
    assert first_sighting(saved) == ("2026-12-06T00:00:00", PUBLISHED)
    assert first_sighting(day_ahead) == ("2026-12-06T23:30:00", FETCHED)
    timed = _page(id=2, published="2026-12-06T08:00:00", fetched_at="2026-12-06T10:00:00")
    # the same-day page is not first at midnight before the 08:00 publication
    assert seen_times([same_day, timed])[0] == "2026-12-06T08:00:00"
    assert sorted([same_day, timed], key=listing_key)[0] is timed


def test_a_zoneless_time_counts_from_its_first_second_on_its_clocks_before_the_fetch() -> None:
    """A time written without a zone counts as :func:`published_at` places it (its first UTC
    second on its country's clocks), bounded by the page's fetch like any other."""
    pinned = _page(
        published="2026-12-06T13:20:00",
        published_zoneless=True,
        published_from="2026-12-06T09:20:00",
        published_to="2026-12-06T09:20:00",
        fetched_at="2026-12-06T21:05:00",
    )
    assert first_sighting(pinned) == ("2026-12-06T09:20:00", PUBLISHED)
    late = _page(
        published="2026-12-06T23:50:00",
        published_zoneless=True,
        published_from="2026-12-06T19:50:00",
        published_to="2026-12-06T19:50:00",
        fetched_at="2026-12-06T12:00:00",
    )
    assert first_sighting(late) == ("2026-12-06T12:00:00", FETCHED)
    # a Brazilian "14:30" (UTC-2 to UTC-5: 16:30 to 19:30 UTC) counts only when the last of
    # those is before the fetch; a time on no known clock never beats its page's fetch
    brazil = {
        "published": "2026-12-06T14:30:00",
        "published_zoneless": True,
        "published_from": "2026-12-06T16:30:00",
        "published_to": "2026-12-06T19:30:00",
    }
    assert first_sighting(_page(**brazil, fetched_at="2026-12-06T20:00:00")) == (
        "2026-12-06T16:30:00",
        PUBLISHED,
    )
    assert first_sighting(_page(**brazil, fetched_at="2026-12-06T18:00:00")) == (
        "2026-12-06T18:00:00",
        FETCHED,
    )
    nowhere = _page(
        published="2026-12-06T07:30:00", published_zoneless=True, fetched_at="2026-12-06T09:15:00"
    )
    assert first_sighting(nowhere) == ("2026-12-06T09:15:00", FETCHED)
    # never fetched, it is its only time: as written (clipper.seentimes.published_at)
    assert first_sighting(_page(published="2026-12-06T07:30:00", published_zoneless=True)) == (
        "2026-12-06T07:30:00",
        PUBLISHED,
    )


def test_the_same_pages_in_any_order_give_the_same_first_seen() -> None:
    pages = [
        _page(id=1, published="2026-12-06T06:55:00", fetched_at="2026-12-06T07:00:00"),
        _page(id=2, published="2026-12-06T06:30:00", fetched_at="2026-12-06T09:00:00"),
        _page(id=3, fetched_at="2026-12-06T06:45:00"),
        _page(id=4, published="2026-12-06"),
    ]
    expected = ("2026-12-06T00:00:00", "2026-12-06T09:00:00")
    for order in (pages, pages[::-1], pages[1:] + pages[:1], pages[2:] + pages[:2]):
        assert seen_times(order) == expected
        assert [p.id for p in sorted(order, key=listing_key)] == [4, 2, 3, 1]
