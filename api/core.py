"""The API's blueprint and its one way to declare an operation: parse, authenticate, call, answer.

Each view is declared with `operation(...)`: its query and body models (pydantic), the model it
answers with and the errors it may give. The same declaration drives the request parsing here and
the OpenAPI document (api.openapi), so the documentation cannot drift from the code.
"""

import json
from dataclasses import dataclass
from functools import wraps

from flask import Blueprint, Response, current_app, g, request
from flask_babel import gettext as _
from pydantic import BaseModel, ValidationError

from api import ratelimit
from api.problems import ApiProblem, from_validation_error, pointer
from api.tokens import token_for
from registry.extensions import csrf
from registry.models import User

bp = Blueprint("api", __name__, url_prefix="/api/v1")
# Bearer tokens, never cookies, authenticate API calls: a forged cross-site request carries no token.
csrf.exempt(bp)

JSON_TYPE = "application/json"


@dataclass
class Operation:
    """What one API operation takes and answers, read by the dispatcher and the OpenAPI generator."""

    summary: object
    tag: str
    description: object = ""
    query: type[BaseModel] | None = None
    body: type[BaseModel] | None = None
    response: type[BaseModel] | None = None
    status: int = 200
    #: statuses beyond those every operation may give (400, 401, 429 and, with a body, 415 and 422)
    errors: tuple[int, ...] = ()
    public: bool = False
    #: the body is multipart/form-data with files under "files"
    upload: bool = False
    #: the answer is the file itself, not JSON
    download: bool = False


def operation(rule: str, method: str, **spec):
    """Declare an API operation at `rule` for `method`; the view gets `query`/`body` when declared."""

    def decorator(view):
        declared = Operation(**spec)

        @wraps(view)
        def dispatch(**path):
            arguments = dict(path)
            if declared.query is not None:
                arguments["query"] = _parse_query(declared.query)
            if declared.body is not None:
                arguments["body"] = _parse_body(declared.body)
            result = view(**arguments)
            if isinstance(result, Response):
                return result
            return json_response(result, declared.status)

        dispatch.api_operation = declared
        bp.add_url_rule(rule, view.__name__, dispatch, methods=[method])
        return dispatch

    return decorator


def json_response(model: BaseModel, status: int = 200) -> Response:
    """Answer with a model as JSON."""
    return Response(model.model_dump_json(), status=status, mimetype=JSON_TYPE)


def _parse_query(model: type[BaseModel]) -> BaseModel:
    """Read the query string into `model`; a malformed value is a 400."""
    try:
        return model.model_validate({key: request.args.get(key) for key in request.args})
    except ValidationError as error:
        raise from_validation_error(error, status=400) from None


def _parse_body(model: type[BaseModel]) -> BaseModel:
    """Read a JSON body into `model`; not JSON is 415, unreadable JSON 400, a wrong value or a NUL 422."""
    if request.mimetype != JSON_TYPE:
        raise ApiProblem(415, _("Send the data as JSON (Content-Type: application/json)."))
    raw = request.get_data() or b"null"
    try:
        parsed = model.model_validate_json(raw)
    except ValidationError as error:
        if any(item["type"] == "json_invalid" for item in error.errors()):
            raise ApiProblem(400, _("The body is not valid JSON.")) from None
        raise from_validation_error(error) from None
    # A JSON string may carry "\u0000"; PostgreSQL refuses NUL in text, so it would end as a 500 at the
    # first write. The pages' forms strip it (registry.requests); an API client is told instead, at the
    # one place every body is read. Only a body that may hold one (its escape or the byte) is walked again.
    if b"\\u0000" in raw or b"\x00" in raw:
        found = _nul_pointers(json.loads(raw))
        if found:
            message = _("Text may not contain the NUL character (\\u0000).")
            raise ApiProblem(422, message, errors=dict.fromkeys(found, message))
    return parsed


def _nul_pointers(value, path: tuple = ()) -> list[str]:
    """Return the JSON pointers of every string (value or name) in `value` holding a NUL character."""
    if isinstance(value, str):
        return [pointer(*path)] if "\x00" in value else []
    if isinstance(value, list):
        return [found for index, item in enumerate(value) for found in _nul_pointers(item, (*path, index))]
    if isinstance(value, dict):
        return [found for key, item in value.items()
                for found in ([pointer(*path, key)] if "\x00" in key else []) + _nul_pointers(item, (*path, key))]
    return []


def api_user() -> User:
    """Return the user the request's token belongs to."""
    return g.api_user


def _bearer_secret() -> str | None:
    """Return the secret of an `Authorization: Bearer <token>` header, or None."""
    scheme, _space, secret = request.headers.get("Authorization", "").partition(" ")
    return secret.strip() if scheme.lower() == "bearer" and secret.strip() else None


@bp.before_request
def authenticate_and_limit():
    """Recognise the token (401 without one where needed), then count the request (429 over the limit)."""
    view = current_app.view_functions.get(request.endpoint)
    declared = getattr(view, "api_operation", None)
    secret = _bearer_secret()
    token = token_for(secret) if secret else None
    g.api_user = token.user if token else None
    g.api_token = token
    # Getting a token is a sign-in attempt: it is counted by address whatever token the request carries,
    # or another user's token would move the attempts into that token's far larger bucket.
    if token is not None and request.endpoint != "api.create_token":
        ratelimit.check(f"token:{token.id}", current_app.config["API_RATE_LIMIT"])
    else:
        ratelimit.check(f"ip:{request.remote_addr or 'unknown'}", current_app.config["API_ANON_RATE_LIMIT"])
    if declared is not None and not declared.public and token is None:
        message = _("This token is not valid or has expired.") if secret else _(
            "Send a token: Authorization: Bearer <token>.")
        raise ApiProblem(401, message, headers={"WWW-Authenticate": 'Bearer realm="dvk-registry"'})


@bp.after_request
def add_rate_limit_headers(response: Response) -> Response:
    """Tell the client how much of its rate limit is left (RateLimit-Limit/-Remaining/-Reset)."""
    response.headers.update(g.get("rate_limit_headers", {}))
    return response
