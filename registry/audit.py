"""The audit trail: security events written as rows administrators read on /admin/audit."""

from flask import g, has_request_context, request
from flask_babel import lazy_gettext as _l
from sqlalchemy import insert

from registry.extensions import db
from registry.models import AuditEvent, User
from registry.models.base import utcnow

#: Every kind of event, with its label on the audit page.
KINDS = {
    "sign_in": _l("Signed in"),
    "sign_in_failed": _l("Failed sign-in"),
    "sign_in_locked": _l("Sign-in locked (too many failures)"),
    "sign_out": _l("Signed out"),
    "sign_out_everywhere": _l("Signed out everywhere"),
    "session_idle": _l("Signed out after inactivity"),
    "password_changed": _l("Password changed"),
    "password_reset": _l("Password reset by an administrator"),
    "password_reset_requested": _l("Password reset link requested"),
    "password_reset_done": _l("Password set through a reset link"),
    "user_created": _l("Account created"),
    "role_granted": _l("Role granted"),
    "role_revoked": _l("Role removed"),
    "user_deactivated": _l("Account deactivated"),
    "user_reactivated": _l("Account reactivated"),
    "token_created": _l("API token created"),
    "token_revoked": _l("API token revoked"),
    "deadline_extended": _l("Deadline extended"),
    "accounts_imported": _l("Accounts imported from Excel"),
    "import_undone": _l("Excel import undone"),
    "invitation_accepted": _l("Password set through an invitation"),
    "unit_reorganised": _l("Units reorganised"),
    "initiative_unit_moved": _l("Model moved to a successor unit"),
}


def client_address() -> str:
    """Return the client's address as the application sees it (after the trusted proxies), or ""."""
    return (request.remote_addr or "")[:64] if has_request_context() else ""


def _request_id() -> str:
    """Return the request's id when one was given or assigned, else ""."""
    if not has_request_context():
        return ""
    value = g.get("request_id") or request.headers.get("X-Request-ID", "")
    return "".join(ch for ch in str(value) if ch.isprintable())[:64]


def _values(kind: str, actor: User | int | None, target: User | int | None, details: str) -> dict:
    if kind not in KINDS:
        raise ValueError(f"unknown audit kind {kind!r}")
    return {"created_at": utcnow(), "kind": kind, "actor_id": getattr(actor, "id", actor),
            "target_id": getattr(target, "id", target), "client_address": client_address(),
            "details": "".join(ch for ch in details if ch.isprintable())[:2000], "request_id": _request_id()}


def record(kind: str, actor: User | int | None = None, target: User | int | None = None,
           details: str = "") -> None:
    """Add an audit row to the session: it is committed (or rolled back) with the action it describes."""
    db.session.add(AuditEvent(**_values(kind, actor, target, details)))


def record_now(kind: str, actor: User | int | None = None, target: User | int | None = None,
               details: str = "") -> None:
    """Write an audit row in a transaction of its own: it stays even though the request rolls back (failures)."""
    with db.engine.begin() as connection:
        connection.execute(insert(AuditEvent).values(**_values(kind, actor, target, details)))
