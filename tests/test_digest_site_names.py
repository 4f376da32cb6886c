"""A page's site is named one way within a digest: a page read from an edition's host
(``kk.dala-habar.example``) is named by its outlet (the registrable site its story's outlets
count, ``dala-habar.example``) in the line under its headline, in its outlet line, in another
article's line and in a new version's line (newcomer 51b: "kursiv.media:
https://kz.kursiv.media/…" under a heading naming kz.kursiv.media)."""

from __future__ import annotations

import json
import re
from pathlib import Path

from click.testing import CliRunner

from clipper.cli import cli

# invented: a Kazakh edition's report, and another outlet's different report of the same event
BRIDGE = [
    "Өзен ауданындағы жаңа көпірдің құрылысы желтоқсанның соңына дейін аяқталады, деп "
    "хабарлады аудан әкімдігінің өкілі Нұрлан Сейітов сәрсенбі күні өткен жиында.",
    "Ұзындығы 240 метр көпір екі ауылды қалалық жолмен жалғайды, ал құрылысқа жергілікті "
    "бюджеттен 3,1 млрд теңге бөлінген, деді ол.",
    "Тұрғындар көктемгі су тасқыны кезінде ескі өткелдің бірнеше рет жабылғанын еске салды.",
]
OTHER = [
    "Өзен өңірінде жаңа көпір салынып жатқанына қарамастан, жолаушылар автобустарының "
    "кестесі өзгеріссіз қалады, деп мәлімдеді облыстық көлік басқармасы бейсенбіде.",
    "Басқарма басшысы Айгүл Мұратова жаңа бағыттар көпір ашылғаннан кейін ғана "
    "қарастырылатынын айтты.",
    "Көлік басқармасы тұрғындардан ұсыныстарды қаңтардың ортасына дейін қабылдайды.",
]


def _record(url: str, title: str, paragraphs: list[str], published: str) -> str:
    return json.dumps(
        {"url": url, "title": title, "text": "\n\n".join(paragraphs), "language": "kk",
         "published": published, "fetched_at": "2026-12-07T12:00:00Z"},
        ensure_ascii=False,
    ) + "\n"  # fmt: skip


def test_an_editions_page_is_named_by_its_outlet_throughout_a_digest(tmp_path: Path) -> None:
    feed = tmp_path / "night.jsonl"
    feed.write_text(
        _record("https://kk.dala-habar.example/2026/12/07/kopir", "Өзендегі көпір желтоқсанда "
                "бітеді", BRIDGE, "2026-12-07T09:00:00Z")
        + _record("https://www.dala-habar.example/2026/12/07/kopir-koshirme", "Өзендегі көпір "
                  "желтоқсанда бітеді", BRIDGE, "2026-12-07T09:30:00Z"),
        encoding="utf-8",
    )  # fmt: skip
    db = str(tmp_path / "n.db")
    runner = CliRunner()
    made = runner.invoke(cli, ["dedupe", "--db", db, "--workers", "1", str(feed)])
    assert made.exit_code == 0, made.output
    base = ["digest", "--db", db, "--since", "2020-01-01", "--no-record"]
    text = runner.invoke(cli, [*base, "--format", "text"])
    assert text.exit_code == 0, text.output
    # the line under the headline and the outlet line name the site alike; the address is
    # the page's own, edition host and all
    assert re.search(r"^   dala-habar\.example · 2026-12-07", text.output, re.MULTILINE)
    assert "kk.dala-habar.example ·" not in text.output
    outlet_lines = re.findall(r"^     - (\S+): (\S+)$", text.output, re.MULTILINE)
    assert [site for site, _ in outlet_lines] == ["dala-habar.example"]
    assert "1 outlet" in text.output
    shown = runner.invoke(cli, [*base, "--format", "json"])
    assert shown.exit_code == 0, shown.output
    (story,) = [s for g in json.loads(shown.stdout)["groups"] for s in g["stories"]]
    assert story["site"] == "dala-habar.example"
    assert [o["site"] for o in story["outlet_links"]] == ["dala-habar.example"]
    assert story["url"].startswith("https://kk.dala-habar.example/") or story["url"].startswith(
        "https://www.dala-habar.example/"
    )
