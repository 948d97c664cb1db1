"""Forms for signing in, changing a password and choosing one through a reset link."""

from flask_babel import lazy_gettext as _l
from flask_login import current_user
from flask_wtf import FlaskForm
from wtforms import BooleanField, EmailField, PasswordField
from wtforms.validators import DataRequired, EqualTo, Length, ValidationError

from registry.auth.passwords import inputs_of, password_problem


class StrongPassword:
    """A WTForms validator applying the policy; `inputs` returns the words of the person (given the form)."""

    def __init__(self, inputs=None):
        self.inputs = inputs

    def __call__(self, form, field) -> None:
        """Refuse a weak password with the policy's message."""
        problem = password_problem(field.data or "", self.inputs(form) if self.inputs else [])
        if problem:
            raise ValidationError(problem)


class LoginForm(FlaskForm):
    """E-mail and password."""

    email = EmailField(_l("E-mail"), validators=[DataRequired(_l("Please enter your e-mail.")),
                                                 Length(max=255, message=_l("At most %(max)d characters."))])
    password = PasswordField(_l("Password"), validators=[DataRequired(_l("Please enter your password."))])
    remember = BooleanField(_l("Remember me"))


def _new_password_fields(inputs):
    new = PasswordField(_l("New password"), validators=[
        DataRequired(_l("Please enter a new password.")), StrongPassword(inputs)])
    confirm = PasswordField(_l("Repeat the new password"), validators=[
        DataRequired(_l("Please repeat the new password.")),
        EqualTo("new_password", message=_l("The two passwords differ.")),
    ])
    return new, confirm


class ChangePasswordForm(FlaskForm):
    """The current password and a new one, typed twice."""

    current_password = PasswordField(_l("Current password"),
                                     validators=[DataRequired(_l("Please enter your current password."))])
    new_password, confirm = _new_password_fields(lambda form: inputs_of(current_user))


class ResetPasswordForm(FlaskForm):
    """A new password typed twice, for the account of a reset link (set as `form.account` by the view)."""

    new_password, confirm = _new_password_fields(lambda form: inputs_of(getattr(form, "account", None)))


class ForgotPasswordForm(FlaskForm):
    """The e-mail of the account whose password was forgotten."""

    email = EmailField(_l("E-mail"), validators=[DataRequired(_l("Please enter your e-mail.")),
                                                 Length(max=255, message=_l("At most %(max)d characters."))])
