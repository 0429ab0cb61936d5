"""Outgoing mail against a real SMTP server started by the test (aiosmtpd)."""

from __future__ import annotations

from typing import Any

import pytest

from smarterp.core.errors import InvalidInput
from smarterp.core.mail import Attachment, MailError, OutgoingMail, send_mail
from smarterp.core.settings import Settings
from tests.smtp_server import free_port, running_smtp_server


def _settings(port: int, **extra: Any) -> Settings:
    values: dict[str, Any] = {"smtp_host": "127.0.0.1", "smtp_port": port}
    return Settings.model_validate({**values, "smtp_from": "books@example.com", **extra})


def _mail(**extra: object) -> OutgoingMail:
    values: dict[str, object] = {
        "to": ["Ann Buyer <ann@customer.example>"],
        "subject": "Invoice INV/1",
        "body": "Please find the invoice attached.\n",
        "attachments": [Attachment("INV-1.pdf", b"%PDF-1.7 test bytes")],
    }
    values.update(extra)
    return OutgoingMail(**values)  # type: ignore[arg-type]


def test_message_with_attachment_reaches_the_server() -> None:
    with running_smtp_server() as server:
        sent = send_mail(_mail(cc=["boss@customer.example"]), settings=_settings(server.port))
    assert len(server.messages) == 1
    got = server.messages[0]
    assert got.sender == "books@example.com"
    assert sorted(got.recipients) == ["ann@customer.example", "boss@customer.example"]
    assert got.message["Subject"] == "Invoice INV/1"
    assert got.message["Message-ID"] == sent.message_id
    body = got.message.get_body(("plain",))
    assert body is not None and "invoice attached" in body.get_content()
    attachments = list(got.message.iter_attachments())
    assert [a.get_filename() for a in attachments] == ["INV-1.pdf"]
    assert attachments[0].get_content_type() == "application/pdf"
    assert attachments[0].get_content() == b"%PDF-1.7 test bytes"


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")
def test_login_accepted_and_refused() -> None:
    with running_smtp_server(user="clerk", password="s3cret") as server:
        send_mail(
            _mail(), settings=_settings(server.port, smtp_user="clerk", smtp_password="s3cret")
        )
        with pytest.raises(MailError, match="refused the login for user 'clerk'"):
            send_mail(
                _mail(), settings=_settings(server.port, smtp_user="clerk", smtp_password="wrong")
            )
    assert len(server.messages) == 1


def test_nothing_listening_names_host_and_port() -> None:
    port = free_port()
    with pytest.raises(MailError, match=f"127.0.0.1:{port}.*connection refused"):
        send_mail(_mail(), settings=_settings(port))


def test_unknown_host_is_named() -> None:
    settings = Settings(smtp_host="no-such-host.invalid", smtp_port=25, smtp_from="a@example.com")
    with pytest.raises(MailError, match="'no-such-host.invalid' not found"):
        send_mail(_mail(), settings=settings)


@pytest.mark.parametrize(
    ("mail", "field"),
    [
        (_mail(to=[]), "to"),
        (_mail(to=["  "]), "to"),
        (_mail(to=["not an address"]), "to"),
        (_mail(cc=["x@"]), "cc"),
        (_mail(subject=" "), "subject"),
    ],
)
def test_bad_message_refused_before_connecting(mail: OutgoingMail, field: str) -> None:
    # Port 1: nothing listens there, so reaching the network would fail differently.
    with pytest.raises(InvalidInput) as caught:
        send_mail(mail, settings=_settings(1))
    assert caught.value.details["field"] == field


def test_missing_settings_named() -> None:
    with pytest.raises(InvalidInput, match="SMARTERP_SMTP_HOST"):
        send_mail(_mail(), settings=Settings(smtp_host=None, smtp_from="a@example.com"))
    with pytest.raises(InvalidInput, match="SMARTERP_SMTP_FROM"):
        send_mail(_mail(), settings=Settings(smtp_host="127.0.0.1", smtp_from=None))


def test_starttls_not_offered_is_named() -> None:
    with (
        running_smtp_server() as server,
        pytest.raises(MailError, match="does not offer STARTTLS"),
    ):
        send_mail(_mail(), settings=_settings(server.port, smtp_starttls=True))
    assert server.messages == []
