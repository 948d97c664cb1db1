"""How an admin view runs one service call for a submitted form: commit, or roll back and explain."""

from collections.abc import Callable
from typing import TypeVar

from flask import flash

from registry.admin.errors import AdminError, attach_error
from registry.extensions import db

T = TypeVar("T")


def commit_or_show_error(form, action: Callable[[], T]) -> tuple[bool, T | None]:
    """Run `action`; commit and return (True, its result), or roll back, show the refusal and return (False, None).

    The refusal goes beside its form field, or into a flash when it names no field of `form`.
    """
    try:
        result = action()
    except AdminError as error:
        db.session.rollback()
        if not attach_error(form, error):
            flash(error.message, "danger")
        return False, None
    db.session.commit()
    return True, result
