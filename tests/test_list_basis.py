"""The initiative list follows the counting basis: every dashboard figure opens a list of as many models."""

import csv
import html as html_lib
import io
import re

from openpyxl import load_workbook
from sqlalchemy import event, select

from registry.extensions import db
from registry.initiatives.listing import ListFilters, list_page
from registry.models import Unit
from registry.reorganisation import NewUnit, record_reorganisation
from registry.roles import ROLE_VIEWER
from reports import queries
from reports.list_totals import summary_total
from reports.queries import Selection
from tests.test_reorganisation import BASIS, DECIDED, EFFECTIVE, _old_tree

LINK = re.compile(r'<a href="(/initiatives/\?[^"]*)" class="report-number">([\d.]+)</a>')


def _world(make):
    """A province whose communes An and Bình merged on 1/7/2025 into An Bình; models before and after."""
    province, _office, district, _d2, commune_a, commune_b, commune_c, hamlet = _old_tree(make)
    old, new = make.campaign(2024), make.campaign(2026)
    field, other = make.field("Kinh tế"), make.field("Văn hoá")
    for unit, status, chosen in ((commune_a, "recognized", field), (commune_a, "registered", other),
                                 (commune_b, "recognized", field), (hamlet, "exemplary", field),
                                 (commune_c, "registered", other), (district, "recognized", field)):
        make.initiative(unit=unit, campaign=old, status=status, field=chosen)
    record_reorganisation(make.user("admin"), "merge", BASIS, DECIDED, EFFECTIVE, [commune_a, commune_b],
                          [NewUnit("Xã An Bình", "party", "commune", province)])
    merged = db.session.scalar(select(Unit).where(Unit.name == "Xã An Bình"))
    make.initiative(unit=merged, campaign=new, status="registered", field=field)
    make.initiative(unit=commune_c, campaign=new, status="recognized", field=other)
    return province, district, merged, commune_a, commune_c, old, new, field


def _list_total(client, href: str) -> int:
    page = client.get(href)
    assert page.status_code == 200, href
    text = page.get_data(as_text=True)
    found = re.search(r'<p class="text-muted small">([\d.]+) ', text)
    return int(found.group(1).replace(".", "")) if found else 0


def _check_every_link(client, dashboard_url: str) -> int:
    """Open every linked figure of a dashboard page; return how many were checked."""
    text = client.get(dashboard_url).get_data(as_text=True)
    links = {(html_lib.unescape(href), int(value.replace(".", ""))) for href, value in LINK.findall(text)}
    assert links, dashboard_url
    for href, value in links:
        assert _list_total(client, href) == value, (dashboard_url, href)
    return len(links)


def test_every_dashboard_figure_opens_a_list_of_as_many_models_in_both_bases(client, make, login):
    province, district, merged, _a, commune_c, old, new, field = _world(make)
    login(make.user(ROLE_VIEWER, unit=province))
    checked = 0
    for basis in ("recorded", "rebased"):
        for campaign in (old, new) if basis == "rebased" else (old,):
            # (not under a field or level filter: there the "by field" and "by level" tables link other
            # values' zeros to those values' lists, whatever the basis; the filters are checked below)
            for extra in ("", f"&unit={merged.id}", f"&unit={district.id}", f"&unit={commune_c.id}"):
                checked += _check_every_link(client, f"/reports/?campaign={campaign.id}&basis={basis}{extra}")
    # 2026 spans the reorganisation: re-based by default, the dashboard's links leave the basis out of
    # its own URLs but the list's links carry it (the list places models as recorded unless told).
    checked += _check_every_link(client, f"/reports/?campaign={new.id}&unit={merged.id}")
    assert checked > 100
    # The re-based figure of the merged commune counts its predecessors' models, and so does its list.
    rebased = client.get(f"/reports/?campaign={old.id}&basis=rebased&unit={merged.id}").get_data(as_text=True)
    assert "basis=rebased" in rebased
    listed = client.get(f"/initiatives/?campaign={old.id}&unit={merged.id}&basis=rebased").get_data(as_text=True)
    assert _list_total(client, f"/initiatives/?campaign={old.id}&unit={merged.id}&basis=rebased") == 4
    assert 'id="list-basis" data-basis="rebased"' in listed and "Xã An Bình" in listed
    assert 'name="basis" value="rebased"' in listed  # filtering again keeps the basis
    # As recorded, only what now lies in its subtree: the hamlet moved under it, the open dossier moved to it.
    assert _list_total(client, f"/initiatives/?campaign={old.id}&unit={merged.id}") == 2
    assert 'id="list-basis"' not in client.get(f"/initiatives/?campaign={old.id}").get_data(as_text=True)


def test_a_reader_of_the_successor_sees_the_folded_models_in_the_rebased_list_and_opens_them(client, make, login):
    _province, _district, merged, commune_a, _c, old, _new, _field = _world(make)
    viewer = make.user(ROLE_VIEWER, unit=merged)
    login(viewer)
    checked = sum(_check_every_link(client, f"/reports/?campaign={old.id}&basis={basis}")
                  for basis in ("recorded", "rebased"))
    assert checked
    rebased = ListFilters(campaign_id=old.id, basis="rebased")
    page = list_page(viewer, rebased)
    assert page.total == 4 and {item.unit.name for item in page.items} >= {commune_a.name}
    folded = next(item for item in page.items if item.unit_id == commune_a.id)  # decided: stayed at Xã An
    assert client.get(f"/initiatives/{folded.id}").status_code == 200
    # As recorded, only the hamlet moved under it and the open dossier moved to it.
    assert list_page(viewer, ListFilters(campaign_id=old.id)).total == 2


