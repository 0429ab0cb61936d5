"""Pack rules on real catalogues (the demo company's goods in their three packs, and the
bundled Northwind sample): a pack size said beside the goods, units that do not say which
pack, a pack's own word near the name, misspelt unit words, forwarded orders."""

from __future__ import annotations

import csv
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from smarterp.data.demo import names
from smarterp.intel.docs.catalogue import Catalogue, PartnerEntry, ProductEntry
from smarterp.intel.docs.extract import Email, OrderReader
from smarterp.intel.docs.quantities import pack_count

DAY = date(2026, 5, 4)
NORTHWIND = Path(__file__).parents[2] / "src/smarterp/data/sample/northwind/products.csv"
BUYER = PartnerEntry(
    1, "Blue Foods Ltd", "C1", "Anna Smith", "orders@bluefoods.example", None, None, True, False
)


def _demo_catalogue(history: dict[int, list[tuple[date, int]]] | None = None) -> Catalogue:
    """Every good of the demo in every pack, named and described as `smarterp demo` does."""
    products = []
    for v_en, v_zh, _, unit in names.VARIANTS:
        for goods in names.GOODS.values():
            for en, zh, _ in goods:
                pid = len(products) + 1
                products.append(
                    ProductEntry(
                        pid, f"{en}{v_en}", f"P{pid}", f"{zh}{v_zh}", pack_count(unit), True
                    )
                )
    return Catalogue(products=products, partners=[BUYER], history=history or {})


def _northwind_catalogue() -> Catalogue:
    with NORTHWIND.open(encoding="utf-8") as f:
        products = [
            ProductEntry(
                int(row["product_id"]),
                row["product_name"],
                row["product_id"],
                None,
                pack_count(row["quantity_per_unit"]),
                True,
            )
            for row in csv.DictReader(f)
        ]
    return Catalogue(products=products, partners=[BUYER])


DEMO = OrderReader(_demo_catalogue())


def _read(reader: OrderReader, body: str, subject: str = "Order") -> list[tuple]:
    reading = reader.read(Email("m", "Anna Smith <orders@bluefoods.example>", subject, body, DAY))
    return [
        (ln.product, ln.quantity, [(n, q) for _, n, q in ln.alternatives]) for ln in reading.lines
    ]


def _pid(reader: OrderReader, name: str) -> int:
    return next(p.id for p in reader.catalogue.products if p.name == name)


@pytest.mark.parametrize(
    "body",
    [
        "Please send 2 cases of Cola (12 bottles).",
        "Please send 2 cartons of Cola, 12 bottles per carton.",
        "请送可乐2箱（每箱12瓶）。",
        "请送可乐 12瓶装 × 2。",
        # A pack of the size the goods come in, counted: "12-pack x 2" is two of them.
        "Please send Cola 12-pack x 2.",
        # Two figures joined by "x", the second the size the goods' case holds.
        "Please send Cola - 2 x 12.",
    ],
)
def test_a_pack_size_said_beside_the_goods_picks_that_pack(body: str) -> None:
    assert _read(DEMO, body) == [("Cola (Case of 12)", Decimal(2), [])]


@pytest.mark.parametrize("body", ["Cola (12 cans) x 2", "Please send Cola, 2, 12."])
def test_a_bare_pack_size_counts_packs_with_the_pieces_kept_beside(body: str) -> None:
    assert _read(DEMO, body) == [("Cola (Case of 12)", Decimal(2), [("Cola", Decimal(24))])]


def test_a_pack_size_belongs_to_the_goods_it_stands_by() -> None:
    lines = _read(DEMO, "请送可乐2箱（每箱12瓶），橙汁3瓶。")
    assert lines == [("Cola (Case of 12)", Decimal(2), []), ("Orange Juice", Decimal(3), [])]


@pytest.mark.parametrize(
    ("body", "taken", "other"),
    [
        ("Please send 2 boxes of Cola.", ("Cola", 2), ("Cola (Case of 12)", 2)),
        ("请送可乐 3盒。", ("Cola", 3), ("Cola (Case of 12)", 3)),
        ("Please send Cola x 4.", ("Cola", 4), ("Cola (Case of 12)", 4)),
        ("Please send 2 csaes of Cola.", ("Cola (Case of 12)", 2), ("Cola", 2)),
        ("Please send Cola, 24 botles.", ("Cola", 24), ("Cola (Case of 12)", 24)),
        # Goods in cases of twelve: two dozen is two cases first, 24 pieces beside.
        ("Please send 2 doz Cola.", ("Cola (Case of 12)", 2), ("Cola", 24)),
        (
            "Please send 24 individual cartons of Whole Milk.",
            ("Whole Milk", 24),
            ("Whole Milk (Case of 12)", 24),
        ),
    ],
)
def test_a_unit_that_does_not_place_the_pack_is_flagged_with_both_readings(
    body: str, taken: tuple[str, int], other: tuple[str, int]
) -> None:
    reading = DEMO.read(Email("m", "Anna Smith <orders@bluefoods.example>", "Order", body, DAY))
    (line,) = reading.lines
    assert (line.product, line.quantity) == (taken[0], Decimal(taken[1]))
    assert [(n, q) for _, n, q in line.alternatives] == [(other[0], Decimal(other[1]))]
    assert any(f.startswith("pack unclear") for f in line.flags)


