"""Sign-in views: sign in and out, change or reset a password, sign out everywhere; session rules."""

import time

from flask import Blueprint, current_app, flash, g, redirect, render_template, request, session, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user, login_required, login_user, logout_user
from flask_wtf import FlaskForm
from sqlalchemy.orm import joinedload

from registry import audit
from registry.auth import reset, throttle
from registry.auth.forms import ChangePasswordForm, ForgotPasswordForm, LoginForm, ResetPasswordForm
from registry.auth.throttle import Throttled
from registry.extensions import db, login_manager
from registry.models import User
from registry.models.base import utcnow
from registry.models.users import check_credentials, user_by_email
from registry.pagination import MAX_DB_ID
from web.transaction import commit_or_refuse
from web.urls import safe_next_url

bp = Blueprint("auth", __name__)

#: Pages a user who must first choose a new password may still open.
BEFORE_NEW_PASSWORD = {"auth.change_password", "auth.logout", "i18n.switch_language", "static", "bootstrap.static",
                       "main.health"}
#: last_seen is rewritten at most this often: a fresh cookie on every request would buy nothing.
LAST_SEEN_PRECISION = 60


@login_manager.user_loader
def load_user(identity: str) -> User | None:
    """Load the signed-in user from "<id>:<session secret>:<nonce>"; a stale secret or deactivation signs out."""
    user_id, _colon, rest = identity.partition(":")
    secret = rest.partition(":")[0]
    if not user_id.isdigit() or int(user_id) > MAX_DB_ID or not secret:
        return None
    # The role assignments (and their units) come in the same query: every page asks for them, and a
    # second round trip per request cost about a millisecond on the dashboard.
    user = db.session.get(User, int(user_id), options=[joinedload(User.roles)])
    if user is None or not user.is_active or user.session_secret != secret:
        return None
    return user


def _forget_csrf_token() -> None:
    """Drop the CSRF token (from the session, and Flask-WTF's copy for this request): the next form gets a new one."""
    field = current_app.config.get("WTF_CSRF_FIELD_NAME", "csrf_token")
    session.pop(field, None)
    g.pop(field, None)


def _start_session(user: User, remember: bool) -> None:
    """Sign `user` in with a fresh CSRF token and a fresh activity clock."""
    _forget_csrf_token()
    login_user(user, remember=remember)
    session["last_seen"] = int(time.time())


def _end_session() -> None:
    """Sign out of this browser (the session and its remember cookie) and drop its CSRF token."""
    logout_user()
    _forget_csrf_token()
    session.pop("last_seen", None)


def _sign_out_everywhere(event: str, message: str):
    """End every session of the current user (the session secret changes), record `event`, go to the sign-in."""
    user = current_user._get_current_object()

    def sign_out() -> None:
        user.rotate_session_secret()
        audit.record(event, actor=user, target=user)

    commit_or_refuse(sign_out)
    _end_session()
    flash(message, "info")
    return redirect(url_for("auth.login"))


@bp.route("/login", methods=["GET", "POST"])
def login():
    """Show the sign-in form and sign the user in (throttled per account and per address)."""
    if current_user.is_authenticated:
        return redirect(url_for("main.home"))
    form = LoginForm()
    if form.validate_on_submit():
        email = form.email.data
        try:
            throttle.check(email)
        except Throttled as refusal:
            flash(refusal.message, "danger")
            return render_template("auth/login.html", form=form), 429, {"Retry-After": str(refusal.seconds)}
        user, password_ok = check_credentials(email, form.password.data)
        if not password_ok:
            locked = throttle.record_failure(email)
            audit.record_now("sign_in_failed", target=user, details=email)
            if locked:
                audit.record_now("sign_in_locked", target=user, details=email)
            # One message for every failure: it must not tell which e-mails have an account.
            flash(_("Wrong e-mail or password."), "danger")
        elif not user.is_active:
            flash(_("This account has been deactivated. Please contact the administrator."), "danger")
        else:
            def sign_in():
                throttle.clear_account(email)
                _start_session(user, form.remember.data)
                user.last_login_at = utcnow()
                audit.record("sign_in", actor=user, target=user)

            commit_or_refuse(sign_in)
            if user.must_change_password:
                return redirect(url_for("auth.change_password"))
            return redirect(safe_next_url(request.args.get("next")) or url_for("main.home"))
    return render_template("auth/login.html", form=form)


@bp.post("/logout")
@login_required
def logout():
    """Sign the user out; the session secret changes, so a copy of this session's cookies stops working."""
    return _sign_out_everywhere("sign_out", _("You have signed out."))


@bp.route("/account/sign-out-everywhere", methods=["GET", "POST"])
@login_required
def sign_out_everywhere():
    """Ask to confirm (GET), then end every session of the user, on every device, this one included (POST)."""
    if request.method == "POST" and FlaskForm().validate_on_submit():
        return _sign_out_everywhere("sign_out_everywhere", _("You have been signed out on every device."))
    return render_template("auth/sign_out_everywhere.html")


