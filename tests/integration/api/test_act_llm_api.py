"""POST /act with {"llm": true}: a real local model server's reading proposes through the same
checks; a reading the caller's role may not do is dropped and the words read offline."""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.integration.api.conftest import Api, Books
from tests.integration.test_act_llm import model  # noqa: F401  (the model server fixture)


@pytest.fixture
def llm(model: tuple[str, dict[str, Any]], monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:  # noqa: F811
    url, state = model
    monkeypatch.setenv("SMARTERP_LLM_BASE_URL", url)
    monkeypatch.setenv("SMARTERP_LLM_RETRIES", "0")
    state["bodies"].clear()
    return state


def test_the_api_takes_the_models_reading(api: Api, books: Books, llm: dict[str, Any]) -> None:
    llm["content"] = json.dumps(
        {"operation": "set_price", "arguments": {"product": "Chai", "value": 19.5}}
    )
    text = "Chai should go for nineteen fifty from now on"
    r = api.post("/api/v1/act", "purchasing", json={"text": text, "llm": True})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["parser"] == "llm" and body["proposal"]["operation"] == "set_price"
    assert body["proposal"]["changes"][0]["after"] == {"sale_price": "19.50"}
    # Without the option the model is not asked.
    asked = len(llm["bodies"])
    offline = api.post("/api/v1/act", "purchasing", json={"text": text})
    assert offline.json()["parser"] == "offline" and len(llm["bodies"]) == asked


def test_the_api_never_lets_a_model_widen_the_role(
    api: Api, books: Books, llm: dict[str, Any]
) -> None:
    llm["content"] = json.dumps(
        {
            "operation": "register_payment",
            "arguments": {"partner": "Exotic Liquids", "direction": "outbound", "amount": 900},
        }
    )
    r = api.post(
        "/api/v1/act", "purchasing", json={"text": "change the price of Chai to 19.50", "llm": True}
    )
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["parser"] == "offline" and "takes payments.write" in body["notes"][0]
    assert body["proposal"]["operation"] == "set_price"
