"""The reorganisation pages (form, preview, confirmation), the district rule, and the counting switch."""

import csv
import io
import re
from datetime import date

from openpyxl import load_workbook
from sqlalchemy import select

from registry.extensions import db
from registry.models import ReorganisationEvent, Unit
from registry.reorganisation import NewUnit, record_reorganisation
from registry.roles import ROLE_OFFICER, ROLE_STAFF, ROLE_VIEWER
from tests.test_reorganisation import BASIS, DECIDED, EFFECTIVE, _old_tree


def _form(sources, **extra):
    data = {"kind": "merge", "legal_basis": BASIS, "decided_on": "16/06/2025", "effective_on": "01/07/2025",
            "sources": [str(unit.id) for unit in sources], "existing_successor": "0", "new_names": "Xã An Bình",
            "new_parent": str(sources[0].parent.parent_id), "new_group": "", "new_level": "", "move_officers": "y",
            "note": ""}
    data.update(extra)
    return data


def test_staff_preview_a_merge_then_confirm_it(client, make, login):
    province, _office, _d1, _d2, commune_a, commune_b, _c, _hamlet = _old_tree(make)
    staff = make.user(ROLE_STAFF, unit=province)
    officer = make.user(ROLE_OFFICER, unit=commune_a, full_name="Lê Văn Cường")
    open_work = make.initiative(unit=commune_b, campaign=make.campaign(2026), status="registered")
    login(staff)
    page = client.post("/admin/units/reorganise", data={**_form([commune_a, commune_b]), "preview": "1"})
    text = page.get_data(as_text=True)
    assert page.status_code == 200 and 'id="preview"' in text
    assert "Xã An" in text and "Xã An Bình" in text and officer.full_name in text and open_work.code in text
    assert "30/06/2025" in text  # the last day of the communes that end
    db.session.expire_all()
    assert db.session.scalar(select(ReorganisationEvent)) is None  # the preview saved nothing
    done = client.post("/admin/units/reorganise", data={**_form([commune_a, commune_b]), "confirm": "1"})
    assert done.status_code == 302 and done.headers["Location"].endswith("/admin/units/reorganisations")
    event = db.session.scalar(select(ReorganisationEvent))
    assert event.legal_basis == BASIS and event.recorded_by_id == staff.id
    listing = client.get("/admin/units/reorganisations").get_data(as_text=True)
    assert BASIS in listing and "Xã An Bình" in listing and "01/07/2025" in listing


def test_the_preview_shows_a_refusal_beside_its_field(client, make, login):
    province, *_rest, commune_a, _b, _c, _hamlet = _old_tree(make)
    login(make.user(ROLE_STAFF, unit=province))
    page = client.post("/admin/units/reorganise", data={**_form([commune_a], existing_successor=str(commune_a.id)),
                                                        "preview": "1"})
    text = page.get_data(as_text=True)
    assert page.status_code == 200 and 'id="preview"' not in text
    assert "cannot be merged into itself" in text or "không thể sáp nhập vào chính nó" in text
    future = client.post("/admin/units/reorganise", data={**_form([commune_a], effective_on="01/01/2999"),
                                                          "confirm": "1"})
    assert future.status_code == 200 and db.session.scalar(select(ReorganisationEvent)) is None


def test_a_district_is_refused_for_new_units_after_the_two_tier_reform(client, make, login):
    province = make.unit("Tỉnh", level="province")
    login(make.user(ROLE_STAFF, unit=province))
    data = {"name": "Huyện Mới", "group": "party", "level": "district", "parent": str(province.id)}
    refused = client.post("/admin/units/new", data=data)
    assert refused.status_code == 200 and "01/07/2025" in refused.get_data(as_text=True)
    later = client.post("/admin/units/new", data={**data, "valid_from": "01/07/2025"})
    assert later.status_code == 200
    assert db.session.scalar(select(Unit).where(Unit.name == "Huyện Mới")) is None
    history = client.post("/admin/units/new", data={**data, "valid_from": "01/01/2010"})
    assert history.status_code == 302
    assert db.session.scalar(select(Unit).where(Unit.name == "Huyện Mới")).valid_from == date(2010, 1, 1)


def _reorganised_province(make):
    """Return a province whose two communes merged on 1/7/2025, with models of 2024 and 2026."""
    province, _office, district, _d2, commune_a, commune_b, _c, _hamlet = _old_tree(make)
    old, new = make.campaign(2024), make.campaign(2026)
    for unit in (commune_a, commune_a, commune_b):
        make.initiative(unit=unit, campaign=old, status="recognized")
    record_reorganisation(make.user("admin"), "merge", BASIS, DECIDED, EFFECTIVE, [commune_a, commune_b],
                          [NewUnit("Xã An Bình", "party", "commune", province)])
    merged = db.session.scalar(select(Unit).where(Unit.name == "Xã An Bình"))
    make.initiative(unit=merged, campaign=new, status="registered")
    return province, district, merged, old, new


