"""Security headers on every answer (Flask-Talisman): CSP without inline script, no framing, HSTS when secure."""

import re
from pathlib import Path

import pytest
from sqlalchemy import select

from app import create_app
from registry.extensions import db
from registry.models import Attachment
from registry.roles import ROLE_OFFICER
from tests import attachment_samples as samples
from tests.test_attachments import post_files

TEMPLATES = Path(__file__).resolve().parents[1] / "templates"


def _directives(policy: str) -> dict[str, str]:
    return {part.split(" ", 1)[0]: part.partition(" ")[2].strip() for part in (p.strip() for p in policy.split(";"))}


def _assert_headers(response, url):
    policy = _directives(response.headers.get("Content-Security-Policy", ""))
    assert policy.get("script-src") == "'self'" and policy.get("style-src") == "'self'", (url, policy)
    assert policy.get("frame-ancestors") == "'none'" and policy.get("object-src") == "'none'", url
    assert "unsafe-inline" not in response.headers["Content-Security-Policy"], url
    assert response.headers["X-Frame-Options"] == "DENY", url
    assert response.headers["X-Content-Type-Options"] == "nosniff", url
    assert response.headers["Referrer-Policy"] == "strict-origin-when-cross-origin", url
    assert {"camera=()", "microphone=()", "geolocation=()"} <= set(
        response.headers["Permissions-Policy"].replace(" ", "").split(",")), url
    assert "Strict-Transport-Security" not in response.headers, url  # cookies are not Secure here


@pytest.mark.parametrize("url", ["/login", "/", "/healthz", "/no/such/page", "/static/css/app.css",
                                 "/api/v1/docs", "/api/v1/openapi.json", "/api/v1/me", "/api/v1/nothing"])
def test_every_answer_carries_the_security_headers(client, url):
    response = client.get(url, buffered=True)
    response.close()
    _assert_headers(response, url)
    assert response.status_code != 302 or "https://" not in response.headers["Location"]  # never forced to https


def test_signed_in_pages_carry_them_too_and_https_behind_the_proxy_is_not_forced(client, make, login):
    officer = make.user(ROLE_OFFICER)
    db.session.commit()
    login(officer)
    for url in ("/initiatives/", "/account/tokens/", "/account/password", "/account/notifications"):
        response = client.get(url, headers={"X-Forwarded-Proto": "https"})
        assert response.status_code == 200, url
        _assert_headers(response, url)


@pytest.fixture
def secure_app(app):
    """Return a twin of the test app whose cookies are Secure (served over HTTPS)."""
    served = create_app({"TESTING": True, "SQLALCHEMY_DATABASE_URI": app.config["SQLALCHEMY_DATABASE_URI"],
                         "SESSION_COOKIE_SECURE": True})
    yield served
    with served.app_context():
        db.engine.dispose()


def test_hsts_is_sent_over_https_only_when_cookies_are_secure(app, client, secure_app, make):
    https = secure_app.test_client().get("/login", base_url="https://dvk.example.vn")
    assert https.headers["Strict-Transport-Security"] == "max-age=31556926"
    assert "Secure" in https.headers["Set-Cookie"]
    # Without Secure cookies, no HSTS even over HTTPS, and Talisman does not force the session cookie Secure.
    plain = client.get("/login", base_url="https://dvk.example.vn")
    assert "Strict-Transport-Security" not in plain.headers
    officer = make.user(ROLE_OFFICER)
    db.session.commit()
    signed_in = client.post("/login", data={"email": officer.email, "password": "password123"})
    assert app.config["SESSION_COOKIE_SECURE"] is False and "Secure" not in signed_in.headers["Set-Cookie"]


def test_evidence_downloads_keep_their_sandbox_policy(client, api, make, login):
    province = make.unit("Tỉnh A", level="province")
    draft = make.initiative(unit=make.unit("Xã B", parent=province))
    officer = make.user(ROLE_OFFICER, unit=draft.unit)
    db.session.commit()
    login(officer)
    assert post_files(client, draft.id, ("bao-cao.pdf", samples.pdf_bytes())).status_code == 302
    attachment = db.session.scalars(select(Attachment)).one()
    page = client.get(f"/attachments/{attachment.id}", buffered=True)
    by_api = api.get(f"/initiatives/{draft.id}/attachments/{attachment.id}", officer, buffered=True)
    for response in (page, by_api):
        assert response.status_code == 200
        assert _directives(response.headers["Content-Security-Policy"]) == {"sandbox": "", "default-src": "'none'"}
        assert response.headers["X-Frame-Options"] == "DENY"


#: What the policy would block: inline handlers, inline scripts, javascript: links, inline styles.
INLINE = re.compile(r"""\son[a-z]+\s*=|<script(?![^>]*\ssrc=)[^>]*>|javascript:|\sstyle\s*=|<style""", re.I)


def test_no_page_template_holds_inline_script_or_style():
    # Mail bodies (templates/email) are read in mail programs, never served under the policy.
    found = [f"{path.relative_to(TEMPLATES)}: {match.group(0).strip()}"
             for path in sorted(TEMPLATES.rglob("*.html")) if "email" not in path.parts
             for match in INLINE.finditer(path.read_text())]
    assert found == []
