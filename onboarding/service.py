"""The import services the pages, the API and `flask import` share: dry run, apply, undo.

A dry run writes only its batch record (state "checked"); applying re-reads the stored file and checks
it again against the database as it is now, then creates everything in the caller's one transaction;
undoing deletes what the batch created, refused while anything has been built on it.
"""

import hashlib
import os
from pathlib import Path
from typing import IO

from flask import current_app
from flask_babel import gettext as _
from sqlalchemy import delete, exists, select
from sqlalchemy.exc import IntegrityError

from onboarding.accounts import apply_accounts, check_accounts
from onboarding.batches import Report, created_ids, save_batch
from onboarding.columns import COLUMNS, SHEET_NAMES
from onboarding.initiatives import apply_initiatives, check_histories, check_initiatives, imported_history_only
from onboarding.invitations import is_invited
from onboarding.models import (
    BATCH_APPLIED,
    BATCH_CHECKED,
    BATCH_UNDONE,
    IMPORT_KINDS,
    KIND_INITIATIVES,
    KIND_UNITS,
    ImportBatch,
)
from onboarding.reader import check_upload, read_rows
from onboarding.units import apply_units, check_units
from registry import audit
from registry.extensions import db
from registry.models import Initiative, RoleAssignment, Unit, User
from registry.models.base import utcnow
from registry.refusals import Refused
from workflows.outbox.models import OutboxMail


def stored_path(sha256: str) -> Path:
    """Return where an uploaded import file is kept (shared by every worker, beside the attachments)."""
    return Path(current_app.config["UPLOAD_DIR"]) / "imports" / f"{sha256}.xlsx"


def store_upload(stream: IO[bytes]) -> tuple[str, int]:
    """Check and keep an uploaded file; return its SHA-256 and size.

    :raise Refused: when it is too large, empty or not a workbook.
    """
    stream.seek(0, os.SEEK_END)
    size = stream.tell()
    stream.seek(0)
    check_upload(stream, size)
    digest = hashlib.sha256()
    for chunk in iter(lambda: stream.read(1 << 20), b""):
        digest.update(chunk)
    sha256 = digest.hexdigest()
    path = stored_path(sha256)
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        stream.seek(0)
        partial = path.with_suffix(".part")
        with partial.open("wb") as out:
            for chunk in iter(lambda: stream.read(1 << 20), b""):
                out.write(chunk)
        partial.replace(path)
    return sha256, size


def _check(kind: str, sha256: str, actor: User | None) -> tuple[Report, list]:
    with stored_path(sha256).open("rb") as stream:
        rows = read_rows(stream, SHEET_NAMES[kind], COLUMNS[kind])
        if kind == KIND_UNITS:
            return check_units(rows, actor)
        if kind == KIND_INITIATIVES:
            report, planned = check_initiatives(rows, actor)
            check_histories(planned, actor, report)  # in memory: the dry run writes nothing
            return report, planned
        return check_accounts(rows, actor)


def check_stored(batch: ImportBatch, actor: User | None) -> Report:
    """Check a batch's stored file against the database as it is now; write nothing."""
    return _check(batch.kind, batch.sha256, actor)[0]


def recheck(batch: ImportBatch, actor: User | None) -> Report:
    """Check a batch's file again and keep the fresh counts and errors on it (a dry run again)."""
    report = check_stored(batch, actor)
    save_batch(batch, report)
    return report


def dry_run(kind: str, stream: IO[bytes], file_name: str, actor: User | None) -> tuple[ImportBatch, Report]:
    """Check an uploaded file and record the batch (nothing else is written); return it with its report."""
    batch, report, _planned = _dry_run(kind, stream, file_name, actor)
    return batch, report


def _dry_run(kind: str, stream: IO[bytes], file_name: str, actor: User | None) -> tuple[ImportBatch, Report, list]:
    if kind not in IMPORT_KINDS:
        raise Refused(_("Unknown kind of import."), "data", "kind")
    sha256, _size = store_upload(stream)
    report, planned = _check(kind, sha256, actor)
    batch = ImportBatch(kind=kind, file_name=(file_name or "import.xlsx")[:255], sha256=sha256,
                        actor_id=actor.id if actor else None, state=BATCH_CHECKED)
    save_batch(batch, report)
    return batch, report, planned


