"""Domain errors: their messages name the record, field and reason, with codes and statuses."""

from __future__ import annotations

import pytest

from smarterp.core.errors import (
    Conflict,
    DomainError,
    IllegalState,
    InsufficientStock,
    InvalidInput,
    NotFound,
    PeriodLocked,
    Unbalanced,
)


def test_not_found_names_the_entity_and_key() -> None:
    err = NotFound("product", 42)
    assert str(err) == "product 42 does not exist"
    assert err.to_dict() == {
        "code": "not_found",
        "message": "product 42 does not exist",
        "details": {"entity": "product", "key": 42},
    }
    assert err.status == 404


def test_invalid_input_names_record_field_and_reason() -> None:
    err = InvalidInput("quantity", "must be more than zero", record="SO00001")
    assert err.message == "SO00001: quantity: must be more than zero"
    assert err.details == {
        "field": "quantity",
        "reason": "must be more than zero",
        "record": "SO00001",
    }
    assert (err.code, err.status) == ("invalid_input", 422)
    assert InvalidInput("sku", "taken").message == "sku: taken"


def test_illegal_state_says_what_cannot_be_done() -> None:
    err = IllegalState("sales order SO00001", "draft", "deliver it")
    assert err.message == "sales order SO00001 is draft; cannot deliver it"
    assert err.details["state"] == "draft"
    assert (err.code, err.status) == ("illegal_state", 409)


@pytest.mark.parametrize(
    ("cls", "code", "status"),
    [
        (Conflict, "conflict", 409),
        (InsufficientStock, "insufficient_stock", 409),
        (PeriodLocked, "period_locked", 409),
        (Unbalanced, "unbalanced_entry", 422),
        (DomainError, "domain_error", 400),
    ],
)
def test_every_error_is_a_domain_error_with_its_code(
    cls: type[DomainError], code: str, status: int
) -> None:
    err = cls("something broke", details={"field": "x"})
    assert isinstance(err, DomainError)
    assert err.to_dict() == {"code": code, "message": "something broke", "details": {"field": "x"}}
    assert err.status == status
    assert cls("no details").details == {}
