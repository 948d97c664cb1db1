"""Dashboard aggregates read below the commune grain and the commendations, against a recount in Python."""

from collections import Counter
from datetime import date

import pytest

from registry.extensions import db
from reports import queries
from reports.queries import Selection
from tests.test_reports_summary import _tree
from workflows.models import Commendation, CommendationForm


def _commend(initiative, form, issuer):
    db.session.add(Commendation(initiative=initiative, form=form, issuer=issuer, decision_number="12/QĐ",
                                decision_date=date(2026, 5, 1)))


def _form(name):
    form = CommendationForm(name=name)
    db.session.add(form)
    return form


def _selection(campaign, unit, scope, **narrowing):
    selection = Selection(campaign, unit, scope, **narrowing)
    selection.rollup = queries.rollup_flags([unit])
    return selection


def test_commendations_are_counted_within_the_selection_only(make):
    province, office, communes, units = _tree(make)
    campaign, earlier = make.campaign(2026), make.campaign(2025)
    field = make.field()
    merit, letter = _form("Bằng khen thử"), _form("Giấy khen thử")
    hamlet_an_phu, hamlet_tan_lap = units[3], units[6]
    for unit, form, issuer in ((hamlet_an_phu, merit, "UBND tỉnh"), (hamlet_an_phu, merit, "UBND tỉnh"),
                               (hamlet_an_phu, letter, "UBND xã"), (hamlet_tan_lap, merit, "UBND tỉnh"),
                               (office, letter, "Sở Y tế")):
        _commend(make.initiative(unit=unit, campaign=campaign, field=field, status="commended"), form, issuer)
    _commend(make.initiative(unit=hamlet_an_phu, campaign=earlier, field=field, status="commended"), merit, "Cũ")
    db.session.flush()

    an_phu = queries.commendations(_selection(campaign, communes[0], [province]))
    assert [(name, issuer, count) for _id, name, issuer, count in an_phu] == [
        ("Bằng khen thử", "UBND tỉnh", 2), ("Giấy khen thử", "UBND xã", 1)]
    whole = queries.commendations(_selection(campaign, province, [province]))
    assert sum(count for *_rest, count in whole) == 5
    province_level = queries.commendations(_selection(campaign, province, [province], level="province"))
    assert [(name, issuer, count) for _id, name, issuer, count in province_level] == [("Giấy khen thử", "Sở Y tế", 1)]


def test_unit_group_and_level_below_the_commune_grain_equal_a_recount(make):
    province, _office, communes, units = _tree(make)
    campaign = make.campaign(2026)
    field = make.field()
    made = []
    for index, status in enumerate(("registered", "recognized", "exemplary", "registered", "draft", "recognized")):
        unit = units[2 + index % 3]  # the commune An Phú, its hamlet, its school
        made.append(make.initiative(unit=unit, campaign=campaign, field=field, status=status,
                                    subject_type="individual" if index % 2 else "collective"))
    db.session.flush()
    commune = communes[0]
    selection = _selection(campaign, commune, [province])
    children = [units[3], units[4]]
    selection.rollup.update({child.id: False for child in children})
    expected = Counter((item.unit.group, item.subject_type, item.status) for item in made
                       if item.unit in children)
    assert queries.grouped(selection, ("unit_group", "subject_type", "status"), bases=children) == expected
    by_child = Counter((item.unit.id, item.unit.level) for item in made if item.unit in children)
    assert queries.by(queries.grouped(selection, ("unit_id", "unit_level", "status"), bases=children), 0, 1) == by_child


@pytest.mark.parametrize("walk_limit", [1000, 0], ids=["read-in-one-pass", "counted-in-sql"])
def test_coverage_counts_active_units_with_nothing_registered_per_subtree(make, monkeypatch, walk_limit):
    monkeypatch.setattr(queries, "WALK_LIMIT", walk_limit)
    province, office, communes, units = _tree(make)
    campaign, earlier = make.campaign(2026), make.campaign(2025)
    field = make.field()
    make.initiative(unit=units[3], campaign=campaign, field=field, status="registered")  # hamlet of An Phú
    make.initiative(unit=units[4], campaign=campaign, field=field, status="draft")  # a draft does not count
    make.initiative(unit=units[7], campaign=earlier, field=field, status="registered")  # another campaign
    closed = make.unit("Thôn cũ xã An Phú", parent=communes[0], group="residential")
    closed.is_active = False
    db.session.flush()
    selection = _selection(campaign, province, [province])
    covered, uncovered = queries.coverage(selection, [province, *communes], limit=3)
    assert covered[communes[0].id] == (3, 2)  # the commune, its hamlet (covered), its school
    assert covered[communes[1].id] == (3, 3)
    assert covered[province.id] == (8, 7)
    expected = sorted((unit for unit in units if unit is not units[3]), key=lambda unit: unit.path)[:3]
    assert [row.id for row in uncovered] == [unit.id for unit in expected]
