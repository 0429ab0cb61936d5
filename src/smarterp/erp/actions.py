"""Action tables: which actions a kind of document offers, the permission each takes, whether
the document allows it now (and why not) and the use-case that takes it. The services refuse
through the table; the API, the web pages and the CLI list and offer actions from it."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import Enum
from typing import Generic, TypeVar

from pydantic import BaseModel
from sqlalchemy.orm import Session

from smarterp.core.errors import DomainError, IllegalState, InvalidInput
from smarterp.core.permissions import Role
from smarterp.core.permissions import allowed as role_holds

# The words of every refusal for the document's condition; the same as IllegalState's message.
ILLEGAL = "{what} {number} is {state}; cannot {action}"


@dataclass(frozen=True)
class Verdict:
    """Whether an action is allowed on a document now and, when not, why.

    The reason is an English template with its values; the web translates both through its
    catalogue (a number or a name has no translation and stays as it is)."""

    allowed: bool
    template: str = ""
    values: Mapping[str, str] = dataclasses.field(default_factory=dict)
    # Refused for the input it would work on (nothing left to do): InvalidInput on this field.
    # None: refused for the document's condition, IllegalState.
    field: str | None = None
    # False when the document's state has no place for the action at all (a page hides it);
    # True with allowed False: it belongs here but cannot be taken now (a page disables it).
    in_state: bool = True

    @property
    def reason(self) -> str:
        return self.template.format(**self.values) if not self.allowed else ""

    def reason_in(self, translate: Callable[[str], str]) -> str:
        if self.allowed:
            return ""
        return translate(self.template).format(
            **{key: translate(value) for key, value in self.values.items()}
        )

    def error(self) -> DomainError:
        if self.field is not None:
            return InvalidInput(self.field, self.reason)
        v = self.values
        return IllegalState(f"{v['what']} {v['number']}", v["state"], v["action"])


ALLOWED = Verdict(True)


@dataclass(frozen=True)
class Illegal:
    """The document is in a condition (`state`, e.g. "partly delivered") that forbids it."""

    state: str
    action: str


@dataclass(frozen=True)
class Nothing:
    """The document has nothing for the action to work on; `template` says so."""

    field: str
    template: str
    values: Mapping[str, str] = dataclasses.field(default_factory=dict)


Doc = TypeVar("Doc")
Refusal = Illegal | Nothing
Guard = Callable[[Session, Doc], Refusal | None]
# One click with the defaults (everything open, today): session, id, date, why (for the trail).
Run = Callable[[Session, int, date, str | None], object]


@dataclass(frozen=True)
class Action(Generic[Doc]):
    name: str
    label: str  # the words on a button
    permission: str
    states: frozenset[Enum]  # the states the action belongs to
    verb: str  # what a refusal says cannot be done: "deliver it"
    guard: Guard[Doc] | None = None  # the rest of the rule, once the state fits
    run: Run | None = None  # None: the action needs input (quantities) beyond the defaults
    primary: bool = True
    confirm: str | None = None  # a question to ask before taking it


class ActionOut(BaseModel):
    """One action on one document, as seen by one role."""

    name: str
    permission: str
    permitted: bool  # the role holds the permission
    allowed: bool  # the document allows it now and the role may take it
    reason: str | None  # why not, when not allowed


class ActionTable(Generic[Doc]):
    """The actions of one kind of document, in the order a person would take them."""

    def __init__(
        self, what: str, number: Callable[[Doc], str], actions: Sequence[Action[Doc]]
    ) -> None:
        self.what = what  # "sales order", in refusals
        self._number = number
        self._actions = {a.name: a for a in actions}

    def __getitem__(self, name: str) -> Action[Doc]:
        return self._actions[name]

    def __iter__(self) -> Iterator[Action[Doc]]:
        return iter(self._actions.values())

    def verdict(
        self, session: Session, doc: Doc, name: str, *, state_only: bool = False
    ) -> Verdict:
        """Whether `name` is allowed on `doc` now; `state_only` skips what it would work on."""
        action = self._actions[name]
        state = getattr(doc, "state")  # noqa: B009 - every document with actions has a state
        if state not in action.states:
            return self._illegal(doc, Illegal(state.value, action.verb), in_state=False)
        refusal = None if state_only or action.guard is None else action.guard(session, doc)
        if refusal is None:
            return ALLOWED
        if isinstance(refusal, Illegal):
            return self._illegal(doc, refusal, in_state=True)
        values = {"number": self._number(doc), **refusal.values}
        return Verdict(False, refusal.template, values, field=refusal.field)

    def _illegal(self, doc: Doc, refusal: Illegal, *, in_state: bool) -> Verdict:
        values = {
            "what": self.what,
            "number": self._number(doc),
            "state": refusal.state,
            "action": refusal.action,
        }
        return Verdict(False, ILLEGAL, values, in_state=in_state)

    def require(self, session: Session, doc: Doc, name: str, *, state_only: bool = False) -> None:
        """Raise the refusal's domain error unless `name` is allowed on `doc` now."""
        verdict = self.verdict(session, doc, name, state_only=state_only)
        if not verdict.allowed:
            raise verdict.error()

    def listing(self, session: Session, doc: Doc, role: Role | str | None) -> list[ActionOut]:
        """Every action with whether `role` may take it now (None: no role, as on the CLI)."""
        out = []
        for action in self:
            verdict = self.verdict(session, doc, action.name)
            permitted = role is None or role_holds(role, action.permission)
            reason = verdict.reason or None
            if reason is None and not permitted:
                reason = f"role {role} may not use {action.permission}"
            out.append(
                ActionOut(
                    name=action.name,
                    permission=action.permission,
                    permitted=permitted,
                    allowed=verdict.allowed and permitted,
                    reason=reason,
                )
            )
        return out
