"""Issue #15 §3: a council member reads what is assigned to their councils, and nothing else."""

import io

import pytest
from openpyxl import load_workbook
from werkzeug.datastructures import FileStorage

from registry.attachments.storage import save_attachments
from registry.extensions import db
from registry.models import RoleAssignment
from registry.roles import ROLE_VIEWER
from tests.attachment_samples import pdf_bytes
from tests.workflow_world import build_council_world


@pytest.fixture
def world(make):
    """A province council with one assigned initiative, and an unassigned draft of another unit with a file."""
    built = build_council_world(make)
    other_unit = make.unit("Chi đoàn thôn Đông", parent=built.province)
    built.draft = make.initiative(unit=other_unit, campaign=built.initiative.campaign, title="Bản nháp kín",
                                  contact_phone="0987654321")
    built.registered_elsewhere = make.initiative(unit=other_unit, campaign=built.initiative.campaign,
                                                 status="registered", title="Chưa giao hội đồng")
    uploader = built.people["admin"]
    built.file = save_attachments(built.draft, [FileStorage(io.BytesIO(pdf_bytes()), "minh-chung.pdf")],
                                  uploader)[0]
    db.session.commit()
    return built


def _member(world):
    return world.people["member1"]


@pytest.mark.parametrize("hidden", ["draft", "registered_elsewhere"])
def test_an_unassigned_initiative_is_not_found_for_a_council_member(client, login, api, world, hidden):
    target = getattr(world, hidden)
    login(_member(world))
    assert client.get(f"/initiatives/{target.id}").status_code == 404
    for url in (f"/initiatives/{target.id}", f"/initiatives/{target.id}/history",
                f"/initiatives/{target.id}/attachments"):
        assert api.get(url, _member(world)).status_code == 404, url


def test_an_unassigned_draft_s_evidence_file_is_not_found_for_a_council_member(client, login, api, world):
    login(_member(world))
    assert client.get(f"/attachments/{world.file.id}").status_code == 404
    assert api.get(f"/initiatives/{world.draft.id}/attachments/{world.file.id}", _member(world)).status_code == 404


def test_a_council_member_reads_the_initiative_assigned_to_their_council(client, login, api, world):
    login(_member(world))
    assert client.get(f"/initiatives/{world.initiative.id}").status_code == 200
    assert api.get(f"/initiatives/{world.initiative.id}/history", _member(world)).status_code == 200


def test_the_lists_and_exports_hold_only_the_assigned_initiatives(client, login, api, world):
    login(_member(world))
    page = client.get("/initiatives/").get_data(as_text=True)
    assert world.initiative.code in page
    assert world.draft.code not in page and world.registered_elsewhere.code not in page
    body = api.get("/initiatives", _member(world)).get_json()
    assert [item["id"] for item in body["items"]] == [world.initiative.id] and body["total"] == 1
    csv_text = client.get("/initiatives/export?format=csv", buffered=True).get_data(as_text=True)
    assert world.initiative.code in csv_text and world.draft.code not in csv_text and "0987654321" not in csv_text
    xlsx = client.get("/initiatives/export?format=xlsx", buffered=True).data
    cells = {str(cell.value) for row in load_workbook(io.BytesIO(xlsx)).active.iter_rows() for cell in row}
    assert world.initiative.code in cells and world.draft.code not in cells


def test_the_units_a_council_member_may_filter_by_are_those_of_assigned_initiatives(api, world):
    units = {item["id"] for item in api.get("/units", _member(world)).get_json()["items"]}
    assert units == {world.unit.id}


def test_a_council_member_who_is_also_a_viewer_reads_the_viewer_s_subtree_too(api, world):
    member = _member(world)
    member.roles.append(RoleAssignment(role=ROLE_VIEWER, unit=world.draft.unit))
    db.session.commit()
    body = api.get("/initiatives", member).get_json()
    assert {item["id"] for item in body["items"]} == {world.initiative.id, world.draft.id,
                                                      world.registered_elsewhere.id}
    assert body["total"] == 3
