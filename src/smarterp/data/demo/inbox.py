"""The demo inbox: what customers, suppliers and strangers write, in English, Chinese or both,
with what each message was written to say (its gold) kept beside it for the evaluation.

Wording comes from its own random stream (`Writer`), so the books the demo simulates do not
change with the phrasing. A quarter of the messages are written from held-out phrasings
(`HELD`), kept apart so that the reader is measured on wordings it was not tuned on; about a
third of the others from a third set (`unseen`), written before the reader was improved on
packs and scored apart again; and a share of what neither of those wrote, suppliers' mail
included, from a fourth set (`fourth`), written blind (without looking at the reader) and
scored apart as well; of what none of those wrote, a share again from a fifth set (`fifth`),
written blind by another hand once the reader was being tuned on the fourth; and of what none
of those wrote, a share from a sixth set (`sixth`), written blind by a third hand once the
reader was being tuned on the fifth; and of what none of those wrote, a share from a seventh set
(`seventh`), written blind by a fourth hand once the reader was being tuned on the sixth; and
after it the eighth and ninth (`eighth`, `ninth`), written blind by two more hands at the same
time, the eighth taking half of what none before it took and the ninth half of the rest; and
the tenth (`tenth`), written blind by a seventh hand to measure the reader tuned on all of
those, taking half of what none before it took; and the eleventh (`eleventh`), written blind by
an eighth hand, taking half of what none before it took; and the twelfth (`twelfth`), written
blind by a ninth hand, taking half of what none before it took; and the thirteenth
(`thirteenth`), written blind by a tenth hand, taking half of what none before it took; and the
fourteenth (`fourteenth`), written blind by an eleventh hand, taking half of what none before it
took; and the fifteenth (`fifteenth`), written blind by a twelfth hand, taking half of what none
before it took; and the sixteenth (`sixteenth`), written blind by a thirteenth hand, taking what
is left.
Each later set draws from its own stream, so adding it left every other message word for word
as it was."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from smarterp.data.demo import (
    eighth,
    eleventh,
    fifteenth,
    fifth,
    fourteenth,
    fourth,
    ninth,
    seventh,
    sixteenth,
    sixth,
    tenth,
    thirteenth,
    twelfth,
    unseen,
)
from smarterp.data.demo.phrasing_set import PhrasingSet

HELD_SHARE = 0.25
# The seventh set and those written blind after it, in the order they take messages.
LATE_SETS: tuple[PhrasingSet, ...] = (
    seventh,
    eighth,
    ninth,
    tenth,
    eleventh,
    twelfth,
    thirteenth,
    fourteenth,
    fifteenth,
    sixteenth,
)
ZH_DIGITS = "零一两三四五六七八九十"
EN_WORDS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
]
# Item words that fit a category's single pieces (what a buyer counts when not buying cases).
ITEM_WORDS: dict[str, tuple[str, ...]] = {
    "Beverages": ("bottles", "cans"),
    "Condiments": ("bottles", "jars"),
    "Dairy": ("bottles", "pcs"),
    "Personal Care": ("bottles", "pcs"),
}
ZH_ITEM_WORDS: dict[str, str] = {
    "Beverages": "瓶",
    "Condiments": "瓶",
    "Dairy": "个",
    "Personal Care": "支",
}
FREEMAIL_EN = ("gmail.com", "outlook.com", "yahoo.com")
FREEMAIL_ZH = ("qq.com", "163.com", "126.com")


@dataclass(frozen=True)
class Party:
    """Who writes: the company, its contact and addresses, as the generator knows them."""

    id: int
    name: str
    short: str  # how people write the company's name in a hurry
    zh: bool
    contact: str
    email: str
    handle: str  # chat handle
    kind: str  # customer or supplier


@dataclass(frozen=True)
class Item:
    """One product as the generator knows it: its pack variant and its siblings."""

    name: str
    name_zh: str
    base: str
    base_zh: str
    variant: str  # single, case, family
    pack: int
    category: str
    quantity: int
    siblings: tuple[str, ...]  # the other pack variants of the same goods
    habit: bool = False  # the customer has bought only this variant of these goods before
    # The customer has bought these goods before, never in this pack: they say which pack.
    new_pack: bool = False


@dataclass
class Text:
    """A message and what it was written to say; `sender` overrides the partner's address."""

    subject: str | None
    body: str
    gold: dict[str, Any] = field(default_factory=dict)
    sender: str | None = None


class Writer:
    """The wording stream: one per demo, seeded from the demo's seed."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(f"inbox-{seed}")
        self.chatted: set[str] = set()  # handles that have introduced themselves
        self.held = False
        self.fresh = False  # a held-out phrasing went into the message
        # The unseen set draws from its own stream: every other message, held-out ones
        # included, reads word for word as it did before the set was written.
        self.unseen_rng = random.Random(f"inbox-unseen-{seed}")
        self.unseen = False
        self.novel = False  # an unseen phrasing went into the message
        # The fourth set draws twice for every message from its own stream, whatever is
        # written: whether the message may be written from it, and a seed for its words. So
        # no message's words depend on which other messages the set wrote.
        self.fourth_draws = random.Random(f"inbox-fourth-{seed}")
        self.fourth = False
        self.fourth_rng = random.Random(0)
        self.blind = False  # a phrasing of the fourth set went into the message
        # The fifth set, written after the fourth by another hand, draws the same way from a
        # stream of its own, and only for messages neither held out nor the fourth's.
        self.fifth_draws = random.Random(f"inbox-fifth-{seed}")
        self.fifth = False
        self.fifth_rng = random.Random(0)
        self.fifth_wrote = False  # a phrasing of the fifth set went into the message
        # The sixth set, written blind by a third hand, draws the same way from its own stream,
        # and only for messages neither held out, the fourth's nor the fifth's.
        self.sixth_draws = random.Random(f"inbox-sixth-{seed}")
        self.sixth = False
        self.sixth_rng = random.Random(0)
        self.sixth_wrote = False  # a phrasing of the sixth set went into the message
        # The later sets (the seventh and each written blind after it) draw the same way, each
        # from its own stream, and only for messages no earlier set took.
        self.late_draws = [random.Random(f"inbox-{s.NAME}-{seed}") for s in LATE_SETS]
        self.late: PhrasingSet | None = None  # the later set that may write the message
        self.late_rng = random.Random(0)
        self.late_wrote = False  # a phrasing of that set went into the message

    def start(self) -> bool:
        """Begin a message: draw whether it is written from the held-out phrasings, and if
        not, whether from the unseen ones, the fourth's, the fifth's, the sixth's or a later
        set's."""
        self.held = self.rng.random() < HELD_SHARE
        self.fresh = False
        self.unseen = not self.held and self.unseen_rng.random() < unseen.UNSEEN_SHARE
        self.novel = False
        roll = self.fourth_draws.random()
        self.fourth_rng = random.Random(self.fourth_draws.getrandbits(64))
        self.fourth = not self.held and roll < fourth.FOURTH_SHARE
        self.blind = False
        roll = self.fifth_draws.random()
        self.fifth_rng = random.Random(self.fifth_draws.getrandbits(64))
        self.fifth = not self.held and not self.fourth and roll < fifth.FIFTH_SHARE
        self.fifth_wrote = False
        roll = self.sixth_draws.random()
        self.sixth_rng = random.Random(self.sixth_draws.getrandbits(64))
        self.sixth = (
            not self.held and not self.fourth and not self.fifth and roll < sixth.SIXTH_SHARE
        )
        self.sixth_wrote = False
        taken = self.held or self.fourth or self.fifth or self.sixth
        self.late = None
        for phrasings, draws in zip(LATE_SETS, self.late_draws, strict=True):
            roll = draws.random()
            rng = random.Random(draws.getrandbits(64))
            if not taken and roll < phrasings.SHARE:
                self.late, self.late_rng, taken = phrasings, rng, True
        self.late_wrote = False
        return self.held

    def pick(self, dev: list[str], seen: list[str], held: list[str] | None = None) -> str:
        """A phrasing: from the held-out ones (`held`) for a held-out message, else from the
        ones the reader was tuned on (`dev`, and `seen`: a first held-out set, looked at once
        and so no longer held out)."""
        if self.held and held:
            self.fresh = True
            return self.rng.choice(held)
        return self.rng.choice(dev + seen)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p


