"""Scoring the reading of the demo inbox against what each message was generated to say: orders
entirely right, line F1, lines in a wrong pack without a flag, supplier links and intents, chat
links; per language, sender type and channel, and apart for each set of phrasings: the ones the
reader was tuned on (`dev`), the held-out ones (`held_out`), the third set (`unseen`), the
fourth, written blind (`fourth`), the fifth, written blind by another hand (`fifth`), the
sixth, written blind by a third (`sixth`), the seventh, written blind by a fourth
(`seventh`), the eighth and ninth, written blind by two more (`eighth`, `ninth`), the tenth
(`tenth`), written blind to measure the reader tuned on all of those, the eleventh
(`eleventh`), written blind by an eighth hand beside it, the twelfth (`twelfth`), written
blind by a ninth hand beside those, the thirteenth (`thirteenth`), written blind by a tenth
hand beside them, the fourteenth (`fourteenth`), written blind by an eleventh hand beside
them, the fifteenth (`fifteenth`), written blind by a twelfth hand beside them, and the
sixteenth (`sixteenth`), written blind by a thirteenth hand beside them all."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from smarterp.intel.docs.catalogue import load_catalogue
from smarterp.intel.docs.extract import OrderReader, OrderReading
from smarterp.intel.docs.sources import ParsedDocument, read_stored_messages
from smarterp.intel.docs.store import read_document


def _ratio(right: int, total: int) -> float | None:
    return round(right / total, 4) if total else None


@dataclass
class _Tally:
    counts: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    tp: int = 0
    predicted: int = 0
    gold: int = 0
    wrong_pack_unflagged: int = 0
    flagged_lines: int = 0

    def absorb(self, other: _Tally) -> None:
        """Add another tally's counts to these."""
        for name, (right, total) in other.counts.items():
            self.counts[name][0] += right
            self.counts[name][1] += total
        self.tp += other.tp
        self.predicted += other.predicted
        self.gold += other.gold
        self.wrong_pack_unflagged += other.wrong_pack_unflagged
        self.flagged_lines += other.flagged_lines

    def count(self, name: str, right: bool) -> None:
        self.counts[name][0] += int(right)
        self.counts[name][1] += 1

    def scores(self) -> dict[str, Any]:
        p = self.tp / self.predicted if self.predicted else 1.0
        r = self.tp / self.gold if self.gold else 1.0
        out: dict[str, Any] = {k: _ratio(*v) for k, v in sorted(self.counts.items())}
        out["messages"] = self.counts["intent"][1]
        out["line_precision"] = round(p, 4)
        out["line_recall"] = round(r, 4)
        out["line_f1"] = round(2 * p * r / (p + r), 4) if p + r else 0.0
        if not self.gold and not self.predicted:  # no order in the group: nothing to score
            out["line_precision"] = out["line_recall"] = out["line_f1"] = None
        out["wrong_pack_unflagged"] = self.wrong_pack_unflagged
        out["flagged_lines"] = self.flagged_lines
        return out


def _match(gold: list[dict[str, Any]], got: list[dict[str, Any]]) -> tuple[int, list[int]]:
    """(gold lines read right, indexes of the lines read that match none). A line with two
    readings in the gold is right when read either way with the other kept as a flag."""
    unmatched = list(range(len(got)))
    right = 0
    for g in gold:
        readings = [(g["product"], float(g["quantity"]))]
        alternatives = [(a["product"], float(a["quantity"])) for a in g.get("alternatives", [])]
        for k in list(unmatched):
            line = got[k]
            taken = (line["product"], float(line["quantity"]))
            kept = {(a["product"], float(a["quantity"])) for a in line.get("alternatives", [])}
            if taken in readings or (taken in alternatives and readings[0] in kept):
                right += 1
                unmatched.remove(k)
                break
    return right, unmatched


def _phrasing_set(gold: dict[str, Any]) -> str:
    """Which set of phrasings wrote the message: tuned on, held out, unseen, fourth, fifth,
    sixth, seventh, eighth, ninth, tenth, eleventh, twelfth, thirteenth, fourteenth, fifteenth
    or sixteenth."""
    if gold.get("held_out"):
        return "held_out"
    if gold.get("unseen"):
        return "unseen"
    if gold.get("fourth"):
        return "fourth"
    if gold.get("fifth"):
        return "fifth"
    if gold.get("sixth"):
        return "sixth"
    later = ("seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth",
             "fourteenth", "fifteenth", "sixteenth")  # fmt: skip
    return next((name for name in later if gold.get(name)), "dev")


