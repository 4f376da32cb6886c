"""A company's newsroom or announcements page carrying two or three whole press releases one
after another is a compilation (cluster rule 5, :mod:`clipper.compilations`), never the
canonical of one release's cluster: it is shown as carrying them (newcomer 26's finding 21).

On main such a page, its latest release at its opening, was the longest copy of that release
and became the canonical of its cluster (the releases' own pages and a wire's copy joined it).
Each release here is what a company publishes: a headline (its page's title, and on the
newsroom above its text), a dateline, an opening that names the company the same way in every
release, the "About X" portrait and the press contact.  Companies in English, Japanese,
Indonesian, German and Chinese; every text is invented.  The guards: one story split over three
pages (each under its headline), a story with its brief, and a story with its brief and another
site's rewrite of its rest stay with the story's page.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from clipper.cli import cli


@dataclass(frozen=True)
class Company:
    site: str
    newsroom: str  # the newsroom page's title
    about: tuple[str, ...]  # the portrait: its heading, then its text
    contact: tuple[str, ...]
    releases: tuple[tuple[str, tuple[str, ...]], ...]  # (headline, paragraphs), oldest first
    continued: str  # after its headline, the title of page {n} of a story


COMPANIES = {
    "en": Company(
        "harbourline.example.au",
        "Newsroom | Harbourline Energy",
        ("About Harbourline Energy",
         "Harbourline Energy Ltd (ASX: HBL) builds and runs grid-scale battery storage in "
         "Victoria and South Australia. Founded in 2014, it employs 1,300 people and holds "
         "1.2 gigawatts of storage in operation or under construction."),
        ("Media contact: Jess Whitlam, Head of Communications, +61 3 9000 0000, "
         "media@harbourline.example.au",),
        (
            ("Harbourline Energy opens its first battery plant in Geelong", (
                "GEELONG, 1 December 2026 -- Harbourline Energy Ltd (ASX: HBL) today opened its "
                "first battery storage plant in Geelong, a 240-megawatt site that will hold "
                "enough power for 90,000 homes during the evening peak.",
                "The plant was built in eighteen months by a team of 600 local workers and uses "
                "lithium iron phosphate cells made under licence in Victoria.",
                "Chief executive Mara Collins said the site would help the grid absorb the solar "
                "power that now goes to waste on sunny afternoons, and that two more plants were "
                "planned before the end of the decade.",
                "Harbourline will operate the plant under a fifteen-year contract with the grid "
                "operator, which pays for capacity held in reserve during heatwaves.",
            )),
            ("Harbourline Energy names Priya Raman chief financial officer", (
                "MELBOURNE, 3 December 2026 -- Harbourline Energy Ltd (ASX: HBL) today announced "
                "the appointment of Priya Raman as chief financial officer from 1 February 2027, "
                "succeeding Tom Avery, who retires after nine years.",
                "Ms Raman joins from a listed water utility, where she led the refinancing of its "
                "debt and a capital works programme worth four billion dollars.",
                "Chief executive Mara Collins said Ms Raman's experience of infrastructure finance "
                "would be central as the company funds its next two storage plants and a wind "
                "farm in the state's west.",
                "Mr Avery will remain with the company as an adviser until the end of June to "
                "help with the handover of the annual audit and the bond issue planned for "
                "the spring.",
            )),
            ("Harbourline Energy signs storage deal with Bellarine Water", (
                "MELBOURNE, 4 December 2026 -- Harbourline Energy Ltd (ASX: HBL) today signed a "
                "ten-year agreement to supply stored power to Bellarine Water's treatment "
                "plants, which run their pumps through the night.",
                "Under the deal the water utility will buy 30 megawatts of capacity from the "
                "Geelong plant at a fixed price, cutting its power bill by about a fifth.",
                "Bellarine Water's managing director Ken Osei said the agreement would shield "
                "customers from the swings of the wholesale market over the coming winters.",
            )),
        ),
        "(page {n})",
    ),
    "ja": Company(
        "aoba-seiko.example.jp",
        "ニュースリリース一覧｜アオバ精工",
        ("【株式会社アオバ精工について】",
         "株式会社アオバ精工は1962年創業の精密部品メーカーです。医療機器と半導体製造装置"
         "向けの切削部品を国内三つの工場で生産し、従業員は約千二百名です。"),
        ("【本件に関する報道関係者からのお問い合わせ先】株式会社アオバ精工　広報部　"
         "電話：03-0000-0000　メール：press@aoba-seiko.example.jp",),
        (
            ("アオバ精工、岩手に新工場を建設　医療機器部品の生産を倍増", (
                "2026年12月1日　株式会社アオバ精工（本社：東京都大田区、代表取締役社長：田中一郎）"
                "は、岩手県北上市に医療機器向け精密部品の新工場を建設すると発表しました。",
                "新工場の延べ床面積は約一万八千平方メートルで、総投資額は約九十億円を見込みます。"
                "2028年春の稼働を予定し、地元から約二百名を新たに採用します。",
                "人工関節や手術用器具に使うチタン部品の需要が国内外で伸びており、現在の大田工場"
                "だけでは注文に応えきれない状況が続いていました。",
                "田中社長は「地域の皆様と共に、世界の医療を支える工場を育てていきたい」と話して"
                "います。",
            )),
            ("アオバ精工、新社長に佐藤美咲氏が就任へ", (
                "2026年12月3日　株式会社アオバ精工（本社：東京都大田区、代表取締役社長：田中一郎）"
                "は、本日開催の取締役会において、佐藤美咲常務取締役が来年四月一日付で代表取締役"
                "社長に就任する人事を決議しました。",
                "佐藤氏は半導体装置向け事業部長として海外顧客の開拓を進め、同事業の売上高を五年で"
                "二倍に伸ばしました。田中社長は代表権のない会長に就きます。",
                "佐藤氏は「創業以来の技術を大切にしながら、次の成長の柱を育てていく」とコメント"
                "しています。",
            )),
            ("アオバ精工、2027年3月期の業績予想を上方修正", (
                "2026年12月4日　株式会社アオバ精工（本社：東京都大田区、代表取締役社長：田中一郎）"
                "は、2027年3月期の通期業績予想を上方修正すると発表しました。",
                "売上高は前回予想より二十億円多い四百八十億円、営業利益は六億円多い四十二億円を"
                "見込みます。半導体製造装置向けの部品の受注が想定を上回りました。",
                "期末配当も一株当たり五円増やし、四十五円とする予定です。",
            )),
        ),
        "（{n}ページ目）",
    ),
    "id": Company(
        "nusaair.example.co.id",
        "Siaran Pers | Nusa Air",
        ("Tentang PT Nusa Air Tbk",
         "PT Nusa Air Tbk adalah maskapai penerbangan berjadwal yang melayani 42 kota di "
         "Indonesia dengan armada 36 pesawat. Perusahaan berdiri pada 2009 dan tercatat di "
         "Bursa Efek Indonesia sejak 2016."),
        ("Untuk informasi lebih lanjut, silakan hubungi: Dewi Lestari, Kepala Komunikasi "
         "Perusahaan, telepon 021 000 0000, surel media@nusaair.example.co.id",),
        (
            ("Nusa Air Buka Rute Baru Surabaya-Kupang Mulai Januari", (
                "SURABAYA, 1 Desember 2026 -- PT Nusa Air Tbk (IDX: NUSA) hari ini mengumumkan "
                "pembukaan rute baru Surabaya-Kupang yang akan dilayani dua kali sehari mulai "
                "15 Januari 2027 dengan pesawat berkapasitas 180 penumpang.",
                "Direktur Utama Nusa Air, Bambang Wicaksono, mengatakan rute ini dibuka karena "
                "permintaan perjalanan bisnis dan wisata ke Nusa Tenggara Timur terus meningkat.",
                "Tiket promosi untuk penerbangan perdana sudah dapat dibeli melalui aplikasi dan "
                "situs resmi perusahaan dengan harga mulai delapan ratus ribu rupiah.",
                "Perusahaan juga menyiapkan layanan bagasi tambahan gratis selama bulan pertama "
                "bagi penumpang yang membawa produk usaha kecil dari daerah.",
            )),
            ("Nusa Air Tunjuk Siti Rahmawati sebagai Direktur Keuangan", (
                "JAKARTA, 3 Desember 2026 -- PT Nusa Air Tbk (IDX: NUSA) hari ini menunjuk Siti "
                "Rahmawati sebagai Direktur Keuangan yang baru, menggantikan Hendra Gunawan yang "
                "memasuki masa pensiun setelah sebelas tahun bertugas.",
                "Siti sebelumnya memimpin bagian keuangan sebuah perusahaan pelayaran nasional "
                "dan berpengalaman menata ulang utang serta pembiayaan armada kapal baru.",
                "Menurut Bambang Wicaksono, pengalaman tersebut penting karena maskapai berencana "
                "menambah dua belas pesawat dalam tiga tahun mendatang untuk rute domestik.",
            )),
            ("Nusa Air Raih Penghargaan Ketepatan Waktu Terbaik 2026", (
                "JAKARTA, 4 Desember 2026 -- PT Nusa Air Tbk (IDX: NUSA) hari ini menerima "
                "penghargaan sebagai maskapai dengan tingkat ketepatan waktu terbaik tahun 2026 "
                "dari sebuah lembaga pemeringkat penerbangan regional.",
                "Sepanjang Januari hingga Oktober, 93 persen penerbangan Nusa Air berangkat "
                "kurang dari lima belas menit dari jadwal yang tertera di tiket.",
                "Bambang Wicaksono menyebut capaian itu hasil kerja keras kru darat dan awak "
                "kabin yang menyiapkan pesawat lebih awal setiap pagi.",
            )),
        ),
        "(halaman {n})",
    ),
    "de": Company(
        "kessler-antriebe.example.de",
        "Pressemitteilungen | Kessler Antriebstechnik",
        ("Über die Kessler Antriebstechnik GmbH",
         "Die Kessler Antriebstechnik GmbH mit Sitz in Esslingen entwickelt und fertigt "
         "Getriebemotoren für Förderanlagen und Aufzüge. Das Familienunternehmen beschäftigt "
         "1.850 Mitarbeiterinnen und Mitarbeiter an vier Standorten."),
        ("Pressekontakt: Kessler Antriebstechnik GmbH, Unternehmenskommunikation, Sabine "
         "Albrecht, Telefon +49 711 000000, presse@kessler-antriebe.example.de",),
        (
            ("Kessler Antriebstechnik baut Werk in Zwickau aus", (
                "Esslingen, 1. Dezember 2026 – Die Kessler Antriebstechnik GmbH investiert "
                "45 Millionen Euro in den Ausbau ihres Werks in Zwickau und schafft dort bis "
                "2028 rund 220 neue Arbeitsplätze.",
                "In der neuen Halle sollen ab dem Frühjahr 2028 Getriebemotoren für "
                "Aufzugsanlagen gefertigt werden, deren Nachfrage vor allem in Asien steigt.",
                "„Zwickau hat uns mit seinen Fachkräften überzeugt“, sagte Geschäftsführer "
                "Thomas Kessler bei der Vorstellung der Pläne im Rathaus der Stadt.",
                "Die Bauarbeiten beginnen im März; die Stadt hat die Genehmigung bereits "
                "erteilt.",
            )),
            ("Kessler Antriebstechnik beruft Anna Weber zur Finanzchefin", (
                "Esslingen, 3. Dezember 2026 – Die Kessler Antriebstechnik GmbH hat Anna Weber "
                "zum 1. März 2027 zur Finanzchefin berufen. Sie folgt auf Rainer Vogt, der nach "
                "vierzehn Jahren in den Ruhestand geht.",
                "Weber war zuletzt Finanzvorständin eines Herstellers von Landmaschinen und hat "
                "dort die Finanzierung zweier Werke in Osteuropa verantwortet.",
                "„Mit Anna Weber gewinnen wir eine erfahrene Managerin für die nächste "
                "Wachstumsphase“, sagte Geschäftsführer Thomas Kessler.",
            )),
            ("Kessler Antriebstechnik erhält Großauftrag aus Singapur", (
                "Esslingen, 4. Dezember 2026 – Die Kessler Antriebstechnik GmbH hat einen "
                "Auftrag über 1.400 Getriebemotoren für die Aufzüge eines neuen Wohnviertels "
                "in Singapur erhalten.",
                "Der Auftrag hat ein Volumen von rund 30 Millionen Euro und soll bis Ende 2028 "
                "ausgeliefert werden; gefertigt wird überwiegend im Stammwerk Esslingen.",
                "Vertriebsleiter Jan Hoffmann sprach vom größten Einzelauftrag in der "
                "Geschichte des Unternehmens.",
            )),
        ),
        "(Seite {n})",
    ),
    "zh": Company(
        "qingshan-tech.example.cn",
        "新闻中心 - 青山科技",
        ("关于青山科技",
         "青山智能科技股份有限公司成立于2011年，总部位于江苏苏州，专注于工业机器人控制器的"
         "研发与制造，在全国设有五个生产基地，员工约三千人。"),
        ("媒体联系人：王丽　青山智能科技股份有限公司品牌传播部　电话：0512-00000000　"
         "邮箱：media@qingshan-tech.example.cn",),
        (
            ("青山科技苏州第二工厂正式投产", (
                "2026年12月1日，青山智能科技股份有限公司（以下简称“青山科技”）宣布，位于苏州"
                "工业园区的第二工厂正式投产，年产工业机器人控制器十二万台。",
                "新工厂总投资约八亿元，建筑面积六万平方米，投产后公司控制器的总产能将提高"
                "一倍，可满足汽车和电子行业客户不断增长的订单。",
                "青山科技董事长陈志远在投产仪式上表示，新工厂采用了公司自主研发的柔性生产线，"
                "单台产品的生产时间缩短了三成。",
                "公司计划明年在新工厂增设研发中心，招聘约三百名工程师。",
            )),
            ("青山科技任命刘晓燕为首席财务官", (
                "2026年12月3日，青山智能科技股份有限公司（以下简称“青山科技”）宣布，董事会"
                "已任命刘晓燕女士为公司首席财务官，自2027年1月1日起生效。",
                "刘晓燕此前在一家上市家电企业担任财务总监十年，主导过多次海外并购和债券发行。",
                "陈志远表示，刘晓燕的加入将帮助公司为海外工厂建设筹集资金，并进一步完善内部"
                "管理。",
            )),
            ("青山科技与德国汽车零部件企业签署合作协议", (
                "2026年12月4日，青山智能科技股份有限公司（以下简称“青山科技”）宣布，与一家"
                "德国汽车零部件企业签署战略合作协议，共同开发新一代焊接机器人控制系统。",
                "根据协议，双方将在苏州设立联合实验室，首批产品计划于2028年投放欧洲市场。",
                "青山科技总经理周明表示，此次合作是公司拓展欧洲市场的重要一步。",
            )),
        ),
        "（第{n}页）",
    ),
}  # fmt: skip



def _text(company: Company, paragraphs: tuple[str, ...]) -> str:
    return "\n\n".join([*paragraphs, *company.about, *company.contact])


def _release_records(language: str) -> list[dict[str, Any]]:
    company = COMPANIES[language]
    records = []
    for n, (headline, paragraphs) in enumerate(company.releases, 1):
        records.append({
            "url": f"https://{company.site}/news/release-{n}", "title": headline,
            "text": _text(company, paragraphs), "published": f"2026-12-0{n}T09:00:00+08:00",
        })
    # a wire's copy of the first release (its distribution line below)
    headline, paragraphs = company.releases[0]
    records.append({
        "url": f"https://prwire.example/{language}/{company.site}/release-1", "title": headline,
        "text": _text(company, paragraphs) + "\n\nDistributed by PR Wire Asia-Pacific",
        "published": "2026-12-01T09:30:00+08:00",
    })
    return records  # fmt: skip


def _newsroom(language: str, releases: int) -> dict[str, Any]:
    """The newsroom page: its latest ``releases`` releases, latest first, each under its
    headline."""
    company = COMPANIES[language]
    parts: list[str] = []
    for headline, paragraphs in company.releases[:releases][::-1]:
        parts.extend([headline, _text(company, paragraphs)])
    return {
        "url": f"https://{company.site}/newsroom", "title": company.newsroom,
        "text": "\n\n".join(parts), "published": f"2026-12-0{releases}T12:00:00+08:00",
    }  # fmt: skip


def _dedupe(tmp_path: Path, records: list[dict[str, Any]], language: str) -> dict[str, Any]:
    """``records`` through ``dedupe`` into a fresh archive: its path and the export's rows by
    URL."""
    night = tmp_path / "night.jsonl"
    night.write_text(
        "".join(json.dumps({**r, "language": language}, ensure_ascii=False) + "\n"
                for r in records),
        encoding="utf-8",
    )  # fmt: skip
    db = str(tmp_path / "newsroom.db")
    result = CliRunner().invoke(cli, ["dedupe", "--db", db, "--workers", "1", str(night)])
    assert result.exit_code == 0, result.output
    exported = CliRunner().invoke(cli, ["export", "--db", db])
    assert exported.exit_code == 0, exported.output
    rows = {row["url"]: row for row in map(json.loads, exported.stdout.splitlines())}
    return {"db": db, "rows": rows}


def _assert_one_cluster_under_the_first(
    tmp_path: Path, records: list[dict[str, Any]], language: str
) -> None:
    """``records`` deduplicated are one cluster, the first record's page its canonical."""
    rows = _dedupe(tmp_path, records, language)["rows"]
    assert len({row["cluster_id"] for row in rows.values()}) == 1
    assert [url for url, row in rows.items() if row["is_canonical"]] == [records[0]["url"]]


