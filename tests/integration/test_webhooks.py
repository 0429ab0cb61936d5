"""Webhooks: events reach a real HTTP receiver, signed, once each, retried after failures."""

from __future__ import annotations

import hashlib
import hmac
import json
import shutil
import socket
import ssl
import subprocess
import threading
import time
from collections.abc import Iterator
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest
from pydantic import ValidationError
from sqlalchemy import Engine, select

from smarterp.automation.webhooks import dispatch, service
from smarterp.automation.webhooks.models import (
    DeliveryState,
    WebhookDelivery,
    WebhookSubscription,
)
from smarterp.automation.webhooks.schemas import SubscriptionIn
from smarterp.core.audit import AuditRecord
from smarterp.core.db import unit_of_work, utcnow
from smarterp.core.settings import get_settings
from tests import factories as f


class Receiver:
    """A real HTTP server on a free port that records what it is sent."""

    def __init__(self, host: str = "127.0.0.1", port: int = 0) -> None:
        self.requests: list[tuple[dict[str, str], bytes]] = []
        self.fail_next = 0  # answer this many requests with 503 first
        self.status = 204  # then this, with these headers and this body
        self.answer_headers: dict[str, str] = {}
        self.answer_body = b""
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["Content-Length"]))
                receiver.requests.append((dict(self.headers.items()), body))
                failing = receiver.fail_next > 0
                receiver.fail_next -= 1 if failing else 0
                self.send_response(503 if failing else receiver.status)
                for name, value in receiver.answer_headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(receiver.answer_body)))
                self.end_headers()
                self.wfile.write(receiver.answer_body)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer((host, port), Handler)
        self.port = self.server.server_port
        self.url = f"http://{host}:{self.port}/hook"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def bodies(self) -> list[dict[str, object]]:
        return [json.loads(body) for _, body in self.requests]


