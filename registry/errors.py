"""Friendly error pages, and the conversion of a stale write into a clear message."""

from flask import flash, redirect, render_template, request
from flask_babel import gettext as _
from sqlalchemy.orm.exc import StaleDataError
from werkzeug.exceptions import HTTPException, InternalServerError

from registry.extensions import db
from registry.urls import safe_next_url


def _render_http_error(error: HTTPException):
    db.session.rollback()
    return render_template("errors/error.html", error=error), error.code


def _stale_data(_error: StaleDataError):
    db.session.rollback()
    flash(_("Someone else has changed this initiative. Please reload the page."), "warning")
    return redirect(safe_next_url(request.full_path) or "/")


def _unexpected(_error: Exception):
    db.session.rollback()
    return render_template("errors/error.html", error=InternalServerError()), 500


def init_app(app) -> None:
    """Register the error handlers."""
    app.register_error_handler(HTTPException, _render_http_error)
    app.register_error_handler(StaleDataError, _stale_data)
    if not app.testing:
        # In tests an unexpected exception must surface as a failure, not as a pretty page.
        app.register_error_handler(Exception, _unexpected)
