"""Staff pages of an issuer's Word templates: download the shipped or the active one, upload, revert."""

import io

from flask import abort, render_template, request, send_file, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user

from paperwork.blueprint import bp
from paperwork.custom_templates import active_template, revert_template, templates_of, upload_template
from paperwork.documents.word_templates import SHIPPED
from paperwork.forms import TemplateUploadForm
from paperwork.models import TEMPLATE_KINDS, Issuer
from paperwork.render import DOCX
from registry.admin.blueprint import load
from registry.roles import ROLE_ADMIN, ROLE_STAFF
from web.guards import require_setting_right, role_required
from web.transaction import commit_then_redirect

KIND_LABELS = {"decision": _l("Decision with its annex"), "certificate": _l("Certificate")}


def _changeable_issuer(issuer_id: int) -> Issuer:
    issuer = load(Issuer, issuer_id)
    if issuer is None:
        abort(404)
    require_setting_right(current_user, issuer.owner_unit)
    return issuer


def _kind_or_404(kind: str) -> str:
    if kind not in TEMPLATE_KINDS:
        abort(404)
    return kind


def _page(issuer: Issuer, forms: dict | None = None):
    forms = {kind: TemplateUploadForm(formdata=None, prefix=kind) for kind in TEMPLATE_KINDS} | (forms or {})
    return render_template("paperwork/issuer_templates.html", issuer=issuer, kinds=TEMPLATE_KINDS,
                           kind_labels=KIND_LABELS, forms=forms,
                           active={kind: active_template(issuer.id, kind) for kind in TEMPLATE_KINDS},
                           history=templates_of(issuer.id))


@bp.get("/admin/issuers/<int:issuer_id>/templates")
@role_required(ROLE_STAFF, ROLE_ADMIN)
def issuer_templates(issuer_id: int):
    """Show the issuer's templates of each kind: shipped or uploaded, with the upload forms."""
    return _page(_changeable_issuer(issuer_id))


@bp.get("/admin/issuers/<int:issuer_id>/templates/<kind>.docx")
@role_required(ROLE_STAFF, ROLE_ADMIN)
def issuer_template_download(issuer_id: int, kind: str):
    """Download the template in use (the uploaded one, or ?shipped=1 / without one the shipped one)."""
    issuer = _changeable_issuer(issuer_id)
    uploaded = active_template(issuer.id, _kind_or_404(kind))
    if uploaded is not None and not request.args.get("shipped"):
        content, name = uploaded.content, uploaded.file_name
    else:
        content, name = SHIPPED[kind](issuer), f"mau-{kind}-{issuer.short_code.lower()}.docx"
    return send_file(io.BytesIO(content), mimetype=DOCX, as_attachment=True, download_name=name)


def _to_page(issuer: Issuer):
    return lambda _saved: url_for("paperwork.issuer_templates", issuer_id=issuer.id)


@bp.post("/admin/issuers/<int:issuer_id>/templates/<kind>")
@role_required(ROLE_STAFF, ROLE_ADMIN)
def issuer_template_upload(issuer_id: int, kind: str):
    """Accept an edited template once a sample renders with it; refuse it with the reason otherwise."""
    issuer = _changeable_issuer(issuer_id)
    form = TemplateUploadForm(prefix=_kind_or_404(kind))
    upload = request.files.get(f"{kind}-file")

    def save():
        content = upload.read() if upload is not None else b""
        return upload_template(issuer, kind, upload.filename if upload is not None else "", content, current_user)

    if form.validate_on_submit() and (done := commit_then_redirect(
            save, form, lambda _saved: _("The template has been checked and is now in use."), _to_page(issuer))):
        return done
    return _page(issuer, {kind: form}), 422


@bp.post("/admin/issuers/<int:issuer_id>/templates/<kind>/revert")
@role_required(ROLE_STAFF, ROLE_ADMIN)
def issuer_template_revert(issuer_id: int, kind: str):
    """Go back to the shipped layout for this kind of document."""
    issuer = _changeable_issuer(issuer_id)
    form = TemplateUploadForm(prefix=_kind_or_404(kind))
    if form.validate_on_submit() and (done := commit_then_redirect(
            lambda: revert_template(issuer, kind), form,
            lambda _count: _("The shipped template is in use again."), _to_page(issuer))):
        return done
    return _page(issuer), 422
