"""The OpenAPI document and the readable page beside it (no token needed)."""

import json

from flask import Response, current_app, render_template
from flask_babel import lazy_gettext as _l

from api.core import bp, operation
from api.openapi import document, operations
from api.problems import TITLES

TAG = "documentation"
#: The `reason` of a refused action, as the problem documents' `type` anchors name them.
REASONS = {
    "state": _l("The action is not possible in the initiative's current state (409)."),
    "rule": _l("The council's rule is not met, for example no quorum yet (409)."),
    "stale": _l("Someone changed the initiative since you read it: read it again (409)."),
    "right": _l("Your roles do not allow this action on this initiative (403)."),
    "data": _l("Something the action needs is missing or wrong; `errors` says what (422)."),
}


@operation("/openapi.json", "GET", summary=_l("This API's OpenAPI document"), tag=TAG, public=True)
def openapi_json():
    """Answer with the OpenAPI 3.1 document, generated from the declared operations."""
    return Response(json.dumps(document(current_app), ensure_ascii=False), mimetype="application/json")


@bp.get("/docs")
def docs_page():
    """Show the API's documentation as a page, from the same document."""
    spec = document(current_app)
    return render_template("api/docs.html", spec=spec, found=operations(current_app), reasons=REASONS,
                           titles=TITLES, pretty=lambda value: json.dumps(value, ensure_ascii=False, indent=2))
