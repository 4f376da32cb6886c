"""A figure changed inside a sentence of a language written without spaces is an edited
paragraph with the figure marked, as in a spaced language (newcomer 25's finding 7): Chinese
and Japanese versions differing by one number were "1 paragraph added; 1 paragraph removed",
since a whole sentence was one "word" to the paragraph comparison.  Invented texts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clipper.changes import compare_texts
from clipper.versionchanges import version_changes
from tests.test_cut_short_readings import run

# Per language: the paragraphs, the figure as first and then written, another paragraph of the
# same story that is no edit of the first.
CASES = {
    "zh": (
        [
            "潮地港務局週四晚間投票決定在冬季風暴來臨前重建北碼頭，工程師此前發現其木製支柱已經腐朽。",
            "港務局主席李安在市政廳的會議上表示，工程將耗資4.2億元，渡輪碼頭將關閉十一週。",
            "渡輪乘客在此期間將改在魚市碼頭上船，一座臨時浮橋將於下月從鹽沼造船廠拖來。",
        ],
        ("4.2億", "5.1億"),
        "漁民表示，封閉將使他們錯過鯡魚季節最好的幾週，並要求港務局再設一座浮橋。",
    ),
    "ja": (
        [
            "潮地港湾局は木曜日の夜、冬の嵐の前に北桟橋を建て直すことを決めた。技師が木の支柱の腐食を見つけていた。",
            "李安委員長は市庁舎での会合で、工事費は4億2000万円で、フェリー乗り場は11週間閉鎖されると述べた。",
            "その間、乗客は魚市場の岸壁から乗船し、来月には塩沼の造船所から仮設の浮き桟橋が運ばれる。",
        ],
        ("4億2000万円", "5億1000万円"),
        "漁業者たちは、閉鎖でニシン漁の最盛期を失うと訴え、二つ目の浮き桟橋の費用負担を求めた。",
    ),
    "th": (
        [
            "คณะกรรมการท่าเรือทิเดแลนด์ลงมติเมื่อคืนวันพฤหัสบดีให้สร้างท่าเทียบเรือเหนือใหม่ก่อนฤดูพายุ",
            "ประธานคณะกรรมการกล่าวในที่ประชุมว่างานนี้จะใช้งบประมาณ 42 ล้านบาทและปิดท่าเรือข้ามฟากสิบเอ็ดสัปดาห์",
            "ผู้โดยสารเรือข้ามฟากจะขึ้นเรือที่ท่าปลาชั่วคราวระหว่างนี้ส่วนทุ่นลอยจะมาจากอู่ต่อเรือเดือนหน้า",
        ],
        ("42 ล้าน", "51 ล้าน"),
        "ชาวประมงกล่าวว่าการปิดท่าเรือจะทำให้พวกเขาเสียสัปดาห์ที่ดีที่สุดของฤดูปลาและขอทุ่นลอยลำที่สอง",
    ),
    "en": (
        [
            "The harbour board of Tideland voted on Thursday evening to rebuild the north pier.",
            "The work will cost 4.2 million crowns and close the ferry landing for eleven weeks.",
            "Ferry passengers will board at the fish quay meanwhile, from a temporary pontoon.",
        ],
        ("4.2 million", "5.1 million"),
        "Fishermen said the closure would cost them the best weeks of the herring season.",
    ),
}


@pytest.mark.parametrize("lang", sorted(CASES))
def test_a_figure_changed_in_a_sentence_is_an_edit_with_the_figure_marked(lang: str) -> None:
    paragraphs, (old, new), _ = CASES[lang]
    before = "\n".join(paragraphs)
    after = before.replace(old, new)
    said = version_changes("Pier", before, "Pier", after)
    (edited,) = said
    assert edited.startswith("1 paragraph edited: ")
    marked = edited.removeprefix("1 paragraph edited: ")
    # the figure, not the sentence: what changed and what it became
    assert marked.count("→") == 1 and len(marked) < 30, marked
    was, now = (part.strip(' "') for part in marked.split("→"))
    assert was in old and now in new and was != now
    changes = compare_texts("Pier", after, "Pier", before)
    assert (changes.edited, changes.extra, changes.kept) == (1, 0, len(paragraphs))


@pytest.mark.parametrize("lang", sorted(CASES))
def test_another_paragraph_is_no_edit(lang: str) -> None:
    paragraphs, _, other = CASES[lang]
    after = "\n".join([*paragraphs[:2], other])
    said = version_changes("Pier", "\n".join(paragraphs), "Pier", after)
    assert said == ["1 paragraph added", "1 paragraph removed"], said


@pytest.mark.parametrize("lang", ["zh", "ja"])
def test_show_diff_of_a_figure_changed(lang: str, tmp_path: Path) -> None:
    paragraphs, (old, new), _ = CASES[lang]
    url = f"https://www.harbourpost.example/{lang}/pier"
    db = str(tmp_path / "v.db")
    for n, (text, fetched) in enumerate(
        [("\n".join(paragraphs), "2026-12-02T10:00:00Z"),
         ("\n".join(paragraphs).replace(old, new), "2026-12-02T16:00:00Z")]
    ):
        dump = tmp_path / f"{n}.jsonl"
        dump.write_text(json.dumps({"url": url, "title": paragraphs[0][:12], "text": text,
                                    "fetched_at": fetched}, ensure_ascii=False) + "\n",
                        encoding="utf-8")
        assert run(db, "dedupe", "--workers", "1", str(dump)).exit_code == 0
    shown = run(db, "show", "--diff", url).output
    head = shown.splitlines()[0]
    assert "1 paragraph edited since: " in head and "→" in head, head
    assert "added" not in head and "removed" not in head, head
