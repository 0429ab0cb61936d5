"""The permission table: every permission names real roles, and admins hold them all."""

from __future__ import annotations

import pytest

from smarterp.core.permissions import PERMISSIONS, Role, allowed


def test_admin_holds_every_permission() -> None:
    assert all(allowed(Role.ADMIN, p) for p in PERMISSIONS)


def test_viewer_writes_nothing() -> None:
    # Asking only reads; act.use only proposes (each operation's own right is checked).
    reads = (".read", ".financial", ".operational", "ask.use", "act.use")
    writes = [p for p in PERMISSIONS if not p.endswith(reads)]
    assert writes and not any(allowed(Role.VIEWER, p) for p in writes)


def test_sales_clerk_cannot_pay_or_post_entries() -> None:
    assert allowed("sales", "sales.write")
    assert not allowed("sales", "payments.write")
    assert not allowed("sales", "journal.write")


def test_unknown_permission_is_a_clear_error() -> None:
    with pytest.raises(KeyError, match="unknown permission 'sales.fly'"):
        allowed(Role.SALES, "sales.fly")
