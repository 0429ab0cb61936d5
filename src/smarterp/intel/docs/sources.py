"""Reading messages into documents: files (.eml, mbox and Maildir, JSON Lines emails, chat
exports as text or JSON, contracts and invoices as text or PDF), the messages stored in the
books, and a mailbox on an IMAP server. Problems with one item are reported per item, never
raised, so that one bad message does not stop a batch; a source that cannot be opened at all
(an unreachable server, a refused password) is an error naming what is wrong."""

from __future__ import annotations

import contextlib
import email
import email.policy
import hashlib
import imaplib
import io
import json
import mailbox
import re
import socket
import ssl
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from email.message import EmailMessage, Message
from email.utils import getaddresses, parsedate_to_datetime
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict
from sqlalchemy import select
from sqlalchemy.orm import Session

from smarterp.core.errors import InvalidInput
from smarterp.erp.crm.models import Message as StoredMessage
from smarterp.intel.docs.aliases import sender_key, split_sender

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024
TEXT_ENCODINGS = ("utf-8", "utf-16", "gb18030")
_THREAD_PREFIX = re.compile(r"^\s*((re|fw|fwd|aw|wg|sv|回复|答复|转发)\s*[:：]\s*)+", re.IGNORECASE)
_CHAT_LINE = re.compile(
    r"^\[?(?P<when>\d{4}[-/.]\d{1,2}[-/.]\d{1,2}[ T,]+\d{1,2}:\d{2}(?::\d{2})?)\]?\s*(?:-\s*)?"
    r"(?P<who>[^:：\n]{1,60})[:：]\s?(?P<text>.*)$"
)
_INVOICE_WORDS = re.compile(r"invoice|amount due|due date|发票|应付金额|付款期限", re.IGNORECASE)
_CONTRACT_WORDS = re.compile(
    r"agreement|contract|terms and conditions|hereinafter|penalt|合同|协议|甲方|乙方", re.IGNORECASE
)


class UnreadableText(ValueError):
    """Text in an encoding smarterp cannot tell or does not know."""


@dataclass
class ParsedAttachment:
    filename: str | None
    content_type: str | None
    size: int
    content_hash: str | None
    text: str | None = None
    skipped: str | None = None


