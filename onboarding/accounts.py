"""The accounts import: check every row (e-mail, role, unit by code), create accounts without a password, invite.

Rows are matched by e-mail: an account that already holds the row's role over the row's unit is
"unchanged"; any other existing account is an error, with the form's own message.
"""

import secrets
from collections.abc import Iterable
from dataclasses import dataclass

from email_validator import EmailNotValidError, validate_email
from flask_babel import gettext as _
from sqlalchemy import func, insert, select

from onboarding.batches import Report, RowProblems, cell_text, choice_matcher, remember_created
from onboarding.columns import USER_COLUMNS
from onboarding.invitations import UNUSABLE_PASSWORD, Invitee, queue_invitations
from onboarding.models import KIND_USERS, ImportBatch
from onboarding.reader import SheetRow
from registry import audit
from registry.extensions import db
from registry.labels import ROLE_LABELS
from registry.models import RoleAssignment, Unit, User
from registry.models.base import utcnow
from registry.policy import can_manage_unit
from registry.roles import ROLE_ADMIN
from registry.text import fold

COLUMN = {column.key: column for column in USER_COLUMNS}


@dataclass
class AccountRow:
    """A checked row of the accounts sheet."""

    number: int
    email: str
    full_name: str
    role: str
    unit_id: int


def _email(text: str, problems: RowProblems) -> str:
    if not text:
        return ""
    try:
        # The form's check (WTForms' Email validator), without asking DNS.
        return validate_email(text, check_deliverability=False).normalized.lower()
    except EmailNotValidError:
        problems.add(COLUMN["email"], _("This is not a valid e-mail address."))
        return ""


def check_accounts(rows: Iterable[SheetRow], actor: User | None) -> tuple[Report, list[AccountRow]]:
    """Check the rows of an accounts sheet; return the report and the accounts to create.

    `actor` None is the command line (all rights); otherwise the unit must be one the actor manages and
    only an administrator grants the administrator role.
    """
    report = Report(KIND_USERS)
    roles = choice_matcher(ROLE_LABELS)
    units = dict(db.session.execute(select(Unit.code, Unit.id).where(Unit.code.is_not(None))).all())
    existing = {email: user_id for email, user_id in db.session.execute(select(func.lower(User.email), User.id))}
    held = {(a.user_id, a.role, a.unit_id) for a in db.session.scalars(select(RoleAssignment))}
    in_file: dict[str, int] = {}
    planned: list[AccountRow] = []
    for sheet_row in rows:
        report.total += 1
        problems = RowProblems(report, sheet_row.number)
        values = {column.key: cell_text(sheet_row.values, column, problems) for column in USER_COLUMNS}
        email = _email(values["email"], problems)
        role = roles.get(fold(values["role"])) if values["role"] else None
        if values["role"] and role is None:
            problems.add(COLUMN["role"], _("Unknown role “%(value)s”: see the sheet of allowed values.",
                                           value=values["role"]))
        elif role == ROLE_ADMIN and actor is not None and not actor.is_admin:
            problems.add(COLUMN["role"], _("Only an administrator may grant the administrator role."))
        code = values["unit_code"].upper()
        unit_id = units.get(code) if code else None
        if code and unit_id is None:
            problems.add(COLUMN["unit_code"], _("Unknown unit code %(code)s: import or create the unit first.",
                                                code=code))
        elif unit_id is not None and actor is not None and not can_manage_unit(actor, db.session.get(Unit, unit_id)):
            problems.add(COLUMN["unit_code"], _("You may only grant roles over the units you manage."))
        if email in in_file:
            problems.add(COLUMN["email"], _("This e-mail is already on row %(row)d.", row=in_file[email]))
        elif email:
            in_file[email] = sheet_row.number
        if problems.count:
            continue
        if email in existing:
            if (existing[email], role, unit_id) in held:
                report.unchanged += 1
            else:
                problems.add(COLUMN["email"], _("An account with this e-mail already exists."))
            continue
        planned.append(AccountRow(sheet_row.number, email, " ".join(values["full_name"].split()), role, unit_id))
    report.new = len(planned)
    return report, planned


def apply_accounts(batch: ImportBatch, rows: list[AccountRow], actor: User | None) -> list[int]:
    """Create the checked accounts, without a usable password, each with its role; queue their invitations.

    Bulk statements (accounts, roles, mails, each one INSERT), not one ORM flush per account.
    """
    if not rows:
        return []
    now = utcnow()
    values = [{"email": row.email, "full_name": row.full_name, "locale": "vi", "password_hash": UNUSABLE_PASSWORD,
               "session_secret": secrets.token_hex(16), "is_active_account": True, "mail_mode": "immediate",
               "is_demo": False, "must_change_password": False, "created_at": now} for row in rows]
    ids = list(db.session.scalars(insert(User).returning(User.id, sort_by_parameter_order=True), values))
    db.session.execute(insert(RoleAssignment), [{"user_id": user_id, "role": row.role, "unit_id": row.unit_id}
                                                for user_id, row in zip(ids, rows, strict=True)])
    remember_created(batch, "user", ids)
    queue_invitations([Invitee(user_id, value["email"], value["full_name"], value["locale"], value["password_hash"],
                               value["session_secret"]) for user_id, value in zip(ids, values, strict=True)])
    audit.record("accounts_imported", actor=actor, details=f"batch #{batch.id}: {len(ids)}")
    db.session.flush()
    return ids
