"""The evidence service: check and store uploads, delete them, find them on disk.

Files live under UPLOAD_DIR/<first two characters>/<random token>, never under the uploader's name.
The request owns the transaction, so the files follow it: a file written for a row that is rolled
back is removed, and a file whose row is deleted goes only once the deletion is committed.
"""

import hashlib
import logging
import os
import re
import secrets
import tempfile
from collections.abc import Iterable
from pathlib import Path

from flask import current_app
from flask_babel import gettext as _
from sqlalchemy import event
from werkzeug.datastructures import FileStorage

from registry.attachments.names import clean_display_name, extension_of
from registry.attachments.sniffing import KIND_BY_EXTENSION, KINDS, kind_for
from registry.extensions import db
from registry.models import Attachment, Initiative, User
from registry.refusals import Refused

logger = logging.getLogger(__name__)

MAX_FILES_PER_INITIATIVE = 20
CHUNK_SIZE = 64 * 1024
_NEW_FILES = "attachments.new_files"
_DOOMED_FILES = "attachments.doomed_files"
_STORED_NAME = re.compile(r"^[0-9a-f]{32}$")




def accepted_kinds_text() -> str:
    """Return the sentence naming the accepted kinds of file."""
    return _("Only PDF, Word (.doc, .docx), Excel (.xls, .xlsx), JPG and PNG files are accepted.")


def upload_dir() -> Path:
    """Return the folder that holds every stored file."""
    return Path(current_app.config["UPLOAD_DIR"])


def stored_path(attachment: Attachment) -> Path | None:
    """Return where `attachment` lives on disk, or None if its stored name is not one of ours."""
    if not _STORED_NAME.match(attachment.stored_name or ""):
        return None
    return upload_dir() / attachment.stored_name[:2] / attachment.stored_name


def save_attachments(initiative: Initiative, uploads: Iterable[FileStorage], uploader: User) -> list[Attachment]:
    """Check and store every upload as evidence of `initiative`; refuse them all if one is unfit.

    :raise Refused: for an empty or oversized file, a refused kind, or too many files.
    """
    uploads = [upload for upload in uploads if upload and upload.filename]
    if not uploads:
        raise Refused(_("Choose at least one file to upload."))
    present = len(initiative.attachments)
    if present + len(uploads) > MAX_FILES_PER_INITIATIVE:
        raise Refused(_("A model may have at most %(limit)d evidence files; it has %(count)d already.",
                                  limit=MAX_FILES_PER_INITIATIVE, count=present))
    return [_save_one(initiative, upload, uploader) for upload in uploads]


def _save_one(initiative: Initiative, upload: FileStorage, uploader: User) -> Attachment:
    """Store one upload and add its row (flushed); the file is removed again if the row never commits."""
    name = clean_display_name(upload.filename)
    shown = name or _("(no name)")
    extension = extension_of(name)
    if extension not in KIND_BY_EXTENSION:
        raise Refused(_("“%(name)s” was refused. %(accepted)s", name=shown, accepted=accepted_kinds_text()))
    stored_name = secrets.token_hex(16)
    final_path = upload_dir() / stored_name[:2] / stored_name
    final_path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=final_path.parent, prefix=".upload-")
    try:
        with os.fdopen(handle, "w+b") as stored:
            size, digest = _copy_limited(upload.stream, stored, shown)
            if size == 0:
                raise Refused(_("“%(name)s” is empty.", name=shown))
            kind = kind_for(stored, extension)
            if kind is None:
                raise Refused(_("The content of “%(name)s” is not a real %(extension)s file. %(accepted)s",
                                          name=shown, extension=extension[1:].upper(),
                                          accepted=accepted_kinds_text()))
            stored.flush()
            os.fsync(stored.fileno())
        os.replace(temporary, final_path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    _remember(_NEW_FILES, final_path)
    attachment = Attachment(
        initiative=initiative, original_name=name, stored_name=stored_name, kind=kind,
        content_type=KINDS[kind].content_type, size=size, sha256=digest, uploaded_by_id=uploader.id,
    )
    db.session.add(attachment)
    db.session.flush()
    return attachment


def _copy_limited(source, target, shown_name: str) -> tuple[int, str]:
    """Copy `source` into `target` in chunks, hashing it; refuse it once it passes MAX_UPLOAD_MB."""
    limit_mb = current_app.config["MAX_UPLOAD_MB"]
    limit = limit_mb * 1024 * 1024
    digest = hashlib.sha256()
    size = 0
    while chunk := source.read(CHUNK_SIZE):
        size += len(chunk)
        if size > limit:
            raise Refused(_("“%(name)s” is larger than %(size)d MB.", name=shown_name, size=limit_mb))
        digest.update(chunk)
        target.write(chunk)
    return size, digest.hexdigest()


def delete_attachment(attachment: Attachment) -> None:
    """Delete the row now (flushed) and its file once the deletion is committed."""
    path = stored_path(attachment)
    db.session.delete(attachment)
    db.session.flush()
    if path is not None:
        _remember(_DOOMED_FILES, path)


def keep_if_committed(path: Path) -> None:
    """Remove the file just written at `path` unless the transaction that stores its row commits."""
    _remember(_NEW_FILES, path)


def remove_when_committed(path: Path) -> None:
    """Remove the file at `path` once the transaction that stops pointing at it commits (kept on a rollback)."""
    _remember(_DOOMED_FILES, path)


def _remember(key: str, path: Path) -> None:
    """Note `path` in the session, for the commit or rollback that ends this transaction."""
    db.session.info.setdefault(key, []).append(path)


def _remove(path: Path) -> None:
    """Remove a stored file; a failure is logged, never raised (the transaction is already over)."""
    try:
        path.unlink(missing_ok=True)
    except OSError:
        logger.exception("Could not remove the stored file %s", path)


def _after_commit(session) -> None:
    """Keep the new files (their rows are in) and remove the files of deleted rows."""
    session.info.pop(_NEW_FILES, None)
    for path in session.info.pop(_DOOMED_FILES, []):
        _remove(path)


def _after_transaction_end(session, transaction) -> None:
    """When the outermost transaction ends without a commit, remove the files written for it."""
    if transaction.parent is not None:
        return
    for path in session.info.pop(_NEW_FILES, []):
        _remove(path)
    session.info.pop(_DOOMED_FILES, None)


def init_app(_app) -> None:
    """Tie stored files to the fate of the session's transaction."""
    for name, listener in (("after_commit", _after_commit), ("after_transaction_end", _after_transaction_end)):
        if not event.contains(db.session, name, listener):
            event.listen(db.session, name, listener)
