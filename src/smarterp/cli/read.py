"""Commands that read documents: ingest, extract order, eval extract, and the knowledge graph."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import typer
from rich.markup import escape
from sqlalchemy.orm import Session

from smarterp.cli.common import (
    console,
    engine,
    err_console,
    friendly_errors,
    print_json,
    print_table,
    transaction,
)
from smarterp.core.errors import InvalidInput
from smarterp.intel.docs.catalogue import load_catalogue
from smarterp.intel.docs.evaluate import FIELDS, Report
from smarterp.intel.docs.extract import Email, OrderReader, OrderReading
from smarterp.intel.docs.inbox_eval import InboxReport, read_demo_inbox

extract_app = typer.Typer(help="Read structured records out of messages.", no_args_is_help=True)


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    """Objects of a JSON Lines file; a bad line is an error naming its number."""
    if str(path) == "-":
        lines = sys.stdin.read().splitlines()
    else:
        if not path.is_file():
            raise InvalidInput("file", f"{path} does not exist")
        lines = path.read_text(encoding="utf-8").splitlines()
    items: list[dict[str, Any]] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InvalidInput(f"line {number}", f"not JSON: {exc.msg}") from None
        if not isinstance(obj, dict) or "body" not in obj:
            raise InvalidInput(f"line {number}", "needs an object with at least a body")
        items.append(obj)
    return items


def _reader() -> OrderReader:
    with Session(engine()) as session:
        return OrderReader(load_catalogue(session))


def _reading_function(use_llm: bool) -> Callable[[Email], OrderReading]:
    """Offline rules, or the configured language model checked against the books."""
    reader = _reader()
    if not use_llm:
        return reader.read
    from smarterp.intel.docs.llm_extract import read_with_llm
    from smarterp.llm.settings import llm_settings

    settings = llm_settings()
    if not settings.configured:
        raise InvalidInput("--llm", "no language model is configured (SMARTERP_LLM_BASE_URL)")
    return lambda email: read_with_llm(reader, email, settings)


@extract_app.command("order")
@friendly_errors
def extract_order(
    file: Path = typer.Option(
        ...,
        "--file",
        "-f",
        help="Emails as JSON Lines (id, from, subject, body, date); - for stdin.",
    ),
    as_json: bool = typer.Option(False, "--json", help="One JSON object per line."),
    evidence: bool = typer.Option(False, "--evidence", help="Add spans, confidences and flags."),
    draft: bool = typer.Option(False, "--draft", help="Create a draft sales order for each order."),
    use_llm: bool = typer.Option(False, "--llm", help="Use the configured language model."),
) -> None:
    """Read the order in each email: intent, customer, lines and requested date."""
    items = _read_jsonl(file)
    read = _reading_function(use_llm)
    readings = [read(Email.from_json(obj)) for obj in items]
    if draft:
        drafted = _drafts(readings)
        if as_json:
            for d in drafted:
                sys.stdout.write(json.dumps(d, ensure_ascii=False) + "\n")
        else:
            drafted_rows = [(d["id"], d["order"] or "-", "; ".join(d["flags"])) for d in drafted]
            print_table("Draft sales orders", ["email", "quotation", "to check"], drafted_rows)
        return
    if as_json:
        for r in readings:
            data = r.evidence() if evidence else r.as_dict()
            sys.stdout.write(json.dumps(data, ensure_ascii=False) + "\n")
        return
    rows = [
        (
            r.id,
            r.intent,
            r.customer or "?",
            "; ".join(f"{ln.quantity} x {ln.product}" for ln in r.lines),
            r.requested_date or "",
            "; ".join(r.flags),
        )
        for r in readings
    ]
    print_table("Orders read", ["id", "intent", "customer", "lines", "date", "flags"], rows)


def eval_extract(
    file: Path | None = typer.Argument(
        None, help="Labelled emails (JSON Lines with a gold object); not with --demo."
    ),
    as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON."),
    mistakes: bool = typer.Option(False, "--mistakes", help="List the emails read wrongly."),
    use_llm: bool = typer.Option(False, "--llm", help="Use the configured language model."),
    demo: bool = typer.Option(
        False, "--demo", help="Build a demo company in a temporary folder and score its inbox."
    ),
    seed: list[int] = typer.Option(
        [42], "--seed", help="The demo's seed (--demo); repeat it to pool several companies."
    ),
    days: int = typer.Option(728, "--days", min=60, help="Days of demo history (--demo)."),
) -> None:
    """Score order reading per field and per language; print the share of orders fully right.
    With --demo: the demo inbox against what each message was generated to say."""
    if demo:
        if file is not None:
            raise InvalidInput("file", "give either a file or --demo, not both")
        _eval_demo(seed, days, as_json, mistakes)
        return
    if file is None:
        raise InvalidInput("file", "a labelled JSON Lines file is needed (or --demo)")
    items = _read_jsonl(file)
    missing = [str(obj.get("id", i)) for i, obj in enumerate(items, 1) if "gold" not in obj]
    if missing:
        raise InvalidInput("gold", f"lines without a gold answer: {', '.join(missing[:5])}")
    read = _reading_function(use_llm)
    report = Report()
    for obj in items:
        reading = read(Email.from_json(obj))
        report.add(
            str(obj.get("lang") or reading.language), obj["gold"], reading.as_dict(), reading.id
        )
    summary = report.summary()
    if as_json:
        print_json({"scores": summary, "mistakes": report.mistakes if mistakes else None})
        return
    rows = []
    for lang, scores in summary.items():
        for name in FIELDS:
            s = scores[name]
            rows.append((lang, name, s["precision"], s["recall"], s["f1"], s["accuracy"]))
        rows.append((lang, "orders fully right", "", "", "", scores["orders_fully_right"]))
    print_table(
        f"Order extraction on {file.name}",
        ["language", "field", "precision", "recall", "f1", "accuracy"],
        rows,
    )
    if mistakes:
        for m in report.mistakes:
            err_console.print(json.dumps(m, ensure_ascii=False))
    console.print(f"{summary['all']['emails']} emails")


def _eval_demo(seeds: list[int], days: int, as_json: bool, mistakes: bool) -> None:
    """Build the demo of each seed into a throwaway SQLite database, read its inbox, score it;
    several seeds' scores are pooled."""
    report = InboxReport()
    for seed in seeds:
        report.merge(_score_demo(seed, days))
    summary = report.summary()
    if len(seeds) > 1:
        summary["seeds"] = seeds
    if as_json:
        if mistakes:
            summary["mistakes"] = report.mistakes
        print_json(summary)
        return
    # One row per group; the columns are the figures, shortened to fit a terminal.
    columns = [
        ("orders_exact", "orders right"), ("line_f1", "line F1"),
        ("wrong_pack_unflagged", "wrong pack"), ("orders_wrong_unflagged", "sure, wrong"),
        ("flagged_lines", "flagged"),
        ("order_requested_date", "date"), ("customer_link", "cust. link"),
        ("customer_intent", "cust. intent"), ("supplier_link", "supp. link"),
        ("supplier_intent", "supp. intent"), ("chat_link", "chat link"),
        ("partner_linked_wrong", "wrong link"), ("messages", "messages"),
    ]  # fmt: skip
    groups = summary["groups"]
    rows = [
        (g, *("" if groups[g].get(k) is None else groups[g][k] for k, _ in columns))
        for g in sorted(groups, key=lambda g: (g != "all", g))
    ]
    named = ", ".join(str(s) for s in seeds)
    print_table(
        f"Demo inbox (seed {named}) read against its gold",
        ["group", *(h for _, h in columns)],
        rows,
    )
    if mistakes:
        for m in report.mistakes:
            err_console.print(json.dumps(m, ensure_ascii=False, default=str))


