"""Checkpoints of the audit chain (how many records, the last one's hash, when), signed with a
key the database does not hold and appended to a file outside it.

The chain inside the database proves that no sealed record was changed on its own; it cannot
prove that the chain was not cut short or rewritten from some record on, because whoever can
write the table can recompute every later hash. A checkpoint can: it is signed (HMAC-SHA256)
with a key kept in a file of its own, created with mode 0600 on first use, and appended to a
JSON-lines file that never lives in the database. `core.audit_verify` checks the chain against
every checkpoint. Checkpoints are written by `smarterp audit checkpoint`, by the server's
background sealer (core.audit_chain) at most every `audit_checkpoint_seconds`, and by the CLI
as a command that sealed records ends.
"""

from __future__ import annotations

import hmac
import json
import logging
import os
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, select

from smarterp.core.audit_record import AuditRecord
from smarterp.core.errors import InvalidInput
from smarterp.core.settings import Settings, get_settings

ALGORITHM = "hmac-sha256"
logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Checkpoint:
    """The chain of one database had `count` sealed records, the last hashed `head`, at `at`."""

    database: str
    count: int
    head: str
    at: str


@dataclass(frozen=True)
class AnchorFile:
    """What the anchor file says: the sound checkpoints of one database, in the order they
    were written (with their line numbers), and every line that is not sound."""

    checkpoints: list[tuple[int, Checkpoint]]
    problems: list[str]
    lines: int


def database_label(engine: Engine) -> str:
    """The database a checkpoint belongs to: its URL without driver, user, password or options
    (an SQLite file by its absolute path), so one anchor file may serve several databases."""
    url = engine.url
    backend = url.get_backend_name()
    if backend == "sqlite":
        name = url.database or ":memory:"
        if name != ":memory:" and not name.startswith("file:"):
            name = str(Path(name).resolve())
        return f"sqlite:///{name}"
    port = url.port or (5432 if backend == "postgresql" else "")
    return f"{backend}://{url.host or 'localhost'}:{port}/{url.database or ''}"


def _body(checkpoint: Checkpoint) -> dict[str, Any]:
    """What is signed: every field and the algorithm (written out: asdict is slow)."""
    c = checkpoint
    return {"database": c.database, "count": c.count, "head": c.head, "at": c.at, "alg": ALGORITHM}


def _canonical(body: dict[str, Any]) -> bytes:
    return json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()


class Anchor:
    """The anchor file and the key file that signs its lines."""

    def __init__(self, file: Path, key_file: Path) -> None:
        self.file = Path(file)
        self.key_file = Path(key_file)

    @classmethod
    def from_settings(cls, settings: Settings | None = None) -> Anchor:
        s = settings or get_settings()
        return cls(
            s.audit_anchor_file or s.data_dir / "audit-anchors.jsonl",
            s.audit_key_file or s.data_dir / "audit-anchor.key",
        )

    def key(self, *, create: bool) -> bytes | None:
        """The signing key; made on first use when `create` (never by a check), else None
        when there is none yet."""
        if not self.key_file.exists():
            if not create:
                return None
            self._create_key()
        text = self.key_file.read_text(encoding="ascii", errors="replace").strip()
        try:
            key = bytes.fromhex(text)
        except ValueError:
            key = b""
        if len(key) < 32:
            raise InvalidInput(
                "audit_key_file", f"{self.key_file} does not hold a key (64 hex digits)"
            )
        return key

    def _create_key(self) -> None:
        self.key_file.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        # Written whole to a private temporary name, then linked into place: a concurrent
        # first use never reads half a key, and the one that loses the race uses the winner's.
        tmp = self.key_file.with_name(f".{self.key_file.name}.{secrets.token_hex(8)}")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            os.write(fd, (secrets.token_hex(32) + "\n").encode())
            os.fsync(fd)
        finally:
            os.close(fd)
        try:
            os.link(tmp, self.key_file)
        except FileExistsError:
            pass
        finally:
            tmp.unlink()

    def sign(self, checkpoint: Checkpoint, key: bytes) -> str:
        return hmac.digest(key, _canonical(_body(checkpoint)), "sha256").hex()

    def append(self, checkpoint: Checkpoint) -> None:
        """Add one signed line; O_APPEND, so concurrent writers never overwrite each other."""
        key = self.key(create=True)
        assert key is not None
        line = {**_body(checkpoint), "mac": self.sign(checkpoint, key)}
        self.file.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd = os.open(self.file, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        try:
            os.write(fd, _canonical(line) + b"\n")
            os.fsync(fd)
        finally:
            os.close(fd)

    def read(self, database: str) -> AnchorFile:
        """Every line checked: its signature (whatever database it names, so a line cannot be
        hidden by editing its database), its shape; the sound ones of `database` returned."""
        if not self.file.exists():
            return AnchorFile([], [], 0)
        key = self.key(create=False)
        found: list[tuple[int, Checkpoint]] = []
        problems: list[str] = []
        lines = 0
        with self.file.open(encoding="utf-8", errors="replace") as fh:
            for number, raw in enumerate(fh, start=1):
                if not raw.strip():
                    continue
                lines += 1
                where = f"checkpoint line {number} of {self.file}"
                try:
                    data = json.loads(raw)
                    cp = Checkpoint(
                        database=str(data["database"]),
                        count=int(data["count"]),
                        head=str(data["head"]),
                        at=str(data["at"]),
                    )
                    mac = str(data["mac"])
                except (ValueError, KeyError, TypeError):
                    problems.append(f"{where} is not a checkpoint")
                    continue
                if key is None:
                    problems.append(
                        f"{where} cannot be checked: the key file {self.key_file} is missing"
                    )
                    continue
                if data.get("alg") != ALGORITHM or not hmac.compare_digest(mac, self.sign(cp, key)):
                    problems.append(
                        f"{where} has a signature that does not match: forged or altered"
                    )
                    continue
                if cp.database == database:
                    found.append((number, cp))
        return AnchorFile(found, problems, lines)


def write_checkpoint(
    engine: Engine, anchor: Anchor, *, previous: Checkpoint | None = None
) -> Checkpoint | None:
    """Anchor the chain's current head (sealed records only); None while the chain is empty.
    Given the checkpoint this process wrote before, it also checks, cheaply, that the record
    it named still has that hash, and logs an error if not (`verify` gives the whole story)."""
    with engine.connect() as conn:
        head = conn.execute(
            select(AuditRecord.seq, AuditRecord.hash)
            .where(AuditRecord.seq.is_not(None))
            .order_by(AuditRecord.seq.desc())
            .limit(1)
        ).first()
        then = None
        if previous is not None:
            then = conn.scalar(select(AuditRecord.hash).where(AuditRecord.seq == previous.count))
    if previous is not None and then != previous.head:
        logger.error(
            "the audit chain changed since the checkpoint of %s: record #%d %s; "
            "run `smarterp audit verify`",
            previous.at,
            previous.count,
            "is gone" if then is None else "has another hash",
        )
    if head is None or head[0] is None or head[1] is None:
        return None
    checkpoint = Checkpoint(
        database=database_label(engine),
        count=int(head[0]),
        head=str(head[1]),
        at=datetime.now(UTC).isoformat(timespec="seconds"),
    )
    anchor.append(checkpoint)
    return checkpoint
