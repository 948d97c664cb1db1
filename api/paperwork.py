"""API operations of paperwork: forms of commendation, issuers, decision records and their documents."""

from flask import abort, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from sqlalchemy import select

from api.core import api_user, operation
from api.problems import ApiProblem
from api.schemas.paperwork import (
    CommendationFormAnswer,
    CommendationFormList,
    DecisionAnswer,
    DecisionList,
    DocumentQuery,
    DocumentTemplateAnswer,
    DocumentTemplateList,
    IssuerAnswer,
    IssuerList,
)
from paperwork.access import may_download_certificate, may_handle_decision
from paperwork.custom_templates import templates_of
from paperwork.decisions import decisions_of
from paperwork.models import Certificate, Decision, Issuer
from paperwork.numbering import number_text, proposed_number
from paperwork.pdf import PdfUnavailable
from paperwork.render import (
    certificate_file,
    decision_certificates_file,
    decision_file,
    registration_file,
    session_document_file,
)
from paperwork.views import file_download
from registry.deadlines import local_today
from registry.extensions import db
from registry.roles import ROLE_ADMIN, ROLE_STAFF
from web.guards import get_initiative_or_404
from workflows.models import CommendationForm
from workflows.sessions.models import CouncilSession
from workflows.sessions.service import may_download_session_documents

TAG = "paperwork"


@operation("/commendation-forms", "GET", summary=_l("List forms of commendation"), tag=TAG,
           response=CommendationFormList,
           description=_l("Every form of commendation, in display order: `commend` takes one of these ids."))
def list_commendation_forms():
    """List the forms of commendation."""
    forms = db.session.scalars(select(CommendationForm).order_by(CommendationForm.position, CommendationForm.name))
    return CommendationFormList(items=[CommendationFormAnswer.model_validate(form) for form in forms])


@operation("/issuers", "GET", summary=_l("List issuers"), tag=TAG, response=IssuerList,
           description=_l("The bodies that sign decisions, dated; each with the number its register proposes today."))
def list_issuer_records():
    """List the issuers with their proposed next decision number."""
    today = local_today()
    issuers = db.session.scalars(select(Issuer).order_by(Issuer.valid_to.is_not(None), Issuer.name, Issuer.id))
    return IssuerList(items=[IssuerAnswer(
        id=issuer.id, name=issuer.name, parent_body=issuer.parent_body, short_code=issuer.short_code,
        kind=issuer.kind, place_name=issuer.place_name, numbering_period=issuer.numbering_period,
        valid_from=issuer.valid_from, valid_to=issuer.valid_to,
        next_number=number_text(issuer, proposed_number(issuer, today))) for issuer in issuers])


@operation("/document-templates", "GET", summary=_l("List Word templates"), tag=TAG,
           response=DocumentTemplateList,
           description=_l("The Word templates staff uploaded per issuer and kind of document, "
                          "newest first (staff only)."),
           errors=(403,))
def list_document_templates():
    """List the uploaded document templates (to staff and administrators)."""
    if not api_user().has_role(ROLE_STAFF, ROLE_ADMIN):
        raise ApiProblem(403, _("Only staff see the document templates."))
    return DocumentTemplateList(items=[DocumentTemplateAnswer(
        id=template.id, issuer_id=template.issuer_id, issuer_name=template.issuer.name, kind=template.kind,
        file_name=template.file_name, uploaded_by=template.uploaded_by.full_name if template.uploaded_by else None,
        uploaded_at=template.uploaded_at, active=template.active) for template in templates_of()])


def _decision_answer(decision: Decision) -> DecisionAnswer:
    return DecisionAnswer(
        id=decision.id, kind=decision.kind, number_text=decision.number_text, decision_date=decision.decision_date,
        issuer_name=decision.issuer_name,
        document_url=url_for("api.decision_document", decision_id=decision.id),
        certificates_url=url_for("api.decision_certificates_document", decision_id=decision.id))


@operation("/initiatives/<int:initiative_id>/decisions", "GET", summary=_l("List an initiative's decisions"),
           tag=TAG, response=DecisionList, errors=(404,))
