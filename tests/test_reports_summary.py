"""The report summaries stay equal to a fresh count after every kind of change, and the counts are right."""

from collections import Counter

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import insert, select

from registry.codes import next_code
from registry.extensions import db
from registry.models import Initiative, Unit
from registry.unit_tree import move_unit
from reports import queries, summary
from reports.models import ReportCount
from reports.queries import Selection
from tests.workflow_world import build_council_world, score
from workflows.transitions import fire

STATUSES = ("draft", "registered", "returned", "recognized", "exemplary", "commended", "withdrawn", "revoked")


def _exact() -> bool:
    """Tell whether both summary tables equal a fresh GROUP BY over the initiatives."""
    return summary.differences(db.session.connection()) == []


def _tree(make):
    """Return a province with one province-level office and two communes with units under them."""
    province = make.unit("Tỉnh ủy", level="province")
    office = make.unit("Sở Y tế", parent=province, level="province", group="government")
    communes, units = [], [province, office]
    for name in ("An Phú", "Tân Lập"):
        commune = make.unit(f"Đảng ủy xã {name}", parent=province)
        hamlet = make.unit(f"Thôn 1 xã {name}", parent=commune, group="residential")
        school = make.unit(f"Trường xã {name}", parent=commune, group="school_enterprise")
        communes.append(commune)
        units += [commune, hamlet, school]
    return province, office, communes, units


def test_summary_rolls_up_to_the_commune_and_no_further(make):
    province, office, (commune, _other), units = _tree(make)
    hamlet = units[3]
    make.initiative(unit=hamlet, campaign=make.campaign(2026), status="registered")
    rollups = {row.unit_id for row in db.session.scalars(select(ReportCount))}
    assert rollups == {province.id, commune.id}
    assert _exact()


def test_every_transition_keeps_the_summary_exact(make):
    world = build_council_world(make, members=1)
    officer, staff, chair = world.people["officer"], world.people["staff"], world.people["chair"]
    fire(world.initiative, "return_for_revision", staff, comment="Thiếu số liệu")
    assert _exact()
    fire(world.initiative, "resubmit", officer)
    assert _exact()
    for seat in ("chair", "secretary", "member1"):
        score(world, seat, 90, "exemplary")
    for trigger, actor in (("complete_evaluation", world.people["secretary"]), ("recognize", chair),
                           ("select_exemplary", chair), ("commend", staff), ("revoke", staff)):
        fire(world.initiative, trigger, actor, **world.inputs())
        assert _exact(), trigger
    draft = make.initiative(unit=world.unit, campaign=world.initiative.campaign, status="draft")
    fire(draft, "submit", officer)
    fire(draft, "withdraw", officer)
    assert _exact()
    counts = queries.grouped(Selection(world.initiative.campaign, world.province, [world.province],
                                       rollup={world.province.id: True}), ("status",))
    assert counts == Counter({("revoked",): 1, ("withdrawn",): 1})


def test_a_rejection_is_counted_as_not_recognised(make):
    world = build_council_world(make, members=1)
    for seat in ("chair", "secretary", "member1"):
        score(world, seat, 20, "reject")
    fire(world.initiative, "complete_evaluation", world.people["secretary"])
    fire(world.initiative, "reject", world.people["chair"], **world.inputs())
    assert _exact()
    assert db.session.scalar(select(ReportCount.count).where(ReportCount.status == "not_recognized",
                                                             ReportCount.unit_id == world.province.id)) == 1


def test_editing_a_drafts_field_and_unit_moves_its_count(make):
    province, _office, (commune, other), units = _tree(make)
    campaign = make.campaign(2026)
    draft = make.initiative(unit=units[3], campaign=campaign)
    draft.field = make.field()
    draft.unit = other
    db.session.flush()
    assert _exact()
    db.session.delete(draft)
    db.session.flush()
    assert _exact()
    assert db.session.scalar(select(ReportCount.count).where(ReportCount.unit_id == province.id)) == 0


def test_moving_units_in_the_tree_keeps_the_rollups_exact(make):
    province, office, (commune, other), units = _tree(make)
    campaign = make.campaign(2026)
    for unit in units:
        make.initiative(unit=unit, campaign=campaign, status="registered")
    hamlet = units[3]
    move_unit(hamlet, other)  # from one commune to another
    assert _exact()
    move_unit(commune, office)  # a whole commune under a province-level office
    assert _exact()
    move_unit(office, None)  # out of the province altogether, as a new root
    assert _exact()
    move_unit(office, province)
    assert _exact()


