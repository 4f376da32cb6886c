"""China keeps one legal clock, Beijing's (UTC+8): zone.tab lists Asia/Urumqi too, Xinjiang's
UTC+6 kept by custom, so a mainland page's zoneless time was read between UTC+6 and UTC+8 and
never given a UTC time, even with ``--country site=CN`` (newcomer 44, finding 2).  Countries
whose zones keep different offsets by their own law keep their span."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from clipper.pubwindows import utc_columns
from clipper.sitezones import country_zones, offsets
from tests.conftest import build, exported


def test_china_s_clock_is_beijing_s() -> None:
    assert country_zones("CN") == ("Asia/Shanghai",)
    assert offsets("CN", datetime(2026, 12, 6, 14, 30)) == (timedelta(hours=8),) * 2


def test_a_zoneless_time_of_a_mainland_page_is_pinned() -> None:
    wall, utc = "2026-12-06T14:30:00", "2026-12-06T06:30:00+00:00"
    assert utc_columns(wall, True, "https://news.example.com.cn/a/1", None)["published_utc"] == utc
    assert utc_columns(wall, True, "https://news.example/a/1", None, "CN")["published_utc"] == utc


@pytest.mark.parametrize("country", ["MN", "ID", "ES", "PT", "CL", "CD"])
def test_a_country_of_several_legal_clocks_keeps_its_span(country: str) -> None:
    columns = utc_columns("2026-12-06T14:30:00", True, None, None, country)
    assert columns["published_utc"] is None
    assert columns["published_from"] != columns["published_to"]


_ZH = (
    "市政府6日宣布，地铁三号线延伸段将于本月底开通试运营，新增车站五座，全长约十二公里。",
    "据介绍，延伸段开通后，沿线居民前往市中心的通勤时间预计缩短二十分钟左右。",
    "运营公司表示，试运营期间将根据客流情况适时调整发车间隔，并提醒乘客注意出行安全。",
)


def test_a_zh_cn_page_on_a_com_cn_site_gets_its_utc_time(tmp_path: Path) -> None:
    body = "".join(f"<p>{p}</p>" for p in _ZH)
    (tmp_path / "metro.html").write_text(
        '<html lang="zh-CN"><head><meta charset="utf-8"><title>地铁三号线延伸段月底开通</title>'
        '<link rel="canonical" href="https://www.metro-example.com.cn/news/1.html"></head>'
        '<body><article><h1>地铁三号线延伸段月底开通</h1><p class="date">2026年12月06日 14:30'
        f"</p>{body}</article></body></html>",
        encoding="utf-8",
    )
    archive, _summary = build(tmp_path / "clipper.db", [tmp_path / "metro.html"])
    archive.close()
    [page] = exported(tmp_path / "clipper.db").values()
    assert page["published_utc"] == "2026-12-06T06:30:00+00:00"
