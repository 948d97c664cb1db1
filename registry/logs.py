"""Logging: a request id for every request, and every log record as one JSON line on stderr.

gunicorn collects a worker's stderr, so a line written here reaches the same place as its own logs. An
unexpected exception is logged once, by the error handler (web.errors), as one line that carries the
request id shown to the user on the 500 page: a user quotes the id, the administrator finds the line.
"""

import json
import logging
import re
import sys
import traceback
import uuid
from datetime import UTC, datetime

from flask import Flask, g, has_request_context, request
from flask_login import current_user

#: The header a reverse proxy (or a client) may send, and the one the answer carries.
REQUEST_ID_HEADER = "X-Request-ID"
#: An incoming id is kept only when it is short and plain, so that it cannot forge or break a log line.
SANE_REQUEST_ID = re.compile(r"[A-Za-z0-9._:@+=-]{8,128}")
#: The logger unexpected exceptions go to.
error_logger = logging.getLogger("registry.errors")
#: Marks the handler this module installed, so that building several apps (tests) installs one.
_HANDLER_NAME = "dvk-json-stderr"


def request_id() -> str:
    """Return the current request's id: a sane incoming X-Request-ID, else a new random one."""
    # Kept on the request itself, not on `g`: an application context may outlive one request (tests, CLI).
    if "dvk.request_id" not in request.environ:
        incoming = request.headers.get(REQUEST_ID_HEADER, "")
        request.environ["dvk.request_id"] = incoming if SANE_REQUEST_ID.fullmatch(incoming) else uuid.uuid4().hex
    return request.environ["dvk.request_id"]


def _user_id(load: bool = False) -> int | None:
    """Return the id of the request's user: one already known, or with `load` the signed-in one.

    Loading (flask_login.current_user) may query the database, which may be what just failed: then None.
    """
    for user in (g.get("_login_user"), g.get("api_user")):
        user_id = getattr(user, "id", None)
        if user_id is not None:
            return user_id
    if not load:
        return None
    try:
        return getattr(current_user, "id", None)
    except Exception:  # noqa: BLE001 (a log line must not fail because the user cannot be read)
        return None


def _request_fields(load_user: bool = False) -> dict:
    """Return what a log line tells of the current request."""
    return {"request_id": request_id(), "method": request.method, "path": request.path,
            "user_id": _user_id(load_user)}


class JsonFormatter(logging.Formatter):
    """Format a record as one line of JSON: time, level, logger, the request, message, exception."""

    def format(self, record: logging.LogRecord) -> str:
        """Return the record as a single line of JSON (newlines of a traceback stay escaped inside)."""
        line = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
        }
        # Fields put on the record when it was logged win; else the request being served, if any.
        fields = getattr(record, "request", None) or (_request_fields() if has_request_context() else {})
        line.update(fields)
        line["message"] = record.getMessage()
        if record.exc_info and record.exc_info[0] is not None:
            kind, error, trace = record.exc_info
            line["exception"] = f"{kind.__module__}.{kind.__qualname__}"
            line["traceback"] = "".join(traceback.format_exception(kind, error, trace))
        # ASCII only: a Vietnamese message cannot then hold a character that some tool reads as a line break.
        return json.dumps(line, ensure_ascii=True, default=str)


def log_unexpected(error: BaseException) -> None:
    """Log an unhandled exception as one structured line (with the request id); after a rollback."""
    error_logger.error("%s", str(error) or type(error).__name__, exc_info=(type(error), error, error.__traceback__),
                       extra={"request": _request_fields(load_user=True)})


def _take_request_id() -> None:
    """Settle the request's id before anything else runs (returns None, so the request goes on)."""
    request_id()


def _send_request_id(response):
    """Send the request id back, so that a client can quote it."""
    response.headers[REQUEST_ID_HEADER] = request_id()
    return response


def init_app(app: Flask) -> None:
    """Send every log record to stderr as JSON (once per process) and give each request an id."""
    root = logging.getLogger()
    if not any(handler.get_name() == _HANDLER_NAME for handler in root.handlers):
        handler = logging.StreamHandler(sys.stderr)
        handler.set_name(_HANDLER_NAME)
        handler.setFormatter(JsonFormatter())
        root.addHandler(handler)
    root.setLevel(app.config.get("LOG_LEVEL", "INFO"))
    app.before_request(_take_request_id)
    app.after_request(_send_request_id)
