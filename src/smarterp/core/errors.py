"""Domain errors: each names the record, the field and the reason, and maps to an HTTP status."""

from __future__ import annotations

from typing import Any


class DomainError(Exception):
    """A rule of the books was broken; nothing was written."""

    code = "domain_error"
    status = 400

    def __init__(self, message: str, *, details: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.details = details or {}

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "message": self.message, "details": self.details}


class NotFound(DomainError):
    code = "not_found"
    status = 404

    def __init__(self, entity: str, key: Any) -> None:
        super().__init__(f"{entity} {key!r} does not exist", details={"entity": entity, "key": key})


class InvalidInput(DomainError):
    code = "invalid_input"
    status = 422

    def __init__(self, field: str, reason: str, *, record: str | None = None) -> None:
        where = f"{record}: " if record else ""
        super().__init__(
            f"{where}{field}: {reason}",
            details={"field": field, "reason": reason, "record": record},
        )


class IllegalState(DomainError):
    code = "illegal_state"
    status = 409

    def __init__(self, record: str, state: str, action: str) -> None:
        super().__init__(
            f"{record} is {state}; cannot {action}",
            details={"record": record, "state": state, "action": action},
        )


class Conflict(DomainError):
    code = "conflict"
    status = 409


class InsufficientStock(DomainError):
    code = "insufficient_stock"
    status = 409


class PeriodLocked(DomainError):
    code = "period_locked"
    status = 409


class Unbalanced(DomainError):
    code = "unbalanced_entry"
    status = 422
