"""Fixtures: one migrated database per run (SQLite, or PostgreSQL from TEST_DATABASE_URL)."""

import os
import tempfile
from pathlib import Path

import pytest
import sqlalchemy as sa

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
    })
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
