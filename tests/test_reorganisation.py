"""Reorganisations: merges and splits close units, move what is still open, and both counts stay exact."""

from collections import Counter
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from registry.codes import next_code
from registry.extensions import db
from registry.models import AuditEvent, Initiative, RoleAssignment, Unit, UnitCurrent, UnitSuccession
from registry.refusals import Refused
from registry.reorganisation import NewUnit, plan_reorganisation, record_reorganisation
from registry.roles import ROLE_ADMIN, ROLE_OFFICER, ROLE_STAFF
from reports import queries, summary
from reports.queries import Selection

EFFECTIVE = date(2025, 7, 1)
DECIDED = date(2025, 6, 16)
BASIS = "Nghị quyết 1658/NQ-UBTVQH15"


def _old_tree(make):
    """Return a province, two districts, three communes (a hamlet under the first) and a province office."""
    province = make.unit("Tỉnh Bắc Sơn", level="province")
    office = make.unit("Sở Nội vụ", parent=province, level="province", group="government")
    district_1 = make.unit("Huyện Đông", parent=province, level="district")
    district_2 = make.unit("Huyện Tây", parent=province, level="district")
    commune_a = make.unit("Xã An", parent=district_1)
    commune_b = make.unit("Xã Bình", parent=district_1)
    commune_c = make.unit("Xã Cát", parent=district_2)
    hamlet = make.unit("Thôn 1 xã An", parent=commune_a, group="residential")
    return province, office, district_1, district_2, commune_a, commune_b, commune_c, hamlet


def _merge(actor, sources, successor, **options):
    return record_reorganisation(actor, "merge", BASIS, DECIDED, EFFECTIVE, sources, [successor], **options)


def test_a_merge_closes_the_communes_and_moves_officers_open_work_and_sub_units(make):
    province, _office, district, _d2, commune_a, commune_b, _c, hamlet = _old_tree(make)
    staff = make.user(ROLE_STAFF, unit=province)
    officer = make.user(ROLE_OFFICER, unit=commune_a)
    viewer_role = RoleAssignment(role="report_viewer", unit=commune_b, user=make.user())
    db.session.add(viewer_role)
    old, new = make.campaign(2024), make.campaign(2026)
    decided = make.initiative(unit=commune_a, campaign=old, status="recognized")
    open_work = make.initiative(unit=commune_b, campaign=new, status="registered")
    draft = make.initiative(unit=commune_a, campaign=new, status="draft")
    plan = plan_reorganisation(staff, "merge", [commune_a, commune_b],
                               [NewUnit("Xã An Bình", "party", "commune", province)], 0, DECIDED, EFFECTIVE,
                               date(2026, 1, 1))
    assert [unit.name for unit in plan.moving_children] == ["Thôn 1 xã An"]
    assert [row.user_id for row in plan.moving_officers] == [officer.id]
    assert [row.id for row in plan.staying_roles] == [viewer_role.id]
    assert {item.id for item in plan.moving_work} == {open_work.id, draft.id} and plan.staying_history == 1
    assert db.session.scalar(select(Unit).where(Unit.name == "Xã An Bình")) is None  # the preview wrote nothing

    event, _plan = _merge(staff, [commune_a, commune_b], NewUnit("Xã An Bình", "party", "commune", province))
    merged = db.session.scalar(select(Unit).where(Unit.name == "Xã An Bình"))
    assert merged.valid_from == EFFECTIVE and merged.valid_to is None and merged.parent_id == province.id
    for unit in (commune_a, commune_b):
        db.session.refresh(unit)
        assert unit.valid_to == date(2025, 6, 30) and not unit.is_active and unit.parent_id == district.id
    links = db.session.scalars(select(UnitSuccession).where(UnitSuccession.event_id == event.id)).all()
    assert {(row.predecessor_id, row.successor_id, row.is_main) for row in links} == {
        (commune_a.id, merged.id, True), (commune_b.id, merged.id, True)}
    db.session.expire_all()
    assert hamlet.parent_id == merged.id and hamlet.path.startswith(merged.path)
    assert [row.unit_id for row in officer.roles] == [merged.id]
    assert viewer_role.unit_id == commune_b.id
    assert open_work.unit_id == merged.id and draft.unit_id == merged.id
    assert decided.unit_id == commune_a.id  # closed history stays where it was recorded
    moved = db.session.scalars(select(AuditEvent).where(AuditEvent.kind == "initiative_unit_moved")).all()
    assert sorted(row.details.split(":")[0] for row in moved) == sorted([open_work.code, draft.code])
    assert {row.unit_id: row.current_id for row in db.session.scalars(select(UnitCurrent))} == {
        commune_a.id: merged.id, commune_b.id: merged.id}
    assert summary.differences(db.session.connection()) == []


