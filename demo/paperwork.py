"""The demo's paperwork: the dated pair of party boards, the People's Committee and the Front as issuers,
and one decision record (with its certificates) for each recognition the demo's history recorded."""

import re
from datetime import date

from sqlalchemy import select

from demo.data import PROVINCE
from paperwork.decisions import KIND_BY_TRIGGER, issue_certificates
from paperwork.issuers import add_issuer
from paperwork.models import DOC_DECISION, Decision, Issuer
from paperwork.numbering import register_for
from registry.extensions import db
from registry.models import User
from workflows.machine import T
from workflows.models import TransitionLog

PROVINCE_BODY = f"Tỉnh ủy {PROVINCE}"
#: The board before and after the 2025 merger: a rename is a new issuer, the old one keeps its decisions.
ISSUERS = (
    {"name": "Ban Dân vận Tỉnh ủy", "parent_body": PROVINCE_BODY, "short_code": "BDVTU", "kind": "party",
     "numbering_period": "term", "term_start": date(2020, 10, 15), "signer_prefix": "",
     "signer_title": "Trưởng ban", "signer_name": "Hoàng Văn Thành",
     "valid_from": date(2015, 1, 1), "valid_to": date(2025, 2, 28)},
    {"name": "Ban Tuyên giáo và Dân vận Tỉnh ủy", "parent_body": PROVINCE_BODY, "short_code": "BTGDVTU",
     "kind": "party", "numbering_period": "term", "term_start": date(2025, 3, 1), "signer_prefix": "",
     "signer_title": "Trưởng ban", "signer_name": "Nguyễn Thị Minh Hà",
     "valid_from": date(2025, 3, 1), "valid_to": None},
    {"name": f"Ủy ban nhân dân tỉnh {PROVINCE}", "parent_body": "", "short_code": "UBND", "kind": "state",
     "numbering_period": "year", "term_start": None, "signer_prefix": "TM. Ủy ban nhân dân",
     "signer_title": "Chủ tịch", "signer_name": "Trần Quốc Bảo", "valid_from": date(2015, 1, 1), "valid_to": None},
    {"name": "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "parent_body": f"Ủy ban MTTQ Việt Nam tỉnh {PROVINCE}",
     "short_code": "MTTQ-BTT", "kind": "front", "numbering_period": "year", "term_start": None,
     "signer_prefix": "TM. Ban Thường trực", "signer_title": "Chủ tịch", "signer_name": "Lê Thị Thu",
     "valid_from": date(2015, 1, 1), "valid_to": None},
)
LEADING_NUMBER = re.compile(r"^(\d+)")


def seed_paperwork(staff: User) -> None:
    """Add the demo's issuers, then a decision record over each recognition of the history, with certificates."""
    issuers = [add_issuer({**values, "place_name": PROVINCE}, None) for values in ISSUERS]
    rows = db.session.execute(select(TransitionLog.decision_number, TransitionLog.decision_date,
                                     TransitionLog.decision_issuer, TransitionLog.id, TransitionLog.initiative_id)
                              .where(TransitionLog.trigger == T.recognize).order_by(TransitionLog.id)).all()
    groups: dict[tuple, list] = {}
    for number, day, issuer_name, log_id, initiative_id in rows:
        groups.setdefault((number, day, issuer_name), []).append((log_id, initiative_id))
    for (number, day, issuer_name), logs in groups.items():
        issuer = _issuer_on(issuers, day)
        if issuer is None or not number:
            continue
        _record(issuer, number, day, issuer_name, staff, logs)


def _issuer_on(issuers: list[Issuer], day: date) -> Issuer | None:
    """The party board under its name of `day`."""
    return next((issuer for issuer in issuers if issuer.kind == "party" and issuer.is_valid_on(day)), None)


def _record(issuer: Issuer, number_text: str, day: date, issuer_name: str, staff: User, logs: list) -> None:
    """Record one decision as the history wrote it; its register goes on after its number."""
    match = LEADING_NUMBER.match(number_text)
    register = register_for(issuer, DOC_DECISION, day)
    number = int(match.group(1)) if match else None
    taken = db.session.scalar(select(Decision.id).where(Decision.register_id == register.id, Decision.number == number))
    if taken is not None:
        number = None  # the history numbered two years alike in one term: the text stays, the register skips it
    if number is not None:
        register.last_number = max(register.last_number, number)
    decision = Decision(issuer=issuer, kind=KIND_BY_TRIGGER[T.recognize], register=register, number=number,
                        number_text=number_text, decision_date=day, issuer_name=issuer_name or issuer.name,
                        created_by_id=staff.id)
    db.session.add(decision)
    db.session.flush()
    log_ids = [log_id for log_id, _initiative in logs]
    for log in db.session.scalars(select(TransitionLog).where(TransitionLog.id.in_(log_ids))):
        log.decision_id = decision.id
    issue_certificates(decision, sorted({initiative for _log, initiative in logs}))
