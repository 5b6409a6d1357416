"""MigDesk at scale: each measure against a raw baseline taken in the same run.

    python -m benchmarks.run [--scale 1 | --scales 0.1,1,10] [--seed 1] [--json]
                             [--quick] [--fresh] [--chart PATH]

The database is generated once per (scale, seed) and cached (see benchmarks.fixtures);
scale 1 is about 100,000 records, including a body with 2,000 meetings and a meeting
with 1,000 interventions (scale 10: a million records, 20,000 and 10,000). Every
measure has our figure, the baseline's, their ratio and a goal, which applies either to
the ratio or to our figure alone (``goal_on``):

- startup_screen: process start to the first paint of MigDesk's start-up screen (shown
  before the heavy imports), vs a bare PySide6 QMainWindow's first paint (fresh
  processes, QT_QPA_PLATFORM=offscreen; benchmarks.gui_probe says how the clock is
  read). Goal: ratio <= 1.5.
- startup_window: process start to the first paint of the window showing the database
  (latest meeting selected), vs the design's floor: a bare QMainWindow that imports
  sqlalchemy.orm, opens the same database with a plain engine and reads the rows of the
  same first screen with one Core select. Goal: ratio <= 1.3.
- expand_body / open_meeting: selecting and expanding the large body / expanding the
  large meeting and selecting its Interventions, to the end of the next paint, with
  MigDesk's navigator and table models; the baseline fills a QTreeWidget with the same
  rows read with plain sqlite3. Goal: <= 50 ms.
- peak_memory: max RSS of the start-up process after opening the large body and
  meeting, vs the bare QMainWindow process. Goal: <= 300 MB (400 MB above scale 1).
- search_median / search_p95: ``migdesk.services.search.search`` over 30 queries vs the
  same FTS5 MATCH statement on a plain sqlite3 connection. Goal: ratio <= 1.2.
- export / import: ``exchange.export_file`` of everything and ``import_file`` into an
  empty database vs the same rows written as JSON in a deflated zip with plain sqlite3
  and json, and read back into an empty database with executemany (no search index, no
  merge checks). Goals: ratio <= 1.5 and <= 2.5. ``per_record_us`` gives our
  microseconds per record, for the growth table.
- database_size: the file ``import_file`` made, vs the same rows in plain SQLite tables
  with the same indexes (no search index, no merge bases, no change log), each as
  written, neither vacuumed. Goal: ratio <= 1.5.
- pdf_packet: benchmarks.bench_pdf (200 meetings), pages/s vs plain ReportLab. Goal:
  ratio >= 0.9. It does not depend on the database: a run of several scales measures it
  once, at the reference scale.

With ``--scales``, the JSON holds the reference scale's measures (scale 1 when it is
among them) at the top level as with ``--scale``, plus ``growth`` (benchmarks.growth:
each waited-for figure at every scale, its growth from 1 to 10 and the goal),
``by_scale`` (every scale's measures) and ``environment`` (machine, versions, load);
the chart of every measure against the scale goes to docs/images/ (``--chart``).
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from benchmarks.environment import describe, load_average
from benchmarks.fixtures import DEFAULT_CACHE, ensure_database
from benchmarks.growth import draw_chart, format_growth, growth_table, scale_key
from migdesk.store.sqlite import BULK_CACHE_KIB

DEFAULT_CHART = (
    Path(__file__).resolve().parent.parent / "docs" / "images" / "performance-growth.png"
)

#: Realistic queries: topics, places, speakers, symbols, Spanish text, prefixes.
QUERIES = [
    "migrants",
    "human rights",
    "remittances",
    "Puebla Process",
    "MERCOSUR",
    "trafficking in persons",
    "consular protection",
    "labor migration",
    "temporary worker",
    "return reintegration",
    "Mexico",
    "El Salvador",
    "Brasil",
    "Canada delegation",
    "Washington",
    "Lima",
    "workshop",
    "follow up",
    "General Secretariat",
    "IACHR",
    "CE/AM-15",
    "AG/RES. 1005",
    "protección niños",
    "integración subregional",
    "migración",
    "Inter-American Program",
    "financial inclusion",
    "development",
    "Special Committee",
    "smug",
]

# The statement migdesk.store.search.query runs, for the plain-sqlite3 baseline.
_FTS_SQL = """SELECT kind, record_id, title, snippet(search_index, -1, '', '', '…', 16)
    FROM search_index WHERE search_index MATCH ? ORDER BY bm25(search_index, 0, 0, 4, 1)
    LIMIT ?"""


def measure(
    ours: float, baseline: float, unit: str, goal: float, *, on: str = "ratio", most: bool = True
) -> dict[str, Any]:
    """One row of the result: figures, ratio ours/baseline, and whether the goal is met.

    ``on`` says what the goal bounds ("ratio" or "ours"); ``most``: the goal is a maximum.
    """
    ratio = ours / baseline if baseline else float("inf")
    value = ratio if on == "ratio" else ours
    return {
        "ours": round(ours, 2),
        "baseline": round(baseline, 2),
        "unit": unit,
        "ratio": round(ratio, 3),
        "goal": goal,
        "goal_on": on,
        "goal_is": "max" if most else "min",
        "met": value <= goal if most else value >= goal,
    }


# ---------------------------------------------------------------- GUI (subprocesses)


def _probe(mode: str, db: Path, info: dict[str, Any], repeat: int, home: Path) -> dict[str, Any]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(home),  # fresh QSettings: default layout, no recent files
        "XDG_DATA_HOME": str(home),
    }
    args = [sys.executable, "-m", "benchmarks.gui_probe", mode, str(db), json.dumps(info)]
    t0 = time.monotonic()  # the child reads the same clock (CLOCK_MONOTONIC)
    done = subprocess.run(
        [*args, repr(t0), str(repeat)],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        cwd=Path(__file__).resolve().parent.parent,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"gui_probe {mode} failed ({done.returncode}):\n{done.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(lines[-1])
    return result


def compile_bytecode() -> None:
    """Compile MigDesk's modules to bytecode, as installing it does (pip compiles every
    module). Without it, each start-up process compiles them from source when
    PYTHONDONTWRITEBYTECODE is set (it is on the development machine): 0.5 to 1 s more
    than an installed MigDesk takes, while the baselines' libraries are compiled."""
    root = Path(__file__).resolve().parent.parent
    for package in ("migdesk", "benchmarks"):
        compileall.compile_dir(root / package, quiet=1)


