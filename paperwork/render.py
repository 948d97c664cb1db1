"""Turn stored records into files: a decision with its annex, the certificates of a decision or of one model,
the minutes and the summary of a council session."""

import logging
from dataclasses import dataclass

from flask import current_app
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from paperwork import custom_templates
from paperwork.decisions import covered_initiatives, decision_commendations
from paperwork.documents import certificate as certificate_document
from paperwork.documents import decision as decision_document
from paperwork.documents import minutes as minutes_document
from paperwork.documents import registration as registration_document
from paperwork.documents import summary as summary_document
from paperwork.documents import word_templates
from paperwork.issuers import issuers_valid_on
from paperwork.models import Certificate, Decision
from paperwork.pdf import docx_to_pdf
from registry.deadlines import local_today
from registry.extensions import db
from registry.models import Initiative
from registry.text import fold
from workflows.sessions.models import CouncilSession
from workflows.sessions.results import session_results

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
PDF = "application/pdf"
FORMATS = {"docx": DOCX, "pdf": PDF}
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RenderedFile:
    """A generated file: its bytes, its download name and its MIME type."""

    content: bytes
    name: str
    content_type: str


def verify_url(code: str) -> str:
    """Return the public address of a certificate's verification page (what its QR code holds)."""
    return f"{current_app.config['BASE_URL'].rstrip('/')}/verify/{code}"


def _slug(text: str) -> str:
    """A file-name-safe ASCII form of a number: "123-QĐ/BTGDVTU" gives "123-QD-BTGDVTU"."""
    folded = fold(text).upper().replace("Đ", "D")
    return "".join(char if char.isalnum() or char == "-" else "-" for char in folded).strip("-")


def _finish(docx: bytes, name: str, file_format: str) -> RenderedFile:
    """Return the .docx, or its PDF conversion (:raise PdfUnavailable: without LibreOffice)."""
    if file_format == "pdf":
        return RenderedFile(docx_to_pdf(docx), f"{name}.pdf", PDF)
    return RenderedFile(docx, f"{name}.docx", DOCX)


def decision_file(decision: Decision, file_format: str = "docx") -> RenderedFile:
    """Return the decision and its annex as a file."""
    data = decision_document.DecisionData(decision, covered_initiatives(decision), decision_commendations(decision))
    return _finish(_decision_docx(data), f"quyet-dinh-{_slug(decision.number_text)}", file_format)


def _through_template(issuer_id: int, kind: str, render):
    """Render with the issuer's active uploaded template of `kind`; None without one (or when it fails now)."""
    uploaded = custom_templates.active_template(issuer_id, kind)
    if uploaded is None:
        return None
    try:
        return render(uploaded.content)
    except custom_templates.TemplateFailed as failure:
        # It rendered the sample when accepted; a real record it cannot print falls back to the shipped layout.
        log.warning("template %s of issuer %s failed, shipped layout used: %s", uploaded.id, issuer_id, failure)
        return None


def _decision_docx(data: decision_document.DecisionData) -> bytes:
    issuer = data.decision.issuer
    rendered = _through_template(issuer.id, "decision", lambda content: custom_templates.render_decision(content, data))
    return rendered if rendered is not None else decision_document.build(data)


def _certificates_docx(rows: list[certificate_document.CertificateData]) -> bytes:
    issuer = rows[0].certificate.decision.issuer
    lines = [word_templates.certificate_line(row) for row in rows]
    rendered = _through_template(issuer.id, "certificate",
                                 lambda content: custom_templates.render_certificates(content, issuer, lines))
    return rendered if rendered is not None else certificate_document.build(rows)


def registration_file(initiative: Initiative, file_format: str = "docx") -> RenderedFile:
    """Return the registration form (Phiếu đăng ký) of an initiative as a file, dated its submission (or today)."""
    submitted = initiative.submitted_at
    day = submitted.date() if submitted is not None else local_today()
    # The place of the date line is the province's, as its issuers print it (dots to fill in by hand without one).
    place = next((issuer.place_name for issuer in issuers_valid_on(day)), "……")
    return _finish(registration_document.build(initiative, day, place), f"phieu-dang-ky-{initiative.code}",
                   file_format)


def _certificate_rows(query) -> list[certificate_document.CertificateData]:
    certificates = db.session.scalars(query.options(
        selectinload(Certificate.initiative).joinedload(Initiative.unit), selectinload(Certificate.register))
        .order_by(Certificate.register_number, Certificate.id))
    return [certificate_document.CertificateData(row, verify_url(row.code)) for row in certificates]


def decision_certificates_file(decision: Decision, file_format: str = "pdf") -> RenderedFile | None:
    """Return every certificate of a decision as one file (None when it gave none)."""
    rows = _certificate_rows(select(Certificate).where(Certificate.decision_id == decision.id))
    if not rows:
        return None
    return _finish(_certificates_docx(rows), f"giay-chung-nhan-{_slug(decision.number_text)}", file_format)


def certificate_file(certificate: Certificate, file_format: str = "pdf") -> RenderedFile:
    """Return one certificate as a file."""
    rows = _certificate_rows(select(Certificate).where(Certificate.id == certificate.id))
    return _finish(_certificates_docx(rows), f"giay-chung-nhan-{certificate.initiative.code}", file_format)


#: The documents of a session: the minutes (biên bản) and the summary of results (bảng tổng hợp), by API kind.
SESSION_DOCUMENTS = {"minutes": (minutes_document.build, "bien-ban-hop"),
                     "summary": (summary_document.build, "bang-tong-hop")}


def session_letterhead(session: CouncilSession) -> minutes_document.Letterhead:
    """Return the header of a session's documents: the council under the body it works for.

    That body is the issuer valid on the session day owned by the council's unit, else by the campaign's owner,
    else one owned by the top of the tree, else any valid one; with no issuer at all, the council alone, state style.
    """
    council = session.council
    issuers = issuers_valid_on(session.held_on)
    preferred = (council.unit_id, council.campaign.owner_unit_id, None)
    issuer = next((issuer for owner in preferred for issuer in issuers if issuer.owner_unit_id == owner),
                  issuers[0] if issuers else None)
    if issuer is None:
        return minutes_document.Letterhead(council.name, "", "state", "……")
    return minutes_document.Letterhead(council.name, issuer.name, issuer.kind, issuer.place_name)


def session_document_file(session: CouncilSession, kind: str, file_format: str = "docx") -> RenderedFile:
    """Return the minutes (`kind` "minutes") or the summary of results ("summary") of a session as a file."""
    build, stem = SESSION_DOCUMENTS[kind]
    data = minutes_document.SessionDocumentData(session_results(session), session_letterhead(session))
    return _finish(build(data), f"{stem}-{session.held_on:%Y-%m-%d}-{session.id}", file_format)