@dataclass
class InboxReport:
    """Scores per group: all, by language, sender type, channel, and phrasing set."""

    groups: dict[str, _Tally] = field(default_factory=lambda: defaultdict(_Tally))
    mistakes: list[dict[str, Any]] = field(default_factory=list)

    def add(self, gold: dict[str, Any], reading: OrderReading) -> None:
        got = reading.evidence()
        keys = [
            "all",
            f"lang:{gold['lang']}",
            f"sender:{gold['sender_type']}",
            f"channel:{gold['channel']}",
            _phrasing_set(gold),
        ]
        linked = reading.partner == gold["partner"]
        wrong: list[str] = []
        if not linked:
            wrong.append("partner")
        if reading.intent != gold["intent"]:
            wrong.append("intent")
        line_right, gold_lines = 0, gold.get("lines") or []
        extra: list[int] = []
        is_order = gold["intent"] == "new_order"
        if is_order:
            line_right, extra = _match(gold_lines, got["lines"])
            if line_right != len(gold_lines) or extra:
                wrong.append("lines")
            if reading.requested_date is None or (
                reading.requested_date.isoformat() != gold["requested_date"]
            ):
                wrong.append("requested_date")
        siblings = {s for g in gold_lines for s in g.get("siblings", [])}
        exact = not wrong or wrong == ["intent"]
        # A wrong order the reader was sure of: drafted for a partner with no flag anywhere, so
        # nothing tells the person to look twice (the worst kind of miss).
        drafted = reading.intent == "new_order" and reading.partner is not None
        doubted = bool(reading.flags) or any(
            ln["flags"] or ln["alternatives"] for ln in got["lines"]
        )
        for key in keys:
            t = self.groups[key]
            t.count("intent", reading.intent == gold["intent"])
            t.count("sender_type", reading.sender_type == gold["sender_type"])
            t.count("partner_linked_right", linked)
            t.count("partner_linked_wrong", reading.partner not in (None, gold["partner"]))
            if gold["sender_type"] == "supplier":
                t.count("supplier_link", linked)
                t.count("supplier_intent", reading.intent == gold["intent"])
                if gold.get("reference"):
                    t.count("supplier_document", reading.reference == gold["reference"])
            if gold["sender_type"] == "customer":
                t.count("customer_link", linked)
                t.count("customer_intent", reading.intent == gold["intent"])
            if gold["channel"] == "chat":
                t.count("chat_link", linked)
            if gold["intent"] == "price_change":
                t.count("price_change_not_an_order", reading.intent != "new_order")
            if is_order:
                t.count("orders_exact", exact)
                t.count("orders_wrong_unflagged", not exact and drafted and not doubted)
                t.count("order_requested_date", "requested_date" not in wrong)
                t.tp += line_right
                t.gold += len(gold_lines)
                t.predicted += len(got["lines"])
                t.flagged_lines += sum(1 for ln in got["lines"] if ln["alternatives"])
                t.wrong_pack_unflagged += sum(
                    1
                    for k in extra
                    if got["lines"][k]["product"] in siblings
                    and not got["lines"][k]["alternatives"]
                )
        if wrong:
            self.mistakes.append(
                {
                    "id": gold["id"],
                    "fields": wrong,
                    "gold": gold,
                    "got": got,
                    "template": gold["template"],
                }
            )

    def merge(self, other: InboxReport) -> None:
        """Add another company's scores to these (several demo seeds pooled)."""
        for key, theirs in other.groups.items():
            self.groups[key].absorb(theirs)
        self.mistakes.extend(other.mistakes)

    def summary(self) -> dict[str, Any]:
        """The headline figures (the keys other tools read) and every group's scores."""
        everything = self.groups["all"].scores()
        return {
            "orders_exact": everything.get("orders_exact"),
            "line_f1": everything["line_f1"],
            "wrong_pack_unflagged": everything["wrong_pack_unflagged"],
            "orders_wrong_unflagged": everything.get("orders_wrong_unflagged"),
            "supplier_link": everything.get("supplier_link"),
            "supplier_intent": everything.get("supplier_intent"),
            "chat_link": everything.get("chat_link"),
            "customer_link": everything.get("customer_link"),
            "partner_linked_wrong": everything.get("partner_linked_wrong"),
            "messages": everything["messages"],
            "groups": {k: self.groups[k].scores() for k in sorted(self.groups)},
        }


def read_demo_inbox(session: Session, gold: list[dict[str, Any]]) -> InboxReport:
    """Read the stored inbox as `ingest --stored` does (oldest first, one reader, only what a
    mailbox shows) and score each message that has a gold answer."""
    answers = {g["id"]: g for g in gold}
    reader = OrderReader(load_catalogue(session))
    report = InboxReport()
    for item in read_stored_messages(session):
        if not isinstance(item, ParsedDocument) or item.external_id not in answers:
            continue
        reading = read_document(item, reader)
        if reading is not None:
            report.add(answers[item.external_id], reading)
    return report
