"""The demo's councils at work: seats, assignments, score sheets, decisions and commendations.

Everything goes through the workflow's own services (create_council, seat_member, assign,
declare_conflict, save_sheet, and the inputs `fire` asks for), so the demo obeys the same rules as users.
"""

import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from sqlalchemy import bindparam, select, update

from demo.data import (
    COMMENDATIONS,
    CONFLICT,
    COUNCIL_NAME,
    DECISION_NUMBERS,
    DECISION_SUFFIX,
    MEMBER_HOME_COMMUNE,
    MIXED_PROFILE_WEIGHTS,
    PROVINCE,
    PROVINCE_ACCOUNTS,
    REJECT_REASONS,
    REVOKE_REASONS,
    SCORE_PROFILES,
    SHEET_COMMENTS,
    STANDARD_COMMENDATION_FORMS,
    STEP_DAYS,
    SheetStep,
)
from registry.extensions import db
from registry.models import Campaign, Initiative, Unit, User
from workflows.councils.models import Council, CouncilAssignment, CouncilMember
from workflows.councils.service import assign, create_council, declare_conflict, seat_member
from workflows.machine import T
from workflows.models import CommendationForm
from workflows.rules import quorum_needed, scoring_members
from workflows.scoring.models import SHEET_DRAFT, SHEET_SUBMITTED, RubricCriterion, ScoreSheet
from workflows.scoring.service import rubric, save_sheet

#: The issuer written on the board's own decisions.
BOARD_ISSUER = f"Ban Tuyên giáo và Dân vận Tỉnh ủy {PROVINCE}"
#: What the secretary writes when closing an evaluation.
CLOSING_COMMENT = ("Đã đủ số phiếu chấm theo quy định; hội đồng hoàn thành thẩm định, "
                   "trình Chủ tịch hội đồng quyết định.")
#: The last day members submit sheets before the council closes its evaluation, as (month, day).
LAST_SHEET_DAY = (9, 16)


def ensure_commendation_forms() -> list[CommendationForm]:
    """Create the standard commendation forms when the table is empty; return every form in order."""
    forms = list(db.session.scalars(select(CommendationForm).order_by(CommendationForm.position)))
    if not forms:
        forms = [CommendationForm(name=name, default_issuer=issuer, position=position, is_active=True)
                 for position, (name, issuer) in enumerate(STANDARD_COMMENDATION_FORMS, start=1)]
        db.session.add_all(forms)
        db.session.flush()
    return forms


@dataclass
class Panel:
    """One campaign's council with its seats, keyed by "chair", "secretary" or the member's e-mail."""

    council: Council
    seats: dict[str, CouncilMember]
    criteria: list[RubricCriterion]


