"""`flask seed-demo` and the recognition workflow: councils, score sheets in every stage, every state."""

import re
from collections import Counter

from sqlalchemy import func, select

from registry.extensions import db
from registry.models import Campaign, Initiative, User
from registry.policy import is_officer_of
from registry.roles import ROLE_STAFF
from tests.test_demo import row_counts, seed, user
from workflows.councils.models import ConflictDeclaration, Council, CouncilAssignment
from workflows.machine import STATES, TRIGGERS
from workflows.models import Commendation, TransitionLog
from workflows.rules import evaluate, scoring_members
from workflows.scoring.models import ScoreSheet
from workflows.scoring.queue import member_queue
from workflows.transitions import SEAT_ROLES, council_seat

#: Who fires each trigger in the demo: the first actor the machine names (a seat, the staff, else the officer).
SEAT_TRIGGERS = {spec.name: SEAT_ROLES[spec.actors[0]] for spec in TRIGGERS if spec.actors[0] in SEAT_ROLES}
STAFF_TRIGGERS = tuple(spec.name for spec in TRIGGERS if spec.actors[0] == ROLE_STAFF)


def test_every_state_is_reached_through_the_workflow_by_the_right_people_and_the_rules_hold(runner):
    assert SEAT_TRIGGERS.items() >= {("complete_evaluation", "secretary"), ("recognize", "chair"), ("reject", "chair"),
                                     ("select_exemplary", "chair")}
    assert set(STAFF_TRIGGERS) >= {"return_for_revision", "commend", "revoke"}
    assert seed(runner).exit_code == 0
    initiatives = db.session.scalars(select(Initiative)).all()
    assert set(STATES) <= {initiative.status for initiative in initiatives}
    campaigns = {campaign.id: campaign for campaign in db.session.scalars(select(Campaign))}
    for log in db.session.scalars(select(TransitionLog)):
        initiative = log.initiative
        if log.trigger in SEAT_TRIGGERS:
            seat = council_seat(log.actor, initiative)
            assert seat is not None and seat.role == SEAT_TRIGGERS[log.trigger], (initiative.code, log.trigger)
        elif log.trigger in STAFF_TRIGGERS:
            assert log.actor.has_role(ROLE_STAFF), log.trigger
        else:
            assert is_officer_of(log.actor, initiative), (initiative.code, log.trigger)
        if log.trigger in ("reject", "revoke", "return_for_revision"):
            assert log.comment, log.trigger
        if log.trigger in ("recognize", "reject", "select_exemplary", "revoke", "commend"):
            assert re.fullmatch(r"\d+[-/]QĐ[-/][A-ZĐ]+", log.decision_number), log.decision_number
            assert log.decision_date.year == campaigns[initiative.campaign_id].year
            assert log.decision_issuer
    # The council's rules really hold for each decision.
    for initiative in initiatives:
        if initiative.status in ("recognized", "exemplary", "commended", "revoked", "not_recognized"):
            result = evaluate(initiative)
            assert result.has_quorum, initiative.code
            if initiative.status == "not_recognized":
                # Last year's council decided by vote (demo/sessions.py): no average, too few "agree" votes.
                assert (result.by_vote or result.average < 50) and not result.meets_recognition_rule, initiative.code
            else:
                assert result.meets_recognition_rule, initiative.code
            if initiative.status in ("exemplary", "commended"):
                assert result.meets_exemplary_rule, initiative.code
    commended = [i for i in initiatives if i.status == "commended"]
    commendations = db.session.scalars(select(Commendation)).all()
    assert {c.initiative_id for c in commendations} == {i.id for i in commended}
    assert all(c.issuer and c.form.is_active for c in commendations)
    assert all(c.recipient_name for c in commendations if c.recipient_kind == "individual")
    # Sheets are dated between registration and the decision; none carries a date in the future.
    sheets = db.session.scalars(select(ScoreSheet).where(ScoreSheet.status == "submitted")).all()
    assert all(sheet.comment and sheet.recommendation for sheet in sheets)
    assert all(sheet.submitted_at.year == campaigns[sheet.initiative.campaign_id].year for sheet in sheets)


