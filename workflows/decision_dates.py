"""When a decision may be dated: not after today in Vietnam, not before the step of the history it follows.

"The step it follows" is read from the initiative's own history, never from a map of trigger names: it is
the latest dated step — a submission (the day it was sent, in Vietnam) or a recorded decision (its date).
Which triggers are dated steps is a fact of the machine table (`records`, `needs_decision`,
`needs_commendation`), so a new step is dated on its own.
"""

from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from flask import current_app
from flask_babel import gettext as _
from sqlalchemy import select

from registry.deadlines import local_today
from registry.extensions import db
from registry.i18n import format_date_vn
from registry.models import Initiative
from registry.models.base import as_utc
from workflows.machine import RECORDS_RESUBMISSION, RECORDS_SUBMISSION, STATES, TRIGGERS_BY_NAME
from workflows.models import TransitionLog

#: What a submission or a resubmission records: either dates the step a decision follows.
SUBMISSIONS = (RECORDS_SUBMISSION, RECORDS_RESUBMISSION)


@dataclass(frozen=True)
class DatedStep:
    """The latest dated step of an initiative's history: its trigger, the state it reached and its day."""

    trigger: str
    state: str
    day: date


def _local_day(moment: datetime) -> date:
    """Return the calendar day of a stored timestamp in the installation's time zone (Vietnam)."""
    return as_utc(moment).astimezone(ZoneInfo(current_app.config["BABEL_DEFAULT_TIMEZONE"])).date()


def step_day(trigger: str, decision_date: date | None, created_at: datetime | None) -> date | None:
    """Return the day a step dates the history: a decision's date, a submission's day, else None."""
    spec = TRIGGERS_BY_NAME.get(trigger)
    if spec is None:
        return None
    if (spec.needs_decision or spec.needs_commendation) and decision_date is not None:
        return decision_date
    if spec.records in SUBMISSIONS and created_at is not None:
        return _local_day(created_at)
    return None


def _step_day(log: TransitionLog) -> date | None:
    """Return the day a history row dates its step (see step_day)."""
    return step_day(log.trigger, log.decision_date, log.created_at)


def last_dated_step(initiative: Initiative) -> DatedStep | None:
    """Return the latest dated step of the initiative's history (the one a new decision follows), if any."""
    if initiative.id is None:
        return None
    logs = db.session.scalars(select(TransitionLog).where(TransitionLog.initiative_id == initiative.id)
                              .order_by(TransitionLog.id.desc()))
    for log in logs:
        day = _step_day(log)
        if day is not None:
            return DatedStep(log.trigger, log.to_status, day)
    return None


def decision_date_refusal(initiative: Initiative, decision_date: date) -> str | None:
    """Explain why `decision_date` cannot date a new decision on `initiative`, or return None when it can."""
    return decision_date_after_refusal(last_dated_step(initiative), decision_date)


def decision_date_after_refusal(step: DatedStep | None, decision_date: date) -> str | None:
    """Explain why `decision_date` cannot follow the dated `step` (None: no step yet), or return None when it can.

    The bulk import knows the step from the history it is writing, without reading it back.
    """
    today = local_today()
    if decision_date > today:
        return _("The decision date cannot be in the future (today is %(today)s).", today=format_date_vn(today))
    if step is not None and decision_date < step.day:
        if TRIGGERS_BY_NAME[step.trigger].records in SUBMISSIONS:
            return _("The decision date cannot be before the registration was submitted on %(day)s.",
                     day=format_date_vn(step.day))
        return _("The decision date cannot be before the decision “%(state)s” of %(day)s.",
                 state=STATES[step.state], day=format_date_vn(step.day))
    return None