class CouncilWork:
    """Sets up a council per campaign and does the council's part of each initiative's path."""

    def __init__(self, rng: random.Random, now: datetime, staff: User, home_unit: Unit | None):
        self.rng, self.now, self.staff, self.home_unit = rng, now, staff, home_unit
        emails = [account.email for account in PROVINCE_ACCOUNTS if account.function in ("chair", "secretary",
                                                                                          "member")]
        self.people = {user.email: user for user in db.session.scalars(select(User).where(User.email.in_(emails)))}
        self.functions = {account.email: account.function for account in PROVINCE_ACCOUNTS}
        self.panels: dict[int, Panel] = {}
        self.forms = {form.name: form for form in ensure_commendation_forms() if form.is_active}
        #: the session of the campaign that decides by vote, once held (demo/sessions.py)
        self.voting = None

    def set_up(self, campaign: Campaign, root: Unit) -> Panel:
        """Create the campaign's council at the province and seat the chair, secretary and members."""
        council = create_council(self.staff, COUNCIL_NAME.format(year=campaign.year), campaign, root, [])
        seats = {}
        for email, user in sorted(self.people.items(), key=lambda item: _seat_order(self.functions[item[0]])):
            function = self.functions[email]
            home = self.home_unit if email == MEMBER_HOME_COMMUNE[0] else None
            seat = seat_member(self.staff, council, user, function, home)
            seats[function if function != "member" else email] = seat
        panel = Panel(council, seats, rubric(campaign))
        self.panels[campaign.id] = panel
        return panel

    def seat_user(self, campaign: Campaign, function: str) -> User:
        """Return who sits in the chair or secretary seat of the campaign's council."""
        return self.panels[campaign.id].seats[function].user

    def assign(self, initiative: Initiative, declares_conflict: bool) -> None:
        """Give the initiative to its campaign's council, and record the planned conflict declaration."""
        panel = self.panels[initiative.campaign_id]
        assign(self.staff, panel.council, [initiative])
        if declares_conflict:
            declare_conflict(panel.seats[CONFLICT[0]], initiative, CONFLICT[1])

    def sheets(self, initiative: Initiative, step: SheetStep, start: datetime) -> list[tuple[ScoreSheet, datetime]]:
        """Have members write the step's sheets; return each sheet with the moment it was last saved."""
        if self.voting is not None and initiative.campaign_id == self.voting.campaign.id:
            return self.voting.vote(initiative, step)  # this campaign decides by vote (demo/sessions.py)
        panel = self.panels[initiative.campaign_id]
        campaign = initiative.campaign
        members = scoring_members(initiative)
        self.rng.shuffle(members)
        needed = quorum_needed(len(members), campaign.quorum_numerator, campaign.quorum_denominator)
        submitted = self._submitted_count(step.submitted, needed, len(members))
        profile_name = step.profile if step.profile != "mixed" else _weighted(self.rng, MIXED_PROFILE_WEIGHTS)
        totals = self._totals(profile_name, submitted)
        last = self.now
        if step.submitted == "closing":
            last = min(self.now, datetime(campaign.year, *LAST_SHEET_DAY, 17, tzinfo=UTC))
        span = max((last - start).total_seconds(), 0)
        made = []
        for position, member in enumerate(members[:submitted + step.drafts]):
            at = start + timedelta(seconds=span * self.rng.random())
            if position < submitted:
                total, recommendation = totals[position]
                sheet = save_sheet(initiative, member, _spread(panel.criteria, total, self.rng), recommendation,
                                   self.rng.choice(SHEET_COMMENTS[recommendation]), submit=True)
            else:
                sheet = save_sheet(initiative, member, self._draft_points(panel.criteria), "", "", submit=False)
            made.append((sheet, at))
        return made

    def _submitted_count(self, stage: str, needed: int, eligible: int) -> int:
        """Return how many sheets are submitted at a stage; a closed evaluation mostly stops at the quorum."""
        if stage == "some":
            return self.rng.randint(1, needed - 1) if needed > 1 else 0
        if stage == "quorum":
            return needed
        if stage == "closing":
            return needed + 1 if needed < eligible and self.rng.random() < 0.1 else needed
        return 0

    def _totals(self, profile_name: str, count: int) -> list[tuple[int, str]]:
        """Return (total, recommendation) for `count` sheets of a profile, at most one of them dissenting."""
        profile = SCORE_PROFILES[profile_name]
        totals = [(self.rng.randint(*profile.totals), self.rng.choice(profile.recommendations)) for _ in range(count)]
        if count >= 3 and self.rng.random() < profile.dissent_chance:
            totals[self.rng.randrange(count)] = (self.rng.randint(*profile.dissent_totals),
                                                 profile.dissent_recommendation)
        return totals

    def _draft_points(self, criteria: list[RubricCriterion]) -> dict[str, Decimal]:
        """Return points for the first few criteria only: a sheet being filled in."""
        share = self.rng.uniform(0.5, 0.85)
        filled = criteria[:self.rng.randint(2, max(len(criteria) - 1, 2))]
        return {criterion.code: Decimal(round(criterion.max_points * share)) for criterion in filled}

    def inputs(self, trigger: str, initiative: Initiative, moment: datetime) -> tuple[str, dict]:
        """Return the comment and the decision or commendation inputs `fire` needs for `trigger`."""
        if trigger in DECISION_NUMBERS:
            comment = {T.reject: REJECT_REASONS, T.revoke: REVOKE_REASONS}.get(trigger)
            return (self.rng.choice(comment) if comment else "",
                    {"decision_number": f"{DECISION_NUMBERS[trigger]}-{DECISION_SUFFIX}",
                     "decision_date": moment.date(), "decision_issuer": BOARD_ISSUER})
        if trigger == T.commend:
            # Forms renamed by staff: any active one will do, with the board's own decision.
            usable = [entry for entry in COMMENDATIONS if entry[0] in self.forms] or [
                (name, 1, f"{DECISION_NUMBERS[T.select_exemplary] + 5}-{DECISION_SUFFIX}", BOARD_ISSUER)
                for name in self.forms]
            name, _weight, number, issuer = self.rng.choices(usable, weights=[entry[1] for entry in usable])[0]
            individual = initiative.subject_type == "individual"
            return "", {"form_id": self.forms[name].id, "decision_number": number, "decision_date": moment.date(),
                        "decision_issuer": issuer, "recipient_kind": "individual" if individual else "collective",
                        "recipient_name": initiative.individual_name if individual else ""}
        if trigger == T.complete_evaluation:
            return CLOSING_COMMENT, {}
        return "", {}


