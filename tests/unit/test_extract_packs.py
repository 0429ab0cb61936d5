"""Packs and units: goods sold as a case and as single pieces, read from the words and the
customer's history, flagged when two readings remain; suppliers' intents and linking."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from smarterp.intel.docs.catalogue import Catalogue, PartnerEntry, ProductEntry
from smarterp.intel.docs.extract import Email, OrderReader
from smarterp.intel.docs.intent import classify_supplier
from smarterp.intel.docs.text import fold_text

DAY = date(2026, 3, 2)


def _catalogue(history: dict[int, list[tuple[date, int]]] | None = None) -> Catalogue:
    products = [
        ProductEntry(1, "Cola", "B1", "可乐", 1, True),
        ProductEntry(2, "Cola (Case of 12)", "B2", "可乐（12件装）", 12, True),
        ProductEntry(3, "Cola Family Size", "B3", "可乐家庭装", 1, True),
        ProductEntry(4, "Oolong Tea", "T1", "乌龙茶", 1, True),
    ]
    partners = [
        PartnerEntry(
            10, "Blue Foods Ltd", "C0001", "Anna Smith", "orders@bluefoods.example",
            None, "London", True, False,
        ),
        PartnerEntry(
            11, "上海华联贸易有限公司", "C0002", "李伟", "orders@hualian.example",
            None, "Shanghai", True, False,
        ),
        PartnerEntry(
            20, "Pacific Market Co.", "S001", "Victor Walker", "sales@pacificmarket.example",
            None, "Seattle", False, True,
        ),
    ]  # fmt: skip
    return Catalogue(
        products=products,
        partners=partners,
        own_names=["Lotus Harbor Trading Co."],
        history=history or {},
        documents={"po00042": ("purchase_order", 20), "so00007": ("sales_order", 11)},
    )


def _lines(reader: OrderReader, body: str, sender: str = "Anna Smith <orders@bluefoods.example>"):
    reading = reader.read(Email("m", sender, "Order", body, DAY))
    return [
        (ln.product, ln.quantity, [(n, q) for _, n, q in ln.alternatives]) for ln in reading.lines
    ]


@pytest.fixture()
def reader() -> OrderReader:
    return OrderReader(_catalogue())


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Please send 2 cases of Cola.", [("Cola (Case of 12)", Decimal(2), [])]),
        ("Please send 24 bottles of Cola.", [("Cola", Decimal(24), [])]),
        ("请送一箱可乐。", [("Cola (Case of 12)", Decimal(1), [])]),
        ("Please send Cola (case of 12) x 3.", [("Cola (Case of 12)", Decimal(3), [])]),
        ("请送家庭装可乐 3份。", [("Cola Family Size", Decimal(3), [])]),
        ("Please send 5 x Cola Family Size.", [("Cola Family Size", Decimal(5), [])]),
    ],
)
def test_pack_words_choose_the_pack(reader: OrderReader, body: str, expected: list) -> None:
    assert _lines(reader, body) == expected


def test_two_readings_are_flagged_with_both(reader: OrderReader) -> None:
    # 件 is a carton in the trade and a piece in "12件装"; a dozen is 12 pieces or one case.
    assert _lines(reader, "请送两件可乐。") == [
        ("Cola (Case of 12)", Decimal(2), [("Cola", Decimal(2))])
    ]
    assert _lines(reader, "Please send a dozen Cola.") == [
        ("Cola (Case of 12)", Decimal(1), [("Cola", Decimal(12))])
    ]
    reading = reader.read(Email("m", "Anna Smith <a@x.example>", "Order", "请送两件可乐。", DAY))
    assert any(f.startswith("pack unclear") for f in reading.lines[0].flags)


def test_a_word_no_lexicon_knows_after_the_figure_keeps_the_case_open(
    reader: OrderReader,
) -> None:
    assert _lines(reader, "Please send Cola - 4 zz.") == [
        ("Cola", Decimal(4), [("Cola (Case of 12)", Decimal(4))])
    ]
    # A bare figure does not say which pack either: the goods named first, the case beside.
    assert _lines(reader, "Please send Cola x 4.") == [
        ("Cola", Decimal(4), [("Cola (Case of 12)", Decimal(4))])
    ]


def test_the_customers_history_settles_the_pack() -> None:
    # Blue Foods has only ever bought Cola by the case: "a dozen" is a case; "Cola x 2" names
    # the single bottle, so the case comes first and the bottles stay beside it, flagged.
    reader = OrderReader(_catalogue({10: [(date(2026, 1, 5), 2), (date(2026, 2, 1), 2)]}))
    assert _lines(reader, "Please send Cola x 2.") == [
        ("Cola (Case of 12)", Decimal(2), [("Cola", Decimal(2))])
    ]
    assert _lines(reader, "Please send a dozen Cola.") == [
        ("Cola (Case of 12)", Decimal(1), [("Cola", Decimal(12))])
    ]
    assert _lines(reader, "请送两件可乐。") == [("Cola (Case of 12)", Decimal(2), [])]
    # An order on the message's own day or later is not history.
    later = OrderReader(_catalogue({10: [(DAY, 2)]}))
    assert _lines(later, "Please send Cola x 2.") == [
        ("Cola", Decimal(2), [("Cola (Case of 12)", Decimal(2))])
    ]
    # A customer who has bought only the bottles: their history confirms the bottle, no flag.
    bottles = OrderReader(_catalogue({10: [(date(2026, 1, 5), 1)]}))
    assert _lines(bottles, "Please send Cola x 2.") == [("Cola", Decimal(2), [])]


def test_other_goods_keep_plain_units(reader: OrderReader) -> None:
    assert _lines(reader, "Please send 30 x Oolong Tea.") == [("Oolong Tea", Decimal(30), [])]


@pytest.mark.parametrize(
    ("subject", "body", "intent"),
    [
        ("Price change: Cola", "the price of Cola will change from 2.00 to 2.20 per unit", "price_change"),  # noqa: E501
        ("Delivery delay on PO00042", "your purchase order PO00042 will ship late", "delivery_date"),  # noqa: E501
        ("Order acknowledgement PO00042", "we have received your purchase order PO00042", "order_confirmation"),  # noqa: E501
        ("Invoice S001-2600001", "please find attached invoice S001-2600001, payment due 1 May", "invoice"),  # noqa: E501
        ("缺货通知：PO00042", "可乐目前缺货，这次只能先发一部分", "shortage"),
        ("调价通知：可乐", "可乐的供货价将调整为 2.20", "price_change"),
        ("Re: PO00042", "PO00042 is accepted and booked in for the 9th", "order_confirmation"),
        ("PO00042", "We confirm receipt of PO00042, scheduled for delivery on Monday", "order_confirmation"),  # noqa: E501
        ("回复：PO00042", "PO00042已接单，安排下周三发货", "order_confirmation"),
        ("Pricing", "Cola 2.10 -> 2.35 from next month; our costs are up", "price_change"),
        ("Cola", "Our price for Cola moves to 2.35 from 1 May", "price_change"),
        ("关于PO00042", "可乐库存不足，本次无法全部发出，余下的下批补上", "shortage"),
        ("PO00042", "Sorry, PO00042 will now arrive on the 14th", "delivery_date"),
        ("PO00042", "We are pleased to confirm PO00042 for the 9th", "order_confirmation"),
        ("PO00042", "PO00042 is in our system", "order_confirmation"),
        ("PO00042", "PO00042已排产，下周发", "order_confirmation"),
        ("PO00042", "PO00042的车排不上，改4.9到", "delivery_date"),
        ("PO00042", "PO00042 pushed back to the 27th (material short at the mill)", "delivery_date"),  # noqa: E501
        ("PO00042", "Acknowledging PO00042 with thanks; ETA to you 22nd of July.", "order_confirmation"),  # noqa: E501
        ("PO00042部分到货", "PO00042的可乐只到了一部分，缺的等下一批。", "shortage"),
        ("对账：PO00042", "PO00042开票S024-2500211，合计731.69，付款期限02月15日。", "invoice"),
        ("回复：PO00042", "PO00042已录入系统，01月10日到仓。", "order_confirmation"),
        # Traditional characters read as simplified ones.
        ("收到採購單PO00042", "PO00042已收到，將於9月9號送貨。", "order_confirmation"),
        ("PO00042缺貨", "可樂缺貨，PO00042只能部分出貨，餘數到貨後補送。", "shortage"),
        ("請款：PO00042", "PO00042請款單S024-2400023，總額906.97。", "invoice"),
        ("Re-scheduled: PO00042", "PO00042 has been re-scheduled. New delivery date: 21 Oct.", "delivery_date"),  # noqa: E501
        # Business in the middle of small talk, in the words of a farm or a family firm.
        ("update", "your order PO00018 isn't going to make it on time - earliest we can get it to you is 6th September", "delivery_date"),  # noqa: E501
        ("关于PO00001", "您那个PO00001，车坏在半路了，最快8.10号才能到，耽误您了。", "delivery_date"),  # noqa: E501
        ("近况", "苏打水这批原料还没到，PO00122里这个货先给您发一半，余下的过阵子补。", "shortage"),
        ("PO00054", "豆奶饮料暂时断供，PO00054先发有货的部分。", "shortage"),
        ("news", "we've had to put Iced Lemon Tea up to 1.8930 from Monday the 28th", "price_change"),  # noqa: E501
        ("Got it - PO00077", "PO00077 is locked in for Monday 11 November", "order_confirmation"),
        ("PO00014排好了", "您的PO00014已经排上了，7.29号到，放心哈。", "order_confirmation"),
        ("汤圆加價", "由12月16號開始，汤圆由6.2526加到7.0718，敬請留意。", "price_change"),
        ("【物流通知】订单PO00016配送时间调整", "您的订单PO00016因干线运输延误，预计送达时间调整为2024年8月8日。", "delivery_date"),  # noqa: E501
        ("【系统通知】价目表更新：洗发水", "物料：洗发水\n原单价：7.9589\n新单价：8.7662\n生效日期：2025-01-27", "price_change"),  # noqa: E501
        ("Price advice: Cutting Board", "Kindly note our new net price for Cutting Board (Case of 12): 85.1720 (current 80.7397) from Monday.", "price_change"),  # noqa: E501
        ("【通知】普洱茶饼新报价", "受包材上涨影响，普洱茶饼家庭装单价调为69.8498，原64.8800，03月31日生效。", "price_change"),  # noqa: E501
        ("Customs hold: PO00078", "Shipment for PO00078 is on customs hold pending inspection. Once released we expect to deliver 11-Feb-2025.", "delivery_date"),  # noqa: E501
        ("Revised list price", "Effective 3rd of February, our list price for Cola is 8.0470 (previously 7.2987).", "price_change"),  # noqa: E501
        # 起价: a rise, as Malaysian and Cantonese writers say it.
        ("茉莉花茶家庭装 起价", "老板，9月1号开始茉莉花茶家庭装从19.1261起到21.1835，sorry ya。", "price_change"),  # noqa: E501
        ("PO00027 received", "we have received PO00027 and entered it for delivery on August 26. The invoice will follow with the goods.\nAccounts Receivable\nPlease quote our invoice number on all remittances.", "order_confirmation"),  # noqa: E501
        ("PO00024 received", "this is to confirm that we have received PO00024 and entered it for delivery on September 9, 2024. The invoice will follow with the goods.", "order_confirmation"),  # noqa: E501
        ("Update on PO00025", "Bad news on PO00025 - the truck got bumped, so we're now looking at Thursday", "delivery_date"),  # noqa: E501
        ("PO00232 - part shipment", "School Backpack on PO00232 could not be supplied in full, so we are invoicing only what was shipped.", "shortage"),  # noqa: E501
        ("PO00120缺普洱茶饼", "你好，普洱茶饼这批不够了，PO00120先把别的发过去，普洱茶饼等新货出来再补。", "shortage"),  # noqa: E501
        ("关于采购单PO00060交货日期变更的说明", "采购单PO00060因仓储调度原因，交货日期顺延至2024年10月26日，相应发票开具日期同步调整。", "delivery_date"),  # noqa: E501
        # Short office words: "inv" is an invoice; a boat "pushed" is a new date.
        ("inv S005-2400021", "Inv S005-2400021 for PO00026, 11115.58, due Fri 27 Sep.", "invoice"),
        ("PO00086", "PO00086 - boat's been pushed, now with you Sun 15 Dec.", "delivery_date"),
        # A delivery moved, told by the credit desk (the invoice moves with it); a run pushed.
        ("PO00311 - delivery moved", "Your order PO00311 will now be delivered on 9 May 2026. Your invoice and its payment due date move with it.", "delivery_date"),  # noqa: E501
        ("PO00312", "A breakdown has pushed our bottling line, so PO00312 ships on Friday 8 May instead.", "delivery_date"),  # noqa: E501
        # A factura; a system's notice of a delivery day changed; a price that "goes from" one
        # figure to another.
        ("Factura S019-2400045 – pedido PO00036", "Adjuntamos la factura (CFDI) S019-2400045 for your order PO00036, total 2999.92. Fecha de vencimiento: 17 de noviembre de 2024.", "invoice"),  # noqa: E501
        ("【系统通知】交货日期变更：PO00179", "变更内容：交货日期\n变更后交货日期：2025-09-04\n变更原因：产能不足，排产顺延", "delivery_date"),  # noqa: E501
        ("Price going up on Cola", "freight has gone through the roof, so Cola goes from 204.52 to 217.67 from Mon 2 June.", "price_change"),  # noqa: E501
        # 票开好了: the invoice is made out; 结一下: settle it.
        ("PO00313的票", "老板，PO00313的票已经开好了，一共812.40，6月5号前结一下。", "invoice"),
    ],
)  # fmt: skip
def test_supplier_intents(subject: str, body: str, intent: str) -> None:
    # As the reader sees them: folded (lower case, traditional characters as simplified).
    assert classify_supplier(fold_text(subject), fold_text(body)).label == intent


def test_a_supplier_naming_our_order_and_a_day_confirms_it_only_without_other_cues() -> None:
    said = fold_text("Your order PO00228 came through fine, we'll have it with you 19 March.")
    assert classify_supplier("re po00228", said, cites=True).label == "order_confirmation"
    assert classify_supplier("re po00228", said).label == "other"  # no order of ours named
    undated = fold_text("PO00228 came through fine, thanks!")
    assert classify_supplier("re po00228", undated, cites=True).label == "other"
    # An old message read today: its day is read against the day it was sent.
    sent = fold_text("Your order PO00057 came through fine, we'll have it with you 21.10.24.")
    assert (
        classify_supplier("re po00057", sent, cites=True, today=date(2024, 10, 14)).label
        == "order_confirmation"
    )
    late = fold_text("PO00228 is running behind, new ETA 19 March.")
    assert classify_supplier("re po00228", late, cites=True).label == "delivery_date"


def test_a_suppliers_price_increase_is_never_a_sales_order(reader: OrderReader) -> None:
    got = reader.read(
        Email(
            "p", "Victor Walker <sales@pacificmarket.example>", "Price increase notice",
            "Hello, Cola (Case of 12) goes up to 24.00 (was 21.00) from 1 Apr; orders of 10 "
            "cases or more placed before then keep the old price.", DAY,
        )
    )  # fmt: skip
    assert got.sender_type == "supplier" and got.partner == "Pacific Market Co."
    assert got.intent == "price_change" and got.lines == [] and got.customer is None


def test_a_supplier_writing_from_a_personal_address_links_through_the_po(
    reader: OrderReader,
) -> None:
    got = reader.read(
        Email(
            "d", "Tom <tom1988@gmail.com>", "ETA", "PO00042 is running behind, new ETA 9 Mar.", DAY
        )
    )
    assert got.partner == "Pacific Market Co." and got.reference == "PO00042"
    assert got.intent == "delivery_date"


def test_a_chat_links_through_its_earlier_messages() -> None:
    reader = OrderReader(_catalogue())
    first = reader.read(
        Email("c1", "李伟 <wechat:wxid_123>", "", "你好，我是华联贸易的李伟。送5箱可乐", DAY,
              thread="chat:wxid_123", channel="chat")
    )  # fmt: skip
    again = reader.read(
        Email("c2", "李伟 <wechat:wxid_123>", "", "再加两箱可乐", DAY, thread="chat:wxid_123",
              channel="chat")
    )  # fmt: skip
    stranger = reader.read(
        Email("c3", "王芳 <wechat:wxid_999>", "", "再加两箱可乐", DAY, thread="chat:wxid_999",
              channel="chat")
    )  # fmt: skip
    assert first.partner == again.partner == "上海华联贸易有限公司"
    assert stranger.partner is None  # below the margin: listed for a person, not guessed


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "cs" is the trade's short form of cases.
        ("Please send Cola - 3 cs.", [("Cola (Case of 12)", Decimal(3), [])]),
        # "5 x case": five cases; "x12" after the name alone counts twelve of that pack.
        ("Please send 5 x case Cola.", [("Cola (Case of 12)", Decimal(5), [])]),
        ("Please send:\n- Cola FAMILY SIZE x12", [("Cola Family Size", Decimal(12), [])]),
        # ... but "x12" with cases counted right after it says twelve to a case.
        ("Please send Cola x12, two cases.", [("Cola (Case of 12)", Decimal(2), [])]),
        ("Please send Cola x12 - 1 case", [("Cola (Case of 12)", Decimal(1), [])]),
        # After the goods, before the next ones: bought by the piece.
        ("Please send Cola by the piece, 4", [("Cola", Decimal(4), [])]),
        (
            "Please send:\n- 26 Cola - singles please\n- 2 cases Oolong Tea",
            [("Cola", Decimal(26), []), ("Oolong Tea", Decimal(2), [])],
        ),
        ("Please send 52 individual units of Cola", [("Cola", Decimal(52), [])]),
        # Two neighbouring letters swapped in a long name word.
        ("Please send 3 cases of Oolnog Tea", [("Oolong Tea", Decimal(3), [])]),
        # A pack the goods are not sold in stays open.
        (
            "Please send Cola 6-pack x 3",
            [("Cola (Case of 12)", Decimal(3), [("Cola", Decimal(18))])],
        ),
    ],
)
def test_trade_shorthand_for_cases_and_counts(
    reader: OrderReader, body: str, expected: list[tuple[str, Decimal, list[object]]]
) -> None:
    assert _lines(reader, body) == expected


def test_a_table_with_a_unit_column(reader: OrderReader) -> None:
    body = "| Item | Qty | Unit |\n|---|---|---|\n| Cola | 2 | CTN |\n| Cola | 30 | EA |"
    assert _lines(reader, body) == [
        ("Cola (Case of 12)", Decimal(2), []),
        ("Cola", Decimal(30), []),
    ]


def test_slips_of_the_fingers_in_a_name(reader: OrderReader) -> None:
    # A neighbouring key (g -> f), two letters swapped: the goods are still found.
    assert _lines(reader, "Please send 3 x Oolonf Tea") == [("Oolong Tea", Decimal(3), [])]
    assert _lines(reader, "Please send 3 x Oolnog Tea") == [("Oolong Tea", Decimal(3), [])]


def test_a_chat_question_that_orders_and_asks_for_a_day() -> None:
    reading = OrderReader(_catalogue()).read(
        Email("m", "Anna Smith <orders@bluefoods.example>", "", "can i get 3 cases of Cola? "
              "Friday next week ok?", DAY)
    )  # fmt: skip
    assert [(ln.product, ln.quantity) for ln in reading.lines] == [
        ("Cola (Case of 12)", Decimal(3))
    ]
    assert reading.requested_date == date(2026, 3, 13)  # DAY is a Monday
    assert reading.intent == "new_order"


def test_a_forwarded_header_date_is_not_the_delivery_date() -> None:
    body = (
        "Please process the order below.\n\n"
        "From: Anna Smith <orders@bluefoods.example>\nSent: 2 March 2026\n"
        "Subject: order\n\nPlease send 3 cases of Cola next week, Friday."
    )
    reading = OrderReader(_catalogue()).read(
        Email("m", "Anna Smith <orders@bluefoods.example>", "Fwd: order", body, DAY)
    )
    assert reading.requested_date == date(2026, 3, 13)


def test_a_brand_and_the_contacts_name_link_a_chat() -> None:
    reader = OrderReader(_catalogue())
    reading = reader.read(
        Email("m", "李伟 <wechat:wxid_1>", "", "我是华联的李伟，可乐 3箱", DAY, thread="wxid_1",
              channel="chat")
    )  # fmt: skip
    assert reading.customer == "上海华联贸易有限公司"
    # The brand alone is not enough.
    alone = reader.read(Email("n", "王芳 <wechat:wxid_2>", "", "华联的，可乐 3箱", DAY))
    assert alone.customer is None


def test_a_name_ending_in_a_unit_word_keeps_its_count() -> None:
    # 辣条 and 礼盒 end in unit words (条, 盒): "辣条 × 21" is 21 of them, not a count of 条.
    products = [
        ProductEntry(1, "Spicy Tofu Strips", "S1", "辣条", 1, True),
        ProductEntry(2, "Mooncake Gift Box", "M1", "月饼礼盒", 1, True),
    ]
    reader = OrderReader(Catalogue(products=products, partners=[], own_names=[], history={}))
    reading = reader.read(Email("m", "a@x.example", "订单", "辣条 × 21；月饼礼盒 × 8", DAY))
    assert [(ln.product, ln.quantity) for ln in reading.lines] == [
        ("Spicy Tofu Strips", Decimal(21)),
        ("Mooncake Gift Box", Decimal(8)),
    ]


def test_a_sentence_ending_in_chinese_then_a_question_about_the_day(
    reader: OrderReader,
) -> None:
    assert _lines(reader, "PO 77: 可乐 2箱. Fri 13/3 ok?") == [
        ("Cola (Case of 12)", Decimal(2), [])
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Please send Cola, 12ct case - qty 2", [("Cola (Case of 12)", Decimal(2), [])]),
        ("Please send Cola by the case: 3", [("Cola (Case of 12)", Decimal(3), [])]),
        ("Please send Cola - 5 pkts, split case", [("Cola", Decimal(5), [])]),
        ("Please send Cola x 7 btl - no full cases", [("Cola", Decimal(7), [])]),
        ("Please send 4 nos. Oolong Tea", [("Oolong Tea", Decimal(4), [])]),
        ("Please send three (3) cases OolongTea", [("Oolong Tea", Decimal(3), [])]),
        ("请送两箱的可乐", [("Cola (Case of 12)", Decimal(2), [])]),
        ("请送 可乐按瓶要，8瓶", [("Cola", Decimal(8), [])]),
        ("请送 可乐原箱×2", [("Cola (Case of 12)", Decimal(2), [])]),
        ("可乐 5箱\n另：可乐不是5箱，是3箱。", [("Cola (Case of 12)", Decimal(3), [])]),
        ("Our order:\n> 2 cases Cola\n> 5 x Oolong Tea\nThanks", [
            ("Cola (Case of 12)", Decimal(2), []), ("Oolong Tea", Decimal(5), [])
        ]),
    ],
)  # fmt: skip
def test_more_ways_to_say_the_pack(
    reader: OrderReader, body: str, expected: list[tuple[str, Decimal, list[object]]]
) -> None:
    assert _lines(reader, body) == expected


def test_a_quote_under_who_wrote_it_is_still_a_quote(reader: OrderReader) -> None:
    assert _lines(reader, "Fine, thanks.\nAnna wrote:\n> 2 cases Cola") == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Please send 4 x 1 Oolong Tea", [("Oolong Tea", Decimal(4), [])]),
        ("请送 可乐 箱装 ×3", [("Cola (Case of 12)", Decimal(3), [])]),
        ("Please send 3 x Cola (12/cs)", [("Cola (Case of 12)", Decimal(3), [])]),
        ("请送：\n单瓶装可乐 8瓶", [("Cola", Decimal(8), [])]),
        ("Please send 2 shippers Cola", [("Cola (Case of 12)", Decimal(2), [])]),
        ("Please send 2 Cola, by the packet", [("Cola", Decimal(2), [])]),
        # A list numbered with circled figures: ① is no quantity.
        ("请送：\n①可乐 4箱\n②乌龙茶 6瓶", [
            ("Cola (Case of 12)", Decimal(4), []), ("Oolong Tea", Decimal(6), [])
        ]),
        # A correction written above the list wins over the list.
        ("Note - Cola should be 3 cases, not 7.\nOur order:\n- Cola x 7 cases", [
            ("Cola (Case of 12)", Decimal(3), [])
        ]),
    ],
)  # fmt: skip
def test_yet_more_ways_to_say_the_pack(
    reader: OrderReader, body: str, expected: list[tuple[str, Decimal, list[object]]]
) -> None:
    assert _lines(reader, body) == expected


def test_a_reply_written_below_the_quote_is_the_writers_own(reader: OrderReader) -> None:
    body = "在 2026年3月1日，Lotus 写道：\n> 需要的话直接回复下单即可。\n\n请送 可乐 4箱"
    assert _lines(reader, body) == [("Cola (Case of 12)", Decimal(4), [])]
    body = "On Sun, 1 Mar 2026, Lotus wrote:\n> Reply to order.\n\nPlease send 4 cases of Cola"
    assert _lines(reader, body) == [("Cola (Case of 12)", Decimal(4), [])]


def test_a_notes_style_forward_is_read_from_the_forwarded_order(reader: OrderReader) -> None:
    body = (
        "Please action.\n\n----- Forwarded by Nina/Shop on 2026-03-02 16:10 -----\n\n"
        "Anna Smith <orders@bluefoods.example>\n2026-03-02 16:10\n\n"
        "Please send 4 cases of Cola, delivery by Friday, week 11."
    )
    reading = reader.read(Email("m", "Nina <nina@bluefoods.example>", "Fwd: order", body, DAY))
    assert [(ln.product, ln.quantity) for ln in reading.lines] == [
        ("Cola (Case of 12)", Decimal(4))
    ]
    assert reading.requested_date == date(2026, 3, 13)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A purchase system's listing: line numbers, unit codes.
        ("0001  COLA          3  CA\n0002  OOLONG TEA    22  EA", [
            ("Cola (Case of 12)", Decimal(3), []), ("Oolong Tea", Decimal(22), [])
        ]),
        ("請送 可樂 12入×4箱", [("Cola (Case of 12)", Decimal(4), [])]),
        ("請送 可樂零賣 8罐", [("Cola", Decimal(8), [])]),
    ],
)  # fmt: skip
def test_purchase_systems_and_traditional_characters(
    reader: OrderReader, body: str, expected: list[tuple[str, Decimal, list[object]]]
) -> None:
    assert _lines(reader, body) == expected


def test_malay_and_indonesian_units_and_days() -> None:
    body = (
        "Pak, mohon kirim barang 如下：\n1. Oolong Tea 11 biji\n2. Cola 4 dus (bukan 9箱 ya)\n"
        "3. Cola 6 botol\n3月17号 hari Selasa 到，terima kasih"
    )
    reading = OrderReader(_catalogue()).read(
        Email("m", "Anna Smith <orders@bluefoods.example>", "order", body, DAY)
    )
    assert [(ln.product, ln.quantity, ln.alternatives) for ln in reading.lines] == [
        ("Oolong Tea", Decimal(11), []),
        ("Cola (Case of 12)", Decimal(4), []),
        ("Cola", Decimal(6), []),
    ]
    assert reading.requested_date == date(2026, 3, 17)  # the weekday said again, then 到
    chat = "Ko，可乐 2箱 ya。\n16 Maret boleh？"
    reading = OrderReader(_catalogue()).read(
        Email("c", "Anna Smith <orders@bluefoods.example>", "", chat, DAY)
    )
    assert reading.requested_date == date(2026, 3, 16)
    chat = "Ko，可乐 2箱 ya。Senin 16 Maret kirim bisa？"
    reading = OrderReader(_catalogue()).read(
        Email("c", "Anna Smith <orders@bluefoods.example>", "", chat, DAY)
    )
    assert reading.requested_date == date(2026, 3, 16)


def _two_cities() -> OrderReader:
    """Two customers sharing a short name (华联百货 in two cities) and a contact's name."""
    partners = [
        PartnerEntry(
            30, "杭州华联百货有限公司", "C3", "周娜", "orders@hz.example", None, "杭州", True, False
        ),
        PartnerEntry(
            31, "天津华联百货有限公司", "C4", "黄丽", "orders@tj.example", None, "天津", True, False
        ),
        PartnerEntry(
            32,
            "Coastal Grocers Pty Ltd",
            "C5",
            "Isla Wright",
            "o@coastal.example",
            None,
            None,
            True,
            False,
        ),
        PartnerEntry(
            33,
            "Coastal Grocers LLC",
            "C6",
            "Ben Clarke",
            "o@coastal2.example",
            None,
            None,
            True,
            False,
        ),
    ]
    partners += [
        PartnerEntry(40 + k, name, f"C{40 + k}", contact, f"o{k}@wj.ex", None, None, True, False)
        for k, (name, contact) in enumerate(
            [("上海万家实业有限公司", "黄丽"), ("上海万家百货有限公司", "周军"),
             ("南京万家实业有限公司", "吴静")]
        )
    ]  # fmt: skip
    catalogue = _catalogue()
    return OrderReader(replace(catalogue, partners=catalogue.partners + partners))


