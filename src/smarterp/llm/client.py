"""One client for OpenAI-compatible chat endpoints: JSON-schema output, retries, accounting."""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass, field
from typing import Any

import httpx

from smarterp.llm.errors import LLMError
from smarterp.llm.local import local_chat
from smarterp.llm.masking import Masker
from smarterp.llm.settings import LLMSettings, llm_settings

Message = dict[str, str]


@dataclass
class Usage:
    """Tokens and time spent, per process; read by the CLI and the API for accounting."""

    calls: int = 0
    failures: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    seconds: float = 0.0
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def record(self, seconds: float, usage: dict[str, Any] | None, ok: bool) -> None:
        with self._lock:
            self.calls += 1
            self.failures += 0 if ok else 1
            self.seconds += seconds
            if usage:
                self.prompt_tokens += int(usage.get("prompt_tokens") or 0)
                self.completion_tokens += int(usage.get("completion_tokens") or 0)


USAGE = Usage()


class ChatClient:
    """Chat completions against `settings.base_url` (vLLM, Ollama, llama.cpp server, cloud)."""

    def __init__(self, settings: LLMSettings | None = None, transport: Any = None) -> None:
        self.settings = settings or llm_settings()
        if not self.settings.base_url:
            raise LLMError("SMARTERP_LLM_BASE_URL is not set")
        headers = {"Content-Type": "application/json"}
        if self.settings.api_key:
            headers["Authorization"] = f"Bearer {self.settings.api_key}"
        self.http = httpx.Client(
            base_url=self.settings.base_url.rstrip("/"),
            headers=headers,
            timeout=httpx.Timeout(self.settings.timeout_s),
            transport=transport,
        )

    def close(self) -> None:
        self.http.close()

    def chat(self, messages: list[Message], schema: dict[str, Any] | None = None) -> str:
        """The assistant's text; retried on timeouts, connection errors and 5xx/429."""
        body: dict[str, Any] = {
            "model": self.settings.model,
            "messages": messages,
            "temperature": self.settings.temperature,
            "max_tokens": self.settings.max_tokens,
        }
        if schema is not None:
            body["response_format"] = {
                "type": "json_schema",
                "json_schema": {"name": "answer", "schema": schema, "strict": True},
            }
        last: Exception | None = None
        for attempt in range(self.settings.retries + 1):
            started = time.perf_counter()
            try:
                response = self.http.post("/chat/completions", json=body)
                if schema is not None and _refuses_json_schema(response):
                    # llama-cpp-python's server knows only the older form, which carries the
                    # schema inside a json_object format; it constrains decoding all the same.
                    body["response_format"] = {"type": "json_object", "schema": schema}
                    response = self.http.post("/chat/completions", json=body)
                if response.status_code == 429 or response.status_code >= 500:
                    raise LLMError(f"the model server answered {response.status_code}")
                if response.status_code >= 400:
                    USAGE.record(time.perf_counter() - started, None, False)
                    raise LLMError(
                        f"the model server refused the request ({response.status_code}): "
                        f"{response.text[:200]}"
                    )
                data = response.json()
                content = data["choices"][0]["message"]["content"]
                USAGE.record(time.perf_counter() - started, data.get("usage"), True)
                return str(content or "")
            except (httpx.TimeoutException, httpx.TransportError, LLMError) as exc:
                if isinstance(exc, LLMError) and "refused" in str(exc):
                    raise
                USAGE.record(time.perf_counter() - started, None, False)
                last = exc
                time.sleep(min(0.2 * (2**attempt), 2.0))
            except (KeyError, IndexError, ValueError) as exc:
                USAGE.record(time.perf_counter() - started, None, False)
                raise LLMError(f"the model server sent an unexpected reply: {exc}") from None
        raise LLMError(f"the model did not answer after {self.settings.retries + 1} tries: {last}")


def _refuses_json_schema(response: httpx.Response) -> bool:
    return response.status_code in (400, 422, 500) and "json_schema" in response.text


def parse_json(text: str) -> dict[str, Any]:
    """The first JSON object in a model's reply (models sometimes wrap it in prose or fences)."""
    text = text.strip()
    if text.startswith("```"):
        text = text.strip("`")
        text = text.split("\n", 1)[1] if "\n" in text else text
    start, end = text.find("{"), text.rfind("}")
    if start < 0 or end <= start:
        raise LLMError("the model's reply holds no JSON object")
    try:
        value = json.loads(text[start : end + 1])
    except json.JSONDecodeError as exc:
        raise LLMError(f"the model's reply is not valid JSON: {exc}") from None
    if not isinstance(value, dict):
        raise LLMError("the model's reply is not a JSON object")
    return value


def complete_json(
    messages: list[Message],
    schema: dict[str, Any],
    *,
    settings: LLMSettings | None = None,
    masker: Masker | None = None,
) -> dict[str, Any]:
    """Ask the configured model for a JSON object under `schema`; raises LLMError on failure.

    With a masker (or SMARTERP_LLM_MASK_PERSONAL_DATA), names, emails and phones leave the
    machine as placeholders and come back unmasked in the returned strings."""
    settings = settings or llm_settings()
    if masker is None and settings.mask_personal_data:
        masker = Masker()
    if masker is not None:
        messages = [{**m, "content": masker.mask(m["content"])} for m in messages]
    if settings.base_url:
        client = ChatClient(settings)
        try:
            text = client.chat(messages, schema)
        finally:
            client.close()
    elif settings.gguf_path:
        text = local_chat(settings, messages, schema)
    else:
        raise LLMError("no language model is configured (SMARTERP_LLM_BASE_URL)")
    if masker is not None:
        text = masker.unmask(text)
    return parse_json(text)