def apply(batch: ImportBatch, actor: User | None, checked: tuple[Report, list] | None = None) -> Report:
    """Check the batch's file again and create all its new rows, or refuse with nothing written.

    `checked` is a check made in this same transaction (run_import's), so the file is not read twice.

    :raise Refused: when the batch is not a dry run any more, or when a row has an error now.
    """
    if batch.state != BATCH_CHECKED:
        raise Refused(_("This import has already been confirmed or undone."), "state")
    report, planned = checked or _check(batch.kind, batch.sha256, actor)
    save_batch(batch, report)
    if not report.ok:
        raise Refused(_("The file has %(count)d row(s) with errors: nothing was imported. Correct them and "
                        "upload the file again.", count=report.failed_rows), "data")
    if batch.kind == KIND_UNITS:
        apply_units(batch, planned)
    elif batch.kind == KIND_INITIATIVES:
        apply_initiatives(batch, planned, actor)
    else:
        apply_accounts(batch, planned, actor)
    batch.state, batch.applied_at = BATCH_APPLIED, utcnow()
    db.session.flush()
    return report


def run_import(kind: str, stream: IO[bytes], file_name: str, actor: User | None,
               commit: bool) -> tuple[ImportBatch, Report]:
    """Dry-run a file and, when `commit` and it has no error, apply it (the CLI and the API in one call)."""
    batch, report, planned = _dry_run(kind, stream, file_name, actor)
    if commit:
        report = apply(batch, actor, checked=(report, planned))
    return batch, report


def undo(batch: ImportBatch, actor: User | None) -> None:
    """Delete every row the batch created, refused while anything has been built on them.

    :raise Refused: naming what stands in the way.
    """
    if batch.state != BATCH_APPLIED:
        raise Refused(_("Only a confirmed import can be undone."), "state")
    if batch.kind == KIND_UNITS:
        _undo_units(created_ids(batch, "unit"))
    elif batch.kind == KIND_INITIATIVES:
        _undo_initiatives(created_ids(batch, "initiative"), batch.id)
    else:
        _undo_accounts(created_ids(batch, "user"))
    batch.state, batch.undone_at = BATCH_UNDONE, utcnow()
    audit.record("import_undone", actor=actor, details=f"batch #{batch.id} ({batch.kind})")
    db.session.flush()


def _undo_units(ids: list[int]) -> None:
    if not ids:
        return
    in_batch = Unit.id.in_(ids)
    if db.session.scalar(select(exists().where(Initiative.unit_id.in_(ids)))):
        raise Refused(_("Initiatives have been registered for units of this import: it can no longer be undone."),
                      "conflict")
    if db.session.scalar(select(exists().where(RoleAssignment.unit_id.in_(ids)))):
        raise Refused(_("Accounts hold roles over units of this import: undo or change them first."), "conflict")
    if db.session.scalar(select(exists().where(Unit.parent_id.in_(ids), ~Unit.id.in_(ids)))):
        raise Refused(_("Units have been added under units of this import: it can no longer be undone."),
                      "conflict")
    try:
        with db.session.begin_nested():
            db.session.execute(delete(Unit).where(in_batch).execution_options(synchronize_session=False))
    except IntegrityError:
        raise Refused(_("Other records now refer to units of this import: it can no longer be undone."),
                      "conflict") from None
    db.session.expire_all()


def _undo_initiatives(ids: list[int], batch_id: int) -> None:
    if not ids:
        return
    if not imported_history_only(ids, batch_id):
        raise Refused(_("Initiatives of this import have moved on since: it can no longer be undone."), "conflict")
    try:
        with db.session.begin_nested():
            # One by one through the session, so that the report summaries follow.
            for initiative in db.session.scalars(select(Initiative).where(Initiative.id.in_(ids))):
                db.session.delete(initiative)
            db.session.flush()
    except IntegrityError:
        raise Refused(_("Other records now refer to initiatives of this import: it can no longer be undone."),
                      "conflict") from None


def _undo_accounts(ids: list[int]) -> None:
    if not ids:
        return
    users = list(db.session.scalars(select(User).where(User.id.in_(ids))))
    used = [user.email for user in users
            if not is_invited(user) or user.last_login_at is not None or len(user.roles) > 1]
    if used:
        raise Refused(_("Some imported accounts have been used or given other roles since (%(emails)s): the "
                        "import can no longer be undone.", emails=", ".join(used[:5])), "conflict")
    # Invitations not sent yet are withdrawn; those sent lead nowhere once the account is gone.
    db.session.execute(delete(OutboxMail).where(OutboxMail.recipient_id.in_(ids),
                                                OutboxMail.status.in_(("pending", "held", "failed")))
                       .execution_options(synchronize_session=False))
    try:
        with db.session.begin_nested():
            for user in users:
                db.session.delete(user)
            db.session.flush()
    except IntegrityError:
        raise Refused(_("Other records now refer to accounts of this import: it can no longer be undone."),
                      "conflict") from None


def batches_for(actor: User, limit: int = 20) -> list[ImportBatch]:
    """Return the latest batches: every batch for an administrator, one's own otherwise."""
    query = select(ImportBatch).order_by(ImportBatch.id.desc()).limit(limit)
    if not actor.is_admin:
        query = query.where(ImportBatch.actor_id == actor.id)
    return list(db.session.scalars(query))