def list_initiative_decisions(initiative_id: int):
    """List the decision records of an initiative the caller may read."""
    initiative = get_initiative_or_404(initiative_id, user=api_user())
    return DecisionList(items=[_decision_answer(decision) for decision in decisions_of(initiative)])


def _send(render):
    """Send the rendered file; 503 when the PDF cannot be made here (the .docx still can)."""
    try:
        rendered = render()
    except PdfUnavailable as error:
        raise ApiProblem(503, _("The PDF cannot be made on this server (LibreOffice is missing or failed): "
                                "download the Word file instead.")) from error
    if rendered is None:
        abort(404)
    return file_download(rendered)


def _handled_decision(decision_id: int) -> Decision:
    decision = db.session.get(Decision, decision_id)
    if decision is None or not may_handle_decision(api_user(), decision):
        abort(404)
    return decision


@operation("/decisions/<int:decision_id>/documents/decision", "GET", summary=_l("Download a decision with its list"),
           tag=TAG, query=DocumentQuery, download=True, errors=(404, 503))
def decision_document(decision_id: int, query: DocumentQuery):
    """Send the decision with its annex, as .docx or PDF."""
    decision = _handled_decision(decision_id)
    return _send(lambda: decision_file(decision, query.format))


@operation("/decisions/<int:decision_id>/documents/certificates", "GET",
           summary=_l("Download every certificate of a decision"), tag=TAG, query=DocumentQuery, download=True,
           errors=(404, 503))
def decision_certificates_document(decision_id: int, query: DocumentQuery):
    """Send every certificate of a decision as one file."""
    decision = _handled_decision(decision_id)
    return _send(lambda: decision_certificates_file(decision, query.format))


@operation("/initiatives/<int:initiative_id>/documents/certificate", "GET",
           summary=_l("Download an initiative's certificate"), tag=TAG, query=DocumentQuery, download=True,
           errors=(404, 503))
def initiative_certificate_document(initiative_id: int, query: DocumentQuery):
    """Send the latest certificate of an initiative the caller may read."""
    initiative = get_initiative_or_404(initiative_id, user=api_user())
    certificate = db.session.scalar(select(Certificate).where(Certificate.initiative_id == initiative.id)
                                    .order_by(Certificate.id.desc()).limit(1))
    if certificate is None or not may_download_certificate(api_user(), certificate):
        abort(404)
    return _send(lambda: certificate_file(certificate, query.format))


@operation("/initiatives/<int:initiative_id>/documents/registration", "GET",
           summary=_l("Download an initiative's registration form"), tag=TAG, query=DocumentQuery, download=True,
           errors=(404, 503))
def initiative_registration_document(initiative_id: int, query: DocumentQuery):
    """Send the registration form (Phiếu đăng ký) of an initiative the caller may read."""
    initiative = get_initiative_or_404(initiative_id, user=api_user())
    return _send(lambda: registration_file(initiative, query.format))


def _documented_session(session_id: int) -> CouncilSession:
    session = db.session.get(CouncilSession, session_id)
    if session is None or not may_download_session_documents(api_user(), session):
        abort(404)
    return session


@operation("/sessions/<int:session_id>/documents/minutes", "GET", summary=_l("Download a session's minutes"),
           tag=TAG, query=DocumentQuery, download=True, errors=(404, 503),
           description=_l("The minutes (biên bản) of a council session: attendance, each model's result, "
                          "conclusions. For staff over the council, its chair or secretary, the session's chair "
                          "or secretary."))
def session_minutes_document(session_id: int, query: DocumentQuery):
    """Send the minutes of a council session, as .docx or PDF."""
    session = _documented_session(session_id)
    return _send(lambda: session_document_file(session, "minutes", query.format))


@operation("/sessions/<int:session_id>/documents/summary", "GET",
           summary=_l("Download a session's summary of results"), tag=TAG, query=DocumentQuery, download=True,
           errors=(404, 503),
           description=_l("Per model: each member's points or vote, the average or share, the outcome."))
def session_summary_document(session_id: int, query: DocumentQuery):
    """Send the summary of results of a council session, as .docx or PDF."""
    session = _documented_session(session_id)
    return _send(lambda: session_document_file(session, "summary", query.format))