def test_history_puts_a_box_in_the_customers_pack_but_keeps_it_flagged() -> None:
    reader = OrderReader(_demo_catalogue())
    cases = _pid(reader, "Cola (Case of 12)")
    reader = OrderReader(_demo_catalogue({1: [(date(2026, 1, 5), cases)]}))
    assert _read(reader, "Please send 2 boxes of Cola.") == [
        ("Cola (Case of 12)", Decimal(2), [("Cola", Decimal(2))])
    ]
    # A customer who buys the bottles: the bottles first, and still the case beside them.
    bottles = _pid(reader, "Cola")
    reader = OrderReader(_demo_catalogue({1: [(date(2026, 1, 5), bottles)]}))
    assert _read(reader, "Please send 2 boxes of Cola.") == [
        ("Cola", Decimal(2), [("Cola (Case of 12)", Decimal(2))])
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Please send 3 family-sized Cola.",
        "Please send Cola (family) x 3.",
        "Please send 3 pcs Cola family size.",
        "请送家庭装的可乐 3瓶。",
        "请送可乐（家庭号）3。",
    ],
)
def test_a_packs_own_word_near_the_name_names_that_pack(body: str) -> None:
    assert _read(DEMO, body) == [("Cola Family Size", Decimal(3), [])]


def test_a_packs_own_word_belongs_to_its_own_item_on_a_line() -> None:
    lines = _read(DEMO, "Please send Cola x 2; 3 family-sized Orange Juice.")
    assert [(p, q) for p, q, _ in lines] == [("Cola", 2), ("Orange Juice Family Size", 3)]


def test_a_name_of_common_words_is_found_whole() -> None:
    assert _read(DEMO, "Please send:\n- 3 crates of Black Tea\n") == [
        ("Black Tea (Case of 12)", Decimal(3), [])
    ]


def test_a_forwarded_order_is_read_when_the_note_orders_nothing() -> None:
    body = (
        "FYI, can you book this in?\nNina\n\nBegin forwarded message:\n"
        "From: Anna Smith <orders@bluefoods.example>\nSubject: Order\n\n"
        "Please send 4 cases of Orange Juice by Friday.\n"
    )
    assert _read(DEMO, body, "Fwd: Order") == [("Orange Juice (Case of 12)", Decimal(4), [])]


def test_a_case_with_its_bottle_count_in_brackets_is_that_many_bottles() -> None:
    # Northwind sells Chartreuse by the bottle ("750 cc per bottle"), Chang by 24 bottles.
    reader = OrderReader(_northwind_catalogue())
    assert _read(reader, "Please send a case of Chartreuse verte (12 bottles).") == [
        ("Chartreuse verte", Decimal(12), [])
    ]
    assert _read(reader, "Please send 2 cases of Chang (24 bottles).") == [
        ("Chang", Decimal(2), [])
    ]


@pytest.mark.parametrize(
    ("body", "lines"),
    [
        # The case word first, then how many (an Indian buyer's "nos", a Hong Kong form).
        (
            "Rice Crackers case - 16 nos; 2 bottles of Cola",
            [("Rice Crackers (Case of 12)", 16), ("Cola", 2)],
        ),
        ("A5笔记本（12個/箱）箱數：1", [("Notebook A5 (Case of 12)", 1)]),
        ("山西老陈醋（12樽/箱）箱數：3", [("Aged Vinegar (Case of 12)", 3)]),
        ("可乐 20樽", [("Cola", 20)]),
        ("一箱子泰国香米", [("Jasmine Rice (Case of 12)", 1)]),
        ("搬4️⃣箱黄油", [("Butter (Case of 12)", 4)]),
        # One name word written as two; a long name word with one letter wrong.
        ("8 x Moon cake Gift Box (bags not cases)", [("Mooncake Gift Box", 8)]),
        ("1 case Chedder Cheese", [("Cheddar Cheese (Case of 12)", 1)]),
        # Goods, figure, goods, figure: each figure is the goods' before it.
        (
            "泰国香米十箱 花椒捌箱",
            [("Jasmine Rice (Case of 12)", 10), ("Sichuan Pepper (Case of 12)", 8)],
        ),
        # A unit on the next line belongs to the next item.
        (
            "Trash Bags by the piece, 17\n整箱的普洱茶饼，4箱",
            [("Trash Bags", 17), ("Pu-erh Tea Cake (Case of 12)", 4)],
        ),
        # A pack word ending the item before, or leading into the next name.
        (
            "32 x Spicy Tofu Strips (family pack), Mixed Nuts, 2 boxes of 12",
            [("Spicy Tofu Strips Family Size", 32), ("Mixed Nuts (Case of 12)", 2)],
        ),
        # A correction written above the list, the figure written by mistake named.
        (
            "【更正】下面A5笔记本写成了11箱，实际要9箱。\n①A5笔记本 11箱\n②可乐 3箱",
            [("Notebook A5 (Case of 12)", 9), ("Cola (Case of 12)", 3)],
        ),
        # A year is no amount; a question that only asks for the day still orders.
        ("Glutinous Rice x 13 bags - no full cases - by 2026-03-18", [("Glutinous Rice", 13)]),
        (
            "oyster sauce x2 cases / 16 x Mineral Water family sz. Saturday the 30th ok?",
            [("Oyster Sauce (Case of 12)", 2), ("Mineral Water Family Size", 16)],
        ),
    ],
)
def test_more_ways_to_write_a_line(body: str, lines: list[tuple[str, int]]) -> None:
    assert [(p, q) for p, q, _ in _read(DEMO, body)] == [(p, Decimal(q)) for p, q in lines]


