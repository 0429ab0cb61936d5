"""Ingesting documents into the books' database: each stored once, bad ones skipped, orders read."""

from __future__ import annotations

import email.message
import mailbox
import shutil
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from smarterp.core.db import unit_of_work
from smarterp.intel.docs.catalogue import load_catalogue
from smarterp.intel.docs.extract import OrderReader
from smarterp.intel.docs.models import Document, DocumentAttachment
from smarterp.intel.docs.sources import MAX_ATTACHMENT_BYTES, OUTSIDE_ROOTS, read_paths
from smarterp.intel.docs.store import IngestSummary, ingest
from tests import factories

DOCS = Path(__file__).resolve().parent.parent / "data" / "docs"


def build_company(session: Session) -> dict[str, int]:
    """Two customers with their contacts, a supplier, and two products, through the services."""
    alfreds = factories.customer(
        session, "Alfreds Futterkiste", ref="ALFKI", contact_name="Maria Anders", city="Berlin"
    )
    horn = factories.customer(
        session, "Around the Horn", ref="AROUT", contact_name="Thomas Hardy", city="London"
    )
    exotic = factories.supplier(session, "Exotic Liquids Ltd.", contact_name="Charlotte Cooper")
    chai = factories.product(
        session, "CHAI", name="Chai", unit_description="10 boxes x 20 bags", supplier_id=exotic.id
    )
    syrup = factories.product(
        session,
        "SYRUP",
        name="Aniseed Syrup",
        unit_description="12 - 550 ml bottles",
        supplier_id=exotic.id,
    )
    return {
        "alfreds": alfreds.id,
        "horn": horn.id,
        "exotic": exotic.id,
        "chai": chai.id,
        "syrup": syrup.id,
    }


def minimal_pdf(lines: list[str]) -> bytes:
    """A small valid PDF with a text layer, written by hand (no binary fixture needed)."""
    text_ops = " ".join(f"({line}) Tj T*" for line in lines)
    stream = f"BT /F1 12 Tf 14 TL 72 720 Td {text_ops} ET".encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def _ingest(engine: Engine, paths: list[Path]) -> IngestSummary:
    with unit_of_work(engine, actor="test") as session:
        reader = OrderReader(load_catalogue(session))
        return ingest(session, read_paths(paths), reader)


@pytest.fixture
def company(engine: Engine) -> dict[str, int]:
    with unit_of_work(engine, actor="test") as session:
        return build_company(session)


def test_ingest_every_kind_once(engine: Engine, company: dict[str, int], tmp_path: Path) -> None:
    folder = tmp_path / "in"
    shutil.copytree(DOCS, folder)
    (folder / "price_list.pdf").write_bytes(
        minimal_pdf(["INVOICE No. EX-2025-0099", "Total: USD 99.00", "Payment due 2025-04-30"])
    )
    first = _ingest(engine, [folder])
    reasons = {Path(s.source).name: s.reason for s in first.skipped}
    assert reasons == {
        "emails.jsonl:3": "not JSON: Expecting value",
        "emails.jsonl:4": "empty body",
        "empty.txt": "empty file",
        "latin1_unknown.txt": "unknown text encoding (not UTF-8, UTF-16 or GB18030)",
        "inbox.mbox#3": "unknown text encoding 'x-unknown-charset'",
    }
    assert len(first.added) == 10 and first.existing == []
    again = _ingest(engine, [folder])
    assert again.added == [] and sorted(again.existing) == sorted(first.added)
    with Session(engine) as session:
        assert session.scalar(select(func.count(Document.id))) == 10
        kinds = dict(
            session.execute(select(Document.kind, func.count()).group_by(Document.kind)).all()
        )
        assert kinds == {"email": 5, "chat": 2, "contract": 1, "invoice": 2}
        order = session.scalars(
            select(Document).where(Document.external_id == "<order-1@alfreds.example>")
        ).one()
        assert order.intent == "new_order" and order.partner_id == company["alfreds"]
        assert order.thread_key == "order for next week" and order.language == "en"
        assert order.extraction is not None
        assert order.extraction["lines"][0]["product"] == "Chai"
        assert order.extraction["requested_date"] == "2025-03-14"
        attachment = session.scalars(select(DocumentAttachment)).one()
        assert attachment.filename == "notes.txt" and "back door" in (attachment.text or "")
        chinese = session.scalars(select(Document).where(Document.subject == "订货")).one()
        assert chinese.language == "zh" and chinese.partner_id == company["horn"]
        assert (
            chinese.extraction is not None and chinese.extraction["requested_date"] == "2025-03-12"
        )
        pdf = session.scalars(select(Document).where(Document.source.like("%price_list.pdf"))).one()
        assert pdf.kind == "invoice" and pdf.extraction is not None
        assert pdf.extraction["total"] == ["99.00", "USD"] and pdf.extraction["due"] == "2025-04-30"
        contract = session.scalars(select(Document).where(Document.kind == "contract")).one()
        assert contract.extraction is not None
        assert contract.extraction["valid_until"] == "2025-12-31"
        assert "penalty" in (contract.extraction["penalty"] or "")