def test_officers_stay_when_the_option_is_off(make):
    province, *_rest, commune_a, commune_b, _c, _hamlet = _old_tree(make)
    officer = make.user(ROLE_OFFICER, unit=commune_a)
    _merge(make.user(ROLE_ADMIN), [commune_a, commune_b], NewUnit("Xã Mới", "party", "commune", province),
           move_officers=False)
    db.session.expire_all()
    assert [row.unit_id for row in officer.roles] == [commune_a.id]


def test_a_split_names_one_main_successor_and_moves_open_work_there(make):
    province, *_rest, commune_c, _hamlet = _old_tree(make)
    admin = make.user(ROLE_ADMIN)
    registered = make.initiative(unit=commune_c, campaign=make.campaign(2026), status="returned")
    event, _plan = record_reorganisation(admin, "split", BASIS, DECIDED, EFFECTIVE, [commune_c],
                                         [NewUnit("Xã Cát Nam", "party", "commune", province),
                                          NewUnit("Xã Cát Bắc", "party", "commune", province)], main=0)
    south = db.session.scalar(select(Unit).where(Unit.name == "Xã Cát Nam"))
    north = db.session.scalar(select(Unit).where(Unit.name == "Xã Cát Bắc"))
    links = {(row.successor_id, row.is_main) for row in event.successions}
    assert links == {(south.id, True), (north.id, False)}
    db.session.expire_all()
    assert registered.unit_id == south.id and commune_c.is_closed
    assert summary.differences(db.session.connection()) == []


def test_a_district_merged_into_the_province_folds_into_it(make):
    province, _office, district_1, _d2, commune_a, commune_b, _c, _hamlet = _old_tree(make)
    admin = make.user(ROLE_ADMIN)
    _merge(admin, [commune_a, commune_b], NewUnit("Xã An Bình", "party", "commune", province))
    _merge(admin, [district_1], province)
    merged = db.session.scalar(select(Unit).where(Unit.name == "Xã An Bình"))
    current = dict(db.session.execute(select(UnitCurrent.unit_id, UnitCurrent.current_id)).all())
    assert current == {commune_a.id: merged.id, commune_b.id: merged.id, district_1.id: province.id}


@pytest.mark.parametrize("case,field", [
    ("itself", "successors"), ("inside", "successors"), ("parent_inside", "successors"), ("future", "effective_on"),
    ("decided_after", "decided_on"), ("closed", "sources"), ("district", "successors"), ("split_one", "successors"),
    ("no_basis", "legal_basis"), ("same_name", "successors"),
])
def test_reorganisations_that_cannot_be_are_refused(make, case, field):
    province, _office, district_1, _d2, commune_a, commune_b, _c, hamlet = _old_tree(make)
    admin = make.user(ROLE_ADMIN)
    new = NewUnit("Xã Mới", "party", "commune", province)
    kind, sources, successors, decided, effective, basis = "merge", [commune_a, commune_b], [new], DECIDED, \
        EFFECTIVE, BASIS
    if case == "itself":
        successors = [commune_a]
    elif case == "inside":
        successors = [hamlet]
    elif case == "parent_inside":
        successors = [NewUnit("Xã Mới", "party", "commune", commune_a)]
    elif case == "future":
        effective = date(2999, 1, 1)
    elif case == "decided_after":
        decided = date(2025, 7, 2)
    elif case == "closed":
        _merge(admin, [commune_a, commune_b], new)
    elif case == "district":
        successors = [NewUnit("Huyện Mới", "party", "district", province)]
    elif case == "split_one":
        kind, sources = "split", [commune_a]
    elif case == "no_basis":
        basis = " "
    elif case == "same_name":
        successors = [NewUnit("Sở Nội Vụ", "party", "commune", province)]  # an open sibling's name
    units_before = db.session.scalar(select(db.func.count()).select_from(Unit))
    with pytest.raises(Refused) as refused:
        record_reorganisation(admin, kind, basis, decided, effective, sources, successors)
    assert field in refused.value.fields
    assert db.session.scalar(select(db.func.count()).select_from(Unit)) == units_before


def test_a_unit_outside_the_staff_scope_is_refused(make):
    _province, _office, district_1, district_2, commune_a, _b, commune_c, _hamlet = _old_tree(make)
    staff = make.user(ROLE_STAFF, unit=district_1)
    with pytest.raises(Refused) as refused:
        _merge(staff, [commune_a, commune_c], NewUnit("Xã Mới", "party", "commune", district_1))
    assert refused.value.reason == "right"


# --- Both counts against a brute-force recount, across a reorganisation -------------------------------------

STATUSES = ("draft", "registered", "returned", "evaluated", "recognized", "commended", "withdrawn", "revoked")
_records = st.lists(st.tuples(st.integers(0, 7), st.integers(0, 1), st.sampled_from(STATUSES)), max_size=20)
_after = st.lists(st.tuples(st.integers(0, 1), st.sampled_from(STATUSES)), max_size=5)


