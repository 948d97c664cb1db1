"""The password policy: long enough, and not common or guessable (zxcvbn), wherever a password is chosen."""

import re

from flask import current_app
from flask_babel import gettext as _
from zxcvbn import zxcvbn

from registry.models.users import User
from registry.text import fold

MAX_PASSWORD_LENGTH = 128
#: zxcvbn's score (0–4) a password must reach: 3 is "safely unguessable" for an online attack.
MIN_SCORE = 3
ZXCVBN_MAX = 72


def password_problem(password: str, user_inputs: list[str] | tuple[str, ...] = ()) -> str | None:
    """Return why `password` is refused (in the user's language), or None when it is good enough.

    `user_inputs` are the person's e-mail, name…: a password built from them counts as guessable.
    """
    minimum = current_app.config.get("PASSWORD_MIN_LENGTH", 12)
    if len(password) < minimum or len(password) > MAX_PASSWORD_LENGTH:
        return _("The password must have %(min)d to %(max)d characters.", min=minimum, max=MAX_PASSWORD_LENGTH)
    inputs = []
    for value in filter(None, user_inputs):
        # zxcvbn matches whole words: offer the e-mail's local part and the name without accents or
        # spaces too, so "nguyen.van.an2026" or "nguyenvanan1" count as built from the person's own name.
        local = value.split("@")[0]
        folded = fold(value)
        inputs.extend([value, local, folded, "".join(folded.split()), re.sub(r"[^a-z0-9]", "", fold(local))])
        inputs.extend(part for part in re.split(r"[\s@._-]+", folded) if len(part) > 2)
    # zxcvbn reads at most 72 characters (its cost grows with the length); a longer one is judged by them.
    if zxcvbn(password[:ZXCVBN_MAX], user_inputs=inputs)["score"] < MIN_SCORE:
        return _("This password is too common or too easy to guess. Choose a longer one, for example a "
                 "phrase of several unrelated words.")
    return None


def inputs_of(user: User | None, *extra: str) -> list[str]:
    """Return the words a password of `user` must not be built from (their e-mail and name)."""
    words = [user.email, user.full_name] if user is not None else []
    return [word for word in (*words, *extra) if word]
