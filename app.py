"""The application factory: settings, extensions, blueprints, error pages and commands."""

from pathlib import Path

from flask import Flask
from sqlalchemy import event

from registry.config import settings_from_environment
from registry.extensions import babel, bootstrap, csrf, db, login_manager, mail, migrate

ROOT = Path(__file__).resolve().parent


def create_app(config: dict | None = None) -> Flask:
    """Build the application; `config` overrides settings read from the environment."""
    app = Flask(__name__, instance_path=str(ROOT / "instance"), instance_relative_config=True)
    app.config.update(settings_from_environment(Path(app.instance_path)))
    if config:
        app.config.update(config)
    register_extensions(app)
    register_blueprints(app)
    register_errorhandlers(app)
    register_commands(app)
    return app


def register_extensions(app: Flask) -> None:
    """Bind the extensions to `app`."""
    import registry.models  # noqa: F401  (every mapper known before the first query)
    import workflows.models  # noqa: F401
    from registry.i18n import select_locale

    db.init_app(app)
    migrate.init_app(app, db, directory=str(ROOT / "migrations"), render_as_batch=True)
    login_manager.init_app(app)
    csrf.init_app(app)
    babel.init_app(app, locale_selector=select_locale)
    mail.init_app(app)
    bootstrap.init_app(app)
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
    from registry import i18n, main, navigation
    from registry.auth import views as auth

    for module in (main, auth, i18n, navigation):
        module.init_app(app)


def register_errorhandlers(app: Flask) -> None:
    """Show friendly error pages."""
    from registry import errors

    errors.init_app(app)


def register_commands(app: Flask) -> None:
    """Add the `flask` commands."""
    from registry import accounts_cli

    accounts_cli.init_app(app)

