"""A site's daily report of one template, published on three days, is three clusters, not one
(newcomer 22, finding 16), while a copy with a corrected figure, a next day's reprint and a
same-day copy stay their original's.

Two days' reports share every sentence frame and differ in their figures (a price, a
temperature, a score, the date), so they matched as copies and the later days' figures were no
canonical's.  ``clipper.figures``: pages published on different days each stating figures the
other does not are two reports.  Every text is invented: a Surabaya site's silver price, a
Cusco weather bulletin, a Lucknow mandi's onion rates, a Dhaka league table.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
from click.testing import CliRunner

from clipper.cli import cli
from clipper.config import MatchConfig
from clipper.figures import different_reports, figure_keys, publication_day


def _silver(day: int, weekday: str, price: int, change: int, buyback: int) -> str:
    return (
        f"SURABAYA - Harga perak batangan di Galeri Logam Jawa Timur pada {weekday} "
        f"({day}/11/2026) tercatat Rp{price:,} per gram, berubah Rp{change:,} dibandingkan "
        "hari sebelumnya.\n"
        f"Harga jual kembali perak batangan berada di level Rp{buyback:,} per gram, sehingga "
        "pembeli yang menjual kembali akan menerima harga tersebut di seluruh gerai galeri.\n"
        "Harga perak di galeri dapat berubah sewaktu-waktu mengikuti pergerakan harga perak "
        "dunia dan nilai tukar rupiah terhadap dolar Amerika Serikat, kata pengelola galeri."
    ).replace(",", ".")


def _weather(day: int, weekday: str, high: int, low: int, rain: int) -> str:
    return (
        f"El Servicio de Meteorología del Cusco pronostica para este {weekday} {day} de "
        f"noviembre una temperatura máxima de {high} grados y una mínima de {low} grados en la "
        "ciudad, con cielo parcialmente nublado durante la mañana.\n"
        f"La probabilidad de lluvia por la tarde es del {rain} %, por lo que se recomienda a "
        "los vecinos salir con paraguas y a los conductores extremar la precaución en la vía "
        "de Evitamiento.\n"
        "El servicio recuerda que la radiación ultravioleta alcanzará niveles muy altos al "
        "mediodía y aconseja usar bloqueador solar, sombrero y lentes oscuros al aire libre."
    )


def _onion(day: int, low: int, high: int, arrivals: int) -> str:
    return (
        f"लखनऊ की दुबग्गा मंडी में {day} नवंबर को प्याज का थोक भाव {low} से {high} रुपये प्रति "
        "क्विंटल रहा, व्यापारियों ने बताया कि नासिक से आने वाले माल की मांग सबसे ज्यादा रही।\n"
        f"मंडी समिति के अनुसार आज कुल {arrivals} क्विंटल प्याज की आवक हुई, और खुदरा बाजार में "
        "प्याज के दाम पर इसका असर अगले दो दिनों में दिखाई देने की उम्मीद है।\n"
        "मंडी समिति ने किसानों से अपील की है कि वे अपनी उपज साफ और सूखी हालत में लेकर आएं, ताकि "
        "उन्हें सही दाम मिल सके और नीलामी में देरी न हो।"
    )


def _record(site: str, path: str, day: str, text: str, lang: str) -> dict[str, Any]:
    return {
        "url": f"https://{site}/{path}", "title": text.split(".")[0][:60], "text": text,
        "language": lang, "published": f"{day}T08:00:00+07:00",
    }  # fmt: skip


REPORTS = [
    [
        ("2026-11-26", _silver(26, "Kamis", 17250, 150, 15900)),
        ("2026-11-27", _silver(27, "Jumat", 17180, 70, 15830)),
        ("2026-11-28", _silver(28, "Sabtu", 17320, 140, 15960)),
    ],
    [
        ("2026-11-26", _weather(26, "jueves", 21, 6, 40)),
        ("2026-11-27", _weather(27, "viernes", 19, 5, 70)),
        ("2026-11-28", _weather(28, "sábado", 22, 7, 20)),
    ],
    [
        ("2026-11-26", _onion(26, 1800, 2400, 6500)),
        ("2026-11-27", _onion(27, 1750, 2300, 7100)),
        ("2026-11-28", _onion(28, 1900, 2500, 5800)),
    ],
]
LANGS = ["id", "es", "hi"]


def _clusters(tmp_path: Path, records: list[dict[str, Any]]) -> dict[str, int]:
    night = tmp_path / "night.jsonl"
    night.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8"
    )
    db = str(tmp_path / "r.db")
    runner = CliRunner()
    ran = runner.invoke(cli, ["dedupe", "--db", db, "--workers", "1", str(night)])
    assert ran.exit_code == 0, ran.output
    exported = runner.invoke(cli, ["export", "--db", db])
    rows = [json.loads(line) for line in exported.stdout.splitlines()]
    return {row["url"]: row["cluster_id"] for row in rows}


def test_a_daily_report_of_three_days_is_three_clusters(tmp_path: Path) -> None:
    """Each day's report and its same-day copy on a second site: one cluster a day."""
    records = [
        _record(site, f"{kind}/{day}", day, text, LANGS[kind])
        for kind, days in enumerate(REPORTS)
        for day, text in days
        for site in ("harian-a.example", "harian-b.example")
    ]
    clusters = _clusters(tmp_path, records)
    for kind, days in enumerate(REPORTS):
        ids = [
            {clusters[f"https://{site}/{kind}/{day}"] for site in ("harian-a.example",
                                                                   "harian-b.example")}
            for day, _ in days
        ]  # fmt: skip
        assert all(len(day) == 1 for day in ids), (kind, ids)
        assert len(set().union(*ids)) == 3, (kind, ids)