def memory_goal(scale: float) -> float:
    """Peak memory allowed at a scale, in MB: 300 up to scale 1, 400 above."""
    return 300.0 if scale <= 1 else 400.0


def gui_measures(
    db: Path, info: dict[str, Any], quick: bool, scale: float = 1.0
) -> dict[str, dict[str, Any]]:
    """Start-up (start-up screen, window with data), the two list openings, peak memory.

    The bare, floor and app processes take turns, so that each start-up is compared
    with baselines started around the same moment.
    """
    compile_bytecode()
    processes, repeat = (1, 1) if quick else (3, 3)
    runs: dict[str, list[dict[str, Any]]] = {"app": [], "bare": [], "floor": []}
    with tempfile.TemporaryDirectory() as home:
        for _ in range(processes):
            for mode in ("bare", "floor", "app"):
                runs[mode].append(_probe(mode, db, info, repeat, Path(home)))

    def med(mode: str, key: str) -> float:
        return statistics.median(r[key] for r in runs[mode])

    return {
        "startup_screen": measure(med("app", "splash_ms"), med("bare", "startup_ms"), "ms", 1.5),
        "startup_window": measure(med("app", "startup_ms"), med("floor", "startup_ms"), "ms", 1.3),
        "expand_body": measure(
            med("app", "expand_body_ms"), med("bare", "expand_body_ms"), "ms", 50, on="ours"
        ),
        "open_meeting": measure(
            med("app", "open_meeting_ms"), med("bare", "open_meeting_ms"), "ms", 50, on="ours"
        ),
        "peak_memory": measure(
            max(r["rss_mb"] for r in runs["app"]),
            max(r["rss_mb"] for r in runs["bare"]),
            "MB",
            memory_goal(scale),
            on="ours",
        ),
    }


# ---------------------------------------------------------------- search


