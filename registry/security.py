"""Security headers on every answer, through Flask-Talisman (pinned): CSP, framing, sniffing, referrer, HSTS.

The Content-Security-Policy runs scripts and styles from this site's own files only: no inline <script>,
no onclick=, no style="" (templates use classes of static/css/app.css and behaviours of static/js/).
Nobody may frame the pages (frame-ancestors 'none' and X-Frame-Options: DENY, against clickjacking).

HTTPS itself is the reverse proxy's job (docs/deploy.md): Talisman never redirects to https
(`force_https` off, else a proxy that speaks plain HTTP to gunicorn would loop), and HSTS is sent only
when the cookies are marked Secure (SESSION_COOKIE_SECURE), that is when the site is served over HTTPS.
"""

from flask import Flask
from flask_talisman import DENY, Talisman

#: Everything from this site only; images also as data: URIs (Bootstrap draws its icons that way).
CONTENT_SECURITY_POLICY = {
    "default-src": "'self'",
    "script-src": "'self'",
    "style-src": "'self'",
    "img-src": "'self' data:",
    "font-src": "'self'",
    "connect-src": "'self'",
    "object-src": "'none'",
    "base-uri": "'self'",
    "form-action": "'self'",
    "frame-ancestors": "'none'",
}
#: An evidence file is never run as a page, even if a browser were to open it (see attachments.file_response).
SANDBOX_POLICY = {"sandbox": "", "default-src": "'none'"}
#: Browser features the registry never uses, turned off for every page.
PERMISSIONS_POLICY = {"camera": "()", "microphone": "()", "geolocation": "()", "payment": "()", "usb": "()",
                      "browsing-topics": "()"}
REFERRER_POLICY = "strict-origin-when-cross-origin"

#: Only its decorator is used (`@view_policy(...)`: one view's own options); each app binds its own Talisman.
view_policy = Talisman()


def init_app(app: Flask) -> None:
    """Send the security headers on every answer of `app` (a Talisman of its own: it keeps app settings)."""
    secure = bool(app.config.get("SESSION_COOKIE_SECURE"))
    app.extensions["talisman"] = Talisman(
        app,
        force_https=False,
        frame_options=DENY,
        content_security_policy=CONTENT_SECURITY_POLICY,
        referrer_policy=REFERRER_POLICY,
        permissions_policy=PERMISSIONS_POLICY,
        strict_transport_security=secure,
        strict_transport_security_include_subdomains=False,
        # Leave the cookie settings as registry.config made them (Talisman would otherwise force them).
        session_cookie_secure=secure,
        session_cookie_samesite=app.config.get("SESSION_COOKIE_SAMESITE", "Lax"),
        session_cookie_http_only=bool(app.config.get("SESSION_COOKIE_HTTPONLY", True)),
    )
