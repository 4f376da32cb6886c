"""Chinese, Japanese and Korean amounts whose currency is named before the number, and the
renminbi by any name (a Hong Kong desk, session 48: Taiwan's "新台幣120億元" was keyed as 12
billion yuan, so ``NT$12 billion`` missed it and ``12 billion yuan`` found it; ``RMB 12
billion`` missed "12 billion yuan" and "120亿元人民币"; ``人民币25亿元`` found nothing).  Every
page and sentence is invented."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from clipper import searchtext
from clipper.archive import Archive
from clipper.searchamounts import AMOUNT, amounts, query_amount
from clipper.searchtext import search_text
from tests.searchpages import hit_sites, stored_archive, upgraded_archive

TAIPEI = "zhuoshui-ribao.example"  # Traditional, 新台幣 before the number
TAIPEI_AFTER = "danshui-caijing.example"  # Traditional, 新台幣 after it
TAIPEI_EN = "formosa-ledger.example"
GUANGZHOU = "zhujiang-shibao.example"  # Simplified, a bare 元
SHANGHAI = "huangpu-caixun.example"  # Simplified, 元人民币 after the number
BEIJING = "yanjing-jingji.example"  # Simplified, 人民币 before it
HONG_KONG_RMB = "victoria-harbour-daily.example"  # Traditional, 人民幣 before it
CHINA_EN = "middle-kingdom-wire.example"
CHINA_EN_RMB = "bund-business.example"
OSAKA = "naniwa-keizai.example"  # Japanese: 元 is the renminbi, 円 the yen
HONG_KONG = "lion-rock-post.example"  # Traditional, 港元 then a bare 元
HONG_KONG_BEFORE = "kowloon-shangbao.example"  # Traditional, 港幣 before the number
HONG_KONG_EN = "peak-tram-times.example"
SINGAPORE = "shicheng-lianhe.example"  # Simplified, 新元 then a bare 元
SINGAPORE_EN = "merlion-courier.example"
MACAU = "nam-van-bou.example"
SEOUL = "hangang-gyeongje.example"
SEOUL_ZH = "hanjiang-huabao.example"
TAICHUNG = "dadu-xinwen.example"  # Traditional, a bare 元 and no name: the family
PUBLISHED = "2026-12-06T09:00:00+00:00"


def _page(lang: str, site: str, title: str, body: str) -> tuple[str, str, str, list[str]]:
    return (lang, f"https://{site}/news/{abs(hash(title)) % 10**6}", title, [body])


PAGES = {
    "taipei.html": _page(
        "zh",
        TAIPEI,
        "晶川電子砸新台幣80億元 擴建高雄先進封裝廠",
        "晶川電子董事會週五通過新台幣80億元的投資案，其中15億元將用於研發中心，新廠預計後年第二季量產。",
    ),
    "taipei-after.html": _page(
        "zh",
        TAIPEI_AFTER,
        "封裝需求強勁 晶川加碼80億新台幣",
        "法人分析，晶川此舉鎖定人工智慧晶片客戶，明年營收可望成長兩成。",
    ),
    "taipei-en.html": _page(
        "en",
        TAIPEI_EN,
        "Jingchuan to spend NT$8 billion on Kaohsiung packaging plant",
        "The chipmaker's board approved the plan on Friday; mass production is due in two years.",
    ),
    "guangzhou.html": _page(
        "zh",
        GUANGZHOU,
        "银河汽车将投资36亿元建设固态电池工厂",
        "项目位于南沙新区，另获得1500万美元绿色贷款，预计2029年投产，可提供两千个岗位。",
    ),
    "shanghai.html": _page(
        "zh",
        SHANGHAI,
        "华景置业以36亿元人民币拍得浦东住宅用地",
        "该地块楼面价创下今年新区新高，公司表示将建设约一千套住房。",
    ),
    "beijing.html": _page(
        "zh",
        BEIJING,
        "华景置业斥资人民币36亿元 拿下浦东地块",
        "业内人士指出，开发商对长三角核心城市的住宅市场仍然保持信心。",
    ),
    "hong-kong-rmb.html": _page(
        "zh",
        HONG_KONG_RMB,
        "華景置業斥人民幣36億元奪浦東住宅地",
        "集團主席表示，對上海樓市中長期前景感到樂觀，明年將再推兩個項目。",
    ),
    "china-en.html": _page(
        "en",
        CHINA_EN,
        "Galaxy Motors to invest 3.6 billion yuan in solid-state battery plant",
        "The factory in Nansha is due to open in 2029 and employ about 2,000 people.",
    ),
    "china-en-rmb.html": _page(
        "en",
        CHINA_EN_RMB,
        "Huajing Properties wins Pudong plot for RMB 3.6bn",
        "The developer plans about 1,000 homes on the site, with presales in 2028.",
    ),
    "osaka.html": _page(
        "ja",
        OSAKA,
        "中国の銀河汽車、36億元を投じて電池工場を建設",
        "同社は大阪の部品メーカーとも提携し、総額500億円規模の調達を見込んでいる。",
    ),
    "hong-kong.html": _page(
        "zh",
        HONG_KONG,
        "港豐銀行斥3.5億港元推數碼化 明年關閉十間分行",
        "銀行表示，3.5億港元中的1.2億元將用於培訓前線員工及協助長者使用手機應用程式。",
    ),
    "hong-kong-before.html": _page(
        "zh",
        HONG_KONG_BEFORE,
        "港豐銀行投資港幣3.5億元 加快數碼轉型",
        "工會批評分行關閉時間表過急，要求銀行延長過渡期。",
    ),
    "hong-kong-en.html": _page(
        "en",
        HONG_KONG_EN,
        "Kong Fung Bank to spend HK$350 million on digital push, HK$120m on staff training",
        "The lender will close ten branches next year, drawing criticism from unions.",
    ),
    "singapore.html": _page(
        "zh",
        SINGAPORE,
        "政府拨款5亿新元提升组屋电梯",
        "国家发展部说，5亿新元中的2亿元将用于为年长居民较多的邻区加装无障碍设施。",
    ),
    "singapore-en.html": _page(
        "en",
        SINGAPORE_EN,
        "S$500 million for HDB lift upgrades, S$200 million of it for older estates",
        "The ministry said work would start in the second quarter.",
    ),
    "macau.html": _page(
        "zh",
        MACAU,
        "特區政府撥款澳門元12億元興建輕軌新站",
        "運輸工務局表示，新站將於兩年內落成，連接氹仔與路環。",
    ),
    "seoul.html": _page(
        "ko",
        SEOUL,
        "한강전자, 배터리 공장에 5000억원 투자",
        "회사는 내년 상반기 착공해 2029년부터 양산에 들어갈 계획이라고 밝혔다.",
    ),
    "seoul-zh.html": _page(
        "zh",
        SEOUL_ZH,
        "漢江電子斥韓元5000億建電池廠",
        "該公司計劃明年上半年動工，2029年開始量產，並招聘一千名員工。",
    ),
    "taichung.html": _page(
        "zh",
        TAICHUNG,
        "大都建設標得市中心停車場地上權 權利金25億元",
        "市府指出，得標廠商須於三年內完成開發，並保留兩成公共空間。",
    ),
}

_RENMINBI_36 = [GUANGZHOU, SHANGHAI, BEIJING, HONG_KONG_RMB, CHINA_EN, CHINA_EN_RMB, OSAKA]


@pytest.fixture(scope="module")
def archive(module_db_url: str, tmp_path_factory: pytest.TempPathFactory) -> Any:
    yield from stored_archive(module_db_url, tmp_path_factory.mktemp("chinese"), PAGES, PUBLISHED)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # Taiwan's dollar named before the number, after it, and in English
        ("NT$8 billion", [TAIPEI, TAIPEI_AFTER, TAIPEI_EN]),
        ("TWD 8bn", [TAIPEI, TAIPEI_AFTER, TAIPEI_EN]),
        ("新台幣80億元", [TAIPEI, TAIPEI_AFTER, TAIPEI_EN]),
        ("80亿新台币", [TAIPEI, TAIPEI_AFTER, TAIPEI_EN]),
        # a bare 元 on the page naming 新台幣 is Taiwan's dollar
        ("NT$1.5bn", [TAIPEI]),
        # the renminbi by any name, before or after the number, in either script, in Japanese
        ("RMB 3.6bn", _RENMINBI_36),
        ("CNY 3.6 billion", _RENMINBI_36),
        ("3.6 billion yuan", _RENMINBI_36),
        ("人民币36亿元", _RENMINBI_36),
        ("36亿元人民币", _RENMINBI_36),
        ("人民幣36億元", _RENMINBI_36),
        # the Hong Kong dollar: 港元 after, 港幣 before, and the page's bare 元 after 港元
        ("HK$350m", [HONG_KONG, HONG_KONG_BEFORE, HONG_KONG_EN]),
        ("港幣3.5億元", [HONG_KONG, HONG_KONG_BEFORE, HONG_KONG_EN]),
        ("HK$120m", [HONG_KONG, HONG_KONG_EN]),
        # Singapore's dollar: 新元, and a bare 元 on the page naming it
        ("S$500m", [SINGAPORE, SINGAPORE_EN]),
        ("SGD 200 million", [SINGAPORE, SINGAPORE_EN]),
        # Macau's pataca, the won, the yen, the US dollar by their Chinese names
        ("MOP 1.2bn", [MACAU]),
        ("KRW 500bn", [SEOUL, SEOUL_ZH]),
        ("5000억원", [SEOUL, SEOUL_ZH]),
        ("JPY 50bn", [OSAKA]),
        ("日圓500億", [OSAKA]),
        ("US$15m", [GUANGZHOU]),
        # ¥ is the yen's and the renminbi's family; a query's bare 元 every currency's 元
        ("¥3.6bn", _RENMINBI_36),
        ("25億元", [TAICHUNG]),
        ("¥2.5bn", [TAICHUNG]),
    ],
)
def test_a_currency_named_in_chinese_finds_its_amounts(
    archive: Archive, query: str, expected: list[str]
):
    assert hit_sites(archive, query) == sorted(expected)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # newcomer 48b's wrong hit: Taiwan's 新台幣…元 is no yuan
        ("8 billion yuan", []),
        ("RMB 8bn", []),
        ("人民币80亿元", []),
        # and the renminbi no Taiwan or Hong Kong dollar; Singapore's 元 no renminbi
        ("NT$3.6bn", []),
        ("HK$3.6bn", []),
        ("RMB 200m", []),
        ("RMB 120m", []),
        # a Traditional page's bare 元 naming no currency is none of them in particular
        ("RMB 2.5bn", []),
        ("NT$2.5bn", []),
    ],
)
def test_a_named_currency_finds_no_other(archive: Archive, query: str, expected: list[str]):
    assert hit_sites(archive, query) == sorted(expected)


@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("砸新台幣120億元", "twd12000000000"),
        ("新臺幣120億", "twd12000000000"),
        ("120億元新台幣", "twd12000000000"),
        ("投資台幣500元", "twd500"),
        ("人民币25亿元", "cny2500000000"),
        ("25亿元人民币", "cny2500000000"),
        ("25億人民元", "cny2500000000"),
        ("CN¥2.5bn", "cny2500000000"),
        ("2.5 billion renminbi", "cny2500000000"),
        ("港幣35億元", "hkd3500000000"),
        ("35億港元", "hkd3500000000"),
        ("美金3億元", "usd300000000"),
        ("3億美元", "usd300000000"),
        ("日圓500億", "jpy50000000000"),
        ("500億日元", "jpy50000000000"),
        ("韓元5000億", "krw500000000000"),
        ("澳門元12億元", "mop1200000000"),
        ("新加坡元5亿", "sgd500000000"),
        ("歐元20億", "eur2000000000"),
        ("英鎊3億", "gbp300000000"),
        ("令吉8亿", "myr800000000"),
        # a rate, not an amount: a name before a number with no scale and no 元 after it
        ("人民币兑美元7.12", ""),
        ("美元7.1", ""),
    ],
)
def test_the_forms_read(written: str, key: str) -> None:
    found = [keys[0][len(AMOUNT) :] for _, _, keys in amounts(written)]
    assert found == ([key] if key else [])


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # Simplified: the mainland's renminbi; Japanese too
        ("公司投资25亿元建厂", "cny2500000000"),
        ("中国企業が25億元を投じる", "cny2500000000"),
        # Simplified naming Singapore's dollar only: its
        ("拨款5亿新元，其中2亿元用于", "sgd200000000"),
        # Traditional: the one currency the page names, else the 元 family
        ("砸新台幣120億元，其中30億元用於研發", "twd3000000000"),
        ("斥3.5億港元，其中1億元用於培訓", "hkd100000000"),
        ("權利金30億元", "yuan3000000000"),
        ("斥3.5億港元及人民幣2億元，另1億元用於培訓", "yuan100000000"),
    ],
)
def test_a_bare_yuan_is_its_pages_currency(text: str, key: str) -> None:
    """A bare 元 is read by the text it is in (a page's title and body each)."""
    assert amounts(text)[-1][2][0][len(AMOUNT) :] == key


def test_a_querys_bare_yuan_is_the_family() -> None:
    """A query has no page: its bare 元 finds every currency written 元."""
    assert query_amount("25亿元") == f"{AMOUNT}yuan2500000000"
    assert query_amount("25億元") == f"{AMOUNT}yuan2500000000"


def _as_before(value: str) -> str:
    """A search text as clipper indexed it before migration 0099: the Taiwan page's amount
    keyed as yuan."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(
            searchtext,
            "amount_keys_text",
            lambda text: (
                f"{AMOUNT}yuan8000000000 {AMOUNT}yenyuan8000000000" if "80億元" in text else ""
            ),
        )
        return search_text(value)


def test_upgrade_indexes_pages_again(tmp_path: Path) -> None:
    """Migration 0099: an archive indexed before finds Taiwan's dollar once opened, and no
    yuan."""
    pages = {"taipei.html": PAGES["taipei.html"]}
    with upgraded_archive(tmp_path, pages, PUBLISHED, _as_before, "0098") as upgraded:
        assert hit_sites(upgraded, "NT$8 billion") == [TAIPEI]
        assert hit_sites(upgraded, "8 billion yuan") == []