@bp.route("/account/password", methods=["GET", "POST"])
@login_required
def change_password():
    """Let the signed-in user change their password; their other sessions end."""
    form = ChangePasswordForm()
    if form.validate_on_submit():
        user = current_user._get_current_object()
        if not user.check_password(form.current_password.data):
            form.current_password.errors.append(_("The current password is wrong."))
        elif user.check_password(form.new_password.data):
            form.new_password.errors.append(_("Choose a password different from the current one."))
        else:
            def change():
                user.set_password(form.new_password.data)
                user.must_change_password = False
                user.rotate_session_secret()
                audit.record("password_changed", actor=user, target=user)

            commit_or_refuse(change)
            # This browser stays signed in under the new secret; every other session has ended.
            remembered = bool(request.cookies.get(current_app.config.get("REMEMBER_COOKIE_NAME", "remember_token")))
            _start_session(user, remembered)
            flash(_("Your password has been changed."), "success")
            return redirect(url_for("main.home"))
    elif current_user.must_change_password and request.method == "GET":
        flash(_("Please choose a new password of your own before you continue."), "warning")
    return render_template("auth/change_password.html", form=form)


@bp.route("/password/forgot", methods=["GET", "POST"])
def forgot_password():
    """Ask for an e-mail and send a reset link to its account, if any; the answer is always the same."""
    form = ForgotPasswordForm()
    if form.validate_on_submit():
        email = form.email.data
        try:
            throttle.check(email, throttle.RESET_PREFIX)
        except Throttled as refusal:
            flash(refusal.message, "danger")
            return render_template("auth/forgot_password.html", form=form), 429, {"Retry-After": str(refusal.seconds)}
        # Every request counts: the form must not become a way to flood someone's mailbox.
        throttle.record_failure(email, throttle.RESET_PREFIX)
        user = user_by_email(email)

        def send_link():
            if user is not None and user.is_active:
                from workflows.outbox.compose import absolute_url
                from workflows.outbox.queue import queue_mail

                link = absolute_url("auth.reset_password", token=reset.make_token(user))
                queue_mail("password_reset", user, {}, link=link,
                           minutes=current_app.config["PASSWORD_RESET_MINUTES"])
            audit.record("password_reset_requested", target=user, details=email)

        commit_or_refuse(send_link)
        flash(_("If an account uses this e-mail, a link to choose a new password has been sent to it. "
                "The link works once, for %(minutes)d minutes.",
                minutes=current_app.config["PASSWORD_RESET_MINUTES"]), "info")
        return redirect(url_for("auth.login"))
    return render_template("auth/forgot_password.html", form=form)


@bp.route("/password/reset/<token>", methods=["GET", "POST"])
def reset_password(token: str):
    """Let the owner of a valid reset link choose a new password; every session of the account ends."""
    user = reset.user_for_token(token)
    if user is None:
        flash(_("This link is not valid: it has expired or has been used. Ask for a new one."), "danger")
        return redirect(url_for("auth.forgot_password"))
    form = ResetPasswordForm()
    form.account = user
    if form.validate_on_submit():
        def set_new_password():
            user.set_password(form.new_password.data)
            user.must_change_password = False
            user.rotate_session_secret()
            throttle.clear_account(user.email)
            audit.record("password_reset_done", actor=user, target=user)

        commit_or_refuse(set_new_password)
        if current_user.is_authenticated:
            _end_session()
        flash(_("Your new password has been saved. Please sign in with it."), "success")
        return redirect(url_for("auth.login"))
    return render_template("auth/reset_password.html", form=form, user=user)


def enforce_session_rules():
    """Sign out a session idle for too long; send a user who must choose a new password to that page."""
    if request.blueprint == "api" or request.endpoint in ("static", "bootstrap.static"):
        return None
    if not current_user.is_authenticated:
        return None
    moment = int(time.time())
    idle_minutes = current_app.config.get("SESSION_IDLE_MINUTES", 0)
    last_seen = session.get("last_seen")
    if idle_minutes and isinstance(last_seen, int) and moment - last_seen > idle_minutes * 60:
        # On its own connection, as the sign-in failures: a GET never commits the request's session.
        audit.record_now("session_idle", actor=current_user.id, target=current_user.id)
        _end_session()
        flash(_("You were signed out after %(minutes)d minutes without activity. Please sign in again.",
                minutes=idle_minutes), "warning")
        return redirect(url_for("auth.login"))
    if not isinstance(last_seen, int) or moment - last_seen >= LAST_SEEN_PRECISION:
        session["last_seen"] = moment
    if current_user.must_change_password and request.endpoint not in BEFORE_NEW_PASSWORD:
        return redirect(url_for("auth.change_password"))
    return None


def init_app(app) -> None:
    """Register the blueprint and the session rules, and tell Flask-Login where the sign-in page is."""
    login_manager.login_view = "auth.login"
    login_manager.login_message = _l("Please sign in to see this page.")
    login_manager.login_message_category = "info"
    app.register_blueprint(bp)
    app.before_request(enforce_session_rules)