@pytest.mark.parametrize(
    ("body", "lines"),
    [
        # A table pasted with tabs: the row number is no amount, the unit has its own column.
        ("序号\t品名\t数量\t单位\t备注\n1\t汤圆\t10\t包\t单品\n2\tA5笔记本\t1\t箱\t12个/箱",
         [("Glutinous Rice Balls", 10), ("Notebook A5 (Case of 12)", 1)]),
        # A form's fields one to a line.
        ("品名：黄油\n数量：5\n单位：箱\n备注：12盒/箱\n\n品名：切达奶酪\n数量：17\n单位：盒\n备注：单品",
         [("Butter (Case of 12)", 5), ("Cheddar Cheese", 17)]),
        ("Item: Cola\nQty: 4\nUOM: CTN\n\nItem: Orange Juice\nQty: 6\nUOM: BTL",
         [("Cola (Case of 12)", 4), ("Orange Juice", 6)]),
        # Pieces said again as cases: the cases.
        ("挂面 共24包（即2箱×12包）", [("Wheat Noodles (Case of 12)", 2)]),
        ("Cola 48 btl = 4 cartons x 12", [("Cola (Case of 12)", 4)]),
        # ... but cases said again as pieces stay cases.
        ("Black Tea 2 (cases of 12 = 24 tins)", [("Black Tea (Case of 12)", 2)]),
        ("Butter 2box (12ea/box)", [("Butter (Case of 12)", 2)]),
        ("豆浆机　３箱（１２台入）", [("Soymilk Maker (Case of 12)", 3)]),
        ("Cheddar Cheese 15盒 only, loose one", [("Cheddar Cheese", 15)]),
        # Pieces said again as cases after the goods' name.
        ("36 bottles oyster sauce = 3 cases, 5 btl cola", [("Oyster Sauce (Case of 12)", 3), ("Cola", 5)]),  # noqa: E501
        ("24 packets seaweed crisps = 2 cases and mixed nuts family size x6 and 24 pieces sunscreen = 2 cases",  # noqa: E501
         [("Seaweed Crisps (Case of 12)", 2), ("Mixed Nuts Family Size", 6), ("Sunscreen (Case of 12)", 2)]),  # noqa: E501
        # A pack word after the name, then the figure, then the next goods: the pack is this one's.
        ("，Rice Crackers family 7 biji，Sunscreen 3 karton", [("Rice Crackers Family Size", 7), ("Sunscreen (Case of 12)", 3)]),  # noqa: E501
        # Cantonese "no whole case" and a single bottle (單樽); a full-width list mark straight
        # before the name.
        ("糯米 28包，唔使成箱\n红油辣椒 單樽 × ９", [("Glutinous Rice", 28), ("Chili Oil", 9)]),
        ("訂購下列商品：\n１．糯米 12入×1箱\n５．椰子水家庭號 12樽", [("Glutinous Rice (Case of 12)", 1), ("Coconut Water Family Size", 12)]),  # noqa: E501
        # A correction in a P.S. replaces the goods in whichever pack they were read before.
        ("- 10 boxes of Longjing Green Tea\n多谢！\n\n补充一下：西湖龙井最后定8箱。", [("Longjing Green Tea (Case of 12)", 8)]),  # noqa: E501
        # A sheet pasted as text, cells parted by semicolons or commas.
        ("description;quantity;pack\nPeanut Oil;8;pc\nCola;6;CS\n\nUnits as per the unit column, thanks", [("Peanut Oil", 8), ("Cola (Case of 12)", 6)]),  # noqa: E501
        ('Item,Qty,Unit\n"Cola",4,CTN\nOrange Juice,6,BTL\nthanks, see you', [("Cola (Case of 12)", 4), ("Orange Juice", 6)]),  # noqa: E501
        # ... but a line of goods parted by semicolons is no sheet, even with "qty" in it.
        ("Cola 零拿 50瓶; Oolong Tea x24; Orange Juice, 12ct case - qty 7; 筷子套装 3只", [("Cola", 50), ("Oolong Tea", 24), ("Orange Juice (Case of 12)", 7), ("Chopsticks Set", 3)]),  # noqa: E501
        # "qty 07": a figure after a quantity label, its leading zero and all.
        ("Item 3: Pu-erh Tea Cake - family size - qty 07", [("Pu-erh Tea Cake Family Size", 7)]),
        # A bar inside a line parts items; a case word before "×7" is that count's unit.
        ("pls prep: Dried Mango - 9 full case lots | 吹风机 箱装 ×7 | 护手霜要12瓶散的 | Oyster Sauce, 56 jars", [("Dried Mango (Case of 12)", 9), ("Hair Dryer (Case of 12)", 7), ("Hand Cream", 12), ("Oyster Sauce", 56)]),  # noqa: E501
        # ... and a table row's bars part cells.
        ("| 品名 | 数量 | 单位 |\n|---|---|---|\n| 挂面 | 14 | 袋 |\n| 空气炸锅 | 2 | 箱 |", [("Wheat Noodles", 14), ("Air Fryer (Case of 12)", 2)]),  # noqa: E501
        # Cases said again in pieces inside brackets: no second figure for the next goods.
        ("Dried Mango 4 cases (cases of 12 = 48 bags) | Light Soy Sauce, 56 jars", [("Dried Mango (Case of 12)", 4), ("Light Soy Sauce", 56)]),  # noqa: E501
        # A correction of the cases leaves the bottles of the same goods as they were.
        ("- 11瓶 蚝油（零售）\n- 蚝油7箱整\n\n补充一下：蚝油最后定5箱。", [("Oyster Sauce", 11), ("Oyster Sauce (Case of 12)", 5)]),  # noqa: E501
        # "two more cs": a word between the figure and the case word.
        ("oh one more thing - two more cs of Light Soy Sauce pls", [("Light Soy Sauce (Case of 12)", 2)]),  # noqa: E501
        # A P.S. naming the goods in one pack settles a line whose pack was left open ...
        ("• 25 boxes of Roasted Sunflower Seeds\n• 30 Hair Dryer - singles please\n\nPS：香瓜子要23箱。", [("Hair Dryer", 30), ("Roasted Sunflower Seeds (Case of 12)", 23)]),  # noqa: E501
        # ... but adds to a line whose pack was certain.
        ("12 tins Black Tea (singles)\nThanks\nP.S. also 2 cases of Black Tea", [("Black Tea", 12), ("Black Tea (Case of 12)", 2)]),  # noqa: E501
        # "x12, 11 cases - must arrive": twelve to the case, eleven cases.
        ("pls ship Hand Cream x12, 11 cases - must arrive by next Friday.", [("Hand Cream (Case of 12)", 11)]),  # noqa: E501
        # ... and a correction of the cases leaves the single pieces ordered on their own line.
        ("▪ 厨房纸巾 10個（單個出貨）\n▪ 厨房纸巾 每箱12個，訂３箱 （原4箱，已更正為3箱）", [("Paper Towels", 10), ("Paper Towels (Case of 12)", 3)]),  # noqa: E501
        # A purchase system's pack after a name ending in a figure; "flats" are cases.
        ("00040 HAIR DRYER                             20 EA\n00050 NOTEBOOK A5 12X1                        6 CS", [("Hair Dryer", 20), ("Notebook A5 (Case of 12)", 6)]),  # noqa: E501
        ("2) 2 flats of Plum Juice\n3) Plum Juice: 12 retail units", [("Plum Juice (Case of 12)", 2), ("Plum Juice", 12)]),  # noqa: E501
        # Goods on the next line are other goods ("Black Tea" then "Longjing Green Tea").
        ("14 pcs Black Tea family size\nLongjing Green Tea, big family pack, 1", [("Black Tea Family Size", 14), ("Longjing Green Tea Family Size", 1)]),  # noqa: E501
        # A word of size between the figure and the goods.
        ("12 of the big family chrysanthemum tea", [("Chrysanthemum Tea Family Size", 12)]),
        # A word that counts goods names none ("12 bags steamed buns" has no Trash Bags).
        ("12 bags steamed buns, two bags of frozen shrimp, 3 trash bags", [("Steamed Buns", 12), ("Frozen Shrimp", 2), ("Trash Bags", 3)]),  # noqa: E501
        # "x20" then the next goods' cases: twenty of these, not twenty to the case.
        ("oyster sauce x20, 7cs butter", [("Oyster Sauce", 20), ("Butter (Case of 12)", 7)]),
        # A word for the case's state between the figure and the case word.
        ("Glutinous Rice - 1 unopened case, Cola 2 sealed cartons", [("Glutinous Rice (Case of 12)", 1), ("Cola (Case of 12)", 2)]),  # noqa: E501
        ("豆浆机 3提（一提12台）", [("Soymilk Maker (Case of 12)", 3)]),
        # A word one letter off a name word, beside another word of that name.
        ("Plum Joice x 35, 18 x Iced Lamon Tea, Mixad Nuts 家庭装 x7",
         [("Plum Juice", 35), ("Iced Lemon Tea", 18), ("Mixed Nuts Family Size", 7)]),
        # ... or a word said like it, as autocorrect and dictation write it.
        ("gluttonous rice singles x32, szechuan pepper singles x8", [("Glutinous Rice", 32), ("Sichuan Pepper", 8)]),  # noqa: E501
        # ... or a double letter typed once.
        ("six cases of the buter", [("Butter (Case of 12)", 6)]),
        # ... but not a name word of other goods: "notes" are the Sticky Notes' own.
        ("Mixed Notes x 4", []),
        # ... but not a number word beside a pack word.
        ("eight family-sized Black Tea", [("Black Tea Family Size", 8)]),
        ("- Sticky Notes x12, fourteen cases", [("Sticky Notes (Case of 12)", 14)]),
        # Two items on two lines, not "26 bottles to the case".
        ("家庭装生抽酱油二十六瓶\n一箱沐浴露", [("Light Soy Sauce Family Size", 26), ("Body Wash (Case of 12)", 1)]),  # noqa: E501
        # A figure in words ends the item before: the family size is the tofu's.
        ("23 individual bottles of Sesame Paste, twenty family-sized Spicy Tofu Strips",
         [("Sesame Paste", 23), ("Spicy Tofu Strips Family Size", 20)]),
    ],
)  # fmt: skip
def test_tables_forms_and_restated_counts(body: str, lines: list[tuple[str, int]]) -> None:
    assert [(p, q) for p, q, _ in _read(DEMO, body)] == [(p, Decimal(q)) for p, q in lines]


