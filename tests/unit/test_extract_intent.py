"""Intent from cue words, and whole-order reading against a small catalogue (no database)."""

from __future__ import annotations

from datetime import date

import pytest

from smarterp.intel.docs.catalogue import Catalogue, PartnerEntry, ProductEntry
from smarterp.intel.docs.extract import Email, OrderReader
from smarterp.intel.docs.intent import classify
from smarterp.intel.docs.text import fold_text


@pytest.mark.parametrize(
    ("subject", "body", "has_lines", "expected"),
    [
        ("Order", "Please send 20 cases of Chai by Friday.", True, "new_order"),
        (
            "Change to order 10500",
            "Please increase the Chai from 10 to 20 cases.",
            True,
            "change_order",
        ),
        ("订单11059 修改", "Konbu 从 30 改成 45", True, "change_order"),
        # Typed on a phone, the apostrophe left out: "ill pay" is "I'll pay".
        (
            "Re: invoice INV/2026/00031",
            "ill pay INV/2026/00031 on friday",
            False,
            "payment_promise",
        ),
        ("", "SO00082的货还没来 leh，说好16hb Nov的", False, "complaint"),
        (
            "回复：付款提醒",
            "INV/2025/00084 的 5168.79，5月11号会 bank in 给你们",
            False,
            "payment_promise",
        ),
        (
            "Re: Payment reminder",
            "Payment of 1465.16 for INV/2025/00141 scheduled 2025-10-13.",
            False,
            "payment_promise",
        ),
        (
            "CHANGE PO-2602912",
            "PLS CHANGE SOY MILK DRINK ON PO-2602912 TO 32 CASES (WAS 30)",
            True,
            "change_order",
        ),
        (
            "Steamed Buns",
            "what's the damage on 5 cases of Steamed Buns? just pricing up",
            False,
            "inquiry",
        ),
        (
            "change CG-2604181",
            "老板，CG-2604181 那张单 卫生纸 要三箱就好（不是2箱）",
            True,
            "change_order",
        ),
        (
            "",
            "SO00065 hasnt turned up yet love it was meant to be tuesday the twenty-ninth",
            False,
            "complaint",
        ),
        ("", "oh one more thing - two more cs of Light Soy Sauce pls", True, "change_order"),
        (
            "PO SO00239 withdrawn",
            "Please treat SO00239 as withdrawn - the promotion was called off.",
            False,
            "cancel_order",
        ),
        # A chat's plus sign, as an emoji, and "same truck": more on the order already placed.
        ("", "➕ 5cs coconut water pls, same truck", True, "change_order"),
        # More of something on an order already placed, said in passing.
        ("", "also 2 cases of Chai on the last order", True, "change_order"),
        ("", "补3箱可乐，一起送", True, "change_order"),
        ("", "上一单再补4箱冰柠檬茶", True, "change_order"),
        ("", "漏了，糯米也加五箱", True, "change_order"),
        ("", "可乐忘了，加3箱", True, "change_order"),
        ("", "追加洗衣液 4箱（12入），同一車送就可以", True, "change_order"),
        ("", "啊对 书包再来一箱", True, "change_order"),
        ("", "菊花茶也来4箱，跟刚才的一起", True, "change_order"),
        ("", "FORGOT OOLONG TEA - 2 CASES PLS", True, "change_order"),
        ("", "can u add 2 cases of Electric Kettle? same drop", True, "change_order"),
        ("", "can u whack 4 cases of sunscreen on as well cheers", True, "change_order"),
        (
            "Re: Payment reminder: invoice INV/1",
            "INV/1 - 251.73 - going out Saturday the 5th of October, sorry mate",
            False,
            "payment_promise",
        ),
        (
            "",
            "Further to the above, please include 5 outers of Black Tea (12s).",
            True,
            "change_order",
        ),
        (
            "Order PO-1",
            "Further to our call this morning, I confirm our order PO-1 as follows:",
            True,
            "new_order",
        ),
        (
            "",
            "Hi, SO00065 supposed to reach on 9 Nov leh, until now still never come.",
            False,
            "complaint",
        ),
        (
            "",
            "我方订单SO00082原定于2024年11月16日送达，至今仍未收货，请速查明并回复。",
            False,
            "complaint",
        ),
        (
            "Re: invoice INV/1",
            "Hi, INV/1 1272.92 will bank in on 15 Apr ya. Sorry for late.",
            False,
            "payment_promise",
        ),
        (
            "回复：付款提醒",
            "贵司发票INV/1（金额1041.04）已审批，将于2025年12月11日随本期付款批次支付。",
            False,
            "payment_promise",
        ),
        (
            "RE: PO-2505183",
            "Quick change on PO-2505183 please: Oyster Sauce 3 -> 6 cases.",
            True,
            "change_order",
        ),
        # Chasing a late delivery, and payment promised, in more words.
        (
            "",
            "where's SO00149?? was meant to land Monday 31 March and nothing yet",
            False,
            "complaint",
        ),
        (
            "",
            "Our receiving team has no record of SO00017 arriving - it was booked for 3 August.",
            False,
            "complaint",
        ),
        (
            "Re: Payment reminder: invoice INV/2026/00080",
            "hi re INV/2026/00080 (600.70) sorry it's late. I'll get it paid Mon 8th Jun promise",
            False,
            "payment_promise",
        ),
        (
            "回复：付款提醒",
            "INV/2025/00311的1215.26已提交付款申请，预计2026/1/8到账。",
            False,
            "payment_promise",
        ),
        (
            "Re: invoice INV/2025/00225",
            "Remittance for INV/2025/00225 will be released on 9th of January.",
            False,
            "payment_promise",
        ),
        (
            "Amendment to PO-1234",
            "can we bump the Chai up to 9 cases (was 7)?",
            True,
            "change_order",
        ),
        # A payment promised, in other words.
        (
            "Re: reminder INV/2025/00012",
            "It is scheduled for payment on Friday.",
            False,
            "payment_promise",
        ),
        ("回复：付款提醒", "INV/2025/00012我们下周三付，麻烦再等两天", False, "payment_promise"),
        ("", "The goods should have arrived on Monday, still waiting.", False, "complaint"),
        ("", "请查一下SO00012的物流，上周就该到了", False, "complaint"),
        ("Re: reminder", "INV/2025/00012 will be settled on 6 May.", False, "payment_promise"),
        ("Re: 付款提醒", "财务已排期，INV/2025/00012下周付", False, "payment_promise"),
        ("", "SO00012 was promised for Monday and we still have nothing.", False, "complaint"),
        ("Void SO00264", "Please void SO00264 - do not ship.", False, "cancel_order"),
        # The order's number written straight after Chinese, no space between.
        ("撤销SO00121", "麻烦把SO00121撤了吧，这批我们不要了。", False, "cancel_order"),
        # Cantonese: 加多 (add more), 一齊送 (ship together); 過數 (transfer the money).
        ("", "唔該加多3箱便利貼，同頭先嗰張單一齊送", True, "change_order"),
        (
            "付款提醒",
            "INV/2025/00207嗰筆2461.43，我哋3月12號會過數，唔好意思遲咗。",
            False,
            "payment_promise",
        ),
        # "broken case is fine" splits a case: no complaint.
        (
            "order PO-2602582",
            "Roasted Sunflower Seeds, 13 packets, broken case is fine\nHand "
            "Cream, 22 bottles, broken case is fine",
            True,
            "new_order",
        ),
        # 再来 between the goods of one list joins them; it adds to no earlier order.
        (
            "",
            "CG-2409436：芒果干 x 2，再来洗洁精 5 units，再来2箱切达奶酪。09月09日前能送吗",
            True,
            "new_order",
        ),
        # Payment promises, chasers and changes in the words of buyers abroad.
        (
            "",
            "We will release the payment of 713.74 against invoice INV/2025/00251 on Tuesday "
            "13 January. Regret the delay.",
            False,
            "payment_promise",
        ),
        (
            "Re: Payment reminder",
            "hi, Anna says the 5547.14 for INV/2024/00007 will go out sun 6 oct. sorry its late",
            False,
            "payment_promise",
        ),
        (
            "Re: Payment reminder",
            "Hola, el pago de la factura INV/2024/00103 (4388.89) sale el 15 "
            "de enero. Disculpa la demora.",
            False,
            "payment_promise",
        ),
        (
            "Re: Payment reminder",
            "Bonjour, le virement de 642,57 pour la facture INV/2026/00020 "
            "partira le 11 mars. Désolé pour le retard.",
            False,
            "payment_promise",
        ),
        (
            "",
            "Hola Emma, el pedido SO00158 tenía que llegar el 14 de marzo y todavía nada.",
            False,
            "complaint",
        ),
        ("", "SO00023的货呢？说好8月12号到，团员都在群里催了", False, "complaint"),
        (
            "re order PO-2407367",
            "hi sorry, change from Tina on order PO-2407367: Jasmine Rice "
            "should be 5 cases not 3. rest is fine",
            True,
            "change_order",
        ),
        ("", "sorry Noah also wants 4 cases of Wheat Noodles on that", True, "change_order"),
        (
            "询价函：黄油",
            "我方拟采购黄油约17箱，请报含税单价及供货周期。此为询价，非正式订单。",
            False,
            "inquiry",
        ),
        # Sent "instead of you" is no change of goods.
        (
            "Fwd: order PO-2602740",
            "chef sent this to me instead of you lot, can you sort pls",
            True,
            "new_order",
        ),
        ("", "Chasing SO00155: we were promised the 18th.", False, "complaint"),
        ("", "[语音转文字 0:08] 哦对了 可乐再给我加一箱", True, "change_order"),
        ("", "还有可乐，4箱，一块儿送", True, "change_order"),
        (
            "Re: reminder",
            "We'll settle INV/2025/00092 by bank transfer on Dec 12. Sorry it's late.",
            False,
            "payment_promise",
        ),
        ("", "SO00302 still outstanding (was due Nov 21) - any update?", False, "complaint"),
        # 补货 restocks: a new order.
        ("补货", "请补货：可乐 10箱", True, "new_order"),
        (
            "Damaged goods - order 10662",
            "The boxes arrived crushed. Please credit us.",
            False,
            "complaint",
        ),
        ("订单10760 数量不对", "Ipoh Coffee 30 箱只到了 20 箱，请尽快处理。", True, "complaint"),
        ("Availability?", "Do you have Chai in stock? What is the price?", False, "inquiry"),
        # A day the payment goes out, in the words of a head office and of a shop owner.
        (
            "回复：付款提醒：发票 INV/2026/00012",
            "INV/2026/00012这笔188.00，总部财务统一在20260515付款，抱歉拖了。",
            False,
            "payment_promise",
        ),
        (
            "回复：付款提醒",
            "不好意思，INV/2026/00013那笔331.68，我五月十二号给你转过去。",
            False,
            "payment_promise",
        ),
        (
            "Re: Payment reminder",
            "Payment for invoice INV/2026/00014 (28.00) will be 5.V. Sorry for the delay.",
            False,
            "payment_promise",
        ),
        # More on the order just placed, asked in a chat; an order that is still not there.
        ("", "add 1 case Rice Noodles to the barge order pls", True, "change_order"),
        ("", "Oh, and could you add 3 cases of Cola? 🙏", True, "change_order"),
        (
            "",
            "the order SO00125 should be delivered 19.I but we still dont have it.",
            False,
            "complaint",
        ),
        # An arrow opening a line is a bullet, not "3 -> 28"; "also 3 cases, on the same truck".
        ("要货", "请于5.10前送货：\n→ 可乐原箱×3\n→ 28支花生油（单支）", True, "new_order"),
        ("", "中性笔也要三箱 ya，同一车送就好", True, "change_order"),
        # Late orders and payment days in other words; a new count for one line; more on a cart.
        (
            "",
            "order SO00083 shows a need-by date of Tue Nov 12 and nothing has been received at "
            "our dock. Can you send an update?",
            False,
            "complaint",
        ),
        (
            "",
            "SO00003 was to come 13th of July and it eh reach yet. what happening?",
            False,
            "complaint",
        ),
        ("", "SO00057讲好10月10号到，到而家都未到，帮手查下啦", False, "complaint"),
        (
            "",
            "INV/2024/00080 (308.46) I go pay it 11th of December for sure.",
            False,
            "payment_promise",
        ),
        ("", "Invoice INV/2025/00242 (3621.20) we pay 15 January.", False, "payment_promise"),
        ("", "CG-2411996那单方便面整8箱就行，原先说6箱的，别的不动", True, "change_order"),
        ("", "add 3 case Cola to the cart pls", True, "change_order"),
        ("", "one more for the co-op order: 5 cases of Cola", True, "change_order"),
        # A name's figure before an arrow is no change from one count to another.
        ("Pedido PO-8", "1) Notebook A5 → 33 pcs\n2) Cola → 4 cases", True, "new_order"),
        ("PO-8801", "Cola 10 -> 12 cases pls", True, "change_order"),
        # One more, sent after: Filipino "pahabol", Portuguese "coloca mais ... nesse pedido".
        ("", "Ate, pahabol po: 2 cases ng Cola. Salamat po!", True, "change_order"),
        ("", "Coloca mais 2 caixas de Cola nesse pedido, por favor", True, "change_order"),
        # Portuguese and Filipino buyers: an order that should have come, a day they will pay.
        (
            "",
            "O pedido SO00412 era pra chegar ontem e até agora nada, pode ver?",
            False,
            "complaint",
        ),
        (
            "",
            "Hi po, yung order SO00413 dapat po dumating kahapon pero wala pa po.",
            False,
            "complaint",
        ),
        (
            "",
            "Oi! O pagamento da fatura INV/2026/00031 sai dia 12 de maio.",
            False,
            "payment_promise",
        ),
        (
            "",
            "Sorry po late, ang bayad po for invoice INV/2026/00032 ay sa May 15 po.",
            False,
            "payment_promise",
        ),
        ("询价", "请问 Chai 有现货吗？", False, "inquiry"),
        ("关于豆腐产品的问题", "想咨询一下 Tofu 的保质期。", False, "inquiry"),
        (
            "Payment reminder",
            "Invoice no 4711: amount due USD 300, please pay by bank transfer.",
            False,
            "invoice",
        ),
    ],
)
def test_intent(subject: str, body: str, has_lines: bool, expected: str) -> None:
    assert classify(fold_text(subject), fold_text(body), has_lines=has_lines).label == expected


