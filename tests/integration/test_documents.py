"""Documents out: every kind printed as PDF in English and Chinese (text read back with pypdf,
CJK font embedded), and sent by email to a real SMTP server started by the test."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import pytest
from pypdf import PdfReader
from sqlalchemy import select
from sqlalchemy.orm import Session

from smarterp.core.audit_record import PENDING, AuditRecord
from smarterp.core.errors import IllegalState, InvalidInput, NotFound
from smarterp.core.mail import MailError
from smarterp.core.settings import Settings
from smarterp.erp.company.service import set_details
from smarterp.erp.crm.models import Message
from smarterp.erp.documents import service as documents
from smarterp.erp.invoicing import service as invoicing
from smarterp.erp.invoicing.models import Invoice, PaymentDirection
from smarterp.erp.invoicing.schemas import PaymentIn
from smarterp.erp.purchasing import service as purchasing
from smarterp.erp.purchasing.schemas import PurchaseLineIn, PurchaseOrderIn
from smarterp.erp.sales import service as sales
from smarterp.erp.sales.schemas import SalesLineIn, SalesOrderIn
from tests import factories as f
from tests.smtp_server import free_port, running_smtp_server

D = Decimal


@dataclass
class Books:
    customer_id: int
    quotation: str
    order: str
    delivery: str
    invoice: str
    paid_invoice: str
    credit_note: str
    purchase_order: str


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages)


def embedded_fonts(pdf: bytes) -> dict[str, bool]:
    """Each font the PDF uses, and whether its glyphs are embedded in the file."""
    fonts: dict[str, bool] = {}
    for page in PdfReader(io.BytesIO(pdf)).pages:
        resources = page.get("/Resources")
        font_dict = resources.get_object().get("/Font") if resources else None
        for ref in (font_dict.get_object() if font_dict else {}).values():
            font = ref.get_object()
            descendants = font.get("/DescendantFonts")
            inner = descendants.get_object()[0].get_object() if descendants else font
            descriptor = inner.get("/FontDescriptor")
            desc = descriptor.get_object() if descriptor else {}
            embedded = any(k in desc for k in ("/FontFile", "/FontFile2", "/FontFile3"))
            fonts[str(font.get("/BaseFont"))] = embedded
    return fonts


def make_books(session: Session) -> Books:
    set_details(
        session,
        {
            "name": "Harbour Trading Ltd",
            "street": "88 Queen's Road",
            "city": "Hong Kong",
            "country": "China",
            "phone": "+852 2345 6789",
            "email": "accounts@harbour.example",
            "tax_id": "HK-556677",
            "bank_account": "HSBC 123-456789-001",
        },
    )
    cust = f.customer(
        session,
        "Wing Fat Foods",
        ref="WINGFAT",
        email="buyer@wingfat.example",
        street="1 Nathan Road",
        city="Kowloon",
        tax_id="WF-1001",
        language="zh",
    )
    sup = f.supplier(session, "Exotic Liquids", email="orders@exotic.example")
    chai = f.product(
        session, "CHAI", price="18.00", cost="10.00", stock="100", sales_tax_code="VAT13"
    )
    chai.name_zh = "印度奶茶"
    tofu = f.product(session, "TOFU", price="23.25", cost="12.00", stock="50")

    quote = sales.create_order(
        session,
        SalesOrderIn(
            customer_id=cust.id,
            order_date=date(2026, 3, 1),
            customer_ref="PO-7781",
            lines=[SalesLineIn(product_id=chai.id, quantity=D(4))],
        ),
    )
    order = sales.create_order(
        session,
        SalesOrderIn(
            customer_id=cust.id,
            order_date=date(2026, 3, 2),
            lines=[
                SalesLineIn(product_id=chai.id, quantity=D(30), discount=D("0.1")),
                SalesLineIn(product_id=tofu.id, quantity=D(2)),
            ],
            shipping_charge=D("12.50"),
        ),
    )
    sales.confirm_order(session, order.id)
    chai_line = order.lines[0]
    delivery = sales.deliver(session, order.id, date(2026, 3, 3), {chai_line.id: D(20)})
    invoice = sales.invoice_order(session, order.id, date(2026, 3, 3))
    # A second, smaller order paid in full; its goods partly come back as a credit note.
    small = sales.create_order(
        session,
        SalesOrderIn(
            customer_id=cust.id,
            order_date=date(2026, 3, 4),
            lines=[SalesLineIn(product_id=tofu.id, quantity=D(4))],
        ),
    )
    sales.confirm_order(session, small.id)
    sales.deliver(session, small.id, date(2026, 3, 4))
    paid = sales.invoice_order(session, small.id, date(2026, 3, 4))
    invoicing.register_payment(
        session,
        PaymentIn(
            partner_id=cust.id,
            partner_role="customer",
            direction=PaymentDirection.INBOUND,
            amount=paid.amount_total,
            date=date(2026, 3, 10),
            reference="TT-20260310",
        ),
    )
    _, note = sales.return_goods(session, small.id, {small.lines[0].id: D(1)}, date(2026, 3, 12))
    assert note is not None and note.number
    po = purchasing.create_rfq(
        session,
        PurchaseOrderIn(
            supplier_id=sup.id,
            order_date=date(2026, 3, 5),
            lines=[PurchaseLineIn(product_id=chai.id, quantity=D(60), unit_price=D("9.50"))],
        ),
    )
    purchasing.confirm_order(session, po.id)
    session.flush()
    assert invoice.number and paid.number
    return Books(
        customer_id=cust.id,
        quotation=quote.number,
        order=order.number,
        delivery=delivery.number,
        invoice=invoice.number,
        paid_invoice=paid.number,
        credit_note=note.number,
        purchase_order=po.number,
    )


def _print(session: Session, kind: str, number: str, lang: str) -> str:
    doc = documents.printable(session, kind, documents.find_id(session, kind, number))
    return pdf_text(documents.pdf(doc, lang))


def test_every_document_prints_in_english(session: Session) -> None:
    books = make_books(session)
    flat = {}
    for kind, number in [
        ("quotation", books.quotation),
        ("order", books.order),
        ("delivery", books.delivery),
        ("invoice", books.invoice),
        ("credit-note", books.credit_note),
        ("purchase-order", books.purchase_order),
    ]:
        text = _print(session, kind, number, "en")
        flat[kind] = re.sub(r"\s+", " ", text)
        assert number in text, kind
        assert "Harbour Trading Ltd" in text and "HK-556677" in text, kind

    assert "Quotation" in flat["quotation"] and "PO-7781" in flat["quotation"]
    # 4 x 18.00 = 72.00 plus 13% VAT 9.36
    assert "72.00" in flat["quotation"] and "$81.36" in flat["quotation"]
    order = flat["order"]
    assert "Order confirmation" in order and "Wing Fat Foods" in order
    # 30 x 18 less 10% = 486.00; tofu 2 x 23.25 = 46.50; shipping 12.50; VAT 13% on 486 = 63.18
    for figure in ("486.00", "46.50", "12.50", "63.18", "$608.18", "10%", "Shipping"):
        assert figure in order, figure
    delivery = flat["delivery"]
    assert "Delivery note" in delivery and books.order in delivery
    assert "CHAI" in delivery and "Received in good order" in delivery
    invoice = flat["invoice"]
    # The invoice bills what was delivered: 20 chai (324.00 + VAT 42.12) and the shipping.
    assert "Invoice" in invoice and "324.00" in invoice and "42.12" in invoice
    assert "Amount due" in invoice and "HSBC 123-456789-001" in invoice
    credit = flat["credit-note"]
    assert "Credit note" in credit and "Return: Tofu" in credit and "$23.25" in credit
    assert "Purchase order" in flat["purchase-order"] and "Exotic Liquids" in flat["purchase-order"]
    assert "570.00" in flat["purchase-order"]  # 60 x 9.50


def test_chinese_documents_embed_a_cjk_font(session: Session) -> None:
    books = make_books(session)
    doc = documents.printable(
        session, "invoice", documents.find_id(session, "invoice", books.invoice)
    )
    assert doc.language == "zh"  # the customer's own language is the default
    pdf = documents.pdf(doc)
    text = pdf_text(pdf)
    for words in ("发票", "收票方", "到期日", "合计", "应付余额", "感谢惠顾", "印度奶茶"):
        assert words in text, words
    assert books.invoice in text and "324.00" in text
    fonts = embedded_fonts(pdf)
    cjk = [name for name in fonts if "CJK" in name]
    assert cjk, fonts
    assert all(fonts.values()), fonts  # every font travels inside the file
    english = documents.pdf(doc, "en")
    assert "发票" not in pdf_text(english) and "Invoice" in pdf_text(english)


def test_statement_balances_with_the_open_items(session: Session) -> None:
    books = make_books(session)
    doc = documents.statement(
        session, "WINGFAT", date_from=date(2026, 3, 3), date_to=date(2026, 3, 31)
    )
    invoices = session.scalars(select(Invoice).where(Invoice.partner_id == books.customer_id)).all()
    open_items = sum(
        (i.amount_residual_company * (1 if i.kind == "out_invoice" else -1))
        for i in invoices
        if i.state == "posted"
    )
    assert doc.totals[-1][1] == open_items
    kinds = [e.kind for e in doc.entries]
    assert kinds.count("invoice") == 2 and "payment" in kinds and "credit_note" in kinds
    text = re.sub(r"\s+", " ", pdf_text(documents.pdf(doc, "en")))
    assert "Statement of account" in text and "TT-20260310" in text
    assert books.invoice in text and books.credit_note in text
    assert "Open items" in text
    zh = pdf_text(documents.pdf(doc, "zh"))
    assert "对账单" in zh and "期初余额" in zh


def test_states_that_cannot_print_are_refused(session: Session) -> None:
    books = make_books(session)
    with pytest.raises(IllegalState, match="is confirmed; cannot print a quotation"):
        documents.printable(session, "quotation", documents.find_id(session, "order", books.order))
    with pytest.raises(IllegalState, match="is draft; cannot print an order confirmation"):
        documents.printable(session, "order", documents.find_id(session, "order", books.quotation))
    with pytest.raises(NotFound, match="invoice 'INV/NOPE'"):
        documents.find_id(session, "invoice", "INV/NOPE")
    with pytest.raises(NotFound, match="credit note"):
        documents.printable(
            session, "credit-note", documents.find_id(session, "invoice", books.invoice)
        )
    with pytest.raises(InvalidInput, match="'receipt' is not a document"):
        documents.find_id(session, "receipt", "X")
    with pytest.raises(InvalidInput, match="'fr' is not a document language"):
        doc = documents.printable(
            session, "invoice", documents.find_id(session, "invoice", books.invoice)
        )
        documents.pdf(doc, "fr")


def _smtp(port: int) -> Settings:
    return Settings(smtp_host="127.0.0.1", smtp_port=port, smtp_from="accounts@harbour.example")


def test_sending_an_invoice_delivers_the_pdf_and_records_it(session: Session) -> None:
    books = make_books(session)
    doc = documents.printable(
        session, "invoice", documents.find_id(session, "invoice", books.invoice)
    )
    with running_smtp_server() as server:
        sent = documents.send(session, doc, language="en", settings=_smtp(server.port))
    assert len(server.messages) == 1
    got = server.messages[0]
    assert got.recipients == ["buyer@wingfat.example"]
    assert got.message["Subject"] == f"Invoice {books.invoice} from Harbour Trading Ltd"
    body = got.message.get_body(("plain",))
    assert body is not None and "Wing Fat Foods" in body.get_content()
    (attachment,) = list(got.message.iter_attachments())
    assert attachment.get_filename() == sent.filename
    assert attachment.get_content_type() == "application/pdf"
    text = pdf_text(attachment.get_content())
    assert books.invoice in text and "324.00" in text

    session.flush()
    message = session.get(Message, sent.message_record_id)
    assert message is not None and message.direction == "out"
    assert message.partner_id == books.customer_id and message.about_type == "invoice"
    assert message.external_id == got.message["Message-ID"]
    # Audit records are held back until the commit (core.audit): read them where they wait.
    trail: list[AuditRecord] = session.info.get(PENDING, [])
    sends = [r for r in trail if r.action == "invoice.send"]
    assert len(sends) == 1 and sends[0].entity_id == doc.record_id
    assert "buyer@wingfat.example" in (sends[0].reason or "")


def test_sending_in_chinese_with_own_recipient_and_text(session: Session) -> None:
    books = make_books(session)
    doc = documents.statement(session, books.customer_id, date_to=date(2026, 3, 31))
    draft = documents.email_draft(doc)
    assert draft.language == "zh" and "对账单" in draft.subject and "应付余额" in draft.body
    with running_smtp_server() as server:
        documents.send(
            session,
            doc,
            to=["finance@wingfat.example"],
            subject="March statement",
            body="Attached.",
            settings=_smtp(server.port),
        )
    got = server.messages[0]
    assert got.recipients == ["finance@wingfat.example"]
    assert got.message["Subject"] == "March statement"
    (attachment,) = list(got.message.iter_attachments())
    assert "对账单" in pdf_text(attachment.get_content())


def test_refused_smtp_records_nothing(session: Session) -> None:
    books = make_books(session)
    session.flush()
    doc = documents.printable(session, "order", documents.find_id(session, "order", books.order))
    before = session.scalars(select(Message.id)).all()
    with pytest.raises(MailError, match="connection refused"):
        documents.send(session, doc, settings=_smtp(free_port()))
    with running_smtp_server(user="clerk", password="right") as server:
        bad_login = Settings(
            smtp_host="127.0.0.1",
            smtp_port=server.port,
            smtp_from="accounts@harbour.example",
            smtp_user="clerk",
            smtp_password="wrong",
        )
        with pytest.warns(UserWarning), pytest.raises(MailError, match="refused the login"):
            documents.send(session, doc, settings=bad_login)
    assert server.messages == []
    assert session.scalars(select(Message.id)).all() == before
    doc.email = None  # a customer without an address, and no --to given
    with pytest.raises(InvalidInput, match="no recipient: Wing Fat Foods has no email"):
        documents.send(session, doc, to=[" "], settings=_smtp(1))
    pending: list[AuditRecord] = session.info.get(PENDING, [])
    assert not [r for r in pending if r.action.endswith(".send")]
