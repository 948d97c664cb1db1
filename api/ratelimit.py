"""A fixed-window rate limit counted in the database, so that every app instance shares the same counts."""

import time

from flask import current_app, g
from flask_babel import gettext as _
from sqlalchemy import delete
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from api.models import ApiRateWindow
from api.problems import ApiProblem
from registry.extensions import db

#: Windows older than this many windows are deleted when a new one opens.
KEPT_WINDOWS = 2


def check(client: str, limit: int) -> None:
    """Count one request of `client` in the current window, in a transaction of its own.

    The count neither commits the request's work nor is lost when the request rolls back.

    :raise ApiProblem: 429 with Retry-After when the client is over `limit` in this window.
    """
    seconds = current_app.config["API_RATE_WINDOW_SECONDS"]
    now = int(time.time())
    start = now - now % seconds
    insert = postgresql_insert if db.engine.dialect.name == "postgresql" else sqlite_insert
    statement = (insert(ApiRateWindow).values(client=client, window_start=start, count=1)
                 .on_conflict_do_update(index_elements=["client", "window_start"],
                                        set_={"count": ApiRateWindow.count + 1})
                 .returning(ApiRateWindow.count))
    with db.engine.begin() as connection:
        count = connection.execute(statement).scalar_one()
        if count == 1:
            # Opening a window: forget the windows nobody will look at again.
            connection.execute(delete(ApiRateWindow).where(ApiRateWindow.window_start < start - KEPT_WINDOWS * seconds))
    reset = start + seconds - now
    g.rate_limit_headers = {"RateLimit-Limit": str(limit), "RateLimit-Remaining": str(max(limit - count, 0)),
                            "RateLimit-Reset": str(reset)}
    if count > limit:
        raise ApiProblem(429, _("Too many requests: please wait %(seconds)d seconds.", seconds=reset),
                         headers={"Retry-After": str(reset), **g.rate_limit_headers})