def test_same_message_from_eml_and_jsonl_is_one_document(
    engine: Engine, company: dict[str, int], tmp_path: Path
) -> None:
    (tmp_path / "a.jsonl").write_text(
        '{"id": "x1", "from": "Maria Anders <maria.anders@alfreds.example>", '
        '"subject": "Order", "date": "2025-03-03", "body": "Please send 3 cases of Chai."}\n',
        encoding="utf-8",
    )
    msg = email.message.EmailMessage()
    msg["From"] = "Maria Anders <maria.anders@alfreds.example>"
    msg["Subject"] = "Order"
    msg["Date"] = "Mon, 03 Mar 2025 10:00:00 +0000"
    msg.set_content("Please send 3 cases of Chai.")
    (tmp_path / "a.eml").write_bytes(bytes(msg))
    summary = _ingest(engine, [tmp_path / "a.jsonl", tmp_path / "a.eml"])
    assert len(summary.added) == 1 and len(summary.existing) == 1


def test_huge_attachment_is_recorded_without_content(
    engine: Engine, company: dict[str, int], tmp_path: Path
) -> None:
    msg = email.message.EmailMessage()
    msg["From"] = "Thomas Hardy <thomas@around-the-horn.example>"
    msg["Subject"] = "Catalogue"
    msg.set_content("See the attached scan.")
    msg.add_attachment(
        b"\0" * (MAX_ATTACHMENT_BYTES + 1),
        maintype="application",
        subtype="octet-stream",
        filename="scan.bin",
    )
    box = mailbox.mbox(str(tmp_path / "big.mbox"))
    box.add(msg)
    box.close()
    summary = _ingest(engine, [tmp_path / "big.mbox"])
    assert len(summary.added) == 1
    with Session(engine) as session:
        att = session.scalars(select(DocumentAttachment)).one()
        assert att.size == MAX_ATTACHMENT_BYTES + 1 and att.text is None
        assert att.skipped is not None and att.skipped.startswith("too large")


def test_missing_path_is_reported(engine: Engine, tmp_path: Path) -> None:
    summary = _ingest(engine, [tmp_path / "nowhere"])
    assert [s.reason for s in summary.skipped] == ["no such file or folder"]


def test_links_out_of_the_given_folders_are_not_followed(
    engine: Engine, company: dict[str, int], tmp_path: Path
) -> None:
    private = tmp_path / "private"
    private.mkdir()
    (private / "payroll.txt").write_text("Salaries 2025: the director earns 250,000.\n")
    shared = tmp_path / "shared"
    shared.mkdir()
    (shared / "terms.txt").write_text("Terms and conditions of supply: payment in 30 days.\n")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "note.txt").write_text("Please call Maria about the order for next week.\n")
    (folder / "payroll.txt").symlink_to(private / "payroll.txt")
    (folder / "terms.txt").symlink_to(shared / "terms.txt")  # into another given folder
    box = folder / "box"
    for sub in ("cur", "new", "tmp"):
        (box / sub).mkdir(parents=True)
    (private / "mail").write_bytes(b"From: boss@example.com\nSubject: payroll\n\nconfidential\n")
    (box / "new" / "1700000000.1.host").symlink_to(private / "mail")

    summary = _ingest(engine, [folder, shared, box])
    skipped = {s.source: s.reason for s in summary.skipped}
    assert skipped == {
        str(folder / "payroll.txt"): OUTSIDE_ROOTS,
        f"{box}#1700000000.1.host": OUTSIDE_ROOTS,
    }
    with Session(engine) as session:
        bodies = " ".join(session.scalars(select(Document.body)))
    assert "Maria" in bodies and "Terms and conditions" in bodies
    assert "250,000" not in bodies and "confidential" not in bodies
    # A file named on its own is the user's choice, link or not.
    named = _ingest(engine, [folder / "payroll.txt"])
    assert len(named.added) == 1 and named.skipped == []
