"""Pages: the staff's "Sent mail" list (filters, one mail, resend) and each user's notification preference."""

from pathlib import Path

from flask import Blueprint, abort, current_app, flash, redirect, render_template, request, send_file, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from flask_wtf import FlaskForm
from sqlalchemy import and_, exists, false, or_, select, true
from sqlalchemy.orm import aliased
from wtforms import RadioField, SelectChoice
from wtforms.validators import AnyOf

from registry.extensions import db
from registry.models import Initiative, RoleAssignment, Unit
from registry.pagination import int_arg, paginate
from registry.policy import managed_units_filter
from registry.roles import ROLE_ADMIN, ROLE_STAFF, ROLES
from registry.text import fold
from web.guards import role_required
from web.transaction import commit_or_refuse
from workflows.outbox import worker
from workflows.outbox.models import MAIL_MODES, MAIL_STATUSES, OutboxMail
from workflows.outbox.notifications import EVENT_LABELS
from workflows.outbox.queue import set_mail_mode

bp = Blueprint("outbox", __name__)

PER_PAGE = 30
MAX_QUERY = 200

#: Labels of the delivery states, as the staff page shows them.
STATUS_LABELS = {
    "pending": _l("Waiting"),
    "held": _l("Held for the daily digest"),
    "sent": _l("Sent"),
    "failed": _l("Failed"),
    "digested": _l("Sent in a digest"),
}
STATUS_BADGES = {"pending": "warning", "held": "info", "sent": "success", "failed": "danger", "digested": "success"}

MODE_LABELS = {"immediate": _l("Each mail at once"), "daily_digest": _l("One summary mail a day")}


class PreferencesForm(FlaskForm):
    """How the user wants to receive notification mails."""

    mail_mode = RadioField(_l("Notification mails"),
                           choices=[SelectChoice(mode, MODE_LABELS[mode]) for mode in MAIL_MODES],
                           validate_choice=False,
                           validators=[AnyOf(MAIL_MODES, message=_l("Please choose how you receive mails."))])


def _visible_mails():
    """Return a predicate on OutboxMail selecting the mails the current staff member may read.

    Administrators see every mail; staff see mails about initiatives of their subtree and mails
    without an initiative (reminders, digests) to people holding a role in their subtree.
    """
    if current_user.is_admin:
        return true()
    role_unit = aliased(Unit)
    initiative_in_scope = exists().where(Initiative.id == OutboxMail.initiative_id,
                                         Initiative.unit_id == Unit.id, managed_units_filter(current_user))
    recipient_in_scope = exists().where(
        RoleAssignment.user_id == OutboxMail.recipient_id, RoleAssignment.unit_id == role_unit.id,
        _staff_scope_on(role_unit))
    return or_(initiative_in_scope, and_(OutboxMail.initiative_id.is_(None), recipient_in_scope))


def _staff_scope_on(unit_alias):
    """Return the current user's staff scope as a predicate on an aliased Unit."""
    scopes = current_user.units_for(ROLE_STAFF)
    if not scopes:
        return false()
    return or_(*(unit_alias.path.startswith(scope.path, autoescape=True) for scope in scopes))


def _load(mail_id: int) -> OutboxMail:
    """Load a mail the current user may read. :raise 404: when absent or outside their scope."""
    row = db.session.scalar(select(OutboxMail).where(OutboxMail.id == mail_id, _visible_mails()))
    if row is None:
        abort(404)
    return row


@bp.get("/outbox/")
@role_required(ROLE_STAFF, ROLE_ADMIN)
def index():
    """List sent, waiting and failed mails, with filters and pages."""
    status = request.args.get("status", "")
    status = status if status in MAIL_STATUSES else ""
    event = request.args.get("event", "")
    event = event if event in EVENT_LABELS else ""
    text = request.args.get("q", "").strip()[:MAX_QUERY]
    query = select(OutboxMail).where(_visible_mails())
    if status:
        query = query.where(OutboxMail.status == status)
    if event:
        query = query.where(OutboxMail.event == event)
    if text:
        pattern = text.replace("\x00", "")
        query = query.where(or_(OutboxMail.to_address.contains(pattern.lower(), autoescape=True),
                                OutboxMail.to_name.contains(pattern, autoescape=True),
                                OutboxMail.subject.contains(pattern, autoescape=True),
                                OutboxMail.subject.contains(fold(pattern), autoescape=True)))
    page = paginate(query.order_by(OutboxMail.id.desc()), int_arg(request.args, "page", 1, minimum=1), PER_PAGE)
    filters = {"status": status, "event": event, "q": text}
    return render_template("outbox/index.html", page=page, filters=filters, STATUS_LABELS=STATUS_LABELS,
                           STATUS_BADGES=STATUS_BADGES, EVENT_LABELS=EVENT_LABELS,
                           backend=current_app.config.get("MAIL_BACKEND"))


@bp.get("/outbox/<int:mail_id>")
@role_required(ROLE_STAFF, ROLE_ADMIN)
def detail(mail_id: int):
    """Show one mail: its headers, its text, its delivery attempts."""
    row = _load(mail_id)
    return render_template("outbox/detail.html", mail=row, STATUS_LABELS=STATUS_LABELS, STATUS_BADGES=STATUS_BADGES,
                           EVENT_LABELS=EVENT_LABELS, has_file=_eml_path(row) is not None)


def _eml_path(row: OutboxMail) -> Path | None:
    """Return the .eml file written for `row`, if it exists inside MAIL_FILE_DIR."""
    if not row.file_name:
        return None
    directory = Path(current_app.config["MAIL_FILE_DIR"]).resolve()
    path = (directory / row.file_name).resolve()
    return path if path.parent == directory and path.is_file() else None


@bp.get("/outbox/<int:mail_id>/eml")
@role_required(ROLE_STAFF, ROLE_ADMIN)
def download(mail_id: int):
    """Download the .eml file of a mail written in file mode. :raise 404: when there is none."""
    path = _eml_path(_load(mail_id))
    if path is None:
        abort(404)
    return send_file(path, mimetype="message/rfc822", as_attachment=True, download_name=path.name)


@bp.post("/outbox/<int:mail_id>/resend")
@role_required(ROLE_STAFF, ROLE_ADMIN)
def resend(mail_id: int):
    """Queue a failed mail again (same Message-ID); the worker sends it on its next round."""
    row = _load(mail_id)
    if row.status != "failed":
        flash(_("Only a failed mail can be sent again."), "warning")
        return redirect(url_for("outbox.detail", mail_id=row.id))
    commit_or_refuse(lambda: worker.resend(row))
    flash(_("The mail to %(address)s will be sent again shortly.", address=row.to_address), "success")
    return redirect(url_for("outbox.detail", mail_id=row.id))


@bp.route("/account/notifications", methods=["GET", "POST"])
@role_required(*ROLES)
def preferences():
    """Let the user choose each mail at once or one summary a day."""
    form = PreferencesForm(mail_mode=current_user.mail_mode)
    if form.validate_on_submit():
        commit_or_refuse(lambda: set_mail_mode(current_user, form.mail_mode.data))
        flash(_("Your notification preference is saved."), "success")
        return redirect(url_for("outbox.preferences"))
    return render_template("outbox/preferences.html", form=form), 400 if form.errors else 200


def init_app(app) -> None:
    """Register the blueprint."""
    app.register_blueprint(bp)
