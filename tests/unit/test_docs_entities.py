"""Numbers, amounts and dates found in a document's text: what a supplier's invoice is matched
by."""

from __future__ import annotations

import pytest

from smarterp.intel.docs.entities import find_entities


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Please find attached Invoice No. INV-2025-0042 for PO00121.", "INV-2025-0042"),
        ("发票号：FP20250001，金额885.91", "FP20250001"),
        ("附件是PO00121对应的发票（票号S019-2500146），金额885.91", "S019-2500146"),
    ],
)
def test_an_invoice_number_by_its_label(text: str, number: str) -> None:
    found = [e.value for e in find_entities(text) if e.kind == "invoice_no"]
    assert found == [number]


def test_an_order_number_is_no_invoice_number() -> None:
    assert not [
        e for e in find_entities("Your order PO00121 ships Friday") if e.kind == "invoice_no"
    ]
