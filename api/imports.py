"""API operations of the Excel imports: upload for a dry run, read a batch, confirm it, undo it."""

from flask import abort, request
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from api.core import api_user, json_response, operation
from api.problems import ApiProblem
from api.schemas.imports import ImportAnswer, ImportError
from onboarding import service
from onboarding.batches import stored_errors
from onboarding.models import KIND_INITIATIVES, KIND_UNITS, KIND_USERS, ImportBatch
from registry.extensions import db
from registry.pagination import MAX_DB_ID
from registry.roles import ROLE_ADMIN, ROLE_STAFF
from web.transaction import api_commit

TAG = "imports"
#: Errors given in an answer.
ANSWERED_ERRORS = 200


def _importer():
    """Return the caller, who must be staff or an administrator.

    :raise ApiProblem: 403 otherwise.
    """
    user = api_user()
    if not user.has_role(ROLE_STAFF, ROLE_ADMIN):
        raise ApiProblem(403, _("You do not have the right to do this."))
    return user


def _answer(batch: ImportBatch) -> ImportAnswer:
    errors = [ImportError(row=e.row, column=e.column, message=e.message) for e in stored_errors(batch)]
    return ImportAnswer(id=batch.id, kind=batch.kind, state=batch.state, file_name=batch.file_name,
                        created_at=batch.created_at, rows_total=batch.rows_total, rows_new=batch.rows_new,
                        rows_unchanged=batch.rows_unchanged, rows_failed=batch.rows_failed,
                        errors=errors[:ANSWERED_ERRORS])


def _batch(batch_id: int) -> ImportBatch:
    """Load a batch the caller may see (administrators: all; staff: their own). :raise 404: otherwise."""
    user = _importer()
    batch = db.session.get(ImportBatch, batch_id) if 0 < batch_id <= MAX_DB_ID else None
    if batch is None or not (user.is_admin or batch.actor_id == user.id):
        abort(404)
    return batch


def _check_import(kind: str):
    """Dry-run an uploaded file of `kind` and record its batch."""
    user = _importer()
    if request.mimetype != "multipart/form-data":
        raise ApiProblem(415, _("Send the file as multipart/form-data under the name “files”."))
    upload = next((item for item in request.files.getlist("files") if item.filename), None)
    if upload is None:
        raise ApiProblem(422, _("Please choose a file."), {"/files": _("Please choose a file.")})
    batch, _report = api_commit(lambda: service.dry_run(kind, upload.stream, upload.filename, user),
                                lambda refusal: ApiProblem(422, refusal.message, {"/files": refusal.message}))
    return json_response(_answer(batch), 201)


_CHECK = dict(tag=TAG, upload=True, response=ImportAnswer, status=201, errors=(403, 413, 415, 422))


@operation("/imports/units", "POST", summary=_l("Check a units file (dry run)"), **_CHECK,
           description=_l("multipart/form-data with one .xlsx (the units template) under `files`. Every row is "
                          "checked and the batch recorded; nothing else is written until it is confirmed."))
def check_units_import():
    """Dry-run an uploaded units file."""
    return _check_import(KIND_UNITS)


@operation("/imports/users", "POST", summary=_l("Check an accounts file (dry run)"), **_CHECK,
           description=_l("multipart/form-data with one .xlsx (the accounts template) under `files`. Every row "
                          "is checked and the batch recorded; nothing else is written until it is confirmed."))
def check_users_import():
    """Dry-run an uploaded accounts file."""
    return _check_import(KIND_USERS)


@operation("/imports/initiatives", "POST", summary=_l("Check a file of past initiatives (dry run)"), **_CHECK,
           description=_l("multipart/form-data with one .xlsx (the initiatives template) under `files`. Every "
                          "row and its decisions are checked and the batch recorded; nothing else is written "
                          "until it is confirmed."))
def check_initiatives_import():
    """Dry-run an uploaded file of past campaigns' initiatives."""
    return _check_import(KIND_INITIATIVES)


@operation("/imports/<int:batch_id>", "GET", summary=_l("Read an import batch"), tag=TAG, response=ImportAnswer,
           errors=(403, 404))
def get_import(batch_id: int):
    """Return a batch with its counts and first errors."""
    return _answer(_batch(batch_id))


@operation("/imports/<int:batch_id>/confirm", "POST", summary=_l("Confirm an import"), tag=TAG,
           response=ImportAnswer, errors=(403, 404, 409, 422),
           description=_l("Checks the file again and writes every row in one transaction, or none (422 with the "
                          "count of rows in error)."))
def confirm_import(batch_id: int):
    """Apply a checked batch, all or nothing."""
    batch = _batch(batch_id)
    api_commit(lambda: service.apply(batch, api_user()))
    return _answer(batch)


@operation("/imports/<int:batch_id>/undo", "POST", summary=_l("Undo an import"), tag=TAG, response=ImportAnswer,
           errors=(403, 404, 409))
def undo_import(batch_id: int):
    """Undo a whole applied batch, while nothing has been built on it."""
    batch = _batch(batch_id)
    api_commit(lambda: service.undo(batch, api_user()))
    return _answer(batch)
