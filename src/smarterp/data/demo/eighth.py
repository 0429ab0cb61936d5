"""The demo inbox's eighth set of phrasings, written blind by a fifth hand: independent
restaurants, cafés, bakeries, food trucks and caterers ordering from a phone (dictated mail that
runs on without stops, autocorrect slips, all lower case or ALL CAPS, emoji, the phone's own
sign-off) in the English of the UK, Ireland, Australia, New Zealand, South Africa and India;
mainland Chinese noodle shops, small restaurants and corner stores typing the way WeChat is
typed (colloquial and regional words, [表情] codes, voice-to-text homophones, pinyin
abbreviations, numbers written several ways); and small farms, regional distributors and family
producers whose business (a price, a delay, a shortage, an acknowledgement, an invoice) sits in
the middle of a long, chatty mail. Its wordings are kept out of the docs, so that the reader is
not tuned on them by accident.

Each message draws its words from the stream the inbox hands over for it, so that which message
is written from this set changes nothing in any other message. A writer keeps one voice (where
they write from, what kind of business they are), chosen by its id."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any, TypeVar

from smarterp.data.demo.line_gold import line_gold, sibling

if TYPE_CHECKING:
    from smarterp.data.demo.inbox import Item, Party

T = TypeVar("T")

NAME = "eighth"
SHARE = 0.5
OUR_DESK = "Lotus Harbor Sales <sales@lotusharbor.example>"
_WEEK_ZH = "一二三四五六日"
_DAY_SHORT = ("Mon", "Tues", "Wed", "Thurs", "Fri", "Sat", "Sun")  # as a UK kitchen abbreviates
_ZH_DIGITS = "零一二三四五六七八九"
_FULL_WIDTH = "０１２３４５６７８９"
_EN_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_KEYCAP = "\ufe0f\u20e3"  # a digit followed by these two shows as a keycap emoji: 4️⃣
# Where an English-writing customer or supplier writes from; it sets greetings and sign-offs.
_VOICES_EN = ("uk", "ie", "au", "nz", "za", "in")
_VOICES_ZH = ("north", "sichuan", "south", "jiangzhe")
# Single pieces as a kitchen counts them, and the measure word of a mainland shop; never a
# word that names a case.
_PIECES: dict[str, tuple[str, str]] = {
    "Beverages": ("bottles", "瓶"),
    "Tea": ("tins", "罐"),
    "Snacks": ("bags", "袋"),
    "Condiments": ("bottles", "瓶"),
    "Grains & Noodles": ("bags", "袋"),
    "Dairy": ("units", "盒"),
    "Frozen Foods": ("bags", "袋"),
    "Household": ("units", "个"),
    "Personal Care": ("tubes", "支"),
    "Stationery": ("units", "个"),
    "Small Appliances": ("units", "台"),
    "Kitchenware": ("units", "个"),
}
# What a phone's autocorrect (or a UK spelling) makes of a word in the goods' names; a clerk
# with the price list at hand still knows the goods.
_AUTOCORRECT = {
    "Glutinous": "Gluttonous",
    "Oolong": "Oblong",
    "Longjing": "Longing",
    "Yogurt": "Yoghurt",
    "Chili": "Chilli",
    "Sichuan": "Szechuan",
    "Jasmine": "Jasmin",
    "Mooncake": "Moon cake",
    "Soymilk": "Soy milk",
    "Seaweed": "Sea weed",
    "Wok": "Woke",
    "Cheddar": "Chedder",
    "Dumplings": "Dumplins",
    "Chopsticks": "Chop sticks",
    "Detergent": "Detergant",
    "Shrimp": "Shrimps",
    "Sunflower": "Sun flower",
}
# What voice-to-text writes for a word it heard: the same sound, another character.
_HOMOPHONES = {
    "蚝油": "耗油",
    "汤圆": "汤元",
    "洗洁精": "洗洁净",
    "芝麻酱": "芝麻将",
    "电饭煲": "电饭包",
    "筷子": "快子",
    "普洱": "普尔",
    "芒果干": "忙果干",
    "豆浆机": "豆将机",
    "沐浴露": "沐浴路",
    "护手霜": "护手双",
    "防晒霜": "防晒双",
    "吹风机": "吹风鸡",
    "砧板": "真板",
    "菊花茶": "菊花查",
}
# When a cook, a baker or a food truck finds a minute to write.
_BETWEEN = (
    "before service 🔥",
    "before the ovens go on 🥐",
    "before we open the hatch 🌮",
    "between lunch and dinner",
    "from the walk-in 🥶",
)
_FACES = ("[抱拳]", "[捂脸]", "[OK]", "[玫瑰]", "[呲牙]", "[强]", "[握手]", "[偷笑]", "[表情]")


def _voice(who: Party) -> str:
    """Where the writer writes from (or, in Chinese, which region's words they use)."""
    voices = _VOICES_ZH if who.zh else _VOICES_EN
    return voices[who.id % len(voices)]


def _indian(who: Party, formal: T, casual: T) -> T:
    """An Indian buyer's formal business English, or another writer's casual words."""
    return formal if _voice(who) == "in" else casual


def _first(person: str) -> str:
    return person.split(" ")[0]


def _face(r: random.Random) -> str:
    return r.choice(_FACES)


# --- numbers and dates -----------------------------------------------------------------------


def _suffix(n: int) -> str:
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def zh_words(n: int) -> str:
    """A number as voice-to-text writes it in Chinese: 三十六, 十二, 一百零五."""
    if n < 10:
        return _ZH_DIGITS[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        head = "十" if tens == 1 else f"{_ZH_DIGITS[tens]}十"
        return head + (_ZH_DIGITS[ones] if ones else "")
    hundreds, rest = divmod(n, 100)
    if rest == 0:
        return f"{_ZH_DIGITS[hundreds]}百"
    if rest < 10:
        return f"{_ZH_DIGITS[hundreds]}百零{_ZH_DIGITS[rest]}"
    tail = zh_words(rest)
    return f"{_ZH_DIGITS[hundreds]}百{'一' if rest < 20 else ''}{tail}"


def _zh_count(r: random.Random, n: int) -> str:
    """A count before a measure word, typed on a phone: 4, 四 (两 for two), ４, 4️⃣."""
    forms = [str(n), str(n)]
    forms.append("两" if n == 2 else zh_words(n))
    forms.append("".join(_FULL_WIDTH[int(c)] for c in str(n)))
    if n < 10:
        forms.append(f"{n}{_KEYCAP}")
    return r.choice(forms)


def _en_word(n: int) -> str:
    """Dictation writes small numbers as words."""
    return _EN_WORDS[n] if n < len(_EN_WORDS) else str(n)


def _en_date(r: random.Random, d: date) -> str:
    """A day with its month, as these writers put it whatever day they write on."""
    forms = [
        f"{_DAY_SHORT[d.weekday()]} {d.day}{_suffix(d.day)} {d:%b}",
        f"{d:%A} the {d.day}{_suffix(d.day)} of {d:%B}",
        f"{d.day}{_suffix(d.day)} {d:%B}",
        f"{d:%A} {d.day} {d:%B}",
    ]
    if d.day > 12:  # day-month figures only where the day cannot be a month
        forms += [f"{d.day:02d}-{d.month:02d}-{d.year}", f"{d.day}.{d.month}.{d.year % 100:02d}"]
    return r.choice(forms)


def _zh_date(r: random.Random, d: date) -> str:
    """A day with its month, as a mainland phone types it or voice-to-text writes it."""
    week = _WEEK_ZH[d.weekday()]
    return r.choice(
        [
            f"{d.month}月{d.day}号",
            f"{d.month}.{d.day}号",
            f"{zh_words(d.month)}月{zh_words(d.day)}号",
            f"{d.month}月{d.day}日（周{week}）",
        ]
    )


def _coming(day: date, weekday: int) -> date:
    """The first day after `day` that falls on `weekday`."""
    return day + timedelta(days=(weekday - day.weekday()) % 7 or 7)


def en_day(r: random.Random, day: date, by: date) -> str:
    """A wanted day as a kitchen writes it on the day it writes: with its month, or the
    weekday alone within the week, 'tomoz', 'Thurs arvo', 'a week on Friday' (the one after
    the coming Friday), the date alone within this month."""
    ahead = (by - day).days
    forms = [_en_date(r, by), _en_date(r, by)]
    if 1 <= ahead <= 6:
        forms += [f"{by:%A}", f"{_DAY_SHORT[by.weekday()]} arvo", f"first thing {by:%A}"]
    if ahead == 1:
        forms += ["tomoz", "tmrw"]
    if ahead == 2:
        forms.append("the day after tomorrow")
    if by.weekday() != day.weekday() and by == _coming(day, by.weekday()) + timedelta(days=7):
        forms.append(f"a week on {by:%A}")
    if by.month == day.month and ahead > 0:
        forms.append(f"the {by.day}{_suffix(by.day)} ({_DAY_SHORT[by.weekday()]})")
    return r.choice(forms)


def zh_day(r: random.Random, day: date, by: date) -> str:
    """A wanted day as a mainland shop types it: month and day, 明天/后天/大后天, this or next
    calendar week's 礼拜/星期, or the day alone within this month."""
    ahead = (by - day).days
    week = "天" if by.weekday() == 6 else _WEEK_ZH[by.weekday()]
    forms = [_zh_date(r, by), _zh_date(r, by)]
    forms += {1: ["明天"], 2: ["后天"], 3: ["大后天"]}.get(ahead, [])
    monday = day - timedelta(days=day.weekday())
    if day < by < monday + timedelta(days=7):
        forms.append(f"这个礼拜{week}")
    if monday + timedelta(days=7) <= by < monday + timedelta(days=14):
        forms += [f"下礼拜{week}", f"下个星期{week}"]
    if by.month == day.month and ahead > 0:
        forms.append(f"{by.day}号")
    return r.choice(forms)


def when(r: random.Random, zh: bool, day: date, by: date) -> str:
    return zh_day(r, day, by) if zh else en_day(r, day, by)


# --- who writes ------------------------------------------------------------------------------


def company(r: random.Random, who: Party) -> str:
    """The business as its owner names it in a hurry, or in full, or in capitals."""
    if who.zh:
        return r.choice([who.short, who.short, who.name])
    return r.choice([who.short, who.short, who.name, who.short.upper()])


def sender(r: random.Random, who: Party, line: str) -> str:
    """The sender line as a phone's mail app shows it: the same address, the phone's name."""
    shown, _, address = line.rpartition(" <")
    if r.random() < 0.5:
        return line
    person = shown not in (who.name, who.short)  # a person's name, not the business's
    if who.zh:
        forms = [f"{who.short}老板"] + ([f"{who.short}-{shown}", f"{shown}🌸"] if person else [])
    else:
        forms = [shown.lower(), shown.upper()]
        forms += [f"{_first(shown)}'s iPhone", f"{_first(shown)} @ {who.short}"] if person else []
    return f"{r.choice(forms)} <{address}"


def _phone(r: random.Random, who: Party) -> str:
    if who.zh:
        return f"1{r.choice('3589')}{r.randint(0, 9)}{r.randint(10000000, 99999999)}"
    code = {"uk": "+44 7", "ie": "+353 8", "au": "+61 4", "nz": "+64 21", "za": "+27 8"}
    head = code.get(_voice(who), "+91 9")
    return f"{head}{r.randint(100, 999)} {r.randint(100000, 999999)}"


def signature(r: random.Random, who: Party, person: str) -> str:
    """A sign-off typed on a phone between shifts; someone sending for the usual buyer says so."""
    alias = company(r, who)
    covering = person != who.contact
    if who.zh:
        sign = r.choice(
            [
                f"{alias} {person}\n电话/微信同号：{_phone(r, who)}",
                f"{person}\n{alias}\n\n发自我的华为手机",
                f"——{alias} {person}{_face(r)}",
                f"{person}（{alias}）\n\n发自网易邮箱大师",
            ]
        )
        return sign + (f"\n（{who.contact}今天休息，我帮忙发的）" if covering else "")
    first = _first(person)
    voice = _voice(who)
    forms = [
        f"{first}\n{alias}\n\nSent from my Galaxy",
        f"{person} | Head Chef | {alias}\n\nGet Outlook for iOS",
        f"{first} @ {alias} 🍋\nexcuse typos, sent from my phone",
    ]
    if voice == "in":
        forms.append(f"Thanks & Regards,\n{person}\nPurchase, {alias}\nMob: {_phone(r, who)}")
    elif voice == "ie":
        forms.append(f"Thanks a million,\n{person}\n{alias}")
    elif voice in ("au", "nz"):
        forms.append(f"Cheers legends\n{first} ({alias})\n{_phone(r, who)}")
    else:
        forms.append(f"Many thanks\n{person}\nOwner/Chef, {alias}")
    sign = r.choice(forms)
    return sign + (f"\n(sending this for {who.contact}, off today)" if covering else "")


def supplier_signature(r: random.Random, who: Party, person: str) -> str:
    """A small producer's or distributor's sign-off."""
    alias = company(r, who)
    if who.zh:
        return r.choice(
            [
                f"{alias} {person}\n手机：{_phone(r, who)}",
                f"{person}\n{alias}（自家工厂，诚信经营）",
                f"{person}{_face(r)}\n{alias}",
            ]
        )
    return r.choice(
        [
            f"Warm regards from all of us,\n{person}\n{alias}",
            f"{person}\n{alias} - family run, three generations and counting",
            f"All the best,\n{_first(person)} ({alias})\nSent from my iPad",
        ]
    )


# --- order lines -----------------------------------------------------------------------------


def _autocorrect(r: random.Random, name: str) -> str:
    """The goods' name as a phone may leave it: one word autocorrected, or the name as is."""
    words = name.split(" ")
    slips = [i for i, word in enumerate(words) if word in _AUTOCORRECT]
    if not slips or r.random() < 0.4:
        return name
    i = r.choice(slips)
    words[i] = _AUTOCORRECT[words[i]]
    return " ".join(words)


def _heard(r: random.Random, name: str) -> str:
    """The goods' Chinese name as voice-to-text may write it: a homophone, or as is."""
    for word, heard in _HOMOPHONES.items():
        if word in name and r.random() < 0.6:
            return name.replace(word, heard)
    return name


def _piece(it: Item, q: int) -> str:
    word = _PIECES.get(it.category, ("units", "个"))[0]
    return word[:-1] if q == 1 else word


def _cases(q: int) -> str:
    return "case" if q == 1 else "cases"


def _line_en(r: random.Random, it: Item, nos: bool, dictated: bool) -> tuple[str, dict[str, Any]]:
    base = _autocorrect(r, it.base)
    base = base.lower() if r.random() < 0.3 else base
    q, pack = it.quantity, it.pack
    n = _en_word(q) if dictated else str(q)
    if it.variant == "case":
        single = sibling(it, "single")
        slipped = "case" if q == 1 else "case's"  # the greengrocer's apostrophe
        forms = [
            (f"{n} {slipped} {base}", line_gold(it)),
            (f"{base} x{q} {_cases(q)}", line_gold(it)),
            (f"{n} {_cases(q)} of the {base}", line_gold(it)),
            (f"{base} {pack}s x {q} (full {_cases(q)})", line_gold(it)),
            (f"{n} {'tray' if q == 1 else 'trays'} {base} ({pack} per tray)", line_gold(it)),
            (f"{n} lots of {pack} {base}", line_gold(it, (single, q * pack))),
        ]
        if nos:  # Indian English counts in "nos": here, four of the case
            forms.append((f"{base} case - {q} nos", line_gold(it)))
        return r.choice(forms)
    if it.variant == "family":
        return r.choice(
            [
                (f"{n} family sz {base}", line_gold(it)),
                (f"{base} fam size x{q}", line_gold(it)),
                (f"{n} x {base} family size (the big ones)", line_gold(it)),
                (f"family size {base} - {n} of them", line_gold(it)),
            ]
        )
    piece = _piece(it, q)
    forms = [
        (f"{base} singles x{q}", line_gold(it)),
        (f"{n} x {base} ({piece} not cases)", line_gold(it)),
        (f"{n} individual {piece} {base}", line_gold(it)),
        (f"{base} - {n} {piece}, singles pls", line_gold(it)),
    ]
    if nos:
        forms.append((f"{base} - {q} nos (loose pieces)", line_gold(it)))
    case = sibling(it, "case")
    if case and q % 12 == 0 and q <= 60:  # three doz: 36 pieces, or three cases of 12
        forms.append((f"{q // 12} doz {base}", line_gold(it, (case, q // 12))))
    return r.choice(forms)


def _said_zh(r: random.Random, it: Item) -> str:
    """A line as voice-to-text writes what was said: the count in words, the name as heard,
    no marks."""
    q, base = it.quantity, _heard(r, it.base_zh)
    unit = _PIECES.get(it.category, ("units", "个"))[1]
    n = "两" if q == 2 else zh_words(q)
    if it.variant == "case":
        return r.choice([f"{base}拿{n}箱", f"{n}箱{base}", f"整{n}箱{base}"])
    if it.variant == "family":
        return r.choice([f"{base}大的那种家庭装{n}{unit}", f"家庭装{base}{n}{unit}"])
    return r.choice([f"{base}{n}{unit}零的", f"单买{n}{unit}{base}", f"{base}{n}{unit}不要整箱"])


def _line_zh(r: random.Random, it: Item, dictated: bool) -> tuple[str, dict[str, Any]]:
    if dictated:
        return _said_zh(r, it), line_gold(it)
    q, pack, base = it.quantity, it.pack, it.base_zh
    unit = _PIECES.get(it.category, ("units", "个"))[1]
    n = _zh_count(r, q)
    if it.variant == "case":
        forms = [
            f"整{n}箱{base}",
            f"{base}{n}箱（一箱{pack}{unit}那种）",
            f"{base} 拿{n}箱",
            f"{n}箱子{base}",
            f"{base}✖️{n}箱",
            f"搬{n}箱{base}",
        ]
    elif it.variant == "family":
        forms = [
            f"家庭装{base}{n}{unit}",
            f"{base}（大的 家庭装）{n}{unit}",
            f"{base}家庭款×{q}",
        ]
    else:
        forms = [
            f"{base}{n}{unit}，零的",
            f"{base}单买{n}{unit}",
            f"{n}{unit}{base}（不要整箱）",
            f"{base}按{unit}拿 {n}{unit}",
            f"{n}{unit}{base}",
        ]
    return r.choice(forms), line_gold(it)


def is_edi(texts: list[str]) -> bool:
    """This set has no purchase-system rows: its writers are too small to have a system."""
    return False


def lines(
    r: random.Random, items: list[Item], zh: bool, lang: str, mode: str = "email"
) -> tuple[list[str], list[dict[str, Any]], str]:
    """Every line of an order in this set's words; a chat is now and then dictated (numbers
    as words, names as heard). Returns (texts, gold lines, the message's language): these
    writers keep to their own language."""
    dictated = r.random() < (0.4 if mode == "chat" else 0.2)
    nos = not zh and r.random() < 0.2  # an Indian kitchen's "nos"
    texts, golds = [], []
    for it in items:
        text, gold = _line_zh(r, it, dictated) if zh else _line_en(r, it, nos, dictated)
        texts.append(text)
        golds.append(gold)
    return texts, golds, "zh" if zh else "en"


def amendment(r: random.Random, items: list[Item], texts: list[str], zh: bool) -> str | None:
    """Now and then a cook changes a case line after talking to the kitchen and says what it
    said before, right beside it: returns that note (already added to the line), or None."""
    cases = [i for i, it in enumerate(items) if it.variant == "case"]
    if not cases or r.random() >= 0.15:
        return None
    i = r.choice(cases)
    before = items[i].quantity + r.choice([2, 3, 5])
    if zh:
        note = r.choice(
            [
                f"（之前说{before}箱，改了哈）",
                f"←原来{before}箱 现在改了",
                f"（刚语音说错了 不是{before}箱）",
            ]
        )
    else:
        note = r.choice(
            [
                f"(edited, was {before})",
                f"<< changed from {before}, chef's call",
                f"(not {before} like I said on the phone)",
            ]
        )
    texts[i] = f"{texts[i]} {note}"
    return note


def _listing(r: random.Random, texts: list[str], zh: bool) -> str:
    """The lines as a phone lists them: numbered, with emoji bullets, or one to a line."""
    if zh:
        style = r.choice(["comma", "circle", "emoji", "plain"])
        if style == "comma":
            return "\n".join(f"{i}、{t}" for i, t in enumerate(texts, 1))
        if style == "circle":
            return "\n".join(f"{'①②③④⑤⑥⑦⑧⑨⑩'[i % 10]}{t}" for i, t in enumerate(texts))
        if style == "emoji":
            return "\n".join(f"🔸{t}" for t in texts)
        return "\n".join(texts)
    style = r.choice(["box", "dot", "star", "plain"])
    if style == "box":
        return "\n".join(f"▫️ {t}" for t in texts)
    if style == "dot":
        return "\n".join(f"{i}. {t}" for i, t in enumerate(texts, 1))
    if style == "star":
        return "\n".join(f"* {t}" for t in texts)
    return "\n".join(texts)


# --- customers -------------------------------------------------------------------------------


def _email_en(r: random.Random, who: Party, ref: str, texts: list[str], by: str) -> str:
    """An English order mail: dictated and run on, in capitals, in lower case between
    services, or in the writer's own country's way."""
    alias = company(r, who)
    listing = _listing(r, texts, False)
    run = " and ".join(texts).lower()
    first = _first(who.contact).lower()
    forms = [
        f"hi guys its {first} from {alias} can I get {run} for {by} our order number is {ref} "
        f"thanks heaps",
        f"HI TEAM\nORDER {ref}\n{listing.upper()}\nNEED IT {by.upper()}\nTHANKS",
        f"morning all, quick one {r.choice(_BETWEEN)}\n\n{listing.lower()}\n\nneed it {by} "
        f"latest. ref {ref} for the invoice pls, accountant's orders 🙄",
    ]
    voice = _voice(who)
    if voice == "uk":
        forms.append(
            f"Hiya,\n\nCould we get the below for {by} please? Order ref {ref}.\n\n{listing}\n\n"
            "Lovely, thanks!"
        )
    elif voice == "ie":
        forms.append(
            f"Hi lads,\n\nWould ye be able to send out the following for {by}:\n{listing}\n\n"
            f"Our PO is {ref}. Sound, thanks a mil."
        )
    elif voice == "au":
        forms.append(
            f"G'day team,\n\nOrder for {alias} below, can you drop it round {by}? Docket ref "
            f"{ref} pls.\n\n{listing}\n\nBack door's open from 7, no worries if you're late."
        )
    elif voice == "nz":
        forms.append(
            f"Kia ora team,\n\nHere's this week's one ({ref}), sweet as:\n{listing}\n\n"
            f"Need it {by}. Chur!"
        )
    elif voice == "za":
        forms.append(
            f"Howzit,\n\nPlease send through the following for {by}, order no {ref}:\n"
            f"{listing}\n\nShot, appreciate it."
        )
    else:
        forms += [
            f"Dear Sir,\n\nGreetings from {alias}!\n\nKindly supply the below items against our "
            f"LPO no. {ref}, delivery required on {by}:\n{listing}\n\nKindly arrange at the "
            "earliest and confirm by return mail.\n\nThanking you,",
            f"Dear Sir,\n\nDue to a catering function we need this order preponed. Kindly supply "
            f"the below by {by}:\n{listing}\n\nOur LPO no. is {ref}. Request you to confirm the "
            "same.",
        ]
    return r.choice(forms)


def _email_zh(r: random.Random, who: Party, ref: str, texts: list[str], by: str) -> str:
    """A Chinese order mail typed like a WeChat message, in the writer's region's words, or
    dictated without a stop."""
    alias = company(r, who)
    listing = _listing(r, texts, True)
    face = _face(r)
    forms = [f"lb 下单 {ref}\n{listing}\n{by}到 xx{face}"]
    if not any(mark in "".join(texts) for mark in "✖×（"):  # lines as voice-to-text writes them
        run = "然后".join(texts)
        forms.append(
            f"你好嗯我们这边{alias}要订点货啊单号是{ref}然后{run}嗯麻烦{by}之前送过来谢谢啊"
        )
    voice = _voice(who)
    if voice == "north":
        forms.append(
            f"老板好{face}\n{alias}要货，单号{ref}：\n{listing}\n{by}给送过来呗，谢谢老板！"
        )
    elif voice == "sichuan":
        forms.append(f"老板，{ref}这单麻烦安排一哈嘛\n{listing}\n{by}送到哈，不然不够卖了噻{face}")
    elif voice == "south":
        forms.append(f"Hi 老板，\n{alias}{ref}要货：\n{listing}\n{by}之前送到就得，唔该{face}")
    else:
        forms.append(f"侬好，{ref}麻烦配一下货\n{listing}\n{by}送到店里，辛苦了{face}")
    return r.choice(forms)


def order_email(
    r: random.Random,
    who: Party,
    ref: str,
    texts: list[str],
    by: str,
    sign: str,
    dates: tuple[date, date],
) -> tuple[str, str]:
    """(subject, body) of an order e-mail in this set's words; these writers give the wanted
    day in words (`dates` is not needed)."""
    alias = company(r, who)
    if who.zh:
        subject = r.choice([f"下单 {ref}", f"{alias}要货", ref, f"订货～{ref}"])
        return subject, f"{_email_zh(r, who, ref, texts, by)}\n\n{sign}"
    subject = r.choice(
        [f"order {ref}", f"ORDER - {alias.upper()} - {ref}", f"Order for {by}", "order 🙏"]
    )
    return subject, f"{_email_en(r, who, ref, texts, by)}\n\n{sign}"


def forward(r: random.Random, who: Party, person: str, subject: str, body: str, day: date) -> str:
    """A colleague sends the order on from a phone: Samsung's mail header, or NetEase Mail
    Master's in Chinese."""
    at = f"{r.randint(6, 11):02d}:{r.randint(0, 59):02d}"
    if who.zh:
        note = r.choice(
            [f"老板让我转给你们的，麻烦处理下哈\n{person}", f"转发一下～{person}{_face(r)}"]
        )
        head = (
            f"---- 转发的原邮件 ----\n发件人\t{who.contact}<{who.email}>\n"
            f"日期\t{day.year}年{day.month:02d}月{day.day:02d}日 {at}\n收件人\t{OUR_DESK}\n"
            f"主题\t{subject}"
        )
        return f"{note}\n\n{head}\n\n{body}"
    note = r.choice(
        [
            f"{person} here - chef sent this to me instead of you lot, can you sort pls 👍",
            f"see below from the boss, cheers {person}",
        ]
    )
    head = (
        f"-------- Original message --------\nFrom: {who.contact} <{who.email}>\n"
        f"Date: {day.isoformat()} {at} (GMT+00:00)\nTo: {OUR_DESK}\nSubject: {subject}"
    )
    return f"{note}\n\nSent from my Galaxy\n\n\n{head}\n\n{body}"


def quoted_below(r: random.Random, who: Party, day: date) -> str:
    """Our earlier note about the last drop, quoted below the order as a phone quotes it: no
    goods and no figures of an order."""
    before = day - timedelta(days=r.randint(2, 6))
    at = f"{r.randint(13, 17)}:{r.randint(10, 59)}"
    if who.zh:
        return (
            f"\n\n在 {before.year}年{before.month}月{before.day}日 {at}，“Lotus Harbor 销售”"
            f"<sales@lotusharbor.example> 写道：\n> 您好，上次送货司机说后门那条巷子进不去，"
            "下次卸货放哪里方便？麻烦告诉一声。"
        )
    return (
        f"\n\n> On {before.day} {before:%b} {before.year}, at {at}, {OUR_DESK} wrote:\n>\n"
        f"> Hi {_first(who.contact)}, our driver couldn't get into the lane behind you on the "
        "last drop - is there somewhere else we can unload?\n> Thanks"
    )


def order_chat(
    r: random.Random, who: Party, ref: str, texts: list[str], by: str, first: bool
) -> str:
    """A chat order: WeChat in Chinese, WhatsApp in English, now and then dictated."""
    alias = company(r, who)
    face = _face(r)
    if who.zh:
        intro = (
            r.choice(
                [
                    f"老板你好，我是{alias}的{who.contact}，业务员推的你微信。",
                    f"你好 我{alias}的{who.contact}{face} ",
                ]
            )
            if first
            else ""
        )
        listing = "\n".join(texts)
        return r.choice(
            [
                f"{intro}lb在吗{face}\n{ref}\n{listing}\n{by}送哈",
                f"{intro}{ref}下单👇\n{listing}\n{by}前到哦{face}",
                f"{intro}老板我{ref}这单要{'还有'.join(texts)}，{by}送啊",
                f"{intro}{face}{ref} {'，'.join(texts)} {by}到 3q",
            ]
        )
    intro = (
        r.choice(
            [
                f"Hey, {_first(who.contact)} from {alias} 👋 got your number off the rep. ",
                f"{who.contact} ({alias}) here, new account. ",
            ]
        )
        if first
        else ""
    )
    listing = "\n".join(texts)
    return r.choice(
        [
            f"{intro}hey can u send {' and '.join(texts).lower()} for {by} ref {ref} cheers",
            f"{intro}ORDER {ref} 👇\n{listing.upper()}\nFOR {by.upper()} 🙏",
            f"{intro}{ref} pls 🙏\n" + "\n".join(f"▪️{t}" for t in texts) + f"\n{by} 👌",
            f"{intro}chef here 👨‍🍳 {ref}: {'; '.join(texts)} - {by} before 10 if u can",
        ]
    )


def chat_addition(r: random.Random, who: Party, it: Item) -> str:
    """A chat line adding cases to the order just placed."""
    q = it.quantity
    if who.zh:
        return r.choice(
            [
                f"lb 刚才忘了 {it.base_zh}再整{_zh_count(r, q)}箱 一起拉过来{_face(r)}",
                f"那个{_heard(r, it.base_zh)}再加{zh_words(q)}箱啊跟刚才那单一起",
                f"再来{_zh_count(r, q)}箱{it.base_zh}哈 同一车送 xx",
            ]
        )
    slipped = "case" if q == 1 else "case's"
    return r.choice(
        [
            f"can u whack {q} {_cases(q)} of {it.base.lower()} on as well cheers",
            f"FORGOT {it.base.upper()} - {q} {_cases(q).upper()} PLS",
            f"sorry one more thing, add {q} {slipped} {it.base} to that order 🙏",
        ]
    )


def order_change(r: random.Random, who: Party, ref: str, it: Item, old: int) -> tuple[str, str]:
    q = it.quantity
    if who.zh:
        return r.choice(
            [
                (f"改单 {ref}", f"老板 {ref}那单{it.base_zh}改{q}箱哈 原来{old}箱不够"),
                (
                    ref,
                    f"喂老板那个{ref}那个单{_heard(r, it.base_zh)}不要{zh_words(old)}箱了改成"
                    f"{zh_words(q)}箱谢谢啊",
                ),
                (f"{ref}修改一下", f"{ref}：{it.base_zh} {old}箱→{q}箱，其他不变 xx"),
            ]
        )
    return r.choice(
        [
            (
                f"Re: order {ref}",
                f"hey sorry can we change {ref} - make the {it.base.lower()} {q} {_cases(q)} "
                f"instead of {old}, we've got a big function on 🙈",
            ),
            (f"CHANGE {ref}", f"PLS CHANGE {it.base.upper()} ON {ref} TO {q} CASES (WAS {old})"),
            _indian(
                who,
                (
                    f"Revision in PO {ref}",
                    f"Dear Sir,\n\nKindly revise the quantity of {it.base} in our PO {ref} from "
                    f"{old} cases to {q} {_cases(q)}. Rest of the items remain the same.",
                ),
                (
                    f"{ref} - small tweak",
                    f"Morning! Small tweak to {ref} if it's not gone out yet: {it.base} up to {q} "
                    f"{_cases(q)} (had {old}). Ta",
                ),
            ),
        ]
    )


def cancellation(r: random.Random, who: Party, number: str) -> tuple[str, str]:
    if who.zh:
        return r.choice(
            [
                (
                    f"{number}取消",
                    f"老板不好意思 {number}那单先取消吧 店里这两天停电{_face(r)} 回头再下",
                ),
                (f"撤单 {number}", f"{number}不要了哈 麻烦撤一下 谢谢{_face(r)}"),
                (number, f"老板啊那个{number}那个单我们不要了你帮我取消一下嘛"),
            ]
        )
    return r.choice(
        [
            (
                f"cancel {number}",
                f"hi sorry to be a pain but can you cancel {number} - we've had to shut the "
                "kitchen for a few days (burst pipe 😩). will reorder once we're back up",
            ),
            (f"{number} CANCEL", f"PLS CANCEL {number} DONT SEND 🙏"),
            _indian(
                who,
                (
                    f"Cancellation of order {number}",
                    f"Dear Sir/Madam,\n\nDue to unavoidable circumstances we request you to "
                    f"kindly cancel our order {number}. Inconvenience regretted.",
                ),
                (
                    f"scrap {number} pls",
                    f"Hiya, can we scrap {number}? The owner's pulled the plug on the pop-up so we "
                    "won't need it. Sorry!",
                ),
            ),
        ]
    )


def inquiry(r: random.Random, who: Party, it: Item) -> tuple[str, str]:
    q = it.quantity
    if who.zh:
        return r.choice(
            [
                (f"问下{it.base_zh}价格", f"老板{it.base_zh}{q}箱啥价 先问问哈 还没定"),
                (
                    f"{it.base_zh}有货没",
                    f"{it.base_zh}有货不 要{q}箱的话能便宜点不 我先比比价{_face(r)}",
                ),
            ]
        )
    return r.choice(
        [
            (
                f"price on {it.base.lower()}?",
                f"hi just wondering what you'd do {q} cases of {it.base} for? not ordering yet, "
                "just costing up the new menu",
            ),
            _indian(
                who,
                (
                    f"Quote req - {it.base}",
                    f"Dear Sir,\n\nKindly share your best rates for {it.base}, approx {q} cases "
                    "per month. This is only an enquiry, PO will follow after approval.",
                ),
                (
                    f"{it.base} - what's the damage?",
                    f"what's the damage on {q} cases of {it.base}? no rush, just pricing up the "
                    "winter menu",
                ),
            ),
            (
                f"{it.base.upper()}??",
                f"DO YOU HAVE {it.base.upper()} IN? HOW MUCH FOR {q} CASES. JUST ASKING FOR NOW",
            ),
        ]
    )


def late_delivery(r: random.Random, who: Party, number: str, due: date) -> str:
    if who.zh:
        return r.choice(
            [
                f"老板{number}咋还没到啊 说好{due.month}月{due.day}号送的 今天都没影[发怒]",
                f"喂{number}那个货怎么还没到啊不是说{zh_words(due.month)}月{zh_words(due.day)}号"
                "送吗我们这边都断货了",
            ]
        )
    return r.choice(
        [
            f"where's {number}?? was meant to land {_en_date(r, due)} and nothing yet, we're "
            "nearly out and it's a full book tonight 😤",
            _indian(
                who,
                f"Dear Sir,\n\nOur order {number} which was due on {_en_date(r, due)} has not "
                "been received till date. Kindly expedite and update.",
                f"Hiya, {number} never turned up - it was due {_en_date(r, due)}. Any news? "
                "Running on fumes here",
            ),
            f"HI {number} STILL NOT HERE, DUE {_en_date(r, due).upper()}. CALL ME PLS",
        ]
    )


def payment_promise(r: random.Random, who: Party, number: str, amount: str, on: date) -> str:
    if who.zh:
        return r.choice(
            [
                f"老板 {number}那{amount}我{_zh_date(r, on)}转你哈 这阵子有点紧 不好意思{_face(r)}",
                f"{number}的{amount}，{on.month}.{on.day}号给您打过去，放心[OK]",
            ]
        )
    return r.choice(
        [
            f"hi re {number} ({amount}) sorry it's late, been a slow month. I'll get it paid "
            f"{_en_date(r, on)} promise 🙏",
            _indian(
                who,
                f"Dear Sir,\n\nWe will release the payment of {amount} against invoice {number} "
                f"on {_en_date(r, on)}. Regret the delay.",
                f"Sorry, {number} slipped through the cracks. {amount} will be with you "
                f"{_en_date(r, on)}, hand on heart.",
            ),
            f"{number} - {amount} - going out {_en_date(r, on)}, sorry mate",
        ]
    )


# --- suppliers -------------------------------------------------------------------------------

_HELLO_EN = (
    "Hope this finds you all well and the new menu's going down a treat.",
    "Bit of a mad week here - we've started lambing and I'm running on about three hours' sleep 😅",
    "Well, the rain finally came and the paddocks are green again, so there's a bit of a spring "
    "in everyone's step out here.",
    "Mum says hello - she still talks about the lunch you put on for us when we visited.",
    "Sorry I've been quiet, the new cool room went in and it's been chaos.",
)
_BYE_EN = (
    "Anyway, I'll let you get on. Give my best to the team.",
    "Right, back to the packing shed. Talk soon.",
    "If you're ever out our way the kettle's always on.",
    "Say hi to chef for me, and thanks as always for sticking with us.",
)
_HELLO_ZH = (
    "老板好！好久没联系了，最近生意还行吧？",
    "您好呀～我们这边今年雨水多，采得晚了几天，不过品质还不错哈。",
    "最近忙死了，家里老人住院，刚回厂里{face}",
    "您好！上次您来厂里参观，我爸还一直念叨呢{face}",
)
_BYE_ZH = (
    "有空来我们这边玩，请你吃火锅{face}",
    "先这样，忙去了，有事微信找我。",
    "祝生意兴隆！",
    "麻烦了哈，有啥问题随时说{face}",
)


def _chatty(r: random.Random, who: Party, business: str) -> str:
    """The business in the middle of small talk, as a small producer writes."""
    if who.zh:
        hello = r.choice(_HELLO_ZH).format(face=_face(r))
        bye = r.choice(_BYE_ZH).format(face=_face(r))
        return f"{hello}\n\n{business}\n\n{bye}"
    hi = r.choice(["Hi all,", "Hello there!", "Morning team,", "Hi folks,"])
    hello, bye = r.choice(_HELLO_EN), r.choice(_BYE_EN)
    return f"{hi}\n\n{hello}\n\n{business}\n\n{bye}"


def price_change(
    r: random.Random, who: Party, product: str, old: str, new: str, on: date
) -> tuple[str, str]:
    if who.zh:
        business = r.choice(
            [
                f"说个正事哈，今年原料涨得厉害，{product}从{_zh_date(r, on)}开始得调到{new}了"
                f"（之前一直是{old}），实在扛不住了，请理解{_face(r)}",
                f"另外跟您报备下：{on.month}月{on.day}日起{product}价格{old}→{new}，老客户我们"
                "已经是最低了哈。",
            ]
        )
        subject = r.choice(["近况+调价", f"{product}价格调整", f"{company(r, who)}的信"])
        return subject, _chatty(r, who, business)
    business = r.choice(
        [
            f"Now the not-so-fun bit, sorry: with feed and diesel both up again we've had to put "
            f"{product} up to {new} from {_en_date(r, on)} (it's been {old} for ages, we held "
            "it as long as we could).",
            f"The main reason I'm writing - the new price list kicks in {_en_date(r, on)}, and "
            f"{product} goes from {old} to {new}. I know, I know.",
            _indian(
                who,
                f"Please note w.e.f. {_en_date(r, on)} the rate for {product} stands revised "
                f"from {old} to {new}.",
                f"Right, the boring bit: {product} has to go up from {old} to {new}, starting "
                f"{_en_date(r, on)}. Costs everywhere, you know how it is.",
            ),
        ]
    )
    subject = r.choice(["news from the farm", "Catching up + price update", f"{product} pricing"])
    return subject, _chatty(r, who, business)


def supplier_delay(r: random.Random, who: Party, number: str, new_date: date) -> tuple[str, str]:
    d = new_date
    if who.zh:
        business = r.choice(
            [
                f"有个事跟您说下，{number}这单物流那边出了点状况，得晚几天，改成{_zh_date(r, d)}"
                f"送到，实在不好意思{_face(r)}",
                f"您那个{number}，车坏在半路了，最快{d.month}.{d.day}号才能到，耽误您了。",
            ]
        )
        subject = r.choice([f"{number}晚几天", "近况+送货时间", f"关于{number}"])
        return subject, _chatty(r, who, business)
    business = r.choice(
        [
            f"Bad news sandwiched in the middle, sorry: your order {number} isn't going to make "
            "it on time - the truck's in the shop with a cracked radiator and the part's coming "
            f"from the city. Earliest we can get it to you is {_en_date(r, d)}.",
            f"Re {number}: the late frost knocked us back a bit, so we're looking at "
            f"{_en_date(r, d)} for that one now instead.",
        ]
    )
    subject = r.choice([f"{number} running late", "update from us", f"your order {number}"])
    return subject, _chatty(r, who, business)


def po_acknowledged(r: random.Random, who: Party, number: str, ship: date) -> tuple[str, str]:
    if who.zh:
        business = r.choice(
            [
                f"{number}这单收到啦，{_zh_date(r, ship)}给您送过去[OK]",
                f"您的{number}已经排上了，{ship.month}.{ship.day}号到，放心哈。",
            ]
        )
        subject = r.choice([f"收到 {number}", f"{number}排好了"])
        return subject, _chatty(r, who, business)
    business = r.choice(
        [
            f"Got your order {number}, thanks heaps - it's all pencilled in for "
            f"{_en_date(r, ship)}.",
            _indian(
                who,
                f"This is to acknowledge your PO {number}. Material will be dispatched to reach "
                f"you by {_en_date(r, ship)}.",
                f"Your order {number} came through fine, we'll have it with you "
                f"{_en_date(r, ship)}.",
            ),
            f"{number} is locked in for {_en_date(r, ship)} 👍",
        ]
    )
    subject = r.choice([f"re {number}", f"Got it - {number}", "all booked in"])
    return subject, _chatty(r, who, business)


def supplier_invoice(
    r: random.Random, who: Party, ref: str, number: str, total: str, due: date
) -> tuple[str, str]:
    if who.zh:
        business = r.choice(
            [
                f"顺便把{number}的发票{ref}发您了，一共{total}，{_zh_date(r, due)}前打款就行，"
                "不急哈。",
                f"{number}的账单{ref}在附件，合计{total}，{due.month}月{due.day}号到期，麻烦安排下"
                f"{_face(r)}",
            ]
        )
        subject = r.choice([f"发票{ref}", f"{number}对账", "发票+近况"])
        return subject, _chatty(r, who, business)
    business = r.choice(
        [
            f"Oh and before I forget, invoice {ref} for your order {number} is attached - "
            f"{total} all up, payment by {_en_date(r, due)} if you can.",
            _indian(
                who,
                f"Please find attached our invoice no. {ref} against your PO {number} for "
                f"{total}. Kindly release the payment on or before {_en_date(r, due)}.",
                f"Invoice {ref} is attached for {number}, {total} in total - whenever suits "
                f"before {_en_date(r, due)} is grand.",
            ),
        ]
    )
    subject = r.choice([f"invoice {ref}", f"Inv {ref} / {number}", "paperwork + a catch-up"])
    return subject, _chatty(r, who, business)


def shortage(r: random.Random, who: Party, number: str, product: str) -> tuple[str, str]:
    if who.zh:
        business = r.choice(
            [
                f"跟您说一声，{product}这批货不够，{number}只能先发一部分，剩下的等新货到了马上补上"
                f"{_face(r)}",
                f"{product}这批原料还没到，{number}里这个货先给您发一半，余下的过阵子补。",
            ]
        )
        subject = r.choice([f"{number}缺一点货", f"关于{product}", "近况"])
        return subject, _chatty(r, who, business)
    business = r.choice(
        [
            f"The one bit of business: we're short on {product} this week (the cold snap has "
            f"put everything back), so {number} will come part-filled and we'll send the rest "
            "as soon as we're back up.",
            f"Your {number} - we can only do part of the {product} on it, the packing line's had "
            "a breakdown. Balance to follow once it's fixed.",
        ]
    )
    subject = r.choice([f"{number} - bit short", f"{product} supply", "update from the farm"])
    return subject, _chatty(r, who, business)