@pytest.mark.parametrize("language", sorted(COMPANIES))
@pytest.mark.parametrize("releases", [2, 3])
@pytest.mark.parametrize("reverse", [False, True])
def test_a_newsroom_page_is_no_canonical_of_the_releases_it_carries(
    tmp_path: Path, language: str, releases: int, reverse: bool
) -> None:
    own = _release_records(language)
    wire = own.pop()
    records = [*own[:releases], wire, _newsroom(language, releases)]
    got = _dedupe(tmp_path, records[::-1] if reverse else records, language)
    rows = got["rows"]
    clusters = [rows[record["url"]]["cluster_id"] for record in own[:releases]]
    newsroom = rows[records[-1]["url"]]
    assert len(set(clusters)) == releases, "each release is a story of its own"
    assert rows[wire["url"]]["cluster_id"] == clusters[0], "the wire's copy is the release's"
    assert all(rows[record["url"]]["is_canonical"] for record in own[:releases])
    assert newsroom["cluster_id"] not in clusters, "the newsroom is no copy of a release"
    shown = CliRunner().invoke(cli, ["show", "--db", got["db"], str(newsroom["cluster_id"])])
    assert shown.exit_code == 0, shown.output
    assert f"Carries {releases} other articles" in shown.output, shown.output


@pytest.mark.parametrize("language", sorted(COMPANIES))
def test_one_story_over_three_pages_stays_with_the_whole_story(
    tmp_path: Path, language: str
) -> None:
    """Guard: a story printed whole on one page and over three pages elsewhere, each under
    the story's headline (pages 2 and 3 marked so), is one cluster, the whole page its
    canonical: the three parts, side by side from its opening to its end, are one article,
    not three beside each other."""
    company = COMPANIES[language]
    headline = company.releases[0][0]
    parts = [paragraphs for _, paragraphs in company.releases]  # one long story's thirds
    titles = [headline] + [f"{headline} {company.continued.format(n=n)}" for n in (2, 3)]
    records = [
        {"url": f"https://{company.site}/story", "title": headline,
         "text": "\n\n".join(p for part in parts for p in part),
         "published": "2026-12-01T09:00:00+08:00"},
        *({"url": f"https://paper.example/story/{n}", "title": title,
           "text": "\n\n".join(part), "published": "2026-12-01T10:00:00+08:00"}
          for n, (title, part) in enumerate(zip(titles, parts, strict=True), 1)),
    ]  # fmt: skip
    _assert_one_cluster_under_the_first(tmp_path, records, language)