@pytest.fixture(scope="module")
def reader() -> OrderReader:
    products = [
        ProductEntry(1, "Chai", "P1", None, 10, True),
        ProductEntry(2, "Chang", "P2", None, 24, True),
        ProductEntry(3, "Chartreuse verte", "P3", None, 1, True),
        ProductEntry(4, "Louisiana Fiery Hot Pepper Sauce", "P4", None, 32, True),
        ProductEntry(5, "Louisiana Hot Spiced Okra", "P5", None, 24, True),
        ProductEntry(6, "Tofu", "P6", None, 40, True),
        ProductEntry(7, "Longlife Tofu", "P7", None, 1, True),
    ]
    partners = [
        PartnerEntry(
            1, "Alfreds Futterkiste", "ALFKI", "Maria Anders", None, None, "Berlin", True, False
        ),
        PartnerEntry(
            2, "Around the Horn", "AROUT", "Thomas Hardy", None, None, "London", True, False
        ),
        PartnerEntry(
            3, "Exotic Liquids", "EXO", "Charlotte Cooper", None, None, "London", False, True
        ),
    ]
    return OrderReader(Catalogue(products, partners, ["Test Trading"]))


def _read(
    reader: OrderReader, sender: str, subject: str, body: str, day: str = "2025-03-05"
) -> dict[str, object]:
    return reader.read(Email("t", sender, subject, body, date.fromisoformat(day))).as_dict()


