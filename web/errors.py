"""Friendly error pages, and the conversion of a stale write into a clear message.

Under /api/ the same errors are answered as problem documents (api.problems) instead of pages.
"""

from flask import Response, current_app, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from sqlalchemy.orm.exc import StaleDataError
from werkzeug.exceptions import (
    HTTPException,
    InternalServerError,
    MethodNotAllowed,
    NotFound,
    RequestEntityTooLarge,
)

from api.problems import ApiProblem, is_api_request, problem_response
from registry.extensions import db
from registry.logs import log_unexpected, request_id
from web.urls import safe_next_url


def _render_http_error(error: HTTPException):
    db.session.rollback()
    if is_api_request():
        code = 404 if isinstance(error, MethodNotAllowed) and _no_route_at_all() else error.code or 500
        return _api_problem(ApiProblem(code, _http_detail(code)))
    if isinstance(error, RequestEntityTooLarge) and _upload_target() is not None:
        return _too_large_upload(_upload_target())
    return render_template("errors/error.html", error=error), error.code


def _no_route_at_all() -> bool:
    """Tell whether no route has this path, whatever the method.

    Werkzeug answers 405 for a path that fits no rule (an id beyond the `int` converter's bound) when the
    method is not GET; the API says 404 there, as it does for GET.
    """
    try:
        current_app.url_map.bind_to_environ(request.environ).match(request.path, method="GET")
    except NotFound:
        return True
    except HTTPException:
        return False
    return False


#: The pages that take evidence files; their 413 goes back to the model page with a message.
UPLOAD_ENDPOINTS = ("attachments.upload",)


def _upload_target() -> int | None:
    """Return the initiative whose evidence upload was too large, or None for any other request."""
    rule = request.url_rule
    if rule is None or rule.endpoint not in UPLOAD_ENDPOINTS:
        return None
    return (request.view_args or {}).get("initiative_id")


def _too_large_upload(initiative_id: int):
    """Send the user back to the model's evidence card, saying the limit, instead of a bare error page.

    The body was never read, so nothing was saved; the limit said is the one a single file is checked against.
    """
    flash(_("The upload is too large: each file may be at most %(mb)d MB. Nothing was saved.",
            mb=current_app.config["MAX_UPLOAD_MB"]), "danger")
    return redirect(url_for("initiatives.detail", initiative_id=initiative_id, _anchor="attachments"))


def _http_detail(code: int | None) -> str:
    """Say in the user's language what an HTTP error means for an API client."""
    details = {
        404: _("There is nothing at this address, or you may not see it."),
        405: _("This address does not accept this method."),
        413: _("The upload is too large."),
        400: _("The request could not be read."),
    }
    return details.get(code, _("The request could not be served."))


def _api_problem(problem: ApiProblem):
    db.session.rollback()
    return problem_response(problem)


def _stale_data(_error: StaleDataError):
    db.session.rollback()
    message = _("Someone else has changed this initiative. Please reload the page.")
    if is_api_request():
        return problem_response(ApiProblem(409, message, reason="stale"))
    flash(message, "warning")
    return redirect(safe_next_url(request.full_path) or "/")


def _unexpected(error: Exception):
    """Log the error as one line with the request id, and answer with that id for the user to quote."""
    db.session.rollback()  # first, so that the log line can still read who the user is
    log_unexpected(error)
    if is_api_request():
        return problem_response(ApiProblem(500, _(
            "Something went wrong on our side. Please try again later. Quote this code if you report it: %(id)s",
            id=request_id())))
    try:
        return render_template("errors/error.html", error=InternalServerError(), request_id=request_id()), 500
    except Exception as page_error:  # noqa: BLE001 (the page itself may need what just failed, e.g. the database)
        log_unexpected(page_error)
        return Response(f"500 - {request_id()}", status=500, mimetype="text/plain")


def init_app(app) -> None:
    """Register the error handlers."""
    app.register_error_handler(HTTPException, _render_http_error)
    app.register_error_handler(ApiProblem, _api_problem)
    app.register_error_handler(StaleDataError, _stale_data)
    if not app.testing:
        # In tests an unexpected exception must surface as a failure, not as a pretty page.
        app.register_error_handler(Exception, _unexpected)
