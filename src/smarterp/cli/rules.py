"""`smarterp rules ...` and `smarterp worker`: automation rules as YAML, and the job worker."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from smarterp.automation import jobs
from smarterp.automation.rules import builtin, from_text, service
from smarterp.automation.rules.models import RunState
from smarterp.cli.common import JSON_OPT, console, engine, friendly_errors, print_json, print_table
from smarterp.cli.common import transaction as unit
from smarterp.core.errors import InvalidInput
from smarterp.erp.partners import queries as partner_queries

app = typer.Typer(help="Automation rules: trigger -> conditions -> actions.", no_args_is_help=True)


@app.command("import")
@friendly_errors
def import_cmd(
    file: Path = typer.Argument(..., help="A YAML file with one rule, a list, or rules: [...]."),
    as_json: bool = JSON_OPT,
) -> None:
    """Save the rules of a YAML file (all or none); a changed rule gets a new version."""
    if not file.is_file():
        raise InvalidInput("FILE", f"{file} is not a file")
    with unit() as session:
        rules = service.import_rules(session, file.read_text(encoding="utf-8"))
        saved = [(r.name, r.version, r.enabled) for r in rules]
    if as_json:
        print_json({"rows": [{"name": n, "version": v, "enabled": e} for n, v, e in saved]})
        return
    for name, version, enabled in saved:
        console.print(f"{name}: version {version}, {'enabled' if enabled else 'disabled'}")


@app.command("export")
@friendly_errors
def export_cmd(
    names: list[str] = typer.Argument(None, help="Rules to export; all when none is named."),
) -> None:
    """Print rules as YAML that `rules import` takes back."""
    with unit() as session:
        sys.stdout.write(service.export_rules(session, names or None))


@app.command("list")
@friendly_errors
def list_cmd(as_json: bool = JSON_OPT) -> None:
    """Every rule with its trigger, state and how its runs went."""
    with unit() as session:
        rows = [service.describe(session, r) for r in service.list_rules(session)]
    if as_json:
        print_json({"rows": rows})
        return
    print_table(
        "Rules",
        ["name", "enabled", "version", "trigger", "on", "actions", "done", "dead"],
        [
            [
                r["name"],
                "yes" if r["enabled"] else "no",
                r["version"],
                r["trigger"],
                r["on"],
                ", ".join(r["actions"]),
                r["runs"]["done"],
                r["runs"]["dead"],
            ]
            for r in rows
        ],
    )


@app.command("enable")
@friendly_errors
def enable(name: str) -> None:
    """Switch a rule on: it fires on what happens from now on."""
    with unit() as session:
        rule = service.set_enabled(session, name, True)
        console.print(f"{rule.name} enabled (version {rule.version})")


@app.command("disable")
@friendly_errors
def disable(name: str) -> None:
    """Switch a rule off (its runs and versions are kept)."""
    with unit() as session:
        rule = service.set_enabled(session, name, False)
        console.print(f"{rule.name} disabled")


@app.command("dry-run")
@friendly_errors
def dry_run(
    name: str = typer.Argument(..., help="A saved rule's name, or a YAML file with one rule."),
    days: int = typer.Option(30, "--days", help="How far back to look."),
    as_json: bool = JSON_OPT,
) -> None:
    """What the rule would have done over the last days; nothing is written or sent."""
    path = Path(name)
    with unit() as session:
        target: str | dict[str, object] = name
        if path.suffix in (".yaml", ".yml", ".json") and path.is_file():
            target = service.load_yaml(path.read_text(encoding="utf-8"))[0]
        fired = [w.as_dict() for w in service.dry_run(session, target, days=days)]
    if as_json:
        print_json({"rule": name, "days": days, "would_fire": fired})
        return
    console.print(f"{name} would have fired {len(fired)} times in the last {days} days")
    print_table(
        "Would fire",
        ["at", "trigger", "actions"],
        [
            [w["at"][:16], w["trigger_key"], "; ".join(_said(a) for a in w["actions"])]
            for w in fired
        ],
    )


def _said(action: dict[str, object]) -> str:
    details = ", ".join(f"{k}={v}" for k, v in action.items() if k != "kind")
    return f"{action['kind']}({details})"


@app.command("runs")
@friendly_errors
def runs(
    rule: str | None = typer.Option(None, "--rule", help="Only this rule's runs."),
    dead: bool = typer.Option(False, "--dead", help="Only the dead-letter list."),
    limit: int = typer.Option(50, min=1, max=1000),
    as_json: bool = JSON_OPT,
) -> None:
    """The execution log: each run with its trigger, state, tries and what it did."""
    with unit() as session:
        rows = service.list_runs(
            session, rule=rule, state=RunState.DEAD if dead else None, limit=limit
        )
        data = [
            {
                "id": r.id,
                "rule_id": r.rule_id,
                "version": r.rule_version,
                "trigger": r.trigger_key,
                "state": r.state.value,
                "attempts": r.attempts,
                "created_at": r.created_at,
                "finished_at": r.finished_at,
                "error": r.last_error,
                "log": r.log,
            }
            for r in rows
        ]
    if as_json:
        print_json({"rows": data})
        return
    print_table(
        "Rule runs",
        ["id", "rule", "trigger", "state", "tries", "error"],
        [
            [d["id"], d["rule_id"], d["trigger"], d["state"], d["attempts"], d["error"] or ""]
            for d in data
        ],
    )


@app.command("retry")
@friendly_errors
def retry(run_id: int) -> None:
    """Put a run from the dead-letter list back in the queue."""
    with unit() as session:
        run = service.retry_dead(session, run_id)
        console.print(f"run {run.id} is pending again")


@app.command("from-text")
@friendly_errors
def from_text_cmd(
    text: str = typer.Argument(..., help="One sentence, English or Chinese."),
    save: bool = typer.Option(False, "--save", help="Save it (disabled) after printing it."),
) -> None:
    """Turn a sentence into a rule in YAML to review ("when an invoice is 30 days overdue,
    email the customer a reminder"); --save stores it disabled."""
    with unit() as session:
        segments = partner_queries.segments(session)
    rule = from_text.parse(text, segments)
    sys.stdout.write(from_text.to_yaml(rule))
    if save:
        with unit() as session:
            saved = service.save(session, rule)
            console.print(f"saved {saved.name} (disabled; `smarterp rules enable {saved.name}`)")


@app.command("install-builtin")
@friendly_errors
def install_builtin() -> None:
    """Add smarterp's built-in rules (disabled) that are not there yet."""
    with unit() as session:
        added = builtin.install(session)
    console.print(f"added {len(added)} built-in rules: {', '.join(added) or 'none'}")


@friendly_errors
def worker(
    once: bool = typer.Option(False, "--once", help="Run what is due now, then exit."),
    threads: int = typer.Option(2, "--threads", min=1, max=64, help="Jobs run at once."),
) -> None:
    """Run rule jobs: dispatch events, schedules and checks into the queue and execute them
    (SMARTERP_JOBS_URL: a SQLite file by default, or Redis). Several workers share a queue."""
    from smarterp.core.settings import get_settings

    queue = jobs.queue_from_settings(engine())
    if once:
        report, executed = queue.run_once()
        console.print(
            f"dispatched {report.events} event, {report.schedules} schedule and {report.checks} "
            f"check runs; re-queued {report.requeued}; executed {executed} jobs"
        )
        return
    console.print(f"rules worker on {threads} threads; Ctrl-C stops")
    queue.consume(workers=threads, interval=get_settings().jobs_poll_seconds)


DEFAULT_TEXT_SETS = (
    "tests/data/rules_from_text_dev.jsonl",
    "tests/data/rules_from_text_heldout.jsonl",
)


def eval_from_text(
    files: list[Path] = typer.Argument(
        None, help="Labelled JSONL files; dev and held-out by default."
    ),
    as_json: bool = JSON_OPT,
) -> None:
    """Score the sentence parser (`rules from-text`): whole rule, trigger, conditions, actions."""
    from smarterp.automation.rules import text_eval

    paths = files or [Path(p) for p in DEFAULT_TEXT_SETS]
    scores = {str(p): text_eval.score(p).as_dict() for p in paths}
    if as_json:
        print_json(scores)
        return
    print_table(
        "rules from-text",
        ["file", "sentences", "whole rule", "trigger", "conditions", "actions"],
        [
            [p, s["sentences"], s["whole_rule"], s["trigger"], s["conditions"], s["actions"]]
            for p, s in scores.items()
        ],
    )
    for path, s in scores.items():
        for miss in s["misses"]:
            console.print(f"[yellow]miss[/yellow] {Path(path).name}: {miss}", markup=True)