def test_order_with_units_and_dates(reader: OrderReader) -> None:
    got = _read(
        reader,
        "Maria Anders <maria@mail.example>",
        "order",
        "Hello,\nplease send 20 cases of Chai, two dozen bottles of Chartreuse and 5 of the "
        "hot pepper sauce by next Friday.\nMaria Anders",
    )
    assert got["customer"] == "Alfreds Futterkiste"
    assert got["lines"] == [
        {"product": "Chai", "quantity": 20},
        {"product": "Chartreuse verte", "quantity": 24},
        {"product": "Louisiana Fiery Hot Pepper Sauce", "quantity": 5},
    ]
    assert got["requested_date"] == "2025-03-14" and got["intent"] == "new_order"


def test_ps_wins_and_quoted_offer_ignored(reader: OrderReader) -> None:
    body = (
        "Hi,\n- Chai: 10\n- Tofu: 5\nThanks\n\nP.S. make it 12 Chai instead of 10.\n\n"
        "-----Original Message-----\nFrom: Sales\nSent: Monday\n\nOffer: Chang 50 cases\n"
    )
    got = _read(reader, "Thomas Hardy <t@horn.example>", "RE: offer", body)
    assert got["lines"] == [{"product": "Tofu", "quantity": 5}, {"product": "Chai", "quantity": 12}]
    assert got["customer"] == "Around the Horn"