def _brute_force(made, campaign, under: Unit, rebased: bool) -> Counter:
    """Count by (level, status) the initiatives of `campaign` under `under`, walking the tree in Python."""
    units = {unit.id: unit for unit in db.session.scalars(select(Unit))}
    main = {row.predecessor_id: row.successor_id for row in db.session.scalars(select(UnitSuccession))
            if row.is_main}

    def today(unit: Unit) -> Unit:
        while rebased and unit.is_closed and unit.id in main:
            unit = units[main[unit.id]]
        return unit

    def within(unit: Unit, top: Unit) -> bool:
        while unit is not None:
            if unit.id == top.id:
                return True
            unit = units.get(unit.parent_id)
        return False

    counted = Counter()
    for item in made:
        placed = today(units[item.unit_id])
        if item.campaign_id == campaign.id and within(placed, under):
            counted[placed.level, item.status] += 1
    return counted


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(records=_records, merged=st.sets(st.integers(4, 6), min_size=2), fold_districts=st.booleans(),
       after=_after)
def test_both_counts_equal_a_brute_force_recount_across_a_reorganisation(make, records, merged, fold_districts,
                                                                         after):
    try:
        units = list(_old_tree(make))
        province = units[0]
        admin = make.user(ROLE_ADMIN)
        campaigns, field = [make.campaign(2024), make.campaign(2026)], make.field()
        made = []

        def add(unit, campaign, status):
            item = Initiative(code=next_code(campaign.year), title="Mô hình", unit=unit, campaign=campaign,
                              field=field, status=status)
            db.session.add(item)
            made.append(item)

        for unit_index, campaign_index, status in records:
            add(units[unit_index], campaigns[campaign_index], status)
        db.session.flush()
        _merge(admin, [units[index] for index in sorted(merged)], NewUnit("Xã Mới", "party", "commune", province))
        if fold_districts:
            _merge(admin, [units[2], units[3]], province)
        new_commune = db.session.scalar(select(Unit).where(Unit.name == "Xã Mới"))
        for campaign_index, status in after:
            add(new_commune, campaigns[campaign_index], status)
        db.session.flush()
        db.session.expire_all()
        assert summary.differences(db.session.connection()) == []
        for under in db.session.scalars(select(Unit)):
            for rebased in (False, True):
                for campaign in campaigns:
                    selection = Selection(campaign, under, [province], basis="rebased" if rebased else "recorded")
                    selection.rollup = queries.rollup_flags([under])
                    assert queries.grouped(selection, ("unit_level", "status")) == \
                        _brute_force(made, campaign, under, rebased), (under.name, rebased, campaign.year)
    finally:
        db.session.rollback()


def test_the_successor_unit_renews_a_predecessor_model_and_it_stays_linked(make):
    from registry.initiatives.service import renew, renewal_refusal

    province, *_rest, commune_a, commune_b, _c, _hamlet = _old_tree(make)
    officer = make.user(ROLE_OFFICER, unit=commune_a)
    outsider = make.user(ROLE_OFFICER, unit=make.unit("Xã Khác", parent=province))
    last_year = make.initiative(unit=commune_a, campaign=make.campaign(2025), status="recognized")
    campaign = make.campaign(2026, is_open=True)
    _merge(make.user(ROLE_ADMIN), [commune_a, commune_b], NewUnit("Xã An Bình", "party", "commune", province))
    merged = db.session.scalar(select(Unit).where(Unit.name == "Xã An Bình"))
    db.session.expire_all()
    assert renewal_refusal(last_year, outsider, campaign) is not None
    assert renewal_refusal(last_year, officer, campaign) is None
    renewal = renew(last_year, officer, campaign)
    assert renewal.unit_id == merged.id and renewal.renewed_from_id == last_year.id
    assert last_year.unit_id == commune_a.id


def test_moving_a_closed_unit_or_a_successor_keeps_both_summaries_exact(make):
    from registry.unit_tree import move_unit

    province, office, district, _d2, commune_a, commune_b, _c, _hamlet = _old_tree(make)
    for unit in (commune_a, commune_b, district):
        make.initiative(unit=unit, campaign=make.campaign(2000 + unit.id), status="recognized")
    _merge(make.user(ROLE_ADMIN), [commune_a, commune_b], NewUnit("Xã An Bình", "party", "commune", province))
    merged = db.session.scalar(select(Unit).where(Unit.name == "Xã An Bình"))
    move_unit(db.session.get(Unit, commune_a.id), office)  # history filed elsewhere
    assert summary.differences(db.session.connection()) == []
    move_unit(db.session.get(Unit, merged.id), office)  # today's commune, with the units folded into it
    assert summary.differences(db.session.connection()) == []
