"""The admin blueprint and what its pages share: a row loader, the posted on/off state, the confirm page."""

from flask import Blueprint, abort, render_template, request

from registry.extensions import db
from registry.pagination import MAX_DB_ID

bp = Blueprint("admin", __name__, url_prefix="/admin")


def load(model, object_id: int | None):
    """Return the `model` row with `object_id`, or None when there is none (or the id cannot exist)."""
    if object_id is None or not 0 < object_id <= MAX_DB_ID:
        return None
    return db.session.get(model, object_id)


def posted_state() -> bool:
    """Read the target state ("1" or "0") a POST asks for, so that a repeated click cannot flip it back.

    :raise 400: when it is missing or malformed.
    """
    value = request.form.get("active", "")
    if value not in ("1", "0"):
        abort(400)
    return value == "1"


def confirm_page(title: str, message: str, button: str, back_url: str, active: bool | None = None,
                 danger: bool = True):
    """Render the page asking to confirm a POST to the current URL."""
    return render_template("admin/confirm.html", title=title, message=message, button=button,
                           back_url=back_url, active=active, danger=danger)


def switch_confirm_page(is_on: bool, back_url: str, off: tuple[str, str, str], on: tuple[str, str, str]):
    """Render the confirmation of an on/off switch: `off` or `on` is (title, message, button) of the way it goes.

    Switching off is the dangerous way (a red button); switching on is offered with a plain one.
    """
    if is_on:
        return confirm_page(*off, back_url, active=False)
    return confirm_page(*on, back_url, active=True, danger=False)