def date_council_work(assignments: list[tuple[int, datetime]], sheets: list[tuple[ScoreSheet, datetime]]) -> None:
    """Give assignments (by initiative id) and score sheets the dates of the story, in a few statements."""
    if assignments:
        table = CouncilAssignment.__table__
        db.session.execute(update(table).where(table.c.initiative_id == bindparam("initiative"))
                           .values(assigned_at=bindparam("at")),
                           [{"initiative": initiative_id, "at": at} for initiative_id, at in assignments])
    table = ScoreSheet.__table__
    for status, values in ((SHEET_SUBMITTED, {"updated_at": bindparam("at"), "submitted_at": bindparam("at")}),
                           (SHEET_DRAFT, {"updated_at": bindparam("at")})):
        rows = [{"sheet": sheet.id, "at": at} for sheet, at in sheets if sheet.status == status]
        if rows:
            db.session.execute(update(table).where(table.c.id == bindparam("sheet")).values(**values), rows)


def step_moment(rng: random.Random, step: str, after: datetime, year: int, now: datetime) -> datetime:
    """Return when a step happened: days after the last one, not before its day of the year, not after now."""
    moment = after + timedelta(days=rng.randint(2, 20), hours=rng.randint(0, 8))
    if step in STEP_DAYS:
        month, day = STEP_DAYS[step]
        moment = max(moment, datetime(year, month, day, 8, tzinfo=UTC) + timedelta(hours=rng.randint(0, 8)))
    return min(moment, now)


def _seat_order(function: str) -> int:
    return ("chair", "secretary", "member").index(function)


def _spread(criteria: list[RubricCriterion], total: int, rng: random.Random) -> dict[str, Decimal]:
    """Return whole points per criterion adding up to `total` of 100 (scaled to the rubric's maximum)."""
    maxima = [criterion.max_points for criterion in criteria]
    full = sum(maxima)
    target = min(round(total * full / 100), full)
    points = [maximum * target // full for maximum in maxima]
    while sum(points) < target:
        index = rng.randrange(len(points))
        if points[index] < maxima[index]:
            points[index] += 1
    for _ in range(3):  # a little unevenness, the total unchanged
        give, take = rng.randrange(len(points)), rng.randrange(len(points))
        if points[give] > 0 and points[take] < maxima[take]:
            points[give] -= 1
            points[take] += 1
    return {criterion.code: Decimal(value) for criterion, value in zip(criteria, points, strict=True)}


def _weighted(rng: random.Random, weights: dict[str, int]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]