def search_measures(db_path: Path, quick: bool) -> dict[str, dict[str, Any]]:
    """Median and 95th percentile of search() vs the same FTS5 query in plain sqlite3."""
    from migdesk.services.search import search
    from migdesk.store.database import Database
    from migdesk.store.search import match_expression

    rounds = 1 if quick else 5
    ours: list[float] = []
    base: list[float] = []
    db = Database.open(db_path)
    conn = sqlite3.connect(db_path)
    try:
        for q in QUERIES:  # warm both (page cache, statement caches)
            search(db, q)
            conn.execute(_FTS_SQL, (match_expression(q), 50)).fetchall()
        for _ in range(rounds):
            for q in QUERIES:
                t = time.perf_counter()
                search(db, q)
                ours.append((time.perf_counter() - t) * 1000)
                t = time.perf_counter()
                conn.execute(_FTS_SQL, (match_expression(q), 50)).fetchall()
                base.append((time.perf_counter() - t) * 1000)
    finally:
        conn.close()
        db.close()

    def p95(xs: list[float]) -> float:
        return statistics.quantiles(xs, n=20, method="inclusive")[18]

    return {
        "search_median": measure(statistics.median(ours), statistics.median(base), "ms", 1.2),
        "search_p95": measure(p95(ours), p95(base), "ms", 1.2),
    }


# ---------------------------------------------------------------- exchange


def _tables() -> list[str]:
    from migdesk.services.kinds import KINDS

    models: list[Any] = [spec.model for spec in KINDS.values()]
    return [str(m.__tablename__) for m in models] + [
        "meeting_mandates",
        "blobs",
    ]


def _plain_export(db_path: Path, out: Path) -> None:
    conn = sqlite3.connect(db_path)
    conn.row_factory = sqlite3.Row
    with zipfile.ZipFile(out, "w") as zf:
        for table in _tables():
            rows = conn.execute(f"SELECT * FROM {table}").fetchall()  # noqa: S608
            if table == "blobs":
                for r in rows:
                    zf.writestr(f"blobs/{r['sha256']}", r["data"], zipfile.ZIP_STORED)
                rows = [{k: r[k] for k in r.keys() if k != "data"} for r in rows]
            data = json.dumps([dict(r) for r in rows], ensure_ascii=False).encode()
            zf.writestr(f"{table}.json", data, zipfile.ZIP_DEFLATED)
    conn.close()


def zip_rows(zf: zipfile.ZipFile, table: str) -> list[dict[str, Any]]:
    """The rows of one table in _plain_export's zip (blobs with their data)."""
    rows: list[dict[str, Any]] = json.loads(zf.read(f"{table}.json"))
    if table == "blobs":
        for r in rows:
            r["data"] = zf.read(f"blobs/{r['sha256']}")
    return rows


def _plain_import(source: Path, db_path: Path) -> None:
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA foreign_keys = OFF")  # rows arrive table by table
    # The page cache MigDesk's bulk writes use: a raw import tuned as well as ours.
    conn.execute(f"PRAGMA cache_size = {-BULK_CACHE_KIB}")
    with zipfile.ZipFile(source) as zf, conn:
        for table in _tables():
            rows = zip_rows(zf, table)
            if not rows:
                continue
            names = list(rows[0])
            sql = f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"  # noqa: S608
            conn.executemany(sql, [tuple(r[n] for n in names) for r in rows])
    conn.close()


