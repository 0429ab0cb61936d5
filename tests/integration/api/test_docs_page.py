"""/docs: Swagger UI from the package, never a CDN, under a Content-Security-Policy."""

from __future__ import annotations

import re

from tests.integration.api.conftest import Api


def test_docs_page_loads_its_assets_from_the_package_under_a_csp(api: Api) -> None:
    page = api.client.get("/docs")
    assert page.status_code == 200
    csp = page.headers["content-security-policy"]
    assert "script-src 'self';" in csp and "default-src 'none'" in csp
    assert "frame-ancestors 'none'" in csp
    assert "<script>" not in page.text  # no inline script: the CSP forbids it
    assets = re.findall(r'(?:src|href)="([^"]+)"', page.text)
    assert assets and all(a.startswith("/docs/assets/") for a in assets), assets
    for asset in assets:
        served = api.client.get(asset)
        assert served.status_code == 200 and len(served.content) > 100, asset
    init = api.client.get("/docs/assets/swagger-init.js").text
    assert '"/openapi.json"' in init and "validatorUrl: null" in init
    assert api.client.get("/docs/assets/swagger-ui.LICENSE").status_code == 200
