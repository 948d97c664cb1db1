"""The refusal a service raises when an admin action breaks a rule, shown beside the form field."""


class AdminError(ValueError):
    """A refused admin action: `field` names the form field to show `message` beside (None: a flash)."""

    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.message = message
        self.field = field


def attach_error(form, error: AdminError) -> bool:
    """Show `error` beside its field in `form`; tell whether there was such a field."""
    field = getattr(form, error.field, None) if error.field else None
    if field is None:
        return False
    field.errors = [*field.errors, error.message]
    return True