def test_changing_a_units_level_or_group_recounts_its_subtree(make):
    _province, office, (commune, _other), _units = _tree(make)
    campaign = make.campaign(2026)
    make.initiative(unit=office, campaign=campaign, status="registered")
    make.initiative(unit=commune, campaign=campaign, status="registered")
    office.level = "commune"
    commune.level = "district"
    commune.group = "government"
    db.session.flush()
    assert _exact()


def test_bulk_inserts_are_counted_by_record_inserted(make):
    province, _office, _communes, units = _tree(make)
    campaign, field = make.campaign(2026), make.field()
    columns = ("code", "title", "field_id", "campaign_id", "unit_id", "status", "subject_type", "registration_kind",
               "version", "search_text")
    rows = [(f"DVK-2026-9{n:05d}", "Mô hình", field.id, campaign.id, units[n % len(units)].id,
             STATUSES[n % len(STATUSES)], "collective", "new", 1, "") for n in range(40)]
    db.session.execute(insert(Initiative.__table__), [dict(zip(columns, row, strict=True)) for row in rows])
    summary.record_inserted(columns, rows)
    assert _exact()
    assert db.session.scalar(select(ReportCount.count).where(
        ReportCount.unit_id == province.id, ReportCount.status == "draft")) == 5


def test_rebuild_restores_a_damaged_summary(make):
    _province, _office, _communes, units = _tree(make)
    make.initiative(unit=units[4], campaign=make.campaign(2026), status="registered")
    db.session.execute(ReportCount.__table__.update().values(count=ReportCount.count + 7))
    assert not _exact()
    summary.rebuild(db.session.connection())
    assert _exact()


def test_cli_verify_and_rebuild(make, runner):
    _province, _office, _communes, units = _tree(make)
    make.initiative(unit=units[2], campaign=make.campaign(2026), status="recognized")
    db.session.commit()
    assert runner.invoke(args=["reports", "verify"]).exit_code == 0
    db.session.execute(ReportCount.__table__.delete())
    db.session.commit()
    assert runner.invoke(args=["reports", "verify"]).exit_code == 1
    assert runner.invoke(args=["reports", "rebuild-summary"]).exit_code == 0
    assert runner.invoke(args=["reports", "verify"]).exit_code == 0


_records = st.lists(st.tuples(st.integers(0, 7), st.integers(0, 1), st.integers(0, 1), st.sampled_from(STATUSES),
                              st.sampled_from(("collective", "individual")), st.sampled_from(("new", "renewal"))),
                    max_size=25)
_filters = st.tuples(st.integers(-1, 7), st.integers(-1, 1), st.sampled_from(("", "province", "commune")),
                     st.sampled_from(("", "collective", "individual")))


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(records=_records, choice=_filters)
def test_counts_equal_a_brute_force_recount(make, records, choice):
    try:
        province, _office, _communes, units = _tree(make)
        campaigns = [make.campaign(2031), make.campaign(2032)]
        fields = [make.field(), make.field()]
        made = []
        for unit_index, campaign_index, field_index, status, subject, kind in records:
            initiative = Initiative(code=next_code(campaigns[campaign_index].year), title="Mô hình",
                                    unit=units[unit_index], campaign=campaigns[campaign_index],
                                    field=fields[field_index], status=status, subject_type=subject,
                                    registration_kind=kind)
            db.session.add(initiative)
            made.append(initiative)
        db.session.flush()
        assert _exact()
        unit_index, field_index, level, subject = choice
        base = units[unit_index] if unit_index >= 0 else province
        selection = Selection(campaigns[0], base, [province], field_id=fields[field_index].id if field_index >= 0
                              else None, level=level, subject_type=subject)
        selection.rollup = queries.rollup_flags([base])
        children = list(db.session.scalars(select(Unit).where(Unit.parent_id == base.id)))
        selection.rollup.update({child.id: queries.children_are_rollups(selection, base) for child in children})

        def wanted(item, under):
            return (item.campaign is campaigns[0] and item.unit.is_within(under)
                    and (field_index < 0 or item.field is fields[field_index])
                    and (not level or item.unit.level == level) and (not subject or item.subject_type == subject))

        expected = Counter((item.status, item.field_id) for item in made if wanted(item, base))
        assert queries.grouped(selection, ("status", "field_id")) == expected
        expected_children = Counter((child.id, item.status) for child in children for item in made
                                    if wanted(item, child))
        assert queries.grouped(selection, ("unit_id", "status"), bases=children) == expected_children
    finally:
        db.session.rollback()