def test_the_summary_total_and_the_real_count_agree_in_both_bases(make):
    province, district, merged, _a, commune_c, old, new, field = _world(make)
    viewer = make.user(ROLE_VIEWER, unit=province)
    for basis in ("recorded", "rebased"):
        for unit in (None, province, district, merged, commune_c):
            for level in ("", "commune", "district"):
                for campaign in (old, new):
                    filters = ListFilters(campaign_id=campaign.id, unit_id=unit.id if unit else None,
                                          level=level, field_id=field.id if level == "" else None, basis=basis)
                    real = list_page(viewer, filters).total
                    assert summary_total(viewer, filters) == real, (basis, unit and unit.name, level)
                    selection = Selection(campaign, unit, [province], level=level, basis=basis,
                                          field_id=filters.field_id)
                    selection.rollup = queries.rollup_flags([unit or province])
                    assert sum(queries.grouped(selection, ("status",)).values()) == real


def test_coverage_under_a_field_filter_counts_the_predecessors_registrations_rebased(make):
    province, _district, merged, _a, _c, old, _new, field = _world(make)
    for basis in ("recorded", "rebased"):
        plain = Selection(old, province, [province], basis=basis)
        narrowed = Selection(old, province, [province], basis=basis, field_id=field.id)
        for selection in (plain, narrowed):
            selection.rollup = queries.rollup_flags([province])
        uncovered_plain = {row.name for row in queries.coverage(plain, [province], limit=50)[1]}
        uncovered_field = {row.name for row in queries.coverage(narrowed, [province], limit=50)[1]}
        if basis == "rebased":
            assert merged.name not in uncovered_plain and merged.name not in uncovered_field
        else:  # as recorded it holds only the dossier moved to it, of the other field
            assert merged.name not in uncovered_plain and merged.name in uncovered_field
    # Xã Cát registered only in the other field: uncovered once narrowed to this one, either way.
    assert "Xã Cát" in uncovered_field and "Xã Cát" not in uncovered_plain


def test_the_rebased_list_exports_state_the_basis(client, make, login):
    _province, _district, merged, _a, _c, old, _new, _field = _world(make)
    login(make.user(ROLE_VIEWER, unit=merged))
    args = f"campaign={old.id}&unit={merged.id}&basis=rebased"
    body = client.get(f"/initiatives/export?format=csv&{args}").data.decode("utf-8-sig")
    lines = list(csv.reader(io.StringIO(body)))
    assert "Xã An Bình" in lines[0][0] and len(lines) == 2 + 4
    sheet = load_workbook(io.BytesIO(client.get(f"/initiatives/export?format=xlsx&{args}").data)).active
    heading = " ".join(str(sheet.cell(row=row, column=1).value) for row in range(1, 6))
    assert any(words in heading for words in ("Counting: Re-based", "Cách đếm: Quy đổi")), heading
    recorded = client.get(f"/initiatives/export?format=csv&campaign={old.id}").data.decode("utf-8-sig")
    assert next(csv.reader(io.StringIO(recorded)))[0] != lines[0][0]


def _statements(client, url: str) -> int:
    statements = []

    def count(_connection, _cursor, statement, *_args):
        statements.append(statement)

    db.session.expire_all()
    event.listen(db.engine, "before_cursor_execute", count)
    try:
        assert client.get(url).status_code == 200
    finally:
        event.remove(db.engine, "before_cursor_execute", count)
    return len(statements)


def test_the_rebased_list_runs_as_many_queries_however_many_models(client, make, login):
    _province, _district, merged, commune_a, _c, old, _new, field = _world(make)
    login(make.user(ROLE_VIEWER, unit=merged))
    db.session.commit()
    urls = [f"/initiatives/?campaign={old.id}&unit={merged.id}&basis=rebased",
            f"/initiatives/?campaign={old.id}&level=commune&basis=rebased&page=2"]
    for url in urls:
        client.get(url)
    small = [_statements(client, url) for url in urls]
    for _ in range(60):
        make.initiative(unit=commune_a, campaign=old, status="registered", field=field)
    db.session.commit()
    assert [_statements(client, url) for url in urls] == small
    # Past the numbered pages, the cursor pages go on in the re-based list.
    first = list_page(_viewer(merged), ListFilters(campaign_id=old.id, unit_id=merged.id, basis="rebased"))
    assert first.total == 64 and first.has_next
    nxt = list_page(_viewer(merged), ListFilters(campaign_id=old.id, unit_id=merged.id, basis="rebased", page=2,
                                                 after=first.cursors["last"]))
    assert not {item.id for item in nxt.items} & {item.id for item in first.items} and len(nxt.items) == 25


def _viewer(unit):
    from registry.models import RoleAssignment, User
    return db.session.scalar(select(User).join(RoleAssignment, RoleAssignment.user_id == User.id)
                             .where(RoleAssignment.unit_id == unit.id, RoleAssignment.role == ROLE_VIEWER))


def test_the_home_page_headline_opens_the_rebased_list_when_the_dashboard_counts_rebased(client, make, login):
    province, _district, _merged, _a, _c, _old, new, _field = _world(make)
    new.is_open = True
    db.session.flush()
    login(make.user(ROLE_VIEWER, unit=province))
    home = client.get("/").get_data(as_text=True)
    links = re.findall(r'data-figure="registered"><a href="([^"]+)">([\d.]+)<', home)
    assert links and "basis=rebased" in links[0][0]
    assert _list_total(client, html_lib.unescape(links[0][0])) == int(links[0][1])
