"""Settings read from SMARTERP_* environment variables or a settings file."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Annotated

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

    @field_validator("webhook_allowed_targets", mode="before")
    @classmethod
    def _comma_separated(cls, value: object) -> object:
        if isinstance(value, str):
            return [item.strip() for item in value.split(",") if item.strip()]
        return value

    def resolved_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        self.data_dir.mkdir(parents=True, exist_ok=True)
        return f"sqlite:///{self.data_dir / 'smarterp.db'}"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
