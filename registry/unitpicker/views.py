"""The unit picker's JSON options (GET /units/options), for static/js/unitpicker.js, and its template helpers."""

from flask import Blueprint, abort, jsonify, request
from flask_login import current_user, login_required

from registry.pagination import MAX_DB_ID, int_arg
from registry.unitpicker.queries import MAX_OPTIONS, SCOPE_VISIBLE, SCOPES, SMALL_SCOPE, unit_label, unit_options

bp = Blueprint("unit_picker", __name__)

#: The longest search text read; a unit name is at most 255 characters.
MAX_TEXT = 255


@bp.get("/units/options")
@login_required
def options():
    """Answer the units of the user's `scope` (the visible ones by default) matching `q` (accent-blind), or
    under `parent`, at most MAX_OPTIONS.

    :raise 400: for an unknown `scope`.
    """
    scope = request.args.get("scope", SCOPE_VISIBLE)
    if scope not in SCOPES:
        abort(400)
    found, more = unit_options(current_user, scope, request.args.get("q", "")[:MAX_TEXT],
                               int_arg(request.args, "parent", None, minimum=1, maximum=MAX_DB_ID))
    return jsonify(results=[{"id": option.id, "name": option.name, "label": option.label, "depth": option.depth,
                             "has_children": option.has_children} for option in found],
                   more=more, limit=MAX_OPTIONS)


def init_app(app) -> None:
    """Register the blueprint and the templates' helpers (the label of a chosen unit, the small-scope bound)."""
    app.register_blueprint(bp)
    app.jinja_env.globals.update(unit_label=unit_label, UNIT_PICKER_SMALL=SMALL_SCOPE)
