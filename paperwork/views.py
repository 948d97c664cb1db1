"""Pages of paperwork: a decision record with its files, a certificate's download, the public /verify page."""

import io

from flask import abort, current_app, flash, redirect, render_template, request, send_file, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required

from api import ratelimit
from api.problems import ApiProblem
from paperwork.access import certificates_of, may_download_certificate, may_handle_decision
from paperwork.blueprint import bp
from paperwork.decisions import corrections_by_decision, decisions_of
from paperwork.models import Certificate, Decision
from paperwork.pdf import PdfUnavailable
from paperwork.record_views import record_page
from paperwork.render import (
    FORMATS,
    SESSION_DOCUMENTS,
    RenderedFile,
    certificate_file,
    decision_certificates_file,
    decision_file,
    registration_file,
    session_document_file,
)
from paperwork.verify import verification
from registry.admin.blueprint import load
from web.guards import get_initiative_or_404
from workflows.decisions.queries import may_open_decisions
from workflows.sessions.blueprint import get_session_or_404, session_people
from workflows.sessions.service import may_download_session_documents

#: Checks of certificates one address may make per rate window (API_RATE_WINDOW_SECONDS).
DEFAULT_VERIFY_LIMIT = 60


def file_download(rendered: RenderedFile):
    """Send a generated file as a download."""
    response = send_file(io.BytesIO(rendered.content), mimetype=rendered.content_type, as_attachment=True,
                         download_name=rendered.name, max_age=0)
    response.headers["Cache-Control"] = "private, no-store"
    return response


def _decision_or_404(decision_id: int) -> Decision:
    """Load a decision record the current user handles.

    :raise 404: when there is none, or the user takes no decision on any model it covers.
    """
    decision = load(Decision, decision_id)
    if decision is None or not may_handle_decision(current_user, decision):
        abort(404)
    return decision


def _format_or_404(file_format: str) -> str:
    if file_format not in FORMATS:
        abort(404)
    return file_format


def _render_or_explain(render, back: str):
    """Send `render()`'s file; without LibreOffice, say so and go back (the .docx still works)."""
    try:
        rendered = render()
    except PdfUnavailable as error:
        current_app.logger.warning("PDF conversion failed: %s", error)
        flash(_("The PDF cannot be made on this server (LibreOffice is missing or failed): download the Word "
                "file instead."), "warning")
        return redirect(back)
    if rendered is None:
        abort(404)
    return file_download(rendered)


@bp.get("/decisions/records/<int:decision_id>")
@login_required
def decision_record(decision_id: int):
    """Show a decision record: its number, date and issuer, the models it covers, its files and corrections.

    :raise 404: when the user takes no decision on any model it covers.
    """
    return record_page(_decision_or_404(decision_id))


@bp.get("/decisions/records/<int:decision_id>/document.<file_format>")
@login_required
def decision_document(decision_id: int, file_format: str):
    """Download the decision with its annex (.docx, or .pdf through LibreOffice)."""
    decision = _decision_or_404(decision_id)
    file_format = _format_or_404(file_format)
    return _render_or_explain(lambda: decision_file(decision, file_format),
                              url_for(".decision_record", decision_id=decision.id))


@bp.get("/decisions/records/<int:decision_id>/certificates.<file_format>")
@login_required
def decision_certificates(decision_id: int, file_format: str):
    """Download every certificate of a decision as one file."""
    decision = _decision_or_404(decision_id)
    file_format = _format_or_404(file_format)
    return _render_or_explain(lambda: decision_certificates_file(decision, file_format),
                              url_for(".decision_record", decision_id=decision.id))


@bp.get("/certificates/<int:certificate_id>.<file_format>")
@login_required
def certificate_download(certificate_id: int, file_format: str):
    """Download one certificate: for whoever may read its model (the unit's officer among them)."""
    certificate = load(Certificate, certificate_id)
    if certificate is None or not may_download_certificate(current_user, certificate):
        abort(404)
    file_format = _format_or_404(file_format)
    return _render_or_explain(lambda: certificate_file(certificate, file_format),
                              url_for("initiatives.detail", initiative_id=certificate.initiative_id))


@bp.get("/initiatives/<int:initiative_id>/registration.<file_format>")
@login_required
def registration_download(initiative_id: int, file_format: str):
    """Download the registration form (Phiếu đăng ký) of a model the user may read, for the unit's archive."""
    initiative = get_initiative_or_404(initiative_id)
    file_format = _format_or_404(file_format)
    return _render_or_explain(lambda: registration_file(initiative, file_format),
                              url_for("initiatives.detail", initiative_id=initiative.id))


@bp.get("/councils/sessions/<int:session_id>/documents/<kind>.<file_format>")
@session_people
def session_document(session_id: int, kind: str, file_format: str):
    """Download a session's minutes (biên bản) or summary of results (bảng tổng hợp), .docx or .pdf.

    :raise 403: for a member of the council who neither prepares the session nor chairs or minutes it.
    """
    session = get_session_or_404(session_id)
    if not may_download_session_documents(current_user, session):
        abort(403)
    if kind not in SESSION_DOCUMENTS:
        abort(404)
    file_format = _format_or_404(file_format)
    return _render_or_explain(lambda: session_document_file(session, kind, file_format),
                              url_for("sessions.results", session_id=session.id))


@bp.get("/verify/<code>")
def verify(code: str):
    """Show anyone, without signing in, whether a certificate is genuine and its model still recognised."""
    try:
        ratelimit.check(f"verify:{request.remote_addr or 'unknown'}",
                        current_app.config.get("VERIFY_RATE_LIMIT", DEFAULT_VERIFY_LIMIT))
    except ApiProblem as problem:
        return render_template("paperwork/verify_limited.html"), 429, problem.headers
    found = verification(code)
    if found is None:
        return render_template("paperwork/verify_unknown.html", code=code[:40]), 404
    return render_template("paperwork/verify.html", found=found)


def _panel_helpers() -> dict:
    """Expose `paperwork_panel(initiative)` to the templates: its decision records, corrections and certificates."""

    def paperwork_panel(initiative) -> dict:
        if not current_user.is_authenticated or initiative is None:
            return {"decisions": [], "certificates": [], "may_handle": False}
        decisions = decisions_of(initiative)
        corrections = corrections_by_decision([decision.id for decision in decisions])
        return {"decisions": [(decision, corrections.get(decision.id, [])) for decision in decisions],
                "certificates": certificates_of(initiative),
                "may_handle": bool(decisions) and may_open_decisions(current_user, initiative)}

    return {"paperwork_panel": paperwork_panel}


bp.app_context_processor(_panel_helpers)


def init_app(app) -> None:
    """Mount the blueprint with every paperwork page."""
    from paperwork import issuer_views, template_views  # noqa: F401  (their routes join the blueprint)

    app.register_blueprint(bp)
