"""Outgoing email over SMTP (SMARTERP_SMTP_*): one message with attachments, or a clear error."""

from __future__ import annotations

import smtplib
import socket
import ssl
from dataclasses import dataclass, field
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import formatdate, make_msgid, parseaddr

from smarterp.core.errors import DomainError, InvalidInput
from smarterp.core.settings import Settings, get_settings


class MailError(DomainError):
    """The SMTP server could not be reached or did not take the message; nothing was sent."""

    code = "mail_failed"
    status = 502


@dataclass(frozen=True)
class Attachment:
    """A file sent with a message."""

    filename: str
    content: bytes
    mime_type: str = "application/pdf"


@dataclass(frozen=True)
class OutgoingMail:
    """What to send: recipients, subject, plain-text body and attachments."""

    to: list[str]
    subject: str
    body: str
    attachments: list[Attachment] = field(default_factory=list)
    cc: list[str] = field(default_factory=list)
    reply_to: str | None = None
    # Overrides SMARTERP_SMTP_FROM for this message (e.g. a salesperson's own address).
    sender: str | None = None


@dataclass(frozen=True)
class SentMail:
    """What the SMTP server accepted."""

    message_id: str
    sender: str
    recipients: list[str]
    subject: str
    mime: bytes


@dataclass(frozen=True)
class SmtpConfig:
    """Where and how to connect, read from settings."""

    host: str
    port: int
    user: str | None
    password: str | None
    sender: str
    starttls: bool
    use_ssl: bool
    timeout: float


def smtp_config(settings: Settings | None = None) -> SmtpConfig:
    """The SMTP settings, refused by name when the host or the sender is missing."""
    settings = settings or get_settings()
    if not settings.smtp_host:
        raise InvalidInput(
            "SMARTERP_SMTP_HOST", "not set: name the SMTP server that sends the company's mail"
        )
    if not settings.smtp_from:
        raise InvalidInput(
            "SMARTERP_SMTP_FROM", "not set: the address mail is sent from, e.g. sales@example.com"
        )
    if settings.smtp_ssl and settings.smtp_starttls:
        raise InvalidInput(
            "SMARTERP_SMTP_STARTTLS", "cannot be used with SMARTERP_SMTP_SSL; choose one of them"
        )
    port = settings.smtp_port or (
        465 if settings.smtp_ssl else 587 if settings.smtp_starttls else 25
    )
    return SmtpConfig(
        host=settings.smtp_host,
        port=port,
        user=settings.smtp_user or None,
        password=settings.smtp_password or None,
        sender=settings.smtp_from,
        starttls=settings.smtp_starttls,
        use_ssl=settings.smtp_ssl,
        timeout=settings.smtp_timeout_seconds,
    )


def checked_address(value: str, field_name: str) -> str:
    """One email address, or InvalidInput naming the field."""
    text = value.strip()
    _, address = parseaddr(text)
    if not address or "@" not in address or any(c.isspace() for c in address):
        raise InvalidInput(field_name, f"{value!r} is not an email address")
    local, _, domain = address.rpartition("@")
    try:
        Address(username=local, domain=domain)
    except (ValueError, IndexError) as exc:
        raise InvalidInput(field_name, f"{value!r} is not an email address") from exc
    if not local or "." not in domain.strip("."):
        raise InvalidInput(field_name, f"{value!r} is not an email address")
    return text


def checked_recipients(mail: OutgoingMail) -> tuple[list[str], list[str]]:
    """The message's To and Cc addresses, each checked; the subject must say something."""
    if not [a for a in mail.to if a.strip()]:
        raise InvalidInput("to", "no recipient: give at least one email address")
    to = [checked_address(a, "to") for a in mail.to if a.strip()]
    cc = [checked_address(a, "cc") for a in mail.cc if a.strip()]
    if not mail.subject.strip():
        raise InvalidInput("subject", "must not be empty")
    return to, cc


def build_message(mail: OutgoingMail, sender: str) -> EmailMessage:
    """The MIME message: plain-text body and each attachment; addresses checked by name."""
    to, cc = checked_recipients(mail)
    message = EmailMessage()
    message["From"] = checked_address(sender, "from")
    message["To"] = ", ".join(to)
    if cc:
        message["Cc"] = ", ".join(cc)
    if mail.reply_to:
        message["Reply-To"] = checked_address(mail.reply_to, "reply_to")
    message["Subject"] = mail.subject.strip()
    message["Date"] = formatdate(localtime=False, usegmt=True)
    domain = parseaddr(sender)[1].rpartition("@")[2] or None
    message["Message-ID"] = make_msgid(domain=domain)
    message.set_content(mail.body or "")
    for attachment in mail.attachments:
        maintype, _, subtype = attachment.mime_type.partition("/")
        message.add_attachment(
            attachment.content,
            maintype=maintype or "application",
            subtype=subtype or "octet-stream",
            filename=attachment.filename,
        )
    return message


