"""The one refusal a service raises when an action breaks a rule: a message, a reason and the fields at fault."""

#: The refusal reasons, each with how the API answers it (see api.problems.STATUS_BY_REASON).
STATE, RIGHT, RULE, DATA, STALE, CONFLICT = "state", "right", "rule", "data", "stale", "conflict"
REASONS = (STATE, RIGHT, RULE, DATA, STALE, CONFLICT)


class Refused(Exception):
    """An action refused: `message` says why in the user's language, `reason` is one of REASONS.

    `fields` maps the names of the bad or missing inputs to their messages (shown beside a form's
    field, or as per-field problem details by the API); a single field name stands for that field
    with `message` itself.
    """

    def __init__(self, message: str, reason: str = RULE, fields: dict[str, str] | str | None = None):
        if reason not in REASONS:
            raise ValueError(f"unknown refusal reason: {reason!r}")
        super().__init__(message)
        self.message = message
        self.reason = reason
        self.fields = {fields: message} if isinstance(fields, str) else dict(fields or {})
