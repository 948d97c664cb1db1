"""Settings read from the environment, with safe defaults for a single-machine install."""

import os
import secrets
from datetime import timedelta
from pathlib import Path


def _secret_key(instance_path: Path) -> str:
    """Return SECRET_KEY from the environment, or one generated once and kept in instance/."""
    if os.environ.get("SECRET_KEY"):
        return os.environ["SECRET_KEY"]
    key_file = instance_path / "secret_key"
    if not key_file.exists():
        key_file.write_text(secrets.token_hex(32))
        key_file.chmod(0o600)
    return key_file.read_text().strip()


def _database_url(instance_path: Path) -> str:
    """Return the SQLAlchemy URL: DATABASE_URL, forcing psycopg 3 for PostgreSQL, else SQLite."""
    url = os.environ.get("DATABASE_URL", "")
    if not url:
        return f"sqlite:///{instance_path / 'dvk.sqlite3'}"
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def _bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def settings_from_environment(instance_path: Path) -> dict:
    """Build the configuration mapping for create_app from environment variables."""
    instance_path.mkdir(parents=True, exist_ok=True)
    max_upload_mb = int(os.environ.get("MAX_UPLOAD_MB", "20"))
    return {
        "SECRET_KEY": _secret_key(instance_path),
        "SQLALCHEMY_DATABASE_URI": _database_url(instance_path),
        "SQLALCHEMY_ENGINE_OPTIONS": {"pool_pre_ping": True},
        "UPLOAD_DIR": os.environ.get("UPLOAD_DIR", str(instance_path / "uploads")),
        "MAX_UPLOAD_MB": max_upload_mb,
        # Room for a whole form with one maximal file; each file is checked on its own too.
        "MAX_CONTENT_LENGTH": (max_upload_mb + 1) * 1024 * 1024,
        "BASE_URL": os.environ.get("BASE_URL", "http://127.0.0.1:5000"),
        "STEERING_BODY_NAME": os.environ.get("STEERING_BODY_NAME", "Ban Tuyên giáo và Dân vận"),
        # The installation's body, named in the header as a provincial portal does; the defaults fit the demo.
        "ORG_PARENT_NAME": os.environ.get("ORG_PARENT_NAME", "Tỉnh ủy Lam Hồng"),
        "ORG_NAME": os.environ.get("ORG_NAME", "Ban Tuyên giáo và Dân vận"),
        "ORG_CONTACT": os.environ.get(
            "ORG_CONTACT", "Số 1 đường Trần Hưng Đạo, TP. Lam Hồng · ĐT: 0200 3 800 800 · bantgdv@lamhong.example"),
        # The issuer's short sign in decision numbers ("…-QĐ/BTGDVTU"); the Ban Dân vận (BDVTU) was merged.
        "ISSUER_SHORT": os.environ.get("ISSUER_SHORT", "BTGDVTU"),
        "MAIL_SERVER": os.environ.get("MAIL_SERVER", "localhost"),
        "MAIL_PORT": int(os.environ.get("MAIL_PORT", "25")),
        "MAIL_USE_TLS": _bool("MAIL_USE_TLS", False),
        "MAIL_USE_SSL": _bool("MAIL_USE_SSL", False),
        "MAIL_USERNAME": os.environ.get("MAIL_USERNAME"),
        "MAIL_PASSWORD": os.environ.get("MAIL_PASSWORD"),
        "MAIL_DEFAULT_SENDER": os.environ.get("MAIL_DEFAULT_SENDER", "dvk-registry@localhost"),
        # "smtp" sends through MAIL_SERVER; "file" writes .eml files to MAIL_FILE_DIR (the demo).
        # Unset, it is "smtp" when MAIL_SERVER is set in the environment and "file" otherwise.
        "MAIL_BACKEND": os.environ.get("MAIL_BACKEND") or ("smtp" if os.environ.get("MAIL_SERVER") else "file"),
        "MAIL_FILE_DIR": os.environ.get("MAIL_FILE_DIR", str(instance_path / "mail")),
        "MAIL_SUBJECT_PREFIX": os.environ.get("MAIL_SUBJECT_PREFIX", "[Dân vận khéo]"),
        "MAIL_TIMEOUT": float(os.environ.get("MAIL_TIMEOUT", "30")),
        "OUTBOX_MAX_ATTEMPTS": int(os.environ.get("OUTBOX_MAX_ATTEMPTS", "6")),
        "OUTBOX_BATCH_SIZE": int(os.environ.get("OUTBOX_BATCH_SIZE", "50")),
        "OUTBOX_RETRY_SECONDS": int(os.environ.get("OUTBOX_RETRY_SECONDS", "60")),
        "OUTBOX_POLL_SECONDS": float(os.environ.get("OUTBOX_POLL_SECONDS", "5")),
        "OUTBOX_DIGEST_HOUR": int(os.environ.get("OUTBOX_DIGEST_HOUR", "7")),
        "AUTOSAVE_SECONDS": int(os.environ.get("AUTOSAVE_SECONDS", "20")),
        "REMINDER_DAYS_BEFORE_DEADLINE": int(os.environ.get("REMINDER_DAYS_BEFORE_DEADLINE", "3")),
        "REMINDER_RETURNED_AFTER_DAYS": int(os.environ.get("REMINDER_RETURNED_AFTER_DAYS", "7")),
        "BABEL_DEFAULT_LOCALE": "vi",
        "BABEL_DEFAULT_TIMEZONE": "Asia/Ho_Chi_Minh",
        "LANGUAGES": ("vi", "en"),
        "BOOTSTRAP_SERVE_LOCAL": True,
        "SESSION_COOKIE_HTTPONLY": True,
        "SESSION_COOKIE_SAMESITE": "Lax",
        "SESSION_COOKIE_SECURE": _bool("SESSION_COOKIE_SECURE", False),
        "REMEMBER_COOKIE_HTTPONLY": True,
        "REMEMBER_COOKIE_SAMESITE": "Lax",
        # REMEMBER_COOKIE_SECURE follows SESSION_COOKIE_SECURE (set in create_app, after any override).
        "REMEMBER_COOKIE_DURATION": timedelta(days=int(os.environ.get("REMEMBER_DAYS", "14"))),
        # A signed-in session unused this long is signed out (0: never).
        "SESSION_IDLE_MINUTES": int(os.environ.get("SESSION_IDLE_MINUTES", "120")),
        # Sign-in throttle (registry/auth/throttle.py), counted in the database: after this many failures
        # within the window, an account (or a client address) waits, twice as long after each further failure.
        "LOGIN_FAILURES_PER_ACCOUNT": int(os.environ.get("LOGIN_FAILURES_PER_ACCOUNT", "5")),
        "LOGIN_FAILURES_PER_ADDRESS": int(os.environ.get("LOGIN_FAILURES_PER_ADDRESS", "20")),
        "LOGIN_FAILURE_WINDOW_SECONDS": int(os.environ.get("LOGIN_FAILURE_WINDOW_SECONDS", "900")),
        "LOGIN_LOCKOUT_SECONDS": int(os.environ.get("LOGIN_LOCKOUT_SECONDS", "60")),
        "LOGIN_LOCKOUT_MAX_SECONDS": int(os.environ.get("LOGIN_LOCKOUT_MAX_SECONDS", "3600")),
        # Reverse proxies in front of the app whose X-Forwarded-For is trusted (Werkzeug ProxyFix); 0: none.
        "TRUSTED_PROXY_HOPS": int(os.environ.get("TRUSTED_PROXY_HOPS", "0")),
        "PASSWORD_MIN_LENGTH": int(os.environ.get("PASSWORD_MIN_LENGTH", "12")),
        "PASSWORD_RESET_MINUTES": int(os.environ.get("PASSWORD_RESET_MINUTES", "60")),
        # Excel imports (onboarding/): how long an invitation link works, and the largest file accepted.
        "INVITATION_DAYS": int(os.environ.get("INVITATION_DAYS", "14")),
        "IMPORT_MAX_MB": int(os.environ.get("IMPORT_MAX_MB", "20")),
        "WTF_CSRF_TIME_LIMIT": None,
        "PAGE_SIZE": 25,
        # Python logging level of the JSON lines written on stderr (registry.logs).
        "LOG_LEVEL": os.environ.get("LOG_LEVEL", "INFO").upper(),
        # The API (api/): token lifetime when created with e-mail and password, and requests allowed per
        # window per token and, without a token (sign-in attempts), per address.
        "API_TOKEN_DAYS": int(os.environ.get("API_TOKEN_DAYS", "30")),
        "API_RATE_LIMIT": int(os.environ.get("API_RATE_LIMIT", "300")),
        "API_ANON_RATE_LIMIT": int(os.environ.get("API_ANON_RATE_LIMIT", "30")),
        "API_RATE_WINDOW_SECONDS": int(os.environ.get("API_RATE_WINDOW_SECONDS", "60")),
        "API_MAX_TOKENS_PER_USER": int(os.environ.get("API_MAX_TOKENS_PER_USER", "10")),
    }
