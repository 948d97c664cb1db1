"""Pages of the Excel imports (upload → dry run → confirm, undo, templates) and of the invitation link."""

from flask import Blueprint, Response, abort, current_app, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from onboarding import service
from onboarding.batches import Report, stored_errors
from onboarding.columns import COLUMNS
from onboarding.invitations import accept_invitation, invited_user_for_token
from onboarding.models import (
    BATCH_APPLIED,
    BATCH_CHECKED,
    IMPORT_KINDS,
    KIND_INITIATIVES,
    KIND_UNITS,
    KIND_USERS,
    ImportBatch,
)
from onboarding.templates import build_template, error_copy
from registry.auth.forms import ResetPasswordForm
from registry.downloads import EXPORT_TYPES, file_chunks
from registry.extensions import db
from registry.pagination import MAX_DB_ID, Page, int_arg
from registry.roles import ROLE_ADMIN, ROLE_STAFF
from web.guards import role_required
from web.transaction import commit_or_refuse

bp = Blueprint("onboarding", __name__)
ERRORS_PER_PAGE = 50


def kind_labels() -> dict[str, str]:
    """Return the name of each kind of import."""
    return {KIND_UNITS: _("Units"), KIND_USERS: _("Accounts"), KIND_INITIATIVES: _("Initiatives of past campaigns")}


def _xlsx_response(handle, filename: str) -> Response:
    """Send a workbook in chunks, closing its temporary file at the end."""
    return Response(file_chunks(handle), mimetype=EXPORT_TYPES["xlsx"],
                    headers={"Content-Disposition": f'attachment; filename="{filename}"'})


def _batch_or_404(batch_id: int) -> ImportBatch:
    """Load a batch the current user may see (administrators: all; staff: their own)."""
    batch = db.session.get(ImportBatch, batch_id) if 0 < batch_id <= MAX_DB_ID else None
    if batch is None or not (current_user.is_admin or batch.actor_id == current_user.id):
        abort(404)
    return batch


@bp.get("/admin/imports")
@role_required(ROLE_STAFF, ROLE_ADMIN)
def imports():
    """Offer the templates and the upload, and list the latest imports."""
    return render_template("onboarding/imports.html", kinds=kind_labels(), batches=service.batches_for(current_user),
                           max_mb=current_app.config["IMPORT_MAX_MB"])


@bp.get("/admin/imports/template/<kind>.xlsx")
@role_required(ROLE_STAFF, ROLE_ADMIN)
def template(kind: str):
    """Download the empty template of an import."""
    if kind not in IMPORT_KINDS:
        abort(404)
    return _xlsx_response(build_template(kind), f"mau-nhap-{kind}.xlsx")


@bp.post("/admin/imports/<kind>")
@role_required(ROLE_STAFF, ROLE_ADMIN)
def upload(kind: str):
    """Check an uploaded file (the dry run: only the batch record is written) and show its report."""
    if kind not in IMPORT_KINDS:
        abort(404)
    upload_file = request.files.get("file")
    if upload_file is None or not upload_file.filename:
        flash(_("Please choose a file."), "danger")
        return redirect(url_for("onboarding.imports"))
    saved, result = commit_or_refuse(lambda: service.dry_run(kind, upload_file.stream, upload_file.filename,
                                                             current_user))
    if not saved:
        return redirect(url_for("onboarding.imports"))
    return redirect(url_for("onboarding.batch", batch_id=result[0].id))


@bp.get("/admin/imports/<int:batch_id>")
@role_required(ROLE_STAFF, ROLE_ADMIN)
def batch(batch_id: int):
    """Show a batch: its counts, its errors page by page, and what may be done with it."""
    item = _batch_or_404(batch_id)
    errors = stored_errors(item)
    number = int_arg(request.args, "page", 1, minimum=1)
    pages = max(1, -(-len(errors) // ERRORS_PER_PAGE))
    number = min(number, pages)
    page = Page(items=errors[(number - 1) * ERRORS_PER_PAGE: number * ERRORS_PER_PAGE], page=number,
                per_page=ERRORS_PER_PAGE, total=len(errors))
    return render_template("onboarding/batch.html", batch=item, page=page, kinds=kind_labels(),
                           may_confirm=item.state == BATCH_CHECKED and item.rows_failed == 0 and item.rows_total > 0,
                           may_undo=item.state == BATCH_APPLIED, columns=COLUMNS[item.kind])


@bp.post("/admin/imports/<int:batch_id>/confirm")
@role_required(ROLE_STAFF, ROLE_ADMIN)
def confirm(batch_id: int):
    """Import the checked file, all or nothing."""
    item = _batch_or_404(batch_id)
    saved, report = commit_or_refuse(lambda: service.apply(item, current_user))
    if saved:
        flash(_("Imported: %(new)d new, %(unchanged)d already there.", new=report.new,
                unchanged=report.unchanged), "success")
    else:
        # The refusal rolled everything back; record the fresh errors on the batch (a dry run again).
        commit_or_refuse(lambda: service.recheck(item, current_user))
    return redirect(url_for("onboarding.batch", batch_id=item.id))


@bp.post("/admin/imports/<int:batch_id>/undo")
@role_required(ROLE_STAFF, ROLE_ADMIN)
def undo(batch_id: int):
    """Undo a whole import, while nothing has been built on it."""
    item = _batch_or_404(batch_id)
    saved, _result = commit_or_refuse(lambda: service.undo(item, current_user))
    if saved:
        flash(_("The import has been undone."), "success")
    return redirect(url_for("onboarding.batch", batch_id=item.id))


@bp.get("/admin/imports/<int:batch_id>/errors.xlsx")
@role_required(ROLE_STAFF, ROLE_ADMIN)
def errors_copy(batch_id: int):
    """Download the uploaded rows with a column of errors (every error, checked again now)."""
    item = _batch_or_404(batch_id)
    report: Report = service.check_stored(item, current_user)
    with service.stored_path(item.sha256).open("rb") as stream:
        copy = error_copy(item.kind, stream, report.errors_by_row())
    db.session.rollback()
    return _xlsx_response(copy, f"loi-nhap-{item.id}.xlsx")


@bp.route("/invitation/<token>", methods=["GET", "POST"])
def invitation(token: str):
    """Let an invited person choose their first password; the link works once."""
    user = invited_user_for_token(token)
    if user is None:
        flash(_("This invitation link is not valid: it has expired or has been used. Ask your unit's staff "
                "for a new one, or use “Forgot password”."), "danger")
        return redirect(url_for("auth.login"))
    form = ResetPasswordForm()
    form.account = user
    if form.validate_on_submit():
        saved, _result = commit_or_refuse(lambda: accept_invitation(user, form.new_password.data))
        if saved:
            flash(_("Your password has been saved. Please sign in with it."), "success")
            return redirect(url_for("auth.login"))
    return render_template("onboarding/invitation.html", form=form, user=user)


def init_app(app) -> None:
    """Mount the blueprint."""
    app.register_blueprint(bp)