@pytest.mark.parametrize(
    ("sender", "body", "partner"),
    [
        # The full name in the sender's display name.
        ("黄丽|天津华联百货有限公司 <393128814@126.com>", "可乐 2箱", "天津华联百货有限公司"),
        # A shared short name and the contact who signs: that city's.
        ("华联百货 <159349346@163.com>", "可乐 2箱\n华联百货 周娜", "杭州华联百货有限公司"),
        # ... but the shared short name alone links neither.
        ("华联百货 <159349346@163.com>", "可乐 2箱\n华联百货", None),
        # A personal address that spells the contact's name.
        ("Purchasing <isla_wright10@outlook.com>", "2 cases of Cola", "Coastal Grocers Pty Ltd"),
        # The city's name beside the sender, the company's kind in the signature: together
        # they spell one name though each is shared.
        (
            "黄丽（上海万家） <574053910@qq.com>",
            "可乐 2箱\n万家实业公司 采购 黄丽",
            "上海万家实业有限公司",
        ),
        # ... one of them alone links neither.
        ("采购 <574053910@qq.com>", "可乐 2箱\n上海万家", None),
        # A legal form written out tells apart two partners of one name.
        (
            "Coastal Grocers Pty. Limited <b1@yahoo.com>",
            "2 cases of Cola",
            "Coastal Grocers Pty Ltd",
        ),
        ("Coastal Grocers <buyer1@yahoo.com>", "2 cases of Cola", None),
        # The company in square brackets beside the person who writes.
        (
            "Ben Clarke [coastal grocers] <b.c.1990@gmail.com>",
            "2 cases of Cola",
            "Coastal Grocers LLC",
        ),
        # A person and a company beside each other in the display name.
        ("黄丽【上海万家】 <574053910@qq.com>", "可乐 2箱\n万家实业 黄丽", "上海万家实业有限公司"),
        ("周娜|华联 <159349346@163.com>", "可乐 2箱", "杭州华联百货有限公司"),
        # Two partners of one name: the contact who signs tells them apart.
        (
            "Coastal Grocers Orders <orders99@outlook.com>",
            "2 cases of Cola\nIsla Wright, the Coastal Grocers team",
            "Coastal Grocers Pty Ltd",
        ),
        # The name's words run together.
        ("Purchasing <p.k@gmail.com>", "hi, Anna @ BlueFoods - 2 cases of Cola", "Blue Foods Ltd"),
    ],
)
def test_senders_named_in_the_display_name_signature_or_address(
    sender: str, body: str, partner: str | None
) -> None:
    reading = _two_cities().read(Email("m", sender, "Order", body, DAY))
    assert reading.partner == partner


def test_a_notes_style_forward_links_through_the_original_sender() -> None:
    body = (
        "Please action, thanks.\nAnna\n\n"
        "----- Forwarded by Anna Smith/BlueFoods on 2026-03-02 13:54 -----\n\n"
        "Anna Smith <orders@bluefoods.example>\n2026-03-02 13:54\nSubject: order\n\n"
        "Please send 3 cases of Cola.\n"
    )
    reading = OrderReader(_catalogue()).read(
        Email("f", "Anna <anna.private@gmail.com>", "Fwd: order", body, DAY)
    )
    assert reading.partner == "Blue Foods Ltd"
    assert "forwards a message from orders@bluefoods.example" in reading.customer_reasons


def test_the_subject_names_the_company() -> None:
    email = Email("m", "张军 <547811316@qq.com>", "杭州华联百货补货单 CG-2504123", "可乐 2箱", DAY)
    assert _two_cities().read(email).partner == "杭州华联百货有限公司"
