"""Keyboard-driven review in the terminal: one finding at a time, with its evidence and context.

Keys: c confirm, d dismiss (false positive), a accept (asks for a note), s skip, b back, q quit.
Each decision is saved at once, so quitting halfway loses nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import click

from footprint.reports.context import ReportFinding
from footprint.store import Store

KEYS = {"c": "confirm", "d": "dismiss", "a": "accept"}
HELP = "[c]onfirm  [d]ismiss  [a]ccept with a note  [s]kip  [b]ack  [q]uit"


def _show(finding: ReportFinding, position: int, total: int, echo: Callable[[str], None]) -> None:
    item = finding.item
    echo("")
    echo(click.style(f"[{position}/{total}] {finding.severity.upper()} · {finding.rule} {finding.rule_name}", bold=True))
    echo(finding.message)
    where = f"{item['platform']} {item['kind']}"
    if item.get("created_at"):
        where += f" · {item['created_at'][:10]}"
    if item.get("url"):
        where += f" · {item['url']}"
    echo(click.style(where, dim=True))
    quoted = "".join(click.style(text, reverse=True) if is_match else text for text, is_match in finding.segments)
    echo("  " + quoted.replace("\n", "\n  "))
    echo(f"Guidance: {finding.guidance['title']}, “{finding.guidance['section']}”")
    echo(f"Next step: {finding.action}")
    echo(f"Consult: {'; '.join(finding.consult)}")
    if finding.decision:
        echo(click.style(f"Already decided: {finding.decision}", fg="green"))


def run_review(
    store: Store,
    queue: Sequence[ReportFinding],
    *,
    read_key: Callable[[], str] = click.getchar,
    ask_note: Callable[[], str] | None = None,
    echo: Callable[[str], None] = click.echo,
) -> dict[str, int]:
    """Walk the queue; returns how many of each decision were recorded."""
    counts = {"confirm": 0, "dismiss": 0, "accept": 0, "skipped": 0}
    ask_note = ask_note or (lambda: click.prompt("Why is it acceptable?", default="", show_default=False))
    position = 0
    while 0 <= position < len(queue):
        finding = queue[position]
        _show(finding, position + 1, len(queue), echo)
        echo(HELP)
        key = read_key().lower()
        if key == "q":
            break
        if key == "b":
            position = max(0, position - 1)
            continue
        if key == "s":
            counts["skipped"] += 1
            position += 1
            continue
        decision = KEYS.get(key)
        if decision is None:
            echo(f"Unknown key {key!r}.")
            continue
        note = None
        if decision == "accept":
            note = ask_note().strip()
            if not note:
                echo("Accepting needs a note; nothing recorded.")
                continue
        store.decide(finding.id, decision, note)
        counts[decision] += 1
        echo(click.style(f"Recorded: {decision}", fg="green"))
        position += 1
    return counts
