"""Word templates uploaded by staff, per issuer and kind of document: validation by rendering a sample,
upload, revert to the shipped layout, and rendering a real document through the active template.
"""

import io
import zipfile

from docxtpl import DocxTemplate
from flask_babel import gettext as _
from jinja2 import StrictUndefined, TemplateError, TemplateSyntaxError
from jinja2.sandbox import SandboxedEnvironment
from sqlalchemy import select

from paperwork.documents import word_templates
from paperwork.models import TEMPLATE_KINDS, DocumentTemplate, Issuer
from registry.attachments.names import clean_display_name, extension_of
from registry.attachments.sniffing import office_zip_kind
from registry.extensions import db
from registry.models import User
from registry.refusals import DATA, Refused

#: A template is a page or two of Word: 2 MB leaves room for a logo, refuses anything else.
MAX_TEMPLATE_BYTES = 2 * 1024 * 1024


class TemplateFailed(Exception):
    """A template could not be rendered; the message says why (in the interface language)."""


def active_template(issuer_id: int, kind: str) -> DocumentTemplate | None:
    """Return the issuer's active uploaded template of `kind`, or None (the shipped layout applies)."""
    return db.session.scalars(select(DocumentTemplate).where(
        DocumentTemplate.issuer_id == issuer_id, DocumentTemplate.kind == kind,
        DocumentTemplate.active.is_(True)).order_by(DocumentTemplate.id.desc()).limit(1)).first()


def templates_of(issuer_id: int | None = None) -> list[DocumentTemplate]:
    """Return the uploaded templates (of one issuer when given), newest first."""
    query = select(DocumentTemplate).order_by(DocumentTemplate.id.desc())
    if issuer_id is not None:
        query = query.where(DocumentTemplate.issuer_id == issuer_id)
    return list(db.session.scalars(query))


def _environment() -> SandboxedEnvironment:
    # Sandboxed: a template is code written by a user, and must not reach Python internals through its tags.
    # StrictUndefined: a tag naming nothing in the context fails the sample instead of printing nothing.
    return SandboxedEnvironment(undefined=StrictUndefined, autoescape=True)


def render_decision(content: bytes, data) -> bytes:
    """Render a decision template with `data` (a DecisionData); :raise TemplateFailed: with the reason."""
    return _render(content, lambda _template: word_templates.decision_context(data))


def render_certificates(content: bytes, issuer, lines) -> bytes:
    """Render a certificate template for `lines`; :raise TemplateFailed: with the reason."""
    return _render(content, lambda template: word_templates.certificate_context(issuer, lines, template))


def _render(content: bytes, context_of) -> bytes:
    try:
        template = DocxTemplate(io.BytesIO(content))
        template.render(context_of(template), jinja_env=_environment(), autoescape=True)
        output = io.BytesIO()
        template.save(output)
    except TemplateSyntaxError as error:
        raise TemplateFailed(_("Template syntax error: %(message)s", message=error.message or "")) from error
    except TemplateError as error:
        raise TemplateFailed(_("The template uses something a document does not have: %(message)s",
                               message=str(error))) from error
    except (zipfile.BadZipFile, KeyError, ValueError) as error:
        raise TemplateFailed(_("The file is not a Word document that can be read.")) from error
    return output.getvalue()


def render_sample(kind: str, content: bytes, issuer: Issuer) -> bytes:
    """Render `content` as a template of `kind` with a sample of three lines; :raise TemplateFailed:."""
    if kind == "decision":
        return render_decision(content, word_templates.sample_decision_data(issuer))
    return render_certificates(content, issuer, word_templates.sample_certificate_lines(issuer))


def upload_template(issuer: Issuer, kind: str, file_name: str | None, content: bytes,
                    uploader: User | None) -> DocumentTemplate:
    """Accept a template after rendering a sample with it; it replaces the issuer's active one of `kind`."""
    if kind not in TEMPLATE_KINDS:
        raise Refused(_("Unknown kind of document."), reason=DATA)
    shown_name = clean_display_name(file_name)
    if len(content) > MAX_TEMPLATE_BYTES:
        raise Refused(_("The template is larger than %(size)s MB.", size=MAX_TEMPLATE_BYTES // (1024 * 1024)),
                      reason=DATA, fields={"file": _("The file is too large.")})
    if extension_of(shown_name) != ".docx" or office_zip_kind(io.BytesIO(content)) != "docx":
        raise Refused(_("The template must be a Word document (.docx)."), reason=DATA,
                      fields={"file": _("Please choose a .docx file.")})
    try:
        render_sample(kind, content, issuer)
    except TemplateFailed as failure:
        message = _("The template was refused: %(reason)s", reason=str(failure))
        raise Refused(message, reason=DATA, fields={"file": message}) from failure
    revert_template(issuer, kind)
    uploaded = DocumentTemplate(issuer_id=issuer.id, kind=kind, file_name=shown_name, content=content,
                                uploaded_by_id=uploader.id if uploader is not None else None, active=True)
    db.session.add(uploaded)
    db.session.flush()
    return uploaded


def revert_template(issuer: Issuer, kind: str) -> int:
    """Go back to the shipped layout of `kind` for `issuer` (the uploads stay as history); return how many."""
    count = 0
    for template in db.session.scalars(select(DocumentTemplate).where(
            DocumentTemplate.issuer_id == issuer.id, DocumentTemplate.kind == kind,
            DocumentTemplate.active.is_(True))):
        template.active = False
        count += 1
    db.session.flush()
    return count