def test_councils_have_six_seats_and_the_open_campaign_shows_sheets_in_every_stage(runner):
    # Seeding an empty database with --if-empty seeds it; a second --if-empty changes nothing.
    assert seed(runner, "--if-empty").exit_code == 0
    councils = db.session.scalars(select(Council).order_by(Council.id)).all()
    assert len(councils) == 3  # this year's, last year's and 2024's (under the old tree, demo.old_tree)
    assert {council.campaign.year for council in councils} == {c.year for c in db.session.scalars(select(Campaign))}
    for council in councils:
        assert council.name.startswith("Hội đồng thẩm định mô hình “Dân vận khéo” tỉnh năm ")
        assert str(council.campaign.year) in council.name
        assert council.unit.parent_id is None
        seats = {seat.user.email: seat.role for seat in council.members}
        assert seats == {"chutich@demo.dvk.vn": "chair", "thuky@demo.dvk.vn": "secretary",
                         **{f"uyvien{n}@demo.dvk.vn": "member" for n in range(1, 5)}}
        homes = [seat for seat in council.members if seat.home_unit is not None]
        assert [seat.user.email for seat in homes] == ["uyvien4@demo.dvk.vn"]
        assert homes[0].home_unit.level == "commune"

    current = db.session.scalar(select(Campaign).where(Campaign.is_open.is_(True)))
    assigned = db.session.scalars(select(Initiative).join(CouncilAssignment).where(
        Initiative.campaign_id == current.id, Initiative.status == "registered")).all()
    stages = Counter()
    for initiative in assigned:
        sheets = db.session.scalars(select(ScoreSheet).where(ScoreSheet.initiative_id == initiative.id)).all()
        submitted = sum(sheet.status == "submitted" for sheet in sheets)
        result = evaluate(initiative)
        if not sheets:
            stages["none"] += 1
        elif submitted == 0:
            stages["draft"] += 1
        elif not result.has_quorum:
            stages["below_quorum"] += 1
        else:
            stages["quorum"] += 1
    assert all(stages[stage] >= 2 for stage in ("none", "draft", "below_quorum", "quorum")), stages

    # One declared conflict of interest, and the home-unit rule keeps uyvien4 off their commune's models.
    declarations = db.session.scalars(select(ConflictDeclaration)).all()
    assert len(declarations) == 1 and declarations[0].reason
    home_seat = next(seat for seat in councils[0].members if seat.home_unit is not None)
    own = [i for i in assigned if i.unit.is_within(home_seat.home_unit)]
    assert own, "an assigned model of the member's own commune"
    assert all(home_seat.id not in {m.id for m in scoring_members(i)} for i in own)
    # uyvien1 has work waiting; the secretary has evaluations to close.
    rows = [row for queue in member_queue(user("uyvien1@demo.dvk.vn")) for row in queue.rows]
    assert sum(row.is_todo for row in rows) >= 3
    assert stages["quorum"] >= 1

    assert runner.invoke(args=["check-integrity"]).exit_code == 0
    before = row_counts()
    again = seed(runner, "--if-empty")
    assert again.exit_code == 0 and "donvi5@demo.dvk.vn" in again.output
    assert row_counts() == before
    assert db.session.scalar(select(func.count(User.id)).where(User.is_demo.is_(False))) == 0



def test_standard_commendation_forms_are_created_only_when_there_are_none():
    from demo.council import ensure_commendation_forms
    from workflows.models import CommendationForm

    db.session.execute(CommendationForm.__table__.delete())
    forms = ensure_commendation_forms()
    assert [form.name for form in forms][:3] == ["Biểu dương", "Giấy khen", "Bằng khen của Chủ tịch UBND tỉnh"]
    assert len(forms) == 5
    assert len(ensure_commendation_forms()) == 5
    assert db.session.scalar(select(func.count(CommendationForm.id))) == 5
