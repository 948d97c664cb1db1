"""The application factory: settings, extensions, blueprints, error pages and commands."""

import gc
from pathlib import Path

from flask import Flask
from sqlalchemy import event
from werkzeug.middleware.proxy_fix import ProxyFix
from werkzeug.routing import IntegerConverter

from registry.config import settings_from_environment
from registry.extensions import babel, bootstrap, csrf, db, login_manager, mail, migrate
from registry.pagination import MAX_DB_ID
from registry.requests import CleanRequest

ROOT = Path(__file__).resolve().parent


class DatabaseIdConverter(IntegerConverter):
    """The `int` URL converter, bounded to PostgreSQL's 32-bit integer ids."""

    def __init__(self, url_map, fixed_digits=0, min=None, max=MAX_DB_ID, signed=False):  # noqa: A002
        super().__init__(url_map, fixed_digits=fixed_digits, min=min, max=max, signed=signed)


def create_app(config: dict | None = None) -> Flask:
    """Build the application; `config` overrides settings read from the environment."""
    app = Flask(__name__, instance_path=str(ROOT / "instance"), instance_relative_config=True)
    # Ids in URLs never exceed the database's integer range, so a huge id is a 404, not a DB error.
    app.url_map.converters["int"] = DatabaseIdConverter
    app.request_class = CleanRequest
    app.config.update(settings_from_environment(Path(app.instance_path)))
    if config:
        app.config.update(config)
    register_logging(app)
    if "REMEMBER_COOKIE_SECURE" not in (config or {}):
        # The remember cookie is as sensitive as the session cookie: sent over HTTPS only when that one is.
        app.config["REMEMBER_COOKIE_SECURE"] = app.config["SESSION_COOKIE_SECURE"]
    if app.config.get("TRUSTED_PROXY_HOPS", 0) > 0:
        # Only the configured number of proxies may say who the client is; anything else is the client's claim.
        hops = app.config["TRUSTED_PROXY_HOPS"]
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=hops, x_proto=hops)
    register_extensions(app)
    register_blueprints(app)
    register_errorhandlers(app)
    register_commands(app)
    if not app.testing:
        # What is built so far (modules, mappers, routes) lives as long as the process: moved out of the
        # collector's generations, a full collection no longer walks it. Measured on the dashboard: garbage
        # collection 3.1 ms a request before, 1.1 ms after. Not under tests, where it would only pin garbage.
        gc.freeze()
    return app


def register_logging(app: Flask) -> None:
    """Log as JSON lines on stderr, and give every request an id (first, so every later step has it)."""
    from registry import logs

    logs.init_app(app)


def register_extensions(app: Flask) -> None:
    """Bind the extensions to `app`."""
    import api.models  # noqa: F401
    import onboarding.models  # noqa: F401
    import paperwork.models  # noqa: F401
    import registry.models  # noqa: F401  (every mapper known before the first query)
    import reports.models  # noqa: F401
    import workflows.councils.models  # noqa: F401
    import workflows.models  # noqa: F401
    import workflows.outbox.models  # noqa: F401
    import workflows.scoring.models  # noqa: F401
    import workflows.sessions.models  # noqa: F401
    from registry import security
    from web import assets
    from web.locale import select_locale

    db.init_app(app)
    migrate.init_app(app, db, directory=str(ROOT / "migrations"), render_as_batch=True)
    login_manager.init_app(app)
    csrf.init_app(app)
    babel.init_app(app, locale_selector=select_locale)
    mail.init_app(app)
    bootstrap.init_app(app)
    assets.init_app(app)  # after Bootstrap-Flask: it versions and compresses Bootstrap's files too
    security.init_app(app)
    with app.app_context():
        if db.engine.dialect.name == "sqlite":
            event.listen(db.engine, "connect", _tune_sqlite)


def _tune_sqlite(dbapi_connection, _record) -> None:
    """Turn on WAL, foreign keys and a busy timeout on each new SQLite connection."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


def register_blueprints(app: Flask) -> None:
    """Mount the pages."""
    import api
    from onboarding import views as onboarding
    from paperwork import views as paperwork
    from registry import admin
    from registry.attachments import views as attachments
    from registry.auth import views as auth
    from registry.initiatives import views as initiatives
    from registry.unitpicker import views as unit_picker
    from reports import views as reports
    from web import home, locale, navigation, urls
    from workflows import councils, help, sessions
    from workflows.decisions import views as decisions
    from workflows.outbox import views as outbox
    from workflows.scoring import views as scoring

    for module in (home, urls, auth, locale, navigation, admin, attachments, initiatives, scoring, decisions, councils,
                   sessions, outbox, reports, help, paperwork, onboarding, api, unit_picker):
        module.init_app(app)


def register_errorhandlers(app: Flask) -> None:
    """Show friendly error pages."""
    from web import errors

    errors.init_app(app)


def register_commands(app: Flask) -> None:
    """Add the `flask` commands."""
    from demo import cli as demo_cli
    from onboarding import cli as onboarding_cli
    from registry import accounts_cli
    from reports import cli as reports_cli
    from workflows import cli as workflow_cli
    from workflows.outbox import cli as outbox_cli

    for module in (accounts_cli, demo_cli, reports_cli, workflow_cli, outbox_cli, onboarding_cli):
        module.init_app(app)