# --- small pieces --------------------------------------------------------------------------


def _en_num(w: Writer, n: int) -> str:
    return EN_WORDS[n] if n <= 12 and w.chance(0.35) else str(n)


def _zh_num(w: Writer, n: int) -> str:
    if n <= 10 and w.chance(0.5):
        return ZH_DIGITS[n]
    return str(n)


def _typo(w: Writer, text: str) -> str:
    """One slip of the finger in a long word: a letter dropped or doubled."""
    words = text.split(" ")
    long = [i for i, x in enumerate(words) if len(x) >= 7 and x.isalpha()]
    if not long:
        return text
    i = w.rng.choice(long)
    word = words[i]
    k = w.rng.randint(2, len(word) - 2)
    words[i] = word[:k] + word[k + 1 :] if not w.held else word[:k] + word[k] + word[k:]
    return " ".join(words)


def _en_date(w: Writer, day: date, by: date) -> str:
    monday = day - timedelta(days=day.weekday())
    weekday = f"{by:%A}"
    if monday < by < monday + timedelta(days=7) and by > day and w.chance(0.3):
        return f"this {weekday}"
    if monday + timedelta(days=7) <= by < monday + timedelta(days=14) and w.chance(0.35):
        return f"next {weekday}"
    return w.rng.choice([f"{by:%d %B %Y}", f"{by.day} {by:%b}", f"{by:%B} {by.day}"])


def _zh_date(w: Writer, day: date, by: date) -> str:
    monday = day - timedelta(days=day.weekday())
    names = "一二三四五六日"
    if monday < by < monday + timedelta(days=7) and by > day and w.chance(0.3):
        return f"本周{names[by.weekday()]}"
    if monday + timedelta(days=7) <= by < monday + timedelta(days=14) and w.chance(0.35):
        return f"下周{names[by.weekday()]}"
    return w.rng.choice([f"{by.month}月{by.day}日", f"{by.year}年{by.month}月{by.day}日"])


def _signature(w: Writer, who: Party, person: str | None = None, company: bool = False) -> str:
    """A sign-off; from an address that is not the company's, people name their company."""
    person = person or who.contact
    name = who.name if w.chance(0.5) else who.short
    if who.zh:
        forms = [f"{person}\n{name}", f"{name} {person}"] + ([] if company else [person])
    else:
        forms = [f"Best regards,\n{person}\n{name}", f"Thanks,\n{person} | {name}"]
        forms += [] if company else [person]
    return w.rng.choice(forms)


def _sender(w: Writer, who: Party, personal: float) -> tuple[str, str | None, bool]:
    """(sender line, another person's name or None, whether the address is not the
    company's own): the company address, a colleague on its domain, or a personal mailbox."""
    domain = who.email.rpartition("@")[2]
    roll = w.rng.random()
    if roll < personal / 2:
        first, last = w.rng.choice(_COLLEAGUES_ZH if who.zh else _COLLEAGUES_EN)
        local = f"{last.lower()}.{first.lower()}" if not who.zh else f"u{w.rng.randint(100, 999)}"
        name = f"{last}{first}" if who.zh else f"{first} {last}"
        return f"{name} <{local}@{domain}>", name, True
    if roll < personal:
        if who.zh:
            address = f"{w.rng.randint(10000000, 999999999)}@{w.rng.choice(FREEMAIL_ZH)}"
        else:
            local = who.contact.lower().replace(" ", w.rng.choice([".", "", "_"]))
            address = f"{local}{w.rng.randint(1, 99)}@{w.rng.choice(FREEMAIL_EN)}"
        return f"{who.contact} <{address}>", None, True
    display = who.contact if w.chance(0.7) else who.name
    return f"{display} <{who.email}>", None, False


_COLLEAGUES_EN = [("Nina", "Park"), ("Oscar", "Reyes"), ("Priya", "Shah"), ("Tom", "Becker")]
_COLLEAGUES_ZH = [("晓东", "郑"), ("雪梅", "何"), ("志强", "罗"), ("春燕", "高")]


def _gold(
    w: Writer,
    kind: str,
    sender_type: str,
    who: Party | None,
    intent: str,
    lang: str,
    template: str,
    **extra: Any,
) -> dict[str, Any]:
    return {
        "channel": kind,
        "sender_type": sender_type,
        "partner": who.name if who else None,
        "partner_id": who.id if who else None,
        "intent": intent,
        "lang": lang,
        "template": template,
        "held_out": w.fresh,
        "unseen": w.novel,
        "fourth": w.blind,
        "fifth": w.fifth_wrote,
        "sixth": w.sixth_wrote,
        **{s.NAME: w.late_wrote and w.late is s for s in LATE_SETS},
        "lines": [],
        "requested_date": None,
        "reference": None,
        **extra,
    }


# --- order lines -----------------------------------------------------------------------------