def send_mail(mail: OutgoingMail, *, settings: Settings | None = None) -> SentMail:
    """Send one message through the configured SMTP server; MailError says what went wrong."""
    # What the person typed is checked first: a wrong address is theirs to fix, whatever the
    # state of the server settings.
    checked_recipients(mail)
    config = smtp_config(settings)
    sender = mail.sender or config.sender
    message = build_message(mail, sender)
    recipients = [parseaddr(a)[1] for a in (*mail.to, *mail.cc) if a.strip()]
    where = f"SMTP server {config.host}:{config.port}"
    try:
        client = _connect(config)
    except socket.gaierror as exc:
        raise MailError(
            f"{where}: host {config.host!r} not found (check SMARTERP_SMTP_HOST)",
            details={"host": config.host, "port": config.port, "reason": str(exc)},
        ) from exc
    except (ConnectionRefusedError, TimeoutError) as exc:
        raise MailError(
            f"{where}: connection refused or timed out (check SMARTERP_SMTP_HOST and "
            "SMARTERP_SMTP_PORT)",
            details={"host": config.host, "port": config.port, "reason": str(exc)},
        ) from exc
    except (OSError, smtplib.SMTPException) as exc:
        raise MailError(
            f"{where}: cannot connect: {exc}",
            details={"host": config.host, "port": config.port, "reason": str(exc)},
        ) from exc
    try:
        with client:
            _secure_and_login(client, config, where)
            refused = client.send_message(
                message, from_addr=parseaddr(sender)[1], to_addrs=recipients
            )
    except smtplib.SMTPRecipientsRefused as exc:
        raise MailError(
            f"{where} refused every recipient: {', '.join(exc.recipients)}",
            details={"recipients": list(exc.recipients)},
        ) from exc
    except smtplib.SMTPSenderRefused as exc:
        raise MailError(
            f"{where} refused the sender {exc.sender!r} (check SMARTERP_SMTP_FROM): "
            f"{_reply(exc.smtp_error)}",
            details={"sender": exc.sender},
        ) from exc
    except smtplib.SMTPResponseException as exc:
        raise MailError(
            f"{where} refused the message: {exc.smtp_code} {_reply(exc.smtp_error)}",
            details={"code": exc.smtp_code},
        ) from exc
    except (OSError, smtplib.SMTPException) as exc:
        if isinstance(exc, MailError):
            raise
        raise MailError(f"{where}: the connection failed while sending: {exc}") from exc
    if refused:
        # Some recipients were taken, some not: the message went out, so say which failed.
        raise MailError(
            f"{where} refused some recipients: {', '.join(refused)}; the others received it",
            details={"refused": sorted(refused), "sent": True},
        )
    return SentMail(
        message_id=str(message["Message-ID"]),
        sender=sender,
        recipients=recipients,
        subject=str(message["Subject"]),
        mime=message.as_bytes(),
    )


def _connect(config: SmtpConfig) -> smtplib.SMTP:
    if config.use_ssl:
        return smtplib.SMTP_SSL(
            config.host, config.port, timeout=config.timeout, context=ssl.create_default_context()
        )
    return smtplib.SMTP(config.host, config.port, timeout=config.timeout)


def _secure_and_login(client: smtplib.SMTP, config: SmtpConfig, where: str) -> None:
    client.ehlo()
    if config.starttls:
        if not client.has_extn("starttls"):
            raise MailError(
                f"{where} does not offer STARTTLS (unset SMARTERP_SMTP_STARTTLS or use "
                "SMARTERP_SMTP_SSL)"
            )
        client.starttls(context=ssl.create_default_context())
        client.ehlo()
    if config.user:
        try:
            client.login(config.user, config.password or "")
        except smtplib.SMTPAuthenticationError as exc:
            raise MailError(
                f"{where} refused the login for user {config.user!r} (check SMARTERP_SMTP_USER "
                f"and SMARTERP_SMTP_PASSWORD): {_reply(exc.smtp_error)}",
                details={"user": config.user, "code": exc.smtp_code},
            ) from exc
        except smtplib.SMTPNotSupportedError as exc:
            raise MailError(
                f"{where} does not accept a login (AUTH); unset SMARTERP_SMTP_USER, or enable "
                "SMARTERP_SMTP_STARTTLS if it offers AUTH only over TLS"
            ) from exc


def _reply(raw: bytes | str) -> str:
    return raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw)
