"""Errors as RFC 9457 problem details (application/problem+json), with per-field details for bad input."""

from flask import Response, json, request
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from pydantic import ValidationError

from registry.refusals import CONFLICT, DATA, RIGHT, RULE, STALE, STATE, Refused

PROBLEM_TYPE = "application/problem+json"
#: Short titles of the statuses the API answers with; the detail says what happened this time.
TITLES = {
    400: _l("Bad request"),
    401: _l("Not signed in"),
    403: _l("Forbidden"),
    404: _l("Not found"),
    405: _l("Method not allowed"),
    409: _l("Conflict"),
    413: _l("Too large"),
    415: _l("Unsupported media type"),
    422: _l("Invalid data"),
    429: _l("Too many requests"),
    500: _l("Server error"),
    503: _l("Unavailable here"),
}
#: Messages for pydantic's error types, so that every message reaches the user in their language.
PYDANTIC_MESSAGES = {
    "missing": _l("This value is required."),
    "extra_forbidden": _l("This name is not known here."),
    "string_type": _l("Give a text."),
    "string_too_long": _l("This text is too long."),
    "string_too_short": _l("This text is too short."),
    "int_type": _l("Give a whole number."),
    "int_parsing": _l("Give a whole number."),
    "int_from_float": _l("Give a whole number."),
    "float_type": _l("Give a number."),
    "float_parsing": _l("Give a number."),
    "finite_number": _l("Give a number."),
    "bool_type": _l("Give true or false."),
    "bool_parsing": _l("Give true or false."),
    "list_type": _l("Give a list."),
    "too_long": _l("This list is too long."),
    "too_short": _l("This list is too short."),
    "dict_type": _l("Give an object."),
    "model_type": _l("Give an object."),
    "model_attributes_type": _l("Give an object."),
    "date_type": _l("Give a date as YYYY-MM-DD."),
    "date_parsing": _l("Give a date as YYYY-MM-DD."),
    "date_from_datetime_parsing": _l("Give a date as YYYY-MM-DD."),
    "date_from_datetime_inexact": _l("Give a date as YYYY-MM-DD."),
    "literal_error": _l("Choose one of the allowed values."),
    "enum": _l("Choose one of the allowed values."),
    "greater_than": _l("This number is too small."),
    "greater_than_equal": _l("This number is too small."),
    "less_than": _l("This number is too large."),
    "less_than_equal": _l("This number is too large."),
}


#: HTTP statuses of the refusal reasons (see registry.refusals).
STATUS_BY_REASON = {STATE: 409, STALE: 409, RULE: 409, CONFLICT: 409, RIGHT: 403, DATA: 422}


class ApiProblem(Exception):
    """An error the API answers with a problem document; `errors` maps JSON pointers to messages."""

    def __init__(self, status: int, detail: str, errors: dict[str, str] | None = None, reason: str = "",
                 headers: dict[str, str] | None = None):
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.errors = errors or {}
        self.reason = reason
        self.headers = headers or {}


def pointer(*parts) -> str:
    """Build a JSON pointer (RFC 6901) to a member of the request body."""
    return "".join("/" + str(part).replace("~", "~0").replace("/", "~1") for part in parts)


def from_validation_error(error: ValidationError, status: int = 422, prefix: tuple = ()) -> ApiProblem:
    """Turn pydantic's errors into a problem with one translated message per field."""
    errors: dict[str, str] = {}
    for item in error.errors(include_url=False, include_input=False, include_context=False):
        message = PYDANTIC_MESSAGES.get(item["type"], _l("This value is not valid."))
        errors.setdefault(pointer(*prefix, *item["loc"]), str(message))
    return ApiProblem(status, _("Please correct the marked values."), errors)


def from_refusal(refusal: Refused) -> ApiProblem:
    """Turn a service's refusal into a problem: 409 state/rule/stale/conflict, 403 right, 422 data."""
    return ApiProblem(STATUS_BY_REASON[refusal.reason], refusal.message,
                      {pointer(name): str(message) for name, message in refusal.fields.items()}, reason=refusal.reason)


def problem_response(problem: ApiProblem) -> Response:
    """Render a problem as application/problem+json."""
    body = {"type": f"{request.url_root}api/v1/docs#problem-{problem.reason}" if problem.reason else "about:blank",
            "title": str(TITLES.get(problem.status, TITLES[400])), "status": problem.status,
            "detail": problem.detail, "instance": request.path}
    if problem.reason:
        body["reason"] = problem.reason
    if problem.errors:
        body["errors"] = [{"pointer": key, "detail": message} for key, message in problem.errors.items()]
    response = Response(json.dumps(body), status=problem.status, mimetype=PROBLEM_TYPE)
    response.headers.update(problem.headers)
    return response


def is_api_request() -> bool:
    """Tell whether the current request is addressed to the API (its errors are JSON, not pages)."""
    return request.path == "/api/v1" or request.path.startswith("/api/")
