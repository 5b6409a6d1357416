"""How the cost grows with the scale: the growth table of a run over several scales,
as text and as a chart.

What the user waits for (start-up with data, the two list openings, a search) may grow
at most 1.5 times from scale 1 to scale 10, import and export time per record at most
1.2 times (linear); peak memory and the database file's size against plain tables are
bounded at scale 10 itself.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, NamedTuple


class Growth(NamedTuple):
    """One row of the growth table: which figure of which measure, and its goal."""

    measure: str
    field: str
    unit: str
    goal: float
    on: str  # "ratio_10_to_1": the growth from 1 to 10; "at_10": the figure at scale 10


GROWTH = {
    "startup_window": Growth("startup_window", "ours", "ms", 1.5, "ratio_10_to_1"),
    "expand_body": Growth("expand_body", "ours", "ms", 1.5, "ratio_10_to_1"),
    "open_meeting": Growth("open_meeting", "ours", "ms", 1.5, "ratio_10_to_1"),
    "search_p95": Growth("search_p95", "ours", "ms", 1.5, "ratio_10_to_1"),
    "import_per_record": Growth("import", "per_record_us", "µs", 1.2, "ratio_10_to_1"),
    "export_per_record": Growth("export", "per_record_us", "µs", 1.2, "ratio_10_to_1"),
    "peak_memory": Growth("peak_memory", "ours", "MB", 400, "at_10"),
    "database_size": Growth("database_size", "ratio", "× plain", 1.5, "at_10"),
}


def scale_key(scale: float) -> str:
    """How a scale is written in the growth table: "0.1", "1", "10"."""
    return f"{scale:g}"


def growth_table(by_scale: dict[float, dict[str, dict[str, Any]]]) -> dict[str, dict[str, Any]]:
    """Each growth figure at every scale measured, its ratio from 1 to 10 and its goal.

    ``ratio_10_to_1`` and ``met`` are None when scale 1 or scale 10 was not measured.
    """
    table: dict[str, dict[str, Any]] = {}
    for name, g in GROWTH.items():
        row: dict[str, Any] = {
            scale_key(scale): results[g.measure][g.field]
            for scale, results in sorted(by_scale.items())
            if g.measure in results
        }
        at_1, at_10 = row.get("1"), row.get("10")
        ratio = round(at_10 / at_1, 3) if at_1 and at_10 is not None else None
        judged = ratio if g.on == "ratio_10_to_1" else at_10
        row.update(
            ratio_10_to_1=ratio,
            goal=g.goal,
            goal_on=g.on,
            unit=g.unit,
            met=None if judged is None else judged <= g.goal,
        )
        table[name] = row
    return table


def format_growth(table: dict[str, dict[str, Any]], scales: list[str]) -> str:
    """The growth table as plain text."""
    head = f"{'growth':<19}" + "".join(f"{s:>11}" for s in scales)
    lines = [f"{head}  {'unit':<8}{'10/1':>7}  {'goal':<22}met"]
    for name, row in table.items():
        cells = "".join(f"{row[s]:>11.2f}" if s in row else f"{'-':>11}" for s in scales)
        ratio = f"{row['ratio_10_to_1']:>7.2f}" if row["ratio_10_to_1"] is not None else f"{'-':>7}"
        goal = f"{row['goal_on']} <= {row['goal']:g}"
        met = {True: "yes", False: "NO", None: "-"}[row["met"]]
        lines.append(f"{name:<19}{cells}  {row['unit']:<8}{ratio}  {goal:<22}{met}")
    return "\n".join(lines)


def draw_chart(table: dict[str, dict[str, Any]], scales: list[float], path: Path) -> None:
    """A PNG: one small plot per growth figure against the scale (log axis), with its
    goal drawn dashed (a growth goal as the line from scale 1's figure)."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot as plt

    names = list(table)
    columns = 4
    rows = -(-len(names) // columns)
    fig, axes = plt.subplots(rows, columns, figsize=(3.4 * columns, 2.9 * rows), squeeze=False)
    for ax, name in zip(axes.flat, names, strict=False):
        row = table[name]
        xs = [s for s in scales if scale_key(s) in row]
        ys = [row[scale_key(s)] for s in xs]
        ax.plot(xs, ys, marker="o", color="#1f5f9f")
        at_1 = row.get("1")
        if row["goal_on"] == "ratio_10_to_1" and at_1:
            ax.plot([1, 10], [at_1, at_1 * row["goal"]], "--", color="#b03030", label="goal")
        elif row["goal_on"] == "at_10":
            ax.axhline(row["goal"], linestyle="--", color="#b03030", label="goal")
        met = {True: "met", False: "NOT met", None: "not judged"}[row["met"]]
        ax.set_title(f"{name}: {met}", fontsize=9)
        ax.set_xscale("log")
        ax.set_xticks(xs, [scale_key(s) for s in xs])
        ax.set_xlabel("scale (1 = 100,000 records)", fontsize=8)
        ax.set_ylabel(row["unit"], fontsize=8)
        ax.tick_params(labelsize=8)
        ax.set_ylim(bottom=0)
        ax.grid(True, alpha=0.3)
    for ax in list(axes.flat)[len(names) :]:
        ax.set_visible(False)
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=90)
    plt.close(fig)
