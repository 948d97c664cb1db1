"""The decision record's forms: correct its number or date, upload and download the signed scan."""

from flask import abort, render_template, request, send_file, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required

from paperwork.access import may_handle_decision
from paperwork.blueprint import bp
from paperwork.decisions import covered_initiatives
from paperwork.forms import CorrectionForm, ScanForm
from paperwork.labels import kind_label
from paperwork.models import Certificate, Decision, DecisionCorrection
from paperwork.pdf import soffice
from paperwork.records import correct_decision, save_scan, scan_path
from registry.admin.blueprint import load
from registry.extensions import db
from registry.policy import can_view_initiative
from web.transaction import commit_then_redirect


def _handled_or_404(decision_id: int) -> Decision:
    decision = load(Decision, decision_id)
    if decision is None or not may_handle_decision(current_user, decision):
        abort(404)
    return decision


def _back(decision: Decision):
    return lambda _saved: url_for("paperwork.decision_record", decision_id=decision.id)


@bp.post("/decisions/records/<int:decision_id>/correction")
@login_required
def decision_correct(decision_id: int):
    """Correct the decision's number or date with a reason (the old values stay visible in the history)."""
    decision = _handled_or_404(decision_id)
    form = CorrectionForm()
    if form.validate_on_submit() and (done := commit_then_redirect(
            lambda: correct_decision(decision, form.number_text.data, form.decision_date.data, form.reason.data,
                                     current_user), form,
            lambda _saved: _("The decision has been corrected; the old number and date stay in its history."),
            _back(decision))):
        return done
    return record_page(decision, correction_form=form)


def record_page(decision: Decision, **forms):
    """Render the record page (with a posted form and its errors in `forms`, after a refusal)."""
    corrections = db.session.scalars(db.select(DecisionCorrection).where(DecisionCorrection.decision_id == decision.id)
                                     .order_by(DecisionCorrection.id)).all()
    certificates = db.session.scalar(db.select(db.func.count(Certificate.id))
                                     .where(Certificate.decision_id == decision.id))
    values = {"correction_form": CorrectionForm(formdata=None, number_text=decision.number_text,
                                                decision_date=decision.decision_date),
              "scan_form": ScanForm(formdata=None), **forms}
    return render_template("paperwork/decision.html", decision=decision, initiatives=covered_initiatives(decision),
                           corrections=corrections, certificates=certificates, has_pdf=soffice() is not None,
                           kind_label=kind_label, **values)


@bp.post("/decisions/records/<int:decision_id>/scan")
@login_required
def decision_scan_upload(decision_id: int):
    """Upload the signed, stamped scan; every model the decision covers shows it in its history."""
    decision = _handled_or_404(decision_id)
    form = ScanForm()
    if form.validate_on_submit() and (done := commit_then_redirect(
            lambda: save_scan(decision, request.files.get("scan")), form,
            lambda _saved: _("The signed scan has been saved."), _back(decision))):
        return done
    return record_page(decision, scan_form=form)


@bp.get("/decisions/records/<int:decision_id>/scan")
@login_required
def decision_scan(decision_id: int):
    """Download the signed scan: for whoever may read one of the models it covers.

    :raise 404: when there is none, or the user sees none of its models.
    """
    decision = load(Decision, decision_id)
    if decision is None or not any(can_view_initiative(current_user, initiative)
                                   for initiative in covered_initiatives(decision)):
        abort(404)
    path = scan_path(decision)
    if path is None or not path.is_file():
        abort(404)
    response = send_file(path, mimetype=decision.scan_content_type, as_attachment=True,
                         download_name=decision.scan_name or "scan", max_age=0)
    response.headers["Cache-Control"] = "private, no-store"
    return response
