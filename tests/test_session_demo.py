"""Issue #12 §1: the demo holds one finished session — last year's campaign decided by vote, this year's by sheets."""

from sqlalchemy import select

from registry.extensions import db
from registry.models import Campaign
from registry.models.campaigns import EVALUATION_DELIBERATION, EVALUATION_SCORING
from tests.test_demo import seed
from workflows.machine import STAGE_RECOGNISED, STAGE_STATES, S
from workflows.sessions.models import CouncilSession, SessionVote
from workflows.sessions.results import OUTCOME_PENDING, OUTCOME_REJECTION, session_results


def test_the_demo_session_decided_last_years_campaign_by_vote(runner):
    assert seed(runner).exit_code == 0
    # 2024 (under the old tree, demo.old_tree), 2025 decided by vote, 2026 by score sheets.
    *_older, previous, current = db.session.scalars(select(Campaign).order_by(Campaign.year)).all()
    assert (previous.evaluation_mode, current.evaluation_mode) == (EVALUATION_DELIBERATION, EVALUATION_SCORING)
    sessions = db.session.scalars(select(CouncilSession)).all()
    assert len(sessions) == 1 and sessions[0].council.campaign_id == previous.id
    data = session_results(sessions[0])
    assert (data.present_count, data.absent_count) == (5, 1)
    assert len(data.items) >= 40 and db.session.scalar(select(SessionVote.id).limit(1)) is not None
    recognised = set(STAGE_STATES[STAGE_RECOGNISED]) | {S.revoked}
    for item in data.items:
        if item.status in recognised:
            assert item.proposed_trigger is not None and item.outcome != OUTCOME_REJECTION, item.code
        elif item.status == S.not_recognized:
            assert item.outcome == OUTCOME_REJECTION, item.code
        elif item.status == S.registered:
            assert item.outcome == OUTCOME_PENDING or item.result.has_quorum, item.code
        assert all(detail.choice is None for detail in item.details if not detail.present), item.code