def _by_unit(text: str) -> dict[str, str]:
    """Return unit name -> registered count of the dashboard's "by unit" table."""
    table = text.split('id="by-unit"', 1)[1].split("</table>", 1)[0]
    rows = re.findall(r'<th scope="row"><a [^>]*>([^<]+)</a>.*?<td class="num">(?:<a [^>]*>)?([\d.]+)', table, re.S)
    return dict(rows)


def test_the_dashboard_counts_both_ways_and_says_which(client, make, login):
    province, district, merged, old, new = _reorganised_province(make)
    login(make.user(ROLE_VIEWER, unit=province))
    recorded = client.get(f"/reports/?campaign={old.id}&basis=recorded").get_data(as_text=True)
    rebased = client.get(f"/reports/?campaign={old.id}&basis=rebased").get_data(as_text=True)
    assert 'id="basis-statement" data-basis="recorded"' in recorded
    assert 'id="basis-statement" data-basis="rebased"' in rebased
    assert _by_unit(recorded).get(district.name) == "3" and _by_unit(recorded).get(merged.name) == "0"
    assert _by_unit(rebased).get(merged.name) == "3" and _by_unit(rebased).get(district.name) == "0"
    # 2026 against 2025 spans the reorganisation: re-based is the default, and its link carries no basis.
    default = client.get(f"/reports/?campaign={new.id}").get_data(as_text=True)
    assert 'data-basis="rebased"' in default.split('id="basis-statement"', 1)[1][:40]
    commune = client.get(f"/reports/?campaign={old.id}&basis=rebased&unit={merged.id}").get_data(as_text=True)
    assert re.search(r'data-figure="registered">(<a [^>]*>)?3<', commune)


def test_the_exports_state_the_basis(client, make, login):
    province, _district, _merged, old, _new = _reorganised_province(make)
    login(make.user(ROLE_VIEWER, unit=province))
    for basis, phrase in (("recorded", ("Counted as recorded", "Đếm theo ghi nhận")),
                          ("rebased", ("Counted re-based", "Đếm quy đổi"))):
        body = client.get(f"/reports/report/locality.csv?campaign={old.id}&basis={basis}").data
        title = next(csv.reader(io.StringIO(body.decode("utf-8-sig"))))[0]
        assert any(words in title for words in phrase), title
        sheet = load_workbook(io.BytesIO(client.get(
            f"/reports/report/locality.xlsx?campaign={old.id}&basis={basis}").data)).active
        heading = " ".join(str(sheet.cell(row=row, column=1).value) for row in range(1, 6))
        labels = {"recorded": ("Counting: As recorded", "Cách đếm: Theo ghi nhận"),
                  "rebased": ("Counting: Re-based", "Cách đếm: Quy đổi theo đơn vị hiện nay")}[basis]
        assert any(words in heading for words in labels), heading
        page = client.get(f"/reports/report/locality?campaign={old.id}&basis={basis}").get_data(as_text=True)
        assert f'id="basis-statement" data-basis="{basis}"' in page


def test_the_api_counts_both_ways(api, make):
    province, _district, merged, old, _new = _reorganised_province(make)
    viewer = make.user(ROLE_VIEWER, unit=province)
    recorded = api.get(f"/stats?campaign_id={old.id}&unit_id={merged.id}&basis=recorded", viewer).get_json()
    rebased = api.get(f"/stats?campaign_id={old.id}&unit_id={merged.id}&basis=rebased", viewer).get_json()
    assert (recorded["basis"], recorded["total"]) == ("recorded", 0)
    assert (rebased["basis"], rebased["total"]) == ("rebased", 3) and rebased["basis_statement"]


def test_a_unit_ended_by_a_reorganisation_cannot_be_reactivated(client, make, login):
    province, *_rest, commune_a, commune_b, _c, _hamlet = _old_tree(make)
    login(make.user(ROLE_STAFF, unit=province))
    record_reorganisation(make.user("admin"), "merge", BASIS, DECIDED, EFFECTIVE, [commune_a, commune_b],
                          [NewUnit("Xã An Bình", "party", "commune", province)])
    response = client.post(f"/admin/units/{commune_a.id}/status", data={"active": "1"}, follow_redirects=True)
    db.session.refresh(commune_a)
    assert not commune_a.is_active and "30/06/2025" in response.get_data(as_text=True)
