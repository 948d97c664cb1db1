"""Web guards: view decorators and loaders that answer 403 or 404, built on the pure rules of registry.policy."""

from functools import wraps

from flask import abort
from flask_login import current_user, login_required

from registry.extensions import db
from registry.models import Initiative, Unit, User
from registry.policy import can_change_setting, can_edit_initiative, can_view_initiative


def role_required(*roles: str):
    """Decorate a view so that only signed-in users holding one of `roles` reach it.

    :raise 403: when the user holds none of them.
    """

    def decorator(view):
        @wraps(view)
        @login_required
        def wrapped(*args, **kwargs):
            if not current_user.has_role(*roles):
                abort(403)
            return view(*args, **kwargs)

        wrapped.required_roles = roles  # read by the route-access sweep in the tests
        return wrapped

    return decorator


def get_initiative_or_404(initiative_id: int, need: str = "view", user: User | None = None) -> Initiative:
    """Load an initiative the current user (or `user`, for the API) may `need` ("view" or "edit").

    :raise 404: when it does not exist or the user may not see it (no existence leak).
    :raise 403: when the user sees it but may not edit it.
    """
    user = user if user is not None else current_user
    initiative = db.session.get(Initiative, initiative_id)
    if initiative is None or not can_view_initiative(user, initiative):
        abort(404)
    if need == "edit" and not can_edit_initiative(user, initiative):
        abort(403)
    return initiative


def require_setting_right(user: User, owner_unit: Unit | None) -> None:
    """Refuse a change to a setting `user` may only read.

    :raise 403: when `user` may not change settings owned by `owner_unit`.
    """
    if not can_change_setting(user, owner_unit):
        abort(403)