def test_a_lines_own_note_does_not_make_a_new_order_a_change() -> None:
    body = (
        "Please find our purchase order PO-2409355 as below.\n"
        "(i) Cola 2 ctn (qty amended, was 6 ctn - initialled)\n(ii) Orange Juice x 3 cases"
    )
    reading = DEMO.read(
        Email("m", "Anna Smith <orders@bluefoods.example>", "PO-2409355", body, DAY)
    )
    assert reading.intent == "new_order"
    assert [(ln.product, ln.quantity) for ln in reading.lines] == [
        ("Cola (Case of 12)", 2),
        ("Orange Juice (Case of 12)", 3),
    ]


@pytest.mark.parametrize(
    ("body", "lines"),
    [
        # A voice message's transcript writes a name with a character that sounds the same.
        ("整三箱忙果干\n芝麻将拿三箱\n单买二十五支护手双",
         [("Dried Mango (Case of 12)", 3), ("Sesame Paste (Case of 12)", 3), ("Hand Cream", 25)]),
        # A purchase system's row: "12X1" is its pack, the count further along.
        ("00010 CHEDDAR CHEESE 12X1                     4 CS\n00020 PLUM JUICE      17 EA",
         [("Cheddar Cheese (Case of 12)", 4), ("Plum Juice", 17)]),
        # ... but "4 x 1" before goods is four single ones.
        ("4 x 1 Chef Knife, plus Air Fryer x 7 cases", [("Chef Knife", 4), ("Air Fryer (Case of 12)", 7)]),  # noqa: E501
    ],
)  # fmt: skip
def test_names_by_sound_and_system_packs(body: str, lines: list[tuple[str, int]]) -> None:
    assert [(p, q) for p, q, _ in _read(DEMO, body)] == [(p, Decimal(q)) for p, q in lines]


