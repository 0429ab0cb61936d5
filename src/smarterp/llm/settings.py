"""Settings of the language-model gateway, read from SMARTERP_LLM_* environment variables."""

from __future__ import annotations

from pydantic_settings import BaseSettings, SettingsConfigDict


class LLMSettings(BaseSettings):
    """SMARTERP_LLM_BASE_URL, SMARTERP_LLM_MODEL, SMARTERP_LLM_API_KEY and the limits."""

    model_config = SettingsConfigDict(
        env_prefix="SMARTERP_LLM_", env_file=".env", env_file_encoding="utf-8", extra="ignore"
    )

    base_url: str | None = None
    model: str = "default"
    api_key: str | None = None
    timeout_s: float = 30.0
    retries: int = 2
    max_tokens: int = 1024
    temperature: float = 0.0
    # Replace partner names, emails and phones with placeholders before text leaves.
    mask_personal_data: bool = False
    # A GGUF file for the local llama-cpp-python backend (used when base_url is unset).
    gguf_path: str | None = None

    @property
    def configured(self) -> bool:
        return bool(self.base_url) or bool(self.gguf_path)


def llm_settings() -> LLMSettings:
    """Fresh settings each call: tests and long-running servers may change the environment."""
    return LLMSettings()
