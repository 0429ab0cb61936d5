"""Settings read from SMARTERP_* environment variables or a settings file."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Annotated

from argon2 import DEFAULT_MEMORY_COST, DEFAULT_PARALLELISM, DEFAULT_TIME_COST
from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict


def _default_data_dir() -> Path:
    return Path.home() / ".local" / "share" / "smarterp"


class Settings(BaseSettings):
    """Process-wide settings; every field can be set as SMARTERP_<NAME>."""

    model_config = SettingsConfigDict(
        env_prefix="SMARTERP_", env_file=".env", env_file_encoding="utf-8", extra="ignore"
    )

    data_dir: Path = Field(default_factory=_default_data_dir)
    database_url: str | None = None
    sql_echo: bool = False
    # The audit chain's checkpoints and the key that signs them live outside the database
    # (core.audit_anchor); unset, both are files in data_dir.
    audit_anchor_file: Path | None = None
    audit_key_file: Path | None = None
    # How often the server anchors the chain's head, at most (seconds; 0 turns it off).
    audit_checkpoint_seconds: float = 60.0
    # Webhooks reach only public addresses; these CIDRs or host names ("*.corp" for a whole
    # domain) are let through for intranet receivers. Comma-separated in the environment.
    webhook_allowed_targets: Annotated[list[str], NoDecode] = Field(default_factory=list)

    # The server under load, per worker process (api.admission): at most this many requests
    # run at once, each holding one database connection, and the pool is sized to match.
    # Others wait in a first-come queue of `request_queue_length` for up to
    # `request_queue_wait_seconds`, then get 503 with Retry-After: `overload_retry_after_seconds`.
    max_concurrent_requests: int = Field(16, ge=1, le=1000)
    request_queue_length: int = Field(64, ge=0)
    request_queue_wait_seconds: float = Field(2.0, ge=0)
    overload_retry_after_seconds: int = Field(2, ge=1)
    # How long a unit of work waits for a pooled connection before the request gets a 503.
    db_pool_timeout_seconds: float = Field(10.0, gt=0)
    # Request bodies larger than this are refused with 413 before they are read
    # (api.body_limit); routes that take uploads (emails, documents) allow the larger size.
    max_body_bytes: int = Field(10 * 1024 * 1024, ge=0)
    max_upload_body_bytes: int = Field(50 * 1024 * 1024, ge=0)

    @field_validator("webhook_allowed_targets", mode="before")
    @classmethod
    def _comma_separated(cls, value: object) -> object:
        if isinstance(value, str):
            return [item.strip() for item in value.split(",") if item.strip()]
        return value

    # The Argon2id cost of new password hashes (core.auth): passes over the memory, and KiB of
    # memory. The defaults are argon2-cffi's (RFC 9106's low-memory profile); lower them only
    # in tests, where a hash per user would otherwise cost ~0.5 s. Each hash carries its own
    # parameters, so stored hashes still verify after a change and are rehashed at login.
    password_hash_time_cost: int = Field(DEFAULT_TIME_COST, ge=1)
    password_hash_memory_cost: int = Field(DEFAULT_MEMORY_COST, ge=8 * DEFAULT_PARALLELISM)

    # Lets accountants post manual journal entries to control accounts (stock, receivables,
    # payables, VAT, goods received not invoiced), which otherwise only documents post to.
    manual_control_postings: bool = False

    # Outgoing mail (core.mail): documents sent by email and rules that send messages.
    # Port 0 picks the usual one: 465 with SSL, 587 with STARTTLS, 25 otherwise.
    smtp_host: str | None = None
    smtp_port: int = Field(0, ge=0, le=65535)
    smtp_user: str | None = None
    smtp_password: str | None = None
    smtp_from: str | None = None
    smtp_starttls: bool = False
    smtp_ssl: bool = False
    smtp_timeout_seconds: float = Field(20.0, gt=0)

    # The job queue rules run on (automation.jobs): sqlite:///path (unset: jobs.db in data_dir),
    # redis://host:port/db, or memory://. The name prefixes its Redis keys.
    jobs_url: str | None = None
    jobs_queue_name: str = "smarterp"
    # How long a worker holds a rule run before another may take it over (it died), how many
    # tries a run gets before the dead-letter list, the first retry's wait (then doubling),
    # and how often a worker looks for new events, slots and checks (seconds).
    jobs_lease_seconds: float = Field(300.0, gt=0)
    jobs_max_attempts: int = Field(5, ge=1, le=100)
    jobs_first_retry_seconds: float = Field(30.0, ge=0)
    jobs_poll_seconds: float = Field(1.0, gt=0)
    # Run the job worker inside the web server (`smarterp serve --worker` sets it).
    jobs_embedded: bool = False

    def resolved_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        self.data_dir.mkdir(parents=True, exist_ok=True)
        return f"sqlite:///{self.data_dir / 'smarterp.db'}"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
