"""Reading files into documents: .eml, mbox and Maildir, JSON Lines emails, chat exports
(text or JSON), contracts and invoices as text or PDF. Problems are reported per item, never
raised, so that one bad file does not stop a batch."""

from __future__ import annotations

import email
import email.policy
import hashlib
import io
import json
import mailbox
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from email.message import EmailMessage, Message
from email.utils import getaddresses, parseaddr, parsedate_to_datetime
from pathlib import Path
from typing import Any

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
        address = parseaddr(self.sender or "")[1].lower()
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
