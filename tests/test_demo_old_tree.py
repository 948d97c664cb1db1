"""The demo's 2024 campaign under the old tree and the recorded 1/7/2025 reorganisation."""

from sqlalchemy import select

from registry.extensions import db
from registry.models import Campaign, ReorganisationEvent, Unit
from reports import queries, summary
from reports.queries import Selection


def test_the_demo_counts_2024_differently_as_recorded_and_re_based(runner):
    assert runner.invoke(args=["seed-demo"]).exit_code == 0
    events = db.session.scalars(select(ReorganisationEvent)).all()
    assert len(events) == 10 and {event.effective_on.isoformat() for event in events} == {"2025-07-01"}
    districts = db.session.scalars(select(Unit).where(Unit.level == "district")).all()
    assert len(districts) == 3 and all(unit.is_closed and not unit.is_active for unit in districts)
    root = db.session.scalar(select(Unit).where(Unit.parent_id.is_(None)))
    old = db.session.scalar(select(Campaign).where(Campaign.year == 2024))
    counted = {}
    for basis in ("recorded", "rebased"):
        selection = Selection(old, root, [root], basis=basis)
        selection.rollup = queries.rollup_flags([root])
        counted[basis] = queries.by(queries.grouped(selection, ("unit_level", "status")), 0)
    assert counted["recorded"]["district"] > 0 and "district" not in counted["rebased"]
    assert sum(counted["recorded"].values()) == sum(counted["rebased"].values())
    assert summary.differences(db.session.connection()) == []
    assert runner.invoke(args=["check-integrity"]).exit_code == 0
