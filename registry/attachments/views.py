"""Pages for evidence files: upload to an initiative, download, delete."""

from flask import Blueprint, abort, current_app, flash, redirect, request, send_file, url_for
from flask_babel import format_decimal, ngettext
from flask_babel import gettext as _
from flask_login import current_user, login_required

from registry.attachments import storage
from registry.attachments.sniffing import KIND_BY_EXTENSION
from registry.extensions import db
from registry.models import Attachment
from registry.policy import can_edit_initiative
from registry.refusals import Refused
from registry.security import SANDBOX_POLICY, view_policy
from web.guards import get_initiative_or_404
from web.transaction import commit_or_refuse

bp = Blueprint("attachments", __name__)


def initiative_url(initiative_id: int) -> str:
    """Return the initiative's page, at its evidence card."""
    if "initiatives.detail" in current_app.view_functions:
        return url_for("initiatives.detail", initiative_id=initiative_id, _anchor="attachments")
    return f"/initiatives/{initiative_id}#attachments"


@bp.post("/initiatives/<int:initiative_id>/attachments")
@login_required
def upload(initiative_id: int):
    """Attach one or several evidence files to an initiative the user may edit."""
    initiative = get_initiative_or_404(initiative_id, need="edit")
    uploads = [upload for upload in request.files.getlist("files") if upload.filename]
    def action():
        try:
            return storage.save_attachments(initiative, uploads, current_user)
        except Refused as refusal:
            if len(uploads) > 1:
                raise Refused(_("%(reason)s No file of this upload was saved.", reason=refusal.message),
                              refusal.reason, refusal.fields) from None
            raise

    done, saved = commit_or_refuse(action)
    if not done:
        return redirect(initiative_url(initiative_id))
    flash(ngettext("%(num)d file has been attached.", "%(num)d files have been attached.", len(saved)), "success")
    return redirect(initiative_url(initiative_id))


def _attachment_or_404(attachment_id: int, need: str) -> Attachment:
    """Load an attachment whose initiative the user may `need` ("view" or "edit").

    :raise 404: when it does not exist or its initiative is out of the user's sight.
    :raise 403: when the user sees it but may not edit the initiative.
    """
    attachment = db.session.get(Attachment, attachment_id)
    if attachment is None:
        abort(404)
    get_initiative_or_404(attachment.initiative_id, need=need)
    return attachment


@bp.get("/attachments/<int:attachment_id>")
@view_policy(content_security_policy=SANDBOX_POLICY)
@login_required
def download(attachment_id: int):
    """Send an evidence file as a download, never rendered inline.

    :raise 404: when the user may not see it or the file is gone from the disk.
    """
    return file_response(_attachment_or_404(attachment_id, need="view"))


def file_response(attachment: Attachment):
    """Send an evidence file as a download, never rendered inline (pages and API alike).

    :raise 404: when the file is gone from the disk.
    """
    path = storage.stored_path(attachment)
    if path is None or not path.is_file():
        current_app.logger.error("Attachment %s has no file on disk", attachment.id)
        abort(404)
    response = send_file(path, mimetype=attachment.content_type, as_attachment=True,
                         download_name=attachment.original_name or f"minh-chung-{attachment.id}", max_age=0)
    response.headers["X-Content-Type-Options"] = "nosniff"
    # The view is declared with @view_policy(content_security_policy=SANDBOX_POLICY) too, or the headers of
    # every page (registry.security) would replace this one.
    response.headers["Content-Security-Policy"] = "sandbox; default-src 'none'"
    response.headers["Cache-Control"] = "private, no-store"
    return response


@bp.post("/attachments/<int:attachment_id>/delete")
@login_required
def delete(attachment_id: int):
    """Delete an evidence file of an initiative the user may edit."""
    attachment = _attachment_or_404(attachment_id, need="edit")
    initiative_id, name = attachment.initiative_id, attachment.original_name
    commit_or_refuse(lambda: storage.delete_attachment(attachment))
    flash(_("The file “%(name)s” has been deleted.", name=name), "success")
    return redirect(initiative_url(initiative_id))


def file_size(size: int | None) -> str:
    """Show a byte count the reader's way: 512 B, 12,3 KB, 1,5 MB."""
    if size is None:
        return ""
    for unit, scale in (("MB", 1024 * 1024), ("KB", 1024)):
        if size >= scale:
            return f"{format_decimal(size / scale, format='#,##0.#')} {unit}"
    return f"{format_decimal(size)} B"


@bp.app_context_processor
def panel_helpers() -> dict:
    """Give every template what the evidence card needs."""
    return {
        "can_edit_initiative": can_edit_initiative,
        "file_size": file_size,
        "ATTACHMENT_LIMIT": storage.MAX_FILES_PER_INITIATIVE,
        "ATTACHMENT_ACCEPT": ",".join(sorted(KIND_BY_EXTENSION)),
    }


def init_app(app) -> None:
    """Register the blueprint and tie stored files to the session's transactions."""
    app.register_blueprint(bp)
    storage.init_app(app)
