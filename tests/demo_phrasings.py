"""What the tests of the demo inbox's later phrasing sets share: the parties and goods they
write about, a run of every kind of message, and the check that a set keeps to its own messages
and leaves every other one word for word as it was."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, timedelta
from types import ModuleType

import pytest

from smarterp.data.demo import inbox
from smarterp.intel.docs.inbox_eval import _phrasing_set

WHO = inbox.Party(1, "Maple Pantry Pty Ltd", "Maple Pantry", False, "Rosa Hughes",
                  "orders@maplepantry77.example", "wechat:wxid_11", "customer")  # fmt: skip
WHO_ZH = inbox.Party(2, "深圳金禾商贸有限公司", "金禾商贸", True, "陈静",
                     "orders@jinhe88.example", "wechat:wxid_12", "customer")  # fmt: skip
SUPPLIER = inbox.Party(3, "Summit Supplies Inc.", "Summit Supplies", False, "Paul Moore",
                       "sales@summit31.example", "wechat:wxid_13", "supplier")  # fmt: skip
SUPPLIER_ZH = inbox.Party(4, "成都蜀香食品有限公司", "蜀香食品", True, "周敏",
                          "sales@shuxiang5.example", "wechat:wxid_14", "supplier")  # fmt: skip
CASE = inbox.Item("Cola (Case of 12)", "可乐（12件装）", "Cola", "可乐", "case", 12, "Beverages",
                  4, ("Cola", "Cola Family Size"))  # fmt: skip
SINGLE = inbox.Item("Cola", "可乐", "Cola", "可乐", "single", 1, "Beverages", 36,
                    ("Cola (Case of 12)", "Cola Family Size"))  # fmt: skip
FAMILY = inbox.Item("Cola Family Size", "可乐家庭装", "Cola", "可乐", "family", 1, "Beverages", 7,
                    ("Cola", "Cola (Case of 12)"))  # fmt: skip
ITEMS = [CASE, SINGLE, FAMILY]
MEANT = [("Cola (Case of 12)", 4), ("Cola", 36), ("Cola Family Size", 7)]

# Who writes the i-th round of messages, given the plain customer of that round.
Voice = Callable[[int, inbox.Party], inbox.Party]


def every_kind(seed: int, voice: Voice | None = None, lead_days: int = 3) -> list[inbox.Text]:
    """Orders by mail and chat, additions, changes, questions and every supplier message, in
    both languages; `voice` may hand a round to another customer (a set's writers)."""
    w = inbox.Writer(seed)
    day = date(2026, 3, 2)
    out = []
    for i in range(60):
        who, supplier = (WHO_ZH, SUPPLIER_ZH) if i % 3 == 1 else (WHO, SUPPLIER)
        who = voice(i, who) if voice else who
        by, po = day + timedelta(days=lead_days + i % 12), f"P0{2000 + i}"
        out += [
            inbox.order_request(w, who, f"PO-{i}", ITEMS, by, day, i % 3 == 0),
            inbox.chat_addition(w, who, CASE),
            inbox.order_change(w, who, f"PO-{i}", CASE, 2),
            inbox.inquiry(w, who, CASE),
            inbox.cancellation(w, who, f"SO{i:05d}"),
            inbox.late_delivery(w, who, f"SO{i:05d}", day, i % 2 == 1),
            inbox.payment_promise(w, who, f"INV/{i}", "88.00", by),
            inbox.price_change(w, supplier, "Cola", "2.00", "2.30", by),
            inbox.supplier_delay(w, supplier, po, day + timedelta(days=16)),
            inbox.po_acknowledged(w, supplier, po, by),
            inbox.supplier_invoice(w, supplier, f"TX-{i}", po, "410.00", by),
            inbox.shortage(w, supplier, po, "Cola"),
        ]
    return out


def assert_keeps_to_its_own(
    phrasings: ModuleType,
    write: Callable[[int], list[inbox.Text]],
    monkeypatch: pytest.MonkeyPatch,
    share: tuple[float, float],
) -> list[inbox.Text]:
    """The set writes a share of the messages, of both senders and channels, none another set
    wrote; with its share at nought every other message reads word for word the same, and its
    own say the same things in other words. Returns the messages written with the set."""
    name = phrasings.NAME
    assert phrasings in inbox.LATE_SETS
    earlier = [s.NAME for s in inbox.LATE_SETS[: inbox.LATE_SETS.index(phrasings)]]
    earlier += ["held_out", "unseen", "fourth", "fifth", "sixth"]
    written = write(42)
    monkeypatch.setattr(phrasings, "SHARE", 0.0)
    without = write(42)
    mine = [bool(t.gold[name]) for t in written]
    assert share[0] < sum(mine) / len(mine) < share[1]
    assert not any(t.gold[name] and any(t.gold.get(k) for k in earlier) for t in written)
    assert {t.gold["sender_type"] for t in written if t.gold[name]} == {"customer", "supplier"}
    assert {t.gold["channel"] for t in written if t.gold[name]} == {"email", "chat"}
    assert all(_phrasing_set(t.gold) == name for t in written if t.gold[name])
    assert name not in {_phrasing_set(t.gold) for t in without}
    for k in earlier:  # the earlier sets keep their messages, word for word
        assert sum(bool(t.gold.get(k)) for t in written) == sum(
            bool(t.gold.get(k)) for t in without
        )
    for a, b in zip(written, without, strict=True):
        if not a.gold[name]:
            assert (a.subject, a.body, a.gold, a.sender) == (b.subject, b.body, b.gold, b.sender)
        else:  # what the message says is the same; only its words are new
            meant = ("partner", "intent", "reference", "requested_date", "delivery_date")
            assert [a.gold.get(k) for k in meant] == [b.gold.get(k) for k in meant]
            assert [(g["product"], g["quantity"]) for g in a.gold["lines"]] == [
                (g["product"], g["quantity"]) for g in b.gold["lines"]
            ]
    assert sum(a.body != b.body for a, b in zip(written, without, strict=True)) == sum(mine)
    return written


def _day_in_figures(body: str, day: date) -> bool:
    return str(day.day) in body


def assert_says_its_gold(
    text: inbox.Text, names_day: Callable[[str, date], bool] = _day_in_figures
) -> str:
    """The message names what its gold says: the document cited, the delivery day, the goods
    of an order or a change (another reading always the other pack of the same goods). Returns
    its subject and body as one text."""
    gold = text.gold
    said = f"{text.subject or ''}\n{text.body}"
    if gold["reference"]:
        assert gold["reference"] in said
    if gold.get("delivery_date"):
        assert names_day(text.body, date.fromisoformat(gold["delivery_date"]))
    if gold["intent"] in ("new_order", "change_order"):
        assert {(g["product"], g["quantity"]) for g in gold["lines"]} <= set(MEANT)
        for g in gold["lines"]:
            assert all(a["product"] in g["siblings"] for a in g.get("alternatives", []))
    if gold["intent"] == "new_order":
        assert [(g["product"], g["quantity"]) for g in gold["lines"]] == MEANT
    return said


def assert_start_keeps_the_wording_stream(
    monkeypatch: pytest.MonkeyPatch,
    texts: Callable[[], list[inbox.Text]],
    name: str,
    at_least: int,
) -> None:
    """Beginning a message takes one draw from the wording stream (held out or not), whatever
    the later sets draw from theirs; so the set `name` moves no other message's words (and
    still writes more than `at_least` of the `texts`)."""
    start = inbox.Writer.start

    def counted(self: inbox.Writer) -> bool:
        before = random.Random()
        before.setstate(self.rng.getstate())
        held = start(self)
        assert held == (before.random() < inbox.HELD_SHARE)
        assert before.getstate() == self.rng.getstate()
        return held

    monkeypatch.setattr(inbox.Writer, "start", counted)
    assert sum(t.gold[name] for t in texts()) > at_least


def only_set(monkeypatch: pytest.MonkeyPatch, phrasings: ModuleType) -> None:
    """The other later sets write nothing and `phrasings` takes all they leave, so it writes
    what they would have: many more of its messages to look at."""
    for other in inbox.LATE_SETS:
        monkeypatch.setattr(other, "SHARE", 1.0 if other is phrasings else 0.0)


def days_from(start: date, ok: Callable[[date], bool], span: int = 160) -> list[date]:
    """The days from `start` on (for `span` days) for which `ok` holds."""
    return [d for d in (start + timedelta(days=k) for k in range(span)) if ok(d)]


def on_day(month: int, day_of_month: int) -> Callable[[date], bool]:
    return lambda d: (d.month, d.day) == (month, day_of_month)