def test_a_name_read_by_its_sound_is_flagged_for_a_person() -> None:
    reading = DEMO.read(
        Email("m", "Anna Smith <orders@bluefoods.example>", "Order", "芝麻将拿三箱", DAY)
    )
    (line,) = reading.lines
    assert "product named in part" in line.flags
    # Words that only sound like a name elsewhere in a sentence are not goods.
    assert (
        DEMO.read(Email("m", "Anna Smith <orders@bluefoods.example>", "Hi", "谢谢老板", DAY)).lines
        == []
    )


def test_goods_named_with_a_figure_but_read_into_no_line_are_flagged() -> None:
    email = Email(
        "m",
        "Anna Smith <orders@bluefoods.example>",
        "Order",
        "Please send 4 cases of Cola.\nOrange Juice same as on PO 10248",
        DAY,
    )
    reading = DEMO.read(email)
    assert [ln.product for ln in reading.lines] == ["Cola (Case of 12)"]
    assert any("read into no line" in f and "Orange Juice" in f for f in reading.flags)
    # Every good named has its line: nothing to say.
    plain = DEMO.read(
        Email("m", "Anna Smith <orders@bluefoods.example>", "Order", "4 cases of Cola", DAY)
    )
    assert not any("read into no line" in f for f in plain.flags)


@pytest.mark.parametrize(
    "body",
    [
        "您好，想詢問米粉的價格，大約29箱，請報價，謝謝。",
        "Please quote for Mixed Nuts, estimated 15 cases per month. This is not an order.",
        "We are considering about purchasing School Backpack, around 25 cases.",
    ],
)
def test_asking_about_goods_orders_none(body: str) -> None:
    reading = DEMO.read(Email("m", "Anna Smith <orders@bluefoods.example>", "Hello", body, DAY))
    assert reading.lines == [] and reading.intent == "inquiry"


