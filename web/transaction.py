"""The one transaction boundary: run one service call, commit once, or roll back and show the refusal.

Pages show a refusal beside the form's field it names (or as a flash), the API answers it with a
problem document, the CLI with a click error. Services only flush; nothing else commits, but for the
writers that keep a transaction of their own (the rate limiter, the sign-in throttle) and the loops
where committing in batches is the point (the outbox worker, bulk demo seeding).
"""

from collections.abc import Callable
from typing import TypeVar

import click
from flask import flash, redirect

from api.problems import ApiProblem, from_refusal
from registry.extensions import db
from registry.refusals import Refused

T = TypeVar("T")


def show_refusal(refusal: Refused, form=None) -> None:
    """Show `refusal` beside each field of `form` it names, or as a flash when it names none of them."""
    shown = False
    for name, message in refusal.fields.items():
        field = getattr(form, name, None) if form is not None else None
        if field is not None and hasattr(field, "errors"):
            field.errors = [*field.errors, message]
            shown = True
    if not shown:
        flash(refusal.message, "danger")


def _commit(action: Callable[[], T], refused: Callable[[Refused], T]) -> T:
    """Run `action` and commit; on a refusal roll back and return `refused(refusal)`; on any error roll back."""
    try:
        result = action()
    except Refused as refusal:
        db.session.rollback()
        return refused(refusal)
    except Exception:
        db.session.rollback()
        raise
    db.session.commit()
    return result


def commit_or_refuse(action: Callable[[], T], form=None,
                     on_refusal: Callable[[Refused], None] | None = None) -> tuple[bool, T | None]:
    """Run `action`; commit and return (True, its result), or roll back, show the refusal and return (False, None).

    `on_refusal` is given the refusal, for a view whose next page depends on its reason.
    """
    def refused(refusal: Refused) -> tuple[bool, None]:
        show_refusal(refusal, form)
        if on_refusal is not None:
            on_refusal(refusal)
        return False, None

    return _commit(lambda: (True, action()), refused)


def commit_then_redirect(action: Callable[[], T], form, message: Callable[[T], str], target: Callable[[T], str]):
    """Run `action` as `commit_or_refuse` does; once saved, flash `message(result)` and redirect to `target(result)`.

    Returns None after a refusal (shown beside the form's field or as a flash): the view renders its page again.
    The success message is never flashed for a change that was not saved.
    """
    saved, result = commit_or_refuse(action, form)
    if not saved:
        return None
    flash(message(result), "success")
    return redirect(target(result))


def api_commit(action: Callable[[], T], problem: Callable[[Refused], ApiProblem] = from_refusal) -> T:
    """Run `action` for the API; commit and return its result.

    :raise ApiProblem: the refusal as a problem document (made by `problem`), after rolling back.
    """
    def refused(refusal: Refused):
        raise problem(refusal) from None

    return _commit(action, refused)


def cli_commit(action: Callable[[], T]) -> T:
    """Run `action` for a CLI command; commit and return its result.

    :raise click.ClickException: the refusal's message, after rolling back.
    """
    def refused(refusal: Refused):
        raise click.ClickException(refusal.message) from None

    return _commit(action, refused)