def _long_story() -> tuple[list[str], dict[str, Any]]:
    """One long English story (two releases' paragraphs, one after the other): its
    paragraphs and its record."""
    company = COMPANIES["en"]
    headline, first = company.releases[0]
    story = [*first, *company.releases[1][1]]
    return story, {
        "url": f"https://{company.site}/news/long-story", "title": headline,
        "text": "\n\n".join(story), "published": "2026-12-01T09:00:00+08:00",
    }  # fmt: skip


def test_a_story_and_its_brief_stay_one_cluster(tmp_path: Path) -> None:
    """Guard: a story whose brief (its opening) has a page of its own is still the brief's
    canonical; the brief is no whole article beside another."""
    story, record = _long_story()
    records = [
        record,
        {"url": "https://briefs.example/harbourline", "title": "In brief: " + record["title"],
         "text": "\n\n".join(story[:2]), "published": "2026-12-01T10:00:00+08:00"},
    ]  # fmt: skip
    _assert_one_cluster_under_the_first(tmp_path, records, "en")


def test_a_story_with_its_brief_and_a_rewrite_of_its_rest_stays_one_cluster(
    tmp_path: Path,
) -> None:
    """Guard: a story's brief and another site's rewrite of the rest of it, under an intro
    line of its own, each under a headline of its own, lie side by side in the story from
    its opening to its end; the rewrite is not held whole (its intro line), so the story is
    no page of whole articles: it stays their canonical."""
    story, record = _long_story()
    records = [
        record,
        {"url": "https://briefs.example/harbourline", "title": "Geelong gets a big battery",
         "text": "\n\n".join(story[:4]), "published": "2026-12-01T10:00:00+08:00"},
        {"url": "https://energydesk.example/harbourline-cfo",
         "title": "Power company's new money chief to fund more storage",
         "text": "\n\n".join(["The state's newest battery operator is also changing who "
                              "keeps its books, as it plans more sites across Victoria.",
                              *story[4:]]),
         "published": "2026-12-01T11:00:00+08:00"},
    ]  # fmt: skip
    _assert_one_cluster_under_the_first(tmp_path, records, "en")
