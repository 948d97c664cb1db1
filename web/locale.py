"""The interface language: the locale selector, the language switch, and the template filters it registers."""

from flask import Blueprint, current_app, g, has_request_context, redirect, request, session, url_for
from flask_login import current_user

from api.problems import is_api_request
from registry.i18n import format_date_vn, format_datetime_vn, format_number
from web.transaction import commit_or_refuse
from web.urls import safe_next_url

bp = Blueprint("i18n", __name__)


def select_locale() -> str:
    """Pick the locale: the signed-in user's, else the session's, else Vietnamese (API: see below)."""
    languages = current_app.config["LANGUAGES"]
    if not has_request_context():
        return current_app.config["BABEL_DEFAULT_LOCALE"]
    if is_api_request():
        # The API knows no session: the token's user, else the client's Accept-Language.
        user = g.get("api_user")
        if user is not None and user.locale in languages:
            return user.locale
        return request.accept_languages.best_match(languages) or current_app.config["BABEL_DEFAULT_LOCALE"]
    if current_user.is_authenticated and current_user.locale in languages:
        return current_user.locale
    if session.get("locale") in languages:
        return session["locale"]
    return current_app.config["BABEL_DEFAULT_LOCALE"]


@bp.post("/language/<code>")
def switch_language(code: str):
    """Switch the interface language and go back where the user was."""
    if code in current_app.config["LANGUAGES"]:
        session["locale"] = code
        if current_user.is_authenticated:
            commit_or_refuse(lambda: setattr(current_user, "locale", code))
    return redirect(safe_next_url(request.form.get("next")) or url_for("main.home"))


def init_app(app) -> None:
    """Register the language blueprint and the template filters."""
    app.register_blueprint(bp)
    app.add_template_filter(format_date_vn, "date")
    app.add_template_filter(format_datetime_vn, "datetime")
    app.add_template_filter(format_number, "number")
