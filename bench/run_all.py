"""``make bench``: run every bench script, then print and write one combined table.

    python bench/run_all.py [--full] [--only NAME ...] [--skip NAME ...] [--collect-only]

Runs, each as a subprocess with quick settings (``--full`` is passed through to the scripts
that take it): ``syndication.py``, ``speed.py``, ``oneday.py``, ``memory.py``,
``incremental.py``, ``bands.py`` and, when present, ``extraction.py``, ``authors.py``,
``search_latency.py``,
``search_index.py``, ``stories.py``, ``story_vectors.py``, ``worker_stages.py``, ``startup.py``,
``transcript_shapes.py`` (every other script is in ``NOT_LISTED`` with why).  Scripts that need
``../shared`` skip themselves when it is absent.  Then every ``bench/results/*.json`` is read
and its figures put in one table (figure, value, target, met?), written to
``bench/results/summary.json`` and ``bench/results/SUMMARY.md`` (the README's Benchmarks
section: the table, the machine, the versions and the command to reproduce).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import (
    BENCH,
    PYTHON,
    RESULTS,
    SHARED_DATA,
    fmt,
    loadavg,
    machine,
    now_iso,
    progress,
    shared_missing,
    source_state,
    table,
)

# name → (quick args, full args); None: the script takes no such option.  A name with a
# "-" runs the script named before it ("memory-dated" is bench/memory.py).
SCRIPTS: dict[str, tuple[list[str], list[str]]] = {
    "syndication": (["--quick"], ["--full"]),
    "speed": (["--quick"], ["--full"]),
    # one night's dump (issue 10): 2k / 10k one-day records and the glue script; --full: 100k
    "oneday": (["--quick"], ["--full"]),
    # undated: one day's dump, the story stage's worst case (10k and 100k documents)
    "memory": (["--quick"], ["--quick"]),
    # dated (1,000 a day): months to years of nightly runs; --full adds 1M.  Before
    # "incremental", which starts from the archive this run builds.
    "memory-dated": (
        ["--quick", "--dated", "--name", "memory-dated"],
        ["--full", "--dated", "--name", "memory-dated"],
    ),
    "incremental": (["--quick"], ["--full"]),
    # the LSH band index alone: a night's keys into 0 / 100k / 300k (--full: 1M) indexed pages
    "bands": (["--quick"], ["--full"]),
    "extraction": ([], []),
    # the stored author against Fundus's labels and Readability's bylines (1-2 min)
    "authors": ([], []),
    # text dumps in every language: real pages flattened to dumps (30 s)
    "textdump": ([], []),
    "search_latency": (["--quick", "--articles", "20000"], ["--full"]),
    # search text and FTS5 insert per 1,000 pages, against the search text before issue 10 (30 s)
    "search_index": (["--baseline", "987dcca"], ["--baseline", "987dcca"]),
    "stories": (["--quick"], ["--full"]),
    # story vectors alone: vectorize over 1,342 real texts, CPU per 1,000 (a minute)
    "story_vectors": (["--rounds", "1"], ["--rounds", "3"]),
    # a text-dump record's CPU in a cleaning worker, stage by stage (2,000 one-day records and
    # fundus pages flattened to dumps; 2 min)
    "worker_stages": ([], []),
    # what each command costs before its work, fresh processes (1-2 min)
    "startup": (["--rounds", "3"], ["--rounds", "7"]),
    # 1,774 real text dumps: none read as a broadcast transcript, and their CPU (under a minute)
    "transcript_shapes": ([], []),
    # 1,000 and 5,000 one-day records saved as text dumps in one folder: reading's CPU (a minute)
    "dump_folder": ([], []),
}
# Every other script of bench/ and why make bench does not run it (tests/test_bench_listing.py
# holds every script to one or the other).  A result file an unlisted script wrote is collected
# into the table all the same (collect()).
_HELPER = "a module the scripts import or run, no bench of its own"
_AGAINST = "a comparison with another checkout (--against/--baseline/--before): run by hand"
_BY_HAND = "one component's figure, run by hand with the change it measures"
NOT_LISTED: dict[str, str] = {
    "_common": _HELPER,
    "_dedupe_child": _HELPER + " (memory, incremental and oneday run it)",
    "copy_kinds_texts": _HELPER + " (copy_kinds' texts)",
    "local_briefs_texts": _HELPER + " (local_briefs' frames and places)",
    "story_inflections_texts": _HELPER + " (story_inflections' invented follow-up chains)",
    "page_kinds_texts": _HELPER + " (page_kinds' texts)",
    "glue": _HELPER + " (the baseline speed, oneday and syndication run)",
    "synth": _HELPER + " (the generated documents of speed, memory, incremental, backends)",
    "syndication_corpus": _HELPER + " (syndication's and copy_kinds' corpora)",
    "syndication_misses": _HELPER + " (syndication's misses, --misses)",
    "run_all": "this script",
    "backends": "needs a PostgreSQL server beside SQLite",
    "export": "needs an archive to export (--db)",
    "candidate_rules": "reads given archives (--archive) for candidate fan-out",
    "charsets": _AGAINST,
    "extraction_time": _AGAINST,
    "matching_stages": _AGAINST,
    "local_briefs": _AGAINST,
    "story_accents": _AGAINST,
    "story_inflections": _AGAINST,
    "story_margins": _AGAINST,
    "story_memory": _AGAINST,
    "story_stage": _AGAINST,
    "story_replay": _AGAINST + " (on the archives bench/oneday.py leaves)",
    "template_fills": _AGAINST,
    "template_recut": _AGAINST,
    "headline_blocks": _AGAINST,
    "textdump_headlines": _AGAINST,
    "textdump_titles": _AGAINST,
    "wire_titles": _AGAINST,
    "accent_fold": _BY_HAND,
    "clean_per_page": _BY_HAND,
    "copy_kinds": _BY_HAND,
    "hard_copies": _BY_HAND,
    "date_languages": _BY_HAND,
    "digest": _BY_HAND,
    "languages": _BY_HAND,
    "markdown_pages": _BY_HAND,
    "modified_times": _BY_HAND,
    "newsroom_copies": _BY_HAND,
    "page_kinds": _BY_HAND,
    "search_case_forms": _BY_HAND,
    "search_plural_forms": _BY_HAND,
    "search_korean_particles": _BY_HAND,
    "search_malay_roots": _BY_HAND,
    "search_tone_marks": _BY_HAND,
    "search_amounts": _AGAINST,
    "page_regions": _AGAINST,
    "dateline_cuts": _AGAINST,
    "search_persian_keyboard": _BY_HAND,
    "search_indic_forms": _AGAINST,
    "search_compound_index": _BY_HAND,
    "search_compounds": _BY_HAND,
    "search_prefixes": _BY_HAND,
    "search_umlauts": _BY_HAND,
    "story_own_words": _BY_HAND,
    "verification": _BY_HAND,
    "wrapped_dumps": _BY_HAND,
}
OWNED_ELSEWHERE = {"extraction", "search_latency", "search_index", "stories", "textdump"}


def _supported(script: Path, args: list[str]) -> list[str]:
    """Keep only the options a script's --help mentions (for scripts other people own)."""
    if not args:
        return []
    try:
        text = subprocess.run(
            [PYTHON, str(script), "--help"], capture_output=True, text=True, timeout=60
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    kept: list[str] = []
    keep_value = False
    for arg in args:
        if arg.startswith("--"):
            keep_value = arg in text.split()
            if keep_value:
                kept.append(arg)
        elif keep_value:
            kept.append(arg)
    return kept


def run_scripts(names: list[str], full: bool, timeout: float) -> dict[str, dict[str, Any]]:
    runs: dict[str, dict[str, Any]] = {}
    for name in names:
        script = BENCH / f"{name.split('-')[0]}.py"
        if not script.exists():
            runs[name] = {"status": "absent"}
            continue
        args = SCRIPTS[name][1 if full else 0]
        if name in OWNED_ELSEWHERE:
            args = _supported(script, args)
        cmd = [PYTHON, str(script), *args]
        progress(f"== {name}: {' '.join(['python', f'bench/{script.name}', *args])}")
        started = time.monotonic()
        try:
            proc = subprocess.run(cmd, stdout=subprocess.PIPE, text=True, timeout=timeout)
            status = "ok" if proc.returncode == 0 else f"exit {proc.returncode}"
            out = proc.stdout
        except subprocess.TimeoutExpired as error:
            status, out = f"timeout after {timeout:.0f}s", str(error.stdout or "")
        print(out, flush=True)
        skipped = out.lstrip().startswith("skipped")
        runs[name] = {
            "status": "skipped" if skipped else status,
            "seconds": round(time.monotonic() - started, 1),
            "command": " ".join(["python", f"bench/{script.name}", *args]),
        }
        progress(f"   {name}: {runs[name]['status']} in {runs[name]['seconds']}s")
    return runs


def _extraction_figures(data: dict[str, Any]) -> list[dict[str, Any]]:
    """Rows of bench/extraction.py's result: per set, trafilatura alone (best of its default,
    clipper's and its recall settings) and clipper, target clipper ≥ trafilatura + 0.005; Fundus
    metadata."""
    rows = []
    for name, res in (data.get("sets") or {}).items():
        if not all(k in res for k in ("traf-default", "traf-clipper", "clipper")):
            continue
        traf = ("traf-default", "traf-clipper", "traf-recall")
        best = max(res[k]["f1"] for k in traf if k in res)
        clip = res["clipper"]["f1"]
        role = "tuned" if res.get("tuned") else "confirming"
        rows.append(
            {
                "figure": f"extraction F1 ({name}, {res.get('scored_pages')} pages, "
                f"{role}): clipper vs trafilatura alone {best:.4f}",
                "value": clip,
                "unit": "",
                "target": f"≥ {best + 0.005:.4f}",
                "met": clip >= best + 0.005,
            }
        )
    fundus = (data.get("sets") or {}).get("fundus") or {}
    for key, label, target in (
        ("title_exact_rate", "title exact", 0.85),
        ("date_match_rate", "date match", 0.97),
    ):
        if key in fundus:
            rows.append(
                {
                    "figure": f"Fundus {label} rate, clipper",
                    "value": fundus[key],
                    "unit": "",
                    "target": f"≥ {target}",
                    "met": fundus[key] >= target,
                }
            )
    return rows


def _search_figures(data: dict[str, Any]) -> list[dict[str, Any]]:
    latency = data.get("latency_ms") or {}
    rows = [
        {
            "figure": f"search latency {k}, {data.get('articles'):,} articles",
            "value": v,
            "unit": "ms",
            "target": None,
            "met": None,
        }
        for k, v in latency.items()
    ]
    if "bytes_per_article" in data:
        rows.append(
            {
                "figure": "archive bytes per article",
                "value": data["bytes_per_article"],
                "unit": "B",
                "target": None,
                "met": None,
            }
        )
    return rows


def collect() -> list[dict[str, Any]]:
    """One entry per result file: name, timestamp, loadavg, figures."""
    out = []
    for path in sorted(RESULTS.glob("*.json")):
        if path.name == "summary.json":
            continue
        try:
            data = json.loads(path.read_text())
        except (OSError, json.JSONDecodeError):
            continue
        figures = data.get("figures")
        if figures is None and path.stem == "extraction":
            figures = _extraction_figures(data)
        elif figures is None and path.stem == "search":
            figures = _search_figures(data)
        if not figures:
            figures = [
                {
                    "figure": "(no figures in a known shape; see the JSON)",
                    "value": "",
                    "unit": "",
                    "target": None,
                    "met": None,
                }
            ]
        out.append(
            {
                "name": path.stem,
                "timestamp": data.get("timestamp"),
                "command": data.get("command"),
                "loadavg_start": data.get("loadavg_start"),
                "loadavg_end": data.get("loadavg_end"),
                "source": data.get("source"),
                "figures": figures or [],
            }
        )
    return out


# Issue 10's targets: (target, result files, figure name prefix, bound, the command that
# measures it).  Bound ("<=", x) or (">=", x), judged here (older result files carry older
# targets).  Each is looked up in the newest collected result holding the figure; one not
# found is reported "not measured".
ISSUE_10: list[tuple[str, tuple[str, ...], str, tuple[str, float], str]] = [
    (
        "one day: t(10k) ≤ 1.2 × 5 × t(2k)",
        ("oneday",),
        "one-day t(10k) ÷ (5 × t(2k))",
        ("<=", 1.2),
        "python bench/oneday.py --quick",
    ),
    (
        "… in CPU seconds of all the run's processes (what a busy machine moves least)",
        ("oneday",),
        "one-day CPU seconds, 10k ÷ (5 × 2k)",
        ("<=", 1.2),
        "python bench/oneday.py --quick",
    ),
    (
        "one day: t(100k) ≤ 1.2 × 10 × t(10k)",
        ("oneday",),
        "one-day t(100k) ÷ (10 × t(10k))",
        ("<=", 1.2),
        "python bench/oneday.py --full",
    ),
    (
        "… projected from the 10k run's cost per batch (a line fitted to it; not a measurement)",
        ("oneday",),
        "projected one-day t(100k) ÷ (10 × t(10k))",
        ("<=", 1.2),
        "python bench/oneday.py --quick",
    ),
    (
        "text dumps ≥ 4 × the glue script (10k one-day records)",
        ("oneday",),
        "one-day 10,000: clipper speed ÷ glue script speed",
        (">=", 4.0),
        "python bench/oneday.py --quick",
    ),
    (
        "HTML: 1 worker ≤ 1.10 × trafilatura alone",
        ("speed-html", "speed"),
        "HTML: clipper (1 worker) time / trafilatura alone",
        ("<=", 1.10),
        "python bench/speed.py --html-only",
    ),
    (
        "HTML: 2 workers ≤ 0.60 × trafilatura alone (1 process)",
        ("speed-html", "speed"),
        "HTML: clipper (2 workers) time / trafilatura alone",
        ("<=", 0.60),
        "python bench/speed.py --html-only",
    ),
    (
        "memory: peak RSS ≤ 1 GB at 100k one-day records",
        ("oneday",),
        "one-day 100,000: peak RSS",
        ("<=", 1024),
        "python bench/oneday.py --full",
    ),
    (
        "… projected from the 10k run's RSS slope (not a measurement)",
        ("oneday",),
        "projected one-day 100,000: peak RSS",
        ("<=", 1024),
        "python bench/oneday.py --quick",
    ),
    (
        "incremental: +10k into 1M ≤ 1.5 × into an empty archive",
        ("incremental",),
        "incremental: ratio (1,000,000-doc archive / empty)",
        ("<=", 1.5),
        "python bench/incremental.py --full",
    ),
]
# Issue 10's "quality unchanged": every target of these results stays met.
QUALITY = ("syndication", "stories", "extraction", "textdump")


def issue10_rows(collected: list[dict[str, Any]]) -> list[list[str]]:
    """One row per issue-10 target: target, figure, met?, measured when (load), command."""
    by_name = {entry["name"]: entry for entry in collected}
    rows = []
    for target, names, prefix, (op, bound), command in ISSUE_10:
        found = [
            (str(by_name[name].get("timestamp")), by_name[name], f)
            for name in names
            if name in by_name
            for f in by_name[name]["figures"]
            if str(f["figure"]).startswith(prefix)
        ]
        if not found:
            rows.append([target, "not measured", "", "", command])
            continue
        _, entry, f = max(found, key=lambda item: item[0])
        value = f["value"]
        met = None
        if isinstance(value, int | float):
            met = value <= bound if op == "<=" else value >= bound
        rows.append(
            [
                target,
                f"{fmt(value)} {f.get('unit') or ''}".strip(),
                _met(met).strip("*") or "—",
                f"{entry.get('timestamp')} (load {entry.get('loadavg_start')} → "
                f"{entry.get('loadavg_end')})",
                command,
            ]
        )
    for name in QUALITY:
        quality = by_name.get(name)
        if quality is None:
            rows.append(
                [
                    f"quality: {name} targets",
                    "not measured",
                    "",
                    "",
                    f"python bench/run_all.py --only {name}",
                ]
            )
            continue
        judged = [f for f in quality["figures"] if f.get("met") is not None]
        missed = [f["figure"] for f in judged if not f["met"]]
        verdict = "yes" if not missed else "no: " + "; ".join(missed)
        rows.append(
            [
                f"quality: {name} targets",
                f"{len(judged) - len(missed)} of {len(judged)} met"
                if judged
                else "figures only, no targets",
                verdict if judged else "—",
                f"{quality.get('timestamp')}",
                f"python bench/run_all.py --only {name}",
            ]
        )
    return rows


ISSUE_10_HEADERS = ["issue 10 target", "measured", "met?", "when (load)", "command"]


def _met(value: bool | None) -> str:
    return "" if value is None else ("yes" if value else "**no**")


def markdown(collected: list[dict[str, Any]], runs: dict[str, dict[str, Any]], full: bool) -> str:
    m = machine()
    lines = [
        "<!-- generated by bench/run_all.py; paste into the README's Benchmarks section -->",
        "| figure | value | target | met? |",
        "|---|---|---|---|",
    ]
    for entry in collected:
        for f in entry["figures"]:
            value = f"{fmt(f['value'])} {f.get('unit') or ''}".strip()
            lines.append(
                f"| {f['figure']} | {value} | {f.get('target') or ''} | {_met(f.get('met'))} |"
            )
    lines += [
        "",
        "Issue 10, every target:",
        "",
        "| " + " | ".join(ISSUE_10_HEADERS) + " |",
        "|---|---|---|---|---|",
    ]
    lines += ["| " + " | ".join(row) + " |" for row in issue10_rows(collected)]
    lines += [
        "",
        f"Machine: {m['cores']} cores, {m['ram_gb']} GB RAM, Python {m['python']}, "
        f"datasketch {m['datasketch']}, trafilatura {m['trafilatura']}, numpy {m['numpy']}, "
        f"SQLite {m['sqlite']} ({m['platform']}).",
        "The machine was shared with other work while these ran; load averages per script:",
        "",
    ]
    for entry in collected:
        lines.append(
            f"- `{entry['name']}` ({entry['timestamp']}): loadavg "
            f"{entry['loadavg_start']} → {entry['loadavg_end']}; `{entry['command']}`"
        )
    lines += [
        "",
        f"Reproduce: `make bench` (= `python bench/run_all.py`{' --full' if full else ''}; "
        "`--full` for the long settings: every syndication base article, all HTML pages, "
        "1M documents for memory and incremental).  Real-data parts need `../shared/data` and "
        "are skipped without it.",
    ]
    not_ok = {k: v["status"] for k, v in runs.items() if v.get("status") not in ("ok", None)}
    if not_ok:
        lines.append(f"\nNot run or failed this time: {not_ok}.")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--full", action="store_true")
    parser.add_argument("--only", nargs="*", default=None)
    parser.add_argument("--skip", nargs="*", default=[])
    parser.add_argument("--collect-only", action="store_true", help="only rebuild the summary")
    parser.add_argument("--timeout", type=float, default=4 * 3600, help="per script, seconds")
    args = parser.parse_args()
    names = [n for n in (args.only or list(SCRIPTS)) if n not in args.skip]
    if not SHARED_DATA.exists():
        # the real-data parts of each script skip themselves, saying so
        progress(shared_missing(SHARED_DATA).replace("skipped: ", "real-data parts skipped: ", 1))
    started_load = loadavg()
    runs = {} if args.collect_only else run_scripts(names, args.full, args.timeout)
    collected = collect()
    rows = [
        [
            e["name"],
            f["figure"],
            f"{fmt(f['value'])} {f.get('unit') or ''}".strip(),
            f.get("target") or "",
            _met(f.get("met")).strip("*"),
        ]
        for e in collected
        for f in e["figures"]
    ]
    print(table(rows, ["script", "figure", "value", "target", "met?"]))
    print()
    print(table(issue10_rows(collected), ISSUE_10_HEADERS))
    summary = {
        "timestamp": now_iso(),
        "command": "python bench/run_all.py" + (" --full" if args.full else ""),
        "machine": machine(),
        "source": source_state(),
        "loadavg_start": started_load,
        "loadavg_end": loadavg(),
        "runs": runs,
        "results": collected,
    }
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "summary.json").write_text(json.dumps(summary, indent=2, default=str) + "\n")
    (RESULTS / "SUMMARY.md").write_text(markdown(collected, runs, args.full))
    print(f"wrote {RESULTS / 'summary.json'} and {RESULTS / 'SUMMARY.md'}")


if __name__ == "__main__":
    main()
