"""The LLM client against a real OpenAI-compatible HTTP server started in the test."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from smarterp.llm.client import USAGE, LLMError, complete_json
from smarterp.llm.masking import Masker
from smarterp.llm.settings import LLMSettings
from tests.http_server import serving

SCHEMA = {"type": "object", "properties": {"measures": {"type": "array"}}}


def _app(state: dict[str, Any]) -> FastAPI:
    app = FastAPI()

    @app.post("/v1/chat/completions")
    async def chat(request: Request) -> JSONResponse:
        body = await request.json()
        state["bodies"].append(body)
        mode = state["mode"]
        state["calls"] += 1
        if mode == "flaky" and state["calls"] == 1:
            return JSONResponse({"error": "busy"}, status_code=503)
        if mode == "slow":
            time.sleep(1.5)
        content = {
            "good": json.dumps({"measures": ["revenue"], "echo": body["messages"][-1]["content"]}),
            "flaky": json.dumps({"measures": ["orders"]}),
            "slow": "{}",
            "garbage": "I think the answer is revenue",
        }[mode]
        return JSONResponse(
            {
                "choices": [{"message": {"role": "assistant", "content": content}}],
                "usage": {"prompt_tokens": 11, "completion_tokens": 7},
            }
        )

    return app


@pytest.fixture(scope="module")
def server() -> Iterator[tuple[str, dict[str, Any]]]:
    state: dict[str, Any] = {"mode": "good", "calls": 0, "bodies": []}
    with serving(_app(state)) as url:
        yield f"{url}/v1", state


def _settings(url: str, **kw: Any) -> LLMSettings:
    return LLMSettings(base_url=url, model="tiny", retries=kw.pop("retries", 1), **kw)


def test_json_schema_request_and_accounting(server: tuple[str, dict[str, Any]]) -> None:
    url, state = server
    state.update(mode="good", calls=0, bodies=[])
    before = USAGE.prompt_tokens
    out = complete_json([{"role": "user", "content": "revenue?"}], SCHEMA, settings=_settings(url))
    assert out["measures"] == ["revenue"]
    sent = state["bodies"][-1]
    assert sent["response_format"]["type"] == "json_schema"
    assert sent["response_format"]["json_schema"]["schema"] == SCHEMA
    assert USAGE.prompt_tokens == before + 11


def test_retries_a_busy_server(server: tuple[str, dict[str, Any]]) -> None:
    url, state = server
    state.update(mode="flaky", calls=0, bodies=[])
    out = complete_json([{"role": "user", "content": "x"}], SCHEMA, settings=_settings(url))
    assert out == {"measures": ["orders"]} and state["calls"] == 2


def test_timeout_and_malformed_output_raise(server: tuple[str, dict[str, Any]]) -> None:
    url, state = server
    state.update(mode="slow", calls=0, bodies=[])
    with pytest.raises(LLMError):
        complete_json(
            [{"role": "user", "content": "x"}],
            SCHEMA,
            settings=_settings(url, timeout_s=0.3, retries=0),
        )
    state.update(mode="garbage", calls=0)
    with pytest.raises(LLMError):
        complete_json([{"role": "user", "content": "x"}], SCHEMA, settings=_settings(url))


def test_masking_keeps_names_on_this_machine(server: tuple[str, dict[str, Any]]) -> None:
    url, state = server
    state.update(mode="good", calls=0, bodies=[])
    masker = Masker(names=["Ernst Handel"])
    question = "revenue of Ernst Handel, mail roland@ernst.at, phone +43 7675 3425"
    out = complete_json(
        [{"role": "user", "content": question}], SCHEMA, settings=_settings(url), masker=masker
    )
    sent = state["bodies"][-1]["messages"][-1]["content"]
    assert "Ernst Handel" not in sent and "roland@ernst.at" not in sent and "3425" not in sent
    assert out["echo"] == question  # unmasked on the way back


def test_ask_falls_back_to_offline_when_the_model_fails(
    server: tuple[str, dict[str, Any]], tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from smarterp.core import schema
    from smarterp.core.db import make_engine
    from smarterp.intel.ask.service import ask

    url, state = server
    state.update(mode="garbage", calls=0, bodies=[])
    monkeypatch.setenv("SMARTERP_LLM_BASE_URL", url)
    monkeypatch.setenv("SMARTERP_LLM_RETRIES", "0")
    engine = make_engine(f"sqlite:///{tmp_path / 'llm.db'}")
    schema.upgrade(engine)
    # A question the offline parser is sure of never reaches the model.
    answer = ask(engine, "revenue in 1997", use_llm=None)
    assert answer.parser == "offline" and state["calls"] == 0
    assert answer.query is not None and answer.query["measures"] == ["revenue"]
    # One it asks back goes to the model, which answers garbage: the question back stays.
    unsure = ask(engine, "Which customer ordered the most in 1997?", use_llm=None)
    assert unsure.parser == "offline" and state["calls"] >= 1
    assert unsure.clarification and len(unsure.readings) >= 2 and not unsure.rows
