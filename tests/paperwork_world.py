"""Issuers and recognised initiatives under one numbered decision, for the paperwork tests."""

from dataclasses import dataclass
from datetime import date

from paperwork.decisions import decide_many
from paperwork.issuers import add_issuer
from paperwork.models import Decision, Issuer
from registry.extensions import db
from registry.models import Initiative
from tests.workflow_world import TODAY_VN, CouncilWorld, build_council_world, score
from workflows.councils.service import assign

PARTY = {"name": "Ban Tuyên giáo và Dân vận Tỉnh ủy", "parent_body": "Tỉnh ủy Lam Hồng", "short_code": "BTGDVTU",
         "kind": "party", "place_name": "Lam Hồng", "numbering_period": "term", "term_start": date(2025, 10, 1),
         "signer_prefix": "", "signer_title": "Trưởng ban", "signer_name": "Nguyễn Văn An",
         "valid_from": date(2025, 3, 1), "valid_to": None}
STATE = {"name": "Ủy ban nhân dân tỉnh Lam Hồng", "parent_body": "", "short_code": "UBND", "kind": "state",
         "place_name": "Lam Hồng", "numbering_period": "year", "term_start": None,
         "signer_prefix": "TM. Ủy ban nhân dân",
         "signer_title": "Chủ tịch", "signer_name": "Trần Thị Bình", "valid_from": date(2020, 1, 1), "valid_to": None}


@dataclass
class PaperworkWorld:
    """A council world whose initiatives were recognised together under one decision."""

    world: CouncilWorld
    issuer: Issuer
    initiatives: list[Initiative]
    decision: Decision | None


def make_issuer(**changes) -> Issuer:
    """Create the party issuer (or, with changes, another one)."""
    return add_issuer({**PARTY, **changes}, None)


def evaluated_world(make, count: int = 3, individuals: int = 1) -> tuple[CouncilWorld, list[Initiative]]:
    """A council with `count` evaluated initiatives, the last `individuals` of them by individuals."""
    world = build_council_world(make, members=1)
    initiatives = [world.initiative]
    for _ in range(count - 1):
        extra = make.initiative(unit=world.unit, campaign=world.initiative.campaign, status="registered")
        assign(world.people["staff"], world.council, [extra])
        initiatives.append(extra)
    for position, initiative in enumerate(initiatives):
        initiative.title = f"Mô hình số {position + 1}"
        if position >= count - individuals:
            initiative.subject_type, initiative.individual_name = "individual", f"Lê Văn Cá Nhân {position + 1}"
        for seat in ("chair", "secretary", "member1"):
            score(world, seat, 90, "exemplary", initiative=initiative)
        initiative.status = "evaluated"
    db.session.commit()
    return world, initiatives


def recognised_world(make, count: int = 3, individuals: int = 1, issuer: Issuer | None = None,
                     day: date = TODAY_VN) -> PaperworkWorld:
    """Recognise `count` initiatives in one bulk decision of the party issuer; committed."""
    world, initiatives = evaluated_world(make, count, individuals)
    issuer = issuer or make_issuer()
    outcome, decision = decide_many(initiatives, "recognize", world.people["chair"], "", issuer, day)
    assert len(outcome.done) == count, outcome.refused
    db.session.commit()
    return PaperworkWorld(world, issuer, initiatives, decision)