def test_the_same_goods_listed_twice_are_two_packs_still_flagged() -> None:
    # Neither line replaces the other: the one whose pack was left open takes the other pack.
    lines = _read(DEMO, "Please send:\n- 15 single bottles of Plum Juice\n- 7 dozen Plum Juice")
    assert [(n, q) for n, q, _ in lines] == [
        ("Plum Juice", Decimal(15)),
        ("Plum Juice (Case of 12)", Decimal(7)),
    ]
    lines = _read(DEMO, "hey - 1 pack of Pork Dumplings\nPork Dumplings, 7 single bags\nthanks")
    assert [(n, q) for n, q, _ in lines] == [
        ("Pork Dumplings (Case of 12)", Decimal(1)),
        ("Pork Dumplings", Decimal(7)),
    ]
    assert lines[0][2] == [("Pork Dumplings", Decimal(1))]  # still open for a person
    # A line said twice in the same pack is one line, the later figure standing.
    lines = _read(DEMO, "4 cases of Cola\n5 cases of Cola")
    assert [(n, q) for n, q, _ in lines] == [("Cola (Case of 12)", Decimal(5))]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Quoted cells of a sheet saved as CSV.
        ('"品名","数量","单位"\n"泰国香米","10","箱"\n"红油辣椒","19","瓶"',
         [("Jasmine Rice (Case of 12)", 10), ("Chili Oil", 19)]),
        # The unit opening a bracket after the figure.
        ("Chrysanthemum Tea 6 (cases of 12 = 72 tins)", [("Chrysanthemum Tea (Case of 12)", 6)]),
        # A day that ends the line above is not the month of the next line's count.
        ("Deliver by 19 Feb.\n- 10 x Jasmine Rice (family pack)",
         [("Jasmine Rice Family Size", 10)]),
        # One item's pack word does not cross "and" or "+" into the next item's name.
        ("22 x Iced Lemon Tea, the large family size and Orange Juice x 35 btl",
         [("Iced Lemon Tea Family Size", 22), ("Orange Juice", 35)]),
        ("6 x Oolong Tea family sz + 海苔脆片9箱",
         [("Oolong Tea Family Size", 6), ("Seaweed Crisps (Case of 12)", 9)]),
        # A name word written as two, the name's next word after it.
        ("4 cases of the soy milk maker and 2 soy milk drink singles",
         [("Soymilk Maker (Case of 12)", 4), ("Soy Milk Drink", 2)]),
        ("ten individual tubes body wash", [("Body Wash", 10)]),
        # A pack's size after "à" or "@"; a Chinese measure word before an English case.
        ("5 cartons à 12 pcs Rice Noodles\n3 ctn @ 12 Cola\n乌龙茶 5 个 case",
         [("Rice Noodles (Case of 12)", 5), ("Cola (Case of 12)", 3),
          ("Oolong Tea (Case of 12)", 5)]),
        # The count in brackets before the goods; goods named again in brackets after a figure.
        ("[8 cs] Oyster Sauce\n[3 ea] Butter", [("Oyster Sauce (Case of 12)", 8), ("Butter", 3)]),
        ("Rice Crackers, family-size pkt, 29 [米饼]", [("Rice Crackers Family Size", 29)]),
        # A stock app's reorder list: what is on hand is no amount ordered.
        ("Gel Pens (Case of 12) | on hand 2 | order 3 cs\nCola | on hand 4 | order 25 ea",
         [("Gel Pens (Case of 12)", 3), ("Cola", 25)]),
        ("椰子水 | 库存 4 | 补货 14瓶\n米粉（12件装） | 库存 6 | 补货 1箱",
         [("Coconut Water", 14), ("Rice Noodles (Case of 12)", 1)]),
        # The unit first: "箱装 8", "case x 2"; a count then the pack's own word.
        ("泰国香米：箱装 1\nOolong Tea case x 2\nCoconut Water - 23 family packs",
         [("Jasmine Rice (Case of 12)", 1), ("Oolong Tea (Case of 12)", 2),
          ("Coconut Water Family Size", 23)]),
        ("Sparkling Water 整箱 x7. July 8 if you can", [("Sparkling Water (Case of 12)", 7)]),
        # A pack of twelve knives or boards: 提 with its size.
        ("炒锅 六提（一提12把）\n砧板 5个", [("Wok (Case of 12)", 6), ("Cutting Board", 5)]),
        # What one case holds, said in brackets, is no amount of the goods before it.
        ("5 pcs Toilet Paper (not by the case) [卫生纸] + 2 x full case Cola (12 tins inside)",
         [("Toilet Paper", 5), ("Cola (Case of 12)", 2)]),
        ("豆浆机 3部（單部出貨）", [("Soymilk Maker", 3)]),
        # A numbered item's label is no amount; 本 counts notebooks.
        ("Item 4: Hand Cream 12支\nItem 5: 便利贴散的十七本",
         [("Hand Cream", 12), ("Sticky Notes", 17)]),
        ("toothpaste 12s x 1 (full case)", [("Toothpaste (Case of 12)", 1)]),
        # A voice transcript running on with 然后: a figure in Chinese ends an item.
        ("挂面大的那种家庭装三十袋然后二十二箱冰柠檬茶然后乌龙茶大的那种家庭装三罐",
         [("Wheat Noodles Family Size", 30), ("Iced Lemon Tea (Case of 12)", 22),
          ("Oolong Tea Family Size", 3)]),
    ],
)  # fmt: skip
def test_cells_brackets_and_item_bounds(body: str, expected: list[tuple[str, int]]) -> None:
    assert [(n, q) for n, q, _ in _read(DEMO, body)] == [(n, Decimal(q)) for n, q in expected]


def test_a_bracket_closing_a_sentence_ends_it_before_the_day_asked() -> None:
    body = "PO-2505843: 7 cs Aged Vinegar / 43 units of Butter (not cases). Thu 15th May ok?"
    reading = DEMO.read(Email("m", "Anna Smith <orders@bluefoods.example>", "", body, DAY))
    assert reading.requested_date == date(2026, 5, 15)


def test_a_purchase_order_pasted_as_a_bar_table() -> None:
    body = (
        "採購單 PURCHASE ORDER\n單號：CG-2511257\n下單日期：2026/05/04\n交貨日期：2026/05/09\n\n"
        "項目 | 品名 | 數量 | 單位\n1 | 希臘酸奶 | 10 | 盒\n2 | 每日堅果（12件裝） | 2 | 箱\n"
        "3 | 花生油 | 5 | 包\n\n送貨時請附送貨單。\n\n"
        "-----原始郵件-----\n寄件者: Lotus Harbor Sales <sales@lotusharbor.example>\n"
        "寄件日期: 2026年4月29日\n主旨: 送貨安排\n\n上一張單已於5月1日送到。"
    )
    reading = DEMO.read(Email("m", "Anna Smith <orders@bluefoods.example>", "採購單", body, DAY))
    # The row number is no amount; the day the order was made out is not the delivery day;
    # the quoted message under 原始郵件 is not the sender's.
    assert [(ln.product, ln.quantity) for ln in reading.lines] == [
        ("Greek Yogurt", Decimal(10)),
        ("Mixed Nuts (Case of 12)", Decimal(2)),
        ("Peanut Oil", Decimal(5)),
    ]
    assert reading.requested_date == date(2026, 5, 9)


