"""Changes to a decision record after it was taken: a correction of its number or date, the signed scan."""

import os
import secrets
import tempfile
from datetime import date
from pathlib import Path

from flask import current_app
from flask_babel import gettext as _
from werkzeug.datastructures import FileStorage

from paperwork.decisions import number_taken
from paperwork.models import Decision, DecisionCorrection
from registry.attachments.names import clean_display_name, extension_of
from registry.attachments.sniffing import KINDS, kind_for
from registry.attachments.storage import keep_if_committed, remove_when_committed, upload_dir
from registry.extensions import db
from registry.i18n import format_date_vn
from registry.models import User
from registry.models.base import utcnow
from registry.refusals import Refused
from workflows.history import add_note
from workflows.models import NOTE_DECISION_CORRECTION, TransitionLog

#: A signed scan is a PDF or a photo of the paper.
SCAN_KINDS = ("pdf", "jpg", "png")
CHUNK = 64 * 1024


def correct_decision(decision: Decision, number_text: str, decision_date: date, reason: str,
                     actor: User) -> DecisionCorrection:
    """Correct a mistyped number or date, and write it to the history of every initiative the decision covers.

    The history rows keep the text they were written with: each covered initiative gets a note beside them
    saying what was corrected, from what, to what, and why; the correction row keeps the old values too.
    :raise Refused: when nothing changes, no reason is given, or another decision of the issuer has the number.
    """
    number_text, reason = (number_text or "").strip(), (reason or "").strip()
    if not reason:
        raise Refused(_("Please give a reason."), "data", "reason")
    if not number_text or len(number_text) > 64:
        raise Refused(_("Please enter the decision number."), "data", "number_text")
    if number_text == decision.number_text and decision_date == decision.decision_date:
        raise Refused(_("The number and the date are unchanged: nothing to correct."), "data", "number_text")
    if (taken := number_taken(number_text, decision.issuer_name, decision_date, other_than=decision)) is not None:
        message = _("The number %(number)s was already given to another decision of %(issuer)s dated %(date)s: "
                    "two decisions never share a number.", number=taken.number_text, issuer=taken.issuer_name,
                    date=format_date_vn(taken.decision_date))
        raise Refused(message, "data", {"number_text": message})
    correction = DecisionCorrection(decision_id=decision.id, old_number_text=decision.number_text,
                                    new_number_text=number_text, old_date=decision.decision_date,
                                    new_date=decision_date, reason=reason, actor_id=actor.id)
    old_value = f"{decision.number_text}, {format_date_vn(decision.decision_date)}"
    new_value = f"{number_text}, {format_date_vn(decision_date)}"
    for initiative_id in _covered_ids(decision):
        add_note(initiative_id, NOTE_DECISION_CORRECTION, old_value, new_value, reason, actor.id, decision.id)
    decision.number_text, decision.decision_date = number_text, decision_date
    db.session.add(correction)
    db.session.flush()
    return correction


def _covered_ids(decision: Decision) -> list[int]:
    """Return the ids of the initiatives whose history rows belong to `decision`."""
    return list(db.session.scalars(db.select(TransitionLog.initiative_id).where(
        TransitionLog.decision_id == decision.id).distinct().order_by(TransitionLog.initiative_id)))


def scan_path(decision: Decision) -> Path | None:
    """Return where the decision's scan lives on disk, or None when it has none."""
    name = decision.scan_stored_name or ""
    if len(name) != 32 or not name.isalnum():
        return None
    return upload_dir() / name[:2] / name


def save_scan(decision: Decision, upload: FileStorage | None) -> None:
    """Store the signed scan (PDF, JPG or PNG, recognised from its bytes) and replace any earlier one.

    :raise Refused: for no file, an empty or oversized one, or one that is not really a PDF or an image.
    """
    if upload is None or not upload.filename:
        raise Refused(_("Choose at least one file to upload."), "data", "scan")
    name = clean_display_name(upload.filename) or "scan"
    extension = extension_of(name)
    stored_name = secrets.token_hex(16)
    final = upload_dir() / stored_name[:2] / stored_name
    final.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=final.parent, prefix=".scan-")
    try:
        with os.fdopen(handle, "w+b") as stored:
            size, limit_mb = 0, current_app.config["MAX_UPLOAD_MB"]
            while chunk := upload.stream.read(CHUNK):
                size += len(chunk)
                if size > limit_mb * 1024 * 1024:
                    raise Refused(_("“%(name)s” is larger than %(size)d MB.", name=name, size=limit_mb), "data",
                                  "scan")
                stored.write(chunk)
            kind = kind_for(stored, extension) if size else None
            if kind not in SCAN_KINDS:
                raise Refused(_("The signed scan must be a real PDF, JPG or PNG file."), "data", "scan")
        os.replace(temporary, final)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    # The files follow the transaction, as evidence files do: the new scan goes if the row never commits,
    # the one it replaces goes once the replacement is committed.
    keep_if_committed(final)
    if (replaced := scan_path(decision)) is not None:
        remove_when_committed(replaced)
    decision.scan_name, decision.scan_stored_name = name, stored_name
    decision.scan_content_type, decision.scan_uploaded_at = KINDS[kind].content_type, utcnow()
    db.session.flush()