def _score_demo(seed: int, days: int) -> InboxReport:
    """Build one demo into a throwaway SQLite database, read its inbox, score it."""
    import tempfile
    from datetime import date

    from sqlalchemy import create_engine

    from smarterp.core import schema
    from smarterp.data.demo import build_demo

    with tempfile.TemporaryDirectory(prefix="smarterp-eval-") as folder:
        gold_path = Path(folder) / "inbox-gold.jsonl"
        eng = create_engine(f"sqlite:///{Path(folder) / 'demo.db'}")
        schema.upgrade(eng)
        with err_console.status(f"building the demo company (seed {seed}, {days} days)"):
            build_demo(
                eng, seed=seed, today=date(2026, 6, 30), history_days=days, gold_path=gold_path
            )
        gold = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines()]
        with Session(eng) as session:
            report = read_demo_inbox(session, gold)
        eng.dispose()
    return report


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    """Attach `ingest`, `extract`, `graph` and `eval extract`."""
    app.add_typer(extract_app, name="extract")
    app.add_typer(graph_app, name="graph")
    app.command("ingest")(ingest)
    eval_app.command("extract")(friendly_errors(eval_extract))


graph_app = typer.Typer(
    help="The knowledge graph: neighbours, paths, facts with sources.", no_args_is_help=True
)


