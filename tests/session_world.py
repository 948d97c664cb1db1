"""A council world whose campaign decides by deliberation, with helpers to hold a session and vote."""

from registry.extensions import db
from registry.models.campaigns import EVALUATION_DELIBERATION
from tests.workflow_world import TODAY_VN, CouncilWorld, build_council_world
from workflows.sessions.models import VOTE_AGREE
from workflows.sessions.service import Ballot, SessionInputs, add_to_agenda, cast_votes, create_session

#: The five seats of a council world, in order.
SEATS = ("chair", "secretary", "member1", "member2", "member3")


def deliberation_world(make, members: int = 3) -> CouncilWorld:
    """A council world (chair, secretary, `members` members) whose campaign evaluates by deliberation."""
    world = build_council_world(make, members=members)
    world.initiative.campaign.evaluation_mode = EVALUATION_DELIBERATION
    db.session.flush()
    return world


def hold_session(world: CouncilWorld, present=SEATS, initiatives=None, place="Hội trường Tỉnh ủy"):
    """Hold a session of the world's council with `present` seats and the initiatives on its agenda."""
    session = create_session(world.people["staff"], world.council, SessionInputs(
        held_on=TODAY_VN, place=place, chair_id=world.seats["chair"].id, secretary_id=world.seats["secretary"].id,
        present_ids={world.seats[seat].id for seat in present}))
    add_to_agenda(world.people["staff"], session, initiatives or [world.initiative])
    return session


def vote(world: CouncilWorld, session, seat: str, choice: str = VOTE_AGREE, exemplary: bool = False,
         initiative=None, comment: str = ""):
    """Cast `seat`'s vote on the initiative at the session."""
    initiative = initiative or world.initiative
    return cast_votes(world.people[seat], session, [Ballot(initiative.id, choice, exemplary, comment)])
