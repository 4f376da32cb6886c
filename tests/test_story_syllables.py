"""Vietnamese story vectors (newcomer 23, finding 20): Vietnamese writes a space between
syllables, not words, and capitalises each syllable of a name, so single syllables ("đà",
"nẵng", "thành", "phố", "công") and capitalised runs weighed as rare names made unrelated
reports from one city one story.  Its terms are syllable bigrams
(``clipper.stories.tokens._syllable_terms``)."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from clipper.cli import cli
from clipper.config import StoryConfig
from clipper.stories.tokens import _syllable_terms
from clipper.stories.vectors import vectorize
from tests.test_story_languages import _cosine

# Three unrelated reports from one city, each naming its People's Committee, and a follow-up
# of the first from another outlet (invented texts).
BRIDGE = (
    "Đà Nẵng khởi công cầu Tiên Sơn mới vào tháng 4 năm 2027",
    "Ủy ban nhân dân thành phố Đà Nẵng cho biết cầu Tiên Sơn mới bắc qua sông Hàn sẽ khởi "
    "công vào tháng 4 năm 2027 với tổng vốn đầu tư khoảng 2.450 tỷ đồng.\n\nTheo Phó chủ tịch "
    "thành phố Lê Quang Nam, cầu dài 1.280 mét, rộng 6 làn xe và nối quận Hải Châu với quận "
    "Ngũ Hành Sơn. Dự kiến cầu thông xe vào cuối năm 2029.",
)
BRIDGE_2 = (
    "Cầu Tiên Sơn mới 2.450 tỷ đồng sắp khởi công",
    "Người dân quận Hải Châu vui mừng khi cầu Tiên Sơn mới bắc qua sông Hàn sắp khởi công "
    "vào tháng 4 năm 2027.\n\nCây cầu dài 1.280 mét, rộng 6 làn xe, tổng vốn đầu tư 2.450 tỷ "
    "đồng, nối Hải Châu với Ngũ Hành Sơn và dự kiến thông xe cuối năm 2029.",
)
FIREWORKS = (
    "Đà Nẵng công bố chủ đề lễ hội pháo hoa quốc tế",
    "Ủy ban nhân dân thành phố Đà Nẵng cho biết lễ hội pháo hoa quốc tế năm nay có chủ đề "
    "Vươn xa và sẽ diễn ra bên sông Hàn từ ngày 7 tháng 6 với 8 đội trình diễn.\n\nTheo Sở "
    "Du lịch, thành phố dự kiến đón 400.000 lượt khách trong mùa lễ hội, nhiều khách sạn ven "
    "biển đã kín phòng.",
)
WATER = (
    "Đà Nẵng điều chỉnh giá nước sinh hoạt từ đầu năm",
    "Hội đồng nhân dân thành phố Đà Nẵng vừa thông qua nghị quyết điều chỉnh giá nước sinh "
    "hoạt từ đầu năm sau.\n\nTheo nghị quyết, giá nước bậc thang đầu tiên ở các quận nội "
    "thành tăng khoảng 9%, các hộ nghèo tiếp tục được hỗ trợ như cũ.",
)


def test_syllable_bigrams_are_the_terms() -> None:
    found = _syllable_terms("Ủy ban nhân dân thành phố Đà Nẵng, năm 2027: 2.450 tỷ.\nSông Hàn")
    assert found[:3] == ["ủy ban", "ban nhân", "nhân dân"]
    assert "đà nẵng" in found and "nẵng năm" not in found  # not across punctuation
    assert "#2.450" in found and "tỷ" in found  # a number; a syllable alone as itself
    assert "phố đà" in found and "đà" not in found and not any(t.startswith("n:") for t in found)
    assert "tỷ sông" not in found  # not across a line break


def test_one_citys_unrelated_reports_are_not_similar() -> None:
    config = StoryConfig()
    bridge, bridge_2, fireworks, water = (
        vectorize(*article, "vi", config) for article in (BRIDGE, BRIDGE_2, FIREWORKS, WATER)
    )
    assert _cosine(bridge, bridge_2) >= config.min_similarity
    for a, b in ((bridge, fireworks), (bridge, water), (fireworks, water)):
        assert _cosine(a, b) < config.min_similarity


def test_stories_of_one_city(tmp_path: Path) -> None:
    sites = ("danang-today", "songhan-news", "danang-today", "mientrung")
    days = (
        "2026-11-29T01:00:00Z",
        "2026-11-30T02:00:00Z",
        "2026-11-30T03:00:00Z",
        "2026-11-30T04:00:00Z",
    )
    dump = tmp_path / "vi.jsonl"
    dump.write_text(
        "".join(
            json.dumps(
                {
                    "url": f"https://{site}.example/{i}",
                    "language": "vi",
                    "title": title,
                    "text": text,
                    "published": day,
                },
                ensure_ascii=False,
            )
            + "\n"
            for i, (site, day, (title, text)) in enumerate(
                zip(sites, days, (BRIDGE, BRIDGE_2, FIREWORKS, WATER), strict=True)
            )
        ),
        encoding="utf-8",
    )
    db = str(tmp_path / "a.db")
    runner = CliRunner()
    assert runner.invoke(cli, ["dedupe", "--db", db, str(dump)]).exit_code == 0
    out = runner.invoke(cli, ["stories", "--db", db, "--json"])
    assert out.exit_code == 0, out.output
    stories = [json.loads(line) for line in out.output.splitlines() if line.startswith("{")]
    assert sorted(s["size"] for s in stories) == [1, 1, 2]


# Two reports of other events in one city on one day, each opening on its day and naming a
# month and a clock time as Vietnamese writes them (invented texts).
PORT = (
    "Tân Cảng mở rộng bến container Cái Mép thêm 450 mét",
    "Ngày 7/12, Tổng công ty Tân Cảng cho biết sẽ mở rộng bến container Cái Mép thêm 450 mét,"
    " khởi công trong tháng 12 và hoàn thành ngày 31/12/2027.\n\nLễ khởi công bắt đầu lúc 8h30"
    " với 36 tàu lai dắt tham gia.",
)
HOSPITAL = (
    "Bệnh viện Chợ Rẫy khai trương khoa ung bướu mới",
    "Ngày 7/12, Bệnh viện Chợ Rẫy khai trương khoa ung bướu với 120 giường bệnh, tiếp nhận"
    " bệnh nhân từ tháng 12.\n\nBuổi lễ bắt đầu lúc 8h30, ngày 12 bệnh viện nhận ca đầu tiên.",
)


def test_a_dates_and_a_clocks_numbers_are_no_terms() -> None:
    found = _syllable_terms(PORT[1])
    assert not {"#12", "#31", "#30", "#7"} & set(found)  # 7/12, tháng 12, 31/12/2027, 8h30
    assert {"#450", "#36"} <= set(found)  # the report's own figures stay
    # the words stay, and nothing is read across the date
    assert "trong tháng" in found and "tháng và" not in found and "ngày" in found
    assert "#12" not in _syllable_terms("ngày 12 bệnh viện, tháng 11.")
    assert "#12" in _syllable_terms("có 12 tàu")  # a count is a figure


def test_two_events_of_one_day_share_no_date_term() -> None:
    config = StoryConfig()
    port, hospital = vectorize(*PORT, "vi", config), vectorize(*HOSPITAL, "vi", config)
    assert _cosine(port, hospital) < 0.05