def median_pair(pairs: list[tuple[float, float]]) -> tuple[float, float]:
    """Of (ours, baseline) pairs each measured back to back, the one of median ratio.

    The speed this shared machine gives a process drifts by a third from minute to
    minute; the two runs of a pair see about the same speed, so their ratio is steadier
    than either figure.
    """
    return sorted(pairs, key=lambda pair: pair[0] / pair[1])[len(pairs) // 2]


def _timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def _file_size(path: Path) -> int:
    """Bytes of a SQLite database with its WAL file, if one is left beside it."""
    wal = path.with_name(path.name + "-wal")
    return path.stat().st_size + (wal.stat().st_size if wal.exists() else 0)


def _plain_copy(ours: Path, plain: Path) -> None:
    """The rows of every record table of ours in a new plain SQLite file, each table
    made by the same CREATE TABLE and given the same indexes (but none of our search
    index, merge bases or change log)."""
    conn = sqlite3.connect(plain)
    conn.execute("ATTACH DATABASE ? AS ours", (str(ours),))
    schema = "SELECT type, sql FROM ours.sqlite_master WHERE tbl_name = ? AND sql IS NOT NULL"
    with conn:
        for table in _tables():
            statements = conn.execute(schema, (table,)).fetchall()
            for kind, sql in statements:
                if kind == "table":
                    conn.execute(sql)
            conn.execute(f"INSERT INTO main.{table} SELECT * FROM ours.{table}")  # noqa: S608
            for kind, sql in statements:
                if kind == "index":
                    conn.execute(sql)
    conn.execute("DETACH DATABASE ours")
    conn.close()


def database_size_measure(ours: Path) -> dict[str, dict[str, Any]]:
    """The size of our database file vs the same rows in plain tables, in MB."""
    with tempfile.TemporaryDirectory() as tmp:
        plain = Path(tmp) / "plain.sqlite"
        _plain_copy(ours, plain)
        return {
            "database_size": measure(_file_size(ours) / 1e6, _file_size(plain) / 1e6, "MB", 1.5)
        }


def exchange_measures(db_path: Path, records: int, repeat: int = 5) -> dict[str, dict[str, Any]]:
    """export_file / import_file vs plain json + sqlite3 executemany, in seconds; and
    the size of the file the first import made (database_size_measure).

    repeat pairs of each into fresh empty databases; which side of a pair runs first
    alternates from pair to pair.
    """
    from migdesk.services.exchange import export_file, import_file
    from migdesk.store.database import Database

    exports: list[tuple[float, float]] = []
    imports: list[tuple[float, float]] = []
    size: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for n in range(repeat):
            ours, plain = folder / f"ours{n}.sqlite", folder / f"plain{n}.sqlite"
            for empty in (ours, plain):  # empty targets, made untimed
                Database.open(empty).close()
            source, target = Database.open(db_path), Database.open(ours)
            try:
                exports.append(
                    _pair(
                        partial(export_file, source, folder / "all.migdesk"),
                        partial(_plain_export, db_path, folder / "plain.zip"),
                        flip=bool(n % 2),
                    )
                )
                imports.append(
                    _pair(
                        partial(import_file, target, folder / "all.migdesk"),
                        partial(_plain_import, folder / "plain.zip", plain),
                        flip=bool(n % 2),
                    )
                )
            finally:
                source.close()
                target.close()
            if not size:
                size = database_size_measure(ours)
            for used in (ours, plain):
                used.unlink()
    export, imported = median_pair(exports), median_pair(imports)
    return {
        "export": {
            **measure(*export, "s", 1.5),
            "per_record_us": round(export[0] / records * 1e6, 3),
            "pair_ratios": _ratios(exports),
        },
        "import": {
            **measure(*imported, "s", 2.5),
            "per_record_us": round(imported[0] / records * 1e6, 3),
            "pair_ratios": _ratios(imports),
        },
        **size,
    }


def _pair(
    ours: Callable[[], object], baseline: Callable[[], object], *, flip: bool
) -> tuple[float, float]:
    """(our seconds, the baseline's), run back to back; flip: the baseline first."""
    if flip:
        base_time = _timed(baseline)
        return _timed(ours), base_time
    our_time = _timed(ours)
    return our_time, _timed(baseline)


def _ratios(pairs: list[tuple[float, float]]) -> list[float]:
    return [round(ours / base, 3) for ours, base in pairs]


# ---------------------------------------------------------------- PDF


def pdf_measure(quick: bool) -> dict[str, dict[str, Any]]:
    """bench_pdf.run: packet pages/s vs plain ReportLab (higher is better)."""
    from benchmarks import bench_pdf

    r = bench_pdf.run(meetings=10, repeat=1) if quick else bench_pdf.run(meetings=200)
    return {
        "pdf_packet": {
            **measure(
                float(r["ours"]), float(r["baseline"]), str(r["unit"]), bench_pdf.GOAL, most=False
            ),
            "pair_ratios": r["pair_ratios"],
        }
    }


# ---------------------------------------------------------------- the run


def run(
    scale: float = 1.0,
    *,
    seed: int = 1,
    quick: bool = False,
    fresh: bool = False,
    cache: Path = DEFAULT_CACHE,
    pdf: bool = True,
    log: Any = None,
) -> dict[str, dict[str, Any]]:
    """Every measure at one scale, one after another (never in parallel), by name.

    pdf: also the PDF packet, which does not depend on the database.
    """
    started = time.perf_counter()

    def note(text: str) -> None:
        if log is not None:
            print(f"[{time.perf_counter() - started:6.1f} s] {text}", file=log, flush=True)

    note(f"database at scale {scale:g}")
    db_path, info = ensure_database(scale, seed, cache, fresh=fresh)
    note(f"{db_path}: {info['records']} records (generated in {info['generated_seconds']} s)")
    probe_info = {k: info[k] for k in ("body_id", "meeting_id")}
    exchange_pairs = 1 if quick or scale > 1 else 5  # a pair at scale 10 takes minutes
    results: dict[str, dict[str, Any]] = {}
    steps = [
        ("GUI: start-up, lists, memory", lambda: gui_measures(db_path, probe_info, quick, scale)),
        ("search", lambda: search_measures(db_path, quick)),
        (
            "export, import, file size",
            lambda: exchange_measures(db_path, info["records"], exchange_pairs),
        ),
    ]
    if pdf:
        steps.append(("PDF packet", lambda: pdf_measure(quick)))
    for label, step in steps:
        note(label)
        results.update(step())
    note("done")
    return results


def run_scales(
    scales: list[float], *, chart: Path | None, log: Any = None, **options: Any
) -> dict[str, Any]:
    """run() at every scale, smallest first; the reference scale's measures (scale 1, or
    the largest below it, or the smallest) at the top level, with ``growth``,
    ``by_scale`` and ``environment``. chart: where to draw the growth chart."""
    environment = describe()
    scales = sorted(scales)
    reference = max((s for s in scales if s <= 1), default=scales[0])
    by_scale = {scale: run(scale, pdf=scale == reference, log=log, **options) for scale in scales}
    environment["load_at_end"] = load_average()
    growth = growth_table(by_scale)
    if chart is not None and len(scales) > 1:
        draw_chart(growth, scales, chart)
        environment["chart"] = str(chart)
    return {
        **by_scale[reference],
        "growth": growth,
        "by_scale": {scale_key(s): r for s, r in by_scale.items()},
        "environment": environment,
    }


def format_table(results: dict[str, dict[str, Any]]) -> str:
    """The measures of one scale as a plain-text table."""
    lines = [
        f"{'measure':<15}{'ours':>11}{'baseline':>11}  {'unit':<8}{'ratio':>8}  {'goal':<16}met",
    ]
    for name, r in results.items():
        sign = "<=" if r["goal_is"] == "max" else ">="
        goal = f"{r['goal_on']} {sign} {r['goal']:g}"
        lines.append(
            f"{name:<15}{r['ours']:>11.2f}{r['baseline']:>11.2f}  {r['unit']:<8}"
            f"{r['ratio']:>8.2f}  {goal:<16}{'yes' if r['met'] else 'NO'}"
        )
    return "\n".join(lines)


def format_report(report: dict[str, Any]) -> str:
    """A run of several scales as text: each scale's table, then the growth table."""
    parts = [
        f"scale {scale}\n{format_table(results)}" for scale, results in report["by_scale"].items()
    ]
    parts.append(format_growth(report["growth"], list(report["by_scale"])))
    env = report["environment"]
    parts.append(
        f"{env['date_utc']} UTC, {env['cores']} cores, load {env['load_at_start']} at the "
        f"start, {env['load_at_end']} at the end"
    )
    return "\n\n".join(parts)


def _scales(text: str) -> list[float]:
    try:
        scales = [float(part) for part in text.split(",")]
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a list of numbers: {text!r}") from None
    if not scales or any(s <= 0 for s in scales):
        raise argparse.ArgumentTypeError("scales must be positive")
    return scales


def main(argv: list[str] | None = None) -> None:
    """Command line: run every measure and print a table or JSON."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--scale", type=float, default=1.0)
    which.add_argument("--scales", type=_scales, help="several scales, e.g. 0.1,1,10")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--quick", action="store_true", help="fewer repetitions, small PDF")
    parser.add_argument("--fresh", action="store_true", help="generate the database again")
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE, help="database cache folder")
    parser.add_argument(
        "--chart", type=Path, default=DEFAULT_CHART, help="growth chart (PNG) of a --scales run"
    )
    args = parser.parse_args(argv)
    options = {"seed": args.seed, "quick": args.quick, "fresh": args.fresh, "cache": args.cache}
    if args.scales:
        report = run_scales(args.scales, chart=args.chart, log=sys.stderr, **options)
        print(json.dumps(report, indent=1) if args.json else format_report(report))
        return
    results = run(args.scale, log=sys.stderr, **options)
    print(json.dumps(results, indent=1) if args.json else format_table(results))


if __name__ == "__main__":
    main()