def test_a_corrected_figure_or_a_reprint_is_still_a_copy(tmp_path: Path) -> None:
    """A wire story, a copy of the next day correcting its toll (one figure), a reprint of
    the next day, and a copy of the same day with two figures updated: one cluster."""
    story = (
        "Rescuers in Ayacucho said on Thursday that 14 people died when a bus carrying 42 "
        "passengers fell into a ravine on the road to Huanta, 30 kilometres from the city.\n"
        "The regional police said 19 survivors were taken to the hospital in Huanta, where "
        "doctors described the condition of five of them as serious.\n"
        "The bus had left Lima on Wednesday evening and was due in Ayacucho at dawn, the "
        "company that ran it said, adding that it would cooperate with the investigation.\n"
        "Relatives gathered outside the morgue in Huanta on Thursday afternoon as the first "
        "victims were identified by the prosecutor's office."
    )
    corrected = story.replace("14 people", "16 people")
    updated = corrected.replace("19 survivors", "21 survivors")
    records = [
        _record("wire.example", "bus", "2026-11-26", story, "en"),
        _record("diario-a.example", "bus", "2026-11-27", corrected, "en"),
        _record("diario-b.example", "bus", "2026-11-27", story, "en"),
        _record("diario-c.example", "bus", "2026-11-26", updated, "en"),
    ]
    clusters = _clusters(tmp_path, records)
    assert len(set(clusters.values())) == 1, clusters


def test_the_rule_reads_figures_of_any_script() -> None:
    # Bengali and Arabic-Indic digits are the figures they write; a thousands separator of
    # another house style is no new figure
    assert np.array_equal(figure_keys("দাম ১২০ টাকা"), figure_keys("price 120"))
    assert np.array_equal(figure_keys("٢٠٢٦"), figure_keys("2026"))
    assert np.array_equal(figure_keys("Rp1,612,000"), figure_keys("Rp1.612.000"))
    assert publication_day("2026-11-26T08:00:00+07:00") == "2026-11-26"
    assert publication_day("\uffff") is None
    config = MatchConfig()
    a, b = figure_keys(REPORTS[0][0][1]), figure_keys(REPORTS[0][1][1])
    least, share = config.report_figures, config.report_figure_share
    assert different_reports(("2026-11-26", "2026-11-27"), (a, b), least, share)
    # the same day, or an unknown one: copies as before
    assert not different_reports(("2026-11-26", "2026-11-26"), (a, b), least, share)
    assert not different_reports((None, "2026-11-27"), (a, b), least, share)


def test_one_address_read_on_two_days_is_one_page_s_versions(tmp_path: Path) -> None:
    """A "today's price" page at one address, read on two days with the day's figures: its
    two versions, one cluster (versions are one text whatever their figures)."""
    records = [
        {**_record("harian-a.example", "perak-hari-ini", day, text, "id"),
         "fetched_at": f"{day}T09:00:00+07:00"}
        for day, text in REPORTS[0][:2]
    ]  # fmt: skip
    night = tmp_path / "night.jsonl"
    night.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    db = str(tmp_path / "v.db")
    runner = CliRunner()
    assert runner.invoke(cli, ["dedupe", "--db", db, "--workers", "1", str(night)]).exit_code == 0
    exported = runner.invoke(cli, ["export", "--db", db])
    rows = [json.loads(line) for line in exported.stdout.splitlines()]
    assert len(rows) == 2 and len({row["cluster_id"] for row in rows}) == 1, rows
