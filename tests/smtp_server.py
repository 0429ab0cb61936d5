"""A real SMTP server for tests (aiosmtpd): keeps every message it accepts, checks logins."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


@dataclass
class Received:
    """One message as the server got it."""

    sender: str
    recipients: list[str]
    message: EmailMessage


@dataclass
class _Inbox:
    messages: list[Received] = field(default_factory=list)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        parsed = message_from_bytes(envelope.original_content, policy=policy.default)
        assert isinstance(parsed, EmailMessage)
        self.messages.append(Received(envelope.mail_from, list(envelope.rcpt_tos), parsed))
        return "250 OK"


@dataclass
class SmtpServer:
    """Where the test server listens and what it received."""

    host: str
    port: int
    inbox: _Inbox

    @property
    def messages(self) -> list[Received]:
        return self.inbox.messages


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def running_smtp_server(
    *, user: str | None = None, password: str | None = None
) -> Iterator[SmtpServer]:
    """Start an SMTP server on a free local port; with a user, it asks for that login."""
    inbox = _Inbox()

    def authenticate(server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> Any:
        ok = isinstance(data, LoginPassword) and (
            data.login.decode() == user and data.password.decode() == password
        )
        return AuthResult(success=ok, handled=False)

    options: dict[str, Any] = {}
    if user is not None:
        options = {
            "authenticator": authenticate,
            "auth_required": True,
            "auth_require_tls": False,
        }
    port = free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port, **options)
    controller.start()
    try:
        yield SmtpServer("127.0.0.1", port, inbox)
    finally:
        controller.stop()
