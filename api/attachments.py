"""API operations on evidence files: list, upload (multipart), download, delete."""

from flask import Response, abort, request, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from api.core import api_user, json_response, operation
from api.problems import ApiProblem
from api.schemas.workflow import AttachmentAnswer, AttachmentList
from registry.attachments import storage
from registry.attachments.views import file_response
from registry.extensions import db
from registry.models import Attachment
from registry.security import SANDBOX_POLICY, view_policy
from web.guards import get_initiative_or_404
from web.transaction import api_commit

TAG = "attachments"


def _answer(attachment: Attachment) -> AttachmentAnswer:
    """Describe one evidence file."""
    return AttachmentAnswer(
        id=attachment.id, name=attachment.original_name, kind=attachment.kind,
        content_type=attachment.content_type, size=attachment.size, sha256=attachment.sha256,
        uploaded_at=attachment.uploaded_at,
        download_url=url_for("api.download_attachment", initiative_id=attachment.initiative_id,
                             attachment_id=attachment.id))


def _attachment(initiative_id: int, attachment_id: int, need: str) -> Attachment:
    """Load an evidence file of an initiative the caller may `need`.

    :raise 404: when either is unknown, out of sight, or the file belongs to another initiative.
    """
    initiative = get_initiative_or_404(initiative_id, need=need, user=api_user())
    attachment = db.session.get(Attachment, attachment_id)
    if attachment is None or attachment.initiative_id != initiative.id:
        abort(404)
    return attachment


@operation("/initiatives/<int:initiative_id>/attachments", "GET", summary=_l("List evidence files"), tag=TAG,
           response=AttachmentList, errors=(404,))
def list_attachments(initiative_id: int):
    """List the evidence files of an initiative the caller may read."""
    initiative = get_initiative_or_404(initiative_id, user=api_user())
    return AttachmentList(items=[_answer(attachment) for attachment in initiative.attachments])


@operation("/initiatives/<int:initiative_id>/attachments", "POST", summary=_l("Upload evidence files"), tag=TAG,
           upload=True, response=AttachmentList, status=201, errors=(403, 404, 413, 415, 422),
           description=_l("multipart/form-data with one or more files under `files`; PDF, Word, Excel, JPG or "
                          "PNG. Either every file is saved or none."))
def upload_attachments(initiative_id: int):
    """Attach the uploaded files to an editable initiative of the caller's unit."""
    if request.mimetype != "multipart/form-data":
        raise ApiProblem(415, _("Send the files as multipart/form-data under the name “files”."))
    initiative = get_initiative_or_404(initiative_id, need="edit", user=api_user())
    uploads = [upload for upload in request.files.getlist("files") if upload.filename]
    saved = api_commit(lambda: storage.save_attachments(initiative, uploads, api_user()),
                       lambda refusal: ApiProblem(422, refusal.message, {"/files": refusal.message}))
    return json_response(AttachmentList(items=[_answer(attachment) for attachment in saved]), 201)


@view_policy(content_security_policy=SANDBOX_POLICY)  # the sandbox of file_response, not the pages' policy
@operation("/initiatives/<int:initiative_id>/attachments/<int:attachment_id>", "GET",
           summary=_l("Download an evidence file"), tag=TAG, download=True, errors=(404,))
def download_attachment(initiative_id: int, attachment_id: int):
    """Send the file itself."""
    return file_response(_attachment(initiative_id, attachment_id, "view"))


@operation("/initiatives/<int:initiative_id>/attachments/<int:attachment_id>", "DELETE",
           summary=_l("Delete an evidence file"), tag=TAG, status=204, errors=(403, 404))
def delete_attachment(initiative_id: int, attachment_id: int):
    """Delete an evidence file of an editable initiative of the caller's unit."""
    attachment = _attachment(initiative_id, attachment_id, "edit")
    api_commit(lambda: storage.delete_attachment(attachment))
    return Response(status=204)
