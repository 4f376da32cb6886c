"""A page whose headline is still mojibake after the reader's repair ("HÃ Ná»™i …": a scraper
made the no-break space of "à" a space, and the byte it stood for is lost) is not shown as its
cluster's canonical over a copy whose headline reads (clipper.canonical rule 6,
``Node.garbled``, :func:`clipper.mojibake.still_garbled`), in whatever order the pages arrive;
where every copy's headline is garbled, or none, rule 6 decides as before.  Invented texts,
garbled the way a scraper garbles them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from clipper.canonical import Node, rank_key
from clipper.mojibake import repaired_field, still_garbled
from clipper.originals import originals_first
from tests.conftest import build, exported


def _lost(text: str) -> str:
    """``text`` read as Windows-1252, its no-break spaces then made spaces: past repair."""
    return text.encode("utf-8").decode("cp1252", errors="replace").replace("\u00a0", " ")


TITLES = {
    "vi": "Hà Nội thu phí ô tô vào nội đô từ tháng 7",
    "fr": "À Paris, la mairie réduit la vitesse à 30 km/h la nuit",
    "ru": "Москва закрывает мост на ремонт до весны",
}
TEXTS = {
    "vi": (
        "Thành phố Hà Nội sẽ thu phí ô tô vào nội đô từ tháng 7 năm 2027 theo đề án mới được "
        "thông qua hôm nay, mức phí dự kiến từ 30.000 đến 50.000 đồng mỗi lượt.",
        "Sở Giao thông cho biết các trạm thu phí sẽ được đặt tại mười hai cửa ngõ và tiền thu "
        "được sẽ dùng để mở rộng mạng lưới xe buýt điện trong ba năm tới.",
    ),
    "fr": (
        "La mairie de Paris a annoncé lundi que la vitesse maximale sur le boulevard "
        "périphérique serait réduite à 30 km/h la nuit à partir du mois prochain.",
        "Les associations de riverains saluent une mesure attendue depuis des années, tandis "
        "que les chauffeurs de taxi dénoncent des trajets plus longs vers les aéroports.",
    ),
    "ru": (
        "Мэрия Москвы объявила в понедельник, что мост через реку будет закрыт на ремонт до "
        "весны, а движение транспорта перенаправят на соседние улицы района.",
        "Городские службы пообещали пустить дополнительные автобусы по объездному маршруту и "
        "продлить работу станций метро на час в будние дни до окончания работ.",
    ),
}


@pytest.mark.parametrize("language", sorted(TITLES))
def test_a_headline_past_repair_is_garbled(language: str) -> None:
    stored = repaired_field(_lost(TITLES[language]))
    assert stored != TITLES[language]
    assert still_garbled(stored)
    assert not still_garbled(TITLES[language])


@pytest.mark.parametrize(
    "title",
    ["Café, Größe und ação", "The rapper Ã and his band", "Plutôt» dit-il", "Tokyo", None, ""],
)
def test_a_readable_headline_is_not_garbled(title: str | None) -> None:
    assert not still_garbled(title)


def _record(language: str, site: str, title: str, published: str) -> dict[str, Any]:
    return {
        "url": f"https://{site}/a/{language}",
        "title": title,
        "maintext": "\n\n".join(TEXTS[language]),
        "date_publish": published,
        "language": language,
    }


@pytest.mark.parametrize("language", sorted(TITLES))
@pytest.mark.parametrize("reverse", [False, True])
def test_the_copy_with_a_readable_headline_is_shown(
    tmp_path: Path, language: str, reverse: bool
) -> None:
    # the garbled copy published first: rule 6 would show it by publication
    records = [
        _record(language, "mirror.example.com", _lost(TITLES[language]), "2026-12-06 08:00:00"),
        _record(language, "paper.example.org", TITLES[language], "2026-12-06 09:00:00"),
    ]
    dump = tmp_path / "night.jsonl"
    import json

    dump.write_text(
        "".join(
            json.dumps(r, ensure_ascii=False) + "\n"
            for r in (records[::-1] if reverse else records)
        ),
        encoding="utf-8",
    )
    archive, _ = build(tmp_path / "a.db", [dump])
    archive.close()
    rows = list(exported(tmp_path / "a.db").values())
    assert len({row["cluster_id"] for row in rows}) == 1
    [shown] = [row for row in rows if row["is_canonical"]]
    assert shown["title"] == TITLES[language]
    assert shown["url"] == f"https://paper.example.org/a/{language}"


def _node(page_id: int, published: str, garbled: bool, partial: bool = False) -> Node:
    url = f"https://s{page_id}.example/x"
    return Node(
        page_id, rank_key(300, published, url, url, f"h{page_id}"), f"h{page_id}",
        date_source="declared", zoneless=False, garbled=garbled, partial=partial,
    )  # fmt: skip


@pytest.mark.parametrize("order", [(0, 1, 2), (2, 1, 0), (1, 2, 0)])
def test_rule_6_orders_a_garbled_headline_after_readable_ones(order: tuple[int, ...]) -> None:
    garbled = _node(1, "2026-12-06T08:00:00+00:00", True)
    later = _node(2, "2026-12-06T09:00:00+00:00", False)
    latest = _node(3, "2026-12-06T10:00:00+00:00", False)
    nodes = [(garbled, later, latest)[i] for i in order]
    assert [n.page_id for n in originals_first(nodes, {})] == [2, 3, 1]


def test_every_headline_garbled_or_a_cut_text_decides_as_before() -> None:
    first = _node(1, "2026-12-06T08:00:00+00:00", True)
    second = _node(2, "2026-12-06T09:00:00+00:00", True)
    assert next(originals_first([second, first], {})).page_id == 1
    # a whole text still comes before a readable headline read cut short
    cut = _node(3, "2026-12-06T07:00:00+00:00", False, partial=True)
    assert next(originals_first([cut, first], {})).page_id == 1
