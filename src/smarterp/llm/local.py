"""The optional local backend: llama-cpp-python running a GGUF file in this process."""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from smarterp.llm.errors import LLMError
from smarterp.llm.settings import LLMSettings


class LocalModelUnavailable(Exception):
    pass


@cache
def _load(path: str) -> Any:
    try:
        from llama_cpp import Llama  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        raise LocalModelUnavailable(
            "llama-cpp-python is not installed; pip install llama-cpp-python"
        ) from None
    return Llama(model_path=path, n_ctx=4096, verbose=False)


def local_chat(
    settings: LLMSettings, messages: list[dict[str, str]], schema: dict[str, Any]
) -> str:
    """The model's reply constrained to `schema` (llama.cpp turns the schema into a grammar)."""
    assert settings.gguf_path
    try:
        model = _load(settings.gguf_path)
    except LocalModelUnavailable as exc:
        raise LLMError(str(exc)) from None
    result = model.create_chat_completion(
        messages=messages,
        response_format={"type": "json_object", "schema": schema},
        temperature=settings.temperature,
        max_tokens=settings.max_tokens,
    )
    content = result["choices"][0]["message"]["content"]
    return content if isinstance(content, str) else json.dumps(content)