@pytest.mark.parametrize(
    ("body", "day"),
    [
        (
            "Order PO-1\n4 cases of Cola\nneed by fri 22/5, asap pls if earlier is easy",
            date(2026, 5, 22),
        ),
        (
            "Order below, can you drop it round Saturday the 9th of May?\n4 cases of Cola",
            date(2026, 5, 9),
        ),
        ("香瓜子（12包裝）9箱、5箱黃油，7號前到貨可以嗎？感謝～", date(2026, 5, 7)),
        ("一箱普洱茶餅\n交期：11號\n再請協助確認，謝謝！", date(2026, 5, 11)),
        ("可乐两箱\n下个礼拜一（5月11号）到，麻烦 arrange 一下", date(2026, 5, 11)),
        ("4 cases of Cola\nMon arvo 👌", date(2026, 5, 11)),
        # Thanks and please abroad, a month in Portuguese, a weekday with its date in brackets.
        ("Order po:\n4 cases of Cola\nMay 8 po sana 🙏 Salamat po!", date(2026, 5, 8)),
        ("Segue o pedido, para entrega 14 de maio:\n4 cases of Cola", date(2026, 5, 14)),
        ("4 cases of Cola\nPara Thursday (May 14), ok? Obrigado!", date(2026, 5, 14)),
        # The order's one day, its month in words, with no word of delivery around it.
        ("PO-7 for our venues, central kitchen May 12:\n4 cases of Cola", date(2026, 5, 12)),
        # Where the goods are landed, said with the day.
        ("replen PO-1, dock Tuesday of next week pls\n4 cases of Cola", date(2026, 5, 12)),
        ("Delivery: 11MAY26, our store, Berth 7\n4 cases of Cola", date(2026, 5, 11)),
        ("4 cases of Cola\nDelivery please until 13.V. Thank you", date(2026, 5, 13)),
        ("SU order PO-1, COB Thursday if poss:\n4 cases of Cola\nta x", date(2026, 5, 7)),
    ],
)
def test_a_day_asked_for_in_chinese_after_the_goods(body: str, day: date) -> None:
    reading = DEMO.read(Email("m", "Anna Smith <orders@bluefoods.example>", "", body, DAY))
    assert reading.intent == "new_order" and reading.lines
    assert reading.requested_date == day


def test_a_lone_day_in_figures_only_is_no_day_asked() -> None:
    # (figures alone may be a reference; a weekday alone may be any mention of one)
    for body in ("Order 20260512:\n4 cases of Cola", "Order, we close Friday:\n4 cases of Cola"):
        reading = DEMO.read(Email("m", "Anna Smith <orders@bluefoods.example>", "", body, DAY))
        assert reading.lines and reading.requested_date is None, body


def test_a_requisition_form_forwarded_with_row_numbers_and_the_day_needed() -> None:
    body = (
        "转给你们，麻烦安排。\n\n-------- 转发邮件信息 --------\n发件人：林丽 <a@b.example>\n"
        "发送日期：2026-05-04 07:59:46\n主题：申购单\n\n申购单\n申购日期：2026年5月4日\n"
        "需用日期：2026年5月9日\n\n序号　品名及数量\n1　可乐 → 二十瓶（按瓶拿，不要整箱）\n"
        "2　花生油 → 3箱\n"
    )
    sender = "Anna Smith <orders@bluefoods.example>"
    reading = DEMO.read(Email("m", sender, "Fwd: 申购单", body, DAY))
    # A row number before an ideographic space is no amount; neither the day the mail was
    # sent nor the day the requisition was made out is the day the goods are needed.
    assert [(ln.product, ln.quantity) for ln in reading.lines] == [
        ("Cola", Decimal(20)),
        ("Peanut Oil (Case of 12)", Decimal(3)),
    ]
    assert reading.requested_date == date(2026, 5, 9)


@pytest.mark.parametrize(
    "body",
    [
        "Kindly quote your best price for 26 cartons of Cola. This is an RFQ only.",
        "We're quoting a party and might need 27 cases of Cola. Price? Not confirmed yet!",
        "Your price for 20 cases of Cola please - this is not a purchase order.",
        # (a sourcing event's fields: the message says of itself that it orders nothing)
        "Item: Cola\nQuantity: 20 cases\nThis is a request for quotation, not a purchase order.",
    ],
)
def test_a_price_asked_for_goods_not_yet_ordered_orders_nothing(body: str) -> None:
    reading = DEMO.read(Email("m", "Anna Smith <orders@bluefoods.example>", "Quote", body, DAY))
    assert reading.intent == "inquiry" and not reading.lines, body


