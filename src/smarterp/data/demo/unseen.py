"""The demo inbox's third set of phrasings, written before the reader was improved on packs and
never looked at message by message: pack wordings (cases, cartons, boxes, dozens, "x12",
"12-pack", a pack size in brackets, 箱/件/打/盒/散装/单瓶), quantities in words, typos in names
and unit words, new forwarding and quoting styles, signatures with other people's names and
mixed English and Chinese.

Its words come from the writer's own unseen stream (`Writer.unseen_rng`), so that every other
message of the inbox, and the books, read exactly as they did before the set existed."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from smarterp.data.demo.inbox import Item, Party

UNSEEN_SHARE = 0.35
_ONES = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen",
]  # fmt: skip
_TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty"}
_ZH = "零一二三四五六七八九"
# What a buyer counts when not buying cases, in this set's words.
_PIECES: dict[str, tuple[str, ...]] = {
    "Beverages": ("bottles", "cans"),
    "Condiments": ("jars", "bottles"),
    "Dairy": ("cartons", "bottles"),
    "Personal Care": ("tubes", "bottles"),
}
_ZH_PIECES: dict[str, str] = {"Beverages": "瓶", "Condiments": "瓶", "Personal Care": "支"}
_UNIT_SLIPS = {"cases": ("csaes", "cses", "casess"), "bottles": ("botles", "bottels")}
_ASSISTANTS_EN = ("Daniel Osei", "Mei Lin", "Grace Holm", "Ahmed Karim")
_ASSISTANTS_ZH = ("李娜", "陈浩", "赵敏", "孙磊")


def _en_words(n: int) -> str:
    if n < 20:
        return _ONES[n]
    tens, ones = divmod(n, 10)
    if tens not in _TENS:
        return str(n)
    return _TENS[tens] + (f"-{_ONES[ones]}" if ones else "")


def _zh_words(n: int) -> str:
    if n == 2:
        return "两"
    if n < 10:
        return _ZH[n]
    tens, ones = divmod(n, 10)
    if tens >= 10:
        return str(n)
    return ("" if tens == 1 else _ZH[tens]) + "十" + (_ZH[ones] if ones else "")


def _count(r: random.Random, n: int, zh: bool) -> str:
    """A figure, or the number in words about a third of the time."""
    if r.random() < 0.35 and n < 60:
        return _zh_words(n) if zh else _en_words(n)
    return str(n)


def _swap(r: random.Random, text: str) -> str:
    """Two neighbouring letters of a long word swapped: a slip other than the tuned ones."""
    words = text.split(" ")
    long = [i for i, x in enumerate(words) if len(x) >= 6 and x.isalpha()]
    if not long:
        return text
    i = r.choice(long)
    word = words[i]
    k = r.randint(1, len(word) - 3)
    words[i] = word[:k] + word[k + 1] + word[k] + word[k + 2 :]
    return " ".join(words)


def _sibling(it: Item, variant: str) -> str | None:
    for name in it.siblings:
        if variant == "case" and "Case of" in name:
            return name
        if variant == "single" and name == it.base:
            return name
    return None


def _gold(it: Item, *other: tuple[str | None, float]) -> dict[str, Any]:
    """The line as meant; the other readings the words allow, unless the customer's history
    (only ever this pack of these goods) settles them."""
    gold: dict[str, Any] = {"product": it.name, "quantity": it.quantity}
    gold["siblings"] = list(it.siblings)
    alternatives = [{"product": p, "quantity": q} for p, q in other if p]
    if alternatives and not it.habit:
        gold["alternatives"] = alternatives
    return gold


def _line_en(r: random.Random, it: Item, typo: bool) -> tuple[str, dict[str, Any]]:
    base = _swap(r, it.base) if typo else it.base
    q, pack = it.quantity, it.pack
    n = _count(r, q, zh=False)
    if it.variant == "case":
        piece = r.choice(_PIECES.get(it.category, ("units", "pieces")))
        case = "case" if q == 1 else "cases"
        forms: list[tuple[str, dict[str, Any]]] = [
            (f"{'a' if q == 1 else n} {case} of {base} ({pack} {piece})", _gold(it)),
            (f"{base} {pack}-pack x {q}", _gold(it)),
            (f"{base} x{pack}, {n} {case}", _gold(it)),
            (f"{n} boxes of {base}", _gold(it, (_sibling(it, "single"), q))),
            (f"{base} - {q} x {pack}", _gold(it, (_sibling(it, "single"), q * pack))),
            (f"{n} {r.choice(_UNIT_SLIPS['cases'])} of {base}", _gold(it)),
            (
                f"{n} {'carton' if q == 1 else 'cartons'} of {base}, {pack} {piece} per carton",
                _gold(it),
            ),
        ]
        if pack == 12:
            dozen = "a dozen" if q == 1 else f"{n} dozen"
            forms.append((f"{dozen} {base}", _gold(it, (_sibling(it, "single"), q * 12))))
        return r.choice(forms)
    if it.variant == "family":
        forms = [
            (f"{n} family-sized {base}", _gold(it)),
            (f"{base} (family) x {q}", _gold(it)),
            (f"{q} pcs {base} family size", _gold(it)),
            (f"{base}, big family pack, {n}", _gold(it)),
        ]
        return r.choice(forms)
    piece = r.choice(_PIECES.get(it.category, ("pieces", "units")))
    forms = [
        (f"{n} individual {piece} of {base}", _gold(it)),
        (f"{base} by the {piece.rstrip('s')}, {q}", _gold(it)),
        (f"{q} {base} - singles please", _gold(it)),
    ]
    if piece in _UNIT_SLIPS:
        forms.append((f"{base}, {q} {r.choice(_UNIT_SLIPS[piece])}", _gold(it)))
    if not it.new_pack:
        forms.append((f"{n} {base}", _gold(it)))
    if q == 6:
        forms.append((f"half a dozen {base}", _gold(it)))
    case_of_12 = _sibling(it, "case")
    if q % 12 == 0 and q <= 48 and case_of_12:
        forms.append((f"{q // 12} doz {base}", _gold(it, (case_of_12, q // 12))))
    return r.choice(forms)


def _line_zh(r: random.Random, it: Item) -> tuple[str, dict[str, Any]]:
    q, pack, base = it.quantity, it.pack, it.base_zh
    n = _count(r, q, zh=True)
    unit = _ZH_PIECES.get(it.category, "个")
    if it.variant == "case":
        single = _sibling(it, "single")
        forms: list[tuple[str, dict[str, Any]]] = [
            (f"{base}{n}箱（每箱{pack}{unit}）", _gold(it)),
            (f"{base} {pack}{unit}装 × {q}", _gold(it)),
            (f"整箱的{base}，{n}箱", _gold(it)),
            (f"{base}{n}盒", _gold(it, (single, q))),
            (f"{n}件{base}（整件）", _gold(it)),
            (f"{base} {q}件", _gold(it, (single, q))),
        ]
        if pack == 12:
            forms.append((f"{base}{n}打", _gold(it, (single, q * 12))))
        return r.choice(forms)
    if it.variant == "family":
        forms = [
            (f"家庭装的{base} {n}{unit}", _gold(it)),
            (f"{base}（家庭号）{q}", _gold(it)),
            (f"{base} 大瓶家庭装 ×{q}", _gold(it)),
        ]
        return r.choice(forms)
    forms = [
        (f"单{unit}装{base} {q}{unit}", _gold(it)),
        (f"{base}零售装{n}{unit}", _gold(it)),
        (f"{base} {q}{unit}，不要整箱", _gold(it)),
        (f"{base}散装{n}{unit}", _gold(it)),
    ]
    case = _sibling(it, "case")
    if q % 12 == 0 and q <= 48 and case:
        forms.append((f"{base} {_zh_words(q // 12)} 打", _gold(it, (case, q // 12))))
    return r.choice(forms)


def lines(
    r: random.Random, items: list[Item], zh: bool, lang: str
) -> tuple[list[str], list[dict[str, Any]], str]:
    """Every line of an order in this set's words; a quarter of them in the other language.
    Returns (texts, gold lines, the message's language)."""
    texts, golds = [], []
    typo_at = r.randrange(len(items)) if r.random() < 0.25 else -1
    for i, it in enumerate(items):
        other = r.random() < 0.25
        text, gold = _line_en(r, it, i == typo_at) if zh == other else _line_zh(r, it)
        texts.append(text)
        golds.append(gold)
        lang = "mixed" if other else lang
    return texts, golds, lang


def signature(r: random.Random, who: Party, sign: str) -> str:
    """A signature that names other people: an assistant writing for the buyer, a group."""
    if who.zh:
        helper = r.choice(_ASSISTANTS_ZH)
        return r.choice(
            [
                f"采购助理 {helper}\n{who.name}\n电话：021-{r.randint(5000_0000, 6999_9999)}",
                f"{sign}\n抄送：{helper}（仓库）",
                f"{helper} 代 {who.contact}\n{who.short}采购部",
            ]
        )
    helper = r.choice(_ASSISTANTS_EN)
    return r.choice(
        [
            f"Kind regards,\n{helper}\nPurchasing assistant to {who.contact}\n{who.name}\n"
            f"T +44 20 {r.randint(7000, 7999)} {r.randint(1000, 9999)}",
            f"{sign}\ncc: {helper} (warehouse)",
            f"{helper} on behalf of {who.contact}, {who.short}\nSent from my phone",
        ]
    )


def order_email(
    r: random.Random, who: Party, ref: str, texts: list[str], when: str, sign: str
) -> tuple[str, str]:
    """(subject, body) of an order e-mail."""
    listing = "\n".join(f"{r.choice(['*', '-', '•'])} {t}" for t in texts)
    if who.zh:
        subject = r.choice([f"订货单{ref}", f"{ref} 补货", "本周订货"])
        body = r.choice(
            [
                f"你好：\n麻烦{when}前安排发货：\n{listing}\n采购单号：{ref}\n\n{sign}",
                f"各位同事好，\n本周订货如下（单号{ref}），请于{when}之前送到：\n{listing}\n多谢！\n{sign}",
                f"Hi，{ref}订单明细如下，{when}前到货：\n{listing}\n\n{sign}",
            ]
        )
        return subject, body
    inline = "; ".join(texts)
    subject = r.choice([f"{ref} - order", f"Restock {ref}", "This week's order"])
    body = r.choice(
        [
            f"Hi there,\n\nCan we get the below for delivery by {when} please:\n{listing}\n\n"
            f"ref. {ref}\n\n{sign}",
            f"To whom it may concern,\n\nKindly arrange delivery of the following on or before "
            f"{when}:\n{listing}\nOur PO number: {ref}\n\nMany thanks\n{sign}",
            f"Hello, pls ship {inline} - must arrive by {when}. PO {ref}.\n{sign}",
        ]
    )
    return subject, body


def quoted_thread(r: random.Random, who: Party, items: list[Item], day: date) -> str:
    """An earlier exchange quoted under the new message, naming the same goods with other
    figures: what was said before is not what is ordered now."""
    before = day - timedelta(days=r.randint(7, 30))
    it = r.choice(items)
    old = it.quantity + r.randint(1, 4)
    if who.zh:
        return (
            f"\n\n------------------ 原始邮件 ------------------\n发件人: 莲港贸易 <sales@lotusharbor.example>\n"  # noqa: E501
            f"发送时间: {before.year}年{before.month}月{before.day}日\n主题: 回复：订货\n\n"
            f"您好，上次的{it.base_zh} {old}箱已经发出。"
        )
    return (
        f"\n\nOn {before:%a, %d %b %Y} at 16:02, Lotus Harbor Sales <sales@lotusharbor.example> "
        f"wrote:\n> Thanks, your last order ({old} cases of {it.base}) has shipped.\n> Regards"
    )


def forward_note(r: random.Random, who: Party, person: str) -> tuple[str, str]:
    """(the forwarder's own words, the line that starts the forwarded message)."""
    if who.zh:
        note = r.choice([f"转一下，麻烦安排。\n{person}", f"{who.contact}的单子，见下。\n{person}"])
        return note, r.choice(["-------- 原始邮件 --------", "----- 转发的邮件 -----"])
    note = r.choice(
        [
            f"FYI - can you book this in? Thx\n{person}",
            f"See {who.contact}'s order underneath.\n{person}",
        ]
    )
    return note, r.choice(["Begin forwarded message:", "-------- Forwarded Message --------"])


def order_chat(
    r: random.Random, who: Party, ref: str, texts: list[str], when: str, intro: str
) -> str:
    if who.zh:
        return r.choice(
            [
                f"{intro}老板早，单号{ref}，{'，'.join(texts)}，麻烦{when}前送过来",
                f"{intro}{ref}\n" + "\n".join(texts) + f"\n{when}之前到就行",
            ]
        )
    return r.choice(
        [
            f"{intro}morning, for {ref} we need {', '.join(texts)}, latest {when}",
            f"{intro}{ref} pls:\n" + "\n".join(texts) + f"\ndeliver by {when}",
        ]
    )


def chat_addition(r: random.Random, who: Party, it: Item) -> str:
    q = it.quantity
    if who.zh:
        return r.choice([f"漏了，{it.base_zh}也加{_zh_words(q)}箱", f"上一单再补{q}箱{it.base_zh}"])
    return r.choice(
        [
            f"forgot - add {_en_words(q)} cases of {it.base} to the order as well",
            f"pls add {q} cs {it.base} to that order too",
        ]
    )
