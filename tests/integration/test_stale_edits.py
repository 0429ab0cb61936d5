"""Optimistic concurrency with the reason: two people save a record from the same version at
the same moment; the second waits for the first and is refused naming who changed what, on
SQLite and PostgreSQL, and nothing of the second save is written."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import Engine

from smarterp.core.db import unit_of_work
from smarterp.core.errors import Conflict
from smarterp.erp.partners.schemas import PartnerIn, PartnerUpdate
from smarterp.erp.partners.service import create_partner, get_partner, update_partner


def test_two_saves_from_one_version_at_once_let_only_the_first_through(engine: Engine) -> None:
    with unit_of_work(engine, actor="test") as s:
        pid = create_partner(s, PartnerIn(name="Around the Horn", is_customer=True)).id
    outcome: dict[str, BaseException | None] = {}

    def second() -> None:
        # Starts while the first save's transaction is still open.
        try:
            with unit_of_work(engine, actor="tom") as s:
                update_partner(s, pid, PartnerUpdate(version=1, city="Paris"))
            outcome["tom"] = None
        except BaseException as exc:  # recorded for the main thread to check
            outcome["tom"] = exc

    with unit_of_work(engine, actor="maria") as s:
        update_partner(s, pid, PartnerUpdate(version=1, city="London"))
        thread = threading.Thread(target=second)
        thread.start()
        thread.join(timeout=1.0)  # Tom is held back by Maria's open transaction
        assert thread.is_alive()
    thread.join(timeout=30)
    assert not thread.is_alive()
    refused = outcome["tom"]
    assert isinstance(refused, Conflict), refused
    assert refused.message.startswith("partner Around the Horn was changed by maria at ")
    assert "(city)" in refused.message
    with unit_of_work(engine, actor="test") as s:
        p = get_partner(s, pid)
        assert (p.city, p.version) == ("London", 2)


@pytest.mark.parametrize("fields", [{"name": None}, {"payment_term_days": None}])
def test_a_required_field_is_not_emptied(engine: Engine, fields: dict[str, object]) -> None:
    with unit_of_work(engine, actor="test") as s:
        pid = create_partner(s, PartnerIn(name="Around the Horn", is_customer=True)).id
    with (
        pytest.raises(Exception, match="cannot be emptied|must not be blank"),
        unit_of_work(engine, actor="test") as s,
    ):
        update_partner(s, pid, PartnerUpdate(version=1, **fields))  # type: ignore[arg-type]