@pytest.fixture
def intranet(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Let webhooks reach this machine, as an operator allows an intranet receiver."""
    monkeypatch.setenv("SMARTERP_WEBHOOK_ALLOWED_TARGETS", "127.0.0.1/32, hooks.corp")
    get_settings.cache_clear()
    yield
    monkeypatch.undo()
    get_settings.cache_clear()


@pytest.fixture
def receiver(intranet: None) -> Iterator[Receiver]:
    r = Receiver()
    yield r
    r.server.shutdown()


def _subscribe(engine: Engine, url: str, topics: list[str], secret: str = "s3cret") -> int:
    with unit_of_work(engine, actor="admin") as s:
        sub = service.subscribe(s, SubscriptionIn(url=url, topics=topics, secret=secret))
        s.flush()
        return sub.id


def test_matching_events_are_delivered_signed_and_once(engine: Engine, receiver: Receiver) -> None:
    _subscribe(engine, receiver.url, ["partner.*"])
    with unit_of_work(engine, actor="test") as s:
        f.customer(s, "Alfreds Futterkiste")
        f.product(s)  # product.created: not subscribed

    report = dispatch.dispatch_once(engine)
    again = dispatch.dispatch_once(engine)

    assert report.delivered == 1 and again.fanned_out == 0 and again.delivered == 0
    [(headers, body)] = receiver.requests
    event = json.loads(body)
    assert event["topic"] == "partner.created" and event["payload"]["name"] == "Alfreds Futterkiste"
    assert headers["X-Smarterp-Event"] == "partner.created"
    # The subscriber checks the signature with nothing but the secret and the raw body.
    fields = dict(item.split("=", 1) for item in headers["X-Smarterp-Signature"].split(","))
    expected = hmac.new(b"s3cret", fields["t"].encode() + b"." + body, hashlib.sha256)
    assert hmac.compare_digest(fields["v1"], expected.hexdigest())
    assert dispatch.verify("s3cret", headers["X-Smarterp-Signature"], body, now=time.time())
    assert not dispatch.verify("other", headers["X-Smarterp-Signature"], body, now=time.time())
    assert not dispatch.verify(
        "s3cret", headers["X-Smarterp-Signature"], body, now=time.time() + 3600
    )


def test_a_failed_delivery_is_retried_with_back_off_then_succeeds(
    engine: Engine, receiver: Receiver
) -> None:
    sub_id = _subscribe(engine, receiver.url, ["*"])
    with unit_of_work(engine, actor="test") as s:
        f.customer(s)
    receiver.fail_next = 1

    first = dispatch.dispatch_once(engine)
    assert first.retrying == 1 and first.delivered == 0
    # Not due yet: the back-off holds it back.
    assert dispatch.dispatch_once(engine).delivered == 0
    later = utcnow() + timedelta(seconds=service.FIRST_RETRY_SECONDS + 1)
    second = dispatch.dispatch_once(engine, now=later)

    assert second.delivered == 1
    assert len(receiver.requests) == 2  # the same event, twice
    assert receiver.bodies()[0] == receiver.bodies()[1]
    with unit_of_work(engine) as s:
        [delivery] = service.list_deliveries(s, sub_id)
        assert delivery.state == DeliveryState.DELIVERED and delivery.attempts == 2
        assert delivery.last_error is None


def test_an_unreachable_subscriber_fails_after_the_last_attempt(
    engine: Engine, intranet: None
) -> None:
    # A port nobody listens on: connection refused every time.
    sub_id = _subscribe(engine, "http://127.0.0.1:9/hook", ["*"])
    with unit_of_work(engine, actor="test") as s:
        f.customer(s)
    moment = utcnow() + timedelta(seconds=1)  # the fan-out makes it due "now"
    for _ in range(service.MAX_ATTEMPTS):
        dispatch.dispatch_once(engine, now=moment)
        moment += timedelta(seconds=service.LONGEST_RETRY_SECONDS + service.LEASE_SECONDS)
    with unit_of_work(engine) as s:
        [delivery] = service.list_deliveries(s, sub_id)
        assert delivery.state == DeliveryState.FAILED
        assert delivery.attempts == service.MAX_ATTEMPTS
        assert "ConnectError" in (delivery.last_error or "")


def test_unsubscribed_urls_get_nothing_and_secrets_stay_out_of_the_audit_trail(
    engine: Engine, receiver: Receiver
) -> None:
    sub_id = _subscribe(engine, receiver.url, ["*"], secret="do-not-log-me")
    with unit_of_work(engine, actor="admin") as s:
        service.unsubscribe(s, sub_id)
    with unit_of_work(engine, actor="test") as s:
        f.customer(s)
    assert dispatch.dispatch_once(engine).fanned_out == 0
    assert receiver.requests == []
    with unit_of_work(engine) as s:
        trail = json.dumps([r.after for r in s.scalars(select(AuditRecord))])
        assert "do-not-log-me" not in trail
        assert s.scalars(select(WebhookDelivery)).first() is None


def test_bad_subscriptions_are_refused_with_the_field_named() -> None:
    with pytest.raises(ValidationError, match="url"):
        SubscriptionIn(url="ftp://example.com/x")
    with pytest.raises(ValidationError, match="topics"):
        SubscriptionIn(url="https://example.com/x", topics=[" "])


# -- Hardening (issue 13): SSRF, removed subscriptions, poisoned URLs --------------------

REFUSED_URLS = [
    "http://127.0.0.1:8000/hook",
    "http://localhost/hook",
    "http://LOCALHOST./hook",
    "http://api.localhost/hook",
    "http://[::1]/hook",
    "http://0.0.0.0/hook",
    "http://0/hook",
    "http://2130706433/hook",  # 127.0.0.1 as one number
    "http://0x7f.1/hook",
    "http://127.1/hook",
    "http://10.0.0.1/hook",
    "http://192.168.1.10/hook",
    "http://100.64.0.1/hook",  # carrier-grade NAT
    "http://169.254.169.254/latest/meta-data/",
    "http://168.63.129.16/machine",  # Azure's wire server: public-looking, still metadata
    "http://metadata.google.internal/computeMetadata/v1/",
    "http://[fd00::1]/hook",
    "http://[fe80::1]/hook",
    "http://[::ffff:127.0.0.1]/hook",  # IPv4-mapped IPv6
    "http://[::ffff:a9fe:a9fe]/hook",  # 169.254.169.254, mapped
    "http://[2002:7f00:1::]/hook",  # 6to4 around 127.0.0.1
    "http://224.0.0.1/hook",
    "http://[ff02::1]/hook",
    "http://240.0.0.1/hook",
    "http://example.com/a\r\nX-Injected: 1",
    "http://example.com/a\nb",
    "http://example.com/a b",
    "http://exa\tmple.com/",
    "http://example.com/\x00",
    "http://user:pass@example.com/hook",
    "http://example.com@127.0.0.1/hook",
    "ftp://example.com/hook",
    "file:///etc/passwd",
    "gopher://example.com/",
    "http:///hook",
    "http://example.com:0/hook",
    "http://example.com:99999/hook",
    "http://exa\\mple.com/hook",
    "http://bücher.example/hook",
    "https://example.com/" + "a" * 500,
]


@pytest.mark.parametrize("url", REFUSED_URLS)
def test_urls_off_limits_or_malformed_are_refused_naming_the_url_field(url: str) -> None:
    with pytest.raises(ValidationError, match=r"url\n.*Value error") as refused:
        SubscriptionIn(url=url)
    assert len(refused.value.errors()) == 1


def test_public_urls_pass_and_the_allow_list_lets_only_what_it_names(intranet: None) -> None:
    for url in [
        "https://example.com/hooks?x=1",
        "http://93.184.215.14:8080/in",
        "https://xn--bcher-kva.example/in",
        "http://[2606:4700::1111]/in",
        "http://127.0.0.1:8000/in",  # allowed: 127.0.0.1/32
        "http://hooks.corp/in",  # allowed by name
    ]:
        assert SubscriptionIn(url=url).url == url
    for url in ["http://127.0.0.2/in", "http://10.0.0.1/in", "http://169.254.169.254/"]:
        with pytest.raises(ValidationError, match="url"):
            SubscriptionIn(url=url)


def _insert_subscription(engine: Engine, url: str, topics: list[str] | None = None) -> int:
    """A subscription row as an older version stored it, before URLs were checked."""
    with unit_of_work(engine, actor="admin") as s:
        sub = WebhookSubscription(url=url, secret="s3cret", topics=topics or ["*"], active=True)
        s.add(sub)
        s.flush()
        return sub.id


def _deliveries(engine: Engine, sub_id: int) -> list[WebhookDelivery]:
    with unit_of_work(engine) as s:
        return service.list_deliveries(s, sub_id)


def test_a_stored_url_to_this_machine_is_refused_at_send_time(engine: Engine) -> None:
    target = Receiver()  # on 127.0.0.1; no allow-list in this test
    try:
        sub_id = _insert_subscription(engine, target.url)
        with unit_of_work(engine, actor="test") as s:
            f.customer(s)
        report = dispatch.dispatch_once(engine)
        assert target.requests == []
        assert report.failed == 1 and report.delivered == 0
        [delivery] = _deliveries(engine, sub_id)
        # Refused for good at once: retrying cannot make a loopback address public.
        assert delivery.state == DeliveryState.FAILED and delivery.attempts == 1
        assert (delivery.last_error or "").startswith("refused: host '127.0.0.1' is a loopback")
    finally:
        target.server.shutdown()


def test_the_answer_is_never_stored_and_redirects_are_not_followed(
    engine: Engine, receiver: Receiver
) -> None:
    sub_id = _subscribe(engine, receiver.url, ["*"])
    receiver.status = 302
    receiver.answer_headers = {"Location": "http://169.254.169.254/latest/meta-data/"}
    receiver.answer_body = b"root:x:0:0 internal secrets " * 100
    with unit_of_work(engine, actor="test") as s:
        f.customer(s)
    dispatch.dispatch_once(engine)
    assert len(receiver.requests) == 1  # the redirect was not followed
    [delivery] = _deliveries(engine, sub_id)
    assert delivery.state == DeliveryState.PENDING
    assert delivery.last_status == 302 and delivery.last_error == "HTTP 302"


class FakeDns:
    """Stands in for a DNS server that answers as told, in turn (a rebinding attacker)."""

    def __init__(self, answers: dict[str, list[list[str]]]) -> None:
        self.answers = answers
        self.asked: list[str] = []

    def __call__(self, host: str, port: int, type: int = 0) -> list[tuple[object, ...]]:
        self.asked.append(host)
        turns = self.answers[host]
        addresses = turns.pop(0) if len(turns) > 1 else turns[0]
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (a, port)) for a in addresses]


def test_names_are_checked_after_resolution_and_the_checked_address_is_the_one_used(
    engine: Engine, receiver: Receiver
) -> None:
    # The honest receiver is on 127.0.0.1 (allowed); an attacker's on 127.0.0.2, same port.
    attacker = Receiver("127.0.0.2", receiver.port)
    try:
        good = _subscribe(engine, f"http://rebind.example:{receiver.port}/hook", ["*"])
        bad = _subscribe(engine, f"http://evil.example:{receiver.port}/hook", ["*"])
        dns = FakeDns(
            {
                # First answer passes the check; any later lookup would hand out 127.0.0.2.
                "rebind.example": [["127.0.0.1"], ["127.0.0.2"]],
                # A public address beside a private one: refused, whichever comes first.
                "evil.example": [["93.184.215.14", "127.0.0.2"]],
            }
        )
        with unit_of_work(engine, actor="test") as s:
            f.customer(s)
        report = dispatch.dispatch_once(engine, resolve=dns)

        assert report.delivered == 1 and report.failed == 1
        [(headers, _)] = receiver.requests
        assert headers["Host"] == f"rebind.example:{receiver.port}"
        assert attacker.requests == []
        assert sorted(dns.asked) == ["evil.example", "rebind.example"]  # once each
        [refused] = _deliveries(engine, bad)
        assert refused.state == DeliveryState.FAILED
        assert refused.last_error == (
            "refused: host 'evil.example' resolves to a loopback address; webhooks reach "
            "only public addresses unless SMARTERP_WEBHOOK_ALLOWED_TARGETS lists it"
        )  # the address it resolved to is not told
        [delivered] = _deliveries(engine, good)
        assert delivered.state == DeliveryState.DELIVERED
    finally:
        attacker.server.shutdown()


def test_removed_or_disabled_subscriptions_get_nothing_more_and_the_log_says_why(
    engine: Engine, receiver: Receiver
) -> None:
    removed = _subscribe(engine, receiver.url, ["*"])
    disabled = _subscribe(engine, receiver.url + "?b", ["*"])
    receiver.fail_next = 2  # both first attempts fail: both wait for a retry
    with unit_of_work(engine, actor="test") as s:
        f.customer(s)
    assert dispatch.dispatch_once(engine).retrying == 2

    with unit_of_work(engine, actor="admin") as s:
        service.unsubscribe(s, removed)
        s.get_one(WebhookSubscription, disabled).active = False  # switched off in the table
    later = utcnow() + timedelta(seconds=service.LONGEST_RETRY_SECONDS * 30)
    for _ in range(3):
        dispatch.dispatch_once(engine, now=later)
        later += timedelta(seconds=service.LONGEST_RETRY_SECONDS + service.LEASE_SECONDS)

    assert len(receiver.requests) == 2  # the two first attempts, nothing after
    for sub_id in (removed, disabled):
        [delivery] = _deliveries(engine, sub_id)
        assert delivery.state == DeliveryState.DROPPED and delivery.attempts == 1
        assert delivery.last_error == "dropped unsent: the subscription was removed"


def test_a_poisoned_url_in_the_table_does_not_stop_the_others_in_the_batch(
    engine: Engine, receiver: Receiver
) -> None:
    poisoned = [
        _insert_subscription(engine, receiver.url + "\r\nX-Injected: 1"),
        _insert_subscription(engine, "ftp://example.com/hook"),
        _insert_subscription(engine, "http://[::1/hook"),
    ]
    valid = [
        _subscribe(engine, receiver.url, ["*"]),
        _subscribe(engine, receiver.url + "?2", ["*"]),
    ]
    with unit_of_work(engine, actor="test") as s:
        f.customer(s)

    report = dispatch.dispatch_once(engine)

    assert report.delivered == 2 and report.failed == 3
    assert len(receiver.requests) == 2
    assert all("X-Injected" not in headers for headers, _ in receiver.requests)
    for sub_id in valid:
        assert _deliveries(engine, sub_id)[0].state == DeliveryState.DELIVERED
    errors = [_deliveries(engine, sub_id)[0].last_error or "" for sub_id in poisoned]
    assert errors[0].startswith("refused: contains '\\r' at position")
    assert errors[1] == "refused: must be an http:// or https:// URL"
    assert errors[2].startswith("refused: ")


def _certificate_for(name: str, folder: Path) -> tuple[Path, Path, Path]:
    """A throwaway CA and a server certificate for `name` signed by it (openssl CLI)."""
    ca_key, ca, key, csr, cert = (folder / n for n in ("ca.key", "ca.pem", "k", "csr", "crt"))
    ext = folder / "ext.cnf"
    ext.write_text(f"subjectAltName=DNS:{name}\n")
    new_key = "-newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes"  # EC: quick to make
    steps = [
        f"req -x509 {new_key} -keyout {ca_key} -out {ca} -days 1 -subj /CN=ca "
        "-addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign",
        f"req {new_key} -keyout {key} -out {csr} -subj /CN={name}",
        f"x509 -req -in {csr} -CA {ca} -CAkey {ca_key} -CAcreateserial -out {cert} -days 1 "
        f"-extfile {ext}",
    ]
    for step in steps:
        subprocess.run(["openssl", *step.split()], check=True, capture_output=True)
    return ca, cert, key


@pytest.mark.skipif(shutil.which("openssl") is None, reason="needs the openssl command")
def test_https_to_a_pinned_address_still_verifies_the_certificate_against_the_name(
    engine: Engine, receiver: Receiver, tmp_path: Path
) -> None:
    ca, cert, key = _certificate_for("hooks.corp", tmp_path)
    tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    tls.load_cert_chain(cert, key)
    receiver.server.socket = tls.wrap_socket(receiver.server.socket, server_side=True)
    right = _subscribe(engine, f"https://hooks.corp:{receiver.port}/hook", ["*"])
    wrong = _subscribe(engine, f"https://other.corp:{receiver.port}/hook", ["*"])
    dns = FakeDns({"hooks.corp": [["127.0.0.1"]], "other.corp": [["127.0.0.1"]]})
    with unit_of_work(engine, actor="test") as s:
        f.customer(s)
    trusting = httpx.Client(verify=ssl.create_default_context(cafile=str(ca)))
    with trusting:
        report = dispatch.dispatch_once(engine, client=trusting, resolve=dns)

    assert report.delivered == 1 and report.retrying == 1
    [(headers, _)] = receiver.requests
    assert headers["Host"] == f"hooks.corp:{receiver.port}"
    assert _deliveries(engine, right)[0].state == DeliveryState.DELIVERED
    # The certificate names hooks.corp, not other.corp: refused although the address matches.
    assert _deliveries(engine, wrong)[0].last_error == "ConnectError"
