"""Fixtures: one migrated database per run (SQLite, or PostgreSQL from TEST_DATABASE_URL)."""

import os
import shutil
import tempfile
from pathlib import Path

import pytest
import sqlalchemy as sa
from flask.testing import FlaskClient

os.environ.setdefault("SECRET_KEY", "tests-only-secret")  # keep the tests out of instance/

from app import create_app  # noqa: E402
from registry.extensions import db  # noqa: E402
from tests.factories import Factory  # noqa: E402

TEST_DATABASE_URL = os.environ.get("TEST_DATABASE_URL", "")


def _database_url(tmp: Path) -> str:
    """Return the test database URL, failing the run loudly if PostgreSQL cannot be reached."""
    if not TEST_DATABASE_URL:
        return f"sqlite:///{tmp / 'test.sqlite3'}"
    url = TEST_DATABASE_URL.replace("postgresql://", "postgresql+psycopg://", 1)
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    if worker:  # parallel runs (pytest -n): each worker gets a database of its own beside the given one
        url = _worker_database(sa.make_url(url), worker)
    engine = sa.create_engine(url)
    try:
        with engine.begin() as connection:
            # A clean schema every run: the migrations build it from nothing.
            connection.execute(sa.text("DROP SCHEMA public CASCADE"))
            connection.execute(sa.text("CREATE SCHEMA public"))
    except sa.exc.OperationalError as error:
        pytest.exit(f"TEST_DATABASE_URL is set but PostgreSQL cannot be reached: {error}", returncode=3)
    finally:
        engine.dispose()
    return url


def _worker_database(url: sa.URL, worker: str) -> str:
    """Create (once) the database `<name>_<worker>` on the server of `url` and return its URL."""
    name = f"{url.database}_{worker}"
    admin = sa.create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            exists = connection.scalar(sa.text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": name})
            if not exists:
                connection.execute(sa.text(f'CREATE DATABASE "{name}"'))
    except sa.exc.OperationalError as error:
        pytest.exit(f"TEST_DATABASE_URL is set but PostgreSQL cannot be reached: {error}", returncode=3)
    finally:
        admin.dispose()
    return url.set(database=name).render_as_string(hide_password=False)


class CommittingClient(FlaskClient):
    """A test client that commits what the test has set up before each request, as production would see it.

    The tests share one session with the requests; the rate limiter and the sign-in throttle write on
    a connection of their own, which would otherwise wait on the test's open transaction.
    """

    def open(self, *args, **kwargs):
        """Commit the test's session, then send the request."""
        db.session.commit()
        return super().open(*args, **kwargs)


@pytest.fixture(scope="session")
def app():
    """Return the application bound to a database built by the migrations."""
    from flask_migrate import upgrade

    tmp = Path(tempfile.mkdtemp(prefix="dvk-tests-"))
    application = create_app({
        "TESTING": True,
        "SQLALCHEMY_DATABASE_URI": _database_url(tmp),
        "WTF_CSRF_ENABLED": False,
        "UPLOAD_DIR": str(tmp / "uploads"),
        "MAX_UPLOAD_MB": 2,
        "MAX_CONTENT_LENGTH": 3 * 1024 * 1024,
        "MAIL_SUPPRESS_SEND": True,
        # A cheap hash keeps the suite fast; production keeps scrypt.
        "PASSWORD_HASH_METHOD": "pbkdf2:sha256:1000",
        # The rate limit has its own tests; the other ones send many requests from one address.
        "API_RATE_LIMIT": 1_000_000,
        "API_ANON_RATE_LIMIT": 1_000_000,
        # Likewise the cap on live tokens (tests/test_signin_throttle.py): other tests issue one per request.
        "API_MAX_TOKENS_PER_USER": 1_000_000,
    })
    application.test_client_class = CommittingClient
    with application.app_context():
        upgrade()
    yield application
    with application.app_context():
        db.engine.dispose()


@pytest.fixture(autouse=True)
def _empty_tables(app):
    """Give every test empty tables and a fresh application context."""
    ctx = app.app_context()
    ctx.push()
    yield
    db.session.rollback()
    db.session.remove()
    with db.engine.begin() as connection:
        for table in reversed(db.metadata.sorted_tables):
            connection.execute(table.delete())
    ctx.pop()


@pytest.fixture
def client(app):
    """Return a test client."""
    return app.test_client()


@pytest.fixture
def runner(app):
    """Return a CLI runner."""
    return app.test_cli_runner()


@pytest.fixture
def make(app):
    """Return the object factory (units, users, campaigns, initiatives)."""
    return Factory()


@pytest.fixture
def login(client):
    """Return a function that signs `user` in on the test client."""

    def sign_in(user, password="password123"):
        response = client.post("/login", data={"email": user.email, "password": password})
        assert response.status_code == 302, "sign-in failed"
        return user

    return sign_in


class ApiClient:
    """Calls the JSON API with a bearer token of the user given."""

    def __init__(self, client):
        self.client = client
        self._tokens = {}

    def token(self, user) -> str:
        """Return a token of `user` (issued once per test)."""
        from api.tokens import issue_token

        if user.id not in self._tokens:
            self._tokens[user.id] = issue_token(user, "tests")[0]
            db.session.commit()
        return self._tokens[user.id]

    def call(self, method: str, url: str, user=None, **kwargs):
        """Send a request to /api/v1`url` as `user` (None: without a token)."""
        headers = kwargs.pop("headers", {})
        if user is not None:
            headers["Authorization"] = f"Bearer {self.token(user)}"
        return self.client.open("/api/v1" + url, method=method, headers=headers, **kwargs)

    def get(self, url, user=None, **kwargs):
        """GET as `user`."""
        return self.call("GET", url, user, **kwargs)

    def post(self, url, user=None, **kwargs):
        """POST as `user`."""
        return self.call("POST", url, user, **kwargs)


@pytest.fixture
def api(client):
    """Return a client of the JSON API that signs requests with per-user tokens."""
    return ApiClient(client)


@pytest.fixture
def fresh_login_per_request(app):
    """Load the signed-in user afresh on every request, as in production.

    The tests' application context outlives each request, and Flask-Login caches the user in `g`
    there; tests where several browsers (or a stolen cookie) take turns need each request to look at
    its own cookies only.
    """
    from flask import g, request_started

    def forget_user(sender, **extra):
        g.pop("_login_user", None)

    request_started.connect(forget_user, app)
    yield
    request_started.disconnect(forget_user, app)


@pytest.fixture
def office_tools():
    """Require LibreOffice, pdftotext and zbarimg: a test that reads documents back fails without them, never skips.

    `make test` installs them (scripts/ensure-libreoffice.sh).
    """
    missing = [tool for tool in ("soffice", "pdftotext", "zbarimg") if shutil.which(tool) is None]
    assert not missing, f"{', '.join(missing)} missing: run scripts/ensure-libreoffice.sh"
