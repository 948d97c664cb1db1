"""Forms for signing in and changing a password."""

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import BooleanField, EmailField, PasswordField
from wtforms.validators import DataRequired, EqualTo, Length

MIN_PASSWORD_LENGTH = 8


class LoginForm(FlaskForm):
    """E-mail and password."""

    email = EmailField(_l("E-mail"), validators=[DataRequired(_l("Please enter your e-mail."))])
    password = PasswordField(_l("Password"), validators=[DataRequired(_l("Please enter your password."))])
    remember = BooleanField(_l("Remember me"))


class ChangePasswordForm(FlaskForm):
    """The current password and a new one, typed twice."""

    current_password = PasswordField(_l("Current password"),
                                     validators=[DataRequired(_l("Please enter your current password."))])
    new_password = PasswordField(_l("New password"), validators=[
        DataRequired(_l("Please enter a new password.")),
        Length(min=MIN_PASSWORD_LENGTH, max=128,
               message=_l("The password must have %(min)d to %(max)d characters.",
                          min=MIN_PASSWORD_LENGTH, max=128)),
    ])
    confirm = PasswordField(_l("Repeat the new password"), validators=[
        DataRequired(_l("Please repeat the new password.")),
        EqualTo("new_password", message=_l("The two passwords differ.")),
    ])
