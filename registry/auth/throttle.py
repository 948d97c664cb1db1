"""Throttle failed sign-ins per account and per client address, counted in the database.

Every instance shares the counts. A failure is written in a transaction of its own (a separate
connection), so that it survives the request's rollback and never commits the request's work.
After LOGIN_FAILURES_PER_ACCOUNT (or _PER_ADDRESS) failures within LOGIN_FAILURE_WINDOW_SECONDS the
key waits LOGIN_LOCKOUT_SECONDS from its last failure, twice as long after each further failure (at
most LOGIN_LOCKOUT_MAX_SECONDS). Attempts refused while waiting are not counted, so an attacker
cannot keep an account locked for ever by hammering it.
"""

import math
import time

from flask import current_app
from flask_babel import gettext as _
from sqlalchemy import delete, func, insert, select

from registry.audit import client_address
from registry.extensions import db
from registry.models import SignInFailure

#: The forgotten-password form counts its requests under keys with this prefix.
RESET_PREFIX = "reset-"


class Throttled(Exception):
    """Raised when a key is waiting; `seconds` is how long until the next attempt is allowed."""

    def __init__(self, seconds: int):
        super().__init__(seconds)
        self.seconds = seconds

    @property
    def message(self) -> str:
        """Say, in the user's language, how long to wait."""
        if self.seconds < 60:
            return _("Too many failed attempts. Please wait %(seconds)d seconds and try again.",
                     seconds=self.seconds)
        return _("Too many failed attempts. Please wait %(minutes)d minutes and try again.",
                 minutes=math.ceil(self.seconds / 60))


def now() -> float:
    """Return the current time in seconds (a function, so that tests can move the clock)."""
    return time.time()


def _keys(email: str, prefix: str) -> list[tuple[str, int]]:
    config = current_app.config
    return [(f"{prefix}account:{(email or '').strip().lower()[:255]}", config["LOGIN_FAILURES_PER_ACCOUNT"]),
            (f"{prefix}address:{client_address() or 'unknown'}", config["LOGIN_FAILURES_PER_ADDRESS"])]


def _wait(executor, key: str, limit: int, moment: float) -> int:
    """Return the seconds `key` must still wait (0: it may try), read through `executor` (session or connection)."""
    config = current_app.config
    since = moment - config["LOGIN_FAILURE_WINDOW_SECONDS"]
    count, latest = executor.execute(
        select(func.count(SignInFailure.id), func.max(SignInFailure.at))
        .where(SignInFailure.key == key, SignInFailure.at > since)).one()
    if not count or count < limit:
        return 0
    wait = min(config["LOGIN_LOCKOUT_SECONDS"] * 2 ** min(count - limit, 30), config["LOGIN_LOCKOUT_MAX_SECONDS"])
    return max(0, math.ceil(latest + wait - moment))


def check(email: str, prefix: str = "") -> None:
    """Refuse the attempt when the account or the client address is waiting.

    :raise Throttled: with the number of seconds to wait.
    """
    moment = now()
    seconds = max(_wait(db.session, key, limit, moment) for key, limit in _keys(email, prefix))
    if seconds > 0:
        raise Throttled(seconds)


def record_failure(email: str, prefix: str = "") -> bool:
    """Count one failure for the account and the address, in a transaction of its own.

    Returns True when this failure makes either of them wait (a lockout starts).
    """
    moment = now()
    keys = _keys(email, prefix)
    with db.engine.begin() as connection:
        connection.execute(insert(SignInFailure), [{"key": key, "at": moment} for key, _limit in keys])
        # Old failures count for nothing any more: forget them.
        connection.execute(delete(SignInFailure).where(
            SignInFailure.at < moment - current_app.config["LOGIN_FAILURE_WINDOW_SECONDS"]))
        return any(_wait(connection, key, limit, moment) > 0 for key, limit in keys)


def clear_account(email: str, prefix: str = "") -> None:
    """Forget the account's failures after a correct sign-in (the address keeps its count); in the session."""
    key = _keys(email, prefix)[0][0]
    db.session.execute(delete(SignInFailure).where(SignInFailure.key == key))