@friendly_errors
def ingest(
    paths: list[Path] | None = typer.Argument(
        None, help="Files or folders: .eml, mbox, Maildir, .jsonl, chats, .txt, .pdf."
    ),
    stored: bool = typer.Option(
        False, "--stored", help="Read the messages stored in the books (e.g. the demo's inbox)."
    ),
    imap: str | None = typer.Option(
        None,
        "--imap",
        help="A mailbox: imaps://user@host/INBOX (default SMARTERP_IMAP_URL); password from "
        "SMARTERP_IMAP_PASSWORD. Read-only; a second run reads only new mail.",
    ),
    as_json: bool = typer.Option(False, "--json", help="Print the summary as JSON."),
    read_orders: bool = typer.Option(
        True, "--read/--no-read", help="Read intent, customer and lines."
    ),
) -> None:
    """Store each document once, read it, and add what it says to the knowledge graph."""
    from itertools import chain

    from rich.progress import Progress, SpinnerColumn, TextColumn

    from smarterp.intel.docs.mailboxes import last_read, remember_read
    from smarterp.intel.docs.sources import (
        ImapMailbox,
        ImapSession,
        ImapSettings,
        Item,
        read_paths,
        read_stored_messages,
    )
    from smarterp.intel.docs.store import ingest as ingest_items
    from smarterp.intel.graph.learn import learn_document

    settings = ImapSettings()
    imap_url = imap or (settings.url if not paths and not stored else None)
    if not paths and not stored and not imap_url:
        raise InvalidInput(
            "what to read", "give files or folders, --stored, or --imap URL (or SMARTERP_IMAP_URL)"
        )
    mailbox = ImapMailbox.parse(imap_url) if imap_url else None
    eng = engine()
    # The mailbox is opened before anything is written: a refused password changes nothing.
    box = (
        ImapSession(
            mailbox,
            settings.password.get_secret_value() if settings.password else "",
            timeout=settings.timeout_s,
        )
        if mailbox
        else None
    )
    try:
        with transaction(eng) as session:
            reader = OrderReader(load_catalogue(session)) if read_orders else None
            sources: list[Iterator[Item]] = []
            if paths:
                sources.append(read_paths(paths))
            if stored:
                sources.append(read_stored_messages(session))
            if box is not None:
                sources.append(box.new_messages(last_read(session, box.mailbox.key)))
            with Progress(
                SpinnerColumn(),
                TextColumn("{task.description}"),
                TextColumn("{task.completed} items"),
                console=err_console,
                transient=True,
                disable=as_json,
            ) as bar:
                task = bar.add_task("ingesting", total=None)

                def tick(source: str) -> None:
                    bar.update(task, advance=1, description=f"ingesting {Path(source).name[:40]}")

                summary = ingest_items(
                    session, chain(*sources), reader, on_stored=learn_document, progress=tick
                )
            if box is not None:
                remember_read(session, box.mailbox.key, box.uidvalidity, box.last_uid)
    finally:
        if box is not None:
            box.close()
    result = summary.as_dict()
    if box is not None:
        result["mailbox"] = {"url": box.mailbox.key, "last_uid": box.last_uid}
    if as_json:
        print_json(result)
        return
    console.print(
        f"[green]{len(summary.added)} added[/green], {len(summary.existing)} already stored, "
        f"[yellow]{len(summary.skipped)} skipped[/yellow]"
    )
    if box is not None:
        console.print(f"{escape(box.mailbox.key)}: read up to UID {box.last_uid}")
    for s in summary.skipped:
        err_console.print(f"[yellow]skipped[/yellow] {escape(s.source)}: {escape(s.reason)}")


@graph_app.command("build")
@friendly_errors
def graph_build(as_json: bool = typer.Option(False, "--json")) -> None:
    """Add the books' partners, contacts, products and trade to the graph (idempotent)."""
    from smarterp.intel.graph.learn import learn_books

    with transaction() as session:
        counts = learn_books(session)
    if as_json:
        print_json(counts)
    else:
        console.print(", ".join(f"{v} {k}" for k, v in counts.items()) or "nothing to add")