def _line_en(w: Writer, it: Item, typo: bool) -> tuple[str, dict[str, Any]]:
    """An order line in English and its gold (with the other reading where the words allow
    two and the customer's history does not settle it)."""
    base = _typo(w, it.base) if typo else it.base
    q = it.quantity
    gold: dict[str, Any] = {"product": it.name, "quantity": q, "siblings": list(it.siblings)}
    if it.variant == "case":
        forms = [f"{_en_num(w, q)} cases of {base}", f"{base} - {q} cases", f"{q} x {it.name}"]
        forms += [f"{q} ctns {base}", f"{base} (case of {it.pack}) x {q}"]
        held = [
            f"{q} cartons {base}",
            f"{base}: {q} full cases",
            f"{_en_num(w, q)} crates of {base}",
        ]
        if it.habit:
            forms.append(f"{q} x {base}")
            held.append(f"{base} {q}")
        fresh = [f"{base} - {q} cs", f"{base}, {q} boxes of {it.pack}", f"{q} x case {base}"]
        return w.pick(forms, held, fresh), gold
    if it.variant == "family":
        forms = [f"{q} x {it.name}", f"{it.name} x {q}", f"{q} {base} (family size)"]
        held = [f"{base} family size, {q}", f"{_en_num(w, q)} family-size {base}"]
        fresh = [f"{q} x {base} (family pack)", f"{base} FAMILY SIZE x{q}"]
        return w.pick(forms, held, fresh), gold
    words = ITEM_WORDS.get(it.category, ("pcs", "pieces"))
    forms = [f"{q} {w.rng.choice(words)} of {base}", f"{base} - {q} {w.rng.choice(words)}"]
    if not it.new_pack:
        forms += [f"{q} x {base}", f"{base} x {q}"]
    held = [f"{base} {q} {w.rng.choice(words)}", f"{q} single {base}", f"{q} loose {base}"]
    fresh = [f"{q} {w.rng.choice(words)} {base}", f"{base} ({q} {w.rng.choice(words)})"]
    if q % 12 == 0 and q <= 36 and it.pack == 1 and any("Case of 12" in s for s in it.siblings):
        dozen = "a dozen" if q == 12 else f"{EN_WORDS[q // 12]} dozen"
        forms.append(f"{dozen} {base}")
        if not it.habit:
            case = next(s for s in it.siblings if "Case of 12" in s)
            gold["alternatives"] = [{"product": case, "quantity": q // 12}]
    return w.pick(forms, held, fresh), gold


def _line_zh(w: Writer, it: Item) -> tuple[str, dict[str, Any]]:
    q = it.quantity
    gold: dict[str, Any] = {"product": it.name, "quantity": q, "siblings": list(it.siblings)}
    n = _zh_num(w, q)
    if it.variant == "case":
        forms = [f"{it.base_zh} {q}箱", f"{n}箱{it.base_zh}", f"{it.name_zh} × {q}"]
        forms += [f"{n}件{it.base_zh}", f"{it.base_zh}（{it.pack}件装）{q}箱"]
        held = [f"{it.base_zh}{q}整箱", f"整箱{it.base_zh} {q}箱", f"{it.base_zh} {n}件"]
        if it.habit:
            forms.append(f"{it.base_zh} × {q}")
        fresh = [f"{it.base_zh}：{q} 箱", f"{it.base_zh}{n}箱整", f"{it.base_zh} {q}ctn"]
        return w.pick(forms, held, fresh), gold
    if it.variant == "family":
        forms = [f"{it.name_zh} × {q}", f"{it.name_zh} {q}份", f"家庭装{it.base_zh} {q}"]
        held = [f"{it.base_zh}家庭装{n}份", f"大包装{it.base_zh}（家庭装）{q}"]
        fresh = [f"{it.base_zh}(家庭装) ×{q}", f"家庭装 {it.base_zh} {q} 份"]
        return w.pick(forms, held, fresh), gold
    unit = ZH_ITEM_WORDS.get(it.category, "个")
    forms = [f"{it.base_zh} {q}{unit}", f"{n}{unit}{it.base_zh}", f"散装{it.base_zh} {q}{unit}"]
    if not it.new_pack:
        forms.append(f"{it.base_zh} × {q}")
    held = [f"单{unit}{it.base_zh} {q}{unit}", f"{it.base_zh}{q}{unit}（散装）"]
    fresh = [f"{it.base_zh}：{q}{unit}", f"{q}{unit} {it.base_zh}（零售）"]
    if q % 12 == 0 and q <= 36 and any("Case of 12" in s for s in it.siblings):
        forms.append(f"{it.base_zh}{'一' if q == 12 else ZH_DIGITS[q // 12]}打")
        if not it.habit:
            case = next(s for s in it.siblings if "Case of 12" in s)
            gold["alternatives"] = [{"product": case, "quantity": q // 12}]
    return w.pick(forms, held, fresh), gold


def _lines(w: Writer, items: list[Item], zh: bool, typo: bool) -> tuple[list[str], list[Any]]:
    texts, golds = [], []
    typo_at = w.rng.randrange(len(items)) if typo else -1
    for i, it in enumerate(items):
        text, gold = _line_zh(w, it) if zh else _line_en(w, it, i == typo_at)
        texts.append(text)
        golds.append(gold)
    return texts, golds


def _correctable(w: Writer, items: list[Item], zh: bool) -> tuple[str, int] | None:
    """A P.S. that corrects a line: (the P.S. text, index of the corrected line)."""
    candidates = [i for i, it in enumerate(items) if it.variant == "case"]
    if not candidates:
        return None
    i = w.rng.choice(candidates)
    it = items[i]
    if zh:
        text = w.pick(
            [
                f"附言：{it.base_zh}改成{it.quantity}箱，谢谢。",
                f"PS：{it.base_zh}要{it.quantity}箱。",
            ],
            [f"补充一下：{it.base_zh}最后定{it.quantity}箱。"],
        )
    else:
        text = w.pick(
            [
                f"P.S. sorry, make that {it.quantity} cases of {it.base}.",
                f"PS - {it.base} should be {it.quantity} cases, not {it.quantity + 2}.",
            ],
            [f"P.S. correction: {it.quantity} cases of {it.base} after all."],
        )
    return text, i


def _blind(w: Writer, who: Party, words: tuple[str, str]) -> tuple[str, str]:
    """(subject, body) of a customer's message in the fourth set's words, signed in them."""
    w.blind = True
    subject, body = words
    return subject, f"{body}\n\n{fourth.signature(w.fourth_rng, who, who.contact)}"


def _other_hand(w: Writer, who: Party, words: tuple[str, str]) -> tuple[str, str]:
    """(subject, body) of a customer's message in the fifth set's words, signed in them."""
    w.fifth_wrote = True
    subject, body = words
    return subject, f"{body}\n\n{fifth.signature(w.fifth_rng, who, who.contact)}"


def _third_hand(w: Writer, who: Party, words: tuple[str, str]) -> tuple[str, str]:
    """(subject, body) of a customer's message in the sixth set's words, signed in them."""
    w.sixth_wrote = True
    subject, body = words
    return subject, f"{body}\n\n{sixth.signature(w.sixth_rng, who, who.contact)}"


def _late(w: Writer) -> PhrasingSet:
    """The later set that took the message (asked only once one has)."""
    assert w.late is not None
    return w.late


def _later_hand(w: Writer, who: Party, words: tuple[str, str]) -> tuple[str, str]:
    """(subject, body) of a customer's message in a later set's words, signed in them."""
    w.late_wrote = True
    subject, body = words
    return subject, f"{body}\n\n{_late(w).signature(w.late_rng, who, who.contact)}"


# --- customers -----------------------------------------------------------------------------


def order_request(
    w: Writer,
    who: Party,
    ref: str,
    items: list[Item],
    by: date,
    day: date,
    chat: bool,
) -> Text:
    """A customer's order, by e-mail or chat; lines, packs and a requested date."""
    w.start()
    mixed = w.chance(0.12)
    zh_lines = who.zh != mixed  # a Chinese customer may name goods in English, and vice versa
    typo = not zh_lines and w.chance(0.2)
    texts, golds = _lines(w, items, zh_lines, typo)
    lang = "mixed" if mixed else ("zh" if who.zh else "en")
    when = _zh_date(w, day, by) if who.zh else _en_date(w, day, by)
    voice = False  # the sixth set's chats are now and then a voice message written out
    if w.unseen:  # drawn after the tuned lines, so that the tuned stream is spent alike
        w.novel = True
        texts, golds, lang = unseen.lines(w.unseen_rng, items, who.zh, lang)
    elif w.fourth:  # what the unseen set did not write, the fourth may
        w.blind = True
        texts, golds, lang = fourth.lines(w.fourth_rng, items, who.zh, lang)
        when = fourth.when(w.fourth_rng, who.zh, day, by)
    elif w.fifth:  # what neither the unseen nor the fourth set wrote, the fifth may
        w.fifth_wrote = True
        texts, golds, lang = fifth.lines(w.fifth_rng, items, who.zh, lang)
        when = fifth.when(w.fifth_rng, who.zh, day, by)
    elif w.sixth:  # what none of the unseen, fourth or fifth sets wrote, the sixth may
        w.sixth_wrote = True
        voice = chat and w.sixth_rng.random() < 0.35
        mode = "voice" if voice else ("chat" if chat else "email")
        texts, golds, lang = sixth.lines(w.sixth_rng, items, who.zh, lang, mode)
        when = sixth.when(w.sixth_rng, who.zh, day, by, voice)
    elif w.late is not None:  # what none of unseen, fourth, fifth, sixth wrote, a later set may
        w.late_wrote = True
        mode = "chat" if chat else "email"
        texts, golds, lang = _late(w).lines(w.late_rng, items, who.zh, lang, mode)
        when = _late(w).when(w.late_rng, who.zh, day, by)
    gold = {"lines": golds, "requested_date": by.isoformat(), "reference": ref}
    if chat:
        return _order_chat(w, who, ref, texts, when, lang, gold, voice=voice)
    ps = _correctable(w, items, who.zh) if w.chance(0.15) else None
    amended = None
    listed = list(texts)  # the lines as meant, before a P.S. has one say another figure
    if w.sixth_wrote:  # this set puts its own correction on top of the mail, or none
        amended = sixth.amendment(w.sixth_rng, items, texts, golds, who.zh)
        ps = None
    elif w.late_wrote:  # this set changes a figure in the list itself, saying so, or none
        amended = _late(w).amendment(w.late_rng, items, texts, who.zh)
        ps = None
    elif w.fifth_wrote:  # this set writes its own wrong figure and its own note, or none
        note = fifth.afterthought(w.fifth_rng, items, texts, golds, who.zh)
        ps = (note, 0) if note else None
    elif ps is not None:  # the list says another figure; the P.S. corrects it
        figure = re.compile(rf"(?<!\d){items[ps[1]].quantity}(?!\d)")
        if len(figure.findall(texts[ps[1]])) == 1:
            texts[ps[1]] = figure.sub(str(items[ps[1]].quantity + 2), texts[ps[1]])
        else:
            ps = None
    table = None
    if w.blind and w.fourth_rng.random() < 0.2:  # the lines pasted as a table, no P.S.
        table, gold["lines"] = fourth.table(w.fourth_rng, items, who.zh)
        # No P.S. then, so no line may say another figure (a body may still run the lines).
        lang, ps, texts = ("zh" if who.zh else "en"), None, listed
    elif w.blind and ps is not None:  # the P.S. in this set's words, naming cases
        ps = (fourth.correction(w.fourth_rng, items[ps[1]], who.zh), ps[1])
        golds[ps[1]].pop("alternatives", None)
    sender, other, personal = _sender(w, who, 0.3)
    listing = "\n".join(f"- {t}" for t in texts)
    sign = _signature(w, who, other, company=personal)
    if other and not who.zh:
        sign += f"\n(for {who.contact})"
    elif other:
        sign += f"\n（代{who.contact}发）"
    if w.unseen:
        sign = unseen.signature(w.unseen_rng, who, sign)
    elif w.blind:
        sender = fourth.sender(w.fourth_rng, who, sender)
        sign = fourth.signature(w.fourth_rng, who, other or who.contact)
    elif w.fifth_wrote:
        sender = fifth.sender(w.fifth_rng, who, sender)
        sign = fifth.signature(w.fifth_rng, who, other or who.contact)
    elif w.sixth_wrote:
        sender = sixth.sender(w.sixth_rng, who, sender)
        sign = sixth.signature(w.sixth_rng, who, other or who.contact)
    elif w.late_wrote:
        sender = _late(w).sender(w.late_rng, who, sender)
        sign = _late(w).signature(w.late_rng, who, other or who.contact)
    tail = f"\n\n{ps[0]}" if ps else ""
    if who.zh:
        subject = w.pick(
            [f"采购订单 {ref}", f"订货 {ref}", "下单"], [f"要货单 {ref}", "新订单"], [f"订单 {ref}"]
        )
        body = w.pick(
            [
                f"您好，\n\n请按以下清单备货，并于{when}前送达：\n{listing}\n\n我方订单号：{ref}。"
                f"请确认，谢谢！\n\n{sign}{tail}",
                f"王经理好，{when}前帮我们送以下货物，订单号{ref}：\n{listing}\n谢谢！\n{sign}{tail}",
            ],
            [f"你好！本次要货如下：\n{listing}\n最晚{when}到。单号{ref}。\n{sign}{tail}"],
            [f"各位好：\n下列货品请安排，{when}之前到：\n{listing}\n订单编号 {ref}\n{sign}{tail}"],
        )
    else:
        inline = ", ".join(texts[:-1]) + f" and {texts[-1]}" if len(texts) > 1 else texts[0]
        subject = w.pick(
            [f"Purchase order {ref}", f"Order {ref}", "New order"],
            [f"PO {ref} - please confirm"],
            [f"Order request {ref}"],
        )
        body = w.pick(
            [
                f"Hello,\n\nPlease supply the following, delivered by {when}:\n{listing}\n\n"
                f"Our reference is {ref}. Kindly confirm.\n\n{sign}{tail}",
                f"Hi Emma,\n\ncould you send us {inline} by {when}? PO ref {ref}.\n\n{sign}{tail}",
            ],
            [
                f"Dear team,\nwe'd like to order:\n{listing}\nDelivery needed before {when}. "
                f"Order no. {ref}.\nCheers, {sign}{tail}"
            ],
            [
                f"Good morning,\nPlease book the items below for delivery no later than {when}.\n"
                f"{listing}\nReference: {ref}\nRegards,\n{sign}{tail}"
            ],
        )
    if w.unseen:
        subject, body = unseen.order_email(w.unseen_rng, who, ref, texts, when, f"{sign}{tail}")
    elif w.blind:
        subject, body = fourth.order_email(
            w.fourth_rng, who, ref, texts, table, when, f"{sign}{tail}"
        )
    elif w.fifth_wrote:
        subject, body = fifth.order_email(w.fifth_rng, who, ref, texts, when, f"{sign}{tail}")
    elif w.sixth_wrote:
        subject, body = sixth.order_email(w.sixth_rng, who, ref, texts, when, sign, amended)
    elif w.late_wrote:
        subject, body = _late(w).order_email(w.late_rng, who, ref, texts, when, sign, (day, by))
    template = "order.email"
    if w.chance(0.15):  # a colleague forwards the order the customer wrote
        template = "order.forwarded"
        fwd_sender, fwd_other, _ = _sender(w, who, 1.0)
        person = fwd_other or who.contact
        original = f"From: {who.contact} <{who.email}>\nSubject: {subject}\n\n{body}"
        if w.unseen:
            note, marker = unseen.forward_note(w.unseen_rng, who, person)
            body = f"{note}\n\n{marker}\n{original}"
        elif w.blind:
            body = fourth.forward(w.fourth_rng, who, person, subject, body, day)
        elif w.fifth_wrote:
            body = fifth.forward(w.fifth_rng, who, person, subject, body, day)
        elif w.sixth_wrote:
            body = sixth.forward(w.sixth_rng, who, person, subject, body, day)
        elif w.late_wrote:
            body = _late(w).forward(w.late_rng, who, person, subject, body, day)
        elif who.zh:
            body = f"请处理下面转发的订单，谢谢。\n{person}\n\n---------- 转发邮件 ----------\n{original}"  # noqa: E501
        else:
            body = (
                f"Please process the order below, thanks.\n{person}\n\n"
                f"---------- Forwarded message ---------\n{original}"
            )
        sender, subject = fwd_sender, f"Fwd: {subject}"
    elif w.unseen and w.unseen_rng.random() < 0.35:  # a reply above an earlier exchange
        template = "order.quoted"
        body += unseen.quoted_thread(w.unseen_rng, who, items, day)
        subject = f"Re: {subject}"
    elif w.blind and w.fourth_rng.random() < 0.3:  # an answer to our sales desk's note
        template = "order.quoted"
        body += fourth.reply_to_sales(w.fourth_rng, who, items, day)
        subject = f"RE: {subject}"
    elif w.fifth_wrote and w.fifth_rng.random() < 0.3:  # an answer above our dispatch notice
        template = "order.quoted"
        body += fifth.reply_to_notice(w.fifth_rng, who, day)
        subject = f"Re: {subject}" if not who.zh else f"答复: {subject}"
    elif w.sixth_wrote and w.sixth_rng.random() < 0.3:  # written below our quoted note
        template = "order.quoted"
        body = sixth.quoted_above(w.sixth_rng, who, day) + body
        subject = f"Re: {subject}" if not who.zh else f"回复：{subject}"
    elif w.late_wrote and w.late_rng.random() < 0.3:  # our earlier note quoted below
        template = "order.quoted"
        body += _late(w).quoted_below(w.late_rng, who, day)
        subject = f"RE: {subject}" if not who.zh else f"回覆: {subject}"
    return Text(
        subject,
        body,
        _gold(
            w,
            "email",
            "customer",
            who,
            "new_order",
            lang,
            template + (".ps" if ps or amended else ""),
            personal_sender=personal,
            **gold,
        ),
        sender,
    )


def _order_chat(
    w: Writer,
    who: Party,
    ref: str,
    texts: list[str],
    when: str,
    lang: str,
    gold: dict[str, Any],
    voice: bool = False,
) -> Text:
    intro = ""
    if who.handle not in w.chatted:
        w.chatted.add(who.handle)
        intro = (
            f"你好，我是{who.short}的{who.contact}。"
            if who.zh
            else f"Hi, {who.contact} from {who.short} here. "
        )
    listing = "\n".join(texts)
    if who.zh:
        body = w.pick(
            [
                f"{intro}你好，我们要下一单（单号 {ref}），{when}前送到：\n{listing}",
                f"{intro}在吗？{when}前送这些：{'，'.join(texts)}。单号{ref}",
            ],
            [f"{intro}老板，{ref}这单：{'；'.join(texts)}，{when}要到哦"],
            [f"{intro}{ref}：{'、'.join(texts)}，{when}前要"],
        )
    else:
        body = w.pick(
            [
                f"{intro}New order {ref} please, needed by {when}:\n{listing}",
                f"{intro}hey, can u send {', '.join(texts)} by {when}? ref {ref} thx",
            ],
            [f"{intro}order {ref}: {'; '.join(texts)} - need it {when} pls"],
            [f"{intro}{ref} - {', '.join(texts)}. by {when} if poss"],
        )
    if w.unseen:
        body = unseen.order_chat(w.unseen_rng, who, ref, texts, when, intro)
    elif w.blind:
        body = fourth.order_chat(w.fourth_rng, who, ref, texts, when, first=bool(intro))
    elif w.fifth_wrote:
        body = fifth.order_chat(w.fifth_rng, who, ref, texts, when, first=bool(intro))
    elif w.sixth_wrote:
        body = sixth.order_chat(w.sixth_rng, who, ref, texts, when, bool(intro), voice)
    elif w.late_wrote:
        body = _late(w).order_chat(w.late_rng, who, ref, texts, when, bool(intro))
    return Text(
        None, body, _gold(w, "chat", "customer", who, "new_order", lang, "order.chat", **gold)
    )


def chat_addition(w: Writer, who: Party, item: Item) -> Text:
    """A short chat reply that adds to the order just placed: no name, no reference."""
    w.start()
    q = item.quantity
    if who.zh:
        body = w.pick(
            [f"再加{_zh_num(w, q)}箱{item.base_zh}", f"对了，{item.base_zh}再来{q}箱"],
            [f"刚才那单加{q}箱{item.base_zh}哈"],
            [f"补{q}箱{item.base_zh}，一起送"],
        )
    else:
        body = w.pick(
            [f"oh and add {q} cases of {item.base} pls", f"pls add {q} cases {item.base} to that"],
            [f"+{q} cases {item.base} on that one, thanks"],
            [f"also {q} cases of {item.base} on the last order"],
        )
    if w.unseen:
        w.novel = True
        body = unseen.chat_addition(w.unseen_rng, who, item)
    elif w.fourth:
        w.blind = True
        body = fourth.chat_addition(w.fourth_rng, who, item)
    elif w.fifth:
        w.fifth_wrote = True
        body = fifth.chat_addition(w.fifth_rng, who, item)
    elif w.sixth:
        w.sixth_wrote = True
        body = sixth.chat_addition(w.sixth_rng, who, item)
    elif w.late is not None:
        w.late_wrote = True
        body = _late(w).chat_addition(w.late_rng, who, item)
    line = {"product": item.name, "quantity": q, "siblings": list(item.siblings)}
    lang = "zh" if who.zh else "en"
    return Text(
        None,
        body,
        _gold(w, "chat", "customer", who, "change_order", lang, "change.chat", lines=[line]),
    )


def order_change(w: Writer, who: Party, ref: str, item: Item, old: int) -> Text:
    """The customer changes a quantity on an order already sent."""
    w.start()
    q = item.quantity
    sender, _, _ = _sender(w, who, 0.2)
    if who.zh:
        subject = f"回复：采购订单 {ref}"
        body = w.pick(
            [
                f"您好，我们的订单{ref}需要修改：{item.base_zh}从{old}箱改为{q}箱，其他不变。\n{who.contact}"
            ],
            [f"你好，{ref}那单{item.base_zh}改成{q}箱（原来{old}箱），谢谢。\n{who.contact}"],
        )
    else:
        subject = f"Re: Purchase order {ref}"
        body = w.pick(
            [
                f"Hello, please change our order {ref}: {q} cases of {item.base} instead of {old}. "
                f"Everything else stays the same.\n\n{who.contact}"
            ],
            [
                f"Hi, small update to order {ref} - {item.base} goes from {old} to {q} cases.\n{who.contact}"  # noqa: E501
            ],
        )
    if w.fourth:
        subject, body = _blind(w, who, fourth.order_change(w.fourth_rng, who, ref, item, old))
        sender = fourth.sender(w.fourth_rng, who, sender)
    elif w.fifth:
        words = fifth.order_change(w.fifth_rng, who, ref, item, old)
        subject, body = _other_hand(w, who, words)
        sender = fifth.sender(w.fifth_rng, who, sender)
    elif w.sixth:
        words = sixth.order_change(w.sixth_rng, who, ref, item, old)
        subject, body = _third_hand(w, who, words)
        sender = sixth.sender(w.sixth_rng, who, sender)
    elif w.late is not None:
        words = _late(w).order_change(w.late_rng, who, ref, item, old)
        subject, body = _later_hand(w, who, words)
        sender = _late(w).sender(w.late_rng, who, sender)
    line = {"product": item.name, "quantity": q, "siblings": list(item.siblings)}
    lang = "zh" if who.zh else "en"
    return Text(
        subject,
        body,
        _gold(
            w,
            "email",
            "customer",
            who,
            "change_order",
            lang,
            "change.email",
            lines=[line],
            reference=ref,
        ),
        sender,
    )


def cancellation(w: Writer, who: Party, number: str) -> Text:
    w.start()
    if who.zh:
        subject, body = (
            f"取消订单 {number}",
            w.pick(
                [f"您好，订单 {number} 请取消，我们下个月再订。\n{who.contact}"],
                [f"你好，{number}这单我们不要了，麻烦撤销。\n{who.contact}"],
            ),
        )
    else:
        subject, body = (
            f"Cancel order {number}",
            w.pick(
                [
                    f"Hello, please cancel order {number}; we will order again next month.\n{who.contact}"  # noqa: E501
                ],
                [f"Hi, we no longer need order {number} - could you call it off?\n{who.contact}"],
            ),
        )
    if w.fourth:
        subject, body = _blind(w, who, fourth.cancellation(w.fourth_rng, who, number))
    elif w.fifth:
        subject, body = _other_hand(w, who, fifth.cancellation(w.fifth_rng, who, number))
    elif w.sixth:
        subject, body = _third_hand(w, who, sixth.cancellation(w.sixth_rng, who, number))
    elif w.late is not None:
        words = _late(w).cancellation(w.late_rng, who, number)
        subject, body = _later_hand(w, who, words)
    lang = "zh" if who.zh else "en"
    gold = _gold(w, "email", "customer", who, "cancel_order", lang, "cancel", reference=number)
    return Text(subject, body, gold, f"{who.contact} <{who.email}>")


def inquiry(w: Writer, who: Party, item: Item) -> Text:
    """A question about goods: price and stock, with figures that are not an order."""
    w.start()
    q = item.quantity
    sender, _, _ = _sender(w, who, 0.3)
    if who.zh:
        subject = w.pick(["询价", f"{item.base_zh}有货吗"], ["咨询"])
        body = w.pick(
            [f"您好，请问{item.base_zh}现在有货吗？{q}箱的话价格多少？\n{_signature(w, who)}"],
            [f"你好，想了解一下{item.base_zh}的价格，{q}箱能不能便宜点？\n{_signature(w, who)}"],
        )
    else:
        subject = w.pick(["Price question", f"{item.base} availability"], ["Quick question"])
        body = w.pick(
            [
                f"Hello, do you have {item.base} in stock? What would {q} cases cost?\n\n"
                f"{_signature(w, who)}"
            ],
            [
                f"Hi, wondering about your price on {item.base} if we took {q} cases.\n{_signature(w, who)}"  # noqa: E501
            ],
        )
    if w.fourth:
        subject, body = _blind(w, who, fourth.inquiry(w.fourth_rng, who, item))
        sender = fourth.sender(w.fourth_rng, who, sender)
    elif w.fifth:
        subject, body = _other_hand(w, who, fifth.inquiry(w.fifth_rng, who, item))
        sender = fifth.sender(w.fifth_rng, who, sender)
    elif w.sixth:
        subject, body = _third_hand(w, who, sixth.inquiry(w.sixth_rng, who, item))
        sender = sixth.sender(w.sixth_rng, who, sender)
    elif w.late is not None:
        subject, body = _later_hand(w, who, _late(w).inquiry(w.late_rng, who, item))
        sender = _late(w).sender(w.late_rng, who, sender)
    lang = "zh" if who.zh else "en"
    return Text(
        subject, body, _gold(w, "email", "customer", who, "inquiry", lang, "inquiry"), sender
    )


def late_delivery(w: Writer, who: Party, number: str, due: date, chat: bool) -> Text:
    w.start()
    if who.zh:
        body = w.pick(
            [
                f"订单 {number} 说好{due.month}月{due.day}日到货，到现在还没收到，请尽快安排发货并告知物流单号。"  # noqa: E501
            ],
            [f"{number}怎么还没到？都过了{due.month}月{due.day}日了，急用！"],
        )
        subject = None if chat else f"催货：{number} 延迟交货"
    else:
        body = w.pick(
            [
                f"Our order {number} was due on {due:%d %b %Y} and has still not arrived. "
                "Please ship it as soon as possible and send us the tracking number."
            ],
            [f"where is {number}?? it was due {due:%d %b} and nothing has turned up yet"],
        )
        subject = None if chat else f"Late delivery of {number}"
    if w.fourth:
        w.blind = True
        body = fourth.late_delivery(w.fourth_rng, who, number, due)
    elif w.fifth:
        w.fifth_wrote = True
        body = fifth.late_delivery(w.fifth_rng, who, number, due)
    elif w.sixth:
        w.sixth_wrote = True
        body = sixth.late_delivery(w.sixth_rng, who, number, due)
    elif w.late is not None:
        w.late_wrote = True
        body = _late(w).late_delivery(w.late_rng, who, number, due)
    if not chat:
        body = f"{body}\n\n{who.contact}"
    lang = "zh" if who.zh else "en"
    kind = "chat" if chat else "email"
    gold = _gold(w, kind, "customer", who, "complaint", lang, "late", reference=number)
    return Text(subject, body, gold, None if chat else f"{who.contact} <{who.email}>")


def invoice_question(w: Writer, who: Party, number: str, total: str, order: str) -> Text:
    """A customer disputes an invoice: a complaint about a bill."""
    w.start()
    if who.zh:
        text = Text(
            f"关于发票 {number}",
            f"您好，发票 {number}（订单 {order}）金额为 {total}，与我们的记录不一致，"
            f"请核对运费和折扣后重新开具或说明。\n\n{who.contact}",
        )
    else:
        text = Text(
            f"Question about invoice {number}",
            f"Hello, invoice {number} for order {order} shows {total}, which does not match our "
            f"records. Could you check the shipping and discounts and send a corrected copy?\n\n"
            f"{who.contact}",
        )
    lang = "zh" if who.zh else "en"
    text.gold = _gold(
        w, "email", "customer", who, "complaint", lang, "invoice_dispute", reference=number
    )
    text.sender = f"{who.contact} <{who.email}>"
    return text


def damaged_goods(w: Writer, who: Party, number: str, product: str, q: int) -> Text:
    w.start()
    if who.zh:
        text = Text(
            f"退货申请 {number}",
            f"您好，订单 {number} 中的{product}有 {q} 件破损，申请退货并开具红字发票。\n\n{who.contact}",  # noqa: E501
        )
    else:
        text = Text(
            f"Return request for {number}",
            f"Hello, {q} units of {product} on order {number} arrived damaged. We would like to "
            f"return them and receive a credit note.\n\n{who.contact}",
        )
    lang = "zh" if who.zh else "en"
    text.gold = _gold(w, "email", "customer", who, "complaint", lang, "damaged", reference=number)
    sender, _, _ = _sender(w, who, 0.25)
    text.sender = sender
    return text


def payment_promise(w: Writer, who: Party, number: str, amount: str, on: date) -> Text:
    """The customer answers a reminder with a day they will pay."""
    w.start()
    sender, _, _ = _sender(w, who, 0.3)
    if who.zh:
        subject = f"回复：付款提醒：发票 {number}"
        body = w.pick(
            [
                f"您好，发票 {number} 的 {amount} 我们会在{on.month}月{on.day}日前安排付款，抱歉耽误了。\n{_signature(w, who)}"  # noqa: E501
            ],
            [f"收到，{number}这笔款{on.month}月{on.day}日打过去。\n{_signature(w, who)}"],
        )
    else:
        subject = f"Re: Payment reminder: invoice {number}"
        body = w.pick(
            [
                f"Hello, sorry for the delay. We will pay invoice {number} ({amount}) on "
                f"{on:%d %B}.\n\n{_signature(w, who)}"
            ],
            [
                f"Hi, the transfer for {number} goes out by {on:%d %b}. Apologies.\n{_signature(w, who)}"  # noqa: E501
            ],
        )
    if w.fourth:
        promise = fourth.payment_promise(w.fourth_rng, who, number, amount, on)
        _, body = _blind(w, who, (subject, promise))
        sender = fourth.sender(w.fourth_rng, who, sender)
    elif w.fifth:
        promise = fifth.payment_promise(w.fifth_rng, who, number, amount, on)
        _, body = _other_hand(w, who, (subject, promise))
        sender = fifth.sender(w.fifth_rng, who, sender)
    elif w.sixth:
        promise = sixth.payment_promise(w.sixth_rng, who, number, amount, on)
        _, body = _third_hand(w, who, (subject, promise))
        sender = sixth.sender(w.sixth_rng, who, sender)
    elif w.late is not None:
        promise = _late(w).payment_promise(w.late_rng, who, number, amount, on)
        _, body = _later_hand(w, who, (subject, promise))
        sender = _late(w).sender(w.late_rng, who, sender)
    lang = "zh" if who.zh else "en"
    gold = _gold(w, "email", "customer", who, "payment_promise", lang, "promise", reference=number)
    return Text(subject, body, gold, sender)


# --- our own messages out (no gold: the reader reads what comes in) --------------------------


def order_confirmation(zh: bool, ref: str, number: str, total: str) -> Text:
    if zh:
        return Text(
            f"订单确认 {number}",
            f"您好，贵司订单 {ref} 已确认，我方销售单号 {number}，含税金额 {total}。",
        )
    return Text(
        f"Order confirmation {number}",
        f"Thank you for your order {ref}. It is confirmed as {number}, total {total} incl. VAT.",
    )


def payment_reminder(zh: bool, number: str, residual: str, due: date) -> Text:
    if zh:
        return Text(
            f"付款提醒：发票 {number}",
            f"您好，发票 {number} 已于{due:%Y年%m月%d日}到期，尚欠 {residual}，请尽快安排付款。",
        )
    return Text(
        f"Payment reminder: invoice {number}",
        f"Dear customer, invoice {number} fell due on {due:%d %B %Y} and {residual} is still "
        "open. Please arrange payment at your earliest convenience.",
    )


def credit_hold(zh: bool, number: str) -> Text:
    if zh:
        return Text(
            f"订单 {number} 暂缓", f"您好，订单 {number} 超出信用额度，付清到期发票后即可发货。"
        )
    return Text(
        f"Order {number} on hold",
        f"Your order {number} exceeds your credit limit; it will ship once overdue invoices "
        "are settled.",
    )


# --- suppliers -----------------------------------------------------------------------------


def _supplier_text(
    w: Writer, who: Party, subject: str, body: str, intent: str, template: str, **gold: Any
) -> Text:
    sender, other, personal = _sender(w, who, 0.3)
    sign = _signature(w, who, other, company=True) if other or personal else who.contact
    if w.blind:
        sign = fourth.supplier_signature(w.fourth_rng, who, other or who.contact)
        sender = fourth.sender(w.fourth_rng, who, sender)
    elif w.fifth_wrote:
        sign = fifth.supplier_signature(w.fifth_rng, who, other or who.contact)
        sender = fifth.sender(w.fifth_rng, who, sender)
    elif w.sixth_wrote:
        sign = sixth.supplier_signature(w.sixth_rng, who, other or who.contact)
        sender = sixth.sender(w.sixth_rng, who, sender)
    elif w.late_wrote:
        sign = _late(w).supplier_signature(w.late_rng, who, other or who.contact)
        sender = _late(w).sender(w.late_rng, who, sender)
    lang = "zh" if who.zh else "en"
    g = _gold(w, "email", "supplier", who, intent, lang, template, personal_sender=personal, **gold)
    return Text(subject, f"{body}\n\n{sign}", g, sender)


def price_change(w: Writer, who: Party, product: str, old: str, new: str, on: date) -> Text:
    """A supplier raises a price: a proposal for the supplier price, never a sales order."""
    w.start()
    if who.zh:
        subject = w.pick([f"调价通知：{product}", "价格调整函"], ["关于调整供货价格的通知"])
        body = w.pick(
            [
                f"尊敬的客户，因原材料成本上涨，{product}的供货价将自{on.year}年{on.month}月{on.day}日起"
                f"由 {old} 调整为 {new}。感谢理解与支持！"
            ],
            [
                f"您好，{on.month}月{on.day}日起{product}每箱涨到 {new}（原价 {old}），起订量不变，10箱起。"  # noqa: E501
            ],
            [f"通知：自{on.month}月{on.day}日起，{product}单价由{old}上调至{new}。"],
        )
    else:
        subject = w.pick(
            [f"Price change: {product}", "Price increase notice"], ["Updated price list"]
        )
        body = w.pick(
            [
                f"Dear customer, due to higher raw material costs the price of {product} will change "  # noqa: E501
                f"from {old} to {new} per unit from {on:%d %B %Y}. Thank you for your understanding."  # noqa: E501
            ],
            [
                f"Hello, please note {product} goes up to {new} (was {old}) from {on:%d %b}; "
                "orders of 10 cases or more placed before then keep the old price."
            ],
            [
                f"Please be advised that from {on:%d %B} {product} will be invoiced at {new} instead of {old}."  # noqa: E501
            ],
        )
    if w.fourth:
        w.blind = True
        subject, body = fourth.price_change(w.fourth_rng, who, product, old, new, on)
    elif w.fifth:
        w.fifth_wrote = True
        subject, body = fifth.price_change(w.fifth_rng, who, product, old, new, on)
    elif w.sixth:
        w.sixth_wrote = True
        subject, body = sixth.price_change(w.sixth_rng, who, product, old, new, on)
    elif w.late is not None:
        w.late_wrote = True
        subject, body = _late(w).price_change(w.late_rng, who, product, old, new, on)
    return _supplier_text(w, who, subject, body, "price_change", "price")


def supplier_delay(w: Writer, who: Party, number: str, new_date: date) -> Text:
    w.start()
    if who.zh:
        subject = f"交期延迟：{number}"
        body = w.pick(
            [
                f"您好，贵司采购单 {number} 因产能紧张将延迟发货，预计{new_date.month}月{new_date.day}日到货，给您带来不便深表歉意。"  # noqa: E501
            ],
            [f"不好意思，{number}的货要晚几天，改到{new_date.month}月{new_date.day}日送到。"],
            [f"抱歉，{number}无法按时发出，新的到货时间是{new_date.month}月{new_date.day}日。"],
        )
    else:
        subject = f"Delivery delay on {number}"
        body = w.pick(
            [
                f"Hello, due to a capacity shortage your purchase order {number} will ship late; "
                f"expected arrival is now {new_date:%d %B %Y}. Apologies for the inconvenience."
            ],
            [f"Hi, {number} is running behind - new ETA {new_date:%d %b}. Sorry about that."],
            [
                f"Unfortunately {number} cannot leave our warehouse on time; revised delivery {new_date:%d %B}."  # noqa: E501
            ],
        )
    if w.fourth:
        w.blind = True
        subject, body = fourth.supplier_delay(w.fourth_rng, who, number, new_date)
    elif w.fifth:
        w.fifth_wrote = True
        subject, body = fifth.supplier_delay(w.fifth_rng, who, number, new_date)
    elif w.sixth:
        w.sixth_wrote = True
        subject, body = sixth.supplier_delay(w.sixth_rng, who, number, new_date)
    elif w.late is not None:
        w.late_wrote = True
        subject, body = _late(w).supplier_delay(w.late_rng, who, number, new_date)
    return _supplier_text(
        w, who, subject, body, "delivery_date", "delay", reference=number,
        delivery_date=new_date.isoformat(),
    )  # fmt: skip


def po_acknowledged(w: Writer, who: Party, number: str, ship: date) -> Text:
    w.start()
    if who.zh:
        subject = f"订单确认：{number}"
        body = w.pick(
            [
                f"您好，已收到贵司采购单 {number}，我们将按期备货，预计{ship.month}月{ship.day}日到货。"  # noqa: E501
            ],
            [f"{number}收到了，没问题，{ship.month}月{ship.day}日前送到。"],
            [f"采购单{number}已确认，{ship.month}月{ship.day}日送达。"],
        )
    else:
        subject = f"Order acknowledgement {number}"
        body = w.pick(
            [
                f"Hello, we have received your purchase order {number} and expect delivery on {ship:%d %B %Y}."  # noqa: E501
            ],
            [f"Thanks for {number}. All confirmed, goods should be with you {ship:%d %b}."],
            [f"Confirming receipt of {number}; delivery scheduled for {ship:%d %B}."],
        )
    if w.fourth:
        w.blind = True
        subject, body = fourth.po_acknowledged(w.fourth_rng, who, number, ship)
    elif w.fifth:
        w.fifth_wrote = True
        subject, body = fifth.po_acknowledged(w.fifth_rng, who, number, ship)
    elif w.sixth:
        w.sixth_wrote = True
        subject, body = sixth.po_acknowledged(w.sixth_rng, who, number, ship)
    elif w.late is not None:
        w.late_wrote = True
        subject, body = _late(w).po_acknowledged(w.late_rng, who, number, ship)
    return _supplier_text(
        w, who, subject, body, "order_confirmation", "ack", reference=number,
        delivery_date=ship.isoformat(),
    )  # fmt: skip


def supplier_invoice(w: Writer, who: Party, ref: str, number: str, total: str, due: date) -> Text:
    w.start()
    if who.zh:
        subject = f"发票 {ref}"
        body = w.pick(
            [
                f"您好，采购单 {number} 的发票 {ref} 已开具，金额 {total}，请于{due.month}月{due.day}日前付款。发票见附件。"  # noqa: E501
            ],
            [f"{number}的货款发票{ref}（{total}）附上，账期到{due.month}月{due.day}日。"],
            [f"{number}对应的发票号码为{ref}，金额{total}，{due.month}月{due.day}日到期。"],
        )
    else:
        subject = f"Invoice {ref}"
        body = w.pick(
            [
                f"Hello, please find attached invoice {ref} for your purchase order {number}, "
                f"amount {total}, due on {due:%d %B %Y}."
            ],
            [
                f"Hi, our bill {ref} covering {number} ({total}) is attached; payment due {due:%d %b}."  # noqa: E501
            ],
            [f"Invoice no. {ref} ({total}) for {number} is attached, payable by {due:%d %B}."],
        )
    if w.fourth:
        w.blind = True
        subject, body = fourth.supplier_invoice(w.fourth_rng, who, ref, number, total, due)
    elif w.fifth:
        w.fifth_wrote = True
        subject, body = fifth.supplier_invoice(w.fifth_rng, who, ref, number, total, due)
    elif w.sixth:
        w.sixth_wrote = True
        subject, body = sixth.supplier_invoice(w.sixth_rng, who, ref, number, total, due)
    elif w.late is not None:
        w.late_wrote = True
        subject, body = _late(w).supplier_invoice(w.late_rng, who, ref, number, total, due)
    return _supplier_text(w, who, subject, body, "invoice", "bill", reference=number)


def shortage(w: Writer, who: Party, number: str, product: str) -> Text:
    """Only part of an order can ship: the supplier is short of a product."""
    w.start()
    if who.zh:
        subject = f"缺货通知：{number}"
        body = w.pick(
            [f"您好，{product}目前缺货，采购单 {number} 这次只能先发一部分，余下的一周左右补发。"],
            [f"{number}里的{product}库存不够，先发一部分，剩下的下周补上。"],
            [f"{product}断货了，{number}只能部分发货，余量稍后补齐。"],
        )
    else:
        subject = f"Short shipment on {number}"
        body = w.pick(
            [
                f"Hello, we are out of stock of {product}, so purchase order {number} ships in "
                "part now; the rest follows in about a week."
            ],
            [f"Hi, we can only do part of {number} today - {product} is short. Balance next week."],
            [
                f"{product} is unavailable at the moment, so {number} will be delivered partially; the remainder will follow."  # noqa: E501
            ],
        )
    if w.fourth:
        w.blind = True
        subject, body = fourth.shortage(w.fourth_rng, who, number, product)
    elif w.fifth:
        w.fifth_wrote = True
        subject, body = fifth.shortage(w.fifth_rng, who, number, product)
    elif w.sixth:
        w.sixth_wrote = True
        subject, body = sixth.shortage(w.sixth_rng, who, number, product)
    elif w.late is not None:
        w.late_wrote = True
        subject, body = _late(w).shortage(w.late_rng, who, number, product)
    return _supplier_text(w, who, subject, body, "shortage", "shortage", reference=number)


# --- anyone else ---------------------------------------------------------------------------


_OTHERS = [
    (
        "SF Express <noreply@sf-express.example>",
        "您的快件已签收",
        "您好，运单 SF{n} 已于今日签收，感谢使用顺丰速运。",
        "zh",
    ),
    (
        "China Food Expo <info@foodexpo.example>",
        "Invitation: China Food Expo 2026",
        "Dear buyer, you are invited to visit us at booth {n} - free tickets for trade visitors. "
        "Register before the end of the month.",
        "en",
    ),
    (
        "Trade News <newsletter@tradenews.example>",
        "This week in wholesale",
        "Freight rates fell 4% this week; rice prices steady. Read more on our website.",
        "en",
    ),
    (
        "张磊 <{n}@qq.com>",
        "应聘仓库管理员",
        "您好，我在招聘网站上看到贵司招聘仓库管理员，附上我的简历，期待您的回复。",
        "zh",
    ),
    (
        "IT Helpdesk <it@lotusharbor.example>",
        "Password expires soon",
        "Your password expires in 5 days. Please change it from the staff portal.",
        "en",
    ),
]


def other_message(w: Writer) -> Text:
    """Mail from someone who is neither a customer nor a supplier."""
    w.start()
    sender, subject, body, lang = w.rng.choice(_OTHERS)
    n = str(w.rng.randint(100000, 999999))
    gold = _gold(w, "email", "other", None, "other", lang, "other")
    return Text(subject, body.replace("{n}", n), gold, sender.replace("{n}", n))