def test_cancelled_line_and_chinese(reader: OrderReader) -> None:
    got = _read(
        reader,
        "Thomas Hardy <t@horn.example>",
        "订货",
        "请发 Chai 20 箱，Longlife Tofu 一打，下周三送到。\nChang 不要了。",
    )
    assert got["lines"] == [
        {"product": "Chai", "quantity": 20},
        {"product": "Longlife Tofu", "quantity": 12},
    ]
    assert got["requested_date"] == "2025-03-12"


def test_inquiry_and_complaint_carry_no_lines(reader: OrderReader) -> None:
    inquiry = _read(
        reader, "Maria Anders <m@x.example>", "Question", "How much would 20 cases of Chai cost?"
    )
    assert inquiry["intent"] == "inquiry" and inquiry["lines"] == []
    complaint = _read(
        reader,
        "Maria Anders <m@x.example>",
        "Order 1002",
        "Our order 1002: 5 cases of Chai arrived damaged. Refund please.",
    )
    assert (
        complaint["intent"] == "complaint"
        and complaint["lines"] == []
        and complaint["requested_date"] is None
    )


def test_unknown_sender_stays_unlinked(reader: OrderReader) -> None:
    got = reader.read(
        Email("u", "Bob <bob@gmail.com>", "order", "Send 3 Chai.\nBob", date(2025, 3, 5))
    )
    assert got.customer is None and any("customer unclear" in f for f in got.flags)