@graph_app.command("neighbors")
@friendly_errors
def graph_neighbors(
    name: str = typer.Argument(..., help="A node: name, alias (ALFKI), key or id."),
    edge: str | None = typer.Option(None, "--edge", help="Only edges of this type."),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """The nodes linked to a node."""
    from smarterp.intel.graph.queries import neighbors

    with Session(engine()) as session:
        data = neighbors(session, name, edge_type=edge)
    if as_json:
        print_json(data)
        return
    rows = [
        (n["direction"], n["edge"], n["node"]["kind"], n["node"]["label"], n["confidence"])
        for n in data["neighbors"]
    ]
    print_table(
        f"Neighbours of {data['node']['label']}",
        ["direction", "edge", "kind", "label", "confidence"],
        rows,
    )


@graph_app.command("path")
@friendly_errors
def graph_path(
    start: str = typer.Argument(...),
    goal: str = typer.Argument(...),
    max_depth: int = typer.Option(4, "--max-depth"),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """The shortest chain of links between two nodes."""
    from smarterp.intel.graph.queries import path

    with Session(engine()) as session:
        data = path(session, start, goal, max_depth=max_depth)
    if as_json:
        print_json(data)
        return
    if data["path"] is None:
        console.print(f"no path within {max_depth} steps")
        return
    chain = data["from"]["label"] + "".join(
        f" -[{s['edge']}]- {s['to']['label']}" for s in data["steps"]
    )
    console.print(escape(chain))


@graph_app.command("about")
@friendly_errors
def graph_about(
    name: str = typer.Argument(...), as_json: bool = typer.Option(False, "--json")
) -> None:
    """Everything known about a customer (or any node), with the sources."""
    from smarterp.intel.graph.queries import about

    with Session(engine()) as session:
        data = about(session, name)
    if as_json:
        print_json(data)
        return
    rows = []
    for kind, facts in data["facts"].items():
        for f in facts:
            src = f["source"]
            where = (
                f"doc {src['document']}: {src['text'] or src['subject'] or ''}"
                if src
                else f["extractor"]
            )
            rows.append((kind, f["node"]["label"], f["confidence"], where))
    print_table(f"About {data['node']['label']}", ["edge", "node", "confidence", "source"], rows)


@graph_app.command("suppliers")
@friendly_errors
def graph_suppliers(
    limit: int = typer.Option(10, "--limit"), as_json: bool = typer.Option(False, "--json")
) -> None:
    """The most connected suppliers."""
    from smarterp.intel.graph.queries import top_suppliers

    with Session(engine()) as session:
        data = top_suppliers(session, limit)
    if as_json:
        print_json(data)
        return
    print_table(
        "Most connected suppliers",
        ["supplier", "degree", "centrality"],
        [(d["label"], d["degree"], d["centrality"]) for d in data],
    )


@graph_app.command("export")
@friendly_errors
def graph_export(
    out: Path = typer.Argument(..., help="File to write; .graphml or .json"),
) -> None:
    """Export the whole graph as GraphML or JSON."""
    from smarterp.intel.graph.queries import export_graphml, export_json

    with Session(engine()) as session:
        if out.suffix.lower() == ".graphml":
            out.write_text(export_graphml(session), encoding="utf-8")
        elif out.suffix.lower() == ".json":
            out.write_text(
                json.dumps(export_json(session), ensure_ascii=False, indent=1), encoding="utf-8"
            )
        else:
            raise InvalidInput("out", "the file name must end in .graphml or .json")
    console.print(f"written {out}")


def _drafts(readings: list[Any]) -> list[dict[str, Any]]:
    """Quotations for the order emails; the others, and unclear ones, are reported, not guessed."""
    from smarterp.core.errors import DomainError
    from smarterp.intel.docs.drafts import create_draft_order

    results: list[dict[str, Any]] = []
    for reading in readings:
        try:
            with transaction() as session:
                draft = create_draft_order(session, reading)
            results.append({"id": reading.id, "order": draft.number, "flags": draft.flags})
        except DomainError as exc:
            results.append({"id": reading.id, "order": None, "flags": [exc.message]})
    return results
