"""The demo's council session: last year's campaign decides by deliberation, at one session held in September.

Its council meets once; every model of that campaign that reaches its council goes on the agenda, and the
members present vote on it as the story of the model wants (passed, exemplary or failed). The open campaign
keeps deciding by score sheets.
"""

import random
from datetime import date

from demo.council import CouncilWork
from demo.data import CONFLICT, MEMBER_HOME_COMMUNE, STEP_DAYS, SheetStep
from registry.extensions import db
from registry.models import Campaign, Initiative
from registry.models.campaigns import EVALUATION_DELIBERATION
from workflows.machine import T
from workflows.outbox.queue import mail_muted
from workflows.rules import scoring_members
from workflows.sessions.models import VOTE_AGREE, VOTE_DISAGREE, VOTE_OTHER
from workflows.sessions.service import Ballot, SessionInputs, add_to_agenda, cast_votes, create_session

PLACE = "Phòng họp tầng 2, trụ sở Tỉnh ủy"
NOTE = "Hội đồng biểu quyết công khai từng mô hình."
#: What members say beside their vote, by vote.
VOTE_COMMENTS = {
    VOTE_AGREE: ("Mô hình hiệu quả, có minh chứng rõ.", "Đồng ý công nhận.", "Cách làm sáng tạo, dễ nhân rộng.", ""),
    VOTE_DISAGREE: ("Kết quả chưa rõ, thiếu số liệu đối chiếu.", "Chưa thể hiện được sự tham gia của Nhân dân."),
    VOTE_OTHER: ("Đề nghị đơn vị bổ sung minh chứng trong năm tới.",),
}


class DemoSession:
    """Last year's one session: its attendance, agenda and the votes cast on each model."""

    def __init__(self, rng: random.Random, work: CouncilWork, campaign: Campaign):
        self.rng, self.work, self.campaign = rng, work, campaign
        panel = work.panels[campaign.id]
        seats = panel.seats
        # One member is away; not the one with a home unit nor the one who declares conflicts, so that the
        # quorum (2/3 of those who may vote) holds for every model even when both others step aside.
        absent = next(seat for email, seat in seats.items()
                      if email not in ("chair", "secretary", MEMBER_HOME_COMMUNE[0], CONFLICT[0]))
        self.session = create_session(work.staff, panel.council, SessionInputs(
            held_on=date(campaign.year, *STEP_DAYS[T.complete_evaluation]), place=PLACE,
            chair_id=seats["chair"].id, secretary_id=seats["secretary"].id,
            present_ids={seat.id for seat in seats.values() if seat is not absent}, note=NOTE))

    def vote(self, initiative: Initiative, step: SheetStep) -> list:
        """Put the model on the agenda and have the members present vote as the step's profile says.

        Returns no score sheet: the caller dates sheets, and a deliberation writes none.
        """
        add_to_agenda(self.work.staff, self.session, [initiative])
        present = {row.member_id for row in self.session.attendance if row.present}
        voters = [member for member in scoring_members(initiative) if member.id in present]
        if step.submitted == "none":
            return []
        if step.submitted == "some":
            voters = voters[:self.rng.randint(1, max(len(voters) - 1, 1))]
        dissent = self.rng.randrange(len(voters)) if len(voters) >= 3 and self.rng.random() < 0.4 else None
        for position, member in enumerate(voters):
            choice, exemplary = self._choice(step.profile, position == dissent)
            cast_votes(member.user, self.session, [Ballot(initiative.id, choice, exemplary,
                                                          self.rng.choice(VOTE_COMMENTS[choice]))])
        return []

    def _choice(self, profile: str, dissents: bool) -> tuple[str, bool]:
        """Return (vote, exemplary) for a member: one dissent at most, never enough to turn the outcome."""
        if profile == "fail":
            return (VOTE_OTHER, False) if dissents else (VOTE_DISAGREE, False)
        if profile == "top":
            return VOTE_AGREE, not dissents
        if dissents:
            return self.rng.choice((VOTE_DISAGREE, VOTE_OTHER)), False
        return VOTE_AGREE, False


def hold_demo_session(rng: random.Random, work: CouncilWork, campaign: Campaign) -> DemoSession:
    """Make `campaign` decide by deliberation and hold its council's session; its models are voted on later."""
    campaign.evaluation_mode = EVALUATION_DELIBERATION
    db.session.flush()
    with mail_muted():  # a session of last September: nobody awaits its summons now
        work.voting = DemoSession(rng, work, campaign)
    return work.voting