def test_goods_after_of_in_other_languages() -> None:
    # Filipino "ng" and Portuguese "de" join a count to the goods after it, as "of" does.
    assert [(n, q) for n, q, _ in _read(DEMO, "Order po: 3 cases ng Cola. Salamat po!")] == [
        ("Cola (Case of 12)", Decimal(3))
    ]
    assert [(n, q) for n, q, _ in _read(DEMO, "Pedido: 2 caixas de Cola, obrigado")] == [
        ("Cola (Case of 12)", Decimal(2))
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A pack said after the count, after "×" or in a sheet's own column.
        ("Cola 6 × family size\nPeanut Oil 2 × case of 12", [("Cola Family Size", 6),
          ("Peanut Oil (Case of 12)", 2)]),
        ("Item;Pack;Qty\nCola;family size;26\nPeanut Oil;case of 12;1\nGreek Yogurt;single unit;15",
         [("Cola Family Size", 26), ("Peanut Oil (Case of 12)", 1), ("Greek Yogurt", 15)]),
        ("可乐要25瓶大的家庭装\n花生油要3袋，按袋拿",
         [("Cola Family Size", 25), ("Peanut Oil", 3)]),
        # 件 is a case where "整件发" follows it.
        ("可乐 3件（一件12瓶，整件发）", [("Cola (Case of 12)", 3)]),
    ],
)  # fmt: skip
def test_a_pack_said_after_the_count_or_in_its_own_cell(
    body: str, expected: list[tuple[str, int]]
) -> None:
    assert _read(DEMO, body) == [(n, Decimal(q), []) for n, q in expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A case then a count of the next goods, their name right after it: no pack size.
        ("芝麻酱1箱 11瓶花生油（单瓶） 本月23号前",
         [("Sesame Paste (Case of 12)", 1), ("Peanut Oil", 11)]),
        # A count and a pack word leading into the next goods are theirs.
        ("PO-1: 53 btl Peanut Oil, 40 fam sz Cola, 2 cases Black Tea", [("Peanut Oil", 53),
          ("Cola Family Size", 40), ("Black Tea (Case of 12)", 2)]),
        # A name's figure before "x" is no pack size ("A5 x 11").
        ("* Notebook A5 x 11 pieces - no full cases", [("Notebook A5", 11)]),
    ],
)  # fmt: skip
def test_a_count_is_the_goods_it_stands_by(body: str, expected: list[tuple[str, int]]) -> None:
    assert [(n, q) for n, q, _ in _read(DEMO, body)] == [(n, Decimal(q)) for n, q in expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A row number in 【】 or after "Line" is no amount.
        ("【1】可乐按箱走，8箱（12瓶一箱）\n【2】花生油按袋走，30袋", [("Cola (Case of 12)", 8),
          ("Peanut Oil", 30)]),
        ("Lines\nLine 1  Cola by the bottle, ten of them\nLine 2  Peanut Oil, 3 cases",
         [("Cola", 10), ("Peanut Oil (Case of 12)", 3)]),
        # A sum written out: its total is the count.
        ("Cola in cases of 12: 1+4 = 5 cases\n花生油单袋：32+4=36袋", [("Cola (Case of 12)", 5),
          ("Peanut Oil", 36)]),
        # "12-unit case", "（12台一箱）": what a case holds, then the count of cases.
        ("+ Cola · 12-unit case · x4", [("Cola (Case of 12)", 4)]),
        ("空气炸锅（12台一箱）：1+5=6箱", [("Air Fryer (Case of 12)", 6)]),
    ],
)  # fmt: skip
def test_row_numbers_sums_and_case_contents(body: str, expected: list[tuple[str, int]]) -> None:
    assert [(n, q) for n, q, _ in _read(DEMO, body)] == [(n, Decimal(q)) for n, q in expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # The pack after the count, in brackets or "in the Family Size"; "single and unboxed".
        ("可乐38瓶（家庭装）\n花生油2箱（每箱12瓶）", [("Cola Family Size", 38),
          ("Peanut Oil (Case of 12)", 2)]),
        ("Cola – 16 in the Family Size\nPeanut Oil – 4 bottles, single and unboxed",
         [("Cola Family Size", 16), ("Peanut Oil", 4)]),
        # Rows numbered 1, 2, 3 ... before a wide gap: the numbers are the rows'.
        ("01  可乐，规格家庭装，订9瓶\n02  花生油，规格12瓶/箱，订3箱", [("Cola Family Size", 9),
          ("Peanut Oil (Case of 12)", 3)]),
        # (not numbered from one: those are counts)
        ("10  Peanut Oil (Case of 12)\n12  Cola (Case of 12)", [("Peanut Oil (Case of 12)", 10),
          ("Cola (Case of 12)", 12)]),
    ],
)  # fmt: skip
def test_packs_after_the_count_and_numbered_rows(
    body: str, expected: list[tuple[str, int]]
) -> None:
    assert [(n, q) for n, q, _ in _read(DEMO, body)] == [(n, Decimal(q)) for n, q in expected]


def test_words_leading_into_the_next_goods_are_theirs() -> None:
    # "单个装" before the knives does not make the cases of tea single pieces.
    lines = _read(DEMO, "三件可乐（整件），单个装花生油 2个")
    assert [(n, q) for n, q, _ in lines] == [("Cola (Case of 12)", 3), ("Peanut Oil", 2)]


def test_a_quote_asked_for_budgeting_orders_nothing() -> None:
    body = (
        "Pls quote your best rate for School Backpack, approx 20 ctn. This is for our budgeting "
        "only, not a confirmed order. Kindly revert with price and availability."
    )
    reading = DEMO.read(Email("m", "Anna Smith <orders@bluefoods.example>", "Enquiry", body, DAY))
    assert reading.intent == "inquiry" and reading.lines == []


def test_a_row_that_counts_goods_nobody_knows_is_flagged() -> None:
    def flags(body: str) -> list[str]:
        email = Email("m", "Anna Smith <orders@bluefoods.example>", "Order", body, DAY)
        return [f for f in DEMO.read(email).flags if "counts something" in f]

    # Goods the catalogue does not know, counted in a unit: the draft says it left them out.
    assert flags("Please send:\n4 cases of Cola\n4 cases Botter") == [
        "'4 cases Botter' counts something no goods were read from"
    ]
    assert len(flags("这次订Buttar - 4 unopened cases；可乐两箱")) == 1
    # Every row read, or a row adding the others up: nothing to say.
    assert flags("Please send:\n4 cases of Cola\n2 cases of Butter") == []
    assert flags("Please send:\n4 cases of Cola\n2 cases of Butter\nTotal: 6 cases") == []