@dataclass
class ParsedDocument:
    kind: str
    source: str
    body: str
    external_id: str | None = None
    sender: str | None = None
    recipients: str | None = None
    subject: str | None = None
    sent_at: datetime | None = None
    thread_key: str | None = None
    attachments: list[ParsedAttachment] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def sender_email(self) -> str | None:
        address = split_sender(self.sender)[1].lower()
        return address or None

    def content_hash(self) -> str:
        """The same message read from an .eml, an mbox or JSON Lines hashes the same."""
        canon = "\x1f".join(
            [
                self.kind if self.kind in ("email", "chat") else "paper",
                (self.sender_email or self.sender or "").strip().lower(),
                (self.subject or "").strip(),
                self.sent_at.date().isoformat() if self.sent_at else "",
                "\n".join(
                    line.rstrip() for line in self.body.replace("\r\n", "\n").strip().split("\n")
                ),
            ]
        )
        return hashlib.sha256(canon.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Skipped:
    """An item not read, and why, in words a person can act on."""

    source: str
    reason: str


Item = ParsedDocument | Skipped


def thread_key(subject: str | None) -> str | None:
    if not subject:
        return None
    return _THREAD_PREFIX.sub("", subject).strip().lower() or None


OUTSIDE_ROOTS = "a symbolic link to a file outside the given files and folders (not followed)"


def read_paths(paths: list[Path]) -> Iterator[Item]:
    """Every document in the given files and folders (folders are walked). A link inside a
    folder is followed only to a file within the given paths: a link to a file elsewhere
    would make a document (readable by every sales user) of something nobody chose to share."""
    roots = [p.resolve() for p in paths if p.exists()]
    for path in paths:
        if path.is_dir():
            if (path / "cur").is_dir() and (path / "new").is_dir():
                yield from _read_maildir(path, roots)
                continue
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if any(
                    part in ("cur", "new", "tmp") for part in child.relative_to(path).parts[:-1]
                ):
                    continue
                if not _within(child, roots):
                    yield Skipped(str(child), OUTSIDE_ROOTS)
                    continue
                yield from read_file(child)
        elif path.is_file():
            yield from read_file(path)
        else:
            yield Skipped(str(path), "no such file or folder")


def _within(path: Path, roots: list[Path]) -> bool:
    target = path.resolve()
    return any(target == root or target.is_relative_to(root) for root in roots)


def read_file(path: Path) -> Iterator[Item]:
    source = str(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        yield Skipped(source, f"cannot read: {exc.strerror}")
        return
    if size > MAX_FILE_BYTES:
        yield Skipped(source, _too_large(size, MAX_FILE_BYTES))
        return
    if size == 0:
        yield Skipped(source, "empty file")
        return
    suffix = path.suffix.lower()
    try:
        if suffix == ".eml":
            yield _from_message(
                email.message_from_bytes(path.read_bytes(), policy=email.policy.default), source
            )
        elif suffix in (".mbox", ".mbx") or _looks_like_mbox(path):
            yield from _read_mbox(path)
        elif suffix == ".jsonl":
            yield from _read_jsonl(path)
        elif suffix == ".json":
            yield from _read_chat_json(path)
        elif suffix == ".pdf":
            yield _read_pdf(path)
        elif suffix in (".txt", ".text", ".md", ".log", ""):
            yield _read_text(path)
        else:
            yield Skipped(source, f"unsupported file type {suffix!r}")
    except UnreadableText as exc:
        yield Skipped(source, str(exc))
    except Exception as exc:  # a malformed file must not stop the batch: say what went wrong
        yield Skipped(
            source, f"malformed {suffix.lstrip('.') or 'file'}: {type(exc).__name__}: {exc}"
        )


def _looks_like_mbox(path: Path) -> bool:
    with path.open("rb") as fh:
        return fh.read(5) == b"From "


def _read_mbox(path: Path) -> Iterator[Item]:
    box = mailbox.mbox(str(path), factory=None, create=False)
    try:
        for i, key in enumerate(box.iterkeys(), start=1):
            source = f"{path}#{i}"
            try:
                raw = box.get_bytes(key)
                yield _from_message(
                    email.message_from_bytes(raw, policy=email.policy.default), source
                )
            except UnreadableText as exc:
                yield Skipped(source, str(exc))
            except Exception as exc:
                yield Skipped(source, f"malformed message: {type(exc).__name__}: {exc}")
    finally:
        box.close()


def _read_maildir(path: Path, roots: list[Path]) -> Iterator[Item]:
    box = mailbox.Maildir(str(path), factory=None, create=False)
    # A message's key is its file name up to the flags (":2,S").
    outside = {
        entry.name.split(box.colon)[0]
        for folder in ("new", "cur")
        for entry in (path / folder).iterdir()
        if entry.is_symlink() and not _within(entry, roots)
    }
    for key in sorted(box.iterkeys()):
        source = f"{path}#{key}"
        if key in outside:
            yield Skipped(source, OUTSIDE_ROOTS)
            continue
        try:
            raw = box.get_bytes(key)
            yield _from_message(email.message_from_bytes(raw, policy=email.policy.default), source)
        except UnreadableText as exc:
            yield Skipped(source, str(exc))
        except Exception as exc:
            yield Skipped(source, f"malformed message: {type(exc).__name__}: {exc}")


def _decode_part(part: Message) -> str:
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return ""
    charset = part.get_content_charset() or "utf-8"
    try:
        return payload.decode(charset)
    except LookupError:
        raise UnreadableText(f"unknown text encoding {charset!r}") from None
    except UnicodeDecodeError:
        return payload.decode(charset, errors="replace")


def _from_message(msg: Message, source: str) -> Item:
    if not isinstance(msg, EmailMessage) or (not msg.keys() and not msg.get_payload()):
        return Skipped(source, "not an e-mail message")
    defects = [d for d in msg.defects if "Missing" not in type(d).__name__]
    body_parts: list[str] = []
    attachments: list[ParsedAttachment] = []
    html_fallback = ""
    for part in msg.walk() if msg.is_multipart() else [msg]:
        if part.is_multipart():
            continue
        disposition = part.get_content_disposition()
        ctype = part.get_content_type()
        if disposition == "attachment" or (part.get_filename() and disposition != "inline"):
            attachments.append(_attachment(part))
        elif ctype == "text/plain":
            body_parts.append(_decode_part(part))
        elif ctype == "text/html" and not html_fallback:
            html_fallback = re.sub(r"<[^>]+>", " ", _decode_part(part))
    body = "\n".join(body_parts).strip() or html_fallback.strip()
    if not body and not attachments:
        return Skipped(source, "empty body and no attachments")
    sent_at = None
    if msg.get("Date"):
        try:
            sent_at = parsedate_to_datetime(str(msg["Date"]))
        except (TypeError, ValueError):
            sent_at = None
    subject = str(msg.get("Subject") or "") or None
    references = str(msg.get("References") or msg.get("In-Reply-To") or "").split()
    return ParsedDocument(
        kind="email",
        source=source,
        body=body,
        external_id=str(msg.get("Message-ID") or "").strip() or None,
        sender=str(msg.get("From") or "") or None,
        recipients=", ".join(
            f"{n} <{a}>" if n else a
            for n, a in getaddresses([str(v) for v in msg.get_all("To", [])])
        )
        or None,
        subject=subject,
        sent_at=sent_at,
        thread_key=references[0] if references else thread_key(subject),
        attachments=attachments,
        meta={"defects": [type(d).__name__ for d in defects]} if defects else {},
    )


def _attachment(part: Message) -> ParsedAttachment:
    payload = part.get_payload(decode=True)
    data = payload if isinstance(payload, bytes) else b""
    filename = part.get_filename()
    ctype = part.get_content_type()
    if len(data) > MAX_ATTACHMENT_BYTES:
        return ParsedAttachment(
            filename,
            ctype,
            len(data),
            None,
            skipped=_too_large(len(data), MAX_ATTACHMENT_BYTES),
        )
    digest = hashlib.sha256(data).hexdigest()
    text: str | None = None
    skipped: str | None = None
    try:
        if ctype == "application/pdf" or (filename or "").lower().endswith(".pdf"):
            text = pdf_text(data)
        elif ctype.startswith("text/"):
            text = decode_text(data)
    except Exception as exc:
        skipped = f"unreadable: {type(exc).__name__}: {exc}"
    return ParsedAttachment(filename, ctype, len(data), digest, text, skipped)


def _too_large(size: int, limit: int) -> str:
    mib = 1024 * 1024
    return f"too large ({size / mib:.1f} MB, limit {limit // mib} MB)"


def decode_text(data: bytes) -> str:
    """Bytes of a text file in one of the encodings people use; unknown ones are refused."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    for encoding in ("utf-8", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise UnreadableText("unknown text encoding (not UTF-8, UTF-16 or GB18030)")


def pdf_text(data: bytes) -> str:
    from pypdf import PdfReader  # loaded only when a PDF arrives

    reader = PdfReader(io.BytesIO(data))
    return "\n".join((page.extract_text() or "") for page in reader.pages).strip()


def _read_jsonl(path: Path) -> Iterator[Item]:
    text = decode_text(path.read_bytes())
    for number, line in enumerate(text.splitlines(), start=1):
        source = f"{path}:{number}"
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Skipped(source, f"not JSON: {exc.msg}")
            continue
        if not isinstance(obj, dict) or not str(obj.get("body") or "").strip():
            yield Skipped(source, "empty body")
            continue
        yield email_from_json(obj, source)


def email_from_json(obj: dict[str, Any], source: str) -> ParsedDocument:
    """An email object as in email_dev.jsonl: id, from, subject, body, optional date, lang."""
    sent_at = _parse_when(obj.get("date"))
    subject = str(obj.get("subject") or "") or None
    return ParsedDocument(
        kind="email",
        source=source,
        body=str(obj["body"]),
        external_id=str(obj["id"]) if obj.get("id") is not None else None,
        sender=str(obj.get("from") or "") or None,
        recipients=str(obj.get("to") or "") or None,
        subject=subject,
        sent_at=sent_at,
        thread_key=thread_key(subject),
        meta={"lang": obj["lang"]} if obj.get("lang") else {},
    )


def _parse_when(value: Any) -> datetime | None:
    if value in (None, ""):
        return None
    if isinstance(value, int | float):
        return datetime.fromtimestamp(float(value), tz=UTC)
    text = str(value).strip().replace("/", "-")
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        try:
            parsed = datetime.combine(date.fromisoformat(text[:10]), datetime.min.time())
        except ValueError:
            return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _read_chat_json(path: Path) -> Iterator[Item]:
    data = json.loads(decode_text(path.read_bytes()))
    messages = data.get("messages") if isinstance(data, dict) else data
    if not isinstance(messages, list):
        yield Skipped(str(path), "JSON without a list of messages")
        return
    lines: list[str] = []
    people: list[str] = []
    first: datetime | None = None
    for msg in messages:
        if not isinstance(msg, dict):
            continue
        who = str(
            msg.get("from") or msg.get("sender") or msg.get("author") or msg.get("user") or "?"
        )
        text = msg.get("text") or msg.get("content") or msg.get("body") or msg.get("message") or ""
        if isinstance(text, list):  # Telegram splits formatted text into pieces
            text = "".join(t if isinstance(t, str) else str(t.get("text", "")) for t in text)
        when = _parse_when(msg.get("date") or msg.get("timestamp") or msg.get("time"))
        first = first or when
        if str(text).strip():
            lines.append(f"{who}: {text}")
            if who not in people:
                people.append(who)
    if not lines:
        yield Skipped(str(path), "chat without messages")
        return
    name = data.get("name") if isinstance(data, dict) else None
    yield _chat(path, lines, people, first, str(name) if name else None)


def _chat(
    path: Path, lines: list[str], people: list[str], first: datetime | None, name: str | None
) -> ParsedDocument:
    return ParsedDocument(
        kind="chat",
        source=str(path),
        body="\n".join(lines),
        sender=people[0] if people else None,
        recipients=", ".join(people[1:]) or None,
        subject=name or path.stem,
        sent_at=first,
        thread_key=(name or path.stem).lower(),
        meta={"participants": people, "messages": len(lines)},
    )


def _read_text(path: Path) -> Item:
    text = decode_text(path.read_bytes()).strip()
    if not text:
        return Skipped(str(path), "empty body")
    chat = [m for m in (_CHAT_LINE.match(line) for line in text.splitlines()) if m]
    if len(chat) >= 2 and len(chat) >= 0.5 * len([ln for ln in text.splitlines() if ln.strip()]):
        people: list[str] = []
        for m in chat:
            if m.group("who").strip() not in people:
                people.append(m.group("who").strip())
        return _chat(
            path,
            [f"{m.group('who').strip()}: {m.group('text')}" for m in chat],
            people,
            _parse_when(chat[0].group("when").replace(",", "")),
            None,
        )
    return _paper(path, text)


def _read_pdf(path: Path) -> Item:
    text = pdf_text(path.read_bytes())
    if not text:
        return Skipped(str(path), "PDF without a text layer (scanned?)")
    return _paper(path, text, pdf=True)


def _paper(path: Path, text: str, *, pdf: bool = False) -> ParsedDocument:
    head = text[:3000]
    if _INVOICE_WORDS.search(head) and not _CONTRACT_WORDS.search(head[:400]):
        kind = "invoice"
    elif _CONTRACT_WORDS.search(head):
        kind = "contract"
    else:
        kind = "text"
    first_line = next((ln.strip() for ln in text.splitlines() if ln.strip()), path.stem)
    return ParsedDocument(
        kind=kind,
        source=str(path),
        body=text,
        subject=first_line[:200],
        thread_key=None,
        meta={"format": "pdf" if pdf else "text", "file": path.name},
    )


# --- Messages stored in the books ------------------------------------------------------------


def read_stored_messages(session: Session) -> Iterator[Item]:
    """The messages the company received and kept in the books (crm_message), oldest first.

    Only what a mailbox would show is passed on: not the partner or the record the books
    filed the message under, so that reading links it on its own evidence. Messages the company
    sent are not read: their orders and promises are its own, not a partner's."""
    query = (
        select(StoredMessage)
        .where(StoredMessage.direction == "in")
        .order_by(StoredMessage.sent_at, StoredMessage.id)
    )
    for msg in session.scalars(query):
        if not msg.body.strip():
            yield Skipped(f"message:{msg.id}", "empty body")
            continue
        chat = msg.channel == "chat"
        yield ParsedDocument(
            kind="chat" if chat else "email",
            source=f"message:{msg.id}",
            body=msg.body,
            external_id=msg.external_id,
            sender=msg.sender,
            recipients=msg.recipient,
            subject=msg.subject,
            sent_at=msg.sent_at if msg.sent_at.tzinfo else msg.sent_at.replace(tzinfo=UTC),
            # A chat is one conversation with the sender's handle; an e-mail thread follows
            # its subject, as in a mail client.
            thread_key=f"chat:{sender_key(msg.sender)}" if chat else thread_key(msg.subject),
            meta={"channel": msg.channel, "message_id": msg.id},
        )


# --- A mailbox on an IMAP server ------------------------------------------------------------

IMAP_PORTS = {"imap": 143, "imaps": 993}
FETCH_BATCH = 50


class ImapSettings(BaseSettings):
    """SMARTERP_IMAP_URL (imaps://user@host/INBOX), SMARTERP_IMAP_PASSWORD, timeout."""

    model_config = SettingsConfigDict(
        env_prefix="SMARTERP_IMAP_", env_file=".env", env_file_encoding="utf-8", extra="ignore"
    )

    url: str | None = None
    password: SecretStr | None = None
    timeout_s: float = 30.0


@dataclass(frozen=True)
class ImapMailbox:
    """Where a mailbox is: imaps://user@host[:port]/FOLDER (imap:// only without TLS)."""

    scheme: str
    host: str
    port: int
    user: str
    folder: str

    @classmethod
    def parse(cls, url: str) -> ImapMailbox:
        parts = urlsplit(url.strip())
        scheme = parts.scheme.lower()
        if scheme not in IMAP_PORTS:
            raise InvalidInput("--imap", f"{url!r} must start with imaps:// (or imap://)")
        if parts.password is not None:
            raise InvalidInput(
                "--imap", "the URL holds a password: give it in SMARTERP_IMAP_PASSWORD instead"
            )
        if not parts.hostname:
            raise InvalidInput("--imap", f"{url!r} names no server (imaps://user@host/INBOX)")
        if not parts.username:
            raise InvalidInput("--imap", f"{url!r} names no user (imaps://user@host/INBOX)")
        try:
            port = parts.port or IMAP_PORTS[scheme]
        except ValueError:
            raise InvalidInput("--imap", f"{url!r} has a port that is not a number") from None
        folder = unquote(parts.path.lstrip("/")) or "INBOX"
        if any(ch in folder for ch in '"\\\r\n') or not folder.isascii():
            raise InvalidInput("--imap", f"folder {folder!r}: only plain ASCII names are read")
        return cls(scheme, parts.hostname, port, unquote(parts.username), folder)

    @property
    def key(self) -> str:
        """The mailbox as remembered between runs (no password)."""
        return f"{self.scheme}://{self.user}@{self.host}:{self.port}/{self.folder}"


class ImapSession:
    """One read-only session on a mailbox: messages are fetched with BODY.PEEK, so the
    server's Seen flags stay as the people reading the mailbox left them."""

    def __init__(
        self,
        mailbox: ImapMailbox,
        password: str,
        *,
        timeout: float = 30.0,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        self.mailbox = mailbox
        self.uidvalidity = 0
        self.last_uid = 0
        self._conn = self._connect(mailbox, timeout, ssl_context)
        try:
            self._login(password)
            self._select()
        except BaseException:
            self.close()
            raise

    @staticmethod
    def _connect(box: ImapMailbox, timeout: float, context: ssl.SSLContext | None) -> imaplib.IMAP4:
        where = f"{box.host}:{box.port}"
        try:
            if box.scheme == "imaps":
                return imaplib.IMAP4_SSL(
                    box.host,
                    box.port,
                    ssl_context=context or ssl.create_default_context(),
                    timeout=timeout,
                )
            return imaplib.IMAP4(box.host, box.port, timeout=timeout)
        except socket.gaierror:
            raise InvalidInput("host", f"no server called {box.host!r} could be found") from None
        except ssl.SSLError as exc:
            raise InvalidInput(
                "host", f"{where}: secure connection failed ({exc.reason})"
            ) from None
        except TimeoutError:
            raise InvalidInput("host", f"{where} did not answer within {timeout:g} s") from None
        except OSError as exc:
            raise InvalidInput("host", f"cannot reach {where}: {exc.strerror or exc}") from None
        except imaplib.IMAP4.error as exc:
            raise InvalidInput("host", f"{where} is not an IMAP server: {_said(exc)}") from None

    def _login(self, password: str) -> None:
        if not password:
            raise InvalidInput("password", "no password given (set SMARTERP_IMAP_PASSWORD)")
        try:
            self._conn.login(self.mailbox.user, password)
        except imaplib.IMAP4.error as exc:
            raise InvalidInput(
                "password",
                f"{self.mailbox.host} refused the password of {self.mailbox.user}: {_said(exc)}",
            ) from None

    def _select(self) -> None:
        status, data = self._conn.select(f'"{self.mailbox.folder}"', readonly=True)
        if status != "OK":
            raise InvalidInput(
                "folder", f"no folder {self.mailbox.folder!r} on {self.mailbox.host}: {_said(data)}"
            )
        _, values = self._conn.response("UIDVALIDITY")
        self.uidvalidity = int(values[0]) if values and values[0] else 0

    def new_messages(self, read_before: tuple[int, int] | None) -> Iterator[Item]:
        """The messages after the last UID read before, or all of them when the mailbox was
        never read or the server renumbered it (a new UIDVALIDITY); `last_uid` follows."""
        after = 0
        if read_before is not None and read_before[0] == self.uidvalidity:
            after = read_before[1]
        self.last_uid = after
        status, data = self._conn.uid("SEARCH", f"UID {after + 1}:*")
        if status != "OK":
            raise InvalidInput("folder", f"the server refused to list messages: {_said(data)}")
        # "n:*" always includes the highest UID, even one below n: keep only the new ones.
        uids = sorted(int(u) for u in (data[0] or b"").split() if int(u) > after)
        for start in range(0, len(uids), FETCH_BATCH):
            batch = uids[start : start + FETCH_BATCH]
            for uid, raw in self._fetch(batch):
                source = f"{self.mailbox.key};UID={uid}"
                try:
                    yield _from_message(
                        email.message_from_bytes(raw, policy=email.policy.default), source
                    )
                except UnreadableText as exc:
                    yield Skipped(source, str(exc))
                except Exception as exc:
                    yield Skipped(source, f"malformed message: {type(exc).__name__}: {exc}")
                self.last_uid = max(self.last_uid, uid)

    def _fetch(self, uids: list[int]) -> Iterator[tuple[int, bytes]]:
        status, data = self._conn.uid("FETCH", ",".join(map(str, uids)), "(UID BODY.PEEK[])")
        if status != "OK":
            raise InvalidInput("folder", f"the server refused to send messages: {_said(data)}")
        for part in data:
            if not isinstance(part, tuple):
                continue
            found = re.search(rb"UID (\d+)", part[0])
            if found:
                yield int(found.group(1)), part[1]

    def close(self) -> None:
        with contextlib.suppress(imaplib.IMAP4.error, OSError):  # it is over either way
            self._conn.logout()

    def __enter__(self) -> ImapSession:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


def _said(answer: object) -> str:
    """What the server said, as text."""
    if isinstance(answer, imaplib.IMAP4.error):
        answer = answer.args[0] if answer.args else ""
    if isinstance(answer, list):
        answer = b" ".join(a for a in answer if isinstance(a, bytes))
    if isinstance(answer, bytes):
        answer = answer.decode("utf-8", "replace")
    return str(answer).strip() or "no reason given"