def test_model_answers_are_checked_against_the_books(reader: OrderReader) -> None:
    from smarterp.intel.docs.llm_extract import read_with_llm, validate
    from smarterp.llm.settings import LLMSettings

    email = Email(
        "m", "Maria Anders <m@x.example>", "order", "Send 20 cases of Chai.", date(2025, 3, 5)
    )
    offline = reader.read(email)
    checked = validate(
        reader,
        offline,
        {
            "intent": "new_order",
            "customer": "Exotic Liquids",  # a supplier, not a customer: refused
            "lines": [
                {"product": "chai", "quantity": 20},
                {"product": "Caviar Deluxe", "quantity": 3},  # not in the books: left out
                {"product": "Tofu", "quantity": -1},
            ],
            "requested_date": "2025-03-14",
        },
    )
    assert checked.customer == "Alfreds Futterkiste" and checked.extractor == "llm-v1"
    assert [(ln.product, ln.quantity) for ln in checked.lines] == [("Chai", 20)]
    assert checked.lines[0].span.text == "20 cases of Chai"
    assert checked.requested_date == date(2025, 3, 14)
    assert sum("left out" in f for f in checked.flags) == 2
    complaint = validate(
        reader,
        offline,
        {
            "intent": "complaint",
            "customer": None,
            "lines": [{"product": "Chai", "quantity": 1}],
            "requested_date": "2025-03-14",
        },
    )
    assert complaint.lines == [] and complaint.requested_date is None
    # With no model configured the offline reading comes back unchanged.
    unconfigured = LLMSettings(base_url=None, gguf_path=None)
    assert read_with_llm(reader, email, unconfigured) == offline
    # An unreachable model falls back to the offline reading, flagged.
    unreachable = LLMSettings(base_url="http://127.0.0.1:9", retries=0, timeout_s=1)
    fallback = read_with_llm(reader, email, unreachable)
    assert fallback.lines == offline.lines and any("unavailable" in f for f in fallback.flags)
